"""The run: paths → sources → model → judgements → rules → suppressions → report.

One direction only. The engine knows rules only through the catalogue and the rule API, and
knows nothing about output formats; reporters get the finished `Report`.

`RunOptions`, `FileReport` and `Report` are defined in `krlint.options` and `krlint.report`
(which the cache and the reporters import); they stay importable from here, as scripts do.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NoReturn

from krlint import config as config_mod
from krlint import kinds, memo, plugins, rule_packs, sources, suppressions
from krlint.catalogue import Catalogue, CatalogueError
from krlint.config import Config, ConfigError
from krlint.diagnostics import Diagnostic, Problem, Severity
from krlint.limits import check_lengths
from krlint.loaders import ReadResult, read_text, reader_for
from krlint.loaders.sniff import looks_like_okrs, mentions_okrs, okr_named, reader_for_text
from krlint.model import KeyResult, Objective, OkrFile
from krlint.nlp import Analyzer
from krlint.nlp.judgement import Judgement
from krlint.options import RunOptions
from krlint.report import FileReport, Report
from krlint.rule_api import KindFactory, Rule, RuleContext
from krlint.rule_spec import RuleSpec

if TYPE_CHECKING:
    from krlint.cache import Cache
    from krlint.judgement_cache import JudgementCache

# Key results read, judged and linted together: enough for spaCy's batching to pay, few enough
# that a tree of any size never holds more than a few MB of models and judgements at once.
CHUNK_KEY_RESULTS = 2_000
BIG_MARKDOWN = 256 * 1024  # characters: a Markdown file whose tree is freed as soon as it is read


@dataclass(frozen=True, slots=True)
class TextResult:
    """What `Linter.lint_text` found, with the model and judgements it was found in, so an
    editor can explain a key result (hover) or fix a finding without reading the text again."""

    report: FileReport
    file: OkrFile
    judgements: Mapping[int, Judgement]  # by id() of `file`'s key results; empty unless judged
    judged: bool  # False: the rules that need a judgement or spaCy were skipped


class JudgementPending(Exception):
    """Raised into a rule that asks for a judgement or the spaCy pipeline during
    `lint_text(judge=False)`: that rule is skipped, its findings come with the judged run."""


class _NotJudged(Mapping[int, Judgement]):
    """The judgements of a run that judged nothing: asking for one means "not yet"."""

    def __getitem__(self, key: int) -> Judgement:
        raise JudgementPending

    def get(self, key: int, default: object = None) -> Judgement:
        raise JudgementPending

    def __contains__(self, key: object) -> bool:
        return False

    def __iter__(self) -> Iterator[int]:
        return iter(())

    def __len__(self) -> int:
        return 0


class _NotLoaded(Analyzer):
    """An analyser whose pipeline is not to be built in this run (rule kinds reach for
    `analyzer.nlp`): spaCy may still be loading elsewhere."""

    def _built(self) -> NoReturn:
        raise JudgementPending


@dataclass(slots=True)
class Admitted:
    """A file the run will read: where it came from, what it is called, and its text."""

    raw: str  # the argument it was found through
    path: str  # the path read ("-" for standard input)
    name: str  # the path reported, and matched by config, per-file ignores and reader choice
    config: Config
    source: sources.Source
    reader: str
    strict: bool  # lint it as OKRs even if nothing OKR-like is found in it


@dataclass(slots=True)
class _Pending:
    """A file read (or answered) and waiting for its chunk to be judged and linted."""

    file: OkrFile
    problems: list[Problem]
    config: Config
    key: str | None = None  # its result-cache key, to store the result under
    done: FileReport | None = None  # answered already: from the cache, or X001 (reader bug)


class Linter:
    """Holds what is expensive to build (catalogue, rules, analyser) across files."""

    def __init__(
        self,
        options: RunOptions = RunOptions(),
        cache: Cache | None = None,
        judgement_cache: JudgementCache | None = None,
    ) -> None:
        self.options = options
        self.cache = cache  # finished FileReports by content and settings (krlint.cache)
        self.judgement_cache = judgement_cache  # judgements by key result (krlint.judgement_cache)
        self._cached_configs: list[Config] = []  # of files answered from the cache
        self._explicit: Config | None = None
        if options.config_file:
            self._explicit = config_mod.load_named(options.config_file)
        self._catalogues: dict[tuple[str, ...], Catalogue | CatalogueError] = {}
        self._built: dict[tuple[str, str], Rule] = {}  # (code, rule file) → runnable rule
        self._plugins: plugins.Plugins | None = None
        self._analyzers: dict[str, Analyzer] = {}

    # -- configuration -----------------------------------------------------------------------
    def config_for(self, path: str) -> Config:
        if self._explicit is not None:
            config = self._explicit
        else:
            if path == sources.STDIN and self.options.stdin_filename:
                path = self.options.stdin_filename
            directory = os.getcwd() if path == sources.STDIN else os.path.dirname(path) or "."
            config = config_mod.discover(os.path.abspath(directory))
        if self.options.fail_on is not None:
            config = replace(config, fail_on=self.options.fail_on)
        return config

    def plugins(self) -> plugins.Plugins:
        if self._plugins is None:
            self._plugins = plugins.load()
        return self._plugins

    def catalogue(self, config: Config) -> Catalogue:
        """The rules in force for `config` (`krlint.rule_packs.assemble`), built once per set
        of rule folders; a broken rule is one error, not one per file."""
        key = tuple(rule_packs.rule_dir_path(folder, config) for folder in config.rule_dirs)
        if key not in self._catalogues:
            try:
                self._catalogues[key] = rule_packs.assemble(config, self.plugins(), self._built)
            except CatalogueError as error:
                self._catalogues[key] = error  # one message, not one per file
        found = self._catalogues[key]
        if isinstance(found, CatalogueError):
            raise found
        return found

    def analyzer(self, config: Config) -> Analyzer:
        from krlint.nlp.lexicon import builtin_lexicons

        lexicons = builtin_lexicons()
        if config.lexicon:
            lexicons = lexicons.extended(config.lexicon)
        key = f"{lexicons.fingerprint}:{config.nlp_model}"
        if key not in self._analyzers:
            self._analyzers[key] = Analyzer(lexicons, config.nlp_model)
        return self._analyzers[key]

    def selected(self, config: Config, catalogue: Catalogue, path: str) -> set[str]:
        def resolve(selectors: Iterable[str], where: str) -> set[str]:
            codes: set[str] = set()
            for selector in selectors:
                found = catalogue.resolve(selector)
                if not found:
                    raise ConfigError(f"{where}unknown rule code or name '{selector}'")
                codes.update(found)
            return codes

        in_config = f"{config.source}: " if config.source else ""
        config_mod.check_rule_keys(config, catalogue)
        if self.options.select is not None:
            chosen = resolve(self.options.select, "--select: ")
        else:
            chosen = resolve(config.select, f"{in_config}'select': ")
        chosen |= resolve(config.extend_select, f"{in_config}'extend-select': ")
        chosen |= resolve(self.options.extend_select, "--extend-select: ")
        chosen -= resolve(config.ignore, f"{in_config}'ignore': ")
        chosen -= resolve(self.options.ignore, "--ignore: ")
        chosen -= resolve(config.ignored_for(path), f"{in_config}'per-file-ignores': ")
        return chosen

    def rules_in_force(self, complete: bool = True) -> tuple[RuleSpec, ...]:
        """Every rule of every catalogue this linter used, so reports can describe them.

        Files answered from the cache built no catalogue; `complete` builds theirs now (plugins
        included, ~30 ms), so only a format that describes rules pays for it."""
        for config in self._cached_configs if complete else ():
            with contextlib.suppress(ConfigError, CatalogueError):  # reported when it linted
                self.catalogue(config)
        specs = {
            spec.code: spec
            for catalogue in self._catalogues.values()
            if isinstance(catalogue, Catalogue)
            for spec in catalogue
        }
        return tuple(sorted(specs.values(), key=lambda s: s.code))

    def _ignores(self, config: Config, catalogue: Catalogue, path: str, code: str) -> bool:
        """Whether `--ignore`, `ignore` or `per-file-ignores` name `code` (X002 is reported on
        request, `--report-unused-disables`, rather than by selection)."""
        selectors = (*config.ignore, *self.options.ignore, *config.ignored_for(path))
        return any(code in catalogue.resolve(s) for s in selectors)

    # -- the run -----------------------------------------------------------------------------
    def lint_paths(
        self,
        paths: Sequence[str],
        progress: Callable[[int, int], None] | None = None,
        sink: Callable[[FileReport], None] | None = None,
    ) -> Report:
        """Lint files and folders. `progress(done, total)` is called as files are read and
        linted (total = 2 × files).

        Files are read, judged and linted in chunks of about `CHUNK_KEY_RESULTS` key results, so
        a run holds one chunk's models and judgements however big the tree. Each file's report
        goes to `sink` as soon as its chunk is done, in the order the files were found — or,
        without a sink, into the returned report's `files`.
        """
        report = Report()
        emit = sink or report.files.append
        late: list[str] = []  # errors met while linting: reported after those met while reading
        found = self._discover(paths, report)
        total = 2 * len(found)
        step = progress or (lambda done, total: None)
        done = 0
        folders = [
            raw for raw in dict.fromkeys(paths) if raw != sources.STDIN and os.path.isdir(raw)
        ]
        linted_in: set[str] = set()  # of those folders, the ones with a file linted in them
        chunk: list[_Pending] = []
        size = 0
        for raw, path in found:
            step(done, total)
            done += 1
            pending = self._load(raw, path, report)
            if pending is None:
                continue
            linted_in.update(
                f for f in folders if f not in linted_in and _is_under(pending.file.path, f)
            )
            chunk.append(pending)
            size += sum(len(o.key_results) for o in pending.file.objectives)
            if size >= CHUNK_KEY_RESULTS:
                markdown = any(p.file.reader == "markdown" for p in chunk)
                done = self._finish(chunk, emit, late, report.errors, step, done, total)
                chunk, size = [], 0
                if markdown:  # its Markdown trees (reference cycles) go now, not later
                    gc.collect()
        done = self._finish(chunk, emit, late, report.errors, step, done, total)
        for raw in folders:
            if raw not in linted_in:
                skipped = sum(1 for p in report.skipped if _is_under(p, raw))
                if skipped:
                    report.errors.append(
                        f"{raw}: no OKR files in this directory ({skipped} "
                        "YAML/JSON files without objectives skipped)"
                    )
        report.errors.extend(late)
        step(total, total)
        report.rules = self.rules_in_force(complete=False)
        return report

    def _load(self, raw: str, path: str, report: Report) -> _Pending | None:
        """One found file, read (or answered from the result cache), or None when skipped."""
        admitted = self._admit(raw, path, report)
        if admitted is None:
            return None
        source, config, reader = admitted.source, admitted.config, admitted.reader
        if source.text is None:
            assert source.problem is not None
            return _Pending(OkrFile(path=source.path), [source.problem], config)
        key = None
        if self.cache is not None and path != sources.STDIN:
            key = self.cache.key(source.path, source.text, config)
            hit = self.cache.get(source.path, key, config)
            if hit is not None:
                self._cached_configs.append(config)
                return _Pending(OkrFile(path=source.path), [], config, done=hit)
        try:
            result = _read(source.path, source.text, reader, config)
        except Exception as error:  # a reader bug must not hide the other files' findings
            return _Pending(
                OkrFile(path=source.path),
                [],
                config,
                done=_failed_file(source.path, "reading", error),
            )
        if reader == "markdown" and len(source.text) > BIG_MARKDOWN:
            # markdown-it's tree is held by reference cycles: free a big one now, before it
            # adds to what judging needs (small ones go with their chunk, see lint_paths)
            gc.collect()
        if self._nothing_read(admitted, result.file, report):
            return None
        return _Pending(result.file, result.problems, config, key)

    def _finish(
        self,
        chunk: list[_Pending],
        emit: Callable[[FileReport], None],
        late: list[str],
        errors: list[str],
        step: Callable[[int, int], None],
        done: int,
        total: int,
    ) -> int:
        """Judge and lint one chunk, hand each file's report on, and let the chunk go. What is
        found about a key result's text (its cleaned words, its numbers) is found once for the
        chunk, however many rules ask (krlint.memo)."""
        with memo.scope():
            broken: dict[int, FileReport] = {}  # id(OkrFile) -> X001 report: krlint failed on it
            judgements = self._judge(
                [(p.file, p.problems, p.config) for p in chunk if p.done is None], broken
            )
            for pending in chunk:
                step(done, total)
                done += 1
                okr_file, config = pending.file, pending.config
                file_report = pending.done or broken.get(id(okr_file))
                if file_report is None:
                    try:
                        file_report = self._lint_file(
                            okr_file, pending.problems, config, judgements
                        )
                    except (ConfigError, CatalogueError) as error:
                        if str(error) not in errors and str(error) not in late:  # say it once
                            late.append(str(error))
                        continue
                    except Exception as error:  # reported as X001, file named
                        file_report = _failed_file(okr_file.path, "linting", error)
                    else:
                        if self.cache is not None and pending.key is not None:
                            self.cache.put(okr_file.path, pending.key, config, file_report)
                emit(file_report)
        chunk.clear()  # the chunk's models and judgements go with it
        return done

    def lint_text(self, path: str, text: str, *, judge: bool = True) -> TextResult:
        """Lint `text` as if it were the content of the file at `path` (an editor's unsaved
        buffer): the same config discovery, reader, limits, judgement, rules and suppressions
        as `lint_paths`, so the findings are the ones `krlint check` gives for that text. The
        disk is not read (except for configuration) and the result cache is not used.

        Whether `path` is an OKR file at all (discovery, `exclude`) is the caller's question.
        With `judge=False` no key result is judged and spaCy is never needed: rules that ask
        for a judgement or the pipeline are skipped, the others report at once. ConfigError
        and CatalogueError are raised, as `lint_paths` reports them as errors.
        """
        config = self.config_for(path)
        data = text.encode("utf-8", "surrogatepass")  # a lone surrogate is F001, as on disk
        source = sources.from_bytes(path, data, config.limits.max_file_size)
        okr_file = OkrFile(path=path)
        if source.text is None:
            assert source.problem is not None
            entry = (okr_file, [source.problem], config)
        else:
            try:
                result = _read(path, source.text, reader_for(path, self.options.reader), config)
            except Exception as error:  # a reader bug: the file is X001, as in lint_paths
                return TextResult(_failed_file(path, "reading", error), okr_file, {}, judge)
            okr_file = result.file
            entry = (okr_file, result.problems, config)
        judgements: Mapping[int, Judgement] = _NotJudged()
        if judge:
            broken: dict[int, FileReport] = {}
            judgements = self._judge([entry], broken)
            if broken:
                return TextResult(broken[id(okr_file)], okr_file, {}, judge)
        try:
            report = self._lint_file(*entry, judgements, judged=judge)
        except (ConfigError, CatalogueError):
            raise
        except Exception as error:
            report = _failed_file(path, "linting", error)
        return TextResult(report, okr_file, judgements if judge else {}, judge)

    @staticmethod
    def _discover(paths: Sequence[str], report: Report) -> list[tuple[str, str]]:
        """(argument, file) pairs, each file once however often it is named or found (in the
        form it was first met); a bad argument is an error but the others are still linted."""
        found: list[tuple[str, str]] = []
        seen: set[str] = set()

        def passed_over(path: str, why: str) -> None:
            report.why_skipped[sources.normalise(path)] = why

        def unreadable(path: str, why: str) -> None:
            message = f"{sources.normalise(path)}: {why}"
            if message not in report.errors:
                report.errors.append(message)

        for raw in paths:
            try:
                for path in sources.discover([raw], skipped=passed_over, unreadable=unreadable):
                    path = sources.normalise(path)
                    identity = sources.identity(path)
                    if identity not in seen:
                        seen.add(identity)
                        found.append((raw, path))
            except sources.PathError as error:
                report.errors.append(str(error))
        return found

    def plan(self, paths: Sequence[str]) -> tuple[list[Admitted], Report]:
        """What `lint_paths` would lint, without judging anything (`krlint check --show-files`):
        the files it would lint, and a report holding what it would skip (and why) and the
        errors. Markdown is read, as the run reads it, to see whether it holds any OKRs."""
        report = Report()
        admitted: list[Admitted] = []
        for raw, path in self._discover(paths, report):
            entry = self._admit(raw, path, report)
            if entry is None:
                continue
            if entry.reader == "markdown" and entry.source.text is not None:
                result = read_text(
                    entry.source.path, entry.source.text, entry.reader, entry.config.limits
                )
                if self._nothing_read(entry, result.file, report):
                    continue
            admitted.append(entry)
        return admitted, report

    def _nothing_read(self, admitted: Admitted, okr_file: OkrFile, report: Report) -> bool:
        """A Markdown file, not OKR-named, in which the reader found no objective and no key
        result holds no OKRs: skipped with a note (YAML and JSON are decided by their shape
        before reading, so a broken OKR file still gets its syntax error)."""
        if (
            admitted.reader != "markdown"
            or admitted.strict
            or okr_file.objectives
            or okr_file.key_results()
        ):
            return False
        self._skip(
            report,
            admitted.source.path,
            "the Markdown reader found no objectives and no key results in it",
        )
        return True

    @staticmethod
    def _skip(report: Report, path: str, why: str) -> None:
        report.skipped.append(path)
        report.why_skipped[path] = why

    def _admit(self, raw: str, path: str, report: Report) -> Admitted | None:
        """Read `path` if the run should lint it; else note why it is skipped (or the error).

        Files found by a walk and files named explicitly are judged alike (pre-commit names
        every file its pattern matches): a file with no OKRs in it is skipped with a note. A
        file is linted whatever it holds when `--strict-files` is on, when its own name says it
        holds OKRs (`okrs.yaml`, `team-OKRs.md`: the reader's finding then says why nothing was
        found), and for standard input without `--stdin-filename` (piped to be linted).
        """
        stdin = path == sources.STDIN
        name = (
            sources.normalise(self.options.stdin_filename)
            if stdin and self.options.stdin_filename
            else path
        )
        walked = path != sources.normalise(raw)
        named = not stdin or bool(self.options.stdin_filename)
        try:
            config = self.config_for(path)
            config_mod.check_model(config)
            if named and config.is_excluded(name) and (walked or self.options.force_exclude):
                report.why_skipped[name] = (
                    "excluded by 'exclude' in "
                    + str(config.source or "the config")
                    + ("" if walked else " (--force-exclude)")
                )
                return None
            source = sources.read(path, config.limits.max_file_size)
        except (sources.PathError, ConfigError) as error:
            if str(error) not in report.errors:  # one bad config, many files: say it once
                report.errors.append(str(error))
            return None
        if named:
            source.path = name
        strict = self.options.strict_files or not named or okr_named(name)
        if source.text is None:
            reader = self.options.reader or "yaml"
        elif self.options.reader:
            reader = self.options.reader
        elif stdin and not self.options.stdin_filename:
            reader = reader_for_text(source.text)
        else:
            reader = reader_for(name)
        admitted = Admitted(raw, path, name, config, source, reader, strict)
        if strict or source.text is None:
            return admitted
        why = None
        if reader == "yaml" and not looks_like_okrs(
            source.text, json=name.lower().endswith(".json")
        ):
            why = "no objectives in it (YAML/JSON without an OKR shape)"
        elif reader == "markdown" and not mentions_okrs(source.text):
            why = "no OKR vocabulary in it (Markdown that never says objective, key result or OKR)"
        if why is not None:
            self._skip(report, name, why)
            return None
        return admitted

    def _judge(
        self,
        files: list[tuple[OkrFile, list[Problem], Config]],
        broken: dict[int, FileReport] | None = None,
    ) -> dict[int, Judgement]:
        """All key results of all files through the analyser in one batch per configuration.

        If the batch fails, each file is judged alone, so only the file that breaks the
        analyser is reported as an internal error (in `broken`) and the others are linted.
        """
        try:
            return self._judge_batch(files)
        except Exception:  # find the file that breaks it
            if broken is None:
                raise
        judgements: dict[int, Judgement] = {}
        for entry in files:
            try:
                judgements.update(self._judge_batch([entry]))
            except Exception as error:
                broken[id(entry[0])] = _failed_file(entry[0].path, "classifying", error)
        return judgements

    def _judge_batch(
        self, files: list[tuple[OkrFile, list[Problem], Config]]
    ) -> dict[int, Judgement]:
        """One `read` call per analyser for the key results not read before: a key result is
        read from its words and the objective above it (which words the suggestion for an
        output), so each distinct pair is read once, and those the judgement cache holds are
        not read at all (when it holds them all, spaCy is not imported). Then each file's key
        results are judged together (`Analyzer.in_file`)."""
        groups: dict[
            int, tuple[Analyzer, list[tuple[OkrFile, list[tuple[Objective, KeyResult]]]]]
        ] = {}
        for okr_file, _, config in files:
            analyzer = self.analyzer(config)
            group = groups.setdefault(id(analyzer), (analyzer, []))
            group[1].append((okr_file, okr_file.key_results()))
        judgements: dict[int, Judgement] = {}
        remember = self.judgement_cache
        for analyzer, members in groups.values():
            known = [
                remember.get(
                    analyzer.fingerprint, okr_file.path, [_cache_key(o, kr) for o, kr in pairs]
                )
                if remember is not None and pairs
                else {}
                for okr_file, pairs in members
            ]
            missing = list(
                dict.fromkeys(
                    (o.text, kr.text)
                    for (_, pairs), found in zip(members, known, strict=True)
                    for o, kr in pairs
                    if _cache_key(o, kr) not in found
                )
            )
            fresh = (
                dict(
                    zip(
                        missing,
                        analyzer.read([t for _, t in missing], [o for o, _ in missing]),
                        strict=True,
                    )
                )
                if missing
                else {}
            )
            for (okr_file, pairs), found in zip(members, known, strict=True):
                readings = [
                    found.get(_cache_key(o, kr)) or fresh[(o.text, kr.text)] for o, kr in pairs
                ]
                for (_, kr), judgement in zip(pairs, analyzer.in_file(readings), strict=True):
                    judgements[id(kr)] = judgement
                if remember is not None and any(_cache_key(o, kr) not in found for o, kr in pairs):
                    remember.put(
                        analyzer.fingerprint,
                        okr_file.path,
                        {_cache_key(o, kr): r for (o, kr), r in zip(pairs, readings, strict=True)},
                    )
        return judgements

    def _lint_file(
        self,
        okr_file: OkrFile,
        reader_problems: list[Problem],
        config: Config,
        judgements: Mapping[int, Judgement],
        judged: bool = True,
    ) -> FileReport:
        catalogue = self.catalogue(config)
        selected = self.selected(config, catalogue, okr_file.path)
        analyzer = self.analyzer(config)
        if not judged:
            analyzer = _NotLoaded(analyzer.lexicons, analyzer.model)
        diagnostics: list[Diagnostic] = []
        for problem in reader_problems:
            spec = catalogue.specs.get(problem.code or "")
            if spec and spec.code in selected:
                diagnostics.append(_diagnostic(spec, config, okr_file.path, problem))
        for rule in self.rules(catalogue, selected):
            options = {
                **rule.spec.options,
                **config.rule_options.get(rule.spec.name, {}),
                **config.rule_options.get(rule.spec.code, {}),
            }
            context = RuleContext(
                okr_file, rule.spec, options, analyzer.lexicons, judgements, analyzer
            )
            found: list[Diagnostic] = []
            try:
                for problem in rule.check(context):
                    spec = catalogue.specs.get(problem.code or rule.spec.code, rule.spec)
                    found.append(_diagnostic(spec, config, okr_file.path, problem))
            except JudgementPending:  # lint_text(judge=False): this rule reports when judged
                continue
            except Exception as error:  # a broken rule must not hide the others' findings
                found.append(_internal_error(rule.spec, okr_file.path, error))
            diagnostics.extend(found)
        enabled = {n for code in selected for n in (code, catalogue.specs[code].name)}
        known = {n for spec in catalogue for n in (spec.code, spec.name)}
        report_unused = (
            judged
            and self.options.report_unused_disables
            and not self._ignores(config, catalogue, okr_file.path, "X002")
        )
        outcome = suppressions.apply(
            okr_file, diagnostics, enabled=enabled, known=known, report_unused=report_unused
        )
        diagnostics = outcome.kept
        unused_spec = catalogue.specs.get("X002")
        if unused_spec is not None:
            diagnostics += [
                _diagnostic(unused_spec, config, okr_file.path, problem)
                for problem in outcome.unused
            ]
        diagnostics.sort(key=lambda d: d.sort_key)
        krs = okr_file.key_results()
        labels = [judgements[id(kr)].label for _, kr in krs if id(kr) in judgements]
        return FileReport(
            path=okr_file.path,
            diagnostics=diagnostics,
            objectives=len(okr_file.objectives),
            key_results=len(krs),
            outcomes=labels.count("outcome"),
            outputs=labels.count("output"),
            fail_on=config.fail_on,
        )

    def rules(self, catalogue: Catalogue, selected: set[str]) -> list[Rule]:
        rules = []
        for spec in catalogue:
            if spec.code not in selected or spec.kind in kinds.NOT_RUN:
                continue
            key = (spec.code, spec.source)
            if key not in self._built:
                self._built[key] = make_rule(spec, self.plugins().kinds)
            rules.append(self._built[key])
        return rules


def _cache_key(objective: Objective, key_result: KeyResult) -> str:
    """What a judgement depends on in the file: the key result's text and, for the wording of
    an output's suggestion, its objective's (a unit separator keeps the two apart)."""
    return f"{objective.text}\x1f{key_result.text}"


def judge_key_results(
    files: Iterable[tuple[Analyzer, Sequence[Sequence[tuple[Objective, KeyResult]]]]],
) -> dict[int, Judgement]:
    """Judgements by id() of each key result, one batch per analyser, each file's key results
    judged together (`Analyzer.in_file`). Each key result goes with the objective above it: the
    label is the key result's and its file's; the suggestion for an output is worded with the
    objective's words too (`krlint check` and `krlint show` alike)."""
    judgements: dict[int, Judgement] = {}
    for analyzer, per_file in files:
        pairs = [pair for file_pairs in per_file for pair in file_pairs]
        readings = iter(analyzer.read([kr.text for _, kr in pairs], [o.text for o, _ in pairs]))
        for file_pairs in per_file:
            mine = [next(readings) for _ in file_pairs]
            for (_, kr), judgement in zip(file_pairs, analyzer.in_file(mine), strict=True):
                judgements[id(kr)] = judgement
    return judgements


def make_rule(spec: RuleSpec, extra_kinds: dict[str, KindFactory] | None = None) -> Rule:
    """The runnable rule for a catalogue entry, through its kind (see `krlint.kinds`)."""
    return kinds.build(spec, extra_kinds)


def _read(path: str, text: str, reader: str, config: Config) -> ReadResult:
    """Text to model, with the reader's problems and the configured length limits."""
    result = read_text(path, text, reader, config.limits)
    result.problems.extend(check_lengths(result.file, config.limits))
    return result


def _diagnostic(spec: RuleSpec, config: Config, path: str, problem: Problem) -> Diagnostic:
    span = problem.span
    obj, kr = problem.objective, problem.key_result
    return Diagnostic(
        code=spec.code,
        name=spec.name,
        severity=config.severity.get(spec.code, config.severity.get(spec.name, spec.severity)),
        message=problem.message,
        path=path,
        line=span.line,
        column=span.column,
        end_line=span.end_line,
        end_column=span.end_column,
        objective_id=obj.id if obj else None,
        objective=obj.text if obj else None,
        key_result_id=kr.id if kr else None,
        key_result=kr.text if kr else None,
        suggestion=problem.suggestion,
        evidence=problem.evidence,
        rewrite=problem.rewrite,
    )


def _is_under(path: str, directory: str) -> bool:
    return os.path.commonpath(
        [os.path.abspath(path), os.path.abspath(directory)]
    ) == os.path.abspath(directory)


def _internal_error(spec: RuleSpec, path: str, error: Exception) -> Diagnostic:
    return _x001(path, f"rule {spec.code} ({spec.name}) failed", error)


def _x001(path: str, what: str, error: BaseException) -> Diagnostic:
    import traceback  # only when krlint has failed: not worth its import time on every run

    where = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    at = f" at {os.path.basename(where.filename)}:{where.lineno}" if where else ""
    return Diagnostic(
        code="X001",
        name="internal-error",
        severity=Severity.ERROR,
        message=f"{what}: {type(error).__name__}: {error}{at}",
        path=path,
        line=1,
        column=1,
    )


def _failed_file(path: str, stage: str, error: BaseException) -> FileReport:
    """A file krlint failed on (a bug, exit 2): named, while the other files are still reported."""
    return FileReport(
        path=path, diagnostics=[_x001(path, f"internal error while {stage} this file", error)]
    )
