"""Every rule in `rules/` documents itself, and its own examples prove it: bad ones fire it, good
ones do not. The examples are what `krlint rule CODE` shows users, so they must be true."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import example_name
from krlint.catalogue import RuleSpec, builtin_rules
from krlint.engine import Linter, RunOptions

RULES = builtin_rules()
# A standard objective for single key-result examples, the example its only key result: judged
# on its own words, as `krlint rule CODE` shows it (a file's other key results would move it).
WRAPPER = """\
objectives:
  - objective: Make onboarding effortless
    key_results:
      - {example}
"""


def as_file(example: object) -> str:
    text = str(example)
    if "\n" in text.strip():  # a whole YAML file
        return text
    return WRAPPER.format(example=json.dumps(text, ensure_ascii=False))


def fired(tmp_path: Path, spec: RuleSpec, example: object) -> list[str]:
    path = tmp_path / example_name(example, "example.yaml")
    path.write_text(as_file(example), encoding="utf-8")
    report = Linter(RunOptions(select=(spec.code,))).lint_paths([str(path)])
    assert not report.errors, report.errors
    return [f"{d.code} {d.line}:{d.column} {d.message}" for d in report.diagnostics]


def test_there_are_rules() -> None:
    assert len(RULES) >= 18


@pytest.mark.parametrize("spec", RULES, ids=lambda s: s.code)
def test_rule_is_documented(spec: RuleSpec) -> None:
    assert spec.summary.strip(), f"{spec.code}: no summary"
    assert len(spec.rationale.strip()) > 20, f"{spec.code}: no rationale"
    assert spec.bad, f"{spec.code}: no bad example"
    if spec.kind != "internal":  # X-codes report on krlint itself: their example is a finding
        assert spec.good, f"{spec.code}: no good example"
    assert Path(spec.source).name == f"{spec.code}.yaml"


def cases(which: str) -> list:
    out = []
    for spec in RULES:
        if spec.kind == "internal":  # not fired by a file's content alone
            continue
        for n, example in enumerate(getattr(spec, which), start=1):
            out.append(pytest.param(spec, example, id=f"{spec.code}-{which}{n}"))
    return out


@pytest.mark.parametrize(("spec", "example"), cases("bad"))
def test_bad_example_fires_the_rule(tmp_path: Path, spec: RuleSpec, example: object) -> None:
    found = fired(tmp_path, spec, example)
    assert any(f.startswith(spec.code) for f in found), (
        f"{spec.code} did not fire on its bad example:\n{example}"
    )


@pytest.mark.parametrize(("spec", "example"), cases("good"))
def test_good_example_does_not_fire_the_rule(
    tmp_path: Path, spec: RuleSpec, example: object
) -> None:
    found = fired(tmp_path, spec, example)
    assert found == [], f"{spec.code} fired on its good example:\n{example}\n{found}"


def test_codes_and_names_are_unique() -> None:
    assert len({s.code for s in RULES}) == len(RULES)
    assert len({s.name for s in RULES}) == len(RULES)
