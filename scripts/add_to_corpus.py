"""Let a measured set join the labelled corpus: a blind batch (JSON Lines) or the labelled key
results of ../shared/real-world/expected (never the documents themselves, only each key result's
text, its label and where it was published).

    python scripts/add_to_corpus.py BATCH.jsonl [...]        # text, label, domain, source, group
    python scripts/add_to_corpus.py --expected DIR           # DIR/*.yaml: source + key results

Measure a set first (`python bench/accuracy.py --batch FILE --record NAME`, or `--real-world
--record NAME`): once it is in the corpus it can never be unseen again. Lines already in the
corpus are skipped; a line the labeller marked ambiguous keeps its label with `"ambiguous":
true` and, like `unclear`, is left out of training and scoring. Each line is split by the stable
hash of its group (organisation), so an organisation is always on one side.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "key-results.jsonl"
DEV_SHARE = 30  # percent of organisations on the dev side


def split_of(group: str) -> str:
    """The corpus's stable split: dev for about 30% of the organisations."""
    return (
        "dev" if int(hashlib.sha256(group.encode()).hexdigest(), 16) % 100 < DEV_SHARE else "train"
    )


def from_batch(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        row = {
            "text": r["text"],
            "label": r["label"],
            "domain": r.get("domain", "other"),
            "source": r["source"],
            "group": r["group"],
        }
        if r.get("ambiguous"):
            row["ambiguous"] = True
        rows.append(row)
    return rows


def from_expected(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        source = str(data["source"]).split("@", 1)[0]  # owner/repo:path, without the commit
        group = source.split("/", 1)[0]
        for objective in data.get("objectives") or []:
            for kr in objective.get("key_results") or []:
                row = {
                    "text": kr["text"],
                    "label": kr["label"],
                    "domain": "okr-document",
                    "source": source,
                    "group": group,
                }
                if kr["label"] == "ambiguous":
                    row["label"], row["ambiguous"] = "unclear", True
                rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*", type=Path)
    parser.add_argument("--expected", type=Path)
    args = parser.parse_args()
    new = [r for b in args.batches for r in from_batch(b)]
    if args.expected:
        new += from_expected(args.expected)
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    seen = {json.loads(line)["text"] for line in lines if line}
    added = 0
    with CORPUS.open("a", encoding="utf-8") as out:
        for row in new:
            if row["text"] in seen or row["label"] not in ("output", "outcome", "unclear"):
                continue
            seen.add(row["text"])
            row["split"] = split_of(row["group"])
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            added += 1
    print(
        f"{added} key results joined {CORPUS.relative_to(ROOT)} "
        f"({len(new) - added} already there or without a label)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
