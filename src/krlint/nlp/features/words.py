"""Closed word classes more than one stage reads."""

from __future__ import annotations

# Lexicon groups a number can measure, with their priority when two match the same words.
MEASURED = {"ARTEFACT": 3, "TEAMPROP": 4, "SPEND": 2, "METRIC": 1}
OUTPUT_GROUPS = ("ARTEFACT", "TEAMPROP", "SPEND")
# Words that end the noun phrase a number or verb measures.
MEASURE_STOP = frozenset({".", ";", ",", "and", "by", "to", "from", "within", "in", "per", "for",
                          "with", "while", "so", "that", "which", "who"})
ZERO = frozenset({"no", "zero", "0", "none", "never"})
# Connectors that attach a property to what the headline delivers ("a model with 95% accuracy",
# "meet with 100% of key customers") or name its instrument ("as measured by surveys"), rather
# than introduce the result it is for.
ATTENDANT = frozenset({("with",), ("and", "have"), ("measured", "by"), ("as", "measured", "by")})
