"""K206: a vague verb (improve, optimise, support …) with no measure."""

from collections.abc import Iterator

from krlint import measures
from krlint.diagnostics import Problem
from krlint.rule_api import RuleContext, text_span


def check(ctx: RuleContext) -> Iterator[Problem]:
    vague = set(ctx.lexicons.vague_verbs)
    lemmas = ctx.lexicons.lemma_table()
    for objective, kr in ctx.key_results():
        if measures.is_measurable(kr.text):
            continue
        words = kr.text.split()
        if not words:
            continue
        first = words[0].strip(".,:;!?\"'").lower()
        lemma = lemmas.get(first, first)
        two = f"{lemma} {words[1].lower()}" if len(words) > 1 else ""
        verb = two if two in vague else lemma if lemma in vague else None
        if verb is None:
            continue
        length = len(words[0]) + (len(words[1]) + 1 if verb == two else 0)
        yield Problem(text_span(kr, 0, length),
                      f'"{kr.text[:length]}" with no measure cannot fail: say what will be '
                      "different, and by how much",
                      objective=objective, key_result=kr,
                      suggestion="Name the measure and its target, e.g. \"improve week-1 retention "
                                 "from 40% to 55%\".")
