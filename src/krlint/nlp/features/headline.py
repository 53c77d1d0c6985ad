"""What the headline number (or the outcome verb) measures, and a purpose that carries it."""

from __future__ import annotations

from krlint.nlp.features import names as F
from krlint.nlp.features.line import Head, Line, Phrases
from krlint.nlp.features.words import INSTRUMENT, MEASURE_STOP, MEASURED, OUTPUT_GROUPS


def headline(line: Line, hd: Head, phrases: Phrases) -> int | None:
    """Marks what is measured and returns where a purpose that carries the scored number
    starts ("… generating $1M ARR"), if there is one."""
    f, toks, lower, n, nums = line.f, line.toks, line.lower, line.n, line.nums
    longest: dict[int, tuple[str, int, int]] = {}
    for label, s, e in phrases.matches:
        if label in MEASURED:
            held = longest.get(s)
            if held is None or (e - s, MEASURED[label]) > (held[2] - held[1], MEASURED[held[0]]):
                longest[s] = (label, s, e)

    def measured_after(i: int) -> tuple[str, int, int] | None:
        for k in range(i + 1, min(n, i + 7)):
            if k in longest:
                found = longest[k]
                # English noun phrases are head-final: in "newsletter subscribers" or "app
                # store rating" the last match before the phrase ends is what is measured
                j = found[2]
                while (
                    j < n
                    and toks[j].is_alpha
                    and not toks[j].is_stop
                    and lower[j] not in MEASURE_STOP
                ):
                    if j in longest:
                        found = longest[j]
                        j = found[2]
                    else:
                        j += 1
                return found
            if lower[k] in MEASURE_STOP:
                return None
        return None

    # the scored number decides (a key result is what it measures); the outcome verb's object only
    # when no number does
    head_measures = measured_after(nums[0]) if nums else None
    if hd.i is not None and F.HEAD_OUTCOME_VERB in f:
        # what a passive verb moves is its subject: "Onboarding duration is reduced"
        object_ = measured_after(hd.i if hd.subject is None else hd.subject - 1)
        if object_:
            f[F.verb_measures(object_[0].lower())] = 1.0
            head_measures = head_measures or object_
            if object_[0] != "METRIC":  # "Increase weekly sales calls": calls, not sales
                f.pop(F.METRIC_AFTER_OUTCOME_VERB, None)
    counts_output = bool(nums) and all(
        (m := measured_after(i)) is not None and m[0] in OUTPUT_GROUPS for i in nums
    )
    if counts_output:
        # "Increase inbound leads — create 20 new web pages": the number is pages made
        f[F.NUMBERS_COUNT_OUTPUT] = 1.0
        f.pop(F.METRIC_COUNTED, None)
    if head_measures and head_measures[0] in OUTPUT_GROUPS:
        line.mark(F.MEASURES_OUTPUT, head_measures[1], head_measures[2], "output-artefact")
    elif head_measures and head_measures[0] == "METRIC":
        line.mark(F.MEASURES_OUTCOME, head_measures[1], head_measures[2], "outcome-metric")

    purpose: int | None = None
    intent: list[tuple[int, int]] = []  # metrics named by a purpose that holds no number
    for start, end in phrases.connectors:
        if tuple(lower[start:end]) in INSTRUMENT:
            continue  # "as measured by surveys" names the instrument, not a purpose
        for s, e in phrases.metric_spans:
            if end <= s <= end + 6:
                scored = any(end <= i < end + 12 for i in nums)
                if not scored and lower[start:end] == ["with"]:
                    # "Dashboard with revenue charts", "a data room with cohort retention":
                    # what the deliverable holds; "with" is a purpose only with its number
                    # ("Launch in 3 markets with $1M ARR")
                    continue
                line.mark(F.PURPOSE_OUTCOME, s, e, "purpose")
                if scored:
                    # "… so that bounce rate drops from 50% to 35%": the scored number is
                    # in the purpose, so the purpose is the key result
                    f[F.PURPOSE_SCORED] = 1.0
                    purpose = end if purpose is None else min(purpose, end)
                else:
                    intent.append((start, s))
    if (
        intent
        and F.PURPOSE_SCORED not in f
        and hd.family is not None
        and nums
        and all(i < min(start for start, _ in intent) for i in nums)
    ):
        # "Write 3 runbooks to reduce incident time": the numbers count what the team makes
        # before the purpose; the metric the purpose names is why, not what is scored
        f[F.PURPOSE_UNSCORED] = 1.0
        if all(any(c <= s for c, _ in intent) for s, _ in phrases.metric_spans):
            f.pop(F.METRIC_COUNTED, None)
    return purpose
