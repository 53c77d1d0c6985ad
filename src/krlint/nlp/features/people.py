"""People and their behaviour: outside the team (an outcome) or the team's own (compliance)."""

from __future__ import annotations

from krlint.measures import vocabulary
from krlint.nlp.features import names as F
from krlint.nlp.features.line import Line
from krlint.nlp.features.vocab import Vocab

# "every month", "each quarter", "all year": a cadence or a span of time, not a share of things
_PERIODS = vocabulary().words("periods")


def share_of_things(line: Line, vocab: Vocab) -> None:
    """ "100% of sessions have a report", "All code passes linters", "every SKU actioned": a
    share of things rather than of people — the team's own work or process, done to a standard
    (its compliance), not a change in what people outside it do."""
    lower, toks, n = line.lower, line.toks, line.n
    for i in range(n):
        share = (
            lower[i] == "of"
            and i > 0
            and (lower[i - 1] in ("%", "percent") or (i - 1) in line.num_set)
        )
        named = lower[i + 1 : i + 2] == ["-"]  # "All-State", "all-electric": part of a name
        if not share and (lower[i] not in ("all", "every", "each") or named):
            continue
        for k in range(i + 1, min(n, i + 4)):
            if not toks[k].is_alpha or lower[k] in (
                "the",
                "our",
                "my",
                "its",
                "their",
                "new",
                "active",
                "open",
                "key",
                "core",
            ):
                continue
            if (
                lower[k] in vocab.people
                or lower[k] in vocab.internal
                or toks[k].is_stop
                or line.lemmas[k] in _PERIODS
            ):
                break
            line.mark(F.SHARE_OF_THINGS, i, k + 1)
            return


def own_agent(line: Line, verb: int, agent: int) -> bool:
    """Whether the group after "<activity> by" does the team's own work: counted ("reviewed by
    two engineers") or plain "people" ("approved by people on call") — the reviewers of its
    process, where "a guide completed by a new user" is what someone outside does."""
    return line.lower[agent] == "people" or any(k in line.num_set for k in range(verb + 2, agent))


def _agent_of_own_work(line: Line, i: int, vocab: Vocab) -> bool:
    """The group word at `i` is the agent of an activity the team does ("100% of pull
    requests reviewed by two people"): not people outside the team."""
    lower = line.lower
    by = next((k for k in range(i - 1, max(-1, i - 4), -1) if lower[k] == "by"), None)
    return (
        by is not None
        and by > 0
        and bool(vocab.activity.get(line.lemmas[by - 1]))
        and own_agent(line, by - 1, i)
    )


def people(line: Line, vocab: Vocab) -> None:
    lower, num_set = line.lower, line.num_set
    for i in range(line.n):
        group = (
            "people"
            if lower[i] in vocab.people
            else "internal"
            if lower[i] in vocab.internal
            else None
        )
        if group is None or (group == "people" and _agent_of_own_work(line, i, vocab)):
            continue
        mentioned, share_of, count_of, all_of = F.GROUP_FEATURES[group]
        outside = group == "people"
        line.f[mentioned] = 1.0
        prev = lower[max(0, i - 4) : i]
        if "of" in prev and any(
            k in num_set or lower[k] in ("all", "every", "each") for k in range(max(0, i - 6), i)
        ):
            line.mark(share_of, i, i + 1, "people" if outside else "compliance")
        elif any(
            k in num_set
            and all(line.toks[m].is_alpha and not line.toks[m].is_stop for m in range(k + 1, i))
            for k in range(max(0, i - 3), i)
        ):
            # "50 donors", "50 lapsed donors", "20 new enterprise customers"
            line.mark(count_of, i, i + 1, "people" if outside else None)
        elif i > 0 and lower[i - 1] in ("all", "every", "each"):
            line.mark(all_of, i, i + 1, "people" if outside else "compliance")
        verb = acts(line, i, vocab)
        if verb is not None:
            # "Support agents use the new macros", "users log 50% of tickets": what they do
            line.mark(F.PEOPLE_ACT if outside else F.INTERNAL_ACT, i, verb + 1, "people")


_SKIP = frozenset(
    {
        "now",
        "all",
        "also",
        "regularly",
        "consistently",
        "actively",
        "will",
        "who",
        "that",
        "to",
        "always",
        "independently",
        "routinely",
    }
)


def acts(line: Line, i: int, vocab: Vocab) -> int | None:
    """The verb a group of people is the subject of ("agents use", "PMs now write"), if any: a
    present-tense form, not a participle of what was done to them ("engineers trained")."""
    lower, lemmas = line.lower, line.lemmas
    k = i + 1
    while k < line.n and k <= i + 3 and lower[k] in _SKIP:
        k += 1
    if k >= line.n:
        return None
    word, lemma = lower[k], lemmas[k]
    if word in _BE and k + 1 < line.n:
        # "Partners are happy", "engineers feel more confident": how they are
        s = k + 1
        while s < line.n and s <= k + 2 and lower[s] in _DEGREE:
            s += 1
        if s < line.n and lower[s] in vocab.states:
            return s
    if lemma not in vocab.behaviour:
        return None
    if word != lemma and not word.endswith("s") and lemma in _DONE_TO:
        return None  # "customers called", "requests reviewed": what the team did to them
    if word in ("done", "built", "made", "written", "run"):
        return None
    if k + 1 < line.n and lower[k + 1] == "by":
        return None  # "… completed by the team": passive
    return k


_BE = frozenset(
    {"is", "are", "was", "were", "feel", "feels", "become", "becomes", "remain", "stay"}
)
_DEGREE = frozenset({"more", "very", "highly", "much", "fully", "now"})


# behaviour verbs whose past participle after a group says what was done to the group
_DONE_TO = frozenset(
    {
        "call",
        "invite",
        "review",
        "answer",
        "resolve",
        "make",
        "take",
        "get",
        "find",
        "describe",
        "tell",
        "mention",
        "follow",
        "start",
        "finish",
        "build",
        "ship",
        "deploy",
        "create",
        "publish",
        "submit",
        "open",
        "log",
        "report",
        "share",
        "migrate",
        "integrate",
        "rate",
        "score",
        "pass",
        "complete",
        "run",
        "write",
        "do",
        "read",
        "visit",
        "watch",
        "order",
        "solve",
    }
)
