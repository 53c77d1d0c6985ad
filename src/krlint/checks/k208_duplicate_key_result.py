"""K208: the same key result twice in a file (case, spacing and punctuation ignored)."""

import re
from collections.abc import Iterator

from krlint.diagnostics import Problem
from krlint.model import KeyResult
from krlint.rule_api import RuleContext

_NOISE = re.compile(r"[\W_]+")


def check(ctx: RuleContext) -> Iterator[Problem]:
    seen: dict[str, KeyResult] = {}
    for objective, kr in ctx.key_results():
        key = _NOISE.sub(" ", kr.text.lower()).strip()
        first = seen.get(key)
        if first is None:
            seen[key] = kr
            continue
        yield Problem(
            kr.span,
            f"the same key result as line {first.span.line}",
            objective=objective,
            key_result=kr,
            suggestion="Remove the copy, or make each measure distinct.",
        )
