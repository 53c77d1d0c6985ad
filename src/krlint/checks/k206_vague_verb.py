"""K206: a vague verb (improve, optimise, support …) with no measure.

Not a `kind: lexicon` rule: it flags the verb only where it opens the key result and only when
nothing in it is measurable, and K204 stays quiet on exactly those key results (one finding per
problem). Both ask `_vague.vague_opening`, so the two rules cannot disagree on what a vague
opening is; a lexicon rule would match on its own terms and could.
"""

from collections.abc import Iterator

from krlint.checks._vague import vague_opening
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext, text_span


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective, kr in ctx.key_results():
        length = vague_opening(ctx, kr)
        if length is None:
            continue
        yield Problem(
            text_span(kr, 0, length),
            f'"{kr.text[:length]}" with no measure cannot fail: say what will be '
            "different, and by how much",
            objective=objective,
            key_result=kr,
            suggestion='Name the measure and its target, e.g. "improve week-1 retention '
            'from 40% to 55%".',
        )
