"""The output/outcome judgement, behind one interface: `Analyzer.classify(texts)`.

Importing this package is cheap; spaCy is imported the first time a text must be analysed, so
commands that never judge a key result (`--version`, `rules`, a fully cached check) stay fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from krlint.nlp.context import in_context
from krlint.nlp.judgement import Judgement, Label, Reading
from krlint.nlp.lexicon import Lexicons, builtin_lexicons
from krlint.nlp.model import Verdict, builtin_verdict

if TYPE_CHECKING:
    from spacy.language import Language

    from krlint.nlp.classifier import Classifier

__all__ = ["Analyzer", "Judgement", "Label", "Lexicons", "Reading", "classify"]


class Analyzer:
    def __init__(self, lexicons: Lexicons | None = None, model: str | None = None) -> None:
        self.lexicons = lexicons or builtin_lexicons()
        self.model = model
        self._classifier: Classifier | None = None

    @property
    def fingerprint(self) -> str:
        return f"{self.lexicons.fingerprint}:{self.model or ''}"

    def _built(self) -> Classifier:
        if self._classifier is None:
            from krlint.nlp.spacy_import import import_spacy

            import_spacy()  # first, before any module below imports spaCy its own way
            from krlint.nlp.classifier import Classifier

            self._classifier = Classifier(self.lexicons, self.model)
        return self._classifier

    @property
    def nlp(self) -> Language:
        """The configured spaCy pipeline (lemmas set), for rule kinds that match tokens."""
        return self._built().pipeline.nlp

    def classify(
        self, texts: Sequence[str], objectives: Sequence[str | None] | None = None
    ) -> list[Judgement]:
        """One judgement per text, in order. `objectives`, when given, holds the objective
        above each key result (None where there is none): the suggestion for an output is worded
        with it; the label is decided by the key result's text alone."""
        if not texts:
            return []
        if objectives is not None and len(objectives) != len(texts):
            raise ValueError("classify: one objective (or None) per key result")
        return self._built().classify(list(texts), list(objectives) if objectives else None)

    def read(
        self, texts: Sequence[str], objectives: Sequence[str | None] | None = None
    ) -> list[Reading]:
        """What each key result's own words say (what the judgement cache keeps); a file's
        judgements are `in_file` of its key results' readings."""
        if not texts:
            return []
        if objectives is not None and len(objectives) != len(texts):
            raise ValueError("read: one objective (or None) per key result")
        return self._built().readings(list(texts), list(objectives) if objectives else None)

    @property
    def verdict(self) -> Verdict:
        """How the model's probabilities become judgements, read without the weights or spaCy
        when nothing has been read (a run whose readings are all cached)."""
        if self._classifier is not None:
            return self._classifier.model.verdict
        return builtin_verdict() or self._built().model.verdict

    def in_file(self, readings: Sequence[Reading]) -> list[Judgement]:
        """The judgements of one file's key results, each read beside the others."""
        return in_context(readings, self.verdict)


_default: Analyzer | None = None


def classify(
    texts: Sequence[str], objectives: Sequence[str | None] | None = None
) -> list[Judgement]:
    """Judge texts with the built-in lexicons (the analyser is built once per process)."""
    global _default
    if _default is None:
        _default = Analyzer()
    return _default.classify(texts, objectives)
