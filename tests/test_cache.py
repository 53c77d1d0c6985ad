"""The result cache: same answers as a fresh run, invalidated by anything that changes them, and
never the reason a run fails."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from krlint import cache as cache_mod
from krlint.cache import Cache
from krlint.cli import app
from krlint.engine import Linter, Report, RunOptions
from krlint.nlp import Analyzer

OKRS = textwrap.dedent("""\
    objectives:
      - objective: Become the go-to voice on analytics
        key_results:
          - Publish 12 blog posts
          - Host 4 webinars
          - kr: Increase week-1 activation to 45%
            krlint: {disable: [K205]}
      - objective: Keep our biggest customers with us
        key_results:
          - Reduce logo churn from 4% to 2% a quarter
          - Launch the partner portal
    """)


@pytest.fixture(autouse=True)
def _cache_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KRLINT_NO_CACHE", raising=False)


@pytest.fixture
def okrs(tmp_path: Path) -> Path:
    path = tmp_path / "okrs.yaml"
    path.write_text(OKRS, encoding="utf-8")
    return path


def run(path: Path, directory: Path, options: RunOptions | None = None) -> tuple[Report, Cache]:
    options = options or RunOptions()
    cache = Cache(directory, options)
    return Linter(options, cache).lint_paths([str(path)]), cache


def forbid_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Analyzer, texts: list[str], objectives: object = None) -> object:
        if texts:  # an empty batch (a file with no key results) builds nothing
            raise AssertionError("the analyser ran on a cached file")
        return []

    monkeypatch.setattr(Analyzer, "read", refuse)


def entries(directory: Path) -> list[Path]:
    return sorted(directory.glob("*/*.json"))


def test_a_cached_run_gives_the_same_report_without_the_analyser(okrs, tmp_path, monkeypatch):
    fresh = Linter(RunOptions()).lint_paths([str(okrs)])
    first, cache = run(okrs, tmp_path / "c")
    assert (cache.hits, cache.misses) == (0, 1)
    assert first.files == fresh.files
    assert any(d.evidence for d in fresh.diagnostics)  # evidence survives the round trip
    forbid_analysis(monkeypatch)
    second, cache = run(okrs, tmp_path / "c")
    assert (cache.hits, cache.misses) == (1, 0)
    assert second.files == fresh.files
    assert second.exit_code == fresh.exit_code


def test_the_folder_is_tagged_and_ignored_by_git(okrs, tmp_path):
    run(okrs, tmp_path / "c")
    tag = (tmp_path / "c" / "CACHEDIR.TAG").read_text(encoding="utf-8")
    assert tag.startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (tmp_path / "c" / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert len(entries(tmp_path / "c")) == 1


def test_an_edited_file_is_linted_again_and_overwrites_its_entry(okrs, tmp_path):
    run(okrs, tmp_path / "c")
    okrs.write_text(OKRS.replace("Host 4 webinars", "Host 5 webinars"), encoding="utf-8")
    report, cache = run(okrs, tmp_path / "c")
    assert cache.misses == 1
    assert any(d.key_result == "Host 5 webinars" for d in report.diagnostics)
    assert len(entries(tmp_path / "c")) == 1


@pytest.mark.parametrize(
    "options",
    [
        RunOptions(ignore=("K201",)),
        RunOptions(select=("K",)),
        RunOptions(fail_on=None, reader="yaml"),
    ],
)
def test_run_options_are_part_of_the_key(okrs, tmp_path, options):
    run(okrs, tmp_path / "c")
    report, cache = run(okrs, tmp_path / "c", options)
    assert cache.misses == 1
    assert report.files == Linter(options).lint_paths([str(okrs)]).files


def test_the_configuration_is_part_of_the_key(okrs, tmp_path):
    run(okrs, tmp_path / "c")
    (tmp_path / ".krlint.yaml").write_text("ignore: [K201]\n", encoding="utf-8")
    from krlint.config import discover

    discover.cache_clear()
    report, cache = run(okrs, tmp_path / "c")
    assert cache.misses == 1
    assert "K201" not in {d.code for d in report.diagnostics}


def test_lexicon_additions_are_part_of_the_key(okrs, tmp_path):
    from krlint.config import discover

    (tmp_path / ".krlint.yaml").write_text("ignore: []\n", encoding="utf-8")
    discover.cache_clear()
    run(okrs, tmp_path / "c")
    (tmp_path / ".krlint.yaml").write_text(
        "lexicon: {outcome-metrics: [webinars]}\n", encoding="utf-8"
    )
    discover.cache_clear()
    _, cache = run(okrs, tmp_path / "c")
    assert cache.misses == 1


def test_rule_dirs_content_is_part_of_the_key(okrs, tmp_path):
    from krlint.config import discover

    rules = tmp_path / "house-rules"
    rules.mkdir()
    (tmp_path / ".krlint.yaml").write_text("rule-dirs: [house-rules]\n", encoding="utf-8")
    discover.cache_clear()
    cache = Cache(tmp_path / "c", RunOptions())
    config = discover(str(tmp_path))
    before = cache.key(str(okrs), OKRS, config)
    (rules / "Z900.yaml").write_text("code: Z900\n", encoding="utf-8")
    assert Cache(tmp_path / "c", RunOptions()).key(str(okrs), OKRS, config) != before


def test_a_corrupt_cache_is_a_miss_and_is_repaired(okrs, tmp_path):
    expected, _ = run(okrs, tmp_path / "c")
    for garbage in (
        b"\x00\xffnot json",
        b"[1, 2]",
        b'{"key": 3}',
        b"",
        json.dumps({"key": None, "report": {}}).encode(),
    ):
        for entry in entries(tmp_path / "c"):
            entry.write_bytes(garbage)
        report, cache = run(okrs, tmp_path / "c")
        assert report.files == expected.files
        assert not report.errors
        assert cache.misses == 1
    # the entry was rewritten: the next run is a hit again
    _, cache = run(okrs, tmp_path / "c")
    assert cache.hits == 1


def test_a_tampered_entry_for_the_right_key_is_a_miss_when_it_does_not_decode(okrs, tmp_path):
    run(okrs, tmp_path / "c")
    (entry,) = entries(tmp_path / "c")
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["report"]["diagnostics"][0]["severity"] = 99  # not a severity
    entry.write_text(json.dumps(data), encoding="utf-8")
    report, cache = run(okrs, tmp_path / "c")
    assert cache.misses == 1 and not report.errors


def test_an_unwritable_cache_never_fails_the_run(okrs, tmp_path):
    blocked = tmp_path / "c"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    expected = Linter(RunOptions()).lint_paths([str(okrs)])
    report, cache = run(okrs, blocked)
    assert report.files == expected.files and not report.errors
    assert cache.warning and str(blocked) in cache.warning
    assert not list(tmp_path.glob("**/*.tmp"))


def test_cli_unwritable_cache_is_a_warning_not_an_error(okrs, tmp_path):
    blocked = tmp_path / "c"
    blocked.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["check", "-o", "concise", "--fail-on", "warning", "--cache-dir", str(blocked), str(okrs)],
    )
    fresh = CliRunner().invoke(
        app, ["check", "-o", "concise", "--fail-on", "warning", "--no-cache", str(okrs)]
    )
    assert result.exit_code == fresh.exit_code == 1  # the findings decide, not the cache
    assert result.stdout == fresh.stdout
    assert "krlint: warning: cannot write the cache" in result.stderr


def test_internal_errors_are_not_cached(okrs, tmp_path, monkeypatch):
    from krlint.checks import k201_activity_verb

    def broken(ctx: object) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(k201_activity_verb, "check", broken)
    report, _ = run(okrs, tmp_path / "c")
    assert "X001" in {d.code for d in report.diagnostics}
    assert entries(tmp_path / "c") == []


def test_cli_no_cache_writes_nothing_and_clean_removes_the_folder(okrs, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    runner.invoke(app, ["check", "--no-cache", str(okrs)])
    assert not (tmp_path / cache_mod.DIR_NAME).exists()
    runner.invoke(app, ["check", str(okrs)])
    assert entries(tmp_path / cache_mod.DIR_NAME)
    result = runner.invoke(app, ["clean"])
    assert result.exit_code == 0 and "removed" in result.stdout
    assert not (tmp_path / cache_mod.DIR_NAME).exists()
    result = runner.invoke(app, ["clean"])
    assert result.exit_code == 0 and "no cache" in result.stdout


def test_clean_refuses_a_folder_krlint_did_not_create(tmp_path):
    precious = tmp_path / "home"
    precious.mkdir()
    (precious / "thesis.tex").write_text("years of work", encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", "--cache-dir", str(precious)])
    assert result.exit_code == 2
    assert "not a krlint cache" in result.stderr
    assert (precious / "thesis.tex").exists()


def test_the_cache_lives_beside_the_config(tmp_path, monkeypatch):
    from krlint.config import discover

    (tmp_path / "pyproject.toml").write_text("[tool.krlint]\nignore = []\n", encoding="utf-8")
    nested = tmp_path / "team" / "okrs"
    nested.mkdir(parents=True)
    monkeypatch.chdir(nested)
    discover.cache_clear()
    assert cache_mod.default_directory() == tmp_path / cache_mod.DIR_NAME
    monkeypatch.setenv("KRLINT_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert cache_mod.default_directory() == tmp_path / "elsewhere"


def test_all_key_results_of_all_files_go_through_one_read_call(tmp_path, monkeypatch):
    for number in range(3):
        (tmp_path / f"team{number}.okrs.yaml").write_text(
            OKRS.replace("12 blog posts", f"{number} blog posts"), encoding="utf-8"
        )
    calls: list[int] = []
    original = Analyzer.read

    def counting(self: Analyzer, texts: list[str], objectives: object = None) -> object:
        calls.append(len(texts))
        return original(self, texts, objectives)  # type: ignore[arg-type]

    monkeypatch.setattr(Analyzer, "read", counting)
    Linter(RunOptions()).lint_paths([str(tmp_path)])
    assert calls == [3 + 4]  # three versions of one key result, four shared by all three files


def test_sarif_from_the_cache_still_describes_rule_folder_rules(tmp_path):
    """A cached run builds no catalogue; SARIF lists every rule in force, so it builds it then."""
    example = Path(__file__).resolve().parents[1] / "examples" / "rules"
    if not (example / ".krlint.yaml").exists():
        pytest.skip("examples/rules is not in this checkout")
    from krlint.config import discover

    discover.cache_clear()
    runner = CliRunner()
    argv = ["check", "-o", "sarif", "--cache-dir", str(tmp_path / "c"), str(example / "okrs.yaml")]
    first = runner.invoke(app, argv)
    second = runner.invoke(app, argv)
    assert entries(tmp_path / "c")
    assert first.stdout == second.stdout
    rules = {r["id"] for r in json.loads(second.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    assert "H101" in rules and "K201" in rules


def test_a_cached_directory_walk_reports_what_a_fresh_one_does(tmp_path, monkeypatch):
    team = tmp_path / "team"
    team.mkdir()
    (team / "okrs.yaml").write_text(OKRS, encoding="utf-8")
    (team / "ci.yaml").write_text("jobs: {build: {runs-on: ubuntu}}\n", encoding="utf-8")
    (team / "broken.yaml").write_bytes(b"objectives:\n  - \xff\xfe\n")
    fresh = Linter(RunOptions()).lint_paths([str(team)])
    cache = Cache(tmp_path / "c", RunOptions())
    Linter(RunOptions(), cache).lint_paths([str(team)])
    forbid_analysis(monkeypatch)
    cache = Cache(tmp_path / "c", RunOptions())
    again = Linter(RunOptions(), cache).lint_paths([str(team)])
    assert cache.hits == 1  # okrs.yaml; ci.yaml is skipped, broken.yaml is never cached
    assert (again.files, again.skipped, again.errors) == (fresh.files, fresh.skipped, fresh.errors)


def test_a_file_with_very_many_findings_is_not_kept(okrs, tmp_path, monkeypatch):
    """Writing, checking and reading back its entry would cost more than linting it."""
    monkeypatch.setattr(cache_mod, "MAX_FINDINGS", 3)
    report, cache = run(okrs, tmp_path / "c")
    assert len(report.diagnostics) > 3
    assert entries(tmp_path / "c") == []
    again, cache = run(okrs, tmp_path / "c")
    assert again.files == report.files and cache.hits == 0
