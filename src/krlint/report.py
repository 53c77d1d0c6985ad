"""What a run found: one `FileReport` per linted file, their `Tally`, and the whole `Report`.

Data only, in a module of its own: the engine fills it, the result cache stores its file reports,
and the reporters print it — so a reporter (or the cache) imports the report, not the engine and
everything the engine needs to lint.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from krlint.diagnostics import Diagnostic, Severity
from krlint.rule_spec import RuleSpec


@dataclass(slots=True)
class FileReport:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    objectives: int = 0
    key_results: int = 0
    outcomes: int = 0
    outputs: int = 0
    fail_on: Severity = Severity.ERROR


@dataclass(slots=True)
class Tally:
    """A run's totals, kept as each file's report goes by: what summaries and the exit code
    need, without keeping the findings (a streamed run hands them to the reporter and lets
    them go)."""

    files: int = 0
    problems: int = 0
    by_severity: dict[Severity, int] = field(default_factory=dict)
    objectives: int = 0
    key_results: int = 0
    outcomes: int = 0
    outputs: int = 0
    failed: bool = False  # a finding at or above its file's fail-on level
    internal_error: bool = False  # an X001: krlint failed on a file

    def add(self, f: FileReport) -> None:
        self.files += 1
        self.problems += len(f.diagnostics)
        for d in f.diagnostics:
            self.by_severity[d.severity] = self.by_severity.get(d.severity, 0) + 1
            self.failed = self.failed or d.severity >= f.fail_on
            self.internal_error = self.internal_error or d.code == "X001"
        self.objectives += f.objectives
        self.key_results += f.key_results
        self.outcomes += f.outcomes
        self.outputs += f.outputs

    @classmethod
    def of(cls, files: Iterable[FileReport]) -> Tally:
        tally = cls()
        for f in files:
            tally.add(f)
        return tally

    def count(self, severity: Severity) -> int:
        return self.by_severity.get(severity, 0)

    def exit_code(self, errors: Sequence[str]) -> int:
        """2 when krlint could not do its job (an error, an X001), 1 when a finding reaches
        its file's fail-on level, else 0."""
        if errors or self.internal_error:
            return 2
        return 1 if self.failed else 0


@dataclass(slots=True)
class Report:
    files: list[FileReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # krlint could not do its job (exit 2)
    skipped: list[str] = field(default_factory=list)  # files with no OKRs in them
    why_skipped: dict[str, str] = field(default_factory=dict)  # those and excluded files -> why
    rules: tuple[RuleSpec, ...] = ()  # the catalogue in force (built-in + rule packs), by code

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for f in self.files for d in f.diagnostics]

    def tally(self) -> Tally:
        return Tally.of(self.files)

    def count(self, severity: Severity) -> int:
        return self.tally().count(severity)

    def failed(self) -> bool:
        return self.tally().failed

    @property
    def exit_code(self) -> int:
        return self.tally().exit_code(self.errors)
