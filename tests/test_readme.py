"""The README is the manual: its rule table, config keys and examples must match the code."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

from krlint import config as config_mod
from krlint.catalogue import builtin_rules

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def section(title: str) -> str:
    """The text of a `## ` section (up to the next `## `)."""
    match = re.search(
        rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.MULTILINE | re.DOTALL
    )
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def table_rows(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        if line.startswith("|") and not set(line) <= set("|-: "):
            rows.append([cell.strip().strip("`") for cell in line.strip().strip("|").split("|")])
    return rows[1:]  # without the header


def test_quick_start_has_exactly_the_two_setup_commands() -> None:
    blocks = [(lang, body.strip()) for lang, body in FENCE.findall(section("Quick start"))]
    commands = [body for lang, body in blocks if lang != "text"]
    assert commands == [
        "pip install . && krlint check examples/okrs.yaml",
        'pip install -e ".[test]" && pytest',
    ]


def test_quick_start_says_it_needs_a_virtual_environment_and_how_to_make_one() -> None:
    text = section("Quick start")
    assert "virtual environment" in text
    assert "`python3 -m venv .venv && . .venv/bin/activate`" in text


def test_rule_table_matches_the_catalogue() -> None:
    rows = {
        row[0]: row for row in table_rows(section("Rules")) if re.match(r"^[A-Z]\d{3}$", row[0])
    }
    expected = {
        s.code: [s.code, s.name, s.severity.label, " ".join(s.summary.split())]
        for s in builtin_rules()
    }
    assert sorted(rows) == sorted(expected), "README rule table and rules/ list different codes"
    for code, row in expected.items():
        assert rows[code] == row, f"README row for {code} differs from rules/{code}.yaml"


def test_every_config_key_is_documented() -> None:
    text = section("Configuration")
    documented = {row[0] for row in table_rows(text)}
    assert documented == set(config_mod._KEYS)
    for key in config_mod._LEXICON_KEYS:
        assert f"`{key}`" in text


def test_config_examples_are_valid(tmp_path: Path) -> None:
    blocks = dict((lang, body) for lang, body in FENCE.findall(section("Configuration")))
    toml = tomllib.loads(blocks["toml"])["tool"]["krlint"]
    from_toml = config_mod.parse(toml, "README [tool.krlint]")
    from_yaml = config_mod.parse(yaml.safe_load(blocks["yaml"]), "README .krlint.yaml")
    assert from_toml.fail_on.label == "warning" and from_yaml.include == ("okrs/",)
    (tmp_path / "pyproject.toml").write_text(blocks["toml"])
    (tmp_path / "okrs.yaml").write_text(
        "objectives:\n  - objective: Grow\n    key_results: [Reach 50 customers]\n"
    )
    from krlint.engine import Linter

    config_mod.discover.cache_clear()
    report = Linter().lint_paths([str(tmp_path / "okrs.yaml")])
    assert not report.errors
    assert [(d.code, d.severity.label) for d in report.diagnostics if d.code == "K205"] == [
        ("K205", "warning")
    ]


@pytest.mark.parametrize(
    "title", ["What krlint judges", "The OKR file format", "Exit codes", "Commands"]
)
def test_sections_exist(title: str) -> None:
    assert section(title).strip()


def test_format_example_lints_clean_of_reader_errors(lint) -> None:
    [body] = [b for lang, b in FENCE.findall(section("The OKR file format")) if lang == "yaml"]
    assert lint(body, "F001", "F002", "F003", "F004") == []
