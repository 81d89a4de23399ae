"""Score-weighted toxic-prompt CUSUM vs the Bernoulli one (docs/drift.md, "Session 12").

Works on the per-event caches of ``bench/drift_wave_tail.py cache`` (real detectors, replay streams):

* ``profile``: the toxic-text score profile ``f1`` (``detectors.drift.score_cusum.TOXIC_PROFILE``):
  the built-in scorer's scores on the label-1 rows of ``data/toxicity/calibration*.jsonl``, binned;
* ``compare``: the ``toxicity`` signal alone over every cached stream with
  ``toxicity_prompt_detector`` = flag / score / both (512-event batches as ``driftline replay``):
  observed toxic-wave delays, toxicity alarms before an onset or in streams without a toxic wave,
  and per toxic-wave stream a Monte Carlo delay distribution of *its own fitted detector(s)* on
  events resampled from its own wave (3,000 events after the onset), started from the statistic at
  the onset: the expected share of waves over 100 events with a precision 35 streams cannot give;
* ``soak``: the simulated soak segments of ``bench/eval_drift.py`` (same draws), toxicity signal only.

Usage (from a snapshot; dev seeds only)::

    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/drift_score_wave.py compare --dir /tmp/wave_cache \\
        --out bench/results/drift_s12_score_dev
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from detectors.drift.bernoulli import BernoulliCUSUM  # noqa: E402
from detectors.drift.config import TOXICITY_PROMPT_DETECTORS, DriftConfig  # noqa: E402
from detectors.drift.score_cusum import SCORE_EDGES, ScoreCUSUM  # noqa: E402
from detectors.drift.segment import SegmentDriftState  # noqa: E402

ONSET, END = 4000, 7000


def profile(args: argparse.Namespace) -> None:
    from detectors.toxicity.builtin import load_builtin

    scorer = load_builtin(model_dir=args.model_dir)
    rows = []
    for path in sorted((ROOT / "data" / "toxicity").glob("calibration*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [r["text"] for r in rows if int(r["label"]) == 1]
    det = ScoreCUSUM(threshold=scorer.threshold)
    counts = np.bincount(det.bins(scorer.score(texts)), minlength=len(SCORE_EDGES) + 1)
    print(f"{scorer!r}: {len(texts)} toxic calibration texts; TOXIC_PROFILE = {tuple(int(c) for c in counts)}")


def _load(path: Path) -> tuple[Any, Any]:
    from drift_wave_tail import load

    return load(path)


def run_stream(path: Path, mode: str) -> dict[str, Any]:
    feats, z = _load(path)
    cfg = DriftConfig(signals=("toxicity",), toxicity_threshold=float(z["thr"]), toxicity_prompt_detector=mode)
    state = SegmentDriftState("a|m|v", cfg)
    mon = state.monitors["toxicity"]
    onsets: list[tuple[str, int]] = []
    raw_at_onset: dict[str, float] = {}
    t0 = time.perf_counter()
    for a in range(0, len(feats), 512):
        if a <= ONSET - 1 < a + 512:
            # the statistic just before the onset event: feed up to it, record, then the rest
            parts = [slice(a, ONSET), slice(ONSET, min(a + 512, len(feats)))]
        else:
            parts = [slice(a, a + 512)]
        for sl in parts:
            if sl.stop <= sl.start:
                continue
            for s in state.update_batch(feats.take(sl)):
                if s.transition == "onset":
                    onsets.append((s.detector, int(s.event_id[2:])))
            if sl.stop == ONSET:
                raw_at_onset = {k: getattr(d, "s", 0.0) for k, d in mon.detectors.items()}
    return {
        "onsets": onsets,
        "detectors": dict(mon.detectors),
        "s_at_onset": raw_at_onset,
        "z": z,
        "feats": feats,
        "seconds": time.perf_counter() - t0,
    }


def _chain(det: Any, scores: np.ndarray, thr: float) -> tuple[np.ndarray, int, int]:
    """Integer increments of ``det`` for ``scores``, its limit, and the unit scale (nats per unit)."""
    if isinstance(det, BernoulliCUSUM):
        return np.where(scores >= thr, det.up, -det.down).astype(np.int64), det.limit, 0
    return det.weights[det.bins(scores)].astype(np.int64), det.limit, 0


def mc_delays(r: dict[str, Any], names: list[str], runs: int, n: int, seed: int) -> np.ndarray:
    """Delays of the detectors ``names`` (first alarm of any) on waves resampled from the stream's own
    post-onset prompt scores, each detector started from its statistic at the onset."""
    feats, z = r["feats"], r["z"]
    thr = float(z["thr"])
    wave = np.asarray(feats.toxicity_prompt[ONSET:END], dtype=np.float64)
    wave = wave[np.isfinite(wave)]
    rng = np.random.default_rng(seed)
    draws = wave[rng.integers(0, len(wave), size=(runs, n))]
    d = np.full(runs, n)
    for name in names:
        det = r["detectors"][name]
        inc, limit, _ = _chain(det, draws, thr)
        s = np.full(runs, round(r["s_at_onset"][name] / det.unit), dtype=np.int64)
        alive = np.ones(runs, dtype=bool)
        dd = np.full(runs, n)
        for t in range(n):
            s = np.maximum(0, s + inc[:, t])
            hit = alive & (s > limit)
            dd[hit] = t
            alive &= ~hit
        d = np.minimum(d, dd)
    return d


def compare(args: argparse.Namespace) -> None:
    rows = []
    for path in sorted(args.dir.glob("*.npz")):
        scenario, seed = path.stem.rsplit("_s", 1)
        for mode in args.modes:
            r = run_stream(path, mode)
            onsets = r["onsets"]
            wave = scenario.startswith("toxic_wave")
            before = [o for o in onsets if o[1] < ONSET] if wave else list(onsets)
            after = [o for o in onsets if o[1] >= ONSET] if wave else []
            row: dict[str, Any] = {
                "scenario": scenario,
                "seed": int(seed),
                "mode": mode,
                "events": len(r["feats"]),
                "alarms_in_control": before,
                "delay": (after[0][1] - ONSET) if after else None,
                "detector": after[0][0] if after else None,
                "thresholds": {k: float(d.threshold) for k, d in r["detectors"].items()},
                "seconds": r["seconds"],
            }
            if wave:
                names = [k for k in r["detectors"] if k.startswith("prompt")]
                mc = mc_delays(r, names, args.runs, 1000, int(seed))
                row.update(mc_p_over_100=float((mc > 100).mean()), mc_median=float(np.median(mc)))
            rows.append(row)
            print(
                f"{scenario:18s} s{seed} {mode:5s}: delay {row['delay']} ({row['detector']}) in-control alarms "
                f"{before} thr {', '.join(f'{k} {v:.2f}' for k, v in row['thresholds'].items())}"
                + (f" | MC P>100 {row['mc_p_over_100']:.3f} median {row['mc_median']:.0f}" if wave else ""),
                flush=True,
            )
    summary = summarise(rows, args.modes)
    args.out.with_suffix(".json").write_text(json.dumps({"summary": summary, "rows": rows}, indent=1) + "\n")
    args.out.with_suffix(".txt").write_text(summary["table"] + "\n")
    print(summary["table"])


def summarise(rows: list[dict[str, Any]], modes: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    lines = [
        "| scenario | mode | streams | delays (sorted; miss = no new onset) | median | > 100 | MC P(> 100), mean over "
        "streams | MC median | in-control toxicity alarms / events |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    scenarios = sorted({r["scenario"] for r in rows})
    for sc in scenarios:
        for mode in modes:
            sel = [r for r in rows if r["scenario"] == sc and r["mode"] == mode]
            if not sel:
                continue
            ds = sorted(r["delay"] for r in sel if r["delay"] is not None)
            miss = sum(r["delay"] is None for r in sel)
            fa = sum(len(r["alarms_in_control"]) for r in sel)
            ev = sum((ONSET - 2000) if sc.startswith("toxic_wave") else (r["events"] - 2000) for r in sel)
            s: dict[str, Any] = {"n": len(sel), "delays": ds, "misses": miss, "fa": fa, "in_control_events": ev}
            if ds:
                s.update(median=float(np.median(ds)), over_100=sum(d > 100 for d in ds))
            if "mc_p_over_100" in sel[0]:
                s.update(
                    mc_p_over_100=float(np.mean([r["mc_p_over_100"] for r in sel])),
                    mc_median=float(np.median([r["mc_median"] for r in sel])),
                )
            out[f"{sc}/{mode}"] = s
            lines.append(
                f"| {sc} | {mode} | {len(sel)} | {' '.join(map(str, ds)) if ds else '-'}{' + miss' * miss} "
                f"| {s.get('median', float('nan')):.0f} | {s.get('over_100', '-')} "
                f"| {s.get('mc_p_over_100', float('nan')):.3f} | {s.get('mc_median', float('nan')):.0f} "
                f"| {fa} / {ev:,} |"
            )
    out["table"] = "\n".join(lines)
    return out


def soak(args: argparse.Namespace) -> None:
    from eval_drift import SPLIT_SEED
    from scenarios.generator import StreamParams, TextBank, generate_stream, iter_batches
    from scenarios.suite import REFERENCE, pools_for

    bank = TextBank(pools_for(args.split), per_topic=1500, seed=SPLIT_SEED[args.split])
    base = SPLIT_SEED[args.split] + 100_000 * args.draw
    rng = np.random.default_rng(base + 99)
    topics = tuple(pools_for(args.split).topics)
    alarms: dict[str, list[tuple[int, str, int]]] = {m: [] for m in args.modes}
    monitored = 0
    for s in range(args.segments):
        k = int(rng.integers(1, 6))
        params = StreamParams(  # the same draws, in the same order, as eval_drift.soak
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
        feats, _ = generate_stream(params, args.events, bank, seed=base + 5000 + s)
        for mode in args.modes:
            state = SegmentDriftState(f"soak|{s}", DriftConfig(signals=("toxicity",), toxicity_prompt_detector=mode))
            for batch in iter_batches(feats, np.random.default_rng(s)):
                for x in state.update_batch(batch):
                    if x.transition == "onset":
                        alarms[mode].append((s, x.detector, int(x.event_id.rsplit("-", 1)[1])))
        monitored += args.events - REFERENCE
        print(
            f"soak {s + 1}/{args.segments}: {monitored:,} monitored events, alarms "
            f"{ {m: len(a) for m, a in alarms.items()} }",
            flush=True,
        )
    res = {
        "split": args.split,
        "draw": args.draw,
        "segments": args.segments,
        "monitored_events": monitored,
        "alarms": alarms,
    }
    args.out.with_suffix(".json").write_text(json.dumps(res, indent=1) + "\n")
    print(json.dumps(res))


def simulated_bin_probs(det: ScoreCUSUM, toxic_rate: float) -> np.ndarray:
    """Exact bin probabilities of the simulated prompt score (``bench/scenarios/generator.py``)."""
    from scipy.stats import beta

    cdf = np.concatenate([[0.0], det.edges, [1.0]])

    def mass(a: float, b: float) -> np.ndarray:
        return np.diff(beta.cdf(cdf, a, b))

    clean = 0.996 * mass(0.6, 25) + 0.004 * mass(6, 3)
    toxic = 0.9 * mass(8, 2) + 0.1 * mass(2, 6)
    return np.asarray((1 - toxic_rate) * clean + toxic_rate * toxic)


def calib(args: argparse.Namespace) -> None:
    """Realised false-alarm rate of fitted score CUSUMs at the true in-control distribution, averaged
    over references drawn from it (the quantity the posterior-averaged budget promises)."""
    from detectors.drift.score_cusum import integer_cusum_arl

    out = []
    for rate in args.rates:
        det0 = ScoreCUSUM(threshold=0.5, target_arl=args.target_arl)
        true = simulated_bin_probs(det0, rate)
        rng = np.random.default_rng(int(rate * 1e4))
        fa, thr = [], []
        for _ in range(args.references):
            det = ScoreCUSUM(threshold=0.5, target_arl=args.target_arl)
            det.fit_counts(rng.multinomial(args.n, true), rng)
            fa.append(1.0 / integer_cusum_arl(det.weights, true, det.limit))
            thr.append(det.threshold)
        row = {
            "toxic_rate": rate,
            "references": args.references,
            "n": args.n,
            "target_arl": args.target_arl,
            "realised_over_budget": float(np.mean(fa) * args.target_arl),
            "mean_threshold": float(np.mean(thr)),
        }
        out.append(row)
        print(row, flush=True)
    args.out.with_suffix(".json").write_text(json.dumps(out, indent=1) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("profile")
    p.add_argument("--model-dir", type=Path, default=ROOT / ".models")
    c = sub.add_parser("compare")
    c.add_argument("--dir", type=Path, required=True)
    c.add_argument("--modes", nargs="+", default=list(TOXICITY_PROMPT_DETECTORS), choices=TOXICITY_PROMPT_DETECTORS)
    c.add_argument("--runs", type=int, default=2000)
    c.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("soak")
    s.add_argument("--split", default="dev")
    s.add_argument("--draw", type=int, default=1)
    s.add_argument("--segments", type=int, default=72)
    s.add_argument("--events", type=int, default=16000)
    s.add_argument("--modes", nargs="+", default=list(TOXICITY_PROMPT_DETECTORS), choices=TOXICITY_PROMPT_DETECTORS)
    s.add_argument("--out", type=Path, required=True)
    k = sub.add_parser("calib")
    k.add_argument("--rates", type=float, nargs="+", default=[0.005, 0.015, 0.04])
    k.add_argument("--references", type=int, default=200)
    k.add_argument("--n", type=int, default=2000)
    k.add_argument("--target-arl", type=float, default=1e6)
    k.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    {"profile": profile, "compare": compare, "soak": soak, "calib": calib}[args.cmd](args)


if __name__ == "__main__":
    main()
