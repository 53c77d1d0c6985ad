"""Does a YAML/JSON file hold OKRs at all? Asked only of files found by walking a directory.

A real repository is full of YAML and JSON that is not about OKRs (docker-compose.yml,
package.json, mkdocs.yml, CI workflows). Reporting each as F002 "no objectives found" would bury
the real findings, so a directory walk skips files with no OKR shape at all — and says how many
it skipped. A file named on the command line is never sniffed: the user asked for it.

The test is deliberately shallow (the top two levels) and generous: anything that might be an
OKR file, including one that does not parse, is linted, so a broken OKR file is never skipped.
"""

from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from krlint import fields as F

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# Keys that name an objective's text only when key results sit beside them; `name` and `title`
# alone are everywhere (Ansible plays, package.json, workflows).
_OBJECTIVE_ONLY = ("objective", "goal")


def _keys(node: MappingNode) -> list[str]:
    return [str(k.value) for k, _ in node.value if isinstance(k, ScalarNode)]


def _objective_like(node: Node) -> bool:
    if not isinstance(node, MappingNode):
        return False
    keys = _keys(node)
    if F.find(keys, F.KEY_RESULTS) or F.find(keys, _OBJECTIVE_ONLY):
        return True
    # {"Objective text": [key results]}
    return len(node.value) == 1 and isinstance(node.value[0][1], SequenceNode)


def _okr_document(root: Node | None) -> bool:
    if isinstance(root, MappingNode):
        keys = _keys(root)
        if F.find(keys, F.ROOT_OBJECTIVES):
            return True
        return bool(F.find(keys, F.OBJECTIVE_TEXT) and F.find(keys, F.KEY_RESULTS))
    if isinstance(root, SequenceNode):
        return any(_objective_like(item) for item in root.value)
    return False


def looks_like_okrs(text: str, *, json: bool = False) -> bool:
    """False only for text that parses and has no objectives key and no list of objectives."""
    if json:
        text = text.replace("\t", " ")  # as the reader does: JSON may indent with tabs
    try:
        return any(_okr_document(root) for root in yaml.compose_all(text, Loader=_Loader))
    except (yaml.YAMLError, RecursionError):
        return True  # cannot tell: lint it, so the reader reports what is wrong
