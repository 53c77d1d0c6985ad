"""What the stages share: one key result's tokens, the features found so far, and the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from krlint.diagnostics import Evidence


@dataclass(slots=True)
class Extracted:
    features: dict[str, float]
    evidence: dict[str, Evidence]  # feature family → the span that shows it
    head: str | None
    family: str | None  # activity family of the head verb, or of the counted artefact
    target: Evidence | None = None  # the value the key result aims for: "45%", "< 2 s"
    baseline: Evidence | None = None  # where it starts: "from 32%", "(currently 5)"


@dataclass(slots=True)
class Line:
    """One key result's tokens, and the features and evidence found in it so far."""

    text: str
    toks: list[Token]
    lower: list[str]
    lemmas: list[str]
    starts: list[int]  # character offset of each token
    ends: list[int]
    nums: list[int]  # indices of the tokens that are numbers
    num_set: set[int]
    words: int
    f: dict[str, float] = field(default_factory=dict)
    ev: dict[str, Evidence] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.toks)

    @classmethod
    def of(
        cls,
        doc: Doc,
        is_number: Callable[[list[str], int, list[str]], bool],
        text: str | None = None,
    ) -> Line:
        if text is None:
            text = doc.text  # built from the tokens on every access: read it once
        toks = [t for t in doc if not t.is_space]
        lower = [t.lower_ for t in toks]
        written = [t.text for t in toks]
        nums = [i for i in range(len(toks)) if is_number(lower, i, written)]
        return cls(
            text,
            toks,
            lower,
            [t.lemma_ for t in toks],
            [t.idx for t in toks],
            [t.idx + len(t) for t in toks],
            nums,
            set(nums),
            sum(1 for t in toks if t.is_alpha),
        )

    def part(self, a: int, b: int) -> Line:
        """Tokens a:b as a line of their own; offsets still point into the whole text."""
        nums = [i - a for i in self.nums if a <= i < b]
        toks = self.toks[a:b]
        return Line(
            self.text,
            toks,
            self.lower[a:b],
            self.lemmas[a:b],
            self.starts[a:b],
            self.ends[a:b],
            nums,
            set(nums),
            sum(1 for t in toks if t.is_alpha),
        )

    def mark(self, name: str, start: int, end: int, kind: str | None = None) -> None:
        """Set a feature; the first span of each kind becomes its evidence."""
        self.f[name] = 1.0
        if kind and kind not in self.ev and end > start:
            a, b = self.starts[start], self.ends[end - 1]
            self.ev[kind] = Evidence(kind, self.text[a:b], a, b)


@dataclass(slots=True)
class Head:
    """The verb that leads the key result, as the later stages need it."""

    i: int | None  # its token, None for a noun phrase
    lemma: str | None = None
    family: str | None = None  # activity family (or, failing that, the counted artefact's)
    phrase_family: str | None = None  # set for two-word verbs: "roll out", "set up"
    subject: int | None = None  # where the subject starts when the verb is passive


@dataclass(slots=True)
class Phrases:
    """Lexicon matches (token spans) and what the later stages read from them."""

    matches: list[tuple[str, int, int]]
    metric_spans: list[tuple[int, int]] = field(default_factory=list)
    connectors: list[tuple[int, int]] = field(default_factory=list)  # "so that", "generating"
