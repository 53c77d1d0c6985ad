"""The text a key result is judged on: Markdown, URLs, labels, IDs and status notes blanked out.

Cleaning is length-preserving (removed characters become spaces), so every evidence offset points
into the original key result. What counts as a label, an ID, a status or progress note, an owner
or a Dataview field is defined once, in `krlint.loaders.okr_text` (the readers clean with it
too); this module only lays that result back over the original characters.
"""

from __future__ import annotations

import re

from krlint.memo import per_text

_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_REF = re.compile(r"\[\*?N<sub>\d+</sub>\*?\]\[N\d+\]")
# (an address without its scheme has a name for its domain: "crbug.com/123", not the rating
# "4.5/5")
_URL = re.compile(r"https?://\S+|\b\w+\.(?=\w*[^\W\d_])\w+/\S+")
# A list marker or checkbox a pasted line may still carry (readers remove them before this).
_MARKER = re.compile(r"^\s*(?:[-*•]\s+(?:\[[ xX]\]\s+)?|\[[ xX]\]\s+)")
_EMPHASIS = re.compile(r"\*{2,}|(?<!\w)__|__(?!\w)")  # **bold** and __bold__ markers
# byte-order marks and zero-width characters, one for one, so offsets still fit
_INVISIBLE = str.maketrans(
    {"\ufeff": " ", "\u200b": " ", "\u200c": " ", "\u200d": " ", "\u2060": " "}
)


@per_text
def clean(text: str) -> str:
    """Markdown links, references, URLs, list labels and trailing status notes → spaces."""

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group())

    def keep_label(match: re.Match[str]) -> str:
        whole, label = match.group(), match.group(1)
        return " " + label + " " * (len(whole) - len(label) - 1)

    text = text.translate(_INVISIBLE)
    text = _MD_REF.sub(lambda m: "9" + " " * (len(m.group()) - 1), text)
    text = _MD_LINK.sub(keep_label, text)
    text = _URL.sub(blank, text)
    text = _MARKER.sub(blank, text, count=1)
    text = _EMPHASIS.sub(blank, text)
    return _without_notes(text)


# notes that state where the measure starts: part of what the key result measures
_MEASURE_NOTES = frozenset({"baseline"})


def _without_notes(text: str) -> str:
    """Labels, IDs, status and progress notes, owners and emoji (okr_text's one definition)
    become spaces; every character okr_text keeps stays where it was."""
    from krlint.loaders.okr_text import clean_key_result

    cleaned = clean_key_result(text, keep=_MEASURE_NOTES)
    if cleaned.text == text:
        return text
    out = [" "] * len(text)
    for char, at in zip(cleaned.text, cleaned.index, strict=True):
        if not char.isspace() and 0 <= at < len(text):
            out[at] = text[at]
    return "".join(out)
