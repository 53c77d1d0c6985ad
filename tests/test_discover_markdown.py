"""Directory walks read Markdown only when it is named for OKRs or kept in an okrs/ folder.

A repository's README, CHANGELOG and design notes are Markdown too; linting them as OKRs would
bury the real findings. Files named on the command line are always read.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from krlint.sources import PathError, discover


def make(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("## Grow\n- 10 customers\n", encoding="utf-8")


def found(root: Path, *paths: str) -> list[str]:
    return sorted(
        Path(p).relative_to(root).as_posix()
        for p in discover([str(root / p) for p in paths] or [str(root)])
    )


def test_markdown_in_a_directory_walk_needs_okr_in_its_name(tmp_path: Path) -> None:
    make(
        tmp_path,
        "README.md",
        "CHANGELOG.md",
        "docs/design.md",
        "team-OKRs.md",
        "q3_okr.markdown",
        "plan.yaml",
        "docs/goals.json",
    )
    assert found(tmp_path) == ["docs/goals.json", "plan.yaml", "q3_okr.markdown", "team-OKRs.md"]


def test_markdown_under_an_okrs_folder_is_read_whatever_its_name(tmp_path: Path) -> None:
    make(tmp_path, "OKRs/2024-Q3.md", "team/okrs/platform/notes.md", "okrs-archive/old.md")
    assert found(tmp_path) == ["OKRs/2024-Q3.md", "team/okrs/platform/notes.md"]
    assert found(tmp_path, "OKRs") == ["OKRs/2024-Q3.md"]


def test_walking_an_okrs_folder_from_inside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make(tmp_path, "okrs/q1.md")
    monkeypatch.chdir(tmp_path / "okrs")
    assert list(discover(["."])) == [os.path.join(".", "q1.md")]


def test_files_named_on_the_command_line_are_always_read(tmp_path: Path) -> None:
    make(tmp_path, "README.md")
    assert found(tmp_path, "README.md") == ["README.md"]


def test_a_folder_of_only_other_markdown_says_why_nothing_was_found(tmp_path: Path) -> None:
    make(tmp_path, "README.md")
    with pytest.raises(PathError, match="Markdown only when its name contains 'okr'"):
        list(discover([str(tmp_path)]))
