"""JUnit output against what Jenkins and GitLab accept (issue 14, item 8).

The schema below is written down from the Jenkins xUnit plugin's `junit-10.xsd`
(github.com/jenkinsci/xunit-plugin, src/main/resources/org/jenkinsci/plugins/xunit/types/model/
xsd/junit-10.xsd, MIT licence) — the "common Jenkins JUnit schema" reports are checked against —
as plain data, not a copy of the file: for each element, the attributes it may have, those it
must have, and the children it may hold. GitLab's parser (doc: ci/testing/unit_test_reports)
reads `testsuite`/`testcase` with `name`, `classname`, `time`, and a `failure`, `error` or
`skipped` child; a test case with none of them is a success. What both accept is what krlint
writes, and a warning is never a failure unless `fail-on` says so.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from krlint.catalogue import builtin_rules
from krlint.engine import Linter, RunOptions
from krlint.reporters import ReportContext, renderer


@dataclass(frozen=True)
class Element:
    attributes: frozenset[str]
    required: frozenset[str] = frozenset()
    children: frozenset[str] = frozenset()
    text: bool = False  # mixed content or a string type


def _e(attributes: str, required: str = "", children: str = "", text: bool = False) -> Element:
    return Element(
        frozenset(attributes.split()),
        frozenset(required.split()),
        frozenset(children.split()),
        text,
    )


# junit-10.xsd, element by element
SCHEMA = {
    "testsuites": _e("name time tests failures errors", children="testsuite"),
    "testsuite": _e(
        "name tests failures errors group time skipped timestamp hostname id package file log url",
        required="name tests failures errors",
        children="testsuite properties testcase system-out system-err",
    ),
    "testcase": _e(
        "name time classname group",
        required="name",
        children="skipped error failure rerunFailure rerunError flakyFailure "
        "flakyError system-out system-err",
    ),
    "failure": _e("type message", text=True),
    "error": _e("type message", text=True),
    "skipped": _e("type message", text=True),
    "properties": _e("", children="property"),
    "property": _e("name value", required="name value"),
    "system-out": _e("", text=True),
    "system-err": _e("", text=True),
}
SUREFIRE_TIME = re.compile(r"(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]*)?")


def violations(element: ET.Element, path: str = "") -> list[str]:
    where = f"{path}/{element.tag}"
    spec = SCHEMA.get(element.tag)
    if spec is None:
        return [f"{where}: element not in the schema"]
    found = [
        f"{where}: attribute '{a}' not allowed" for a in element.attrib if a not in spec.attributes
    ]
    found += [f"{where}: attribute '{a}' missing" for a in spec.required if a not in element.attrib]
    if (
        element.tag in ("testsuite", "testsuites")
        and "time" in element.attrib
        and not SUREFIRE_TIME.fullmatch(element.attrib["time"])
    ):
        found.append(f"{where}: time {element.attrib['time']!r} is not a SUREFIRE_TIME")
    if not spec.text and (element.text or "").strip():
        found.append(f"{where}: text not allowed")
    for child in element:
        if child.tag not in spec.children:
            found.append(f"{where}: child <{child.tag}> not allowed")
        found += violations(child, where)
    return found


OKRS = """\
objectives:
  - objective: Become the go-to voice on analytics
    key_results:
      - Publish 12 blog posts
      - Host 4 webinars
  - objective: Keep our biggest customers
    key_results:
      - Reduce logo churn from 4% to 2%
      - Raise NPS of admins from 31 to 45
"""


def junit(tmp_path: Path, **options: object) -> ET.Element:
    (tmp_path / "okrs.yaml").write_text(OKRS, encoding="utf-8")
    (tmp_path / "growth.okrs.yaml").write_text(
        "objectives:\n  - objective: Grow\n    key_results:\n"
        "      - Increase week-1 activation from 32% to 45%\n"
        "      - Reduce churn from 4% to 2%\n",
        encoding="utf-8",
    )
    report = Linter(RunOptions(**options)).lint_paths(  # type: ignore[arg-type]
        [
            str(tmp_path / "okrs.yaml"),
            str(tmp_path / "growth.okrs.yaml"),
            str(tmp_path / "missing.yaml"),
        ]
    )
    out = io.StringIO()
    renderer("junit")(report, out, ReportContext(rules=builtin_rules()))
    return ET.fromstring(out.getvalue())


def test_the_schema_check_rejects_what_jenkins_rejects() -> None:
    bad = ET.fromstring(
        '<testsuites><testsuite name="a" tests="1" failures="0" errors="0">'
        '<testcase name="x" file="okrs.yaml" line="3"/></testsuite>'
        "</testsuites>"
    )
    assert violations(bad) == [
        "/testsuites/testsuite/testcase: attribute 'file' not allowed",
        "/testsuites/testsuite/testcase: attribute 'line' not allowed",
    ]


def test_junit_output_is_valid_against_the_jenkins_schema(tmp_path: Path) -> None:
    root = junit(tmp_path)
    assert violations(root) == []


def test_warnings_and_infos_are_not_failures(tmp_path: Path) -> None:
    root = junit(tmp_path)
    cases = root.findall("testsuite/testcase")
    failed = [c for c in cases if c.find("failure") is not None]
    assert [c.get("name").split(" ")[0] for c in failed] == ["O101"]  # the one error
    shown = [c for c in cases if c.find("system-out") is not None]
    assert shown and all(
        c.find("system-out").text.startswith(("warning: ", "info: ")) for c in shown
    )
    assert root.get("failures") == "1" and root.get("errors") == "1"  # missing.yaml


@pytest.mark.parametrize("fail_on", ["warning", "info"])
def test_fail_on_decides_what_fails(tmp_path: Path, fail_on: str) -> None:
    from krlint.diagnostics import Severity

    root = junit(tmp_path, fail_on=Severity.parse(fail_on))
    cases = root.findall("testsuite/testcase")
    levels = [
        c.find("failure").get("type").split(" ")[0] for c in cases if c.find("failure") is not None
    ]
    assert levels.count("warning") == 2 and "error" in levels
    shown = [
        c.find("system-out").text.split(":")[0] for c in cases if c.find("system-out") is not None
    ]
    assert all(level == "info" for level in shown) and (fail_on == "warning" or not shown)
