"""`krlint show`: what krlint read, as a tree or as JSON — the same reading as `check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from krlint.cli import app

MARKDOWN = """\
# OKRs 2025 Q1

## Objective: Make onboarding effortless

- KR1: Increase week-1 activation from 32% to 45% [ON TRACK: 40%]
- [x] Publish 12 onboarding videos ✅
"""
YAML = """\
objectives:
  - objective: Make onboarding effortless
    key_results:
      - Increase week-1 activation from 32% to 45%
"""


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, ["show", *args], env={"NO_COLOR": "1"}, input=stdin)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_is_the_documented_shape(tmp_path: Path) -> None:
    path = write(tmp_path, "okrs.md", MARKDOWN)
    result = run(str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    [entry] = data["files"]
    assert entry["path"] == str(path)
    [objective] = entry["objectives"]
    assert {k: objective[k] for k in ("title", "line", "column")} == {
        "title": "Make onboarding effortless",
        "line": 3,
        "column": 15,
    }
    first, second = objective["key_results"]
    # the cleaned words, where they start in the source, and the judgement of them
    assert {k: first[k] for k in ("text", "line", "column")} == {
        "text": "Increase week-1 activation from 32% to 45%",
        "line": 5,
        "column": 8,
    }
    assert first["label"] == "outcome" and 0.5 <= first["confidence"] <= 1
    assert {k: second[k] for k in ("text", "line", "column")} == {
        "text": "Publish 12 onboarding videos",
        "line": 6,
        "column": 7,
    }
    assert second["label"] == "output"
    # extras: where the words end, the source as written, the fields the reader took off
    assert (first["end_line"], first["end_column"]) == (5, 50)
    assert first["source"].startswith("Increase week-1")
    assert first["fields"] == {"label": "KR1", "status": "ON TRACK: 40%"}
    assert objective["period"] == "2025 Q1"


def test_json_of_yaml_and_json_files(tmp_path: Path) -> None:
    yaml_path = write(tmp_path, "okrs.yaml", YAML)
    json_path = write(
        tmp_path,
        "okrs.json",
        json.dumps(
            {"objectives": [{"title": "Grow", "key_results": ["Reach 40 paying teams, from 25"]}]}
        ),
    )
    data = json.loads(run(str(yaml_path), str(json_path), "--format", "json").stdout)
    assert [
        (f["objectives"][0]["title"], f["objectives"][0]["key_results"][0]["line"])
        for f in data["files"]
    ] == [("Make onboarding effortless", 4), ("Grow", 1)]


def test_standard_input_with_the_markdown_reader() -> None:
    result = run("-", "--format-in", "markdown", "--format", "json", stdin=MARKDOWN)
    assert result.exit_code == 0
    entry = json.loads(result.stdout)["files"][0]
    assert entry["path"] == "<stdin>"
    assert [kr["text"] for kr in entry["objectives"][0]["key_results"]] == [
        "Increase week-1 activation from 32% to 45%",
        "Publish 12 onboarding videos",
    ]


def test_standard_input_named_by_stdin_filename_as_check_names_it() -> None:
    result = run("--stdin-filename", "team/okrs.md", "--format", "json", stdin=MARKDOWN)
    assert result.exit_code == 0
    entry = json.loads(result.stdout)["files"][0]
    assert entry["path"] == "team/okrs.md"  # the name picks the Markdown reader, as in check
    assert len(entry["objectives"][0]["key_results"]) == 2
    refused = run("--stdin-filename", "okrs.md", "other.md", stdin=MARKDOWN)
    assert refused.exit_code == 2
    assert "--stdin-filename names standard input" in refused.output


def test_the_tree_shows_lines_words_labels_and_confidence(tmp_path: Path) -> None:
    path = write(tmp_path, "okrs.md", MARKDOWN)
    result = run(str(path))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"{path}  1 objective, 2 key results (markdown)"
    assert "L3 Make onboarding effortless  [2025 Q1]" in lines[1]
    kr = next(line for line in lines if "L5 " in line)
    assert "Increase week-1 activation from 32% to 45%  outcome 0." in kr
    assert "L6 Publish 12 onboarding videos  output" in result.stdout


def test_user_text_is_printed_as_text_never_as_markup_or_control_codes(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "okrs.md",
        "## Grow [bold red]fast[/]\n\n- Reach \x1b[31m40[0m paying teams \x07\n",
    )
    result = run(str(path))
    assert "Grow [bold red]fast[/]" in result.stdout  # shown, not interpreted
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_a_file_without_okrs_shows_the_note(tmp_path: Path) -> None:
    path = write(tmp_path, "okrs.md", "# Notes\n\nWe met and agreed:\n\n- ship it\n")
    data = json.loads(run(str(path), "--format", "json").stdout)
    entry = data["files"][0]
    assert entry["objectives"] == []
    assert [(n["code"], n["line"]) for n in entry["notes"]] == [("F006", 5)]
    assert "L5 F006" in run(str(path)).stdout


def test_the_configuration_is_discovered_as_check_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = tmp_path / "team"
    team.mkdir()
    path = write(team, "okrs.md", MARKDOWN)
    write(team, ".krlint.yaml", "limits:\n  max-key-result-length: 20\n")
    monkeypatch.chdir(tmp_path)  # the config is found beside the file, not in the cwd
    notes = json.loads(run(str(path), "--format", "json").stdout)["files"][0]["notes"]
    assert {n["code"] for n in notes} == {"F005"}  # the key result is longer than 20
    other = write(tmp_path, "strict.yaml", "limits:\n  max-key-result-length: 500\n")
    notes = json.loads(run(str(path), "--config", str(other), "--format", "json").stdout)["files"][
        0
    ]["notes"]
    assert notes == []


def test_a_missing_path_is_one_error_line_and_exit_2(tmp_path: Path) -> None:
    good = write(tmp_path, "okrs.yaml", YAML)
    result = run(str(tmp_path / "nope.md"), str(good), "--format", "json")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["files"][0]["path"] == str(good)  # the others still read
    assert "krlint: error:" in result.output and "nope.md" in result.output
