"""What a title or a line names: a section of OKRs or of notes, a guide about the method, a
plan field, a placeholder, a period ("Q3 2026") — built on the labels' vocabulary."""

from __future__ import annotations

import re

from krlint.loaders.okr_text.labels import (
    _CJK_ORDINAL,
    _DISOWNED,
    _END_GLOSS,
    _OUTSIDE_OKRS,
    _PLURAL_CONTAINER,
    _QUARTER,
    _ROLE_OWNER,
    CONTAINER,
    IGNORED_SECTION,
    KEY_RESULT,
    KEY_RESULTS,
    OBJECTIVE,
    OBJECTIVES,
    OKR_WORDS,
    PERIOD,
    SUCCESS_MEASURES,
    _lazy,
    is_emoji,
    parse_label,
    words,
)

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
metrics kpis kpi blockers blocker decisions format details releases
""")  # (the same sections in other languages: OKR_WORDS)
# Of those, the words of a guide to OKRs, which wins over a title that names OKRs ("What is an
# OKR" is about OKRs; "KPIs and OKRs by team" holds them).
_GUIDE_FIRST = words("""
about faq glossary guide guidelines how introduction what why template instructions scoring
grading definitions terminology methodology writing tips example examples sample samples
""")
# "Example Q1 2025 OKRs", "Quarterly OKRs Example (Q1 2025)", "Q1 2026 OKR Template": a quarter
# of a named year is the team's own, however it is introduced (a template's blanks are blanks
# wherever they stand: `placeholder`)
_SAMPLE_WORDS = frozenset({"example", "examples", "sample", "samples", "template", "templates"})
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
list lists personas format releases constraints
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
        "action plan",
        "action plans",
        "plan of action",
        "functional requirements",
        "non-functional requirements",
        "in scope",
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
    if _KRS_LISTED.fullmatch(core.strip()) or maps_key_results(core):
        # "KR 表", "Key results table": the key results, set out; "Peta KR → Modul", "KR to
        # epic mapping": the key results, each beside what delivers it
        return KEY_RESULTS
    if _OUTSIDE_OKRS.search(plain):
        return IGNORED_SECTION  # "Work that wasn't covered in OKRs": beside them, not them
    glossed = parse_label(core, heading=True).kind if core != plain else None
    if glossed in (KEY_RESULTS, OBJECTIVES):
        return glossed  # "关键成果（OKR）": the key results, glossed
    if _PLURAL_CONTAINER.search(plain):
        return CONTAINER  # "Company OKRs", "KPIs and OKRs by team"
    if _TIMEBOX.search(plain):
        return IGNORED_SECTION  # "Icebreakers (5 mins)": an item of a meeting's agenda
    if label.kind is None and _CJK_QUESTION.search(core):
        return IGNORED_SECTION  # "解决什么问题", "什么时候该推翻重来": as "What problem it solves"
    if short and _objectives_measured(core):
        return CONTAINER  # "Objectives & Success Metrics": the objectives, each measured
    pair = _PAIR.fullmatch(core) if short else None
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


def names_mission(title: str) -> bool:
    """A heading that names a mission ("Mission", "Misión", "使命"): under a bare "Objective"
    heading, the statement beneath it is the objective's ("## 1. Objective" then "### Mission"
    over "Help job-searching PMs get hired faster …")."""
    plain = " ".join(unnumbered(title.strip(" *_:：")).casefold().split())
    return plain in _MISSION


_MISSION = frozenset(
    {
        "mission",
        "our mission",
        "mission statement",
        "misión",
        "missão",
        "使命",
        "ミッション",
        "미션",
    }
)


def names_phase(title: str) -> bool:
    """A heading that names a stage of a plan by its number ("Phase 1: Learn the basics",
    "阶段一：学习基础", "Fase 2 — Piloto", "第二阶段"): the work of that stage is beneath it, not
    a key result (an objective may still be stated for it)."""
    return _PHASE.match(unnumbered(title.strip(" *_"))) is not None


_PHASE = _lazy(
    r"(?i:phase|fase|stage|etapa|étape|stufe)\s*(?:\d{1,2}|[IVX]{1,4}\b)"
    r"|阶段\s*[一二三四五六七八九十\d]|第[一二三四五六七八九十\d]{1,2}阶段"
    r"|フェーズ\s*\d|\d{1,2}\s*단계|단계\s*\d"
)


def _objectives_measured(core: str) -> bool:
    """A title that names objectives and how they are measured ("Objectives & Success
    Metrics"): the OKRs, by other words."""
    pair = _PAIR.fullmatch(core)
    return pair is not None and [section_kind(part) for part in pair.group(1, 2)] == [
        OBJECTIVES,
        SUCCESS_MEASURES,
    ]


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
    ) or _objectives_measured(unnumbered(plain))


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
# "For example:", "Ejemplo de referencia (NO copiar …):", "Sample OKR:": what follows is a sample
# (not "Example Q1 2026 OKRs:", a quarter of a year: the team's own, as under such a heading)
_ANNOUNCES_SAMPLE = _lazy(
    # ("Using a hypothetical example:", "Here is an example:": up to three words before the
    # article)
    r"(?i:(?:(?:[a-z'’]+\s+){1,3}(?=(?:an?|the)\s))?"
    r"(?:an?\s+|the\s+|for\s+|por\s+|par\s+|zum\s+|per\s+)?"
    r"(?:(?:reference|sample|hypothetical|fictional|illustrative|made-up)\s+)?"
    r"(?:examples?|ejemplos?|exemples?|exemplos?|beispiele?|esempio|esempi|samples?|示例|例如|范例|範例)"
    r"\b[^:：\n]{0,80}[:：])\s*"
)
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
    plain = sentence.strip().strip("*_").strip()
    if _ANNOUNCES_SAMPLE.fullmatch(plain) and not _DATED_QUARTER.search(plain):
        return IGNORED_SECTION
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
# the key results set out in a table or a list ("KR 表", "KR table", "Key results list")
_KRS_LISTED = _lazy(
    r"(?i)(?:krs?|key\s+results?)\s*(?:表格?|一览表?|一覧|清单|列表|table|list|overview)"
)
# … or each beside what delivers or drives it ("Peta KR → Modul", "KR to epic mapping", "KR
# map", "Mapa KR ↔ North Star ↔ OST")
_KRS_MAPPED = _lazy(
    r"(?i)(?:(?:peta|mapa|map(?:ping)?)\s+(?:of\s+|de\s+|dos\s+|das\s+)?)?(?:krs?|key\s+results?)"
    r"(?:\s*(?:→|->|⇒|↔|<->)\s*|\s+(?:to|ke|para)\s+)\S.{0,30}|(?:krs?|key\s+results?)\s+map(?:ping)?"
)


def maps_key_results(title: str) -> bool:
    """A title that sets the key results beside what delivers or drives them ("Peta KR →
    Modul", "KR to epic mapping", "Mapa KR ↔ North Star ↔ OST"): where they are read first, it
    lists them; after them, it restates them (`HeadingReading.section_heading`)."""
    return _KRS_MAPPED.fullmatch(title.strip()) is not None


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
    "The OKR process", "CFRs"); or one its author sets aside ("Everything below here is
    junk"). Its lists and sample objectives are never the team's OKRs."""
    plain = unnumbered(
        " ".join("".join(ch for ch in title if not is_emoji(ch)).split()).strip(" :")
    )
    if _DISOWNED.search(plain):
        return True
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
ingredients pillars consist consists explained works kickoff kick-off cadence
원칙 원리 특징
""")
_SECTION_NUMBER = _lazy(
    rf"{_CJK_ORDINAL}\s*(?=\S)|"
    # ("§3 业务目标", "§ 2.1 Objective": a section sign before the number)
    r"(?:§\s?\d{1,3}(?:\.\d{1,3})*\.?|\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+"
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


# the question words of Chinese ("what", "how", "why"), where a title asks what a section
# answers ("解决什么问题": what problem it solves), as English titles open with them
_CJK_QUESTION = _lazy(r"什么|什麼|怎么|怎麼|为什么|為什麼|为何|為何")

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
applies things benefit benefits value expected tip verification linked blockers
specific measurable achievable attainable relevant realistic time-bound timebound
""")
_FIELD = _lazy(
    # (a full-width colon needs no space after it: "预期收益：生产环境下 …")
    # (a gloss in brackets may end the name: "**Lý do (Tại sao):** …", "Plans (Kế hoạch):" —
    # words, not an ID: "Strategy 1 (S-001): …" is no field)
    r"(?P<name>[^\W\d_][\w'’/&+ -]{0,48}?(?:\s*[(（][^()（）\n:：\d]{1,40}[)）])?)"
    r"\s*(?::\s+|：\s*)(?P<value>\S.*)?$|"
    r"(?P<bare>[^\W\d_][\w'’/&+ -]{0,48}?(?:\s*[(（][^()（）\n:：\d]{1,40}[)）])?)\s*[:：]\s*$"
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
    gloss = _END_GLOSS.search(name)
    if gloss is not None and parse_label(gloss.group(1) + ": x").kind in (OBJECTIVE, KEY_RESULT):
        return None  # "Mục tiêu Chiến lược (Strategic Objective)": glossed, it names one
    if _COUNTED.search(name):
        return None  # a count of something states it: "**Release 3 things**: songs, …"
    value = (found.group("value") or "").strip()
    if bold_label or any(w.strip("'’") in _FIELD_WORDS for w in words):
        return "_".join(words), value
    if value and " ".join(words) in _UPDATE_FIELDS:
        return "_".join(words), value
    return None


# a tracker's update fields beside an objective's key results: "- Next: Review the SSO PR",
# "- Last: Closed 2 stale PRs" (with a value: "Next steps:" alone titles a list)
_UPDATE_FIELDS = frozenset({"next", "last", "last update", "latest", "update"})


_COUNTED = _lazy(r"(?<![\w.])\d+(?:[.,]\d+)?\s+[^\W\d_]")


# -- periods ----------------------------------------------------------------------------------
# the months in English, as a period ("October 2026") and as a day ("Feb 15")
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# a day of the calendar: "Feb 15", "15 March 2026", "Mar 15, 2026", "2026-03-15"
_MONTH = rf"(?i:{_MONTHS})\.?"
DAY = (
    rf"{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|"
    r"\d{4}-\d{2}-\d{2}"
)
_DAY_ONLY = _lazy(rf"(?:{DAY})")


def is_day(text: str) -> bool:
    """Whether the words are a day of the calendar and nothing else ("Mar 15", "2026-09-01")."""
    return bool(_DAY_ONLY.fullmatch(text.strip()))


_PERIOD = _lazy(
    # "Company OKRs Q3/2025", "Product Team OKRs Q3 2025": a group's OKRs for the period
    r"(?:(?:[^\W\d_][\w&'-]*\s+){1,3}(?=okrs?\s))?"
    r"(?:(?:okrs?|objectives?(?:\s*(?:and|&)\s*key\s*results)?|goals?|for|in)\s+)*"
    # "Current period: Q1 2026", "This quarter — Q3": a period, introduced by what it is
    r"(?:(?:(?:current|this|next|last|previous)\s+)?(?:period|quarter|half|cycle|term)"
    r"\s*[:：—–-]\s*)?"
    r"(?P<period>(?:FY\s?)?\d{4}(?:[\s/-]*(?:Q[1-4]|H[12]|T[1-3]))?"
    # (a span of quarters: "Q3-Q4 2025", "Q1–Q2")
    r"|(?:Q[1-4]|H[12]|T[1-3])(?:\s*[-–]\s*(?:Q[1-4]|H[12]|T[1-3]))?"
    r"(?:[\s/-]*(?:FY\s?)?(?:\d{4}|\d{2}))?"
    r"|FY\s?\d{2,4}(?:[\s/-]*(?:Q[1-4]|H[12]))?"
    r"|\d{4}\s*[-–/]\s*\d{2,4}"
    rf"|{_MONTHS}(?:\s+\d{{4}})?"
    # a period named by a word ("Annual", "Quarterly"; in other languages from OKR_WORDS)
    r"|annual|yearly|monthly|quarterly|half[\s-]?yearly"
    # a month or week counted from the start ("**Month 2:**", "Month 1 (Launch):"), a quarter
    # or a half spelt out ("QUARTER 2 OKRs (Phase 3):")
    r"|(?:month|week)\s?\d{1,2}|quarter\s?[1-4]|half\s?[12]"
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
