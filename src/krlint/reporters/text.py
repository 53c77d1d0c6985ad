"""The default human format: grouped by file and objective, the key result quoted with the
evidence highlighted, a suggestion under each output, and a summary with the outcome share."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, TextIO, cast

from krlint.diagnostics import Diagnostic, Severity
from krlint.report import FileReport, Report, Tally
from krlint.reporters import Out, ReportContext, write_whole
from krlint.reporters.sanitize import line, segments
from krlint.reporters.summary import summary_line

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
Part = tuple[str, str] | Diagnostic  # (text, style), or a diagnostic's quoted key result
# What rich rewrites even without colour (tabs expanded by cell width, these control codes
# dropped): a line holding one of them is printed through rich, so both paths print the same.
_RICH_ONLY = frozenset("\t\x07\x08\x0b\x0c\r")


def _quote(d: Diagnostic) -> Text:
    from rich.text import Text

    quoted, moved = segments(
        d.key_result or "", [n for ev in d.evidence for n in (ev.start, ev.end)]
    )
    text = Text(quoted, style="italic")
    for start, end in zip(moved[::2], moved[1::2]):
        if 0 <= start < end <= len(text.plain):
            text.stylize("bold magenta underline", start, end)
    return text


class _Printer:
    """Lines of styled parts. Without colour they are written as they are, and rich — ~30 ms
    of imports, at every start of a pre-commit hook — is loaded only for a line it must shape."""

    def __init__(self, out: Out, color: bool) -> None:
        self.out = out
        self.color = color
        self._console: Console | None = None

    def console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(
                file=cast("IO[str]", self.out),  # a Spool writes alike
                force_terminal=self.color,
                no_color=not self.color,
                color_system="auto" if self.color else None,
                highlight=False,
                soft_wrap=True,
                emoji=False,
            )
        return self._console

    def line(self, *parts: Part) -> None:
        if not self.color:
            plain = "".join(
                line(p.key_result or "") if isinstance(p, Diagnostic) else p[0] for p in parts
            )
            if _RICH_ONLY.isdisjoint(plain):
                self.out.write(plain + "\n")
                return
        from rich.text import Text

        self.console().print(
            Text.assemble(*(_quote(p) if isinstance(p, Diagnostic) else p for p in parts))
        )


def _by_objective(
    diagnostics: list[Diagnostic],
) -> list[tuple[tuple[str | None, str | None], list[Diagnostic]]]:
    """Findings about the file itself first, then one group per objective in source order.

    Grouping by runs of the sorted list would print an objective twice whenever a file-level
    finding (a duplicate key inside it, say) falls between two of its findings.
    """
    groups: dict[tuple[str | None, str | None], list[Diagnostic]] = {}
    for d in diagnostics:
        groups.setdefault((d.objective_id, d.objective), []).append(d)
    return sorted(groups.items(), key=lambda kv: (kv[0][1] is not None, kv[1][0].line))


MAX_NOTES = 10


def _notes(printer: _Printer, report: Report) -> None:
    """Say which files were skipped and why — a few by name, many by count (a walk of a big
    repository skips hundreds of YAML files; `--show-files` lists them all)."""
    skipped = list(report.why_skipped.items())
    for path, why in skipped[:MAX_NOTES]:
        printer.line(("note: ", "dim"), (f"{path} skipped: {why}", "dim"))
    if len(skipped) > MAX_NOTES:
        printer.line(
            ("note: ", "dim"),
            (f"… and {len(skipped) - MAX_NOTES} more skipped (--show-files lists them)", "dim"),
        )


class Writer:
    """File by file as they are linted, then the notes and the summary."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self._printer: _Printer | None = None

    def printer(self, out: Out) -> _Printer:
        if self._printer is None or self._printer.out is not out:
            self._printer = _Printer(out, self.ctx.color)
        return self._printer

    def file(self, file: FileReport, out: Out) -> None:
        if not file.diagnostics:
            return
        printer, ctx = self.printer(out), self.ctx
        printer.line((file.path, "bold underline"))
        for (objective_id, objective), items in _by_objective(file.diagnostics):
            if objective:
                printer.line(("  ", ""), (f"{objective_id} ", "dim"), (line(objective), "bold"))
            indent = "    " if objective else "  "
            for d in items:
                printer.line(
                    (indent, ""),
                    (f"{d.line}:{d.column}".ljust(8), "dim"),
                    (f"{d.severity.label:<8}", STYLE[d.severity]),
                    (f"{d.code} ", "bold"),
                    (f"{d.name}  ", "dim"),
                    (line(d.message), ""),
                )
                if ctx.show_source and d.key_result:
                    printer.line((indent + " " * 8 + "│ ", ""), d)
                if d.suggestion:
                    printer.line((indent + " " * 8, ""), ("↳ " + line(d.suggestion), "green"))
        printer.line()

    def end(self, report: Report, tally: Tally, out: Out) -> None:
        printer = self.printer(out)
        if not self.ctx.quiet and report.why_skipped:
            _notes(printer, report)
        if not self.ctx.quiet:
            style = "bold red" if tally.failed else "bold green"
            printer.line((summary_line(tally, len(report.skipped)), style))


def render(report: Report, out: TextIO, ctx: ReportContext) -> None:
    write_whole(Writer(ctx), report, out)
