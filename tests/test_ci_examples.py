"""The CI examples in examples/: parsed as their CI system would, and the krlint commands they
contain run for real against examples/okrs.yaml, checking the output is what that system reads."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
WORKFLOW_COMMAND = re.compile(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+"
                              r"(,endLine=\d+(,endColumn=\d+)?)?,title=[^:]+::.+$")


def load(name: str) -> dict:
    data = yaml.load((EXAMPLES / name).read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert isinstance(data, dict)
    return data


def krlint_commands(scripts: list[str]) -> list[list[str]]:
    return [shlex.split(s) for s in scripts if s.strip().startswith("krlint ")]


@pytest.fixture
def workspace(tmp_path) -> Path:
    """A checkout as CI sees it: the OKR file at the root."""
    shutil.copy(EXAMPLES / "okrs.yaml", tmp_path / "okrs.yaml")
    return tmp_path


def run(argv: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    assert argv[0] == "krlint"
    environ = {k: v for k, v in os.environ.items() if k not in {"GITHUB_ACTIONS", "FORCE_COLOR"}}
    environ.update(NO_COLOR="1", **env)
    return subprocess.run([sys.executable, "-m", "krlint", *argv[1:]], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=300)


def option(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


# -- GitHub Actions --------------------------------------------------------------------------
def test_github_workflow_annotates_and_uploads_valid_sarif(workspace):
    workflow = load("ci/github-actions.yml")
    (job,) = workflow["jobs"].values()
    assert job["permissions"]["security-events"] == "write"
    steps = job["steps"]
    lint, sarif = krlint_commands([s.get("run", "") for s in steps])
    upload = next(s for s in steps if s.get("uses", "").startswith(
        "github/codeql-action/upload-sarif@"))
    assert upload["if"] == "always()"

    annotated = run(lint, workspace, GITHUB_ACTIONS="true")
    assert annotated.returncode == 1  # examples/okrs.yaml has an output-only objective
    commands = [line for line in annotated.stdout.splitlines() if line.startswith("::")]
    assert commands and all(WORKFLOW_COMMAND.match(line) for line in commands), commands
    assert any(line.startswith("::error ") and "O101" in line for line in commands)

    assert option(sarif, "--output-file") == upload["with"]["sarif_file"]
    written = run(sarif, workspace)
    assert written.returncode == 0, written.stderr  # --exit-zero: the upload step gets its turn
    doc = json.loads((workspace / upload["with"]["sarif_file"]).read_text(encoding="utf-8"))
    assert doc["version"] == "2.1.0" and doc["runs"][0]["results"]
    if SARIF_SCHEMA.is_file():
        import jsonschema

        schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
        jsonschema.validators.validator_for(schema)(schema).validate(doc)


# -- GitLab CI -------------------------------------------------------------------------------
def test_gitlab_job_writes_the_code_quality_artefact_and_fails_on_errors(workspace):
    (job,) = load("ci/gitlab-ci.yml").values()
    report, log = krlint_commands(job["script"])
    artefact = job["artifacts"]["reports"]["codequality"]
    assert job["artifacts"]["when"] == "always"
    assert option(report, "--output-file") == artefact

    assert run(report, workspace).returncode == 0
    issues = json.loads((workspace / artefact).read_text(encoding="utf-8"))
    assert issues and all(
        {"description", "check_name", "fingerprint", "severity", "location"} <= set(i)
        and i["location"]["path"] == "okrs.yaml" and i["location"]["lines"]["begin"] >= 1
        and i["severity"] in {"info", "minor", "major", "critical", "blocker"}
        for i in issues)
    assert len({i["fingerprint"] for i in issues}) == len(issues)

    failing = run(log, workspace)
    assert failing.returncode == 1
    assert re.search(r"^okrs\.yaml:\d+:\d+: O101 ", failing.stdout, re.MULTILINE)


# -- pre-commit ------------------------------------------------------------------------------
def test_pre_commit_config_is_valid_and_its_hook_runs(workspace):
    config_path = EXAMPLES / "pre-commit-config.yaml"
    validated = subprocess.run([sys.executable, "-m", "pre_commit", "validate-config",
                                str(config_path)], capture_output=True, text=True)
    assert validated.returncode == 0, validated.stdout + validated.stderr

    (repo,) = load("pre-commit-config.yaml")["repos"]
    (hook,) = repo["hooks"]
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (definition,) = [h for h in manifest if h["id"] == hook["id"]]
    assert re.search(hook.get("files", definition["files"]), "okrs.yaml")

    # what pre-commit executes: entry + args + the matching file names
    argv = [*shlex.split(definition["entry"]), *hook.get("args", []), "okrs.yaml"]
    result = run(argv, workspace)
    assert result.returncode == 1
    assert re.search(r"^okrs\.yaml:\d+:\d+: O101 ", result.stdout, re.MULTILINE)
