"""K201: the key result is led by an activity verb and measures what the team does."""

from collections.abc import Iterator

from krlint.checks._outputs import problem, reported_outputs
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective, kr, judgement in reported_outputs(ctx):
        ev = judgement.first("activity-verb")
        if ev is not None:
            message = (
                f'"{ev.text}" is an activity: this key result counts what the team does, '
                "not what changes"
            )
        else:
            message = "this key result describes the team's own work, not the change it causes"
        yield problem(kr, objective, judgement, "activity-verb", message)
