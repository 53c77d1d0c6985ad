"""The default human format: grouped by file and objective, the key result quoted with the
evidence highlighted, a suggestion under each output, and a summary with the outcome share."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from krlint.diagnostics import Diagnostic, Severity
from krlint.engine import Report
from krlint.reporters import ReportContext
from krlint.reporters.summary import summary

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _quote(d: Diagnostic) -> Text:
    text = Text(d.key_result or "", style="italic")
    for ev in d.evidence:
        if 0 <= ev.start < ev.end <= len(text.plain):
            text.stylize("bold magenta underline", ev.start, ev.end)
    return text


def _by_objective(diagnostics: list[Diagnostic]
                  ) -> list[tuple[tuple[str | None, str | None], list[Diagnostic]]]:
    """Findings about the file itself first, then one group per objective in source order.

    Grouping by runs of the sorted list would print an objective twice whenever a file-level
    finding (a duplicate key inside it, say) falls between two of its findings.
    """
    groups: dict[tuple[str | None, str | None], list[Diagnostic]] = {}
    for d in diagnostics:
        groups.setdefault((d.objective_id, d.objective), []).append(d)
    return sorted(groups.items(), key=lambda kv: (kv[0][1] is not None, kv[1][0].line))


def render(report: Report, out: TextIO, ctx: ReportContext) -> None:
    console = Console(file=out, force_terminal=ctx.color, no_color=not ctx.color,
                      color_system="auto" if ctx.color else None, highlight=False,
                      soft_wrap=True, emoji=False)
    for file in report.files:
        if not file.diagnostics:
            continue
        console.print(Text(file.path, style="bold underline"))
        for (objective_id, objective), items in _by_objective(file.diagnostics):
            if objective:
                console.print(Text.assemble("  ", (f"{objective_id} ", "dim"),
                                            (objective, "bold")))
            indent = "    " if objective else "  "
            for d in items:
                line = Text(indent)
                line.append(f"{d.line}:{d.column}".ljust(8), style="dim")
                line.append(f"{d.severity.label:<8}", style=STYLE[d.severity])
                line.append(f"{d.code} ", style="bold")
                line.append(f"{d.name}  ", style="dim")
                line.append(d.message)
                console.print(line)
                if ctx.show_source and d.key_result:
                    console.print(Text.assemble(indent + " " * 8 + "│ ", _quote(d)))
                if d.suggestion:
                    console.print(Text.assemble(indent + " " * 8, ("↳ " + d.suggestion, "green")))
        console.print()
    if not ctx.quiet:
        style = "bold red" if report.failed() else "bold green"
        console.print(Text(summary(report), style=style))
