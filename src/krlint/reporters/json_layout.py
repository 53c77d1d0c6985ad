"""`json.dump(document, out, ensure_ascii=False, indent=2)`, for a document whose long arrays are
written item by item as files go by (into a `Spool`) or produced while it is written — so the
JSON, SARIF and GitLab reports are byte for byte what a whole-document dump gives, without ever
holding the whole document.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from krlint.reporters.spool import Spool

INDENT = "  "


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


class Items:
    """A JSON array at `depth` of the document (0: the document itself), items added one by
    one and laid out as they will stand."""

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.count = 0
        self.spool = Spool()
        self._pad = "\n" + INDENT * (depth + 1)

    def add(self, value: Any) -> None:
        text = _dumps(value).replace("\n", self._pad)
        self.spool.write(("," if self.count else "") + self._pad + text)
        self.count += 1


class Produced:
    """A JSON array at `depth` whose items are produced while the document is written."""

    def __init__(self, depth: int, items: Iterable[Any]) -> None:
        self.depth = depth
        self.items = items


def dump(value: Any, out: TextIO | Spool, depth: int = 0) -> None:
    """Write `value` as `json.dump(value, out, ensure_ascii=False, indent=2, default=str)`
    would, with `Items` and `Produced` arrays in place."""
    pad = "\n" + INDENT * depth
    if isinstance(value, Items):
        assert value.depth == depth, "an Items array laid out for another depth"
        if not value.count:
            out.write("[]")
            return
        out.write("[")
        value.spool.copy_to(out)
        out.write(pad + "]")
        return
    if isinstance(value, Produced):
        assert value.depth == depth, "a Produced array laid out for another depth"
        inner = pad + INDENT
        first = True
        for item in value.items:
            out.write(("[" if first else ",") + inner + _dumps(item).replace("\n", inner))
            first = False
        out.write("[]" if first else pad + "]")
        return
    if isinstance(value, dict) and value and _holds_deferred(value):
        first = True
        for key, item in value.items():
            out.write(
                ("{" if first else ",")
                + pad
                + INDENT
                + json.dumps(str(key), ensure_ascii=False)
                + ": "
            )
            dump(item, out, depth + 1)
            first = False
        out.write(pad + "}")
        return
    if isinstance(value, list) and value and _holds_deferred(value):
        first = True
        for item in value:
            out.write(("[" if first else ",") + pad + INDENT)
            dump(item, out, depth + 1)
            first = False
        out.write(pad + "]")
        return
    out.write(_dumps(value).replace("\n", pad))


def _holds_deferred(value: Any) -> bool:
    if isinstance(value, (Items, Produced)):
        return True
    if isinstance(value, dict):
        return any(_holds_deferred(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_deferred(v) for v in value)
    return False
