"""The CI gate's decision for one objective, shared by O101 (error), O107 (warning) and the
benchmark that measures them (`bench/accuracy.py --real-world`).

An objective fails the build only when every key result is an output krlint is sure of (declared
`kind: output|milestone`, or judged output at or above the model's calibrated gate). When
krlint's best guess is still "all outputs" but some of those judgements are doubtful, the
objective gets a warning that names them, instead of an error krlint cannot stand behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from krlint.nlp.judgement import Judgement

DECLARED_OUTPUT = ("output", "milestone")
DECLARED_OUTCOME = ("metric", "maintain")


@dataclass(frozen=True, slots=True)
class Decision:
    level: Literal["error", "warning"] | None
    doubtful: tuple[int, ...] = ()  # positions of the key results krlint was unsure about


def decide(kinds: Sequence[str | None], judgements: Sequence[Judgement | None]) -> Decision:
    """`kinds` are the declared `kind:` of each key result, `judgements` the analyser's."""
    if not kinds:
        return Decision(None)
    doubtful = []
    leans_output = False
    for k, (kind, judgement) in enumerate(zip(kinds, judgements, strict=True)):
        if kind in DECLARED_OUTPUT:
            leans_output = True
            continue
        if kind in DECLARED_OUTCOME or judgement is None:
            return Decision(None)
        leaning = judgement.leaning
        if leaning == "outcome":
            return Decision(None)
        if leaning == "output":
            leans_output = True
            if judgement.sure:
                continue
        doubtful.append(k)
    if not doubtful:
        return Decision("error")
    return Decision("warning", tuple(doubtful)) if leans_output else Decision(None)
