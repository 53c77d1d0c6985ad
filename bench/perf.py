"""krlint's benchmark: whole processes, several runs, medians; prints a Markdown table.

    pip install -e ".[bench]"          # krlint + yamllint (the peer it is compared with)
    python bench/perf.py               # 20, 1,000 and 100,000 key results; ~5 minutes
    python bench/perf.py --sizes 20 1000 --runs 5 --no-classifier

For each seeded file (bench/generate.py) it runs `krlint check` as a user does — a new process
each time — once with `--no-cache` ("cold": import spaCy, read, judge, run rules) and once answered
from a warm `.krlint_cache/` ("cached"). Wall time is the median over the runs; peak RSS is the
child's own high-water mark (`wait4`), so the benchmark's memory does not count. On the 20-KR file
it times `yamllint` on the same file in the same run, interleaved with the cached krlint runs so
that a busy machine slows both alike, and prints the ratio. Then, in this process, it measures the
classifier alone: key results per second through `Analyzer.classify` once the pipeline is loaded.

Goals (issue 8): cold 20-KR check ≤ 1.0 s; cached check ≤ 1.5× yamllint; ≥ 5,000 KR/s once
loaded; the 100,000-KR file in ≤ 30 s with ≤ 500 MB peak RSS.
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
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import key_result, write

SIZES = (20, 1_000, 100_000)


@dataclass
class Sample:
    wall: float  # seconds
    cpu: float  # user + system seconds of the child: steadier than wall time on a busy machine
    rss: int  # peak resident set size of the child, bytes
    code: int
    judged: int | None = None  # key results krlint says it judged


def command(name: str) -> list[str] | None:
    """The console script next to this interpreter (what a user runs), else `python -m`."""
    script = Path(sys.executable).parent / name
    if script.exists():
        return [str(script)]
    found = shutil.which(name)
    if found:
        return [found]
    try:
        __import__(name)
    except ImportError:
        return None
    return [sys.executable, "-m", name]


JUDGED = re.compile(r"of ([\d,]+) key results? (?:are|is) outcomes?")


def measure(argv: list[str], cwd: Path, env: dict[str, str]) -> Sample:
    """One whole process. Its stdout goes to a file (the summary line says how many key results
    were judged: a reader limit could stop early, and KR/s must count what was really done)."""
    with open(cwd / "stdout.txt", "wb") as out:
        start = time.perf_counter()
        child = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    with open(cwd / "stdout.txt", "rb") as out:  # only the end: this process must stay small
        out.seek(max(0, out.seek(0, os.SEEK_END) - 4000))
        tail = out.read().decode("utf-8", "replace")
    found = JUDGED.findall(tail)
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024,
                  child.returncode, int(found[-1].replace(",", "")) if found else None)


@dataclass
class Row:
    label: str
    key_results: int
    samples: list[Sample]

    @property
    def wall(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)

    @property
    def rss(self) -> float:
        return statistics.median(s.rss for s in self.samples)

    def cells(self) -> str:
        judged = next((s.judged for s in self.samples if s.judged is not None),
                      self.key_results)
        rate = f"{judged / self.wall:,.0f}" if judged else "—"
        krs = f"{self.key_results:,}" if self.key_results else "—"
        if judged != self.key_results:
            krs += f" (**{judged:,} read**)"
        return (f"| {self.label} | {krs} | {self.wall:.3f} | {self.cpu:.3f} | "
                f"{self.rss / 2**20:.0f} | {rate} | {len(self.samples)} |")


def run_checks(sizes: tuple[int, ...], runs: int, big_runs: int, work: Path) -> tuple[
        list[Row], tuple[float, float] | None]:
    """The rows of the table, and cached krlint ÷ yamllint on the smallest file (wall, CPU)."""
    krlint = command("krlint")
    assert krlint, "krlint is not installed in this environment"
    yamllint = command("yamllint")
    # Generated in a child process: a child's peak RSS counts the parent's memory at fork time,
    # so this process must stay small while it measures.
    subprocess.run([sys.executable, __file__, "--generate", str(work), *map(str, sizes)],
                   check=True)
    files = {size: work / f"okrs-{size}.yaml" for size in sizes}
    env = {**os.environ, "NO_COLOR": "1", "KRLINT_CACHE_DIR": str(work / ".krlint_cache")}
    env.pop("KRLINT_NO_CACHE", None)
    # Measure what users run: an installed package loads compiled bytecode. A sandbox that sets
    # PYTHONDONTWRITEBYTECODE makes an editable krlint recompile every module on every run while
    # yamllint (installed with .pyc files) does not — an unfair comparison.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    rows: list[Row] = []
    ratio = None
    for size, path in files.items():
        n = runs if size <= 1_000 else big_runs
        base = [*krlint, "check", path.name]  # the default format, as the pre-commit hook
        cold = [measure([*base, "--no-cache"], work, env) for _ in range(n)]
        rows.append(Row(f"krlint check, cold (`--no-cache`), {size:,} KRs", size, cold))
        measure(base, work, env)  # fill the cache
        cached: list[Sample] = []
        peer: list[Sample] = []
        for _ in range(n):
            if size == min(sizes) and yamllint:
                peer.append(measure([*yamllint, path.name], work, env))
            cached.append(measure(base, work, env))
        rows.append(Row(f"krlint check, cached, {size:,} KRs", size, cached))
        if peer:
            rows.append(Row(f"yamllint (default config), {size:,} KRs", size, peer))
            ratio = (statistics.median(s.wall for s in cached) /
                     statistics.median(s.wall for s in peer),
                     statistics.median(s.cpu for s in cached) /
                     statistics.median(s.cpu for s in peer))
        print(f"  measured {size:,} KRs", file=sys.stderr, flush=True)
    rows.append(Row("krlint --version (start-up floor)", 0,
                    [measure([*krlint, "--version"], work, env) for _ in range(runs)]))
    if not yamllint:
        print("yamllint not installed (pip install -e '.[bench]'): no comparison",
              file=sys.stderr)
    return rows, ratio


def classifier_rate(count: int, repeats: int) -> tuple[float, float]:
    """(key results per second once loaded, seconds to build the analyser and load spaCy)."""
    import random

    from krlint.nlp import Analyzer

    rng = random.Random(8)
    texts = [key_result(rng) for _ in range(count)]
    start = time.perf_counter()
    analyzer = Analyzer()
    analyzer.classify(texts[:50])  # builds the pipeline
    load = time.perf_counter() - start
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        analyzer.classify(texts)
        times.append(time.perf_counter() - start)
    return count / statistics.median(times), load


def environment() -> str:
    try:
        from importlib.metadata import version

        spacy, typer = version("spacy"), version("typer")
    except Exception:  # informational only
        spacy = typer = "?"
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"Python {platform.python_version()}, spaCy {spacy}, typer {typer}, "
            f"{os.cpu_count()} CPUs, "
            f"load average {load} at the end")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--runs", type=int, default=7, help="runs per measure (small files)")
    parser.add_argument("--big-runs", type=int, default=3, help="runs per measure (> 1,000 KRs)")
    parser.add_argument("--classifier-krs", type=int, default=20_000)
    parser.add_argument("--no-classifier", action="store_true")
    parser.add_argument("--keep", type=Path, help="generate files here and keep them")
    parser.add_argument("--generate", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        write(Path(args.generate[0]), tuple(int(n) for n in args.generate[1:]))
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="krlint-bench-"))
    try:
        rows, ratio = run_checks(tuple(sorted(args.sizes)), args.runs, args.big_runs, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    rate = load = None
    if not args.no_classifier:
        rate, load = classifier_rate(args.classifier_krs, 5)
    print("| what | key results | wall (s, median) | CPU (s, median) | peak RSS (MB) | KR/s "
          "| runs |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(row.cells())
    if rate is not None and load is not None:
        print(f"| `Analyzer.classify` in process, after load ({load:.2f} s) | "
              f"{args.classifier_krs:,} | {args.classifier_krs / rate:.3f} | — | — | "
              f"{rate:,.0f} | 5 |")
    print()
    by_label = {row.label: row for row in rows}
    goals: list[tuple[str, str, bool | None]] = []
    cold20 = by_label.get(f"krlint check, cold (`--no-cache`), {min(args.sizes):,} KRs")
    if cold20 and min(args.sizes) == 20:
        goals.append(("cold check of the 20-KR file ≤ 1.0 s", f"{cold20.wall:.3f} s",
                      cold20.wall <= 1.0))
    if ratio is not None:
        goals.append(("cached check ≤ 1.5× yamllint (20 KRs)",
                      f"{ratio[0]:.2f}× wall ({ratio[1]:.2f}× CPU)", ratio[0] <= 1.5))
    if rate is not None:
        goals.append(("≥ 5,000 KR/s once loaded", f"{rate:,.0f} KR/s", rate >= 5000))
    big = by_label.get("krlint check, cold (`--no-cache`), 100,000 KRs")
    if big:
        judged = next((s.judged for s in big.samples if s.judged is not None), None)
        whole = judged == 100_000
        note = "" if whole else f" for {judged or 0:,} KRs read"
        goals.append(("100,000 KRs ≤ 30 s", f"{big.wall:.1f} s{note}",
                      big.wall <= 30 if whole else None))
        goals.append(("100,000 KRs ≤ 500 MB peak RSS", f"{big.rss / 2**20:.0f} MB{note}",
                      big.rss <= 500 * 2**20 if whole else None))
    if goals:
        print("| goal | measured | met |")
        print("|---|---:|:-:|")
        for goal, value, met in goals:
            verdict = "not measured: the file was not read whole" if met is None else \
                "yes" if met else "**no**"
            print(f"| {goal} | {value} | {verdict} |")
        print()
    print(f"{environment()}.")


if __name__ == "__main__":
    main()
