"""Shared test helpers: lint a snippet, get (code, line, column) triples — yamllint's style."""

from __future__ import annotations

import os
import re
import textwrap
from pathlib import Path

import pytest

from krlint.diagnostics import Diagnostic
from krlint.engine import Linter, RunOptions

SHARED = Path(__file__).resolve().parents[2] / "shared"
REAL_WORLD = SHARED / "real-world"


def lint_text(tmp_path: Path, source: str, name: str = "okrs.yaml",
              options: RunOptions | None = None, dedent: bool = True) -> list[Diagnostic]:
    """Write `source` to a file and lint it; an isolated directory so no config is found."""
    path = tmp_path / name
    path.write_text(textwrap.dedent(source) if dedent else source, encoding="utf-8")
    report = Linter(options or RunOptions()).lint_paths([str(path)])
    assert not report.errors, report.errors
    return report.diagnostics


def example_name(example: object, default: str = "okrs.yaml") -> str:
    """The file a rule example is linted as: `<!-- okrs.md -->` on its first line names it (so a
    Markdown example is read as Markdown); otherwise the default."""
    found = re.match(r"<!--\s*([\w.-]+)\s*-->", str(example))
    return found.group(1) if found else default


def problems(diagnostics: list[Diagnostic], *codes: str) -> list[tuple[str, int, int]]:
    """(code, line, column) of each finding, optionally only for `codes`."""
    return [(d.code, d.line, d.column) for d in diagnostics if not codes or d.code in codes]


# Tests see what krlint computes, never a result cached by an earlier test (a monkeypatched rule is
# invisible to the cache key). Set for the whole session, not in a function-scoped fixture, since
# module-scoped fixtures run the CLI before those; tests of the cache itself remove it.
os.environ["KRLINT_NO_CACHE"] = "1"


@pytest.fixture
def lint(tmp_path: Path):  # type: ignore[no-untyped-def]
    def run(source: str, *codes: str, name: str = "okrs.yaml",
            options: RunOptions | None = None) -> list[tuple[str, int, int]]:
        return problems(lint_text(tmp_path, source, name, options), *codes)

    return run
