"""Which documents of a fresh reader set the corpus has already seen: run it before a set is
measured on arrival, so that "unseen" means unseen.

    python scripts/seen_before.py DIR [DIR ...]      # DIR/expected/*.yaml (or DIR/*.yaml)

A blind finder checks candidates against the repositories the corpus names, but a document an
earlier session found by phrase is in the corpus under `index-id:…`, with no repository: its
key results are there all the same. A document counts as seen when more than a third of its key
results (case, punctuation and spacing aside, as `bench/accuracy.py --new-only` compares them)
are already corpus lines. Prints one line per seen document and a count; exit 0 always (it
informs the measurement, it does not stop it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from accuracy import same_words  # noqa: E402  (what --new-only compares)

CORPUS = ROOT / "corpus" / "key-results.jsonl"
SEEN_SHARE = 1 / 3  # more than this share of a document's key results in the corpus: seen


def key_results(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [
        str(kr["text"])
        for objective in data.get("objectives") or []
        for kr in objective.get("key_results") or []
        if isinstance(kr, dict) and kr.get("text")
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folders", type=Path, nargs="+", help="reader sets (DIR/expected)")
    args = parser.parse_args()
    corpus = {
        same_words(json.loads(line)["text"])
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    seen = total = 0
    for folder in args.folders:
        expected = folder / "expected" if (folder / "expected").is_dir() else folder
        for path in sorted(expected.glob("*.yaml")):
            texts = key_results(path)
            known = sum(same_words(t) in corpus for t in texts)
            total += 1
            if texts and known > SEEN_SHARE * len(texts):
                seen += 1
                print(f"seen: {path.name}: {known} of {len(texts)} key results in the corpus")
    print(f"{seen} of {total} documents seen before")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
