"""Accuracy of the output/outcome judgement on the dev split of the labelled corpus.

    python bench/accuracy.py              # the shipped judgement (trained weights)
    python bench/accuracy.py --baseline   # also the lexicon-only judgement, for comparison
    python bench/accuracy.py --errors     # list the dev key results it gets wrong

Dev sources never appear in the train split (the split is by source), so these figures say how
the judgement does on documents it has not seen. "unclear" answers count as wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from krlint.nlp.classifier import HAND_WEIGHTS, Classifier  # noqa: E402
from krlint.nlp.lexicon import builtin_lexicons, inflections  # noqa: E402

CORPUS = ROOT / "corpus" / "key-results.jsonl"
LABELS = ("output", "outcome")


def scores(gold: list[str], pred: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for label in LABELS:
        tp = sum(g == label == p for g, p in zip(gold, pred))
        fp = sum(g != label and p == label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        out[f"{label} precision"] = precision
        out[f"{label} recall"] = recall
        out[f"{label} F1"] = 2 * precision * recall / (precision + recall) if tp else 0.0
    out["macro-F1"] = (out["output F1"] + out["outcome F1"]) / 2
    return out


def first_word_verb(text: str) -> str:
    """What existing OKR checkers do: an activity verb first means output, anything else outcome."""
    lexicons = builtin_lexicons()
    forms = {form for verbs in lexicons.activity_families.values() for verb in verbs
             for form in inflections(verb.split()[0])}
    words = re.findall(r"[A-Za-z]+", text)
    return "output" if words and words[0].lower() in forms else "outcome"


def table(name: str, gold: list[str], pred: list[str]) -> str:
    s = scores(gold, pred)
    lines = [f"**{name}** — {len(gold)} dev key results", "",
             "| | precision | recall | F1 |", "|---|---|---|---|"]
    for label in LABELS:
        lines.append(f"| {label} | {s[f'{label} precision']:.3f} | {s[f'{label} recall']:.3f} "
                     f"| {s[f'{label} F1']:.3f} |")
    lines += [f"| **macro** | | | **{s['macro-F1']:.3f}** |", "",
              "| gold ↓ / predicted → | output | outcome | unclear |", "|---|---|---|---|"]
    for g in LABELS:
        row = [sum(1 for a, b in zip(gold, pred) if a == g and b == p)
               for p in ("output", "outcome", "unclear")]
        lines.append(f"| {g} | " + " | ".join(map(str, row)) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", action="store_true")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--split", default="dev")
    args = parser.parse_args()
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if r["split"] == args.split and r["label"] in LABELS]
    texts, gold = [r["text"] for r in rows], [r["label"] for r in rows]
    classifier = Classifier(builtin_lexicons())
    judgements = classifier.classify(texts)
    pred = [j.label for j in judgements]
    print(table("krlint (trained weights)" if classifier.model is not HAND_WEIGHTS
                else "krlint (lexicon-only weights)", gold, pred))
    if args.baseline:
        baseline = Classifier(builtin_lexicons(), use_model=False)
        print()
        print(table("lexicon-only weights (no training)", gold,
                    [j.label for j in baseline.classify(texts)]))
        print()
        print(table("first-word verb list (the naive checker)", gold,
                    [first_word_verb(t) for t in texts]))
    if args.errors:
        print()
        for r, j in zip(rows, judgements):
            if j.label != r["label"]:
                ev = ", ".join(f"{e.kind}:{e.text}" for e in j.evidence)
                print(f"{r['label']:>7} ≠ {j.label:<7} p={j.features['p_output']:.2f} "
                      f"{r['text'][:110]!r}  [{ev}]")


if __name__ == "__main__":
    main()
