"""`Linter.lint_text`: an editor's buffer linted as if it were the file at that path.

The language server publishes what `lint_text` finds, so the contract is that it finds exactly
what `krlint check` (`lint_paths`) finds in the same text; and that with `judge=False` the rules
that need no judgement report at once, without spaCy.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import REAL_WORLD, require_shared
from krlint.engine import Linter

ROOT = Path(__file__).resolve().parents[1]
JUDGING = {"K201", "K202", "K203", "K204", "O101", "O105"}  # the rules that read judgements
# krlint's own rules that read only the text and the model (house rules of the `lexicon` and
# `pattern` kinds match tokens of the spaCy pipeline, so they wait for it too)
PLAIN = {
    "O102",
    "O103",
    "O104",
    "O106",
    "K205",
    "K206",
    "K207",
    "K208",
    "F001",
    "F002",
    "F003",
    "F004",
    "F005",
}


def findings(diagnostics):  # type: ignore[no-untyped-def]
    return [
        (d.code, d.line, d.column, d.end_line, d.end_column, d.message, d.suggestion)
        for d in diagnostics
    ]


def okr_files() -> list[Path]:
    files = sorted((ROOT / "examples").rglob("*.y*ml")) + sorted((ROOT / "examples").rglob("*.md"))
    if REAL_WORLD.is_dir():
        files += sorted(
            p for p in REAL_WORLD.iterdir() if p.suffix in {".md", ".yml", ".yaml", ".json"}
        )
        files += sorted((REAL_WORLD / "docs").glob("*.md"))
    return [f for f in files if f.name != "pre-commit-config.yaml"]


@pytest.mark.slow  # lints every example and real file twice
def test_lint_text_finds_what_check_finds_in_every_example_and_real_file():
    linter = Linter()
    compared = 0
    for path in okr_files():
        text = path.read_bytes().decode("utf-8-sig")
        expected = linter.lint_paths([str(path)])
        assert not expected.errors, expected.errors
        if not expected.files:  # check skips it: no OKRs in it (a CI workflow); not compared
            assert expected.skipped == [str(path)]
            continue
        compared += 1
        got = linter.lint_text(str(path), text)
        assert findings(got.report.diagnostics) == findings(expected.diagnostics), path
        assert got.judged
        assert (got.report.key_results, got.report.outputs, got.report.outcomes) == (
            expected.files[0].key_results,
            expected.files[0].outputs,
            expected.files[0].outcomes,
        )
    assert compared >= 3


def test_the_real_files_are_part_of_the_comparison():
    require_shared(REAL_WORLD, "real-world OKR documents")
    assert any(REAL_WORLD in p.parents for p in okr_files())


@pytest.mark.slow  # lints every example and real file twice
def test_unjudged_lint_reports_every_rule_that_needs_no_judgement():
    linter = Linter()
    for path in okr_files():
        text = path.read_bytes().decode("utf-8-sig")
        judged = linter.lint_text(str(path), text).report.diagnostics
        quick = linter.lint_text(str(path), text, judge=False)
        assert not quick.judged and not quick.judgements
        quick_found = findings(quick.report.diagnostics)
        assert not {d.code for d in quick.report.diagnostics} & JUDGING
        assert [f for f in findings(judged) if f in quick_found] == quick_found, path
        assert findings(d for d in judged if d.code in PLAIN) == findings(
            d for d in quick.report.diagnostics if d.code in PLAIN
        ), path


def test_the_text_is_linted_not_the_file_on_disk(tmp_path):
    path = tmp_path / "okrs.yaml"
    path.write_text("objectives: []\n", encoding="utf-8")
    text = textwrap.dedent("""\
        objectives:
          - objective: Become the go-to voice on analytics
            key_results:
              - Publish 12 blog posts
              - Increase week-1 activation from 32% to 45%
        """)
    result = Linter().lint_text(str(path), text)
    assert [(d.code, d.line, d.column) for d in result.report.diagnostics] == [("K201", 4, 9)]
    kr = result.file.objectives[0].key_results[0]
    assert result.judgements[id(kr)].label == "output"


def test_a_path_that_does_not_exist_still_finds_its_config(tmp_path):
    (tmp_path / ".krlint.yaml").write_text("ignore: [K201]\n", encoding="utf-8")
    text = "objectives:\n  - objective: Grow\n    key_results:\n      - Publish 12 blog posts\n"
    result = Linter().lint_text(str(tmp_path / "new" / "okrs.yaml"), text)
    assert [d.code for d in result.report.diagnostics] == ["O101", "O104"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("objectives:\n  - objective: Grow\x00\n", [("F001", 2, 1)]),  # NUL: a binary file
        ("objectives:\n  - objective: Grow \ud800\n", [("F001", 2, 21)]),  # not encodable as UTF-8
    ],
)
def test_text_that_is_not_a_text_file_is_f001_as_on_disk(tmp_path, text, expected):
    result = Linter().lint_text(str(tmp_path / "okrs.yaml"), text)
    assert [(d.code, d.line, d.column) for d in result.report.diagnostics] == expected


def test_the_file_size_limit_applies_to_text(tmp_path):
    (tmp_path / ".krlint.yaml").write_text("limits: {max-file-size: 100}\n", encoding="utf-8")
    text = "objectives:\n" + "  - objective: Grow revenue from self-serve plans\n" * 5
    result = Linter().lint_text(str(tmp_path / "okrs.yaml"), text)
    assert [(d.code, d.line, d.column) for d in result.report.diagnostics] == [("F005", 1, 1)]


def test_markdown_by_its_path(tmp_path):
    text = "# OKRs\n\n## Objective: Grow\n\n- Publish 12 blog posts\n- Host 4 webinars\n"
    result = Linter().lint_text(str(tmp_path / "okrs.md"), text)
    assert [(d.code, d.line, d.column) for d in result.report.diagnostics] == [
        ("O101", 3, 15),
        ("K201", 5, 3),
        ("K201", 6, 3),
    ]


def test_an_unjudged_lint_never_imports_spacy(tmp_path):
    probe = textwrap.dedent(f"""\
        import json, sys
        from krlint.engine import Linter
        text = open({str(ROOT / "examples" / "bad.yaml")!r}, encoding='utf-8').read()
        result = Linter().lint_text({str(tmp_path / "okrs.yaml")!r}, text, judge=False)
        print(json.dumps({{"codes": sorted({{d.code for d in result.report.diagnostics}}),
                          "spacy": "spacy" in sys.modules}}))
        """)
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    answer = json.loads(done.stdout)
    assert answer["spacy"] is False
    assert {"O102", "O103", "K205", "K207", "F004"} <= set(answer["codes"])
    assert not set(answer["codes"]) & JUDGING
