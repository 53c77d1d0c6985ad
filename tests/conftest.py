"""Shared test helpers: lint a snippet, get (code, line, column) triples — yamllint's style."""

from __future__ import annotations

import os
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from krlint.diagnostics import Diagnostic
from krlint.engine import Linter, RunOptions

# ../shared: read-only material beside the checkout (real OKR documents, the SARIF schema). It is
# not part of the repository, so a clean clone lacks it; CI has it and sets KRLINT_REQUIRE_SHARED=1.
SHARED = Path(__file__).resolve().parents[2] / "shared"
REAL_WORLD = SHARED / "real-world"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
REQUIRE_SHARED = "KRLINT_REQUIRE_SHARED"

# The documents many tests lint, defined once. An objective whose key results are all outputs:
# O101 at 2:16, exit code 1.
OUTPUT_ONLY = """\
objectives:
  - objective: Become the go-to voice on analytics
    key_results:
      - Publish 12 blog posts
      - Host 4 webinars
"""
# Two outcome key results with baselines: no finding at all, exit code 0.
CLEAN = """\
objectives:
  - objective: Make onboarding effortless
    key_results:
      - Increase week-1 activation from 32% to 45%
      - Reduce median time to first dashboard from 3 days to 1 day
"""


def require_shared(path: Path, what: str) -> Path:
    """`path` under ../shared, for a test that cannot run without it.

    Where it is missing the test is skipped with a reason that names ../shared — unless
    KRLINT_REQUIRE_SHARED=1 (set by CI, which has ../shared), where the test fails instead: a
    test that checks nothing must never pass as a skip where the material should be.
    """
    if path.exists():
        return path
    reason = f"needs ../shared ({what}); CI has it"
    if os.environ.get(REQUIRE_SHARED) == "1":
        pytest.fail(f"{reason}, but {path} is missing and {REQUIRE_SHARED}=1", pytrace=False)
    pytest.skip(reason)


def shared_params(paths: list[Path], folder: Path) -> list[Any]:
    """Parameters for a test over the files of a ../shared folder: the files, or — where the folder
    is missing — one placeholder, so the test runs and `require_shared` skips or fails it instead
    of pytest skipping an empty parameter set with a reason that does not name ../shared."""
    return paths if folder.is_dir() else [pytest.param(folder, id="needs-shared")]


def lint_text(
    tmp_path: Path,
    source: str,
    name: str = "okrs.yaml",
    options: RunOptions | None = None,
    dedent: bool = True,
) -> list[Diagnostic]:
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
    def run(
        source: str, *codes: str, name: str = "okrs.yaml", options: RunOptions | None = None
    ) -> list[tuple[str, int, int]]:
        return problems(lint_text(tmp_path, source, name, options), *codes)

    return run
