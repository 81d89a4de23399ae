"""Benchmark both embedding tiers: texts/s and peak RSS at batch sizes 64 and 256 (median of 5 runs).

Usage::

    .venv/bin/python bench/bench_embeddings.py            # both tiers
    .venv/bin/python bench/bench_embeddings.py --tier fast --build

Each tier runs in its own subprocess, so its peak RSS (``ru_maxrss``) covers only what that tier
loads (``VmHWM``). The fast tier is measured on one core (``TOKENIZERS_PARALLELISM=false``) and with the
tokenizer's default thread pool; the quality tier with torch on 1 and on 2 threads. Texts are
~30 words, built from a fixed list of sentences with a seeded RNG. The machine is shared:
figures are noisy, compare medians only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RUNS = 5
BATCHES = (64, 256)
SENTENCES = [
    "Can you explain why my deployment keeps failing with a timeout error?",
    "The invoice shows a late fee even though I paid on the due date.",
    "Summarise the attached meeting notes in three bullet points.",
    "Our users report that the mobile app logs them out every few minutes.",
    "Write a friendly reminder email about tomorrow's team lunch.",
    "What is the recommended dosage of ibuprofen for an adult with back pain?",
    "Translate the following paragraph into German and keep the formal tone.",
    "I think the new pricing page is confusing for small business customers.",
    "Sure, here is a Python function that parses the CSV file and returns a list of rows.",
    "I'm sorry, but I can't help with that request.",
    "The quarterly revenue grew by twelve percent compared with last year.",
    "Please draft a short poem about autumn leaves falling in the park.",
    "To reset the router, hold the button on the back for ten seconds.",
    "The hotel room was clean but the air conditioning made a loud noise all night.",
    "Here are five ideas for a birthday party for a seven year old.",
    "The model's answer cited a paper that does not exist.",
    "Kafka consumers in the same group split the partitions of a topic between them.",
    "Which of these two laptops has the better battery life for travel?",
    "You can cancel the order from the account page before it ships.",
    "The recipe needs two eggs, a cup of sugar and some melted butter.",
    "Our latency dashboards show a spike every night at two in the morning.",
    "Tell me a joke about programmers and coffee.",
    "The contract renews automatically unless either party gives thirty days notice.",
    "Based on the symptoms you describe, it would be best to see a doctor soon.",
]


def make_texts(n: int, seed: int = 0) -> list[str]:
    """``n`` texts of two or three sentences (~30 words), distinct via a trailing reference number."""
    rng = random.Random(seed)
    return [" ".join(rng.sample(SENTENCES, rng.choice((2, 2, 3)))) + f" Ref {i}." for i in range(n)]


def peak_rss_mb() -> float:
    """This process's peak resident set: ``VmHWM`` (reset by exec, unlike ``ru_maxrss``, which a
    child inherits from the parent it was forked from)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(tier: str, n: int, threads: int) -> dict[str, object]:
    """Load one tier, time ``RUNS`` encodes of ``n`` texts per batch size; runs in a subprocess."""
    import numpy as np

    from detectors.embeddings import dequantize_embeddings, load_embedder, quantize_embeddings

    if tier == "quality":
        import torch

        torch.set_num_threads(threads)
    texts = make_texts(n)
    started = time.perf_counter()
    emb = load_embedder(tier)  # type: ignore[arg-type]
    load_s = time.perf_counter() - started
    emb.encode(texts[:64])  # warm-up
    rates: dict[str, float] = {}
    for batch in BATCHES:
        runs = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            emb.encode(texts, batch_size=batch)
            runs.append(n / (time.perf_counter() - t0))
        rates[str(batch)] = statistics.median(runs)
    x = emb.encode(texts[:500])
    xq = dequantize_embeddings(quantize_embeddings(x))
    iu = np.triu_indices(len(x), k=1)
    dcos = np.abs((xq @ xq.T)[iu] - (x @ x.T)[iu])
    words = statistics.mean(len(t.split()) for t in texts)
    return {
        "tier": tier,
        "name": emb.name,
        "dim": emb.dim,
        "threads": threads,
        "tokenizers_parallelism": os.environ.get("TOKENIZERS_PARALLELISM", "default"),
        "texts": n,
        "mean_words": round(words, 1),
        "load_s": round(load_s, 2),
        "texts_per_s": {k: round(v) for k, v in rates.items()},
        "peak_rss_mb": round(peak_rss_mb()),
        "int8_dcos_max": float(dcos.max()),
        "int8_dcos_mean": float(dcos.mean()),
    }


def run_child(tier: str, n: int, threads: int, env_extra: dict[str, str]) -> dict[str, object]:
    env = {**os.environ, **env_extra, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, __file__, "--child", tier, "--n", str(n), "--threads", str(threads)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tier", choices=("fast", "quality", "both"), default="both")
    parser.add_argument("--build", action="store_true", help="also time a fresh static-model build (~40 s)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(worker(args.child, args.n, args.threads)))
        return

    print(f"# cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f} (shared machine: noisy)")
    if args.build:
        import tempfile

        from detectors.embeddings import build_static_embedding

        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            build_static_embedding(out_dir=Path(tmp) / "static")
            print(f"static build: {time.perf_counter() - t0:.1f} s")
    results = []
    if args.tier in ("fast", "both"):
        results.append(run_child("fast", 20_000, 1, {"TOKENIZERS_PARALLELISM": "false"}))
        results.append(run_child("fast", 20_000, 1, {}))
    if args.tier in ("quality", "both"):
        results.append(run_child("quality", 256, 1, {}))
        results.append(run_child("quality", 256, 2, {}))
    header = "| tier | model | dim | setting | texts/s @64 | texts/s @256 | peak RSS MB | load s |"
    print(header)
    print("|---" * 8 + "|")
    for r in results:
        setting = (
            f"TOKENIZERS_PARALLELISM={r['tokenizers_parallelism']}"
            if r["tier"] == "fast"
            else f"torch threads={r['threads']}"
        )
        rates = r["texts_per_s"]
        assert isinstance(rates, dict)
        print(
            f"| {r['tier']} | {r['name']} | {r['dim']} | {setting} | {rates['64']:,} | {rates['256']:,} "
            f"| {r['peak_rss_mb']} | {r['load_s']} |"
        )
    for r in results[:: 2 if len(results) > 1 else 1]:
        print(
            f"# {r['tier']}: int8 storage |Δcos| over 124,750 pairs: max {r['int8_dcos_max']:.4f}, "
            f"mean {r['int8_dcos_mean']:.5f}; mean words/text {r['mean_words']}"
        )


if __name__ == "__main__":
    main()
