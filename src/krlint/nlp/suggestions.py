"""What an output key result should have measured: the outcome its deliverable is meant to move.

A suggestion keyed by the verb ("publish" → "who should read it?") cannot know that a runbook is
written to shorten incidents, not to be read. This module reads what is delivered — the noun
phrase the activity verb acts on, the counted artefact, or the subject of "X is implemented" —
and looks it up in `rules/lexicons/outcome-measures.yaml`: deliverable classes (runbooks, blog
posts, alerting, hiring …), each with the outcome measures it is meant to move and how to say
them. The objective above the key result (when the caller gives it) chooses among a class's
measures and, when the key result names nothing krlint knows, may name the outcome family
itself. When nothing is known the suggestion says so and asks the plain question: a confident
example that does not fit is worse than none.

The measure is said in the key result's own words ("monthly readers of blog posts on How
Node.js Operates") and becomes a rewrite template, "Grow <measure> from [baseline] to
[target]": numbers krlint cannot know stay placeholders. A number the key result states is used
only where it is already the value of the measure suggested (the key result names that measure
itself, with its baseline and target), never a count of deliverables.

Plain Python over the spaCy tokens the classifier already made; it knows no rule or reporter,
and never touches the label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from krlint.diagnostics import Evidence
from krlint.nlp.features.line import Extracted
from krlint.nlp.lexicon import FAMILIES, Lexicons

__all__ = ["FAMILIES", "Suggester", "Suggestion"]
BASELINE, TARGET = "[baseline]", "[target]"

# Words before the deliverable's name: quantities, determiners, "top", "x" ("all 3 new …" keeps
# "new": it says which).
_LEADING = frozenset(
    {
        "a",
        "an",
        "the",
        "our",
        "my",
        "your",
        "their",
        "its",
        "his",
        "her",
        "this",
        "these",
        "that",
        "all",
        "every",
        "each",
        "some",
        "any",
        "at",
        "least",
        "most",
        "more",
        "than",
        "over",
        "up",
        "to",
        "about",
        "around",
        "approximately",
        "x",
        "n",
        "another",
        "additional",
        "first",
        "initial",
        "proper",
        "regular",
        "successfully",
        "fully",
        "and",
        "or",
        "of",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twelve",
        "twenty",
        "dozen",
        "several",
        "few",
        "many",
        "~",
        "+",
        "%",
        "≥",
        ">",
        "<",
        "≤",
        "#",
        "out",
        "down",
        "top",
        "k",
        "m",
        "bottom",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "quarter",
        "quarters",
        "hour",
        "hours",
        "minimum",
        "maximum",
        "total",
        "number",
        "amount",
        "average",
        "share",
        "percentage",
        "times",
    }
)
_DETERMINERS = frozenset({"the", "our", "my", "your", "their", "its", "his", "her"})
# Words that end the deliverable's phrase: a purpose, a date, a condition, a clause, a verb.
_STOP = frozenset(
    {
        ",",
        ";",
        ":",
        ".",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "!",
        "?",
        "=>",
        "→",
        "|",
        "by",
        "so",
        "that",
        "which",
        "who",
        "whom",
        "where",
        "when",
        "while",
        "with",
        "within",
        "before",
        "after",
        "until",
        "till",
        "per",
        "each",
        "every",
        "at",
        "through",
        "using",
        "via",
        "as",
        "from",
        "into",
        "during",
        "including",
        "such",
        "to",
        "in",
        "across",
        "against",
        "between",
        "under",
        "without",
        "than",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "can",
        "could",
        "should",
        "must",
        "may",
        "would",
        "if",
        "because",
        "since",
        "+",
        "-",
        "–",
        "—",
        "...",
        "…",
        "and/or",
        "not",
        "no",
        "n't",  # "Reps Portal doesn't have …": spaCy splits "does" + "n't"
        "does",
        "do",
        "did",
        "we",  # "the key roles we need": a clause about the thing, not its name
        "i",
        "you",
        "they",
        "ewd",
        "eoq",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "annually",
        "regularly",
        "yearly",
    }
)
# Words that describe when, not what, at the end of a phrase ("sessions monthly")
_TRAILING = frozenset(
    {
        "monthly",
        "weekly",
        "daily",
        "quarterly",
        "biweekly",
        "annually",
        "regularly",
        "yearly",
        "now",
        "today",
        "soon",
        "once",
        "twice",
        "thrice",
    }
)
# Prepositions that attach what the deliverable is about or for ("runbooks for tier-1 services").
_COMPLEMENT = frozenset({"for", "on", "about", "of", "around"})
_AUXILIARIES = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "gets",
        "get",
        "got",
        "will",
    }
)
_PRONOUNS = frozenset({"we", "i", "they", "you", "'ve", "’ve", "we've", "we’ve", "team"})
_QUOTES = "`'\"*_“”‘’"
_UNQUOTE = str.maketrans({c: " " for c in '`"*“”'})
_IGNORED = frozenset({"-", "/", "`", "'", '"', "*", "_", "“", "”", "‘", "’", "’s", "'s"})
# Words that start a verb's object: a word before them that ends in -s is a verb ("achieves its")
_OBJECT_START = frozenset(
    {
        "its",
        "the",
        "a",
        "an",
        "their",
        "our",
        "his",
        "her",
        "all",
        "every",
        "it",
        "them",
        "this",
        "these",
        "those",
    }
)
# Second parts that make the first part of a hyphenated word describe something ("wellness-based
# activities", "bug-free release"): there the first part still names what it is about.
_DESCRIBING = frozenset(
    {
        "based",
        "driven",
        "focused",
        "related",
        "oriented",
        "centric",
        "first",
        "friendly",
        "ready",
        "free",
        "specific",
        "led",
        "wide",
    }
)
_CHAIN = frozenset({"and", "&", "/", ",", "or", "+"})
_MAX_WORDS = 7
_SLOT = re.compile(r"\{([^{}]+)\}")
_ASIDE = re.compile(r"\s*\([^()]*\)")


# the families a key result's own words may choose when it names no deliverable krlint knows
_OWN_WORDS = frozenset({"quality/reliability", "speed/cycle-time"})


def singular(word: str) -> str:
    """The singular a plain English plural has ("runbooks", "policies", "classes"); applied to
    the lexicon's terms and to the key result alike, so only consistency matters."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True, slots=True)
class Measure:
    """One outcome measure a deliverable can move: a phrase with slots ({thing}, {scope})."""

    family: str
    verb: str  # how the rewrite moves it: Increase, Reduce, Raise, Grow …
    phrase: str
    when: tuple[tuple[str, ...], ...] = ()  # cue phrases (normalised) that choose this measure
    says: str | None = None  # what the deliverable is for, when this measure is chosen


@dataclass(frozen=True, slots=True)
class DeliverableClass:
    name: str
    terms: tuple[tuple[str, ...], ...]
    verbs: frozenset[str]
    says: str  # what it is for: "should shorten incidents"
    noun: str  # how to name it when the key result's words cannot: "the runbooks"
    measures: tuple[Measure, ...]
    in_phrase: bool = False  # its terms count only in the deliverable's phrase ("staff")
    verb_first: bool = False  # its verbs outrank the deliverable ("Train the support team")
    # words that say the key result is about something else ("train 20 models": no people)
    unless: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The suggestion for one output key result; `family` is None for the generic question."""

    text: str
    rewrite: str | None = None
    family: str | None = None
    deliverable: str | None = None
    kind: str | None = None  # the deliverable class that matched
    via: str | None = None  # where: verb, core, scope, capability, objective


_LONGEST_CUE = 5  # words: a longer cue is matched the slow way


# how many words after "to reduce", "for improving" say what the purpose is about
_PURPOSE_WORDS = 8


class _Words:
    """A text as the matcher sees it: normalised words, each with its token's index, and the
    words that are the first part of a hyphenated one ("post" in "post-race"); the runs of up
    to five words (so that a cue is one set lookup) are made when first asked for."""

    __slots__ = ("_grams", "index", "norm", "prefixes")

    def __init__(
        self,
        norm: tuple[str, ...],
        index: tuple[int, ...],
        prefixes: frozenset[int] = frozenset(),
    ) -> None:
        self.norm = norm
        self.index = index
        self.prefixes = prefixes  # positions in `norm`
        self._grams: frozenset[tuple[str, ...]] | None = None

    def has(self, phrase: tuple[str, ...]) -> bool:
        m = len(phrase)
        if m > _LONGEST_CUE:  # a longer cue from a user's config
            return any(self.norm[k : k + m] == phrase for k in range(len(self.norm) - m + 1))
        if self._grams is None:
            words = self.norm
            self._grams = frozenset(
                words[i : i + n]
                for n in range(1, _LONGEST_CUE + 1)
                for i in range(len(words) - n + 1)
            )
        return phrase in self._grams


class _Tok:
    """What the suggestion reads of a spaCy token. A Token computes each attribute on every
    access and the phrase is walked word by word: the common ones are read once, the rare
    ones (`is_punct`, `like_num`) when asked."""

    __slots__ = (
        "idx",
        "is_alpha",
        "lemma_",
        "lower_",
        "text",
        "text_with_ws",
        "token",
        "whitespace_",
    )

    def __init__(self, token: Token) -> None:
        self.token = token
        self.text = text = token.text
        self.lower_ = text.lower()
        self.lemma_ = token.lemma_
        self.whitespace_ = token.whitespace_
        self.idx = token.idx
        self.is_alpha = text.isalpha()
        self.text_with_ws = text + self.whitespace_

    @property
    def is_punct(self) -> bool:
        return bool(self.token.is_punct)

    @property
    def like_num(self) -> bool:
        return bool(self.token.like_num)


_NORMAL: dict[str, str] = {}  # lower-case word → what the matcher compares ("" to skip)


def _normal(lower: str) -> str:
    found = _NORMAL.get(lower)
    if found is None:
        low = lower.strip(_QUOTES)
        found = "" if not low or low in _IGNORED else singular(low)
        if len(_NORMAL) < 200_000:  # words repeat across key results; the cache stays bounded
            _NORMAL[lower] = found
    return found


def _phrase_norm(
    text: str,
    make_doc: Callable[[str], Doc],
    plain_words: Callable[[str], list[str] | None] | None = None,
) -> tuple[str, ...]:
    """A lexicon phrase's normalised words, as `_words` reads them from its Doc. A phrase of
    plain words (`Pipeline.plain_words`) needs no Doc: `_words` reads each token's lowercase and
    looks for hyphens, which plain words have none of — and ~2,000 phrases would each make new
    lexemes at every cold start."""
    words = plain_words(text) if plain_words is not None else None
    if words is not None:
        return tuple(n for n in (_normal(w.lower()) for w in words) if n)
    return _words([_Tok(t) for t in make_doc(text)]).norm


def _words(tokens: Sequence[_Tok]) -> _Words:
    norm: list[str] = []
    index: list[int] = []
    prefixes: list[int] = []
    n = len(tokens)
    for k, t in enumerate(tokens):
        word = _normal(t.lower_)
        if word:
            if (
                k + 2 < n
                and tokens[k + 1].text == "-"
                and _joined(tokens, k + 1)
                and tokens[k + 2].lower_ not in _DESCRIBING
            ):
                prefixes.append(len(norm))
            norm.append(word)
            index.append(k)
    return _Words(tuple(norm), tuple(index), frozenset(prefixes))


@dataclass(frozen=True, slots=True)
class _Phrase:
    """The deliverable's words: tokens a:b, its core a:core_end (before "for/on/of …") and
    what the complement names (`scope`)."""

    a: int
    b: int
    core_end: int
    scope: tuple[int, int] | None


class Knowledge:
    """`outcome-measures.yaml` compiled, its terms tokenised and normalised like key results."""

    def __init__(
        self,
        data: Mapping[str, Any],
        make_doc: Callable[[str], Doc],
        plain_words: Callable[[str], list[str] | None] | None = None,
    ) -> None:
        def phrases(values: Any) -> tuple[tuple[str, ...], ...]:
            found = (_phrase_norm(str(v), make_doc, plain_words) for v in values or [])
            return tuple(p for p in found if p)

        self.generic = str(
            data.get("generic")
            or "What should be different once {subject} is done? Measure that change, not the work."
        )
        self.generic_objective = str(data.get("generic-objective") or "")
        self.openers = frozenset(str(v).lower() for v in data.get("openers") or [])
        self.families: dict[str, tuple[tuple[tuple[str, ...], ...], Measure | None, str]] = {}
        for name, spec in (data.get("families") or {}).items():
            spec = spec or {}
            measure = (
                Measure(name, str(spec.get("verb") or "Increase"), str(spec["measure"]))
                if spec.get("measure")
                else None
            )
            self.families[name] = (
                phrases(spec.get("cues")),
                measure,
                str(spec.get("says") or "should move it"),
            )
        self.classes: list[DeliverableClass] = []
        for name, spec in (data.get("classes") or {}).items():
            measures = tuple(
                Measure(
                    str(m["family"]),
                    str(m.get("verb") or "Increase"),
                    str(m["measure"]),
                    phrases(m.get("when")),
                    str(m["says"]) if m.get("says") else None,
                )
                for m in spec.get("measures") or []
            )
            if measures:
                self.classes.append(
                    DeliverableClass(
                        name,
                        phrases(spec.get("terms")),
                        frozenset(str(v).lower() for v in spec.get("verbs") or []),
                        str(spec.get("says") or "should move an outcome"),
                        str(spec.get("noun") or "it"),
                        measures,
                        str(spec.get("where") or "anywhere") == "deliverable",
                        bool(spec.get("verb-first")),
                        phrases(spec.get("unless")),
                    )
                )
        self.capability = next((c for c in self.classes if c.name == data.get("capability")), None)
        self._first: dict[str, list[tuple[tuple[str, ...], DeliverableClass]]] = {}
        for cls in self.classes:
            for term in cls.terms:
                self._first.setdefault(term[0], []).append((term, cls))
        for entries in self._first.values():
            entries.sort(key=lambda e: -len(e[0]))  # the longest term first; else file order
        self._named: dict[tuple[str, ...], str] = {}  # objective words → family named, or ""
        self._by_verb: dict[str, DeliverableClass] = {}
        for cls in self.classes:
            for verb in cls.verbs:
                self._by_verb.setdefault(verb, cls)

    @property
    def verbs(self) -> frozenset[str]:
        """Verbs the knowledge names: they open a key result before what it delivers."""
        return frozenset(self._by_verb) | self.openers

    def matches(
        self,
        words: _Words,
        lo: int = 0,
        hi: int | None = None,
        phrase: bool = True,
        across: bool = False,
    ) -> list[tuple[int, int, DeliverableClass]]:
        """(start, end) token indices and class of the terms found within tokens lo:hi; at
        each place only the longest. Outside the deliverable's phrase (`phrase` False), classes
        whose terms count only there ("staff", "event") are passed over. `across`: a term that
        starts before hi may run past it — its words are one name even where the phrase would
        end ("lessons learned from …", "proof of concept")."""
        found = []
        norm, index = words.norm, words.index
        limit = len(norm)
        for k in range(limit):
            if index[k] < lo or (hi is not None and index[k] >= hi):
                continue
            for term, cls in self._first.get(norm[k], ()):
                m = len(term)
                if (
                    (cls.in_phrase and not phrase)
                    or norm[k : k + m] != term
                    # a hyphenated word is named by its last part: "post-race" is no post
                    or (k + m - 1) in words.prefixes
                    or (hi is not None and not across and index[k + m - 1] >= hi)
                ):
                    continue
                found.append((index[k], index[k + m - 1] + 1, cls))
                break
        return found

    def by_verb(self, verb: str | None, first: bool = False) -> DeliverableClass | None:
        """The class a head verb names (`first`: only one whose verbs outrank the deliverable)."""
        found = self._by_verb.get(verb) if verb else None
        return found if found is not None and (found.verb_first or not first) else None

    def family_named(self, words: _Words) -> str | None:
        """The outcome family an objective's words name ("reliable", "churn"), if just one."""
        named = self._named.get(words.norm)
        if named is None:
            if len(self._named) > 4096:
                self._named.clear()
            matched = {
                name: said
                for name, (cues, _, _) in self.families.items()
                if (said := [cue for cue in cues if words.has(cue)])
            }
            # a cue inside a longer one another family matched is that one's word: "code
            # health" names quality, not the "health" of a person's fitness
            longer = [cue for said in matched.values() for cue in said]
            found = [
                name
                for name, said in matched.items()
                if not all(any(_inside(cue, other) for other in longer) for cue in said)
            ]
            named = self._named[words.norm] = found[0] if len(found) == 1 else ""
        return named or None


class Suggester:
    """Built once per classifier; `suggest` runs for each output key result."""

    def __init__(
        self,
        lexicons: Lexicons,
        make_doc: Callable[[str], Doc],
        plain_words: Callable[[str], list[str] | None] | None = None,
    ) -> None:
        self.knowledge = Knowledge(lexicons.outcome_measures, make_doc, plain_words)
        self.make_doc = make_doc
        self.verbs = (
            frozenset(
                {v for vs in lexicons.activity_families.values() for v in vs}
                | set(lexicons.vague_verbs)
                | set(lexicons.outcome_verbs)
            )
            | self.knowledge.verbs
        )
        # what introduces the work's purpose ("so that", "to reduce", "to cut"): the connectors
        # of the outcome-verbs lexicon, but for "with", which as often adds a property of the
        # deliverable ("product lines with higher margins", "a file with schema"), and "to"
        # before any of its verbs
        purposes = (_phrase_norm(c, make_doc, plain_words) for c in lexicons.connectors)
        self._purposes = frozenset(p for p in purposes if p and p != ("with",))
        self._outcome_verbs = frozenset(v for v in lexicons.outcome_verbs if " " not in v)
        # "… for reducing security risk": a gerund after "for" states the purpose as well
        self._outcome_gerunds = frozenset(
            form
            for form, base in lexicons.lemma_table().items()
            if base in self._outcome_verbs and form.endswith("ing")
        )
        self._objectives: dict[str, _Words] = {}

    def purpose(self, words: _Words) -> str | None:
        """The outcome family the key result says the work is for, if just one: the family
        cues after its first purpose connector ("… to reduce on-call staff costs": cost)."""
        norm = words.norm
        for k in range(len(norm)):
            longest = min(_LONGEST_CUE, len(norm) - k)
            m = next((m for m in range(longest, 0, -1) if norm[k : k + m] in self._purposes), 0)
            if not m and norm[k] == "to" and k + 1 < len(norm):
                m = 2 if norm[k + 1] in self._outcome_verbs else 0  # "to cut", "to lift"
            if not m and norm[k] == "for" and k + 1 < len(norm):
                m = 2 if norm[k + 1] in self._outcome_gerunds else 0  # "for reducing"
            if m:
                # the purpose's own words: what it names, not the rest of a long sentence
                end = k + m + _PURPOSE_WORDS
                rest = _Words(norm[k + m : end], words.index[k + m : end])
                return self.knowledge.family_named(rest) if rest.norm else None
        return None

    def objective_words(self, objective: str | None) -> _Words | None:
        """The objective's words, made once per objective (its key results share it)."""
        if not objective or not objective.strip():
            return None
        words = self._objectives.get(objective)
        if words is None:
            if len(self._objectives) > 4096:  # objectives repeat within a run, not forever
                self._objectives.clear()
            words = self._objectives[objective] = _words(
                [_Tok(t) for t in self.make_doc(objective)]
            )
        return words

    def suggest(self, doc: Doc, x: Extracted, objective: str | None = None) -> Suggestion:
        """The suggestion for the key result `doc` (its features `x`), under `objective`."""
        tokens = [_Tok(t) for t in doc if not t.is_space]
        words = _words(tokens)
        context = self.objective_words(objective)
        head = x.head or _opening_verb(tokens, self.verbs)
        phrase = _deliverable(tokens, x, head, self.verbs) if tokens else None
        found = self._class(words, phrase, x, head, context)
        if found is not None and phrase is not None and found[2] > phrase.core_end:
            phrase = _widened(phrase, found[2])  # "a proof of concept": the term is the name
        deliverable = _render(tokens, phrase) if phrase else None
        core = _render(tokens, phrase, core=True) if phrase else ""
        subject = core if 0 < len(core.split()) <= 4 else None
        if subject and phrase and phrase.a > 0 and tokens[phrase.a - 1].lower_ in _DETERMINERS:
            subject = f"{tokens[phrase.a - 1].lower_} {subject}"  # "the onboarding checklist"
        purpose = self.purpose(words)
        if purpose is not None:
            said = self._for_purpose(
                tokens,
                words,
                context,
                phrase,
                x,
                purpose,
                found[0] if found else None,
                subject,
                deliverable,
            )
            if said is not None:
                return said
        if found is None:
            # the key result names no deliverable krlint knows, but its own words say it is
            # about how well or how fast something works ("stable", "errors", "accuracy"):
            # then what users meet of it is the outcome. (Other families' words in a key
            # result are as often incidental — "reach 99%", a data "pipeline", a "brand" field:
            # on batches J–P they were right 11 times in 36; these two, 13 in 16.)
            family = self.knowledge.family_named(words)
            said = (
                self._in_family(tokens, phrase, x, family, deliverable, "words")
                if family in _OWN_WORDS
                else None
            )
            if said is not None:
                return said
        if found is None and context is not None:
            return self._from_objective(
                tokens, phrase, x, context, subject, deliverable, objective or ""
            )
        if found is None:
            return Suggestion(self._generic(subject, objective), deliverable=deliverable)
        cls, via, _ = found
        measure = _choose(cls, words, context, self.knowledge)
        # the objective says what the work is for, in a family the class has no measure of
        # ("Ship temporary licenses" under "Reducing churn and contraction": retention, not the
        # feature's use). Measured on the 972 coach-labelled lines with objectives: accepted
        # 374 -> 384, mismatched or wrong 150 -> 140; on blind batch BL, +4 / -4
        named = self.knowledge.family_named(context) if context is not None else None
        if (
            named is not None
            and measure is not None
            and measure.family != named
            and not any(m.family == named for m in cls.measures)
        ):
            said = self._in_family(
                tokens, phrase, x, named, deliverable, "objective", subject or "This work", cls.name
            )
            if said is not None:
                return said
        if measure is None:  # krlint knows what it is, not what this one is for
            return Suggestion(
                self._generic(subject, objective), deliverable=deliverable, kind=cls.name, via=via
            )
        if via != "core":
            subject = None  # the phrase's head did not name the class: say it the class's way
        return self._worded(
            tokens,
            phrase,
            x,
            measure,
            cls.says,
            subject or _capital(cls.noun),
            deliverable,
            cls.name,
            via,
        )

    def _for_purpose(
        self,
        tokens: list[_Tok],
        words: _Words,
        context: _Words | None,
        phrase: _Phrase | None,
        x: Extracted,
        family: str,
        cls: DeliverableClass | None,
        subject: str | None,
        deliverable: str | None,
    ) -> Suggestion | None:
        """The key result says what the work is for: its family's measure — the class's own,
        if it has one in that family (one with cue words only where they occur), else the
        family's — whatever the class would choose."""
        own = (
            next(
                (m for m in cls.measures if m.family == family and _applies(m, words, context)),
                None,
            )
            if cls
            else None
        )
        if own is not None and cls is not None:
            return self._worded(
                tokens,
                phrase,
                x,
                own,
                cls.says,
                subject or _capital(cls.noun),
                deliverable,
                cls.name,
                "purpose",
            )
        return self._in_family(
            tokens,
            phrase,
            x,
            family,
            deliverable,
            "purpose",
            subject or "This work",
            cls.name if cls else None,
        )

    # -- choosing ---------------------------------------------------------------------------
    def _class(
        self,
        words: _Words,
        phrase: _Phrase | None,
        x: Extracted,
        head: str | None,
        context: _Words | None,
    ) -> tuple[DeliverableClass, str, int] | None:
        """The deliverable's class, where it was found, and where the term found ends (-1
        outside the phrase), in this order: a head verb that
        says what the work is whatever it acts on ("Hire …", "Train …", "Compare …"); the last
        term in the phrase's core (English noun phrases end in their head: "onboarding docs"
        are docs); a term in its complement ("a database for the LH2 supply chain"); any other
        head verb the knowledge names; for "X can be used", "supports Y" a product capability.
        (Then the objective: `_from_objective`. A purpose the key result states outranks
        the class's choice of measure: `purpose`.) A term elsewhere in the key result, outside
        the deliverable's phrase, is not used: measured on a blind batch it was beside the point
        as often as on it (13 right, 11 wrong), and a wrong example costs more than the plain
        question."""
        knowledge = self.knowledge

        def fits(cls: DeliverableClass | None) -> bool:
            return cls is not None and not any(words.has(w) for w in cls.unless)

        strong = knowledge.by_verb(head, first=True)
        if strong is not None and fits(strong):
            return strong, "verb", -1
        if phrase is not None:
            core = knowledge.matches(words, phrase.a, phrase.core_end, across=True)
            core = [m for m in core if fits(m[2])]
            if core:
                _, end, cls = max(core, key=lambda m: (m[1], m[1] - m[0]))
                return cls, "core", end
            rest = [m for m in knowledge.matches(words, phrase.core_end, phrase.b) if fits(m[2])]
            if rest:
                return rest[0][2], "scope", -1
        verb = knowledge.by_verb(head)
        if verb is not None and fits(verb):
            return verb, "verb", -1
        if "capability" in x.evidence and knowledge.capability is not None:
            return knowledge.capability, "capability", -1
        return None

    def _from_objective(
        self,
        tokens: list[_Tok],
        phrase: _Phrase | None,
        x: Extracted,
        context: _Words,
        subject: str | None,
        deliverable: str | None,
        objective: str,
    ) -> Suggestion:
        """The key result names nothing krlint knows: the objective may name the outcome family
        ("Make the platform reliable"), worded through a class it also names if that class has
        a measure in the family. A class the objective merely names is not enough: measured on
        blind batch N (152 output key results with their objectives), such picks were right 15
        times and wrong 18 ("Stream", a data centre's name, read as video; a capstone "demo" as
        sales) — the plain question is better than a confident wrong example."""
        knowledge = self.knowledge
        family = knowledge.family_named(context)
        if family is None:
            return Suggestion(self._generic(subject, objective), deliverable=deliverable)

        for cls in (m[2] for m in knowledge.matches(context, phrase=False)):
            measure = next((m for m in cls.measures if m.family == family), None)
            if measure is not None:
                return self._worded(
                    tokens,
                    phrase,
                    x,
                    measure,
                    cls.says,
                    "This work",
                    deliverable,
                    cls.name,
                    "objective",
                )
        return self._in_family(tokens, phrase, x, family, deliverable, "objective") or Suggestion(
            self._generic(subject, objective), deliverable=deliverable
        )

    def _in_family(
        self,
        tokens: list[_Tok],
        phrase: _Phrase | None,
        x: Extracted,
        family: str,
        deliverable: str | None,
        via: str,
        subject: str = "This work",
        kind: str | None = None,
    ) -> Suggestion | None:
        """The family's own measure, worded for `subject` (None if the family has none)."""
        _, measure, says = self.knowledge.families[family]
        if measure is None:
            return None
        return self._worded(tokens, phrase, x, measure, says, subject, deliverable, kind, via)

    # -- wording ----------------------------------------------------------------------------
    def _generic(self, subject: str | None, objective: str | None = None) -> str:
        """The plain question; under an objective short enough to quote, it points at what the
        objective asks for — what the work is meant to change — instead of guessing a measure
        (a wrong example costs more than the question)."""
        stated = _quotable(objective)
        if stated and self.knowledge.generic_objective:
            return _fill(
                self.knowledge.generic_objective,
                {"subject": subject or "this work", "objective": stated},
            )
        return _fill(self.knowledge.generic, {"subject": subject or "this work"})

    def _worded(
        self,
        tokens: list[_Tok],
        phrase: _Phrase | None,
        x: Extracted,
        measure: Measure,
        says: str,
        subject: str,
        deliverable: str | None,
        kind: str | None,
        via: str,
    ) -> Suggestion:
        thing = _thing(tokens, phrase) if phrase else None
        slots = {
            "thing": thing,
            "object": thing if via == "verb" else None,  # what "Migrate X" moves
            "scope": _render(tokens, phrase, scope=True) if phrase and phrase.scope else None,
        }
        said = _fill(measure.phrase, slots)
        baseline, target = BASELINE, TARGET
        own = _own_values(x, measure)
        if own is not None:
            said, baseline, target = own
        # the rewrite is a key result: the explanations in parentheses stay in the suggestion
        plain = " ".join(_ASIDE.sub("", said).split()).rstrip(",;")
        rewrite = f"{measure.verb} {plain} from {baseline} to {target}"
        text = (
            f"{_capital(subject)} {measure.says or says}: measure {said} (from {baseline} "
            f"to {target})."
        )
        return Suggestion(text, rewrite, measure.family, deliverable, kind, via)


def _inside(cue: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether `cue` is a shorter run of the words of `other`."""
    m = len(cue)
    return m < len(other) and any(other[k : k + m] == cue for k in range(len(other) - m + 1))


def _applies(measure: Measure, words: _Words, context: _Words | None) -> bool:
    """A measure with cue words applies only where the key result or its objective says one."""
    return not measure.when or any(
        words.has(c) or (context is not None and context.has(c)) for c in measure.when
    )


def _choose(
    cls: DeliverableClass, words: _Words, context: _Words | None, knowledge: Knowledge
) -> Measure | None:
    """The class's measure cued by the key result's or the objective's words; else the one in
    the family the objective names; else the first without cues (None when all have them)."""
    for measure in cls.measures:
        if measure.when and _applies(measure, words, context):
            return measure
    if context is not None:
        family = knowledge.family_named(context)
        for measure in cls.measures:
            if measure.family == family and not measure.when:
                return measure
    return next((m for m in cls.measures if not m.when), None)


def _own_values(x: Extracted, measure: Measure) -> tuple[str, str, str] | None:
    """The key result's own measure and values, when it names the measure suggested, with a
    baseline and a target right after it ("… so that week-1 activation goes from 32% to 45%").
    Anything less and the numbers may count something else: they stay placeholders."""
    metric = x.evidence.get("outcome-metric")
    if metric is None or x.target is None or x.baseline is None:
        return None
    name = " ".join(metric.text.lower().split())
    if len(name) < 6 or name not in measure.phrase.lower():
        return None
    if not metric.end <= x.baseline.start < x.target.start or x.baseline.start - metric.end > 12:
        return None
    return metric.text, x.baseline.text, x.target.text


# -- the deliverable's phrase ---------------------------------------------------------------------
def _token_at(tokens: Sequence[_Tok], ev: Evidence | None) -> tuple[int, int] | None:
    if ev is None or ev.end <= ev.start:
        return None
    inside = [k for k, t in enumerate(tokens) if ev.start <= t.idx < ev.end]
    return (inside[0], inside[-1] + 1) if inside else None


def _joined(tokens: Sequence[_Tok], k: int) -> bool:
    """Punctuation inside a word: "js-ipfs", "CI/CD", "5-10" (no space on either side)."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].is_punct
        and tokens[k - 1].whitespace_ == ""
        and tokens[k].whitespace_ == ""
    )


def _after_verbs(tokens: Sequence[_Tok], k: int, verbs: frozenset[str]) -> int:
    """Past a chain of verbs that share one object: "Patch/Mitigate/Document all systems",
    "Test and document performance", "Schedule, perform and report on …"."""
    n = len(tokens)
    while k < n:
        j = k
        while j < n and tokens[j].lower_ in _CHAIN:
            j += 1
        if j == k or j >= n or tokens[j].lemma_ not in verbs:
            return k
        k = j + 1
        if k < n and f"{tokens[j].lemma_} {tokens[k].lower_}" in verbs:
            k += 1  # "roll out"
    return k


def _opening_verb(tokens: Sequence[_Tok], verbs: frozenset[str]) -> str | None:
    """The verb a line opens with when the judgement named none ("Compare …", "Bike 5,000
    miles", "Validate …"): a word krlint knows as a verb, not followed by what makes it a noun
    ("Test coverage is …", "Share of voice")."""
    k = next((i for i, t in enumerate(tokens) if t.is_alpha), None)
    if k is None or tokens[k].lemma_ not in verbs or k + 1 >= len(tokens):
        return None
    if tokens[k + 1].lower_ in _AUXILIARIES or tokens[k + 1].lower_ in ("of", "who", "which"):
        return None
    return tokens[k].lemma_


def _is_verb(token: _Tok, verbs: frozenset[str]) -> bool:
    return token.lemma_ in verbs


def _deliverable(
    tokens: list[_Tok], x: Extracted, head: str | None, verbs: frozenset[str]
) -> _Phrase | None:
    """What is delivered: the object of the activity verb ("Write runbooks for tier-1
    services"), the subject of a participle after it ("API v2 released"), what another opening
    verb acts on ("Improve the docs", "Increase the number of sales calls"), the counted
    artefact ("10 blog posts"), else the opening noun phrase."""
    verb = _token_at(tokens, x.evidence.get("activity-verb"))
    if (
        verb is not None
        and head is not None
        and verb[0] > 0
        and tokens[verb[0]].lemma_ != head.split()[0]
        and tokens[verb[0]].lower_ == tokens[verb[0]].lemma_
    ):
        verb = None  # "Reduce build time": a verb's word describing a noun, not the work
    if verb is not None:
        before = [
            k
            for k in range(verb[0])
            if tokens[k].is_alpha
            and tokens[k].lower_ not in _AUXILIARIES
            and tokens[k].lower_ not in _LEADING
            and tokens[k].lower_ not in _PRONOUNS
        ]
        if before and tokens[verb[0]].lower_ != tokens[verb[0]].lemma_:
            # "Linux64 nightlies published"; "Increase tickets handled …": after an opening verb
            opens = (
                verb[0] > 1
                and tokens[0].lower_ == tokens[0].lemma_  # "Signed artefacts" is no verb
                and _opening_verb(tokens, verbs) is not None
            )
            found = _extend(tokens, 1 if opens else 0, verbs, stop=verb[0])
        else:
            found = _extend(tokens, _after_verbs(tokens, verb[1], verbs), verbs)
        if found is not None:
            return found
    start = next((k for k, t in enumerate(tokens) if t.is_alpha), len(tokens))
    words = head.split() if head else []
    if words and start < len(tokens) and tokens[start].lemma_ == words[0]:
        # "Reduce build time of the iOS app", "Increase the number of sales calls": what the
        # opening verb acts on
        found = _extend(tokens, _after_verbs(tokens, start + len(words), verbs), verbs)
        if found is not None:
            return found
        start = len(tokens)  # "Apply for …": nothing named; the verb is no deliverable
    counted = _token_at(tokens, x.evidence.get("output-artefact"))
    if counted is not None:
        a = counted[0]
        while (
            a > max(0, counted[0] - 3)
            and tokens[a - 1].is_alpha
            and tokens[a - 1].lower_ not in _STOP
            and tokens[a - 1].lower_ not in _LEADING
            and not _is_verb(tokens[a - 1], verbs)
        ):
            a -= 1
        return _extend(tokens, a, verbs)
    return _extend(tokens, start, verbs)


_QUANTITY = re.compile(r"[\d.,]+(?:k|m|x|%|\+|st|nd|rd|th)?")


def _leading(token: _Tok) -> bool:
    low = token.lower_
    return (
        low in _LEADING
        or token.like_num
        or _QUANTITY.fullmatch(low) is not None
        or low in _QUOTES
        or not any(c.isalnum() for c in low)
    )


def _ends_phrase(tokens: list[_Tok], b: int, a: int, verbs: frozenset[str]) -> bool:
    """Whether token b ends the phrase that starts at a."""
    token, low = tokens[b], tokens[b].lower_
    if _joined(tokens, b + 1):
        return False  # "in-app", "on-call", "to-do": the first part of a word
    if low in _STOP or (token.is_punct and not _joined(tokens, b)):
        return True
    if b == a:
        return False
    following = tokens[b + 1] if b + 1 < len(tokens) else None
    if (
        token.like_num
        and not _joined(tokens, b - 1)
        and "." not in low
        and (
            following is not None
            and (following.is_alpha or following.lower_ == "%")
            and following.lower_ not in _STOP
            and following.lower_ not in _COMPLEMENT
        )
    ):
        # "… detects 100%", "Whitepaper or 3 blog posts": a count; "phase 2 of …" is a name
        return True
    if (
        following is not None
        and low.endswith("s")
        and not low.endswith("ss")
        and (following.lower_ in _OBJECT_START or following.like_num)
    ):
        return True  # "every project achieves its MVP", "CLI detects 100%": a verb
    if (
        low in ("and", "&")
        and following is not None
        and _is_verb(following, verbs)
        and (
            following.lower_ != following.lemma_
            or b + 2 >= len(tokens)
            or tokens[b + 2].lower_ in _OBJECT_START
        )
    ):
        return True  # "renaming and adding comments", "an MVP and launch it"
    if low.endswith("ed") or (
        _is_verb(token, verbs) and low != token.lemma_ and not low.endswith(("s", "ing"))
    ):
        # "blog posts published showing …", "version released as …": a participle after the
        # name, not a describing word before it ("automated headcount tracking")
        return (
            following is None
            or not following.is_alpha
            or following.lower_ in _STOP
            or following.lower_ in _COMPLEMENT
            or following.lower_.endswith("ing")
        )
    return False


def _extend(
    tokens: list[_Tok], start: int, verbs: frozenset[str], stop: int | None = None
) -> _Phrase | None:
    n = len(tokens) if stop is None else stop
    a = start
    while (
        a < n and _leading(tokens[a]) and not _joined(tokens, a) and not _joined(tokens, a + 1)
    ):  # "month-end close", "3-year plan": part of a word
        a += 1
    if a >= n or (
        (tokens[a].lower_ in _STOP or tokens[a].lower_ in _COMPLEMENT)
        and not _joined(tokens, a + 1)
    ):
        return None  # "Publish 4 times a week for …": no name before the preposition
    b, core_end, scope_start = a, None, None
    while b < n and b - a < _MAX_WORDS + 3:
        low = tokens[b].lower_
        if _joined(tokens, b):
            b += 2  # "js-ipfs", "how-to": the word after the joining mark belongs to it
            continue
        if low in _QUOTES:
            b += 1
            continue
        if low in _COMPLEMENT and b > a:
            if core_end is not None:
                break
            core_end, scope_start = b, b + 1
            b += 1
            while b < n and _leading(tokens[b]) and not _joined(tokens, b):
                b += 1
            scope_start = b
            continue
        if _ends_phrase(tokens, b, a, verbs):
            break
        b += 1
    core_end = b if core_end is None else core_end
    while b > a and (
        not any(c.isalnum() for c in tokens[b - 1].text)
        or tokens[b - 1].lower_ in _COMPLEMENT
        or tokens[b - 1].lower_ in _LEADING
        or tokens[b - 1].lower_ in _TRAILING
    ):
        b -= 1
    if b <= a:
        return None
    core_end = min(core_end, b)
    scope = (scope_start, b) if scope_start is not None and scope_start < b else None
    return _Phrase(a, b if scope else core_end, core_end, scope)


def _widened(phrase: _Phrase, end: int) -> _Phrase:
    """The phrase with its core run on to `end`, where a term that names the deliverable ends
    beyond the word that ended the core ("proof of concept", "lessons learned")."""
    scope = phrase.scope if phrase.scope is not None and phrase.scope[0] >= end else None
    return _Phrase(phrase.a, max(phrase.b, end), end, scope)


def _render(tokens: list[_Tok], phrase: _Phrase, core: bool = False, scope: bool = False) -> str:
    """The phrase's words as the key result wrote them (quotes and emphasis marks dropped)."""
    if scope:
        if phrase.scope is None:
            return ""
        a, b = phrase.scope
    else:
        a, b = phrase.a, phrase.core_end if core else phrase.b
    if b <= a:
        return ""
    text = "".join(t.text_with_ws for t in tokens[a:b])  # not Doc.text: the whole line
    if any(c in text for c in _QUOTES):
        text = text.translate(_UNQUOTE).strip(_QUOTES + " ")
    return " ".join(text.split())


def _thing(tokens: list[_Tok], phrase: _Phrase) -> str | None:
    """The deliverable as a noun phrase that reads inside a measure: "the new onboarding flow",
    "blog posts on How Node.js Operates", "PeerPad", "renaming"."""
    text = _render(tokens, phrase)
    if not text or len(text.split()) > _MAX_WORDS:
        return None
    before = tokens[phrase.a - 1].lower_ if phrase.a > 0 else ""
    first, last = tokens[phrase.a], tokens[phrase.core_end - 1].lower_
    if before in _DETERMINERS:
        return f"{before} {text}"
    if first.text[:1].isupper() and phrase.a > 0 and first.text[1:2].isupper():
        return text  # a name: "API v2", "CRM"
    if (
        singular(last) != last
        or last.endswith("ing")
        or (first.text[:1].isupper() and phrase.a > 0)
    ):
        return text  # "blog posts", "renaming", "PeerPad"
    return f"the {text}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


_QUOTABLE_WORDS = (2, 16)  # an "O1" is no statement; a paragraph is too long to quote


def _quotable(objective: str | None) -> str | None:
    """The objective's words as a question can quote them: one line, its closing full stop or
    colon dropped, or None when it is too short or too long to say what it asks for."""
    if not objective:
        return None
    text = " ".join(objective.split()).rstrip(" .:;")
    low, high = _QUOTABLE_WORDS
    n = len(text.split())
    if not low <= n <= high and not (n == 1 and 6 <= len(text) <= 40 and not text.isascii()):
        return None  # (a CJK objective is one "word" of many characters)
    return text.replace('"', "'")


def _fill(template: str, slots: Mapping[str, str | None]) -> str:
    """`{thing}`, `{scope|thing|the docs}`: the first slot that has a value, else the words
    after the last "|" (or "it")."""

    def one(match: re.Match[str]) -> str:
        parts = [p.strip() for p in match.group(1).split("|")]
        for part in parts:
            if slots.get(part):
                return str(slots[part])
        last = parts[-1]
        return last if len(parts) > 1 and last not in slots else "it"

    return " ".join(_SLOT.sub(one, template).split())
