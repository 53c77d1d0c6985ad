"""What a line is and what its label says: the vocabulary of OKR words in every language
krlint reads, labels (`Objective 2:`, `KR1.1 —`, `O1KR2`), IDs, status words and
enumerators — `parse_label`, the one definition every reader uses."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple, cast


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
    "cross-cutting|cross-functional|cross-team|foundational|supporting|platform|sprint|project"
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
            "关键成果",
            "關鍵成果",
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
            # measures watched beside the OKRs ("Métricas Operacionales"), as "Metrics" is
            "métricas",
            "métriques",
            "metriken",
            "metriche",
            "метрики",
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
            "行动方案",
            "kế hoạch hành động",
            "chiến lược hành động",
            "plano de ação",
            "planos de ação",
            "plan de acción",
            "planes de acción",
            "plan d'action",
            "plans d'action",
            "aktionsplan",
            "maßnahmenplan",
            "piano d'azione",
            # what a product must do, and what it will not ("功能要求", "非目标"): a spec's
            # sections beside its OKRs
            "功能要求",
            "非功能要求",
            "功能需求",
            "非功能需求",
            "非功能性需求",
            "功能性需求",
            "非目标",
            "非目標",
            "范围内",
            "范围外",
            "範圍內",
            "範圍外",
            "tareas",
            "tâches",
            "tarefas",
            "aufgaben",
            "задачи",
            "риски",
            "зависимости",
            "критерии",
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
            # notes and where things stand, about the key results above ("KR별 실행 메모",
            # "측정 현황", "주간 체크인 로그")
            "메모",
            "비고",
            "현황",
            "체크인 로그",
            "회고",
            # metrics watched beside the OKRs, and the work left ("关联指标 (2)", "Q3 剩余工作")
            "关联指标",
            "相关指标",
            "剩余工作",
            "待办事项",
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
            # … and as traditional characters write them
            "備註",
            "說明",
            "節奏",
            "進展記錄",
            "進度記錄",
            "風險",
            "參考",
            "附錄",
            "原則",
            "總結",
            "復盤",
            "術語",
            "任務",
            "任務拆解",
            "任務分解",
            "任務規劃",
            "任務計劃",
            "更新記錄",
            "變更記錄",
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
# qualifiers after the word, as Romance languages and Vietnamese put them: "Objetivo principal",
# "Objetivo Estratégico Geral", "Resultados-Chave Esperados", "Mục tiêu Chiến lược" (not
# "Objetivo general" alone: a project's
# overall aim, beside its "objetivos específicos" — unless the method's own word glosses it:
# "Objetivo General (Objective)")
_AFTER_QUALIFIER = (
    r"(?:\s+(?i:principal|principale|estrat[ée]gic[oa]s?|strat[ée]giques?|strategic[oa]|chiến lược|"
    r"esperad[oa]s?|previst[oa]s?|attendue?s?|attes[io])\b(?:\s+(?i:geral|general|g[ée]n[ée]rale?)\b)?"
    r"|\s+(?i:geral|general|g[ée]n[ée]ral)(?=\s*[(（](?i:objective|okrs?)[)）])"
    # (and Russian's genitive: "Цель спринта", "Цель проекта")
    r"|\s+(?i:спринта|проекта|квартала|команды|продукта)"
    # ("Goal statement", "Objective statement": the label of the words that state it)
    r"|\s+(?i:statement)\b)?"
)
# a colon, ASCII or full-width ("O1：", "KR1（名称）：" in CJK text)
_COLON = ":："
_LABEL_TAIL = (
    # ("O" alone only before a number, a colon, or its own word in brackets: "## O（Objective）")
    rf"(?P<kw>(?i:{_KEYWORDS})|O(?=\s?\d|\s*[{_COLON}]|\s*[(（](?i:objectives?|目[标標])[)）]))"
    # a qualifier after the word, as Romance languages put it ("Objetivo principal")
    + _AFTER_QUALIFIER
    # a number or ID after the word: "Objective 2", "KR 1.1", "Key Result #3", "OKR '2022.M1'"
    # ("(?:\s*#)?\s*", not "\s*#?\s*": two runs of \s* side by side split a long run of spaces
    # every way there is, quadratic in its length; this reads the same text in linear time)
    # ("目标一：", "关键结果二：": a Chinese numeral, when the colon follows it; "OKR-1：",
    # "Objective-2:": joined by a hyphen, which a KR's ID keeps: "KR-2.1")
    + r"(?:(?:(?<!(?<![Oo])[Kk][Rr])-(?=\d)|(?:\s*#)?\s*)(?P<num>\d+(?:\.\d+)*[a-z]?|[A-Z](?![\w])|"
    r"[一二三四五六七八九十]{1,3}(?=\s*[:：])|"
    r"['‘’\"]?(?=[\w.]{0,23}\d)[\w.]{1,24}['‘’\"]?))?"
    # a short name in parentheses between the ID and the colon, or ending the label: "KR2
    # (Revenue): …", "## Objective 1（核心目标）" (the statement is below it)
    r"(?:(?<=[\w'’\"])\s*[(（](?P<pname>[^()（）\n]{1,60})[)）](?=\s*[:：]|\s*$))?"
    # a status mark in brackets before the colon: "**Key Result 1.1 [🔜]:** …" (one space at
    # most before it, so no two runs of spaces meet), or the area it is in: "O1 [调研]: …"
    r"(?:(?<=[\w)）]) ?\[(?P<bracket>[^\[\]\n]{1,30})\](?=\s*[:：]))?"
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
_LENTICULAR_TAG = _lazy(
    # (or square ones around CJK words: "[核心能力]通过聚焦 …")
    r"(?:【(?P<tag>[^【】\n]{1,24})】|\[(?=[^\[\]\n]{0,11}[\u3400-\u9fff])(?P<cjk>[^\[\]\s]{1,12})\])"
    r"\s*"
)
# a label's letters ("O", "KR", "O1"), as a CJK label gives them in brackets after its word
_ABBREVIATION = _lazy(r"(?P<kw>O|KRs?)(?P<num>\d{1,2})?")
# the section of several: "Objectives", "Key results"
_PLURAL = {OBJECTIVE: OBJECTIVES, KEY_RESULT: KEY_RESULTS}
# what kind of objective a CJK label names, run onto the word: "优化目标：", "季度目标："
_CJK_QUALIFIERS = (
    "优化|優化|季度|本季度|年度|月度|本月|本周|业务|業務|产品|產品|团队|團隊|个人|個人|公司|部门|"
    "部門|核心|总体|總體|整体|整體|战略|戰略|项目|專案|阶段|階段|"
    # "2024年的小目标：", "今年的目标：": the year it is for, a "small" (modest) one
    r"(?:\d{4}\s?年|今年|明年)(?:度)?(?:的)?(?:小|大)?|小"
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
# the document's north star, as a field ("North Star: …") and as a heading ("### North Star")
_NORTH_STAR = r"north[\s-]?star(?:\s+metric)?"
_META = _lazy(
    rf"(?P<kw>mission|vision|{_NORTH_STAR}|ultimate goal|purpose|tagline)"
    r"\s*:\s*",
    re.I,
)
_NORTH_STAR_HEADING = _lazy(rf"(?i:{_NORTH_STAR})\s*[:：]?")
_SECTION = _lazy(
    # ("V1.1 Goals", "V1.1 目标": a release's; "核心目标": a qualifier run on in CJK writing)
    rf"(?:(?:(?i:{_QUALIFIERS})\s+){{1,2}}|[A-Z][\w'’&-]*(?:\.\d+)*\s+|(?:{_CJK_QUALIFIERS}))?"
    r"(?P<kw>key[\s-]?results?|krs|objectives?|goals|initiatives|tasks|projects|notes|"
    r"risks|dependencies|actions|action items|non-goals|out of scope|milestones|"
    + _OTHER_LANGUAGES
    + ")"
    + _AFTER_QUALIFIER
    + r"(?:\s*[(（].{0,40}[)）])?\s*[:：]?",
    re.I,
)
_OUTSIDE_OKRS = _lazy(
    r"(?:\bnot|n[’']t|\boutside(?:\s+of)?|\bbeyond|\bbesides)\s+(?:\w+\s+){0,3}?"
    r"(?:the\s+|our\s+)?okrs?\b|\bnon-?\s*okrs?\b",
    re.I,
)
# an objective's or a key result's ID in brackets before its words ("[O1]DeepBank：…"), not a
# link's text ("[O1](#o1)")
_BRACKETED_LEAD = _lazy(
    r"\s*([\[【](?P<id>(?i:o|kr|okr|obj)\s?\d{1,2}(?:\.\d{1,2})?)[\]】])(?![(\[])"
)
_BRACKETED_ID = _lazy(r"[(（]\s*((?i:o|obj|objective)\s?\d{1,2})\s*[)）]")
# "Everything below here is junk", "Scratchpad", "Discarded drafts": the author disowns the
# section, whatever it lists
_DISOWNED = _lazy(r"\b(?:junk|scratch(?:pad)?|discarded|abandoned|scrapped)\b", re.I)
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


# hyphens other than "-" that IDs are typed with: "‐" (U+2010), "‑" (non-breaking, U+2011)
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def parse_label(line: str, *, heading: bool = False, _numbered: bool = True) -> Label:
    """The role a line's label gives it: `Objective 2: Grow` → (OBJECTIVE, "Grow").

    `heading` allows an ID followed by a space only ("O1 Build the platform", "OKR 2 Grow"):
    in a bullet, "O1 is the primary OKR" is a sentence about O1, not a label. A label whose
    only words are where it stands ("### KR 1 — unknown", "KR3: Done") is one with no words:
    they follow (the status is a field).
    """
    plain = line.translate(_HYPHENS)  # ("OBJ‑1:", "KR‑1.1" typed with a non-breaking hyphen)
    bracketed = _BRACKETED_LEAD.match(plain)
    if bracketed is not None:
        # "[O1]DeepBank：…", "【KR2】…": the ID in brackets is the label, read as "O1: " (as
        # many characters, so the words keep their places)
        ident, after = bracketed.group("id"), plain[bracketed.end() :]
        sep = "  " if after.lstrip()[:1] in (":", "：") else ": "  # ("[KR 1.2]: …")
        plain = plain[: bracketed.start(1)] + ident + sep + after
    label = _parse_label(plain, heading=heading, _numbered=_numbered)
    if plain != line and label.text:
        # the words as written: the same characters, at the same places
        at = plain.find(label.text, label.start)
        if at >= 0:
            label = replace(label, text=line[at : at + len(label.text)])
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


_ASKS_FOR = _lazy(
    r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"  # ("### 4.1 What is the Objective?": its section number)
    r"(?i:what(?:['’]s|\s+is|\s+are)\s+(?:the|our|my|this\s+\w+['’]s)\s+"
    r"(?P<kw>objective|goal|key\s+results?)\s*\??)"
)


_END_GLOSS = _lazy(r"[(（]([^()（）\n]{1,40})[)）]\s*$")


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
    asked = _ASKS_FOR.fullmatch(rest.strip()) if heading else None
    if asked is not None:
        # "### What's the objective" over its statement, "### What are our key results" over
        # them: the heading asks what the section answers (not "What is an objective?", a
        # guide's definition)
        if asked.group("kw").lower().startswith("key"):
            return Label(KEY_RESULTS, "", len(text), "keyresults", fields)
        return Label(OBJECTIVE, "", len(text), "objective", fields, generic=True)
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
        gloss = _END_GLOSS.search(rest) if word == OBJECTIVE and not plural else None
        if gloss is not None:
            # "Các Mục tiêu (Objectives)": a word with no plural of its own, its English in
            # the plural — the section of them
            plural = _parse_label(gloss.group(1) + ":", _numbered=False).kind == OBJECTIVES
        kw = re.sub(r"[\s-]+", "", section.group("kw").lower())
        if kw in ("okr", "okrs"):
            return Label(CONTAINER, "", len(text), kw, fields)  # "OKRs:" introduces, not lists
        if word == OBJECTIVE and (plural or kw == "goals"):
            kind = OBJECTIVES
        elif word == OBJECTIVE:
            # "Objective" alone (a heading or a line): the statement comes next (its ID in
            # brackets, "Objective (O1):", is its label)
            ident = _BRACKETED_ID.search(rest)
            if ident is not None:
                fields["label"] = ident.group(1)
            return Label(OBJECTIVE, "", len(text), "objective", fields, generic=True)
        elif word == KEY_RESULT:
            kind = KEY_RESULTS
        else:
            kind = IGNORED_SECTION
        return Label(kind, "", len(text), kw, fields)
    if heading and _NORTH_STAR_HEADING.fullmatch(rest.strip()):
        # "### North Star" over its statement: a field of the document, as "North Star: …" is
        return Label(META, "", len(text), "north_star", fields)
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
        if (
            translated is not None
            and translated.kind == _PLURAL.get(kind)
            and not num
            and not text[start:].strip()
        ):
            # "Các Mục tiêu Chiến lược (Strategic Objectives)": a word with no plural of its
            # own, its English in the plural — the section of them
            return Label(translated.kind, "", len(text), found.group("kw"), fields)
    elif pname:
        fields["name"] = pname
    bracket = (found.group("bracket") or "").strip()
    if len(bracket) >= 2 and any(ch.isalnum() for ch in bracket):
        fields.setdefault("category", bracket)  # ("O1 [调研]: …": not a status mark, "[🔜]")
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
# "一、", "（二）", "3、": a Chinese enumerator
_CJK_ORDINAL = (
    r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、．]|[（(][一二三四五六七八九十]{1,3}[)）]"
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
_ENUMERATOR = _lazy(
    r"\(?\d{1,2}[.)][\s\u2060\u200b\ufeff]+|[A-Za-z][.)]\s+(?=[A-Z])|"
    # "一、目标（O1）", "（二）关键结果", "3、": how Chinese numbers a list or a section
    rf"{_CJK_ORDINAL}\s*"
)
