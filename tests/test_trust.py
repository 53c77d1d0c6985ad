"""The trust boundary's pieces, one by one (the catalogue runs them end to end)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from bad_inputs import OUTPUT_ONLY, run
from krlint import trust
from krlint.kinds.pattern import backtracking_risk
from krlint.limits import long_run


def test_current_directory_leaves_sys_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    kept = str(tmp_path / "src")  # configured (an editable install's src/): stays
    monkeypatch.setattr(sys, "path", ["", ".", str(tmp_path), kept, "/usr/lib/python3"])
    trust.without_current_directory()
    assert sys.path == [kept, "/usr/lib/python3"]


def test_repository_root_and_escapes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo, outside = tmp_path / "repo", tmp_path / "outside"
    (repo / ".git").mkdir(parents=True)
    (repo / "okrs").mkdir()
    outside.mkdir()
    (repo / "okrs" / "out").symlink_to(outside)
    (repo / "okrs" / "in").symlink_to(repo / "okrs")
    monkeypatch.chdir(repo / "okrs")
    trust.repository_root.cache_clear()
    assert trust.repository_root(".") == str(repo)
    assert trust.escapes("out") and trust.escapes("out/x.yaml")
    assert not trust.escapes("in") and not trust.escapes(str(outside))  # named from outside


def test_unreadable_subfolder_is_an_error_not_a_silent_skip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """chmod 000 does not stop root, so the walk's listing of one folder is made to fail."""
    (tmp_path / "okrs" / "locked").mkdir(parents=True)
    (tmp_path / "okrs" / "a.yaml").write_bytes(OUTPUT_ONLY)
    real = os.scandir

    def scandir(path=".", *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run(["check", "-o", "concise", str(tmp_path / "okrs")])
    assert result.exit_code == 2
    assert "okrs/a.yaml:2:16: O101" in result.stdout
    assert result.stderr.count("\n") == 1
    assert "locked: cannot read this directory: Permission denied" in result.stderr


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        (r"(a+)+$", "a repeat inside a repeat"),
        (r"(\w+\s?)*x", "a repeat inside a repeat"),
        (r"(a|ab)+c", "alternatives inside a repeat"),
        (r"(a)b\1", "a backreference"),
        (r"\b(?:per|each) (?:engineer|rep)\b", None),
        (r"\d+(?:\.\d+)?%", None),
        (r"(?:ab){2,3}c", None),
        (r"[\w\d]+", None),
    ],
)
def test_backtracking_risk(pattern: str, why: str | None) -> None:
    found = backtracking_risk(pattern)
    assert (found is None) if why is None else (found is not None and why in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KR" + " " * 33 + "x", (2, 33)),
        ("KR" + " " * 32 + "x", None),
        ("Reach 1" + "0" * 40 + " users", None),  # digits and letters are not a run
        ("%" * 100, (0, 100)),
        ("", None),
    ],
)
def test_long_run(text: str, expected: tuple[int, int] | None) -> None:
    assert long_run(text, 32) == expected


def test_pipeline_problem() -> None:
    trust.pipeline_problem.cache_clear()
    assert "not a spaCy pipeline" in (trust.pipeline_problem("yaml") or "")
    assert "no installed" in (trust.pipeline_problem("en_core_web_nothing") or "")
    assert "not the name" in (trust.pipeline_problem("os.path") or "")


def test_plugins_inside_the_checkout_only_from_the_interpreters_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dist-info committed to the checkout is no plugin, even on sys.path; one in the running
    interpreter's own site-packages (a CI `.venv/` inside the checkout) is."""
    from krlint import plugins
    from test_plugins import install_plugin

    (tmp_path / ".git").mkdir()
    install_plugin(tmp_path, monkeypatch)  # tmp_path/site, put on sys.path
    monkeypatch.chdir(tmp_path)
    trust.repository_root.cache_clear()
    assert [ep.name for ep in plugins.entry_points()] == []
    monkeypatch.setattr(trust, "_environment", lambda: (str(tmp_path / "site"),))
    assert [ep.name for ep in plugins.entry_points()] == ["acme"]
