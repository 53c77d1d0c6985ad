"""krlint in a real repository (issue 14): which files get linted when pre-commit or CI names
them, how paths come out, and the options that make that visible (--force-exclude,
--strict-files, --stdin-filename, --show-settings, --show-files)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import OUTPUT_ONLY
from krlint.cli import app
from krlint.config import discover
from krlint.engine import Linter, RunOptions

MARKDOWN_OKRS = """\
# Marketing OKRs 2026 Q1

## Objective: Become the go-to voice on analytics

- KR1: Publish 12 blog posts
- KR2: Host 4 webinars
"""
# Files every repository has, none of them OKRs: realistic contents.
CHANGELOG = """\
# Changelog

All notable changes to this project are documented in this file.

## [1.2.0] - 2026-03-02

### Added
- Export dashboards as PDF
- Dark mode for the settings page

### Fixed
- Crash when the workspace name contains an emoji

## [1.1.0] - 2026-01-15

- Faster start-up
"""
README = """\
# acme-web

The web front end of Acme.

## Development

```
npm install && npm test
```

## Deploying

Merges to `main` deploy to staging; tags deploy to production.
"""
COMPOSE = """\
services:
  web:
    image: nginx:1.27
    ports: ["8080:80"]
    depends_on: [api]
  api:
    build: ./api
    environment:
      DATABASE_URL: postgres://db/acme
"""
WORKFLOW = """\
name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
"""
PACKAGE_JSON = """\
{
  "name": "acme-web",
  "version": "1.2.0",
  "scripts": {"test": "vitest run"},
  "dependencies": {"react": "^18.3.1"}
}
"""
KRLINT_CONFIG = "fail-on: error\nignore: [K205]\nmax-key-results: 5\n"
JSON_SCHEMA = """\
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "OKR export",
  "type": "object",
  "properties": {"objectives": {"type": "array"}}
}
"""
NOT_OKRS = {
    "CHANGELOG.md": CHANGELOG,
    "README.md": README,
    "docker-compose.yml": COMPOSE,
    ".github/workflows/ci.yml": WORKFLOW,
    "package.json": PACKAGE_JSON,
    "okrs/.krlint.yaml": KRLINT_CONFIG,
    "okrs/schema.json": JSON_SCHEMA,
}


@pytest.fixture(autouse=True)
def _fresh_discovery():
    discover.cache_clear()
    yield
    discover.cache_clear()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository as a team has it, with the current directory at its root."""
    (tmp_path / ".git").mkdir()
    for name, text in {**NOT_OKRS, "okrs/marketing.yaml": OUTPUT_ONLY}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for variable in ("GITHUB_WORKSPACE", "CI_PROJECT_DIR", "GITHUB_ACTIONS"):
        monkeypatch.delenv(variable, raising=False)
    return tmp_path


def run(args: list[str], stdin: str | None = None, **env: str):
    return CliRunner().invoke(app, args, input=stdin, env={"NO_COLOR": "1", **env})


def concise(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [line for line in result.stdout.splitlines() if line and ":" in line.split(" ")[0]]


# -- 3: a file with no OKRs is skipped with a note, unless --strict-files ---------------------
@pytest.mark.parametrize("name", sorted(set(NOT_OKRS) - {"README.md"}))
def test_a_named_file_without_okrs_is_skipped_with_a_note(repo: Path, name: str) -> None:
    result = run(["check", name])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "No problems in 0 files · 1 file without OKRs skipped" in result.stdout
    assert f"note: {name} skipped: " in result.stdout
    assert "F002" not in result.stdout and "O101" not in result.stdout


def test_what_pre_commit_passes_lints_the_okrs_and_skips_the_rest(repo: Path) -> None:
    names = [n for n in NOT_OKRS if n != "README.md"]
    result = run(["check", "-o", "json", "okrs/marketing.yaml", *names])
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert {d["path"] for d in doc["diagnostics"]} == {"okrs/marketing.yaml"}
    assert sorted(s["path"] for s in doc["skipped"]) == sorted(names)


def test_a_readme_under_okrs_that_describes_the_folder_is_not_linted_as_okrs(repo: Path) -> None:
    (repo / "okrs" / "README.md").write_text(
        "# OKRs\n\nOur quarterly objectives and key results live here, one file per team.\n\n"
        "## How to add a team\n\n- Copy `template.yaml`\n- Open a pull request\n",
        encoding="utf-8",
    )
    result = run(["check", "-o", "concise", "okrs/README.md"])
    assert result.exit_code == 0 and concise(result) == [], result.stdout


def test_a_changelog_under_okrs_that_mentions_objectives_is_not_linted_as_okrs(repo: Path) -> None:
    (repo / "okrs" / "CHANGELOG.md").write_text(
        "# Changelog of our objectives\n\n## 1.2.0\n\n- Added the Q2 marketing file\n"
        "- Renamed two key results\n",
        encoding="utf-8",
    )
    result = run(["check", "-o", "concise", "okrs/CHANGELOG.md"])
    assert result.exit_code == 0 and concise(result) == [], result.stdout


def test_a_changelog_and_readme_named_explicitly_give_no_finding(repo: Path) -> None:
    result = run(["check", "-o", "concise", "CHANGELOG.md", "README.md", "docker-compose.yml"])
    assert result.exit_code == 0, result.stdout
    assert concise(result) == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "docs/objetivos.md",
            "# Objetivos\n\n## Objetivo: Reduzir o churn\n\n| Resultado-chave | Meta |\n"
            "|---|---|\n| Publicar 10 artigos | 10 |\n| Lançar o portal | 1 |\n",
        ),
        (
            "docs/plan.md",
            "# 计划\n\n## 目标：提升留存\n\n- 关键结果1：发布 10 篇文章\n- 关键结果2：上线新门户\n",
        ),
    ],
)
def test_okrs_written_in_another_language_are_linted_when_named(
    repo: Path, name: str, text: str
) -> None:
    # a file named on the command line (as the pre-commit hook names it) that says "Objetivo" /
    # "Resultado-chave" or "目标" / "关键结果" uses OKR vocabulary: it is read, not skipped
    (repo / name).parent.mkdir(parents=True, exist_ok=True)
    (repo / name).write_text(text, encoding="utf-8")
    result = run(["check", "-o", "concise", name])
    assert result.exit_code == 1, result.stdout
    assert any(" O101 " in line for line in concise(result)), result.stdout


def test_strict_files_lints_a_named_file_as_okrs(repo: Path) -> None:
    result = run(["check", "-o", "concise", "--strict-files", "docker-compose.yml"])
    assert result.exit_code == 1
    assert concise(result) == [
        "docker-compose.yml:1:1: F002 [invalid-structure] no objectives found: expected an "
        "'objectives:' list (or a list of objectives as the document)"
    ]


def test_an_okr_named_file_is_reported_even_when_nothing_is_found(repo: Path) -> None:
    (repo / "team-okrs.yaml").write_text("services: {}\n", encoding="utf-8")
    (repo / "OKRs.md").write_text("Nothing here yet.\n", encoding="utf-8")
    result = run(["check", "-o", "concise", "team-okrs.yaml", "OKRs.md"])
    # YAML states its structure, so a wrong one is an error; Markdown in which no OKRs could be
    # found is an info note (F006) saying how to mark them up (issue 12: precision first)
    assert [line.split(": ")[1].split(" ")[0] for line in concise(result)] == ["F002", "F006"]


def test_markdown_okrs_named_explicitly_are_linted(repo: Path) -> None:
    (repo / "okrs" / "q1.md").write_text(MARKDOWN_OKRS, encoding="utf-8")
    result = run(["check", "-o", "concise", "--select", "O101", "okrs/q1.md"])
    assert result.exit_code == 1
    assert [line.split(":")[0] for line in concise(result)] == ["okrs/q1.md"]


def test_broken_yaml_named_explicitly_is_still_reported(repo: Path) -> None:
    (repo / "okrs" / "q2.yaml").write_text("objectives: [oops\n", encoding="utf-8")
    result = run(["check", "-o", "concise", "okrs/q2.yaml"])
    assert concise(result)[0].startswith("okrs/q2.yaml:2:1: F001"), result.stdout


# -- 2: --force-exclude ------------------------------------------------------------------------
def test_force_exclude_applies_the_config_exclude_to_named_files(repo: Path) -> None:
    # the nearest config is okrs/.krlint.yaml; its patterns are relative to okrs/
    (repo / "okrs" / ".krlint.yaml").write_text("exclude: [archive/]\n", encoding="utf-8")
    (repo / "okrs" / "archive").mkdir()
    (repo / "okrs" / "archive" / "2019.yaml").write_text(OUTPUT_ONLY, encoding="utf-8")
    named = run(["check", "-o", "concise", "okrs/archive/2019.yaml"])
    assert named.exit_code == 1  # named without --force-exclude: linted, as ruff does
    forced = run(["check", "--force-exclude", "okrs/archive/2019.yaml"])
    assert forced.exit_code == 0, forced.stdout
    assert "note: okrs/archive/2019.yaml skipped: excluded by 'exclude' in " in forced.stdout
    walked = run(["check", "-o", "concise", "okrs"])
    assert all(not line.startswith("okrs/archive") for line in concise(walked))


# -- 4: --statistics inside GitHub Actions -----------------------------------------------------
def test_statistics_inside_github_actions_prints_text(repo: Path) -> None:
    result = run(["check", "--statistics", "okrs/marketing.yaml"], GITHUB_ACTIONS="true")
    assert result.exit_code == 1, result.stderr
    assert "O101  output-only-objective" in result.stdout
    explicit = run(["check", "--statistics", "-o", "github", "okrs/marketing.yaml"])
    assert explicit.exit_code == 2  # asked for by name: still refused, with the reason


# -- 5: paths ------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["concise", "json", "github", "junit", "gitlab", "sarif", "text"])
def test_no_format_shows_a_leading_dot_slash(repo: Path, fmt: str) -> None:
    result = run(["check", "-o", fmt, "./okrs/marketing.yaml"])
    assert result.exit_code == 1
    assert "okrs/marketing.yaml" in result.stdout
    assert "./okrs" not in result.stdout and ".%2Fokrs" not in result.stdout


def test_sarif_and_gitlab_paths_are_relative_to_the_repository_root(repo: Path) -> None:
    os.chdir(repo / "okrs")
    for absolute in (False, True):
        target = str(repo / "okrs" / "marketing.yaml") if absolute else "marketing.yaml"
        sarif = json.loads(run(["check", "-o", "sarif", target]).stdout)
        (run_,) = sarif["runs"]
        assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.as_uri() + "/"
        assert {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in run_["results"]
        } == {"okrs/marketing.yaml"}
        gitlab = json.loads(run(["check", "-o", "gitlab", target]).stdout)
        assert {i["location"]["path"] for i in gitlab} == {"okrs/marketing.yaml"}


def test_ci_variables_name_the_repository_root(repo: Path, tmp_path_factory) -> None:
    elsewhere = tmp_path_factory.mktemp("checkout")
    (elsewhere / "planning").mkdir()
    (elsewhere / "planning" / "okrs.yaml").write_text(OUTPUT_ONLY, encoding="utf-8")
    target = str(elsewhere / "planning" / "okrs.yaml")
    gitlab = json.loads(
        run(["check", "-o", "gitlab", target], CI_PROJECT_DIR=str(elsewhere)).stdout
    )
    assert {i["location"]["path"] for i in gitlab} == {"planning/okrs.yaml"}
    sarif = json.loads(
        run(["check", "-o", "sarif", target], GITHUB_WORKSPACE=str(elsewhere)).stdout
    )
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert uris == {"planning/okrs.yaml"}
    # a file outside the repository keeps its absolute path
    outside = json.loads(run(["check", "-o", "gitlab", target]).stdout)
    assert {i["location"]["path"] for i in outside} == {Path(target).as_posix()}


# -- 6: the same file given twice ----------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["okrs/marketing.yaml", "./okrs/marketing.yaml"],
        ["okrs/", "."],
        [".", "okrs"],
        ["okrs", "okrs/marketing.yaml"],
    ],
)
def test_the_same_file_given_twice_is_linted_once(repo: Path, args: list[str]) -> None:
    result = run(["check", "-o", "gitlab", *args])
    issues = json.loads(result.stdout)
    assert {i["location"]["path"] for i in issues} == {"okrs/marketing.yaml"}
    assert (
        len(issues)
        == len({i["fingerprint"] for i in issues})
        == len(
            {(i["check_name"], i["location"]["lines"]["begin"], i["description"]) for i in issues}
        )
    )
    report = Linter(RunOptions()).lint_paths(args)
    assert [f.path for f in report.files] == ["okrs/marketing.yaml"]


# -- 9: a bare `krlint check` --------------------------------------------------------------------
def test_bare_check_with_okrs_yaml_and_an_empty_okrs_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "okrs.yaml").write_text(OUTPUT_ONLY, encoding="utf-8")
    (tmp_path / "okrs").mkdir()
    result = run(["check", "-o", "concise", "--select", "O101"])
    assert result.exit_code == 1, result.stderr
    assert result.stderr == ""
    assert concise(result)[0].startswith("okrs.yaml:2:16: O101")


def test_bare_check_with_only_an_empty_okrs_folder_still_says_what_is_missing(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "okrs").mkdir()
    result = run(["check"])
    assert result.exit_code == 2
    assert "no paths given and no okrs.yaml" in result.stderr


# -- 10: standard input --------------------------------------------------------------------------
def test_markdown_on_stdin_is_sniffed(repo: Path) -> None:
    result = run(["check", "-o", "concise", "--select", "O101", "-"], stdin=MARKDOWN_OKRS)
    assert result.exit_code == 1, result.stdout
    assert concise(result)[0].startswith("<stdin>:3:")
    assert " O101 " in concise(result)[0]


def test_yaml_on_stdin_is_still_yaml(repo: Path) -> None:
    result = run(
        ["check", "-o", "concise", "--select", "O101", "-"], stdin="# team OKRs\n" + OUTPUT_ONLY
    )
    assert concise(result)[0].startswith("<stdin>:3:16: O101")


def test_stdin_filename_names_the_file_for_config_ignores_and_reader(repo: Path) -> None:
    (repo / "okrs" / ".krlint.yaml").write_text(
        "per-file-ignores:\n  'q1.md': [K201]\n", encoding="utf-8"
    )
    result = run(
        ["check", "-o", "concise", "--stdin-filename", "okrs/q1.md", "-"], stdin=MARKDOWN_OKRS
    )
    codes = {line.split(": ")[1].split(" ")[0] for line in concise(result)}
    assert all(line.startswith("okrs/q1.md:") for line in concise(result)), result.stdout
    assert "O101" in codes and "K201" not in codes  # the Markdown reader, the folder's config


def test_stdin_filename_of_a_file_without_okrs_is_skipped(repo: Path) -> None:
    result = run(["check", "--stdin-filename", "CHANGELOG.md"], stdin=CHANGELOG)
    assert result.exit_code == 0
    assert "note: CHANGELOG.md skipped" in result.stdout


def test_stdin_filename_with_force_exclude(repo: Path) -> None:
    (repo / ".krlint.yaml").write_text("exclude: [drafts/]\n", encoding="utf-8")
    result = run(
        ["check", "--force-exclude", "--stdin-filename", "drafts/okrs.yaml", "-"], stdin=OUTPUT_ONLY
    )
    assert result.exit_code == 0 and "excluded" in result.stdout


# -- --show-settings and --show-files ----------------------------------------------------------
def test_show_files_says_what_is_linted_and_why_the_rest_is_skipped(repo: Path) -> None:
    (repo / "okrs" / ".krlint.yaml").write_text("exclude: [archive/]\n", encoding="utf-8")
    (repo / "okrs" / "archive").mkdir()
    (repo / "okrs" / "archive" / "old.yaml").write_text(OUTPUT_ONLY, encoding="utf-8")
    result = run(["check", "--show-files", "."])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "lint  okrs/marketing.yaml  (yaml)" in lines
    assert any(line.startswith("skip  docker-compose.yml  (no objectives") for line in lines)
    assert any(
        line.startswith("skip  okrs/archive/old.yaml  (excluded by 'exclude' in ") for line in lines
    )
    as_json = json.loads(run(["check", "--show-files", "-o", "json", "."]).stdout)
    assert [f["path"] for f in as_json["lint"]] == ["okrs/marketing.yaml"]


def test_show_settings_names_the_config_and_the_effective_settings(repo: Path) -> None:
    result = run(
        ["check", "--show-settings", "-o", "json", "--ignore", "K206", "okrs/marketing.yaml"]
    )
    assert result.exit_code == 0, result.stderr
    settings = json.loads(result.stdout)
    assert settings["path"] == "okrs/marketing.yaml"
    assert settings["config-file"] == str(repo / "okrs" / ".krlint.yaml")
    assert "K205" not in settings["selected-rules"] and "K206" not in settings["selected-rules"]
    assert settings["rules"] == {"O103": {"max": 5}}
    assert settings["reader"] == "yaml" and settings["fail-on"] == "error"
    text = run(["check", "--show-settings", "okrs/marketing.yaml"])
    assert text.stdout.startswith("# settings for okrs/marketing.yaml\n")
    assert f"config-file: {repo / 'okrs' / '.krlint.yaml'}" in text.stdout
