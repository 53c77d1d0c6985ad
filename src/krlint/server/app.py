"""The language server: LSP messages in, krlint's findings out, on pygls.

Threads, and why:
- the event loop (pygls) reads and answers messages and publishes diagnostics; it never lints,
  so hover and code actions answer while a long document is being judged;
- one lint thread owns the `Linter` (not thread-safe, and one is enough: an edit of a 50-key-
  result file lints in milliseconds);
- one loader thread builds spaCy's pipeline at start-up (about a second), during which
  documents get the findings that need no judgement, and then all of them.

Debouncing is by coalescing: a change to a document that is not being linted is linted at
once (no fixed delay added to every keystroke); changes that arrive while it is being linted
collapse into one lint of the newest text when that finishes, and a result for a text that has
changed since is never published. An optional delay (`initializationOptions.debounce`, in ms)
waits for a pause in typing first, for very large files.
"""

from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from krlint import __version__
from krlint import config as config_mod
from krlint.nlp import Analyzer
from krlint.server import actions, convert, hover
from krlint.server.worker import Outcome, Worker

log = logging.getLogger("krlint.server")

CONFIG_NAMES = frozenset(config_mod.CONFIG_FILES)
CONFIG_POLL_SECONDS = 1.0  # how often config files are stat'ed (for clients that do not watch)
LOADING = "krlint's language pipeline is still loading"


@dataclass(eq=False)
class Document:
    """An open document, and the last lint published for it."""

    uri: str
    path: str | None  # None: not a file (an unsaved buffer); never linted
    dirty: bool = False  # changed since the lint in progress (or the last one) started
    closed: bool = False
    task: asyncio.Task[None] | None = None
    outcome: Outcome | None = None
    text: str = ""  # the text `outcome` was made from
    version: int | None = None  # its version


@dataclass
class Settings:
    debounce: float = 0.0  # seconds to wait for a pause in typing before linting

    @classmethod
    def parse(cls, options: Any) -> Settings:
        settings = cls()
        if isinstance(options, dict):
            value = options.get("debounce")
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
                settings.debounce = min(float(value), 5000.0) / 1000
        return settings


@dataclass
class State:
    documents: dict[str, Document] = field(default_factory=dict)
    settings: Settings = field(default_factory=Settings)
    background: list[asyncio.Task[None]] = field(default_factory=list)
    announced: set[str] = field(default_factory=set)  # pipelines whose load the client is told


class Protocol(LanguageServerProtocol):
    """pygls's protocol, without its one leak.

    pygls 2.1 files the future of every message it hands to a generator, coroutine or thread
    handler under an id, and removes it only when it answers a request; the futures of
    notifications (every didChange is one) stay forever, about 2 KB a keystroke, which
    bench/server.py measured as RSS growing 1.9 MB per 1,000 edits. Each is forgotten here when
    its handler is done."""

    def _execute_handler(
        self, msg_id: Any, handler: Any, callback: Any, args: Any = None, kwargs: Any = None
    ) -> None:
        def forget(future: Any) -> None:
            if self._request_futures.get(msg_id) is future:
                del self._request_futures[msg_id]
            callback(future)

        super()._execute_handler(msg_id, handler, forget, args, kwargs)


class KrlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "krlint",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=Protocol,
        )
        self.worker = Worker()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="krlint-lint")
        self.state = State()

    # -- scheduling ------------------------------------------------------------------------
    def schedule(self, document: Document) -> None:
        """Lint `document` now, or as soon as the lint in progress finishes."""
        document.dirty = True
        if document.path is not None and (document.task is None or document.task.done()):
            document.task = asyncio.ensure_future(self._lint_loop(document))

    async def _lint_loop(self, document: Document) -> None:
        loop = asyncio.get_running_loop()
        while document.dirty and not document.closed:
            document.dirty = False
            if self.state.settings.debounce:
                await asyncio.sleep(self.state.settings.debounce)
                document.dirty = False  # the text read below is the newest
            try:
                current = self.workspace.get_text_document(document.uri)
                text, version = current.source, current.version
                assert document.path is not None
                outcome = await loop.run_in_executor(
                    self.pool, self.worker.lint, document.path, text
                )
                if document.closed or document.dirty:
                    continue  # closed, or a newer text is waiting: this result is stale
                self._publish(document, outcome, text, version)
                if outcome.waiting is not None:
                    self._when_loaded(document, outcome.waiting)
            except Exception:  # the server must outlive any bug in one document's handling
                log.exception("linting %s failed", document.uri)

    def _publish(
        self, document: Document, outcome: Outcome, text: str, version: int | None
    ) -> None:
        document.outcome, document.text, document.version = outcome, text, version
        lines = actions.split_lines(text)
        codec = self.workspace.position_codec
        found = [convert.problem(message, lines, codec) for message in outcome.errors]
        found += [convert.to_lsp(d, lines, codec, outcome.rule_docs) for d in outcome.diagnostics]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=document.uri, diagnostics=found, version=version)
        )

    def load(self, analyzer: Analyzer) -> asyncio.Future[float]:
        """The load of `analyzer`'s pipeline; the client is told once when it is ready (or has
        failed), in a log message."""
        future = asyncio.wrap_future(self.worker.pipelines.load(analyzer))
        if analyzer.fingerprint not in self.state.announced:
            self.state.announced.add(analyzer.fingerprint)
            future.add_done_callback(self._announce)
        return future

    def _announce(self, done: asyncio.Future[float]) -> None:
        if done.cancelled():
            return
        error = done.exception()
        if error is None:
            message = f"krlint: language pipeline ready in {done.result():.2f} s"
        else:
            message = (
                f"krlint: the language pipeline failed to load ({type(error).__name__}: "
                f"{error}); key results are not judged"
            )
        self.window_log_message(
            types.LogMessageParams(
                type=types.MessageType.Info if error is None else types.MessageType.Error,
                message=message,
            )
        )

    def _when_loaded(self, document: Document, analyzer: Analyzer) -> None:
        """Lint `document` again, judged, once the pipeline it waits for is ready."""

        def relint(done: asyncio.Future[float]) -> None:
            if not document.closed:
                self.schedule(document)

        self.load(analyzer).add_done_callback(relint)

    def relint_all(self) -> None:
        for document in self.state.documents.values():
            self.schedule(document)

    async def warm_up(self) -> None:
        """Start loading spaCy for the workspace's config before any document asks for it."""
        loop = asyncio.get_running_loop()
        folder = self.worker.roots[0] if self.worker.roots else os.getcwd()
        analyzer = await loop.run_in_executor(self.pool, self.worker.analyzer_for, folder)
        if analyzer is not None:
            self.load(analyzer)

    async def watch_configs(self) -> None:
        """Re-lint everything when a config file changes on disk, whether or not the client
        watches files for us (many do not)."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(CONFIG_POLL_SECONDS)
            await self.check_configs(loop)

    async def check_configs(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        loop = loop or asyncio.get_running_loop()
        paths = [d.path for d in self.state.documents.values() if d.path is not None]
        try:
            changed = await loop.run_in_executor(self.pool, self.worker.configs_changed, paths)
        except Exception:
            log.exception("checking config files failed")
            return
        if changed:
            self.relint_all()

    def stop(self) -> None:
        for task in self.state.background:
            task.cancel()
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.worker.pipelines.shutdown()


def create() -> KrlintServer:
    server = KrlintServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: KrlintServer, params: types.InitializeParams) -> None:
        ls.state.settings = Settings.parse(params.initialization_options)
        roots = [to_fs_path(f.uri) for f in params.workspace_folders or ()]
        if not roots and params.root_uri:
            roots = [to_fs_path(params.root_uri)]
        elif not roots and params.root_path:
            roots = [params.root_path]
        ls.worker.roots = tuple(os.path.abspath(r) for r in roots if r)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: KrlintServer, params: types.InitializedParams) -> None:
        ls.state.background += [
            asyncio.ensure_future(ls.warm_up()),
            asyncio.ensure_future(ls.watch_configs()),
        ]
        watched = ls.client_capabilities.workspace
        if (
            watched
            and watched.did_change_watched_files
            and watched.did_change_watched_files.dynamic_registration
        ):
            options = types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[
                    types.FileSystemWatcher(glob_pattern=f"**/{name}")
                    for name in sorted(CONFIG_NAMES)
                ]
            )
            try:
                await ls.client_register_capability_async(
                    types.RegistrationParams(
                        registrations=[
                            types.Registration(
                                id="krlint-config-files",
                                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                register_options=options,
                            )
                        ]
                    )
                )
            except Exception:  # the poll still notices config changes
                log.warning("the client refused to watch krlint's config files")

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: KrlintServer, params: types.DidOpenTextDocumentParams) -> None:
        uri = params.text_document.uri
        path = to_fs_path(uri) if uri.startswith("file:") else None
        document = Document(uri, os.path.abspath(path) if path else None)
        ls.state.documents[uri] = document
        ls.schedule(document)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: KrlintServer, params: types.DidChangeTextDocumentParams) -> None:
        document = ls.state.documents.get(params.text_document.uri)
        if document is not None:
            ls.schedule(document)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    async def did_save(ls: KrlintServer, params: types.DidSaveTextDocumentParams) -> None:
        document = ls.state.documents.get(params.text_document.uri)
        if (
            document is not None
            and document.path is not None
            and os.path.basename(document.path) in CONFIG_NAMES
        ):
            await ls.check_configs()  # a config saved from the editor applies at once
        elif document is not None and document.outcome is None:
            ls.schedule(document)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: KrlintServer, params: types.DidCloseTextDocumentParams) -> None:
        document = ls.state.documents.pop(params.text_document.uri, None)
        if document is not None:
            document.closed = True
            ls.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=document.uri, diagnostics=[])
            )

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def did_change_watched_files(
        ls: KrlintServer, params: types.DidChangeWatchedFilesParams
    ) -> None:
        if any(os.path.basename(to_fs_path(c.uri) or "") in CONFIG_NAMES for c in params.changes):
            await ls.check_configs()

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def folders_changed(ls: KrlintServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
        roots = (to_fs_path(folder.uri) for folder in ls.workspace.folders.values())
        ls.worker.roots = tuple(os.path.abspath(root) for root in roots if root)
        ls.relint_all()  # which documents are OKR files can depend on the folders

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def on_hover(ls: KrlintServer, params: types.HoverParams) -> types.Hover | None:
        document = ls.state.documents.get(params.text_document.uri)
        if document is None or document.outcome is None or document.outcome.result is None:
            return None
        lines = actions.split_lines(document.text)
        line = params.position.line
        if line >= len(lines):
            return None
        column = ls.workspace.position_codec.position_from_client_units(
            lines, params.position
        ).character
        outcome, result = document.outcome, document.outcome.result
        text = hover.describe(
            result, line + 1, column + 1, pending=LOADING if outcome.waiting is not None else None
        )
        if text is None:
            return None
        return types.Hover(
            contents=types.MarkupContent(
                kind=_markup(ls),
                value=(
                    text if _markup(ls) == types.MarkupKind.Markdown else text.replace("**", "")
                ),
            )
        )

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(
        ls: KrlintServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        document = ls.state.documents.get(params.text_document.uri)
        if document is None or document.outcome is None or document.path is None:
            return None
        current = ls.workspace.get_text_document(document.uri)
        if current.source != document.text:
            return None  # the findings are for an older text; the next lint brings new ones
        return _code_actions(ls, document, params.range)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: KrlintServer, *args: Any) -> None:
        ls.stop()

    return server


def _markup(ls: KrlintServer) -> types.MarkupKind:
    hover_caps = ls.client_capabilities.text_document and ls.client_capabilities.text_document.hover
    formats = (hover_caps.content_format if hover_caps else None) or [types.MarkupKind.Markdown]
    return (
        types.MarkupKind.Markdown
        if types.MarkupKind.Markdown in formats
        else types.MarkupKind.PlainText
    )


def _code_actions(
    ls: KrlintServer, document: Document, where: types.Range
) -> list[types.CodeAction]:
    outcome = document.outcome
    assert outcome is not None and document.path is not None
    lines = actions.split_lines(document.text)
    codec = ls.workspace.position_codec
    found: list[types.CodeAction] = []
    suppressed: set[tuple[str, int]] = set()
    rewritten: set[str | None] = set()
    for diagnostic in outcome.diagnostics:
        lsp = convert.to_lsp(diagnostic, lines, codec, outcome.rule_docs)
        if lsp.range.end.line < where.start.line or lsp.range.start.line > where.end.line:
            continue
        if (diagnostic.code, diagnostic.line) not in suppressed:
            suppressed.add((diagnostic.code, diagnostic.line))
            edit = actions.suppression(
                document.text, document.path, diagnostic.line, diagnostic.code
            )
            if edit is not None:
                found.append(
                    _action(
                        ls,
                        f"Suppress {diagnostic.code} on this line",
                        document,
                        convert.text_edit(lines, codec, edit),
                        lsp,
                    )
                )
        if diagnostic.key_result_id in rewritten:
            continue
        rewritten.add(diagnostic.key_result_id)
        rewrite = _rewrite(document, diagnostic)
        if rewrite is not None:
            template, edit = rewrite
            found.append(
                _action(
                    ls,
                    f"Rewrite as an outcome: {template}",
                    document,
                    convert.text_edit(lines, codec, edit),
                    lsp,
                    preferred=True,
                )
            )
    return found


def _rewrite(document: Document, diagnostic: Any) -> tuple[str, actions.Edit] | None:
    """The judgement's rewrite template for this finding's key result, when it has one.

    An output's judgement carries one (krlint.nlp.suggestions): the outcome measure its
    deliverable should move, with placeholders for the numbers krlint cannot know."""
    result = document.outcome.result if document.outcome else None
    if result is None or diagnostic.key_result_id is None or document.path is None:
        return None
    for objective, kr in result.file.key_results():
        if kr.id == diagnostic.key_result_id and objective.id == diagnostic.objective_id:
            template = getattr(result.judgements.get(id(kr)), "rewrite", None)
            if not isinstance(template, str) or not template.strip():
                return None
            edit = actions.rewrite(document.text, document.path, kr, template)
            return (template, edit) if edit is not None else None
    return None


def _action(
    ls: KrlintServer,
    title: str,
    document: Document,
    edit: types.TextEdit,
    diagnostic: types.Diagnostic,
    preferred: bool = False,
) -> types.CodeAction:
    workspace = ls.client_capabilities.workspace
    if workspace and workspace.workspace_edit and workspace.workspace_edit.document_changes:
        change = types.WorkspaceEdit(
            document_changes=[
                types.TextDocumentEdit(
                    text_document=types.OptionalVersionedTextDocumentIdentifier(
                        uri=document.uri, version=document.version
                    ),
                    edits=[edit],
                )
            ]
        )
    else:  # the form every client understands
        change = types.WorkspaceEdit(changes={document.uri: [edit]})
    return types.CodeAction(
        title=title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=preferred or None,
        edit=change,
    )
