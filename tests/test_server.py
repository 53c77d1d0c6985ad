"""`krlint server` driven over stdio by a real LSP client (pygls's), as an editor would.

One server is shared by the tests that need nothing special of it; tests that start a server of
their own (a slow or failing pipeline injected, a config switched underneath) are marked slow.
Every expectation is a code at a (line, character) range, as the client receives it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from lsprotocol import types

from conftest import REAL_WORLD, require_shared
from lsp_session import SERVER, Session, apply_edits, edits_of

ROOT = Path(__file__).resolve().parents[1]
JUDGING = {"K201", "K202", "K203", "K204", "O101", "O105"}

OKRS = textwrap.dedent("""\
    # Growth team, 2026 Q1
    period: 2026-Q1
    owner: Growth team
    objectives:
      - objective: Make onboarding effortless for new teams
        key_results:
          - Increase week-1 activation from 32% to 45%
          - Cut median time to first dashboard from 3 days to 1 day
          - Raise onboarding NPS from 21 to 40

      - objective: Turn support into a reason customers stay
        key_results:
          - Reduce tickets reopened from 12% to 5%
          - Lift self-serve resolution from 20% to 35%
    """)


def codes_at(diagnostics: list[types.Diagnostic]) -> list[tuple[str, int, int, int, int]]:
    return sorted(
        (
            str(d.code),
            d.range.start.line,
            d.range.start.character,
            d.range.end.line,
            d.range.end.character,
        )
        for d in diagnostics
    )


def has(code: str):  # type: ignore[no-untyped-def]
    return lambda diagnostics: any(d.code == code for d in diagnostics)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("workspace")


@pytest.fixture(scope="module")
def session(workspace: Path):  # type: ignore[no-untyped-def]
    started = Session(workspace)
    started.wait_ready()
    yield started
    assert started.shutdown() == 0, started.server_stderr()


def test_initialize_announces_what_krlint_offers(session):
    capabilities = session.initialize_result.capabilities
    assert session.initialize_result.server_info.name == "krlint"
    assert capabilities.hover_provider
    assert capabilities.code_action_provider
    sync = capabilities.text_document_sync
    assert sync.change == types.TextDocumentSyncKind.Incremental and sync.save


def test_an_outcome_edited_into_an_output_gets_k201_at_its_verb(session, workspace):
    folder = workspace / "growth"
    folder.mkdir()
    path = folder / "okrs.yaml"
    path.write_text(OKRS, encoding="utf-8")
    uri = session.open(path)
    assert session.diagnostics(uri, 1) == []  # a clean file: nothing to say
    # line 8 (0-based 7): "Cut median time to first dashboard from 3 days to 1 day"
    line = OKRS.splitlines()[7]
    start = line.index("Cut")
    version = session.edit(uri, 7, start, len(line), "Publish 12 onboarding videos")
    found = session.diagnostics(uri, version)  # how fast: bench/server.py, not a timed test
    assert codes_at(found) == [("K201", 7, start, 7, start + len("Publish"))]
    k201 = found[0]
    assert k201.severity == types.DiagnosticSeverity.Warning
    assert k201.source == "krlint"
    assert k201.code_description is not None
    assert k201.code_description.href.endswith("/K201.yaml")
    assert "activity" in k201.message

    # hover on the key result: judgement, confidence, what decided it, the suggestion
    shown = session.hover(uri, 7, start + 3)
    assert shown is not None and shown.contents.kind == types.MarkupKind.Markdown
    text = shown.contents.value
    assert text.startswith("**output** — confidence ")
    assert 'Decided by: activity-verb ("Publish")' in text
    assert "Suggestion: " in text
    assert "K201 activity-verb" in text
    outcome = session.hover(uri, 6, 12)
    assert outcome is not None and outcome.contents.value.startswith("**outcome** — confidence ")
    assert session.hover(uri, 0, 2) is None  # a comment explains nothing

    # the code action: suppress K201 on this line, applied as the client would
    actions = session.code_actions(uri, k201)
    titles = [a.title for a in actions]
    assert titles[0] == "Suppress K201 on this line" and len(titles) == 2
    assert titles[1].startswith("Rewrite as an outcome: ")  # the judgement's rewrite template
    edits = edits_of(actions[0], uri)
    current = OKRS.replace(line, line[:start] + "Publish 12 onboarding videos")
    suppressed = apply_edits(current, edits)
    assert "- Publish 12 onboarding videos  # krlint: disable=K201\n" in suppressed
    version = session.replace(uri, suppressed)
    assert session.diagnostics(uri, version) == []

    session.close(uri)
    cleared = session.wait_for(uri, lambda p: p.version is None)
    assert list(cleared.diagnostics) == []


def test_markdown_suppression_uses_an_html_comment(session, workspace):
    path = workspace / "team-okrs.md"
    text = textwrap.dedent("""\
        # OKRs 2026 Q1

        ## Objective: New users succeed on their own

        - Publish 12 blog posts
        - Increase week-1 activation from 32% to 45%
        - Cut time to first dashboard from 3 days to 1 day
        """)
    uri = session.open(path, text, language="markdown")
    found = session.diagnostics(uri, 1)
    assert codes_at(found) == [("K201", 4, 2, 4, 9)]
    action = session.code_actions(uri, found[0])[0]
    edited = apply_edits(text, edits_of(action, uri))
    assert "- Publish 12 blog posts  <!-- krlint: disable=K201 -->\n" in edited
    version = session.replace(uri, edited)
    assert session.diagnostics(uri, version) == []
    session.close(uri)


def _expected_range(line_text: str, d: dict) -> tuple[int, int, int, int]:  # type: ignore[type-arg]
    """check's 1-based character columns as an LSP client counts them (UTF-16 units)."""

    def units(text: str) -> int:
        return len(text.encode("utf-16-le")) // 2

    lines = line_text
    row = d["line"] - 1
    start = units(lines[row][: d["column"] - 1])
    if d["end_line"] is None:
        return row, start, row, max(units(lines[row].rstrip()), start)
    end_row = d["end_line"] - 1
    return row, start, end_row, units(lines[end_row][: d["end_column"] - 1])


@pytest.mark.parametrize("which", ["examples", pytest.param("real-world", marks=pytest.mark.slow)])
def test_findings_are_exactly_those_of_krlint_check(session, workspace, which):
    folder = workspace / which / "okrs"
    folder.mkdir(parents=True)
    sources = [
        ROOT / "examples" / "bad.yaml",
        ROOT / "examples" / "okrs.yaml",
        ROOT / "examples" / "good.yaml",
    ]
    if which == "real-world":  # the real files are copied into the test's own folder
        require_shared(REAL_WORLD, "real-world OKR documents")
        sources = sorted(p for p in REAL_WORLD.iterdir() if p.suffix in (".md", ".yml", ".json"))
        sources += sorted((REAL_WORLD / "docs").glob("*.md"))
    copies = []
    for index, source in enumerate(sources):
        copy = folder / f"{index:02d}-{source.name}"
        copy.write_bytes(source.read_bytes())
        copies.append(copy)
    done = subprocess.run(
        [sys.executable, "-m", "krlint", "check", "-o", "json", "--no-cache", *map(str, copies)],
        capture_output=True,
        text=True,
        cwd=workspace,
        timeout=300,
    )
    assert done.returncode in (0, 1, 2), done.stderr
    by_path: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    for d in json.loads(done.stdout)["diagnostics"]:
        by_path.setdefault(os.path.abspath(os.path.join(workspace, d["path"])), []).append(d)
    for copy in copies:
        text = copy.read_bytes().decode("utf-8-sig")
        language = "markdown" if copy.suffix == ".md" else "yaml"
        uri = session.open(copy, text, language)
        published = session.diagnostics(uri, 1)
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        expected = sorted(
            (d["code"], *_expected_range(lines, d)) for d in by_path.get(str(copy), [])
        )
        assert codes_at(published) == expected, copy.name
        messages = sorted((str(p.code), p.message) for p in published)
        assert messages == sorted((d["code"], d["message"]) for d in by_path.get(str(copy), []))
        session.close(uri)


def test_files_that_are_not_okrs_get_no_diagnostics(session, workspace):
    workflow = workspace / ".github" / "workflows" / "ci.yml"
    readme = workspace / "README.md"
    for path, text, language in (
        (workflow, "on: push\njobs: {}\n", "yaml"),
        (readme, "# Project\n\n- Publish 12 posts\n", "markdown"),
        (workspace / "plans.yml", "jobs:\n  - build\n", "yaml"),
    ):
        uri = session.open(path, text, language)
        assert session.diagnostics(uri, 1) == []
        session.close(uri)


MALFORMED = [
    "objectives:\n  - objective: Grow\n    key_results: [Sign 10 partners, Raise NPS\n",
    "objectives:\n\t- objective: tabs\n",
    "[" * 50_000,  # nesting far past every limit
    "a: &a [" + ", ".join(["*a"] * 5) + "]\n" * 1,  # an alias of itself
    "\x00\x01\x02 binary",
    "objectives:\n  - objective: \ud800 lone surrogate\n",
    "---\n" * 2_000,
    "objectives:\n  - objective: " + "word " * 200_000 + "\n",  # far over the length limit
    "",
]


def test_malformed_documents_get_findings_and_the_server_goes_on(session, workspace):
    path = workspace / "broken" / "okrs.yaml"
    uri = session.open(path, "objectives: []\n")
    session.diagnostics(uri, 1)
    for text in MALFORMED:
        version = session.replace(uri, text)
        found = session.diagnostics(uri, version)
        assert all(d.code is not None and str(d.code)[0] in "FOX" for d in found), found
    assert session.alive()
    version = session.replace(
        uri, OKRS.replace("Raise onboarding NPS from 21 to 40", "Host 4 webinars")
    )
    assert [d.code for d in session.diagnostics(uri, version)] == ["K201"]
    session.close(uri)


def test_broken_incremental_edits_do_not_kill_the_server(session, workspace):
    uri = session.open(workspace / "edits" / "okrs.yaml", OKRS)
    session.diagnostics(uri, 1)
    session.edit(uri, 500, 0, 10, "far past the end\n")  # a range outside the document
    session.change(
        uri,
        [
            types.TextDocumentContentChangePartial(
                range=types.Range(
                    start=types.Position(line=3, character=50),
                    end=types.Position(line=1, character=0),
                ),
                text="x",
            )
        ],
    )  # reversed
    version = session.replace(uri, OKRS)
    assert session.diagnostics(uri, version) == []
    assert session.hover(uri, 9999, 0) is None
    session.close(uri)


def test_messages_the_server_cannot_read_do_not_kill_it(session, workspace):
    """Bytes that are not UTF-8, a body that is not JSON, a notification with no parameters."""
    uri = (workspace / "raw" / "okrs.yaml").as_uri()
    bodies = [
        b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": '
        b'{"uri": "' + uri.encode() + b'", "languageId": "yaml", "version": 1, '
        b'"text": "objectives: \xff\xfe"}}}',
        b'{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": ',
        b'{"jsonrpc": "2.0", "method": "textDocument/didChange"}',
        b'{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": {}}',
    ]
    for body in bodies:
        session.client.protocol.writer.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    session.pump(0.5)
    assert session.alive()
    text = OKRS.replace("Raise onboarding NPS from 21 to 40", "Host 4 webinars")
    fine = session.open(workspace / "raw" / "fine" / "okrs.yaml", text)
    assert [d.code for d in session.diagnostics(fine, 1)] == ["K201"]
    session.close(fine)


def test_files_the_server_cannot_read(session, workspace):
    """The document's text comes from the editor, so a file that cannot be read from disk (gone,
    under a file, a directory) is linted all the same; a config that cannot be read is said on
    the document, and the server goes on."""
    blocker = workspace / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    for path in (workspace / "gone" / "okrs.yaml", blocker / "okrs.yaml"):
        uri = session.open(
            path, OKRS.replace("Raise onboarding NPS from 21 to 40", "Host 4 webinars")
        )
        assert [d.code for d in session.diagnostics(uri, 1)] == ["K201"]
        session.close(uri)
    folder = workspace / "unreadable-config"
    folder.mkdir()
    (folder / ".krlint.yaml").write_bytes(b"ignore: [K201]\n\xff\xfe\n")
    directory = folder / "okrs.yaml"
    directory.mkdir()  # a directory where the file should be
    uri = session.open(directory, OKRS)
    found = session.diagnostics(uri, 1)
    assert [(d.code, d.range.start.line, d.severity) for d in found] == [
        (None, 0, types.DiagnosticSeverity.Error)
    ]
    assert found[0].message.startswith("krlint cannot use its configuration: ")
    assert ".krlint.yaml: cannot read" in found[0].message
    (folder / ".krlint.yaml").write_text("ignore: [K205]\n", encoding="utf-8")
    session.watched_files_changed(folder / ".krlint.yaml")
    assert session.diagnostics(uri, 1, accept=lambda d: not d) == []  # fixed: clean again
    session.close(uri)
    assert session.alive()


def test_a_config_change_applies_without_a_restart(session, workspace):
    folder = workspace / "configured"
    folder.mkdir()
    text = OKRS.replace("Raise onboarding NPS from 21 to 40", "Host 4 webinars")
    uri = session.open(folder / "okrs.yaml", text)
    assert [d.code for d in session.diagnostics(uri, 1)] == ["K201"]
    config = folder / ".krlint.yaml"
    # written on disk, and no word from the client: the server notices by itself
    config.write_text("ignore: [K201]\n", encoding="utf-8")
    assert session.diagnostics(uri, 1, accept=lambda d: not d, timeout=10) == []
    # edited again, and the client says so
    config.write_text("severity: {K201: error}\n", encoding="utf-8")
    session.watched_files_changed(config)
    # (a write is not atomic: the server may see the emptied file first, and then this)
    found = session.diagnostics(
        uri,
        1,
        timeout=10,
        accept=lambda found: any(d.severity == types.DiagnosticSeverity.Error for d in found),
    )
    assert [(d.code, d.severity) for d in found] == [("K201", types.DiagnosticSeverity.Error)]
    # the config's exclude takes the file out of krlint's hands
    config.write_text("exclude: [okrs.yaml]\n", encoding="utf-8")
    session.watched_files_changed(config)
    assert session.diagnostics(uri, 1, accept=lambda d: not d, timeout=10) == []
    session.close(uri)


def test_rapid_changes_are_coalesced_and_the_last_text_wins(session, workspace):
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import okr_yaml

    big = okr_yaml(300)
    uri = session.open(workspace / "big" / "okrs.yaml", big)
    session.diagnostics(uri, 1)
    before = len(session.published[uri])
    lines = big.split("\n")
    row = next(i for i, line in enumerate(lines) if line.strip() == '- "Record 16 partner events"')
    version = 1
    for n in range(30):
        text = f'      - "Publish {n} partner newsletters"'
        version = session.edit(uri, row, 0, len(lines[row]), text)
        lines[row] = text
    final = session.diagnostics(uri, version)
    assert any(d.code == "K201" and d.range.start.line == row for d in final)
    published = session.published[uri][before:]
    assert len(published) < 30 / 2, [p.version for p in published]
    versions = [p.version for p in published]
    assert versions == sorted(versions)  # never an older text after a newer one
    session.close(uri)


# -- servers of their own --------------------------------------------------------------------------
def injected(code: str) -> list[str]:
    """`krlint server` with `code` run first in the server process (fault injection)."""
    return [
        sys.executable,
        "-c",
        textwrap.dedent(code)
        + textwrap.dedent("""
        import sys
        from krlint.entry import main
        sys.argv = ["krlint", "server"]
        main()
        """),
    ]


@pytest.mark.slow
def test_structure_is_published_at_once_and_judgements_when_spacy_is_ready(tmp_path):
    slow = injected("""
        import time
        import krlint.server.worker as worker
        warm = worker._warm
        worker._warm = lambda analyzer: (time.sleep(2), warm(analyzer))[1]
        """)
    session = Session(tmp_path, slow)
    try:
        text = (ROOT / "examples" / "bad.yaml").read_text(encoding="utf-8")
        uri = session.open(tmp_path / "okrs.yaml", text)
        first = session.diagnostics(uri, 1)
        assert {"O102", "O103", "O104", "K205", "K207", "F004"} <= {d.code for d in first}
        assert not {d.code for d in first} & JUDGING
        assert not session.logs  # published while the pipeline was still loading
        hover = session.hover(uri, 7, 10)
        assert hover is not None and "not judged yet" in hover.contents.value
        judged = session.diagnostics(uri, 1, accept=has("K201"))
        assert {d.code for d in judged} >= JUDGING
        assert session.logs and "language pipeline ready" in session.logs[0]
    finally:
        assert session.shutdown() == 0


@pytest.mark.slow
def test_a_crash_in_one_documents_analysis_is_a_diagnostic(tmp_path):
    crashing = injected("""
        import krlint.nlp.classifier as classifier
        judge = classifier.Classifier.readings
        def readings(self, texts, objectives=None):
            texts = list(texts)
            if any("BOOM" in t for t in texts):
                raise RuntimeError("injected failure")
            return judge(self, texts, objectives)
        classifier.Classifier.readings = readings
        """)
    session = Session(tmp_path, crashing)
    try:
        session.wait_ready()
        bad = session.open(tmp_path / "a" / "okrs.yaml", OKRS.replace("Raise", "BOOM raise"))
        found = session.diagnostics(bad, 1)
        assert [(d.code, d.range.start.line) for d in found] == [("X001", 0)]
        assert "RuntimeError: injected failure" in found[0].message
        assert session.code_actions(bad, found[0]) == []  # krlint's failures stay visible
        good = session.open(
            tmp_path / "b" / "okrs.yaml",
            OKRS.replace("Raise onboarding NPS from 21 to 40", "Host 4 webinars"),
        )
        assert [d.code for d in session.diagnostics(good, 1)] == ["K201"]
        version = session.replace(bad, OKRS)
        assert session.diagnostics(bad, version) == []
    finally:
        assert session.shutdown() == 0


@pytest.mark.slow
def test_a_pipeline_that_fails_to_load_leaves_the_structural_findings(tmp_path):
    broken = injected("""
        import krlint.server.worker as worker
        def fail(analyzer):
            raise OSError("model file missing")
        worker._warm = fail
        """)
    session = Session(tmp_path, broken)
    try:
        assert "failed to load" in session.wait_ready()
        text = (ROOT / "examples" / "bad.yaml").read_text(encoding="utf-8")
        uri = session.open(tmp_path / "okrs.yaml", text)
        found = session.diagnostics(uri, 1)
        assert found[0].code == "X001" and "model file missing" in found[0].message
        assert {"O102", "K205", "F004"} <= {d.code for d in found}
    finally:
        assert session.shutdown() == 0


@pytest.mark.slow
def test_the_rewrite_template_of_an_output_is_offered_and_reads_back(tmp_path):
    session = Session(tmp_path)
    try:
        session.wait_ready()
        text = OKRS.replace("Raise onboarding NPS from 21 to 40", "Publish 12 blog posts")
        uri = session.open(tmp_path / "okrs.yaml", text)
        k201 = session.diagnostics(uri, 1)[0]
        template = "Grow monthly readers of blog posts from [baseline] to [target]"
        actions = session.code_actions(uri, k201)
        assert [a.title for a in actions] == [
            "Suppress K201 on this line",
            f"Rewrite as an outcome: {template}",
        ]
        assert actions[1].is_preferred
        rewritten = apply_edits(text, edits_of(actions[1], uri))
        assert f"      - {template}\n" in rewritten
        hover = session.hover(uri, k201.range.start.line, k201.range.start.character)
        assert hover is not None
        assert f"Rewrite template: {template}" in hover.contents.value
        # the numbers filled in, the rewrite is an outcome: nothing left to report
        filled = rewritten.replace("[baseline]", "1,200").replace("[target]", "3,000")
        version = session.replace(uri, filled)
        assert session.diagnostics(uri, version) == []
    finally:
        assert session.shutdown() == 0


@pytest.mark.slow
def test_the_server_exits_when_the_client_goes_away(tmp_path):
    process = subprocess.Popen(
        SERVER, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path
    )
    assert process.stdin is not None
    process.stdin.close()
    assert process.wait(timeout=30) == 0
