"""Text with positions: every character of a line the reader keeps remembers the source line and
column it came from, so findings point into the file whatever markup, labels or notes were
removed (`KeyResult.source_map`)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from krlint.loaders import okr_text as T
from krlint.model import SourceMap, Span

LINE_BREAK = re.compile(r"\r\n?|\n")
_WINDOW = 256  # how far alignment looks ahead for a character (markup, a link's address)
# link destinations `](…)` and HTML tags (not autolinks) hold no words a reader sees
_HIDDEN = re.compile(
    r"\]\([^)\n]{0,2000}\)|<(?![A-Za-z][A-Za-z0-9+.\-]{0,30}:)/?[A-Za-z][^<>\n]"
    r"{0,500}>"
)


# -- text with positions ----------------------------------------------------------------------
@dataclass(slots=True)
class Text:
    """Text as a reader sees it (markup dropped) and, per character, its 0-based
    (line, column) in the source."""

    plain: str
    pos: list[tuple[int, int]]
    bold: bool = False  # the whole text is bold or italic: a label line, not a sentence
    bold_label: bool = False  # it starts with a bold label ending in a colon (**Owner:** Sam)
    # bold spans that start a line: (first character, last character), one per such line
    bold_spans: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()

    @property
    def line(self) -> int:
        return self.pos[0][0] if self.pos else 0

    @property
    def last_line(self) -> int:
        return self.pos[-1][0] if self.pos else 0

    def sub(self, index: list[int]) -> Text:
        return Text(
            "".join(self.plain[i] for i in index),
            [self.pos[i] for i in index],
            self.bold,
            self.bold_label,
            self.bold_spans,
        )

    @property
    def bold_end(self) -> tuple[int, int] | None:
        """Where the bold span that starts this text ends, if one does."""
        if not self.pos:
            return None
        return next((end for begin, end in self.bold_spans if begin == self.pos[0]), None)

    def until_bold_end(self) -> Text:
        """Only the leading bold span: "**Key result: 12 trips.** Commentary…" → the KR."""
        end = self.bold_end
        if end is None:
            return self
        keep = [i for i, at in enumerate(self.pos) if at <= end]
        return self.sub(keep) if keep else self

    def after_bold_end(self) -> Text:
        """What follows the leading bold span: "**Content:** 85% of advisers …" → the words."""
        end = self.bold_end
        if end is None:
            return self
        return self.sub([i for i, at in enumerate(self.pos) if at > end])

    def lines(self) -> list[Text]:
        out: list[Text] = []
        start = 0
        ends = {begin: end for begin, end in self.bold_spans}
        for n, ch in enumerate(self.plain + "\n"):
            if ch == "\n":
                first = next(
                    (self.pos[k] for k in range(start, n) if not self.plain[k].isspace()), None
                )
                if n < len(self.plain) and first in ends and ends[first] > self.pos[n]:
                    continue  # "**KR1 — a key result wrapped\nover two lines.**": one line
                part = squash(Text(self.plain[start:n], self.pos[start:n]))
                if part.plain:
                    part.bold = self.bold
                    part.bold_label = self.bold_label and not out
                    part.bold_spans = self.bold_spans
                    out.append(part)
                start = n + 1
        return out

    def flat(self) -> Text:
        flat = squash(Text(self.plain.replace("\n", " "), self.pos))
        flat.bold, flat.bold_label, flat.bold_spans = self.bold, self.bold_label, self.bold_spans
        return flat


def squash(text: Text) -> Text:
    """Whitespace runs as one space, none at the ends."""
    plain, pos = T.squeeze(text.plain, text.pos)
    return Text(plain, pos, text.bold, text.bold_label, text.bold_spans)


def unwrapped(lines: list[Text]) -> list[Text]:
    """A labelled line hard-wrapped onto the lines after it ("**KR 1.1** — Practice flow runs
    end-to-end on Chromebook Chrome with" / "webcam + mic, from dashboard …"): one line, up to
    the line that ends its sentence. A line wraps when it is long and ends mid-sentence, and the
    next one carries on in lower case with no label of its own. (A bold objective with its key
    results run on after it, "**O1 — Become mainnet-ready.** KR1: … KR2:", wraps onto every
    line up to the next bold one.)"""
    out: list[Text] = []
    for line in lines:
        before = out[-1] if out else None
        if before is not None and (
            (
                len(before.plain) >= _WRAPPED
                and not before.plain.rstrip().endswith(_SENTENCE_ENDS)
                and (
                    line.plain[:1].islower()
                    # ("… ships to beta by" / "Q3, GA by Q4.", "… ships" / "GA by Q3.")
                    or _OPEN_END.search(before.plain) is not None
                    or _SENTENCE_TAIL.fullmatch(line.plain.strip()) is not None
                )
                and T.parse_label(before.plain).kind in (T.OBJECTIVE, T.KEY_RESULT)
                and T.parse_label(line.plain).kind is None
            )
            or (
                _key_results_after_bold(before)
                and line.bold_end is None
                and T.parse_label(line.plain).kind in (None, T.KEY_RESULT)
            )
        ):
            # ("evaluative-of-" / "the-person": a word broken at its hyphen)
            joined = joined_text(before, "" if before.plain.endswith("-") else " ", line)
            joined.bold_label, joined.bold_spans = before.bold_label, before.bold_spans
            out[-1] = joined
        else:
            out.append(line)
    return out


def _key_results_after_bold(line: Text) -> bool:
    """A bold objective, its key results run on after it: "**O1: Grow.** KR1: … KR2: …"."""
    return run_on_key_results(line) is not None and line.bold_end is not None


def run_on_key_results(line: Text) -> tuple[Text, Text] | None:
    """An objective's line with its key results run on after it — after the bold that names it
    ("**O1: Grow.** KR1: … KR2: …") or after a dash or a stop before the first ("O1: Close the
    gap — KR1: …; KR2: …"): (the objective's words, the key results' line), else None."""
    if T.parse_label(line.plain).kind != T.OBJECTIVE:
        return None
    if line.bold_end is not None:
        after = line.after_bold_end()
        if T.parse_label(after.plain).kind == T.KEY_RESULT:
            return line.until_bold_end(), after
    first = _FIRST_KR_AFTER.search(line.plain)
    if first is None:
        return None
    return (
        line.sub(list(range(first.start()))),
        line.sub(list(range(first.end(), len(line.plain)))),
    )


# a dash, a stop or a semicolon, then the first key result's label: "… gap — KR1: …"
_FIRST_KR_AFTER = re.compile(r"\s*(?:\s[—–-]|[.。;；])\s*(?=(?i:kr\s?1(?:\.1)?\s*[:：]))")


# a line that stops on a word no sentence ends with, and a short line that ends a sentence
_OPEN_END = re.compile(
    r"\s(?i:by|to|of|in|the|a|an|and|or|for|with|from|between|at|on|than|as|per|into)$"
)
_SENTENCE_TAIL = re.compile(r"(?:\S+\s+){0,5}\S+[.!?。]")
_WRAPPED = 50  # a line this long that stops mid-sentence was wrapped by its author's editor
_SENTENCE_ENDS = (".", "!", "?", ":", "：", "。", ";")


def joined_text(*parts: Text | str) -> Text:
    """Texts joined; a str part takes the position of the character before it (at the start,
    of the first character after it: "Q1 " before a cell)."""
    plain: list[str] = []
    pos: list[tuple[int, int]] = []
    after = next((p.pos[0] for p in parts if not isinstance(p, str) and p.pos), (0, 0))
    for part in parts:
        if isinstance(part, str):
            at = pos[-1] if pos else after
            plain.append(part)
            pos.extend([at] * len(part))
        else:
            plain.append(part.plain)
            pos.extend(part.pos)
    return Text("".join(plain), pos)


def align(
    plain: str, content: str, where: list[tuple[int, int]], hide: bool = True
) -> list[tuple[int, int]]:
    """For each character of `plain` (what the reader sees), its position in the source.

    `content` is the block's raw inline source and `where` each of its characters' source
    position. The plain text is a subsequence of the content apart from decoded entities and
    escapes, so a greedy forward match (within a window, skipping link addresses and HTML tags)
    finds every character in linear time; one it cannot find takes the current position.
    """
    hidden = bytearray(len(content))
    for match in _HIDDEN.finditer(content) if hide else ():
        hidden[match.start() + 1 : match.end()] = b"\x01" * (match.end() - match.start() - 1)
    out: list[tuple[int, int]] = []
    p, n = 0, len(content)
    fallback = where[-1] if where else (0, 0)
    for ch in plain:
        if ch.isspace():
            out.append(where[p] if p < n else fallback)
            while p < n and content[p].isspace():
                p += 1
            continue
        q, limit = p, min(n, p + _WINDOW)
        while q < limit and (content[q] != ch or hidden[q]):
            q += 1
        if q < limit:
            out.append(where[q])
            p = q + 1
        else:
            out.append(where[p] if p < n else fallback)
    return out


def split_at(line: Text, cuts: list[re.Match[str]]) -> list[Text]:
    """The parts of `line` between the separators `cuts` (each part keeps its positions)."""
    parts, start = [], 0
    for match in cuts:
        parts.append(line.sub(list(range(start, match.start()))))
        start = match.end()
    parts.append(line.sub(list(range(start, len(line.plain)))))
    return parts


def cell_at(cells: list[Text], n: int | None) -> Text | None:
    return cells[n] if n is not None and 0 <= n < len(cells) else None


def cell_under(
    cells: list[Text], beside: list[Text], names: list[str], headers: frozenset[str]
) -> Text | None:
    """The first of the cells `beside` an ID whose column is named in `headers`."""
    return next(
        (
            c
            for n, c in enumerate(cells)
            if any(c is b for b in beside) and n < len(names) and names[n] in headers
        ),
        None,
    )


def first_sentence(lines: list[Text]) -> Text:
    """The first line of a paragraph, with the lines its sentence wraps onto ("Finish
    extracting the platform from `b-ops` into" / "`business-operations`, with …")."""
    length = sentence_length(lines)
    if length == 1:
        return lines[0]
    parts: list[Text | str] = [lines[0]]
    for before, line in itertools.pairwise(lines[:length]):
        # (CJK writing wraps with no space between words: "によって、" / "FileMaker Pro の")
        parts += ["" if _WIDE.match(before.plain.rstrip()[-1:] or " ") else " ", line]
    return squash(joined_text(*parts))


_WIDE = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")


def sentence_length(lines: list[Text]) -> int:
    """How many lines the first line's sentence runs over: up to one that ends it, or one
    that opens with a label."""
    length = 1
    for previous, line in itertools.pairwise(lines):
        if (
            previous.plain.rstrip().endswith((".", "!", "?", ":", "。", "："))
            or T.parse_label(line.plain).kind is not None
        ):
            break
        length += 1
    return length


def span_of(text: Text) -> Span:
    """The source the text came from, first character to last: its words may be joined out of
    source order ("Metric: Target" from a row whose target column comes first), so the range
    runs from the earliest position to the latest, never backwards."""
    if not text.pos:
        return Span(1, 1)
    (line, column), (end_line, end_column) = min(text.pos), max(text.pos)
    return Span(line + 1, column + 1, end_line + 1, end_column + 2)


def source_map_of(text: Text) -> SourceMap:
    return SourceMap.of((line + 1, column + 1) for line, column in text.pos)


def all_bold(text: Text) -> bool:
    """The whole line is bold (not italic)."""
    end = text.bold_end
    return text.bold and end is not None and bool(text.pos) and end >= text.pos[-1]
