"""The language server's pure parts: which files it lints, the fixes it offers, its ranges.

These are plain functions (no protocol); the server itself is driven over stdio by a real client
in test_server.py.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from krlint.config import Config, parse
from krlint.diagnostics import Diagnostic, Severity
from krlint.engine import Linter
from krlint.loaders import read_text, reader_for
from krlint.server import actions, convert, hover
from krlint.server.scope import is_okr_document

ROOT = Path(__file__).resolve().parents[1]

YAML = textwrap.dedent("""\
    objectives:
      - objective: Become the go-to voice on analytics
        key_results:
          - Publish 12 blog posts
          - Host 4 webinars  # krlint: disable=K205
          - |
            Ship the in-app tour
          - Launch the
            help centre
          - Record 6 videos   # why: the board asked
    """)
MARKDOWN = textwrap.dedent("""\
    # OKRs 2026 Q1

    ## Objective: New users succeed on their own

    - Publish 12 blog posts
    - Increase week-1 activation from 32% to 45%
    """)


def lint(path: str, text: str) -> list[tuple[str, int]]:
    return [(d.code, d.line) for d in Linter().lint_text(path, text).report.diagnostics]


# -- suppress this finding on this line ----------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (4, "      - Publish 12 blog posts  # krlint: disable=K201"),  # a comment at the end
        (5, "      - Host 4 webinars  # krlint: disable=K205,K201"),  # added to the one there
        (8, "      # krlint: disable-next-line=K201\n      - Launch the"),  # folded: above
        (10, "      # krlint: disable-next-line=K201\n      - Record 6 videos"),  # comment there
    ],
)
def test_yaml_suppression_edit(line, expected):
    edit = actions.suppression(YAML, "/w/okrs.yaml", line, "K201")
    assert edit is not None
    edited = actions.apply(YAML, edit)
    assert expected in edited
    assert read_text("/w/okrs.yaml", edited).problems == []


def test_no_suppression_comment_inside_a_block_scalar():
    # a `#` on line 7 would be text of the key result; a comment above it too: nothing offered
    assert actions.suppression(YAML, "/w/okrs.yaml", 7, "K201") is None


def test_the_suppression_silences_the_finding_and_only_it(tmp_path):
    path = str(tmp_path / "okrs.yaml")
    before = lint(path, YAML)
    for code, line in [f for f in before if f[0] in ("K201", "O101")]:
        edit = actions.suppression(YAML, path, line, code)
        if edit is None:
            continue
        after = lint(path, actions.apply(YAML, edit))
        shift = 1 if edit.text.endswith("\n") else 0  # a comment line above moves the rest
        moved = [(c, n + shift if n >= line else n) for c, n in before if (c, n) != (code, line)]
        assert after == moved, (code, line)


def test_markdown_suppression_is_an_html_comment(tmp_path):
    path = str(tmp_path / "okrs.md")
    edit = actions.suppression(MARKDOWN, path, 5, "K201")
    assert edit is not None
    edited = actions.apply(MARKDOWN, edit)
    assert "- Publish 12 blog posts  <!-- krlint: disable=K201 -->" in edited
    assert ("K201", 5) in lint(path, MARKDOWN)
    assert ("K201", 5) not in lint(path, edited)


def test_json_has_no_comments_so_no_suppression_is_offered():
    text = '{"objectives": [{"objective": "Grow", "key_results": ["Publish 12 blog posts"]}]}'
    assert actions.suppression(text, "/w/okrs.json", 1, "K201") is None


def test_krlint_failures_are_never_offered_for_suppression():
    assert actions.suppression(YAML, "/w/okrs.yaml", 4, "X001") is None


def test_crlf_text_keeps_its_line_endings():
    text = YAML.replace("\n", "\r\n")
    edit = actions.suppression(text, "/w/okrs.yaml", 10, "K201")
    assert edit is not None and edit.text.endswith("\r\n")


# -- the rewrite template -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "source", "template", "written"),
    [
        (
            "okrs.yaml",
            YAML,
            "Grow weekly readers from 1,200 to 3,000",
            "      - Grow weekly readers from 1,200 to 3,000\n",
        ),
        (
            "okrs.yaml",
            YAML,
            "Raise sign-ups: from 40 to 90",  # a colon: quoted to stay one string
            '      - "Raise sign-ups: from 40 to 90"\n',
        ),
        (
            "okrs.md",
            MARKDOWN,
            "Grow weekly readers from 1,200 to 3,000",
            "- Grow weekly readers from 1,200 to 3,000\n",
        ),
    ],
)
def test_rewrite_replaces_the_key_result_text(path, source, template, written):
    result = read_text(path, source, reader_for(path))
    kr = next(kr for _, kr in result.file.key_results() if kr.text == "Publish 12 blog posts")
    edit = actions.rewrite(source, path, kr, template)
    assert edit is not None
    edited = actions.apply(source, edit)
    assert written in edited
    again = read_text(path, edited, reader_for(path)).file
    assert template in [k.text for _, k in again.key_results()]


def test_no_rewrite_for_a_key_result_folded_over_lines():
    result = read_text("okrs.yaml", YAML)
    kr = next(kr for _, kr in result.file.key_results() if kr.text.startswith("Launch"))
    assert actions.rewrite(YAML, "okrs.yaml", kr, "Grow help-centre deflection to 30%") is None


def test_hover_shows_the_rewrite_template_of_an_output(tmp_path):
    result = Linter().lint_text(str(tmp_path / "okrs.yaml"), YAML)
    kr = result.file.objectives[0].key_results[0]
    text = hover.describe(result, kr.span.line, kr.span.column)
    judgement = result.judgements[id(kr)]
    assert judgement.label == "output" and judgement.rewrite
    assert text is not None and f"Rewrite template: {judgement.rewrite}" in text


# -- hover ----------------------------------------------------------------------------------------
def test_hover_explains_the_judgement(tmp_path):
    result = Linter().lint_text(str(tmp_path / "okrs.yaml"), YAML)
    text = hover.describe(result, 4, 12)
    assert text is not None
    assert text.startswith("**output** — confidence 0.")
    assert 'Decided by: activity-verb ("Publish")' in text
    assert 'output-artefact "blog posts"' in text
    assert "Suggestion: " in text
    assert "Findings: K201 activity-verb" in text
    objective = hover.describe(result, 2, 20)
    assert objective is not None and objective.startswith("**Objective** — 5 key results: ")
    assert hover.describe(result, 1, 1) is None  # `objectives:` is neither


def test_hover_before_judgement_says_so(tmp_path):
    result = Linter().lint_text(str(tmp_path / "okrs.yaml"), YAML, judge=False)
    text = hover.describe(result, 4, 12, pending="loading")
    assert text == "**Key result** — not judged yet: loading"


# -- which documents are OKR files ----------------------------------------------------------------
OKRS = "objectives:\n  - objective: Grow\n    key_results: [Raise NPS from 30 to 40]\n"
WORKFLOW = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n"


@pytest.mark.parametrize(
    ("relative", "text", "expected"),
    [
        ("okrs.yaml", "", True),  # named like an OKR file: linted even before it has content
        ("plans/q3.yml", OKRS, True),  # any YAML with an OKR shape
        ("plans/q3.yml", WORKFLOW, False),  # a workflow is not an OKR file
        ("plans/q3.yml", "objectives: [unclosed\n", True),  # broken: linted, so it is reported
        ("team.json", '{"objectives": []}', True),
        ("package.json", '{"name": "x"}', False),
        ("README.md", "# Readme\n\n## Install\n\n- pip install x\n", False),  # no OKR words
        ("team-okrs.md", "# Q3\n", True),  # named like OKRs: linted, so F002 says it is empty
        ("CHANGELOG.md", "# Changes\n\n## 1.2\n\n- Fixed the parser\n", False),
        ("plans/q3.md", "# Q3\n\n## Objective: Grow\n\n- Raise NPS from 30 to 40\n", True),
        ("okrs/2026-q1.md", "# Q1\n\n## Objective: Grow\n\n- Raise NPS from 30 to 40\n", True),
        ("okrs/README.md", "# About our OKRs\n\nWe review them monthly.\n", False),  # no objective
        ("notes.txt", OKRS, False),
        ("node_modules/pkg/okrs.yaml", OKRS, False),  # folders a walk skips
        (".github/okrs.yaml", OKRS, False),
    ],
)
def test_documents_linted_are_those_check_would_lint(tmp_path, relative, text, expected):
    path = str(tmp_path / relative)
    assert is_okr_document(path, text, Config(), [str(tmp_path)]) is expected


def test_exclude_and_include_from_the_config(tmp_path):
    config = parse(
        {"exclude": ["archive/"], "include": ["okrs/", "extra.yaml"]}, "cfg", str(tmp_path)
    )
    assert is_okr_document(str(tmp_path / "okrs" / "q1.yaml"), OKRS, config, [str(tmp_path)])
    assert is_okr_document(str(tmp_path / "extra.yaml"), OKRS, config, [str(tmp_path)])
    assert not is_okr_document(str(tmp_path / "extra.yaml"), WORKFLOW, config, [str(tmp_path)])
    assert not is_okr_document(str(tmp_path / "plans" / "q1.yaml"), OKRS, config, [str(tmp_path)])
    assert not is_okr_document(
        str(tmp_path / "archive" / "okrs.yaml"), OKRS, config, [str(tmp_path)]
    )


# -- ranges in the client's units -----------------------------------------------------------------
def test_ranges_count_utf16_units_after_an_emoji():
    from pygls.workspace.position_codec import PositionCodec

    text = "objectives:\n  - objective: 🚀 Launch the rocket 🚀 now\n"
    lines = actions.split_lines(text)
    diagnostic = Diagnostic(
        "O106",
        "metric-in-objective",
        Severity.WARNING,
        "m",
        "p",
        line=2,
        column=18,
        end_line=2,
        end_column=24,
    )  # "Launch"
    assert lines[1][17:23] == "Launch"
    utf16 = convert.span_range(lines, PositionCodec(), diagnostic)
    assert (utf16.start.line, utf16.start.character, utf16.end.character) == (1, 18, 24)
    no_end = Diagnostic("F001", "x", Severity.ERROR, "m", "p", line=2, column=3)
    whole = convert.span_range(lines, PositionCodec(), no_end)
    assert (whole.start.character, whole.end.character) == (2, len(lines[1]) + 2)
    past = Diagnostic("F001", "x", Severity.ERROR, "m", "p", line=9, column=1)
    clamped = convert.span_range(lines, PositionCodec(), past)
    assert clamped.start.line == len(lines) - 1


def test_every_rule_file_is_linked(tmp_path):
    from krlint.server.worker import Worker

    worker = Worker()
    bad = (ROOT / "examples" / "bad.yaml").read_text(encoding="utf-8")
    outcome = worker.lint(str(tmp_path / "okrs.yaml"), bad)  # unjudged: spaCy is not loaded
    assert outcome.in_scope and len({d.code for d in outcome.diagnostics}) >= 10
    for diagnostic in outcome.diagnostics:
        link = outcome.rule_docs[diagnostic.code]
        assert link.startswith("file://") and link.endswith(f"/{diagnostic.code}.yaml")
        assert Path(link.removeprefix("file://")).is_file()
    worker.pipelines.shutdown()


# -- the protocol's bookkeeping -------------------------------------------------------------------
def test_the_protocol_forgets_every_finished_notification():
    """pygls 2.1 keeps a future per notification handled by a generator (didOpen, didChange …)
    or a coroutine forever; krlint's Protocol forgets each once it is handled."""
    import asyncio
    import json

    from lsprotocol import types
    from pygls.lsp.server import LanguageServer

    from krlint.server.app import Protocol

    class Sink:
        def write(self, data: bytes) -> None:
            pass

        def close(self) -> None:
            pass

    server = LanguageServer("probe", "1", protocol_cls=Protocol)
    seen: list[str] = []

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def changed(ls: LanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        seen.append("change")

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def saved(ls: LanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        seen.append("save")

    protocol = server.protocol
    protocol.set_writer(Sink())  # type: ignore[arg-type]

    def send(message: dict) -> None:  # type: ignore[type-arg]
        protocol.handle_message(
            json.loads(
                json.dumps({"jsonrpc": "2.0", **message}), object_hook=protocol.structure_message
            )
        )

    async def session() -> None:
        send({"id": 1, "method": "initialize", "params": {"capabilities": {}}})
        uri = "file:///w/okrs.yaml"
        send(
            {
                "method": "textDocument/didOpen",
                "params": {
                    "textDocument": {
                        "uri": uri,
                        "languageId": "yaml",
                        "version": 1,
                        "text": "objectives: []\n",
                    }
                },
            }
        )
        for version in range(2, 102):
            send(
                {
                    "method": "textDocument/didChange",
                    "params": {
                        "textDocument": {"uri": uri, "version": version},
                        "contentChanges": [{"text": f"# {version}\n"}],
                    },
                }
            )
            send({"method": "textDocument/didSave", "params": {"textDocument": {"uri": uri}}})
        await asyncio.sleep(0.05)

    asyncio.run(session())
    assert seen.count("change") == 100 and seen.count("save") == 100
    assert protocol._request_futures == {}


def test_the_server_lints_what_check_lints_when_named():
    """Every example and real file: the server lints it exactly when `krlint check FILE` does."""
    from test_lint_text import okr_files

    linter = Linter()
    decided = {True: 0, False: 0}
    for path in okr_files():
        text = path.read_bytes().decode("utf-8-sig")
        linted = bool(linter.lint_paths([str(path)]).files)
        assert is_okr_document(str(path), text, linter.config_for(str(path))) is linted, path
        decided[linted] += 1
    assert decided[True] >= 3 and decided[False] >= 1
