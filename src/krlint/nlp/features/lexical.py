"""Lexical features: what the verb acts on, what each number counts, and the bag of lemmas —
so the trained weights can pick up what the lexicons miss."""

from __future__ import annotations

from itertools import pairwise

from krlint.nlp.features import names as F
from krlint.nlp.features.line import Head, Line

_SLOT_SKIP = frozenset(
    {
        "number",
        "percent",
        "new",
        "more",
        "additional",
        "least",
        "total",
        "average",
        "monthly",
        "weekly",
        "daily",
        "annual",
        "quarterly",
        "per",
        "x",
        "k",
        "m",
    }
)


def slots(line: Line, hd: Head) -> None:
    toks, lower, lemmas, n = line.toks, line.lower, line.lemmas, line.n

    def next_content(start: int) -> str | None:
        for k in range(start, min(n, start + 5)):
            t = toks[k]
            if t.is_alpha and not t.is_stop and lower[k] not in _SLOT_SKIP:
                return lemmas[k]
        return None

    if hd.i is not None:
        obj = next_content(hd.i + (2 if hd.phrase_family else 1))
        if obj:
            line.f[F.OBJECT + obj] = 1.0
            line.f[f"{F.VERB_OBJECT}{hd.lemma}_{obj}"] = 1.0
    for i in line.nums[:2]:
        counted_noun = next_content(i + 1)
        if counted_noun:
            line.f[F.COUNTED + counted_noun] = 1.0


def bag(line: Line) -> None:
    content = [
        line.lemmas[i]
        for i, t in enumerate(line.toks)
        if t.is_alpha and not t.is_stop and len(t.text) > 1
    ]
    for lemma in content:
        line.f[F.WORD + lemma] = 1.0
    for a, b in pairwise(content):
        line.f[f"{F.WORD}{a}_{b}"] = 1.0
