"""Evaluate the drift stage on a scenario suite, side by side with established methods.

Usage (from the repository root; one BLAS thread, as a worker would run)::

    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/eval_drift.py --split dev
    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/eval_drift.py --split heldout --soak-segments 72

Prints, per scenario, the detection delay (events after the onset) of every expected signal for
each seed, and the false alarms (alarms before the onset, or of signals that should not fire),
for: ours (:class:`detectors.drift.SegmentDriftState`), an Evidently-style windowed centroid
distance on embeddings, and river detectors (ADWIN on log scalars; HDDM_A or FHDDM on rates).
Then a soak: many stable segments (random topic mixtures, burstiness and base rates), counting
every alarm. Results are also written as JSON to ``bench/results/drift_eval_<split>.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from baselines import evidently_centroid_onsets, river_onsets  # noqa: E402
from scenarios.generator import StreamParams, TextBank, generate_stream, iter_batches  # noqa: E402
from scenarios.runner import event_index, materialise, merge_onsets, run_ours, score_onsets  # noqa: E402
from scenarios.suite import REFERENCE, build_suite, pools_for  # noqa: E402

from detectors.drift import DriftConfig, SegmentDriftState  # noqa: E402
from detectors.refusal import refusal_flags  # noqa: E402

METHODS = ("ours", "evidently", "river_hddm_a", "river_fhddm")
SPLIT_SEED = {"dev": 0, "heldout": 1000}


def baseline_onsets(method: str, streams: list) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for _, feats in streams:
        if method == "evidently":
            found += evidently_centroid_onsets(feats, REFERENCE)
        else:
            found += river_onsets(feats, REFERENCE, "hddm_a" if method == "river_hddm_a" else "fhddm")
    return merge_onsets(found)


def run_suite(split: str, seeds: list[int], bank: TextBank, cfg: DriftConfig, only: set[str]) -> list[dict]:
    rows = []
    for scn in build_suite(split):
        if only and scn.name not in only:
            continue
        row: dict = {"scenario": scn.name, "expected": list(scn.expected), "runs": []}
        for seed in seeds:
            streams = materialise(scn, bank, seed=SPLIT_SEED[split] + seed)
            run: dict = {"seed": seed}
            ours, _ = run_ours(scn, streams, cfg, seed=seed)
            run["ours"] = {"delays": ours.delays, "false_alarms": ours.false_alarms}
            for method in METHODS[1:]:
                out = score_onsets(scn, baseline_onsets(method, streams))
                run[method] = {"delays": out.delays, "false_alarms": out.false_alarms}
            row["runs"].append(run)
        rows.append(row)
        print(format_row(row), flush=True)
    return rows


def format_row(row: dict) -> str:
    parts = [f"{row['scenario']:26s}"]
    for method in METHODS:
        cells = []
        for sig in row["expected"] or ["-"]:
            ds = [r[method]["delays"].get(sig) for r in row["runs"]] if sig != "-" else []
            cells.append(f"{sig}=" + "/".join("miss" if d is None else str(d) for d in ds) if ds else "")
        fa = sum(len(r[method]["false_alarms"]) for r in row["runs"])
        parts.append(f"{method}: {' '.join(c for c in cells if c)} FA={fa}")
    return " | ".join(parts)


def soak(split: str, n_segments: int, events: int, bank: TextBank, cfg: DriftConfig, draw: int = 0) -> dict:
    """Stable segments only; ``draw`` > 0 picks another set of segments (fresh, never inspected)."""
    base = SPLIT_SEED[split] + 100_000 * draw
    rng = np.random.default_rng(base + 99)
    topics = tuple(pools_for(split).topics)
    counts = dict.fromkeys(METHODS, 0)
    per_signal: dict[str, dict[str, int]] = {m: {} for m in METHODS}
    monitored = 0
    t_ours = 0.0
    ours_detail: list[str] = []
    for s in range(n_segments):
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
        feats, _ = generate_stream(params, events, bank, seed=base + 5000 + s)
        state = SegmentDriftState(f"soak|{s}", cfg)
        t0 = time.perf_counter()
        found: list[tuple[str, int]] = []
        for batch in iter_batches(feats, np.random.default_rng(s)):
            for x in state.update_batch(batch):
                if x.transition == "onset":
                    found.append((x.signal, event_index(x.event_id)))
                    ours_detail.append(f"segment {s} {x.signal}/{x.detector} at event {event_index(x.event_id)}")
            state.pop_ticks()
        t_ours += time.perf_counter() - t0
        results = {"ours": found}
        for method in METHODS[1:]:
            results[method] = baseline_onsets(method, [("s", feats)])
        for method, onsets in results.items():
            counts[method] += len(onsets)
            for sig, _ in onsets:
                per_signal[method][sig] = per_signal[method].get(sig, 0) + 1
        monitored += events - REFERENCE
        if (s + 1) % 8 == 0:
            print(f"  soak {s + 1}/{n_segments} segments, {monitored} monitored events, alarms {counts}", flush=True)
    out: dict[str, Any] = {"segments": n_segments, "monitored_events": monitored, "ours_seconds": t_ours, "draw": draw}
    out["methods"] = {}
    out["ours_alarms"] = ours_detail
    for method in METHODS:
        c = counts[method]
        upper = poisson_upper(c) / monitored * 1e5
        out["methods"][method] = {
            "false_alarms": c,
            "per_1e5": c / monitored * 1e5,
            "per_1e5_upper95": upper,
            "by_signal": per_signal[method],
        }
    return out


def poisson_upper(k: int, conf: float = 0.95) -> float:
    """One-sided upper confidence bound of a Poisson mean after observing ``k`` events."""
    from scipy.stats import chi2

    return float(chi2.ppf(conf, 2 * (k + 1)) / 2.0)


def refusal_check(split: str) -> dict:
    pools = pools_for(split)
    rng = np.random.default_rng(3)
    from scenarios.pools import sample_texts

    normal = [t for topic in pools.topics for t in sample_texts(pools, topic, "response", 300, rng)]
    return {
        "refusal_recall": float(refusal_flags(pools.refusals).mean()),
        "false_positive_rate": float(refusal_flags(normal).mean()),
        "missed": [r for r, f in zip(pools.refusals, refusal_flags(pools.refusals), strict=True) if not f],
    }


TARGETS = {
    ("abrupt_topic_shift", "prompt_drift"): 60,
    ("abrupt_topic_shift_bursty", "prompt_drift"): 60,
    ("gradual_topic_shift", "prompt_drift"): 400,
    ("refusal_wave", "response_drift"): 100,
    ("refusal_wave", "refusal_rate"): 100,
    ("latency_doubling", "latency_drift"): 60,
    ("toxic_wave", "toxicity"): 100,
    ("pii_wave", "pii"): 100,
    ("pii_wave_one_type", "pii"): 100,
    ("pii_wave_person", "pii"): 100,
}
LABELS = {
    "ours": "ours",
    "evidently": "Evidently centroid",
    "river_hddm_a": "river HDDM_A/ADWIN",
    "river_fhddm": "river FHDDM/ADWIN",
}


def markdown(result: dict[str, Any]) -> str:
    """The scenario table (delays per seed, false alarms summed over seeds) and the soak summary."""
    head = "| scenario | signal | target | " + " | ".join(LABELS[m] for m in METHODS) + " |"
    lines = [head, "|" + "---|" * (3 + len(METHODS))]
    for row in result["scenarios"]:
        for sig in row["expected"] or ["(none: stable)"]:
            cells = []
            for m in METHODS:
                ds = [r[m]["delays"].get(sig) for r in row["runs"]]
                fa = sum(len(r[m]["false_alarms"]) for r in row["runs"])
                txt = "/".join("miss" if d is None else str(d) for d in ds) if row["expected"] else ""
                cells.append(f"{txt} (FA {fa})" if txt else f"FA {fa}")
            target = TARGETS.get((row["scenario"], sig), "")
            lines.append(f"| {row['scenario']} | {sig} | {target} | " + " | ".join(cells) + " |")
    if "soak" in result:
        soak_res = result["soak"]
        lines += [
            "",
            f"Soak: {soak_res['segments']} stable segments, {soak_res['monitored_events']:,} monitored events.",
            "",
        ]
        lines += [
            "| method | false alarms | per 100k events | 95% upper bound per 100k | by signal |",
            "|---|---|---|---|---|",
        ]
        for m in METHODS:
            r = soak_res["methods"][m]
            rate, upper = f"{r['per_1e5']:.2f}", f"{r['per_1e5_upper95']:.2f}"
            lines.append(f"| {LABELS[m]} | {r['false_alarms']} | {rate} | {upper} | {r['by_signal']} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--soak-segments", type=int, default=0)
    ap.add_argument("--soak-events", type=int, default=16000)
    ap.add_argument("--soak-draw", type=int, default=0, help="0: the original soak segments; N > 0: a fresh set")
    ap.add_argument("--only", default="", help="comma-separated scenario names, or 'soak' for the soak only")
    ap.add_argument("--report", action="store_true", help="print the markdown table of the saved results")
    ap.add_argument(
        "--out", type=Path, default=None, help="results JSON (default bench/results/drift_eval_<split>.json)"
    )
    args = ap.parse_args()
    if args.report:
        default = ROOT / "bench" / "results" / f"drift_eval_{args.split}.json"
        print(markdown(json.loads((args.out or default).read_text())))
        return
    cfg = DriftConfig()
    bank = TextBank(pools_for(args.split), per_topic=1500, seed=SPLIT_SEED[args.split])
    seeds = [int(s) for s in args.seeds.split(",") if s]
    print(f"split={args.split} seeds={seeds} config={cfg.to_dict()}")
    print("refusal heuristic:", refusal_check(args.split))
    t0 = time.time()
    rows = []
    if args.only != "soak":
        rows = run_suite(args.split, seeds, bank, cfg, {x for x in args.only.split(",") if x})
    result: dict = {"split": args.split, "seeds": seeds, "config": cfg.to_dict(), "scenarios": rows}
    if args.soak_segments:
        result["soak"] = soak(args.split, args.soak_segments, args.soak_events, bank, cfg, args.soak_draw)
        print(json.dumps(result["soak"], indent=1))
    result["seconds"] = time.time() - t0
    out = args.out or ROOT / "bench" / "results" / f"drift_eval_{args.split}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        json.dumps(result, indent=1, default=lambda o: None if isinstance(o, float) and math.isnan(o) else o)
    )
    print(f"wrote {out} in {result['seconds']:.0f} s")


if __name__ == "__main__":
    main()
