"""The reader proper: it walks the document's blocks (two passes: a survey, then the reading),
keeps the stack of sections they are in, and decides what each block is (see the package's
docstring for the signals it uses); then keeps what reads as OKRs and reports what it skipped.

What a heading, a paragraph, a list or a table says is decided a layer below, one module each
(`heading_reading`, `paragraph_reading`, `list_reading`, `table_reading`)."""

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
    unescaped_markers,
)
from krlint.loaders.markdown.list_reading import (
    key_result_of_field_rows,
    measure_of_fields,
    target_field,
    target_of_field_rows,
    target_of_fields,
)
from krlint.loaders.markdown.nodes import (
    LISTS,
    pairs,
    plain_node,
    quote_lines,
    quoted_paragraph,
)
from krlint.loaders.markdown.paragraph_reading import ParagraphReading
from krlint.loaders.markdown.signals import (
    announces_key_results,
    announces_no_okrs,
    any_labelled,
    generic_label,
    indicator_named,
    labels_okrs,
    names_only,
    objective_like,
    period_okrs_fenced,
    priority_marked,
    states,
    wrapped_statement,
)
from krlint.loaders.markdown.state import (
    ROLE_DETAILS,
    ROLE_IGNORE,
)
from krlint.loaders.markdown.tables import (
    STRUCK,
    names_objectives_and_key_results,
)
from krlint.loaders.markdown.text import (
    Text,
    all_bold,
    first_sentence,
)
from krlint.loaders.read_result import ReadResult
from krlint.model import Objective, Span

# Up to this many characters a document's blocks are parsed once and held for both of the
# reader's passes (~60 MB of tokens and tree per million characters); a larger one is parsed
# again for the second pass rather than held (a 6.8 MB document: ~2.6 s more, ~370 MB less).
PARSED_ONCE = 1_000_000
_PLAIN = frozenset({"", "text", "txt", "plain", "plaintext"})  # fences that name no language
_MARKED_LINES = 3  # lines marked with a priority that make a file's convention
_CODE = "F006"  # what could not be read as OKRs (information, never an error)
_ATX_HEADING = re.compile(r"#{1,6}\s+\S")


class _Reader(ParagraphReading):
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
            if block.type == "table" and self.scope.named is not None and self.target_table(block):
                continue
            if (
                block.type == "table"
                and self.scope.awaiting == "key_result"
                and self.scope.named is None
            ):
                card = key_result_of_field_rows(self.markdown_rows(block))
                if card is not None:
                    # "**Key Result 1 (KR1):**" over "| Métrica | … |", "| Meta | … |": the
                    # awaited key result, stated by its card of fields
                    self.awaited(self.scope, card)
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
                    first = [
                        line
                        for line in self.text_of(quoted).lines()
                        if not generic_label(line.plain, T.OBJECTIVE)
                    ]
                    if lines:
                        # (hard-wrapped in its paragraph: "> **FM-Agent** によって、" / "> …")
                        self.awaited(self.scope, first_sentence(first) if first else lines[0])
                    continue
            self.dispatch(block, following)
        self.pop_to(0)

    def target_table(self, table: SyntaxTreeNode) -> bool:
        """Whether a table of plan fields under a key result heading that names a measure gives
        its target ("### KR-1.1 — Clientes activos en producción" over "| **Meta Q4 2026** | 3
        clientes … |"): the heading's key result, to that target. (A heading that states a
        number of its own has its target; its table details it.)"""
        scope = self.scope
        if scope.awaiting != "key_result" or scope.named is None:
            return False
        if scope.stated and measures.has_number(scope.named[0].plain[scope.named[1].start :]):
            return False
        target = target_of_field_rows(self.markdown_rows(table))
        if target is None:
            return False
        self.complete_named(scope, ": ", target)
        return True

    def dispatch(self, block: SyntaxTreeNode, following: SyntaxTreeNode | None) -> None:
        """One block, read by its kind: at the top level, and inside a fence or a quote that
        holds OKRs (`read_inside`)."""
        if block.type == "heading":
            if not self.marked_heading(block, following):
                self.heading(int(block.tag[1:]), self.ungraded(self.text_of(block).flat()))
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
                self.read_list(block, following=following)
        elif block.type == "table":
            self.table(self.markdown_rows(block))
        elif block.type == "html_block":
            self.html(block)
        elif block.type == "code_block":
            if not self.indented_document(block):
                self.indented_list(block)
        elif block.type == "fence":
            self.fenced(block)
        elif block.type == "blockquote":
            self.quoted(block)
        # other block quotes and fenced code, rules: notes and decoration, never OKRs

    def indented_document(self, node: SyntaxTreeNode) -> bool:
        """Whether a code block is the document's own sections indented as a whole — a site's
        export that indents every block under a period's heading ("## 2016 Q3" then "    ###
        Improve interop testing", "        #### Imports happening daily …") — and if so read it
        as the Markdown it is, each line put back at its heading's indentation."""
        if node.map is None or self.role() == ROLE_IGNORE:
            return False
        lines = node.content.split("\n")
        if sum(1 for line in lines if _ATX_HEADING.match(line.lstrip())) < 2:
            return False
        nearest = next((s for s in reversed(self.scopes) if s.title or s.period), None)
        if not (
            (nearest is not None and (nearest.period or T.names_okrs(nearest.title)))
            or self.titled_okrs_file()
        ):
            return False
        out: list[str] = []
        base = 0
        for line in lines:
            stripped = line.lstrip()
            indent = len(line) - len(stripped)
            if _ATX_HEADING.match(stripped):
                base = indent
                out.append(stripped)
            else:
                out.append(line[min(indent, base) :])
        src, env = prepared("\n".join(out))
        self.read_inside(list(top_blocks(src, env, shift=node.map[0])))
        return True

    def yaml_fenced(self, content: str, first: int) -> None:
        """A ```yaml fence in a section whose heading names the OKRs ("### Strategic OKRs
        (Annual)" over "Strategic_OKRs_2025:" and its objectives, each with its key results):
        read as the YAML it is, its lines where they are in the file. Elsewhere, or when it
        reads as no objectives with key results, a fence of YAML is configuration or data."""
        nearest = next((s for s in reversed(self.scopes) if s.title), None)
        if (
            nearest is None
            or not T.names_okrs(nearest.title)
            or SAMPLE_HEADING.search(nearest.title)
        ):
            return
        from krlint.loaders.yaml_reader import read_yaml

        stated = read_yaml(self.file.path, "\n" * first + content)
        for obj in stated.file.objectives:
            if obj.key_results:
                self.file.objectives.append(obj)
                self.in_named_okrs.add(id(obj))

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
        if self.role() == ROLE_IGNORE:
            return
        if node.info.strip().lower() in ("yaml", "yml"):
            self.yaml_fenced(node.content, node.map[0] + 1)
            return
        info = node.info.strip().lower()
        if info not in _PLAIN and not (info in ("markdown", "md") and labels_okrs(lines)):
            return  # (a ```markdown fence of labelled OKRs is read as a plain one would be)
        if self.scope.awaiting == "objective" and info in _PLAIN:
            # "### Objetivo (O):" over "```" / "O: Eliminar la fricción de coordinar …" /
            # "```": the statement the heading announces, fenced to set it apart
            src, env = prepared(node.content)
            self.read_inside(list(top_blocks(src, env, shift=node.map[0] + 1)))
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
        one = T.parse_label(quoted[0]) if len(quoted) == 1 else None
        if self.role() != ROLE_IGNORE and (
            labels_okrs(quoted)
            or self.quotes_key_results(quoted)
            # "> **Objective**: Find the hummed song in 30 s" above its key results' table
            or (one is not None and one.kind == T.OBJECTIVE and bool(one.text))
        ):
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
        kr_heads_named = 0
        marked = 0
        goal = False  # a "Goal:" line read in this section, its key results not yet labelled
        sample: SyntaxTreeNode | None = None  # the list or fence "For example:" announces
        guide = 0  # the level of a guide's heading ("#### Example: …") whose section is skipped
        for block, after in blocks:
            # a sample's labelled lines say nothing of how the file is written
            if block.type == "heading":
                level = int(block.tag[1:])
                if guide and level <= guide:
                    guide = 0
                title = self.text_of(block).plain
                if not guide and T.section_kind(title) == T.IGNORED_SECTION and T.is_guide(title):
                    guide = level  # (a section the reader ignores: a guide's "Examples")
            if block is sample or (guide and block.type != "heading"):
                continue
            lines = self.label_lines(block)
            if (
                block.type == "paragraph"
                and len(lines) == 1
                and announces_no_okrs(lines[0], after.type if after else None)
            ):
                sample = after
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
                kr_heads_named += (
                    block.type == "heading"
                    and label.kind == T.KEY_RESULT
                    and names_only(text[label.start :])
                )
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
            if block.type in ("heading", "paragraph") and priority_marked(plain_node(block)):
                marked += 1
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
        # … most of them stating it ("### KR-2：重建 Cruise Gains" with its details beneath): a
        # short one among them states its key result too, it does not name one its list states
        self.kr_headings_state = kr_headings >= 3 and 2 * kr_heads_named < kr_headings
        # "**Key Results:**" over each objective's list, again and again: a list under a goal
        # line with no such label above it is something else (the release's scope)
        self.labels_kr_lists = kr_labels >= 2
        # "Objective 1A: …", "O2: …" again and again: the file numbers its objectives
        self.numbers_objectives = numbered >= 2
        # "P1 - Sign off on spec and I2S", "Ship pointerrawmove P2 0.80", paragraph after
        # paragraph: the file marks its key results by their priority, not in lists
        self.priority_marks = marked >= _MARKED_LINES

    # -- lists ---------------------------------------------------------------------------------

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
                if held_in or labelled(o) or (o.key_results and not self.strays(o))
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
                if (n >= first or ((labelled(o) or not self.strays(o)) and o.key_results))
                and (held_in or (o.key_results and not self.strays(o)))
            ]
        elif self.okrs_named_at is not None and not any(inside) and not self.titled_okrs_file():
            # "## 4. Product Objectives, OKRs & Success Metrics" over a diagram krlint cannot
            # read: the document says where its OKRs are, so its other headings with lists
            # ("2.2 Core Value Propositions", "6.1.2 Functional Capabilities") are its features
            # and personas, not objectives — only a labelled objective is read elsewhere
            # … or one whose key results a label or a column names ("| Objective | Key
            # Results | Owner |" under each quarter, below "## Annual Objectives")
            self.file.objectives = [
                o
                for o in self.file.objectives
                if (labelled(o) or not self.strays(o)) and o.key_results
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
            if labelled(o) and T.names_okrs(self.under_heading.get(id(o), "")) and not self.goal(o)
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
        src, env = prepared(unescaped_markers(text))
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


def labelled(obj: Objective) -> bool:
    """An objective its author labelled ("O1", "Objective 2", "OKR-3"), not one whose heading
    is only numbered in the document's outline ("### 11.1. Evaluation Philosophy")."""
    label = obj.fields.get("label")
    return bool(label) and not T.outline_number(str(label))


def _width(text: str) -> int:
    """How much a text says, by the columns it fills: a Han, Kana or Hangul character says as
    much as a word's two or three letters ("推理与 Agent 核心" is no shorter than its
    English)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
