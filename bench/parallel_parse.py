"""Does reading and parsing files in parallel pay? Serial against a process pool, in process.

    python bench/parallel_parse.py --files 200 --key-results 50 --workers 2

Threads cannot help (the YAML walk is Python code holding the GIL), so the candidate is a process
pool; its cost is starting the workers (each imports krlint) and sending every parsed `OkrFile`
back by pickle. Prints the medians; the engine stays serial unless this shows a clear win.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import okr_yaml
from krlint import sources
from krlint.loaders import ReadResult, read_text, reader_for


def parse(path: str) -> ReadResult:
    source = sources.read(path)
    assert source.text is not None
    return read_text(path, source.text, reader_for(path))


def serial(paths: list[str]) -> float:
    start = time.perf_counter()
    for path in paths:
        parse(path)
    return time.perf_counter() - start


def pooled(paths: list[str], workers: int) -> float:
    start = time.perf_counter()  # the pool's start-up is part of the price
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(parse, paths, chunksize=max(1, len(paths) // (workers * 4))))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--key-results", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number in range(args.files):
            path = Path(folder) / f"team{number}.okrs.yaml"
            path.write_text(okr_yaml(args.key_results, seed=number), encoding="utf-8")
            paths.append(str(path))
        one = statistics.median(serial(paths) for _ in range(args.runs))
        many = statistics.median(pooled(paths, args.workers) for _ in range(args.runs))
    total = args.files * args.key_results
    print(
        f"{args.files} files × {args.key_results} KRs ({total:,} KRs): serial {one:.3f} s, "
        f"{args.workers} processes {many:.3f} s ({one / many:.2f}× speed-up)"
    )


if __name__ == "__main__":
    main()
