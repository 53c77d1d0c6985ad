"""One place that makes text krlint did not write safe to print, in every output format.

An OKR file arrives in a pull request, and so does its name. Whatever it holds — a key result,
an objective, a message quoting them, a path, a rule pack's summary — ends up in a terminal, a
CI log, an XML report or a workflow command. Without care it can

- drive the terminal or the CI log viewer (`ESC ] 0 ; … BEL` retitles a window, `ESC [ 2 J`
  clears it, and C1 codes such as U+009B do the same on some terminals);
- fake lines: a newline (or any other line break Python and log viewers split on) followed by
  `okrs.yaml:1:1: …` or, in GitHub Actions, `::error::…` or `::add-mask::…` — or a path or
  objective id that itself starts with `::` where a line starts with it;
- reorder what a reviewer sees (bidirectional overrides, "Trojan Source");
- make JUnit XML ill-formed (XML 1.0 forbids most C0 controls, lone surrogates, U+FFFE/FFFF);
- restyle or link text through rich markup (`[link=…]`) where markup is parsed.

Every reporter passes foreign text through `line()` (one-line contexts: paths, titles, concise
and text lines, workflow commands, XML attributes) or `block()` (where newlines are part of the
format's data: a JUnit failure body, a JSON string). Unsafe characters are not dropped but shown
escaped (`\\x1b`, `\\u202e`), so a reader can still see that they were there. `rich_text()` makes
a rich `Text` of it where rich prints: a `Text` is never parsed as markup.

The set of unsafe characters is defined once, here (`_unsafe`); the hostile-input round extends
it here and every format follows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text

    from krlint.diagnostics import Diagnostic
    from krlint.report import FileReport, Report

# Bidirectional embeddings, overrides and isolates (Unicode TR9), and the Arabic letter mark:
# invisible characters that reorder the text around them on screen.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u200e\u200f")
# Characters str.splitlines() and many log viewers break lines on that are not in category Cc.
_LINE_BREAKS = frozenset("\u2028\u2029")
_NONCHARACTERS = frozenset("\ufffe\uffff")


@lru_cache(maxsize=4096)
def _unsafe(char: str) -> bool:
    """Controls (C0, DEL, C1), line and paragraph separators, bidi controls, lone surrogates and
    the XML-forbidden noncharacters."""
    return (
        char in _BIDI
        or char in _LINE_BREAKS
        or char in _NONCHARACTERS
        or unicodedata.category(char) in ("Cc", "Cs")
    )


_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    if char in _SHORT:
        return _SHORT[char]
    if char == "[":
        return "\\x5b"
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_CANDIDATES = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
    "\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)


# GitHub Actions reads workflow commands from every line of a job's log, whatever printed it:
# `::name …::…` at the start of a line (leading blanks allowed) and the older `##[name]…`.
# A path, an objective id or a message from an OKR file may start a line in the text and concise
# formats, so these openings are escaped wherever foreign text is printed: a `:` that opens a
# line (alone it is harmless, but a format may print `:` right after it — a path `:` becomes
# `::1:1: …` in the concise format), and the `[` of every `##[`.
_COMMAND = re.compile(r"(?:^|(?<=\n))[ \t]*(:)|##(\[)")


def _replacements(text: str, keep: frozenset[str]) -> dict[int, str]:
    """Index → what the character there becomes; every change is one character's."""
    found: dict[int, str] = {}
    for m in _CANDIDATES.finditer(text):
        if m.group() not in keep and _unsafe(m.group()):
            found[m.start()] = _escape(m.group())
    if ":" in text or "##[" in text:
        for m in _COMMAND.finditer(text):
            at = m.start(1) if m.group(1) else m.start(2)
            if m.group(1) and m.start() > 0 and "\n" not in keep:
                continue  # the newline before it is escaped: this is not a line start
            found.setdefault(at, _escape(text[at]) if text[at] != ":" else "\\x3a")
    return found


def _clean(text: str, keep: frozenset[str]) -> str:
    changes = _replacements(text, keep)
    if not changes:
        return text  # the common case: nothing to do, no copy
    return "".join(changes.get(i, c) for i, c in enumerate(text))


_NONE: frozenset[str] = frozenset()
_NEWLINE = frozenset("\n")


def line(text: str) -> str:
    """Text for a one-line context: every control character, line break included, escaped."""
    return _clean(text, _NONE)


def block(text: str) -> str:
    """Text for a context where a newline is data (a JUnit body, a JSON string): newlines kept
    (CRLF becomes LF), every other control character escaped."""
    return _clean(text.replace("\r\n", "\n"), _NEWLINE)


def rich_text(text: str, style: str = "") -> Text:
    """`line()` as a rich `Text`: for tables and consoles. A `Text` is never read as markup (nor
    for `:emoji:` codes), so `[/]`, `[link=…]` or a trailing backslash in a key result or a
    rule pack is shown as written — escaping markup instead gets the corner cases wrong (a
    trailing backslash doubles; an unbalanced `[/]` raises MarkupError)."""
    from rich.text import Text

    return Text(line(text), style=style)


def path(text: str) -> str:
    """A path for a context where it starts a line followed by krlint's own `:` (concise, text,
    statistics): `line()`, and a leading `:` escaped, since `:` + `:1:1` would open a workflow
    command that neither half holds alone."""
    cleaned = line(text)
    return "\\x3a" + cleaned[1:] if cleaned.startswith(":") else cleaned


def optional(text: str | None, one_line: bool = True) -> str | None:
    if text is None:
        return None
    return line(text) if one_line else block(text)


def is_safe(text: str, allow_newline: bool = False) -> bool:
    """True when `text` holds no character `line()` (or `block()`) would escape: for tests and
    assertions."""
    return all(not _unsafe(c) or (allow_newline and c == "\n") for c in text)


def segments(text: str, cuts: list[int], one_line: bool = True) -> tuple[str, list[int]]:
    """`text` cleaned as `line()` (or `block()`) cleans it, and where each offset in `cuts`
    lands in the cleaned text — so evidence offsets into a key result still point at the same
    words after escaping."""
    keep = _NONE if one_line else _NEWLINE
    if not one_line:
        text, cuts = _crlf(text, cuts)
    changes = _replacements(text, keep)
    moved, out, at = [], [], 0
    for i, char in enumerate(text):
        moved.append(at)
        piece = changes.get(i, char)
        out.append(piece)
        at += len(piece)
    moved.append(at)
    return "".join(out), [moved[c] if 0 <= c <= len(text) else c for c in cuts]


def _crlf(text: str, cuts: list[int]) -> tuple[str, list[int]]:
    """CRLF → LF, as `block()` does, with the offsets after each CR moved back."""
    if "\r\n" not in text:
        return text, cuts
    dropped = [i for i in range(len(text)) if text.startswith("\r\n", i)]
    return text.replace("\r\n", "\n"), [
        c - sum(1 for i in dropped if i < c) if 0 <= c <= len(text) else c for c in cuts
    ]


def diagnostic(d: Diagnostic) -> Diagnostic:
    """A finding with every text it carries made safe: paths, codes and names on one line;
    messages, suggestions, objectives and key results with newlines kept (formats that print
    them on one line call `line()` on them); evidence offsets moved to match."""
    key_result, evidence = d.key_result, d.evidence
    if key_result is not None:
        cuts = [n for ev in evidence for n in (ev.start, ev.end)]
        key_result, moved = segments(key_result, cuts, one_line=False)
        evidence = tuple(
            replace(ev, text=block(ev.text), start=moved[2 * i], end=moved[2 * i + 1])
            for i, ev in enumerate(evidence)
        )
    else:
        evidence = tuple(replace(ev, text=block(ev.text)) for ev in evidence)
    return replace(
        d,
        code=line(d.code),
        name=line(d.name),
        path=path(d.path),
        message=block(d.message),
        objective_id=optional(d.objective_id),
        objective=optional(d.objective, False),
        key_result_id=optional(d.key_result_id),
        key_result=key_result,
        suggestion=optional(d.suggestion, False),
        evidence=evidence,
        rewrite=optional(d.rewrite),
    )


def file(original: FileReport) -> FileReport:
    """A copy of one file's report whose every foreign text is safe (see `diagnostic`). A
    finding that was safe already is kept, not copied: a streamed run holds one file's
    findings once, not twice."""
    return replace(
        original,
        path=path(original.path),
        diagnostics=[_same_or_safe(d) for d in original.diagnostics],
    )


def _same_or_safe(d: Diagnostic) -> Diagnostic:
    safe = diagnostic(d)
    return d if safe == d else safe


def report(original: Report) -> Report:
    """A copy of the report whose every foreign text is safe (see `diagnostic`); run errors and
    skipped paths on one line. The engine's report is left as it is."""
    return replace(
        original,
        files=[file(f) for f in original.files],
        errors=[line(e) for e in original.errors],
        skipped=[line(p) for p in original.skipped],
        why_skipped={line(p): line(why) for p, why in original.why_skipped.items()},
    )
