"""`krlint check`'s quick parser (krlint.check_command.parse_check_args) against typer's.

The quick parser takes the command lines pre-commit and CI run and leaves everything else to
typer. These tests hold it to typer: the same spellings, flags and choices (read from the click
command typer builds), the same keyword arguments, and the same output and exit code for the
same command line; anything it does not take, typer explains.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from conftest import OUTPUT_ONLY
from krlint.check_command import (
    CHECK_OPTIONS,
    InputFormat,
    Level,
    OutputFormat,
    parse_check_args,
    run_check,
)
from krlint.cli import app


def _check_command() -> Any:
    """The click command typer builds for `check` (typer brings its own click: read by
    attribute, not by class)."""
    return typer.main.get_command(app).commands["check"]  # type: ignore[attr-defined]


def test_the_table_is_what_typer_declares() -> None:
    params = {p.name: p for p in _check_command().params}
    assert set(params) == {"paths", *CHECK_OPTIONS}
    for name, option in CHECK_OPTIONS.items():
        param = params[name]
        assert param.param_type_name == "option", name
        on, _, off = option.decls[0].partition("/")
        spelled = {on, *(d for d in option.decls[1:])}
        assert set(param.opts) == spelled, name
        assert set(param.secondary_opts) == ({off} if off else set()), name
        assert param.is_flag == (option.kind is None), name
        assert param.multiple == option.many, name
        if isinstance(option.kind, type) and issubclass(option.kind, Enum):
            assert [getattr(c, "value", c) for c in param.type.choices] == [
                m.value for m in option.kind
            ], name


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["check"], {}),
        (["check", "okrs.yaml", "-"], {"paths": ["okrs.yaml", "-"]}),
        (
            ["check", "--force-exclude", "a.md", "b.yaml"],
            {"force_exclude": True, "paths": ["a.md", "b.yaml"]},
        ),
        (["check", "-q", "--no-show-source"], {"quiet": True, "show_source": False}),
        (["check", "-o", "json", "x"], {"output_format": OutputFormat.json, "paths": ["x"]}),
        (["check", "--output-format=sarif"], {"output_format": OutputFormat.sarif}),
        (["check", "--select", "K201,K202", "--select=O101"], {"select": ["K201,K202", "O101"]}),
        (["check", "--fail-on", "warning", "--fail-on", "info"], {"fail_on": Level.info}),
        (
            ["check", "--format-in", "markdown", "--output-file", "out.json"],
            {"format_in": InputFormat.markdown, "output_file": Path("out.json")},
        ),
        (
            ["check", "--config", "-weird.yaml"],
            {"config": "-weird.yaml"},
        ),  # a value, as click takes it
        (["check", "--select="], {"select": [""]}),
        # typer's: help, `--`, unknown or malformed options, a missing or wrong value
        (["check", "--help"], None),
        (["check", "-h"], None),
        (["check", "--", "-odd-name.yaml"], None),
        (["check", "--bogus"], None),
        (["check", "-qo", "json"], None),
        (["check", "-ojson"], None),
        (["check", "-o=json"], None),
        (["check", "--quiet=1"], None),
        (["check", "--select"], None),
        (["check", "-o", "yaml"], None),
        (["check", "--fail-on", "ERROR"], None),
        (["rules"], None),
        ([], None),
    ],
)
def test_what_the_quick_parser_takes(argv: list[str], expected: dict[str, Any] | None) -> None:
    assert parse_check_args(argv) == expected


@pytest.fixture
def okr_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "fails.yaml").write_text(OUTPUT_ONLY, encoding="utf-8")
    (tmp_path / "okrs.yaml").write_text(
        "objectives:\n  - objective: Make onboarding effortless\n    key_results:\n"
        "      - Increase week-1 activation from 32% to 45%\n"
        "      - Launch the onboarding checklist\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def _quick(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    args = parse_check_args(argv)
    assert args is not None, argv
    with pytest.raises(SystemExit) as done:
        run_check(**args)
    code = done.value.code
    return (code if isinstance(code, int) else 0), capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "fails.yaml"],
        ["check", "okrs.yaml", "fails.yaml", "--force-exclude"],
        ["check", "-o", "json", "okrs.yaml"],
        ["check", "--output-format=concise", "--no-show-source", "fails.yaml"],
        ["check", "-q", "--ignore", "K201", "--ignore=K204", "fails.yaml"],
        ["check", "--select", "K201", "--exit-zero", "fails.yaml"],
        ["check", "--fail-on", "warning", "okrs.yaml"],
        ["check", "--statistics", "-o", "json", "fails.yaml", "okrs.yaml"],
        ["check", "--show-files", "."],
        ["check"],  # the default paths: okrs.yaml here
    ],
)
def test_the_same_command_line_gives_the_same_output_and_exit_either_way(
    argv: list[str], okr_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _quick(argv, capsys)
    typed = CliRunner().invoke(app, argv)
    assert (code, out) == (typed.exit_code, typed.stdout)
    assert out.strip()  # something was printed (both ways print the same thing)


def test_the_installed_command_parses_pre_commits_line_without_typer(okr_dir: Path) -> None:
    """`krlint check --force-exclude FILE` (the hook's entry) never imports typer or click; a
    command line the quick parser leaves alone does, and typer explains it."""
    probe = (
        "import sys, json\n"
        "from krlint.entry import main\n"
        "sys.argv = ['krlint', *json.loads(sys.argv[1])]\n"
        "try:\n    main()\n"
        "except SystemExit as done:\n"
        "    sys.stderr.write('\\nPROBE ' + json.dumps({'code': done.code,"
        " 'typer': 'typer' in sys.modules or 'click' in sys.modules}) + '\\n')\n"
    )

    def run(args: list[str]) -> tuple[dict[str, Any], str]:
        done = subprocess.run(
            [sys.executable, "-c", probe, json.dumps(args)],
            capture_output=True,
            text=True,
            cwd=okr_dir,
            env={**os.environ, "NO_COLOR": "1"},
            timeout=300,
        )
        line = next(x for x in done.stderr.splitlines() if x.startswith("PROBE "))
        return json.loads(line.removeprefix("PROBE ")), done.stderr

    quick, _ = run(["check", "--force-exclude", "fails.yaml"])
    assert quick == {"code": 1, "typer": False}
    typed, stderr = run(["check", "--output-format", "yaml", "fails.yaml"])
    assert typed == {"code": 2, "typer": True}
    assert "Invalid value for '--output-format'" in stderr
