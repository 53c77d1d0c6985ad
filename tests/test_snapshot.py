"""Every corpus line's judgement (label, reason, evidence) against its committed snapshot.

A change to lexicons, features or weights that moves any judgement fails here with the list of
what moved, old → new; when the moves are the intended ones, `python scripts/snapshot_judgements.py`
rewrites the snapshot and its git diff goes into the same commit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import snapshot_judgements as snapshot
finally:
    sys.path.pop(0)

SHOWN = 40  # moves listed in full; the rest are counted


def describe(old: dict[str, object], new: dict[str, object]) -> str:
    lines = [f"  {new['text']!r}"]
    for key in ("label", "reason", "evidence"):
        if old.get(key) != new.get(key):
            lines.append(f"      {key}: {old.get(key)} → {new.get(key)}")
    return "\n".join(lines)


def diff(old: list[dict[str, object]], new: list[dict[str, object]]) -> list[str]:
    """Readable moves, keyed by text (a line added to or dropped from the corpus says so)."""
    before = {str(r["text"]): r for r in old}
    after = {str(r["text"]): r for r in new}
    moves = [describe(before[t], r) for t, r in after.items() if t in before and before[t] != r]
    moves += [f"  {t!r}: new in the corpus, not in the snapshot" for t in after if t not in before]
    moves += [
        f"  {t!r}: in the snapshot, no longer in the corpus" for t in before if t not in after
    ]
    return moves


def test_diff_names_what_moved() -> None:
    old = [{"text": "Ship X", "label": "output", "reason": "activity-verb", "evidence": ["a"]}]
    new = [{"text": "Ship X", "label": "outcome", "reason": "outcome-measure", "evidence": ["a"]}]
    (move,) = diff(old, new)
    assert "label: output → outcome" in move and "reason: activity-verb → outcome-measure" in move
    assert "evidence" not in move
    assert diff(old, old) == []


def test_corpus_judgements_match_the_snapshot() -> None:
    assert snapshot.SNAPSHOT.is_file(), "no snapshot: run python scripts/snapshot_judgements.py"
    old = [
        json.loads(line)
        for line in snapshot.SNAPSHOT.read_text(encoding="utf-8").splitlines()
        if line
    ]
    moves = diff(old, snapshot.current())
    if moves:
        shown = "\n".join(moves[:SHOWN])
        more = f"\n  … and {len(moves) - SHOWN} more" if len(moves) > SHOWN else ""
        raise AssertionError(
            f"{len(moves)} corpus judgements moved (old → new); if meant, run "
            f"python scripts/snapshot_judgements.py and commit the snapshot:\n{shown}{more}"
        )
