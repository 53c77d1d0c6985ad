"""The judgement cache: what the analyser read in each key result, kept across runs.

pre-commit hands krlint only the files that changed, so the result cache (`krlint.cache`, keyed
by a file's bytes) misses on every commit that reaches krlint. Most edits of an OKR file leave
its key results alone (a progress figure, an owner, a score, the order, an objective's wording),
and the judgements are the expensive part of a run: spaCy's import and pipeline. So the analyser's
answers are kept per key result, and a run judges only the key results it has not seen — a run
where there are none never imports spaCy.

What a judgement depends on, and therefore what its key holds: the key result's text; the
analyser's configuration (the effective lexicons and the `nlp.model` name:
`Analyzer.fingerprint`); krlint's code, `rules/` (lexicons, model) and the installed environment
(`krlint.cache.code_fingerprint`, shared with the result cache); and the layout of a
`Reading` (every dataclass field of `krlint.nlp.judgement`, with its type) with this module's
`FORMAT`. Nothing else reaches the analyser: a key result is read from its text alone. What
its file's other key results add (`krlint.nlp.context`) is arithmetic on the readings, done on
every run, so an edit elsewhere in the file moves a judgement without a stale entry.

Layout: `<cache folder>/judgements-<FORMAT>/<digest of (namespace, path)>.jsonl`, one entry per
linted file holding the judgements of exactly the key results the file had when it was last
judged — so the folder grows with the files linted, not with every edit, and a 100,000-KR file
is read line by line, never parsed whole. Line 1 is a header (`format`, `namespace`); each further
line is `["<text digest>", <judgement>]`. A judgement is serialised generically — every field of
the dataclass, nested dataclasses (Evidence) and tuples tagged — so a field added to `Reading`
is carried without a change here; a value that does not survive the round trip is not stored.

Bounded: after a run that wrote entries, the oldest entries (by last use) are removed until the
folder is under `MAX_BYTES`. Safe for concurrent runs (pre-commit may run several krlint processes;
CI jobs share a restored cache): entries are replaced atomically, readers see an old entry or a new
one, and a file removed under a reader is a miss. Corrupt, foreign or unreadable entries are
misses; an unwritable folder is the result cache's one warning, never a failed run. JSON, never
pickle: a cache folder can come from anywhere.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from krlint import diagnostics
from krlint.nlp import judgement as judgement_module
from krlint.nlp.judgement import Reading

FORMAT = 1  # bump when the entry layout changes
MAX_BYTES = 64 * 2**20  # the whole folder; the least recently used entries go first
PRUNE_TO = 0.75  # of MAX_BYTES, so a full folder is not pruned on every run
MAX_ENTRY_BYTES = MAX_BYTES // 8  # a larger entry is neither written nor read (~20,000 KRs)
SMALLEST_LINE = 200  # bytes: no judgement is written in fewer

# Classes a cached judgement may hold: the dataclasses of these modules, and no other (an entry
# names a class; only these are ever constructed from one).
MODULES = {module.__name__: module for module in (judgement_module, diagnostics)}


class Unserialisable(TypeError):
    """A judgement holds a value this module cannot carry: it is not cached."""


class JudgementCache:
    """Lookups and stores for one run."""

    def __init__(self, directory: Path, max_bytes: int = MAX_BYTES) -> None:
        self.directory = directory
        self.entries = directory / f"judgements-{FORMAT}"
        self.max_bytes = max_bytes
        self.hits = 0
        self.misses = 0
        self.warning: str | None = None
        self._written = False
        self._ready = False
        self._namespaces: dict[str, str] = {}

    # -- keys --------------------------------------------------------------------------------
    def namespace(self, analyzer_fingerprint: str) -> str:
        """Everything a judgement depends on except its text."""
        known = self._namespaces.get(analyzer_fingerprint)
        if known is None:
            from krlint.cache import code_fingerprint

            known = _digest(f"{FORMAT}", schema(), code_fingerprint(), analyzer_fingerprint)
            self._namespaces[analyzer_fingerprint] = known
        return known

    def _entry(self, namespace: str, path: str) -> Path:
        return self.entries / f"{_digest(namespace, path)[:32]}.jsonl"

    # -- lookups and stores ------------------------------------------------------------------
    def get(self, analyzer_fingerprint: str, path: str, texts: Iterable[str]) -> dict[str, Reading]:
        """The cached readings of those of `texts` that the entry for `path` holds."""
        wanted = {text_digest(t): t for t in texts}
        found: dict[str, Reading] = {}
        if wanted:
            namespace = self.namespace(analyzer_fingerprint)
            entry = self._entry(namespace, path)
            with contextlib.suppress(
                OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError
            ):
                found = _read(entry, namespace, wanted)
                if found:  # read without following a link, so the entry is no link
                    with contextlib.suppress(OSError):
                        os.utime(entry)  # recently used: pruned last
        self.hits += len(found)
        self.misses += len(wanted) - len(found)
        return found

    def put(self, analyzer_fingerprint: str, path: str, judgements: Mapping[str, Reading]) -> None:
        """Remember the readings of `path`'s key results (text → reading), replacing what
        was kept for `path`: its entry holds the key results it has now."""
        if len(judgements) * SMALLEST_LINE > MAX_ENTRY_BYTES:
            return  # too big to be worth keeping: known before encoding anything
        namespace = self.namespace(analyzer_fingerprint)
        lines = [json.dumps({"format": FORMAT, "namespace": namespace}) + "\n"]
        size = len(lines[0])
        for text, judgement in judgements.items():
            try:
                encoded = encode(judgement)
                if decode(json.loads(json.dumps(encoded))) != judgement:
                    raise Unserialisable("the judgement does not survive the round trip")
                line = (
                    json.dumps(
                        [text_digest(text), encoded],
                        ensure_ascii=True,
                        separators=(",", ":"),
                        allow_nan=False,
                    )
                    + "\n"
                )
            except (TypeError, ValueError):  # Unserialisable, NaN, a cycle: judge it next time
                continue
            size += len(line)
            if size > MAX_ENTRY_BYTES:
                return
            lines.append(line)
        from krlint.cache import prepare, write_atomic

        try:
            if not self._ready:
                prepare(self.directory, self.entries)
                self._ready = True
            write_atomic(self._entry(namespace, path), "".join(lines))
            self._written = True
        except OSError as error:
            if self.warning is None:
                self.warning = (
                    f"cannot write the cache in {self.directory}: "
                    f"{error.strerror or error} (continuing without it)"
                )

    def close(self) -> None:
        """After a run that wrote entries, keep the folder under its bound."""
        if self._written:
            with contextlib.suppress(OSError):
                prune(self.entries, self.max_bytes)


def _read(entry: Path, namespace: str, wanted: dict[str, str]) -> dict[str, Reading]:
    from krlint.cache import linked
    from krlint.sources import read_bounded

    found: dict[str, Reading] = {}
    if linked(entry.parent.parent, entry.parent):
        return found  # a committed link to elsewhere: never read through (krlint.trust)
    # never through a link, never a FIFO, never more than an entry may hold
    raw = read_bounded(entry, MAX_ENTRY_BYTES + 1, follow=False)
    if len(raw) > MAX_ENTRY_BYTES:
        return found
    lines = raw.decode("utf-8").splitlines()
    if not lines:
        return found
    header = json.loads(lines[0])
    if header.get("format") != FORMAT or header.get("namespace") != namespace:
        return found  # another layout, or a digest collision of the file name
    for line in lines[1:]:
        digest = line[2:34]  # ["<32 hex digits>",…]: skip the others without parsing
        text = wanted.get(digest)
        if text is None or text in found:
            continue
        key, value = json.loads(line)
        if key == digest:
            judgement = decode(value)
            if not isinstance(judgement, Reading):
                raise TypeError("not a reading")
            found[text] = judgement
    return found


def prune(folder: Path, max_bytes: int) -> None:
    """Remove the least recently used entries until the folder holds under `max_bytes`
    (to `PRUNE_TO` of it). Another process may be pruning too: a file already gone is fine."""
    entries = []
    total = 0
    with os.scandir(folder) as found:
        for item in found:
            with contextlib.suppress(OSError):
                if item.is_file(follow_symlinks=False):
                    stat = item.stat(follow_symlinks=False)
                    entries.append((stat.st_mtime_ns, stat.st_size, item.path))
                    total += stat.st_size
    if total <= max_bytes:
        return
    for _, size, path in sorted(entries):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        total -= size
        if total <= max_bytes * PRUNE_TO:
            break


# -- digests -----------------------------------------------------------------------------------
def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def text_digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


_SCHEMA: str | None = None


def schema() -> str:
    """The layout of every dataclass a judgement may hold (name, fields, their types and
    defaults): a judgement written by another layout is never read back as this one."""
    global _SCHEMA
    if _SCHEMA is None:
        layout = []
        for module_name, module in MODULES.items():
            for name, value in sorted(vars(module).items()):
                if (
                    isinstance(value, type)
                    and dataclasses.is_dataclass(value)
                    and value.__module__ == module_name
                ):
                    layout.append(
                        [
                            module_name,
                            name,
                            [
                                [f.name, str(f.type), _default(f), f.init]
                                for f in dataclasses.fields(value)
                            ],
                        ]
                    )
        _SCHEMA = _digest(json.dumps(layout))
    return _SCHEMA


def _default(f: dataclasses.Field[Any]) -> str:
    if f.default is not dataclasses.MISSING:
        return repr(f.default)
    if f.default_factory is not dataclasses.MISSING:
        return f"factory {getattr(f.default_factory, '__qualname__', '?')}"
    return "required"


# -- a generic, JSON-only codec for judgements ---------------------------------------------------
def encode(value: Any) -> Any:
    """JSON data for a judgement (or any value inside one): dataclasses of `MODULES` as
    {"@c": "module:Class", "f": {field: value}}, tuples as {"@t": [...]}, dicts as {"@d": {...}}
    with text keys; lists, text, numbers, booleans and None as themselves."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, tuple):
        return {"@t": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise Unserialisable("a mapping with keys that are not text")
        return {"@d": {k: encode(v) for k, v in value.items()}}
    cls = type(value)
    if dataclasses.is_dataclass(value) and cls.__module__ in MODULES:
        return {
            "@c": f"{cls.__module__}:{cls.__qualname__}",
            "f": {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)},
        }
    raise Unserialisable(f"cannot keep a {cls.__name__} in the judgement cache")


def decode(data: Any) -> Any:
    if data is None or isinstance(data, (str, bool, int, float)):
        return data
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict) or len(data) not in (1, 2):
        raise ValueError("not an encoded value")
    if "@t" in data:
        return tuple(decode(v) for v in data["@t"])
    if "@d" in data:
        return {str(k): decode(v) for k, v in data["@d"].items()}
    module_name, _, name = str(data["@c"]).partition(":")
    if module_name not in MODULES:
        raise ValueError(f"class from {module_name!r} refused")
    cls = getattr(MODULES[module_name], name, None)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise ValueError(f"{name!r} is not a dataclass of {module_name}")
    given = data["f"]
    fields = dataclasses.fields(cls)
    if set(given) != {f.name for f in fields}:
        raise ValueError(f"fields of {name} do not match")
    made = cls(**{f.name: decode(given[f.name]) for f in fields if f.init})
    for f in fields:
        if not f.init:
            object.__setattr__(made, f.name, decode(given[f.name]))
    return made
