"""The scored part of a key result written as a headline plus a task, or a task plus its result.

"Improve partner enablement. Publish 3 partner playbooks a quarter": the number scored is the
playbooks published, so the key result is the task. "Launch the new dashboard so that bounce rate
drops from 50% to 35%" or "Increase X. As a result, bookings grow 100%": the number scored is the
result, so the key result is the result. What is scored decides, because the definition judges a key
result by what it measures, not by its wording (README, "What krlint judges"): when the numbers sit
in one part only, that part is what the key result measures and is judged alone.
"""

from __future__ import annotations

from krlint.nlp.features.line import Line
from krlint.nlp.features.words import ATTENDANT

# Tokens that end a sentence (before a capital) or a clause a writer set apart.
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_BREAKS = _SENTENCE_ENDS | {";", "—", "–", "-", "|"}

_MIN_SCORED_WORDS = 2  # the scored part must say what it counts, not just "$2M"


def segments(line: Line) -> list[tuple[int, int]]:
    """Token ranges between breaks (a "-" only when spaced: "Q3 - launch", not "sign-up")."""
    spans, start = [], 0
    for i, low in enumerate(line.lower):
        if low not in _BREAKS or i == 0 or i == line.n - 1:
            continue
        if low == "-" and not (
            line.starts[i] > line.ends[i - 1] and line.starts[i + 1] > line.ends[i]
        ):
            continue
        if low in _SENTENCE_ENDS and not (
            line.toks[i + 1].is_title or line.toks[i + 1].is_upper or line.toks[i + 1].like_num
        ):
            continue  # "a 6 Kg. weight loss", "v1.2"
        spans.append((start, i))
        start = i + 1
    spans.append((start, line.n))
    return [(a, b) for a, b in spans if b > a]


def scored_part(
    line: Line, values: list[int], connectors: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The token range to judge instead of the whole line, if the line has one: the result a
    connector introduces ("so that", "generating", "as a result") or the one sentence, when it
    holds every number and the rest holds none."""
    if not values:
        return None
    for a, end in connectors:
        if tuple(line.lower[a:end]) in ATTENDANT:
            continue
        if all(i >= end for i in values) and _says_enough(line, end, line.n):
            return end, line.n
    parts = segments(line)
    if len(parts) < 2:
        return None
    holding = [(a, b) for a, b in parts if any(a <= i < b for i in values)]
    if len(holding) != 1 or not _says_enough(line, *holding[0]):
        return None
    return holding[0]


def _says_enough(line: Line, a: int, b: int) -> bool:
    """The scored part names what it counts, and the rest is more than a word or two."""
    words = sum(1 for k in range(a, b) if line.toks[k].is_alpha)
    others = sum(1 for k in range(line.n) if not a <= k < b and line.toks[k].is_alpha)
    return words >= _MIN_SCORED_WORDS and others >= 2
