"""The spaCy pipeline: blank English + krlint's own components. Imported only when needed.

No pretrained pipeline is required (none can be downloaded here). Lemmas come from krlint's own
inflection table, looked up lowercased (the lookup lemmatiser is case-sensitive and key results
start with a capital). The feature extractor builds its matcher from the lexicons, so a user's
additions take effect without code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from krlint.nlp.lexicon import Lexicons

_C = TypeVar("_C")
LEMMA_COMPONENT = "krlint_lemmas"
# ASCII words, one space apart: what blank English splits at the spaces and nowhere else (no
# prefix, suffix, infix, URL or token pattern reacts to letters alone), unless a word is one of
# its special cases ("cannot" → can + not)
_PLAIN_TERM = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


@Language.factory(LEMMA_COMPONENT, default_config={})
def _make_lemmas(nlp: Language, name: str) -> Any:
    return _Lemmas()


class _Lemmas:
    """Sets `token.lemma_` from a table that `configure` fills; unknown words keep their lower."""

    def __init__(self) -> None:
        self.table: dict[str, str] = {}

    def configure(self, table: dict[str, str]) -> None:
        self.table = table

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        for token in doc:
            lower = token.lower_
            token.lemma_ = table.get(lower, lower)
        return doc


class Pipeline:
    """A configured `Language`: blank English (or a user's pipeline) with krlint's lemmas."""

    def __init__(self, lexicons: Lexicons, model: str | None = None) -> None:
        self.lexicons = lexicons
        self.nlp = self._load(model)
        lemmas = (
            self.nlp.add_pipe(LEMMA_COMPONENT, first=True)
            if LEMMA_COMPONENT not in self.nlp.pipe_names
            else self.nlp.get_pipe(LEMMA_COMPONENT)
        )
        assert isinstance(lemmas, _Lemmas)  # made by krlint's factory above
        lemmas.configure(lexicons.lemma_table())
        # a user's pipeline may tokenise words its own way: its terms always go through it
        own = model and spacy.util.is_package(model)
        rules = getattr(self.nlp.tokenizer, "rules", None) or {}  # a Tokenizer's special cases
        self._special = None if own else frozenset(rules)

    def plain_words(self, text: str) -> list[str] | None:
        """The words of `text` if blank English splits it at its spaces and nowhere else (ASCII
        words one space apart, none a special case such as "cannot"); None otherwise, and
        always for a user's pipeline, which may tokenise words its own way."""
        if self._special is not None and _PLAIN_TERM.fullmatch(text):
            words = text.split(" ")
            if self._special.isdisjoint(words):
                return words
        return None

    def term_doc(self, text: str) -> Doc:
        """A Doc of a lexicon term or phrase, as `nlp.make_doc` makes it. Most terms are plain
        words ("blog post"): their Doc is built from the words, without the tokenizer's affix
        search — ~2,000 terms at every cold start, ~30 ms. Anything else is tokenised (tests
        check that both ways give the same tokens)."""
        words = self.plain_words(text)
        if words is not None:
            return Doc(self.nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
        return self.nlp.make_doc(text)

    @staticmethod
    def _load(model: str | None) -> Language:
        if model and spacy.util.is_package(model):
            # a user's installed pipeline (config `nlp.model`) supplies the tokenizer; krlint's
            # own lemmas and features are still what decide, so results stay comparable
            return spacy.load(model, exclude=["ner", "lemmatizer", "textcat", "parser"])
        from spacy.lang.en import English

        return English()  # the same as spacy.blank("en") without the registry lookup

    def pipe(self, items: Iterable[tuple[str, _C]]) -> Iterator[tuple[Doc, _C]]:
        """(Doc, the context given with its text), one by one: callers keep what they extract,
        never 100,000 Docs at once."""
        return self.nlp.pipe(items, batch_size=256, as_tuples=True)
