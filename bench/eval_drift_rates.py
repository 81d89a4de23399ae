"""Replay only the rate signals (error, refusal, toxicity, PII) of the drift scenario suite and soak,
with the code of any checkout: a cheap before/after for changes that touch only the rate CUSUMs.

The streams, batch cuts and soak segments are exactly those of ``bench/eval_drift.py`` (same seeds,
same parameter draws), so the figures add up with its full run: the other signals' detectors are
untouched by such a change. Usage (``--root``: the checkout whose ``detectors/`` is evaluated, e.g. a
``git archive HEAD`` copy)::

    OPENBLAS_NUM_THREADS=1 nice -n 19 .venv/bin/python bench/eval_drift_rates.py --root /tmp/head \\
        --split heldout --seeds 21,22,23,24,25 --soak-segments 72 --soak-draw 8 --out /tmp/rates_head.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

RATE_SIGNALS = ("error_rate", "refusal_rate", "toxicity", "pii")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    ap.add_argument("--split", choices=("dev", "heldout"), default="heldout")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--soak-segments", type=int, default=0)
    ap.add_argument("--soak-events", type=int, default=16000)
    ap.add_argument("--soak-draw", type=int, default=0)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    root = args.root.resolve()
    sys.path[:0] = [str(root), str(root / "bench")]

    import numpy as np
    from scenarios.generator import StreamParams, TextBank, generate_stream, iter_batches
    from scenarios.runner import event_index, materialise, run_ours
    from scenarios.suite import REFERENCE, build_suite, pools_for

    from detectors.drift import DriftConfig, SegmentDriftState

    split_seed = {"dev": 0, "heldout": 1000}[args.split]
    cfg = DriftConfig(signals=RATE_SIGNALS)
    bank = TextBank(pools_for(args.split), per_topic=1500, seed=split_seed)
    result: dict = {"root": str(root), "split": args.split, "scenarios": [], "soak": None}
    seeds = [int(s) for s in args.seeds.split(",") if s]
    for scn in build_suite(args.split) if seeds else []:
        row: dict = {"scenario": scn.name, "expected": [s for s in scn.expected if s in RATE_SIGNALS], "runs": []}
        for seed in seeds:
            streams = materialise(scn, bank, seed=split_seed + seed)
            out, _ = run_ours(scn, streams, cfg, seed=seed)
            delays = {s: d for s, d in out.delays.items() if s in RATE_SIGNALS}
            row["runs"].append({"seed": seed, "delays": delays, "false_alarms": out.false_alarms})
        result["scenarios"].append(row)
        print(row["scenario"], [(r["delays"], r["false_alarms"]) for r in row["runs"]], flush=True)
    if args.soak_segments:
        # the segments of eval_drift.soak (same generator calls, in the same order)
        base = split_seed + 100_000 * args.soak_draw
        rng = np.random.default_rng(base + 99)
        topics = tuple(pools_for(args.split).topics)
        alarms: list[str] = []
        monitored = 0
        for s in range(args.soak_segments):
            k = int(rng.integers(1, 6))
            params = StreamParams(
                topics=tuple(rng.choice(topics, k, replace=False).tolist()),
                weights=tuple(rng.dirichlet(np.ones(k) * 2).tolist()),
                burst_stay=float(rng.choice([0.0, 0.5, 0.9])),
                refusal_rate=float(rng.uniform(0.005, 0.02)),
                error_rate=float(rng.uniform(0.003, 0.02)),
                toxic_rate=float(rng.uniform(0.005, 0.02)),
                pii_response_rate=float(rng.uniform(0.003, 0.015)),
                latency_mult=float(rng.uniform(0.5, 2.0)),
                completion_mult=float(rng.uniform(0.6, 1.5)),
            )
            feats, _ = generate_stream(params, args.soak_events, bank, seed=base + 5000 + s)
            state = SegmentDriftState(f"soak|{s}", cfg)
            for batch in iter_batches(feats, np.random.default_rng(s)):
                for x in state.update_batch(batch):
                    if x.transition == "onset":
                        alarms.append(f"segment {s} {x.signal}/{x.detector} at event {event_index(x.event_id)}")
                state.pop_ticks()
            monitored += args.soak_events - REFERENCE
        result["soak"] = {"segments": args.soak_segments, "monitored_events": monitored, "alarms": alarms}
        print(f"soak: {len(alarms)} rate-signal alarms in {monitored} events: {alarms}", flush=True)
    args.out.write_text(json.dumps(result, indent=1))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
