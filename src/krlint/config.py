"""Configuration: `[tool.krlint]` in pyproject.toml or `.krlint.yaml`, found walking up.

Every key is validated up front: a typo in a config key must be one clear error naming the key,
not a setting silently ignored while CI stays green.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from krlint import trust
from krlint.diagnostics import Severity
from krlint.limits import DEFAULT_LIMITS, MAX_CONFIG_BYTES, Limits, parse_limits

if TYPE_CHECKING:
    from krlint.catalogue import Catalogue

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = (".krlint.yaml", ".krlint.yml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration krlint cannot use; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.ERROR
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    rule_dirs: tuple[str, ...] = ()
    lexicon: dict[str, Any] = field(default_factory=dict)
    nlp_model: str | None = None
    limits: Limits = DEFAULT_LIMITS
    source: str | None = None  # the file this came from, for messages
    root: str | None = None  # its directory: relative paths in the config are relative to it

    def is_excluded(self, path: str) -> bool:
        return any(_glob_match(path, pattern, self.root) for pattern in self.exclude)

    def ignored_for(self, path: str) -> tuple[str, ...]:
        return tuple(
            code
            for pattern, codes in self.per_file_ignores.items()
            if _glob_match(path, pattern, self.root)
            for code in codes
        )


def _glob_match(path: str, pattern: str, root: str | None) -> bool:
    candidates = {path, Path(path).name}
    if root and trust.inside(path, root):
        # realpath, not Path.resolve: a symlink loop must not raise (it is that file's problem,
        # reported when it is read, not the run's)
        candidates.add(os.path.relpath(trust.real_path(path), trust.real_path(root)))
    return any(
        fnmatch.fnmatch(c, pattern) or fnmatch.fnmatch(c, pattern.rstrip("/") + "/*")
        for c in candidates
    )


_KEYS = {
    "select",
    "ignore",
    "extend-select",
    "severity",
    "fail-on",
    "per-file-ignores",
    "exclude",
    "include",
    "max-key-results",
    "min-key-results",
    "rule-dirs",
    "lexicon",
    "nlp",
    "rules",
    "limits",
}
_LEXICON_KEYS = {
    "activity-verbs",
    "vague-verbs",
    "outcome-verbs",
    "outcome-metrics",
    "output-artefacts",
    "outcome-measures",
    "glossary",
}


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split() if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _lexicon_words(key: str, value: Any, where: str) -> None:
    """A lexicon addition is a list of words (activity verbs: or a mapping of family → list);
    anything else — a number, a mapping inside the list, null — is refused here, where the key
    can be named, instead of failing (or being silently read as text) in the analyser."""
    groups = (
        value.items() if key == "activity-verbs" and isinstance(value, dict) else [(None, value)]
    )
    for family, words in groups:
        name = f"lexicon.{key}" + (f".{family}" if family is not None else "")
        if not isinstance(family, (str, type(None))):
            raise ConfigError(f"{where}: 'lexicon.{key}': family names must be text")
        if not isinstance(words, list):
            raise ConfigError(f"{where}: '{name}' must be a list of words")
        for i, word in enumerate(words):
            if not isinstance(word, str) or not word.strip():
                raise ConfigError(
                    f"{where}: '{name}[{i}]' must be a word or phrase (text), "
                    f"found {type(word).__name__}"
                )


def parse(data: Any, where: str, root: str | None = None) -> Config:
    """Validated `Config` from a mapping; `where` names the file in error messages.

    Keys are read in a fixed order (`_BEFORE_RULES`, the rule options, `_AFTER_RULES`), so a
    file with several mistakes always gets the same error first."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: the krlint configuration must be a mapping")
    _check_keys(data, where)
    updates: dict[str, Any] = {}
    for key, attr, read in _BEFORE_RULES:
        if key in data:
            updates[attr] = read(data[key], key, where)
    updates["rule_options"] = _rule_options(data, where)
    for key, attr, read in _AFTER_RULES:
        if key in data:
            updates[attr] = read(data[key], key, where)
    return replace(Config(source=where, root=root), **updates)


def _check_keys(data: dict[Any, Any], where: str) -> None:
    for key in data:
        if key not in _KEYS:
            import difflib

            close = difflib.get_close_matches(str(key), sorted(_KEYS), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ConfigError(f"{where}: unknown key '{key}'{hint}")


def _severities(value: Any, key: str, where: str) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: 'severity' must map rule codes to error|warning|info")
    severities = {}
    for code, level in value.items():
        try:
            severities[str(code)] = Severity.parse(str(level))
        except ValueError as error:
            raise ConfigError(f"{where}: 'severity.{code}': {error}") from None
    return severities


def _per_file_ignores(value: Any, key: str, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: 'per-file-ignores' must map globs to lists of codes")
    return {
        str(glob): _strings(codes, f"per-file-ignores.{glob}", where)
        for glob, codes in value.items()
    }


def _rule_options(data: dict[str, Any], where: str) -> dict[str, dict[str, Any]]:
    """`rules:` and the shorthands `max-key-results` (O103) and `min-key-results` (O104)."""
    options: dict[str, dict[str, Any]] = {}
    for key, code, option in (
        ("max-key-results", "O103", "max"),
        ("min-key-results", "O104", "min"),
    ):
        if key in data:
            value = data[key]
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"{where}: '{key}' must be a whole number ≥ 0")
            options.setdefault(code, {})[option] = value
    if "rules" in data:
        if not isinstance(data["rules"], dict) or not all(
            isinstance(v, dict) for v in data["rules"].values()
        ):
            raise ConfigError(f"{where}: 'rules' must map rule codes to option mappings")
        for code, opts in data["rules"].items():
            options.setdefault(str(code), {}).update(opts)
    return options


def _lexicon(value: Any, key: str, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: 'lexicon' must be a mapping")
    for name, words in value.items():
        if name not in _LEXICON_KEYS:
            raise ConfigError(
                f"{where}: unknown key 'lexicon.{name}' (known: {', '.join(sorted(_LEXICON_KEYS))})"
            )
        if name == "glossary":
            from krlint.nlp.gloss import glossary_errors

            problems = glossary_errors(words)
            if problems:
                raise ConfigError(f"{where}: {problems[0]}")
        elif name == "outcome-measures":
            from krlint.nlp.lexicon import outcome_measures_errors

            problems = outcome_measures_errors(words)
            if problems:
                raise ConfigError(f"{where}: {problems[0]}")
        else:
            _lexicon_words(name, words, where)
    return dict(value)


def _nlp_model(value: Any, key: str, where: str) -> str | None:
    if not isinstance(value, dict) or set(value) - {"model"}:
        raise ConfigError(f"{where}: 'nlp' accepts only 'model'")
    model = value.get("model")
    if model is not None and not isinstance(model, str):
        raise ConfigError(f"{where}: 'nlp.model' must be a pipeline name")
    return model


def _fail_on(value: Any, key: str, where: str) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as error:
        raise ConfigError(f"{where}: 'fail-on': {error}") from None


def _limits(value: Any, key: str, where: str) -> Limits:
    try:
        return parse_limits(value, where)
    except ValueError as error:
        raise ConfigError(str(error)) from None


_Read = Callable[[Any, str, str], Any]  # (value, key, where) -> the Config field's value
_BEFORE_RULES: tuple[tuple[str, str, _Read], ...] = (
    ("select", "select", _strings),
    ("ignore", "ignore", _strings),
    ("extend-select", "extend_select", _strings),
    ("exclude", "exclude", _strings),
    ("include", "include", _strings),
    ("rule-dirs", "rule_dirs", _strings),
    ("fail-on", "fail_on", _fail_on),
    ("severity", "severity", _severities),
    ("per-file-ignores", "per_file_ignores", _per_file_ignores),
)
_AFTER_RULES: tuple[tuple[str, str, _Read], ...] = (
    ("lexicon", "lexicon", _lexicon),
    ("nlp", "nlp_model", _nlp_model),
    ("limits", "limits", _limits),
)


def load_file(path: Path) -> Config | None:
    """The config in one file, or None when the file holds no krlint section.

    A config arrives in pull requests like the OKR files, so it gets the same care: at most
    `MAX_CONFIG_BYTES` are read (never a FIFO or a device), its YAML passes the event guard
    (depth, aliases, expanded size) before it is loaded, and a `pyproject.toml` that never
    mentions krlint is not parsed at all (a 5,000-deep array elsewhere in it is not krlint's
    business; one in krlint's section is a one-line error, not a recursion crash)."""
    from krlint.sources import OwnFileError, read_own

    try:
        raw = read_own(path, MAX_CONFIG_BYTES, "a krlint configuration")
    except OwnFileError as error:
        raise ConfigError(str(error)) from None
    root = str(path.parent)
    if path.name == "pyproject.toml":
        if "krlint" not in raw:
            return None
        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{path}: invalid TOML: {error}") from None
        except RecursionError:
            raise ConfigError(f"{path}: invalid TOML: nesting too deep to read") from None
        tool = data.get("tool", {})
        section = tool.get("krlint") if isinstance(tool, dict) else None
        return None if section is None else parse(section, f"{path} [tool.krlint]", root)
    from krlint.loaders.yaml_guard import load_own

    try:  # a config is PR-controlled too
        data = load_own(raw, DEFAULT_LIMITS, path, "config")
    except OwnFileError as error:
        raise ConfigError(str(error)) from None
    return parse(data, str(path), root)


def load_named(name: str) -> Config:
    """The config file named by `--config`: it must exist, and one without a krlint section
    is an empty config (the defaults), not a reason to go looking for another."""
    path = Path(name)
    if not path.is_file():
        raise ConfigError(f"{name}: config file not found")
    return load_file(path) or Config(source=str(path))


@lru_cache(maxsize=256)
def discover(directory: str) -> Config:
    """The nearest config at or above `directory`; defaults when there is none."""
    current = Path(trust.real_path(directory))
    for folder in (current, *current.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_symlink() and not trust.inside(
                str(candidate), trust.repository_root(str(folder))
            ):
                raise ConfigError(
                    f"{candidate}: a symbolic link to outside the repository; not read"
                )
            if candidate.exists() and not candidate.is_file() and not candidate.is_dir():
                raise ConfigError(
                    f"{candidate}: not a regular file (a FIFO, socket or device); not read"
                )
            if candidate.is_file():
                found = load_file(candidate)
                if found is not None:
                    return found
    return Config()


def check_model(config: Config) -> None:
    """`nlp.model` names an installed spaCy pipeline outside the repository, or the config is
    refused (one error naming the key) before anything imports it."""
    if config.nlp_model:
        problem = trust.pipeline_problem(config.nlp_model)
        if problem is not None:
            raise ConfigError(f"{config.source}: 'nlp.model': {problem}")


def check_rule_keys(config: Config, catalogue: Catalogue) -> None:
    """`severity` and `rules` name single rules; a typo there must not be silently ignored."""
    for key, names in (("severity", config.severity), ("rules", config.rule_options)):
        for name in names:
            spec = catalogue.get(name)
            if spec is None or name not in (spec.code, spec.name):
                raise ConfigError(f"{config.source}: '{key}.{name}': unknown rule code or name")
    for name, options in config.rule_options.items():
        spec = catalogue.get(name)
        assert spec is not None
        for option, value in options.items():
            where = f"{config.source}: 'rules.{name}.{option}'"
            if option not in spec.options:
                known = ", ".join(spec.options) or "none"
                raise ConfigError(f"{where}: {spec.code} has no such option (options: {known})")
            default = spec.options[option]
            number = (int, float) if isinstance(default, float) else type(default)
            if default is not None and (
                not isinstance(value, number)
                or isinstance(value, bool) != isinstance(default, bool)
            ):
                raise ConfigError(
                    f"{where}: expected {type(default).__name__} like {default!r}, found {value!r}"
                )
