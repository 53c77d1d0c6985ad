"""`kind: count` — how many key results an objective may have, or objectives a file may have.

Too many points at the first one over the limit (that is where the list stopped being focused),
or at the objective itself with `at: objective`; too few points at the objective (or the top of
the file). With `skip-empty: true` an objective (or file) with none at all is left to another
rule (O102 reports an objective without key results).

A limit given under the rule's `options:` instead of `params:` is one the configuration may
change (`rules: {CODE: {max: 4}}`; O103 and O104 are such rules, and `max-key-results` /
`min-key-results` set their options): the option is the default, the config's value is read
when the rule runs.

    code: H004
    name: three-key-results
    severity: warning
    kind: count
    summary: Our objectives have two or three key results.
    params:
      of: key_results              # or: objectives (per file)
      min: 2
      max: 3
      at: first-over               # or: objective (where too many is reported)
      skip-empty: false            # true: none at all is not "too few"
      message: '{count} {of} (we allow {min}–{max})'   # placeholders: count, of, min, max, text
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from krlint.diagnostics import Problem
from krlint.kinds._params import Params, render
from krlint.model import UNKNOWN_SPAN, KeyResult, Objective
from krlint.rule_api import Check, ParamError, RuleContext
from krlint.rule_spec import RuleSpec

PLACEHOLDERS = {"count", "of", "min", "max", "text"}
_OF = {"key_results": "key results", "key-results": "key results", "objectives": "objectives"}
_AT = {"first-over": "first-over", "objective": "objective"}
TOO_MANY = "{count} {of}, more than {max}"
TOO_FEW = "{count} {of}, fewer than {min}"


def build(spec: RuleSpec) -> Check:
    params = Params(spec, {"of", "min", "max", "at", "skip-empty", "message", "suggestion"})
    of = params.choice("of", _OF)
    low, high = _limit(params, "min"), _limit(params, "max")
    if low is None and high is None:
        raise params.fail("min", "give 'min', 'max' or both")
    if low is not None and high is not None and low > high:
        raise params.fail("min", f"{low} is more than max ({high})")
    at = params.choice("at", _AT, "first-over")
    if at == "objective" and of == "objectives":
        raise params.fail("at", "'objective' applies to 'of: key_results' only")
    skip_empty = params.boolean("skip-empty", False)
    custom = params.template("message", TOO_MANY, PLACEHOLDERS) if params.has("message") else None
    suggestion = params.text("suggestion")
    tunable = {name for name in ("min", "max") if name in spec.options}

    def problems(
        items: Sequence[Objective | KeyResult],
        parent: Objective | None,
        low: int | None,
        high: int | None,
    ) -> Iterator[Problem]:
        n = len(items)
        if n == 0 and skip_empty:
            return
        values = {
            "count": n,
            "of": of if n != 1 else of[:-1],
            "min": low,
            "max": high,
            "text": parent.text if parent else "",
        }
        if high is not None and n > high:
            if at == "objective" and parent is not None:
                yield Problem(
                    parent.span,
                    render(custom or TOO_MANY, **values),
                    objective=parent,
                    suggestion=suggestion,
                )
                return
            over = items[high]
            kr = over if isinstance(over, KeyResult) else None
            yield Problem(
                over.span,
                render(custom or TOO_MANY, **values),
                objective=parent or (over if isinstance(over, Objective) else None),
                key_result=kr,
                suggestion=suggestion,
            )
        elif low is not None and n < low:
            yield Problem(
                parent.span if parent else UNKNOWN_SPAN,
                render(custom or TOO_FEW, **values),
                objective=parent,
                suggestion=suggestion,
            )

    def check(ctx: RuleContext) -> Iterator[Problem]:
        lo = int(ctx.options.get("min", low)) if "min" in tunable else low
        hi = int(ctx.options.get("max", high)) if "max" in tunable else high
        if of == "objectives":
            yield from problems(ctx.file.objectives, None, lo, hi)
            return
        for objective in ctx.file.objectives:
            yield from problems(objective.key_results, objective, lo, hi)

    return check


def _limit(params: Params, name: str) -> int | None:
    """`min` or `max` from `params:`, or — when the config may change it — from `options:`."""
    if name not in params.spec.options:
        return params.integer(name)
    if params.has(name):
        raise params.fail(
            name,
            "given in both 'params' and 'options'; keep it in 'options' "
            "for the config to change it",
        )
    value = params.spec.options[name]
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ParamError(f"options.{name}", f"must be a whole number ≥ 0, not {value!r}")
    return value
