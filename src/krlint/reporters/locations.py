"""Where a finding's file is, as each consumer of a report resolves paths.

Paths reach reporters already normalised by the engine (no `./`, relative stays relative,
absolute stays absolute: `krlint.sources.normalise`). Code scanning (SARIF) and GitLab Code
Quality resolve a path against the repository, not against the directory krlint ran in: a job
that runs `krlint check` from `planning/` must still say `planning/okrs.yaml`. The repository
root is `GITHUB_WORKSPACE` (GitHub Actions), else `CI_PROJECT_DIR` (GitLab CI), else the nearest
folder at or above the current one holding `.git` (found by looking, never by running git).
A file inside the root is named relative to it, whether it was given relative or absolute; a
file outside it keeps an absolute path (SARIF: a `file://` URI), since no relative path could
name it.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT_VARIABLES = ("GITHUB_WORKSPACE", "CI_PROJECT_DIR")


def repository_root(cwd: str | None = None) -> Path | None:
    for variable in ROOT_VARIABLES:
        value = os.environ.get(variable)
        if value:
            return Path(os.path.abspath(value))
    here = Path(os.path.abspath(cwd or os.getcwd()))
    for folder in (here, *here.parents):
        if (folder / ".git").exists():  # a folder, or a file in a worktree or submodule
            return folder
    return None


def _relative_to(path: str, root: Path) -> str | None:
    for candidate, base in (
        (os.path.abspath(path), str(root)),
        (os.path.realpath(path), os.path.realpath(root)),
    ):
        try:
            return Path(candidate).relative_to(base).as_posix()
        except ValueError:
            continue
    return None


def in_repository(path: str) -> tuple[str, bool]:
    """(`path` as the repository names it, True) — or (the absolute path, False) for a file
    outside the repository, or (the path as given, True) when there is no repository root."""
    if path == "-":
        return "stdin", True
    root = repository_root()
    if root is not None:
        relative = _relative_to(path, root)
        if relative is not None:
            return relative, True
        return Path(os.path.abspath(path)).as_posix(), False
    if os.path.isabs(path):
        return Path(path).as_posix(), False
    return Path(os.path.normpath(path)).as_posix(), True


def root_uri() -> str:
    """The `%SRCROOT%` that relative SARIF URIs resolve against."""
    root = repository_root() or Path.cwd()
    uri = root.as_uri()
    return uri if uri.endswith("/") else uri + "/"
