"""O106: the objective carries a number or a metric."""

from collections.abc import Iterator

from krlint import measures
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective in ctx.file.objectives:
        found = measures.numbers(objective.text)
        if found:
            yield Problem(
                objective.span,
                f'the objective states a number ("{found[0].text}"); '
                "keep numbers in the key results",
                objective=objective,
                suggestion="Say where you want to be and why it matters; move the "
                "number into a key result.",
            )
