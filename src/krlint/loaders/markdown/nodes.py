"""What a node of markdown-it's syntax tree holds as plain words: its text, bold spans, quotes,
links, code, and whether a list is one of links or a table of contents."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from markdown_it.tree import SyntaxTreeNode

LISTS = ("bullet_list", "ordered_list")
_BREAK = re.compile(r"<br\s*/?>", re.I)


def start_number(node: SyntaxTreeNode) -> int:
    """The number an ordered list starts from (1 for a bullet list)."""
    start = node.attrs.get("start") if node.type == "ordered_list" else None
    return int(start) if isinstance(start, (int, str)) and str(start).isdigit() else 1


# -- helpers on nodes --------------------------------------------------------------------------
def plain_text(node: SyntaxTreeNode) -> str:
    """The words of an inline child: markup dropped, link text kept, breaks as newlines."""
    if node.type in ("text", "code_inline"):
        return node.content
    if node.type in ("softbreak", "hardbreak"):
        return "\n"
    if node.type == "image":
        return node.content
    if node.type == "html_inline":
        return "\n" if _BREAK.match(node.content) else ""
    return "".join(plain_text(c) for c in node.children)


def line_bold_spans(
    children: list[SyntaxTreeNode], pos: list[tuple[int, int]]
) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    """Where each bold span that starts a line begins and ends (source positions of its first
    and last characters)."""
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
    offset, line_start = 0, True
    for child in children:
        words = plain_text(child)
        if child.type in ("softbreak", "hardbreak"):
            line_start = True
        elif child.type == "text" and not words.strip():
            pass
        else:
            lead = len(words) - len(words.lstrip())
            if (
                line_start
                and child.type == "strong"
                and words.strip()
                and offset + len(words) <= len(pos)
            ):
                last = offset + len(words.rstrip()) - 1
                spans.append((pos[offset + lead], pos[last]))
            line_start = False
        offset += len(words)
    return tuple(spans)


def plain_node(node: SyntaxTreeNode) -> str:
    inline = (
        node
        if node.type == "inline"
        else next((c for c in node.children if c.type == "inline"), None)
    )
    return "".join(plain_text(c) for c in inline.children) if inline is not None else ""


def quote_lines(block: SyntaxTreeNode) -> list[str]:
    """The lines of a block quote's paragraphs, those of its lists' items too ("> **Cel:** …"
    then "> - KR1: …": the key results of a quoted objective are often a list)."""
    return [
        line
        for child in block.walk()
        if child.type == "paragraph"
        for line in plain_node(child).split("\n")
        if line.strip()
    ]


def quoted_paragraph(block: SyntaxTreeNode) -> SyntaxTreeNode | None:
    """The first paragraph of a block quote that opens with one."""
    if block.type != "blockquote" or not block.children:
        return None
    inner = block.children[0]
    return inner if inner.type == "paragraph" else None


# "(" and perhaps a short name for what it points at ("(検証: ", "(see: ") before a link
_CITE_OPEN = re.compile(r"\s[(（]\s*(?:[^\W\d_][^()（）:：\n]{0,15}[:：]\s*)?$")


_DASH_BEFORE_LINK = re.compile(r"\s[—–]\s*$")
_PAGE = re.compile(r"^(?!#|https?:|mailto:).+\.(?:md|mdx|html?|pdf|ipynb|json|csv)(?:#.*)?$", re.I)


def cited_at(children: list[SyntaxTreeNode]) -> int | None:
    """Where a reference in brackets that ends the text starts: "… 350ms以下を維持 (検証:
    [benchmark](./benchmark.md))", "… 1日以内 ([roadmap](./roadmap.md))" — where the key
    result is checked or described, not its words; so is a page linked after a dash ("… —
    [baseline report](../reports/…md)"). None when the text ends otherwise."""
    meaningful = [c for c in children if not (c.type == "text" and not c.content.strip())]
    if len(meaningful) >= 2 and meaningful[-1].type == "link" and meaningful[-2].type == "text":
        # "Отчёт анализа — [baseline report](../evals/reports/…md)": after a dash, the page
        # that shows it done
        before = meaningful[-2]
        dash = _DASH_BEFORE_LINK.search(before.content)
        href = str(meaningful[-1].attrs.get("href", ""))
        if dash is not None and before.content[: dash.start()].strip() and _PAGE.search(href):
            head = children[: children.index(before)]
            return sum(len(plain_text(c)) for c in head) + dash.start()
    if len(meaningful) < 3 or meaningful[-2].type != "link":
        return None
    close, before = meaningful[-1], meaningful[-3]
    if close.type != "text" or close.content.strip() not in (")", "）", ").", "）。", ")。"):
        return None
    if before.type != "text":
        return None
    opened = _CITE_OPEN.search(before.content)
    if opened is None or not before.content[: opened.start()].strip():
        return None
    head = children[: children.index(before)]
    return sum(len(plain_text(c)) for c in head) + opened.start()


def _link_only(inline: SyntaxTreeNode) -> bool:
    meaningful = [c for c in inline.children if not (c.type == "text" and not c.content.strip())]
    return (
        len(meaningful) == 1
        and meaningful[0].type == "link"
        and str(meaningful[0].attrs.get("href", "")).startswith("#")
    )


_AFTER_LINK = re.compile(r"\s*(?:[-–—:|,(（]|by\s)")  # "[Guide](…) - what it is", "… by Doerr"
_BARE_URL = re.compile(r"\s*<?(?:https?://|www\.)\S+\s*")


def _link_entry(list_item: SyntaxTreeNode) -> bool:
    """An entry of a list of links: only a link (to anywhere), a link and a note on it
    ("[Guide](…) – the basics"), a bare address, or a short group name over a list of links
    ("Source code" with its links nested beneath)."""
    first = next((c for c in list_item.children if c.type == "paragraph"), None)
    inline = first.children[0] if first and first.children else None
    if inline is None:
        return False
    meaningful = [c for c in inline.children if not (c.type == "text" and not c.content.strip())]
    if meaningful and meaningful[0].type == "link":
        rest = "".join(plain_text(c) for c in meaningful[1:])
        return not rest.strip() or _AFTER_LINK.match(rest) is not None
    plain = "".join(plain_text(c) for c in meaningful)
    if _BARE_URL.fullmatch(plain):
        return True
    nested = [c for c in list_item.children if c.type in LISTS]
    return (
        bool(nested)
        and len(plain.split()) <= 4
        and not any(ch.isdigit() for ch in plain)
        and all(is_link_list(sub) for sub in nested)
    )


def item_texts(node: SyntaxTreeNode) -> list[str]:
    """The words of a list's items (their first paragraphs)."""
    return [
        plain_node(first)
        for item in node.children
        if (first := next((c for c in item.children if c.type == "paragraph"), None))
    ]


def code_only(block: SyntaxTreeNode) -> bool:
    """A paragraph that is one identifier in inline code and nothing else: "`contacts_relance`"
    (not words set in code: "`Hire 2 engineers (n)`")."""
    inline = next((c for c in block.children if c.type == "inline"), None)
    meaningful = [
        c
        for c in (inline.children if inline is not None else [])
        if not (c.type == "text" and not c.content.strip(" .,;"))
    ]
    return (
        len(meaningful) == 1
        and meaningful[0].type == "code_inline"
        and not any(ch.isspace() for ch in meaningful[0].content.strip())
    )


def is_link_list(node: SyntaxTreeNode) -> bool:
    """A list whose every entry is a link (`_link_entry`), any address, any language."""
    items = [c for c in node.children if c.type == "list_item"]
    return bool(items) and all(_link_entry(item) for item in items)


def is_table_of_contents(node: SyntaxTreeNode) -> bool:
    """A list whose every entry is only a link to an anchor in the same file."""
    items = [c for c in node.children if c.type == "list_item"]
    for list_item in items:
        first = next((c for c in list_item.children if c.type == "paragraph"), None)
        inline = first.children[0] if first and first.children else None
        if inline is None or not _link_only(inline):
            return False
    return bool(items)


def pairs(
    blocks: Iterator[SyntaxTreeNode],
    adopt: Callable[[int, SyntaxTreeNode, SyntaxTreeNode], None],
) -> Iterator[tuple[SyntaxTreeNode, SyntaxTreeNode | None]]:
    """Each block with the one after it (None after the last), each pair also shown to
    `adopt` with the first block's number."""
    before = next(blocks, None)
    n = 0
    while before is not None:
        block = next(blocks, None)
        if block is not None:
            adopt(n, before, block)
        yield before, block
        before, n = block, n + 1


_WRAPPED_LINES = 3  # lines a heading's or a line's words may wrap onto


def paragraph_lines(node: SyntaxTreeNode | None) -> int:
    """How many source lines a paragraph takes (0 for any other block)."""
    if node is None or node.type != "paragraph" or node.map is None:
        return 0
    return node.map[1] - node.map[0]


def continues(node: SyntaxTreeNode | None) -> bool:
    """A one-line paragraph that goes on with the words of the block above it: it starts in
    lower case ("listeners. P1 0.30" after "## Implement … passive event")."""
    if node is None or paragraph_lines(node) != 1:
        return False
    return plain_node(node).lstrip()[:1].islower()


def goes_on(node: SyntaxTreeNode) -> bool:
    """A short paragraph (up to three lines) that goes on with the words of a heading above
    it: it starts in lower case, with a bracket, or with the priority mark that ends them
    ("listeners. P1 0.30", "(behind a flag) P4 0.00", "P2 1.00")."""
    if not 0 < paragraph_lines(node) <= _WRAPPED_LINES:
        return False
    words = plain_node(node).lstrip()
    return words[:1].islower() or words[:1] in "([（" or bool(re.match(r"P[0-4]\b", words))


def short(node: SyntaxTreeNode) -> bool:
    """A paragraph of three lines at most that is not all bold (a heading's words may wrap
    onto it; a bold line is a title of its own)."""
    if not 0 < paragraph_lines(node) <= _WRAPPED_LINES:
        return False
    inline = next((c for c in node.children if c.type == "inline"), None)
    return not (
        inline is not None and len(inline.children) == 1 and inline.children[0].type == "strong"
    )
