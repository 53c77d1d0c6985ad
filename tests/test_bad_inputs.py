"""Every case of the bad-input catalogue through the real command line (in process).

The assertions are the CLI's contract with CI: the documented exit code, the reader findings
at exact positions, and at most one line per problem on stderr, never a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bad_inputs import CASES, Case, run

FINDING = re.compile(
    r"^(?P<path>.+):(?P<line>\d+):(?P<column>\d+): (?P<code>[A-Z]\d{3}) "
    r"\[[a-z0-9-]+\] (?P<message>.*)$"
)


def findings(stdout: str) -> list[tuple[str, int, int, str]]:
    found = []
    for line in stdout.splitlines():
        match = FINDING.match(line)
        assert match, f"not a concise finding: {line!r}"
        found.append((match["code"], int(match["line"]), int(match["column"]), match["message"]))
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, tmp_path: Path) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.bytes())
    if case.config:
        (tmp_path / ".krlint.yaml").write_text(case.config, encoding="utf-8")
    result = run(["check", "--select", "F,O104", "-o", "concise", str(path)])
    found = findings(result.stdout)
    reader = [(c, line, col) for c, line, col, _ in found if c[0] in "FX"]
    assert reader == case.findings, result.stdout
    rest = [(c, line, col) for c, line, col, _ in found]
    for expected in case.also:
        assert expected in rest, result.stdout
    if case.message:
        first = next(message for code, _, _, message in found if code[0] in "FX")
        assert case.message in first, first
    assert result.exit_code == case.exit, result.stdout + result.stderr
    assert result.stderr == ""


PURE_PYTHON = [
    c
    for c in CASES
    if c.id.startswith(
        (
            "deep-",
            "alias-bomb",
            "recursive",
            "documents-",
            "tab-",
            "control-",
            "nul-",
            "json-",
            "unclosed",
            "max-depth",
            "python-",
        )
    )
]


@pytest.mark.parametrize("case", PURE_PYTHON, ids=[c.id for c in PURE_PYTHON])
def test_bad_input_without_libyaml(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same answers where PyYAML was built without libyaml (its composer recurses in
    Python, so the depth guard is what keeps it from RecursionError)."""
    import yaml

    from krlint.loaders import yaml_reader

    monkeypatch.setattr(yaml_reader, "_Loader", yaml.SafeLoader)
    test_bad_input(case, tmp_path)
