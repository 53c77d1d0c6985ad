"""Seeded OKR files of any size, for the benchmark.

Key results are built from templates drawn from the shapes real teams write, so the benchmark
exercises every path of the judgement (README, "What krlint judges"):
outcome metrics with a baseline and a target, bare thresholds, activity-led outputs, counts of
deliverables, milestones, vague improvements, compound lines; some are mappings with structured
fields, some carry per-item suppressions. The same seed always gives the same bytes, so two runs of
the benchmark measure the same input.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

METRICS = (
    ("week-1 activation", "%"),
    ("logo churn", "%"),
    ("net revenue retention", "%"),
    ("trial-to-paid conversion", "%"),
    ("NPS of enterprise admins", ""),
    ("weekly active teams", ""),
    ("median time to first dashboard", " days"),
    ("p95 page load time", " ms"),
    ("support tickets per 100 customers", ""),
    ("gross margin", "%"),
    ("self-serve signups per week", ""),
    ("onboarding completion rate", "%"),
    ("monthly recurring revenue", "k EUR"),
    ("defect escape rate", "%"),
    ("deployment lead time", " hours"),
    ("employee eNPS", ""),
    ("CSAT on chat support", "%"),
    ("share of revenue from partners", "%"),
    ("qualified pipeline", "k USD"),
    ("checkout abandonment", "%"),
)
LOWER_IS_BETTER = (
    "logo churn",
    "median time",
    "p95",
    "support tickets",
    "defect",
    "deployment",
    "checkout",
)
OUTPUT_VERBS = (
    "Launch",
    "Ship",
    "Publish",
    "Host",
    "Write",
    "Run",
    "Build",
    "Hold",
    "Complete",
    "Implement",
    "Create",
    "Roll out",
    "Set up",
    "Migrate",
    "Send",
    "Record",
    "Hire",
    "Train",
    "Conduct",
    "Release",
)
ARTEFACTS = (
    "blog posts",
    "webinars",
    "customer interviews",
    "case-study videos",
    "workshops",
    "landing pages",
    "onboarding emails",
    "feature flags",
    "integration guides",
    "sales playbooks",
    "design reviews",
    "A/B tests",
    "partner events",
    "release notes",
    "training sessions",
    "dashboards",
)
THINGS = (
    "the in-app onboarding checklist",
    "the new pricing page",
    "SSO for enterprise plans",
    "the partner portal",
    "the billing migration",
    "the mobile app redesign",
    "the data warehouse",
    "usage-based pricing",
    "the public API v2",
    "the customer health score",
)
VAGUE = ("Improve", "Optimize", "Enhance", "Support", "Work on", "Streamline")
OBJECTIVES = (
    "Make onboarding effortless for new teams",
    "Become the go-to voice on analytics",
    "Keep our biggest customers with us",
    "Grow revenue from self-serve plans",
    "Ship a platform partners love to build on",
    "Make the product fast everywhere",
    "Build a team people want to join",
    "Earn trust with rock-solid reliability",
    "Turn support into a reason customers stay",
    "Win the mid-market segment",
)


def _number(rng: random.Random) -> tuple[int, int]:
    a = rng.randint(2, 80)
    return a, a + rng.randint(3, 40)


def key_result(rng: random.Random) -> str:
    """One key result; the mix leans to outcomes, as a healthy OKR set would."""
    shape = rng.random()
    metric, unit = rng.choice(METRICS)
    a, b = _number(rng)
    if shape < 0.36:
        if metric.startswith(LOWER_IS_BETTER):
            verb = rng.choice(("Reduce", "Cut", "Lower", "Bring down"))
            return f"{verb} {metric} from {b}{unit} to {a}{unit}"
        verb = rng.choice(("Increase", "Grow", "Raise", "Lift"))
        return f"{verb} {metric} from {a}{unit} to {b}{unit}"
    if shape < 0.44:
        bound = "below" if metric.startswith(LOWER_IS_BETTER) else "above"
        weeks = rng.randint(2, 12)
        return f"{metric[0].upper() + metric[1:]} {bound} {b}{unit} for {weeks} consecutive weeks"
    if shape < 0.50:
        return f"Reach {b}{unit} {metric} by the end of the quarter"
    if shape < 0.62:
        return f"{rng.choice(OUTPUT_VERBS)} {rng.randint(2, 30)} {rng.choice(ARTEFACTS)}"
    if shape < 0.72:
        return f"{rng.choice(OUTPUT_VERBS)} {rng.choice(THINGS)}"
    if shape < 0.78:
        return f"Increase the number of {rng.choice(ARTEFACTS)} published to {b}"
    if shape < 0.84:
        when = rng.choice(("June 30", "week 6", "the end of Q2"))
        return f"{rng.choice(THINGS)[4:].capitalize()} is live by {when}"
    if shape < 0.90:
        return f"{rng.choice(VAGUE)} {metric}"
    if shape < 0.95:
        c, d = _number(rng)
        return (
            f"Increase {metric} from {a}{unit} to {b}{unit} and "
            f"{rng.choice(METRICS)[0]} from {c}% to {d}%"
        )
    return (
        f"{rng.choice(OUTPUT_VERBS)} {rng.choice(THINGS)} so that {metric} "
        f"goes from {a}{unit} to {b}{unit}"
    )


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def okr_yaml(key_results: int, seed: int = 8) -> str:
    """A YAML OKR file with exactly `key_results` key results, 2–6 per objective."""
    rng = random.Random(seed)
    lines = [
        "# Generated by bench/generate.py — synthetic, seeded.",
        "period: 2026-Q1",
        "owner: Benchmark team",
        "objectives:",
    ]
    left, number = key_results, 0
    while left > 0:
        number += 1
        count = min(left, rng.randint(2, 6))
        left -= count
        lines += [
            f"  - id: O{number}",
            f"    objective: {_quote(rng.choice(OBJECTIVES))}",
            f"    owner: Owner {rng.randint(1, 40)}",
            "    key_results:",
        ]
        for _ in range(count):
            text = key_result(rng)
            roll = rng.random()
            if roll < 0.15:
                a, b = _number(rng)
                lines += [
                    f"      - kr: {_quote(text)}",
                    f"        baseline: {a}",
                    f"        target: {b}",
                ]
            elif roll < 0.17:
                lines += [f"      - kr: {_quote(text)}", "        krlint: {disable: [K205]}"]
            else:
                lines.append(f"      - {_quote(text)}")
        lines.append("")
    return "\n".join(lines)


def okr_markdown(key_results: int, seed: int = 8) -> str:
    """The Markdown twin of `okr_yaml`: a heading per objective, a bullet per key result (some
    with an owner and progress after the words, as teams write them)."""
    rng = random.Random(seed)
    lines = [
        "# Benchmark team OKRs, 2026-Q1",
        "",
        "Generated by bench/generate.py — synthetic, seeded.",
        "",
    ]
    left, number = key_results, 0
    while left > 0:
        number += 1
        count = min(left, rng.randint(2, 6))
        left -= count
        lines += [f"## Objective O{number}: {rng.choice(OBJECTIVES)}", ""]
        for _ in range(count):
            text = key_result(rng)
            if rng.random() < 0.15:
                text += f" (owner: Owner {rng.randint(1, 40)}, progress {rng.randint(0, 9)}0%)"
            lines.append(f"- {text}")
        lines.append("")
    return "\n".join(lines)


GENERATORS = {"yaml": okr_yaml, "md": okr_markdown}


def _write(path: Path, text: str) -> Path:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


def write(
    directory: Path, sizes: tuple[int, ...], seed: int = 8, suffix: str = "yaml"
) -> dict[int, Path]:
    """`okrs-<size>.<suffix>` for each size (suffix yaml or md)."""
    directory.mkdir(parents=True, exist_ok=True)
    make = GENERATORS[suffix]
    return {size: _write(directory / f"okrs-{size}.{suffix}", make(size, seed)) for size in sizes}


def write_tree(directory: Path, files: int, per_file: int = 25, seed: int = 8) -> Path:
    """A repository-like tree of `files` small OKR files (`per_file` key results each), half
    YAML and half Markdown, 50 to a folder — what a monorepo's CI run walks."""
    for number in range(files):
        folder = directory / f"team-{number // 50:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"q{number % 50:02d}"
        name, suffix = (
            (f"{stem}.okrs.yaml", "yaml") if number % 2 == 0 else (f"{stem}-okrs.md", "md")
        )
        _write(folder / name, GENERATORS[suffix](per_file, seed + number))
    return directory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("key_results", type=int, help="how many key results")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--markdown", action="store_true", help="Markdown instead of YAML")
    args = parser.parse_args()
    make = okr_markdown if args.markdown else okr_yaml
    sys.stdout.write(make(args.key_results, args.seed))


if __name__ == "__main__":
    main()
