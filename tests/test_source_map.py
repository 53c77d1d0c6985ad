"""`SourceMap`: the position of every character of a cleaned text, held as runs.

It must answer exactly what the per-character tuple it replaced answered (length, indexing,
iteration), since `rule_api.text_span` and the readers rely on that, while storing one entry per
run of characters that sit side by side on one line.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from krlint.loaders.markdown import read_markdown
from krlint.model import SourceLines, SourceMap

POSITIONS = [(3, 5), (3, 6), (3, 7), (3, 10), (3, 11), (4, 1), (4, 2)]


def test_runs_of_adjacent_characters_are_stored_once() -> None:
    source_map = SourceMap.of(POSITIONS)
    assert source_map.starts == (0, 3, 5)
    assert source_map.lines == (3, 3, 4)
    assert source_map.columns == (5, 10, 1)
    assert len(source_map) == 7


def test_indexing_and_iteration_give_every_position() -> None:
    source_map = SourceMap.of(POSITIONS)
    assert [source_map[i] for i in range(7)] == POSITIONS
    assert list(source_map) == POSITIONS
    assert source_map[-1] == (4, 2)
    with pytest.raises(IndexError):
        source_map[7]


def test_an_empty_map_is_empty() -> None:
    assert len(SourceMap.of([])) == 0
    assert list(SourceMap.of([])) == []


@given(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 40)), max_size=60))
def test_any_positions_round_trip(positions: list[tuple[int, int]]) -> None:
    source_map = SourceMap.of(positions)
    assert list(source_map) == positions
    assert [source_map[i] for i in range(len(positions))] == positions
    assert len(source_map.starts) <= len(positions)


def test_a_markdown_key_result_with_markup_keeps_a_run_per_piece() -> None:
    # "**Reduce** churn to 3%": the bold markers are gone from the text, not from the map
    read = read_markdown("okrs.md", "## Objective: Keep customers\n\n- **Reduce** churn to 3%\n")
    kr = read.file.objectives[0].key_results[0]
    assert kr.text == "Reduce churn to 3%"
    assert kr.source_map is not None and len(kr.source_map) == len(kr.text)
    assert kr.source_map[0] == (3, 5)  # the R after "- **"
    assert kr.source_map[len("Reduce churn")] == (3, 19)  # the space before "to"
    assert 2 <= len(kr.source_map.starts) <= 3


# -- SourceLines: the source's lines, cut on demand --------------------------------------------
MARKDOWN_BREAKS = re.compile(r"\r\n?|\n")


def _markdown_split(text: str) -> list[str]:
    lines = MARKDOWN_BREAKS.split(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


@pytest.mark.parametrize(
    "text", ["", "a", "a\n", "a\n\n", "\n", "a\r\nb\rc\nd", "a\u2028b\x0cc\x85d\n", "x\r\n\r\n"]
)
def test_lines_are_what_splitlines_gives(text: str) -> None:
    lines = SourceLines(text)
    assert list(lines) == text.splitlines()
    assert len(lines) == len(text.splitlines())
    assert [lines[i] for i in range(len(lines))] == text.splitlines()
    assert lines == text.splitlines()


@given(st.text(alphabet="ab \r\n\x0c\u2028\x85", max_size=40))
def test_any_text_splits_as_splitlines_or_the_readers_own_breaks(text: str) -> None:
    assert list(SourceLines(text)) == text.splitlines()
    markdown = SourceLines(text, MARKDOWN_BREAKS)
    assert list(markdown) == _markdown_split(text)
    assert markdown[1:] == _markdown_split(text)[1:]
    if len(markdown):
        assert markdown[-1] == _markdown_split(text)[-1]


def test_a_line_past_the_end_is_an_index_error() -> None:
    with pytest.raises(IndexError):
        SourceLines("one\ntwo")[2]
