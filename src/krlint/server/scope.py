"""Which open documents are OKR files: the answer `krlint check` would give for them.

An editor opens every YAML, JSON and Markdown file in a repository; reporting "no objectives
found" on each CI workflow and README would bury the real findings, exactly as it would in a
directory walk. So a document is linted when `check` would lint it:

- its suffix is one `check` reads, it is not under a folder a walk skips (`.git/`,
  `node_modules/`, hidden folders …) and the config's `exclude` does not match it;
- when the config has `include` (what `krlint check` lints with no paths), it is one of those
  files or under one of those folders;
- a file named like OKRs (`okrs.yaml`, `team-OKRs.md`: `sniff.okr_named`) always, as `check`
  lints it whatever it holds;
- other Markdown when it speaks of OKRs (`sniff.mentions_okrs`) and krlint's reader finds
  objectives or key results in it — what `check` does with any Markdown file it reads, so a
  README beside the OKRs (even under `okrs/`) is not linted as OKRs;
- other YAML and JSON when the text has an OKR shape (`sniff.looks_like_okrs`, which says yes
  to text that does not parse, so a broken OKR file is reported, never skipped).

The names, folders and sniffs come from `krlint.sources` and `krlint.loaders.sniff`, the one
definition of each that `check` uses.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from krlint import sources
from krlint.config import Config
from krlint.loaders import read_text
from krlint.loaders.sniff import looks_like_okrs, mentions_okrs, okr_named


def is_okr_document(path: str, text: str, config: Config, roots: Sequence[str] = ()) -> bool:
    """Whether `krlint check` would lint the file at `path` (holding `text`)."""
    name = os.path.basename(path).lower()
    if not name.endswith(sources.OKR_SUFFIXES) or config.is_excluded(path):
        return False
    base = _deepest_root(path, roots)
    if config.include:
        targets = [
            os.path.abspath(os.path.join(config.root or base or ".", p)) for p in config.include
        ]
        if os.path.abspath(path) not in targets:  # one of them, or under one of them
            folders = [t for t in targets if _is_under(path, t)]
            if not folders:
                return False
            base = max(folders, key=len)
    parts = _folders_between(base, path)
    if any(part in sources.SKIP_DIRS or part.startswith(".") for part in parts):
        return False
    if okr_named(path):
        return True
    if name.endswith(sources.MARKDOWN_SUFFIXES):
        return mentions_okrs(text) and _reads_okrs(path, text)
    return looks_like_okrs(text, json=name.endswith(".json"))


def _deepest_root(path: str, roots: Sequence[str]) -> str | None:
    inside = [root for root in roots if _is_under(path, root)]
    return max(inside, key=len) if inside else None


def _is_under(path: str, folder: str) -> bool:
    path, folder = os.path.abspath(path), os.path.abspath(folder)
    try:
        return os.path.commonpath([path, folder]) == folder and path != folder
    except ValueError:  # different drives
        return False


def _folders_between(base: str | None, path: str) -> list[str]:
    """The folder names from `base` (exclusive) down to the file; none without a base."""
    if base is None:
        return []
    relative = os.path.relpath(os.path.dirname(os.path.abspath(path)), os.path.abspath(base))
    return [] if relative == "." else relative.split(os.sep)


def _reads_okrs(path: str, text: str) -> bool:
    try:
        found = read_text(path, text, "markdown").file
    except Exception:  # the reader fails on it: lint it, so the failure is reported
        return True
    return bool(found.objectives or found.key_results())
