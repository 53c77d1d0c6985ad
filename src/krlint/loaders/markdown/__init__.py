"""Markdown to the OKR model: read OKR documents the way their authors meant them.

Most OKR files teams keep are Markdown, written in many conventions: a heading per objective with
bullets beneath, `Objective:` / `Key result:` labelled lines, ID headings (`### O1 …`,
`#### O1KR1`), checkboxes, tables (a Key result column, `Metric | Target`, objectives in a
column or as bold rows), `<details><summary>` blocks, period headings and bold period lines.
markdown-it-py parses the file (CommonMark with tables, a line map on every block); this module
decides what each block *is*, and `okr_text` — shared by every reader — decides what a line's
label says and which of its words are the objective's or the key result's own.

Precision before recall: a list is read as key results only when something says it is — an
objective above it (a heading, an `Objective:` line, a period heading that names objectives), a
`Key results` label — and never when its section says it is not (notes, initiatives, links,
licence, a guide's "What is an OKR", plan fields like `Owner: Sam`, the sub-bullets that detail
one key result). What is skipped for want of an objective is reported once as information
(F006), with how to mark it up; a file in which no OKRs were found says so the same way.

Conventions do not carry over from one set of documents to the next; the signals a careful
reader uses do (docs/reader-benchmark.md, "What fails on unseen sets"). So the reader decides
by a few general signals, each in one place, rather than by a rule per layout:

- *The structure the author typed*, over strict CommonMark: lines that start with a list marker
  or a key result label are items wherever the parser put them — in a code block (indented four
  spaces after a blank line), folded into the paragraph above (`line_item`, `typed_items`, both
  read by `read_items` like any list); a list indented under the last item of the list before
  it is nested there (`adopt`).
- *What reads as a statement*, beside a bare label: under a heading that only names a key result,
  the bold or measurable line beneath (`states`); in a table row, the cell after an ID that
  states something, not one that names its type, and the metric with its target; under a generic
  `Objective` heading, the paragraph, bold line or single bullet below; a bare label line takes
  the next line (`awaited`).
- *Whether items read as key results* (most state a number: `reads_as_key_results`), which
  makes a short bold line above them an objective where objectives are expected (`heads_list`);
  empty template fields, sprints, logs and lists of things never are.
- *The nearest heading's words*, in one vocabulary for every language (`okr_text.OKR_WORDS`,
  `okr_text.section_kind`), and *the objective above*: a "Success criteria" list is its key
  results only while it has none (`success_measures`); an ID heading names an objective already
  read (`objective_named`).
- *A sentence that is unfinished*: one that ends in a colon is completed by the short phrases,
  or whatever it announces ("the following:"), listed under or beside it (`_complete`); a
  statement and the measure in words beside it say one thing (`joins`); one that announces
  the objective or the key results says what the next paragraph or list is (`okr_text.announced`).
- *A clause or a name* (`clause`: a verb the lexicons know, or an auxiliary): a bold clause
  under `Key results` is a key result with its work beneath, a bold theme or a one- or two-word
  item groups the key results beneath it (`groups_statements`); an identifier heading takes its
  words from the `Description:` line beneath (`states_slug`).
- *A title that asks or names* (`_opens_with_verb`): a heading that names a team or an area
  (`## Marketing`) over numbered items each with their own list is a section of objectives
  with key results (`_objectives_with_key_results`), one that states an objective keeps its
  items as key results; under `## OKRs` a verb-first title is an objective whatever its last
  word (`commands`).
- *The section's own objective* (`section_objective`), not the last one read: a metrics table far
  below the OKRs measures none of them.

Every character of a cleaned text keeps the source line and column it came from
(`KeyResult.source_map`), so findings point into the source whatever markup, labels or status
notes were removed.
"""

from krlint.loaders.markdown.reader import read_markdown

__all__ = ["read_markdown"]
