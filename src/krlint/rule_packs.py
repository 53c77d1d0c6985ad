"""The rules in force for a configuration: krlint's own, the plugins', and the config's
`rule-dirs` — one catalogue, every added rule built (its kind and params validated) up front.

Apart from the engine so that `krlint rules` and `krlint rule` can list what is in force without
the machinery that reads and judges OKR files.
"""

from __future__ import annotations

import os
from pathlib import Path

from krlint import kinds, trust
from krlint.catalogue import Catalogue, CatalogueError, builtin_rules, load_dir
from krlint.config import Config, ConfigError
from krlint.plugins import Plugins
from krlint.rule_api import Rule
from krlint.rule_spec import RuleSpec


def assemble(
    config: Config, loaded: Plugins, built: dict[tuple[str, str], Rule] | None = None
) -> Catalogue:
    """Built-in rules, plugin rules and the config's rule folders — every rule built (its
    params validated) now, so a broken rule is one error before any file is linted. Rules built
    go into `built` by (code, rule file), for a caller that runs them."""
    specs = [*builtin_rules(), *loaded.specs]
    for folder in config.rule_dirs:
        specs.extend(load_rule_dir(folder, config))
    catalogue = Catalogue(specs)
    _build_added(catalogue, loaded, {} if built is None else built)
    return catalogue


def _build_added(catalogue: Catalogue, loaded: Plugins, built: dict[tuple[str, str], Rule]) -> None:
    """Build every rule that is not krlint's own, validating its kind and params."""
    own = {spec.code for spec in builtin_rules()}
    for spec in catalogue:
        if spec.code in own:
            continue
        if spec.kind == "builtin" or spec.kind in kinds.NOT_RUN:
            raise CatalogueError(
                f"{spec.source}: rule {spec.code}: field 'kind': "
                f"{spec.kind!r} is reserved for krlint's own rules"
            )
        key = (spec.code, spec.source)
        if key not in built:
            built[key] = kinds.build(spec, loaded.kinds)


def rule_dir_path(folder: str, config: Config) -> str:
    if not os.path.isabs(folder) and config.root:
        folder = os.path.join(config.root, folder)
    return os.path.abspath(folder)


def load_rule_dir(folder: str, config: Config) -> list[RuleSpec]:
    """A rule folder of the config — only from inside the config's repository (krlint.trust):
    `rule-dirs: [../../elsewhere]` or a link out of the checkout is refused before anything
    there is read, so nothing of it can be quoted in an error."""
    path = Path(rule_dir_path(folder, config))
    top = trust.repository_root(config.root or os.getcwd())
    if not trust.inside(str(path), top):
        raise ConfigError(
            f"{config.source}: 'rule-dirs': {folder} is outside the repository "
            f"({top}); rule packs are read only from inside it"
        )
    if not path.is_dir():
        raise ConfigError(f"{config.source}: 'rule-dirs': {folder} is not a directory")
    return load_dir(path, top)
