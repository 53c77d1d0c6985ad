"""Headings: what a heading says (a period, an objective, a key result, a section that holds
OKRs or one that never does) and the scope it opens; and the lines a heading or a paragraph
opens OKRs with (`starts_okrs`).

The paragraph reader (`paragraph_reading.ParagraphReading`) builds on this layer; the block
reader (`reader._Reader`) walks the document and hands each heading here.
"""

from __future__ import annotations

import re

from markdown_it.tree import SyntaxTreeNode

from krlint.loaders import okr_text as T
from krlint.loaders.markdown.list_reading import (
    ListReading,
)
from krlint.loaders.markdown.nodes import (
    LISTS,
    plain_node,
    quote_lines,
)
from krlint.loaders.markdown.signals import (
    NAMES_OKR_PARTS,
    OKR_BEFORE_WORDS,
    QUALIFIED_KR_ID,
    UNSPACED_LETTER,
    announces_key_results,
    any_labelled,
    bare_objective,
    bold_names_okrs,
    commands,
    generic_label,
    goal_label,
    labelled_objective,
    labels_okrs,
    long_statement,
    name_words,
    names_only,
    numbered_objective,
    okrs_area,
    okrs_named_aim,
    okrs_named_for,
    period_okrs,
    shortens,
    states,
)
from krlint.loaders.markdown.state import (
    ROLE_DETAILS,
    ROLE_IGNORE,
    ROLE_KRS,
    ROLE_NONE,
    ROLE_OBJECTIVE,
    ROLE_OBJECTIVES,
    Pending,
    Scope,
    has_key_results,
    objective_of,
    restates,
)
from krlint.loaders.markdown.tables import (
    KRS_FOR,
)
from krlint.loaders.markdown.text import (
    Text,
)
from krlint.model import Objective

# a heading that only says "the main goal", beneath one that announces the objective
_MAIN_GOAL = re.compile(
    r"(?i)(?:meta|metas|goal|goals)\s+(?:principal|principais|geral|gerais|general|central)"
    r"|(?:main|primary|overall)\s+(?:goal|aim)"
)


class HeadingReading(ListReading):
    """How the reader reads a heading, and the lines that open a section of OKRs."""

    def named_again(self, title: str) -> Objective | None:
        """The objective a labelled heading names again: read above with key results, in this
        period, under the heading's ID, and said again in short by its words (`shortens`)."""
        label = T.parse_label(title, heading=True)
        known = self.objective_named(str(label.fields.get("label", "")))
        if (
            known is not None
            and known.key_results
            and known.period == self.period()
            and shortens(title[label.start :], known.text)
        ):
            return known
        return None

    def restates_listed(self, label: T.Label) -> bool:
        """A labelled objective line that names one read above by its ID and with its words, or
        some of them ("O1: Inform users" for "O1: Inform users of changes"), not another
        period's objective under the same ID ("Objective 1: Scale & Croissance" for Year 2)."""
        named = self.objective_named(str(label.fields["label"]))
        if named is None:
            return False
        words = name_words(label.text)
        return not words or bool(words & name_words(named.text))

    def success_measures(self, level: float | None = None) -> str:
        """What a "Success criteria" section is: the key results of the objective above when
        it has none yet ("## Objective 2" … "## Success criteria" with a list), that
        objective's details when it has some, nothing without an objective — nor under a
        heading above the objective's own ("### O5: Disaster Recovery" then "## Success
        Metrics": the document's, in a section of its own)."""
        owner = self.nearest_objective()
        if (
            owner is None
            or self.role() in (ROLE_IGNORE, ROLE_DETAILS)
            or (isinstance(owner, (Objective, Pending)) and has_key_results(owner))
            or (
                level is not None
                and isinstance(owner, Objective)
                and self.closed_level.get(id(owner), level) > level
            )
        ):
            return ROLE_IGNORE
        return ROLE_KRS

    def label_lines(self, block: SyntaxTreeNode) -> list[str]:
        """The lines of a block that could carry an objective label (no positions needed)."""
        if block.type == "heading":
            return [plain_node(block)]
        if block.type == "paragraph":
            return [line for line in plain_node(block).split("\n") if line.strip()]
        if block.type in LISTS:
            out: list[str] = []
            for item in block.children:
                first = next((c for c in item.children if c.type == "paragraph"), None)
                if first is not None:
                    out.append(plain_node(first).split("\n")[0])
                for sub in item.children:
                    if sub.type in LISTS:
                        out.extend(self.label_lines(sub))
            return out
        if block.type == "blockquote":
            lines = quote_lines(block)
            return lines if labels_okrs(lines) else []
        return []

    # -- headings ------------------------------------------------------------------------------
    def heading(self, level: float, text: Text) -> None:
        """A heading opens a section: what it holds (an objective, a key result, a section of
        them, a period, notes) follows from its words and from the section it sits in, asked in
        that order, each step returning once it has decided."""
        self.pop_to(level)
        level, text = self.announced_twice(level, text)
        parent = self.scope
        if self.heading_in_scope(level, text, parent):
            return
        plain = text.plain
        outside = self.leave_ignored(level, plain, parent)
        if outside is None or self.period_heading(level, text, plain):
            return
        text, label, kind = self.heading_kind(level, text)
        if kind == T.OBJECTIVE:
            self.objective_heading(level, text, label)
        elif kind == T.KEY_RESULT:
            self.key_result_heading(level, text, label)
        elif not self.section_heading(level, text, label, kind):
            self.statement_heading(level, text, label, outside)

    def announced_twice(self, level: float, text: Text) -> tuple[float, Text]:
        """The level and words of a heading that announces again the objective its parent
        announced (the parent's scope is left: the two are one)."""
        parent = self.scope
        if (
            parent.awaiting == "objective"
            and isinstance(parent.owner, Pending)
            and level > parent.level
            and (
                generic_label(T.unnumbered(text.plain.strip()), T.OBJECTIVE)
                # ("# Goal" then "## Goal Statement": labels as headings give them)
                or (
                    (said := T.parse_label(T.unnumbered(text.plain.strip()), heading=True)).kind
                    == T.OBJECTIVE
                    and said.generic
                )
                # ("## 4. Objetivo" then "### Meta principal" over the quoted statement)
                or _MAIN_GOAL.fullmatch(T.unnumbered(text.plain.strip(" *_#"))) is not None
            )
            and not T.period_of(text.plain)
        ):
            # "# Objective 1" then "## Objective" over the statement (beside "## Key Results",
            # "## Why it matters"), "## 4. Objective" then "### 4.1 Product Objective": one
            # objective, its statement announced twice
            self.scopes.pop()
            level = parent.level
            parent = self.scope
            plain = text.plain
            text = text.sub(list(range(len(plain) - len(T.unnumbered(plain)), len(plain))))
        return level, text

    def heading_in_scope(self, level: float, text: Text, parent: Scope) -> bool:
        """Whether the section the heading sits in decides it (a statement it awaits, notes),
        and if so read it."""
        if (
            parent.awaiting == "objective"
            and parent.role != ROLE_IGNORE
            and level > parent.level
            and T.parse_label(text.plain, heading=True).kind is None
            and T.section_kind(text.plain) is None
            and T.period_of(text.plain) is None
        ):
            # "## Objective" then "### 🏥 Become the patient-safety tool …": the sub-heading
            # states the objective the heading above only announces
            self.awaited(parent, text)
            self.push(Scope(level, ROLE_OBJECTIVE, owner=parent.owner, from_heading=True))
            return True
        if (
            parent.awaiting == "objective"
            and parent.role != ROLE_IGNORE
            and level > parent.level
            and isinstance(parent.owner, Pending)
            and T.names_mission(text.plain)
        ):
            # "## 1. Objective" then "### Mission" over "Help job-searching PMs get hired
            # faster …": the mission's statement is the objective the heading above announces
            parent.awaiting = None
            self.push(
                Scope(
                    level,
                    ROLE_OBJECTIVE,
                    owner=parent.owner,
                    awaiting="objective",
                    pending_fields=parent.pending_fields,
                )
            )
            return True
        if parent.named is not None and parent.awaiting == "key_result":
            if states(text, heading=True) and not parent.stated:
                # "## KR1 — Leading metric" then "### ≥ 65% of users rewrite …": the statement
                label = T.parse_label(text.plain, heading=True)
                self.add_key_result(parent.owner, text, label, parent.pending_fields)
                parent.awaiting, parent.named = None, None
                self.push(Scope(level, ROLE_DETAILS, owner=parent.owner))
                return True
            self.unname(parent)
        if parent.role in (ROLE_IGNORE, ROLE_DETAILS) and level > 6:
            self.push(Scope(level, parent.role))  # a summary inside notes is notes
            return True
        return False

    def leave_ignored(self, level: float, plain: str, parent: Scope) -> Scope | None:
        """The section the heading sits in, once an ignored section it ends is left; None when
        the heading is itself ignored (a section within notes, a guide's example)."""
        if parent.role == ROLE_IGNORE and period_okrs(plain):
            # "## OKR Framework" then "### Q4 2025 OKRs": a period's OKRs are the team's own,
            # not a method's examples — the guide section ends there; so does a roadmap's or a
            # plan's ("## 5. Roadmap" then "### 5.2 Quarterly OKRs")
            parent = self.end_ignored()
        if (
            parent.role == ROLE_IGNORE
            and parent.level < level
            and (
                parent.guide
                or not (T.names_okrs(plain) or labelled_objective(plain))
                # "## 6. Supporting initiatives" then "### O1. First delivery default": the
                # objective read above, named again by its ID in a section about it
                or self.named_again(plain) is not None
            )
        ):
            self.push(
                Scope(
                    level,
                    ROLE_IGNORE,
                    guide=parent.guide,
                    owned=parent.guide and T.names_own_okrs(plain),
                )
            )
            return None
        if parent.role == ROLE_IGNORE and not parent.guide and bare_objective(plain):
            # "# Mission" … "## Objective" / "## Key Results": the bare objective heading ends
            # the section it sits in — the OKRs start here, with their key results beside them
            parent = self.end_ignored()
        return parent

    def period_heading(self, level: float, text: Text, plain: str) -> bool:
        """Whether the heading names a period ("## Q3 2026 OKRs", "### Annual Objective (2026)"),
        and if so open its section."""
        period = T.period_of(plain)
        if period and generic_label(plain, T.OBJECTIVE) and not UNSPACED_LETTER.search(plain):
            # "### Annual Objective (2026)", "## Q3 Objective": the statement below is the
            # objective, of that period (not "# 季度目标", "quarterly objective(s)": a language
            # without plurals names the section of them)
            self.push(
                Scope(
                    level,
                    ROLE_OBJECTIVE,
                    owner=Pending(text, {}, period, self.keeps(), generic=True),
                    awaiting="objective",
                    period=period,
                ),
                text.line,
            )
            return True
        if period:
            self.push(
                Scope(
                    level,
                    ROLE_NONE,
                    period=period,
                    keep=T.names_objectives(plain),
                    stands_in=Pending(text, {}, period),
                    # ("## Q2 2026 OKRs" names the OKRs as "## OKRs" does; the document's title,
                    # "# 2021 Goals", names the whole file, whatever sections it holds)
                    okrs_from=len(self.file.objectives)
                    if T.names_okrs(plain) and not (level == 1 and not self.headings)
                    else None,
                ),
                text.line,
            )
            return True
        return False

    def heading_kind(self, level: float, text: Text) -> tuple[Text, T.Label, str | None]:
        """The heading's words (its objective's, in "Key Results for O1: …"), its label and the
        kind of section it opens; counts the heading (the first at level 1 is the title)."""
        plain = text.plain
        label = T.parse_label(plain, heading=True)
        bare = T.unnumbered(plain) if label.kind is None else plain
        if bare != plain:
            inner = T.parse_label(bare, heading=True)
            if inner.kind in (T.OBJECTIVE, T.KEY_RESULT) and inner.generic:
                # "### 3.1 Objective" over its statement: a section's number, then the label
                text = text.sub(list(range(len(plain) - len(bare), len(plain))))
                plain, label = text.plain, inner
        if label.kind is None and _MAIN_GOAL.fullmatch(T.unnumbered(plain.strip(" *_"))):
            # "### Meta principal", "## Main goal": the objective's label, its words below
            label = T.Label(T.OBJECTIVE, "", len(plain), "goal", {}, generic=True)
        named = KRS_FOR.fullmatch(plain) if label.kind is None else None
        if named is not None:
            inner = T.parse_label(named.group("objective"), heading=True)
            if inner.kind == T.OBJECTIVE and (
                not inner.generic
                or self.objective_named(str(inner.fields.get("label", ""))) is not None
            ):
                # "## Key Results for O1: Template Adoption": that objective, its key results
                # beneath ("### KRs for Objective 1 (PMF)": the one read above by that ID)
                text = text.sub(list(range(named.start("objective"), len(plain))))
                plain, label = text.plain, inner
        project = label.kind == T.INITIATIVE and any(
            ch.isalpha() for ch in plain[: plain.lower().find(label.name.lower())]
        )
        if project:
            # "Argonaut Project: SMART v2" names a project its words come after, an objective
            # of the file's if key results follow — not a "Projects:" section of initiatives
            label = T.Label(None, plain)
        kind = label.kind
        if kind is None and not project:
            # (a project's name is its own: "Argonaut Projects: Patient Lists" is no list)
            kind = T.section_kind(plain)
            if (
                kind == T.IGNORED_SECTION
                and self.in_okr_section()
                and commands(plain[label.start :])
            ):
                # under "## OKRs", "3. CEO: Accelerate customer initiatives" is an objective
                kind = None
        first, self.headings = not self.headings, self.headings + 1
        if first and level == 1:
            self.title = plain
        if first and level == 1 and kind == T.IGNORED_SECTION:
            kind = T.CONTAINER  # the document's title ("# Roadmap 2023") names the file only
        return text, label, kind

    def objective_heading(self, level: float, text: Text, label: T.Label) -> None:
        """A heading labelled an objective: that objective, one named again, or a label over the
        statement beneath it."""
        plain = text.plain
        known = self.objective_named(str(label.fields.get("label", ""))) if label.generic else None
        if known is not None:
            # "## O1" under "Key results", after "- O1: Grow revenue": that objective's section
            self.push(Scope(level, ROLE_OBJECTIVE, owner=known))
        elif (
            not label.generic and self.okrs_ended and (again := self.named_again(plain)) is not None
        ):
            # "## O1: Establish a single operating system" with its key results, then, after
            # those OKRs, "## Objective 1 — Single Operating System" over its budget: the same
            # objective named again, in a section about it (its items are not key results) —
            # unlike "## Phase 2 OKRs" then "### Objective 1: Become workflow-embedded"
            self.push(Scope(level, ROLE_DETAILS, owner=again))
        elif (
            label.generic
            and not label.fields.get("label")
            and self.scope.role == ROLE_OBJECTIVE
            and isinstance(self.scope.owner, Objective)
            and level > self.scope.level
        ):
            # "## 目标一：服务器云端迁移" then "### 目标" over a paragraph: the heading above
            # states the objective, the bare label beneath opens what it says of it
            self.push(Scope(level, ROLE_DETAILS, owner=self.scope.owner))
        elif label.generic:
            # "### Objective", "## Objective 1": the statement below is the objective (the
            # heading stands in if a list comes first)
            above = self.scope
            pending = (
                above.owner
                # "## 4. Objective" then "### Goal" then the statement: one objective, stated
                # beneath the second label
                if above.awaiting == "objective"
                and isinstance(above.owner, Pending)
                and above.owner.generic
                and above.owner.objective is None
                else Pending(text, dict(label.fields), self.period(), self.keeps(), generic=True)
            )
            self.push(
                Scope(
                    level,
                    ROLE_OBJECTIVE,
                    owner=pending,
                    awaiting="objective",
                    pending_fields=dict(label.fields),
                )
            )
        else:
            obj = self.new_objective(text, label)
            self.push(Scope(level, ROLE_OBJECTIVE, owner=obj, from_heading=True))

    def key_result_heading(self, level: float, text: Text, label: T.Label) -> None:
        """A heading labelled a key result: its section, awaiting the statement unless the
        heading states it."""
        plain = text.plain
        owner = self.group() or self.nearest_objective()
        scope = Scope(level, ROLE_DETAILS, owner=owner)
        ident = str(label.fields.get("label", ""))
        if owner is not None and QUALIFIED_KR_ID.search(ident) and restates(owner, ident):
            # "### KR1.1 Detail: …" under a table that has KR1.1: a section about it (an ID
            # that names its objective too is never reused; "Key Result 1" may be, per group)
            pass
        elif self.restated_under_notes(owner, ident):
            # "## KR Breakdown" over "### KR 1: AI Sandbox …" after a table that read KR 1:
            # a section on the key results read, each again by its ID — not a new objective
            scope.owner = self.file.objectives[-1]  # (the one that has it)
        elif label.generic:
            scope.awaiting, scope.pending_fields = "key_result", dict(label.fields)
        elif names_only(plain[label.start :]):
            scope.awaiting, scope.named = "key_result", (text, label)
            scope.pending_fields = {
                **label.fields,
                "name": T.clean_key_result(plain[label.start :]).text,
            }
        else:
            scope.awaiting, scope.named, scope.stated = "key_result", (text, label), True
        self.push(scope)

    def section_heading(self, level: float, text: Text, label: T.Label, kind: str | None) -> bool:
        """Whether the heading opens a section of OKRs, of their measures or of notes, and if so
        open it."""
        plain = text.plain
        if kind == T.KEY_RESULTS:
            owner = self.north_star_objective() or self.nearest_objective()
            mapped = objective_of(owner) if T.maps_key_results(plain) else None
            if mapped is not None and mapped.key_results:
                # "## Mapa KR ↔ North Star ↔ OST" after the key results: each set beside what
                # it drives, again — not more of them
                self.push(Scope(level, ROLE_IGNORE))
            else:
                self.push(Scope(level, ROLE_KRS, owner=owner))
        elif kind == T.OBJECTIVES:
            # "## Objectives": its items are objectives — unless the file labels its objectives
            # ("Objective 1: …") elsewhere, where such a list is a summary or a focus list
            self.push(
                Scope(
                    level,
                    ROLE_NONE if self.labelled else ROLE_OBJECTIVES,
                    # (a list of goals in a file that labels its key results elsewhere is a
                    # summary: its goals are objectives only if key results come with them)
                    keep=not self.labelled and not self.labels_krs,
                    title=plain,
                    # ("Objetivos Estratégicos (OKRs)" names them as OKRs)
                    okrs_from=len(self.file.objectives) if T.names_okrs(plain) else None,
                ),
                text.line,
            )
        elif kind == T.CONTAINER:
            names = T.names_okrs(plain)
            words = text.sub(list(range(label.start, len(text.plain))))
            named = OKR_BEFORE_WORDS.match(plain) if label.kind is None else None
            if named is not None:
                words = text.sub(list(range(named.end(), len(plain))))
            area = okrs_area(plain) if label.kind is None and named is None else None
            if area is not None:
                # "## Security OKRs" over its key results: the area is what they are for
                start = plain.index(area)
                words = text.sub(list(range(start, start + len(area))))
            group = None
            if (label.name == "okr" and label.text) or named is not None or area:
                group = Pending(
                    words, dict(label.fields), self.period(), okr=True, area=area is not None
                )
            elif names and label.kind is None and okrs_named_for(plain):
                # "### MVP OKRs (First 90 Days)" over a list of what is to be scored; "### Phase
                # 1 OKRs (Personal Utility)": the note says what they are for
                aim = okrs_named_aim(plain)
                if aim is not None:
                    words = text.sub(list(range(*aim)))
                group = Pending(words, dict(label.fields), self.period(), named=True)
            self.push(
                Scope(
                    level,
                    ROLE_NONE,
                    group=group,
                    title=plain,
                    okrs_from=len(self.file.objectives) if names else None,
                ),
                text.line,
            )
        elif kind == T.SUCCESS_MEASURES or (kind == T.IGNORED_SECTION and T.names_measures(plain)):
            # "### Success criteria", or "### Metrics" under an objective with no key results
            # yet (as the same words on a line above a list): how that objective is measured
            role = self.success_measures(level)
            measured = role == ROLE_KRS
            owner = self.nearest_objective() if measured else None
            self.push(Scope(level, role, owner=owner, measures=measured))
        elif kind in (T.IGNORED_SECTION, T.INITIATIVE):
            self.push(Scope(level, ROLE_IGNORE, guide=T.is_guide(plain)))
        elif kind == T.META:
            self.file.metadata.setdefault(label.name, label.text)
            self.push(Scope(level, ROLE_IGNORE, north_star=label.name == "north_star"))
            self.north_star = None
        else:
            return False
        return True

    def statement_heading(self, level: float, text: Text, label: T.Label, parent: Scope) -> None:
        """A heading with no label of its own: a field, a key result or a group in a section of
        them, a section of a file that labels its objectives, or an objective it states."""
        plain = text.plain
        if T.field_of(plain) is not None:
            self.push(Scope(level, ROLE_DETAILS))  # "### Owner: Sam"
        elif parent.role == ROLE_KRS and long_statement(plain[label.start :]):
            # "### Success indicators for outcome 1" then "#### 1. Public organizations become
            # members of the association …" over its Baseline and Target: a key result, stated
            # by a heading of its own (its fields beneath)
            scope = Scope(level, ROLE_DETAILS, owner=parent.owner)
            scope.awaiting, scope.named = "key_result", (text, label)
            self.push(scope)
        elif parent.role == ROLE_KRS:
            self.push(Scope(level, ROLE_KRS, owner=parent.owner))  # a group of key results
        elif parent.role == ROLE_DETAILS:
            self.push(Scope(level, ROLE_DETAILS, owner=parent.owner))
        elif (repeated := self.repeated_key_result(plain[label.start :])) is not None:
            # "## Details" then "### Ship CSS containment to beta" over its owner, score and
            # notes: a key result read above, named again to say more of it
            self.push(Scope(level, ROLE_DETAILS, owner=repeated))
        elif self.labelled:
            # the file names its objectives: other headings are sections (a team, a theme) or,
            # under an objective, its details ("Success criteria", "Timeframe")
            under = parent.owner is not None and parent.role == ROLE_OBJECTIVE
            words = text.sub(list(range(label.start, len(text.plain))))
            self.push(
                Scope(
                    level,
                    ROLE_DETAILS if under else ROLE_NONE,
                    owner=parent.owner if under else None,
                    title="" if under else plain,
                    # ("## 7. Org Contribution" then "### KR1: Complete the Bar Raiser
                    # programme", with no objective line: the section's heading is theirs)
                    group=None
                    if under or T.section_kind(plain) or NAMES_OKR_PARTS.search(plain)
                    else Pending(words, dict(label.fields), self.period()),
                )
            )
        elif self.beyond_okrs():
            # "## OKR" (its objectives read) then "## Theme priorities": beyond the section
            # that holds the OKRs, a heading is a section of the document, not an objective
            self.push(Scope(level, ROLE_NONE, title=plain))
        else:
            words = text.sub(list(range(label.start, len(text.plain))))
            pending = Pending(
                words, dict(label.fields), self.period(), keep=self.keeps(), goal=goal_label(label)
            )
            above = self.scope
            if (
                above.role == ROLE_OBJECTIVE
                and above.from_heading
                and isinstance(above.owner, Pending)
                and not pending.keep
                and (self.period() is not None or self.in_okrs_named() or self.titled_okrs_file())
                # ("### 阶段一：学习基础（2025/01/01 - 2025/01/10）" over its tasks: a stage of
                # the plan, never a key result)
                and not T.names_phase(words.plain)
            ):
                above.subheads.append((words, label, pending))  # (`heads_as_key_results`)
            self.push(
                Scope(level, ROLE_OBJECTIVE, owner=pending, from_heading=True, title=words.plain)
            )

    # -- paragraphs ----------------------------------------------------------------------------
    def starts_okrs(
        self, scope: Scope, lines: list[Text], following: SyntaxTreeNode | None
    ) -> bool:
        """A paragraph that starts the team's own OKRs in a section that is not about them: in
        a guide ("## OKR Framework"), a dated period over labelled objectives or, under a
        group's OKRs ("### Company-Level OKRs"), a numbered objective in bold; elsewhere, a
        bold line that names the OKRs, as a heading would."""
        if scope.guide:
            return self.period_over_objectives(lines, following) or (
                scope.owned and numbered_objective(lines)
            )
        # ("### Initiative 1: Ship the beta" then "**Goal:** Launch to 500 users" and "**Key
        # Results:**" in one paragraph: an objective stated with its key results' label)
        plain = [line.plain for line in lines]
        after = self.label_lines(following) if following is not None else []
        first = T.parse_label(plain[0])
        if first.kind == T.OBJECTIVE and "label" in first.fields and self.restates_listed(first):
            # "### KR status" then "**O1 — Launch on the owner's date …**" over status notes:
            # an objective read above, named again by its ID and words, is reviewed here
            return False
        return bold_names_okrs(lines) or (
            any_labelled(plain, T.OBJECTIVE)
            # (or beneath it: "**目标**：…" then "**关键结果**：", or "- KR1：…"; or in a file
            # with a heading per key result)
            and (announces_key_results([*plain, *after], one=True) or self.kr_headings)
        )

    def period_over_objectives(self, lines: list[Text], following: SyntaxTreeNode | None) -> bool:
        """ "**Q3 2026 (MVP Launch):**" over "- Objective: …" items: a dated period's labelled
        objectives, which are a team's own, not a method's examples."""
        if len(lines) != 1 or not lines[0].bold or following is None or following.type not in LISTS:
            return False
        period = T.period_of(lines[0].plain)
        items = self.items_of(following)
        return (
            period is not None
            and any(ch.isdigit() for ch in period)
            and bool(items)
            and items[0].label.kind == T.OBJECTIVE
            and bool(items[0].label.text)
        )
