"""Without colour the text format writes lines itself (rich costs ~30 ms of start-up); it must
print exactly what rich prints, whatever the key results hold."""

from __future__ import annotations

import io

import pytest

from krlint.diagnostics import Diagnostic, Evidence, Severity
from krlint.engine import FileReport, Report
from krlint.reporters import ReportContext
from krlint.reporters import text as text_format

ODD = [
    "Publish 12 blog posts",
    "tab\tinside\tthe text",
    "wide 漢字 then\ttab",
    "bell\x07 cr\r",
    "escape \x1b[31m kept",
    "markup [bold]not parsed[/]",
    "trailing   ",
    "",
    "zero\u200bwidth",
    "form\x0cfeed and vertical\x0btab",
    "backspace\x08",
]


def report(texts: list[str]) -> Report:
    diagnostics = [
        Diagnostic(
            code="K201",
            name="activity-verb",
            severity=Severity(1 + i % 3),
            message=f"message {t}",
            path="okrs.yaml",
            line=i + 2,
            column=9,
            objective_id="O1",
            objective=f"Objective {t}",
            key_result=t,
            suggestion=f"suggest {t}" if i % 2 else None,
            evidence=(Evidence("activity-verb", t[:3], 0, min(3, len(t))),),
        )
        for i, t in enumerate(texts)
    ]
    return Report(
        files=[
            FileReport("okrs.yaml", diagnostics, 1, len(texts), 1, 1),
            FileReport("clean.yaml", [], 1, 2, 2, 0),
        ]
    )


class _EveryLine:
    """Stands in for the set of characters that send a line through rich: every line goes."""

    def isdisjoint(self, text: str) -> bool:
        return False


def through_rich(rep: Report, ctx: ReportContext, monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(text_format, "_RICH_ONLY", _EveryLine())
        out = io.StringIO()
        text_format.render(rep, out, ctx)
    return out.getvalue()


@pytest.mark.parametrize("show_source", [True, False])
def test_plain_lines_equal_what_rich_prints_without_colour(show_source, monkeypatch):
    ctx = ReportContext(color=False, show_source=show_source)
    rep = report(ODD)
    out = io.StringIO()
    text_format.render(rep, out, ctx)
    assert out.getvalue() == through_rich(rep, ctx, monkeypatch)
    assert "K201 activity-verb" in out.getvalue()


def test_colour_still_goes_through_rich():
    out = io.StringIO()
    text_format.render(report(["Publish 12 blog posts"]), out, ReportContext(color=True))
    assert "\x1b[" in out.getvalue()
