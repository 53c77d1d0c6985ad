"""`import spacy` without spaCy's command line: about a third of the import, measured.

`spacy/__init__.py` runs `from .cli.info import info` so that `spacy.info()` exists, and that one
line imports spaCy's whole CLI: every command module, typer's app, weasel, requests, httpx,
jinja2 and click. krlint needs a tokenizer and matchers, never the CLI. spaCy 3.8 has no switch
for this: explosion/spaCy#12962 made the import lazy but broke `spacy.cli` as an attribute of the
package, and #13721 (its reland, with a module `__getattr__`) and #13933 (a separate light CLI
package) are open, not released. So krlint does the same thing from outside, for the one import
it owns:

1. before `import spacy`, a stand-in `spacy.cli.info` module offers `info` — a function that
   imports the real `spacy.cli` when it is first called and hands over to it;
2. after the import the stand-ins leave `sys.modules`, so any later `import spacy.cli` (or
   `python -m spacy`) loads the real CLI, and a module `__getattr__` on `spacy` (PEP 562, what
   spaCy#13721 proposes) loads it on first access to `spacy.cli`, as before.

It is applied only when spaCy's `__init__.py` holds that line exactly as expected; otherwise,
when the stand-ins are refused in any way, or when `KRLINT_SPACY_PLAIN_IMPORT=1`, spaCy is
imported plainly. Tests run the real `spacy.cli` and `spacy.info()` afterwards in the same
process (tests/test_spacy_import.py).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from types import ModuleType
from typing import Any

CLI_LINE = "from .cli.info import info"
_STANDINS = ("spacy.cli", "spacy.cli.info")
PLAIN_VARIABLE = "KRLINT_SPACY_PLAIN_IMPORT"

# How the last import was made: "already" (someone imported spaCy before krlint), "plain",
# "without-cli", or "plain after <error>" when the light import was refused.
how: str = ""


def import_spacy() -> ModuleType:
    """spaCy, imported once per process the cheapest safe way (see the module docstring)."""
    global how
    if "spacy" in sys.modules:
        how = how or "already"
        return sys.modules["spacy"]
    if os.environ.get(PLAIN_VARIABLE, "").strip() not in ("", "0") or not _expected_layout():
        how = "plain"
        return _plain()
    try:
        module = _import_without_cli()
    except Exception as error:  # a spaCy that does not take the stand-in: the plain import
        _forget_partial_import()
        how = f"plain after {type(error).__name__}"
        return _plain()
    how = "without-cli"
    return module


def _plain() -> ModuleType:
    import spacy

    return spacy


def _expected_layout() -> bool:
    """Whether spaCy's `__init__.py` imports the CLI by exactly the one line this module
    replaces (and by no other): a spaCy that changed it is imported plainly."""
    try:
        spec = importlib.util.find_spec("spacy")
        if spec is None or spec.origin is None:
            return False
        with open(spec.origin, encoding="utf-8") as handle:
            lines = [line.split("#")[0].strip() for line in handle]
    except (OSError, ValueError, ImportError):
        return False
    mentions = [line for line in lines if ".cli" in line or "import cli" in line]
    return mentions == [CLI_LINE]


def _import_without_cli() -> ModuleType:
    package = ModuleType("spacy.cli")
    package.__doc__ = "krlint's stand-in while spaCy is imported (krlint.nlp.spacy_import)"
    info_module = ModuleType("spacy.cli.info")
    # stand-in modules built here: their attributes are ours to set, not declared anywhere
    info_module.info = _info  # type: ignore[attr-defined]
    package.info = info_module  # type: ignore[attr-defined]
    for name, module in zip(_STANDINS, (package, info_module), strict=True):
        if name in sys.modules:
            raise ImportError(f"{name} is imported already")
        sys.modules[name] = module
    try:
        import spacy
    finally:
        for name, module in zip(_STANDINS, (package, info_module), strict=True):
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if spacy.__dict__.get("cli") is package:
        del spacy.__dict__["cli"]
    if spacy.__dict__.get("info") is not _info:
        raise ImportError("spacy.info is not the stand-in")
    if "__getattr__" in spacy.__dict__:
        raise ImportError("spacy has a module __getattr__ of its own")
    spacy.__dict__["__getattr__"] = _module_getattr
    return spacy


def _module_getattr(name: str) -> Any:
    """`spacy.cli` on first access, as if `import spacy` had imported it (PEP 562)."""
    if name == "cli":
        import spacy.cli  # noqa: F401 - loaded here, returned from sys.modules

        return sys.modules["spacy.cli"]
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`: the real one, from the real CLI, imported now."""
    from spacy.cli.info import info as real

    if real is _info:  # called while spaCy is being imported: the real CLI is not there yet
        raise ImportError("spacy.info() called during krlint's import of spaCy")
    spacy = sys.modules["spacy"]
    if spacy.__dict__.get("info") is _info:
        spacy.info = real  # type: ignore[attr-defined]  # spaCy's own, put back
    return real(*args, **kwargs)


def _forget_partial_import() -> None:
    """After a refused light import: drop the half-imported package and the stand-ins, so the
    plain import starts again (spaCy's compiled submodules stay loaded and are reused)."""
    for name in _STANDINS:
        module = sys.modules.get(name)
        if module is not None and module.__doc__ and "krlint's stand-in" in module.__doc__:
            del sys.modules[name]
    sys.modules.pop("spacy", None)
