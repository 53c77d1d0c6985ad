"""`krlint check`: what it does, apart from how its arguments are parsed.

Two parsers lead here. Typer (krlint.cli) parses every command line and explains a wrong one;
importing it costs ~30 ms, a fifth of a pre-commit run whose judgements are cached. The command
lines pre-commit and CI actually run — `krlint check`, flags, options with a valid value, paths
— are parsed by `parse_check_args` from the same table of options (`CHECK_OPTIONS`) that the
typer declaration is built from, so the two cannot drift apart; anything else (help, `--`, an
unknown or malformed option, another command) goes to typer. Nothing here imports typer.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from krlint import __version__
from krlint.startup import started

if TYPE_CHECKING:
    from rich.console import Console

    from krlint.cache import Cache
    from krlint.engine import Linter
    from krlint.judgement_cache import JudgementCache
    from krlint.options import RunOptions
    from krlint.report import Report
    from krlint.reporters import ReportContext
    from krlint.reporters.output import Output
    from krlint.reporters.spool import Spool

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
    raise SystemExit(EXIT_ERROR)


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


@dataclass(frozen=True, slots=True)
class Option:
    """One option of `krlint check`: its spellings (as typer declares them) and its help."""

    decls: tuple[str, ...]
    help: str
    kind: Callable[[str], Any] | None = None  # None: a flag; else it takes a value, so converted
    many: bool = False  # may be given more than once (a list)


PATHS_HELP = "Files or folders to lint; - reads standard input."

CHECK_OPTIONS: dict[str, Option] = {
    "select": Option(
        ("--select",), "Only these rules (codes, names or prefixes; comma-separated).", str, True
    ),
    "ignore": Option(("--ignore",), "Skip these rules (codes or names).", str, True),
    "extend_select": Option(("--extend-select",), "Add rules to the selection.", str, True),
    "fail_on": Option(
        ("--fail-on",), "Lowest severity that makes the exit code 1 (default: error).", Level
    ),
    "config": Option(("--config",), "Use this config file instead of discovering one.", str),
    "output_format": Option(
        ("--output-format", "-o"),
        "How findings are printed (default: text; github when GITHUB_ACTIONS=true).",
        OutputFormat,
    ),
    "output_file": Option(
        ("--output-file",), "Write findings to this file instead of standard output.", Path
    ),
    "statistics": Option(("--statistics",), "Print counts per rule instead of the findings."),
    "format_in": Option(
        ("--format-in",), "Read input as this format (default: by file extension).", InputFormat
    ),
    "show_source": Option(
        ("--show-source/--no-show-source",), "Quote the key result under each finding."
    ),
    "quiet": Option(("--quiet", "-q"), "Print findings only."),
    "exit_zero": Option(("--exit-zero",), "Exit 0 even when findings are at or above --fail-on."),
    "report_unused_disables": Option(
        ("--report-unused-disables",), "Report suppressions that silenced nothing (X002)."
    ),
    "no_cache": Option(
        ("--no-cache",), "Neither read nor write the result cache (also: KRLINT_NO_CACHE=1)."
    ),
    "cache_dir": Option(
        ("--cache-dir",),
        "Where the result cache lives (default: .krlint_cache/ beside the config, else here; "
        "also: KRLINT_CACHE_DIR).",
        str,
    ),
    "force_exclude": Option(
        ("--force-exclude",),
        "Apply the config's `exclude` to files named on the command line too (as the "
        "pre-commit hook does).",
    ),
    "strict_files": Option(
        ("--strict-files",),
        "Lint every file named on the command line as OKRs, even one with no OKRs in it "
        "(default: skip it with a note).",
    ),
    "stdin_filename": Option(
        ("--stdin-filename",),
        "The name of the file read from standard input: the config, per-file ignores, "
        "`exclude` and the reader follow it.",
        str,
    ),
    "show_settings": Option(
        ("--show-settings",),
        "Print the config file in force and the effective settings for the first path, then exit.",
    ),
    "show_files": Option(
        ("--show-files",),
        "Print the files that would be linted, and those skipped and why, then exit.",
    ),
}


def _spellings() -> dict[str, tuple[str, Option, bool]]:
    """Each spelling → (parameter, option, the value a flag spelled so sets)."""
    found: dict[str, tuple[str, Option, bool]] = {}
    for param, option in CHECK_OPTIONS.items():
        for decl in option.decls:
            on, _, off = decl.partition("/")
            found[on] = (param, option, True)
            if off:
                found[off] = (param, option, False)
    return found


def parse_check_args(argv: Sequence[str]) -> dict[str, Any] | None:
    """`krlint check …` as keyword arguments of `run_check`, read as click reads them (a
    value option takes the next argument whatever it is, or `--name=value`; the last of a
    repeated single option wins; paths and options in any order) — or None for anything this
    does not take, which typer then parses and explains."""
    if not argv or argv[0] != "check":
        return None
    spellings = _spellings()
    found: dict[str, Any] = {}
    paths: list[str] = []
    args = iter(argv[1:])
    for arg in args:
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        known = spellings.get(name)
        if known is None:
            return None
        param, option, flag_value = known
        if option.kind is None:
            if eq:
                return None  # a flag takes no value: typer says so
            found[param] = flag_value
            continue
        if not eq:
            given = next(args, None)
            if given is None:
                return None
            value = given
        try:
            converted = option.kind(value)
        except ValueError:
            return None  # not one of the choices: typer lists them
        if option.many:
            found.setdefault(param, []).append(converted)
        else:
            found[param] = converted
    if paths:
        found["paths"] = paths
    return found


def run_check(
    paths: list[str] | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    extend_select: list[str] | None = None,
    fail_on: Level | None = None,
    config: str | None = None,
    output_format: OutputFormat | None = None,
    output_file: Path | None = None,
    statistics: bool = False,
    format_in: InputFormat | None = None,
    show_source: bool = True,
    quiet: bool = False,
    exit_zero: bool = False,
    report_unused_disables: bool = False,
    no_cache: bool = False,
    cache_dir: str | None = None,
    force_exclude: bool = False,
    strict_files: bool = False,
    stdin_filename: str | None = None,
    show_settings: bool = False,
    show_files: bool = False,
) -> NoReturn:
    """Lint OKR files and report problems; exits with the run's code (0, 1 or 2)."""
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
        raise SystemExit(_show(options, paths, settings=show_settings, json=chosen.value == "json"))
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
    raise SystemExit(code)


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
