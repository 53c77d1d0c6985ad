"""`--statistics`: how many findings each rule produced, most frequent first (ruff's format).

Text by default; with `--output-format json` a JSON list, so scripts can track rule counts.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from krlint.diagnostics import Diagnostic, Severity
from krlint.report import FileReport, Report, Tally
from krlint.reporters import Out, ReportContext, write_whole
from krlint.reporters.sanitize import line

STRUCTURED = {"json"}


class Counts:
    """Findings per rule, and each rule's highest severity (per-file config may differ)."""

    def __init__(self) -> None:
        self.by_rule: Counter[tuple[str, str]] = Counter()
        self.severity: dict[str, Severity] = {}

    def add(self, diagnostics: Iterable[Diagnostic]) -> None:
        for d in diagnostics:
            code = line(d.code)
            self.by_rule[(code, line(d.name))] += 1
            self.severity[code] = max(d.severity, self.severity.get(code, d.severity))

    def rows(self) -> list[dict[str, object]]:
        ordered = sorted(self.by_rule.items(), key=lambda item: (-item[1], item[0][0]))
        return [
            {"code": code, "name": name, "count": n, "severity": self.severity[code].label}
            for (code, name), n in ordered
        ]


def counts(report: Report) -> list[dict[str, object]]:
    found = Counts()
    found.add(report.diagnostics)
    return found.rows()


class Writer:
    """`--statistics`: counts as files go by, the table at the end. `ctx` and the format."""

    def __init__(self, ctx: ReportContext, format: str = "text") -> None:
        self.ctx = ctx
        self.format = format
        self.counts = Counts()

    def file(self, file: FileReport, out: Out) -> None:
        self.counts.add(file.diagnostics)

    def end(self, report: Report, tally: Tally, out: Out) -> None:
        rows = self.counts.rows()
        if self.format in STRUCTURED:
            out.write(json.dumps(rows, indent=2))
            out.write("\n")
            return
        width = max((len(str(r["count"])) for r in rows), default=1)
        names = max((len(str(r["name"])) for r in rows), default=0)
        for r in rows:
            out.write(
                f"{r['count']:>{width}}  {r['code']}  {r['name']:<{names}}  [{r['severity']}]\n"
            )
        if not self.ctx.quiet:
            total = sum(int(str(r["count"])) for r in rows)
            out.write(f"Found {total} problem{'' if total == 1 else 's'}.\n")


def render(report: Report, out: TextIO, ctx: ReportContext, format: str = "text") -> None:
    write_whole(Writer(ctx, format), report, out)
