"""Every real OKR file in ../shared/real-world/ lints without an internal error.

The files are not ours (several have no licence), so they are read where they are and never
copied; the tests skip where the folder does not exist, and fail there under
KRLINT_REQUIRE_SHARED=1 (conftest.require_shared).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REAL_WORLD, require_shared, shared_params
from krlint.engine import Linter, Report
from krlint.loaders import read_text, reader_for


@pytest.fixture(autouse=True, scope="module")
def _real_world() -> None:
    require_shared(REAL_WORLD, "real-world OKR documents")


# Four bare bullets under "OKRs:" and nothing that states an objective: krlint must not invent
# one, so the right result is no objectives and one F006 note (information, not an error)
# saying where and why.
NO_OBJECTIVE = "taskcluster__taskcluster-migration-DEPRECATED__OKRs.md"


def okr_files() -> list[Path]:
    if not REAL_WORLD.is_dir():
        return []
    suffixes = (".md", ".yml", ".yaml", ".json")
    return sorted(
        p for p in REAL_WORLD.iterdir() if p.suffix.lower() in suffixes and p.name != "README.md"
    )


@pytest.fixture(scope="module")
def report() -> Report:
    # the folder itself: its README is skipped by the directory walk, the OKR files are found
    return Linter().lint_paths([str(REAL_WORLD)])


def _walked(report: Report, folder: Path) -> list[str]:
    return sorted(Path(f.path).name for f in report.files if Path(f.path).parent == folder)


def test_the_directory_walk_finds_every_okr_file_and_not_the_readme(report: Report) -> None:
    # like with like: the files directly in the folder, then each sub-folder by its own rule
    assert _walked(report, REAL_WORLD) == [p.name for p in okr_files()]
    docs = REAL_WORLD / "docs"
    if docs.is_dir():  # Markdown named for OKRs only; SOURCES-*.md and other names are not
        assert _walked(report, docs) == sorted(
            p.name
            for p in docs.iterdir()
            if p.suffix.lower() in (".md", ".markdown") and "okr" in p.name.lower()
        )


@pytest.mark.parametrize("path", shared_params(okr_files(), REAL_WORLD), ids=lambda p: p.name)
def test_lints_without_internal_error(path: Path, report: Report) -> None:
    assert report.errors == []
    assert report.exit_code != 2
    file_report = next(f for f in report.files if Path(f.path).name == path.name)
    assert [d for d in file_report.diagnostics if d.code == "X001"] == []
    if path.name == NO_OBJECTIVE:
        assert file_report.objectives == 0
        assert [(d.code, d.line, d.severity.label) for d in file_report.diagnostics] == [
            ("F006", 3, "info")
        ]
    else:
        assert file_report.objectives >= 1
        assert file_report.key_results >= 1
        assert not [d for d in file_report.diagnostics if d.code in ("F001", "F002", "F003")]


@pytest.mark.parametrize(
    "path",
    shared_params([p for p in okr_files() if p.suffix == ".md"], REAL_WORLD),
    ids=lambda p: p.name,
)
def test_markdown_positions_point_at_the_key_result_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    result = read_text(str(path), text, reader_for(str(path)))
    lines = text.splitlines()
    for objective in result.file.objectives:
        for kr in [objective, *objective.key_results]:
            source = lines[kr.span.line - 1]
            first_word = kr.text.split()[0]
            assert source[kr.span.column - 1 :].startswith(first_word), (kr.text, source)


def test_initiatives_are_never_key_results() -> None:
    paths = [p for p in okr_files() if "Initiative:" in p.read_text(encoding="utf-8")]
    if not paths:
        pytest.skip("no real file with Initiative: lines")
    for path in paths:
        text = path.read_text(encoding="utf-8")
        initiatives = {
            line.split(":", 1)[1].strip()
            for line in text.splitlines()
            if line.startswith("Initiative:")
        }
        result = read_text(str(path), text, "markdown")
        assert result.file.key_results()
        assert not {kr.text for _, kr in result.file.key_results()} & initiatives
