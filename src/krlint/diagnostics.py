"""Findings, from the moment a rule yields one to the moment a reporter prints it.

Rules yield `Problem`s: what is wrong and where, nothing about severity or output. The engine
turns each into a `Diagnostic` by adding the rule's code, name and configured severity, so a rule
never needs to know how it is configured or shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from krlint.model import KeyResult, Objective, Span


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected error, warning or info)"
            ) from None

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Evidence:
    """A piece of the text that decided a judgement: character offsets into the key result."""

    kind: str
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Problem:
    """What a rule (or a reader) yields."""

    span: Span
    message: str
    objective: Objective | None = None
    key_result: KeyResult | None = None
    suggestion: str | None = None
    evidence: tuple[Evidence, ...] = ()
    code: str | None = None  # readers and multi-code plugins name the code; rules need not
    rewrite: str | None = None  # the key result said as an outcome: "Grow <measure> from …"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None
    objective_id: str | None = None
    objective: str | None = None
    key_result_id: str | None = None
    key_result: str | None = None
    suggestion: str | None = None
    evidence: tuple[Evidence, ...] = field(default=())
    rewrite: str | None = None  # placeholders ([baseline], [target]) for what krlint cannot know

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)
