"""The one-line summary shared by the human-facing formats."""

from __future__ import annotations

from krlint.diagnostics import Severity
from krlint.report import Report, Tally


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(report: Report) -> str:
    return summary_line(report.tally(), len(getattr(report, "skipped", ())))


def summary_line(tally: Tally, skipped: int = 0) -> str:
    """From the run's totals, so a streamed run (whose findings are gone) says the same."""
    n = tally.problems
    counts = [
        plural(tally.count(s), s.label)
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if tally.count(s)
    ]
    head = (
        f"{plural(n, 'problem')} ({', '.join(counts)})" if n else "No problems"
    ) + f" in {plural(tally.files, 'file')}"
    if skipped:
        head += f" · {plural(skipped, 'file')} without OKRs skipped"
    krs, outcomes = tally.key_results, tally.outcomes
    if krs:
        head += f" · {outcomes} of {krs} key results are outcomes ({outcomes / krs:.0%})"
    return head
