"""K204: no number, amount or threshold. Outputs are left to K201–K203 (one finding each)."""

from collections.abc import Iterator

from krlint import measures
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext

NEEDS_JUDGEMENT = True


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective, kr in ctx.key_results():
        if kr.kind in ("milestone", "output") or ctx.is_output(kr):
            continue
        if "target" in kr.fields or measures.is_measurable(kr.text):
            continue
        yield Problem(kr.span, "no number, amount or threshold: nobody can score this",
                      objective=objective, key_result=kr,
                      suggestion="Say what will be measured and the value that counts as success.")
