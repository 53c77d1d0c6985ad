"""What a table's columns and cells say: which column holds the objective, the key result, its
metric, target, baseline, owner or status (in many languages and spellings), and how one cell
that lists several key results is cut into them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from markdown_it.tree import SyntaxTreeNode

from krlint import measures
from krlint.loaders import okr_text as T
from krlint.loaders.markdown.html_blocks import Cell
from krlint.loaders.markdown.nodes import plain_node
from krlint.loaders.markdown.text import Text, cell_at, joined_text, split_at, squash

# where one cell holds several items: "- a<br>- b", "KR1: a; KR2: b"
_ITEM_MARKER = re.compile(r"(?:[-*+•·]|\d{1,2}[.)])\s+")
# the next label in a cell that lists several: "KR1: a; KR2: b", "KR: a, KR: b"
_NEXT_LABEL = re.compile(
    r"[;,.；，。·•]\s*(?=(?i:kr\s?\d|kr\s*[:：]|key\s*results?\s*\d|o\d+\.?kr))"
)
# "a; b; c" in a key-results cell: three key results (two separators at least — one joins
# two halves of a sentence as often as it lists — and not after a colon that introduces them)
# (a spaced middle dot or bullet lists too: "Paywall live · 10+ paying subscribers")
SEMICOLON = re.compile(r"\s*[;；]\s*|\s+[·•]\s+")
# … and in a labelled list item, the next label of a key result with its number after a
# separator or a sentence's end ("KR1: 100 leads / KR2: 50 partners", "KR1: a. KR2: b")
_NEXT_NUMBERED_LABEL = re.compile(
    r"\s*(?:[;,]|(?<=[.。])|\s[/|·•])\s*(?=(?i:kr\s?\d+(?:\.\d+)?\s*[:：]|key\s*results?\s*\d+\s*[:：]))"
)


# -- tables ------------------------------------------------------------------------------------
# Column names, in English and in the words of the other languages OKR tables are written in
# (the objective and key result words are okr_text's one vocabulary, `OKR_WORDS`): a table laid
# out the same way reads the same whatever its language.
KR_HEADERS = frozenset(
    {
        "key result",
        "key results",
        "kr",
        "krs",
        "key-result",
        "result",
        "results",
        # the same word in the languages whose key result is a "result" too ("Resultado-chave")
        "resultado",
        "resultados",
        "résultat",
        "résultats",
        "risultato",
        "risultati",
        "key result (kr)",
        "key results (krs)",
    }
) | frozenset(word for word, sense in T.OKR_WORDS.items() if sense.role == T.KEY_RESULT)
METRIC_HEADERS = frozenset(
    {
        "metric",
        "metrics",
        "measure",
        "kpi",
        "indicator",
        "success metric",
        "key metric",
        "métrica",
        "métricas",
        "indicador",
        "indicadores",
        "métrique",
        "indicateur",
        "kennzahl",
        "метрика",
        "показатель",
        "指标",
        "衡量指标",
        "度量指标",
        "指標",
        "量測指標",
        "量测指标",
        "衡量指標",
        "測量指標",
        "测量指标",
        "지표",
    }
)
# how each key result is checked ("| KR | Target | Measured by |": a test, a query, a survey)
METHOD_HEADERS = frozenset(
    {"measured by", "how measured", "verified by", "cách đo", "cách đo lường", "phương pháp đo"}
)
MEASUREMENT_HEADERS = frozenset({"measure", "measurement", "measurements"}) | METHOD_HEADERS
BAR_HEADERS = frozenset({"threshold", "thresholds"})
_OBJECTIVE_HEADERS = frozenset(
    {"objective", "objectives", "goal", "goals", "o", "obj"}
) | frozenset(word for word, sense in T.OKR_WORDS.items() if sense.role == T.OBJECTIVE)
# what a row's key results are for, where no column names the objective
_AREA_HEADERS = frozenset(
    {"focus area", "focus", "area", "theme", "pillar", "strategic theme", "strategic area"}
)


def names_an_area(name: str) -> bool:
    """A column of areas: a known name, its plural, or any "… area" ("Life Area", "Business
    areas")."""
    singular = name[:-1] if name.endswith("s") else name
    return singular in _AREA_HEADERS or (len(name.split()) == 2 and singular.endswith(" area"))


_MIXED_HEADERS = frozenset(
    {
        "okr",
        "okrs",
        "objective / key result",
        "objectives & key results",
        "objectives and key results",
    }
)
TARGET_HEADERS = frozenset(
    {
        "target",
        "targets",
        "target value",
        "target metric",  # ("Chỉ số đo lường (Target Metric)" beside the key result: its value)
        "planned value",
        *BAR_HEADERS,
        "goal",
        "success",
        "expected",
        "to",
        "meta",
        "metas",
        "alvo",
        "valor objetivo",
        "cible",
        "valeur cible",
        "zielwert",
        "целевое значение",
        "目标值",
        "目標値",
        "目標值",
        "목표값",
        "목표치",
        "成功标准",
        "完成标准",  # "| KR | 描述 | 完成标准 | 权重 |": what counts as done
        "达成标准",
        "completion criteria",
        "completion criterion",
        "验收标准",
        "验证标准",
        "衡量标准",  # "| 关键结果 | 衡量标准 |": how it counts as achieved
        "衡量標準",
        "meta quantitativa",
        "meta cuantitativa",
        "quantitative target",
        # what counts as done, named as such: "| Key Result | Başarı Kriteri |"
        "success criteria",
        "success criterion",
        "başarı kriteri",
        "başarı kriterleri",
        "hedef değer",
        "critério de sucesso",
        "criterio de éxito",
        "critère de succès",
        "erfolgskriterium",
        # Vietnamese: "| KR | Con số | Cách đo | Tần suất đo |", the figure the row is for
        "con số",
        "chỉ tiêu",
        # … and Chinese: "| KR | 數字 | 依據 |"
        "数字",
        "數字",
        "数值",
        "數值",
        "giá trị mục tiêu",
        # a SMART table's "| Key Result | Specific | Measurable | Time-bound |": how much
        "measurable",
    }
)
# columns that each hold one level of the target ("| Conservative | Stretch |"): read together,
# "3 BUs (conservative) / 5 BUs (stretch)", where no column is named Target
_TARGET_LEVELS = frozenset(
    {
        "conservative",
        "stretch",
        "stretch target",
        "stretch goal",
        "commit",
        "committed",
        "aspirational",
        "minimum",
        "ambitious",
        "moonshot",
    }
)
_TARGET_SAID = re.compile(r"\s*(?:(?i:target|goal)\s*[:：]\s*)?")  # "Target: 0" in a level's cell
TABLE_FIELDS = {
    "priority": "priority",
    "target": "target",
    "targets": "target",
    "baseline": "baseline",
    "start": "baseline",
    "from": "baseline",
    "current": "current",
    "now": "current",
    "today": "current",
    "owner": "owner",
    "owners": "owner",
    "dri": "owner",
    "status": "status",
    "score": "score",
    "progress": "progress",
    "due": "due",
    "deadline": "due",
    "time-bound to": "due",
    "time-bound": "due",
    "by when": "due",
    "eta": "due",
    "notes": "notes",
    "note": "notes",
    "source": "source",
    "id": "label",
    "#": "label",
    "kr #": "label",
    "kr#": "label",
    "success": "progress",
    "confidence": "confidence",
    "responsable": "owner",
    "responsável": "owner",
    "dueño": "owner",
    "dono": "owner",
    "verantwortlich": "owner",
    "estado": "status",
    "statut": "status",
    "avance": "progress",
    "progreso": "progress",
    "progresso": "progress",
    "línea base": "baseline",
    "linha de base": "baseline",
    "actual": "current",
    "actuel": "current",
    "atual": "current",
    "confianza": "confidence",
    "confiança": "confidence",
    "confiance": "confidence",
    "notas": "notes",
    "負責人": "owner",
    "负责人": "owner",
    # who takes a key result on ("| KR | 承接人 | 内容 |"), who answers for it, who does it
    "承接人": "owner",
    "责任人": "owner",
    "責任人": "owner",
    "执行人": "owner",
    "執行人": "owner",
    "状态": "status",
    "进度": "progress",
    "timeline": "due",
    "时间线": "due",
    "截止时间": "due",
    # ("| KR | 目標 | 期限 | 現状 | ステータス |": when, where it stands, how it goes)
    "截止日期": "due",
    "期限": "due",
    "期日": "due",
    "締切": "due",
    "기한": "due",
    "마감": "due",
    "plazo": "due",
    "prazo": "due",
    "fecha límite": "due",
    "現状": "current",
    "现状": "current",
    "현재": "current",
    "ステータス": "status",
    "状況": "status",
    "상태": "status",
    "担当": "owner",
    "担当者": "owner",
    "담당": "owner",
    "담당자": "owner",
}


_KNOWN_HEADERS = (
    (KR_HEADERS | METRIC_HEADERS | _OBJECTIVE_HEADERS | _MIXED_HEADERS | TARGET_HEADERS)
    | frozenset(TABLE_FIELDS)
    | _TARGET_LEVELS
)

# columns that say how a key result went: a table of them reviews the OKRs
_REVIEW_HEADERS = T.words(
    "result results achieved achievement actual score grade status progress resultado "
    "resultados cumplimiento cumprimento estado progreso progresso résultat résultats"
)
# how many of the key results read last a review table is checked against
RECENT_KRS = 200
# a column for a point some time from the start ("Mês 3", "Month 6", "Week 4", "M12"): with two
# or more of them, the target at each
_RELATIVE_PERIOD = re.compile(
    r"(?:month|m[eê]s|mois|monat|week|semana|semaine|woche|day|d[ií]a|jour|tag|year|a[ñn]o"
    r"|jahr|sprint|phase|fase)\s*\d{1,3}|[mwd]\d{1,2}"
)
# how far ahead a target column looks: "Meta 90d", "Target (6 months)", "Objetivo 12 meses"
_HORIZON = re.compile(
    r"\d{1,3}\s*(?:d|days?|dias|días|jours|w|wks?|weeks?|semanas|m|mo|months?|meses|mois)"
)
# how far from now a column's target is: "+12 months", "+36 months", "in 6 months"
_AHEAD = re.compile(rf"(?:\+|in\s+)\s*(?:{_HORIZON.pattern})")
# a month and year as a column may name it: "Meta jul/2027", "Target 12/2026", "dez-2026 goal"
_DATED = re.compile(r"(?:[^\W\d_]{3,10}\.?|\d{1,2})\s*[/.-]\s*(?:\d{4}|\d{2})")
# words before a column's name that say which ones it holds ("Expected KRs", "Q3 objectives")
_HEADER_QUALIFIERS = (
    "expected",
    "planned",
    "proposed",
    "committed",
    "current",
    "main",
    "our",
    "okr",  # "| OKR objective | OKR key result |"
)

# words of a column that says something about the key result, not what it is ("Type", "Why")
_ABOUT_COLUMNS = T.words(
    "type kind category why rationale reason comment comments initiative initiatives"
    # how a key result is measured ("Measurement method", "측정 방법", "Método"), not what
    " method methods methodology measurement verification verified evidence formula calculation"
    # where it is tracked or how it is checked ("Tracker", "Command", "Source")
    " tracker tracking command commands source sources tool tools"
    " 방법 测量方法 衡量方式 衡量方法 验证方式 数据来源 计算方式 測定方法 計測方法"
    " método métodos metodologia metodología méthode methode"
    # … or how to check it ("How to measure", "Como medir", "Medição", "Comment mesurer")
    " how medir medição medicao medición mesurer"
)


# "Key results for O1: Template Adoption": a heading that names the objective they are for
KRS_FOR = re.compile(r"(?i:key\s*results?|krs)\s+(?i:for|of)\s+(?P<objective>\S.*)")
_BY_WHEN = re.compile(r"^(?:by|for|in|at|until|till|through|end of|[-–—:])\s*")


LABEL_KINDS = frozenset({T.OBJECTIVE, T.KEY_RESULT, T.KEY_RESULTS})  # what a bold label names
OKR_KINDS = LABEL_KINDS | {T.OBJECTIVES}  # … and what a table's column names
_FULL_WIDTH_BRACKETS = str.maketrans({"（": "(", "）": ")"})


def header_of(text: str) -> str:
    """A column's name as the reader knows it; "Target (KR)" names the key result column by
    its parenthesis (the words before it say how the author thinks of it)."""
    name = " ".join("".join(ch for ch in text if not T.is_emoji(ch)).lower().rstrip(":：").split())
    name = name.translate(_FULL_WIDTH_BRACKETS)  # "关键结果（KR）" as "关键结果(kr)"
    named = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if named and name not in _KNOWN_HEADERS:
        # "Kết quả then chốt (Key Result - KR)", "Chỉ số đo lường (Target Metric)": the name
        # glossed in English, with its abbreviation after a dash
        gloss = re.sub(r"\s+[-–—/]\s+\w{1,3}$", "", named.group(2))
        if gloss != named.group(2) and gloss in _KNOWN_HEADERS:
            return gloss
        if named.group(2) in TARGET_HEADERS and named.group(1) not in _KNOWN_HEADERS:
            return named.group(2)
    if named and named.group(2) in KR_HEADERS and name not in KR_HEADERS:
        return named.group(2)
    if named and named.group(2) in _OBJECTIVE_HEADERS and name not in _KNOWN_HEADERS:
        return named.group(2)  # "年度目标 (O)", "Annual goal (O)": the objective column
    if name not in _KNOWN_HEADERS:
        # "Expected KRs (TO BE)", "Planned key results", "Target (Sep 2026)": a known name
        # with a word about it
        core = named.group(1) if named else name
        qualified = re.fullmatch(rf"(?:{'|'.join(_HEADER_QUALIFIERS)})\s+(.+)", core) or (
            # "KRs principais", "Objetivos principales", "Meta executiva": the qualifier after
            # ("Meta MVP", "Target beta": the stage it is for)
            re.fullmatch(
                r"(.+?)\s+(?:principais|principales|principaux|principali|executiva|ejecutiva"
                r"|finais|finales|final|finale|mvp|beta|pilot|piloto|v\d)",
                core,
            )
            # "KR text", "Objective statement", "Key result description": the column of its
            # words
            or re.fullmatch(r"(.+?)\s+(?:text|statement|description|wording)", core)
        )
        for candidate in (core, qualified.group(1) if qualified else ""):
            if candidate in _KNOWN_HEADERS:
                return candidate
        # a known name and the period it is for, either side of it: "June 2027 Goal", "Q3
        # target", "Jan 2027 Baseline"; "Target by April 2027", "Goal for Q3"
        words = core.split()
        for k in range(1, min(3, len(words) - 1) + 1):
            head, rest = " ".join(words[:k]), " ".join(words[k:])
            if rest in _KNOWN_HEADERS and (T.period_of(head) or _DATED.fullmatch(head)):
                return rest
            when = _BY_WHEN.sub("", rest)
            if (
                head in _KNOWN_HEADERS
                and when
                and (T.period_of(when) or _HORIZON.fullmatch(when) or _DATED.fullmatch(when))
            ):
                return head
    if name not in _KNOWN_HEADERS:
        # a name said twice, in two languages ("Objective 目标", "Key Results 关键结果"): when
        # both halves are column names, the first says what the column is ("子 OKR" is not one)
        words = name.split()
        first = " ".join(w for w in words if w.isascii())
        second = " ".join(w for w in words if not w.isascii())
        if first and second and first in _KNOWN_HEADERS and second in _KNOWN_HEADERS:
            return first
        # "KR / Métrica": two names for one column, the first what it is — but a metric and
        # its target ("Metric / Target") hold the value aimed for, in the metric's unit
        halves = [half.strip() for half in name.split("/")]
        if len(halves) == 2 and all(half in _KNOWN_HEADERS for half in halves):
            if halves[0] in METRIC_HEADERS and halves[1] in TARGET_HEADERS:
                return halves[1]
            return halves[0]
        # "Objectives - DAO structure": the column's name, then the group its rows are of
        grouped = re.fullmatch(r"(.+?)\s+[-–—]\s+\S.*", name)
        if grouped and grouped.group(1) in (_OBJECTIVE_HEADERS | KR_HEADERS):
            return grouped.group(1)
    return name


@dataclass(slots=True)
class Columns:
    names: list[str]
    kr: int | None = None
    objective: int | None = None
    target: int | None = None
    mixed: int | None = None
    levels: tuple[int, ...] = ()  # the target's levels, where no column is named Target
    periods: bool = False  # … the levels are periods: "| Metric | Q1 | Q2 | Q3 | Q4 |"
    written: tuple[str, ...] = ()  # the column names as the author wrote them ("Q1")
    reviews: bool = False  # a column says how each went ("Result", "Achieved", "Status")
    field_columns: frozenset[int] = frozenset()
    # columns named for something else ("Active initiatives", "Notes", "Why"): never the words
    other: frozenset[int] = frozenset()

    @classmethod
    def of(
        cls,
        names: list[str],
        *,
        under_objective: bool,
        written: list[str] | None = None,
        titled: bool = False,
    ) -> Columns:
        def first(headers: frozenset[str], skip: tuple[int | None, ...] = ()) -> int | None:
            return next(
                (n for n, name in enumerate(names) if name in headers and n not in skip), None
            )

        cols = cls(names, written=tuple(written or names))
        cols.kr = first(KR_HEADERS)
        if cols.kr is None and under_objective:
            cols.kr = first(METRIC_HEADERS)
        if cols.kr is None and titled:
            # "| Objective | Metric | Target |" under "## Product OKRs": each row's metric, to
            # its target, is its objective's key result
            objective = first(_OBJECTIVE_HEADERS - {"goal"})
            metric = first(METRIC_HEADERS)
            if objective is not None and metric is not None and objective < metric:
                cols.kr = metric
        if cols.kr is None:
            cols.mixed = first(_MIXED_HEADERS)
        if cols.kr is not None:
            goal_is_target = names[cols.kr] in METRIC_HEADERS
            objective_headers = _OBJECTIVE_HEADERS - ({"goal"} if goal_is_target else set())
            cols.objective = first(frozenset(objective_headers), (cols.kr,))
            if cols.objective is None:
                # "| OKR | KR | Meta 90d |": beside a key-result column, the OKR column holds
                # the objectives
                okr = first(_MIXED_HEADERS, (cols.kr,))
                cols.objective = okr if okr is not None and okr < cols.kr else None
            if cols.objective is None and not under_objective:
                # "| OKR ID | Focus Area | Key Results |" with no objective above: the area
                # each row's key results are for is its objective
                area = next((n for n, name in enumerate(names) if names_an_area(name)), None)
                cols.objective = area if area is not None and area < cols.kr else None
            after = None
            if cols.objective is not None and cols.objective > cols.kr:
                # "| KR | 当前 | 目标 |", "| Key result | Now | Goal |": a goal named after the
                # key result is its target (objectives come before their key results)
                after, cols.objective = cols.objective, None
            elif cols.objective is not None:
                # "| Amaç | Anahtar Sonuç | Hedef |": so is a second one, after both
                later = first(frozenset(objective_headers), (cols.kr, cols.objective))
                after = later if later is not None and later > cols.kr else None
            # ("| Goal | Metric | Target |": a column named for the target is it, before one
            # named "Goal", which may hold the goal's name)
            cols.target = first(TARGET_HEADERS - {"goal"}, (cols.kr, cols.objective))
            if cols.target is None:
                cols.target = first(TARGET_HEADERS, (cols.kr, cols.objective))
            if cols.target is None:
                cols.target = after
            levels = tuple(n for n, name in enumerate(names) if name in _TARGET_LEVELS)
            periods = tuple(
                n
                for n, name in enumerate(names)
                if n != cols.kr
                and (
                    T.period_of(name) or _RELATIVE_PERIOD.fullmatch(name) or _AHEAD.fullmatch(name)
                )
            )
            dated = {
                n: when
                for n in range(len(names))
                if n != cols.kr and (when := _target_period(cols.written[n]))
            }
            if len(set(dated.values())) >= 2 and (cols.target is None or cols.target in dated):
                # "| Key Result | Meta Mês 1 | Meta Mês 3 |", "| Target Q1 | Target Q2 |": a
                # target for each period, each named by its period
                cols.target, periods = None, tuple(dated)
                cols.written = tuple(dated.get(n, w) for n, w in enumerate(cols.written))
            if cols.target is None and len(levels) >= 2:
                cols.levels = levels
            elif cols.target is None and len(periods) >= 2:
                cols.levels, cols.periods = periods, True  # a target for each quarter
            elif cols.target is None and names[cols.kr] not in METRIC_HEADERS:
                # "| KR | Measure |": how each key result is measured completes it
                cols.target = first(METRIC_HEADERS, (cols.kr, cols.objective))
        cols.reviews = any(name in _REVIEW_HEADERS for name in names)
        cols.field_columns = frozenset(
            n
            for n, name in enumerate(names)
            if name in TABLE_FIELDS and n not in (cols.kr, cols.objective, cols.mixed)
        )
        cols.other = frozenset(
            n
            for n, name in enumerate(names)
            if n not in (cols.kr, cols.objective, cols.mixed, cols.target, *cols.levels)
            and (
                T.section_kind(name) in (T.IGNORED_SECTION, T.INITIATIVE)
                or bool(_ABOUT_COLUMNS & set(name.split()))
            )
        )
        return cols

    def target_of(self, cells: list[Text]) -> Text | None:
        """The row's target: its Target cell, or its levels, each named ("3 BUs (conservative)
        / 5 BUs (stretch)", "Q1 400; Q2 2,000"; a dash is no target for that level)."""
        if self.target is not None:
            return cell_at(cells, self.target)
        levels: list[tuple[Text, int]] = []
        for n in self.levels:
            cell = cell_at(cells, n)
            said = _TARGET_SAID.match(cell.plain) if cell is not None else None
            value = cell.plain[said.end() :].strip(" -–—") if cell and said else ""
            # (a dash is no target for that level, a check mark only when it is due: "| ✓ |")
            if cell is not None and said is not None and any(ch.isalnum() for ch in value):
                levels.append((cell.sub(list(range(said.end(), len(cell.plain)))), n))
        if len({cell.plain for cell, _ in levels}) == 1:
            return levels[0][0]  # "| Target: 0 | Target: 0 |": one target
        parts: list[Text | str] = []
        for cell, n in levels:
            if self.periods:
                parts += [f"; {self.written[n]} " if parts else f"{self.written[n]} ", cell]
            else:
                parts += (
                    [" / ", cell, f" ({self.names[n]})"] if parts else [cell, f" ({self.names[n]})"]
                )
        return joined_text(*parts) if parts else None

    def metric_beside(self, cells: list[Text], words: int | None) -> Text | None:
        """Beside a key result stated in words, the row's Metric cell ("Métrica", "KPI"; a
        Measure column only before the Target: "| KR | Key Result | Measure | Target |" — after
        it, or as a Measurement column, it says how it is checked; so does a Metric column
        after the Target: "| Key Result | Target | Metric |" with "| … | 5 users | Count of
        distinct installs … |"), when it adds words of its own."""
        if words is None:
            return None
        for n, name in enumerate(self.names):
            if (
                name in METRIC_HEADERS
                and (
                    (name not in MEASUREMENT_HEADERS and (self.target is None or n < self.target))
                    or (self.target is not None and words < n < self.target)
                )
                and n not in (words, self.target, self.objective, *self.levels)
            ):
                cell = cell_at(cells, n)
                stated = cell_at(cells, words)
                if (
                    cell is not None
                    and stated is not None
                    and has_letters(cell.plain)
                    # (a metric's name in code, "`save_reliability`", adds no words)
                    and not _CODE_NAME.fullmatch(cell.plain.strip())
                    and cell.plain.casefold() not in stated.plain.casefold()
                ):
                    return cell
                return None  # (the first column named for the metric is the one)
        return None

    def fields(self, cells: list[Text], words: int | None = None) -> dict[str, Any]:
        """The row's other cells as fields (not the cell that holds the key result's words)."""
        out: dict[str, Any] = {}
        for n in sorted(self.field_columns):
            cell = cell_at(cells, n)
            if cell is not None and cell.plain and n not in (self.target, words):
                out.setdefault(TABLE_FIELDS[self.names[n]], cell.plain)
        if self.target != words or self.levels:
            cell = self.target_of(cells)
            if cell is not None and cell.plain:
                out.setdefault("target", cell.plain)
        return out


def _target_period(written: str) -> str | None:
    """The period a target column is for, beside the word for target ("Meta Mês 1", "Target
    Q3", "Q3 target", "3个月目标" → "Mês 1", "Q3", "Q3", "3个月")."""
    compact = _CJK_HORIZON_TARGET.fullmatch(written.strip())
    if compact:
        return compact.group("when")
    words = written.split()
    for k in (1, 2):
        for name, when in ((words[:k], words[k:]), (words[-k:], words[:-k])):
            period = " ".join(when)
            if (
                " ".join(name).lower() in TARGET_HEADERS
                and period
                and (
                    T.period_of(period)
                    or _RELATIVE_PERIOD.fullmatch(period.lower())
                    or _HORIZON.fullmatch(period.strip("()（） ").lower())
                )
            ):
                return period.strip("()（） ")
    return None


# "3个月目标", "6ヶ月目標", "12개월 목표": a target N months (weeks, days) ahead
_CJK_HORIZON_TARGET = re.compile(
    r"(?P<when>\d{1,3}\s*(?:个月|個月|ヶ月|か月|カ月|개월|周|週|주|天|日|일))\s*(?:目标|目標|목표)"
)


def labelled_parts(line: Text) -> list[Text]:
    """A labelled line that holds several key results, each with its own numbered label ("KR1:
    a / KR2: b / KR3: c"): one part each; otherwise the line itself."""
    cuts = list(_NEXT_NUMBERED_LABEL.finditer(line.plain))
    if not cuts:
        return [line]
    return [part for part in (squash(p) for p in split_at(line, cuts)) if part.plain]


_COMMA = re.compile(r"\s*,\s+")
_SHORT_PART = 4  # words: a metric and its value, not a clause
_SHORT_CLAUSE = 3  # words: "webhook p95 ≤ 10 %", a result of its own after a semicolon
_LISTED_PART = 6  # words: a short result among three or more, not a sentence's clause
# a part that continues the one before it: "…, and deployment", "…, e.g. Slack"
_CONTINUES = re.compile(r"(?i)(?:and|or|nor|but|plus|&|e\.g\.|i\.e\.|etc\.?|then|which|with)\b")
# the last item of a sentence's enumeration, joined to the one before by a conjunction ("… por
# região, unidade federativa, estação e período."): the commas list one sentence's words
_LAST_OF_SERIES = re.compile(
    r"(?i)\w+(?:\s+\w+)?\s+(?:and|or|e|ou|y|o|et|und|oder|ed|i|en|ve|và|и|или)\s+\w+\W*"
)


def _measured_parts(text: str, phrases: bool = True) -> list[re.Match[str]]:
    """The commas between short results in one cell: each is a key result, when each states
    its number ("Retorno 30%, NPS 80%", "Uptime 99.9%, API response < 200ms p95") or when three
    or more short phrases are listed ("Monitoring dashboard, daily standups, 99.5% uptime") —
    none a single word ("iOS, Android, web" names the places of one) and none continuing the one
    before ("…, and deployment by 50%"), nor what a sentence introduces with a colon, nor a
    sentence's enumeration ("… por região, unidade federativa, estação e período"). A sentence
    with a comma in it is not cut."""
    commas = _unbracketed(text, _COMMA.finditer(text))
    if not commas:
        return []
    bounds = [0, *(m.start() for m in commas), len(text)]
    starts = [0, *(m.end() for m in commas)]
    parts = [text[a:b] for a, b in zip(starts, bounds[1:], strict=True)]
    words = [[w for w in p.split() if any(ch.isalnum() for ch in w)] for p in parts]
    if all(numbers(p) and len(w) <= _SHORT_PART for p, w in zip(parts, words, strict=True)):
        return commas
    if (
        phrases
        and len(parts) >= 3
        and not re.search(r"[:：]\s", parts[0])  # what a sentence lists: "Components: a, b, c"
        and all(
            2 <= len(w) <= 2 * _LISTED_PART and not _CONTINUES.match(p.strip())
            for p, w in zip(parts, words, strict=True)
        )
        # a longer one among four or more ("…, Digital Sunset 30 min before sleep 5x e/w, …")
        and sum(len(w) > _LISTED_PART for w in words) <= len(parts) // 4
        and not (_LAST_OF_SERIES.fullmatch(parts[-1].strip()) and not numbers(parts[-1]))
    ):
        return commas
    return []


def _unbracketed(text: str, found: Iterable[re.Match[str]]) -> list[re.Match[str]]:
    """Separators outside brackets: the commas of "Realistic seed (900 products, ~4k variants)
    loads in < 20 min" list what the seed holds, not key results."""
    kept: list[re.Match[str]] = []
    depth, at = 0, 0
    for match in found:
        for ch in text[at : match.start()]:
            depth += ch in "([（【"
            depth -= depth > 0 and ch in ")]）】"
        at = match.start()
        if not depth:
            kept.append(match)
    return kept


def _measured_clauses(text: str, semicolons: list[re.Match[str]]) -> bool:
    """One semicolon between two clauses that each state a number of their own: two results
    ("0 ledger violations in all chaos runs; daily reconciliation 0 unexplained differences"),
    where a clause without one says more of the first ("Churn under 5%; measured monthly")."""
    if len(semicolons) != 1 or semicolons[0].group().strip() != ";":
        return False
    parts = (text[: semicolons[0].start()], text[semicolons[0].end() :])
    return all(numbers(part) and len(part.split()) >= _SHORT_CLAUSE for part in parts)


def _apart(cuts: list[re.Match[str]]) -> list[re.Match[str]]:
    """Separators in order, without one that overlaps the separator before it."""
    kept: list[re.Match[str]] = []
    for cut in cuts:
        if not kept or cut.start() >= kept[-1].end():
            kept.append(cut)
    return kept


# a wiki link (Obsidian, Foam, Logseq): "[[KR1.1 — Phase 10 completata]]", "[[page|shown]]"
_WIKILINK = re.compile(r"\[\[(?:[^\[\]|\n]*\|)?(?P<shown>[^\[\]|\n]+)\]\]")


def unlinked(text: Text) -> Text:
    """Wiki links as the words they show: "- [[KR1.1 — Go-live studio]]" is the key result
    "KR1.1 — Go-live studio", as a Markdown link is its text."""
    keep: list[int] = []
    at = 0
    for link in _WIKILINK.finditer(text.plain):
        keep += [*range(at, link.start()), *range(link.start("shown"), link.end("shown"))]
        at = link.end()
    if not at:
        return text
    return text.sub([*keep, *range(at, len(text.plain))])


def cell_items(cell: Text, one: bool = False, targeted: bool = False) -> list[Text]:
    """The items of a cell that lists several key results: lines broken by <br> that start
    with a list marker or a label, or labels after a semicolon ("KR1: a; KR2: b"). `one`: the
    row numbers one key result (its ID), so phrases listed by commas are that one's ("KR4.3 |
    Correlation heatmap, returns chart, z-score chart render without errors"), as are
    clauses a semicolon joins ("| KR2 | 锁定对接人 + SLA；做自助 FAQ |"). `targeted`: the row
    gives the key result one target of its own, so its words are one key result however they
    are punctuated ("| 70% threshold → summaries, 93% → auto-handoff | ≤2s recalculation |");
    only lines and labels part it."""
    lines = cell.lines()
    if (
        len(lines) > 1
        and sum(
            1
            for line in lines
            if _ITEM_MARKER.match(line.plain) or T.parse_label(line.plain).kind == T.KEY_RESULT
        )
        < len(lines) - 1
    ):
        lines = [cell.flat()]  # a key result wrapped with <br>, not a list
    items: list[Text] = []
    for line in lines if len(lines) > 1 else [cell.flat()]:
        marker = _ITEM_MARKER.match(line.plain)
        if marker and len(lines) > 1:
            line = line.sub(list(range(marker.end(), len(line.plain))))
        cuts = list(_NEXT_LABEL.finditer(line.plain))
        if len(lines) == 1 and not targeted:
            # (not a separator in brackets: "10 stories (decision · trade-off · measurement)")
            semicolons = _unbracketed(line.plain, SEMICOLON.finditer(line.plain))
            # (not a list a sentence introduces: "… up and running: can build; can test; …")
            introduced = bool(semicolons) and bool(
                re.search(r"[:：]\s", line.plain[: semicolons[0].start()])
            )
            # (two clauses joined by one full-width "；" are two results in CJK writing, where
            # a sentence's parts are joined by "，")
            listed = (
                len(semicolons) >= 2
                or (bool(semicolons) and all(m.group().strip() in "；·•" for m in semicolons))
                or _measured_clauses(line.plain, semicolons)
            )
            if listed and not introduced and not one:
                # (with the labelled one among them: "a · b · KR5: c", cut there once)
                cuts = _apart(sorted([*semicolons, *cuts], key=lambda m: m.start()))
            elif not cuts and not semicolons:
                cuts = _measured_parts(line.plain, phrases=not one)
        items.extend(split_at(line, cuts))
    items = [squash(item) for item in items]
    return [item for item in items if item.plain]


def numbers_a_key_result(text: str) -> bool:
    """A cell that is a key result's number alone: "KR4.3", "**KR-2**" (the label's own
    definition of it), "1.2" (its objective's number and its own), not an objective's ("O1")."""
    label = T.parse_label(text)
    return (label.kind == T.KEY_RESULT and label.generic) or bool(
        _KR_NUMBER.fullmatch(text.strip(" *_"))
    )


_KR_NUMBER = re.compile(r"\d+\.\d+")


def names_objectives_and_key_results(table: SyntaxTreeNode) -> bool:
    """A Markdown table whose header names both an objective and a key result column."""
    head = next((part for part in table.children if part.type == "thead"), None)
    row = next((tr for tr in head.children if tr.type == "tr"), None) if head else None
    if row is None:
        return False
    return objective_and_kr_columns([plain_node(cell) for cell in row.children])


def objective_and_kr_columns(written: list[str]) -> bool:
    """Whether a table's header cells, as written, name both an objective and a key result
    column."""
    columns = Columns.of([header_of(name) for name in written], under_objective=False)
    return columns.kr is not None and columns.objective is not None


_LIST_HEADER_SEPARATORS = frozenset({"/", "|", ",", "·", "•", "-", "–", "—"})
_LONGEST_HEADER = 4  # words in the longest column name a list's header is split into


def list_header(text: str) -> list[str] | None:
    """The column names a list's first item spells out when the author typed a table as a
    list ("Objective / Key Result Owner(s) Score", each row an item beneath): every word is
    part of a known column name (the longest name first), and the names cover an objective
    and a key result, in two columns or in one that names both ("Objective / Key Result": the
    outline level tells them apart). None when any word is not a column's name."""
    words = [w for w in text.split() if w not in _LIST_HEADER_SEPARATORS]
    names: list[str] = []
    k = 0
    while k < len(words):
        for n in range(min(_LONGEST_HEADER, len(words) - k), 0, -1):
            if header_of(" ".join(words[k : k + n])) in _KNOWN_HEADERS:
                names.append(" ".join(words[k : k + n]))
                k += n
                break
        else:
            return None
    # (a mixed name of more than one word names both parts; "OKRs" alone names neither)
    both = any(header_of(n) in _MIXED_HEADERS and " " in header_of(n) for n in names)
    return names if len(names) > 1 and (both or objective_and_kr_columns(names)) else None


# an ID before a cell's words: letters and a number ("G1 统一管理", "SO-2 Grow revenue")
CELL_ID = re.compile(r"\s*(?P<id>(?P<letters>[A-Z]{1,3})-?(?P<n>\d{1,2}))\s+(?=\S)")


def numbered_cells(cells: list[str]) -> bool:
    """Cells (two or more) that each open with an ID of the same letters numbered 1, 2, 3 …
    ("G1 统一管理", "G2 智能选型"): the author's IDs for the rows, not their words ("Q1 …",
    "H2 …" name periods)."""
    said = [cell for k, cell in enumerate(cells) if cell.strip() and cell not in cells[k - 1 : k]]
    found = [m for cell in said if (m := CELL_ID.match(cell))]  # (a repeated row: one)
    if len(found) < 2 or len(found) < len(said):
        return False
    numbers = [int(m.group("n")) for m in found]
    return (
        len({m.group("letters") for m in found}) == 1
        and not T.period_of(found[0].group("id"))
        and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    )


def bold_rows(body: list[list[Cell]], column: int) -> bool:
    """Some rows bold in this column (objectives) and some not (their key results)."""
    bold = [row[column].text.bold for row in body if column < len(row) and row[column].text.plain]
    return any(bold) and not all(bold)


# a key result its author struck out, whole: "~~Production site deployed and live~~ REMOVED"
STRUCK_CELL = re.compile(r"\s*~~[^~]+~~\s*")
STRUCK = re.compile(r"\s*~~[^~]+~~(?:\s*[\w\s()-]{0,20}|\s*[(（][^()（）]{0,40}[)）])?\s*$")
# what may stand before a label in a table cell: a list marker, a confidence ("(5/10)")
CELL_LEAD = re.compile(r"\s*(?:[-*+]\s+)?(?:\(\s*\d{1,2}\s*/\s*10\s*\)\s*)?")
# key results named by ID, more than one: "KR1-KR4", "KR 1.1, 1.2", "O1 & O2"
# the objective a key result's bracket says it serves: "(针对O1)", "(for O2)", "(→ O3)"
SERVES = re.compile(r"\s*(?:(?i:for|serves|supports)|针对|对应|关联|→|->)?\s*(?P<id>O\d{1,2})\s*")
# a key result's ID as a table cites it: "KR2.1", "KR 3", "KR-1.2"
KR_REF = re.compile(r"(?i:\bkr)[\s-]?\d+(?:\.\d+)*")
# an identifier with dotted parts ("KR.O1.1", "MET.RELIAB.AVAIL_ODD", "KR.SEC.*"), and a cell
# of them and their separators only
_DOTTED_ID = r"[A-Za-z][\w-]*(?:\.[\w*-]+)+"
_DOTTED_IDS = re.compile(rf"\W*{_DOTTED_ID}(?:[\s·•,;/|+]+{_DOTTED_ID})*\W*")


def crosswalk(kr_cells: list[str], others: list[str]) -> bool:
    """A table that maps key results, by their dotted IDs, to other identifiers (a crosswalk to
    a metrics catalogue): every cell is identifiers, none holds words to read."""
    cells = [c for c in kr_cells if c.strip()]
    rest = [c for c in others if c.strip()]
    return bool(cells and rest) and all(_DOTTED_IDS.fullmatch(c) for c in cells + rest)


KR_RANGE = re.compile(
    r"\s*(?i:kr|o|obj)[\s-]?\d+(?:\.\d+)*"
    r"(?:\s*(?:[-–—,&/+]|to|and)\s*(?:(?i:kr|o|obj)[\s-]?)?\d+(?:\.\d+)*)+\s*"
)


# an identifier, not words: "product-direction", "ui_ux_design", "reliability" (in lower case)
SLUG = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*")
_CODE_NAME = re.compile(r"[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+")  # "save_reliability", "api.p95"


def bare_label(text: str) -> str | None:
    """OBJECTIVE or KEY_RESULT when a cell is only a label ("O", "KR1", "Objective 2")."""
    label = T.parse_label(text.strip(" :：") + ": x")
    return label.kind if label.kind in (T.OBJECTIVE, T.KEY_RESULT) and label.text == "x" else None


def row_label(text: str) -> str | None:
    """OBJECTIVE or KEY_RESULT when a cell only labels its row: a bare label ("O", "KR1"), or
    one with a short tag after its ID ("KR1 – Leading", "KR2 – Quality": the kind of key
    result, its words in the cell beside it)."""
    kind = bare_label(text)
    if kind is not None:
        return kind
    plain = text.strip(" :：")
    label = T.parse_label(plain)
    if (
        label.kind not in (T.OBJECTIVE, T.KEY_RESULT)
        or not label.fields.get("label")
        or not plain[: label.start].rstrip().endswith(("–", "—", "-"))
    ):
        return None
    tag = label.text.split()
    return label.kind if 1 <= len(tag) <= 2 and all(w.isalpha() for w in tag) else None


def labels_rows(body: list[list[Cell]]) -> bool:
    """Every row opens with a label of its own, two or more of them a key result's (a tagged
    label's words beside it: "| KR1 – Leading | 80% of tickers get a full evidence table |")."""
    kinds = [
        row_label(row[0].text.plain)
        if row and (bare_label(row[0].text.plain) or tagged_row([c.text.plain for c in row]))
        else None
        for row in body
    ]
    return None not in kinds and kinds.count(T.KEY_RESULT) >= 2


def tagged_row(cells: list[str]) -> bool:
    """A row whose first cell is a label with a tag ("KR1 – Leading") and whose second states
    what it labels, in three words or more."""
    return (
        len(cells) >= 2
        and bare_label(cells[0]) is None
        and row_label(cells[0]) is not None
        and len(cells[1].split()) >= 3
    )


def objective_in_header(rows: list[list[Cell]]) -> bool:
    """A table of two columns written as label and words, its first row the objective: "|
    Objective | Build a trustworthy research copilot. |" over "| KR1 – Leading | 80% of … |"
    rows. Its header row names no columns; it is the first of the rows."""
    head = rows[0] if rows else []
    return (
        len(head) == 2
        and bare_label(head[0].text.plain) == T.OBJECTIVE
        and len(head[1].text.plain.split()) >= 3
        and labels_rows(rows[1:])
    )


def numbers(text: str) -> set[str]:
    """The numbers written in a text ("4.5/5" → 4.5 and 5; "1,200" → 1200), not the digits of
    a name ("L1 tasks", "p95")."""
    return {m.group().replace(",", "") for m in _NUMBER.finditer(text)}


_NUMBER = re.compile(r"(?<![^\W\d_])\d+(?:[.,]\d+)*")


# a cell that counts OKRs ("6", "5 KRs", "3 key results"): how many, in a roll-up of them
COUNT_CELL = re.compile(r"\s*\d{1,4}(?:\s+(?i:krs?|key\s+results?|objectives?|okrs?))?\s*")
# a row that sums the rows above ("| **Average Achievement** | | | 210% |", "| Total | … |")
ROLLUP_CELL = re.compile(
    r"\s*(?i:(?:weighted\s+)?(?:average|avg\.?|total|overall|sum|mean)(?:\s+\w+){0,2}"
    r"|平均\w{0,4}|合计|合計|总计|總計|小计)\s*[:：]?\s*"
)


def unnumbered_cell(cell: Text) -> Text:
    """A cell without the list number its author typed ("1. Finished tokenomics v2", "1.2
    Family-pass share of admission": an outline number)."""
    number = re.match(r"\s*\d{1,2}[.)]\s+(?=[^\d\s])", cell.plain) or re.match(
        # (not "10.5 hours of focus", nor a magnitude: "6.0 M", "1.2 B users")
        r"\s*\d{1,2}\.\d{1,2}\s+(?=[A-Z])(?![KMBT](?!\w))",
        cell.plain,
    )
    return cell.sub(list(range(number.end(), len(cell.plain)))) if number else cell


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def cell_starts(raw: str) -> list[int]:
    """Where each cell of a table row starts on its line (after its pipe), found in one pass
    over the line: looked up per cell, a row of n cells would be read n times."""
    pipes = [m.start() for m in _PIPE.finditer(raw)]
    leading = bool(pipes) and not raw[: pipes[0]].strip()
    return [p + 1 for p in (pipes if leading else [-1, *pipes])]


_PIPE = re.compile(r"(?<!\\)\|")  # a cell boundary (an escaped pipe is text)


def objective_column(names: list[str]) -> int | None:
    """The column named for objectives ("Objective", "Business objective")."""
    return next(
        (
            n
            for n, name in enumerate(names)
            if name in _OBJECTIVE_HEADERS or name.rsplit(" ", 1)[-1] in ("objective", "objectives")
        ),
        None,
    )


def listed_after(line: Text, label: T.Label) -> list[Text]:
    """The key results a label's line lists after it ("KRs: churn; weekly actives; NPS"),
    split as a table cell's are (`cell_items`): one part where it lists nothing."""
    if not label.start or label.start >= len(line.plain):
        return [line] if label.text else []
    return cell_items(line.sub(list(range(label.start, len(line.plain)))))


def listed_key_results(line: Text, label: T.Label) -> list[Text]:
    """The key results a "Key results:" label's line lists after it, where it lists some: two
    or more parts, or one that states a number ("KRs: NPS 40"); else none."""
    listed = listed_after(line, label)
    return (
        listed if len(listed) >= 2 or measures.has_number(listed[0].plain if listed else "") else []
    )
