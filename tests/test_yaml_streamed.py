"""A YAML document's list of objectives is read an item at a time (`_streamed`); where that
read cannot give exactly what the whole graph gives it hands over to the whole-graph walk. Both
paths read the same documents here and must agree on every finding and every objective."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import krlint.loaders.yaml_reader as Y
from krlint.loaders.read_result import ReadResult
from krlint.loaders.yaml_reader import read_yaml

_OBJECTIVES = st.sampled_from(
    [
        "  - objective: Grow revenue\n    key_results:\n      - Grow ARR from 1M to 2M\n",
        "  - title: Ship\n    period: 2025-Q2\n"
        "    key_results: [Ship the app, 'KR1: Reach 10 (Ann)']\n",
        "  - objectiv: Typo\n    key_results: [x]\n",
        "  - Just text\n",
        "  - !!python/object:x {}\n",
        "  - objective: Unsafe inside\n    key_results: [!!python/name:os.system x]\n",
        "  - &o {objective: Anchored, key_results: [Lift NPS to 40]}\n",
        "  - *o\n",
        "  - {objective: Merged, <<: *m, key_results: [{kr: a, kr: b}]}\n",
        "  - objective: Dup\n    objective: Dup again\n    key_results: [{kind: bogus, kr: c}]\n",
        "  - 12\n",
    ]
)
_ROOT = st.sampled_from(
    [
        "",
        "period: 2026-Q1\n",
        "m: &m {owner: Bo}\n",
        "ownr: Team\n",
        "<<: {period: P9}\n",
        "objective: Root\nkey_results: [Grow X to 5]\n",
        "period: P\nperiod: Q\n",
        "a: &a 1\n",
    ]
)
_AFTER = st.sampled_from(
    ["", "period: later\n", "objectives: [Again]\n", "okrs: [Other]\n", "ref: *o\n", "b: *a\n"]
)
_HEAD = st.sampled_from(["objectives:\n", "okrs:\n", "goals:\n", "objectives: &all\n"])


@st.composite
def _documents(draw: st.DrawFn) -> str:
    items = "".join(draw(st.lists(_OBJECTIVES, min_size=1, max_size=5)))
    if draw(st.booleans()) and not draw(st.booleans()):  # the document is the list
        return "".join(line[2:] + "\n" for line in items.splitlines())
    return draw(_ROOT) + draw(_HEAD) + items + draw(_AFTER)


def _whole_graph(monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> ReadResult:
    def refuse(text: str, walker: Y._Walker) -> list[Y.Objective]:
        raise Y._NotStreamed

    with monkeypatch.context() as patch:
        patch.setattr(Y, "_streamed", refuse)
        return read_yaml(name, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_documents(), min_size=1, max_size=3).map("---\n".join))
def test_streamed_and_whole_graph_reads_agree(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        whole = _whole_graph(monkeypatch, "okrs.yaml", text)
    streamed = read_yaml("okrs.yaml", text)
    assert streamed.problems == whole.problems
    assert streamed.file.objectives == whole.file.objectives


def test_the_period_after_the_list_reaches_the_objectives_read_before_it() -> None:
    text = "objectives:\n  - objective: Grow\n    key_results: [Grow X to 5]\nperiod: 2026-Q3\n"
    calls: list[int] = []
    real = Y._streamed

    def counted(text: str, walker: Y._Walker) -> list[Y.Objective]:
        out = real(text, walker)
        calls.append(len(out))
        return out

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(Y, "_streamed", counted)
        (objective,) = read_yaml("okrs.yaml", text).file.objectives
    assert calls == [1]  # read an item at a time, not handed over
    assert objective.period == "2026-Q3"


def test_the_root_findings_come_before_the_objectives_findings() -> None:
    text = "ownr: x\nobjectives:\n  - objectiv: a\n    key_results: [b]\nownr: y\n"
    result = read_yaml("okrs.yaml", text)
    assert [(p.code, p.span.line, p.span.column) for p in result.problems] == [
        ("F004", 5, 1),
        ("F003", 5, 1),
        ("F003", 3, 5),
        ("F002", 3, 5),
    ]
