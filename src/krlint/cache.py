"""The result cache: `.krlint_cache/`, one finished `FileReport` per linted file.

pre-commit runs krlint on every commit, mostly on files that have not changed, and the expensive
part of a run (importing spaCy, building the analyser, running the rules) depends only on things
we can hash. So, like ruff, a file whose content and settings are unchanged is answered from the
cache without reading it as OKRs, without the analyser and without the rules — and without
importing spaCy.

What a result depends on, and therefore what the key holds:
- the file's path (findings name it; per-file-ignores match it) and its text;
- krlint itself: its version and a hash of every file of the installed package, which covers the
  rule modules, the classifier code, `rules/` (catalogue and lexicons) and any model artefact that
  ships beside them, whatever it is called;
- the installed environment: the modification times of the site-packages folders on `sys.path`
  change when a distribution (a plugin, a spaCy pipeline) is installed, upgraded or removed;
- the effective configuration of the file (all of `Config`, including lexicon additions and the
  NLP model name) and the content of its `rule-dirs`;
- every per-run option (`RunOptions`: select, ignore, fail-on, reader, suppression flags, …) —
  taken whole, so an option added later is part of the key without anyone remembering to add it.
Which rules are enabled follows from these (catalogue + config + options + path).

Entries are JSON, never pickle: a cache folder can arrive from elsewhere (a committed folder, a
restored CI cache) and must never be able to run code. A corrupt, unreadable or unwritable cache
is a cache miss, never a failed run; an unwritable one is reported once as a warning.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import json
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from krlint import __version__
from krlint.diagnostics import Diagnostic, Evidence, Severity
from krlint.limits import CACHE_ENTRY_FACTOR
from krlint.report import FileReport

if TYPE_CHECKING:
    from krlint.config import Config
    from krlint.options import RunOptions

DIR_NAME = ".krlint_cache"
FORMAT = 1  # bump when the entry layout changes
# A file with more findings is not kept: its entry (~500 bytes a finding) would take more memory
# to write and to read back than the run itself (100,000 findings: +200 MB), and as long to read
# as the judgement cache takes to answer.
MAX_FINDINGS = 20_000
TAG_SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55"
CACHEDIR_TAG = (
    f"{TAG_SIGNATURE}\n# This file is a cache directory tag created by krlint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
GITIGNORE = "# Automatically created by krlint.\n*\n"


class Cache:
    """Lookups and stores for one run; all settings that hold for the whole run are hashed once."""

    def __init__(self, directory: Path, options: RunOptions) -> None:
        self.directory = directory
        self.entries = directory / f"{__version__}-{FORMAT}"
        self.warning: str | None = None  # the first write failure, for the CLI to show
        self.hits = 0
        self.misses = 0
        self._run = _digest(_static_fingerprint(), _jsonable(dataclasses.asdict(options)))
        self._configs: dict[int, tuple[Config, str]] = {}
        self._ready = False

    # -- keys --------------------------------------------------------------------------------
    def _config_key(self, config: Config) -> str:
        known = self._configs.get(id(config))
        if known is None or known[0] is not config:
            fields = _jsonable(dataclasses.asdict(config))
            known = (config, _digest(self._run, fields, _rule_dirs_digest(config)))
            self._configs[id(config)] = known
        return known[1]

    def key(self, path: str, text: str, config: Config) -> str:
        """The full key of one file's result: path, content and every setting."""
        content = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return _digest(self._config_key(config), path, content)

    def _entry(self, path: str, config: Config) -> Path:
        # One entry per (path, settings): a new version of a file overwrites the old entry, so
        # the cache does not grow with every edit.
        return self.entries / f"{_digest(self._config_key(config), path)[:32]}.json"

    # -- lookups and stores ------------------------------------------------------------------
    def get(self, path: str, key: str, config: Config) -> FileReport | None:
        from krlint.sources import read_bounded

        limit = CACHE_ENTRY_FACTOR * config.limits.max_file_size
        try:
            if self._linked():
                raise OSError("the cache folder is a symbolic link")
            # never through a link, never a FIFO, never more than an entry can honestly be
            raw = read_bounded(self._entry(path, config), limit + 1, follow=False)
            if len(raw) > limit:
                raise ValueError("entry too large")
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("key") != key:
                self.misses += 1
                return None
            report = _decode(data["report"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
            self.misses += 1  # absent, unreadable, corrupt or hostile: lint the file
            return None
        self.hits += 1
        return report

    def put(self, path: str, key: str, config: Config, report: FileReport) -> None:
        if any(d.code == "X001" for d in report.diagnostics):
            return  # an internal error may be transient: never remember it
        if len(report.diagnostics) > MAX_FINDINGS:
            return  # encoding, checking and later decoding it would cost more than linting
        try:
            # ASCII: a file name that is not UTF-8 reaches here with lone surrogates, which
            # JSON escapes (and reads back) but a UTF-8 file cannot hold
            blob = json.dumps(
                {"key": key, "report": _encode(report)},
                ensure_ascii=True,
                separators=(",", ":"),
                allow_nan=False,
            )
            if _decode(json.loads(blob)["report"]) != report:
                return  # a field this module cannot carry yet: better no entry than a wrong one
        except (TypeError, ValueError, KeyError):
            return
        try:
            self._prepare()
            write_atomic(self._entry(path, config), blob)
        except OSError as error:
            if self.warning is None:
                self.warning = (
                    f"cannot write the cache in {self.directory}: "
                    f"{error.strerror or error} (continuing without it)"
                )

    def _linked(self) -> bool:
        """Whether the cache folder or its entries' folder is a symbolic link. A checkout can
        commit `.krlint_cache` as a link to anywhere; krlint then neither reads nor writes
        through it (krlint.trust)."""
        return linked(self.directory, self.entries)

    def _prepare(self) -> None:
        """Create the folder with its CACHEDIR.TAG and a .gitignore of `*` (once per run)."""
        if not self._ready:
            prepare(self.directory, self.entries)
            self._ready = True


# -- the folder and its entries (shared with krlint.judgement_cache) ---------------------------
def prepare(directory: Path, entries: Path) -> None:
    """Create `entries` inside the cache folder, and the folder's CACHEDIR.TAG and .gitignore
    of `*` (callers do it once per run).

    Nothing is written through a link: the folders must not be links, and the markers are
    created exclusively without following one, so a committed dangling `.gitignore` link
    cannot make krlint create a file wherever it points (krlint.trust)."""
    if linked(directory, entries):
        raise OSError(errno.ELOOP, "the cache folder is a symbolic link; not used")
    entries.mkdir(parents=True, exist_ok=True)
    if linked(directory, entries):  # made a link between the check and mkdir
        raise OSError(errno.ELOOP, "the cache folder is a symbolic link; not used")
    for name, content in (("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", GITIGNORE)):
        marker = directory / name
        if not os.path.lexists(marker):
            with contextlib.suppress(FileExistsError):
                _create(marker, content)


def linked(directory: Path, entries: Path) -> bool:
    """Whether the cache folder or an entries folder in it is a symbolic link."""
    return directory.is_symlink() or entries.is_symlink()


def write_atomic(target: Path, blob: str) -> None:
    """Write `target` whole or not at all: a concurrent reader (pre-commit runs hooks in
    parallel, CI jobs share a restored cache) sees the old entry or the new one, never half.
    The temporary file is created without following a link."""
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        _create(temporary, blob, replace_stale=True)
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise


def _create(path: Path, content: str, replace_stale: bool = False) -> None:
    """Write a new file without following a link at `path` (krlint.sources.write_new)."""
    from krlint.sources import write_new

    if replace_stale and os.path.lexists(path):
        os.unlink(path)  # a temporary left by a killed run (or planted): never written through
    write_new(path, content)


# -- where the cache lives ---------------------------------------------------------------------
def default_directory(config_file: str | None = None) -> Path:
    """`KRLINT_CACHE_DIR`, else `.krlint_cache/` beside the configuration in force here (its
    root, as ruff does), else in the current directory."""
    explicit = os.environ.get("KRLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    root: str | None = None
    if config_file:
        root = os.path.dirname(os.path.abspath(config_file))
    else:
        from krlint.config import ConfigError, discover

        try:
            root = discover(os.getcwd()).root
        except ConfigError:
            root = None  # the run itself will report the bad configuration
    return Path(root or os.getcwd()) / DIR_NAME


def disabled_by_environment() -> bool:
    return os.environ.get("KRLINT_NO_CACHE", "").strip().lower() not in ("", "0", "false", "no")


def clean(directory: Path) -> bool:
    """Remove a krlint cache folder; False when there was none. Refuses a folder krlint did not
    create (no krlint CACHEDIR.TAG), so a mistyped KRLINT_CACHE_DIR cannot delete a home."""
    if not directory.exists():
        return False
    tag = directory / "CACHEDIR.TAG"
    try:
        ours = tag.read_text(encoding="utf-8").startswith(
            TAG_SIGNATURE
        ) and "krlint" in tag.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        ours = False
    if not ours:
        raise OSError(f"{directory} is not a krlint cache (no krlint CACHEDIR.TAG); not removing")
    shutil.rmtree(directory)
    return True


# -- fingerprints ------------------------------------------------------------------------------
def _digest(*parts: Any) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(
            json.dumps(part, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass")
        )
        h.update(b"\x00")
    return h.hexdigest()


_STATIC: str | None = None


def code_fingerprint() -> str:
    """What every cached result depends on besides its input: krlint's code, `rules/` and the
    installed environment (see `_static_fingerprint`)."""
    return _static_fingerprint()


def _static_fingerprint() -> str:
    """krlint's version, the content of every file of the package (and of `rules/` when running
    from a checkout) and the state of the installed environment."""
    global _STATIC
    if _STATIC is None:
        from krlint.paths import data_dir

        package = Path(__file__).resolve().parent
        h = hashlib.sha256(f"{__version__}\x00{FORMAT}\x00{sys.version_info[:2]}".encode())
        folders = [package]
        try:
            rules = data_dir().resolve()
            if package not in rules.parents:
                folders.append(rules)
        except Exception:  # the run will report a missing catalogue itself
            pass
        for folder in folders:
            _hash_tree(h, folder)
        for entry in sys.path:
            if os.path.basename(entry.rstrip(os.sep)) not in ("site-packages", "dist-packages"):
                continue  # the script's folder or the current one change for other reasons
            try:
                h.update(f"{entry}\x00{os.stat(entry or '.').st_mtime_ns}\x00".encode())
            except OSError:
                continue
        _STATIC = h.hexdigest()
    return _STATIC


def _hash_tree(h: Any, root: Path, limit: int = -1, top: str | None = None) -> None:
    """Names and contents under `root`; through the one bounded, non-blocking read (a FIFO in a
    rule folder is skipped here and refused when the catalogue is built)."""
    from krlint import trust
    from krlint.sources import read_bounded

    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            path = os.path.join(folder, name)
            if top is not None and not trust.inside(path, top):
                continue  # a link out of the repository: refused by the run, never read
            try:
                data = read_bounded(path, limit)
            except OSError:
                continue
            h.update(f"{os.path.relpath(path, root)}\x00{len(data)}\x00".encode())
            h.update(data)


def _rule_dirs_digest(config: Config) -> str:
    """The rule folders' content — only those inside the repository (the run refuses the
    others before reading them, so the key must not read them either), each file bounded."""
    from krlint import trust
    from krlint.limits import MAX_RULE_FILE_BYTES

    h = hashlib.sha256()
    top = trust.repository_root(config.root or os.getcwd())
    for folder in config.rule_dirs:
        path = Path(folder)
        if not path.is_absolute() and config.root:
            path = Path(config.root) / path
        h.update(f"{path}\x00".encode())
        if path.is_dir() and trust.inside(str(path), top):
            _hash_tree(h, path, MAX_RULE_FILE_BYTES + 1, top)
    return h.hexdigest()


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, Severity):
        return value.label
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


# -- entries -----------------------------------------------------------------------------------
def _encode(report: FileReport) -> dict[str, Any]:
    data = {f.name: getattr(report, f.name) for f in dataclasses.fields(report)}
    data["fail_on"] = int(report.fail_on)
    data["diagnostics"] = [_encode_diagnostic(d) for d in report.diagnostics]
    return data


def _encode_diagnostic(diagnostic: Diagnostic) -> dict[str, Any]:
    data = {f.name: getattr(diagnostic, f.name) for f in dataclasses.fields(diagnostic)}
    data["severity"] = int(diagnostic.severity)
    data["evidence"] = [[e.kind, e.text, e.start, e.end] for e in diagnostic.evidence]
    return data


def _decode(data: dict[str, Any]) -> FileReport:
    fields = dict(data)
    fields["fail_on"] = Severity(fields["fail_on"])
    fields["diagnostics"] = [_decode_diagnostic(d) for d in fields["diagnostics"]]
    return FileReport(**fields)


def _decode_diagnostic(data: dict[str, Any]) -> Diagnostic:
    fields = dict(data)
    fields["severity"] = Severity(fields["severity"])
    fields["evidence"] = tuple(Evidence(*e) for e in fields["evidence"])
    return Diagnostic(**fields)
