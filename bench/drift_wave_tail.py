"""Why some replayed toxic / PII waves take far more than 100 events (docs/drift.md, "Session 10").

Works on the streams of ``bench/eval_drift_replay.py`` (same builder, seeds and detectors), in-process:

* ``cache``: run the real detectors (``EventDetectors``, 512-event batches as ``driftline replay``)
  over a scenario's stream and keep, per event, the features the rate signals use (``.npz``);
* ``trace``: the toxicity / PII statistic around the onset of one cached stream, its fit and its flags;
* ``pit``: for every cached wave stream, the observed delay and where it falls in the delay
  distribution of *its own fitted detector* at the wave's realised flag rate (Monte Carlo, started
  from the statistic at the onset): PIT = P(D < d) + P(D = d) / 2, uniform if the delays are the
  designed tail;
* ``levers``: simulated delay distributions (references drawn binomially, the real
  ``BernoulliCUSUM``, Monte Carlo waves) for the design alternative, the budget and the reference
  length, with the realised false-alarm rate relative to the budget.

Usage (from a snapshot of HEAD; dev seeds only)::

    OPENBLAS_NUM_THREADS=1 HF_HUB_OFFLINE=1 DRIFTLINE_MODEL_DIR=$PWD/.models \\
        nice -n 19 .venv/bin/python bench/drift_wave_tail.py cache --dir /tmp/wave_cache \\
        --scenarios toxic_wave pii_wave --seeds 26 27 28
    .venv/bin/python bench/drift_wave_tail.py trace --dir /tmp/wave_cache --stream toxic_wave_s38
    .venv/bin/python bench/drift_wave_tail.py pit --dir /tmp/wave_cache --out bench/results/drift_replay_s10_pit
    .venv/bin/python bench/drift_wave_tail.py levers --out bench/results/drift_replay_s10_levers
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

from detectors.drift.features import SCALAR_FIELDS  # noqa: E402

ONSET, REFERENCE, END = 4000, 2000, 7000
SIGNAL_INPUT = {"toxic": ("toxicity", "prompt"), "pii": ("pii", "response")}


# --- cache ----------------------------------------------------------------------------------------
def cache(args: argparse.Namespace) -> None:
    import eval_drift_replay as harness
    from scenarios.suite import pools_for

    from detectors.drift.features import EventFeatures
    from schemas.event import parse_event
    from streams.cli import _settings
    from streams.drift_stage import features_by_segment

    args.dir.mkdir(parents=True, exist_ok=True)
    detectors = harness.InjectedScorer().detectors
    settings = _settings()
    every = {s.name: s for s in harness.build_scenarios(harness.CHANGE_EVENTS, harness.STABLE_AFTER_REFERENCE)}
    toxic = harness.load_toxic_texts()
    for seed in args.seeds:
        bank = harness.Bank(pools_for("heldout"), seed)
        for name in args.scenarios:
            path = args.dir / f"{name}_s{seed}.npz"
            if path.exists():
                continue
            t0 = time.perf_counter()
            stream = harness.build_stream(every[name], seed, bank, toxic)
            raws = [json.dumps(e).encode() for e in stream.events]
            parts = []
            for a in range(0, len(raws), 512):
                batch = [parse_event(r, settings.max_event_bytes) for r in raws[a : a + 512]]
                res = detectors.run([e.event_id for e in batch], [e.prompt for e in batch], [e.response for e in batch])
                (feats,) = features_by_segment(batch, res).values()
                parts.append(feats)
            f = EventFeatures.concat(parts)
            np.savez_compressed(
                path,
                **{k: getattr(f, k) for k in _COLUMNS},
                thr=np.array(detectors.toxicity_threshold),
                injected_toxic=np.array(stream.injected_toxic),
                injected_pii=np.array(stream.injected_pii_response),
            )
            print(f"{name} s{seed}: {time.perf_counter() - t0:.1f} s", flush=True)


_COLUMNS = SCALAR_FIELDS


def load(path: Path) -> tuple[Any, Any]:
    """The cached stream as ``EventFeatures`` (embeddings zero: only the rate signals are run)."""
    from detectors.drift.features import EventFeatures

    z = np.load(path)
    n = len(z["event_time"])
    cols = {k: z[k] for k in _COLUMNS}
    zeros = np.zeros((n, 4), np.float32)
    ids = tuple(f"e-{i:06d}" for i in range(n))
    return EventFeatures(prompt_emb=zeros, response_emb=zeros, event_ids=ids, **cols), z


def run_rates(path: Path, signal: str) -> dict[str, Any]:
    """Toxicity and PII signals over a cached stream (512-event batches); the traced signal's outputs."""
    from detectors.drift.config import DriftConfig
    from detectors.drift.segment import SegmentDriftState

    feats, z = load(path)
    state = SegmentDriftState("a|m|v", DriftConfig(signals=("toxicity", "pii"), toxicity_threshold=float(z["thr"])))
    mon = state.monitors[signal]
    original = mon.process
    outs: list[Any] = []

    def process(batch: Any, seen: int) -> Any:
        out = original(batch, seen)
        outs.append(out)
        return out

    mon.process = process  # type: ignore[method-assign,assignment]
    onsets = []
    for a in range(0, len(feats), 512):
        for s in state.update_batch(feats.take(slice(a, a + 512))):
            if s.transition == "onset":
                onsets.append((s.signal, s.detector, int(s.event_id[2:]), s.value, s.threshold))
    raw = {k: np.concatenate([o.raw[k] for o in outs]) for k in outs[0].raw}
    ext = {k: np.concatenate([o.extracted[k][0] for o in outs]) for k in outs[0].extracted}
    valid = {k: np.concatenate([o.extracted[k][1] for o in outs]) for k in outs[0].extracted}
    return {"monitor": mon, "onsets": onsets, "raw": raw, "values": ext, "valid": valid, "z": z}


def delays_mc(p: float, up: int, down: int, limit: int, s0: int, runs: int, n: int, seed: int) -> np.ndarray:
    """Monte Carlo delays (events after the onset, 0-based like the harness) of the integer CUSUM."""
    rng = np.random.default_rng(seed)
    flags = rng.random((runs, n)) < p
    s = np.full(runs, s0, dtype=np.int64)
    d = np.full(runs, n)
    alive = np.ones(runs, dtype=bool)
    for t in range(n):
        s = np.maximum(0, s + np.where(flags[:, t], up, -down))
        hit = alive & (s > limit)
        d[hit] = t
        alive &= ~hit
    return d


def _kind(stream: str) -> str:
    return "toxic" if stream.startswith("toxic") else "pii"


# --- trace ----------------------------------------------------------------------------------------
def trace(args: argparse.Namespace) -> None:
    signal, inp = SIGNAL_INPUT[_kind(args.stream)]
    r = run_rates(args.dir / f"{args.stream}.npz", signal)
    det = r["monitor"].detectors[inp]
    flags = r["values"][inp] & r["valid"][inp]
    v = r["valid"][inp]
    print("onsets:", [(s, d, i, round(val, 2), round(thr, 2)) for s, d, i, val, thr in r["onsets"]])
    fit = {k: getattr(det, k) for k in ("p0", "p1", "unit", "up", "down", "limit")}
    print(f"fit {fit} threshold {det.threshold:.3f} nats; reference {r['monitor'].n_reference}")
    w_pos, w_neg = det.up * det.unit, det.down * det.unit
    print(f"per flag +{w_pos:.3f} nats, per clean event -{w_neg:.4f}; break-even rate {w_neg / (w_pos + w_neg):.4f}")
    for lo, hi in ((0, REFERENCE), (REFERENCE, ONSET), (ONSET, ONSET + 100), (ONSET, ONSET + 200), (ONSET, END)):
        k, n = int(flags[lo:hi].sum()), int(v[lo:hi].sum())
        print(f"flags in events {lo}-{hi}: {k}/{n} = {k / max(n, 1):.4f}")
    inj = r["z"]["injected_toxic" if _kind(args.stream) == "toxic" else "injected_pii"]
    first = [int(i) for i in inj if ONSET <= i < ONSET + 200]
    print(f"injected in events {ONSET}-{ONSET + 200}: {len(first)} {first}")
    flagged = [int(i) for i in np.flatnonzero(flags[ONSET : ONSET + 200]) + ONSET]
    print(f"flagged in events {ONSET}-{ONSET + 200}: {flagged}")
    stat = r["raw"][inp]
    for i in range(ONSET - 1, ONSET + 260, 10):
        print(f"event {i}: statistic {stat[i]:6.2f} nats, flags since onset {int(flags[ONSET : i + 1].sum())}")


# --- pit ------------------------------------------------------------------------------------------
def pit(args: argparse.Namespace) -> None:
    from scipy.stats import kstest

    rows = []
    for path in sorted(args.dir.glob("*_wave_s*.npz")):
        stream = path.stem
        scenario, seed = stream.rsplit("_s", 1)
        if scenario not in ("toxic_wave", "pii_wave"):
            continue
        signal, inp = SIGNAL_INPUT[_kind(stream)]
        r = run_rates(path, signal)
        mon = r["monitor"]
        det = mon.detectors[inp]
        after = [(d, i) for s, d, i, _, _ in r["onsets"] if s == signal and i >= ONSET]
        before = [(s, d, i) for s, d, i, _, _ in r["onsets"] if i < ONSET]
        delay = after[0][1] - ONSET if after else None
        flags = r["values"][inp] & r["valid"][inp]
        v = r["valid"][inp]
        rate_pre = float(flags[REFERENCE:ONSET].sum() / v[REFERENCE:ONSET].sum())
        rate_post = float(flags[ONSET:END].sum() / v[ONSET:END].sum())
        s0 = round(float(r["raw"][inp][ONSET - 1]) / det.unit)
        mc = delays_mc(rate_post, det.up, det.down, det.limit, s0, args.runs, 1000, int(seed))
        p = None if delay is None else float((mc < delay).mean() + 0.5 * (mc == delay).mean())
        w_pos, w_neg = det.up * det.unit, det.down * det.unit
        rows.append(
            {
                "scenario": scenario,
                "seed": int(seed),
                "delay": delay,
                "detector": after[0][0] if after else None,
                "alarms_before_onset": before,
                "reference_events": int(mon.n_reference[inp]),
                "p0": det.p0,
                "p1": det.p1,
                "threshold_nats": det.threshold,
                "break_even_rate": w_neg / (w_pos + w_neg),
                "rate_pre_onset": rate_pre,
                "rate_wave": rate_post,
                "statistic_at_onset": float(r["raw"][inp][ONSET - 1]),
                "flags_first_100": int(flags[ONSET : ONSET + 100].sum()),
                "mc_mean": float(mc.mean()),
                "mc_median": float(np.median(mc)),
                "mc_p90": float(np.percentile(mc, 90)),
                "mc_p_over_100": float((mc > 100).mean()),
                "pit": p,
            }
        )
        x = rows[-1]
        print(
            f"{scenario:10s} s{seed}: delay {delay} ({x['detector']}) p0 {det.p0:.4f} pre {rate_pre:.4f} wave "
            f"{rate_post:.4f} thr {det.threshold:.2f} stat@onset {x['statistic_at_onset']:.2f} first100 "
            f"{x['flags_first_100']} | MC mean {mc.mean():.0f} p90 {x['mc_p90']:.0f} P>100 {x['mc_p_over_100']:.3f} "
            f"PIT {p if p is None else round(p, 3)}",
            flush=True,
        )
    summary: dict[str, Any] = {}
    lines = [
        "| scenario | seeds | delays (sorted) | median | max | > 100 | expected > 100 (sum of MC P) | mean PIT "
        "| z (later than designed) | KS p |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for scenario in ("toxic_wave", "pii_wave", "both"):
        sel = [x for x in rows if scenario in ("both", x["scenario"])]
        ps = np.array([x["pit"] for x in sel if x["pit"] is not None])
        ds = sorted(x["delay"] for x in sel if x["delay"] is not None)
        misses = sum(x["delay"] is None for x in sel)
        if not len(ps):
            continue
        z = (ps.mean() - 0.5) / np.sqrt(1 / 12 / len(ps))
        ks = float(kstest(ps, "uniform").pvalue)
        summary[scenario] = {
            "n": len(sel),
            "delays": ds,
            "no_new_onset": misses,
            "median": float(np.median(ds)),
            "max": max(ds),
            "over_100": sum(d > 100 for d in ds),
            "expected_over_100": float(sum(x["mc_p_over_100"] for x in sel)),
            "mean_pit": float(ps.mean()),
            "z_later": float(z),
            "ks_p": ks,
            "h0_rejected": bool(z > 2.33 or ks < 0.01),
        }
        s = summary[scenario]
        lines.append(
            f"| {scenario} | {len(sel)} | {' '.join(map(str, ds))}{' + miss' * misses} "
            f"| {s['median']:.0f} | {s['max']} "
            f"| {s['over_100']} "
            f"| {s['expected_over_100']:.1f} | {s['mean_pit']:.3f} | {z:+.2f} | {ks:.3f} |"
        )
    text = "\n".join(lines)
    print(text)
    out = args.out
    out.with_suffix(".json").write_text(json.dumps({"summary": summary, "streams": rows}, indent=1) + "\n")
    out.with_suffix(".txt").write_text(text + "\n")


# --- levers ---------------------------------------------------------------------------------------
def study(
    p0: float, wave: float, min_increase: float, arl: float, nref: int, points: int, runs: int
) -> dict[str, float]:
    """Delay distribution over references drawn binomially (``points`` quantiles of Bin(nref, p0))."""
    from scipy.stats import binom

    from detectors.drift.bernoulli import BernoulliCUSUM, bernoulli_arl

    ks = binom.ppf((np.arange(points) + 0.5) / points, nref, p0).astype(int)
    ds, fa, thr = [], [], []
    for j, k in enumerate(ks):
        det = BernoulliCUSUM(min_increase=min_increase, target_arl=arl)
        det.fit_counts(int(k), nref)
        ds.append(delays_mc(wave, det.up, det.down, det.limit, 0, runs, 600, j))
        fa.append(1.0 / bernoulli_arl(p0, det.up, det.down, det.limit))
        thr.append(det.threshold)
    d = np.concatenate(ds)
    return {
        "threshold_nats": float(np.mean(thr)),
        "mean": float(d.mean()),
        "median": float(np.median(d)),
        "p90": float(np.percentile(d, 90)),
        "p99": float(np.percentile(d, 99)),
        "p_over_100": float((d > 100).mean()),
        "fa_over_budget": float(np.mean(fa) * arl),
    }


def levers(args: argparse.Namespace) -> None:
    cases = []
    waves = (
        ("toxic 1.5% -> 13.1%", 0.015, 0.131, 1e6),
        ("pii 1.0% -> 11.0%", 0.010, 0.110, 4.8e5),
        ("pii 1.8% -> 11.5%", 0.018, 0.115, 4.8e5),
    )
    for name, p0, wave, arl in waves:
        cases += [(name, "now", p0, wave, 0.08, arl, 2000)]
        cases += [(name, "p1 = p0 + 0.12", p0, wave, 0.12, arl, 2000)]
        cases += [(name, f"ARL {a:.0e}", p0, wave, 0.08, a, 2000) for a in (1e5, 1e4)]
        cases += [(name, f"reference {n}", p0, wave, 0.08, arl, n) for n in (8000, 32000)]
    rows = []
    lines = ["| wave | design | threshold (nats) | mean | median | p90 | p99 | P(> 100) | realised FA / budget |"]
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for name, label, p0, wave, m, arl, nref in cases:
        s = study(p0, wave, m, arl, nref, args.points, args.runs)
        rows.append({"wave": name, "design": label, **s})
        lines.append(
            f"| {name} | {label} | {s['threshold_nats']:.2f} | {s['mean']:.1f} | {s['median']:.0f} | {s['p90']:.0f} "
            f"| {s['p99']:.0f} | {s['p_over_100']:.3f} | {s['fa_over_budget']:.2f} |"
        )
        print(lines[-1], flush=True)
    args.out.with_suffix(".json").write_text(json.dumps(rows, indent=1) + "\n")
    args.out.with_suffix(".txt").write_text("\n".join(lines) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("cache")
    c.add_argument("--dir", type=Path, required=True)
    c.add_argument("--scenarios", nargs="+", default=["toxic_wave", "pii_wave"])
    c.add_argument("--seeds", type=int, nargs="+", required=True)
    t = sub.add_parser("trace")
    t.add_argument("--dir", type=Path, required=True)
    t.add_argument("--stream", required=True, help="e.g. toxic_wave_s38")
    p = sub.add_parser("pit")
    p.add_argument("--dir", type=Path, required=True)
    p.add_argument("--runs", type=int, default=4000)
    p.add_argument("--out", type=Path, required=True)
    lv = sub.add_parser("levers")
    lv.add_argument("--points", type=int, default=9)
    lv.add_argument("--runs", type=int, default=3000)
    lv.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    {"cache": cache, "trace": trace, "pit": pit, "levers": levers}[args.cmd](args)


if __name__ == "__main__":
    main()
