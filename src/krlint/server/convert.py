"""krlint findings as LSP diagnostics: ranges, severities, codes and a link to the rule.

krlint counts lines and columns from 1, in characters, with an exclusive end column; LSP counts
from 0, in the code units the client chose (UTF-16 unless it asked otherwise), so an emoji in a
key result must not shift every squiggle after it. A finding without an end runs to the end of
its line's text. Ranges are clamped to the text, since a finding may point one line past the end
(F001 at the end of a truncated file).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec, ServerTextPosition

from krlint.diagnostics import Diagnostic, Severity
from krlint.server.actions import Edit

SOURCE = "krlint"
SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def position(lines: Sequence[str], codec: PositionCodec, line: int, column: int) -> types.Position:
    """0-based `line` and character `column`, clamped to the text, in the client's units."""
    if not lines:
        return types.Position(line=0, character=0)
    line = min(max(line, 0), len(lines) - 1)
    column = min(max(column, 0), len(lines[line]))
    return codec.position_to_client_units(lines, ServerTextPosition(line, column))


def span_range(lines: Sequence[str], codec: PositionCodec, diagnostic: Diagnostic) -> types.Range:
    line = diagnostic.line - 1
    start = diagnostic.column - 1
    if diagnostic.end_line is not None and diagnostic.end_column is not None:
        end_line, end = diagnostic.end_line - 1, diagnostic.end_column - 1
    else:
        end_line = line
        text = lines[line] if 0 <= line < len(lines) else ""
        end = max(len(text.rstrip()), start)
    return types.Range(
        start=position(lines, codec, line, start), end=position(lines, codec, end_line, end)
    )


def to_lsp(
    diagnostic: Diagnostic, lines: Sequence[str], codec: PositionCodec, rule_docs: Mapping[str, str]
) -> types.Diagnostic:
    """One finding; `rule_docs` maps a rule code to the URI of its documentation."""
    href = rule_docs.get(diagnostic.code)
    return types.Diagnostic(
        range=span_range(lines, codec, diagnostic),
        message=diagnostic.message,
        severity=SEVERITIES[diagnostic.severity],
        code=diagnostic.code,
        code_description=types.CodeDescription(href=href) if href else None,
        source=SOURCE,
        data={
            "code": diagnostic.code,
            "name": diagnostic.name,
            "line": diagnostic.line,
            "objective": diagnostic.objective_id,
            "key_result": diagnostic.key_result_id,
        },
    )


def problem(
    message: str,
    lines: Sequence[str],
    codec: PositionCodec,
    severity: types.DiagnosticSeverity = types.DiagnosticSeverity.Error,
) -> types.Diagnostic:
    """A diagnostic about the run rather than the text (a config krlint cannot use …): on the
    first line, so it is seen, with no rule code."""
    end = position(lines, codec, 0, len(lines[0]) if lines else 0)
    return types.Diagnostic(
        range=types.Range(start=types.Position(line=0, character=0), end=end),
        message=message,
        severity=severity,
        source=SOURCE,
    )


def text_edit(lines: Sequence[str], codec: PositionCodec, edit: Edit) -> types.TextEdit:
    return types.TextEdit(
        range=types.Range(
            start=position(lines, codec, edit.line, edit.column),
            end=position(lines, codec, edit.end_line, edit.end_column),
        ),
        new_text=edit.text,
    )
