"""Key results in other languages, read word by word in English before they are judged.

krlint's analyser knows English: its lexicons, its head-verb and counted-noun rules. A team that
writes "发布 10 篇技术文章" or "Publicar 10 artículos en el blog" means what "Publish 10 articles"
means, and should be judged the same. The glossary (`rules/lexicons/glossary.json`, extendable in
the config like the other lexicons) maps each language's OKR vocabulary to the English words
the lexicons know; a key result is glossed when its words are in one of those languages, and
the analyser reads the gloss. Kept free of spaCy, like `lexicon.py`.

Every glossed word keeps the span of the words it stands for (`Glossed.source_span`), so the
evidence krlint shows still points at the author's own words. English text is never touched:
Han, Hangul and Kana terms are matched anywhere (those scripts never spell English), and a
Latin-script language only when at least two of its function words that are not English words
are there ("para", "con", "los" — never "die" or "den"), or when a short name is made only of its
own terms ("Clientes pagantes").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from krlint.measures import CHUNK, CJK_LETTERS

_CJK = re.compile(f"[{CJK_LETTERS}]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SCRIPTS = frozenset({"han", "hangul", "kana"})
# at least this many distinct words of a Latin-script language before a text is glossed
_MIN_EVIDENCE = 2
# … or this many of its own terms, in a text with letters English does not write
_MIN_TERMS = 3
# the shortest noun read at the end of a compound ("nutzer" in "Testnutzer"; not "rate")
_HEAD = 5
_OPENER = 4  # letters in the shortest verb that tells a language by opening a key result


@dataclass(frozen=True, slots=True)
class _Segment:
    text: str  # what the analyser reads
    start: int  # the source characters it stands for
    end: int
    verb: bool = False


@dataclass(frozen=True)
class Glossed:
    """The English reading of a key result, and where each of its characters came from."""

    text: str
    source: str
    segments: tuple[_Segment, ...]
    language: str

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source characters behind glossed characters [start, end): a glossed word maps
        to the whole of the words it stands for, a word kept as written to itself."""
        lo, hi = len(self.source), 0
        at = 0
        for seg in self.segments:
            a, b = at, at + len(seg.text)
            at = b + 1  # segments are joined by one space
            if b <= start or a >= end:
                continue
            if seg.text == self.source[seg.start : seg.end]:  # kept as written
                lo = min(lo, seg.start + max(0, start - a))
                hi = max(hi, seg.start + min(len(seg.text), end - a))
            else:
                lo, hi = min(lo, seg.start), max(hi, seg.end)
        return (lo, hi) if lo < hi else (min(start, len(self.source)), min(end, len(self.source)))


@dataclass(frozen=True)
class _Language:
    code: str
    script: str
    verb_final: bool
    stopwords: frozenset[str]
    terms: dict[str, tuple[str, bool]]  # lowercased term → (English, is a verb)
    suffixes: dict[str, str]  # "数" → "number of {}"
    counters: frozenset[str] = frozenset()  # "篇" in "10篇", "개" in "3개": read as nothing
    # a noun ends the words it is compounded with ("Testnutzer": test users): its term is read
    # at the end of a longer word too
    compounds: bool = False


class Glossary:
    """The glossary of every language krlint reads, ready to match."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.languages: list[_Language] = []
        for code, spec in sorted(data.items()):
            if not isinstance(spec, Mapping):
                continue
            terms: dict[str, tuple[str, bool]] = {}
            for key, verb in (("words", False), ("verbs", True)):
                for term, english in (spec.get(key) or {}).items():
                    term, english = _lower(str(term).strip()), str(english or "").strip()
                    if term:
                        terms[term] = (english, verb)
            self.languages.append(
                _Language(
                    str(code),
                    str(spec.get("script", "latin")),
                    spec.get("order") == "verb-final",
                    frozenset(_lower(str(w)) for w in spec.get("stopwords") or ()),
                    terms,
                    {str(k): str(v) for k, v in (spec.get("suffixes") or {}).items()},
                    frozenset(str(w) for w in spec.get("counters") or ()),
                    spec.get("compounds") == "head-final",
                )
            )

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern[str]]:
        out = {}
        for lang in self.languages:
            if not lang.terms:
                continue
            alternatives = "|".join(
                re.escape(t) for t in sorted(lang.terms, key=lambda t: (-len(t), t))
            )
            if lang.script in _SCRIPTS:
                suffixes = "|".join(re.escape(s) for s in sorted(lang.suffixes, key=len)[::-1])
                tail = f"(?P<suffix>{suffixes})?" if suffixes else ""
                counters = "|".join(re.escape(c) for c in sorted(lang.counters, key=len)[::-1])
                # a counter straight after a number is the number's, read as nothing
                head = rf"(?<=\d)\s?(?P<counter>{counters})|" if counters else ""
                out[lang.code] = re.compile(f"{head}(?P<term>{alternatives}){tail}")
            else:
                pattern = rf"(?<![^\W_])(?P<term>{alternatives})(?![^\W_])"
                # "Testnutzer:innen", "Umsatzziel": the noun a compound ends with, after a few
                # letters of the words before it (kept as written)
                heads = (
                    sorted(
                        (t for t, (_, verb) in lang.terms.items() if not verb and len(t) >= _HEAD),
                        key=lambda t: (-len(t), t),
                    )
                    if lang.compounds
                    else []
                )
                if heads:
                    tails = "|".join(re.escape(t) for t in heads)
                    pattern += rf"|(?<=[^\W\d_]{{3}})(?P<head>{tails})(?![^\W_])"
                out[lang.code] = re.compile(pattern, re.IGNORECASE)
        return out

    @cached_property
    def _english(self) -> frozenset[str]:
        """The English words the glosses use: a foreign term spelt like one of them ("video",
        "plan", "total") says nothing about the language a text is in."""
        return frozenset(
            w
            for lang in self.languages
            for english, _ in lang.terms.values()
            for w in english.lower().split()
        )

    @cached_property
    def _words(self) -> dict[str, frozenset[str]]:
        """Each Latin-script language's terms not spelt like English words: a text's words (and
        runs of them) are looked up in them to tell its language — a set lookup, where a pattern
        per language would read every text once for each; the language's pattern then reads only
        the text that is in it."""
        english = self._english
        return {
            lang.code: frozenset(
                t
                for t in lang.terms
                if all(_WORD.fullmatch(w) for w in t.split(" ")) and t not in english
            )
            for lang in self.languages
            if lang.script not in _SCRIPTS
        }

    @cached_property
    def _stopwords(self) -> frozenset[str]:
        return frozenset(w for lang in self.languages for w in lang.stopwords)

    def _cjk_language(self, text: str) -> tuple[_Language, list[re.Match[str]]] | None:
        """The Han/Kana/Hangul language whose terms `text` holds most of, with its matches (the
        gloss reads them, rather than matching that language's terms a second time). Terms of
        two characters or more count: "的" alone ("of") says nothing a gloss could use."""
        best: tuple[_Language, list[re.Match[str]]] | None = None
        most = 0
        for lang in self.languages:
            if lang.script not in _SCRIPTS or lang.code not in self._patterns:
                continue
            found = list(self._patterns[lang.code].finditer(text))
            n = sum(len(m.group("term") or "") > 1 for m in found)
            if n > most:
                best, most = (lang, found), n
        return best

    def _latin_language(self, text: str) -> _Language | None:
        """The Latin-script (or Cyrillic) glossary language `text` is written in, if any: the
        most evidence, at least two distinct words — its function words (one at least) and its
        own terms, not counting those spelt like English words — or, with no function word,
        three of its own terms in a text with letters English does not write."""
        # (a word in capitals is a name or an acronym: "LA" is not French for "the", the "W" of
        # "W.I.S.E." not Polish for "in")
        written = _WORD.findall(text)
        words = {_lower(w) for w in written if w.islower() or not w.isupper()}
        named = self._named_only(written)
        if named is not None:
            return named
        if text.isascii() and words.isdisjoint(self._stopwords):
            return None  # English, as nearly every ASCII key result is: decided cheaply
        found = None
        most = _MIN_EVIDENCE - 1
        # letters English does not write ("á", "ł", "ж"), not just a curly quote or a dash
        foreign = any(ch.isalpha() and not ch.isascii() for ch in text)
        # (its verb opening the text counts only beside such letters or a function word: an
        # English noun can be spelt as a foreign verb — "Tester builds …", "Resolver v2 …")
        opener = (
            self._opened_by(written)
            if foreign or not words.isdisjoint(self._stopwords)
            else frozenset()
        )
        seq = [_lower(w) for w in written]
        # its words, and its runs of two and three (terms of several words: "tỷ lệ", "áp dụng")
        every = {" ".join(seq[i : i + n]) for n in (1, 2, 3) for i in range(len(seq) - n + 1)}
        for lang in self.languages:
            stop = len(words & lang.stopwords)
            if lang.script in _SCRIPTS or lang.code not in self._patterns:
                continue
            opens = lang.code in opener
            if not stop and not foreign and not opens:
                continue  # its function words, or letters English does not write
            own = every & self._words[lang.code]
            if not stop and len(own) < _MIN_TERMS and not opens:
                # terms alone can be English: without a function word ("Aumentar tráfico
                # orgánico a 75K sesiones/mes"), only several of its own, accents and all
                continue
            n = stop + len(own - lang.stopwords) + opens  # (the opening verb counts twice)
            if n > most:
                found, most = lang, n
        return found

    def _opened_by(self, written: list[str]) -> frozenset[str]:
        """The languages whose verb, not spelt like an English word, opens the text: a key
        result says what is done first ("Reduzir inadimplência", "Reduzir contestação de
        fatura") — short, with too few of its words to tell otherwise, it is in that
        language."""
        if not written or not written[0][:1].isupper() or len(written[0]) < _OPENER:
            return frozenset()
        first = _lower(written[0])
        return frozenset(
            lang.code
            for lang in self.languages
            if lang.script not in _SCRIPTS
            and first in self._words[lang.code]
            and lang.terms[first][1]
        )

    def _named_only(self, written: list[str]) -> _Language | None:
        """The language of a short name made only of its own terms, two or more, with no function
        word: "Clientes pagantes: 10", "Pedidos procesados" — a table's metric column. Every
        word must be a term of that language not spelt like an English word, so English is
        never read as it: a single English word among them ("Clientes active") decides."""
        seq = [_lower(w) for w in written]
        if len(seq) < 2 or len(seq) > 6:
            return None
        every = {
            " ".join(seq[i : i + n]): (i, n) for n in (1, 2, 3) for i in range(len(seq) - n + 1)
        }
        for lang in self.languages:
            if lang.script in _SCRIPTS or lang.code not in self._words:
                continue
            covered: set[int] = set()
            for term, (i, n) in every.items():
                # (a loanword glossed as itself, "churn rate", says nothing of the language)
                if term in self._words[lang.code] and lang.terms[term][0].lower() != term:
                    covered.update(range(i, i + n))
            if len(covered) == len(seq):
                return lang
        return None

    def gloss(self, text: str) -> Glossed | None:
        """`text` read in English, or None when it is in no glossary language (English). Han,
        Kana and Hangul text is always split where `krlint.measures` splits it, so that the
        classifier and the rules see the same numbers."""
        if _CJK.search(text):
            read = self._cjk_language(text)
            if read is None:  # no term known, but its numbers stand apart ("某某95%")
                words = _kept(text, 0, len(text))
                return Glossed(" ".join(x.text for x in words), text, tuple(words), "")
            lang, matches = read
        else:
            latin = self._latin_language(text)
            if latin is None or latin.code not in self._patterns:
                return None
            lang, matches = latin, list(self._patterns[latin.code].finditer(text))
        segments: list[_Segment] = []
        at = 0
        for m in matches:
            if m.groupdict().get("counter"):
                segments.extend(_kept(text, at, m.start()))
                at = m.end()
                continue
            # (a pattern that ignores case also matches spellings no term is written in: "ſ"
            # for "s" — those words stay as written)
            found = lang.terms.get(_lower(m.group("term") or m.groupdict().get("head") or ""))
            if found is None:
                continue
            if m.start() > at:
                segments.extend(_kept(text, at, m.start()))
            at = m.end()
            english, verb = found
            suffix = m.groupdict().get("suffix")
            if suffix:
                english = lang.suffixes[suffix].replace("{}", english)
            if english:
                segments.append(_Segment(english, m.start(), m.end(), verb))
        if at == 0 and not segments:
            return None
        segments.extend(_kept(text, at, len(text)))
        if lang.verb_final:
            segments = _verb_first(segments)
        return Glossed(" ".join(s.text for s in segments), text, tuple(segments), lang.code)


def _lower(word: str) -> str:
    """A word in lower case as the glossary spells it: Turkish "İ" is "i" ("İşe almak"), not
    "i" with a combining dot, which no term is written with."""
    return word.lower().replace("i\u0307", "i")


def _kept(text: str, a: int, b: int) -> list[_Segment]:
    """Source words between glossed ones, as written (runs of spaces dropped)."""
    # (in the chunks `krlint.measures` splits: a run of Han, Kana or Hangul apart from the rest)
    return [_Segment(m.group(), a + m.start(), a + m.end()) for m in CHUNK.finditer(text[a:b])]


def _verb_first(segments: list[_Segment]) -> list[_Segment]:
    """Korean and Japanese end a clause with its verb ("블로그 글 10개 발행"): the English
    reading opens with it ("publish blog post 10"), as the key result asks."""
    words = [i for i, s in enumerate(segments) if any(ch.isalnum() for ch in s.text)]
    if len(words) < 2 or not segments[words[-1]].verb or segments[words[0]].verb:
        return segments  # only a verb that ends the key result leads it ("… 달성", "… steigern")
    last = words[-1]
    return [segments[last], *segments[:last], *segments[last + 1 :]]


_SPEC_KEYS: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "script": str,
    "order": str,
    "stopwords": list,
    "verbs": dict,
    "words": dict,
    "suffixes": dict,
    "counters": list,
}


def glossary_errors(value: Any) -> list[str]:
    """What is wrong with a glossary (the built-in file, or a config's `lexicon: glossary:`),
    each naming where: a language maps to its fields, terms to English words."""
    if not isinstance(value, Mapping):
        return ["'lexicon.glossary' must map language codes to their words"]
    problems = []
    for code, spec in value.items():
        where = f"lexicon.glossary.{code}"
        if not isinstance(spec, Mapping):
            problems.append(f"'{where}' must be a mapping (verbs:, words:, stopwords: …)")
            continue
        for key, item in spec.items():
            kind = _SPEC_KEYS.get(str(key))
            if kind is None:
                problems.append(
                    f"unknown key '{where}.{key}' (known: {', '.join(sorted(_SPEC_KEYS))})"
                )
            elif not isinstance(item, kind):
                what = {dict: "mapping (word: English)", list: "list of words", str: "text"}
                problems.append(f"'{where}.{key}' must be a {what.get(kind, 'value')}")  # type: ignore[call-overload]
            elif key == "script" and item not in (*_SCRIPTS, "latin"):
                problems.append(f"'{where}.script' must be one of han, hangul, kana, latin")
            elif key == "order" and item not in ("svo", "verb-final"):
                problems.append(f"'{where}.order' must be svo or verb-final")
            elif isinstance(item, dict) and not all(
                isinstance(k, str) and isinstance(v, str) for k, v in item.items()
            ):
                problems.append(f"'{where}.{key}' must map words to English words (text)")
            elif isinstance(item, list) and not all(isinstance(w, str) for w in item):
                problems.append(f"'{where}.{key}' must be a list of words")
    return problems
