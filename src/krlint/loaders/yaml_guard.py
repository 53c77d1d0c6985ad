"""The YAML stream cut into pieces that are safe to compose, before anything is composed.

Composing is where hostile YAML hurts: the composers recurse once per nesting level (the
pure-Python one raises RecursionError a few hundred levels down; the Cython one recurses in C),
and an alias bomb is tiny as text but enormous once a walk expands it. The event stream, by
contrast, is produced by a state machine in both libyaml and PyYAML — no recursion, one event
per token — so a pass over it can measure depth, alias references and the expanded node count
(arithmetically: an alias adds the size of its anchor) in time proportional to the text.

The pass stops at the first limit crossed or the first syntax error. The documents before that
point are composed normally; the broken document is reported (F005 or F001 at the exact event);
reading resumes at the next document marker (`---` or `...` at the start of a line, which YAML
forbids inside any content), so one broken document in a stream does not hide the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import yaml

from krlint.diagnostics import Problem
from krlint.limits import LIMIT_CODE, Limits
from krlint.model import Span
from krlint.sources import OwnFileError

try:  # the C loader: ~10× faster than the pure-Python one, the same events and marks
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]  # same interface

_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")  # YAML's line breaks, as PyYAML counts them
_MARKER = re.compile(r"^(---|\.\.\.)(?=[ \t\r\n\x85\u2028\u2029]|$)", re.MULTILINE)
MAX_RESUMES = 20  # broken documents reported per file before the reader stops
# (each resume re-reads the rest of the file: this keeps the worst case linear)


@dataclass(slots=True)
class Breach:
    """Where the event pass stopped: the problem, and which lines are safe around it."""

    problem: Problem
    good_until: int  # 0-based line: documents wholly before it are fine to compose
    at_line: int  # 0-based line of the problem, to find the next document marker after it


def line_starts(text: str) -> list[int]:
    """Character offset of each line's start, with line breaks counted the way YAML counts."""
    return [0, *(m.end() for m in _BREAK.finditer(text))]


class Mark(Protocol):
    """A parser position: PyYAML's `yaml.error.Mark` or libyaml's `yaml._yaml.Mark`."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


def _span(mark: Mark | None) -> Span:
    return Span(mark.line + 1, mark.column + 1) if mark else Span(1, 1)


def syntax_problem(error: yaml.YAMLError, text: str = "") -> Problem:
    """F001 at the parser's own position, in its own words."""
    if isinstance(error, yaml.reader.ReaderError):
        # no mark on a reader error, only an offset into the text
        before = text[: error.position] if isinstance(error.position, int) else ""
        starts = line_starts(before)
        line, column = len(starts), len(before) - starts[-1] + 1
        char = error.character
        code = ord(char) if isinstance(char, str) else int(char or 0)
        return Problem(
            span=Span(line, column),
            code="F001",
            message=f"invalid YAML: character #x{code:04x} is not allowed in YAML "
            "(control characters are not text)",
        )
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    context = getattr(error, "context", None)
    message = f"{context}: {problem}" if context and problem else problem
    span = _span(mark)
    if text:
        starts = line_starts(text)
        if span.line > len(starts):
            # libyaml reports the end of a file without a final newline one line too far
            last = text[starts[-1] :]
            span = Span(len(starts), len(last) + 1)
        else:
            offset = starts[span.line - 1] + span.column - 1
            if text[offset : offset + 1] == "\t":
                message += " (a tab: YAML indents with spaces only)"
    return Problem(span=span, message=f"invalid YAML: {message}", code="F001")


def _limit(mark: Mark, message: str) -> Problem:
    return Problem(span=_span(mark), message=message, code=LIMIT_CODE)


def first_breach(text: str, limits: Limits, loader: type) -> Breach | None:
    """Walk the events of `text`; the first crossed limit or syntax error, or None."""
    total = aliases = 0
    anchors: dict[str, int] = {}  # anchor -> expanded size of its node
    frames: list[tuple[str | None, int]] = []  # open collections: (anchor, `total` before it)
    open_anchors: dict[str, int] = {}  # anchors of open collections (an alias to one recurses)
    doc_start = 0  # line where the current (or next) document begins
    events = yaml.parse(text, Loader=loader)
    try:
        for event in events:
            kind = type(event)
            mark = event.start_mark
            if mark is None:  # the parsers mark every event; the type allows none
                continue
            if isinstance(
                event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)
            ):
                total += 1
                anchor = event.anchor
                if kind is yaml.ScalarEvent:
                    if anchor is not None:
                        anchors[anchor] = 1
                else:
                    if len(frames) >= limits.max_depth:
                        return Breach(
                            _limit(
                                mark,
                                f"nesting deeper than {limits.max_depth} "
                                "levels (limits.max-depth); this document "
                                "is not read",
                            ),
                            doc_start,
                            mark.line,
                        )
                    frames.append((anchor, total - 1))
                    if anchor is not None:
                        open_anchors[anchor] = open_anchors.get(anchor, 0) + 1
            elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
                anchor, before = frames.pop() if frames else (None, 0)
                if anchor is not None:
                    anchors[anchor] = total - before
                    open_anchors[anchor] -= 1
                    if not open_anchors[anchor]:
                        del open_anchors[anchor]
                continue
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
                name = event.anchor
                if aliases > limits.max_aliases:
                    return Breach(
                        _limit(
                            mark,
                            f"more than {limits.max_aliases:,} alias "
                            "references (limits.max-aliases); this document "
                            "is not read",
                        ),
                        doc_start,
                        mark.line,
                    )
                if name in open_anchors:
                    return Breach(
                        _limit(
                            mark,
                            f"alias *{name} refers to its own anchor "
                            "(a recursive structure cannot be read as OKRs)",
                        ),
                        doc_start,
                        mark.line,
                    )
                if name not in anchors:
                    return Breach(
                        Problem(
                            span=_span(mark),
                            code="F001",
                            message=f"invalid YAML: found undefined alias *{name}",
                        ),
                        doc_start,
                        mark.line,
                    )
                total += anchors[name]
            elif kind is yaml.DocumentStartEvent:
                doc_start = mark.line
                total = aliases = 0
                frames.clear()
                anchors.clear()
                open_anchors.clear()
                continue
            elif kind is yaml.DocumentEndEvent:
                doc_start = mark.line
                continue
            else:
                continue
            if total > limits.max_nodes:
                return Breach(
                    _limit(
                        mark,
                        f"the document expands to more than "
                        f"{limits.max_nodes:,} nodes (limits.max-nodes; an "
                        "alias bomb?); this document is not read",
                    ),
                    doc_start,
                    mark.line,
                )
    except yaml.YAMLError as error:
        if "maximum nesting depth" in str(error) and loader is not yaml.SafeLoader:
            # libyaml's scanner reads ahead and gives up at 1000 levels before the events
            # reach max-depth; PyYAML's own parser (no recursion either) finds the level that
            # crossed the configured limit. Only this rare path pays for the slower parser.
            # Only the broken document is re-read, so a huge file pays for it once.
            starts = line_starts(text)
            start = starts[doc_start] if doc_start < len(starts) else len(text)
            return first_breach("\n" * doc_start + text[start:], limits, yaml.SafeLoader)
        problem = syntax_problem(error, text)
        return Breach(problem, doc_start, problem.span.line - 1)
    finally:
        close = getattr(events, "close", None)
        if close:
            close()
    return None


def load_own(text: str, limits: Limits, path: object, what: str) -> Any:
    """The YAML of a file krlint reads for itself (a config, a rule file), composed only after
    the event guard has passed it: a config is PR-controlled too. Its problem is one line naming
    the file, line and column (`OwnFileError`); `what` says what the file is ("config")."""
    breach = first_breach(text, limits, _SafeLoader)
    if breach is not None:
        span = breach.problem.span
        raise OwnFileError(f"{path}:{span.line}:{span.column}: {breach.problem.message}")
    try:
        return yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise OwnFileError(f"{path}{where}: invalid YAML in {what}") from None


def segments(text: str, limits: Limits, loader: type) -> Iterator[str | Problem]:
    """Texts safe to compose (line numbers preserved by padding) and the problems between them."""
    starts: list[int] | None = None
    offset_line = 0
    current = text
    for _ in range(MAX_RESUMES):
        breach = first_breach(current, limits, loader)
        if breach is None:
            yield current
            return
        if starts is None:
            starts = line_starts(text)
        if breach.good_until > offset_line:
            yield _lines(text, starts, offset_line, breach.good_until)
        yield breach.problem
        # the marker that starts the next document; the broken one's own marker does not count
        resume = _next_marker(text, starts, breach.at_line)
        if resume is not None and resume <= breach.good_until:
            resume = _next_marker(text, starts, breach.good_until + 1)
        if resume is None:
            return
        offset_line = resume
        current = _lines(text, starts, resume, len(starts))
    yield Problem(
        span=Span(offset_line + 1, 1),
        code="F001",
        message=f"more than {MAX_RESUMES} broken documents; stopped reading here",
    )


def _lines(text: str, starts: list[int], first: int, end: int) -> str:
    """Lines [first, end) of `text`, preceded by `first` blank lines so positions hold."""
    stop = starts[end] if end < len(starts) else len(text)
    return "\n" * first + text[starts[first] : stop]


def _next_marker(text: str, starts: list[int], line: int) -> int | None:
    """The first line at or after `line` that starts a new document (`---`), or follows `...`."""
    if line >= len(starts):
        return None
    match = _MARKER.search(text, starts[line])
    if match is None:
        return None
    import bisect

    found = bisect.bisect_right(starts, match.start()) - 1
    if match.group(1) == "...":
        found += 1
        if found >= len(starts):
            return None
    return found
