"""The OKR model every reader produces and every rule reads.

Readers (YAML, Markdown, …) differ; the model does not, so a rule written once works on all of
them. Every node keeps where its text stands in the source so a finding can point at it.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload


@dataclass(frozen=True, slots=True)
class Span:
    """1-based start and (exclusive-column) end of a piece of source text."""

    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None


UNKNOWN_SPAN = Span(1, 1)


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Where each character of a node's (cleaned) text stands in the source: a 1-based
    (line, column) per character, as a sequence.

    Readers set it when the text is not a verbatim slice of one source line (markup, labels, IDs
    or status notes were removed, or the text wraps), so evidence found in the text can still be
    underlined in the source. It is held as runs of characters that sit side by side on one
    line — most texts are one to three runs — because a pair per character cost ~6 KB per key
    result: 650 MB of a 100,000-key-result Markdown file's 1.1 GB peak.
    """

    starts: tuple[int, ...]  # offset in the text where each run begins (the first is 0)
    lines: tuple[int, ...]
    columns: tuple[int, ...]
    length: int

    @classmethod
    def of(cls, positions: Iterable[tuple[int, int]]) -> SourceMap:
        starts: list[int] = []
        lines: list[int] = []
        columns: list[int] = []
        length = 0
        for line, column in positions:
            if not (lines and lines[-1] == line and columns[-1] + length - starts[-1] == column):
                starts.append(length)
                lines.append(line)
                columns.append(column)
            length += 1
        return cls(tuple(starts), tuple(lines), tuple(columns), length)

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index: int) -> tuple[int, int]:
        if index < 0:
            index += self.length
        if not 0 <= index < self.length:
            raise IndexError("source map index out of range")
        run = bisect_right(self.starts, index) - 1
        return self.lines[run], self.columns[run] + index - self.starts[run]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        bounds = (*self.starts[1:], self.length)
        for start, end, line, column in zip(self.starts, bounds, self.lines, self.columns):
            for offset in range(end - start):
                yield line, column + offset


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


# the line breaks of `str.splitlines`, the default split
SPLITLINES = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


class SourceLines(Sequence[str]):
    """A source text as its lines, cut on demand: what `text.splitlines()` gives (or a split on
    the reader's own `breaks`, without a trailing empty line), held as the text and where each
    line starts and ends. A list of 300,000 line strings costs ~25 MB where the text and two
    arrays of offsets cost ~11 — and only suppression comments and source excerpts read them.
    """

    __slots__ = ("_ends", "_starts", "_text")

    def __init__(self, text: str, breaks: re.Pattern[str] = SPLITLINES) -> None:
        self._text = text
        self._starts = array("I")  # a file is far below 4 G characters (see krlint.limits)
        self._ends = array("I")
        start = 0
        for match in breaks.finditer(text):
            self._starts.append(start)
            self._ends.append(match.start())
            start = match.end()
        if start < len(text):
            self._starts.append(start)
            self._ends.append(len(text))

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("line index out of range")
        return self._text[self._starts[index] : self._ends[index]]

    def __iter__(self) -> Iterator[str]:
        text = self._text
        for start, end in zip(self._starts, self._ends):
            yield text[start:end]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable-looking, like the list it replaces

    def __repr__(self) -> str:
        return f"SourceLines({len(self)} lines)"


@dataclass(slots=True)
class OkrFile:
    """A whole file after reading: objectives of all its documents, in source order.

    `lines` is the raw source split into lines, kept because suppression comments and the text
    reporter's source excerpts need the text that the parser threw away.
    """

    path: str
    objectives: list[Objective] = field(default_factory=list)
    lines: Sequence[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    reader: str = "yaml"

    @property
    def structure_declared(self) -> bool:
        """Whether the file declares its objectives and key results in fields of its own (YAML,
        JSON) rather than stating them by the conventions of prose (Markdown): a finding that
        rests on something *missing* is sure only then."""
        return self.reader != "markdown"

    def key_results(self) -> list[tuple[Objective, KeyResult]]:
        return [(o, kr) for o in self.objectives for kr in o.key_results]
