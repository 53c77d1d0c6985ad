"""Closed word classes more than one stage reads."""

from __future__ import annotations

# Lexicon groups a number can measure, with their priority when two match the same words.
MEASURED = {"ARTEFACT": 3, "TEAMPROP": 4, "SPEND": 2, "METRIC": 1}
OUTPUT_GROUPS = ("ARTEFACT", "TEAMPROP", "SPEND")
# Words that end the noun phrase a number or verb measures.
MEASURE_STOP = frozenset(
    {
        ".",
        ";",
        ",",
        "and",
        "by",
        "to",
        "from",
        "within",
        "in",
        "per",
        "for",
        "with",
        "while",
        "so",
        "that",
        "which",
        "who",
    }
)
ZERO = frozenset({"no", "zero", "0", "none", "never"})
# Connectors that name the instrument of a measure ("as measured by surveys"), not a purpose.
INSTRUMENT = frozenset({("measured", "by"), ("as", "measured", "by")})
# Connectors that may attach a property to what the headline delivers ("a model with 95%
# accuracy", "complete research with 50 users") rather than introduce the result it is for:
# their purpose still counts as evidence, but never becomes the only part judged.
ATTENDANT = INSTRUMENT | {("with",), ("and", "have")}
