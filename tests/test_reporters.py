"""Machine-readable formats: each one parsed back and checked against what its consumer needs."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from dataclasses import fields, replace
from pathlib import Path

import pytest

from conftest import CLEAN, SARIF_SCHEMA, require_shared
from krlint.catalogue import builtin_rules
from krlint.diagnostics import Diagnostic, Evidence, Severity
from krlint.engine import FileReport, Linter, Report, RunOptions
from krlint.reporters import FORMATS, ReportContext, renderer
from krlint.reporters.fingerprints import fingerprints
from krlint.reporters.github import escape_data, escape_property

OKRS = """\
objectives:
  - id: O1
    objective: Become the go-to voice on analytics
    key_results:
      - Publish 12 blog posts
      - Host 4 webinars
  - id: O2
    objective: Keep our biggest customers
    key_results:
      - Reduce logo churn from 4% to 2%
      - Raise NPS of admins from 31 to 45
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Report:
    """A real run over two files: one with findings, one clean."""
    folder = tmp_path_factory.mktemp("okrs")
    (folder / "marketing.okrs.yaml").write_text(OKRS, encoding="utf-8")
    (folder / "growth.okrs.yaml").write_text(CLEAN, encoding="utf-8")
    result = Linter(RunOptions()).lint_paths(
        [str(folder / "marketing.okrs.yaml"), str(folder / "growth.okrs.yaml")]
    )
    assert not result.errors
    assert result.files[0].diagnostics and not result.files[1].diagnostics
    return result


def ctx(report: Report, **kw: object) -> ReportContext:
    return ReportContext(rules=report.rules or builtin_rules(), version="9.9.9", **kw)


def rendered(name: str, report: Report, **kw: object) -> str:
    out = io.StringIO()
    renderer(name)(report, out, ctx(report, **kw))
    return out.getvalue()


def awkward() -> Report:
    """Findings that stress escaping and edges: commas, colons, %, newlines, no end, odd code."""
    base = Diagnostic(
        code="K201",
        name="activity-verb",
        severity=Severity.WARNING,
        message='50% done: "Ship, then\nlaunch"',
        path="teams/a,b:c.okrs.yaml",
        line=3,
        column=5,
        end_line=3,
        end_column=9,
        objective_id="O1",
        objective="Grow",
        key_result_id="O1.KR1",
        key_result="Ship X",
        suggestion="Measure adoption\r\ninstead",
        evidence=(Evidence("activity-verb", "Ship", 0, 4),),
    )
    plugin = replace(
        base,
        code="Z999",
        name="plugin-rule",
        severity=Severity.INFO,
        end_line=None,
        end_column=None,
        suggestion=None,
        line=7,
        column=1,
    )
    return Report(
        files=[FileReport(path=base.path, diagnostics=[base, plugin])],
        errors=["missing.yaml: no such file or directory"],
    )


# -- json ------------------------------------------------------------------------------------
def test_json_carries_every_diagnostic_field_and_statistics(report):
    doc = json.loads(rendered("json", report))
    assert doc["schema_version"] == 1
    assert doc["tool"] == {"name": "krlint", "version": "9.9.9"}
    expected = {f.name for f in fields(Diagnostic)} | {"fingerprint"}
    assert [set(d) for d in doc["diagnostics"]] == [expected] * len(report.diagnostics)
    first, original = doc["diagnostics"][0], report.diagnostics[0]
    assert (first["code"], first["line"], first["column"], first["severity"]) == (
        original.code,
        original.line,
        original.column,
        original.severity.label,
    )
    assert all(
        isinstance(e, dict) and {"kind", "text", "start", "end"} == set(e)
        for d in doc["diagnostics"]
        for e in d["evidence"]
    )
    assert [f["path"] for f in doc["files"]] == [f.path for f in report.files]
    marketing, growth = doc["files"]
    assert marketing["problems"] == len(report.files[0].diagnostics)
    assert sum(marketing["by_severity"].values()) == marketing["problems"]
    assert growth["problems"] == 0 and growth["key_results"] == 2
    summary = doc["summary"]
    assert summary["files"] == 2 and summary["problems"] == len(report.diagnostics)
    assert summary["by_severity"]["error"] == report.count(Severity.ERROR) >= 1
    assert summary["key_results"] == 6
    assert summary["exit_code"] == report.exit_code == 1 and summary["failed"] is True
    assert summary["outcome_share"] == round(summary["outcomes"] / 6, 4)
    assert doc["errors"] == []


def test_json_reports_run_errors_and_nulls():
    doc = json.loads(rendered("json", awkward()))
    assert doc["errors"] == ["missing.yaml: no such file or directory"]
    assert doc["summary"]["exit_code"] == 2
    plugin = doc["diagnostics"][1]
    assert plugin["end_line"] is None and plugin["suggestion"] is None
    assert doc["summary"]["outcome_share"] is None  # no key results counted


# -- sarif -----------------------------------------------------------------------------------
def sarif(report: Report) -> dict:
    return json.loads(rendered("sarif", report))


@pytest.mark.parametrize("which", ["real", "awkward"])
def test_sarif_is_valid_against_the_official_schema(report, which):
    import jsonschema

    schema = json.loads(
        require_shared(SARIF_SCHEMA, "the SARIF 2.1.0 schema").read_text(encoding="utf-8")
    )
    doc = sarif(report if which == "real" else awkward())
    jsonschema.validators.validator_for(schema)(schema).validate(doc)


def test_sarif_rules_and_results_have_what_code_scanning_needs(report):
    doc = sarif(report)
    assert doc["version"] == "2.1.0"
    (run,) = doc["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "krlint" and driver["version"] == "9.9.9"
    rules = driver["rules"]
    assert [r["id"] for r in rules] == [s.code for s in report.rules]
    for rule in rules:
        assert rule["name"] and rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    o101 = next(r for r in rules if r["id"] == "O101")
    assert o101["name"] == "output-only-objective"
    assert o101["defaultConfiguration"]["level"] == "error"
    assert len(run["results"]) == len(report.diagnostics)
    for result, d in zip(run["results"], report.diagnostics, strict=True):
        assert result["ruleId"] == d.code == rules[result["ruleIndex"]]["id"]
        assert (
            result["level"]
            == {"error": "error", "warning": "warning", "info": "note"}[d.severity.label]
        )
        assert result["message"]["text"].startswith(d.message)
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert not physical["artifactLocation"]["uri"].startswith("/")
        region = physical["region"]
        assert (region["startLine"], region["startColumn"]) == (d.line, d.column)
        assert (region.get("endLine"), region.get("endColumn")) == (d.end_line, d.end_column)
        assert set(result["partialFingerprints"]) == {"krlint/v1"}
    assert len({r["partialFingerprints"]["krlint/v1"] for r in run["results"]}) == len(
        run["results"]
    )


def test_sarif_uses_relative_uris_and_describes_unknown_codes(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    doc = sarif(awkward())
    (run,) = doc["runs"]
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": "teams/a%2Cb%3Ac.okrs.yaml", "uriBaseId": "%SRCROOT%"}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"
    plugin = run["results"][1]
    assert run["tool"]["driver"]["rules"][plugin["ruleIndex"]]["id"] == "Z999"
    assert "endLine" not in plugin["locations"][0]["physicalLocation"]["region"]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert (
        "missing.yaml" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
    )


def test_sarif_carries_rule_packs_given_as_data(report):
    pack = replace(report.rules[0], code="C900", name="company-rule", summary="Ours.")
    d = replace(report.diagnostics[0], code="C900", name="company-rule")
    run = replace(report, files=[FileReport(path=d.path, diagnostics=[d])])
    out = io.StringIO()
    renderer("sarif")(run, out, ReportContext(rules=(*report.rules, pack)))
    (sarif_run,) = json.loads(out.getvalue())["runs"]
    rule = sarif_run["tool"]["driver"]["rules"][sarif_run["results"][0]["ruleIndex"]]
    assert rule["id"] == "C900" and rule["shortDescription"]["text"] == "Ours."


# -- github ----------------------------------------------------------------------------------
def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Split a workflow command the way the Actions runner does."""
    assert line.startswith("::")
    head, message = line[2:].split("::", 1)
    command, _, props = head.partition(" ")
    pairs = dict(p.split("=", 1) for p in props.split(","))
    return command, pairs, message


def unescape(value: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(code, char)
    return value


def test_github_annotations_one_per_finding(report):
    lines = rendered("github", report).splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert len(commands) == len(report.diagnostics)
    for line, d in zip(commands, report.diagnostics, strict=True):
        command, props, message = parse_command(line)
        assert (
            command == {"error": "error", "warning": "warning", "info": "notice"}[d.severity.label]
        )
        assert unescape(props["file"]) == d.path
        assert (int(props["line"]), int(props["col"])) == (d.line, d.column)
        assert (int(props["endLine"]), int(props["endColumn"])) == (d.end_line, d.end_column)
        assert unescape(props["title"]) == f"{d.code} {d.name}"
        assert unescape(message).startswith(d.message)
    assert "\n" not in "".join(commands)


def test_github_escapes_properties_and_message():
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    lines = rendered("github", awkward(), quiet=True).splitlines()
    assert len(lines) == 2  # quiet: no summary line
    command, props, message = parse_command(lines[0])
    assert props["file"] == "teams/a%2Cb%3Ac.okrs.yaml"
    assert unescape(props["file"]) == "teams/a,b:c.okrs.yaml"
    # CRLF in a text becomes LF (krlint.reporters.sanitize.block); the newlines stay encoded
    assert unescape(message) == '50% done: "Ship, then\nlaunch"\nMeasure adoption\ninstead'
    command, props, _ = parse_command(lines[1])
    assert command == "notice" and "endLine" not in props and "endColumn" not in props


# -- junit -----------------------------------------------------------------------------------
def test_junit_suite_per_file_case_per_finding_failures_only_at_fail_on(report):
    root = ET.fromstring(rendered("junit", report))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [f.path for f in report.files]
    for suite, file in zip(suites, report.files, strict=True):
        cases = suite.findall("testcase")
        failing = [c for c in cases if c.find("failure") is not None]
        assert int(suite.get("tests")) == len(cases) == max(len(file.diagnostics), 1)
        errors = [d for d in file.diagnostics if d.severity >= file.fail_on]
        assert int(suite.get("failures")) == len(failing) == len(errors)
        for case, d in zip(failing, errors, strict=True):
            failure = case.find("failure")
            assert failure.get("message") == d.message
            assert d.code in failure.get("type") and f"{d.line}:{d.column}" in failure.text
        passing = [c for c in cases if c.find("failure") is None]
        warnings = [d for d in file.diagnostics if d.severity < file.fail_on]
        for case, d in zip(
            [c for c in passing if c.find("system-out") is not None], warnings, strict=True
        ):  # warnings and infos are shown, not failed
            assert case.find("system-out").text.startswith(f"{d.severity.label}: {d.path}:")
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites)
    assert (
        int(root.get("failures"))
        == sum(1 for f in report.files for d in f.diagnostics if d.severity >= f.fail_on)
        >= 1
    )
    assert root.get("errors") == "0"


def test_junit_fails_warnings_when_fail_on_says_so(report):
    strict = replace(report, files=[replace(f, fail_on=Severity.INFO) for f in report.files])
    root = ET.fromstring(rendered("junit", strict))
    assert int(root.get("failures")) == len(report.diagnostics)


def test_junit_escapes_text_and_reports_run_errors():
    root = ET.fromstring(rendered("junit", awkward()))
    first = root.find("testsuite/testcase/system-out")  # a warning: shown, not failed
    assert '50% done: "Ship, then\nlaunch"' in first.text
    error_suite = root.findall("testsuite")[-1]
    assert error_suite.get("name") == "krlint" and error_suite.get("errors") == "1"
    assert root.get("errors") == "1"
    assert "missing.yaml" in error_suite.find("testcase/error").get("message")


# -- gitlab ----------------------------------------------------------------------------------
def test_gitlab_code_quality_fields(report):
    issues = json.loads(rendered("gitlab", report))
    assert isinstance(issues, list) and len(issues) == len(report.diagnostics)
    for issue, d in zip(issues, report.diagnostics, strict=True):
        assert d.message in issue["description"]
        assert issue["check_name"].startswith(d.code)
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["path"] == d.path.replace("\\", "/")
        assert issue["location"]["lines"]["begin"] == d.line
        assert isinstance(issue["fingerprint"], str) and len(issue["fingerprint"]) >= 16
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    severities = {
        d.severity: i["severity"] for i, d in zip(issues, report.diagnostics, strict=True)
    }
    assert severities[Severity.ERROR] == "major" and severities[Severity.WARNING] == "minor"


def test_fingerprints_stable_across_line_moves_and_distinct_for_twins():
    (d, _plugin) = awkward().files[0].diagnostics
    moved = replace(d, line=d.line + 10, end_line=(d.end_line or 0) + 10)
    assert fingerprints([d]) == fingerprints([moved])
    twin_a, twin_b = fingerprints([d, d])
    assert twin_a != twin_b
    assert fingerprints([replace(d, path="other.yaml")]) != fingerprints([d])


# -- the registry ----------------------------------------------------------------------------
def test_every_format_renders_an_empty_report():
    empty = Report()
    for name in FORMATS:
        out = io.StringIO()
        renderer(name)(empty, out, ReportContext(rules=builtin_rules()))
        assert isinstance(out.getvalue(), str)
    assert json.loads(rendered("gitlab", empty)) == []
    assert json.loads(rendered("json", empty))["summary"]["problems"] == 0
    assert ET.fromstring(rendered("junit", empty)).get("tests") == "0"


def test_reporters_do_not_import_rules():
    """No reporter knows rules: they get rule metadata only as data (ReportContext.rules)."""
    folder = Path(__file__).resolve().parents[1] / "src" / "krlint" / "reporters"
    for module in folder.glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "krlint.checks" not in text and "builtin_rules" not in text, module.name


def test_report_carries_the_catalogue_in_force_including_rule_packs(tmp_path):
    (tmp_path / "company-rules").mkdir()
    (tmp_path / "company-rules" / "C900.yaml").write_text(
        "code: C900\nname: company-rule\nseverity: info\nkind: lexicon\n"
        "params: {terms: [synergy]}\n"
        "summary: A rule from the company's own pack.\n",
        encoding="utf-8",
    )
    (tmp_path / ".krlint.yaml").write_text("rule-dirs: [company-rules]\n", encoding="utf-8")
    (tmp_path / "okrs.yaml").write_text(CLEAN, encoding="utf-8")
    result = Linter(RunOptions()).lint_paths([str(tmp_path / "okrs.yaml")])
    assert not result.errors, result.errors
    codes = [spec.code for spec in result.rules]
    assert "C900" in codes and "O101" in codes and codes == sorted(codes)
    (run,) = json.loads(rendered("sarif", result))["runs"]
    (pack,) = [r for r in run["tool"]["driver"]["rules"] if r["id"] == "C900"]
    assert pack["shortDescription"]["text"] == "A rule from the company's own pack."
    assert pack["defaultConfiguration"]["level"] == "note"
