"""Word forms for lexicon rules, and the spaCy pipeline the token-matching kinds run on.

A team writes a term once ("synergy", "leverage") and expects "synergies" and "leveraging" to be
caught. The analyser's lemma table only knows krlint's own verbs, so the forms of a user's term
are generated here with regular English morphology (noun plurals, verb -s/-ed/-ing) — cheap,
predictable and enough for a word list; irregular forms can be listed as terms of their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from krlint.rule_api import RuleContext

if TYPE_CHECKING:
    from spacy.language import Language

_VOWELS = "aeiou"
_DOUBLE = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def forms(word: str) -> set[str]:
    """A lowercase word and its regular inflections (plural/-s, -ed, -ing)."""
    w = word.lower()
    out = {w}
    if not w.isalpha():
        return out
    consonant_y = w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        out.add(w + "es")
    if consonant_y:
        out.update({w[:-1] + "ies", w[:-1] + "ied", w + "ing"})
    else:
        out.add(w + "s")
    if w.endswith("e"):
        out.update({w + "d", w[:-1] + "ing"})
    elif not consonant_y:
        out.update({w + "ed", w + "ing"})
        if _DOUBLE.match(w):
            out.update({w + w[-1] + "ed", w + w[-1] + "ing"})
    return out


def pipeline(ctx: RuleContext) -> Language:
    """The analyser's spaCy pipeline (lemmas set), or a blank English one without an analyser."""
    if ctx.analyzer is not None:
        return ctx.analyzer.nlp
    return _blank()


_BLANK: list[Language] = []


def _blank() -> Language:
    if not _BLANK:
        import spacy

        _BLANK.append(spacy.blank("en"))
    return _BLANK[0]


def blank_vocab_nlp() -> Language:
    """For validating token patterns when a rule is loaded, before any analyser exists."""
    return _blank()
