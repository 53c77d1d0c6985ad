"""O104: fewer key results than `min` under one objective (none at all is O102)."""

from collections.abc import Iterator

from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    limit = int(ctx.options.get("min", 2))
    for objective in ctx.file.objectives:
        n = len(objective.key_results)
        if 0 < n < limit:
            yield Problem(objective.span,
                          f'"{objective.text}" has {n} key result{"s" if n != 1 else ""} '
                          f"(fewer than {limit})", objective=objective,
                          suggestion="Add a second measure that guards the first against gaming.")
