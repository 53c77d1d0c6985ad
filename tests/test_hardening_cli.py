"""Hardening of the whole command: paths, standard input, internal errors, safety.

Most cases run the Typer app in process (fast); the ones about the process itself — a closed
standard input, the one-line error without a traceback — run `python -m krlint` for real.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bad_inputs import GOOD, ONE_KR, run
from krlint import engine, sources

PYTHON = [sys.executable, "-m", "krlint"]


def shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def one_error_line(stderr: str, *expected: str) -> None:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("krlint: "), stderr
    for part in expected:
        assert part in lines[0], stderr


# -- paths ---------------------------------------------------------------------------------
def test_missing_path_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run(["check", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    one_error_line(result.stderr, "nope.yaml", "no such file or directory")


def test_directory_without_okr_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    result = run(["check", str(tmp_path)])
    assert result.exit_code == 2
    one_error_line(result.stderr, str(tmp_path), "no OKR files")


def test_symlink_loop_to_itself(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    result = run(["check", "-o", "concise", str(loop)])
    assert result.exit_code == 2
    one_error_line(result.stderr, "loop.yaml", "symbolic link loop")


def test_directory_symlink_loop_lists_each_file_once(tmp_path: Path) -> None:
    (tmp_path / "okrs").mkdir()
    (tmp_path / "okrs" / "team.yaml").write_bytes(ONE_KR)
    (tmp_path / "okrs" / "again").symlink_to(tmp_path / "okrs")
    result = run(["check", "--select", "O104", "-o", "concise", str(tmp_path / "okrs")])
    assert result.stdout.count("O104") == 1, result.stdout
    assert result.exit_code == 0  # O104 is info


def test_unreadable_file_is_named_and_others_still_linted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """chmod 000 does not stop root, so the denial is simulated where it happens: the one
    bounded read every file goes through (sources.read_bounded)."""
    locked, fine = tmp_path / "locked.yaml", tmp_path / "fine.yaml"
    locked.write_bytes(GOOD)
    fine.write_bytes(ONE_KR)
    real_read = sources.read_bounded

    def guarded(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(sources, "read_bounded", guarded)
    result = run(["check", "--select", "O104", "-o", "concise", str(locked), str(fine)])
    assert result.exit_code == 2
    one_error_line(result.stderr, "locked.yaml", "permission denied")
    assert f"{fine}:2:16: O104" in result.stdout


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode"
)
def test_unreadable_file_for_real(tmp_path: Path) -> None:
    locked = tmp_path / "locked.yaml"
    locked.write_bytes(GOOD)
    locked.chmod(0)
    try:
        result = run(["check", str(locked)])
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 2
    one_error_line(result.stderr, "locked.yaml", "permission denied")


# -- standard input --------------------------------------------------------------------------
def test_empty_stdin_is_a_finding_not_a_crash() -> None:
    result = run(["check", "-o", "concise", "-"], stdin=b"")
    assert result.stdout.startswith("<stdin>:1:1: F002"), result.stdout
    assert result.exit_code == 1


def test_stdin_positions(tmp_path: Path) -> None:
    result = run(
        ["check", "--select", "F", "-o", "concise", "-"],
        stdin=b"objectives:\n  - objective: Grow\n    key_results: [42]\n",
    )
    assert result.stdout.startswith("<stdin>:3:19: F002"), result.stdout


def test_closed_stdin_for_real(tmp_path: Path) -> None:
    done = shell(f"{' '.join(PYTHON)} check -o concise - <&-", tmp_path)
    assert "Traceback" not in done.stderr
    assert done.stdout.startswith("<stdin>:1:1: F002"), done.stdout + done.stderr
    assert done.returncode == 1


def test_real_process_missing_path_and_bad_file_together(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_bytes(b"objectives:\n\t- x\n")
    done = shell(f"{' '.join(PYTHON)} check -o concise bad.yaml nope.yaml", tmp_path)
    assert done.returncode == 2
    one_error_line(done.stderr, "nope.yaml")
    # the error about one path does not hide what was found in the other
    assert done.stdout.startswith("bad.yaml:2:1: F001 [yaml-syntax]"), done.stdout


# -- internal errors: named, exit 2, the other files' findings still printed ------------------
def test_reader_crash_is_x001_for_that_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad, fine = tmp_path / "bad.yaml", tmp_path / "fine.yaml"
    bad.write_bytes(GOOD)
    fine.write_bytes(ONE_KR)
    real = engine.read_text

    def flaky(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if path == str(bad):
            raise RuntimeError("reader exploded")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(engine, "read_text", flaky)
    result = run(["check", "--select", "O104", "-o", "concise", str(bad), str(fine)])
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{bad}:1:1: X001 [internal-error] internal error while reading")
    assert "RuntimeError: reader exploded" in lines[0]
    assert lines[1].startswith(f"{fine}:2:16: O104")


def test_analyser_crash_on_one_file_spares_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from krlint.nlp import Analyzer

    bad, fine = tmp_path / "bad.yaml", tmp_path / "fine.yaml"
    bad.write_bytes(b"objectives:\n  - objective: Grow\n    key_results: [POISON]\n")
    fine.write_bytes(ONE_KR)
    real = Analyzer.read

    def poisoned(self, texts, objectives=None):  # type: ignore[no-untyped-def]
        if "POISON" in texts:
            raise ValueError("cannot judge this")
        return real(self, texts, objectives)

    monkeypatch.setattr(Analyzer, "read", poisoned)
    result = run(["check", "--select", "O104", "-o", "concise", str(bad), str(fine)])
    assert result.exit_code == 2
    assert f"{bad}:1:1: X001 [internal-error] internal error while classifying" in result.stdout
    assert f"{fine}:2:16: O104" in result.stdout


def test_rule_crash_keeps_other_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from krlint import checks

    path = tmp_path / "okrs.yaml"
    path.write_bytes(ONE_KR)
    real = checks.load

    def broken(spec):  # type: ignore[no-untyped-def]
        module = real(spec)
        if spec.code != "O106":
            return module

        class Broken:
            @staticmethod
            def check(ctx):  # type: ignore[no-untyped-def]
                raise KeyError("boom")

        return Broken

    monkeypatch.setattr(checks, "load", broken)
    result = run(["check", "--select", "O106,O104", "-o", "concise", str(path)])
    assert result.exit_code == 2
    assert "X001 [internal-error] rule O106 (metric-in-objective) failed" in result.stdout
    assert f"{path}:2:16: O104" in result.stdout


def test_reporter_crash_falls_back_to_concise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from krlint.reporters import text

    path = tmp_path / "okrs.yaml"
    path.write_bytes(ONE_KR)

    def broken(self, file, out):  # type: ignore[no-untyped-def]
        out.write("half a report")
        raise UnicodeEncodeError("utf-8", "x", 0, 1, "nope")

    monkeypatch.setattr(text.Writer, "file", broken)
    result = run(["check", "--select", "O104", str(path)])
    assert result.exit_code == 2
    one_error_line(result.stderr, "internal error", "text reporter failed")
    assert "half a report" not in result.stdout
    assert f"{path}:2:16: O104" in result.stdout


# -- configuration of the limits -----------------------------------------------------------
@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("limits: {max-dept: 5}\n", "unknown key 'limits.max-dept'"),
        ("limits: {max-depth: 0}\n", "'limits.max-depth' must be a whole number ≥ 1"),
        ("limits: {max-depth: 100000}\n", "'limits.max-depth' can be at most 250"),
        ("limits: {max-nodes: yes}\n", "'limits.max-nodes' must be a whole number"),
        ("limits: 5\n", "'limits' must be a mapping"),
    ],
)
def test_limits_are_validated(tmp_path: Path, config: str, expected: str) -> None:
    (tmp_path / ".krlint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "okrs.yaml").write_bytes(GOOD)
    result = run(["check", str(tmp_path / "okrs.yaml")])
    assert result.exit_code == 2
    one_error_line(result.stderr, ".krlint.yaml", expected)


def test_limits_in_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.krlint.limits]\nmax-key-result-length = 10\n", encoding="utf-8"
    )
    (tmp_path / "okrs.yaml").write_bytes(ONE_KR)
    result = run(["check", "--select", "F", "-o", "concise", str(tmp_path / "okrs.yaml")])
    assert "okrs.yaml:3:19: F005 [resource-limit] the key result is 13 characters" in result.stdout


# -- safety: unsafe tags are never constructed ---------------------------------------------
def test_unsafe_tags_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = f"!!python/object/apply:os.system ['touch {marker}']"
    text = (
        f"--- {payload}\n"
        f"---\nobjectives:\n  - objective: {payload}\n"
        f"  - objective: Grow revenue\n    owner: {payload}\n    {payload}: x\n"
        f"    key_results:\n      - {payload}\n      - kr: {payload}\n"
        f"        notes: [{payload}]\n"
    )
    (tmp_path / "okrs.yaml").write_text(text, encoding="utf-8")
    result = run(["check", "--select", "F", "-o", "concise", str(tmp_path / "okrs.yaml")])
    assert not marker.exists()
    assert result.stdout.count("unsafe tag !!python/object/apply:os.system") >= 4
    assert result.exit_code == 1


def _offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    safe = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}
    safe_names = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "yaml"
        for alias in node.names
        if alias.name in safe
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func, where = node.func, f"{path.name}:{node.lineno}"
        if isinstance(func, ast.Name) and func.id in {"eval", "exec", "compile", "__import__"}:
            found.append(f"{where}: {func.id}()")
        if not isinstance(func, ast.Attribute):
            continue
        if func.attr in {
            "full_load",
            "full_load_all",
            "unsafe_load",
            "unsafe_load_all",
            "add_constructor",
            "add_multi_constructor",
            "loads",
        } and ast.unparse(func.value) in {"yaml", "pickle", "marshal"}:
            found.append(f"{where}: {ast.unparse(func)}")
        if func.attr in {"load", "load_all"} and ast.unparse(func.value) == "yaml":
            loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
            text = ast.unparse(loader) if loader is not None else ""
            if text not in safe_names and text.removeprefix("yaml.") not in safe:
                found.append(f"{where}: yaml.{func.attr} with Loader={text or 'default'}")
        if func.attr == "import_module":
            arg = node.args[0] if node.args else None
            fixed = isinstance(arg, ast.Subscript) or (
                isinstance(arg, ast.JoinedStr)
                and isinstance(arg.values[0], ast.Constant)
                and str(arg.values[0].value).startswith("krlint.")
            )
            if not fixed and not (
                isinstance(arg, ast.Call) and ast.unparse(arg.func) == "module_name"
            ):
                found.append(f"{where}: import_module({ast.unparse(arg) if arg else ''})")
    return found


def test_no_unsafe_yaml_or_eval_in_the_code() -> None:
    """Only safe loaders or compose, no eval/exec, imports only of krlint's own modules."""
    root = Path(__file__).resolve().parents[1] / "src" / "krlint"
    offences = [o for path in sorted(root.rglob("*.py")) for o in _offences(path)]
    assert offences == []


def test_the_safety_scan_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import yaml, importlib\nyaml.load(s, Loader=yaml.Loader)\neval(s)\n"
        "yaml.unsafe_load(s)\nimportlib.import_module(name)\n",
        encoding="utf-8",
    )
    assert len(_offences(bad)) == 4


def test_per_item_disable_still_works_with_the_index(lint) -> None:  # type: ignore[no-untyped-def]
    source = """
        objectives:
          - objective: Grow revenue
            krlint: {disable: [too-few-key-results]}
            key_results: [Reach $2M ARR from $1.4M]
          - objective: Keep revenue
            key_results: [Reach $3M ARR from $2M]
    """
    assert lint(source, "O104") == [("O104", 6, 16)]


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("select: " + "[" * 500 + "]" * 500 + "\n", ".krlint.yaml:1:108: nesting deeper than 100"),
        ("a: &a [x, x]\nb: &b [*a, *a]\nselect: [*b, *b]\n", "unknown key 'a'"),
        ("ignore: [K201\n", ".krlint.yaml:2:1: invalid YAML"),
    ],
)
def test_hostile_config_is_one_line(tmp_path: Path, config: str, expected: str | None) -> None:
    (tmp_path / ".krlint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "okrs.yaml").write_bytes(GOOD)
    result = run(["check", str(tmp_path / "okrs.yaml")])
    assert result.exit_code == 2
    one_error_line(result.stderr, ".krlint.yaml", expected or "'select' must be a list of strings")


def test_markdown_front_matter_bomb_is_refused(tmp_path: Path) -> None:
    from bad_inputs import _bomb

    bomb = _bomb(9).decode().split("objectives:")[0]
    path = tmp_path / "okrs.md"
    path.write_text(
        f"---\n{bomb}---\n# Objective: Grow revenue\n\n- Reach $2M ARR from $1.4M\n",
        encoding="utf-8",
    )
    result = run(["check", "--select", "F", "-o", "concise", str(path)])
    assert f"{path}:8:10: F005 [resource-limit]" in result.stdout, result.stdout
    assert result.exit_code == 1


def test_real_process_on_hostile_files(tmp_path: Path) -> None:
    """One real `python -m krlint` over the worst of the catalogue: findings, no traceback."""
    from bad_inputs import _bomb, _deep_block, _deep_flow

    (tmp_path / "bomb.yaml").write_bytes(_bomb(30))
    (tmp_path / "deep.yaml").write_bytes(_deep_flow())
    (tmp_path / "block.yaml").write_bytes(_deep_block())
    (tmp_path / "binary.yaml").write_bytes(bytes(range(256)))
    (tmp_path / "tags.yaml").write_bytes(b"objectives: !!python/object/apply:os.system [id]\n")
    done = shell(
        f"{' '.join(PYTHON)} check --select F -o concise "
        "bomb.yaml deep.yaml block.yaml binary.yaml tags.yaml",
        tmp_path,
    )
    assert done.stderr == ""
    assert done.returncode == 1
    assert [line.split(" [")[0] for line in done.stdout.splitlines()] == [
        "bomb.yaml:7:10: F005",
        "deep.yaml:1:101: F005",
        "block.yaml:1:201: F005",
        "binary.yaml:1:1: F001",
        "tags.yaml:1:13: F002",
    ]
