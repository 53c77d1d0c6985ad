"""Every suppression form, used and unused (`--report-unused-disables` → X002)."""

from __future__ import annotations

from pathlib import Path

import pytest

from krlint.engine import Linter, RunOptions
from krlint.model import KeyResult, Objective, OkrFile, Span
from krlint.suppressions import apply, comment_directives

# Line 4: K204 (no number); line 5: K205 (no baseline); line 6: K201 (activity verb).
HEAD = """\
objectives:
  - objective: Grow revenue
    key_results:
"""
SELECT = ("K201", "K204", "K205")


def run(
    tmp_path: Path,
    body: str,
    *,
    unused: bool = True,
    select: tuple[str, ...] = SELECT,
    name: str = "okrs.yaml",
) -> list[tuple[str, int, int]]:
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    report = Linter(RunOptions(select=select, report_unused_disables=unused)).lint_paths(
        [str(path)]
    )
    assert not report.errors, report.errors
    return [(d.code, d.line, d.column) for d in report.diagnostics]


KRS = """\
      - Cut churn
      - Reach 45% activation
      - Launch the onboarding checklist
"""


def test_baseline_without_suppressions(tmp_path: Path) -> None:
    assert run(tmp_path, KRS) == [("K204", 4, 9), ("K205", 5, 9), ("K201", 6, 9)]


def test_disable_on_the_line_used_by_code_and_by_name(tmp_path: Path) -> None:
    body = """\
      - Cut churn  # krlint: disable=K204
      - Reach 45% activation
      - Launch the onboarding checklist  # krlint: disable=activity-verb
"""
    assert run(tmp_path, body) == [("K205", 5, 9)]


def test_disable_on_the_line_unused(tmp_path: Path) -> None:
    body = """\
      - Cut churn  # krlint: disable=K205
      - Reach 45% activation
      - Launch the onboarding checklist
"""
    assert run(tmp_path, body) == [("K204", 4, 9), ("X002", 4, 20), ("K205", 5, 9), ("K201", 6, 9)]


def test_disable_without_codes(tmp_path: Path) -> None:
    body = """\
      - Cut churn  # krlint: disable
      - Reach 45% activation
      - Launch the onboarding checklist
      - Reach $2M ARR from $1.4M  # krlint: disable
"""
    assert run(tmp_path, body) == [("K205", 5, 9), ("K201", 6, 9), ("X002", 7, 35)]


def test_disable_next_line_several_codes_and_stacked(tmp_path: Path) -> None:
    body = """\
      # krlint: disable-next-line=K204,K205
      - Cut churn
      # krlint: disable-next-line=K205

      # krlint: disable-next-line=activity-verb
      - Reach 45% activation
      - Launch the onboarding checklist
"""
    # line 4: K205 unused on line 5; line 6: K205 used on line 9; line 8: activity-verb unused
    assert run(tmp_path, body) == [("X002", 4, 7), ("X002", 8, 7), ("K201", 10, 9)]
    assert run(tmp_path, body, unused=False) == [("K201", 10, 9)]


def test_disable_file_all_and_some(tmp_path: Path) -> None:
    assert run(tmp_path, "# krlint: disable-file\n" + KRS) == []
    assert run(tmp_path, KRS + "# krlint: disable-file=K205, K201\n") == [("K204", 4, 9)]
    assert run(tmp_path, KRS + "# krlint: disable-file=K208\n", select=(*SELECT, "K208")) == [
        ("K204", 4, 9),
        ("K205", 5, 9),
        ("K201", 6, 9),
        ("X002", 7, 1),
    ]


def test_unused_codes_of_rules_not_selected_are_not_reported(tmp_path: Path) -> None:
    body = "      - Cut churn  # krlint: disable=K204,O103\n"
    assert run(tmp_path, body, select=("K204",)) == []


def test_unknown_code_in_a_suppression_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "okrs.yaml"
    path.write_text(HEAD + "      - Cut churn  # krlint: disable=K204,K999\n", encoding="utf-8")
    report = Linter(RunOptions(select=SELECT, report_unused_disables=True)).lint_paths([str(path)])
    [d] = report.diagnostics
    assert (d.code, d.name, d.line, d.column) == ("X002", "unused-suppression", 4, 20)
    assert d.message == "unused suppression of K999 (no such rule): no such finding on line 4"


def test_per_item_field_used_and_unused(tmp_path: Path) -> None:
    body = """\
      - kr: Cut churn
        krlint: {disable: [not-measurable]}
      - kr: Reach 45% activation
        krlint: {disable: [K201]}
      - Launch the onboarding checklist
  - objective: Delight customers
    krlint: {disable: [K204, K205]}
    key_results:
      - Make customers happier
"""
    assert run(tmp_path, body) == [
        ("K205", 6, 13),
        ("X002", 6, 13),
        ("K201", 8, 9),
        ("X002", 9, 16),
    ]


def test_hash_inside_yaml_strings_is_not_a_comment(tmp_path: Path) -> None:
    body = """\
      - "Cut churn # krlint: disable=K204"
      - 'Reach 45% activation # krlint: disable=K205'
      - Launch the onboarding checklist#krlint:disable=K201
      - kr: |
          Cut churn
          # krlint: disable-file
"""
    found = run(tmp_path, body, unused=True)
    assert ("K204", 4, 10) in found and ("K205", 5, 10) in found
    assert ("K201", 6, 9) in found
    assert not [f for f in found if f[0] == "X002"]


def test_per_file_ignores_from_the_config(tmp_path: Path) -> None:
    (tmp_path / ".krlint.yaml").write_text(
        "per-file-ignores:\n  'legacy/*.yaml': [K204, activity-verb]\n", encoding="utf-8"
    )
    (tmp_path / "legacy").mkdir()
    assert run(tmp_path, KRS, name="legacy/okrs.yaml") == [("K205", 5, 9)]
    assert run(tmp_path, KRS, name="okrs.yaml") == [("K204", 4, 9), ("K205", 5, 9), ("K201", 6, 9)]


def test_no_x002_without_the_flag(tmp_path: Path) -> None:
    body = "      - Reach $2M ARR from $1.4M  # krlint: disable=K204\n"
    assert run(tmp_path, body, unused=False) == []
    assert run(tmp_path, body, unused=True) == [("X002", 4, 35)]


def test_cli_flag(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from krlint.cli import app

    path = tmp_path / "okrs.yaml"
    path.write_text(
        HEAD + "      - Reach $2M ARR from $1.4M  # krlint: disable=K204\n", encoding="utf-8"
    )
    args = ["check", str(path), "-o", "concise", "--select", "K204"]
    assert CliRunner().invoke(app, args).exit_code == 0
    result = CliRunner().invoke(app, [*args, "--report-unused-disables"])
    assert f"{path}:4:35: X002" in result.output
    assert result.exit_code == 0  # a warning, below the default fail-on


# -- Markdown: HTML comments, read from the raw lines of whatever reader made the model ------
MARKDOWN = """\
# Q1 OKRs
<!-- krlint: disable-file=K205 -->

## Grow revenue
<!-- krlint: disable-next-line=K204 -->
- Cut churn
- Launch the onboarding checklist <!-- krlint: disable=activity-verb -->
- Make customers happier <!-- krlint: disable=K201 -->
"""


def _markdown_file() -> OkrFile:
    krs = [
        KeyResult("Cut churn", Span(6, 3), "O1.KR1"),
        KeyResult("Launch the onboarding checklist", Span(7, 3), "O1.KR2"),
        KeyResult("Make customers happier", Span(8, 3), "O1.KR3"),
    ]
    objective = Objective("Grow revenue", Span(4, 4), "O1", key_results=krs)
    return OkrFile("okrs.md", [objective], MARKDOWN.splitlines(), reader="markdown")


def test_markdown_html_comment_forms() -> None:
    found = comment_directives(MARKDOWN.splitlines(), "markdown")
    assert [(d.action, d.codes, d.span.line, d.span.column, d.target) for d in found] == [
        ("disable-file", ("K205",), 2, 1, None),
        ("disable-next-line", ("K204",), 5, 1, 6),
        ("disable", ("activity-verb",), 7, 35, 7),
        ("disable", ("K201",), 8, 26, 8),
    ]
    # `#` is a heading in Markdown, never a suppression comment
    assert comment_directives(["# krlint: disable-file"], "markdown") == []


def test_markdown_suppressions_applied_used_and_unused() -> None:
    from krlint.diagnostics import Diagnostic, Severity

    def diag(code: str, name: str, line: int) -> Diagnostic:
        return Diagnostic(code, name, Severity.WARNING, "m", "okrs.md", line, 3)

    findings = [
        diag("K204", "not-measurable", 6),
        diag("K201", "activity-verb", 7),
        diag("K204", "not-measurable", 8),
    ]
    outcome = apply(
        _markdown_file(),
        findings,
        report_unused=True,
        enabled={"K201", "K204", "K205"},
        known={"K201", "K204", "K205"},
    )
    assert [(d.code, d.line) for d in outcome.kept] == [("K204", 8)]
    assert [(p.span.line, p.span.column) for p in outcome.unused] == [(2, 1), (8, 26)]


def test_markdown_end_to_end_when_the_reader_exists(tmp_path: Path) -> None:
    pytest.importorskip("krlint.loaders.markdown")
    options = RunOptions(select=("K201", "K204"), report_unused_disables=True)
    path = tmp_path / "okrs.md"
    path.write_text("# Grow revenue\n\n- Cut churn\n- Keep customers\n", encoding="utf-8")
    assert [d.line for d in Linter(options).lint_paths([str(path)]).diagnostics] == [3, 4]
    path.write_text(
        "# Grow revenue\n\n<!-- krlint: disable-next-line=K204 -->\n"
        "- Cut churn\n- Keep customers <!-- krlint: disable=K201 -->\n",
        encoding="utf-8",
    )
    found = [
        (d.code, d.line, d.column) for d in Linter(options).lint_paths([str(path)]).diagnostics
    ]
    assert found == [("K204", 5, 3), ("X002", 5, 18)]


@pytest.mark.parametrize(
    "comment",
    [
        "# krlint: disabel=K204",
        "# krlint: disable-next-line K204",
        "# krlint: disable=",
        "# krlint disable=K204",
        "# KRLINT: DISABLE=K204",
    ],
)
def test_malformed_comment_is_reported_not_taken_as_blanket(tmp_path: Path, comment: str) -> None:
    path = tmp_path / "okrs.yaml"
    path.write_text(f"{HEAD}      - Cut churn  {comment}\n", encoding="utf-8")
    report = Linter(RunOptions(select=SELECT, report_unused_disables=True)).lint_paths([str(path)])
    found = [(d.code, d.line, d.column) for d in report.diagnostics]
    assert found == [("K204", 4, 9), ("X002", 4, 20)]
    assert "unrecognised suppression comment" in report.diagnostics[1].message


def test_x002_can_be_ignored(tmp_path: Path) -> None:
    path = tmp_path / "okrs.yaml"
    path.write_text(
        HEAD + "      - Reach $2M ARR from $1.4M  # krlint: disable=K204\n", encoding="utf-8"
    )
    options = RunOptions(select=SELECT, ignore=("unused-suppression",), report_unused_disables=True)
    assert Linter(options).lint_paths([str(path)]).diagnostics == []
