"""The lexicons as the stages look them up: verb → family, word sets, one PhraseMatcher."""

from __future__ import annotations

from collections.abc import Callable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from krlint.nlp.lexicon import Lexicons


class Vocab:
    def __init__(self, lexicons: Lexicons, make_doc: Callable[[str], Doc]) -> None:
        self.lexicons = lexicons
        self.activity: dict[str, str] = {}
        self.activity_phrases: dict[tuple[str, ...], str] = {}
        for family, verbs in lexicons.activity_families.items():
            for verb in verbs:
                words = tuple(verb.split())
                if len(words) == 1:
                    self.activity.setdefault(words[0], family)
                else:
                    self.activity_phrases.setdefault(words, family)
        self.outcome_verbs = frozenset(lexicons.outcome_verbs)
        self.vague = frozenset(v for v in lexicons.vague_verbs if " " not in v)
        self.people = frozenset(lexicons.people)
        self.behaviour = frozenset(lexicons.behaviour_verbs)
        self.states = frozenset(lexicons.people_states)
        self.changes = frozenset(lexicons.change_verbs)
        self.metrics = frozenset(lexicons.outcome_metrics)
        self.internal = frozenset(lexicons.internal) - self.people
        self.artefact_family = {
            t: fam for fam, ts in lexicons.artefact_families.items() for t in ts
        }
        vocab = make_doc("").vocab
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        groups = {
            "METRIC": lexicons.outcome_metrics,
            "ARTEFACT": lexicons.output_artefacts,
            "TEAMPROP": lexicons.team_properties,
            "SPEND": lexicons.spend,
            "STATE": lexicons.milestone_states,
            "DATE": lexicons.milestone_dates,
            "CAPABILITY": lexicons.capability,
            "INSTRUMENT": lexicons.instrumentation,
            "CONNECTOR": lexicons.connectors,
            "STATUS": lexicons.status_notes,
            "PROVISION": lexicons.provisioning,
        }
        for label, terms in groups.items():
            self.matcher.add(label, [make_doc(t) for t in terms])
        self.strings = vocab.strings  # the matcher's
