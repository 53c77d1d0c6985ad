"""Key results per second through the judgement once the pipeline is loaded (goal ≥ 5,000/s).

    python bench/throughput.py [N]

Judges N key results (default 20,000) drawn from the corpus, in one `classify` call as
`krlint check` does, after a warm-up; prints the median of 5 runs.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from krlint.nlp import Analyzer  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    corpus = ROOT / "corpus" / "key-results.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    batch = (texts * (n // len(texts) + 1))[:n]
    analyzer = Analyzer()
    analyzer.classify(batch[:100])  # load the pipeline and the weights
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        analyzer.classify(batch)
        runs.append(time.perf_counter() - start)
    median = statistics.median(runs)
    print(f"{n:,} key results: median {median:.2f} s → {n / median:,.0f} key results/s")


if __name__ == "__main__":
    main()
