"""How well krlint reads real Markdown OKR documents: what `krlint show --format json` prints,
against a careful reader's ground truth.

    python bench/reader.py                         # per-document and total figures
    python bench/reader.py --details A             # what was missed / wrongly taken, list A
    python bench/reader.py --details Joystream     # … for documents whose name contains this
    python bench/reader.py --write docs/reader-benchmark.md [--record "label"]
    python bench/reader.py --extra DIR [--errors] [--details all]     # a further set
    python bench/reader.py --extra DIR --write docs/reader-benchmark.md --record "label"

Documents: `../shared/real-world/docs/*` (the two halves listed in SOURCES-A.md and
SOURCES-B.md) and the six older Markdown files in `../shared/real-world/`; ground truth in
`../shared/real-world/expected/<file>.yaml`. The documents are never copied into the project.

Matching rule (one for objectives and key results): both sides are normalised — Unicode NFKC,
lower case, Markdown markers (`*`, `_`, `` ` ``, `~`) and emoji dropped, whitespace collapsed,
punctuation around the text stripped — and split into word tokens. A read item matches a
ground-truth item when they are on the same line and their token F1 is at least 0.8 (one to
one, best F1 first); "exact" counts the matches whose normalised texts are equal, so the
looseness is visible.
Ambiguous-labelled key results are key results like any other. Precision = matches / items read,
recall = matches / items in the ground truth, summed over documents (micro average).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from krlint.loaders.okr_text import is_emoji  # noqa: E402
from krlint.show import collect, to_json  # noqa: E402

REAL_WORLD = ROOT.parent / "shared" / "real-world"
THRESHOLD = 0.8
GROUPS: tuple[str, ...] = ("A", "old", "B")
GROUP_NAMES = {"A": "list A (20 docs)", "old": "older files (6)", "B": "list B (20 docs)"}
HISTORY_START = "<!-- history: rows added by bench/reader.py --record -->"
HISTORY_END = "<!-- end of history -->"
# a further set (--extra DIR) is recorded in a history of its own, and only there: the rest of
# the report stays as the last full run wrote it
EXTRA_START = "<!-- further sets: rows added by bench/reader.py --extra DIR --record -->"
EXTRA_END = "<!-- end of further sets -->"
# a hand-written note (what fails across sets, and why) that --write keeps as it is
NOTES_START = "<!-- notes: written by hand; bench/reader.py --write keeps this block -->"
NOTES_END = "<!-- end of notes -->"
EXTRA_HEAD = [
    "| date | commit | set | what | documents | objective P / R | KR P / R | errors right |",
    "|---|---|---|---|---|---|---|---|",
]


# -- normalising and matching ------------------------------------------------------------------
_MARKERS = re.compile(r"[*_`~]+")
_TOKEN = re.compile(r"[^\W_]+|[%$€£<>≤≥]")
_EDGE = " \t.,;:!?-–—\"'“”‘’()[]"


def normalise(text: str) -> str:
    text = "".join(ch for ch in text if not is_emoji(ch))  # the ground truth is not consistent
    text = unicodedata.normalize("NFKC", text).lower()
    text = _MARKERS.sub(" ", text)
    return " ".join(text.split()).strip(_EDGE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalise(text))


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 1.0 if not ta and not tb else 0.0
    precision, recall = common / sum(ta.values()), common / sum(tb.values())
    return 2 * precision * recall / (precision + recall)


@dataclass(slots=True)
class Item:
    text: str
    line: int
    label: str | None = None  # ground truth: output/outcome/ambiguous; read: the judgement


@dataclass(slots=True)
class Matching:
    pairs: list[tuple[Item, Item, float]] = field(default_factory=list)  # (gold, read, f1)
    missed: list[Item] = field(default_factory=list)
    wrong: list[Item] = field(default_factory=list)

    @property
    def exact(self) -> int:
        return sum(normalise(g.text) == normalise(r.text) for g, r, _ in self.pairs)


def match(gold: list[Item], read: list[Item]) -> Matching:
    """One-to-one pairs on the same line with token F1 ≥ THRESHOLD, best pairs first."""
    candidates = sorted(
        (
            (token_f1(g.text, r.text), gi, ri)
            for gi, g in enumerate(gold)
            for ri, r in enumerate(read)
            if g.line == r.line
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_gold: set[int] = set()
    used_read: set[int] = set()
    out = Matching()
    for f1, gi, ri in candidates:
        if f1 < THRESHOLD or gi in used_gold or ri in used_read:
            continue
        used_gold.add(gi)
        used_read.add(ri)
        out.pairs.append((gold[gi], read[ri], f1))
    out.missed = [g for n, g in enumerate(gold) if n not in used_gold]
    out.wrong = [r for n, r in enumerate(read) if n not in used_read]
    return out


# -- documents ---------------------------------------------------------------------------------
@dataclass(slots=True)
class Document:
    path: Path
    group: str
    expected: dict[str, Any]

    @property
    def name(self) -> str:
        return self.path.name


def _listed(sources: Path) -> set[str]:
    """File names in the tables of a SOURCES list (`| `name` | …`)."""
    if not sources.is_file():
        return set()
    return set(re.findall(r"^\|\s*`([^`]+)`", sources.read_text(encoding="utf-8"), re.M))


def documents(real_world: Path) -> list[Document]:
    docs_dir, expected_dir = real_world / "docs", real_world / "expected"
    in_a, in_b = _listed(docs_dir / "SOURCES-A.md"), _listed(docs_dir / "SOURCES-B.md")
    found: list[Document] = []
    candidates = [
        (p, "A" if p.name in in_a else "B")
        for p in sorted(docs_dir.iterdir())
        if not p.name.startswith("SOURCES-")
    ]
    candidates += [
        (p, "old")
        for p in sorted(real_world.iterdir())
        if p.suffix == ".md" and p.name != "README.md"
    ]
    for path, group in candidates:
        expected = expected_dir / f"{path.name}.yaml"
        if group == "B" and path.name not in in_b:
            continue  # listed in neither half
        if expected.is_file():
            found.append(Document(path, group, yaml.safe_load(expected.read_text("utf-8"))))
    return found


def extra_documents(folder: Path) -> list[Document]:
    """A further set laid out like ../shared/real-world (`docs/<file>` and
    `expected/<file>.yaml`), e.g. a fresh batch measured before anyone studies it. Such sets
    are kept outside the project (the documents are not ours); the group is the folder's name."""
    group = folder.name
    found = []
    for path in sorted((folder / "docs").iterdir()):
        expected = folder / "expected" / f"{path.name}.yaml"
        if expected.is_file():
            found.append(Document(path, group, yaml.safe_load(expected.read_text("utf-8"))))
    return found


def gold_items(expected: dict[str, Any]) -> tuple[list[Item], list[Item]]:
    objectives = [Item(str(o["title"]), int(o["line"])) for o in expected.get("objectives") or []]
    krs = [
        Item(str(k["text"]), int(k["line"]), str(k.get("label")))
        for o in expected.get("objectives") or []
        for k in o.get("key_results") or []
    ]
    return objectives, krs


def read_items(shown_file: dict[str, Any]) -> tuple[list[Item], list[Item]]:
    objectives = [Item(o["title"], o["line"]) for o in shown_file["objectives"]]
    krs = [
        Item(k["text"], k["line"], k.get("label"))
        for o in shown_file["objectives"]
        for k in o["key_results"]
    ]
    return objectives, krs


@dataclass(slots=True)
class Result:
    doc: Document
    objectives: Matching
    key_results: Matching
    n_read: tuple[int, int]
    n_gold: tuple[int, int]
    notes: list[str]

    @property
    def errors(self) -> int:
        o, k = self.objectives, self.key_results
        return len(o.missed) + len(o.wrong) + len(k.missed) + len(k.wrong)


def evaluate(docs: list[Document]) -> list[Result]:
    shown = to_json(collect([str(d.path) for d in docs]))
    by_path = {f["path"]: f for f in shown["files"]}
    results = []
    for doc in docs:
        entry = by_path.get(str(doc.path), {"objectives": [], "notes": []})
        gold_o, gold_k = gold_items(doc.expected)
        read_o, read_k = read_items(entry)
        results.append(
            Result(
                doc,
                match(gold_o, read_o),
                match(gold_k, read_k),
                (len(read_o), len(read_k)),
                (len(gold_o), len(gold_k)),
                [f"{n['code']} L{n['line']}: {n['message']}" for n in entry.get("notes", [])],
            )
        )
    return results


# -- figures -----------------------------------------------------------------------------------
def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


@dataclass(slots=True)
class Totals:
    docs: int = 0
    o_tp: int = 0
    o_read: int = 0
    o_gold: int = 0
    k_tp: int = 0
    k_exact: int = 0
    k_read: int = 0
    k_gold: int = 0
    agree: int = 0
    judged: int = 0

    def add(self, r: Result) -> None:
        self.docs += 1
        self.o_tp += len(r.objectives.pairs)
        self.o_read += r.n_read[0]
        self.o_gold += r.n_gold[0]
        self.k_tp += len(r.key_results.pairs)
        self.k_exact += r.key_results.exact
        self.k_read += r.n_read[1]
        self.k_gold += r.n_gold[1]
        for gold, read, _ in r.key_results.pairs:
            if gold.label in ("output", "outcome"):
                self.judged += 1
                self.agree += gold.label == read.label

    def row(self) -> list[str]:
        return [
            f"{ratio(self.o_tp, self.o_read):.3f}",
            f"{ratio(self.o_tp, self.o_gold):.3f}",
            f"{ratio(self.k_tp, self.k_read):.3f}",
            f"{ratio(self.k_tp, self.k_gold):.3f}",
            f"{ratio(self.k_exact, self.k_read):.3f}",
            f"{ratio(self.k_exact, self.k_gold):.3f}",
        ]


def totals(results: list[Result], group: str | None = None) -> Totals:
    t = Totals()
    for r in results:
        if group is None or r.doc.group == group:
            t.add(r)
    return t


def failing_conventions(results: list[Result]) -> list[tuple[str, int, int, int]]:
    """(tag, documents with it, of them with errors, errors in those documents)."""
    tags: dict[str, list[Result]] = {}
    for r in results:
        for tag in r.doc.expected.get("conventions") or []:
            tags.setdefault(str(tag), []).append(r)
    rows = [
        (tag, len(rs), sum(1 for r in rs if r.errors), sum(r.errors for r in rs))
        for tag, rs in tags.items()
    ]
    return sorted(
        (row for row in rows if row[2]), key=lambda row: (-row[2] / row[1], -row[3], row[0])
    )


def error_findings(docs: list[Document]) -> dict[str, list[tuple[str, int, str, bool]]]:
    """Per set, the error-level findings `krlint check` raises on the documents, each with
    whether the ground truth supports it: O101 (all key results outputs) when the objective on
    that line has key results and none is labelled an outcome; O102 (no key results) when it
    has none; any other error (F-codes) is wrong on these documents. This measures the reader
    and the judgement together (the judgement is another issue's)."""
    from krlint.diagnostics import Severity
    from krlint.engine import Linter

    report = Linter().lint_paths([str(d.path) for d in docs])
    by_path = {f.path: f for f in report.files}
    out: dict[str, list[tuple[str, int, str, bool]]] = {}
    for doc in docs:
        gold = {
            int(o["line"]): [str(k.get("label")) for k in o.get("key_results") or []]
            for o in doc.expected.get("objectives") or []
        }
        file_report = by_path.get(str(doc.path))
        for d in file_report.diagnostics if file_report else []:
            if d.severity < Severity.ERROR:
                continue
            labels = gold.get(d.line)
            if d.code == "O101":
                right = bool(labels) and "outcome" not in (labels or [])
            elif d.code == "O102":
                right = labels == []
            else:
                right = False
            out.setdefault(doc.group, []).append((doc.name, d.line, d.code, right))
    return out


def errors_table(found: dict[str, list[tuple[str, int, str, bool]]]) -> str:
    lines = [
        "| set | error-level findings | supported by the ground truth | share |",
        "|---|---|---|---|",
    ]
    total = right = 0
    for group in GROUPS:
        rows = found.get(group, [])
        ok = sum(1 for *_, r in rows if r)
        total, right = total + len(rows), right + ok
        lines.append(f"| {GROUP_NAMES[group]} | {len(rows)} | {ok} | {ratio(ok, len(rows)):.2f} |")
    lines.append(f"| **all** | {total} | {right} | {ratio(right, total):.2f} |")
    return "\n".join(lines)


HEAD = ["objective P", "objective R", "KR P", "KR R", "KR P exact", "KR R exact"]


def markdown_tables(results: list[Result]) -> str:
    lines = [
        "| set | documents | " + " | ".join(HEAD) + " | KR label agreement |",
        "|---|---|" + "---|" * (len(HEAD) + 1),
    ]
    for group in (*GROUPS, None):
        t = totals(results, group)
        name = GROUP_NAMES[group] if group else "**all**"
        agree = f"{ratio(t.agree, t.judged):.3f} of {t.judged}"
        lines.append(f"| {name} | {t.docs} | " + " | ".join(t.row()) + f" | {agree} |")
    lines += [
        "",
        "Per document (read / in the ground truth; errors = misses + wrong takes):",
        "",
        "| set | document | objectives | KRs | " + " | ".join(HEAD[:4]) + " | errors |",
        "|---|---|---|---|" + "---|" * 5,
    ]
    for r in results:
        t = Totals()
        t.add(r)
        lines.append(
            f"| {r.doc.group} | {r.doc.name[:60]} | {r.n_read[0]}/{r.n_gold[0]} | "
            f"{r.n_read[1]}/{r.n_gold[1]} | " + " | ".join(t.row()[:4]) + f" | {r.errors} |"
        )
    failing = failing_conventions(results)
    lines += [
        "",
        f"Conventions (`conventions:` tags) in documents with errors: {len(failing)} "
        "(tag: documents with errors / documents with the tag, errors in them):",
        "",
    ]
    lines.append(
        ", ".join(f"`{tag}` {bad}/{n} ({errors})" for tag, n, bad, errors in failing) or "none"
    )
    return "\n".join(lines)


def history_row(results: list[Result], label: str) -> str:
    cells = []
    for group in (*GROUPS, None):
        t = totals(results, group)
        o_p, o_r, k_p, k_r = t.row()[:4]
        cells.append(f"{o_p} / {o_r} / {k_p} / {k_r}")
    return f"| {date.today().isoformat()} | {_commit()} | {label} | " + " | ".join(cells) + " |"


def extra_row(
    results: list[Result],
    group: str,
    label: str,
    errors: dict[str, list[tuple[str, int, str, bool]]] | None,
) -> str:
    """One row of the further sets' history: the set's totals and its error-level findings."""
    t = totals(results)
    o_p, o_r, k_p, k_r = t.row()[:4]
    rows = (errors or {}).get(group, [])
    right = sum(1 for *_, ok in rows if ok)
    found = f"{right} of {len(rows)}" if errors is not None else "not measured"
    return (
        f"| {date.today().isoformat()} | {_commit()} | {group} | {label} | {t.docs} | "
        f"{o_p} / {o_r} | {k_p} / {k_r} | {found} |"
    )


def _block(text: str, start: str, end: str) -> list[str]:
    if start not in text or end not in text:
        return []
    block = text.split(start, 1)[1].split(end, 1)[0]
    return [line for line in block.strip().splitlines() if line.startswith("| 2")]


def extra_section(rows: list[str]) -> str:
    return "\n".join(
        [
            "## Further sets",
            "",
            "Sets measured with `--extra DIR` (kept outside the project, like `../shared`), each "
            "recorded when it was first measured and after any work done on it; once its errors "
            "have been studied a set is training data, and the next unseen set is the estimate.",
            "",
            EXTRA_START,
            *EXTRA_HEAD,
            *rows,
            EXTRA_END,
        ]
    )


def record_extra(path: Path, row: str) -> None:
    """Add a row to the further sets' history in the report, leaving the rest of it as is."""
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    rows = [*_block(old, EXTRA_START, EXTRA_END), row]
    if EXTRA_START in old and EXTRA_END in old:
        head = old.split(EXTRA_START, 1)[0]
        tail = old.split(EXTRA_END, 1)[1]
        text = head + "\n".join([EXTRA_START, *EXTRA_HEAD, *rows, EXTRA_END]) + tail
    else:
        text = old.rstrip("\n") + "\n\n" + extra_section(rows) + "\n"
    path.write_text(text, encoding="utf-8")


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "src"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return out + ("+" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "?"


# docs/formats.md quotes the totals between these markers; --write rewrites them there
SUMMARIES = (ROOT / "docs" / "formats.md", ROOT / "README.md")
SUMMARY_START = "<!-- reader-benchmark: written by bench/reader.py --write; do not edit by hand -->"
SUMMARY_END = "<!-- /reader-benchmark -->"
UNTOUCHED = "list B measured untouched"


def summary_block(results: list[Result], history: list[str], further: list[str]) -> str:
    """The totals for docs/formats.md and the README, and the figures that say most: list B
    before it was studied, and each further set of fresh documents on arrival."""
    lines = [
        "| documents | objective P | objective R | key result P | key result R |",
        "|---|---|---|---|---|",
    ]
    for group in (*GROUPS, None):
        t = totals(results, group)
        name = GROUP_NAMES[group] if group else "all"
        lines.append(f"| {name} | " + " | ".join(t.row()[:4]) + " |")
    untouched = next((row for row in history if UNTOUCHED in row), None)
    if untouched:
        cells = [c.strip() for c in untouched.strip("|").split("|")]
        lines += [
            "",
            f"Measured on list B before the reader was studied on it (the estimate for "
            f"documents it has never seen; objective P / R, key result P / R): "
            f"{cells[5]} (commit {cells[1]}, {cells[0]}).",
        ]
    arrivals = []
    for row in further:
        cells = [c.strip() for c in row.strip("|").split("|")]
        if len(cells) >= 7 and "on arrival" in cells[3]:
            arrivals.append(f"{cells[2]} ({cells[4]} documents) {cells[5]}, {cells[6]}")
    if arrivals:
        lines += [
            "",
            "Further sets of real documents, each measured on arrival, before anyone studied it "
            "(objective P / R, key result P / R; `docs/reader-benchmark.md` has every set "
            "before and after study): " + "; ".join(arrivals) + ".",
        ]
    return "\n".join(lines)


def write_summary(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8")
    if SUMMARY_START not in text or SUMMARY_END not in text:
        return
    head, rest = text.split(SUMMARY_START, 1)
    _, tail = rest.split(SUMMARY_END, 1)
    path.write_text(f"{head}{SUMMARY_START}\n{block}\n{SUMMARY_END}{tail}", encoding="utf-8")


def write(
    path: Path,
    results: list[Result],
    record: str | None,
    errors: dict[str, list[tuple[str, int, str, bool]]] | None = None,
) -> None:
    history: list[str] = []
    further: list[str] = []
    notes = ""
    if path.is_file():
        old = path.read_text(encoding="utf-8")
        history = _block(old, HISTORY_START, HISTORY_END)
        further = _block(old, EXTRA_START, EXTRA_END)
        if NOTES_START in old and NOTES_END in old:
            notes = old.split(NOTES_START, 1)[1].split(NOTES_END, 1)[0].strip("\n")
    if record:
        history.append(history_row(results, record))
    doc = __doc__ or ""
    rule = doc[doc.index("Matching rule") :].strip()
    text = "\n".join(
        [
            "# Reader benchmark: real Markdown OKR documents",
            "",
            "Written by `python bench/reader.py --write docs/reader-benchmark.md`; do not edit the "
            "figures by hand. What is measured is what `krlint show --format json` prints for each "
            "document, against a careful reader's ground truth (`../shared/real-world/expected/`, "
            "not part of this repository). List A and the six older files are the documents the "
            "reader's conventions were studied on; list B was measured untouched first (see the "
            "history), and only then studied.",
            "",
            " ".join(rule.split()),
            "",
            "## Current figures",
            "",
            markdown_tables(results),
            "",
            "## Error-level findings",
            "",
            " ".join((error_findings.__doc__ or "").split()),
            "",
            errors_table(errors) if errors is not None else "(not measured)",
            "",
            "## History",
            "",
            "Totals per set at the time, objective P / objective R / KR P / KR R.",
            "",
            HISTORY_START,
            "| date | commit | what | list A | older files | list B | all |",
            "|---|---|---|---|---|---|---|",
            *history,
            HISTORY_END,
            "",
            *([extra_section(further), ""] if further else []),
            *([NOTES_START, notes, NOTES_END, ""] if notes else []),
        ]
    )
    path.write_text(text, encoding="utf-8")
    for summary in SUMMARIES:
        write_summary(summary, summary_block(results, history, further))


# -- printing ----------------------------------------------------------------------------------
def print_details(results: list[Result], which: str) -> None:
    for r in results:
        if which not in (r.doc.group, "all") and which.lower() not in r.doc.name.lower():
            continue
        if not r.errors and not r.notes:
            continue
        print(f"\n=== {r.doc.group} {r.doc.name}  ({r.errors} errors)")
        not_okrs = r.doc.expected.get("not_okrs") or []
        for what, m in (("objective", r.objectives), ("KR", r.key_results)):
            for g in m.missed:
                near = [x.text for x in m.wrong if x.line == g.line]
                extra = f"   ~ read as: {near[0]!r}" if near else ""
                print(f"  MISSED {what} L{g.line}: {g.text!r}{extra}")
            for w in m.wrong:
                if any(g.line == w.line for g in m.missed):
                    continue
                why = _why(w.line, not_okrs)
                print(f"  WRONG  {what} L{w.line}: {w.text!r}  [{why}]")
            for g, w, f1 in m.pairs:
                if normalise(g.text) != normalise(w.text):
                    print(f"  loose  {what} L{g.line} ({f1:.2f}): {w.text!r} vs {g.text!r}")
        for note in r.notes:
            print(f"  note   {note}")


def _why(line: int, not_okrs: list[dict[str, Any]]) -> str:
    for entry in not_okrs:
        lines = str(entry.get("lines", ""))
        first, _, last = lines.partition("-")
        try:
            lo, hi = int(first), int(last or first)
        except ValueError:
            continue
        if lo <= line <= hi:
            return f"not an OKR: {entry.get('what')}"
    return "not in the ground truth"


def main() -> int:
    global GROUPS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--real-world", type=Path, default=REAL_WORLD)
    parser.add_argument("--only", choices=GROUPS, help="measure one set only")
    parser.add_argument(
        "--details",
        metavar="SET|NAME",
        help="list errors (A, B, old, all, or part of a document name)",
    )
    parser.add_argument("--write", type=Path, metavar="FILE", help="write the Markdown report")
    parser.add_argument(
        "--record",
        metavar="LABEL",
        help="with --write: add a history row "
        "(with --extra: a row of the further sets' history, nothing else)",
    )
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="also lint the documents: how many error-level findings are right",
    )
    parser.add_argument(
        "--extra",
        type=Path,
        metavar="DIR",
        help="measure only a further set laid out as DIR/docs and DIR/expected",
    )
    args = parser.parse_args()
    if args.extra:
        if args.write and not args.record:
            print("with --extra, --write only records a row (add --record LABEL)", file=sys.stderr)
            return 2
        GROUPS = (args.extra.name,)
        count = len(extra_documents(args.extra))
        GROUP_NAMES[args.extra.name] = f"{args.extra.name} ({count} docs)"
    if not args.real_world.is_dir():
        print(f"no {args.real_world} (the ../shared folder beside the project)", file=sys.stderr)
        return 2
    docs = (
        extra_documents(args.extra)
        if args.extra
        else [d for d in documents(args.real_world) if not args.only or d.group == args.only]
    )
    results = evaluate(docs)
    errors = error_findings(docs) if args.errors or args.write else None
    if args.json:
        print(
            json.dumps(
                {
                    g or "all": dict(zip(HEAD, map(float, totals(results, g).row())))
                    for g in (*GROUPS, None)
                },
                indent=2,
            )
        )
    else:
        print(markdown_tables(results))
    if errors is not None:
        print()
        print(errors_table(errors))
        if args.errors:
            for group, rows in errors.items():
                for name, line, code, right in rows:
                    if not right:
                        print(f"  {group} {name}:{line} {code} not supported")
    if args.details:
        print_details(results, args.details)
    if args.write and args.extra:
        record_extra(args.write, extra_row(results, args.extra.name, args.record, errors))
        print(f"\nrecorded {args.extra.name} in {args.write}")
    elif args.write:
        if args.only:
            print("--write needs every set (drop --only)", file=sys.stderr)
            return 2
        write(args.write, results, args.record, errors)
        print(f"\nwrote {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
