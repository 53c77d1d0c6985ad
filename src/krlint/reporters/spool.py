"""Text kept until a report is finished: in memory while small, in a temporary file after.

A streamed run hands each file's findings to the reporter and lets them go, so what the reporter
makes of them has to wait somewhere until the report is complete: a SARIF or JUnit header holds
totals, and a reporter that fails half-way must not leave half a report on the way to the user.
The first `IN_MEMORY` characters stay in memory (a pre-commit run never touches the disk); beyond
that they go to an anonymous temporary file, so memory stays flat however long the report. If no
temporary file can be made, the text stays in memory — as every report did before.
"""

from __future__ import annotations

import contextlib
import io
import math
import tempfile
from typing import IO, TextIO

IN_MEMORY = 1 << 20  # characters
COPY = 1 << 16  # characters per write when copying out


class Spool:
    """Write-only until `copy_to`, which may be called more than once."""

    def __init__(self, limit: int = IN_MEMORY) -> None:
        self._memory: io.StringIO | None = io.StringIO()
        self._file: IO[str] | None = None
        self._limit: float = limit
        self.size = 0  # characters written

    def write(self, text: str) -> int:
        self.size += len(text)
        if self._file is not None:
            return self._file.write(text)
        assert self._memory is not None
        written = self._memory.write(text)
        if self.size > self._limit:
            self._roll_over()
        return written

    def flush(self) -> None:  # a file-like object to rich's Console
        pass

    def isatty(self) -> bool:
        return False

    def _roll_over(self) -> None:
        assert self._memory is not None
        try:
            spill = tempfile.TemporaryFile(  # noqa: SIM115 - closed by close()
                mode="w+", encoding="utf-8", newline="", errors="surrogatepass"
            )
        except OSError:
            self._limit = math.inf  # no disk: stay in memory
            return
        spill.write(self._memory.getvalue())
        self._file, self._memory = spill, None

    def copy_to(self, out: TextIO | Spool) -> None:
        if self._memory is not None:
            value = self._memory.getvalue()
            for start in range(0, len(value), COPY):
                out.write(value[start : start + COPY])
            return
        assert self._file is not None
        self._file.flush()
        self._file.seek(0)
        while chunk := self._file.read(COPY):
            out.write(chunk)
        self._file.seek(0, io.SEEK_END)

    def lines(self) -> list[str] | IO[str]:
        """The text, line by line (for a second pass over what was written)."""
        if self._memory is not None:
            return self._memory.getvalue().splitlines(keepends=True)
        assert self._file is not None
        self._file.flush()
        self._file.seek(0)
        return self._file

    def close(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
        self._file = None
        self._memory = None
