"""scripts/seen_before.py: a fresh reader set's documents whose key results the corpus already
holds are named, so that a set measured "on arrival" is measured on what is new."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "seen_before.py"


def _expected(folder: Path, name: str, texts: list[str]) -> None:
    krs = "".join(f'      - text: "{t}"\n        line: 3\n        label: output\n' for t in texts)
    (folder / f"{name}.yaml").write_text(
        f'source: a/b:c.md\nobjectives:\n  - title: "Grow"\n    line: 1\n    key_results:\n{krs}',
        encoding="utf-8",
    )


def test_a_document_whose_key_results_are_corpus_lines_is_named(tmp_path: Path) -> None:
    corpus = [
        json.loads(line)["text"]
        for line in (ROOT / "corpus" / "key-results.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and '"' not in json.loads(line)["text"]
    ]
    expected = tmp_path / "expected"
    expected.mkdir()
    # two of three corpus lines, written with other case and punctuation: seen
    _expected(expected, "seen.md", [corpus[0].upper() + " !", corpus[1], "Brand new words 1234"])
    # one of three: new (a document may share a common key result with the corpus)
    _expected(expected, "new.md", [corpus[2], "Brand new words 5678", "Other new words 91011"])
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert "seen: seen.md.yaml: 2 of 3" in done.stdout
    assert "new.md" not in done.stdout
    assert done.stdout.strip().endswith("1 of 2 documents seen before")
