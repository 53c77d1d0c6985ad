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
    return (
        b"objectives:\n  - objective: Grow revenue\n    key_results:\n      - Reach "
        + b"very " * 200_000
        + b"high ARR\n      - Cut churn from 3% to 2%\n"
    )


def _late_nul() -> bytes:
    return b"# padding\n" * 1_000 + b"objectives:\n  - objective: Grow\x00 revenue\n"


CASES: list[Case] = [
    # -- YAML syntax ------------------------------------------------------------------------
    Case(
        "unclosed-flow-list",
        b"objectives:\n  - objective: Grow revenue\n    key_results: [Reach $2M ARR, Cut churn\n",
        1,
        [("F001", 4, 1)],
        message="invalid YAML",
    ),
    Case(
        "bad-indentation",
        b"objectives:\n  - objective: Grow revenue\n   key_results:\n      - Cut churn\n",
        1,
        [("F001", 3, 4)],
    ),
    Case(
        "tab-indentation",
        b"objectives:\n\t- objective: Grow revenue\n",
        1,
        [("F001", 2, 1)],
        message="a tab",
    ),
    Case("unterminated-quote", b'objectives:\n  - objective: "Grow revenue\n', 1, [("F001", 3, 1)]),
    Case(
        "undefined-alias",
        b"objectives: *nowhere\n",
        1,
        [("F001", 1, 13)],
        message="undefined alias",
    ),
    Case(
        "control-character",
        b"objectives:\n  - objective: Grow\x07 revenue\n",
        1,
        [("F001", 2, 20)],
        message="#x0007",
    ),
    # -- bytes that are not text -------------------------------------------------------------
    Case(
        "latin-1",
        b"objectives:\n  - objective: Caf\xe9 growth\n",
        1,
        [("F001", 2, 19)],
        message="0xe9",
    ),
    Case("binary", bytes(range(256)) * 4, 1, [("F001", 1, 1)], message="binary"),
    Case("nul-on-line-3", b"objectives:\n  - objective: x\n\x00\n", 1, [("F001", 3, 1)]),
    Case("nul-after-8-KiB", _late_nul, 1, [("F001", 1002, 20)], message="#x0000"),
    # -- empty and odd roots -----------------------------------------------------------------
    Case("empty-file", b"", 1, [("F002", 1, 1)], message="no objectives"),
    Case("only-comments", b"# nothing here yet\n\n", 1, [("F002", 1, 1)]),
    Case("scalar-root", b"42\n", 1, [("F002", 1, 1)], message="found a number"),
    Case("text-root", b"Grow revenue\n", 1, [("F002", 1, 1)], message="found text"),
    Case(
        "list-of-numbers-root",
        b"[1, 2, 3]\n",
        1,
        [("F002", 1, 2), ("F002", 1, 5), ("F002", 1, 8)],
        message="must be text",
    ),
    Case("objectives-is-text", b"objectives: grow everything\n", 1, [("F002", 1, 13)]),
    Case(
        "objectives-as-mapping",
        b"objectives:\n  O1:\n    objective: Grow revenue\n    key_results: [Reach $2M ARR]\n",
        0,
        [],
        also=[("O104", 3, 16)],
    ),
    Case(
        "objectives-as-text-keyed-mapping",
        b"objectives:\n  Grow revenue:\n    - Reach $2M ARR from $1.4M\n",
        0,
        [],
        also=[("O104", 2, 3)],
    ),
    # -- key results of the wrong shape ------------------------------------------------------
    Case(
        "key-result-number",
        b"objectives:\n  - objective: Grow revenue\n    key_results:\n      - 42\n"
        b"      - Cut churn from 3% to 2%\n",
        1,
        [("F002", 4, 9)],
        message="found a number",
    ),
    Case(
        "key-result-list",
        b"objectives:\n  - objective: Grow revenue\n    key_results:\n      - [a, b]\n",
        1,
        [("F002", 4, 9)],
        message="found a list",
    ),
    Case(
        "key-result-null",
        b"objectives:\n  - objective: Grow revenue\n    key_results:\n      -\n      - null\n",
        1,
        [("F002", 4, 8), ("F002", 5, 9)],
        message="nothing (null)",
    ),
    Case(
        "key-result-empty-string",
        b"objectives:\n  - objective: Grow revenue\n    key_results:\n      - ''\n      - \"  \"\n",
        1,
        [("F002", 4, 10), ("F002", 5, 10)],
        message="empty",
    ),
    Case(
        "key-results-number",
        b"objectives:\n  - objective: Grow revenue\n    key_results: 3\n",
        1,
        [("F002", 3, 18)],
        message="must be a list",
    ),
    Case(
        "key-result-boolean",
        b"objectives:\n  - objective: Grow revenue\n    key_results: [yes, Cut churn 3% to 2%]\n",
        1,
        [("F002", 3, 19)],
        message="a boolean",
    ),
    Case(
        "key-result-mapping-without-text",
        b"objectives:\n  - objective: Grow revenue\n    key_results:\n      - owner: ana\n",
        1,
        [("F002", 4, 9)],
        message="no text",
    ),
    # -- duplicate keys ----------------------------------------------------------------------
    Case(
        "duplicate-key",
        b"objectives:\n  - objective: Grow revenue\n    objective: Grow revenue faster\n"
        b"    key_results: [Reach $2M ARR from $1.4M, Cut churn from 3% to 2%]\n",
        1,
        [("F004", 3, 5)],
        message="first at line 2",
    ),
    Case(
        "duplicate-key-results",
        b"objectives:\n  - objective: Grow revenue\n    key_results: [Reach $2M ARR]\n"
        b"    key_results: [Cut churn from 3% to 2%]\n",
        1,
        [("F004", 4, 5)],
        also=[("O104", 2, 16)],
    ),
    # -- BOM and line endings: positions must not move --------------------------------------
    Case(
        "bom",
        b"\xef\xbb\xbf" + GOOD.replace(b"      - Cut churn from 3% to 2%\n", b""),
        0,
        [],
        also=[("O104", 2, 16)],
    ),
    Case(
        "bom-crlf",
        b"\xef\xbb\xbfobjectives:\r\n  - objective: Grow revenue\r\n    key_results:\r\n"
        b"      - 42\r\n",
        1,
        [("F002", 4, 9)],
    ),
    Case(
        "cr-only",
        b"objectives:\r  - objective: Grow revenue\r    key_results:\r      - 42\r",
        1,
        [("F002", 4, 9)],
    ),
    Case(
        "crlf-duplicate-key",
        b"objectives:\r\n  - objective: A\r\n    objective: B\r\n    key_results: [x, y]\r\n",
        1,
        [("F004", 3, 5)],
    ),
    # -- several documents, one broken: the others are still linted -------------------------
    Case(
        "documents-middle-broken",
        b"objectives:\n  - objective: Grow revenue\n    key_results: [Reach $2M ARR]\n"
        b"---\nobjectives: [\n"
        b"---\nobjectives:\n  - objective: Delight users\n    key_results: [Lift NPS to 40]\n",
        1,
        [("F001", 6, 1)],
        also=[("O104", 2, 16), ("O104", 8, 16)],
    ),
    Case(
        "documents-first-broken",
        b"objectives:\n\t- objective: Grow revenue\n"
        b"---\nobjectives:\n  - objective: Delight users\n    key_results: [Lift NPS to 40]\n",
        1,
        [("F001", 2, 1)],
        also=[("O104", 5, 16)],
    ),
    Case(
        "documents-broken-after-end-marker",
        b"objectives:\n  - objective: Grow revenue\n    key_results: [Reach $2M ARR]\n...\n"
        b"--- {objectives: [\n...\n"
        b"objectives:\n  - objective: Delight users\n    key_results: [Lift NPS to 40]\n",
        1,
        [("F001", 6, 1)],
        also=[("O104", 2, 16), ("O104", 8, 16)],
    ),
    Case(
        "documents-bomb-in-second",
        ONE_KR + b"---\n" + _bomb(9) + b"---\n" + ONE_KR,
        1,
        [("F005", 11, 10)],
        also=[("O104", 2, 16), ("O104", 20, 16)],
    ),
    # -- anchors, aliases and merge keys used as intended ------------------------------------
    Case(
        "anchors-aliases-merge",
        b"defaults: &team {owner: growth, confidence: 0.7}\nobjectives:\n"
        b"  - objective: Grow revenue\n    <<: *team\n    key_results: &krs\n"
        b"      - Reach $2M ARR from $1.4M\n      - Cut churn from 3% to 2%\n"
        b"  - objective: Keep revenue\n    <<: [*team]\n    key_results: *krs\n",
        0,
        [],
    ),
    # -- resource limits ---------------------------------------------------------------------
    Case(
        "alias-bomb-billion-laughs",
        lambda: _bomb(9),
        1,
        [("F005", 7, 10)],
        message="more than 2,000,000 nodes",
    ),
    Case("alias-bomb-10^30", lambda: _bomb(30), 1, [("F005", 7, 10)]),
    Case(
        "recursive-alias",
        b"objectives: &o [{objective: Grow, key_results: *o}]\n",
        1,
        [("F005", 1, 48)],
        message="its own anchor",
    ),
    Case("deep-flow-20000", _deep_flow, 1, [("F005", 1, 101)], message="deeper than 100"),
    Case("deep-block-20000", _deep_block, 1, [("F005", 1, 201)]),
    Case("deep-mapping-150", _deep_mapping, 1, [("F005", 101, 201)]),
    Case("key-result-1-MB", _long_key_result, 1, [("F005", 4, 9)], message="1,000,014 characters"),
    Case(
        "max-depth-configured",
        b"objectives:\n  - objective: Grow revenue\n"
        b"    key_results: [Reach $2M ARR, {kr: Cut churn, notes: [[deep]]}]\n",
        1,
        [("F005", 3, 34)],
        config="limits: {max-depth: 4}\n",
    ),
    Case(
        "max-aliases-configured",
        b"x: &x one\ny: [*x, *x, *x]\n" + GOOD,
        1,
        [("F005", 2, 13)],
        config="limits: {max-aliases: 2}\n",
    ),
    Case(
        "max-file-size-configured",
        GOOD,
        1,
        [("F005", 1, 1)],
        config="limits: {max-file-size: 100}\n",
        message="larger than 100 bytes",
    ),
    Case(
        "max-key-result-length-configured",
        GOOD,
        1,
        [("F005", 4, 9), ("F005", 5, 9)],
        config="limits: {max-key-result-length: 20}\n",
    ),
    Case("max-nodes-configured", GOOD, 1, [("F005", 5, 9)], config="limits: {max-nodes: 9}\n"),
    # -- unsafe tags: a finding, never an object ---------------------------------------------
    Case(
        "python-object-apply",
        b"objectives:\n  - objective: !!python/object/apply:os.system ['echo pwned']\n",
        1,
        [("F002", 2, 16)],
        message="unsafe tag !!python/object/apply:os.system",
    ),
    Case(
        "python-name-key-result",
        b"objectives:\n  - objective: Grow revenue\n    key_results:\n"
        b"      - !!python/name:os.system\n",
        1,
        [("F002", 4, 9)],
        message="unsafe tag",
    ),
    Case(
        "python-object-root",
        b"--- !!python/object:builtins.dict\nobjectives: []\n",
        1,
        [("F002", 1, 5)],
        message="unsafe tag",
    ),
    Case(
        "python-object-new-objective",
        b"objectives:\n  - !!python/object/new:subprocess.Popen [['id']]\n",
        1,
        [("F002", 2, 5)],
        message="unsafe tag",
    ),
    Case(
        "python-object-on-objectives-list",
        b"objectives: !!python/object/apply:os.system [id]\n",
        1,
        [("F002", 1, 13)],
        message="unsafe tag",
    ),
    Case(
        "python-tags-on-key-and-extra-field",
        b"objectives:\n  - objective: Grow revenue\n    !!python/name:os.system : x\n"
        b"    owner: !!python/object/new:os.system [id]\n    key_results: [a, b]\n",
        1,
        [("F002", 3, 5), ("F002", 4, 12)],
        message="unsafe tag",
    ),
    Case(
        "custom-tag-key-result",
        b"objectives:\n  - objective: Grow revenue\n    key_results: [!secret Reach $2M]\n",
        1,
        [("F002", 3, 19)],
    ),
    Case(
        "binary-tag-objective",
        b"objectives:\n  - objective: !!binary aGVsbG8=\n    key_results: [x]\n",
        1,
        [("F002", 2, 16)],
        message="binary",
    ),
    # -- JSON read as YAML -------------------------------------------------------------------
    Case(
        "json-with-tabs",
        b'{\n\t"objectives": [{"objective": "Grow revenue",\n\t\t"key_results": [42]}]\n}\n',
        1,
        [("F002", 3, 19)],
        name="okrs.json",
    ),
    Case(
        "json-truncated",
        b'{"objectives": [{"objective": "Grow revenue"',
        1,
        [("F001", 1, 45)],
        name="okrs.json",
        message="while parsing a flow mapping",
    ),
]


def _many_broken_documents() -> bytes:
    return b"---\nobjectives: [\n" * 30 + b"---\n" + ONE_KR


CASES.append(
    Case(
        "documents-30-broken",
        _many_broken_documents,
        1,
        [("F001", n, 1) for n in range(3, 42, 2)] + [("F001", 41, 1)],
        message="invalid YAML",
    )
)
CASES.append(
    Case(
        "documents-deep-after-good-ones",
        ONE_KR * 1 + b"---\n" + ONE_KR + b"---\n" + _deep_flow() + b"---\n" + ONE_KR,
        1,
        [("F005", 9, 101)],
        also=[("O104", 2, 16), ("O104", 6, 16), ("O104", 12, 16)],
    )
)


def run(args: list[str], stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    """The CLI in process; an exception that escaped krlint fails the test with its traceback."""
    result = CliRunner().invoke(app, args, input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert "Traceback" not in result.stderr
    return result


# =============================================================================================
# Round two (issue 16): what a pull request can do to the CI job, beyond one file's bytes.
#
# A scenario lays out a repository (`repo/`, a Git work tree) beside a folder it must never
# reach (`outside/`, holding SECRET text), runs one krlint command in `repo/`, and is held to
# the bar of the issue: the documented exit code, a finding or a one-line error, output that
# holds no control character or workflow command krlint did not write, nothing of `outside/`
# read or changed, nothing imported from the checkout (a planted module would create PWNED).
# Time and memory are measured per scenario by bench/hardening.py, never asserted here.
# =============================================================================================
import os  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

SECRET = "SECRET-7f3a"
OUTSIDE_OKRS = (
    f"objectives:\n  - objective: {SECRET} objective\n    key_results:\n"
    f"      - Publish {SECRET} posts\n"
).encode()
OUTPUT_ONLY = b"objectives:\n  - objective: Grow revenue\n    key_results: [Publish 10 posts]\n"
# Python that marks its own import: planted in the checkout, it must never run.
PLANT = (
    "import pathlib\npathlib.Path(__file__).resolve().parents[{up}].joinpath('PWNED')"
    ".write_text('imported ' + __name__)\n"
)
FORMATS_ALL = ("text", "concise", "github", "json", "sarif", "junit", "gitlab")
_WORKFLOW = re.compile(
    r"^::(error|warning|notice) file=[^,:\n]*,line=\d+,col=\d+"
    r"(,endLine=\d+(,endColumn=\d+)?)?,title=[^:\n]*::[^\n]*$"
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Scenario:
    id: str
    kind: str  # injection | outside | bomb | one-bad-path | not-regular | quieter
    layout: Callable[[Path], None]  # builds the repository (its parent holds outside/)
    args: tuple[str, ...]  # after `krlint`
    exit: int
    stdout: tuple[str, ...] = ()  # each must appear on stdout
    stderr: tuple[str, ...] = ()  # each must appear on stderr
    absent: tuple[str, ...] = (SECRET,)  # never in stdout or stderr
    stdin: bytes | None = None
    env: tuple[tuple[str, str], ...] = ()
    process: bool = False  # run `python -m krlint` for real (sys.path, streams, budgets)
    redirect: str = ""  # process only: a shell redirection of the command, e.g. ">&-"
    owner: str | None = None  # xfail: whose rewrite holds the root cause
    slow: bool = False
    then: Callable[[Path], None] | None = None  # after a first run: plant into its cache


def _write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)


def _repo(
    files: dict[str, bytes | str] | None = None,
    links: dict[str, str] | None = None,
    fifos: tuple[str, ...] = (),
    sparse: dict[str, int] | None = None,
) -> Callable[[Path], None]:
    """A layout: files (bytes), symbolic links (name → target), FIFOs and sparse files (name →
    size; a "2 GB" file that takes no disk) in the repository; names starting with `../`
    are laid out beside it (`../outside/…`)."""

    def build(repo: Path) -> None:
        for name, data in (files or {}).items():
            _write(repo / name, data)
        for name, target in (links or {}).items():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            os.symlink(target, repo / name)
        for name in fifos:
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            os.mkfifo(repo / name)
        for name, size in (sparse or {}).items():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            with open(repo / name, "wb") as handle:
                handle.truncate(size)

    return build


def _also(*builds: Callable[[Path], None]) -> Callable[[Path], None]:
    def build(repo: Path) -> None:
        for step in builds:
            step(repo)

    return build


def lay_out(scenario: Scenario, base: Path) -> Path:
    """`base/repo` (with `.git/`) and `base/outside` (SECRET files); returns the repository."""
    repo, outside = base / "repo", base / "outside"
    (repo / ".git").mkdir(parents=True)
    _write(outside / "okrs.yaml", OUTSIDE_OKRS)
    _write(outside / "rules" / "Z001.yaml", f"code: Z001\nname: z\n{SECRET}: 1\n")
    _write(outside / "config.yaml", f"{SECRET}: true\n")
    scenario.layout(repo)
    return repo


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every entry under `folder` (links not followed): size and modification time."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            st = os.lstat(os.path.join(dirpath, name))
            found[os.path.relpath(os.path.join(dirpath, name), folder)] = (
                st.st_size,
                st.st_mtime_ns,
            )
    return found


@dataclass
class Outcome:
    exit: int
    stdout: str
    stderr: str


def invoke(
    scenario: Scenario,
    repo: Path,
    python: str = sys.executable,
    budget: tuple[int, int] | None = None,
    timeout: float = 120,
    extra_env: dict[str, str] | None = None,
) -> Outcome:
    """Run the scenario's command: in process (CliRunner, cwd = the repository) or, for
    `process` scenarios and the benchmark, as `python -m krlint` with an optional budget
    (CPU seconds, address space in MB) that turns a runaway into a failure instead of a hang."""
    env = {"NO_COLOR": "1", "KRLINT_NO_CACHE": "", **dict(scenario.env), **(extra_env or {})}
    if not scenario.process and budget is None and python == sys.executable:
        old = os.getcwd()
        os.chdir(repo)
        try:
            from krlint import trust

            trust.repository_root.cache_clear()
            trust.pipeline_problem.cache_clear()
            from krlint.config import discover

            discover.cache_clear()
            result = CliRunner().invoke(app, list(scenario.args), input=scenario.stdin, env=env)
        finally:
            os.chdir(old)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Outcome(result.exit_code, result.stdout, result.stderr)
    full_env = {k: v for k, v in os.environ.items() if k != "KRLINT_NO_CACHE"}
    full_env.update({k: v for k, v in env.items() if v})

    def limit() -> None:
        if budget is not None:
            cpu, memory = budget
            resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
            resource.setrlimit(resource.RLIMIT_AS, (memory << 20, memory << 20))

    command = [python, "-m", "krlint", *scenario.args]
    if scenario.redirect:
        command = ["bash", "-c", f'exec "$@" {scenario.redirect}', "krlint", *command]
    try:
        done = subprocess.run(
            command,
            cwd=repo,
            input=scenario.stdin or b"",
            capture_output=True,
            env=full_env,
            timeout=timeout,
            preexec_fn=limit,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Outcome(-9, "", f"(killed after {timeout:g} s)")
    decode = lambda data: data.decode("utf-8", "backslashreplace")  # noqa: E731
    return Outcome(done.returncode, decode(done.stdout), decode(done.stderr))


def problems_with(
    scenario: Scenario, outcome: Outcome, base: Path, before: dict[str, tuple[int, int]]
) -> list[str]:
    """Every way the outcome misses the bar (empty: it meets it)."""
    found = []
    if outcome.exit != scenario.exit:
        found.append(f"exit {outcome.exit}, expected {scenario.exit}")
    for part in scenario.stdout:
        if part not in outcome.stdout:
            found.append(f"stdout lacks {part!r}")
    for part in scenario.stderr:
        if part not in outcome.stderr:
            found.append(f"stderr lacks {part!r}")
    for part in scenario.absent:
        if part in outcome.stdout or part in outcome.stderr:
            found.append(f"{part!r} was printed")
    for row in outcome.stderr.splitlines():
        if not row.startswith("krlint: ") or "internal error" in row or "Traceback" in row:
            found.append(f"stderr line is not a one-line error: {row[:120]!r}")
    for name, text in (("stdout", outcome.stdout), ("stderr", outcome.stderr)):
        if _CONTROL.search(text):
            found.append(f"{name} holds a control character: {_CONTROL.search(text)!r}")
        for row in text.splitlines():
            if (row.lstrip().startswith("::") and not _WORKFLOW.match(row)) or "##[" in row:
                found.append(f"{name} holds a workflow command: {row[:120]!r}")
    if (base / "PWNED").exists():
        found.append("code from the checkout was imported: " + (base / "PWNED").read_text())
    if snapshot(base / "outside") != before:
        found.append("something outside the repository was written")
    strays = sorted(p.name for p in base.iterdir() if p.name not in ("repo", "outside"))
    if strays:
        found.append(f"written beside the repository: {strays}")
    return found


def run_scenario(scenario: Scenario, base: Path, **options: object) -> tuple[Outcome, list[str]]:
    repo = lay_out(scenario, base)
    if scenario.then is not None:
        invoke(scenario, repo)  # fills the cache the scenario then tampers with
        scenario.then(repo)
    before = snapshot(base / "outside")
    outcome = invoke(scenario, repo, **options)  # type: ignore[arg-type]
    return outcome, problems_with(scenario, outcome, base, before)


def _kr_lines(texts: list[str], objective: str = "Grow revenue") -> bytes:
    lines = ["objectives:", f"  - objective: {objective}", "    key_results:"]
    lines += [f"      - {t}" for t in texts]
    return ("\n".join(lines) + "\n").encode()


READER = "owned by the reader rewrite (issue 12)"
JUDGEMENT = "owned by the judgement rewrite (issue 13)"

PWNED_YAML = (
    'objectives:\n  - objective: "Grow \\x1b]0;pwned\\x07 revenue\\n::error file=a::FAKE'
    '\\n::add-mask::hidden"\n    key_results:\n      - "Publish 10 posts\\x1b[2J\\x9b31m'
    '\\u202e\\u2028##[error]FAKE"\n      - Cut churn from 3% to 2%\n'
)
RAW_ESC_MD = (
    "# OKRs\n\n## Objective: Grow \x1b]0;pwned\x07 revenue\n\n"
    "- KR1: Publish 10 posts \x1b[2J\x1b[31m\n- KR2: Cut churn from 3% to 2%\n"
)
TAG_URIS = (
    "objectives:\n  - objective: !<tag:yaml.org,2002:python/x%0A::error%20file=a::FAKE> x\n"
    "    key_results:\n      - !<%0A::add-mask::hidden%0A> Publish 10 posts\n"
    "      - !custom%0A::warning::FAKE Cut churn from 3% to 2%\n"
)
RULE_PACK_MARKUP = (
    "code: H001\nname: house-markup\nseverity: info\nkind: lexicon\n"
    "summary: '[/] [link=http://evil]click[/link] \\e]0;t\\a [bold]x'\n"
    "params:\n  terms: [synergy]\n  message: '\"{match}\" [/] is jargon'\n"
)


def _rule(code: str, **params: str) -> str:
    body = "".join(f"  {k}: {v}\n" for k, v in params.items())
    return (
        f"code: {code}\nname: house-{code.lower()}\nseverity: warning\nkind: pattern\n"
        f"summary: A house rule.\nparams:\n{body}"
    )


def _laughs_rule() -> str:
    """A rule whose examples are a billion laughs: anchors in `options`, the bomb in `bad`."""
    lines = [
        "code: H009",
        "name: house-laughs",
        "severity: info",
        "kind: lexicon",
        "summary: Laughs.",
        "params: {terms: [synergy]}",
        "options:",
        "  x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]",
    ]
    lines += [f"  x{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]
    lines.append("examples: {bad: *a8, good: []}")
    return "\n".join(lines) + "\n"


def _deep_json(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


def _many(line: str, count: int, head: str = "", tail: str = "") -> bytes:
    return (head + line * count + tail).encode()


def _plugin_layout(repo: Path) -> None:
    _write(repo / "okrs.yaml", GOOD)
    _write(repo / "evil_plugin.py", PLANT.format(up=1) + "def register(host):\n    pass\n")
    info = repo / "evil_plugin-1.0.dist-info"
    _write(info / "METADATA", "Metadata-Version: 2.1\nName: evil-plugin\nVersion: 1.0\n")
    _write(info / "entry_points.txt", "[krlint.rules]\nevil = evil_plugin:register\n")


def _model_layout(repo: Path) -> None:
    _write(repo / "okrs.yaml", GOOD)
    _write(repo / ".krlint.yaml", "nlp: {model: evil_model}\n")
    _write(repo / "evil_model" / "__init__.py", PLANT.format(up=2) + "def load(**kw):\n  pass\n")
    _write(repo / "evil_model" / "meta.json", '{"lang": "en", "name": "evil"}')
    info = repo / "evil_model-1.0.dist-info"
    _write(info / "METADATA", "Metadata-Version: 2.1\nName: evil_model\nVersion: 1.0\n")


def _shadow_layout(repo: Path) -> None:
    _write(repo / "okrs.yaml", GOOD)
    for name in ("yaml", "typer", "rich", "spacy", "click", "markdown_it", "tomllib", "json"):
        _write(repo / f"{name}.py", PLANT.format(up=1))


def _entries(repo: Path) -> list[Path]:
    found = sorted((repo / ".krlint_cache").glob("*/*.json"))
    assert found, "the first run wrote no cache entry"
    return found


def _huge_entries(repo: Path) -> None:
    for entry in _entries(repo):
        with open(entry, "wb") as handle:
            handle.truncate(2 << 30)


def _deep_entries(repo: Path) -> None:
    for entry in _entries(repo):
        entry.write_bytes(_deep_json(100_000))


def _fifo_entries(repo: Path) -> None:
    for entry in _entries(repo):
        entry.unlink()
        os.mkfifo(entry)


def _linked_entries(repo: Path) -> None:
    for entry in _entries(repo):
        entry.unlink()
        entry.symlink_to(repo.parent / "outside" / "okrs.yaml")


SCENARIOS: list[Scenario] = []


def _add(*scenarios: Scenario) -> None:
    SCENARIOS.extend(scenarios)


# -- injection into CI logs and terminals ------------------------------------------------------
for fmt in FORMATS_ALL:
    _add(
        Scenario(
            f"yaml-escapes-and-workflow-commands[{fmt}]",
            "injection",
            _repo({"okrs.yaml": PWNED_YAML}),
            ("check", "-o", fmt, "okrs.yaml"),
            0,
            absent=(SECRET, "\x1b"),
        )
    )
    _add(
        Scenario(
            f"raw-escape-bytes-in-markdown[{fmt}]",
            "injection",
            _repo({"okrs.md": RAW_ESC_MD}),
            ("check", "-o", fmt, "okrs.md"),
            0,
        )
    )
    _add(
        Scenario(
            f"file-name-with-escape-and-newline[{fmt}]",
            "injection",
            _repo({"okrs/q1\x1b]0;t\x07\n::error::FAKE.yaml": OUTPUT_ONLY}),
            ("check", "-o", fmt, "okrs"),
            1,
        )
    )
    _add(
        Scenario(
            f"percent-escaped-tag-uris[{fmt}]",
            "injection",
            _repo({"okrs.yaml": TAG_URIS}),
            ("check", "-o", fmt, "okrs.yaml"),
            1,
        )
    )
    _add(
        Scenario(
            f"file-name-not-utf8[{fmt}]",
            "injection",
            _repo({"okrs/q1-\udcff\udcfe.yaml": OUTPUT_ONLY}),
            ("check", "-o", fmt, "okrs"),
            1,
        )
    )
_add(
    Scenario(
        "nul-and-controls-via-json-escapes[junit]",
        "injection",
        _repo(
            {
                "okrs.json": '{"objectives": [{"objective": "Grow \\u0000\\u0001 revenue", '
                '"key_results": ["Publish \\u000b\\u001b 10 posts"]}]}'
            }
        ),
        ("check", "-o", "junit", "okrs.json"),
        1,
    ),
    Scenario(
        "classify-rich-markup-arguments",
        "injection",
        _repo(),
        (
            "classify",
            "[/]",
            "[link=http://evil]Increase NPS[/link] from 30 to 40",
            "x\\",
            "[bold]Publish 10 posts\x1b[2J",
        ),
        0,
        stdout=("[/]", "[link=http://evil]"),
        env=(("COLUMNS", "400"),),
    ),
    Scenario(
        "classify-rich-markup-on-stdin",
        "injection",
        _repo(),
        ("classify",),
        0,
        stdin=b"[/]\n\x1b]0;t\x07 Publish posts [/bold]\n",
        stdout=("[/]",),
    ),
    Scenario(
        "classify-json-escapes",
        "injection",
        _repo(),
        ("classify", "--format", "json", "Publish \x1b[2J posts\n::error::FAKE"),
        0,
    ),
    Scenario(
        "rule-pack-markup-in-rules",
        "injection",
        _repo({".krlint.yaml": "rule-dirs: [house]\n", "house/H001.yaml": RULE_PACK_MARKUP}),
        ("rules",),
        0,
        stdout=("[/]", "[link=http://evil]"),
        env=(("COLUMNS", "400"),),
    ),
    Scenario(
        "rule-pack-markup-in-rule",
        "injection",
        _repo({".krlint.yaml": "rule-dirs: [house]\n", "house/H001.yaml": RULE_PACK_MARKUP}),
        ("rule", "H001"),
        0,
        stdout=("[link=http://evil]",),
    ),
    Scenario(
        "rule-pack-markup-in-messages",
        "injection",
        _repo(
            {
                ".krlint.yaml": "rule-dirs: [house]\n",
                "house/H001.yaml": RULE_PACK_MARKUP,
                "okrs.yaml": _kr_lines(["Increase synergy from 3 to 4", "Cut churn 3% to 2%"]),
            }
        ),
        ("check", "-o", "text", "okrs.yaml"),
        0,
        stdout=("[/] is jargon",),
    ),
    Scenario(
        "config-error-quotes-escape-codes",
        "injection",
        _repo({".krlint.yaml": '"\\e]0;t\\a\\n::error::FAKE": 1\n', "okrs.yaml": GOOD}),
        ("check", "okrs.yaml"),
        2,
        stderr=("unknown key",),
    ),
    Scenario(
        "stdin-filename-with-escapes",
        "injection",
        _repo(),
        ("check", "-o", "github", "--stdin-filename", "x\n::error::FAKE\x1b[2J.yaml"),
        1,
        stdin=OUTPUT_ONLY,
    ),
    Scenario(
        "strict-ascii-stdout",
        "injection",
        _repo({"okrs.yaml": PWNED_YAML}),
        ("check", "okrs.yaml"),
        0,
        env=(("PYTHONIOENCODING", "ascii:strict"),),
        process=True,
        stdout=("\\xb7",),
    ),
    Scenario(
        "output-file-not-utf8-name",
        "injection",
        _repo({"okrs.yaml": OUTPUT_ONLY}),
        ("check", "-o", "json", "--output-file", "report-\udcff.json", "okrs.yaml"),
        1,
    ),
)

# -- reading outside the repository, or code from it -----------------------------------------
_add(
    Scenario(
        "module-shadowing-under-python-m",
        "outside",
        _shadow_layout,
        ("check", "-o", "concise", "okrs.yaml"),
        0,
        process=True,
    ),
    Scenario(
        "dist-info-plugin-in-checkout",
        "outside",
        _plugin_layout,
        ("check", "-o", "concise", "okrs.yaml"),
        0,
        process=True,
    ),
    Scenario(
        "dist-info-plugin-in-checkout-rules", "outside", _plugin_layout, ("rules",), 0, process=True
    ),
    Scenario(
        "nlp-model-package-in-checkout",
        "outside",
        _model_layout,
        ("check", "okrs.yaml"),
        2,
        stderr=("nlp.model", "evil_model"),
        process=True,
    ),
    Scenario(
        "symlinked-folder-to-outside",
        "outside",
        _repo({"okrs/q1.yaml": OUTPUT_ONLY}, {"okrs/shared": "../../outside"}),
        ("check", "-o", "concise", "okrs"),
        1,
    ),
    Scenario(
        "symlinked-folder-to-root",
        "outside",
        _repo({"okrs/q1.yaml": OUTPUT_ONLY}, {"okrs/all": "/"}),
        ("check", "-o", "concise", "."),
        1,
    ),
    Scenario(
        "symlinked-file-to-outside-in-walk",
        "outside",
        _repo({"okrs/q1.yaml": OUTPUT_ONLY}, {"okrs/q2.yaml": "../../outside/okrs.yaml"}),
        ("check", "-o", "concise", "okrs"),
        1,
    ),
    Scenario(
        "symlinked-file-to-outside-named",
        "outside",
        _repo({"okrs/q1.yaml": OUTPUT_ONLY}, {"okrs/q2.yaml": "../../outside/okrs.yaml"}),
        ("check", "-o", "concise", "okrs/q1.yaml", "okrs/q2.yaml"),
        2,
        stderr=("outside the repository",),
    ),
    Scenario(
        "default-okrs-yaml-links-outside",
        "outside",
        _repo(links={"okrs.yaml": "../outside/okrs.yaml"}),
        ("check",),
        2,
        stderr=("outside the repository",),
    ),
    Scenario(
        "symlinked-file-to-etc-passwd",
        "outside",
        _repo({"okrs/q1.yaml": OUTPUT_ONLY}, {"okrs/passwd.yaml": "/etc/passwd"}),
        ("check", "-o", "concise", "okrs"),
        1,
        absent=(SECRET, "root:"),
    ),
    Scenario(
        "rule-dirs-outside",
        "outside",
        _repo({".krlint.yaml": "rule-dirs: [../outside/rules]\n", "okrs.yaml": GOOD}),
        ("check", "okrs.yaml"),
        2,
        stderr=("outside the repository",),
    ),
    Scenario(
        "rule-dirs-absolute",
        "outside",
        _repo({".krlint.yaml": "rule-dirs: [/etc]\n", "okrs.yaml": GOOD}),
        ("check", "okrs.yaml"),
        2,
        stderr=("outside the repository",),
    ),
    Scenario(
        "rule-dirs-link-outside",
        "outside",
        _repo(
            {".krlint.yaml": "rule-dirs: [house]\n", "okrs.yaml": GOOD},
            {"house": "../outside/rules"},
        ),
        ("rules",),
        2,
        stderr=("outside the repository",),
    ),
    Scenario(
        "rule-file-link-outside",
        "outside",
        _repo(
            {".krlint.yaml": "rule-dirs: [house]\n", "okrs.yaml": GOOD},
            {"house/Z001.yaml": "../../outside/rules/Z001.yaml"},
        ),
        ("check", "-o", "sarif", "okrs.yaml"),
        2,
        stderr=("outside the repository",),
    ),
    Scenario(
        "include-outside",
        "outside",
        _repo({".krlint.yaml": "include: [../outside]\n"}),
        ("check",),
        2,
        stderr=("outside the repository",),
    ),
    Scenario(
        "config-links-outside",
        "outside",
        _repo({"okrs.yaml": GOOD}, {".krlint.yaml": "../outside/config.yaml"}),
        ("check", "okrs.yaml"),
        2,
        stderr=("outside the repository",),
    ),
    Scenario(
        "cache-folder-links-outside",
        "outside",
        _repo({"okrs.yaml": GOOD}, {".krlint_cache": "../outside"}),
        ("check", "-o", "concise", "okrs.yaml"),
        0,
        stderr=("symbolic link",),
    ),
    Scenario(
        "cache-entries-folder-links-outside",
        "outside",
        _repo({"okrs.yaml": GOOD}, {".krlint_cache/0.1.0-1": "../../outside"}),
        ("check", "-o", "concise", "okrs.yaml"),
        0,
        stderr=("symbolic link",),
    ),
    Scenario(
        "init-over-dangling-link",
        "outside",
        _repo(
            links={
                "okrs.yaml": "../outside/made.yaml",
                ".krlint.yaml": "../outside/made-config.yaml",
            }
        ),
        ("init",),
        0,
        stdout=("kept existing",),
    ),
    Scenario(
        "cache-gitignore-dangling-link",
        "outside",
        _repo(
            {"okrs.yaml": GOOD},
            {
                ".krlint_cache/.gitignore": "../../outside/made",
                ".krlint_cache/CACHEDIR.TAG": "../../outside/tag",
            },
        ),
        ("check", "-o", "concise", "okrs.yaml"),
        0,
    ),
)

# -- time and memory bombs -------------------------------------------------------------------
_add(
    Scenario(
        "kr-label-then-2000-spaces",
        "bomb",
        # (key results a sure output, so the exit code says O101 was reached, whatever the
        # model's leaning on words it does not know)
        _repo(
            {
                "okrs.yaml": _kr_lines(
                    ['"KR' + " " * 1900 + f'Publish {n + 2} blog posts"' for n in range(3)]
                )
            }
        ),
        ("check", "-o", "concise", "okrs.yaml"),
        1,
    ),
    Scenario(
        "kr-label-then-2000-spaces-markdown",
        "bomb",
        _repo(
            {
                "okrs.md": "# OKRs\n\n## Objective: Grow\n\n"
                + "".join("- KR" + " " * 1900 + f"x{n}\n" for n in range(3))
            }
        ),
        ("check", "-o", "concise", "okrs.md"),
        0,  # (no key result read under "Grow": O108, a warning)
    ),
    Scenario(
        # a sentence before a list is asked whether it announces guidelines; one word of 100,000
        # letters ending in a colon once took a pattern search quadratic in its length
        "announcing-sentence-one-long-word-markdown",
        "bomb",
        _repo({"okrs.md": "## Objective: Grow\n\n" + "a" * 100_000 + ":\n\n- Publish 3 posts\n"}),
        ("check", "-o", "concise", "okrs.md"),
        1,
    ),
    Scenario(
        "heading-label-then-20000-spaces-markdown",
        "bomb",
        _repo(
            {
                "okrs.md": "# OKRs\n\n## Key result"
                + " " * 20000
                + "x\n\n- Grow weekly active teams from 40 to 60\n"
            }
        ),
        ("check", "-o", "concise", "okrs.md"),
        0,
        stdout=("O104",),
        process=True,
        slow=True,
    ),
    Scenario(
        "100-key-results-of-2000-percent",
        "bomb",
        _repo({"okrs.yaml": _kr_lines([f'"{n} ' + "%" * 2000 + '"' for n in range(100)])}),
        ("check", "-o", "concise", "okrs.yaml"),
        1,
        stdout=("limits.max-repeat",),
    ),
    Scenario(
        "100-key-results-of-2000-dollars-markdown",
        "bomb",
        _repo(
            {
                "okrs.md": "# OKRs\n\n## Objective: Grow\n\n"
                + "".join(f"- KR{n}: Reach " + "$" * 2000 + "\n" for n in range(100))
            }
        ),
        ("check", "-o", "concise", "okrs.md"),
        1,
    ),
    Scenario(
        "hash-comment-scan-long-line",
        "bomb",
        _repo(
            {
                "okrs.yaml": _many(
                    '"Ship #b", ',
                    20000,
                    "objectives:\n  - objective: Grow\n    key_results: [",
                    '"Ship x"]  # krlint: disable=K201\n',
                )
            }
        ),
        ("check", "-o", "concise", "--select", "O,F", "okrs.yaml"),
        1,
    ),
    Scenario(
        "html-comment-openings-30000",
        "bomb",
        _repo(
            {
                "okrs.md": _many(
                    "<!--",
                    30000,
                    "# OKRs\n\n## Objective: Grow\n\n- KR1: Reach $2M ARR krlint ",
                    "\n",
                )
            }
        ),
        ("check", "-o", "concise", "okrs.md"),
        1,
    ),
    Scenario(
        "stacked-disable-next-line-30000",
        "bomb",
        _repo(
            {
                "okrs.yaml": _many(
                    "    # krlint: disable-next-line=K201\n",
                    30000,
                    "objectives:\n  - objective: Grow\n",
                    "    key_results: [Publish 10 posts]\n",
                )
            }
        ),
        ("check", "-o", "concise", "okrs.yaml"),
        1,
    ),
    Scenario(
        "stacked-disable-next-line-30000-markdown",
        "bomb",
        _repo(
            {
                "okrs.md": _many(
                    "<!-- krlint: disable-next-line=K201 -->\n",
                    30000,
                    "# OKRs\n\n## Objective: Grow\n\n",
                    "- KR1: Publish 10 posts\n",
                )
            }
        ),
        ("check", "-o", "concise", "okrs.md"),
        1,
    ),
    Scenario(
        "duplicate-keys-30000",
        "bomb",
        _repo(
            {
                "okrs.yaml": (
                    "objectives:\n  - objective: Grow\n    key_results: [Publish]\n"
                    + "".join(f"    note{n % 15000}: x\n" for n in range(30000))
                ).encode()
            }
        ),
        ("check", "-o", "concise", "okrs.yaml"),
        1,
        stdout=("F004",),
    ),
    Scenario(
        "markdown-table-10000-columns",
        "bomb",
        _repo(
            {
                "okrs.md": "# OKRs\n\n## Objective: Grow\n\n| Key result | "
                + " | ".join(f"c{i}" for i in range(10000))
                + " |\n|"
                + "---|" * 10001
                + "\n"
                + ("| Reach $2M ARR from $1M | " + " | ".join("x" * 10000) + " |\n") * 3
            }
        ),
        # read in full: three rows, one outcome repeated (K208 on the second and third)
        ("check", "-o", "concise", "okrs.md"),
        0,
        stdout=("okrs.md:8:3: K208", "okrs.md:9:3: K208"),
        process=True,
        slow=True,
    ),
    Scenario(
        "markdown-label-then-40000-spaces",
        "bomb",
        _repo(
            {
                "okrs.md": "# OKRs\n\n## Objective: Grow\n\n"
                + "".join("- KR" + " " * 40000 + f"x{n}\n" for n in range(3))
            }
        ),
        ("check", "-o", "concise", "okrs.md"),
        0,  # (no key result read under "Grow": O108, a warning)
    ),
    Scenario(
        "markdown-front-matter-5-MB",
        "bomb",
        _repo(
            {
                "okrs.md": _many(
                    "k: [a, b, c, d]\n",
                    330000,
                    "---\n",
                    "---\n# OKRs\n\n## Objective: Grow\n\n- KR1: Reach $2M\n",
                )
            }
        ),
        # not parsed past the cap: one line at the character that crossed it (16 × 4,096)
        ("check", "-o", "concise", "okrs.md"),
        1,
        stdout=("okrs.md:4098:1: F005",),
        process=True,
        slow=True,
    ),
    Scenario(
        "catastrophic-regex-in-rule-pack",
        "bomb",
        _repo(
            {
                ".krlint.yaml": "rule-dirs: [house]\n",
                "house/H002.yaml": _rule("H002", regex="'(a+)+$'"),
                "okrs.yaml": _kr_lines(["a" * 40 + "!", "Cut churn from 3% to 2%"]),
            }
        ),
        ("check", "okrs.yaml"),
        2,
        stderr=("exponential time",),
    ),
    Scenario(
        "catastrophic-regex-alternation",
        "bomb",
        _repo(
            {
                ".krlint.yaml": "rule-dirs: [house]\n",
                "house/H002.yaml": _rule("H002", regex="'^(a|ab)+$'"),
                "okrs.yaml": GOOD,
            }
        ),
        ("rules",),
        2,
        stderr=("exponential time",),
    ),
    Scenario(
        "format-spec-500-million-wide",
        "bomb",
        _repo(
            {
                ".krlint.yaml": "rule-dirs: [house]\n",
                "house/H003.yaml": _rule("H003", regex="posts", message="'{match:>500000000}'"),
                "okrs.yaml": OUTPUT_ONLY,
            }
        ),
        ("check", "okrs.yaml"),
        2,
        stderr=("format spec",),
    ),
    Scenario(
        "message-quoting-text-1000-times",
        "bomb",
        _repo(
            {
                ".krlint.yaml": "rule-dirs: [house]\n",
                "house/H003.yaml": _rule(
                    "H003", regex="posts", message="'" + "{text}" * 1000 + "'"
                ),
                "okrs.yaml": OUTPUT_ONLY,
            }
        ),
        ("check", "okrs.yaml"),
        2,
        stderr=("longer than",),
    ),
    Scenario(
        "billion-laughs-in-rule-examples-sarif",
        "bomb",
        _repo(
            {
                ".krlint.yaml": "rule-dirs: [house]\n",
                "house/H009.yaml": _laughs_rule(),
                "okrs.yaml": GOOD,
            }
        ),
        ("check", "-o", "sarif", "okrs.yaml"),
        2,
        stderr=("H009.yaml",),
    ),
    Scenario(
        "billion-laughs-in-rule-examples-rule",
        "bomb",
        _repo({".krlint.yaml": "rule-dirs: [house]\n", "house/H009.yaml": _laughs_rule()}),
        ("rule", "H009"),
        2,
        stderr=("H009.yaml",),
    ),
    Scenario(
        "config-2-GB",
        "bomb",
        _repo({"okrs.yaml": GOOD}, sparse={".krlint.yaml": 2 << 30}),
        ("check", "okrs.yaml"),
        2,
        stderr=("larger than",),
    ),
    Scenario(
        "config-20-MB",
        "bomb",
        _repo({"okrs.yaml": GOOD, ".krlint.yaml": _many("# padding padding\n", 1_200_000)}),
        ("check", "okrs.yaml"),
        2,
        stderr=("larger than",),
    ),
    Scenario(
        "config-billion-laughs",
        "bomb",
        _repo({"okrs.yaml": GOOD, ".krlint.yaml": _bomb(9)}),
        ("check", "okrs.yaml"),
        2,
        stderr=("nodes",),
    ),
    Scenario(
        "config-deep-nesting",
        "bomb",
        _repo({"okrs.yaml": GOOD, ".krlint.yaml": b"select: " + _deep_json(5000)}),
        ("check", "okrs.yaml"),
        2,
        stderr=("nesting",),
    ),
    Scenario(
        "pyproject-2-GB",
        "bomb",
        _repo({"okrs.yaml": GOOD}, sparse={"pyproject.toml": 2 << 30}),
        ("check", "okrs.yaml"),
        2,
        stderr=("larger than",),
    ),
    Scenario(
        "rule-file-2-GB",
        "bomb",
        _repo(
            {".krlint.yaml": "rule-dirs: [house]\n", "okrs.yaml": GOOD},
            sparse={"house/H004.yaml": 2 << 30},
        ),
        ("check", "okrs.yaml"),
        2,
        stderr=("larger than",),
    ),
    Scenario(
        "cache-entry-2-GB",
        "bomb",
        _repo({"okrs.yaml": GOOD}),
        ("check", "-o", "concise", "okrs.yaml"),
        0,
        then=_huge_entries,
    ),
    Scenario(
        "cache-entry-100000-deep",
        "bomb",
        _repo({"okrs.yaml": GOOD}),
        ("check", "-o", "concise", "okrs.yaml"),
        0,
        then=_deep_entries,
    ),
    Scenario(
        "cache-entry-links-outside",
        "outside",
        _repo({"okrs.yaml": GOOD}),
        ("check", "-o", "concise", "okrs.yaml"),
        0,
        then=_linked_entries,
    ),
    Scenario(
        "long-run-of-spaces-in-objective",
        "bomb",
        _repo(
            {
                "okrs.yaml": _kr_lines(
                    ["Cut churn from 3% to 2%", "Reach $2M ARR"],
                    objective='"Grow' + " " * 5000 + 'x"',
                )
            }
        ),
        ("check", "-o", "concise", "okrs.yaml"),
        0,
        stdout=("K205",),
    ),
    # a long run of spaces before a letter beyond ASCII sends the text down the cleaning path,
    # where the patterns for a trailing note were once searched from every one of the spaces
    Scenario(
        "long-run-of-spaces-before-an-accent-in-a-key-result-markdown",
        "bomb",
        _repo({"okrs.md": "## Objective: Grow\n\n- Reach a" + " " * 100_000 + "é users\n"}),
        ("check", "-o", "concise", "okrs.md"),
        0,
    ),
    # the patterns of the conventions read since: a run of spaces inside a dashed field chain,
    # a blog theme's OKR tag and comment, and a diagram's node (each once read again and again)
    Scenario(
        "long-run-of-spaces-before-a-dashed-field-markdown",
        "bomb",
        _repo({"okrs.md": "## Objective: Grow\n\n- Reach a" + " " * 100_000 + "— Owner: x\n"}),
        ("check", "-o", "concise", "okrs.md"),
        0,
    ),
    # … and of this session's: key results in a parenthesis at an objective's end, Obsidian
    # Tasks' dates after a key result (each once searched from every one of the spaces)
    Scenario(
        "long-run-of-spaces-before-a-parenthesis-in-a-markdown-objective",
        "bomb",
        _repo({"okrs.md": "- **Objective 1:** Grow" + " " * 100_000 + "(x\n  - KR1: Reach 10\n"}),
        ("check", "-o", "concise", "okrs.md"),
        0,
    ),
    Scenario(
        "long-run-of-spaces-before-a-task-date-markdown",
        "bomb",
        _repo({"okrs.md": "## Objective: Grow\n\n- Reach é" + " " * 100_000 + "✅ x\n"}),
        ("check", "-o", "concise", "okrs.md"),
        0,
    ),
    Scenario(
        "long-run-of-spaces-in-okr-tags-markdown",
        "bomb",
        _repo(
            {
                "okrs.md": "{% quot"
                + " " * 100_000
                + "x\n\n<!-- okr kr-1"
                + " " * 100_000
                + "x\n\n## Objective: Grow\n\n- Reach 10 users\n- Cut churn to 2%\n"
            }
        ),
        ("check", "-o", "concise", "okrs.md"),
        0,
    ),
    Scenario(
        "long-run-of-spaces-in-a-mermaid-node-markdown",
        "bomb",
        _repo(
            {
                "okrs.md": "## OKRs\n\n```mermaid\ngraph TD\n  O1["
                + " " * 100_000
                + "x\n```\n\n## Objective: Grow\n\n- Reach 10 users\n- Cut churn to 2%\n"
            }
        ),
        ("check", "-o", "concise", "okrs.md"),
        0,
    ),
    Scenario(
        "long-run-of-spaces-before-an-accent-in-an-objective",
        "bomb",
        _repo(
            {
                "okrs.yaml": _kr_lines(
                    ["Cut churn from 3% to 2%", "Reach $2M ARR"],
                    objective='"Grow a' + " " * 100_000 + 'é"',
                )
            }
        ),
        ("check", "-o", "concise", "okrs.yaml"),
        0,
    ),
)

# -- one bad path stays one file's finding -----------------------------------------------------
_add(
    Scenario(
        "not-utf8-name-beside-good-files-default-run",
        "one-bad-path",
        _repo(
            {
                "okrs/a.yaml": OUTPUT_ONLY,
                "okrs/b-\udcff.yaml": OUTPUT_ONLY,
                "okrs/c.yaml": OUTPUT_ONLY,
            }
        ),
        ("check", "-o", "concise", "okrs"),
        1,
        stdout=("okrs/a.yaml", "okrs/c.yaml", "udcff"),
        process=True,
    ),
    Scenario(
        "symlink-loop-file-with-exclude",
        "one-bad-path",
        _repo(
            {".krlint.yaml": "exclude: [drafts/]\n", "okrs/a.yaml": OUTPUT_ONLY},
            {"okrs/loop.yaml": "loop.yaml"},
        ),
        ("check", "-o", "concise", "okrs"),
        2,
        stdout=("okrs/a.yaml",),
        stderr=("loop",),
    ),
    Scenario(
        "symlink-loop-folders-with-exclude",
        "one-bad-path",
        _repo(
            {".krlint.yaml": "exclude: [drafts/]\n", "okrs/a.yaml": OUTPUT_ONLY},
            {"okrs/sub/up": "..", "okrs/x": "y", "okrs/y": "x"},
        ),
        ("check", "-o", "concise", "okrs"),
        1,
        stdout=("okrs/a.yaml",),
    ),
    Scenario(
        "pyproject-5000-deep-array-elsewhere",
        "one-bad-path",
        _repo(
            {
                "okrs.yaml": OUTPUT_ONLY,
                "pyproject.toml": b"[tool.other]\nx = " + _deep_json(5000) + b"\n",
            }
        ),
        ("check", "-o", "concise", "okrs.yaml"),
        1,
    ),
    Scenario(
        "pyproject-5000-deep-array-in-krlint",
        "one-bad-path",
        _repo(
            {
                "okrs.yaml": OUTPUT_ONLY,
                "pyproject.toml": b"[tool.krlint]\nselect = " + _deep_json(5000) + b"\n",
            }
        ),
        ("check", "-o", "concise", "okrs.yaml"),
        2,
        stderr=("too deep",),
    ),
    Scenario(
        "closed-stdout",
        "one-bad-path",
        _repo({"okrs.yaml": OUTPUT_ONLY}),
        ("check", "-o", "concise", "okrs.yaml"),
        1,
        process=True,
        redirect=">&-",
        stderr=("standard output",),
    ),
    Scenario(
        "closed-stderr",
        "one-bad-path",
        _repo({"okrs.yaml": OUTPUT_ONLY}),
        ("check", "-o", "concise", "okrs.yaml", "missing.yaml"),
        2,
        process=True,
        redirect="2>&-",
        stdout=("okrs.yaml",),
    ),
    Scenario(
        "full-stdout",
        "one-bad-path",
        _repo({"okrs.yaml": OUTPUT_ONLY}),
        ("check", "-o", "concise", "okrs.yaml"),
        1,
        process=True,
        redirect=">/dev/full",
        stderr=("No space left",),
    ),
    Scenario(
        "dangling-link-beside-good-files",
        "one-bad-path",
        _repo({"okrs/a.yaml": OUTPUT_ONLY}, {"okrs/gone.yaml": "nowhere.yaml"}),
        ("check", "-o", "concise", "okrs"),
        2,
        stdout=("okrs/a.yaml",),
        stderr=("No such file",),
    ),
    Scenario(
        "binary-file-beside-good-files",
        "one-bad-path",
        _repo({"okrs/a.yaml": OUTPUT_ONLY, "okrs/b.yaml": bytes(range(256)) * 8}),
        ("check", "-o", "concise", "okrs"),
        1,
        stdout=("okrs/a.yaml", "F001"),
    ),
)

# -- files that are not regular ------------------------------------------------------------------
_add(
    Scenario(
        "fifo-named",
        "not-regular",
        _repo(fifos=("okrs.yaml",)),
        ("check", "okrs.yaml"),
        2,
        stderr=("FIFO",),
    ),
    Scenario(
        "fifo-in-walked-folder",
        "not-regular",
        _repo({"okrs/a.yaml": OUTPUT_ONLY}, fifos=("okrs/b.yaml",)),
        ("check", "-o", "concise", "okrs"),
        1,
        stdout=("okrs/a.yaml",),
    ),
    Scenario(
        "fifo-as-output-file",
        "not-regular",
        _repo({"okrs.yaml": OUTPUT_ONLY}, fifos=("report.txt",)),
        ("check", "--output-file", "report.txt", "okrs.yaml"),
        2,
        stderr=("--output-file",),
    ),
    Scenario(
        "fifo-as-config",
        "not-regular",
        _repo({"okrs.yaml": GOOD}, fifos=(".krlint.yaml",)),
        ("check", "okrs.yaml"),
        2,
        stderr=("FIFO",),
    ),
    Scenario(
        "fifo-as-rule-file",
        "not-regular",
        _repo(
            {".krlint.yaml": "rule-dirs: [house]\n", "okrs.yaml": GOOD}, fifos=("house/H001.yaml",)
        ),
        ("check", "okrs.yaml"),
        2,
        stderr=("FIFO",),
    ),
    Scenario(
        "fifo-as-pyproject",
        "not-regular",
        _repo({"okrs.yaml": GOOD}, fifos=("pyproject.toml",)),
        ("check", "okrs.yaml"),
        2,
        stderr=("FIFO",),
    ),
    Scenario(
        "dev-zero-named",
        "not-regular",
        _repo({"okrs.yaml": GOOD}),
        ("check", "/dev/zero"),
        2,
        stderr=("device",),
    ),
    Scenario(
        "link-to-dev-zero-in-walk",
        "not-regular",
        _repo({"okrs/a.yaml": OUTPUT_ONLY}, {"okrs/zero.yaml": "/dev/zero"}),
        ("check", "-o", "concise", "okrs"),
        1,
        stdout=("okrs/a.yaml",),
    ),
    Scenario(
        "fifo-cache-entry",
        "not-regular",
        _repo({"okrs.yaml": GOOD}),
        ("check", "-o", "concise", "okrs.yaml"),
        0,
        then=_fifo_entries,
    ),
)

# -- quieter wrongs --------------------------------------------------------------------------
_FENCED = (
    "# OKRs\n\nTo silence a rule, write:\n\n```markdown\n<!-- krlint: disable-file -->\n"
    "```\n\n## Objective: Grow revenue\n\n- KR1: Publish 10 posts\n"
)
_add(
    Scenario(
        "suppression-inside-code-fence",
        "quieter",
        _repo({"okrs.md": _FENCED}),
        ("check", "-o", "concise", "okrs.md"),
        1,
        stdout=("K201",),
    ),
    Scenario(
        "suppression-inside-tilde-fence",
        "quieter",
        _repo({"okrs.md": _FENCED.replace("```markdown", "~~~").replace("```", "~~~")}),
        ("check", "-o", "concise", "okrs.md"),
        1,
        stdout=("K201",),
    ),
    Scenario(
        "suppression-inside-inline-code",
        "quieter",
        _repo(
            {
                "okrs.md": "# OKRs\n\nWrite `<!-- krlint: disable-file -->` to silence.\n\n"
                "## Objective: Grow revenue\n\n- KR1: Publish 10 posts\n"
            }
        ),
        ("check", "-o", "concise", "okrs.md"),
        1,
        stdout=("K201",),
    ),
    Scenario(
        "suppression-outside-fence-still-works",
        "quieter",
        _repo(
            {
                "okrs.md": "# OKRs\n\n<!-- krlint: disable-file -->\n\n```\ncode\n```\n\n"
                "## Objective: Grow revenue\n\n- KR1: Publish 10 posts\n"
            }
        ),
        ("check", "-o", "concise", "okrs.md"),
        0,
    ),
    Scenario(
        "lexicon-items-not-words",
        "quieter",
        _repo(
            {".krlint.yaml": "lexicon:\n  outcome-verbs: [grow, 42, {a: b}]\n", "okrs.yaml": GOOD}
        ),
        ("check", "okrs.yaml"),
        2,
        stderr=("lexicon.outcome-verbs[1]",),
    ),
    Scenario(
        "lexicon-activity-family-not-words",
        "quieter",
        _repo(
            {
                ".krlint.yaml": "lexicon:\n  activity-verbs: {ship: [deploy, null]}\n",
                "okrs.yaml": GOOD,
            }
        ),
        ("check", "okrs.yaml"),
        2,
        stderr=("lexicon.activity-verbs.ship[1]",),
    ),
    Scenario(
        "nlp-model-not-a-pipeline",
        "quieter",
        _repo({".krlint.yaml": "nlp: {model: yaml}\n", "okrs.yaml": GOOD}),
        ("check", "okrs.yaml"),
        2,
        stderr=("not a spaCy pipeline",),
    ),
    Scenario(
        "nlp-model-not-installed",
        "quieter",
        _repo({".krlint.yaml": "nlp: {model: en_core_web_nothing}\n", "okrs.yaml": GOOD}),
        ("check", "okrs.yaml"),
        2,
        stderr=("no installed spaCy pipeline",),
    ),
    Scenario(
        "nlp-model-dotted-name",
        "quieter",
        _repo({".krlint.yaml": "nlp: {model: os.path}\n", "okrs.yaml": GOOD}),
        ("check", "okrs.yaml"),
        2,
        stderr=("nlp.model",),
    ),
    Scenario(
        "glossary-config-not-a-mapping",
        "quieter",
        _repo(
            {
                ".krlint.yaml": "lexicon:\n  glossary:\n    zh:\n      verbs: [x]\n",
                "okrs.yaml": GOOD,
            }
        ),
        ("check", "okrs.yaml"),
        2,
        stderr=("lexicon.glossary.zh.verbs", "must be a mapping"),
    ),
    Scenario(
        "cjk-key-result-far-over-the-length-limit",
        "quieter",
        _repo(
            {
                "okrs.yaml": "objectives:\n  - objective: 让更多用户留下来\n    key_results:\n"
                f'      - "{"用户数" * 70_000}达到 1000"\n      - 发布10篇技术文章\n'
            }
        ),
        ("check", "-o", "concise", "okrs.yaml"),
        1,
        stdout=("okrs.yaml:4:10: F005", 'okrs.yaml:5:9: K201 [activity-verb] "发布"'),
    ),
    Scenario(
        "json-surrogate-pair-escape",
        "quieter",
        _repo(
            {
                "okrs.json": '{"objectives": [{"objective": "Launch \\ud83d\\ude80 growth",'
                ' "key_results": ["Publish 10 posts \\uD83D\\uDE80"]}]}'
            }
        ),
        ("check", "-o", "concise", "okrs.json"),
        1,
        stdout=("okrs.json:1:",),
    ),
    Scenario(
        "json-escaped-backslash-before-u",
        "quieter",
        _repo(
            {
                "okrs.json": '{"objectives": [{"objective": "Grow \\\\ud83d\\\\ude80",'
                ' "key_results": ["Publish 10 posts"]}]}'
            }
        ),
        ("check", "-o", "concise", "okrs.json"),
        1,
        stdout=('"Grow \\ud83d\\ude80"',),
    ),
    Scenario(
        "json-lone-surrogate-escape",
        "quieter",
        _repo(
            {
                "okrs.json": '{"objectives": [{"objective": "Grow \\ud83d", '
                '"key_results": ["Publish 10 posts"]}]}'
            }
        ),
        ("check", "-o", "concise", "okrs.json"),
        1,
        stdout=("F001",),
    ),
)
