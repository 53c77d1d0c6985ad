"""The judgement cache: an edit that leaves key results alone is answered without the analyser,
a new key result is the only one judged, and the answers are the ones a fresh run gives. Its
entries are keyed by everything a judgement depends on, bounded on disk, safe with concurrent
runs, and never the reason a run fails."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from krlint import judgement_cache as jc
from krlint.cache import Cache
from krlint.cli import app
from krlint.diagnostics import Evidence
from krlint.engine import Linter, Report, RunOptions
from krlint.judgement_cache import JudgementCache
from krlint.nlp import Analyzer
from krlint.nlp.judgement import Reading

OKRS = textwrap.dedent("""\
    owner: Growth
    objectives:
      - objective: Become the go-to voice on analytics
        progress: 10%
        key_results:
          - Publish 12 blog posts
          - Host 4 webinars
          - kr: Increase week-1 activation to 45%
            owner: Dana
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


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Every batch of texts the analyser is asked to read."""
    calls: list[list[str]] = []
    original = Analyzer.read

    def counting(self: Analyzer, texts: list[str], objectives: object = None) -> object:
        calls.append(list(texts))
        return original(self, texts, objectives)  # type: ignore[arg-type]

    monkeypatch.setattr(Analyzer, "read", counting)
    return calls


def run(path: Path, directory: Path) -> tuple[Report, JudgementCache]:
    """A run as `krlint check` makes it: the result cache and the judgement cache."""
    judgements = JudgementCache(directory)
    report = Linter(RunOptions(), Cache(directory, RunOptions()), judgements).lint_paths(
        [str(path)]
    )
    judgements.close()
    return report, judgements


def fresh(path: Path) -> Report:
    return Linter(RunOptions()).lint_paths([str(path)])


@pytest.mark.parametrize(
    "edit",
    [
        ("progress: 10%", "progress: 60%"),  # a progress figure
        ("owner: Dana", "owner: Sam"),  # an owner
        (
            "  - Publish 12 blog posts\n      - Host 4 webinars",  # reordered key results
            "  - Host 4 webinars\n      - Publish 12 blog posts",
        ),
        ("owner: Growth\n", "owner: Growth\n# a comment\n\n"),  # lines added above: positions move
    ],
)
def test_an_edit_that_leaves_key_results_alone_judges_nothing(okrs, tmp_path, judged, edit):
    run(okrs, tmp_path / "c")
    assert judged and sum(len(batch) for batch in judged) == 5
    old, new = edit
    assert old in OKRS
    okrs.write_text(OKRS.replace(old, new), encoding="utf-8")
    judged.clear()
    report, judgements = run(okrs, tmp_path / "c")
    assert judged == []
    assert (judgements.hits, judgements.misses) == (5, 0)
    judged.clear()
    assert report.files == fresh(okrs).files  # the same findings, at the new positions


def test_a_run_with_every_reading_cached_reads_no_weights(okrs, tmp_path, monkeypatch):
    # the file's verdict is arithmetic on the cached readings and the small verdict file: the
    # weights (half a megabyte of JSON) are not loaded, nor spaCy imported
    from krlint.nlp import model

    expected, _ = run(okrs, tmp_path / "c")
    model.builtin_model.cache_clear()

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("the weights were loaded for a cached run")

    monkeypatch.setattr(model.LinearModel, "from_json", refuse)
    report, judgements = run(okrs, tmp_path / "c")
    assert (judgements.hits, judgements.misses) == (0, 0)  # the result cache answered …
    okrs.write_text(OKRS.replace("owner: Dana", "owner: Sam"), encoding="utf-8")
    report, judgements = run(okrs, tmp_path / "c")  # … now only the readings are cached
    assert (judgements.hits, judgements.misses) == (5, 0)
    assert [d.code for d in report.diagnostics] == [d.code for d in expected.diagnostics]
    model.builtin_model.cache_clear()


def test_an_objective_s_new_wording_judges_only_its_key_results_again(okrs, tmp_path, judged):
    """The objective words the suggestion for an output (krlint.nlp.suggestions), so a judgement
    is kept under the key result's text and its objective's: the other objective's key results
    are still answered from the cache."""
    run(okrs, tmp_path / "c")
    okrs.write_text(
        OKRS.replace("Become the go-to voice on analytics", "Make onboarding effortless"),
        encoding="utf-8",
    )
    judged.clear()
    report, judgements = run(okrs, tmp_path / "c")
    assert judged == [
        ["Publish 12 blog posts", "Host 4 webinars", "Increase week-1 activation to 45%"]
    ]
    assert (judgements.hits, judgements.misses) == (2, 3)
    judged.clear()
    assert report.files == fresh(okrs).files


def test_a_new_key_result_is_the_only_one_judged(okrs, tmp_path, judged):
    run(okrs, tmp_path / "c")
    okrs.write_text(OKRS.replace("Host 4 webinars", "Host 5 webinars"), encoding="utf-8")
    judged.clear()
    report, judgements = run(okrs, tmp_path / "c")
    assert judged == [["Host 5 webinars"]]
    assert (judgements.hits, judgements.misses) == (4, 1)
    assert report.files == fresh(okrs).files


def test_identical_key_results_are_judged_once(tmp_path, judged):
    path = tmp_path / "okrs.yaml"
    path.write_text(OKRS.replace("Publish 12 blog posts", "Host 4 webinars"), encoding="utf-8")
    report = fresh(path)
    assert [len(batch) for batch in judged] == [4]
    assert report.files[0].key_results == 5
    # under another objective, which words its suggestion, it is judged again
    judged.clear()
    path.write_text(OKRS.replace("Launch the partner portal", "Host 4 webinars"), encoding="utf-8")
    fresh(path)
    assert [len(batch) for batch in judged] == [5]


def test_the_entry_holds_the_key_results_the_file_has_now(okrs, tmp_path):
    run(okrs, tmp_path / "c")
    okrs.write_text(OKRS.replace("Host 4 webinars", "Host 5 webinars"), encoding="utf-8")
    run(okrs, tmp_path / "c")
    (entry,) = (tmp_path / "c").glob(f"judgements-{jc.FORMAT}/*.jsonl")
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["format"] == jc.FORMAT
    assert len(lines) == 1 + 5  # the header, then the file's five key results: not six


def test_cli_non_kr_edit_gives_what_a_fresh_run_gives(okrs, tmp_path):
    runner = CliRunner()
    argv = ["check", "-o", "json", "--cache-dir", str(tmp_path / "c"), str(okrs)]
    runner.invoke(app, argv)
    okrs.write_text(
        OKRS.replace("progress: 10%", "progress: 90%\n        score: 0.7"), encoding="utf-8"
    )
    cached = runner.invoke(app, argv)
    uncached = runner.invoke(app, ["check", "-o", "json", "--no-cache", str(okrs)])
    assert cached.exit_code == uncached.exit_code == 1
    assert cached.stdout == uncached.stdout


# -- what the key holds ------------------------------------------------------------------------
def test_the_namespace_follows_lexicons_model_code_and_layout(monkeypatch, tmp_path):
    cache = JudgementCache(tmp_path)
    builtin = Analyzer()
    base = cache.namespace(builtin.fingerprint)
    extended = Analyzer(builtin.lexicons.extended({"outcome-metrics": ["webinars"]}))
    assert JudgementCache(tmp_path).namespace(extended.fingerprint) != base
    assert JudgementCache(tmp_path).namespace(Analyzer(model="en_core_web_sm").fingerprint) != base
    import krlint.cache as cache_module

    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "another build")
    assert JudgementCache(tmp_path).namespace(builtin.fingerprint) != base
    monkeypatch.undo()
    monkeypatch.setattr(jc, "_SCHEMA", "another layout")
    assert JudgementCache(tmp_path).namespace(builtin.fingerprint) != base


def test_the_layout_stamp_covers_every_field_of_a_reading(monkeypatch):
    before = jc.schema()

    @dataclasses.dataclass(frozen=True)
    class Reading:  # the same name with one more field, as the judgement engineer adds them
        p_output: float
        rewrite: str | None = None

    monkeypatch.setattr(jc, "_SCHEMA", None)
    monkeypatch.setattr(jc.judgement_module, "Reading", Reading)
    Reading.__module__ = jc.judgement_module.__name__
    assert jc.schema() != before


def test_a_lexicon_addition_in_the_config_judges_again(okrs, tmp_path, judged):
    from krlint.config import discover

    discover.cache_clear()
    run(okrs, tmp_path / "c")
    (tmp_path / ".krlint.yaml").write_text(
        "lexicon: {outcome-metrics: [webinars]}\n", encoding="utf-8"
    )
    discover.cache_clear()
    judged.clear()
    _, judgements = run(okrs, tmp_path / "c")
    assert sum(len(batch) for batch in judged) == 5
    assert judgements.hits == 0


# -- the codec ---------------------------------------------------------------------------------
def test_every_field_survives_the_round_trip():
    judgement = Reading(
        0.91,
        True,
        (Evidence("activity-verb", "Host", 0, 4), Evidence("measure", "4", 5, 6)),
        "activity-verb",
        "host",
        {"family": "events", "n": [1, 2]},  # type: ignore[arg-type]
        Evidence("target", "4", 5, 6),
        None,
        "Measure who came.",
    )
    data = json.loads(json.dumps(jc.encode(judgement)))
    assert jc.decode(data) == judgement
    assert isinstance(jc.decode(data).evidence, tuple)


def test_fields_are_carried_generically():
    """A field the codec was never told about (every field of the dataclass is)."""
    names = {f.name for f in dataclasses.fields(Reading)}
    encoded = jc.encode(Reading(0.2))
    assert set(encoded["f"]) == names


def test_a_value_that_cannot_be_carried_is_not_stored(okrs, tmp_path):
    cache = JudgementCache(tmp_path / "c")
    # a set: not JSON (no field holds one today; the codec must refuse it, not mangle it)
    odd = dataclasses.replace(Reading(0.9), head_verb={1, 2})  # type: ignore[arg-type]
    plain = Reading(0.2)
    cache.put("fp", "okrs.yaml", {"odd": odd, "plain": plain})
    again = JudgementCache(tmp_path / "c")
    assert again.get("fp", "okrs.yaml", ["odd", "plain"]) == {"plain": plain}


@pytest.mark.parametrize(
    "data",
    [
        {"@c": "os:system", "f": {}},  # a class from elsewhere is never constructed
        {"@c": "krlint.nlp.judgement:Label", "f": {}},  # not a dataclass
        {"@c": "krlint.diagnostics:Evidence", "f": {"kind": "x"}},  # fields missing
        {
            "@c": "krlint.diagnostics:Evidence",
            "f": {"kind": "x", "text": "y", "start": 0, "end": 1, "extra": 2},
        },
        {"@t": [1], "@d": {}, "x": 1},
        "not a judgement",
    ],
)
def test_foreign_data_is_refused(data):
    with pytest.raises((ValueError, TypeError, KeyError)):
        value = jc.decode(data)
        if not isinstance(value, Reading):
            raise TypeError("not a reading")


# -- corrupt, concurrent, bounded --------------------------------------------------------------
def entry_of(directory: Path) -> Path:
    (entry,) = directory.glob(f"judgements-{jc.FORMAT}/*.jsonl")
    return entry


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: "",
        lambda text: "\x00\xff garbage",
        lambda text: text.replace('"format": 1', '"format": 99'),
        lambda text: text.replace('"namespace": "', '"namespace": "x'),
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: text.replace("krlint.nlp.judgement:Reading", "os:system"),
        lambda text: text.replace('"reason":"', '"reason":{"@c":"os:system","f":{}},"x":"'),
        lambda text: "\n".join(line[:40] for line in text.splitlines()),
    ],
)
def test_a_corrupt_entry_is_a_miss_and_is_repaired(okrs, tmp_path, judged, damage):
    expected, _ = run(okrs, tmp_path / "c")
    entry = entry_of(tmp_path / "c")
    entry.write_text(damage(entry.read_text(encoding="utf-8")), encoding="utf-8")
    for result_entry in (tmp_path / "c").glob("*/*.json"):
        result_entry.unlink()  # the result cache would answer first
    judged.clear()
    report, judgements = run(okrs, tmp_path / "c")
    assert report.files == expected.files and not report.errors
    assert judged  # judged again (all or some)
    judged.clear()
    for result_entry in (tmp_path / "c").glob("*/*.json"):
        result_entry.unlink()
    _, judgements = run(okrs, tmp_path / "c")
    assert judged == [] and judgements.hits == 5  # repaired


def test_an_unwritable_folder_is_a_warning_not_a_failure(okrs, tmp_path):
    blocked = tmp_path / "c"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    cache = JudgementCache(blocked)
    report = Linter(RunOptions(), None, cache).lint_paths([str(okrs)])
    cache.close()
    assert report.files == fresh(okrs).files and not report.errors
    assert cache.warning and str(blocked) in cache.warning


def test_the_folder_is_pruned_to_its_bound_least_recently_used_first(tmp_path):
    cache = JudgementCache(tmp_path, max_bytes=6_000)
    judgement = Reading(0.2, True, (Evidence("measure", "45%", 0, 3),))
    for number in range(12):
        cache.put("fp", f"file{number}.yaml", {f"text {n}": judgement for n in range(3)})
        entry = cache._entry(cache.namespace("fp"), f"file{number}.yaml")
        os.utime(entry, ns=(number * 10**9, number * 10**9))  # file0 is the oldest
    used = cache._entry(cache.namespace("fp"), "file0.yaml")
    assert cache.get("fp", "file0.yaml", ["text 0"])  # a hit makes it recent
    cache.close()
    left = list(cache.entries.iterdir())
    assert sum(p.stat().st_size for p in left) <= 6_000 * jc.PRUNE_TO
    assert used in left
    assert cache._entry(cache.namespace("fp"), "file1.yaml") not in left
    assert cache._entry(cache.namespace("fp"), "file11.yaml") in left


def test_an_entry_over_the_size_bound_is_not_written(tmp_path, monkeypatch):
    monkeypatch.setattr(jc, "MAX_ENTRY_BYTES", 2_000)
    cache = JudgementCache(tmp_path)
    cache.put("fp", "big.yaml", {f"key result {n}": Reading(0.2) for n in range(50)})
    assert not cache.entries.exists() or not list(cache.entries.iterdir())


WRITER = textwrap.dedent("""\
    import sys
    from pathlib import Path
    from krlint.judgement_cache import JudgementCache
    from krlint.nlp.judgement import Reading
    folder, me = Path(sys.argv[1]), int(sys.argv[2])
    for round in range(60):
        cache = JudgementCache(folder)
        texts = [f"kr {n}" for n in range(20)]
        found = cache.get("fp", "okrs.yaml", texts)
        assert all(r.p_output in (0.5, 0.6) for r in found.values())
        assert len(found) in (0, 20), len(found)  # a whole entry or none, never half
        cache.put("fp", "okrs.yaml", {t: Reading(0.5 + me / 10) for t in texts})
    """)


def test_concurrent_runs_see_whole_entries(tmp_path):
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path), str(me)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for me in (0, 1)
    ]
    for writer in writers:
        _, stderr = writer.communicate(timeout=120)
        assert writer.returncode == 0, stderr
    assert not list(tmp_path.glob("**/*.tmp"))
    found = JudgementCache(tmp_path).get("fp", "okrs.yaml", [f"kr {n}" for n in range(20)])
    assert len(found) == 20
