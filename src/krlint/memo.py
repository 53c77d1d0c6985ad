"""Answers about one key result's text, found once per lint.

The rules ask their questions one rule at a time over a whole file — K204 of every key result,
then K205, K207, O106 — and the classifier asks some of them too (its cleaned text, its numbers).
A bounded LRU memo cannot serve that when a file holds more key results than the memo: each rule's
pass empties it before the next one asks again (a 100,000-key-result file spent a quarter of its
time finding the same numbers twice over). So while the engine judges and lints a chunk of files
it opens a `scope`, and the answers found inside it are kept until the chunk is done, whatever its
size; texts are bounded by `krlint.limits` and a chunk by the engine. Outside a scope (`krlint
classify`, the language server, tests) a small LRU memo keeps the recent ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache, wraps
from typing import TypeVar

T = TypeVar("T")

# (the function, the text) -> its answer, while a scope is open
_SCOPE: ContextVar[dict[tuple[object, str], object] | None] = ContextVar("krlint_memo")
RECENT = 4096  # answers kept per function outside a scope


@contextmanager
def scope() -> Iterator[None]:
    """Keep every answer found until the block ends."""
    token = _SCOPE.set({})
    try:
        yield
    finally:
        _SCOPE.reset(token)


def per_text(fn: Callable[[str], T]) -> Callable[[str], T]:
    """Memoise a function of one text: for the open scope, else in a small LRU memo. The function
    must be pure (its answer depends on the text alone, and is never changed by its callers)."""
    recent = lru_cache(maxsize=RECENT)(fn)

    @wraps(fn)
    def remembered(text: str) -> T:
        memo = _SCOPE.get(None)
        if memo is None:
            return recent(text)
        key = (fn, text)
        try:
            return memo[key]  # type: ignore[return-value]
        except KeyError:
            found = memo[key] = fn(text)
            return found

    return remembered
