"""Score-weighted CUSUM for a contamination wave (toxic prompts): uses the score, not only the flag.

A 0/1 flag throws away how toxic a flagged prompt looks: a benign prompt just over the threshold
and an insult scoring 0.999 add the same weight to the Bernoulli CUSUM. This detector bins the
score (bins on the logit scale relative to the flag threshold, with the threshold itself as a bin
edge, so every bin is either all-flagged or all-clean) and runs Page's CUSUM on the log-likelihood
ratio of a *contamination* alternative against the reference::

    LR(bin) = (1 - eps) + eps * f1(bin) / f0(bin)

``f0`` is the reference's bin distribution (posterior mean of ``Dirichlet(counts + prior)``, learnt
at warm-up like the Bernoulli CUSUM learns ``p0``); ``f1`` is the bin distribution of toxic text,
fixed at build time (:data:`TOXIC_PROFILE`: the built-in scorer's scores on the label-1 rows of its
calibration files, which it was never trained on); ``eps`` is the design contamination (the share of
the traffic a wave replaces). Bins with few reference events are merged first (per side of the
threshold, until each group holds ``min_count`` events): a sparse bin's weight is largest exactly
when the reference under-counts it, and unmerged the posterior-averaged budget was overspent 2x on
simulated references. The log-ratios are rounded to integer multiples of a unit, so the
statistic is an integer Markov chain whose ARL is computed exactly (banded solve, as for the
Bernoulli CUSUM), and the threshold makes ``1 / ARL`` averaged over ``draws`` Latin-hypercube
points of the ``Dirichlet`` posterior of the reference's (group) probabilities equal to
``1 / target_arl`` (the posterior-averaged budget the other rate detectors spend). Per event: one
``searchsorted`` and one CUSUM step. The statistic resets to zero after each alarm.

>>> rng = np.random.default_rng(3)
>>> ref = np.where(rng.random(2000) < 0.03, rng.beta(8, 2, 2000), rng.beta(0.6, 25, 2000))
>>> det = ScoreCUSUM(threshold=0.5)
>>> det.fit(ref, np.random.default_rng(0))
>>> 8.0 < det.threshold < 16.0
True
>>> wave = np.where(rng.random(600) < 0.15, rng.beta(8, 2, 600), rng.beta(0.6, 25, 600))
>>> stat, alarm = det.update(wave)
>>> bool(alarm.any())
True
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from scipy.linalg import solve_banded
from scipy.stats import gamma as gamma_dist

from .bernoulli import MAX_THRESHOLD_NATS, cusum_with_reset

__all__ = ["SCORE_EDGES", "TOXIC_PROFILE", "ScoreCUSUM", "integer_cusum_arl", "stratified_dirichlet"]

#: Bin edges on ``logit(score) - logit(threshold)``; the edge 0 is the flag threshold itself.
SCORE_EDGES: tuple[float, ...] = (-4.0, -3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0)

#: Counts per bin (``len(SCORE_EDGES) + 1`` bins) of the built-in toxicity scorer's scores (feature
#: version 8 with candidate T12: T11 + eval22 as training data + the multilingual lexicon, C = 64, self-harm head,
#: capped length penalty, threshold 0.686) on the 640 label-1 rows of ``data/toxicity/calibration*.jsonl``
#: (``bench/drift_score_wave.py profile``). Used as the toxic-text score distribution ``f1``
#: (smoothed with 0.5 per bin). Another scorer can pass its own counts
#: (``DriftConfig.toxicity_score_profile``).
TOXIC_PROFILE: tuple[int, ...] = (3, 6, 8, 9, 21, 12, 16, 20, 50, 69, 426)


def integer_cusum_arl(offsets: np.ndarray, probs: np.ndarray, limit: int) -> float:
    """Exact ARL from 0 of ``S_t = max(0, S_{t-1} + k_t)`` until ``S_t > limit`` for independent
    integer increments ``k_t`` taking the values ``offsets`` with probabilities ``probs``.

    >>> round(integer_cusum_arl(np.array([-1, 1]), np.array([0.6, 0.4]), 3), 1)
    40.9
    """
    offsets = np.asarray(offsets, dtype=np.int64)
    probs = np.asarray(probs, dtype=np.float64)
    n = int(limit) + 1
    offsets = np.clip(offsets, -n, n)  # beyond +-n: reset / alarm from every state alike
    uniq, inv = np.unique(offsets, return_inverse=True)
    pmf = np.bincount(inv, weights=probs, minlength=len(uniq))
    keep = pmf > 0
    uniq, pmf = uniq[keep], pmf[keep]
    if int(uniq.max()) <= 0:
        return math.inf
    down, up = max(0, -int(uniq.min())), max(0, int(uniq.max()))
    ab = np.zeros((down + up + 1, n))
    ab[up, :] = 1.0
    for off, p in zip(uniq.tolist(), pmf.tolist(), strict=True):
        ab[up - off, max(0, off) : n + min(0, off)] -= p
    prefix = np.concatenate([[0.0], np.cumsum(pmf)])
    i = np.arange(min(n, down))
    ab[up + i, 0] -= prefix[np.searchsorted(uniq, -i, side="left")]
    try:
        arl = float(solve_banded((down, up), ab, np.ones(n), check_finite=False)[0])
    except np.linalg.LinAlgError:
        return math.inf
    return arl if math.isfinite(arl) and arl > 0 else math.inf


def merge_bins(counts: np.ndarray, split: int, min_count: int) -> np.ndarray:
    """Group index of each bin: on each side of ``split`` (clean bins below, flagged bins from it),
    neighbouring bins are merged outward from the threshold until each group holds ``min_count``
    reference events (a short last group joins the one before). Sparse bins are where the reference
    misjudges ``f0`` most, and where its weights are largest; merged, the Dirichlet posterior
    describes the reference's uncertainty as it does for a single rate.

    >>> merge_bins(np.array([900, 80, 3, 1, 2, 9, 0, 30]), 4, 5).tolist()
    [1, 0, 0, 0, 2, 2, 3, 3]
    """
    counts = np.asarray(counts, dtype=np.float64)
    groups = np.zeros(len(counts), dtype=np.int64)
    next_id = 0
    for side in (list(range(split - 1, -1, -1)), list(range(split, len(counts)))):
        cur: list[int] = []
        closed: list[list[int]] = []
        total = 0.0
        for b in side:
            cur.append(b)
            total += counts[b]
            if total >= min_count:
                closed.append(cur)
                cur, total = [], 0.0
        if cur:
            if closed:
                closed[-1] += cur
            else:
                closed.append(cur)
        for g in closed:
            groups[g] = next_id
            next_id += 1
    return groups


def stratified_dirichlet(alpha: np.ndarray, draws: int, rng: np.random.Generator) -> np.ndarray:
    """``draws`` points of ``Dirichlet(alpha)`` by Latin-hypercube sampling of its Gamma components:
    every component's marginal is hit at ``draws`` evenly spaced quantiles (its upper tail
    included), in an independent random order per component. The false-alarm rate averaged over
    these points is dominated by the upper tail of the sparse high-weight bins, which plain random
    draws hit too rarely (a threshold 1.6x under or over budget from draw noise alone)."""
    alpha = np.asarray(alpha, dtype=np.float64)
    u = (np.argsort(rng.random((draws, len(alpha))), axis=0) + 0.5) / draws
    g = gamma_dist.ppf(u, alpha[None, :])
    return np.asarray(g / g.sum(axis=1, keepdims=True))


class ScoreCUSUM:
    """One-sided CUSUM of a score-binned contamination likelihood ratio, calibrated to ``target_arl``.

    Args:
        threshold: the score at which an event counts as flagged (a bin edge).
        profile: counts per bin of the wave's (toxic text's) scores, ``f1``.
        epsilon: design contamination: the share of events the wave replaces.
        target_arl: wanted average number of in-control events between false alarms.
        prior: Dirichlet pseudo-count per bin of the reference distribution ``f0`` (and of ``f1``).
        resolution: the most frequent bin's (negative) weight is this many units.
        draws: points of the reference bin probabilities' posterior the false-alarm rate is averaged over.
        min_count: bins are merged (per side of the threshold) until each group has this many
            reference events.
    """

    def __init__(
        self,
        threshold: float = 0.5,
        profile: tuple[int, ...] | list[int] = TOXIC_PROFILE,
        epsilon: float = 0.10,
        target_arl: float = 1e6,
        prior: float = 0.5,
        resolution: int = 4,
        draws: int = 48,
        min_count: int = 5,
    ) -> None:
        if len(profile) != len(SCORE_EDGES) + 1:
            raise ValueError(f"profile needs {len(SCORE_EDGES) + 1} bins, got {len(profile)}")
        self.score_threshold = float(threshold)
        self.profile = tuple(int(c) for c in profile)
        self.epsilon = float(epsilon)
        self.target_arl = float(target_arl)
        self.prior = float(prior)
        self.resolution = int(resolution)
        self.draws = int(draws)
        self.min_count = int(min_count)
        t = min(max(self.score_threshold, 1e-6), 1.0 - 1e-6)
        z = np.asarray(SCORE_EDGES) + math.log(t / (1.0 - t))
        edges = 1.0 / (1.0 + np.exp(-z))
        edges[SCORE_EDGES.index(0.0)] = self.score_threshold  # exactly the flag rule ``score >= threshold``
        self.edges = edges
        self.counts = np.zeros(len(profile))
        self.weights = np.zeros(len(profile), dtype=np.int64)
        self.groups = np.arange(len(profile))
        self.unit = 1.0
        self.limit = 0
        self.s = 0.0
        self.ready = False

    @property
    def threshold(self) -> float:
        """Alarm threshold in nats."""
        return self.limit * self.unit if self.ready else float("inf")

    def bins(self, scores: np.ndarray) -> np.ndarray:
        """Bin index of each score (flagged scores, ``>= threshold``, land in the upper bins)."""
        return np.searchsorted(self.edges, np.asarray(scores, dtype=np.float64), side="right")

    def fit(self, scores: np.ndarray, rng: np.random.Generator, split_block: int = 0) -> None:
        """Learn ``f0`` from the reference ``scores`` and calibrate the threshold."""
        del split_block
        k = len(self.profile)
        self.fit_counts(np.bincount(self.bins(scores), minlength=k)[:k], rng)

    def fit_counts(self, counts: np.ndarray, rng: np.random.Generator) -> None:
        """Calibrate from reference bin ``counts``."""
        counts = np.asarray(counts, dtype=np.float64)
        self.counts = counts
        self.groups = merge_bins(counts, SCORE_EDGES.index(0.0) + 1, self.min_count)
        k = int(self.groups.max()) + 1
        c = np.bincount(self.groups, weights=counts, minlength=k)
        prof = np.bincount(self.groups, weights=np.asarray(self.profile, dtype=np.float64) + self.prior, minlength=k)
        alpha = c + self.prior
        f0 = alpha / alpha.sum()
        f1 = prof / prof.sum()
        llr = np.log((1.0 - self.epsilon) + self.epsilon * f1 / f0)
        base = llr[int(np.argmax(c))]
        if base >= 0:  # degenerate reference: fall back on the most negative weight
            base = float(llr.min())
        self.unit = abs(float(base)) / self.resolution if base < 0 else 0.05
        group_weights = np.rint(llr / self.unit).astype(np.int64)
        self.weights = group_weights[self.groups]
        draws = stratified_dirichlet(alpha, self.draws, rng)
        weights = group_weights
        target = 1.0 / self.target_arl

        def excess(limit: int) -> float:
            """log(averaged false-alarm rate / target): positive = over budget."""
            rate = float(np.mean([1.0 / integer_cusum_arl(weights, p, limit) for p in draws]))
            return math.log(max(rate, 1e-300)) - math.log(target)

        # Smallest integer limit with excess <= 0. log rate is nearly linear in the limit: bracket,
        # then interpolate (a few solves instead of a bisection's ten); same answer as a bisection.
        cap = max(1, math.ceil(MAX_THRESHOLD_NATS / self.unit))
        hi = min(cap, max(2, math.ceil(math.log(self.target_arl) / self.unit)))
        lo = hi // 2
        f_lo, f_hi = excess(lo), excess(hi)
        while f_hi > 0 and hi < cap:
            lo, f_lo = hi, f_hi
            hi = min(hi * 2, cap)
            f_hi = excess(hi)
        if f_hi > 0:  # a reference too small to bound the rate: the capped threshold
            lo = hi = cap
        while f_lo <= 0 and lo > 0:
            hi, f_hi = lo, f_lo
            lo = lo // 2
            f_lo = excess(lo) if lo > 0 else math.inf
        while hi - lo > 1:
            if math.isfinite(f_lo) and f_lo > f_hi:
                mid = round(lo + (hi - lo) * f_lo / (f_lo - f_hi))
            else:
                mid = (lo + hi) // 2
            mid = min(max(mid, lo + 1), hi - 1)
            f_mid = excess(mid)
            if f_mid > 0:
                lo, f_lo = mid, f_mid
                if hi - lo > 1 and excess(lo + 1) <= 0:  # the interpolation is usually one short
                    hi = lo + 1
            else:
                hi, f_hi = mid, f_mid
                if hi - lo > 1 and excess(hi - 1) > 0:
                    lo = hi - 1
        self.limit = hi
        self.s = 0.0
        self.ready = True

    def update(self, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Feed a batch of scores; returns the statistic path (nats) and the alarm mask."""
        y = self.weights[self.bins(scores)].astype(np.float64)
        path, alarm, s = cusum_with_reset(y, self.s / self.unit, self.limit)
        self.s = s * self.unit
        return path * self.unit, alarm

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable state."""
        return {
            "threshold": self.score_threshold,
            "profile": list(self.profile),
            "epsilon": self.epsilon,
            "target_arl": self.target_arl,
            "prior": self.prior,
            "resolution": self.resolution,
            "draws": self.draws,
            "min_count": self.min_count,
            "groups": [int(g) for g in self.groups],
            "counts": [float(c) for c in self.counts],
            "weights": [int(w) for w in self.weights],
            "unit": self.unit,
            "limit": self.limit,
            "s": self.s,
            "ready": self.ready,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ScoreCUSUM:
        """Inverse of :meth:`to_dict`."""
        det = cls(
            d["threshold"],
            d["profile"],
            d["epsilon"],
            d["target_arl"],
            d["prior"],
            d["resolution"],
            d["draws"],
            d["min_count"],
        )
        det.groups = np.asarray(d["groups"], dtype=np.int64)
        det.counts = np.asarray(d["counts"], dtype=np.float64)
        det.weights = np.asarray(d["weights"], dtype=np.int64)
        det.unit, det.limit, det.s, det.ready = float(d["unit"]), int(d["limit"]), float(d["s"]), bool(d["ready"])
        return det
