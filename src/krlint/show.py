"""`krlint show`: what krlint read — objectives, key results and the judgement of each.

A user who disagrees with a finding first needs to see what krlint took for an objective and a
key result, and in which words (IDs, owners, status notes and initiatives already removed). This
module reads paths exactly as `krlint check` does (same path discovery, the same configuration
discovered per file, the same readers and analyser) and returns plain data; the command prints
it as a tree or as JSON. The reader benchmark (`bench/reader.py`) calls `collect` and `to_json`,
so it measures exactly what a user sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from krlint import sources
from krlint.diagnostics import Problem
from krlint.limits import check_lengths
from krlint.loaders import read_text, reader_for
from krlint.loaders.sniff import looks_like_okrs
from krlint.model import KeyResult, Objective, OkrFile
from krlint.nlp.judgement import Judgement
from krlint.reporters.sanitize import line

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text


@dataclass(slots=True)
class ShownFile:
    """One file as read: the model, the reader's findings and a judgement per key result."""

    path: str
    file: OkrFile
    problems: list[Problem] = field(default_factory=list)
    judgements: dict[int, Judgement] = field(default_factory=dict)  # id(KeyResult) → judgement

    def judgement(self, kr: KeyResult) -> Judgement | None:
        return self.judgements.get(id(kr))


@dataclass(slots=True)
class Shown:
    files: list[ShownFile] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # paths krlint could not read (exit 2)
    skipped: list[str] = field(default_factory=list)  # walked YAML/JSON without OKRs


def collect(
    paths: Sequence[str],
    *,
    config_file: str | None = None,
    reader: str | None = None,
    stdin_filename: str | None = None,
) -> Shown:
    """Read every path as `krlint check` would and judge every key result (standard input
    named `stdin_filename`, as `check --stdin-filename` names it: its config and reader).

    Raises `ConfigError` / `CatalogueError` for a configuration krlint cannot use, as `check`
    does; a path that cannot be read is an entry in `errors`, and the other paths are still read.
    """
    from krlint.engine import Linter, judge_key_results
    from krlint.options import RunOptions

    linter = Linter(
        RunOptions(config_file=config_file, reader=reader, stdin_filename=stdin_filename)
    )
    shown = Shown()
    analyzers: dict[int, tuple[Any, list[list[tuple[Objective, KeyResult]]]]] = {}
    for raw in paths:
        try:
            found = [(raw, path) for path in sources.discover([raw])]
        except sources.PathError as error:
            shown.errors.append(str(error))
            continue
        for raw_path, path in found:
            try:
                config = linter.config_for(path)
                if path != raw_path and config.is_excluded(path):
                    continue
                source = sources.read(path, config.limits.max_file_size)
            except sources.PathError as error:
                shown.errors.append(str(error))
                continue
            if source.text is None:
                assert source.problem is not None
                shown.files.append(
                    ShownFile(source.path, OkrFile(path=source.path), [source.problem])
                )
                continue
            named = stdin_filename if path == sources.STDIN and stdin_filename else source.path
            kind = reader_for(named, reader)
            if (
                path != raw_path
                and kind == "yaml"
                and not looks_like_okrs(source.text, json=path.lower().endswith(".json"))
            ):
                shown.skipped.append(path)
                continue
            result = read_text(named, source.text, kind, config.limits)
            result.problems.extend(check_lengths(result.file, config.limits))
            entry = ShownFile(named, result.file, result.problems)
            shown.files.append(entry)
            analyzer = linter.analyzer(config)
            group = analyzers.setdefault(id(analyzer), (analyzer, []))
            group[1].append(result.file.key_results())  # judged below, in one batch
    by_kr = judge_key_results(analyzers.values())
    for entry in shown.files:
        entry.judgements = {
            id(kr): by_kr[id(kr)] for _, kr in entry.file.key_results() if id(kr) in by_kr
        }
    return shown


# -- JSON -------------------------------------------------------------------------------------
def _source_text(okr_file: OkrFile, node: Objective | KeyResult) -> str:
    """The source the node was read from, from its first column to its end (one line, or the
    first line of a wrapped one): what the user wrote, before krlint cleaned it."""
    lines = okr_file.lines
    span = node.span
    if not 1 <= span.line <= len(lines):
        return ""
    line = lines[span.line - 1]
    end = span.end_column - 1 if span.end_line == span.line and span.end_column else len(line)
    return line[span.column - 1 : end].strip()


def _jsonable(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return str(value)


def file_json(entry: ShownFile) -> dict[str, Any]:
    objectives = []
    for obj in entry.file.objectives:
        krs = []
        for kr in obj.key_results:
            judgement = entry.judgement(kr)
            krs.append(
                {
                    "text": kr.text,
                    "line": kr.span.line,
                    "column": kr.span.column,
                    "label": judgement.label if judgement else None,
                    "confidence": round(judgement.confidence, 3) if judgement else None,
                    "p_output": round(judgement.p_output, 3) if judgement else None,
                    "p_alone": (
                        round(judgement.p_alone, 3)
                        if judgement and judgement.p_alone is not None
                        else None
                    ),
                    "suggestion": judgement.suggestion if judgement else None,
                    "rewrite": judgement.rewrite if judgement else None,
                    "end_line": kr.span.end_line,
                    "end_column": kr.span.end_column,
                    "id": kr.id,
                    "source": _source_text(entry.file, kr),
                    "fields": _jsonable(
                        {k: v for k, v in kr.fields.items() if not k.startswith("_")}
                    ),
                }
            )
        objectives.append(
            {
                "title": obj.text,
                "line": obj.span.line,
                "column": obj.span.column,
                "key_results": krs,
                "end_line": obj.span.end_line,
                "end_column": obj.span.end_column,
                "id": obj.id,
                "period": obj.period,
                "fields": _jsonable({k: v for k, v in obj.fields.items() if not k.startswith("_")}),
            }
        )
    return {
        "path": entry.path,
        "objectives": objectives,
        "reader": entry.file.reader,
        "notes": [
            {"code": p.code, "line": p.span.line, "column": p.span.column, "message": p.message}
            for p in entry.problems
        ],
    }


def to_json(shown: Shown) -> dict[str, Any]:
    """`{"files": [{"path", "objectives": [{"title", "line", "column", "key_results": [{"text",
    "line", "column", "label", "confidence", "suggestion", "rewrite"}]}]}]}`, with end
    positions, IDs, the source text, fields and the reader's notes as extra keys."""
    return {"files": [file_json(entry) for entry in shown.files], "errors": list(shown.errors)}


# -- the tree ---------------------------------------------------------------------------------
_COLOURS = {"output": "yellow", "outcome": "green", "unclear": "dim"}


def _text(*parts: tuple[str, str]) -> Text:
    from rich.text import Text

    out = Text()
    for content, style in parts:
        out.append(line(content), style=style)  # a Text is never parsed for [markup]
    return out


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def render_tree(shown: Shown, console: Console) -> None:
    from rich.tree import Tree

    for entry in shown.files:
        krs = entry.file.key_results()
        count = (
            f"  {_count(len(entry.file.objectives), 'objective')}, "
            f"{_count(len(krs), 'key result')} ({entry.file.reader})"
        )
        tree = Tree(_text((entry.path, "bold"), (count, "dim")))
        for obj in entry.file.objectives:
            period = f"  [{obj.period}]" if obj.period else ""
            branch = tree.add(
                _text((f"L{obj.span.line} ", "dim"), (obj.text, "bold"), (period, "dim"))
            )
            for kr in obj.key_results:
                judgement = entry.judgement(kr)
                label = f"  {judgement.label} {judgement.confidence:.2f}" if judgement else ""
                alone = judgement.p_alone if judgement is not None else None
                if judgement is not None and alone is not None:
                    # where its file moved it enough to matter: another side, or 0.05 or more
                    side = "output" if alone >= 0.5 else "outcome"
                    confidence = max(alone, 1 - alone)
                    if side != judgement.leaning or abs(confidence - judgement.confidence) >= 0.05:
                        label += f" (alone: {side} {confidence:.2f})"
                node = branch.add(
                    _text(
                        (f"L{kr.span.line} ", "dim"),
                        (kr.text, ""),
                        (label, _COLOURS.get(judgement.label, "") if judgement else ""),
                    )
                )
                if judgement is not None and judgement.rewrite:
                    node.add(_text(("→ ", "dim"), (judgement.rewrite, "green")))
        for problem in entry.problems:
            tree.add(
                _text(
                    (f"L{problem.span.line} {problem.code or ''} ", "cyan"),
                    (problem.message, "cyan"),
                )
            )
        console.print(tree)
    if shown.skipped:
        console.print(_text((f"{len(shown.skipped)} YAML/JSON files without OKRs skipped", "dim")))
