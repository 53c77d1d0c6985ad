"""What the analyser says about one key result. Plain data: rules read it, nothing imports spaCy."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from krlint.diagnostics import Evidence

Label = Literal["output", "outcome", "unclear"]


@dataclass(frozen=True, slots=True)
class Judgement:
    label: Label
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    suggestion: str | None = None
    head_verb: str | None = None  # lemma of the verb that leads the key result, if any
    family: str | None = None  # activity family of that verb (content, training, …)
    reason: str = ""  # which evidence decided: activity-verb | output-metric | milestone | …
    features: dict[str, object] = field(default_factory=dict)
    target: Evidence | None = None  # the value aimed for: "45%", "< 2 s", "10"
    baseline: Evidence | None = None  # where it starts: "32%" in "from 32% to 45%"

    def first(self, kind: str) -> Evidence | None:
        return next((e for e in self.evidence if e.kind == kind), None)

    def to_json(self, text: str) -> dict[str, object]:
        return {
            "text": text,
            "label": self.label,
            "confidence": round(self.confidence, 3),
            "reason": self.reason,
            "head_verb": self.head_verb,
            "evidence": [
                {"kind": e.kind, "text": e.text, "start": e.start, "end": e.end}
                for e in self.evidence
            ],
            "suggestion": self.suggestion,
            "target": _value(self.target),
            "baseline": _value(self.baseline),
        }


def _value(e: Evidence | None) -> dict[str, object] | None:
    return None if e is None else {"text": e.text, "start": e.start, "end": e.end}
