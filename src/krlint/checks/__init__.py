"""Built-in rules that no rule kind expresses (`kind: builtin`): one module per rule, named
`<code>_<name>` (e.g. `k201_activity_verb`). A rule a kind can express is written as data in its
YAML file instead (O103 and O104 are `kind: count`), so a reader learns one mechanism.

Each module has `check(ctx)`; the analyser's judgements are in `ctx` for every rule. The module
is found from the rule's catalogue entry, so adding a built-in rule is a YAML file and a module —
no registry to edit.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from krlint.rule_spec import RuleSpec


def module_name(spec: RuleSpec) -> str:
    return f"krlint.checks.{spec.code.lower()}_{spec.name.replace('-', '_')}"


def load(spec: RuleSpec) -> ModuleType:
    return importlib.import_module(module_name(spec))
