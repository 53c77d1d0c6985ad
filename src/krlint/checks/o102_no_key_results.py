"""O102: an objective with no key results."""

from collections.abc import Iterator

from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    if not ctx.file.structure_declared:
        return  # O108 warns: in Markdown, none read is not none written
    for objective in ctx.file.objectives:
        if not objective.key_results:
            yield Problem(
                objective.span, f'"{objective.text}" has no key results', objective=objective
            )
