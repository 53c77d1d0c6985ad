"""Identities of findings that survive edits elsewhere in the file.

Code scanning (SARIF `partialFingerprints`) and GitLab Code Quality (`fingerprint`) match a
finding across runs by an identity string. Line numbers move whenever someone adds an objective
above, so the identity is built from what the finding is about — file, rule, the objective and
key result and their text — not from where it stands. Two identical findings in one file are
told apart by their order.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from krlint.diagnostics import Diagnostic


def _identity(d: Diagnostic) -> str:
    subject = d.key_result or d.objective or d.message
    return "\0".join(
        (
            d.path.replace("\\", "/"),
            d.code,
            d.objective_id or "",
            d.key_result_id or "",
            " ".join(subject.split()).casefold(),
        )
    )


def fingerprints(diagnostics: Iterable[Diagnostic]) -> list[str]:
    """One hex digest per diagnostic, in order; stable across runs and line moves."""
    seen: Counter[str] = Counter()
    result = []
    for d in diagnostics:
        identity = _identity(d)
        seen[identity] += 1
        digest = hashlib.sha256(f"{identity}\0{seen[identity]}".encode()).hexdigest()
        result.append(digest[:32])
    return result
