"""O101: every key result of the objective is an output, and krlint is sure of each."""

from collections.abc import Iterator

from krlint.checks._gate import file_decisions
from krlint.checks._outputs import example_rewrite, short
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
            if decision.backed:
                named = "; ".join(f'"{short(krs[k].text)}"' for k in decision.backed)
                support = decision.support
                what += (
                    f" (krlint is less sure of {named} alone, but {support.sure_outputs} of "
                    f"the file's {support.others} other key results are sure outputs)"
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
