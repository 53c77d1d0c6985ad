"""krlint imports spaCy without spaCy's CLI (krlint.nlp.spacy_import), and nothing that uses spaCy
can tell: `spacy.cli`, `spacy.info()` and `import spacy.cli` work afterwards in the same process,
a spaCy that does not take the stand-in is imported plainly, and judgements are the same.

Each case runs in a fresh interpreter: this test process may have imported spaCy already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest


def run(
    code: str, env: dict[str, str] | None = None, path: list[str] | None = None
) -> dict[str, object]:
    environment = {**os.environ, **(env or {})}
    if path:
        environment["PYTHONPATH"] = os.pathsep.join(path)
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=180,
        env=environment,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_spacy_is_imported_without_its_cli_and_the_cli_still_works_afterwards() -> None:
    result = run("""
        import json, sys
        from krlint.nlp import spacy_import
        spacy = spacy_import.import_spacy()
        light = {"how": spacy_import.how,
                 "cli_loaded": "spacy.cli" in sys.modules,
                 "weasel": "weasel" in sys.modules, "requests": "requests" in sys.modules}
        from spacy.lang.en import English
        tokens = [t.text for t in English()("Cut churn from 4% to 2%")]
        info = spacy.info()                   # the real one, loaded now
        from spacy.cli.info import info as real
        attribute = spacy.cli                 # an attribute again, as before
        import spacy.cli                      # and importable
        from spacy.cli import download        # a command spaCy's CLI defines
        print(json.dumps({**light, "tokens": tokens,
                          "info": sorted(info)[:3] if isinstance(info, dict) else None,
                          "info_is_real": spacy.info is real,
                          "attribute": attribute.__name__, "same": attribute is spacy.cli,
                          "download": callable(download),
                          "standins_left": [m for m in ("spacy.cli", "spacy.cli.info")
                                            if "stand-in" in (sys.modules[m].__doc__ or "")]}))
        """)
    assert result["how"] == "without-cli"
    assert result["cli_loaded"] is False
    assert result["weasel"] is False and result["requests"] is False
    assert result["tokens"] == ["Cut", "churn", "from", "4", "%", "to", "2", "%"]
    assert result["info"] == ["location", "pipelines", "platform"]
    assert result["info_is_real"] is True
    assert result["attribute"] == "spacy.cli" and result["same"] is True
    assert result["download"] is True
    assert result["standins_left"] == []


def test_spacy_cli_attribute_is_there_without_an_import() -> None:
    result = run("""
        import json
        from krlint.nlp.spacy_import import import_spacy
        spacy = import_spacy()
        print(json.dumps({"cli": hasattr(spacy, "cli"), "missing": hasattr(spacy, "nope")}))
        """)
    assert result == {"cli": True, "missing": False}


def test_the_analyser_imports_spacy_the_light_way_first() -> None:
    result = run("""
        import json
        from krlint.nlp import Analyzer, spacy_import
        Analyzer().classify(["Publish 12 blog posts"])
        print(json.dumps({"how": spacy_import.how}))
        """)
    assert result["how"] == "without-cli"


def test_plain_import_when_asked() -> None:
    result = run(
        """
        import json, sys
        from krlint.nlp import spacy_import
        spacy_import.import_spacy()
        print(json.dumps({"how": spacy_import.how, "cli": "spacy.cli" in sys.modules}))
        """,
        env={"KRLINT_SPACY_PLAIN_IMPORT": "1"},
    )
    assert result == {"how": "plain", "cli": True}


def test_someone_elses_import_first_is_left_alone() -> None:
    result = run("""
        import json, sys
        import spacy
        from krlint.nlp import spacy_import
        again = spacy_import.import_spacy()
        print(json.dumps({"how": spacy_import.how, "same": again is spacy}))
        """)
    assert result == {"how": "already", "same": True}


FAKE_INIT = """\
from .cli.info import info
from . import tokens
if info() != {"fake": True}:  # a spaCy that uses its CLI while it is being imported
    raise ImportError("unexpected info")
"""


def test_a_spacy_that_refuses_the_stand_in_is_imported_plainly(tmp_path: Path) -> None:
    """The fallback: the stand-ins are removed and the plain import runs, reusing what the
    first attempt loaded (here `spacy.tokens`)."""
    package = tmp_path / "spacy"
    (package / "cli").mkdir(parents=True)
    (package / "__init__.py").write_text(FAKE_INIT, encoding="utf-8")
    (package / "tokens.py").write_text("LOADED = []\nLOADED.append(1)\n", encoding="utf-8")
    (package / "cli" / "__init__.py").write_text("", encoding="utf-8")
    (package / "cli" / "info.py").write_text(
        "def info():\n    return {'fake': True}\n", encoding="utf-8"
    )
    result = run(
        """
        import json, sys
        from krlint.nlp import spacy_import
        spacy = spacy_import.import_spacy()
        print(json.dumps({"how": spacy_import.how, "info": spacy.info(),
                          "cli_file": bool(getattr(sys.modules["spacy.cli.info"], "__file__",
                                                   None)),
                          "tokens_loaded_once": sys.modules["spacy.tokens"].LOADED}))
        """,
        path=[str(tmp_path), str(Path(__file__).resolve().parents[1] / "src")],
    )
    assert result == {
        "how": "plain after ImportError",
        "info": {"fake": True},
        "cli_file": True,
        "tokens_loaded_once": [1],
    }


def test_a_spacy_that_imports_its_cli_another_way_is_imported_plainly(tmp_path: Path) -> None:
    package = tmp_path / "spacy"
    (package / "cli").mkdir(parents=True)
    (package / "__init__.py").write_text(
        "from .cli.info import info\nfrom .cli import app\n", encoding="utf-8"
    )
    (package / "cli" / "__init__.py").write_text("app = 'the app'\n", encoding="utf-8")
    (package / "cli" / "info.py").write_text("def info():\n    return 1\n", encoding="utf-8")
    result = run(
        """
        import json
        from krlint.nlp import spacy_import
        spacy = spacy_import.import_spacy()
        print(json.dumps({"how": spacy_import.how, "app": spacy.app}))
        """,
        path=[str(tmp_path), str(Path(__file__).resolve().parents[1] / "src")],
    )
    assert result == {"how": "plain", "app": "the app"}


@pytest.mark.slow  # judges the whole corpus in two fresh interpreters
def test_judgements_are_the_same_either_way() -> None:
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    code = """
        import json, sys
        from pathlib import Path
        from krlint.nlp import Analyzer, spacy_import
        texts = []
        for path in sorted(Path(sys.argv[1]).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line)["text"])
        judged = Analyzer().classify(texts)
        print(json.dumps({"how": spacy_import.how, "n": len(texts),
                          "judgements": [j.to_json(t) for t, j in zip(texts, judged)]}))
        """

    def judge(env: dict[str, str]) -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code), str(corpus)],
            capture_output=True,
            text=True,
            timeout=600,
            env={**os.environ, **env},
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)  # type: ignore[no-any-return]

    light, plain = judge({}), judge({"KRLINT_SPACY_PLAIN_IMPORT": "1"})
    assert (light["how"], plain["how"]) == ("without-cli", "plain")
    assert light["n"] and light["n"] == plain["n"]
    assert light["judgements"] == plain["judgements"]
