"""Readers: source text in, `OkrFile` and reader problems (F-codes) out."""

from __future__ import annotations

from krlint.limits import DEFAULT_LIMITS, Limits
from krlint.loaders.read_result import ReadResult as ReadResult  # re-exported: callers' name
from krlint.sources import MARKDOWN_SUFFIXES


def reader_for(path: str, forced: str | None = None) -> str:
    """Which reader a path gets: forced, else by extension, else YAML."""
    if forced:
        return forced
    lower = path.lower()
    if lower.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    return "yaml"


def read_text(
    path: str, text: str, reader: str = "yaml", limits: Limits = DEFAULT_LIMITS
) -> ReadResult:
    if reader == "markdown":
        from krlint.loaders.markdown import read_markdown

        return read_markdown(path, text)
    from krlint.loaders.yaml_reader import read_yaml

    return read_yaml(path, text, json=path.lower().endswith(".json"), limits=limits)
