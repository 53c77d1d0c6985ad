"""F001–F004: what the YAML reader reports, at the exact line and column."""

from __future__ import annotations


def test_f001_unclosed_flow_sequence(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Grow revenue
            key_results: [Reach $2M ARR, Cut churn to 2%
        """,
        "F001",
    ) == [("F001", 4, 1)]


def test_f001_bad_indentation_points_at_the_offending_token(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Grow revenue
            key_results:
              - Reach $2M ARR from $1.4M
             - Cut churn from 4% to 2%
        """,
        "F001",
    ) == [("F001", 5, 6)]


def test_f001_tab_indentation(lint) -> None:
    assert lint("objectives:\n\t- objective: Grow revenue\n", "F001") == [("F001", 2, 1)]


def test_f001_message_comes_from_the_parser(tmp_path) -> None:
    from krlint.engine import Linter

    (tmp_path / "okrs.yaml").write_text("objectives: [a, b\n")
    [d] = Linter().lint_paths([str(tmp_path / "okrs.yaml")]).diagnostics
    assert d.code == "F001" and d.message.startswith("invalid YAML:")


def test_f001_not_utf8(tmp_path) -> None:
    from krlint.engine import Linter

    path = tmp_path / "okrs.yaml"
    path.write_bytes(b"objectives:\n  - objective: Caf\xe9\n")
    report = Linter().lint_paths([str(path)])
    assert [(d.code, d.line, d.column) for d in report.diagnostics] == [("F001", 2, 19)]


def test_f001_in_a_last_document_keeps_the_documents_before_it(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Grow revenue
            key_results:
              - Launch the onboarding checklist
        ---
        objectives: [oops
        """,
        "F001",
        "K201",
    ) == [("K201", 4, 9), ("F001", 7, 1)]


def test_valid_yaml_has_no_f001(lint) -> None:
    assert (
        lint(
            """\
        objectives:
          - objective: Grow revenue
            key_results: [Reach $2M ARR from $1.4M, Cut churn from 4% to 2%]
        """,
            "F001",
        )
        == []
    )


def test_f002_number_where_a_key_result_belongs(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Grow revenue
            key_results:
              - 42
        """,
        "F002",
    ) == [("F002", 4, 9)]


def test_f002_objective_without_text(lint) -> None:
    assert lint(
        """\
        objectives:
          - owner: Dana
            key_results: [Reach $2M ARR from $1.4M]
        """,
        "F002",
    ) == [("F002", 2, 5)]


def test_f002_key_results_not_a_list(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Grow revenue
            key_results: 3
        """,
        "F002",
    ) == [("F002", 3, 18)]


def test_f002_no_objectives_in_a_named_file(lint) -> None:
    assert lint("services:\n  web:\n    image: nginx\n", "F002") == [("F002", 1, 1)]


def test_f002_unsafe_tag_is_refused(lint) -> None:
    assert lint(
        """\
        objectives:
          - !!python/object:os.system {}
        """,
        "F002",
    ) == [("F002", 2, 5)]


def test_f002_bad_kind(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Grow revenue
            key_results:
              - kr: Reach $2M ARR from $1.4M
                kind: wish
        """,
        "F002",
    ) == [("F002", 5, 15)]


def test_f002_aliases_are_accepted(lint) -> None:
    assert (
        lint(
            """\
        okrs:
          - title: Grow revenue
            keyResults:
              - title: ARR
                description: Reach $2M ARR from $1.4M
          - name: Keep customers
            krs: [Cut churn from 4% to 2%]
        """,
            "F002",
            "F003",
        )
        == []
    )


def test_f003_near_miss_of_a_known_field(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Grow revenue
            key_reslts:
              - Reach $2M ARR from $1.4M
        """,
        "F003",
    ) == [("F003", 3, 5)]


def test_f003_misspelt_objective_field(lint) -> None:
    assert lint(
        """\
        objectives:
          - objetive: Grow revenue
            key_results: [Reach $2M ARR from $1.4M]
        """,
        "F003",
    ) == [("F003", 2, 5)]


def test_f003_not_for_fields_teams_add(lint) -> None:
    assert (
        lint(
            """\
        objectives:
          - objective: Grow revenue
            confidence: 0.7
            sponsor: Alex
            due: 2026-03-31
            key_results:
              - kr: Reach $2M ARR from $1.4M
                dashboard: https://example.com/arr
                cadence: weekly
        """,
            "F003",
        )
        == []
    )


def test_f004_points_at_the_second_key(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Grow revenue
            objective: Grow revenue faster
            key_results:
              - Reach $2M ARR from $1.4M
        """,
        "F004",
    ) == [("F004", 3, 5)]


def test_f004_second_key_results_list(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Grow revenue
            key_results:
              - Reach $2M ARR from $1.4M
            key_results:
              - Cut churn from 4% to 2%
        """,
        "F004",
    ) == [("F004", 5, 5)]


def test_f004_not_for_the_same_key_in_different_mappings(lint) -> None:
    assert (
        lint(
            """\
        objectives:
          - objective: Grow revenue
            key_results: [Reach $2M ARR from $1.4M]
          - objective: Keep customers
            key_results: [Cut churn from 4% to 2%]
        """,
            "F004",
        )
        == []
    )


def test_f002_krlint_field_shapes(lint) -> None:
    assert lint(
        """\
        objectives:
          - objective: Grow revenue
            krlint: {ignore: [K201]}
            key_results:
              - kr: Reach $2M ARR from $1.4M
                krlint: K201
              - kr: Cut churn from 4% to 2%
                krlint: {}
        """,
        "F002",
    ) == [("F002", 3, 14), ("F002", 6, 17)]


def test_json_is_read_as_yaml_with_positions(lint) -> None:
    source = (
        '{\n\t"objectives": [\n\t\t{\n\t\t\t"title": "Grow revenue",\n'
        '\t\t\t"keyResults": [\n\t\t\t\t"Launch the onboarding checklist",\n'
        '\t\t\t\t"Reduce churn from 4% to 2%"\n\t\t\t]\n\t\t}\n\t]\n}\n'
    )
    assert lint(source, "F001", "F002", "K201", name="okrs.json") == [("K201", 6, 6)]


def test_json_duplicate_key(lint) -> None:
    source = '{"objectives": [], "objectives": [{"objective": "Grow", "krs": ["Reach 5"]}]}\n'
    assert lint(source, "F004", name="okrs.json") == [("F004", 1, 21)]  # the text, not "
