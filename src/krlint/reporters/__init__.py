"""Reporters turn findings into text. They know findings, never rules.

Each reporter is a module with a `Writer`: fed one file's report at a time (`file`) as the run
goes, then the run's errors, notes and totals (`end`) — so a run never holds all its findings
(`krlint.reporters.output` drives it for `krlint check`). Each module's `render(report, out,
ctx)` writes a finished `Report` the same way. `FORMATS` maps the names accepted by
`--output-format` to modules, imported only when chosen. Every text a writer is given is already
safe to print (`krlint.reporters.sanitize`); a reporter that prints such text on one line calls
`sanitize.line()` on it as well.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TextIO, Union

if TYPE_CHECKING:
    from krlint.report import FileReport, Report, Tally
    from krlint.reporters.spool import Spool
    from krlint.rule_spec import RuleSpec

Out = Union[TextIO, "Spool"]  # where a writer writes

FORMATS: dict[str, str] = {
    "text": "krlint.reporters.text",
    "concise": "krlint.reporters.concise",
    "json": "krlint.reporters.json_report",
    "sarif": "krlint.reporters.sarif",
    "github": "krlint.reporters.github",
    "junit": "krlint.reporters.junit",
    "gitlab": "krlint.reporters.gitlab",
}


# Formats that describe every rule in force, not only those with findings: for them a run answered
# from the cache builds the catalogues it skipped (plugins, rule folders).
DESCRIBE_RULES = frozenset({"sarif"})


@dataclass(frozen=True)
class ReportContext:
    color: bool = False
    show_source: bool = True
    quiet: bool = False
    rules: tuple[RuleSpec, ...] = field(default=())  # the catalogue in force, as data
    version: str = ""


class Renderer(Protocol):
    def __call__(self, report: Report, out: TextIO, ctx: ReportContext) -> None: ...


class Writer(Protocol):
    ctx: ReportContext  # `Output` gives it the rules in force before `end`

    def file(self, file: FileReport, out: Out) -> None:
        """One linted file, in the order files were found (every file, with or without
        findings); called once per file."""

    def end(self, report: Report, tally: Tally, out: Out) -> None:
        """The rest: `report` holds the run's errors, skipped files and rules (its `files` may
        be empty: they went by already), `tally` the totals of every file given to `file`."""


def writer(name: str, ctx: ReportContext) -> Writer:
    """The format's writer (`name` as `--output-format` spells it)."""
    made: Writer = importlib.import_module(FORMATS[name]).Writer(ctx)
    return made


def write_whole(writer: Writer, report: Report, out: Out) -> None:
    """A finished report through a writer: what each module's `render` does."""
    for file in report.files:
        writer.file(file, out)
    writer.end(report, report.tally(), out)


def renderer(name: str) -> Renderer:
    """The format's `render`, fed a report whose foreign text has been made safe
    (`krlint.reporters.sanitize`): no format can forget it."""
    render: Renderer = importlib.import_module(FORMATS[name]).render

    def safe(report: Report, out: TextIO, ctx: ReportContext) -> None:
        from krlint.reporters import sanitize

        render(sanitize.report(report), out, ctx)

    return safe
