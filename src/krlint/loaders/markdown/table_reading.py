"""Tables of key results: which column holds what, a row at a time (objectives from a
column, a bold row, the header row or the section above; the key result, its metric and
target; fields from the other columns), and the tables that are not OKRs or restate them."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from markdown_it.tree import SyntaxTreeNode

from krlint.loaders import okr_text as T
from krlint.loaders.markdown.blocks import (
    PARSER,
)
from krlint.loaders.markdown.html_blocks import Cell
from krlint.loaders.markdown.signals import (
    LETTER_ID,
    LISTED_ID,
    QUALIFIED_KR_ID,
    STATEMENT_FIELDS,
    brief,
    id_key,
    id_only,
    joins,
    names_only,
    value_only,
)
from krlint.loaders.markdown.state import (
    ROLE_DETAILS,
    ROLE_IGNORE,
    ROLE_KRS,
    Owner,
    Pending,
    ReaderState,
    restates,
)
from krlint.loaders.markdown.tables import (
    BAR_HEADERS,
    CELL_ID,
    CELL_LEAD,
    COUNT_CELL,
    KR_HEADERS,
    KR_RANGE,
    MEASUREMENT_HEADERS,
    METHOD_HEADERS,
    METRIC_HEADERS,
    OKR_KINDS,
    ROLLUP_CELL,
    STRUCK_CELL,
    TABLE_FIELDS,
    TARGET_HEADERS,
    Columns,
    bare_label,
    bold_rows,
    cell_items,
    cell_starts,
    crosswalk,
    has_letters,
    header_of,
    labelled_parts,
    labels_rows,
    numbered_cells,
    numbers_a_key_result,
    objective_and_kr_columns,
    objective_column,
    objective_in_header,
    tagged_row,
    unnumbered_cell,
)
from krlint.loaders.markdown.text import (
    Text,
    cell_at,
    cell_under,
    joined_text,
)
from krlint.model import Objective


@dataclass(slots=True)
class _Table:
    """A table of key results as it is read row by row: its columns, and what one row leaves
    for the next (the objective its key results belong to, the objective column's words)."""

    names: list[str]
    written: list[str]
    columns: Columns
    body: list[list[Cell]]
    under_objective: bool
    owner: Owner = None
    rows_objectives: int = 0  # objectives read from the objective column
    said: str = ""  # the objective column's words in the row above
    numbered: bool = False  # every objective cell opens with its ID: "G1 …", "G2 …"
    labelled_rows: bool = False  # no column names the key results: each row's first cell labels it


class TableReading(ReaderState):
    """How the reader reads a table (Markdown or HTML rows)."""

    # -- tables --------------------------------------------------------------------------------
    def markdown_rows(self, node: SyntaxTreeNode) -> list[list[Cell]]:
        rows: list[list[Cell]] = []
        for part in node.children:
            for tr in part.children:
                if tr.type != "tr":
                    continue
                cells: list[Cell] = []
                starts: dict[int, list[int]] = {}  # line -> where its cells start, found once
                for index, cell in enumerate(tr.children):
                    inline = next((c for c in cell.children if c.type == "inline"), None)
                    if inline is None or inline.map is None:
                        cells.append(Cell(Text("", []), cell.type == "th"))
                        continue
                    number = inline.map[0]
                    if number not in starts:
                        starts[number] = cell_starts(
                            self.lines[number] if number < len(self.lines) else ""
                        )
                    row_starts = starts[number]
                    text = self.text_of(inline, row_starts[index] if index < len(row_starts) else 0)
                    cells.append(Cell(text, cell.type == "th"))
                if starts and rows:
                    number, row_starts = next(iter(starts.items()))
                    cells.extend(self.cells_past_header(number, row_starts, len(cells)))
                written = [c.text.plain for c in cells if c.text.plain.strip()]
                if rows and written and all(STRUCK_CELL.fullmatch(w) for w in written):
                    continue  # "| ~~Reading~~ | ~~Finish the book~~ |": struck out, whole
                rows.append(cells)
        return rows

    def cells_past_header(self, number: int, starts: list[int], have: int) -> list[Cell]:
        """The cells of a body row past those its header names, which CommonMark drops ("| G3.1
        | Median time to a dashboard | ≤10 min | test | owner |" under four columns): as typed,
        so a reader can see its author shifted the row (`read_table`)."""
        source = self.lines[number] if number < len(self.lines) else ""
        bounds = [*starts, len(source) + 1]
        out: list[Cell] = []
        for begin, end in itertools.pairwise(bounds[have:]):
            typed = source[begin : end - 1]
            if not typed.strip():
                continue
            (token,) = PARSER.parseInline(typed.strip())
            token.map = [number, number + 1]
            out.append(Cell(self.text_of(SyntaxTreeNode([token]).children[0], begin)))
        return out

    def table(self, rows: list[list[Cell]]) -> None:
        """A table's rows: a column named for the objectives or the key results names what
        its rows hold (`krs_named`; a "Metric | Requirement" table names no key results)."""
        self.naming = bool(rows) and any(
            T.parse_label(cell.text.plain.strip(" *_") + ":").kind in OKR_KINDS for cell in rows[0]
        )
        before = {id(o): len(o.key_results) for o in self.file.objectives}
        try:
            self.read_table(rows)
            named = self.naming
        finally:
            self.naming = False
        if named:
            # a table whose column names its key results names them as a label does: a list
            # after it under the same objective holds notes, not more of them
            for obj in self.file.objectives:
                if len(obj.key_results) > before.get(id(obj), 0):
                    obj.fields["_labelled_krs"] = True
                    self.named_columns = True

    def read_table(self, rows: list[list[Cell]]) -> None:
        """A table of key results: one per row from a key result (or metric) column, the
        objective from an objective column, a bold row, the header row or the section above;
        other columns named like key result fields (Target, Baseline, Owner, Status) become
        fields, and a metric with no value of its own reads "Metric: Target"."""
        if len(rows) >= 2 and self.role() == ROLE_IGNORE and self.okrs_table_first(rows):
            self.end_ignored()  # "## 1. Plan overview" over "| # | Objective | Key Results |"
        if len(rows) < 2 or self.role() in (ROLE_IGNORE, ROLE_DETAILS):
            return
        if self.scope.awaiting == "key_result" and self.scope.named is None:
            self.scope.awaiting = None  # "**关键结果**：" then a table: what the label announced
        rows = _melted(rows)
        if objective_in_header(rows):
            rows = [[Cell(Text("", []), header=True) for _ in rows[0]], *rows]
        table = self.table_of(rows)
        if table is None or self.summarises(table):
            return
        if (
            self.named_columns
            and not self.naming
            and table.columns.objective is None
            and table.columns.mixed is None
            and self.scope.role != ROLE_KRS
            and not isinstance(self.section_objective(), Objective)
            and not self.okrs_named_below_title()
        ):
            # "| Objective | Key Result 1 | … |" under "### Q1 OKRs", then "## Sub-Agent Goals"
            # with "| Goal | Metric | Target |" under each role: where the file names its
            # objectives and key results by its tables' columns, a table that names neither,
            # outside a section naming OKRs and under no objective, holds goals or metrics
            # (and the heading above it names their section, not an objective)
            if isinstance(heading := self.section_objective(), Pending):
                heading.keep = False
            return
        table.owner = self.group() or self.nearest_objective()
        if (
            isinstance(table.owner, Objective)
            and table.owner.fields.get("_labelled_krs")
            and table.columns.kr is not None
            and table.names[table.columns.kr] not in KR_HEADERS
            and table.columns.objective is None
        ):
            # "**Objective**: …" with "- **KR1**: …" labelled, then "| 指标 | 目标值 | 测试场景 |":
            # a table of metrics after key results that came labelled measures them, it adds
            # none (as a list after them holds notes)
            return
        for row in table.body:
            self.read_row(row, table)
        if (
            table.columns.objective is not None
            and isinstance(table.owner, Objective)
            and table.rows_objectives < 2
        ):
            # (the objective of a one-objective table owns what follows it; of a table of
            # several objectives, the last row's does not)
            self.scope.owner = table.owner

    def table_of(self, rows: list[list[Cell]]) -> _Table | None:
        """The table's columns, named from its header row, when it holds key results; None when
        it does not (a table of objectives, read here, or a list that mentions OKRs)."""
        names = [header_of(cell.text.plain) for cell in rows[0]]
        body = rows[1:]
        # (or where a column names, by their IDs alone, objectives listed above: "| Obj 3 |
        # Data Duel: Account Match | 74% → 90% |" under "Objective | Metric | Q1 Target")
        under_objective = self.section_objective() is not None or self.names_listed_objectives(
            names, body
        )
        written = [cell.text.plain.strip() for cell in rows[0]]
        columns = Columns.of(
            names, under_objective=under_objective, written=written, titled=self.titled_okrs()
        )
        if (
            self.naming
            and self.scope.role != ROLE_KRS
            and not any(
                T.parse_label(written[n].strip(" *_") + ":").kind in OKR_KINDS
                for n in (columns.objective, columns.kr, columns.mixed)
                if n is not None and n < len(written)
            )
        ):
            # ("| Goal | Description | Success Metric |": "Goal" read as the target, not as
            # the objectives' column — the table names no OKRs, unless its heading does:
            # "### Key Results" over "| 지표 | 목표 |")
            self.naming = False
        if (
            columns.kr is None
            and columns.mixed is None
            and len(columns.field_columns) >= 2
            and 0 not in columns.field_columns
            and bold_rows(body, 0)
        ):
            # "| **IPFS Cluster** | **Priority** | **Owner** |" with "| **1 Finish the base
            # use-case** |" rows above plain ones: the first column holds objectives and key
            # results, however it is named, when the others are a key result's fields
            columns.mixed = 0
        if columns.mixed is not None and not bold_rows(body, columns.mixed):
            return None  # an "OKR" column without objective rows: a list that mentions OKRs
        labelled_rows = False
        if columns.kr is None and columns.mixed is None and labels_rows(body):
            # "| OKR Element | Description | Score |" with "| **O** | … |", "| **KR1** | … |":
            # the first column names what each row is, the words are beside it (and a Target
            # column beside them is their target: "| KR-1 | Reduce response time | < 5 min |")
            columns.kr = 0
            labelled_rows = True
            if columns.target is None:
                columns.target = next(
                    (n for n, name in enumerate(names) if n and name in TARGET_HEADERS), None
                )
        if columns.kr is None and columns.mixed is None:
            if not self.labelled_cells(rows):
                self.header_objectives(rows)
                self.list_objectives(body, columns)
            return None
        numbered = columns.objective is not None and numbered_cells(
            [row[columns.objective].text.plain for row in body if columns.objective < len(row)]
        )
        return _Table(
            names,
            written,
            columns,
            body,
            under_objective,
            numbered=numbered,
            labelled_rows=labelled_rows,
        )

    def summarises(self, table: _Table) -> bool:
        """Whether the table restates or reviews OKRs read elsewhere, or is the document's own
        beyond its OKRs: not key results."""
        columns, body = table.columns, table.body
        if (
            self.beyond_okrs()
            and columns.objective is None
            and columns.mixed is None
            and self.section_objective() is None
        ):
            # "## 1.4 OKRs" read, then "### 7.2 Manual verification" with "| Test | Result |":
            # beyond the OKRs, a table with no objective of its own is the document's
            return True
        kr_cells = [
            row[columns.kr].text.plain
            for row in body
            if columns.kr is not None and columns.kr < len(row)
        ]
        if crosswalk(
            kr_cells, [c.text.plain for row in body for n, c in enumerate(row) if n != columns.kr]
        ):
            # "| KR | Canon IDs |" with "| KR.O1.1 | MET.RELIAB.AVAIL_ODD · MET.SAFETY.ZERO_HARM |":
            # key results' IDs mapped to other identifiers, no words of their own
            return True
        if (
            self.read_before(kr_cells)
            or (columns.reviews and self.names_read_key_results(kr_cells))
            or self.cites_read_ids(kr_cells)
        ):
            # "| KR | Achievement |" over the key results read above, "| KR | Meta | Resultado
            # | Cumplimiento |" naming them short: their review; "| Feature | Spec | Primary KR
            # |" with "| … | KR2.2, KR2.3 |": what serves them, by their IDs
            return True
        # "| Goal | KR | Status | Gap |" with "| Platforms | KR1: Identify … |" rows, under
        # "## 1. Platforms / ISV readiness" read above: a summary of those OKRs
        return columns.objective is not None and self.names_read_objectives(
            [row[columns.objective].text.plain for row in body if columns.objective < len(row)]
        )

    def read_row(self, row: list[Cell], table: _Table) -> None:
        """One row of a table of key results: a header repeated, a roll-up, an objective (from
        its own column), or a key result with its fields."""
        raw_cells = [c.text for c in row]
        cells = [unnumbered_cell(c.flat()) for c in raw_cells]
        names, columns = table.names, table.columns
        kr = columns.kr
        if (
            kr is not None
            and len(cells) == len(names) + 1
            and kr + 1 < len(cells)
            and id_only(cells[kr].plain, T.parse_label(cells[kr].plain))
        ):
            # "| G3.1 | Median time to a dashboard | ≤10 min | onboarding test | table.owner |"
            # under "| KR | Target | Source | Owner |": a cell more than the header names,
            # beside an ID — the row's statement, the columns named from there on
            names = [*names[: kr + 1], "statement", *names[kr + 1 :]]
            columns = Columns.of(
                names,
                under_objective=table.under_objective,
                written=[*table.written[: kr + 1], "Statement", *table.written[kr + 1 :]],
            )
        said_kr = cell_at(cells, columns.kr)
        if (
            said_kr is not None
            and len(said_kr.plain) < 40
            and header_of(said_kr.plain) in KR_HEADERS
        ):
            return  # "| **Objectives - Media** | **Key Results** |": the header again
        if columns.mixed is not None:
            self.mixed_row(row, cells, columns, table)
            return
        assert columns.kr is not None
        named = cell_at(cells, columns.kr)
        if named is not None and KR_RANGE.fullmatch(named.plain):
            return  # "| O1: Ship the pipeline | KR1-KR4 |": a map that points to them
        counted = cell_at(cells, columns.objective) if columns.objective is not None else None
        rolled_up = counted is not None and COUNT_CELL.fullmatch(counted.plain) is not None
        if (
            named is not None
            and COUNT_CELL.fullmatch(named.plain)
            and (rolled_up or has_letters(named.plain))
        ):
            # "| Objectives | KRs | On track |" over "| 6 | 15 | 10 |", "| O1: SaaS Ready | 5
            # KRs |": how many, in a roll-up of the OKRs
            return
        target = cell_at(cells, columns.target)
        if (
            named is not None
            and ROLLUP_CELL.fullmatch(named.plain.strip(" *_"))
            and (target is None or not target.plain.strip(" *_-—–"))
        ):
            return  # "| **Average Achievement** | | | **210%** |": the rows above, summed up
        if columns.objective is not None and self.row_objective(cells, named, columns, table):
            return
        if named is not None and named.plain:
            self.row_key_result(named, cells, cell_at(raw_cells, columns.kr), names, columns, table)

    def mixed_row(
        self, row: list[Cell], cells: list[Text], columns: Columns, table: _Table
    ) -> None:
        """A row of a column that holds objectives (bold rows) and their key results."""
        assert columns.mixed is not None
        cell = cell_at(cells, columns.mixed)
        if cell is None or not cell.plain:
            return
        label = T.parse_label(cell.plain)
        if (
            row[columns.mixed].text.bold or label.kind == T.OBJECTIVE
        ) and label.kind != T.KEY_RESULT:
            table.owner = self.new_objective(cell, label) or table.owner
            return
        self.add_key_result(table.owner, cell, label, columns.fields(cells))

    def row_objective(
        self, cells: list[Text], named: Text | None, columns: Columns, table: _Table
    ) -> bool:
        """The objective of the row, from the objective column (one listed or read above, or a
        new one); True when the row only restates OKRs read above."""
        assert columns.objective is not None
        cell = cell_at(cells, columns.objective)
        if cell is not None and cell.plain:
            label = T.parse_label(cell.plain)
            numbered = CELL_ID.match(cell.plain) if table.numbered and label.kind is None else None
            if numbered is not None:
                # "| G1 统一管理 | …", "| G2 智能选型 | …": the objective's ID, then its words
                cell = cell.sub(list(range(numbered.end(), len(cell.plain))))
                label = T.Label(T.OBJECTIVE, cell.plain, 0, "", {"label": numbered.group("id")})
            ident = " ".join(named.plain.split()).strip(" :.") if named else ""
            said = T.parse_label(ident) if ident else None
            if said is not None and said.kind == T.KEY_RESULT and not said.text:
                # "KR 1.1 (Classificar prêmio de habilidades)": an ID and a name only
                ident = str(said.fields.get("label") or ident)
            # (the objective's ID as its label gives it, or as cleaning finds it:
            # "OBJ-1 Adopción"; looked up only beside a KR ID that names an objective)
            known = None
            if QUALIFIED_KR_ID.search(ident):
                fields = (
                    label.fields
                    if label.kind == T.OBJECTIVE
                    else T.clean_objective(cell.plain).fields
                )
                if not fields.get("label"):
                    # "**OKR 1** <br> (Aceleração Salarial)": a cell of an ID and a name, as a
                    # heading gives them
                    alone = T.parse_label(cell.plain, heading=True)
                    fields = alone.fields if alone.kind == T.OBJECTIVE and not alone.text else {}
                known = self.objective_named(str(fields.get("label", "")))
            if known is not None and restates(known, ident):
                # "| OBJ-1 Adopción | KR-1.1 | 3 clientes |" in a summary of the OKRs
                # read above: it restates them
                return True
            listed = (
                self.objective_named(cell.plain)
                if re.fullmatch(r"o\d+", id_key(cell.plain))
                else None
            )
            if listed is None:
                listed = self.objective_listed(cell)
            if listed is not None:
                # "| O2 | Soft cohort 40/40 filled |" under "- **O2.** Fill the soft
                # cohort" listed above: that objective's key result
                table.owner = listed
            elif cell.plain != table.said or not isinstance(table.owner, Objective):
                # (a row that repeats the objective above it is more of that one)
                made = self.new_objective(cell, label)
                table.rows_objectives += made is not None
                table.owner = made or table.owner
            table.said = cell.plain
        return False

    def row_key_result(
        self,
        cell: Text,
        cells: list[Text],
        lines: Text | None,
        names: list[str],
        columns: Columns,
        table: _Table,
    ) -> None:
        """The key result in the row's key result cell, its words beside an ID that is all the
        cell holds, its metric and target from the columns beside it."""
        assert columns.kr is not None
        if bare_label(cell.plain) == T.OBJECTIVE:
            # "| **O** | Optimise inference cost: … |": the objective, in words; under a
            # heading that states it already, what it says of it
            words = next((c for c in cells[columns.kr + 1 :] if c.plain), None)
            if words is None:
                return
            owner = table.owner
            # (only a heading that labels an objective states it already — "## O1 Grow" —
            # not a document's or a section's title: "# AI Product Spec" over "### MVP OKR")
            named = (
                bool(owner.generic or owner.okr or owner.fields.get("label"))
                if isinstance(owner, Pending)
                else owner is not None and bool(owner.fields.get("label")) and not owner.key_results
            )
            target_obj = self.materialise(owner) if named else None
            if target_obj is None:
                table.owner = self.new_objective(words, T.parse_label(words.plain)) or table.owner
            else:
                target_obj.fields.setdefault("statement", words.plain)
            return
        label = T.parse_label(cell.plain)
        if label.kind == T.IGNORED_SECTION and not label.text and columns.target is not None:
            # "| Automation | Scheduled tasks | 100% compliance |": in the key result's column,
            # beside its target, words that would title a section are what it measures
            label = T.Label(None, cell.plain, 0, "", {})
        if label.kind == T.OBJECTIVE and label.text and columns.objective is None:
            # "| **O1: Catalyze secure software …** | |" in the key results' column: the
            # objective of the rows below it
            table.owner = self.new_objective(cell, label) or table.owner
            return
        if label.kind == T.OBJECTIVE and label.name.upper() == "OKR" and label.text:
            # "| Grow ecosystem revenue | OKR1: Onboard 40 chains a quarter | 40 |": beside
            # the objective's own column, "OKR n" numbers the key results
            label = T.Label(T.KEY_RESULT, label.text, label.start, label.name, label.fields)
        lettered = LETTER_ID.match(cell.plain) if label.kind is None else None
        if lettered is not None:
            # "| A1 · Endpoints respondendo do Spring Boot | 0/12 | 12/12 |" in the KR
            # column, under "### Objective A": the key result's ID, then its words
            cell = cell.sub(list(range(lettered.end(), len(cell.plain))))
            label = T.Label(T.KEY_RESULT, cell.plain, 0, "", {"label": lettered.group("id")})
        if label.kind not in (None, T.KEY_RESULT):
            return
        target = columns.target_of(cells)
        if id_only(cell.plain, label) or (
            table.labelled_rows and tagged_row([c.plain for c in cells])
        ):
            # ("| KR1 – Leading | 80% of test tickers … |": the key result's ID and its kind,
            # its words beside them)
            stated = self.stated_beside(cell, cells, names, columns, table.owner)
            if stated is None:
                return
            cell, label, used = stated
            if used == columns.target:
                target = None  # "| KR 1 | Validate 500 entries |" in a Target column
        else:
            used = columns.kr
        # (a row that numbers its key result — "KR4.3", "1.2" in a cell of its own or as
        # the label — holds one)
        ident = next(
            (
                c.plain.strip(" *_")
                for n, c in enumerate(cells)
                if n != columns.kr and numbers_a_key_result(c.plain)
            ),
            None,
        )
        numbered_row = bool(label.fields.get("label")) or ident is not None
        items = cell_items(
            lines if lines is not None and cell is cell_at(cells, columns.kr) else cell,
            one=numbered_row,
            targeted=target is not None and joins(cell.plain[label.start :], target.plain),
        )
        if len(items) > 1:  # "KR1: a; KR2: b", "- a<br>- b": one key result each
            for item in items:
                self.add_key_result(
                    table.owner, item, T.parse_label(item.plain), columns.fields(cells, used)
                )
            return
        kr_text = cell
        metric = columns.metric_beside(cells, used)
        if target is not None and joins(cell.plain[label.start :], target.plain):
            # (a statement's full stop gives way to the colon: "… Dashboard.: ≤ 45 s" is
            # "… Dashboard: ≤ 45 s")
            stop = len(cell.plain.rstrip()) - 1
            if stop > label.start and cell.plain[stop] in ".。" and cell.plain[stop - 1] != ".":
                cell = cell.sub(list(range(stop)))
            kr_text = joined_text(cell, ": ", target)
            if metric is not None:
                # "| KR3: End-to-end workflow test | Build → test → commit | Pass |": the key
                # result names what is measured, the Metric column says how, the Target
                # how much — all three its words ("KR — Metric: Target")
                kr_text = joined_text(cell, " — ", metric, ": ", target)
            if names[columns.target or 0] in METRIC_HEADERS and value_only(cell.plain):
                # "| MAU view rate | … | ≧55% |" with the value under "Expected KRs": the
                # metric names what the value measures ("Metric: Target")
                kr_text = joined_text(target, ": ", cell)
        if ident and not label.fields.get("label"):
            # "| KR 编号 | 关键结果 | 目标值 |" with "| KR1 | … |": the ID in a column of its own
            # names the key result, as a label would (notes below may cite it)
            label = replace(label, fields={**label.fields, "label": ident})
        self.add_key_result(table.owner, kr_text, label, columns.fields(cells, used))

    def stated_beside(
        self, cell: Text, cells: list[Text], names: list[str], columns: Columns, owner: Owner
    ) -> tuple[Text, T.Label, int] | None:
        """The words of a key result whose cell is only its ID ("| **KR 1** | Validate 500
        entries |"), their label and the column they are in; None when the row only says a
        word about a key result read above."""
        assert columns.kr is not None
        # "| **KR 1** | Validate 500 entries |": the ID's neighbour states the KR — the
        # first that states something, past one that only names its type ("| KR1 |
        # Leading indicator | 120 users finish … |")
        # (in a Target column only when no other cell has words: "| KR 1 | Validate 500
        # entries |" under "KR | Target"; else "| KR1 | ARR | $2M |" reads "ARR: $2M")
        beside = [
            c
            for n, c in enumerate(cells)
            if n > columns.kr
            and c.plain
            and n not in columns.field_columns
            and n != columns.target
            and n not in columns.other
        ]
        own = cell_at(cells, columns.target)
        # (a statement, or one that opens with its number: "0 cross-package re-exports
        # remain post-cutover")
        if own is not None and len(re.findall(r"[^\W\d_]{3,}", own.plain)) >= 4:
            # a Measure beside a Target that states the key result says how it is
            # measured when it is more than a name: "| KR 1.2 | Zero regressions
            # lasting 24 h | Monitor via the daily CI run |" (a Metric, or a Measure
            # that only names one, says what: "| 2.2 | Cost-to-support | Baseline by Q1 |")
            beside = [
                c
                for n, c in enumerate(cells)
                if any(c is b for b in beside)
                and not (
                    n < len(names)
                    and names[n] in MEASUREMENT_HEADERS
                    # (under "Measured by", however short: "`grep -r` returns empty"; so
                    # after the Target, as a table reads: "| KR2.2 | 0 imports of odoo.enterprise
                    # | CI lint gate |" under "Key Result | Target | Measure")
                    and (
                        names[n] in METHOD_HEADERS
                        or not names_only(c.plain)
                        or (columns.target is not None and n > columns.target)
                    )
                )
            ]
        # a cell under "Statement" states the key result; else one under "Metric"
        # names what is measured, however short ("| KR 1.2 | Job filtering options |
        # 5+ | Status, date, … |")
        words = (
            # ("| KR | Resultado clave | Meta |": a second column named for the key result
            # holds its words beside the first's ID)
            cell_under(cells, beside, names, KR_HEADERS)
            or cell_under(cells, beside, names, STATEMENT_FIELDS)
            or cell_under(cells, beside, names, METRIC_HEADERS)
            # what is measured, beside an ID and a threshold (a bar, never a statement):
            # "| **KR1.1** | Conference talks naming us | ≥ 3 talks |" under "KR |
            # Measurement | Threshold" (beside a Target that can state the key result, a
            # Measurement says how it is checked)
            or (
                cell_under(cells, cells, names, MEASUREMENT_HEADERS)
                if names[columns.target or 0] in BAR_HEADERS
                # (… or beside only a value: "| KR1.1 | Beta users onboarded | 200 |"
                # under "Key Result | Measurement | Target")
                or (not beside and (own is None or brief(own.plain)))
                else None
            )
            or next(
                (c for c in beside if not names_only(c.plain)),
                beside[0] if beside else own if own and own.plain else None,
            )
        )
        if words is None:
            return None
        used = next(n for n, c in enumerate(cells) if c is words)
        ident = " ".join(cell.plain.split()).strip(" :.")
        if restates(owner, ident) and len((beside or [words])[0].plain.split()) <= 3:
            # "| KR1 | Leading | why we chose it |": a short word about a key result read
            # above (a statement beside a repeated ID is a new key result: numbering
            # restarts per group)
            return None
        cell, label = words, T.parse_label(words.plain)
        if label.kind not in (None, T.KEY_RESULT):
            # "| KR4.4 | Unauthorized actions (…) | 0 |": beside a key result's ID,
            # the words that look like a label ("… actions") are its metric
            label = T.Label(None, words.plain, 0, "", {})
        label.fields.setdefault("label", ident)
        return cell, label, used

    def labelled_cells(self, rows: list[list[Cell]]) -> bool:
        """A grid with its OKRs written as labelled lines in its cells ("**Objective:** Reshape
        my body…", "- KR: lower my BMI to 25" in one quadrant of a four-square): read column
        by column, top to bottom, as the same lines outside a table would be. True when the
        table held an objective and key results this way."""
        cells = [
            (r, n, label) for r, row in enumerate(rows) for n, label in enumerate(_cell_labels(row))
        ]
        # "| **Objetivo 1:** Tornar … | **KR 1.1:** … **KR 1.2:** … |": an objective leading
        # each row with its key results beside it, read row by row (the grid's quadrants are
        # read down their columns)
        leads = {r for r, n, label in cells if n == 0 and label and label[0][1].kind == T.OBJECTIVE}
        by_rows = len(leads) >= 2 and not any(
            n and any(lab.kind == T.OBJECTIVE for _, lab in label) for _, n, label in cells
        )
        if not by_rows:
            cells.sort(key=lambda cell: (cell[1], cell[0]))
        found = [part for _, _, label in cells for part in label]
        kinds = [label.kind for _, label in found]
        if kinds.count(T.OBJECTIVE) < 1 or kinds.count(T.KEY_RESULT) < 2:
            return False
        owner: Objective | None = None
        for text, label in found:
            if label.kind == T.OBJECTIVE:
                owner = self.new_objective(text, label)
            elif owner is not None:
                self.add_key_result(owner, text, label)
        return True

    def okrs_table_first(self, rows: list[list[Cell]]) -> bool:
        """A table with an objective and a key result column, before any OKRs were read, in a
        section that is not a guide's (an overview, a summary): the file's OKRs, where its
        author put them."""
        return self.okr_columns_first([c.text.plain for c in rows[0]])

    def okr_columns_first(self, written: list[str]) -> bool:
        """Column names, as written, that name an objective and a key result, before any OKRs
        were read and outside a guide: a table's header row, or a list's first item when the
        author typed the table as a list (`ListReading.read_headed_list`)."""
        if self.file.objectives or any(s.guide for s in self.scopes):
            return False
        return objective_and_kr_columns(written)

    def list_objectives(self, body: list[list[Cell]], columns: Columns) -> None:
        """A table of objectives by ID and no key results ("| ID | Business objective | Why |"
        with "| **BO-1** | **Reduce cyber risk** |"): the objectives a key results table names
        by their IDs alone ("| BO-1 | Domain Admins | 38 | ≤ 4 |", `objective_listed`)."""
        ids = next(
            (n for n in sorted(columns.field_columns) if TABLE_FIELDS[columns.names[n]] == "label"),
            None,
        )
        named = objective_column(columns.names)
        if named is None or ids is None:
            return
        for row in body:
            cells = [c.text for c in row]
            ident, words = cell_at(cells, ids), cell_at(cells, named)
            if ident is None or words is None or not words.plain.strip(" *"):
                continue
            key = id_key(ident.plain)
            if key.isdigit():
                key = f"o{key}"  # "| 3 | **Upmarket Readiness** |", named "Obj 3" by its KRs
            if key:
                self.listed_objectives.setdefault(key, words.flat())

    def names_listed_objectives(self, names: list[str], body: list[list[Cell]]) -> bool:
        """Whether a table's column named for objectives holds, in every row, the ID of an
        objective an objectives table listed (`list_objectives`)."""
        if not self.listed_objectives:
            return False
        column = objective_column(names)
        cells = [row[column].text.plain for row in body if column is not None and column < len(row)]
        return bool(cells) and all(self.listed_key(cell) is not None for cell in cells)

    def listed_key(self, words: str) -> str | None:
        """The key of the listed objective a cell names by its ID alone ("BO-1", "Obj 3")."""
        key = id_key(words)
        if key in self.listed_objectives and LISTED_ID.fullmatch(words.strip(" *_")):
            return key
        return None

    def objective_listed(self, cell: Text) -> Objective | None:
        """The objective an objectives table listed under the ID this cell holds, and nothing
        more ("BO-1", "Obj 3"): read from that table's row when its first key result names it."""
        key = self.listed_key(cell.plain)
        if key is None:
            return None
        if key not in self.listed_made:
            words = self.listed_objectives[key]
            made = self.new_objective(words, T.parse_label(words.plain))
            if made is None:
                return None
            self.listed_made[key] = made
        return self.listed_made[key]

    def header_objectives(self, rows: list[list[Cell]]) -> None:
        """Objectives in the header row, `**KR1.1**: …` in the cells of their column (not
        under an objective's own heading: there the header row names the columns)."""
        if self.section_objective() is not None:
            return
        header, body = rows[0], rows[1:]
        cells = [c for row in body for c in row if c.text.plain]
        labelled = [c for c in cells if T.parse_label(c.text.flat().plain).kind == T.KEY_RESULT]
        if not cells or len(labelled) * 2 < len(cells):
            return
        if all(T.parse_label(c.text.flat().plain).generic for c in labelled):
            return  # "| Feature | Spec | Primary KR |" with "| … | KR2.2 |": IDs, no words
        for n, head in enumerate(header):
            if not head.text.plain:
                continue
            head_text = head.text.flat()
            obj = self.new_objective(head_text, T.parse_label(head_text.plain, heading=True))
            for row in body:
                if n < len(row) and row[n].text.plain:
                    for item in cell_items(row[n].text):
                        self.add_key_result(obj, item, T.parse_label(item.plain))


_NUMBERED = re.compile(r"[\s#.-]*\d+\s*$")


def _numbered_kr_columns(header: list[Cell]) -> list[int]:
    """The columns named as numbered key results ("Key Result 1", "KR2", "关键结果3")."""
    found = []
    for n, cell in enumerate(header):
        label = T.parse_label(cell.text.plain.strip(" *_") + ":")
        numbered = _NUMBERED.search(cell.text.plain.strip(" *_"))
        if label.kind == T.KEY_RESULT and label.generic and numbered and numbered.start():
            found.append(n)
    return found


def _melted(rows: list[list[Cell]]) -> list[list[Cell]]:
    """ "| Objective | Key Result 1 | Key Result 2 | Key Result 3 |", a row per objective with a
    key result in each numbered column: read as one key result per row, as the table a
    reader sees in it would be written ("| Objective | Key Result |"), the other columns
    beside each."""
    wide = _numbered_kr_columns(rows[0]) if rows else []
    if len(wide) < 2:
        return rows
    first = rows[0][wide[0]]
    plain = first.text.plain
    cut = _NUMBERED.search(plain.rstrip(" *_"))
    assert cut is not None
    head = Cell(first.text.sub(list(range(cut.start()))), first.header)
    keep = [n for n in range(len(rows[0])) if n not in wide]
    names = [header_of(rows[0][n].text.plain) for n in keep] + [header_of(head.text.plain)]
    if Columns.of(names, under_objective=False).objective is None:
        return rows  # "| Date | KR #1 | KR #2 |": each row a date's scores, not objectives
    melted = [[*(rows[0][n] for n in keep), head]]
    for row in rows[1:]:
        base = [row[n] for n in keep if n < len(row)]
        if len(base) < len(keep):
            continue
        melted += [[*base, row[k]] for k in wide if k < len(row) and row[k].text.plain.strip()]
    return melted


def _cell_labels(row: list[Cell]) -> list[list[tuple[Text, T.Label]]]:
    """Each cell's labelled objective or key results, with their words (a cell may list several
    key results, each labelled: "**KR 1.1:** … **KR 1.2:** …")."""
    out: list[list[tuple[Text, T.Label]]] = []
    for cell in row:
        found: list[tuple[Text, T.Label]] = []
        if cell.text.plain:
            # (its lines, a line or a list item each, when each is labelled; else one text)
            lines = [line for line in cell.text.lines() if line.plain.strip()]
            parts = [_unled(line.flat()) for line in lines]
            if len(parts) < 2 or any(T.parse_label(p.plain).kind is None for p in parts):
                parts = [_unled(cell.text.flat())]
            for part in (p for whole in parts for p in labelled_parts(whole)):
                label = T.parse_label(part.plain)
                if label.kind in (T.OBJECTIVE, T.KEY_RESULT) and label.text:
                    found.append((part, label))
        out.append(found)
    return out


def _unled(text: Text) -> Text:
    """A cell's words past a list marker or a grade before them."""
    lead = CELL_LEAD.match(text.plain)
    if lead and lead.end():
        return text.sub(list(range(lead.end(), len(text.plain))))
    return text
