"""The documented examples of the reader rules (F-codes) do what their rule file says.

An example that starts with an HTML comment naming a file (`<!-- okrs.md -->`) is linted under
that name, so Markdown examples are read by the Markdown reader; the others are `okrs.yaml`.
"""

from __future__ import annotations

import pytest

from conftest import example_name as name_of
from krlint.catalogue import builtin_rules

READER_RULES = [spec for spec in builtin_rules() if spec.kind == "reader"]
BAD = [(spec.code, example) for spec in READER_RULES for example in spec.bad]
GOOD = [(spec.code, example) for spec in READER_RULES for example in spec.good]


def test_every_reader_rule_has_examples() -> None:
    assert {spec.code for spec in READER_RULES} >= {"F001", "F002", "F003", "F004", "F005", "F006"}
    for spec in READER_RULES:
        assert spec.bad and spec.good, spec.code


@pytest.mark.parametrize(("code", "example"), BAD, ids=[c for c, _ in BAD])
def test_bad_example_is_found(lint, code: str, example: str) -> None:  # type: ignore[no-untyped-def]
    assert lint(example, code, name=name_of(example)) != []


@pytest.mark.parametrize(("code", "example"), GOOD, ids=[c for c, _ in GOOD])
def test_good_example_is_clean(lint, code: str, example: str) -> None:  # type: ignore[no-untyped-def]
    assert [
        found for found in lint(example, name=name_of(example)) if found[0].startswith("F")
    ] == []
