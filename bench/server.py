"""`krlint server` benchmark: latency from an edit to its diagnostics, and memory over many edits.

    python bench/server.py                  # 50 key results, 1,000 edits; ~1 minute
    python bench/server.py --edits 200 --key-results 500

It starts `krlint server` as an editor does (a separate process, LSP over stdio, driven by
pygls's LanguageClient through tests/lsp_session.py), opens a seeded OKR file
(bench/generate.py), waits until the language pipeline is loaded, makes 20 warm-up edits, then
`--edits` more. Each edit rewrites one key result, alternating an outcome and an output (so the
findings change every time), as an incremental `didChange`; the next edit is sent only when the
diagnostics for this one have arrived, so every latency is one edit's, never a coalesced batch.

Latency: from just before the client writes the `didChange` to the moment the client has read
the `publishDiagnostics` carrying that version — what an editor waits, the client's own JSON
decoding included. Memory: the server's resident set (VmRSS in /proc) after the warm-up and
after every quarter of the edits; "growth" compares the last with the first quarter.

Goals (issue 19): median < 50 ms on the 50-key-result file; no memory growth over 1,000 edits.
The machine is shared: report medians, and run it twice when a figure looks odd.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from generate import okr_yaml  # noqa: E402
from lsp_session import Session  # noqa: E402

WARM_UP = 20


def rss(pid: int) -> int:
    """The process's resident set size now, in bytes (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run(key_results: int, edits: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / "okrs.yaml"
        text = okr_yaml(key_results)
        path.write_text(text, encoding="utf-8")
        lines = text.split("\n")
        row = next(i for i, line in enumerate(lines) if line.startswith('      - "'))
        started = time.perf_counter()
        session = Session(root)
        try:
            uri = session.open(path)
            session.diagnostics(uri, 1)
            first = time.perf_counter() - started
            loaded = session.wait_ready()
            ready = time.perf_counter() - started
            assert session.process is not None
            pid = session.process.pid
            latencies: list[float] = []
            memory: list[tuple[int, int]] = []
            for n in range(WARM_UP + edits):
                if n == WARM_UP:
                    memory.append((0, rss(pid)))
                new = (
                    f'      - "Publish {n % 90 + 2} blog posts"'
                    if n % 2
                    else f'      - "Increase week-1 activation from {n % 60}% to {n % 60 + 20}%"'
                )
                sent = time.perf_counter()
                version = session.edit(uri, row, 0, len(lines[row]), new)
                found = session.diagnostics(uri, version)
                lines[row] = new
                if n % 2 and not any(d.code == "K201" and d.range.start.line == row for d in found):
                    raise AssertionError(f"edit {n}: no K201 on line {row + 1}")
                if n >= WARM_UP:
                    latencies.append(session.arrived[uri][-1] - sent)
                    done = n - WARM_UP + 1
                    if done % max(1, edits // 4) == 0:
                        memory.append((done, rss(pid)))
        finally:
            code = session.shutdown()
    quarter = memory[1][1] if len(memory) > 1 else memory[0][1]
    return {
        "key_results": key_results,
        "edits": edits,
        "exit_code": code,
        "first_diagnostics_s": round(first, 3),
        "pipeline_ready_s": round(ready, 3),
        "pipeline_log": loaded,
        "latency_ms": {
            "median": round(statistics.median(latencies) * 1000, 1),
            "p95": round(percentile(latencies, 0.95) * 1000, 1),
            "min": round(min(latencies) * 1000, 1),
            "max": round(max(latencies) * 1000, 1),
        },
        "rss_mb": [(done, round(size / 2**20, 1)) for done, size in memory],
        "rss_growth_mb": round((memory[-1][1] - quarter) / 2**20, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--key-results", type=int, default=50)
    parser.add_argument("--edits", type=int, default=1_000)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    result = run(args.key_results, args.edits)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    latency = result["latency_ms"]
    assert isinstance(latency, dict)
    print(
        f"krlint server, {args.key_results} key results, {args.edits} edits after "
        f"{WARM_UP} warm-up edits"
    )
    print(
        f"  first diagnostics after start: {result['first_diagnostics_s']} s; "
        f"pipeline ready: {result['pipeline_ready_s']} s"
    )
    print(
        f"  didChange → publishDiagnostics: median {latency['median']} ms, "
        f"p95 {latency['p95']} ms (min {latency['min']}, max {latency['max']})"
    )
    print("  server RSS (edits, MB): " + ", ".join(f"{d}: {m}" for d, m in result["rss_mb"]))
    print(f"  RSS growth from the first quarter to the end: {result['rss_growth_mb']} MB")


if __name__ == "__main__":
    main()
