"""A run streams: files are read, judged and linted in chunks, each file's findings go to the
reporter as soon as they exist, and the report is spooled and copied to its destination at the
end. What comes out is what a whole-report render gives, in every format, and a reporter that
fails half-way still loses no finding."""

from __future__ import annotations

import io
import json
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from krlint import engine
from krlint.cli import app
from krlint.engine import FileReport, Linter, RunOptions
from krlint.nlp import Analyzer
from krlint.reporters import FORMATS, ReportContext, renderer, writer
from krlint.reporters.json_layout import Items, Produced, dump
from krlint.reporters.output import Output
from krlint.reporters.spool import Spool

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def okrs(number: int) -> str:
    return textwrap.dedent(f"""\
        objectives:
          - objective: Become the go-to voice on analytics {number}
            key_results:
              - Publish {number} blog posts
              - Host 4 webinars
              - Increase week-1 activation from 32% to {40 + number}%
          - objective: Keep our customers
            key_results: [Launch the partner portal]
        """)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "okrs"
    for number in range(6):
        folder = root / f"team{number % 2}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"q{number}.yaml").write_text(okrs(number), encoding="utf-8")
    (root / "team0" / "clean.yaml").write_text(
        "objectives:\n  - objective: Grow\n    key_results: [Cut churn from 4% to 2%, "
        "Lift NPS from 20 to 35]\n",
        encoding="utf-8",
    )
    (root / "team1" / "ci.yaml").write_text("jobs: {build: {runs-on: ubuntu}}\n", encoding="utf-8")
    return root


# -- chunks ------------------------------------------------------------------------------------
def test_chunks_give_the_same_report_in_the_same_order(tree, monkeypatch):
    whole = Linter(RunOptions()).lint_paths([str(tree)])
    calls: list[int] = []
    original = Analyzer.read

    def counting(self: Analyzer, texts: list[str], objectives: object = None) -> object:
        calls.append(len(texts))
        return original(self, texts, objectives)  # type: ignore[arg-type]

    monkeypatch.setattr(Analyzer, "read", counting)
    monkeypatch.setattr(engine, "CHUNK_KEY_RESULTS", 5)
    streamed: list[FileReport] = []
    report = Linter(RunOptions()).lint_paths([str(tree)], sink=streamed.append)
    assert report.files == []  # they went to the sink
    assert streamed == whole.files
    assert (report.errors, report.skipped) == (whole.errors, whole.skipped)
    # chunks close at 5 key results: clean+q0, q2+q4, q1+q3, q5 (a key result two files share
    # under the same objective is judged once per chunk; "Host 4 webinars" under two objectives
    # worded differently is judged for each, since the objective words its suggestion)
    assert calls == [2 + 4, 3 + 3 + 1, 3 + 3 + 1, 4]


def test_progress_counts_every_file_twice_in_order(tree, monkeypatch):
    monkeypatch.setattr(engine, "CHUNK_KEY_RESULTS", 5)
    seen: list[tuple[int, int]] = []
    Linter(RunOptions()).lint_paths([str(tree)], progress=lambda d, t: seen.append((d, t)))
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1] == (16, 16)  # 8 files found, read and linted


def test_a_folder_without_okr_files_is_still_an_error(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "CHUNK_KEY_RESULTS", 1)
    (tmp_path / "ci").mkdir()
    (tmp_path / "ci" / "build.yaml").write_text("jobs: {}\n", encoding="utf-8")
    (tmp_path / "okrs.yaml").write_text(okrs(1), encoding="utf-8")
    report = Linter(RunOptions()).lint_paths([str(tmp_path / "okrs.yaml"), str(tmp_path / "ci")])
    assert report.errors == [
        f"{tmp_path / 'ci'}: no OKR files in this directory (1 YAML/JSON "
        "files without objectives skipped)"
    ]


# -- the layout of streamed JSON ---------------------------------------------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=12,
)


def _defer(value: Any, depth: int, draw: Any) -> Any:
    """`value` with some of its lists (none inside another) as Items or Produced at their
    depth."""
    if isinstance(value, dict):
        return {k: _defer(v, depth + 1, draw) for k, v in value.items()}
    if isinstance(value, list):
        how = draw(st.sampled_from(["list", "items", "produced"]))
        if how == "items":
            deferred = Items(depth)
            for item in value:
                deferred.add(item)
            return deferred
        if how == "produced":
            return Produced(depth, iter(value))
        return [_defer(v, depth + 1, draw) for v in value]
    return value


@settings(max_examples=200, deadline=None)
@given(value=json_values, data=st.data())
def test_streamed_json_is_laid_out_as_json_dump(value, data):
    out = io.StringIO()
    dump(_defer(value, 0, data.draw), out)
    assert out.getvalue() == json.dumps(value, ensure_ascii=False, indent=2)


def test_a_spool_moves_to_disk_and_gives_back_every_character():
    spool = Spool(limit=100)
    text = "".join(f"line {n} 🚀 \u2028 é\n" for n in range(200))
    for part in range(0, len(text), 37):
        spool.write(text[part : part + 37])
    assert spool._memory is None  # on disk now
    out = io.StringIO()
    spool.copy_to(out)
    spool.copy_to(out)
    assert out.getvalue() == text + text
    spool.close()


# -- every format, streamed -------------------------------------------------------------------
@pytest.fixture(scope="module")
def files(tmp_path_factory) -> tuple[list[FileReport], Any]:
    root = tmp_path_factory.mktemp("okrs")
    for number in range(4):
        (root / f"q{number}.okrs.yaml").write_text(okrs(number), encoding="utf-8")
    (root / "messy.okrs.yaml").write_text(
        'objectives:\n  - objective: "Grow \\u202e evil"\n    key_results:\n'
        '      - "Publish 3 posts ::error::x"\n      - "Host 2\\tevents"\n',
        encoding="utf-8",
    )
    linter = Linter(RunOptions())
    report = linter.lint_paths([str(root)])
    return report.files, report


def streamed(name: str, report: Any, statistics: bool = False) -> tuple[str, bool]:
    from krlint.check_command import open_output

    ctx = ReportContext(version="9.9")
    output = open_output(name, ctx, statistics)
    for file in report.files:
        output.file(file)
    out = io.StringIO()
    import sys

    real, sys.stdout = sys.stdout, out
    try:
        ok = output.close(report, report.rules)
    finally:
        sys.stdout = real
    return out.getvalue(), ok


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_each_format_streams_what_a_whole_render_gives(files, name):
    _, report = files
    whole = io.StringIO()
    renderer(name)(report, whole, ReportContext(version="9.9", rules=report.rules))
    text, ok = streamed(name, report)
    assert ok and text == whole.getvalue()
    if name in ("json", "sarif", "gitlab"):
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
    if name == "junit":
        tree = ET.ElementTree(ET.fromstring(text.split("\n", 1)[1]))
        ET.indent(tree)
        assert text.split("\n", 1)[1].rstrip("\n") == ET.tostring(
            tree.getroot(), encoding="unicode"
        )


@pytest.mark.parametrize("name", ["text", "json"])
def test_statistics_stream_too(files, name):
    from krlint.reporters.statistics import render

    _, report = files
    whole = io.StringIO()
    render(report, whole, ReportContext(), name)
    text, ok = streamed(name, report, statistics=True)
    assert ok and text == whole.getvalue()


# -- a reporter that fails ---------------------------------------------------------------------
def concise_of(paths: list[str]) -> str:
    done = CliRunner().invoke(app, ["check", "--no-cache", "-o", "concise", *paths])
    return done.stdout


@pytest.mark.parametrize("name", ["text", "json", "sarif", "junit", "github", "gitlab"])
@pytest.mark.parametrize("where", ["second file", "end"])
def test_a_failing_reporter_loses_no_finding(tmp_path, monkeypatch, name, where):
    paths = []
    for number in range(3):
        path = tmp_path / f"q{number}.okrs.yaml"
        path.write_text(okrs(number), encoding="utf-8")
        paths.append(str(path))
    cls = type(writer(name, ReportContext()))
    seen: list[str] = []
    original_file, original_end = cls.file, cls.end

    def broken_file(self, file, out):  # type: ignore[no-untyped-def]
        out.write("half a file")
        seen.append(file.path)
        if where == "second file" and len(seen) == 2:
            raise RuntimeError("boom")
        original_file(self, file, out)

    def broken_end(self, report, tally, out):  # type: ignore[no-untyped-def]
        out.write("half a summary")
        if where == "end":
            raise RuntimeError("boom")
        original_end(self, report, tally, out)

    monkeypatch.setattr(cls, "file", broken_file)
    monkeypatch.setattr(cls, "end", broken_end)
    done = CliRunner().invoke(app, ["check", "--no-cache", "-o", name, *paths])
    assert done.exit_code == 2
    assert done.stderr.count("\n") == 1
    assert f"krlint: internal error: the {name} reporter failed: RuntimeError: boom" in done.stderr
    assert "half a" not in done.stdout
    assert done.stdout == concise_of(paths)  # every finding of every file, once
    assert seen[:2] == paths[:2] and len(seen) == (2 if where == "second file" else 3)


def test_output_file_receives_what_stdout_would(tmp_path):
    target = tmp_path / "report.sarif"
    argv = ["check", "--no-cache", "-o", "sarif", str(EXAMPLES / "okrs.yaml")]
    to_stdout = CliRunner().invoke(app, argv)
    to_file = CliRunner().invoke(app, [*argv, "--output-file", str(target)])
    assert to_file.exit_code == to_stdout.exit_code == 1
    assert to_file.stdout == ""
    assert target.read_text(encoding="utf-8") == to_stdout.stdout


def test_a_failing_reporter_leaves_the_output_file_alone(tmp_path, monkeypatch):
    from krlint.reporters import sarif

    target = tmp_path / "report.sarif"
    target.write_text("from the last run", encoding="utf-8")

    def broken(self, report, tally, out):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    monkeypatch.setattr(sarif.Writer, "end", broken)
    done = CliRunner().invoke(
        app,
        [
            "check",
            "--no-cache",
            "-o",
            "sarif",
            "--output-file",
            str(target),
            str(EXAMPLES / "okrs.yaml"),
        ],
    )
    assert done.exit_code == 2
    assert target.read_text(encoding="utf-8") == "from the last run"
    assert done.stdout == concise_of([str(EXAMPLES / "okrs.yaml")])


def test_output_is_driven_file_by_file(files):
    """The driver keeps totals, not findings: what it holds does not grow with them."""
    found, _ = files
    output = Output(writer("concise", ReportContext()), "concise", ReportContext())
    for file in found:
        output.file(file)
    assert output.tally.files == len(found)
    assert output.tally.problems == sum(len(f.diagnostics) for f in found)
    assert not hasattr(output, "files")
    output.discard()
