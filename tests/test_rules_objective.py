"""O101–O106: rules about an objective as a whole. Outputs and outcomes here are clear-cut."""

from __future__ import annotations

from conftest import lint_text
from krlint.engine import RunOptions


def test_o101_output_only_objective(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Become the go-to voice on analytics
            key_results:
              - Publish 12 blog posts
              - Host 4 webinars
        """,
        "O101",
    ) == [("O101", 2, 16)]


def test_o101_message_counts_the_key_results(tmp_path) -> None:
    one, two = (
        lint_text(
            tmp_path,
            "objectives:\n  - objective: Grow\n    key_results:\n"
            + "".join(f"      - {kr}\n" for kr in krs),
        )
        for krs in (["Publish 12 blog posts"], ["Publish 12 blog posts", "Host 4 webinars"])
    )
    assert [d.message for d in one if d.code == "O101"] == [
        '"Grow": its only key result is an output — nothing shows whether the objective is met'
    ]
    assert [d.message for d in two if d.code == "O101"] == [
        '"Grow": all 2 key results are outputs — nothing shows whether the objective is met'
    ]


def test_o101_not_when_one_key_result_is_an_outcome(lint) -> None:
    assert (
        lint(
            """\
        objectives:
          - objective: Make onboarding effortless
            key_results:
              - Launch the onboarding checklist
              - Increase week-1 activation from 32% to 45%
        """,
            "O101",
        )
        == []
    )


def test_o101_declared_outputs_still_count(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Make onboarding effortless
            key_results:
              - kr: Launch the onboarding checklist
                kind: milestone
              - kr: Publish 12 blog posts
                kind: output
        """,
        "O101",
        "K201",
        "K202",
        "K203",
    ) == [("O101", 2, 16)]


def test_o101_declared_metric_is_not_an_output(lint) -> None:
    assert (
        lint(
            """\
        objectives:
          - objective: Make onboarding effortless
            key_results:
              - Publish 12 blog posts
              - kr: Host 4 webinars
                kind: metric
        """,
            "O101",
        )
        == []
    )


def test_o101_per_item_disable(lint) -> None:
    assert (
        lint(
            """\
        objectives:
          - objective: Become the go-to voice on analytics
            krlint: {disable: [O101]}
            key_results:
              - Publish 12 blog posts
              - Host 4 webinars
        """,
            "O101",
        )
        == []
    )


def test_o102_no_key_results(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Delight our customers
          - objective: Keep customers
            key_results: []
          - objective: Grow revenue
            key_results: [Reach $2M ARR from $1.4M, Cut churn from 4% to 2%]
        """,
        "O102",
    ) == [("O102", 2, 16), ("O102", 3, 16)]


def test_o103_too_many_key_results(lint) -> None:
    krs = "\n".join(f"      - Raise metric {n} from {n}% to {n + 10}%" for n in range(1, 7))
    assert lint(
        "objectives:\n  - objective: Grow the business\n    key_results:\n" + krs, "O103"
    ) == [("O103", 2, 16)]


def test_o103_five_is_fine_by_default(lint) -> None:
    krs = "\n".join(f"      - Raise metric {n} from {n}% to {n + 10}%" for n in range(1, 6))
    assert (
        lint("objectives:\n  - objective: Grow the business\n    key_results:\n" + krs, "O103")
        == []
    )


def test_o103_max_is_configurable(tmp_path, lint) -> None:
    (tmp_path / ".krlint.yaml").write_text("max-key-results: 2\n")
    assert lint(
        """\
        objectives:
          - objective: Grow the business
            key_results:
              - Reach $2M ARR from $1.4M
              - Cut churn from 4% to 2%
              - Raise NPS from 31 to 45
        """,
        "O103",
    ) == [("O103", 2, 16)]


def test_o104_too_few_key_results(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Grow the business
            key_results:
              - Reach $2M ARR from $1.4M
          - objective: Keep customers
            key_results:
              - Cut churn from 4% to 2%
              - Raise NPS from 31 to 45
        """,
        "O104",
    ) == [("O104", 2, 16)]


def test_o104_min_from_rules_options(tmp_path, lint) -> None:
    (tmp_path / ".krlint.yaml").write_text("rules: {O104: {min: 3}}\n")
    assert lint(
        """\
        objectives:
          - objective: Keep customers
            key_results:
              - Cut churn from 4% to 2%
              - Raise NPS from 31 to 45
        """,
        "O104",
    ) == [("O104", 2, 16)]


def test_o105_mostly_outputs(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Make onboarding effortless
            key_results:
              - Launch the onboarding checklist
              - Publish 12 blog posts
              - Increase week-1 activation from 32% to 45%
        """,
        "O105",
        "O101",
    ) == [("O105", 2, 16)]


def test_o105_not_at_half(lint) -> None:
    assert (
        lint(
            """\
        objectives:
          - objective: Make onboarding effortless
            key_results:
              - Launch the onboarding checklist
              - Increase week-1 activation from 32% to 45%
        """,
            "O105",
        )
        == []
    )


def test_o105_all_outputs_is_o101_instead(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Make onboarding effortless
            key_results:
              - Launch the onboarding checklist
              - Host 4 webinars
        """,
        "O105",
        "O101",
    ) == [("O101", 2, 16)]


def test_o106_metric_in_objective(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Increase ARR from $1.4M to $2M
            key_results:
              - Raise trial conversion from 9% to 14%
              - Reduce churn from 4% to 2%
        """,
        "O106",
    ) == [("O106", 2, 16)]


def test_o106_qualitative_objective(lint) -> None:
    assert (
        lint(
            """\
        objectives:
          - objective: Become the obvious choice for small finance teams in 2026
            key_results:
              - Raise trial conversion from 9% to 14%
              - Reduce churn from 4% to 2%
        """,
            "O106",
        )
        == []
    )


def test_selection_by_name_and_prefix(lint) -> None:
    source = """\
        objectives:
          - objective: Increase ARR from $1.4M to $2M
            key_results:
              - Raise trial conversion from 9% to 14%
        """
    assert lint(source, options=RunOptions(select=("metric-in-objective",))) == [("O106", 2, 16)]
    assert lint(source, options=RunOptions(select=("O",))) == [("O104", 2, 16), ("O106", 2, 16)]
    assert lint(source, options=RunOptions(select=("O",), ignore=("O104",))) == [("O106", 2, 16)]
