"""The glossary reads key results in other languages in English (krlint.nlp.gloss): what is
glossed, what never is, and where each glossed word's evidence points in the source."""

from __future__ import annotations

import pytest

from krlint.config import ConfigError, parse
from krlint.nlp.gloss import Glossary, glossary_errors

SMALL = Glossary(
    {
        "zh": {
            "script": "han",
            "verbs": {"发布": "publish", "提升": "increase"},
            "words": {"文章": "articles", "技术": "technical", "用户": "users"},
            "suffixes": {"数": "number of {}"},
            "counters": ["篇"],
        },
        "es": {
            "script": "latin",
            "stopwords": ["el", "en", "para", "los"],
            "verbs": {"publicar": "publish"},
            "words": {"artículos": "articles", "en": "in", "el": "the"},
        },
        "ko": {
            "script": "hangul",
            "order": "verb-final",
            "verbs": {"발행": "publish"},
            "words": {"블로그": "blog", "글": "posts"},
            "counters": ["개"],
        },
    }
)


def test_english_is_never_glossed() -> None:
    for text in ("Publish 10 blog posts", "Die-cast 5 prototypes en route", "Increase NPS"):
        assert SMALL.gloss(text) is None


def test_a_capital_letter_alone_is_no_function_word() -> None:
    # the "W" of an acronym is not Polish "w" ("in"); written lowercase it is
    polish = Glossary(
        {
            "pl": {
                "script": "latin",
                "stopwords": ["w"],
                "words": {"program": "programme", "nowych": "new", "mediach": "media"},
            }
        }
    )
    assert polish.gloss("Promote the W.I.S.E. Guys evaluation program") is None
    glossed = polish.gloss("20 nowych publikacji w mediach")
    assert glossed is not None and glossed.language == "pl"


def test_chinese_terms_are_read_in_english_with_their_source_spans() -> None:
    glossed = SMALL.gloss("发布10篇技术文章")
    assert glossed is not None
    assert glossed.text == "publish 10 technical articles"
    assert glossed.language == "zh"
    # "publish" stands for 发布, "10" is itself, "articles" for 文章
    assert glossed.source_span(0, 7) == (0, 2)
    assert glossed.source_span(8, 10) == (2, 4)
    assert glossed.source_span(21, 29) == (7, 9)


def test_a_suffix_makes_the_term_a_measure() -> None:
    glossed = SMALL.gloss("用户数: 1000")
    assert glossed is not None and glossed.text == "number of users : 1000"


def test_a_latin_script_language_needs_two_of_its_function_words() -> None:
    glossed = SMALL.gloss("Publicar 10 artículos en el blog")
    assert glossed is not None and glossed.text == "publish 10 articles in the blog"
    # no function word, and a word that is not one of its terms: not sure
    assert SMALL.gloss("Publicar 10 posts") is None
    # (every word one of its own terms is: test_a_short_name_made_only_of_…)
    assert SMALL.gloss("Publicar 10 artículos") is not None


def test_without_a_function_word_three_of_its_own_terms_and_its_letters_decide() -> None:
    spanish = Glossary(
        {
            "es": {
                "script": "latin",
                "stopwords": ["el", "para"],
                "verbs": {"aumentar": "increase"},
                "words": {"tráfico": "traffic", "orgánico": "organic", "sesiones": "sessions"},
            }
        }
    )
    glossed = spanish.gloss("Aumentar tráfico orgánico a 75K sesiones/mes")
    assert glossed is not None and glossed.text.startswith("increase traffic organic a 75K")
    assert spanish.gloss("Aumentar trafico organico sesiones") is None  # ASCII: could be English


def test_a_verb_of_its_own_that_opens_a_short_key_result_tells_the_language() -> None:
    portuguese = Glossary(
        {
            "pt": {
                "script": "latin",
                "stopwords": ["de", "da"],
                "verbs": {"reduzir": "reduce", "tester": "test"},
                "words": {"fatura": "invoice"},
            }
        }
    )
    # a key result says what is done first: its verb, beside letters English does not write
    glossed = portuguese.gloss("Reduzir inadimplência")
    assert glossed is not None and glossed.text == "reduce inadimplência"
    # … never alone in ASCII: an English noun can be spelt as a foreign verb
    assert portuguese.gloss("Tester builds are GitHub Release assets") is None
    assert portuguese.gloss("Reduzir MTTR") is None
    # and only as the opening word: deep in the text it is one term among others
    assert portuguese.gloss("Inadimplência: reduzir") is None


def test_terms_of_several_words_tell_the_language_too() -> None:
    vietnamese = Glossary(
        {
            "vi": {
                "script": "latin",
                "stopwords": ["của"],
                "verbs": {"tăng": "increase", "áp dụng": "adopt"},
                "words": {"tỷ lệ": "rate"},
            }
        }
    )
    glossed = vietnamese.gloss("tỷ lệ áp dụng tăng lên 80%")
    assert glossed is not None and glossed.language == "vi"
    assert glossed.text.startswith("rate adopt increase")


def test_a_capital_dotted_i_and_other_case_foldings_never_break_the_gloss() -> None:
    turkish = Glossary(
        {
            "tr": {
                "script": "latin",
                "stopwords": ["için", "bir"],
                "verbs": {"işe almak": "hire", "artırmak": "increase"},
                "words": {"mühendis": "engineers", "müşteri": "customer"},
            }
        }
    )
    # "İ".lower() is "i" and a combining dot: the term is still found, and nothing raises
    glossed = turkish.gloss("İşe almak: bir yıl için 3 mühendis")
    assert glossed is not None and glossed.text.startswith("hire")
    # a pattern that ignores case also matches "ſ" for "s": such a word stays as written
    assert SMALL.gloss("Publicar 10 artículoſ en el blog") is not None


def test_a_verb_final_language_is_read_verb_first() -> None:
    glossed = SMALL.gloss("블로그 글 10개 발행")
    assert glossed is not None and glossed.text == "publish blog posts 10"
    assert glossed.source_span(0, 7) == (10, 12)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ([], "must map language codes"),
        ({"zh": ["发布"]}, "'lexicon.glossary.zh' must be a mapping"),
        ({"zh": {"verbs": ["发布"]}}, "'lexicon.glossary.zh.verbs' must be a mapping"),
        ({"zh": {"verbs": {"发布": 1}}}, "must map words to English words"),
        ({"zh": {"script": "cyrillic"}}, "must be one of han, hangul, kana, latin"),
        ({"zh": {"colour": "red"}}, "unknown key 'lexicon.glossary.zh.colour'"),
    ],
)
def test_a_wrong_glossary_is_named(value: object, problem: str) -> None:
    assert any(problem in p for p in glossary_errors(value))


def test_a_config_glossary_is_checked() -> None:
    with pytest.raises(ConfigError, match=r"lexicon\.glossary\.zh\.verbs"):
        parse({"lexicon": {"glossary": {"zh": {"verbs": ["x"]}}}}, ".krlint.yaml")


# -- the built-in glossary, through the classifier ---------------------------------------------


@pytest.fixture(scope="module")
def classifier():  # type: ignore[no-untyped-def]
    from krlint.nlp.classifier import Classifier
    from krlint.nlp.lexicon import builtin_lexicons

    return Classifier(builtin_lexicons())


@pytest.mark.parametrize(
    ("text", "label", "evidence"),
    [
        ("发布10篇技术文章", "output", [("activity-verb", "发布", 0, 2)]),
        ("用户留存率提升到 40%", "outcome", [("outcome-metric", "用户留存率", 0, 5)]),
        ("Publicar 10 artículos en el blog", "output", [("activity-verb", "Publicar", 0, 8)]),
        ("Aumentar la tasa de conversión del 2% al 4%", "outcome", []),
        # "de" is French and Portuguese too: with the language's own words it tells the language
        # where no accent does
        (
            "Passer de 1,000 → 2,000 utilisateurs actifs",
            "outcome",
            [("outcome-metric", "utilisateurs actifs", 24, 43)],
        ),
    ],
)
def test_key_results_in_other_languages_are_judged_on_their_own_words(  # type: ignore[no-untyped-def]
    classifier, text: str, label: str, evidence: list[tuple[str, str, int, int]]
) -> None:
    (judgement,) = classifier.classify([text])
    assert judgement.label == label
    shown = [(e.kind, e.text, e.start, e.end) for e in judgement.evidence]
    assert all(e in shown for e in evidence), shown
    for e in judgement.evidence:  # every piece of evidence is a span of the author's words
        assert text[e.start : e.end] == e.text


def test_a_config_can_add_words_to_the_glossary() -> None:
    from krlint.nlp.classifier import Classifier
    from krlint.nlp.lexicon import builtin_lexicons

    text = "Zorblat 10 artículos en el blog"  # an invented verb: glossed only once added
    plain = Classifier(builtin_lexicons()).classify([text])[0]
    extended = builtin_lexicons().extended({"glossary": {"es": {"verbs": {"zorblat": "publish"}}}})
    added = Classifier(extended).classify([text])[0]
    assert ("activity-verb", "Zorblat") in [(e.kind, e.text) for e in added.evidence]
    assert ("activity-verb", "Zorblat") not in [(e.kind, e.text) for e in plain.evidence]
    assert extended.judged_fingerprint != builtin_lexicons().judged_fingerprint


def test_the_shipped_glossary_is_built_from_its_word_lists() -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    script = root / "scripts" / "build_glossary.py"
    if not script.exists():
        pytest.skip("scripts/ is not in this tree (an installed wheel)")
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_numbers_written_against_han_script_stand_apart() -> None:
    # the rules (krlint.measures) and the classifier split "达到95%" the same way
    from krlint import measures

    glossed = SMALL.gloss("某某某达到95%")
    assert glossed is not None and glossed.text == "某某某达到 95%"
    assert [n.text for n in measures.numbers("某某某达到95%")] == ["95%"]
    assert [n.text for n in measures.numbers("complete last quarter 50% of docs")] == ["50%"]
    assert measures.numbers("ISO 27001 认证") == []


def test_a_short_name_made_only_of_one_languages_own_terms_is_in_that_language() -> None:
    names = Glossary(
        {
            "pt": {
                "script": "latin",
                "stopwords": ["de", "os"],
                "words": {
                    "clientes": "customers",
                    "pagantes": "paying",
                    "churn rate": "churn rate",
                },
            }
        }
    )
    glossed = names.gloss("Clientes pagantes: 10")  # a table's metric column: no function word
    assert glossed is not None and glossed.text == "customers paying : 10"
    # one English word among them, or a loanword glossed as itself, says English
    assert names.gloss("Clientes active: 10") is None
    assert names.gloss("Churn rate: < 10%") is None


def test_a_compound_is_read_by_the_noun_it_ends_with() -> None:
    # German compounds its nouns: "Testnutzer" is test users, "Neukunden" new customers; a
    # term of four letters or fewer is read only as a word of its own ("Ziel", not "…ziel")
    german = Glossary(
        {
            "de": {
                "script": "latin",
                "compounds": "head-final",
                "stopwords": ["der", "die", "ohne"],
                "words": {"nutzer": "users", "ziel": "goal"},
            }
        }
    )
    glossed = german.gloss("90 % der Testnutzer:innen finden ohne Hilfe")
    assert glossed is not None
    assert glossed.text == "90 % der Test users :innen finden ohne Hilfe"
    start = glossed.text.index("users")
    assert glossed.source_span(start, start + len("users")) == (13, 19)  # "nutzer"
    plain = german.gloss("der Umsatzziel ohne die Ziel")
    assert plain is not None and plain.text == "der Umsatzziel ohne die goal"
    # without the flag, a compound is one word the glossary does not know
    spec = {"script": "latin", "stopwords": ["der", "ohne"], "words": {"nutzer": "users"}}
    whole = Glossary({"de": spec}).gloss("90 % der Testnutzer finden ohne Hilfe")
    assert whole is None or "users" not in whole.text
