"""The words around an objective or a key result that are not its words — one definition.

Real OKR files wrap what is judged in labels (`Objective 2:`, `KR1.1 —`, `O1KR2`), IDs
(`2022.M1.01 -`), status and progress notes (`[NOT STARTED: 0%]`, `(WIP)`, `✅`, `=> Done`,
`[2/5]`), Obsidian Dataview fields (`[due:: 2024-06-30]`), owners (`(Brian)`, `Mark/Sam`,
`@sam`), scores (`(7/10)`, `– 2`), heading anchors (`{#intro}`) and emoji. Left in, they change
the judgement (`0%` reads as a measure, `Done` as a milestone). Every reader — Markdown, YAML and
JSON — and, later, the analyser's own clean-up use this module, so what counts as a label, an ID
or a status note is decided once.

Cleaning never loses track of where the words came from: `Cleaned.index[i]` is the offset in the
input of the i-th character of the clean text, so a finding on the clean text can still point at
the right column of the source.

Every pattern here reads one line of plain text (markup already dropped by the reader) and is
linear: no nested quantifiers that could backtrack, so user text cannot make them hang.
"""

from __future__ import annotations

from krlint.loaders.okr_text.cleaning import (
    Cleaned,
    _clean_key_result,
    _clean_objective,
    clean_key_result,
    clean_objective,
    has_owner_suffix,
    outline_number,
    squeeze,
    strip_trailing_name,
)
from krlint.loaders.okr_text.labels import (
    CONTAINER,
    FIELD,
    IGNORED_SECTION,
    INITIATIVE,
    KEY_RESULT,
    KEY_RESULTS,
    META,
    OBJECTIVE,
    OBJECTIVES,
    OKR_WORDS,
    PERIOD,
    SUCCESS_MEASURES,
    Label,
    Sense,
    is_emoji,
    is_status,
    parse_label,
    words,
)
from krlint.loaders.okr_text.sections import (
    about_okrs,
    announced,
    asks,
    empty_field,
    field_of,
    is_day,
    is_guide,
    maps_key_results,
    names_a_field,
    names_measures,
    names_mission,
    names_objectives,
    names_okrs,
    names_own_okrs,
    names_phase,
    period_of,
    placeholder,
    section_kind,
    unnumbered,
)

# the package is one module to its users: `from krlint.loaders import okr_text as T`
__all__ = [
    "CONTAINER",
    "FIELD",
    "IGNORED_SECTION",
    "INITIATIVE",
    "KEY_RESULT",
    "KEY_RESULTS",
    "META",
    "OBJECTIVE",
    "OBJECTIVES",
    "OKR_WORDS",
    "PERIOD",
    "SUCCESS_MEASURES",
    "Cleaned",
    "Label",
    "Sense",
    "_clean_key_result",
    "_clean_objective",
    "about_okrs",
    "announced",
    "asks",
    "clean_key_result",
    "clean_objective",
    "empty_field",
    "field_of",
    "has_owner_suffix",
    "is_day",
    "is_emoji",
    "is_guide",
    "is_status",
    "maps_key_results",
    "names_a_field",
    "names_measures",
    "names_mission",
    "names_objectives",
    "names_okrs",
    "names_own_okrs",
    "names_phase",
    "outline_number",
    "parse_label",
    "period_of",
    "placeholder",
    "section_kind",
    "squeeze",
    "strip_trailing_name",
    "unnumbered",
    "words",
]
