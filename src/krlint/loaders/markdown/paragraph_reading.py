"""Paragraphs: labelled lines (`Objective: …`, `KR1: …`), field lines, bold titles over the
lists they head, OKR tags and comments, HTML blocks; and the lines CommonMark folded into a
list item (`paragraph_lines`, which the list layer calls).

The block reader (`reader._Reader`) builds on this layer and hands each paragraph here.
"""

from __future__ import annotations

import re

from markdown_it.tree import SyntaxTreeNode

from krlint import measures
from krlint.loaders import okr_text as T
from krlint.loaders.markdown.heading_reading import HeadingReading
from krlint.loaders.markdown.html_blocks import HtmlReader
from krlint.loaders.markdown.list_reading import (
    Item,
    completed_by_lists,
)
from krlint.loaders.markdown.nodes import (
    LISTS,
    continues,
    goes_on,
    item_texts,
    plain_node,
    short,
)
from krlint.loaders.markdown.signals import (
    EXAMPLE_LINE,
    FIELD_LEAD,
    GOAL_WORDS,
    GRADE_AFTER,
    LABELLED_NOTE,
    LINE_MARKER,
    OBJECTIVE_STATEMENT_FIELDS,
    PRIORITY_AFTER,
    SENTENCE_BREAK,
    announces_key_results,
    announces_no_okrs,
    any_labelled,
    bold_name,
    clause,
    goal_label,
    is_prose,
    objective_like,
    priority_marked,
    repeats_awaited,
    states_in_field,
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
    restates,
)
from krlint.loaders.markdown.tables import (
    SLUG,
    labelled_parts,
    listed_after,
    listed_key_results,
)
from krlint.loaders.markdown.text import (
    Text,
    all_bold,
    first_sentence,
    joined_text,
    run_on_key_results,
    sentence_length,
    squash,
    unwrapped,
)
from krlint.model import Objective


def _letter_after(marker: re.Match[str]) -> bool:
    """Whether a letter follows the marker: "-Admin portal" is marked, "-5%" a number."""
    return marker.string[marker.end() : marker.end() + 1].isalpha()


def _goal_labelled(obj: Objective) -> bool:
    """An objective whose ID says it is a goal ("Goal 1:", "目标一"), not an objective."""
    label = str(obj.fields.get("label", ""))
    return bool(label) and goal_label(T.parse_label(f"{label}: x"))


# Hexo Stellar's OKR tags: "{% okr o1 %}" … "{% endokr %}", each key result after a comment
# (no two runs that can both take spaces meet: each line is read once, however long)
_TAGGED_OBJECTIVE, _TAGGED_KR = "objective", "key_result"
_OKR_TAG = re.compile(r"\{%\s*(?:okr\s+(?P<id>[^\s%]+)\s*|endokr\s*|quot\s[^%]*)%\}", re.I)


_OKR_KR_COMMENT = re.compile(r"<!--\s*okr\s+kr-?\d+(?P<fields>[^>]*)-->", re.I)


_TAG_FIELD = re.compile(r"(\w+):(\S+)")
# a section's name as a line of its own ("Notes:", "備註："): a few words and a colon
_SECTION_NAME = 24


class ParagraphReading(HeadingReading):
    """How the reader reads a paragraph, its labelled lines and the HTML blocks."""

    def paragraph(self, node: SyntaxTreeNode, following: SyntaxTreeNode | None) -> None:
        text = self.text_of(node)
        lines = text.lines()
        if not lines:
            return
        if self.okr_tags(lines) or self.marked_paragraph(node, text, following):
            return
        if self.scope.north_star:
            # "### North Star" over its statement (the objective of key results that may follow
            # with none: `north_star_objective`)
            self.north_star, self.scope.north_star = text, False
            return
        # "_Key results:_" then "    * Load the data": CommonMark folds an indented list (or
        # one numbered from 2) into the paragraph above it; its author typed a list
        marked = next((n for n, line in enumerate(lines) if n and self.marked(line)), None)
        if marked is not None and any(
            not self.marked(line) and T.parse_label(line.plain).kind in (T.OBJECTIVE, T.KEY_RESULT)
            for line in lines[marked + 1 :]
        ):
            # "2. Profitability" then "Objective: …" and "KR 2.1: …" lines: a numbered title
            # over labelled lines, not a typed list whose items wrap onto them
            marked = None
        if marked is not None:
            if self.marked(lines[0]):
                marked = 0  # ("✅ …" on every line, the first too: a typed list, all of it)
            else:
                self.paragraph_lines(node, lines[:marked], following)
            self.read_items(self.typed_items(lines[marked:]))
            return
        if self.role() == ROLE_KRS and all(self.marked(line, tight=True) for line in lines):
            # "Key Results:" then "  -Admin portal completed and tested", a paragraph a line: a
            # dash stuck to the words is the author's list marker, where a list is announced
            self.read_items(self.typed_items(lines, tight=True))
            return
        self.paragraph_lines(node, lines, following)

    def ungraded(self, text: Text) -> Text:
        """A line's words without the grade and the priority after them, in a file that marks
        its key results by priority ("Add Richness to Web Platform 0.67", "Use TSF instead of
        IMM32 P2": the file's marks, not the words)."""
        if not self.priority_marks:
            return text
        for after in (GRADE_AFTER, PRIORITY_AFTER):
            found = after.search(text.plain)
            if found and found.start():
                text = text.sub(list(range(found.start())))
        return text

    def marked_heading(self, block: SyntaxTreeNode, following: SyntaxTreeNode | None) -> bool:
        """In a file that marks its key results by priority, a heading so marked is a key
        result of the objective above (a tracker's export sets it as a heading, at any level:
        "## Expose hardware input timestamps to the web P1 0.95" under "### Improve …"), and
        so is one whose words go on in the marked lines after it ("## … passive event" then
        "listeners. P1 0.30"), and a graded one set above the objective's level ("## Fix at
        least 80 bugs 1.00" under "### Improve focus … 0.60"); the sections stay as they were."""
        if not self.priority_marks or self.role() == ROLE_IGNORE:
            return False
        text = self.text_of(block).flat()
        owner = self.nearest_objective()
        if owner is None:
            return False
        # (where a key result stands: above the level of the objective's heading, and not a
        # period's heading — "## 2015 Q3 0.63")
        placed = (
            self.scope.from_heading
            and self.scope.owner is not None
            and self.scope.level > int(block.tag[1:])
            and not T.period_of(self.ungraded(text).plain)
        )
        if not priority_marked(text.plain):
            rest = (
                self.text_of(following).flat()
                if following is not None and (goes_on(following) or (placed and short(following)))
                else None
            )
            if rest is not None and (placed or priority_marked(f"{text.plain} {rest.plain}")):
                text = joined_text(text, " ", rest)
                self.taken = following
            elif not (placed and GRADE_AFTER.search(text.plain)):
                return False
        words = self.ungraded(text)
        self.add_key_result(owner, words, T.parse_label(words.plain))
        return True

    def marked_paragraph(
        self, node: SyntaxTreeNode, text: Text, following: SyntaxTreeNode | None
    ) -> bool:
        """In a file that marks its key results by priority, a paragraph so marked is a key
        result of the objective above ("P1 - Sign off on spec and I2S"), and a short one
        right above such a paragraph is that objective ("Modernize animations programming by
        shipping Web Animations v1 in M82 *#Implement*")."""
        if not self.priority_marks or self.role() == ROLE_IGNORE:
            return False
        if node is self.taken:
            return True  # (the words a marked heading went on with: read with it)
        words = self.ungraded(text.flat())
        heading_objective = self.section_objective()
        if priority_marked(text.plain) or (
            # ("Synthetic pointer events automation 0.70" among them: graded, under the
            # heading that states its objective)
            heading_objective is not None and GRADE_AFTER.search(text.plain)
        ):
            owner = self.nearest_objective()
            if owner is None:
                return False
            self.add_key_result(owner, words, T.parse_label(words.plain))
            return True
        if (
            heading_objective is None
            and following is not None
            and following.type == "paragraph"
            and priority_marked(plain_node(following))
            and len(text.lines()) <= 2
            and not continues(following)
            and not words.plain.lstrip().startswith(("[", "(", "（"))
            # ("End of quarter result: Shipped in M75!", "Measure is: …": a note, labelled)
            and not LABELLED_NOTE.match(words.plain)
        ):
            return self.new_objective(words, T.parse_label(words.plain)) is not None
        return False

    def okr_tags(self, lines: list[Text]) -> bool:
        """A blog theme's OKR tags (Hexo's Stellar: "{% okr o1 %}", the objective's paragraph,
        then each key result's paragraph after an "<!-- okr kr-1 percent:20 -->" comment, up to
        "{% endokr %}"): the first line of each paragraph states it, the lines after it are its
        notes. Whether this paragraph was one of them (a tag, or the words a tag announced)."""
        tags = [_OKR_TAG.fullmatch(line.plain.strip()) for line in lines]
        if any(tags):
            opened = [m for m in tags if m is not None and m.group("id")]
            self.tagged = (_TAGGED_OBJECTIVE, None) if opened else None
            last = max(n for n, m in enumerate(tags) if m is not None)
            if opened and last + 1 < len(lines):
                # ("{% okr 目标 %}" with the objective on the line under it, no blank line)
                return self.okr_tags(lines[last + 1 :])
            return True
        if self.tagged is None:
            return False
        kind, fields = self.tagged
        if kind == _TAGGED_OBJECTIVE:
            obj = self.new_objective(lines[0], T.parse_label(lines[0].plain))
            self.tagged_objective = obj
            self.tagged = (_TAGGED_KR, None) if obj is not None else None
            return obj is not None
        if fields is None:
            return True  # a paragraph inside the tags but after a key result's: its notes
        self.add_key_result(self.tagged_objective, lines[0], T.parse_label(lines[0].plain), fields)
        self.tagged = (_TAGGED_KR, None)
        return True

    def marked(self, line: Text, *, tight: bool = False) -> bool:
        """Whether a line of a paragraph starts with a list marker in the source (or, `tight`,
        with a dash stuck to a word: "-Admin portal", never "-5%")."""
        source = self.lines[line.line] if line.pos and line.line < len(self.lines) else ""
        marker = LINE_MARKER.match(source, len(source) - len(source.lstrip()))
        if tight:
            return marker is not None and bool(marker.group("tight")) and _letter_after(marker)
        return marker is not None and not marker.group("tight")

    def typed_items(self, lines: list[Text], *, tight: bool = False) -> list[Item]:
        """Paragraph lines that are a typed list: one item per marked line, the lines after it
        (wrapped words) joined to it (`tight`: the markers are dashes stuck to words)."""
        groups: list[list[Text]] = []
        for line in lines:
            if self.marked(line, tight=tight) or not groups:
                marker = LINE_MARKER.match(line.plain)
                if marker is not None and marker.group("tight") and not tight:
                    marker = None
                groups.append(
                    [line.sub(list(range(marker.end(), len(line.plain)))) if marker else line]
                )
            else:
                groups[-1].append(line)
        items = []
        for group in groups:
            parts: list[Text | str] = []
            for part in group:
                parts += [" ", part] if parts else [part]
            text = squash(joined_text(*parts))
            if text.plain:
                items.append(Item(text, T.parse_label(text.plain), []))
        return items

    def paragraph_lines(
        self, node: SyntaxTreeNode, lines: list[Text], following: SyntaxTreeNode | None
    ) -> None:
        scope = self.scope
        named = lines[0].plain.strip()
        if (
            scope.awaiting
            and len(lines) == 1
            and named.endswith((":", "："))
            and len(named) <= _SECTION_NAME
            and T.section_kind(named.rstrip(" :：")) == T.IGNORED_SECTION
        ):
            # "目標：" over its list, then "備註：" (notes) over another: a section's name
            # states nothing that was awaited
            scope.awaiting = None
        if scope.awaiting and scope.role != ROLE_IGNORE:
            if len(lines) > 1 and repeats_awaited(T.parse_label(lines[0].plain)):
                # "#### O3KR2" then "_Key Result_:" with the statement on the next line: the
                # label repeats what the heading awaits; the words are below it
                lines = lines[1:]
            stated = next((line for line in lines if states_in_field(line)), None)
            if len(lines) > 1 and stated is not None:
                # "### Objective (목표)" then "**제목**: …", "**기간**: …", "**소유자**: …": the
                # field that holds the statement states it; the others are its fields
                self.awaited(scope, stated.after_bold_end())
                return
            self.awaited(scope, self.completion(lines, following) or first_sentence(lines))
            return
        if self.role() == ROLE_IGNORE and scope.after is None:
            if not self.starts_okrs(scope, lines, following):
                return
            scope = self.end_ignored()
        if self.header_fields(lines):
            for line in lines:
                name = line.until_bold_end().plain.strip(" :：")
                self.file.metadata.setdefault(name, line.after_bold_end().plain.strip(" :："))
            return
        lines = unwrapped(lines)
        prose = listing = False
        taken = 0  # the lines an awaited statement wrapped onto
        for n, line in enumerate(lines):
            if n < taken:
                continue
            if n and scope.awaiting:
                if n + 1 < len(lines) and repeats_awaited(T.parse_label(line.plain)):
                    continue  # "OKR #1:" / "Objective:" / the statement: a bare label between
                # "**Key result 1:**" with its statement on the paragraph's next line (and the
                # lines its sentence wraps onto: "**OBJECTIVE 1:**" / "Become the most accurate
                # tracker Indians can trust" / "with their health data")
                taken = n + sentence_length(lines[n:])
                self.awaited(scope, first_sentence(lines[n:]))
                prose = False
                continue
            label = T.parse_label(line.plain)
            if (
                listing
                and label.kind is None
                and not line.plain.rstrip().endswith((":", "："))
                and not EXAMPLE_LINE.match(line.plain)
            ):
                # "KRs:" then a line per key result, no list markers (text pasted from a
                # document): each line is one, up to the next label
                self.add_key_result(self.nearest_objective(), line, label)
                continue
            listing = (
                n + 1 < len(lines)
                and label.kind == T.KEY_RESULTS
                and not label.text
                and self.nearest_objective() is not None
            )
            if prose:
                # in prose, only a line that starts with a bold or capitalised label counts
                label = T.parse_label(line.plain)
                if (
                    label.kind not in (T.OBJECTIVE, T.KEY_RESULT)
                    or not label.text
                    or not (line.bold_end is not None or line.plain[:1].isupper())
                ):
                    continue
            if not self.paragraph_line(line, node, following, first=n == 0, single=len(lines) == 1):
                if n == 0 and scope.after in (ROLE_IGNORE, ROLE_DETAILS):
                    scope.after = None  # prose ends what a label line set aside
                prose = True

    def header_fields(self, lines: list[Text]) -> bool:
        """A block of bold fields before the first objective of a file that labels its
        objectives ("**Goal:** Maximum quality …" / "**Scope:** …", "**创建时间**: … / **目标**:
        …"): the document's own description — its goal is what the plan is for, not one of
        the objectives it then labels."""
        if len(lines) < 2 or not self.labelled or self.file.objectives:
            return False
        if self.nearest_objective() is not None:
            return False
        for line in lines:
            if line.bold_end is None or not FIELD_LEAD.match(line.plain):
                return False
            label = T.parse_label(line.plain)
            if label.kind in (T.KEY_RESULT, T.KEY_RESULTS) or (
                label.kind == T.OBJECTIVE
                and label.name.lower() not in GOAL_WORDS
                # (an unnumbered "**Objectif:**" beside "**Date:**" in a file that numbers its
                # objectives says what the document is for)
                and not (self.numbers_objectives and "label" not in label.fields)
            ):
                return False
        return True

    def completion(self, lines: list[Text], following: SyntaxTreeNode | None) -> Text | None:
        """An objective's one-line statement that ends in a colon, completed by the short
        phrases of the list straight after it (the list is then part of it, not key results)."""
        if len(lines) != 1 or following is None or following.type not in LISTS:
            return None
        joined = completed_by_lists(self, lines[0], [following], continuation=True)
        if joined is not None:
            self.consumed = following
        return joined

    def paragraph_line(
        self,
        line: Text,
        node: SyntaxTreeNode,
        following: SyntaxTreeNode | None,
        *,
        first: bool,
        single: bool,
    ) -> bool:
        """One line of a paragraph; False when the rest of the paragraph is prose. Asked in
        order: a period marker, a labelled line, a field, a line that titles what follows."""
        scope = self.scope
        label = T.parse_label(line.plain)
        if (line.bold or single or (first and T.names_okrs(line.plain))) and self.period_line(
            line, scope
        ):
            # ("QUARTER 2 OKRs (Phase 3):" atop its labelled key results, a line each)
            return True
        if (
            label.kind == T.CONTAINER
            and label.text
            and single
            and following is not None
            and announces_key_results(self.label_lines(following))
        ):
            # "**OKR Principal**: Estabelecer arquitetura …" then "**Key Results**:": the OKR's
            # statement, its key results below — its objective
            label = T.Label(T.OBJECTIVE, label.text, label.start, label.name, label.fields)
        return (
            self.labelled_line(line, label, following, single=single)
            or self.field_line(line, scope)
            or self.title_line(line, label, following, first=first, single=single)
        )

    def period_line(self, line: Text, scope: Scope) -> bool:
        """Whether the line marks a period between objectives ("**2019 Q1**", "Q1 OKR：")."""
        period = T.period_of(line.plain)
        if period and (
            line.bold or period == line.plain.strip(" :：") or T.names_objectives(line.plain)
        ):
            # "**2019 Q1**", "Q1 OKR：": a period marker between objectives
            scope.period, scope.owner, scope.by_paragraph, scope.after = (
                period,
                None,
                False,
                None,
            )
            scope.keep = scope.keep or T.names_objectives(line.plain)
            if T.names_okrs(line.plain):
                # "**QUARTER 2 OKRs (Phase 3):**" over "- KR1: …" with no objective of its own:
                # the line stands in as their objective, as a heading that names a period's
                # OKRs does; the last period's objective owns nothing after it
                scope.group = Pending(
                    line.sub(list(range(len(line.plain.rstrip(" :："))))),
                    {},
                    period,
                    named=True,
                )
                scope.latest = None
            return True
        return False

    def labelled_line(
        self, line: Text, label: T.Label, following: SyntaxTreeNode | None, *, single: bool
    ) -> bool:
        """Whether the line is labelled (an objective, a key result, a section of them, notes)
        or announces what follows, and if so read it."""
        scope = self.scope
        if label.kind == T.OBJECTIVE and label.text:
            self.objective_line(line, label, following, single=single)
            return True
        if label.kind == T.OBJECTIVE and label.generic:
            if not (
                scope.from_heading
                and isinstance(scope.owner, Objective)
                and "label" not in label.fields
            ):
                # (under a heading's own objective, "[Parent Objective](…)" or "**Objective:**"
                # with its words below restates it, as "**Objective**: …" does; "Objective 3:"
                # starts another)
                scope.awaiting, scope.pending_fields = "objective", dict(label.fields)
            return True
        if label.kind == T.KEY_RESULT and label.text:
            self.key_result_line(line, label)
            return True
        if label.kind == T.KEY_RESULT and label.generic:
            scope.awaiting, scope.pending_fields = "key_result", dict(label.fields)
            return True
        if (
            label.kind is None
            and "priority" in label.fields
            and self.role() in (ROLE_OBJECTIVE, ROLE_KRS, ROLE_DETAILS)
            and self.nearest_objective() is not None
        ):
            # "P1: 0.25: Prepare and publish tutorials" as a paragraph of its own under an
            # objective: the priority marks a key result as a list marker would (a list after
            # it finishes a sentence it cuts off, or details it)
            words = line
            if single and following is not None and following.type in LISTS:
                joined = completed_by_lists(self, line, [following])
                if joined is not None:
                    words, self.consumed = joined, following
            self.add_key_result(self.nearest_objective(), words, label)
            scope.after = ROLE_DETAILS
            return True
        announced = T.announced(line.plain) if single and label.kind is None else None
        if announced == T.OBJECTIVE and self.role() != ROLE_IGNORE:
            # "Our objective this quarter is to:" then the objective, in a paragraph of its own
            scope.awaiting, scope.pending_fields = "objective", {}
            return True
        if label.kind == T.KEY_RESULTS and label.text and self.role() != ROLE_IGNORE:
            listed = listed_key_results(line, label)
            owner = self.nearest_objective()
            if owner is not None and listed:
                # "Objective: Keep users." / "Key results: churn; weekly actives; NPS": the
                # key results listed on the label's own line, as a table cell lists them
                for part in listed:
                    self.add_key_result(owner, part, T.parse_label(part.plain))
                scope.after = ROLE_DETAILS
                return True
        if label.kind == T.KEY_RESULTS or announced == T.KEY_RESULTS:
            # ("We will measure this via the following key results:" says the same)
            stands_in = self.north_star_objective() if scope.owner is None else None
            if stands_in is not None:
                scope.owner, scope.by_paragraph, scope.from_heading = stands_in, True, False
                scope.after = ROLE_KRS
            elif scope.owner is None and scope.latest is None and self.nearest_objective() is None:
                scope.after = ROLE_NONE
            else:
                scope.after = ROLE_KRS
            return True
        if label.kind in (T.INITIATIVE, T.IGNORED_SECTION) or (
            single and announces_no_okrs(line.plain, following.type if following else None)
        ):
            # ("… follow these guidelines:" with its list beneath says the same, as "For
            # example:" over a fence of sample OKR lines does)
            scope.after = ROLE_IGNORE
            return True
        if label.kind == T.META:
            self.file.metadata.setdefault(label.name, label.text)
            self.north_star = (
                line.sub(list(range(label.start, len(line.plain))))
                if label.name == "north_star" and label.text
                else None
            )
            return True
        if label.kind == T.OBJECTIVES:
            scope.after = ROLE_OBJECTIVES
            return True
        return False

    def objective_line(
        self, line: Text, label: T.Label, following: SyntaxTreeNode | None, *, single: bool
    ) -> None:
        """A line labelled an objective with its words: the statement of one announced above,
        a plan's goal, an objective with its key results run on, or a new objective."""
        scope = self.scope
        line = (self.completion([line], following) if single else None) or line
        owner = scope.owner
        if (
            scope.from_heading
            and isinstance(owner, (Objective, Pending))
            and not has_key_results(owner)
            # (under a heading that only names a phase, "## Phase 1, weeks 1 to 6. Prove the
            # reading", the labelled line is the objective: below)
            and (isinstance(owner, Objective) or owner.generic or "label" in owner.fields)
        ):
            # "## O1: Deliver" then "**Objective**: Complete all features": one objective
            target = self.materialise(owner)
            if target is not None:
                self.stated(
                    target,
                    line.sub(list(range(label.start, len(line.plain)))),
                    same_id="label" in label.fields
                    and label.fields["label"] == target.fields.get("label"),
                )
            return
        if (
            scope.by_paragraph
            and isinstance(owner, Objective)
            and not has_key_results(owner)
            and "label" not in label.fields
            and label.name.upper() != "OKR"
            and str(owner.fields.get("label", "")).upper().startswith(("OKR", "GOAL"))
            and label.name.lower() not in GOAL_WORDS
        ):
            # "**Company OKR 1: Validate Product-Market Fit**" then "**Objective:** Prove
            # that users love …": the OKR's name, then the objective it states, as under a
            # heading that names it (so for "**Goal 1: Deliver …**" then "*Objective: Make
            # AI feel native.*")
            self.stated(owner, line.sub(list(range(label.start, len(line.plain)))))
            return
        if (
            self.labelled
            and label.name.lower() in GOAL_WORDS
            and "label" not in label.fields
            and not line.bold
        ):
            # "Goal: Working request loop for one live event" under a build phase, in a
            # file that labels its objectives ("**Objective 1: …**"): a plan's goal line,
            # an objective only if key results come beneath it
            words = line.sub(list(range(label.start, len(line.plain))))
            scope.owner = Pending(words, dict(label.fields), self.period(), goal=goal_label(label))
            scope.by_paragraph, scope.from_heading = True, False
            # (where the file labels each list of key results, a list straight beneath a
            # goal is its scope: "**Goal:** Validate demand" then the release's features)
            scope.after = ROLE_DETAILS if self.labels_kr_lists else None
            return
        run_on = run_on_key_results(line)
        if run_on is not None:
            # "**O1: Make claims falsifiable.** KR1: … KR2: …": the bold names the
            # objective, its key results run on in the same paragraph
            obj = self.new_objective(run_on[0], label)
            for part in labelled_parts(squash(run_on[1])):
                self.add_key_result(obj, part, T.parse_label(part.plain))
            scope.owner, scope.after, scope.by_paragraph = obj, ROLE_DETAILS, True
            scope.from_heading = False
            return
        obj = self.new_objective(line, label)
        # (under "#### Year 1 Objectives", "Objective 1: Valider …" then "- KR1: …": the
        # labelled line's list is its key results, not more objectives)
        after = ROLE_OBJECTIVE if scope.role == ROLE_OBJECTIVES and obj is not None else None
        scope.owner, scope.after, scope.by_paragraph = obj, after, True
        scope.from_heading = False

    def key_result_line(self, line: Text, label: T.Label) -> None:
        """A line labelled a key result with its words (unless it notes one read already)."""
        scope = self.scope
        ident = str(label.fields.get("label", ""))
        # (after "QUARTER 2 OKRs (Phase 3):" the period's line stands in: `period_line`)
        owner = self.group(named=True) or self.nearest_objective()
        if restates(owner, ident) or self.restated_under_notes(owner, ident):
            # "KR3.3 não vem de norma externa: é o indicador …" below the table that read
            # KR3.3: a note on that key result, not another one
            return
        if self.role() != ROLE_IGNORE:
            named = bold_name(line, label)
            if named is not None:
                statement, extra = named
                self.add_key_result(
                    owner,
                    statement,
                    T.parse_label(statement.plain),
                    {**label.fields, **extra},
                )
                scope.after = ROLE_DETAILS
                return
            words = line.until_bold_end() if line.bold_end is not None else line
            if words is not line and words.pos and words.pos[-1] < line.pos[label.start]:
                words = line  # "**KR 1:** Grow …": the bold is only the label
            listed = listed_after(words, label) if "label" not in label.fields else []
            if len(listed) >= 2:
                # "KR: % de recomendaciones acertadas · ahorro promedio por compra": an
                # unnumbered label over several key results, listed as a table cell lists them
                for part in listed:
                    self.add_key_result(owner, part, T.parse_label(part.plain))
            else:
                self.add_key_result(owner, words, label)
            scope.after = ROLE_DETAILS  # a list after it details this key result

    def field_line(self, line: Text, scope: Scope) -> bool:
        """Whether the line is a field ("**Owner:** Sam", "**Risks:**"), and if so read it."""
        found = T.field_of(line.plain, bold_label=line.bold_label)
        if found is not None and self.states_slug(scope.owner, found, line):
            return True
        if found is not None:
            obj = self.materialise(scope.owner) if isinstance(scope.owner, Objective) else None
            if obj is not None and found[1]:
                obj.fields.setdefault(found[0], found[1])
            if line.bold_label and not found[1]:
                # "**Risks:**" then a list: not key results; "**Success criteria:**" as below;
                # "**Objectifs & Key Results** :" names what follows as the OKRs
                # ("**Key Results Q1 2025:**": the line names them with their period)
                kind = (
                    T.CONTAINER
                    if T.names_okrs(line.plain)
                    else T.section_kind(line.plain.strip(" :：")) or T.section_kind(found[0])
                )
                scope.after = (
                    ROLE_KRS
                    if kind == T.KEY_RESULTS
                    else self.success_measures()
                    if kind == T.SUCCESS_MEASURES
                    else None
                    if kind == T.CONTAINER
                    else ROLE_IGNORE
                )
            elif (
                line.bold_label
                and found[1].rstrip().endswith((":", "："))
                and T.section_kind(found[0]) == T.IGNORED_SECTION
            ):
                # "**Strategy:** Two-pronged approach:" then a numbered list: the field's value
                # announces the list, which is the strategy's, not key results
                scope.after = ROLE_IGNORE
            return True
        return False

    def title_line(
        self,
        line: Text,
        label: T.Label,
        following: SyntaxTreeNode | None,
        *,
        first: bool,
        single: bool,
    ) -> bool:
        """Whether the line titles what follows (an objective over its list, a bold key result
        over its work, a group, a section of notes), and if so read it."""
        scope = self.scope
        if first and single and self.heads_list(line, label, following):
            obj = self.new_objective(line, label)
            # (its list is its key results, also in a section whose items are objectives)
            scope.owner, scope.by_paragraph, scope.after = obj, True, ROLE_OBJECTIVE
            return True
        if (
            first
            and single
            and all_bold(line)
            and scope.role == ROLE_KRS
            and scope.after in (None, ROLE_DETAILS)
            and following is not None
            and following.type in LISTS
            and label.kind is None
            and len(line.plain.split()) >= 4
            and T.section_kind(line.plain) is None
            and clause(line.plain)
        ):
            # under "Key results", "**IPFS Companion is the reference implementation of IPFS
            # in the browser**" with a list beneath: a statement in bold is the key result and
            # the list the work that makes it true (a bold theme, "**Time and engagement with
            # the kids**", "**Engineering**", is a group of key results instead: below)
            self.add_key_result(self.nearest_objective(), line, label)
            scope.after = ROLE_DETAILS
            return True
        if line.bold and first:
            kind = T.section_kind(line.plain)
            if scope.by_paragraph and all_bold(line) and objective_like(line, strong=True):
                # a bold line after a paragraph's objective heads a group of its own
                scope.owner, scope.by_paragraph, scope.after = None, False, None
            if kind == T.IGNORED_SECTION:
                scope.after = ROLE_IGNORE
            elif kind == T.SUCCESS_MEASURES:
                scope.after = self.success_measures()
            elif kind == T.KEY_RESULTS:
                scope.after = ROLE_KRS
            elif kind == T.OBJECTIVES:
                scope.after = ROLE_OBJECTIVES
            elif scope.after in (ROLE_IGNORE, ROLE_DETAILS):
                scope.after = None  # a new group after notes
            return True
        if first and single and following is not None and following.type in LISTS:
            kind = T.section_kind(line.plain)
            if kind == T.IGNORED_SECTION:
                # a line that titles the list beneath it, a blank line between or not:
                # "Guidelines", "Next steps:", "OKR's 4 key parts:", "CFRs to guide the team";
                # "Metrics:" under an objective with no key results yet titles them
                scope.after = (
                    self.success_measures() if T.names_measures(line.plain) else ROLE_IGNORE
                )
                return True
        return False  # prose: descriptions, notes

    def states_slug(self, owner: Owner, found: tuple[str, str], line: Text) -> bool:
        """A heading that is only an identifier ("## product-direction 🔴") and a
        "**Description:** …" line beneath it: the description is the objective's words, the
        identifier its name."""
        name, value = found
        if (
            name not in OBJECTIVE_STATEMENT_FIELDS
            or not value
            or not isinstance(owner, Pending)
            or owner.objective is not None
        ):
            return False
        slug = "".join(ch for ch in owner.text.plain if not T.is_emoji(ch)).strip()
        at = line.plain.rfind(value)
        if not SLUG.fullmatch(slug) or at <= 0:
            return False
        words = line.sub(list(range(at, len(line.plain))))
        more = SENTENCE_BREAK.search(words.plain)
        if more:  # "Facto completes tasks quickly. Important for …": the first sentence
            words = words.sub(list(range(more.start() + 1)))
        owner.fields.setdefault("name", slug)
        owner.text, owner.keep = words, True  # stated: an objective even before its KRs
        return True

    def numbered_heads_list(self, block: SyntaxTreeNode, following: SyntaxTreeNode | None) -> bool:
        """ "1. Confiabilidade de dados" then "- KR1: `Signal Quality >=95`." …: a numbered item
        alone (CommonMark ends its list where the bullets start) over a list of labelled key
        results states their objective, as a line over them would."""
        if (
            block.type != "ordered_list"
            or len(block.children) != 1
            or following is None
            or following.type not in LISTS
            or self.role() == ROLE_IGNORE
        ):
            return False
        item = Item.of(self, block.children[0])
        if (
            item is None
            or item.nested
            or item.label.kind is not None
            or not any_labelled(self.label_lines(following), T.KEY_RESULT)
        ):
            return False
        obj = self.new_objective(item.text, item.label)
        if obj is None:
            return False
        scope = self.scope
        scope.owner, scope.by_paragraph, scope.after = obj, True, ROLE_OBJECTIVE
        return True

    def heads_list(self, line: Text, label: T.Label, following: SyntaxTreeNode | None) -> bool:
        """A short line that states an objective for the list after it, where no objective is
        open (under a period or section heading; under an objective heading it is a
        description): the file sets its objectives this way (`paragraph_objectives`), or the
        line is set apart in bold and the list's items read as key results."""
        scope = self.scope
        if (
            label.kind is not None
            or not (scope.owner is None or scope.by_paragraph)
            or self.role() == ROLE_IGNORE
            or T.section_kind(line.plain) is not None
        ):
            return False  # ("Guidelines" with its list beneath: see `paragraph_line`)
        listed = (
            following is not None
            and following.type in LISTS
            and not is_prose(item_texts(following))
        )
        if T.about_okrs(line.plain):
            return False  # "Each team picks their objectives": a sentence about OKRs
        if (
            following is not None
            and following.type in LISTS
            and any_labelled(self.label_lines(following), T.OBJECTIVE)
        ):
            return False  # "Q1 (M1-M3) : FONDATION" over "- **O1 :** …": the list states it
        if objective_like(line):
            return self.paragraph_objectives and (listed or self.standalone_objective(line))
        # ("**Q1 — Provar que o produto retém casais**" over a bare fence of "KR1: …" lines;
        # not "**Faeif (AI)**" over one that states its objective: "O: …", then its KRs)
        fenced_lines = (
            following.content.split("\n")
            if following is not None and following.type == "fence" and not following.info.strip()
            else []
        )
        fenced = any_labelled(fenced_lines, T.KEY_RESULT) and not any_labelled(
            fenced_lines, T.OBJECTIVE
        )
        return (
            (listed or fenced)
            and all_bold(line)
            and objective_like(line, strong=True)
            and self.in_okr_section()
            and (
                fenced
                or self.reads_as_key_results(following)
                or (self.bold_objectives and len(line.plain.split()) >= 3)
            )
        )

    def reads_as_key_results(self, node: SyntaxTreeNode | None) -> bool:
        """A list whose items read as key results: most of them state a number ("Have 200
        clubs", "$750k in commitments"), none is labelled as something else."""
        if node is None:
            return False
        texts = item_texts(node)
        if not texts or any(T.parse_label(t).kind not in (None, T.KEY_RESULT) for t in texts):
            return False
        return 2 * sum(1 for t in texts if measures.has_number(t)) > len(texts)

    def standalone_objective(self, line: Text) -> bool:
        """A short line among paragraph objectives, under a period: an objective with no key
        results yet (O102 says so), not prose."""
        return self.period() is not None and len(line.plain.split()) <= 12

    # -- HTML ----------------------------------------------------------------------------------
    def html(self, node: SyntaxTreeNode) -> None:
        if node.map is None:
            return
        comment = _OKR_KR_COMMENT.fullmatch(node.content.strip())
        if comment is not None and self.tagged is not None:
            # "<!-- okr kr-2 percent:40 status:off_track -->": the paragraph below is a key result
            found = dict(_TAG_FIELD.findall(comment.group("fields")))
            self.tagged = (_TAGGED_KR, found)
            return
        reader = HtmlReader(node.map[0])
        try:
            reader.feed(node.content)
            reader.close()
        except (AssertionError, ValueError):  # a broken tag: decoration, not OKRs
            return
        for part in reader.out:
            depth = sum(1 for s in self.scopes if s.level >= 10 and s.level == int(s.level))
            if part.kind == "details":
                self.push(
                    Scope(
                        10 + depth,
                        self.scope.role
                        if self.scope.role in (ROLE_IGNORE, ROLE_DETAILS)
                        else ROLE_NONE,
                        owner=None,
                    )
                )
            elif part.kind == "/details" and depth:
                self.pop_to(10 + depth - 1)
            elif part.kind == "summary" and part.text is not None:
                self.heading(10 + max(depth - 1, 0) + 0.5, part.text)
            elif part.kind == "heading" and part.text is not None:
                self.heading(part.level, part.text)
            elif part.kind == "table":
                self.table(part.rows)

    # -- the end -------------------------------------------------------------------------------
    def goal(self, obj: Objective) -> bool:
        """An objective labelled as a goal ("Goal 1:", "目标：…"), not as an objective."""
        return id(obj) in self.goal_labelled or _goal_labelled(obj)

    def strays(self, obj: Objective) -> bool:
        """An objective whose items no label names key results ("KR1:", "**Key Results:**", a
        Key Result column): where the file's OKRs are named — in a section or by such labels —
        a plan's goal and its tactics (`finish`)."""
        return id(obj) not in self.krs_named
