"""Parsing one top-level block at a time, and the front matter: markdown-it's block rules run
block by block so a large document is never held twice (see `reader.PARSED_ONCE`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

import yaml
from markdown_it import MarkdownIt, rules_core
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode

from krlint.diagnostics import Problem
from krlint.model import Span

try:  # the C loader is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]

PARSER = MarkdownIt("commonmark").enable("table")


def front_matter(lines: Sequence[str]) -> tuple[int, dict[str, Any]]:
    """How many lines a leading `---` YAML front matter block takes, and what it says.

    Without this, its closing `---` would make the last key a setext heading. Front matter holds
    a title, a date, a period: one larger than MAX_FRONT_MATTER is not parsed (an F005 at the
    character that crossed the cap, under the key "") and its lines are still skipped. The rest
    is checked by the YAML guard's event pass (alias bombs, deep nesting) and loaded once, both
    with the C loader when PyYAML has one.
    """
    if not lines or lines[0].rstrip() != "---":
        return 0, {}
    from krlint.limits import LIMIT_CODE, MAX_FRONT_MATTER

    size = 0
    over: Span | None = None
    for n in range(1, len(lines)):
        if lines[n].rstrip() in ("---", "..."):
            if over is not None:
                return n + 1, {
                    "": Problem(
                        span=over,
                        code=LIMIT_CODE,
                        message=f"front matter larger than {MAX_FRONT_MATTER:,} characters; it is "
                        "not read (the Markdown after it is)",
                    )
                }
            from krlint.limits import DEFAULT_LIMITS
            from krlint.loaders.yaml_guard import first_breach

            # one blank line for the opening `---`: positions in the guard's finding hold
            front = "\n" + "\n".join(lines[1:n])
            breach = first_breach(front, DEFAULT_LIMITS, _YamlLoader)
            if breach is not None and breach.problem.code != "F001":
                return n + 1, {"": breach.problem}  # an alias bomb or deep nesting: not loaded
            if breach is not None:
                return n + 1, {}  # not YAML: the lines are still not Markdown
            try:
                data = yaml.load(front, Loader=_YamlLoader)  # a safe loader, C or Python
            except yaml.YAMLError:
                data = None
            return n + 1, data if isinstance(data, dict) else {}
        if over is None:
            size += len(lines[n]) + 1
            if size > MAX_FRONT_MATTER:
                over = Span(n + 1, max(1, len(lines[n]) + 1 - (size - MAX_FRONT_MATTER) + 1))
    return 0, {}


# -- parsing one top-level block at a time -----------------------------------------------------
AFTER_BLOCK = [
    rule
    for rule in PARSER.core.ruler.getRules("")
    if rule not in (rules_core.normalize, rules_core.block)
]


def unescaped_markers(text: str) -> str:
    """Block markers an editor escaped, as the author meant them: "\\## 4. Objective",
    "\\- item", "1\\. item" (text pasted into a rich editor and exported again) are a
    heading and list items when a file has several such lines. Each backslash gives way to a
    space before the marker, so every column stays where it was."""
    if text.count("\\") < _ESCAPED_LINES or len(_ESCAPED.findall(text)) < _ESCAPED_LINES:
        return text
    return _ESCAPED.sub(_unescaped, text)


def _unescaped(found: re.Match[str]) -> str:
    if found.group("mark") is not None:
        return f"{found.group('indent')} {found.group('mark')}"
    return f"{found.group('indent2')} {found.group('number')}"


# a line that opens with an escaped heading, bullet or number
_ESCAPED = re.compile(
    r"^(?P<indent>[ \t]*)\\(?P<mark>#{1,6}(?=[ \t])|[-*+](?=[ \t]))|"
    r"^(?P<indent2>[ \t]*)(?P<number>\d{1,3})\\(?=[.)][ \t])",
    re.MULTILINE,
)
_ESCAPED_LINES = 3


def prepared(text: str) -> tuple[str, dict[str, Any]]:
    """The text as markdown-it's block and inline rules see it (its `normalize` core rule),
    and the environment they share, holding every link reference definition: one may be
    defined after its use, and markdown-it collects them all before any inline text is parsed
    (a block pass finds them; only text with "]:" can define one)."""
    env: dict[str, Any] = {}
    state = rules_core.StateCore(text, PARSER, env)
    rules_core.normalize(state)
    if "]:" in state.src:
        for _ in block_tokens(state.src, env):
            pass
    return state.src, env


def block_tokens(src: str, env: dict[str, Any]) -> Iterator[list[Token]]:
    """markdown-it's block tokens, handed out after each top-level block rule has run.

    This is the loop of markdown-it's `ParserBlock.tokenize` at the top level, with the same
    state, rules and order, so the tokens are the ones `MarkdownIt.parse` makes; only no list
    of all of them is kept. No rule looks back at a finished top-level block (the list rule
    marks tight paragraphs inside its own list), so each batch is complete when handed out.
    """
    if not src:
        return
    state = StateBlock(src, PARSER, env, [])
    rules = PARSER.block.ruler.getRules("")
    end = state.lineMax
    line = state.line
    max_nesting = PARSER.options.maxNesting
    empty_before = False
    while line < end:
        state.line = line = state.skipEmptyLines(line)
        if line >= end or state.sCount[line] < state.blkIndent:
            break
        if state.level >= max_nesting:
            state.line = end
            break
        for rule in rules:
            if rule(state, line, end, False):
                if state.line <= line:
                    raise RuntimeError("block rule didn't increment state.line")
                break
        else:
            raise RuntimeError("none of the block rules matched")
        state.tight = not empty_before
        line = state.line
        if line - 1 < end and state.isEmpty(line - 1):
            empty_before = True
        if line < end and state.isEmpty(line):
            empty_before = True
            line += 1
            state.line = line
        if state.tokens:
            yield state.tokens
            state.tokens = []


def top_blocks(src: str, env: dict[str, Any], shift: int = 0) -> Iterator[SyntaxTreeNode]:
    """The document's top-level blocks, each parsed in full (inline text too) when it is
    reached: the nodes `SyntaxTreeNode(MarkdownIt.parse(text)).children` would give, with
    `env` already holding every link reference definition. `shift`: the line in the file of
    the text's first line (a fence's content, read as Markdown)."""
    end: tuple[int, str] | None = None  # the text's number of lines and its last line, once
    for tokens in block_tokens(src, env):
        fence = tokens[0] if len(tokens) == 1 and tokens[0].type == "fence" else None
        if fence is not None and fence.map is not None and not shift:  # (never inside one)
            if end is None:
                end = (src.count("\n") + (not src.endswith("\n")), _last_line(src))
            if _unclosed_document(fence, *end):
                # "```" left open to the end of the file, over "## Success metrics" and its
                # "### Objective 1: …": a fence meant to close one above opened this one —
                # the rest is the document, as its author wrote it
                yield from top_blocks(fence.content, env, shift + fence.map[0] + 1)
                continue
        if shift:
            for token in tokens:
                if token.map is not None:
                    token.map = [token.map[0] + shift, token.map[1] + shift]
        state = rules_core.StateCore(src, PARSER, env, tokens)
        for rule in AFTER_BLOCK:
            rule(state)
        yield from SyntaxTreeNode(tokens).children


# a heading over a sample, good or bad: "#### ❌ Bad (avoided)", "### Example", "✅ Good"
SAMPLE_HEADING = re.compile(
    r"[❌✅✗✓✔✘]|(?i:\b(?:bad|good|wrong|right|better|worse|example|examples|sample|samples|"
    r"avoid|avoided|don'?t|anti-?pattern)\b)"
)
PERIOD_MENTION = re.compile(r"(?i)\b(?:Q[1-4]|H[12]|FY\s?\d{2,4})\b|\b20\d\d\b")
_MARKDOWN_HEADING = re.compile(r"^#{2,6} \S", re.M)


def _unclosed_document(fence: Token, lines: int, last: str) -> bool:
    """A bare fence ("```", no language) that nothing closes, running to the end of a text of
    `lines` lines whose last is `last`, over Markdown's own headings ("## …"): a slip, not a
    sample."""
    if fence.info.strip() or fence.map is None or fence.map[1] < lines:
        return False
    closed = len(last) >= len(fence.markup) and set(last) == {fence.markup[0]}
    return not closed and _MARKDOWN_HEADING.search(fence.content) is not None


def _last_line(text: str) -> str:
    """The text's last line with words or marks (stripped), found from its end."""
    end = len(text)
    while end and text[end - 1] in "\r\n":
        end -= 1
    return text[text.rfind("\n", 0, end) + 1 : end].strip()
