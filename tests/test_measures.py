"""One vocabulary of measures (rules/lexicons/measures.yaml) for the rules and the classifier.

`krlint check` (K204, K205, K207, O106 read `krlint.measures`) and `krlint classify` (its
features and target reading) must never disagree about what is a number.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from krlint import measures
from krlint.catalogue import data_dir
from krlint.nlp import Analyzer

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def test_every_entry_of_the_vocabulary_is_a_string() -> None:
    """YAML reads a bare `no`, `on` or `off` as a boolean: each must be quoted."""
    data = yaml.safe_load((data_dir() / measures.VOCABULARY_FILE).read_text(encoding="utf-8"))

    def leaves(node: object) -> list[object]:
        if isinstance(node, dict):
            return [x for v in node.values() for x in leaves(v)]
        if isinstance(node, list):
            return [x for v in node for x in leaves(v)]
        return [node]

    assert [x for x in leaves(data) if not isinstance(x, str)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Reach fifty paying customers", ["fifty"]),
        ("Grow ARR from $1.2M to $2M", ["$1.2M", "$2M"]),
        ("Increase week-1 activation from 32% to 45%", ["32%", "45%"]),  # week-1 names a cohort
        ("Keep p99 latency below 300 ms", ["300 ms"]),  # p99 names a percentile
        ("Reduce time to hire from X to Y days", ["X", "Y days"]),  # targets still to be set
        ("Hire one engineer", ["one"]),
        ("Be the number one platform for one-stop docs", []),  # "one" as a name and an adjective
        ("Get ISO 27001 certified", []),  # standards and versions are names, not targets
        ("Tener una versión 1.0 desplegada", []),
        ("Every Tier 1+2 field exists", []),  # tiers 1 and 2, not a change of +2
        ("Phase 1 & 2 done", []),
        ("Achieve SOC 2 Type II", []),
        ("Upgrade every service to Python 3.12", []),
        ("ISO/IEC 27001 certification by Q3 2026", []),
        ("Ship release 1.2.3", []),
        ("Fix the font cache. crbug.com/1040632", []),  # a URL
        ("Team engagement score ≥ 4.5/5", ["4.5/5"]),  # a rating out of 5, no address
        ("CSAT 4.5/5.0 across all services", ["4.5/5.0"]),
        ("Close the pitch deck => 85% complete", []),  # a status note
        ("Pay down invoices from 2022-2023", []),  # years
        ("Index 2000+ pages of manuals", ["2000+"]),  # a count, though "2000" alone is a year
        # money whose dollar follows a country's letters; a Chinese magnitude after a number
        # belongs to it
        ("NT$300,000 MRR（NT$360 萬 ARR）", ["NT$300,000", "NT$360"]),
        ("Raise US$5M", ["US$5M"]),
        ("ES6+ features understood and used", []),  # a version
        ("处理数据量级达到百万", ["百万"]),  # a million, in Han numerals (as the glossary reads it)
        ("数据量达 万级", ["万"]),
        ("用户达到10万", ["10"]),  # the digits are the number
        # the window a measure is counted over names it; set by a word before it, a target
        ("Increase 30-day workflow creation rate", []),
        ("Improve 7-day retention from 20% to 30%", ["20%", "30%"]),
        ("Offer a 30-day trial", []),
        ("Cut onboarding to a 7-day process", ["7"]),
        ("Ship the export in 30 days", ["30 days"]),
    ],
)
def test_numbers(text: str, found: list[str]) -> None:
    assert [n.text for n in measures.numbers(text)] == found
    for n in measures.numbers(text):
        assert text[n.start : n.end] == n.text


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        ("Improve communication", False),
        ("Improve communication at all levels", False),  # a scope, not a target
        ("Improve onboarding for every new hire", False),
        ("Migrate all customers to the new plan", True),  # a target: all of them
        ("Every release has release notes", True),
        ("No sev-1 incidents this quarter", True),
        ("Read a book a month", True),  # a rate
        ("Ship a demo every sprint", True),
        ("Get ISO 27001 certified", False),
        ("Latency < SLA", True),
        ("Keep on-call incidents within agreed SLOs", True),
        ("Deliver the migration under budget", True),
        ("Close the pitch deck => done", False),  # "=>" is a status arrow, not a comparator
    ],
)
def test_is_measurable(text: str, measurable: bool) -> None:
    assert measures.is_measurable(text) is measurable


@pytest.mark.parametrize(
    ("text", "baseline"),
    [
        ("Grow ARR to $2M (currently $1.2M)", True),
        ("Grow ARR from $1.2M to $2M", True),
        ("Reduce time to hire from X to Y days", True),
        ("Get feedback from 15 customers per month", False),  # where from, not where it starts
        ("Grow ARR to $2M", False),
        ("Conversion from 40% → 75%", True),
        ("Churn 4.5% vs 6% last year", True),
        ("Squad 30d retention vs solo", False),  # two groups compared, no number to start from
        ("Free→Premium 30d", False),  # a step between two words, not from a number
    ],
)
def test_has_baseline(text: str, baseline: bool) -> None:
    assert measures.has_baseline(text) is baseline


def test_the_classifier_reads_the_same_numbers_on_every_corpus_line(analyzer: Analyzer) -> None:
    rows = [
        json.loads(line)
        for line in (ROOT / "corpus" / "key-results.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    texts = [r["text"] for r in rows]
    # (a number is the target, or the baseline where only the current value is given:
    # "Reduce cost of hosting (currently ~0.04$/host/h)")
    disagree = [
        (t, j.target and j.target.text, [n.text for n in measures.numbers(t)])
        for t, j in zip(texts, analyzer.classify(texts), strict=True)
        if (j.target is not None or j.baseline is not None) != measures.has_number(t)
    ]
    assert disagree == []


@pytest.mark.parametrize("text", ["Reach fifty paying customers", "Reach twenty-five partners"])
def test_classify_and_check_agree(tmp_path: Path, text: str) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "krlint", "classify", "--format", "json", text],
        capture_output=True,
        text=True,
        check=True,
    )
    judged = json.loads(run.stdout)
    assert judged["target"] is not None and judged["label"] == "outcome"
    (tmp_path / "okrs.yaml").write_text(
        f"objectives:\n  - objective: Grow\n    key_results:\n      - {text}\n"
        "      - Raise NPS from 31 to 45\n",
        encoding="utf-8",
    )
    check = subprocess.run(
        [sys.executable, "-m", "krlint", "check", "-o", "json", str(tmp_path / "okrs.yaml")],
        capture_output=True,
        text=True,
    )
    codes = [d["code"] for d in json.loads(check.stdout)["diagnostics"]]
    assert "K204" not in codes
    assert "K205" in codes  # a target ("fifty") without a starting point, as classify shows


def test_vague_at_all_levels_is_as_vague_as_without(lint) -> None:  # type: ignore[no-untyped-def]
    source = """
        objectives:
          - objective: Work well together
            key_results:
              - Improve communication at all levels
              - Improve communication
    """
    found = lint(source, "K206")
    assert [(code, line) for code, line, _ in found] == [("K206", 5), ("K206", 6)]


@pytest.mark.parametrize("text", ["Pricing final definido até o dia 20", "fase 2 concluída"])
def test_a_number_that_names_a_day_or_phase_in_other_languages_is_no_measure(text: str) -> None:
    assert measures.numbers(text) == []


def test_a_year_like_amount_with_its_currency_is_money_not_a_year(analyzer: Analyzer) -> None:
    for text in ("MRR: 2000 €", "MRR: 2000€", "MRR: €2000"):
        (judgement,) = analyzer.classify([text])
        assert judgement.target is not None, text
        assert measures.has_number(text), text
    (year,) = analyzer.classify(["Launch in 2026"])
    assert year.target is None and not measures.has_number("Launch in 2026")
