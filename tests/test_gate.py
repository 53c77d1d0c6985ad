"""The CI gate: O101 fails a build only on objectives whose every key result is a sure output;
O107 warns, naming the doubtful ones, where krlint's best guess is "all outputs" but it is
unsure of some. One decision (`krlint.checks._gate.decide`) serves both rules and the bench."""

from __future__ import annotations

import pytest

from krlint.checks._gate import decide
from krlint.nlp import Analyzer
from krlint.nlp.judgement import Judgement
from krlint.nlp.model import builtin_model


def judged(p_output: float, sure: bool, unclear: bool = False) -> Judgement:
    label = "unclear" if unclear else "output" if p_output >= 0.5 else "outcome"
    return Judgement(label, max(p_output, 1 - p_output), p_output=p_output, sure=sure)


SURE_OUT, DOUBT_OUT = judged(0.97, True), judged(0.7, False)
SURE_IN, DOUBT_IN = judged(0.03, True), judged(0.35, False)
UNCLEAR_OUT, UNCLEAR_IN = judged(0.52, False, True), judged(0.48, False, True)


@pytest.mark.parametrize(
    ("judgements", "kinds", "level", "doubtful"),
    [
        ([SURE_OUT, SURE_OUT], [None, None], "error", ()),
        ([SURE_OUT, DOUBT_OUT], [None, None], "warning", (1,)),
        ([DOUBT_OUT, UNCLEAR_OUT], [None, None], "warning", (0, 1)),
        ([SURE_OUT, DOUBT_IN], [None, None], None, ()),  # best guess: an outcome is there
        ([SURE_OUT, SURE_IN], [None, None], None, ()),
        ([SURE_OUT, UNCLEAR_IN], [None, None], None, ()),
        ([UNCLEAR_IN], [None], None, ()),
        ([DOUBT_OUT, SURE_IN], ["output", None], None, ()),
        ([DOUBT_OUT, DOUBT_OUT], ["milestone", "output"], "error", ()),  # declared: sure
        ([SURE_OUT, DOUBT_OUT], [None, "metric"], None, ()),  # declared outcome
        ([], [], None, ()),
    ],
)
def test_decide(
    judgements: list[Judgement],
    kinds: list[str | None],
    level: str | None,
    doubtful: tuple[int, ...],
) -> None:
    decision = decide(kinds, judgements)
    assert (decision.level, decision.doubtful) == (level, doubtful)


def test_a_judgement_is_sure_from_the_shipped_gate() -> None:
    model = builtin_model()
    assert model is not None and 0.5 < model.unclear_below < model.gate < 1
    analyzer = Analyzer()
    for j in analyzer.classify(
        ["Publish 12 blog posts", "Raise NPS from 31 to 45", "Fair partner pricing"]
    ):
        assert j.sure == (j.label != "unclear" and j.confidence >= model.gate)
        assert (j.label == "unclear") == (j.confidence < model.unclear_below)
        assert j.leaning in ("output", "outcome")


def test_o101_and_o107_on_one_file(lint) -> None:  # type: ignore[no-untyped-def]
    found = lint(
        """
        objectives:
          - objective: Become the go-to voice on product analytics
            key_results:
              - Publish 12 blog posts
              - Host 4 webinars
          - objective: Strengthen partner enablement
            key_results:
              - Publish the partner playbook
              - Fair partner pricing
          - objective: Make onboarding effortless
            key_results:
              - Reduce time to first value from 3 days to 1 day
              - Increase week-1 activation from 32% to 45%
    """,
        "O101",
        "O107",
    )
    assert found == [("O101", 3, 16), ("O107", 7, 16)]


def test_o107_names_the_doubtful_key_results(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import lint_text

    (d,) = [
        d
        for d in lint_text(
            tmp_path,
            """
        objectives:
          - objective: Strengthen partner enablement
            key_results:
              - Publish the partner playbook
              - Fair partner pricing
          - objective: Make onboarding effortless
            key_results:
              - Increase week-1 activation from 32% to 45%
    """,
        )
        if d.code == "O107"
    ]
    assert '"Fair partner pricing"' in d.message
    assert "Publish the partner playbook" not in d.message


def test_o101_reads_a_doubtful_output_in_the_light_of_its_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import lint_text

    model = builtin_model()
    assert model is not None and model.context is not None
    # a key result judged output with some doubt alone (short of the gate): the first of these
    # in that band under the weights of the day (a retrain moves each a little)
    candidates = [
        "Streamline partner onboarding",
        "Simplify partner onboarding",
        "Improve marketing outreach",
        "Improve the PRD template",
        "Improve DHT scalability",
        "Find three alternative solutions",
        "Strengthen the partner program",
        "Enhance partner onboarding",
        "Improve the onboarding checklist",
        "Improve the developer docs",
    ]
    doubtful = next(
        (
            text
            for text, j in zip(candidates, Analyzer().classify(candidates), strict=True)
            if j.label == "output" and not j.sure
        ),
        None,
    )
    assert doubtful is not None, "no candidate is a doubtful output: pick others"
    alone = f"""
        objectives:
          - objective: Strengthen partner enablement
            key_results:
              - {doubtful}
    """
    plan = [
        "Publish the partner playbook",
        "Refresh the pricing page copy",
        "Migrate billing to Stripe",
        "Write the security policy",
        "Run a hackathon",
    ]
    in_a_plan = (
        alone
        + """
          - objective: Ship the partner launch
            key_results:
"""
        + "".join(f"              - {kr}\n" for kr in plan)
    )
    # alone in its file, it keeps its own doubt: a warning; beside a plan of deliverables, the
    # file says how it is written, and the objective fails the build
    assert [d.code for d in lint_text(tmp_path, alone) if d.code in ("O101", "O107")] == ["O107"]
    found = [d for d in lint_text(tmp_path, in_a_plan) if d.code in ("O101", "O107")]
    assert [(d.code, d.line) for d in found] == [("O101", 3), ("O101", 7)]
    # … and a file written by results does not make it one
    results = [
        "Increase week-1 activation from 32% to 45%",
        "Reduce monthly churn from 4% to 2.5%",
        "Raise NPS from 31 to 45",
        "Grow weekly active teams from 1,200 to 2,000",
        "Cut median time to first value from 3 days to 1 day",
    ]
    in_results = (
        alone
        + """
          - objective: Make onboarding effortless
            key_results:
"""
        + "".join(f"              - {kr}\n" for kr in results)
    )
    assert not [d for d in lint_text(tmp_path, in_results) if d.code == "O101"]
