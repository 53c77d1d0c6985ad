"""Rule kinds: how a rule's catalogue entry becomes a check that runs.

A rule file names its `kind`; the kind reads the rule's `params:` and returns the check. Kinds
that need no code (`lexicon`, `pattern`, `require-field`, `count`) let a team write house rules as
YAML; plugins add kinds of their own (see `krlint.plugins`). Parameters are validated when the
rule is built, before any file is linted, so a malformed rule is one error naming the file, the
rule and the field rather than a crash in the middle of a run.
"""

from __future__ import annotations

from collections.abc import Mapping

from krlint.catalogue import CatalogueError
from krlint.rule_api import Check, KindFactory, ParamError, Rule
from krlint.rule_spec import RuleSpec

# Kinds that are catalogue entries only: reader findings (F-codes) and the engine's own (X-codes).
NOT_RUN = frozenset({"reader", "internal"})


def _builtin(spec: RuleSpec) -> Check:
    from krlint import checks

    found: Check = checks.load(spec).check  # each rule module defines check(context)
    return found


def _lexicon(spec: RuleSpec) -> Check:
    from krlint.kinds.lexicon import build

    return build(spec)


def _pattern(spec: RuleSpec) -> Check:
    from krlint.kinds.pattern import build

    return build(spec)


def _require_field(spec: RuleSpec) -> Check:
    from krlint.kinds.require_field import build

    return build(spec)


def _count(spec: RuleSpec) -> Check:
    from krlint.kinds.count import build

    return build(spec)


# Imported lazily: `pattern` imports spaCy, which `krlint rules` must not pay for.
KINDS: Mapping[str, KindFactory] = {
    "builtin": _builtin,
    "lexicon": _lexicon,
    "pattern": _pattern,
    "require-field": _require_field,
    "count": _count,
}


def build(spec: RuleSpec, extra: Mapping[str, KindFactory] | None = None) -> Rule:
    """The runnable rule for `spec`; CatalogueError (file, rule, field) when it cannot be built."""
    kinds = {**KINDS, **(extra or {})}
    factory = kinds.get(spec.kind)
    if factory is None or spec.kind in NOT_RUN:
        known = ", ".join(sorted(k for k in kinds if k != "builtin"))
        raise CatalogueError(
            f"{spec.source}: rule {spec.code}: field 'kind': unknown kind "
            f"{spec.kind!r} (known: {known})"
        )
    try:
        check = factory(spec)
    except ParamError as error:
        raise CatalogueError(
            f"{spec.source}: rule {spec.code}: field '{error.field}': {error.why}"
        ) from None
    except CatalogueError:
        raise
    except Exception as error:  # a plugin's kind that fails is its bug, reported as one line
        raise CatalogueError(
            f"{spec.source}: rule {spec.code}: kind {spec.kind!r} failed to "
            f"build the rule: {type(error).__name__}: {error}"
        ) from None
    return Rule(spec, check)
