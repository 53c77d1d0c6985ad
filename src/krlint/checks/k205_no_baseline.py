"""K205: a target with no starting point."""

from collections.abc import Iterator

from krlint import measures
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective, kr in ctx.key_results():
        if kr.kind == "maintain" or "baseline" in kr.fields:
            continue
        if measures.states_change_without_start(kr.text):
            yield Problem(
                kr.span,
                'a target without a baseline: say where it starts ("from 32% to 45%")',
                objective=objective,
                key_result=kr,
                suggestion='Add the current value: "from A to B", or a `baseline:` field.',
            )
