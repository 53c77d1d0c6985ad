"""The linting side of the server: one `Linter` for the life of the process, used from one thread.

The Linter holds what is expensive (the catalogue, built rules, and the analyser with its spaCy
pipeline), so an edit costs a read and a judgement of the file's key results, not a start-up.
Every call here runs on the server's single lint thread: the Linter is not shared with any other.

Two things change under a long-lived process and are watched here:

- configuration: `krlint.config.discover` caches what it found per folder; the files it could
  have found (`.krlint.yaml`, `.krlint.yml`, `pyproject.toml` in the document's folder and every
  folder above) are stat'ed before each lint and by a periodic check, and any change clears that
  cache, so an edited config applies to the next lint without a restart;
- the pipeline: each analyser (one per set of lexicons and model, i.e. per config that extends
  the lexicons) is built once, on the loader thread (`Pipelines`). Until it is ready, documents
  are linted with `judge=False`: the rules that need no judgement report at once.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from krlint import config as config_mod
from krlint.catalogue import CatalogueError
from krlint.config import ConfigError
from krlint.diagnostics import Diagnostic
from krlint.engine import Linter, TextResult, _x001
from krlint.nlp import Analyzer
from krlint.options import RunOptions
from krlint.server.scope import is_okr_document

WARM_UP = ("Increase week-1 activation from 32% to 45%", "Publish 12 blog posts")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One lint of one document's text, ready to publish."""

    in_scope: bool  # False: not an OKR file for `check`; its diagnostics are cleared
    diagnostics: tuple[Diagnostic, ...] = ()
    result: TextResult | None = None  # what hover and code actions read
    errors: tuple[str, ...] = ()  # krlint could not do its job here (a bad config): one line each
    waiting: Analyzer | None = None  # not judged yet: this pipeline is still to be loaded
    rule_docs: dict[str, str] = field(default_factory=dict)  # code → URI of the rule's file
    seconds: float = 0.0


class Pipelines:
    """Builds each analyser's spaCy pipeline once, on a thread of its own, and says which are
    ready. Read from the lint thread, written from the loader thread (single dict operations)."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="krlint-loader")
        self._loads: dict[str, Future[float]] = {}
        self._lock = threading.Lock()

    def ready(self, analyzer: Analyzer) -> bool:
        future = self._loads.get(analyzer.fingerprint)
        return future is not None and future.done() and future.exception() is None

    def failure(self, analyzer: Analyzer) -> BaseException | None:
        future = self._loads.get(analyzer.fingerprint)
        return future.exception() if future is not None and future.done() else None

    def load(self, analyzer: Analyzer) -> Future[float]:
        """The load of `analyzer`'s pipeline (started now if it was not): its seconds."""
        with self._lock:
            future = self._loads.get(analyzer.fingerprint)
            if future is None:
                future = self._pool.submit(_warm, analyzer)
                self._loads[analyzer.fingerprint] = future
            return future

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _warm(analyzer: Analyzer) -> float:
    """Import spaCy, build the pipeline, judge two lines: the first real edit then pays nothing."""
    started = time.perf_counter()
    analyzer.classify(list(WARM_UP))
    return time.perf_counter() - started


class Worker:
    def __init__(self, options: RunOptions | None = None) -> None:
        self.linter = Linter(options or RunOptions())
        self.pipelines = Pipelines()
        self.roots: tuple[str, ...] = ()
        self._stamps: dict[str, tuple[object, ...]] = {}  # folder → its config files' stat

    # -- on the lint thread ------------------------------------------------------------------
    def lint(self, path: str, text: str) -> Outcome:
        """Lint one document; never raises (a failure is a diagnostic on that document)."""
        started = time.perf_counter()
        try:
            self._refresh_config(os.path.dirname(path))
            config = self.linter.config_for(path)
            if not is_okr_document(path, text, config, self.roots):
                return Outcome(in_scope=False)
            analyzer = self.linter.analyzer(config)
            ready = self.pipelines.ready(analyzer)
            result = self.linter.lint_text(path, text, judge=ready)
            diagnostics = list(result.report.diagnostics)
            failure = None if ready else self.pipelines.failure(analyzer)
            if failure is not None:
                diagnostics.insert(
                    0,
                    _x001(
                        path,
                        "krlint's language pipeline failed to load, so no key result is judged",
                        failure,
                    ),
                )
            return Outcome(
                True,
                tuple(diagnostics),
                result,
                waiting=None if ready or failure else analyzer,
                rule_docs=self._rule_docs(d.code for d in diagnostics),
                seconds=time.perf_counter() - started,
            )
        except (ConfigError, CatalogueError) as error:
            return Outcome(
                True,
                errors=(f"krlint cannot use its configuration: {error}",),
                seconds=time.perf_counter() - started,
            )
        except Exception as error:  # a bug: this document says so, the server goes on
            return Outcome(
                True,
                (_x001(path, "internal error while linting this document", error),),
                seconds=time.perf_counter() - started,
            )

    def analyzer_for(self, folder: str) -> Analyzer | None:
        """The analyser documents in `folder` will use (for loading it before one is opened)."""
        try:
            return self.linter.analyzer(self.linter.config_for(os.path.join(folder, "okrs.yaml")))
        except Exception:  # a bad config is reported on the documents, when there are some
            return None

    def configs_changed(self, paths: Iterable[str]) -> bool:
        """Whether a config file that any of these documents could use changed on disk."""
        changed = False
        for folder in {os.path.dirname(p) for p in paths}:
            changed |= self._refresh_config(folder)
        return changed

    def _refresh_config(self, folder: str) -> bool:
        stamp = _config_stamp(folder)
        known = self._stamps.get(folder)
        self._stamps[folder] = stamp
        if known is not None and known != stamp:
            config_mod.discover.cache_clear()
            return True
        return False

    def _rule_docs(self, codes: Iterable[str]) -> dict[str, str]:
        from pathlib import Path

        wanted = set(codes)
        return {
            spec.code: Path(spec.source).resolve().as_uri()
            for spec in self.linter.rules_in_force(complete=False)
            if spec.code in wanted and spec.source and os.path.isfile(spec.source)
        }


def _config_stamp(folder: str) -> tuple[object, ...]:
    """What every config file `discover` could find from `folder` looks like on disk now."""
    stamp: list[object] = []
    current = os.path.abspath(folder or ".")
    while True:
        for name in config_mod.CONFIG_FILES:
            try:
                st = os.stat(os.path.join(current, name))
            except OSError:
                stamp.append(None)
                continue
            stamp.append((st.st_mtime_ns, st.st_size, st.st_ino))
        parent = os.path.dirname(current)
        if parent == current:
            return tuple(stamp)
        current = parent
