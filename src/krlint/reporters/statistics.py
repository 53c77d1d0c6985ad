"""`--statistics`: how many findings each rule produced, most frequent first (ruff's format).

Text by default; with `--output-format json` a JSON list, so scripts can track rule counts.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from krlint.diagnostics import Severity
from krlint.engine import Report
from krlint.reporters import ReportContext
from krlint.reporters.sanitize import line

STRUCTURED = {"json"}


def counts(report: Report) -> list[dict[str, object]]:
    by_rule = Counter((line(d.code), line(d.name)) for d in report.diagnostics)
    severity: dict[str, Severity] = {}
    for d in report.diagnostics:  # per-file config may differ: show the highest
        severity[line(d.code)] = max(d.severity, severity.get(line(d.code), d.severity))
    ordered = sorted(by_rule.items(), key=lambda item: (-item[1], item[0][0]))
    return [{"code": code, "name": name, "count": n, "severity": severity[code].label}
            for (code, name), n in ordered]


def render(report: Report, out: TextIO, ctx: ReportContext, format: str = "text") -> None:
    rows = counts(report)
    if format in STRUCTURED:
        json.dump(rows, out, indent=2)
        out.write("\n")
        return
    width = max((len(str(r["count"])) for r in rows), default=1)
    names = max((len(str(r["name"])) for r in rows), default=0)
    for r in rows:
        out.write(f"{r['count']:>{width}}  {r['code']}  {r['name']:<{names}}  "
                  f"[{r['severity']}]\n")
    if not ctx.quiet:
        total = sum(int(str(r["count"])) for r in rows)
        out.write(f"Found {total} problem{'' if total == 1 else 's'}.\n")
