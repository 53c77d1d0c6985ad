"""`kind: require-field` — a field must be present and non-empty on objectives or key results.

House rules such as "every objective has an owner" or "every key result names its metric". The
field is looked up among the node's extra fields (`owner:`, `metric:`, `due:` …); a plain-string
key result has none, so it is flagged. The finding points at the objective or key result text.

    code: H003
    name: objective-owner
    severity: error
    kind: require-field
    summary: Every objective names its owner.
    params:
      field: owner
      scope: objective                  # or key_result, or a list of both; default objective
      message: '{node} "{text}" has no {field}'   # placeholders: field, text, node, id
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from krlint.diagnostics import Problem
from krlint.kinds._params import Params, describe, nodes, render
from krlint.rule_api import Check, RuleContext
from krlint.rule_spec import RuleSpec

PLACEHOLDERS = {"field", "text", "node", "id"}
DEFAULT_MESSAGE = '{node} "{text}" has no {field}'


def build(spec: RuleSpec) -> Check:
    params = Params(spec, {"field", "scope", "message", "suggestion"})
    name = params.text("field", required=True)
    assert name is not None
    scopes = params.scope(("objective",))
    message = params.template("message", DEFAULT_MESSAGE, PLACEHOLDERS)
    suggestion = params.text("suggestion") or f"Add '{name}:'."

    def check(ctx: RuleContext) -> Iterator[Problem]:
        for objective, kr, node in nodes(ctx, scopes):
            if not _filled(node.fields.get(name)):
                yield Problem(
                    node.span,
                    render(message, field=name, text=node.text, node=describe(node), id=node.id),
                    objective=objective,
                    key_result=kr,
                    suggestion=suggestion,
                )

    return check


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, dict, tuple)):
        return bool(value)
    return True
