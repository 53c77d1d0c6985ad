"""Combinations the definition singles out, and the shape of the line."""

from __future__ import annotations

from krlint.measures import vocabulary
from krlint.nlp.features import names as F
from krlint.nlp.features.line import Head, Line

_SPENT_UNITS = frozenset({"hours", "hour", "hrs", "minutes", "days", "weeks"})
_TIMES = frozenset({"times", "x", "×", "sessions", "workouts", "runs", "visits"})
_PERIODS = vocabulary().words("periods")


def combinations(line: Line, hd: Head) -> None:
    f, lower, n = line.f, line.lower, line.n
    if hd.family == "hiring" and line.nums:
        f[F.HIRING_COUNT] = 1.0
    elif F.HEAD_ACTIVITY in f and F.COUNT_OF_PEOPLE in f:
        f[F.ACTIVITY_OVER_PEOPLE_COUNT] = 1.0
    elif F.HEAD_ACTIVITY in f and (F.SHARE_OF_PEOPLE in f or F.ALL_PEOPLE in f):
        f[F.ACTIVITY_OVER_PEOPLE_SHARE] = 1.0  # "Meet 100% of key customers": coverage
    if (
        (F.ACTIVITY_OVER_PEOPLE_COUNT in f or F.ACTIVITY_OVER_PEOPLE_SHARE in f)
        and F.PURPOSE_SCORED not in f
        and F.OUTCOME_CLAUSE not in f
    ):
        # "Call 50 lapsed donors", "Interview 20 applicants": the people are whom the team's
        # activity reaches, so the number counts that activity, not donors won or kept
        f.pop(F.METRIC_COUNTED, None)
        f.pop(F.MEASURES_OUTCOME, None)
    if F.SPEND in f and F.METRIC not in f:
        # "Increase ad spend to $20k per month": the money is what the team spends (a lever
        # it sets), not revenue it earns
        f.pop(F.MONEY, None)
    if F.SHARE_OF_PEOPLE in f and F.ARTEFACT in f and F.METRIC not in f:
        f[F.SHARE_DOING_TASK] = 1.0  # "100% of accounts have a QBR": process compliance
    for i in line.nums:
        # "2 hours per week on X", "ten hours of writing": time the team spends, not a pace
        # ("4 minutes per kilometre") or a deadline ("within 5 minutes of …")
        if (
            i + 2 < n
            and lower[i + 1] in _SPENT_UNITS
            and (
                lower[i + 2] in ("of", "in", "on", "spent", "doing", "each", "a")
                or (lower[i + 2] == "per" and i + 3 < n and lower[i + 3] in _PERIODS)
            )
            and not (i > 0 and lower[i - 1] in ("within", "under", "below", "than", "pace"))
        ):
            line.mark(F.TIME_SPENT, i, i + 2, "activity-time")

    if (
        F.HEAD_OUTCOME_VERB not in f
        and F.METRIC_COUNTED not in f
        and any(
            i + 1 < n
            and (
                lower[i + 1] in _TIMES
                or (lower[i].endswith("x") and lower[i + 1] in ("a", "per", "each", "every", "/"))
            )
            for i in line.nums
        )
    ):
        # "Bike to work 200 times", "3x a week": how often someone does something, a count of
        # an activity (the team's, or a person's own), not a result it causes
        f[F.ACTIVITY_FREQUENCY] = 1.0
    if (
        F.COMPARATOR in f
        and F.TIME_UNIT in f
        and F.TIME_SPENT not in f
        and (F.CAPABILITY in f or F.HEAD_ACTIVITY not in f)
    ):
        # "The export job can finish a full export in under 10 minutes", "Pages load in under
        # 1.5 s": how fast something works for its users, not a deliverable
        f[F.PERFORMANCE_THRESHOLD] = 1.0


def shape(line: Line) -> None:
    f = line.f
    if line.words <= 3:
        f[F.SHORT] = 1.0
    elif line.words > 22:
        f[F.LONG] = 1.0
    if not line.nums and F.METRIC not in f and F.ZERO not in f:
        f[F.UNMEASURED] = 1.0
    if F.HEAD_ACTIVITY in f and F.METRIC_COUNTED not in f and F.PURPOSE_OUTCOME not in f:
        f[F.ACTIVITY_WITHOUT_OUTCOME_MEASURE] = 1.0
    if F.HEAD_OUTCOME_VERB in f and (F.ARTEFACT_COUNTED in f or F.ARTEFACT_NUMBER_OF in f):
        f[F.OUTCOME_VERB_OVER_ARTEFACTS] = 1.0
    elif F.HEAD_OUTCOME_VERB in f and F.UNMEASURED in f:
        f[F.OUTCOME_VERB_UNMEASURED] = 1.0
