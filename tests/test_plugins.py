"""Python plugins through the `krlint.rules` entry point, and a rule that raises (X001).

The plugin is a real distribution as far as `importlib.metadata` is concerned: a module and a
`.dist-info` folder with `entry_points.txt`, put on `sys.path` for the test only.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from krlint.engine import Linter, RunOptions

PLUGIN = '''
from krlint.diagnostics import Problem
from krlint.rule_api import ParamError, text_span


def no_todo(ctx):
    for objective, kr in ctx.key_results():
        at = kr.text.find("TODO")
        if at >= 0:
            yield Problem(text_span(kr, at, at + 4), "a key result still says TODO",
                          objective=objective, key_result=kr)


def crash(ctx):
    for objective in ctx.file.objectives:
        raise KeyError("owner")
    return []


def min_words(spec):
    """A rule kind: key results of fewer than `min` words."""
    low = spec.params.get("min")
    if not isinstance(low, int):
        raise ParamError("params.min", "must be a whole number")

    def check(ctx):
        for objective, kr in ctx.key_results():
            if len(kr.text.split()) < low:
                yield Problem(kr.span, f"fewer than {low} words", objective=objective,
                              key_result=kr)
    return check


def register(host):
    host.add_kind("acme-min-words", min_words)
    host.add_rule({"code": "A001", "name": "acme-no-todo", "severity": "warning",
                   "summary": "No TODO left in a key result."}, no_todo)
    host.add_rule({"code": "A002", "name": "acme-short", "severity": "info",
                   "summary": "Key results say enough.", "kind": "acme-min-words",
                   "params": {"min": 3}})
    if CRASH:
        host.add_rule({"code": "A003", "name": "acme-crash", "severity": "error",
                       "summary": "Always fails."}, crash)
'''


def install_plugin(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    crash: bool = False,
    body: str | None = None,
    name: str = "acme_krlint",
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    source = body if body is not None else PLUGIN.replace("CRASH", str(crash))
    (site / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = site / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        f"[krlint.rules]\nacme = {name}:register\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delitem(sys.modules, name, raising=False)  # a fresh import for each test


def lint(tmp_path: Path, text: str, *codes: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "okrs.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return Linter(RunOptions(select=codes or None)).lint_paths([str(path)])


OKRS = """\
    objectives:
      - objective: Grow revenue
        key_results:
          - Reach $2M ARR from $1.4M (TODO check)
          - Cut churn
"""


def test_entry_point_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from krlint import plugins

    install_plugin(tmp_path, monkeypatch)
    assert [ep.name for ep in plugins.entry_points()] == ["acme"]


def test_plugin_rule_and_plugin_kind_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugin(tmp_path, monkeypatch)
    report = lint(tmp_path, OKRS, "A001", "A002")
    assert not report.errors
    assert [(d.code, d.name, d.line, d.column) for d in report.diagnostics] == [
        ("A001", "acme-no-todo", 4, 35),
        ("A002", "acme-short", 5, 9),
    ]
    assert report.exit_code == 0  # warning and info, below fail-on


def test_rule_pack_can_use_a_plugin_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugin(tmp_path, monkeypatch)
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "H001.yaml").write_text(
        "code: H001\nname: wordy\nseverity: warning\nkind: acme-min-words\n"
        "summary: Say more.\nparams: {min: 6}\n",
        encoding="utf-8",
    )
    (tmp_path / ".krlint.yaml").write_text("rule-dirs: [house]\n", encoding="utf-8")
    report = lint(tmp_path, OKRS, "H001")
    assert [(d.code, d.line, d.column) for d in report.diagnostics] == [("H001", 5, 9)]


def test_plugin_kind_param_error_names_rule_and_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_plugin(tmp_path, monkeypatch)
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "H001.yaml").write_text(
        "code: H001\nname: wordy\nseverity: warning\nkind: acme-min-words\n"
        "summary: Say more.\nparams: {min: many}\n",
        encoding="utf-8",
    )
    (tmp_path / ".krlint.yaml").write_text("rule-dirs: [house]\n", encoding="utf-8")
    report = lint(tmp_path, OKRS)
    assert report.exit_code == 2
    assert report.errors == [
        f"{tmp_path / 'house' / 'H001.yaml'}: rule H001: field 'params.min': must be a whole number"
    ]


def test_crashing_rule_is_isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugin(tmp_path, monkeypatch, crash=True)
    report = lint(tmp_path, OKRS, "A001", "A003", "K204")
    found = [(d.code, d.line, d.column) for d in report.diagnostics]
    assert ("A001", 4, 35) in found  # the plugin's other rule still reports
    assert ("K204", 5, 9) in found  # and so do the built-in ones
    [crash] = [d for d in report.diagnostics if d.code == "X001"]
    assert crash.name == "internal-error"
    assert "rule A003 (acme-crash) failed: KeyError: 'owner'" in crash.message
    assert report.exit_code == 2


def test_crashing_builtin_rule_is_isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from krlint.checks import o106_metric_in_objective as o106

    def boom(ctx):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(o106, "check", boom)
    report = lint(tmp_path, OKRS, "O106", "K204")
    codes = [d.code for d in report.diagnostics]
    assert codes.count("X001") == 1 and "K204" in codes
    assert (
        "O106 (metric-in-objective) failed: ZeroDivisionError"
        in report.diagnostics[codes.index("X001")].message
    )
    assert report.exit_code == 2


def test_crash_cannot_be_suppressed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugin(tmp_path, monkeypatch, crash=True)
    report = lint(tmp_path, "# krlint: disable-file\n" + textwrap.dedent(OKRS), "A003")
    assert [d.code for d in report.diagnostics] == ["X001"]


def test_crash_from_cli_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from krlint.cli import app

    install_plugin(tmp_path, monkeypatch, crash=True)
    (tmp_path / "okrs.yaml").write_text(textwrap.dedent(OKRS), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["check", str(tmp_path / "okrs.yaml"), "-o", "concise", "--select", "A001,A003"]
    )
    assert result.exit_code == 2
    assert "X001" in result.output and "A001" in result.output


def test_broken_plugin_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugin(
        tmp_path, monkeypatch, body="import does_not_exist_anywhere\n", name="broken_krlint"
    )
    report = lint(tmp_path, OKRS)
    assert report.exit_code == 2
    assert len(report.errors) == 1
    assert report.errors[0].startswith(
        "plugin acme (broken_krlint:register): failed to load: ModuleNotFoundError"
    )


def test_plugin_rule_clashing_with_builtin_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = (
        "def register(host):\n    host.add_rule({'code': 'K201', 'name': 'mine', "
        "'severity': 'info', 'summary': 'x'}, lambda ctx: [])\n"
    )
    install_plugin(tmp_path, monkeypatch, body=body, name="clash_krlint")
    report = lint(tmp_path, OKRS)
    assert report.exit_code == 2
    assert "rule K201: field 'code': already defined in" in report.errors[0]


def test_python_files_in_the_linted_repository_are_never_imported(tmp_path: Path) -> None:
    canary = tmp_path / "imported"
    trap = f"open({str(canary)!r}, 'w').write('yes')\ndef register(host):\n    pass\n"
    (tmp_path / "house").mkdir()
    for name in ("house/H001.py", "krlint_plugin.py", "conftest.py", "house/__init__.py"):
        (tmp_path / name).write_text(trap, encoding="utf-8")
    (tmp_path / "house" / "H001.yaml").write_text(
        "code: H001\nname: x\nseverity: info\nkind: count\nsummary: s\n"
        "params: {of: objectives, max: 9}\n",
        encoding="utf-8",
    )
    (tmp_path / ".krlint.yaml").write_text("rule-dirs: [house]\n", encoding="utf-8")
    report = lint(tmp_path, OKRS)
    assert not report.errors
    assert not canary.exists()


def test_plugin_rules_are_listed_and_documented(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from krlint.cli import app

    install_plugin(tmp_path, monkeypatch)
    checkout = tmp_path / "checkout"  # the plugin is installed outside the repository linted
    checkout.mkdir()
    monkeypatch.chdir(checkout)
    listing = CliRunner().invoke(app, ["rules"], env={"COLUMNS": "200"})
    assert listing.exit_code == 0
    assert "acme-no-todo" in listing.output and "acme-short" in listing.output
    shown = CliRunner().invoke(app, ["rule", "acme-no-todo"])
    assert shown.exit_code == 0 and "No TODO left in a key result." in shown.output


def test_example_plugin_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """examples/plugin, laid out as pip installs it: the module beside its dist-info."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    example = Path(__file__).resolve().parents[1] / "examples" / "plugin"
    project = tomllib.loads((example / "pyproject.toml").read_text(encoding="utf-8"))
    [(name, target)] = project["project"]["entry-points"]["krlint.rules"].items()
    install_plugin(
        tmp_path, monkeypatch, body=(example / "acme_krlint.py").read_text(encoding="utf-8")
    )
    assert target == "acme_krlint:register" and name == "acme"
    report = lint(tmp_path, OKRS, "A001", "A002")
    assert not report.errors
    assert [(d.code, d.line, d.column) for d in report.diagnostics] == [
        ("A001", 4, 35),
        ("A002", 5, 9),
    ]


def test_the_quick_look_for_plugins_sees_what_importlib_metadata_sees(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`entry_points()` skips importlib.metadata (~15 ms a run) when no installed distribution
    declares the group; whatever it cannot see through, it leaves to importlib.metadata."""
    from importlib import metadata

    from krlint import plugins

    assert plugins._maybe_declared() == bool(metadata.entry_points(group=plugins.GROUP))
    other = tmp_path / "other"
    other.mkdir()
    info = other / "tool-1.0.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text(
        "[console_scripts]\ntool = tool:main\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(other))
    assert plugins._maybe_declared() is False  # other groups are not plugins
    install_plugin(tmp_path, monkeypatch)
    assert plugins._maybe_declared() is True
    monkeypatch.undo()
    archive = tmp_path / "bundle.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip on sys.path
    monkeypatch.syspath_prepend(str(archive))
    assert plugins._maybe_declared() is True  # a zip: importlib.metadata looks inside


def test_another_finder_of_distributions_means_the_full_scan(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from krlint import plugins

    class Finder:
        @staticmethod
        def find_spec(*args: object) -> None:
            return None

        @staticmethod
        def find_distributions(*args: object) -> list[object]:
            return []

    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder()])
    assert plugins._maybe_declared() is True
