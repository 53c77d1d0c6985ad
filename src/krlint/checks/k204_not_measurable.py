"""K204: no number, amount or threshold. Outputs with evidence are left to K201–K203."""

from collections.abc import Iterator

from krlint import measures
from krlint.checks._outputs import has_output_evidence
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for objective, kr in ctx.key_results():
        if kr.kind in ("milestone", "output") or has_output_evidence(ctx.judgement(kr)):
            continue  # K201–K203 already say what this measures
        if "target" in kr.fields or measures.is_measurable(kr.text):
            continue
        yield Problem(kr.span, "no number, amount or threshold: nobody can score this",
                      objective=objective, key_result=kr,
                      suggestion="Say what will be measured and the value that counts as success.")
