"""`--output-format github`: GitHub Actions workflow commands, one annotation per finding.

    ::error file=okrs.yaml,line=7,col=9,endLine=7,endColumn=15,title=K201 activity-verb::…

GitHub parses these from the job log, so escaping is the whole job: in the message `%`, CR and
LF are percent-encoded; in properties `:` and `,` are too, or a path or title containing them
would cut the command short. Every other control character has already been escaped
(`krlint.reporters.sanitize`), so no text from an OKR file can start a line of its own, and so
no `::command::` of its own. The path is the repository's name for the file
(`krlint.reporters.locations`), which is what GitHub matches annotations against.
Chosen automatically when `GITHUB_ACTIONS=true` and no format was given.
"""

from __future__ import annotations

from typing import TextIO

from krlint.diagnostics import Diagnostic, Severity
from krlint.report import FileReport, Report, Tally
from krlint.reporters import Out, ReportContext, write_whole
from krlint.reporters.locations import in_repository
from krlint.reporters.summary import summary_line

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(d: Diagnostic) -> str:
    props = [("file", in_repository(d.path)[0]), ("line", str(d.line)), ("col", str(d.column))]
    if d.end_line is not None:
        props.append(("endLine", str(d.end_line)))
        if d.end_column is not None:
            props.append(("endColumn", str(d.end_column)))
    props.append(("title", f"{d.code} {d.name}"))
    message = f"{d.message}\n{d.suggestion}" if d.suggestion else d.message
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{COMMAND[d.severity]} {rendered}::{escape_data(message)}"


class Writer:
    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx

    def file(self, file: FileReport, out: Out) -> None:
        for d in file.diagnostics:
            out.write(command(d) + "\n")

    def end(self, report: Report, tally: Tally, out: Out) -> None:
        if not self.ctx.quiet:
            out.write(summary_line(tally, len(report.skipped)) + "\n")


def render(report: Report, out: TextIO, ctx: ReportContext) -> None:
    write_whole(Writer(ctx), report, out)
