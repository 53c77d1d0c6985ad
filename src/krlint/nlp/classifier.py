"""Combine what a key result measures into output / outcome / unclear, with the evidence.

Features come from `features.py`; a linear model turns them into the probability of "output".
The shipped weights (`rules/model/classifier.json`) are trained on the project's labelled corpus;
without them, hand-set weights over the engineered features give the lexicon-only judgement
(kept as the fallback and as the baseline the trained weights must beat).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from krlint.diagnostics import Evidence
from krlint.nlp.features import Extracted, FeatureExtractor, clean
from krlint.nlp.judgement import Judgement
from krlint.nlp.lexicon import Lexicons
from krlint.nlp.model import LinearModel, builtin_model
from krlint.nlp.pipeline import Pipeline

# The lexicon-only judgement: each weight is one sentence of the definition (design §3a).
HAND_WEIGHTS = LinearModel({
    "f:head_activity": 2.0, "f:activity_without_outcome_measure": 1.0,
    "f:artefact_counted": 2.5, "f:artefact_number_of": 2.5, "f:outcome_verb_over_artefacts": 1.0,
    "f:team_property": 2.5, "f:spend": 1.5, "f:milestone_state": 1.5, "f:by_date": 0.5,
    "f:capability": 1.5, "f:instrumentation": 1.5, "f:status_note": 1.0,
    "f:activity_participle": 1.0, "f:activity_after_conjunction": 0.5, "f:unmeasured": 0.8,
    "f:metric": 1.0 * -1, "f:metric_counted": -2.0, "f:metric_after_outcome_verb": -1.5,
    "f:purpose_outcome": -2.0, "f:purpose_scored": -2.0, "f:share_of_people": -1.5,
    "f:count_of_people": -0.5, "f:share_of_team_artefacts": 1.0,
    "f:verb_measures=spend": 1.5,  # "Raise prices by 10%": a lever the team sets
    "f:share_of_internal": 1.5, "f:all_internal": 1.0, "f:count_of_internal": 0.5,
    "f:head_outcome_verb": -1.0, "f:from_to": -0.5, "f:comparator": -0.5, "f:time_unit": -0.5,
    "f:percent": -0.5, "f:money": -0.5, "f:zero": -0.5, "f:zero_metric": -2.0,
    "f:measures_output": 1.5, "f:measures_outcome": -1.5, "f:numbers_count_output": 1.5,
    "f:provisioning": 2.0, "f:time_spent": 1.5, "f:outcome_clause": -2.0,
}, bias=0.0)

OUTPUT_KINDS = ("activity-verb", "output-artefact", "team-artefact", "spend", "milestone",
                "capability", "instrumentation", "compliance", "deadline", "activity-time")
OUTCOME_KINDS = ("purpose", "outcome-metric", "people", "measure")


def reason_for(ev: dict[str, Evidence], head_is_activity: bool) -> str:
    """Which side of the output judgement the evidence shows (picks K201, K202 or K203)."""
    counted = any(k in ev for k in ("output-artefact", "team-artefact", "spend"))
    if counted and not head_is_activity:
        return "output-metric"
    if head_is_activity:
        return "activity-verb"
    if any(k in ev for k in ("milestone", "capability", "instrumentation", "compliance",
                             "deadline", "activity-time")):
        return "milestone"
    if counted:
        return "output-metric"
    if "activity-verb" in ev:
        return "activity-verb"
    return "milestone"


class Classifier:
    def __init__(self, lexicons: Lexicons, model: str | None = None,
                 use_model: bool = True) -> None:
        self.lexicons = lexicons
        self.pipeline = Pipeline(lexicons, model)
        self.extractor = FeatureExtractor(lexicons, self.pipeline.nlp.make_doc)
        trained = builtin_model() if use_model else None
        self.model = trained or HAND_WEIGHTS

    def docs(self, texts: Iterable[str]) -> Iterator[tuple[Doc, str]]:
        """Each cleaned text with its Doc: `Doc.text` would rebuild the string token by token."""
        return self.pipeline.pipe(clean(t) for t in texts)

    def extract_all(self, texts: Iterable[str]) -> list[Extracted]:
        return [self.extractor.extract(doc, text) for doc, text in self.docs(texts)]

    def classify(self, texts: Iterable[str]) -> list[Judgement]:
        # streamed: each Doc is judged and dropped, so memory holds judgements, not Docs
        return [self.judge(self.extractor.extract(doc, text)) for doc, text in self.docs(texts)]

    def judge(self, x: Extracted) -> Judgement:
        p = self.model.score(x.features)
        threshold = self.model.threshold
        if abs(p - threshold) < self.model.unclear_band or not x.features:
            label = "unclear"
        else:
            label = "output" if p >= threshold else "outcome"
        confidence = max(p, 1 - p) if x.features else 0.5  # no words: nothing to go on
        # "SSO is enabled by default" states a milestone; "Enable SSO" asks for an activity
        head_is_activity = "f:head_activity" in x.features and \
            "f:head_passive" not in x.features
        if label == "output":
            kinds = OUTPUT_KINDS
            reason = reason_for(x.evidence, head_is_activity)
        elif label == "outcome":
            kinds, reason = OUTCOME_KINDS, "outcome-measure"
        else:
            kinds, reason = OUTPUT_KINDS + OUTCOME_KINDS, "undecided"
        evidence = tuple(x.evidence[k] for k in kinds if k in x.evidence)
        suggestion = None
        if label == "output":
            family = x.family
            if family is None and "team-artefact" in x.evidence:
                family = "team-properties"
            elif family is None and "spend" in x.evidence:
                family = "spend"
            suggestion = self.lexicons.suggestions.get(family or "tasks")
        return Judgement(label, round(confidence, 3), evidence, suggestion, x.head,
                         x.family if head_is_activity else None, reason,
                         {"p_output": round(p, 4)}, x.target, x.baseline)
