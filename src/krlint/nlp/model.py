"""The trained weights that combine features into a probability of "output".

A linear model: the weights are a plain JSON file under `rules/model/` (small, diffable,
reproducible from `scripts/train_classifier.py`), and scoring is a sum over the active features,
so judging needs no numpy and costs microseconds.

The score is calibrated (Platt scaling fitted on held-out folds of the training split), so a
probability of 0.9 means right about nine times in ten on documents the model has not seen; the
reliability table in `bench/accuracy.py` checks that on the dev split. Two confidences come with
the weights: below `unclear_below` krlint says `unclear` (it would be a coin flip), and from
`gate` up a judgement is sure enough to fail a build (O101).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from krlint.nlp.features.names import unknown
from krlint.paths import data_dir

MODEL_FILE = "model/classifier.json"


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class LinearModel:
    weights: dict[str, float]
    bias: float
    meta: dict[str, object] | None = None
    slope: float = 1.0  # Platt scaling of the linear score: p = sigmoid(slope * z + intercept)
    intercept: float = 0.0
    unclear_below: float = 0.0  # confidence under which the label is "unclear"
    gate: float = 0.0  # confidence from which a judgement may fail a build (O101)

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

    def to_json(self) -> str:
        return json.dumps(
            {
                "bias": self.bias,
                "calibration": {"slope": self.slope, "intercept": self.intercept},
                "unclear_below": self.unclear_below,
                "gate": self.gate,
                "meta": self.meta or {},
                "weights": dict(sorted(self.weights.items())),
            },
            indent=1,
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        data = json.loads(text)
        calibration = data.get("calibration") or {}
        return cls(
            {k: float(v) for k, v in data["weights"].items()},
            float(data["bias"]),
            data.get("meta"),
            float(calibration.get("slope", 1.0)),
            float(calibration.get("intercept", 0.0)),
            float(data.get("unclear_below", 0.0)),
            float(data.get("gate", 0.0)),
        )


def model_path() -> Path:
    return data_dir() / MODEL_FILE


@cache
def builtin_model() -> LinearModel | None:
    path = model_path()
    if not path.is_file():
        return None
    return LinearModel.from_json(path.read_text(encoding="utf-8"))
