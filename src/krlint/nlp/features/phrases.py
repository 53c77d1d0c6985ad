"""Lexicon phrases: outcome metrics, deliverables, the team's own properties, levers, milestone
states, capabilities, instrumentation — and which of them a number counts."""

from __future__ import annotations

from spacy.tokens import Doc

from krlint.diagnostics import Evidence
from krlint.nlp.features import names as F
from krlint.nlp.features.line import Head, Line, Phrases
from krlint.nlp.features.vocab import Vocab
from krlint.nlp.features.words import MEASURE_STOP, MEASURED, ZERO

_COUNT_OF = frozenset({"number", "count", "amount", "quantity", "#", "total"})
# lexicon groups that only mark a feature with its evidence
_MARKS = {
    "DATE": (F.BY_DATE, "deadline"),
    "CAPABILITY": (F.CAPABILITY, "capability"),
    "INSTRUMENT": (F.INSTRUMENTATION, "instrumentation"),
    "PROVISION": (F.PROVISIONING, "milestone"),
}
_COUNT_WORDS = frozenset({"more", "new", "additional", "extra", "other", "further", "few"})
_COMPLEMENT = frozenset({"to", "from", "of", "on", "per"})
# how far before a measure a zero may open its noun phrase ("zero cross-tenant data-access …")
_ZERO_REACH = 8
# after a measure, a word for how often it happens, not a thing delivered: "data loss events"
_OCCURRENCES = frozenset({"event", "events", "occurrences", "cases", "instances"})


def phrases(doc: Doc, line: Line, hd: Head, vocab: Vocab) -> Phrases:
    f, ev, toks, lower, n = line.f, line.ev, line.toks, line.lower, line.n
    nums, num_set = line.nums, line.num_set
    # token index in `doc` → index in `toks` (they differ only where there are spaces)
    pos = {t.i: k for k, t in enumerate(toks)}
    matches = sorted(
        (
            (vocab.strings[m], pos[s], pos[e - 1] + 1)
            for m, s, e in vocab.matcher(doc)
            if s in pos and (e - 1) in pos
        ),
        key=lambda m: (m[1], -(m[2] - m[1])),
    )

    def zeroed(s: int) -> bool:
        """Whether a zero ("zero", "no", "0") comes just before position `s`, or opens the
        noun phrase that ends there ("Zero cross-tenant data-access incidents")."""
        if any(lower[k] in ZERO for k in range(max(0, s - 3), s)):
            return True
        for k in range(s - 1, max(-1, s - _ZERO_REACH), -1):
            if lower[k] in ZERO:
                return True
            if lower[k] in MEASURE_STOP:
                return False
        return False

    # "Zero data loss events": what is held at zero is the measure — its "events" are times it
    # happens, not events the team holds ("5 sales events attended" still counts events)
    matches = [
        (label, s, e)
        for label, s, e in matches
        if not (
            label == "ARTEFACT"
            and e - s == 1
            and lower[s] in _OCCURRENCES
            and any(other == "METRIC" and b == s and zeroed(a) for other, a, b in matches)
        )
    ]
    # "time to first dashboard", "time on task": a measure whose phrase ends in a preposition
    # takes the words after it as its complement, and what they name is part of the measure
    complements: list[tuple[int, int]] = []
    for k, (label, s, e) in enumerate(matches):
        if label == "METRIC" and lower[e - 1] in _COMPLEMENT:
            end = e
            while end < min(n, e + 4) and toks[end].is_alpha and lower[end] not in MEASURE_STOP:
                end += 1
            matches[k] = (label, s, end)
            complements.append((e, end))
    found = Phrases(matches)
    measured = [(s, e) for label, s, e in matches if label in MEASURED]
    measured_starts = {s for s, _ in measured}

    def modifier(s: int, e: int) -> bool:
        """English noun phrases are head-final: a phrase that the longest phrase contains
        ("sales" in "sales calls") or that another measured phrase follows ("API" in "API
        latency", "newsletter" in "newsletter signups") or a word for people follows ("event"
        in "event attendees") only describes what is counted."""
        if any(a <= s and e <= b and b - a > e - s for a, b in measured):
            return True
        if e < n and lower[e] in _OCCURRENCES and zeroed(s):
            return False  # "zero data loss events" counts data loss, "events" says how often
        if e < n and lower[e] in vocab.people:
            return True
        j = e
        while j < n and toks[j].is_alpha and not toks[j].is_stop and lower[j] not in MEASURE_STOP:
            if j in measured_starts:
                return True
            j += 1
        return False

    taken: set[tuple[str, int]] = set()
    for label, s, e in matches:
        if label in MEASURED and modifier(s, e):
            continue
        if label not in MEASURED and any(a <= s < b for a, b in complements):
            continue
        if (label, s) in taken:
            continue
        taken.add((label, s))
        near_number = any(s - 4 <= i < s for i in nums) or any(e <= i < e + 4 for i in nums)
        if label == "METRIC":
            found.metric_spans.append((s, e))
            line.mark(F.METRIC, s, e, "outcome-metric")
            if near_number:
                f[F.METRIC_COUNTED] = 1.0
            if hd.i is not None and F.HEAD_OUTCOME_VERB in f and s - hd.i <= 5:
                f[F.METRIC_AFTER_OUTCOME_VERB] = 1.0
        elif label == "ARTEFACT":
            fam = vocab.artefact_family.get(line.text[line.starts[s] : line.ends[e - 1]].lower())
            # only describing words stand between a count and what it counts ("10 new blog
            # posts"): "50 % improvement" is a rate, "< 2 per sprint" a rate over sprints,
            # "100 people in meetups" counts people, "from page 2 to page 1" counts nothing
            counted = any(
                s - 3 <= i < s
                and all(
                    toks[k].is_alpha
                    and lower[k] not in vocab.people
                    and (not toks[k].is_stop or lower[k] in _COUNT_WORDS)
                    for k in range(i + 1, s)
                )
                for i in nums
            )
            number_of = any(lower[j] in _COUNT_OF for j in range(max(0, s - 4), s))
            f[F.ARTEFACT] = 1.0
            if counted or number_of:
                line.mark(
                    F.ARTEFACT_COUNTED if counted else F.ARTEFACT_NUMBER_OF, s, e, "output-artefact"
                )
                if fam:  # the family picks the suggestion; it says nothing about the label
                    hd.family = hd.family or fam
            elif "output-artefact" not in ev:
                ev.setdefault("artefact", Evidence("artefact", "", 0, 0))
        elif label == "TEAMPROP":
            line.mark(F.TEAM_PROPERTY, s, e, "team-artefact")
            if (
                s >= 2
                and lower[s - 1] == "of"
                and (
                    s - 2 in num_set
                    or lower[s - 2] in ("%", "percent", "all", "every", "each")
                    # "a 90% completion rate of tasks committed …": a rate of them
                    or any(m == "METRIC" and b == s - 1 for m, _, b in matches)
                )
            ):
                # "100% of pull requests reviewed by two people": the team's own process
                line.mark(F.SHARE_OF_TEAM_ARTEFACTS, s, e, "compliance")
        elif label == "SPEND":
            before = lower[max(0, s - 3) : s]
            # a lever only when the team sets it: not what customers spend, nor the
            # denominator of a return ("IACV / marketing spend", "ROI on spend")
            if not (s > 0 and lower[s - 1] in vocab.people) and not any(
                w in ("/", "to", "on", "per") for w in before
            ):
                line.mark(F.SPEND, s, e, "spend")
        elif label == "STATE":
            at_head = hd.i is not None and s <= hd.i < e
            if not (at_head and F.HEAD_ACTIVITY in f and F.HEAD_PASSIVE not in f):
                line.mark(F.MILESTONE_STATE, s, e, "milestone")
                if e >= n - 1:
                    f[F.MILESTONE_STATE_AT_END] = 1.0
        elif label in _MARKS:
            name, kind = _MARKS[label]
            line.mark(name, s, e, kind)
        elif label == "CONNECTOR":
            found.connectors.append((s, e))
        elif label == "STATUS":
            f[F.STATUS_NOTE] = 1.0
        if label == "METRIC" and zeroed(s):
            line.mark(F.ZERO_METRIC, s, e, "outcome-metric")  # "No downtime"
    ev.pop("artefact", None)
    if F.ZERO_METRIC in f and F.MILESTONE_STATE in f:
        # "No customer data leaks in production": where the zero is counted, not a state the
        # team's work reaches ("… live in production")
        f.pop(F.MILESTONE_STATE, None)
        f.pop(F.MILESTONE_STATE_AT_END, None)
        ev.pop("milestone", None)
    instrument = next((s for label, s, _ in matches if label == "INSTRUMENT"), None)
    if (
        instrument is not None
        and not nums
        and F.HEAD_OUTCOME_VERB not in f  # "Increase usage, as measured by …" claims a change
        and found.metric_spans
        and all(e <= instrument for _, e in found.metric_spans)
    ):
        # "Weekly active usage is tracked": the measure is what the instrumentation records,
        # not a change the key result claims (with a target, "Retention ≥ 40% (tracked in
        # Amplitude)", or after a verb of change, it is the measure)
        f.pop(F.METRIC, None)
        ev.pop("outcome-metric", None)
    return found
