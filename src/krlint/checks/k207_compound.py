"""K207: two measures in one key result."""

from collections.abc import Iterator

from krlint import measures
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext, text_span


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective, kr in ctx.key_results():
        parts = measures.compound_parts(kr.text)
        if parts:
            start = parts[1][0]
            while start < len(kr.text) and kr.text[start] == " ":
                start += 1
            yield Problem(
                text_span(kr, start, parts[1][1]),
                f"{len(parts)} measures in one key result; score them separately",
                objective=objective,
                key_result=kr,
                suggestion="Split it into one key result per measure.",
            )
