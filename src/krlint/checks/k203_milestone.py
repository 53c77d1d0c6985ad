"""K203: a binary or date milestone rather than a measure of change."""

from collections.abc import Iterator

from krlint.checks._outputs import problem, reported_outputs
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective, kr, judgement in reported_outputs(ctx):
        ev = judgement.first("milestone")
        what = f' ("{ev.text}")' if ev else ""
        yield problem(
            kr,
            objective,
            judgement,
            "milestone",
            f"a milestone{what}: it is done or not done, and can be met while nothing improves",
        )
