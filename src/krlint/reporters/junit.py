"""`--output-format junit`: JUnit XML, for CI systems that show test reports (GitLab, Jenkins,
Azure, CircleCI).

One `<testsuite>` per linted file and one `<testcase>` per finding. A finding at or above the
file's `fail-on` level (the ones that make the exit code 1) is a `<failure>`; a finding below it
(by default every warning and info) is a passing test case whose text is in `<system-out>`, so
the report fails exactly when the run does. A file without findings gets one passing test case
so it still shows up as checked. Problems that stopped krlint from doing its job become
`<error>`s of a `krlint` suite.

Only elements and attributes that both GitLab's JUnit parser and the Jenkins JUnit schema
(jenkinsci/xunit-plugin, `junit-10.xsd`) accept are written: a test case has `name`,
`classname` and `time` — not `file` or `line`, which that schema rejects — so the location is
in the test case's name and text. Every text passes `krlint.reporters.sanitize` (the report was
sanitised on its way here), so no character XML 1.0 forbids reaches the document.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TextIO

from krlint.diagnostics import Diagnostic, Severity
from krlint.report import FileReport, Report, Tally
from krlint.reporters import Out, ReportContext, write_whole
from krlint.reporters.spool import Spool


def _text(d: Diagnostic) -> str:
    body = [f"{d.path}:{d.line}:{d.column}: {d.code} [{d.name}] {d.message}"]
    if d.key_result:
        body.append(f"key result: {d.key_result}")
    elif d.objective:
        body.append(f"objective: {d.objective}")
    if d.suggestion:
        body.append(d.suggestion)
    return "\n".join(body)


def _case(suite: ET.Element, d: Diagnostic, fail_on: Severity) -> bool:
    """Add the finding's test case; True when it is a failure."""
    case = ET.SubElement(
        suite,
        "testcase",
        name=f"{d.code} {d.name} at {d.line}:{d.column}",
        classname=d.path,
        time="0",
    )
    if d.severity >= fail_on:
        failure = ET.SubElement(
            case, "failure", message=d.message, type=f"{d.severity.label} {d.code}"
        )
        failure.text = _text(d)
        return True
    ET.SubElement(case, "system-out").text = f"{d.severity.label}: {_text(d)}"
    return False


def _suite(f: FileReport) -> tuple[ET.Element, int, int]:
    """A file's `<testsuite>`, its number of test cases and of failures."""
    suite = ET.Element("testsuite", name=f.path, file=f.path, errors="0", skipped="0", time="0")
    failed = sum(_case(suite, d, f.fail_on) for d in f.diagnostics)
    if not f.diagnostics:
        ET.SubElement(suite, "testcase", name="krlint", classname=f.path, time="0")
    suite.set("tests", str(max(len(f.diagnostics), 1)))
    suite.set("failures", str(failed))
    return suite, max(len(f.diagnostics), 1), failed


def _errors(errors: list[str]) -> ET.Element:
    suite = ET.Element(
        "testsuite",
        name="krlint",
        tests=str(len(errors)),
        failures="0",
        errors=str(len(errors)),
        skipped="0",
        time="0",
    )
    for i, message in enumerate(errors, 1):
        case = ET.SubElement(
            suite, "testcase", name=f"krlint error {i}", classname="krlint", time="0"
        )
        ET.SubElement(case, "error", message=message, type="krlint").text = message
    return suite


SPOOLED = "krlint-spooled-suites"


class Writer:
    """Each file's `<testsuite>` is laid out (indented as `ET.indent` does the whole tree) and
    spooled as the file goes by; the root, which carries the totals, is written at the end."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self.suites = Spool()
        self.count = 0
        self.tests = self.failures = 0

    def _add(self, suite: ET.Element) -> None:
        ET.indent(suite, level=1)
        self.suites.write(("\n  " if self.count else "") + ET.tostring(suite, encoding="unicode"))
        self.count += 1

    def file(self, file: FileReport, out: Out) -> None:
        suite, tests, failed = _suite(file)
        self._add(suite)
        self.tests += tests
        self.failures += failed

    def end(self, report: Report, tally: Tally, out: Out) -> None:
        errors = len(report.errors)
        if errors:
            self._add(_errors(list(report.errors)))
        root = ET.Element("testsuites", name="krlint")
        root.set("tests", str(self.tests + errors))
        root.set("failures", str(self.failures))
        root.set("errors", str(errors))
        root.set("time", "0")
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        if not self.count:
            out.write(ET.tostring(root, encoding="unicode"))
        else:
            root.text = "\n  "
            ET.SubElement(root, SPOOLED).tail = "\n"
            head, tail = ET.tostring(root, encoding="unicode").split(f"<{SPOOLED} />")
            out.write(head)
            self.suites.copy_to(out)
            out.write(tail)
        out.write("\n")
        self.suites.close()


def render(report: Report, out: TextIO, ctx: ReportContext) -> None:
    write_whole(Writer(ctx), report, out)
