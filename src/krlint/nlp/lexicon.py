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
from typing import Any

import yaml

from krlint.paths import data_dir

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]  # same interface

_VOWEL = "aeiou"
_DOUBLE = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def inflections(verb: str) -> set[str]:
    """Regular English forms of a base verb: -s, -ed, -ing, with the usual spelling changes."""
    forms = {verb}
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(verb + "es")
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWEL:
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if verb.endswith("e"):
        forms.update({verb + "d", verb[:-1] + "ing"})
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWEL:
        forms.update({verb[:-1] + "ied", verb + "ing"})
    elif _DOUBLE.match(verb):
        forms.update({verb + verb[-1] + "ed", verb + verb[-1] + "ing", verb + "ed", verb + "ing"})
    else:
        forms.update({verb + "ed", verb + "ing"})
    if verb.endswith("c"):
        forms.update({verb + "ked", verb + "king"})
    return forms


@dataclass(frozen=True)
class Lexicons:
    activity_families: dict[str, tuple[str, ...]]
    suggestions: dict[str, str]
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

    # Both are derived once per Lexicons (cached in the instance's __dict__, which a frozen
    # dataclass allows): the engine asks for the fingerprint for every file and K206 for the
    # lemma table, and neither changes after construction.
    @cached_property
    def fingerprint(self) -> str:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        blob = json.dumps(data, sort_keys=True, default=list).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

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
            self, activity_families=families,
            vague_verbs=add(self.vague_verbs, "vague-verbs"),
            outcome_verbs=add(self.outcome_verbs, "outcome-verbs"),
            outcome_metrics=add(self.outcome_metrics, "outcome-metrics"),
            output_artefacts=add(self.output_artefacts, "output-artefacts"),
        )


def _read(name: str) -> dict[str, Any]:
    path = data_dir() / "lexicons" / f"{name}.yaml"
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}


def _words(values: list[Any]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(v).strip().lower() for v in values if str(v).strip()))


@cache
def builtin_lexicons() -> Lexicons:
    activity = _read("activity-verbs")
    families = {name: _words(fam.get("verbs", [])) for name, fam in activity["families"].items()}
    suggestions = {name: str(fam.get("suggestion", "")) for name, fam in
                   activity["families"].items()}
    artefacts = _read("output-artefacts")
    suggestions.update({k: str(v) for k, v in (artefacts.get("suggestions") or {}).items()})
    artefact_families = {name: _words(terms) for name, terms in artefacts["families"].items()}
    metrics = _read("outcome-metrics")
    outcome_verbs = _read("outcome-verbs")
    milestones = _read("milestones")
    return Lexicons(
        activity_families=families,
        suggestions=suggestions,
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
    )
