"""YAML (and JSON, read as YAML) to the OKR model.

PyYAML's `compose` gives a node graph with positions and constructs nothing, so unsafe tags such
as `!!python/object` can never run and duplicate keys are still visible (a constructed dict would
silently keep the last one). Aliases share nodes in the graph, so the walk counts every node it
visits: an alias bomb is refused when that count passes the limit instead of exhausting memory.
"""

from __future__ import annotations

import functools
import gc
import re
from collections.abc import Callable, Iterator
from typing import Any, cast

import yaml
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from krlint import fields as F
from krlint import measures
from krlint.diagnostics import Problem
from krlint.limits import DEFAULT_LIMITS, LIMIT_CODE, Limits
from krlint.loaders import okr_text
from krlint.loaders.read_result import ReadResult
from krlint.loaders.yaml_guard import segments, syntax_problem
from krlint.model import KeyResult, Objective, OkrFile, SourceLines, SourceMap, Span

try:  # the C loader is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]  # same interface
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser):  # type: ignore[no-redef]  # CParser's interface
        def __init__(self, text: str) -> None:
            Reader.__init__(self, text)
            Scanner.__init__(self)
            Parser.__init__(self)


STR = "tag:yaml.org,2002:str"
MERGE = "tag:yaml.org,2002:merge"
NULL = "tag:yaml.org,2002:null"
_SAFE_TAG_PREFIX = "tag:yaml.org,2002:"
_UNSAFE_TAG_PREFIXES = ("tag:yaml.org,2002:python/", "!!python/")
MAX_SPELLING_LOOKUPS = 1_000  # per file


class _TooManyNodes(Exception):
    def __init__(self, node: Node) -> None:
        self.node = node


def span_of(node: Node) -> Span:
    start, end = node.start_mark, node.end_mark
    line, column = start.line + 1, start.column + 1
    end_line, end_column = end.line + 1, end.column + 1
    if isinstance(node, ScalarNode) and node.style in ("'", '"') and end_line == line:
        column += 1  # point at the text, not at its opening quote
        end_column -= 1
    return Span(line, column, end_line, end_column)


def _describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == NULL:
        return "nothing (null)"
    if node.tag == STR:
        return "text"
    kind = node.tag.rsplit(":", 1)[-1]
    return {"int": "a number", "float": "a number", "bool": "a boolean"}.get(kind, kind)


class _Walker:
    def __init__(self, path: str, max_visits: int, json: bool = False) -> None:
        self.path = path
        self.json = json
        self.max_visits = max_visits
        self.problems: list[Problem] = []
        self.visits = 0
        # reported nodes, by id; held so that no id is reused while it is listed (a streamed
        # document lets each objective's nodes go once it is read)
        self.unsafe: dict[int, Node] = {}
        self.objective_count = 0
        self.lookups = 0  # unknown field names looked up for a "did you mean"

    # -- helpers -----------------------------------------------------------------------------
    def problem(self, code: str, node: Node, message: str, suggestion: str | None = None) -> None:
        self.problems.append(
            Problem(span=span_of(node), message=message, code=code, suggestion=suggestion)
        )

    def visit(self, node: Node) -> None:
        self.visits += 1
        if self.visits > self.max_visits:
            raise _TooManyNodes(node)

    def check_tag(self, node: Node) -> bool:
        """False (with a finding) for tags that would construct objects if anyone loaded them."""
        tag = node.tag or ""
        if tag.startswith(_UNSAFE_TAG_PREFIXES):
            if id(node) in self.unsafe:  # an alias of a node already reported
                return False
            self.unsafe[id(node)] = node
            self.problem(
                "F002",
                node,
                f"unsafe tag {tag.replace(_SAFE_TAG_PREFIX, '!!')} is not allowed in OKR files "
                "(krlint never constructs it)",
            )
            return False
        return True

    def pairs(self, node: MappingNode) -> list[tuple[str, Node, Node]]:
        """Key/value pairs with merge keys applied and duplicate keys reported (F004)."""
        self.visit(node)
        out: dict[str, tuple[str, Node, Node]] = {}  # by key, in first-seen order; a
        # duplicate replaces its entry in place of a rebuilt list (30,000 duplicates: linear)
        seen: dict[str, Node] = {}
        merged: list[tuple[str, Node, Node]] = []
        for key_node, value_node in node.value:
            self.visit(key_node)
            self.check_tag(key_node)  # reported; the key is only ever read as text
            if key_node.tag == MERGE:
                merged.extend(self._merge_sources(value_node))
                continue
            if not isinstance(key_node, ScalarNode):
                self.problem(
                    "F002",
                    key_node,
                    "a mapping key must be text, not a "
                    + ("mapping" if isinstance(key_node, MappingNode) else "list"),
                )
                continue
            key = str(key_node.value)
            if key in seen:
                first = seen[key].start_mark.line + 1
                self.problem(
                    "F004",
                    key_node,
                    f"duplicate key {key!r} (first at line {first}); YAML keeps only the last",
                )
                del out[key]  # YAML keeps the last: it moves to where the last one is
            seen[key] = key_node
            out[key] = (key, key_node, value_node)
        for key, key_node, value_node in merged:
            if key not in seen:
                seen[key] = key_node
                out[key] = (key, key_node, value_node)
        return list(out.values())

    def _merge_sources(self, node: Node) -> Iterator[tuple[str, Node, Node]]:
        sources = node.value if isinstance(node, SequenceNode) else [node]
        for source in sources:
            if isinstance(source, MappingNode):
                yield from self.pairs(source)
            else:
                self.problem("F002", source, "a merge key (<<) must refer to a mapping")

    def text(self, node: Node, what: str) -> str | None:
        """The node's text, or None with an F002 finding saying what was found instead."""
        self.visit(node)
        if not self.check_tag(node):
            return None
        if isinstance(node, ScalarNode) and node.tag == STR:
            value = str(node.value)
            if self.json:
                value = value.replace("\x00", "")  # see _json_surrogate_pairs
            value = value.strip()
            if value:
                return value
            self.problem("F002", node, f"{what} is empty")
            return None
        self.problem("F002", node, f"{what} must be text, found {_describe(node)}")
        return None

    def scalar(self, node: Node) -> object:
        self.visit(node)
        if not self.check_tag(node):
            return None
        if isinstance(node, ScalarNode):
            return node.value
        if isinstance(node, SequenceNode):
            return [self.scalar(n) for n in node.value]
        assert isinstance(node, MappingNode)  # the third and last kind of node
        return {k: self.scalar(v) for k, _, v in self.pairs(node)}

    def unknown_fields(
        self, pairs: list[tuple[str, Node, Node]], known: frozenset[str], where: str
    ) -> None:
        for key, key_node, _ in pairs:
            if F.is_known(key, known):
                continue
            # a fuzzy match costs ~0.5 ms; a file with more unknown keys than this holds data,
            # not typos (15,000 of them took 7 s), so only the first ones are looked up
            self.lookups += 1
            if self.lookups > MAX_SPELLING_LOOKUPS:
                return
            suggestion = F.did_you_mean(key, known)
            if suggestion:
                self.problem(
                    "F003",
                    key_node,
                    f"unknown field {key!r} in {where}: did you mean {suggestion!r}?",
                    suggestion=f"Rename {key!r} to {suggestion!r}.",
                )

    def disabled(self, pairs: list[tuple[str, Node, Node]]) -> frozenset[str]:
        for key, _, value in pairs:
            if key != "krlint":
                continue
            if isinstance(value, MappingNode):
                for k, key_node, v in self.pairs(value):
                    if k == "disable":
                        items = v.value if isinstance(v, SequenceNode) else [v]
                        return frozenset(
                            str(i.value).strip() for i in items if isinstance(i, ScalarNode)
                        )
                    self.problem(
                        "F002",
                        key_node,
                        f"'krlint' accepts only 'disable', not {k!r} "
                        "(e.g. krlint: {disable: [K201]})",
                    )
                continue
            self.problem("F002", value, "'krlint' must be a mapping like {disable: [K201]}")
        return frozenset()

    # -- structure -----------------------------------------------------------------------------
    def document(self, root: Node) -> Iterator[Objective]:
        self.visit(root)
        if not self.check_tag(root):
            return
        if isinstance(root, SequenceNode):
            yield from self.objectives(root, None)
        elif isinstance(root, MappingNode):
            found = self.root(root)
            if isinstance(found, Objective):
                yield found
            elif found is not None:
                yield from self.objectives(*found)
        elif root.tag != NULL:
            self.problem(
                "F002",
                root,
                f"an OKR document must be a mapping or a list, found {_describe(root)}",
            )

    def root(self, root: MappingNode) -> tuple[Node, str | None] | Objective | None:
        """A root mapping's objectives node and the period it gives, or the one objective the
        document is, or None (with a finding, or none when that objective had none to give)."""
        pairs = self.pairs(root)
        keys = [k for k, _, _ in pairs]
        obj_key = F.find(keys, F.ROOT_OBJECTIVES)
        values = {k: v for k, _, v in pairs}
        period: str | None = None
        for name in ("period", "quarter", "cycle", "timeframe"):
            if name in values and isinstance(values[name], ScalarNode):
                period = str(values[name].value)
                break
        if obj_key is None:
            if F.find(keys, F.OBJECTIVE_TEXT) and F.find(keys, F.KEY_RESULTS):
                return self.objective(root, period)  # the document is one objective
            named = next(
                (
                    k
                    for k in keys
                    if F.names_objectives(k) and isinstance(values[k], MappingNode | SequenceNode)
                ),
                None,
            )
            if named is not None:
                # "Strategic_OKRs_2025:" over the objectives, keyed by their IDs: a name that
                # says what it holds
                return values[named], period
            self.problem(
                "F002",
                root,
                "no objectives found: expected an 'objectives:' list "
                "(or a list of objectives as the document)",
            )
            return None
        self.unknown_fields(pairs, F.ROOT_KNOWN, "the document")
        return values[obj_key], period

    def saved(self) -> tuple[int, int, dict[int, Node], int, int]:
        return (
            len(self.problems),
            self.visits,
            dict(self.unsafe),
            self.objective_count,
            self.lookups,
        )

    def restore(self, saved: tuple[int, int, dict[int, Node], int, int]) -> None:
        problems, self.visits, self.unsafe, self.objective_count, self.lookups = saved
        del self.problems[problems:]

    def objectives(self, node: Node, period: str | None) -> Iterator[Objective]:
        self.visit(node)
        if not self.check_tag(node):
            return
        if isinstance(node, SequenceNode):
            for item in node.value:
                obj = self.objective(item, period)
                if obj:
                    yield obj
        elif isinstance(node, MappingNode):
            keys = [str(k.value) for k, _ in node.value if isinstance(k, ScalarNode)]
            if F.find(keys, F.OBJECTIVE_TEXT) or F.find(keys, F.KEY_RESULTS):
                # `objectives: {objective: …, key_results: […]}` - one objective, not two
                # objectives named "objective" and "key_results"
                obj = self.objective(node, period)
                if obj:
                    yield obj
                return
            # objectives keyed by id ({O1: {...}}) or by their text ({"Grow": [krs]})
            for key, key_node, value in self.pairs(node):
                if isinstance(value, SequenceNode):
                    obj = self._objective(key, key_node, value, [], period, None)
                elif isinstance(value, MappingNode):
                    obj = self.objective(value, period, default_id=key)
                else:
                    obj = self.objective(key_node, period)
                if obj:
                    yield obj
        elif node.tag != NULL:
            self.problem("F002", node, f"objectives must be a list, found {_describe(node)}")

    def objective(
        self, node: Node, period: str | None, default_id: str | None = None
    ) -> Objective | None:
        self.visit(node)
        if not self.check_tag(node):
            return None
        if isinstance(node, ScalarNode):
            text = self.text(node, "an objective")
            if text is None:
                return None
            return self._objective(text, node, None, [], period, default_id)
        if not isinstance(node, MappingNode):
            self.problem("F002", node, f"an objective must be a mapping, found {_describe(node)}")
            return None
        pairs = self.pairs(node)
        keys = [k for k, _, _ in pairs]
        values = {k: (kn, v) for k, kn, v in pairs}
        text_key = F.find(keys, F.OBJECTIVE_TEXT)
        kr_key = F.find(keys, F.KEY_RESULTS)
        if text_key is None and kr_key is None and len(pairs) == 1:
            key, key_node, value = pairs[0]
            if isinstance(value, SequenceNode):  # {"Objective text": [krs]}
                return self._objective(key, key_node, value, [], period, default_id)
        self.unknown_fields(pairs, F.OBJECTIVE_KNOWN, "an objective")
        if text_key is None and kr_key is not None:
            # "objective_1_market_leadership: {description: …, key_results: […]}": named by
            # its key, stated by its description
            text_key = F.find(keys, F.DESCRIPTION)
        if text_key is None:
            self.problem("F002", node, "objective has no text: add 'objective: …' (or 'title:')")
            return None
        text = self.text(values[text_key][1], "the objective")
        if text is None:
            return None
        kr_node = values[kr_key][1] if kr_key else None
        if "id" in values and isinstance(values["id"][1], ScalarNode):
            default_id = str(values["id"][1].value)
        extra = {
            k: self.scalar(v)
            for k, (_, v) in values.items()
            if k not in (text_key, kr_key, "krlint")
        }
        for name in ("period", "quarter"):
            given = extra.get(name)
            if isinstance(given, str):
                period = given
        return self._objective(text, values[text_key][1], kr_node, pairs, period, default_id, extra)

    def _objective(
        self,
        text: str,
        text_node: Node,
        kr_node: Node | None,
        pairs: list[tuple[str, Node, Node]],
        period: str | None,
        default_id: str | None,
        extra: dict[str, object] | None = None,
    ) -> Objective:
        self.objective_count += 1
        obj_id = default_id or f"O{self.objective_count}"
        text, fields, source_map = _cleaned(text, text_node, okr_text.clean_objective)
        obj = Objective(
            text=text,
            span=span_of(text_node),
            id=obj_id,
            fields={**fields, **(extra or {})},
            disabled=self.disabled(pairs),
            period=period,
            source_map=source_map,
        )
        if kr_node is not None:
            obj.key_results = list(self.key_results(kr_node, obj))
        return obj

    def key_results(self, node: Node, obj: Objective) -> Iterator[KeyResult]:
        self.visit(node)
        if not self.check_tag(node):
            return
        items: list[tuple[str | None, Node]]
        if isinstance(node, MappingNode):  # {KR1: "text", KR2: {...}}
            items = [(key, value) for key, _, value in self.pairs(node)]
        elif isinstance(node, SequenceNode):
            items = [(None, value) for value in node.value]
        else:
            if node.tag != NULL:
                self.problem("F002", node, f"key results must be a list, found {_describe(node)}")
            return
        for n, (key, item) in enumerate(items, start=1):
            kr = self.key_result(item, key or f"{obj.id}.KR{n}")
            if kr:
                yield kr

    def key_result(self, node: Node, kr_id: str) -> KeyResult | None:
        self.visit(node)
        if not self.check_tag(node):
            return None
        if isinstance(node, ScalarNode):
            text = self.text(node, "a key result")
            if not text:
                return None
            text, fields, source_map = _cleaned(text, node, okr_text.clean_key_result)
            return KeyResult(
                text=text, span=span_of(node), id=kr_id, fields=fields, source_map=source_map
            )
        if not isinstance(node, MappingNode):
            self.problem(
                "F002", node, f"a key result must be text or a mapping, found {_describe(node)}"
            )
            return None
        pairs = self.pairs(node)
        keys = [k for k, _, _ in pairs]
        values = {k: v for k, _, v in pairs}
        self.unknown_fields(pairs, F.KEY_RESULT_KNOWN, "a key result")
        text_key = F.find(keys, F.KEY_RESULT_TEXT)
        desc_key = F.find(keys, F.DESCRIPTION)
        if (
            text_key
            and desc_key
            and _carries_measure(
                values[desc_key], values[text_key], tiered=F.find(keys, F.TIERS) is not None
            )
        ):
            # a noun-phrase title with the measure in its description: judge the statement
            text_key = desc_key
        text_key = text_key or desc_key
        if text_key is None:
            self.problem("F002", node, "key result has no text: add 'kr: …' (or 'title:')")
            return None
        text = self.text(values[text_key], "the key result")
        if text is None:
            return None
        if "id" in values and isinstance(values["id"], ScalarNode):
            kr_id = str(values["id"].value)
        kind = None
        if "kind" in values:
            kind_value = str(self.scalar(values["kind"])).strip().lower()
            if kind_value in F.KR_KINDS:
                kind = kind_value
            else:
                self.problem(
                    "F002",
                    values["kind"],
                    f"kind must be one of {', '.join(F.KR_KINDS)}, found {kind_value!r}",
                )
        extra = {k: self.scalar(v) for k, v in values.items() if k not in (text_key, "krlint")}
        tiers_key = F.find(keys, F.TIERS)
        if tiers_key and F.find(keys, ("target",)) is None and extra.get(tiers_key):
            extra["target"] = extra[tiers_key]  # tiered targets ("solid", "excellent") are targets
        text, fields, source_map = _cleaned(text, values[text_key], okr_text.clean_key_result)
        return KeyResult(
            text=text,
            span=span_of(values[text_key]),
            id=kr_id,
            fields={**fields, **extra},
            source_map=source_map,
            kind=kind,
            disabled=self.disabled(pairs),
        )


def _cleaned(
    text: str, node: Node, clean: Callable[[str], okr_text.Cleaned]
) -> tuple[str, dict[str, object], SourceMap | None]:
    """The words that are the objective's or key result's own (labels, IDs, status notes,
    owners and emoji removed, as in every reader), the fields they held, and where each kept
    character stands when the scalar sits on one line as written (plain or single-quoted)."""
    cleaned = clean(text)
    if not cleaned.text or cleaned.text == text:
        return text, {}, None
    source_map = None
    span = span_of(node)
    raw = node.value if isinstance(node, ScalarNode) else ""
    if (
        isinstance(node, ScalarNode)
        and node.style in (None, "'")
        and span.end_line == span.line
        and raw == text
        and "''" not in str(node.value)
    ):
        source_map = SourceMap.of((span.line, span.column + i) for i in cleaned.index)
    return cleaned.text, dict(cleaned.fields), source_map


def _carries_measure(description: Node, title: Node, *, tiered: bool = False) -> bool:
    """Whether the description, not the title, is the key result's statement.

    Real files pair a noun-phrase title ("Testing Automation & Quality") with a description that
    says what changes; when the title has no measure and the description has one, or the measure
    sits in tiers and the description is a sentence, the description is what should be judged.
    """
    if not (isinstance(description, ScalarNode) and isinstance(title, ScalarNode)):
        return False
    title_text, text = str(title.value), str(description.value)
    if measures.is_measurable(title_text):
        return False
    return measures.has_number(text) or (tiered and len(text.split()) >= 5)


def _paused_gc(read: Callable[..., ReadResult]) -> Callable[..., ReadResult]:
    """Reading builds hundreds of thousands of small acyclic objects (nodes, marks, key
    results); the cyclic collector would scan them over and over for nothing (3× the reading
    time on a 100,000-key-result file). Reference counting still frees everything."""

    @functools.wraps(read)
    def wrapper(*args: object, **kwargs: object) -> ReadResult:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return read(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return wrapper


_JSON_ESCAPE = re.compile(
    r"\\(?:u(?P<high>[dD][89abAB][0-9a-fA-F]{2})"
    r"\\u(?P<low>[dD][c-fC-F][0-9a-fA-F]{2})|.)",
    re.DOTALL,
)


def _json_surrogate_pairs(text: str) -> str:
    """JSON writes a character beyond U+FFFF as a surrogate pair (`"\\ud83d\\ude80"`, as
    `json.dumps` writes 🚀); YAML has no such escape and rejects it. Each pair becomes YAML's
    own escape for the same character, `\\U0001f680`, followed by `\\0` — the same twelve
    characters, so every column after it stays right — and the NUL that `\\0` adds is removed
    again from the text read (`_Walker.text`). Escapes are matched left to right, two characters
    at a time, so an escaped backslash before `u` is never taken for an escape (and the scan is
    linear)."""
    if "\\u" not in text:
        return text

    def pair(match: re.Match[str]) -> str:
        if match["high"] is None:
            return match.group()
        code = (
            0x10000 + ((int(match["high"], 16) - 0xD800) << 10) + (int(match["low"], 16) - 0xDC00)
        )
        return f"\\U{code:08x}\\0"

    return _JSON_ESCAPE.sub(pair, text)


class _NotStreamed(Exception):
    """The document is not one a streamed read gives exactly what the whole graph gives."""


class _Stream(Composer, _Parser, Resolver):
    """PyYAML's composer over the (C) parser's events, so that a document's top-level list of
    objectives can be read an item at a time (`_streamed`): libyaml's composer builds the
    whole graph before anyone reads it (~160 MB for 100,000 key results)."""

    def __init__(self, text: str) -> None:
        _Parser.__init__(self, text)
        Composer.__init__(self)
        Resolver.__init__(self)

    # typed views of PyYAML's methods (its stubs type events as the base `Event`, and
    # `compose_node`'s index as an int where a mapping passes its key node)
    def event(self) -> Any:
        return self.get_event()

    def upcoming(self) -> Any:
        return self.peek_event()

    def node(self, parent: Node | None, index: object) -> Node:
        return cast(Node, self.compose_node(parent, index))  # type: ignore[arg-type]

    def tag(self, kind: type[Node], event: Any) -> str:
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.resolve(kind, None, event.implicit)  # type: ignore[no-untyped-call]
        return str(tag)


def _streamable(stream: _Stream, kind: type[Node]) -> str | None:
    """The tag of the collection about to start when it is a `kind` the walk may read an item
    at a time: no anchor (nothing aliases it), no tag that stops the walk."""
    event = stream.upcoming()
    start = yaml.MappingStartEvent if kind is MappingNode else yaml.SequenceStartEvent
    if not isinstance(event, start) or event.anchor is not None:
        return None
    tag = stream.tag(kind, event)
    return None if tag.startswith(_UNSAFE_TAG_PREFIXES) else tag


def _streamed(text: str, walker: _Walker) -> list[Objective]:
    """The objectives of every document of `text`, each item of a top-level objectives list
    walked as soon as it is composed and then let go, so the graph is never whole.

    The result is the whole-graph walk's (`_Walker.document`): the same walk of each item, the
    root's findings put back before the items' and the root's period given to the objectives
    that inherit it once the root is read (it may follow the list). Where that cannot be
    exact — a duplicate or merged objectives key, the document being one objective, a walk or
    parse that stops, over MAX_SPELLING_LOOKUPS names looked up — `_NotStreamed` or the error is
    raised and the caller reads the text the whole-graph way instead.
    """
    stream = _Stream(text)
    out: list[Objective] = []
    try:
        stream.get_event()  # the stream's start
        while not stream.check_event(yaml.StreamEndEvent):
            stream.get_event()  # the document's start
            out.extend(_streamed_document(stream, walker))
            stream.get_event()  # the document's end
            stream.anchors = {}
    finally:
        stream.dispose()
    if walker.lookups > MAX_SPELLING_LOOKUPS:
        raise _NotStreamed  # which names were looked up depends on the order of the walk
    return out


def _streamed_objectives(
    stream: _Stream, walker: _Walker, tag: str, period: str | None
) -> tuple[SequenceNode, list[Objective]]:
    """A list of objectives composed and walked an item at a time (`_Walker.objectives`)."""
    start = stream.event()
    node = SequenceNode(tag, [], start.start_mark, None, flow_style=start.flow_style)
    walker.visit(node)
    walker.check_tag(node)
    out: list[Objective] = []
    index = 0
    while not stream.check_event(yaml.SequenceEndEvent):
        obj = walker.objective(stream.node(node, index), period)
        if obj:
            out.append(obj)
        index += 1
    node.end_mark = stream.event().end_mark
    return node, out


def _streamed_document(stream: _Stream, walker: _Walker) -> list[Objective]:
    tag = _streamable(stream, SequenceNode)
    if tag is not None:  # the document is the list of objectives
        start = stream.upcoming()
        placeholder = SequenceNode(tag, [], start.start_mark, start.end_mark)
        walker.visit(placeholder)  # as `_Walker.document` does before the list's own visit
        walker.check_tag(placeholder)
        return _streamed_objectives(stream, walker, tag, None)[1]
    tag = _streamable(stream, MappingNode)
    if tag is None:
        return list(walker.document(stream.node(None, None)))
    start = stream.event()
    root = MappingNode(tag, [], start.start_mark, None, flow_style=start.flow_style)
    before = len(walker.problems)
    inherited = f"\x00period of {id(root)}"  # a string no document holds (compared by identity)
    listed: SequenceNode | None = None
    out: list[Objective] = []
    while not stream.check_event(yaml.MappingEndEvent):
        key = stream.node(root, None)
        value: Node
        if (
            listed is None
            and isinstance(key, ScalarNode)
            and key.tag != MERGE
            and F.find([str(key.value)], F.ROOT_OBJECTIVES)
            and (list_tag := _streamable(stream, SequenceNode)) is not None
        ):
            listed, out = _streamed_objectives(stream, walker, list_tag, inherited)
            value = listed
        else:
            value = stream.node(root, key)
        root.value.append((key, value))
    root.end_mark = stream.event().end_mark
    if listed is None:
        return list(walker.document(root))
    items = walker.problems[before:]
    del walker.problems[before:]
    walker.visit(root)
    walker.check_tag(root)
    found = walker.root(root)
    if not isinstance(found, tuple) or found[0] is not listed:
        raise _NotStreamed  # the list streamed is not the one YAML keeps as the objectives
    walker.problems.extend(items)
    for obj in out:
        if obj.period is inherited:
            obj.period = found[1]
    return out


@_paused_gc
def read_yaml(
    path: str, text: str, *, json: bool = False, limits: Limits = DEFAULT_LIMITS
) -> ReadResult:
    if json:
        # JSON allows tab indentation, YAML does not; one space per tab keeps every column.
        text = _json_surrogate_pairs(text.replace("\t", " "))
    # the guard measured every document, so this only catches a walk gone wrong
    walker = _Walker(path, max_visits=2 * limits.max_nodes + 1_000, json=json)
    okr_file = OkrFile(path=path, lines=SourceLines(text), reader="json" if json else "yaml")
    for piece in segments(text, limits, _Loader):
        if isinstance(piece, Problem):
            walker.problems.append(piece)
            continue
        saved = walker.saved()
        try:
            okr_file.objectives.extend(_streamed(piece, walker))
            continue
        except (yaml.YAMLError, _TooManyNodes, RecursionError, _NotStreamed):
            walker.restore(saved)  # read it again the whole-graph way, findings and all
        try:
            for root in yaml.compose_all(piece, Loader=_Loader):  # an empty document: a null
                okr_file.objectives.extend(walker.document(root))
        except yaml.YAMLError as error:  # the guard saw the same events; kept as a safety net
            walker.problems.append(syntax_problem(error, piece))
        except _TooManyNodes as limit:
            walker.problem(
                LIMIT_CODE,
                limit.node,
                f"document too large to walk (over {walker.max_visits:,} nodes); "
                "refusing to read further",
            )
        except RecursionError:
            walker.problems.append(
                Problem(span=Span(1, 1), code=LIMIT_CODE, message="nesting too deep to read")
            )
    if not okr_file.objectives and not walker.problems:
        walker.problems.append(
            Problem(span=Span(1, 1), code="F002", message="no objectives found in the file")
        )
    return ReadResult(file=okr_file, problems=walker.problems)
