"""The rule catalogue: rule metadata read from YAML files, one file per rule.

Rules are data first (Vale's model): code, name, severity, documentation and examples live in
`rules/*.yaml`, which ships inside the wheel, so `krlint rules` and `krlint rule CODE` need no
Python module of the rule, and a company can add a folder of its own rules the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from krlint.diagnostics import Severity
from krlint.paths import MissingDataError, data_dir
from krlint.rule_spec import RuleSpec

CODE_RE = re.compile(r"^[A-Z][0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


class CatalogueError(Exception):
    """A rule file that cannot be used; the message names the file, the rule and the field."""


_KNOWN_KEYS = {
    "code",
    "name",
    "severity",
    "summary",
    "kind",
    "rationale",
    "examples",
    "options",
    "params",
    "family",
}


def parse_rule(data: object, source: str) -> RuleSpec:
    def fail(field_name: str, why: str) -> CatalogueError:
        rule = data.get("code") or data.get("name") if isinstance(data, dict) else None
        who = f" rule {rule}" if rule else ""
        return CatalogueError(f"{source}:{who}: field '{field_name}': {why}")

    if not isinstance(data, dict):
        raise CatalogueError(f"{source}: a rule file must be a mapping")
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown:
        raise fail(unknown[0], f"unknown field (known: {', '.join(sorted(_KNOWN_KEYS))})")
    for key in ("code", "name", "severity", "summary", "kind"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise fail(key, "required, and must be text")
    if not CODE_RE.match(data["code"]):
        raise fail("code", f"{data['code']!r} is not a letter and three digits (e.g. K201)")
    if not NAME_RE.match(data["name"]):
        raise fail("name", f"{data['name']!r} is not kebab-case (e.g. activity-verb)")
    try:
        severity = Severity.parse(data["severity"])
    except ValueError as error:
        raise fail("severity", str(error)) from None
    examples = data.get("examples") or {}
    if not isinstance(examples, dict) or not all(
        isinstance(examples.get(k, []), list) for k in ("bad", "good")
    ):
        raise fail("examples", "must be a mapping with 'bad' and 'good' lists")
    for key in ("options", "params"):
        if not isinstance(data.get(key) or {}, dict):
            raise fail(key, "must be a mapping")
    return RuleSpec(
        code=data["code"],
        name=data["name"],
        severity=severity,
        summary=data["summary"].strip(),
        kind=data["kind"],
        rationale=str(data.get("rationale", "")).strip(),
        bad=tuple(examples.get("bad", [])),
        good=tuple(examples.get("good", [])),
        options=dict(data.get("options") or {}),
        params=dict(data.get("params") or {}),
        source=source,
        family=str(data.get("family", "")),
    )


def load_dir(directory: Path, top: str | None = None) -> list[RuleSpec]:
    """The rules of one folder. A rule pack can come with the repository being linted, so each
    file is bounded before it is read (size, and the YAML event guard against alias bombs and
    deep nesting in its examples), and with `top` (the repository) a file that links outside it
    is refused unread."""
    from krlint import trust
    from krlint.limits import DEFAULT_LIMITS, MAX_RULE_FILE_BYTES, MAX_RULE_FILES
    from krlint.loaders.yaml_guard import load_own
    from krlint.sources import OwnFileError, read_own

    specs = []
    paths = sorted(directory.glob("*.y*ml"))
    if len(paths) > MAX_RULE_FILES:
        raise CatalogueError(f"{directory}: more than {MAX_RULE_FILES:,} rule files")
    for path in paths:
        if top is not None and not trust.inside(str(path), top):
            raise CatalogueError(f"{path}: a symbolic link to outside the repository; not read")
        try:
            text = read_own(path, MAX_RULE_FILE_BYTES, "a rule file")
            loaded = load_own(text, DEFAULT_LIMITS, path, "rule file")
        except OwnFileError as error:
            raise CatalogueError(str(error)) from None
        specs.append(parse_rule(loaded, str(path)))
    return specs


@cache
def builtin_rules() -> tuple[RuleSpec, ...]:
    try:
        folder = data_dir()
    except MissingDataError as error:  # reported as the catalogue's error, exit 2
        raise CatalogueError(str(error)) from None
    return tuple(sorted(load_dir(folder), key=lambda s: s.code))


class Catalogue:
    """All rules in force: the built-in ones plus any from configured rule folders."""

    def __init__(self, specs: list[RuleSpec] | tuple[RuleSpec, ...]) -> None:
        self.specs: dict[str, RuleSpec] = {}
        self._names: dict[str, str] = {}
        for spec in specs:
            if spec.code in self.specs:
                raise CatalogueError(
                    f"{spec.source}: rule {spec.code}: field 'code': already "
                    f"defined in {self.specs[spec.code].source}"
                )
            self.specs[spec.code] = spec
            self._names[spec.name] = spec.code

    def resolve(self, selector: str) -> list[str]:
        """Codes for a code, a name, a prefix (`K2`, `K`) or `ALL`; empty when nothing matches."""
        selector = selector.strip()
        if selector.upper() == "ALL":
            return list(self.specs)
        if selector in self._names:
            return [self._names[selector]]
        upper = selector.upper()
        return [code for code in self.specs if code.startswith(upper)] if upper else []

    def get(self, selector: str) -> RuleSpec | None:
        codes = self.resolve(selector)
        return self.specs[codes[0]] if len(codes) == 1 else None

    def __iter__(self) -> Iterator[RuleSpec]:
        return iter(self.specs.values())

    def __len__(self) -> int:
        return len(self.specs)
