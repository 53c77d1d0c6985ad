"""K201–K208: rules about one key result. Outputs and outcomes here are clear-cut cases only.

Each key result sits under `  - objective: …\\n    key_results:\\n      - `, so its text starts
at line 4, column 9 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

HEAD = """\
objectives:
  - objective: Make onboarding effortless
    key_results:
"""


def one(text: str) -> str:
    return HEAD + f"      - {text}\n      - Raise NPS of new teams from 31 to 45\n"


OUTPUT_RULES = ("K201", "K202", "K203")


def test_k201_activity_verb(lint) -> None:
    assert lint(one("Launch the onboarding checklist"), "K201") == [("K201", 4, 9)]


def test_k201_marks_the_verb_in_any_inflection(tmp_path) -> None:
    from krlint.engine import Linter, RunOptions

    (tmp_path / "okrs.yaml").write_text(one("Launching the onboarding checklist"))
    [d] = Linter(RunOptions(select=("K201",))).lint_paths([str(tmp_path / "okrs.yaml")]).diagnostics
    assert (d.line, d.column, d.end_column) == (4, 9, 18)
    assert '"Launching"' in d.message


@pytest.mark.parametrize(
    "text",
    [
        "Increase week-1 activation from 32% to 45%",
        "Reduce churn from 4% to 2%",
    ],
)
def test_output_rules_leave_outcomes_alone(lint, text: str) -> None:
    assert lint(one(text), *OUTPUT_RULES) == []


@pytest.mark.parametrize(
    "text", ["Publish 12 blog posts", "Host 4 webinars", "Launch the onboarding checklist"]
)
def test_an_output_is_reported_once(lint, text: str) -> None:
    assert len(lint(one(text), *OUTPUT_RULES)) == 1


def test_k202_output_metric_points_at_the_artefact(lint) -> None:
    assert lint(one("Increase the number of blog posts published from 8 to 20"), *OUTPUT_RULES) == [
        ("K202", 4, 32)
    ]


def test_k202_not_for_an_outcome_measure(lint) -> None:
    assert (
        lint(one("Increase organic sign-ups from blog readers from 200 to 500 a month"), "K202")
        == []
    )


def test_declared_outputs_are_not_reported_by_the_output_rules(lint) -> None:
    assert (
        lint(
            HEAD
            + """\
      - kr: Launch the onboarding checklist
        kind: milestone
      - kr: Publish 12 blog posts
        kind: output
      - Increase week-1 activation from 32% to 45%
""",
            *OUTPUT_RULES,
        )
        == []
    )


def test_k201_per_item_disable_by_code_or_name(lint) -> None:
    assert lint(
        HEAD
        + """\
      - kr: Launch the onboarding checklist
        krlint: {disable: [K201]}
      - kr: Launch the help centre
        krlint: {disable: [activity-verb]}
      - Launch the status page
""",
        "K201",
    ) == [("K201", 8, 9)]


def test_k204_not_measurable(lint) -> None:
    assert lint(one("Increase customer happiness"), "K204") == [("K204", 4, 9)]


@pytest.mark.parametrize(
    "text",
    [
        "Raise CSAT from 4.1 to 4.5",
        "No sev-1 incidents this quarter",
        "Keep p99 latency below 300 ms",
    ],
)
def test_k204_measurable(lint, text: str) -> None:
    assert lint(one(text), "K204") == []


def test_k204_target_field_counts_as_a_measure(lint) -> None:
    assert (
        lint(
            HEAD
            + """\
      - kr: Make customers happier
        target: 4.5
""",
            "K204",
        )
        == []
    )


def test_k205_no_baseline(lint) -> None:
    assert lint(one("Increase week-1 activation to 45%"), "K205") == [("K205", 4, 9)]


def test_k205_baseline_in_text_or_field(lint) -> None:
    assert lint(one("Increase week-1 activation from 32% to 45%"), "K205") == []
    assert (
        lint(
            HEAD
            + """\
      - kr: Increase week-1 activation to 45%
        baseline: 32
""",
            "K205",
        )
        == []
    )


def test_k206_vague_verb(lint) -> None:
    assert lint(one("Improve the onboarding experience"), "K206") == [("K206", 4, 9)]
    assert lint(one("Work on customer retention"), "K206") == [("K206", 4, 9)]


def test_k206_vague_verb_with_a_measure(lint) -> None:
    assert lint(one("Improve week-1 retention from 40% to 55%"), "K206") == []


def test_k207_compound_points_at_the_second_measure(lint) -> None:
    assert lint(one("Raise NPS from 31 to 45 and cut churn from 4% to 2%"), "K207") == [
        ("K207", 4, 37)
    ]


def test_k207_and_inside_one_measure(lint) -> None:
    assert lint(one("Grow sales and marketing qualified leads from 120 to 200"), "K207") == []


def test_k208_duplicate_key_result(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Grow revenue
            key_results:
              - Reach $2M ARR from $1.4M
              - Cut churn from 4% to 2%
          - objective: Keep customers
            key_results:
              - "Cut churn from 4 % to 2 %."
              - cut  churn from 4% to 2%
        """,
        "K208",
    ) == [("K208", 8, 10), ("K208", 9, 9)]


def test_k208_distinct_key_results(lint) -> None:
    assert (
        lint(
            """\
        objectives:
          - objective: Grow revenue
            key_results:
              - Cut churn from 4% to 2%
              - Cut churn from 4% to 3%
        """,
            "K208",
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Launch the onboarding checklist",  # a deliverable: K201 says what is wrong with it
        "SSO is enabled by default",  # a milestone: K203
        "Improve the onboarding experience",  # a vague verb: K206 says it
        "Read a book a month",  # a rate is measurable
        "Keep on-call incidents within agreed SLOs",  # a threshold against a named bound
    ],
)
def test_k204_one_finding_per_problem(lint, text: str) -> None:
    assert lint(one(text), "K204") == []


def test_k204_not_on_every_sibling_deliverable(lint) -> None:
    assert lint(
        HEAD
        + """\
      - Export implemented
      - Import documented
      - Sync released
      - Customers trust our numbers
""",
        "K204",
    ) == [("K204", 7, 9)]
