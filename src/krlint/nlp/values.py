"""The values a key result states: where it starts (baseline) and what it aims for (target).

"from 32% to 45%", "reach 10k", "≥ 98%", "below 3 s", "by 20%", "(currently $2.1M)". Read from
the tokens the feature extractor already has, so every value is a span of the original text.
Comparators, currencies, units and the words that mark a baseline or a target are the measure
vocabulary's (`krlint.measures`), the same the rules read.
"""

from __future__ import annotations

import re

from krlint.diagnostics import Evidence
from krlint.measures import vocabulary

_VOCABULARY = vocabulary()
COMPARATORS = _VOCABULARY.comparators
# Percentiles and cohort windows name what is measured ("p99 latency", "D30 retention",
# "week-1 activation"); they are never its target
NAMED_NUMBER = re.compile(r"^(?:p\d{2,3}(?:\.\d+)?|[dw]\d{1,3}|[a-z]+-\d+)$")
_BASELINE_WORDS = _VOCABULARY.baseline_words
_TARGET_WORDS = _VOCABULARY.target_words
_BOUNDS = COMPARATORS | {"by"}  # kept in the target's text: "below 3 s", "by 20%"
# the comparators a number token can start with ("≥80") that bound it; a "+" written onto a
# number says a change ("+20% vs 2025"), not a bound
_GLUED_BOUNDS = frozenset("≥≤<>") & COMPARATORS
_CURRENCY = _VOCABULARY.currency_symbols
_ARROWS = frozenset({"→", "->", "⟶"}) & _TARGET_WORDS  # "30% → 40%": from one to the next
_UNITS = _VOCABULARY.units


def find_values(
    lower: list[str], nums: list[int], text: str, starts: list[int], ends: list[int]
) -> tuple[Evidence | None, Evidence | None]:
    """(target, baseline) among the number tokens `nums`; without a marked target, the first
    number is the target ("Publish 10 posts")."""
    n = len(lower)

    def span(kind: str, i: int) -> Evidence:
        a = i - 1 if i > 0 and lower[i - 1] in _CURRENCY else i
        if kind == "target" and a > 0 and lower[a - 1] in _BOUNDS:
            a -= 1
            if a > 0 and lower[a] in ("least", "most") and lower[a - 1] == "at":
                a -= 1
        b = i + 1
        while b < n and b <= i + 2 and lower[b] in _UNITS:
            b += 1
        return Evidence(kind, text[starts[a] : ends[b - 1]], starts[a], ends[b - 1])

    def word_before(i: int) -> str:
        k = i - 1
        while k >= 0 and (lower[k] in _CURRENCY or lower[k] == "~"):
            k -= 1
        return lower[k] if k >= 0 else ""

    target = baseline = None
    for k, i in enumerate(nums):
        word = word_before(i)
        after = nums[k + 1] if k + 1 < len(nums) else None
        if (
            baseline is None
            and target is None
            and after is not None
            and word_before(after) in _ARROWS
            and all(w in _UNITS or w in _ARROWS for w in lower[i + 1 : after])
        ):
            # "of 30% → 40%", "de 1,000 → 2,000": the number an arrow leads from is where the
            # measure starts, whatever the word before it
            baseline = span("baseline", i)
        elif target is None and lower[i][:1] in _GLUED_BOUNDS:
            # "reduced from baseline ≥80%": a bound written onto its number aims, whatever
            # the word before it
            target = span("target", i)
        elif baseline is None and word in _BASELINE_WORDS:
            baseline = span("baseline", i)
        elif target is None and (word in _TARGET_WORDS or word in COMPARATORS):
            target = span("target", i)
    if target is None:
        first = next(
            (i for i in nums if baseline is None or not baseline.start <= starts[i] < baseline.end),
            None,
        )
        if first is not None:
            target = span("target", first)
        elif baseline is not None and word_before(nums[0]) == "from":
            # "Get feedback from 15 customers": a lone "from" says where from, not where the
            # measure starts; the number is what is aimed for
            target, baseline = span("target", nums[0]), None
    return target, baseline
