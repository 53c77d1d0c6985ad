"""Resource limits: how much input krlint agrees to read before it refuses with a finding.

krlint runs in CI on files anyone can put in a pull request, so every way an input can cost
time or memory out of proportion to its size has a ceiling: bytes read, nesting depth, alias
references and the number of nodes once aliases are expanded (a "billion laughs" document is a
few hundred bytes that expand to 10⁹ nodes), and the length of one objective or key result
(spaCy's cost grows with it, and it refuses texts over a million characters outright).

Exceeding a limit is never a silent skip: it is an F005 finding at the position that crossed the
line, and the rest of the file (or the other documents in it) is still linted where that is safe.
The defaults sit far above any real OKR file and far below what would hurt a CI runner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import Any

from krlint.diagnostics import Problem
from krlint.model import OkrFile, Span

LIMIT_CODE = "F005"

# Python's recursion limit (1000 frames) bounds how deep the pure-Python YAML composer and the
# reader's walk can go (two or three frames per level); libyaml stops at 1000 levels itself.
DEPTH_CEILING = 250

# What krlint reads besides the OKR files is bounded too, before it is read: a config file or
# pyproject.toml, one rule-pack file, and one cache entry (which may hold every finding of a
# 20 MB file, so it gets a multiple of the file limit).
MAX_CONFIG_BYTES = 1_000_000
MAX_RULE_FILE_BYTES = 1_000_000
MAX_RULE_FILES = 1_000  # per rule folder
CACHE_ENTRY_FACTOR = 4  # × max-file-size
# A rule message is rendered for every finding: its template and what it renders to are bounded.
MAX_MESSAGE_TEMPLATE = 1_000  # characters
MAX_MESSAGE = 4_000  # characters of a rendered message
MAX_FORMAT_WIDTH = 200  # the largest width or precision a placeholder may ask for
# A Markdown file's YAML front matter holds a title, a date, a period: beyond this many
# characters it is reported and not parsed (the Markdown after it is still read).
MAX_FRONT_MATTER = 65_536


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_size: int = 20_000_000  # bytes
    max_key_result_length: int = 2_000  # characters, for key results and objectives
    max_repeat: int = 32  # one character repeated (spaces, '%', '-'), in those texts
    max_depth: int = 100  # nested mappings/lists
    max_aliases: int = 10_000  # alias references (*name) in one document
    max_nodes: int = 2_000_000  # nodes once every alias is expanded, per document

    def describe(self) -> dict[str, int]:
        """The limits under their configuration names (for docs and messages)."""
        return {f.name.replace("_", "-"): getattr(self, f.name) for f in fields(self)}


DEFAULT_LIMITS = Limits()
_NAMES = {f.name.replace("_", "-"): f.name for f in fields(Limits)}


def parse_limits(data: Any, where: str) -> Limits:
    """`limits:` from a config file; raises ValueError with the key named."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: 'limits' must be a mapping like {{max-depth: 100}}")
    updates: dict[str, int] = {}
    for key, value in data.items():
        if key not in _NAMES:
            raise ValueError(
                f"{where}: unknown key 'limits.{key}' (known: {', '.join(sorted(_NAMES))})"
            )
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValueError(f"{where}: 'limits.{key}' must be a whole number ≥ 1")
        if key == "max-depth" and value > DEPTH_CEILING:
            raise ValueError(
                f"{where}: 'limits.max-depth' can be at most {DEPTH_CEILING} "
                "(deeper nesting would overflow the parser's recursion)"
            )
        updates[_NAMES[key]] = value
    return replace(DEFAULT_LIMITS, **updates)


def check_lengths(okr_file: OkrFile, limits: Limits) -> list[Problem]:
    """F005 for over-long objectives and key results, which are then cut to the limit.

    Cutting keeps the item in the model, so the other rules still see it (an objective does not
    suddenly look as if it had too few key results) and positions stay right: the kept text is a
    prefix of the original. Only the analysis is bounded, and the finding says so.

    The same holds for a run of one repeated character longer than `max-repeat` (2,000 spaces
    after "KR", 2,000 `%`): no real key result has one, and it is what makes a backtracking
    pattern or the tokenizer's affix splitting polynomial in the run's length, so the text is
    cut a little after the run starts. This one guard, applied before any pattern or tokenizer
    sees the text, bounds all of them — the analyser's and a rule pack's alike.
    """
    most = limits.max_key_result_length
    found: list[Problem] = []

    def bounded(text: str, span: Span, what: str) -> str:
        if len(text) > most:
            found.append(
                Problem(
                    span=span,
                    code=LIMIT_CODE,
                    message=f"{what} is {len(text):,} characters long, over "
                    f"{most:,} (limits.max-key-result-length); only the "
                    f"first {most:,} are checked",
                )
            )
            text = text[:most]
        run = long_run(text, limits.max_repeat)
        if run is not None:
            start, length = run
            shown = repr(text[start])[1:-1]
            found.append(
                Problem(
                    span=span,
                    code=LIMIT_CODE,
                    message=f"{what} repeats '{shown}' {length:,} times in a row, "
                    f"over {limits.max_repeat:,} (limits.max-repeat); only "
                    "the text up to there is checked",
                )
            )
            text = text[: start + limits.max_repeat]
        return text

    for objective in okr_file.objectives:
        objective.text = bounded(objective.text, objective.span, "the objective")
        for kr in objective.key_results:
            kr.text = bounded(kr.text, kr.span, "the key result")
    return found


def long_run(text: str, most: int) -> tuple[int, int] | None:
    """(start, length) of the first run of one character longer than `most`, or None. Letters,
    digits and `_` do not count ("1000000" is a number, not an attack). One C-level scan: the
    backreference only ever compares a character with the one before it, so it is linear."""
    if len(text) <= most:
        return None
    found = _run_pattern(most).search(text)
    return (found.start(), found.end() - found.start()) if found else None


@lru_cache(maxsize=8)
def _run_pattern(most: int) -> re.Pattern[str]:
    return re.compile(rf"([^\w])\1{{{most},}}")
