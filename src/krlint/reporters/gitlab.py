"""`--output-format gitlab`: GitLab Code Quality JSON (a `codequality` report artefact).

GitLab shows these in merge requests; it needs `description`, `check_name`, a `fingerprint` that
is unique and stable across pipelines (so "new" and "fixed" are right), a `severity` from its own
scale, and `location.path` relative to the repository (`CI_PROJECT_DIR`, else the git root:
`krlint.reporters.locations`) with `location.lines.begin`.
"""

from __future__ import annotations

from typing import Any, TextIO

from krlint.diagnostics import Diagnostic, Severity
from krlint.report import FileReport, Report, Tally
from krlint.reporters import Out, ReportContext, write_whole
from krlint.reporters.fingerprints import fingerprints
from krlint.reporters.json_layout import Items, dump
from krlint.reporters.locations import in_repository

# GitLab's scale is info < minor < major < critical < blocker; krlint has three levels.
SEVERITY = {Severity.INFO: "info", Severity.WARNING: "minor", Severity.ERROR: "major"}


def _path(path: str) -> str:
    return in_repository(path)[0]


def issue(d: Diagnostic, fingerprint: str) -> dict[str, Any]:
    description = f"{d.code} {d.message}"
    return {
        "type": "issue",
        "description": description,
        "check_name": f"{d.code} {d.name}",
        "fingerprint": fingerprint,
        "severity": SEVERITY[d.severity],
        "categories": ["Style"],
        "location": {
            "path": _path(d.path),
            "lines": {"begin": d.line, "end": max(d.end_line or d.line, d.line)},
        },
        **({"content": {"body": d.suggestion}} if d.suggestion else {}),
    }


class Writer:
    """Issues laid out as each file goes by (spooled); the array is written at the end."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self.issues = Items(depth=0)

    def file(self, file: FileReport, out: Out) -> None:
        for d, fingerprint in zip(file.diagnostics, fingerprints(file.diagnostics), strict=True):
            self.issues.add(issue(d, fingerprint))

    def end(self, report: Report, tally: Tally, out: Out) -> None:
        dump(self.issues, out)
        out.write("\n")


def render(report: Report, out: TextIO, ctx: ReportContext) -> None:
    write_whole(Writer(ctx), report, out)
