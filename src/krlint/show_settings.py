"""`krlint check --show-settings` and `--show-files`: what a run would use and what it would
read, without linting anything (ruff's options of the same names).

When a file is linted that should not be (or not linted that should), the question is always
"which config is in force here, and what did krlint decide about this file?". These answer it
from the same code the run uses (`Linter.config_for`, `Linter.plan`), so they cannot disagree
with it.
"""

from __future__ import annotations

import json as json_mod
from collections.abc import Sequence
from typing import Any, TextIO

from krlint import sources
from krlint.engine import Linter
from krlint.loaders import reader_for
from krlint.reporters.sanitize import line


def settings(linter: Linter, path: str) -> dict[str, Any]:
    """The effective settings for one file, under their configuration names."""
    options = linter.options
    name = options.stdin_filename if path == sources.STDIN and options.stdin_filename else path
    config = linter.config_for(path)
    catalogue = linter.catalogue(config)
    return {
        "path": name,
        "config-file": config.source,
        "config-root": config.root,
        "selected-rules": sorted(linter.selected(config, catalogue, name)),
        "select": list(options.select if options.select is not None else config.select),
        "extend-select": [*config.extend_select, *options.extend_select],
        "ignore": [*config.ignore, *options.ignore],
        "per-file-ignores": config.per_file_ignores
        and {glob: list(codes) for glob, codes in config.per_file_ignores.items()},
        "per-file-ignores-here": list(config.ignored_for(name)),
        "fail-on": config.fail_on.label,
        "severity": {code: level.label for code, level in config.severity.items()},
        "exclude": list(config.exclude),
        "excluded": path != sources.STDIN and config.is_excluded(name),
        "force-exclude": options.force_exclude,
        "strict-files": options.strict_files,
        "include": list(config.include),
        "rules": config.rule_options,
        "rule-dirs": list(config.rule_dirs),
        "lexicon": {key: len(words) for key, words in config.lexicon.items()},
        "nlp-model": config.nlp_model,
        "limits": config.limits.describe(),
        "reader": options.reader
        or (reader_for(name) if name != sources.STDIN else "sniffed from the text"),
    }


def _first_file(linter: Linter, paths: Sequence[str]) -> str:
    """The file the settings are shown for: the first one the run would meet."""
    for raw in paths:
        if raw == sources.STDIN:
            return raw
        try:
            return next(iter(sources.discover([raw])))
        except (sources.PathError, StopIteration):
            continue
    return paths[0] if paths else "."


def show_settings(linter: Linter, paths: Sequence[str], out: TextIO, json: bool = False) -> int:
    found = settings(linter, _first_file(linter, paths))
    if json:
        json_mod.dump(found, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    import yaml

    out.write(f"# settings for {line(str(found['path']))}\n")
    text = yaml.safe_dump(
        found, sort_keys=False, allow_unicode=True, default_flow_style=None, width=100
    )
    out.write("\n".join(line(row) for row in text.splitlines()) + "\n")
    return 0


def show_files(linter: Linter, paths: Sequence[str], out: TextIO, json: bool = False) -> int:
    """Each file the run would lint (with its reader), each file it would skip and why; run
    errors on stderr. Exit 2 when a path could not be read, as `check` would."""
    admitted, report = linter.plan(paths)
    if json:
        json_mod.dump(
            {
                "lint": [{"path": a.source.path, "reader": a.reader} for a in admitted],
                "skip": [{"path": p, "reason": why} for p, why in report.why_skipped.items()],
                "errors": report.errors,
            },
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
    else:
        for entry in admitted:
            out.write(f"lint  {line(entry.source.path)}  ({entry.reader})\n")
        for path, why in report.why_skipped.items():
            out.write(f"skip  {line(path)}  ({line(why)})\n")
    from krlint.streams import write_stderr

    for message in report.errors:
        write_stderr(f"krlint: error: {line(message)}\n")
    return 2 if report.errors else 0


__all__ = ["settings", "show_files", "show_settings"]
