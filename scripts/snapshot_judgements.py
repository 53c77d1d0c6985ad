"""Write the snapshot of every corpus line's judgement: label, reason and evidence.

    python scripts/snapshot_judgements.py          # rewrites tests/snapshots/judgements.jsonl

`tests/test_snapshot.py` judges the corpus again and shows, line by line, what a change moved.
Rewrite the snapshot only when the moves it shows are the ones you meant, and commit it with the
change: its git diff is the review of what the change did to real key results.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from krlint.nlp import Judgement, classify  # noqa: E402

CORPUS = ROOT / "corpus" / "key-results.jsonl"
SNAPSHOT = ROOT / "tests" / "snapshots" / "judgements.jsonl"


def corpus_texts() -> list[str]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    return [r["text"] for r in rows]


def record(text: str, judgement: Judgement) -> dict[str, object]:
    """What the snapshot keeps of a judgement: what a reader of `krlint check` would see change
    (the label, the rule that reports it, the spans it quotes), not the probability, which moves
    with every retraining."""
    return {
        "text": text,
        "label": judgement.label,
        "reason": judgement.reason,
        "evidence": [f"{e.kind}: {e.text}" for e in judgement.evidence],
    }


def current() -> list[dict[str, object]]:
    texts = corpus_texts()
    return [record(t, j) for t, j in zip(texts, classify(texts), strict=True)]


def dump(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    records = current()
    SNAPSHOT.write_text(dump(records), encoding="utf-8")
    print(f"wrote {SNAPSHOT.relative_to(ROOT)}: {len(records)} judgements")


if __name__ == "__main__":
    main()
