"""O103: more key results than `max` under one objective."""

from collections.abc import Iterator

from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    limit = int(ctx.options.get("max", 5))
    for objective in ctx.file.objectives:
        n = len(objective.key_results)
        if n > limit:
            yield Problem(objective.span,
                          f'"{objective.text}" has {n} key results (more than {limit})',
                          objective=objective,
                          suggestion="Keep the few that best show the objective is met.")
