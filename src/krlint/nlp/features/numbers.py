"""Numbers: which tokens are numbers, and the surface facts about them (%, money, from … to)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from krlint.measures import NOT_A_MEASURE
from krlint.nlp.features import names as F
from krlint.nlp.features.line import Line
from krlint.nlp.features.words import ZERO
from krlint.nlp.values import COMPARATORS, NAMED_NUMBER

_NUMERIC = re.compile(r"\d")
_MULTIPLIER = re.compile(r"^\d+(?:\.\d+)?x$", re.IGNORECASE)
_MONEY = re.compile(r"[$€£¥₹]|\b(?:usd|eur|gbp|chf|inr|dollars?|euros?)\b|"
                    r"\b\d+(?:\.\d+)?\s?(?:k|m|bn|mm)\s+(?:in\s+)?(?:arr|mrr|revenue|"
                    r"sales|bookings|pipeline|acv|iacv|raised|funding|donations)\b",
                    re.IGNORECASE)
_TIME_UNITS = frozenset({"ms", "s", "sec", "secs", "second", "seconds", "minute", "minutes", "min",
                         "mins", "hour", "hours", "h", "hrs", "day", "days", "week", "weeks",
                         "month", "months"})
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "twelve", "fifteen", "twenty", "thirty", "fifty", "hundred",
                           "thousand", "million", "billion", "dozen", "zero"})
_PLACEHOLDERS = frozenset({"x", "n", "y", "z", "xx", "[x]", "[n]", "tbd", "#"})


def is_number(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    low = tok.lower_
    if NOT_A_MEASURE.match(low):  # "v2", "Q3", "2026", "FY25": names and dates
        return False
    if _NUMERIC.search(low) or low in _NUMBER_WORDS:
        return True
    if low in _PLACEHOLDERS:
        nxt = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
        prev = tokens[i - 1].lower_ if i > 0 else ""
        # "Y active partner organisations": a target left to fill in opens the line
        return nxt in ("%", "percent") or prev in ("to", "from", ">", "<", "of", "by") or (
            i == 0 and tok.text in ("X", "Y", "Z", "N") and len(tokens) > 1 and
            tokens[1].is_lower)
    return False


def numbers(line: Line) -> None:
    f, lower, nums, num_set = line.f, line.lower, line.nums, line.num_set
    if nums:
        shown = next((i for i in nums if not NAMED_NUMBER.match(lower[i])), nums[0])
        line.mark(F.NUMBER, shown, shown + 1, "measure")
        if len(nums) >= 2:
            f[F.NUMBERS_2PLUS] = 1.0
    text_lower = line.text.lower()
    if "%" in text_lower or " percent" in text_lower:
        f[F.PERCENT] = 1.0
    if _MONEY.search(line.text):
        f[F.MONEY] = 1.0
    for i in range(line.n - 1):
        low = lower[i]
        if low == "from" and (i + 1) in num_set:
            f[F.FROM_TO] = 1.0
        if low in COMPARATORS and ((i + 1) in num_set or (i + 2) in num_set):
            f[F.COMPARATOR] = 1.0
        if i in num_set and lower[i + 1] in _TIME_UNITS:
            f[F.TIME_UNIT] = 1.0
    if any(_MULTIPLIER.match(w) for w in lower) or any(
        lemma in ("double", "triple", "halve", "quadruple") for lemma in line.lemmas
    ):
        f[F.MULTIPLIER] = 1.0
    if any(w in ZERO for w in lower):
        f[F.ZERO] = 1.0
