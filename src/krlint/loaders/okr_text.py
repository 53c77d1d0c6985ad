"""The words around an objective or a key result that are not its words — one definition.

Real OKR files wrap what is judged in labels (`Objective 2:`, `KR1.1 —`, `O1KR2`), IDs
(`2022.M1.01 -`), status and progress notes (`[NOT STARTED: 0%]`, `(WIP)`, `✅`, `=> Done`,
`[2/5]`), Obsidian Dataview fields (`[due:: 2024-06-30]`), owners (`(Brian)`, `Mark/Sam`,
`@sam`), scores (`(7/10)`, `– 2`), heading anchors (`{#intro}`) and emoji. Left in, they change
the judgement (`0%` reads as a measure, `Done` as a milestone). Every reader — Markdown, YAML and
JSON — and, later, the analyser's own clean-up use this module, so what counts as a label, an ID
or a status note is decided once.

Cleaning never loses track of where the words came from: `Cleaned.index[i]` is the offset in the
input of the i-th character of the clean text, so a finding on the clean text can still point at
the right column of the source.

Every pattern here reads one line of plain text (markup already dropped by the reader) and is
linear: no nested quantifiers that could backtrack, so user text cannot make them hang.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar, cast


class _Lazy:
    """A regular expression compiled the first time it is used. This module holds some fifty
    (label words, periods and sections in several languages …) that cost ~25 ms to compile —
    most of a cached `krlint check` — while reading a YAML file of plain key results uses a
    handful: the pre-commit path pays only for those."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(*self._args)
        for method in (
            "search",
            "match",
            "fullmatch",
            "sub",
            "subn",
            "finditer",
            "findall",
            "split",
            "pattern",
            "flags",
            "groupindex",
        ):
            setattr(self, method, getattr(compiled, method))  # later calls skip __getattr__
        return getattr(compiled, name)


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return cast("re.Pattern[str]", _Lazy(pattern, flags))


# -- what a line is ---------------------------------------------------------------------------
OBJECTIVE = "objective"
KEY_RESULT = "key_result"
KEY_RESULTS = "key_results"  # "Key results" (heading or line): the items below are key results
OBJECTIVES = "objectives"  # "Objectives": each item below is an objective
INITIATIVE = "initiative"  # Initiative:/Task:/Project: lines are work, never key results
IGNORED_SECTION = "ignored_section"  # "Notes", "Initiatives", "License": nothing below is OKRs
CONTAINER = "container"  # "OKRs", "Company OKRs", "Objectives and Key Results": holds OKRs
META = "meta"  # Mission:/Vision:/North star: describe the file, not an OKR
FIELD = "field"  # "Owner: Sam", "Target: 95%", "How to measure: …" — a plan field
# "Success criteria", "Measures of success": key results under another name where the objective
# above has none yet, its details where it has
SUCCESS_MEASURES = "success_measures"


def words(text: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words."""
    return frozenset(text.split())


# -- characters that are never words ----------------------------------------------------------
_INVISIBLE = frozenset("\ufeff\u200b\u200c\u200d\u2060\u00ad\ufe0e\ufe0f\u20e3")
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def is_emoji(ch: str) -> bool:
    """Pictographs, dingbats, arrows drawn as symbols (↳), progress squares (🟩⬜) and their
    modifiers — not °, ©, ™ or the arithmetic arrows (→) that carry meaning in a key result."""
    code = ord(ch)
    if ch in _INVISIBLE or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
        return True
    return code >= 0x2190 and unicodedata.category(ch) == "So"


# -- labels -----------------------------------------------------------------------------------
_QUALIFIERS = (
    "company|team|department|group|personal|individual|stretch|main|primary|"
    "secondary|quarterly|annual|yearly|our|my|org|squad|product|engineering|"
    "ultimate|overall|top|shared|current|proposed|draft|committed|aspirational|"
    "cross-cutting|cross-functional|cross-team|foundational|supporting|platform"
)
PERIOD = "period"  # a word that names a period on its own ("Anual", "年度"), like "Q3" or "2024"


class Sense(NamedTuple):
    """What a word of another language means in an OKR document.

    `plural`: an objective or key result word in its plural form (a section of them).
    `at`: for a section word, where in a title it decides the section — "whole" (only the
    whole title: 风险 "risks" is also how 降低风险 "reduce risks" ends), "start" (the title
    starts with it: "Plantilla de …"; "modèle" ends "Lancer le nouveau modèle"), "end" (a short
    title ends with it: "Otros recursos", 学习资源) or "either".
    """

    role: str
    plural: bool = False
    at: str = "either"


# The words of OKR documents in the languages they are written in besides English (Spanish,
# Portuguese, French, German, Italian, Dutch, Russian, Chinese, Japanese, Vietnamese, Korean,
# Turkish, Indonesian, Polish, Ukrainian, Czech):
# one vocabulary, read the same in a heading ("## Resultados Clave", "## 资源"), a label
# ("Objetivo: …") and a table's column names — the words for an objective and a key result,
# the sections that are never OKRs (resources, next steps, notes, a diary …) and the words that
# name a period on their own ("Anual", "年度", "Jahres-"). CJK and Vietnamese words have no
# plural form and are read as a section where a plural would be. (English has the same words,
# in the patterns and word lists below.)
_O, _KR, _NOT = OBJECTIVE, KEY_RESULT, IGNORED_SECTION
OKR_WORDS: dict[str, Sense] = {
    **dict.fromkeys(
        (
            "objetivo",
            "objectif",
            "ziel",
            "obiettivo",
            "doel",
            "цель",
            "mục tiêu",
            "目标",
            "目標",
            "목표",
            "hedef",
            "amaç",
            "tujuan",
            "cel",
            "ціль",
            "cíl",
        ),
        Sense(_O),
    ),
    **dict.fromkeys(
        (
            "objetivos",
            "objectifs",
            "ziele",
            "obiettivi",
            "doelen",
            "цели",
            "hedefler",
            "amaçlar",
            "cele",
            "цілі",
            "cíle",
        ),
        Sense(_O, True),
    ),
    **dict.fromkeys(
        (
            "resultado clave",
            "resultado-chave",
            "resultado chave",
            "résultat clé",
            "schlüsselergebnis",
            "risultato chiave",
            "kernresultaat",
            "ключевой результат",
            "关键结果",
            "關鍵結果",
            "kết quả then chốt",
            "핵심 결과",
            "핵심결과",
            "anahtar sonuç",
            "hasil utama",
            "hasil kunci",
            "kluczowy rezultat",
            "kluczowy wynik",
            "ключовий результат",
            "klíčový výsledek",
        ),
        Sense(_KR),
    ),
    **dict.fromkeys(
        (
            "resultados clave",
            "resultados-chave",
            "resultados chave",
            "résultats clés",
            "schlüsselergebnisse",
            "risultati chiave",
            "kernresultaten",
            "ключевые результаты",
            "anahtar sonuçlar",
            "kluczowe rezultaty",
            "kluczowe wyniki",
            "ключові результати",
            "klíčové výsledky",
        ),
        Sense(_KR, True),
    ),
    # periods named by a word: a year, a half, a quarter, a month ("1.1. 年度", "Metas anuales")
    **dict.fromkeys(
        (
            "anual",
            "anuales",
            "anuais",
            "mensual",
            "mensuales",
            "mensal",
            "mensais",
            "trimestral",
            "trimestrales",
            "trimestrais",
            "semestral",
            "semestrales",
            "semestrais",
            "annuel",
            "annuels",
            "annuelle",
            "annuelles",
            "mensuel",
            "mensuels",
            "trimestriel",
            "trimestriels",
            "semestriel",
            "jährlich",
            "jahres",
            "monatlich",
            "monats",
            "quartals",
            "halbjahres",
            "annuale",
            "annuali",
            "mensile",
            "mensili",
            "trimestrale",
            "trimestrali",
            "jaarlijks",
            "jaar",
            "maandelijks",
            "kwartaal",
            "годовые",
            "годовой",
            "годовая",
            "месячные",
            "квартальные",
            "hàng năm",
            "hàng quý",
            "hàng tháng",
            "年度",
            "月度",
            "季度",
            "半年度",
            "年间",
            "年間",
            "月間",
            "四半期",
            "연간",
            "월간",
            "분기",
        ),
        Sense(PERIOD),
    ),
    # sections that are never OKRs: notes, resources and references, next steps, rules, risks,
    # tasks, a schedule, a diary …
    **dict.fromkeys(
        (
            "notas",
            "glosario",
            "glossaire",
            "glossar",
            "glossário",
            "enlaces",
            "liens",
            "referencias",
            "références",
            "referências",
            "riesgos",
            "risques",
            "riscos",
            "risiken",
            "리스크",
            "위험",
            "リスク",
            "iniciativas",
            # what a deliverable must do to be accepted ("Criterios de aceptación para cada HU")
            "acceptance criteria",
            "criterios de aceptación",
            "critères d'acceptation",
            "critérios de aceitação",
            "akzeptanzkriterien",
            "验收标准",
            "受け入れ基準",
            # the work that moves a key result ("关键举措": key initiatives, "行动计划": an
            # action plan)
            "关键举措",
            "關鍵舉措",
            "举措",
            "舉措",
            "行动计划",
            "行動計畫",
            "tareas",
            "tâches",
            "tarefas",
            "aufgaben",
            "recursos",
            "ressources",
            "ressourcen",
            "risorse",
            "bronnen",
            "ресурсы",
            "ссылки",
            "riferimenti",
            "literatur",
            "bibliografía",
            "bibliographie",
            "diario",
            "tagebuch",
            "дневник",
            # a summary restates what is above it ("Bảng tóm tắt", "Resumen", "总结")
            "resumen",
            "resumen de resultados",
            "resultados obtenidos",
            "resumo dos resultados",
            "resultados alcançados",
            "résumé des résultats",
            "zusammenfassung",
            "tóm tắt",
            "总结",
            "概要",
            "要約",
            "요약",
        ),
        Sense(_NOT),
    ),
    **dict.fromkeys(
        (
            "remarques",
            "hinweise",
            "anmerkungen",
            "seguimiento",
            "suivi",
            "acompanhamento",
            "anexo",
            "annexe",
            "anhang",
            "apéndice",
            "contexto",
            "contexte",
            "hintergrund",
            "antecedentes",
            "historial",
            "historique",
            "reglas",
            "règles",
            "regras",
            "regeln",
            "principios",
            "principes",
            "princípios",
            "prinzipien",
            "cronograma",
            "calendrier",
            "zeitplan",
            "cadencia",
            "cadência",
            # what a project needs and how to run it
            "requisitos",
            "pré-requisitos",
            "prerrequisitos",
            "instalação",
            "instalación",
            "utilização",
            "como usar",
            "como utilizar",
            "voraussetzungen",
            "prérequis",
            # who the product is for: a "target" audience, not an objective
            "público objetivo",
            "mercado objetivo",
            "usuarios objetivo",
            "público-alvo",
            "público alvo",
            "mercado-alvo",
            "public cible",
            "zielgruppe",
            "zielgruppen",
            "rythme",
            "plantilla",
            "modèle",
            "vorlage",
            # how the document writes its OKRs ("### 2.1. Формат": "each version has an
            # **Objective** — a qualitative goal"), not the OKRs
            "формат",
            "formato",
            "formát",
            # how to read or use the document ("Como ler este documento"): a guide to it
            "como ler",
            "cómo leer",
            "como usar",
            "cómo usar",
            "comment lire",
            "comment utiliser",
        ),
        Sense(_NOT, at="start"),
    ),
    **dict.fromkeys(
        (
            "equipo",
            "equipe",
            "équipe",
            "próximos pasos",
            "siguientes pasos",
            "próximos passos",
            "prochaines étapes",
            "nächste schritte",
            "prossimi passi",
            "volgende stappen",
            "следующие шаги",
            "bước tiếp theo",
            "다음 단계",
            "次のステップ",
            "visión",
            "visão",
            "misión",
            "missão",
            "valores",
            "valeurs",
            "werte",
            "resumen",
            "resumo",
            "résumé",
            "zusammenfassung",
            "tài liệu",
            "tài nguyên",
            "자료",
            "참고 자료",
            # Chinese (written without spaces: the whole title)
            "备注",
            "说明",
            "节奏",
            "进展",
            "进展记录",
            "进度记录",
            "风险",
            "排期",
            "参考",
            "附录",
            "原则",
            "背景",
            "好处",
            "好處",
            "效益",
            "为什么做",
            "為什麼做",
            "总结",
            "复盘",
            "里程碑",
            "术语",
            "任务",
            "任务拆解",
            "任务分解",
            "任务规划",
            "任务计划",
            "更新记录",
            "变更记录",
            # Japanese
            "目的",
            "ミッション",
            "ビジョン",
            "アクション",
            "アクション項目",
        ),
        Sense(_NOT, at="whole"),
    ),
    # a Chinese or Japanese title that ends with one of these ("学习资源", "践行日记", "相关链接",
    # "本周核心进展": this week's progress)
    **dict.fromkeys(
        (
            "资源",
            "链接",
            "日记",
            "日志",
            "笔记",
            "参考资料",
            "参考文献",
            "进展",
            "進展",
            "交付物",
            "リソース",
            "参考資料",
            "日記",
        ),
        Sense(_NOT, at="end"),
    ),
    # … or starts with one ("下一步计划", "下周计划")
    **dict.fromkeys(("下一步", "后续步骤", "待办", "下周", "下週"), Sense(_NOT, at="start")),
}


def _normal_word(keyword: str) -> str:
    return re.sub(r"[\s-]", "", keyword.lower())


_LABEL_WORDS = [w for w, sense in OKR_WORDS.items() if sense.role in (OBJECTIVE, KEY_RESULT)]
_OKR_WORD_KIND = {_normal_word(w): (OKR_WORDS[w].role, OKR_WORDS[w].plural) for w in _LABEL_WORDS}
_OTHER_LANGUAGES = "|".join(
    re.escape(w).replace(r"\ ", r"[\s-]?").replace(r"\-", r"[\s-]?")
    for w in sorted(_LABEL_WORDS, key=len, reverse=True)
)
_KEYWORDS = (
    r"objectives?|goals?|key[\s-]?results?|krs?|okrs?|initiatives?|tasks?|projects?|"
    r"actions?|activities|activity|epics?|deliverables?|milestones?|" + _OTHER_LANGUAGES
)
# qualifiers after the word, as Romance languages put them: "Objetivo principal", "Objetivo
# Estratégico Geral", "Resultados-Chave Esperados" (not "Objetivo general" alone: a project's
# overall aim, beside its "objetivos específicos")
_AFTER_QUALIFIER = (
    r"(?:\s+(?i:principal|principale|estrat[ée]gic[oa]s?|strat[ée]giques?|strategic[oa]|"
    r"esperad[oa]s?|previst[oa]s?|attendue?s?|attes[io])\b(?:\s+(?i:geral|general|g[ée]n[ée]rale?)\b)?)?"
)
# a colon, ASCII or full-width ("O1：", "KR1（名称）：" in CJK text)
_COLON = ":："
_LABEL_TAIL = (
    rf"(?P<kw>(?i:{_KEYWORDS})|O(?=\s?\d|\s*[{_COLON}]))"
    # a qualifier after the word, as Romance languages put it ("Objetivo principal")
    + _AFTER_QUALIFIER
    # a number or ID after the word: "Objective 2", "KR 1.1", "Key Result #3", "OKR '2022.M1'"
    # ("(?:\s*#)?\s*", not "\s*#?\s*": two runs of \s* side by side split a long run of spaces
    # every way there is, quadratic in its length; this reads the same text in linear time)
    + r"(?:(?:\s*#)?\s*(?P<num>\d+(?:\.\d+)*[a-z]?|[A-Z](?![\w])|"
    r"['‘’\"]?(?=[\w.]{0,23}\d)[\w.]{1,24}['‘’\"]?))?"
    # a short name in parentheses between the ID and the colon, or ending the label: "KR2
    # (Revenue): …", "## Objective 1（核心目标）" (the statement is below it)
    r"(?:(?<=[\w'’\"])\s*[(（](?P<pname>[^()（）\n]{1,40})[)）](?=\s*[:：]|\s*$))?"
    # a status mark in brackets before the colon: "**Key Result 1.1 [🔜]:** …" (one space at
    # most before it, so no two runs of spaces meet)
    r"(?:(?<=[\w)）]) ?\[[^\[\]\n\w]{1,8}\](?=\s*[:：]))?"
    # ("O2｜动态适配": a full-width bar parts them as a colon does)
    # ("Objective 1, Shift care from reactive to proactive": a comma after its number too, when
    # a capital opens the words — not "… exige KR4 o\nKR5, la decisión …" wrapped in prose)
    rf"(?P<sep>\s*(?:[{_COLON}｜]|[-–—.)|](?=\s)|=)|(?<=\d),(?=\s+[A-ZÀ-ÖØ-ÞЀ-Я])"
    r"|(?<=\d)\s|(?<=\d['’\"])\s|\s*$)\s*"
)
# "…（Q2 达成）", "（Phase 1 已交付，Q2 目标达成；v2 进行中）", "（架构已交付；上线指标未回收）":
# where it stands, in full-width brackets after a CJK key result (not "（完成率 80%）": a rate is
# a measure)
_CJK_PAREN_STATUS = _lazy(
    r"（[^（）]{0,60}?(?:达成|達成|已完成|完成(?!率)|已交付|交付(?!率)|进行中|進行中|延后|延後|"
    r"未回收|收尾中|已上线|已上線|已启动|启动|啟動|已取消|取消|待讨论|待討論|待定|待确认|待確認)"
    r"[^（）]{0,60}）\s*[。.]?\s*$"
)
_LENTICULAR_TAG = _lazy(r"【(?P<tag>[^【】\n]{1,24})】\s*")
# a label's letters ("O", "KR", "O1"), as a CJK label gives them in brackets after its word
_ABBREVIATION = _lazy(r"(?P<kw>O|KRs?)(?P<num>\d{1,2})?")
# the section of several: "Objectives", "Key results"
_PLURAL = {OBJECTIVE: OBJECTIVES, KEY_RESULT: KEY_RESULTS}
# what kind of objective a CJK label names, run onto the word: "优化目标：", "季度目标："
_CJK_QUALIFIERS = (
    "优化|優化|季度|本季度|年度|月度|本月|本周|业务|業務|产品|產品|团队|團隊|个人|個人|公司|部门|"
    "部門|核心|总体|總體|整体|整體|战略|戰略|项目|專案|阶段|階段"
)
# words of a sentence, not of a team's name, before "KR:" ("We hit every KR: …", "Our Q3 KR")
_NOT_A_TEAM = (
    r"(?i:the|a|an|every|each|all|any|no|this|that|these|those|our|my|your|their|its|his|her|"
    r"we|i|you|they|it|new|next|last|first|one|per|is|are|was|were|hit|met|missed)\b"
)
# words in brackets alone after a numbered label: a name, not a statement
_ASIDE_ONLY = _lazy(r"\s*[(（](?P<aside>[^()（）\n]{1,80})[)）]\s*")
_LABEL = _lazy(
    # "Company objective:", "Marketing key result:" - a known qualifier or one capitalised word;
    # before "KR:" a team's name of up to three words, with its part in brackets ("VP Eng KR:",
    # "Sales (Closing Deals) KR:", "Code intel KR:");
    # "优化目标：" (optimisation objective), "季度目标：": a CJK word or two run onto the word
    rf"(?P<qual>(?:(?i:{_QUALIFIERS})\s+){{1,2}}|"
    rf"(?!{_NOT_A_TEAM})[A-Z][\w'’&-]*(?:\s+(?!{_NOT_A_TEAM})[\w'’&-]+){{0,2}}"
    r"(?:\s+\([^()\n]{1,30}\))?\s+(?=(?i:krs?)\s*[:：])|"
    rf"[A-Z][\w'’&-]*\s+|"
    rf"(?:{_CJK_QUALIFIERS})(?=(?:目标|目標)\s*(?:[(（][^()（）\n]{{1,40}}[)）])?\s*[{_COLON}]))?"
    + _LABEL_TAIL
)
# the same without a qualifier: "Objective O1 — Grow" is the label "O1" after the word Objective
# (the capitalised word before "O1" is not a qualifier when no colon follows)
_LABEL_BARE = _lazy(r"(?P<qual>)" + _LABEL_TAIL)
# compact IDs before the text: O1KR2, O1.KR2, KR-2.1, KR1, O2, O-2, Obj1, R0-O1 (in release R0),
# OKR-O1 — with or without a colon (KR IDs may carry letters between digit groups:
# KR-2026Q3-01, and a team's code before the number: KR-E1, KR-ENG-2)
_COMPACT_ID = _lazy(
    r"\(?(?:(?i:okr)-(?=(?i:o|obj)-?\d))?(?P<id>(?:[A-Z]{1,2}\d{1,2}[-.])?(?i:o|obj|oe)-?\d+(?:[.\-]?(?i:kr)[\s-]?\d+(?:\.\d+)*)?|"
    r"(?i:kr)-?(?:[A-Z]{1,3}-?)?\d+(?:[A-Za-z]+\d+)*(?:[.\-]\d+(?:[A-Za-z]+\d+)*)*)"
    r"\)?(?P<sep>\s*(?:[:：]|[-–—.)](?=\s))\s*|\s+|$)"
)
# a bare ID before the text: `2022.M1.01` -, 1.1 -, KR 1.2 —, #3:
_BARE_ID = _lazy(
    r"(?P<id>#?\d+(?:\.[A-Za-z]*\d+[a-z]?)+|#\d+|[A-Z]{1,4}-\d+(?:\.\d+)*|"
    r"\d{4}\.[A-Z]+\d+(?:\.\d+)*)"
    r"(?P<sep>\s*(?:[:：]|[-–—)](?=\s)|\.(?=\s))\s*|\s+)"
)
# "[x]", "[ ]", or a status mark in the box ("- [🔄] KR1: …", "- [✅] KR3: …")
_CHECKBOX = _lazy(r"\[(?:([ xX~-])|(?P<mark>[^\[\]\w\s]{1,3}))\](?:\s+|$)")
_DONE_MARKS = frozenset("✅✔☑")
# "CEO: Encourage wider community engagement": an executive who owns the objective, named first
_ROLE_OWNER = _lazy(r"(?P<owner>C[A-Z]{1,3}O|VP(?:\s+of)?\s+[A-Z][\w&-]*|E-?group)\s*[:：]\s+")
# "P0-GC/BP: (0.5 -- draft) …", "P1 (0.8): …": a priority with its owners' initials or a grade
# from 0 to 1 (with a note), or both, before the words
_GRADE = r"\(\s*(?P<grade>0?\.\d+|[01](?:\.\d+)?)(?:\s*(?:--|[-–—:,])\s*[^()]{0,60})?\)"
_PRIORITY_INITIALS = _lazy(
    r"[Pp](?P<p>\d)(?:-(?P<owner>[A-Z]{1,4}(?:/[A-Z]{1,4})*))?\s*(?:" + _GRADE + r")?\s*[:：]?\s+"
)
_LEADING_GRADE = _lazy(_GRADE + r"\s+")
# a priority before the words: "[P1]", "(P0)", "p0 - ", "P2: " (not "p95 latency")
# a priority before the text: [P1], (P2), "P0 - ", "PX - " (priority not set yet), with the
# owners it is assigned to between them ("PX @magik6k - The Core API is released")
_PRIORITY = _lazy(
    r"\[(P\d)\]\s*|\((P\d)\)\s*|([Pp][\dXx?](?:/\d)?)"
    r"(?:\s+(?P<owner>@[\w-]+(?:\s*[,/&]\s*@[\w-]+)*))?\s*(?:[:：]|[-–—](?=\s|$))\s*"
)
_META = _lazy(
    r"(?P<kw>mission|vision|north[\s-]?star(?:\s+metric)?|ultimate goal|purpose|tagline)"
    r"\s*:\s*",
    re.I,
)
_SECTION = _lazy(
    rf"(?:(?:(?i:{_QUALIFIERS})\s+){{1,2}}|[A-Z][\w'’&-]*\s+)?"
    r"(?P<kw>key[\s-]?results?|krs|objectives?|goals|initiatives|tasks|projects|notes|"
    r"risks|dependencies|actions|action items|non-goals|out of scope|milestones|"
    + _OTHER_LANGUAGES
    + ")"
    + _AFTER_QUALIFIER
    + r"(?:\s*\(.{0,40}\))?\s*[:：]?",
    re.I,
)
_OUTSIDE_OKRS = _lazy(
    r"(?:\bnot|n[’']t|\boutside(?:\s+of)?|\bbeyond|\bbesides)\s+(?:\w+\s+){0,3}?"
    r"(?:the\s+|our\s+)?okrs?\b|\bnon-?\s*okrs?\b",
    re.I,
)
_PLURAL_CONTAINER = _lazy(
    # ("OKR周报", "プロジェクトOKR", "团队OKR": a CJK word may run straight on, either side)
    r"(?<![A-Za-z0-9_])okrs?(?![A-Za-z0-9_])|"
    # "Objectives and key results", "Goals & Key Results", and the same in the other
    # languages of OKR_WORDS, or mixing them: "Objetivos e resultados-chave", "Objectifs et
    # résultats clés", "Ziele und Schlüsselergebnisse", "Objectifs & Key Results"
    + r"(?:objectives|goals|{})\s*(?:and|e|y|et|und|en|ve|dan|и|&)\s*(?:key\s*results|{})".format(
        *(
            "|".join(
                re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                for w, sense in OKR_WORDS.items()
                if sense.role == role and sense.plural
            )
            for role in (OBJECTIVE, KEY_RESULT)
        )
    ),
    re.I,
)


@dataclass(slots=True)
class Label:
    """What a line says it is, and where its own words start."""

    kind: str | None  # one of the constants above, or None for an unlabelled line
    text: str  # the words after the label
    start: int = 0  # where `text` starts in the line
    name: str = ""  # the label word itself (for META/FIELD: which field)
    fields: dict[str, Any] = field(default_factory=dict)
    generic: bool = False  # the label and an ID only ("Objective 1", "O1KR2"): no words


def _kind(keyword: str) -> tuple[str, bool]:
    """The role a label word names, and whether it is plural."""
    word = _normal_word(keyword)
    if word in _OKR_WORD_KIND:
        return _OKR_WORD_KIND[word]
    if word in ("objective", "goal", "o", "okr"):
        return OBJECTIVE, False
    if word in ("objectives", "goals", "okrs"):
        return OBJECTIVE, True
    if word in ("keyresult", "kr"):
        return KEY_RESULT, False
    if word in ("keyresults", "krs"):
        return KEY_RESULT, True
    return INITIATIVE, word.endswith("s") or word == "activities"


_DUE_BEFORE_LABEL = _lazy(r"(?P<due>[^\s→>]{1,12})\s*(?:→|->|=>)\s*")


# a period, then a dash before a label: "Annual (2026) — Objective:", "Q3 — Key result 2:"
_PERIOD_BEFORE_LABEL = _lazy(
    rf"(?P<when>[^—–:：()*_]{{1,40}}?(?:\s*\([^()]{{1,60}}\))?)\s+[—–-]\s+(?=(?i:{_KEYWORDS})\b)"
)
_LABEL_DASHES = ("—", "–", " - ")
# a quarter or a half of a year, as the patterns below name one ("Q3", "H1")
_QUARTER = r"(?:Q[1-4]|H[12])"
# a period alone, then the label: "**Q1 2026 Objective**: Establish …", "FY25 Key Result 2:"
_PERIOD_TOKEN = rf"(?:{_QUARTER}|FY\s?\d{{2,4}}|20\d\d)"
_PERIOD_WORDS_BEFORE_LABEL = _lazy(
    rf"(?P<when>{_PERIOD_TOKEN}(?:[ /]+{_PERIOD_TOKEN}){{0,2}}) +(?=(?i:{_KEYWORDS})\b)"
)
_NAMES_PERIOD = _lazy(
    r"(?i)\b(?:Q[1-4]|H[12]|FY\s?\d{2,4}|annual|yearly|quarter(?:ly)?|half[\s-]year|"
    r"month(?:ly)?)\b|\b20\d\d\b"
    # a year, month or week counted from the start: "**Ano 1 — Objetivo:** …", "Year 2 —"
    r"|(?i:\b(?:year|month|week|ano|año|mes|mês|semana)\s?\d{1,2}\b)"
)

_LITERAL_BOLD = 40  # the longest label set in bold


def _names_no_okr(words: str) -> bool:
    """ "Público objetivo", "Mercado-alvo": the vocabulary names the audience a product is for
    with an objective's word (a qualifier before it), which makes no label."""
    named = OKR_WORDS.get(words.strip(" *_").lower())
    return named is not None and named.role == IGNORED_SECTION


_NAME_THEN_ID = _lazy(
    r"(?P<name>\S.*?)\s*\(\s*(?P<id>(?i:objective|objectif|objetivo|obj\.?|o)\s*\d+(?:\.\d+)*)\s*\)"
)


def parse_label(line: str, *, heading: bool = False, _numbered: bool = True) -> Label:
    """The role a line's label gives it: `Objective 2: Grow` → (OBJECTIVE, "Grow").

    `heading` allows an ID followed by a space only ("O1 Build the platform", "OKR 2 Grow"):
    in a bullet, "O1 is the primary OKR" is a sentence about O1, not a label. A label whose
    only words are where it stands ("### KR 1 — unknown", "KR3: Done") is one with no words:
    they follow (the status is a field).
    """
    label = _parse_label(line, heading=heading, _numbered=_numbered)
    named = _NAME_THEN_ID.fullmatch(line.strip()) if heading and label.kind is None else None
    if named:
        # "### Pilier 1 — Scientifique (Objective 1.0)": a heading that names the objective and
        # gives its ID; its statement follows (as under "### Objective 1.0")
        fields = {"label": named.group("id"), "name": named.group("name")}
        return Label(OBJECTIVE, "", len(line.rstrip()), "objective", fields, generic=True)
    if label.kind in (OBJECTIVE, KEY_RESULT) and label.text and is_status(label.text):
        fields = {**label.fields, "status": label.text.strip(" .!")}
        return Label(label.kind, "", len(line.rstrip()), label.name, fields, generic=True)
    return label


def _parse_label(line: str, *, heading: bool = False, _numbered: bool = True) -> Label:
    # asked in order: bold markers left as text, marks before the label (a checkbox, a
    # priority), a lead the label comes after (a number, a day, a status, a period), a section
    # or sample named by the line, a labelled keyword ("Objective 1:"), a compact ID ("O1KR2")
    fields: dict[str, Any] = {}
    text = line.rstrip()
    at = _skip_noise(text, len(text) - len(text.lstrip()))
    literal = _literal_bold_label(text, at, heading=heading, numbered=_numbered)
    if literal is not None:
        return literal
    at = _marks(text, at, fields)
    after = _label_after_lead(text, at, fields, heading=heading, numbered=_numbered)
    if isinstance(after, Label):
        return after
    at = after
    rest = text[at:]
    compact = _COMPACT_ID.match(rest)
    named = _section_label(text, at, compact, fields, heading=heading)
    if named is not None:
        return named
    found = _LABEL.match(rest)
    if found and found.group("qual") and _names_no_okr(rest[: found.end("kw")]):
        return Label(None, rest, at, "", fields)
    if found and found.group("qual") and not _accept(found, heading):
        found = _LABEL_BARE.match(rest) or found
    if found and _accept(found, heading) and not _about_id(found, rest[found.end() :]):
        return _keyword_label(text, at, found, fields, heading=heading)
    if (
        compact
        and (
            compact.group("sep").strip()
            or heading
            or rest.startswith("(")
            or "kr" in compact.group("id").lower()
            or not rest[compact.end() :]
        )
        and not (not compact.group("sep").strip() and _sentence_about_id(rest[compact.end() :]))
    ):
        return _compact_label(text, at, compact, fields)
    return Label(None, rest.strip(), at, "", fields)


def _literal_bold_label(text: str, at: int, *, heading: bool, numbered: bool) -> Label | None:
    """The label of a line whose bold markers the Markdown parser left as text."""
    if text.startswith(("**", "__"), at):
        # "**O1 : **Atteindre …": bold markers the Markdown parser left as text (a space before
        # the closing pair), read as the spaces they stand in for, so every position holds
        close = text.find(text[at : at + 2], at + 2)
        if 0 < close - at <= _LITERAL_BOLD:
            spaced = text[:at] + "  " + text[at + 2 : close] + "  " + text[close + 2 :]
            inner = parse_label(spaced, heading=heading, _numbered=numbered)
            if inner.kind is not None:
                return inner
    return None


def _marks(text: str, at: int, fields: dict[str, Any]) -> int:
    """Where the label starts past a checkbox and a priority ("- [x] P1:"), kept as fields."""
    checkbox = _CHECKBOX.match(text, at)
    if checkbox:
        mark = checkbox.group("mark")
        if mark is None:
            fields["done"] = checkbox.group(1).lower() == "x"
        else:
            fields["done"] = bool(_DONE_MARKS.intersection(mark))
            fields["status"] = mark
        at = _skip_noise(text, checkbox.end())
    priority = _PRIORITY.match(text, at)
    if priority:
        fields["priority"] = (priority.group(1) or priority.group(2) or priority.group(3)).upper()
        if priority.group("owner"):
            fields.setdefault("owner", priority.group("owner"))
        at = _skip_noise(text, priority.end())
    return at


def _label_after_lead(
    text: str, at: int, fields: dict[str, Any], *, heading: bool, numbered: bool
) -> Label | int:
    """The label after a lead that is not part of it — a number, the day it is due, a status, a
    period — or, if none is there, where the label starts."""
    if not numbered:
        return at  # (the lead was read already: the line is parsed again past it)
    enum = _ENUMERATOR.match(text, at)
    if enum and enum.end() < len(text):
        if heading:
            at = _skip_noise(text, enum.end())
        else:  # "1. Key Result 1: …" written as text: the label counts, the number does not
            inner = parse_label(text[:at] + text[_skip_noise(text, enum.end()) :], _numbered=False)
            if inner.kind is not None:
                shift = _skip_noise(text, enum.end()) - at
                inner.start += shift
                inner.fields = {**fields, **inner.fields}
                return inner
    due = _DUE_BEFORE_LABEL.match(text, at)
    if due and due.end() < len(text):
        # "周五→**KR1**：完成主界面", "Fri -> KR2: …": the day it is due, then the key result
        inner = parse_label(text[:at] + text[due.end() :], heading=heading, _numbered=False)
        if inner.kind in (OBJECTIVE, KEY_RESULT) and inner.text:
            inner.start += due.end() - at
            inner.fields = {**fields, "due": due.group("due"), **inner.fields}
            return inner
    status = _STATUS_BEFORE_LABEL.match(text, at)
    if status and status.end() < len(text):
        inner = parse_label(text[:at] + text[status.end() :], heading=heading, _numbered=False)
        if inner.kind in (OBJECTIVE, KEY_RESULT):
            inner.start += status.end() - at
            inner.fields = {
                **fields,
                "status": text[at : status.end()].strip(" :-–—|"),
                **inner.fields,
            }
            return inner
    when = (
        _PERIOD_BEFORE_LABEL.match(text, at)
        # (a dash in reach first: most lines have none, and the pattern is tried on each)
        if any(d in text[at : at + 110] for d in _LABEL_DASHES)
        else None
    ) or _PERIOD_WORDS_BEFORE_LABEL.match(text, at)
    if when and _NAMES_PERIOD.search(when.group("when")):
        # "**Annual (2026) — Objective:** Prove …", "Current quarter (Q2 2026) — Objective:":
        # the period the label is for, then the label
        inner = parse_label(text[:at] + text[when.end() :], heading=heading, _numbered=False)
        if inner.kind in (OBJECTIVE, KEY_RESULT) and inner.text:
            inner.start += when.end() - at
            inner.fields = {**fields, **inner.fields}
            return inner
    return at


def _section_label(
    text: str, at: int, compact: re.Match[str] | None, fields: dict[str, Any], *, heading: bool
) -> Label | None:
    """The label of a line that names a sample, a section of OKRs or of notes, or a field of
    the document ("North Star:"); None for any other line."""
    rest = text[at:]
    example = _EXAMPLE_LABEL.match(rest)
    if example:
        # "Bad objective: Make more money", "Example KR: …": a guide's sample, never the team's
        start = at + example.end()
        return Label(IGNORED_SECTION, text[start:].strip(), start, "example", fields)
    compact = _COMPACT_ID.match(rest)
    if compact and re.match(r"(?i:o|obj)\d+[.\-]?kr", compact.group("id"), re.I):
        return _compact_label(text, at, compact, fields)
    if heading and rest.strip() in ("O", "KR"):
        # "## O" over "- Grow …", then "## KR" over the key results: the letters alone name the
        # sections (a numbered "KR 1" is one key result, below)
        if rest.strip() == "KR":
            return Label(KEY_RESULTS, "", len(text), "keyresults", fields)
        return Label(OBJECTIVE, "", len(text), "objective", fields, generic=True)
    section = _SECTION.fullmatch(rest)
    if section and section.start("kw") > 0 and _names_no_okr(rest[: section.end("kw")]):
        return Label(None, rest, at, "", fields)
    if section:
        word, plural = _kind(section.group("kw"))
        kw = re.sub(r"[\s-]+", "", section.group("kw").lower())
        if kw in ("okr", "okrs"):
            return Label(CONTAINER, "", len(text), kw, fields)  # "OKRs:" introduces, not lists
        if word == OBJECTIVE and (plural or kw == "goals"):
            kind = OBJECTIVES
        elif word == OBJECTIVE:
            # "Objective" alone (a heading or a line): the statement comes next
            return Label(OBJECTIVE, "", len(text), "objective", fields, generic=True)
        elif word == KEY_RESULT:
            kind = KEY_RESULTS
        else:
            kind = IGNORED_SECTION
        return Label(kind, "", len(text), kw, fields)
    meta = _META.match(rest)
    if meta:
        name = re.sub(r"[\s-]+", "_", meta.group("kw").lower())
        name = "north_star" if name.startswith(("northstar", "north_star", "ultimate")) else name
        start = at + meta.end()
        return Label(META, text[start:].strip(), start, name, fields)
    return None


def _keyword_label(
    text: str, at: int, found: re.Match[str], fields: dict[str, Any], *, heading: bool
) -> Label:
    """The label a keyword gives ("Objective 1:", "KR2 –", "关键结果（KR）："): one objective or
    key result with its words, a label whose words come next, or a section of them."""
    rest = text[at:]
    kind, plural = _kind(found.group("kw"))
    start = at + found.end()
    remainder = text[start:]
    num = (found.group("num") or "").strip("'‘’\"")
    pname = (found.group("pname") or "").strip()
    abbreviated = _ABBREVIATION.fullmatch(pname)
    translated = parse_label(pname + ":", _numbered=False) if pname and not abbreviated else None
    if (abbreviated and _kind(abbreviated.group("kw"))[0] == kind and not num) or (
        translated is not None
        and not translated.text
        and kind in _PLURAL
        and translated.kind in (kind, _PLURAL[kind])
    ):
        # "目标（O1）", "关键结果（KR）", "优化目标（Objective）：": the label's own letters
        # or its English in brackets, with the objective's number — an ID, not a name
        # ("关键结果（KR）" is the section of them)
        num = abbreviated.group("num") or "" if abbreviated else num
        if kind == KEY_RESULT and not num and not text[start:].strip():
            return Label(KEY_RESULTS, "", len(text), found.group("kw"), fields)
    elif pname:
        fields["name"] = pname
    if found.group("kw").lower() in ("okr", "okrs") and (
        not num or re.fullmatch(r"(?:19|20)\d\d", num)
    ):
        # "Team OKR — Shared goal", "OKR: @sam", "OKR 2026 — AZAD": a group of OKRs (of a
        # year), not one objective
        return Label(CONTAINER, remainder.strip(), start, "okr", fields)
    restated = None if num else _SECTION.fullmatch(remainder.strip(" *_"))
    if restated and _kind(restated.group("kw"))[0] == kind and kind != INITIATIVE:
        # "## O：目标", "## KR：关键结果", "KR: Key results": the label said again in
        # words — the objective's statement comes next, the key results below
        if kind == KEY_RESULT:
            return Label(KEY_RESULTS, "", len(text), found.group("kw"), fields)
        return Label(OBJECTIVE, "", len(text), found.group("kw"), fields, generic=True)
    aside = _ASIDE_ONLY.fullmatch(remainder) if heading and num else None
    if aside and kind in (OBJECTIVE, KEY_RESULT):
        # "### Objective 1 (Product-Market Fit & Activation — Q3 2026)": its name and
        # period in brackets, its statement beneath (a quote, a paragraph)
        fields["label"] = _id(found.group("kw"), num)
        fields.setdefault("name", aside.group("aside").strip())
        return Label(kind, "", len(text), found.group("kw"), fields, generic=True)
    if not remainder.strip():
        if num or (kind in (OBJECTIVE, KEY_RESULT) and not plural):
            # "Objective 1", "Key Result 2:" - the words come on the next line
            fields["label"] = _id(found.group("kw"), num)
            return Label(kind, "", len(text), found.group("kw"), fields, generic=True)
        kind = _PLURAL.get(kind, IGNORED_SECTION)
        return Label(kind, "", len(text), found.group("kw"), fields)
    if plural and kind != INITIATIVE:
        if kind == KEY_RESULT:  # "Key Results: Martin and Sam" - owners of the list below
            return Label(KEY_RESULTS, remainder.strip(), start, found.group("kw"), fields)
        return Label(None, rest.strip(), at, "", fields)  # "Objectives: inspiring words"
    if num:
        fields["label"] = _id(found.group("kw"), num)
    return Label(kind, remainder.strip(), start + _lead(remainder), found.group("kw"), fields)


# A label that says what follows is a sample ("Good key result:", "Bad objective -", "Example
# OKR:", "e.g. Objective:"): text about OKRs, not an OKR.
_EXAMPLE_WORDS = (
    "good|bad|better|best|worse|worst|weak|weaker|strong|stronger|poor|great|"
    "example|sample|wrong|right|vague|clear|ideal|typical|bad-example|e\\.g\\.|"
    "ejemplo\\s+de|exemple\\s+d['’]?|beispiel"
)
_EXAMPLE_LABEL = _lazy(
    rf"(?i:(?:an?\s+|for\s+example,?\s+)?(?:{_EXAMPLE_WORDS})\s*(?:example\s+)?"
    rf"(?:{_KEYWORDS})(?:\s+examples?)?)(?:\s*\d+)?\s*(?:[{_COLON}]|[-–—](?=\s))\s*"
)

# Words that, right after an ID with no separator, make a sentence about it ("KR2.4 is the one
# that matters", "KR3.1 deserves a note"), not a label before the key result's own words.
_ABOUT_ID = words("""
is are was were has have had will would should must can cannot could may might does did do
remains needs matters deserves exists depends requires refers means looks seems covers stays
isn't aren't wasn't doesn't didn't won't can't and or to through vs versus was
""")


def _sentence_about_id(remainder: str) -> bool:
    first = remainder.lstrip().split(" ", 1)[0].rstrip(",;:.")
    return first in _ABOUT_ID


def _about_id(found: re.Match[str], remainder: str) -> bool:
    """An ID then a verb, with no separator: a sentence that mentions the key result."""
    return (
        not found.group("sep").strip()
        and bool(found.group("num"))
        and _sentence_about_id(remainder)
    )


def _compact_label(text: str, at: int, compact: re.Match[str], fields: dict[str, Any]) -> Label:
    ident = compact.group("id")
    kind = KEY_RESULT if "kr" in ident.lower() else OBJECTIVE
    start = at + compact.end()
    fields["label"] = ident
    remainder = text[start:]
    if not remainder.strip():
        return Label(kind, "", len(text), ident, fields, generic=True)
    return Label(kind, remainder.strip(), start + _lead(remainder), ident, fields)


def _accept(found: re.Match[str], heading: bool) -> bool:
    sep = found.group("sep").strip()
    if sep in ("=", "|"):
        return False  # "Goal = …", a table written in a line
    if not sep and not heading:
        # "KR1 Reduce churn" is a label anywhere; "O1 is …" and "Goal 2 people" only in headings
        return found.group("kw").lower() == "kr" and bool(found.group("num"))
    if sep in (".", ")") and not found.group("num"):
        return False  # "Tasks. We did …", "Goals) …": a sentence, not a label
    if (
        found.group("qual")
        and found.group("qual")[0].isupper()
        and found.group("qual").strip().lower() not in _QUALIFIERS.split("|")
    ):
        # one capitalised word before the keyword: "Marketing key result:" yes, "Our" above;
        # but "Reduce goal:" or "Launch project - 2" are sentences ("Growth Objective - Find
        # our first users": the method's own word, with no number, labels by a dash too)
        keyword = " ".join(found.group("kw").lower().split())
        return (sep in (":", "：") and keyword != "o") or (
            sep in ("-", "–", "—") and keyword == "objective" and not found.group("num")
        )
    return True


def _id(keyword: str, num: str) -> str:
    gap = " " if len(keyword) > 2 else ""
    return f"{keyword}{gap}{num}"  # "Objective 2", "KR1.1"


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def _skip_noise(text: str, at: int) -> int:
    """Past spaces, emoji (also as GitHub shortcodes, ":construction_worker:"), exclamation
    marks ("!WIP!") and list-like markers (•, ↳) that some files put before a label."""
    n = len(text)
    while at < n:
        if text[at] == ":" and (code := _SHORTCODE.match(text, at)):
            at = code.end()
            continue
        if not (text[at].isspace() or is_emoji(text[at]) or text[at] in "•·‣◦▪▸►–!"):
            break
        if text[at] == "–" and (at + 1 >= n or not text[at + 1].isspace()):
            break
        at += 1
    return at


_SHORTCODE = _lazy(r":[a-z0-9_+-]{2,40}:(?=\s)")


# -- sections and containers ------------------------------------------------------------------
# Headings (and bold lines) whose content is never OKRs: a title that starts with one of these
# words (a guide's "What is an OKR", "How to score", "Related links") …
_NOT_OKRS_FIRST = words("""
about appendix background changelog contents contributing faq glossary guidelines guide how
introduction license licence links notes overview references related resources retrospective
retro scoring grading tracking table toc what why acknowledgements credits disclaimer news
events announcements brainstorm backlog ideas icebox parking future someday lessons learnings
sprint sprints standup stand-up check-in check-ins checkin checkins
definitions terminology methodology template instructions installation initiatives tasks task
metrics kpis kpi blockers blocker decisions format
""")  # (the same sections in other languages: OKR_WORDS)
# Of those, the words of a guide to OKRs, which wins over a title that names OKRs ("What is an
# OKR" is about OKRs; "KPIs and OKRs by team" holds them).
_GUIDE_FIRST = words("""
about faq glossary guide guidelines how introduction what why template instructions scoring
grading definitions terminology methodology writing tips example examples sample samples
""")
# "Example Q1 2025 OKRs", "Quarterly OKRs Example (Q1 2025)": a quarter of a named year is the
# team's own, however it is introduced
_SAMPLE_WORDS = frozenset({"example", "examples", "sample", "samples"})
_DATED_QUARTER = _lazy(rf"\b{_QUARTER}\s*(?:FY\s?)?(?:20)?\d\d\b|\b20\d\d\s*[-/ ]?\s*{_QUARTER}\b")
_GUIDE_LAST = words("""
guide guidelines faq glossary template methodology example examples tips pitfalls mistakes
anti-patterns antipatterns
""")
# … or a short title (up to four words) that ends with one of these ("Key initiatives",
# "Grading notes", "Success metrics", "Final score") …
_NOT_OKRS_LAST = words("""
license licence notes links references resources contents overview guidelines guide
initiatives tasks kpis kpi metrics scores score grading tracking checklist updates news events
template criteria methodology learnings ideas backlog glossary faq appendix changelog risks
dependencies assumptions log logs journal diary sprint sprints standup stand-up standups iteration
list lists personas format
""")
# … or a review of a period ("SHEET 3: Q1 REVIEW", "End of Quarter Review", "Monthly Business
# Review", "Month 1 Review"): how it went, not what it is for ("Improve code review" is an aim)
_PERIOD_REVIEW = _lazy(
    rf"(?i)(?:^|\b(?:{_QUARTER}|20\d\d|quarter(?:ly)?|month(?:ly)?|week(?:ly)?|annual|yearly|"
    r"year|mid-year|sprint|end)\b[^.!?]*?\s)reviews?$"
)
# … or a title that is only one of these ("Team", "Roadmap", "Next steps").
_NOT_OKRS_WHOLE = frozenset(
    {
        "team",
        "roles",
        "people",
        "members",
        "contributors",
        "owners",
        "stakeholders",
        "sponsors",
        "contacts",
        "contact",
        "vision",
        "mission",
        "values",
        "principles",
        "themes",
        "pillars",
        "north star",
        "north star metric",
        "our north star",
        "product pillars",
        "strategic themes",
        "focus areas",
        "guiding principles",
        "timeline",
        "schedule",
        "roadmap",
        "budget",
        "milestones",
        "deliverables",
        "process",
        "history",
        "summary",
        "status",
        "progress",
        "decisions",
        "next steps",
        "quick wins",
        "up next",
        "next up",
        "coming up",
        "what's next",
        "what’s next",
        "action items",
        "actions",
        "activities",
        "projects",
        "epics",
        "constraints",
        "archive",
        "usage",
        "setup",
        "context",
        # the measures a team watches beside its OKRs, in the languages it names them in
        "key performance indicators",
        "performance indicators",
        "indicateurs de performance",
        "indicateurs clés de performance",
        "indicadores de desempeño",
        "indicadores de desempenho",
        "indicadores clave de desempeño",
        "leistungskennzahlen",
        "kennzahlen",
        "rationale",
        "motivation",
        "benefits",
        "business value",
        "problem",
        "problem statement",
        "approach",
        "strategy",
        "scope",
        "out of scope",
        "non-goals",
        "open questions",
        "questions",
        "feedback",
        "comments",
        "discussion",
        "cadence",
        "review cadence",
        "okr cadence",
        "rhythm",
        "implementation status",
        "project status",
        "current status",
        "overall status",
        "okr status",
        "status update",
        "status updates",
        "rules",
        "ground rules",
        "house rules",
        "on this page",
        "in this article",
        "in this document",
        "table of contents",
        # what a project needs to run
        "requirements",
        "prerequisites",
        "getting started",
        # who the product is for ("Target users", "Público objetivo": OKR_WORDS)
        "target users",
        "target audience",
        "target market",
        "audience",
        "user research",
    }
)
# … and of those, the ideas a text about OKRs explains, and where it points for more.
_GUIDE_WHOLE = frozenset(
    {
        "concepts",
        "key concepts",
        "core concepts",
        "basic concepts",
        "main concepts",
        "basics",
        "the basics",
        "fundamentals",
        "key terms",
        "further reading",
        "recommended reading",
    }
)
_WORDS = _lazy(r"[^\W\d_](?:[^\W\d_]|['’-])*")  # letters of any script
# A changelog's release heading: a dotted version, optionally bracketed, with a date after it.
_VERSION = _lazy(
    r"\[?(?:version\s+|release\s+|v)?\d+(?:\.\d+){1,3}(?:[-+.][\w.]+)?\]?"
    r"(?:\s*[-–—(]\s*\d{4}-\d\d-\d\d\)?)?",
    re.I,
)


_PAIR = _lazy(r"\s*(\w[\w\s'’-]*?)\s+(?i:and|or|&|/)\s+(\w[\w\s'’-]*?)\s*")


def section_kind(title: str) -> str | None:
    """What a heading (or a bold line standing as one) opens, by its words alone.

    KEY_RESULTS / OBJECTIVES for "Key results" and "Objectives" sections, CONTAINER for a title
    that names OKRs as a whole ("OKRs", "Company OKRs", "Objectives and Key Results"),
    IGNORED_SECTION for sections that are never OKRs (notes, initiatives, links, licence, a
    guide's "What is an OKR", metrics and KPIs), None for anything else.
    """
    plain = " ".join("".join(ch for ch in title if not is_emoji(ch)).split()).strip(" :")
    if not plain:
        return None
    label = parse_label(plain, heading=True)
    if label.kind in (KEY_RESULTS, OBJECTIVES, IGNORED_SECTION, CONTAINER):
        return label.kind
    if _VERSION.fullmatch(plain):
        return IGNORED_SECTION  # "1.2.0", "[v2.1] - 2024-05-01": a release, never an objective
    plain = unnumbered(plain)  # "2.23. 2019-01-10", "1.1. Resources": the title, not its number
    if plain != title:
        label = parse_label(plain, heading=True)  # "3.3 Key Results", outline-numbered
        if label.kind in (KEY_RESULTS, OBJECTIVES, IGNORED_SECTION, CONTAINER):
            return label.kind
    owner = _ROLE_OWNER.match(plain)
    if owner and plain[owner.end() :].strip():
        plain = plain[owner.end() :]  # "CEO: Accelerate customer initiatives": the title
    # a trailing parenthesis is a note on the title ("This Sprint (Jan 27 - Feb 7)")
    core = _TRAILING_NOTE.sub("", plain) or plain
    words = [w.lower().strip("'’") for w in _WORDS.findall(core)]
    short = bool(words) and len(words) <= 6
    if short and _SUCCESS_MEASURES.fullmatch(" ".join(words)):
        # ("Success Metrics (OKRs)": the parenthesis says they are the OKRs)
        return CONTAINER if _PLURAL_CONTAINER.search(plain[len(core) :]) else SUCCESS_MEASURES
    if is_guide(plain):
        return IGNORED_SECTION  # "What is an OKR", "OKR's 4 key parts": about OKRs, not OKRs
    if words[-1:] in (["status"], ["progress"]) and words[:-1] in _KR_TERMS:
        return IGNORED_SECTION  # "KR status": how the key results read above are going
    if _OUTSIDE_OKRS.search(plain):
        return IGNORED_SECTION  # "Work that wasn't covered in OKRs": beside them, not them
    if _PLURAL_CONTAINER.search(plain):
        return CONTAINER  # "Company OKRs", "KPIs and OKRs by team"
    if _TIMEBOX.search(plain):
        return IGNORED_SECTION  # "Icebreakers (5 mins)": an item of a meeting's agenda
    if short and (
        words[0] in _NOT_OKRS_FIRST
        or (len(words) <= 4 and words[-1] in _NOT_OKRS_LAST)
        or " ".join(words) in _NOT_OKRS_WHOLE
        or _in_vocabulary(core, words)
    ):
        return IGNORED_SECTION  # "Key initiatives", "Success metrics", "Related links", "资源"
    if (
        short
        and _PERIOD_REVIEW.search(core)
        and not _OKR_METHOD.search(core)
        and not {"goal", "goals"} & set(words)
    ):
        return IGNORED_SECTION  # "Q1 Review", "Monthly Business Review": a period looked back on
    if words in (["todo"], ["to-do"]) or (len(words) == 2 and words[0] == "to"):
        return IGNORED_SECTION  # "To do", "To learn", "To read": a backlog of things to do
    pair = _PAIR.fullmatch(core) if short else None
    if pair and all(section_kind(part) == IGNORED_SECTION for part in pair.group(1, 2)):
        return IGNORED_SECTION  # "Projects or actions", "Risks & dependencies": both are notes
    stamp = _LOG_ENTRY.fullmatch(plain)
    if stamp:
        # "Session 2025-06-18 17:48", "Update — 3 March 2024": a log entry; a date alone is a
        # date, never an objective, but what is labelled beneath it is still read
        return IGNORED_SECTION if stamp.group("log") else CONTAINER
    if not short:
        return None
    if words[-1] in ("objectives", "goals") and len(words) <= 3:
        return OBJECTIVES
    head = _TITLE_HEAD.match(plain)
    if head and head.group(1).split()[-1:] and head.group(1).split()[-1].lower() in _REPORT_WORDS:
        return IGNORED_SECTION  # "Implementation status - phase 2 complete": a status report
    return None


# whose OKRs a heading names: a company's, a team's, a product's — the author's own
_OWNERS_OF_OKRS = words("""
company company-level team team-level product product-level engineering department org
organisation organization squad our my
""")


def names_own_okrs(title: str) -> bool:
    """A heading that names whose OKRs are beneath it ("Company-Level OKRs", "Product OKRs
    (Quarterly)") or their period ("Q4 2025 OKRs")."""
    if not names_okrs(title):
        return False
    return period_of(title) is not None or bool(
        _OWNERS_OF_OKRS.intersection(re.findall(r"[\w-]+", title.lower()))
    )


def names_okrs(title: str) -> bool:
    """A heading that says the OKRs are beneath it, by their name ("Committed OKRs", "Q3
    objectives", "年度目标") — not a date or a section that holds them among other things. It
    starts them also inside a section that is not about OKRs ("## Process" / "### Committed
    OKRs" / "#### Objective: Availability"), though not inside a guide (there they are
    examples)."""
    if period_of(title):
        return names_objectives(title)
    plain = " ".join("".join(ch for ch in title if not is_emoji(ch)).split()).strip(" :")
    # ("Objetivos Estratégicos (OKRs)": objectives, which the parenthesis says are the OKRs)
    return (
        section_kind(plain) in (CONTAINER, OBJECTIVES)
        and _PLURAL_CONTAINER.search(plain) is not None
    )


_MEASURE_WORDS = words("""
metric metrics kpi kpis measure measures measurement measurements indicator indicators
métrica métricas indicador indicadores métrique métriques indicateur indicateurs kennzahl
kennzahlen 指标
""")
# measures a team says it watches all the time, beside its OKRs: never the key results
_STANDING_MEASURES = words("always-on always ongoing health dashboard")


# a sentence that announces what follows it: "Our objective this quarter is to:", "We will
# measure this via the following key results:", "Our key results are:" — the objective (one)
# or the key results as what the sentence ends by naming, not its subject ("Key results use
# these status values:")
_ANNOUNCES_OBJECTIVE = _lazy(
    r"\bobjective\b(?:\s+(?:for|this|in|of)\b[^:：.!?]{0,30})?"
    r"\s+(?:is|will be)(?:\s+to)?\s*[:：]\s*$",
    re.I,
)
_ANNOUNCES_KEY_RESULTS = _lazy(
    r"(?:\b(?:following|our|these|the)\s+key[\s-]?results?|\bkey[\s-]?results?\s+(?:are|will be))"
    r"\s*[:：]\s*$",
    re.I,
)


# The last word of a sentence that announces, beneath it, a list of something that is never key
# results: "When reviewing code, follow these guidelines:", "Some tips:", "Our principles:".
# Not measures ("We track these metrics:", "Success criteria:"): those can be key results.
_ANNOUNCED_NOT_OKRS = words("""
guidelines guideline rules principles tips steps values questions instructions recommendations
practices reasons benefits notes links resources references initiatives tasks ideas risks
dependencies assumptions responsibilities duties conventions
""")


def announced(sentence: str) -> str | None:
    """OBJECTIVE or KEY_RESULTS when a short sentence ending in a colon announces the one or
    the other beneath it; IGNORED_SECTION when it announces a list that is never key results
    (guidelines, rules, tips); None otherwise."""
    if len(sentence.split()) > 16:
        return None
    if _ANNOUNCES_OBJECTIVE.search(sentence):
        return OBJECTIVE
    if _ANNOUNCES_KEY_RESULTS.search(sentence):
        return KEY_RESULTS
    # (the last word before a final colon, found without a pattern search from every position:
    # that is quadratic on one very long word)
    stripped = sentence.rstrip()
    if stripped.endswith((":", "：")) and len(sentence.split()) >= 3:
        last = stripped[:-1].split()[-1:]
        if last and last[0].strip("'’-").lower() in _ANNOUNCED_NOT_OKRS:
            return IGNORED_SECTION
    return None


def names_measures(title: str) -> bool:
    """A short title that names measures ("Metrics", "Key metrics", "KPIs", "Indicadores"):
    under an objective that has no key results yet, the list or table it titles is how that
    objective is measured — its key results — as a "Success criteria" list is. Not measures it
    says are always watched ("KPIs (Always-on Metrics)", "Health metrics"): those stand beside
    the OKRs, not set by them."""
    words = [w.lower() for w in _WORDS.findall(title)]
    return (
        0 < len(words) <= 4 and words[-1] in _MEASURE_WORDS and not _STANDING_MEASURES & set(words)
    )


_QUESTION_WORDS = words("what how why")
# "What is an OKR" said with a particle or before the term ("OKR이란?", "OKRとは", "什么是OKR")
_WHAT_IS = _lazy(
    r"(?i)^(?:okrs?|objectives?|key\s?results?|목표|핵심\s?결과)\s*(?:이란|란|とは)\W*$"
    r"|^(?:什么是|什麼是|何谓|何謂)\s*okrs?\W*$"
)
# the key results as a whole, as a review's title names them ("KR status")
_KR_TERMS = (["kr"], ["krs"], ["key", "result"], ["key", "results"])
# a self-evaluation of the OKRs above, titled alone or after the method's term ("🎯 Self-Evaluation
# (자체 검토)", "OKR 자체 평가 (Self-Correction)"); its restated OKRs are examples
_SELF_REVIEW = _lazy(
    r"(?i)(?:(?:okrs?|krs?|objectives?|key\s+results?)\s+)?"
    r"(?:self[\s-]?(?:evaluation|assessment|review|check|correction)|자체\s?(?:평가|점검|검토))\b"
)
# a judgement of the OKRs a guide shows ("Good OKR", "Bad OKRs")
_VERDICTS = words("good bad great weak poor strong better worse")


def is_guide(title: str) -> bool:
    """A title about OKRs rather than one that holds them: a guide's ("What is an OKR", "How we
    use OKRs", "OKR scoring guide", "Good examples") or one that names OKRs as a concept, with
    what they consist of ("OKR's 4 key parts", "OKRs consist of two elements", "Key concepts",
    "The OKR process", "CFRs"). Its lists and sample objectives are never the team's OKRs."""
    plain = unnumbered(
        " ".join("".join(ch for ch in title if not is_emoji(ch)).split()).strip(" :")
    )
    core = _TRAILING_NOTE.sub("", plain) or plain
    words = [w.lower().strip("'’") for w in _WORDS.findall(core)]
    if not words or len(words) > 8:
        return False
    if (
        _OWN_OKRS.intersection(words)
        and _OKR_METHOD.search(core) is not None
        and not _METHOD_WORDS.intersection(words)
    ):
        return False  # "What are your actual OKRs though?", "What are our OKRs": the author's
    if words[0] in _QUESTION_WORDS and not (
        _OKR_METHOD.search(core) or _METHOD_WORDS.intersection(words)
    ):
        return False  # "What does success look like?": a question about the project, not OKRs
    if _WHAT_IS.search(plain) is not None:
        return True  # "OKR이란?", "OKRとは", "什么是OKR": "What is an OKR" in other languages
    if _SELF_REVIEW.match(core) is not None:
        return True  # "Self-Evaluation", "OKR 자체 평가": the OKRs above judged, not set again
    if (
        len(words) <= 4
        and words[0] in _VERDICTS
        and _OKR_METHOD.fullmatch(" ".join(words[1:])) is not None
    ):
        return True  # "✅ Good OKR", "❌ Bad OKR": a guide's examples, good and bad
    if (
        _SAMPLE_WORDS.intersection(words)
        and _OKR_METHOD.search(core)
        and _DATED_QUARTER.search(plain)
    ):
        return False  # "Example Q1 2025 OKRs": a guide's sample names no quarter of a year
    if len(words) <= 6 and (
        words[0] in _GUIDE_FIRST
        or " ".join(words) in _GUIDE_WHOLE
        or (len(words) <= 4 and words[-1] in _GUIDE_LAST)
        or core.lower().endswith(_GUIDE_OTHER_LANGUAGES)
    ):
        return True
    if _CFR.search(core) is not None:
        return True
    # a word of the method said of the OKRs ("The OKR process", "OKR's 4 key parts", "Benefits
    # of OKRs"), not of something the section holds beside them ("Structure de l'équipe
    # Growth et OKRs": the team's structure, and the OKRs; "Objectives and key results
    # framework" is still one phrase)
    okrs = [
        n
        for n, w in enumerate(words)
        if _OKR_METHOD.fullmatch(w) or (w in ("result", "results") and words[n - 1 : n] == ["key"])
    ]
    method = [n for n, w in enumerate(words) if w in _METHOD_WORDS]
    return any(
        not _AND.intersection(words[min(a, b) + 1 : max(a, b)]) for a in okrs for b in method
    )


_AND = words("and et y und e en i и")  # "X and OKRs": X is not said of the OKRs


# "guide" at the end of a title in the other languages of OKR_WORDS ("OKR 작성 가이드", "OKR 指南")
_GUIDE_OTHER_LANGUAGES = (
    "가이드",
    "指南",
    "ガイド",
    "guía",
    "guia",
    "leitfaden",
    "hướng dẫn",
    "руководство",
)
# the method's own terms, and what a text about the method says it has ("OKR's 4 key parts",
# "Objectives and key results: core concepts"; CFRs — conversations, feedback, recognition — are
# the method's companion)
# (a Korean particle may follow: "성공적인 OKR의 특징", the characteristics of successful OKRs)
_OKR_METHOD = _lazy(
    r"\b(?:okr|objective|key[\s-]?result|kr|cfr)(?:s|'s|’s)?(?:의|은|는|이란|란)?\b", re.I
)
_CFR = _lazy(r"\bcfrs?\b", re.I)
# words that make the OKRs a title names the author's own, not the method's
_OWN_OKRS = words("my our actual current")
_METHOD_WORDS = words("""
parts part elements element components concepts concept principles basics fundamentals process
method methodology rules benefits cycle lifecycle structure definition definitions
terms terminology practices philosophy theory anatomy characteristics qualities superpowers
ingredients pillars consist consists explained works
원칙 원리 특징
""")
# "一、", "（二）", "3、": a Chinese enumerator
_CJK_ORDINAL = (
    r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、．]|[（(][一二三四五六七八九十]{1,3}[)）]"
)
_SECTION_NUMBER = _lazy(
    rf"{_CJK_ORDINAL}\s*(?=\S)|"
    r"(?:\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+"
    # "Part 2: Company-level OKRs": a division of the document, not the method's "parts"
    r"|(?:part|section|chapter)\s+(?:\d{1,3}|[ivx]{1,4}|[a-z])\s*[:.–—-])\s+(?=\S)",
    re.I,
)


def unnumbered(title: str) -> str:
    """A title without its section number ("1.1. ", "2.23. ", "3) ")."""
    found = _SECTION_NUMBER.match(title)
    return title[found.end() :] if found else title


_SECTION_WORDS = {w: sense for w, sense in OKR_WORDS.items() if sense.role == IGNORED_SECTION}
# words of scripts written without spaces, matched as the start or end of the title itself
_UNSPACED = [
    (w, sense)
    for w, sense in _SECTION_WORDS.items()
    if not any(ch.isspace() for ch in w) and all(ord(ch) > 0x2E80 for ch in w)
]


def _in_vocabulary(core: str, words: list[str]) -> bool:
    """Whether a title names a section that is never OKRs in another language (OKR_WORDS):
    the whole title, its first words or the last words of a short title, as each word allows."""
    sense = _SECTION_WORDS.get(" ".join(words))
    if sense is not None:
        return True
    for n in range(1, min(3, len(words) - 1) + 1):
        first = _SECTION_WORDS.get(" ".join(words[:n]))
        last = _SECTION_WORDS.get(" ".join(words[-n:])) if len(words) <= 4 else None
        if (first is not None and first.at in ("start", "either")) or (
            last is not None and last.at in ("end", "either")
        ):
            return True
    squeezed = "".join(core.lower().split())
    return any(
        (sense.at in ("start", "either") and squeezed.startswith(w))
        or (sense.at in ("end", "either") and squeezed.endswith(w))
        for w, sense in _UNSPACED
    )


_REPORT_WORDS = words("status update updates report notes log changelog")
_TIMEBOX = _lazy(
    r"[(（]\s*~?\d+\s*(?:[-–]\s*\d+\s*)?(?:mins?|minutes|hrs?|hours?)\.?\s*[)）]\s*$", re.I
)
_TRAILING_NOTE = _lazy(r"\s*[(（\[][^()（）\[\]]{0,80}[)）\]]\s*$")
_SUCCESS_MEASURES = _lazy(
    r"(?:(?:key |our )?success (?:criteria|criterion|metrics?|measures?|indicators?)|"
    r"(?:measures?|criteria|indicators?|metrics?) (?:of|for) success|"
    # "How we'll measure success", "How we will know it worked" (never a guide's "How to …")
    r"how (?:we|we['’]ll|we will|will we|do we|i|i['’]ll|i will) (?:measure|track|know|judge)"
    r"(?: (?:it|this|that|success|progress|we|we['’]ve|we['’]re|have|succeeded|worked|it"
    r"['’]s|done|on track)){0,4}|"
    r"(?:criterios?|métricas?|indicadores?) de éxito|(?:critères?|indicateurs?) de succès|"
    r"critérios? de sucesso|erfolgs(?:kriterien|kennzahlen|messung))"
    # "Success indicators for outcome 1": of the objective above (its number is not a word)
    r"(?: (?:for|of) (?:the |this )?(?:objective|outcome|goal))?",
    re.I,
)


# The part of a title before a dash or colon that introduces its subtitle.
_TITLE_HEAD = _lazy(r"([^:：—–]{1,60}?)\s*(?:[:：]|\s[-—–]\s)")
# A heading that is a date stamp, with at most a word or two of a log around it.
_DATE = (
    r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"  # a weekday before it
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]?)"
)
_LOG_WORD = (
    r"(?i:session|update|updates|meeting|entry|log|week\s+of|day|sprint|stand-?up|"
    r"review|retro|check-?in|status|notes|progress|report|weekly|daily|monthly|"
    r"changelog)"
)
_LOG_ENTRY = _lazy(
    rf"(?:(?P<log>{_LOG_WORD}(?:\s+{_LOG_WORD})?)(?:\s*[:\-–—]\s*|\s+))?"
    rf"{_DATE}(?:[T\s,]+\d{{1,2}}:\d\d(?::\d\d)?)?(?:\s*[(\[][^()\[\]]{{0,40}}[)\]])?\s*:?"
)


# -- text about OKRs --------------------------------------------------------------------------
_TERM = r"(?:okr|objective|key[\s-]result|kr|cfr)(?:s|'s|’s)?"
_TERM_OTHER = (
    "(?:objetivos?|resultados[\\s-]clave|resultados[\\s-]chave|objectifs?|"
    "r[ée]sultats[\\s-]cl[ée]s|ziele?|schl[üu]sselergebnisse)"
)
_ABOUT_OKRS = _lazy(
    # a definition: the term, then what it is or does ("Key Results are a set of metrics …",
    # "OKRs will be determined by the committee", "Los objetivos son …", "目标是 …")
    rf"^(?:(?:the|an?|our|your|good|great|effective|ambitious|los|las|os|as|les|die)\s+)?"
    rf"(?:{_TERM}|{_TERM_OTHER})(?:\s*\([^()]{{0,40}}\))?\s+"
    r"(?:are|is|were|should|must|needs?|can|could|would|will|consists?|describes?|defines?|"
    r"helps?|tells?|measures?|represents?|answers?|express(?:es)?|gives?|provides?|son|es|"
    r"são|é|sont|est|sind|ist|deben|devem|doivent|sollen|müssen)\b|"
    r"^(?:OKR|目标|关键结果|目標|關鍵結果)(?:是|应该|应当|必须|就是|應該|必須)|"
    # the term as a common noun in a sentence that says what it should be or do ("measurable
    # Key Results would tell you …"), addresses the reader ("identify their top objective",
    # "review your Objective and Key Results") or asks ("What percent done are the key results?")
    # (not "metrics to validate this KR are tracked in pings": the key result itself)
    rf"(?<!this\s)(?<!that\s)\b{_TERM}\s+(?:are|is|should|must|would|will|can|could)\b|"
    rf"\b(?:your|their|each|every|his|her)\s+(?:[\w-]+\s+)?{_TERM}\b|"
    rf"\b{_TERM}\b[^?\n]{{0,200}}\?\s*$",
    re.I,
)


def about_okrs(text: str) -> bool:
    """A sentence about OKRs rather than an objective or a key result: it defines the terms,
    says what they should be, addresses the reader about theirs, or asks about them. A careful
    reader never takes it for an objective or a key result (none of the real ones reads so)."""
    return _ABOUT_OKRS.search(text) is not None


_QUESTION = _lazy(
    r"(?i:who|what|when|where|why|how|which|whose|is|are|am|was|were|do|does|did|can|could|"
    r"should|would|will|shall|have|has|may|might)\b[^?？\n]{0,300}[?？]|¿[^?\n]{0,300}\?"
)


def asks(text: str) -> bool:
    """A question ("Who owns the plan?", "Is your sprint getting you closer?", "¿Qué …?"): what
    a process or a guide asks its reader, never a key result, which states what will be true."""
    return _QUESTION.fullmatch(text.strip().strip("*_").strip()) is not None


# -- placeholders -----------------------------------------------------------------------------
# a template's blank: rules, dots, "TBD", or words in brackets that say what to write there
# ("[Your objective here]", "<metric>", "{{ key_result }}") — "[redacted]" is a key result whose
# words are hidden, not a blank
_BLANK = _lazy(
    r"[\s_.…·\-–—?*]*|(?i:tbd|tba|tbc|todo|to\s+do|n/?a|x{2,}|coming\s+soon|"
    r"lorem\s+ipsum\b.*|"
    r"(?:(?:insert|write|add|describe|enter)\s+(?:your|an?)\s+|your\s+)"
    r"(?:own\s+)?(?:objective|goal|key\s+result|kr|metric|okr|text|"
    r"description)s?(?:\s+here)?[.:!]*)"
)
_BRACKETED = _lazy(r"[\[<{(]{1,2}\s*(?P<inside>[^\[\]<>{}()]{0,80}?)\s*[\]>})]{1,2}")
_TEMPLATE_WORDS = words("""
your here insert add describe enter name objective objectives goal goals key result results kr
krs metric metrics measure target value number baseline owner date x y n placeholder tbd todo
okr something description statement title
""")


def placeholder(text: str) -> bool:
    """A template's blank where an objective or a key result should be written — never one."""
    plain = text.strip()
    if _BLANK.fullmatch(plain):
        return True
    found = _BRACKETED.fullmatch(plain)
    if found is None:
        return False
    inside = [w.lower() for w in re.split(r"[\s_]+", found.group("inside")) if w]
    return not inside or any(w.strip(".:,") in _TEMPLATE_WORDS for w in inside)


# -- plan fields ------------------------------------------------------------------------------
_FIELD_WORDS = words("""
owner owners dri lead leads accountable responsible stakeholders assignee assignees
target targets baseline current progress status confidence measure measured measurement
measurements metric metrics kpi kpis how tracking tracked due deadline date dates start end
timeline timeframe priority why rationale note notes context description definition criteria
method source sources evidence scale impact effort risk risks dependencies dependency idea
scope period quarter team updated active score weight type category link links docs
reference support budget cost frequency cadence review scoring tactics tactic strategy
approach hypothesis result results comment comments rationale success outcome outcomes
applies things benefit benefits value expected tip verification
""")
_FIELD = _lazy(
    # (a full-width colon needs no space after it: "预期收益：生产环境下 …")
    r"(?P<name>[^\W\d_][\w'’/&+ -]{0,48}?)\s*(?::\s+|：\s*)(?P<value>\S.*)?$|"
    r"(?P<bare>[^\W\d_][\w'’/&+ -]{0,48}?)\s*[:：]\s*$"
)


def names_a_field(text: str) -> bool:
    """Whether a "Label: value" line's label has a word that names a plan field."""
    found = _FIELD.match(text.strip())
    name = (found.group("name") or found.group("bare") or "") if found else ""
    return any(w.lower().strip("'’") in _FIELD_WORDS for w in _WORDS.findall(name))


def empty_field(text: str) -> bool:
    """A label of a few words, with no number, and nothing after it ("Semana:", "Avance (%):",
    "Blockers:"): a field of a template left to fill in, whatever its words — never a key
    result ("500+ new developers join:" states one, and its details follow)."""
    found = _EMPTY_FIELD.fullmatch(text.strip())
    return (
        found is not None
        and 0 < len(_WORDS.findall(found.group(1))) <= 4
        and not any(ch.isdigit() for ch in text)
        and parse_label(text).kind is None
    )


_EMPTY_FIELD = _lazy(r"([^:：\n]{1,60}?)\s*[:：]")


def field_of(text: str, *, bold_label: bool = False) -> tuple[str, str] | None:
    """("owner", "Sam") for a plan-field line like "Owner: Sam" or "How to measure: …".

    A label of up to five words is a field when one of its words names a field (owner, target,
    measure, status, rationale, …), or whatever its words when the author set it in bold
    (`**Things we could do:**`). Labels that name an objective or a key result are not fields.
    """
    found = _FIELD.match(text.strip())
    if not found:
        return None
    name = (found.group("name") or found.group("bare") or "").strip()
    words = [w.lower() for w in _WORDS.findall(name)]
    if not words or len(words) > (7 if bold_label else 5):
        return None
    label = parse_label(name + ": x")
    if label.kind in (OBJECTIVE, KEY_RESULT) and not (bold_label and words == ["goal"]):
        return None
    if _COUNTED.search(name):
        return None  # a count of something states it: "**Release 3 things**: songs, …"
    if bold_label or any(w.strip("'’") in _FIELD_WORDS for w in words):
        return "_".join(words), (found.group("value") or "").strip()
    return None


_COUNTED = _lazy(r"(?<![\w.])\d+(?:[.,]\d+)?\s+[^\W\d_]")


# -- periods ----------------------------------------------------------------------------------
# the months in English, as a period ("October 2026") and as a day ("Feb 15")
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_PERIOD = _lazy(
    # "Company OKRs Q3/2025", "Product Team OKRs Q3 2025": a group's OKRs for the period
    r"(?:(?:[^\W\d_][\w&'-]*\s+){1,3}(?=okrs?\s))?"
    r"(?:(?:okrs?|objectives?(?:\s*(?:and|&)\s*key\s*results)?|goals?|for|in)\s+)*"
    # "Current period: Q1 2026", "This quarter — Q3": a period, introduced by what it is
    r"(?:(?:(?:current|this|next|last|previous)\s+)?(?:period|quarter|half|cycle|term)"
    r"\s*[:：—–-]\s*)?"
    r"(?P<period>(?:FY\s?)?\d{4}(?:[\s/-]*(?:Q[1-4]|H[12]|T[1-3]))?"
    r"|(?:Q[1-4]|H[12]|T[1-3])(?:[\s/-]*(?:FY\s?)?(?:\d{4}|\d{2}))?"
    r"|FY\s?\d{2,4}(?:[\s/-]*(?:Q[1-4]|H[12]))?"
    r"|\d{4}\s*[-–/]\s*\d{2,4}"
    rf"|{_MONTHS}(?:\s+\d{{4}})?"
    # a period named by a word ("Annual", "Quarterly"; in other languages from OKR_WORDS)
    r"|annual|yearly|monthly|quarterly|half[\s-]?yearly"
    # a month or week counted from the start ("**Month 2:**", "Month 1 (Launch):")
    r"|(?:month|week)\s?\d{1,2}"
    # a quarter in Chinese or Japanese: 第一季度, 第3季度, 2025年第二季度
    r"|(?:\d{4}\s*年\s*)?第\s*[一二三四1-4]\s*(?:季度|四半期))"
    r"(?:\s+(?:okrs?|objectives?|goals?))?"
    # "Q3 2026 (MVP Launch):": the phase's name beside its period
    r"(?:\s*[(（][^()（）]{1,40}[)）])?\s*[:：]?",
    re.I,
)
_PERIOD_WORDS = [w for w, sense in OKR_WORDS.items() if sense.role == PERIOD]
# the objective words a period word stands with, before or after it, in a compound or not
# ("Jahresziele", "Jahres-OKRs", "年度目标", "Objetivos anuales", "Metas anuales")
_WITH_PERIOD = "|".join(
    [
        "okrs?",
        "objectives?",
        "goals?",
        "metas",
        *(re.escape(w) for w, sense in OKR_WORDS.items() if sense.role == OBJECTIVE),
    ]
)
_PERIOD_WORD = _lazy(
    rf"(?:(?:{_WITH_PERIOD})[\s-]*)?"
    rf"(?P<period>{'|'.join(re.escape(w) for w in sorted(_PERIOD_WORDS, key=len, reverse=True))})"
    rf"(?:[\s-]*(?:{_WITH_PERIOD}))?\s*:?",
    re.I,
)
_TRAILING_PROGRESS = _lazy(r"\s*[(（]\s*\d{1,3}(?:\.\d+)?\s*%\s*[)）]\s*$")


def period_of(text: str) -> str | None:
    """The period a heading names ("2018 Q2", "OKRs Q1 2020", "FY24", "Q4 2021 (64%)", "Annual",
    "1.1. 年度", "Jahresziele", "Q3 2026 (MVP Launch):")."""
    plain = "".join(ch for ch in text if not is_emoji(ch)).strip()
    plain = unnumbered(_TRAILING_PROGRESS.sub("", plain).strip())
    found = _PERIOD.fullmatch(plain) or _PERIOD_WORD.fullmatch(plain)
    return found.group("period") if found else None


# "objectives" in every language a heading may say it in (CJK and compounds have no boundary:
# "年度目标", "Jahresziele")
_NAMES_OBJECTIVES = _lazy(
    r"\b(?:objectives|goals|okrs?)\b|"
    + "|".join(re.escape(w) for w, sense in OKR_WORDS.items() if sense.role == OBJECTIVE),
    re.I,
)


def names_objectives(text: str) -> bool:
    """A period heading that says its items are objectives ("Q3 2026 objectives", "年度目标")."""
    return _NAMES_OBJECTIVES.search(text) is not None


# -- cleaning ---------------------------------------------------------------------------------
@dataclass(slots=True)
class Cleaned:
    """Clean text and, for each of its characters, the offset it came from in the input."""

    text: str
    index: list[int]
    fields: dict[str, Any] = field(default_factory=dict)


class _Work:
    """The text being cleaned and where each remaining character came from."""

    def __init__(self, text: str, base: int = 0) -> None:
        self.s = text
        self.idx = list(range(base, base + len(text)))

    def cut(self, start: int, end: int) -> None:
        if start < end:
            self.s = self.s[:start] + " " + self.s[end:]
            self.idx[start:end] = [self.idx[start]]

    def remove(self, start: int, end: int) -> None:
        """Take the characters out, leaving nothing in their place (`cut` leaves a space)."""
        self.s = self.s[:start] + self.s[end:]
        del self.idx[start:end]

    def drop(self, keep: Any) -> None:
        """Remove every character for which keep(ch) is False."""
        pairs = [(c, i) for c, i in zip(self.s, self.idx) if keep(c)]
        self.s = "".join(c for c, _ in pairs)
        self.idx = [i for _, i in pairs]

    def done(self, fields: dict[str, Any]) -> Cleaned:
        """Whitespace runs become one space; spaces at the ends go."""
        text, idx = squeeze(self.s, self.idx)
        return Cleaned(text, idx, fields)


_DATAVIEW = _lazy(
    r"\[\s*(?P<key>[\w -]{1,30}?)\s*::\s*(?P<value>[^\[\]]{0,80})\]|"
    r"\(\s*(?P<key2>[\w -]{1,30}?)\s*::\s*(?P<value2>[^()]{0,80})\)"
)
_STATUS_WORDS = (
    r"(?:(?:not|partially|partly|mostly|fully|almost)\s+)?"
    r"(?:done|complete[d]?|achieved|met|missed|shipped|launched|in progress|"
    r"on track|off track|at risk|behind|ahead|blocked|wip|started|"
    r"pending|ongoing|planned|dropped|cancell?ed|deferred|postponed|paused|tbd|"
    r"todo|to do|partial(?:ly)?(?: done| met)?|"
    # a review's verdict on it: "### KR 3 — fail", "KR 1 — unknown"
    r"unknown|fail(?:ed)?(?!-)|holds|"
    # "(stretch goal)", "(aspirational KR)", "(committed OKR)": which kind of OKR it is
    r"(?:stretch|committed|aspirational|optional)(?:\s+(?:goal|kr|okr|objective)s?)?|"
    r"green|yellow|amber|red|ok)"
)
_STATUS_ONLY = _lazy(rf"(?i:{_STATUS_WORDS})")


def is_status(text: str) -> bool:
    """A status and nothing else ("Shipped", "on track", "Not started")."""
    return _STATUS_ONLY.fullmatch(text.strip(" .!")) is not None


# a status shown before a label: "PARTIALLY ACHIEVED Key Result 1.4: …", "✅ Done - KR2: …"
_STATUS_BEFORE_LABEL = _lazy(rf"(?i:{_STATUS_WORDS})\b\s*[:\-–—|]?\s*")
_BRACKET_STATUS = _lazy(
    rf"\[\s*(?:(?i:{_STATUS_WORDS})\b[^\[\]]{{0,80}}|\d+\s*/\s*\d+|\d{{1,3}}(?:\.\d+)?\s*%)\]"
)
# "[ZAŁOŻENIE]", "[ASSUMPTION — needs a baseline]", "[PLACEHOLDER]": a note in capitals, set
# in brackets after the key result (a word of five letters or more: "[NPS]", "[CSAT]" name the
# measure); `_strip_trailing_notes` checks the capitals, which a pattern cannot in every script
_BRACKET_CAPS = _lazy(r"\[\s*(?P<word>[^\W\d_]{5,})(?![^\W\d_])[^\[\]]{0,80}\]")
_PAREN_STATUS = _lazy(
    rf"\(\s*(?:(?i:{_STATUS_WORDS})(?:\s*[:,;–—-][^()]{{0,80}}|\s+(?i:on|by|until)\s[^()]{{0,80}})?|"
    r"[a-z]{1,4}|\d+\s*/\s*\d+|"
    r"(?i:score)\s*:?\s*[\d.]+(?:\s*/\s*\d+)?)"
    r"\s*\)\s*$"
)
# "(currently 84%)", "(baseline: 12)": where it starts, kept as the `baseline` field
_PAREN_BASELINE = _lazy(
    r"\(\s*(?i:currently|current|now|was|baseline)\b"
    r"\s*:?\s*[^()]{1,80}\)\s*\.?\s*$"
)
# "… wiki Q1 0%-30%": the quarter it is due in and its progress (from … to), written after it
_QUARTER_PROGRESS = _lazy(
    r"\s[QH][1-4]\s+\d{1,3}(?:\.\d+)?\s*%\s*[-–~→]\s*\d{1,3}(?:\.\d+)?\s*%\s*$"
)
# "(target: 25.0)", "- Current: 1.0", "— Current: 26 / Target: 50", "— 현재: 26개 / 목표: 50개": a
# tool's (or the author's) annotation of where the key result stands and the target it restates
_NOW_WORDS = r"(?i:current|actual|now|progress|atual|actuel|aktuell)|현재|当前|现状|目前|現在"
_TARGET_WORDS = r"(?i:target|goal|meta|objetivo|objectif|ziel)|목표|目标|目標"
_GOAL_WORDS = rf"(?i:baseline)|{_TARGET_WORDS}"
_ANNOTATION = _lazy(
    r"\s*\(\s*(?i:target|goal)\s*:\s*[\d.,%$€£ ]{1,40}\)\s*\.?\s*$|"
    # "(Target: 3s, Achieved: 2.8s)": the target restated beside where it stands
    r"\s*\(\s*(?i:target|goal)\s*:\s*[^():,]{1,40},\s*(?i:achieved|actual|current|result|now)"
    r"\s*:\s*[^():]{1,40}\)\s*\.?\s*$|"
    rf"\s[-–—|]\s*(?:(?:{_NOW_WORDS})"
    r"(?:\s+(?i:score|status|value|state))?|(?i:score|status))"
    rf"\s*[:：]\s*[^:：]{{1,40}}(?:[/,;|]\s*(?:{_GOAL_WORDS})\s*[:：]\s*[^:：]{{1,40}})?$"
)
_BARE_TARGET = _lazy(r"\s*\(\s*(?i:target|goal)\s*:\s*[\d.,%$€£ ]{1,40}\)\s*\.?\s*")
# the two parts of "— Current: not built / Target: 40 store pages live"
_ANNOTATED_NOW = _lazy(rf"{_NOW_WORDS}|(?i:score|status)")
_ANNOTATED_GOAL = _lazy(
    rf"[/,;|]\s*(?P<goal>(?:{_TARGET_WORDS})\s*[:：]\s*(?P<value>[^:：]{{1,40}}))$"
)
_NUMBER = _lazy(r"\d+(?:[.,]\d+)*")
_TOOL_FLOAT = _lazy(r":\s*\d+\.0\s*\)")


def _numbers(text: str) -> set[float]:
    return {float(n.replace(",", "")) for n in _NUMBER.findall(text) if n.count(".") <= 1}


def _annotated_new_goal(s: str, note: re.Match[str]) -> re.Match[str] | None:
    """The target part of "… — Current: not built / Target: 40 store pages live" when the words
    before do not state it yet (its numbers, or any words at all beyond a status): then it is the
    key result's target and stays, and only where the key result stands is a note ("Reach 50
    templates — Current: 26 / Target: 50" restates its target: all of it is a note)."""
    goal = _ANNOTATED_GOAL.search(note.group())
    if goal is None:
        return None
    value = goal.group("value").strip(" .")
    numbers = _numbers(value)
    if numbers:
        return goal if not numbers <= _numbers(s[: note.start()]) else None
    if len(value.split()) < 2 or is_status(value):
        return None
    return goal


def _states_new_target(s: str, note: re.Match[str]) -> bool:
    """ "5+ venues configurable per club (Target: 100%)": a target the words do not state yet is
    part of the key result; "12 sessions (target: 12.0)" restates one, and "(target: 1.0)" is
    a tool's annotation (its numbers are written as floats)."""
    if not _BARE_TARGET.fullmatch(note.group()) or _TOOL_FLOAT.search(note.group()):
        return False

    return not _numbers(note.group()) & _numbers(s[: note.start()])


# "… panel covers the batch. Acceptance: no dialog per item." / "…。验收：…": the criteria that
# check a key result, written after it — how it is verified, not what it is
_CRITERIA = _lazy(
    r"(?<=[.。;；!！?？])\s*(?P<name>(?i:acceptance(?:\s+criteria)?|accepted\s+when|"
    r"verification|verified\s+by|validation|success\s+criteria|definition\s+of\s+done|"
    r"done\s+when|measured\s+by|how\s+(?:to|we)\s+measure|evidence)|"
    r"验收(?:标准)?|验证(?:方式|标准)?|衡量(?:方式|标准)?|完成标准|"
    r"criterios?\s+de\s+aceptaci[oó]n|crit[eè]res?\s+d['’]acceptation|abnahmekriterien)"
    r"\s*[:：]"
)
# "Reliable, predictable ETL runs <br> *Why: Reduce fire-fighting.*": why it matters, written
# after the words (capitalised, as a label is), not part of them
_RATIONALE = _lazy(r"\s(?:Why|Rationale|Reason|Porqu[eé]|Pourquoi)\s*[:：]\s*\S")


def _strip_rationale(work: _Work, fields: dict[str, Any]) -> None:
    found = _RATIONALE.search(work.s)
    if found and len(work.s[: found.start()].split()) >= 2:
        fields.setdefault("why", work.s[found.end() - 1 :].strip())
        work.cut(found.start(), len(work.s))


# "(old 'data model' bucket of work)", "(see the roadmap)", "(internal-audit.md §6)": a note
# about the key result, or the page that says more of it
_PAREN_NOTE = _lazy(
    r"\(\s*(?:(?i:old|formerly|previously|see|ref|cf|note|nb|aka)\b|(?i:est\.|estimated?\s)|"
    r"[\w./-]+\.(?i:md|mdx|pdf|docx?|xlsx?|html?)\b|"
    # "(CRITICAL — currently zero support)", "(MAJOR — est. ~60+ extractions)": its priority
    r"(?:CRITICAL|MAJOR|MINOR|HIGH|MEDIUM|LOW|P[0-4])\s*[-–—:])[^()]{0,120}"
    r"\)\s*\.?\s*$"
)
# "(Roadmap M1-5 · KC-4)", "(CF-4.4)", "(Analysis §8.3)": where another document of the plan says
# more — section and milestone codes, after a document's name or none ("(SOC-2)", "(ISO-27001)"
# name a standard: a code with no digit before its dash or dot is one only after another; "(Q1-2)"
# is a period)
_REF_CODE = (
    r"(?:§\s?\d+(?:\.\d+)*|(?![QH]\d-)[A-Z]{1,3}\d-\d{1,2}[a-z]?|[A-Z]{1,3}-\d{1,2}\.\d{1,2})"
)
_PAREN_REF = _lazy(
    rf"\(\s*(?:[A-Z][\w-]*\s+)?{_REF_CODE}"
    rf"(?:\s*[·,;/&]\s*(?:[A-Z][\w-]*\s+)?(?:{_REF_CODE}|[A-Z]{{1,3}}-\d{{1,2}}))*\s*\)\s*\.?\s*$"
)
# "## O1: 知识图谱扩展 (P0)", "… (M0)": a priority or the milestone it belongs to, after the words;
# "#### KR1.1: 扩展算法套件 [Must]", "(Should have)": a MoSCoW priority
_PAREN_PRIORITY = _lazy(
    r"[(（\[]\s*(?:[Pp][0-4]|(?i:must|should|could|won[’']?t)(?:[\s-]have)?|(?:最高|最|高|中|低)?"
    r"优先级|(?:最高|最|高|中|低)?優先級|優先度[高中低]?)\s*[)）\]]\s*$"
)
# "完成Skills核心模块 (4周)", "Ship the importer (3 weeks)": the effort it is planned to take
_PAREN_EFFORT = _lazy(
    r"[(（]\s*~?\d{1,3}(?:[.,]\d)?\s*(?:周|天|个月|週間?|日|주|일|개월|(?i:weeks?|wks?|w|days?"
    r"|d|months?|sprints?|semanas?|dias?|días|jours?|semaines?|wochen|tage?))\s*[)）]\s*$"
)
# "（权重 40%）", "(weight: 0.4)", "[Gewichtung 20%]": how much the key result counts in its
# objective's score, not what it measures
_PAREN_WEIGHT = _lazy(
    r"[(（\[]\s*(?:(?i:weight(?:ing)?|peso|poids|gewicht(?:ung)?|bobot|ağırlık)|权重|權重|"
    r"比重|가중치|ウェイト|重み)\s*[:：=]?\s*\d{1,3}(?:[.,]\d+)?\s*%?\s*[)）\]]\s*$"
)
_PAREN_MILESTONE = _lazy(r"[(（\[]\s*M\d{1,2}\s*[)）\]]\s*$")
# "(Target: Feb 15)", "(ETA 2026-03-01)": the day a task is due, not a value it aims for
# ("(Target: 50%)" stays: that is what the key result measures)
_MONTH = rf"(?i:{_MONTHS})\.?"
_PAREN_TARGET_DAY = _lazy(
    r"[(（]\s*(?i:target(?:\s+date)?|eta)\s*[:：]?\s*"
    rf"(?P<day>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|"
    r"\d{4}-\d{2}-\d{2})\s*[)）]\s*\.?\s*$"
)
# "Make findings trustworthy — STEP 1", "Ship the API (Phase 2)": where it falls in a sequence
# of work, not what it is
_STEP = _lazy(
    r"(?:\s[-–—|]\s*|\s*[(（\[]\s*)(?i:step|phase|fase|stage|wave|sprint)[\s-]*\d{1,2}"
    # ("(Fase 3 Sprint 12)": a phase and its sprint)
    r"(?:\s+(?i:sprint|step)\s*\d{1,2})?\s*[)）\]]?"
    # ("— sprint-03 (see v0.2 for traces)", "— sprint-11 · final report": with a note on it)
    r"(?:\s*[(（][^()（）]{0,60}[)）]|\s+[·•]\s*[^\s·•][^·•]{0,30})?\s*$"
)
# "(due 05/06)", "（截止 05/05）", "(prazo: 30/06)": the day it is due, a note on the schedule
_PAREN_DUE = _lazy(
    r"[(（]\s*(?:(?i:due(?:\s+date)?|deadline|prazo|plazo|fecha\s+l[ií]mite|[ée]ch[ée]ance|"
    r"frist|f[äa]llig|h[ạa]n(?:\s+ch[óo]t)?|tenggat)|截止(?:日期|时间)?|期限|마감일?)"
    r"\s*[:：]?\s*(?P<day>[^()（）]{0,30}\d[^()（）]{0,30}?)\s*[)）]\s*\.?\s*$"
)
# "… > 40%（Week 4）", "(by Month 3)", "(第8周)": the point in the plan it is due by, counted
# from its start (not "(mês 1)" after a count: in a language with no such notes, which month of
# the count it is)
_PAREN_DUE_POINT = _lazy(
    r"[(（]\s*(?P<day>(?:(?i:by|until|till|at|end\s+of)\s+)?"
    r"(?i:week|wk|month|day)\s*\d{1,3}|"
    r"第\s*\d{1,3}\s*[周週天月])\s*[)）]\s*\.?\s*$"
)
# "… → Current: 0 | Target: 2 | Status: 🔴 BEHIND": a tracker's fields after an arrow (with
# where it stands before the arrow: "… - 0/10 → Target: 10/10")
_ARROW_FIELDS = _lazy(
    r"(?:\s[-–—]\s*(?P<now>[^\s→]{1,8}))?"
    rf"\s(?:→|->|⇒|=>)\s*(?P<named>(?:{_NOW_WORDS}|{_GOAL_WORDS}|(?i:status|owner))\s*[:：]"
    r"[^→⇒]{1,300})$"
)
# a tracker's field names in other languages, as krlint names them
_FIELD_NAMES = {"meta": "target", "responsável": "owner", "responsable": "owner", "dri": "owner"}
# "… - Meta: 2.000 serviços - Responsável: Tech Lead Discovery": a tracker's fields after a dash,
# its owner last, then the target before it (not "… - Target: 2.3M users" alone: the target the
# key result is written to)
_DASH_FIELDS = _lazy(
    r"\s[-–—]\s*(?P<named>(?i:owner|dri|responsável|responsable)\s*[:：][^→⇒\n]{1,100})$"
)
_DASH_TARGET = _lazy(rf"\s[-–—]\s*(?P<named>(?:{_GOAL_WORDS})\s*[:：][^→⇒\n]{{1,100}})$")
_ARROW_STATUS = _lazy(
    # ("… ← strongest constraint for developers": an arrow pointing back is a remark on it)
    # (a progress note after "=>" may run long when it opens a sentence of its own: "=> Shipped
    # for all open source projects, requires user opt-in. See announcement blogpost", not
    # "… ⇒ non-zero exit demanding explicit adjudication — and is wired into …")
    rf"\s(?:=>|⇒|←|<-)\s*(?:[^=]{{0,80}}|[A-Z][^=]{{80,200}})$|\s(?:->|→|—|–|-)\s*(?i:{_STATUS_WORDS}|ship|monitoring)"
    # (with a note on it: "→ SHIP (/status)", "→ TODO (need second account).")
    r"(?:\s*\([^()]{0,120}\))?\s*[.!]?\s*$"
)
# "… from 500ms => 200ms": a number after the arrow, where the key result moves a number before
# it to, not a note on it ("Switchboard in production => 43%" is how far it got)
_NUMBER_BEFORE = _lazy(r"\d[\d.,]*\s*[^\s\d]{0,6}\s*$")
_FROM_TO = _lazy(r"^\s*(?:=>|⇒)\s*[~≈<>≤≥]?\s*[-+$€£¥]?\d[\d.,]*\s*\S{0,12}\s*[.!]?\s*$")
_LEAD_STATUS = _lazy(rf"(?i:{_STATUS_WORDS})\s*(?::|[-–—](?=\s))\s*")
_TRAILING_STATUS_WORD = _lazy(  # (in capitals, with a note on it: "✅ DONE (updated 2026-07-19)")
    r"\s[-–—:|]\s*(?i:done|completed?|achieved|shipped|wip|tbd)"
    r"\s*[.!]?\s*$|\s(?:DONE|ACHIEVED|COMPLETED?|WIP)(?:\s*\([^()]{0,80}\))?\s*[.!]?\s*$"
)
# "p95 ingestion latency ≤2 min — n/a": after a dash, that nothing is measured yet, as a tracker
# writes it beside each key result (not "— 0/24": its last number may be the target)
_DASH_PROGRESS = _lazy(r"\s[—–]\s*(?i:n/a)\s*$")
_NAME = r"@?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
_OWNER_SLASH = _lazy(
    r"\s(?:[A-Z][a-z]+(?:/[A-Z][a-z]+)+|@[\w-]+(?:\s*[,/&]\s*@[\w-]+)*)"
    r"\s*$"
)
_OWNER_PAREN = _lazy(
    rf"\s*[(（](?:(?i:owners?|dri)\s*[:：]?\s*)?{_NAME}"
    rf"(?:(?:\s*[+,/&]\s*|\s+and\s+){_NAME}){{0,4}}[)）]\s*$|"
    r"\s*\(@[\w-]+(?:\s*[,/&]\s*@[\w-]+)*\)\s*$"
)
_OWNER = rf"(?:{_NAME}|@[\w-]+)"
_OWNER_DASH = _lazy(
    rf"\s[-–—|]\s*(?:(?i:owners?|dri)\s*:\s*{_OWNER}"
    rf"(?:(?:\s*[+,/&]\s*|\s+and\s+){_OWNER}){{0,4}}|@[\w-]+)\s*$"
)
_SCORE = _lazy(
    r"\s*(?:[(（](?:score:?\s*)?(?:\d+(?:\.\d+)?\s*/\s*\d+|0?\.\d+|1\.0|"
    r"\d{1,3}\s*%)[)）]|\s[-–—]\s*(?:\d(?:\.\d+)?|0?\.\d+|\d+\s*/\s*\d+))\s*$",
    re.I,
)
_ANCHOR = _lazy(r"\s*\{\s*[#.][^{}]{0,100}\}\s*$")
_OUTLINE_NUMBER = _lazy(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+")
_ENUMERATOR = _lazy(
    r"\(?\d{1,2}[.)][\s\u2060\u200b\ufeff]+|[A-Za-z][.)]\s+(?=[A-Z])|"
    # "一、目标（O1）", "（二）关键结果", "3、": how Chinese numbers a list or a section
    rf"{_CJK_ORDINAL}\s*"
)
_QUOTES = "\"'“”‘’«»"
_EDGE_PUNCT = " \t:;,|-–—>→=*_~：；，"


# Text none of the patterns below could change: no label or ID at the start, no bracket,
# parenthesis, colon, slash, @, arrow, dash separator, emoji or odd whitespace anywhere. Most key
# results in a YAML file are like this, and skip the work (a superset test: anything it lets
# through is cleaned the long way; tests check both ways agree).
# The characters that make a text worth the long way, in two parts: the ASCII ones, and the
# others (emoji, typographic quotes, odd spaces), searched only in text that is not all ASCII —
# the second class spans most of Unicode and costs ~4 ms to compile, which a file of plain
# ASCII key results never needs to pay.
_NOISE_ASCII = _lazy(r"[\[\](){}@/:=>|#*_~;\"'\t\n\r\x0b\x0c\x1c-\x1f]")
_NOISE_WIDE = _lazy(
    r"[•·“”‘’«»\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\u20e3"
    r"\u2190-\U0010ffff\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def _noisy(text: str) -> bool:
    """A character anywhere in `text` that one of the cleaning patterns reacts to."""
    return bool(_NOISE_ASCII.search(text) or (not text.isascii() and _NOISE_WIDE.search(text)))


_DASH_SEPARATORS = (" -", "- ", " –", "– ", " —", "— ", "  ")
_NOISE_AT_START = _lazy(r"\W|(?i:kr|o|obj)\d|\d+\.\d|\d{1,2}[.)]\s|[A-Za-z]{1,4}-\d|[A-Za-z][.)]\s")
_LABEL_NEAR_START = _lazy(r"(?i:\w+\s+){0,2}(?i:key[\s-]?results?|krs?|o\d|obj\d|initiatives?)\b")
_STATUS_AT_START = _lazy(rf"(?i:{_STATUS_WORDS})\b")
# first words that can start a status ("not started", "on track", "to do", "partially met")
_STATUS_FIRST = words("""
done complete completed achieved met missed shipped launched in on off at behind ahead blocked
wip started pending ongoing planned dropped canceled cancelled deferred postponed paused tbd
todo to partial partially partly mostly fully almost not stretch committed aspirational green
yellow amber red ok
""")
_STATUS_AT_END = ("DONE", "ACHIEVED", "COMPLETE", "COMPLETED", "WIP")


def _plain_enough(text: str) -> bool:
    """Text none of the patterns below could change: no label, ID or status at the start, no
    bracket, parenthesis, colon, slash, @, arrow, dash separator, emoji or odd whitespace
    anywhere, no status word at the end. Most key results in a YAML file are like this and skip
    the work (a superset test: what it lets through is cleaned the long way; tests check that
    both ways agree)."""
    if (
        _noisy(text)
        or any(d in text for d in _DASH_SEPARATORS)
        or _NOISE_AT_START.match(text)
        or text[-1:] in (" ", ",", "-", "–", "—")
        or "".join(ch for ch in text[-12:] if ch.isalnum()).endswith(_STATUS_AT_END)
        or (text.endswith("%") and _QUARTER_PROGRESS.search(text) is not None)
    ):
        return False
    lead = text[:48].lower().split(" ", 3)[:3]
    if lead and lead[0] in _STATUS_FIRST and _STATUS_AT_START.match(text):
        return False
    return not (
        any(w.startswith(("key", "kr", "o", "initiative")) for w in lead)
        and _LABEL_NEAR_START.match(text)
    )


def clean_key_result(text: str, base: int = 0, keep: frozenset[str] = frozenset()) -> Cleaned:
    """A key result's own words, from the text after its label.

    Removed: leading IDs and status words, status and progress notes, Dataview fields, owners,
    emoji and trailing arrows to a status. Kept as fields: `status`, `progress`, `baseline`,
    `owner`, `note`, the Dataview keys, `label` (an ID). Notes whose field is named in `keep`
    stay in the text (the judgement keeps "(currently $1.2M)": it is part of the measure).
    """
    if _plain_enough(text) and _explaining_sentences(text) is None:
        return Cleaned(text, list(range(base, base + len(text))), {})
    return _clean_key_result(text, base, keep)


def _clean_key_result(text: str, base: int = 0, keep: frozenset[str] = frozenset()) -> Cleaned:
    work = _Work(text, base)
    fields: dict[str, Any] = {}
    _strip_common(work, fields)
    _strip_leading_ids(work, fields)
    _strip_dashed_fields(work, fields)
    criteria = _CRITERIA.search(work.s)
    if criteria and work.s[: criteria.start()].strip(_EDGE_PUNCT):
        fields["criteria"] = work.s[criteria.end() :].strip()
        work.cut(criteria.start(), len(work.s))
    _strip_rationale(work, fields)
    _strip_trailing_notes(work, fields, keep)
    baseline = _BASELINE_SENTENCE.search(work.s)
    if baseline and work.s[: baseline.start()].strip(_EDGE_PUNCT):
        # "… in 10 of 10 cases. Baseline: 0 fixtures.": where it starts, a field
        fields.setdefault("baseline", baseline.group("value").strip())
        work.cut(baseline.start(), len(work.s))
    explained = _explaining_sentences(work.s)
    if explained is not None:
        fields.setdefault("note", work.s[explained:].strip())
        work.cut(explained, len(work.s))
    return work.done(fields)


def _strip_dashed_fields(work: _Work, fields: dict[str, Any]) -> None:
    """A key result followed by its plan fields, each after a dash ("3 beta users posting —
    Owner: vp-eng — Target: 3 — Current: 0"): the fields are kept as fields, and the target
    stays in the words as a table row's does ("3 beta users posting: 3"). Two fields or more,
    every dashed part a field, so a dash inside the sentence is left alone."""
    parts = list(_DASHED_FIELD.finditer(work.s))
    named = [field_of(m.group("name") + ": x") for m in parts]
    if len(parts) < 2 or None in named or not work.s[: parts[0].start()].strip(_EDGE_PUNCT):
        return
    ends = [m.start() for m in parts[1:]] + [len(work.s)]
    for m, found, end in reversed(list(zip(parts, named, ends, strict=True))):
        assert found is not None
        name = found[0]
        value = work.s[m.end() : end].strip()
        if name == "target" and value:
            work.remove(m.start(), m.end() - len(m.group("colon")))  # "… — Target: 3" → "…: 3"
        else:
            fields.setdefault(name, value)
            work.remove(m.start(), end)


# a last sentence that gives the baseline: "… 10 of 10 cases. Baseline: 0 fixtures."
_BASELINE_SENTENCE = _lazy(r"(?<=[.!?])\s+(?i:baseline)\s*[:：]\s*(?P<value>[^.!?]*)[.!?]?\s*$")

# a dash, then a field's name and a colon: " — Owner: ", " – Target: "
# (a match starts only where a run of spaces does: tried from inside a long run, the run would be
# read again from every position)
_DASHED_FIELD = _lazy(r"(?<!\s)\s+[—–]\s+(?P<name>[^\W\d_][\w ]{0,30}?)\s*(?P<colon>[:：]\s*)")


def _explaining_sentences(text: str) -> int | None:
    """Where the sentences after a key result that explain it start: "Reduce average latency
    by 30% against the legacy systems. Faster responses improve the user experience." — the
    first sentence states what is measured and its target, the ones after it are prose with no
    number that says why or how (short ones — "Health dashboard operational." — are more of
    the target, as is anything after a first sentence that measures nothing)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if not ends:
        return None
    first, rest = text[: ends[0]], text[ends[0] :]
    sentences = [text[a:b] for a, b in zip(ends, [*ends[1:], len(text)], strict=True)]
    if (
        len(first.split()) < 4
        or not _NUMBER.search(first)
        or _DIGIT.search(rest)
        or any(len(sentence.split()) < _PROSE_WORDS for sentence in sentences)
    ):
        return None
    return ends[0] + (len(rest) - len(rest.lstrip()))


_PROSE_WORDS = 7  # a sentence this long that explains, where a shorter one adds a criterion


# where one sentence of prose ends and the next starts: a stop after a word before a
# capitalised word (narrower than the readers' `_SENTENCE_BREAK`, which also breaks before a
# bracket or a quote: here a split cuts text away)
_SENTENCE_END = _lazy(r"(?<=[a-z0-9)%][.!?])\s+(?=[A-Z][a-z])")
_DIGIT = _lazy(r"\d")
_NUMBER = _lazy(r"(?<![^\W\d_])\d")  # a number of its own, not an ID's ("KR1", "Q4")


_LEAD_PERIOD = _lazy(rf"(?P<period>{_QUARTER}(?: (?:FY ?)?\d{{2,4}})?) ?[—–] (?=\S)")
# "Phase 1 — Corpus and Harness", "Stage 2 – Scale": the phase it is the objective of
_LEAD_PHASE = _lazy(r"(?P<phase>(?i:phase|fase|stage|etapa)\s?\d{1,2}) ?[—–] (?=\S)")


def clean_objective(text: str, base: int = 0) -> Cleaned:
    """An objective's own words: also without a leading enumerator ("1)"), a heading anchor
    ({id}), a trailing score ("– 2", "(7/10)"), an owner in parentheses, quotes around it."""
    if _plain_enough(text) and not _ABOUT_OBJECTIVE.search(text) and not _AS_MEASURED.search(text):
        return Cleaned(text, list(range(base, base + len(text))), {})
    return _clean_objective(text, base)


def _clean_objective(text: str, base: int = 0) -> Cleaned:
    work = _Work(text, base)
    fields: dict[str, Any] = {}
    _strip_common(work, fields)
    anchor = _ANCHOR.search(work.s, max(0, len(work.s) - _NOTE_REACH))
    if anchor:
        work.cut(anchor.start(), len(work.s))
    _strip_leading_ids(work, fields)
    _strip_rationale(work, fields)
    lead = len(work.s) - len(work.s.lstrip())
    outline = _OUTLINE_NUMBER.match(work.s, lead)
    labelled = parse_label(work.s[outline.end() :]) if outline else None
    if outline and labelled is not None and labelled.kind == OBJECTIVE and labelled.text:
        # "3.2 Objective 2: Keunggulan Analitik …" (a section's number, then the label): the
        # words after the label
        if "label" in labelled.fields:
            fields.setdefault("label", labelled.fields["label"])
        work.cut(lead, outline.end() + labelled.start)
    enum = _ENUMERATOR.match(work.s, lead)
    if enum and len(work.s) > enum.end():
        work.cut(lead, enum.end())
    for before, name in ((_LEAD_PERIOD, "period"), (_LEAD_PHASE, "phase")):
        # "Q1 — Provar que o produto retém casais", "Phase 1 — Corpus and Harness": the
        # quarter or the phase it is for, then its words
        found = before.match(work.s, lead)
        if found and len(work.s) > found.end():
            fields.setdefault(name, found.group(name))
            work.cut(lead, found.end())
    score = _SCORE.search(work.s, max(0, len(work.s) - _NOTE_REACH))
    if score and score.start() > 0:
        fields["score"] = score.group().strip(" -–—()").replace("score:", "").strip()
        work.cut(score.start(), len(work.s))
    _strip_trailing_notes(work, fields)
    about = _ABOUT_OBJECTIVE.search(work.s)
    if about and about.start() > 0:
        # "Deliver a robust MVP. Este objetivo se centra en …", "Detect misplaced Places. A
        # misplaced Place is defined as …": a sentence about the objective, not its words
        fields.setdefault("note", work.s[about.end() :].strip())
        work.cut(about.start(), len(work.s))
    measured = _AS_MEASURED.search(work.s)
    start = len(work.s[: measured.start()].rstrip(" \t,.;:")) if measured else 0
    if measured and start > 0:
        # "Align all DAO parts …. As measured by 4 Key Results which …", "…, as measured by":
        # how it is measured follows the objective; its key results say it
        work.cut(start, len(work.s))
    timed = _PAREN_PERIOD.search(work.s, max(0, len(work.s) - _NOTE_REACH))
    # (its last part after a comma: "(owned outcome, Q1-Q2)")
    when = re.split(r"\s*[,;，]\s*", timed.group("period"))[-1] if timed else ""
    if (
        timed
        and timed.start() > 0
        # ("2026 Q4+": that quarter and on)
        and all(period_of(part.rstrip("+")) for part in re.split(r"\s*[-–—~]\s*", when))
    ):
        # "连续性可用性达到稳定生产水位（2026 Q2）", "Ship the API (H1 2026)": when, not what
        fields.setdefault("period", when)
        work.cut(timed.start(), len(work.s))
    _strip_quotes(work)
    return work.done(fields)


_AS_MEASURED = _lazy(r"(?<=[\s,.;:])(?i:as\s+measured\s+by)\b")
# the end of an objective's sentence before one that explains it: it names the objective ("This
# objective …", "Este objetivo …") or defines a term of it ("… is defined as …")
_ABOUT_OBJECTIVE = _lazy(
    r"(?<=[.。])\s+(?=(?i:this|the|that|este|esse|cet|ce|dieses|questo)\s+"
    r"(?i:objective|objetivo|objectif|ziel|obiettivo|goal)\b|[^.。]{3,80}?\s(?i:is\s+defined\s+as|"
    r"se\s+define\s+como|est\s+défini(?:e)?\s+comme|é\s+definid[oa]\s+como)\b)"
)
_PAREN_PERIOD = _lazy(r"\s*[(（]\s*(?P<period>[^()（）]{1,30}?)\s*[)）]\s*$")


# a footnote's mark after a word or a bracket: "visits in 12 mo¹", "(admission + on-site)²"
_FOOTNOTE_MARK = _lazy(r"(?:(?<=[^\W\d_])|(?<=[)\]）]))[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?![\w¹²³⁴⁵⁶⁷⁸⁹⁰])")
# … not a power: of a unit ("120 m²") or of a one-letter name ("R² > 0.6", "x³")
_SQUARED_UNIT = _lazy(r"(?<![^\W\d_])(?:[kcmdµ]?m|ft|in|yd|mi|[^\W\d_])$")


_MAYBE_EMOJI = _lazy(  # none of it is ASCII: text that is all ASCII is not searched
    "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\u20e3\ufe0e\ufe0f\ufeff\u2190-\U0010ffff]"
)


# "3 cities live ✅ **100%** (Berlin, Vienna)", "… ⚠️ 80% (4,000 users)": a scorecard's mark
# and score after the key result, read before the emoji go (without them "100%" would read as
# the key result's own number)
# (no leading whitespace in the pattern: searched from every position, a long run of spaces
# would be scanned again from each of them)
_EMOJI_SCORE = _lazy(
    r"(?:✅|☑️?|✔️?|⚠️?|❌|🟢|🟡|🟠|🔴|⏳|🚧)\s*\**\s*\d{1,3}(?:\.\d+)?\s*%\s*\**"
    r"(?:\s*\([^()]{0,80}\))?\s*$"
)


# "… verified by a live tool call ✅ Claude connected; OAuth flow completed ✅": a check mark
# after the key result's words, and what was done, written after it
_CHECK_NOTE = _lazy(r"(?:✅|☑️?|✔️?)(?=\s*[^\W\d_(])")


# Obsidian Tasks' dates at a task's end: "… ✅ 2026-03-07" (done), "📅 2026-06-30" (due)
# (no leading spaces in the pattern: searched from each of a long run of them, it would read
# the run again from every position)
_TASK_DATE = _lazy(r"(?P<mark>✅|📅|🗓️?|⏳|🛫|➕|❌)\s*(?P<day>\d{4}-\d{2}-\d{2})\s*$")
_TASK_DATE_FIELDS = {
    "✅": "done",
    "❌": "cancelled",
    "⏳": "scheduled",
    "🛫": "start",
    "➕": "created",
}


def _strip_common(work: _Work, fields: dict[str, Any]) -> None:
    while (
        not work.s.isascii()
        and (dated := _TASK_DATE.search(work.s))
        and work.s[: dated.start()].strip()
    ):
        name = _TASK_DATE_FIELDS.get(dated.group("mark"), "due")
        fields.setdefault(name, dated.group("day"))
        work.cut(len(work.s[: dated.start()].rstrip()), len(work.s))
    score = None if work.s.isascii() else _EMOJI_SCORE.search(work.s)
    if score is not None and work.s[: score.start()].strip():
        fields.setdefault("progress", score.group().replace("*", "").strip())
        work.cut(len(work.s[: score.start()].rstrip()), len(work.s))
    check = None if work.s.isascii() else _CHECK_NOTE.search(work.s)
    if check is not None and len(work.s[: check.start()].split()) >= 3:
        fields.setdefault("status", work.s[check.end() :].strip())
        work.cut(len(work.s[: check.start()].rstrip()), len(work.s))
    if not work.s.isascii() and _MAYBE_EMOJI.search(work.s):
        work.drop(lambda c: c not in _BIDI and not is_emoji(c))
    if not work.s.isascii():
        for mark in reversed(list(_FOOTNOTE_MARK.finditer(work.s))):
            if mark.group() in "²³" and _SQUARED_UNIT.search(work.s, 0, mark.start()):
                continue  # "120 m²": the unit's power
            fields.setdefault("footnote", mark.group())
            work.remove(mark.start(), mark.end())
    while "::" in work.s:
        found = _DATAVIEW.search(work.s)
        if not found:
            break
        key = (found.group("key") or found.group("key2") or "").strip().lower()
        value = (found.group("value") or found.group("value2") or "").strip()
        fields[key.replace(" ", "_")] = value
        work.cut(found.start(), found.end())


def _leading_noise(s: str) -> int:
    """How many leading characters are punctuation around a label, not words: never a
    comparator before a number ("> 20 pushups", ">= 90%", "~30%"), which is part of the
    measure."""
    lead = len(s) - len(s.lstrip(_EDGE_PUNCT + "•·"))
    if lead and s[lead : lead + 1].isdigit():
        end = len(s[:lead].rstrip())
        start = end
        while start > 0 and s[start - 1] in "<>=~":
            start -= 1
        arrow = s[start:end] == "=>" or (start > 0 and s[start - 1] in "-–")  # "->", "=>"
        if start < end and not arrow:
            return start
        if start == end and end == lead and s[lead - 1] == "-" and (lead < 2 or s[lead - 2] == " "):
            return lead - 1  # "-30% etapas": the number's sign, typed against it
    return lead


def _strip_leading_ids(work: _Work, fields: dict[str, Any]) -> None:
    for _ in range(4):  # "✅ KR1.1 - [DONE] text": a few prefixes, each at most once
        lead = _leading_noise(work.s)
        s = work.s
        priority = _PRIORITY.match(s, lead)
        if priority and (s[priority.end() :].strip() or priority.group(3)):
            # ("PX - " and nothing after it: a key result not written yet, no words of its own)
            fields.setdefault(
                "priority", (priority.group(1) or priority.group(2) or priority.group(3)).upper()
            )
            if priority.group("owner"):
                fields.setdefault("owner", priority.group("owner"))
            work.cut(0, priority.end())
            continue
        initials = _PRIORITY_INITIALS.match(s, lead)
        if (
            initials
            and (initials.group("owner") or initials.group("grade"))
            and s[initials.end() :].strip()
        ):
            fields.setdefault("priority", f"P{initials.group('p')}")
            if initials.group("owner"):
                fields.setdefault("owner", initials.group("owner"))
            if initials.group("grade"):
                fields.setdefault("score", initials.group("grade"))
            work.cut(0, initials.end())
            continue
        grade = _LEADING_GRADE.match(s, lead)
        if (
            grade
            and ("priority" in fields or "." in grade.group("grade"))
            and s[grade.end() :].strip()
        ):
            # ("(0.3) Design a process …": a grade; "(1) Launch …" numbers the item)
            fields.setdefault("score", grade.group("grade"))
            work.cut(0, grade.end())
            continue
        role = _ROLE_OWNER.match(s, lead)
        if role and s[role.end() :].strip():
            fields.setdefault("owner", role.group("owner"))
            work.cut(0, role.end())
            continue
        status = _BRACKET_STATUS.match(s, lead)
        if status:
            fields.setdefault("status", status.group().strip("[] "))
            work.cut(0, status.end())
            continue
        category = _LENTICULAR_TAG.match(s, lead) if "【" in s else None
        if category and s[category.end() :].strip():
            # "【业务增长】构建 …", "【数据基建】完成 …": the theme it belongs to, set in
            # lenticular brackets before its words
            fields.setdefault("category", category.group("tag"))
            work.cut(0, category.end())
            continue
        compact = _COMPACT_ID.match(s, lead)
        if (
            compact
            and (compact.group("sep").strip() or compact.group("sep").isspace())
            and s[compact.end() :].strip()
        ):
            fields.setdefault("label", compact.group("id"))
            work.cut(0, compact.end())
            continue
        bare = _BARE_ID.match(s, lead)
        if (
            bare
            and s[bare.end() :].strip()
            and (
                bare.group("sep").strip()
                or re.search(r"\.[A-Za-z]", bare.group("id"))
                or bare.group("id").startswith("#")
            )
        ):
            fields.setdefault("label", bare.group("id"))
            work.cut(0, bare.end())
            continue
        label = _LABEL.match(s, lead)
        if (
            label
            and _accept(label, False)
            and _kind(label.group("kw"))[0] == KEY_RESULT
            and s[label.end() :].strip()
        ):
            work.cut(0, label.end())
            continue
        lead_status = _LEAD_STATUS.match(s, lead)
        if lead_status and s[lead_status.end() :].strip():
            fields.setdefault("status", lead_status.group().strip(" :-–—"))
            work.cut(0, lead_status.end())
            continue
        if lead:
            work.cut(0, lead)
        break


_TAG = _lazy(r"\[(?:P\d|[A-Z][A-Z0-9&/-]{1,11})\]")


def _trailing_tags(s: str) -> int:
    """Where a chain of bracketed tags at the end starts ("Support for diff [P0][DP]",
    "SSO and RBAC [P1][APPS][PRODUCT]"), when it holds a priority or two tags or more; -1
    when there is none. Read from the end, tag by tag (no pattern searched from every
    position)."""
    end, tags, priority = len(s.rstrip()), 0, False
    while end > 0 and s[end - 1] == "]":
        start = s.rfind("[", 0, end)
        if start < 0 or not _TAG.fullmatch(s, start, end):
            break
        tags += 1
        priority = priority or (s[start + 1] == "P" and s[start + 2].isdigit())
        end = start
        while end > 0 and s[end - 1].isspace():
            end -= 1
    return end if (tags >= 2 or priority) and s[:end].strip() else -1


def _strip_trailing_notes(
    work: _Work, fields: dict[str, Any], keep: frozenset[str] = frozenset()
) -> None:
    tags = _trailing_tags(work.s) if "tags" not in keep else -1
    if tags > 0:
        fields.setdefault("tags", work.s[tags:].strip())
        work.cut(tags, len(work.s))
    for _ in range(6):
        s = work.s.rstrip()
        if len(s) < len(work.s):
            work.cut(len(s), len(work.s))
            if not s:
                return
        found = None
        for key, pattern in (
            ("status", _BRACKET_STATUS),
            ("note", _BRACKET_CAPS),
            ("status", _PAREN_STATUS),
            ("status", _CJK_PAREN_STATUS),
            ("baseline", _PAREN_BASELINE),
            ("note", _PAREN_NOTE),
            ("see", _PAREN_REF),
            ("due", _PAREN_DUE),
            ("due", _PAREN_TARGET_DAY),
            ("due", _PAREN_DUE_POINT),
            ("priority", _PAREN_PRIORITY),
            ("weight", _PAREN_WEIGHT),
            ("milestone", _PAREN_MILESTONE),
            ("effort", _PAREN_EFFORT),
            ("step", _STEP),
            ("annotation", _ANNOTATION),
            ("fields", _ARROW_FIELDS),
            ("fields", _DASH_FIELDS),
            ("fields", _DASH_TARGET),
            ("status", _ARROW_STATUS),
            ("owner", _OWNER_PAREN),
            ("owner", _OWNER_DASH),
            ("owner", _OWNER_SLASH),
            ("status", _TRAILING_STATUS_WORD),
            ("progress", _QUARTER_PROGRESS),
            ("progress", _DASH_PROGRESS),
        ):
            if key in keep or (pattern is _DASH_TARGET and "owner" not in fields):
                continue
            # every note ends the text and is short: look only at its end (a pattern that
            # opens with optional spaces, searched from each of a long run of them, would
            # read the run again from every position)
            tail = max(0, len(s) - _NOTE_REACH)
            match = (
                _last(pattern, s)
                if pattern in (_BRACKET_STATUS, _BRACKET_CAPS)
                else pattern.search(s, tail)
            )
            if (
                match
                and match.start() > 0
                and match.end() >= len(s.rstrip(" ."))
                and s[: match.start()].strip(_EDGE_PUNCT)
                # "Migrate PlayerState from ObservableObject to @Observable": the object of
                # the sentence, not an owner
                and not (pattern is _OWNER_SLASH and _after_function_word(s, match.start()))
                and not (pattern is _ANNOTATION and _states_new_target(s, match))
                # "Keep uptime at 99.9% (30 days)": beside a number of its own, the window it
                # is measured over, not the effort it takes
                and not (pattern is _PAREN_EFFORT and re.search(r"\d", s[: match.start()]))
                and not (pattern is _BRACKET_CAPS and not match.group("word").isupper())
                and not (pattern is _OWNER_PAREN and _names_the_counted(s, match))
                and not (
                    pattern is _ARROW_STATUS
                    and _FROM_TO.search(match.group())
                    and _NUMBER_BEFORE.search(s, 0, match.start())
                )
            ):
                found = (key, match)
                break
        if found is None:
            break
        key, match = found
        value = match.group().strip(" ()（）[]-–—=>⇒→|.").strip()
        if value.count("(") > value.count(")"):
            value += ")"  # "DONE (updated 2026-07-19)": its own note keeps its parenthesis
        if key == "owner":  # "(Owner: Ann)", "— DRI: @bo": the name
            value = re.sub(r"^(?i:owners?|dri)\s*:\s*", "", value)
        if key == "due":  # "（截止 05/05）" → 05/05
            value = match.group("day").strip()
        goal = _annotated_new_goal(s, match) if key == "annotation" else None
        now = _ANNOTATED_NOW.search(match.group()) if goal is not None else None
        if goal is not None and now is not None and now.start() < goal.start():
            # "X — 현재: 미구현 / 목표: 40개 매장 … 라이브": where it stands is a note, the target
            # stays with the words ("X — 목표: 40개 매장 … 라이브")
            name, _, value = match.group()[now.start() : goal.start()].partition(":")
            fields.setdefault("_".join(name.lower().split()), value.strip(" /,;|"))
            work.remove(match.start() + now.start(), match.start() + goal.start("goal"))
            continue
        if key == "annotation":  # "target: 25.0" → target, "Current: 1.0" → current
            name, _, value = value.partition(":")
            key = "_".join(name.lower().split())
            value = value.strip()
        if key == "fields":  # "→ Current: 0 | Target: 2 | Status: behind": each its own
            if match.groupdict().get("now"):
                fields.setdefault("current", match.group("now"))
            for part in re.split(r"\||\s[-–—]\s", match.group("named")):
                name, _, part_value = part.replace("：", ":").partition(":")
                name = "_".join(name.lower().split())
                if name and part_value.strip():
                    fields.setdefault(_FIELD_NAMES.get(name, name), part_value.strip())
            work.cut(match.start(), len(work.s))
            continue
        if (
            key == "status"
            and value
            and "progress" not in fields
            and not any(ch.isalpha() for ch in value)
        ):
            fields["progress"] = value  # "[2/5]", "[40%]"
        else:
            fields.setdefault(key, value)
        work.cut(match.start(), len(work.s))
    s = work.s.rstrip(_EDGE_PUNCT)
    if s.strip():
        work.cut(len(s), len(work.s))


_NOTE_REACH = 400  # characters from the end where a trailing note can start


def _names_the_counted(s: str, match: re.Match[str]) -> bool:
    """ "Expand to 3 additional states (Texas, New York, Florida)": names in brackets, as many as
    a number before them counts, are what the key result counts, not its owners."""
    names = re.split(r"\s*[+,/&]\s*|\s+and\s+", match.group().strip(" ()（）"))
    return len(names) >= 2 and str(len(names)) in re.findall(r"\d+", s[: match.start()])


def _last(pattern: re.Pattern[str], s: str) -> re.Match[str] | None:
    """The last match, if it ends the text (a bracketed note may sit before a full stop)."""
    found = None
    for match in pattern.finditer(s):
        found = match
    return found


def _strip_quotes(work: _Work) -> None:
    s = work.s.strip()
    if (
        len(s) > 2
        and s[0] in _QUOTES
        and s[-1] in _QUOTES
        and not any(q in s[1:-1] for q in _QUOTES[:2])
    ):
        lead = len(work.s) - len(work.s.lstrip())
        work.cut(len(work.s.rstrip()) - 1, len(work.s))
        work.cut(lead, lead + 1)


def _after_function_word(s: str, at: int) -> bool:
    """Whether the word before `at` is a function word ("… to @Observable": the object)."""
    before = s[max(0, at - 40) : at].split()
    return bool(before) and before[-1].lower() in _FUNCTION_WORDS


def strip_trailing_name(cleaned: Cleaned) -> Cleaned:
    """Without a single trailing name ("… are closed Mark"): only for a list where most items
    end with owners joined by slashes, which says that is how this list names owners."""
    found = re.search(r"\s(?:[A-Z][a-z]{2,}|@[\w-]+)$", cleaned.text)
    if not found or not cleaned.text[: found.start()].strip():
        return cleaned
    before = cleaned.text[: found.start()].split()
    if before and before[-1].lower() in _FUNCTION_WORDS:
        return cleaned  # "… integrated with Slack": the name is the object of the sentence
    fields = dict(cleaned.fields)
    fields.setdefault("owner", found.group().strip())
    return Cleaned(cleaned.text[: found.start()], cleaned.index[: found.start()], fields)


_FUNCTION_WORDS = words("""
a an the to from in on at by for with of via into onto and or than over under across per
no na nos nas em do da dos das de para com por pelo pela en el la los las del con al y e et
le les du des au aux dans sur avec pour par und mit im am zum zur für von
""")  # (and the same words in Portuguese, Spanish, French, German: "… membros no Discord/Telegram")


def has_owner_suffix(cleaned: Cleaned) -> bool:
    owner = cleaned.fields.get("owner")
    return isinstance(owner, str) and "/" in owner


_P = TypeVar("_P")


def squeeze(text: str, positions: Sequence[_P]) -> tuple[str, list[_P]]:
    """Whitespace runs as one space, none at the ends, each kept character with its position
    (an offset, a (line, column)): how every reader tidies the words it keeps."""
    out: list[str] = []
    kept: list[_P] = []
    for ch, at in zip(text, positions):
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                kept.append(at)
            continue
        out.append(ch)
        kept.append(at)
    while out and out[-1] == " ":
        out.pop()
        kept.pop()
    return "".join(out), kept
