"""An example krlint plugin: a Python rule (A001) and a rule kind (`acme-min-words`, used by A002
here and usable by `kind: acme-min-words` in any rule pack)."""

from __future__ import annotations

from collections.abc import Iterator

from krlint.catalogue import RuleSpec
from krlint.diagnostics import Problem
from krlint.rule_api import Check, ParamError, PluginHost, RuleContext, text_span


def no_todo(ctx: RuleContext) -> Iterator[Problem]:
    """A Python rule: reads the model, yields problems pointing at the text."""
    for objective, kr in ctx.key_results():
        at = kr.text.find("TODO")
        if at >= 0:
            yield Problem(text_span(kr, at, at + 4), "a key result still says TODO",
                          objective=objective, key_result=kr,
                          suggestion="Finish writing the key result.")


def min_words(spec: RuleSpec) -> Check:
    """A rule kind: checks the rule's params once, when the rule is loaded; returns the check."""
    low = spec.params.get("min")
    if not isinstance(low, int) or isinstance(low, bool) or low < 1:
        raise ParamError("params.min", "must be a whole number ≥ 1")

    def check(ctx: RuleContext) -> Iterator[Problem]:
        for objective, kr in ctx.key_results():
            if len(kr.text.split()) < low:
                yield Problem(kr.span, f"fewer than {low} words: say what changes, for whom",
                              objective=objective, key_result=kr)

    return check


def register(host: PluginHost) -> None:
    host.add_kind("acme-min-words", min_words)
    host.add_rule({"code": "A001", "name": "acme-no-todo", "severity": "warning",
                   "summary": "No TODO left in a key result."}, no_todo)
    host.add_rule({"code": "A002", "name": "acme-short", "severity": "info",
                   "summary": "Key results say enough.", "kind": "acme-min-words",
                   "params": {"min": 3}})
