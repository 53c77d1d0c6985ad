"""CLI conveniences the ecosystem expects: --output-file, --statistics, --quiet, --exit-zero,
--show-source, the GitHub Actions default format and the progress bar."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CLEAN
from krlint.cli import app
from krlint.progress import MIN_FILES, ProgressBar, wanted

OUTPUTS = """\
objectives:
  - objective: Become the go-to voice on analytics
    key_results:
      - Publish 12 blog posts
      - Host 4 webinars
      - Publish 6 case studies
"""


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch):
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def files(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.okrs.yaml").write_text(OUTPUTS, encoding="utf-8")
    (tmp_path / "clean.okrs.yaml").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["check", *args], env=env)


# -- --output-file ---------------------------------------------------------------------------
def test_output_file_gets_the_findings_and_the_exit_code_stays(files):
    result = run("bad.okrs.yaml", "-o", "json", "--output-file", "report.json")
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    doc = json.loads((files / "report.json").read_text(encoding="utf-8"))
    assert {d["code"] for d in doc["diagnostics"]} >= {"O101"}


def test_output_file_in_text_format_has_no_colour_codes(files, monkeypatch):
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert run("bad.okrs.yaml", "--output-file", "report.txt").exit_code == 1
    text = (files / "report.txt").read_text(encoding="utf-8")
    assert "O101" in text and "\x1b[" not in text


@pytest.mark.parametrize("target", ["missing-dir/report.json", "."])
def test_output_file_that_cannot_be_written_is_one_line_and_exit_2(files, target):
    result = run("bad.okrs.yaml", "--output-file", target)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("krlint: error: cannot write --output-file")
    assert target.split("/")[0] in lines[0]


# -- --statistics ----------------------------------------------------------------------------
def test_statistics_counts_per_rule_most_frequent_first(files):
    result = run("bad.okrs.yaml", "clean.okrs.yaml", "--statistics")
    assert result.exit_code == 1
    rows = [
        re.match(r"\s*(\d+)\s+([A-Z]\d{3})\s+(\S+)\s+\[(\w+)\]$", line)
        for line in result.stdout.splitlines()[:-1]
    ]
    assert all(rows), result.stdout
    counts = [(int(m[1]), m[2]) for m in rows if m]
    assert counts == sorted(counts, key=lambda c: (-c[0], c[1]))
    detailed = json.loads(run("bad.okrs.yaml", "clean.okrs.yaml", "-o", "json").stdout)
    expected: dict[str, int] = {}
    for d in detailed["diagnostics"]:
        expected[d["code"]] = expected.get(d["code"], 0) + 1
    assert dict((code, n) for n, code in counts) == expected
    assert result.stdout.splitlines()[-1] == f"Found {sum(expected.values())} problems."


def test_statistics_as_json_and_refused_for_other_formats(files):
    result = run("bad.okrs.yaml", "--statistics", "-o", "json")
    rows = json.loads(result.stdout)
    assert {"code", "name", "count", "severity"} == set(rows[0])
    assert [r["count"] for r in rows] == sorted((r["count"] for r in rows), reverse=True)
    refused = run("bad.okrs.yaml", "--statistics", "-o", "sarif")
    assert refused.exit_code == 2 and "--statistics" in refused.stderr


# -- --quiet, --exit-zero, --show-source -----------------------------------------------------
def test_quiet_prints_findings_only(files):
    loud = run("bad.okrs.yaml")
    quiet = run("bad.okrs.yaml", "--quiet")
    assert "problems" in loud.stdout.splitlines()[-1]
    assert "O101" in quiet.stdout and "problems" not in quiet.stdout.splitlines()[-1]
    assert run("clean.okrs.yaml", "-q").stdout.strip() == ""
    assert run("clean.okrs.yaml").stdout.strip().startswith("No problems")


def test_exit_zero_turns_findings_into_success_but_not_failures(files):
    assert run("bad.okrs.yaml").exit_code == 1
    assert run("bad.okrs.yaml", "--exit-zero").exit_code == 0
    assert run("bad.okrs.yaml", "missing.yaml", "--exit-zero").exit_code == 2


def test_show_source_quotes_the_key_result(files):
    shown = run("bad.okrs.yaml", "--select", "K2").stdout
    hidden = run("bad.okrs.yaml", "--select", "K2", "--no-show-source").stdout
    assert "│ Publish 12 blog posts" in shown
    findings = [line for line in hidden.splitlines() if re.search(r" K2\d\d ", line)]
    assert findings and "│" not in hidden


# -- GitHub Actions --------------------------------------------------------------------------
def test_github_format_is_the_default_inside_github_actions(files):
    inside = run("bad.okrs.yaml", env={"GITHUB_ACTIONS": "true"})
    assert inside.exit_code == 1
    assert any(
        line.startswith("::error file=bad.okrs.yaml,line=") for line in inside.stdout.splitlines()
    )
    explicit = run("bad.okrs.yaml", "-o", "concise", env={"GITHUB_ACTIONS": "true"})
    assert not explicit.stdout.startswith("::")
    outside = run("bad.okrs.yaml", env={"GITHUB_ACTIONS": "false"})
    assert "::" not in outside.stdout


# -- the progress bar ------------------------------------------------------------------------
class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_not_when_quiet():
    assert wanted(Terminal()) and not wanted(Terminal(), quiet=True)
    assert not wanted(io.StringIO())


def test_progress_bar_only_for_many_files():
    few, many = Terminal(), Terminal()
    with ProgressBar(few, color=False) as bar:
        for done in range(2 * (MIN_FILES - 1) + 1):
            bar(done, 2 * (MIN_FILES - 1))
    with ProgressBar(many, color=False) as bar:
        for done in range(2 * MIN_FILES + 1):
            bar(done, 2 * MIN_FILES)
    assert few.getvalue() == ""
    assert f"{MIN_FILES}/{MIN_FILES}" in many.getvalue()


def test_no_progress_output_when_stderr_is_not_a_terminal(files):
    for i in range(MIN_FILES + 1):
        (files / f"t{i}.okrs.yaml").write_text(CLEAN, encoding="utf-8")
    result = run(*(f"t{i}.okrs.yaml" for i in range(MIN_FILES + 1)), "-o", "concise")
    assert result.exit_code == 0 and result.stderr == ""
