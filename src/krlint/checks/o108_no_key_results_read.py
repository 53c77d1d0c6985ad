"""O108: an objective of a Markdown file under which no key results were read."""

from collections.abc import Iterator

from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    if ctx.file.structure_declared:
        return  # O102's: a declared objective with no key results lacks them for certain
    for objective in ctx.file.objectives:
        if not objective.key_results:
            yield Problem(
                objective.span,
                f'"{objective.text}": no key results read under it — if it has some, '
                "`krlint show` prints what krlint read",
                objective=objective,
            )
