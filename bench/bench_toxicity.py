"""Throughput of the toxicity scorers on one core: texts/s, median of 5 runs.

    .venv/bin/python bench/bench_toxicity.py [--runs 5] [--n 4000]

Texts: the labelled corpora in ``data/toxicity`` (short: ~12 words, prompts and replies), and
"long" texts made by joining 12 of them (~150 words, the size of a typical LLM response). Every
scorer scores the same batches of 512. ``builtin`` includes the fast embedding. The machine is
shared and noisy: compare medians, not single runs.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402

import numpy as np  # noqa: E402

from detectors.embeddings import load_embedder  # noqa: E402
from detectors.toxicity import load_toxicity_scorer  # noqa: E402
from detectors.toxicity.data import default_data_dir, load_examples, train_files  # noqa: E402


def _rate(fn: Callable[[Sequence[str]], object], texts: list[str], runs: int, batch: int = 512) -> float:
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        for i in range(0, len(texts), batch):
            fn(texts[i : i + batch])
        rates.append(len(texts) / (time.perf_counter() - start))
    return statistics.median(rates)


def main() -> None:
    """Print a Markdown table of texts/s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--n", type=int, default=4000, help="short texts per run (long: n/8)")
    args = parser.parse_args()
    pool = [e.text for e in load_examples(*train_files(), default_data_dir() / "eval.jsonl")]
    rng = np.random.default_rng(0)
    short = [pool[i] for i in rng.integers(0, len(pool), args.n)]
    long = [" ".join(pool[j] for j in rng.integers(0, len(pool), 12)) for _ in range(args.n // 8)]
    builtin = load_toxicity_scorer("builtin")
    profanity = load_toxicity_scorer("profanity")
    fast = load_embedder("fast")
    builtin.score(short[:64])  # warm-up
    rows = [
        ("builtin (total)", builtin.score),
        ("  of which: fast embedding alone", fast.encode),
        ("profanity (alt-profanity-check)", profanity.score),
    ]
    print(f"texts/s, one core, median of {args.runs} runs, batches of 512\n")
    print(f"| scorer | short (~{np.mean([len(t.split()) for t in short]):.0f} words) | long (~150 words) |")
    print("|---|---|---|")
    for name, fn in rows:
        print(f"| {name} | {_rate(fn, short, args.runs):,.0f} | {_rate(fn, long, args.runs):,.0f} |")


if __name__ == "__main__":
    main()
