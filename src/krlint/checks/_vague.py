"""A vague verb leading a key result with no measure: K206 reports it, and K204 leaves it to
K206 (one finding per problem)."""

from __future__ import annotations

from krlint import measures
from krlint.model import KeyResult
from krlint.rule_api import RuleContext


def vague_opening(ctx: RuleContext, kr: KeyResult) -> int | None:
    """How many characters of the opening are the vague verb ("Improve", "Work on"), when the
    key result has nothing measurable; None otherwise."""
    if measures.is_measurable(kr.text):
        return None
    words = kr.text.split()
    if not words:
        return None
    vague = set(ctx.lexicons.vague_verbs)
    lemmas = ctx.lexicons.lemma_table()
    first = words[0].strip(".,:;!?\"'").lower()
    lemma = lemmas.get(first, first)
    two = f"{lemma} {words[1].lower()}" if len(words) > 1 else ""
    verb = two if two in vague else lemma if lemma in vague else None
    if verb is None:
        return None
    return len(words[0]) + (len(words[1]) + 1 if verb == two else 0)
