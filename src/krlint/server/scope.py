"""Which open documents are OKR files: the answer `krlint check` would give for them.

An editor opens every YAML, JSON and Markdown file in a repository; reporting "no objectives
found" on each CI workflow and README would bury the real findings, exactly as it would in a
directory walk. So a document is linted when `check` would lint it:

- its suffix is one `check` reads, it is not under a folder a walk skips (`.git/`,
  `node_modules/`, hidden folders …) and the config's `exclude` does not match it;
- when the config has `include` (what `krlint check` lints with no paths), it is one of those
  files or under one of those folders;
- Markdown when its name says `okr` or it sits under an `okrs/` folder, as in a walk; any
  other Markdown file the editor opens is linted when it speaks of OKRs (objectives, key
  results, OKR, KR1 …) and krlint's reader finds objectives or key results in it — opened in an
  editor, a file is asked for, as a file named to `check` is, but a README is not an OKR file;
- YAML and JSON when the name says `okr` (`okrs.yaml`, `team.okrs.yml`: names `check` lints
  without being asked), else when the text has an OKR shape (the sniff a walk uses — which
  says yes to text that does not parse, so a broken OKR file is reported, never skipped).

The constants come from `krlint.sources`, the one definition of what a walk reads.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from krlint import sources
from krlint.config import Config
from krlint.loaders import read_text
from krlint.loaders.sniff import looks_like_okrs

# Words without which Markdown cannot hold OKRs (a CHANGELOG's "## 1.2.0" is no objective).
_OKR_WORDS = re.compile(r"\b(?:okrs?|objectives?|key[ _-]?results?|krs?\s*#?\d+)\b",
                        re.IGNORECASE)


def is_okr_document(path: str, text: str, config: Config, roots: Sequence[str] = ()) -> bool:
    """Whether `krlint check` would lint the file at `path` (holding `text`)."""
    name = os.path.basename(path).lower()
    if not name.endswith(sources.OKR_SUFFIXES) or config.is_excluded(path):
        return False
    base = _deepest_root(path, roots)
    if config.include:
        targets = [os.path.abspath(os.path.join(config.root or base or ".", p))
                   for p in config.include]
        if os.path.abspath(path) in targets:
            return True  # named: linted whatever its name or content
        folders = [t for t in targets if _is_under(path, t)]
        if not folders:
            return False
        base = max(folders, key=len)
    parts = _folders_between(base, path)
    if any(part in sources.SKIP_DIRS or part.startswith(".") for part in parts):
        return False
    if name.endswith(sources.MARKDOWN_SUFFIXES):
        names = [os.path.basename(base), *parts] if base else list(Path(path).parent.parts)
        if "okr" in name or any(n.lower() in sources.OKR_FOLDERS for n in names):
            return True
        return bool(_OKR_WORDS.search(text)) and _reads_okrs(path, text)
    return "okr" in name or looks_like_okrs(text, json=name.endswith(".json"))


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
