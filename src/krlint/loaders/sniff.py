"""Does a file hold OKRs at all? Cheap questions asked before (or instead of) reading it.

A real repository is full of YAML and JSON that is not about OKRs (docker-compose.yml,
package.json, mkdocs.yml, CI workflows) and of Markdown that is not either (README, CHANGELOG).
pre-commit passes such files by name whenever its `files` pattern matches (`okrs/README.md`,
`okrs/.krlint.yaml`), so the engine asks the same questions of files named on the command line
as of files found by a walk, and skips — with a note, never silently — a file with no OKRs in
it, unless the file's own name says it is an OKR file (`okr_named`) or `--strict-files` is on.

The test is deliberately shallow (the top two levels) and generous: anything that might be an
OKR file, including one that does not parse, is linted, so a broken OKR file is never skipped.
"""

from __future__ import annotations

import functools
import os
import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from krlint import fields as F

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]  # same interface

# Keys that name an objective's text only when key results sit beside them; `name` and `title`
# alone are everywhere (Ansible plays, package.json, workflows).
_OBJECTIVE_ONLY = ("objective", "goal")


def _keys(node: MappingNode) -> list[str]:
    return [str(k.value) for k, _ in node.value if isinstance(k, ScalarNode)]


def _objective_like(node: Node) -> bool:
    if not isinstance(node, MappingNode):
        return False
    keys = _keys(node)
    if F.find(keys, F.KEY_RESULTS) or F.find(keys, _OBJECTIVE_ONLY):
        return True
    # {"Objective text": [key results]}
    return len(node.value) == 1 and isinstance(node.value[0][1], SequenceNode)


def _okr_document(root: Node | None) -> bool:
    if isinstance(root, MappingNode):
        keys = _keys(root)
        if F.find(keys, F.ROOT_OBJECTIVES):
            return True
        return bool(F.find(keys, F.OBJECTIVE_TEXT) and F.find(keys, F.KEY_RESULTS))
    if isinstance(root, SequenceNode):
        return any(_objective_like(item) for item in root.value)
    return False


def looks_like_okrs(text: str, *, json: bool = False) -> bool:
    """False only for text that parses and has no objectives key and no list of objectives."""
    if json:
        text = text.replace("\t", " ")  # as the reader does: JSON may indent with tabs
    try:
        return any(_okr_document(root) for root in yaml.compose_all(text, Loader=_Loader))
    except (yaml.YAMLError, RecursionError):
        return True  # cannot tell: lint it, so the reader reports what is wrong


# An OKR-named file: `okrs.yaml`, `OKR.md`, `team-okrs.md`, `growth.okrs.yaml`, `2026_Q2-OKRS.md`,
# `objectives-and-key-results.md` — "okr"/"okrs" as a word of the name, not `workokrsheet.yaml`.
OKR_NAME = re.compile(
    r"(?<![a-z0-9])okrs?(?![a-z0-9])|objectives[-_ ]and[-_ ]key[-_ ]results", re.IGNORECASE
)


def okr_named(path: str) -> bool:
    """The file's own name says it holds OKRs: it is reported even when nothing is found in it,
    since the user meant it as OKRs (the reader's finding then says why nothing was found)."""
    return bool(OKR_NAME.search(os.path.basename(path)))


# Words without which a Markdown text cannot be an OKR document: a CHANGELOG, a README of code,
# a design note. A text with any of them is read, and skipped afterwards only if the reader
# finds no objective and no key result in it.
_OKR_VOCABULARY = re.compile(
    r"\b(?:okrs?|objectives?|key[ _-]?results?|krs?\s*#?\d+|o\d+\s*[.:]\s*kr\s*\d+)\b",
    re.IGNORECASE,
)


def mentions_okrs(text: str) -> bool:
    """Markdown: does the text use OKR vocabulary at all ("objective", "key result", "OKR",
    "KR1"; in the languages the reader knows, its one vocabulary: "Resultado-chave",
    "Ключевые результаты", "关键结果")? False for a CHANGELOG whose "## 1.2.0" heading an OKR
    reader might take for an objective."""
    return bool(_OKR_VOCABULARY.search(text)) or bool(_other_languages().search(text))


_CJK_START = 0x2E80  # the first CJK radical: Han, Kana and Hangul come after it


@functools.cache
def _other_languages() -> re.Pattern[str]:
    """The words for an objective and a key result in the other languages the reader knows
    (okr_text.OKR_WORDS), as whole words (CJK ones as written: no spaces between words)."""
    from krlint.loaders.okr_text import KEY_RESULT, OBJECTIVE, OKR_WORDS

    words = sorted(
        (w for w, sense in OKR_WORDS.items() if sense.role in (OBJECTIVE, KEY_RESULT)),
        key=lambda w: (-len(w), w),
    )
    # (CJK is written without spaces between words: its words are matched as written)
    cjk = [w for w in words if all(ord(c) >= _CJK_START for c in w.replace(" ", ""))]
    spaced = "|".join(re.escape(w) for w in words if w not in cjk)
    unspaced = "|".join(re.escape(w) for w in cjk)
    return re.compile(rf"(?<!\w)(?:{spaced})(?!\w)|{unspaced}", re.IGNORECASE)


_MARKDOWN_LINE = re.compile(
    r"^(?:#{1,6}[ \t]+\S|\s*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]"
    r"|\*\*[^*\n]+\*\*|\|.*\|\s*$|={3,}\s*$|-{3,}\s*$)",
    re.MULTILINE,
)


_YAML_KEY_LINE = re.compile(r"^[A-Za-z_][\w-]*:(?:[ \t]|$)", re.MULTILINE)  # a top-level key


def reader_for_text(text: str) -> str:
    """The reader for text with no name (standard input without `--stdin-filename`).

    A Markdown heading is a YAML comment and a bullet list is a YAML list of strings, so "it
    parses as YAML" cannot tell them apart; an OKR shape can. Text that parses as YAML is YAML
    when it has an OKR shape, else Markdown when it has Markdown's marks (an ATX heading, a task
    box, bold text, a table row, a setext underline), else YAML, whose reader then says what it
    found instead of objectives. Text that does not parse as YAML is Markdown when its Markdown
    lines outnumber its top-level `key:` lines — so a broken YAML OKR file still gets the YAML
    reader and its syntax error.
    """
    marks = len(_MARKDOWN_LINE.findall(text))
    if _parses(text):
        return "yaml" if looks_like_okrs(text) or not marks else "markdown"
    return "markdown" if marks > len(_YAML_KEY_LINE.findall(text)) else "yaml"


def _parses(text: str) -> bool:
    try:
        for _ in yaml.compose_all(text, Loader=_Loader):
            pass
    except (yaml.YAMLError, RecursionError):
        return False
    return True
