"""O107: every key result looks like an output, but krlint is unsure of some of them."""

from collections.abc import Iterator

from krlint.checks._gate import file_decisions
from krlint.checks._outputs import example_rewrite, short
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective, judgements, decision in file_decisions(ctx):
        krs = objective.key_results
        if decision.level != "warning":
            continue
        named = "; ".join(f'"{short(krs[k].text)}"' for k in decision.doubtful)
        some = "it" if len(decision.doubtful) == 1 else "them"
        example = example_rewrite(judgements)
        yield Problem(
            objective.span,
            f'"{objective.text}": every key result looks like an output, but krlint is unsure '
            f"about {named} — if {some} measure{'s' if some == 'it' else ''} no change, "
            "nothing shows whether the objective is met",
            objective=objective,
            suggestion="Make the change you expect explicit in one key result (what moves, from "
            "where, to where"
            + (f', e.g. "{example}"' if example else "")
            + "), or mark a deliberate deliverable `kind: output`.",
        )
