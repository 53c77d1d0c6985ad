"""The process entry point (`krlint`, `python -m krlint`): start-up, one parser, and a run that
ends in an exit code — any unexpected exception becomes one line and exit 2, never a traceback.

`krlint check` with the arguments pre-commit and CI pass is parsed without typer
(krlint.check_command explains why and how); everything else goes to typer (krlint.cli).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main() -> None:
    from krlint import startup, streams
    from krlint.trust import without_current_directory

    without_current_directory()  # nothing imported later may come from the linted checkout
    streams.prepare()
    startup.begin()  # young collections wait until `startup.started()`
    try:
        run(sys.argv[1:])
    except SystemExit:
        raise
    except KeyboardInterrupt:
        streams.write_stderr("krlint: interrupted\n")
        sys.exit(130)
    except OSError as problem:  # stdout closed, full or gone while a command printed
        from krlint.check_command import EXIT_ERROR, error

        streams.silence_stdout()
        error(f"cannot write to standard output: {problem.strerror or problem}")
        sys.exit(EXIT_ERROR)
    except Exception as problem:
        from krlint.check_command import EXIT_ERROR
        from krlint.reporters.sanitize import line

        streams.write_stderr(
            f"krlint: internal error: {type(problem).__name__}: {line(str(problem))}\n"
        )
        sys.exit(EXIT_ERROR)


def run(argv: Sequence[str]) -> None:
    """One command; it exits (SystemExit) with its code."""
    from krlint.check_command import parse_check_args, run_check

    # typer's shell completion is asked for through the environment: only typer answers it
    quick = None if "_KRLINT_COMPLETE" in os.environ else parse_check_args(argv)
    if quick is not None:
        run_check(**quick)
    from krlint.cli import app

    app()
