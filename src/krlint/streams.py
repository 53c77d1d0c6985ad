"""Standard output and error that cannot take the run down with them.

CI runs krlint with whatever streams it has: a closed stdout (`>&-`, so `sys.stdout` is None), a
pipe whose reader has gone (`| head -1`), a full disk (`>/dev/full`), a strict ASCII encoding
(`PYTHONIOENCODING=ascii`, `LANG=C` on old Pythons). None of these may turn findings into an
"internal error", change the exit code the findings decide, or lose the error line: the output
that cannot be written is reported once on stderr (when there is one) and the run goes on.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable
from typing import TextIO


class _Closed:
    """Stands in for a stream the process was started without: every write fails."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self, name: str) -> None:
        self.name = name

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, f"standard {self.name} is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(errno.EBADF, f"standard {self.name} is closed")


def prepare() -> None:
    """Make the streams safe to use: a missing one becomes `_Closed` (its writes fail visibly
    rather than with AttributeError), and a strict encoding writes what it cannot encode as
    `\\uXXXX` instead of raising UnicodeEncodeError half-way through the findings."""
    for name, short, fd in (("stdout", "output", 1), ("stderr", "error", 2)):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, _Closed(short))
            _occupy(fd)
            continue
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(Exception):
                stream.reconfigure(errors="backslashreplace")


def _occupy(fd: int) -> None:
    """Put /dev/null on a closed descriptor 1 or 2, so no file krlint opens later lands there
    (where anything writing to the descriptor would write into it)."""
    try:
        os.fstat(fd)
    except OSError:
        with contextlib.suppress(OSError):
            sink = os.open(os.devnull, os.O_WRONLY)
            if sink != fd:
                os.dup2(sink, fd)
                os.close(sink)


def write_stdout(text: str) -> str | None:
    """Write and flush; None when it worked, else why it did not (stdout is then silenced so
    the interpreter's own flush at exit cannot fail again and change the exit code)."""
    return copy_to_stdout(lambda out: out.write(text))


def copy_to_stdout(write: Callable[[TextIO], object]) -> str | None:
    """`write(sys.stdout)` and flush, as `write_stdout` does for one string (a streamed report
    is copied from its spool this way)."""
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except (OSError, ValueError) as error:
        silence_stdout()
        return str(getattr(error, "strerror", None) or error)
    return None


def write_stderr(text: str) -> None:
    """Write an error line if there is anywhere to write it; never raises."""
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        with contextlib.suppress(Exception):
            sys.stderr = _devnull()


def silence_stdout() -> None:
    """Point stdout (the object and, where it is open, file descriptor 1) at /dev/null."""
    real = False
    with contextlib.suppress(Exception):
        real = sys.stdout.fileno() == 1
    if real:  # the interpreter flushes fd 1's buffer at exit: give it somewhere to go
        with contextlib.suppress(OSError):
            sink = os.open(os.devnull, os.O_WRONLY)
            os.dup2(sink, 1)
            os.close(sink)
    sys.stdout = _devnull()


def _devnull() -> TextIO:
    return open(os.devnull, "w", encoding="utf-8")
