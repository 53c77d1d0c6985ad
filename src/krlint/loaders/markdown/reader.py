"""The reader proper: it walks the document's blocks, keeps the stack of sections they are in,
and decides what each block is (see the package's docstring for the signals it uses)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator

from markdown_it.tree import SyntaxTreeNode

from krlint import measures
from krlint.diagnostics import Problem
from krlint.loaders import mermaid
from krlint.loaders import okr_text as T
from krlint.loaders.markdown.blocks import (
    PERIOD_MENTION,
    SAMPLE_HEADING,
    front_matter,
    prepared,
    top_blocks,
)
from krlint.loaders.markdown.html_blocks import HtmlReader
from krlint.loaders.markdown.list_reading import (
    Item,
    ListReading,
    completed_by_lists,
    measure_of_fields,
    target_field,
    target_of_fields,
)
from krlint.loaders.markdown.nodes import (
    LISTS,
    item_texts,
    pairs,
    plain_node,
    quote_lines,
    quoted_paragraph,
)
from krlint.loaders.markdown.signals import (
    EXAMPLE_LINE,
    FIELD_LEAD,
    GOAL_WORDS,
    LINE_MARKER,
    NAMES_OKR_PARTS,
    OBJECTIVE_STATEMENT_FIELDS,
    QUALIFIED_KR_ID,
    SENTENCE_BREAK,
    UNSPACED_LETTER,
    announces_key_results,
    any_labelled,
    bare_objective,
    bold_name,
    bold_names_okrs,
    clause,
    commands,
    generic_label,
    goal_label,
    indicator_named,
    is_prose,
    labelled_objective,
    labels_okrs,
    long_statement,
    name_words,
    names_only,
    numbered_objective,
    objective_like,
    period_okrs,
    period_okrs_fenced,
    repeats_awaited,
    shortens,
    states,
    states_in_field,
    wrapped_statement,
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
    KRS_FOR,
    SLUG,
    STRUCK,
    labelled_parts,
    names_objectives_and_key_results,
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
from krlint.loaders.read_result import ReadResult
from krlint.model import Objective, Span

# Up to this many characters a document's blocks are parsed once and held for both of the
# reader's passes (~60 MB of tokens and tree per million characters); a larger one is parsed
# again for the second pass rather than held (a 6.8 MB document: ~2.6 s more, ~370 MB less).
PARSED_ONCE = 1_000_000
_PLAIN = frozenset({"", "text", "txt", "plain", "plaintext"})  # fences that name no language
_CODE = "F006"  # what could not be read as OKRs (information, never an error)


class _Reader(ListReading):
    """The block readers over the model being built (`ReaderState`) and the tables
    (`TableReading`): headings, paragraphs, lists, fences, quotes, HTML."""

    # -- the walk ------------------------------------------------------------------------------
    def read(self, blocks: Callable[[], Iterator[SyntaxTreeNode]]) -> None:
        """Read the top-level blocks in order, one block of lookahead.

        `blocks` gives the document's top-level blocks afresh on each call, parsed one at a
        time (`top_blocks`): the conventions decided for the whole file (`prescan`) and the
        lists nested by indentation (`adopt`) are found in a first pass, and the second reads
        while holding only the blocks it is near, so a document of any size is never held
        parsed whole (100,000 key results: ~400 MB of tokens and tree).
        """
        self.survey(blocks())
        window = _Window(self, blocks())
        for n in itertools.count():
            block = window.get(n)
            if block is None:
                break
            following = window.get(n + 1)
            window.release(n)
            if block is self.consumed or n in self.adoptees:
                continue  # the phrases that completed an objective's statement; a sub-list
            if block.type != "heading" and self.restated_beneath(block):
                continue
            if (
                block.type != "heading"
                and self.scope.stated
                and not (
                    block.type in LISTS and measure_of_fields(self.items_of(block)) is not None
                )
            ):
                self.unname(self.scope)
            if block.type != "heading" and self.scope.named is not None:
                # under a key result heading that names it ("### KR1 — Leading"), a measurable
                # sub-heading or line, or a bold line, straight beneath states it, as does a
                # list of statements (`read_list`); any other paragraph or list there is its
                # progress or commentary
                if block.type == "paragraph" and self.statement_beneath(block):
                    continue
                quoted = quoted_paragraph(block)
                if quoted is not None and self.statement_beneath(quoted):
                    continue  # "> **50 nurses confirm alerts 4 days a week**", quoted
                if not (
                    block.type in LISTS
                    and (
                        self.statements_listed(block)
                        or self.field_states(block)
                        or target_of_fields(self.items_of(block)) is not None
                        or measure_of_fields(self.items_of(block)) is not None
                    )
                ):
                    self.unname(self.scope)
            if block.type == "paragraph" and self.bold_statement(block):
                continue
            if self.scope.awaiting == "objective" and self.scope.role != ROLE_IGNORE:
                quoted = quoted_paragraph(block)
                if quoted is not None:
                    # "### Objective" then "> **Help final-year students see why …**" (past a
                    # line that only says what it is: "> **ANNUAL OBJECTIVE**")
                    lines = self.quote_statement(block)
                    if lines:
                        self.awaited(self.scope, lines[0])
                    continue
            self.dispatch(block, following)
        self.pop_to(0)

    def dispatch(self, block: SyntaxTreeNode, following: SyntaxTreeNode | None) -> None:
        """One block, read by its kind: at the top level, and inside a fence or a quote that
        holds OKRs (`read_inside`)."""
        if block.type == "heading":
            self.heading(int(block.tag[1:]), self.text_of(block).flat())
        elif block.type == "paragraph":
            self.paragraph(block, following)
        elif block.type in LISTS:
            if (
                self.scope.role == ROLE_IGNORE
                and self.scope.after is None
                and not any(s.guide for s in self.scopes)
                and labels_okrs(quote_lines(block))
            ):
                # "### 2.1 Sprint 目标" (a sprint's goals, not OKRs) over "- **O**: 完成基础设施
                # 搭建" and "- **KR1**: …", "## OKRs (summary)" over "**Objective 1:** …" with
                # its KRs nested: the labels say what the section holds
                self.end_ignored()
            if not self.numbered_heads_list(block, following):
                self.read_list(block)
        elif block.type == "table":
            self.table(self.markdown_rows(block))
        elif block.type == "html_block":
            self.html(block)
        elif block.type == "code_block":
            self.indented_list(block)
        elif block.type == "fence":
            self.fenced(block)
        elif block.type == "blockquote":
            self.quoted(block)
        # other block quotes and fenced code, rules: notes and decoration, never OKRs

    def fenced(self, node: SyntaxTreeNode) -> None:
        """A fence with no language around labelled OKR lines ("```", "Objective: …", "KR1:
        …", "```") in a section whose heading names the OKRs ("#### Q1 OKRs"), or around
        labelled key results under an objective's own heading ("### Objetivo 1: …" over "```",
        "- KR1: …"): the author fenced them to set them apart, as a playbook does between its
        code samples, and its content is read as the Markdown it is. Under any other heading a
        fence holds a sample ("### ❌ Bad", in a page titled "OKRs"), as does one that names a
        language (```markdown, ```ts)."""
        if node.map is not None and node.info.strip().lower() == "mermaid":
            self.diagram(node.content, node.map[0] + 1)
            return
        if node.map is None:
            return
        lines = node.content.split("\n")
        if node.info.strip().lower() in ("markdown", "md") and period_okrs_fenced(lines):
            # "## 3. OKR Framework" over a ```markdown fence that opens "## Q1 2026 OKRs" and
            # labels its objectives and key results: the team's own quarter, fenced as the
            # rest of the file (an agent's instructions) fences its plans — a period's OKRs
            # are no method's example (as `heading` reads them after a guide's heading)
            src, env = prepared(node.content)
            self.read_inside(list(top_blocks(src, env, shift=node.map[0] + 1)))
            return
        if self.role() == ROLE_IGNORE or node.info.strip().lower() not in _PLAIN:
            return
        # the section it sits in names the OKRs: by its title, or as a period's OKRs ("### 5.2
        # Quarterly OKRs" then "**Q1: Build Foundation**" over a fence of labelled lines)
        nearest = next((s for s in reversed(self.scopes) if s.title or s.period), None)
        named = nearest is not None and (
            T.names_okrs(nearest.title)
            or (not nearest.title and nearest.okrs_from is not None)
            # ("## 4. OKRs por Trimestre" then "### 4.1 Q1 2026: Discovery" or "### Engineering
            # excellence" over the fence; not a sample, "#### ❌ Bad (avoided)", there)
            or (self.in_okrs_named() and not SAMPLE_HEADING.search(nearest.title))
        )
        if not (labels_okrs(lines) and named) and not (
            (self.scope.from_heading or self.scope.by_paragraph)
            and isinstance(self.scope.owner, Objective)
            and any_labelled(lines, T.KEY_RESULT)
        ):
            return
        labelled = [
            label
            for ln in lines
            if (label := T.parse_label(ln.strip())).kind == T.OBJECTIVE and "label" in label.fields
        ]
        titled = nearest is not None and T.section_kind(nearest.title) in (
            T.OBJECTIVES,
            T.CONTAINER,
        )
        if (
            labelled
            and all(self.objective_named(str(label.fields["label"])) for label in labelled)
            and not (nearest is not None and PERIOD_MENTION.search(nearest.title))
            # (under "#### Year 2 Objectives", "Objective 1: Scale & Croissance" is that year's
            # own objective, not the first year's again)
            and not (titled and not all(self.restates_listed(label) for label in labelled))
        ):
            # "### Alignment map" over "O1: Inform users …", "O2: …": the objectives read
            # above, mapped in short (under "### 4.2 Q2 2026", "OBJECTIVE 1: …" is that
            # quarter's own)
            return
        src, env = prepared(node.content)
        self.read_inside(list(top_blocks(src, env, shift=node.map[0] + 1)))

    def diagram(self, content: str, first: int) -> None:
        """OKRs drawn as a Mermaid diagram (`krlint.loaders.mermaid`; `first`: the 0-based line
        of its first line): each objective node read as a labelled line is, with the key
        results that hang from it, their words where they stand in the diagram."""
        if self.role() == ROLE_IGNORE:
            return

        def words(drawn: mermaid.Node) -> tuple[Text, T.Label]:
            number = first + drawn.line
            at = max(self.lines[number].find(drawn.words), 0) if number < len(self.lines) else 0
            text = Text(drawn.words, [(number, at + k) for k in range(len(drawn.words))])
            return text, T.parse_label(drawn.words)

        drawings = mermaid.objectives(content)
        above = self.nearest_objective()
        if (
            len(drawings) == 1
            and isinstance(above, Objective)
            and not above.key_results
            and self.labels_krs
        ):
            # "**Objective**: Automate the creation of …" then a graph of "Objective: Automated
            # Weekly Video Pipeline" with "KR1: Batch Generators", the file labelling its key
            # results in a list: a picture of the objective stated above, in short
            return
        for drawn in drawings:
            if self.named_again(drawn.words) is not None:
                # "B[OKR1: Validar demanda]" below "**OKR 1: Validar demanda**" and its key
                # results: the OKRs read above, drawn again in short
                continue
            obj = self.new_objective(*words(drawn))
            for kr in drawn.key_results if obj is not None else ():
                self.add_key_result(obj, *words(kr))

    def quote_statement(self, block: SyntaxTreeNode) -> list[Text]:
        """The lines of a block quote's paragraphs, past those that only name what follows
        ("> **ANNUAL OBJECTIVE**", "> **Q4 2025 Objective**")."""
        lines = [
            line
            for child in block.children
            if child.type == "paragraph"
            for line in self.text_of(child).lines()
        ]
        return [line for line in lines if not generic_label(line.plain, T.OBJECTIVE)]

    def quoted(self, node: SyntaxTreeNode) -> None:
        """A block quote whose lines label an objective and its key results ("> **目标（O）**：…",
        "> **关键结果（KR）**：…" atop a weekly report) states them, set apart; any other quote
        is a note, a quotation or a call-out."""
        quoted = quote_lines(node)
        if self.role() != ROLE_IGNORE and (labels_okrs(quoted) or self.quotes_key_results(quoted)):
            self.read_inside(list(node.children))
            return
        first = quoted_paragraph(node)
        lines = self.text_of(first).lines() if first is not None else []
        if self.role() != ROLE_IGNORE and lines and generic_label(lines[0].plain, T.OBJECTIVE):
            # "### Q4 2025 OKR: Foundation Phase" then "> **Q4 2025 OBJECTIVE**" over
            # "> *"Ship the discovery core …"*": the quote states the section's objective
            statement = self.quote_statement(node)
            owner = self.scope.owner
            if statement and self.scope.from_heading and isinstance(owner, Objective):
                self.stated(owner, statement[0])  # "### O1: Grow" then the quote: its statement
            elif statement:
                self.scope.awaiting = "objective"
                self.awaited(self.scope, statement[0])

    def quotes_key_results(self, lines: list[str]) -> bool:
        """A quote of labelled key results only, every line one, under an objective read just
        above that has none yet ("**O: Customers onboard quickly.**" then ">KR 1.1: …",
        ">KR 1.2: …"): the objective's key results, set apart."""
        owner = self.nearest_objective()
        said = [line for line in lines if line.strip()]
        return (
            isinstance(owner, Objective)
            and not owner.key_results
            and bool(said)
            and all(T.parse_label(line.strip()).kind == T.KEY_RESULT for line in said)
        )

    def read_inside(self, inner: list[SyntaxTreeNode]) -> None:
        """The blocks inside a fence or a quote that holds OKRs, read as top-level blocks."""
        for block, following in zip(inner, [*inner[1:], None], strict=True):
            self.dispatch(block, following)

    def survey(self, blocks: Iterator[SyntaxTreeNode]) -> None:
        """The whole-file passes (`prescan`, `adopt`) over blocks given one at a time."""
        self.prescan(pairs(blocks, self.adopt))

    def restated_beneath(self, block: SyntaxTreeNode) -> bool:
        """A paragraph (or a quote) that gives the key result a heading above names, by its ID
        again: "### KR1 【修订】数据基建" over "> KR1：【数据基建】完成 GA4 迁移 …" — the line is
        the key result; struck through ("~~KR3：…~~"), the author has taken it back."""
        scope = self.scope
        if scope.named is None or scope.awaiting != "key_result":
            return False
        paragraph = block if block.type == "paragraph" else quoted_paragraph(block)
        if paragraph is None:
            return False
        lines = self.text_of(paragraph).lines()
        if not lines:
            return False
        line = lines[0]
        said = T.parse_label(line.plain.strip().strip("~"))
        ident = said.fields.get("label")
        if said.kind != T.KEY_RESULT or not ident or ident != scope.named[1].fields.get("label"):
            return False
        if not STRUCK.match(line.plain):
            self.add_key_result(
                scope.owner, line, T.parse_label(line.plain), dict(scope.pending_fields)
            )
        scope.awaiting, scope.named, scope.stated, scope.after = None, None, False, ROLE_DETAILS
        return True

    def bold_statement(self, block: SyntaxTreeNode) -> bool:
        """A sentence all in bold straight beneath an objective heading that gives only its ID
        and a name ("### O1 Track 1 — Reasoning core" over "**Make planning reliable so tasks
        run right.**"): the objective's statement, the heading's words its name."""
        owner, scope = self.scope.owner, self.scope
        if not (
            scope.from_heading
            and scope.role != ROLE_IGNORE
            and isinstance(owner, Objective)
            and not owner.key_results
            and "statement" not in owner.fields
            and re.fullmatch(r"(?i)o\d{1,2}", str(owner.fields.get("label", "")))
            and block.map is not None
            and block.map[0] - owner.span.line <= 1  # right beneath (a blank line at most)
        ):
            return False
        lines = self.text_of(block).lines()
        if len(lines) != 1 or not self.emphasised(lines[0]) or not states(lines[0]):
            return False
        line = lines[0]
        typed = self.lines[line.line].strip()
        if not (typed.startswith(("**", "__")) and typed.endswith(("**", "__"))):
            return False  # an italic line beneath is a gloss on the heading's objective
        if T.parse_label(line.plain).kind is not None or _width(line.plain) <= _width(owner.text):
            return False  # a field, or a heading that says more than the line: its statement
        self.stated(owner, line, names=True)
        return True

    def statement_beneath(self, block: SyntaxTreeNode) -> bool:
        """A paragraph that states the key result a heading above only names: one line, or one
        line with an emphasised note beneath it ("*Note: measurable from day one.*")."""
        scope = self.scope
        lines = self.text_of(block).lines()
        if not lines:
            return False
        line = lines[0]
        target = target_field(lines)
        wrapped = None
        if target is not None:
            # "#### Key Result 1.1: Platform Adoption" then "**Target:** 50 enterprise clients
            # on the platform", "**Current:** …": the target line states the key result
            line = target
        elif not all(self.emphasised(n) for n in lines[1:]):
            wrapped = self.text_of(block).flat()
            if not wrapped_statement(lines, wrapped):
                return False
            # "### KR1 — Free-tier signal (due Month 2)" over "By **60 days after launch**,
            # achieve **≥ 50 verified signups** …" wrapped over lines: one sentence with its
            # target, the first thing beneath the name, states it
            line = wrapped
        typed = scope.named is not None and indicator_named(
            scope.named[0].plain[scope.named[1].start :].strip()
        )
        if (
            target is None
            and wrapped is None
            and not states(line)
            and not (
                # "### KR2 — Lagging (Business)" names only the kind of indicator: the line below
                # with a number states it, bold or not ("Reach **1,000 MAU** with 5% paying")
                typed and line.line == line.last_line and measures.has_number(line.plain)
            )
        ):
            return False
        self.add_key_result(scope.owner, line, T.parse_label(line.plain), scope.pending_fields)
        scope.awaiting, scope.named, scope.after = None, None, ROLE_DETAILS
        return True

    def emphasised(self, line: Text) -> bool:
        """A line its author set in italics or bold from end to end, as typed in the source."""
        typed = self.lines[line.line].strip() if line.line < len(self.lines) else ""
        return (
            len(typed) > 2
            and typed[0] in "*_"
            and typed[-1] in "*_"
            and not typed.startswith(("* ", "_ "))
        )

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

    def adopt(self, n: int, before: SyntaxTreeNode, block: SyntaxTreeNode) -> None:
        """A list straight after another list, its markers indented further than the other's,
        is nested under that list's last item, as its author indented it (block `n` is
        `before`; the reading pass (`_Window`) files `block` under that item)."""
        if (
            before.type in LISTS
            and block.type in LISTS
            and before.children
            and self.indent(block) > self.indent(before)
        ):
            self.adopters.add(n)
            self.adoptees.add(n + 1)

    def indent(self, block: SyntaxTreeNode) -> int:
        line = self.lines[block.map[0]] if block.map and block.map[0] < len(self.lines) else ""
        return len(line) - len(line.lstrip())

    def prescan(self, blocks: Iterator[tuple[SyntaxTreeNode, SyntaxTreeNode | None]]) -> None:
        """Conventions decided for the whole file, from what the file does (each block with
        the block after it)."""
        followed = owners = bold_followed = kr_items = numbered = kr_labels = kr_headings = 0
        goal = False  # a "Goal:" line read in this section, its key results not yet labelled
        for block, after in blocks:
            lines = self.label_lines(block)
            announces = announces_key_results(lines)
            if block.type == "heading":
                goal = False
            elif announces:
                # "**Goal:** …", its scope, then "**Key Results:**": the goal is an objective
                self.labelled = self.labelled or goal
                listed = after is not None and after.type in (*LISTS, "table")
                kr_labels += block.type == "paragraph" and listed
            for text in lines:
                label = T.parse_label(text, heading=block.type == "heading")
                if block.type in LISTS and label.kind == T.KEY_RESULT and label.text:
                    kr_items += 1
                kr_headings += block.type == "heading" and label.kind == T.KEY_RESULT
                numbered += label.kind == T.OBJECTIVE and "label" in label.fields
                # ("Goal: …" in a list or a paragraph is often a plan field; a heading that
                # says "Primary goal: …" labels an objective)
                goal = goal or (label.kind == T.OBJECTIVE and block.type != "heading")
                if (
                    label.kind == T.OBJECTIVE
                    and (label.text or label.generic)
                    and not (
                        label.name.lower() in ("goal", "goals")
                        and "label" not in label.fields
                        and block.type != "heading"
                        # (… unless its key results are labelled next: "**Goal:** …" then
                        # "**Key Results:**")
                        and not announces
                        and not (after and announces_key_results(self.label_lines(after)))
                    )
                ):
                    self.labelled = True
                if block.type in LISTS and T.has_owner_suffix(
                    T.clean_key_result(text[label.start :])
                ):
                    owners += 1
            if block.type == "table" and names_objectives_and_key_results(block):
                # "| Objective | Key result | Target |": the file names its objectives in
                # a table, so its other headings are sections, not objectives
                self.labelled = True
            if block.type == "paragraph" and after is not None and after.type in LISTS:
                line = self.text_of(block)
                if objective_like(line):
                    followed += 1
                elif all_bold(line) and objective_like(line, strong=True):
                    bold_followed += len(line.plain.split()) >= 3
        self.paragraph_objectives = followed >= 2 and not self.labelled
        # "**go-ipfs handles large datasets without a sweat**" then its list, again and again:
        # the file states its objectives in bold lines, whether or not their items state numbers
        self.bold_objectives = bold_followed >= 2 and not self.labelled
        self.owner_suffixes = owners >= 3
        # "- **KR1**: …" again and again: the file labels its key results, so an unlabelled list
        # under a heading that is not yet an objective is something else (a stack, a vision)
        self.labels_krs = kr_items >= 3
        # "### KR 1 — …" again and again: a heading per key result, so "**Objective:** …" in a
        # section about something else (a sprint) states the objective they belong to
        self.kr_headings = kr_headings >= 2
        # "**Key Results:**" over each objective's list, again and again: a list under a goal
        # line with no such label above it is something else (the release's scope)
        self.labels_kr_lists = kr_labels >= 2
        # "Objective 1A: …", "O2: …" again and again: the file numbers its objectives
        self.numbers_objectives = numbered >= 2

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
            and generic_label(T.unnumbered(text.plain.strip()), T.OBJECTIVE)
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
            self.push(Scope(level, ROLE_KRS, owner=self.nearest_objective()))
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
            self.push(
                Scope(
                    level,
                    ROLE_NONE,
                    group=Pending(words, dict(label.fields), self.period())
                    if label.name == "okr" and label.text
                    else None,
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
            self.push(Scope(level, ROLE_IGNORE))
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

    def paragraph(self, node: SyntaxTreeNode, following: SyntaxTreeNode | None) -> None:
        text = self.text_of(node)
        lines = text.lines()
        if not lines:
            return
        if self.okr_tags(lines):
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
            self.paragraph_lines(node, lines[:marked], following)
            self.read_items(self.typed_items(lines[marked:]))
            return
        if self.role() == ROLE_KRS and all(self.marked(line, tight=True) for line in lines):
            # "Key Results:" then "  -Admin portal completed and tested", a paragraph a line: a
            # dash stuck to the words is the author's list marker, where a list is announced
            self.read_items(self.typed_items(lines, tight=True))
            return
        self.paragraph_lines(node, lines, following)

    def okr_tags(self, lines: list[Text]) -> bool:
        """A blog theme's OKR tags (Hexo's Stellar: "{% okr o1 %}", the objective's paragraph,
        then each key result's paragraph after an "<!-- okr kr-1 percent:20 -->" comment, up to
        "{% endokr %}"): the first line of each paragraph states it, the lines after it are its
        notes. Whether this paragraph was one of them (a tag, or the words a tag announced)."""
        tags = [_OKR_TAG.fullmatch(line.plain.strip()) for line in lines]
        if any(tags):
            opened = [m for m in tags if m is not None and m.group("id")]
            self.tagged = (_TAGGED_OBJECTIVE, None) if opened else None
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
        if (line.bold or single) and self.period_line(line, scope):
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
        if label.kind == T.KEY_RESULTS or announced == T.KEY_RESULTS:
            # ("We will measure this via the following key results:" says the same)
            if scope.owner is None and scope.latest is None and self.nearest_objective() is None:
                scope.after = ROLE_NONE
            else:
                scope.after = ROLE_KRS
            return True
        if label.kind in (T.INITIATIVE, T.IGNORED_SECTION) or (
            announced == T.IGNORED_SECTION and following is not None and following.type in LISTS
        ):
            # ("… follow these guidelines:" with its list beneath says the same)
            scope.after = ROLE_IGNORE
            return True
        if label.kind == T.META:
            self.file.metadata.setdefault(label.name, label.text)
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
            and str(owner.fields.get("label", "")).upper().startswith("OKR")
        ):
            # "**Company OKR 1: Validate Product-Market Fit**" then "**Objective:** Prove
            # that users love …": the OKR's name, then the objective it states, as under a
            # heading that names it
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
        if restates(self.nearest_objective(), str(label.fields.get("label", ""))):
            # "KR3.3 não vem de norma externa: é o indicador …" below the table that read
            # KR3.3: a note on that key result, not another one
            return
        if self.role() != ROLE_IGNORE:
            named = bold_name(line, label)
            if named is not None:
                statement, extra = named
                self.add_key_result(
                    self.nearest_objective(),
                    statement,
                    T.parse_label(statement.plain),
                    {**label.fields, **extra},
                )
                scope.after = ROLE_DETAILS
                return
            words = line.until_bold_end() if line.bold_end is not None else line
            if words is not line and words.pos and words.pos[-1] < line.pos[label.start]:
                words = line  # "**KR 1:** Grow …": the bold is only the label
            self.add_key_result(self.nearest_objective(), words, label)
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

    # -- lists ---------------------------------------------------------------------------------

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

    def finish(self) -> ReadResult:
        """The file as read: only the objectives that are the document's OKRs, numbered, and a
        finding for what was skipped."""
        self.keep_okrs()
        self.number()
        self.report_skipped()
        return ReadResult(file=self.file, problems=self.problems)

    def keep_okrs(self) -> None:
        """Drop what was read as an objective but, seen beside the whole document, is not one:
        a heading outside the section that names the OKRs, a plan's or a stage's goal."""
        self.file.objectives.sort(key=lambda o: (o.span.line, o.span.column))
        inside = [id(o) in self.in_named_okrs for o in self.file.objectives]
        if sum(inside) == 1:
            # one objective in the section that names the OKRs: elsewhere, a heading whose list
            # no label names is the document's own ("### Problema central" over the ways users
            # cope today, in a go-to-market plan whose "Métricas e OKRs" holds the OKRs)
            self.file.objectives = [
                o
                for o, held_in in zip(self.file.objectives, inside, strict=True)
                if held_in or "label" in o.fields or (o.key_results and not self.strays(o))
            ]
        elif sum(inside) >= 2:
            # "## The Numbers That Matter" (a metrics table) above "## Q2 2026 OKRs": where a
            # section names the OKRs and holds them, an unlabelled heading before it is the
            # document's, as those after it are (`beyond_okrs`); so is a labelled line with no
            # key results beneath ("- Objectif M18 : 500+ templates …" among a phase's notes)
            # … and, after it too, an objective outside those sections with no key results
            # ("**Objetivo:** MVP funcional" over a roadmap phase's deliverables): a plan's goal
            # … but not a labelled goal elsewhere whose items no label names key results
            # ("**Objetivo:** Viral coefficient de 0.1 para 0.4" over a growth strategy's
            # tactics, below "### Objetivos Estratégicos (OKRs)")
            first = inside.index(True)
            self.file.objectives = [
                o
                for n, (o, held_in) in enumerate(zip(self.file.objectives, inside, strict=True))
                if (n >= first or (("label" in o.fields or not self.strays(o)) and o.key_results))
                and (held_in or (o.key_results and not self.strays(o)))
            ]
        elif self.okrs_named_at is not None and not any(inside) and not self.titled_okrs_file():
            # "## 4. Product Objectives, OKRs & Success Metrics" over a diagram krlint cannot
            # read: the document says where its OKRs are, so its other headings with lists
            # ("2.2 Core Value Propositions", "6.1.2 Functional Capabilities") are its features
            # and personas, not objectives — only a labelled objective is read elsewhere
            self.file.objectives = [
                o for o in self.file.objectives if "label" in o.fields and o.key_results
            ]
            if not self.file.objectives:
                self.skipped.okrs_section = self.okrs_named_at + 1  # (1-based, as findings)
        if sum(not self.strays(o) for o in self.file.objectives) >= 2:
            # "**目标 1: 产品可用性**" with "- **KR1:** …" beside "**MVP 目标:**" over the
            # MVP's "**主要交付:** …" fields: where labels name the key results of two
            # objectives or more, an objective whose items no label names is a plan's goal
            self.file.objectives = [
                o for o in self.file.objectives if not self.strays(o) or id(o) in self.in_named_okrs
            ]
        elif any(not self.strays(o) and not self.goal(o) for o in self.file.objectives):
            # "### 4.1 Product Objective" with its "### 4.3 Key Results" table, beside each
            # release stage's "目标：…" over its "技术栈：" and "包含：" lists: where labels name
            # an objective's key results, a goal labelled as a goal whose items no label names
            # is a stage's or a plan's goal, not another objective
            self.file.objectives = [
                o
                for o in self.file.objectives
                if not (self.goal(o) and self.strays(o)) or id(o) in self.in_named_okrs
            ]
        held = [
            o
            for o in self.file.objectives
            if "label" in o.fields
            and T.names_okrs(self.under_heading.get(id(o), ""))
            and not self.goal(o)
        ]
        if len(held) >= 2:
            # "## Annual Strategic Goals" with "### Goal 1:" and its "Success Metrics", beside
            # "## Quarterly OKRs" with "### Objective 1:": where a section that names the OKRs
            # holds objectives labelled as such, a goal outside it is the plan's, not an OKR
            self.file.objectives = [
                o
                for o in self.file.objectives
                if not self.goal(o) or T.names_okrs(self.under_heading.get(id(o), ""))
            ]

    def number(self) -> None:
        """Sort and number the objectives and their key results (O1, O1.KR1); an objective whose
        key results come labelled keeps no unlabelled items before them."""
        for n, obj in enumerate(self.file.objectives, start=1):
            obj.id = f"O{n}"
            obj.fields.pop("_labelled_krs", None)
            obj.key_results.sort(key=lambda k: (k.span.line, k.span.column))
            labelled = [id(kr) in self.labelled_kr_ids for kr in obj.key_results]
            if sum(labelled) >= 2:
                # "Benefits:" or "Principles:" items, then "KR1: …", "KR2: …": an objective whose
                # key results come labelled takes no unlabelled items before them either
                first = labelled.index(True)
                obj.key_results = [
                    kr for m, kr in enumerate(obj.key_results) if m >= first or labelled[m]
                ]
            for m, kr in enumerate(obj.key_results, start=1):
                kr.id = f"{obj.id}.KR{m}"

    def report_skipped(self) -> None:
        """An info-level finding for a file with no OKRs found, or for list items skipped for
        want of an objective: what was skipped and how to mark it up."""
        skipped = self.skipped
        if not self.file.objectives:
            detail = ""
            if skipped.okrs_section is not None:
                detail = (
                    f" (the heading on line {skipped.okrs_section} names them, but nothing "
                    "beneath it reads as objectives with key results)"
                )
            elif skipped.items:
                n = skipped.items
                detail = (
                    f" ({n} list item{'s' if n != 1 else ''} from line {skipped.first} "
                    f"look{'' if n != 1 else 's'} like key results but no objective states "
                    "what they are for)"
                )
            self.problems.append(
                Problem(
                    span=Span(skipped.okrs_section or skipped.first or 1, 1),
                    code=_CODE,
                    message=f"no OKRs found in this Markdown file{detail}: krlint reads a heading "
                    "per objective with its key results listed beneath, 'Objective:' / "
                    "'Key result:' lines, or a table with a Key result column",
                )
            )
        elif skipped.items and skipped.first is not None:
            n = skipped.items
            self.problems.append(
                Problem(
                    span=Span(skipped.first, 1),
                    code=_CODE,
                    message=(
                        f"{n} list item{'s' if n != 1 else ''} from line {skipped.first} "
                        "not read as key results: no objective above them. If they are key "
                        "results, put them under a heading that states the objective, or "
                        "start with an 'Objective: …' line"
                    ),
                )
            )


def _letter_after(marker: re.Match[str]) -> bool:
    """Whether a letter follows the marker: "-Admin portal" is marked, "-5%" a number."""
    return marker.string[marker.end() : marker.end() + 1].isalpha()


def _goal_labelled(obj: Objective) -> bool:
    """An objective whose ID says it is a goal ("Goal 1:", "目标一"), not an objective."""
    label = str(obj.fields.get("label", ""))
    return bool(label) and goal_label(T.parse_label(f"{label}: x"))


# Hexo Stellar's OKR tags: "{% okr o1 %}" … "{% endokr %}", each key result after a comment
# (no two runs that can both take spaces meet: each line is read once, however long)
_OKR_TAG = re.compile(r"\{%\s*(?:okr\s+(?P<id>o\d+)\s*|endokr\s*|quot\s[^%]*)%\}", re.I)
_OKR_KR_COMMENT = re.compile(r"<!--\s*okr\s+kr-?\d+(?P<fields>[^>]*)-->", re.I)
_TAG_FIELD = re.compile(r"(\w+):(\S+)")
_TAGGED_OBJECTIVE, _TAGGED_KR = "objective", "key_result"


def read_markdown(path: str, text: str) -> ReadResult:
    reader = _Reader(path, text)
    skip, front = front_matter(reader.lines)
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
        src, env = prepared(text)
        if len(src) <= PARSED_ONCE:
            held = list(top_blocks(src, env))
            reader.read(lambda: iter(held))
        else:
            reader.read(lambda: top_blocks(src, env))
    except RecursionError:
        reader.problems.append(
            Problem(span=Span(1, 1), code="F002", message="nesting too deep to read")
        )
    if skip and not reader.file.objectives and _OKR_KEYS.intersection(map(str, front)):
        # "---\nobjective: Drive reliability\nkrs:\n  - title: Reduce incidents by 40%": the
        # OKR itself is in the front matter — read it as the YAML it is (lines as in the file);
        # where the Markdown states OKRs of its own, those are the file's (a page's front
        # matter often repeats what its body says)
        from krlint.loaders.yaml_reader import read_yaml

        stated = read_yaml(path, "\n" + "\n".join(reader.lines[1 : skip - 1]) + "\n")
        reader.file.objectives.extend(o for o in stated.file.objectives if o.key_results)
    return reader.finish()


# front matter keys that hold an OKR, not a title or a date
_OKR_KEYS = frozenset({"objective", "objectives", "okrs", "key_results", "krs"})


class _Window:
    """The blocks the reading pass is near, by number: parsed when first asked for, let go
    once read. A list that adopts the list after it is filed with that list (the reader's
    `adopted`, by the id of its last item) as soon as both are parsed, and the entry is
    dropped with the block, so no id outlives its node."""

    def __init__(self, reader: _Reader, blocks: Iterator[SyntaxTreeNode]) -> None:
        self.reader = reader
        self.blocks = blocks
        self.held: dict[int, SyntaxTreeNode] = {}
        self.count = 0  # blocks parsed so far
        self.done = False

    def get(self, n: int) -> SyntaxTreeNode | None:
        adopters = self.reader.adopters
        # an adopting list is never held without the list it adopts
        while not self.done and (self.count <= n or self.count - 1 in adopters):
            block = next(self.blocks, None)
            if block is None:
                self.done = True
                break
            k = self.count
            self.held[k] = block
            self.count += 1
            if k - 1 in adopters:
                self.reader.adopted[id(self.held[k - 1].children[-1])] = [block]
        return self.held.get(n)

    def release(self, n: int) -> None:
        """Let go of the blocks before block `n`."""
        for k in [k for k in self.held if k < n]:
            block = self.held.pop(k)
            if k in self.reader.adopters:
                self.reader.adopted.pop(id(block.children[-1]), None)


def _width(text: str) -> int:
    """How much a text says, by the columns it fills: a Han, Kana or Hangul character says as
    much as a word's two or three letters ("推理与 Agent 核心" is no shorter than its
    English)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
