"""`--output-format gitlab`: GitLab Code Quality JSON (a `codequality` report artefact).

GitLab shows these in merge requests; it needs `description`, `check_name`, a `fingerprint` that
is unique and stable across pipelines (so "new" and "fixed" are right), a `severity` from its own
scale, and `location.path` relative to the repository (`CI_PROJECT_DIR`, else the git root:
`krlint.reporters.locations`) with `location.lines.begin`.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from krlint.diagnostics import Diagnostic, Severity
from krlint.engine import Report
from krlint.reporters import ReportContext
from krlint.reporters.fingerprints import fingerprints
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
        "location": {"path": _path(d.path),
                     "lines": {"begin": d.line, "end": max(d.end_line or d.line, d.line)}},
        **({"content": {"body": d.suggestion}} if d.suggestion else {}),
    }


def render(report: Report, out: TextIO, ctx: ReportContext) -> None:
    diagnostics = report.diagnostics
    issues = [issue(d, fp) for d, fp in zip(diagnostics, fingerprints(diagnostics), strict=True)]
    json.dump(issues, out, ensure_ascii=False, indent=2)
    out.write("\n")
