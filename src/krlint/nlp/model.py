"""The trained weights that combine features into a probability of "output".

A linear model: the weights are a plain JSON file under `rules/model/` (small, diffable,
reproducible from `scripts/train_classifier.py`), and scoring is a sum over the active features,
so judging needs no numpy and costs microseconds.

The score is calibrated (Platt scaling fitted on held-out folds of the training split), so a
probability of 0.9 means right about nine times in ten on documents the model has not seen; the
reliability table in `bench/accuracy.py` checks that on the dev split. Two confidences come with
the weights: below `unclear_below` krlint says `unclear` (it would be a coin flip), and from
`gate` up a judgement is sure enough to fail a build (O101).

A document is written one way: a team that plans by deliverables does so in most of its key
results. So in a file, each key result's probability is moved by what its other key results' words
say (`Context`, fitted on the training split's held-out scores, lines grouped by their file).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from krlint.nlp.features.names import unknown
from krlint.paths import data_dir

MODEL_FILE = "model/classifier.json"
# how a probability becomes a verdict (and how a file moves it): a file of its own, so a run whose
# readings are all cached reads a few bytes, not the weights (which it does not need)
VERDICT_FILE = "model/verdict.json"


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def log_odds(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


CLIP = 4.0  # log-odds: a key result speaks for its file no louder than p = 0.982
# how many other key results a file needs before their mean counts half: with n others it counts
# n / (n + PRIOR) (on the dev split any prior from 0 to 8 gave the same macro-F1, 0.896-0.898;
# without one, a two-line file let an outcome beside "Hold 5 customer trainings" outvote its
# words)
PRIOR = 2.0


@dataclass(frozen=True, slots=True)
class Context:
    """How a file moves the probability of each of its key results:
    p = sigmoid(own · z + others · m + bias), where z is the key result's own calibrated log-odds
    and m the mean of the n other key results' (each held within ±`clip`, so one emphatic line
    does not speak for the file), shrunk by n / (n + `prior`) — a file says more the more lines
    it has. A key result alone in its file keeps its own probability.

    Fitted by logistic regression on the scores the training split's key results get from
    weights that did not see their organisation, each beside the others of its file — so it
    learns how far a file's other lines should be trusted on documents nobody trained on."""

    own: float = 1.0
    others: float = 0.0
    bias: float = 0.0
    clip: float = CLIP
    prior: float = PRIOR

    def in_file(self, own: Sequence[float]) -> list[float]:
        """The probability of each of a file's key results, whose own are `own` (linear time:
        a file may hold thousands)."""
        if len(own) < 2:
            return list(own)
        clip = self.clip
        held = [max(-clip, min(clip, log_odds(p))) for p in own]
        total, n = sum(held), len(own) - 1
        say = self.others / (
            n + self.prior
        )  # the mean's weight, shrunk: (total - h) / n · n/(n+prior)
        return [
            sigmoid(self.own * log_odds(p) + say * (total - h) + self.bias)
            for p, h in zip(own, held, strict=True)
        ]

    def lowest_output(self) -> float:
        """The lowest probability alone that the most output-minded file can lift to an output
        (a key result above it may become one in its file, so its suggestion is made)."""
        if self.own <= 0:
            return 0.0
        return sigmoid(-(abs(self.others) * self.clip + self.bias) / self.own)

    def to_json(self) -> dict[str, float]:
        return {
            "own": self.own,
            "others": self.others,
            "bias": self.bias,
            "clip": self.clip,
            "prior": self.prior,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """How a probability becomes a label: `unclear` below `unclear_below` confidence, sure
    enough to fail a build from `gate`, and moved first by its file's other key results
    (`context`, None: each alone)."""

    unclear_below: float = 0.0
    gate: float = 0.0
    context: Context | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "unclear_below": self.unclear_below,
                "gate": self.gate,
                **({"context": self.context.to_json()} if self.context else {}),
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> Verdict:
        data = json.loads(text)
        context = data.get("context")
        return cls(
            float(data.get("unclear_below", 0.0)),
            float(data.get("gate", 0.0)),
            Context(**{k: float(v) for k, v in context.items()}) if context else None,
        )


@dataclass(frozen=True)
class LinearModel:
    weights: dict[str, float]
    bias: float
    meta: dict[str, object] | None = None
    slope: float = 1.0  # Platt scaling of the linear score: p = sigmoid(slope * z + intercept)
    intercept: float = 0.0
    unclear_below: float = 0.0  # confidence under which the label is "unclear"
    gate: float = 0.0  # confidence from which a judgement may fail a build (O101)
    context: Context | None = None  # how a file's other key results move each one's

    def __post_init__(self) -> None:
        bad = unknown(self.weights)
        if bad:  # a renamed or misspelt feature would silently weigh nothing
            raise ValueError(f"weights for features no stage produces: {', '.join(sorted(bad))}")

    def linear(self, features: dict[str, float]) -> float:
        """The uncalibrated score: the log-odds the weights give."""
        return self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())

    def score(self, features: dict[str, float]) -> float:
        """Calibrated probability that the key result is an output."""
        return sigmoid(self.slope * self.linear(features) + self.intercept)

    @property
    def verdict(self) -> Verdict:
        return Verdict(self.unclear_below, self.gate, self.context)

    def to_json(self) -> str:
        """The weights file (the verdict is written apart: `Verdict.to_json`)."""
        return json.dumps(
            {
                "bias": self.bias,
                "calibration": {"slope": self.slope, "intercept": self.intercept},
                "meta": self.meta or {},
                "weights": dict(sorted(self.weights.items())),
            },
            indent=1,
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str, verdict: Verdict | None = None) -> LinearModel:
        data = json.loads(text)
        calibration = data.get("calibration") or {}
        verdict = verdict or Verdict()
        return cls(
            {k: float(v) for k, v in data["weights"].items()},
            float(data["bias"]),
            data.get("meta"),
            float(calibration.get("slope", 1.0)),
            float(calibration.get("intercept", 0.0)),
            verdict.unclear_below,
            verdict.gate,
            verdict.context,
        )


def model_path() -> Path:
    return data_dir() / MODEL_FILE


def verdict_path() -> Path:
    return data_dir() / VERDICT_FILE


@cache
def builtin_verdict() -> Verdict | None:
    path = verdict_path()
    if not path.is_file():
        return None
    return Verdict.from_json(path.read_text(encoding="utf-8"))


@cache
def builtin_model() -> LinearModel | None:
    path = model_path()
    if not path.is_file():
        return None
    return LinearModel.from_json(path.read_text(encoding="utf-8"), builtin_verdict())
