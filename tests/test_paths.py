"""Which files get linted: directory walks (skipping YAML/JSON that holds no OKRs, and saying
so), files named explicitly (always linted), and the default paths of a bare `krlint check`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import OUTPUT_ONLY
from krlint.cli import app, default_paths
from krlint.config import discover
from krlint.engine import Linter
from krlint.loaders.sniff import looks_like_okrs

NOT_OKRS = {
    "docker-compose.yml": "services:\n  web:\n    image: nginx\n    ports: ['80:80']\n",
    "package.json": '{\n\t"name": "web",\n\t"version": "1.0.0",\n\t"files": ["dist"]\n}\n',
    "mkdocs.yml": "site_name: Docs\nnav:\n  - Home: index.md\n",
    "playbook.yaml": "- name: Install nginx\n  hosts: all\n  tasks:\n    - apt: {name: nginx}\n",
}


@pytest.fixture(autouse=True)
def _fresh_discovery():
    discover.cache_clear()
    yield
    discover.cache_clear()


def run(args: list[str]):
    return CliRunner().invoke(app, args, env={"NO_COLOR": "1"})


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "okrs").mkdir()
    (tmp_path / "okrs" / "growth.yaml").write_text(OUTPUT_ONLY)
    for name, text in NOT_OKRS.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "okrs.yaml").write_text(OUTPUT_ONLY)
    return tmp_path


@pytest.mark.parametrize("name", sorted(NOT_OKRS))
def test_not_okrs(name: str) -> None:
    assert not looks_like_okrs(NOT_OKRS[name], json=name.endswith(".json"))


@pytest.mark.parametrize(
    "text",
    [
        OUTPUT_ONLY,
        "okrs:\n  - title: Grow\n    krs: [Reach $2M ARR]\n",
        "- objective: Grow\n  key_results: [Reach $2M ARR]\n",
        "- Grow revenue:\n    - Reach $2M ARR\n",
        "objective: Grow\nkey_results: [Reach $2M ARR]\n",
        "objectives:\n",  # an empty OKR file is still an OKR file (F002 tells the user)
        "objectives: [oops\n",  # cannot tell: linted, so F001 is reported
        "name: x\n---\nobjectives: [Grow]\n",
    ],
)
def test_okrs(text: str) -> None:
    assert looks_like_okrs(text)


def test_directory_walk_skips_files_without_okrs(repo: Path) -> None:
    report = Linter().lint_paths([str(repo)])
    assert [Path(f.path).relative_to(repo).as_posix() for f in report.files] == ["okrs/growth.yaml"]
    assert sorted(Path(p).name for p in report.skipped) == sorted(NOT_OKRS)
    assert not any(d.code == "F002" for d in report.diagnostics)


def test_skipped_files_are_counted_in_the_summary(repo: Path) -> None:
    result = run(["check", str(repo)])
    assert result.exit_code == 1
    assert "in 1 file · 4 files without OKRs skipped" in result.stdout


def test_a_file_named_explicitly_gets_f002_with_strict_files(repo: Path) -> None:
    result = run(["check", "-o", "concise", "--strict-files", str(repo / "docker-compose.yml")])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{repo / 'docker-compose.yml'}:1:1: F002 [invalid-structure] no objectives found: "
        "expected an 'objectives:' list (or a list of objectives as the document)"
    ]


def test_broken_yaml_in_a_walk_is_still_reported(repo: Path) -> None:
    (repo / "okrs" / "broken.yaml").write_text("objectives: [oops\n")
    report = Linter().lint_paths([str(repo / "okrs")])
    assert [(Path(d.path).name, d.code) for d in report.diagnostics if d.code == "F001"] == [
        ("broken.yaml", "F001")
    ]


def test_a_directory_with_no_okrs_at_all_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "docker-compose.yml").write_text(NOT_OKRS["docker-compose.yml"])
    result = run(["check", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"krlint: error: {tmp_path}: no OKR files in this directory (1 YAML/JSON files without "
        "objectives skipped)"
    ]


def test_an_empty_directory_is_an_error(tmp_path: Path) -> None:
    result = run(["check", str(tmp_path)])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1


def test_one_bad_path_does_not_stop_the_others(repo: Path) -> None:
    result = run(["check", "-o", "concise", str(repo / "missing.yaml"), str(repo / "okrs")])
    assert result.exit_code == 2
    assert "O101" in result.stdout
    assert result.stderr.splitlines() == [
        f"krlint: error: {repo / 'missing.yaml'}: no such file or directory"
    ]


# -- `krlint check` with no paths -------------------------------------------------------------


@pytest.fixture
def cwd(tmp_path: Path):
    before = os.getcwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(before)


def test_default_paths_okrs_yaml_okrs_dir_and_star_okrs(cwd: Path) -> None:
    (cwd / "okrs.yaml").write_text(OUTPUT_ONLY)
    (cwd / "growth.okrs.yaml").write_text(OUTPUT_ONLY)
    (cwd / "sales.okrs.yml").write_text(OUTPUT_ONLY)
    (cwd / "okrs").mkdir()
    (cwd / "okrs" / "q1.yaml").write_text(OUTPUT_ONLY)
    (cwd / "other.yaml").write_text(OUTPUT_ONLY)
    assert default_paths() == ["okrs.yaml", "okrs", "growth.okrs.yaml", "sales.okrs.yml"]


def test_default_paths_from_config_include(cwd: Path) -> None:
    (cwd / "okrs.yaml").write_text(OUTPUT_ONLY)
    (cwd / "team").mkdir()
    (cwd / "team" / "q1.yaml").write_text(OUTPUT_ONLY)
    (cwd / ".krlint.yaml").write_text("include: [team]\n")
    assert default_paths() == ["team"]
    result = run(["check", "-o", "concise", "--select", "O101"])
    assert result.stdout.splitlines() == [
        'team/q1.yaml:2:16: O101 [output-only-objective] "Become the go-to voice on analytics"'
        ": all 2 key results are outputs — nothing shows whether the objective is met"
    ]


def test_default_paths_include_is_relative_to_the_config_file(cwd: Path) -> None:
    (cwd / "pyproject.toml").write_text('[tool.krlint]\ninclude = ["okrs"]\n')
    (cwd / "okrs").mkdir()
    (cwd / "sub").mkdir()
    os.chdir(cwd / "sub")
    assert default_paths() == [os.path.join("..", "okrs")]


def test_check_without_paths_lints_okrs_yaml(cwd: Path) -> None:
    (cwd / "okrs.yaml").write_text(OUTPUT_ONLY)
    result = run(["check", "-o", "concise", "--select", "O101"])
    assert result.exit_code == 1
    assert result.stdout.startswith("okrs.yaml:2:16: O101")


def test_check_without_paths_and_nothing_here_exit_2(cwd: Path) -> None:
    result = run(["check"])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert "okrs.yaml" in line and "krlint init" in line
