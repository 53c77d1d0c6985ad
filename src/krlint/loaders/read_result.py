"""What a reader returns: the model of the file and the reader's problems (F-codes).

A module of its own so the readers import it without importing the package that dispatches to
them (`krlint.loaders.read_text`), which would make a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from krlint.diagnostics import Problem
from krlint.model import OkrFile


@dataclass(slots=True)
class ReadResult:
    file: OkrFile
    problems: list[Problem] = field(default_factory=list)
