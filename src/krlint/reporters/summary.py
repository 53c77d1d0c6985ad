"""The one-line summary shared by the human-facing formats."""

from __future__ import annotations

from krlint.diagnostics import Severity
from krlint.engine import Report


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(report: Report) -> str:
    n = len(report.diagnostics)
    files = len(report.files)
    counts = [plural(report.count(s), s.label) for s in
              (Severity.ERROR, Severity.WARNING, Severity.INFO) if report.count(s)]
    head = (f"{plural(n, 'problem')} ({', '.join(counts)})" if n else "No problems") + \
        f" in {plural(files, 'file')}"
    skipped = len(getattr(report, "skipped", ()))
    if skipped:
        head += f" · {plural(skipped, 'file')} without OKRs skipped"
    krs = sum(f.key_results for f in report.files)
    if krs:
        outcomes = sum(f.outcomes for f in report.files)
        head += f" · {outcomes} of {krs} key results are outcomes ({outcomes / krs:.0%})"
    return head
