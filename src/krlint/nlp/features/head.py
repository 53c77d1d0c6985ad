"""The head verb: what the key result asks for, and whether it is the team's activity."""

from __future__ import annotations

from spacy.tokens import Token

from krlint.nlp.features import names as F
from krlint.nlp.features.line import Head, Line
from krlint.nlp.features.vocab import Vocab

_HEAD_SKIP = frozenset(
    {
        "we",
        "i",
        "will",
        "to",
        "'ve",
        "’ve",
        "we've",
        "we’ve",
        "should",
        "must",
        "shall",
        "successfully",
        "fully",
        "team",
        "the",
        "a",
        "an",
        "our",
        "dev",
        "all",
        "also",
        "then",
        "first",
        "1st",
        "finally",
    }
)
_HOLD = frozenset({"hold", "keep", "stay"})
_HOLD_AT = frozenset(
    {
        "at",
        "above",
        "below",
        "under",
        "over",
        "steady",
        "flat",
        "within",
        "≥",
        "≤",
        ">",
        "<",
        ">=",
        "<=",
    }
)
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "has", "have", "been", "be", "being", "gets", "get", "got"}
)
_ADVERBS = frozenset(
    {
        "successfully",
        "fully",
        "significantly",
        "consistently",
        "all",
        "substantially",
        "further",
        "not",
        "also",
    }
)
_AUX_OR_ADVERB = _AUXILIARIES | _ADVERBS
_CLAUSE_WORDS = frozenset(
    {
        "that",
        "which",
        "who",
        "how",
        "what",
        "when",
        "where",
        "why",
        "after",
        "before",
        "so",
        "to",
        "if",
        "because",
        "while",
        "until",
    }
)


def passive_predicate(
    vocab: Vocab, toks: list[Token], lower: list[str], lemmas: list[str], start: int
) -> int | None:
    """The participle after "is/are/has been" that follows an opening noun phrase, if any; or
    the verb of change that follows one, then where it goes ("Data quality issues drop from
    15 to 2", "Pricing disputes reduced 50%", "Renewal rate reaches 65%").

    Only within the opening words and before any clause word, so "Document how X is used"
    keeps its imperative head.
    """
    n = len(toks)
    for i in range(start + 1, min(n - 1, start + 7)):
        low = lower[i]
        if (
            lemmas[i] in vocab.changes
            and lemmas[start] not in vocab.activity
            and lemmas[start] not in vocab.outcome_verbs
            and (lower[i + 1] in _WHERE_TO or lower[i + 1][:1].isdigit())
        ):
            return i
        if low in _AUXILIARIES:
            k = i + 1
            while k < n and lower[k] in _AUX_OR_ADVERB:
                k += 1
            if (
                k < n
                and lower[k] != lemmas[k]
                and (lemmas[k] in vocab.activity or lemmas[k] in vocab.outcome_verbs)
            ):
                return k
            return None
        if low in _CLAUSE_WORDS or not (toks[i].is_alpha or low in ("-", "&", "/", "'s")):
            return None
    return None


# where a change goes, after a verb of change (outcome-verbs.yaml `changes`)
_WHERE_TO = frozenset({"from", "to", "by", "below", "above", "under", "over", "→", "at", "<", ">"})
_GROUPS = frozenset({"staff", "people", "everyone", "everybody", "faculty"})


def _people_subject(line: Line, i: int, vocab: Vocab) -> bool:
    """A group of people opens the line (within its first three words) and a verb of theirs
    follows: "Support agents use …", "Three product managers write …" — not "Reduce customer
    churn" (an outcome verb leads) or "Users can create …" (a capability of the product)."""
    from krlint.nlp.features.people import acts

    if line.lemmas[i] in vocab.outcome_verbs:
        return False
    for k in range(i, min(line.n, i + 3)):
        low = line.lower[k]
        if low in vocab.people or low in vocab.internal:
            if not (low.endswith("s") or low in _GROUPS):
                return False
            verb = acts(line, k, vocab)
            return verb is not None and not line.lower[verb].endswith("ing")
        if not line.toks[k].is_alpha:
            return False
    return False


def _names_measure(line: Line, i: int, vocab: Vocab) -> bool:
    """An outcome measure follows word `i`, directly or after the words that say what it
    measures ("First contact resolution rate at 70%"), and a value for it follows that."""
    for skip in range(3):
        if skip and not all(
            line.toks[k].is_alpha and not line.toks[k].is_stop
            for k in range(i + 1, min(line.n, i + 1 + skip))
        ):
            return False
        start = i + 1 + skip
        for size in (3, 2, 1):
            end = start + size
            if " ".join(line.lower[start:end]) in vocab.metrics:
                if skip and end < line.n and _goes_on(line, end):
                    return False  # "Run monthly NPS survey": the measure names a deliverable
                return any(j >= end for j in line.nums)
    return False


def _goes_on(line: Line, k: int) -> bool:
    """Word `k` continues a noun phrase ("… NPS survey"), rather than ending it ("… rate
    maintained at", "… rate of 70%")."""
    tok = line.toks[k]
    return tok.is_alpha and not tok.is_stop and not line.lower[k].endswith("ed")


_PERFECT = frozenset({"have", "has", "had"})


def _perfect_participle(line: Line, i: int) -> int | None:
    """ "I have documented a plan", "We have shipped 3 releases": after a pronoun, the perfect
    tense says what the author did — the participle is the head, not "have" (which, leading a
    line, asks for something: "Have a career conversation with each report")."""
    lower, lemmas = line.lower, line.lemmas
    if lower[i] not in _PERFECT or i == 0 or lower[i - 1] not in _HEAD_SKIP:
        return None
    k = i + 1
    while k < line.n and lower[k] in _ADVERBS:
        k += 1
    if k < line.n and line.toks[k].is_alpha and lower[k] != lemmas[k] and lower[k] != "been":
        return k
    return None


def head(line: Line, vocab: Vocab) -> Head:
    f, toks, lower, lemmas, n = line.f, line.toks, line.lower, line.lemmas, line.n
    hd = Head(
        next((i for i, t in enumerate(toks) if t.is_alpha and lower[i] not in _HEAD_SKIP), None)
    )
    if hd.i is not None and (participle := _perfect_participle(line, hd.i)) is not None:
        hd.i = participle
    if hd.i is not None:
        predicate = passive_predicate(vocab, toks, lower, lemmas, hd.i)
        if predicate is not None:
            # "Onboarding duration is reduced by 30%", "Share of voice has increased": the
            # line opens with its subject; the verb that decides comes after the auxiliary
            f[F.HEAD_PASSIVE] = 1.0
            hd.subject, hd.i = hd.i, predicate
        elif (
            hd.i + 1 < n
            and lemmas[hd.i] in vocab.activity
            and (lower[hd.i + 1] in ("of", "who", "that", "which", "whose"))
        ):
            # "Share of voice", "Staff who feel …": a noun, not an imperative
            hd.i = None
        elif _people_subject(line, hd.i, vocab):
            # "Support agents use the new macros", "Seed investors committed": the line opens
            # with a group of people and says what they do — no activity of the team's
            f[F.HEAD_PEOPLE_SUBJECT] = 1.0
            hd.i = None
        elif lemmas[hd.i] in vocab.activity and _names_measure(line, hd.i, vocab):
            # "Review turnaround time under 24 h", "Support ticket volume below 50 a week": the
            # first word describes the measure that is scored, it asks for no activity
            f[F.HEAD_NAMES_MEASURE] = 1.0
            hd.i = None
    if hd.i is not None:
        hd.lemma = lemmas[hd.i]
        hd.phrase_family = vocab.activity_phrases.get(tuple(lemmas[hd.i : hd.i + 2]))
        if any(i < hd.i for i in line.nums):
            # "10 blog posts published": a noun phrase, its first word is not a verb
            f[F.NUM_BEFORE_HEAD] = 1.0
            hd.i = hd.lemma = None
    if hd.i is not None and hd.lemma is not None:
        lemma = hd.lemma
        hd.family = hd.phrase_family or vocab.activity.get(lemma)
        if lemma in _HOLD and any(lower[k] in _HOLD_AT for k in range(hd.i + 1, min(n, hd.i + 8))):
            # "Hold checkout completion at or above 47%": keep a level, not host an event
            hd.family = None
            f[F.HEAD_OUTCOME_VERB] = 1.0
        f[F.HEAD_WORD + lemma] = 1.0
        if hd.family:
            line.mark(F.HEAD_ACTIVITY, hd.i, hd.i + (2 if hd.phrase_family else 1), "activity-verb")
            f[F.head_family(hd.family)] = 1.0
            if lower[hd.i] != lemma:
                f[F.HEAD_INFLECTED] = 1.0
        if lemma in vocab.outcome_verbs:
            f[F.HEAD_OUTCOME_VERB] = 1.0
        if lemma in vocab.vague:
            f[F.HEAD_VAGUE] = 1.0
    if 0 in line.num_set:
        f[F.STARTS_WITH_NUMBER] = 1.0
    return hd


def reported_head(vocab: Vocab, hd: Head, participle: int | None, lemmas: list[str]) -> str | None:
    """The verb a reader would name: "set up" for "Set up X", "publish" for "10 blog posts
    published", "roll out" for "New flow rolled out" — not "new" or "number"."""

    def phrase(i: int) -> str:
        pair = tuple(lemmas[i : i + 2])
        return " ".join(pair) if pair in vocab.activity_phrases else lemmas[i]

    if hd.i is not None:
        lemma = lemmas[hd.i]
        if (
            hd.phrase_family
            or lemma in vocab.activity
            or lemma in vocab.outcome_verbs
            or lemma in vocab.vague
        ):
            return phrase(hd.i)
    return phrase(participle) if participle is not None else None
