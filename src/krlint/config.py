"""Configuration: `[tool.krlint]` in pyproject.toml or `.krlint.yaml`, found walking up.

Every key is validated up front: a typo in a config key must be one clear error naming the key,
not a setting silently ignored while CI stays green.
"""

from __future__ import annotations

import contextlib
import fnmatch
import sys
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from krlint.diagnostics import Severity
from krlint.limits import DEFAULT_LIMITS, Limits, parse_limits

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
        return tuple(code for pattern, codes in self.per_file_ignores.items()
                     if _glob_match(path, pattern, self.root) for code in codes)


def _glob_match(path: str, pattern: str, root: str | None) -> bool:
    candidates = {path, Path(path).name}
    if root:
        with contextlib.suppress(ValueError):  # the file is outside the config's folder
            candidates.add(str(Path(path).resolve().relative_to(Path(root).resolve())))
    return any(fnmatch.fnmatch(c, pattern) or fnmatch.fnmatch(c, pattern.rstrip("/") + "/*")
               for c in candidates)


_KEYS = {"select", "ignore", "extend-select", "severity", "fail-on", "per-file-ignores",
         "exclude", "include", "max-key-results", "min-key-results", "rule-dirs", "lexicon",
         "nlp", "rules", "limits"}
_LEXICON_KEYS = {"activity-verbs", "vague-verbs", "outcome-verbs", "outcome-metrics",
                 "output-artefacts", "outcome-measures"}


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split() if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def parse(data: Any, where: str, root: str | None = None) -> Config:
    """Validated `Config` from a mapping; `where` names the file in error messages."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: the krlint configuration must be a mapping")
    for key in data:
        if key not in _KEYS:
            import difflib

            close = difflib.get_close_matches(str(key), sorted(_KEYS), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ConfigError(f"{where}: unknown key '{key}'{hint}")
    config = Config(source=where, root=root)
    updates: dict[str, Any] = {}
    for key, attr in (("select", "select"), ("ignore", "ignore"),
                      ("extend-select", "extend_select"), ("exclude", "exclude"),
                      ("include", "include"), ("rule-dirs", "rule_dirs")):
        if key in data:
            updates[attr] = _strings(data[key], key, where)
    if "fail-on" in data:
        try:
            updates["fail_on"] = Severity.parse(str(data["fail-on"]))
        except ValueError as error:
            raise ConfigError(f"{where}: 'fail-on': {error}") from None
    if "severity" in data:
        if not isinstance(data["severity"], dict):
            raise ConfigError(f"{where}: 'severity' must map rule codes to error|warning|info")
        severities = {}
        for code, level in data["severity"].items():
            try:
                severities[str(code)] = Severity.parse(str(level))
            except ValueError as error:
                raise ConfigError(f"{where}: 'severity.{code}': {error}") from None
        updates["severity"] = severities
    if "per-file-ignores" in data:
        pfi = data["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise ConfigError(f"{where}: 'per-file-ignores' must map globs to lists of codes")
        updates["per_file_ignores"] = {
            str(glob): _strings(codes, f"per-file-ignores.{glob}", where)
            for glob, codes in pfi.items()
        }
    options: dict[str, dict[str, Any]] = {}
    for key, code, option in (("max-key-results", "O103", "max"),
                              ("min-key-results", "O104", "min")):
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
    updates["rule_options"] = options
    if "lexicon" in data:
        lex = data["lexicon"]
        if not isinstance(lex, dict):
            raise ConfigError(f"{where}: 'lexicon' must be a mapping")
        for key, value in lex.items():
            if key not in _LEXICON_KEYS:
                raise ConfigError(f"{where}: unknown key 'lexicon.{key}' "
                                  f"(known: {', '.join(sorted(_LEXICON_KEYS))})")
            if key == "outcome-measures":
                from krlint.nlp.lexicon import outcome_measures_errors

                problems = outcome_measures_errors(value)
                if problems:
                    raise ConfigError(f"{where}: {problems[0]}")
            elif not (isinstance(value, list) or (key == "activity-verbs" and
                                                  isinstance(value, dict))):
                raise ConfigError(f"{where}: 'lexicon.{key}' must be a list of words")
        updates["lexicon"] = dict(lex)
    if "nlp" in data:
        nlp = data["nlp"]
        if not isinstance(nlp, dict) or set(nlp) - {"model"}:
            raise ConfigError(f"{where}: 'nlp' accepts only 'model'")
        if nlp.get("model") is not None and not isinstance(nlp["model"], str):
            raise ConfigError(f"{where}: 'nlp.model' must be a pipeline name")
        updates["nlp_model"] = nlp.get("model")
    if "limits" in data:
        try:
            updates["limits"] = parse_limits(data["limits"], where)
        except ValueError as error:
            raise ConfigError(str(error)) from None
    return replace(config, **updates)


def load_file(path: Path) -> Config | None:
    """The config in one file, or None when the file holds no krlint section."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from None
    root = str(path.parent)
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{path}: invalid TOML: {error}") from None
        section = data.get("tool", {}).get("krlint")
        return None if section is None else parse(section, f"{path} [tool.krlint]", root)
    from krlint.loaders.yaml_guard import first_breach

    breach = first_breach(raw, DEFAULT_LIMITS, yaml.SafeLoader)  # a config is PR-controlled too
    if breach is not None:
        span = breach.problem.span
        raise ConfigError(f"{path}:{span.line}:{span.column}: {breach.problem.message}")
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: invalid YAML in config") from None
    return parse(data, str(path), root)


@lru_cache(maxsize=256)
def discover(directory: str) -> Config:
    """The nearest config at or above `directory`; defaults when there is none."""
    current = Path(directory).resolve()
    for folder in (current, *current.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                found = load_file(candidate)
                if found is not None:
                    return found
    return Config()
