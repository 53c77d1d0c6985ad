"""What a rule receives and what it yields — the whole contract for built-in and plugin rules.

A rule is a function `check(ctx: RuleContext) -> Iterable[Problem]`. It reads the model and the
analyser's judgements (`ctx.judgement(kr)`, made for every key result in one batch before any
rule runs) and yields problems with a span and a message. It never decides its own severity,
never sees the configuration of other rules and never formats output. If it raises, the engine
reports `X001 internal-error` for it and runs the others.

A rule kind is a `KindFactory`: `factory(spec: RuleSpec) -> Check`. It reads `spec.params`
(the rule file's `params:`), raises `ParamError(field, why)` for a bad one — krlint turns that
into one error naming the rule file, the rule and the field — and returns the check.

Plugins (entry-point group `krlint.rules`) receive a `PluginHost` and call `add_kind` and
`add_rule` on it; see `krlint.plugins` and docs/rules-and-plugins.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from krlint.diagnostics import Problem
from krlint.fields import OUTCOME_KINDS, OUTPUT_KINDS
from krlint.model import KeyResult, Objective, OkrFile, Span
from krlint.nlp import Analyzer
from krlint.nlp.judgement import Judgement
from krlint.nlp.lexicon import Lexicons
from krlint.rule_spec import RuleSpec


@dataclass(slots=True)
class RuleContext:
    file: OkrFile
    spec: RuleSpec
    options: Mapping[str, Any]
    lexicons: Lexicons
    judgements: Mapping[int, Judgement] = field(default_factory=dict)
    analyzer: Analyzer | None = None  # for rule kinds that need spaCy docs (`analyzer.nlp`)

    def judgement(self, kr: KeyResult) -> Judgement | None:
        return self.judgements.get(id(kr))

    def is_output(self, kr: KeyResult) -> bool:
        """Output by declaration (`kind: output|milestone`) or by the analyser's judgement."""
        if kr.kind in OUTPUT_KINDS:
            return True
        if kr.kind in OUTCOME_KINDS:
            return False
        judgement = self.judgement(kr)
        return judgement is not None and judgement.label == "output"

    def key_results(self) -> Iterator[tuple[Objective, KeyResult]]:
        yield from self.file.key_results()


Check = Callable[[RuleContext], Iterable[Problem]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule ready to run: its catalogue entry and its check."""

    spec: RuleSpec
    check: Check


def text_span(kr: KeyResult | Objective, start: int, end: int) -> Span:
    """The span of characters `start:end` of a node's text.

    Through the reader's source map when it kept one (the text was cleaned of markup, labels or
    status notes, or wrapped over lines); else by columns when the text sits verbatim on one
    line. Otherwise offsets no longer map to columns and the whole node's span is the honest
    answer.
    """
    source_map = kr.source_map
    if source_map is not None and 0 <= start < end <= len(source_map):
        (line, column), (end_line, last) = source_map[start], source_map[end - 1]
        return Span(line, column, end_line, last + 1)
    span = kr.span
    if span.end_line not in (None, span.line) or start < 0:
        return span
    if span.end_column is not None and span.end_column - span.column != len(kr.text):
        return span  # markup (Markdown **bold**, links) or escapes sit between source and text
    return Span(span.line, span.column + start, span.line, span.column + end)


class ParamError(Exception):
    """A rule's `params:` a kind cannot use: `field` is the dotted name, e.g. `params.terms`."""

    def __init__(self, field: str, why: str) -> None:
        super().__init__(f"{field}: {why}")
        self.field = field
        self.why = why


KindFactory = Callable[[RuleSpec], Check]


class PluginHost(Protocol):
    """What a plugin's entry point is called with."""

    def add_kind(self, name: str, factory: KindFactory) -> None:
        """A new rule kind, usable by `kind: <name>` in any rule file or plugin rule."""

    def add_rule(self, rule: RuleSpec | Mapping[str, Any], check: Check | None = None) -> RuleSpec:
        """A rule: its catalogue entry (a RuleSpec, or a mapping in the rule-file schema) and,
        for a Python rule, its check (the kind then defaults to `python`)."""
        ...
