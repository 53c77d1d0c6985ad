"""Whatever Markdown comes in, the reader returns a model or findings: never an exception, and
every position it reports is inside the file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from krlint.loaders.markdown import read_markdown
from krlint.loaders.markdown import reader as markdown_reader
from krlint.loaders.markdown.blocks import AFTER_BLOCK, PARSER, block_tokens, prepared

_PIECES = st.sampled_from(
    [
        "# ",
        "## ",
        "### ",
        "- ",
        "* ",
        "1. ",
        "  ",
        "    ",
        "> ",
        "[ ] ",
        "[x] ",
        "**",
        "_",
        "`",
        "Objective: ",
        "Key result: ",
        "KR1: ",
        "Initiative: ",
        "Key results",
        "Objectives",
        "2024 Q3",
        "Grow revenue",
        "10 customers",
        "(7/10)",
        "[link](#a)",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "\u2028",
        "<!-- x -->",
        "```",
        "|a|b|",
        "---",
        "===",
        "| Objective | KR | Target |\n",
        "|---|---|---|\n",
        "| x | y |\n",
        "| | z \\| w | 3 |\n",
        "<details>\n",
        "<summary>",
        "</summary>\n",
        "</details>\n",
        "<table><tr><td>",
        "<strong>",
        "</td></tr></table>\n",
        "| OKR | Metric | Goal |\n",
        "**KR1.1**: ",
        "O1KR2 ",
        "### Objective\n",
        "_Key Result_: ",
        "[BLOCKED: x]",
        "[due:: 2024-06-30]",
        "✅",
        "🚀",
        "↳ ",
        "(Ann)",
        " Ann/Bo",
        "**Owner:** ",
        "Key Results: Ann\n",
        "• ",
        "{#a}",
        "&amp;",
        "\\|",
        "[x](https://e.com)",
        "**2019 Q1**\n",
        "– 2",
        "Notes",
        "What is an OKR",
        "\u200b",
        "O1：",
        "KR2（名）：",
        "。验收：",
        "## KR1 — Reach\n",
        "### ≥ 40% of users\n",
        "in a way that:\n",
        "**KR1: Enemy AI.** ",
        "Session 2030-01-02 10:00",
        "| KR-2031Q1-07 |",
        "| # | KR | Meta |\n",
        " - Current Score: 1/10",
        "KR2.4 is ",
        "**Every Monday** : ",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=40).map("".join))
def test_never_raises_and_positions_stay_in_the_file(text: str) -> None:
    result = read_markdown("fuzz.md", text)
    count = max(len(result.file.lines), 1)
    spans = [p.span for p in result.problems]
    for objective in result.file.objectives:
        assert objective.text
        spans.append(objective.span)
        for kr in objective.key_results:
            assert kr.text
            spans.append(kr.span)
            # every character of the judged text points at a place in the file
            assert kr.source_map is not None and len(kr.source_map) == len(kr.text)
            for line, column in kr.source_map:
                assert 1 <= line <= count and column >= 1
                assert column <= len(result.file.lines[line - 1]) + 1
    for span in spans:
        assert 1 <= span.line <= count and span.column >= 1


_REFERENCES = st.sampled_from(
    ["[a]: https://e.com\n", "[a]\n", "see [x][a] and [a]\n", "  - deeper\n", "1. Grow\n", "\n"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_PIECES, _REFERENCES, st.text(max_size=5)), max_size=40).map("".join))
def test_blocks_one_at_a_time_are_the_whole_parse(text: str) -> None:
    """The reader parses one top-level block at a time; the tokens are markdown-it's own."""
    assert _streamed(text) == PARSER.parse(text)


def test_a_reference_defined_after_its_use_is_a_link_in_the_blocks_before_it() -> None:
    text = "- Reach [10 customers][a] by June\n\n[a]: https://e.com\n"
    tokens = _streamed(text)
    assert tokens == PARSER.parse(text)
    inline = next(t for t in tokens if t.type == "inline")
    assert [c.type for c in inline.children or []][:2] == ["text", "link_open"]


def _streamed(text: str) -> list[Token]:
    src, env = prepared(text)
    out: list[Token] = []
    for tokens in block_tokens(src, env):
        state = StateCore(src, PARSER, env, tokens)
        for rule in AFTER_BLOCK:
            rule(state)
        out.extend(tokens)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, _REFERENCES, st.text(max_size=5)), max_size=40).map("".join))
def test_blocks_parsed_again_read_as_blocks_held(text: str) -> None:
    """A document over PARSED_ONCE characters is parsed again for the reading pass; a smaller
    one is parsed once and held. Both read the same."""
    held = read_markdown("okrs.md", text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(markdown_reader, "PARSED_ONCE", -1)
        again = read_markdown("okrs.md", text)
    assert again.problems == held.problems
    assert again.file.objectives == held.file.objectives
