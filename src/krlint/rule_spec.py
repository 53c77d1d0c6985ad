"""What a rule is, as data: code, name, severity, documentation, examples, options, params.

Its own module because everything downstream of the catalogue describes rules — the engine runs
them, the report lists those in force, SARIF and `krlint rule` print their documentation — and
none of those should need the catalogue's YAML loading to say what a rule is called.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from krlint.diagnostics import Severity


@dataclass(frozen=True, slots=True)
class RuleSpec:
    code: str
    name: str
    severity: Severity
    summary: str
    kind: str
    rationale: str = ""
    bad: tuple[Any, ...] = ()
    good: tuple[Any, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    family: str = ""

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"
