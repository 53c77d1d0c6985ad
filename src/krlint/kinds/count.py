"""`kind: count` — how many key results an objective may have, or objectives a file may have.

Too many points at the first one over the limit (that is where the list stopped being focused);
too few points at the objective (or the top of the file).

    code: H004
    name: three-key-results
    severity: warning
    kind: count
    summary: Our objectives have two or three key results.
    params:
      of: key_results              # or: objectives (per file)
      min: 2
      max: 3
      message: '{count} {of} (we allow {min}–{max})'   # placeholders: count, of, min, max, text
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from krlint.diagnostics import Problem
from krlint.kinds._params import Params, render
from krlint.model import UNKNOWN_SPAN, KeyResult, Objective
from krlint.rule_api import Check, RuleContext
from krlint.rule_spec import RuleSpec

PLACEHOLDERS = {"count", "of", "min", "max", "text"}
_OF = {"key_results": "key results", "key-results": "key results", "objectives": "objectives"}
TOO_MANY = '{count} {of}, more than {max}'
TOO_FEW = '{count} {of}, fewer than {min}'


def build(spec: RuleSpec) -> Check:
    params = Params(spec, {"of", "min", "max", "message", "suggestion"})
    of = params.choice("of", _OF)
    low, high = params.integer("min"), params.integer("max")
    if low is None and high is None:
        raise params.fail("min", "give 'min', 'max' or both")
    if low is not None and high is not None and low > high:
        raise params.fail("min", f"{low} is more than max ({high})")
    custom = params.template("message", TOO_MANY, PLACEHOLDERS) if params.has("message") \
        else None
    suggestion = params.text("suggestion")

    def problems(items: Sequence[Objective | KeyResult], parent: Objective | None,
                 ) -> Iterator[Problem]:
        n = len(items)
        values = {"count": n, "of": of if n != 1 else of[:-1], "min": low, "max": high,
                  "text": parent.text if parent else ""}
        if high is not None and n > high:
            over = items[high]
            kr = over if isinstance(over, KeyResult) else None
            yield Problem(over.span, render(custom or TOO_MANY, **values),
                          objective=parent or (over if isinstance(over, Objective) else None),
                          key_result=kr, suggestion=suggestion)
        elif low is not None and n < low:
            yield Problem(parent.span if parent else UNKNOWN_SPAN,
                          render(custom or TOO_FEW, **values), objective=parent,
                          suggestion=suggestion)

    def check(ctx: RuleContext) -> Iterator[Problem]:
        if of == "objectives":
            yield from problems(ctx.file.objectives, None)
            return
        for objective in ctx.file.objectives:
            yield from problems(objective.key_results, objective)

    return check
