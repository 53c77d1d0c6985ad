"""The options of one run, as the command line (or the editor) gives them.

Apart from the engine because the result cache keys its entries on them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from krlint.diagnostics import Severity


@dataclass(frozen=True, slots=True)
class RunOptions:
    """What the command line says; it wins over the configuration files."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fail_on: Severity | None = None
    config_file: str | None = None
    reader: str | None = None  # force a reader (stdin, odd extensions)
    report_unused_disables: bool = False  # X002 for suppressions that silenced nothing
    force_exclude: bool = False  # the config's `exclude` applies to files named explicitly too
    strict_files: bool = False  # a file named explicitly is linted even if it holds no OKRs
    stdin_filename: str | None = None  # standard input is this file: config, ignores, reader
