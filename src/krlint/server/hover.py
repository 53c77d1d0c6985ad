"""What hovering on a key result (or an objective) explains: krlint's judgement and why.

For a key result: the label and confidence, what decided it and the rest of the evidence, the
baseline and target krlint read, the suggestion, and the findings on it. For an objective: how
its key results were judged and the findings on the objective itself. Markdown, kept plain
enough to read as text in clients that show hover as plain text.
"""

from __future__ import annotations

from krlint.diagnostics import Diagnostic, Evidence
from krlint.engine import TextResult
from krlint.model import KeyResult, Objective, Span


def node_at(
    result: TextResult, line: int, column: int
) -> tuple[Objective, KeyResult | None] | None:
    """The key result (else the objective) written at 1-based `line`, `column`."""
    best: tuple[Objective, KeyResult | None] | None = None
    for objective in result.file.objectives:
        if _on(objective.span, line, column):
            best = (objective, None)
        for kr in objective.key_results:
            if _on(kr.span, line, column) and (
                best is None or best[1] is None or _inside(kr.span, line, column)
            ):
                best = (objective, kr)
    return best


def _on(span: Span, line: int, column: int) -> bool:
    """On the lines the node is written on (hovering anywhere on its line counts)."""
    return span.line <= line <= (span.end_line or span.line)


def _inside(span: Span, line: int, column: int) -> bool:
    if span.end_column is None or span.end_line not in (None, span.line):
        return False
    return span.column <= column <= span.end_column


def describe(
    result: TextResult, line: int, column: int, *, pending: str | None = None
) -> str | None:
    """The hover text at 1-based `line`, `column`; None where there is nothing to explain.

    `pending` says why there is no judgement yet (the pipeline is loading)."""
    found = node_at(result, line, column)
    if found is None:
        return None
    objective, kr = found
    findings = [d for d in result.report.diagnostics if _about(d, objective, kr)]
    parts = _key_result(result, kr, pending) if kr else _objective(result, objective, pending)
    if findings:
        parts.append("Findings: " + "; ".join(f"{d.code} {d.name}: {d.message}" for d in findings))
    return "\n\n".join(parts)


def _about(diagnostic: Diagnostic, objective: Objective, kr: KeyResult | None) -> bool:
    if diagnostic.objective_id != objective.id:
        return False
    return diagnostic.key_result_id == (kr.id if kr else None)


def _key_result(result: TextResult, kr: KeyResult, pending: str | None) -> list[str]:
    if kr.kind is not None:
        head = f"**Key result** — declared `kind: {kr.kind}`: krlint takes your word for it"
        judgement = None
    else:
        judgement = result.judgements.get(id(kr))
        if judgement is None:
            return [f"**Key result** — not judged yet: {pending or 'no judgement'}"]
        head = f"**{judgement.label}** — confidence {judgement.confidence:.2f}"
    parts = [head]
    if judgement is None:
        return parts
    decided = judgement.first(judgement.reason) if judgement.reason else None
    if judgement.reason:
        parts.append(
            f"Decided by: {judgement.reason}" + (f" ({_quote(decided)})" if decided else "")
        )
    others = [e for e in judgement.evidence if e is not decided]
    if others:
        parts.append("Evidence: " + ", ".join(f"{e.kind} {_quote(e)}" for e in others))
    if judgement.baseline or judgement.target:
        parts.append(
            "Baseline → target: "
            + " → ".join(_quote(e) if e else "none" for e in (judgement.baseline, judgement.target))
        )
    if judgement.suggestion:
        parts.append(f"Suggestion: {judgement.suggestion}")
    rewrite = getattr(judgement, "rewrite", None)  # an output's (krlint.nlp.suggestions)
    if isinstance(rewrite, str) and rewrite.strip():
        parts.append(f"Rewrite template: {rewrite}")
    return parts


def _objective(result: TextResult, objective: Objective, pending: str | None) -> list[str]:
    krs = objective.key_results
    head = f"**Objective** — {len(krs)} key result{'s' if len(krs) != 1 else ''}"
    labels = [result.judgements[id(kr)].label for kr in krs if id(kr) in result.judgements]
    if labels:
        counts = {label: labels.count(label) for label in ("outcome", "output", "unclear")}
        head += ": " + ", ".join(
            f"{n} {label}{'s' if n != 1 and label != 'unclear' else ''}"
            for label, n in counts.items()
            if n
        )
    elif krs and pending:
        head += f" (not judged yet: {pending})"
    return [head]


def _quote(evidence: Evidence) -> str:
    return f'"{evidence.text}"'
