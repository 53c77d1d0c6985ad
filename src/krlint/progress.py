"""A progress bar on stderr for long runs — only where a person is watching.

Shown when stderr is a terminal, the run is not `--quiet`, and enough files are linted for the
wait to be noticeable; never in pipes, CI logs or pre-commit output, where it would be noise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # rich is imported when a bar is shown: ~35 ms of every start otherwise
    from rich.progress import Progress, TaskID

MIN_FILES = 20


def wanted(stream: TextIO, quiet: bool = False) -> bool:
    isatty = getattr(stream, "isatty", None)
    return not quiet and bool(isatty and isatty())


class ProgressBar:
    """The engine's `progress(done, total)` callback; starts the bar only for big runs.

    The engine counts two steps per file (read, then lint); the bar shows files.
    """

    def __init__(self, stream: TextIO, min_files: int = MIN_FILES, color: bool = True) -> None:
        self._stream = stream
        self._color = color
        self._min_steps = 2 * min_files
        self._progress: Progress | None = None
        self._task: TaskID | None = None  # the bar's id in rich, once it is shown

    def __call__(self, done: int, total: int) -> None:
        if total < self._min_steps:
            return
        if self._progress is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            console = Console(
                file=self._stream, force_terminal=True, no_color=not self._color, highlight=False
            )
            self._progress = Progress(
                TextColumn("linting"),
                BarColumn(),
                MofNCompleteColumn(),
                console=console,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("lint", total=total // 2)
        assert self._task is not None  # added with the bar
        self._progress.update(self._task, completed=done // 2)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
