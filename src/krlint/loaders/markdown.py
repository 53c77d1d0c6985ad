"""Markdown to the OKR model.

Most OKR files teams keep are Markdown, written in a handful of conventions: a heading per
objective with bullet key results beneath, `Objective:` / `Key result:` labelled lines, checkbox
bullets, period headings (`## 2018 Q2`) above the objectives. markdown-it-py parses the file
(CommonMark, with a line map on every block) and this module only decides what each block *is*;
the small regexes in `markdown_labels` only ever look at one line of text.

The reader never guesses silently: bullets it cannot attach to an objective are reported once
(F002) with where they start and what would make the structure readable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from krlint.diagnostics import Problem
from krlint.loaders import ReadResult
from krlint.loaders import markdown_labels as L
from krlint.model import KeyResult, Objective, OkrFile, Span

_PARSER = MarkdownIt("commonmark").enable("table")
_LISTS = ("bullet_list", "ordered_list")
_MARKUP = frozenset("*_`[ \t")
_LINE_BREAK = re.compile(r"\r\n?|\n")


@dataclass(slots=True)
class _Line:
    """One block's text: plain (what is judged) and where it starts in the source."""

    plain: str
    line: int  # 0-based index into the source lines
    last_line: int
    node: SyntaxTreeNode
    offset: int = 0  # where on the line to start looking for the text (a table cell)


@dataclass(slots=True)
class _Pending:
    """A heading that becomes an objective once a key result turns up beneath it."""

    item: _Line
    text: str
    fields: dict[str, Any]
    period: str | None
    objective: Objective | None = None


_IGNORE = "ignore"          # initiatives, a key result's details: bullets here are not KRs
_OBJECTIVE_LIST = "list"    # "## Objectives": each bullet is an objective
Owner = Objective | _Pending | str | None


@dataclass(slots=True)
class _Scope:
    level: int
    owner: Owner
    period: str | None
    title: str
    saved: Owner = None  # the owner an "Initiatives:" line set aside, for "Key results:" after
    by_paragraph: bool = False  # the owner is an objective line, not the heading


@dataclass(slots=True)
class _Orphans:
    count: int = 0
    first: Span | None = None


class _Reader:
    def __init__(self, path: str, text: str) -> None:
        # split as markdown-it does (only \n, \r\n, \r), so its line map indexes these lines
        self.lines = _LINE_BREAK.split(text)
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.file = OkrFile(path=path, lines=self.lines, reader="markdown")
        self.problems: list[Problem] = []
        self.orphans = _Orphans()
        # a file named for its period ("2019-Q4.md") gives that period to objectives that
        # have no period heading above them
        stem = re.split(r"[\\/]", path)[-1].rsplit(".", 1)[0]
        self.scopes: list[_Scope] = [_Scope(0, None, L.period_of(stem), "")]
        self.labelled_headings = False
        self.paragraph_objectives = False

    # -- positions -------------------------------------------------------------------------------
    def line_of(self, node: SyntaxTreeNode) -> _Line:
        inline = node if node.type == "inline" else next(
            (c for c in node.children if c.type == "inline"), node)
        start, end = inline.map or node.map or (0, 1)
        return _Line(plain=_plain(inline), line=start, last_line=max(start, end - 1), node=inline)

    def span(self, item: _Line, text: str, prefix: str) -> Span:
        """Where `text` starts in the source: after the list marker and every stripped prefix.

        The plain text lost its markup (`**`, backticks, link brackets), so the prefix is matched
        as a subsequence of the raw line and the markup after it is skipped.
        """
        raw = self.lines[item.line] if item.line < len(self.lines) else ""
        content = item.node.content.split("\n", 1)[0] if item.node.type == "inline" else ""
        start = raw.find(content.strip(), item.offset) if content.strip() else -1
        i = max(start, item.offset)
        for ch in prefix:
            if ch.isspace():
                continue
            found = raw.find(ch, i)
            if found < 0:
                break
            i = found + 1
        while i < len(raw) and raw[i] in _MARKUP:
            i += 1
        column = i + 1
        # where the last word ends; failing that, the end of the block's last line
        last = self.lines[item.last_line] if item.last_line < len(self.lines) else raw
        end_line, end_column = item.last_line + 1, len(last.rstrip()) + 1
        words = text.split()
        if words:
            for n in range(item.last_line, item.line - 1, -1):
                source = self.lines[n] if n < len(self.lines) else ""
                at = source.rfind(words[-1], column - 1 if n == item.line else 0)
                if at >= 0:
                    end_line, end_column = n + 1, at + len(words[-1]) + 1
                    break
        return Span(item.line + 1, column, end_line, end_column)

    # -- building the model ----------------------------------------------------------------------
    @property
    def scope(self) -> _Scope:
        return self.scopes[-1]

    @property
    def period(self) -> str | None:
        return self.scope.period

    def section(self) -> str | None:
        titles = [s.title for s in self.scopes if s.title]
        return " / ".join(titles) if titles else None

    def new_objective(self, item: _Line, text: str, prefix: str,
                      fields: dict[str, Any] | None = None) -> Objective:
        obj = Objective(text=text, span=self.span(item, text, prefix),
                        id=f"O{len(self.file.objectives) + 1}", fields=dict(fields or {}),
                        period=self.period)
        section = self.section()
        if section and "section" not in obj.fields:
            obj.fields["section"] = section
        self.file.objectives.append(obj)
        return obj

    def materialise(self, owner: Owner) -> Objective | None:
        if isinstance(owner, Objective):
            return owner
        if isinstance(owner, _Pending):
            if owner.objective is None:
                obj = Objective(text=owner.text, span=self.span(owner.item, owner.text,
                                                                owner.fields.pop("_prefix", "")),
                                id=f"O{len(self.file.objectives) + 1}", fields=owner.fields,
                                period=owner.period)
                self.file.objectives.append(obj)
                owner.objective = obj
            return owner.objective
        return None

    def add_key_result(self, owner: Owner, item: _Line, label: L.Label) -> None:
        obj = self.materialise(owner)
        if obj is None:
            self.orphan(item)
            return
        if not label.text:
            return
        kr = KeyResult(text=label.text, span=self.span(item, label.text, label.prefix),
                       id=f"{obj.id}.KR{len(obj.key_results) + 1}", fields=dict(label.fields))
        obj.key_results.append(kr)

    def orphan(self, item: _Line) -> None:
        self.orphans.count += 1
        if self.orphans.first is None:
            self.orphans.first = Span(item.line + 1, 1)

    # -- blocks ----------------------------------------------------------------------------------
    def read(self, root: SyntaxTreeNode) -> None:
        blocks = list(root.children)
        self.prescan(blocks)
        for n, block in enumerate(blocks):
            following = blocks[n + 1] if n + 1 < len(blocks) else None
            if block.type == "heading":
                self.heading(block)
            elif block.type == "paragraph":
                self.paragraph(block, following)
            elif block.type in _LISTS and not _is_table_of_contents(block):
                self.scope.owner = self.list(block, self.scope.owner)
            elif block.type == "table":
                self.table(block)
            # block quotes, code, HTML, rules: notes and decoration, never OKRs

    def prescan(self, blocks: list[SyntaxTreeNode]) -> None:
        """Conventions that are decided for the whole file, from what the file does most."""
        directly_followed = 0
        for n, block in enumerate(blocks):
            if block.type == "heading":
                label = L.parse(self.line_of(block).plain)
                if label.kind == L.OBJECTIVE:
                    self.labelled_headings = True
            elif block.type == "paragraph" and n + 1 < len(blocks):
                nxt = blocks[n + 1]
                if (nxt.type in _LISTS and block.map and nxt.map and block.map[1] == nxt.map[0]
                        and _objective_like(self.line_of(block))):
                    directly_followed += 1
        self.paragraph_objectives = directly_followed >= 2

    def heading(self, node: SyntaxTreeNode) -> None:
        level = int(node.tag[1:])
        while len(self.scopes) > 1 and self.scopes[-1].level >= level:
            self.scopes.pop()
        parent = self.scope
        item = self.line_of(node)
        label = L.parse(item.plain)
        period = L.period_of(item.plain)
        owner: Owner
        title = ""
        if period:
            owner, title = None, ""
            self.scopes.append(_Scope(level, owner, period, title))
            return
        if label.kind == L.OBJECTIVE:
            owner = self.new_objective(item, label.text, label.prefix, label.fields)
        elif label.kind == L.KEY_RESULT:
            self.add_key_result(parent.owner, item, label)
            owner = _IGNORE
        elif label.kind == L.KEY_RESULTS:
            owner = _nearest_objective(self.scopes)
        elif label.kind == L.OBJECTIVES:
            owner = _OBJECTIVE_LIST
        elif label.kind in (L.INITIATIVE, L.IGNORED_SECTION):
            owner = _IGNORE
        elif label.kind == L.META:
            self.file.metadata.setdefault(label.name, label.text)
            owner = None
        elif self.labelled_headings or not label.text:
            # the file names its objectives explicitly: other headings are sections
            owner = parent.owner if isinstance(parent.owner, Objective) else None
            title = label.text
        else:
            fields = dict(label.fields)
            fields["_prefix"] = label.prefix
            section = self.section()
            if section:
                fields["section"] = section
            owner = _Pending(item, label.text, fields, parent.period)
            title = label.text
        self.scopes.append(_Scope(level, owner, parent.period, title))

    def paragraph(self, node: SyntaxTreeNode, following: SyntaxTreeNode | None) -> None:
        item = self.line_of(node)
        label = L.parse(item.plain)
        if label.kind == L.OBJECTIVE:
            self.scope.owner = self.new_objective(item, label.text, label.prefix, label.fields)
        elif label.kind == L.KEY_RESULT:
            if self.scope.owner != _IGNORE:
                self.add_key_result(self.scope.owner, item, label)
        elif label.kind == L.IGNORED_SECTION:  # "**Initiatives:**" - the list below is work
            if self.scope.owner != _IGNORE:
                self.scope.saved, self.scope.owner = self.scope.owner, _IGNORE
        elif label.kind == L.KEY_RESULTS:
            if self.scope.owner == _IGNORE and self.scope.saved is not None:
                self.scope.owner = self.scope.saved
        elif (self.paragraph_objectives and label.kind is None
              and (self.scope.owner is None or self.scope.by_paragraph)
              and _objective_like(item)
              and (_directly_followed_by_list(node, following) or self.standalone_objective(item))):
            # under a period or section heading; under an objective heading it is a description
            self.scope.owner = self.new_objective(item, label.text, label.prefix, label.fields)
            self.scope.by_paragraph = True
        # anything else is prose: descriptions, notes, initiatives

    def standalone_objective(self, item: _Line) -> bool:
        """A short one-line paragraph among paragraph objectives, under a period: an objective
        with no key results yet (O102 says so), not prose."""
        return (self.period is not None and item.line == item.last_line
                and len(item.plain.split()) <= 12 and not _has_link(item.node))

    def list(self, node: SyntaxTreeNode, owner: Owner) -> Owner:
        """Read one list; return who owns what follows (a labelled objective carries over)."""
        for list_item in node.children:
            first = next((c for c in list_item.children if c.type == "paragraph"), None)
            nested = [c for c in list_item.children if c.type in _LISTS]
            if first is None:
                continue
            item = self.line_of(first)
            label = L.parse(item.plain)
            if label.kind == L.OBJECTIVE:
                obj = self.new_objective(item, label.text, label.prefix, label.fields)
                for sub in nested:
                    self.list(sub, obj)
                owner = obj
            elif label.kind == L.KEY_RESULT:
                if owner != _IGNORE:
                    self.add_key_result(owner, item, label)
            elif label.kind == L.KEY_RESULTS:
                for sub in nested:
                    self.list(sub, owner)
            elif label.kind is not None or owner == _IGNORE:
                continue  # initiatives, tasks, notes
            elif owner == _OBJECTIVE_LIST or (owner is None and nested) or any(
                    _has_labelled_key_results(sub) for sub in nested):
                # "- Grow revenue" with "- KR: …" beneath, or bullets under "## Objectives"
                obj = self.new_objective(item, label.text, label.prefix, label.fields)
                for sub in nested:
                    self.list(sub, obj)
            else:
                # an unlabelled bullet: a key result; bullets nested under it are its tasks
                self.add_key_result(owner, item, label)
        return owner

    def table(self, node: SyntaxTreeNode) -> None:
        """A table with a key result column: one key result per row, the objective from an
        objective column (a blank cell repeats the one above) or from the heading above.
        Other columns named like key result fields (Target, Baseline, Owner) become fields."""
        rows = [tr for part in node.children for tr in part.children if tr.type == "tr"]
        if len(rows) < 2:
            return
        names = [" ".join(self.line_of(cell).plain.lower().rstrip(":").split())
                 for cell in rows[0].children]
        kr_col = next((n for n, name in enumerate(names) if name in _KR_HEADERS), None)
        if kr_col is None:
            return  # not an OKR table: a glossary, a schedule, a score sheet
        obj_col = next((n for n, name in enumerate(names) if name in _OBJECTIVE_HEADERS), None)
        owner: Owner = self.scope.owner
        for row in rows[1:]:
            cells = [self.cell(row, cell, n) for n, cell in enumerate(row.children)]
            if obj_col is not None and obj_col < len(cells) and cells[obj_col].plain:
                label = L.parse(cells[obj_col].plain)
                owner = self.new_objective(cells[obj_col], label.text, label.prefix, label.fields)
            if kr_col >= len(cells) or not cells[kr_col].plain:
                continue
            label = L.parse(cells[kr_col].plain)
            if label.kind not in (None, L.KEY_RESULT):
                continue
            for n, cell in enumerate(cells):
                if n not in (kr_col, obj_col) and cell.plain and names[n] in _TABLE_FIELDS:
                    label.fields.setdefault(_TABLE_FIELDS[names[n]], cell.plain)
            self.add_key_result(owner, cells[kr_col], label)
        if obj_col is not None:
            self.scope.owner = owner

    def cell(self, row: SyntaxTreeNode, cell: SyntaxTreeNode, index: int) -> _Line:
        item = self.line_of(cell)
        raw = self.lines[item.line] if item.line < len(self.lines) else ""
        item.offset = _cell_offset(raw, index)
        return item

    def finish(self) -> ReadResult:
        if self.orphans.count and self.orphans.first is not None:
            n = self.orphans.count
            self.problems.append(Problem(
                span=self.orphans.first, code="F002",
                message=(f"{n} bullet{'s' if n != 1 else ''} from line {self.orphans.first.line} "
                         "look like key results but have no objective above them: put them "
                         "under a heading that states the objective, or start with an "
                         "'Objective: …' line"),
            ))
        if not self.file.objectives and not self.problems:
            self.problems.append(Problem(
                span=Span(1, 1), code="F002",
                message="no objectives found in the Markdown: expected a heading per objective "
                        "with bullet key results beneath, or 'Objective:' / 'Key result:' lines",
            ))
        return ReadResult(file=self.file, problems=self.problems)


# -- helpers on nodes --------------------------------------------------------------------------
def _plain(inline: SyntaxTreeNode) -> str:
    """The text a reader sees: markup dropped, link text kept, line breaks as spaces."""
    parts: list[str] = []

    def walk(node: SyntaxTreeNode) -> None:
        for child in node.children:
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
            elif child.type == "image":
                parts.append(child.content)
            elif child.type != "html_inline":
                walk(child)

    if inline.type == "inline":
        walk(inline)
    return " ".join("".join(parts).split())


def _has_link(inline: SyntaxTreeNode) -> bool:
    return any(c.type == "link" or _has_link(c) for c in inline.children)


_KR_HEADERS = frozenset({"key result", "key results", "kr", "krs", "key-result", "result",
                         "results"})
_OBJECTIVE_HEADERS = frozenset({"objective", "objectives", "goal", "goals", "okr"})
_TABLE_FIELDS = {"target": "target", "baseline": "baseline", "start": "baseline",
                 "current": "current", "owner": "owner", "owners": "owner", "status": "status",
                 "score": "score", "progress": "progress", "due": "due", "deadline": "due"}


def _cell_offset(raw: str, index: int) -> int:
    """Where the index-th cell of a table row starts on its line (after its pipe)."""
    pipes = [m.start() for m in re.finditer(r"(?<!\\)\|", raw)]
    leading = bool(pipes) and not raw[:pipes[0]].strip()
    boundaries = pipes if leading else [-1, *pipes]
    return boundaries[index] + 1 if index < len(boundaries) else 0


def _has_labelled_key_results(node: SyntaxTreeNode) -> bool:
    for list_item in node.children:
        first = next((c for c in list_item.children if c.type == "paragraph"), None)
        if first is not None and first.children and L.parse(
                _plain(first.children[0])).kind == L.KEY_RESULT:
            return True
    return False


def _link_only(inline: SyntaxTreeNode) -> bool:
    meaningful = [c for c in inline.children if not (c.type == "text" and not c.content.strip())]
    return (len(meaningful) == 1 and meaningful[0].type == "link"
            and str(meaningful[0].attrs.get("href", "")).startswith("#"))


def _is_table_of_contents(node: SyntaxTreeNode) -> bool:
    """A list whose every entry is only a link to an anchor in the same file."""
    items = [c for c in node.children if c.type == "list_item"]
    for list_item in items:
        first = next((c for c in list_item.children if c.type == "paragraph"), None)
        inline = first.children[0] if first and first.children else None
        if inline is None or not _link_only(inline):
            return False
    return bool(items)


def _objective_like(item: _Line) -> bool:
    """A short unlabelled line that could head a list: not an intro ("OKRs:"), not a sentence,
    not an italic note."""
    text = item.plain
    children = [c for c in item.node.children if c.type != "softbreak"]
    emphasised = len(children) == 1 and children[0].type in ("em", "strong")
    return (bool(text) and item.line == item.last_line and not text.endswith((":", "."))
            and not emphasised and L.parse(text).kind is None)


def _directly_followed_by_list(node: SyntaxTreeNode, following: SyntaxTreeNode | None) -> bool:
    return bool(following is not None and following.type in _LISTS and node.map
                and following.map and node.map[1] == following.map[0])


def _nearest_objective(scopes: list[_Scope]) -> Owner:
    for scope in reversed(scopes):
        if isinstance(scope.owner, (Objective, _Pending)):
            return scope.owner
    return None


def _front_matter(lines: list[str]) -> tuple[int, dict[str, Any]]:
    """How many lines a leading `---` YAML front matter block takes, and what it says.

    Without this, its closing `---` would make the last key a setext heading.
    """
    if not lines or lines[0].rstrip() != "---":
        return 0, {}
    for n in range(1, len(lines)):
        if lines[n].rstrip() in ("---", "..."):
            from krlint.limits import DEFAULT_LIMITS
            from krlint.loaders.yaml_guard import first_breach

            # one blank line for the opening `---`: positions in the guard's finding hold
            front = "\n" + "\n".join(lines[1:n])
            breach = first_breach(front, DEFAULT_LIMITS, yaml.SafeLoader)
            if breach is not None and breach.problem.code != "F001":
                return n + 1, {"": breach.problem}  # an alias bomb or deep nesting: not loaded
            try:
                data = yaml.safe_load(front)
            except yaml.YAMLError:
                data = None
            return n + 1, data if isinstance(data, dict) else {}
    return 0, {}


def read_markdown(path: str, text: str) -> ReadResult:
    reader = _Reader(path, text)
    skip, front = _front_matter(reader.lines)
    if isinstance(front.get(""), Problem):
        reader.problems.append(front.pop(""))  # the front matter crossed a resource limit
    if skip:
        reader.file.metadata.update({str(k): v for k, v in front.items()})
        for key in ("period", "quarter", "cycle"):
            if isinstance(front.get(key), (str, int)):
                reader.scopes[0].period = str(front[key])
                break
        # blank lines keep every line number of the Markdown that follows
        text = "\n" * skip + "\n".join(reader.lines[skip:])
    try:
        root = SyntaxTreeNode(_PARSER.parse(text))
        reader.read(root)
    except RecursionError:
        reader.problems.append(Problem(span=Span(1, 1), code="F002",
                                       message="nesting too deep to read"))
    return reader.finish()
