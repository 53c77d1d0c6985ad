"""`path:line:col: CODE [name] message`, one finding per line: for editors and grep."""

from __future__ import annotations

from typing import TextIO

from krlint.report import FileReport, Report, Tally
from krlint.reporters import Out, ReportContext, write_whole
from krlint.reporters.sanitize import line


class Writer:
    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx

    def file(self, file: FileReport, out: Out) -> None:
        for d in file.diagnostics:
            out.write(f"{d.path}:{d.line}:{d.column}: {d.code} [{d.name}] {line(d.message)}\n")

    def end(self, report: Report, tally: Tally, out: Out) -> None:
        pass


def render(report: Report, out: TextIO, ctx: ReportContext) -> None:
    write_whole(Writer(ctx), report, out)
