"""A key result's or an objective's own words: IDs, owners, status and progress notes, scores,
Dataview fields, emoji and trailing initiatives removed, every character keeping the offset
it came from (`Cleaned.index`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from krlint.loaders.okr_text.labels import (
    _BARE_ID,
    _BIDI,
    _CJK_PAREN_STATUS,
    _COMPACT_ID,
    _ENUMERATOR,
    _LABEL,
    _LEADING_GRADE,
    _LENTICULAR_TAG,
    _PRIORITY,
    _PRIORITY_INITIALS,
    _QUARTER,
    _ROLE_OWNER,
    _STATUS_WORDS,
    KEY_RESULT,
    OBJECTIVE,
    _accept,
    _kind,
    _lazy,
    is_emoji,
    is_status,
    parse_label,
    words,
)
from krlint.loaders.okr_text.sections import (
    DAY,
    field_of,
    period_of,
)


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

    def rewrite(self, start: int, end: int, chars: list[tuple[str, int]]) -> None:
        """Put new characters in place of start..end, each from the position given (in `s`)."""
        self.idx[start:end] = [self.idx[at] for _, at in chars]
        self.s = self.s[:start] + "".join(ch for ch, _ in chars) + self.s[end:]

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
# "(STRETCH) Show touch selection handles …": which kind of key result, in brackets before it
_LEAD_KIND = _lazy(r"[(（]\s*(?P<kind>(?i:stretch|committed|aspirational|optional))\s*[)）]\s*")
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
# "(currently 84%)", "(baseline: 12)", "(actualmente: 150) - 30%" (with its progress after it):
# where it starts, kept as the `baseline` field
_PAREN_BASELINE = _lazy(
    r"\(\s*(?i:currently|current|now|was|baseline|actual|actualmente|atualmente|actuellement|"
    r"aktuell|derzeit)\b"
    r"\s*:?\s*[^()]{1,80}\)(?:\s*[-–—]\s*(?P<progress>\d{1,3}(?:\.\d+)?\s*%))?\s*\.?\s*$"
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
    r"(?:§\s?\d+(?:\.\d+)*|(?![QH]\d-)[A-Z]{1,3}\d-\d{1,2}[a-z]?|[A-Z]{1,3}-\d{1,2}\.\d{1,2}|"
    # an epic's or a requirement's letter and number: "(E-16)", "(К-3/К-4)"
    r"[A-ZА-Я]-\d{1,3}\b|"
    # a requirement's ID: "(NFR-COR-01, NFR-COR-05)", "(NFR-FAIR-01/02)", "(NFR-PER-01..04)"
    r"[A-Z]{2,5}(?:-[A-Z]{2,6})+-\d{1,3}(?:(?:\.\.|/|[-–])\d{1,3})?)"
)
# "… утверждены — 2026-06-14", "… (E-16) — sprint-eval-02 Task 03", "… — exp-003, Δ +0.104",
# "… → eval-04": the day it was done, or the run, sprint or task that shows it — a tracker's
# pointer to its evidence (a slug of words and a number), not what the key result says
_EVIDENCE_TAIL = _lazy(
    r"(?:\s[—–]\s*|\s(?:→|->)\s*)"
    r"(?:\d{4}-\d{2}-\d{2}|[a-z][a-z0-9]*(?:--?[a-z0-9]+)*--?\d{2,}[\w-]*)"
    r"(?:[\s,+]+[^—–→]{0,40})?\s*$"
)
# "… / Target: <3초 / Timeline: Cycle 1 완료 후 즉시": the last of a tracker's fields says when,
# not what or how much
_SLASH_TIMELINE = _lazy(
    r"\s/\s*(?i:timeline|time\s?frame|deadline|due(?:\s+date)?|eta|when|prazo|plazo)\s*[:：]"
    r"\s*(?P<day>[^/]{1,60})$"
)
_PAREN_REF = _lazy(
    rf"\(\s*(?:[A-Z][\w-]*\s+)?{_REF_CODE}"
    rf"(?:\s*[·,;/&]\s*(?:[A-Z][\w-]*\s+)?(?:{_REF_CODE}|[A-Z]{{1,3}}-\d{{1,2}}))*\s*\)\s*\.?\s*$"
)
# "## O1: 知识图谱扩展 (P0)", "… (M0)": a priority or the milestone it belongs to, after the words;
# "#### KR1.1: 扩展算法套件 [Must]", "(Should have)": a MoSCoW priority
# "Ship predicted points API P1 0.50": a tracker's export, the priority then the grade after
# the words (a priority alone may be the words': "MTTR para incidentes P0")
_TRAILING_PRIORITY_GRADE = _lazy(r"\s(?P<priority>P[0-4])\s+(?P<grade>[01]\.\d{1,2})\s*$")
# "… in M82 #Implement", "… to improve interop #Velocity", "Fix 10 regression bugs
# (#blink-pe-bugs)": the themes it is tagged with (a bare tag capitalised: "#announcements"
# names a channel the words may need)
_TAGS = _lazy(r"(?:\s+#[A-Z][A-Za-z]{1,30}|\s*[(（]#[a-z][\w-]{1,40}[)）])+\s*$")
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
_PAREN_TARGET_DAY = _lazy(
    r"[(（]\s*(?i:target(?:\s+date)?|eta)\s*[:：]?\s*"
    rf"(?P<day>{DAY})\s*[)）]\s*\.?\s*$"
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
# "… > 40%（Week 4）", "(by Month 3)", "(第8周)", "(Weeks 1-2)": the point (or span) in the plan
# it is due by, counted from its start (not "(mês 1)" after a count: in a language with no such
# notes, which month of the count it is)
_PAREN_DUE_POINT = _lazy(
    r"[(（]\s*(?P<day>(?:(?i:by|until|till|at|end\s+of)\s+)?"
    r"(?i:weeks?|wks?|months?|days?|sprints?)\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?|"
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


def outline_number(label: str) -> bool:
    """Whether an ID is only a section's number in the document's outline ("11.1", "3.2."),
    not an objective's or a key result's own ("O1", "Objective 2")."""
    return _OUTLINE_NUMBER.fullmatch(label.strip() + " ") is not None


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
    r"[•·“”‘’«»¹²³⁴⁵⁶⁷⁸⁹⁰\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\u20e3"
    r"\u2190-\U0010ffff\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def _noisy(text: str) -> bool:
    """A character anywhere in `text` that one of the cleaning patterns reacts to."""
    return bool(
        _NOISE_ASCII.search(text)
        or (not text.isascii() and _NOISE_WIDE.search(text))
        or (text.count("$") >= 2 and _MATH.search(text))
    )


# TeX math inline, as Markdown editors render it: "$\ge 40.000$ giao dịch", "$25.000$ người
# dùng", "$150\text{ Tỷ VNĐ}$" (pandoc's rule tells it from prices: no space inside either
# dollar, and no digit straight after the closing one — "$5 to $10" is two prices)
_MATH = _lazy(r"\$(?=\S)(?P<math>[^$\n]{1,80}?)(?<=\S)\$(?!\d)")
_MATH_TOKEN = _lazy(r"\\(?P<cmd>[A-Za-z]+|[%,;:! ])|(?P<brace>[{}])|.")
_MATH_SYMBOLS = {
    "ge": "≥",
    "geq": "≥",
    "le": "≤",
    "leq": "≤",
    "times": "×",
    "approx": "≈",
    "sim": "~",
    "pm": "±",
    "lt": "<",
    "gt": ">",
    "to": "→",
    "rightarrow": "→",
    "cdot": "·",
    "%": "%",
    ",": " ",
    ";": " ",
    ":": " ",
    " ": " ",
    "!": "",
    "text": "",
    "mathrm": "",
    "textbf": "",
    "mathbf": "",
    "mbox": "",
}


def _strip_math(work: _Work) -> None:
    r"""TeX math as the characters it shows: "$\ge 3\text{ Tỷ VNĐ}$" is "≥ 3 Tỷ VNĐ" (a
    command krlint does not know leaves the whole span as written)."""
    for found in reversed(list(_MATH.finditer(work.s))):
        inner = found.start("math")
        chars: list[tuple[str, int]] = []
        for token in _MATH_TOKEN.finditer(found.group("math")):
            at = inner + token.start()
            if token.group("cmd") is not None:
                shown = _MATH_SYMBOLS.get(token.group("cmd"))
                if shown is None:
                    break
                # ("\%" shows its own character: the "%" it escapes)
                at += shown == token.group("cmd")
                chars += [(ch, at) for ch in shown]
            elif token.group("brace") is None:
                chars.append((token.group(), at))
        else:
            work.rewrite(found.start(), found.end(), chars)


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
        or (text[-1:].isdigit() and _TRAILING_PRIORITY_GRADE.search(text, max(0, len(text) - 10)))
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
    _strip_piped_fields(work, fields)
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


def _strip_piped_fields(work: _Work, fields: dict[str, Any]) -> None:
    """A key result written as its fields, each "Name: value" between bars ('Description:
    "Monthly active users on the dashboard" | Target: "40% MAU" | Timeframe: "18 months"'):
    its words are the description's, with the target after a colon as a table row gives it
    ("Monthly active users on the dashboard: 40% MAU"); the other parts are fields."""
    bars = [m.start() for m in _BAR.finditer(work.s)]
    if not bars:
        return
    bounds = list(zip([0, *[b + 1 for b in bars]], [*bars, len(work.s)], strict=True))
    parts = [_PIPED_PART.fullmatch(work.s, a, b) for a, b in bounds]
    if any(p is None for p in parts):
        return
    named = [field_of(p.group("name") + ": x") if p else None for p in parts]
    if None in named or named[0] is None or named[0][0] not in _STATED_IN:
        return
    target = next((n for n, f in enumerate(named) if f and f[0] == "target"), None)
    for n in reversed(range(1, len(parts))):
        part, found = parts[n], named[n]
        assert part is not None and found is not None
        value = part.group("value").strip()
        if n == target:
            continue
        fields.setdefault(found[0], value)
        work.remove(bounds[n][0] - 1, bounds[n][1])  # (the bar before it too)
    first = parts[0]
    assert first is not None
    if target is not None:
        aim = parts[target]
        assert aim is not None
        fields.setdefault("target", aim.group("value").strip())
        work.remove(aim.end("value"), aim.end())  # (its closing quote)
        colon = aim.start("colon")
        # "… dashboard" | Target: "40% MAU" → "… dashboard: 40% MAU"
        work.rewrite(first.end("value"), aim.start("value"), [(":", colon), (" ", colon)])
    else:
        work.remove(first.end("value"), len(work.s))
    work.remove(0, first.start("value"))


# a bar between a key result's fields, spaced on both sides: ' | Target: '
_BAR = _lazy(r"(?<=\s)\|(?=\s)")
# one field between bars: its name, a colon and its value, in quotes or not
_PIPED_PART = _lazy(
    r'\s*(?P<name>[^\W\d_][\w ]{0,30}?)\s*(?P<colon>[:：])\s*["“]?(?P<value>[^"“”|]*?)["”]?\s*'
)
# the fields that state what a key result is, when it is written as its fields
_STATED_IN = frozenset({"description", "metric", "statement", "measure", "kpi"})


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
    ends = [
        m.end()
        for m in _SENTENCE_END.finditer(text)
        # (not a stop inside brackets, nor one that ends an abbreviation: "… PF (incl. Wise
        # multi-moeda …) e proventos …")
        if text.count("(", 0, m.start()) <= text.count(")", 0, m.start())
        and not _ABBREVIATION.search(text, 0, m.start())
    ]
    if not ends:
        return None
    first, rest = text[: ends[0]], text[ends[0] :]
    sentences = [text[a:b] for a, b in zip(ends, [*ends[1:], len(text)], strict=True)]
    if (
        len(first.split()) < 4
        or not _NUMBER.search(first)
        # (a number after it is another criterion, unless said in long sentences of prose:
        # "… by EOY (current: 107%). The delta between 107% and 118% is expansion from …")
        or (_DIGIT.search(rest) and any(len(s.split()) < _LONG_PROSE for s in sentences))
        or len(rest.split()) < _PROSE_WORDS
        or any(len(sentence.split()) < _CRITERION_WORDS for sentence in sentences)
    ):
        return None
    return ends[0] + (len(rest) - len(rest.lstrip()))


_PROSE_WORDS = 7  # prose this long after the key result explains it …
_CRITERION_WORDS = 4  # … where a sentence this short adds a criterion ("Dashboard live.")
_LONG_PROSE = 16  # words: a sentence this long explains, whatever numbers it cites


# where one sentence of prose ends and the next starts: a stop after a word before a
# capitalised word (narrower than the readers' `_SENTENCE_BREAK`, which also breaks before a
# bracket or a quote: here a split cuts text away)
# (or before an acronym that opens a sentence: "… by EOY (current: 47). NPS below 50 does …")
_SENTENCE_END = _lazy(r"(?<=[A-Za-z0-9)%][.!?])\s+(?=[A-Z][a-z]|[A-Z]{2,6}\s+[a-z])")
# a stop that ends an abbreviation, not a sentence: "(incl. Wise …)", "vs. last year"
_ABBREVIATION = _lazy(
    r"(?i:\b(?:incl|excl|approx|esp|vs|cf|etc|e\.g|i\.e|ex|ca|min|max|no|nr|avg|est)\.)$"
)
_DIGIT = _lazy(r"\d")
_NUMBER = _lazy(r"(?<![^\W\d_])\d")  # a number of its own, not an ID's ("KR1", "Q4")


_LEAD_PERIOD = _lazy(rf"(?P<period>{_QUARTER}(?: (?:FY ?)?\d{{2,4}})?) ?[—–] (?=\S)")
# "Phase 1 — Corpus and Harness", "Stage 2 – Scale": the phase it is the objective of
_LEAD_CATEGORY = _lazy(r"\[(?P<category>[A-Z][A-Z&/+ -]{1,30})\]\s+(?=\S)")
# a name of a few characters before a full-width colon, then CJK words ("增效降本：完成 …")
_CJK_NAME_LEAD = _lazy(r"(?P<name>[^\s:：，,。.()（）]{2,10})：(?=\s*[\u3400-\u9fff])")
_LEAD_PHASE = _lazy(r"(?P<phase>(?i:phase|fase|stage|etapa)\s?\d{1,2}) ?[—–] (?=\S)")
# "Front One — Tons of Fun", "Pillar 2 – Reliability": the numbered group the plan files it
# under, then its words
_LEAD_GROUP = _lazy(
    r"(?P<group>[A-Z][a-z]{2,15} (?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten))"
    r" ?[—–] (?=\S)"
)


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
    named = _CJK_NAME_LEAD.match(work.s, lead)
    if (
        named
        and len(work.s) - named.end() >= 2 * len(named.group("name"))
        and parse_label(named.group("name") + ":").kind is None
    ):
        # "增效降本：完成「JONE」研发智能体基础能力建设 …", "DeepBank：完成 …": a short name,
        # a full-width colon, then the objective's words
        fields.setdefault("name", named.group("name"))
        work.cut(lead, named.end())
    tag = _LEAD_CATEGORY.match(work.s, lead)
    if tag and len(work.s) > tag.end():
        # "[REVENUE] Payment Works Everywhere": the area it belongs to, then its words
        fields.setdefault("category", tag.group("category"))
        work.cut(lead, tag.end())
    for before, name in ((_LEAD_PERIOD, "period"), (_LEAD_PHASE, "phase"), (_LEAD_GROUP, "group")):
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
    if "$" in work.s:
        _strip_math(work)
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
        kind = _LEAD_KIND.match(s, lead)
        if kind and s[kind.end() :].strip():
            fields.setdefault("status", kind.group("kind"))  # ("[STRETCH]" is one too)
            work.cut(0, kind.end())
            continue
        status = _BRACKET_STATUS.match(s, lead)
        if status:
            fields.setdefault("status", status.group().strip("[] "))
            work.cut(0, status.end())
            continue
        category = _LENTICULAR_TAG.match(s, lead) if "【" in s or "[" in s else None
        if category and s[category.end() :].strip():
            # "【业务增长】构建 …", "[核心能力]通过 …": the theme it belongs to, set in
            # brackets before its words
            fields.setdefault("category", category.group("tag") or category.group("cjk"))
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
        # (a list's separator after the note, "Reach 500 stars (currently 400);", is no part of
        # it: the edges are trimmed of it in the end anyway)
        s = work.s.rstrip(" \t\n;,；，")
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
            ("see", _EVIDENCE_TAIL),
            ("due", _SLASH_TIMELINE),
            ("annotation", _ANNOTATION),
            ("fields", _ARROW_FIELDS),
            ("fields", _DASH_FIELDS),
            ("fields", _DASH_TARGET),
            ("status", _ARROW_STATUS),
            ("priority", _TRAILING_PRIORITY_GRADE),
            ("tags", _TAGS),
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
                and not (pattern is _OWNER_PAREN and _glosses_a_name(s, match))
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
        if pattern is _PAREN_BASELINE and match.group("progress"):
            # "(actualmente: 150) - 30%": where it stands, then its progress
            fields.setdefault("progress", match.group("progress"))
            value = s[match.start() : match.start("progress")].strip(" ()-–—")
        goal = _annotated_new_goal(s, match) if key == "annotation" else None
        now = _ANNOTATED_NOW.search(match.group()) if goal is not None else None
        if goal is not None and now is not None and now.start() < goal.start():
            # "X — 현재: 미구현 / 목표: 40개 매장 … 라이브": where it stands is a note, the target
            # stays with the words ("X — 목표: 40개 매장 … 라이브")
            name, _, value = match.group()[now.start() : goal.start()].partition(":")
            fields.setdefault("_".join(name.lower().split()), value.strip(" /,;|"))
            work.remove(match.start() + now.start(), match.start() + goal.start("goal"))
            continue
        if pattern is _TRAILING_PRIORITY_GRADE:  # "P1 0.50": its priority and its grade
            fields.setdefault("priority", match.group("priority"))
            fields.setdefault("score", match.group("grade"))
            work.cut(match.start(), len(work.s))
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


def _glosses_a_name(s: str, match: re.Match[str]) -> bool:
    """ "Interop (Interoperability, Compatibility, Conformance)", "Health (Mind & Body)": after
    a single word (a theme's name, no statement an owner could be given) the capitalised words
    in brackets say what the name covers; an owner follows a statement ("Improve onboarding
    (Sam, Priya)")."""
    return len(s[: match.start()].split()) == 1


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
