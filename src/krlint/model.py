"""The OKR model every reader produces and every rule reads.

Readers (YAML, Markdown, …) differ; the model does not, so a rule written once works on all of
them. Every node keeps where its text stands in the source so a finding can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """1-based start and (exclusive-column) end of a piece of source text."""

    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None


UNKNOWN_SPAN = Span(1, 1)

# Where each character of a node's (cleaned) text stands in the source: one 1-based
# (line, column) per character. Readers set it when the text is not a verbatim slice of one
# source line (markup, labels, IDs or status notes were removed), so evidence found in the text
# can still be underlined in the source.
SourceMap = tuple[tuple[int, int], ...]


@dataclass(slots=True)
class KeyResult:
    """One key result: the text judged, where it stands, and any structured fields."""

    text: str
    span: Span
    id: str
    fields: dict[str, Any] = field(default_factory=dict)
    kind: str | None = None
    disabled: frozenset[str] = frozenset()
    source_map: SourceMap | None = None


@dataclass(slots=True)
class Objective:
    text: str
    span: Span
    id: str
    key_results: list[KeyResult] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    disabled: frozenset[str] = frozenset()
    period: str | None = None
    source_map: SourceMap | None = None


@dataclass(slots=True)
class OkrFile:
    """A whole file after reading: objectives of all its documents, in source order.

    `lines` is the raw source split into lines, kept because suppression comments and the text
    reporter's source excerpts need the text that the parser threw away.
    """

    path: str
    objectives: list[Objective] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    reader: str = "yaml"

    def key_results(self) -> list[tuple[Objective, KeyResult]]:
        return [(o, kr) for o in self.objectives for kr in o.key_results]
