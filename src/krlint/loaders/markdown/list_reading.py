"""Lists of OKRs: which items are objectives, key results, their details or no part of them,
read a list at a time (a Markdown list, or lines typed as one that CommonMark took for code or
a paragraph's continuation), with what one item leaves for the next (`ListState`).

The heading, paragraph and block readers (`heading_reading`, `paragraph_reading`, `reader`) build
on this layer: headings, paragraphs and the document around the lists are theirs; a paragraph
folded into an item is read through `paragraph_lines`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from markdown_it.tree import SyntaxTreeNode

from krlint import measures
from krlint.loaders import okr_text as T
from krlint.loaders.markdown.html_blocks import Cell
from krlint.loaders.markdown.nodes import (
    LISTS,
    code_only,
    is_link_list,
    is_table_of_contents,
    item_texts,
    plain_node,
    plain_text,
    quote_lines,
    start_number,
)
from krlint.loaders.markdown.signals import (
    ANNOUNCES,
    GOAL_WORDS,
    GT_NOTE,
    LINE_MARKER,
    MEASURE_FIELDS,
    NAMED_VALUE,
    OUTLINE_NUMBER,
    STATEMENT_FIELDS,
    UNFINISHED,
    VALUE_FIRST,
    about,
    aside,
    asks_in_bold,
    bold_name,
    clause,
    is_prose,
    joins,
    labels_okrs,
    names_a_group,
    page_name,
    states_in_field,
    target_field_name,
)
from krlint.loaders.markdown.state import (
    ROLE_DETAILS,
    ROLE_IGNORE,
    ROLE_KRS,
    ROLE_NONE,
    ROLE_OBJECTIVE,
    ROLE_OBJECTIVES,
    Owner,
    Pending,
    Scope,
    has_key_results,
)
from krlint.loaders.markdown.table_reading import TableReading
from krlint.loaders.markdown.tables import (
    METRIC_HEADERS,
    labelled_parts,
    list_header,
    listed_key_results,
)
from krlint.loaders.markdown.text import (
    Text,
    all_bold,
    joined_text,
    run_on_key_results,
    squash,
)
from krlint.model import Objective

# Up to this many characters a document's blocks are parsed once and held for both of the
# reader's passes (~60 MB of tokens and tree per million characters); a larger one is parsed
# again for the second pass rather than held (a 6.8 MB document: ~2.6 s more, ~370 MB less).


class ListReading(TableReading):
    """How the reader reads a list of items (objectives, key results, their details)."""

    def paragraph_lines(
        self, node: SyntaxTreeNode, lines: list[Text], following: SyntaxTreeNode | None
    ) -> None:
        """Read lines as a paragraph's: the paragraph reader's (`paragraph_reading`), for the lines
        CommonMark folded into a list item."""
        raise NotImplementedError

    def restated_objective(self, text: Text) -> Objective | None:
        """An objective read earlier in these words, still without key results: a summary
        list's, which the words say again above its key results."""
        words = T.clean_objective(text.plain).text.casefold()
        return next(
            (
                o
                for o in self.by_words.get(words, ())
                if not o.key_results and o.text.casefold() == words
            ),
            None,
        )

    def awaited(self, scope: Scope, line: Text) -> None:
        """The words of a generic heading: `### Objective` then the statement below it."""
        label = T.parse_label(line.plain)
        if scope.awaiting == "objective":
            obj = self.new_objective(line, label, scope.pending_fields)
            if isinstance(scope.owner, Pending) and scope.owner.objective is None:
                scope.owner.objective = obj  # the heading's scopes above share its statement
            scope.owner = obj
            scope.from_heading = True
            if scope.after == ROLE_IGNORE:
                scope.after = None  # an objective stated ends what a label set aside
        else:
            self.add_key_result(scope.owner, line, label, scope.pending_fields)
        scope.awaiting = None

    def groups_statements(self, item: Item) -> bool:
        """An item that only names a group ("Features", "Runtime support": a word or two, no
        number, not an order such as "Improve docs") with key results beneath it (two or more,
        most of them saying something or stating a number)."""
        name = item.text.plain.strip(" :")
        if (
            not name
            or len(name.split()) > 2
            or any(ch.isdigit() for ch in name)
            or clause(name.split()[0])
            or T.section_kind(name) is not None
        ):
            return False
        texts = [t for sub in item.nested for t in item_texts(sub)]
        said = sum(1 for t in texts if clause(t) or measures.has_number(t))
        return len(texts) >= 2 and 2 * said > len(texts)

    def field_states(self, node: SyntaxTreeNode) -> bool:
        """A list of a key result's fields, one of which holds its statement ("- **Content:**
        85% of advisers …", "- **Why:** …")."""
        return any(
            item is not None and states_in_field(item.text)
            for item in (Item.of(self, child) for child in node.children)
        )

    def statements_listed(self, node: SyntaxTreeNode) -> bool:
        """A list of statements beneath a heading that names a key result ("## Key Result 3:
        Reading" then "* Read and review a book a month."): items with no label and no plan
        field or status of their own ("Progress: 40%", "On track"), not only links, and not
        checkboxes ("### KR1: MVP deliverables" then "- [x] Basic web interface": the tasks
        that deliver the key result the heading names)."""
        texts = item_texts(node)
        labels = [T.parse_label(t) for t in texts]
        return (
            bool(texts)
            and not is_link_list(node)
            and all(
                label.kind is None
                and "done" not in label.fields
                and T.field_of(t) is None
                and not T.is_status(t)
                for t, label in zip(texts, labels, strict=True)
            )
        )

    def in_okr_section(self) -> bool:
        """Under a heading that names a period ("### Q3") or OKRs ("# OKRs", "## Objectives"),
        where a careful reader expects objectives."""
        return self.period() is not None or any(
            s.keep or (s.title and T.section_kind(s.title) in (T.CONTAINER, T.OBJECTIVES))
            for s in self.scopes
        )

    def parents(self, item: Item) -> bool:
        """An item over items whose key results are labelled beneath them: a parent of
        objectives (a cascade: the CEO's over the teams'), not an objective whose key results
        are the items (those are objectives, each with its own)."""
        return any(
            _labels_key_results(self.nested_of(child))
            for sub in item.nested
            for child in sub.children
            if _words_of(child) is not None
        )

    def nested_of(self, node: SyntaxTreeNode) -> list[SyntaxTreeNode]:
        """The lists nested in a list item: its own, and those `adopt` moved under it."""
        return [c for c in node.children if c.type in LISTS] + self.adopted.get(id(node), [])

    def items_of(self, node: SyntaxTreeNode) -> list[Item]:
        """The items of a Markdown list."""
        return [
            item for list_item in node.children if (item := Item.of(self, list_item)) is not None
        ]

    def read_list(
        self,
        node: SyntaxTreeNode,
        owner: Owner | str = "scope",
        role: str | None = None,
        following: SyntaxTreeNode | None = None,
    ) -> None:
        """Read one list. `owner` is who unlabelled items belong to ("scope": the section's);
        `following` is the block after a top-level list."""
        if is_table_of_contents(node):
            return
        if (
            is_link_list(node)
            and (role or self.role()) != ROLE_OBJECTIVES
            and not isinstance(self.nearest_objective() if owner == "scope" else owner, Objective)
        ):
            # resources, references, a reading list — items that are only links, to anywhere —
            # are never key results, unless an objective the author labelled lists them
            return
        if self.read_folded_lines(node, owner, role) or self.read_outline(node):
            return
        if self.read_headed_list(node):
            return
        items = self.items_of(node)
        scope = self.scope
        if (
            owner == "scope"
            and scope.awaiting
            and scope.role != ROLE_IGNORE
            and len(items) == 1 == len(node.children)
            and not items[0].nested
            and items[0].label.kind is None
        ):
            # "## Objective" then a single bullet: the statement, set in a list
            self.awaited(scope, items[0].text)
            return
        if owner == "scope" and self.objective_dash_key_result(items):
            return
        opening = _statement_items(items, following) if owner == "scope" else 0
        if opening and scope.awaiting == "objective" and scope.role != ROLE_IGNORE:
            # "## 4. Objective" then "- Ship a demoable MVP …" and "- **Key Results:**" with
            # its list (or a list of its own after "**Key Results**"): the bullets before the
            # key results state the objective, one sentence each
            self.awaited(scope, joined_text(*_spaced([item.text for item in items[:opening]])))
            if opening < len(items):
                self.read_items(items[opening:], owner, role)
            return
        if (
            owner == "scope"
            and scope.awaiting == "key_result"
            and scope.named is not None
            and scope.role != ROLE_IGNORE
        ):
            stated = next((item for item in items if states_in_field(item.text)), None)
            if stated is not None:
                # "### KR1: Leading indicator" then "- **Content:** 85% of advisers …",
                # "- **Why:** …": the field that holds the statement is the key result; the
                # other fields are its details
                words = stated.text.after_bold_end()
                label = T.parse_label(words.plain.lstrip(" :："))
                self.add_key_result(scope.owner, words, label, dict(scope.pending_fields))
                scope.awaiting, scope.named = None, None
                scope.after = ROLE_DETAILS
                return
            target = target_of_fields(items)
            if target is not None:
                # "#### 1. Funds secured to finance the Foundation" then "* Baseline: € 2
                # million", "* Target: € 3 million": the heading's key result, to that target
                self.complete_named(scope, ": ", target)
                return
            measured = measure_of_fields(items)
            if measured is not None:
                # "#### KR1.1: 扩展算法套件" then its tasks and "- **衡量标准**: 3 个新模块 +
                # 100 tests": the heading's key result, as that field measures it
                self.complete_named(scope, " — ", measured)
                return
            if items and all(
                T.field_of(item.text.plain, bold_label=item.text.bold_label) is not None
                and not measures.has_number(item.text.plain)
                for item in items
            ):
                # "### KR1: Consolidate branches" then "- **Keep:** main", "- **Delete:** …":
                # fields with no number detail the key result the heading states
                self.unname(scope)
                scope.after = ROLE_DETAILS
                return
            if items and self.statements_listed(node) and not self.kr_headings_state:
                # "## Key Result 3: Reading" then "* Read and review a book a month." with its
                # sub-bullets: each item states the key result the heading names; theirs are
                # detail (not where most such headings state theirs: "### KR-5：重建 lateral
                # law" over its details, as "### KR-4：重建 G、AOA 與 CAT protection" is)
                for item in items:
                    self.add_key_result(
                        scope.owner, item.text, item.label, dict(scope.pending_fields)
                    )
                scope.awaiting, scope.named = None, None
                return
        if owner == "scope" and scope.awaiting == "key_result" and scope.named is None and items:
            # "**关键结果**：" (one word for "key result" and "key results") then a list: the
            # list is what the label announced, not the paragraph after it
            scope.awaiting = None
        self.read_items(items, owner, role)

    def objective_dash_key_result(self, items: list[Item]) -> bool:
        """A list, right under a heading that names the OKRs, whose every item is an objective,
        a spaced dash, then its key result with its number ("- Reduce user friction in managing
        AI tasks – 40% reduction in tool-switching time"): an objective and its key result
        each. Any label, nested list or item without the pair, and the list is read as any
        other."""
        scope = self.scope
        if (
            len(items) < 2
            or scope.okrs_from is None
            or scope.owner is not None
            or self.role() == ROLE_IGNORE
        ):
            return False
        pairs = [_dashed_pair(item) for item in items]
        if not all(pairs):
            return False
        for pair in pairs:
            assert pair is not None
            words, measured = pair
            obj = self.new_objective(words, T.parse_label(words.plain))
            if obj is not None:
                self.add_key_result(obj, measured, T.parse_label(measured.plain))
        return True

    def read_headed_list(self, node: SyntaxTreeNode) -> bool:
        """A table typed as a list: the first item names the columns ("Objective / Key Result
        Owner(s) Score", `tables.list_header`), each item beneath is an objective and the
        items nested under it its key results. The columns after the key result are its
        fields, not its words: a key result that opens with a link (to its details further
        down) is the link's words, and the owners and score after it are dropped."""
        if len(node.children) < 2:
            return False
        header = Item.of(self, node.children[0])
        names = list_header(header.text.plain) if header is not None and not header.nested else None
        if names is None:
            return False
        if self.role() == ROLE_IGNORE:
            if not self.okr_columns_first(names):
                return False
            self.end_ignored()  # ("## Overview" over the list: where the author put the OKRs)
        for list_item in node.children[1:]:
            item = Item.of(self, list_item)
            obj = self.new_objective(item.text, item.label) if item is not None else None
            if obj is None or item is None:
                continue
            for sub in item.nested:
                for kr_item in sub.children:
                    kr = Item.of(self, kr_item)
                    if kr is not None:
                        words = _linked_words(kr_item, kr.text)
                        self.add_key_result(obj, words, T.parse_label(words.plain))
        return True

    def read_outline(self, node: SyntaxTreeNode) -> bool:
        """Under OKRs, a numbered outline typed without indents ("1. [X] Set up the blog" then
        "1.1. [X] Put the blog online", "1.2. …"): CommonMark folds each item's sub-numbered
        lines into its paragraph; every item with lines numbered under it is an objective, and
        the lines are its key results."""
        if len(node.children) < 2 or self.role() == ROLE_IGNORE:
            return False
        outlined: list[tuple[Text, list[Text]]] = []
        for number, list_item in enumerate(node.children, start=start_number(node)):
            first = next((c for c in list_item.children if c.type == "paragraph"), None)
            if (
                first is None
                or len(list_item.children) > 1
                or first.map is None
                or first.map[1] - first.map[0] < 2  # (most items are one line: no outline)
            ):
                return False
            lines = self.text_of(first).lines()
            subs = [OUTLINE_NUMBER.match(line.plain) for line in lines[1:]]
            if not subs or not all(m and int(m.group(1)) == number for m in subs):
                return False
            outlined.append(
                (
                    lines[0],
                    [
                        line.sub(list(range(m.end(), len(line.plain))))
                        for line, m in zip(lines[1:], subs, strict=True)
                        if m
                    ],
                )
            )
        if not self.in_okr_section():
            return False
        for line, krs in outlined:
            obj = self.new_objective(line, T.parse_label(line.plain))
            for kr in krs:
                self.add_key_result(obj, kr, T.parse_label(kr.plain))
        return True

    def read_folded_lines(self, node: SyntaxTreeNode, owner: Owner | str, role: str | None) -> bool:
        """Lines typed under a list item without a blank line ("1. Corporate level" then
        "OKR 1: Grow …", "KR1.1: …"): CommonMark folds them into the item's paragraph, but two
        or more of them labelled as objectives or key results are lines of their own, read as
        a paragraph's lines after the item's first line. So is one labelled key result under
        an item that is a labelled key result itself ("* KR4.1 70% component reuse" then "KR4.2
        New form configuration ≤ 6 weeks") or a labelled objective ("- **O2:** Grow." then
        "KR: revenue · NPS"). So are such lines written as paragraphs of the item, a blank
        line apart ("- O:  Hiring" then "    KR:  Hire 2 engineers" indented beneath it)."""
        folded: dict[int, tuple[SyntaxTreeNode, list[Text], list[SyntaxTreeNode]]] = {}
        for n, list_item in enumerate(node.children):
            paragraphs = [c for c in list_item.children if c.type == "paragraph"]
            first = paragraphs[0] if paragraphs else None
            if first is None or first.map is None:
                continue
            lines = self.text_of(first).lines()
            later = [
                par
                for par in paragraphs[1:]
                if T.parse_label(self.text_of(par).lines()[0].plain).kind
                in (T.OBJECTIVE, T.KEY_RESULT)
            ]
            if first.map[1] - first.map[0] < 2 and not later:
                continue  # (most items are one line: nothing folded into them)
            labelled = kr_lines = 0
            for line in lines[1:] + [ln for par in later for ln in self.text_of(par).lines()]:
                label = T.parse_label(line.plain)
                labelled += label.kind in (T.OBJECTIVE, T.KEY_RESULT) and bool(label.text)
                kr_lines += label.kind == T.KEY_RESULT and bool(label.text)
            head = T.parse_label(lines[0].plain) if lines else None
            if labelled >= 2 or (
                kr_lines >= 1
                and head is not None
                and head.kind in (T.KEY_RESULT, T.OBJECTIVE)
                and bool(head.text)
            ):
                folded[n] = (first, lines, later)
        if not folded:
            return False
        # every item is read in the list's role, not in the one the lines folded into the
        # item above left behind (its key results' details)
        role = role or self.role()
        for n, list_item in enumerate(node.children):
            item = Item.of(self, list_item)
            if n in folded:
                first, lines, later = folded[n]
                line = lines[0]
                nested = item.nested if item is not None else []
                item = Item(line, T.parse_label(line.plain), nested)
            if item is not None:
                self.read_items([item], owner, role)
            if n in folded:
                first, lines, later = folded[n]
                if lines[1:]:
                    self.paragraph_lines(first, lines[1:], None)
                for par in later:
                    self.paragraph_lines(par, self.text_of(par).lines(), None)
        return True

    def read_items(
        self, items: list[Item], owner: Owner | str = "scope", role: str | None = None
    ) -> None:
        """Read the items of one list — a Markdown list, or lines its author typed as one that
        CommonMark took for code or for a paragraph's continuation (`line_item`,
        `typed_items`)."""
        scope = self.scope
        role = role or self.role()
        if owner == "scope":
            owner = (
                self.nearest_objective()
                if role in (ROLE_OBJECTIVE, ROLE_KRS, ROLE_DETAILS)
                else (scope.owner if role == ROLE_NONE else None)
            )
        assert not isinstance(owner, str)
        # "**Why this objective?** It reminds the team …": a reason, never a key result
        items = [part for item in items if not asks_in_bold(item.text) for part in _run_on(item)]
        if not items:
            return
        items = _unnamed(items)
        group = self.group(named=True) if owner is None and role == ROLE_NONE else None
        if (
            group is not None
            and (group.okr or group.named)
            and any(i.label.kind == T.KEY_RESULT for i in items)
        ):
            # "#### OKR: Win against GitHub" (or "### Phase 1 OKRs (Personal Utility)") over
            # "1. KR: …" items: the heading stands in as the objective of the key results
            # labelled beneath it, as over "### KR 1" headings
            owner = group
        elif (
            group is not None
            and group.area
            and not any(i.nested or i.label.kind is not None for i in items)
            and any(measures.has_number(i.text.plain) for i in items)
        ):
            # "## Security OKRs" over "1. **Memory-safe drivers** – 100% of new drivers …":
            # a flat list that states numbers, the key results of the area the heading names
            owner, role = group, ROLE_OBJECTIVE
        elif (
            group is not None
            and group.named
            and len(items) >= 3
            and not any(i.nested or i.label.kind is not None for i in items)
            and all(measures.is_measurable(i.text.plain) for i in items)
        ):
            # "### MVP OKRs (First 90 Days)" over "- 100 registered users within 60 days",
            # "- $500 MRR by day 60" …: each item can be scored, so each is a key result of the
            # OKRs the heading names
            owner, role = group, ROLE_OBJECTIVE
        # a list of bold-labelled plan fields ("**Rationale:** …", "**Things we could do:** …"),
        # not of key results with bold names ("**Workshop for users:** Plan a workshop …")
        bold_labelled = [item for item in items if item.text.bold_label]
        # a list announced as key results ("**Key Results:**") whose every item states a number
        # names its metrics, in bold or not ("**NPS Score:** 50+", "Referrals: 15% of new
        # users"): none of them is a plan field
        metrics_named = (
            role == ROLE_KRS
            and scope.after == ROLE_KRS
            and all(measures.has_number(item.text.plain) for item in items)
        )
        fields_list = (
            len(bold_labelled) >= 2
            and not metrics_named
            and (
                any(T.names_a_field(item.text.plain) for item in bold_labelled)
                # ("- **关键结果**：" with the key results nested beneath it, beside "-
                # **优化重点**：…" and "- **预期收益**：…": the other labels are the plan's fields)
                or any(item.label.kind == T.KEY_RESULTS and item.nested for item in bold_labelled)
                or (
                    # under a heading of a word or two that is an objective only if key results
                    # turn up beneath it ("Follow-up"), a list that is all "**Label**: …" entries
                    # with no number anywhere is a definition list ("**Every Monday**: the PM
                    # updates …"), not key results with bold metric names ("**Activation:** 30%
                    # to 45%")
                    isinstance(owner, Pending)
                    and owner.objective is None
                    and len(owner.text.plain.split()) <= 2
                    and len(bold_labelled) == len(items)
                    and not any(measures.has_number(item.text.plain) for item in items)
                )
            )
        )
        # "- Role: …", "- Goal: Convert leads …", "- Pain point: …": a card's fields, its goal
        # among them — not an objective, which comes before its key results
        card_goals = _goals_among_fields(items)
        if card_goals:
            items = [item for n, item in enumerate(items) if n not in card_goals]
        if 2 * sum(1 for item in items if about(item.text.plain)) >= len(items) > 0 and not any(
            _nests_okrs(item) for item in items
        ):
            # most items are sentences about OKRs or questions ("Key Results are a set of
            # metrics …", "Each team identifies their top objective", "Why this one?"): a text
            # about the method, all of it
            return
        if (owner is None or (isinstance(owner, Pending) and owner.objective is None)) and is_prose(
            [item.text.plain for item in items]
        ):
            # where no objective is read yet (a heading that is one only if key results turn up
            # beneath it), items that run to several sentences are prose — rules, principles,
            # a diary's points — not key results, nor items skipped for want of an objective
            return
        if (
            isinstance(owner, Pending)
            and owner.objective is None
            and not owner.generic
            and role == ROLE_OBJECTIVE
            and names_a_group(owner.text.plain)
            and _objectives_with_key_results(items)
        ):
            # "## Marketing" then "1. Scale awareness …" with "- Monthly organic traffic +30%"
            # beneath each: a team's section of objectives, each with its key results
            owner.keep = False
            for item in items:
                obj = self.new_objective(item.text, item.label)
                for sub in item.nested:
                    self.read_list(sub, obj, ROLE_OBJECTIVE)
            return
        # an objective whose key results came labelled ("KR1: …") earlier takes no unlabelled
        # items from a later list: those are notes (a list in the same list is its key results)
        labelled_krs = (
            isinstance(owner, Objective) and bool(owner.fields.get("_labelled_krs"))
        ) or (
            # a heading over only unlabelled items, in a file that labels its key results
            self.labels_krs
            and isinstance(owner, Pending)
            and owner.objective is None
            and not any(i.label.kind == T.KEY_RESULT for i in items)
        )
        state = ListState(
            scope,
            role,
            owner,
            fields_list,
            self.owner_suffixes,
            labelled_krs=labelled_krs,
            metrics_named=metrics_named,
        )
        for n in range(len(items)):
            if n >= state.consumed:  # (not the items that completed a sentence above them)
                self.read_item(n, items, state)

    def read_item(self, n: int, items: list[Item], state: ListState) -> None:
        """One item of a list: structure (a section, notes, a field), a labelled objective or
        key result, or an unlabelled item — a key result unless its place says otherwise."""
        if not (self.structural_item(items[n], state) or self.labelled_item(items[n], state)):
            self.unlabelled_item(n, items, state)

    def structural_item(self, item: Item, state: ListState) -> bool:
        """Whether the item is structure rather than an objective or a key result of its own (a
        section that holds OKRs, notes, an objective restated, a list of key results, a field),
        and if so read it."""
        scope, role = state.scope, state.role
        text, label = item.text, item.label
        if (
            item.nested
            and (
                T.section_kind(text.plain.strip(" :：")) == T.CONTAINER
                # ("- Summary of top objectives:" over "**Objective 1:** …" with its KRs)
                or (label.kind not in (T.OBJECTIVE, T.KEY_RESULT) and _nests_okrs(item))
                # ("1. **CEO: Standard developer platform**" over "1. **Web: Make search
                # accessible**" over "1. Web KR: …": a parent of objectives)
                or (label.kind not in (T.OBJECTIVE, T.KEY_RESULT) and self.parents(item))
            )
            and not any(s.guide for s in self.scopes)
            # ("1. OKR [Support joint product goals](…) => 75%" over "1. KR: …" items: the
            # objective of those key results)
            and not item.labelled_key_results()
        ):
            # "* **Business Objectives & Key Results (OKRs):**" with "* **Objective:** …"
            # nested beneath: the section that holds the OKRs, set as a list item (inside
            # one about something else too, as a heading that names them would be)
            for sub in item.nested:
                self.read_list(sub, None if role == ROLE_IGNORE else state.owner, ROLE_NONE)
            return True
        if role == ROLE_IGNORE and not (
            label.kind == T.OBJECTIVE
            and label.text
            and _labels_kind(item.nested, T.KEY_RESULTS)
            and not any(s.guide for s in self.scopes)
        ):
            # (but "**TEST:**" over "- Objective: Test each part" with "- KRs:" and its list
            # nested beneath: an objective and its key results, labelled as such, are OKRs in
            # whatever section they are written)
            return True
        restated = self.restated_objective(text) if item.nested else None
        if restated is not None:
            # "### Objectives" listing three, then "### Key results" with "1. <the first
            # again> (aspirational KR)" over its key results: the objective is where its key
            # results are, not a second one
            self.file.objectives = [o for o in self.file.objectives if o is not restated]
            said = restated.text.casefold()
            self.by_words[said] = [o for o in self.by_words[said] if o is not restated]
            obj = self.new_objective(text, label)
            for sub in item.nested:
                self.read_list(sub, obj, ROLE_OBJECTIVE)
            return True
        if role == ROLE_DETAILS and not (
            label.kind == T.KEY_RESULT and label.text and scope.after == ROLE_DETAILS
        ):
            return True
        found = (
            None
            if (
                label.kind in (T.OBJECTIVE, T.KEY_RESULT)
                and not (state.fields_list and label.name.lower() == "goal")
            )
            or state.metrics_named
            else T.field_of(text.plain, bold_label=state.fields_list and text.bold_label)
        )
        if label.kind == T.KEY_RESULTS and label.text and not item.nested:
            listed = listed_key_results(text, label)
            if isinstance(state.owner, Objective) and listed:
                # "- Objective: Reliable routes" then "- KRs: On-time 90%; Drive time -15%":
                # the key results listed on the label's own line, as a paragraph lists them
                for part in listed:
                    self.add_key_result(state.owner, part, T.parse_label(part.plain))
                state.labelled_krs = True  # (the items after them are notes: "- Contribution:")
                return True
        if label.kind == T.KEY_RESULTS:
            naming, self.naming = self.naming, True
            for sub in item.nested:  # "Key results: Martin, Sam" with the list beneath
                self.read_list(sub, state.owner, ROLE_KRS)  # (an objective once one is read there)
            self.naming = naming
            return True
        if not item.nested and T.empty_field(text.plain):
            return True  # "- Blockers:" in a template: nothing to read, nothing skipped
        if found is not None:
            obj = state.owner if isinstance(state.owner, Objective) else None
            if obj is not None and found[1]:
                obj.fields.setdefault(found[0], found[1])
            return True
        return False

    def labelled_item(self, item: Item, state: ListState) -> bool:
        """Whether the item is labelled an objective or a key result, and if so read it (with the
        statement beneath a bare label)."""
        scope = state.scope
        text, label = item.text, item.label
        stated = (
            Item.of(self, item.nested[0].children[0])
            if label.kind in (T.OBJECTIVE, T.KEY_RESULT)
            and (label.generic or page_name(label.text))
            and len(item.nested) == 1
            and len(item.nested[0].children) == 1
            else None
        )
        if stated is not None and label.kind == T.KEY_RESULT:
            # "- Key result 1:" with "- History network never drops below 99% …" beneath
            # it: the item beneath states the key result the label announces (as beneath
            # "- **KR2**: [KR2-Paquetes-Servicio](./KR2/README.md)", the name of its page)
            if state.owner is not None:
                self.add_key_result(
                    state.owner, stated.text, stated.label, dict(label.fields), state.slash_owners
                )
            return True
        if stated is not None:
            # "* **Objective**:" with "* Make posthog.com exceptional" beneath it: the
            # item beneath states the objective the label announces
            self.owns_items(self.new_objective(stated.text, stated.label), state)
            return True
        if label.kind == T.OBJECTIVE and label.text:
            heading_owner = scope.owner if scope.from_heading else None
            if (
                isinstance(heading_owner, (Objective, Pending))
                and state.owner is heading_owner
                and not has_key_results(heading_owner)
            ):
                # "### OKR 1: Deliver" then "* **Objective:** Take the new architecture
                # live": one objective, as with the same label on a line of its own
                target = self.materialise(heading_owner)
                if target is not None and "statement" not in target.fields:
                    target.fields["statement"] = label.text
                    for sub in item.nested:
                        self.read_list(sub, target, ROLE_OBJECTIVE)
                    return True
            run_on = run_on_key_results(text)
            obj = self.new_objective(run_on[0] if run_on else text, label)
            for part in labelled_parts(squash(run_on[1])) if run_on and obj else ():
                # "- O1: Close the gap — KR1: fees gone by Q2; KR2: win rate +10pp"
                self.add_key_result(obj, part, T.parse_label(part.plain))
            for sub in item.nested:
                self.read_list(sub, obj, ROLE_OBJECTIVE)
            self.owns_items(obj, state)
            return True
        if label.kind == T.KEY_RESULT and label.text:
            named = bold_name(text, label)
            if named is not None:
                statement, extra = named
                self.add_key_result(
                    state.owner,
                    statement,
                    T.parse_label(statement.plain),
                    {**label.fields, **extra},
                    trailing_name=state.slash_owners,
                )
                return True
            words = item.completed(self)
            parts = labelled_parts(words) if words is text else [words]
            for part in parts:
                self.add_key_result(
                    state.owner,
                    part,
                    label if part is words else T.parse_label(part.plain),
                    trailing_name=state.slash_owners,
                )
            return True
        return False

    def owns_items(self, obj: Objective | None, state: ListState) -> None:
        """An objective read from a labelled item owns the items after it, in this list (their
        key results are its, labelled or not) and, in a section with no role of its own, the
        paragraphs after the list."""
        state.owner = obj
        state.labelled_krs = False
        if state.role == ROLE_NONE:
            state.scope.owner, state.scope.by_paragraph = obj, True

    def unlabelled_item(self, n: int, items: list[Item], state: ListState) -> None:
        """An item with no label: an objective over key results, a group of them, or a key result
        (items nested under it are its details)."""
        role = state.role
        item = items[n]
        text, label = item.text, item.label
        if label.kind is not None or about(text.plain) or aside(text.plain):
            return  # initiatives, tasks, a bare "Objectives" line; a sentence about OKRs, a remark
        if text.bold and T.section_kind(text.plain) == T.IGNORED_SECTION:
            return  # "- **Grading notes**": notes, and its sub-items with it
        if role == ROLE_OBJECTIVES:
            if not item.nested and not self.keeps():
                return  # a goal of a summary list: an objective only with key results
            obj = self.new_objective(text, label)
            for sub in item.nested:
                self.read_list(sub, obj, ROLE_OBJECTIVE)
            return
        if (state.owner is None or state.labelled_krs) and _labels_objective(item.nested):
            # "- Operations" with "- Objective: Reliable routes" and "- KRs: …" beneath: a
            # team's group of OKRs, its objective labelled in it
            for sub in item.nested:
                self.read_list(sub, None, role)
            return
        if state.owner is None or state.labelled_krs:
            # (a bold item is an objective only where the file does not label its
            # objectives: in one that does, "1. **Configuration auditor**" with details
            # beneath is a role, a step or a rule)
            if item.nested and (
                item.labelled_key_results()
                or (text.bold and not self.labelled and not self.beyond_okrs())
                or (role == ROLE_NONE and self.keeps())
                or (role == ROLE_NONE and not self.labelled and self.titled_okrs())
            ):
                # "- Grow revenue" with "- KR: …" beneath
                obj = self.new_objective(text, label)
                for sub in item.nested:
                    self.read_list(sub, obj, ROLE_OBJECTIVE)
            elif state.owner is None:
                self.skip(text)
            return
        if item.nested and item.labelled_key_results():
            obj = self.new_objective(text, label)
            for sub in item.nested:
                self.read_list(sub, obj, ROLE_OBJECTIVE)
            return
        if item.nested and role in (ROLE_OBJECTIVE, ROLE_KRS) and self.groups_statements(item):
            # "- Robustness" with "- [ ] Peerpad handles 5 users for an hour …" beneath: a
            # group of key results under a one- or two-word name, not a key result
            for sub in item.nested:
                self.read_list(sub, state.owner, ROLE_KRS)
            return
        # an unlabelled item: a key result; items nested under it are its details
        if (
            text.bold_end is not None
            and OTHER_ID.match(text.plain)
            and any(i.label.kind == T.KEY_RESULT for i in items)
        ):
            return  # "- **NG-001**: …" after "- **KR4**: …": a non-goal, by its own IDs
        words, name = item.named()
        if name is not None or words is not item.text:
            self.add_key_result(
                state.owner,
                words,
                T.parse_label(words.plain),
                {"name": name} if name is not None else {},
                trailing_name=state.slash_owners,
            )
            return
        words = item.completed(self)
        if words is text and not item.nested and ANNOUNCES.search(text.plain):
            # "… tell us the following:" with the items beside it rather than beneath (an
            # indentation slipped): they complete it
            rest = list(itertools.takewhile(lambda i: i.label.kind is None, items[n + 1 :]))
            words = _complete(self, text, rest) or text
            state.consumed = n + 1 + len(rest) if words is not text else state.consumed
        self.add_key_result(state.owner, words, label, trailing_name=state.slash_owners)

    def indented_list(self, node: SyntaxTreeNode) -> None:
        """Lines indented by four spaces or more after a blank line turn into a code block; when
        every line at its outer indentation is a list item or a labelled key result ("- …", also
        "-…" without the space; "KR2: …"), it is what its author typed: a list. Deeper lines
        are its items' details."""
        if node.map is None or self.role() == ROLE_IGNORE:
            return  # (under a key result, only labelled key results are read: `read_items`)
        first = node.map[0]
        numbered = [
            (first + n, line) for n, line in enumerate(node.content.split("\n")) if line.strip()
        ]
        if not numbered:
            return
        indent = min(len(line) - len(line.lstrip()) for _, line in numbered)
        outer = [n for n, line in numbered if len(line) - len(line.lstrip()) == indent]
        items = [self.line_item(n) for n in outer]
        if all(item is not None for item in items):
            self.read_items([item for item in items if item is not None and item.text.plain])

    def line_item(self, number: int, *, code: bool = True) -> Item | None:
        """A source line read as a list item, or None when it does not start like one: a list
        marker (dropped; a " >note" after the words is a note) or a key result label."""
        source = self.lines[number] if number < len(self.lines) else ""
        start = len(source) - len(source.lstrip())
        marker = LINE_MARKER.match(source, start)
        if marker is None or (marker.group("tight") and not code):
            marker = None
            label = T.parse_label(source[start:])
            if label.kind != T.KEY_RESULT or not label.text:
                return None
        begin = marker.end() if marker else start
        words = source[begin:]
        note = GT_NOTE.search(words)  # not a comparator: "score of >95%"
        if note is not None and note.start() > 0:
            words = words[: note.start()]
        text = squash(Text(words, [(number, begin + k) for k in range(len(words))]))
        return Item(text, T.parse_label(text.plain), [])


# an ID of some other scheme, named in bold before an item's words: "NG-001", "ASM-2", "US-011"
OTHER_ID = re.compile(r"\s*[A-Z]{1,6}[-_]?\d{1,4}(?:\.\d{1,3})?\s*[:：]")


def _nests_okrs(item: Item) -> bool:
    """An item whose nested lists label an objective and its key results ("- Summary of top
    objectives:" over "**Objective 1:** …" with "KR1: …" beneath): it holds OKRs, whatever it
    says itself."""
    return labels_okrs([line for sub in item.nested for line in quote_lines(sub)])


# "Kết quả 1: …", "Result 2: …", "Metric 3 - …": a word and the item's number before its words
_NUMBERED_NAME = re.compile(
    r"([^\W\d_]+(?: [^\W\d_]+){0,2}) (\d{1,2})\s*(?:[:：]|\s[-–—])\s+(?=\S)"
)


def _unnamed(items: list[Item]) -> list[Item]:
    """Items that each open with the same word and their own number, counting from one
    ("*Kết quả 1:* …", "*Kết quả 2:* …"): that is each item's name, as "KR1:" would be, and not
    its words — whatever the word is in the author's language. Unlabelled items only; a label
    krlint knows ("KR 1:", "Objective 2:") is read as such."""
    if len(items) < 2 or any(item.label.kind is not None for item in items):
        return items
    found = [_NUMBERED_NAME.match(item.text.plain) for item in items]
    if any(m is None for m in found):
        return items
    names = {m.group(1).casefold() for m in found if m is not None}
    numbers = [int(m.group(2)) for m in found if m is not None]
    if len(names) != 1 or numbers != list(range(1, len(items) + 1)):
        return items
    out = []
    for item, m in zip(items, found, strict=True):
        assert m is not None
        words = item.text.sub(list(range(m.end(), len(item.text.plain))))
        out.append(Item(words, T.parse_label(words.plain), item.nested))
    return out


def _run_on(item: Item) -> list[Item]:
    """An item and the labelled objective its author wrote on the next line with no blank
    line between, which CommonMark ran on into the item ("- KR3: D30 retention above 40%" then
    "**O2: Prove willingness to pay**"): two items, the objective's own from that line."""
    text = item.text
    if item.nested or not text.bold_spans or not text.pos:
        return [item]
    for begin, _ in text.bold_spans:
        if begin[0] <= text.pos[0][0] or begin not in text.pos:
            continue
        at = text.pos.index(begin)
        rest = text.sub(list(range(at, len(text.plain))))
        label = T.parse_label(rest.plain)
        if label.kind == T.OBJECTIVE and label.text:
            head = squash(text.sub(list(range(at))))
            return [Item(head, T.parse_label(head.plain), []), Item(rest, label, [])]
    return [item]


@dataclass(slots=True)
class ListState:
    """What reading one list carries from item to item: the section it is read in, the owner of
    its key results (a labelled objective among the items becomes it), whether that objective's
    key results came labelled earlier, and how far items were taken to complete a sentence."""

    scope: Scope
    role: str
    owner: Owner
    fields_list: bool  # a list of bold-labelled plan fields ("**Rationale:** …")
    slash_owners: bool  # key results end with their owners ("… Mark/Sam")
    labelled_krs: bool
    metrics_named: bool = False  # announced as key results, each stating a number
    consumed: int = 0


@dataclass(slots=True)
class Item:
    """One list item: its first paragraph (the words) and the lists nested under it."""

    text: Text
    label: T.Label
    nested: list[SyntaxTreeNode]

    @classmethod
    def of(cls, reader: ListReading, node: SyntaxTreeNode) -> Item | None:
        """The item, or None for one without words (a nested list alone, a code block); an
        item written as a heading ("- ### Build the similarity calculator") has its words."""
        first = _words_of(node)
        if first is None:
            return None  # (or an identifier: "- `engagement_scores`", a table to create)
        text = reader.text_of(first).flat()
        label = T.parse_label(text.plain)
        if (
            label.kind is None
            and text.plain.rstrip().endswith((":", "："))
            and any(child.type == "table" for child in node.children)
        ):
            # "- **Alternatives considered** — why this job, not another:" over a table: the
            # item titles the table it holds, it says nothing of its own
            return None
        return cls(text, label, reader.nested_of(node))

    def named(self) -> tuple[Text, str | None]:
        """ "**Workshop for users [COMMITTED]:** Plan a workshop for users, …": a bold name
        before the key result's sentence is its name, not its words (a short value after a
        bold metric, "**Activation:** 30% to 45%", is the key result and keeps its metric)."""
        text = self.text
        end = text.bold_end
        if end is None or not text.bold_label:
            return text, None
        cut = next((i for i, at in enumerate(text.pos) if at > end), None)
        if cut is None:
            return text, None
        name = text.plain[:cut].strip().rstrip(":").strip()
        rest = text.plain[cut:].lstrip(" :")
        if (
            len(rest.split()) < 5
            or VALUE_FIRST.match(rest)
            or T.parse_label(text.plain).kind is not None
        ):
            # (a value first, however long its note: "**D1 Retention:** 45 % → 60 % (day 1 →
            # day 2)", "**Quest Completion Rate:** 70 % daily for beginners")
            return text, None
        if len(name.split()) >= 3 and measures.has_number(name):
            # "**1 hour of study a week**: much like last quarter, I want to …": the bold part
            # states the key result with its number; what follows is commentary on it
            return text.sub(list(range(len(text.plain[:cut].rstrip().rstrip(":").rstrip())))), None
        start = len(text.plain) - len(rest)
        return text.sub(list(range(start, len(text.plain)))), name

    def completed(self, reader: ListReading) -> Text:
        """The item's words; a sentence that ends in a colon is completed by the short phrases
        nested under it ("Finalize a template including: rules, a glossary"). Sentences nested
        under it are its details, not its words."""
        if not self.nested:
            return self.text
        return completed_by_lists(reader, self.text, self.nested) or self.text

    def labelled_key_results(self) -> bool:
        return _labels_key_results(self.nested)


def _linked_words(list_item: SyntaxTreeNode, text: Text) -> Text:
    """An item's words up to the end of the link it opens with, if it does ("[Ship CSS
    containment to beta](#o0r0) leviw 0.60"); else all of them."""
    first = _words_of(list_item)
    inline = next((c for c in first.children if c.type == "inline"), None) if first else None
    link = inline.children[0] if inline is not None and inline.children else None
    if link is None or link.type != "link":
        return text
    linked = [ch for ch in plain_text(link) if not ch.isspace()]
    k = 0
    for i, ch in enumerate(text.plain):
        if k < len(linked) and ch == linked[k]:
            k += 1
            if k == len(linked):
                return text.sub(list(range(i + 1)))
        elif not ch.isspace():
            break
    return text


def _words_of(node: SyntaxTreeNode) -> SyntaxTreeNode | None:
    """A list item's words: its first paragraph or heading, not a code block's."""
    first = next((c for c in node.children if c.type in ("paragraph", "heading")), None)
    return None if first is None or code_only(first) else first


def _labels_key_results(nested: list[SyntaxTreeNode]) -> bool:
    """Lists whose items include a labelled key result ("1. Web KR: …")."""
    return _labels_kind(nested, T.KEY_RESULT)


def _labels_objective(nested: list[SyntaxTreeNode]) -> bool:
    """Lists whose items include an objective labelled with its words ("- Objective: …")."""
    return _labels_kind(nested, T.OBJECTIVE, stated=True)


def _labels_kind(nested: list[SyntaxTreeNode], kind: str, stated: bool = False) -> bool:
    for sub in nested:
        for list_item in sub.children:
            first = next((c for c in list_item.children if c.type == "paragraph"), None)
            label = T.parse_label(plain_node(first).split("\n")[0]) if first else None
            if label is not None and label.kind == kind and (label.text or not stated):
                return True
    return False


def _objectives_with_key_results(items: list[Item]) -> bool:
    """Items that are objectives, their key results nested under them: two or more items, most
    with a list of two or more beneath, or all of them bold with a list beneath each; the items
    themselves stating no number (those are key results with their details: "- Grow MAU to
    10k" / "  - via SEO")."""
    if not items or any(item.label.kind is not None for item in items):
        return False
    if any(
        {"priority", "score", "status"} & T.clean_key_result(item.text.plain).fields.keys()
        for item in items
    ):
        return False  # "P0-GC: (0.5) Complete the client page": key results, graded
    parents = [item for item in items if sum(len(sub.children) for sub in item.nested) >= 2]
    numbered = sum(1 for item in items if measures.has_number(item.text.plain))
    if 3 * numbered > len(items):
        return False
    # (all in bold, each over its own list: objectives, one alone or with one key result too —
    # "### Automation" over "1. **Automation is polished and adopted by customers**")
    return (2 * len(parents) >= len(items) and len(parents) >= 2) or all(
        all_bold(item.text) and item.nested for item in items
    )


def _goals_among_fields(items: list[Item]) -> set[int]:
    """The positions of goal items in a list of "Name: value" fields whose other names are no
    OKR labels, past the first item and with nothing beneath ("- URL: …", "- CTA: …", "- Goal:
    1,000 visitors"; a persona's "- Traits: …", "- Goal: …"): the goal of what the list
    describes, a field."""
    if len(items) < 2:
        return set()
    goals = set()
    for n, item in enumerate(items):
        named = NAMED_VALUE.match(item.text.plain)
        if named is None or len(item.text.plain[: named.end()].split()) > 4:
            return set()
        if item.label.kind == T.OBJECTIVE and item.label.name.lower() in GOAL_WORDS:
            goals.add(n)
        elif item.label.kind is not None:
            return set()
    return {n for n in goals if n > 0 and not items[n].nested} if len(goals) == 1 else set()


def _dashed_pair(item: Item) -> tuple[Text, Text] | None:
    """The objective and the key result of an item "objective – key result": one spaced dash,
    no number before it, a number after it."""
    if item.label.kind is not None or item.nested:
        return None
    dashes = list(_SPACED_DASH.finditer(item.text.plain))
    if len(dashes) != 1:
        return None
    cut = dashes[0]
    before, after = item.text.plain[: cut.start()], item.text.plain[cut.end() :]
    if (
        len(before.split()) < _PAIR_WORDS
        or len(after.split()) < 2
        or measures.has_number(before)
        or not measures.has_number(after)
    ):
        return None
    words = item.text.sub(list(range(cut.start())))
    measured = item.text.sub(list(range(cut.end(), len(item.text.plain))))
    return words, measured


_SPACED_DASH = re.compile(r"\s+[–—-]\s+")
_PAIR_WORDS = 3  # an objective's words before the dash, not a metric's name ("NPS – 45")


def _statement_items(items: list[Item], after: SyntaxTreeNode | None) -> int:
    """How many items open a list as the sentences of one statement — a few, unlabelled,
    with nothing nested — where key results follow: a labelled item of this list, or the
    block after it ("**Key Results（上线后 30 天）**"); 0 where they do not."""
    stated = 0
    for item in items:
        if item.label.kind is not None or item.nested or T.field_of(item.text.plain):
            break
        stated += 1
    if not stated or stated > _STATEMENT_ITEMS:
        return 0
    if stated < len(items):
        return stated if items[stated].label.kind == T.KEY_RESULTS else 0
    if after is None or after.type not in ("paragraph", "heading"):
        return 0
    return stated if T.parse_label(plain_node(after)).kind == T.KEY_RESULTS else 0


_STATEMENT_ITEMS = 4  # sentences of one objective's statement, not a list of objectives


def _spaced(texts: list[Text]) -> list[Text | str]:
    """Texts with a space between each two, for `joined_text`."""
    parts: list[Text | str] = []
    for text in texts:
        parts += [" ", text] if parts else [text]
    return parts


def target_of_fields(items: list[Item]) -> Text | None:
    """In a list of plan fields only ("Baseline: 0", "Target: 3 members", "Means of
    verification: …"), the value of its target field, as in a paragraph of them. (A field
    whose value is the list beneath it, "**Evidencia**:" then its items, is one of them.)"""
    if any(item.nested and not _names_listed_value(item) for item in items):
        return None
    return target_field([item.text for item in items])


def _names_listed_value(item: Item) -> bool:
    """A field's name alone ("**Evidence**:"), its value the list nested under it."""
    field = T.field_of(item.text.plain, bold_label=item.text.bold_label)
    return field is not None and not field[1].strip()


def measure_of_fields(items: list[Item]) -> Text | None:
    """Beside the tasks listed under a heading that only names a key result, the one field
    that says what it is measured by ("- [ ] Write the guide", "- **Measure**: 3 external PRs"),
    whole: the heading's key result is measured so."""
    found = None
    for item in items:
        if item.nested:
            continue
        bold = item.text.bold_label or item.text.bold_end is not None  # "**衡量标准**: …"
        field = T.field_of(item.text.plain, bold_label=bold)
        if field is not None and field[0].replace("_", " ") in MEASURE_FIELDS and field[1]:
            if found is not None:
                return None
            found = item.text
    return found


def completed_by_lists(
    reader: ListReading, sentence: Text, lists: list[SyntaxTreeNode], *, continuation: bool = False
) -> Text | None:
    """`_complete` with the items of the lists under a sentence."""
    return _complete(
        reader,
        sentence,
        [
            item
            for sub in lists
            for list_item in sub.children
            if (item := Item.of(reader, list_item)) is not None
        ],
        continuation=continuation,
    )


def _complete(
    reader: ListReading, sentence: Text, items: list[Item], *, continuation: bool = False
) -> Text | None:
    """A sentence that ends in a colon completed by the short phrases listed under it
    ("… in a way that:" / "- avoids harm to others"), or by whatever it announces ("… tell us
    the following:", with what is nested under those), joined with commas — or None when the
    items are sentences (details, key results) rather than phrases. `continuation` asks more
    (after an objective's statement, where a list is usually its key results): every phrase
    goes on the sentence in lower case and has no number."""
    # a sentence cut off by its list ("… a server reference implementation to" / "- accept FHIR
    # calls", "- send notifications …") is finished by the items, however long, as one that
    # announces them is
    unfinished = UNFINISHED.search(sentence.plain) is not None
    if not sentence.plain.endswith((":", "：")) and not unfinished:
        return None
    # "… tell us the following:": the sentence says the list is its object, however long the
    # items ("… including:" with sentences beneath introduces details)
    announces = unfinished or ANNOUNCES.search(sentence.plain) is not None
    phrases = [item for item in items if item.text.plain]
    for item in phrases:
        words = item.text.plain
        if ((item.nested or len(words.split()) > 5) and not announces) or (
            continuation
            and (
                item.nested
                or len(words.split()) > 5
                or any(ch.isdigit() for ch in words)
                or not words.lstrip("*_`")[:1].islower()
            )
        ):
            return None
    return joined_text(sentence, " ", _listed(reader, phrases)) if phrases else None


def _listed(reader: ListReading, items: list[Item]) -> Text:
    """Items and the items nested under them, in the order written, joined with commas."""
    parts: list[Text | str] = []

    def add(item: Item) -> None:
        # each item without its own ID, priority or status ("- P0: 1.0: accept FHIR calls")
        words = item.text.sub(T.clean_key_result(item.text.plain).index)
        parts.extend([", ", words] if parts else [words])
        for sub in item.nested:
            for list_item in sub.children:
                nested = Item.of(reader, list_item)
                if nested is not None and nested.text.plain:
                    add(nested)

    for item in items:
        add(item)
    return joined_text(*parts)


def target_field(lines: list[Text]) -> Text | None:
    """In a paragraph of plan fields only ("**Target:** …", "**Current:** …",
    "**Initiatives:**"), the value of its target field, when it has a number."""
    fields = []
    for line in lines:
        field = T.field_of(line.plain, bold_label=line.bold_label)
        if field is None:
            return None
        name, value = field
        start = line.plain.rfind(value)
        fields.append((name, line.sub(list(range(start, start + len(value))))))
    return _target_value(fields)


_NAME_MARKS = re.compile(r"[^\w\s'’/&+-]")


def field_rows(rows: list[list[Cell]]) -> list[tuple[str, Text]] | None:
    """A table of plan fields, one per row under a header ("| Ítem | Detalle |", then "|
    **Valor actual** | 0 |", "| **Meta Q4 2026** | 3 clientes |"): each field's name, as
    `field_of` gives it, and its value; None for any other table."""
    if len(rows) < 2 or any(len(row) != 2 for row in rows):
        return None
    fields = []
    for name_cell, value_cell in rows[1:]:
        # (the cell bounds the name: its quotes and brackets are words of it, "Definición de
        # \"cliente activo\"")
        name = " ".join(_NAME_MARKS.sub(" ", name_cell.text.plain).split())
        field = T.field_of(name + ": …", bold_label=True)
        if field is None:
            return None
        fields.append((field[0], value_cell.text))
    return fields


def target_of_field_rows(rows: list[list[Cell]]) -> Text | None:
    """In a table of plan fields, the value of its target field, as in a list of them: the
    table details the key result a heading names."""
    fields = field_rows(rows)
    return _target_value(fields) if fields is not None else None


def key_result_of_field_rows(rows: list[list[Cell]]) -> Text | None:
    """A table of plan fields that states a key result awaited beneath its label ("**Key
    Result 1 (KR1):**" over "| Métrica | F1-score … |", "| Meta | ≥ 80% |"): its metric or
    statement, and its target where that adds to it ("Metric: Target", as a row of a key
    results table)."""
    fields = field_rows(rows)
    if fields is None:
        return None
    stated = next(
        (
            value
            for name, value in fields
            if value.plain.strip()
            and (
                name.replace("_", " ") in STATEMENT_FIELDS
                or name.replace("_", " ") in METRIC_HEADERS
            )
        ),
        None,
    )
    if stated is None:
        return None
    target = _target_value(fields)
    if target is not None and joins(stated.plain, target.plain):
        return joined_text(stated, ": ", target)
    return stated


def _target_value(fields: list[tuple[str, Text]]) -> Text | None:
    """The value of the target field among plan fields, when it has a number: the first
    "Target", or of targets for a series of periods ("Meta Q2 2026", "Meta Q4 2026") the last."""
    found, by_period = None, False
    for name, value in fields:
        target = target_field_name(name)
        if target is not None and (found is None or by_period) and measures.has_number(value.plain):
            found, by_period = value, target[1]
    return found
