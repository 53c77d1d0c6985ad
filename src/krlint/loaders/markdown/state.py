"""What the reader has read so far and where it stands: the stack of sections it is in (each
with its role: objectives, key results, details, or ignored), the objectives and key results
built from them, and the questions the reader asks of what it read (an objective named by its
ID, key results read before), which every way of reading a block shares."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from markdown_it.tree import SyntaxTreeNode

from krlint.diagnostics import Problem
from krlint.loaders import okr_text as T
from krlint.loaders.markdown.nodes import (
    cited_at,
    line_bold_spans,
    plain_text,
)
from krlint.loaders.markdown.signals import (
    INLINE_KRS,
    QUALIFIED_KR_ID,
    SAID_ON,
    UNSPACED_LETTER,
    goal_label,
    id_key,
    name_words,
    named_key_result,
    names_a_group,
    objective_part,
    unlabelled,
)
from krlint.loaders.markdown.tables import (
    KR_REF,
    LABEL_KINDS,
    RECENT_KRS,
    SEMICOLON,
    SERVES,
    STRUCK,
    unlinked,
)
from krlint.loaders.markdown.text import (
    LINE_BREAK,
    Text,
    align,
    joined_text,
    source_map_of,
    span_of,
    split_at,
)
from krlint.model import KeyResult, Objective, OkrFile, SourceLines

# -- the model being built --------------------------------------------------------------------
_SHORT_UNSPACED_NAME = 8  # characters of a name in CJK writing: a phrase, not a statement


@dataclass(slots=True)
class Pending:
    """A heading that becomes an objective once a key result turns up beneath it."""

    text: Text
    fields: dict[str, Any]
    period: str | None
    keep: bool = False  # kept even without key results (under a heading that names objectives)
    objective: Objective | None = None
    generic: bool = False  # only a label ("## Objective 2"): with no key results, no objective
    goal: bool = False  # labelled as a goal ("目标：…", `goal_label`), not as an objective
    # a heading that names one OKR ("#### OKR: Win against GitHub", "#### 1. OKR Win …"): the
    # key results labelled in a list beneath it are its own
    okr: bool = False
    # … or names an area's OKRs ("## Security OKRs"): a list beneath it that states numbers
    # is the area's key results
    area: bool = False
    # … or names the OKRs of a period, a phase or a team ("### MVP OKRs (First 90 Days)"): a
    # flat list beneath it every item of which can be scored is their key results
    named: bool = False


Owner = Objective | Pending | None

# what the content of a section is
ROLE_NONE = "none"  # no objective yet: unlabelled lists are skipped (and reported)
ROLE_OBJECTIVE = "objective"  # lists are the objective's key results
ROLE_KRS = "krs"  # a "Key results" section (or a group heading inside one)
ROLE_OBJECTIVES = "objectives"  # items are objectives
ROLE_DETAILS = "details"  # a key result's details, or a sub-section of an objective
ROLE_IGNORE = "ignore"  # notes, initiatives, links…: never OKRs


@dataclass(slots=True)
class Scope:
    level: float
    role: str
    owner: Owner = None
    period: str | None = None
    keep: bool = False  # objectives beneath are kept without key results
    latest: Objective | None = None  # the last objective read inside this scope
    awaiting: str | None = None  # a generic heading ("### Objective") waits for its words
    pending_fields: dict[str, Any] = field(default_factory=dict)
    by_paragraph: bool = False  # the owner is a paragraph objective, not the heading
    after: str | None = None  # what a label line set the lists that follow to (until the next)
    from_heading: bool = False  # the owner is this heading's own objective (with its words)
    title: str = ""  # a section's heading, named in its objectives' `section` field
    # a key result heading that only names its key result ("## KR1 — Leading metric"): its words
    # stand in if no measurable statement follows beneath it
    named: tuple[Text, T.Label] | None = None
    # … or that states it ("#### KR1.1: 扩展高级图分析算法套件"): only a field beneath that says
    # what it is measured by completes it (`_measure_of_fields`)
    stated: bool = False
    guide: bool = False  # an ignored section that is about OKRs: its sample OKRs are examples
    owned: bool = False  # … a part of it that names whose OKRs it holds ("Company-Level OKRs")
    # a section that says how its objective is measured ("Success criteria", "### Metrics"): its
    # first list or table is the key results; what follows them there is commentary
    measures: bool = False
    # a period heading ("### Q1 2025 OKRs") stands in as the objective of key results labelled
    # as such beneath it when no objective is stated (their author grouped them by quarter)
    stands_in: Pending | None = None
    # a group heading with words ("## Cross-cutting OKR — Governance is a feature"), or a
    # section's in a file that labels its objectives: the objective of a table of key results
    # or a key result heading right beneath it (a group's name, not an objective, where
    # objectives are read inside it)
    group: Pending | None = None
    # a section whose heading names OKRs: how many objectives the file had when it opened
    okrs_from: int | None = None
    north_star: bool = False  # a "North Star" heading: its paragraph states the north star
    # the unlabelled headings right beneath an objective's heading, each an objective of its
    # own unless most turn out empty: then they are its key results (`close`)
    subheads: list[tuple[Text, T.Label, Pending]] = field(default_factory=list)


@dataclass(slots=True)
class Skipped:
    items: int = 0
    first: int | None = None  # 1-based line
    okrs_section: int | None = None  # a heading naming the OKRs over nothing krlint could read


# a heading about the key results or their measures ("KR Breakdown", "Key results in detail",
# "Metric Definition Cards"), not an objective
_ABOUT_KRS = re.compile(r"(?i)(?:krs?|key[ -]results?|metrics?|kpis?|指标)\b\W*\w")


def has_key_results(owner: Objective | Pending) -> bool:
    if isinstance(owner, Pending):
        return owner.objective is not None and bool(owner.objective.key_results)
    return bool(owner.key_results)


def objective_number(owner: Owner) -> str | None:
    """The number an objective (or a heading waiting to be one) is labelled with: "1" for "O1",
    "Objective 1"."""
    label = str(owner.fields.get("label", "")) if owner is not None else ""
    # (the objective's own number: "1" in "R0-O1", an objective of release R0)
    found = re.search(r"(?i:o|obj|objective|goal)\s*(\d+)(?!.*\d)", label) or re.search(
        r"(\d+)(?!.*\d)", label
    )
    return found.group(1).lstrip("0") or "0" if found else None


def objective_of(owner: Owner) -> Objective | None:
    """The objective an owner is, or a heading has become once read (None before)."""
    return owner.objective if isinstance(owner, Pending) else owner


def restates(owner: Owner, ident: str) -> bool:
    """A table row or a heading whose ID names a key result this objective already has: it
    explains or summarises the key results above it; it does not add new ones."""
    obj = objective_of(owner)
    if obj is None or not id_key(ident):
        return False
    return any(id_key(str(kr.fields.get("label", ""))) == id_key(ident) for kr in obj.key_results)


class ReaderState:
    """The model being built and the section stack, with the operations on them that the block
    readers (`TableReading`, `_Reader`) share."""

    def __init__(self, path: str, text: str) -> None:
        # split as markdown-it does (only \n, \r\n, \r), so its line map indexes these lines
        self.lines = SourceLines(text, LINE_BREAK)
        self.file = OkrFile(path=path, lines=self.lines, reader="markdown")
        self.problems: list[Problem] = []
        self.skipped = Skipped()
        self.labelled_kr_ids: set[int] = set()  # the key results read with a KR label
        # the objectives with key results a label named as such: on the item ("KR1: …"), on
        # the line or the item the list follows ("**Key Results:**") or a table's column
        self.krs_named: set[int] = set()
        # reading items a label or a column names key results (a table's Key Result column,
        # "- **Key Results**:" with the list nested beneath it)
        self.naming = False
        # (period, "kr01") read so far, with the title of the section of OKRs it was read in
        self.qualified_ids: dict[tuple[str | None, str], str | None] = {}
        self.okrs_ended = False  # a section that named OKRs and held objectives has ended
        # a table whose columns named its objectives and key results gave key results
        self.named_columns = False
        self.in_named_okrs: set[int] = set()  # objectives read inside a section naming OKRs
        # an objectives table's rows by ID, for a key results table that names them so
        # (`list_objectives`), and the objectives read from them
        self.listed_objectives: dict[str, Text] = {}
        self.listed_made: dict[str, Objective] = {}
        # objectives labelled as goals ("Goal 1:", "目标：", with an ID or not), not as objectives
        self.goal_labelled: set[int] = set()
        self.okrs_named_at: int | None = None  # the line of the first heading naming the OKRs
        self.title = ""  # the document's title: its first heading, if that is a level-1 one
        # a blog theme's OKR tags (`okr_tags`): what the next paragraph states, and its fields
        self.tagged: tuple[str, dict[str, str] | None] | None = None
        self.tagged_objective: Objective | None = None
        # each objective's nearest heading above its own, by id (a goal beside the OKRs: finish)
        self.under_heading: dict[int, str] = {}
        # what was read, indexed so that a table or a list can ask in constant time whether it
        # restates it (`read_before`, `names_read_objectives`, `restated_objective`): every
        # key result's words up to each space, parenthesis or colon; each name's word → the
        # names that have it; each objective's words → the objectives in them
        self.kr_prefixes: dict[str, set[str | None]] = {}  # … and the periods they were read in
        # … and each key result's whole words, casefolded: its objective
        self.kr_owners: dict[str, Objective] = {}
        # … and the words of the last key results read (a review table follows its OKRs)
        self.recent_krs: deque[str] = deque(maxlen=RECENT_KRS)
        self.name_words: dict[str, set[int]] = {}
        self.names = 0  # how many names `name_words` indexes
        self.by_words: dict[str, list[Objective]] = {}
        # the heading level of the section each objective was read in, once that section closed
        self.closed_level: dict[int, float] = {}
        self.stem = re.split(r"[\\/]", path)[-1].rsplit(".", 1)[0]  # the file's name, bare
        self.scopes: list[Scope] = [Scope(0, ROLE_NONE, period=T.period_of(self.stem))]
        self.labelled = False  # the file labels its objectives: other headings are sections
        self.paragraph_objectives = False
        self.labels_krs = False  # the file labels its key results in lists: see `prescan`
        self.kr_headings = False  # … or in headings, one a key result: see `prescan`
        self.kr_headings_state = False  # … most of them stating it: see `prescan`
        self.labels_kr_lists = False  # … or labels each list of them: see `prescan`
        self.numbers_objectives = False  # … and numbers its objectives
        self.priority_marks = False  # … or marks its key results with their priority
        self.taken: SyntaxTreeNode | None = None  # a block read with the one before it
        # the north star stated before the file has any objective ("### North Star" over its
        # statement, "**North Star:** …"): the objective of key results that follow with none
        self.north_star: Text | None = None
        self.bold_objectives = False  # bold statements, each with a list: see `prescan`
        self.owner_suffixes = False  # key results end with their owners ("… Mark/Sam")
        self.headings = 0
        self.consumed: SyntaxTreeNode | None = None  # a list read as part of a statement
        # lists indented under the last item of the list before them, which CommonMark did not
        # nest ("1. Grow revenue" then "  - $2M ARR": two spaces short of the item's content)
        # (by the id of the item while the item is read; blocks by their number in the file)
        self.adopted: dict[int, list[SyntaxTreeNode]] = {}
        self.adopters: set[int] = set()  # blocks whose last item adopts the block after them
        self.adoptees: set[int] = set()

    # -- text of a node ------------------------------------------------------------------------
    def text_of(self, inline: SyntaxTreeNode, offset: int = 0) -> Text:
        """The words of an inline node with their source positions; trailing italic
        `Initiatives: …` and HTML are left out."""
        if inline.type != "inline":
            inline = next((c for c in inline.children if c.type == "inline"), inline)
        if inline.type != "inline" or inline.map is None:
            return Text("", [])
        children = list(inline.children)
        # an emphasised "Initiatives: …" after the key result is work, not its words
        meaningful = [c for c in children if not (c.type == "text" and not c.content.strip())]
        if len(meaningful) > 1 and meaningful[-1].type in ("em", "strong"):
            label = T.parse_label(plain_text(meaningful[-1]))
            note = plain_text(meaningful[-1]).strip()
            if label.kind in (T.INITIATIVE, T.IGNORED_SECTION) or (
                # "… pass QA on first attempt. *(Requires the QA stage — not yet in place.)*":
                # a note in brackets, set in italics after the key result
                meaningful[-1].type == "em" and note.startswith("(") and note.endswith(")")
            ):
                children = children[: children.index(meaningful[-1])]
        plain = "".join(plain_text(c) for c in children)
        cited = cited_at(children)
        if cited is not None:
            plain = plain[:cited].rstrip()
        content = inline.content
        where = self.content_positions(content, inline.map[0], offset)
        text = Text(plain, align(plain, content, where))
        first = meaningful[0] if meaningful else None
        if first is not None and first.type == "strong":
            inner = plain_text(first).strip()
            after = "".join(plain_text(c) for c in meaningful[1:2]).lstrip()
            stop = plain.find(inner) + len(inner) - 1
            bare = T.parse_label(inner[:-1] + ":") if inner.endswith(".") else None
            if (
                bare is not None
                and bare.kind in LABEL_KINDS
                and not bare.text  # only the label in bold ("**Key result: 12 trips.**" states)
                and after
                and plain[stop] == "."
            ):
                # "**Objective.** Show that …", "**Key results.**": a bold label that ends in a
                # full stop is a label as with a colon (the colon takes the stop's place)
                text = Text(plain[:stop] + ":" + plain[stop + 1 :], text.pos)
                inner = inner[:-1] + ":"
            bare = T.parse_label(inner + ":") if inner[-1:].isalnum() else None
            if (
                bare is not None
                and bare.kind in (T.OBJECTIVE, T.KEY_RESULT)
                and not bare.text
                and after[:1].isalnum()
                and not (after[:1].isascii() and after[:1].islower())
            ):
                # "**Objective** 创建 Emit 基类 …": the bold label alone, its words after it (not
                # "**Objective** is to …", a sentence about it) — read as with a colon
                text = Text(
                    plain[: stop + 1] + ":" + plain[stop + 1 :],
                    [*text.pos[: stop + 1], text.pos[stop], *text.pos[stop + 1 :]],
                )
                inner += ":"
            text.bold_label = inner.endswith((":", "：")) or after.startswith((":", "："))
        text.bold = len(meaningful) == 1 and first is not None and first.type in ("strong", "em")
        text.bold_spans = line_bold_spans(children, text.pos)
        if "[[" in text.plain:
            text = unlinked(text)
        return text

    def content_positions(self, content: str, first: int, offset: int) -> list[tuple[int, int]]:
        """Source position of each character of an inline node's content: its lines are the
        source lines from `first`, less the indentation and markers the parser removed."""
        out: list[tuple[int, int]] = []
        for n, part in enumerate(content.split("\n")):
            number = first + n
            source = self.lines[number] if number < len(self.lines) else ""
            begin = offset if n == 0 else 0
            start = source.find(part, begin) if part else -1
            if start >= 0:
                out.extend((number, start + k) for k in range(len(part)))
            else:  # the parser unescaped something ("\\|" in a cell): match it up
                rest = source[begin:]
                out.extend(
                    align(
                        part,
                        rest,
                        [(number, begin + k) for k in range(len(rest))] or [(number, begin)],
                        hide=False,
                    )
                )
            out.append((number, len(source)))  # the line break
        return out[: len(content)] or [(first, offset)]

    # -- scopes --------------------------------------------------------------------------------
    @property
    def scope(self) -> Scope:
        return self.scopes[-1]

    def role(self) -> str:
        scope = self.scope
        if (
            scope.measures
            and scope.after is None
            and isinstance(scope.owner, (Objective, Pending))
            and has_key_results(scope.owner)
        ):
            return ROLE_DETAILS  # "We have a higher goal for two reasons:" under the metrics table
        return scope.after or scope.role

    def okr_section(self) -> str | None:
        """The title of the innermost section whose heading names OKRs ("Engineering Team
        OKRs"), if one is open."""
        return next((s.title for s in reversed(self.scopes) if s.okrs_from is not None), None)

    def period(self) -> str | None:
        for scope in reversed(self.scopes):
            if scope.period:
                return scope.period
        return None

    def push(self, scope: Scope, line: int | None = None) -> None:
        if scope.okrs_from is not None and self.okrs_named_at is None:
            self.okrs_named_at = line
        self.scopes.append(scope)

    def pop_to(self, level: float) -> None:
        while len(self.scopes) > 1 and self.scopes[-1].level >= level:
            self.close(self.scopes.pop())

    def end_ignored(self) -> Scope:
        """Close the ignored sections open here (the OKRs start): the scope they sat in."""
        while len(self.scopes) > 1 and self.scopes[-1].role == ROLE_IGNORE:
            self.close(self.scopes.pop())
        return self.scopes[-1]

    def close(self, scope: Scope) -> None:
        if scope.okrs_from is not None and len(self.file.objectives) > scope.okrs_from:
            self.okrs_ended = True
        self.heads_as_key_results(scope)
        owner = scope.owner
        if (
            isinstance(owner, Pending)
            and owner.objective is None
            and owner.keep
            and not owner.generic
        ):
            self.materialise(owner)
        held = objective_of(owner)
        if held is not None:
            self.closed_level.setdefault(id(held), scope.level)
        self.unname(scope)

    def restated_under_notes(self, owner: Owner, ident: str) -> bool:
        """A key result named by an ID the last objective read already has, under a heading
        about the key results, not an objective ("## KR Breakdown" over "### KR 1: …", "### 3.3
        Metric Definition Cards" over "**KR1 指标卡：…**"): notes on that one, not a new one. (Under
        another group's heading, "KR1" may start that group's own numbering.)"""
        latest = self.file.objectives[-1] if self.file.objectives else None
        return (
            isinstance(owner, Pending)
            and owner.objective is None
            and _ABOUT_KRS.match(T.unnumbered(owner.text.plain.strip(" *_#"))) is not None
            and latest is not None
            and restates(latest, ident)
        )

    def heads_as_key_results(self, scope: Scope) -> None:
        """ "### Improve interop testing" over "#### Imports happening daily …", "#### Eliminate
        csswg-test build step" …, most of them with nothing beneath, a few with a list of
        tasks: the headings beneath are the objective's key results, the lists their tasks —
        not objectives of their own, nor lost where they are empty. (Where most of them hold
        key results, they are objectives, their heading a group's.)"""
        owner = scope.owner
        heads = scope.subheads
        if len(heads) < 2 or not isinstance(owner, Pending) or owner.objective is not None:
            return
        empty = sum(1 for _, _, pending in heads if not has_key_results(pending))
        if 2 * empty < len(heads):
            return
        taken = {id(p.objective) for _, _, p in heads if p.objective is not None}
        if taken:
            self.file.objectives = [o for o in self.file.objectives if id(o) not in taken]
            for said, objs in self.by_words.items():
                self.by_words[said] = [o for o in objs if id(o) not in taken]
        obj = self.materialise(owner)
        if obj is None:
            return
        for text, label, _ in heads:
            self.add_key_result(obj, text, label)

    def complete_named(self, scope: Scope, joiner: str, part: Text) -> None:
        """The key result a heading names, completed by a field beneath it: its target ("…:
        3 million") or what measures it ("… — Measure: 3 external PRs")."""
        if scope.named is None:
            return
        text, label, notes = named_key_result(scope.named)
        extra = {**notes, **scope.pending_fields}
        self.add_key_result(scope.owner, joined_text(text, joiner, part), label, extra)
        scope.awaiting, scope.named, scope.stated = None, None, False
        scope.after = ROLE_DETAILS

    def north_star_objective(self) -> Objective | None:
        """Key results with no objective, in a file that has none yet, after its north star
        ("### North Star" then "### 关键结果（KR）"): that statement is what they measure."""
        if self.north_star is None or self.file.objectives or self.nearest_objective() is not None:
            return None
        statement, self.north_star = self.north_star, None
        return self.new_objective(statement, T.Label(T.OBJECTIVE, statement.plain, 0, "north_star"))

    def unname(self, scope: Scope) -> None:
        """A named key result heading with no statement beneath: its own words are the KR."""
        if scope.named is not None and scope.awaiting == "key_result":
            text, label = scope.named
            self.add_key_result(scope.owner, text, label)
            scope.awaiting = None
        scope.named, scope.stated = None, False

    def section(self, owner: Owner = None) -> str | None:
        """The headings of the sections around an objective ("Team goals / Platform")."""
        titles = [
            s.title for s in self.scopes if s.title and (owner is None or s.owner is not owner)
        ]
        return " / ".join(titles) if titles else None

    def keeps(self) -> bool:
        return any(s.keep for s in self.scopes)

    def beyond_okrs(self) -> bool:
        """After the section whose heading named the OKRs ("## OKR") and held them, outside
        any other such section: the rest of the document (themes, plans, notes), where only
        labelled objectives are read."""
        return self.okrs_ended and not self.in_okrs_named()

    def in_okrs_named(self) -> bool:
        """Inside a section whose heading names the OKRs ("## OKRs", "## Q2 2026 OKRs")."""
        return any(s.okrs_from is not None for s in self.scopes)

    def okrs_named_below_title(self) -> bool:
        """Inside a section whose heading, other than the document's title, names the OKRs
        ("### Quarter 1 OKRs" under "# Goals & OKRs")."""
        return any(s.okrs_from is not None and s.title != self.title for s in self.scopes)

    def titled_okrs_file(self) -> bool:
        """The document says it is OKRs: its title, its front matter's title or its name
        ("# Q3 OKRs", "title: '2022년 2분기 OKR 및 평가'", okrs.md)."""
        front = self.file.metadata.get("title")
        names = (self.title, str(front or ""), re.sub(r"[_-]", " ", self.stem))
        return any(T.names_okrs(name) for name in names)

    def titled_okrs(self) -> bool:
        """Inside a section whose heading names OKRs ("Review and update OKRs for Season 2"):
        a list item with a list beneath it is an objective with its key results."""
        return any(s.title and T.names_okrs(s.title) for s in self.scopes)

    def nearest_objective(self) -> Owner:
        """Who key results found here belong to: the objective of the innermost scope that has
        one, else the last objective read in the enclosing section ("Key results" after an
        "Objectives" list)."""
        for scope in reversed(self.scopes):
            if scope.role == ROLE_IGNORE:
                return None
            if scope.owner is not None:
                return scope.owner
            if scope.latest is not None:
                return scope.latest
        return None

    def group(self, named: bool = False) -> Pending | None:
        """The heading that stands in as the objective of key results right beneath it, where
        no objective was read in its section (`Scope.group`). One that only names the OKRs of
        a period or a phase (`Pending.named`) stands in for a flat list alone (`named`): over a
        table or headings, the objective is the file's or the section's."""
        scope = self.scope
        # (an objective stated in the section, "**Objective:** …", is theirs instead)
        group = scope.group if scope.latest is None and scope.owner is None else None
        return None if group is not None and group.named and not named else group

    def section_objective(self) -> Owner:
        """The objective of the section being read, if it has one — not the last objective
        read in an earlier section: a metrics table under "## Competitive benchmarking", far
        below the OKRs, measures no objective of theirs."""
        for scope in reversed(self.scopes):
            if scope.role == ROLE_IGNORE:
                return None
            if scope.owner is not None:
                return scope.owner
        return None

    # -- building the model --------------------------------------------------------------------
    def new_objective(
        self, text: Text, label: T.Label, fields: dict[str, Any] | None = None
    ) -> Objective | None:
        if text.bold_end is not None and label.start:
            head = text.until_bold_end()
            if len(head.plain.rstrip(" *_:：")) > label.start and SAID_ON.match(
                text.after_bold_end().plain
            ):
                # "1. **O1：实现用户自动分层能力** - 基于用户的…": the label's bold words state
                # the objective, the dash goes on to describe it (a bold name alone, "**Decisión**
                # — Orientar la decisión pública", is named by the bold and stated after it); so
                # do a colon and a parenthesis ("**O1 — Baseline consolidata**: costi …")
                text = head
        words = text.sub(list(range(label.start, len(text.plain)))) if label.start else text
        inline = INLINE_KRS.search(words.plain)
        listed: list[Text] = []
        if inline is not None and inline.start():
            # "**Objective 1:** Percepat penanganan laporan. (KR: 100% laporan …; 90% …)." —
            # its key results, in a parenthesis that names them, split where it lists them
            part = words.sub(list(range(inline.start("krs"), inline.end("krs"))))
            listed = split_at(part, list(SEMICOLON.finditer(part.plain)))
            words = words.sub(list(range(inline.start())))
        cleaned = T.clean_objective(words.plain)
        if not cleaned.text or T.placeholder(cleaned.text):
            return None  # ("[Your objective here]": a template's blank)
        clean = words.sub(cleaned.index)
        all_fields = {**label.fields, **cleaned.fields, **(fields or {})}
        section = self.section()
        if section:
            all_fields.setdefault("section", section)
        obj = Objective(
            text=cleaned.text,
            span=span_of(clean),
            id="",
            fields=all_fields,
            period=self.period(),
            source_map=source_map_of(clean),
        )
        if goal_label(label):
            self.goal_labelled.add(id(obj))  # ("目标：一天内完成可演示作品。": no ID to show it)
        self.add_objective(obj)
        naming, self.naming = self.naming, True
        for item in listed:
            self.add_key_result(obj, item, T.parse_label(item.plain))
        self.naming = naming
        return obj

    def add_objective(self, obj: Objective) -> None:
        if self.in_okrs_named():
            self.in_named_okrs.add(id(obj))
        self.under_heading[id(obj)] = next(
            (s.title for s in reversed(self.scopes) if s.title and s.owner is not obj), ""
        )
        self.index_objective(obj, obj.text, self.under_heading[id(obj)])
        self.file.objectives.append(obj)
        for scope in self.scopes:
            scope.latest = obj

    def stated(
        self, obj: Objective, words: Text, same_id: bool = False, names: bool = False
    ) -> None:
        """The labelled line that states an objective its heading named: its `statement`; and
        its words, where the heading only names it ("### Goal 1 — Team Cadence", "#### OKR 1:
        Increase digital engagement" then "**Objective:** Build a weekly rhythm that …": the
        name is kept as `name`), where the line repeats the heading's ID with its words
        (`same_id`: "### OKR1 → NSM → KPIs" then "**OKR1: Schnelle Kaufempfehlung**") or where
        the caller knows the heading gives only an ID and a name (`names`)."""
        cleaned = T.clean_objective(words.plain)
        if not cleaned.text:
            return
        obj.fields.setdefault("statement", cleaned.text)
        # (a heading labelled as the objective, "## O4: Master AI-assisted development", is
        # the objective; one labelled as a goal or an OKR names it)
        named = not re.match(r"(?i)(?:o|obj|objective)\b|o\d", str(obj.fields.get("label", "")))
        if names or (
            named
            and ("label" in obj.fields or names_a_group(obj.text))
            and (
                (same_id and len(cleaned.text.split()) > 1)
                or (
                    # (a short name in a script written with spaces, any language: "OKR 1 —
                    # Mapear a Desigualdade Fiscal entre Municípios" over "**Objective:** Gerar
                    # uma visão clara …")
                    not UNSPACED_LETTER.search(obj.text)
                    and len(obj.text.split()) <= 6
                    and len(cleaned.text.split()) > max(4, len(obj.text.split()))
                )
                or (
                    # (… and in one written without spaces, counted in characters: "## OKR 0
                    # 完成度" over "**Objective**: 搭建完善的技术平台,让Agent可以正常运行")
                    UNSPACED_LETTER.search(obj.text) is not None
                    and len(obj.text) <= _SHORT_UNSPACED_NAME
                    and len(cleaned.text) >= 2 * max(len(obj.text), _SHORT_UNSPACED_NAME // 2)
                )
            )
        ):
            clean = words.sub(cleaned.index)
            obj.fields["name"] = obj.text
            obj.text, obj.span, obj.source_map = cleaned.text, span_of(clean), source_map_of(clean)
            self.index_objective(obj, obj.text)

    def index_objective(self, obj: Objective, *names: str) -> None:
        """Index an objective's words and the names it goes by (its heading's too)."""
        self.by_words.setdefault(obj.text.casefold(), []).append(obj)
        for name in names:
            for word in name_words(name):
                self.name_words.setdefault(word, set()).add(self.names)
            self.names += 1

    def materialise(self, owner: Owner) -> Objective | None:
        if isinstance(owner, Pending):
            if owner.objective is None:
                cleaned = T.clean_objective(owner.text.plain)
                if not cleaned.text or T.placeholder(cleaned.text):
                    return None
                clean = owner.text.sub(cleaned.index)
                fields = {**cleaned.fields, **owner.fields}
                section = self.section(owner)
                if section:
                    fields.setdefault("section", section)
                owner.objective = Objective(
                    text=cleaned.text,
                    span=span_of(clean),
                    id="",
                    fields=fields,
                    period=owner.period,
                    source_map=source_map_of(clean),
                )
                self.add_objective(owner.objective)
                if owner.goal:
                    self.goal_labelled.add(id(owner.objective))
            return owner.objective
        return owner

    def add_key_result(
        self,
        owner: Owner,
        text: Text,
        label: T.Label,
        extra: dict[str, Any] | None = None,
        trailing_name: bool = False,
    ) -> KeyResult | None:
        """A key result from a line: its words after the label, cleaned of IDs, status notes,
        owners and emoji, each character still pointing at the source."""
        if STRUCK.match(text.plain, label.start):
            return None  # "~~Production site deployed~~ REMOVED": struck out by its author
        cleaned = T.clean_key_result(text.plain[label.start :], base=label.start)
        if trailing_name:
            cleaned = T.strip_trailing_name(cleaned)
        if (
            not cleaned.text
            or not any(ch.isalnum() for ch in cleaned.text)
            or T.placeholder(cleaned.text)
        ):
            return None  # nothing to judge: no words, or a template's blank ("[Key result]")
        fields = {**label.fields, **cleaned.fields, **(extra or {})}
        ident = fields.get("label")
        labelled = label.kind == T.KEY_RESULT or bool(
            ident and T.parse_label(f"{ident}: x").kind == T.KEY_RESULT
        )
        qualified = (
            (self.period(), id_key(ident))
            if labelled and isinstance(ident, str) and QUALIFIED_KR_ID.search(ident)
            else None
        )
        section = self.okr_section()
        if (
            qualified in self.qualified_ids
            and objective_number(owner) != objective_part(str(ident))
            # (a section of OKRs of its own numbers them afresh: "### Engineering Team OKRs"
            # after the company's, "KR 1.1" again under another objective)
            and (section is None or section == self.qualified_ids[qualified])
        ):
            # "KR0.1", "O1-KR1" again further down, not under its own objective (a milestone's
            # "derived" key results, a risk table): an ID that names its objective is the
            # file's once — this restates that key result, it is not another (nor does it make
            # its heading an objective). Under an objective of that number it is another
            # period's or team's numbering.
            return None
        served = SERVES.fullmatch(str(fields.get("name", ""))) if label.kind else None
        named = self.objective_named(served.group("id")) if served else None
        if named is not None:
            # "**KR1 (针对O1):** …", "KR2 (for O2): …" under "## Key Results", the objectives
            # listed above them: the key result of the objective its bracket names
            owner = named
            fields.pop("name")
        obj = self.materialise(owner)
        if obj is None and owner is None and label.kind == T.KEY_RESULT:
            # (only the heading right above them: not one a section of notes came under since)
            heading = self.scope.stands_in
            obj = self.materialise(heading) if heading is not None else None
        if obj is None:
            self.skip(text)
            return None
        if qualified is not None:
            self.qualified_ids.setdefault(qualified, section)
        clean = text.sub(cleaned.index)
        if labelled:
            # unlabelled items after these are not KRs (an ID beside a table row labels it too)
            obj.fields["_labelled_krs"] = True
        kr = KeyResult(
            text=cleaned.text,
            span=span_of(clean),
            id="",
            fields=fields,
            source_map=source_map_of(clean),
        )
        if labelled:
            self.labelled_kr_ids.add(id(kr))
        if labelled or self.naming or self.scope.after == ROLE_KRS:
            self.krs_named.add(id(obj))
        if self.in_okrs_named():
            # ("## Objective" over its statement, then "### April OKRs" over its key results'
            # table: the objective of key results read where the file names its OKRs is one)
            self.in_named_okrs.add(id(obj))
        obj.key_results.append(kr)
        words = kr.text.casefold()
        self.kr_owners.setdefault(words.rstrip(" ."), obj)
        for m in re.finditer(r"(?=[\s(（:：])|$", words):
            self.kr_prefixes.setdefault(words[: m.start()].rstrip(), set()).add(obj.period)
        self.recent_krs.append(kr.text)
        return kr

    def skip(self, text: Text) -> None:
        self.skipped.items += 1
        if self.skipped.first is None:
            self.skipped.first = text.line + 1

    def read_before(self, texts: list[str]) -> bool:
        """Two or more texts, (nearly) each the words of a key result read earlier in the file
        (or their start: "… 완료" for "… 완료(5/31 추가)", a note the list added after them), in
        this period if the section names one ("## Q4 2020 OKRs" may set the key results of
        "## Q1 2021 OKRs" again: another quarter's, not their review)."""
        said = [T.clean_key_result(t).text.casefold() for t in texts if t.strip()]
        period = self.period()
        known = sum(
            1
            for t in said
            if t and t in self.kr_prefixes and (period is None or period in self.kr_prefixes[t])
        )
        # (three in four will do: a review's cell may word one differently, "<4 hr")
        return len(said) >= 2 and known >= 2 and 4 * known >= 3 * len(said)

    def repeated_key_result(self, text: str) -> Objective | None:
        """The objective of the key result read earlier in these very words (a full stop
        aside), if one was: a heading that repeats it opens its details."""
        words = T.clean_key_result(text).text.casefold().rstrip(" .")
        return self.kr_owners.get(words) if words else None

    def cites_read_ids(self, texts: list[str]) -> bool:
        """Cells that hold only IDs of key results read earlier, IDs that name their objective
        ("KR2.1", "KR2.2, KR2.3", "—"), one of them more than once or several in a cell: a
        table that points at those key results ("| Feature | Spec | Primary KR |"), not new
        ones (an ID column beside the words, "| KR1 | Описание |", names each row once)."""
        cited: list[str] = []
        several = False
        for text in texts:
            found = KR_REF.findall(text)
            if KR_REF.sub("", text).strip(" ,;/&+—–-"):
                return False  # words of its own
            several = several or len(found) > 1
            cited += found
        if not cited or not all(QUALIFIED_KR_ID.search(ident) for ident in cited):
            return False
        if not several and len({id_key(ident) for ident in cited}) == len(cited):
            return False
        read = {
            id_key(str(kr.fields.get("label", "")))
            for obj in self.file.objectives
            for kr in obj.key_results
        }
        return all(id_key(ident) in read for ident in cited)

    def names_read_key_results(self, texts: list[str]) -> bool:
        """Two or more short names, each of whose words are all in one of the key results read
        last ("MAPE ≤ 15%" for "Lograr un MAPE ≤ 15% en predicción de tiempos"): a review."""
        said = [name_words(T.clean_key_result(t).text) for t in texts if t.strip()]
        if len(said) < 2 or not all(0 < len(words) <= 6 for words in said):
            return False
        read = [name_words(kr) for kr in self.recent_krs]
        return all(any(words <= kr for kr in read) for words in said)

    def names_read_objectives(self, texts: list[str]) -> bool:
        """Two or more texts, each a short name whose words are all in the words, the name or
        the section heading of an objective read earlier ("Contacts flat" for "## 5. Keep
        Support Contacts Flat"; "Obj 1: Research & Benchmark", its label aside)."""
        said = {name_words(T.clean_objective(unlabelled(t)).text) for t in texts}
        said.discard(frozenset())

        def known(words: frozenset[str]) -> bool:
            having = sorted((self.name_words.get(w, set()) for w in words), key=len)
            return bool(having[0].intersection(*having[1:]))

        return len(said) >= 2 and all(len(words) <= 4 and known(words) for words in said)

    def objective_named(self, label: str) -> Objective | None:
        """The objective read earlier under this ID ("O1", "Objective 1")."""
        ident = id_key(label)
        if not ident:
            return None
        return next(
            (o for o in self.file.objectives if id_key(str(o.fields.get("label", ""))) == ident),
            None,
        )
