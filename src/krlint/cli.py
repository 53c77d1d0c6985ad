"""The command line through typer: every command, its help, and the explanation of a command
line that is wrong. Thin: `krlint check` is `krlint.check_command.run_check`, which the entry
point (krlint.entry) also calls without typer for the command lines pre-commit and CI run.

Heavy modules (the engine, spaCy) are imported inside the commands that need them, so
`krlint --version`, `krlint rules` and `--help` start fast.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from krlint import __version__
from krlint.check_command import (
    CHECK_OPTIONS,
    EXIT_ERROR,
    EXIT_OK,
    PATHS_HELP,
    InputFormat,
    Level,
    OutputFormat,
    console_for_stdout,
    default_paths,
    fail,
    run_check,
)
from krlint.startup import started

if TYPE_CHECKING:
    from krlint.catalogue import Catalogue

app = typer.Typer(
    name="krlint",
    help="Lint OKR files: flag key results that measure outputs instead of outcomes.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _option(param: str) -> Any:
    """The typer declaration of one `krlint check` option, from the table the quick parser
    reads too (krlint.check_command)."""
    option = CHECK_OPTIONS[param]
    return typer.Option(*option.decls, help=option.help)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"krlint {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    context: typer.Context,
    version: Annotated[
        Optional[bool],
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = None,
) -> None:
    """krlint: a linter for OKRs."""
    if context.invoked_subcommand != "check":  # check says so itself, after its imports
        started()


@app.command()
def check(
    paths: Annotated[Optional[list[str]], typer.Argument(help=PATHS_HELP)] = None,
    select: Annotated[Optional[list[str]], _option("select")] = None,
    ignore: Annotated[Optional[list[str]], _option("ignore")] = None,
    extend_select: Annotated[Optional[list[str]], _option("extend_select")] = None,
    fail_on: Annotated[Optional[Level], _option("fail_on")] = None,
    config: Annotated[Optional[str], _option("config")] = None,
    output_format: Annotated[Optional[OutputFormat], _option("output_format")] = None,
    output_file: Annotated[Optional[Path], _option("output_file")] = None,
    statistics: Annotated[bool, _option("statistics")] = False,
    format_in: Annotated[Optional[InputFormat], _option("format_in")] = None,
    show_source: Annotated[bool, _option("show_source")] = True,
    quiet: Annotated[bool, _option("quiet")] = False,
    exit_zero: Annotated[bool, _option("exit_zero")] = False,
    report_unused_disables: Annotated[bool, _option("report_unused_disables")] = False,
    no_cache: Annotated[bool, _option("no_cache")] = False,
    cache_dir: Annotated[Optional[str], _option("cache_dir")] = None,
    force_exclude: Annotated[bool, _option("force_exclude")] = False,
    strict_files: Annotated[bool, _option("strict_files")] = False,
    stdin_filename: Annotated[Optional[str], _option("stdin_filename")] = None,
    show_settings: Annotated[bool, _option("show_settings")] = False,
    show_files: Annotated[bool, _option("show_files")] = False,
) -> None:
    """Lint OKR files and report problems."""
    run_check(
        paths=paths,
        select=select,
        ignore=ignore,
        extend_select=extend_select,
        fail_on=fail_on,
        config=config,
        output_format=output_format,
        output_file=output_file,
        statistics=statistics,
        format_in=format_in,
        show_source=show_source,
        quiet=quiet,
        exit_zero=exit_zero,
        report_unused_disables=report_unused_disables,
        no_cache=no_cache,
        cache_dir=cache_dir,
        force_exclude=force_exclude,
        strict_files=strict_files,
        stdin_filename=stdin_filename,
        show_settings=show_settings,
        show_files=show_files,
    )


def _catalogue() -> Catalogue:
    """Every rule in force here: built-in, from plugins, and from the config's `rule-dirs` —
    assembled without the engine, which `krlint rules` does not need."""
    from krlint import plugins, rule_packs
    from krlint.catalogue import CatalogueError
    from krlint.config import ConfigError, discover

    try:
        return rule_packs.assemble(discover(os.getcwd()), plugins.load())
    except (ConfigError, CatalogueError) as error:
        fail(str(error))


@app.command()
def rules() -> None:
    """List every rule: code, name, default severity and summary."""
    from rich.table import Table

    from krlint.reporters.sanitize import rich_text

    table = Table(show_lines=False, header_style="bold")
    for column in ("code", "name", "severity", "summary"):
        table.add_column(column, no_wrap=column != "summary")
    for spec in _catalogue():  # a rule pack's text is foreign: no markup, no control codes
        table.add_row(
            rich_text(spec.code), rich_text(spec.name), spec.severity.label, rich_text(spec.summary)
        )
    console_for_stdout().print(table)


@app.command()
def rule(code: Annotated[str, typer.Argument(help="A rule code or name, e.g. K201.")]) -> None:
    """Show one rule's documentation: why, examples, options."""
    from rich.text import Text

    from krlint.reporters.sanitize import block

    spec = _catalogue().get(code)
    if spec is None:
        fail(f"unknown rule '{code}' (see: krlint rules)")
    console = console_for_stdout(soft_wrap=True, markup=False)  # a rule pack's text is data
    console.print(
        Text(f"{spec.code} {spec.name}", style="bold"),
        Text(f"({spec.severity.label} by default)", style="dim"),
    )
    console.print()
    console.print(Text(block(spec.summary)))
    if spec.rationale:
        console.print()
        console.print(Text("Why", style="bold"))
        console.print(Text(block(spec.rationale)))
    for title, examples, style in (("Bad", spec.bad, "red"), ("Good", spec.good, "green")):
        if examples:
            console.print()
            console.print(Text(title, style=f"bold {style}"))
            for example in examples:
                for row in block(str(example)).rstrip().splitlines():
                    console.print(Text(f"    {row}", style=style))
                if "\n" in str(example):
                    console.print()
    if spec.options:
        console.print()
        console.print(Text("Options", style="bold"))
        for key, value in spec.options.items():
            console.print(
                Text(block(f"    {key}: {value}   (config: rules: {{{spec.code}: {{{key}: …}}}})"))
            )
    if spec.params:
        console.print()
        console.print(Text(f"Kind {spec.kind}, from {spec.source}", style="bold"))
        for key, value in spec.params.items():
            console.print(Text(block(f"    {key}: {value}")))
    console.print()
    console.print(
        Text(f"Silence it: --ignore {spec.code}, or `# krlint: disable={spec.code}`", style="dim")
    )


@app.command()
def clean(
    cache_dir: Annotated[
        Optional[str],
        typer.Option(
            "--cache-dir", help="The cache to remove (default: the one `krlint check` uses here)."
        ),
    ] = None,
) -> None:
    """Remove the result cache (.krlint_cache/)."""
    from krlint import cache as cache_mod

    directory = Path(cache_dir) if cache_dir else cache_mod.default_directory()
    try:
        removed = cache_mod.clean(directory)
    except OSError as error:
        fail(str(error))
    typer.echo(f"removed {directory}" if removed else f"no cache at {directory}")


@app.command()
def server(
    stdio: Annotated[
        bool,
        typer.Option(
            "--stdio",
            help="Speak LSP over standard input/output (the only transport; accepted "
            "because some editors pass it).",
        ),
    ] = True,
) -> None:
    """Run the language server for editors: findings, hover and fixes as you type (LSP)."""
    from krlint.server import serve  # pygls is imported here only: `check` never pays for it

    serve()


class ClassifyFormat(str, Enum):
    table = "table"
    json = "json"


@app.command()
def classify(
    texts: Annotated[
        Optional[list[str]],
        typer.Argument(help="Key results to judge; none: one per line on standard input."),
    ] = None,
    format: Annotated[
        ClassifyFormat, typer.Option("--format", help="table (default) or json (JSON Lines).")
    ] = ClassifyFormat.table,
    objective: Annotated[
        Optional[str],
        typer.Option(
            "--objective",
            help="The objective above these key results: it words the suggestion "
            "for an output (the label is the key result's alone).",
        ),
    ] = None,
) -> None:
    """Judge key results: output, outcome or unclear, with the evidence, and for an output what
    it should measure instead (a suggestion and a rewrite template)."""
    import json

    from krlint.nlp import classify as judge
    from krlint.streams import write_stdout

    if not texts:
        try:
            # a byte-order mark is not part of the first key result
            texts = [t for line in sys.stdin if (t := line.strip().lstrip("\ufeff").strip())]
        except (OSError, ValueError, UnicodeDecodeError) as error:
            fail(f"cannot read standard input: {error}")
    if not texts:
        fail("nothing to classify: give key results as arguments or on standard input")
    judgements = judge(texts, [objective] * len(texts) if objective else None)
    if format is ClassifyFormat.json:
        lines = [
            json.dumps(judgement.to_json(text), ensure_ascii=False) + "\n"
            for text, judgement in zip(texts, judgements, strict=True)
        ]
        problem = write_stdout("".join(lines))
        if problem is not None:
            fail(f"cannot write to standard output: {problem}")
        return
    from rich.table import Table

    table = Table(header_style="bold")
    for column in (
        "key result",
        "label",
        "conf.",
        "evidence",
        "baseline → target",
        "suggestion",
        "rewrite",
    ):
        table.add_column(column)
    from krlint.reporters.sanitize import rich_text

    colours = {"output": "yellow", "outcome": "green", "unclear": "dim"}
    for text, j in zip(texts, judgements, strict=True):
        evidence = ", ".join(f"{e.kind}: {e.text}" for e in j.evidence) or "—"
        values = " → ".join(e.text for e in (j.baseline, j.target) if e) or "—"
        # below the gate a judgement is doubtful: shown with "?", never fails a build (O101)
        label = j.label if j.sure or j.label == "unclear" else f"{j.label}?"
        table.add_row(
            rich_text(text),
            rich_text(label, colours[j.label]),
            f"{j.confidence:.2f}",
            rich_text(evidence),
            rich_text(values),
            rich_text(j.suggestion or ""),
            rich_text(j.rewrite or ""),
        )
    if any(not j.sure and j.label != "unclear" for j in judgements):
        table.caption = (
            "?: below the confidence krlint needs to fail a build on it "
            "(an objective it decides gets O107, not O101)"
        )
    console_for_stdout().print(table)


class ShowFormat(str, Enum):
    tree = "tree"
    json = "json"


@app.command()
def show(
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(help="Files or folders to read; - reads standard input."),
    ] = None,
    format: Annotated[
        ShowFormat, typer.Option("--format", help="tree (default) or json.")
    ] = ShowFormat.tree,
    config: Annotated[Optional[str], _option("config")] = None,
    format_in: Annotated[Optional[InputFormat], _option("format_in")] = None,
    stdin_filename: Annotated[Optional[str], _option("stdin_filename")] = None,
) -> None:
    """Show what krlint read: objectives, key results (cleaned), judgement and confidence."""
    import json

    from krlint.catalogue import CatalogueError
    from krlint.config import ConfigError
    from krlint.show import collect, render_tree, to_json

    if stdin_filename is not None and paths and paths != ["-"]:
        fail("--stdin-filename names standard input: give '-' (or no path) with it")
    try:
        shown = collect(
            ["-"] if stdin_filename is not None else paths or default_paths(),
            config_file=config,
            reader=format_in.value if format_in else None,
            stdin_filename=stdin_filename,
        )
    except (ConfigError, CatalogueError) as error:
        fail(str(error))
    if format is ShowFormat.json:
        sys.stdout.write(json.dumps(to_json(shown), ensure_ascii=False, indent=2) + "\n")
    else:
        # a pipe or a file gets whole lines (grep-able); a terminal gets them wrapped
        wide = {} if sys.stdout.isatty() else {"width": 100_000}
        render_tree(shown, console_for_stdout(emoji=False, **wide))
    for message in shown.errors:
        sys.stderr.write(f"krlint: error: {message}\n")
    raise typer.Exit(EXIT_ERROR if shown.errors else EXIT_OK)


STARTER = """\
# OKRs for krlint: objectives with key results that measure outcomes.
period: 2026-Q1
owner: Your team
objectives:
  - objective: Make onboarding effortless for new teams
    key_results:
      - Increase week-1 activation from 32% to 45%
      - Cut median time to first dashboard from 3 days to 1 day
"""
STARTER_CONFIG = """\
# krlint configuration (see: krlint rules)
fail-on: error
ignore: []
max-key-results: 5
"""


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Where to write the files.")] = Path("."),
) -> None:
    """Write a starter okrs.yaml and .krlint.yaml (never overwrites)."""
    from krlint.sources import write_new

    written = []
    for name, content in (("okrs.yaml", STARTER), (".krlint.yaml", STARTER_CONFIG)):
        target = directory / name
        try:
            write_new(target, content)  # never over a file, never through a (dangling) link
        except FileExistsError:
            typer.echo(f"kept existing {target}")
            continue
        except OSError as error:
            fail(f"{target}: {error.strerror or error}")
        written.append(str(target))
    for path in written:
        typer.echo(f"wrote {path}")
