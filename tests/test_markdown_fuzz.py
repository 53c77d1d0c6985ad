"""Whatever Markdown comes in, the reader returns a model or findings: never an exception, and
every position it reports is inside the file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from krlint.loaders.markdown import read_markdown

_PIECES = st.sampled_from([
    "# ", "## ", "### ", "- ", "* ", "1. ", "  ", "    ", "> ", "[ ] ", "[x] ", "**", "_", "`",
    "Objective: ", "Key result: ", "KR1: ", "Initiative: ", "Key results", "Objectives",
    "2024 Q3", "Grow revenue", "10 customers", "(7/10)", "[link](#a)", "\n", "\n\n", "\r\n",
    "\t", "\u2028", "<!-- x -->", "```", "|a|b|", "---", "===", "| Objective | KR | Target |\n",
    "|---|---|---|\n", "| x | y |\n", "| | z \\| w | 3 |\n",
])


@settings(max_examples=300, deadline=None)
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
    for span in spans:
        assert 1 <= span.line <= count and span.column >= 1
