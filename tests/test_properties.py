"""Property tests: whatever the input, krlint answers; for valid OKRs, positions are exact.

One `Linter` is shared (the analyser is the expensive part) and example counts are modest so
the suite stays fast; the catalogue in `bad_inputs.py` holds the cases that must never regress.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from krlint.engine import Linter, Report
from krlint.reporters import ReportContext, renderer

LINTER = Linter()
WORKDIR = Path(tempfile.mkdtemp(prefix="krlint-props-"))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def lint_bytes(data: bytes, name: str = "okrs.yaml") -> Report:
    path = WORKDIR / name
    path.write_bytes(data)
    return LINTER.lint_paths([str(path)])


def assert_answers(report: Report) -> None:
    """An answer, not a crash: exit 0/1/2, no internal error, and the reporters render it."""
    assert report.exit_code in (0, 1, 2)
    assert not report.errors
    internal = [d for d in report.diagnostics if d.code == "X001"]
    assert internal == [], internal[0].message
    for name in ("text", "concise"):
        renderer(name)(report, io.StringIO(), ReportContext())


YAMLISH = st.lists(
    st.sampled_from(
        [
            "objectives",
            "key_results",
            "objective",
            "kr",
            ":",
            ": ",
            "- ",
            "-",
            "[",
            "]",
            "{",
            "}",
            ",",
            "&a ",
            "*a",
            "<<",
            "!!python/object:os.system ",
            "!x ",
            "'",
            '"',
            "#",
            "|",
            ">",
            "?",
            "%YAML 1.1",
            "---",
            "...",
            "\n",
            "\r\n",
            "\r",
            "\t",
            " ",
            "  ",
            "\ufeff",
            "\x00",
            "\x85",
            "\u2028",
            "é",
            "Grow revenue",
            "Publish 12 blog posts",
            "42",
            "null",
            "~",
            "yes",
        ]
    ),
    max_size=60,
).map("".join)


@SETTINGS
@given(st.one_of(st.text(max_size=300), YAMLISH))
def test_any_text_gets_an_answer(text: str) -> None:
    assert_answers(lint_bytes(text.encode("utf-8", "surrogatepass")))


@SETTINGS
@given(st.binary(max_size=300), st.sampled_from(["okrs.yaml", "okrs.json"]))
def test_any_bytes_get_an_answer(data: bytes, name: str) -> None:
    assert_answers(lint_bytes(data, name))


# -- valid OKR documents -------------------------------------------------------------------
FIRST = [
    "Grow",
    "Publish",
    "Increase",
    "Launch",
    "Reduce",
    "Ship",
    "Improve",
    "Host",
    "Cut",
    "Write",
    "Delight",
    "Become",
    "Reach",
    "Build",
    "Make",
]
WORDS = [
    "revenue",
    "blog",
    "posts",
    "12",
    "webinars",
    "churn",
    "from",
    "3%",
    "to",
    "2%",
    "weekly",
    "active",
    "users",
    "45%",
    "NPS",
    "the",
    "new",
    "dashboard",
    "$2M",
    "ARR",
    "onboarding",
    "effortless",
    "for",
    "teams",
    "a",
    "feature",
    "by",
    "Q3",
    "median",
    "time",
    "days",
    "customers",
    "support",
    "tickets",
    "sign-ups",
    "v2",
    "redesign",
]
TEXT = st.tuples(
    st.sampled_from(FIRST), st.lists(st.sampled_from(WORDS), min_size=1, max_size=7)
).map(lambda t: " ".join([t[0], *t[1]]))


@st.composite
def okr_documents(draw: st.DrawFn) -> str:
    unit = draw(st.sampled_from([2, 4]))
    root_list = draw(st.booleans())
    out: list[str] = [] if root_list else ["objectives:"]
    base = 0 if root_list else unit
    for _ in range(draw(st.integers(1, 3))):
        pad = " " * base
        out.append(f"{pad}- objective: {draw(TEXT)}")
        krs = draw(st.lists(TEXT, min_size=0, max_size=4))
        inner = " " * (base + 2)
        style = draw(st.sampled_from(["block", "flow", "quoted", "mapping"]))
        if not krs:
            continue
        if style == "flow":
            out.append(f"{inner}key_results: [{', '.join(krs)}]")
            continue
        out.append(f"{inner}key_results:")
        item = " " * (base + 2 + unit)
        for kr in krs:
            if style == "block":
                out.append(f"{item}- {kr}")
            elif style == "quoted":
                quote = draw(st.sampled_from(["'", '"']))
                out.append(f"{item}- {quote}{kr}{quote}")
            else:
                out.append(f"{item}- kr: {kr}")
                out.append(f"{item}  owner: growth")
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    bom = draw(st.sampled_from(["", "\ufeff"]))
    return bom + newline.join(out) + newline


def _covers(line: str, text: str, column: int) -> bool:
    """Whether 1-based `column` of `line` falls inside an occurrence of `text`."""
    start = line.find(text)
    while start >= 0:
        if start < column <= start + len(text):
            return True
        start = line.find(text, start + 1)
    return False


@SETTINGS
@given(okr_documents())
def test_findings_point_at_the_text_they_name(document: str) -> None:
    report = lint_bytes(document.encode("utf-8"))
    assert_answers(report)
    assert [d for d in report.diagnostics if d.code.startswith("F")] == []
    lines = document.removeprefix("\ufeff").splitlines()
    for d in report.diagnostics:
        named = d.key_result or d.objective
        if named is None:
            continue
        assert _covers(lines[d.line - 1], named, d.column), (d, lines[d.line - 1])
