"""Configuration: discovery upward, strict keys, severities, selection — and the CLI's overrides."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from krlint.cli import app
from krlint.config import ConfigError, discover, parse
from krlint.engine import Linter

OKRS = """\
objectives:
  - objective: Make onboarding effortless
    key_results:
      - Launch the onboarding checklist
      - Increase week-1 activation to 45%
"""


@pytest.fixture(autouse=True)
def _fresh_discovery():
    discover.cache_clear()
    yield
    discover.cache_clear()


def codes(report) -> list[tuple[str, str]]:
    return [(d.code, d.severity.label) for d in report.diagnostics]


def tree(tmp_path: Path) -> Path:
    """repo/team/q1/okrs.yaml, config written by each test somewhere above it."""
    folder = tmp_path / "repo" / "team" / "q1"
    folder.mkdir(parents=True)
    (folder / "okrs.yaml").write_text(OKRS)
    return folder / "okrs.yaml"


def test_pyproject_tool_krlint_found_upward(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (tmp_path / "repo" / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.krlint]\nselect = ["K205"]\n'
    )
    assert codes(Linter().lint_paths([str(okrs)])) == [("K205", "info")]


def test_pyproject_without_a_krlint_section_is_skipped(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (tmp_path / "repo" / ".krlint.yaml").write_text("select: [K201]\n")
    (tmp_path / "repo" / "team" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert codes(Linter().lint_paths([str(okrs)])) == [("K201", "warning")]


def test_nearest_config_wins(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (tmp_path / "repo" / ".krlint.yaml").write_text("select: [K201]\n")
    (tmp_path / "repo" / "team" / ".krlint.yaml").write_text("select: [K205]\n")
    assert codes(Linter().lint_paths([str(okrs)])) == [("K205", "info")]


def test_per_rule_severity_by_code_and_by_name(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (tmp_path / ".krlint.yaml").write_text(
        "select: [K201, K205]\nseverity: {K201: error, no-baseline: warning}\n"
    )
    report = Linter().lint_paths([str(okrs)])
    assert codes(report) == [("K201", "error"), ("K205", "warning")]
    assert report.exit_code == 1


def test_fail_on_from_config(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (tmp_path / ".krlint.yaml").write_text("select: [K201]\nfail-on: warning\n")
    assert Linter().lint_paths([str(okrs)]).exit_code == 1
    (tmp_path / ".krlint.yaml").write_text("select: [K201]\nfail-on: error\n")
    discover.cache_clear()
    assert Linter().lint_paths([str(okrs)]).exit_code == 0


def test_ignore_and_per_file_ignores(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (tmp_path / ".krlint.yaml").write_text(
        "select: [K]\nignore: [activity-verb]\nper-file-ignores: {'repo/team/*': [K205]}\n"
    )
    assert codes(Linter().lint_paths([str(okrs)])) == []


def test_exclude_skips_files_found_in_a_directory(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (okrs.parent / "old.yaml").write_text(OKRS)
    (tmp_path / ".krlint.yaml").write_text("select: [K201]\nexclude: ['old.yaml']\n")
    report = Linter().lint_paths([str(tmp_path / "repo")])
    assert [Path(f.path).name for f in report.files] == ["okrs.yaml"]


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({"selct": ["K201"]}, "'selct'"),
        ({"fail-on": "fatal"}, "'fail-on'"),
        ({"severity": {"K201": "loud"}}, "'severity.K201'"),
        ({"max-key-results": "five"}, "'max-key-results'"),
        ({"select": 3}, "'select'"),
        ({"lexicon": {"verbs": ["ship"]}}, "'lexicon.verbs'"),
        ({"nlp": {"modle": "x"}}, "'nlp'"),
    ],
)
def test_bad_config_names_the_key(data: dict, named: str) -> None:
    with pytest.raises(ConfigError) as error:
        parse(data, "cfg.yaml")
    assert named in str(error.value) and str(error.value).startswith("cfg.yaml: ")


def test_unknown_key_suggests_the_right_one() -> None:
    with pytest.raises(ConfigError, match=r"unknown key 'fail_on' \(did you mean 'fail-on'\?\)"):
        parse({"fail_on": "error"}, "cfg.yaml")


def test_every_documented_key_is_accepted() -> None:
    config = parse(
        {
            "select": ["ALL"],
            "ignore": ["K207"],
            "extend-select": ["K208"],
            "severity": {"K201": "error"},
            "fail-on": "warning",
            "per-file-ignores": {"x/*": ["K205"]},
            "exclude": ["old/"],
            "include": ["okrs/"],
            "max-key-results": 4,
            "min-key-results": 1,
            "rule-dirs": [],
            "lexicon": {"activity-verbs": ["sunset"]},
            "nlp": {"model": None},
            "rules": {"O105": {"threshold": 0.6}},
        },
        "cfg.yaml",
    )
    assert config.rule_options == {
        "O103": {"max": 4},
        "O104": {"min": 1},
        "O105": {"threshold": 0.6},
    }
    assert config.include == ("okrs/",)


# -- through the command line: one line on stderr naming the key, exit 2 ----------------------


def run(args: list[str]):
    return CliRunner().invoke(app, args)


def test_cli_unknown_config_key_exit_2(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (tmp_path / ".krlint.yaml").write_text("ignroe: [K201]\n")
    result = run(["check", str(okrs)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "'ignroe'" in lines[0] and ".krlint.yaml" in lines[0]
    assert result.stdout == ""


def test_cli_bad_severity_value_exit_2(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.krlint]\nseverity = {K201 = "fatal"}\n')
    result = run(["check", str(okrs)])
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "'severity.K201'" in line and "[tool.krlint]" in line


def test_cli_explicit_config(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (tmp_path / "other.yaml").write_text("select: [K205]\n")
    result = run(["check", "-o", "concise", "--config", str(tmp_path / "other.yaml"), str(okrs)])
    assert [line.split()[1] for line in result.stdout.splitlines()] == ["K205"]
    missing = run(["check", "--config", str(tmp_path / "nope.yaml"), str(okrs)])
    assert missing.exit_code == 2 and "nope.yaml" in missing.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--select", "K201"], ["K201"]),
        (["--select", "activity-verb"], ["K201"]),
        (["--select", "K2"], ["K201", "K205"]),
        (["--select", "K201,no-baseline"], ["K201", "K205"]),
        (["--select", "K2", "--ignore", "K201"], ["K205"]),
        (["--select", "K", "--ignore", "no-baseline"], ["K201"]),
        (["--select", "K201", "--extend-select", "K205"], ["K201", "K205"]),
    ],
)
def test_cli_select_and_ignore(tmp_path: Path, args: list[str], expected: list[str]) -> None:
    okrs = tree(tmp_path)
    result = run(["check", "-o", "concise", *args, str(okrs)])
    assert [line.split()[1] for line in result.stdout.splitlines()] == expected


def test_cli_select_overrides_config_select(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (tmp_path / ".krlint.yaml").write_text("select: [K201]\n")
    result = run(["check", "-o", "concise", "--select", "K205", str(okrs)])
    assert [line.split()[1] for line in result.stdout.splitlines()] == ["K205"]


@pytest.mark.parametrize("option", ["--select", "--ignore", "--extend-select"])
def test_cli_unknown_selector_exit_2(tmp_path: Path, option: str) -> None:
    okrs = tree(tmp_path)
    result = run(["check", option, "K999", str(okrs)])
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "'K999'" in line


def test_cli_fail_on_overrides_config(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (tmp_path / ".krlint.yaml").write_text("select: [K201]\n")
    assert run(["check", str(okrs)]).exit_code == 0
    assert run(["check", "--fail-on", "warning", str(okrs)]).exit_code == 1
    assert run(["check", "--fail-on", "fatal", str(okrs)]).exit_code == 2


@pytest.mark.parametrize(
    ("config", "named"),
    [
        ("severity: {K999: error}\n", "'severity.K999': unknown rule"),
        ("severity: {K2: error}\n", "'severity.K2': unknown rule"),
        ("rules: {no-such-rule: {max: 1}}\n", "'rules.no-such-rule': unknown rule"),
        ("rules: {O103: {maximum: 3}}\n", "'rules.O103.maximum': O103 has no such option"),
        ("rules: {O103: {max: five}}\n", "'rules.O103.max': expected int"),
        ("rules: {O105: {threshold: true}}\n", "'rules.O105.threshold': expected float"),
        ("ignore: [K999]\n", "'ignore': unknown rule code or name 'K999'"),
        ("per-file-ignores: {'*.yaml': [nope]}\n", "'per-file-ignores': unknown rule code"),
    ],
)
def test_config_naming_unknown_rules_or_options(tmp_path: Path, config: str, named: str) -> None:
    okrs = tree(tmp_path)
    (okrs.parent / "more.yaml").write_text(OKRS)
    (tmp_path / ".krlint.yaml").write_text(config)
    result = run(["check", str(okrs.parent)])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()  # once, although two files share the config
    assert ".krlint.yaml: " in line and named in line


def test_rule_options_by_name(tmp_path: Path) -> None:
    okrs = tree(tmp_path)
    (tmp_path / ".krlint.yaml").write_text(
        "select: [O104]\nrules: {too-few-key-results: {min: 3}}\n"
    )
    assert codes(Linter().lint_paths([str(okrs)])) == [("O104", "info")]
