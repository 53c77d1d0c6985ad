"""Accuracy of the output/outcome judgement and of the CI gate — the one place the figures in
docs/judgement.md and docs/accuracy.md come from.

    python bench/accuracy.py                  # dev split: scores, confusion, reliability, gate
    python bench/accuracy.py --baseline       # also the lexicon-only and first-word judgements
    python bench/accuracy.py --errors         # list the dev key results it gets wrong
    python bench/accuracy.py --real-world     # also ../shared/real-world/expected: key results
                                              # and the gate per objective
    python bench/accuracy.py --batch FILE     # a blind batch (JSON Lines: text, label)
    python bench/accuracy.py --batch FILE --record NAME   # … and keep its figures as measured
                                              # while unseen (corpus/unseen-sets.json)
    python bench/accuracy.py --real-world --record NAME   # the same for the real documents
    python bench/accuracy.py --baseline --real-world --real-world-split dev \
        --write docs/accuracy.md --summary     # the published figures

Dev organisations never appear in the train split, so dev figures say how the judgement does on
documents it has not seen. "unclear" answers count as wrong; lines labelled unclear or ambiguous
are not scored. Reliability is measured on the side the calibrated probability leans to, so it
checks the probabilities themselves; ECE is the expected calibration error over the same bins.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from krlint.checks._gate import Decision, decide  # noqa: E402
from krlint.nlp.classifier import HAND_WEIGHTS, Classifier  # noqa: E402
from krlint.nlp.context import in_context  # noqa: E402
from krlint.nlp.judgement import Judgement  # noqa: E402
from krlint.nlp.lexicon import builtin_lexicons, inflections  # noqa: E402

CORPUS = ROOT / "corpus" / "key-results.jsonl"
UNSEEN = ROOT / "corpus" / "unseen-sets.json"
SUMMARY = ROOT / "docs" / "judgement.md"
BEGIN = "<!-- accuracy: begin (python bench/accuracy.py --summary) -->"
END = "<!-- accuracy: end -->"
REAL_WORLD = ROOT.parent / "shared" / "real-world" / "expected"
LABELS = ("output", "outcome")
BINS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
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
    forms = {
        form
        for verbs in lexicons.activity_families.values()
        for verb in verbs
        for form in inflections(verb.split()[0])
    }
    words = re.findall(r"[A-Za-z]+", text)
    return "output" if words and words[0].lower() in forms else "outcome"


def table(name: str, gold: Sequence[str], pred: Sequence[str], what: str = "dev") -> str:
    s = scores(gold, pred)
    lines = [
        f"**{name}** — {len(gold)} {what} key results",
        "",
        "| | precision | recall | F1 |",
        "|---|---|---|---|",
    ]
    for label in LABELS:
        lines.append(
            f"| {label} | {s[f'{label} precision']:.3f} | {s[f'{label} recall']:.3f} "
            f"| {s[f'{label} F1']:.3f} |"
        )
    lines += [
        f"| **macro** | | | **{s['macro-F1']:.3f}** |",
        "",
        "| gold ↓ / predicted → | output | outcome | unclear |",
        "|---|---|---|---|",
    ]
    for g in LABELS:
        row = [
            sum(1 for a, b in zip(gold, pred) if a == g and b == p)
            for p in ("output", "outcome", "unclear")
        ]
        lines.append(f"| {g} | " + " | ".join(map(str, row)) + " |")
    return "\n".join(lines)


def reliability(gold: Sequence[str], judgements: Sequence[Judgement]) -> tuple[str, float]:
    """The reliability table (how often krlint is right at each confidence) and the ECE."""
    rows, ece, n = [], 0.0, len(gold)
    for lo, hi in pairwise(BINS):
        inside = [(g, j) for g, j in zip(gold, judgements) if lo <= j.confidence < hi]
        if not inside:
            continue
        right = sum(g == j.leaning for g, j in inside) / len(inside)
        mean = sum(j.confidence for _, j in inside) / len(inside)
        ece += len(inside) / n * abs(right - mean)
        label = f"[{lo:.1f}, {hi:.1f})" if hi < 1 else f"[{lo:.1f}, 1.0]"
        rows.append(f"| {label} | {len(inside)} | {mean:.3f} | {right:.3f} |")
    head = ["| confidence | key results | mean confidence | right |", "|---|---|---|---|"]
    return "\n".join(head + rows), ece


def gate_table(gold: Sequence[str], judgements: Sequence[Judgement]) -> str:
    sure = [(g, j) for g, j in zip(gold, judgements) if j.sure]
    sure_out = [(g, j) for g, j in sure if j.label == "output"]
    outputs = sum(g == "output" for g in gold)
    unclear = sum(j.label == "unclear" for j in judgements)
    precision = sum(g == "output" for g, _ in sure_out) / len(sure_out) if sure_out else 0.0
    recall = sum(g == "output" for g, _ in sure_out) / outputs if outputs else 0.0
    return "\n".join(
        [
            "| | |",
            "|---|---|",
            f"| judgements at or above the gate (sure) | {len(sure)} of {len(gold)} |",
            f"| sure output judgements that are right | {precision:.3f} |",
            f"| outputs judged sure outputs | {recall:.3f} |",
            f"| judged unclear | {unclear} |",
        ]
    )


@dataclass
class Objective:
    gold: list[str]
    judgements: list[Judgement]
    split: str = "dev"  # the corpus split of its organisation (the documents joined the corpus)
    whole: bool = True  # False: some of its key results were left out (already in the corpus)

    def decision(self, gate: float | None = None) -> Decision:
        """The gate's decision for this objective (at another gate than the model's, if given)."""
        mine = list(self.judgements)
        return decide([None] * len(mine), _regated(mine, gate) if gate is not None else mine)


def _regated(judgements: list[Judgement], gate: float) -> list[Judgement]:
    return [replace(j, sure=j.label != "unclear" and j.confidence >= gate) for j in judgements]


def in_their_files(classifier: Classifier, rows: Sequence[dict]) -> list[Judgement]:
    """Each corpus line judged beside the other lines of its file (`source`)."""
    readings = classifier.readings([r["text"] for r in rows])
    by_file: dict[str, list[int]] = {}
    for k, r in enumerate(rows):
        by_file.setdefault(str(r.get("source")), []).append(k)
    judged: list[Judgement | None] = [None] * len(rows)
    for members in by_file.values():
        for k, j in zip(
            members, in_context([readings[k] for k in members], classifier.model.verdict)
        ):
            judged[k] = j
    return [j for j in judged if j is not None]


def same_words(text: str) -> str:
    """A key result's words for "is it already in the corpus": case, punctuation and spacing
    aside (a reader's clean words and the corpus's quotation differ in those)."""
    return " ".join(re.findall(r"\w+", text.lower()))


def real_world_objectives(
    classifier: Classifier,
    folders: Sequence[Path] = (REAL_WORLD,),
    leave_out: frozenset[str] = frozenset(),
) -> list[Objective]:
    """The labelled objectives of ground-truth files, each key result judged on its clean
    words beside the others of its document, as `krlint check` judges a file; key results whose
    words are in `leave_out` are then left out of the scores (see `--new-only`)."""
    import hashlib

    import yaml

    documents: list[tuple[str, list[tuple[list[dict], list[dict]]]]] = []
    for path in sorted(p for folder in folders for p in folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        owner = str(data.get("source", "")).split("/", 1)[0]
        split = "dev" if int(hashlib.sha256(owner.encode()).hexdigest(), 16) % 100 < 30 else "train"
        documents.append(
            (split, [(o.get("key_results") or [], []) for o in data.get("objectives") or []])
        )
    readings = iter(
        classifier.readings([kr["text"] for _, d in documents for every, _ in d for kr in every])
    )
    found = []
    for split, objectives in documents:
        every_kr = [kr for every, _ in objectives for kr in every]
        judged = iter(in_context([next(readings) for _ in every_kr], classifier.model.verdict))
        for every, _ in objectives:
            pairs = [(kr, next(judged)) for kr in every]
            kept = [(kr, j) for kr, j in pairs if same_words(kr["text"]) not in leave_out]
            found.append(
                Objective(
                    [kr["label"] for kr, _ in kept],
                    [j for _, j in kept],
                    split,
                    len(kept) == len(every),
                )
            )
    return found


def gate_scores(objectives: Sequence[Objective]) -> str:
    """Per objective: is it output-only (every key result labelled output), and did the gate
    say so — O101 (error) alone, and O101 or O107 (error or warning)."""
    lines = [
        "| | output-only objectives caught (recall) | findings right (precision) | TP | FP | FN |",
        "|---|---|---|---|---|---|",
    ]
    scored = [o for o in objectives if o.gold]
    for name, levels in (
        ("O101 error (fails the build)", ("error",)),
        ("O101 or O107 warning", ("error", "warning")),
        ("every label output (no gate; before this work)", None),
    ):
        tp = fp = fn = 0
        for o in scored:
            truth = all(g == "output" for g in o.gold)
            if levels is None:
                said = all(j.label == "output" for j in o.judgements)
            else:
                said = o.decision().level in levels
            tp += truth and said
            fp += said and not truth
            fn += truth and not said
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        lines.append(f"| {name} | {r:.3f} | {p:.3f} | {tp} | {fp} | {fn} |")
    return "\n".join(lines)


GATE_CURVE = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def gate_curve(objectives: Sequence[Objective], gate: float) -> str:
    """O101 per objective at other gates than the model's: where the gate sits on the trade
    between failing builds wrongly and letting output-only objectives through."""
    lines = [
        "| gate | output-only objectives caught (recall) | O101 right (precision) | TP | FP | FN |",
        "|---|---|---|---|---|---|",
    ]
    for g in sorted({*GATE_CURVE, gate}):
        tp, fp, fn = gate_counts(objectives, ("error",), g)
        mark = " (the model's)" if g == gate else ""
        lines.append(
            f"| {g:.2f}{mark} | {ratio(tp, tp + fn):.3f} | {ratio(tp, tp + fp):.3f} "
            f"| {tp} | {fp} | {fn} |"
        )
    return "\n".join(lines)


def gate_counts(
    objectives: Sequence[Objective], levels: tuple[str, ...], gate: float | None = None
) -> tuple[int, int, int]:
    """(TP, FP, FN) of the gate per objective at these levels (at another gate, if given)."""
    tp = fp = fn = 0
    for o in objectives:
        if not o.gold:
            continue
        truth = all(g == "output" for g in o.gold)
        said = o.decision(gate).level in levels
        tp, fp, fn = tp + (truth and said), fp + (said and not truth), fn + (truth and not said)
    return tp, fp, fn


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def record_unseen(
    name: str,
    scored: int,
    s: dict[str, float],
    first_word: float | None,
    gate: tuple[int, int, int] | None = None,
) -> None:
    """Keep the figures of a set measured while unseen: once it joins the corpus they can
    never be measured that way again."""
    record = json.loads(UNSEEN.read_text(encoding="utf-8")) if UNSEEN.is_file() else []
    entry: dict[str, object] = {
        "set": name,
        "scored": scored,
        "macro_f1": round(s["macro-F1"], 3),
        "output_precision": round(s["output precision"], 3),
        "output_recall": round(s["output recall"], 3),
    }
    if first_word is not None:
        entry["first_word_macro_f1"] = round(first_word, 3)
    if gate is not None:
        tp, fp, fn = gate
        entry["gate_precision"] = round(ratio(tp, tp + fp), 3)
        entry["gate_recall"] = round(ratio(tp, tp + fn), 3)
    entry["note"] = "measured on arrival, unseen"
    record = [e for e in record if e["set"] != name] + [entry]
    UNSEEN.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def unseen_table() -> str:
    def cell(e: dict, key: str) -> str:
        return f"{e[key]:.3f}" if key in e else "—"

    lines = [
        "| set | scored | macro-F1 | output precision | output recall "
        "| gate precision / recall per objective | first-word verb list macro-F1 | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for e in json.loads(UNSEEN.read_text(encoding="utf-8")):
        gate = (
            f"{e['gate_precision']:.3f} / {e['gate_recall']:.3f}" if "gate_precision" in e else "—"
        )
        lines.append(
            f"| {e['set']} | {e['scored']} | {cell(e, 'macro_f1')} | "
            f"{cell(e, 'output_precision')} | {cell(e, 'output_recall')} | {gate} | "
            f"{cell(e, 'first_word_macro_f1')} | {e.get('note', '')} |"
        )
    return "\n".join(lines)


def write_summary(summary: dict[str, object], gate: float) -> None:
    """The summary in docs/judgement.md, from this run: nobody pastes its figures by hand."""
    n, s, ece = summary["dev"]  # type: ignore[misc]
    lines = [
        "| set | key results | macro-F1 | output precision | output recall | ECE |",
        "|---|---|---|---|---|---|",
        f"| dev split (organisations not trained on) | {n} | {s['macro-F1']:.3f} | "
        f"{s['output precision']:.3f} | {s['output recall']:.3f} | {ece:.3f} |",
    ]
    if "dev in files" in summary:
        n, s, ece = summary["dev in files"]  # type: ignore[misc]
        lines.append(
            f"| dev split, each line beside the others of its file (as `check` judges) | {n} | "
            f"{s['macro-F1']:.3f} | {s['output precision']:.3f} | {s['output recall']:.3f} | "
            f"{ece:.3f} |"
        )
    gates = []
    if "real" in summary:
        n, s, ece, strict, loose, which = summary["real"]  # type: ignore[misc]
        lines.append(
            f"| real OKR documents (`../shared/real-world/expected`{which}) | {n} | "
            f"{s['macro-F1']:.3f} | {s['output precision']:.3f} | "
            f"{s['output recall']:.3f} | {ece:.3f} |"
        )
        for name, (tp, fp, fn) in (("O101 (error)", strict), ("O101 or O107", loose)):
            gates.append(f"| {name} | {ratio(tp, tp + fn):.3f} | {ratio(tp, tp + fp):.3f} |")
    block = "\n".join(lines)
    block += (
        f"\n\nA judgement is *sure* from calibrated confidence {gate:.2f} (the gate, chosen "
        "per objective on real documents no model trained on: see docs/gate.md); O101 fails a "
        "build only on objectives whose every key result is a sure output."
    )
    if gates:
        block += (
            "\n\n| gate per objective on the real documents | output-only objectives "
            "caught | findings right |\n|---|---|---|\n" + "\n".join(gates)
        )
    if UNSEEN.is_file():
        block += "\n\n" + unseen_table()
    text = SUMMARY.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    SUMMARY.write_text(f"{head}{BEGIN}\n{block}\n{END}{tail}", encoding="utf-8")


def load_rows(path: Path, split: str | None = None, keep_all: bool = False) -> list[dict]:
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if keep_all:
        return rows
    return [
        r
        for r in rows
        if r["label"] in LABELS
        and not r.get("ambiguous")
        and (split is None or r["split"] == split)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", action="store_true")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--real-world", action="store_true")
    parser.add_argument(
        "--real-world-split",
        choices=("dev", "train"),
        help="only the documents of organisations on this side of the corpus "
        "split (their key results joined the corpus after being measured)",
    )
    parser.add_argument(
        "--expected",
        type=Path,
        action="append",
        metavar="DIR",
        help="with --real-world: these folders of ground-truth files instead of "
        "../shared/real-world/expected (e.g. a blind reader set's expected/)",
    )
    parser.add_argument(
        "--new-only",
        action="store_true",
        help="with --real-world: leave out key results already in the corpus (same words); "
        "the gate is then measured on the objectives none of whose key results was left out",
    )
    parser.add_argument("--batch", type=Path, help="score a blind batch (JSON Lines)")
    parser.add_argument(
        "--record",
        metavar="NAME",
        help="with --batch or --real-world: keep the figures, measured while the "
        "set is unseen, in corpus/unseen-sets.json",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="rewrite the summary between the accuracy markers in docs/judgement.md",
    )
    parser.add_argument("--write", type=Path, help="also write the tables to this file")
    args = parser.parse_args()
    classifier = Classifier(builtin_lexicons())
    out: list[str] = []

    def say(text: str = "") -> None:
        print(text)
        out.append(text)

    if args.batch:
        rows = load_rows(args.batch)
        judged = classifier.classify([r["text"] for r in rows])
        gold, pred = [r["label"] for r in rows], [j.label for j in judged]
        say(table(f"krlint on {args.batch.name}", gold, pred, "blind"))
        s = scores(gold, pred)
        naive = scores(gold, [first_word_verb(r["text"]) for r in rows])
        say(f"\nfirst-word verb list macro-F1: {naive['macro-F1']:.3f}")
        if args.record:
            record_unseen(args.record, len(rows), s, naive["macro-F1"])
        if args.errors:
            for r, j in zip(rows, judged):
                if j.label != r["label"]:
                    print(f"{r['label']:>7} ≠ {j.label:<7} p={j.p_output:.2f} {r['text'][:110]!r}")
        return

    rows = load_rows(CORPUS, args.split)
    texts, gold = [r["text"] for r in rows], [r["label"] for r in rows]
    judgements = classifier.classify(texts)
    pred = [j.label for j in judgements]
    trained = classifier.model is not HAND_WEIGHTS
    say(f"## The {args.split} split\n")
    say(
        table(
            "krlint (trained weights)" if trained else "krlint (lexicon-only weights)",
            gold,
            pred,
            args.split,
        )
    )
    rel, ece = reliability(gold, judgements)
    model = classifier.model
    summary: dict[str, object] = {"dev": (len(gold), scores(gold, pred), ece)}
    say(
        f"\n**Reliability** — calibrated confidence against how often the judgement is right "
        f"(expected calibration error **{ece:.3f}**):\n"
    )
    say(rel)
    say(
        f"\n**The gate** — a judgement is *sure* from confidence **{model.gate:.2f}** (a "
        f"fixed confidence, chosen per objective); below **{model.unclear_below:.2f}** it "
        "is `unclear`:\n"
    )
    say(gate_table(gold, judgements))
    in_files = in_their_files(classifier, rows)
    ece_in_files = reliability(gold, in_files)[1]
    summary["dev in files"] = (len(gold), scores(gold, [j.label for j in in_files]), ece_in_files)
    say(
        "\n**In their files** — each line judged beside the other lines of its file (the same "
        "`source`), as `krlint check` and `krlint show` judge a file (`krlint.nlp.context`); "
        f"expected calibration error {ece_in_files:.3f}:\n"
    )
    say(table("krlint, in their files", gold, [j.label for j in in_files], args.split))
    if args.baseline:
        baseline = Classifier(builtin_lexicons(), use_model=False)
        say()
        say(
            table(
                "lexicon-only weights (no training)",
                gold,
                [j.label for j in baseline.classify(texts)],
                args.split,
            )
        )
        say()
        say(
            table(
                "first-word verb list (the naive checker)",
                gold,
                [first_word_verb(t) for t in texts],
                args.split,
            )
        )
    if args.real_world:
        folders = args.expected or [REAL_WORLD]
        if not all(f.is_dir() for f in folders):
            say(f"\n(no {', '.join(map(str, folders))}: real-world figures skipped)")
        else:
            leave_out = (
                frozenset(same_words(r["text"]) for r in load_rows(CORPUS, keep_all=True))
                if args.new_only
                else frozenset()
            )
            objectives = real_world_objectives(classifier, folders, leave_out)
            if args.real_world_split:  # since their key results joined the corpus
                objectives = [o for o in objectives if o.split == args.real_world_split]
            pairs = [
                (g, j) for o in objectives for g, j in zip(o.gold, o.judgements) if g in LABELS
            ]
            which = f", {args.real_world_split} organisations only" if args.real_world_split else ""
            where = ", ".join(
                str(f.relative_to(ROOT.parent)) if f.is_relative_to(ROOT.parent) else str(f)
                for f in folders
            )
            new = "; key results not in the corpus" if args.new_only else ""
            say(f"\n## Real OKR documents ({where}{which}{new})\n")
            say(table("krlint", [g for g, _ in pairs], [j.label for _, j in pairs], "real-world"))
            whole = [o for o in objectives if o.whole]  # the gate needs every key result
            rel, ece = reliability([g for g, _ in pairs], [j for _, j in pairs])
            say(f"\nReliability (ECE **{ece:.3f}**):\n")
            say(rel)
            say(
                f"\n**The gate per objective** — {sum(1 for o in whole if o.gold)} "
                "objectives with key results; output-only means every key result labelled "
                "output:\n"
            )
            say(gate_scores(whole))
            say("\nO101 at other gates (the same judgements, a different confidence to be sure):\n")
            say(gate_curve(whole, model.gate))
            s = scores([g for g, _ in pairs], [j.label for _, j in pairs])
            summary["real"] = (
                len(pairs),
                s,
                ece,
                gate_counts(whole, ("error",)),
                gate_counts(whole, ("error", "warning")),
                which,
            )
            if args.record:
                whole = [o for o in objectives if o.whole]
                record_unseen(args.record, len(pairs), s, None, gate_counts(whole, ("error",)))
    if UNSEEN.is_file():
        say("\n## Sets measured while unseen (before they joined the corpus)\n")
        say(unseen_table())
    if args.errors:
        print()
        for r, j in zip(rows, judgements):
            if j.label != r["label"]:
                ev = ", ".join(f"{e.kind}:{e.text}" for e in j.evidence)
                print(
                    f"{r['label']:>7} ≠ {j.label:<7} p={j.p_output:.2f} {r['text'][:110]!r}  [{ev}]"
                )
    if args.summary:
        write_summary(summary, model.gate)
    if args.write:
        command = "python bench/accuracy.py " + " ".join(a for a in sys.argv[1:])
        header = "# Accuracy\n\nWritten by `" + command + "`; do not edit by hand.\n\n"
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(header + "\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
