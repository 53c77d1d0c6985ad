"""O105: more than `threshold` of the key results are outputs (all of them is O101)."""

from collections.abc import Iterator

from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    threshold = float(ctx.options.get("threshold", 0.5))
    for objective in ctx.file.objectives:
        krs = objective.key_results
        outputs = sum(ctx.is_output(kr) for kr in krs)
        if krs and outputs < len(krs) and outputs / len(krs) > threshold:
            yield Problem(
                objective.span,
                f'"{objective.text}": {outputs} of {len(krs)} key results are outputs',
                objective=objective,
                suggestion="Turn the outputs into the outcomes they are meant to move.",
            )
