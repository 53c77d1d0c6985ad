"""Fixes an editor can apply: suppress a finding on its line, put in a rewrite template.

Both are text edits worked out here without any LSP type (the protocol layer converts them), and
both are proved before they are offered: the edited text is read again by krlint's own reader,
and an edit is offered only when the file still reads the same (same objectives and key results,
no new reader finding) and does what it says — the suppression comment is one that
`krlint.suppressions` reads as covering that finding, the key result reads back as the template.
A comment in the middle of a YAML block scalar or a plain scalar folded over two lines would
change the data or break the file; proving the edit is simpler and safer than predicting it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from krlint import suppressions
from krlint.loaders import ReadResult, read_text, reader_for
from krlint.model import KeyResult

_NEWLINE = re.compile(r"\r\n|\r|\n")
# An existing `krlint: disable=A,B` (not disable-next-line / disable-file): codes are added to it.
_SAME_LINE = re.compile(r"krlint:\s*disable\s*=\s*[A-Za-z0-9_\-]+(?:\s*,\s*[A-Za-z0-9_\-]+)*")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text from (line, column) to (end_line, end_column) — 0-based lines, columns
    in characters — with `text`."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str


def split_lines(text: str) -> list[str]:
    """Lines as the Language Server Protocol counts them (\\n, \\r\\n or \\r end a line)."""
    return _NEWLINE.split(text)


def apply(text: str, edit: Edit) -> str:
    lines = split_lines(text)
    offsets = [0]
    for match in _NEWLINE.finditer(text):
        offsets.append(match.end())
    start = offsets[edit.line] + edit.column
    end = offsets[edit.end_line] + edit.end_column
    assert edit.column <= len(lines[edit.line]) and edit.end_column <= len(lines[edit.end_line])
    return text[:start] + edit.text + text[end:]


def comment_syntax(path: str) -> tuple[str, str] | None:
    """How a suppression comment is written in this file; None where comments do not exist."""
    reader = reader_for(path)
    if path.lower().endswith(".json"):
        return None  # krlint would read `#` there, but no other JSON tool would
    if reader in suppressions.HTML_COMMENT_READERS:
        return "<!-- ", " -->"
    return "# ", ""


def suppression(text: str, path: str, line: int, code: str) -> Edit | None:
    """The edit that silences finding `code` reported on (1-based) `line`, or None.

    Tried in order, the first that proves itself wins: add the code to a `krlint: disable=` that
    is already on the line; a comment at the end of the line; a `disable-next-line` comment on a
    line of its own above, indented like the line.
    """
    syntax = comment_syntax(path)
    lines = split_lines(text)
    if syntax is None or not 1 <= line <= len(lines) or code in suppressions.NEVER_SUPPRESSED:
        return None
    opening, closing = syntax
    content = lines[line - 1]
    newline = _NEWLINE.search(text)
    eol = newline.group() if newline else "\n"
    candidates: list[tuple[Edit, int]] = []
    existing = _SAME_LINE.search(content)
    if existing:
        candidates.append(
            (Edit(line - 1, existing.end(), line - 1, existing.end(), f",{code}"), line)
        )
    kept = len(content.rstrip())
    candidates.append(
        (
            Edit(
                line - 1,
                kept,
                line - 1,
                len(content),
                f"  {opening}krlint: disable={code}{closing}",
            ),
            line,
        )
    )
    indent = content[: len(content) - len(content.lstrip())]
    candidates.append(
        (
            Edit(
                line - 1,
                0,
                line - 1,
                0,
                f"{indent}{opening}krlint: disable-next-line={code}{closing}{eol}",
            ),
            line + 1,
        )
    )
    before = _read(path, text)
    for edit, target in candidates:
        if before is not None and _proves(
            path, text, edit, before, partial(_covers, line=target, code=code)
        ):
            return edit
    return None


def rewrite(text: str, path: str, key_result: KeyResult, template: str) -> Edit | None:
    """The edit that replaces `key_result`'s text with `template`, or None.

    Only for a key result written on one line where krlint knows its exact extent; the template
    goes in as written, else (YAML) double-quoted, whichever reads back as the template.
    """
    span = key_result.span
    lines = split_lines(text)
    if (
        span.end_line not in (None, span.line)
        or span.end_column is None
        or not 1 <= span.line <= len(lines)
        or not template.strip()
    ):
        return None
    start, end = span.column - 1, span.end_column - 1
    if not 0 <= start <= end <= len(lines[span.line - 1]):
        return None
    before = _read(path, text)
    if before is None:
        return None
    where = _index_of(before, key_result)
    if where is None:
        return None
    forms = [template]
    if reader_for(path) not in suppressions.HTML_COMMENT_READERS:
        forms.append(json.dumps(template, ensure_ascii=False))  # a YAML double-quoted scalar
    for form in forms:
        edit = Edit(span.line - 1, start, span.line - 1, end, form)
        if _proves(
            path,
            text,
            edit,
            before,
            lambda after: _reads_as(after, where, template),
            same_texts=False,
        ):
            return edit
    return None


# -- proof ---------------------------------------------------------------------------------------
def _read(path: str, text: str) -> ReadResult | None:
    try:
        return read_text(path, _NEWLINE.sub("\n", text), reader_for(path))
    except Exception:  # a reader bug: offer nothing rather than a guess
        return None


def _shape(result: ReadResult, texts: bool = True) -> list[tuple[object, ...]]:
    return [
        (o.text if texts else None, tuple(k.text if texts else None for k in o.key_results))
        for o in result.file.objectives
    ]


def _proves(
    path: str,
    text: str,
    edit: Edit,
    before: ReadResult,
    does: Callable[[ReadResult], bool],
    same_texts: bool = True,
) -> bool:
    after = _read(path, apply(text, edit))
    if after is None or _shape(after, same_texts) != _shape(before, same_texts):
        return False
    if sorted(p.code or "" for p in after.problems) != sorted(
        p.code or "" for p in before.problems
    ):
        return False
    return does(after)


def _covers(after: ReadResult, line: int, code: str) -> bool:
    found = suppressions.comment_directives(after.file.lines, after.file.reader)
    return any(
        d.action in ("disable", "disable-next-line")
        and d.target == line
        and code in {c.upper() for c in d.codes}
        for d in found
    )


def _index_of(result: ReadResult, key_result: KeyResult) -> tuple[int, int] | None:
    for i, objective in enumerate(result.file.objectives):
        for j, kr in enumerate(objective.key_results):
            if kr.span == key_result.span and kr.text == key_result.text:
                return i, j
    return None


def _reads_as(after: ReadResult, where: tuple[int, int], template: str) -> bool:
    i, j = where
    try:
        return after.file.objectives[i].key_results[j].text == template.strip()
    except IndexError:
        return False
