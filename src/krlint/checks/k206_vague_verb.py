"""K206: a vague verb (improve, optimise, support …) with no measure."""

from collections.abc import Iterator

from krlint.checks._vague import vague_opening
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext, text_span


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective, kr in ctx.key_results():
        length = vague_opening(ctx, kr)
        if length is None:
            continue
        yield Problem(text_span(kr, 0, length),
                      f'"{kr.text[:length]}" with no measure cannot fail: say what will be '
                      "different, and by how much",
                      objective=objective, key_result=kr,
                      suggestion="Name the measure and its target, e.g. \"improve week-1 retention "
                                 "from 40% to 55%\".")
