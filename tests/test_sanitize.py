"""Text krlint did not write is safe in every output format (issue 14, item 7).

A property over every format: whatever characters an OKR file, its name or a rule pack puts into
a finding, the output has no control character but newlines, no bidi override, no lone
surrogate; JSON and XML parse; the line formats keep one line per finding; no line of any format
can be read by GitHub Actions as a workflow command it did not come from.
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from krlint.catalogue import builtin_rules
from krlint.cli import app
from krlint.diagnostics import Diagnostic, Evidence, Severity
from krlint.engine import FileReport, Report
from krlint.reporters import FORMATS, ReportContext, renderer
from krlint.reporters.sanitize import block, is_safe, line, rich_text, segments
from krlint.reporters.statistics import render as render_statistics

NASTY = [
    "\x1b",
    "\x1b]0;pwned\x07",
    "\x1b[2J",
    "\x9b31m",
    "\x07",
    "\x00",
    "\x08",
    "\x7f",
    "\n",
    "\r",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\u2028",
    "\u2029",
    "\u202e",
    "\u2066",
    "\ud800",
    "\udfff",
    "\ufffe",
    "\uffff",
    "%",
    "%0A",
    ":",
    ",",
    "::",
    "::error::pwned",
    "\n::add-mask::x",
    "##[error]x",
    "[bold]",
    "[link=http://x]a[/link]",
    "<",
    "&",
    "]]>",
    '"',
    "'",
    "\t",
    " ",
]
hostile = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=5)), max_size=6).map("".join)
WORKFLOW_LINE = re.compile(
    r"^::(error|warning|notice) file=[^,:\n]*,line=\d+,col=\d+"
    r"(,endLine=\d+(,endColumn=\d+)?)?,title=[^:\n]*::[^\n]*$"
)


@st.composite
def diagnostics(draw: st.DrawFn) -> Diagnostic:
    key_result = draw(st.one_of(st.none(), hostile))
    evidence: tuple[Evidence, ...] = ()
    if key_result:
        start = draw(st.integers(0, len(key_result) - 1))
        end = draw(st.integers(start + 1, len(key_result)))
        evidence = (Evidence("activity-verb", key_result[start:end], start, end),)
    line_no = draw(st.integers(1, 10_000))
    return Diagnostic(
        code=draw(st.sampled_from(["K201", "O101", "Z9\x1b9"])),
        name=draw(hostile) or "x",
        severity=draw(st.sampled_from(list(Severity))),
        message=draw(hostile),
        path=draw(hostile) or "okrs.yaml",
        line=line_no,
        column=draw(st.integers(1, 500)),
        end_line=draw(st.one_of(st.none(), st.just(line_no))),
        end_column=None,
        objective_id=draw(st.one_of(st.none(), hostile)),
        objective=draw(st.one_of(st.none(), hostile)),
        key_result_id=None,
        key_result=key_result,
        suggestion=draw(st.one_of(st.none(), hostile)),
        evidence=evidence,
    )


@st.composite
def reports(draw: st.DrawFn) -> Report:
    found = draw(st.lists(diagnostics(), max_size=4))
    files = [FileReport(path=d.path, diagnostics=[d]) for d in found]
    skipped = draw(st.lists(hostile, max_size=2))
    return Report(
        files=files,
        errors=draw(st.lists(hostile, max_size=2)),
        skipped=skipped,
        why_skipped={p: "no objectives" for p in skipped},
    )


def _all(report: Report, name: str) -> str:
    out = io.StringIO()
    renderer(name)(report, out, ReportContext(rules=builtin_rules(), version="1"))
    return out.getvalue()


def _assert_safe(text: str) -> None:
    text.encode("utf-8")  # no lone surrogate survives
    assert is_safe(text, allow_newline=True), ascii(text)
    for row in text.splitlines():
        assert not re.match(r"\s*::", row) or WORKFLOW_LINE.match(row), row
        assert "##[" not in row, row


@pytest.mark.parametrize("name", sorted(FORMATS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports())
def test_every_format_stays_well_formed_and_inert(name: str, report: Report) -> None:
    text = _all(report, name)
    _assert_safe(text)
    n = len(report.diagnostics)
    if name in ("json", "sarif", "gitlab"):
        parsed = json.loads(text)
        _assert_safe(json.dumps(parsed, ensure_ascii=False))
    elif name == "junit":
        root = ET.fromstring(text)
        assert len(root.findall("testsuite/testcase")) >= n
    elif name == "github":
        assert sum(1 for row in text.splitlines() if row.startswith("::")) == n
    elif name == "concise":
        assert len(text.splitlines()) == n


@settings(max_examples=60, deadline=None)
@given(report=reports())
def test_statistics_is_inert(report: Report) -> None:
    for fmt in ("text", "json"):
        out = io.StringIO()
        render_statistics(report, out, ReportContext(), fmt)
        _assert_safe(out.getvalue())


@given(text=hostile)
def test_line_and_block(text: str) -> None:
    assert is_safe(line(text)) and "\n" not in line(text)
    assert is_safe(block(text), allow_newline=True)
    assert not re.match(r"\s*::", line(text))
    assert rich_text(text).plain == line(text)  # a Text is never read as markup


@given(text=hostile, data=st.data())
def test_segments_keep_evidence_on_the_same_characters(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cleaned, (a, b) = segments(text, [start, end])
    assert cleaned == line(text) and 0 <= a <= b <= len(cleaned)
    if ":" not in text and "##[" not in text:  # escapes that depend only on the character
        # (a ':' is escaped where it opens a line, which a slice can change)
        assert cleaned[a:b] == line(text[start:end])
    cleaned, moved = segments(text, list(range(len(text) + 1)))
    assert moved == sorted(moved) and moved[-1] == len(cleaned)


def test_ordinary_text_is_untouched() -> None:
    text = 'Increase week-1 activation from 32% to 45% — "Ünïcödé", 日本語, emoji 🎯'
    assert line(text) == block(text) == text


# -- the run, end to end: the escape sequence from the issue -----------------------------------
PWNED = (
    'objectives:\n  - objective: "Grow \\x1b]0;pwned\\x07 fast"\n    key_results:\n'
    '      - "Publish 12 posts\\x1b[2J"\n      - Host 4 webinars\n'
)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_yaml_escape_never_reaches_the_output_raw(
    tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "okrs.yaml").write_text(PWNED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "-o", fmt, "okrs.yaml"], env={"NO_COLOR": "1"})
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    if fmt == "junit":
        ET.fromstring(result.stdout)
    if fmt in ("text", "concise"):
        assert "\\x1b]0;pwned\\x07" in result.stdout  # shown escaped, not dropped


def test_a_hostile_file_name_cannot_write_a_workflow_command(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    name = "::error file=x::pwned.yaml"
    try:
        (tmp_path / name).write_text(PWNED, encoding="utf-8")
    except OSError:
        pytest.skip("this file system refuses ':' in names")
    for fmt in ("text", "concise", "github"):
        result = CliRunner().invoke(
            app,
            ["check", "--strict-files", "-o", fmt, name, "missing\n::error::x.yaml"],
            env={"NO_COLOR": "1"},
        )
        for row in (result.stdout + result.stderr).splitlines():
            assert not row.lstrip().startswith("::") or WORKFLOW_LINE.match(row), row


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_file_name_that_is_not_utf8_is_reported_safely(
    tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KRLINT_NO_CACHE", raising=False)  # the cache writes the name too
    try:
        with open(os.path.join(os.fsencode(tmp_path), b"okrs-\xff.yaml"), "w") as handle:
            handle.write(PWNED)
    except OSError:
        pytest.skip("this file system wants UTF-8 names")
    for _ in range(2):  # written to the cache, then read from it
        result = CliRunner().invoke(
            app,
            ["check", "-o", fmt, "--cache-dir", str(tmp_path / "cache"), "."],
            env={"NO_COLOR": "1"},
        )
        assert result.exit_code == 1, result.output
        _assert_safe(result.stdout)
        assert "udcff.yaml" in result.stdout  # shown escaped (SARIF: percent-encoded too)


# -- round two (issue 16): markup and colour, stderr, and the rich tables -----------------------
SGR = re.compile(r"\x1b\[[0-9;]*m")  # the only escape sequences krlint writes itself (colour)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports())
def test_coloured_text_has_only_the_escapes_krlint_wrote(report: Report) -> None:
    """With colour on, the text format writes SGR colour codes of its own; take those away and
    what is left — every character that came from the report — is inert."""
    out = io.StringIO()
    renderer("text")(report, out, ReportContext(color=True, rules=builtin_rules()))
    _assert_safe(SGR.sub("", out.getvalue()))


@given(text=hostile)
def test_rich_text_shows_markup_as_written(text: str) -> None:
    """What `classify`, `rules` and `rule` print goes through `rich_text`: markup, emoji codes
    and a trailing backslash come out exactly as `line()` shows them, never interpreted."""
    from rich.console import Console
    from rich.table import Table

    from krlint.reporters.sanitize import rich_text

    console = Console(file=io.StringIO(), width=10_000, color_system=None, highlight=False)
    table = Table()
    table.add_column("x", no_wrap=True)
    table.add_row(rich_text(text + " :smile:"))
    console.print(table)
    printed = console.file.getvalue()  # type: ignore[attr-defined]
    _assert_safe(printed)
    assert line(text + " :smile:") in printed


@given(message=hostile)
def test_error_lines_are_one_inert_line(message: str) -> None:
    import contextlib

    from krlint.check_command import error

    captured = io.StringIO()
    with contextlib.redirect_stderr(captured):
        error(message)
    err = captured.getvalue()
    assert err.count("\n") == 1 and err.startswith("krlint: error: ")
    _assert_safe(err)


@pytest.mark.parametrize(
    "command",
    [["rules"], ["rule", "H001"], ["classify", "[/] [link=http://x]a[/link] \x1b]0;t\x07 x\\"]],
)
def test_rich_commands_print_foreign_text_as_written(
    tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule pack's summary and a key result reach the terminal as text: `[/]` neither
    crashes (MarkupError) nor vanishes, `[link=…]` makes no link, escape codes are shown."""
    (tmp_path / ".krlint.yaml").write_text("rule-dirs: [house]\n", encoding="utf-8")
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "H001.yaml").write_text(
        "code: H001\nname: house-markup\nseverity: info\nkind: lexicon\n"
        'summary: "[/] [link=http://x]a[/link] \\e]0;t\\a x\\\\"\nparams: {terms: [synergy]}\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, command, env={"NO_COLOR": "1", "COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    _assert_safe(result.stdout)
    assert "[/] [link=http://x]a[/link] \\x1b]0;t\\x07 x\\" in result.stdout


def test_a_path_that_starts_with_a_colon_cannot_open_a_workflow_command() -> None:
    # ":" alone is harmless, but the concise format writes it before krlint's own ":1:1"
    from krlint.reporters.sanitize import path

    assert path(":") == "\\x3a"
    assert path("okrs.yaml") == "okrs.yaml"
