"""The output/outcome judgement: what a key result measures decides, not its first verb."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from krlint.engine import RunOptions
from krlint.measures import vocabulary
from krlint.nlp import Analyzer
from krlint.nlp.lexicon import builtin_lexicons, inflections
from krlint.nlp.model import builtin_model

ROOT = Path(__file__).resolve().parents[1]

OUTPUTS = [
    "Launch the onboarding checklist",
    "Publish 10 blog posts",
    "Hold 5 trainings",
    "Increase the number of blog posts published from 8 to 20",  # outcome verb, output metric
    "Increase story points delivered from 40 to 60",
    "Increase lines of code shipped from 10000 to 20000",
    "Increase test coverage to 80%",  # a property of the team's own artefact
    "Increase inbound leads — create 20 new web pages",  # the scored number is pages made
    "Go live with the new billing system by June 30",
    "SSO is enabled by default",
    "Admins can configure SSO",  # a capability statement
    "Weekly active usage is tracked",  # instrumentation, even of a usage metric
    "100% of employees have access to the VPN",  # provisioning
    "100% of pull requests reviewed by two people",  # the team's own process
    "Hire 3 engineers",
    "10 blog posts published",  # passive, no verb in front
    "Shipped dark mode",
    "Rolled out SSO to all workspaces",
    "Set up the analytics pipeline",
    "Raise prices by 10%",  # a lever the team sets
    "Write 3 runbooks to reduce incident time",  # the number counts runbooks; the purpose is why
    "Read 12 books this year",  # a person's own study, counted
    "Increase ad spend to $20k per month",
    "Host 3 community events",  # events the team holds, with no measure before them
]
OUTCOMES = [
    "Increase week-1 activation from 32% to 45%",
    "Reduce logo churn from 4% to 2%",
    "Launch in 3 new markets generating $1M ARR",  # the measure is ARR
    "Launch the new dashboard so that bounce rate drops from 50% to 35%",
    "NFC authentication >98% success rate",  # noun phrase, threshold, no verb
    "p99 time to first result below 3 s",
    "No gitter downtime",
    "Zero data loss events",  # "events" after a measure held at zero: times it happens
    "No customer data leaks in production",
    "累計PV 10,000達成",  # page views, abbreviated as Japanese and Chinese teams write them
    "95% of customers pay their invoices within 30 days",
    "Raise NPS from 31 to 45",
    "Grow weekly active teams from 800 to 1,200",
    "Cut time to first dashboard from 3 days to 1",  # a time, not a dashboard
    "≥ 95% SLO compliance for 12 consecutive weeks",  # a service level users feel
    "Onboarding duration is reduced by 30%",  # subject first, passive verb
    "Customers spend more than $50 per month",  # what customers spend is not a lever
    "Lose 10 kg by the summer",
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize("text", OUTPUTS)
def test_outputs(analyzer: Analyzer, text: str) -> None:
    (judgement,) = analyzer.classify([text])
    assert judgement.label == "output", (text, judgement)


@pytest.mark.parametrize("text", OUTCOMES)
def test_outcomes(analyzer: Analyzer, text: str) -> None:
    (judgement,) = analyzer.classify([text])
    assert judgement.label == "outcome", (text, judgement)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Shipped the mobile app", "ship"),
        ("Publishing 4 case studies", "publish"),
        ("Hired 2 designers", "hire"),
        ("Wrote the onboarding guide", "write"),
        ("Rolled out the new plan", "roll out"),
        ("HOST 3 meetups", "host"),
        ("Set up the analytics pipeline", "set up"),
        ("Key Result #3: Publish 10 posts", "publish"),
        ("O1.KR2: Ship the app", "ship"),
        ("**KR1:** Host 3 meetups", "host"),
        ("(KR3) Launch the beta", "launch"),
        ("KR1: Launch the beta", "launch"),
        ("- [ ] Migrate billing to Stripe", "migrate"),
    ],
)
def test_head_verb_in_any_inflection_and_after_labels(
    analyzer: Analyzer, text: str, verb: str
) -> None:
    (judgement,) = analyzer.classify([text])
    assert judgement.head_verb == verb
    assert judgement.reason == "activity-verb"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("10 blog posts published", "publish"),  # the number opens the line; the verb closes it
        ("New onboarding flow rolled out to all users", "roll out"),  # not "new"
        ("Number of weekly active teams", None),  # no verb at all
    ],
)
def test_head_verb_of_a_line_that_opens_with_a_noun(
    analyzer: Analyzer, text: str, verb: str | None
) -> None:
    (judgement,) = analyzer.classify([text])
    assert judgement.head_verb == verb, judgement


@pytest.mark.parametrize(
    ("text", "verb", "label"),
    [
        # a line that opens with its subject: the verb after "is/has" decides, not the first word
        ("Onboarding duration is reduced by 30%", "reduce", "outcome"),
        ("Share of voice around core keywords has increased 30%", "increase", "outcome"),
        ("All blog posts are published on time", "publish", "output"),
        # "hold … at" keeps a level; it does not host an event
        ("Hold mobile checkout completion at or above 47%", "hold", "outcome"),
        # the perfect tense after a pronoun says what the author did: the participle leads
        ("I have created position descriptions for 90% of our hiring needs", "create", "output"),
        ("We have shipped the new onboarding flow", "ship", "output"),
        ("We have increased retention to 80%", "increase", "outcome"),
    ],
)
def test_head_verb_after_the_subject(analyzer: Analyzer, text: str, verb: str, label: str) -> None:
    (judgement,) = analyzer.classify([text])
    assert (judgement.head_verb, judgement.label) == (verb, label), judgement


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Share of voice reaches 20%", "share"),  # "share of": a noun
        ("Staff who feel the schedule is fair", "staff"),  # "staff who": a noun
        ("Document how the API is used", "document"),  # a clause word: the imperative stays
    ],
)
def test_first_word_followed_by_of_or_who_is_a_noun(
    analyzer: Analyzer, text: str, word: str
) -> None:
    (judgement,) = analyzer.classify([text])
    assert (judgement.head_verb is None) == (word != "document"), judgement


@pytest.mark.parametrize(
    ("text", "asks_for_activity"),
    [
        # the first word only says what the measure at the end of its noun phrase measures
        ("First contact resolution rate maintained at 70% of client service requests", False),
        ("Code review turnaround time under 24 h", False),
        # the measure names the deliverable that follows it: the activity stays
        ("Conduct monthly NPS survey of 200 customers", True),
    ],
)
def test_a_first_word_that_describes_the_measure_asks_for_no_activity(
    analyzer: Analyzer, text: str, asks_for_activity: bool
) -> None:
    (judgement,) = analyzer.classify([text])
    assert (judgement.first("activity-verb") is not None) == asks_for_activity, judgement
    # never an output once the measure is read (a share "of client service requests" can still
    # leave the first line unsure: the trained weights decide how sure); the activity is never
    # an outcome (output or, near the unclear band where the survey's NPS pulls it, unclear:
    # how sure is the trained weights' to say — 0.507 before waves 50-52 joined, 0.478 after;
    # after waves 55-57, 0.435 until the singular "survey" joined the plural as a deliverable the
    # NPS names, 0.546 since)
    if asks_for_activity:
        assert judgement.label in ("output", "unclear"), judgement
    else:
        assert judgement.label in ("outcome", "unclear"), judgement


def test_the_longest_phrase_names_what_is_counted(analyzer: Analyzer) -> None:
    calls, page, rate = analyzer.classify(
        [
            "Increase the number of sales calls by 25%",  # sales calls made, not sales
            "Launch the pricing page so that visitor-to-trial conversion exceeds 10%",
            "Reduce call abort ratio from 15% to 10%",  # the ratio, not the calls
        ]
    )
    assert calls.label == "output" and calls.first("output-artefact").text == "sales calls"
    assert page.label == "outcome" and page.first("spend") is None
    assert rate.label == "outcome"


def test_what_people_outside_the_team_do_is_not_the_teams_activity(analyzer: Analyzer) -> None:
    done_by_users, time_to, reviewed = analyzer.classify(
        [
            "Quick-start guide completed by a new user in under 10 minutes",
            "Time to create a weekly schedule below 5 minutes",
            "100% of pull requests reviewed by two people",  # the team's own process
        ]
    )
    assert (done_by_users.label, time_to.label, reviewed.label) == ("outcome", "outcome", "output")
    assert done_by_users.first("activity-verb") is None


def test_a_measure_ending_in_a_preposition_takes_its_complement(analyzer: Analyzer) -> None:
    (judgement,) = analyzer.classify(["Cut time to first dashboard from 3 days to 1"])
    assert judgement.first("outcome-metric").text == "time to first dashboard"
    assert judgement.first("instrumentation") is None


def test_a_line_without_words_is_unclear(analyzer: Analyzer) -> None:
    for judgement in analyzer.classify(["KR1:", "- [ ]", "100%"]):
        assert (judgement.label, judgement.confidence, judgement.evidence) == (
            "unclear",
            0.5,
            (),
        ), judgement


def test_a_percent_before_improvement_is_a_rate_not_a_count(analyzer: Analyzer) -> None:
    (judgement,) = analyzer.classify(["At least 30% improvement in energy efficiency"])
    assert judgement.label == "outcome", judgement


def test_inflections_are_regular_english() -> None:
    assert {"ships", "shipped", "shipping"} <= inflections("ship")
    assert {"publishes", "published", "publishing"} <= inflections("publish")
    assert {"hires", "hired", "hiring"} <= inflections("hire")
    assert {"studies", "studied", "studying"} <= inflections("study")
    assert {"agrees", "agreed", "agreeing"} <= inflections("agree")
    # "seed" is a word of its own, not the past of "see": "Seed investors committed"
    assert inflections("see") == {"see", "sees", "seeing"}
    # a last syllable that doubles when stressed: both spellings are made
    assert {"committed", "committing", "referred"} <= inflections("commit") | inflections("refer")
    assert {"visited", "visiting"} <= inflections("visit")


def test_evidence_points_into_the_original_text(analyzer: Analyzer) -> None:
    texts = [
        "KR2: [Publish](https://example.com) 12 blog posts (n)",
        "Launch in 3 new markets generating $1M ARR",
        "Increase the number of webinars from 2 to 6",
    ]
    for text, judgement in zip(texts, analyzer.classify(texts), strict=True):
        assert judgement.evidence, text
        for ev in judgement.evidence:
            assert text[ev.start : ev.end] == ev.text, (text, ev)


def test_reasons_pick_the_rule_that_names_the_evidence(analyzer: Analyzer) -> None:
    verb, metric, milestone = analyzer.classify(
        [
            "Publish 12 blog posts",
            "Increase the number of blog posts from 8 to 20",
            "SSO is enabled by default",
        ]
    )
    assert verb.reason == "activity-verb" and verb.first("activity-verb").text == "Publish"
    assert metric.reason == "output-metric" and metric.first("output-artefact").text == "blog posts"
    assert milestone.reason == "milestone"


def test_an_output_carries_a_suggestion_keyed_by_its_deliverable(analyzer: Analyzer) -> None:
    # the wording per deliverable class is tested in test_suggestions.py
    content, training, hiring = analyzer.classify(
        ["Publish 12 blog posts", "Train 40 support agents", "Hire 3 engineers"]
    )
    assert (content.outcome_family, training.outcome_family, hiring.outcome_family) == (
        "reach/engagement",
        "skills/performance",
        "speed/cycle-time",
    )
    assert content.deliverable == "blog posts" and "readers" in content.rewrite
    assert all(j.suggestion and j.rewrite for j in (content, training, hiring))


def test_outcomes_carry_no_suggestion(analyzer: Analyzer) -> None:
    (judgement,) = analyzer.classify(["Reduce logo churn from 4% to 2%"])
    assert judgement.suggestion is None and judgement.rewrite is None


def test_declared_kind_accepts_a_deliberate_output_but_still_counts_it(lint) -> None:  # type: ignore[no-untyped-def]
    source = """
        objectives:
          - objective: Be ready for the audit
            key_results:
              - kr: Complete the SOC 2 evidence collection
                kind: milestone
              - Launch the trust centre page
    """
    found = lint(source, "K201", "K203", "O101")
    assert ("K201", 7, 9) in found  # the undeclared output is still reported
    assert not any(code == "K203" or (code == "K201" and line == 5) for code, line, _ in found)
    assert ("O101", 3, 16) in found  # the milestone still counts as an output


def test_user_lexicon_additions_change_the_judgement(tmp_path: Path) -> None:
    from krlint.diagnostics import Severity  # noqa: F401 - keeps the import cost in this test
    from krlint.engine import Linter

    (tmp_path / ".krlint.yaml").write_text(
        "lexicon:\n  activity-verbs: [frobnicate]\n", encoding="utf-8"
    )
    (tmp_path / "okrs.yaml").write_text(
        "objectives:\n  - objective: Tidy the widgets\n    key_results:\n"
        "      - Frobnicate the widget catalogue\n      - Raise NPS from 31 to 45\n",
        encoding="utf-8",
    )
    report = Linter(RunOptions(select=("K201",))).lint_paths([str(tmp_path / "okrs.yaml")])
    assert [(d.code, d.line, d.column) for d in report.diagnostics] == [("K201", 4, 9)]
    assert "Frobnicate" in report.diagnostics[0].message


def test_classify_cli_json_lines_in_input_order() -> None:
    texts = ["Raise NPS from 31 to 45", "Publish 12 blog posts", "Hire 2 engineers"]
    run = subprocess.run(
        [sys.executable, "-m", "krlint", "classify", "--format", "json", *texts],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["text"] for r in rows] == texts
    assert [r["label"] for r in rows] == ["outcome", "output", "output"]
    assert set(rows[1]) >= {
        "text",
        "label",
        "confidence",
        "evidence",
        "suggestion",
        "p_output",
        "sure",
    }
    assert rows[1]["sure"] is True and rows[1]["p_output"] > 0.9
    assert rows[1]["evidence"][0] == {
        "kind": "activity-verb",
        "text": "Publish",
        "start": 0,
        "end": 7,
    }
    assert rows[0]["baseline"] == {"text": "31", "start": 15, "end": 17}
    assert rows[0]["target"] == {"text": "45", "start": 21, "end": 23}
    assert rows[2]["baseline"] is None


@pytest.mark.parametrize(
    ("text", "baseline", "target"),
    [
        ("Increase week-1 activation from 32% to 45%", "32%", "45%"),  # "week-1" names the cohort
        ("NFC authentication >98% success rate", None, ">98%"),
        ("p99 time to first result below 3 s", None, "below 3 s"),  # "p99" names the percentile
        ("Grow revenue by 20% (currently $2.1M)", "$2.1M", "by 20%"),
        ("Launch in 3 new markets generating $1M ARR", None, "$1M"),  # the purpose is scored
        ("Publish at least 10 blog posts", None, "at least 10"),
        # a bound written onto its number aims, after "from baseline" too
        ("Maintenance time reduced from baseline ≥80%", None, "≥80%"),
        ("Launch the onboarding checklist", None, None),
        # an arrow leads from the baseline to the target, whatever the word before them
        ("Increase NPS of 30 → 45", "30", "45"),
        ("Rétention J7 passe de 30% → 40%", "30%", "40%"),
    ],
)
def test_target_and_baseline(
    analyzer: Analyzer, text: str, baseline: str | None, target: str | None
) -> None:
    (judgement,) = analyzer.classify([text])
    for found, expected in ((judgement.baseline, baseline), (judgement.target, target)):
        assert (found and found.text) == expected, (text, judgement)
        if found:
            assert text[found.start : found.end] == found.text


def test_classify_cli_reads_standard_input() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "krlint", "classify", "--format", "json"],
        input="Publish 12 blog posts\n\nRaise NPS from 31 to 45\n",
        capture_output=True,
        text=True,
        check=True,
    )
    assert [json.loads(line)["label"] for line in run.stdout.splitlines()] == ["output", "outcome"]


def test_classify_cli_ignores_a_byte_order_mark_and_crlf() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "krlint", "classify", "--format", "json"],
        input="\ufeffPublish 12 blog posts\r\nRaise NPS from 31 to 45\r\n",
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(r["text"], r["head_verb"]) for r in rows] == [
        ("Publish 12 blog posts", "publish"),
        ("Raise NPS from 31 to 45", "raise"),
    ]


def test_invisible_characters_do_not_hide_the_verb(analyzer: Analyzer) -> None:
    text = "\u200bShip the export API"
    (judgement,) = analyzer.classify([text])
    assert judgement.head_verb == "ship"
    assert all(text[e.start : e.end] == e.text for e in judgement.evidence)


# -- the shipped weights ----------------------------------------------------------------------
CORPUS = ROOT / "corpus" / "key-results.jsonl"


def dev_rows() -> list[dict]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return [
        r
        for r in rows
        if r["split"] == "dev" and r["label"] in ("output", "outcome") and not r.get("ambiguous")
    ]


def test_corpus_is_labelled_split_by_organisation_and_sourced() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 400
    assert all(r["label"] in ("output", "outcome", "unclear") and r["source"] for r in rows)
    train = {r["group"] for r in rows if r["split"] == "train"}
    dev = {r["group"] for r in rows if r["split"] == "dev"}
    assert train and dev and not train & dev  # no organisation is on both sides


def test_dev_accuracy_holds(analyzer: Analyzer) -> None:
    """A floor under the published figures (docs/accuracy.md): a change to lexicons or features
    that breaks the judgement fails here, not in a user's CI. Scored by the benchmark's own
    function, so the floor and the published macro-F1 are one computation."""
    sys.path.insert(0, str(ROOT / "bench"))
    from accuracy import scores

    rows = dev_rows()
    predicted = [j.label for j in analyzer.classify([r["text"] for r in rows])]
    assert scores([r["label"] for r in rows], predicted)["macro-F1"] >= 0.80


def test_shipped_weights_are_reproducible_from_the_corpus(tmp_path: Path) -> None:
    """The weights file is what the training script makes from the corpus and the lexicons as
    they are now: edit a lexicon or the corpus without retraining and this fails."""
    shipped = builtin_model()
    assert shipped is not None
    assert shipped.meta and shipped.meta.get("lexicons") == builtin_lexicons().judged_fingerprint
    assert shipped.meta.get("measures") == vocabulary().fingerprint
    pytest.importorskip("numpy")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_classifier as trainer
    finally:
        sys.path.pop(0)
    rows = trainer.load("train")
    params = shipped.meta["params"]
    feats = trainer.featurise([r["text"] for r in rows])
    import numpy as np

    y = np.array([r["label"] == "output" for r in rows], dtype=float)
    from krlint.nlp.classifier import HAND_WEIGHTS

    fresh = trainer.fit(feats, y, prior=HAND_WEIGHTS, **params)
    assert set(fresh.weights) == set(shipped.weights)
    assert max(abs(fresh.weights[k] - shipped.weights[k]) for k in fresh.weights) < 1e-3


def test_a_weight_on_a_feature_no_stage_produces_is_refused() -> None:
    from krlint.nlp.features import names
    from krlint.nlp.model import LinearModel

    with pytest.raises(ValueError, match="f:head_activty"):
        LinearModel({"f:head_activty": 2.0}, 0.0)  # a typo must not silently weigh zero
    with pytest.raises(ValueError, match="f:verb_measures=sales"):
        LinearModel({names.verb_measures("sales"): 1.0}, 0.0)
    # engineered, parametrised and lexical names are all accepted
    LinearModel(
        {
            names.HEAD_ACTIVITY: 2.0,
            names.head_family("content"): 0.5,
            names.verb_measures("spend"): 1.5,
            "w:blog_post": 0.1,
            "cnt:post": 0.2,
        },
        0.0,
    )
    shipped = builtin_model()
    assert shipped is not None and not names.unknown(shipped.weights)


def test_shipped_calibration_gate_and_context_are_reproducible() -> None:
    """Platt scaling on held-out folds, the gate the training script states, and the file
    context: what it writes, from the corpus as it is."""
    shipped = builtin_model()
    assert shipped is not None and shipped.meta
    np = pytest.importorskip("numpy")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_classifier as trainer
    finally:
        sys.path.pop(0)
    rows = trainer.load("train")
    feats = trainer.featurise([r["text"] for r in rows])
    y = np.array([r["label"] == "output" for r in rows], dtype=float)
    z = trainer.held_out_scores(rows, feats, **shipped.meta["params"])
    slope, intercept = trainer.platt(z, y)
    assert abs(slope - shipped.slope) < 1e-3 and abs(intercept - shipped.intercept) < 1e-3
    assert shipped.gate == trainer.GATE
    # … and how a file moves each judgement, fitted on the same held-out scores
    context = trainer.fit_context(rows, slope * z + intercept)
    assert shipped.context is not None
    assert abs(context.own - shipped.context.own) < 1e-3
    assert abs(context.others - shipped.context.others) < 1e-3
    assert abs(context.bias - shipped.context.bias) < 1e-3


def test_lexicon_terms_built_from_their_words_are_the_docs_the_tokenizer_makes(analyzer) -> None:
    """`Pipeline.term_doc` skips the tokenizer for plain words: every term and phrase of the
    built-in lexicons (and special cases such as "cannot") gives the same tokens either way."""
    import yaml

    from krlint.paths import data_dir

    pipeline = analyzer._built().pipeline
    terms: set[str] = {"cannot do it", "Cannot", "gonna ship", "a b", "x", "e g", "", "don't"}

    def walk(value: object) -> None:
        if isinstance(value, str):
            terms.add(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted((data_dir() / "lexicons").glob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert len(terms) > 1000

    def tokens(doc: Any) -> list[tuple[str, str, int, str]]:
        return [(t.text, t.whitespace_, t.idx, t.norm_) for t in doc]

    for term in sorted(terms):
        assert tokens(pipeline.term_doc(term)) == tokens(pipeline.nlp.make_doc(term)), term


def _features(text: str) -> dict[str, float]:
    from krlint.nlp.classifier import Classifier

    (x,) = Classifier(builtin_lexicons()).extract_all([text])
    return x.features


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("100% of sessions have a report", True),  # the team's process, done to a standard
        ("All code passes linters", True),
        ("Breakeven every month", False),  # a cadence, not a share of things
        ("x% of employees have taken time off each quarter", False),
        ("Develop at least one All-State player", False),  # "All-" opens a name
    ],
)
def test_a_share_of_things_is_not_a_cadence_or_a_name(text: str, share: bool) -> None:
    from krlint.nlp.features import names as F

    assert (F.SHARE_OF_THINGS in _features(text)) is share


def test_a_deliverable_before_a_word_for_people_describes_whom_the_number_counts(
    analyzer: Analyzer,
) -> None:
    attendees, posts = analyzer.classify(
        ["Achieve 10,000 monthly active event attendees", "Host 10 events"]
    )
    assert attendees.first("output-artefact") is None and attendees.label == "outcome"
    assert posts.first("output-artefact").text == "events" and posts.label == "output"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Partners are happy with the programme", True),
        ("Engineers feel more confident deploying on Fridays", True),
        ("New team members are ready to drive customer meetings", False),  # readiness we provide
        ("Customers are onboarded within 5 days", False),  # what the team did to them
    ],
)
def test_how_people_outside_the_work_are_is_what_they_do(text: str, state: bool) -> None:
    from krlint.nlp.features import names as F

    features = _features(text)
    assert (F.PEOPLE_ACT in features or F.INTERNAL_ACT in features) is state


def test_a_unit_written_onto_its_number_reads_as_one_written_apart() -> None:
    # "500ms" is one token to spaCy; the measures the rules read already split its unit off,
    # and the classifier's features must agree ("Page loads < 2s" is a threshold on a time)
    from krlint.nlp.classifier import Classifier

    classifier = Classifier(builtin_lexicons())
    for glued, apart in [
        ("Trade execution < 500ms", "Trade execution < 500 ms"),
        ("Page loads < 2s", "Page loads < 2 s"),
    ]:
        x, y = classifier.extract_all([glued, apart])
        assert {k for k in x.features if k.startswith("f:")} == {
            k for k in y.features if k.startswith("f:")
        }, (glued, apart)


@pytest.mark.parametrize(
    ("text", "feature", "present"),
    [
        # the team's reviewers, counted or plain "people", do its own work: no people outside
        ("100% of pull requests reviewed by two people", "f:people", False),
        ("Every design approved by 3 people on the panel", "f:people", False),
        # someone outside the team doing something is the outcome
        ("Quick-start guide completed by a new user in under 10 minutes", "f:people", True),
        ("200 people attend the launch event", "f:people", True),
        ("Customers rely on the API for billing", "f:people", True),
        # what is only tracked is not a change the key result claims: no measure …
        ("Weekly active usage is tracked", "f:metric", False),
        # … with a target, or after a verb of change, it is the measure
        ("Weekly active usage ≥ 40% (tracked in Amplitude)", "f:metric", True),
        ("Increase the usage of our API, as measured by request logs", "f:metric", True),
    ],
)
def test_who_acts_and_what_is_measured(text: str, feature: str, present: bool) -> None:
    from krlint.nlp.classifier import Classifier
    from krlint.nlp.features import names as F

    assert feature in (F.PEOPLE, F.METRIC)
    (extracted,) = Classifier(builtin_lexicons()).extract_all([text])
    assert (feature in extracted.features) == present, extracted.features


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("No downtime during the migration", True),
        # a zero opens the noun phrase whose measure it holds at zero …
        ("Zero cross-tenant data-access incidents", True),
        # … but not across the words that end it
        ("Zero tickets closed by the on-call incidents rota", False),
    ],
)
def test_a_zero_holds_the_measure_of_its_noun_phrase(text: str, present: bool) -> None:
    from krlint.nlp.classifier import Classifier
    from krlint.nlp.features import names as F

    (extracted,) = Classifier(builtin_lexicons()).extract_all([text])
    assert (F.ZERO_METRIC in extracted.features) == present, extracted.features


@pytest.mark.parametrize(
    "text",
    [
        # a hyphen joined to the word before makes one word: "Must-haves" is no "have" clause
        "all eight Must-haves in 14-moscow-method.md live in production by 2027-01-31",
        # what a deliverable holds, after "with" and with no number: no purpose
        "Dashboard with revenue and profit charts",
        "a seed data room with pilot results and cohort retention",
    ],
)
def test_no_purpose_is_read_where_the_words_state_none(analyzer: Analyzer, text: str) -> None:
    (judgement,) = analyzer.classify([text])
    assert "purpose" not in {e.kind for e in judgement.evidence}, judgement.evidence


def test_with_and_its_number_is_still_the_purpose(analyzer: Analyzer) -> None:
    (judgement,) = analyzer.classify(["Launch in 3 new markets with $1M ARR"])
    assert "purpose" in {e.kind for e in judgement.evidence}
    assert judgement.label == "outcome"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # how well the team keeps its own commitments is its own process
        (
            "Achieve a 90% completion rate of tasks committed at the start of each sprint across "
            "all team members",
            "compliance",
        ),
        ("Maintain a Say/Do ratio of 80%", "team-artefact"),
        ("Session report completion rate 100%", "team-artefact"),
    ],
)
def test_the_teams_own_commitments_are_its_process(
    analyzer: Analyzer, text: str, kind: str
) -> None:
    (judgement,) = analyzer.classify([text])
    assert kind in {e.kind for e in judgement.evidence}, judgement.evidence
    assert judgement.label != "outcome", judgement


def test_a_rate_of_users_tasks_is_still_theirs(analyzer: Analyzer) -> None:
    (judgement,) = analyzer.classify(
        ["Raise the completion rate of onboarding tasks by new users to 80%"]
    )
    assert judgement.label == "outcome"
    assert "compliance" not in {e.kind for e in judgement.evidence}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a change asked of a result, with no number yet
        ("Reduce unproductive technical travel", True),
        ("Reduzir inadimplência", True),  # (read in English: "reduce …")
        # with a number, or over the team's own artefacts, or no verb of change: not this one
        ("Reduce churn from 5% to 3%", False),
        ("Increase the number of blog posts", False),
        ("Build the onboarding dashboard", False),
    ],
)
def test_a_verb_of_change_with_no_number_yet(text: str, present: bool) -> None:
    from krlint.nlp.features import names as F

    assert (F.OUTCOME_VERB_UNMEASURED in _features(text)) is present
