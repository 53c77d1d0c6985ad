"""The pre-commit hook, run by the real `pre-commit try-repo` against a throwaway git repository.

try-repo installs krlint from a git repository at its HEAD (uncommitted *tracked* changes are
shadowed, untracked files are not). So the hook repository here is a fresh git repository holding
a copy of this checkout's current files, committed: the test exercises the working tree as it is,
not the last commit, and never touches the developer's repository.

It is slow (pre-commit builds a virtualenv and installs krlint with spaCy into it), so it is
marked `slow` — deselect with `-m "not slow"` — but it runs in the default suite. pre-commit's
pip inherits the environment, so offline runs work with a wheelhouse:
`PIP_NO_INDEX=1 PIP_FIND_LINKS=/path/to/wheels pytest`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
SKIP_PARTS = {".git", ".venv", "venv", "__pycache__", ".pytest_cache", ".ruff_cache",
              ".krlint_cache", ".hypothesis", "build", "dist"}

OUTPUT_ONLY = """\
objectives:
  - objective: Become the go-to voice on analytics
    key_results:
      - Publish 12 blog posts
      - Host 4 webinars
"""
CLEAN = """\
objectives:
  - objective: Make onboarding effortless for new teams
    key_results:
      - Increase week-1 activation from 32% to 45%
      - Reduce median time to first dashboard from 3 days to 1 day
"""


def hook() -> dict:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    (found,) = [h for h in manifest if h["id"] == "krlint"]
    return found


# -- the manifest itself (fast) ---------------------------------------------------------------
def test_manifest_declares_the_krlint_hook():
    h = hook()
    assert h["language"] == "python"
    assert h["entry"] == "krlint check"
    assert h["require_serial"] is True


@pytest.mark.parametrize("path", [
    "okrs.yaml", "okrs.yml", "okrs.json", "okrs.md", "growth.okrs.yaml", "growth.okrs.yml",
    "growth.okrs.json", "growth.okrs.md", "teams/okrs.yaml", "teams/growth.okrs.yaml",
    "okrs/q1.yaml", "okrs/2026/q1/growth.yml", "planning/okrs/q1.json", "okrs/q1.md",
])
def test_files_pattern_matches_okr_files(path):
    assert re.search(hook()["files"], path), path  # pre-commit uses re.search


@pytest.mark.parametrize("path", [
    "config.yaml", "myokrs.yaml", "okrs.yaml.bak", "okrs.txt", "docs/okrs-guide.txt",
    "okrsfolder/q1.yaml", "src/okrs.py", ".pre-commit-config.yaml", "okrs/readme.txt",
])
def test_files_pattern_leaves_other_files_alone(path):
    assert not re.search(hook()["files"], path), path


# -- the real pre-commit ----------------------------------------------------------------------
def _project_files() -> list[Path]:
    """What a clone of this checkout would hold, as the working tree has it now."""
    if (ROOT / ".git").exists() and shutil.which("git"):
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT, capture_output=True, check=True).stdout.decode().split("\0")
        return [Path(p) for p in listed if p and (ROOT / p).is_file()]
    return [p.relative_to(ROOT) for p in ROOT.rglob("*")
            if p.is_file() and not SKIP_PARTS & set(p.relative_to(ROOT).parts)]


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=_env())


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("GIT_") and k not in {"PRE_COMMIT", "SKIP"}}
    env.update(GIT_AUTHOR_NAME="krlint tests", GIT_AUTHOR_EMAIL="tests@krlint.invalid",
               GIT_COMMITTER_NAME="krlint tests", GIT_COMMITTER_EMAIL="tests@krlint.invalid",
               GIT_CONFIG_NOSYSTEM="1", PRE_COMMIT_COLOR="never", NO_COLOR="1")
    return env


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    if not shutil.which("git"):
        pytest.skip("git is not installed")
    repo = tmp_path_factory.mktemp("hook-repo")
    for rel in _project_files():
        target = repo / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, target)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "--no-verify", "-m", "krlint under test")
    return repo


@pytest.fixture
def user_repo(tmp_path) -> Path:
    repo = tmp_path / "user-repo"
    (repo / "okrs").mkdir(parents=True)
    (repo / "okrs" / "marketing.yaml").write_text(OUTPUT_ONLY, encoding="utf-8")
    (repo / "growth.okrs.yaml").write_text(CLEAN, encoding="utf-8")
    (repo / "notes.yaml").write_text(OUTPUT_ONLY, encoding="utf-8")  # not an OKR file by name
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "--no-verify", "-m", "okrs")
    return repo


def try_repo(hook_repo: Path, user_repo: Path, *files: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "krlint",
         "--verbose", "--files", *files],
        cwd=user_repo, capture_output=True, text=True, env=_env(), timeout=900)


@pytest.mark.slow
def test_real_pre_commit_fails_on_output_only_objective_and_passes_clean(hook_repo, user_repo):
    failing = try_repo(hook_repo, user_repo, "okrs/marketing.yaml")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert re.search(r"krlint \(OKR linter\)\.+Failed", failing.stdout), failing.stdout
    assert "O101" in failing.stdout and "okrs/marketing.yaml" in failing.stdout

    passing = try_repo(hook_repo, user_repo, "growth.okrs.yaml", "notes.yaml")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert re.search(r"krlint \(OKR linter\)\.+Passed", passing.stdout), passing.stdout
    # notes.yaml is all outputs too, but the `files` pattern keeps the hook off it
    assert "O101" not in passing.stdout
