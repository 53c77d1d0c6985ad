"""What a line, a title or an item reads as, from its words alone: a clause or a name, a
statement or a bare label, a period's OKRs, an ID, a goal, a value or a measure. The reader
(`reader.py`) combines these signals with where the words stand in the document."""

from __future__ import annotations

import re
from typing import Any

from krlint import measures
from krlint.loaders import okr_text as T
from krlint.loaders.markdown.nodes import LISTS
from krlint.loaders.markdown.tables import MEASUREMENT_HEADERS, METRIC_HEADERS, numbers
from krlint.loaders.markdown.text import Text

# a field's name and its colon: "Scope:", "创建时间:" (its name in bold, the colon in or after it)
FIELD_LEAD = re.compile(r"[^\W\d][^:：\n]{0,30}[:：]")
# words of an objective label that, in a document's header, say what the whole plan is for
GOAL_WORDS = frozenset({"goal", "goals", "目标", "目標", "목표", "mục tiêu", "tujuan"})
_CJK_LETTER = re.compile(f"[{measures.CJK_LETTERS}]")
UNSPACED_LETTER = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")  # kana, Han
# a list marker as typed, where CommonMark saw none (indented into code, lazy continuation)
# ("-word" without the space only in a code block: a paragraph line "-1%" is not an item)
GT_NOTE = re.compile(r"\s>(?=[^\W\d_])")
# (a check mark typed before each line does a list marker's work: "✅ Build passes")
LINE_MARKER = re.compile(
    r"(?:[-*+•]|\d{1,2}[.)]|[✅✔☑✓☐⬜]\ufe0f?)\s+(?=\S)|(?P<tight>[-•](?=[^\s*\-]))"
)
DASHED_ON = re.compile(r"\s*[-–—]\s+\S")  # " - 基于用户的…": more said of what came before
# … or after a colon or in a parenthesis: "**O1 — Baseline consolidata**: costi documentati ✅"
SAID_ON = re.compile(r"\s*(?:[-–—]\s+|[:：]\s*|[(（])\S")
# an objective's key results in a parenthesis at its end: "… laporan. (KR: a; b).", "(KRs: …)"
# (no leading spaces in the pattern: searched from each of a long run of them, it would read
# the run again from every position)
INLINE_KRS = re.compile(
    r"[(（]\s*(?i:krs?|key\s+results?)\s*[:：]\s*(?P<krs>[^()（）]+?)\s*[)）]\s*[.。]?\s*$"
)
# the field under an identifier heading that states its objective ("**Description:** …")
OBJECTIVE_STATEMENT_FIELDS = frozenset({"description", "statement", "summary"})
_AUXILIARIES = T.words("is are was were be been becomes become became has have had can will")


def clause(text: str) -> bool:
    """Words that say something (a verb krlint's lexicons know, or an auxiliary: "Get the
    integration released", "Desktop replaces go-ipfs", "Companion is the reference"), not a
    theme that names a subject ("Time and engagement with the kids", "Contingency planning":
    an -ing form is as often a noun)."""
    from krlint.nlp.lexicon import builtin_lexicons

    verbs = builtin_lexicons().lemma_table()
    return any(
        (w in verbs and not w.endswith("ing")) or w in _AUXILIARIES
        for w in (w.strip(".,:;!?()\"'").lower() for w in text.split())
    )


def commands(title: str) -> bool:
    """A title of three words or more that opens with a verb in its base form ("Accelerate
    customer initiatives", "Reduce open risks") states an objective, though its last word
    names a section ("Key initiatives", "Open risks")."""
    words = T.clean_objective(title).text.split()
    if len(words) < 3 or T.is_guide(title) or not words[0].isalpha():
        return False
    if {"&", "and", "/", "+"} & {w.lower() for w in words}:
        return False  # "Support & community metrics": nouns listed, not a verb's object
    return (
        _opens_with_verb(words)
        and T.section_kind(words[0]) is None
        # only the last word names a section: "Reduce open risks", not "Update: 3 March"
        and T.section_kind(" ".join(words[:-1])) is None
        and T.section_kind(words[-1]) == T.IGNORED_SECTION
    )


def id_only(text: str, label: T.Label) -> bool:
    """ "KR 1", "**KR1.2**", "1.1", "#3", "b", "G2.7": an ID with no words of its own (a letter
    alone in a KR column letters the rows: "| a | Achieve NPAT | 7.80 |")."""
    if label.kind == T.KEY_RESULT and label.generic:
        return True
    return not T.clean_key_result(text).text.strip(" .#") or bool(_ID_ALONE.fullmatch(text.strip()))


_ID_ALONE = re.compile(r"#?\d+(?:\.\d+)*\.?|[^\W\d_][.)]?|[A-Z]{1,3}\d{1,2}(?:\.\d{1,2})+")


_PLACEHOLDER_WORDS = T.words("""
shipped done launched live yes no complete completed ga tbd tba n/a na none - — – ? x ✓
on track at risk behind
""")


def aside(text: str) -> bool:
    """A line wholly in brackets ("(KR de semver …, foi satisfeito antes da sprint.)"): a remark
    set aside from the list it sits in, not one of its items."""
    plain = text.strip(" *_.。")
    if len(plain) < 2 or plain[0] not in "(（" or plain[-1] not in ")）":
        return False
    depth = 0
    for n, ch in enumerate(plain):
        depth += ch in "(（"
        depth -= ch in ")）"
        if depth == 0 and n < len(plain) - 1:
            return False  # "(P0) Ship the beta": a bracket opens it, the words follow
    return depth == 0


# "e.g. CI duration, PR review time": examples of what a line above means, not a line of its own
EXAMPLE_LINE = re.compile(r"\s*(?:e\.\s?g\.?|i\.\s?e\.?|eg\b|for example\b|note\b)", re.I)


def repeats_awaited(label: T.Label) -> bool:
    """A label with no words of its own where a statement is awaited ("_Key Result_:" under
    "#### O3KR2", "Objective:" after "OKR #1:"): it repeats what is awaited; the words follow."""
    return (label.generic and label.kind in (T.OBJECTIVE, T.KEY_RESULT)) or (
        label.kind in (T.OBJECTIVES, T.KEY_RESULTS) and not label.text
    )


# a plan field that names what a key result aims at: under a heading that only names the key
# result, its line states it
TARGET_FIELDS = frozenset({"target", "goal", "meta", "objetivo", "ziel", "cible"})
# … or the target for a period of a series ("Meta Q2 2026" then "Meta Q4 2026", "Target H1",
# "Target 2027"): of those, the last is what the key result aims at ("q": `field_of` keeps
# letters only)
_PERIOD_PART = re.compile(r"q[1-4]?|h[12]?|fy(?:\d{2,4})?|(?:19|20)\d\d|eoy|eoq")


# (of those, the words that name a target whatever qualifies them: "goal" and "objetivo"
# qualified name other things, "Objetivo del proyecto")
_QUALIFIED_TARGETS = frozenset({"target", "meta", "cible", "ziel"})


def target_field_name(name: str) -> tuple[bool, bool] | None:
    """Whether a field's name ("meta_q4_2026", as `field_of` gives it) names a target: (True,
    period-qualified?) or None."""
    first, _, rest = name.partition("_")
    if first not in TARGET_FIELDS:
        return None
    if not rest:
        return (True, False)
    if all(_PERIOD_PART.fullmatch(part) for part in rest.split("_")):
        return (True, True)
    if first in _QUALIFIED_TARGETS and rest.count("_") < 4:
        return (True, True)  # "Meta con el MVP", "Target for launch": a target, qualified
    return None


# bold labels of a field, or names of a table column beside a KR ID, that hold a key result's
# statement ("**Content:** …", "**Nội dung:** …", "| KR | Statement | Metric | Target |")
STATEMENT_FIELDS = frozenset(
    {
        "statement",
        "kr statement",
        "content",
        "description",
        "definition",
        "key result",
        "kr",
        "title",
        "제목",
        "标题",
        "標題",
        "título",
        "titre",
        "titel",
        "titolo",
        "nội dung",
        "mô tả",
        "descripción",
        "descrição",
        "descricao",
        "内容",
        "描述",
    }
)


def states_in_field(text: Text) -> bool:
    """A bold-labelled item whose label says it holds the statement ("**Nội dung:** …")."""
    if text.bold_end is None or not text.bold_label:
        return False
    name = text.plain.split(":", 1)[0].split("：", 1)[0].strip().lower()
    return name in STATEMENT_FIELDS and len(text.plain.split()) > 3


def names_a_group(title: str) -> bool:
    """A short title that names a team or an area ("Marketing", "Customer Engineering",
    "Product/Engineering"), not one that states an objective ("Build team + culture")."""
    words = T.clean_objective(title).text.replace("/", " ").split()
    if not words or len(words) > 4 or measures.has_number(title):
        return False
    return not _opens_with_verb(words)


def _opens_with_verb(words: list[str]) -> bool:
    """Whether a title's first word is a verb krlint's lexicons know, in its base form: the
    title asks for something ("Reduce open risks", "Build team + culture") rather than naming
    a thing ("Marketing", "Support & community")."""
    from krlint.nlp.lexicon import builtin_lexicons

    first = words[0].strip(".,:;!?()\"'").lower()
    return builtin_lexicons().lemma_table().get(first) == first


# a value at the start of a text: "45 % → 60 %", ">50 % of players", "≤ 2 h", "$1.2M"
VALUE_FIRST = re.compile(r"\s*[~≈<>≤≥=+\-−]?\s*[$€£¥₹]?\d")


def _statement(text: str) -> bool:
    """A cell that states a key result on its own: a sentence of several words, not a value
    with its unit ("5+", "≥ 90%", "10-50 users / 1-5 co.") or a value with a note."""
    return not VALUE_FIRST.match(text) and len(re.findall(r"[^\W\d_]{3,}", text)) >= 4


def brief(text: str) -> bool:
    """A target cell of a value and its unit, with a note in parentheses or not ("200", "6
    tools", "3 (Jira, Notion, Slack)"), not one that names what it counts ("1,000 weekly
    active developers")."""
    return len(re.findall(r"[^\W\d_]{3,}", re.sub(r"\([^()]*\)", "", text))) <= 1


def value_only(text: str) -> bool:
    """A cell that holds a value and no words of its own ("≧55%", "> 1,000", "≤ 2 h")."""
    return bool(numbers(text)) and not re.search(r"[^\W\d_]{3,}", text)


_WORD = re.compile(r"[^\W_]+")
# "1.2. [X] Put the blog online": a line numbered under item 1 of an outline
OUTLINE_NUMBER = re.compile(r"\s*(\d{1,2})\.\d{1,2}\.?\s+(?=\S)")


def name_words(name: str) -> frozenset[str]:
    """The words of an objective's name, a plural as its singular ("Deliberate decisions" names
    "Make every renewal a deliberate decision")."""
    return frozenset(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in _WORD.findall(name.casefold())
    )


def unlabelled(text: str) -> str:
    """An objective's words without its label ("Objective 1: Research", "Obj 1: Research" →
    "Research")."""
    label = T.parse_label(text)
    if label.kind == T.OBJECTIVE and label.text:
        return label.text
    short = _SHORT_OBJECTIVE_LABEL.match(text)
    return text[short.end() :] if short else text


_SHORT_OBJECTIVE_LABEL = re.compile(r"\s*(?i:obj)\.?\s?\d{1,2}\s*[:.：]\s*")


def shortens(name: str, objective: str) -> bool:
    """A name most of whose words are the objective's: the objective, named again in short
    ("Single Operating System" for "Establish a Single, Authoritative Operating System")."""
    words = name_words(T.clean_objective(name).text)
    return bool(words) and 2 * len(words & name_words(objective)) >= len(words)


# a title that names the OKRs or their parts ("March 2026 Key Results (Checkpoint Goals)")
# "#### 1. OKR Continue to win against GitHub => 66%": the method's word before an objective's
# words, with no colon between (the heading stands in for the objective of key results beneath)
OKR_BEFORE_WORDS = re.compile(r"(?:\d{1,2}[.)]\s+)?OKRs?\s+(?=[A-Z\"“'‘]\S*\s+\S+\s+\S)")
# "## Security OKRs", "## Performance OKRs": an area's OKRs, the area named before the word
# (and the period they are for, when one is named between: "## Community 2022-Q1 OKRs")
AREA_BEFORE_OKRS = re.compile(
    r"(?P<area>[A-Z][\w&/-]*(?:\s+[A-Z&][\w&/-]*){0,2})(?:\s+(?P<period>\S+))??\s+OKRs?"
)
# … not a word that says whose or which they are ("Team OKRs", "Draft OKRs", "Q3 OKRs")
_NOT_AN_AREA = frozenset(
    [
        "team",
        "company",
        "department",
        "our",
        "my",
        "your",
        "their",
        "the",
        "current",
        "draft",
        "proposed",
        "quarterly",
        "annual",
        "yearly",
        "monthly",
        "weekly",
        "sprint",
        "launch",
        "mvp",
        "phase",
        "year",
        "quarter",
        "initial",
        "new",
        "next",
        "last",
        "top",
        "key",
        "core",
        "main",
        "individual",
        "personal",
        "group",
        "squad",
        "org",
        "organization",
        "organisation",
        "cross-functional",
        "shared",
        "example",
        "sample",
        "project",
        "product",
    ]
)


def okrs_area(title: str) -> str | None:
    """The area a heading's OKRs are for ("Security" in "Security OKRs"), when it names one
    and not a period or whose they are."""
    found = AREA_BEFORE_OKRS.fullmatch(title.strip())
    if found is None:
        return None
    area, period = found.group("area"), found.group("period")
    head, _, last = area.rpartition(" ")
    if period is None and head and T.period_of(last):
        area, period = head, last  # ("Security Q3 OKRs")
    if period is not None and not T.period_of(period):
        return None
    words = area.lower().split()
    if any(w in _NOT_AN_AREA for w in words) or T.period_of(area) or any(c.isdigit() for c in area):
        return None
    return area


# the words that name OKRs, and those that only say whose they are: a heading of nothing else
# ("## OKRs", "## Our Objectives and Key Results") names no period, phase or team of them
_OKR_NAMING_WORDS = re.compile(
    r"(?i)\b(?:okrs?|objectives?|key\s*results?|krs?|and|our|the|my|of|for)\b|[^\w]+"
)


# a note after a heading's words: "(First 90 Days)", "(Personal Utility)"
_HEADING_NOTE = re.compile(r"\s*[(（](?P<note>[^()（）]{1,60})[)）]\s*$")


def okrs_named_for(title: str) -> bool:
    """A heading that names the OKRs of something — a period, a phase, a team ("MVP OKRs (First
    90 Days)", "Q1 OKRs") — not the bare word ("OKRs", "Our OKRs"), and in its words, not in a
    note after them ("Open decisions (queued for the OKR working session)" names decisions)."""
    core = _HEADING_NOTE.sub("", title)
    return T.names_okrs(core) and bool(_OKR_NAMING_WORDS.sub("", core))


def okrs_named_aim(title: str) -> tuple[int, int] | None:
    """Where a note after such a heading says what the OKRs are for ("Phase 1 OKRs (Personal
    Utility)"; "(Draft - Public Beta)": a status before a dash is no part of it) — the words of
    the objective the heading stands in for. None for a span of time ("(First 90 Days)")."""
    found = _HEADING_NOTE.search(title)
    if found is None:
        return None
    start, end = found.span("note")
    dash = re.search(r"\s[-–—]\s", title[start:end])
    if dash is not None:
        start += dash.end()
    words = title[start:end]
    start += len(words) - len(words.lstrip())
    words = words.strip()
    if not words or re.search(r"\d", words) or T.period_of(words) or len(words.split()) > 6:
        return None
    return start, start + len(words)


NAMES_OKR_PARTS = re.compile(r"(?i)\b(?:key\s*results?|krs|okrs?|objectives?|goals)\b")


def period_okrs_fenced(lines: list[str]) -> bool:
    """A fence's Markdown that opens with a period's OKRs ("## Q1 2026 OKRs") and labels its
    objectives and key results beneath."""
    first = next((line.strip() for line in lines if line.strip()), "")
    return first.startswith("#") and period_okrs(first.lstrip("#").strip()) and labels_okrs(lines)


def period_okrs(title: str) -> bool:
    """A heading that names the OKRs of a period ("Q4 2025 OKRs", "Q1 OKRs")."""
    return T.period_of(title) is not None and T.names_okrs(title)


# "Pain point: Too many leads", "文案：「…」": a field of two or three words and its value
NAMED_VALUE = re.compile(r"\s*[^\s:：][^:：\n]{0,30}?[:：]\s*\S")


def bold_names_okrs(lines: list[Text]) -> bool:
    """A bold line alone that names the OKRs, standing as a heading does ("**Proposed OKRs
    (2026-06-08 to 2027-12-31)**" under "### What does success look like?")."""
    return len(lines) == 1 and lines[0].bold and T.names_okrs(lines[0].plain)


def numbered_objective(lines: list[Text]) -> bool:
    """A bold line alone that labels a numbered objective ("**Objective 1: Achieve PMF**")."""
    if len(lines) != 1 or not lines[0].bold:
        return False
    label = T.parse_label(lines[0].plain)
    return label.kind == T.OBJECTIVE and bool(label.text) and "label" in label.fields


# plan fields that say what a key result is measured by ("**Measure:** …", "**衡量标准**: …")
MEASURE_FIELDS = (METRIC_HEADERS - MEASUREMENT_HEADERS) | frozenset(
    {"measure", "measured by", "success measure", "衡量标准", "评估标准", "衡量指标"}
)


def named_key_result(named: tuple[Text, T.Label]) -> tuple[Text, T.Label, dict[str, Any]]:
    """A heading that names a key result, its words cleaned of the notes that end them ("KR1.1:
    Grow the community [Could]"), before a field beneath is joined to them; the notes as fields."""
    text, label = named
    cleaned = T.clean_key_result(text.plain[label.start :], base=label.start)
    return text.sub([*range(label.start), *cleaned.index]), label, cleaned.fields


def long_statement(title: str) -> bool:
    """A heading of six words or more (past its number): a sentence, not a group's name."""
    return len(T.unnumbered(title).split()) >= 6


_DUE_WORDS = T.words("by in until before end of eo due")


def _due_only(value: str) -> bool:
    """A period or a day and nothing else ("Q2 2026", "by H1 2026", "end of March 2026", "Mar
    15"): a due date."""
    words = value.split()
    while words and words[0].lower() in _DUE_WORDS:
        words.pop(0)
    if T.is_day(" ".join(words)):
        return True
    when = T.period_of(" ".join(words))
    if not when:
        return False
    rest = " ".join(words).lower().replace(when.lower(), " ")
    return all(w in _DUE_WORDS for w in re.findall(r"\w+", rest))


_BASELINE_ASIDE = re.compile(
    r"\s*\((?i:baseline|currently|current|today|now|actual|atual|actualmente|hoy)\b[^()]*\)"
)


def joins(metric: str, target: str) -> bool:
    """Whether "Metric: Target" says the key result. A target in words (how it is measured,
    when it is done: "Unit tests pass | green in CI", "Collect 30 data points | reduces cold-
    start error") always adds to the statement unless it is a placeholder or a status
    ("Shipped", "On track"). A number adds only where the statement states no target of its own
    (no comparison or change to a number: "Reduce churn by 50% | 14%") and is not the
    statement's number again ("Reach 10k users | 10k"); a number that is only part of what is
    measured ("Check-in with the 4 partners | 6/6 meetings held") does not stop the join, nor
    does the same number measuring something else."""
    value = T.clean_key_result(target).text
    if not value or value.lower() in _PLACEHOLDER_WORDS or T.is_status(value):
        return False
    if _due_only(value):
        return False  # "| Auto Staking generally available | Q2 2026 |": when, not how much
    if not numbers(value):
        return any(ch.isalpha() for ch in value) and not all(
            w.lower() in _PLACEHOLDER_WORDS for w in value.split()
        )
    # ("… a live track (baseline 0 of 3) | 3 of 3 modes live": where it starts, in brackets,
    # is no target of the statement's own)
    metric = _BASELINE_ASIDE.sub("", metric)
    if measures.has_number(metric) and (
        measures.has_baseline(metric) or measures.states_change_without_start(metric)
    ):
        return _says_more(value, metric)
    in_metric = numbers(metric)
    # (the same number measuring something else says more: "100% of agent actions logged
    # immutably | ≥100 events/sec write throughput")
    return not in_metric or not numbers(value) <= in_metric or _says_more(value, metric)


_NAMING_WORD = re.compile(r"[^\W\d_]{3,}")


def _says_more(value: str, metric: str) -> bool:
    """Whether a target names two or more words its statement does not: a second measure, not
    the statement's number again ("Reach 10k users | 10k users")."""
    said = {w.casefold() for w in _NAMING_WORD.findall(metric)}
    return sum(1 for w in _NAMING_WORD.findall(value) if w.casefold() not in said) >= 2


def any_labelled(lines: list[str], kind: str) -> bool:
    """Whether one of the lines labels an objective or a key result (`kind`), with its words
    (a list marker before the label too) — on the label's line, or on the line after a bare
    label ("Objective (O1):" then "  Tornar a frota mais segura.")."""
    for n, line in enumerate(lines):
        label = T.parse_label(line.strip().lstrip("-*+ "))
        if label.kind != kind:
            continue
        if label.text:
            return True
        after = lines[n + 1].strip() if n + 1 < len(lines) else ""
        if label.generic and after and T.parse_label(after).kind is None:
            return True
    return False


def announces_key_results(lines: list[str], *, one: bool = False) -> bool:
    """Whether a line names the key results that follow ("**Key Results:**") — with `one`,
    or labels one ("**关键结果**：", one word for both in CJK; "- KR1：…")."""
    kinds = (T.KEY_RESULTS, T.KEY_RESULT) if one else (T.KEY_RESULTS,)
    return any(T.parse_label(line.strip().lstrip("-*+ ")).kind in kinds for line in lines)


def labels_okrs(lines: list[str]) -> bool:
    """Whether lines label an objective and a key result, each with its words: what a fence
    or a quote must hold to be read (`_Reader.fenced`, `_Reader.quoted`)."""
    return any_labelled(lines, T.OBJECTIVE) and any_labelled(lines, T.KEY_RESULT)


def generic_label(text: str, kind: str) -> bool:
    """A line that only names what follows ("ANNUAL OBJECTIVE", "Q4 2025 Objective:",
    "Objective"): the label of `kind` and a period at most, no words of its own."""
    label = T.parse_label(text)
    if label.kind == kind and label.generic:
        return True
    when = T.period_of(text)
    label = T.parse_label(" ".join(text.replace(when, " ").split())) if when else label
    return label.kind == kind and label.generic


_NAME_PARTS = re.compile(r"[-_/]")


def page_name(words: str) -> bool:
    """Words that are a file's or a folder's name ("KR2-Paquetes-Servicio", "kr_3_guide"):
    three parts or more joined without a space."""
    words = words.strip()
    return (
        bool(words)
        and not any(ch.isspace() for ch in words)
        and len([part for part in _NAME_PARTS.split(words) if part]) >= 3
    )


def announces_no_okrs(line: str, following: str | None) -> bool:
    """A line of its own, with no label, that says the list or fence beneath it (`following`,
    its node type) holds no OKRs: "For example:", "Using a hypothetical example:" (a sample),
    "… follow these guidelines:" — read so by the paragraph reader and the prescan alike."""
    return (
        following is not None
        and (following in LISTS or following == "fence")
        and T.parse_label(line).kind is None
        and T.announced(line) == T.IGNORED_SECTION
    )


def about(text: str) -> bool:
    """An item that is about OKRs or asks something: never a key result."""
    return T.about_okrs(text) or T.asks(text)


def asks_in_bold(text: Text) -> bool:
    """An item that opens with a question in bold ("**Why this objective?** It reminds the
    team …"): the reason for an objective, never its key result."""
    if text.bold_end is None:
        return False
    # in any language: a bold lead that ends with a question mark asks ("Tại sao …?")
    return text.until_bold_end().plain.strip().rstrip(":：*_ ").endswith(("?", "？"))


# the end of a sentence with another after it ("… specific goals. Mine is …", "…目标。我的…")
SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[\"“(]?[A-Z])|[。！？](?=\S)")


def is_prose(texts: list[str]) -> bool:
    """Items most of which run to more than one sentence, none labelled, and state no number
    or run long: prose set as a list (rules, principles, a diary's points, a paragraph per
    item), not key results, which state one thing each, mostly a number ("Reduce p95 latency
    to 200ms. Measured weekly." is one; a labelled "KR1: …。验收：…" is one whatever follows)."""
    if len(texts) < 2 or any(T.parse_label(t).kind is not None for t in texts):
        return False
    return 2 * sum(
        1
        for t in texts
        if SENTENCE_BREAK.search(t.strip().rstrip(".。!！?？ "))
        and (len(t.split()) >= _PROSE_WORDS or not measures.has_number(t))
    ) > len(texts)


_PROSE_WORDS = 30  # an item this long, of several sentences, is a paragraph


ANNOUNCES = re.compile(
    r"\b(?:the\s+following|as\s+follows|los\s+siguientes|las\s+siguientes|"
    r"les\s+suivant(?:e)?s|folgende[n]?)\b[^:：]{0,80}[:：]$",
    re.I,
)


UNFINISHED = re.compile(r"\b(?:to|includes|including|of)\s*$", re.I)


# a key result's ID of a letter and a number before its words, in a KR column: "A1 · …", "B2 — …"
LETTER_ID = re.compile(r"\s*(?P<id>[A-Z]\d{1,2}(?:\.\d{1,2})?)\s*[·—–:]\s+(?=\S)")
# an objective's ID, and nothing more: "BO-1", "Obj 3", "OKR-2", "G2"
LISTED_ID = re.compile(r"[A-Za-z]{1,4}[\s.\-]?\d{1,2}")


def id_key(ident: str) -> str:
    """An ID as it may be written several ways: "O1", "Objective 1", "Obj 1"; "KR1",
    "Key Result 1", "**KR 1**"."""
    key = "".join(ch for ch in ident.lower() if ch.isalnum())
    key = re.sub(r"^(?:objective|obj|goal)(?=\d)", "o", key)
    return re.sub(r"keyresult(?=\d)", "kr", key)


# a key result's ID that names its objective too: "KR 1.2", "KR-0.1", "O1-KR1", "O2.KR3"
QUALIFIED_KR_ID = re.compile(r"\d\s*[.\-]\s*\d|(?i:o\d+\s*[.\-]?\s*kr)")


def objective_part(ident: str) -> str | None:
    """The objective a key result's ID names: "1" in "KR1.2", "O1-KR3", "KR-1.1"."""
    found = re.match(r"\s*(?i:o(?:bj(?:ective)?)?)\s*(\d+)", ident) or re.search(
        r"(\d+)\s*[.\-]\s*\d", ident
    )
    return found.group(1).lstrip("0") or "0" if found else None


def goal_label(label: T.Label) -> bool:
    """A label that names a goal ("Goal:", "目标："), with an ID or without one."""
    return label.kind == T.OBJECTIVE and label.name.lower() in GOAL_WORDS


def bold_name(text: Text, label: T.Label) -> tuple[Text, dict[str, str]] | None:
    """A labelled key result whose bold part is the label and a short name, the statement after
    it: "**KR1: Enemy AI.** Implement 4 ghost behaviours …" → the statement, named "Enemy AI".
    When only a parenthesis follows ("**KR3: Reach a wider audience.** (Reserved for later)"),
    the bold part is the key result and the parenthesis a note. None when neither applies
    (the bold part states the key result: "**KR2: 12 trips.** Commentary …")."""
    end = text.bold_end
    if end is None:
        return None
    cut = next((i for i, at in enumerate(text.pos) if at > end), None)
    if cut is None or cut <= label.start:
        return None
    name = text.plain[label.start : cut].strip()
    rest = text.plain[cut:].strip()
    if not rest or not name:
        return None
    if rest[0] in "(（" and rest.rstrip(".。 ")[-1:] in ")）":
        return text.sub(list(range(0, cut))), {"note": rest.strip("(（)）.。 ")}
    short = name.strip(" .:：")
    cjk_rest = len(_CJK_LETTER.findall(rest))
    if name.rstrip()[-1:] in ".:：" and (
        (names_only(name) and _title_case(name) and len(rest.split()) >= 5 and rest[:1].isupper())
        # "**KR1 传统感知：** 以“握手”作为…", "**KR2 VLA/WM：** 针对…": a short name, then the
        # statement in a language written without spaces
        or (0 < len(short) <= 12 and not any(ch.isdigit() for ch in short) and cjk_rest >= 10)
    ):
        start = len(text.plain) - len(text.plain[cut:].lstrip(" :："))
        return text.sub(list(range(start, len(text.plain)))), {"name": name.strip(" .:：")}
    return None


_MINOR_WORDS = T.words("a an the and or of for to in on at by with vs via per")


def _title_case(name: str) -> bool:
    """A name, not a sentence: each word but the small ones starts with a capital ("Enemy AI",
    "UI/State Feedback", "Error-Free Experience"; not "Days below target weight")."""
    significant = [w for w in name.split() if w.lower() not in _MINOR_WORDS]
    return bool(significant) and all(w[:1].isupper() for w in significant)


def names_only(words: str) -> bool:
    """A key result heading's words that name it rather than state it ("Leading metric",
    "Activation"): a few words, no number."""
    clean = T.clean_key_result(words).text
    if indicator_named(clean):
        return True  # "Leading: what users actually do (predicts the future)": its kind, named
    return (
        bool(clean)
        and sum(1 for w in clean.split() if any(ch.isalnum() for ch in w)) <= 4  # ("·", "/")
        # (a language written without spaces states a sentence in one "word"; Korean has them)
        and len(UNSPACED_LETTER.findall(clean)) < 6
        and not measures.has_number(clean)
        and not any(ch.isdigit() for ch in clean)
    )


# the kind of indicator a key result heading names before what it is about ("KR1 — Leading:
# usage", "KR2: Lagging Indicator (business value)"), its statement set below it
_INDICATOR_TYPE = re.compile(
    r"(?:leading|lagging|quality|health|guardrail|counter|input|north[ -]star)"
    r"(?:\s+(?:indicator|metric|kr))?\s*(?:[:：(（]|[-–—]\s|$)",
    re.I,
)
# … or names it in brackets after a word of its own language ("KR1: Chỉ số dẫn dắt (Leading
# Metric - Phản ánh Hành vi)")
_INDICATOR_NAMED = re.compile(
    r"[(（]\s*(?:leading|lagging|quality|health|guardrail|counter|input|north[ -]star)"
    r"\s+(?:indicator|metric|kr)\b",
    re.I,
)


def indicator_named(words: str) -> bool:
    """The words of a key result heading name the kind of indicator it is, first or in
    brackets: its statement is set beneath it."""
    return bool(_INDICATOR_TYPE.match(words) or _INDICATOR_NAMED.search(words))


def wrapped_statement(lines: list[Text], whole: Text) -> bool:
    """A paragraph wrapped over a few lines that is one sentence with a number and a threshold
    ("≥ 50", "at least", "no more than"): a key result's statement, not commentary (which runs
    to more sentences, or says no target)."""
    plain = whole.plain.rstrip(".")
    return (
        2 <= len(lines) <= 6
        and len(plain.split()) >= 8
        and measures.has_number(plain)
        and measures.vocabulary().threshold_pattern.search(plain) is not None
        and SENTENCE_BREAK.search(plain) is None
    )


def states(text: Text, *, heading: bool = False) -> bool:
    """Beneath a heading that only names a key result, the line that states it: set apart by
    its author (a sub-heading, or a paragraph all in bold) and reading as a statement — a sub-
    heading with a number ("### ≥ 65% of users rewrite …"), a bold line with a number or of more
    than a few words. A plain paragraph there is commentary, a progress bar or a directive."""
    if text.line != text.last_line or not text.plain:
        return False
    if heading:
        return measures.has_number(text.plain)
    if text.bold_end is not None and not text.bold and not text.bold_label:
        # "**≥ 70%** of sessions finish the full loop …": it opens with its measure in bold
        return measures.has_number(text.until_bold_end().plain)
    return text.bold and (measures.has_number(text.plain) or not names_only(text.plain))


def objective_like(text: Text, *, strong: bool = False) -> bool:
    """A short unlabelled line that could head a list: not an intro ("OKRs:"), not a sentence,
    not an italic note (a bold one only when `strong`)."""
    plain = text.plain
    return (
        bool(plain)
        and "\n" not in plain
        and text.line == text.last_line
        and not plain.endswith((":", ".", "："))
        and (strong or not text.bold)
        and len(plain.split()) <= 16
        and T.parse_label(plain).kind is None
        and T.field_of(plain) is None
    )


def bare_objective(title: str) -> bool:
    """A heading that is the objective label alone ("## Objective", "## O"): its statement is
    beneath it, and the OKRs start there."""
    return title.strip().lower() in ("o", "objective")


def labelled_objective(title: str) -> bool:
    """A heading that opens with an objective label and states it ("Objective: Availability",
    "O2 — Faster builds"): the author says an objective starts here, whatever section it sits in
    (in a guide to OKRs it is a sample: see `heading`). A word before the label makes it
    something said about an objective ("Possible objective: …" in a discussion), not one."""
    label = T.parse_label(title, heading=True)
    if label.kind == T.OBJECTIVE and label.generic and bare_objective(title):
        return True  # "## Objective" (or "## O") over its statement, then "## Key Results"
    if label.kind != T.OBJECTIVE or not (label.text or (label.generic and "label" in label.fields)):
        return False  # (a numbered label alone, "### O1", says so too: its statement is below)
    at = title.find(label.name)
    return at >= 0 and not any(ch.isalpha() for ch in title[:at])


# A key result marked with its priority, as some teams' trackers export them: "P1 - Sign off on
# the spec", "Ship predicted points API P1 0.50" (the priority, then the grade). A file that
# marks its lines so, again and again, says by the mark which lines are key results.
PRIORITY_MARK = re.compile(r"^\s*P[0-4]\s*[-–—:]\s+\S|\sP[0-4](?:\s+[01]\.\d{1,2})?\s*$")
# a note that opens with its name: "End of quarter result: …", "[Measure is: …]"
LABELLED_NOTE = re.compile(r"\W*[^\W\d][^:：.!?]{0,40}[:：]\s")
# … and a grade after a line's words in such a file: "Implement the existing standards 0.75";
# a priority, "Use TSF instead of IMM32 P2"
GRADE_AFTER = re.compile(r"\s+[01]\.\d{1,2}\s*$")
PRIORITY_AFTER = re.compile(r"\s+P[0-4]\s*$")


def priority_marked(text: str) -> bool:
    """A line (or a heading, or a paragraph wrapped over two lines) marked with its priority."""
    return bool(PRIORITY_MARK.search(" ".join(text.split())))
