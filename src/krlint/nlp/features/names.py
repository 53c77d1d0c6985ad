"""Every engineered feature's name, in one place.

Stages mark features through these constants and the hand-set weights are written with them, so
a misspelt name is a NameError at import, not a feature that silently weighs zero. A weights file
naming a feature that no stage can produce is refused when it is loaded (`unknown`).

`f:` features are engineered (one line of the definition each); `w:`, `obj:`, `vo:` and `cnt:`
are lexical (lemmas, what the verb acts on, verb+object, what a number counts) and open-ended.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# --- the head verb ---------------------------------------------------------------------------
HEAD_ACTIVITY = "f:head_activity"  # an activity verb leads ("Publish", "Host", "Set up")
HEAD_INFLECTED = "f:head_inflected"  # … in a past or -ing form ("Shipped dark mode")
HEAD_OUTCOME_VERB = "f:head_outcome_verb"  # increase, reduce, reach, grow … (or "hold … at")
HEAD_VAGUE = "f:head_vague"  # improve, optimise, support …
HEAD_PASSIVE = "f:head_passive"  # "Onboarding duration is reduced": the subject opens the line
HEAD_PEOPLE_SUBJECT = "f:head_people_subject"  # "Support agents use …": theirs, not ours
HEAD_NAMES_MEASURE = "f:head_names_measure"  # "Review turnaround time < 24 h": a noun
NUM_BEFORE_HEAD = "f:num_before_head"  # "10 blog posts published": a noun phrase opens
STARTS_WITH_NUMBER = "f:starts_with_number"
HEAD_FAMILY = "f:head_family="  # + the activity family: content, events, hiring …

# --- numbers ---------------------------------------------------------------------------------
NUMBER = "f:number"
NUMBERS_2PLUS = "f:numbers_2plus"
PERCENT = "f:percent"
MONEY = "f:money"
FROM_TO = "f:from_to"
COMPARATOR = "f:comparator"
TIME_UNIT = "f:time_unit"
MULTIPLIER = "f:multiplier"
ZERO = "f:zero"

# --- lexicon phrases -------------------------------------------------------------------------
METRIC = "f:metric"  # an outcome metric is named
METRIC_COUNTED = "f:metric_counted"  # … next to a number
METRIC_AFTER_OUTCOME_VERB = "f:metric_after_outcome_verb"
ZERO_METRIC = "f:zero_metric"  # "No downtime"
ARTEFACT = "f:artefact"  # a deliverable is named
ARTEFACT_COUNTED = "f:artefact_counted"  # "10 blog posts"
ARTEFACT_NUMBER_OF = "f:artefact_number_of"  # "the number of webinars"
TEAM_PROPERTY = "f:team_property"  # test coverage, lint errors
SHARE_OF_TEAM_ARTEFACTS = "f:share_of_team_artefacts"  # "100% of pull requests reviewed"
SPEND = "f:spend"  # budget, price: a lever the team sets
MILESTONE_STATE = "f:milestone_state"  # "… is enabled by default", "go live"
MILESTONE_STATE_AT_END = "f:milestone_state_at_end"
BY_DATE = "f:by_date"
CAPABILITY = "f:capability"  # "Admins can configure SSO"
INSTRUMENTATION = "f:instrumentation"  # "… is tracked"
PROVISIONING = "f:provisioning"  # "100% of employees have access to"
STATUS_NOTE = "f:status_note"

# --- what the headline number (or the outcome verb) measures --------------------------------
VERB_MEASURES = "f:verb_measures="  # + metric | artefact | teamprop | spend
NUMBERS_COUNT_OUTPUT = "f:numbers_count_output"  # every number counts deliverables
MEASURES_OUTPUT = "f:measures_output"
MEASURES_OUTCOME = "f:measures_outcome"
PURPOSE_OUTCOME = "f:purpose_outcome"  # "… so that bounce rate drops"
PURPOSE_SCORED = "f:purpose_scored"  # … and the scored number is in that purpose
PURPOSE_UNSCORED = "f:purpose_unscored"  # "Write 3 runbooks to reduce incident time"

# --- activity verbs past the head ------------------------------------------------------------
DONE_BY_PEOPLE = "f:done_by_people"  # "guide completed by a new user"
ACTIVITY_AFTER_CONJUNCTION = "f:activity_after_conjunction"
ACTIVITY_PARTICIPLE = "f:activity_participle"  # "10 blog posts published"

# --- people: outside the team or the team itself ----------------------------------------------
PEOPLE = "f:people"
SHARE_OF_PEOPLE = "f:share_of_people"  # "95% of customers …"
COUNT_OF_PEOPLE = "f:count_of_people"  # "200 developers"
ALL_PEOPLE = "f:all_people"
INTERNAL = "f:internal"
SHARE_OF_INTERNAL = "f:share_of_internal"  # "100% of engineers trained"
COUNT_OF_INTERNAL = "f:count_of_internal"
ALL_INTERNAL = "f:all_internal"
PEOPLE_ACT = "f:people_act"  # "Support agents use the new macros": their behaviour
INTERNAL_ACT = "f:internal_act"  # "Three engineers write their own queries": colleagues' too
SHARE_OF_THINGS = "f:share_of_things"  # "100% of sessions have a report": the team's process
GROUP_FEATURES = {  # a group of people → (mentioned, share of, count of, all of)
    "people": (PEOPLE, SHARE_OF_PEOPLE, COUNT_OF_PEOPLE, ALL_PEOPLE),
    "internal": (INTERNAL, SHARE_OF_INTERNAL, COUNT_OF_INTERNAL, ALL_INTERNAL),
}

# --- clauses and combinations ----------------------------------------------------------------
OUTCOME_CLAUSE = "f:outcome_clause"  # "…, influence 200+ developers"
HIRING_COUNT = "f:hiring_count"
ACTIVITY_OVER_PEOPLE_COUNT = "f:activity_over_people_count"  # "Train 40 agents"
ACTIVITY_OVER_PEOPLE_SHARE = "f:activity_over_people_share"  # "Meet 100% of key customers"
SHARE_DOING_TASK = "f:share_doing_task"  # "100% of accounts have a QBR"
TIME_SPENT = "f:time_spent"  # "2 hours per week on X"
ACTIVITY_FREQUENCY = "f:activity_frequency"  # "Bike to work 200 times", "gym 3x a week"
PERFORMANCE_THRESHOLD = "f:performance_threshold"  # "… can finish an export in under 10 min"

# --- the scored part ------------------------------------------------------------------------
SCORED_PART = "f:scored_part"  # judged on the part that holds the numbers (parts.py)

# --- shape -----------------------------------------------------------------------------------
SHORT = "f:short"
LONG = "f:long"
UNMEASURED = "f:unmeasured"
ACTIVITY_WITHOUT_OUTCOME_MEASURE = "f:activity_without_outcome_measure"
OUTCOME_VERB_OVER_ARTEFACTS = "f:outcome_verb_over_artefacts"
# "Reduce unproductive technical travel": a change asked of a result, with no number yet — not
# "Build the dashboard" with none (no number weighs toward a deliverable on its own)
OUTCOME_VERB_UNMEASURED = "f:outcome_verb_unmeasured"

# --- lexical (open-ended) --------------------------------------------------------------------
WORD = "w:"  # a content lemma, or two in a row ("w:blog_post")
HEAD_WORD = "w:head="  # the head verb's lemma
OBJECT = "obj:"  # what the head verb acts on
VERB_OBJECT = "vo:"  # verb_object
COUNTED = "cnt:"  # what a number counts
LEXICAL = (WORD, OBJECT, VERB_OBJECT, COUNTED)

PARAMETRISED = {
    HEAD_FAMILY: re.compile(r"^[a-z][a-z-]*$"),
    VERB_MEASURES: re.compile(r"^(?:metric|artefact|teamprop|spend)$"),
}
ENGINEERED = frozenset(
    v
    for k, v in dict(globals()).items()
    if k.isupper() and isinstance(v, str) and v.startswith("f:") and v not in PARAMETRISED
)


def head_family(family: str) -> str:
    return HEAD_FAMILY + family


def verb_measures(group: str) -> str:
    return VERB_MEASURES + group


def unknown(names: Iterable[str]) -> list[str]:
    """Names no stage can produce: a weight on one of them would silently weigh nothing."""
    bad = []
    for name in names:
        if name in ENGINEERED or name.startswith(LEXICAL):
            continue
        prefix = next((p for p in PARAMETRISED if name.startswith(p)), None)
        if prefix is None or not PARAMETRISED[prefix].match(name[len(prefix) :]):
            bad.append(name)
    return bad
