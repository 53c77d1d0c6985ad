"""What counts as a measure: numbers, number words, units, comparators, currencies, rates.

One definition, held as data in `rules/lexicons/measures.yaml`, read two ways: over plain text by
the rules that need no model (K204, K205, K207, O106) and token by token by the classifier's
features and its target and baseline reading — so `krlint classify` and `krlint check` never
disagree about whether "fifty" is a number or "ISO 27001" a target. No spaCy here: loading the
vocabulary is one small YAML file, read once.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

import yaml

from krlint.memo import per_text
from krlint.paths import data_dir

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]  # same interface

VOCABULARY_FILE = "lexicons/measures.yaml"


def _alternation(words: Sequence[str]) -> str:
    """A regex alternation, longest first so "minutes" wins over "min"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _inflected(verbs: Sequence[str]) -> list[str]:
    from krlint.nlp.lexicon import inflections  # no spaCy behind it

    return sorted(
        {form for verb in verbs for form in inflections(verb)} | {"grew", "grown", "cut", "hit"}
    )


@dataclass(frozen=True)
class Vocabulary:
    """The measure vocabulary, with the patterns both layers read it through."""

    data: dict[str, Any]

    def words(self, key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in self.data.get(key) or ())

    @cached_property
    def fingerprint(self) -> str:
        blob = json.dumps(self.data, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    # --- word classes ----------------------------------------------------------------------
    @cached_property
    def number_words(self) -> frozenset[str]:
        return self.words("number-words")

    @cached_property
    def one_not_after(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.data["one-is-not-a-number"]["after"])

    @cached_property
    def one_not_before(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.data["one-is-not-a-number"]["before"])

    @cached_property
    def comparators(self) -> frozenset[str]:
        return self.words("comparators")

    @cached_property
    def currency_symbols(self) -> frozenset[str]:
        return self.words("currency-symbols")

    @cached_property
    def currency_prefixed(self) -> re.Pattern[str]:
        """Money whose dollar sign follows a country's letters ("nt$300,000", "us$5m"): a
        letter opens it, yet it is no name."""
        prefixes = _alternation(sorted(self.words("currency-prefixes")))
        return re.compile(rf"(?:{prefixes})\$\.?\d")

    @cached_property
    def units(self) -> frozenset[str]:
        return frozenset(
            w for group in self.data["units"].values() for w in (str(u).lower() for u in group)
        )

    @cached_property
    def time_units(self) -> frozenset[str]:
        return frozenset(str(u).lower() for u in self.data["units"]["time"])

    def glued_unit(self, token: str) -> str | None:
        """The unit written onto a number with no space ("500ms", "2s", "10min"), if it is one
        of the units: spaCy keeps such a token whole."""
        found = _GLUED.fullmatch(token.lower())
        return found.group(1) if found and found.group(1) in self.units else None

    @cached_property
    def placeholders(self) -> frozenset[str]:
        return self.words("placeholders")

    @cached_property
    def placeholder_after(self) -> frozenset[str]:
        return self.words("placeholder-after")

    @cached_property
    def baseline_words(self) -> frozenset[str]:
        return self.words("baseline-words")

    @cached_property
    def target_words(self) -> frozenset[str]:
        return self.words("target-words")

    @cached_property
    def named_by_number(self) -> frozenset[str]:
        return self.words("named-by-number")

    @cached_property
    def not_a_measure(self) -> re.Pattern[str]:
        """Tokens with digits that name a version, a date or a standard: "v2", "Q3", "2026",
        "FY25", "1.2.3", "ISO27001", "p99", "week-1"."""
        shapes = "|".join(self.data["not-a-measure"])
        return re.compile(rf"^(?:{shapes})$", re.IGNORECASE)

    # --- one token among its neighbours (the classifier's view) -----------------------------
    def is_name(self, previous: str) -> bool:
        """Whether the word before a number names what the number identifies: "ISO 27001",
        "SOC 2", "Python 3.12", "ISO/IEC 27001", "phase 2"."""
        last = re.split(r"[/\-]", previous.lower().strip(".,:;()"))[-1] if previous else ""
        return previous.lower() in self.named_by_number or last in self.named_by_number

    def names_a_window(self, lower: Sequence[str], i: int) -> bool:
        """Whether the number is the length of the window a measure is counted over, hyphened
        to its unit before the measure's name ("30-day retention", "12-month ARR"), and no
        word before it sets it as a target ("to a 7-day cycle")."""
        if not (
            lower[i].isdigit()
            and i + 3 < len(lower)
            and lower[i + 1] == "-"
            and lower[i + 2] in self.words("window-units")
            and lower[i + 3][:1].isalpha()
        ):
            return False
        before = [w for w in lower[max(0, i - 2) : i] if w not in ("a", "an", "the")]
        return not (before and before[-1] in self.words("window-set-by"))

    def joined_to_named(self, lower: Sequence[str], i: int) -> bool:
        """A number joined by "+" or "&" to one a name numbers: the 2 of "Tier 1+2", "phase
        1 & 2" — another of the named things, not a change of +2."""
        k = i - 1
        joined = lower[i][:1] in ("+", "&")
        while k >= 0 and (lower[k] in ("+", "&") or (lower[k].isdigit() and joined)):
            joined = joined or lower[k] in ("+", "&")
            k -= 1
        if not joined or k < 0 or k == i - 1:
            return False
        return bool(re.fullmatch(r"\d+", lower[k + 1])) and self.is_name(lower[k])

    def is_number_word(self, word: str, previous: str, following: str) -> bool:
        if word not in self.number_words and not (
            "-" in word and all(part in self.number_words for part in word.split("-"))
        ):
            return False  # "twenty-five" is one number; "one-stop" is none
        if word == "one":
            return previous not in self.one_not_after and following not in self.one_not_before
        return True

    def is_number(self, lower: Sequence[str], i: int, text: Sequence[str] | None = None) -> bool:
        """Whether token `i` (of the lowercased tokens `lower`) is a number that can measure:
        digits or a number word, not a version, date or name, or a placeholder for a target
        still to be set. `text` (the tokens as written) tells a placeholder "X" from "x"."""
        low = lower[i]
        if low.isalpha() and low not in self.number_words and low not in self.placeholders:
            return False  # most tokens: a word, and not one that can be a number
        previous = lower[i - 1] if i > 0 else ""
        following = lower[i + 1] if i + 1 < len(lower) else ""
        if _DIGIT.search(low):
            # "v2", "Q3", "FY25", "p99", "week-1", "e2e", "2026", "1.2.3"; "ISO 27001"
            # … but a share or an amount is a measure whatever names it ("quarter 50%",
            # "day 30 minutes")
            named = (
                self.is_name(previous) or self.joined_to_named(lower, i)
            ) and following not in ("%", "percent", *self.units)
            # ("2000+ pages" counts pages, "2000 €" and "€2000" money, though "2000" alone
            # reads as a year)
            counted = (
                low.isdigit()
                and (
                    following == "+"
                    or following in self.currency_symbols
                    or previous in self.currency_symbols
                )
            ) or self.currency_prefixed.match(low) is not None
            return not (
                (self.not_a_measure.match(low) and not counted)
                or named
                or self.names_a_window(lower, i)
            )
        if self.is_number_word(low, previous, following):
            return True
        if low.endswith("%") and low[:-1] in self.placeholders:
            return True  # "X%"
        if low in self.placeholders:
            # "Y active partner organisations": a target left to fill in opens the line
            return (
                following in ("%", "percent")
                or previous in self.placeholder_after
                or (
                    i == 0
                    and text is not None
                    and text[0] in ("X", "Y", "Z", "N")
                    and len(text) > 1
                    and text[1].islower()
                )
            )
        return False

    # --- plain text (the rules' view) -------------------------------------------------------
    def numbers(self, text: str) -> list[Number]:
        """The numbers of a text, by the same test the classifier applies to its tokens: the
        text is cleaned as the classifier cleans it (links, URLs, labels, status notes blanked,
        offsets kept) and split into tokens the way spaCy splits them at their edges."""
        from krlint.nlp.features.text import clean  # plain regular expressions, no spaCy

        cleaned = clean(text)
        spans = tokens(cleaned)
        lower = [cleaned[a:b].lower() for a, b in spans]
        written = [cleaned[a:b] for a, b in spans]
        found = []
        for i, (a, b) in enumerate(spans):
            if not self.is_number(lower, i, written):
                continue
            if i > 0 and lower[i - 1] in self.currency_symbols and spans[i - 1][1] == a:
                a = spans[i - 1][0]
            if i + 1 < len(spans) and lower[i + 1] in self.units and spans[i + 1][0] - b <= 1:
                b = spans[i + 1][1]
            found.append(Number(text[a:b], a, b))
        for magnitude in _CJK_MAGNITUDE.finditer(cleaned):
            a, b = magnitude.span()
            if cleaned[:a].rstrip()[-1:].isdigit():
                continue  # "10万", "NT$360 萬": the digits are the number, read above
            # "处理数据量级达到百万" (a million), "万级": a number in words, as the glossary
            # reads it for the classifier ("ten thousand")
            found.append(Number(text[a:b], a, b))
        found.sort(key=lambda number: number.start)
        return found

    @cached_property
    def threshold_pattern(self) -> re.Pattern[str]:
        thresholds = _alternation(sorted(self.words("thresholds")))
        phrases = "|".join(
            r"\s+".join(re.escape(w) for w in p.split())
            for p in sorted(self.words("comparator-phrases"), key=len, reverse=True)
        )
        symbols = "".join(re.escape(c) for c in ("<", ">", "≤", "≥"))
        words = _alternation(sorted(w for w in self.comparators if w.isalpha()))
        bounds = _alternation(sorted(self.words("bound-nouns")))
        bounded = rf"(?:{words})\s+(?:the\s+|our\s+)?(?:agreed\s+|set\s+)?(?:{bounds})"
        return re.compile(rf"[{symbols}]|\b(?:{thresholds}|{phrases}|{bounded})\b", re.IGNORECASE)

    @cached_property
    def universal_pattern(self) -> re.Pattern[str]:
        universal = _alternation(sorted(self.words("universal")))
        return re.compile(rf"(?:(\S+)\s+)?\b(?:{universal})\b", re.IGNORECASE)

    def has_universal_target(self, text: str) -> bool:
        """ "Migrate all customers", "every release has notes": scorable. A quantifier after a
        scope word says where, not how much: "Improve communication at all levels"."""
        scope = self.words("scope-words")
        return any(
            (m.group(1) or "").lower() not in scope for m in self.universal_pattern.finditer(text)
        )

    @cached_property
    def rate_pattern(self) -> re.Pattern[str]:
        openers = _alternation(sorted(self.words("rate-openers")))
        joiners = _alternation(sorted(self.words("rate-joiners")))
        periods = _alternation(sorted(self.words("periods")))
        return re.compile(
            rf"\b(?:per|each|every)\s+(?:{periods})\b|"
            rf"\b(?:{openers})\s+[\w-]+(?:\s+[\w-]+)?\s+(?:{joiners})\s+(?:{periods})\b",
            re.IGNORECASE,
        )

    @cached_property
    def baseline_pattern(self) -> re.Pattern[str]:
        currency = _alternation(sorted(self.currency_symbols))
        phrases = "|".join(
            r"\s+".join(re.escape(w) for w in p.split())
            for p in sorted(self.words("baseline-phrases"), key=len, reverse=True)
        )
        return re.compile(
            # ("vs 30%", "40% → 75%": a number it is compared with or starts from — not
            # "retention vs solo", "Free→Premium 30d": words compared, or a step between them)
            rf"\b(?:{phrases})\b|\bvs\.?\s+(?:[^\W\d]+\s+)?[~≈]?(?:{currency})?\d"
            r"|\d[^\d→⟶\n]{0,12}?(?:[→⟶]|->)"
            rf"|\bby\s+(?:{currency})?\d"
            r"|\b(?:double|triple|halve|2x|3x|10x)\b|\d\s?x\b"
            r"|\b\d+\s?%\s+(?:more|less|fewer|higher|lower|increase|decrease|reduction|growth|"
            r"improvement|faster|slower)\b",
            re.IGNORECASE,
        )

    @cached_property
    def change_pattern(self) -> re.Pattern[str]:
        currency = _alternation(sorted(self.currency_symbols))
        words = _alternation(sorted(self.number_words))
        verbs = _alternation(_inflected(sorted(self.words("change-verbs"))))
        return re.compile(
            rf"\b(?:{verbs}|get to)\b|"
            rf"\bto\s+(?:~|about\s+|around\s+)?(?:(?:{currency})?\.?\d|(?:{words})\b)",
            re.IGNORECASE,
        )


_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Number:
    """A number in a text, with its currency and unit: "$1.2M", "45%", "fifty", "3 s"."""

    text: str
    start: int
    end: int


# Han, Kana and Hangul (with their punctuation and full-width forms) are written without spaces:
# a run of them is a chunk of its own, so "达到95%" holds the number "95%" (the glossary splits
# them the same way before the classifier reads them: krlint.nlp.gloss)
CJK_LETTERS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"  # (a character class)
CJK = f"\u3000-\u303f{CJK_LETTERS}\uff01-\uff0f\uff1a-\uff20"
# a magnitude of ten thousand or more written in Han characters, with the numerals before it
_CJK_MAGNITUDE = re.compile(r"[〇一二两三四五六七八九十百千]*[万萬亿億]")
# the chunks `tokens` splits further; krlint.nlp.gloss keeps unglossed words in the same chunks
CHUNK = re.compile(rf"[{CJK}]+|[^\s{CJK}]+")
_GLUED = re.compile(r"\d[\d.,]*([a-z]+)")
_PREFIX = "<>([{\"'“‘`$€£¥₹"
_SUFFIX = ")]}\"'”’`.,;:!?%"
# inside a chunk, spaCy splits a hyphen or slash before a letter ("three-month", "eng/design")
# and a hyphen between digits ("2022-2023"); "week-1", "5/10" and "1,200" stay whole
_INFIX = re.compile(r"(?<=[A-Za-z0-9])[-/](?=[A-Za-z])|(?<=[0-9])-(?=[0-9])")


def tokens(text: str) -> list[tuple[int, int]]:
    """Token spans, split at the edges the way spaCy's tokenizer splits them: opening brackets,
    quotes and currency symbols off the front; closing ones, punctuation and "%" off the end.
    "1,200", "1.2.3", "week-1", "5/10" and "crbug.com/123" stay whole."""
    spans: list[tuple[int, int]] = []
    for chunk in CHUNK.finditer(text):
        a, b = chunk.span()
        while a < b and text[a] in _PREFIX:
            spans.append((a, a + 1))
            a += 1
        tail: list[tuple[int, int]] = []
        while b > a and text[b - 1] in _SUFFIX:
            tail.append((b - 1, b))
            b -= 1
        for infix in _INFIX.finditer(text, a, b):
            if infix.start() > a:
                spans.append((a, infix.start()))
            spans.append(infix.span())
            a = infix.end()
        if b > a:
            spans.append((a, b))
        spans.extend(reversed(tail))
    return spans


@cache
def vocabulary() -> Vocabulary:
    path = data_dir() / VOCABULARY_FILE
    return Vocabulary(yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {})


def numbers(text: str) -> list[Number]:
    """Numbers that are measures, in digits or words: not years, versions, quarters, the number
    of a standard ("ISO 27001") or the digits inside a word like `week-1`."""
    return list(_numbers(text))


@per_text
def _numbers(text: str) -> tuple[Number, ...]:
    # The rules ask several questions of one key result (K204, K205, K207, O106 and the
    # classifier's number test): its numbers are found once (krlint.memo).
    return tuple(vocabulary().numbers(text))


def has_number(text: str) -> bool:
    return bool(numbers(text))


def is_measurable(text: str) -> bool:
    """A number, an amount, a threshold ("no", "all customers", "at least"), or a rate ("a book
    a month"): something that can be scored."""
    from krlint.nlp.features.text import clean

    v = vocabulary()
    text = clean(text)
    return (
        has_number(text)
        or v.has_universal_target(text)
        or bool(v.threshold_pattern.search(text) or v.rate_pattern.search(text))
    )


def has_baseline(text: str) -> bool:
    """A starting point: a number after "from", "currently", "vs" …, or a change stated
    relative to now ("by 20%", "double", "30% more")."""
    from krlint.nlp.features.text import clean

    v = vocabulary()
    text = clean(text)
    if v.baseline_pattern.search(text):
        return True
    found = numbers(text)
    for number in found:
        before = text[: number.start].split()
        while before and before[-1].lower() in ("~", "about", "around", "approx.", "approx"):
            before.pop()
        word = before[-1].lower().strip("(,") if before else ""
        # "from 32% to 45%"; a lone "from 15 customers" says where from, not where it starts
        if word in v.baseline_words and (word != "from" or len(found) >= 2):
            return True
    return False


def states_change_without_start(text: str) -> bool:
    """A target ("to 45%", "reach 500") with no starting point stated anywhere."""
    return (
        has_number(text)
        and bool(vocabulary().change_pattern.search(text))
        and not has_baseline(text)
    )


_JOINER = re.compile(r"\band\b|\bas well as\b|;|&|\bplus\b", re.IGNORECASE)
_RANGE = re.compile(r"\bbetween\s+\S+\s+and\b", re.IGNORECASE)


def compound_parts(text: str) -> list[tuple[int, int]]:
    """Spans of the parts that each carry their own number, when there are two or more."""
    masked = _RANGE.sub(lambda m: "x" * len(m.group()), text)
    parts, start = [], 0
    for joint in _JOINER.finditer(masked):
        parts.append((start, joint.start()))
        start = joint.end()
    parts.append((start, len(text)))
    measured = [p for p in parts if has_number(text[p[0] : p[1]])]
    return measured if len(measured) >= 2 else []
