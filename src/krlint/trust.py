"""The trust boundary: what krlint reads from the repository it lints, and what it never follows
or imports from it.

krlint runs in CI on a checkout that anyone can change in a pull request, often with the job's
secrets in its environment. So the checkout is *data*, never code, and never a way out:

- **Nothing is imported from it.** Python puts the current directory first on `sys.path` under
  `python -m krlint`; `without_current_directory()` takes it off before anything else is imported,
  so a `yaml.py`, a `*.dist-info/entry_points.txt` (a "plugin") or a package named as `nlp.model`
  committed to the checkout is never imported. Plugins and `nlp.model` pipelines are loaded only
  from installed distributions outside the repository (`outside_repository`).
- **Nothing outside it is read because the repository says so.** A symbolic link met while walking
  a folder, a `rule-dirs` entry, an `include` path or a discovered config file is followed only when
  it resolves inside the repository (`Boundary.contains`). Files and folders named on the command
  line are the caller's choice and are read as named.
- **Nothing outside it is written.** The result cache is not used when its folder (or the folder of
  its entries) is a symbolic link, and its files are created without following links
  (krlint.cache).

The repository is the nearest folder at or above the path that holds `.git`; outside any Git
work tree, the folder krlint was started in (or the named folder itself when that is elsewhere).
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache

MARKERS = (".git",)


def without_current_directory() -> None:
    """Remove the current directory (and its spellings '' and '.') from `sys.path`.

    Called first thing by `python -m krlint` and the `krlint` script, before any third-party
    module is imported. Entries below the current directory that an installer put there (an
    editable install's `src/`) are kept: they were configured, not implied by where krlint runs.
    """
    here = real_path(os.getcwd()) if _cwd_exists() else None
    sys.path[:] = [
        entry
        for entry in sys.path
        if entry not in ("", ".") and (here is None or real_path(entry) != here)
    ]
    import importlib

    importlib.invalidate_caches()


def _cwd_exists() -> bool:
    try:
        os.getcwd()
    except OSError:
        return False
    return True


def real_path(path: str) -> str:
    """`os.path.realpath` that never raises (loops, bad bytes): the absolute path then."""
    try:
        return os.path.realpath(path)
    except (OSError, ValueError, RuntimeError):
        return os.path.abspath(path)


def inside(path: str, folder: str) -> bool:
    """Whether `path` resolves (links followed) to `folder` or something under it."""
    real, top = real_path(path), real_path(folder)
    try:
        return os.path.commonpath([real, top]) == top
    except ValueError:  # different drives, or one relative and one absolute
        return False


@lru_cache(maxsize=256)
def repository_root(start: str) -> str:
    """The repository `start` belongs to (see the module's docstring), as a real path."""
    real = real_path(start)
    folder = real if os.path.isdir(real) else os.path.dirname(real)
    current = folder
    while True:
        if any(os.path.lexists(os.path.join(current, m)) for m in MARKERS):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            break
        current = parent
    cwd = real_path(os.getcwd()) if _cwd_exists() else folder
    return cwd if inside(folder, cwd) else folder


def contains(start: str, path: str) -> bool:
    """Whether `path` is inside the repository of `start`."""
    return inside(path, repository_root(start))


def outside_repository(location: str) -> bool:
    """Whether an installed distribution or module at `location` may be imported: it is
    outside the repository krlint was started in, or in the running interpreter's own
    site-packages (a CI job's `.venv/` inside the checkout is where krlint and its plugins were
    installed — whoever controls that environment controls the interpreter anyway)."""
    if not _cwd_exists():
        return True
    if not inside(location, repository_root(os.getcwd())):
        return True
    return any(inside(location, prefix) for prefix in _environment())


@lru_cache(maxsize=1)
def _environment() -> tuple[str, ...]:
    """The package folders of the running interpreter and its virtual environment (its
    site-packages, not its whole prefix: a checkout under /usr/local/src is not installed)."""
    import site
    import sysconfig

    paths = sysconfig.get_paths()
    found = {paths.get("purelib", ""), paths.get("platlib", "")}
    if hasattr(site, "getsitepackages"):  # old virtualenv's site module lacks it
        found.update(site.getsitepackages())
    user = getattr(site, "getusersitepackages", lambda: None)()
    if user:
        found.add(user)
    return tuple(sorted(real_path(f) for f in found if f))


@lru_cache(maxsize=32)
def pipeline_problem(name: str) -> str | None:
    """Why `nlp.model: NAME` cannot be used, or None when it is an installed spaCy pipeline
    package outside the repository. Decided without importing anything: `find_spec` of a
    top-level name only locates it."""
    if not name.isidentifier():
        return f"{name!r} is not the name of an installed spaCy pipeline package"
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if spec is None or not locations:
        return f"no installed spaCy pipeline package named {name!r}"
    folder = locations[0]
    if not outside_repository(folder):
        return f"{name!r} is inside the repository being linted; krlint never imports code from it"
    if not os.path.isfile(os.path.join(folder, "meta.json")):
        return f"{name!r} is installed but is not a spaCy pipeline package (no meta.json)"
    return None


def _lexically_inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([os.path.abspath(path), folder]) == folder
    except ValueError:
        return False


def escapes(path: str, top: str | None = None) -> bool:
    """Whether `path` is, by name, inside the repository (`top`, by default the one krlint was
    started in) but resolves to somewhere outside it: a symbolic link out of the checkout.

    A path that is outside the repository by name was chosen by whoever ran krlint and is read
    as named; one inside it is the repository's to say, and the repository may not say "read
    /etc" through a link."""
    if top is None:
        if not _cwd_exists():
            return False
        top = repository_root(os.getcwd())
    return _lexically_inside(path, top) and not inside(path, top)
