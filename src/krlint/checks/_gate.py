"""The CI gate's decision for one objective, shared by O101 (error), O107 (warning) and the
benchmark that measures them (`bench/accuracy.py --real-world`).

An objective fails the build only when every key result is an output krlint is sure of (declared
`kind: output|milestone`, or judged output at or above the model's calibrated gate). When
krlint's best guess is still "all outputs" but some of those judgements are doubtful, the
objective gets a warning that names them, instead of an error krlint cannot stand behind.

A document is written one way: a team that plans by deliverables does so in most of its key
results. That is in the judgements themselves: each key result's probability is read beside the
rest of its file's (`krlint.nlp.context`), so a line krlint doubts alone is sure in a file written
by deliverables. (It replaced a rule of thumb here that let a file "back" a doubtful output: on
174 labelled documents, cross-fitted, the judgement in context catches 0.805 of the output-only
objectives at the gate of 0.70 with O101 right 0.923, where the rule of thumb caught 0.758 at
0.927 and each judgement alone 0.677 at 0.936 — `bench/gate.py`, docs/gate.md.)

The gate was chosen on judgements no model had trained on (`bench/gate.py`, docs/gate.md):
every labelled real document judged by weights fitted without its organisation. Before the file
context, on 253 documents (1,218 objectives) a gate of 0.80 had O101 right 0.930 and catching
0.566 of the output-only objectives, and it was lowered to 0.70 with the rule of thumb as more
documents came (0.907 / 0.762 on those 253, 0.912 / 0.679 on 835 documents later lost).
O101's precision hardly moves with the gate — most of its wrong findings are confident
misjudgements, not doubtful ones — while its recall does.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from krlint.fields import OUTCOME_KINDS, OUTPUT_KINDS
from krlint.model import Objective
from krlint.nlp.judgement import Judgement
from krlint.rule_api import RuleContext


@dataclass(frozen=True, slots=True)
class Decision:
    level: Literal["error", "warning"] | None
    doubtful: tuple[int, ...] = ()  # positions of the key results krlint was unsure about


def decide(kinds: Sequence[str | None], judgements: Sequence[Judgement | None]) -> Decision:
    """`kinds` are the declared `kind:` of each key result, `judgements` the analyser's (each
    already read beside the rest of its file)."""
    if not kinds:
        return Decision(None)
    doubtful = []
    leans_output = False
    for k, (kind, judgement) in enumerate(zip(kinds, judgements, strict=True)):
        if kind in OUTPUT_KINDS:
            leans_output = True
            continue
        if kind in OUTCOME_KINDS or judgement is None:
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


def file_decisions(
    ctx: RuleContext,
) -> Iterator[tuple[Objective, list[Judgement | None], Decision]]:
    """Each objective of the file, its key results' judgements, and the gate's decision (O101
    and O107 read the same decision)."""
    for objective in ctx.file.objectives:
        judged = [ctx.judgement(kr) for kr in objective.key_results]
        yield objective, judged, decide([kr.kind for kr in objective.key_results], judged)
