"""PII-in-responses drift: why a stable stream alarmed, and what a 10% spread wave can give.

Analysis script of the session-7 round (docs/drift.md, *Session 7*); changes nothing in the
detectors. Usage (from the repository root)::

    OPENBLAS_NUM_THREADS=1 nice -n 19 .venv/bin/python bench/drift_pii_limits.py cluster   # seed-16 alarm
    OPENBLAS_NUM_THREADS=1 nice -n 19 .venv/bin/python bench/drift_pii_limits.py marks     # count/type CUSUMs
    OPENBLAS_NUM_THREADS=1 nice -n 19 .venv/bin/python bench/drift_pii_limits.py reference # reference length

* ``cluster``: regenerates held-out ``stable_mixture_bursty`` seed 16 (the stream the suite ran),
  replays the "any PII in the response" CUSUM alone on its flags, and shows where the statistic
  crossed, the reference count, the exact ARL of that fit at the generator's rate, and how other
  calibrations treat the same flags.
* ``marks``: exact comparison (known base distribution, threshold from the exact ARL of the
  discretised increments, :func:`detectors.drift.calibration.cusum_arl`, ARL 4.8e5; 3,000 simulated
  10% waves from a zero statistic) of the Bernoulli "any PII" CUSUM with CUSUMs that also use the
  number of entities and the entity-type groups of each response: an oracle categorical CUSUM
  (likelihood ratio of the true wave and base distributions), a Poisson count CUSUM, and the sum of
  the type bank's members' log-likelihood ratios.
* ``reference``: the real calibration (:class:`detectors.drift.bernoulli.BernoulliCUSUM`) on
  references of 2,000 / 8,000 / 32,000 events drawn binomially: delay on a 10% wave and the exact
  realised false-alarm rate averaged over references.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import numpy as np
from scipy.optimize import brentq
from scipy.stats import binom

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from scenarios.generator import PII_TRUE_MIX, _pii_types  # noqa: E402

from detectors.drift.bernoulli import BernoulliCUSUM, bernoulli_arl  # noqa: E402
from detectors.drift.calibration import cusum_arl  # noqa: E402
from detectors.drift.segment import pii_type_groups  # noqa: E402

ARL = 4.8e5  # DriftConfig.pii_response_target_arl
#: Flag rate of a stable stream in the generator: 0.7% true PII x 90% recall + 0.5% false positives.
BASE_FLAG_RATE = 0.007 * 0.9 + 0.005 * (1 - 0.007 * 0.9)


def simulate_pii(rate: float, n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The generator's PII columns alone (counts, type-group masks) for a true-PII ``rate``."""
    rng = np.random.default_rng(seed)
    detected = (rng.random(n) < rate) & (rng.random(n) < 0.9)
    entities = 1 + rng.poisson(0.4, n)
    fp = rng.random(n) < 0.005
    count = np.where(fp, np.maximum(np.where(detected, entities, 0), 1), np.where(detected, entities, 0))
    mix = np.broadcast_to(np.array(PII_TRUE_MIX), (n, len(PII_TRUE_MIX)))
    mask = _pii_types(mix, detected, entities, fp & ~detected, np.random.default_rng(seed + 1))
    groups = sum(((mask & g) != 0).astype(np.int64) << k for k, g in enumerate(pii_type_groups()))
    return count, np.asarray(groups)


def delays(llr: np.ndarray, p_wave: np.ndarray, h: float, runs: int = 3000, horizon: int = 700) -> np.ndarray:
    """Events to the first crossing of ``h`` by a CUSUM from 0 whose increments are ``llr[j]``
    with ``j`` drawn from ``p_wave`` (``horizon`` if none)."""
    rng = np.random.default_rng(5)
    inc = llr[rng.choice(len(llr), size=(runs, horizon), p=p_wave / p_wave.sum())]
    s = np.zeros(runs)
    out = np.full(runs, horizon)
    for t in range(horizon):
        s = np.maximum(0.0, s + inc[:, t])
        out[(s > h) & (out == horizon)] = t + 1
    return out


def summary(d: np.ndarray) -> str:
    return (
        f"mean {d.mean():.1f}, median {np.median(d):.0f}, p90 {np.percentile(d, 90):.0f}, "
        f"P(<=100) {np.mean(d <= 100):.3f}"
    )


def exact_threshold(llr: np.ndarray, p_base: np.ndarray) -> float:
    return float(brentq(lambda h: np.log(cusum_arl(llr, p_base, h, delta=0.02)) - np.log(ARL), 2.0, 40.0, xtol=1e-3))


def cmd_marks() -> None:
    n = 4_000_000
    c0, g0 = simulate_pii(0.007, n, 1)
    c1, g1 = simulate_pii(0.10, n, 2)

    def categorical(k0: np.ndarray, k1: np.ndarray, name: str) -> None:
        a, b = Counter(k0.tolist()), Counter(k1.tolist())
        keys = sorted(set(a) | set(b))
        p0 = np.array([(a.get(k, 0) + 0.5) / n for k in keys])
        p1 = np.array([(b.get(k, 0) + 0.5) / n for k in keys])
        p0, p1 = p0 / p0.sum(), p1 / p1.sum()
        llr = np.log(p1 / p0)
        h = exact_threshold(llr, p0)
        print(f"{name:34s} KL {float(p1 @ llr):.4f}  h {h:5.2f}  {summary(delays(llr, p1, h))}")

    categorical((c0 > 0).astype(np.int64), (c1 > 0).astype(np.int64), "any PII (Bernoulli, oracle p0/p1)")
    categorical(np.minimum(c0, 3), np.minimum(c1, 3), "entity count 0/1/2/3+ (oracle)")
    categorical(g0 * 10 + np.minimum(c0, 3), g1 * 10 + np.minimum(c1, 3), "type groups x count (oracle)")

    cap = 4
    k0, k1 = np.minimum(c0, cap), np.minimum(c1, cap)
    p0 = np.bincount(k0, minlength=cap + 1) / n
    p1 = np.bincount(k1, minlength=cap + 1) / n
    lam0, lam1 = float(k0.mean()), float(k1.mean())
    llr = np.arange(cap + 1) * np.log(lam1 / lam0) - (lam1 - lam0)
    h = exact_threshold(llr, p0)
    gain = float(p1 @ llr)
    print(f"{'Poisson count (matched mean)':34s} E_wave {gain:.4f}  h {h:5.2f}  {summary(delays(llr, p1, h))}")

    bits0 = np.stack([(g0 >> k) & 1 for k in range(4)], axis=1)
    p0k = bits0.mean(axis=0)
    target = float((g0 > 0).mean()) + 0.08
    rho = brentq(lambda r: 1.0 - np.prod(1.0 - np.minimum(r * p0k, 0.99)) - target, 1.0, 50.0)
    p1k = np.minimum(rho * p0k, 0.99)
    a, b = Counter(g0.tolist()), Counter(g1.tolist())
    keys = sorted(set(a) | set(b))
    kb = np.array([[(k >> j) & 1 for j in range(4)] for k in keys])
    llr = (kb * np.log(p1k / p0k) + (1 - kb) * np.log((1 - p1k) / (1 - p0k))).sum(axis=1)
    q0 = np.array([a.get(k, 0) for k in keys]) / n
    q1 = np.array([b.get(k, 0) for k in keys]) / n
    h = exact_threshold(llr, q0)
    gain = float(q1 @ llr)
    print(f"{'sum of the bank members (x rho)':34s} E_wave {gain:.4f}  h {h:5.2f}  {summary(delays(llr, q1, h))}")


@cache
def fitted(positives: int, n: int, quantile: float | None = None, arl: float = ARL) -> BernoulliCUSUM:
    det = BernoulliCUSUM(target_arl=arl, quantile=quantile)
    det.fit_counts(positives, n)
    return det


def cmd_reference() -> None:
    p, wave = BASE_FLAG_RATE, 0.0944
    rng = np.random.default_rng(11)
    runs, horizon = 2000, 700
    flags = rng.random((runs, horizon)) < wave
    rows: tuple[tuple[str, int, float | None, float], ...] = (
        ("2,000 events (as now)", 2000, None, ARL),
        ("2,000 events, 95% quantile guard", 2000, 0.95, ARL),
        ("2,000 events, ARL 1e6", 2000, None, 1e6),
        ("8,000 events", 8000, None, ARL),
        ("32,000 events", 32000, None, ARL),
    )
    for label, n, quantile, arl in rows:
        pos = np.random.default_rng(n).binomial(n, p, runs)
        d = np.full(runs, horizon)
        for r in range(runs):
            det = fitted(int(pos[r]), n, quantile, arl)
            det.s = 0.0
            hit = np.flatnonzero(det.update(flags[r])[1])
            if len(hit):
                d[r] = hit[0] + 1
        rate = 0.0
        for k in range(int(n * p * 0.3), int(n * p * 2) + 1):
            det = fitted(k, n, quantile, arl)
            rate += binom.pmf(k, n, p) / bernoulli_arl(p, det.up, det.down, det.limit)
        print(f"reference {label:34s} {summary(d)}; realised false-alarm rate x 4.8e5: {rate * ARL:.3f}")


def cmd_cluster() -> None:
    from scenarios.generator import TextBank, generate_stream
    from scenarios.suite import build_suite, pools_for

    bank = TextBank(pools_for("heldout"), per_topic=1500, seed=1000)
    scn = next(s for s in build_suite("heldout") if s.name == "stable_mixture_bursty")
    feats, truth = generate_stream(scn.params, scn.n_events, bank, 1000 + 16, id_prefix="ev")
    valid = ~feats.is_error
    flags = (feats.pii_response_count >= 0.5)[valid]
    index = np.flatnonzero(valid)
    ref, mon = flags[:2000], flags[2000:]
    print(
        f"reference: {int(ref.sum())} flagged of 2000 (first 1000: {int(ref[:1000].sum())}); monitored rate "
        f"{mon.mean():.4f}; generator rate {BASE_FLAG_RATE:.4f}; P(<= {int(ref.sum())} | 2000) "
        f"{binom.cdf(int(ref.sum()), 2000, BASE_FLAG_RATE):.2f}"
    )
    for name, det in (
        ("as run (posterior-averaged, ARL 4.8e5)", fitted(int(ref.sum()), 2000)),
        ("p0 known (1.13% from 20,000 events)", fitted(225, 20000)),
        ("95% posterior quantile guard", fitted(int(ref.sum()), 2000, 0.95)),
        ("ARL 1e6", fitted(int(ref.sum()), 2000, None, 1e6)),
    ):
        det.s = 0.0
        stat, alarm = det.update(mon)
        hits = [int(index[2000 + i]) for i in np.flatnonzero(alarm)]
        arl = bernoulli_arl(BASE_FLAG_RATE, det.up, det.down, det.limit)
        print(
            f"  {name:40s} h {det.threshold:5.2f} nats, ARL at the generator rate {arl:9.3g}, "
            f"max score {float((stat / det.threshold).max()):.3f}, alarms at events {hits}"
        )
    first = int(index[2000 + np.flatnonzero(fitted(int(ref.sum()), 2000).update(mon)[1])[0]])
    near = np.flatnonzero((feats.pii_response_count >= 0.5) & valid)
    near = near[(near > first - 20) & (near <= first)]
    print(
        f"flagged responses in the 20 events up to the alarm: {near.tolist()}, true PII "
        f"{truth['pii'][near].tolist()}, entity counts {feats.pii_response_count[near].tolist()}"
    )
    rng = np.random.default_rng(0)
    from numpy.lib.stride_tricks import sliding_window_view

    windows = [sliding_window_view(rng.random(12000) < BASE_FLAG_RATE, 15).sum(1) for _ in range(400)]
    share = np.mean([(w >= 5).any() for w in windows])
    print(f"independent 12,000-event streams at the generator rate with >= 5 flags in 15 events: {share:.4f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=("cluster", "marks", "reference"))
    args = ap.parse_args()
    {"cluster": cmd_cluster, "marks": cmd_marks, "reference": cmd_reference}[args.what]()


if __name__ == "__main__":
    main()
