"""The stages in order: each reads what the earlier ones found (the head verb, the phrases
matched, where the metrics are) and adds its features with the spans that show them."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from krlint.diagnostics import Evidence
from krlint.nlp.features import names as F
from krlint.nlp.features.activities import activities
from krlint.nlp.features.clauses import outcome_clause
from krlint.nlp.features.head import head, reported_head
from krlint.nlp.features.headline import headline
from krlint.nlp.features.lexical import bag, slots
from krlint.nlp.features.line import Extracted, Line
from krlint.nlp.features.numbers import is_number, numbers
from krlint.nlp.features.parts import scored_part
from krlint.nlp.features.people import people, share_of_things
from krlint.nlp.features.phrases import phrases
from krlint.nlp.features.shape import combinations, shape
from krlint.nlp.features.vocab import Vocab
from krlint.nlp.lexicon import Lexicons
from krlint.nlp.values import NAMED_NUMBER, find_values


class FeatureExtractor:
    def __init__(self, lexicons: Lexicons, make_doc: Callable[[str], Doc]) -> None:
        self.lex = lexicons
        self.vocab = Vocab(lexicons, make_doc)

    def extract(self, doc: Doc, text: str | None = None) -> Extracted:
        """Every feature of one key result, stage by stage. `text` is the string the Doc was
        made from, when the caller has it. A line written as a headline plus a task (or a task
        plus its result) is judged on the part that holds the scored numbers."""
        line = Line.of(doc, is_number, text)
        if line.words == 0:  # "KR1:", "-", "[ ]", "100%": nothing says what is measured,
            # but a number is still the target the line states (the same one K204 reads)
            values = [i for i in line.nums if not NAMED_NUMBER.match(line.lower[i])]
            target, baseline = find_values(line.lower, values, line.text, line.starts, line.ends)
            return Extracted({}, {}, None, None, target, baseline)
        found, connectors, values = self.analyse(doc, line)
        part = scored_part(line, values, connectors)
        if part is not None:
            found, _, _ = self.analyse(doc, line.part(*part))
            found.features[F.SCORED_PART] = 1.0
        return found

    def analyse(self, doc: Doc, line: Line) -> tuple[Extracted, list[tuple[int, int]], list[int]]:
        """The stages over one line (or part of one): what it measures, the connectors that
        introduce a purpose, and which tokens are values."""
        vocab = self.vocab
        hd = head(line, vocab)
        numbers(line)
        found = phrases(doc, line, hd, vocab)
        purpose = headline(line, hd, found)
        participle = activities(line, hd, found, vocab)
        people(line, vocab)
        share_of_things(line, vocab)
        outcome_clause(line, hd, found, vocab)
        combinations(line, hd)
        shape(line)
        slots(line, hd)
        bag(line)
        f, ev, nums, lower = line.f, line.ev, line.nums, line.lower
        # "Launch in 3 markets generating $1M ARR": the target is the purpose's number
        values = [i for i in nums if not NAMED_NUMBER.match(lower[i])]
        scored = [i for i in values if purpose is not None and i >= purpose] or values
        target, baseline = find_values(lower, scored, line.text, line.starts, line.ends)
        if target is not None and "measure" in ev:  # the scored value, with its unit: "45%"
            ev["measure"] = Evidence("measure", target.text, target.start, target.end)
        return (
            Extracted(
                f,
                ev,
                reported_head(vocab, hd, participle, line.lemmas),
                hd.family,
                target,
                baseline,
            ),
            found.connectors,
            values,
        )
