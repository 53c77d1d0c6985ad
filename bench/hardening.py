"""Time and peak memory of krlint on hostile and huge inputs, each in its own process.

    python bench/hardening.py            # all cases, a Markdown table on stdout
    python bench/hardening.py --quick    # without the 100,000-key-result file

Each case is written to a temporary folder and linted by `python -m krlint check -o concise`
as a child process; wall time is measured around it and peak memory is the child's own maximum
resident set size (`os.wait4`), so start-up (Python, spaCy) is included — that is what CI pays.
Targets (issue 7): < 5 s and < 300 MB for each bomb-like case, < 30 s for the large file.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from bad_inputs import _bomb, _deep_block, _deep_flow, _long_key_result  # noqa: E402

GOOD = b"""objectives:
  - objective: Make onboarding effortless for new teams
    key_results:
      - Increase week-1 activation from 32% to 45%
      - Publish 12 onboarding guides
"""

VERBS = ["Increase", "Publish", "Reduce", "Launch", "Grow", "Ship", "Cut", "Host", "Raise",
         "Write"]
THINGS = ["week-1 activation", "blog posts", "median time to first dashboard", "webinars",
          "net revenue retention", "the new billing page", "support tickets per account",
          "onboarding guides", "trial-to-paid conversion", "integration partners"]


def large_file(key_results: int = 100_000, per_objective: int = 5) -> bytes:
    """A realistic layout repeated: objectives with a mix of output and outcome key results."""
    lines = ["period: 2026-Q1", "objectives:"]
    for n in range(key_results // per_objective):
        lines.append(f"  - objective: Make {THINGS[n % 10]} better for team {n}")
        lines.append("    key_results:")
        for k in range(per_objective):
            i = n * per_objective + k
            lines.append(f"      - {VERBS[i % 10]} {THINGS[(i * 7) % 10]} from {i % 90}% "
                         f"to {i % 90 + 5}% for cohort {i}")
    return ("\n".join(lines) + "\n").encode()


CASES: list[tuple[str, Callable[[], bytes], float, int | None]] = [
    # name, input, time target (s), memory target (MB)
    ("baseline: a small valid file", lambda: GOOD, 5, 300),
    ("alias bomb (billion laughs, 10⁹ nodes)", lambda: _bomb(9), 5, 300),
    ("alias bomb (10³⁰ nodes)", lambda: _bomb(30), 5, 300),
    ("20,000-deep nesting, flow [[[…]]]", _deep_flow, 5, 300),
    ("20,000-deep nesting, block - - - …", _deep_block, 5, 300),
    ("1 MB key result on one line", _long_key_result, 5, 300),
    ("100,000 key results (20,000 objectives)", large_file, 30, None),
]


def measure(path: Path) -> tuple[float, float, int, str]:
    """(seconds, peak MB, exit code, first output line) of one krlint process."""
    env = {**os.environ, "NO_COLOR": "1"}
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen([sys.executable, "-m", "krlint", "check", "-o", "concise",
                                  str(path)], stdout=out, stderr=subprocess.STDOUT, env=env,
                                 cwd=path.parent)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        first = out.readline().decode("utf-8", "replace").strip()
    return seconds, usage.ru_maxrss / 1024, child.returncode, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 100,000-KR file")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="krlint-bench-") as folder:
        for name, make, time_target, memory_target in CASES:
            if args.quick and name.startswith("100,000"):
                continue
            path = Path(folder) / "okrs.yaml"
            data = make()
            path.write_bytes(data)
            seconds, peak, code, first = measure(path)
            ok = seconds < time_target and (memory_target is None or peak < memory_target)
            finding = first.split(": ", 1)[1][:60] if ": " in first else first[:60]
            target = f"< {time_target:g} s" + (f", < {memory_target} MB" if memory_target
                                                else "")
            rows.append((name, f"{len(data):,}", f"{seconds:.2f}", f"{peak:.0f}", str(code),
                         finding.replace("|", "\\|"), target, "yes" if ok else "**no**"))
            print(f"  {name}: {seconds:.2f} s, {peak:.0f} MB", file=sys.stderr)
    header = ("input", "bytes", "time (s)", "peak RSS (MB)", "exit", "first finding", "target",
              "met")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\nPython {sys.version.split()[0]}, {os.cpu_count()} CPUs; "
          "each case is one `python -m krlint check -o concise FILE` process.")


if __name__ == "__main__":
    main()
