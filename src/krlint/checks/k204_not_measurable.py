"""K204: a result with no number, amount, threshold or rate — one finding per problem.

Deliverables are left to K201–K203 and O101/O107 (done or not done is how a deliverable is
scored; what is wrong with it is that it is an output), and a vague opening verb to K206.
"""

from collections.abc import Iterator

from krlint import measures
from krlint.checks._vague import vague_opening
from krlint.diagnostics import Problem
from krlint.fields import OUTPUT_KINDS
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective, kr in ctx.key_results():
        if kr.kind in OUTPUT_KINDS or "target" in kr.fields:
            continue
        if measures.is_measurable(kr.text):
            continue
        judgement = ctx.judgement(kr)
        if judgement is not None and judgement.leaning == "output":
            continue  # a deliverable, even one krlint is unsure of: K201–K203, O101/O107
        if vague_opening(ctx, kr) is not None:
            continue  # K206 says it
        yield Problem(
            kr.span,
            "no number, amount or threshold: nobody can score this",
            objective=objective,
            key_result=kr,
            suggestion="Say what will be measured and the value that counts as success.",
        )
