"""What the analyser says about one key result. Plain data: rules read it, nothing imports spaCy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from krlint.diagnostics import Evidence

Label = Literal["output", "outcome", "unclear"]

# The evidence kinds that speak for each side of the judgement: the classifier shows these as
# the reasons for a label, and K201–K203 report an output only when it has one of the first.
# (of these, the deliverables counted, and the milestones: a task done, a capability, a date)
COUNTED_KINDS = ("output-artefact", "team-artefact", "spend")
MILESTONE_KINDS = (
    "milestone",
    "capability",
    "instrumentation",
    "compliance",
    "deadline",
    "activity-time",
)
OUTPUT_KINDS = ("activity-verb", *COUNTED_KINDS, *MILESTONE_KINDS)
OUTCOME_KINDS = ("purpose", "outcome-metric", "people", "measure")


@dataclass(frozen=True, slots=True)
class Judgement:
    """`label` is "unclear" where krlint's calibrated confidence is a coin flip; `p_output`
    keeps the probability behind it, and `sure` says whether the judgement is confident enough
    to fail a build (the model's gate: O101 errors only on sure outputs)."""

    label: Label
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    suggestion: str | None = None
    head_verb: str | None = None  # lemma of the verb that leads the key result, if any
    family: str | None = None  # activity family of that verb (content, training, …)
    reason: str = ""  # which evidence decided: activity-verb | output-metric | milestone | …
    p_output: float = 0.5  # calibrated probability that it is an output
    sure: bool = False  # confidence at or above the gate
    target: Evidence | None = None  # the value aimed for: "45%", "< 2 s", "10"
    baseline: Evidence | None = None  # where it starts: "32%" in "from 32% to 45%"
    # what an output should have measured (krlint.nlp.suggestions); None for outcomes
    rewrite: str | None = None  # "Reduce time to restore service from [baseline] to [target]"
    outcome_family: str | None = None  # of the measure suggested; None: the generic question
    deliverable: str | None = None  # what krlint took to be delivered: "runbooks for …"
    p_alone: float | None = None  # the key result's own probability, where its file moved it

    @property
    def leaning(self) -> Label:
        """The side the probability is on, even when the label is "unclear"."""
        if self.label != "unclear":
            return self.label
        return "output" if self.p_output > 0.5 else "outcome" if self.p_output < 0.5 else "unclear"

    def first(self, kind: str) -> Evidence | None:
        return next((e for e in self.evidence if e.kind == kind), None)

    def to_json(self, text: str) -> dict[str, object]:
        return {
            "text": text,
            "label": self.label,
            "confidence": round(self.confidence, 3),
            "p_output": round(self.p_output, 3),
            "p_alone": None if self.p_alone is None else round(self.p_alone, 3),
            "sure": self.sure,
            "reason": self.reason,
            "head_verb": self.head_verb,
            "evidence": [
                {"kind": e.kind, "text": e.text, "start": e.start, "end": e.end}
                for e in self.evidence
            ],
            "suggestion": self.suggestion,
            "rewrite": self.rewrite,
            "outcome_family": self.outcome_family,
            "deliverable": self.deliverable,
            "target": _value(self.target),
            "baseline": _value(self.baseline),
        }


def _value(e: Evidence | None) -> dict[str, object] | None:
    return None if e is None else {"text": e.text, "start": e.start, "end": e.end}


@dataclass(frozen=True, slots=True)
class Reading:
    """What a key result's own words say, before its file is taken into account: the
    probability that it is an output, the evidence for either side, and — when some file could
    make it an output — the suggestion an output gets. It is what the judgement cache keeps (a
    key result's words decide it); `judged` gives the verdict, alone or with the probability its
    file gives it (`krlint.nlp.context`)."""

    p_output: float  # calibrated, from the key result's words alone
    worded: bool = True  # False: no words to go on (always unclear)
    evidence: tuple[Evidence, ...] = ()  # OUTPUT_KINDS', then OUTCOME_KINDS', in that order
    reason: str = ""  # which evidence decides if it is an output (K201, K202 or K203)
    head_verb: str | None = None
    family: str | None = None
    target: Evidence | None = None
    baseline: Evidence | None = None
    suggestion: str | None = None
    rewrite: str | None = None
    outcome_family: str | None = None
    deliverable: str | None = None

    def judged(self, unclear_below: float, gate: float, p_output: float | None = None) -> Judgement:
        """The verdict at probability `p_output` (by default its own): "unclear" below
        `unclear_below` confidence, sure from `gate`; the evidence and the reason of the side it
        is on, and an output's suggestion."""
        p = self.p_output if p_output is None else p_output
        confidence = max(p, 1 - p)
        label: Label
        kinds: tuple[str, ...]
        if not self.worded or confidence < unclear_below:
            label = "unclear"
        else:
            label = "output" if p >= 0.5 else "outcome"
        if label == "output":
            kinds, reason = OUTPUT_KINDS, self.reason
        elif label == "outcome":
            kinds, reason = OUTCOME_KINDS, "outcome-measure"
        else:
            kinds, reason = OUTPUT_KINDS + OUTCOME_KINDS, "undecided"
        output = label == "output"
        return Judgement(
            label,
            round(confidence, 3),
            tuple(e for e in self.evidence if e.kind in kinds),
            self.suggestion if output else None,
            self.head_verb,
            self.family,
            reason,
            round(p, 4),
            label != "unclear" and confidence >= gate,
            self.target,
            self.baseline,
            self.rewrite if output else None,
            self.outcome_family if output else None,
            self.deliverable if output else None,
            None if p_output is None or p_output == self.p_output else round(self.p_output, 4),
        )
