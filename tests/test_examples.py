"""The files in examples/ are what a new user runs first; they must do what the README says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from krlint.catalogue import builtin_rules
from krlint.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]\d{3}) \[")


def check(name: str, *args: str):
    return CliRunner().invoke(
        app, ["check", "-o", "concise", *args, str(EXAMPLES / name)], env={"NO_COLOR": "1"}
    )


def findings(result) -> list[tuple[int, str]]:
    return [(int(m["line"]), m["code"]) for m in map(LINE.match, result.stdout.splitlines()) if m]


def test_good_lints_clean_with_no_findings_at_all() -> None:
    result = check("good.yaml", "--fail-on", "info")
    assert result.exit_code == 0
    assert result.stdout == ""


@pytest.fixture(scope="module")
def bad() -> list[tuple[int, str]]:
    result = check("bad.yaml")
    assert result.exit_code == 1
    assert result.stderr == ""
    return findings(result)


# F005 (resource-limit) is left out: what trips it (an alias bomb, deep nesting) refuses the
# whole document, which would hide the other rules' findings here; tests/bad_inputs.py has it.
# F006 (not-read-as-okrs) and O108 (no-key-results-read) are about Markdown, and bad.yaml is
# YAML: their own Markdown examples in rules/ are run by tests/test_catalogue.py.
@pytest.mark.parametrize(
    "code",
    [
        s.code
        for s in builtin_rules()
        if s.kind in ("builtin", "reader") and s.code not in ("F005", "F006", "O108")
    ],
)
def test_bad_fires_every_rule(bad: list[tuple[int, str]], code: str) -> None:
    assert code in {c for _, c in bad}


def test_bad_syntax_error_is_last_and_earlier_documents_are_linted(bad) -> None:
    text = (EXAMPLES / "bad.yaml").read_text().splitlines()
    separator = text.index("---") + 1
    assert bad[-1][1] == "F001" and bad[-1][0] > separator
    assert all(line < separator for line, code in bad if code != "F001")


def test_okrs_names_its_output_only_objective() -> None:
    text = (EXAMPLES / "okrs.yaml").read_text().splitlines()
    result = check("okrs.yaml")
    assert result.exit_code == 1
    o101 = [line for line, code in findings(result) if code == "O101"]
    assert len(o101) == 1
    assert "objective: Become the go-to voice on product analytics" in text[o101[0] - 1]
    text_format = CliRunner().invoke(
        app, ["check", str(EXAMPLES / "okrs.yaml")], env={"NO_COLOR": "1"}
    )
    assert (
        f"{o101[0]}:16" in text_format.stdout and "O101 output-only-objective" in text_format.stdout
    )
