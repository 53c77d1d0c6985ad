"""Suppressions: findings a team has chosen, visibly and precisely, not to see.

Forms, all matched by rule code or name (`K201`, `activity-verb`):

- comments, read from the raw source lines so they work for any reader — `#` comments in YAML,
  HTML comments in Markdown (`<!-- krlint: disable-next-line=K201 -->`):
  `krlint: disable=K201` (findings on that line), `krlint: disable-next-line=K201,K205` (the next
  line that is not blank or a comment), `krlint: disable-file` / `krlint: disable-file=K205`;
  without `=codes` a comment disables every rule where it applies;
- the per-item field `krlint: {disable: [K205]}` on an objective (covers its key results) or a
  key result.

Applied by the engine after the rules ran, so rules never need to know about them, and so each
suppression can tell whether it silenced anything: an unused one is reported as
`X002 unused-suppression` when asked (`--report-unused-disables`), because a stale suppression
would silently hide the next real finding on that line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from krlint.diagnostics import Diagnostic, Problem
from krlint.model import KeyResult, Objective, OkrFile, Span

NEVER_SUPPRESSED = frozenset({"X001", "X002"})  # krlint's own failures stay visible

_DIRECTIVE = re.compile(
    r"krlint:\s*(?P<action>disable-next-line|disable-file|disable)\b"
    r"(?:\s*=\s*(?P<codes>[A-Za-z0-9_\-]+(?:\s*,\s*[A-Za-z0-9_\-]+)*))?"
)
_MEANT = re.compile(r"krlint\s*:|krlint\s+disable", re.IGNORECASE)  # meant as a directive
# Which comment syntax a reader's source uses; YAML (and JSON read as YAML) by default.
HTML_COMMENT_READERS = frozenset({"markdown", "md"})


@dataclass(slots=True)
class Directive:
    """One suppression: what it covers, where it is written, and what it silenced."""

    action: str  # "disable" | "disable-next-line" | "disable-file" | "item" | "invalid"
    codes: tuple[str, ...]  # empty: every rule
    span: Span  # where it is written (comment column, or the item for per-item ones)
    target: int | None = None  # the line it covers (None: the whole file or an item)
    objective: Objective | None = None
    key_result: KeyResult | None = None
    used: set[str] = field(default_factory=set)  # codes (or "*") that silenced something

    def covers(self, diagnostic: Diagnostic) -> str | None:
        """The code or name that matches `diagnostic`, "*" for all, None when not covered."""
        if self.action == "invalid":
            return None
        if self.action in ("disable", "disable-next-line") and diagnostic.line != self.target:
            return None
        if self.action == "item":
            if self.key_result is not None:
                if diagnostic.key_result_id != self.key_result.id or (
                    self.objective is not None and diagnostic.objective_id != self.objective.id
                ):
                    return None
            elif self.objective is None or diagnostic.objective_id != self.objective.id:
                return None
        if not self.codes:
            return "*"
        for code in self.codes:
            if code.upper() == diagnostic.code or code == diagnostic.name:
                return code
        return None


@dataclass(slots=True)
class Outcome:
    kept: list[Diagnostic]
    unused: list[Problem]  # X002 problems, when asked for


def apply(
    okr_file: OkrFile,
    diagnostics: Iterable[Diagnostic],
    *,
    enabled: set[str] | None = None,
    known: set[str] | None = None,
    report_unused: bool = False,
) -> Outcome:
    """Drop suppressed findings; with `report_unused`, X002 problems for directives that did
    nothing. `enabled`/`known` are the codes and names of the selected / all rules: a code whose
    rule did not run is not "unused", a code no rule has is."""
    found = directives(okr_file)
    # indexed by where they apply: a file with thousands of findings and comments stays linear
    by_line: dict[int | None, list[Directive]] = {}
    by_item: dict[str, list[Directive]] = {}
    for directive in found:
        if directive.action == "item":
            node = directive.key_result or directive.objective
            assert node is not None
            by_item.setdefault(node.id, []).append(directive)
        elif directive.action != "invalid":
            by_line.setdefault(directive.target, []).append(directive)
    kept: list[Diagnostic] = []
    for diagnostic in diagnostics:
        hit = False
        if diagnostic.code not in NEVER_SUPPRESSED:
            candidates = [
                *by_line.get(None, ()),
                *by_line.get(diagnostic.line, ()),
                *by_item.get(diagnostic.objective_id or "", ()),
                *by_item.get(diagnostic.key_result_id or "", ()),
            ]
            for directive in candidates:
                code = directive.covers(diagnostic)
                if code is not None:
                    directive.used.add(code)
                    hit = True
        if not hit:
            kept.append(diagnostic)
    unused = [p for d in found for p in _unused(d, enabled, known)] if report_unused else []
    return Outcome(kept, unused)


def _unused(
    directive: Directive, enabled: set[str] | None, known: set[str] | None
) -> list[Problem]:
    if directive.action == "invalid":
        return [
            Problem(
                directive.span,
                f"unrecognised suppression comment '{directive.codes[0]}': it silences nothing",
                suggestion="Write krlint: disable=CODE, disable-next-line=CODE or "
                "disable-file[=CODE].",
            )
        ]
    where = {
        "disable": f"on line {directive.target}",
        "disable-next-line": f"on line {directive.target}",
        "disable-file": "in this file",
    }.get(directive.action)
    if directive.action == "item":
        node = directive.key_result or directive.objective
        assert node is not None
        kind = "key result" if directive.key_result else "objective"
        where = f"for {kind} {node.id}"
    if not directive.codes:
        if directive.used:
            return []
        return [
            Problem(
                directive.span,
                f"unused suppression: no finding {where}",
                objective=directive.objective,
                key_result=directive.key_result,
                suggestion="Remove the suppression.",
            )
        ]
    stale = []
    for code in directive.codes:
        if code in directive.used:
            continue
        if known is not None and code.upper() not in known and code not in known:
            stale.append(f"{code} (no such rule)")
        elif enabled is None or code.upper() in enabled or code in enabled:
            stale.append(code)
    if not stale:
        return []
    return [
        Problem(
            directive.span,
            f"unused suppression of {', '.join(stale)}: no such finding {where}",
            objective=directive.objective,
            key_result=directive.key_result,
            suggestion="Remove it (or the codes no longer needed).",
        )
    ]


# -- reading the directives ---------------------------------------------------------------------
def directives(okr_file: OkrFile) -> list[Directive]:
    found = comment_directives(okr_file.lines, okr_file.reader)
    for objective in okr_file.objectives:
        if objective.disabled:
            found.append(
                Directive(
                    "item", tuple(sorted(objective.disabled)), objective.span, objective=objective
                )
            )
        for kr in objective.key_results:
            if kr.disabled:
                found.append(
                    Directive(
                        "item",
                        tuple(sorted(kr.disabled)),
                        kr.span,
                        objective=objective,
                        key_result=kr,
                    )
                )
    return found


def comment_directives(lines: Sequence[str], reader: str = "yaml") -> list[Directive]:
    """Every suppression comment, in time linear in the text: no regular expression here scans
    a line more than once, however many comment openings or stacked comments it holds."""
    html = reader in HTML_COMMENT_READERS
    comments = _html_comments(lines) if html else _hash_comments(lines)
    found = []
    following: list[int] | None = None
    for index, column, body in comments:
        text = body.strip()
        if not _MEANT.match(text):
            continue
        match = _DIRECTIVE.match(text)
        rest = text[match.end() :].lstrip() if match else ""
        if match is None or (rest and (rest[0].isalnum() or rest[0] == "=")):
            # a typo must not pass for a blanket "disable", nor silently do nothing
            found.append(Directive("invalid", (text[:200],), Span(index + 1, column + 1)))
            continue
        codes = tuple(c.strip() for c in (match["codes"] or "").split(",") if c.strip())
        action = match["action"]
        target: int | None = index + 1
        if action == "disable-next-line":
            if following is None:
                following = _content_lines(lines, html)
            target = following[index + 1] if index + 1 < len(lines) else index + 2
        elif action == "disable-file":
            target = None
        found.append(Directive(action, codes, Span(index + 1, column + 1), target))
    return found


def _content_lines(lines: Sequence[str], html: bool) -> list[int]:
    """For each line index, the (1-based) number of the first line at or after it with content:
    blank lines and other comments are skipped, so several `disable-next-line` comments can
    stack above one line. One pass from the end, so 30,000 stacked comments cost 30,000 steps,
    not 30,000²."""
    following = [0] * (len(lines) + 1)
    following[len(lines)] = len(lines) + 1
    for j in range(len(lines) - 1, -1, -1):
        text = lines[j].strip()
        skip = (
            not text
            or (html and text.startswith("<!--") and text.endswith("-->"))
            or (not html and text.startswith("#"))
        )
        following[j] = following[j + 1] if skip else j + 1
    # past the last content line, a comment covers the line after it (as before)
    return [n if n <= len(lines) else j + 1 for j, n in enumerate(following)]


def _code_lines(lines: Sequence[str]) -> set[int]:
    """Indexes of lines inside fenced code blocks (``` or ~~~, CommonMark's rule: up to three
    spaces of indentation, and a closing fence of the same character at least as long). A
    suppression shown there is documentation of how to suppress, not a suppression."""
    inside: set[int] = set()
    fence: tuple[str, int] | None = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(" ")
        if len(line) - len(stripped) <= 3 and stripped[:3] in ("```", "~~~"):
            char = stripped[0]
            run = len(stripped) - len(stripped.lstrip(char))
            if fence is None:
                if char == "`" and "`" in stripped[run:]:
                    pass  # an inline code span, not a fence (CommonMark: no ` in the info)
                else:
                    fence = (char, run)
                    inside.add(i)
                    continue
            elif char == fence[0] and run >= fence[1] and not stripped[run:].strip():
                fence = None
                inside.add(i)
                continue
        if fence is not None:
            inside.add(i)
    return inside


def _html_comments(lines: Sequence[str]) -> list[tuple[int, int, str]]:
    """`<!-- … -->` comments on lines that mention krlint, outside code fences and inline code
    spans. Scanned with `str.find`, each character once: `<!--` repeated 30,000 times on one
    line is 30,000 steps (a lazy `<!--(.*?)-->` regex retried from every opening is quadratic)."""
    wanted = [i for i, line in enumerate(lines) if "krlint" in line.lower()]
    if not wanted:
        return []
    code = _code_lines(lines)
    found = []
    for i in wanted:
        if i in code:
            continue
        line = lines[i]
        ticks, counted = 0, 0  # backticks before `start`: odd means inside inline code
        start = line.find("<!--")
        while start >= 0:
            end = line.find("-->", start + 4)
            if end < 0:
                break
            ticks += line.count("`", counted, start)
            counted = start
            if ticks % 2 == 0:
                found.append((i, start, line[start + 4 : end]))
            start = line.find("<!--", end + 3)
    return found


def _hash_comments(lines: Sequence[str]) -> list[tuple[int, int, str]]:
    """`#` comments on lines that mention krlint, never a `#` inside a YAML string.

    YAML starts a comment at a `#` at the start of a line or after whitespace, outside quoted and
    block scalars. The scanner knows where every scalar is; a `#` inside one is text
    ("Cut P1 #incidents", a quoted "# krlint: disable" or a `|` block). When the file is not
    valid YAML the scanner stops early and the rest is read by the simple rule alone. The `#`s of
    a line and its scalars are both in column order, so one sweep decides them all (a line of
    100,000 quoted "#" scalars is linear, not quadratic).
    """
    wanted = [i for i, line in enumerate(lines) if "#" in line and "krlint" in line.lower()]
    if not wanted:
        return []
    inside = _scalar_ranges(lines, set(wanted))
    comments = []
    for i in wanted:
        line = lines[i]
        ranges = sorted(inside.get(i, ()))
        at = 0
        column = line.find("#")
        while column >= 0:
            if column == 0 or line[column - 1].isspace():
                while at < len(ranges) and ranges[at][1] <= column:
                    at += 1
                if not (at < len(ranges) and ranges[at][0] <= column):
                    comments.append((i, column, line[column + 1 :]))
                    break  # the rest of the line is the comment
            column = line.find("#", column + 1)
    return comments


def _scalar_ranges(lines: Sequence[str], wanted: set[int]) -> dict[int, list[tuple[int, float]]]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # same marks, ~8× faster
    ranges: dict[int, list[tuple[int, float]]] = {}
    try:
        for token in yaml.scan("\n".join(lines), Loader=loader):
            if not isinstance(token, yaml.ScalarToken):
                continue
            start, end = token.start_mark, token.end_mark
            for line in range(start.line, end.line + 1):
                if line in wanted:
                    ranges.setdefault(line, []).append(
                        (
                            start.column if line == start.line else 0,
                            end.column if line == end.line else float("inf"),
                        )
                    )
    except yaml.YAMLError:
        pass  # the reader reports F001; comments up to there were found, the rest by the rule
    return ranges
