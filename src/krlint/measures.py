"""Surface facts about numbers in a piece of text: is there a measure, a baseline, two measures?

Cheap regular expressions, no NLP, shared by the rules that need no model (K204, K205, K207,
O106) and by the analyser, which adds these facts to its evidence.
"""

from __future__ import annotations

import re

_CURRENCY = r"[$€£¥₹]"
_SUFFIX = (r"(?:\s?(?:%|percent|pp|pts?|points?|[kKmMbB](?![a-zA-Z])|bn|x(?![a-zA-Z])|×|ms"
           r"|s(?![a-zA-Z])|sec(?:onds?)?|min(?:utes?)?|h(?:ours?|rs?)?(?![a-zA-Z])|days?|weeks?|months?))?")
NUMBER = re.compile(
    rf"(?<![\w.]){_CURRENCY}?\d[\d,]*(?:\.\d+)?{_SUFFIX}|(?<![\w.])\.\d+"
)
# Tokens with digits that name a version or a date rather than measure anything: "v2", "Q3",
# "H1", "FY25", "2026", "M82". Shared with the analyser's features so both layers agree.
NOT_A_MEASURE = re.compile(
    r"^(?:v\d+(?:\.\d+)*|q[1-4]|h[12]|fy\d+|(?:19|20)\d\d|m\d{2,3})$", re.IGNORECASE
)
_NUMBER_WORDS = re.compile(
    r"\b(?:zero|no|none|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|"
    r"thousand|million|billion|double|doubled|triple|tripled|halve|halved|twice|all|every|each|"
    r"always|never|majority|half)\b",
    re.IGNORECASE,
)
_COMPARATORS = re.compile(
    r"[<>≤≥]|\b(?:below|under|above|over|at least|at most|less than|more than|fewer than|"
    r"within|no more than|no less than|or (?:more|less|fewer|better|higher|lower))\b",
    re.IGNORECASE,
)
_BASELINE = re.compile(
    r"\bfrom\s+(?:~|about\s+|around\s+|approx\.?\s+)?[$€£¥₹]?\.?\d|\bbaseline\b|\bvs\.?\s|"
    r"\bcompared (?:to|with)\b|[→⟶]|->|\bby\s+[$€£¥₹]?\d|\b(?:double|triple|halve|2x|3x|10x)\b|"
    r"\d\s?x\b|\b\d+\s?%\s+(?:more|less|fewer|higher|lower|increase|decrease|reduction|growth|"
    r"improvement|faster|slower)\b|\bcurrently\b|\btoday\b|\bup from\b|\bdown from\b",
    re.IGNORECASE,
)
_CHANGE = re.compile(
    r"\b(?:increase[sd]?|increasing|decrease[sd]?|decreasing|reduc(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|"
    r"grow(?:s|n|ing)?|grew|cut(?:s|ting)?|lower(?:s|ed|ing)?|improv(?:e|es|ed|ing)|boost(?:s|ed|ing)?|"
    r"lift(?:s|ed|ing)?|reach(?:es|ed|ing)?|hit(?:s|ting)?|achiev(?:e|es|ed|ing)|get to|"
    r"drop(?:s|ped|ping)?)\b|\bto\s+(?:~|about\s+|around\s+)?[$€£¥₹]?\.?\d",
    re.IGNORECASE,
)
_JOINER = re.compile(r"\band\b|\bas well as\b|;|&|\bplus\b", re.IGNORECASE)
_RANGE = re.compile(r"\bbetween\s+\S+\s+and\b", re.IGNORECASE)


def numbers(text: str) -> list[re.Match[str]]:
    """Numbers that are measures: not years, quarters or the digits inside a word like `week-1`."""
    return [m for m in NUMBER.finditer(text) if not NOT_A_MEASURE.match(m.group().strip())
            and not _inside_word(text, m)]


def _inside_word(text: str, match: re.Match[str]) -> bool:
    start = match.start()
    return start > 0 and text[start - 1] == "-" and start > 1 and text[start - 2].isalpha()


def has_number(text: str) -> bool:
    return bool(numbers(text))


def is_measurable(text: str) -> bool:
    """A number, an amount, or a threshold word: something that can be scored."""
    return has_number(text) or bool(_NUMBER_WORDS.search(text) or _COMPARATORS.search(text))


def has_baseline(text: str) -> bool:
    return bool(_BASELINE.search(text))


def states_change_without_start(text: str) -> bool:
    """A target ("to 45%", "reach 500") with no starting point stated anywhere."""
    return has_number(text) and bool(_CHANGE.search(text)) and not has_baseline(text)


def compound_parts(text: str) -> list[tuple[int, int]]:
    """Spans of the parts that each carry their own number, when there are two or more."""
    masked = _RANGE.sub(lambda m: "x" * len(m.group()), text)
    parts, start = [], 0
    for joint in _JOINER.finditer(masked):
        parts.append((start, joint.start()))
        start = joint.end()
    parts.append((start, len(text)))
    measured = [p for p in parts if has_number(text[p[0]:p[1]])]
    return measured if len(measured) >= 2 else []
