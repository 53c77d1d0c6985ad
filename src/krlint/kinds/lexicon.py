"""`kind: lexicon` — flag objectives or key results that use any of a list of terms.

Terms match on lemmas, so `synergy` also catches "synergies" and `leverage` "leveraging"; a
multi-word term ("best in class") matches word by word, hyphenated or not. The finding points
at the matched words.

    code: H001
    name: no-buzzwords
    severity: warning
    kind: lexicon
    summary: Buzzwords hide what will actually change.
    params:
      terms: [synergy, leverage, best in class]
      scope: [objective, key_result]          # default: key_result
      message: '"{match}" is a buzzword'      # placeholders: match, term, text, node
      suggestion: Say what will be different, in plain words.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from krlint.diagnostics import Problem
from krlint.kinds._params import Params, describe, render
from krlint.kinds._words import forms, matched_spans
from krlint.rule_api import Check, RuleContext, text_span
from krlint.rule_spec import RuleSpec

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher

PLACEHOLDERS = {"match", "term", "text", "node"}
DEFAULT_MESSAGE = '"{match}" is a listed term ({term})'


def build(spec: RuleSpec) -> Check:
    params = Params(spec, {"terms", "scope", "message", "suggestion"})
    terms = params.words("terms")
    scopes = params.scope(("key_result",))
    message = params.template("message", DEFAULT_MESSAGE, PLACEHOLDERS)
    suggestion = params.text("suggestion")
    matchers: dict[int, Matcher] = {}

    def matcher_for(nlp: Language) -> Matcher:
        key = id(nlp.vocab)
        if key not in matchers:
            from spacy.matcher import Matcher

            matcher = Matcher(nlp.vocab)
            for i, term in enumerate(terms):
                words = [t.text.lower() for t in nlp.make_doc(term) if t.text != "-"]
                by_form = _joined([{"LOWER": {"IN": sorted(forms(w))}} for w in words])
                by_lemma = _joined([{"LEMMA": w} for w in words])
                matcher.add(str(i), [by_form, by_lemma])
            matchers[key] = matcher
        return matchers[key]

    def check(ctx: RuleContext) -> Iterator[Problem]:
        for objective, kr, node, span in matched_spans(ctx, scopes, matcher_for):
            term = terms[int(span.doc.vocab.strings[span.label])]
            yield Problem(
                text_span(node, span.start_char, span.end_char),
                render(message, match=span.text, term=term, text=node.text, node=describe(node)),
                objective=objective,
                key_result=kr,
                suggestion=suggestion,
            )

    return check


def _joined(tokens: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Words of a phrase, optionally hyphenated: `best in class` also finds "best-in-class"."""
    out: list[dict[str, Any]] = []
    for token in tokens:
        if out:
            out.append({"ORTH": "-", "OP": "?"})
        out.append(token)
    return out
