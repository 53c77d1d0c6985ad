"""A key result judged in its file: its own reading, moved by what the file's other key results
say (`krlint.nlp.model.Context`).

Why: a document is written one way. A team that plans by deliverables writes most of its key
results as deliverables, and one that plans by results writes results; a line whose own words
leave krlint in doubt ("Fix 8 regression bugs", "Get 1 certificate") is read the way its file is
written. Measured on documents no weights had seen (`bench/accuracy.py`, `bench/gate.py`), this
is what lets O101 catch output-only objectives without failing builds more often by mistake.

Plain arithmetic on cached readings: no spaCy, so a run whose readings are all cached stays fast.
"""

from __future__ import annotations

from collections.abc import Sequence

from krlint.nlp.judgement import Judgement, Reading
from krlint.nlp.model import Verdict


def in_context(readings: Sequence[Reading], verdict: Verdict) -> list[Judgement]:
    """The judgements of one file's key results (`readings`, in any order), each beside the
    others: a key result alone in its file, or a verdict without a `Context`, judges each
    alone."""
    unclear_below, gate, context = verdict.unclear_below, verdict.gate, verdict.context
    if context is None or len(readings) < 2:
        return [r.judged(unclear_below, gate) for r in readings]
    moved = context.in_file([r.p_output for r in readings])
    return [r.judged(unclear_below, gate, p) for r, p in zip(readings, moved, strict=True)]
