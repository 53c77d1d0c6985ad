"""The text a key result is judged on: Markdown, URLs, list labels and status notes blanked out.

Cleaning is length-preserving (removed characters become spaces), so every evidence offset points
into the original key result.
"""

from __future__ import annotations

import re

_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_REF = re.compile(r"\[\*?N<sub>\d+</sub>\*?\]\[N\d+\]")
_URL = re.compile(r"https?://\S+|\b\w+\.\w+/\S+")
_LABEL = re.compile(r"^\s*(?:(?:\*\*|__)?\(?(?:o\d+[.\s]*)?(?:kr|key\s+result)\s*#?\s*[\d.]*\s*"
                    r"[:.)\-–]\s*(?:\*\*|__)?\s*|\d+(?:\.\d+)*[.)]\s+|"
                    r"[-*•]\s+(?:\[[ xX]\]\s+)?|\[[ xX]\]\s+)", re.IGNORECASE)
_TRAILING_NOTE = re.compile(r"\s*(?:\((?:[a-z]{1,4}|n)\)|=>.*|\(@[^)]*\)|- @\S+)\s*$",
                            re.IGNORECASE)
# byte-order marks and zero-width characters, one for one, so offsets still fit
_INVISIBLE = str.maketrans({"\ufeff": " ", "\u200b": " ", "\u200c": " ", "\u200d": " ",
                            "\u2060": " "})


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
    text = _LABEL.sub(blank, text, count=1)
    text = _TRAILING_NOTE.sub(blank, text)
    return text
