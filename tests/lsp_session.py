"""A real LSP client (pygls's LanguageClient) driving `krlint server` over stdio, synchronously.

Tests and bench/server.py use it the way an editor would: a separate process started as
`python -m krlint server`, JSON-RPC over its standard input and output, notifications
(publishDiagnostics) collected as they arrive. Nothing here calls the server's handlers.
The server's standard error goes to a file, so a chatty server can never block on a full pipe.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.io_ import run_async
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

SERVER = [sys.executable, "-m", "krlint", "server"]


class Session:
    """One server process and one client; every method waits for its answer."""

    def __init__(
        self,
        root: Path,
        command: Sequence[str] = SERVER,
        env: dict[str, str] | None = None,
        capabilities: types.ClientCapabilities | None = None,
        initialization_options: Any = None,
    ) -> None:
        self.root = root
        self.loop = asyncio.new_event_loop()
        self.client = LanguageClient("krlint-tests", "1")
        self.published: dict[str, list[types.PublishDiagnosticsParams]] = {}
        self.arrived: dict[str, list[float]] = {}  # perf_counter() of each publication
        self.messages: list[types.ShowMessageParams] = []
        self.logs: list[str] = []
        self.versions: dict[str, int] = {}
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed by shutdown()
        self.process: asyncio.subprocess.Process | None = None

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
            self.published.setdefault(params.uri, []).append(params)
            self.arrived.setdefault(params.uri, []).append(time.perf_counter())

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def on_message(params: types.ShowMessageParams) -> None:
            self.messages.append(params)

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def on_log(params: types.LogMessageParams) -> None:
            self.logs.append(params.message)

        @self.client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def on_register(params: types.RegistrationParams) -> None:
            return None

        self.run(self._start(command, env))
        self.initialize_result = self.run(
            self.client.initialize_async(
                types.InitializeParams(
                    capabilities=capabilities or default_capabilities(),
                    root_uri=from_fs_path(str(root)),
                    workspace_folders=[
                        types.WorkspaceFolder(uri=from_fs_path(str(root)) or "", name=root.name)
                    ],
                    initialization_options=initialization_options,
                )
            )
        )
        self.client.initialized(types.InitializedParams())

    async def _start(self, command: Sequence[str], env: dict[str, str] | None) -> None:
        self.process = await asyncio.create_subprocess_exec(
            *command,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=self.stderr,
            cwd=self.root,
            env=env or dict(os.environ),
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.client.protocol.set_writer(self.process.stdin)  # type: ignore[arg-type]
        self.reader = asyncio.ensure_future(
            run_async(
                stop_event=self.client._stop_event,
                reader=self.process.stdout,
                protocol=self.client.protocol,
            )
        )

    def run(self, awaitable: Any, timeout: float = 30.0) -> Any:
        return self.loop.run_until_complete(asyncio.wait_for(awaitable, timeout))

    def pump(self, seconds: float) -> None:
        """Let messages arrive for a while."""
        self.loop.run_until_complete(asyncio.sleep(seconds))

    # -- documents ---------------------------------------------------------------------------
    def open(self, path: Path, text: str | None = None, language: str = "yaml") -> str:
        uri = from_fs_path(str(path)) or ""
        self.versions[uri] = 1
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri,
                    language_id=language,
                    version=1,
                    text=path.read_text(encoding="utf-8") if text is None else text,
                )
            )
        )
        return uri

    def replace(self, uri: str, text: str) -> int:
        """Send the whole new text (a full-content change); its version."""
        return self.change(uri, [types.TextDocumentContentChangeWholeDocument(text=text)])

    def edit(self, uri: str, line: int, start: int, end: int, text: str) -> int:
        """Replace characters start:end of (0-based) line by text (an incremental change)."""
        return self.change(
            uri,
            [
                types.TextDocumentContentChangePartial(
                    range=types.Range(
                        start=types.Position(line=line, character=start),
                        end=types.Position(line=line, character=end),
                    ),
                    text=text,
                )
            ],
        )

    def change(self, uri: str, changes: list[Any]) -> int:
        self.versions[uri] += 1
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(
                    uri=uri, version=self.versions[uri]
                ),
                content_changes=changes,
            )
        )
        return self.versions[uri]

    def close(self, uri: str) -> None:
        self.client.text_document_did_close(
            types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )

    # -- waiting -----------------------------------------------------------------------------
    def wait_for(
        self,
        uri: str,
        accept: Callable[[types.PublishDiagnosticsParams], bool],
        timeout: float = 30.0,
    ) -> types.PublishDiagnosticsParams:
        """The first publication for `uri` (seen so far or arriving) that `accept`s."""

        async def poll() -> types.PublishDiagnosticsParams:
            seen = 0
            while True:
                found = self.published.get(uri, [])
                for params in found[seen:]:
                    if accept(params):
                        return params
                seen = len(found)
                await asyncio.sleep(0.002)

        return self.run(poll(), timeout)

    def wait_ready(self, timeout: float = 60.0) -> str:
        """Until the server says its language pipeline is loaded (or failed to load): every
        change sent after this is judged."""

        async def poll() -> str:
            while True:
                for message in self.logs:
                    if "language pipeline" in message:
                        return message
                await asyncio.sleep(0.005)

        return self.run(poll(), timeout)

    def diagnostics(
        self,
        uri: str,
        version: int | None = None,
        accept: Callable[[list[types.Diagnostic]], bool] = lambda d: True,
        timeout: float = 30.0,
    ) -> list[types.Diagnostic]:
        """The first diagnostics published for `version` (any version if None) that `accept`
        likes: e.g. `judged` to wait past the findings published before spaCy is loaded."""
        return list(
            self.wait_for(
                uri,
                lambda p: (version is None or p.version == version) and accept(list(p.diagnostics)),
                timeout,
            ).diagnostics
        )

    # -- requests ----------------------------------------------------------------------------
    def hover(self, uri: str, line: int, character: int) -> types.Hover | None:
        return self.run(
            self.client.text_document_hover_async(
                types.HoverParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    position=types.Position(line=line, character=character),
                )
            )
        )

    def code_actions(
        self, uri: str, diagnostic: types.Diagnostic
    ) -> list[types.CodeAction | types.Command]:
        found = self.run(
            self.client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    range=diagnostic.range,
                    context=types.CodeActionContext(diagnostics=[diagnostic]),
                )
            )
        )
        return list(found or [])

    def watched_files_changed(self, *paths: Path) -> None:
        self.client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(
                changes=[
                    types.FileEvent(
                        uri=from_fs_path(str(p)) or "", type=types.FileChangeType.Changed
                    )
                    for p in paths
                ]
            )
        )

    def alive(self) -> bool:
        return self.process is not None and self.process.returncode is None

    def shutdown(self) -> int | None:
        """shutdown, exit; the server's exit code."""
        try:
            if self.alive():
                self.run(self.client.shutdown_async(None), timeout=10)
                self.client.exit(None)
                assert self.process is not None
                self.run(self.process.wait(), timeout=10)
        finally:
            if self.alive():
                assert self.process is not None
                self.process.kill()
                self.run(self.process.wait(), timeout=10)
            self.client._stop_event.set()
            self.loop.run_until_complete(asyncio.sleep(0))
            self.reader.cancel()
            self.loop.run_until_complete(asyncio.gather(self.reader, return_exceptions=True))
            self.loop.close()
        assert self.process is not None
        return self.process.returncode

    def server_stderr(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read().decode("utf-8", "replace")


def default_capabilities() -> types.ClientCapabilities:
    """What VS Code's client says it can do, for the parts krlint uses."""
    return types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(
            hover=types.HoverClientCapabilities(
                content_format=[types.MarkupKind.Markdown, types.MarkupKind.PlainText]
            ),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                version_support=True, code_description_support=True, data_support=True
            ),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix]
                    )
                )
            ),
        ),
        workspace=types.WorkspaceClientCapabilities(
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=True
            ),
        ),
    )


def apply_edits(text: str, edits: Sequence[types.TextEdit]) -> str:
    """A client applying a WorkspaceEdit's text edits (ASCII text: UTF-16 units = characters)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)

    def offset(p: types.Position) -> int:
        return offsets[p.line] + p.character

    for edit in sorted(edits, key=lambda e: offset(e.range.start), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
    return text


def edits_of(action: types.CodeAction, uri: str) -> list[types.TextEdit]:
    assert action.edit is not None
    if action.edit.document_changes:
        return [
            e
            for change in action.edit.document_changes
            if isinstance(change, types.TextDocumentEdit) and change.text_document.uri == uri
            for e in change.edits
        ]  # type: ignore[misc]
    return list((action.edit.changes or {}).get(uri, []))
