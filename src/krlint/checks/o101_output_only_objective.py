"""O101: every key result of the objective is an output, and krlint is sure of each."""

from collections.abc import Iterator

from krlint.checks._gate import file_decisions
from krlint.checks._outputs import example_rewrite
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective, judgements, decision in file_decisions(ctx):
        krs = objective.key_results
        if decision.level == "error":
            n = len(krs)
            what = (
                "its only key result is an output" if n == 1 else f"all {n} key results are outputs"
            )
            example = example_rewrite(judgements)
            yield Problem(
                objective.span,
                f'"{objective.text}": {what} — nothing shows whether the objective is met',
                objective=objective,
                suggestion="Add a key result that measures the change these deliverables should "
                "cause for customers, users or the business"
                + (f', e.g. "{example}".' if example else "."),
            )
