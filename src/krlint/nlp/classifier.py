"""Combine the evidence the pipeline finds into output / outcome / unclear.

First version: the lead verb against the activity lexicon, overridden when the key result
counts deliverables (output) or scores an outcome metric with a number (outcome).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from krlint import measures
from krlint.diagnostics import Evidence
from krlint.nlp.judgement import Judgement
from krlint.nlp.lexicon import Lexicons
from krlint.nlp.pipeline import Pipeline

_LEADING_LABEL = re.compile(r"^\s*(?:(?:kr|key result)\s*\d*[.:)\-]?\s*|\d+[.)]\s+|[-*•]\s+)",
                            re.IGNORECASE)


class Classifier:
    def __init__(self, lexicons: Lexicons, model: str | None = None) -> None:
        self.lexicons = lexicons
        self.pipeline = Pipeline(lexicons, model)
        self.activity: dict[str, str] = {}
        for family, verbs in lexicons.activity_families.items():
            for verb in verbs:
                self.activity.setdefault(verb.split()[0], family)

    def classify(self, texts: list[str]) -> list[Judgement]:
        return [self._judge(doc) for doc in self.pipeline.pipe(texts)]

    def _judge(self, doc: Doc) -> Judgement:
        text = doc.text
        evidence: list[Evidence] = []
        head = next((t for t in doc if t.is_alpha), None)
        family = self.activity.get(head.lemma_) if head is not None else None
        if head is not None and family:
            evidence.append(Evidence("activity-verb", head.text, head.idx,
                                     head.idx + len(head.text)))
        metric = artefact = None
        for match_id, start, end in self.pipeline.phrases(doc):
            span = doc[start:end]
            ev = Evidence(doc.vocab.strings[match_id].lower().replace("_", "-"), span.text,
                          span.start_char, span.end_char)
            if ev.kind == "outcome-metric" and metric is None:
                metric = ev
            elif ev.kind == "output-artefact" and artefact is None:
                artefact = ev
        measured = measures.has_number(text)
        suggestion = self.lexicons.suggestions.get(family or "tasks")
        if metric and measured and not artefact:
            evidence.append(metric)
            return Judgement("outcome", 0.7, tuple(evidence), None,
                             head.lemma_ if head is not None else None, family, "outcome-metric")
        if artefact and measured:
            evidence.append(artefact)
            return Judgement("output", 0.75, tuple(evidence), suggestion,
                             head.lemma_ if head is not None else None, family, "output-metric")
        if family:
            return Judgement("output", 0.7, tuple(evidence), suggestion, head.lemma_, family,
                             "activity-verb")
        if measured:
            return Judgement("outcome", 0.6, tuple(evidence), None,
                             head.lemma_ if head is not None else None, None, "measure")
        return Judgement("unclear", 0.5, tuple(evidence), None,
                         head.lemma_ if head is not None else None, None, "no-evidence")
