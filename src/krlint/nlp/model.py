"""The trained weights that combine features into a probability of "output".

A linear model: the weights are a plain JSON file under `rules/model/` (small, diffable,
reproducible from `scripts/train_classifier.py`), and scoring is a sum over the active features,
so judging needs no numpy and costs microseconds.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from krlint.catalogue import data_dir
from krlint.nlp.features.names import unknown

MODEL_FILE = "model/classifier.json"


@dataclass(frozen=True)
class LinearModel:
    weights: dict[str, float]
    bias: float
    unclear_band: float = 0.0  # |p - threshold| below this is "unclear"
    meta: dict[str, object] | None = None
    threshold: float = 0.5  # p(output) at or above this is "output"

    def __post_init__(self) -> None:
        bad = unknown(self.weights)
        if bad:  # a renamed or misspelt feature would silently weigh nothing
            raise ValueError(f"weights for features no stage produces: {', '.join(sorted(bad))}")

    def score(self, features: dict[str, float]) -> float:
        """Probability that the key result is an output."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        return json.dumps({"bias": self.bias, "threshold": self.threshold,
                           "unclear_band": self.unclear_band,
                           "meta": self.meta or {},
                           "weights": dict(sorted(self.weights.items()))},
                          indent=1, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        data = json.loads(text)
        return cls({k: float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data.get("unclear_band", 0.0)), data.get("meta"),
                   float(data.get("threshold", 0.5)))


def model_path() -> Path:
    return data_dir() / MODEL_FILE


@cache
def builtin_model() -> LinearModel | None:
    path = model_path()
    if not path.is_file():
        return None
    return LinearModel.from_json(path.read_text(encoding="utf-8"))
