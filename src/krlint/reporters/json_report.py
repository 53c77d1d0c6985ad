"""`--output-format json`: every field of every finding, per-file statistics and a summary.

The schema is documented in docs/formats.md ("JSON") and versioned by `schema_version`: fields
may be added within a version, never renamed or removed. Findings are flattened from the
`Diagnostic` dataclass itself, so a field added there reaches JSON consumers without a change
here.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any, TextIO

from krlint.diagnostics import Diagnostic, Severity
from krlint.report import FileReport, Report, Tally
from krlint.reporters import Out, ReportContext, write_whole
from krlint.reporters.fingerprints import fingerprints
from krlint.reporters.json_layout import Items, dump

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
        "path": f.path,
        "objectives": f.objectives,
        "key_results": f.key_results,
        "outcomes": f.outcomes,
        "outputs": f.outputs,
        "fail_on": f.fail_on.label,
        "problems": len(f.diagnostics),
        "by_severity": _counts(f.diagnostics),
    }


class Writer:
    """Findings are laid out as each file goes by (spooled: `json_layout`); the document is
    written whole at the end, its per-file lines and summary after them."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self.diagnostics = Items(depth=1)
        self.files: list[dict[str, Any]] = []  # a few numbers per file

    def file(self, file: FileReport, out: Out) -> None:
        for d, fingerprint in zip(file.diagnostics, fingerprints(file.diagnostics), strict=True):
            self.diagnostics.add(diagnostic(d, fingerprint))
        self.files.append(_file(file))

    def end(self, report: Report, tally: Tally, out: Out) -> None:
        krs, outcomes = tally.key_results, tally.outcomes
        dump(
            {
                "schema_version": SCHEMA_VERSION,
                "tool": {"name": "krlint", "version": self.ctx.version},
                "diagnostics": self.diagnostics,
                "files": self.files,
                "summary": {
                    "files": tally.files,
                    "problems": tally.problems,
                    "by_severity": {s.label: tally.count(s) for s in SEVERITIES},
                    "objectives": tally.objectives,
                    "key_results": krs,
                    "outcomes": outcomes,
                    "outputs": tally.outputs,
                    "outcome_share": round(outcomes / krs, 4) if krs else None,
                    "failed": tally.failed,
                    "exit_code": tally.exit_code(report.errors),
                },
                "errors": list(report.errors),
                "skipped": [
                    {"path": path, "reason": why} for path, why in report.why_skipped.items()
                ],
            },
            out,
        )
        out.write("\n")


def render(report: Report, out: TextIO, ctx: ReportContext) -> None:
    write_whole(Writer(ctx), report, out)
