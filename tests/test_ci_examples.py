"""The CI examples in examples/ and the GitHub Action (action.yml): schema-validated as their CI
system would (the schemas `check-jsonschema` ships, offline), pinned to a tag of this very
version, and run for real as far as this machine allows — the action's shell steps and the
GitLab job's script against examples/okrs.yaml, checking the output is what that system reads.
(Installing from the pinned tag needs the network and the tag; the pre-commit example is
installed and run for real from a local copy of this checkout in test_pre_commit_hook.py.)"""

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
from packaging.requirements import Requirement

from conftest import SARIF_SCHEMA, require_shared
from krlint import __version__

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ACTION = ROOT / "action.yml"
TAG = f"v{__version__}"
WORKFLOW_COMMAND = re.compile(
    r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+"
    r"(,endLine=\d+(,endColumn=\d+)?)?,title=[^:]+::.+$"
)
EXPRESSION = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")


def load(path: Path) -> dict:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert isinstance(data, dict)
    return data


def krlint_commands(scripts: list[str]) -> list[list[str]]:
    return [shlex.split(s) for s in scripts if s.strip().startswith("krlint ")]


@pytest.fixture
def workspace(tmp_path) -> Path:
    """A checkout as CI sees it: the OKR file at the root."""
    shutil.copy(EXAMPLES / "okrs.yaml", tmp_path / "okrs.yaml")
    (tmp_path / ".git").mkdir()
    return tmp_path


def environment(**env: str) -> dict[str, str]:
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in {"GITHUB_ACTIONS", "FORCE_COLOR", "GITHUB_WORKSPACE", "CI_PROJECT_DIR"}
    }
    # `krlint` as CI finds it once installed: this interpreter's
    environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), environ["PATH"]])
    environ.update(NO_COLOR="1", **env)
    return environ


def run(argv: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    assert argv[0] == "krlint"
    return subprocess.run(
        [sys.executable, "-m", "krlint", *argv[1:]],
        cwd=cwd,
        env=environment(**env),
        capture_output=True,
        text=True,
        timeout=300,
    )


def option(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


# -- schemas -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("schema", "path"),
    [
        ("vendor.github-actions", ACTION),
        ("vendor.github-workflows", EXAMPLES / "ci" / "github-actions.yml"),
        ("vendor.gitlab-ci", EXAMPLES / "ci" / "gitlab-ci.yml"),
    ],
)
def test_ci_files_are_valid_against_their_schemas(schema: str, path: Path) -> None:
    checked = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_every_example_pins_this_version() -> None:
    """`rev:`, `uses: …@` and the archive URL name the tag of this version (the tag is made
    when the version is released), never a package index krlint is not published on."""
    texts = {
        p: p.read_text(encoding="utf-8")
        for p in [*EXAMPLES.rglob("*.yml"), *EXAMPLES.rglob("*.yaml"), ROOT / "README.md", ACTION]
    }
    pins = [
        (p.name, m.group(1))
        for p, text in texts.items()
        for m in re.finditer(r"(?:rev: |krlint/krlint@|KRLINT_VERSION: |/tags/)(v[\w.]+)", text)
    ]
    assert pins and all(tag == TAG for _, tag in pins), pins
    unpinned = [
        (p.name, line)
        for p, text in texts.items()
        for line in text.splitlines()
        if re.search(r"pip install\s+(-\S+\s+)*krlint\b(?!\s*@)", line)
    ]
    assert unpinned == []


# -- the GitHub Action ------------------------------------------------------------------------
def evaluate(expression: str, inputs: dict[str, str], context: dict[str, str]) -> str:
    """The few expressions action.yml uses: `inputs.X`, `github.X`, `always()` and
    `inputs.X == 'v'` joined by `&&`."""

    def value(term: str) -> str | bool:
        term = term.strip()
        if term == "always()":
            return True
        if "==" in term:
            left, right = (t.strip() for t in term.split("=="))
            return value(left) == right.strip("'")
        scope, _, name = term.partition(".")
        return {"inputs": inputs, "github": context}[scope][name]

    parts = [value(t) for t in expression.split("&&")]
    if len(parts) == 1 and isinstance(parts[0], str):
        return parts[0]
    return "true" if all(parts) else "false"


def substitute(text: str, inputs: dict[str, str], context: dict[str, str]) -> str:
    return EXPRESSION.sub(lambda m: evaluate(m.group(1), inputs, context), text)


def run_action(with_: dict[str, str], workspace: Path) -> list[tuple[dict, object]]:
    """The action's steps in order, as the runner would run them: its shell steps for real
    (but the install, which needs the pinned tag), the `uses:` steps returned with their
    inputs resolved."""
    action = load(ACTION)
    inputs = {
        name: with_.get(name, spec.get("default", "")) for name, spec in action["inputs"].items()
    }
    assert set(with_) <= set(inputs), "the workflow passes an input the action does not have"
    context = {"action_path": str(ROOT), "workspace": str(workspace)}
    results: list[tuple[dict, object]] = []
    failed = False
    for step in action["runs"]["steps"]:
        condition = step.get("if")
        if condition is None and failed:
            continue
        if (
            condition is not None
            and evaluate(EXPRESSION.sub(lambda m: m.group(1), condition), inputs, context) != "true"
        ):
            continue
        if "uses" in step:
            results.append(
                (step, {k: substitute(v, inputs, context) for k, v in step.get("with", {}).items()})
            )
            continue
        env = {k: substitute(v, inputs, context) for k, v in step.get("env", {}).items()}
        if "pip install" in step["run"]:
            assert '"$KRLINT_SOURCE"' in step["run"]
            assert env["KRLINT_SOURCE"] == str(ROOT) and (ROOT / "pyproject.toml").is_file()
            results.append((step, "not run: installs krlint from the action's checkout"))
            continue
        done = subprocess.run(
            ["bash", "-e", "-c", substitute(step["run"], inputs, context)],
            cwd=workspace,
            capture_output=True,
            text=True,
            timeout=300,
            env=environment(GITHUB_ACTIONS="true", GITHUB_WORKSPACE=str(workspace), **env),
        )
        failed = failed or done.returncode != 0
        results.append((step, done))
    return results


@pytest.mark.slow  # runs the action's steps as processes
def test_github_workflow_runs_the_action_annotates_and_uploads_valid_sarif(workspace):
    workflow = load(EXAMPLES / "ci" / "github-actions.yml")
    (job,) = workflow["jobs"].values()
    assert job["permissions"]["security-events"] == "write"
    (step,) = [s for s in job["steps"] if s.get("uses", "").startswith("krlint/krlint@")]
    assert step["uses"] == f"krlint/krlint@{TAG}"

    results = run_action(step["with"], workspace)
    lint = next(done for s, done in results if s.get("name") == "Lint OKRs")
    assert isinstance(lint, subprocess.CompletedProcess)
    assert lint.returncode == 1  # examples/okrs.yaml has an output-only objective
    commands = [line for line in lint.stdout.splitlines() if line.startswith("::")]
    assert commands and all(WORKFLOW_COMMAND.match(line) for line in commands), commands
    assert any(line.startswith("::error file=okrs.yaml,") and "O101" in line for line in commands)

    sarif = next(done for s, done in results if s.get("name") == "Write SARIF")
    assert isinstance(sarif, subprocess.CompletedProcess) and sarif.returncode == 0, sarif.stderr
    upload = next(
        w
        for s, w in results
        if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif@")
    )
    assert isinstance(upload, dict)
    doc = json.loads((workspace / upload["sarif_file"]).read_text(encoding="utf-8"))
    assert doc["version"] == "2.1.0" and doc["runs"][0]["results"]
    assert doc["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == workspace.as_uri() + "/"
    import jsonschema  # last: everything above is checked also where the schema is missing

    schema = json.loads(
        require_shared(SARIF_SCHEMA, "the SARIF 2.1.0 schema").read_text(encoding="utf-8")
    )
    jsonschema.validators.validator_for(schema)(schema).validate(doc)


def test_action_without_sarif_skips_the_upload_and_passes_args(workspace):
    results = run_action({"paths": "okrs.yaml", "args": "--exit-zero --select O101"}, workspace)
    assert not any("SARIF" in str(s.get("name", "")) for s, _ in results)
    (lint,) = [done for s, done in results if s.get("name") == "Lint OKRs"]
    assert isinstance(lint, subprocess.CompletedProcess) and lint.returncode == 0
    assert [
        line.split("title=")[1][:4] for line in lint.stdout.splitlines() if line.startswith("::")
    ] == ["O101"]


# -- GitLab CI ---------------------------------------------------------------------------------
@pytest.mark.slow  # runs the job's script as processes
def test_gitlab_job_writes_its_reports_and_fails_on_errors(workspace):
    (job,) = load(EXAMPLES / "ci" / "gitlab-ci.yml").values()
    install = next(s for s in job["script"] if s.startswith("pip install"))
    requirement = Requirement(
        shlex.split(install.replace("${KRLINT_VERSION}", job["variables"]["KRLINT_VERSION"]))[-1]
    )
    assert requirement.name == "krlint" and requirement.url == (
        f"https://github.com/krlint/krlint/archive/refs/tags/{TAG}.tar.gz"
    )
    quality, junit, log = krlint_commands(job["script"])
    reports = job["artifacts"]["reports"]
    assert job["artifacts"]["when"] == "always"
    assert option(quality, "--output-file") == reports["codequality"]
    assert option(junit, "--output-file") == reports["junit"]

    sub = workspace / "planning"  # a job that runs elsewhere still names files by the repo
    sub.mkdir()
    shutil.move(workspace / "okrs.yaml", sub / "okrs.yaml")
    for command in (quality, junit):
        assert run(command, sub, CI_PROJECT_DIR=str(workspace)).returncode == 0
    issues = json.loads((sub / reports["codequality"]).read_text(encoding="utf-8"))
    assert issues and all(
        {"description", "check_name", "fingerprint", "severity", "location"} <= set(i)
        and i["location"]["path"] == "planning/okrs.yaml"
        and i["location"]["lines"]["begin"] >= 1
        and i["severity"] in {"info", "minor", "major", "critical", "blocker"}
        for i in issues
    )
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    import xml.etree.ElementTree as ET

    from test_junit_schema import violations

    tree = ET.parse(sub / reports["junit"]).getroot()
    assert violations(tree) == [] and tree.get("failures") == "1"

    failing = run(log, sub, CI_PROJECT_DIR=str(workspace))
    assert failing.returncode == 1
    assert re.search(r"^okrs\.yaml:\d+:\d+: O101 ", failing.stdout, re.MULTILINE)


# -- pre-commit --------------------------------------------------------------------------------
def test_pre_commit_config_is_valid_and_its_hook_command_runs(workspace):
    config_path = EXAMPLES / "pre-commit-config.yaml"
    validated = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(config_path)],
        capture_output=True,
        text=True,
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr

    (repo,) = load(config_path)["repos"]
    assert repo["rev"] == TAG
    (hook,) = repo["hooks"]
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (definition,) = [h for h in manifest if h["id"] == hook["id"]]
    assert re.search(hook.get("files", definition["files"]), "okrs.yaml")

    # what pre-commit executes: entry + args + the matching file names
    argv = [*shlex.split(definition["entry"]), *hook.get("args", []), "okrs.yaml"]
    result = run(argv, workspace)
    assert result.returncode == 1
    assert re.search(r"^okrs\.yaml:\d+:\d+: O101 ", result.stdout, re.MULTILINE)


# -- the README's integration snippets are the examples' ---------------------------------------
def _readme_block(title: str) -> str:
    from test_readme import README

    match = re.search(
        rf"^### {re.escape(title)}\n.*?```yaml\n(.*?)^```", README, re.MULTILINE | re.DOTALL
    )
    assert match, title
    return match.group(1)


def test_readme_pre_commit_snippet_validates_and_matches_the_example(tmp_path):
    config = tmp_path / ".pre-commit-config.yaml"
    config.write_text(_readme_block("pre-commit"), encoding="utf-8")
    validated = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(config)],
        capture_output=True,
        text=True,
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert yaml.safe_load(config.read_text()) == yaml.safe_load(
        (EXAMPLES / "pre-commit-config.yaml").read_text(encoding="utf-8")
    )


def test_readme_github_snippet_uses_the_action_with_its_inputs():
    steps = yaml.safe_load(_readme_block("GitHub Actions"))["steps"]
    (step,) = [s for s in steps if "uses" in s and s["uses"].startswith("krlint/krlint@")]
    assert step["uses"] == f"krlint/krlint@{TAG}"
    assert set(step["with"]) <= set(load(ACTION)["inputs"])


def test_readme_gitlab_snippet_is_valid_and_is_the_example_job(tmp_path):
    snippet = tmp_path / "gitlab-ci.yml"
    snippet.write_text(_readme_block("GitLab CI"), encoding="utf-8")
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.gitlab-ci",
            str(snippet),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    (readme_job,) = load(snippet).values()
    (example_job,) = load(EXAMPLES / "ci" / "gitlab-ci.yml").values()
    for key in ("image", "variables", "script", "artifacts"):
        assert readme_job[key] == example_job[key], key
