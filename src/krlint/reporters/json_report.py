"""`--output-format json`: every field of every finding, per-file statistics and a summary.

The schema is documented in the README ("JSON output") and versioned by `schema_version`: fields
may be added within a version, never renamed or removed. Findings are flattened from the
`Diagnostic` dataclass itself, so a field added there reaches JSON consumers without a change
here.
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any, TextIO

from krlint.diagnostics import Diagnostic, Severity
from krlint.engine import FileReport, Report
from krlint.reporters import ReportContext
from krlint.reporters.fingerprints import fingerprints

SCHEMA_VERSION = 1
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _plain(value: Any) -> Any:
    if isinstance(value, Severity):
        return value.label
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple, frozenset, set)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def diagnostic(d: Diagnostic, fingerprint: str) -> dict[str, Any]:
    return {**_plain(d), "fingerprint": fingerprint}


def _counts(diagnostics: list[Diagnostic]) -> dict[str, int]:
    return {s.label: sum(1 for d in diagnostics if d.severity == s) for s in SEVERITIES}


def _file(f: FileReport) -> dict[str, Any]:
    return {
        "path": f.path, "objectives": f.objectives, "key_results": f.key_results,
        "outcomes": f.outcomes, "outputs": f.outputs, "fail_on": f.fail_on.label,
        "problems": len(f.diagnostics), "by_severity": _counts(f.diagnostics),
    }


def document(report: Report, ctx: ReportContext) -> dict[str, Any]:
    diagnostics = report.diagnostics
    krs = sum(f.key_results for f in report.files)
    outcomes = sum(f.outcomes for f in report.files)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "krlint", "version": ctx.version},
        "diagnostics": [diagnostic(d, fp) for d, fp in
                        zip(diagnostics, fingerprints(diagnostics), strict=True)],
        "files": [_file(f) for f in report.files],
        "summary": {
            "files": len(report.files), "problems": len(diagnostics),
            "by_severity": _counts(diagnostics),
            "objectives": sum(f.objectives for f in report.files), "key_results": krs,
            "outcomes": outcomes, "outputs": sum(f.outputs for f in report.files),
            "outcome_share": round(outcomes / krs, 4) if krs else None,
            "failed": report.failed(), "exit_code": report.exit_code,
        },
        "errors": list(report.errors),
        "skipped": [{"path": path, "reason": why} for path, why in report.why_skipped.items()],
    }


def render(report: Report, out: TextIO, ctx: ReportContext) -> None:
    json.dump(document(report, ctx), out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")
