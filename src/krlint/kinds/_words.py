"""Word forms for lexicon rules, and the spaCy pipeline the token-matching kinds run on.

A team writes a term once ("synergy", "leverage") and expects "synergies" and "leveraging" to be
caught. The analyser's lemma table only knows krlint's own verbs, so the forms of a user's term
are generated here with regular English morphology (noun plurals, verb -s/-ed/-ing) — cheap,
predictable and enough for a word list; irregular forms can be listed as terms of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from krlint.kinds._params import nodes
from krlint.model import KeyResult, Objective
from krlint.nlp.lexicon import inflections
from krlint.rule_api import RuleContext

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span


def forms(word: str) -> set[str]:
    """A lowercase word and its regular inflections (plural/-s, -ed, -ing): the analyser's own
    inflection rules, so a house rule and the lexicons agree on what counts as a form."""
    w = word.lower()
    return inflections(w) if w.isalpha() else {w}


def matched_spans(
    ctx: RuleContext, scopes: tuple[str, ...], matcher_for: Callable[[Language], Any]
) -> Iterator[tuple[Objective, KeyResult | None, Objective | KeyResult, Span]]:
    """Every non-overlapping match of a token matcher in the nodes in scope, in source order.

    The texts go through the pipeline in one batch; `matcher_for(nlp)` builds (and caches) the
    matcher for that pipeline's vocabulary.
    """
    from spacy.util import filter_spans

    nlp = pipeline(ctx)
    matcher = matcher_for(nlp)
    items = list(nodes(ctx, scopes))
    for (objective, kr, node), doc in zip(
        items, nlp.pipe([n.text for _, _, n in items]), strict=True
    ):
        for span in sorted(filter_spans(matcher(doc, as_spans=True)), key=lambda s: s.start):
            yield objective, kr, node, span


def pipeline(ctx: RuleContext) -> Language:
    """The analyser's spaCy pipeline (lemmas set), or a blank English one without an analyser."""
    if ctx.analyzer is not None:
        return ctx.analyzer.nlp
    return _blank()


_BLANK: list[Language] = []


def _blank() -> Language:
    if not _BLANK:
        from krlint.nlp.spacy_import import import_spacy

        import_spacy()
        from spacy.lang.en import English

        _BLANK.append(English())
    return _BLANK[0]


def blank_vocab_nlp() -> Language:
    """For validating token patterns when a rule is loaded, before any analyser exists."""
    return _blank()
