"""`--output-format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

The rule descriptions come from `ReportContext.rules` (the catalogue in force, as data); a finding
whose code is not in it (an internal error, a plugin's extra code) gets a minimal rule entry made
from the finding, so every result has a `ruleIndex` that points somewhere.

GitHub's requirements shape a few choices: paths are URIs relative to the repository root
(`%SRCROOT%`: `GITHUB_WORKSPACE`, else the git root — `krlint.reporters.locations`) so alerts
land on files in the repository; columns count Unicode code points and the end column is
exclusive, as krlint's spans are; `partialFingerprints` carry krlint's own line-independent
identity so alerts survive edits above them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, TextIO
from urllib.parse import quote

from krlint.diagnostics import Diagnostic, Severity
from krlint.report import FileReport, Report, Tally
from krlint.reporters import Out, ReportContext, write_whole
from krlint.reporters.fingerprints import fingerprints
from krlint.reporters.json_layout import Produced, dump
from krlint.reporters.locations import in_repository, root_uri
from krlint.reporters.sanitize import block
from krlint.reporters.spool import Spool
from krlint.rule_spec import RuleSpec

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/krlint/krlint"
FINGERPRINT_KEY = "krlint/v1"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> dict[str, str]:
    if path == "-":
        return {"uri": "stdin"}
    named, relative = in_repository(path)
    if not relative:
        from pathlib import Path

        return {"uri": Path(named).as_uri()}
    return {"uri": quote(named, safe="/"), "uriBaseId": "%SRCROOT%"}


def _examples_text(title: str, examples: tuple[object, ...]) -> str:
    if not examples:
        return ""
    body = "\n".join(
        "\n".join(f"    {line}" for line in str(e).rstrip().splitlines()) for e in examples
    )
    return f"{title}:\n{body}"


def _examples_markdown(title: str, examples: tuple[object, ...]) -> str:
    if not examples:
        return ""
    blocks = "\n\n".join(f"```yaml\n{str(e).rstrip()}\n```" for e in examples)
    return f"**{title}**\n\n{blocks}"


def _rule(spec: RuleSpec) -> dict[str, Any]:
    """A rule's description; a rule pack's text is foreign text too, made safe like findings."""
    return {key: _safe(value) for key, value in _describe(spec).items()}


def _safe(value: Any) -> Any:
    if isinstance(value, str):
        return block(value)
    if isinstance(value, dict):
        return {key: _safe(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_safe(item) for item in value]
    return value


def _describe(spec: RuleSpec) -> dict[str, Any]:
    full = spec.rationale or spec.summary
    silence = f"Silence it with --ignore {spec.code} or `# krlint: disable={spec.code}`."

    def joined(examples: Callable[[str, tuple[object, ...]], str]) -> str:
        parts = (full, examples("Bad", spec.bad), examples("Good", spec.good), silence)
        return "\n\n".join(part for part in parts if part)

    help_text = joined(_examples_text)
    markdown = joined(_examples_markdown)
    return {
        "id": spec.code,
        "name": spec.name,
        "shortDescription": {"text": spec.summary},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVEL[spec.severity]},
        "properties": {"tags": [t for t in ("okr", spec.family) if t]},
    }


def _ad_hoc_rule(d: Diagnostic) -> dict[str, Any]:
    return {
        "id": d.code,
        "name": d.name,
        "shortDescription": {"text": d.name},
        "fullDescription": {"text": d.name},
        "help": {"text": d.name},
        "defaultConfiguration": {"level": LEVEL[d.severity]},
    }


def _region(d: Diagnostic) -> dict[str, int]:
    region = {"startLine": max(d.line, 1), "startColumn": max(d.column, 1)}
    if d.end_line is not None and d.end_line >= region["startLine"]:
        region["endLine"] = d.end_line
        if d.end_column is not None and (d.end_line > d.line or d.end_column > d.column):
            region["endColumn"] = d.end_column
    return region


def _message(d: Diagnostic) -> str:
    return f"{d.message}\n{d.suggestion}" if d.suggestion else d.message


def _result(d: Diagnostic, fingerprint: str) -> dict[str, Any]:
    """A SARIF result without its `ruleIndex` (known when the rules in force are)."""
    result: dict[str, Any] = {
        "ruleId": d.code,
        "level": LEVEL[d.severity],
        "message": {"text": _message(d)},
        "locations": [
            {"physicalLocation": {"artifactLocation": artifact_uri(d.path), "region": _region(d)}}
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    if d.objective or d.key_result:
        result["properties"] = {
            k: v
            for k, v in (
                ("objectiveId", d.objective_id),
                ("objective", d.objective),
                ("keyResultId", d.key_result_id),
                ("keyResult", d.key_result),
            )
            if v
        }
    return result


class Writer:
    """Results are kept (spooled, one compact line each) as files go by; at the end, when the
    rules in force are known, the document is written with each result's `ruleIndex`."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self.results = Spool()
        self.first_seen: dict[str, dict[str, Any]] = {}  # code → ad-hoc rule, in order

    def file(self, file: FileReport, out: Out) -> None:
        for d, fingerprint in zip(file.diagnostics, fingerprints(file.diagnostics), strict=True):
            if d.code not in self.first_seen:
                self.first_seen[d.code] = _ad_hoc_rule(d)
            # ASCII: no character inside the line can end it
            self.results.write(
                json.dumps(
                    [d.code, _result(d, fingerprint)], ensure_ascii=True, separators=(",", ":")
                )
                + "\n"
            )

    def end(self, report: Report, tally: Tally, out: Out) -> None:
        rules = [_rule(spec) for spec in self.ctx.rules]
        index = {rule["id"]: i for i, rule in enumerate(rules)}
        for code, rule in self.first_seen.items():
            if code not in index:  # an internal error, a plugin's extra code
                index[code] = len(rules)
                rules.append(rule)

        def results() -> Iterator[dict[str, Any]]:
            for line in self.results.lines():
                code, result = json.loads(line)
                yield {"ruleId": result.pop("ruleId"), "ruleIndex": index[code], **result}

        invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
        if report.errors:
            invocation["toolExecutionNotifications"] = [
                {"level": "error", "message": {"text": message}} for message in report.errors
            ]
        driver: dict[str, Any] = {
            "name": "krlint",
            "informationUri": INFORMATION_URI,
            "rules": rules,
        }
        if self.ctx.version:
            driver["version"] = driver["semanticVersion"] = self.ctx.version
        dump(
            {
                "$schema": SCHEMA_URI,
                "version": "2.1.0",
                "runs": [
                    {
                        "tool": {"driver": driver},
                        "invocations": [invocation],
                        "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri()}},
                        "columnKind": "unicodeCodePoints",
                        "results": Produced(3, results()),
                    }
                ],
            },
            out,
        )
        out.write("\n")
        self.results.close()


def render(report: Report, out: TextIO, ctx: ReportContext) -> None:
    write_whole(Writer(ctx), report, out)
