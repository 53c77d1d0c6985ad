"""A second clause that states the result: "Run 5 workshops, influence 200+ developers"."""

from __future__ import annotations

from krlint.nlp.features import names as F
from krlint.nlp.features.line import Head, Line, Phrases
from krlint.nlp.features.vocab import Vocab

_CLAUSE_START = frozenset(
    {",", "and", ";", ".", "to", "-", "–", "—", ":", "that", "which", "will", "&", "then", "so"}
)


def outcome_clause(line: Line, hd: Head, phrases: Phrases, vocab: Vocab) -> None:
    if hd.i is None:
        return
    lower, lemmas, n = line.lower, line.lemmas, line.n
    for i in range(hd.i + 2, n):
        if (
            lemmas[i] in vocab.outcome_verbs
            and lower[i - 1] in _CLAUSE_START
            and not _hyphenated(line, i - 1)
        ):
            ahead = range(i + 1, min(n, i + 7))
            scored = any(k in line.num_set for k in ahead)
            if not scored and F.PURPOSE_UNSCORED in line.f:
                continue  # "Write 3 runbooks to reduce incident time": why, not what is scored
            if scored or any(s <= k < e for s, e in phrases.metric_spans for k in ahead):
                line.mark(F.OUTCOME_CLAUSE, i, i + 1, "purpose")
                break


def _hyphenated(line: Line, k: int) -> bool:
    """A hyphen joined to the word before it makes one word with the next ("Must-haves",
    "follow-up"): no clause starts there."""
    return line.lower[k] == "-" and k > 0 and not line.toks[k - 1].whitespace_
