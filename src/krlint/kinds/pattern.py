"""`kind: pattern` — flag text matching spaCy token patterns or a regular expression.

Give exactly one of `tokens` (a list of spaCy Matcher patterns; one pattern is a list of token
dicts such as `{LOWER: per}` or `{LIKE_NUM: true}`) or `regex` (Python syntax, searched in the
text). Every match is a finding at the matched characters.

    code: H002
    name: no-per-head-targets
    severity: info
    kind: pattern
    summary: Per-person quotas measure effort, not results.
    params:
      tokens:
        - [{LIKE_NUM: true}, {LOWER: {IN: [calls, demos, meetings]}}, {LOWER: per}]
      message: '"{match}" is a quota of activity'    # placeholders: match, text, node
    # or:
    params:
      regex: '\\b(?:per|each) (?:engineer|rep|person)\\b'
      ignore-case: true                             # default true
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from krlint.diagnostics import Problem
from krlint.kinds._params import Params, describe, nodes, render
from krlint.kinds._words import blank_vocab_nlp, matched_spans
from krlint.rule_api import Check, RuleContext, text_span
from krlint.rule_spec import RuleSpec

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher

PLACEHOLDERS = {"match", "text", "node"}
DEFAULT_MESSAGE = '"{match}" matches this rule\'s pattern'


def build(spec: RuleSpec) -> Check:
    params = Params(spec, {"tokens", "regex", "ignore-case", "scope", "message", "suggestion"})
    if params.has("tokens") == params.has("regex"):
        raise params.fail(
            "tokens", "give exactly one of 'tokens' (spaCy token patterns) or 'regex'"
        )
    scopes = params.scope(("key_result",))
    message = params.template("message", DEFAULT_MESSAGE, PLACEHOLDERS)
    suggestion = params.text("suggestion")
    ignore_case = params.boolean("ignore-case", True)
    if params.has("regex"):
        source = params.text("regex", required=True)
        assert source is not None
        try:
            regex = re.compile(source, re.IGNORECASE if ignore_case else 0)
        except re.error as error:
            raise params.fail("regex", f"invalid regular expression: {error}") from None
        if regex.search(""):
            raise params.fail("regex", "matches empty text, so it would flag everything")
        risk = backtracking_risk(source, regex.flags)
        if risk is not None:
            raise params.fail(
                "regex",
                f"{risk}: it can take exponential time on some texts "
                "(a pull request could stall CI); rewrite it without "
                "that",
            )
        return _regex_check(regex, scopes, message, suggestion)
    if "ignore-case" in params.data:
        raise params.fail("ignore-case", "applies to 'regex' only (use LOWER in token patterns)")
    patterns = _token_patterns(params)
    return _token_check(patterns, scopes, message, suggestion)


# A repeat allowing more than this many rounds counts as unbounded for the backtracking check.
_FEW = 10


def backtracking_risk(source: str, flags: int = 0) -> str | None:
    """Why a regular expression can backtrack catastrophically, or None.

    Python's `re` backtracks, so a rule pack's `(a+)+$` never returns on "aaaa…!" — and rule
    packs come with the repository. Texts are already cut to `limits.max-key-result-length`,
    which bounds polynomial cases; the exponential ones come from a repeat that can match the
    same text in many ways, and are refused when the rule is built: a repeat (more than a few
    rounds) around another repeat or around alternatives, and backreferences. This is the
    star-height test safe-regex tools use; it refuses a few harmless patterns too, which can
    always be rewritten (a bounded `{0,5}`, a character class instead of `a|b`).
    """
    try:  # the parser of `re` itself: the same reading as the compiled pattern
        # private modules of `re` (3.11+), which typeshed does not describe
        from re import _constants as constants  # type: ignore[attr-defined]
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as constants
        import sre_parse as parser
    repeats = (
        constants.MAX_REPEAT,
        constants.MIN_REPEAT,
        getattr(constants, "POSSESSIVE_REPEAT", None),
    )

    def walk(items: Any, in_repeat: bool) -> str | None:
        for op, value in items:
            if op in (constants.GROUPREF, constants.GROUPREF_EXISTS):
                return "a backreference"
            if op in repeats and op is not None:
                _, high, body = value
                many = high == constants.MAXREPEAT or high > _FEW
                if in_repeat and high > 1:
                    return "a repeat inside a repeat (nested quantifiers, like (a+)+)"
                found = walk(body, in_repeat or many)
                if found:
                    return found
            elif op is constants.BRANCH:
                if in_repeat:
                    return "alternatives inside a repeat (like (a|ab)+)"
                for branch in value[1]:
                    found = walk(branch, in_repeat)
                    if found:
                        return found
            elif op is constants.SUBPATTERN:
                found = walk(value[-1], in_repeat)
                if found:
                    return found
            elif op in (constants.ASSERT, constants.ASSERT_NOT):
                found = walk(value[1], in_repeat)
                if found:
                    return found
            elif op is getattr(constants, "ATOMIC_GROUP", None):
                found = walk(value, in_repeat)
                if found:
                    return found
        return None

    try:
        return walk(parser.parse(source, flags), False)
    except Exception:  # compile() accepted it; this check must not add errors of its own
        return None


def _regex_check(
    regex: re.Pattern[str], scopes: tuple[str, ...], message: str, suggestion: str | None
) -> Check:
    def check(ctx: RuleContext) -> Iterator[Problem]:
        for objective, kr, node in nodes(ctx, scopes):
            for match in regex.finditer(node.text):
                if match.end() == match.start():
                    continue
                yield Problem(
                    text_span(node, match.start(), match.end()),
                    render(message, match=match.group(0), text=node.text, node=describe(node)),
                    objective=objective,
                    key_result=kr,
                    suggestion=suggestion,
                )

    return check


def _token_patterns(params: Params) -> list[list[dict[str, Any]]]:
    value = params.data["tokens"]
    if isinstance(value, list) and value and all(isinstance(t, dict) for t in value):
        value = [value]  # one pattern given without the outer list
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(p, list) and p and all(isinstance(t, dict) for t in p) for p in value)
    ):
        raise params.fail(
            "tokens", "must be a list of token patterns, each a list of mappings like {LOWER: per}"
        )
    vocab = blank_vocab_nlp().vocab  # imports spaCy the way krlint does (nlp.spacy_import)
    from spacy.matcher import Matcher

    probe = Matcher(vocab, validate=True)
    for i, pattern in enumerate(value):
        try:
            probe.add(f"p{i}", [pattern])
        except Exception as error:  # spaCy raises ValueError/MatchPatternError with details
            detail = " ".join(str(error).split())
            raise params.fail(
                f"tokens[{i}]", f"not a valid spaCy token pattern: {detail[:300]}"
            ) from None
    return value


def _token_check(
    patterns: list[list[dict[str, Any]]],
    scopes: tuple[str, ...],
    message: str,
    suggestion: str | None,
) -> Check:
    matchers: dict[int, Matcher] = {}

    def matcher_for(nlp: Language) -> Matcher:
        key = id(nlp.vocab)
        if key not in matchers:
            from spacy.matcher import Matcher

            matcher = Matcher(nlp.vocab)
            matcher.add("pattern", patterns)
            matchers[key] = matcher
        return matchers[key]

    def check(ctx: RuleContext) -> Iterator[Problem]:
        for objective, kr, node, span in matched_spans(ctx, scopes, matcher_for):
            yield Problem(
                text_span(node, span.start_char, span.end_char),
                render(message, match=span.text, text=node.text, node=describe(node)),
                objective=objective,
                key_result=kr,
                suggestion=suggestion,
            )

    return check
