"""Numbers: which tokens are numbers, and the surface facts about them (%, money, from … to)."""

from __future__ import annotations

import re

from krlint.measures import vocabulary
from krlint.nlp.features import names as F
from krlint.nlp.features.line import Line
from krlint.nlp.features.words import ZERO
from krlint.nlp.values import COMPARATORS, NAMED_NUMBER

_VOCABULARY = vocabulary()
_MULTIPLIER = re.compile(r"^\d+(?:\.\d+)?x$", re.IGNORECASE)
# a bare magnitude before a money term is money: "10k in ARR" (not "10x", a multiplier)
_MAGNITUDES = "|".join(
    re.escape(str(u))
    for u in _VOCABULARY.data["units"]["magnitude"]
    if str(u).isalpha() and u != "x"
)
_MONEY = re.compile(
    "|".join(re.escape(c) for c in sorted(_VOCABULARY.currency_symbols))
    + r"|\b(?:"
    + "|".join(sorted(_VOCABULARY.words("currency-words")))
    + r")\b|"
    r"\b\d+(?:\.\d+)?\s?(?:"
    + _MAGNITUDES
    + r")\s+(?:in\s+)?(?:"
    + "|".join(sorted(_VOCABULARY.words("money-terms")))
    + r")\b",
    re.IGNORECASE,
)
_TIME_UNITS = _VOCABULARY.time_units


def is_number(lower: list[str], i: int, text: list[str]) -> bool:
    """The measure vocabulary's definition (`krlint.measures`), the one the rules use."""
    return _VOCABULARY.is_number(lower, i, text)


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
    if any(_VOCABULARY.glued_unit(lower[i]) in _TIME_UNITS for i in nums):
        f[F.TIME_UNIT] = 1.0  # "< 500ms", "2s": the unit written onto the number
    if any(_MULTIPLIER.match(w) for w in lower) or any(
        lemma in ("double", "triple", "halve", "quadruple") for lemma in line.lemmas
    ):
        f[F.MULTIPLIER] = 1.0
    if any(w in ZERO for w in lower):
        f[F.ZERO] = 1.0
