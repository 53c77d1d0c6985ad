"""The rule catalogue and lexicons ship inside the wheel, and are found from a checkout too."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import krlint
from krlint.catalogue import data_dir

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    hatchling = pytest.importorskip("hatchling.builders.wheel")
    out = tmp_path_factory.mktemp("dist")
    [built] = list(
        hatchling.WheelBuilder(str(ROOT)).build(directory=str(out), versions=["standard"])
    )
    return Path(built)


@pytest.mark.slow  # builds the wheel
def test_wheel_holds_every_rule_and_lexicon(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "krlint/_rules/K201.yaml" in names
    for path in (p for p in (ROOT / "rules").rglob("*") if p.is_file()):  # lexicons, models
        assert f"krlint/_rules/{path.relative_to(ROOT / 'rules').as_posix()}" in names, path
    assert any(n.startswith("krlint/_rules/lexicons/") for n in names)
    assert "krlint/cli.py" in names and "krlint/__main__.py" in names
    for schema in (ROOT / "src" / "krlint" / "schemas").glob("*.json"):  # for editors
        assert f"krlint/schemas/{schema.name}" in names, schema
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "krlint = krlint.entry:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.mark.slow  # builds and unpacks the wheel
def test_installed_wheel_finds_its_own_catalogue(wheel: Path, tmp_path: Path) -> None:
    """Unpacked, the wheel's krlint must read `krlint/_rules`, not any checkout."""
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from krlint.catalogue import data_dir, builtin_rules; "
        "print(data_dir()); print(len(builtin_rules()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "site")],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    where, count = result.stdout.split()
    assert Path(where) == tmp_path / "site" / "krlint" / "_rules"
    assert int(count) == len(list((ROOT / "rules").glob("*.yaml")))


def test_checkout_finds_rules_beside_src() -> None:
    if Path(krlint.__file__).resolve().parents[1] != ROOT / "src":
        pytest.skip("krlint is not imported from this checkout (installed as a wheel)")
    assert data_dir() == ROOT / "rules"
