"""K202: the key result counts the team's own deliverables, even behind an outcome verb."""

from collections.abc import Iterator

from krlint.checks._outputs import problem, reported_outputs
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective, kr, judgement in reported_outputs(ctx):
        ev = judgement.first("output-artefact")
        what = f'"{ev.text}"' if ev else "deliverables"
        yield problem(
            kr,
            objective,
            judgement,
            "output-artefact",
            f"counts {what} — the team's own output, not the change it should cause",
        )
