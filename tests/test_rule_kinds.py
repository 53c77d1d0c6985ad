"""Rule packs as data: each kind fires at the exact (line, column), and bad params are one error."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from krlint.config import discover
from krlint.engine import Linter, RunOptions


def _pack(tmp_path: Path, rules: dict[str, str]) -> None:
    (tmp_path / "house").mkdir()
    for name, text in rules.items():
        (tmp_path / "house" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    (tmp_path / ".krlint.yaml").write_text("rule-dirs: [house]\n", encoding="utf-8")


def _lint(tmp_path: Path, okrs: str, *codes: str) -> list[tuple[str, int, int]]:
    path = tmp_path / "okrs.yaml"
    path.write_text(textwrap.dedent(okrs), encoding="utf-8")
    report = Linter(RunOptions(select=codes or None)).lint_paths([str(path)])
    assert not report.errors, report.errors
    return [(d.code, d.line, d.column) for d in report.diagnostics]


def _errors(tmp_path: Path, okrs: str = "objectives: []\n") -> list[str]:
    path = tmp_path / "okrs.yaml"
    path.write_text(okrs, encoding="utf-8")
    report = Linter().lint_paths([str(path)])
    assert report.exit_code == 2
    return report.errors


LEXICON = """\
    code: H001
    name: no-buzzwords
    severity: warning
    kind: lexicon
    summary: Buzzwords hide what will change.
    params:
      terms: [synergy, leverage, best in class]
      scope: [objective, key_result]
      message: '"{match}" is a buzzword ({term}) in this {node}'
"""


def test_lexicon_matches_lemmas_and_points_at_the_word(tmp_path: Path) -> None:
    _pack(tmp_path, {"H001.yaml": LEXICON})
    found = _lint(
        tmp_path,
        """\
        objectives:
          - objective: Create synergies with partners
            key_results:
              - Leveraging partners, grow ARR from $1M to $2M
              - "Be best-in-class: NPS from 30 to 50"
              - Reach 40% activation, leveraged by guides
              - Grow revenue from $1M to $3M
        """,
        "H001",
    )
    assert found == [("H001", 2, 23), ("H001", 4, 9), ("H001", 5, 13), ("H001", 6, 31)]


def test_lexicon_message_and_span(tmp_path: Path) -> None:
    _pack(tmp_path, {"H001.yaml": LEXICON})
    (tmp_path / "okrs.yaml").write_text(
        "objectives:\n  - objective: Grow\n    key_results: [Leverage AI to cut churn to 2%]\n"
    )
    report = Linter(RunOptions(select=("H001",))).lint_paths([str(tmp_path / "okrs.yaml")])
    [d] = report.diagnostics
    assert (d.line, d.column, d.end_column) == (3, 19, 27)
    assert d.message == '"Leverage" is a buzzword (leverage) in this key result'
    assert d.key_result == "Leverage AI to cut churn to 2%"


def test_lexicon_default_scope_is_key_results(tmp_path: Path) -> None:
    _pack(tmp_path, {"H001.yaml": LEXICON.replace("      scope: [objective, key_result]\n", "")})
    found = _lint(
        tmp_path,
        """\
        objectives:
          - objective: Synergy everywhere
            key_results: [Synergy score from 2 to 4]
        """,
        "H001",
    )
    assert found == [("H001", 3, 19)]


def test_pattern_tokens(tmp_path: Path) -> None:
    _pack(
        tmp_path,
        {
            "H002.yaml": """\
        code: H002
        name: activity-quota
        severity: info
        kind: pattern
        summary: Per-person quotas measure effort.
        params:
          tokens:
            - [{LIKE_NUM: true}, {LOWER: {IN: [calls, demos]}}, {LOWER: per}]
        """
        },
    )
    found = _lint(
        tmp_path,
        """\
        objectives:
          - objective: Sell more
            key_results:
              - Make 20 calls per week
              - Win 12 deals from 20 demos
              - Book 5 demos per rep
        """,
        "H002",
    )
    assert found == [("H002", 4, 14), ("H002", 6, 14)]


def test_pattern_regex(tmp_path: Path) -> None:
    _pack(
        tmp_path,
        {
            "H002.yaml": """\
        code: H002
        name: dollar-only
        severity: warning
        kind: pattern
        summary: Money in dollars.
        params:
          regex: '\\d+\\s?(?:EUR|GBP)\\b'
          message: 'write "{match}" in $'
        """
        },
    )
    found = _lint(
        tmp_path,
        """\
        objectives:
          - objective: Grow revenue
            key_results:
              - Reach 200 EUR ARPU from 150 eur
              - Reach $2M ARR from $1.4M
        """,
        "H002",
    )
    assert found == [("H002", 4, 15), ("H002", 4, 33)]


def test_require_field(tmp_path: Path) -> None:
    _pack(
        tmp_path,
        {
            "H003.yaml": """\
        code: H003
        name: objective-owner
        severity: error
        kind: require-field
        summary: Every objective names its owner.
        params: {field: owner}
        """,
            "H005.yaml": """\
        code: H005
        name: kr-metric
        severity: warning
        kind: require-field
        summary: Every key result names its metric.
        params: {field: metric, scope: key_result}
        """,
        },
    )
    found = _lint(
        tmp_path,
        """\
        objectives:
          - objective: Grow revenue
            owner: Dana
            key_results:
              - kr: Reach $2M ARR from $1.4M
                metric: ARR
              - kr: Cut churn from 4% to 2%
                metric: ""
          - objective: Delight customers
            owner:
            key_results:
              - Raise NPS from 31 to 45
        """,
        "H003",
        "H005",
    )
    assert found == [("H005", 7, 13), ("H003", 9, 16), ("H005", 12, 9)]


def test_count_key_results_and_objectives(tmp_path: Path) -> None:
    _pack(
        tmp_path,
        {
            "H004.yaml": """\
        code: H004
        name: two-or-three
        severity: warning
        kind: count
        summary: Two or three key results.
        params: {of: key_results, min: 2, max: 3}
        """,
            "H006.yaml": """\
        code: H006
        name: one-objective
        severity: warning
        kind: count
        summary: One objective per file.
        params: {of: objectives, max: 1, message: '{count} {of}; keep {max}'}
        """,
        },
    )
    text = """\
        objectives:
          - objective: Grow revenue
            key_results:
              - Reach $2M ARR from $1.4M
              - Cut churn from 4% to 2%
              - Raise NPS from 31 to 45
              - Lift conversion from 9% to 14%
          - objective: Delight customers
            key_results: [Raise CSAT from 80% to 90%]
        """
    assert _lint(tmp_path, text, "H004", "H006") == [
        ("H004", 7, 9),
        ("H004", 8, 16),
        ("H006", 8, 16),
    ]
    report = Linter(RunOptions(select=("H006",))).lint_paths([str(tmp_path / "okrs.yaml")])
    assert [d.message for d in report.diagnostics] == ["2 objectives; keep 1"]


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        ("kind: lexicon\nparams: {terms: []}", "params.terms"),
        ("kind: lexicon\nparams: {terms: [ok, 3]}", "params.terms[1]"),
        ("kind: lexicon\nparams: {terms: [x], scope: goal}", "params.scope"),
        ("kind: lexicon\nparams: {terms: [x], message: 'bad {nope}'}", "params.message"),
        ("kind: lexicon\nparams: {terms: [x], colour: red}", "params.colour"),
        ("kind: pattern\nparams: {regex: '(unclosed'}", "params.regex"),
        ("kind: pattern\nparams: {regex: 'a*'}", "params.regex"),
        ("kind: pattern\nparams: {}", "params.tokens"),
        ("kind: pattern\nparams: {tokens: [[{LOWER: {NOPE: 1}}]]}", "params.tokens[0]"),
        ("kind: require-field\nparams: {scope: objective}", "params.field"),
        ("kind: count\nparams: {of: objectives}", "params.min"),
        ("kind: count\nparams: {of: teams, max: 2}", "params.of"),
        ("kind: count\nparams: {of: objectives, min: 3, max: 2}", "params.min"),
        ("kind: count\nparams: {of: objectives, max: -1}", "params.max"),
        ("kind: count\nparams: {of: objectives, max: 1, at: objective}", "params.at"),
        ("kind: count\nparams: {of: key_results, max: 1, skip-empty: 1}", "params.skip-empty"),
        ("kind: count\noptions: {max: 2}\nparams: {of: key_results, max: 3}", "params.max"),
        ("kind: count\noptions: {max: -1}\nparams: {of: key_results}", "options.max"),
        ("kind: telepathy", "kind"),
        ("kind: builtin", "kind"),
        ("kind: internal", "kind"),
        ("kind: python", "kind"),
    ],
)
def test_malformed_rule_is_one_error_naming_file_rule_and_field(
    tmp_path: Path, rule: str, field: str
) -> None:
    header = "code: H009\nname: house-rule\nseverity: warning\nsummary: A house rule.\n"
    _pack(tmp_path, {"H009.yaml": header + rule + "\n"})
    (tmp_path / "a.yaml").write_text("objectives: []\n", encoding="utf-8")
    errors = _errors(tmp_path)
    assert len(errors) == 1
    source = str(tmp_path / "house" / "H009.yaml")
    assert errors[0].startswith(f"{source}: rule H009: field '{field}': "), errors[0]


def test_malformed_rule_from_cli_exits_2_with_one_line(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from krlint.cli import app

    header = "code: H009\nname: house-rule\nseverity: warning\nsummary: A house rule.\n"
    _pack(tmp_path, {"H009.yaml": header + "kind: count\nparams: {of: objectives}\n"})
    (tmp_path / "okrs.yaml").write_text("objectives: []\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "okrs.yaml"])
    assert result.exit_code == 2
    assert "H009.yaml: rule H009: field 'params.min': give 'min', 'max' or both" in result.output
    assert "Traceback" not in result.output


def test_examples_rule_pack_works() -> None:
    root = Path(__file__).resolve().parents[1] / "examples" / "rules"
    report = Linter(RunOptions(config_file=str(root / ".krlint.yaml"))).lint_paths(
        [str(root / "okrs.yaml")]
    )
    assert not report.errors, report.errors
    fired = {d.code for d in report.diagnostics}
    assert {"H101", "H102", "H103", "H104", "H105"} <= fired


def test_rule_file_missing_a_field_names_it(tmp_path: Path) -> None:
    _pack(
        tmp_path,
        {
            "H009.yaml": "code: H009\nname: house-rule\nseverity: warning\n"
            "kind: count\nparams: {of: objectives, max: 1}\n"
        },
    )
    errors = _errors(tmp_path)
    assert errors == [
        f"{tmp_path / 'house' / 'H009.yaml'}: rule H009: field 'summary': "
        f"required, and must be text"
    ]


def test_count_at_the_objective_and_skipping_empty_ones(tmp_path: Path) -> None:
    _pack(
        tmp_path,
        {
            "H007.yaml": """\
        code: H007
        name: at-most-two
        severity: warning
        kind: count
        summary: At most two key results, reported at the objective.
        params: {of: key_results, max: 2, at: objective, message: '"{text}": {count} {of}'}
        """,
            "H008.yaml": """\
        code: H008
        name: at-least-two
        severity: info
        kind: count
        summary: At least two key results; an objective with none is O102's.
        params: {of: key_results, min: 2, skip-empty: true}
        """,
        },
    )
    text = """\
        objectives:
          - objective: Grow revenue
            key_results:
              - Reach $2M ARR from $1.4M
              - Cut churn from 4% to 2%
              - Raise NPS from 31 to 45
          - objective: Delight customers
            key_results: [Raise CSAT from 80% to 90%]
          - objective: Hire well
            key_results: []
        """
    assert _lint(tmp_path, text, "H007", "H008") == [("H007", 2, 16), ("H008", 7, 16)]
    report = Linter(RunOptions(select=("H007", "H008"))).lint_paths([str(tmp_path / "okrs.yaml")])
    assert [(d.code, d.message, d.key_result) for d in report.diagnostics] == [
        ("H007", '"Grow revenue": 3 key results', None),
        ("H008", "1 key result, fewer than 2", None),
    ]


def test_count_limit_in_options_is_changed_by_the_config(tmp_path: Path) -> None:
    _pack(
        tmp_path,
        {
            "H004.yaml": """\
        code: H004
        name: two-or-three
        severity: warning
        kind: count
        summary: At most three key results (teams may change it).
        options: {max: 3}
        params: {of: key_results}
        """
        },
    )
    text = """\
        objectives:
          - objective: Grow revenue
            key_results:
              - Reach $2M ARR from $1.4M
              - Cut churn from 4% to 2%
              - Raise NPS from 31 to 45
        """
    assert _lint(tmp_path, text, "H004") == []
    config = tmp_path / ".krlint.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + "rules: {H004: {max: 2}}\n", encoding="utf-8"
    )
    discover.cache_clear()
    assert _lint(tmp_path, text, "H004") == [("H004", 6, 9)]
