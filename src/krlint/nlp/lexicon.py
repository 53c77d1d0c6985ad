"""Lexicons: the word lists the analyser matches, read from `rules/lexicons/` plus config.

Kept free of spaCy so that loading, fingerprinting (for the cache) and `krlint rule` stay cheap.
Inflections are generated here rather than looked up in a 100 MB lemma table: a few hundred verbs
with regular English morphology plus a short irregular list cover key results.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, fields
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from krlint.paths import data_dir

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]  # same interface

_VOWEL = "aeiou"
_NO_REGULAR_PAST = frozenset({"see"})  # its past is irregular, and "seed" is another word
_DOUBLE = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
# a last syllable spelt consonant-vowel-consonant: stressed, it doubles ("commit" →
# "committed", "refer" → "referred"), unstressed not ("visit" → "visited"); both are made
_LAST_CVC = re.compile(r"[^aeiou][aeiou][^aeiouwxy]$")


def inflections(verb: str) -> set[str]:
    """Regular English forms of a base verb: -s, -ed, -ing, with the usual spelling changes."""
    forms = {verb}
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(verb + "es")
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWEL:
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if verb.endswith("ee"):  # "agreed", "freed", "seeing" — but "seed" is a noun, not "saw"
        forms.update({verb + "ing"} | ({verb + "d"} if verb not in _NO_REGULAR_PAST else set()))
    elif verb.endswith("e"):
        forms.update({verb + "d", verb[:-1] + "ing"})
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWEL:
        forms.update({verb[:-1] + "ied", verb + "ing"})
    elif _DOUBLE.match(verb) or _LAST_CVC.search(verb):
        forms.update({verb + verb[-1] + "ed", verb + verb[-1] + "ing", verb + "ed", verb + "ing"})
    else:
        forms.update({verb + "ed", verb + "ing"})
    if verb.endswith("c"):
        forms.update({verb + "ked", verb + "king"})
    return forms


@dataclass(frozen=True)
class Lexicons:
    activity_families: dict[str, tuple[str, ...]]
    vague_verbs: tuple[str, ...]
    outcome_verbs: tuple[str, ...]
    outcome_metrics: tuple[str, ...]
    output_artefacts: tuple[str, ...]
    irregular: dict[str, tuple[str, ...]] = field(default_factory=dict)
    artefact_families: dict[str, tuple[str, ...]] = field(default_factory=dict)
    team_properties: tuple[str, ...] = ()
    spend: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    connectors: tuple[str, ...] = ()
    milestone_states: tuple[str, ...] = ()
    milestone_dates: tuple[str, ...] = ()
    capability: tuple[str, ...] = ()
    instrumentation: tuple[str, ...] = ()
    status_notes: tuple[str, ...] = ()
    provisioning: tuple[str, ...] = ()
    internal: tuple[str, ...] = ()
    behaviour_verbs: tuple[str, ...] = ()
    people_states: tuple[str, ...] = ()
    change_verbs: tuple[str, ...] = ()
    # the config's additions to the deliverable classes (`lexicon: outcome-measures:`), each
    # merged in turn over the built-in file when a suggestion first needs them
    measure_additions: tuple[dict[str, Any], ...] = ()
    # the config's additions to the glossary (`lexicon: glossary:`), merged in turn over the
    # built-in one (other languages' OKR words → the English ones above; krlint.nlp.gloss)
    glossary_additions: tuple[dict[str, Any], ...] = ()

    # Both are derived once per Lexicons (cached in the instance's __dict__, which a frozen
    # dataclass allows): the engine asks for the fingerprint for every file and K206 for the
    # lemma table, and neither changes after construction.
    @cached_property
    def fingerprint(self) -> str:
        """Everything in the lexicons: analysers and caches are keyed by it. The built-in
        deliverable classes count by their file's bytes, so fingerprinting never parses them."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        return _digest(
            {
                **data,
                "outcome-measures.yaml": _file_digest(_MEASURES_FILE),
                "glossary.json": _file_digest(_GLOSSARY_FILE),
            }
        )

    @cached_property
    def glossary(self) -> dict[str, Any]:
        """Other languages' OKR words → the English words of the lexicons, per language
        (krlint.nlp.gloss): the built-in file with the config's additions merged in. Read when
        a key result is first judged — a run whose judgements are all cached never needs it."""
        found = {str(k): dict(v) for k, v in _builtin_glossary().items() if isinstance(v, dict)}
        for extra in self.glossary_additions:
            for code, spec in extra.items():
                mine = found.setdefault(str(code), {})
                for key, value in spec.items():
                    if isinstance(value, dict):  # verbs, words, suffixes: the config's win
                        mine[key] = {**(mine.get(key) or {}), **value}
                    elif isinstance(value, list):  # stopwords, counters
                        mine[key] = list(dict.fromkeys((*(mine.get(key) or ()), *value)))
                    else:
                        mine[key] = value
        return found

    @cached_property
    def outcome_measures(self) -> dict[str, Any]:
        """Deliverable classes → the outcomes they should move (krlint.nlp.suggestions reads
        them): the built-in file with the config's additions merged in. Read the first time a
        suggestion is worded — the largest lexicon, and a run whose judgements are all cached
        never needs it."""
        found = _builtin_measures()
        for extra in self.measure_additions:
            found = merge_outcome_measures(found, extra)
        return found

    @cached_property
    def judged_fingerprint(self) -> str:
        """What the output/outcome judgement reads — all but the suggestions' knowledge, which
        never moves a label: the trained weights record it (`rules/model/`), so editing
        outcome-measures.yaml needs no retraining."""
        return _digest(
            {
                **{
                    f.name: getattr(self, f.name) for f in fields(self) if f.name not in _NOT_JUDGED
                },
                "glossary.json": _file_digest(_GLOSSARY_FILE),
            }
        )

    def lemma_table(self) -> dict[str, str]:
        """Inflected form (lowercase) → base form, for every single-word verb we know."""
        return self._lemma_table

    @cached_property
    def _lemma_table(self) -> dict[str, str]:
        table: dict[str, str] = {}
        verbs = {v for vs in self.activity_families.values() for v in vs}
        verbs |= set(self.vague_verbs) | set(self.outcome_verbs) | set(self.behaviour_verbs)
        for verb in sorted(verbs):
            first = verb.split()[0]  # "roll out": the particle is matched as it stands
            for form in inflections(first):
                table.setdefault(form, first)
            for form in self.irregular.get(first, ()):
                table.setdefault(form, first)
        return table

    def extended(self, additions: dict[str, Any]) -> Lexicons:
        """A copy with the config's additions (`lexicon:` key) merged in."""
        families = {k: tuple(v) for k, v in self.activity_families.items()}
        extra = additions.get("activity-verbs") or []
        if isinstance(extra, dict):
            for fam, verbs in extra.items():
                families[fam] = tuple(dict.fromkeys((*families.get(fam, ()), *verbs)))
        elif extra:
            families["tasks"] = tuple(dict.fromkeys((*families.get("tasks", ()), *extra)))

        def add(current: tuple[str, ...], key: str) -> tuple[str, ...]:
            return tuple(dict.fromkeys((*current, *(additions.get(key) or []))))

        from dataclasses import replace

        return replace(
            self,
            glossary_additions=(
                (*self.glossary_additions, additions["glossary"])
                if additions.get("glossary")
                else self.glossary_additions
            ),
            activity_families=families,
            measure_additions=(
                (*self.measure_additions, additions["outcome-measures"])
                if additions.get("outcome-measures")
                else self.measure_additions
            ),
            vague_verbs=add(self.vague_verbs, "vague-verbs"),
            outcome_verbs=add(self.outcome_verbs, "outcome-verbs"),
            outcome_metrics=add(self.outcome_metrics, "outcome-metrics"),
            output_artefacts=add(self.output_artefacts, "output-artefacts"),
        )


_NOT_JUDGED = frozenset({"measure_additions"})
_MEASURES_FILE = "outcome-measures"
_GLOSSARY_FILE = "glossary"


def _digest(data: dict[str, Any]) -> str:
    blob = json.dumps(data, sort_keys=True, default=list).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


def _path(name: str) -> Path:
    """A lexicon's file: YAML, written by hand; the glossary, generated, is JSON (read in a
    millisecond where its YAML took 25)."""
    return data_dir() / "lexicons" / (f"{name}.json" if name == _GLOSSARY_FILE else f"{name}.yaml")


def _read(name: str) -> dict[str, Any]:
    return yaml.load(_path(name).read_text(encoding="utf-8"), Loader=_Loader) or {}


@cache
def _file_digest(name: str) -> str:
    return hashlib.sha256(_path(name).read_bytes()).hexdigest()[:16]


@cache
def _builtin_measures() -> dict[str, Any]:
    return _read(_MEASURES_FILE)


@cache
def _builtin_glossary() -> dict[str, Any]:
    data = json.loads(_path(_GLOSSARY_FILE).read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def _words(values: list[Any]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(v).strip().lower() for v in values if str(v).strip()))


@cache
def builtin_lexicons() -> Lexicons:
    activity = _read("activity-verbs")
    families = {name: _words(fam.get("verbs", [])) for name, fam in activity["families"].items()}
    artefacts = _read("output-artefacts")
    artefact_families = {name: _words(terms) for name, terms in artefacts["families"].items()}
    metrics = _read("outcome-metrics")
    outcome_verbs = _read("outcome-verbs")
    milestones = _read("milestones")
    return Lexicons(
        activity_families=families,
        vague_verbs=_words(_read("vague-verbs").get("verbs", [])),
        outcome_verbs=_words(outcome_verbs.get("verbs", [])),
        outcome_metrics=_words(metrics.get("terms", [])),
        output_artefacts=tuple(dict.fromkeys(t for ts in artefact_families.values() for t in ts)),
        irregular={k: tuple(v) for k, v in (activity.get("irregular") or {}).items()},
        artefact_families=artefact_families,
        team_properties=_words(artefacts.get("team-properties", [])),
        spend=_words(artefacts.get("spend", [])),
        people=_words(metrics.get("people", [])),
        connectors=_words(outcome_verbs.get("connectors", [])),
        milestone_states=_words(milestones.get("states", [])),
        milestone_dates=_words(milestones.get("dates", [])),
        capability=_words(milestones.get("capability", [])),
        instrumentation=_words(milestones.get("instrumentation", [])),
        status_notes=_words(milestones.get("status-notes", [])),
        provisioning=_words(milestones.get("provisioning", [])),
        internal=_words(metrics.get("internal", [])),
        behaviour_verbs=_words(outcome_verbs.get("behaviour", [])),
        people_states=_words(outcome_verbs.get("states", [])),
        change_verbs=_words(outcome_verbs.get("changes", [])),
    )


# The outcome families a suggestion names (issue 18's, and the coach's labels in corpus/).
FAMILIES = (
    "adoption/usage",
    "reach/engagement",
    "conversion/revenue",
    "retention/churn",
    "quality/reliability",
    "speed/cycle-time",
    "skills/performance",
    "satisfaction",
    "cost",
)
_MEASURES_KEYS: dict[str, type] = {
    "generic": str,
    "generic-objective": str,
    "openers": list,
    "capability": str,
    "families": dict,
    "classes": dict,
}
_FAMILY_KEYS: dict[str, type] = {"cues": list, "says": str, "verb": str, "measure": str}
_CLASS_KEYS: dict[str, type] = {
    "terms": list,
    "verbs": list,
    "says": str,
    "noun": str,
    "where": str,
    "verb-first": bool,
    "unless": list,
    "measures": list,
}
_MEASURE_KEYS: dict[str, type] = {
    "family": str,
    "measure": str,
    "verb": str,
    "when": list,
    "says": str,
}
_SLOTS = re.compile(r"\{([^{}]*)\}")


def outcome_measures_errors(value: Any, key: str = "lexicon.outcome-measures") -> list[str]:
    """What is wrong with an `outcome-measures` mapping (the built-in file's shape), each as
    "'dotted.key': why" — empty when nothing is. A class krlint does not have needs measures;
    one it has may only add terms, verbs or measures."""
    errors: list[str] = []

    def typed(value: Any, shapes: dict[str, type], where: str) -> bool:
        if not isinstance(value, dict):
            errors.append(f"'{where}' must be a mapping")
            return False
        for name, item in value.items():
            shape = shapes.get(str(name))
            if shape is None:
                errors.append(f"'{where}.{name}': unknown key (known: {', '.join(shapes)})")
            elif not isinstance(item, shape) or (
                isinstance(item, list)
                and name != "measures"
                and not all(isinstance(v, str) and v.strip() for v in item)
            ):
                # YAML reads 1:1 as the number 61 and 2FA-free words fine: words are quoted
                kind = {
                    str: "a string",
                    list: "a list of words (quote '1:1', 'yes', '2024')",
                    dict: "a mapping",
                    bool: "true or false",
                }[shape]
                errors.append(f"'{where}.{name}' must be {kind}")
        return True

    def template(text: str, where: str) -> None:
        for slot in _SLOTS.findall(text):
            if slot.split("|")[0].strip() not in ("thing", "scope", "object"):
                errors.append(
                    f"'{where}': unknown slot {{{slot}}} (slots: {{thing}}, "
                    "{scope}, {object}, with a fallback after '|')"
                )

    def family(name: Any, where: str) -> None:
        if name not in FAMILIES:
            errors.append(
                f"'{where}': {name!r} is not an outcome family (one of: {', '.join(FAMILIES)})"
            )

    if not typed(value, _MEASURES_KEYS, key):
        return errors
    for name, spec in (value.get("families") or {}).items():
        family(name, f"{key}.families")
        if typed(spec or {}, _FAMILY_KEYS, f"{key}.families.{name}") and spec:
            template(str(spec.get("measure", "")), f"{key}.families.{name}.measure")
    own = set(builtin_lexicons().outcome_measures.get("classes") or {})
    for name, spec in (value.get("classes") or {}).items():
        where = f"{key}.classes.{name}"
        if not typed(spec, _CLASS_KEYS, where):
            continue
        if spec.get("where", "anywhere") not in ("anywhere", "deliverable"):
            errors.append(f"'{where}.where' must be 'anywhere' or 'deliverable'")
        measures = spec.get("measures") or []
        if name not in own and not (measures and (spec.get("terms") or spec.get("verbs"))):
            errors.append(f"'{where}': a new class needs terms (or verbs) and measures")
        for k, measure in enumerate(measures if isinstance(measures, list) else []):
            at = f"{where}.measures[{k}]"
            if not typed(measure, _MEASURE_KEYS, at):
                continue
            for required in ("family", "measure"):
                if required not in measure:
                    errors.append(f"'{at}': '{required}' is required")
            if "family" in measure:
                family(measure["family"], f"{at}.family")
            template(str(measure.get("measure", "")), f"{at}.measure")
    return errors


_ADDED_LISTS = ("terms", "verbs", "unless", "measures")  # a config adds to these


def merge_outcome_measures(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """The config's `lexicon: outcome-measures:` over the built-in knowledge. A class the config
    names that krlint has gets the config's terms, verbs and `unless` words added and its
    measures put first (so they win); a new class is added before the built-in ones (so its
    terms win a tie); a family's cues and the openers are added to, as words are in every
    other lexicon; `generic`, `generic-objective`, `capability` and a family's other fields are
    replaced."""
    if not extra:
        return base
    merged: dict[str, Any] = {k: v for k, v in base.items() if k not in ("classes", "families")}
    for key in ("generic", "generic-objective", "capability"):
        if key in extra:
            merged[key] = extra[key]
    if extra.get("openers"):
        merged["openers"] = [*(base.get("openers") or []), *extra["openers"]]
    families = {name: dict(spec or {}) for name, spec in (base.get("families") or {}).items()}
    for name, spec in (extra.get("families") or {}).items():
        spec = dict(spec or {})
        old = families.setdefault(name, {})
        cues = [*(spec.pop("cues", None) or []), *(old.get("cues") or [])]
        old.update(spec)
        if cues:
            old["cues"] = cues
    merged["families"] = families
    classes: dict[str, Any] = {}
    own = base.get("classes") or {}
    for name, spec in (extra.get("classes") or {}).items():
        spec = dict(spec or {})
        if name in own:
            old = own[name]
            spec = {
                **old,
                **{k: v for k, v in spec.items() if k not in _ADDED_LISTS},
                **{k: [*(spec.get(k) or []), *(old.get(k) or [])] for k in _ADDED_LISTS},
            }
        classes[name] = spec
    for name, spec in own.items():
        classes.setdefault(name, spec)
    merged["classes"] = classes
    return merged
