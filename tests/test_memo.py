"""krlint.memo: an answer about a text is found once per lint, however large the file."""

from __future__ import annotations

from collections.abc import Callable

from krlint import memo


def _counting() -> tuple[list[str], Callable[[str], int]]:
    calls: list[str] = []

    @memo.per_text
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    return calls, length


def test_inside_a_scope_every_answer_is_kept_beyond_the_recent_memo() -> None:
    calls, length = _counting()
    texts = [f"key result {i}" for i in range(memo.RECENT + 10)]
    with memo.scope():
        first = [length(t) for t in texts]
        second = [length(t) for t in texts]  # a second rule's pass
    assert first == second == [len(t) for t in texts]
    assert len(calls) == len(texts)  # each text once, though there are more than RECENT


def test_outside_a_scope_a_pass_larger_than_the_recent_memo_finds_them_again() -> None:
    calls, length = _counting()
    texts = [f"key result {i}" for i in range(memo.RECENT + 10)]
    for _ in range(2):
        for t in texts:
            length(t)
    assert len(calls) == 2 * len(texts)  # why the engine opens a scope per chunk


def test_a_scope_ends_with_its_block() -> None:
    calls, length = _counting()
    with memo.scope():
        length("Reach 500 users")
    with memo.scope():
        length("Reach 500 users")
    assert calls == ["Reach 500 users", "Reach 500 users"]
