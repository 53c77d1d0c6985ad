"""Python plugins: installed packages that add rule kinds and rules (flake8's model).

A plugin declares an entry point in the group `krlint.rules`:

    [project.entry-points."krlint.rules"]
    acme = "acme_krlint:register"

The entry point is a function `register(host: PluginHost) -> None` (or an object with such a
`register` method, e.g. a module). It calls `host.add_kind(name, factory)` and
`host.add_rule(spec, check)`. Only installed entry points are loaded — krlint never imports Python
files from the repository it lints (krlint.trust), so linting an untrusted checkout cannot run its
code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from krlint.catalogue import CatalogueError, parse_rule
from krlint.rule_api import Check, KindFactory, ParamError
from krlint.rule_spec import RuleSpec

if TYPE_CHECKING:
    from importlib import metadata

GROUP = "krlint.rules"
PYTHON_KIND = "python"


@dataclass
class Plugins:
    """What all installed plugins added: kinds (including `python`) and rule specs."""

    kinds: dict[str, KindFactory] = field(default_factory=dict)
    specs: list[RuleSpec] = field(default_factory=list)
    checks: dict[str, Check] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.kinds[PYTHON_KIND] = self._python_check

    def _python_check(self, spec: RuleSpec) -> Check:
        check = self.checks.get(spec.code)
        if check is None:
            raise ParamError("kind", "'python' rules come only from plugins, with their check")
        return check


class _Host:
    """The `PluginHost` one plugin is given; names the plugin in every error."""

    def __init__(self, plugins: Plugins, source: str) -> None:
        self._plugins = plugins
        self._source = source

    def add_kind(self, name: str, factory: KindFactory) -> None:
        from krlint.kinds import KINDS, NOT_RUN

        if not isinstance(name, str) or not name or not callable(factory):
            raise CatalogueError(f"{self._source}: add_kind needs a name and a callable")
        if name in KINDS or name in NOT_RUN or name in self._plugins.kinds:
            raise CatalogueError(f"{self._source}: rule kind {name!r} is already defined")
        self._plugins.kinds[name] = factory

    def add_rule(self, rule: RuleSpec | Mapping[str, Any], check: Check | None = None) -> RuleSpec:
        if isinstance(rule, RuleSpec):
            spec = rule
        elif isinstance(rule, Mapping):
            data = dict(rule)
            if check is not None:
                data.setdefault("kind", PYTHON_KIND)
            spec = parse_rule(data, self._source)
        else:
            raise CatalogueError(
                f"{self._source}: add_rule needs a RuleSpec or a mapping, not {type(rule).__name__}"
            )
        if check is not None:
            if not callable(check):
                raise CatalogueError(f"{self._source}: rule {spec.code}: the check is not callable")
            if spec.kind != PYTHON_KIND:
                raise CatalogueError(
                    f"{self._source}: rule {spec.code}: field 'kind': a rule "
                    f"with a check must be kind 'python'"
                )
            self._plugins.checks[spec.code] = check
        if not spec.source:
            from dataclasses import replace

            spec = replace(spec, source=self._source)
        self._plugins.specs.append(spec)
        return spec


def entry_points() -> list[metadata.EntryPoint]:
    """Installed entry points of the group, except those whose distribution lives inside the
    repository being linted: a committed `*.dist-info/entry_points.txt` is data, never a plugin
    (krlint.trust), even where the checkout is on `sys.path`."""
    if not _maybe_declared():
        return []
    from importlib import metadata  # ~20 ms: only when a catalogue is built, not on cached runs

    from krlint.trust import outside_repository

    found = []
    for ep in metadata.entry_points(group=GROUP):
        dist = getattr(ep, "dist", None)
        where = str(dist.locate_file("")) if dist is not None else None
        if where is not None and not outside_repository(where):
            continue
        found.append(ep)
    return sorted(found, key=lambda ep: ep.name)


def _maybe_declared() -> bool:
    """Whether any installed distribution may declare a `krlint.rules` entry point, found by
    reading `entry_points.txt` files where importlib.metadata would (~1 ms against its ~15 ms
    of imports and parsing, on every run that lints a file). Conservative: True whenever the
    quick look cannot see all that importlib.metadata sees — another finder of distributions
    on `sys.meta_path`, a zip or egg file on `sys.path`, a file it cannot read."""
    import os
    import sys
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if getattr(finder, "find_distributions", None) is not None and finder is not PathFinder:
            return True
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as found:
                for item in found:
                    if not item.name.endswith((".dist-info", ".egg-info")) or not item.is_dir():
                        continue
                    try:
                        with open(os.path.join(item.path, "entry_points.txt"), "rb") as handle:
                            if GROUP.encode() in handle.read():
                                return True
                    except FileNotFoundError:
                        continue
        except NotADirectoryError:
            return True  # a zip or an egg: let importlib.metadata look inside
        except FileNotFoundError:
            continue
        except OSError:
            return True
    return False


def load() -> Plugins:
    """Every installed plugin, registered in name order; CatalogueError names a broken one."""
    plugins = Plugins()
    for ep in entry_points():
        source = f"plugin {ep.name} ({ep.value})"
        try:
            target = ep.load()
            register: Callable[[Any], Any] = getattr(target, "register", target)
            if not callable(register):
                raise CatalogueError(
                    f"{source}: the entry point is neither a function nor has a register() function"
                )
            register(_Host(plugins, source))
        except CatalogueError:
            raise
        except Exception as error:  # an import or registration failure is the plugin's bug
            raise CatalogueError(
                f"{source}: failed to load: {type(error).__name__}: {error}"
            ) from None
        plugins.names.append(ep.name)
    return plugins
