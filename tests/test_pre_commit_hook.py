"""The pre-commit hook, run by the real `pre-commit` against throwaway git repositories.

pre-commit installs krlint from a git repository at a revision. So the hook repository here is a
fresh git repository holding a copy of this checkout's current files, committed and tagged with
this version's tag (the `rev:` of examples/pre-commit-config.yaml): the tests exercise the
working tree as it is, not the last commit, through the example configuration as written (only
its `repo:` URL is pointed at the copy), and never touch the developer's repository. The runs
share one PRE_COMMIT_HOME, so krlint's environment is built once.

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

from conftest import OUTPUT_ONLY
from krlint import __version__
from krlint.loaders.sniff import okr_named
from krlint.sources import OKR_SUFFIXES

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
EXAMPLE_CONFIG = ROOT / "examples" / "pre-commit-config.yaml"
TAG = f"v{__version__}"
SKIP_PARTS = {
    ".git",
    ".venv",
    "venv",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".krlint_cache",
    ".hypothesis",
    "build",
    "dist",
}

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
    # krlint's `exclude` config applies to the files pre-commit passes, as the manifest says
    assert h["entry"] == "krlint check --force-exclude"
    assert h["require_serial"] is True


OKR_PATHS = [
    "okrs.yaml",
    "okrs.yml",
    "okrs.json",
    "okrs.md",
    "growth.okrs.yaml",
    "growth.okrs.yml",
    "growth.okrs.json",
    "growth.okrs.md",
    "teams/okrs.yaml",
    "teams/growth.okrs.yaml",
    "okrs/q1.yaml",
    "okrs/2026/q1/growth.yml",
    "planning/okrs/q1.json",
    "okrs/q1.md",
    # real repositories' names (issue 14)
    "OKRs.md",
    "OKR.md",
    "team-okrs.md",
    "planning/OKRs/q1.yaml",
    "okrs.markdown",
    "OKRS.md",
    "docs/okr.md",
    "okr/2026-q1.yaml",
    "OKR/q1.json",
    "strategy/2026_Q2-OKRS.md",
    "business_okr-q1-pilot-validation.md",
    "2023-retreat-okrs.md",
    "Q3 OKRs.md",
    "docs/objectives-and-key-results.md",
    "Growth.OKRs.YAML",
    # MDX pages (docs sites such as Docusaurus keep OKRs so), read as Markdown
    "okrs/q1.mdx",
    "contents/teams/growth/OKRs.mdx",
]
OTHER_PATHS = [
    "config.yaml",
    "myokrs.yaml",
    "okrs.yaml.bak",
    "okrs.txt",
    "docs/okrs-guide.txt",
    "okrsfolder/q1.yaml",
    "src/okrs.py",
    ".pre-commit-config.yaml",
    "okrs/readme.txt",
    "workokrsheet.yaml",
    "brokers.yaml",
    "README.md",
    "CHANGELOG.md",
    "docker-compose.yml",
    ".github/workflows/ci.yml",
    "package.json",
    "okrs-service/app.yaml",
    "okrs.mdx.bak",
]


@pytest.mark.parametrize("path", OKR_PATHS)
def test_files_pattern_matches_okr_files(path):
    assert re.search(hook()["files"], path), path  # pre-commit uses re.search


@pytest.mark.parametrize("path", OTHER_PATHS)
def test_files_pattern_leaves_other_files_alone(path):
    assert not re.search(hook()["files"], path), path


@pytest.mark.parametrize(
    "path",
    [
        p
        for p in OKR_PATHS + OTHER_PATHS
        if not any(folder.lower() in ("okr", "okrs") for folder in p.split("/")[:-1])
    ],
)
def test_the_hook_and_krlint_agree_on_what_an_okr_name_is(path):
    """One idea, two spellings (a regex in YAML for pre-commit, `okr_named` for krlint): for a
    file outside an OKR folder, the hook passes it exactly when krlint would never skip it."""
    suffix_ok = path.lower().endswith(OKR_SUFFIXES)
    assert bool(re.search(hook()["files"], path)) == (okr_named(path) and suffix_ok), path


# -- the real pre-commit ----------------------------------------------------------------------
def _project_files() -> list[Path]:
    """What a clone of this checkout would hold, as the working tree has it now."""
    if (ROOT / ".git").exists() and shutil.which("git"):
        listed = (
            subprocess.run(
                ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                cwd=ROOT,
                capture_output=True,
                check=True,
            )
            .stdout.decode()
            .split("\0")
        )
        return [Path(p) for p in listed if p and (ROOT / p).is_file()]
    return [
        p.relative_to(ROOT)
        for p in ROOT.rglob("*")
        if p.is_file() and not SKIP_PARTS & set(p.relative_to(ROOT).parts)
    ]


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=_env())


def _env() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("GIT_") and k not in {"PRE_COMMIT", "SKIP"}
    }
    env.update(
        GIT_AUTHOR_NAME="krlint tests",
        GIT_AUTHOR_EMAIL="tests@krlint.invalid",
        GIT_COMMITTER_NAME="krlint tests",
        GIT_COMMITTER_EMAIL="tests@krlint.invalid",
        GIT_CONFIG_NOSYSTEM="1",
        PRE_COMMIT_COLOR="never",
        NO_COLOR="1",
    )
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
    _git(repo, "tag", TAG)  # what the example's `rev:` names
    return repo


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


# A repository as teams have them: OKR files under the names real repositories use, each with
# an output-only objective (so each one linted shows up with an O101), and the files every
# repository has, none of them OKRs.
OUTPUT_ONLY_MD = """\
# {title}

## Objective: Become the go-to voice on analytics

- KR1: Publish 12 blog posts
- KR2: Host 4 webinars
"""
OUTPUT_ONLY_JSON = (
    '{"objectives": [{"objective": "Become the go-to voice on analytics", '
    '"key_results": ["Publish 12 blog posts", "Host 4 webinars"]}]}\n'
)
OKR_FILES = {
    "OKRs.md": OUTPUT_ONLY_MD.format(title="OKRs"),
    "OKR.md": OUTPUT_ONLY_MD.format(title="OKR 2026"),
    "docs/team-okrs.md": OUTPUT_ONLY_MD.format(title="Team OKRs"),
    "planning/OKRs/q1.yaml": OUTPUT_ONLY,
    "okrs.markdown": OUTPUT_ONLY_MD.format(title="OKRs"),
    "growth.okrs.yaml": OUTPUT_ONLY,
    "okr/2026.json": OUTPUT_ONLY_JSON,
    "okrs/marketing.yml": OUTPUT_ONLY,
}
OTHER_FILES = {
    "README.md": "# acme-web\n\nThe web front end.\n\n## Development\n\n- `npm test`\n",
    "CHANGELOG.md": "# Changelog\n\n## [1.2.0] - 2026-03-02\n\n- Export as PDF\n"
    "- Dark mode\n\n## [1.1.0]\n\n- Faster start-up\n",
    "docker-compose.yml": "services:\n  web:\n    image: nginx:1.27\n    ports: ['8080:80']\n",
    ".github/workflows/ci.yml": "name: CI\non: [push]\njobs:\n  test:\n    runs-on: "
    "ubuntu-latest\n    steps:\n      - run: npm test\n",
    "package.json": '{"name": "acme-web", "version": "1.2.0"}\n',
    "okrs/.krlint.yaml": "fail-on: error\nmax-key-results: 5\n",
    "okrs/schema.json": '{"$schema": "https://json-schema.org/draft/2020-12/schema", '
    '"type": "object"}\n',
    "okrs/CHANGELOG.md": "# Changes\n\n## 1.2.0\n\n- Added the Q2 file\n",
    "notes.yaml": OUTPUT_ONLY,  # OKRs, but not by name: the hook's pattern leaves it alone
}


def _user_repo(root: Path, files: dict[str, str], config: str) -> Path:
    root.mkdir(parents=True)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "--no-verify", "-m", "okrs")
    return root


def example_config(hook_repo: Path) -> str:
    """examples/pre-commit-config.yaml as written, its `repo:` URL pointed at the local copy."""
    text = EXAMPLE_CONFIG.read_text(encoding="utf-8")
    (url,) = re.findall(r"^\s*- repo: (\S+)$", text, re.MULTILINE)
    assert url == "https://github.com/krlint/krlint"
    return text.replace(url, str(hook_repo))


def pre_commit(home: Path, repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env={**_env(), "PRE_COMMIT_HOME": str(home)},
        timeout=900,
    )


@pytest.mark.slow
def test_example_config_lints_every_okr_file_and_nothing_else(hook_repo, pre_commit_home, tmp_path):
    repo = _user_repo(tmp_path / "team", {**OKR_FILES, **OTHER_FILES}, example_config(hook_repo))
    done = pre_commit(pre_commit_home, repo, "run", "--all-files", "--verbose")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert re.search(r"krlint \(OKR linter\)\.+Failed", done.stdout), output
    findings = re.findall(r"^(\S+):\d+:\d+: ([A-Z]\d{3}) ", done.stdout, re.MULTILINE)
    assert {path for path, _ in findings} == set(OKR_FILES), output  # every one, nothing else
    assert {path for path, code in findings if code == "O101"} == set(OKR_FILES), output
    assert "Traceback" not in output


@pytest.mark.slow
def test_real_pre_commit_passes_clean_okrs_and_skips_what_holds_none(
    hook_repo, pre_commit_home, tmp_path
):
    files = {
        "okrs/growth.yaml": CLEAN,
        "okrs/README.md": OTHER_FILES["README.md"],
        "okrs/.krlint.yaml": "exclude: [archive/]\n",
        "okrs/archive/2019.yaml": OUTPUT_ONLY,
    }
    repo = _user_repo(tmp_path / "team", files, example_config(hook_repo))
    done = pre_commit(pre_commit_home, repo, "run", "--all-files", "--verbose")
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"krlint \(OKR linter\)\.+Passed", done.stdout), done.stdout
    # the archive is excluded by krlint's config even though pre-commit named it
    assert "O101" not in done.stdout and "2019.yaml" not in done.stdout.replace("skipped", "")
