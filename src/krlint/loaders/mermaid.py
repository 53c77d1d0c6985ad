"""OKRs drawn as a Mermaid diagram: objectives and key results as the nodes of a `graph` /
`flowchart` linked by edges, or of a `mindmap` nested by indentation.

Some teams publish their OKRs only as a diagram in a PRD ("```mermaid", "graph TD", `O1["Objective
1: Habit & streak retention"]`, `O1 --> KR1["D30 retention >= 45%"]`). The Markdown reader asks
this module which nodes are objectives and which key results hang from each, and reads their
words where they stand in the file. A node is an objective when its words are labelled so
("Objective 1: …") or its ID is one ("O1", "Obj2"); a key result likewise ("KR 1.1: …", "KR3");
any other node (a north-star root, a theme) is no part of the OKRs.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from krlint.loaders import okr_text as T

# a node with its words: `O1["Objective 1: …"]`, `KR2(…)`, `A{{…}}`, `root((…))`
_NODE = re.compile(
    r"""(?P<id>[A-Za-z_][\w-]*)\s*
    (?:\[\[|\[\(|\(\[|\(\(\(|\(\(|\{\{|\[/|\[\\|\[|\(|\{|>)
    \s*(?:"(?P<quoted>[^"]*)"|(?P<words>[^"\[\](){}]*?))\s*
    (?:\]\]|\)\]|\]\)|\)\)\)|\)\)|\}\}|/\]|\\\]|\]|\)|\})""",
    re.VERBOSE,
)
# an edge between two node IDs: `A --> B`, `A --- B`, `A -.-> B`, `A ==> B`, `A -->|why| B`
_EDGE = re.compile(r"(?:-{2,}|={2,}|-\.+-)>?(?:\s*\|[^|]*\|)?")
_BARE_ID = re.compile(r"[A-Za-z_][\w-]*")
_MAX_LINE = 1_000
# a mindmap node's shape around its words: `root((…))`, `id[…]`, `id(…)`, `id))…((`, `id{{…}}`
_MINDMAP_SHAPE = re.compile(
    r"^[\w-]*\s*(?:\(\(|\)\)|\{\{|[\[()])(?P<words>.*?)(?:\)\)|\(\(|\}\}|[\])(])$"
)


@dataclass(slots=True)
class Node:
    """A node that is an objective or a key result: its words as written and the line of the
    diagram they are on (0-based, from the fence's first content line)."""

    kind: str  # T.OBJECTIVE or T.KEY_RESULT
    words: str
    line: int
    key_results: list[Node] = field(default_factory=list)


def objectives(content: str) -> list[Node]:
    """The objectives a diagram draws, each with its key results, in the diagram's order;
    nothing if it draws none (a roadmap, a journey, a flow of screens)."""
    # (a diagram's line is a node or two and an edge: a longer one is no part of the OKRs,
    # and is not given to the patterns, which would read a long run of spaces many times)
    lines = [line if len(line) <= _MAX_LINE else "" for line in content.split("\n")]
    first = next((ln.strip().lower() for ln in lines if ln.strip()), "")
    if first.startswith("mindmap"):
        return _mindmap(lines)
    if first.startswith(("graph", "flowchart")):
        return _graph(lines)
    return []


def _kind(ident: str, words: str) -> str | None:
    """What a node is, by its words' label or else by its ID read as one ("O1", "KR3")."""
    for label in (T.parse_label(words), T.parse_label(f"{ident}: x") if ident else None):
        if label is not None and label.kind in (T.OBJECTIVE, T.KEY_RESULT):
            return label.kind
    return None


def _graph(lines: list[str]) -> list[Node]:
    nodes: dict[str, Node] = {}
    order: list[str] = []
    edges: list[tuple[str, str]] = []
    for n, line in enumerate(lines):
        text = line.split("%%", 1)[0]
        for m in _NODE.finditer(text):
            ident, quoted = m.group("id"), m.group("quoted")
            words = (quoted if quoted is not None else m.group("words")).strip()
            kind = _kind(ident, words)
            if kind is not None and words and ident not in nodes:
                nodes[ident] = Node(kind, words, n)
                order.append(ident)
        # the IDs in the order they appear, each node's shape and words taken out
        bare = _NODE.sub(lambda m: m.group("id"), text)
        parts = _EDGE.split(bare)
        ids = [p.strip() for p in parts]
        if len(ids) >= 2 and all(_BARE_ID.fullmatch(i) for i in ids):
            edges += list(itertools.pairwise(ids))
    for a, b in edges:
        parent, child = nodes.get(a), nodes.get(b)
        if parent is None or child is None:
            continue
        if parent.kind == T.OBJECTIVE and child.kind == T.KEY_RESULT:
            parent.key_results.append(child)
        elif parent.kind == T.KEY_RESULT and child.kind == T.OBJECTIVE:
            child.key_results.append(parent)  # drawn bottom-up: KR1 --> O1
    found = [nodes[i] for i in order if nodes[i].kind == T.OBJECTIVE and nodes[i].key_results]
    for o in found:
        o.key_results.sort(key=lambda k: k.line)
    return found


def _mindmap(lines: list[str]) -> list[Node]:
    found: list[Node] = []
    current: tuple[int, Node] | None = None  # the objective being read, with its indentation
    for n, line in enumerate(lines[1:], start=1):
        text = line.split("%%", 1)[0]
        if not text.strip():
            continue
        depth = len(text) - len(text.lstrip())
        shaped = _MINDMAP_SHAPE.match(text.strip())
        words = (shaped.group("words") if shaped else text).strip()
        kind = _kind("", words)
        if kind == T.OBJECTIVE:
            current = (depth, Node(kind, words, n))
            found.append(current[1])
        elif kind == T.KEY_RESULT and current is not None and depth > current[0]:
            current[1].key_results.append(Node(kind, words, n))
        elif current is not None and depth <= current[0]:
            current = None
    return [o for o in found if o.key_results]
