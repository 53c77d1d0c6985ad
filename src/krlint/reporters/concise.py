"""`path:line:col: CODE [name] message`, one finding per line: for editors and grep."""

from __future__ import annotations

from typing import TextIO

from krlint.engine import Report
from krlint.reporters import ReportContext
from krlint.reporters.sanitize import line


def render(report: Report, out: TextIO, ctx: ReportContext) -> None:
    for d in report.diagnostics:
        out.write(f"{d.path}:{d.line}:{d.column}: {d.code} [{d.name}] {line(d.message)}\n")
