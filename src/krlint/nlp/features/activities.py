"""Activity verbs past the head: the team's work done ("published"), or someone else's."""

from __future__ import annotations

from krlint.nlp.features import names as F
from krlint.nlp.features.line import Head, Line, Phrases
from krlint.nlp.features.people import own_agent
from krlint.nlp.features.vocab import Vocab

_CONJ = frozenset({",", "and", ";", "&", "-", "–", "—", "/", "then", ".", ":", "to", "+", "or"})
_IRREGULAR_PAST = frozenset(
    {"built", "held", "sent", "written", "done", "run", "made", "taught", "given"}
)


def activities(line: Line, hd: Head, phrases: Phrases, vocab: Vocab) -> int | None:
    """Marks activity verbs past the head; returns the first in a past form, if any."""
    f, ev, lower, lemmas, n = line.f, line.ev, line.lower, line.lemmas, line.n
    in_metric = {k for a, b in phrases.metric_spans for k in range(a, b)}
    participle: int | None = None
    for i in range(n):
        if i == hd.i or i in in_metric:  # "registered farmers" names who, not what was done
            continue
        if not vocab.activity.get(lemmas[i]):
            continue
        agent = (
            next((k for k in range(i + 2, min(n, i + 5)) if lower[k] in vocab.people), None)
            if i + 1 < n and lower[i + 1] == "by"
            else None
        )
        if agent is not None and not own_agent(line, i, agent):
            # "guide completed by a new user": what people outside the team do, not a
            # milestone of the team's
            line.mark(F.DONE_BY_PEOPLE, i, i + 4)
            if "milestone" in ev and ev["milestone"].start == line.starts[i]:
                del ev["milestone"]
                f.pop(F.MILESTONE_STATE, None)
                f.pop(F.MILESTONE_STATE_AT_END, None)
            continue
        if i > 0 and lower[i - 1] in _CONJ and lower[i] == lemmas[i]:
            line.mark(F.ACTIVITY_AFTER_CONJUNCTION, i, i + 1)
        if lower[i] != lemmas[i] and (lower[i].endswith("ed") or lower[i] in _IRREGULAR_PAST):
            line.mark(F.ACTIVITY_PARTICIPLE, i, i + 1, "activity-verb")
            if participle is None:
                participle = i
    return participle
