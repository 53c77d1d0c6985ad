"""`krlint server`: krlint as a language server (LSP over stdio), for editors.

OKRs are written in an editor weeks before a commit; the server judges each key result as it is
typed. It pays spaCy's start-up once and then lints the edited text in milliseconds, through
the same engine entry as `krlint check` (`Linter.lint_text`), so an editor shows exactly the
findings CI will. Modules:

- `app`: the protocol (pygls): documents, scheduling, publishing, hover and code actions;
- `worker`: the lint thread's side: the long-lived Linter, config changes, pipeline loading;
- `scope`: which documents are OKR files (the same answer as `check`'s discovery);
- `convert`: krlint findings to LSP diagnostics (ranges in the client's units);
- `hover`, `actions`: what a hover explains, and the fixes offered (proved before offered).

pygls is imported only here, so `krlint check` never pays for it.
"""

from __future__ import annotations

import logging
import sys


def serve() -> None:
    """Speak LSP on standard input and output until the client says exit (or goes away)."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must never corrupt the protocol stream
    logging.basicConfig(
        level=logging.WARNING, stream=sys.stderr, format="krlint server: %(levelname)s: %(message)s"
    )
    from krlint.server.app import create

    server = create()
    try:
        server.start_io(stdin, stdout)
    finally:
        server.stop()
