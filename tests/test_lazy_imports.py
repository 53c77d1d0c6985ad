"""Commands that judge no key result never import spaCy (~0.5–0.8 s and ~90 MB on its own), and
no command but `krlint server` imports the language-server stack (pygls, lsprotocol, cattrs).

Each command runs in a fresh interpreter, since this test process may have imported spaCy already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROBE = textwrap.dedent("""\
    import json, sys
    from krlint.entry import main
    sys.argv = ["krlint", *json.loads(sys.argv[1])]
    try:
        main()
    except SystemExit as done:
        code = done.code
    else:
        code = 0
    heavy = sorted({m.split(".")[0] for m in sys.modules}
                   & {"spacy", "thinc", "numpy", "pygls", "lsprotocol", "cattrs"})
    sys.stderr.write("\\nPROBE " + json.dumps({"code": code, "heavy": heavy}) + "\\n")
    """)


def probe(args: list[str], cwd: Path, cache_dir: Path | None = None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "KRLINT_NO_CACHE"}
    env["NO_COLOR"] = "1"
    if cache_dir is not None:
        env["KRLINT_CACHE_DIR"] = str(cache_dir)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("PROBE "))
    return json.loads(line.removeprefix("PROBE "))


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["--help"],
        ["check", "--help"],
        ["rules"],
        ["rule", "K201"],
        ["rule", "activity-verb"],
        ["clean"],
        ["server", "--help"],
    ],
)
def test_commands_that_judge_nothing_never_import_spacy(args, tmp_path):
    result = probe(args, tmp_path, tmp_path / "cache")
    assert result["code"] in (0, None), result
    assert result["heavy"] == [], f"krlint {' '.join(args)} imported {result['heavy']}"


@pytest.mark.slow  # fresh interpreters, a cold run first
def test_a_check_answered_from_the_cache_never_imports_spacy(tmp_path):
    okrs = tmp_path / "okrs.yaml"
    okrs.write_text(
        textwrap.dedent("""\
        objectives:
          - objective: Become the go-to voice on analytics
            key_results:
              - Publish 12 blog posts
              - Increase week-1 activation from 32% to 45%
        """),
        encoding="utf-8",
    )
    first = probe(["check", "okrs.yaml"], tmp_path, tmp_path / "cache")
    assert "spacy" in first["heavy"]  # the probe can see spaCy when it is used
    assert not {"pygls", "lsprotocol", "cattrs"} & set(first["heavy"])  # check never pays for it
    second = probe(["check", "okrs.yaml"], tmp_path, tmp_path / "cache")
    assert second["code"] == first["code"]
    assert second["heavy"] == []
    okrs.write_text(okrs.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    third = probe(["check", "okrs.yaml"], tmp_path, tmp_path / "cache")
    assert third["heavy"] == []  # a changed file whose key results are not: judged before
    okrs.write_text(
        okrs.read_text(encoding="utf-8").replace("12 blog", "13 blog"), encoding="utf-8"
    )
    fourth = probe(["check", "okrs.yaml"], tmp_path, tmp_path / "cache")
    assert "spacy" in fourth["heavy"]  # a new key result is judged


def test_the_server_imports_pygls_and_spacy_only_in_the_background(tmp_path):
    """`krlint server` with its input closed at once: it starts, imports pygls, and exits; spaCy
    is loaded only after `initialized`, on a thread of its own."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(["server"])],
        cwd=tmp_path,
        input="",
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("PROBE "))
    result = json.loads(line.removeprefix("PROBE "))
    assert {"pygls", "lsprotocol"} <= set(result["heavy"])
    assert "spacy" not in result["heavy"]
