"""Field names that readers accept, and the near-miss check behind F003.

Real teams name the same thing differently (`krs`, `keyResults`, `title`); the aliases below come
from the design and from real files. Names are compared normalised (case, `-`, `_` and spaces
ignored) so `key-results`, `Key_Results` and `keyResults` are one field.
"""

from __future__ import annotations

import difflib
import re

ROOT_OBJECTIVES = ("objectives", "okrs", "okr", "goals")
OBJECTIVE_TEXT = ("objective", "title", "name", "text", "goal", "statement")
KEY_RESULTS = ("key_results", "krs", "keyresults", "results", "kr_list", "key_result_list")
KEY_RESULT_TEXT = ("kr", "key_result", "keyresult", "title", "text", "name", "result", "statement")
DESCRIPTION = ("description", "details", "detail")
TIERS = ("tiers", "targets", "levels")

ROOT_KNOWN = frozenset(
    {
        "period",
        "quarter",
        "cycle",
        "timeframe",
        "owner",
        "team",
        "year",
        "north_star",
        "time_span_days",
        "title",
        "name",
        "description",
        "version",
        "krlint",
        "company",
        "department",
        "start",
        "end",
        "updated",
        "mission",
        "vision",
        "notes",
        "id",
    }
    | set(ROOT_OBJECTIVES)
)
# What objectives and key results alike carry as plan items: who, when, how far along, notes,
# the work beneath them, and krlint's own suppressions.
_PLAN_ITEM = frozenset(
    {
        "id",
        "owner",
        "owners",
        "start",
        "end",
        "due",
        "deadline",
        "status",
        "progress",
        "score",
        "confidence",
        "krlint",
        "notes",
        "initiatives",
        "type",
    }
)
OBJECTIVE_KNOWN = frozenset(
    _PLAN_ITEM
    | {
        "description",
        "period",
        "quarter",
        "team",
        "tags",
        "priority",
        "parent",
        "aligned_to",
        "category",
        "why",
        "rationale",
    }
    | set(OBJECTIVE_TEXT)
    | set(KEY_RESULTS)
)
KEY_RESULT_KNOWN = frozenset(
    _PLAN_ITEM
    | {
        "metric",
        "baseline",
        "target",
        "unit",
        "kind",
        "current",
        "tiers",
        "total_tasks",
        "tasks",
        "weight",
        "measure",
        "value",
        "comment",
        "comments",
        "source",
        "stretch",
        "metrics",
        "targets",
        "levels",
        "achieved_tier",
        "tier",
        "kpi",
        "kpis",
    }
    | set(KEY_RESULT_TEXT)
    | set(DESCRIPTION)
)
KR_KINDS = ("metric", "milestone", "maintain", "output")
# What a declared `kind:` says, for every rule that reads it: a deliverable counts as an output
# (O101, O105) without being judged, a metric or a level to keep as an outcome.
OUTPUT_KINDS = ("milestone", "output")
OUTCOME_KINDS = ("metric", "maintain")

_SEPARATORS = re.compile(r"[-_\s]+")


def normalise(name: str) -> str:
    return _SEPARATORS.sub("", name).lower()


_NORMALISED: dict[frozenset[str], dict[str, str]] = {}


def _index(known: frozenset[str]) -> dict[str, str]:
    index = _NORMALISED.get(known)
    if index is None:
        index = {normalise(name): name for name in known}
        _NORMALISED[known] = index
    return index


def is_known(name: str, known: frozenset[str]) -> bool:
    return normalise(name) in _index(known)


def names_objectives(key: str) -> bool:
    """A key whose words name the objectives beneath it: "Strategic_OKRs_2025", "Q3 OKRs",
    "team_objectives"."""
    words = re.split(r"[\W_]+", key.lower())
    return any(w in ("okr", "okrs", "objectives") for w in words)


def find(mapping_keys: list[str], aliases: tuple[str, ...]) -> str | None:
    """The first key of the mapping that is one of `aliases` (normalised), in alias order."""
    by_norm = {normalise(k): k for k in mapping_keys}
    for alias in aliases:
        key = by_norm.get(normalise(alias))
        if key is not None:
            return key
    return None


def did_you_mean(name: str, known: frozenset[str]) -> str | None:
    """A known field the name is a likely misspelling of, or None.

    Only near misses count: teams add their own fields (owner, dates, confidence) and those must
    pass silently, so the cut-off is high and very short names are never matched.
    """
    norm = normalise(name)
    if len(norm) < 4 or norm in _index(known):
        return None
    index = _index(known)
    matches = difflib.get_close_matches(norm, list(index), n=1, cutoff=0.82)
    return index[matches[0]] if matches else None
