"""A streamed run's report, on its way to standard output or `--output-file`.

`krlint check` hands each file's report here as soon as it is linted and keeps nothing of it; the
format's writer lays it out into a `Spool` (memory while small, a temporary file beyond), and the
finished report is copied to its destination at the end — so memory stays flat however many
findings there are, and the destination receives a whole report or none.

A reporter that fails (a bug) loses no findings: every file's findings are also kept in the
concise format, one line each; after a failure the writer is no longer used, and what reaches
standard output is the concise form of every file, with one error line on stderr and exit 2 —
what a failed render always did.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from krlint.report import FileReport, Report, Tally
from krlint.reporters import ReportContext, Writer, sanitize
from krlint.reporters.concise import Writer as Concise
from krlint.reporters.spool import Spool
from krlint.streams import copy_to_stdout, write_stderr

if TYPE_CHECKING:
    from krlint.rule_spec import RuleSpec


class Output:
    def __init__(self, writer: Writer, name: str, ctx: ReportContext) -> None:
        self.writer = writer
        self.name = name  # the format, for the error line
        self.ctx = ctx
        self.tally = Tally()
        self.body = Spool()
        self.fallback = Spool()  # every file, concise: what is printed if the writer fails
        self._concise = Concise(ctx)
        self.failure: str | None = None
        self.stdout_problem: str | None = None  # stdout closed, full or gone (krlint.streams)

    def file(self, file: FileReport) -> None:
        """One linted file's report (the engine's sink)."""
        self.tally.add(file)
        try:
            clean = sanitize.file(file)
        except Exception as error:  # a bug in the sanitiser: nothing of this file can be shown
            self._failed(error)
            return
        # a broken fallback: the error line of the writer's failure, if any, must do
        with contextlib.suppress(Exception):
            self._concise.file(clean, self.fallback)
        if self.failure is None:
            try:
                self.writer.file(clean, self.body)
            except Exception as error:  # any reporter bug
                self._failed(error)

    def close(
        self,
        report: Report,
        rules: tuple[RuleSpec, ...] = (),
        output_file: Path | None = None,
        write_file: Callable[[Path, Spool], None] | None = None,
    ) -> bool:
        """Finish the report and copy it to its destination; False when the writer failed
        (the findings then went to stdout in the concise format)."""
        if self.failure is None:
            try:
                self.writer.ctx = replace(self.ctx, rules=rules)
                self.writer.end(sanitize.report(report), self.tally, self.body)
            except Exception as error:
                self._failed(error)
        try:
            if self.failure is not None:
                self.stdout_problem = copy_to_stdout(self.fallback.copy_to)
                return False
            if output_file is None:
                self.stdout_problem = copy_to_stdout(self.body.copy_to)
            else:
                assert write_file is not None
                write_file(output_file, self.body)
            return True
        finally:
            self.body.close()
            self.fallback.close()

    def discard(self) -> None:
        self.body.close()
        self.fallback.close()

    def _failed(self, error: Exception) -> None:
        if self.failure is not None:
            return
        self.failure = f"{type(error).__name__}: {sanitize.line(str(error))}"
        write_stderr(f"krlint: internal error: the {self.name} reporter failed: {self.failure}\n")
        self.body.close()
        self.body = Spool()
