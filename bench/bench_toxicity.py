"""Throughput of the toxicity scorers on one core: texts/s, median of 5 runs.

    .venv/bin/python bench/bench_toxicity.py [--runs 5] [--n 4000]

Texts: the training corpora in ``data/toxicity`` (short: ~10 words, prompts and replies), and
"long" texts made by joining random ones until a text has >= 150 words (~155 words, the size of a
typical LLM response), and "very long" ones of >= 600 words. Every scorer scores the same batches of
512. ``builtin`` includes everything (windows, features, embedding of new words); it is warmed up
on other texts first, as a long-running worker is. The machine is shared and noisy: compare
medians, not single runs.
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
from detectors.toxicity.builtin import BuiltinToxicityScorer  # noqa: E402
from detectors.toxicity.data import load_examples, train_files  # noqa: E402


def _rate(
    fn: Callable[[Sequence[str]], object],
    texts: list[str],
    runs: int,
    batch: int = 512,
    before: Callable[[], None] | None = None,
) -> float:
    rates = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        for i in range(0, len(texts), batch):
            fn(texts[i : i + batch])
        rates.append(len(texts) / (time.perf_counter() - start))
    return statistics.median(rates)


def _joined(pool: list[str], rng: np.random.Generator, min_words: int) -> str:
    parts: list[str] = []
    while sum(len(p.split()) for p in parts) < min_words:
        parts.append(pool[int(rng.integers(0, len(pool)))])
    return " ".join(parts)


def main() -> None:
    """Print a Markdown table of texts/s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--n", type=int, default=4000, help="short texts per run (long: n/8)")
    args = parser.parse_args()
    pool = [e.text for e in load_examples(*train_files())]
    rng = np.random.default_rng(0)
    short = [pool[i] for i in rng.integers(0, len(pool), args.n)]
    long = [_joined(pool, rng, 150) for _ in range(args.n // 4)]
    very_long = [_joined(pool, rng, 600) for _ in range(args.n // 16)]
    builtin = load_toxicity_scorer("builtin")
    profanity = load_toxicity_scorer("profanity")
    fast = load_embedder("fast")
    builtin.score([_joined(pool, np.random.default_rng(1), 150) for _ in range(256)])  # warm-up (word cache)
    assert isinstance(builtin, BuiltinToxicityScorer)
    rows: list[tuple[str, Callable[[Sequence[str]], object], Callable[[], None] | None]] = [
        ("builtin (total, warm word cache)", builtin.score, None),
        ("builtin (total, word cache cleared before each run)", builtin.score, builtin.clear_cache),
        ("fast embedding of the whole text (reference)", fast.encode, None),
        ("profanity (alt-profanity-check)", profanity.score, None),
    ]
    words = [np.mean([len(t.split()) for t in texts]) for texts in (short, long, very_long)]
    print(f"texts/s, one core, median of {args.runs} runs, batches of 512\n")
    labels = ("short", "long", "very long")
    sizes = " | ".join(f"{name} (~{n:.0f} words)" for name, n in zip(labels, words, strict=True))
    print(f"| scorer | {sizes} |")
    print("|---|---|---|---|")
    for name, fn, before in rows:
        rates = [_rate(fn, texts, args.runs, before=before) for texts in (short, long, very_long)]
        print(f"| {name} | " + " | ".join(f"{r:,.0f}" for r in rates) + " |")


if __name__ == "__main__":
    main()
