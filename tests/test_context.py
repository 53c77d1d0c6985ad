"""A key result judged in its file (`krlint.nlp.context`): its own reading, moved by what the
file's other key results say — and never by anything when it is alone."""

from __future__ import annotations

import math

import pytest

from krlint.diagnostics import Evidence
from krlint.nlp import Analyzer
from krlint.nlp.context import in_context
from krlint.nlp.judgement import Reading
from krlint.nlp.model import Context, Verdict, builtin_model, builtin_verdict

CONTEXT = Context(own=0.9, others=0.4, bias=-0.1)
MODEL = Verdict(unclear_below=0.55, gate=0.7, context=CONTEXT)
ACT = Evidence("activity-verb", "Publish", 0, 7)
MEASURE = Evidence("measure", "45%", 30, 33)


def reading(p: float, **fields: object) -> Reading:
    return Reading(p, True, (ACT, MEASURE), "activity-verb", **fields)  # type: ignore[arg-type]


def test_one_other_line_says_less_than_many() -> None:
    one = CONTEXT.in_file([0.7, 0.01])[0]
    many = CONTEXT.in_file([0.7] + [0.01] * 8)[0]
    assert many < one < 0.7


def test_a_key_result_alone_in_its_file_keeps_its_own_judgement() -> None:
    (j,) = in_context([reading(0.62)], MODEL)
    assert (j.label, j.p_output, j.sure, j.p_alone) == ("output", 0.62, False, None)
    assert CONTEXT.in_file([0.62]) == [0.62]


def test_a_verdict_without_context_judges_each_alone() -> None:
    plain = Verdict(unclear_below=0.55, gate=0.7)
    judged = in_context([reading(0.62), reading(0.99)], plain)
    assert [j.p_output for j in judged] == [0.62, 0.99]
    assert all(j.p_alone is None for j in judged)


def test_the_file_moves_each_key_result_the_way_it_is_written() -> None:
    doubtful = 0.62
    plan = in_context([reading(doubtful)] + [reading(0.98)] * 5, MODEL)
    results = in_context([reading(doubtful)] + [reading(0.02)] * 5, MODEL)
    assert plan[0].p_output > doubtful and plan[0].sure  # a plan of deliverables: sure
    assert results[0].p_output < 0.5 and results[0].label == "outcome"  # a file of results
    assert plan[0].p_alone == results[0].p_alone == doubtful
    # the formula: own log-odds and the mean of the others', each held within ±clip, the mean
    # shrunk by n / (n + prior)
    z = math.log(doubtful / (1 - doubtful))
    m = min(CONTEXT.clip, math.log(0.98 / 0.02)) * 5 / (5 + CONTEXT.prior)
    expected = 1 / (1 + math.exp(-(0.9 * z + 0.4 * m - 0.1)))
    assert plan[0].p_output == pytest.approx(expected, abs=1e-4)


def test_the_verdict_carries_the_evidence_and_suggestion_of_its_side() -> None:
    said = reading(0.48, suggestion="Measure who reads them.", rewrite="Grow readers")
    alone = in_context([said], MODEL)[0]
    in_plan = in_context([said] + [reading(0.99)] * 4, MODEL)[0]
    assert alone.label == "unclear" and alone.suggestion is None
    assert alone.evidence == (ACT, MEASURE)  # undecided: both sides' evidence
    assert in_plan.label == "output" and in_plan.reason == "activity-verb"
    assert in_plan.evidence == (ACT,)
    assert (in_plan.suggestion, in_plan.rewrite) == ("Measure who reads them.", "Grow readers")
    in_results = in_context([reading(0.4)] + [reading(0.01)] * 4, MODEL)[0]
    assert in_results.label == "outcome" and in_results.reason == "outcome-measure"
    assert in_results.evidence == (MEASURE,) and in_results.suggestion is None


def test_below_the_lowest_output_no_file_makes_an_output() -> None:
    lowest = CONTEXT.lowest_output()
    assert 0 < lowest < 0.5
    most_output_minded = [0.999999] * 10_000  # the bound is what a file of any size can do
    assert CONTEXT.in_file([lowest * 0.99, *most_output_minded])[0] < 0.5
    assert CONTEXT.in_file([lowest * 1.02, *most_output_minded])[0] >= 0.5


def test_the_shipped_model_reads_a_file_and_suggests_for_what_it_may_become() -> None:
    model = builtin_model()
    assert model is not None and model.context is not None
    assert model.verdict == builtin_verdict()  # the weights' file and the verdict's agree
    # the trained context trusts a key result's own words more than its file's
    assert model.context.own > model.context.others > 0
    texts = ["Fair partner pricing", "Increase week-1 activation from 32% to 45%"]
    readings = Analyzer().read(texts)
    lowest = model.context.lowest_output()
    for r in readings:
        assert (r.suggestion is not None) == (r.p_output >= lowest)


def test_check_and_show_judge_a_key_result_in_its_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from krlint.show import collect, to_json

    path = tmp_path / "okrs.yaml"
    path.write_text(
        "objectives:\n"
        "  - objective: Ship the partner launch\n"
        "    key_results:\n"
        "      - Fair partner pricing\n"
        "      - Publish the partner playbook\n"
        "      - Migrate billing to Stripe\n"
        "      - Write the security policy\n",
        encoding="utf-8",
    )
    (shown,) = to_json(collect([str(path)]))["files"]
    krs = shown["objectives"][0]["key_results"]
    (alone,) = Analyzer().classify(["Fair partner pricing"])
    assert krs[0]["p_alone"] == round(alone.p_output, 3)
    assert krs[0]["p_output"] > alone.p_output  # a file of deliverables
