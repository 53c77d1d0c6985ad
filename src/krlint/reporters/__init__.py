"""Reporters turn a finished `Report` into text. They know findings, never rules.

Each reporter is a module with `render(report, out, ctx)`; `FORMATS` maps the names accepted by
`--output-format` to modules, imported only when chosen. `renderer()` hands every reporter a
report whose foreign text (paths, messages, quotes) is already safe to print
(`krlint.reporters.sanitize`); a reporter that prints such text on one line calls
`sanitize.line()` on it as well.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from krlint.catalogue import RuleSpec
    from krlint.engine import Report

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


def renderer(name: str) -> Renderer:
    """The format's `render`, fed a report whose foreign text has been made safe
    (`krlint.reporters.sanitize`): no format can forget it."""
    render: Renderer = importlib.import_module(FORMATS[name]).render

    def safe(report: Report, out: TextIO, ctx: ReportContext) -> None:
        from krlint.reporters import sanitize

        render(sanitize.report(report), out, ctx)

    return safe
