"""YAML/JSON in the shapes real teams use: `keyResults` with title + description, tiered targets,
`key_result` fields, and top-level metadata that is read, not reported as unknown."""

from __future__ import annotations

import json

from krlint.loaders.yaml_reader import read_yaml


def test_noun_phrase_title_with_tiers_judges_the_description() -> None:
    source = json.dumps(
        {
            "year": 2026,
            "owner": "Ann",
            "north_star": "Ship calmly",
            "objectives": [
                {
                    "id": 1,
                    "title": "Deliver with quality",
                    "keyResults": [
                        {
                            "id": "O1-KR1",
                            "title": "Testing Automation & Quality",
                            "description": (
                                "Increase automated test coverage across all apps and squads."
                            ),
                            "tiers": {"solid": "40% coverage", "excellent": "80% coverage"},
                            "metrics": ["coverage"],
                            "achievedTier": None,
                        },
                        {
                            "id": "O1-KR2",
                            "title": "Uptime of 99.9% every month",
                            "description": "Keep the platform up across all regions and all shops.",
                        },
                    ],
                }
            ],
        },
        indent=2,
    )
    result = read_yaml("okrs.json", source, json=True)
    assert result.problems == []
    first, second = result.file.objectives[0].key_results
    assert first.text.startswith("Increase automated test coverage")
    assert (first.span.line, first.span.column) == (13, 27)
    assert first.fields["title"] == "Testing Automation & Quality"
    assert first.fields["target"] == {"solid": "40% coverage", "excellent": "80% coverage"}
    assert second.text == "Uptime of 99.9% every month"  # the title carries the measure


def test_description_with_the_measure_replaces_a_title_without_one() -> None:
    result = read_yaml(
        "okrs.yaml",
        """\
objectives:
  - title: Grow
    krs:
      - title: Activation
        description: Activation from 30% to 45%
      - title: Onboarding
        description: Better onboarding
""",
    )
    texts = [kr.text for _, kr in result.file.key_results()]
    assert texts == ["Activation from 30% to 45%", "Onboarding"]


def test_key_result_field_and_time_span_metadata() -> None:
    result = read_yaml(
        "okrs.json",
        json.dumps(
            {
                "time_span_days": 30,
                "objectives": [
                    {
                        "objective": "Ein Angebot steht",
                        "key_results": [
                            {"key_result": "Erste Kundenkontakte aufbauen", "total_tasks": 5}
                        ],
                    }
                ],
            }
        ),
        json=True,
    )
    assert result.problems == []
    ((_, kr),) = result.file.key_results()
    assert kr.text == "Erste Kundenkontakte aufbauen"
    assert kr.fields == {"total_tasks": "5"}


def test_objectives_given_as_one_mapping_are_one_objective() -> None:
    result = read_yaml(
        "okrs.yaml",
        """\
objectives:
  objective: Make onboarding effortless
  key_results:
    - Raise week-1 activation from 32% to 45%
    - Cut time to first dashboard from 3 days to 1
""",
    )
    assert result.problems == []
    [objective] = result.file.objectives
    assert (objective.text, objective.span.line, objective.span.column) == (
        "Make onboarding effortless",
        2,
        14,
    )
    assert [(kr.text, kr.span.line, kr.span.column) for kr in objective.key_results] == [
        ("Raise week-1 activation from 32% to 45%", 4, 7),
        ("Cut time to first dashboard from 3 days to 1", 5, 7),
    ]


def test_objectives_keyed_by_id_are_still_several() -> None:
    result = read_yaml(
        "okrs.yaml",
        """\
objectives:
  O1:
    objective: Grow revenue
    key_results: [Reach $2M ARR from $1.4M]
  O2:
    objective: Keep customers
    key_results: [Logo churn from 3% to 2% a month]
""",
    )
    assert [(o.id, o.text) for o in result.file.objectives] == [
        ("O1", "Grow revenue"),
        ("O2", "Keep customers"),
    ]
