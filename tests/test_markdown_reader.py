"""The Markdown reader: one fixture per convention, asserting structure and (line, column).

Positions are 1-based and point at the first character of the key result's text, after the
bullet, checkbox, label and bold markers, so every output format can underline the right words.
"""

from __future__ import annotations

import textwrap

import pytest

from krlint.loaders import read_text, reader_for
from krlint.loaders.markdown import read_markdown
from krlint.loaders.markdown.blocks import unescaped_markers
from krlint.loaders.okr_text import parse_label as parse
from krlint.loaders.okr_text import period_of, section_kind
from krlint.model import OkrFile, Span


def read(source: str, path: str = "okrs.md") -> tuple[OkrFile, list[tuple[str, int, int, str]]]:
    result = read_markdown(path, textwrap.dedent(source))
    problems = [(p.code or "", p.span.line, p.span.column, p.message) for p in result.problems]
    return result.file, problems


def structure(okr_file: OkrFile) -> list[tuple[str, tuple[int, int], list[tuple[str, int, int]]]]:
    """(objective, (line, column), [(key result, line, column)]) for every objective."""
    return [
        (
            o.text,
            (o.span.line, o.span.column),
            [(kr.text, kr.span.line, kr.span.column) for kr in o.key_results],
        )
        for o in okr_file.objectives
    ]


def test_heading_per_objective_with_bullets_beneath() -> None:
    okr_file, problems = read("""\
        # Platform team

        ## Make deploys boring

        Some context nobody should judge.

        - Cut failed deploys from 12% to 3%
        - Median deploy time under 10 minutes

        ## Keep customers
        * Raise 90-day retention from 71% to 80%
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Make deploys boring",
            (3, 4),
            [
                ("Cut failed deploys from 12% to 3%", 7, 3),
                ("Median deploy time under 10 minutes", 8, 3),
            ],
        ),
        ("Keep customers", (10, 4), [("Raise 90-day retention from 71% to 80%", 11, 3)]),
    ]
    assert okr_file.reader == "markdown"
    assert [kr.id for _, kr in okr_file.key_results()] == ["O1.KR1", "O1.KR2", "O2.KR1"]


def test_key_results_sub_heading_and_notes_are_ignored() -> None:
    okr_file, problems = read("""\
        ## Grow the community

        > Draft: numbers still to be agreed.

        We want more people to stay.

        ### Key results

        1. 30 monthly contributors, up from 12
        2. **Halve** time to first review

        ### Initiatives

        - Run a docs sprint
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Grow the community",
            (1, 4),
            [
                ("30 monthly contributors, up from 12", 9, 4),
                ("Halve time to first review", 10, 6),
            ],
        ),
    ]


def test_labelled_bullets_nested() -> None:
    okr_file, problems = read("""\
        Our OKRs for the year are:

        - Objective: grow an open source community
          - Key result: 30 contributors by end of year
          - Initiative: run two hackathons
        - **Objective 2:** get into production systems
          - **Key result:** 20 case studies published
        """)
    assert problems == []
    assert structure(okr_file) == [
        ("grow an open source community", (3, 14), [("30 contributors by end of year", 4, 17)]),
        ("get into production systems", (6, 20), [("20 case studies published", 7, 21)]),
    ]
    assert okr_file.objectives[1].fields["label"] == "Objective 2"


def test_labelled_lines_flat_and_bold() -> None:
    okr_file, problems = read("""\
        **Objective:** Customers trust our uptime

        **Key result:** 99.95% availability every month
        - KR2: Zero incidents older than 30 days
        - Task: write the runbook

        Objective: **Faster support**
        - Key result: first reply in under 2 hours
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Customers trust our uptime",
            (1, 16),
            [
                ("99.95% availability every month", 3, 17),
                ("Zero incidents older than 30 days", 4, 8),
            ],
        ),
        ("Faster support", (7, 14), [("first reply in under 2 hours", 8, 15)]),
    ]


def test_checkbox_bullets_keep_done_and_skip_subtasks() -> None:
    okr_file, problems = read("""\
        ### Ship a stable release

        - [x] Crash-free sessions above 99.5% (WIP: almost there)
          - [ ] add a crash reporter
        - [ ] 5 teams run it in production
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Ship a stable release",
            (1, 5),
            [
                ("Crash-free sessions above 99.5%", 3, 7),
                ("5 teams run it in production", 5, 7),
            ],
        ),
    ]
    first, second = okr_file.objectives[0].key_results
    assert first.fields == {"done": True, "status": "WIP: almost there"}
    assert second.fields == {"done": False}
    assert (first.span.end_line, first.span.end_column) == (3, 38)


def test_period_headings_are_kept_as_the_period() -> None:
    okr_file, problems = read("""\
        # OKRs

        ## 2024 Q3

        ### Win the mid-market
        - 40 new paying accounts

        ## Q4 2024

        ### Keep them
        - Logo churn below 2% a month
        """)
    assert problems == []
    assert [(o.text, o.period) for o in okr_file.objectives] == [
        ("Win the mid-market", "2024 Q3"),
        ("Keep them", "Q4 2024"),
    ]


def test_labelled_headings_with_initiative_paragraphs() -> None:
    okr_file, problems = read("""\
        # North star: every team ships weekly

        # Company OKRs

        ## Company objective: Healthy finances

        ### Company key result: Runway of 24 months

        Initiative: Close the funding round

        Initiative: Cut overhead by 20%

        ### Company key result: Gross margin above 60%
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Healthy finances",
            (5, 23),
            [
                ("Runway of 24 months", 7, 25),
                ("Gross margin above 60%", 13, 25),
            ],
        ),
    ]
    assert okr_file.metadata == {"north_star": "every team ships weekly"}
    texts = [kr.text for _, kr in okr_file.key_results()]
    assert not any("funding" in t or "overhead" in t for t in texts)


def test_paragraph_objectives_with_lists_directly_beneath() -> None:
    okr_file, problems = read("""\
        ### Q1 2025
        Launch the beta (7/10)
        - 200 weekly players
        - 4 community tournaments

        Grow the stream
        - 12 streams

        Start a newsletter
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Launch the beta",
            (2, 1),
            [("200 weekly players", 3, 3), ("4 community tournaments", 4, 3)],
        ),
        ("Grow the stream", (6, 1), [("12 streams", 7, 3)]),
        ("Start a newsletter", (9, 1), []),
    ]
    assert okr_file.objectives[0].fields["score"] == "7/10"
    assert {o.period for o in okr_file.objectives} == {"Q1 2025"}


def test_one_paragraph_before_a_list_is_prose_not_an_objective() -> None:
    okr_file, problems = read("""\
        ## Faster onboarding
        We think this matters
        - New hires ship in their first 5 days
        """)
    assert problems == []
    assert structure(okr_file) == [
        ("Faster onboarding", (1, 4), [("New hires ship in their first 5 days", 3, 3)])
    ]


def test_objectives_heading_lists_objectives_with_nested_key_results() -> None:
    okr_file, problems = read("""\
        ## Objectives

        - Delight new users
          - Activation from 30% to 45%
          - Task: redesign the signup
        - Reduce support load
        """)
    assert problems == []
    assert structure(okr_file) == [
        ("Delight new users", (3, 3), [("Activation from 30% to 45%", 4, 5)]),
        ("Reduce support load", (6, 3), []),
    ]


def test_table_of_contents_and_priority_tags() -> None:
    okr_file, problems = read("""\
        # OKRs 2018 Q3

        - [Team goals](#team-goals)
          - [Ship it](#p1-ship-it)

        ## Team goals

        ### [P1] Ship it
        - [ ] 3 customers live
        """)
    assert problems == []
    assert structure(okr_file) == [("Ship it", (8, 10), [("3 customers live", 9, 7)])]
    assert okr_file.objectives[0].period == "2018 Q3"
    assert okr_file.objectives[0].fields["priority"] == "P1"
    assert okr_file.objectives[0].fields["section"] == "Team goals"


def test_markup_in_text_is_dropped_but_columns_point_into_the_source() -> None:
    okr_file, _ = read("""\
        ## Search that works
        - `p95` latency under **300 ms** ([dashboard](https://example.com))
        """)
    kr = okr_file.objectives[0].key_results[0]
    assert kr.text == "p95 latency under 300 ms (dashboard)"
    assert (kr.span.line, kr.span.column) == (2, 4)  # the "p", inside the backticks


def test_bullets_with_no_objective_are_one_note_not_an_error() -> None:
    okr_file, problems = read("""\
        OKRs:

        * Nightly builds published
        * Signed artifacts

        More text.

        - Key result: 3 teams migrated
        """)
    assert okr_file.objectives == []
    assert len(problems) == 1
    code, line, column, message = problems[0]
    assert (code, line, column) == ("F006", 3, 1)
    assert "no OKRs found" in message and "3 list items from line 3" in message
    assert "'Objective:'" in message  # says how to mark it up


def test_skipped_bullets_beside_read_okrs_are_one_note() -> None:
    okr_file, problems = read("""\
        We met on Tuesday and agreed:

        - ship the beta first
        - revisit pricing later

        ## Faster support
        - First reply under 2 hours
        """)
    assert structure(okr_file) == [
        ("Faster support", (6, 4), [("First reply under 2 hours", 7, 3)])
    ]
    assert [(c, line, col) for c, line, col, _ in problems] == [("F006", 3, 1)]
    assert "2 list items from line 3 not read as key results" in problems[0][3]


def test_a_key_result_heading_with_no_objective_is_reported() -> None:
    _, problems = read("### Key result: 10 paying customers\n")
    assert [(c, line, col) for c, line, col, _ in problems] == [("F006", 1, 1)]


def test_a_file_with_no_okrs_says_so() -> None:
    okr_file, problems = read("# Changelog\n\nSome notes.\n")
    assert okr_file.objectives == []  # the engine can tell "no OKRs here" from the model
    assert [(c, line, col) for c, line, col, _ in problems] == [("F006", 1, 1)]
    assert "no OKRs found" in problems[0][3]


def test_file_named_for_its_period() -> None:
    okr_file, _ = read("## Grow\n- 10 customers\n", path="okrs/2019-Q4.md")
    assert okr_file.objectives[0].period == "2019-Q4"


def test_deep_nesting_does_not_crash() -> None:
    text = "## Deep\n" + "".join("  " * i + "- item\n" for i in range(200))
    result = read_markdown("deep.md", text)
    assert [o.text for o in result.file.objectives] == ["Deep"]


def test_reader_is_chosen_by_extension() -> None:
    assert reader_for("team/OKRs.md") == "markdown"
    assert reader_for("x.MARKDOWN") == "markdown"
    assert reader_for("okrs.yaml") == "yaml"
    assert reader_for("-", "markdown") == "markdown"
    assert read_text("-", "## Grow\n- 10 customers\n", "markdown").file.reader == "markdown"


@pytest.mark.parametrize(
    ("line", "kind", "text"),
    [
        ("Objective: grow", "objective", "grow"),
        ("Company objective: grow", "objective", "grow"),
        ("O1 - grow", "objective", "grow"),
        ("KR 2: 10 customers", "key_result", "10 customers"),
        ("Team key result: 10 customers", "key_result", "10 customers"),
        ("Initiative: run a sprint", "initiative", "run a sprint"),
        ("Project: migrate the database", "initiative", "migrate the database"),
        ("Task: write docs", "initiative", "write docs"),
        ("Key results", "key_results", ""),
        ("Launch 3 projects: A, B and C", None, "Launch 3 projects: A, B and C"),
        (
            "Objectives: qualitative, inspiring statements",
            None,
            "Objectives: qualitative, inspiring statements",
        ),
    ],
)
def test_labels(line: str, kind: str | None, text: str) -> None:
    label = parse(line)
    assert (label.kind, label.text) == (kind, text)


@pytest.mark.parametrize(
    ("heading", "period"),
    [
        ("2018 Q2", "2018 Q2"),
        ("Q1 2020", "Q1 2020"),
        ("OKRs 2018 Q3", "2018 Q3"),
        ("Objectives for H2 2024", "H2 2024"),
        ("2020", "2020"),
        ("FY25", "FY25"),
        ("Quarterly Objectives and Key Results", None),
        ("Grow revenue in 2024", None),
    ],
)
def test_period_headings(heading: str, period: str | None) -> None:
    assert period_of(heading) == period


def test_markdown_lints_end_to_end(lint) -> None:  # type: ignore[no-untyped-def]
    found = lint(
        """\
        ## Objective: Make onboarding faster

        - [ ] Activation from 30% to 45% in 60 days
        - [ ] **Activation from 30% to 45% in 60 days**

        Objective: Delight admins
        """,
        "O108",
        "K208",
        name="team-okrs.md",
    )
    # (no key results read under an objective is a warning in Markdown, O108, not O102)
    assert found == [("K208", 4, 9), ("O108", 6, 12)]


def test_unlabelled_bullet_with_labelled_key_results_beneath_is_an_objective() -> None:
    okr_file, problems = read("""\
        ## Team A
        - Grow revenue
          - KR: 10 new customers
          - Task: call the leads
        - 5 case studies
        """)
    assert problems == []
    assert structure(okr_file) == [
        ("Team A", (1, 4), [("5 case studies", 5, 3)]),
        ("Grow revenue", (2, 3), [("10 new customers", 3, 9)]),
    ]


def test_lines_are_counted_as_the_parser_counts_them() -> None:
    # \r\n and lone \r end lines; U+2028 and form feeds do not (str.splitlines would split them)
    text = "## Grow\u2028now\r\n- 10\x0c customers\r- 20 partners\n"
    result = read_markdown("okrs.md", text)
    assert structure(result.file) == [
        ("Grow now", (1, 4), [("10 customers", 2, 3), ("20 partners", 3, 3)])
    ]
    assert list(result.file.lines) == ["## Grow\u2028now", "- 10\x0c customers", "- 20 partners"]


def test_empty_headings_and_bare_checkboxes_are_not_judged() -> None:
    okr_file, problems = read("""\
        ## Ship it
        - [ ]
        - [x] 3 teams onboarded
        ##
        - 4 more
        """)
    assert structure(okr_file) == [("Ship it", (1, 4), [("3 teams onboarded", 3, 7)])]
    assert [(c, line) for c, line, _, _ in problems] == [("F006", 5)]


def test_evidence_offsets_map_to_source_columns_through_dropped_markup() -> None:
    from krlint.rule_api import text_span

    okr_file, _ = read("""\
        ## Grow
        - Publish 20 case studies
        - Publish **20** case studies
        - KR-2.1 Publish [20](https://x.io) case `studies` [BLOCKED: no budget]
        - Publish 20 case
          studies
        """)
    plain, marked, labelled, wrapped = okr_file.objectives[0].key_results
    assert text_span(plain, 8, 10) == Span(2, 11, 2, 13)  # "20", exactly
    assert text_span(marked, 8, 10) == Span(3, 13, 3, 15)  # inside the bold markers
    assert labelled.text == "Publish 20 case studies"
    assert text_span(labelled, 8, 10) == Span(4, 19, 4, 21)  # the link's text, after the ID
    assert text_span(labelled, 16, 23) == Span(4, 43, 4, 50)  # inside the backticks
    assert labelled.fields["status"] == "BLOCKED: no budget"
    assert text_span(wrapped, 16, 23) == Span(6, 3, 6, 10)  # on the next line


def test_front_matter_is_metadata_not_a_heading() -> None:
    okr_file, problems = read("""\
        ---
        title: Platform OKRs
        quarter: 2025 Q2
        ---
        ## Deploys are boring
        - Failed deploys under 3%
        """)
    assert problems == []
    assert structure(okr_file) == [
        ("Deploys are boring", (5, 4), [("Failed deploys under 3%", 6, 3)])
    ]
    assert okr_file.objectives[0].period == "2025 Q2"
    assert okr_file.metadata["title"] == "Platform OKRs"


def test_front_matter_over_the_cap_is_one_finding_and_not_read() -> None:
    from krlint.limits import MAX_FRONT_MATTER

    lines = MAX_FRONT_MATTER // 16 + 1  # 16 characters a line: the last one crosses the cap
    source = (
        "---\n" + "tags: [a, b, c]\n" * lines + "---\n"
        "## Deploys are boring\n- Failed deploys under 3%\n"
    )
    okr_file, problems = read(source)
    assert codes(problems) == [("F005", lines + 1, 1)]  # the first character past the cap
    assert "front matter larger than" in problems[0][3]
    assert okr_file.metadata == {}
    assert structure(okr_file) == [
        ("Deploys are boring", (lines + 3, 4), [("Failed deploys under 3%", lines + 4, 3)])
    ]
    assert okr_file.objectives[0].period is None


def test_front_matter_that_is_not_yaml_is_still_not_markdown() -> None:
    okr_file, problems = read("""\
        ---
        title: [unclosed
        ---
        ## Deploys are boring
        - Failed deploys under 3%
        """)
    assert problems == []
    assert okr_file.metadata == {}
    assert structure(okr_file) == [
        ("Deploys are boring", (4, 4), [("Failed deploys under 3%", 5, 3)])
    ]


def test_cells_of_a_wide_table_point_at_their_columns() -> None:
    names = " | ".join(f"c{n}" for n in range(200))
    values = " | ".join("x" for _ in range(200))
    okr_file, _ = read(
        "## Objective: Grow\n\n"
        f"| Owner | Key result | {names} |\n|" + "---|" * 202 + "\n"
        f"| Sam \\| Ann | Reach $2M ARR | {values} |\n"
        f"|Bo|Cut churn to 2%| {values} |\n"
    )
    assert structure(okr_file) == [
        ("Grow", (1, 15), [("Reach $2M ARR", 5, 16), ("Cut churn to 2%", 6, 5)])
    ]


def test_setext_headings() -> None:
    okr_file, _ = read("Grow the community\n------------------\n\n- 30 contributors\n")
    assert structure(okr_file) == [("Grow the community", (1, 1), [("30 contributors", 4, 3)])]


def test_initiatives_paragraph_sets_the_next_list_aside() -> None:
    okr_file, problems = read("""\
        ## Objective: Faster checkout

        **Key results:**
        - Checkout time under 40 s

        **Initiatives:**
        - Rewrite the payment form

        **Key results:**
        - Cart abandonment from 70% to 60%
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Faster checkout",
            (1, 15),
            [("Checkout time under 40 s", 4, 3), ("Cart abandonment from 70% to 60%", 10, 3)],
        )
    ]


def test_span_ends_after_the_text() -> None:
    okr_file, _ = read("""\
        ## Search
        - p95 latency under 300 ms on the [dashboard](https://example.com)
        - Zero pages a week for
          disk space
        """)
    first, second = okr_file.objectives[0].key_results
    # the link's words end the text, its address the line: the span ends with the words
    assert (first.span.end_line, first.span.end_column) == (2, 45)
    assert (second.span.line, second.span.column, second.span.end_line, second.span.end_column) == (
        3,
        3,
        4,
        13,
    )


def test_numbered_ids_and_dash_separators() -> None:
    okr_file, problems = read("""\
        # Q3 2024 OKRs

        ## O1: Improve reliability
        - KR1.1: Reduce p99 latency to 200ms
        - KR1.2 - Zero sev-1 incidents

        ### Objective 2 — Happier users
        1. NPS from 20 to 35
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Improve reliability",
            (3, 8),
            [("Reduce p99 latency to 200ms", 4, 10), ("Zero sev-1 incidents", 5, 11)],
        ),
        ("Happier users", (7, 19), [("NPS from 20 to 35", 8, 4)]),
    ]
    assert [kr.fields["label"] for _, kr in okr_file.key_results()[:2]] == ["KR1.1", "KR1.2"]
    assert okr_file.objectives[1].fields["label"] == "Objective 2"


def test_tables_with_a_key_result_column() -> None:
    okr_file, problems = read("""\
        ## 2025 Q1

        | Objective | Key result | Baseline | Target | Owner |
        |---|---|---|---|---|
        | Grow revenue | Paying teams | 120 | 200 | Ann |
        | | Grow expansion revenue \\| net | | 110% | |
        | Keep users | Grow revenue retention | 85% | 95% | Bo |

        | Term | Meaning |
        |---|---|
        | KR | key result |
        """)
    assert problems == []
    # a metric with no value of its own reads "Metric: Target", pointing at both cells
    assert structure(okr_file) == [
        (
            "Grow revenue",
            (5, 3),
            [("Paying teams: 200", 5, 18), ("Grow expansion revenue | net: 110%", 6, 5)],
        ),
        ("Keep users", (7, 3), [("Grow revenue retention: 95%", 7, 16)]),
    ]
    first = okr_file.objectives[0].key_results[0]
    assert first.fields == {"baseline": "120", "target": "200", "owner": "Ann"}
    assert (first.span.end_line, first.span.end_column) == (5, 42)  # the end of "200"
    assert okr_file.objectives[0].period == "2025 Q1"


def test_a_table_of_key_results_under_an_objective_heading() -> None:
    okr_file, _ = read("""\
        ## Faster support

        | KR | Target |
        |----|--------|
        | First reply time | under 2 h |
        """)
    assert structure(okr_file) == [
        ("Faster support", (1, 4), [("First reply time: under 2 h", 5, 3)])
    ]
    assert okr_file.objectives[0].key_results[0].fields == {"target": "under 2 h"}


def test_description_lines_under_objective_headings_stay_prose() -> None:
    okr_file, problems = read("""\
        ## Grow the community
        Why: we need more hands
        - 30 monthly contributors

        ## Keep our users
        Context for the team
        - Retention from 70% to 80%
        """)
    assert problems == []
    assert structure(okr_file) == [
        ("Grow the community", (1, 4), [("30 monthly contributors", 3, 3)]),
        ("Keep our users", (5, 4), [("Retention from 70% to 80%", 7, 3)]),
    ]


# -- conventions seen in real documents (hand-written fixtures, one per convention) -------------
def test_objectives_in_a_table_header_row_with_labelled_cells() -> None:
    okr_file, problems = read("""\
        | Ship a stable platform | Grow adoption |
        |---|---|
        | **KR1.1**: Crash-free sessions above 99.5% | **KR2.1**: 40 teams onboarded |
        | **KR1.2**: p95 latency under 300 ms | |
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Ship a stable platform",
            (1, 3),
            [("Crash-free sessions above 99.5%", 3, 14), ("p95 latency under 300 ms", 4, 14)],
        ),
        ("Grow adoption", (1, 28), [("40 teams onboarded", 3, 59)]),
    ]
    assert okr_file.objectives[0].key_results[0].fields["label"] == "KR1.1"


def test_an_id_column_and_owner_status_columns() -> None:
    okr_file, problems = read("""\
        ## Grow the community

        | ID | Key result | Target | Owner | Status |
        |---|---|---|---|---|
        | KR 1.1 | Users from the meetup | 10–50 users | Ann | 🟢 |
        | KR 1.2 | Contributors from 5 to 12 | 12 | Bo | Done |
        """)
    assert problems == []
    # the ID is a field, never the text; a metric with no value reads "Metric: Target"
    assert structure(okr_file) == [
        (
            "Grow the community",
            (1, 4),
            [("Users from the meetup: 10–50 users", 5, 12), ("Contributors from 5 to 12", 6, 12)],
        )
    ]
    first = okr_file.objectives[0].key_results[0]
    assert first.fields == {
        "label": "KR 1.1",
        "target": "10–50 users",
        "owner": "Ann",
        "status": "🟢",
    }
    assert (first.span.end_line, first.span.end_column) == (5, 47)  # the target's last char


def test_a_metric_and_goal_table_under_each_objective_heading() -> None:
    okr_file, _ = read("""\
        ## Keep users

        | Metric | Goal | Q4 |
        |---|---|---|
        | Monthly churn | under 2% | 1.8% |
        | Launch the mobile app | Shipped | |

        ## Metrics we watch

        | Metric | Goal |
        |---|---|
        | Page views | 1M |
        """)
    assert structure(okr_file) == [
        (
            "Keep users",
            (1, 4),
            [
                ("Monthly churn: under 2%", 5, 3),  # "Goal" beside "Metric" is the target
                ("Launch the mobile app", 6, 3),
            ],
        )
    ]  # a status is not a target


def test_a_kr_column_holding_only_ids_takes_the_words_beside_it() -> None:
    okr_file, _ = read("""\
        ### Objective
        👥 **Be the first name developers think of**

        Context that is not an objective.

        ### Key Results

        #### Awareness

        | KR | Target |
        |----|--------|
        | **KR 1** | Grow newsletter subscribers from 2k to 5k |
        """)
    assert structure(okr_file) == [
        (
            "Be the first name developers think of",
            (2, 5),
            [("Grow newsletter subscribers from 2k to 5k", 12, 14)],
        )
    ]
    assert okr_file.objectives[0].key_results[0].fields == {"label": "KR 1"}


def test_id_headings_with_labelled_and_unlabelled_paragraphs() -> None:
    okr_file, problems = read("""\
        ### O1 Build the platform

        _Objective_: Build a platform other teams want to use

        #### O1KR1

        _Key Result_: Weekly active teams from 12 to 30

        #### O1KR2

        Reach 50 paying customers

        - a detail of this key result, not one
        """)
    assert problems == []
    # one objective (the heading; its labelled paragraph restates it), KR headings are KRs
    assert structure(okr_file) == [
        (
            "Build the platform",
            (1, 8),
            [("Weekly active teams from 12 to 30", 7, 15), ("Reach 50 paying customers", 11, 1)],
        )
    ]
    objective = okr_file.objectives[0]
    assert objective.fields["statement"] == "Build a platform other teams want to use"
    assert [kr.fields["label"] for kr in objective.key_results] == ["O1KR1", "O1KR2"]


def test_a_key_result_paragraph_with_attribute_bullets() -> None:
    okr_file, _ = read("""\
        ## Objective 2: Faster support

        ### Key results

        **KR1: First reply under 2 hours**
        - Baseline: 9 hours
        - How to measure: helpdesk report

        **KR2: Resolve 80% of tickets in one reply**
        - Owner: Support lead
        """)
    assert structure(okr_file) == [
        (
            "Faster support",
            (1, 17),
            [("First reply under 2 hours", 5, 8), ("Resolve 80% of tickets in one reply", 9, 8)],
        )
    ]


def test_text_that_is_not_the_key_result_is_cleaned_before_it_is_judged() -> None:
    okr_file, problems = read("""\
        ## Objective: Happier customers

        - [ ] KR-2.1 Reduce churn to 3% [NOT STARTED: 0%]
        - [x] ✅ NPS from 20 to 35 => Done
        - Ship the help centre [BLOCKED: Not launched yet]
        - Finish the onboarding course [due:: 2024-06-30] 🎯
        - Cut first reply time to 2 h _Initiatives: hire two agents, add macros_
          - a sub-bullet that details the key result
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Happier customers",
            (1, 15),
            [
                ("Reduce churn to 3%", 3, 14),
                ("NPS from 20 to 35", 4, 9),
                ("Ship the help centre", 5, 3),
                ("Finish the onboarding course", 6, 3),
                ("Cut first reply time to 2 h", 7, 3),
            ],
        )
    ]
    krs = okr_file.objectives[0].key_results
    assert krs[0].fields == {"done": False, "label": "KR-2.1", "status": "NOT STARTED: 0%"}
    assert krs[1].fields == {"done": True, "status": "Done"}
    assert krs[3].fields == {"due": "2024-06-30"}
    assert [(k.span.end_line, k.span.end_column) for k in krs] == [
        (3, 32),
        (4, 26),
        (5, 23),
        (6, 31),
        (7, 30),
    ]  # the end of each key result's words


def test_owners_after_key_results_are_removed_when_the_file_names_them_so() -> None:
    okr_file, _ = read("""\
        ### Objective 1: Trustworthy data
        - KR 1: Audit findings closed Ann/Bo
        - KR 2: Nightly load runs without errors Carla/Dev
        - KR 3: Lineage documented for 10 tables Ann
        - KR 4: Dashboards load in under 2 s (currently 9 s) Bo/Ann
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == [
        "Audit findings closed",
        "Nightly load runs without errors",
        "Lineage documented for 10 tables",
        "Dashboards load in under 2 s",
    ]
    assert okr_file.key_results()[2][1].fields["owner"] == "Ann"
    assert okr_file.key_results()[3][1].fields["baseline"] == "currently 9 s"


def test_lists_that_are_not_okrs() -> None:
    okr_file, problems = read("""\
        # Acme OKRs

        ## Contents

        - [North star](#north-star)
        - [Win the mid-market](#win-the-mid-market)

        ## North Star

        - Every team ships weekly

        ## Themes

        1. Reliability
        2. Growth

        ## News

        - 2024-05-01: We launched the beta

        ## Product pillars

        ### Search

        - **Goal**: Find anything in two keystrokes
        - **Owner**: Sam

        ## Growth phases

        ### Phase 1: Seed

        - **Goal**: 100 design partners
        - **Tactics**: founder-led sales, conference talks

        ## Win the mid-market

        - Grow mid-market ARR from $1.2M to $2M
          - run two webinars a month
        - Net revenue retention above 110%

        ## Notes

        - O1 is the primary OKR this quarter
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Win the mid-market",
            (35, 4),
            [
                ("Grow mid-market ARR from $1.2M to $2M", 37, 3),
                ("Net revenue retention above 110%", 39, 3),
            ],
        )
    ]


def test_a_guide_section_before_the_okrs_is_not_read() -> None:
    okr_file, _ = read("""\
        ## What is an OKR

        1. Objectives - where we want to go
        2. Key Results - how we know we got there

        ## Related links

        - [A guide to OKRs](https://example.com/okrs)

        ## Objective: Faster deploys
        - Deploy time under 10 minutes
        """)
    assert structure(okr_file) == [
        ("Faster deploys", (10, 15), [("Deploy time under 10 minutes", 11, 3)])
    ]


def test_plan_fields_and_a_key_results_field_with_its_list() -> None:
    okr_file, problems = read("""\
        ## Objective 3: Hire well
        - **Active from:** 01.04.24
        - **Owner:** Ann
        - **Key Results:** Ann and Bo
          1. `Hire 2 engineers (n)`
             * `Ann` : `0.5`
          2. `Offer accepted within 14 days (ewd)`
        - **Grading notes**
          1. KR1: one hire slipped to July
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Hire well",
            (1, 17),
            [("Hire 2 engineers", 5, 7), ("Offer accepted within 14 days", 7, 7)],
        )
    ]
    objective = okr_file.objectives[0]
    assert (objective.fields["owner"], objective.fields["active_from"]) == ("Ann", "01.04.24")


def test_details_summary_blocks_and_html_tables() -> None:
    okr_file, problems = read("""\
        ### Q3 2026 objectives

        <details>
        <summary>Make every launch count (Brian)</summary>

        - **Rationale:** launches are our biggest lever
        - **Things we could do:** more videos

        </details>

        <details>
        <summary>Help teams self-serve their data</summary>

        - Dashboards used by 8 of 10 teams weekly

        </details>

        ## Past OKRs

        <table>
          <tr><th>OKR</th><th>Progress</th></tr>
          <tr><td><strong>Stay healthy</strong></td><td>54%</td></tr>
          <tr><td>↳ Run 3 times a week</td><td>80%</td></tr>
        </table>
        """)
    assert problems == []
    # under a heading that names objectives, a summary is an objective even without KRs
    assert structure(okr_file) == [
        ("Make every launch count", (4, 10), []),
        (
            "Help teams self-serve their data",
            (12, 10),
            [("Dashboards used by 8 of 10 teams weekly", 14, 3)],
        ),
        ("Stay healthy", (22, 19), [("Run 3 times a week", 23, 13)]),
    ]
    assert okr_file.objectives[0].fields["owner"] == "Brian"
    assert okr_file.objectives[0].period == "Q3 2026"
    assert okr_file.objectives[2].key_results[0].fields == {"progress": "80%"}


def test_bold_lines_that_head_lists_of_key_results_are_objectives() -> None:
    # in a file that labels its objectives elsewhere, a quarter written another way: a bold
    # line, then a list whose items read as key results (numbers); a bold line over a list of
    # tasks, or a label line ("**Committed:**"), heads no objective
    okr_file, problems = read("""\
        ## Q4

        #### Objective: Grow the network (Ann)

        - 250 active groups

        ## Q3

        **Grow the network**

        - Have 200 groups
        - $50k in pledges

        **Keep leaders happy**

        - Median of 1.5 messages a day per leader

        **Housekeeping**

        - Tidy the wiki
        - Rename the channels

        **Committed:**
        - 5 interviews
        """)
    assert [
        (o.text, o.span.line, [k.text for k in o.key_results]) for o in okr_file.objectives
    ] == [
        ("Grow the network", 3, ["250 active groups"]),
        ("Grow the network", 9, ["Have 200 groups", "$50k in pledges"]),
        ("Keep leaders happy", 14, ["Median of 1.5 messages a day per leader"]),
    ]
    assert [p[:3] for p in problems] == [("F006", 20, 1)]  # the tasks: skipped, and said so


def test_success_criteria_are_key_results_only_where_the_objective_has_none() -> None:
    okr_file, _ = read("""\
        ## Objective 1

        Show the resolver picks better values than the old rules.

        ## Objective 2

        Show targeted search finds better evidence.

        ## Success Criteria

        1. Reproduce 3 earlier baselines on the 200-row test set.
        2. Improve 2 weak fields over the best baseline.

        ## Objective: Ship the dashboard
        - 40 weekly viewers

        ### Success metrics
        - Page loads under 2 s
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Show the resolver picks better values than the old rules.", []),
        (
            "Show targeted search finds better evidence.",
            [
                "Reproduce 3 earlier baselines on the 200-row test set.",
                "Improve 2 weak fields over the best baseline.",
            ],
        ),
        ("Ship the dashboard", ["40 weekly viewers"]),
    ]  # it has key results: details


def test_a_bare_label_with_its_statement_on_the_next_line() -> None:
    okr_file, _ = read("""\
        ### Objective 2: Improve support

        **Key Result 1:**
        Cut first response time to 2 hours

        Objective 3:
        Keep the docs current
        - Every release has notes within 1 day
        """)
    assert structure(okr_file) == [
        ("Improve support", (1, 18), [("Cut first response time to 2 hours", 4, 1)]),
        ("Keep the docs current", (7, 1), [("Every release has notes within 1 day", 8, 3)]),
    ]


def test_a_template_of_empty_fields_is_not_key_results() -> None:
    okr_file, problems = read("""\
        ## Ship the booking MVP
        - 1 pilot clinic with 20 patients

        ## Weekly check-in
        - Week:
        - Progress (%):
        - Blockers:
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Ship the booking MVP", ["1 pilot clinic with 20 patients"])
    ]
    assert problems == []  # nothing that looks like a key result was skipped


def test_a_sprint_is_not_an_objective() -> None:
    okr_file, _ = read("""\
        ### O1: Launch smart notifications
        - **KR1:** Reach a 25% click rate

        ## This Sprint (Jan 27 - Feb 7)

        **Goal:** Finish the settings screen

        **Committed:**
        - Settings screen done
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Launch smart notifications", ["Reach a 25% click rate"])
    ]


def test_bold_objective_lines_under_a_goals_heading_and_not_outside_okrs() -> None:
    # under "Team goals" the bold lines are the objectives and their lists key results (not
    # more objectives); a bold line over numbers in a section that is not about OKRs is not one
    okr_file, _ = read("""\
        # Team goals

        **Grow revenue**

        - $1M ARR
        - 40 new customers

        **Keep customers**

        - Churn under 2%

        ## Objective: Hire well
        - 3 engineers hired

        # Launch week

        **Marketing**

        - 30 signups on day one
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Grow revenue", ["$1M ARR", "40 new customers"]),
        ("Keep customers", ["Churn under 2%"]),
        ("Hire well", ["3 engineers hired"]),
    ]


def test_bold_period_lines_and_paragraph_objectives() -> None:
    okr_file, problems = read("""\
        # Objectives and Key Results

        **2019 Q1**

        Learn the language – 3

        - read the docs
        - ship 2 side projects

        Write more

        - 12 blog posts

        **2019 Q2**

        Learn the language

        - contribute 1 patch upstream
        """)
    assert problems == []
    assert [
        (o.text, o.span.line, o.period, [k.text for k in o.key_results])
        for o in okr_file.objectives
    ] == [
        ("Learn the language", 5, "2019 Q1", ["read the docs", "ship 2 side projects"]),
        ("Write more", 10, "2019 Q1", ["12 blog posts"]),
        ("Learn the language", 16, "2019 Q2", ["contribute 1 patch upstream"]),
    ]
    assert okr_file.objectives[0].fields["score"] == "3"


def test_flat_labelled_siblings_and_text_bullets_in_a_paragraph() -> None:
    okr_file, problems = read("""\
        October
        - O: Run a half marathon
        - KR: Run 3 times a week for 8 weeks
        - O: Read more
        - KR: Finish 4 books

        • Objective: Make sharing instant. (Ann)
        \t• KR 1: Upload-to-link under 2 seconds
        """)
    assert problems == []
    assert structure(okr_file) == [
        ("Run a half marathon", (2, 6), [("Run 3 times a week for 8 weeks", 3, 7)]),
        ("Read more", (4, 6), [("Finish 4 books", 5, 7)]),
        ("Make sharing instant.", (7, 14), [("Upload-to-link under 2 seconds", 8, 10)]),
    ]
    assert {o.period for o in okr_file.objectives} == {"October"}


def test_objectives_and_key_results_in_sibling_sections() -> None:
    okr_file, _ = read("""\
        ## Team OKR

        ### Ultimate Objectives

        1. Be known as the friendliest project
        1. Make more people see what it solves

        ### Ultimate Key Results

        1. 500+ new developers join the community
        """)
    # the key results list follows the objectives list: it belongs to the last objective
    assert structure(okr_file) == [
        ("Be known as the friendliest project", (5, 4), []),
        (
            "Make more people see what it solves",
            (6, 4),
            [("500+ new developers join the community", 10, 4)],
        ),
    ]


def test_mdx_is_read_as_markdown() -> None:
    assert reader_for("contents/objectives.mdx") == "markdown"


def test_a_directory_walk_finds_mdx_okrs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from krlint.sources import discover

    (tmp_path / "okrs").mkdir()
    (tmp_path / "okrs" / "q1.mdx").write_text("# Grow\n\n- Reach 100 users\n", encoding="utf-8")
    (tmp_path / "notes.mdx").write_text("# Notes\n", encoding="utf-8")
    assert [p.rsplit("/", 1)[-1] for p in discover([str(tmp_path)])] == ["q1.mdx"]


def test_one_cell_listing_several_key_results() -> None:
    okr_file, problems = read("""\
        | Objective | Key results |
        |---|---|
        | **O1:** Keep the books clean | KR1: 95% of invoices paid in 30 days; KR2: No findings |
        | Grow reach | - 40 partner schools<br>- 2,000 active learners |
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Keep the books clean",
            (3, 11),
            [("95% of invoices paid in 30 days", 3, 39), ("No findings", 3, 77)],
        ),
        ("Grow reach", (4, 3), [("40 partner schools", 4, 18), ("2,000 active learners", 4, 42)]),
    ]


def test_a_status_before_the_label_is_a_field() -> None:
    okr_file, _ = read("""\
        ### Objective 1 - Run the event

        <span class='label'>PARTIALLY ACHIEVED</span> Key Result 1.1: 60% of talks by new speakers

        NOT ACHIEVED Key Result 1.2: Survey 200 attendees
        """)
    assert structure(okr_file) == [
        (
            "Run the event",
            (1, 19),
            [("60% of talks by new speakers", 3, 63), ("Survey 200 attendees", 5, 30)],
        )
    ]
    assert [kr.fields["status"] for kr in okr_file.objectives[0].key_results] == [
        "PARTIALLY ACHIEVED",
        "NOT ACHIEVED",
    ]


def test_numbered_key_result_lines_that_are_not_a_list() -> None:
    # a word joiner after "1." keeps CommonMark from seeing a list: the lines are a paragraph
    okr_file, _ = read(
        "## Objective 1: Launch the app\n\n"
        "1.\u2060 \u2060*Key Result 1*: 500 weekly users\n"
        "2.\u2060 \u2060*Key Result 2*: Crash rate under 1%\n"
    )
    assert structure(okr_file) == [
        ("Launch the app", (1, 17), [("500 weekly users", 3, 22), ("Crash rate under 1%", 4, 22)])
    ]


def test_a_list_indented_into_a_code_block_is_still_a_list() -> None:
    okr_file, _ = read("""\
        ### Be profitable
                - make 15,000 a month in recurring revenue
                        >need to check the baseline
                -reach 20% long term retention >targets to be set
        """)
    assert structure(okr_file) == [
        (
            "Be profitable",
            (1, 5),
            [
                ("make 15,000 a month in recurring revenue", 2, 11),
                ("reach 20% long term retention", 4, 10),
            ],
        )
    ]


def test_labelled_key_result_lines_indented_into_a_code_block_are_key_results() -> None:
    # a plain-text paste: after a blank line, four spaces make CommonMark see code; the author
    # typed key result lines (a comparator before a number is not a " >note")
    okr_file, _ = read(
        "Objective 1: Build a trusted test set\n"
        "\n"
        "   KR1: Label 800 sample records\n"
        "\n"
        "    KR2: Reach an agreement score of >92% on 150 records\n"
        "\n"
        "    KR3: Write labelling rules for 4 fields\n"
        "\n"
        "Objective 2: Pick a method\n"
        "\n"
        "    KR1: Compare 2 methods on 3 measures\n"
    )
    assert structure(okr_file) == [
        (
            "Build a trusted test set",
            (1, 14),
            [
                ("Label 800 sample records", 3, 9),
                ("Reach an agreement score of >92% on 150 records", 5, 10),
                ("Write labelling rules for 4 fields", 7, 10),
            ],
        ),
        ("Pick a method", (9, 14), [("Compare 2 methods on 3 measures", 11, 10)]),
    ]


def test_a_list_typed_under_a_label_line_without_a_blank_line() -> None:
    # CommonMark folds "    * …" (and a list numbered from 2) into the paragraph above it as
    # continuation text; its author typed a list, and a wrapped line stays with its item
    okr_file, _ = read("""\
        # Objective 1: Understand the data
        _Key Results:_
            * Load both datasets and list
            their shared fields
            * Compare the share of missing values
        # Objective 2: Ship a baseline
        Key results:
        2. Implement a rule-based baseline
        3. Measure its accuracy on 200 records
        """)
    assert structure(okr_file) == [
        (
            "Understand the data",
            (1, 16),
            [
                ("Load both datasets and list their shared fields", 3, 7),
                ("Compare the share of missing values", 5, 7),
            ],
        ),
        (
            "Ship a baseline",
            (6, 16),
            [
                ("Implement a rule-based baseline", 8, 4),
                ("Measure its accuracy on 200 records", 9, 4),
            ],
        ),
    ]


def test_prose_lines_are_not_a_typed_list() -> None:
    # a line that starts "-1%" is not an item, and a paragraph without markers stays prose
    okr_file, _ = read("""\
        ## Grow revenue
        - Revenue from 1.2M to 1.5M

        Last quarter we saw
        -1% churn in the month after the price change.
        """)
    assert structure(okr_file) == [("Grow revenue", (1, 4), [("Revenue from 1.2M to 1.5M", 2, 3)])]


def test_a_list_indented_under_a_numbered_item_without_enough_spaces_is_nested() -> None:
    # "1. " asks three spaces of what nests under it; two make CommonMark close the list and
    # start another, which its author indented under the item
    okr_file, _ = read("""\
        # OKRs Q1

        1. Grow revenue
          - $2M ARR
          - 10 new logos
        2. Improve reliability
          - 99.95% uptime
        """)
    assert structure(okr_file) == [
        ("Grow revenue", (3, 4), [("$2M ARR", 4, 5), ("10 new logos", 5, 5)]),
        ("Improve reliability", (6, 4), [("99.95% uptime", 7, 5)]),
    ]


def test_the_document_title_never_hides_the_document() -> None:
    okr_file, _ = read("""\
        # Roadmap 2025

        ## Objective: Faster search
        - p95 search latency under 200 ms
        """)
    assert structure(okr_file) == [
        ("Faster search", (3, 15), [("p95 search latency under 200 ms", 4, 3)])
    ]


def test_a_bold_key_result_followed_by_commentary() -> None:
    okr_file, _ = read("""\
        ### Objective: Be healthier.
        **Key result: 12 family trips.** I reached my goal last year
        but want to be more ambitious.

        **KR1.1 — Build the first version of a cost database for key
        components of the supply chain.**
        - a detail, not a key result
        """)
    assert structure(okr_file) == [
        (
            "Be healthier.",
            (1, 16),
            [
                ("12 family trips.", 2, 15),
                (
                    "Build the first version of a cost database for key components of the "
                    "supply chain.",
                    5,
                    11,
                ),
            ],
        )
    ]
    assert okr_file.objectives[0].key_results[1].span.end_line == 6  # wrapped: ends a line on


def test_a_sentence_completed_by_short_sub_items() -> None:
    okr_file, _ = read("""\
        ## Objective 1: Ship the context file
        - Finalize a template including:
          - Context rules
          - A glossary
        - Write a runbook covering:
          - how to rotate every credential we hold in production today
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == [
        "Finalize a template including: Context rules, A glossary",
        "Write a runbook covering",
    ]  # sentences beneath are details, not its words
    first = okr_file.key_results()[0][1]
    assert (first.span.end_line, first.span.end_column) == (4, 15)


def test_a_sentence_that_announces_its_list_is_completed_by_it() -> None:
    # "… the following:" says the list is what the key result means, however long its items;
    # where the indentation slipped, the items beside it complete it the same way
    okr_file, _ = read("""\
        ## Objective: Make the finances public
        - Strangers can tell us the following without help:
          - The budget is published every month on the website
          - Any donor can see where each dollar went
        - Visitors can tell us the following:
        - How much we spent last month
        - What a club costs per student
          - and per club
        """)
    krs = [kr for _, kr in okr_file.key_results()]
    assert [kr.text for kr in krs] == [
        "Strangers can tell us the following without help: The budget is published every "
        "month on the website, Any donor can see where each dollar went",
        "Visitors can tell us the following: How much we spent last month, What a club costs "
        "per student, and per club",
    ]
    assert (krs[1].span.line, krs[1].span.end_line) == (5, 8)


def test_a_bold_name_before_the_statement_is_its_name() -> None:
    okr_file, _ = read("""\
        ### Objective 1: Support
        - **Workshop for users [COMMITTED]:** Run a workshop for new users at least once a year.
        - **Help centre:** Rewrite the five most read articles
        - **Activation:** from 30% to 45%
        """)
    assert [(kr.text, kr.fields.get("name")) for _, kr in okr_file.key_results()] == [
        ("Run a workshop for new users at least once a year.", "Workshop for users [COMMITTED]"),
        ("Rewrite the five most read articles", "Help centre"),
        ("Activation: from 30% to 45%", None),
    ]  # a short value keeps its metric


def test_generated_target_annotations_are_fields() -> None:
    okr_file, _ = read("""\
        ## Go to market
        ### Key Results
        - Increase revenue by 25% YoY (target: 25.0)
        - 40% more champions (target: 100.0) - Current: 1.0
        - Fix the nightly build (target: every run green)
        """)
    krs = [kr for _, kr in okr_file.key_results()]
    assert [kr.text for kr in krs] == [
        "Increase revenue by 25% YoY",
        "40% more champions",
        "Fix the nightly build (target: every run green)",
    ]  # words, not a tool's number
    assert krs[1].fields == {"target": "100.0", "current": "1.0"}


def test_an_objectives_list_in_a_file_that_labels_its_objectives_is_not_objectives() -> None:
    okr_file, _ = read("""\
        ### OKRs
        - **Objective 1: Keep users**
            - ✅ **KR 1**: Retention around 70%

        ### Objectives

        - Focus on impact and on the SDKs most used
        - Work closer with the docs team
        """)
    assert structure(okr_file) == [("Keep users", (2, 18), [("Retention around 70%", 3, 19)])]
    assert okr_file.key_results()[0][1].fields == {"label": "KR1"}


# -- conventions from a third set of real documents (hand-written fixtures, one per convention) --
def test_full_width_colons_and_a_named_id_label_cjk_objectives_and_key_results() -> None:
    okr_file, problems = read("""\
        # 季度目标

        ## O1：提升新用户留存

        - KR1：次周留存率从 30% 提升到 40%。
        - KR2（口碑）：应用商店评分达到 4.6。

        ## 回顾

        - KR1 已完成一半
        """)
    assert structure(okr_file) == [
        (
            "提升新用户留存",
            (3, 7),
            [("次周留存率从 30% 提升到 40%。", 5, 7), ("应用商店评分达到 4.6。", 6, 11)],
        )
    ]
    krs = [kr for _, kr in okr_file.key_results()]
    assert krs[1].fields == {"label": "KR2", "name": "口碑"}
    # the file labels its objectives, so an unlabelled heading is a section, and a list of
    # progress that names a key result is not one
    assert [code for code, *_ in problems] == ["F006"]


def test_inline_acceptance_criteria_after_a_key_result_are_not_its_words() -> None:
    okr_file, _ = read("""\
        ## Objective 1: Confirm a batch at once
        - KR1: One dialog confirms the whole batch. Acceptance: no per-item dialog in a week of use.
        - KR2：批量提交设置上限。验收：超出上限的任务不会创建。
        """)
    krs = [kr for _, kr in okr_file.key_results()]
    assert [(kr.text, kr.span.line, kr.span.column) for kr in krs] == [
        ("One dialog confirms the whole batch.", 2, 8),
        ("批量提交设置上限。", 3, 7),
    ]
    assert krs[0].fields["criteria"] == "no per-item dialog in a week of use."
    assert krs[1].fields["criteria"] == "超出上限的任务不会创建。"
    assert krs[0].span.end_column == 44  # ends at the full stop, before the criteria


def test_objective_word_before_an_objective_id() -> None:
    okr_file, _ = read("""\
        ## Objective O1 — Faster builds

        | KR | Target |
        |----|--------|
        | KR1.1 Cache hit rate | 90% |
        """)
    assert structure(okr_file) == [("Faster builds", (1, 19), [("Cache hit rate: 90%", 5, 9)])]
    assert okr_file.objectives[0].fields["label"] == "Objective O1"


def test_an_id_with_letters_between_its_numbers_and_the_statement_in_the_target_column() -> None:
    okr_file, _ = read("""\
        ### O1: Fewer support tickets

        | KR | Target | Today | Owner |
        |---|---|---|---|
        | KR-2031Q1-07 | Tickets per customer from 0.9 → 0.5 | 0.8 | @kim |
        """)
    assert structure(okr_file) == [
        ("Fewer support tickets", (1, 9), [("Tickets per customer from 0.9 → 0.5", 5, 18)])
    ]
    assert okr_file.key_results()[0][1].fields == {
        "label": "KR-2031Q1-07",
        "current": "0.8",
        "owner": "@kim",
    }


def test_a_paragraph_about_a_key_result_is_not_one() -> None:
    okr_file, _ = read("""\
        ### O2 — Know what a release costs

        | KR | Target |
        |---|---|
        | KR2.1 Cost per release | **reported every run** |

        KR2.1 is the one that turns this from a guess into a number, and it
        needs the build logs first.

        **KR2.1 deserves a note.** The cost excludes people's time.
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == ["Cost per release: reported every run"]


def test_a_status_annotation_after_a_dash_is_a_field() -> None:
    okr_file, _ = read("""\
        ### Primary goal: Finish the tournament
        - **KR1**: Win every group match (Target: 3/3) - Current Score: 1/10
        - **KR2**: Keep the roster healthy - Status: on track
        """)
    krs = [kr for _, kr in okr_file.key_results()]
    assert [kr.text for kr in krs] == [
        "Win every group match (Target: 3/3)",
        "Keep the roster healthy",
    ]
    assert krs[0].fields["current_score"] == "1/10"


def test_a_table_in_another_language_reads_like_one_in_english() -> None:
    okr_file, _ = read("""\
        ### O1 · Vender sin hojas de cálculo

        | # | KR | Meta | Responsable | Confianza |
        |---|----|------|-------------|-----------|
        | KR1.1 | Informe de ventas por cliente | 3 informes con filtros | Ana | 0.5 |
        """)
    assert structure(okr_file) == [
        (
            "Vender sin hojas de cálculo",
            (1, 10),
            [("Informe de ventas por cliente: 3 informes con filtros", 5, 11)],
        )
    ]
    assert okr_file.key_results()[0][1].fields == {
        "label": "KR1.1",
        "owner": "Ana",
        "confidence": "0.5",
        "target": "3 informes con filtros",
    }


def test_headings_and_labels_in_another_language_read_like_english_ones() -> None:
    # one vocabulary for headings, labels and table columns: "Objetivo" is a generic objective
    # heading (its statement below), "Resultados Clave" a key results heading
    okr_file, _ = read("""\
        # OKR — Agenda

        ## Objetivo
        Abrir la agenda en línea a 2 consultorios.

        ## Resultados Clave
        - KR1: 30 citas por semana

        ## Mục tiêu
        Giảm thời gian chờ

        ## Kết quả then chốt
        - Thời gian chờ dưới 10 phút
        """)
    assert structure(okr_file) == [
        ("Abrir la agenda en línea a 2 consultorios.", (4, 1), [("30 citas por semana", 7, 8)]),
        ("Giảm thời gian chờ", (10, 1), [("Thời gian chờ dưới 10 phút", 13, 3)]),
    ]
    assert parse("Objectif : Simplifier la réservation").text == "Simplifier la réservation"
    assert parse("Résultats clés").kind == "key_results"
    assert parse("Das Ziel ist klar").kind is None  # a sentence, not a label


def test_an_id_heading_names_an_objective_read_above() -> None:
    # "## O2" under "Key Results" is the section of the objective labelled O2 above, not a new
    # one; its one labelled bullet is a key result, not the heading's statement
    okr_file, _ = read("""\
        # Objectives
        - O1: Grow revenue
        - O2: Improve retention

        # Key Results
        ## O1
        - KR1.1 $2M ARR
        - KR1.2 15 new logos
        ## Objective 2
        - KR2.1 Churn under 2%
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Grow revenue", ["$2M ARR", "15 new logos"]),
        ("Improve retention", ["Churn under 2%"]),
    ]


def test_an_id_cell_with_a_metric_and_a_target_and_columns_about_the_key_result() -> None:
    okr_file, _ = read("""\
        | O | KR | Metric | Target | Active initiatives |
        |---|----|--------|--------|---|
        | Grow revenue | KR1 | ARR | $2M | pricing page |
        | | KR2 | New logos | 15 | |
        | Retain users | KR1 | | Churn under 2% | onboarding revamp |
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Grow revenue", ["ARR: $2M", "New logos: 15"]),
        ("Retain users", ["Churn under 2%"]),
    ]


def test_a_table_that_explains_the_key_results_above_adds_none() -> None:
    okr_file, _ = read("""\
        ## Objective

        Make the tutor worth coming back to.

        ## KR1: 40% of learners redo an exercise after feedback

        ## KR2: 200 weekly learners finish a session

        ## Kinds of measure

        | KR | Kind | Why |
        |---|---|---|
        | KR1 | Leading | Redoing shows the feedback helped |
        | KR2 | Lagging | Finishing shows the session held attention |
        """)
    assert structure(okr_file) == [
        (
            "Make the tutor worth coming back to.",
            (3, 1),
            [
                ("40% of learners redo an exercise after feedback", 5, 9),
                ("200 weekly learners finish a session", 7, 9),
            ],
        )
    ]


def test_a_key_result_heading_that_names_it_with_the_statement_beneath() -> None:
    okr_file, _ = read("""\
        ## Objective

        Make the tutor worth coming back to.

        ## KR1 — Leading metric

        ### ≥ 40% of learners redo an exercise after feedback

        - it shows the feedback was usable

        ## KR2 — Reach

        Finishing shows the session held attention.
        """)
    krs = [kr for _, kr in okr_file.key_results()]
    assert [(kr.text, kr.span.line, kr.span.column) for kr in krs] == [
        ("≥ 40% of learners redo an exercise after feedback", 7, 5),
        ("Reach", 11, 10),
    ]  # no statement beneath: the heading's words are the key result
    assert krs[0].fields == {"label": "KR1", "name": "Leading metric"}


def test_a_key_result_heading_that_names_it_with_a_bold_statement_beneath() -> None:
    # the author sets the statement apart in bold; a plain line there is commentary
    okr_file, _ = read("""\
        ## Objective

        **Make revision plans effortless for students.**

        ## Key Results

        ### KR1 — Leading (early signal)
        **30% of users open a card's source in their first session.**

        > Checking a source is the moment trust starts.

        ### KR2 — Quality
        Returning shows the habit formed.
        """)
    krs = [kr for _, kr in okr_file.key_results()]
    assert [(kr.text, kr.span.line, kr.span.column) for kr in krs] == [
        ("30% of users open a card's source in their first session.", 8, 3),
        ("Quality", 12, 11),
    ]
    assert krs[0].fields == {"label": "KR1", "name": "Leading (early signal)"}


def test_an_id_cell_takes_the_statement_past_a_type_column() -> None:
    okr_file, _ = read("""\
        ## Objective: Turn vague trips into booked plans

        | Key Result | Type | Statement |
        |---|---|---|
        | **KR1** | **Leading**<br>*(behaviour)* | At least 120 users finish their first plan |
        """)
    assert structure(okr_file) == [
        (
            "Turn vague trips into booked plans",
            (1, 15),
            [("At least 120 users finish their first plan", 5, 44)],
        )
    ]


def test_a_generic_objective_heading_with_its_statement_as_a_single_bullet() -> None:
    okr_file, _ = read("""\
        ## 📌 Objective
        - Build a faster block partitioning model

        ## 🎯 Key Results
        - [ ] Cut encoding time by 25%
        - [ ] Keep quality loss under 1%
        """)
    assert structure(okr_file) == [
        (
            "Build a faster block partitioning model",
            (2, 3),
            [("Cut encoding time by 25%", 5, 7), ("Keep quality loss under 1%", 6, 7)],
        )
    ]


def test_an_objective_statement_completed_by_short_phrases() -> None:
    okr_file, _ = read("""\
        ## 1. Objective (O)

        Run the pilot in a way that:

        * keeps customers safe
        * stays within budget

        ## 2. Key Results (KRs)

        1. The pilot runs on **two sites** by June.
        2. Zero customer-facing incidents.
        """)
    assert structure(okr_file) == [
        (
            "Run the pilot in a way that: keeps customers safe, stays within budget",
            (3, 1),
            [
                ("The pilot runs on two sites by June.", 10, 4),
                ("Zero customer-facing incidents.", 11, 4),
            ],
        )
    ]


def test_key_results_after_an_objective_that_ends_in_a_colon_stay_key_results() -> None:
    okr_file, _ = read("""\
        Objective: Make onboarding painless:
        - Ship the guided tour
        - Rewrite the welcome email
        """)
    assert structure(okr_file) == [
        (
            "Make onboarding painless",
            (1, 12),
            [("Ship the guided tour", 2, 3), ("Rewrite the welcome email", 3, 3)],
        )
    ]


def test_bold_numbered_items_in_a_file_that_labels_its_objectives_are_not_objectives() -> None:
    okr_file, problems = read("""\
        ## Objective 1: Keep the lab safe
        - Zero unreviewed changes to the firewall

        ## Structure

        1. **Network reviewer**

           * Open ports
           * Firewall state

        2. **Cost reviewer**

           * Token usage
        """)
    assert structure(okr_file) == [
        ("Keep the lab safe", (1, 17), [("Zero unreviewed changes to the firewall", 2, 3)])
    ]
    assert [code for code, *_ in problems] == ["F006"]


@pytest.mark.parametrize(
    "heading",
    [
        "Progress log",
        "Implementation status - phase 2 complete",
        "Session 2030-01-02 10:15",
        "Update: 3 March 2030",
        "To read",
        "Cadence",
        "Reglas del juego",
        "Suivi",
        "进展记录",
    ],
)
def test_sections_that_are_logs_reports_backlogs_or_rules_are_not_objectives(heading: str) -> None:
    okr_file, _ = read(f"""\
        ## Grow the user base
        - 500 weekly active users

        ## {heading}
        - Ran the first session with ten users
        - Picked the next three candidates
        """)
    assert structure(okr_file) == [
        ("Grow the user base", (1, 4), [("500 weekly active users", 2, 3)])
    ]


def test_a_date_heading_is_not_an_objective_but_labels_beneath_it_are_read() -> None:
    okr_file, _ = read("""\
        ## 2030-04-01

        - Talked to the sales team

        Objective: Win the first enterprise customer
        - Key result: one signed contract
        """)
    assert structure(okr_file) == [
        ("Win the first enterprise customer", (5, 12), [("one signed contract", 6, 15)])
    ]


def test_a_bold_name_after_the_label_and_a_note_after_a_bold_key_result() -> None:
    okr_file, _ = read("""\
        ## Q3 - Launch
        **Objective: Ship a playable first level.**

        - **KR1: Enemy Behaviour.** Implement three distinct enemy patterns with shared rules.
        - **KR2: Reach more players.** (Kept for the growth phase).
        - **KR3: Activation:** from 30% to 45%
        """)
    krs = [kr for _, kr in okr_file.key_results()]
    assert [(kr.text, kr.span.column) for kr in krs] == [
        ("Implement three distinct enemy patterns with shared rules.", 29),
        ("Reach more players.", 10),  # a sentence-case bold part states the key result
        ("Activation: from 30% to 45%", 10),
    ]  # a short value after a name keeps the name
    assert krs[0].fields["name"] == "Enemy Behaviour"
    assert krs[1].fields["note"] == "Kept for the growth phase"


def test_a_labelled_goal_heading_makes_a_goals_list_beside_it_no_objectives() -> None:
    okr_file, problems = read("""\
        ## Current objectives
        ### Primary goal: Finish the season
        - **KR1**: Win 8 of 10 matches

        ### Secondary goals:
        - **Scouting**: Watch the other teams play
        - **Fitness**: Stay free of injuries
        """)
    assert structure(okr_file) == [("Finish the season", (2, 19), [("Win 8 of 10 matches", 3, 12)])]
    assert [code for code, *_ in problems] == ["F006"]  # said, never an O102 per goal


def test_a_definition_list_under_a_one_word_heading_is_not_key_results() -> None:
    okr_file, _ = read("""\
        ## Grow the user base
        - 500 weekly active users

        ## Follow-up

        - **Every Monday** : the lead updates the figures in this file
        - **Each quarter** : final scoring and a short retro
        """)
    assert [o.text for o in okr_file.objectives] == ["Grow the user base"]


def test_a_metric_with_a_count_of_its_own_still_takes_the_target() -> None:
    okr_file, _ = read("""\
        ### Objective 1: Run the team well

        | KR | Target |
        |---|---|
        | Fortnightly check-in with the 4 leads | 6/6 held this quarter |
        | Reduce open incidents by 50% | 14 |
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == [
        "Fortnightly check-in with the 4 leads: 6/6 held this quarter",
        "Reduce open incidents by 50%",
    ]  # states its own target: the cell beside is a value


def test_a_target_or_measure_in_words_completes_the_key_result() -> None:
    # how a key result is measured, in words, says what it means; a status or the statement's
    # own number again adds nothing; a "Measure" column beside a KR column is its target
    okr_file, _ = read("""\
        ## O1 — Make the pipeline verifiable

        | KR | Measure | Status |
        | --- | --- | --- |
        | Collect 30 calibration points | reduces cold-start error | done |
        | Audit trail for L2 jobs | `audit/` folder in this repo | started |
        | Uptime 99.9% | 99.9% | on track |
        | Release notes for each deploy | Shipped | done |
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == [
        "Collect 30 calibration points: reduces cold-start error",
        "Audit trail for L2 jobs: audit/ folder in this repo",
        "Uptime 99.9%",
        "Release notes for each deploy",
    ]
    assert okr_file.key_results()[0][1].fields["status"] == "done"


def test_okrs_only_inside_fenced_code_are_examples() -> None:
    okr_file, problems = read("""\
        # OKRs

        ## Examples (to be agreed)

        ```markdown
        ## Objective 1: Prove the pilot works
        - KR1: 10 pilot customers
        ```
        """)
    assert okr_file.objectives == []
    assert [code for code, *_ in problems] == ["F006"]


def test_labelled_okrs_fenced_without_a_language_are_read() -> None:
    okr_file, _ = read("""\
        # Go-to-market playbook

        ## Week 1

        - [ ] **Landing page**
          - Hero and sign-up form

        ```ts
        const goal = "Objective: not this";
        ```

        ### OKRs

        #### Q1 OKRs

        ```
        Objective: Achieve product-market fit

        KR1: 10,000 registered users
        KR2: NPS score > 50
        ```

        #### Q2 OKRs

        ```
        Objective: Scale user acquisition

        KR1: 1,000 paying customers
        ```

        #### ❌ Bad (avoided)

        ```
        Objective: Finish the app
        KR1: Ship 5 API endpoints
        ```
        """)
    # under a heading that does not name the OKRs a fence holds a sample
    assert [(o.text, o.span.line, o.span.column, o.period) for o in okr_file.objectives] == [
        ("Achieve product-market fit", 17, 12, "Q1"),
        ("Scale user acquisition", 26, 12, "Q2"),
    ]
    assert [(kr.text, kr.span.line, kr.span.column) for _, kr in okr_file.key_results()] == [
        ("10,000 registered users", 19, 6),
        ("NPS score > 50", 20, 6),
        ("1,000 paying customers", 28, 6),
    ]


def test_a_quote_that_labels_the_objective_and_key_result_states_them() -> None:
    okr_file, _ = read("""\
        # SuperSonic OKR周报 — W17

        > **目标（O）**：攻坚前沿高性能策略
        > **关键结果（KR）**：交付的模块领先原有模块 40% 以上

        ## 一、本周核心进展

        ### 1. FP8 性能攻坚

        | 指标 | 本周结果 |
        |---|---|
        | MFU | 44.9% |

        - 完成 11 个 Shape 的 Sweep

        > 注：MFU 按峰值算力计算
        """)
    # the report's title names the OKRs; its progress sections and notes are not OKRs
    assert [(o.text, o.span.line, o.span.column) for o in okr_file.objectives] == [
        ("攻坚前沿高性能策略", 3, 13)
    ]
    assert [(kr.text, kr.span.line) for _, kr in okr_file.key_results()] == [
        ("交付的模块领先原有模块 40% 以上", 4)
    ]


def test_a_cjk_objective_label_with_its_kind_and_a_key_results_label_over_a_list() -> None:
    okr_file, _ = read("""\
        # V15 优化清单

        ### Opt 1：资源生命周期管理（P1）

        **优化目标**：所有 AsyncGenerator 的底层资源被正确清理

        **关键结果**：
        - KR1：wrapper generator 实现 return 方法
        - KR2：新增 5 个测试用例

        **预期收益**：长时间运行的 Agent 不会崩溃

        **对框架的影响**：
        - 正向：可靠性提升
        """)
    assert [(o.text, o.span.line) for o in okr_file.objectives] == [
        ("所有 AsyncGenerator 的底层资源被正确清理", 5)
    ]
    # the label "关键结果" (one word for key result and key results) is answered by its list:
    # the bold fields after it are the plan's, not key results
    assert [(kr.text, kr.span.line) for _, kr in okr_file.key_results()] == [
        ("wrapper generator 实现 return 方法", 8),
        ("新增 5 个测试用例", 9),
    ]


def test_a_table_whose_first_column_only_labels_its_rows() -> None:
    okr_file, _ = read("""\
        # Important links

        - Course syllabus: https://example.org/syllabus

        ## Objectives and Key Results (OKRs)

        ### **OKR 1: Cut inference cost**

        | **OKR Element** | **Description** | **Score and Notes** |
        |---|---|---|
        | **O** | **Cut inference cost:** serve models on cheaper hardware. | Score: 0.0 |
        | **KR1** | **Reduce average latency by 30%** against the legacy systems. \
Faster responses improve the experience of every user. | Score: 0.0 |
        | **KR2** | **Quantize 3 models** | Score: 0.0 |
        """)
    # a links section above is not a guide: the OKRs under a heading that names them are read
    (objective,) = okr_file.objectives
    assert (objective.text, objective.span.line) == ("Cut inference cost", 7)
    assert objective.fields["statement"].startswith("Cut inference cost:")
    results = [kr for _, kr in okr_file.key_results()]
    # a sentence of prose after the target, with no number, says why: a note
    assert [(kr.text, kr.span.line, kr.span.column) for kr in results] == [
        ("Reduce average latency by 30% against the legacy systems.", 12, 15),
        ("Quantize 3 models", 13, 15),
    ]
    assert results[0].fields["note"] == "Faster responses improve the experience of every user."
    assert results[0].fields["label"] == "KR1"


def test_short_sentences_after_a_target_are_more_of_it() -> None:
    okr_file, _ = read("""\
        ## Objective: Catch abuse early

        - New detection rules: 8+ rules in production. Health dashboard operational.
        - Implement the best method found in KR1. Create a solution built to scale to all teams.
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == [
        "New detection rules: 8+ rules in production. Health dashboard operational.",
        "Implement the best method found in KR1. Create a solution built to scale to all teams.",
    ]


def test_a_strategy_document_with_its_okrs_in_a_section_of_their_own() -> None:
    okr_file, _ = read("""\
        ## 1. Effets de réseau

        - Les templates créent un catalogue sectoriel.
        - Objectif M18 : 500+ templates dans la marketplace.

        ## 5. Structure de l'équipe Growth et OKRs

        #### OKRs trimestriels

        Q1 (M1-M3) : FONDATION

        - **O1 : **Atteindre le Product-Market Fit.
        - KR1 : 500 signups.
        - KR2 : Time-to-first-app < 120 secondes.

        Q2 (M4-M6) : TRACTION

        - **O2 : **Démontrer la traction PLG.
        - KR1 : 100 comptes Pro payants.
        """)
    # "X et OKRs" is a section holding the team's structure and the OKRs, not a guide; the
    # period lines are not objectives when the list labels its own ("**O1 : **", bold markers
    # the parser left as text); a labelled line with nothing beneath, above the OKRs the
    # document names, is a note
    assert [(o.text, o.span.line, o.span.column) for o in okr_file.objectives] == [
        ("Atteindre le Product-Market Fit.", 12, 12),
        ("Démontrer la traction PLG.", 18, 12),
    ]
    assert [(kr.text, kr.span.line) for _, kr in okr_file.key_results()] == [
        ("500 signups.", 13),
        ("Time-to-first-app < 120 secondes.", 14),
        ("100 comptes Pro payants.", 19),
    ]


def test_a_korean_goal_line_under_a_build_phase_is_not_an_objective() -> None:
    okr_file, _ = read("""\
        ### 핵심 목표

        | 목표 | 핵심 결과 (KR) |
        |------|----------------|
        | Notion CMS 연동 완성 | Notion DB 데이터를 2초 이내 렌더링 |
        | 관심 공고 관리 | 북마크 기능 완성 |

        ### Phase 1: 프로젝트 초기 설정

        **목표:** 프로젝트 골격을 구축하고 공통 레이아웃을 완성합니다.

        **완료 기준:**
        - 프로젝트가 정상 실행됨
        """)
    assert [o.text for o in okr_file.objectives] == ["Notion CMS 연동 완성", "관심 공고 관리"]


def test_a_target_column_named_with_the_date_it_is_for() -> None:
    okr_file, _ = read("""\
        ### Objective: Prove the thesis works for our beachhead

        | KR | Target by April 2027 |
        |---|---|
        | **KR1** — Pilot customers signed | 5 sales teams, all in the beachhead profile |
        """)
    ((_, kr),) = okr_file.key_results()
    assert (kr.text, kr.span.line, kr.span.column) == (
        "Pilot customers signed: 5 sales teams, all in the beachhead profile",
        5,
        13,
    )


def test_a_title_field_states_what_its_heading_only_names() -> None:
    okr_file, _ = read("""\
        ### Objective (목표)
        **제목**: "YouTube 콘텐츠 기반 학습 체계 구축"
        **기간**: Q1 2025
        **소유자**: hanchi

        ### Key Results

        #### KR1: 분석된 영상 수
        - **제목**: 분석된 영상 수 50개 달성
        - **목표값**: 50
        """)
    assert [(o.text, o.span.line) for o in okr_file.objectives] == [
        ("YouTube 콘텐츠 기반 학습 체계 구축", 2)
    ]
    # a Korean heading of a few words names the key result (Korean is written with spaces)
    assert [(kr.text, kr.span.line, kr.span.column) for _, kr in okr_file.key_results()] == [
        ("분석된 영상 수 50개 달성", 9, 11)
    ]


@pytest.mark.parametrize(
    ("heading", "objective"),
    [
        # "main objective", its qualifier after the word: the statement is beneath it
        ("### Objetivo principal", "Estabilizar o backend do MindFlow"),
        # a project's overall aim, beside its specific objectives: not one of the OKRs
        ("### Objetivo general", None),
        # … unless the method's own word glosses it
        ("### Objetivo General (Objective)", "Estabilizar o backend do MindFlow"),
    ],
)
def test_a_qualifier_after_the_word_objective(heading: str, objective: str | None) -> None:
    okr_file, _ = read(f"""\
        {heading}

        Estabilizar o backend do MindFlow

        ### Objective 1: Ship the pilot

        - KR1: 5 pilot customers signed
        """)
    assert [o.text for o in okr_file.objectives][:-1] == ([objective] if objective else [])


def test_a_labelled_key_result_hard_wrapped_over_several_lines() -> None:
    okr_file, _ = read("""\
        ## Objective 1 — A student can complete speaking reps twice a week

        **KR 1.1** — Practice flow runs end-to-end on Chromebook Chrome with
        webcam and mic, with <3s of perceived latency at each transition. _(Baseline:
        unverified on a real Chromebook.)_

        **KR 1.2** — AI feedback is age-appropriate and never evaluative-of-
        the-person.
        **KR 1.3** — Session data persists per user behind auth
        Teachers review it weekly
        """)
    assert [(kr.text, kr.span.line, kr.span.column) for _, kr in okr_file.key_results()] == [
        (
            "Practice flow runs end-to-end on Chromebook Chrome with webcam and mic, with <3s of "
            "perceived latency at each transition.",
            3,
            14,
        ),
        # a word broken at its hyphen is one word again
        ("AI feedback is age-appropriate and never evaluative-of-the-person.", 7, 14),
        # a short line, and a line that starts in capitals, are lines of their own
        ("Session data persists per user behind auth", 9, 14),
    ]


def test_a_list_item_that_names_the_okrs_holds_them() -> None:
    okr_file, _ = read("""\
        ## 1. Overview & Background

        *   **What is this feature?**
            *   The whole user experience of the app.
        *   **Business Objectives & Key Results (OKRs):**
            *   **Objective:** Create an intuitive experience.
                *   **Key Result 1:** New users start captioning within 30 seconds.
                *   **Key Result 2:** A rating of 4.5/5 or higher.
        """)
    # (inside a background section too, as a heading that names the OKRs would start them)
    assert [(o.text, o.span.line) for o in okr_file.objectives] == [
        ("Create an intuitive experience.", 6)
    ]
    assert [(kr.text, kr.span.line, kr.span.column) for _, kr in okr_file.key_results()] == [
        ("New users start captioning within 30 seconds.", 7, 31),
        ("A rating of 4.5/5 or higher.", 8, 31),
    ]


def test_labelled_key_results_fenced_under_their_objective_heading() -> None:
    okr_file, _ = read("""\
        ## 🎯 OKRs do SolarOS

        ### Objetivo 1: Crescimento Sustentável
        ```
        Key Results:
        - KR1: Faturar R$ 12M até Dez/2026
        - KR2: Fechar 120 contratos
        ```
        """)
    assert [(o.text, o.span.line) for o in okr_file.objectives] == [("Crescimento Sustentável", 3)]
    assert [(kr.text, kr.span.line, kr.span.column) for _, kr in okr_file.key_results()] == [
        ("Faturar R$ 12M até Dez/2026", 6, 8),
        ("Fechar 120 contratos", 7, 8),
    ]


@pytest.mark.parametrize(
    ("table", "text"),
    [
        (
            """\
            | KR | Statement | Metric | Target |
            |----|-----------|--------|--------|
            | **KR1.1** | Achieve high save reliability | `save_reliability` | ≥ 99.0% monthly |
            """,
            "Achieve high save reliability: ≥ 99.0% monthly",
        ),
        (
            """\
            | KR | Descrição | Meta quantitativa |
            |----|-----------|-------------------|
            | **KR 1.1** | Reduzir a taxa de mortalidade | ≤ 3,00% até Dez/2026 |
            """,
            "Reduzir a taxa de mortalidade: ≤ 3,00% até Dez/2026",
        ),
    ],
)
def test_a_statement_column_beside_the_id_states_the_key_result(table: str, text: str) -> None:
    okr_file, _ = read("### Objective: Reliable logging\n\n" + textwrap.dedent(table))
    ((_, kr),) = okr_file.key_results()
    assert (kr.text, kr.span.line) == (text, 5)


# -- things that look like OKRs and are not ---------------------------------------------------
def codes(problems: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int]]:
    return [(code, line, column) for code, line, column, _ in problems]


def test_definitions_of_the_terms_are_not_key_results() -> None:
    okr_file, problems = read("""\
        # Planning

        ## Working agreements

        - Objectives
          - Objectives are short statements of where we want to be.
        - Key results
          - Key results are the numbers that tell us we got there.

        - Every squad reviews their objectives each Monday.
        - How far along are the key results?
        - Who owns the plan?
        """)
    assert okr_file.objectives == []
    assert codes(problems) == [("F006", 1, 1)]  # information: no OKRs found, nothing skipped
    assert "look like key results" not in problems[0][3]


def test_lists_under_a_line_that_names_okrs_as_a_concept_are_method_not_okrs() -> None:
    okr_file, problems = read("""\
        ## Working together

        OKR's four key parts:

        - Focus - choose the 2-3 things that matter
        - Align - everyone sees the same plan
        - Track - check progress weekly

        CFRs we practise with the team

        - Conversations - a weekly one-to-one
        - Recognition - thank people in public
        """)
    assert okr_file.objectives == []
    assert codes(problems) == [("F006", 1, 1)]


def test_a_guide_heading_keeps_its_sample_okrs_and_sample_labels_out() -> None:
    okr_file, problems = read("""\
        ## Step one: set a direction

        Bad objective: Make more money

        Good objective: Delight our first 100 customers

        - Weak key result: Launch the new website
        - Strong key result: Activation from 30% to 45%

        ## How we use OKRs

        ### Example OKRs

        #### Objective: Grow the user base

        - KR1: 500 weekly active users
        """)
    assert okr_file.objectives == []
    assert codes(problems) == [("F006", 1, 1)]


def test_lists_of_links_are_never_key_results() -> None:
    okr_file, problems = read("""\
        ## Getting started

        - [A primer on goal setting](https://example.org/primer)
        - [The planning sheet](https://example.org/sheet) - updated monthly
        - Background reading
            - [An essay on focus](https://example.org/essay)
            - https://example.org/talk
        """)
    assert okr_file.objectives == []
    assert codes(problems) == [("F006", 1, 1)]


def test_links_listed_under_a_labelled_objective_are_its_key_results() -> None:
    # an author who labels the objective says what the list is, links or not
    okr_file, _ = read("""\
        ## Objective: Make tutorials easier to finish

        - [Every tutorial names what it needs first](https://example.org/issues/1)
        - [Learners can save their code](https://example.org/issues/2)
        """)
    assert structure(okr_file) == [
        (
            "Make tutorials easier to finish",
            (1, 15),
            [
                ("Every tutorial names what it needs first", 3, 4),
                ("Learners can save their code", 4, 4),
            ],
        )
    ]


def test_date_and_diary_headings_are_never_objectives() -> None:
    okr_file, problems = read("""\
        # Notebook

        ## 2.1. 2024/03/05

        - Ran 5 km before work
        - Read two chapters

        ## March 3, 2024
        - Called the bank

        ## Learning diary

        ### Week one
        - Finished the first course
        """)
    assert okr_file.objectives == []
    assert codes(problems) == [("F006", 5, 1)]  # 3 items skipped: no objective above them
    assert "3 list items from line 5" in problems[0][3]


@pytest.mark.parametrize("word", ["Annual", "Anual", "年度", "Jährlich"])
def test_a_bare_period_word_in_any_language_is_a_period(word: str) -> None:
    # a list under it has no objective (as under "## 2024"); objectives beneath take the period
    okr_file, problems = read(f"""\
        # OKR

        ## 1.1. {word}

        - Read 12 books
        - Run a half marathon

        ### Objective: Stay healthy
        - Resting heart rate under 60
        """)
    assert structure(okr_file) == [
        ("Stay healthy", (8, 16), [("Resting heart rate under 60", 9, 3)])
    ]
    assert okr_file.objectives[0].period == word
    assert codes(problems) == [("F006", 5, 1)]


@pytest.mark.parametrize(
    "heading",
    ["资源", "下一步", "Recursos", "Próximos pasos", "Ressources", "Nächste Schritte", "学习资源"],
)
def test_resources_and_next_steps_in_other_languages_are_not_okrs(heading: str) -> None:
    okr_file, _ = read(f"""\
        ## Grow the user base
        - 500 weekly active users

        ## {heading}
        - The onboarding handbook
        - Talk to the design team
        """)
    assert structure(okr_file) == [
        ("Grow the user base", (1, 4), [("500 weekly active users", 2, 3)])
    ]


def test_a_line_that_titles_the_list_below_it_decides_what_the_list_is() -> None:
    # a blank line between the title and its list or not
    okr_file, problems = read("""\
        ## Objectives

        1. Understand the protocol in depth
        2. Ship one contribution upstream

        Next steps:

        1. Learn the second layer
        """)
    assert problems == []
    assert structure(okr_file) == [
        ("Understand the protocol in depth", (3, 4), []),
        ("Ship one contribution upstream", (4, 4), []),
    ]


def test_a_line_naming_measures_titles_the_key_results_of_an_objective_without_any() -> None:
    okr_file, _ = read("""\
        ## Grow revenue

        Metrics:

        - ARR from $1M to $2M
        - 50 new customers

        Next steps:

        - Hire a sales lead
        """)
    assert structure(okr_file) == [
        ("Grow revenue", (1, 4), [("ARR from $1M to $2M", 5, 3), ("50 new customers", 6, 3)])
    ]


def test_a_list_of_several_sentences_each_is_prose_not_key_results() -> None:
    okr_file, problems = read("""\
        ## Deliberate practice

        Notes from a book about practice.

        Rules of purposeful practice

        1. Purposeful practice has clear goals. Mine is to learn every word on the list.
        2. Purposeful practice is focused. Nothing else runs while I study.
        3. Purposeful practice needs feedback. The flashcards tell me what I missed.
        """)
    assert okr_file.objectives == []
    assert codes(problems) == [("F006", 1, 1)]


def test_key_results_with_a_note_after_them_are_not_prose() -> None:
    # a number says a key result, whatever sentence follows it; so does a label
    okr_file, _ = read("""        ## Make the service dependable

        - Reduce p95 latency to 200ms. Measured weekly.
        - Zero sev-1 incidents this quarter. Tracked in the log.

        ## Make the docs complete

        - KR1: Every command has a page. Reviewed by support.
        - KR2: New users find answers alone. Checked in interviews.
        """)
    assert structure(okr_file) == [
        (
            "Make the service dependable",
            (1, 4),
            [
                ("Reduce p95 latency to 200ms. Measured weekly.", 3, 3),
                ("Zero sev-1 incidents this quarter. Tracked in the log.", 4, 3),
            ],
        ),
        (
            "Make the docs complete",
            (6, 4),
            [
                ("Every command has a page. Reviewed by support.", 8, 8),
                ("New users find answers alone. Checked in interviews.", 9, 8),
            ],
        ),
    ]


def test_committed_okrs_inside_a_process_section_are_read() -> None:
    # "### Committed OKRs" says the OKRs are beneath it, inside a section about something else;
    # each objective is a labelled heading with a line that describes it, then its key results
    okr_file, problems = read("""\
        # How we plan

        ## Process

        At the start of each month:
          * Each team picks their top objective.
          * Ask why it matters.

        ### Committed OKRs

        Some things we always keep doing.

        #### Objective: Reliability
        Our service should never be down for long.

          * Key Result: Restore service within 30 minutes of any outage.
          * Key Result: Roll back a release that fails its checks. Fix it within the day.

        #### Objective: Quick answers
        Customers should hear back fast.

          * Key Result: Every ticket gets a reply within one business day.
        """)
    assert problems == []
    assert structure(okr_file) == [
        (
            "Reliability",
            (13, 17),
            [
                ("Restore service within 30 minutes of any outage.", 16, 17),
                ("Roll back a release that fails its checks. Fix it within the day.", 17, 17),
            ],
        ),
        (
            "Quick answers",
            (19, 17),
            [("Every ticket gets a reply within one business day.", 22, 17)],
        ),
    ]


def test_a_labelled_objective_heading_inside_a_process_section_is_read() -> None:
    # no heading names the OKRs: the label says an objective starts; a sibling heading after
    # it is the section's again, and a word before the label makes it talk about an objective
    okr_file, problems = read("""\
        # How we plan

        ## Process

        Each team drafts in week one.

        #### Objective: Reliability

        Our service should never be down for long.

        * Key Result: Restore service within 30 minutes of any outage
        * Key Result: 99.9% monthly uptime

        #### Weekly rituals

        - Demo on Fridays

        #### Possible objective: Faster builds

        - Builds under 5 minutes
        """)
    assert structure(okr_file) == [
        (
            "Reliability",
            (7, 17),
            [
                ("Restore service within 30 minutes of any outage", 11, 15),
                ("99.9% monthly uptime", 12, 15),
            ],
        )
    ]
    assert problems == []


def test_template_blanks_are_never_objectives_or_key_results() -> None:
    okr_file, problems = read("""\
        # OKRs Q3

        ## Objective: [Your objective here]

        - KR1: [A measurable result]
        - KR2: ___

        ## Objective 2

        - Key result: {{ key_result }}
        - Key result: TBD
        """)
    assert okr_file.objectives == []
    assert codes(problems) == [("F006", 1, 1)]


def test_a_file_of_only_things_about_okrs_is_information_not_an_error(lint) -> None:  # type: ignore[no-untyped-def]
    found = lint(
        """\
        # Objectives and Key Results

        ## Key concepts

        OKRs consist of two elements:

        - Objectives
          - Objectives are where we want to be.
        - Key results
          - Key results are how we know we got there.

        ### References

        * [A guide to OKRs](https://example.org/guide)

        ## 2024-01-10

        1. Practice has clear goals. Mine is the word list.
        2. Practice needs feedback. The cards show what I missed.
        """,
        name="okrs.md",
    )
    assert found == [("F006", 1, 1)]


# -- conventions seen on reader sets F and G (own minimal fixtures) --------------------------------
def test_a_metrics_heading_under_an_objective_titles_its_key_results() -> None:
    """ "### Metrics" under an objective whose other sections are initiatives: its table is the
    key results ("Metric: Goal", quarter columns left out); the prose list after the table
    explains them."""
    okr_file, _ = read("""\
        # Project OKRs 2019

        ## 1. Grow the community

        ### Initiatives

        - [ ] Write a contributor guide

        ### Metrics

        | Metric | Goal | Q1 | Q2 |
        | --- | --- | --- | --- |
        | # of active contributors | 30 | 3 | |
        | # of forum members | 500 | 61 | |

        We aim high for two reasons:
        - the project is young
        - contributors ask for it
        """)
    assert structure(okr_file) == [
        (
            "Grow the community",
            (3, 7),
            [
                ("# of active contributors: 30", 13, 3),
                ("# of forum members: 500", 14, 3),
            ],
        )
    ]


def test_measures_a_heading_says_are_always_watched_are_not_key_results() -> None:
    okr_file, _ = read("""\
        ## Charter: Speed

        **Objective**: Ship features faster

        ### KPIs (Always-on Metrics)
        | Metric | Current | Target |
        |---|---|---|
        | Build time | 24 min | < 20 min |

        ### OKRs
        | KR | Target |
        |---|---|
        | Cache the dependency downloads | Build time under 15 min |
        """)
    assert [(kr.text, kr.span.line) for o in okr_file.objectives for kr in o.key_results] == [
        ("Cache the dependency downloads: Build time under 15 min", 13)
    ]


def test_objective_ids_with_a_hyphen_in_code_spans_are_labels() -> None:
    okr_file, _ = read("""\
        **Our goals**

        - `O-1` **Lower the barrier to testing**
          - `KR-1-1` Publish a one-hour tutorial
          - `KR-1-2` Separate test data from scripts
        - `O-2` **Test faster**
          - `KR-2-1` One-command deployment
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Lower the barrier to testing",
            ["Publish a one-hour tutorial", "Separate test data from scripts"],
        ),
        ("Test faster", ["One-command deployment"]),
    ]


def test_a_table_that_points_to_key_results_by_id_holds_none() -> None:
    okr_file, _ = read("""\
        ## O1: Ship the pipeline
        - **KR1:** Convert 10 lecture PDFs end to end

        ## Alignment map

        | Goal | Objective | Key results |
        |---|---|---|
        | Study faster | O1: Ship the pipeline | KR1-KR4 |
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("Ship the pipeline", ["Convert 10 lecture PDFs end to end"])
    ]


def test_under_key_results_a_bold_statement_is_the_key_result_and_its_list_the_work() -> None:
    okr_file, _ = read("""\
        ## Get people excited about the browser extension

        ### Key Results
        **The extension is the reference implementation in the browser**
          - Simplified onboarding
          - Up-to-date developer documentation

        **Get the partner integration released**

        - Extension works out of the box
        """)
    assert structure(okr_file) == [
        (
            "Get people excited about the browser extension",
            (1, 4),
            [
                ("The extension is the reference implementation in the browser", 4, 3),
                ("Get the partner integration released", 8, 3),
            ],
        )
    ]


def test_under_key_results_a_bold_theme_groups_the_key_results_beneath_it() -> None:
    okr_file, _ = read("""\
        ## Be there for the family

        ### Key Results
        **Time and engagement with the kids**
        - Spend two afternoons a week with the kids
        - Read together every evening
        """)
    assert [kr.text for o in okr_file.objectives for kr in o.key_results] == [
        "Spend two afternoons a week with the kids",
        "Read together every evening",
    ]


def test_bold_objectives_under_a_period_with_priority_codes_and_owners() -> None:
    """Bold statements, each with its list, again and again under a period heading: objectives,
    whether or not their items state numbers. "`PX` @owner - text": priority and owner are not
    the key result's words; "`PX` - " alone is a key result not written yet."""
    okr_file, _ = read("""\
        # Quarterly Objectives and Key Results

        ## 2018 Q4

        **The daemon handles large datasets without a sweat**
        - `PX` - It takes less than 48 hours to transfer a 1TB dataset
        - `PX` @alice - There is a prototype of the new sync protocol

        **The tool becomes a beloved part of the workflow**
        - `PX` -
        - `P1` - Rewrite the pinning data structures
        """)
    assert [
        (o.text, [(kr.text, kr.fields.get("owner")) for kr in o.key_results])
        for o in okr_file.objectives
    ] == [
        (
            "The daemon handles large datasets without a sweat",
            [
                ("It takes less than 48 hours to transfer a 1TB dataset", None),
                ("There is a prototype of the new sync protocol", "@alice"),
            ],
        ),
        (
            "The tool becomes a beloved part of the workflow",
            [("Rewrite the pinning data structures", None)],
        ),
    ]


def test_objective_ids_inside_a_release_and_capital_done_notes() -> None:
    okr_file, _ = read("""\
        ### R0 Objectives

        #### **R0-O1: Establish semantic foundations**

        **Key Results**:
        - **KR1.1**: Ontology defined with 5 core concepts ✅ DONE (updated 2026-07-19)
        - **KR1.2**: Scoring rules documented and tested
        """)
    assert [
        (o.text, [(kr.text, kr.fields.get("status")) for kr in o.key_results])
        for o in okr_file.objectives
    ] == [
        (
            "Establish semantic foundations",
            [
                ("Ontology defined with 5 core concepts", "DONE (updated 2026-07-19)"),
                ("Scoring rules documented and tested", None),
            ],
        )
    ]


def test_a_column_named_for_the_key_result_in_parentheses_holds_them() -> None:
    okr_file, _ = read("""\
        # Product OKRs

        ## Choose the right problems

        | Target (KR) | Current status |
        |---|---|
        | The assistant drafts a product spec for a new feature | partly |
        | The assistant stores product ideas for later | not yet |
        """)
    assert [(kr.text, kr.span.line) for o in okr_file.objectives for kr in o.key_results] == [
        ("The assistant drafts a product spec for a new feature", 7),
        ("The assistant stores product ideas for later", 8),
    ]


def test_a_heading_that_names_a_key_result_with_its_statements_listed_beneath() -> None:
    """ "## [P1] Key Result 3: Reflecting" then bullets that state it (their sub-bullets explain
    them): the bullets are the key results; a list of names or a progress note is not."""
    okr_file, _ = read("""\
        # Objective 2: Health

        ## [P0] Key Result 1: Exercise
        * Go to the gym three times a week
          * The type of exercise is kept vague on purpose.

        ## [P1] Key Result 2: Reflecting
        * Journal 3 times a week
        * Reflect on goals monthly

        ## [P1] Key Result 3: Relationships
        * Weekly video call with family

        ## Key Result 4: Leading metric
        - Progress: 40%
        - On track
        """)
    assert [
        (kr.text, kr.span.line, kr.fields.get("name"))
        for o in okr_file.objectives
        for kr in o.key_results
    ] == [
        ("Go to the gym three times a week", 4, "Exercise"),
        ("Journal 3 times a week", 8, "Reflecting"),
        ("Reflect on goals monthly", 9, "Reflecting"),
        ("Weekly video call with family", 12, "Relationships"),
        ("Leading metric", 14, None),
    ]


def test_a_question_about_the_authors_own_okrs_holds_them() -> None:
    """A guide's "What is an OKR?" holds samples; "What are your actual OKRs though?" in a
    blog post holds the author's own."""
    okr_file, _ = read("""\
        ## What is an OKR?

        ### Objective 1: Sample objective
        - KR1: Sample key result with 10 things

        ## What are your actual OKRs though?

        ### Objective 1: Keep watering the flowers
        - KR1: *1hr studying at least once a week*
        - KR2: *3x exercise sessions per week*
        """)
    assert structure(okr_file) == [
        (
            "Keep watering the flowers",
            (8, 18),
            [
                ("1hr studying at least once a week", 9, 9),
                ("3x exercise sessions per week", 10, 9),
            ],
        )
    ]


def test_an_identifier_heading_takes_its_words_from_the_description_beneath() -> None:
    okr_file, _ = read("""\
        # Tool OKRs

        ## single-task-speed 🔴

        **Description:** The tool completes individual tasks quickly. Important for fixes.

        | Target (KR) | Current status |
        |---|---|
        | Median task time under 20 minutes | unmeasured |

        ## vendor-risk ❓

        **Description:** Limited exposure to pricing shifts at any single vendor.
        """)
    assert [
        (o.text, o.span.line, o.span.column, o.fields.get("name"), len(o.key_results))
        for o in okr_file.objectives
    ] == [
        ("The tool completes individual tasks quickly.", 5, 18, "single-task-speed", 1),
        ("Limited exposure to pricing shifts at any single vendor.", 13, 18, "vendor-risk", 0),
    ]


def test_a_one_or_two_word_group_with_key_results_beneath_is_not_a_key_result() -> None:
    okr_file, _ = read("""\
        ## Objective

        Create a private collaborative editor that is delightful to use.

        ## Key Results

        - Robustness
          - [ ] The editor handles 5 users for an hour without a failure
          - [ ] The editor handles 10 users for an hour without a failure
        - Runtime support
          - [ ] The editor runs on Chrome
          - [ ] The editor runs on Firefox
        - Publish the architecture document
          - draft it with the team
        """)
    assert [kr.text for o in okr_file.objectives for kr in o.key_results] == [
        "The editor handles 5 users for an hour without a failure",
        "The editor handles 10 users for an hour without a failure",
        "The editor runs on Chrome",
        "The editor runs on Firefox",
        "Publish the architecture document",
    ]


def test_checkboxes_under_a_heading_that_names_a_key_result_are_its_tasks() -> None:
    okr_file, _ = read("""\
        ## Objective
        Deploy the scenario generator on the cloud.

        ## Key Results

        ### KR1: MVP Deliverables
        - [x] Basic web interface for natural language input
        - [ ] Core generation engine
        """)
    assert [(kr.text, kr.span.line) for o in okr_file.objectives for kr in o.key_results] == [
        ("MVP Deliverables", 6)
    ]


def test_a_four_square_grid_with_labelled_lines_in_its_cells() -> None:
    """OKRs written as "**Objective:**" and "- KR:" lines in one quadrant of a table, the
    team's priorities and metrics in the others."""
    okr_file, _ = read("""\
        | | |
        | --- | --- |
        | **Priorities** | **OKRs** |
        | **P1:** cover 20 miles of walking | (5/10) **Objective:** Reshape my body. |
        | **P2:** one longer walk | - KR: lower my BMI to 25 |
        | | - KR: run a 5k |
        """)
    assert structure(okr_file) == [
        ("Reshape my body.", (4, 61), [("lower my BMI to 25", 5, 35), ("run a 5k", 6, 11)])
    ]


def test_labelled_objectives_leading_rows_with_their_key_results_beside_them() -> None:
    # no column names them: each row's first cell is a labelled objective, its key results
    # are labelled lines in the cell beside it; read row by row, not down the columns
    okr_file, _ = read("""\
        | Release 01 | |
        |---|---|
        | **Objetivo 1:** Easy setup | **KR 1.1:** 90% do a tutorial<br>**KR 1.2:** 10% faster |
        | **Objetivo 2:** Recruit faster | **KR 2.1:** Alert on duplicates |
        """)
    assert structure(okr_file) == [
        ("Easy setup", (3, 19), [("90% do a tutorial", 3, 44), ("10% faster", 3, 77)]),
        ("Recruit faster", (4, 19), [("Alert on duplicates", 4, 48)]),
    ]


def test_an_html_table_left_open_with_key_results_as_list_items_in_a_cell() -> None:
    # "<table>" typed where "</table>" was meant, at the end of the block; each <li> a line
    okr_file, _ = read("""\
        <table>
            <tr>
                <th colspan="2">Release 01: user experience</th>
            </tr>
            <tr>
                <td><b>Objetivo 1:</b> Make setup easy</td>
                <td>
                    <ul>
                        <li><b>KR 1.1:</b> 90% finish a tutorial</li>
                        <li><b>KR 1.2:</b> Setup time down 10%</li>
                    </ul>
                </td>
            </tr>
            <tr>
                <td><b>Objetivo 2:</b> Recruit faster</td>
                <td><ul><li><b>KR 2.1:</b> Alert on duplicates</li></ul></td>
            </tr>
        <table>
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("Make setup easy", ["90% finish a tutorial", "Setup time down 10%"]),
        ("Recruit faster", ["Alert on duplicates"]),
    ]


def test_a_sentence_that_announces_the_objective_and_then_the_key_results() -> None:
    okr_file, _ = read("""\
        # FY22Q4 OKR Plan

        Our objective this quarter is to:

        **Make an effortless customer experience a habit for each engineer**

        We will measure this via the following key results:

        - 95% of open cases honour our guiding principles
        - Every engineer takes a weekly focus day

        ## Task details

        ### 1 Case reviews
        - Workgroup: Ann, Bo
        - Details: launch 3 types of case review
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Make an effortless customer experience a habit for each engineer",
            [
                "95% of open cases honour our guiding principles",
                "Every engineer takes a weekly focus day",
            ],
        )
    ]


def test_a_goal_column_after_the_key_result_column_is_its_target() -> None:
    """目标 (and "Goal") names an objective column, but after the key result it is the target."""
    okr_file, _ = read("""\
        ### O1：成为用户安装 AI Skill 的第一选择
        | KR | 当前 | 目标 | 期限 |
        |----|------|------|------|
        | KR1.1 安装量 | 0 | 10,000 | 6月 |
        | KR1.2 搜索安装转化率 | 未知 | >40% | 6月 |
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("成为用户安装 AI Skill 的第一选择", ["安装量: 10,000", "搜索安装转化率: >40%"])
    ]


def test_a_struck_out_key_result_is_gone() -> None:
    okr_file, _ = read("""\
        ## Objective: Launch the portfolio site

        ## Key Results

        ### KR 1.1: Design system created with a unique visual identity

        ### KR 1.2: ~~Production site deployed and live~~ REMOVED

        ### KR 1.3: Interactive prototype approved by Beck
        """)
    assert [(kr.text, kr.span.line) for o in okr_file.objectives for kr in o.key_results] == [
        ("Design system created with a unique visual identity", 5),
        ("Interactive prototype approved by Beck", 9),
    ]


def test_a_key_result_joined_out_of_source_order_spans_its_cells_forwards() -> None:
    """ "| Target | Key result |": the words read "Key result: Target", the span runs from the
    target cell's first character to the key result cell's last, never backwards."""
    okr_file, _ = read("""\
        ## Keep customers

        | Target | Key result |
        |---|---|
        | 99.5% | Crash-free sessions |
        """)
    (kr,) = [kr for o in okr_file.objectives for kr in o.key_results]
    assert kr.text == "Crash-free sessions: 99.5%"
    assert (kr.span.line, kr.span.column, kr.span.end_line, kr.span.end_column) == (5, 3, 5, 30)


def test_a_generic_objective_heading_with_a_name_in_parentheses_and_a_task_breakdown() -> None:
    okr_file, _ = read("""\
        ## 🎯 Objective 1（核心目标）

        **完成《实战指南》初稿，达到可公开发布的质量**

        ### Key Results
        - [ ] 14 章全部完成初稿
        - [ ] 每章至少 1 个可运行的代码示例

        ### 任务拆解（按流程）
        - [ ] **Task α：** 监控 cron 任务运行状态
        """)
    assert [
        (o.text, o.span.line, [kr.text for kr in o.key_results]) for o in okr_file.objectives
    ] == [
        (
            "完成《实战指南》初稿，达到可公开发布的质量",
            3,
            ["14 章全部完成初稿", "每章至少 1 个可运行的代码示例"],
        )
    ]


def test_a_chinese_quarter_with_its_okrs_as_nested_checkboxes() -> None:
    okr_file, _ = read("""\
        ## 季度计划

        ### 第一季度

        Q1 OKR：

        - [x] 组建官网共建核心小组
          - [x] 制定贡献成长方案
          - [x] 至少发展两名稳定的团队成员
        """)
    assert [(o.text, o.period, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("组建官网共建核心小组", "Q1", ["制定贡献成长方案", "至少发展两名稳定的团队成员"])
    ]


def test_an_html_table_with_rowspans_and_headers_in_two_languages() -> None:
    """<td rowspan=…> stands in its column in the rows below it, so their cells stay under their
    headers; "Objective 目标" and "Key Results 关键结果" name the columns twice."""
    okr_file, _ = read("""\
        ## 家庭 OKR

        <table>
          <tr><th>Objective 目标</th><th>Key Results 关键结果</th><th>备注</th></tr>
          <tr><td rowspan=3>O1 提升财务表现</td>
              <td rowspan=2>KR1: 家庭年收入超过 XXX</td><td>剔除车辆资产</td></tr>
          <tr><td>L3 Name A</td></tr>
          <tr><td>KR2: 非职业收入占比至 XX%</td><td>L3 Name C</td></tr>
          <tr><td>O2 促进家庭和谐</td><td>KR1: 每月至少1次深度交流</td><td></td></tr>
        </table>
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("提升财务表现", ["家庭年收入超过 XXX", "非职业收入占比至 XX%"]),
        ("促进家庭和谐", ["每月至少1次深度交流"]),
    ]


def test_a_generic_objective_heading_stated_by_the_sub_heading_below_it() -> None:
    okr_file, _ = read("""\
        ## Objective

        ### 🏥 Become the patient-safety tool five care homes cannot do without

        *Inspiring enough to read aloud every morning.*

        ## Key Results

        ### KR1 — Leading
        > **50 nurses confirm alerts at least 4 days a week in month 3**
        """)
    assert [
        (o.text, o.span.line, [(kr.text, kr.span.line) for kr in o.key_results])
        for o in okr_file.objectives
    ] == [
        (
            "Become the patient-safety tool five care homes cannot do without",
            3,
            [("50 nurses confirm alerts at least 4 days a week in month 3", 10)],
        )
    ]


def test_a_quoted_objective_and_key_results_named_by_type_with_their_measure_in_bold() -> None:
    okr_file, _ = read("""\
        ### Objective
        > **Help final-year students see why their CV is rejected**
        >
        > *(qualitative, inspiring)*

        ### Key Results

        #### KR1 — Leading · User Behavior
        **≥ 70%** of sessions finish the full loop in the first 30 days.
        *Note: measurable from day one.*

        #### KR2 — Lagging · Business / Revenue
        **≥ 30%** of users report an interview callback within 2 weeks.
        """)
    assert [
        (o.text, o.span.line, [(kr.text, kr.span.line) for kr in o.key_results])
        for o in okr_file.objectives
    ] == [
        (
            "Help final-year students see why their CV is rejected",
            2,
            [
                ("≥ 70% of sessions finish the full loop in the first 30 days.", 9),
                ("≥ 30% of users report an interview callback within 2 weeks.", 13),
            ],
        )
    ]


def test_a_sentence_that_announces_guidelines_keeps_its_list_out_of_the_okrs() -> None:
    # a team handbook page named for OKRs: a heading with a list under "… follow these
    # guidelines:" holds rules, not an objective's key results (it once failed a build, O101)
    okr_file, problems = read(
        """\
        # Front-end team

        ## Front-end team OKR

        Each person's OKRs are tracked in a board.

        ## Code reviews

        ### Doing a code review

        When reviewing a piece of code, follow those guidelines:

        - Keep the review concise.
        - Think about the bigger picture.
        """,
        path="okr.md",
    )
    assert okr_file.objectives == []
    assert [code for code, *_ in problems] == ["F006"]  # no OKRs found, said as info


def test_a_sentence_that_announces_metrics_still_introduces_key_results() -> None:
    okr_file, _ = read("""\
        ### Objective: Grow the community

        We will track these metrics:

        - Monthly active contributors from 40 to 60
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == [
        "Monthly active contributors from 40 to 60"
    ]


def test_a_key_result_id_heading_with_its_label_and_the_statement_on_the_next_line() -> None:
    okr_file, _ = read("""\
        ### O3 Onboard people

        #### O3KR2
        _Key Result_:
        At least 4 analysts have merged 2 pull requests each. [1/8]
        """)
    assert structure(okr_file) == [
        (
            "Onboard people",
            (1, 8),
            [("At least 4 analysts have merged 2 pull requests each.", 5, 1)],
        )
    ]


def test_a_period_heading_may_say_what_it_is() -> None:
    okr_file, _ = read("""\
        ### Current Period: Q1 2026

        **Objective 1**: Improve activation and retention
        - **KR1**: Activation rate from 62% to 70%
        """)
    assert structure(okr_file) == [
        ("Improve activation and retention", (3, 18), [("Activation rate from 62% to 70%", 4, 12)])
    ]
    assert okr_file.objectives[0].period == "Q1 2026"


def test_a_table_that_names_objectives_makes_other_headings_sections() -> None:
    # the file's objectives are the table's rows; "Strategic priorities" with a list beneath
    # is not one more objective
    okr_file, _ = read("""\
        ## Current OKRs

        | Objective | Key Result | Target |
        |-----------|------------|--------|
        | Improve user activation | Activation rate increase | +25% |

        ## Working style preferences

        - Prefers concise, actionable output
        - Values data-driven decisions
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("Improve user activation", ["Activation rate increase: +25%"])
    ]


def test_meeting_notes_agenda_items_and_an_okr_review_item() -> None:
    # a heading with a timebox is an agenda item, not an objective; under a heading that names
    # OKRs, an item with items nested under it is an objective with its key results
    okr_file, _ = read("""\
        # Partnerships WG meeting #11

        ## Icebreakers! (5 mins)

        - Ethan: Biscotti
        - Carl

        ## Review and update OKRs for Season 2 (5 mins)

        1. Raise $50k in grants from partner organisations
            1. Present the revenue goal to governance
            2. Create proposal assets
        """)
    assert structure(okr_file) == [
        (
            "Raise $50k in grants from partner organisations",
            (10, 4),
            [
                ("Present the revenue goal to governance", 11, 8),
                ("Create proposal assets", 12, 8),
            ],
        )
    ]


def test_a_handbook_page_with_owner_roles_and_its_table_of_contents() -> None:
    okr_file, _ = read("""\
        ## On this page
        {:.no_toc}

        - TOC
        {:toc}

        ## OKRs

        ### 3. CEO: Accelerate customer initiatives
           1. **CEO KR:** Achieve 40% of ARR on cloud licensing
        """)
    assert structure(okr_file) == [
        (
            "Accelerate customer initiatives",
            (9, 13),
            [("Achieve 40% of ARR on cloud licensing", 10, 19)],
        )
    ]
    assert okr_file.objectives[0].fields["owner"] == "CEO"


def test_a_value_under_the_key_results_column_is_the_target_of_the_metric_beside_it() -> None:
    okr_file, _ = read("""\
        ### OKR update

        | **Metrics** | **Objectives** | **Expected KRs** **(TO BE)** | **Status** |
        | --- | --- | --- | --- |
        | MAU view rate | Increase user activation per session | ≧55% | in progress |
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("Increase user activation per session", ["MAU view rate: ≧55%"])
    ]


def test_labelled_lines_folded_into_a_list_item_and_key_results_listed_line_by_line() -> None:
    # text pasted from a document: "2. Commercial area" starts a list and CommonMark folds the
    # lines typed below it into the item; "KRs:" then one key result per line, no markers
    okr_file, _ = read("""\
        2. COMMERCIAL AREA (Growth)
        Q1: Foundations
        Objective: Change how the market sees us.
        KRs:
        Raise brand awareness 15% through LinkedIn.
        Cut the sales cycle by 15%.
        e.g. with the new narrative framework
        Growth initiatives:
        Set up HubSpot as the single source of truth.
        Objective: Prove the offer with hard evidence.
        KRs:
        Publish 5 case studies with measured savings.
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Change how the market sees us.",
            ["Raise brand awareness 15% through LinkedIn.", "Cut the sales cycle by 15%."],
        ),
        ("Prove the offer with hard evidence.", ["Publish 5 case studies with measured savings."]),
    ]


def test_a_part_number_divides_the_document_and_is_no_part_of_the_method() -> None:
    # "Part 2: Company-level OKRs" holds the OKRs; "Part 1: OKR framework" is about the method
    okr_file, _ = read("""\
        ## Part 1: OKR Framework

        - **Objectives**: qualitative, inspiring goals

        ## Part 2: Company-Level OKRs (FY2025)

        ### OBJECTIVE 1: Establish product-market fit

        | Key Result | Baseline | Target |
        |------------|----------|--------|
        | KR1.1: Convert 8 paid pilots to annual subscriptions | 0 | 8 |
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("Establish product-market fit", ["Convert 8 paid pilots to annual subscriptions"])
    ]


def test_a_guide_titled_in_another_language_holds_examples_not_okrs() -> None:
    okr_file, _ = read("""\
        ## OKR 작성 가이드

        ### 실전 사례

        **Objective**: 더 많은 구매 전환을 일으키는 웹사이트를 런칭한다
        - 구매 전환율 30% 상승

        ## 2026 Q1 OKR

        ### Objective: 사용자 몰입도를 높인다
        - 평균 세션 15분
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("사용자 몰입도를 높인다", ["평균 세션 15분"])
    ]


def test_a_metrics_table_far_below_the_okrs_measures_none_of_them() -> None:
    okr_file, _ = read("""\
        ## OKRs

        **Objective 1: Demonstrate offline capability**
        - [ ] KR1: 90% of sessions include offline usage

        ## Support & community metrics

        ### Support

        | Metric | Target | Current |
        |--------|--------|---------|
        | First response time | <24h | TBD |

        ## Competitive benchmarking

        | Metric | Our target | Rival |
        |--------|------------|-------|
        | Free access | 100% | 10% |
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("Demonstrate offline capability", ["90% of sessions include offline usage"])
    ]


def test_a_generic_goal_heading_takes_the_whole_wrapped_sentence() -> None:
    okr_file, _ = read("""\
        # February 2026: Make current state public

        ## Goal

        Finish extracting the reusable platform from `b-ops` into
        `business-operations`, with automated tests proving the pipeline works.

        ## Key Results

        1. `demo-ops` deploys into a VM (tested automatically)
        """)
    assert structure(okr_file) == [
        (
            "Finish extracting the reusable platform from b-ops into business-operations, "
            "with automated tests proving the pipeline works.",
            (5, 1),
            [("demo-ops deploys into a VM (tested automatically)", 10, 5)],
        )
    ]


def test_a_column_of_initiatives_never_states_the_key_result() -> None:
    # a map from each key result to its initiatives restates nothing of its own
    okr_file, _ = read("""\
        ### Objective: Deepen engagement
        - KR 1: Average session of 15 minutes

        ### KR-initiative map

        | KR | Key initiative |
        |----|----------------|
        | KR 1 (15 min) | Onboarding modal, conversation export |
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == ["Average session of 15 minutes"]


def test_a_key_result_heading_that_names_its_kind_of_indicator() -> None:
    # "KR1 — Leading: …" names what kind of indicator it is; the statement is below it, in a
    # bold quote, a "Content:" field among the key result's fields, or a line with a number
    okr_file, _ = read("""\
        ## Objective: Become the patient-safety tool care homes rely on

        ## Key Results

        ### KR1 — Leading: what nurses actually do

        > **50 nurses confirm alerts in the app 4 days a week**

        ### KR2: Lagging Indicator (business value)
        *   **Content:** **Sign 5 paid pilot contracts by the end of the quarter.**
        *   **Why:** Paying is the strongest sign of product-market fit.

        ### KR3 — Quality (Retention)
        Achieve **30% week-1 retention** and **NPS ≥ 40**

        ## Tóm tắt

        | | **KR** |
        |---|---|
        | KR1 | 50 nurses 4 days a week |
        """)
    assert [(kr.text, kr.span.line) for _, kr in okr_file.key_results()] == [
        ("50 nurses confirm alerts in the app 4 days a week", 7),
        ("Sign 5 paid pilot contracts by the end of the quarter.", 10),
        ("Achieve 30% week-1 retention and NPS ≥ 40", 14),
    ]


def test_a_priority_with_owners_initials_and_a_grade_before_the_words() -> None:
    okr_file, _ = read("""\
        ### Working with profiles is easy and error-free

        * P0-GC/BP: (0.5 -- draft material) Short video on using the FHIRPath lab
        * P1-JM (1.0) Connectathon scheduled for imaging participants
        """)
    krs = [kr for _, kr in okr_file.key_results()]
    assert [(kr.text, kr.span.column) for kr in krs] == [
        ("Short video on using the FHIRPath lab", 37),
        ("Connectathon scheduled for imaging participants", 15),
    ]
    assert (krs[0].fields["priority"], krs[0].fields["owner"], krs[0].fields["score"]) == (
        "P0",
        "GC/BP",
        "0.5",
    )


def test_a_bold_key_result_with_its_number_and_commentary_after_it() -> None:
    # the bold part states it; what follows the colon is the author's note on it (a bold name
    # without a number, "**Workshop for users:** Plan a workshop …", still names the statement)
    okr_file, _ = read("""\
        ### Objective: Craft a stable routine that helps me keep growing
        - **1 hour of study/upskilling a week**: Much like last quarter, I want to keep that up.
        - **Release 3 things**: These can be songs, bits of writing, drawings, projects.
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == [
        "1 hour of study/upskilling a week",
        "Release 3 things",
    ]


def test_team_sections_of_numbered_objectives_with_key_results_beneath() -> None:
    # "## Marketing" names a team: its numbered items are objectives and the bullets under each
    # their key results (an objective heading whose items have details stays one objective)
    okr_file, _ = read("""\
        # FY2022 Annual OKRs

        ## Marketing

        1. Scale awareness to reach more developers
           - Monthly organic search traffic has increased by 30%
           - Monthly referral traffic has increased by 50%
        1. Communicate enterprise solutions to the largest companies
           - 3 enterprise customer stories per quarter
           - Enterprise announcement drives a 10% increase in leads

        ### Build team and culture
        - hire 2 software developers with cultural fit
            - 1 full stack, experienced
            - 1 generalist, potential to learn
        - create the handbook with mission, vision and values
            - review quarterly
            - update when content changes
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Scale awareness to reach more developers",
            [
                "Monthly organic search traffic has increased by 30%",
                "Monthly referral traffic has increased by 50%",
            ],
        ),
        (
            "Communicate enterprise solutions to the largest companies",
            [
                "3 enterprise customer stories per quarter",
                "Enterprise announcement drives a 10% increase in leads",
            ],
        ),
        (
            "Build team and culture",
            [
                "hire 2 software developers with cultural fit",
                "create the handbook with mission, vision and values",
            ],
        ),
    ]
    assert okr_file.objectives[0].fields["section"].endswith("Marketing")


def test_objective_ids_under_a_team_heading_and_a_project_named_before_its_label() -> None:
    okr_file, _ = read("""\
        # CY22-Q2 OKRs
        ## Team
        ### O1
        _Objective_:  Lead the technical design of the data platform

        #### O1KR1
        _Key Result_: The teams have write access to a data catalog tool. [0/1]

        ## !WIP! :construction_worker: Objective: `Launch a video platform run by its community`
        - **Key Results:**
          1. `There are at least 10 builders, 2 of them full time`
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Lead the technical design of the data platform",
            ["The teams have write access to a data catalog tool."],
        ),
        (
            "Launch a video platform run by its community",
            ["There are at least 10 builders, 2 of them full time"],
        ),
    ]
    # a file that labels no objectives: a project named before "Project:" heads its own
    okr_file, _ = read("""\
        ## OKRs for Jan 2021

        ## Argonaut Project: SMART v2

        * P0 (0.8): SMART IG draft ready for review before the January connectathon

        ## Argonaut Projects: Patient Lists

        * P1 (0.3): Demo data collection for the Patient Lists API
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Argonaut Project: SMART v2",
            ["SMART IG draft ready for review before the January connectathon"],
        ),
        ("Argonaut Projects: Patient Lists", ["Demo data collection for the Patient Lists API"]),
    ]
    assert okr_file.objectives[0].key_results[0].fields["score"] == "0.8"


def test_a_table_whose_first_column_holds_bold_objectives_above_their_key_results() -> None:
    okr_file, _ = read("""\
        ## 2019 Q2

        | **IPFS Cluster** | **Priority** | **Owner** | **End-Q** |
        | :---: | :---: | :---: | --- |
        | **1 Finish the base cluster use-case** | | | |
        | Swagger API documentation for the REST API | **P0** | Kishan | 0.5 |
        | js-cluster client | **P0** | Hector | 0.7 |
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "1 Finish the base cluster use-case",
            ["Swagger API documentation for the REST API", "js-cluster client"],
        )
    ]


def test_a_labelled_bullet_whose_statement_is_the_item_beneath_it() -> None:
    okr_file, _ = read("""\
        * **Objective**:
            * Make the website an exceptional experience for new and returning users
        * **Key Results**:
            * We keep the docs updated with any new functionality
        * **Rationale**:
            * It is regularly cited as a gold-standard website.
        """)
    assert structure(okr_file) == [
        (
            "Make the website an exceptional experience for new and returning users",
            (2, 7),
            [("We keep the docs updated with any new functionality", 4, 7)],
        )
    ]


def test_objective_rows_in_the_key_results_column_and_an_up_next_section() -> None:
    okr_file, _ = read("""\
        # 2024 Q2 report

        ## Objectives & Key Results

        |Key Result|Status|
        |-|-|
        |**O1: Catalyze secure software through staffing**||
        |KR 1.1: Fund security work for at least ten critical organizations.|On target|
        |**O2: Run an efficient program**||
        |KR 2.1: Receive at least $5 million in renewed funding in 2024.|Completed|

        ### Up Next

        * Our next monthly report is due out around July 5th.
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Catalyze secure software through staffing",
            ["Fund security work for at least ten critical organizations."],
        ),
        ("Run an efficient program", ["Receive at least $5 million in renewed funding in 2024."]),
    ]


def test_key_results_as_paragraphs_marked_by_their_priority_and_grade() -> None:
    # each key result a paragraph of its own, "P1: 0.25:" where a list marker would be; a grade
    # alone before the words ("(0.3) …") is a score, a number in parentheses ("(1) …") is not
    okr_file, _ = read("""\
        ## Objective: Make the community ready for the connectathon
        P0: 1.0: Prepare connectathon track descriptions

        P1: 0.25: Prepare and publish tutorials for participants
         - (Should record and make available to the public)

        P1/2: 1.0: Deliver a webinar covering the tutorials

        ## Objective: Ship the reference stack
        - (0.3) Design a process for non-terminology validation
        - (1) Launch the reference server
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Make the community ready for the connectathon",
            [
                "Prepare connectathon track descriptions",
                "Prepare and publish tutorials for participants",
                "Deliver a webinar covering the tutorials",
            ],
        ),
        (
            "Ship the reference stack",
            ["Design a process for non-terminology validation", "(1) Launch the reference server"],
        ),
    ]
    assert okr_file.objectives[1].key_results[0].fields["score"] == "0.3"


def test_a_key_result_cut_off_by_its_list_and_trailing_tags() -> None:
    # "… a reference implementation to" is finished by the list after it (its items without
    # their own priorities); "[P0][DP]" at the end are the key result's priority and team tags
    okr_file, _ = read("""\
        ## Objective: Build the reference stack

        P0: 0.75: Deploy a server reference implementation to
         - P0: 1.0: accept FHIR calls for subscriptions
         - P2: 0.0: implement server-sent events

        ## Objective: Improve the data pipeline
        - Support for diff [P0][DP]
        - Ship the app [ML]
        """)
    krs = [kr for _, kr in okr_file.key_results()]
    assert [kr.text for kr in krs] == [
        "Deploy a server reference implementation to accept FHIR calls for subscriptions, "
        "implement server-sent events",
        "Support for diff",
        "Ship the app [ML]",
    ]
    assert krs[1].fields["tags"] == "[P0][DP]"


def test_work_outside_the_okrs_is_not_an_okr_section() -> None:
    okr_file, _ = read("""\
        # OKRs for May 2022

        ## Ship the subscriptions backport
        - Publish the backport IG

        # Work that wasn't covered in OKRs

        ## SMART App State
        - Design, reference implementation
        - .NET facade
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("Ship the subscriptions backport", ["Publish the backport IG"])
    ]


def test_letter_headings_o_and_kr_name_their_sections() -> None:
    # "## O" over the objective's line, "## KR" over the key results (a personal monthly OKR)
    okr_file, _ = read("""\
        # October OKR

        ## O
        - Understand IT fundamentals
        ## KR
        - Publish one article a day
        - Release one web service

        # Action items
        - Weekly review on Mondays
        """)
    assert structure(okr_file) == [
        (
            "Understand IT fundamentals",
            (4, 3),
            [("Publish one article a day", 6, 3), ("Release one web service", 7, 3)],
        )
    ]


def test_columns_named_in_another_language_and_glossed_in_english() -> None:
    # "(Key Result - KR)", "(Target Metric)": the English gloss names the column; the
    # statement's full stop gives way to the colon before its target
    okr_file, _ = read("""\
        | Mục tiêu (Objective) | Kết quả (Key Result - KR) | Chỉ số (Target Metric) |
        | :--- | :--- | :--- |
        | **O1: Phản hồi nhanh** | **KR 1.1:** Thời gian nhận bản nháp Dashboard. | ≤ 45 giây |
        """)
    assert structure(okr_file) == [
        ("Phản hồi nhanh", (3, 9), [("Thời gian nhận bản nháp Dashboard: ≤ 45 giây", 3, 40)])
    ]


def test_a_heading_that_asks_for_the_objective_is_answered_beneath() -> None:
    okr_file, _ = read("""\
        ## 4. Objective

        ### 4.1 What's the objective

        Every user always knows where they are and the one thing to do next.

        ### What is an objective?

        A qualitative goal.

        ### Key Results

        | KR | Metric | Target |
        |---|---|---|
        | KR1 | Main path completion rate | ≥ 90% |
        """)
    assert structure(okr_file) == [
        (
            "Every user always knows where they are and the one thing to do next.",
            (5, 1),
            [("Main path completion rate: ≥ 90%", 15, 9)],
        )
    ]


@pytest.mark.parametrize("o_heading", ["O（Objective）", "O (Objective)", "O（目标）"])
def test_a_letter_heading_glossed_in_brackets_names_the_objective(o_heading: str) -> None:
    # "## O（Objective）" then "## KR（Key Results）": the letters with their words in brackets
    okr_file, _ = read(f"""\
        # SEO OKRs

        ## {o_heading}

        - Rank on the first page for our core keywords

        ## KR（Key Results）

        - KR1: Main keyword click-through rate at 15% or more
        """)
    assert structure(okr_file) == [
        (
            "Rank on the first page for our core keywords",
            (5, 3),
            [("Main keyword click-through rate at 15% or more", 9, 8)],
        )
    ]


def test_a_bare_objective_heading_ends_the_section_it_sits_in() -> None:
    # the OKRs follow a mission section at the same level: "## Objective" starts them
    okr_file, _ = read("""\
        # Mission
        - Find a mission that carries me for five years

        ## Objective
        - Understand IT fundamentals
        ## Key Results
        - Publish one article a day
        """)
    assert structure(okr_file) == [
        ("Understand IT fundamentals", (5, 3), [("Publish one article a day", 7, 3)])
    ]


def test_an_objective_heading_whose_statement_is_announced_again_below_it() -> None:
    # "# Objective 1", then "## Objective" over the statement and "## Key Results" beside it;
    # "## Projects or actions" and "## Risks and dependencies" are notes, not OKRs
    okr_file, _ = read("""\
        # Objective 1

        ## Objective

        Make the assistant repository a context system I keep using.

        ## Key Results

        - One directory layout with clear owners
        - Templates for memory and reviews

        ## Projects or Actions

        - Set up the repository skeleton

        ## Risks and Dependencies

        - Too many folders to maintain
        """)
    assert structure(okr_file) == [
        (
            "Make the assistant repository a context system I keep using.",
            (5, 1),
            [
                ("One directory layout with clear owners", 9, 3),
                ("Templates for memory and reviews", 10, 3),
            ],
        )
    ]


def test_labels_in_turkish_with_the_english_word_beside_them() -> None:
    okr_file, _ = read("""\
        ### OKR 1: Yeni mimariyi canlıya taşımak

        *   **Hedef (Objective):** Yeni mimariyi başarıyla canlıya almak.
        *   **Tip:** Takım
        *   **Anahtar Sonuçlar (Key Results):**
            1.  **KR 1:** En az 2 yeni özelliği canlıda aktif hale getirmek.
            2.  **KR 2:** Teslim süresini %30 azaltmak.
        """)
    krs = [kr.text for _, kr in okr_file.key_results()]
    assert krs == [
        "En az 2 yeni özelliği canlıda aktif hale getirmek.",
        "Teslim süresini %30 azaltmak.",
    ]
    # the heading names the objective; the labelled line beneath states it (one objective, as
    # when the label stands on a line of its own), so no objective is left without key results
    assert [(o.text, o.fields.get("statement")) for o in okr_file.objectives] == [
        ("Yeni mimariyi canlıya taşımak", "Yeni mimariyi başarıyla canlıya almak.")
    ]


def test_a_scorecard_s_marks_and_a_method_column_are_not_the_key_results_words() -> None:
    # "✅ **100%** (…)" after a key result is its score; a "Measurement method" column says how
    # it is measured, not what (nor does "측정 방법", in Korean)
    okr_file, _ = read("""\
        #### Objective: Launch the event platform

        - **KR1**: 3 cities live ✅ **100%** (Berlin, Vienna, Zurich)
        - **KR2**: 5,000 users registered ⚠️ **80%** (4,000 users)

        ## Objective 2. Ship the avatar interview

        | Key Result | 목표 | 측정 방법 |
        | --- | --- | --- |
        | KR 2.1 | 95% of sessions end without a crash | Internal session logs |
        """)
    assert structure(okr_file) == [
        (
            "Launch the event platform",
            (1, 17),
            [("3 cities live", 3, 12), ("5,000 users registered", 4, 12)],
        ),
        (
            "Ship the avatar interview",
            (6, 17),
            [("95% of sessions end without a crash", 10, 12)],
        ),
    ]
    assert okr_file.objectives[0].key_results[1].fields["progress"] == "⚠️ 80% (4,000 users)"


def test_a_weight_a_due_day_and_a_short_name_around_cjk_key_results() -> None:
    # "（40%）" after the objective is its weight; "周五→" before the label the day it is due;
    # "**KR1 传统感知：**" names the key result whose statement follows
    okr_file, _ = read("""\
        ## O1：完成机械臂操作任务的双路线闭环（40%）

        - **KR1 传统感知：** 以握手作为首个最小任务，通过手部识别和运动规划实现安全接触闭环。

        O: **交付一个可联机的网络五子棋系统**

        周五→**KR1**：完成主界面和入口页
        周一→**KR2**：完成 AI 对局功能
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "完成机械臂操作任务的双路线闭环",
            ["以握手作为首个最小任务，通过手部识别和运动规划实现安全接触闭环。"],
        ),
        ("交付一个可联机的网络五子棋系统", ["完成主界面和入口页", "完成 AI 对局功能"]),
    ]
    assert okr_file.objectives[0].key_results[0].fields["name"] == "传统感知"
    assert okr_file.objectives[1].key_results[0].fields["due"] == "周五"


def test_a_target_field_states_the_key_result_its_heading_only_names() -> None:
    okr_file, _ = read("""\
        ### Objective 1: Lead AI governance

        #### Key Result 1.1: Platform Adoption
        **Target:** 50 enterprise clients on the platform
        **Current:** [X] clients
        **Initiatives:**
        - Launch a sales campaign

        #### Key Result 1.2: Industry Recognition
        **Target:** Named in 3 analyst reports
        **Current:** [X] mentions
        """)
    assert structure(okr_file) == [
        (
            "Lead AI governance",
            (1, 18),
            [
                ("50 enterprise clients on the platform", 4, 13),
                ("Named in 3 analyst reports", 10, 13),
            ],
        )
    ]


def test_key_results_announced_by_a_label_name_their_metrics_in_bold() -> None:
    # "NPS Score" would be a plan field (a score) anywhere else; in a list announced as key
    # results, every item stating a number, it is a metric's name
    okr_file, _ = read("""\
        **Objective:** Journal becomes a referral driver
        **Key Results:**
        - **NPS Score:** 50+ (premium users)
        - **Referrals:** 15% of new users discover us through the journal
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == [
        "NPS Score: 50+ (premium users)",
        "Referrals: 15% of new users discover us through the journal",
    ]


def test_a_card_of_fields_states_the_key_result_its_label_awaits() -> None:
    # "**Key Result 1 (KR1):**" over a table of its fields: its metric, to its target (a
    # target qualified by when it is due still names the target)
    okr_file, _ = read("""\
        **Objective (O):** Let colour-blind drivers read traffic lights on their own.

        **Key Result 1 (KR1):**

        | Field | Detail |
        |---|---|
        | **Metric** | F1-score of the model on the test set |
        | **Current value** | 0% |
        | **Target with the MVP** | F1-score of 80% or more |
        | **Method** | Automatic training report |

        **Key Result 2 (KR2):**

        | Field | Detail |
        |---|---|
        | **Owner** | Ana |
        | **Method** | Timestamps in the pipeline |
        """)
    assert structure(okr_file) == [
        (
            "Let colour-blind drivers read traffic lights on their own.",
            (1, 20),
            [("F1-score of the model on the test set: F1-score of 80% or more", 7, 16)],
        )
    ]


@pytest.mark.parametrize(
    "north_star",
    [
        "### North Star\n\nTurn the supplier list into an indexed content network.\n",
        "**North Star:** Turn the supplier list into an indexed content network.\n",
    ],
)
def test_a_north_star_states_the_objective_of_key_results_that_follow_alone(
    north_star: str,
) -> None:
    okr_file, _ = read(
        "## Goals\n\n" + north_star + "\n### Key Results\n\n- KR1: Supplier pages indexed >= 85%\n"
    )
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Turn the supplier list into an indexed content network.",
            ["Supplier pages indexed >= 85%"],
        )
    ]


def test_a_north_star_beside_stated_objectives_is_none_of_them() -> None:
    okr_file, _ = read("""\
        ### North Star

        Turn the supplier list into an indexed content network.

        ### Objective 1: Get found

        - KR1: Supplier pages indexed >= 85%
        """)
    assert [o.text for o in okr_file.objectives] == ["Get found"]


def test_a_fence_announced_as_an_example_holds_a_sample() -> None:
    # a fence of labelled lines in a section that names the OKRs is read, unless the line
    # above it says it is an example
    okr_file, _ = read("""\
        ## Sección 8 — OKRs y KPIs del producto

        ### Estructura obligatoria: O + KR + KPI

        **Ejemplo de referencia (no copiar):**

        ```
        O:   Reducir la carga del equipo de soporte
        KR1: Tickets resueltos por el asistente > 75%
        ```

        ### Nuestro OKR

        ```
        O:   Que conductores daltónicos lean los semáforos solos
        KR1: 200 conductores activos por semana
        ```
        """)
    assert [o.text for o in okr_file.objectives] == [
        "Que conductores daltónicos lean los semáforos solos"
    ]


def test_a_table_of_fields_gives_the_target_of_the_measure_a_heading_names() -> None:
    # a key result heading that names a measure, then a card of its fields, one per row: the
    # last of the targets per period is what it aims at; a heading with a number of its own
    # keeps its words (its table details it)
    okr_file, _ = read("""\
        ## OBJ-1 — Validated product adoption

        ### KR-1.1 — Time to onboard the customer's administrator

        | Item | Detail |
        |---|---|
        | **Definition of "onboarded"** | Runs daily operations without help |
        | **Current value** | Not measured |
        | **Target Q2 2026** | 10 working days |
        | **Target Q4 2026** | 5 working days or less |
        | **Owner** | CEO |

        ### KR-1.2 — At least 12 decisions recorded as ADRs

        | Item | Detail |
        |---|---|
        | **Target Q3 2026** | 12 ADRs |
        """)
    assert structure(okr_file) == [
        (
            "Validated product adoption",
            (1, 12),
            [
                ("Time to onboard the customer's administrator: 5 working days or less", 3, 14),
                ("At least 12 decisions recorded as ADRs", 13, 14),
            ],
        )
    ]


def test_a_target_for_the_last_of_several_periods_completes_a_named_key_result() -> None:
    okr_file, _ = read("""\
        ### Objective 1: Prove the product in production

        #### KR 1.1: Active customers
        - **Current value:** 0
        - **Target Q2 2026:** 1 pilot customer
        - **Target Q4 2026:** 3 active customers
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == ["Active customers: 3 active customers"]


def test_a_dated_target_column_and_notes_after_a_table_of_labelled_key_results() -> None:
    # "Target (Sep 2026)" is the Target column; after rows labelled KR1, KR2 the list under a
    # bold label (here "게임 방지:", anti-gaming rules) is notes, not more key results
    okr_file, _ = read("""\
        ## Objective 1 — Grow the paying restaurant base

        | # | Key Result | Baseline (Jun 2026) | Target (Sep 2026) |
        |---|---|---|---|
        | KR1.1 | Paying restaurants onboarded | 0 | ≥ 5 |
        | KR1.2 | Trial to paid conversion | 0% | ≥ 15% |

        **게임 방지:**
        - KR1.1은 실제 결제 기준
        - 봇 가입 제외
        """)
    assert structure(okr_file) == [
        (
            "Grow the paying restaurant base",
            (1, 18),
            [
                ("Paying restaurants onboarded: ≥ 5", 5, 11),
                ("Trial to paid conversion: ≥ 15%", 6, 11),
            ],
        )
    ]


def test_an_okr_held_in_front_matter_and_a_blockers_section() -> None:
    # the front matter is the OKR (read as the YAML it is, on the file's own lines); "Blockers
    # requiring board action" under an objective is a list of notes
    okr_file, _ = read("""\
        ---
        id: KRO-OKR-001
        objective: Drive predictable reliability across the POS
        krs:
          - id: KR1
            title: Reduce recurring incident rate by 40%
          - id: KR2
            title: MTTR p95 under 45 min
        ---
        # OKR: Reliability Q4

        ## Blockers requiring board action
        - Sign the charter
        """)
    assert structure(okr_file) == [
        (
            "Drive predictable reliability across the POS",
            (3, 12),
            [("Reduce recurring incident rate by 40%", 6, 12), ("MTTR p95 under 45 min", 8, 12)],
        )
    ]


def test_front_matter_okrs_give_way_to_the_ones_the_page_states() -> None:
    okr_file, _ = read("""\
        ---
        objective: Grow revenue
        key_results:
          - Reach $2M ARR
        ---
        ## Objective: Grow revenue
        - Reach $2M ARR
        """)
    assert structure(okr_file) == [("Grow revenue", (6, 15), [("Reach $2M ARR", 7, 3)])]


def test_kr_heading_naming_its_indicator_in_brackets_and_a_bold_question_bullet() -> None:
    # "#### KR1: Chỉ số dẫn dắt (Leading Metric - …)" names the kind of indicator in brackets
    # after words of its own language: the quoted "**Mục tiêu:** …" beneath states the key
    # result; "**Why this objective?** …" under the objective is its reason, not a key result
    okr_file, _ = read("""\
        ### Objective

        > **"Make the family app the trusted finance manager of every household."**

        *   **Why this objective?** It reminds the whole team why we write code.

        ### Key Results

        #### KR1: Chỉ số dẫn dắt (Leading Metric - Phản ánh Hành vi)
        > **Mục tiêu:** 60% of student requests are handled in the app.

        *   **Nature:** habit formation.
        """)
    assert structure(okr_file) == [
        (
            "Make the family app the trusted finance manager of every household.",
            (3, 6),
            [("60% of student requests are handled in the app.", 10, 17)],
        )
    ]


def test_a_bold_question_in_another_language_is_a_reason() -> None:
    okr_file, _ = read("""\
        ## Objective: Make parents trust the app

        - **Tại sao chọn Objective này?** Nó nhắc nhở toàn bộ team.
        - 60% of requests are handled in the app
        """)
    assert structure(okr_file) == [
        ("Make parents trust the app", (1, 15), [("60% of requests are handled in the app", 4, 3)])
    ]


def test_fields_without_a_number_under_a_kr_heading_detail_it() -> None:
    # "### KR1: Consolidar Ramas" then "- **Mantener:** …", "- **Eliminar:** …": the heading
    # states the key result, its fields say which branches
    okr_file, _ = read("""\
        ## OBJECTIVE 3: Limpieza

        ### KR1: Consolidar Ramas
        - **Mantener:** main, Prodige
        - **Eliminar:** mvpv1, update_worker

        ### KR2: Proteger main
        """)
    assert structure(okr_file) == [
        ("Limpieza", (1, 17), [("Consolidar Ramas", 3, 10), ("Proteger main", 7, 10)])
    ]


def test_a_deadline_in_brackets_is_the_due_field() -> None:
    okr_file, _ = read("""\
        ## Objective: 上线志愿填报助手

        - KR1：个人信息表单页（截止 05/06）
        - KR2: Ship the report page (due 05/09)
        - KR3: Run 10 campaigns per quarter (by type: social, email)
        """)
    krs = okr_file.objectives[0].key_results
    assert [(kr.text, kr.fields.get("due")) for kr in krs] == [
        ("个人信息表单页", "05/06"),
        ("Ship the report page", "05/09"),
        ("Run 10 campaigns per quarter (by type: social, email)", None),
    ]
    assert [(kr.span.line, kr.span.column) for kr in krs] == [(3, 7), (4, 8), (5, 8)]


def test_a_table_row_struck_out_whole_is_dropped() -> None:
    okr_file, _ = read("""\
        | O    | KR |
        | ---- | ---- |
        | 日语 | 能在生活中流利使用日语交流。 |
        | ~~读书~~ | ~~读完《叫魂》。~~ |
        """)
    assert [o.text for o in okr_file.objectives] == ["日语"]


def test_an_italic_note_in_brackets_and_a_check_mark_note_are_not_the_words() -> None:
    okr_file, _ = read("""\
        ## Objective 1 — Ship a review engine that runs itself

        - **KR1.2** ≥80% of generated drafts pass QA on first attempt.
          *(Requires building the QA stage — not yet in place.)*
        - **KR 1.3:** Canva MCP authenticated — verified by a live call ✅ Claude connected ✅
        """)
    assert [
        (kr.text, kr.span.line, kr.span.column) for kr in okr_file.objectives[0].key_results
    ] == [
        ("≥80% of generated drafts pass QA on first attempt.", 3, 13),
        ("Canva MCP authenticated — verified by a live call", 5, 15),
    ]


def test_a_verified_by_column_and_a_metric_that_looks_like_a_label() -> None:
    # "Verified by" says how a key result is checked, never its words; beside a key result's
    # ID, "Unauthorized actions (…)" is the metric, not an "Actions:" label
    okr_file, _ = read("""\
        ## O1 — Quality holds

        | KR | Target | Owner | Verified by |
        |---|---|---|---|
        | KR1.2 | Full benchmark completes in under 1 h | P3 | `uv run harness` |

        | KR | Measure | Target |
        |---|---|---|
        | KR4.4 | Unauthorized actions (taken without approval) | 0 |
        """)
    assert [(kr.text, kr.span.line) for kr in okr_file.objectives[0].key_results] == [
        ("Full benchmark completes in under 1 h", 5),
        ("Unauthorized actions (taken without approval): 0", 9),
    ]


def test_a_status_mark_in_brackets_inside_the_bold_label() -> None:
    okr_file, _ = read("""\
        ### Objective 1: Develop a MERN stack application

        - **Key Result 1.1 [🔜]:** Achieve 90% code coverage with unit tests.
        - **Key Result 1.2 [✔️]:** Implement CI/CD pipelines.
        """)
    assert structure(okr_file)[0][2] == [
        ("Achieve 90% code coverage with unit tests.", 3, 27),
        ("Implement CI/CD pipelines.", 4, 28),  # "✔️" is two code points
    ]


def test_a_cell_that_lists_several_key_results_each_labelled_kr() -> None:
    okr_file, _ = read("""\
        | Objective | Key Results (draft) |
        |---|---|
        | O5: First paying customer live | KR: 1 customer signed, KR: NPS > 40 |
        """)
    assert structure(okr_file) == [
        (
            "First paying customer live",
            (3, 7),
            [("1 customer signed", 3, 40), ("NPS > 40", 3, 63)],
        )
    ]


def test_beside_an_id_the_metric_column_holds_the_words_however_short() -> None:
    # the Measurement column says how it is checked; "Job filtering options" names the metric
    okr_file, _ = read("""\
        ## Objective 1: Implement Crawl History Dashboard

        | KR | Metric | Target | Measurement |
        |----|--------|--------|-------------|
        | **KR 1.2** | Job filtering options | 5+ | Status, date, user, source, query |
        """)
    assert structure(okr_file)[0][2] == [("Job filtering options: 5+", 5, 16)]


def test_estimates_priorities_and_an_object_after_to_are_not_notes_or_owners() -> None:
    okr_file, _ = read("""\
        ## OKR 1: Modern SwiftUI API compliance

        - Replace all `foregroundColor()` with `foregroundStyle()` (est. ~200+ call sites)
        - Dynamic Type support across the entire app (CRITICAL — currently zero support)
        - Migrate `PlayerState` from `ObservableObject` to `@Observable`
        - Every number in the UI carries a provenance label (`estimated/exact/live`)
        """)
    assert [kr.text for kr in okr_file.objectives[0].key_results] == [
        "Replace all foregroundColor() with foregroundStyle()",
        "Dynamic Type support across the entire app",
        "Migrate PlayerState from ObservableObject to @Observable",
        "Every number in the UI carries a provenance label (estimated/exact/live)",
    ]


def test_labelled_key_results_under_quarter_headings_and_a_goal_summary_list() -> None:
    # the file labels its key results: a list of goals with none beneath is a summary, a
    # quarter heading stands in as the objective of the labelled key results under it, and an
    # unlabelled list under another heading ("Core Technologies") is no key results
    okr_file, _ = read("""\
        ## Strategic Objectives

        1. **Performance Leadership**: Sub-millisecond search for 1M+ vectors
        2. **Developer Experience**: Deploy to production in minutes

        ### Success Metrics
        - **Q1 2025**: Single-node performance benchmark

        ## Key Results (OKRs)

        ### Q1 2025 OKRs
        - **KR1**: Achieve sub-millisecond search for 1M vectors
        - **KR2**: Implement HNSW and IVF indexing algorithms

        ### Q2 2025 OKRs
        - **KR1**: Integrate OpenAI and local embedding services

        ## Technology Stack

        ### Core Technologies
        - **Language**: Go 1.25+ (performance, simplicity, concurrency)
        - **Storage**: Memory-mapped files, LevelDB for metadata
        """)
    assert [(o, at, [kr[0] for kr in krs]) for o, at, krs in structure(okr_file)] == [
        (
            "Q1 2025 OKRs",
            (11, 5),
            [
                "Achieve sub-millisecond search for 1M vectors",
                "Implement HNSW and IVF indexing algorithms",
            ],
        ),
        ("Q2 2025 OKRs", (15, 5), ["Integrate OpenAI and local embedding services"]),
    ]


def test_a_header_of_bold_fields_is_the_documents_not_an_objective() -> None:
    # in a file that labels its objectives, "**Goal:** …" among "**Scope:** …" above the first
    # one says what the plan is for; a priority after an objective's words is its field
    okr_file, _ = read("""\
        # SwiftUI Quality Plan

        **Goal:** Maximum quality and user delight without any new features.
        **Scope:** ~90 Swift source files

        ## O1: 知识图谱扩展 (P0)

        - 本体个体数 755 → 1000+
        """)
    assert [(o.text, o.fields.get("priority")) for o in okr_file.objectives] == [
        ("知识图谱扩展", "P0")
    ]
    assert okr_file.metadata["Goal"].startswith("Maximum quality")


def test_a_cjk_statement_beside_an_id_is_not_a_name_and_chinese_column_names() -> None:
    okr_file, _ = read("""\
        ### O1: 获得前 10 个付费客户

        | KR | 描述 | 负责人 | 时间线 | 成功标准 | 衡量方式 |
        |----|------|--------|--------|---------|---------|
        | **KR1.1** | 完成 SteamFun Pilot 交付并转为月付客户 | Mia | Q1 W10 | 签 Retainer | 日志 |
        """)
    (kr,) = okr_file.objectives[0].key_results
    assert kr.text == "完成 SteamFun Pilot 交付并转为月付客户: 签 Retainer"
    assert (kr.fields["owner"], kr.fields["due"]) == ("Mia", "Q1 W10")


def test_a_goal_line_under_a_build_phase_is_no_objective_in_a_file_that_labels_them() -> None:
    # the file labels its objectives ("**Objective 1: …**"); "Goal: …" under a build phase, with
    # feature paragraphs beneath, is the phase's aim — an objective only if key results follow
    okr_file, _ = read("""\
        ## OKRs

        **Objective 1: Make requesting fast for guests**
        - KR1: Median time to submit a request ≤ 30 seconds
        - KR2: 90% of requests attach to a valid track

        ## Features

        ### MVP phase (weeks 1–3)
        Goal: Working guest request → DJ queue loop for one live event.

        **1. Event join — S (3–5 days)**
        - Req: DJ starts event and gets a code
        """)
    assert structure(okr_file) == [
        (
            "Make requesting fast for guests",
            (3, 16),
            [
                ("Median time to submit a request ≤ 30 seconds", 4, 8),
                ("90% of requests attach to a valid track", 5, 8),
            ],
        )
    ]


def test_a_goal_line_with_key_results_beneath_is_still_an_objective() -> None:
    okr_file, _ = read("""\
        **Objective 1: Grow revenue**
        - KR1: ARR from $1M to $2M

        Goal: Keep customers longer
        - KR1: Logo churn below 2% a month
        """)
    assert [(o.text, o.span.line) for o in okr_file.objectives] == [
        ("Grow revenue", 1),
        ("Keep customers longer", 4),
    ]
    assert [kr.text for kr in okr_file.objectives[1].key_results] == ["Logo churn below 2% a month"]


def test_benefits_and_why_blocks_under_an_objective_are_not_key_results() -> None:
    # "**Business value**" / "**好處（Business Value）**" introduce what the objective is for
    okr_file, _ = read("""\
        ## O1：提升交付品質與穩定性

        **為什麼做（Why）**
        線上問題每次發生都會佔用工程資源。

        **好處（Business Value）**
        - 降低線上 regression 與 hotfix 頻率
        - QA 驗證流程自動化

        **Key Results**
        - KR1.1：前端 codebase 單元測試覆蓋率達 **100%**
        - KR1.2：Sprint 承諾項目準時交付率維持 **≥ 90%**

        ## O2: Ship faster

        **Business value**
        - Fewer manual release steps

        **Key Results**
        - KR2.1: Lead time from merge to production under 1 day
        """)
    assert [[kr.text for kr in o.key_results] for o in okr_file.objectives] == [
        ["前端 codebase 單元測試覆蓋率達 100%", "Sprint 承諾項目準時交付率維持 ≥ 90%"],
        ["Lead time from merge to production under 1 day"],
    ]


def test_unlabelled_items_before_labelled_key_results_are_not_key_results() -> None:
    # the objective's statement runs on into a list, then its principles; its key results come
    # labelled ("### KR1：…"), so the unlabelled items above them are not key results
    okr_file, _ = read("""\
        ## O：目标

        把 `meos` 持续整理成一个：

        - 更容易阅读
        - 职责更单一

        的本地优先 CLI 项目。

        ## KR：关键结果

        ### KR1：运行时热点文件持续拆薄

        ### KR2：CLI 剩余热点与编译噪音收尾
        """)
    assert structure(okr_file) == [
        (
            "把 meos 持续整理成一个",
            (3, 1),
            [("运行时热点文件持续拆薄", 12, 9), ("CLI 剩余热点与编译噪音收尾", 14, 9)],
        )
    ]


@pytest.mark.parametrize(
    ("line", "kind", "generic"),
    [
        ("O：目标", "objective", True),
        ("Objective: Goals", "objective", True),
        ("KR：关键结果", "key_results", False),
        ("KR: Key results", "key_results", False),
        ("Objective: Grow revenue", "objective", False),
        ("O1：目标", "objective", False),  # a numbered objective named "目标" keeps its words
    ],
)
def test_a_label_said_again_in_words_is_only_a_label(line: str, kind: str, generic: bool) -> None:
    label = parse(line, heading=True)
    assert (label.kind, label.generic) == (kind, generic)


def test_key_result_ids_restated_further_down_are_not_new_key_results() -> None:
    # a milestone's "derived" key results repeat the tree's IDs (KR0.1, KR3.1): restatements,
    # and the milestone's goal line is no objective for them
    okr_file, problems = read("""\
        ## OKR tree

        ### O0 North star
        - KR0.1：完成度量口径定义 + 采集
        - KR0.2：建立 baseline 及对照流程

        ### O3 Lark
        - KR3.1：Calendar/Tasks 读写能力可用且稳定

        ## Milestones

        ### M0: Foundation
        **目标：** 建立 NSM 度量与最小闭环。

        **Key Results (derived):**
        - KR0.1 度量口径定义 + 数据采集上线
        - KR3.1 日程/任务读写最小能力可用
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("North star", 2),
        ("Lark", 1),
    ]
    assert not [p for p in problems if p[0] == "F002"]


def test_key_result_ids_that_restart_in_each_period_are_all_read() -> None:
    # "KR1.1" again under the next quarter's "O1": another period's numbering, not a restatement
    okr_file, _ = read("""\
        ## Q2 2026 (Apr–Jun) — Wedge

        ### O1 — Launch and earn first paying users
        - KR1.1 — TestFlight build approved by 2026-05-15

        ## Q3 2026 (Jul–Sep) — SaaS core

        ### R1-O1: Ship the SaaS revenue engine
        - KR1.1 — 500 paying subscribers
        """)
    assert [[kr.text for kr in o.key_results] for o in okr_file.objectives] == [
        ["TestFlight build approved by 2026-05-15"],
        ["500 paying subscribers"],
    ]


def test_several_numbered_key_results_on_one_labelled_line() -> None:
    okr_file, _ = read("""\
        ### OKR — 2026 상반기
        - **Objective:** 정비사가 직접 고객을 찾는 플랫폼
        - KR1: 월 문의 100건 / KR2: 등록 정비사 50명 / KR3: 연결률 30%
        """)
    assert structure(okr_file) == [
        (
            "정비사가 직접 고객을 찾는 플랫폼",
            (2, 18),
            [("월 문의 100건", 3, 8), ("등록 정비사 50명", 3, 25), ("연결률 30%", 3, 43)],
        )
    ]


def test_tracker_and_command_columns_say_where_a_key_result_is_tracked() -> None:
    # beside the ID, the statement sits in the Target column; a Tracker or Command column is
    # where it is followed, never its words
    okr_file, _ = read("""\
        ## OKR 2 — GTM motion

        | Key result | Target | Tracker |
        |------------|--------|---------|
        | KR1 | 30 qualified conversations | gtm_tracker.csv |
        | KR2 | 5 paid proposals | proposals/ + render.py |
        """)
    assert [kr.text for kr in okr_file.objectives[0].key_results] == [
        "30 qualified conversations",
        "5 paid proposals",
    ]


def test_after_the_okr_section_the_rest_of_the_document_is_not_okrs() -> None:
    # a table of objectives under "## OKR"; the sections after it (plans, themes) hold no
    # objectives, and the last row's objective does not take the lists that follow the table
    okr_file, _ = read("""\
        # Zenn 記事戦略

        ## OKR（2026-03-31 改訂）

        | 目標 | 指標 | 現状 | 期限 | 取得方法 |
        |------|------|------|------|---------|
        | O1: フォロワー1000人達成 | フォロワー数 | 37 | - | Zenn API |
        | O2: 累計PV 10,000達成 | 累計PV | 測定開始前 | - | Playwright |

        **PV取得方法の変更:**
        - **新方式**: Playwright でダッシュボードから取得

        ## テーマ優先順位

        1. **Unity × Claude Code**（自動化・AI支援開発）
           - 最も差別化できるテーマ。
        2. **Unity パフォーマンス最適化**
           - 実践的ニーズが高い。

        ## 投稿ペース目標

        - 月 7〜8本
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("フォロワー1000人達成", ["フォロワー数"]),
        ("累計PV 10,000達成", ["累計PV"]),
    ]


def test_a_reading_guide_and_a_risk_table_are_not_okrs() -> None:
    okr_file, _ = read("""\
        ## Como ler este documento
        1. **Objetivo (O):** O direcionador estratégico de valor da etapa.

        ## Coleta de dados
        * **Objetivo (O):** Garantir a ingestão contínua de telemetria.
        * **Resultados-Chave (KRs):**
          * **KR 1.1:** Atingir 99% de sucesso nas chamadas às APIs.

        ## 리스크 플래그

        | KR | 리스크 | 대응 |
        |----|--------|------|
        | O1-KR1 (다운로드 2,000) | 검색 노출 부족 | 맘카페 게시 |
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Garantir a ingestão contínua de telemetria.",
            ["Atingir 99% de sucesso nas chamadas às APIs."],
        )
    ]


def test_an_arrow_pointing_back_is_a_remark_on_the_objective() -> None:
    okr_file, _ = read("""\
        ### O3：建立企业级技术基础 ← **对 developer 约束最强**
        - **KR3.1：** P1 事件 MTTRC <5 分钟
        """)
    assert [o.text for o in okr_file.objectives] == ["建立企业级技术基础"]


def test_a_column_named_for_a_period_is_still_the_goal_column() -> None:
    # "June 2027 Goal" is the Goal column, "Jan 2027 Baseline" the baseline: the key result reads
    # "KR: Goal", its words and target in words
    okr_file, _ = read("""\
        ### O1: Detection coverage expands beyond storage-only

        | KR | Jan 2027 Baseline | June 2027 Goal | Type |
        |---|---|---|---|
        | **KR #1:** Detection covers all SKUs | Dev/EDU only. | All SKU types covered. | A |
        """)
    (kr,) = okr_file.objectives[0].key_results
    assert (kr.text, kr.span.line, kr.span.column) == (
        "Detection covers all SKUs: All SKU types covered.",
        5,
        14,
    )
    assert kr.fields["baseline"] == "Dev/EDU only."


def test_key_results_listed_in_one_cell_after_a_full_stop_or_semicolons() -> None:
    # "KR1.1：…。KR1.2：…" (CJK full stops), and "a; b; c" in a key-results cell: one key result
    # each — but not a list that a colon introduces inside one sentence
    okr_file, _ = read("""\
        | 目标 | 关键结果 |
        |---|---|
        | **O1：让用户得到可信交付** | KR1.1：形成完整基线。KR1.2：3 次冷启动演练都完成。 |

        | Итерация | Цель | Ключевые результаты (KR) |
        | --- | --- | --- |
        | A | Validation Center | валидатор на месте; оркестратор вызывает проверку; профили |
        | B | Onboarding | New devs are up and running: can build locally; can test; merged a PR |
        """)
    assert [[kr.text for kr in o.key_results] for o in okr_file.objectives] == [
        ["形成完整基线", "3 次冷启动演练都完成。"],  # (its own full stop, as the cell writes it)
        ["валидатор на месте", "оркестратор вызывает проверку", "профили"],
        ["New devs are up and running: can build locally; can test; merged a PR"],
    ]


def test_a_period_in_brackets_after_an_objective_is_when_not_what() -> None:
    okr_file, _ = read("""\
        ### O1：连续性可用性达到稳定生产水位（2026 Q2）
        - KR1：恢复演练通过率 100%

        ### O2: Production trust (80%+)
        - KR1: dealix.me/ar = 200
        """)
    assert [(o.text, o.fields.get("period")) for o in okr_file.objectives] == [
        ("连续性可用性达到稳定生产水位", "2026 Q2"),
        ("Production trust (80%+)", None),
    ]


def test_a_kpi_section_and_a_document_header_objective_are_not_okrs() -> None:
    # the header's unnumbered "**Objectif:**" (beside "**Date:**") says what the report is for,
    # in a file that numbers its objectives; "Indicateurs de performance" are standing measures
    okr_file, _ = read("""\
        # Rapport d'implémentation

        **Date:** 2026-03-01
        **Objectif:** Définir comment implémenter les fonctionnalités

        **OBJECTIF 1A: Attirer les nouvelles âmes**
        - **KR1.1** : Attirer 500 nouvelles âmes d'ici 3 mois

        **OBJECTIF 2: Fidéliser les âmes**
        - **KR2.1** : 80% des nouveaux reviennent le mois suivant

        ### Indicateurs de Performance (KPIs)

        **Tables SQL nécessaires :**
        - `objectifs_okr` (nouvelle table)
        - `key_results` (nouvelle table)
        """)
    assert [o.text for o in okr_file.objectives] == [
        "Attirer les nouvelles âmes",
        "Fidéliser les âmes",
    ]


def test_after_a_period_heading_that_names_the_okrs_the_rest_is_not_okrs() -> None:
    # "## Q2 2026 OKRs" names the OKRs as "## OKRs" does: the sections after it are the
    # document's (its strategy, its product), not objectives
    okr_file, _ = read("""\
        ## Q2 2026 OKRs

        ### Build the growth loop
        - KR1: 2,000 partner registrations
        - KR2: D14 activation 11% → 25%

        ## Strategy & Positioning

        - **Expecting parents**: a large acquisition cohort was tested

        ## Core Product

        - **Medical conversation recording** → AI transcription and summaries
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("Build the growth loop", 2)
    ]


def test_a_trackers_fields_after_an_arrow_are_fields() -> None:
    okr_file, _ = read("""\
        ### O1: Validate product-market fit
        - KR1: 2 paying accounts signed → Current: 0 | Target: 2 | Status: 🔴 BEHIND — pipeline
        """)
    (kr,) = okr_file.objectives[0].key_results
    assert (kr.text, kr.span.line, kr.span.column) == ("2 paying accounts signed", 2, 8)
    assert (kr.fields["current"], kr.fields["target"]) == ("0", "2")


def test_a_japanese_target_value_column() -> None:
    okr_file, _ = read("""\
        ### O1: AI総務のMVPを完成させ、ベータリリースする

        | Key Result | 測定方法 | 目標値 |
        |-----------|---------|-------|
        | KR1.1 ベータユーザーを確保 | 無料トライアル契約した会社数 | 5社以上 |
        """)
    assert [kr.text for kr in okr_file.objectives[0].key_results] == [
        "ベータユーザーを確保: 5社以上"
    ]


def test_a_sentence_about_the_objective_is_a_note_and_a_years_okr_title_is_no_objective() -> None:
    # "OKR 2026 — AZAD" titles a year's OKRs; a sentence after the objective that names it
    # ("Este objetivo …") or defines a term of it ("… is defined as …") explains, it is a note
    okr_file, _ = read("""\
        # OKR 2026 — AZAD Intelligent Systems

        ### O1: Asegurar la privacidad de los registros. Este objetivo garantiza la confianza.
        - KR1: 0 incidentes de fuga de datos

        ### O2: Detect misplaced Places. A misplaced Place is defined as one more than 10m away.
        - KR1: Generate a dataset of 5k misplaced Places
        """)
    assert [(o.text, o.fields.get("note")) for o in okr_file.objectives] == [
        (
            "Asegurar la privacidad de los registros.",
            "Este objetivo garantiza la confianza.",
        ),
        ("Detect misplaced Places.", "A misplaced Place is defined as one more than 10m away."),
    ]


def test_an_unlabelled_heading_above_the_section_that_names_the_okrs_is_not_an_objective() -> None:
    # a metrics table under "## The Numbers That Matter" above "## Q2 2026 OKRs": where a section
    # names the OKRs and holds them, the document's other headings are its own, before as after
    okr_file, _ = read("""\
        ## The Numbers That Matter

        | Metric | Now | Target |
        |---|---|---|
        | Core MAU | 3,066 | 5,000 |

        ## Q2 2026 OKRs

        ### Build the growth loop
        - KR1: 2,000 partner registrations

        ### Build the team
        - KR1: all new hires onboarded by Jun 1
        """)
    assert [o.text for o in okr_file.objectives] == ["Build the growth loop", "Build the team"]


def test_a_heading_about_a_key_result_of_the_table_above_adds_none() -> None:
    # "### KR1.1 Detail: …" under a table that has KR1.1 explains it; an ID that names its
    # objective too is never reused, where "Key Result 1" may be, once per group
    okr_file, _ = read("""\
        ## Objective 1: Make findings trustworthy — STEP 1

        | KR | Metric | Target |
        |---|---|---|
        | KR1.1 | False-positive rate | <20% |
        | KR1.2 | Rules with tests | 100% |

        ### KR1.1 Detail: Fixing the classifier
        - Split evidence from verdicts

        ## Personal
        ## [P0] Key Result 1: Exercise
        * Run 3 times a week
        ## [P2] Key Result 1: Cook
        * Learn to cook 5 dishes
        """)
    assert structure(okr_file) == [
        (
            "Make findings trustworthy",
            (1, 17),
            [
                ("False-positive rate: <20%", 5, 11),
                ("Rules with tests: 100%", 6, 11),
                ("Run 3 times a week", 13, 3),
                ("Learn to cook 5 dishes", 15, 3),
            ],
        )
    ]
    assert okr_file.objectives[0].fields["step"] == "STEP 1"


def test_a_threshold_is_the_bar_and_the_measurement_beside_an_id_the_statement() -> None:
    # "| KR | Measurement | Threshold |": beside an ID, what is measured states the key result
    # and the threshold is its target; beside a Target that states it, a Measurement says how
    # it is checked
    okr_file, _ = read("""\
        ## O1 Key Results — *Establish the architecture*

        | KR | Measurement | Threshold | Target date |
        |---|---|---|---|
        | **KR1.1** | Conference talks naming our constructs | ≥ 3 talks | 2027-Q2 |

        ## O2 Key Results — *Secure the platform*

        | KR | Target | Measurement |
        |---|---|---|
        | **KR2.1** | 100% workloads on SPIFFE identity | SPIRE API status |
        """)
    assert [[kr.text for kr in o.key_results] for o in okr_file.objectives] == [
        ["Conference talks naming our constructs: ≥ 3 talks"],
        ["100% workloads on SPIFFE identity"],
    ]


def test_romance_qualifiers_after_the_objective_and_key_result_words() -> None:
    # "Objetivo Estratégico Geral" over its statement, "Resultados-Chave Esperados" over a table
    # whose first column is the "Resultado": the words a canvas gives them
    okr_file, _ = read("""\
        # Canvas de Estratégia

        ## 1. Objetivo Estratégico Geral

        Desenvolver uma extensão para o Google Meet.

        ## 3. Resultados-Chave Esperados (Quantitativos)

        | Resultado | Meta | Prazo |
        |---|---|---|
        | Taxa de adoção por equipes-piloto | ≥ 3 equipes | 1 mês |

        ## 4. Requisitos e Restrições

        - **Plataforma:** extensão para Google Chrome.
        """)
    assert structure(okr_file) == [
        (
            "Desenvolver uma extensão para o Google Meet.",
            (5, 1),
            [("Taxa de adoção por equipes-piloto: ≥ 3 equipes", 11, 3)],
        )
    ]


def test_a_target_day_in_parentheses_is_when_not_what() -> None:
    # "(Target: Feb 15)" is the day a task is due; "(Target: 50%)" is what it aims for
    okr_file, _ = read("""\
        ### Objective 1: Activate the community
        1. **KR1**: Create community onboarding documentation (Target: Feb 15) - **NOT STARTED**
        2. **KR2**: Grow weekly active members (Target: 50%)
        """)
    (objective,) = okr_file.objectives
    # (the target stays in the words, which do not state it otherwise: okr_text's
    # test_a_parenthesised_target_stays_unless_it_restates)
    assert [(kr.text, kr.fields.get("due")) for kr in objective.key_results] == [
        ("Create community onboarding documentation", "Feb 15"),
        ("Grow weekly active members (Target: 50%)", None),
    ]


def test_annual_goals_beside_a_section_of_quarterly_okrs_are_the_plans_own() -> None:
    # "### Goal 1:" with its "Success Metrics" under "Annual Strategic Goals", beside "###
    # Objective 1:" under "Quarterly OKRs": the goals are the plan's, the OKRs are the objectives
    okr_file, _ = read("""\
        # Strategic Goals & OKRs

        ## Annual Strategic Goals (2026)

        ### Goal 1: Strengthen community engagement
        **Success Metrics**:
        - 500+ active community members

        ## Quarterly OKRs (Q1 2026)

        ### Objective 1: Establish the operational foundation
        **Key Results**:
        1. **KR1**: Publish GOVERNANCE.md

        ### Objective 2: Activate the community
        **Key Results**:
        1. **KR1**: Launch a monthly community call
        """)
    assert [o.text for o in okr_file.objectives] == [
        "Establish the operational foundation",
        "Activate the community",
    ]


def test_a_link_to_the_parent_objective_restates_the_heading() -> None:
    # "[Parent Objective](…)" under "## O5 Key Results — *Make X measurable*" points at the
    # objective the heading names; the italic note after it is a note, not an objective
    okr_file, _ = read("""\
        ## O5 Key Results — *Make conformance measurable*

        [Parent Objective](../objectives/#o5)

        *New in v0.2. The measurability standard, per fork F-S3.*

        | KR | Measurement | Threshold |
        |---|---|---|
        | **KR5.1** | A published test profile | ≥ 1 profile |
        """)
    assert structure(okr_file) == [
        (
            "Make conformance measurable",
            (1, 22),
            [("A published test profile: ≥ 1 profile", 9, 15)],
        )
    ]


def test_why_an_objective_matters_is_a_field_not_its_words() -> None:
    # "**O1 — Reliable ETL runs** <br> *Why: …*" in a table's objective cell: why it matters
    okr_file, _ = read("""\
        | Objective | Key Result |
        |-----------|------------|
        | **O1 — Reliable ETL runs** <br> *Why: Less fire-fighting.* | KR1: Success rate ≥ 99.5% |
        """)
    (objective,) = okr_file.objectives
    assert objective.text == "Reliable ETL runs"
    assert objective.fields["why"] == "Less fire-fighting."
    assert [kr.text for kr in objective.key_results] == ["Success rate ≥ 99.5%"]


def test_a_labelled_key_result_on_the_next_line_of_a_list_item_is_its_own() -> None:
    # "* KR4.1 70% component reuse" with "KR4.2 …" on the item's next line (a hard break, no
    # marker): two key results; a plain wrapped line stays part of the item
    okr_file, _ = read("""\
        ## Objective 4: Establish a scalable forms engine

        * KR4.1 70% component reuse  
          KR4.2 New form configuration ≤ 6 weeks  
        * KR4.3 Increase weekly active teams from 10 to 40 across the teams that
          adopt the forms engine
        """)  # noqa: W291
    assert structure(okr_file) == [
        (
            "Establish a scalable forms engine",
            (1, 17),
            [
                ("70% component reuse", 3, 9),
                ("New form configuration ≤ 6 weeks", 4, 9),
                (
                    "Increase weekly active teams from 10 to 40 across the teams that adopt the "
                    "forms engine",
                    5,
                    9,
                ),
            ],
        )
    ]


def test_a_bold_metric_before_its_value_stays_however_long_the_value() -> None:
    # "**D1 Retention:** 45 % → 60 % (day 1 → day 2)": the value comes first, so the bold part
    # names what it measures; a bold name before a sentence is the key result's name only
    okr_file, _ = read("""\
        ### Objective: 40% more active players in 90 days

        **Key Results:**
        1. **D1 Retention:** 45 % → 60 % (day 1 → day 2 of the tutorial)
        2. **Achievement Unlock Rate:** >50 % of active players unlock ≥1 achievement a month
        3. **Workshop for users:** Plan a workshop for users to try the new quests
        """)
    (objective,) = okr_file.objectives
    assert [kr.text for kr in objective.key_results] == [
        "D1 Retention: 45 % → 60 % (day 1 → day 2 of the tutorial)",
        "Achievement Unlock Rate: >50 % of active players unlock ≥1 achievement a month",
        "Plan a workshop for users to try the new quests",
    ]


def test_a_full_width_key_result_column_and_results_split_at_one_full_width_semicolon() -> None:
    # "关键结果（KR）" names the key result column as "Key results (KR)" does; a cell's two
    # clauses joined by one "；" are two results
    okr_file, _ = read("""\
        ## 总体目标

        | 目标编号 | 目标 | 关键结果（KR） |
        |---|---|---|
        | G1 | 可移植性 | Android 构建不再依赖硬编码路径；新开发者可在 30 分钟内完成首次构建 |
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("可移植性", ["Android 构建不再依赖硬编码路径", "新开发者可在 30 分钟内完成首次构建"])
    ]


def test_a_summary_table_of_the_okrs_above_restates_them() -> None:
    # "| OBJ-1 Adopción | KR-1.1 | 3 clientes |" after "## OBJ-1 — …" and "### KR-1.1 — …":
    # a summary; rows that repeat their objective cell are more of one objective
    okr_file, _ = read("""\
        ## OBJ-1 — Adopción validada del producto

        ### KR-1.1 — Clientes activos en producción

        ### KR-1.2 — Tiempo de instalación completa

        ## Resumen de OKRs

        | Objetivo | KR | Meta |
        |---|---|---|
        | OBJ-1 Adopción | KR-1.1 | 3 clientes activos |
        | OBJ-1 Adopción | KR-1.2 | Instalación ≤ 8h |

        ## Plan 2027

        | Objetivo | Resultado clave |
        |---|---|
        | Crecer en Perú | 5 clientes en Lima |
        | Crecer en Perú | 2 socios locales |
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Adopción validada del producto",
            ["Clientes activos en producción", "Tiempo de instalación completa"],
        ),
        ("Crecer en Perú", ["5 clientes en Lima", "2 socios locales"]),
    ]


def test_beside_row_labels_the_target_column_completes_the_key_result() -> None:
    # "| # | Description | Target |" with "| KR-1 | … |" rows: the first column labels the
    # rows, the description states each key result and the target completes it
    okr_file, _ = read("""\
        **Objective:** Reduce time-to-answer for support queries

        | # | Description | Target | Timeframe |
        |---|---|---|---|
        | KR-1 | Average end-to-end response time | < 5 minutes | 12 weeks |
        | KR-2 | First-contact resolution rate | ≥ 70% | 12 weeks |
        """)
    (objective,) = okr_file.objectives
    assert [kr.text for kr in objective.key_results] == [
        "Average end-to-end response time: < 5 minutes",
        "First-contact resolution rate: ≥ 70%",
    ]


def test_a_measure_that_says_how_beside_a_target_that_states_the_key_result() -> None:
    # "| Key Result | Target | Measure |" with IDs, statements and methods: the target states
    # the key result; a Measure that only names a metric still names it
    okr_file, _ = read("""\
        ### Objective 1: Ship a stable MVP

        | Key Result | Target | Measure |
        |---|---|---|
        | KR 1.1 | Zero production regressions lasting more than 24 hours | Monitor via the daily regression CI run |

        ### Objective 2: Cut support cost

        | KR | Measure | Target |
        |---|---|---|
        | 2.2 | Cost-to-support as % of revenue | Baseline by Q1; exceed the targeted reduction |
        """)  # noqa: E501
    assert [[kr.text for kr in o.key_results] for o in okr_file.objectives] == [
        ["Zero production regressions lasting more than 24 hours"],
        ["Cost-to-support as % of revenue: Baseline by Q1; exceed the targeted reduction"],
    ]


def test_a_bold_label_that_ends_in_a_full_stop_is_a_label() -> None:
    # "**Objective.** Show that …" under a heading that names a phase: the labelled line is the
    # objective (a labelled heading, "## O1: Deliver", keeps it as its statement)
    okr_file, _ = read("""\
        ## Phase 1, weeks 1 to 6. Prove the reading

        **Objective.** Show that the agent reads one project better than a person could.

        **Key results.**

        | KR | Target |
        |---|---|
        | Documents read and correctly typed | 98% or better |
        """)
    assert structure(okr_file) == [
        (
            "Show that the agent reads one project better than a person could.",
            (3, 16),
            [("Documents read and correctly typed: 98% or better", 9, 3)],
        )
    ]


def test_target_levels_read_together_where_no_column_is_named_target() -> None:
    okr_file, _ = read("""\
        ## O1 — Teams ship on the platform

        | # | Key Result | Conservative | Stretch |
        |---|---|---|---|
        | KR1.1 | BU teams onboarded | 3 BUs | 5 BUs |
        | KR1.2 | Zero PII exposure incidents | Target: 0 | Target: 0 |
        """)
    assert structure(okr_file) == [
        (
            "Teams ship on the platform",
            (1, 9),
            [
                ("BU teams onboarded: 3 BUs (conservative) / 5 BUs", 5, 11),
                ("Zero PII exposure incidents: 0", 6, 11),
            ],
        )
    ]


def test_a_roll_up_of_counts_and_a_summary_counting_key_results_are_not_okrs() -> None:
    okr_file, _ = read("""\
        # FY27 OKRs

        | Pillars | Objectives | KRs | On Track |
        |---|---|---|---|
        | 4 | 6 | 15 | 10 |

        ## O1: Deliver a reliable platform

        - Crash-free sessions above 99.5%

        | Objective | Key Results | Owner |
        |---|---|---|
        | O1: Reliable platform | 5 KRs | Backend |
        """)
    assert structure(okr_file) == [
        ("Deliver a reliable platform", (7, 8), [("Crash-free sessions above 99.5%", 9, 3)])
    ]


def test_a_group_heading_with_words_over_a_table_is_its_objective() -> None:
    okr_file, _ = read("""\
        ## O1 — Ship the platform

        | # | Key Result | Target |
        |---|---|---|
        | KR1.1 | Teams onboarded | 5 |

        ## Cross-Cutting OKR — Governance is a feature

        | # | Key Result | Target |
        |---|---|---|
        | KRG.1 | P1 incident mean time to detection | < 10 min |
        """)
    assert [(o, line, [k for k, _, _ in krs]) for o, (line, _), krs in structure(okr_file)] == [
        ("Ship the platform", 1, ["Teams onboarded: 5"]),
        ("Governance is a feature", 7, ["P1 incident mean time to detection: < 10 min"]),
    ]


def test_a_quarter_of_a_year_ends_a_guide_section_the_okrs_are_the_teams() -> None:
    okr_file, _ = read("""\
        # Metrics guide

        ## OKR Framework

        ### Q4 2025 OKRs

        #### Objective 1: Achieve testing excellence
        **Key Results:**
        - Backend coverage >90%
        - Zero flaky tests
        """)
    assert structure(okr_file) == [
        (
            "Achieve testing excellence",
            (7, 19),
            [("Backend coverage >90%", 9, 3), ("Zero flaky tests", 10, 3)],
        )
    ]


def test_an_okr_item_over_labelled_key_results_is_their_objective() -> None:
    okr_file, _ = read("""\
        ### FY24Q2

        1. OKR [Support joint product goals](https://example.com/1) => 75%
           1. KR: [Switchboard in production](https://example.com/2) => 43%
        1. OKR [Reduce churn](https://example.com/3) => 84%
           1. KR: [Achieve >99.95% availability](https://example.com/4) => 99%
        """)
    assert [(o, [k for k, _, _ in krs]) for o, _, krs in structure(okr_file)] == [
        ("OKR Support joint product goals", ["Switchboard in production"]),
        ("OKR Reduce churn", ["Achieve >99.95% availability"]),
    ]


def test_objectives_listed_then_restated_over_their_key_results_and_a_review_table() -> None:
    okr_file, _ = read("""\
        ### Objectives

        1. Write every day
        1. Build the stack

        ### Key Results

        1. Write every day (aspirational KR)
           - Publish 3 essays
        1. Build the stack (committed KR)
           - Finish the Django course

        | KR | Achievement |
        | --- | --- |
        | Publish 3 essays | 33% |
        | Finish the Django course | 100% |
        """)
    assert structure(okr_file) == [
        ("Write every day", (8, 4), [("Publish 3 essays", 9, 6)]),
        ("Build the stack", (10, 4), [("Finish the Django course", 11, 6)]),
    ]


def test_key_result_headings_in_a_success_indicators_section_take_their_target() -> None:
    okr_file, _ = read("""\
        ## 1. The foundation is a sustainable association

        ### Success indicators for outcome 1

        #### 1. Public organizations become members of the association

        * Baseline: 0 members
        * Target: 3 members
        * Means of verification: membership contracts signed
        """)
    assert structure(okr_file) == [
        (
            "The foundation is a sustainable association",
            (1, 7),
            [("Public organizations become members of the association: 3 members", 5, 9)],
        )
    ]


def test_an_arrow_and_a_status_with_its_note_after_a_key_result() -> None:
    okr_file, _ = read("""\
        ## Reliability

        - Public status page. → SHIP (/status).
        - Lighthouse mobile ≥ 90. → TODO (need to run after deploy).
        """)
    assert [k for _, _, krs in structure(okr_file) for k, _, _ in krs] == [
        "Public status page.",
        "Lighthouse mobile ≥ 90.",
    ]


def test_a_column_named_with_its_group_and_the_header_repeated_for_each_group() -> None:
    okr_file, _ = read("""\
        | **Objectives - DAO structure** | **Key Results** | **Evaluation** |
        |---|---|---|
        | Finish the DAO structure | 1. Finished tokenomics v2 | YES |
        | | 2. Finished governance v2 | YES |
        | **Objectives - Media** | **Key Results** | **Evaluation** |
        | Grow media presence | 1. @lunarsquad >2k followers | NO |
        """)
    assert structure(okr_file) == [
        (
            "Finish the DAO structure",
            (3, 3),
            [("Finished tokenomics v2", 3, 33), ("Finished governance v2", 4, 8)],
        ),
        ("Grow media presence", (6, 3), [("@lunarsquad >2k followers", 6, 28)]),
    ]


def test_the_documents_title_naming_goals_leaves_a_goals_section_before_the_okrs() -> None:
    okr_file, _ = read("""\
        # 2021 Goals

        ## Company goals

        ### Community
        1. Better contributor onboarding
        2. Feedback quality

        ## Developer Relations 2021 OKRs

        ### Developer relations framework
        - Discourse up and running
        - Documented release process

        ### Grow the community
        - 500 new forum members
        """)
    assert [o for o, _, _ in structure(okr_file)] == [
        "Developer relations framework",
        "Grow the community",
    ]


def test_a_goal_heading_that_only_names_it_gives_way_to_the_objective_line() -> None:
    okr_file, _ = read("""\
        ### Goal 1 — Team Cadence

        **Objective:** Build a weekly operating rhythm that keeps every role aligned

        - Weekly sync running with a fixed agenda

        ### O2: Master AI-assisted development
        **Objective**: Effectively leverage AI tools while keeping human oversight

        - 100% of AI-written code reviewed
        """)
    assert [(o.text, o.span.line, o.fields.get("name")) for o in okr_file.objectives] == [
        ("Build a weekly operating rhythm that keeps every role aligned", 3, "Team Cadence"),
        ("Master AI-assisted development", 7, None),
    ]


def test_an_okr_heading_names_the_objective_its_line_states_in_any_spaced_script() -> None:
    okr_file, _ = read("""        ### OKR 1 — Mapear a Desigualdade Fiscal entre Municípios

        **Objective:** Gerar uma visão clara da distribuição dos gastos públicos municipais

        - **KR1:** Identificar os 20 municípios com menor gasto per capita
        """)
    assert [(o.text, o.span.line, o.fields.get("name")) for o in okr_file.objectives] == [
        (
            "Gerar uma visão clara da distribuição dos gastos públicos municipais",
            3,
            "Mapear a Desigualdade Fiscal entre Municípios",
        ),
    ]


def test_a_summary_table_naming_the_goals_read_above_adds_none() -> None:
    okr_file, _ = read("""\
        ## 1. Platforms / ISV readiness
        **Goal: We are ready to support ISVs when they are onboarded**

        ### KR1: Tools identify 100% of platform merchants

        ## 2. Keep support contacts flat
        **Goal: Keep support contacts flat relative to volume**

        ### KR1: Launch the merchant welcome pack

        ## 3. Org contribution

        ### KR1: Complete the Bar Raiser programme

        ## Summary

        | Goal | KR | Status |
        |---|---|---|
        | Platforms | KR1: Identify platform merchants | Delivered |
        | Contacts flat | KR1: Merchant welcome pack | No evidence |
        """)
    assert [(o, [k for k, _, _ in krs]) for o, _, krs in structure(okr_file)] == [
        (
            "We are ready to support ISVs when they are onboarded",
            ["Tools identify 100% of platform merchants"],
        ),
        ("Keep support contacts flat relative to volume", ["Launch the merchant welcome pack"]),
        ("Org contribution", ["Complete the Bar Raiser programme"]),
    ]


def test_a_metric_column_in_chinese_completes_the_key_result() -> None:
    okr_file, _ = read("""\
        | 目标 | 关键结果 | 衡量指标 |
        |------|---------|---------|
        | **提升用户粘性** | 7日留存率提升 | 留存: 15% → 40% |
        """)
    assert structure(okr_file) == [
        ("提升用户粘性", (3, 5), [("7日留存率提升: 留存: 15% → 40%", 3, 16)])
    ]


def test_an_owned_outcome_and_its_quarters_after_an_objective_and_quick_wins() -> None:
    okr_file, _ = read("""\
        ## Establish a functioning EA governance capability (owned outcome, Q1-Q2)

        - Architecture review board meets every two weeks

        ## Quick wins (first 90 days)

        - Publish the capability map for one region
        """)
    assert [(o.text, o.period, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        (
            "Establish a functioning EA governance capability",
            None,
            ["Architecture review board meets every two weeks"],
        )
    ]
    assert okr_file.objectives[0].fields["period"] == "Q1-Q2"


def test_an_okr_heading_names_it_and_the_objective_line_states_it() -> None:
    okr_file, _ = read("""\
        #### OKR 2: Optimize Donation Conversion
        **Objective**: Reduce friction in the donation process and increase conversion

        **Key Results**:
        - **KR2.1**: Implement one-click copy for bank details (Target: Yes, Achieved: Yes)
        """)
    assert structure(okr_file) == [
        (
            "Reduce friction in the donation process and increase conversion",
            (2, 16),
            [("Implement one-click copy for bank details", 5, 14)],
        )
    ]
    assert okr_file.objectives[0].fields["name"] == "Optimize Donation Conversion"


def test_how_an_objective_is_measured_after_it_is_not_its_words() -> None:
    okr_file, _ = read("""\
        ## In Q1, every steward expands their knowledge, as measured by

        - Read 3 books on organisational management
        """)
    assert [o.text for o in okr_file.objectives] == ["In Q1, every steward expands their knowledge"]


def test_a_dated_period_over_labelled_objectives_ends_a_guide_section() -> None:
    okr_file, _ = read("""\
        ## OKR Framework

        **Q3 2026 (MVP Launch):**
        - Objective: Establish trust in 1 society
          - Key Result 1: 200 residents onboarded
          - Key Result 2: 100 completed bookings

        ## User Personas

        - Goal: Find a plumber
        """)
    assert structure(okr_file) == [
        (
            "Establish trust in 1 society",
            (4, 14),
            [("200 residents onboarded", 5, 19), ("100 completed bookings", 6, 19)],
        )
    ]
    assert okr_file.objectives[0].period == "Q3 2026"


def test_a_guide_section_with_an_undated_objective_list_stays_a_guide() -> None:
    okr_file, _ = read("""\
        ## OKR Framework

        **Example:**
        - Objective: Delight our customers
          - Key Result 1: Raise NPS from 30 to 50
        """)
    assert okr_file.objectives == []


def test_a_period_with_the_phase_s_name() -> None:
    assert period_of("Q3 2026 (MVP Launch):") == "Q3 2026"
    assert period_of("Q3 2026 OKRs (draft)") == "Q3 2026"
    assert period_of("2026 (a b) c") is None


def test_a_target_for_each_quarter_in_its_own_column() -> None:
    okr_file, _ = read("""\
        **Objectif 1: Croissance Utilisateurs**

        | Métrique | Q1 | Q2 | Q3 | Q4 |
        |----------|----|----|----|----|
        | MAU | 1,000 | 5,000 | 10,000 | 25,000 |
        | Check-ins/mois | - | - | 5,000 | 15,000 |
        | Taux approbation | 85% | 85% | 85% | 85% |
        """)
    assert structure(okr_file) == [
        (
            "Croissance Utilisateurs",
            (1, 15),
            [
                ("MAU: Q1 1,000; Q2 5,000; Q3 10,000; Q4 25,000", 5, 3),
                ("Check-ins/mois: Q3 5,000; Q4 15,000", 6, 3),
                ("Taux approbation: 85%", 7, 3),
            ],
        )
    ]


@pytest.mark.parametrize(
    "audience",
    ["## 3. Público Objetivo", "## User Research & Personas", "## Target Users", "### Zielgruppe"],
)
def test_who_a_product_is_for_is_no_objective(audience: str) -> None:
    okr_file, _ = read(f"""\
        ## Objetivos

        - **Objetivo 1:** Optimizar experiencia
          - **KR1:** Reducir tiempo de carga en 40%

        {audience}

        ### 3.1 Personas Principales

        - Role: Lead processor
        - Goal: Convert leads to customers efficiently
        - Pain point: Too many leads
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Optimizar experiencia", ["Reducir tiempo de carga en 40%"])
    ]
    assert parse("Público objetivo: pequeñas empresas").kind is None
    assert parse("Objetivo: crecer").kind == "objective"


def test_a_goal_among_a_card_s_fields_is_a_field() -> None:
    okr_file, _ = read("""\
        ## Launch plan

        **Landing page test**:
        - URL：https://sign.example/tw
        - CTA：「免費 10 張試用」
        - 目標：1,000 訪客，15% 註冊率
        """)
    assert okr_file.objectives == []


def test_a_goal_first_in_a_list_still_heads_it() -> None:
    okr_file, _ = read("""\
        ## Objectives

        - Goal: Grow usage
          - Activation: 30% to 45%
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Grow usage", ["Activation: 30% to 45%"])
    ]


def test_a_heading_s_okr_id_then_the_same_id_with_its_words() -> None:
    okr_file, _ = read("""\
        ### OKR1 → NSM → KPIs

        **OKR1: Schnelle, vertrauensvolle Kaufempfehlung**
        - **KR1:** Zeit bis Empfehlung <2 Minuten
        """)
    assert structure(okr_file) == [
        (
            "Schnelle, vertrauensvolle Kaufempfehlung",
            (3, 9),
            [("Zeit bis Empfehlung <2 Minuten", 4, 12)],
        )
    ]


def test_success_metrics_named_as_the_okrs() -> None:
    okr_file, _ = read("""\
        ### 1.4 Success Metrics (OKRs)

        | Objective | Key Result | Current | Target |
        |-----------|------------|---------|--------|
        | **Smarter Exploration** | Tool calls before useful answer | 15-46 | <10 |
        | | Deep-dive pass rate | 40% | >85% |
        """)
    assert structure(okr_file) == [
        (
            "Smarter Exploration",
            (5, 5),
            [
                ("Tool calls before useful answer: <10", 5, 29),
                ("Deep-dive pass rate: >85%", 6, 5),
            ],
        )
    ]


def test_key_results_in_one_cell_separated_by_middle_dots() -> None:
    okr_file, _ = read("""\
        ## OKRs Q2 2026

        | Objective | Key Results |
        |---|---|
        | Generate first revenue | Paywall live · 10+ paying subscribers |
        """)
    assert structure(okr_file) == [
        (
            "Generate first revenue",
            (5, 3),
            [("Paywall live", 5, 28), ("10+ paying subscribers", 5, 43)],
        )
    ]


def test_a_summary_table_names_the_objectives_in_short_plural_words() -> None:
    okr_file, _ = read("""\
        ## Objective 1: Make every renewal a deliberate decision

        - Conscious renewal rate reaches 65%

        ## Objective 2: Deepen the data foundation

        - 90% of subscriptions are tax-ready

        ## OKR Summary Table

        | Objective | Key Results |
        |-----------|------------|
        | O1: Deliberate decisions | 1 KR: 65% conscious renewal |
        | O2: Data foundations | 1 KR: 90% tax-ready |
        """)
    assert [o.text for o in okr_file.objectives] == [
        "Make every renewal a deliberate decision",
        "Deepen the data foundation",
    ]


def test_a_numbered_outline_typed_without_indents() -> None:
    okr_file, _ = read("""\
        ## OKRs

        1. [X] Levantar toda a infra inicial.
        1.1. [X] Colocar o blog no ar.
        1.2. [ ] Aperfeiçoar o tema.

        2. [ ] Redigir ao menos 100 artigos.
        2.1. [ ] Redigir os princípios editoriais.
        """)
    assert structure(okr_file) == [
        (
            "Levantar toda a infra inicial.",
            (3, 8),
            [("Colocar o blog no ar.", 4, 10), ("Aperfeiçoar o tema.", 5, 10)],
        ),
        ("Redigir ao menos 100 artigos.", (7, 8), [("Redigir os princípios editoriais.", 8, 10)]),
    ]
    assert okr_file.objectives[0].key_results[0].fields.get("done") is True


def test_an_outline_outside_okrs_is_not_read_as_one() -> None:
    okr_file, _ = read("""\
        ## Installation

        1. Download the archive.
        1.1. Unpack it.

        2. Run the installer.
        2.1. Accept the licence.
        """)
    assert okr_file.objectives == []


def test_an_okr_column_beside_a_key_result_column_and_a_90_day_target() -> None:
    okr_file, _ = read("""\
        # Auditoria SEO

        ### Problemas Críticos

        - Sitemap com URLs quebradas

        ## PARTE 10 — OKRs (PRÓXIMOS 90 DIAS)

        | OKR | KR | Meta Atual | Meta 90d |
        |-----|----|-----------|----------|
        | **Melhorar presença nos SERPs** | KR1: Eliminar descrições duplicadas | 31,7% | 0% |
        | | KR2: AI Citation Count | 0 | 10+ |
        """)
    assert structure(okr_file) == [
        (
            "Melhorar presença nos SERPs",
            (11, 5),
            [
                ("Eliminar descrições duplicadas: 0%", 11, 42),
                ("AI Citation Count: 10+", 12, 10),
            ],
        )
    ]


def test_a_review_table_names_the_key_results_read_above_in_short() -> None:
    okr_file, _ = read("""\
        ### Objetivo 1: Mejorar la predicción

        - Lograr un MAPE ≤ 15% en predicción de tiempos.
        - Alcanzar 85% de precisión en identificación de factores de retraso.

        ## 12. Resultados

        ### 12.1 Resumen de Resultados Obtenidos

        | Componente | Resultado | Estado |
        |-----------|----------|--------|
        | Modelo predictivo | XGBoost con R²=0.869 | Cercano al objetivo |

        ### 12.2 Cumplimiento de OKRs

        | KR | Meta | Resultado | Cumplimiento |
        |----|------|----------|-------------|
        | MAPE ≤ 15% | 15.0% | 16.0% | Parcial |
        | Identificación de factores de retraso | 85% precisión | 86.95% | Cumplido |
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("Mejorar la predicción", 2)
    ]


def test_a_group_s_okrs_with_numbered_objectives_end_a_guide_section() -> None:
    okr_file, _ = read("""\
        ## 3. OKR FRAMEWORK

        ### Company-Level OKRs (Quarterly)

        **Objective 1: Achieve Product-Market Fit**
        - KR1: Reach 100 active users by end of Q2
        - KR2: Achieve NPS > 40 by end of Q2
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        (
            "Achieve Product-Market Fit",
            ["Reach 100 active users by end of Q2", "Achieve NPS > 40 by end of Q2"],
        )
    ]


def test_a_list_item_written_as_a_heading() -> None:
    okr_file, _ = read("""\
        ## Objetivos e resultados-chave

         - ### Criar um calculador de similaridade de texto
            - Realizar a tokenização do texto
            - Transformar os textos em representações numéricas

        ## Requisitos

        - Python 3.11
        - Docker 24.0.2
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        (
            "Criar um calculador de similaridade de texto",
            [
                "Realizar a tokenização do texto",
                "Transformar os textos em representações numéricas",
            ],
        )
    ]


def test_a_name_after_a_function_word_of_another_language_is_no_owner() -> None:
    okr_file, _ = read("""\
        **Objective 3: Construir comunidade vibrante**
        - KR1: 500+ membros no Discord/Telegram
        """)
    assert [k.text for k in okr_file.objectives[0].key_results] == [
        "500+ membros no Discord/Telegram"
    ]


def test_a_check_mark_in_a_quarter_column_is_when_not_a_target() -> None:
    okr_file, _ = read("""\
        **Objective 1: Grow**

        | KR | Q1 | Q2 |
        |---|---|---|
        | Reduce churn to 3% | ✓ | |
        """)
    assert [k.text for k in okr_file.objectives[0].key_results] == ["Reduce churn to 3%"]


def test_a_team_table_whose_key_result_column_says_main_krs() -> None:
    okr_file, _ = read("""\
        ### Nível 3 — OKRs de Time

        | Squad | Objetivo | KRs principais |
        |-------|---------|---------------|
        | **Growth** | Funil de aquisição eficiente | CAC ≤ R$ 15 · Referral ≥ 15% |
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Funil de aquisição eficiente", ["CAC ≤ R$ 15", "Referral ≥ 15%"])
    ]


def test_a_roadmap_phase_s_goal_line_beside_a_section_of_the_okrs() -> None:
    okr_file, _ = read("""\
        ## 5. Objetivos Estratégicos (OKRs)

        **Objective 1: Estabelecer presença técnica sólida**
        - KR1: Atingir 1.000 estrelas no GitHub

        **Objective 2: Validar qualidade técnica**
        - KR1: 90% dos testes passam

        ## 13. Roadmap de Desenvolvimento

        ### 13.1 Fase 1: Foundation (Semanas 1-4)

        **Objetivo:** MVP funcional e estável
        """)
    assert [o.text for o in okr_file.objectives] == [
        "Estabelecer presença técnica sólida",
        "Validar qualidade técnica",
    ]


def test_a_persona_s_goal_is_a_field() -> None:
    okr_file, _ = read("""\
        #### 3. Elena - SOC Analyst

        - **Đặc điểm:** Đã đi làm hoặc định hướng Blue Team.
        - **Mục tiêu:** Môi trường lab cung cấp sẵn SIEM.
        """)
    assert okr_file.objectives == []


def test_an_owner_in_full_width_parentheses_and_a_full_width_bar_after_an_id() -> None:
    okr_file, _ = read("""\
        ### O1: Reliability & Safety（Owner: Ops + Risk）
        - KR1: Zero sev-1 incidents

        ### O2｜动态适配真实项目结构
        - KR2.1：安装和每次结构变更均从当前 HEAD 发现项目
        """)
    assert [o.text for o in okr_file.objectives] == ["Reliability & Safety", "动态适配真实项目结构"]


def test_a_tracker_table_naming_most_key_results_read_above_restates_them() -> None:
    okr_file, _ = read("""\
        ### Objective 1: Platform reliability

        | Key Result | Current | Target |
        |---|---|---|
        | Achieve 99.95% uptime | 99.91% | 99.95% |
        | Reduce MTTR to 20 min | 32 min | 20 min |
        | Instrument top 10 patient journey events | 4 | 10 |
        | Reduce P0/P1 bug backlog to <10 | 18 | 10 |

        ## Execution signal from Jira

        | Key Result | Total Tickets | Done |
        |---|---|---|
        | Achieve 99.95% uptime | 3 | 1 |
        | Reduce MTTR to 20 min | 2 | 1 |
        | Instrument top 10 patient journey events | 3 | 0 |
        | Reduce P0/P1 bug backlog to < 10 | 4 | 0 |
        """)
    assert [len(o.key_results) for o in okr_file.objectives] == [4]


def test_a_bold_line_naming_the_okrs_under_a_question_about_the_project() -> None:
    okr_file, _ = read("""\
        ### 3. What does success look like?

        1. **Verification integrity** — every outcome linkage is traceable.

        **Proposed OKRs (2026-06-08 to 2027-12-31)**

        **Objective 1: Validate demand and product-market fit**

        - KR1.1: 500 unique sign-ups on the landing page by 2026-12-31
        - KR1.2: Net Promoter Score ≥ 35 from the first 100 engaged users
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        (
            "Validate demand and product-market fit",
            [
                "500 unique sign-ups on the landing page by 2026-12-31",
                "Net Promoter Score ≥ 35 from the first 100 engaged users",
            ],
        )
    ]


def test_a_question_about_okrs_is_still_a_guide() -> None:
    okr_file, _ = read("""\
        ## What is an OKR?

        **Objective 1: Delight customers**

        - KR1: Raise NPS from 30 to 50
        """)
    assert okr_file.objectives == []


def test_okrs_drawn_as_a_mermaid_graph_are_read_where_they_stand() -> None:
    okr_file, _ = read("""\
        # Study platform PRD

        ## 4. OKRs

        ```mermaid
        graph TD
            NSM["North Star: 60% weekly active learners"]
            NSM --> O1["Objective 1: Habit & streak retention"]
            NSM --> O2["Objective 2: Curriculum completion"]

            O1 --> KR1["D30 retention >= 45% (vs. industry 18%)"]
            O1 --> KR2["Average daily session: 35-50 minutes"]
            O2 --> KR3["Plan completion rate >= 55%"]
        ```

        ## 5. Navigation

        - Collapsible sidebar
        """)
    assert structure(okr_file) == [
        (
            "Habit & streak retention",
            (8, 30),
            [
                ("D30 retention >= 45% (vs. industry 18%)", 11, 17),
                ("Average daily session: 35-50 minutes", 12, 17),
            ],
        ),
        ("Curriculum completion", (9, 30), [("Plan completion rate >= 55%", 13, 17)]),
    ]


def test_okrs_drawn_as_a_mermaid_mindmap_are_read() -> None:
    okr_file, _ = read("""\
        ### OKRs

        ```mermaid
        mindmap
          root((Team OKRs))
            Objective 1: Grow the community
              KR 1.1: 10,000 registered learners
              KR 1.2: Lab activation above 75%
            Themes
              Security first
        ```
        """)
    assert structure(okr_file) == [
        (
            "Grow the community",
            (6, 18),
            [("10,000 registered learners", 7, 15), ("Lab activation above 75%", 8, 15)],
        )
    ]


def test_a_diagram_that_draws_no_okrs_is_no_part_of_them() -> None:
    okr_file, problems = read("""\
        ## OKRs

        ```mermaid
        graph LR
            A[Sign up] --> B[First lab] --> C[Certificate]
        ```
        """)
    assert okr_file.objectives == []
    assert [code for code, *_ in problems] == ["F006"]


def test_where_the_named_okrs_cannot_be_read_other_sections_are_not_read_instead() -> None:
    okr_file, problems = read(
        """\
        # Product requirements

        ## 2. Value propositions

        - Structured daily plans
        - Public proof of work

        ## 4. Product objectives and OKRs

        ![OKR map](okrs.png)

        ## 6. Features

        ### 6.1 Functional capabilities

        - Contest calendar across five platforms
        - One-click export of the active sheet
        """,
        path="docs/prd.md",
    )
    assert okr_file.objectives == []
    ((code, line, _, message),) = problems
    assert (code, line) == ("F006", 8)
    assert "the heading on line 8 names them" in message


def test_a_file_titled_as_okrs_is_read_whatever_its_later_sections_say() -> None:
    okr_file, _ = read("""\
        ---
        title: '2022 Q2 OKR and review'
        ---

        ### Keep a record

        - Publish two retrospectives on the blog
        - Write three essays

        ## 2022 Q2 OKR review

        Two of three done.
        """)
    assert [o.text for o in okr_file.objectives] == ["Keep a record"]


def test_an_objective_named_again_after_the_okrs_is_a_section_about_it() -> None:
    okr_file, _ = read("""\
        # Aligned business OKRs

        ## O1: Establish a single, authoritative operating system for execution

        ### KR1.1: 100% of active projects are created with an owning team

        ### KR1.2: Zero orphan tasks

        # OKR budget alignment

        ## Objective 1 — Single operating system

        - Budget: PM tooling, 10–15% of Ops bandwidth
        - Guardrails: block spend on parallel tools
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("Establish a single, authoritative operating system for execution", 2)
    ]


def test_a_later_periods_objective_with_the_same_id_is_its_own() -> None:
    okr_file, _ = read("""\
        ## Phase 1 OKRs

        ### Objective 1: Establish genuine technical trust

        - 40% of recommendations accepted

        ## Phase 2 OKRs

        ### Objective 1: Become workflow-embedded

        - 30% of teams use the plugin weekly
        """)
    assert [o.text for o in okr_file.objectives] == [
        "Establish genuine technical trust",
        "Become workflow-embedded",
    ]


def test_a_markdown_fence_opening_a_quarters_okrs_under_a_framework_heading() -> None:
    okr_file, _ = read("""\
        ## 3. OKR Framework

        ```markdown
        ## Q1 2026 OKRs

        **Objective 1: Ship a production-ready pipeline**
        - KR1: Pipeline processes 1000 articles/day unattended
        - KR2: Zero critical security findings in the audit
        ```
        """)
    assert structure(okr_file) == [
        (
            "Ship a production-ready pipeline",
            (6, 16),
            [
                ("Pipeline processes 1000 articles/day unattended", 7, 8),
                ("Zero critical security findings in the audit", 8, 8),
            ],
        )
    ]


def test_a_key_result_table_keyed_by_the_ids_of_objectives_listed_above() -> None:
    okr_file, _ = read("""\
        ### Q1 Objectives

        - **O1.** Pass the validation phase.
        - **O2.** Fill and operate the soft cohort.

        ### Q1 Key Results

        | Objective | Key Result | Source |
        |---|---|---|
        | O1 | Validation drawdown stays within thresholds | Cohort report |
        | O2 | Soft cohort 40/40 filled by end of M1 | Signup record |
        | O2 | 90% of the soft cohort active by M2 | Activity log |
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Pass the validation phase.", ["Validation drawdown stays within thresholds"]),
        (
            "Fill and operate the soft cohort.",
            ["Soft cohort 40/40 filled by end of M1", "90% of the soft cohort active by M2"],
        ),
    ]


def test_dashed_plan_fields_after_a_key_result() -> None:
    okr_file, _ = read("""\
        #### Objective 1: Beta users post through the product

        - KR1.1: 3 beta users actively posting — Owner: vp-engineering — Target: 3 — Current: 0
        - KR1.2: Landing page live — Owner: vp-marketing — Target: 1 by 2026-05-17
        - KR1.3: Grow posts per user — a stretch goal
        """)
    (objective,) = okr_file.objectives
    first, second, third = objective.key_results
    assert (first.text, first.span.column) == ("3 beta users actively posting: 3", 10)
    assert (first.fields["owner"], first.fields["current"]) == ("vp-engineering", "0")
    assert second.text == "Landing page live: 1 by 2026-05-17"
    assert third.text == "Grow posts per user — a stretch goal"


def test_an_objective_named_again_in_an_initiatives_section_is_no_new_objective() -> None:
    okr_file, _ = read("""\
        ### Objective 1. Make first delivery the default path

        - KR1. 3 of 3 new repos ship their first change within a day

        ## 6. Supporting initiatives

        ### O1. First delivery default

        | Initiative | Expected KR impact |
        | --- | --- |
        | Clean-machine drill | O1 KR1 |
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("Make first delivery the default path", 1)
    ]


def test_check_ins_report_on_the_key_results_they_name() -> None:
    okr_file, _ = read("""\
        # OKRs 2026-Q4

        ## O1 — Prove the record

        - KR1.1: All 55 uncertain spans adjudicated, false-positive rate 10% or lower

        ## Check-ins

        ### 2026-10 (check-in)

        - KR1.1: no merged evidence, thresholds unchanged
          — status: at-risk
        """)
    assert [[k.text for k in o.key_results] for o in okr_file.objectives] == [
        ["All 55 uncertain spans adjudicated, false-positive rate 10% or lower"]
    ]


def test_a_groups_okrs_for_a_period_end_a_framework_section() -> None:
    okr_file, _ = read("""\
        ## OKRs and accountability

        ### OKR Framework

        #### Company OKRs Q3/2025
        **Objetivo**: Estabelecer liderança técnica em auditoria DP
        - KR1: 25 contabilidades ativas
        - KR2: NPS >30 com 90% response rate
        """)
    assert [(o.text, o.period, len(o.key_results)) for o in okr_file.objectives] == [
        ("Estabelecer liderança técnica em auditoria DP", "Q3/2025", 2)
    ]


def test_a_last_sentence_giving_the_baseline_is_a_field() -> None:
    fixture = (
        "A local fixture shows /ship stages only intended paths in 10 of 10 cases. Automate "
        "what can be asserted in git. The rest is a scored dry-run against the skill text. "
        "Baseline: 0 fixtures."
    )
    verdict = "Every branch has a review verdict. Target: 100% of branches. Baseline: none."
    okr_file, _ = read(f"""\
        ### Objective 3. Ship safely

        - KR1. {fixture}
        - KR2. {verdict}
        """)
    first, second = okr_file.objectives[0].key_results
    assert first.text == "A local fixture shows /ship stages only intended paths in 10 of 10 cases."
    assert first.fields["baseline"] == "0 fixtures"
    assert second.text == "Every branch has a review verdict. Target: 100% of branches."
    assert second.fields["baseline"] == "none"


def test_a_blog_themes_okr_tags() -> None:
    okr_file, _ = read("""\
        {% quot Learning icon:hashtag el:h6 %}
        {% okr o1 %}

        Learning and certificates

        <!-- okr kr-1 percent:20-->
        Learn Japanese
        Progress: most of the kana

        <!-- okr kr-2 percent:100 status:done-->
        HCIA-Datacom
        Passed

        {% endokr %}

        A paragraph after the tags.
        """)
    assert structure(okr_file) == [
        (
            "Learning and certificates",
            (4, 1),
            [("Learn Japanese", 7, 1), ("HCIA-Datacom", 11, 1)],
        )
    ]
    assert okr_file.objectives[0].key_results[1].fields["status"] == "done"


def test_beyond_the_okrs_a_table_with_no_objective_is_the_documents() -> None:
    okr_file, _ = read("""\
        ## 1.4 Objectives and key results (OKRs)

        | Objective | Key result | Target |
        |---|---|---|
        | Lend fairly | Late payments among approved loans | ≤ 10% |

        ## 7. Tests

        ### 7.2 Manual verification

        | Test | Result |
        |---|---|
        | TLS 1.2 | Negotiates ECDHE |
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Lend fairly", ["Late payments among approved loans: ≤ 10%"])
    ]


def test_a_second_objective_word_after_the_key_result_column_is_its_target() -> None:
    okr_file, _ = read("""\
        ### 3.2 OKR Çerçevesi

        | Amaç | Anahtar Sonuç | Hedef | Ölçüm |
        |------|-------------|-------|-------|
        | Kullanıcı tabanı oluştur | Kayıtlı kullanıcı sayısı | 300 | Supabase Auth |
        | Kullanıcı tabanı oluştur | Day-7 retention | ≥%50 | Amplitude |
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Kullanıcı tabanı oluştur", ["Kayıtlı kullanıcı sayısı: 300", "Day-7 retention: ≥%50"])
    ]


def test_a_named_key_results_statement_wrapped_over_lines() -> None:
    okr_file, _ = read("""\
        ## Objective

        Prove the wedge-to-paid funnel at small scale.

        ## Key Results

        ### KR1 — Free-tier signal

        By **60 days after launch**, achieve **≥ 50 verified-email signups** on the
        free generator, and a weekly signup-to-activation rate of at least 60%.

        - *Why two numbers*: a count alone is a vanity metric.

        ### KR2 — Retention

        We will look at this again next quarter. It depends on pricing.
        """)
    (objective,) = okr_file.objectives
    assert [k.text for k in objective.key_results] == [
        "By 60 days after launch, achieve ≥ 50 verified-email signups on the free generator, "
        "and a weekly signup-to-activation rate of at least 60%.",
        "Retention",
    ]


def test_okr_qualified_column_names_and_outline_numbers_in_cells() -> None:
    okr_file, _ = read("""\
        # Suggested OKRs

        | OKR objective | OKR key result | Current value | Planned value |
        |--|--|--|--|
        | 1. Grow visitation | 1.1 Average daily visitors | ~5,000 | ≥15,000 |
        | | 1.2 Family-pass share of admissions | Unmeasured | 10.5 hours of queueing saved |
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        (
            "Grow visitation",
            [
                "Average daily visitors: ≥15,000",
                "Family-pass share of admissions: 10.5 hours of queueing saved",
            ],
        )
    ]


def test_a_target_column_with_a_qualifier_after_its_name() -> None:
    okr_file, _ = read("""\
        ## 4. Objetivos e resultados-chave

        | Objetivo | Resultado-chave | Baseline | Meta executiva |
        |---|---|---|---|
        | O1. Restaurar leitura mobile | rotas críticas sem overflow | rail fixo | 100% da matriz |
        """)
    assert [[k.text for k in o.key_results] for o in okr_file.objectives] == [
        ["rotas críticas sem overflow: 100% da matriz"]
    ]


def test_a_team_code_inside_a_key_results_id_is_part_of_the_id() -> None:
    okr_file, _ = read("""\
        ## Q2 OKRs

        ### Objective: Ship the MVP on reliable infrastructure

        | Key Result | Baseline (Q1 end) | Q2 Target | Owner |
        |---|---|---|---|
        | **KR-E4:** Production uptime | 99% | 99.5%+ | DevOps |
        | **KR-ENG-5:** Production deploys per week | 2-3/week | 5+/week | DevOps |
        """)
    assert structure(okr_file) == [
        (
            "Ship the MVP on reliable infrastructure",
            (3, 16),
            [
                ("Production uptime: 99.5%+", 7, 14),
                ("Production deploys per week: 5+/week", 8, 17),
            ],
        )
    ]


def test_okr_numbers_in_the_key_result_column_beside_an_objective_column() -> None:
    okr_file, _ = read("""\
        ## Current OKRs (H1 2026)

        | Objective | Key Result | Target | Status |
        |-----------|-----------|--------|--------|
        | Grow ecosystem revenue | OKR1: Onboard 40 chains a quarter | 40 chains/Q | At Risk |
        | Grow ecosystem revenue | OKR2: Canton assets under custody | $1B | At Risk |
        | Auto Staking to GA | OKR3: Auto Staking generally available | Q2 2026 | Beta |
        | Auto Staking to GA | OKR4: Beta clients moved to the GA cohort | by H1 2026 | Beta |
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        (
            "Grow ecosystem revenue",
            ["Onboard 40 chains a quarter", "Canton assets under custody: $1B"],
        ),
        # (a period in the Target column says when, not how much: it is not joined)
        (
            "Auto Staking to GA",
            ["Auto Staking generally available", "Beta clients moved to the GA cohort"],
        ),
    ]


def test_a_quoted_objective_under_a_period_objective_heading_past_its_label_line() -> None:
    okr_file, _ = read("""\
        # Platform plan

        ## 3. OKRs

        ### 3.2 Annual Objective (2026)

        > **ANNUAL OBJECTIVE**
        >
        > *"Make context engineering the capability every agent relies on."*

        ### 3.3 Annual Key Results

        | KR ID | Key Result | Target |
        |-------|------------|--------|
        | **KR-CE-001** | Deploy the discovery core to all instances | 4 |

        ### 3.4 Q4 2025 OKR: Foundation Phase

        > **Q4 2025 OBJECTIVE**
        >
        > *"Ship the discovery core and the first instance enhancement."*

        | KR ID | Key Result | Target |
        |-------|------------|--------|
        | **KR-Q4-CE-001** | Reach 85% test coverage on core functions | ≥85% coverage |
        """)
    assert [
        (o.text, o.span.line, [k.text for k in o.key_results]) for o in okr_file.objectives
    ] == [
        (
            "Make context engineering the capability every agent relies on.",
            9,
            ["Deploy the discovery core to all instances: 4"],
        ),
        (
            "Ship the discovery core and the first instance enhancement.",
            21,
            ["Reach 85% test coverage on core functions"],
        ),
    ]


def test_a_target_for_each_month_from_the_start() -> None:
    okr_file, _ = read("""\
        ### OKR 1: Own the plan keywords

        | KR | Métrica | Mês 3 | Mês 6 | Mês 12 |
        |----|---------|:-:|:-:|:-:|
        | KR1.1 | Share de cliques do cluster | 10% | 40% | **60%** |
        """)
    assert [[k.text for k in o.key_results] for o in okr_file.objectives] == [
        ["Share de cliques do cluster: Mês 3 10%; Mês 6 40%; Mês 12 60%"]
    ]


def test_a_periods_okrs_inside_a_roadmap_fenced_as_labelled_lines() -> None:
    okr_file, _ = read("""\
        ## 5. Roadmap

        - Month 1: private beta

        ### 5.2 Quarterly OKRs

        **Q1: Build Foundation**
        ```
        Objective: Launch the MVP with its core value

        KR1: Acquire 500 beta users
        KR2: Achieve 60% day-7 retention
        ```

        ### 5.3 Now / Next / Later

        - Now: search
        """)
    assert structure(okr_file) == [
        (
            "Launch the MVP with its core value",
            (9, 12),
            [("Acquire 500 beta users", 11, 6), ("Achieve 60% day-7 retention", 12, 6)],
        )
    ]


def test_an_objectives_number_parted_from_its_words_by_a_comma() -> None:
    okr_file, _ = read("""\
        ## 3. Objectives (OKR-style)

        **Objective 1, Shift care from reactive to proactive.**
        - KR1: Detect 80% of overdraft events 7 days before impact.
        - KR2: Reach a 35% approve-rate on proposed interventions.
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("Shift care from reactive to proactive.", 2)
    ]


def test_a_key_result_beside_its_metric_and_target_columns() -> None:
    okr_file, _ = read("""\
        ### Objective 1: A developer can use the web client all day

        | Key Result | Metric | Target | Actual |
        |------------|--------|--------|--------|
        | KR1: End-to-end workflow test | Build, test, commit without a terminal | Pass | Partial |
        | KR2: No silent session failures | Errors visible and recoverable | 0 | 3 |
        """)
    assert [[k.text for k in o.key_results] for o in okr_file.objectives] == [
        [
            "End-to-end workflow test — Build, test, commit without a terminal: Pass",
            "No silent session failures — Errors visible and recoverable: 0",
        ]
    ]


def test_a_column_that_says_how_to_check_is_never_the_key_results_words() -> None:
    okr_file, _ = read("""\
        ### OKR 1 — Segurança e Confiabilidade (Q2)

        | Key Result | Meta | Como Medir |
        |---|---|---|
        | KR1 | 0 credenciais hardcoded no repositório | Scan automatizado no CI |
        | KR2 | 100% dos endpoints admin autenticados | Teste de penetração |
        """)
    assert [[k.text for k in o.key_results] for o in okr_file.objectives] == [
        ["0 credenciais hardcoded no repositório", "100% dos endpoints admin autenticados"]
    ]


def test_an_okr_framework_section_holds_the_teams_own_okrs() -> None:
    okr_file, _ = read("""\
        # Posture app - improvement plan

        ## OKR Framework

        ### Objective 1: Accurate posture detection

        - Detection sensitivity from 30% to 85%
        - False positive rate below 10%
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("Accurate posture detection", 2)
    ]


def test_a_quoted_statement_under_an_objectives_own_heading_states_that_objective() -> None:
    okr_file, _ = read("""\
        ## OKRs

        ### O1: Grow the platform

        > **OBJECTIVE**
        >
        > *Make the platform the default for every new team.*

        - Reach 40 teams
        - Cut setup time from 2 days to 2 hours
        """)
    (objective,) = okr_file.objectives
    assert (objective.text, objective.span.line, len(objective.key_results)) == (
        "Grow the platform",
        3,
        2,
    )
    assert objective.fields["statement"] == "Make the platform the default for every new team."


def test_a_measure_field_beside_the_tasks_under_a_key_result_heading_completes_it() -> None:
    okr_file, _ = read("""\
        ## 年度目标与关键结果 (OKR)

        ### O1: 完成 v1.0.0 生产就绪版本（2026 Q2-Q3）

        #### KR1.1: 扩展高级图分析算法套件 [Must]

        - [ ] 实现 **PageRank** 算法
        - [ ] 新增 **100+ 测试用例**，覆盖率 ≥ 90%
        - **衡量标准**: 3 个新模块 + 100 tests + 完整文档

        #### KR1.2: Grow the contributor base [Could]

        - [ ] Label good first issues
        - **Measure**: ≥ 3 external PRs

        ### O2: 探索前沿图计算方向（2026 Q4+）

        #### KR2.1: 图机器学习基础

        - [ ] 调研 GNN 的可行性
        - [ ] 实现 Node2Vec
        """)
    assert structure(okr_file) == [
        (
            "完成 v1.0.0 生产就绪版本",
            (3, 9),
            [
                ("扩展高级图分析算法套件 — 衡量标准: 3 个新模块 + 100 tests + 完整文档", 5, 13),
                ("Grow the contributor base — Measure: ≥ 3 external PRs", 11, 13),
            ],
        ),
        # ("2026 Q4+": that quarter on; no measure field: the heading alone, its tasks details)
        ("探索前沿图计算方向", (16, 9), [("图机器学习基础", 18, 13)]),
    ]
    first = okr_file.objectives[0].key_results[0]
    assert first.fields["priority"] == "Must"
    assert okr_file.objectives[1].fields["period"] == "2026 Q4+"


def test_a_measure_column_before_the_target_is_the_metric_after_it_how_it_is_checked() -> None:
    okr_file, _ = read("""\
        ### O1: Eliminate manual checkbox updates

        | KR | Key Result | Measure | Target |
        |----|-----------|---------|--------|
        | KR-1.1 | Feature close event updates the parent epic | % of features updated | 100% |

        ### O2: Activate new teams

        | KR | Key Result | Target | Measure |
        |----|-----------|--------|---------|
        | KR-2.1 | Teams reach their first report in a week | 60% | Activation funnel |
        """)
    assert [kr.text for o in okr_file.objectives for kr in o.key_results] == [
        "Feature close event updates the parent epic — % of features updated: 100%",
        "Teams reach their first report in a week: 60%",
    ]


def test_a_target_column_for_each_period_is_read_with_its_period() -> None:
    okr_file, _ = read("""\
        #### Objetivo 1 — Gerar leads qualificados

        | Key Result | Meta Mês 1 | Meta Mês 3 |
        |---|---|---|
        | Formulários de orçamento enviados/mês | ≥ 15 | ≥ 40 |

        #### Objective 2 — Revenue

        | Key Result | Q1 target | Q2 target |
        |---|---|---|
        | Paying customers | 10 | 40 |
        """)
    assert [kr.text for o in okr_file.objectives for kr in o.key_results] == [
        "Formulários de orçamento enviados/mês: Mês 1 ≥ 15; Mês 3 ≥ 40",
        "Paying customers: Q1 10; Q2 40",
    ]


def test_a_header_row_under_an_objectives_heading_names_columns_not_objectives() -> None:
    okr_file, _ = read("""\
        ### OKR 3 — Layered anomaly detection

        | Phase | Contents |
        |-------|----------|
        | **Phase 1** | KR1 (z-score) + KR2 (cumulative) |
        | **Phase 2** | KR3 (drawdown) + KR4 (robust sigma) |
        """)
    assert [o.text for o in okr_file.objectives] == ["Layered anomaly detection"]


def test_a_key_results_for_heading_names_the_objective_of_an_id_column_table() -> None:
    okr_file, _ = read("""\
        ## Key Results for O1: Template Adoption

        | KR# | Description | Formula | Target | Status |
        |-----|-------------|---------|--------|--------|
        | KR-1.1 | Zone READMEs answer three questions | `compliant / total` | 100% | Not Started |
        | KR-1.2 | Members produce a first artifact unassisted | `done / tried` | ≥ 50% | — |
        """)
    assert structure(okr_file) == [
        (
            "Template Adoption",
            (1, 24),
            [
                ("Zone READMEs answer three questions: 100%", 5, 12),
                ("Members produce a first artifact unassisted: ≥ 50%", 6, 12),
            ],
        )
    ]


@pytest.mark.parametrize(
    ("cell", "texts"),
    [
        (
            "KR1: 100 % of sites on AMS · KR2: revocation ≤ 5 s P99 · KR3: zero shared admins",
            ["100 % of sites on AMS", "revocation ≤ 5 s P99", "zero shared admins"],
        ),
        (
            "Check-in < 20 min · CSAT ≥ 4,5/5 · KR3: Bank linking ≥ 70%",
            ["Check-in < 20 min", "CSAT ≥ 4,5/5", "Bank linking ≥ 70%"],
        ),
    ],
)
def test_key_results_set_apart_by_middle_dots_in_one_cell(cell: str, texts: list[str]) -> None:
    okr_file, _ = read(f"""\
        | OKR | Objective | Key Results |
        |-----|-----------|-------------|
        | O1 | Make physical access centrally governed | {cell} |
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == texts


def test_a_target_column_named_with_its_month_and_year() -> None:
    okr_file, _ = read("""\
        ## Objetivo 1 — Ser a referência verificável do ES

        | KR | Baseline | Meta jul/2027 | Dono |
        |----|----------|---------------|------|
        | **KR1.1** Perfis publicados no ES | 34 | **≥ 60** | Operação |
        """)
    ((_, kr),) = okr_file.key_results()
    assert (kr.text, kr.fields["baseline"], kr.fields["owner"]) == (
        "Perfis publicados no ES: ≥ 60",
        "34",
        "Operação",
    )


def test_a_sprint_reference_is_a_note_a_from_to_in_parentheses_the_key_results_own() -> None:
    okr_file, _ = read("""\
        ### Objective: Faster support

        - [x] Web widget (SSE, product cards) — sprint-05
        - [ ] Tools through the MCP server — sprint-03 (see v0.2 for traces)
        - Cut ticket MTTR by 25% (from 2h → 1.5h)
        - Raise first-contact resolution to 70% (currently 52%)
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == [
        "Web widget (SSE, product cards)",
        "Tools through the MCP server",
        "Cut ticket MTTR by 25% (from 2h → 1.5h)",
        "Raise first-contact resolution to 70%",
    ]


def test_a_fence_left_open_to_the_end_over_headings_is_the_document() -> None:
    okr_file, _ = read("""\
        # Demo playbook

        ```markdown
        ## Quick start
        ```bash
        pip install demo
        ```

        ## Star history

        ```
        ---

        ## Success metrics (OKRs for the next 6 months)

        ### Objective 1: Product-market fit

        **KRs:**
        - [ ] 1000 active agents (from 500)
        - [ ] NPS > 60 (from 55)
        """)
    # (the "```bash" inside the markdown sample closed nothing; the "```" meant to close the
    # sample opened a fence nothing closes: as the author wrote it, the rest is the document)
    assert structure(okr_file) == [
        (
            "Product-market fit",
            (16, 18),
            [("1000 active agents (from 500)", 19, 7), ("NPS > 60 (from 55)", 20, 7)],
        )
    ]


def test_a_fence_that_closes_or_holds_no_headings_stays_a_sample() -> None:
    okr_file, _ = read("""\
        # Notes

        ```
        ## Objective 1: Grow
        - Reach 100 users
        ```
        """)
    assert okr_file.objectives == []
    okr_file, _ = read("# Notes\n\n```\nObjective 1: Grow\n- Reach 100 users\n")
    assert okr_file.objectives == []


def test_measurement_cells_beside_an_id_only_key_result_column_state_it() -> None:
    okr_file, _ = read("""\
        **Objective 1: Ship an MVP that validates the core value**

        | Key Result | Measurement | Target |
        |---|---|---|
        | KR1.1 | Beta users onboarded | 200 |
        | KR1.2 | Integrations live at launch | 3 (Jira, Notion, Slack) |

        #### OKR 2: Land and activate

        | Key Result | Target | Measurement |
        |------------|--------|-------------|
        | KR2.1 | 1,000 weekly active developers | Usage analytics |
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == [
        "Beta users onboarded: 200",
        # (the names in brackets are the three it counts, not owners)
        "Integrations live at launch: 3 (Jira, Notion, Slack)",
        # (a target that names what it counts states the key result; the Measurement cell
        # says how it is checked)
        "1,000 weekly active developers",
    ]


def test_goal_lines_with_labelled_key_results_make_other_headings_sections() -> None:
    okr_file, _ = read("""\
        # Scalp bot roadmap

        ## Product vision

        - Win rate > 45%
        - Max drawdown < 10%

        ## Strategic objectives

        ### Q1 2026: Foundation
        **Goal:** Optimize entry and exit logic

        **Key Results:**
        - Improve win rate from 41% to 50%
        - Reduce max drawdown by 20%

        ## Definition of done

        ### For releases
        - Regression tests pass
        """)
    assert structure(okr_file) == [
        (
            "Optimize entry and exit logic",
            (11, 11),
            [
                ("Improve win rate from 41% to 50%", 14, 3),
                ("Reduce max drawdown by 20%", 15, 3),
            ],
        )
    ]


def test_an_objective_line_under_a_named_item_owns_the_key_results_table_below() -> None:
    okr_file, _ = read("""\
        ## 四、每个优化点的详细 OKR 描述

        ### 优化 #1：Provider 运行时接入

        **优化目标**：AgentEngine 的 LLM 调用走 ProviderAdapter

        **关键结果**：

        | KR | 描述 | 验证标准 |
        |----|------|---------|
        | KR1a | QueryEngineConfig 增加可选字段 | 字段存在且向后兼容 |

        **预期收益**：
        - SDK 用户可通过配置选择 Provider

        ### 优化 #2：Provider 配置类型安全

        **优化目标**：每个 Provider 有独立的配置类型

        **关键结果**：

        | KR | 描述 | 验证标准 |
        |----|------|---------|
        | KR2a | 定义每个 Provider 的配置类型 | 7 个 Provider 各有独立类型 |
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "AgentEngine 的 LLM 调用走 ProviderAdapter",
            ["QueryEngineConfig 增加可选字段: 字段存在且向后兼容"],
        ),
        (
            "每个 Provider 有独立的配置类型",
            ["定义每个 Provider 的配置类型: 7 个 Provider 各有独立类型"],
        ),
    ]


def test_a_metric_that_compares_two_groups_still_takes_its_target() -> None:
    okr_file, _ = read("""\
        | O | KR | Baseline | Target |
        | --- | --- | --- | --- |
        | O3 — Squad as retention engine | Squad 30d retention vs solo | 1.0x | ≥1.5x |
        | O5 — Conversion uplift | Free→Premium 30d | 4% | ≥7% |
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == [
        "Squad 30d retention vs solo: ≥1.5x",
        "Free→Premium 30d: ≥7%",
    ]


def test_a_goal_whose_key_results_are_labelled_below_its_scope() -> None:
    okr_file, _ = read("""\
        # Product blueprint

        ## The problem

        - Too expensive
        - Too shallow

        ## Product roadmap

        ### V1 — MVP
        **Goal:** Validate demand.

        - Single-page app
        - Basic auth

        **Key Results:**
        - 1,000 free reports generated in 30 days
        - 50 paid signups by month 2

        ### V2 — API
        **Goal:** Enable power users.

        - Public API

        **Key Results:**
        - 10 API customers by month 3
        """)
    # (the file labels each list of key results: the list straight beneath a goal is its
    # release's scope, and other headings are sections)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Validate demand.",
            ["1,000 free reports generated in 30 days", "50 paid signups by month 2"],
        ),
        ("Enable power users.", ["10 API customers by month 3"]),
    ]


def test_a_goal_with_its_key_results_label_starts_okrs_in_an_initiatives_section() -> None:
    okr_file, _ = read("""\
        ## Next 90 days — strategic initiatives

        ### Initiative 1: Ship the public beta
        **Goal:** Launch to 500 users.
        **Key Results:**
        - 200+ validations completed a week
        - 20 testimonials collected

        **Execution:**
        - Week 1: security audit
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("Launch to 500 users.", ["200+ validations completed a week", "20 testimonials collected"])
    ]


def test_short_measures_set_apart_by_commas_in_one_cell_are_key_results_each() -> None:
    okr_file, _ = read("""\
        | Objetivo | KRs |
        |----------|-----|
        | Redesenhar o agendamento | -30% etapas, +25% taxa de conclusão, -40% tempo médio |
        | Escalar | Refund turnaround ≤ 7 working days, 100% within the returns policy |
        """)
    assert [[kr.text for kr in o.key_results] for o in okr_file.objectives] == [
        ["-30% etapas", "+25% taxa de conclusão", "-40% tempo médio"],
        # (a clause of more words than a measure and its name is one key result)
        ["Refund turnaround ≤ 7 working days, 100% within the returns policy"],
    ]


def test_fenced_okr_trees_in_each_quarter_of_an_okrs_section_but_not_a_map_of_them() -> None:
    okr_file, _ = read("""\
        ## 4. OKRs por Trimestre

        ### 4.1 Q1 2026 (Jan-Mar): Discovery

        ```
        OBJECTIVE 1: Validar oportunidade de mercado
        ├── KR1: Realizar 50 entrevistas com familias
        └── KR2: Assinar contrato com parceiro BaaS
        ```

        ### 4.2 Q2 2026 (Abr-Jun): MVP

        ```
        OBJECTIVE 1: Lancar MVP funcional
        └── KR1: Taxa de crash < 0.1%
        ```

        ### Alignment map

        ```
        Product goal: close feedback loops
          └─ O1: Validate the market
               └─ KR1-2: interviews and a partner
        ```
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Validar oportunidade de mercado",
            ["Realizar 50 entrevistas com familias", "Assinar contrato com parceiro BaaS"],
        ),
        ("Lancar MVP funcional", ["Taxa de crash < 0.1%"]),
    ]


def test_an_objective_line_with_labelled_key_results_beneath_starts_okrs_in_an_epic() -> None:
    okr_file, _ = read("""\
        ### 4.1 史诗级需求（Epics）

        #### Epic 1：开发者体验革命

        **目标**：将接入成本降至行业最低

        **关键结果**：
        - KR1：平均接入时间 < 30分钟
        - KR2：开发者满意度 > 4.5/5
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("将接入成本降至行业最低", ["平均接入时间 < 30分钟", "开发者满意度 > 4.5/5"])
    ]


def test_an_objectives_and_key_results_table_in_an_overview_is_the_files_okrs() -> None:
    okr_file, _ = read("""\
        # Project plan

        ## 1. Plan overview

        ### 1.3 Objectives
        | # | Objective | Key Results |
        |---|-----------|-------------|
        | 1 | Develop the intranet | Complete the staff and asset modules |
        | 2 | Deploy the system | UAT passed and go-live |
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("Develop the intranet", ["Complete the staff and asset modules"]),
        ("Deploy the system", ["UAT passed and go-live"]),
    ]


def test_a_quoted_objective_in_polish_with_its_key_results_listed_in_the_quote() -> None:
    okr_file, _ = read("""\
        ## 2.4 Cele i Metryki Sukcesu

        **OKR — 2 kwartały po launchu:**

        > **Cel:** Aplikacja staje się pierwszym miejscem pytań na budowie.
        > - KR1: ≥ 80% aktywnych użytkowników loguje się 3× w tygodniu. `[ZAŁOŻENIE]`
        > - KR2: Średni czas odpowiedzi ≤ 15 minut.

        ## 2.5 Persony Użytkowników

        **Persona 1 — Marek, elektryk**
        - **Sukces:** Otwiera telefon, zadaje pytanie — wszystko w 60 sekund.
        - **Dostępność:** Przyciski muszą być duże (min. 44×44px).
        """)
    assert structure(okr_file) == [
        (
            "Aplikacja staje się pierwszym miejscem pytań na budowie.",
            (5, 12),
            [
                ("≥ 80% aktywnych użytkowników loguje się 3× w tygodniu.", 6, 10),
                ("Średni czas odpowiedzi ≤ 15 minut.", 7, 10),
            ],
        )
    ]


def test_a_goal_outside_the_okrs_section_over_tactics_no_label_names_is_no_objective() -> None:
    okr_file, _ = read("""\
        ## Objetivos Estratégicos (OKRs)

        **OBJETIVO 1: Aumentar Engajamento**
        - KR1: DAU crescer de 2k para 8k
        - KR2: D30 Retention subir de 15% para 25%

        **OBJETIVO 2: Estabelecer Sustentabilidade**
        - KR1: 5% de conversão para premium

        ## Estratégias de Crescimento

        ### 1. Viral Loops

        **Objetivo:** Viral coefficient de 0.1 para 0.4

        **Estratégia "Study Network":**
        - **Referral Program:** 100 pontos para cada amigo convidado
        - **Import Contacts:** Integração com contatos do telefone

        ## Phase 2

        ### Objective 3: Build the scout

        **Key Results:**
        - [ ] Implement content ingestion
        - [ ] Categorise travel content
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Aumentar Engajamento",
            ["DAU crescer de 2k para 8k", "D30 Retention subir de 15% para 25%"],
        ),
        ("Estabelecer Sustentabilidade", ["5% de conversão para premium"]),
        ("Build the scout", ["Implement content ingestion", "Categorise travel content"]),
    ]


def test_a_period_then_a_dash_before_the_objective_label() -> None:
    okr_file, _ = read("""\
        ## Strategic OKRs
        **Annual (2026) — Objective:** Prove automated orchestration builds habits.

        - KR1: Day-30 retention ≥ 60%

        **Current quarter (Q2 2026 — Phase 1) — Objective:** Validate the front door.

        - KR1: 2 aggregation providers live
        """)
    assert structure(okr_file) == [
        (
            "Prove automated orchestration builds habits.",
            (2, 32),
            [("Day-30 retention ≥ 60%", 4, 8)],
        ),
        ("Validate the front door.", (6, 54), [("2 aggregation providers live", 8, 8)]),
    ]


def test_a_numbered_objective_sub_heading_announces_the_statement_as_its_heading_does() -> None:
    okr_file, _ = read("""\
        ## 4. Objective
        ### 4.1 Product Objective
        Launch an iOS tool to make, share and track wedding invitations.

        ### 4.2 Why It Matters
        - Recipients see the invitation without installing the app.

        ### 4.3 Key Results
        - KR1. First invitation completion rate 60% or more
        - KR2. Page load within 2 seconds
        """)
    assert [
        (o.text, o.span.line, [kr.text for kr in o.key_results]) for o in okr_file.objectives
    ] == [
        (
            "Launch an iOS tool to make, share and track wedding invitations.",
            3,
            ["First invitation completion rate 60% or more", "Page load within 2 seconds"],
        )
    ]


def test_a_section_on_the_format_of_the_okrs_holds_none() -> None:
    okr_file, _ = read("""\
        ## 2. Objectives and Key Results

        ### 2.1. Формат

        - **Objective** — качественная цель.
        - **Key Results** — 3–7 измеримых результатов.

        ### 2.2. OKR по версиям

        **Objective:** доказать, что задержка детерминирована.

        **Key Results:**
        - p99 задержка < 3 мс
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        ("доказать, что задержка детерминирована.", ["p99 задержка < 3 мс"])
    ]


def test_where_labels_name_the_key_results_a_goal_over_other_items_is_no_objective() -> None:
    okr_file, _ = read("""\
        **目标 1: 产品可用性**
        - **KR1:** 完成 3+ 真实场景的工作流验证
        - **KR2:** 用户 NPS 评分 ≥40

        **目标 2: 技术可行性**
        - **KR1:** 生产环境系统运行时间 ≥99.5%

        ### MVP 定义

        **MVP 目标:**
        验证 SDK 能够被轻松嵌入到应用程序中。

        **MVP 策略: Server + API 优先**
        - **主要交付:** Server + REST API（核心服务）
        - **辅助工具:** CLI（开发测试）
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("产品可用性", 2),
        ("技术可行性", 1),
    ]


def test_chinese_numbered_objective_and_key_result_headings_and_key_initiatives() -> None:
    okr_file, _ = read("""\
        # 一、目标（O1）

        建设统一仿真能力，降低仿真接入和验证成本。

        ## 关键结果（KR）

        1. 新增模型适配周期降低50%以上。

        2. 核心链路执行成功率达到95%以上。

        ## 关键举措

        1. 负责整体技术方案设计和演进。

        # 二、目标（O2）

        构建真实数据录制回放能力。

        ## 关键结果（KR）

        1. 至少支撑2个推荐场景完成验证。
        """)
    assert structure(okr_file) == [
        (
            "建设统一仿真能力，降低仿真接入和验证成本。",
            (3, 1),
            [("新增模型适配周期降低50%以上。", 7, 4), ("核心链路执行成功率达到95%以上。", 9, 4)],
        ),
        ("构建真实数据录制回放能力。", (17, 1), [("至少支撑2个推荐场景完成验证。", 21, 4)]),
    ]


def test_a_key_result_heading_restated_by_its_id_beneath_and_one_struck_out() -> None:
    okr_file, _ = read("""\
        ## O1：【业务增长】构建 AI 驱动的商品管理体系

        ### KR1 【修订】资产规范 & AI 渗透

        > KR1：【资产规范】完成全部 6 个前端应用的规范化，达标率 100%（Q2 达成）

        * KA1: 约 10 个页面域完成迁移

        ### KR3 【取消，划线留痕】

        ~~KR3：【AI 证书识别】建设 Certificate 智能管理功能~~（原文已划线）
        """)
    assert structure(okr_file) == [
        (
            "构建 AI 驱动的商品管理体系",
            (1, 13),
            [("完成全部 6 个前端应用的规范化，达标率 100%", 5, 13)],
        )
    ]


def test_a_bold_objective_label_with_no_colon_under_a_phase_heading() -> None:
    okr_file, _ = read("""\
        ## 阶段1: 搭建 Emit 类框架
        **Objective** 创建 Emit 基类，负责所有输出
        - KR1: 创建 src/emit.cpp
        - KR2: 为 Emit 基类搭建基本框架
        """)
    assert structure(okr_file) == [
        (
            "创建 Emit 基类，负责所有输出",
            (2, 15),
            [("创建 src/emit.cpp", 3, 8), ("为 Emit 基类搭建基本框架", 4, 8)],
        )
    ]


def test_a_main_okr_line_with_key_results_labelled_beneath_states_the_objective() -> None:
    okr_file, _ = read("""\
        ## Objetivos Estratégicos 2025

        **OKR Principal**: Suportar 10+ tenants com alta carga

        **Key Results**:
        - KR1: 10 tenants ativos
        - KR2: SLA de 99.5% de uptime
        """)
    assert [
        (o.text, o.span.line, [kr.text for kr in o.key_results]) for o in okr_file.objectives
    ] == [
        ("Suportar 10+ tenants com alta carga", 3, ["10 tenants ativos", "SLA de 99.5% de uptime"])
    ]


def test_a_metric_requirement_table_names_no_key_results_beside_labelled_ones() -> None:
    okr_file, _ = read("""\
        ## Objectives

        ### Objective 1: Make triggers reliable
        - KR1: 99.9% of events delivered within 5 s
        - KR2: Zero lost events per month

        ### Objective 2: Grow adoption
        - KR1: 200 teams send events weekly

        ## 9. Non-Functional Requirements

        ### 9.1 Performance

        | Metric | Requirement | Measurement |
        |--------|-------------|-------------|
        | Event Ingestion Latency | p99 < 100ms | APM tracing |
        """)
    assert [o.text for o in okr_file.objectives] == ["Make triggers reliable", "Grow adoption"]


def test_a_cjk_label_with_its_english_in_brackets_under_an_item_heading() -> None:
    okr_file, _ = read("""\
        #### 优化 #1：Tool 系统 UI 解耦

        **优化目标（Objective）**：Tool 核心逻辑可脱离 React 独立运行

        **关键结果（Key Results）**：
        - KR1: `CoreTool` 接口只包含 7 个核心方法
        - KR2: 35 个工具实现文件完成拆分
        """)
    assert [
        (o.text, o.span.line, [kr.text for kr in o.key_results]) for o in okr_file.objectives
    ] == [
        (
            "Tool 核心逻辑可脱离 React 独立运行",
            3,
            ["CoreTool 接口只包含 7 个核心方法", "35 个工具实现文件完成拆分"],
        )
    ]


def test_a_success_criterion_column_is_the_key_results_target() -> None:
    okr_file, _ = read("""\
        ## Objective 1: Proje temelini kur

        | # | Key Result | Başarı Kriteri | OKR Puanı |
        |---|-----------|----------------|-----------|
        | KR 1.1 | Proje amacı tanımlandı | Proje tanıtım belgesi hazırlandı | **5.0** |
        """)
    assert [kr.text for _, kr in okr_file.key_results()] == [
        "Proje amacı tanımlandı: Proje tanıtım belgesi hazırlandı"
    ]


def test_a_section_number_before_an_objective_label_in_a_heading() -> None:
    okr_file, _ = read("""\
        ## 3. OKR

        ### 3.2 Objective 2: Keunggulan Analitik & Optimasi Logistik
        - Menghasilkan proyeksi insidensi 90 hari
        """)
    assert [o.text for o in okr_file.objectives] == ["Keunggulan Analitik & Optimasi Logistik"]


def test_strategic_objective_ids_and_goals_whose_key_results_a_nested_label_names() -> None:
    okr_file, _ = read("""\
        ## Goals & Objectives

        #### G1: Market Leadership
        - **Objective**: Become the leading smart city platform in Italy
        - **Key Results**:
          - 50+ municipality contracts signed
          - 50K+ active citizens

        ### Product Objectives

        | Objective | Key Results |
        |---|---|
        | Improve Performance | 50% faster load times |
        | Expand Service Catalog | 100+ services across 10 categories |

        **OE-1: Cumplimiento Normativo**

        - KR-1.1: 100% de procedimientos en expediente electrónico hacia dic-2027.
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("Become the leading smart city platform in Italy", 2),
        ("Improve Performance", 1),
        ("Expand Service Catalog", 1),
        ("Cumplimiento Normativo", 1),
    ]


def test_an_objectives_table_before_the_section_that_names_the_okrs_is_kept() -> None:
    okr_file, _ = read("""\
        #### 1.2 Strategic Objectives

        | **Objective** | **Key Result (KR)** |
        |---|---|
        | **1. Best CX Metrics** | - **KR1.1:** NPS to **+20** <br> - **KR1.2:** **≥90%** CSAT |

        ### 4. Proposed OKRs

        | Objective | Key Results |
        |---|---|
        | Improve App Stability | < 1% crash rate across devices |
        | Clear Pricing | Slash fare dispute tickets by 50% |
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("Best CX Metrics", 2),
        ("Improve App Stability", 1),
        ("Clear Pricing", 1),
    ]


def test_a_stages_goal_beside_an_objective_whose_key_results_a_table_names() -> None:
    okr_file, _ = read("""\
        ## 4. Objective

        ### 4.1 Product Objective

        把 JobFind Agent 升级为模型增强的求职任务代理。

        ### 4.3 Key Results

        | Key Result | Measurement |
        |---|---|
        | KR1：真实 JD 解析可用 | 至少 4 段能抽取公司 |

        ### 8.1 Stage 1: Rule-Based Agent MVP

        目标：一天内完成可演示作品。

        技术栈：

        - Next.js。
        - TypeScript。
        """)
    assert [(o.text, o.span.line, len(o.key_results)) for o in okr_file.objectives] == [
        ("把 JobFind Agent 升级为模型增强的求职任务代理。", 5, 1)
    ]


def test_key_results_that_name_their_objective_by_an_objectives_tables_id() -> None:
    okr_file, _ = read("""\
        | ID | Business objective | Why it matters |
        |---|---|---|
        | **BO-1** | **Reduce cyber risk to patient care** | Ransomware delays care. |
        | **BO-2** | **Sustain regulatory compliance** | HIPAA. |

        | Objective | Key result | Baseline | Target |
        |---|---|---|---|
        | BO-1 | Domain Admins | 38 | ≤ 4 |
        | BO-2 | Endpoints in an inventory | 85 % | 99 % |
        | BO-1 | Devices with EDR in block mode | 75 % | 99.5 % |

        | # | Objective | Horizon |
        |---|---|---|
        | 3 | **Upmarket Readiness** | H1 |

        | Objective | Metric | Q1 Target |
        |---|---|---|
        | Obj 3 | Data Duel: Account Match | 74% → 90% |
        """)
    assert [
        (o.text, o.span.line, [(k.text, k.span.line) for k in o.key_results])
        for o in okr_file.objectives
    ] == [
        (
            "Reduce cyber risk to patient care",
            3,
            [("Domain Admins: ≤ 4", 8), ("Devices with EDR in block mode: 99.5 %", 10)],
        ),
        ("Sustain regulatory compliance", 4, [("Endpoints in an inventory: 99 %", 9)]),
        ("Upmarket Readiness", 14, [("Data Duel: Account Match: 74% → 90%", 18)]),
    ]


def test_a_bold_line_that_names_the_okrs_in_two_languages_over_their_table() -> None:
    okr_file, _ = read("""\
        ### 12.3 Success Metrics (OKR Framework)

        **Objectifs & Key Results** :

        | Trimestre | Objectif | Key Results (KR) | Statut |
        |---|---|---|---|
        | **T4 2025** | Adoption | • 100% des ingénieurs l'utilisent<br>• Latence < 60s | ✅ |
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Adoption", ["100% des ingénieurs l'utilisent", "Latence < 60s"])
    ]


def test_key_results_in_a_parenthesis_at_the_objectives_end() -> None:
    okr_file, _ = read("""\
        ### 2.2 OKR
        - **Objective 1:** Percepat penanganan. (KR: 100% dijawab 3x24 jam; 90% ditangani 1x24 jam).
        """)
    (objective,) = okr_file.objectives
    assert objective.text == "Percepat penanganan."
    assert [(k.text, k.span.line, k.span.column) for k in objective.key_results] == [
        ("100% dijawab 3x24 jam", 2, 46),
        ("90% ditangani 1x24 jam", 2, 69),
    ]


def test_a_letter_and_number_id_before_a_key_result_in_a_kr_column() -> None:
    okr_file, _ = read("""\
        ### Objective A — Entregar um produto coeso

        | KR | Baseline | Meta |
        |---|---|---|
        | A1 · Endpoints respondendo do Spring Boot | 0/12 | 12/12 |
        | A2 · Paridade do motor de risco | 2/3 impl. | 3/3 impl. |
        """)
    (objective,) = okr_file.objectives
    assert [(k.text, k.fields.get("label")) for k in objective.key_results] == [
        ("Endpoints respondendo do Spring Boot: 12/12", "A1"),
        ("Paridade do motor de risco: 3/3 impl.", "A2"),
    ]


def test_wiki_links_read_as_the_words_they_show() -> None:
    okr_file, _ = read("""\
        ## Objective 1 — AIOS Studio in produzione

        - [[KR1.1 — Phase 10 GBSoftware completata]]
        - [[notes/kr-1-2|KR1.2 — Go-live studio padre]]
        """)
    (objective,) = okr_file.objectives
    assert [(k.text, k.span.line, k.span.column) for k in objective.key_results] == [
        ("Phase 10 GBSoftware completata", 3, 13),
        ("Go-live studio padre", 4, 26),
    ]


def test_a_bold_key_results_line_with_its_period() -> None:
    okr_file, _ = read("""\
        ### Objective: Achieve World-Class Developer Experience

        **Key Results Q1 2025:**
        - KR1: Reduce PR-to-merge time by 50%

        **Key Results Q2 2025:**
        - KR1: Reach DORA Elite status
        """)
    (objective,) = okr_file.objectives
    assert [k.text for k in objective.key_results] == [
        "Reduce PR-to-merge time by 50%",
        "Reach DORA Elite status",
    ]


def test_a_measured_by_column_says_how_and_a_table_citing_key_results_adds_none() -> None:
    okr_file, _ = read("""\
        ### O1 — Be the runtime teams reach for

        | KR | Target | Measured by | Time-bound to |
        |---|---|---|---|
        | **KR1.1** | 0 cross-package re-exports remain | `grep -r` returns empty | Phase 3 |
        | **KR1.2** | 100% of dispatches measure context first | `tests/test_budget.py` | Phase 2 |

        ### D1 — Public surface

        | Feature | Spec | Primary KR |
        |---|---|---|
        | Swarm API | 07-swarm-api.md | KR1.1, KR1.2 |
        | Hooks | 09-loop-hooks.md | KR1.1 |
        """)
    assert [
        (o.text, [(k.text, k.fields.get("due")) for k in o.key_results])
        for o in okr_file.objectives
    ] == [
        (
            "Be the runtime teams reach for",
            [
                ("0 cross-package re-exports remain", "Phase 3"),
                ("100% of dispatches measure context first", "Phase 2"),
            ],
        )
    ]


def test_an_id_column_restarting_per_objective_is_no_citation() -> None:
    okr_file, _ = read("""\
        ## O1: Бизнес на системе

        | KR | Описание |
        |---|---|
        | KR1 | CRM-flow полностью настроен |

        ## O2: Внутренняя устойчивость

        | KR | Описание |
        |---|---|
        | KR1 | Найден метод работы с тревожным фоном |
        """)
    assert [len(o.key_results) for o in okr_file.objectives] == [1, 1]


def test_plan_fields_beside_a_key_results_label_with_its_list_nested() -> None:
    okr_file, _ = read("""\
        ### O1: ICommandProvider 注入机制实现（最高优先级）

        - **优化重点**：完成 commands.ts 的命令解耦
        - **关键结果**：
          - KR1: DefaultCommandProvider 类实现 14 个接口方法
          - KR2: setCommandProvider 从空桩变为真实注入机制
        - **预期收益**：框架核心不再硬编码 CLI 命令实现
        """)
    (objective,) = okr_file.objectives
    assert objective.text == "ICommandProvider 注入机制实现"
    assert [(k.text, k.span.line) for k in objective.key_results] == [
        ("DefaultCommandProvider 类实现 14 个接口方法", 5),
        ("setCommandProvider 从空桩变为真实注入机制", 6),
    ]


def test_key_results_that_name_the_objective_they_serve_in_a_bracket() -> None:
    okr_file, _ = read("""\
        ### 2.1 一期目标 (Phase 1 Objectives)

        1. **O1：实现用户自动分层能力** - 基于用户的静态画像构建模型。
        2. **O2：构建分层-风格映射与生成机制** - 为每个细分用户群体定义策略。

        ### 2.2 核心结果 (Key Results)

        - **KR1 (针对O1):** 分类准确率 > 85%。
        - **KR2 (针对O2):** 匹配度人工评估 > 90%。
        """)
    assert [
        (o.text, o.span.line, [k.text for k in o.key_results]) for o in okr_file.objectives
    ] == [
        ("实现用户自动分层能力", 3, ["分类准确率 > 85%。"]),
        ("构建分层-风格映射与生成机制", 4, ["匹配度人工评估 > 90%。"]),
    ]


def test_a_labelled_objective_run_on_into_the_key_result_above_it() -> None:
    okr_file, _ = read("""\
        **O1: Deliver a product people love**
        - KR1: Net Promoter Score above 50
        - KR2: D30 retention above 40%
        **O2: Prove willingness to pay**
        - KR1: 500 paying customers
        """)
    assert [
        (o.text, o.span.line, [(k.text, k.span.line) for k in o.key_results])
        for o in okr_file.objectives
    ] == [
        (
            "Deliver a product people love",
            1,
            [("Net Promoter Score above 50", 2), ("D30 retention above 40%", 3)],
        ),
        ("Prove willingness to pay", 4, [("500 paying customers", 5)]),
    ]


def test_a_numbered_item_alone_over_a_list_of_labelled_key_results() -> None:
    okr_file, _ = read("""\
        ## OKRs 8 semanas
        1. Confiabilidade de dados
        - KR1: nulos críticos <1%.

        2. Valor de produto
        - KR1: trial->paid +30% vs baseline.
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Confiabilidade de dados", ["nulos críticos <1%."]),
        ("Valor de produto", ["trial->paid +30% vs baseline."]),
    ]


def test_a_paragraph_on_a_key_result_read_above_is_a_note() -> None:
    okr_file, _ = read("""\
        ### Objetivo 3 — Planejamento

        | KR | Indicador | Meta |
        |---|---|---|
        | **KR3.3** | Percentual de demandas com prontidão ≥ 4 | a fixar |

        KR3.3 não vem de norma externa: é o indicador que mede a instrução prévia.
        """)
    (objective,) = okr_file.objectives
    assert [k.span.line for k in objective.key_results] == [5]


def test_labelled_okr_lines_under_a_heading_that_names_something_else() -> None:
    okr_file, _ = read("""\
        ### 2.1 Sprint 目标

        **OKR**:
        - **O**: 完成基础设施搭建，技术栈验证
        - **KR1**: Docker Compose 环境一键启动
        - **KR2**: Seata 分布式事务 Demo 验证通过

        ## OKRs (summary)

        - Full OKRs are maintained in `docs/project/02-okr.md`.
        - Summary of top objectives:
          - **Objective 1:** Deliver a secure classroom platform.
            - KR1: Achieve 100% automated test coverage for core flows.
        """)
    assert [(o.text, o.span.line, len(o.key_results)) for o in okr_file.objectives] == [
        ("完成基础设施搭建，技术栈验证", 4, 2),
        ("Deliver a secure classroom platform.", 12, 1),
    ]


def test_fenced_objectives_of_a_second_year_under_the_same_ids() -> None:
    okr_file, _ = read("""\
        ### OKRs (Objectives & Key Results)

        #### **Year 1 Objectives**
        ```
        Objective 1: Valider Product-Market Fit
        - KR1: 40% retention rate jour 30
        ```

        #### **Year 2 Objectives**
        ```
        Objective 1: Scale & Croissance
        - KR1: 50,000 MAU atteints
        ```
        """)
    assert [
        (o.text, o.span.line, [k.text for k in o.key_results]) for o in okr_file.objectives
    ] == [
        ("Valider Product-Market Fit", 5, ["40% retention rate jour 30"]),
        ("Scale & Croissance", 11, ["50,000 MAU atteints"]),
    ]


def test_a_label_named_for_its_period_with_no_dash() -> None:
    okr_file, _ = read("""\
        ### OKRs (Objectives & Key Results)

        **Q1 2026 Objective**: Establish Product-Market Fit

        **Key Results**:
        - ✅ KR1: 5,000 monthly active users (MAU)
        - ✅ KR2: 60% D7 retention rate

        **Q2 2026 Objective**: Drive Engagement & Retention

        **Key Results**:
        - KR1: 15,000 MAU
        """)
    assert [
        (o.text, o.span.line, [(k.text, k.span.line) for k in o.key_results])
        for o in okr_file.objectives
    ] == [
        (
            "Establish Product-Market Fit",
            3,
            [("5,000 monthly active users (MAU)", 6), ("60% D7 retention rate", 7)],
        ),
        ("Drive Engagement & Retention", 9, [("15,000 MAU", 12)]),
    ]


def test_a_kr_column_of_letters_names_rows_whose_words_are_beside_it() -> None:
    okr_file, _ = read("""\
        **Objective 1: Deliver Reliable and Profitable Performance**

        | KR | Deskripsi | Tipe | Target |
        |---|---|---|---|
        | a | Achieve NPAT | Numerik | 7.80 |
        | b | Solar PV Kelanis production | Numerik | 746 |
        """)
    (objective,) = okr_file.objectives
    assert [(k.text, k.span.line) for k in objective.key_results] == [
        ("Achieve NPAT: 7.80", 5),
        ("Solar PV Kelanis production: 746", 6),
    ]


def test_a_key_result_label_whose_words_are_the_item_beneath_it() -> None:
    okr_file, _ = read("""\
        - **Objective 1: Ship a viable solution for historical data**
            - Key result 1:
                -  History network never drops below 99% score on Glados
            - Key result 2:
                - At least one execution client uses the History network
        """)
    (objective,) = okr_file.objectives
    assert [(k.text, k.span.line) for k in objective.key_results] == [
        ("History network never drops below 99% score on Glados", 3),
        ("At least one execution client uses the History network", 5),
    ]


def test_acceptance_criteria_of_user_stories_are_not_okrs() -> None:
    okr_file, _ = read("""\
        ## Criterios de aceptación para cada HU

        **OE-1 — Conectores de ingesta multi-fuente**

        * Al cargar un reporte, sus campos se mapean automáticamente al esquema común.
        * Cada reporte cargado queda asociado a un periodo de recaudo específico.
        """)
    assert okr_file.objectives == []


def test_an_example_that_names_a_quarter_of_a_year_holds_the_teams_own_okrs() -> None:
    okr_file, _ = read("""\
        ### Example Q1 2025 OKRs

        **Company OKR 1: Validate Product-Market Fit**

        **Objective:** Prove that users love PersonaChip and will pay for it

        **Key Results:**
        1. Achieve 10% free → premium conversion by Mar 31
        2. Achieve NPS >30 from alpha users by Mar 31

        ### Example OKRs

        **Objective:** Make more money

        **Key Results:**
        1. Grow revenue by 20%
        """)
    (objective,) = okr_file.objectives
    assert (objective.text, objective.span.line, objective.fields.get("name")) == (
        "Prove that users love PersonaChip and will pay for it",
        5,
        "Validate Product-Market Fit",
    )
    assert [k.span.line for k in objective.key_results] == [8, 9]


def test_a_template_filled_in_for_a_quarter_of_a_year_holds_the_teams_own_okrs() -> None:
    okr_file, _ = read("""\
        ## Q1 2026 OKR Template

        ### Objective 1: Revenue system foundation

        | Key Result | Target | Frequency |
        |---|---|---|
        | KR 1.1: Identify validated revenue streams | 5 streams | Weekly |

        ## OKR Template

        ### Objective 1: [Your objective]

        | Key Result | Target | Frequency |
        |---|---|---|
        | KR 1.1: [Key result] | [target] | Weekly |
        """)
    assert structure(okr_file) == [
        (
            "Revenue system foundation",
            (3, 18),
            [("Identify validated revenue streams: 5 streams", 7, 11)],
        )
    ]


def test_a_list_after_a_table_of_named_key_results_holds_notes() -> None:
    okr_file, _ = read("""\
        ### O1. Get strangers to arrive

        | Key result | Baseline | Target |
        |---|---|---|
        | Weekly visitors | 7/wk | 500/wk |

        **Why it is first.** Five explanations were tested:

        1. *Is anything crawling us?* Yes, steadily: 662 fetches over 8 days.
        2. *Are we blocking them?* No. robots.txt allows everything.
        """)
    (objective,) = okr_file.objectives
    assert [(k.text, k.span.line) for k in objective.key_results] == [
        ("Weekly visitors: 500/wk", 5)
    ]


def test_a_cjk_word_run_onto_okr_names_the_okrs_and_its_table_columns_are_fields() -> None:
    okr_file, _ = read("""\
        # 現金残高最大化プロジェクト

        ## プロジェクトOKR（目標と主要成果）

        | KR | 目標 | 期限 | 現状 | ステータス |
        |---|------|------|------|------------|
        | **KR1** | 月末現金残高 +20% | 3ヶ月以内 | 5.2% | 要改善 |

        ## 技術スタック

        ### Flutter/Dart
        - **Flutter**: 3.10.0以上
        """)
    (objective,) = okr_file.objectives
    assert objective.span.line == 1
    ((kr, line, due),) = [(k.text, k.span.line, k.fields.get("due")) for k in objective.key_results]
    assert (kr, line, due) == ("月末現金残高 +20%", 7, "3ヶ月以内")


def test_a_review_of_a_period_restates_its_objectives() -> None:
    okr_file, _ = read("""\
        ### SHEET 1: Q1 OKRs

        **OBJECTIVE 1:**
        Become the most accurate nutrition tracker Indians can actually trust
        with their health data

        *Context written in document:*
        Accuracy is the foundation.

        | Key Result | Type | Target |
        |---|---|---|
        | Zero data loss incidents in all test scenarios | Outcome | 0 incidents |

        ### SHEET 3: Q1 REVIEW

        **OBJECTIVE 1 — ACCURACY AND RELIABILITY**
        Status: ACHIEVED

        1. Tests-first for all health-critical features
        """)
    (objective,) = okr_file.objectives
    assert (objective.text, objective.span.line) == (
        "Become the most accurate nutrition tracker Indians can actually trust with their "
        "health data",
        4,
    )
    assert [(k.text, k.span.line) for k in objective.key_results] == [
        ("Zero data loss incidents in all test scenarios: 0 incidents", 12)
    ]


def test_a_status_mark_in_the_box_before_a_labelled_key_result() -> None:
    okr_file, _ = read("""\
        ### Objetivo 1: Lanzar Monetización
        **Key Results:**
        - [🔄] KR1: Integrar pasarela de pago (Stripe/PayPal) - 0% → Target: 100%
        - [✅] KR2: Procesar 10 órdenes de prueba exitosas - 0/10 → Target: 10/10
        """)
    (objective,) = okr_file.objectives
    assert [
        (k.text, k.span.line, k.fields.get("current"), k.fields.get("target"))
        for k in objective.key_results
    ] == [
        ("Integrar pasarela de pago (Stripe/PayPal)", 3, "0%", "100%"),
        ("Procesar 10 órdenes de prueba exitosas", 4, "0/10", "10/10"),
    ]


def test_a_bold_quarter_line_over_a_fence_of_key_results_is_its_objective() -> None:
    okr_file, _ = read("""\
        ### OKRs — Primeiros 4 Trimestres

        **Q1 — Provar que o produto retém casais e gera desejo de pagar**
        ```
        KR1: Retenção D30 >= 30% no beta fechado (150 casais)
        KR2: NPS >= 45 ao final do beta (D+60)
        ```

        **Q2 Platform**
        ```
        O: AI output reads naturally to native speakers
        KR1: Native speaker rate ≥ 85% natural
        ```
        """)
    assert [
        (o.text, o.span.line, o.fields.get("period"), [k.span.line for k in o.key_results])
        for o in okr_file.objectives
    ] == [
        ("Provar que o produto retém casais e gera desejo de pagar", 3, "Q1", [5, 6]),
        ("AI output reads naturally to native speakers", 11, None, [12]),
    ]


def test_months_counted_from_the_start_are_periods() -> None:
    okr_file, _ = read("""\
        ### Monthly OKRs (Objectives & Key Results)

        **Month 1 (Launch):**
        - **Objective:** Validate product-market fit
        - **KR1:** 100 active users

        **Month 2:**
        - **Objective:** Achieve sustainable growth
        - **KR2:** 25% free → paid conversion
        """)
    assert [
        (o.text, o.period, [k.span.line for k in o.key_results]) for o in okr_file.objectives
    ] == [
        ("Validate product-market fit", "Month 1", [5]),
        ("Achieve sustainable growth", "Month 2", [9]),
    ]


def test_the_one_objective_in_the_okr_section_leaves_other_headings_the_documents() -> None:
    okr_file, _ = read("""\
        # Go-to-market plan

        ### Problema central

        1. Planilha no Google Sheets (abandono em 3–6 semanas)
        2. Combinação verbal informal sem rastreamento real

        ## Métricas e OKRs

        ### Grow weekly active couples

        - 500 couples active every week
        - 30% D30 retention
        """)
    (objective,) = okr_file.objectives
    assert (objective.text, objective.span.line, len(objective.key_results)) == (
        "Grow weekly active couples",
        10,
        2,
    )


def test_a_bold_objective_with_its_key_results_run_on_in_the_same_paragraph() -> None:
    okr_file, _ = read("""\
        ## Plan and OKRs

        **O1: Make claims falsifiable.** KR1: Each claim maps to a test. KR2: 无证据。KR3: No hype.

        **O2: Grow revenue** KR1: Reach $1M ARR; KR2: Cut churn from 5% to 3%
        """)
    assert structure(okr_file) == [
        (
            "Make claims falsifiable.",
            (3, 7),
            [("Each claim maps to a test.", 3, 39), ("无证据。", 3, 71), ("No hype.", 3, 80)],
        ),
        ("Grow revenue", (5, 7), [("Reach $1M ARR", 5, 27), ("Cut churn from 5% to 3%", 5, 47)]),
    ]


def test_run_on_key_results_wrap_onto_the_lines_up_to_the_next_bold_objective() -> None:
    okr_file, _ = read("""\
        ## OKRs (Q4 2026)

        **O1 — Become mainnet-ready.** KR1: audits engaged. KR2:
        multisig deployed on Sepolia. KR3: fuzz suites
        in CI.
        **O2 — Grow.** KR1: 40 paying teams.
        """)
    assert structure(okr_file) == [
        (
            "Become mainnet-ready.",
            (3, 8),
            [
                ("audits engaged.", 3, 37),
                ("multisig deployed on Sepolia.", 4, 1),
                ("fuzz suites in CI.", 4, 36),
            ],
        ),
        ("Grow.", (6, 8), [("40 paying teams.", 6, 21)]),
    ]


def test_a_link_in_brackets_after_a_key_result_is_where_it_is_checked() -> None:
    okr_file, _ = read("""\
        ## 成功指標 (KPI/OKR)
        - **OKR-O1**: 匿名性と性能の両立
          - KR1: P95遅延 350ms以下を維持 (検証: [benchmark](./performance/benchmark.md))
          - KR2: リリースサイクル2週間以内 ([roadmap](./roadmap.md))
          - KR3: Keep the [uptime](./slo.md) above 99.9%
        """)
    assert structure(okr_file) == [
        (
            "匿名性と性能の両立",
            (2, 15),
            [
                ("P95遅延 350ms以下を維持", 3, 10),
                ("リリースサイクル2週間以内", 4, 10),
                ("Keep the uptime above 99.9%", 5, 10),
            ],
        )
    ]


def test_a_field_whose_value_is_the_list_beneath_it_is_one_of_the_fields() -> None:
    okr_file, _ = read("""\
        **Objective:** Entregar o MVP do AquaBook

        ## Key Results

        ### KR-04: Fases do MVP
        - **Meta**: 5 fases completas
        - **Atual**: 5 (100%)
        - **Evidencia**:
          1. Foundation: Models, DB
          2. Ingestion: MQTT consumer
        """)
    assert structure(okr_file) == [
        ("Entregar o MVP do AquaBook", (1, 16), [("Fases do MVP: 5 fases completas", 5, 12)])
    ]


def test_a_key_result_named_by_its_page_is_stated_by_the_item_beneath() -> None:
    okr_file, _ = read("""\
        # OKR3: Lanzar un servicio de arquitectura

        ## Key Results
        - [ ] **KR1**: [KR1-Alcance-Funcional](./KR1-Alcance-Funcional/README.md)
          - Definir el alcance funcional del servicio.
        - [ ] **KR2**: Self-serve
          - Documentar al menos 3 paquetes de servicio.
        """)
    assert structure(okr_file) == [
        (
            "Lanzar un servicio de arquitectura",
            (1, 9),
            [("Definir el alcance funcional del servicio.", 5, 5), ("Self-serve", 6, 16)],
        )
    ]


def test_a_diagram_of_the_okrs_read_above_is_not_read_again() -> None:
    okr_file, _ = read("""\
        **OKR 1: Validar demanda**
        - KR1.1: 100 usuarios registrados en la semana 4
        - KR1.2: NPS > 40

        ```mermaid
        graph TD
            B[OKR1: Validar demanda] --> B1[KR1.1: 100 usuarios]
            B --> B2[KR1.2: NPS > 40]
            C[OKR3: Retener] --> C1[KR3.1: Churn < 5%]
        ```
        """)
    assert [(o.text, o.span.line, len(o.key_results)) for o in okr_file.objectives] == [
        ("Validar demanda", 1, 2),
        ("Retener", 9, 1),
    ]


def test_a_row_with_a_cell_more_than_its_header_holds_the_statement_beside_the_id() -> None:
    okr_file, _ = read("""\
        ## G3 — A stranger reaches value in 10 minutes

        | KR | Target | Source | Owner |
        |---|---|---|---|
        | G3.1 | Median time from clone to a dashboard | ≤10 min | onboarding test | `pd` |
        | G3.2 | 0 manual config steps before first data | `TestBoot` | `eng` |
        """)
    assert structure(okr_file)[0][2] == [
        ("Median time from clone to a dashboard: ≤10 min", 5, 10),
        ("0 manual config steps before first data", 6, 10),
    ]
    first, second = okr_file.objectives[0].key_results
    assert (first.fields["label"], first.fields["owner"], second.fields["label"]) == (
        "G3.1",
        "pd",
        "G3.2",
    )


def test_a_target_column_named_for_its_stage_and_a_column_with_two_names() -> None:
    okr_file, _ = read("""\
        ### OKRs do MVP

        | Objetivo | KR / Métrica | Meta MVP |
        |---|---|---|
        | Engajar visitantes | Taxa de conclusão do quiz | ≥ 70% |

        ### Objetivo 2: Ativação

        | Métrica | Meta MVP | Critério de Sucesso |
        | :---- | :---- | :---- |
        | Abandono no 1º acesso | \\< 30% | Redução de 70% vs. chat em branco |
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        ("Engajar visitantes", ["Taxa de conclusão do quiz: ≥ 70%"]),
        ("Ativação", ["Abandono no 1º acesso: < 30%"]),
    ]


def test_a_year_counted_from_the_start_before_the_objective_label() -> None:
    okr_file, _ = read("""\
        ## 3.6 OKRs Concretos por Ano

        **Ano 1 — Objetivo: Provar PMF no pos-venda BR.**
        - KR1: Fechar 120+ contas pagas com NRR ≥ 105%.

        **Year 2 — Objective: Switch on the network effects.**
        - KR1: Marketplace GMV ≥ R$ 25 mi.
        """)
    assert structure(okr_file) == [
        (
            "Provar PMF no pos-venda BR.",
            (3, 21),
            [("Fechar 120+ contas pagas com NRR ≥ 105%.", 4, 8)],
        ),
        ("Switch on the network effects.", (6, 23), [("Marketplace GMV ≥ R$ 25 mi.", 7, 8)]),
    ]


def test_a_list_of_identifiers_in_code_is_not_an_objectives_key_results() -> None:
    okr_file, _ = read("""\
        ## Objectif 2 : Fidéliser les membres
        - KR1 : 60% des nouveaux reviennent en 3 mois

        ## Tables SQL à créer

        **Objectif 2 :**
        - `engagement_scores`
        - `user_badges`
        """)
    assert structure(okr_file) == [
        ("Fidéliser les membres", (1, 17), [("60% des nouveaux reviennent en 3 mois", 2, 9)])
    ]


def test_a_key_result_heading_with_only_its_verdict_is_stated_beneath() -> None:
    okr_file, _ = read("""\
        ## Reliability

        ### KR 1 — unknown

        Seven days of real runs produce zero lost commands.

        Evidence: only part of one day was observed.

        ### KR 2 — fail

        Four weekly releases complete with zero manual repair.
        """)
    (objective,) = okr_file.objectives
    assert [(k.text, k.span.line, k.fields.get("status")) for k in objective.key_results] == [
        ("Seven days of real runs produce zero lost commands.", 5, "unknown"),
        ("Four weekly releases complete with zero manual repair.", 11, "fail"),
    ]


def test_an_objective_item_with_its_key_results_run_on_after_a_dash() -> None:
    okr_file, _ = read("""\
        **OKRs (12 months):**
        - O1: Close the Open Archive gap — KR1: extraction fees gone by Q2; KR2: win rate +10pp
        - O2: Launch EU/UK commercially — KR1: 10 paying EU/UK customers by Q2 2027
        """)
    assert structure(okr_file) == [
        (
            "Close the Open Archive gap",
            (2, 7),
            [("extraction fees gone by Q2", 2, 41), ("win rate +10pp", 2, 74)],
        ),
        ("Launch EU/UK commercially", (3, 7), [("10 paying EU/UK customers by Q2 2027", 3, 40)]),
    ]


def test_target_columns_named_for_how_many_months_ahead() -> None:
    okr_file, _ = read("""\
        ### 目标 1: 提升社区影响力

        | 关键结果 | 3个月目标 | 6个月目标 |
        |---------|----------|----------|
        | GitHub Stars | 50 | 200 |
        """)
    assert [k.text for k in okr_file.objectives[0].key_results] == [
        "GitHub Stars: 3个月 50; 6个月 200"
    ]


def test_a_summary_table_naming_objectives_short_with_obj_is_not_read_again() -> None:
    okr_file, _ = read("""\
        ## Objective 1: Research & Benchmark Rule Miners
        - KR 1: At least 3 approaches reviewed

        ## Objective 2: Finalize the Data Ingestion Pipeline
        - KR 1: 169k datapoints ingested from the live API

        ## Overall Progress Summary

        | Objective | Key Result | Status |
        |---|---|---|
        | **Obj 1: Research & Benchmark** | KR 1: ≥3 approaches reviewed | ✅ Done |
        | **Obj 2: Ingestion Pipeline** | KR 1: Populate with data | ✅ Done |
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("Research & Benchmark Rule Miners", 1),
        ("Finalize the Data Ingestion Pipeline", 1),
    ]


def test_a_phase_before_an_objectives_words_is_its_phase() -> None:
    okr_file, _ = read("""\
        ## Objectives

        ### Phase 1 — Corpus and Harness
        - KR1: 500 scripts in the corpus parse
        """)
    (objective,) = okr_file.objectives
    assert (objective.text, objective.fields.get("phase")) == ("Corpus and Harness", "Phase 1")


def test_an_objective_line_in_a_sprint_section_of_a_file_with_a_heading_per_key_result() -> None:
    okr_file, _ = read("""\
        ## Sprint 39 — Agent Integrity

        **Objective:** Close the two critical security findings.

        **Dependency rationale:** they block next sprint's trust features.

        ### KR 1 — Replace hash-derived compliance scores

        Replace them with real telemetry queries.

        ### KR 2 — Implement the audit logger

        Every agent action writes an audit row.
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        (
            "Close the two critical security findings.",
            ["Replace hash-derived compliance scores", "Implement the audit logger"],
        )
    ]


def test_numbered_okr_line_then_a_bare_objective_label_then_its_words() -> None:
    # "OKR #1:" / "Objective:" / the statement, one paragraph: the bare label between the OKR's
    # number and its words repeats what the number awaits (the second OKR omits it)
    okr_file, _ = read("""\
        ## OKRs
        OKR #1:
        Objective:
        Enhance the accuracy of map locations.

        Key Results:
        * Identify stacked locations with >75% accuracy.
        * Refine 50% of stacked clusters.

        OKR #2:
        Create an easy-to-use system.

        Key Results:
        * Check 5+ features around each location.
        """)
    assert structure(okr_file) == [
        (
            "Enhance the accuracy of map locations.",
            (4, 1),
            [
                ("Identify stacked locations with >75% accuracy.", 7, 3),
                ("Refine 50% of stacked clusters.", 8, 3),
            ],
        ),
        (
            "Create an easy-to-use system.",
            (11, 1),
            [("Check 5+ features around each location.", 14, 3)],
        ),
    ]


def test_completion_criterion_column_is_the_target_and_a_task_plan_is_no_okr() -> None:
    # "| KR | 描述 | 完成标准 | 权重 |": what counts as done is the key result's target; under
    # "## 任务规划" (task planning) a bold "阶段目标：…" over a task table is a stage of the plan
    okr_file, _ = read("""\
        ## Objective（目标）

        **构建完整的伤害计算模型。**

        ## Key Results（关键结果）

        | KR | 描述 | 完成标准 | 权重 |
        |----|------|---------|------|
        | **KR1** | 完成伤害公式体系 | 公式分析章节 + 验证工具 | 20% |
        | **KR2** | 完成核心职业伤害模型 | 剑魂 + 狂战士完整实例 | 30% |

        ## 任务规划

        ### 阶段1：近期 10 个任务

        **阶段目标：完成剑魂的完整伤害模型**

        | # | 任务 | 类型 | 状态 |
        |---|------|------|------|
        | 1 | 暴走技能加成机制深度分析 | 深化 | ✅ |
        """)
    assert structure(okr_file) == [
        (
            "构建完整的伤害计算模型。",
            (3, 3),
            [
                ("完成伤害公式体系: 公式分析章节 + 验证工具", 9, 13),
                ("完成核心职业伤害模型: 剑魂 + 狂战士完整实例", 10, 13),
            ],
        )
    ]


def test_heading_naming_an_objective_by_its_id_then_the_bold_statement() -> None:
    # "### Pilier 1 — Scientifique (Objective 1.0)": the heading names the objective and gives
    # its ID; the bold line beneath states it
    okr_file, _ = read("""\
        ### Pilier 1 — Scientifique (Objective 1.0)

        **Proposer un échantillon représentatif du cœur scientifique.**

        | # | Key Result | Cible |
        |---|---|---|
        | KR-1.0.1 | Chapitres couverts | 6 |
        """)
    assert structure(okr_file) == [
        (
            "Proposer un échantillon représentatif du cœur scientifique.",
            (3, 3),
            [("Chapitres couverts: 6", 7, 14)],
        )
    ]
    assert okr_file.objectives[0].fields["name"] == "Pilier 1 — Scientifique"


def test_objective_section_with_a_goal_heading_over_its_statement() -> None:
    # "## 4. Objective" then "### Goal" then the statement: one objective, stated beneath the
    # second label; the key results under a sibling heading are its own
    okr_file, _ = read("""\
        ## 4. Objective

        ### Goal

        Let any user understand their full medical journey in a single session.

        ### Why it matters

        - **For patients:** Reduces medical anxiety.

        ### Key Results

        | # | Metric | Target |
        |---|--------|--------|
        | KR1 | Time to understand full medical history | < 2 minutes |
        """)
    assert structure(okr_file) == [
        (
            "Let any user understand their full medical journey in a single session.",
            (5, 1),
            [("Time to understand full medical history: < 2 minutes", 15, 9)],
        )
    ]


def test_success_metrics_under_a_heading_above_the_objectives_are_the_documents() -> None:
    # "### O5: …" with no key results, then "## Success Metrics": a section of the document,
    # not O5's key results (under "### Success criteria" at O5's own level they would be)
    okr_file, _ = read("""\
        ## Objectives

        ### O1: Automate the studio
        - KR1.1: Configure 20 buttons for daily tasks
        - KR1.2: Cut setup time from 10 to 2 minutes

        ### O2: Disaster Recovery
        use this project to restore the decks

        ## Success Metrics
        - Time saved per day on repetitive tasks
        - Error rate reduction in manual operations
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("Automate the studio", 2),
        ("Disaster Recovery", 0),
    ]


def test_a_check_in_that_names_the_objectives_again_reviews_them() -> None:
    # the OKRs, then a dated check-in whose status notes sit under each objective named again
    okr_file, _ = read("""\
        # OKRs 2030-Q4

        ## O1 — Make onboarding effortless

        - KR1 [Committed]: Raise week-1 activation from 32% to 45%.
        - KR2 [Aspirational]: Cut time to first report from 3 days to 1 day.

        ## Check-in 2030-10

        ### KR status

        **O1 — Make onboarding effortless**
        - KR1 [Committed], on-track: activation is 38% this month.
        - KR2 [Aspirational], at-risk: no change yet.
        """)
    assert structure(okr_file) == [
        (
            "Make onboarding effortless",
            (3, 9),
            [
                ("Raise week-1 activation from 32% to 45%.", 5, 20),
                ("Cut time to first report from 3 days to 1 day.", 6, 23),
            ],
        )
    ]


def test_a_guide_in_korean_and_its_good_and_bad_examples_are_not_okrs() -> None:
    # "What is an OKR?" with the terms defined in a list, the team's OKRs, then the writing
    # principles again with a good and a bad example in code blocks
    okr_file, _ = read("""\
        # 프로젝트 OKR

        ## OKR이란?

        ### 핵심 원칙
        - **Objective**: 우리가 도달하고 싶은 원대한 꿈
        - **Key Results**: 그 꿈에 다가갔음을 증명하는 결과적 수치
        - **Initiative**: 이를 위해 우리가 실제로 실행하는 행동

        ## 2030 Q1 OKR

        ### Objective 1: 고객이 가장 먼저 찾는 플랫폼이 된다
        - KR 1: 월간 활성 사용자 1,000명 달성
        - KR 2: 재방문율 40% 달성

        ## OKR 작성 원칙 재확인

        ### ✅ Good OKR
        ```
        Objective: 모든 엔지니어가 신뢰하는 플랫폼
        KR 1: 사용자 체류 시간 200% 증가
        ```

        ### ❌ Bad OKR
        ```
        Objective: 웹사이트 기능 개선
        KR 1: 새로운 페이지 10개 추가
        ```
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "고객이 가장 먼저 찾는 플랫폼이 된다",
            ["월간 활성 사용자 1,000명 달성", "재방문율 40% 달성"],
        )
    ]


def test_numbered_titles_over_labelled_lines_in_one_paragraph() -> None:
    # no Markdown: a theme, "Objective:" and "KR n.n:" lines, the next theme numbered "2."
    # (CommonMark keeps it in the paragraph: a list numbered from 2 cannot interrupt one)
    okr_file, _ = read("""\
        Revenue growth
        Objective: Grow revenue in 2030.
        KR 1.1: Reach $145M in revenue.
        2. Profitability
        Objective: Optimise costs.
        KR 2.1: Cut the cost per km from 9.92 to 9.5.
        """)
    assert structure(okr_file) == [
        ("Grow revenue in 2030.", (2, 12), [("Reach $145M in revenue.", 3, 9)]),
        ("Optimise costs.", (5, 12), [("Cut the cost per km from 9.92 to 9.5.", 6, 9)]),
    ]


def test_a_crosswalk_of_key_result_ids_to_metric_ids_is_not_okrs() -> None:
    okr_file, _ = read("""\
        #### O1 — Prove repeatable operations

        | KR ID | Key Result | Target |
        | --- | --- | --- |
        | KR.O1.1 | Assisted-driving availability | ≥ 99.0% |
        | KR.O1.2 | Safety interventions per 1,000 km | ≤ 0.5 |

        ### Crosswalk to Metrics Canon

        | KR | Canon IDs |
        | --- | --- |
        | KR.O1.1 | MET.RELIAB.AVAIL_ODD · MET.SAFETY.ASSIST_RATE |
        | KR.O1.2 | MET.SAFETY.ZERO_HARM |
        """)
    assert [(o.text, [kr.text for kr in o.key_results]) for o in okr_file.objectives] == [
        (
            "Prove repeatable operations",
            ["Assisted-driving availability: ≥ 99.0%", "Safety interventions per 1,000 km: ≤ 0.5"],
        )
    ]


def test_key_results_quoted_under_the_objective_above() -> None:
    # a HackMD draft: the objective in bold, its key results as quoted lines right beneath
    okr_file, _ = read("""\
        # Attribution API OKRs draft

        ### OKR 1 MVP "Data Management" EXAMPLE

        **O: Customers can easily and quickly onboard to get the data they need.**
        >KR 1.1: Onboard 25 customers by the end of Q4.
        >KR 1.2: Reduce the onboarding effort from 3 to 1.

        ### OKR 2 MVP "Content Strategy" EXAMPLE

        **O: Understand platform customers to ensure we are meeting their needs.**
        >KR 2.1: Interview 10 of our implementers.
        """)
    assert structure(okr_file) == [
        (
            "Customers can easily and quickly onboard to get the data they need.",
            (5, 6),
            [
                ("Onboard 25 customers by the end of Q4.", 6, 10),
                ("Reduce the onboarding effort from 3 to 1.", 7, 10),
            ],
        ),
        (
            "Understand platform customers to ensure we are meeting their needs.",
            (11, 6),
            [("Interview 10 of our implementers.", 12, 10)],
        ),
    ]


def test_another_quarter_may_set_the_same_key_results_again() -> None:
    # the same key results in two quarters' tables: the second quarter's, not a review of them
    okr_file, _ = read("""\
        ## Q1 2031 OKRs
        #### Tech Objective - Mature the protocol.
        | Result | Progress to Date | Status |
        |--------|------------------|--------|
        |Deploy the MVP web app to testnet.|Not launched.|In progress|
        |Finalise the v1 smart contracts.|Not launched.|In progress|

        ## Q4 2030 OKRs
        #### Tech Objective - Mature the protocol.
        | Result | Progress to Date | Status |
        |--------|------------------|--------|
        |Deploy the MVP web app to testnet.|Deployed but buggy.|80%|
        |Finalise the v1 smart contracts.|Mostly final.|50%|
        """)
    assert [(o.text, o.period, len(o.key_results)) for o in okr_file.objectives] == [
        ("Mature the protocol.", "Q1 2031", 2),
        ("Mature the protocol.", "Q4 2030", 2),
    ]


def test_key_results_listed_by_commas_in_a_table_cell() -> None:
    """A "Key Results" cell that lists three or more short phrases by commas holds one key
    result each; two measures with their numbers too. A sentence with commas (a colon that
    introduces them, a part that continues the one before, single words) stays one."""
    okr_file, _ = read("""\
        | # | Objective | Key Results | Weight |
        |---|-----------|-------------|--------|
        | O1 | Harden CI/CD pipeline | <2h lead time, automated rollback, staging smoke tests | 3 |
        | O2 | Stable platform | Uptime 99.9%, API response < 200ms p95 | 20% |
        | O3 | Delight members | Ship gamification: goals, journal entries, partner tracking | 50% |
        | O4 | Reach every platform | Ship the app on iOS, Android, web | 10% |
        | O5 | Faster setup | Cut time on setup, testing, and deployment by 50% | 10% |
        """)
    assert structure(okr_file) == [
        (
            "Harden CI/CD pipeline",
            (3, 8),
            [
                ("<2h lead time", 3, 32),
                ("automated rollback", 3, 47),
                ("staging smoke tests", 3, 67),
            ],
        ),
        ("Stable platform", (4, 8), [("Uptime 99.9%", 4, 26), ("API response < 200ms p95", 4, 40)]),
        (
            "Delight members",
            (5, 8),
            [("Ship gamification: goals, journal entries, partner tracking", 5, 26)],
        ),
        ("Reach every platform", (6, 8), [("Ship the app on iOS, Android, web", 6, 31)]),
        ("Faster setup", (7, 8), [("Cut time on setup, testing, and deployment by 50%", 7, 23)]),
    ]


def test_a_cascade_of_objectives_in_nested_lists() -> None:
    """A bold item over bold items whose key results are labelled beneath them ("1. **CEO: …**"
    over "1. **Web: …**" over "1. Web KR: …") is a parent of objectives: each team's item is an
    objective with its own key results, the parent none."""
    okr_file, _ = read("""\
        # 2019-Q4 OKRs

        1. **CEO: Standard developer platform**
           1. **VP Eng: Build a world class engineering team.**
              1. VP Eng KR: Grow the team to plan.
              1. VP Eng KR: Track career goals for every engineer.
           1. **VP Eng: Deliver the product roadmap.**
              1. **Web: Make search accessible to more users.**
                 1. Web KR: Eliminate errors caused by malformed queries.
                 1. Web KR: Increase usage of filters by 20%.
        """)
    assert structure(okr_file) == [
        (
            "Build a world class engineering team.",
            (4, 17),
            [("Grow the team to plan.", 5, 21), ("Track career goals for every engineer.", 6, 21)],
        ),
        (
            "Web: Make search accessible to more users.",
            (8, 12),
            [
                ("Eliminate errors caused by malformed queries.", 9, 21),
                ("Increase usage of filters by 20%.", 10, 21),
            ],
        ),
    ]


def test_bold_items_each_over_a_list_under_a_team_heading() -> None:
    """Under a heading that names a team, bold items each over their own list are objectives
    with their key results, one alone or with a single key result too."""
    okr_file, _ = read("""\
        # 2020-Q1 OKRs

        ### Distribution

        1. **Resolve issues for major customers**
           1. No technical issue blocks a deal for any tier 1 customer.
        1. **Improve developer productivity**
           1. Automate away the release captain role.

        ### Automation

        1. **Automation is polished and adopted by customers**
           1. Automation is enabled by default.
           1. 3 customers have together run at least 10 campaigns.
        """)
    assert [(o.text, o.span.line, len(o.key_results)) for o in okr_file.objectives] == [
        ("Resolve issues for major customers", 5, 1),
        ("Improve developer productivity", 7, 1),
        ("Automation is polished and adopted by customers", 12, 2),
    ]


def test_objectives_named_in_brackets_and_their_key_results_in_a_later_section() -> None:
    """ "### Objective 1 (Name — period)" is a label with a name: the quote beneath states the
    objective; "### KRs for Objective 1 (…)" further down is that objective's section."""
    okr_file, problems = read("""\
        ## 01 Objectives

        ### Objective 1 (Product-Market Fit — Q3 2026)
        > **"Establish proven product-market fit with small businesses."**

        ### Objective 2 (Distribution — Q4 2026)
        > **"Build an accountant-backed distribution engine."**

        ## 02 Key Results

        ### KRs for Objective 1 (PMF)

        * **KR 1.1**: Increase paying accounts from `0` to `100`.
        * **KR 1.2**: Keep monthly churn below `5%`.

        ### KRs for Objective 2 (Distribution)

        * **KR 2.1**: Sign 5 accounting firm partners.
        """)
    assert [
        (o.text, o.span.line, [(k.text, k.span.line) for k in o.key_results])
        for o in okr_file.objectives
    ] == [
        (
            "Establish proven product-market fit with small businesses.",
            4,
            [("Increase paying accounts from 0 to 100.", 13), ("Keep monthly churn below 5%.", 14)],
        ),
        (
            "Build an accountant-backed distribution engine.",
            7,
            [("Sign 5 accounting firm partners.", 18)],
        ),
    ]
    assert not [p for p in problems if p[0] == "F006"]


def test_target_columns_named_by_how_far_ahead() -> None:
    """ "| Metric | Now | +12 months | +36 months |": a target for each horizon."""
    okr_file, _ = read("""\
        ## Objectives

        | ID | Objective |
        | --- | --- |
        | O1 | Triple attendance within 3 years. |

        ## Key results

        | Objective | Metric | Now | +12 months | +36 months |
        | --- | --- | --- | --- | --- |
        | O1 | Visitors per day | 5,000 | 8,000 | 15,000 |
        """)
    [objective] = okr_file.objectives
    [kr] = objective.key_results
    assert kr.text == "Visitors per day: +12 months 8,000; +36 months 15,000"
    assert kr.span.line == 11


def test_a_numbered_row_holds_one_key_result_whatever_its_commas() -> None:
    """A row that numbers its key result ("KR4.3") holds one, even when its words list
    phrases by commas: they are that key result's subject."""
    okr_file, _ = read("""\
        ### O4 — The app works

        | # | Key Result | Owner |
        |---|---|---|
        | KR4.3 | Correlation heatmap, returns chart, z-score chart render without errors | Ann |
        """)
    [objective] = okr_file.objectives
    assert [kr.text for kr in objective.key_results] == [
        "Correlation heatmap, returns chart, z-score chart render without errors"
    ]


def test_a_focus_area_column_names_the_objective_where_none_is_above() -> None:
    """ "| OKR ID | Focus Area | Key Results |": with no objective above the table, the area
    each row's key results are for is its objective; its cell lists them by bullets."""
    okr_file, _ = read("""\
        ### 1. Strategic OKRs

        | OKR ID | Focus Area | Key Results (Metric → Target) |
        | --- | --- | --- |
        | **O1** | Customer Experience | • Resolution rate ≥85% <br>• Path calc ≤5 s |
        """)
    assert structure(okr_file) == [
        (
            "Customer Experience",
            (5, 12),
            [("Resolution rate ≥85%", 5, 36), ("Path calc ≤5 s", 5, 63)],
        )
    ]


def test_a_vietnamese_table_names_its_target_and_how_it_is_measured() -> None:
    okr_file, _ = read("""\
        ### O1 — Đặt nền dữ liệu

        | KR | Con số | Cách đo | Tần suất |
        |---|---|---|---|
        | **KR1.1** — Không rò rỉ chéo | RLS bật trên **100%** bảng | Test tự động | Hằng tuần |
        """)
    assert structure(okr_file) == [
        (
            "Đặt nền dữ liệu",
            (1, 10),
            [("Không rò rỉ chéo: RLS bật trên 100% bảng", 5, 15)],
        )
    ]


def test_a_measure_column_after_the_target_says_how_it_is_checked() -> None:
    okr_file, _ = read("""\
        ## O2: Feature parity

        | Key Result | Target | Measure |
        |---|---|---|
        | KR2.1 | 0 enterprise imports in the addons folder | CI lint gate |
        | KR2.2 | Bridge contracts exist for all active bridges | Catalog file |
        """)
    assert structure(okr_file)[0][2] == [
        ("0 enterprise imports in the addons folder", 5, 11),
        ("Bridge contracts exist for all active bridges", 6, 11),
    ]


def test_dashes_stuck_to_the_words_after_a_key_results_line_are_a_list() -> None:
    okr_file, _ = read("""\
        Objective 1: Deliver a functional MVP within the next quarter.

        Key Results:

          -Admin portal completed and tested

          -User registration and login deployed

        Objective 2: Keep the platform reliable.

        Key Results:

          -Achieve uptime of 99.9% during testing

        -5% is not a list item, nor this line.
        """)
    assert structure(okr_file) == [
        (
            "Deliver a functional MVP within the next quarter.",
            (1, 14),
            [
                ("Admin portal completed and tested", 5, 4),
                ("User registration and login deployed", 7, 4),
            ],
        ),
        (
            "Keep the platform reliable.",
            (9, 14),
            [("Achieve uptime of 99.9% during testing", 13, 4)],
        ),
    ]


def test_a_diagram_of_the_objective_stated_above_is_a_picture_of_it() -> None:
    okr_file, _ = read("""\
        **Objective**: Automate the weekly video pipeline with generative models.

        ```mermaid
        graph TB
            A[Objective: Automated Weekly Video Pipeline] --> B[KR1: Batch Generators]
            A --> C[KR2: Gemini Integration]
        ```

        **Key Results**:
        - **KR1**: Ship a suite of batch asset generators.
        - **KR2**: Integrate the Gemini agent to generate content from prompts.
        - **KR3**: Cut manual workflow time by automating the pipeline.
        """)
    assert [(o.text, o.span.line, len(o.key_results)) for o in okr_file.objectives] == [
        ("Automate the weekly video pipeline with generative models.", 1, 3)
    ]


def test_a_field_that_announces_a_list_holds_the_list() -> None:
    okr_file, _ = read("""\
        ## Objective 2: Scan everything

        **Strategy:** Two-pronged approach:

        1. Make analyzers framework-agnostic
        2. Add adapters for unsupported frameworks

        ### Key results

        - 90% of scanned projects get at least one finding
        """)
    assert structure(okr_file) == [
        (
            "Scan everything",
            (1, 17),
            [("90% of scanned projects get at least one finding", 10, 3)],
        )
    ]


def test_a_life_area_column_names_each_rows_objective() -> None:
    # "| # | Life Area | Category | Key Results |": no objective column, the area is each row's
    # objective; the cell lists its key results by commas, one of them longer than the rest
    okr_file, _ = read("""\
        # OKRs 2026

        | # | Life Area | Category | Key Results (targets in the dashboard tab) |
        |---|---|---|---|
        | 1 | Health | Sleep | Sleep 7 hr/day, Meditate daily, Digital sunset 30 min before \
sleep 5x a week, Bed before 10:45pm |
        | 2 | Career | Work | Deep work 10 hr/w, Get 2 clients, Launch the podcast |
        """)
    assert [(title, line) for title, (line, _), _ in structure(okr_file)] == [
        ("Health", 5),
        ("Career", 6),
    ]
    assert [kr[0] for kr in structure(okr_file)[0][2]] == [
        "Sleep 7 hr/day",
        "Meditate daily",
        "Digital sunset 30 min before sleep 5x a week",
        "Bed before 10:45pm",
    ]


def test_a_chinese_numeral_numbers_an_objective_label() -> None:
    # "### 目标一：…" is "Objective 1: …"; the spec's other sections, asked as questions or
    # named as requirements and scope, are not objectives
    okr_file, _ = read("""\
        ## 二、解决什么问题

        1. 换 Agent 就失忆
        2. 知识过期

        ## 四、目标与关键结果

        ### 目标一：消除对特定 Agent 的绑定

        - 核心合同是普通 Markdown 与 Git
        - 已知 Agent 入口只做薄适配

        ## 七、功能要求

        - 安装时发现项目
        """)
    assert structure(okr_file) == [
        (
            "消除对特定 Agent 的绑定",
            (8, 9),
            [("核心合同是普通 Markdown 与 Git", 10, 3), ("已知 Agent 入口只做薄适配", 11, 3)],
        )
    ]
    assert parse("目标一致：x").kind is None  # "一致" (consistent) numbers nothing


@pytest.mark.parametrize(
    "title",
    [
        "Action Plan",
        "Chiến lược hành động (Action Plan)",
        "Plano de ação",
        "Functional requirements",
    ],
)
def test_an_action_plan_or_a_spec_section_holds_no_objectives(title: str) -> None:
    okr_file, _ = read(f"""\
        # Web OKRs 2026

        ## Objective 1: Grow monthly visitors to 6M

        | KR | Description | Target |
        |----|-------|--------|
        | **KR 1.1** | Monthly unique visitors | **6M** |

        ## {title}

        1.  **Platform structure:**
            *   Build a fast content pipeline
        2.  **Enablement:**
            *   Work with the growth team
        """)
    assert [title for title, _, _ in structure(okr_file)] == ["Grow monthly visitors to 6M"]


def test_a_bold_sentence_beneath_an_id_and_a_name_states_the_objective() -> None:
    # "### O1 Track 1 — Reasoning core" names it; the bold line beneath states it
    okr_file, _ = read("""\
        ### O1 Track 1 — Reasoning core
        **Make planning and context reliable so tasks run right and recover.**
        - KR1.1：Replanning works on high-failure tasks

        ### O2: Reliability is a feature
        *Owner: Sam · a gloss in italics, not the statement*
        - KR2.1：99.9% uptime
        """)
    assert [(title, line) for title, (line, _), _ in structure(okr_file)] == [
        ("Make planning and context reliable so tasks run right and recover.", 2),
        ("Reliability is a feature", 5),
    ]
    # (the numbered group it is filed under before its name is a field of its own)
    fields = okr_file.objectives[0].fields
    assert (fields["name"], fields["group"]) == ("Reasoning core", "Track 1")
    # a statement in Han characters says as much as its English, in fewer characters
    cjk, _ = read("""\
        ### O4 Track 4 — Shadow DevOps
        **自我迭代闭环可用，但发布必须人工审批。**
        - KR4.1：评测基线与对照报告可用
        """)
    assert [(title, line) for title, (line, _), _ in structure(cjk)] == [
        ("自我迭代闭环可用，但发布必须人工审批。", 2)
    ]


def test_a_chinese_owner_column_and_a_numbered_row_that_holds_one_key_result() -> None:
    # "承接人" is who takes the key result on; "| KR2 | …；… |" numbers one key result, whose
    # two clauses a full-width semicolon joins
    okr_file, _ = read("""\
        ## O1｜把点位获取升级为可复制的机制

        | KR | 承接人 | 内容（交付物） |
        |---|---|---|
        | KR1 | 王凯主导 | 跑通新流程，沉淀为可复制的开店 SOP |
        | KR2 | 圣祥承接 | 锁定各部门对接人 + SLA；对最高频类目做自助 FAQ |
        """)
    assert [kr[0] for kr in structure(okr_file)[0][2]] == [
        "跑通新流程，沉淀为可复制的开店 SOP",
        "锁定各部门对接人 + SLA；对最高频类目做自助 FAQ",
    ]


def test_a_target_in_millions_keeps_its_number() -> None:
    # "6.0 M" is six million, not the outline number "6.0" before a word
    okr_file, _ = read("""\
        ## O1: Grow monthly visitors

        | KR | Description | Target |
        |---|---|---|
        | KR1.1 | Monthly unique visitors | **6.0 M** |
        | KR1.2 | 1.2 Returning visitors | 40% |
        """)
    assert [kr[0] for kr in structure(okr_file)[0][2]] == [
        "Monthly unique visitors: 6.0 M",
        "Returning visitors: 40%",
    ]


def test_a_day_in_the_target_column_is_when_not_how_much() -> None:
    okr_file, _ = read("""\
        ### O1: Deliver frictionless checkout

        | Key Result | Target | Initiative |
        |------------|--------|------------|
        | KR1: Launch one-page checkout | Mar 15 | Checkout redesign |
        | KR2: Mobile app architecture approved | 2026-05-01 | Mobile app v3 |
        | KR3: Express payment adoption | 25% | Apple Pay |
        """)
    assert [kr[0] for kr in structure(okr_file)[0][2]] == [
        "Launch one-page checkout",
        "Mobile app architecture approved",
        "Express payment adoption: 25%",
    ]


def test_a_matrix_that_names_the_okrs_above_by_id_adds_none() -> None:
    # a traceability matrix: "**OKR 1** (name)" and "KR 1.1 (name)" name what was read above
    okr_file, _ = read("""\
        ### **OKR 1: Map what speeds up salaries**

        * **KR 1.1:** Rank the salary premium of 20 skills.
        * **KR 1.2:** Find the 3 highest-value role and skill pairs.

        ## Traceability matrix

        | Objective | Key Result (KR) | Linked KPI |
        | :--- | :--- | :--- |
        | **OKR 1** <br> (Salary acceleration) | KR 1.1 (Rank skill premiums) | KPI 1 |
        | | KR 1.2 (Highest-value pairs) | KPI 5 (Role relevance) |
        """)
    assert [(title, line) for title, (line, _), _ in structure(okr_file)] == [
        ("Map what speeds up salaries", 1)
    ]
    assert len(structure(okr_file)[0][2]) == 2


def test_a_sentence_that_enumerates_by_commas_is_one_key_result() -> None:
    # "por região, unidade federativa, estação e período": one sentence's list of words
    okr_file, _ = read("""\
        ## Objetivo 1

        **Disponibilizar uma solução analítica para o planejamento operacional.**

        | Resultado-Chave | KPIs relacionados |
        | --- | --- |
        | Permitir análises por região, unidade federativa, estação e período. | Todos |
        | Monitoring dashboard, daily standups, weekly demos | Todos |
        """)
    assert [kr[0] for kr in structure(okr_file)[0][2]] == [
        "Permitir análises por região, unidade federativa, estação e período.",
        "Monitoring dashboard",
        "daily standups",
        "weekly demos",
    ]


def test_a_table_typed_as_a_list_under_its_column_names() -> None:
    # the first item names the columns: objectives at the top, key results nested, each a
    # link to its details below followed by its owners and score; under "Overview"
    okr_file, problems = read("""\
        ## Overview

        *   Objective / Key Result Owner(s) Score
        *   Interop (Interoperability, Compatibility, Conformance)
            *   [Unprefix CSS writing modes](#o1r0) kojii 0.70
            *   [Have flexbox match the latest version of the
                        spec](#o1r1) cbiesinger 0.80
        *   Bug health
            *   [Reduce untriaged bug count by 50%](#o2r0) eae, jchaffraix 1.00

        ## Details

        ### Unprefix CSS writing modes

        Owner(s): kojii

        *   vertical text in tables
        *   ruby positioning
        """)
    assert structure(okr_file) == [
        (
            "Interop (Interoperability, Compatibility, Conformance)",
            (4, 5),
            [
                ("Unprefix CSS writing modes", 5, 10),
                ("Have flexbox match the latest version of the spec", 6, 10),
            ],
        ),
        ("Bug health", (8, 5), [("Reduce untriaged bug count by 50%", 9, 10)]),
    ]
    assert [p[0] for p in problems] == []


def test_column_names_need_an_objective_and_a_key_result() -> None:
    # a first item of column-like words that names no key result column: prose, not a table
    okr_file, _ = read("""\
        ## Overview

        *   Owner Score
        *   Interop
            *   [Unprefix CSS writing modes](#o1r0) kojii 0.70
        """)
    assert structure(okr_file) == []


def test_ids_that_number_the_objective_cells_are_not_their_words() -> None:
    # "G1 统一管理", "G2 智能选型": the same letters numbered 1, 2 … open every objective cell
    okr_file, _ = read("""\
        | Goal | Key results |
        |------|-------------|
        | G1 One source of truth | Every skill is stored once |
        | G2 Smart routing | Routing p95 under 50 ms |
        """)
    assert [(title, line) for title, (line, _), _ in structure(okr_file)] == [
        ("One source of truth", 3),
        ("Smart routing", 4),
    ]
    assert okr_file.objectives[0].fields.get("label") == "G1"


def test_periods_that_open_the_objective_cells_stay_their_words() -> None:
    okr_file, _ = read("""\
        | Goal | Key results |
        |------|-------------|
        | Q1 launch in Berlin | 500 paying customers |
        | Q2 launch in Paris | 800 paying customers |
        """)
    assert [title for title, _, _ in structure(okr_file)] == [
        "Q1 launch in Berlin",
        "Q2 launch in Paris",
    ]


def test_a_column_named_objective_in_brackets_holds_the_objectives() -> None:
    # "年度目标 (O)" names the objective column as "关键结果 (KR)" names the key results'; the
    # headings with lists elsewhere in the plan are then its notes, not objectives
    okr_file, _ = read("""\
        ## Reading

        ### Operating systems

        * CSAPP
        * Linux source code

        ## One-year plan

        | 维度 | 年度目标 (O) | 关键结果 (KR) |
        | :--- | :--- | :--- |
        | 技术 | 取得一项可量化的突破 | 1. 吞吐提升20%。<br>2. 产出内部报告。 |
        """)
    assert structure(okr_file) == [
        (
            "取得一项可量化的突破",
            (12, 8),
            [("吞吐提升20%。", 12, 24), ("产出内部报告。", 12, 39)],
        )
    ]


def test_a_bare_objective_label_under_a_stated_objective_describes_it() -> None:
    # "## 目标一：服务器云端迁移" then "### 目标" over a paragraph: one objective, described
    okr_file, _ = read("""\
        ## Objective 1: Cloud migration

        ### Objective

        Move the server from a laptop to the cloud so that clients can reach it.

        ### Key results

        - The cloud runs the whole stack.
        - The server has a fixed domain.
        """)
    assert structure(okr_file) == [
        (
            "Cloud migration",
            (1, 17),
            [("The cloud runs the whole stack.", 9, 3), ("The server has a fixed domain.", 10, 3)],
        )
    ]


def test_paragraphs_marked_with_their_priority_are_key_results() -> None:
    # a tracker's export: the objective a paragraph, each key result a paragraph marked "P1 -",
    # notes about a key result labelled ("End of quarter result: …")
    okr_file, _ = read("""\
        **2020 Q1**

        Modernize animations by shipping Web Animations v1 in M82 *#Implement*

        P1 - Sign off on spec and I2S

        P2 - Address WPT gaps to improve interop *#Velocity*

        End of quarter result: shipped in M82.

        Improve the scrolling experience 0.75

        P1 - Scroll Timeline: prep for the Q2 origin trial 0.6
        """)
    assert structure(okr_file) == [
        (
            "Modernize animations by shipping Web Animations v1 in M82",
            (3, 1),
            [
                ("Sign off on spec and I2S", 5, 6),
                ("Address WPT gaps to improve interop", 7, 6),
            ],
        ),
        (
            "Improve the scrolling experience",
            (11, 1),
            [("Scroll Timeline: prep for the Q2 origin trial", 13, 6)],
        ),
    ]


def test_graded_lines_under_objective_headings_in_a_priority_marked_file() -> None:
    # "### Objective 0.67" over paragraphs "… P1 0.50"; a key result set as a heading above the
    # objective's level, its words wrapped onto the next line with the marks
    okr_file, _ = read("""\
        ## 2018 Q4

        ### Add richness to the web platform 0.67

        Ship predicted points API P1 0.50

        Synthetic pointer events automation 0.70

        Harden user activation against untrusted renderers P3
        0.20

        ### Improve input latency 0.40

        ## Expose hardware input timestamps to the web P1 0.95

        ## Add UMA metrics for the benefit of passive event
        listeners P2 1.00

        ## Reduce untriaged input bugs to 0 0.20
        """)
    assert structure(okr_file) == [
        (
            "Add richness to the web platform",
            (3, 5),
            [
                ("Ship predicted points API", 5, 1),
                ("Synthetic pointer events automation", 7, 1),
                ("Harden user activation against untrusted renderers", 9, 1),
            ],
        ),
        (
            "Improve input latency",
            (12, 5),
            [
                ("Expose hardware input timestamps to the web", 14, 4),
                ("Add UMA metrics for the benefit of passive event listeners", 16, 4),
                ("Reduce untriaged input bugs to 0", 19, 4),
            ],
        ),
    ]


def test_a_priority_in_a_few_lines_is_no_convention() -> None:
    # two marked lines do not make a file's convention: the paragraphs stay prose
    okr_file, _ = read("""\
        ## Notes

        Fix the login bug P1

        Migrate the database P2
        """)
    assert structure(okr_file) == []


# -- wave 45: conventions seen in real documents (hand-written fixtures) -----------------------
def test_a_hypothetical_example_is_a_sample_and_says_nothing_of_the_file() -> None:
    # a guide's labelled example after the OKRs: not read, and it does not make the file one
    # that labels its objectives (the headings above stay objectives)
    okr_file, _ = read("""\
        ## Active OKRs

        ### 1. CTO: [Win with AI in all we do](https://example.com/1)
        1. **CTO KR**: [Enhanced support offering ready for launch](https://example.com/2)
        1. **CTO KR**: [Overall hosting costs reduced by 5%](https://example.com/3)

        ## Deciding between an objective and a key result

        Using a hypothetical example:

        1. CTO Objective 1: Grow the team. == Objective
            1. KR 1.1: Hit hiring target of 30 new hires. == Child objective

        #### Example: Duplicating OKR for tracking

        1. Development Objective 1: Grow the team. == Objective
            1. KR 1.1: Hire 15 new hires. == Child objective
        """)
    assert structure(okr_file) == [
        (
            "Win with AI in all we do",
            (3, 14),
            [
                ("Enhanced support offering ready for launch", 4, 17),
                ("Overall hosting costs reduced by 5%", 5, 17),
            ],
        )
    ]


@pytest.mark.parametrize("heading", ["#### OKR: Win with AI", "#### 1. OKR Win with AI => 66%"])
def test_a_heading_that_names_an_okr_is_the_objective_of_key_results_beneath(heading: str) -> None:
    okr_file, _ = read(f"""\
        ### FY24Q3
        {heading}
        1. KR: [GA Code Suggestions](https://example.com/1) => 50% - Needs Attention
        1. KR: [Beta GitLab Duo](https://example.com/2) => 40%
        """)
    assert structure(okr_file) == [
        (
            "Win with AI",
            (2, heading.index("W") + 1),
            [("GA Code Suggestions", 3, 9), ("Beta GitLab Duo", 4, 9)],
        )
    ]
    assert okr_file.objectives[0].period == "FY24Q3"


def test_an_okr_heading_over_unlabelled_items_takes_none_of_them() -> None:
    # only key results labelled as such are the heading's: a plain list stays unread
    okr_file, _ = read("""\
        #### OKR Planning Process
        1. Draft the objectives with your manager
        1. Share them in the team channel
        """)
    assert structure(okr_file) == []


def test_glossed_plan_fields_beside_a_key_results_label_are_fields() -> None:
    okr_file, _ = read("""\
        #### Cải tiến 1 (IP-001): Chuẩn hóa tài liệu PRD

        *   **Mục tiêu:** Mọi dự án đều có PRD theo mẫu chuẩn.
        *   **Lý do (Tại sao):** PRD giúp team có cùng một nguồn thông tin.
        *   **Key Results (Kết quả cần đạt):**
            *   *Kết quả 1:* Mẫu PRD chuẩn được ban hành.
            *   *Kết quả 2:* Toàn bộ dự án có PRD theo mẫu chuẩn.
        *   **Plans (Kế hoạch hành động):**
            1.  Rà soát mẫu PRD chuẩn.
        *   **Thực tế (Ghi chú/Dấu vết):** *(sẽ cập nhật sau)*
        """)
    assert structure(okr_file) == [
        (
            "Mọi dự án đều có PRD theo mẫu chuẩn.",
            (3, 19),
            [
                ("Mẫu PRD chuẩn được ban hành.", 6, 22),
                ("Toàn bộ dự án có PRD theo mẫu chuẩn.", 7, 22),
            ],
        )
    ]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # "Result 1:", "Result 2:" head every item: names, as "KR1:" would be
        ("Result 1", "Result 2", ["Match rate above 80%", "p95 response under 6 s"]),
        # … not when the numbers do not count from one, item by item
        (
            "Phase 2",
            "Phase 4",
            ["Phase 2: Match rate above 80%", "Phase 4: p95 response under 6 s"],
        ),
    ],
)
def test_items_numbered_by_one_word_are_named_not_worded(
    first: str, second: str, expected: list[str]
) -> None:
    okr_file, _ = read(f"""\
        ## Objective: Ship a trusted search

        - {first}: Match rate above 80%
        - {second}: p95 response under 6 s
        """)
    assert [kr.text for kr in okr_file.objectives[0].key_results] == expected


def test_a_vietnamese_strategic_objective_label_and_its_plural_section() -> None:
    assert parse("Mục tiêu Chiến lược (Strategic Objective): Tăng năng suất").kind == "objective"
    assert parse("3. Các Mục tiêu Chiến lược (Strategic Objectives)", heading=True).kind == (
        "objectives"
    )
    assert parse("目标（Objective）：", heading=True).kind == "objective"
    okr_file, _ = read("""\
        # Strategy 1 (S-001): Solodev

        * **Tầm nhìn (Vision):** Trở thành công ty đầu tiên.
        * **Mục tiêu Chiến lược (Strategic Objective):** Tăng năng suất gấp 10 lần.
        * **Key Results (Kết quả then chốt - Năm 2026):**
          * **KR1:** Hoàn thiện hệ điều hành Solodev.
          * **KR2:** Giảm 90% chi phí quản lý.
        """)
    assert [(o.text, [k.text for k in o.key_results]) for o in okr_file.objectives] == [
        (
            "Tăng năng suất gấp 10 lần.",
            ["Hoàn thiện hệ điều hành Solodev.", "Giảm 90% chi phí quản lý."],
        )
    ]


def test_a_kr_text_column_beside_a_metric_target_column() -> None:
    okr_file, _ = read("""\
        ## Objective 1 — Modes run live

        | Id | KR text | Metric / Target | Linked overall KR |
        |----|---------|-----------------|-------------------|
        | P-O1.1 | Modes running on a live track (baseline 0 of 3) | 3 of 3 modes live | KR-O1.1 |
        | P-O1.2 | Blocking review findings open (baseline 6) | 0 open | KR-O1.1 |
        """)
    assert structure(okr_file) == [
        (
            "Modes run live",
            (1, 18),
            [
                ("Modes running on a live track (baseline 0 of 3): 3 of 3 modes live", 5, 12),
                ("Blocking review findings open (baseline 6): 0 open", 6, 12),
            ],
        )
    ]


def test_a_span_of_weeks_after_an_objective_is_when_not_what() -> None:
    okr_file, _ = read("""\
        ### Objective 1: Test Reliability Engineering (Weeks 1-2)

        - KR1: Flaky test rate below 1%
        """)
    assert okr_file.objectives[0].text == "Test Reliability Engineering"


def test_a_quoted_objective_line_over_a_key_results_table() -> None:
    okr_file, _ = read("""\
        ## 확정 OKR

        > **Objective**: 처음 방문한 게스트가 30초 안에 곡을 찾아낸다.

        | # | Key Result | 목표치 |
        |---|---|---|
        | KR1 | 검색 응답 시간 | p95 ≤ 6초 |
        | KR2 | 첫 방문 내 검색 완료율 | ≥ 70% |

        ### KR별 실행 메모

        **KR1 — 매칭률**
        - 테스트 곡 셋 구성 기준

        ## 측정 현황 (2026-07-22 기준)

        - **KR1**: 미측정
        """)
    assert structure(okr_file) == [
        (
            "처음 방문한 게스트가 30초 안에 곡을 찾아낸다.",
            (3, 18),
            [("검색 응답 시간: p95 ≤ 6초", 7, 9), ("첫 방문 내 검색 완료율: ≥ 70%", 8, 9)],
        )
    ]


@pytest.mark.parametrize(
    "title", ["关联指标 (2)", "Q3 剩余工作", "KR별 실행 메모", "측정 현황 (2026-07-22 기준)"]
)
def test_notes_metrics_and_work_left_are_no_okrs(title: str) -> None:
    okr_file, _ = read(f"""\
        ### 目标：建立市场情报能力

        - KR1：完成 6 篇行业报告摘要

        ### {title}

        - 完成 IDC 客服报告摘要
        - **KR1**: 미측정 — 대기
        """)
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [("建立市场情报能力", 1)]


def test_a_goal_line_then_its_objective_line_are_one_objective() -> None:
    # "**Goal 1: …**" with "*Objective: …*" on the next line: one objective (named by the
    # goal, stated by the objective line), not two — as "**Company OKR 1: …**" then
    # "**Objective:** …" already were
    okr_file, _ = read("""\
        ### 3.1 Product Goals (OKRs)

        **Goal 1: Frictionless AI generation**
        *Objective: Make AI feel like a native collaborator that understands intent.*
        - **KR 1.1:** Time to first node under 30 s for 95% of users
        - **KR 1.2:** 80% of users report high satisfaction

        **Goal 2: Real-time collaboration**
        *Objective: Feel as responsive as a local application for every editor.*
        - **KR 2.1:** p95 echo latency under 50 ms
        """)
    assert [(o.text, o.fields.get("name"), len(o.key_results)) for o in okr_file.objectives] == [
        (
            "Make AI feel like a native collaborator that understands intent.",
            "Frictionless AI generation",
            2,
        ),
        (
            "Feel as responsive as a local application for every editor.",
            "Real-time collaboration",
            1,
        ),
    ]


# -- wave 45b: conventions seen in real documents (hand-written fixtures) ----------------------
def test_one_semicolon_between_two_measured_clauses_is_two_key_results() -> None:
    okr_file, _ = read("""\
        | Objective | Key result |
        | --- | --- |
        | Money is right | 0 ledger errors in 1,000 test runs; daily reconciliation 0 gaps |
        | Fast | Churn under 5 %; measured monthly |
        """)
    assert structure(okr_file) == [
        (
            "Money is right",
            (3, 3),
            [("0 ledger errors in 1,000 test runs", 3, 20), ("daily reconciliation 0 gaps", 3, 56)],
        ),
        ("Fast", (4, 3), [("Churn under 5 %; measured monthly", 4, 10)]),
    ]


def test_separators_in_brackets_do_not_list_key_results() -> None:
    okr_file, _ = read("""\
        | Objective | Key result |
        | --- | --- |
        | Scale | Seed (900 products, 4k variants, 20k customers) loads in < 20 min |
        | Career | 10 stories (decision · trade-off · measurement) backed by merged PRs |
        """)
    assert [len(kr) for _, _, kr in structure(okr_file)] == [1, 1]
    assert structure(okr_file)[1][2] == [
        ("10 stories (decision · trade-off · measurement) backed by merged PRs", 4, 12)
    ]


def test_requirement_ids_after_a_key_result_are_where_it_is_specified() -> None:
    okr_file, _ = read("""\
        ## Objective: Tenants are isolated

        - Cross-tenant suite covers 100% of endpoints with 0 failures (NFR-SEC-01)
        - Webhook p95 under 10 s (NFR-FAIR-01/02)
        - Ledger writes 1,000 entries/s (NFR-PER-01..04)
        """)
    assert [kr for _, _, krs in structure(okr_file) for kr, _, _ in krs] == [
        "Cross-tenant suite covers 100% of endpoints with 0 failures",
        "Webhook p95 under 10 s",
        "Ledger writes 1,000 entries/s",
    ]


def test_next_last_and_linked_fields_beside_key_results_are_not_key_results() -> None:
    okr_file, _ = read("""\
        ### 1. [REVENUE] Payment Works Everywhere
        - Status: active
        - Next: Review the SSO pull request, then merge.
        - Last: Jules completed the SSO implementation.
        - Key Results:
          - [ ] All 3 processors accepting live payments
          - [ ] Signup-to-paid in under 3 minutes
        - Linked: fix-xendit-pricing, fix-dodopay-500
        """)
    assert structure(okr_file) == [
        (
            "Payment Works Everywhere",
            (1, 18),
            [
                ("All 3 processors accepting live payments", 6, 9),
                ("Signup-to-paid in under 3 minutes", 7, 9),
            ],
        )
    ]


def test_bullets_under_a_bare_objective_heading_state_it_above_its_key_results() -> None:
    okr_file, _ = read("""\
        ## 4. Objective
        - Ship a demoable MVP that shows live device state.
        - **Key Results (first loop):**
          - KR1: Sensor data updates on-screen within 2 s of publishing.
          - KR2: 1 control command round-trips to the device.
        """)
    assert structure(okr_file) == [
        (
            "Ship a demoable MVP that shows live device state.",
            (2, 3),
            [
                ("Sensor data updates on-screen within 2 s of publishing.", 4, 10),
                ("1 control command round-trips to the device.", 5, 10),
            ],
        )
    ]


def test_statement_bullets_then_a_glossed_key_results_label_in_full_width_brackets() -> None:
    okr_file, _ = read("""\
        ## 4. Objective

        - 试用可玩、付费模型必须充值。
        - 邀请带来的额度不能洗成通用余额。

        **Key Results（上线后 30 天）**

        - KR1：≥80% 新注册用户钱包出现 $10 赠送金。
        - KR2：付费模型请求 0 次从赠送金扣成功。
        """)
    assert structure(okr_file) == [
        (
            "试用可玩、付费模型必须充值。 邀请带来的额度不能洗成通用余额。",
            (3, 3),
            [
                ("≥80% 新注册用户钱包出现 $10 赠送金。", 8, 7),
                ("付费模型请求 0 次从赠送金扣成功。", 9, 7),
            ],
        )
    ]


def test_statement_bullets_without_key_results_after_them_are_not_joined() -> None:
    # a list under "## Objective" that no key results follow: not one objective's sentences
    okr_file, _ = read("""\
        ## Objective

        - Grow revenue
        - Delight customers

        ## Notes

        Some prose.
        """)
    assert not any("Grow revenue Delight" in title for title, _, _ in structure(okr_file))


# -- wave 46: conventions seen in real documents (hand-written fixtures) -----------------------
def test_a_hard_wrapped_key_result_line_ending_in_a_bracket_or_an_open_word_goes_on() -> None:
    okr_file, _ = read("""\
        ## Goal 1: Become the analytics layer HR leaders use

        **KR 1.2:** Time-to-first-insight drops from 23 days (current, after sales hand-off)
        to 7 days by Q3. Define "meaningful" as rated relevant to a decision by the user
        in the same week it was shown.

        **KR 1.3:** Audit log (who accessed what data, and what changed) ships to beta by
        Q3, GA by Q4.

        **KR 1.4:** Role-based access control (viewer, editor, admin, department) ships
        GA by Q3.
        """)
    assert structure(okr_file) == [
        (
            "Become the analytics layer HR leaders use",
            (1, 12),
            [
                (
                    "Time-to-first-insight drops from 23 days (current, after sales hand-off) "
                    "to 7 days by Q3.",
                    3,
                    13,
                ),
                (
                    "Audit log (who accessed what data, and what changed) ships to beta by Q3, "
                    "GA by Q4.",
                    7,
                    13,
                ),
                (
                    "Role-based access control (viewer, editor, admin, department) ships GA by Q3.",
                    10,
                    13,
                ),
            ],
        )
    ]


def test_block_markers_an_editor_escaped_are_read_as_written() -> None:
    okr_file, _ = read("""\
        \\## 4. Objective

        \\### Objective

        Build a cross-chain renewal guard that demos reliably on testnet.

        \\### Key Results (SMART)

        1\\. Complete 1 real end-to-end trigger before the deadline.

        2\\. Demo-day execution success rate reaches 100%.

        ## 2\\. Execution model

        1.  The origin chain emits an event.
        2.  The reactive contract subscribes to it.
        """)
    assert structure(okr_file) == [
        (
            "Build a cross-chain renewal guard that demos reliably on testnet.",
            (5, 1),
            [
                ("Complete 1 real end-to-end trigger before the deadline.", 9, 5),
                ("Demo-day execution success rate reaches 100%.", 11, 5),
            ],
        )
    ]


def test_a_few_escaped_characters_are_left_as_they_are() -> None:
    # one escaped marker is the author's: "\\#1" is the text "#1", not a heading
    text = "## Objective: Grow usage\n\n\\#1 ranked plugin\n\n- \\- not a bullet\n"
    assert unescaped_markers(text) == text
    escaped = "\\## O1\n\n\\- a\n\n1\\. b\n"
    assert unescaped_markers(escaped) == " ## O1\n\n - a\n\n 1. b\n"


def test_a_team_section_of_okrs_numbers_its_key_results_afresh() -> None:
    okr_file, _ = read("""\
        ## Company OKRs

        ### O1: Own semantic search
        - KR 1.1: Search latency under 2 s at 100K files
        - KR 1.2: 30-day retention reaches 80%

        ## Engineering Team OKRs

        | Objective | Key Results | Owner |
        |-----------|-------------|-------|
        | Deliver fast, reliable search | KR 1.1: p95 query latency <100ms | Search |
        | | KR 1.2: 99.9% daemon uptime | Platform |

        ## Risks

        | KR | Risk |
        |----|------|
        | KR 1.1 | Index size grows faster than planned |
        """)
    assert [(title, [kr for kr, _, _ in krs]) for title, _, krs in structure(okr_file)] == [
        (
            "Own semantic search",
            ["Search latency under 2 s at 100K files", "30-day retention reaches 80%"],
        ),
        ("Deliver fast, reliable search", ["p95 query latency <100ms", "99.9% daemon uptime"]),
    ]


def test_a_yaml_fence_under_a_heading_that_names_the_okrs_is_read_as_yaml() -> None:
    okr_file, _ = read("""\
        ## Success Metrics & OKRs

        ### Strategic OKRs (Annual)
        ```yaml
        Strategic_OKRs_2025:
          objective_1_market_leadership:
            description: "Establish market leadership in AI-first solutions"
            key_results:
              - "Achieve 15% market share in target segments"
              - "Net Promoter Score >60 across all segments"
        ```

        ### Operational KPIs
        ```yaml
        Operational_KPIs:
          reliability:
            - "System uptime: >99.9%"
        ```
        """)
    assert structure(okr_file) == [
        (
            "Establish market leadership in AI-first solutions",
            (7, 19),
            [
                ("Achieve 15% market share in target segments", 9, 10),
                ("Net Promoter Score >60 across all segments", 10, 10),
            ],
        )
    ]


def test_a_yaml_fence_elsewhere_is_configuration() -> None:
    okr_file, _ = read("""\
        ## Deployment

        ```yaml
        okrs:
          - objective: Not ours
            key_results: ["Ship it"]
        ```
        """)
    assert structure(okr_file) == []


# -- wave 46c: conventions seen in real documents (hand-written fixtures) ----------------------
def test_a_span_of_quarters_is_a_period_over_its_objective() -> None:
    okr_file, _ = read("""\
        **Q2 2025:**
        - **Objetivo:** Tornar-se referência no time
          - KR1: Treinar 3+ desenvolvedores

        **Q3-Q4 2025:**
        - **Objetivo:** Escalar impacto
          - KR1: Implementar 2+ sistemas greenfield
        """)
    assert [(o.text, o.period) for o in okr_file.objectives] == [
        ("Tornar-se referência no time", "Q2 2025"),
        ("Escalar impacto", "Q3-Q4 2025"),
    ]


def test_an_okr_heading_with_a_short_cjk_name_is_stated_by_its_objective_line() -> None:
    okr_file, _ = read("""\
        ## ✅ OKR 0 完成度

        **Objective**: 搭建完善的技术平台,让Agent可以正常运行

        **Key Results**:

        - [x] KR1: LangGraph 部署完成 ✅
        """)
    assert structure(okr_file) == [
        ("搭建完善的技术平台,让Agent可以正常运行", (3, 16), [("LangGraph 部署完成", 7, 12)])
    ]
    assert okr_file.objectives[0].fields["name"] == "完成度"


def test_a_measurement_indicator_column_holds_what_the_key_result_measures() -> None:
    okr_file, _ = read("""\
        **Objective：成為線上活動主持人首選的抽獎工具**

        | Key Result | 量測指標 | 目標時間 |
        |------------|---------|---------|
        | KR1：技術基礎可靠 | 建立房間成功率 ≥ 99.5%，連續 30 天 | 上線後第 1 個月 |
        """)
    assert [kr for _, _, krs in structure(okr_file) for kr, _, _ in krs] == [
        "技術基礎可靠: 建立房間成功率 ≥ 99.5%，連續 30 天"
    ]


def test_a_release_goal_heading_over_a_core_goal_and_its_key_results_table() -> None:
    # "## 4. V1.1 目标" and "### 4.1 核心目标" are labels over the statement below them (a
    # release's goals, a core goal); "关键成果（OKR）" glossed is the key results' section
    okr_file, _ = read("""\
        ## 4. V1.1 目标

        ### 4.1 核心目标

        让零编程基础的读者独立完成一个网站。

        ### 4.2 关键成果（OKR）

        | 关键结果 | 衡量方式 |
        |----------|----------|
        | KR1：读者能写出自己的 PRD | 使用模板完成一份产品文档 |
        """)
    assert structure(okr_file) == [
        ("让零编程基础的读者独立完成一个网站。", (5, 1), [("读者能写出自己的 PRD", 11, 7)])
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("V1.1 Goals", "objectives"),
        ("关键成果（OKR）", "key_results"),
        ("Key Results (OKRs)", "key_results"),
        ("Company OKRs", "container"),
        ("核心风险", None),  # a qualifier runs on to a word that is no section of OKRs
    ],
)
def test_section_titles_with_qualifiers_and_glosses(title: str, kind: str | None) -> None:
    assert section_kind(title) == kind


@pytest.mark.parametrize("title", ["核心目标", "产品目标", "V1.1 目标", "MVP 目标"])
def test_a_qualified_objective_label_awaits_its_statement(title: str) -> None:
    label = parse(title, heading=True)
    assert (label.kind, label.text, label.generic) == ("objective", "", True)


def test_objective_dash_key_result_bullets_under_a_heading_that_names_the_okrs() -> None:
    okr_file, _ = read("""\
        ## Goal
        To create an intuitive workspace for autonomous AI agents.

        ## Objectives & Key Results (OKRs)
        - Reduce user friction in managing multiple AI tasks – 40% reduction in tool-switching time
        - Enable collaborative task execution among AI agents – >70% agent task completion rate

        ## Success Metrics
        - Avg. # of agents created per user
        - Daily active users (DAU)
        """)
    assert structure(okr_file) == [
        (
            "Reduce user friction in managing multiple AI tasks",
            (5, 3),
            [("40% reduction in tool-switching time", 5, 56)],
        ),
        (
            "Enable collaborative task execution among AI agents",
            (6, 3),
            [(">70% agent task completion rate", 6, 57)],
        ),
    ]


def test_dashed_items_without_a_number_after_the_dash_are_not_pairs() -> None:
    okr_file, _ = read("""\
        ## OKRs
        - Agent Creation Panel – Users can create specialized AI agents
        - Task Assignment – Assign goals or prompts to each agent
        """)
    assert all(not krs for _, _, krs in structure(okr_file))


def test_an_item_that_titles_the_table_it_holds_is_no_key_result() -> None:
    okr_file, _ = read("""\
        ## Opportunity Assessment

        - **Business objective**: cut reconciliation time for independent restaurants.
        - **Target customer**: owner-operators who reconcile by hand.
        - **Alternatives considered** — why this job, not another:

          | Alternative | Why it falls short |
          |---|---|
          | Manual reconciliation | ~12 hrs/week |
        """)
    assert all(not krs for _, _, krs in structure(okr_file))


# -- wave 47: conventions seen in fresh documents ------------------------------------------------
def test_objective_items_with_their_key_results_folded_into_each() -> None:
    # every item of the list is read in the list's role, not in the details role the lines
    # folded into the item above left behind; an unnumbered "KR:" lists several
    okr_file, _ = read("""\
        # Plan

        ## OKRs

        - **O1:** Keep our users happy.
          KR: churn below 3% · weekly actives above 2k
        - **O2:** Grow the revenue of the company.
          KR1: revenue from 1M to 2M
        """)
    assert structure(okr_file) == [
        (
            "Keep our users happy.",
            (5, 11),
            [("churn below 3%", 6, 7), ("weekly actives above 2k", 6, 24)],
        ),
        ("Grow the revenue of the company.", (7, 11), [("revenue from 1M to 2M", 8, 8)]),
    ]


def test_key_results_listed_on_their_label_s_line() -> None:
    okr_file, _ = read("""\
        ## OKRs

        Objective: Keep users.
        Key results: churn below 3%; weekly actives above 2k; NPS above 40.
        """)
    assert structure(okr_file) == [
        (
            "Keep users.",
            (3, 12),
            [
                ("churn below 3%", 4, 14),
                ("weekly actives above 2k", 4, 30),
                ("NPS above 40.", 4, 55),
            ],
        )
    ]


def test_numbered_key_result_columns_are_one_key_result_per_cell() -> None:
    okr_file, _ = read("""\
        ## Objectives and Key Results

        | Objective | Key Result 1 | Key Result 2 |
        | :--- | :--- | :--- |
        | **O1: Convert leads** | Reach 5% conversion on /hire. | Book 4+ calls a month. |
        | **O2: Monetise** | Launch 3 products. | |
        """)
    assert structure(okr_file) == [
        (
            "Convert leads",
            (5, 9),
            [("Reach 5% conversion on /hire.", 5, 27), ("Book 4+ calls a month.", 5, 59)],
        ),
        ("Monetise", (6, 9), [("Launch 3 products.", 6, 22)]),
    ]
    # a tracking table with a column per key result holds each date's scores, not key results
    tracked, _ = read("""\
        ## Objective: Grow the community

        - KR1: 50 monthly contributors
        - KR2: 1,200 forum members

        | Date | KR #1 | KR #2 |
        |---|:-:|:-:|
        | 23.04.19 | (31) **0.06** | (182,318) **0.08** |
        """)
    assert [len(o.key_results) for o in tracked.objectives] == [2]


def test_a_numbered_group_before_the_objective_is_its_field() -> None:
    okr_file, _ = read("""\
        # Roadmap

        ## OKRs (Four Fronts)

        Front One — Tons of Fun
        - KR1: Ship 3 canary balance changes with zero critical regressions.
        - KR2: Improve D+7 return rate by +3% in canary cohorts.

        Front Two — AI Safety
        - KR1: Dual-key approvals enforced on 100% protected orders.
        """)
    first, second = okr_file.objectives
    assert (first.text, first.span.line, first.span.column) == ("Tons of Fun", 5, 13)
    assert (second.text, second.span.line, second.span.column) == ("AI Safety", 9, 13)
    assert (first.fields["group"], second.fields["group"]) == ("Front One", "Front Two")
    assert [len(o.key_results) for o in okr_file.objectives] == [2, 1]


def test_a_smart_table_s_measurable_column_and_a_wrapped_quoted_objective() -> None:
    okr_file, _ = read("""\
        ## Objective

        > **FM-Agent** によって、
        > テスト実行を自動化し、手作業を排除する。

        ## Key Results

        | # | Key Result | Specific | Measurable | Time-bound |
        |:--|:--|:--|:--|:--|
        | KR1 | XML の自動貼付 | クリップボード経由 | 成功率 ≥ 90% | 2026-04-30 |
        """)
    assert structure(okr_file) == [
        (
            "FM-Agent によって、テスト実行を自動化し、手作業を排除する。",
            (3, 5),
            [("XML の自動貼付: 成功率 ≥ 90%", 10, 9)],
        )
    ]


def test_objective_metric_target_rows_under_a_heading_that_names_the_okrs() -> None:
    okr_file, _ = read("""\
        ## Product OKRs

        | Objective | Metric | Target |
        |---|---|---|
        | **Adoption** | Projects generated per week | > 100 |
        | **Quality** | Architect approval rate | > 80% |
        """)
    assert structure(okr_file) == [
        ("Adoption", (5, 5), [("Projects generated per week: > 100", 5, 18)]),
        ("Quality", (6, 5), [("Architect approval rate: > 80%", 6, 17)]),
    ]


def test_a_roll_up_row_and_a_breakdown_of_the_key_results_read_are_not_new_ones() -> None:
    okr_file, _ = read("""\
        **Objective:** Set security standards for internal AI work

        ## Key Results Dashboard

        | Key Result | Target | Actual |
        | :--- | :---: | :---: |
        | **KR 1:** Sandbox UI components | 20 widgets | 52 |
        | **KR 2:** Guardrail rules | 15 rules | 29 |
        | **Average Achievement** | | 210% |

        ## KR Breakdown

        ### KR 1: Sandbox infrastructure
        > *Deliver a sandbox with 20 components.*

        ### KR 2: Guardrails
        > *Configure 15 content filter rules.*
        """)
    assert structure(okr_file) == [
        (
            "Set security standards for internal AI work",
            (1, 16),
            [("Sandbox UI components: 20 widgets", 7, 13), ("Guardrail rules: 15 rules", 8, 13)],
        )
    ]


def test_a_tracker_s_pointers_to_its_evidence_are_not_the_key_result_s_words() -> None:
    okr_file, _ = read("""\
        ## v0.2

        **Objective:** Compare configurations.

        **Key results:**
        - [x] `compare` with dataset version guard (E-16) — sprint-eval-02 Task 03
        - [x] ≥ 1 candidate run and compared with baseline (E-7) — exp-003, Δ +0.104
        - [x] Analysis report — [baseline report](../reports/baseline.md)
        - [x] dataset-map.md approved — 2026-06-14
        """)
    assert structure(okr_file) == [
        (
            "Compare configurations.",
            (3, 16),
            [
                ("compare with dataset version guard", 6, 8),
                ("≥ 1 candidate run and compared with baseline", 7, 7),
                ("Analysis report", 8, 7),
                ("dataset-map.md approved", 9, 7),
            ],
        )
    ]


def test_a_metric_column_after_the_target_says_how_it_is_counted() -> None:
    okr_file, _ = read("""\
        ## Objective 1: Prove the loop works

        | Key Result | Target | Metric |
        |---|---|---|
        | KR1: Strangers complete 3 skill runs | 5 users | Count of distinct installs |
        """)
    assert structure(okr_file) == [
        ("Prove the loop works", (1, 17), [("Strangers complete 3 skill runs: 5 users", 5, 8)])
    ]


def test_operational_metrics_beside_the_okrs_are_not_an_objective() -> None:
    okr_file, _ = read("""\
        ## Métricas Clave (KPIs / OKRs)

        ### OKR Q1 2026

        **Objetivo**: Validar product-market fit

        | Key Result | Target |
        |---|---|
        | KR1: Usuarios activos | 50 |

        ### Métricas Operacionales

        | Métrica | Fórmula |
        |---|---|
        | **Uptime** | (online / total) × 100 |
        """)
    assert structure(okr_file) == [
        ("Validar product-market fit", (5, 15), [("Usuarios activos: 50", 9, 8)])
    ]


def test_an_objective_s_unlabelled_sub_headings_are_its_key_results_when_most_are_empty() -> None:
    okr_file, _ = read("""\
        # OKRs

        ## 2016 Q3

        ### Improve interop testing

        #### Imports happening daily

        - Add a builder

        #### Eliminate the build step

        Test harness runs unbuilt tests

        #### Eliminate the pull-request backlog

        ### Improve web compat

        #### Bugs filed for every failing test

        - triage the list

        #### Ship 3 interop fixes

        - fix A
        """)
    assert structure(okr_file) == [
        (
            "Improve interop testing",
            (5, 5),
            [
                ("Imports happening daily", 7, 6),
                ("Eliminate the build step", 11, 6),
                ("Eliminate the pull-request backlog", 15, 6),
            ],
        ),
        # (where most sub-headings hold key results, they are objectives)
        ("Bugs filed for every failing test", (19, 6), [("triage the list", 21, 3)]),
        ("Ship 3 interop fixes", (23, 6), [("fix A", 25, 3)]),
    ]


def test_a_section_indented_as_a_whole_is_read_as_the_markdown_it_is() -> None:
    okr_file, _ = read("""\
        # Team plan

        ## 2016 Q3

            ### Improve interop testing

            Invest in a test suite.

                #### Imports happening daily

                *   Add a builder

                #### Eliminate the build step

                #### Eliminate the pull-request backlog
        """)
    assert structure(okr_file) == [
        (
            "Improve interop testing",
            (5, 9),
            [
                ("Imports happening daily", 9, 14),
                ("Eliminate the build step", 13, 14),
                ("Eliminate the pull-request backlog", 15, 14),
            ],
        )
    ]


def test_a_sprint_goal_with_key_results_checked_off_line_by_line() -> None:
    okr_file, _ = read("""\
        # Sprint 1

        ## Цель спринта

        Подготовить базовую инфраструктуру проекта.

        ## Ключевые результаты (KR)

        ✅ Все константы обновлены
        ✅ Build проходит без ошибок

        ## Задачи

        ### 1. Обновить константы

        - [ ] Заменить все URL
        """)
    assert structure(okr_file) == [
        (
            "Подготовить базовую инфраструктуру проекта.",
            (5, 1),
            [("Все константы обновлены", 9, 3), ("Build проходит без ошибок", 10, 3)],
        )
    ]


def test_blog_theme_okr_tags_with_the_objective_under_the_tag() -> None:
    okr_file, _ = read("""\
        {% okr 目标 %}
        2024年的小目标：完善 VicoBlog
        来自复盘：已搭建好框架

        <!-- okr kr1 percent:1 -->
        部署到Github Page
        {% checkbox 创建组织 checked:true %}

        <!-- okr kr2 percent:0.5 -->
        部署到vercel

        {% endokr %}
        """)
    assert structure(okr_file) == [
        ("完善 VicoBlog", (2, 11), [("部署到Github Page", 6, 1), ("部署到vercel", 10, 1)])
    ]


def test_a_kr_table_heading_and_a_second_key_result_column() -> None:
    okr_file, _ = read("""\
        ## 2. Objetivo general (OKR)

        Entregar la fase de compilación con documentación completa.

        | KR | Resultado clave | Meta | Estado |
        |----|-----------------|------|--------|
        | KR1 | Arquitectura documentada y aprobada | 1 doc | Completo |

        ### KR 表

        | KR# | 关键结果 | 目标值 |
        |-----|---------|--------|
        | KR2 | 决策日志完整率 | 100% |
        """)
    assert structure(okr_file) == [
        (
            "Entregar la fase de compilación con documentación completa.",
            (3, 1),
            [("Arquitectura documentada y aprobada: 1 doc", 7, 9), ("决策日志完整率: 100%", 13, 9)],
        )
    ]


def test_words_that_would_title_a_section_measure_a_key_result_beside_its_target() -> None:
    okr_file, _ = read("""\
        ### 2.4 Key Results (OKRs)
        | Objective | Key Result | Target | Status |
        |-----------|------------|--------|--------|
        | Automation | Scheduled tasks | 100% compliance | Pending |
        """)
    assert structure(okr_file) == [
        ("Automation", (4, 3), [("Scheduled tasks: 100% compliance", 4, 16)])
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Details", "ignored_section"),
        ("Métricas Operacionales", "ignored_section"),
        ("📈 Métricas Clave (KPIs / OKRs)", "container"),
        ("Задачи", "ignored_section"),
        ("KR 表", "key_results"),
        ("Key results table", "key_results"),
    ],
)
def test_wave_47_section_titles(title: str, kind: str) -> None:
    assert section_kind(title) == kind


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Sprint goal: Ship the beta", "Ship the beta"),
        ("Цель проекта: Запустить бету", "Запустить бету"),
        ("2024年的小目标：完善 VicoBlog", "完善 VicoBlog"),
    ],
)
def test_qualified_goal_labels(line: str, text: str) -> None:
    label = parse(line)
    assert (label.kind, label.text) == ("objective", text)


# -- wave 48: conventions seen in fresh documents ------------------------------------------------
def test_an_outline_numbered_objective_heading_over_a_quote_and_cards_on_its_krs() -> None:
    okr_file, _ = read("""\
        # PRD-3：约束驱动布局优化

        ## §3 业务目标与成功指标（OKR + Metric Definition Cards）

        ### 3.1 Objective

        > **在 Phase 1 内生成 ≥ 20 个布局候选方案。**

        ### 3.2 KR 列表

        | KR 编号 | 关键结果 | 衡量标准 |
        |---------|---------|--------|
        | KR1 | 硬约束自动验证覆盖率 | ≥ 95% |

        ### 3.3 Metric Definition Cards

        **KR1 指标卡：硬约束自动验证覆盖率**

        ## §11 非功能性需求（NFR）

        | 指标 | 要求 |
        |------|------|
        | 布局生成 P95 延迟 | ≤ 30 分钟 |
        """)
    assert structure(okr_file) == [
        (
            "在 Phase 1 内生成 ≥ 20 个布局候选方案。",
            (7, 5),
            [("硬约束自动验证覆盖率: ≥ 95%", 13, 9)],
        )
    ]
    assert okr_file.objectives[0].key_results[0].fields["label"] == "KR1"


def test_the_main_goal_beneath_the_objective_s_heading_and_releases_are_no_okrs() -> None:
    okr_file, _ = read("""\
        ## 4. Objetivo

        ### Meta principal

        > Reduzir inconsistências no código gerado por agentes.

        ### Key Results (mensuráveis)

        | KR | Métrica | Meta |
        |----|---------|------|
        | KR1 | Redução de funções duplicadas por sessão | −60% vs. baseline |

        ## 8. Releases

        ### v1 — MVP

        **Objetivo**: Provar que a extração funciona.

        - SymbolExtractor para Python
        """)
    assert structure(okr_file) == [
        (
            "Reduzir inconsistências no código gerado por agentes.",
            (5, 3),
            [("Redução de funções duplicadas por sessão: −60% vs. baseline", 11, 9)],
        )
    ]


def test_a_tracker_s_timeline_field_after_the_target_is_when_not_what() -> None:
    okr_file, _ = read("""\
        ### OKR

        **Objective**: 사용자 식별을 안정화한다

        1. KR: 인증 플로우 평균 소요 시간 -- Baseline: N/A / Target: <3초 / Timeline: Cycle 1 후
        """)
    ((_, _, krs),) = structure(okr_file)
    assert krs == [("인증 플로우 평균 소요 시간 -- Baseline: N/A / Target: <3초", 5, 8)]
    assert okr_file.objectives[0].key_results[0].fields["due"] == "Cycle 1 후"


def test_ids_typed_with_a_non_breaking_hyphen() -> None:
    # "OBJ‑1", "KR‑1.1" with U+2011: the same labels as with "-", the words as written
    okr_file, _ = read("""\
        ## 1) Objectives & Key Results

        **OBJ\u20111: Tenant Quotas & Rate Limits**
        - **KR1.1** Token\u2011bucket limiter keyed by tenant.
        - **KR1.2** Quota config with hot\u2011reload.

        **OBJ\u20112: Diff Audit UI**
        - **KR2.1** Grid with status and filters.
        """)
    assert [(o.text, o.fields.get("label"), len(o.key_results)) for o in okr_file.objectives] == [
        ("Tenant Quotas & Rate Limits", "OBJ-1", 2),
        ("Diff Audit UI", "OBJ-2", 1),
    ]
    first = okr_file.objectives[0].key_results[0]
    assert first.text == "Token\u2011bucket limiter keyed by tenant."


# -- wave 50: conventions seen in fresh documents ------------------------------------------------


def test_labelled_key_results_as_paragraphs_of_the_objective_s_list_item() -> None:
    # "- O:  Hiring" with "KR:  …" paragraphs indented beneath it, a blank line apart: each is
    # a line of its own, as when typed without the blank lines
    okr_file, _ = read("""\
        ## Objectives & KRs

        - O:  Hiring/Leverage

            KR:  Weekly call happens at least 75% of weeks

            KR:  Hire at least 2 engineers per quarter

        - O:  Critical fixes

            KR:  Implement connection management (P0)
        """)
    assert structure(okr_file) == [
        (
            "Hiring/Leverage",
            (3, 7),
            [
                ("Weekly call happens at least 75% of weeks", 5, 10),
                ("Hire at least 2 engineers per quarter", 7, 10),
            ],
        ),
        ("Critical fixes", (9, 7), [("Implement connection management", 11, 10)]),
    ]


def test_a_section_its_author_disowns_is_not_read() -> None:
    okr_file, _ = read("""\
        ## OKRs

        - O: Make the project well maintained
          - KR: 80% of issues answered within a week

        ## Everything below here is junk:

        #### OKRs

        - O: Reduce memory usage
          - KR: Replace the allocator
        """)
    assert [o.text for o in okr_file.objectives] == ["Make the project well maintained"]


_SPEC_WITH_A_VERTICAL_OKR_TABLE = """\
    # AI Product Spec

    ## 5. Product Goals

    | Goal | Description | Success Metric |
    |---|---|---|
    | Faster reports | From manual data collection to AI drafts | Draft time cut by 50% |
    | More trust | Every claim cited | Citation coverage ≥ 95% |

    ## 11. Evaluation

    ### 11.1. Evaluation Philosophy

    1. **Groundedness**: every claim has a source.
    2. **Correctness**: numbers match the structured data.

    ## 14. Metrics & OKRs

    ### 14.3. MVP OKR

    | Objective | Build a trustworthy research copilot for analysts. |
    |---|---|
    | KR1 – Leading | 80% of test tickers get a complete evidence table. |
    | KR2 – Quality | At least 10 reports approved with a correction rate below 15%. |
    """


def test_a_two_column_table_of_labels_and_words_with_the_objective_in_its_header_row() -> None:
    # the header row is the objective's ("| Objective | Build … |"); each row after it a key
    # result's ID with its kind ("KR1 – Leading") and, beside it, its words. Elsewhere in the
    # spec, a "Goal | … | Success Metric" table (its Goal column read as the target, so naming
    # no OKRs) and an outline-numbered heading ("### 11.1. …", not an objective's ID) over a
    # numbered list are the document's, not OKRs
    okr_file, _ = read(_SPEC_WITH_A_VERTICAL_OKR_TABLE)
    assert structure(okr_file) == [
        (
            "Build a trustworthy research copilot for analysts.",
            (21, 15),
            [
                ("80% of test tickers get a complete evidence table.", 23, 19),
                ("At least 10 reports approved with a correction rate below 15%.", 24, 19),
            ],
        )
    ]
    assert okr_file.objectives[0].key_results[0].fields["label"] == "KR1 – Leading"


def test_ids_of_another_kind_after_labelled_key_results_are_not_key_results() -> None:
    # "- **NG-001**: …" (non-goals) in the list of "- **KR1**: …", and a metrics table after
    # key results that came labelled: neither adds key results
    okr_file, _ = read("""\
        **Objective**: Make AI-assisted development visible and controllable
        - **KR1**: Import at least 10 skills with topology rendering (P0)
        - **KR2**: Gate confirmation takes under 30 seconds on average (P0)

        - **NG-001**: No multi-workspace concurrency this release.
        - **NG-002**: No mobile layout this release.

        | Metric | Target | Test scenario |
        |---|---|---|
        | First screen load | < 2s | cold start |
        """)
    assert structure(okr_file) == [
        (
            "Make AI-assisted development visible and controllable",
            (1, 16),
            [
                ("Import at least 10 skills with topology rendering", 2, 12),
                ("Gate confirmation takes under 30 seconds on average", 3, 12),
            ],
        )
    ]


def test_a_bold_labelled_objective_described_after_a_colon_or_in_brackets() -> None:
    okr_file, _ = read("""\
        ## OKR Herbalife

        **O1 — Baseline finanziaria consolidata**: costi 2026 documentati ✅
        **O2 — Controllo spesa Google Ads** (driver di costo principale): alert 10% da automatizzare
        """)
    assert [(o.text, o.span.line, o.span.column) for o in okr_file.objectives] == [
        ("Baseline finanziaria consolidata", 3, 8),
        ("Controllo spesa Google Ads", 4, 8),
    ]


def test_a_mission_heading_states_the_objective_a_bare_objective_heading_announces() -> None:
    okr_file, _ = read("""\
        # Interview coach — product strategy

        ## 1. Objective

        ### Mission

        Help job-searching PMs get hired faster through deliberate practice.

        ### North Star Metric

        **D7 repeat sessions**

        ### April OKRs

        | Key Result | Target | Status |
        |---|---|---|
        | Coaching quality score | 90%+ satisfaction | Not started |
        | Weekly active users | 10 | Not started |
        """)
    assert structure(okr_file) == [
        (
            "Help job-searching PMs get hired faster through deliberate practice.",
            (7, 1),
            [
                ("Coaching quality score: 90%+ satisfaction", 17, 3),
                ("Weekly active users: 10", 18, 3),
            ],
        )
    ]


def test_a_goal_statement_heading_announces_the_statement_beneath_it() -> None:
    # "# Goal" then "## Goal Statement": the objective announced twice, its words below; the
    # "Definition of Done" after the key results is not another objective
    okr_file, _ = read("""\
        # Goal

        ## Goal Statement
        Raise the performance score from 4/5 to 5/5 with verified evidence.

        ## Success Criteria
        - KR-01: Default page size of 20 for list calls.
        - KR-02: Every tool response stays under 100KB.

        ## Definition of Done
        - Baseline size and latency recorded.
        - Contract tests added.
        """)
    assert structure(okr_file) == [
        (
            "Raise the performance score from 4/5 to 5/5 with verified evidence.",
            (4, 1),
            [
                ("Default page size of 20 for list calls.", 7, 10),
                ("Every tool response stays under 100KB.", 8, 10),
            ],
        )
    ]


def test_a_fenced_statement_under_a_bare_objective_heading() -> None:
    okr_file, _ = read("""\
        ## SECCIÓN 8 — OKRs y KPIs del producto

        ### Objetivo (O):
        ```
        O: Eliminar la fricción de coordinar reuniones entre amigos con agendas
           distintas.
        ```

        ### Key Result 1 (KR1):

        | Campo | Detalle |
        |---|---|
        | Métrica | Tiempo promedio para coordinar una reunión |
        | Meta con el MVP | Menos de 5 minutos |
        """)
    assert structure(okr_file) == [
        (
            "Eliminar la fricción de coordinar reuniones entre amigos con agendas distintas.",
            (5, 4),
            [("Tiempo promedio para coordinar una reunión: Menos de 5 minutos", 13, 13)],
        )
    ]


def test_a_long_name_after_a_key_result_s_id_and_a_remark_in_brackets() -> None:
    # "**KR1 (meta-guardrail … , not value):**": the bracket names the key result, its words
    # follow; an item wholly in brackets is a remark beside the list, not a key result
    okr_file, _ = read("""\
        ## Sprint A33

        **Objective:** Autonomy: debt cleared with no action from the owner.

        - **KR1 (meta-guardrail of the sprint — process, not value):** 100% of lanes shipped.
        - **KR2:** zero monetary floats in the schemas.
        - *(The semver KR of the cut lane was met before the sprint.)*
        """)
    ((_, _, krs),) = structure(okr_file)
    assert krs == [
        ("100% of lanes shipped.", 5, 64),
        ("zero monetary floats in the schemas.", 6, 12),
    ]


# -- wave 51: conventions seen in fresh documents ------------------------------------------------


def test_objective_and_key_result_columns_below_a_section_that_only_names_objectives() -> None:
    # "## Annual Objectives" names the OKRs but holds a summary; each quarter's "| Objective |
    # Key Results | Owner |" table, whose columns name them, holds the OKRs
    okr_file, _ = read(
        """\
        # Security Roadmap

        ## Annual Objectives

        1. **Mature vulnerability management** with SLA compliance > 90%
        2. **Automated security gates** blocking insecure deployments

        ## Q1: Foundation

        ### Objectives

        | Objective | Key Results | Owner |
        |-----------|-------------|-------|
        | Complete 90-day plan | All day-90 deliverables achieved | Security Lead |
        | Secret management standardized | 80% of teams using approved solution | Security Eng |
        """,
        path="security-roadmap.md",  # (not a file named for its OKRs)
    )
    assert structure(okr_file) == [
        ("Complete 90-day plan", (14, 3), [("All day-90 deliverables achieved", 14, 26)]),
        (
            "Secret management standardized",
            (15, 3),
            [("80% of teams using approved solution", 15, 36)],
        ),
    ]


def test_a_fence_of_bare_labels_with_the_words_on_the_lines_after_them() -> None:
    # "Objective (O1):" then the statement, "Key Results:" then "KR 1.1 — …" wrapped onto an
    # indented line; the diagram below draws the same OKRs in short ("O1[O1 Segurança]")
    okr_file, _ = read("""\
        ## 5. OKRs RouteWise

        ### 5.1 OKR 1 — Segurança e sinistros

        ```
        Objective (O1):
          Tornar a frota mais segura e reduzir custos com sinistros.

        Key Results:
          KR 1.1 — Reduzir acidentes por excesso de velocidade
                   em 20% até setembro de 2026.
        ```

        ## 6. Árvore de alinhamento

        ```mermaid
        flowchart TB
          O1[O1 Segurança e sinistros]
          KR11[KR 1.1 −20% acidentes]
          O1 --> KR11
        ```
        """)
    assert structure(okr_file) == [
        (
            "Tornar a frota mais segura e reduzir custos com sinistros.",
            (7, 3),
            [("Reduzir acidentes por excesso de velocidade em 20% até setembro de 2026.", 10, 12)],
        )
    ]
    assert okr_file.objectives[0].fields["label"] == "O1"


def test_ids_in_brackets_categories_and_short_names_before_cjk_words() -> None:
    # "[O1]增效降本：…": the ID in brackets labels it, the short name before the full-width
    # colon names it; "KR1:[核心能力]…": the theme in brackets before the key result's words
    okr_file, _ = read("""\
        [O1]增效降本：完成「JONE」研发智能体基础能力建设和试点验证，建立资源弹性伸缩机制。

        KR1:[JONE建设]通过建立研发超级智能体基础框架及核心Skills，使得：
        \ta. 完成基础架构搭建。

        KR2:[资源优化]通过建立资源弹性伸缩机制和费用分摊透明化，使得：
        \ta. 建立费用分摊机制。
        """)
    ((title, _, krs),) = structure(okr_file)
    assert title == "完成「JONE」研发智能体基础能力建设和试点验证，建立资源弹性伸缩机制。"
    assert [text for text, _, _ in krs] == [
        "通过建立研发超级智能体基础框架及核心Skills，使得",
        "通过建立资源弹性伸缩机制和费用分摊透明化，使得",
    ]
    objective = okr_file.objectives[0]
    assert (objective.fields["label"], objective.fields["name"]) == ("O1", "增效降本")
    assert objective.key_results[0].fields["category"] == "JONE建设"


def test_a_key_result_written_as_its_fields_between_bars() -> None:
    okr_file, _ = read("""\
        ## OKRs

        **Objective:** Make the home dashboard every patient's daily entry point.

        - KR 1 — Description: "Monthly active dashboard users" | Target: "40% MAU" | Owner: "Ana"
        - KR 2 — Description: "Common dashboard actions response time" | Target: "p95 ≤ 1.5s"
        """)
    ((_, _, krs),) = structure(okr_file)
    assert krs == [
        ("Monthly active dashboard users: 40% MAU", 5, 24),
        ("Common dashboard actions response time: p95 ≤ 1.5s", 6, 24),
    ]
    assert okr_file.objectives[0].key_results[0].fields["owner"] == "Ana"


def test_a_number_column_in_chinese_holds_the_target() -> None:
    okr_file, _ = read("""\
        ## Month 1
        **目標**：驗證呢個定位有冇人想要。

        ### KR
        | KR | 數字 | 依據 |
        |:---|:---|:---|
        | KR1 發帖 | 12 個帖，每週 3 帖 | 內容一致性 |
        | KR2 followers | ≥ 150 | 冷啟動下限 |
        """)
    ((_, _, krs),) = structure(okr_file)
    assert [text for text, _, _ in krs] == ["發帖: 12 個帖，每週 3 帖", "followers: ≥ 150"]


# -- wave 52: conventions seen in fresh documents ------------------------------------------------


def test_a_key_result_heading_over_its_smart_breakdown() -> None:
    # "- **Specific**: …", "- **Measurable**: …", "- **Time-bound**: …": the key result's
    # fields, not key results of their own; the heading names it
    okr_file, _ = read("""\
        ## SMART Key Results — Q2 2026

        ### KR1 — Backtested excess return

        - **Specific**: Build a strategy with CAGR ≥ 30% out of sample.
        - **Measurable**: Sharpe ≥ 1.5, max drawdown ≤ 30%.
        - **Time-bound**: by 2026-06-30.

        ### KR2 — Strategy portfolio

        - **Specific**: 3-5 uncorrelated strategies.
        - **Time-bound**: 2026-06-30.
        """)
    ((_, _, krs),) = structure(okr_file)
    assert [text for text, _, _ in krs] == ["Backtested excess return", "Strategy portfolio"]


def test_an_area_in_brackets_between_the_id_and_the_colon() -> None:
    okr_file, _ = read("""\
        ## Phase 1: research and build

        O1 [Research]: Map the gap and set the route
        - KR1: Feature gap matrix against three competitors
        - KR2: Ranked roadmap published

        O2 [Build]: Close the gap fast
        - KR1: Ship one roadmap feature a day
        """)
    assert [
        (o.text, o.fields.get("category"), len(o.key_results)) for o in okr_file.objectives
    ] == [
        ("Map the gap and set the route", "Research", 2),
        ("Close the gap fast", "Build", 1),
    ]


def test_a_markdown_fence_of_labelled_okrs_under_a_heading_that_names_them() -> None:
    okr_file, _ = read("""\
        ### Success Metrics & Objectives

        #### Team OKRs (Objectives & Key Results)
        ```markdown
        **Objective 1: Zero-Defect Development**
        - KR1: Achieve >99% deployment success rate
        - KR2: Reduce critical post-deployment issues to <0.1%
        ```
        """)
    assert structure(okr_file) == [
        (
            "Zero-Defect Development",
            (5, 16),
            [
                ("Achieve >99% deployment success rate", 6, 8),
                ("Reduce critical post-deployment issues to <0.1%", 7, 8),
            ],
        )
    ]


# -- wave 53: conventions seen in fresh documents ------------------------------------------------
def test_goal_tables_under_roles_after_a_table_that_names_the_okrs() -> None:
    okr_file, _ = read(
        """\
        # Team goals and OKRs

        ### Q1 OKRs

        | Objective | Key Result 1 | Key Result 2 |
        |---|---|---|
        | Grow the marketplace | 2,000 weekly buyers | 300 active sellers |

        ## Role goals

        ### 1. Data engineer

        | Goal | Metric | Target | Frequency |
        |---|---|---|---|
        | Fresh data | Pipeline lag | < 1 h | Daily |
        | Coverage | Sources loaded | 12 | Monthly |
        """,
        path="team.md",
    )
    assert structure(okr_file) == [
        (
            "Grow the marketplace",
            (7, 3),
            [("2,000 weekly buyers", 7, 26), ("300 active sellers", 7, 48)],
        )
    ]


def test_a_target_column_is_the_target_before_a_goal_column() -> None:
    okr_file, _ = read("""\
        ## Objective: Make the data trustworthy

        | Goal | Metric | Target |
        |---|---|---|
        | Fresh data | Pipeline lag | < 1 h |
        """)
    assert [(kr.text, kr.span.line) for kr in okr_file.objectives[0].key_results] == [
        ("Pipeline lag: < 1 h", 5)
    ]


def test_teams_listing_a_labelled_objective_and_key_results_on_one_line() -> None:
    okr_file, _ = read(
        """\
        ### Department OKRs

        - Warehouse
          - Objective: Orders leave the same day
          - KRs: Same-day dispatch 95%; Picking errors < 0.5%
          - Contribution: New shelving plan
        - Support
          - Objective: Customers get answers fast
          - KRs: First reply under 2 h; CSAT 4.6; Backlog under 50
        """,
        path="plan.md",
    )
    assert structure(okr_file) == [
        (
            "Orders leave the same day",
            (4, 16),
            [("Same-day dispatch 95%", 5, 10), ("Picking errors < 0.5%", 5, 33)],
        ),
        (
            "Customers get answers fast",
            (8, 16),
            [("First reply under 2 h", 9, 10), ("CSAT 4.6", 9, 33), ("Backlog under 50", 9, 43)],
        ),
    ]


def test_an_objective_label_joined_to_its_number_by_a_hyphen() -> None:
    okr_file, _ = read(
        """\
        ## 1. Project goals (OKR)

        ### OKR-1：Learn the graph runtime
        - Define the flow with a state graph
        - Add a supervisor that routes requests

        ### Objective-2: Ship human review
        - Interrupt at the approval gate
        """,
        path="README.md",
    )
    assert structure(okr_file) == [
        (
            "Learn the graph runtime",
            (3, 11),
            [
                ("Define the flow with a state graph", 4, 3),
                ("Add a supervisor that routes requests", 5, 3),
            ],
        ),
        ("Ship human review", (7, 18), [("Interrupt at the approval gate", 8, 3)]),
    ]


def test_a_short_key_result_heading_states_it_where_the_others_do() -> None:
    okr_file, _ = read(
        """\
        ## Objective: Rebuild the control law from public sources

        ### KR-1: A clean and traceable pilot-control interface

        - Stick, pedal and trim stay separate typed values

        ### KR-2: Rebuild the cruise gains with blended command

        - Pitch rate feeds back as augmentation

        ### KR-3: Rebuild lateral law

        - Roll-rate command and yaw damping from the public data
        - Feedback paths run at 64 Hz
        """,
        path="plan.md",
    )
    assert structure(okr_file) == [
        (
            "Rebuild the control law from public sources",
            (1, 15),
            [
                ("A clean and traceable pilot-control interface", 3, 11),
                ("Rebuild the cruise gains with blended command", 7, 11),
                ("Rebuild lateral law", 11, 11),
            ],
        )
    ]


def test_a_notes_line_in_traditional_characters_states_no_awaited_objective() -> None:
    okr_file, _ = read(
        """\
        # Ops platform roadmap

        ## Objective

        建立自動化維運平台，提升團隊人效。

        ## Key Results

        ### KR1：釋放人力

        在測試環境先提供 self-service 能力，涵蓋：

        - log 查詢
        - pod 狀態查詢

        目標：

        - 90 天內將私訊請求減少 60%
        - 首次回覆時間降低 80%

        備註：

        - 若 adoption 高，再逐步推進

        ### KR2：縮短 MTTR
        """,
        path="roadmap.md",
    )
    assert [(o.text, len(o.key_results)) for o in okr_file.objectives] == [
        ("建立自動化維運平台，提升團隊人效。", 2)
    ]


def test_an_area_s_okrs_heading_over_a_flat_list_that_states_numbers() -> None:
    okr_file, _ = read(
        """\
        # Project status

        ## Security OKRs

        1. **Memory-safe drivers** – 100% of new drivers land in Rust.
        2. **Supply chain** – Sign every release artifact.

        ## Team OKRs

        - Hold a retro every sprint with 90% attendance
        """,
        path="STATUS.md",
    )
    assert structure(okr_file) == [
        (
            "Security",
            (3, 4),
            [
                ("Memory-safe drivers – 100% of new drivers land in Rust.", 5, 6),
                ("Supply chain – Sign every release artifact.", 6, 6),
            ],
        )
    ]


def test_objectives_and_success_metrics_name_the_okrs() -> None:
    okr_file, _ = read(
        """\
        # School platform PRD

        ## 3. Objectives & Success Metrics
        | Objective | Key Results | Metric | Target |
        | --- | --- | --- | --- |
        | Modular architecture | Settings split by environment | Config files | < 5 |

        # School platform PRD, first version

        ## 2. Objectives & Success Metrics
        | Objective | Success Metric | Status |
        | --- | --- | --- |
        | Keep configuration per environment | Settings split into three files | ✅ |
        | Preserve the existing workflows | Manual regression passes | ✅ |
        """,
        path="PRD.md",
    )
    assert structure(okr_file)[1:] == [
        (
            "Keep configuration per environment",
            (13, 3),
            [("Settings split into three files", 13, 40)],
        ),
        ("Preserve the existing workflows", (14, 3), [("Manual regression passes", 14, 37)]),
    ]


def test_a_labelled_objective_with_its_labelled_key_results_in_a_notes_section() -> None:
    okr_file, _ = read(
        """\
        **TEST:**

        - Objective: Test each part of the app and fix bugs
            - KRs:
                - All 3 parts complete their checklist.
                - Every bug found is logged.
            - Why:
                - The next release needs it
        """,
        path="app-notes.md",
    )
    assert structure(okr_file) == [
        (
            "Test each part of the app and fix bugs",
            (3, 14),
            [
                ("All 3 parts complete their checklist.", 5, 11),
                ("Every bug found is logged.", 6, 11),
            ],
        )
    ]


# -- wave 55 ------------------------------------------------------------------------------------


def test_an_area_s_okrs_heading_that_names_their_period_too() -> None:
    okr_file, _ = read(
        """\
        # Agenda

        ## Community 2022-Q1 OKRs
        - Reach 500 GitHub stars (currently approaching 400);
        - Publish 12 demos + 12 tutorials (4 videos);
        - Weekly blog posts;

        ## Community Metrics
        """,
        path="2022-01-12-community-meeting.md",
    )
    assert structure(okr_file) == [
        (
            "Community",
            (3, 4),
            [
                ("Reach 500 GitHub stars", 4, 3),
                ("Publish 12 demos + 12 tutorials (4 videos)", 5, 3),
                ("Weekly blog posts", 6, 3),
            ],
        )
    ]
    assert okr_file.objectives[0].key_results[0].fields["baseline"] == "currently approaching 400"


def test_a_phase_s_okrs_heading_over_a_list_of_what_is_scored() -> None:
    okr_file, _ = read(
        """\
        ## Success Metrics

        ### North Star
        **Monthly assets processed per active user**

        ### MVP OKRs (First 90 Days)
        - 100 registered users within 60 days
        - 30% free→paid conversion within 30 days
        - $500 MRR by day 60

        ### What to Track
        - Sign-ups
        """,
        path="PRD.md",
    )
    assert structure(okr_file) == [
        (
            "MVP OKRs (First 90 Days)",
            (6, 5),
            [
                ("100 registered users within 60 days", 7, 3),
                ("30% free→paid conversion within 30 days", 8, 3),
                ("$500 MRR by day 60", 9, 3),
            ],
        )
    ]


@pytest.mark.parametrize(
    "items",
    [
        # one item nobody could score: a plan's list, not key results
        "- 100 registered users within 60 days\n- Talk to users\n- $500 MRR by day 60\n",
        # two items are too few to say
        "- 100 registered users within 60 days\n- $500 MRR by day 60\n",
    ],
)
def test_a_phase_s_okrs_heading_over_a_list_not_all_scored_reads_nothing(items: str) -> None:
    okr_file, problems = read("# Plan\n\n## MVP OKRs (First 90 Days)\n" + items, path="PRD.md")
    assert structure(okr_file) == []
    assert any("no OKRs found" in message for *_, message in problems)


def test_the_bare_okrs_heading_names_no_objective_of_a_list() -> None:
    okr_file, _ = read(
        """\
        ## OKRs

        - 100 registered users within 60 days
        - 30% free→paid conversion within 30 days
        - $500 MRR by day 60
        """,
        path="PRD.md",
    )
    assert all(o.text != "OKRs" for o in okr_file.objectives)


# -- wave 56 ------------------------------------------------------------------------------------


def test_a_phase_s_okrs_heading_whose_note_says_what_they_are_for() -> None:
    okr_file, _ = read(
        """\
        ## 4. Success Metrics (OKRs)

        ### 4.1 Phase 1 OKRs (Personal Utility)
        **North Star Metric**: Completion percentage of the owner's collection.

        *   **KR1**: Average time to log 1 booster box is < 8 minutes.
        *   **KR2**: Zero data-entry errors found after a manual audit.

        ### 4.2 Phase 2 OKRs (Draft - Public Beta)

        *   **KR1**: 500 Weekly Active Users (WAU) within 4 weeks of launch.
        """,
        path="PRD.md",
    )
    assert [
        (o.text, o.span.line, [(k.text, k.span.line) for k in o.key_results])
        for o in okr_file.objectives
    ] == [
        (
            "Personal Utility",
            3,
            [
                ("Average time to log 1 booster box is < 8 minutes.", 6),
                ("Zero data-entry errors found after a manual audit.", 7),
            ],
        ),
        ("Public Beta", 9, [("500 Weekly Active Users (WAU) within 4 weeks of launch.", 11)]),
    ]


def test_a_heading_that_names_okrs_only_in_its_note_names_no_objective() -> None:
    okr_file, _ = read(
        """\
        # OKR tracking

        ## Open decisions (queued for the OKR working session)

        1. **Training definitions** (blocks 1.1/1.2) — do podcasts count toward the 150?
        2. **"High-visibility action"** for the 30-athlete sub-goal of 1.2.
        3. **A named data owner per KR** — one person, not a department.
        """,
        path="okr-tracking.md",
    )
    assert structure(okr_file) == []


# -- wave 57 ------------------------------------------------------------------------------------


def test_a_period_s_okrs_line_over_labelled_key_results_of_no_objective() -> None:
    okr_file, _ = read(
        """\
        ## PART 9: OKRs AND SUCCESS CRITERIA

        ```
        QUARTER 1 OKRs (Phases 1-2):

        OKR 4: Revenue
          KR1: Premium conversion 10% by Month 3

        QUARTER 2 OKRs (Phase 3):
          KR1: Tax report feature used by 60% of eligible users
          KR2: MRR 5 Crore by Month 12

        FEATURE SUCCESS CRITERIA:
        ```
        """,
        path="upgrade-plan.md",
    )
    assert [
        (o.text, o.period, [(k.text, k.span.line) for k in o.key_results])
        for o in okr_file.objectives
    ] == [
        ("Revenue", "QUARTER 1", [("Premium conversion 10% by Month 3", 7)]),
        (
            "QUARTER 2 OKRs",
            "QUARTER 2",
            [
                ("Tax report feature used by 60% of eligible users", 10),
                ("MRR 5 Crore by Month 12", 11),
            ],
        ),
    ]


def test_a_bold_period_line_ends_the_objective_before_it() -> None:
    okr_file, _ = read(
        """\
        **OKR 1: Automatic capture**
        - KR1: 70% of users connect an account

        **Quarter 2 OKRs:**
        - KR1: Tax report feature used by 60% of eligible users
        """,
        path="plan.md",
    )
    assert [(o.text, [k.span.line for k in o.key_results]) for o in okr_file.objectives] == [
        ("Automatic capture", [2]),
        ("Quarter 2 OKRs", [5]),
    ]


# -- wave 58 ------------------------------------------------------------------------------------


def test_a_section_that_maps_the_key_results_to_modules_is_the_objective_s() -> None:
    okr_file, _ = read(
        """\
        # O1-PRD — Sistem AI Preneur

        **Objective O1**: Membangun sistem manajemen bisnis terotomasi untuk ekosistem AI Preneur.

        ## Peta KR → Modul

        | Key Result | Modul | Status |
        |---|---|---|
        | **KR 1.1** Dashboard & Reporting | Dashboard, PDF Report | ✅ |
        | **KR 1.2** Pipeline Endorsement | Sales Pipeline | ✅ |

        ## KR 1.1 — Dashboard & Reporting

        **Tujuan**: Satu tampilan ringkasan lintas modul.
        """,
        path="O1-PRD.md",
    )
    assert [
        (o.text, o.span.line, [(k.text, k.span.line) for k in o.key_results])
        for o in okr_file.objectives
    ] == [
        (
            "Membangun sistem manajemen bisnis terotomasi untuk ekosistem AI Preneur.",
            3,
            [("Dashboard & Reporting", 9), ("Pipeline Endorsement", 10)],
        )
    ]


@pytest.mark.parametrize(
    "title", ["Peta KR → Modul", "KR to epic mapping", "KR map", "Key results overview"]
)
def test_a_title_that_sets_out_the_key_results_opens_a_section_of_them(title: str) -> None:
    assert section_kind(title) == "key_results"


# -- wave 59 ------------------------------------------------------------------------------------


def test_a_map_of_the_key_results_after_them_restates_them() -> None:
    okr_file, _ = read(
        """\
        ## Objective

        > **Validar que FoodFlow entrega uma experiência premium.**

        ## Key Results

        ### KR1 — Conversão Visitor-to-Order ≥ 8%

        ### KR2 — Recompra em 30 dias ≥ 25%

        ## Mapa KR ↔ North Star ↔ OST

        | KR | Driver direto | Outcome raiz |
        |----|---------------|--------------|
        | KR1 — Conversão ≥ 8% | Aquisição | Outcome-A |
        | KR2 — Recompra ≥ 25% | Retenção | Outcome-B |
        """,
        path="okrs.md",
    )
    assert [(k.text, k.span.line) for o in okr_file.objectives for k in o.key_results] == [
        ("Conversão Visitor-to-Order ≥ 8%", 7),
        ("Recompra em 30 dias ≥ 25%", 9),
    ]
