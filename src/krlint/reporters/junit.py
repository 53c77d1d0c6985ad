"""`--output-format junit`: JUnit XML, for CI systems that show test reports (GitLab, Jenkins,
Azure, CircleCI).

One `<testsuite>` per linted file; each finding is a failing `<testcase>`; a file without
findings gets one passing test case so it still shows up as checked. Problems that stopped krlint
from doing its job become `<error>`s of a `krlint` suite.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TextIO

from krlint.diagnostics import Diagnostic
from krlint.engine import Report
from krlint.reporters import ReportContext


def _case(suite: ET.Element, d: Diagnostic) -> None:
    case = ET.SubElement(suite, "testcase", name=f"{d.code} {d.name} at {d.line}:{d.column}",
                         classname=d.path, file=d.path, line=str(d.line), time="0")
    failure = ET.SubElement(case, "failure", message=d.message, type=f"{d.severity.label} "
                                                                     f"{d.code}")
    body = [f"{d.path}:{d.line}:{d.column}: {d.code} [{d.name}] {d.message}"]
    if d.key_result:
        body.append(f"key result: {d.key_result}")
    elif d.objective:
        body.append(f"objective: {d.objective}")
    if d.suggestion:
        body.append(d.suggestion)
    failure.text = "\n".join(body)


def document(report: Report) -> ET.Element:
    root = ET.Element("testsuites", name="krlint")
    tests = failures = errors = 0
    for f in report.files:
        suite = ET.SubElement(root, "testsuite", name=f.path, file=f.path, errors="0",
                              skipped="0", time="0")
        for d in f.diagnostics:
            _case(suite, d)
        if not f.diagnostics:
            ET.SubElement(suite, "testcase", name="krlint", classname=f.path, file=f.path,
                          time="0")
        suite.set("tests", str(max(len(f.diagnostics), 1)))
        suite.set("failures", str(len(f.diagnostics)))
        tests += max(len(f.diagnostics), 1)
        failures += len(f.diagnostics)
    if report.errors:
        suite = ET.SubElement(root, "testsuite", name="krlint", tests=str(len(report.errors)),
                              failures="0", errors=str(len(report.errors)), skipped="0",
                              time="0")
        for i, message in enumerate(report.errors, 1):
            case = ET.SubElement(suite, "testcase", name=f"krlint error {i}", classname="krlint",
                                 time="0")
            ET.SubElement(case, "error", message=message, type="krlint").text = message
        tests += len(report.errors)
        errors += len(report.errors)
    root.set("tests", str(tests))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    return root


def render(report: Report, out: TextIO, ctx: ReportContext) -> None:
    tree = ET.ElementTree(document(report))
    ET.indent(tree)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    tree.write(out, encoding="unicode", xml_declaration=False)
    out.write("\n")
