"""The command line through Typer's CliRunner: exit codes, formats, colour, the other commands."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import OUTPUT_ONLY
from krlint import __version__
from krlint.catalogue import builtin_rules
from krlint.cli import app

ANSI = re.compile(r"\x1b\[")
CLEAN = """\
objectives:
  - objective: Make onboarding effortless
    key_results:
      - Increase week-1 activation from 32% to 45%
      - Reduce churn from 4% to 2%
"""
WARNS = CLEAN.replace("Reduce churn from 4% to 2%", "Launch the onboarding checklist")


def run(args: list[str], env: dict[str, str] | None = None, stdin: str | None = None):
    return CliRunner().invoke(app, args, env=env, input=stdin)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    out = {}
    for name, text in (("clean", CLEAN), ("warns", WARNS), ("fails", OUTPUT_ONLY)):
        (tmp_path / f"{name}.yaml").write_text(text)
        out[name] = str(tmp_path / f"{name}.yaml")
    return out


def test_exit_0_when_clean(files) -> None:
    result = run(["check", files["clean"]])
    assert result.exit_code == 0, result.output
    assert "No problems in 1 file" in result.stdout


def test_exit_0_with_warnings_only_by_default(files) -> None:
    result = run(["check", files["warns"]])
    assert result.exit_code == 0
    assert "K201" in result.stdout


def test_exit_1_with_an_error(files) -> None:
    assert run(["check", files["fails"]]).exit_code == 1
    assert run(["check", "--exit-zero", files["fails"]]).exit_code == 0


def test_exit_2_on_a_missing_path(files, tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.yaml")
    result = run(["check", missing])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"krlint: error: {missing}: no such file or directory"]
    assert "Traceback" not in result.output


def test_missing_path_beside_real_ones_still_reports_them(files, tmp_path: Path) -> None:
    result = run(["check", "-o", "concise", files["fails"], str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1


def test_text_format_groups_by_objective_and_quotes(files) -> None:
    result = run(["check", files["fails"]], env={"NO_COLOR": "1"})
    out = result.stdout
    assert files["fails"] in out
    assert "O1 Become the go-to voice on analytics" in out
    assert "2:16" in out and "error" in out and "O101 output-only-objective" in out
    assert "│ Publish 12 blog posts" in out
    assert "1 error" in out and "0 of 2 key results are outcomes" in out


def test_concise_format(files) -> None:
    result = run(["check", "--output-format", "concise", "--select", "O101", files["fails"]])
    assert result.stdout.splitlines() == [
        f'{files["fails"]}:2:16: O101 [output-only-objective] "Become the go-to voice on '
        'analytics": all 2 key results are outputs — nothing shows whether the objective is met'
    ]


def test_no_color_means_no_ansi_escapes(files) -> None:
    forced = run(["check", files["fails"]], env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert ANSI.search(forced.stdout), "FORCE_COLOR should colour (else this test proves nothing)"
    for args in (
        ["check", files["fails"]],
        ["rules"],
        ["rule", "K201"],
        ["classify", "Host 4 webinars"],
    ):
        result = run(args, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
        assert not ANSI.search(result.stdout), args


def test_not_a_terminal_means_no_colour(files) -> None:
    result = run(["check", files["fails"]], env={"FORCE_COLOR": "", "NO_COLOR": ""})
    assert not ANSI.search(result.stdout)


def test_stdin(files) -> None:
    result = run(["check", "-o", "concise", "--select", "O101", "-"], stdin=OUTPUT_ONLY)
    assert result.exit_code == 1
    assert result.stdout.startswith("<stdin>:2:16: O101")


def test_yaml_syntax_error_is_a_finding_not_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("objectives:\n  - objective: Grow\n    key_results: [a, b\n")
    result = run(["check", "-o", "concise", str(path)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:4:1: F001 [yaml-syntax] invalid YAML")


def test_rules_lists_every_rule() -> None:
    result = run(["rules"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for spec in builtin_rules():
        assert re.search(rf"{spec.code}\s.*{spec.name}\s.*{spec.severity.label}", result.stdout), (
            spec.code
        )


@pytest.mark.parametrize("selector", ["K201", "activity-verb", "k201"])
def test_rule_prints_its_documentation(selector: str) -> None:
    result = run(["rule", selector])
    assert result.exit_code == 0
    spec = next(s for s in builtin_rules() if s.code == "K201")
    out = result.stdout
    assert out.startswith("K201 activity-verb (warning by default)")
    assert "Why" in out and "Bad" in out and "Good" in out
    for example in (*spec.bad, *spec.good):
        assert str(example) in out


def test_rule_prints_options() -> None:
    result = run(["rule", "too-many-key-results"])
    assert "max: 5" in result.stdout


@pytest.mark.parametrize("selector", ["K999", "no-such-rule", "K"])
def test_unknown_rule_exit_2(selector: str) -> None:
    result = run(["rule", selector])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"krlint: error: unknown rule '{selector}' (see: krlint rules)"
    ]


def test_init_writes_files_that_lint_clean(tmp_path: Path) -> None:
    result = run(["init", str(tmp_path)])
    assert result.exit_code == 0
    assert (tmp_path / "okrs.yaml").is_file() and (tmp_path / ".krlint.yaml").is_file()
    assert run(["check", str(tmp_path / "okrs.yaml")]).exit_code == 0


def test_init_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "okrs.yaml").write_text("# mine\n")
    result = run(["init", str(tmp_path)])
    assert result.exit_code == 0
    assert (tmp_path / "okrs.yaml").read_text() == "# mine\n"
    assert "kept existing" in result.stdout
    assert (tmp_path / ".krlint.yaml").is_file()
    again = run(["init", str(tmp_path)])
    assert "wrote" not in again.stdout


def test_classify_json_lines_in_input_order() -> None:
    texts = [
        "Publish 12 blog posts",
        "Increase week-1 activation from 32% to 45%",
        "Host 4 webinars",
        "Reduce churn from 4% to 2%",
        "Launch the onboarding checklist",
    ]
    result = run(["classify", "--format", "json", *texts])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == texts
    assert [r["label"] for r in rows] == ["output", "outcome", "output", "outcome", "output"]
    assert all(0 <= r["confidence"] <= 1 for r in rows)


def test_classify_reads_stdin() -> None:
    result = run(
        ["classify", "--format", "json"], stdin="Host 4 webinars\n\nReduce churn from 4% to 2%\n"
    )
    assert [json.loads(line)["label"] for line in result.stdout.splitlines()] == [
        "output",
        "outcome",
    ]


def test_classify_nothing_exit_2() -> None:
    assert run(["classify"], stdin="").exit_code == 2


def test_version() -> None:
    assert run(["--version"]).stdout == f"krlint {__version__}\n"


def test_python_m_krlint_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "krlint", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout == f"krlint {__version__}\n"


def test_usage_error_exit_2(files) -> None:
    assert run(["check", "--output-format", "xml", files["clean"]]).exit_code == 2
    assert run(["check", "--no-such-option"]).exit_code == 2


def test_text_format_prints_each_objective_once(tmp_path: Path) -> None:
    path = tmp_path / "okrs.yaml"
    path.write_text("""\
objectives:
  - objective: Make onboarding effortless
    owner: Dana
    owner: Sam
    key_results:
      - Launch the onboarding checklist
      - Host 4 webinars
""")
    out = run(["check", "--select", "F004,O101,K201", str(path)], env={"NO_COLOR": "1"}).stdout
    assert out.count("Make onboarding effortless\n") == 1
    assert out.index("F004") < out.index("O1 Make onboarding effortless") < out.index("O101")


def test_python_m_krlint_missing_path_is_one_line(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.yaml")
    result = subprocess.run(
        [sys.executable, "-m", "krlint", "check", missing],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"krlint: error: {missing}: no such file or directory\n"


def test_quiet_and_no_show_source(files) -> None:
    clean = run(["check", "--quiet", files["clean"]])
    assert clean.exit_code == 0 and clean.stdout == ""
    out = run(["check", "--no-show-source", files["fails"]]).stdout
    assert "O101" in out and "│" not in out


def test_format_in_reads_any_extension_as_yaml(tmp_path: Path) -> None:
    path = tmp_path / "okrs.txt"
    path.write_text(OUTPUT_ONLY)
    result = run(["check", "-o", "concise", "--select", "O101", "--format-in", "yaml", str(path)])
    assert result.stdout.startswith(f"{path}:2:16: O101")
