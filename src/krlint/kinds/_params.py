"""Reading a rule's `params:` strictly: every mistake is a `ParamError` naming the field.

Shared by the data-driven kinds so they all reject the same mistakes the same way (an unknown
parameter, a string where a list belongs, a message with a placeholder that does not exist).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

from krlint.limits import MAX_FORMAT_WIDTH, MAX_MESSAGE, MAX_MESSAGE_TEMPLATE
from krlint.model import KeyResult, Objective
from krlint.rule_api import ParamError, RuleContext
from krlint.rule_spec import RuleSpec

_SCOPE_ALIASES = {
    "objective": "objective",
    "objectives": "objective",
    "key_result": "key_result",
    "key_results": "key_result",
    "key-result": "key_result",
    "key-results": "key_result",
}


class Params:
    def __init__(self, spec: RuleSpec, allowed: set[str]) -> None:
        self.spec = spec
        self.data = dict(spec.params)
        unknown = sorted(str(k) for k in self.data if k not in allowed)
        if unknown:
            raise ParamError(
                f"params.{unknown[0]}",
                f"unknown parameter for kind '{spec.kind}' (known: {', '.join(sorted(allowed))})",
            )

    def fail(self, name: str, why: str) -> ParamError:
        return ParamError(f"params.{name}", why)

    def has(self, name: str) -> bool:
        return self.data.get(name) is not None

    def text(self, name: str, default: str | None = None, required: bool = False) -> str | None:
        value = self.data.get(name)
        if value is None:
            if required:
                raise self.fail(name, "required")
            return default
        if not isinstance(value, str) or not value.strip():
            raise self.fail(name, "must be non-empty text")
        return value

    def words(self, name: str) -> tuple[str, ...]:
        value = self.data.get(name)
        if value is None:
            raise self.fail(name, "required: a list of words or phrases")
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            raise self.fail(name, "must be a non-empty list of words or phrases")
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(f"{name}[{i}]", f"must be non-empty text, not {item!r}")
        return tuple(dict.fromkeys(v.strip() for v in value))

    def integer(self, name: str) -> int | None:
        value = self.data.get(name)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.fail(name, f"must be a whole number ≥ 0, not {value!r}")
        return value

    def boolean(self, name: str, default: bool) -> bool:
        value = self.data.get(name, default)
        if not isinstance(value, bool):
            raise self.fail(name, f"must be true or false, not {value!r}")
        return value

    def choice(self, name: str, choices: dict[str, str], default: str | None = None) -> str:
        value = self.data.get(name, default)
        if value is None:
            raise self.fail(name, f"required: one of {', '.join(sorted(set(choices)))}")
        if not isinstance(value, str) or value not in choices:
            raise self.fail(name, f"{value!r} is not one of {', '.join(sorted(set(choices)))}")
        return choices[value]

    def scope(self, default: tuple[str, ...]) -> tuple[str, ...]:
        """`scope: key_result`, `scope: objective` or a list of both."""
        value = self.data.get("scope")
        if value is None:
            return default
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not values:
            raise self.fail("scope", "must be objective, key_result or a list of both")
        scopes = []
        for item in values:
            if item not in _SCOPE_ALIASES:
                raise self.fail("scope", f"{item!r} is not objective or key_result")
            scopes.append(_SCOPE_ALIASES[item])
        return tuple(dict.fromkeys(scopes))

    def template(self, name: str, default: str, placeholders: set[str]) -> str:
        """A message with `{placeholder}`s, checked now so it cannot fail while linting — nor
        cost more than a message should: the template is at most `MAX_MESSAGE_TEMPLATE`
        characters, and a format spec may neither nest fields nor ask for a width or precision
        over `MAX_FORMAT_WIDTH` (`{match:>500000000}` would be 500 MB per finding)."""
        value = self.text(name, default)
        assert value is not None
        if len(value) > MAX_MESSAGE_TEMPLATE:
            raise self.fail(name, f"longer than {MAX_MESSAGE_TEMPLATE:,} characters")
        try:
            for _, field_name, spec, _ in string.Formatter().parse(value):
                if field_name is not None and field_name not in placeholders:
                    known = ", ".join("{" + p + "}" for p in sorted(placeholders))
                    raise self.fail(name, f"unknown placeholder {{{field_name}}} (known: {known})")
                if spec and (
                    "{" in spec or any(int(n) > MAX_FORMAT_WIDTH for n in _NUMBERS.findall(spec))
                ):
                    raise self.fail(
                        name,
                        f"format spec {{{field_name}:{spec[:40]}}} is not "
                        f"allowed (no nested fields; widths up to "
                        f"{MAX_FORMAT_WIDTH})",
                    )
            render(value, **{p: "x" for p in placeholders})  # the spec suits text
        except ValueError as error:
            raise self.fail(name, f"not a valid message template: {error}") from None
        return value


_NUMBERS = re.compile(r"\d+")


def render(template: str, **values: object) -> str:
    """The message, cut at `MAX_MESSAGE` characters (a template may quote the text several
    times)."""
    message = template.format(**{k: "" if v is None else v for k, v in values.items()})
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"


def nodes(
    ctx: RuleContext, scopes: tuple[str, ...]
) -> Iterator[tuple[Objective, KeyResult | None, Objective | KeyResult]]:
    """(objective, key result or None, the node itself) for every node in scope, source order."""
    for objective in ctx.file.objectives:
        if "objective" in scopes:
            yield objective, None, objective
        if "key_result" in scopes:
            for kr in objective.key_results:
                yield objective, kr, kr


def describe(node: Objective | KeyResult) -> str:
    return "objective" if isinstance(node, Objective) else "key result"
