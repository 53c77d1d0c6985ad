"""What one line of a Markdown OKR file says it is: `Objective:`, `Key result:`, `Initiative:` …

Every regex here reads a single line's plain text (markup already dropped by the parser), never
the file. A line's label decides its role; the text after the label is what gets judged, and the
stripped prefix is kept so the reader can point at the text's first character in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

OBJECTIVE = "objective"
KEY_RESULT = "key_result"
KEY_RESULTS = "key_results"        # a "Key results" heading or line: the bullets below are KRs
OBJECTIVES = "objectives"          # an "Objectives" heading: each bullet below is an objective
INITIATIVE = "initiative"          # Initiative:/Task:/Project: lines are work, never key results
IGNORED_SECTION = "ignored_section"  # "## Initiatives", "## Notes": nothing below is a KR
META = "meta"                      # Mission:/Vision:/North star: describe the file, not an OKR

_CHECKBOX = re.compile(r"^\[([ xX])\](?:\s+|$)")
_PRIORITY = re.compile(r"^\[(P\d)\]\s*")
_META = re.compile(
    r"^(?P<kw>mission|vision|north[\s-]?star|ultimate goal|purpose|tagline)\s*:\s*", re.I)
_QUALIFIERS = ("company|team|department|group|personal|individual|stretch|main|primary|"
               "secondary|quarterly|annual|yearly|our|my|org|squad|product|engineering")
_LABEL = re.compile(
    # "Company objective:", "Marketing key result:" - a known qualifier or one capitalised word
    rf"^(?P<qual>(?:(?i:{_QUALIFIERS})\s+){{1,2}}|[A-Z][\w'’&-]*\s+)?"
    r"(?P<kw>(?i:objectives?|goals?|key[\s-]?results?|krs?|okrs?|initiatives?|tasks?|projects?|"
    r"actions?|activities|activity|epics?|deliverables?)|(?<![\w])O(?=\s?\d))"
    r"(?:\s*#?\s*(?P<num>\d+(?:\.\d+)*[a-z]?|[A-Z](?![\w])))?"
    r"\s*(?P<sep>:|[-–—.)](?=\s)|(?<=\d)(?=\s))\s*",
)
_SECTION = re.compile(
    r"^(?P<kw>key[\s-]?results?|krs|objectives|okrs|goals|initiatives|tasks|projects|notes|"
    r"risks|dependencies|actions|non-goals|out of scope)\s*:?$",
    re.I,
)
_SCORE = re.compile(r"\s*\((?:score:?\s*)?(\d+(?:\.\d+)?\s*/\s*\d+|0?\.\d+|1\.0)\)$", re.I)
_STATUS = re.compile(r"\s*\(((?:WIP|done|in progress|blocked|dropped|tbd)\b[^()]*)\)$", re.I)
_PERIOD = re.compile(
    r"^(?:(?:okrs?|objectives?(?:\s*(?:and|&)\s*key\s*results)?|goals?|for|in)\s+)*"
    r"(?P<period>(?:FY\s?)?\d{4}(?:[\s/-]*(?:Q[1-4]|H[12]|T[1-3]))?"
    r"|(?:Q[1-4]|H[12]|T[1-3])(?:[\s/-]*(?:FY\s?)?(?:\d{4}|\d{2}))?"
    r"|FY\s?\d{2,4}(?:[\s/-]*(?:Q[1-4]|H[12]))?|future)"
    r"(?:\s+(?:okrs?|objectives?|goals?))?\s*:?$",
    re.I,
)


@dataclass(slots=True)
class Label:
    kind: str | None  # one of the constants above, or None for an unlabelled line
    text: str  # the text after every prefix and trailing annotation
    prefix: str = ""  # the plain text removed from the front
    name: str = ""  # the label word itself (for META: which metadata)
    fields: dict[str, Any] = field(default_factory=dict)


def _kind(keyword: str) -> tuple[str, bool]:
    """The role a label word names, and whether it is plural."""
    word = re.sub(r"[\s-]", "", keyword.lower())
    if word in ("objective", "goal", "o"):
        return OBJECTIVE, False
    if word == "okr":
        return OBJECTIVE, False
    if word in ("objectives", "goals", "okrs"):
        return OBJECTIVE, True
    if word in ("keyresult", "kr"):
        return KEY_RESULT, False
    if word in ("keyresults", "krs"):
        return KEY_RESULT, True
    return INITIATIVE, word.endswith("s") and word not in ("status",)


def parse(text: str) -> Label:
    fields: dict[str, Any] = {}
    rest = text.strip()
    prefix_end = len(text) - len(text.lstrip())
    checkbox = _CHECKBOX.match(rest)
    if checkbox:
        fields["done"] = checkbox.group(1).lower() == "x"
        prefix_end += checkbox.end()
        rest = rest[checkbox.end():]
    priority = _PRIORITY.match(rest)
    if priority:
        fields["priority"] = priority.group(1)
        prefix_end += priority.end()
        rest = rest[priority.end():]
    kind: str | None = None
    name = ""
    section = _SECTION.match(rest)
    meta = _META.match(rest)
    label = _LABEL.match(rest)
    if section:
        word, _ = _kind(section.group("kw"))
        kw = re.sub(r"[\s-]", "", section.group("kw").lower())
        kind = {OBJECTIVE: OBJECTIVES, KEY_RESULT: KEY_RESULTS}.get(word, IGNORED_SECTION)
        if kw in ("notes", "risks", "dependencies", "nongoals", "outofscope"):
            kind = IGNORED_SECTION
        return Label(kind, "", text, kw, fields)
    if meta:
        name = re.sub(r"[\s-]+", "_", meta.group("kw").lower())
        name = "north_star" if name in ("northstar", "ultimate_goal") else name
        return Label(META, rest[meta.end():].strip(), text[:prefix_end + meta.end()], name, fields)
    if label:
        kind, plural = _kind(label.group("kw"))
        remainder = rest[label.end():].strip()
        if not remainder:
            kind = {OBJECTIVE: OBJECTIVES, KEY_RESULT: KEY_RESULTS}.get(kind, IGNORED_SECTION)
        elif plural and kind != INITIATIVE:
            kind = None  # "Objectives: qualitative, inspiring" defines a word, labels nothing
        if kind is not None:
            name = label.group("kw")
            if label.group("num"):
                kw, gap = label.group("kw"), " " if len(label.group("kw")) > 2 else ""
                fields["label"] = f"{kw}{gap}{label.group('num')}"  # "Objective 2", "KR1.1"
            prefix_end += label.end()
            rest = remainder
    rest, fields = _trailing(rest.strip(), fields)
    return Label(kind, rest, text[:prefix_end], name, fields)


def _trailing(text: str, fields: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Scores ("(7/10)") and status notes ("(WIP)") after the text are fields, not the text."""
    for key, pattern in (("status", _STATUS), ("score", _SCORE)):
        found = pattern.search(text)
        if found and found.start() > 0:
            fields[key] = found.group(1).strip()
            text = text[:found.start()].rstrip()
    return text, fields


def period_of(text: str) -> str | None:
    """The period a heading names ("2018 Q2", "OKRs Q1 2020", "FY24"), or None."""
    found = _PERIOD.match(text.strip())
    return found.group("period") if found else None
