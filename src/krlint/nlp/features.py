"""What a key result measures, as features with the spans that show them.

Each engineered feature mirrors a line of the output/outcome definition (design §3a): who acts
(the head verb and its family), what is counted (artefacts, people, money, time), whether the
line is a done-or-not milestone, a capability, instrumentation, a property of the team's own
artefacts, a lever the team sets, or an outcome metric introduced as the purpose of the work.
Lexical features (`w:` lemmas) let the trained weights pick up what the lexicons miss.

Text is cleaned length-preservingly (removed characters become spaces), so every evidence
offset points into the original key result.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from krlint.diagnostics import Evidence
from krlint.measures import NOT_A_MEASURE
from krlint.nlp.lexicon import Lexicons
from krlint.nlp.values import COMPARATORS as _COMPARATORS
from krlint.nlp.values import NAMED_NUMBER, find_values

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
_NUMERIC = re.compile(r"\d")
_MULTIPLIER = re.compile(r"^\d+(?:\.\d+)?x$", re.IGNORECASE)
_MONEY = re.compile(r"[$€£¥₹]|\b(?:usd|eur|gbp|chf|inr|dollars?|euros?)\b|"
                    r"\b\d+(?:\.\d+)?\s?(?:k|m|bn|mm)\s+(?:in\s+)?(?:arr|mrr|revenue|"
                    r"sales|bookings|pipeline|acv|iacv|raised|funding|donations)\b",
                    re.IGNORECASE)
_TIME_UNITS = frozenset({"ms", "s", "sec", "secs", "second", "seconds", "minute", "minutes", "min",
                         "mins", "hour", "hours", "h", "hrs", "day", "days", "week", "weeks",
                         "month", "months"})
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "twelve", "fifteen", "twenty", "thirty", "fifty", "hundred",
                           "thousand", "million", "billion", "dozen", "zero"})
_PLACEHOLDERS = frozenset({"x", "n", "y", "z", "xx", "[x]", "[n]", "tbd", "#"})
_COUNT_OF = frozenset({"number", "count", "amount", "quantity", "#", "total"})
_HEAD_SKIP = frozenset({"we", "i", "will", "to", "'ve", "’ve", "we've", "we’ve", "should", "must",
                        "shall", "successfully", "fully", "team", "the", "a", "an", "our",
                        "dev", "all", "also", "then", "first", "1st", "finally"})
_CONJ = frozenset({",", "and", ";", "&", "-", "–", "—", "/", "then", ".", ":", "to", "+", "or"})
_CLAUSE_START = frozenset({",", "and", ";", ".", "to", "-", "–", "—", ":", "that", "which",
                           "will", "&", "then", "so"})
_SLOT_SKIP = frozenset({"number", "percent", "new", "more", "additional", "least", "total",
                        "average", "monthly", "weekly", "daily", "annual", "quarterly", "per",
                        "x", "k", "m"})
# Lexicon groups a number can measure, with their priority when two match the same words.
_MEASURED = {"ARTEFACT": 3, "TEAMPROP": 4, "SPEND": 2, "METRIC": 1}
_MEASURE_STOP = frozenset({".", ";", ",", "and", "by", "to", "from", "within", "in", "per", "for",
                           "with", "while", "so", "that", "which", "who"})
_SPENT_UNITS = frozenset({"hours", "hour", "hrs", "minutes", "days", "weeks"})
_PERIODS = frozenset({"week", "day", "month", "weekday", "workday", "sprint", "quarter"})
_ZERO = frozenset({"no", "zero", "0", "none", "never"})
_IRREGULAR_PAST = frozenset({"built", "held", "sent", "written", "done", "run", "made", "taught",
                             "given"})
# lexicon groups that only mark a feature with its evidence
_MARKS = {"DATE": ("f:by_date", "deadline"), "CAPABILITY": ("f:capability", "capability"),
          "INSTRUMENT": ("f:instrumentation", "instrumentation"),
          "PROVISION": ("f:provisioning", "milestone")}
_COUNT_WORDS = frozenset({"more", "new", "additional", "extra", "other", "further", "few"})
_COMPLEMENT = frozenset({"to", "from", "of", "on", "per"})
_HOLD = frozenset({"hold", "keep", "stay"})
_HOLD_AT = frozenset({"at", "above", "below", "under", "over", "steady", "flat", "within",
                      "≥", "≤", ">", "<", ">=", "<="})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "been", "be", "being",
                          "gets", "get", "got"})
_ADVERBS = frozenset({"successfully", "fully", "significantly", "consistently", "all",
                      "substantially", "further", "not", "also"})
_AUX_OR_ADVERB = _AUXILIARIES | _ADVERBS
_CLAUSE_WORDS = frozenset({"that", "which", "who", "how", "what", "when", "where", "why",
                           "after", "before", "so", "to", "if", "because", "while", "until"})


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


@dataclass(slots=True)
class Extracted:
    features: dict[str, float]
    evidence: dict[str, Evidence]  # feature family → the span that shows it
    head: str | None
    family: str | None  # activity family of the head verb, or of the counted artefact
    target: Evidence | None = None  # the value the key result aims for: "45%", "< 2 s"
    baseline: Evidence | None = None  # where it starts: "from 32%", "(currently 5)"


@dataclass(slots=True)
class _Line:
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
    def of(cls, doc: Doc, is_number: Callable[[list[Token], int], bool],
           text: str | None = None) -> _Line:
        if text is None:
            text = doc.text  # built from the tokens on every access: read it once
        toks = [t for t in doc if not t.is_space]
        nums = [i for i in range(len(toks)) if is_number(toks, i)]
        return cls(text, toks, [t.lower_ for t in toks], [t.lemma_ for t in toks],
                   [t.idx for t in toks], [t.idx + len(t) for t in toks], nums, set(nums),
                   sum(1 for t in toks if t.is_alpha))

    def mark(self, name: str, start: int, end: int, kind: str | None = None) -> None:
        """Set a feature; the first span of each kind becomes its evidence."""
        self.f[name] = 1.0
        if kind and kind not in self.ev and end > start:
            a, b = self.starts[start], self.ends[end - 1]
            self.ev[kind] = Evidence(kind, self.text[a:b], a, b)


@dataclass(slots=True)
class _Head:
    """The verb that leads the key result, as the later stages need it."""

    i: int | None  # its token, None for a noun phrase
    lemma: str | None = None
    family: str | None = None  # activity family (or, failing that, the counted artefact's)
    phrase_family: str | None = None  # set for two-word verbs: "roll out", "set up"
    subject: int | None = None  # where the subject starts when the verb is passive


@dataclass(slots=True)
class _Phrases:
    """Lexicon matches (token spans) and what the later stages read from them."""

    matches: list[tuple[str, int, int]]
    metric_spans: list[tuple[int, int]] = field(default_factory=list)
    connector_ends: list[int] = field(default_factory=list)


class FeatureExtractor:
    def __init__(self, lexicons: Lexicons, make_doc) -> None:  # type: ignore[no-untyped-def]
        self.lex = lexicons
        self.activity: dict[str, str] = {}
        self.activity_phrases: dict[tuple[str, ...], str] = {}
        for family, verbs in lexicons.activity_families.items():
            for verb in verbs:
                words = tuple(verb.split())
                if len(words) == 1:
                    self.activity.setdefault(words[0], family)
                else:
                    self.activity_phrases.setdefault(words, family)
        self.outcome_verbs = frozenset(lexicons.outcome_verbs)
        self.vague = frozenset(v for v in lexicons.vague_verbs if " " not in v)
        self.people = frozenset(lexicons.people)
        self.internal = frozenset(lexicons.internal) - self.people
        self.artefact_family = {t: fam for fam, ts in lexicons.artefact_families.items()
                                for t in ts}
        self.matcher = PhraseMatcher(make_doc("").vocab, attr="LOWER")
        groups = {
            "METRIC": lexicons.outcome_metrics, "ARTEFACT": lexicons.output_artefacts,
            "TEAMPROP": lexicons.team_properties, "SPEND": lexicons.spend,
            "STATE": lexicons.milestone_states, "DATE": lexicons.milestone_dates,
            "CAPABILITY": lexicons.capability, "INSTRUMENT": lexicons.instrumentation,
            "CONNECTOR": lexicons.connectors, "STATUS": lexicons.status_notes,
            "PROVISION": lexicons.provisioning,
        }
        for label, terms in groups.items():
            self.matcher.add(label, [make_doc(t) for t in terms])
        self.strings = self.matcher.vocab.strings

    # ------------------------------------------------------------------------------------------
    @staticmethod
    def is_number(tokens: list[Token], i: int) -> bool:
        tok = tokens[i]
        low = tok.lower_
        if NOT_A_MEASURE.match(low):  # "v2", "Q3", "2026", "FY25": names and dates
            return False
        if _NUMERIC.search(low) or low in _NUMBER_WORDS:
            return True
        if low in _PLACEHOLDERS:
            nxt = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
            prev = tokens[i - 1].lower_ if i > 0 else ""
            # "Y active partner organisations": a target left to fill in opens the line
            return nxt in ("%", "percent") or prev in ("to", "from", ">", "<", "of", "by") or (
                i == 0 and tok.text in ("X", "Y", "Z", "N") and len(tokens) > 1 and
                tokens[1].is_lower)
        return False

    def passive_predicate(self, toks: list[Token], lower: list[str], lemmas: list[str],
                          start: int) -> int | None:
        """The participle after "is/are/has been" that follows an opening noun phrase, if any.

        Only within the opening words and before any clause word, so "Document how X is used"
        keeps its imperative head.
        """
        n = len(toks)
        for i in range(start + 1, min(n - 1, start + 7)):
            low = lower[i]
            if low in _AUXILIARIES:
                k = i + 1
                while k < n and lower[k] in _AUX_OR_ADVERB:
                    k += 1
                if k < n and lower[k] != lemmas[k] and (
                        lemmas[k] in self.activity or lemmas[k] in self.outcome_verbs):
                    return k
                return None
            if low in _CLAUSE_WORDS or not (toks[i].is_alpha or low in ("-", "&", "/", "'s")):
                return None
        return None

    def extract(self, doc: Doc, text: str | None = None) -> Extracted:
        """Every feature of one key result, stage by stage; later stages read what earlier
        ones found (the head verb, the phrases matched, where the metrics are). `text` is the
        string the Doc was made from, when the caller has it."""
        line = _Line.of(doc, self.is_number, text)
        if line.words == 0:  # "KR1:", "-", "[ ]", "100%": nothing says what is measured
            return Extracted({}, {}, None, None)
        hd = self._head(line)
        self._numbers(line)
        phrases = self._phrases(doc, line, hd)
        purpose = self._headline(line, hd, phrases)
        participle = self._activities(line, hd, phrases)
        self._people(line)
        self._outcome_clause(line, hd, phrases)
        self._combinations(line, hd)
        self._shape(line)
        self._slots(line, hd)
        self._bag(line)
        f, ev, nums, lower = line.f, line.ev, line.nums, line.lower
        # "Launch in 3 markets generating $1M ARR": the target is the purpose's number
        values = [i for i in nums if not NAMED_NUMBER.match(lower[i])]
        scored = [i for i in values if purpose is not None and i >= purpose] or values
        target, baseline = find_values(lower, scored, line.text, line.starts, line.ends)
        if target is not None and "measure" in ev:  # the scored value, with its unit: "45%"
            ev["measure"] = Evidence("measure", target.text, target.start, target.end)
        return Extracted(f, ev, self.reported_head(hd, participle, line.lemmas), hd.family,
                         target, baseline)

    # --- the head verb ------------------------------------------------------------------------
    def _head(self, line: _Line) -> _Head:
        f, toks, lower, lemmas, n = line.f, line.toks, line.lower, line.lemmas, line.n
        hd = _Head(next((i for i, t in enumerate(toks) if t.is_alpha and lower[i] not in
                         _HEAD_SKIP), None))
        if hd.i is not None:
            predicate = self.passive_predicate(toks, lower, lemmas, hd.i)
            if predicate is not None:
                # "Onboarding duration is reduced by 30%", "Share of voice has increased": the
                # line opens with its subject; the verb that decides comes after the auxiliary
                f["f:head_passive"] = 1.0
                hd.subject, hd.i = hd.i, predicate
            elif hd.i + 1 < n and lemmas[hd.i] in self.activity and (
                    lower[hd.i + 1] in ("of", "who", "that", "which", "whose")):
                # "Share of voice", "Staff who feel …": a noun, not an imperative
                hd.i = None
        if hd.i is not None:
            hd.lemma = lemmas[hd.i]
            hd.phrase_family = self.activity_phrases.get(tuple(lemmas[hd.i:hd.i + 2]))
            if any(i < hd.i for i in line.nums):
                # "10 blog posts published": a noun phrase, its first word is not a verb
                f["f:num_before_head"] = 1.0
                hd.i = hd.lemma = None
        if hd.i is not None and hd.lemma is not None:
            head = hd.lemma
            hd.family = hd.phrase_family or self.activity.get(head)
            if head in _HOLD and any(lower[k] in _HOLD_AT for k in range(hd.i + 1,
                                                                        min(n, hd.i + 8))):
                # "Hold checkout completion at or above 47%": keep a level, not host an event
                hd.family = None
                f["f:head_outcome_verb"] = 1.0
            f[f"w:head={head}"] = 1.0
            if hd.family:
                line.mark("f:head_activity", hd.i, hd.i + (2 if hd.phrase_family else 1),
                          "activity-verb")
                f[f"f:head_family={hd.family}"] = 1.0
                if lower[hd.i] != head:
                    f["f:head_inflected"] = 1.0
            if head in self.outcome_verbs:
                f["f:head_outcome_verb"] = 1.0
            if head in self.vague:
                f["f:head_vague"] = 1.0
        if 0 in line.num_set:
            f["f:starts_with_number"] = 1.0
        return hd

    # --- numbers ------------------------------------------------------------------------------
    @staticmethod
    def _numbers(line: _Line) -> None:
        f, lower, nums, num_set = line.f, line.lower, line.nums, line.num_set
        if nums:
            shown = next((i for i in nums if not NAMED_NUMBER.match(lower[i])), nums[0])
            line.mark("f:number", shown, shown + 1, "measure")
            if len(nums) >= 2:
                f["f:numbers_2plus"] = 1.0
        text_lower = line.text.lower()
        if "%" in text_lower or " percent" in text_lower:
            f["f:percent"] = 1.0
        if _MONEY.search(line.text):
            f["f:money"] = 1.0
        for i in range(line.n - 1):
            low = lower[i]
            if low == "from" and (i + 1) in num_set:
                f["f:from_to"] = 1.0
            if low in _COMPARATORS and ((i + 1) in num_set or (i + 2) in num_set):
                f["f:comparator"] = 1.0
            if i in num_set and lower[i + 1] in _TIME_UNITS:
                f["f:time_unit"] = 1.0
        if any(_MULTIPLIER.match(w) for w in lower) or any(
            lemma in ("double", "triple", "halve", "quadruple") for lemma in line.lemmas
        ):
            f["f:multiplier"] = 1.0
        if any(w in _ZERO for w in lower):
            f["f:zero"] = 1.0

    # --- lexicon phrases ----------------------------------------------------------------------
    def _phrases(self, doc: Doc, line: _Line, hd: _Head) -> _Phrases:
        f, ev, toks, lower, n = line.f, line.ev, line.toks, line.lower, line.n
        nums, num_set = line.nums, line.num_set
        # token index in `doc` → index in `toks` (they differ only where there are spaces)
        pos = {t.i: k for k, t in enumerate(toks)}
        matches = sorted(
            ((self.strings[m], pos[s], pos[e - 1] + 1) for m, s, e in self.matcher(doc)
             if s in pos and (e - 1) in pos),
            key=lambda m: (m[1], -(m[2] - m[1])),
        )
        # "time to first dashboard", "time on task": a measure whose phrase ends in a preposition
        # takes the words after it as its complement, and what they name is part of the measure
        complements: list[tuple[int, int]] = []
        for k, (label, s, e) in enumerate(matches):
            if label == "METRIC" and lower[e - 1] in _COMPLEMENT:
                end = e
                while end < min(n, e + 4) and toks[end].is_alpha and \
                        lower[end] not in _MEASURE_STOP:
                    end += 1
                matches[k] = (label, s, end)
                complements.append((e, end))
        found = _Phrases(matches)
        measured = [(s, e) for label, s, e in matches if label in _MEASURED]
        measured_starts = {s for s, _ in measured}

        def modifier(s: int, e: int) -> bool:
            """English noun phrases are head-final: a phrase that the longest phrase contains
            ("sales" in "sales calls") or that another measured phrase follows ("API" in "API
            latency", "newsletter" in "newsletter signups") only describes what is counted."""
            if any(a <= s and e <= b and b - a > e - s for a, b in measured):
                return True
            j = e
            while j < n and toks[j].is_alpha and not toks[j].is_stop and \
                    lower[j] not in _MEASURE_STOP:
                if j in measured_starts:
                    return True
                j += 1
            return False

        taken: set[tuple[str, int]] = set()
        for label, s, e in matches:
            if label in _MEASURED and modifier(s, e):
                continue
            if label not in _MEASURED and any(a <= s < b for a, b in complements):
                continue
            if (label, s) in taken:
                continue
            taken.add((label, s))
            near_number = any(s - 4 <= i < s for i in nums) or any(e <= i < e + 3 for i in nums)
            if label == "METRIC":
                found.metric_spans.append((s, e))
                line.mark("f:metric", s, e, "outcome-metric")
                if near_number:
                    f["f:metric_counted"] = 1.0
                if hd.i is not None and "f:head_outcome_verb" in f and s - hd.i <= 5:
                    f["f:metric_after_outcome_verb"] = 1.0
            elif label == "ARTEFACT":
                fam = self.artefact_family.get(line.text[line.starts[s]:line.ends[e - 1]].lower())
                # only describing words stand between a count and what it counts ("10 new blog
                # posts"): "50 % improvement" is a rate, "< 2 per sprint" a rate over sprints,
                # "100 people in meetups" counts people, "from page 2 to page 1" counts nothing
                counted = any(s - 3 <= i < s and all(
                    toks[k].is_alpha and lower[k] not in self.people and
                    (not toks[k].is_stop or lower[k] in _COUNT_WORDS) for k in range(i + 1, s))
                    for i in nums)
                number_of = any(lower[j] in _COUNT_OF for j in range(max(0, s - 4), s))
                f["f:artefact"] = 1.0
                if counted or number_of:
                    line.mark("f:artefact_counted" if counted else "f:artefact_number_of", s, e,
                              "output-artefact")
                    if fam:  # the family picks the suggestion; it says nothing about the label
                        hd.family = hd.family or fam
                elif "output-artefact" not in ev:
                    ev.setdefault("artefact", Evidence("artefact", "", 0, 0))
            elif label == "TEAMPROP":
                line.mark("f:team_property", s, e, "team-artefact")
                if s >= 2 and lower[s - 1] == "of" and (s - 2 in num_set or lower[s - 2] in (
                        "%", "percent", "all", "every", "each")):
                    # "100% of pull requests reviewed by two people": the team's own process
                    line.mark("f:share_of_team_artefacts", s, e, "compliance")
            elif label == "SPEND":
                before = lower[max(0, s - 3):s]
                # a lever only when the team sets it: not what customers spend, nor the
                # denominator of a return ("IACV / marketing spend", "ROI on spend")
                if not (s > 0 and lower[s - 1] in self.people) and not any(
                        w in ("/", "to", "on", "per") for w in before):
                    line.mark("f:spend", s, e, "spend")
            elif label == "STATE":
                at_head = hd.i is not None and s <= hd.i < e
                if not (at_head and "f:head_activity" in f and "f:head_passive" not in f):
                    line.mark("f:milestone_state", s, e, "milestone")
                    if e >= n - 1:
                        f["f:milestone_state_at_end"] = 1.0
            elif label in _MARKS:
                name, kind = _MARKS[label]
                line.mark(name, s, e, kind)
            elif label == "CONNECTOR":
                found.connector_ends.append(e)
            elif label == "STATUS":
                f["f:status_note"] = 1.0
            if label == "METRIC" and any(lower[k] in _ZERO for k in range(max(0, s - 3), s)):
                line.mark("f:zero_metric", s, e, "outcome-metric")  # "No downtime"
        ev.pop("artefact", None)
        return found

    # --- what the headline number (or the outcome verb) measures --------------------------------
    def _headline(self, line: _Line, hd: _Head, phrases: _Phrases) -> int | None:
        """Marks what is measured and returns where a purpose that carries the scored number
        starts ("… generating $1M ARR"), if there is one."""
        f, toks, lower, n, nums = line.f, line.toks, line.lower, line.n, line.nums
        longest: dict[int, tuple[str, int, int]] = {}
        for label, s, e in phrases.matches:
            if label in _MEASURED:
                held = longest.get(s)
                if held is None or (e - s, _MEASURED[label]) > (held[2] - held[1],
                                                                 _MEASURED[held[0]]):
                    longest[s] = (label, s, e)

        def measured_after(i: int) -> tuple[str, int, int] | None:
            for k in range(i + 1, min(n, i + 7)):
                if k in longest:
                    found = longest[k]
                    # English noun phrases are head-final: in "newsletter subscribers" or "app
                    # store rating" the last match before the phrase ends is what is measured
                    j = found[2]
                    while j < n and toks[j].is_alpha and not toks[j].is_stop and \
                            lower[j] not in _MEASURE_STOP:
                        if j in longest:
                            found = longest[j]
                            j = found[2]
                        else:
                            j += 1
                    return found
                if lower[k] in _MEASURE_STOP:
                    return None
            return None

        # the scored number decides (§3a); the outcome verb's object only when no number does
        headline = measured_after(nums[0]) if nums else None
        if hd.i is not None and "f:head_outcome_verb" in f:
            # what a passive verb moves is its subject: "Onboarding duration is reduced"
            object_ = measured_after(hd.i if hd.subject is None else hd.subject - 1)
            if object_:
                f[f"f:verb_measures={object_[0].lower()}"] = 1.0
                headline = headline or object_
                if object_[0] != "METRIC":  # "Increase weekly sales calls": calls, not sales
                    f.pop("f:metric_after_outcome_verb", None)
        counts_output = bool(nums) and all(
            (m := measured_after(i)) is not None and m[0] in ("ARTEFACT", "TEAMPROP", "SPEND")
            for i in nums)
        if counts_output:
            # "Increase inbound leads — create 20 new web pages": the number is pages made
            f["f:numbers_count_output"] = 1.0
            f.pop("f:metric_counted", None)
        if headline and headline[0] in ("ARTEFACT", "TEAMPROP", "SPEND"):
            line.mark("f:measures_output", headline[1], headline[2], "output-artefact")
        elif headline and headline[0] == "METRIC":
            line.mark("f:measures_outcome", headline[1], headline[2], "outcome-metric")

        purpose: int | None = None
        for end in phrases.connector_ends:
            for s, e in phrases.metric_spans:
                if end <= s <= end + 6:
                    line.mark("f:purpose_outcome", s, e, "purpose")
                    if any(end <= i < end + 12 for i in nums):
                        # "… so that bounce rate drops from 50% to 35%": the scored number is
                        # in the purpose, so the purpose is the key result
                        f["f:purpose_scored"] = 1.0
                        purpose = end if purpose is None else min(purpose, end)
        return purpose

    # --- activity verbs after the head, past participles at the end -----------------------------
    def _activities(self, line: _Line, hd: _Head, phrases: _Phrases) -> int | None:
        """Marks activity verbs past the head; returns the first in a past form, if any."""
        f, ev, lower, lemmas, n = line.f, line.ev, line.lower, line.lemmas, line.n
        in_metric = {k for a, b in phrases.metric_spans for k in range(a, b)}
        participle: int | None = None
        for i in range(n):
            if i == hd.i or i in in_metric:  # "registered farmers" names who, not what was done
                continue
            if not self.activity.get(lemmas[i]):
                continue
            agent = next((k for k in range(i + 2, min(n, i + 5)) if lower[k] in self.people),
                         None) if i + 1 < n and lower[i + 1] == "by" else None
            if agent is not None and lower[agent] != "people" and not any(
                    k in line.num_set for k in range(i + 2, agent)):
                # "guide completed by a new user": what people outside the team do, not a
                # milestone of the team's
                line.mark("f:done_by_people", i, i + 4)
                if "milestone" in ev and ev["milestone"].start == line.starts[i]:
                    del ev["milestone"]
                    f.pop("f:milestone_state", None)
                    f.pop("f:milestone_state_at_end", None)
                continue
            if i > 0 and lower[i - 1] in _CONJ and lower[i] == lemmas[i]:
                line.mark("f:activity_after_conjunction", i, i + 1)
            if lower[i] != lemmas[i] and (lower[i].endswith("ed") or lower[i] in _IRREGULAR_PAST):
                line.mark("f:activity_participle", i, i + 1, "activity-verb")
                if participle is None:
                    participle = i
        return participle

    # --- people and their behaviour: outside the team (outcome) or the team's own --------------
    def _people(self, line: _Line) -> None:
        lower, num_set = line.lower, line.num_set
        for i in range(line.n):
            group = ("people" if lower[i] in self.people else
                     "internal" if lower[i] in self.internal else None)
            if group is None:
                continue
            line.f[f"f:{group}"] = 1.0
            prev = lower[max(0, i - 4):i]
            if "of" in prev and any(k in num_set or lower[k] in ("all", "every", "each")
                                    for k in range(max(0, i - 6), i)):
                line.mark(f"f:share_of_{group}", i, i + 1,
                          "people" if group == "people" else "compliance")
            elif i > 0 and (i - 1) in num_set:
                line.mark(f"f:count_of_{group}", i, i + 1,
                          "people" if group == "people" else None)
            elif i > 0 and lower[i - 1] in ("all", "every", "each"):
                line.mark(f"f:all_{group}", i, i + 1,
                          "people" if group == "people" else "compliance")

    # --- a second clause that states the result ("…, influence 200+ developers") ---------------
    def _outcome_clause(self, line: _Line, hd: _Head, phrases: _Phrases) -> None:
        if hd.i is None:
            return
        lower, lemmas, n = line.lower, line.lemmas, line.n
        for i in range(hd.i + 2, n):
            if lemmas[i] in self.outcome_verbs and lower[i - 1] in _CLAUSE_START:
                ahead = range(i + 1, min(n, i + 7))
                if any(k in line.num_set for k in ahead) or any(
                        s <= k < e for s, e in phrases.metric_spans for k in ahead):
                    line.mark("f:outcome_clause", i, i + 1, "purpose")
                    break

    # --- combinations the definition singles out ------------------------------------------------
    @staticmethod
    def _combinations(line: _Line, hd: _Head) -> None:
        f, lower, n = line.f, line.lower, line.n
        if hd.family == "hiring" and line.nums:
            f["f:hiring_count"] = 1.0
        elif "f:head_activity" in f and "f:count_of_people" in f:
            f["f:activity_over_people_count"] = 1.0
        if "f:share_of_people" in f and "f:artefact" in f and "f:metric" not in f:
            f["f:share_doing_task"] = 1.0  # "100% of accounts have a QBR": process compliance
        for i in line.nums:
            # "2 hours per week on X", "ten hours of writing": time the team spends, not a pace
            # ("4 minutes per kilometre") or a deadline ("within 5 minutes of …")
            if i + 2 < n and lower[i + 1] in _SPENT_UNITS and (
                lower[i + 2] in ("of", "in", "on", "spent", "doing", "each", "a")
                or (lower[i + 2] == "per" and i + 3 < n and lower[i + 3] in _PERIODS)
            ) and not (i > 0 and lower[i - 1] in ("within", "under", "below", "than", "pace")):
                line.mark("f:time_spent", i, i + 2, "activity-time")

    # --- shape ----------------------------------------------------------------------------------
    @staticmethod
    def _shape(line: _Line) -> None:
        f = line.f
        if line.words <= 3:
            f["f:short"] = 1.0
        elif line.words > 22:
            f["f:long"] = 1.0
        if not line.nums and "f:metric" not in f and "f:zero" not in f:
            f["f:unmeasured"] = 1.0
        if "f:head_activity" in f and "f:metric_counted" not in f and \
                "f:purpose_outcome" not in f:
            f["f:activity_without_outcome_measure"] = 1.0
        if "f:head_outcome_verb" in f and ("f:artefact_counted" in f or
                                            "f:artefact_number_of" in f):
            f["f:outcome_verb_over_artefacts"] = 1.0

    # --- slots: what the verb acts on, what each number counts ----------------------------------
    @staticmethod
    def _slots(line: _Line, hd: _Head) -> None:
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
                line.f[f"obj:{obj}"] = 1.0
                line.f[f"vo:{hd.lemma}_{obj}"] = 1.0
        for i in line.nums[:2]:
            counted_noun = next_content(i + 1)
            if counted_noun:
                line.f[f"cnt:{counted_noun}"] = 1.0

    # --- bag of lemmas ----------------------------------------------------------------------
    @staticmethod
    def _bag(line: _Line) -> None:
        content = [line.lemmas[i] for i, t in enumerate(line.toks)
                   if t.is_alpha and not t.is_stop and len(t.text) > 1]
        for lemma in content:
            line.f[f"w:{lemma}"] = 1.0
        for a, b in pairwise(content):
            line.f[f"w:{a}_{b}"] = 1.0

    def reported_head(self, hd: _Head, participle: int | None,
                      lemmas: list[str]) -> str | None:
        """The verb a reader would name: "set up" for "Set up X", "publish" for "10 blog posts
        published", "roll out" for "New flow rolled out" — not "new" or "number"."""
        def phrase(i: int) -> str:
            pair = tuple(lemmas[i:i + 2])
            return " ".join(pair) if pair in self.activity_phrases else lemmas[i]

        if hd.i is not None:
            lemma = lemmas[hd.i]
            if hd.phrase_family or lemma in self.activity or lemma in self.outcome_verbs or \
                    lemma in self.vague:
                return phrase(hd.i)
        return phrase(participle) if participle is not None else None
