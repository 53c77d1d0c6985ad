"""Shared by K201–K203: which output key results a rule reports, and how they are worded.

The three rules are one judgement seen from three sides; the judgement's `reason` says which side
decided, so each output key result is reported once, by the rule that names its evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from krlint.diagnostics import Problem
from krlint.model import KeyResult, Objective
from krlint.nlp.judgement import OUTPUT_KINDS, Judgement
from krlint.rule_api import RuleContext, text_span

REASON_RULE = {"output-metric": "K202", "milestone": "K203"}
OUTPUT_EVIDENCE = frozenset(OUTPUT_KINDS)


def has_output_evidence(judgement: Judgement | None) -> bool:
    """An output judgement with something to show for it (a verb, a count, a milestone …).

    Lines judged outputs only by their shape ("Make customers happier": short, no measure) are
    left to K204/K206, which say what is actually wrong with them.
    """
    return (
        judgement is not None
        and judgement.label == "output"
        and any(e.kind in OUTPUT_EVIDENCE for e in judgement.evidence)
    )


def reported_outputs(ctx: RuleContext) -> Iterator[tuple[Objective, KeyResult, Judgement]]:
    """Output key results this rule reports: deliberate outputs (`kind:`) are accepted."""
    for objective, kr in ctx.key_results():
        if kr.kind is not None:
            continue
        judgement = ctx.judgement(kr)
        if judgement is None or not has_output_evidence(judgement):
            continue
        if REASON_RULE.get(judgement.reason, "K201") == ctx.spec.code:
            yield objective, kr, judgement


def example_rewrite(judgements: Iterable[Judgement | None]) -> str | None:
    """The first rewrite template among an objective's key results: what O101 and O107 offer as
    the outcome key result to add."""
    return next((j.rewrite for j in judgements if j is not None and j.rewrite), None)


def problem(
    kr: KeyResult, objective: Objective, judgement: Judgement, kind: str, message: str
) -> Problem:
    ev = judgement.first(kind) or (judgement.evidence[0] if judgement.evidence else None)
    span = text_span(kr, ev.start, ev.end) if ev else kr.span
    return Problem(
        span,
        message,
        objective=objective,
        key_result=kr,
        suggestion=judgement.suggestion,
        evidence=judgement.evidence,
        rewrite=judgement.rewrite,
    )


def short(text: str, limit: int = 60) -> str:
    """A key result as a finding quotes it: one line, at most `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
