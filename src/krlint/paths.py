"""Where krlint's own data is: the `rules/` folder (rule files, lexicons, the model).

A module of its own so that what reads that data — the catalogue, the lexicons, the model, the
measure vocabulary, the cache fingerprint — depends on a path and not on each other: the analyser
reads its lexicons without importing the rule catalogue.
"""

from __future__ import annotations

from pathlib import Path


class MissingDataError(Exception):
    """krlint's data folder is not installed: a broken installation, not a user error."""


def data_dir() -> Path:
    """Where `rules/` is: inside the installed wheel, else beside `src/` in a checkout.

    Plain paths first: importing importlib.resources costs ~15 ms at every start, and it is only
    needed when the package is not on disk (a zip import)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_rules", here.parents[1] / "rules"):
        if candidate.is_dir():
            return candidate
    from importlib import resources

    packaged = resources.files("krlint") / "_rules"
    if packaged.is_dir():
        return Path(str(packaged))
    raise MissingDataError("krlint's rule catalogue is missing (reinstall krlint)")
