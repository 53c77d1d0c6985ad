"""Round two of hostile input (issue 16): every scenario of the catalogue in
`bad_inputs.SCENARIOS`, held to the issue's bar (see `bad_inputs.problems_with`).

Scenarios about the process itself (sys.path under `python -m krlint`, closed streams, a strict
encoding) and those whose root cause is still open run as real processes; the process ones that
are known to run away get a budget of 10 CPU seconds and 2 GB of address space, so the suite
ends either way — that is a guard, not a measurement: bench/hardening.py measures each case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bad_inputs import SCENARIOS, Scenario, run_scenario


def _param(scenario: Scenario):  # type: ignore[no-untyped-def]
    marks = []
    if scenario.owner:
        marks.append(pytest.mark.xfail(strict=True, reason=scenario.owner))
    if scenario.slow:
        marks.append(pytest.mark.slow)
    return pytest.param(scenario, id=scenario.id, marks=marks)


@pytest.mark.parametrize("scenario", [_param(s) for s in SCENARIOS])
def test_hostile_scenario(scenario: Scenario, tmp_path: Path) -> None:
    budget = (10, 2048) if scenario.owner else None
    outcome, problems = run_scenario(scenario, tmp_path, budget=budget)
    assert not problems, (problems, outcome.stdout[-2000:], outcome.stderr[-2000:])


def test_the_bar_can_fail(tmp_path: Path) -> None:
    """The checks are real: a scenario whose expectations are wrong is caught on each count."""
    from bad_inputs import OUTPUT_ONLY, _repo

    wrong = Scenario(
        "wrong",
        "injection",
        _repo({"okrs.yaml": OUTPUT_ONLY}),
        ("check", "-o", "concise", "okrs.yaml"),
        0,
        stdout=("nowhere",),
        absent=("okrs.yaml",),
    )
    _, problems = run_scenario(wrong, tmp_path)
    assert any("exit 1" in p for p in problems)
    assert any("nowhere" in p for p in problems)
    assert any("'okrs.yaml' was printed" in p for p in problems)
