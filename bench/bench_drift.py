"""Throughput of the drift stage (SegmentDriftState.update_batch) with 256-d embeddings.

Usage (one BLAS thread, as one worker per core would run; the machine is shared and noisy, so
medians over several runs are printed)::

    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/bench_drift.py [--runs 5] [--batch 500]

Measures, after warm-up (steady state), events per second through every signal of one segment;
the one-off cost of fitting all detectors when a reference completes; and checkpoint size and
time (``to_dict`` + ``json.dumps``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from detectors.drift import DriftConfig, SegmentDriftState
from detectors.drift.synthetic import synthetic_stream


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--events", type=int, default=20_000)
    args = ap.parse_args()
    if os.environ.get("OPENBLAS_NUM_THREADS") != "1":
        print("note: set OPENBLAS_NUM_THREADS=1 (multi-threaded BLAS is much slower on this shared machine)")
    cfg = DriftConfig()
    ref = synthetic_stream(cfg.reference_events, dim=256, seed=0, n_topics=8)
    live = synthetic_stream(args.events, dim=256, seed=1, n_topics=8, start_time=float(ref.event_time[-1]))
    batches = [live.take(slice(i, i + args.batch)) for i in range(0, len(live), args.batch)]
    rates, fits, sizes, ckpt = [], [], [], []
    for run in range(args.runs):
        state = SegmentDriftState(f"bench|{run}", cfg)
        t0 = time.perf_counter()
        state.update_batch(ref)  # collects the reference and fits every detector at its last event
        fits.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for b in batches:
            state.update_batch(b)
            state.pop_ticks()
        rates.append(len(live) / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        blob = json.dumps(state.to_dict())
        ckpt.append(time.perf_counter() - t0)
        sizes.append(len(blob))
    warm = SegmentDriftState("bench|warm", cfg)
    warm.update_batch(ref.take(slice(0, cfg.reference_events - 1)))
    warm_size = len(json.dumps(warm.to_dict()))
    print(
        f"steady-state throughput, batch {args.batch}: median {statistics.median(rates):,.0f} events/s "
        f"(runs: {', '.join(f'{r:,.0f}' for r in rates)})"
    )
    print(
        f"fitting all detectors at reference completion ({cfg.reference_events} events): "
        f"median {statistics.median(fits):.2f} s"
    )
    print(
        f"checkpoint after warm-up: {statistics.median(sizes) / 1e3:.0f} kB JSON, "
        f"to_dict+dumps {statistics.median(ckpt) * 1e3:.1f} ms; during warm-up (full buffers): "
        f"{warm_size / 1e3:.0f} kB"
    )


if __name__ == "__main__":
    main()
