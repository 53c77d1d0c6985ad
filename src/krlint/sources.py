"""Finding and reading the files to lint.

Everything that can go wrong before a reader sees text is decided here: a path that does not
exist or cannot be read is a `PathError` (krlint could not do its job: exit 2); bytes that are
not text become an F001 finding on that file, so the other files are still linted.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from krlint import trust
from krlint.diagnostics import Problem
from krlint.model import Span

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
OKR_SUFFIXES = (".yaml", ".yml", ".json", *MARKDOWN_SUFFIXES)
OKR_FOLDERS = frozenset({"okrs", "okr"})
STDIN = "-"
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        ".venv",
        "venv",
        "__pycache__",
        ".krlint_cache",
        ".tox",
        ".mypy_cache",
        ".ruff_cache",
        "build",
        "dist",
    }
)


class PathError(Exception):
    """A path krlint was asked to lint but cannot: the message names the path."""


@dataclass(slots=True)
class Source:
    path: str
    text: str | None
    problem: Problem | None = None


Note = Callable[[str, str], None]  # (path, why): a file or folder passed over, or unreadable


def discover(
    paths: Iterable[str],
    suffixes: tuple[str, ...] = OKR_SUFFIXES,
    skipped: Note | None = None,
    unreadable: Note | None = None,
) -> Iterator[str]:
    """Files named directly are always linted; directories are searched for OKR files.

    The walk stays inside the repository (krlint.trust): a symbolic link that leads out of it is
    not followed (`skipped` is told), nor is a named path inside the repository that resolves
    outside it (PathError). FIFOs, sockets and devices met in a walk are passed over (`skipped`)
    so they cannot block; a folder that cannot be read is reported (`unreadable`), never silently
    left out."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if trust.escapes(raw):
            raise PathError(f"{raw}: a symbolic link to outside the repository; not followed")
        if path.is_dir():
            found = False
            for file in _walk(path, suffixes, skipped or _ignore, unreadable or _ignore):
                found = True
                yield file
            if not found:
                raise PathError(
                    f"{raw}: no OKR files in this directory ({', '.join(suffixes)}; Markdown "
                    "only when its name contains 'okr' or it is under an okrs/ folder)"
                )
        elif path.exists():
            yield raw
        elif path.is_symlink():
            raise PathError(f"{raw}: {_why_broken(path)}")
        else:
            raise PathError(f"{raw}: no such file or directory")


def _ignore(path: str, why: str) -> None:
    pass


def normalise(path: str) -> str:
    """The path as every format shows it: `./okrs.yaml` is `okrs.yaml` (GitHub drops annotations
    whose path starts with `./`), `okrs//q1.yaml/` is `okrs/q1.yaml`; relative stays relative and
    absolute stays absolute. Standard input stays `-`."""
    if path == STDIN:
        return path
    return os.path.normpath(path)


def identity(path: str) -> str:
    """What makes two paths the same file (`okrs.yaml` and `./okrs.yaml`, `okrs/q1.yaml` and a
    walk of `.`), so a file named twice is linted and reported once."""
    if path == STDIN:
        return path
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):  # pragma: no cover - realpath rarely raises
        return os.path.abspath(path)


def _why_broken(path: Path) -> str:
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
    return "broken symbolic link"


def _walk(root: Path, suffixes: tuple[str, ...], skipped: Note, unreadable: Note) -> Iterator[str]:
    top = trust.repository_root(str(root))
    seen: set[tuple[int, int]] = set()

    def failed(error: OSError) -> None:
        where = error.filename if isinstance(error.filename, str) else str(root)
        unreadable(where, f"cannot read this directory: {error.strerror or error}")

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=failed):
        try:
            st = os.stat(dirpath)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink loop
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        kept = []
        for name in sorted(dirnames):
            if name in SKIP_DIRS or name.startswith("."):
                continue
            full = os.path.join(dirpath, name)
            if os.path.islink(full) and not trust.inside(full, top):
                skipped(full, "a symbolic link to outside the repository; not followed")
                continue
            kept.append(name)
        dirnames[:] = kept
        in_okr_folder = _in_okr_folder(root, dirpath)
        for name in sorted(filenames):
            if name.lower().endswith(suffixes) and (
                in_okr_folder
                or not name.lower().endswith(MARKDOWN_SUFFIXES)
                or "okr" in name.lower()
            ):
                full = os.path.join(dirpath, name)
                why = _not_walkable(full, top)
                if why is not None:
                    skipped(full, why)
                    continue
                yield full


def _not_walkable(path: str, top: str) -> str | None:
    """Why a file met in a walk is passed over: a link out of the repository, or not a regular
    file (a FIFO would block the run, a device never ends). Broken links are still yielded, so
    reading them reports the error."""
    if os.path.islink(path) and not trust.inside(path, top):
        return "a symbolic link to outside the repository; not followed"
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(mode):
        return f"not a regular file ({_kind(mode)}); not read"
    return None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def _in_okr_folder(root: Path, dirpath: str) -> bool:
    """Markdown under a folder named okrs/OKRs is OKRs; anywhere else only if its name says so.

    A directory walk would otherwise lint every README, CHANGELOG and design note as OKRs.
    Files named on the command line are always read, whatever their name.
    """
    try:
        parts = Path(dirpath).relative_to(root).parts
    except ValueError:  # pragma: no cover - os.walk yields paths under root
        parts = ()
    top = os.path.basename(trust.real_path(str(root)))
    return any(part.lower() in OKR_FOLDERS for part in (top, *parts))


def decode(path: str, data: bytes) -> Source:
    """Text from bytes, or a finding that says exactly where the bytes stop being text."""
    if b"\x00" in data[:8192]:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return Source(
            path,
            None,
            Problem(
                Span(line, 1), "binary file (contains NUL bytes); not an OKR file", code="F001"
            ),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", "replace")) + 1
        byte = data[error.start]
        return Source(
            path,
            None,
            Problem(
                Span(line, column),
                f"not valid UTF-8: byte 0x{byte:02x} at line {line}, column {column} "
                "(save the file as UTF-8)",
                code="F001",
            ),
        )
    return Source(path, text)


def read(path: str, max_bytes: int | None = None) -> Source:
    """The file's text; never more than `max_bytes` + 1 bytes are read (think /dev/zero)."""
    limit = -1 if max_bytes is None else max_bytes + 1
    name = "<stdin>" if path == STDIN else path
    if path == STDIN:
        try:
            data = sys.stdin.buffer.read(limit) if sys.stdin else b""
        except (OSError, ValueError, AttributeError):
            data = b""  # stdin closed or not a byte stream: nothing to lint
    else:
        data = _read_file(path, limit)
    return from_bytes(name, data, max_bytes)


def from_bytes(name: str, data: bytes, max_bytes: int | None = None) -> Source:
    """The bytes of a file as its `Source`, wherever they came from (disk, stdin, an editor)."""
    if max_bytes is not None and len(data) > max_bytes:
        return Source(
            name,
            None,
            Problem(
                Span(1, 1),
                f"file larger than {max_bytes:,} bytes (limits.max-file-size); not read",
                code="F005",
            ),
        )
    return decode(name, data)


def _read_file(path: str, limit: int) -> bytes:
    try:
        return read_bounded(path, limit)
    except IsADirectoryError:
        raise PathError(f"{path}: is a directory") from None
    except PermissionError:
        raise PathError(f"{path}: permission denied") from None
    except OSError as error:
        raise PathError(f"{path}: {error.strerror or error}") from None


class NotRegularFile(OSError):
    """A FIFO, socket or device where a file was expected: never read (it could block forever or
    never end)."""


class OwnFileError(ValueError):
    """A file krlint reads for itself (a config, a rule file) that it cannot use; the message is
    one line that names the file (and the line and column where there is one)."""


def read_own(path: str | os.PathLike[str], limit: int, read_as: str) -> str:
    """The text of a file krlint reads for itself: at most `limit` bytes (a larger file is refused,
    not cut), UTF-8 with or without a BOM. A config and a rule pack arrive in pull requests like
    the OKR files, so they get the same care; `read_as` says what the file was to be ("a rule
    file") in the one-line refusal."""
    try:
        data = read_bounded(path, limit + 1)
        if len(data) > limit:
            raise OwnFileError(f"{path}: larger than {limit:,} bytes; not read as {read_as}")
        return data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        why = getattr(error, "strerror", None) or (
            "not valid UTF-8" if isinstance(error, UnicodeDecodeError) else str(error)
        )
        raise OwnFileError(f"{path}: cannot read: {why}") from None


def read_bounded(path: str | os.PathLike[str], limit: int, *, follow: bool = True) -> bytes:
    """At most `limit` bytes of a regular file (-1: all of it), opened without blocking.

    Every file krlint reads goes through here — OKR files, configs, rule packs, cache entries —
    so none can be a FIFO that blocks the run, a device that never ends, or (with `follow` off)
    a symbolic link. Raises `NotRegularFile` (an OSError) for anything but a regular file."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(
                errno.EINVAL, f"not a regular file ({_kind(mode)}); not read", str(path)
            )
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            return handle.read(limit)
    finally:
        if fd >= 0:
            os.close(fd)


def write_new(path: str | os.PathLike[str], text: str) -> None:
    """Create a new file and write `text`, never through a link and never over an existing file
    (O_CREAT | O_EXCL | O_NOFOLLOW): a dangling link committed where krlint writes (a cache
    marker, `krlint init`'s okrs.yaml) raises FileExistsError instead of creating its target."""
    flags = (
        os.O_WRONLY
        | os.O_CREAT
        | os.O_EXCL
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_CLOEXEC", 0)
    )
    fd = os.open(path, flags, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
