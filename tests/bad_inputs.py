"""The catalogue of bad inputs: bytes in, exit code and reader findings out.

Each case is data: the file's bytes, the exit code `krlint check --select F,O104` must give and
the exact reader findings (code, line, column). O104 (too-few-key-results) is selected as a
structural, classifier-independent witness that a document was really linted. Generators keep
the big inputs out of the module's import time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from typer.testing import CliRunner

from krlint.cli import app


@dataclass(frozen=True)
class Case:
    id: str
    data: bytes | Callable[[], bytes]
    exit: int
    findings: list[tuple[str, int, int]]  # every F/X finding, exactly, in order
    also: list[tuple[str, int, int]] = field(default_factory=list)  # must be among the rest
    name: str = "okrs.yaml"
    config: str | None = None  # a .krlint.yaml beside the file
    message: str | None = None  # a substring of the first finding's message

    def bytes(self) -> bytes:
        return self.data() if callable(self.data) else self.data


GOOD = b"""objectives:
  - objective: Grow revenue
    key_results:
      - Reach $2M ARR from $1.4M
      - Cut churn from 3% to 2%
"""

ONE_KR = b"objectives:\n  - objective: Grow revenue\n    key_results: [Reach $2M ARR]\n"


def _bomb(levels: int, width: int = 10) -> bytes:
    """The classic "billion laughs": each level is `width` aliases of the one before."""
    lines = [b"a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for n in range(1, levels):
        refs = ", ".join([f"*a{n - 1}"] * width)
        lines.append(f"a{n}: &a{n} [{refs}]".encode())
    lines.append(b"objectives:")
    lines.append(b"  - objective: Grow revenue")
    lines.append(f"    notes: *a{levels - 1}".encode())
    lines.append(b"    key_results: [Reach $2M ARR from $1.4M, Cut churn from 3% to 2%]")
    return b"\n".join(lines) + b"\n"


def _deep_flow() -> bytes:
    return b"[" * 20_000 + b"]" * 20_000 + b"\n"


def _deep_block() -> bytes:
    return b"- " * 20_000 + b"x\n"


def _deep_mapping() -> bytes:
    return b"".join(b"  " * n + b"a:\n" for n in range(150)) + b"  " * 150 + b"x\n"


def _long_key_result() -> bytes:
    return (b"objectives:\n  - objective: Grow revenue\n    key_results:\n      - Reach "
            + b"very " * 200_000 + b"high ARR\n      - Cut churn from 3% to 2%\n")


def _late_nul() -> bytes:
    return b"# padding\n" * 1_000 + b"objectives:\n  - objective: Grow\x00 revenue\n"


CASES: list[Case] = [
    # -- YAML syntax ------------------------------------------------------------------------
    Case("unclosed-flow-list",
         b"objectives:\n  - objective: Grow revenue\n    key_results: [Reach $2M ARR, Cut churn\n",
         1, [("F001", 4, 1)], message="invalid YAML"),
    Case("bad-indentation",
         b"objectives:\n  - objective: Grow revenue\n   key_results:\n      - Cut churn\n",
         1, [("F001", 3, 4)]),
    Case("tab-indentation", b"objectives:\n\t- objective: Grow revenue\n", 1, [("F001", 2, 1)],
         message="a tab"),
    Case("unterminated-quote", b'objectives:\n  - objective: "Grow revenue\n', 1,
         [("F001", 3, 1)]),
    Case("undefined-alias", b"objectives: *nowhere\n", 1, [("F001", 1, 13)],
         message="undefined alias"),
    Case("control-character", b"objectives:\n  - objective: Grow\x07 revenue\n", 1,
         [("F001", 2, 20)], message="#x0007"),
    # -- bytes that are not text -------------------------------------------------------------
    Case("latin-1", b"objectives:\n  - objective: Caf\xe9 growth\n", 1, [("F001", 2, 19)],
         message="0xe9"),
    Case("binary", bytes(range(256)) * 4, 1, [("F001", 1, 1)], message="binary"),
    Case("nul-on-line-3", b"objectives:\n  - objective: x\n\x00\n", 1, [("F001", 3, 1)]),
    Case("nul-after-8-KiB", _late_nul, 1, [("F001", 1002, 20)], message="#x0000"),
    # -- empty and odd roots -----------------------------------------------------------------
    Case("empty-file", b"", 1, [("F002", 1, 1)], message="no objectives"),
    Case("only-comments", b"# nothing here yet\n\n", 1, [("F002", 1, 1)]),
    Case("scalar-root", b"42\n", 1, [("F002", 1, 1)], message="found a number"),
    Case("text-root", b"Grow revenue\n", 1, [("F002", 1, 1)], message="found text"),
    Case("list-of-numbers-root", b"[1, 2, 3]\n", 1,
         [("F002", 1, 2), ("F002", 1, 5), ("F002", 1, 8)], message="must be text"),
    Case("objectives-is-text", b"objectives: grow everything\n", 1, [("F002", 1, 13)]),
    Case("objectives-as-mapping",
         b"objectives:\n  O1:\n    objective: Grow revenue\n    key_results: [Reach $2M ARR]\n",
         0, [], also=[("O104", 3, 16)]),
    Case("objectives-as-text-keyed-mapping",
         b"objectives:\n  Grow revenue:\n    - Reach $2M ARR from $1.4M\n", 0, [],
         also=[("O104", 2, 3)]),
    # -- key results of the wrong shape ------------------------------------------------------
    Case("key-result-number",
         b"objectives:\n  - objective: Grow revenue\n    key_results:\n      - 42\n"
         b"      - Cut churn from 3% to 2%\n", 1, [("F002", 4, 9)], message="found a number"),
    Case("key-result-list",
         b"objectives:\n  - objective: Grow revenue\n    key_results:\n      - [a, b]\n", 1,
         [("F002", 4, 9)], message="found a list"),
    Case("key-result-null",
         b"objectives:\n  - objective: Grow revenue\n    key_results:\n      -\n      - null\n",
         1, [("F002", 4, 8), ("F002", 5, 9)], message="nothing (null)"),
    Case("key-result-empty-string",
         b"objectives:\n  - objective: Grow revenue\n    key_results:\n      - ''\n"
         b"      - \"  \"\n", 1, [("F002", 4, 10), ("F002", 5, 10)], message="empty"),
    Case("key-results-number",
         b"objectives:\n  - objective: Grow revenue\n    key_results: 3\n", 1,
         [("F002", 3, 18)], message="must be a list"),
    Case("key-result-boolean",
         b"objectives:\n  - objective: Grow revenue\n    key_results: [yes, Cut churn 3% to 2%]\n",
         1, [("F002", 3, 19)], message="a boolean"),
    Case("key-result-mapping-without-text",
         b"objectives:\n  - objective: Grow revenue\n    key_results:\n      - owner: ana\n", 1,
         [("F002", 4, 9)], message="no text"),
    # -- duplicate keys ----------------------------------------------------------------------
    Case("duplicate-key",
         b"objectives:\n  - objective: Grow revenue\n    objective: Grow revenue faster\n"
         b"    key_results: [Reach $2M ARR from $1.4M, Cut churn from 3% to 2%]\n", 1,
         [("F004", 3, 5)], message="first at line 2"),
    Case("duplicate-key-results",
         b"objectives:\n  - objective: Grow revenue\n    key_results: [Reach $2M ARR]\n"
         b"    key_results: [Cut churn from 3% to 2%]\n", 1, [("F004", 4, 5)],
         also=[("O104", 2, 16)]),
    # -- BOM and line endings: positions must not move --------------------------------------
    Case("bom", b"\xef\xbb\xbf" + GOOD.replace(b"      - Cut churn from 3% to 2%\n", b""),
         0, [], also=[("O104", 2, 16)]),
    Case("bom-crlf",
         b"\xef\xbb\xbfobjectives:\r\n  - objective: Grow revenue\r\n    key_results:\r\n"
         b"      - 42\r\n", 1, [("F002", 4, 9)]),
    Case("cr-only", b"objectives:\r  - objective: Grow revenue\r    key_results:\r      - 42\r",
         1, [("F002", 4, 9)]),
    Case("crlf-duplicate-key",
         b"objectives:\r\n  - objective: A\r\n    objective: B\r\n    key_results: [x, y]\r\n",
         1, [("F004", 3, 5)]),
    # -- several documents, one broken: the others are still linted -------------------------
    Case("documents-middle-broken",
         b"objectives:\n  - objective: Grow revenue\n    key_results: [Reach $2M ARR]\n"
         b"---\nobjectives: [\n"
         b"---\nobjectives:\n  - objective: Delight users\n    key_results: [Lift NPS to 40]\n",
         1, [("F001", 6, 1)], also=[("O104", 2, 16), ("O104", 8, 16)]),
    Case("documents-first-broken",
         b"objectives:\n\t- objective: Grow revenue\n"
         b"---\nobjectives:\n  - objective: Delight users\n    key_results: [Lift NPS to 40]\n",
         1, [("F001", 2, 1)], also=[("O104", 5, 16)]),
    Case("documents-broken-after-end-marker",
         b"objectives:\n  - objective: Grow revenue\n    key_results: [Reach $2M ARR]\n...\n"
         b"--- {objectives: [\n...\n"
         b"objectives:\n  - objective: Delight users\n    key_results: [Lift NPS to 40]\n",
         1, [("F001", 6, 1)], also=[("O104", 2, 16), ("O104", 8, 16)]),
    Case("documents-bomb-in-second",
         ONE_KR + b"---\n" + _bomb(9) + b"---\n" + ONE_KR, 1, [("F005", 11, 10)],
         also=[("O104", 2, 16), ("O104", 20, 16)]),
    # -- anchors, aliases and merge keys used as intended ------------------------------------
    Case("anchors-aliases-merge",
         b"defaults: &team {owner: growth, confidence: 0.7}\nobjectives:\n"
         b"  - objective: Grow revenue\n    <<: *team\n    key_results: &krs\n"
         b"      - Reach $2M ARR from $1.4M\n      - Cut churn from 3% to 2%\n"
         b"  - objective: Keep revenue\n    <<: [*team]\n    key_results: *krs\n", 0, []),
    # -- resource limits ---------------------------------------------------------------------
    Case("alias-bomb-billion-laughs", lambda: _bomb(9), 1, [("F005", 7, 10)],
         message="more than 2,000,000 nodes"),
    Case("alias-bomb-10^30", lambda: _bomb(30), 1, [("F005", 7, 10)]),
    Case("recursive-alias", b"objectives: &o [{objective: Grow, key_results: *o}]\n", 1,
         [("F005", 1, 48)], message="its own anchor"),
    Case("deep-flow-20000", _deep_flow, 1, [("F005", 1, 101)], message="deeper than 100"),
    Case("deep-block-20000", _deep_block, 1, [("F005", 1, 201)]),
    Case("deep-mapping-150", _deep_mapping, 1, [("F005", 101, 201)]),
    Case("key-result-1-MB", _long_key_result, 1, [("F005", 4, 9)],
         message="1,000,014 characters"),
    Case("max-depth-configured", b"objectives:\n  - objective: Grow revenue\n"
         b"    key_results: [Reach $2M ARR, {kr: Cut churn, notes: [[deep]]}]\n", 1,
         [("F005", 3, 34)], config="limits: {max-depth: 4}\n"),
    Case("max-aliases-configured", b"x: &x one\ny: [*x, *x, *x]\n" + GOOD, 1,
         [("F005", 2, 13)], config="limits: {max-aliases: 2}\n"),
    Case("max-file-size-configured", GOOD, 1, [("F005", 1, 1)],
         config="limits: {max-file-size: 100}\n", message="larger than 100 bytes"),
    Case("max-key-result-length-configured", GOOD, 1, [("F005", 4, 9), ("F005", 5, 9)],
         config="limits: {max-key-result-length: 20}\n"),
    Case("max-nodes-configured", GOOD, 1, [("F005", 5, 9)],
         config="limits: {max-nodes: 9}\n"),
    # -- unsafe tags: a finding, never an object ---------------------------------------------
    Case("python-object-apply",
         b"objectives:\n  - objective: !!python/object/apply:os.system ['echo pwned']\n", 1,
         [("F002", 2, 16)], message="unsafe tag !!python/object/apply:os.system"),
    Case("python-name-key-result",
         b"objectives:\n  - objective: Grow revenue\n    key_results:\n"
         b"      - !!python/name:os.system\n", 1, [("F002", 4, 9)], message="unsafe tag"),
    Case("python-object-root", b"--- !!python/object:builtins.dict\nobjectives: []\n", 1,
         [("F002", 1, 5)], message="unsafe tag"),
    Case("python-object-new-objective",
         b"objectives:\n  - !!python/object/new:subprocess.Popen [['id']]\n", 1,
         [("F002", 2, 5)], message="unsafe tag"),
    Case("python-object-on-objectives-list",
         b"objectives: !!python/object/apply:os.system [id]\n", 1, [("F002", 1, 13)],
         message="unsafe tag"),
    Case("python-tags-on-key-and-extra-field",
         b"objectives:\n  - objective: Grow revenue\n    !!python/name:os.system : x\n"
         b"    owner: !!python/object/new:os.system [id]\n    key_results: [a, b]\n", 1,
         [("F002", 3, 5), ("F002", 4, 12)], message="unsafe tag"),
    Case("custom-tag-key-result",
         b"objectives:\n  - objective: Grow revenue\n    key_results: [!secret Reach $2M]\n",
         1, [("F002", 3, 19)]),
    Case("binary-tag-objective",
         b"objectives:\n  - objective: !!binary aGVsbG8=\n    key_results: [x]\n", 1,
         [("F002", 2, 16)], message="binary"),
    # -- JSON read as YAML -------------------------------------------------------------------
    Case("json-with-tabs",
         b'{\n\t"objectives": [{"objective": "Grow revenue",\n\t\t"key_results": [42]}]\n}\n',
         1, [("F002", 3, 19)], name="okrs.json"),
    Case("json-truncated", b'{"objectives": [{"objective": "Grow revenue"', 1,
         [("F001", 1, 45)], name="okrs.json",
         message="while parsing a flow mapping"),
]


def _many_broken_documents() -> bytes:
    return b"---\nobjectives: [\n" * 30 + b"---\n" + ONE_KR


CASES.append(Case("documents-30-broken", _many_broken_documents, 1,
                  [("F001", n, 1) for n in range(3, 42, 2)] + [("F001", 41, 1)],
                  message="invalid YAML"))
CASES.append(Case("documents-deep-after-good-ones",
                  ONE_KR * 1 + b"---\n" + ONE_KR + b"---\n" + _deep_flow() + b"---\n" + ONE_KR,
                  1, [("F005", 9, 101)], also=[("O104", 2, 16), ("O104", 6, 16),
                                               ("O104", 12, 16)]))


def run(args: list[str], stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    """The CLI in process; an exception that escaped krlint fails the test with its traceback."""
    result = CliRunner().invoke(app, args, input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert "Traceback" not in result.stderr
    return result
