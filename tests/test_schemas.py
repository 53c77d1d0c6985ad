"""The JSON Schemas krlint ships (src/krlint/schemas/) for editors: the configuration schema
stays in step with the config parser — every key the parser accepts is in the schema and the
other way round, and the two agree on which configurations are valid — and the OKR schema
accepts every example in examples/ and the README."""

from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from krlint import __version__
from krlint import config as config_mod
from krlint import fields as F
from krlint.cli import STARTER, STARTER_CONFIG
from krlint.limits import DEFAULT_LIMITS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def schema(name: str) -> dict[str, Any]:
    found = json.loads(files("krlint.schemas").joinpath(name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(found)
    return found


CONFIG = schema("krlint-config.schema.json")
OKRS = schema("okrs.schema.json")


def valid(instance: Any, against: dict[str, Any]) -> bool:
    return jsonschema.Draft202012Validator(against).is_valid(instance)


# -- the configuration schema and the parser -------------------------------------------------
def test_config_schema_has_exactly_the_parsers_keys() -> None:
    properties = CONFIG["properties"]
    assert set(properties) == config_mod._KEYS
    assert set(properties["lexicon"]["properties"]) == config_mod._LEXICON_KEYS
    assert set(properties["limits"]["properties"]) == set(DEFAULT_LIMITS.describe())
    assert set(properties["nlp"]["properties"]) == {"model"}


def _parses(data: Any) -> bool:
    try:
        config_mod.parse(data, "test")
    except config_mod.ConfigError:
        return False
    return True


CONFIGS = [
    {},
    {"select": ["K2", "O101"]},
    {"select": "K201, K202"},
    {"ignore": []},
    {"fail-on": "warning"},
    {"severity": {"K205": "warning", "vague-verb": "error"}},
    {"per-file-ignores": {"archive/*": ["O101"]}},
    {"exclude": ["okrs/drafts/"]},
    {"include": "okrs"},
    {"max-key-results": 4},
    {"min-key-results": 0},
    {"rules": {"O105": {"threshold": 0.6}}},
    {"rule-dirs": ["house-rules"]},
    {"lexicon": {"activity-verbs": ["sunset"], "outcome-metrics": ["NRR"]}},
    {"lexicon": {"activity-verbs": {"sunset": "retire"}}},
    {"nlp": {"model": None}},
    {"nlp": {"model": "en_core_web_sm"}},
    {"limits": {"max-depth": 250, "max-nodes": 10}},
    {"lexicon": {"outcome-measures": {"classes": {"runbooks": {"terms": ["SOP"]}}}}},
    {
        "lexicon": {
            "outcome-measures": {
                "classes": {
                    "grant-reports": {
                        "terms": ["grant report"],
                        "says": "should keep funders giving",
                        "measures": [
                            {
                                "family": "retention/churn",
                                "verb": "Raise",
                                "measure": "renewed grants",
                                "when": ["funder"],
                            }
                        ],
                    }
                }
            }
        }
    },
    # invalid, for both
    {"selct": ["K201"]},
    {"select": [1]},
    {"fail-on": "fatal"},
    {"severity": {"K205": "loud"}},
    {"severity": ["K205"]},
    {"per-file-ignores": ["x"]},
    {"max-key-results": -1},
    {"max-key-results": True},
    {"max-key-results": "4"},
    {"rules": {"O105": 0.6}},
    {"rules": []},
    {"lexicon": {"verbs": ["x"]}},
    {"lexicon": {"vague-verbs": "x"}},
    {"lexicon": []},
    {"nlp": {"model": 3}},
    {"nlp": {"size": "sm"}},
    {"limits": {"max-depth": 0}},
    {"limits": {"max-depth": 251}},
    {"limits": {"depth": 3}},
    {"limits": {"max-nodes": 1.5}},
    {
        "lexicon": {
            "outcome-measures": {
                "classes": {
                    "runbooks": {"measures": [{"family": "speed", "measure": "time to restore"}]}
                }
            }
        }
    },
    {
        "lexicon": {
            "outcome-measures": {
                "classes": {"runbooks": {"measures": [{"measure": "time to restore"}]}}
            }
        }
    },
    {"lexicon": {"outcome-measures": {"classes": {"runbooks": {"term": ["SOP"]}}}}},
    {"lexicon": {"outcome-measures": {"families": {"speed": {"cues": ["fast"]}}}}},
    {"lexicon": {"outcome-measures": ["runbooks"]}},
    [],
    "fail-on: error",
]


@pytest.mark.parametrize("data", CONFIGS, ids=[json.dumps(c) for c in CONFIGS])
def test_schema_and_parser_agree(data: Any) -> None:
    assert valid(data, CONFIG) == _parses(data)


def test_readme_and_example_configs_are_valid() -> None:
    from test_readme import FENCE, section, tomllib

    blocks = dict((lang, body) for lang, body in FENCE.findall(section("Configuration")))
    assert valid(tomllib.loads(blocks["toml"])["tool"]["krlint"], CONFIG)
    assert valid(yaml.safe_load(blocks["yaml"]), CONFIG)
    assert valid(yaml.safe_load(STARTER_CONFIG), CONFIG)
    for path in ROOT.joinpath("examples").rglob(".krlint.y*ml"):
        assert valid(yaml.safe_load(path.read_text(encoding="utf-8")), CONFIG), path


# -- the OKR schema --------------------------------------------------------------------------
def _documents(path: Path) -> list[Any]:
    return list(yaml.safe_load_all(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", ["good.yaml", "okrs.yaml", "rules/okrs.yaml"])
def test_examples_are_valid_okr_files(name: str) -> None:
    for document in _documents(ROOT / "examples" / name):
        assert valid(document, OKRS), (name, document)


def test_readme_format_example_and_starter_are_valid() -> None:
    from test_readme import FENCE, section

    [body] = [b for lang, b in FENCE.findall(section("The OKR file format")) if lang == "yaml"]
    assert valid(yaml.safe_load(body), OKRS)
    assert valid(yaml.safe_load(STARTER), OKRS)


def test_okr_schema_knows_the_readers_kinds_and_rejects_others() -> None:
    kind = OKRS["$defs"]["keyResult"]["oneOf"][1]["properties"]["kind"]
    assert tuple(kind["enum"]) == F.KR_KINDS
    bad = {"objectives": [{"objective": "Grow", "key_results": [{"kr": "x", "kind": "task"}]}]}
    assert not valid(bad, OKRS)
    assert not valid({"objectives": "grow everything"}, OKRS)
    assert valid([{"objective": "Grow", "key_results": ["Reach $2M ARR"]}], OKRS)


def test_okr_schema_spells_fields_as_the_reader_does() -> None:
    objective = OKRS["$defs"]["objective"]["properties"]
    key_result = OKRS["$defs"]["keyResult"]["oneOf"][1]["properties"]
    assert {"objective", "key_results"} <= set(objective)
    assert all(F.is_known(name, F.OBJECTIVE_KNOWN) for name in objective)
    assert all(F.is_known(name, F.KEY_RESULT_KNOWN) for name in key_result)
    assert "objectives" in F.ROOT_OBJECTIVES


# -- referenced from the README, at this version's tag ---------------------------------------
def test_readme_points_editors_at_the_shipped_schemas() -> None:
    urls = re.findall(r"# yaml-language-server: \$schema=(\S+)", README)
    assert len(urls) >= 2
    for url in urls:
        match = re.fullmatch(
            r"https://raw\.githubusercontent\.com/krlint/krlint/"
            r"(v[\w.]+)/(src/krlint/schemas/[\w.-]+\.json)",
            url,
        )
        assert match, url
        assert match.group(1) == f"v{__version__}" and (ROOT / match.group(2)).is_file()
    for name in ("krlint-config.schema.json", "okrs.schema.json"):
        assert (
            json.loads((ROOT / "src" / "krlint" / "schemas" / name).read_text())["$id"]
            == f"https://raw.githubusercontent.com/krlint/krlint/v{__version__}/src/krlint/"
            f"schemas/{name}"
        )
