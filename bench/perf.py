"""krlint's benchmark: what users wait for, side by side with the linters beside it.

    pip install -e ".[bench]"                          # krlint + yamllint
    npm install --prefix /tmp/tools markdownlint-cli2  # optional: the Markdown peer
    python bench/perf.py --markdownlint /tmp/tools/node_modules/.bin/markdownlint-cli2 --write
    python bench/perf.py --quick                       # fewer runs, no 100,000-KR inputs
    python bench/perf.py --baseline /other/venv/bin/krlint   # another krlint, in the same run

Three measures, every process a new one, as a user or CI starts it:

1. **pre-commit** — the hook runs on the file a commit changed, with the cache of earlier
   commits: one key result edited; only a field that is not a key result edited (an owner, a
   note); the file unchanged. On a 30-KR `okrs.yaml` and its Markdown twin `okrs.md`.
2. **CI, fresh clone** — no `.krlint_cache`: the same two files and a 40-file tree.
3. **memory growth** — peak RSS of a cold check of one YAML file, one Markdown file and a tree of
   25-KR files (half YAML, half Markdown) at 1,000, 10,000 and 100,000 key results.

Each krlint measure is timed interleaved with `yamllint` (default config) and
`markdownlint-cli2` on the same inputs, so a busy machine slows all alike; tables give medians
and each row's ratio to both peers. Peak RSS is each child's own high-water mark (`wait4`).
`--write` pastes the tables into docs/performance.md; no figure there is written by hand.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import okr_markdown, okr_yaml, write_tree

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "performance.md"
SMALL = 30  # key results in the pre-commit file (the okrs.yaml)
TREE_FILES = 40  # files in the CI tree
PER_FILE = 25  # key results in each file of a tree
SIZES = (1_000, 10_000, 100_000)
GOALS = {"cold": 9.0, "unchanged KRs": 1.6, "one file MB": 350, "tree MB": 150}
JUDGED = re.compile(r"of ([\d,]+) key results? (?:are|is) outcomes?")


@dataclass
class Sample:
    wall: float  # seconds
    cpu: float  # user + system seconds of the child
    rss: int  # peak resident set size of the child, bytes
    code: int
    judged: int | None = None  # key results krlint says it read


def measure(argv: Sequence[str], cwd: Path, env: dict[str, str]) -> Sample:
    """One whole process; stdout to a file (krlint's summary says how many key results it read),
    stderr dropped (markdownlint-cli2 writes its findings there)."""
    out_path = cwd / ".bench-stdout.txt"
    with open(out_path, "wb") as out:
        start = time.perf_counter()
        child = subprocess.Popen(
            list(argv),
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    with open(out_path, "rb") as out:  # only the end: this process must stay small
        out.seek(max(0, out.seek(0, os.SEEK_END) - 4000))
        tail = out.read().decode("utf-8", "replace")
    found = JUDGED.findall(tail)
    return Sample(
        wall,
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss * 1024,
        os.waitstatus_to_exitcode(status),
        int(found[-1].replace(",", "")) if found else None,
    )


@dataclass
class Row:
    label: str
    samples: list[Sample] = field(default_factory=list)
    key_results: int = 0

    @property
    def wall(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)

    @property
    def rss(self) -> float:
        return max(s.rss for s in self.samples)


def script(name: str, given: str | None = None) -> list[str] | None:
    """A command as users run it: the one given, the script beside this interpreter, or on
    PATH."""
    if given:
        return [given] if Path(given).exists() or shutil.which(given) else None
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return [str(beside)]
    found = shutil.which(name)
    return [found] if found else None


def environment(tools: dict[str, list[str] | None], load_before: tuple[float, ...]) -> str:
    try:
        from importlib.metadata import version

        spacy, typer, yamllint = version("spacy"), version("typer"), version("yamllint")
    except Exception:  # informational only
        spacy = typer = yamllint = "?"
    markdownlint = "markdownlint-cli2 not run"
    command = tools.get("markdownlint")
    if command:
        done = subprocess.run([*command, "--help"], capture_output=True, text=True, check=False)
        first = (done.stdout or done.stderr).splitlines()
        markdownlint = first[0] if first else "?"
    now = os.getloadavg()
    return (
        f"Python {platform.python_version()}, spaCy {spacy}, typer {typer}, yamllint "
        f"{yamllint}, {markdownlint}; {os.cpu_count()} CPUs; load average (1/5/15 min) "
        f"{' / '.join(f'{x:.1f}' for x in load_before)} at the start, "
        f"{' / '.join(f'{x:.1f}' for x in now)} at the end."
    )


# -- inputs ------------------------------------------------------------------------------------
def edit_key_result(text: str, markdown: bool, n: int) -> str:
    """The first key result, reworded (a new text: it must be judged)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if markdown and line.startswith("- "):
            lines[i] = f"{line} (v{n})"
            return "\n".join(lines)
        if not markdown and line.startswith('      - "'):
            lines[i] = f'{line[:-1]} (v{n})"'
            return "\n".join(lines)
    raise AssertionError("no key result to edit")


def edit_other_field(text: str, markdown: bool, n: int) -> str:
    """A field that is not a key result: the owner of the YAML file, the note under the
    Markdown title."""
    old = (
        "Generated by bench/generate.py — synthetic, seeded."
        if markdown
        else "owner: Benchmark team"
    )
    assert old in text
    return text.replace(old, f"{old} ({n})" if markdown else f"{old} {n}")


class Workspace:
    """Folders of inputs, one per scenario and krlint, each with its own cache."""

    def __init__(self, root: Path, env: dict[str, str]) -> None:
        self.root = root
        self.env = env

    def folder(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def env_for(self, folder: Path, cache: Path | None = None) -> dict[str, str]:
        return {**self.env, "KRLINT_CACHE_DIR": str(cache or folder / ".krlint_cache")}


# -- 1 and 2: pre-commit and fresh clone ------------------------------------------------------
@dataclass
class Scenario:
    label: str
    run: Callable[[int], Sample]
    peer: str  # "yaml" or "markdown": which file it is about


def scenarios(name: str, krlint: list[str], space: Workspace) -> list[Scenario]:
    """What one krlint is timed on: pre-commit edits with a warm cache, and fresh clones."""
    bases = {"yaml": okr_yaml(SMALL), "markdown": okr_markdown(SMALL)}
    found: list[Scenario] = []
    for kind, base in bases.items():
        filename = "okrs.yaml" if kind == "yaml" else "okrs.md"
        markdown = kind == "markdown"
        for what, edit in (
            ("one key result edited", edit_key_result),
            ("only a non-KR field edited", edit_other_field),
            ("file unchanged", None),
        ):
            if edit is None and markdown:
                continue
            folder = space.folder(f"{name}-{kind}-{what}".replace(" ", "-"))
            (folder / filename).write_text(base, encoding="utf-8")
            measure([*krlint, "check", filename], folder, space.env_for(folder))  # warm

            def run(
                n: int,
                folder: Path = folder,
                edit: object = edit,
                filename: str = filename,
                base: str = base,
                markdown: bool = markdown,
            ) -> Sample:
                if callable(edit):
                    (folder / filename).write_text(edit(base, markdown, n), encoding="utf-8")
                return measure([*krlint, "check", filename], folder, space.env_for(folder))

            found.append(Scenario(f"{name} check {filename}: {what}", run, kind))
    return found


def fresh_clones(name: str, krlint: list[str], space: Workspace) -> list[Scenario]:
    found: list[Scenario] = []
    folder = space.folder(f"{name}-clone".replace(" ", "-"))
    (folder / "okrs.yaml").write_text(okr_yaml(SMALL), encoding="utf-8")
    (folder / "okrs.md").write_text(okr_markdown(SMALL), encoding="utf-8")
    write_tree(folder / "tree", TREE_FILES, PER_FILE)
    for target, kind in (("okrs.yaml", "yaml"), ("okrs.md", "markdown"), ("tree", "tree")):

        def run(n: int, target: str = target) -> Sample:
            cache = space.root / f"{name}-clone-cache-{target}-{n}".replace(" ", "-")  # new
            sample = measure([*krlint, "check", target], folder, space.env_for(folder, cache))
            shutil.rmtree(cache, ignore_errors=True)
            return sample

        label = f"{name} check {target}" + (f" ({TREE_FILES} files)" if kind == "tree" else "")
        found.append(Scenario(f"{label}, no cache (fresh clone)", run, kind))
    return found


def peers(tools: dict[str, list[str] | None], space: Workspace) -> list[Scenario]:
    folder = space.folder("peers")
    (folder / "okrs.yaml").write_text(okr_yaml(SMALL), encoding="utf-8")
    (folder / "okrs.md").write_text(okr_markdown(SMALL), encoding="utf-8")
    write_tree(folder / "tree", TREE_FILES, PER_FILE)
    found = []
    for tool, args, kind in (
        ("yamllint", ["okrs.yaml"], "yaml"),
        ("markdownlint", ["okrs.md"], "markdown"),
        ("yamllint", ["tree"], "tree-yaml"),
        ("markdownlint", ["tree/**/*.md"], "tree-markdown"),
    ):
        command = tools.get(tool)
        if command is None:
            continue

        def run(n: int, command: list[str] = command, args: list[str] = args) -> Sample:
            return measure([*command, *args], folder, space.env)

        name = "markdownlint-cli2" if tool == "markdownlint" else "yamllint"
        what = " ".join(args).replace("tree/**/*.md", f"tree/**/*.md ({TREE_FILES // 2} files)")
        if args == ["tree"]:
            what = f"tree ({TREE_FILES // 2} YAML files)"
        found.append(Scenario(f"{name} {what}", run, kind))
    return found


def interleaved(items: list[Scenario], runs: int) -> list[Row]:
    rows = [Row(item.label) for item in items]
    for n in range(runs):
        for item, row in zip(items, rows, strict=True):
            row.samples.append(item.run(n))
        print(f"  round {n + 1}/{runs}", file=sys.stderr, flush=True)
    return rows


# -- 3: memory ---------------------------------------------------------------------------------
def memory_inputs(space: Workspace, sizes: Sequence[int]) -> list[tuple[str, int, Path, str]]:
    """(label, key results, path, kind) — generated in a child process, so that this process
    stays small (a child's peak RSS can count the parent's pages at fork)."""
    folder = space.folder("memory")
    subprocess.run(
        [sys.executable, __file__, "--generate", str(folder), *map(str, sizes)], check=True
    )
    found = []
    for size in sizes:
        found.append((f"one YAML file, {size:,} KRs", size, folder / f"okrs-{size}.yaml", "yaml"))
        found.append(
            (f"one Markdown file, {size:,} KRs", size, folder / f"okrs-{size}.md", "markdown")
        )
        files = size // PER_FILE
        found.append(
            (f"a tree of {files:,} files, {size:,} KRs", size, folder / f"tree-{size}", "tree")
        )
    return found


def generate(folder: Path, sizes: Sequence[int]) -> None:
    from generate import write

    write(folder, tuple(sizes), suffix="yaml")
    write(folder, tuple(sizes), suffix="md")
    for size in sizes:
        write_tree(folder / f"tree-{size}", size // PER_FILE, PER_FILE)


@dataclass
class MemoryRow:
    label: str
    key_results: int
    kind: str
    krlint: Row
    baseline: Row | None
    yamllint: Row | None
    markdownlint: Row | None


def memory(
    krlint: list[str],
    baseline: list[str] | None,
    tools: dict[str, list[str] | None],
    space: Workspace,
    sizes: Sequence[int],
    runs: int,
) -> list[MemoryRow]:
    found = []
    for label, size, path, kind in memory_inputs(space, sizes):
        rows: dict[str, Row] = {}
        commands: dict[str, list[str]] = {"krlint": [*krlint, "check", path.name]}
        if baseline:
            commands["baseline"] = [*baseline, "check", path.name]
        if tools.get("yamllint") and kind in ("yaml", "tree"):
            commands["yamllint"] = [*tools["yamllint"], path.name]  # type: ignore[misc]
        if tools.get("markdownlint") and kind in ("markdown", "tree"):
            target = f"{path.name}/**/*.md" if kind == "tree" else path.name
            commands["markdownlint"] = [*tools["markdownlint"], target]  # type: ignore[misc]
        for n in range(runs):
            for name, argv in commands.items():
                cache = space.root / f"memory-cache-{name}-{n}"  # cold, as a fresh clone
                env = space.env_for(path.parent, cache)
                rows.setdefault(name, Row(name, key_results=size)).samples.append(
                    measure(argv, path.parent, env)
                )
                shutil.rmtree(cache, ignore_errors=True)
        print(f"  measured {label}", file=sys.stderr, flush=True)
        found.append(
            MemoryRow(
                label,
                size,
                kind,
                rows["krlint"],
                rows.get("baseline"),
                rows.get("yamllint"),
                rows.get("markdownlint"),
            )
        )
    return found


# -- tables --------------------------------------------------------------------------------------
def ratio(row: Row, peer: Row | None) -> str:
    return f"{row.wall / peer.wall:.2f}×" if peer else "—"


def time_table(rows: list[Row], yaml_peer: Row | None, md_peer: Row | None) -> list[str]:
    lines = [
        "| what runs | wall (s) | CPU (s) | × yamllint | × markdownlint-cli2 | runs |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row.label} | {row.wall:.3f} | {row.cpu:.3f} | "
            f"{ratio(row, yaml_peer)} | {ratio(row, md_peer)} | {len(row.samples)} |"
        )
    return lines


def mb(row: Row | None) -> str:
    return f"{row.rss / 2**20:.0f}" if row else "—"


def memory_table(rows: list[MemoryRow], baseline: bool) -> list[str]:
    head = "| input | key results read | krlint peak RSS (MB) |"
    rule = "|---|---:|---:|"
    if baseline:
        head += " baseline krlint (MB) |"
        rule += "---:|"
    head += " yamllint (MB) | markdownlint-cli2 (MB) | krlint wall (s) | krlint KR/s |"
    rule += "---:|---:|---:|---:|"
    lines = [head, rule]
    for row in rows:
        judged = next((s.judged for s in row.krlint.samples if s.judged is not None), None)
        read = f"{judged:,}" if judged is not None else "?"
        cells = f"| {row.label} | {read} | {mb(row.krlint)} |"
        if baseline:
            cells += f" {mb(row.baseline)} |"
        rate = f"{(judged or 0) / row.krlint.wall:,.0f}" if judged else "—"
        cells += f" {mb(row.yamllint)} | {mb(row.markdownlint)} | {row.krlint.wall:.1f} | {rate} |"
        lines.append(cells)
    return lines


def growth(rows: list[MemoryRow]) -> list[str]:
    """MB per 1,000 key results between the smallest and largest input of each kind."""
    lines = ["| input | krlint: MB per 1,000 more KRs | baseline krlint |", "|---|---:|---:|"]
    for kind, name in (
        ("yaml", "one YAML file"),
        ("markdown", "one Markdown file"),
        ("tree", "a tree of 25-KR files"),
    ):
        of_kind = [r for r in rows if r.kind == kind]
        if len(of_kind) < 2:
            continue
        low, high = of_kind[0], of_kind[-1]
        extra = (high.key_results - low.key_results) / 1000

        def per(a: Row | None, b: Row | None, extra: float = extra) -> str:
            return f"{(b.rss - a.rss) / 2**20 / extra:.2f}" if a and b else "—"

        lines.append(
            f"| {name} | {per(low.krlint, high.krlint)} | {per(low.baseline, high.baseline)} |"
        )
    return lines


def goals(
    times: dict[str, Row], yaml_peer: Row | None, mem: list[MemoryRow]
) -> list[tuple[str, str, bool | None]]:
    found: list[tuple[str, str, bool | None]] = []
    # wall time is the measure; CPU time beside it, since a loaded machine stretches wall times
    # (of both) and so narrows ratios of wall times
    cold = times.get("krlint check okrs.yaml, no cache (fresh clone)")
    if cold and yaml_peer:
        value, cpu = cold.wall / yaml_peer.wall, cold.cpu / yaml_peer.cpu
        found.append(
            (
                f"cold check (CI, fresh clone) of okrs.yaml ≤ {GOALS['cold']}× yamllint",
                f"{value:.2f}× wall ({cpu:.2f}× CPU)",
                value <= GOALS["cold"],
            )
        )
    edited = times.get("krlint check okrs.yaml: only a non-KR field edited")
    if edited and yaml_peer:
        value, cpu = edited.wall / yaml_peer.wall, edited.cpu / yaml_peer.cpu
        found.append(
            (
                f"an edit that leaves key results unchanged ≤ {GOALS['unchanged KRs']}× yamllint",
                f"{value:.2f}× wall ({cpu:.2f}× CPU)",
                value <= GOALS["unchanged KRs"],
            )
        )
    for kind, name in (("yaml", "YAML"), ("markdown", "Markdown")):
        big = [r for r in mem if r.kind == kind and r.key_results == 100_000]
        if big:
            value = big[0].krlint.rss / 2**20
            found.append(
                (
                    f"100,000 KRs in one {name} file ≤ {GOALS['one file MB']} MB peak RSS",
                    f"{value:.0f} MB",
                    value <= GOALS["one file MB"],
                )
            )
    trees = [r for r in mem if r.kind == "tree"]
    if trees:
        top = max(r.krlint.rss for r in trees) / 2**20
        spread = (trees[-1].krlint.rss - trees[0].krlint.rss) / 2**20
        found.append(
            (
                f"a tree of small files ≤ {GOALS['tree MB']} MB, flat as it grows",
                f"{top:.0f} MB at most; {spread:+.0f} MB from {trees[0].key_results:,} "
                f"to {trees[-1].key_results:,} KRs",
                top <= GOALS["tree MB"] and spread <= 15,
            )
        )
    return found


def document(sections: list[tuple[str, list[str]]], env_line: str, command: str) -> str:
    parts = [
        "# Performance",
        "",
        "Written by `bench/perf.py --write` (the figures are the script's, pasted by it; edit "
        "the script, not this file). What each measure is, and why, is in the script's "
        "docstring; how krlint gets there is in docs/speed-and-caches.md.",
        "",
        f"Command: `{command}`",
        "",
    ]
    for title, lines in sections:
        parts += [f"## {title}", "", *lines, ""]
    parts += [env_line, ""]
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per timed measure")
    parser.add_argument(
        "--memory-runs",
        type=int,
        default=1,
        help="runs per memory measure (peak RSS is the highest)",
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--quick", action="store_true", help="5 runs, no 100,000-KR inputs")
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--baseline", help="another krlint executable, measured alongside")
    parser.add_argument("--markdownlint", help="the markdownlint-cli2 executable")
    parser.add_argument("--write", action="store_true", help=f"write {DOC.relative_to(ROOT)}")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--generate", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(Path(args.generate[0]), [int(n) for n in args.generate[1:]])
        return
    if args.quick:
        args.runs = min(args.runs, 5)
        args.sizes = [s for s in args.sizes if s < 100_000] or [1_000]
    load_before = os.getloadavg()
    krlint = script("krlint")
    assert krlint, "krlint is not installed in this environment"
    baseline = script("krlint", args.baseline) if args.baseline else None
    if args.baseline and not baseline:
        parser.error(f"--baseline {args.baseline}: not found")
    tools = {
        "yamllint": script("yamllint"),
        "markdownlint": script("markdownlint-cli2", args.markdownlint),
    }
    notes = []
    if tools["yamllint"] is None:
        notes.append("yamllint is not installed (pip install -e '.[bench]'): no × yamllint.")
    if tools["markdownlint"] is None:
        notes.append(
            "markdownlint-cli2 was not found (npm is needed: npm install --prefix DIR "
            "markdownlint-cli2, then --markdownlint DIR/node_modules/.bin/"
            "markdownlint-cli2): no × markdownlint-cli2."
        )
    for note in notes:
        print(note, file=sys.stderr)
    work = args.keep or Path(tempfile.mkdtemp(prefix="krlint-bench-"))
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("KRLINT_NO_CACHE", None)
    # Measure what users run: an installed package loads compiled bytecode. A sandbox that sets
    # PYTHONDONTWRITEBYTECODE makes an editable krlint recompile every module on every run while
    # yamllint (installed with .pyc files) does not — an unfair comparison.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    space = Workspace(work, env)
    try:
        print("pre-commit and fresh clones:", file=sys.stderr)
        items = [
            *peers(tools, space),
            *scenarios("krlint", krlint, space),
            *fresh_clones("krlint", krlint, space),
        ]
        if baseline:
            items += [
                *scenarios("baseline krlint", baseline, space),
                *fresh_clones("baseline krlint", baseline, space),
            ]
        rows = interleaved(items, args.runs)
        by_label = {row.label: row for row in rows}
        kinds = {item.label: item.peer for item in items}
        yaml_peer = by_label.get("yamllint okrs.yaml")
        md_peer = by_label.get("markdownlint-cli2 okrs.md")
        tree_yaml = next((r for r in rows if kinds[r.label] == "tree-yaml"), None)
        tree_md = next((r for r in rows if kinds[r.label] == "tree-markdown"), None)
        precommit = [r for r in rows if ": " in r.label and "fresh clone" not in r.label]
        clones = [r for r in rows if "fresh clone" in r.label and kinds[r.label] != "tree"]
        trees = [r for r in rows if kinds[r.label] == "tree"]
        mem: list[MemoryRow] = []
        if not args.no_memory:
            print("memory:", file=sys.stderr)
            mem = memory(krlint, baseline, tools, space, sorted(args.sizes), args.memory_runs)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    peer_rows = [r for r in (yaml_peer, md_peer) if r]
    sections = [
        (
            f"pre-commit: one {SMALL}-KR file changed, cache warm",
            time_table([*peer_rows, *precommit], yaml_peer, md_peer),
        ),
        (
            "CI: a fresh clone (no .krlint_cache)",
            [
                *time_table([*peer_rows, *clones], yaml_peer, md_peer),
                "",
                *time_table([*(r for r in (tree_yaml, tree_md) if r), *trees], tree_yaml, tree_md),
            ],
        ),
    ]
    if mem:
        sections.append(
            ("Memory: cold check, peak RSS", [*memory_table(mem, bool(baseline)), "", *growth(mem)])
        )
    found = goals(by_label, yaml_peer, mem)
    if found:
        sections.append(
            (
                "Goals (issue 17)",
                ["| goal | measured | met |", "|---|---:|:-:|"]
                + [
                    f"| {goal} | {value} | {'yes' if met else '**no**' if met is False else '—'} |"
                    for goal, value, met in found
                ],
            )
        )
    if notes:
        sections.append(("Notes", [f"- {note}" for note in notes]))
    env_line = environment(tools, load_before)
    for title, lines in sections:
        print(f"\n## {title}\n")
        print("\n".join(lines))
    print(f"\n{env_line}")
    if args.write:
        command = "python bench/perf.py " + " ".join(a for a in sys.argv[1:] if a != "--write")
        DOC.write_text(document(sections, env_line, command.strip()), encoding="utf-8")
        print(f"wrote {DOC}", file=sys.stderr)


if __name__ == "__main__":
    main()
