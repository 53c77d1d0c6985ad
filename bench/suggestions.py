"""How well krlint's suggestions fit: does the outcome it names fall in a family a coach accepts?

    python bench/suggestions.py                  # held-out and all: accepted, generic, mismatched
    python bench/suggestions.py --list tune           # … and the mismatches of the tuning part
    python bench/suggestions.py --write docs/suggestions.md   # the tables and the tune mismatches
    python bench/suggestions.py --objectives          # also: the rows whose objective
                                                      # ../shared/real-world/expected gives
    python bench/suggestions.py --record "LABEL"      # keep these figures in the history
                                                      # (corpus/suggestion-runs.json)
    python bench/suggestions.py --batch FILE [--record "LABEL"]
                                  # a new blind batch, labelled like the corpus's file, scored
                                  # whole and by the step that found the class (counts only)

The labels (`corpus/outcome-families.jsonl`) are a coach's, made blind: for each of 569 real
output key results, the outcome families a good coach would accept for it, the best one and the
families that would clearly be wrong. krlint's suggestion is worded for each line as it would be
for an output (whatever krlint's label; `krlint classify` shows the label's own figures), and
scored by the family of the measure it names: **accepted** (a family the coach accepts),
**generic** (only the plain question: krlint says it does not know), **mismatched** (a specific
family the coach did not accept; "clearly wrong" when the coach named it as wrong).

The held-out part is the corpus's own dev side (organisations `scripts/add_to_corpus.py` puts in
dev: about 30%, by a hash of the organisation), fixed before anyone looked at an error; the
knowledge in `rules/lexicons/outcome-measures.yaml` was built on the rest. Its figures are the
honest estimate only as long as nobody studies its errors, so this script never prints or writes
them: `--list` and `--write` show the tune part's mismatches only, the held-out part's counts.

On a checkout without krlint.nlp.suggestions (before issue 18), the family questions of the
activity verb are scored instead: a question that names several families counts as accepted when
any of them is accepted, the "what should be different" question as generic.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from add_to_corpus import split_of  # noqa: E402

from krlint.nlp.classifier import Classifier  # noqa: E402
from krlint.nlp.lexicon import builtin_lexicons  # noqa: E402

LABELS = ROOT / "corpus" / "outcome-families.jsonl"
RUNS = ROOT / "corpus" / "suggestion-runs.json"
REAL_WORLD = ROOT.parent / "shared" / "real-world" / "expected"
PARTS = ("held-out", "tune", "all")
VERDICTS = ("accepted", "generic", "mismatched")  # as shares of a part or batch
# Before issue 18: the family question of the head verb, by the families it names.
OLD_QUESTIONS = {
    "content": ("reach/engagement", "conversion/revenue"),
    "training": ("skills/performance",),
    "features": ("adoption/usage", "retention/churn"),
    "events": ("conversion/revenue", "retention/churn"),
    "meetings": ("speed/cycle-time",),
    "hiring": ("speed/cycle-time", "quality/reliability"),
    "migrations": ("cost", "quality/reliability", "speed/cycle-time"),
    "team-properties": ("quality/reliability", "speed/cycle-time"),
    "spend": ("conversion/revenue", "cost"),
    "tasks": (),
}


@dataclass(frozen=True, slots=True)
class Said:
    families: tuple[str, ...]  # () for the generic question
    text: str
    rewrite: str | None = None
    via: str = ""  # which step found the deliverable's class (krlint.nlp.suggestions)


def rows(path: Path = LABELS, part: str | None = None) -> list[dict[str, Any]]:
    """The labelled lines; each in the held-out or tune part of the corpus's file, or all in
    `part` (a new batch)."""
    found = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for row in found:
        # a batch that joined after it was studied says so ("part": "tune"), whatever its side
        row["part"] = (
            part or row.get("part") or ("held-out" if split_of(row["group"]) == "dev" else "tune")
        )
    return found


def shared_objectives() -> dict[str, str]:
    """Key result text → its objective, from ../shared/real-world/expected (read, never
    copied), for the rows that come from those documents."""
    if not REAL_WORLD.is_dir():
        return {}
    import yaml

    found: dict[str, str] = {}
    for path in sorted(REAL_WORLD.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for objective in data.get("objectives") or []:
            title = objective.get("title") or objective.get("text")
            for kr in objective.get("key_results") or []:
                if title and isinstance(kr, dict) and kr.get("text"):
                    found.setdefault(str(kr["text"]), str(title))
    return found


def suggestions(
    classifier: Classifier, texts: Sequence[str], objectives: Sequence[str | None] | None = None
) -> list[Said]:
    if hasattr(classifier, "suggestions"):
        return [
            Said(
                (s.family,) if s.family else (),
                s.text,
                s.rewrite,
                f"{s.via or '-'}:{s.kind or '-'}",
            )
            for s in classifier.suggestions(texts, objectives)
        ]
    said = []  # before issue 18: the question the judgement carried for an output
    for x in classifier.extract_all(texts):
        family = x.family
        if family is None and "team-artefact" in x.evidence:
            family = "team-properties"
        elif family is None and "spend" in x.evidence:
            family = "spend"
        family = family or "tasks"
        said.append(
            Said(OLD_QUESTIONS.get(family, ()), classifier.lexicons.suggestions.get(family, ""))
        )  # type: ignore[attr-defined]
    return said


def verdict(row: dict[str, Any], said: Said) -> str:
    if not said.families:
        return "generic"
    if any(f in row["accepted"] for f in said.families):
        return "accepted"
    return "wrong" if any(f in row["mismatch"] for f in said.families) else "mismatched"


def table(scored: list[tuple[dict[str, Any], Said, str]], title: str) -> list[str]:
    lines = [
        f"**{title}**",
        "",
        "| part | key results | accepted | generic question | mismatched | of which "
        "clearly wrong |",
        "|---|---|---|---|---|---|",
    ]
    for part in PARTS:
        chosen = [v for r, _, v in scored if part == "all" or r["part"] == part]
        n = len(chosen)
        if not n:
            continue

        def share(*verdicts: str, chosen: list[str] = chosen, n: int = n) -> str:
            k = sum(1 for v in chosen if v in verdicts)
            return f"{k} ({100 * k / n:.1f}%)"

        lines.append(
            f"| {part} | {n} | {share('accepted')} | {share('generic')} | "
            f"{share('mismatched', 'wrong')} | {share('wrong')} |"
        )
    return lines


def figures(scored: list[tuple[dict[str, Any], Said, str]]) -> dict[str, dict[str, int]]:
    """Counts per part: what --record keeps."""
    found: dict[str, dict[str, int]] = {}
    for part in PARTS:
        chosen = [v for r, _, v in scored if part == "all" or r["part"] == part]
        found[part] = {
            "n": len(chosen),
            "accepted": chosen.count("accepted"),
            "generic": chosen.count("generic"),
            "mismatched": chosen.count("mismatched") + chosen.count("wrong"),
        }
    return found


def history() -> list[str]:
    """The recorded runs, oldest first: each measured by this script when it was recorded (the
    label is the recorder's, the figures never are)."""
    if not RUNS.is_file():
        return []
    every = json.loads(RUNS.read_text(encoding="utf-8"))
    runs = [run for run in every if "batch" not in run]
    batches = [run for run in every if "batch" in run]
    lines = [
        "## History",
        "",
        "Recorded with `--record` when they were measured (accepted / generic question / "
        "mismatched, as shares of each part).",
        "",
        "| run | held-out | tune | all |",
        "|---|---|---|---|",
    ]
    for run in runs:
        cells = []
        for part in PARTS:
            f = run["figures"][part]
            cells.append(
                " / ".join(
                    f"{100 * f[k] / f['n']:.1f}%" for k in ("accepted", "generic", "mismatched")
                )
            )
        lines.append(f"| {run['label']} | " + " | ".join(cells) + " |")
    if batches:
        lines += [
            "",
            "New blind batches (`--batch`), each recorded when it was measured, with "
            "the code of that day:",
            "",
            "| run | batch | key results | accepted | generic question | mismatched "
            "| with its objective, as `check` shows it |",
            "|---|---|---|---|---|---|---|",
        ]
        for run in batches:
            f = run["figures"]
            g = run.get("with_objective")
            lines.append(
                f"| {run['label']} | {run['batch']} | {f['n']} | "
                + " | ".join(f"{100 * f[k] / f['n']:.1f}%" for k in VERDICTS)
                + " | "
                + (" / ".join(f"{100 * g[k] / g['n']:.1f}%" for k in VERDICTS) if g else "—")
                + " |"
            )
    return [*lines, ""]


def batch_figures(data: Sequence[dict[str, Any]], said: Sequence[Said]) -> dict[str, int]:
    verdicts = [verdict(r, s) for r, s in zip(data, said, strict=True)]
    return {
        "n": len(verdicts),
        "accepted": verdicts.count("accepted"),
        "generic": verdicts.count("generic"),
        "mismatched": verdicts.count("mismatched") + verdicts.count("wrong"),
    }


def score_batch(path: Path, record: str | None) -> None:
    """A new batch, scored whole: its figures on arrival are an estimate on lines nobody tuned
    on; by step, counts only (its lines are not listed, so studying it stays a choice).

    A batch whose lines carry their objective (the coach labelled them with it) is also scored
    with it, as `krlint check` and `show` suggest: the objective is part of what krlint reads."""
    data = rows(path, part="batch")
    classifier = Classifier(builtin_lexicons())
    texts = [r["text"] for r in data]
    said = suggestions(classifier, texts)
    f = batch_figures(data, said)
    objectives = [r.get("objective") or None for r in data]
    runs: list[tuple[str, list[Said]]] = [("without objective", said)]
    g = None
    if any(objectives):
        given = suggestions(classifier, texts, objectives)
        g = batch_figures(data, given)
        runs.append(("with objective", given))
    for name, figures_ in (("", f), ("with its objective: ", g)):
        if figures_ is None:
            continue
        print(
            f"{path.name}: {name}{figures_['n']} lines — "
            + ", ".join(
                f"{k} {figures_[k]} ({100 * figures_[k] / figures_['n']:.1f}%)" for k in VERDICTS
            )
        )
    for name, found_said in runs:
        steps: dict[str, list[str]] = {}
        for r, s in zip(data, found_said, strict=True):
            steps.setdefault(s.via.split(":")[0], []).append(verdict(r, s))
        print(f" by step, {name}:")
        for step, found in sorted(steps.items()):
            print(
                f"  {step:12} "
                + ", ".join(
                    f"{v} {found.count(v)}" for v in ("accepted", "generic", "mismatched", "wrong")
                )
            )
    if record:
        runs_ = json.loads(RUNS.read_text(encoding="utf-8")) if RUNS.is_file() else []
        entry: dict[str, Any] = {"label": record, "batch": path.name, "figures": f}
        if g is not None:
            entry["with_objective"] = g
        runs_.append(entry)
        RUNS.write_text(json.dumps(runs_, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def rewrites_read_as_outcomes(classifier: Classifier, said: Sequence[Said]) -> str:
    """Each rewrite template with numbers put in for its placeholders, judged again."""
    filled = [
        s.rewrite.replace("[baseline]", "120").replace("[target]", "180") for s in said if s.rewrite
    ]
    if not filled:
        return "no rewrite templates"
    labels = [j.label for j in classifier.classify(filled)]
    k = labels.count("outcome")
    return (
        f"{k} of {len(filled)} rewrite templates ({100 * k / len(filled):.1f}%), numbers put "
        "in for their placeholders, are judged outcomes by krlint itself"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--list",
        choices=("tune",),
        help="print the tune part's mismatches (never the held-out part's)",
    )
    parser.add_argument(
        "--generic",
        action="store_true",
        help="with --list: also the lines that got only the generic question",
    )
    parser.add_argument(
        "--write", type=Path, help="write the tables and the tune part's mismatches here"
    )
    parser.add_argument(
        "--objectives",
        action="store_true",
        help="also score the rows whose objective ../shared gives, with it",
    )
    parser.add_argument(
        "--record",
        metavar="LABEL",
        help="keep these figures, under LABEL, in corpus/suggestion-runs.json",
    )
    parser.add_argument(
        "--batch", type=Path, help="score a new blind batch (JSON Lines labelled like the corpus's)"
    )
    args = parser.parse_args()
    if args.batch:
        score_batch(args.batch, args.record)
        return

    data = rows()
    classifier = Classifier(builtin_lexicons())
    texts = [r["text"] for r in data]
    said = suggestions(classifier, texts)
    labels = [j.label for j in classifier.classify(texts)]
    scored = [(r, s, verdict(r, s)) for r, s in zip(data, said, strict=True)]
    seen = [
        (r, s, v if label == "output" else "generic")
        for (r, s, v), label in zip(scored, labels, strict=True)
    ]
    outputs = labels.count("output")
    out = [
        "# How well the suggestions fit",
        "",
        "Written by `python bench/suggestions.py --write docs/suggestions.md`; do not edit by "
        "hand. The labels and how they were made: `corpus/README.md`. The held-out part is the "
        "corpus's dev organisations; its errors are never listed, so that its figures stay an "
        "estimate on organisations nobody tuned on.",
        "",
        *table(scored, "The suggestion krlint words for each line as an output"),
        "",
        *table(
            seen,
            f"What `krlint check` shows (krlint judges {outputs} of {len(data)} "
            "lines outputs; the others get no suggestion, counted here as generic)",
        ),
        "",
        rewrites_read_as_outcomes(classifier, said) + ".",
        "",
    ]
    if args.objectives:
        known = shared_objectives()
        with_objective = [(i, known[r["text"]]) for i, r in enumerate(data) if r["text"] in known]
        if with_objective:
            given = suggestions(
                classifier, [texts[i] for i, _ in with_objective], [o for _, o in with_objective]
            )
            before = [scored[i][2] for i, _ in with_objective]
            after = [verdict(data[i], s) for (i, _), s in zip(with_objective, given, strict=True)]
            out += [
                f"With the objective, for the {len(with_objective)} rows whose objective "
                "../shared/real-world/expected gives (accepted / generic / mismatched): "
                f"{before.count('accepted')} / {before.count('generic')} / "
                f"{len(before) - before.count('accepted') - before.count('generic')} "
                f"without it → {after.count('accepted')} / {after.count('generic')} / "
                f"{len(after) - after.count('accepted') - after.count('generic')} with it.",
                "",
            ]
    if args.record:
        runs = json.loads(RUNS.read_text(encoding="utf-8")) if RUNS.is_file() else []
        runs.append({"label": args.record, "figures": figures(scored)})
        RUNS.write_text(json.dumps(runs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    out += history()
    print("\n".join(out))
    if args.list:
        steps: dict[str, list[str]] = {}
        for r, s, v in scored:
            if r["part"] == args.list:
                steps.setdefault(s.via.split(":")[0], []).append(v)
        for step, found in sorted(steps.items()):
            print(
                f"{step:12} "
                + ", ".join(
                    f"{v} {found.count(v)}" for v in ("accepted", "generic", "mismatched", "wrong")
                )
            )
        shown = ("mismatched", "wrong", "generic") if args.generic else ("mismatched", "wrong")
        for r, s, v in scored:
            if v in shown and r["part"] == args.list:
                print(
                    f"{v:10} {r['id']:>3} {r['text'][:90]!r}\n"
                    f"           coach: {', '.join(r['accepted'])}\n"
                    f"           krlint ({s.via}): {s.text}"
                )
    if args.write:
        mismatches = [
            "## Mismatches",
            "",
            "Every line of the tune part whose suggestion names a family the coach did "
            "not accept (the held-out part's are not listed: see above).",
            "",
            "| key result | families accepted | krlint's suggestion |",
            "|---|---|---|",
        ]
        for r, s, v in scored:
            if v in ("mismatched", "wrong") and r["part"] == "tune":
                cell = " ".join(r["text"].split()).replace("|", "\\|")
                mismatches.append(
                    f"| {cell} | {', '.join(r['accepted'])} | "
                    f"{s.text.replace('|', chr(92) + '|')} |"
                )
        args.write.write_text("\n".join(out + mismatches) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
