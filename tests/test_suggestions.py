"""Suggestions keyed by what is delivered (issue 18): per deliverable class, the outcome family
and the words krlint suggests; what the objective changes; the generic question when nothing is
known; the rewrite template (never a number the key result did not state); the knowledge as data
a config can extend."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from krlint.config import ConfigError
from krlint.engine import Linter, RunOptions
from krlint.nlp import Analyzer
from krlint.nlp.lexicon import FAMILIES, builtin_lexicons, outcome_measures_errors

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


# -- per deliverable class: key result (+ objective) → family and words ------------------------
CASES = [
    # (key result, objective or None, family, words the suggestion must contain)
    (
        "Write runbooks for tier-1 services",
        None,
        "speed/cycle-time",
        "Runbooks should shorten incidents: measure the time to restore tier-1 services",
    ),
    ("Add alerting to all services", None, "speed/cycle-time", "time to detect incidents"),
    ("Launch the onboarding checklist", None, "adoption/usage", "week-1 activation"),
    (
        "Publish 12 blog posts about data privacy",
        None,
        "reach/engagement",
        "monthly readers of blog posts about data privacy",
    ),
    (
        "Publish 4 customer case studies",
        "Grow enterprise pipeline",
        "conversion/revenue",
        "sign-ups or qualified leads from customer case studies",
    ),
    (
        "Host 4 webinars",
        None,
        "reach/engagement",
        "new participants or contacts who come through webinars",
    ),
    ("Host 4 webinars for prospects", None, "conversion/revenue", "qualified leads from"),
    ("Redesign the pricing page", None, "conversion/revenue", "visitor-to-paid conversion"),
    ("Hire 3 engineers", None, "speed/cycle-time", "cycle time"),
    ("Hire 2 account executives", None, "conversion/revenue", "new bookings"),
    ("Train 40 support agents", None, "skills/performance", "assessment scores"),
    (
        "Run phishing awareness training for all staff",
        None,
        "skills/performance",
        "phishing-simulation click rate",
    ),
    (
        "Migrate billing to Stripe",
        None,
        "quality/reliability",
        "incidents and failures users experience",
    ),
    ("Migrate billing to Stripe", "Cut payment costs", "cost", "running cost"),
    ("Hold 1:1s with every direct report each month", None, "satisfaction", "eNPS"),
    ("Give monthly feedback to each report", None, "satisfaction", "direct reports' satisfaction"),
    ("Write the API documentation", None, "adoption/usage", "succeed on their own"),
    (
        "Write help articles for the top 10 support questions",
        None,
        "cost",
        "support requests about",
    ),
    ("Document the release process", None, "speed/cycle-time", "a newcomer takes"),
    ("Write docs for the new SDK", None, "adoption/usage", "succeed on their own"),
    ("Publish 5 tutorials", None, "adoption/usage", "succeed on their own"),
    (
        "Update the documentation",
        "Grow self-serve adoption of the platform",
        "adoption/usage",
        "succeed on their own",
    ),
    (
        "Benchmark the performance of our ML models",
        None,
        "quality/reliability",
        "error rate on data it has not seen",
    ),
    (
        "Ship 3 performance improvements to the search page",
        None,
        "speed/cycle-time",
        "response time users experience",
    ),
    ("Reach 80% unit test coverage", None, "quality/reliability", "escaped defects"),
    (
        "Patch all servers vulnerable to Log4Shell",
        None,
        "quality/reliability",
        "security incidents",
    ),
    ("Set up a Grafana dashboard for the sales funnel", None, "conversion/revenue", "pipeline"),
    ("Ship the export API", None, "adoption/usage", "use the export API each week"),
    # a building block released to others is used by them
    ("Release the Python SDK to developers", None, "adoption/usage", "use the Python SDK each"),
    ("Roll out Kanban to all product teams", None, "adoption/usage", "teams actively using Kanban"),
    # a term runs past the word that ends the phrase: "learned from …" is still its name
    (
        "Share lessons learned from the outage with all teams",
        None,
        "quality/reliability",
        "Lessons learned should stop the same problems coming back",
    ),
    # a course's lessons are training, not a retrospective's
    ("Create 5 video lessons for new volunteers", None, "skills/performance", "assessment"),
    ("Publish 3 research papers", None, "reach/engagement", "monthly readers of research papers"),
    ("Hold 1:1 meetings with every engineer", None, "satisfaction", "engagement survey"),
    ("Launch 2 new product lines", None, "conversion/revenue", "revenue from new product lines"),
    (
        "Refresh the onboarding guide for all departments",
        None,
        "speed/cycle-time",
        "time new hires take to become productive",
    ),
    ("Update the pitch deck", None, "conversion/revenue", "win rate on deals"),
    # the purpose the key result states outranks what the deliverable is usually for
    ("Add alerting to all services to cut cloud costs", None, "cost", "Alerting should cost less"),
    ("Hold 3 workshops to improve team productivity", None, "speed/cycle-time", "cycle time"),
    # "with" adds a property as often as a purpose: higher margins do not make it a cost
    (
        "Launch 2 new product lines with higher margins",
        None,
        "conversion/revenue",
        "revenue from new product lines",
    ),
    # the first part of "X-based" still says what it is about
    ("Run two wellness-based activities for staff each month", None, "satisfaction", "eNPS"),
    ("Launch the mobile app", None, "adoption/usage", "weekly active users of the mobile app"),
    (
        "Run 20 customer interviews",
        None,
        "satisfaction",
        "satisfaction of the people you learn from",
    ),
    (
        "Hold QBRs for all tier-1 accounts",
        None,
        "retention/churn",
        "gross revenue retention of tier-1 accounts",
    ),
    ("Translate the app into Spanish and German", None, "adoption/usage", "active users"),
    ("Read 12 books", None, "skills/performance", "assessed knowledge"),
    ("Run 500 km", None, "skills/performance", "resting heart rate"),
    ("Walk 10,000 steps a day", None, "skills/performance", "resting heart rate"),
    # a purpose after "for" and a gerund; only its own words count, not the rest of the line
    (
        "Run three experiments to explore new strategies for reducing security risk in our "
        "projects, share the learnings and use them to refine our strategy",
        None,
        "quality/reliability",
        "defects",
    ),
    # experiments on a model are for its quality, not a funnel's conversion
    (
        "Experiment with latent augmentation using linear classification inversion",
        None,
        "quality/reliability",
        "error rate on data it has not seen",
    ),
    ("Run 4 pricing page experiments", None, "conversion/revenue", "conversion on the flows"),
    # an appraisal of people, not of software performance
    ("Performance appraisal for all staff", None, "satisfaction", "engagement survey"),
    # steps of a flow are not a walk's
    ("Reduce checkout steps from 5 to 2", None, "conversion/revenue", "conversion"),
    ("Complete the cost estimate for the new warehouse", None, "cost", "cost per unit"),
    ("Send 200 cold emails", None, "conversion/revenue", "deals won from cold emails"),
    ("Submit 5 grant applications", None, "conversion/revenue", "funding or contract value"),
    # securing a system's inputs is security work, not a feature people use
    ("Roll out input sanitization for the upload API", None, "quality/reliability", "security"),
    ("Finish threat modelling for the payments service", None, "quality/reliability", "security"),
    # a developer's onboarding is a new colleague's, not a new user's
    ("Run the onboarding of two junior developers", None, "speed/cycle-time", "new hires"),
    # a release that can stop itself is for safety, not speed
    (
        "Automate canary deployments that stop a bad change at 5% of traffic",
        None,
        "quality/reliability",
        "change failure rate",
    ),
    # an application portfolio is no money to grow: its dashboard is for decisions
    (
        "Establish a metrics dashboard tracking portfolio health",
        None,
        "speed/cycle-time",
        "time decision-makers wait",
    ),
    # a sign-in built for security is judged by what goes wrong in it; elsewhere, by its use
    (
        "Admin authentication via Supabase Auth",
        "Access control and security",
        "quality/reliability",
        "errors and security incidents users meet in the Admin authentication",
    ),
    ("Ship single sign-on for teams", None, "adoption/usage", "share of active users who use"),
    # a sitemap and structured data make the site easier to find
    ("Sitemap and robots.txt submitted to search console", None, "reach/engagement", "organic"),
    ("Review schema markup on every published review", None, "reach/engagement", "organic"),
    # a disclosure keeps you out of trouble
    ("Add FTC disclosures to all affiliate reviews", None, "quality/reliability", "compliance"),
    # what shows a change works is a test, however it is named; a data room is for investors
    (
        "Backend API production smoke passes for every endpoint",
        None,
        "quality/reliability",
        "escaped",
    ),
    (
        "Write testable acceptance criteria for every story",
        None,
        "quality/reliability",
        "escaped",
    ),
    ("Populate the Series C data room by Month 30", None, "conversion/revenue", "funds raised"),
    # a dashboard or an alert about spending is for the spending; one of health, for incidents
    ("Build FinOps dashboards for every team", None, "cost", "costs"),
    ("Configure a budget alert for the cloud account", None, "cost", "cost over budget"),
    ("Publish platform health dashboards in Grafana", None, "quality/reliability", "incidents"),
    # the share of features a guide covers is the docs' coverage, not the tests'
    (
        "Reach full documentation coverage of the public API",
        None,
        "adoption/usage",
        "succeed on their own",
    ),
]


@pytest.mark.parametrize(
    ("text", "objective", "family", "words"), CASES, ids=[f"{c[0]}|{c[1]}" for c in CASES]
)
def test_each_deliverable_class_names_its_outcome(
    analyzer: Analyzer, text: str, objective: str | None, family: str, words: str
) -> None:
    (judgement,) = analyzer.classify([text], [objective])
    assert judgement.label == "output", judgement
    assert judgement.outcome_family == family, judgement.suggestion
    assert words in judgement.suggestion, judgement.suggestion
    assert judgement.rewrite and judgement.rewrite.endswith("from [baseline] to [target]")


def test_a_throughput_count_is_worded_as_the_service_it_gives() -> None:
    # tickets handled are support's throughput, not problems reported; the opening verb is no
    # part of what was delivered (whether this is an output at all is a close call, so the
    # suggestion it would get as one is asked for directly)
    from krlint.nlp.classifier import Classifier

    (said,) = Classifier(builtin_lexicons()).suggestions(
        ["Increase tickets handled per agent from 150 to 180"]
    )
    assert said.family == "speed/cycle-time"
    assert "Tickets handled should help customers faster: measure the time to first response" in (
        said.text
    )


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Replan and task decomposition are stable on high-failure tasks", "quality/reliability"),
        ("Scheduler keeps the API success rate at 99%", "quality/reliability"),
    ],
)
def test_a_key_result_about_how_well_or_fast_it_works_names_that_family(
    text: str, family: str
) -> None:
    # nothing krlint knows is delivered, but the key result's own words say it is about how
    # well or how fast something works: what its users meet of that is the outcome
    from krlint.nlp.classifier import Classifier

    (said,) = Classifier(builtin_lexicons()).suggestions([text])
    assert said.family == family, said
    assert said.text.startswith("This work should"), said.text


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # a dashboard people are given is judged by whether they use it …
        ("Ship the admin dashboard for the clinic staff", "adoption/usage"),
        # … a report by the decisions it speeds up
        ("Create a Monthly Financials Dashboard", "speed/cycle-time"),
    ],
)
def test_a_dashboard_is_for_its_users_a_report_for_decisions(text: str, family: str) -> None:
    from krlint.nlp.classifier import Classifier

    (said,) = Classifier(builtin_lexicons()).suggestions([text])
    assert said.family == family, said


def test_the_issue_example_in_full(analyzer: Analyzer) -> None:
    (judgement,) = analyzer.classify(["Write runbooks for tier-1 services"])
    assert judgement.suggestion == (
        "Runbooks should shorten incidents: measure the time to restore tier-1 services after "
        "an incident (from [baseline] to [target])."
    )
    assert judgement.rewrite == (
        "Reduce the time to restore tier-1 services after an incident from [baseline] to [target]"
    )
    assert judgement.deliverable == "runbooks for tier-1 services"


@pytest.mark.parametrize(
    "text",
    [
        "Complete phase 2 of the Atlas programme",  # a name krlint cannot know
        "Finalise the Q3 plan",  # a plan: what it is for depends on the plan
        "Give feedback on the draft",  # feedback, but not to a team: krlint does not guess
        # documentation, but for whom? (a funder, a team, applicants): not assumed to be users'
        "Update the documentation",
        "Write a 10-page strategy document",
        "Write the requirements document for the team",  # a document is any written artefact
        # a query is as often a question as a database query (the line's label is what this test
        # needs to be settled, and the waves 58-59 retrain left "Answer 100 customer queries" at
        # p output 0.547, unclear by 0.003: its deliverable, the same for this test, is asked
        # about in words the weights are sure of)
        "Answer 100 customer queries from the support inbox",
        "Send the quarterly data file to the partners",  # "data" alone names no deliverable
        # an API, module or tool built for one's own use: what it is for is not in its name
        "Build an internal API for the billing service",
        "Write a plugin that checks the build config",
        # "implement" is said of policies, processes and controls as often as of features
        "Implement key rotation for all local databases",
        # a practice for one's own work, not rolled out to teams: no one to take it up
        "Write my personal OKRs for the quarter",
        # learning is not a retrospective's "learnings" (plurals are read in the singular)
        "Complete the Learning Project: learning the craft of writing",
        # a deck or messaging serves a board or a team as often as a sale
        "Refresh the board deck",
        "Write our messaging for the team offsite",
        # a hyphenated word is named by its last part: a post-trip report is no blog post
        "Write a post-trip report for the board",
        # words of other families in the key result are incidental (a "brand" field, "reach"
        # a figure): only how well or how fast it works speaks for itself
        "Store brand, colour and vendor for each material",
        # a band's catalogue is not a song someone learns to play (the verb says that: "learn")
        "Every song in the catalog is fully indexed: metadata, lyrics and audio",
        # a roadmap is published to be followed, not read by an audience
        "Publish the domain roadmaps for each business unit",
        # a system's audit events bring nobody in
        "Every admin action writes an audit event",
        # a TLS certificate is no course certificate, its renewal no customer's
        "Set up TLS certificate renewal for the ingress",
        # streams of feedback are no broadcast
        "Bring all feedback streams into one inbox",
        # work promoted to production is deployed, not advertised
        "All P1 epics promoted to production",
        # a product's filter options are no evaluation of options
        "Sorting options: 4+",
        # a program's network calls are no sales calls
        "Remove network calls from the offline mode",
    ],
)
def test_nothing_known_gives_the_plain_question(analyzer: Analyzer, text: str) -> None:
    (judgement,) = analyzer.classify([text])
    assert judgement.label == "output"
    assert judgement.outcome_family is None and judgement.rewrite is None
    assert judgement.suggestion.startswith("krlint cannot tell what ")
    assert "Measure that, not the work." in judgement.suggestion


# -- the objective's words -----------------------------------------------------------------------
def test_the_objective_chooses_among_a_class_s_measures(analyzer: Analyzer) -> None:
    texts = ["Migrate the search cluster to Elastic 8"] * 3
    plain, cost, speed = analyzer.classify(
        texts, [None, "Cut hosting costs by a third", "Make search faster for users"]
    )
    assert (plain.outcome_family, cost.outcome_family, speed.outcome_family) == (
        "quality/reliability",
        "cost",
        "speed/cycle-time",
    )


def test_an_objective_s_family_the_class_cannot_measure_words_the_suggestion(
    analyzer: Analyzer,
) -> None:
    # a feature is measured by its use — unless the objective says it is for something a
    # feature has no measure of: then the objective's family, in its own words
    plain, for_churn = analyzer.classify(
        ["Ship temporary licenses capability for self-managed customers"] * 2,
        [None, "Reducing churn and contraction"],
    )
    assert plain.outcome_family == "adoption/usage"
    assert for_churn.outcome_family == "retention/churn", for_churn.suggestion
    assert for_churn.suggestion.startswith("Temporary licenses capability should keep people")


@pytest.mark.parametrize(
    "objective",
    [
        "Build the data pipeline end to end",  # a data pipeline is no sales pipeline
        "A new member reaches their first match fast",  # "reaches" a thing, and fast: two names
    ],
)
def test_an_objective_s_word_of_two_meanings_names_no_family(
    analyzer: Analyzer, objective: str
) -> None:
    (judgement,) = analyzer.classify(["Complete phase 2 of the Atlas programme"], [objective])
    assert judgement.outcome_family != "conversion/revenue"
    assert judgement.outcome_family != "reach/engagement"


def test_an_admin_portal_draws_no_visitors(analyzer: Analyzer) -> None:
    admin, public = analyzer.classify(["Admin portal completed and tested", "Launch the portal"])
    assert admin.outcome_family is None, admin.suggestion
    assert public.outcome_family == "reach/engagement", public.suggestion


def test_adopting_a_practice_is_the_team_s_not_users_adoption(analyzer: Analyzer) -> None:
    (judgement,) = analyzer.classify(
        ["Ensure 3 peer reviews for every pull request before merging"],
        ["Adopt and foster an agile and collaborative team practice"],
    )
    assert judgement.outcome_family != "adoption/usage", judgement.suggestion


def test_an_objective_that_names_a_family_words_an_unknown_deliverable(analyzer: Analyzer) -> None:
    without, with_objective = analyzer.classify(
        ["Complete phase 2 of the Atlas programme"] * 2,
        [None, "Keep things reliable for our biggest customers"],
    )
    assert without.outcome_family is None
    assert with_objective.outcome_family == "quality/reliability"
    assert "incidents or defects that reach users" in with_objective.suggestion


@pytest.mark.parametrize(
    ("objective", "family"),
    [
        ("Code health", "quality/reliability"),  # not the health of a person's fitness
        ("Health and fitness", "skills/performance"),
        ("Interop (Interoperability, Compatibility, Conformance)", "quality/reliability"),
        ("Implement core document processing capabilities", None),  # a product's, or a team's
    ],
)
def test_the_longest_cue_in_an_objective_names_its_family(
    analyzer: Analyzer, objective: str, family: str | None
) -> None:
    (judgement,) = analyzer.classify(["Complete phase 2 of the Atlas programme"], [objective])
    assert judgement.outcome_family == family, judgement.suggestion


def test_a_deliverable_named_only_in_the_objective_gets_the_plain_question(
    analyzer: Analyzer,
) -> None:
    # a class the objective merely names was a wrong example as often as a right one on a
    # blind batch ("Deploy Sanidine Stream sub-pod": a data centre, not a video): the question
    (judgement,) = analyzer.classify(
        ["Finish the first draft"], ["Deploy the Stream sub-pod successfully"]
    )
    assert judgement.outcome_family is None
    assert "listeners" not in (judgement.suggestion or "")
    # … while an outcome family the objective names still words the suggestion
    (named,) = analyzer.classify(["Finish the first draft"], ["Make the platform reliable"])
    assert named.outcome_family == "quality/reliability"


@pytest.mark.parametrize(
    ("objective", "quoted"),
    [
        ("Make our API the fastest way for partners to integrate.", True),
        ("让合作伙伴更快完成接入", True),  # one "word" of many characters
        ("O1", False),  # an ID says nothing to point at
        (None, False),
        (" ".join(["grow"] * 20), False),  # a paragraph is too long to quote
    ],
)
def test_the_plain_question_points_at_the_objective_it_serves(
    analyzer: Analyzer, objective: str | None, quoted: bool
) -> None:
    (judgement,) = analyzer.classify(["Update PeerPad to use the IPFS API"], [objective])
    assert judgement.outcome_family is None and judgement.rewrite is None
    assert judgement.suggestion.startswith("krlint cannot tell what PeerPad is meant to change.")
    said = judgement.suggestion
    if quoted:
        assert objective is not None
        assert f'"{objective.rstrip(".")}" is met' in said, said
    else:
        assert "is met" not in said and "What should be different for customers" in said


def test_a_config_rewords_the_question_under_an_objective(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        """\
        lexicon:
          outcome-measures:
            generic-objective: "Which change in {objective} should {subject} bring?"
        """,
    )
    path.write_text(
        "objectives:\n  - objective: Partners integrate in a day\n    key_results:\n"
        "      - Update PeerPad to use the IPFS API\n",
        encoding="utf-8",
    )
    report = Linter(RunOptions(select=("K201",))).lint_paths([str(path)])
    (finding,) = [d for d in report.diagnostics if d.line == 4]
    assert finding.suggestion == "Which change in Partners integrate in a day should PeerPad bring?"


def test_the_objective_never_moves_a_label(analyzer: Analyzer) -> None:
    rows = [
        json.loads(line)
        for line in (ROOT / "corpus" / "key-results.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()[:400]
    ]
    texts = [r["text"] for r in rows]
    objectives = ["Make onboarding effortless, cut costs and keep customers"] * len(texts)
    alone = analyzer.classify(texts)
    together = analyzer.classify(texts, objectives)
    assert [(j.label, j.p_output, j.reason) for j in alone] == [
        (j.label, j.p_output, j.reason) for j in together
    ]


def test_one_objective_per_key_result(analyzer: Analyzer) -> None:
    with pytest.raises(ValueError, match="one objective"):
        analyzer.classify(["Ship X", "Ship Y"], ["Objective"])


def test_check_words_the_suggestion_with_the_objective_above(tmp_path: Path) -> None:
    path = tmp_path / "okrs.yaml"
    path.write_text(
        textwrap.dedent("""\
        objectives:
          - objective: Cut our cloud bill
            key_results:
              - Migrate the reporting jobs to the new cluster
          - objective: Make reports faster for analysts
            key_results:
              - Migrate the reporting jobs to the new cluster
        """),
        encoding="utf-8",
    )
    report = Linter(RunOptions(select=("K201",))).lint_paths([str(path)])
    cost, speed = [d for d in report.diagnostics if d.code == "K201"]
    assert (cost.line, speed.line) == (4, 7)
    assert "running cost" in cost.suggestion and cost.rewrite.startswith("Reduce the running")
    assert "response time" in speed.suggestion


# -- the rewrite template ------------------------------------------------------------------------
def numbers(text: str) -> list[str]:
    """Numbers standing alone: not the digits of a name ("week-1", "p95", "tier-1", "v2")."""
    return re.findall(r"(?<![\w-])\d+(?:[.,]\d+)*(?![\w-])", text)


def assert_no_invented_number(text: str, rewrite: str | None) -> None:
    for number in numbers(rewrite or ""):
        assert number in text, (text, rewrite)


def test_no_rewrite_of_a_corpus_output_holds_a_number_it_did_not_state(analyzer: Analyzer) -> None:
    texts = [
        json.loads(line)["text"]
        for line in (ROOT / "corpus" / "key-results.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    judged = analyzer.classify(texts)
    rewrites = [(t, j.rewrite) for t, j in zip(texts, judged, strict=True) if j.rewrite]
    assert len(rewrites) > 1000
    for text, rewrite in rewrites:
        assert_no_invented_number(text, rewrite)
        if "[baseline]" not in rewrite:  # the key result's own values: both of them, stated
            assert len([n for n in numbers(rewrite) if n in text]) >= 2, (text, rewrite)


WORDS = st.sampled_from(
    [
        "Publish",
        "Write",
        "Host",
        "Hire",
        "Launch",
        "Ship",
        "Migrate",
        "Train",
        "Run",
        "Document",
        "blog",
        "posts",
        "runbooks",
        "webinars",
        "engineers",
        "the",
        "onboarding",
        "checklist",
        "for",
        "tier-1",
        "services",
        "on",
        "API",
        "v2",
        "and",
        "by",
        "Q3",
        "with",
        "attendees",
        "to",
        "from",
        "reach",
        "weekly",
        "active",
        "users",
        "cost",
        "%",
        "$",
        "k",
        "x",
        "–",
    ]
)
NUMBER = st.one_of(
    st.integers(0, 10_000).map(str), st.floats(0, 100, allow_nan=False).map(lambda f: f"{f:.1f}%")
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(WORDS, NUMBER), min_size=1, max_size=14),
    st.one_of(st.none(), st.lists(st.one_of(WORDS, NUMBER), max_size=8).map(" ".join)),
)
def test_a_rewrite_never_invents_a_number(words: list[str], objective: str | None) -> None:
    text = " ".join(words)
    (judgement,) = _ANALYZER.classify([text], [objective])
    assert_no_invented_number(text, judgement.rewrite)
    if judgement.rewrite:
        assert re.search(r" from \S.* to \S", judgement.rewrite)


_ANALYZER = Analyzer()


def test_the_key_result_s_own_values_are_kept_when_they_are_the_outcome_s() -> None:
    lexicons = builtin_lexicons().extended(
        {
            "outcome-measures": {
                "classes": {
                    "webinars": {
                        "terms": ["webinar series"],
                        "measures": [
                            {
                                "family": "conversion/revenue",
                                "verb": "Raise",
                                "measure": "trial conversion of attendees",
                            }
                        ],
                    }
                }
            }
        }
    )
    (judgement,) = Analyzer(lexicons).classify(
        ["Run a webinar series to lift trial conversion from 12% to 18%"]
    )
    if judgement.label == "output":  # the analyser may call this an outcome: then no rewrite
        assert judgement.rewrite == "Raise trial conversion from 12% to 18%"


def test_every_measure_in_the_knowledge_reads_as_an_outcome(analyzer: Analyzer) -> None:
    """Each measure, its slots left to their own words and numbers put in, is judged an outcome:
    a rewrite krlint offers is one it would not flag."""
    from krlint.nlp.suggestions import _ASIDE, _fill

    data = builtin_lexicons().outcome_measures
    specs = [(f"classes.{name}", m) for name, c in data["classes"].items() for m in c["measures"]]
    specs += [(f"families.{name}", f) for name, f in data["families"].items()]
    texts = [
        f"{spec.get('verb', 'Increase')} "
        f"{' '.join(_ASIDE.sub('', _fill(spec['measure'], {})).split())} from 120 to 180"
        for _, spec in specs
    ]
    judged = analyzer.classify(texts)
    assert [t for t, j in zip(texts, judged, strict=True) if j.label != "outcome"] == []


# -- the knowledge as data -----------------------------------------------------------------------
def test_the_built_in_knowledge_is_valid_and_names_only_the_nine_families() -> None:
    data = builtin_lexicons().outcome_measures
    assert outcome_measures_errors(data, "outcome-measures.yaml") == []
    used = {m["family"] for c in data["classes"].values() for m in c["measures"]}
    assert used == set(FAMILIES)
    assert data["capability"] in data["classes"]


def test_no_built_in_term_names_two_classes() -> None:
    """A term two classes share would go to whichever comes first in the file: an accident of
    order, not knowledge. Terms are compared as the matcher reads them (plurals singular)."""
    from krlint.nlp.suggestions import Knowledge

    knowledge = Knowledge(builtin_lexicons().outcome_measures, _ANALYZER.nlp.make_doc)
    named: dict[tuple[str, ...], set[str]] = {}
    for cls in knowledge.classes:
        for term in cls.terms:
            named.setdefault(term, set()).add(cls.name)
    assert {t: sorted(c) for t, c in named.items() if len(c) > 1} == {}


def write_config(tmp_path: Path, body: str | None) -> Path:
    if body is not None:
        (tmp_path / ".krlint.yaml").write_text(textwrap.dedent(body), encoding="utf-8")
    path = tmp_path / "okrs.yaml"
    path.write_text(
        textwrap.dedent("""\
        objectives:
          - objective: Keep funders giving
            key_results:
              - Write 4 grant reports
              - Publish the SOP for tier-1 incidents
        """),
        encoding="utf-8",
    )
    return path


def test_a_config_adds_a_class_and_extends_one(tmp_path: Path) -> None:
    (tmp_path / "with").mkdir()
    (tmp_path / "without").mkdir()
    plain = write_config(tmp_path / "without", None)
    path = write_config(
        tmp_path / "with",
        """\
        lexicon:
          outcome-measures:
            classes:
              grant-reports:
                terms: [grant report]
                says: should keep funders giving
                measures:
                  - family: retention/churn
                    verb: Raise
                    measure: the share of funders who renew their grant
              runbooks:
                terms: [SOP]
        """,
    )
    report = Linter(RunOptions(select=("K201", "K202"))).lint_paths([str(path)])
    by_line = {d.line: d for d in report.diagnostics}
    assert by_line[4].suggestion == (
        "Grant reports should keep funders giving: measure the share of funders who renew "
        "their grant (from [baseline] to [target])."
    )
    assert by_line[4].rewrite == (
        "Raise the share of funders who renew their grant from [baseline] to [target]"
    )
    assert "time to restore tier-1 incidents" in by_line[5].suggestion
    # without the config, krlint says otherwise
    without = Linter(RunOptions(select=("K201", "K202"))).lint_paths([str(plain)])
    before = {d.line: d.suggestion for d in without.diagnostics}
    assert before[4] != by_line[4].suggestion and before[5] != by_line[5].suggestion


def test_a_config_adds_family_cues_and_openers_to_the_built_in_ones(tmp_path: Path) -> None:
    """Like every other lexicon, a config adds words: its cues and openers join krlint's."""
    extended = Analyzer(
        builtin_lexicons().extended(
            {
                "outcome-measures": {
                    "families": {"quality/reliability": {"cues": ["sturdy"]}},
                    "openers": ["greenlight"],
                }
            }
        )
    )
    plain = Analyzer()
    rows = (
        ["Complete phase 2 of the Atlas programme", "Keep things sturdy"],
        ["Complete phase 2 of the Atlas programme", "Keep things reliable"],
        ["Greenlight the runbooks for tier-1 services", None],
    )
    before = [plain.classify([t], [o])[0] for t, o in rows]
    after = [extended.classify([t], [o])[0] for t, o in rows]
    assert before[0].outcome_family is None
    assert after[0].outcome_family == "quality/reliability"
    assert after[0].rewrite == (
        "Reduce incidents or defects that reach users from [baseline] to [target]"
    )
    assert after[1].outcome_family == before[1].outcome_family == "quality/reliability"
    assert before[2].suggestion.startswith("Greenlight the runbooks should")
    assert after[2].suggestion.startswith(
        "The runbooks should shorten incidents: measure the time to restore tier-1 services"
    )
    # the same through a config file, as `krlint check` reads it
    path = write_config(
        tmp_path,
        """\
        lexicon:
          outcome-measures:
            families:
              retention/churn:
                cues: [giving]
        """,
    )
    path.write_text(
        "objectives:\n  - objective: Keep funders giving\n    key_results:\n"
        "      - Complete phase 2 of the Atlas programme\n",
        encoding="utf-8",
    )
    report = Linter(RunOptions(select=("K201", "K202"))).lint_paths([str(path)])
    (finding,) = [d for d in report.diagnostics if d.line == 4]
    assert finding.rewrite is not None and "stay" in finding.rewrite, finding.suggestion


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "lexicon:\n  outcome-measures:\n    classes:\n"
            "      reports:\n        terms: [report]\n",
            "'lexicon.outcome-measures.classes.reports': a new class needs terms (or verbs) and "
            "measures",
        ),
        (
            "lexicon:\n  outcome-measures:\n    classes:\n      runbooks:\n        measures:\n"
            "          - {family: speed, measure: time to restore}\n",
            "'lexicon.outcome-measures.classes.runbooks.measures[0].family': 'speed' is not an "
            "outcome family",
        ),
        (
            "lexicon:\n  outcome-measures:\n    classes:\n      runbooks:\n        measures:\n"
            "          - {family: cost, measure: 'cost of {service}'}\n",
            "unknown slot {service}",
        ),
        (
            "lexicon:\n  outcome-measures: [runbooks]\n",
            "'lexicon.outcome-measures' must be a mapping",
        ),
        (
            "lexicon:\n  outcome-measures:\n    classes:\n      runbooks:\n        terms: [1:1]\n",
            "'lexicon.outcome-measures.classes.runbooks.terms' must be a list of words "
            "(quote '1:1'",
        ),
    ],
)
def test_a_bad_extension_is_one_clear_error(tmp_path: Path, body: str, message: str) -> None:
    path = write_config(tmp_path, body)
    with pytest.raises(ConfigError) as error:
        Linter(RunOptions()).config_for(str(path))
    assert str(error.value).startswith(str(tmp_path / ".krlint.yaml"))
    assert message in str(error.value)


def test_two_configs_that_differ_only_in_outcome_measures_get_their_own_analysers() -> None:
    base = builtin_lexicons()
    extended = base.extended({"outcome-measures": {"classes": {"runbooks": {"terms": ["SOP"]}}}})
    assert extended.fingerprint != base.fingerprint
    assert extended.judged_fingerprint == base.judged_fingerprint  # the weights still fit


# -- where the rewrite is shown ------------------------------------------------------------------
def test_classify_prints_the_rewrite_and_takes_an_objective() -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "krlint",
            "classify",
            "--format",
            "json",
            "--objective",
            "Cut our cloud bill",
            "Migrate billing to Stripe",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    row = json.loads(run.stdout)
    assert row["outcome_family"] == "cost" and row["deliverable"] == "billing"
    assert row["rewrite"] == "Reduce the running cost of billing from [baseline] to [target]"
    table = subprocess.run(
        [sys.executable, "-m", "krlint", "classify", "Migrate billing to Stripe"],
        capture_output=True,
        text=True,
        check=True,
        env={"COLUMNS": "250", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"},
    )
    assert "rewrite" in table.stdout and "Reduce incidents and failures users" in table.stdout


def test_show_and_check_json_carry_the_rewrite(tmp_path: Path) -> None:
    path = tmp_path / "okrs.yaml"
    path.write_text(
        "objectives:\n  - objective: Make onboarding effortless\n"
        "    key_results:\n      - Launch the onboarding checklist\n",
        encoding="utf-8",
    )
    show = subprocess.run(
        [sys.executable, "-m", "krlint", "show", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    (kr,) = json.loads(show.stdout)["files"][0]["objectives"][0]["key_results"]
    assert kr["rewrite"] == "Increase week-1 activation from [baseline] to [target]"
    assert kr["suggestion"].startswith("The onboarding checklist should get new users to value")
    tree = subprocess.run(
        [sys.executable, "-m", "krlint", "show", str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert "→ Increase week-1 activation from [baseline] to [target]" in tree.stdout
    check = subprocess.run(
        [sys.executable, "-m", "krlint", "check", "--output-format", "json", str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    found = {d["code"]: d for d in json.loads(check.stdout)["diagnostics"]}
    assert found["K201"]["rewrite"] == kr["rewrite"]
    assert found["O101"]["suggestion"].endswith(f'e.g. "{kr["rewrite"]}".')


def test_the_documented_table_is_what_krlint_says(analyzer: Analyzer) -> None:
    text = (ROOT / "docs" / "outcome-measures.md").read_text(encoding="utf-8")
    section = text.split("## Suggestions", 1)[1].split("\n## ", 1)[0]
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in section.splitlines()
        if line.startswith("| ") and not line.startswith("| key result")
    ]
    assert len(rows) >= 5
    judged = analyzer.classify([r[0] for r in rows], [r[1] or None for r in rows])
    for row, judgement in zip(rows, judged, strict=True):
        assert row[2] == judgement.suggestion, row[0]
        assert row[3] == (f"`{judgement.rewrite}`" if judgement.rewrite else ""), row[0]


def test_a_class_named_only_outside_the_deliverable_gets_the_plain_question(
    analyzer: Analyzer,
) -> None:
    # "tests" in the deliverable's phrase says what is delivered; "tests" somewhere after the
    # subject is as often beside the point as on it (on a blind batch: 13 right, 11 wrong), so
    # krlint says it does not know rather than guess
    inside, outside = analyzer.classify(
        [
            "Write load tests for every service",
            "Every service has a suite of load tests run before each release",
        ]
    )
    assert inside.suggestion.startswith(
        "Load tests should keep defects away from users: measure escaped defects"
    )
    assert inside.rewrite
    assert outside.suggestion.startswith("krlint cannot tell what service is meant to change.")
    assert not outside.rewrite


def test_knowledge_read_from_plain_words_is_the_knowledge_read_from_docs() -> None:
    """Phrases of plain words skip the Doc (`Pipeline.plain_words`): the compiled knowledge —
    every class's terms and verbs, every family's cues, the purposes — is the same either way."""
    from krlint.nlp.suggestions import Knowledge, Suggester

    pipeline = _ANALYZER._built().pipeline
    lexicons = builtin_lexicons()
    quick = Knowledge(lexicons.outcome_measures, pipeline.nlp.make_doc, pipeline.plain_words)
    slow = Knowledge(lexicons.outcome_measures, pipeline.nlp.make_doc)
    assert quick.classes == slow.classes
    assert quick.families == slow.families
    assert quick.verbs == slow.verbs
    assert (
        Suggester(lexicons, pipeline.nlp.make_doc, pipeline.plain_words)._purposes
        == Suggester(lexicons, pipeline.nlp.make_doc)._purposes
    )


def test_a_class_is_ruled_out_by_its_unless_words(analyzer: Analyzer) -> None:
    # "train" names the training of people; "train 20 models" trains no one, so the class
    # whose term the deliverable does name (machine-learning models) speaks instead
    people, models = analyzer.classify(
        ["Train 40 support agents on the refund policy", "Train 20 models for our region"]
    )
    assert people.suggestion.startswith("The training should build skills people use")
    assert not models.suggestion.startswith("The training")
    assert models.suggestion.startswith("Models should make its answers right")


def test_a_clause_after_the_deliverable_is_not_part_of_its_name(analyzer: Analyzer) -> None:
    # "doesn't" and "we" start a clause about the thing: the name stops before them
    portal, roles = analyzer.classify(
        [
            "Reps Portal doesn't have major functionality missing",
            "Identify the key roles we need to hire",
        ]
    )
    assert portal.deliverable == "Reps Portal"
    assert roles.deliverable is not None and "we" not in roles.deliverable.split()


def test_a_config_adds_unless_words_to_a_built_in_class() -> None:
    from krlint.nlp.lexicon import merge_outcome_measures

    base = {"classes": {"training": {"terms": ["course"], "unless": ["model"], "measures": []}}}
    merged = merge_outcome_measures(base, {"classes": {"training": {"unless": ["robot"]}}})
    assert merged["classes"]["training"]["unless"] == ["robot", "model"]
    assert merged["classes"]["training"]["terms"] == ["course"]


@pytest.mark.parametrize(
    ("text", "not_family"),
    [
        # a score's weights are a model's, not a gym's
        ("Marketplace-specific scoring weights implemented", "skills/performance"),
        # the events software emits bring nobody in
        (
            "Issue close/reopen events update the status field — event coverage: 100%",
            "reach/engagement",
        ),
    ],
)
def test_a_word_of_two_meanings_is_ruled_out_by_its_context(
    analyzer: Analyzer, text: str, not_family: str
) -> None:
    (judgement,) = analyzer.classify([text])
    assert judgement.outcome_family != not_family, judgement.suggestion
