"""Where the CI gate sits, chosen on judgements no model trained on: cross-fitted judgements of
labelled real OKR documents, and O101's precision and recall per objective at each gate.

    python bench/gate.py                              # ../shared/real-world/expected
    python bench/gate.py --extra DIR [DIR ...]        # and further ground-truth folders
    python bench/gate.py --extra DIR ... --write docs/gate.md

Why cross-fitted: the documents whose objectives say where the gate should sit are, once studied,
in the corpus the shipped weights were trained on, so the shipped model's confidence on them is
optimistic, and the dev-side documents alone are too few (about 120 objectives) to tell one gate
from the next. Here the documents are dealt by organisation into five folds; each fold is judged
by weights fitted (and calibrated, as `scripts/train_classifier.py` does) on the corpus's train
split without that fold's organisations and without any line carrying one of its key results'
words. Every objective is then judged as on a document krlint never saw.

An O101 is *right* when none of the objective's key results is labelled an outcome (as
`bench/reader.py --errors` counts it); an objective is *output-only* when every key result not
labelled ambiguous is an output (the hidden sets leave ambiguous key results out of scoring).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_classifier as training  # noqa: E402

from accuracy import REAL_WORLD, same_words  # noqa: E402
from krlint.checks._gate import decide  # noqa: E402
from krlint.nlp.classifier import Classifier  # noqa: E402
from krlint.nlp.context import in_context  # noqa: E402
from krlint.nlp.judgement import Judgement  # noqa: E402
from krlint.nlp.lexicon import builtin_lexicons  # noqa: E402
from krlint.nlp.model import LinearModel, builtin_model  # noqa: E402

FOLDS = 5
GATES = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85)


@dataclass
class Document:
    name: str
    group: str  # the organisation: documents of one are always in the same fold
    objectives: list[list[tuple[str, str]]]  # each objective's key results: (words, label)
    judged: list[list[Judgement]] | None = None  # in its document, as `krlint check` judges
    alone: list[list[Judgement]] | None = None  # each key result on its own words


def documents(folders: Sequence[Path]) -> list[Document]:
    found = []
    for folder in folders:
        expected = folder / "expected" if (folder / "expected").is_dir() else folder
        for path in sorted(expected.glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            source = str(data.get("source") or path.name).split("@", 1)[0].split()[0]
            objectives = [
                [(str(kr["text"]), str(kr["label"])) for kr in o.get("key_results") or []]
                for o in data.get("objectives") or []
            ]
            found.append(Document(path.name, source.split("/", 1)[0], objectives))
    return found


def cross_fit(docs: list[Document]) -> None:
    """Judge every document with weights that never saw its organisation or its words."""
    rows = training.load("train")
    features = training.featurise([r["text"] for r in rows])
    shipped = builtin_model()
    assert shipped is not None
    classifier = Classifier(builtin_lexicons())
    groups = sorted({d.group for d in docs})
    for fold in range(FOLDS):
        held = {g for i, g in enumerate(groups) if i % FOLDS == fold}
        mine = [d for d in docs if d.group in held]
        words = {same_words(t) for d in mine for o in d.objectives for t, _ in o}
        keep = [
            i
            for i, r in enumerate(rows)
            if r["group"] not in held and same_words(r["text"]) not in words
        ]
        train, feats = [rows[i] for i in keep], [features[i] for i in keep]
        fitted, slope, intercept, context = training.fit_calibrated(train, feats, **training.PARAMS)
        classifier.model = LinearModel(
            fitted.weights,
            fitted.bias,
            None,
            slope,
            intercept,
            shipped.unclear_below,
            shipped.gate,
            context,
        )
        texts = [t for d in mine for o in d.objectives for t, _ in o]
        read = iter(classifier.readings(texts))
        for d in mine:
            # each document's key results judged together, as `krlint check` judges a file
            mine_read = [next(read) for o in d.objectives for _ in o]
            judged = iter(in_context(mine_read, classifier.model.verdict))
            d.judged = [[next(judged) for _ in o] for o in d.objectives]
            model = classifier.model
            alone = iter(r.judged(model.unclear_below, model.gate) for r in mine_read)
            d.alone = [[next(alone) for _ in o] for o in d.objectives]


def counts(docs: Sequence[Document], gate: float, in_file: bool) -> tuple[int, int, int, int]:
    """(O101 raised, O101 right, output-only objectives, output-only objectives caught)."""
    raised = right = total = caught = 0
    for d in docs:
        found = d.judged if in_file else d.alone
        assert found is not None
        judged = [
            [replace(j, sure=j.label != "unclear" and j.confidence >= gate) for j in js]
            for js in found
        ]
        for o, js in zip(d.objectives, judged, strict=True):
            labels = [label for _, label in o]
            scored = [label for label in labels if label != "ambiguous"]
            said = decide([None] * len(js), js).level == "error"
            output_only = bool(scored) and all(label == "output" for label in scored)
            raised += said
            right += said and "outcome" not in labels
            total += output_only
            caught += said and output_only
    return raised, right, total, caught


def table(docs: Sequence[Document], model_gate: float) -> str:
    objectives = sum(len(d.objectives) for d in docs)
    lines = [
        f"{len(docs)} documents, {objectives} objectives, each judged by weights fitted without "
        f"its organisation ({FOLDS} folds): each key result alone, and beside the rest of its "
        "document as `krlint check` judges a file (`krlint.nlp.context`, its weights fitted in "
        "the same folds). The shipped gate is marked.",
        "",
        "| gate | key results judged | O101 right (precision) | output-only caught (recall) "
        "| O101 raised | output-only objectives |",
        "|---|---|---|---|---|---|",
    ]
    for gate in sorted({*GATES, model_gate}):
        for in_file in (False, True):
            raised, right, total, caught = counts(docs, gate, in_file)
            mark = " **(shipped)**" if gate == model_gate and in_file else ""
            lines.append(
                f"| {gate:.2f} | {'in their document' if in_file else 'alone'}{mark} "
                f"| {right / raised if raised else 0:.3f} "
                f"| {caught / total if total else 0:.3f} | {raised} | {total} |"
            )
    return "\n".join(lines)


def folder_name(folder: Path) -> str:
    """How the report names a folder of ground truth: a set's `expected/` by the set's folder
    ("reader-IK"), the shared one as `../shared/real-world`."""
    if folder == REAL_WORLD:
        return "../shared/real-world"
    return folder.parent.name if folder.name == "expected" else folder.name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--extra", type=Path, nargs="*", default=[], help="further ground-truth folders"
    )
    parser.add_argument("--write", type=Path, help="also write the report to this file")
    args = parser.parse_args()
    if not REAL_WORLD.is_dir():
        print(f"no {REAL_WORLD} (the ../shared folder beside the project)", file=sys.stderr)
        return 2
    folders = [REAL_WORLD, *args.extra]
    docs = documents(folders)
    cross_fit(docs)
    model = builtin_model()
    report = table(docs, model.gate if model else 0.0)
    print(report)
    if args.write:
        names = ", ".join(f"`{folder_name(f)}`" for f in folders)
        args.write.write_text(
            "# Where the CI gate sits\n\n"
            "Written by `python bench/gate.py --write` (see its docstring for the method): O101 "
            "per objective on labelled real OKR documents, every key result judged by weights "
            "that never saw its organisation. An O101 is right when none of the objective's key "
            "results is labelled an outcome; an objective is output-only when every key result "
            "not labelled ambiguous is an output.\n\n"
            f"Ground truth from: {names} (folders other than `../shared` are the blind reader "
            "sets, kept outside the project; their key results are in `corpus/`).\n\n"
            + report
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
