"""Real OKR files from public repositories (../shared/real-world, when present) read cleanly:
objectives and key results found, no reader finding (F001–F004)."""

from __future__ import annotations

from pathlib import Path

import pytest

from krlint.engine import Linter, RunOptions

REAL_WORLD = Path(__file__).resolve().parents[2] / "shared" / "real-world"
FILES = sorted(p for p in REAL_WORLD.glob("*") if p.suffix in (".yaml", ".yml", ".json")) \
    if REAL_WORLD.is_dir() else []


@pytest.mark.skipif(not FILES, reason="../shared/real-world is not here")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_real_file_reads_cleanly(path: Path) -> None:
    report = Linter(RunOptions(select=("F",))).lint_paths([str(path)])
    assert not report.errors
    [file] = report.files
    assert file.objectives >= 1 and file.key_results >= file.objectives
    assert [(d.code, d.line, d.message) for d in file.diagnostics] == []
