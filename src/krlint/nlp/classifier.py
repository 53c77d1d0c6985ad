"""Combine what a key result measures into output / outcome / unclear, with the evidence.

Features come from `features/`; a linear model turns them into the probability of "output".
The shipped weights (`rules/model/classifier.json`) are trained on the project's labelled corpus;
without them, hand-set weights over the engineered features give the lexicon-only judgement
(kept as the fallback and as the baseline the trained weights must beat).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from krlint.diagnostics import Evidence
from krlint.nlp.features import names as F
from krlint.nlp.features.extractor import FeatureExtractor
from krlint.nlp.features.line import Extracted
from krlint.nlp.features.text import clean
from krlint.nlp.gloss import Glossary, Glossed
from krlint.nlp.judgement import (
    COUNTED_KINDS,
    MILESTONE_KINDS,
    OUTCOME_KINDS,
    OUTPUT_KINDS,
    Judgement,
    Reading,
)
from krlint.nlp.lexicon import Lexicons
from krlint.nlp.model import LinearModel, builtin_model
from krlint.nlp.pipeline import Pipeline
from krlint.nlp.suggestions import Suggester, Suggestion

# The lexicon-only judgement: each weight is one sentence of the definition (README, "What krlint
# judges"), so the judgement is the definition before any training refines it.
HAND_WEIGHTS = LinearModel(
    {
        F.HEAD_ACTIVITY: 2.0,
        F.ACTIVITY_WITHOUT_OUTCOME_MEASURE: 1.0,
        F.ARTEFACT_COUNTED: 2.5,
        F.ARTEFACT_NUMBER_OF: 2.5,
        F.OUTCOME_VERB_OVER_ARTEFACTS: 1.0,
        F.OUTCOME_VERB_UNMEASURED: -0.8,  # "Reduce X" asks a change of a result, number or not
        F.TEAM_PROPERTY: 2.5,
        F.SPEND: 1.5,
        F.MILESTONE_STATE: 1.5,
        F.BY_DATE: 0.5,
        F.CAPABILITY: 1.5,
        F.INSTRUMENTATION: 1.5,
        F.STATUS_NOTE: 1.0,
        F.ACTIVITY_PARTICIPLE: 1.0,
        F.ACTIVITY_AFTER_CONJUNCTION: 0.5,
        F.UNMEASURED: 0.8,
        F.METRIC: 1.0 * -1,
        F.METRIC_COUNTED: -2.0,
        F.METRIC_AFTER_OUTCOME_VERB: -1.5,
        F.PURPOSE_OUTCOME: -2.0,
        F.PURPOSE_SCORED: -2.0,
        F.PURPOSE_UNSCORED: 1.5,
        F.SHARE_OF_PEOPLE: -1.5,
        F.COUNT_OF_PEOPLE: -0.5,
        F.SHARE_OF_TEAM_ARTEFACTS: 1.0,
        F.verb_measures("spend"): 1.5,  # "Raise prices by 10%": a lever the team sets
        F.SHARE_OF_INTERNAL: 1.5,
        F.ALL_INTERNAL: 1.0,
        F.COUNT_OF_INTERNAL: 0.5,
        F.HEAD_OUTCOME_VERB: -1.0,
        F.FROM_TO: -0.5,
        F.COMPARATOR: -0.5,
        F.TIME_UNIT: -0.5,
        F.PERCENT: -0.5,
        F.MONEY: -0.5,
        F.ZERO: -0.5,
        F.ZERO_METRIC: -2.0,
        F.MEASURES_OUTPUT: 1.5,
        F.MEASURES_OUTCOME: -1.5,
        F.NUMBERS_COUNT_OUTPUT: 1.5,
        F.PROVISIONING: 2.0,
        F.TIME_SPENT: 1.5,
        F.OUTCOME_CLAUSE: -2.0,
        F.PEOPLE_ACT: -1.5,
        F.INTERNAL_ACT: -1.0,  # other people's behaviour is a result
        F.ACTIVITY_OVER_PEOPLE_SHARE: 1.5,  # the team's activity, however many it reaches
        F.HEAD_NAMES_MEASURE: -1.0,
        F.HEAD_PEOPLE_SUBJECT: -1.0,
        F.PERFORMANCE_THRESHOLD: -1.0,  # latency as users experience it
        F.ACTIVITY_FREQUENCY: 1.0,  # how often an activity is done: a count of activities
        F.SHARE_OF_THINGS: 0.5,  # compliance with the team's own process
    },
    bias=0.0,
)


def reason_for(ev: dict[str, Evidence], head_is_activity: bool) -> str:
    """Which side of the output judgement the evidence shows (picks K201, K202 or K203)."""
    counted = any(k in ev for k in COUNTED_KINDS)
    if counted and not head_is_activity:
        return "output-metric"
    if head_is_activity:
        return "activity-verb"
    if any(k in ev for k in MILESTONE_KINDS):
        return "milestone"
    if counted:
        return "output-metric"
    if "activity-verb" in ev:
        return "activity-verb"
    return "milestone"


class Classifier:
    def __init__(
        self, lexicons: Lexicons, model: str | None = None, use_model: bool = True
    ) -> None:
        self.lexicons = lexicons
        self.pipeline = Pipeline(lexicons, model)
        self.extractor = FeatureExtractor(lexicons, self.pipeline.term_doc)
        self.suggester = Suggester(lexicons, self.pipeline.term_doc, self.pipeline.plain_words)
        trained = builtin_model() if use_model else None
        self.model = trained or HAND_WEIGHTS
        self.glossary = Glossary(lexicons.glossary)

    def docs(self, texts: Iterable[str]) -> Iterator[tuple[Doc, str]]:
        """Each cleaned text (read in English if it is in another language, `gloss`) with its
        Doc: `Doc.text` would rebuild the string token by token."""
        return ((doc, text) for doc, text, _ in self.read(texts))

    def read(self, texts: Iterable[str]) -> Iterator[tuple[Doc, str, Glossed | None]]:
        """… and the gloss, if one was made, to lay the evidence back on the source."""
        glossary = self.glossary

        def reading(text: str) -> tuple[str, Glossed | None]:
            cleaned = clean(text)
            glossed = glossary.gloss(cleaned)
            return (glossed.text, glossed) if glossed is not None else (cleaned, None)

        pairs = self.pipeline.pipe((r[0], r) for r in map(reading, texts))
        return ((doc, text, glossed) for doc, (text, glossed) in pairs)

    def extract_all(self, texts: Iterable[str]) -> list[Extracted]:
        return [self.extractor.extract(doc, text) for doc, text in self.docs(texts)]

    def classify(
        self, texts: Iterable[str], objectives: Sequence[str | None] | None = None
    ) -> list[Judgement]:
        """Each key result judged alone (for judgements in their file: `readings`, then
        `krlint.nlp.context.in_context`). `objectives[k]` is the objective above `texts[k]`, if
        known: it words the suggestion of an output and never moves a label."""
        model = self.model
        return [r.judged(model.unclear_below, model.gate) for r in self.readings(texts, objectives)]

    def readings(
        self, texts: Iterable[str], objectives: Sequence[str | None] | None = None
    ) -> list[Reading]:
        """What each key result's own words say; the suggestion is made for those that are an
        output alone or could become one in their file (`Context.lowest_output`)."""
        model = self.model
        could_be_output = model.context.lowest_output() if model.context else 0.5
        # streamed: each Doc is read and dropped, so memory holds readings, not Docs
        found = []
        for k, (doc, text, glossed) in enumerate(self.read(texts)):
            x = self.extractor.extract(doc, text)
            reading = self.reading(x)
            if glossed is not None:
                reading = _on_source(reading, glossed)
            if reading.p_output >= could_be_output:
                said = self.suggester.suggest(doc, x, objectives[k] if objectives else None)
                reading = replace(
                    reading,
                    suggestion=said.text,
                    rewrite=said.rewrite,
                    outcome_family=said.family,
                    deliverable=said.deliverable,
                )
            found.append(reading)
        return found

    def suggestions(
        self, texts: Iterable[str], objectives: Sequence[str | None] | None = None
    ) -> list[Suggestion]:
        """The suggestion each text would get as an output, whatever its label (the
        suggestions benchmark measures them on lines a coach called outputs)."""
        return [
            self.suggester.suggest(
                doc, self.extractor.extract(doc, text), objectives[k] if objectives else None
            )
            for k, (doc, text) in enumerate(self.docs(texts))
        ]

    def reading(self, x: Extracted) -> Reading:
        """The model's probability for these features, with the evidence for both sides."""
        p = self.model.score(x.features) if x.features else 0.5  # no words: nothing to go on
        # "SSO is enabled by default" states a milestone; "Enable SSO" asks for an activity
        head_is_activity = F.HEAD_ACTIVITY in x.features and F.HEAD_PASSIVE not in x.features
        return Reading(
            p,
            bool(x.features),
            tuple(x.evidence[k] for k in OUTPUT_KINDS + OUTCOME_KINDS if k in x.evidence),
            reason_for(x.evidence, head_is_activity),
            x.head,
            x.family if head_is_activity else None,
            x.target,
            x.baseline,
        )


def _on_source(reading: Reading, glossed: Glossed) -> Reading:
    """The evidence found in a gloss, laid back on the author's own words."""

    def back(e: Evidence | None) -> Evidence | None:
        if e is None:
            return None
        a, b = glossed.source_span(e.start, e.end)
        return replace(e, text=glossed.source[a:b], start=a, end=b)

    return replace(
        reading,
        evidence=tuple(e for e in map(back, reading.evidence) if e is not None),
        target=back(reading.target),
        baseline=back(reading.baseline),
    )
