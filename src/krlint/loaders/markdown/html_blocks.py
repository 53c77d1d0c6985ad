"""HTML blocks in Markdown: `<table>` rows and cells, `<details><summary>` blocks, read with the
standard library's parser into cells that keep their positions."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from html.parser import HTMLParser

from krlint.loaders.markdown.text import Text, joined_text, squash


# -- HTML blocks ------------------------------------------------------------------------------
@dataclass(slots=True)
class Cell:
    text: Text
    header: bool = False


@dataclass(slots=True)
class _Html:
    """What an HTML block holds that a reader would see as structure."""

    kind: str  # "details", "/details", "summary", "heading", "table"
    text: Text | None = None
    level: int = 0
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass(slots=True)
class _Capture:
    tag: str
    parts: list[str] = field(default_factory=list)
    pos: list[tuple[int, int]] = field(default_factory=list)
    plain_words: bool = False  # words outside <strong>/<b>/<em>
    bold_words: bool = False
    rowspan: int = 1  # a table cell's: the rows below it that it stands in too
    breaks: list[int] = field(default_factory=list)  # where a <br> or an <li> starts a line


class HtmlReader(HTMLParser):
    """<details>, <summary>, <h1>…<h6> and <table> in an HTML block, with positions."""

    _CAPTURE = frozenset({"summary", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th"})
    _BOLD = frozenset({"strong", "b", "em", "i"})

    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.first_line = first_line
        self.out: list[_Html] = []
        self.capture: list[_Capture] = []
        self.rows: list[list[Cell]] | None = None
        # a cell with rowspan=N stands in its column in the N - 1 rows below it: those rows get
        # an empty cell there, so their own cells stay under their headers
        self.spans: dict[int, int] = {}
        self.bold = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "details":
            self.out.append(_Html("details"))
        elif tag == "table":
            if self.rows and not self.capture:
                # "<table>" typed where "</table>" was meant: the table so far ends there
                self._end_table()
            self.rows, self.spans = [], {}
        elif tag == "tr" and self.rows is not None:
            self.rows.append([])
        elif tag in self._BOLD:
            self.bold += 1
        elif tag in self._CAPTURE:
            span = dict(attrs).get("rowspan") or ""
            self.capture.append(_Capture(tag, rowspan=int(span) if span.isdigit() else 1))
        elif tag in ("br", "li") and self.capture:
            # (a list item in a cell starts a line of its own, as <br> does)
            self.capture[-1].breaks.append(len(self.capture[-1].parts))

    def handle_endtag(self, tag: str) -> None:
        if tag == "details":
            self.out.append(_Html("/details"))
        elif tag in self._BOLD:
            self.bold = max(0, self.bold - 1)
        elif tag == "tr" and self.rows:
            self._spanned(self.rows[-1], until=max(self.spans, default=-1) + 1)
        elif tag == "table" and self.rows is not None:
            self._end_table()
        elif self.capture and self.capture[-1].tag == tag:
            done = self.capture.pop()
            text = _lines_of(done)
            text.bold = done.bold_words and not done.plain_words
            if done.tag in ("td", "th"):
                if self.rows:
                    row = self.rows[-1]
                    self._spanned(row)
                    if done.rowspan > 1:
                        self.spans[len(row)] = min(done.rowspan, 1_000) - 1
                    row.append(Cell(text, header=done.tag == "th"))
            elif text.plain:
                self.out.append(
                    _Html(
                        "summary" if done.tag == "summary" else "heading",
                        text,
                        level=int(done.tag[1]) if done.tag != "summary" else 0,
                    )
                )

    def _end_table(self) -> None:
        if self.rows is not None:
            self.out.append(_Html("table", rows=[r for r in self.rows if r]))
        self.rows = None

    def close(self) -> None:
        """The end of the block: a table left open there (its "</table>" missing, or typed as
        "<table>") ends with it."""
        super().close()
        if self.rows and not self.capture:
            self._end_table()

    def _spanned(self, row: list[Cell], until: int = -1) -> None:
        """Empty cells where cells of the rows above still stand: before the next cell of
        `row`, or up to column `until` when the row ends."""
        while self.spans.get(len(row), 0) > 0 or len(row) < until:
            if self.spans.get(len(row), 0) > 0:
                self.spans[len(row)] -= 1
            row.append(Cell(Text("", [])))

    def handle_data(self, data: str) -> None:
        if self.capture and data.strip():
            if self.bold:
                self.capture[-1].bold_words = True
            else:
                self.capture[-1].plain_words = True
        self._data(data)

    def _data(self, data: str) -> None:
        if not self.capture:
            return
        line, column = self.getpos()
        capture = self.capture[-1]
        for ch in data:
            capture.parts.append(ch)
            capture.pos.append((self.first_line + line - 1, column))
            if ch == "\n":
                line, column = line + 1, 0
            else:
                column += 1


def _lines_of(capture: _Capture) -> Text:
    """A captured element's words, whitespace squashed within each of its lines: the lines a
    <br> or an <li> starts stay lines ("KR 1.1: …" and "KR 1.2: …" in one cell)."""
    cuts = [0, *capture.breaks, len(capture.parts)]
    parts: list[Text | str] = []
    for start, end in itertools.pairwise(cuts):
        line = squash(Text("".join(capture.parts[start:end]), capture.pos[start:end]))
        if line.plain:
            parts.extend(["\n", line] if parts else [line])
    return joined_text(*parts) if parts else Text("", [])
