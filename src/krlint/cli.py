"""The command line. Thin: it parses options, runs the engine, picks a reporter, sets the exit.

Heavy modules (the engine, spaCy) are imported inside the commands that need them, so
`krlint --version`, `krlint rules` and `--help` start fast.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional

import typer

from krlint import __version__

if TYPE_CHECKING:
    from rich.console import Console

    from krlint.cache import Cache
    from krlint.catalogue import Catalogue
    from krlint.engine import Linter
    from krlint.judgement_cache import JudgementCache
    from krlint.options import RunOptions
    from krlint.report import Report
    from krlint.reporters import ReportContext
    from krlint.reporters.output import Output
    from krlint.reporters.spool import Spool

app = typer.Typer(
    name="krlint",
    help="Lint OKR files: flag key results that measure outputs instead of outcomes.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
DEFAULT_PATHS = ("okrs.yaml", "okrs.yml", "okrs.json", "okrs.md", "okrs")


class OutputFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    gitlab = "gitlab"


def default_format() -> OutputFormat:
    """GitHub Actions gets annotations without being asked; everyone else gets text."""
    return OutputFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else OutputFormat.text


class InputFormat(str, Enum):
    yaml = "yaml"
    markdown = "markdown"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def fail(message: str) -> NoReturn:
    """One line on stderr and exit 2: krlint could not do its job."""
    error(message)
    raise typer.Exit(EXIT_ERROR)


def error(message: str, kind: str = "error") -> None:
    """One line on stderr. Messages quote paths and config values from the repository, so they
    are made safe first: a file name with a newline and `::error::` in it must not become a
    GitHub workflow command, nor an escape sequence reach the log (krlint.reporters.sanitize)."""
    from krlint.reporters.sanitize import line
    from krlint.streams import write_stderr

    write_stderr(f"krlint: {kind}: {line(message)}\n")


def use_color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def console_for_stdout(**options: Any) -> Console:
    """A rich console that writes no escape codes at all (not even bold) unless colour is on."""
    from rich.console import Console

    color = use_color(sys.stdout)
    return Console(
        file=sys.stdout,
        force_terminal=color,
        no_color=not color,
        color_system="auto" if color else None,
        highlight=False,
        **options,
    )


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for item in values or [] for v in item.split(",") if v.strip())


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


# Start-up creates ~150,000 objects (typer, the engine, PyYAML, rules) and frees almost none, so
# the collector's frequent young collections find nothing to collect: ~5 ms of a ~90 ms
# pre-commit run. `main` makes them rare until the command has imported what it needs.
_STARTING: tuple[int, int, int] | None = None


def started() -> None:
    """Start-up is over: what it made is moved out of the collector's way (never scanned
    again) and the collector runs as usual for the work itself."""
    global _STARTING
    if _STARTING is not None:
        import gc

        gc.freeze()
        gc.set_threshold(*_STARTING)
        _STARTING = None


def default_paths() -> list[str]:
    """The config's `include`, else the default OKR paths that are here. A default folder with
    no OKR files in it (an empty `okrs/` beside `okrs.yaml`) is left out rather than an error:
    the user named nothing, so nothing they named is missing."""
    from krlint.config import discover

    config = discover(os.getcwd())
    if config.include:  # relative to the config file, which may be in a parent directory
        from krlint import trust

        root = Path(config.root or ".")
        top = trust.repository_root(str(root))
        paths = [p if Path(p).is_absolute() else os.path.relpath(root / p) for p in config.include]
        for given, path in zip(config.include, paths, strict=True):
            if not trust.inside(path, top):  # the config is the repository's: it names no
                fail(
                    f"{config.source}: 'include': {given} is outside the repository ({top}); "
                    "not read"
                )  # file of the machine
        return paths
    found = [p for p in DEFAULT_PATHS if Path(p).is_file() or (Path(p).is_dir() and _has_files(p))]
    found += sorted(str(p) for p in Path(".").glob("*.okrs.y*ml"))
    if not found:
        fail(
            "no paths given and no okrs.yaml, *.okrs.yaml or okrs/ here "
            "(try: krlint check FILE, or krlint init)"
        )
    return found


def _has_files(folder: str) -> bool:
    from krlint.sources import PathError
    from krlint.sources import discover as files_in

    try:
        return next(iter(files_in([folder])), None) is not None
    except PathError:
        return False


@app.command()
def check(
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(help="Files or folders to lint; - reads standard input."),
    ] = None,
    select: Annotated[
        Optional[list[str]],
        typer.Option(
            "--select", help="Only these rules (codes, names or prefixes; comma-separated)."
        ),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],
        typer.Option("--ignore", help="Skip these rules (codes or names)."),
    ] = None,
    extend_select: Annotated[
        Optional[list[str]],
        typer.Option("--extend-select", help="Add rules to the selection."),
    ] = None,
    fail_on: Annotated[
        Optional[Level],
        typer.Option(
            "--fail-on", help="Lowest severity that makes the exit code 1 (default: error)."
        ),
    ] = None,
    config: Annotated[
        Optional[str],
        typer.Option("--config", help="Use this config file instead of discovering one."),
    ] = None,
    output_format: Annotated[
        Optional[OutputFormat],
        typer.Option(
            "--output-format",
            "-o",
            help="How findings are printed (default: text; github when GITHUB_ACTIONS=true).",
        ),
    ] = None,
    output_file: Annotated[
        Optional[Path],
        typer.Option(
            "--output-file", help="Write findings to this file instead of standard output."
        ),
    ] = None,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print counts per rule instead of the findings.")
    ] = False,
    format_in: Annotated[
        Optional[InputFormat],
        typer.Option("--format-in", help="Read input as this format (default: by file extension)."),
    ] = None,
    show_source: Annotated[
        bool,
        typer.Option(
            "--show-source/--no-show-source", help="Quote the key result under each finding."
        ),
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print findings only.")] = False,
    exit_zero: Annotated[
        bool,
        typer.Option("--exit-zero", help="Exit 0 even when findings are at or above --fail-on."),
    ] = False,
    report_unused_disables: Annotated[
        bool,
        typer.Option(
            "--report-unused-disables", help="Report suppressions that silenced nothing (X002)."
        ),
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache", help="Neither read nor write the result cache (also: KRLINT_NO_CACHE=1)."
        ),
    ] = False,
    cache_dir: Annotated[
        Optional[str],
        typer.Option(
            "--cache-dir",
            help="Where the result cache lives (default: .krlint_cache/ beside the "
            "config, else here; also: KRLINT_CACHE_DIR).",
        ),
    ] = None,
    force_exclude: Annotated[
        bool,
        typer.Option(
            "--force-exclude",
            help="Apply the config's `exclude` to files named on the command "
            "line too (as the pre-commit hook does).",
        ),
    ] = False,
    strict_files: Annotated[
        bool,
        typer.Option(
            "--strict-files",
            help="Lint every file named on the command line as OKRs, even one "
            "with no OKRs in it (default: skip it with a note).",
        ),
    ] = False,
    stdin_filename: Annotated[
        Optional[str],
        typer.Option(
            "--stdin-filename",
            help="The name of the file read from standard input: the config, "
            "per-file ignores, `exclude` and the reader follow it.",
        ),
    ] = None,
    show_settings: Annotated[
        bool,
        typer.Option(
            "--show-settings",
            help="Print the config file in force and the effective settings "
            "for the first path, then exit.",
        ),
    ] = False,
    show_files: Annotated[
        bool,
        typer.Option(
            "--show-files",
            help="Print the files that would be linted, and those skipped and why, then exit.",
        ),
    ] = False,
) -> None:
    """Lint OKR files and report problems."""
    from krlint.catalogue import CatalogueError
    from krlint.config import ConfigError
    from krlint.diagnostics import Severity
    from krlint.engine import Linter
    from krlint.options import RunOptions
    from krlint.progress import ProgressBar, wanted
    from krlint.reporters import ReportContext

    started()
    options = RunOptions(
        select=_split(select) or None,
        ignore=_split(ignore),
        extend_select=_split(extend_select),
        fail_on=Severity.parse(fail_on.value) if fail_on else None,
        config_file=config,
        reader=format_in.value if format_in else None,
        report_unused_disables=report_unused_disables,
        force_exclude=force_exclude,
        strict_files=strict_files,
        stdin_filename=stdin_filename,
    )
    chosen = _format_for(output_format, statistics)
    if stdin_filename is not None and paths and paths != ["-"]:
        fail("--stdin-filename names standard input: give '-' (or no path) with it")
    if stdin_filename is not None:
        paths = ["-"]
    if show_settings or show_files:
        raise typer.Exit(_show(options, paths, settings=show_settings, json=chosen.value == "json"))
    cache, judgements = _caches(options, no_cache, cache_dir)
    ctx = ReportContext(
        color=not output_file and use_color(sys.stdout),
        show_source=show_source,
        quiet=quiet,
        version=__version__,
    )
    output = open_output(chosen.value, ctx, statistics)
    try:
        linter = Linter(options, cache, judgements)
        with ProgressBar(sys.stderr, color=use_color(sys.stderr)) as bar:
            report = linter.lint_paths(
                paths or default_paths(),
                progress=bar if wanted(sys.stderr, quiet) else None,
                sink=output.file,
            )
    except (ConfigError, CatalogueError) as problem:
        output.discard()
        fail(str(problem))
    reporter_failed = not _deliver(output, report, linter, chosen.value, output_file)
    for message in report.errors:
        error(message)
    if judgements is not None:
        judgements.close()
    warning = (cache and cache.warning) or (judgements and judgements.warning)
    if warning:
        error(warning, "warning")
    code = EXIT_ERROR if reporter_failed else output.tally.exit_code(report.errors)
    if exit_zero and code == EXIT_FINDINGS:
        code = EXIT_OK
    raise typer.Exit(code)


def _deliver(
    output: Output, report: Report, linter: Linter, format: str, output_file: Path | None
) -> bool:
    """Finish the report and write it where it goes; False when the reporter failed."""
    from krlint.catalogue import builtin_rules
    from krlint.reporters import DESCRIBE_RULES

    if not (output.tally.files or not report.errors or format != "text"):
        output.discard()  # text alone would print "No problems in 0 files" beside the error
        return True
    rules = linter.rules_in_force() or builtin_rules() if format in DESCRIBE_RULES else report.rules
    delivered = output.close(report, rules, output_file, write_file)
    if output.stdout_problem is not None:
        error(f"cannot write the findings to standard output: {output.stdout_problem}")
    return delivered


def _format_for(output_format: OutputFormat | None, statistics: bool) -> OutputFormat:
    """`--output-format` (or the default), checked against `--statistics`."""
    from krlint.reporters.statistics import STRUCTURED

    chosen = output_format or default_format()
    if statistics and chosen.value not in {"text", "concise", *STRUCTURED}:
        if output_format is not None:
            fail(f"--statistics prints text or json, not {chosen.value}")
        chosen = OutputFormat.text  # github was only the default inside GitHub Actions
    return chosen


def _show(options: RunOptions, paths: list[str] | None, *, settings: bool, json: bool) -> int:
    """`--show-settings` or `--show-files`: what a run would use, instead of the run."""
    from krlint.catalogue import CatalogueError
    from krlint.config import ConfigError
    from krlint.engine import Linter
    from krlint.show_settings import show_files as print_files
    from krlint.show_settings import show_settings as print_settings

    try:
        linter = Linter(options)
        targets = paths or default_paths()
        return (
            print_settings(linter, targets, sys.stdout, json=json)
            if settings
            else print_files(linter, targets, sys.stdout, json=json)
        )
    except (ConfigError, CatalogueError) as problem:
        fail(str(problem))


def _caches(
    options: RunOptions, no_cache: bool, cache_dir: str | None
) -> tuple[Cache | None, JudgementCache | None]:
    """The result cache and the judgement cache, unless `--no-cache` or KRLINT_NO_CACHE."""
    from krlint import cache as cache_mod

    if no_cache or cache_mod.disabled_by_environment():
        return None, None
    from krlint.judgement_cache import JudgementCache

    directory = Path(cache_dir) if cache_dir else cache_mod.default_directory(options.config_file)
    return cache_mod.Cache(directory, options), JudgementCache(directory)


def open_output(format: str, ctx: ReportContext, statistics: bool) -> Output:
    """Where a streamed run's findings go as files are linted (krlint.reporters.output)."""
    from krlint.reporters import writer
    from krlint.reporters.output import Output
    from krlint.reporters.statistics import Writer as Statistics

    chosen = Statistics(ctx, format) if statistics else writer(format, ctx)
    return Output(chosen, format, ctx)


def write_file(path: Path, report: Spool) -> None:
    """`--output-file`, written once the report is whole; an unwritable file is exit 2."""
    try:
        write_new_file(path, report)
    except OSError as error:
        fail(f"cannot write --output-file {path}: {error.strerror or error}")


def write_new_file(path: Path, report: Spool) -> None:
    """`--output-file`: opened without blocking, so a FIFO nobody reads is an error at once
    (ENXIO) instead of a run that never ends; a FIFO with a reader and /dev/stdout still work."""
    flags = (
        os.O_WRONLY
        | os.O_CREAT
        | os.O_TRUNC
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_CLOEXEC", 0)
    )
    fd = os.open(path, flags, 0o666)
    try:
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a slow reader is waited for, not an error
        out = open(fd, "w", encoding="utf-8", newline="", closefd=True)  # noqa: SIM115
    except BaseException:
        os.close(fd)
        raise
    with out:
        report.copy_to(out)


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
    config: Annotated[
        Optional[str],
        typer.Option("--config", help="Use this config file instead of discovering one."),
    ] = None,
    format_in: Annotated[
        Optional[InputFormat],
        typer.Option("--format-in", help="Read input as this format (default: by file extension)."),
    ] = None,
) -> None:
    """Show what krlint read: objectives, key results (cleaned), judgement and confidence."""
    import json

    from krlint.catalogue import CatalogueError
    from krlint.config import ConfigError
    from krlint.show import collect, render_tree, to_json

    try:
        shown = collect(
            paths or default_paths(),
            config_file=config,
            reader=format_in.value if format_in else None,
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


def main() -> None:
    """Entry point: any unexpected exception becomes one line and exit 2, never a traceback."""
    global _STARTING
    import gc

    from krlint import streams
    from krlint.trust import without_current_directory

    without_current_directory()  # nothing imported later may come from the linted checkout
    streams.prepare()
    _STARTING = gc.get_threshold()
    gc.set_threshold(100_000, *_STARTING[1:])  # until `started()`
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        streams.write_stderr("krlint: interrupted\n")
        sys.exit(130)
    except OSError as problem:  # stdout closed, full or gone while a command printed
        streams.silence_stdout()
        error(f"cannot write to standard output: {problem.strerror or problem}")
        sys.exit(EXIT_ERROR)
    except Exception as problem:
        from krlint.reporters.sanitize import line

        streams.write_stderr(
            f"krlint: internal error: {type(problem).__name__}: {line(str(problem))}\n"
        )
        sys.exit(EXIT_ERROR)
