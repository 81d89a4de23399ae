"""kNN novelty: the rate of events unlike anything in the reference, watched by a Bernoulli CUSUM.

The fit part of the reference is kept as a bounded reservoir, centred on its mean, projected on its
top ``n_components`` principal axes and re-normalised (centring removes the direction all texts
share, which otherwise dominates cosine similarity of static embeddings). An event's score is one
minus its mean cosine similarity to its ``k`` nearest reservoir points, so content the reference
saw fewer than ``k`` times scores high. The distance is divided by the mean kNN distance of those
neighbours among themselves (a local-outlier-factor ratio), so topics that are sparse in the
reference (rare, or written more diversely) are judged on their own scale; without it a burst of a
rare known topic looks novel. An event is *novel* when its score exceeds ``tau``, the
``quantile`` of the calibration part's scores (split-conformal): for exchangeable data the future
novelty rate follows ``Beta(n - j + 1, j)`` (``j`` = rank of ``tau`` among ``n`` calibration
scores), the posterior the :class:`~detectors.drift.bernoulli.BernoulliCUSUM` is calibrated over.
``tau`` is set per *region* (Mondrian conformal): the reservoir is clustered into up to
``n_regions`` regions, an event belongs to the region of its nearest centroid, and each region with
at least ``min_region`` calibration events gets its own quantile, so that during a long burst of
any one known topic the novelty rate still sits near ``1 - quantile``. The CUSUM is calibrated over
the mixture of the regions' posteriors (weighted by their share of the reference).

**Cross-check against the other half.** The reference is split into alternating fit/calibration
blocks, so a rare topic arriving in runs can fall (almost) entirely into calibration blocks: the
reservoir never saw it and its later bursts would read as new content. A second, mirrored fold —
reservoir, projection and per-region thresholds built on the *calibration* blocks, calibrated on
the fit blocks — re-examines every event the main fold flags; an event counts as novel only if it
is novel against **both** halves of the reference. Both folds set their thresholds out of sample
(each scores only the half it did not see). Content new to the whole reference is novel in both
folds, so its flags are unchanged; in control the flags get several times rarer, so the CUSUM is
designed for and calibrated on the rate of cross-checked flags, estimated on the reference itself
with the effective sample size of a bursty reference (see :meth:`KNNNovelty._calibrate_cross_checked`).

A burst of one *known* topic does not look novel (its events have near neighbours), so the
statistic tolerates bursty mixtures; a new topic makes most events novel and fires within a few
events of an abrupt shift and early in a gradual one. Composition changes among known topics are
left to :class:`~detectors.drift.mewma.WhitenedMEWMA`.

>>> rng = np.random.default_rng(0)
>>> centres = rng.standard_normal((3, 32))
>>> def draw(n, topics):
...     x = centres[rng.choice(topics, n)] + 0.5 * rng.standard_normal((n, 32))
...     return x / np.linalg.norm(x, axis=1, keepdims=True)
>>> det = KNNNovelty(n_components=16, target_arl=1e5)
>>> det.fit(draw(1200, [0, 1]))
>>> stat, alarm = det.update(np.vstack([draw(500, [0, 1]), draw(50, [2])]))
>>> bool(alarm[:500].any()), int(np.flatnonzero(alarm)[0])
(False, 504)
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .bernoulli import BernoulliCUSUM, beta_quantiles
from .calibration import block_split
from .kernels import PROJECTION_BLOCK, stable_matmul
from .mewma import block_vif, principal_axes
from .serial import decode_array, encode_array, quantise_rows

__all__ = ["KNNNovelty"]

#: Block length (events) of the flag-clustering estimate (see
#: :meth:`KNNNovelty._calibrate_cross_checked`): several times a typical topic run.
VIF_BLOCK = 50


def spherical_kmeans(x: np.ndarray, k: int, iters: int = 20) -> np.ndarray:
    """Unit-norm centroids (k, d) of unit vectors ``x``; deterministic farthest-point seeding."""
    n = len(x)
    k = max(1, min(k, n))
    chosen = [0]
    best = x @ x[0]
    for _ in range(1, k):
        i = int(np.argmin(best))
        chosen.append(i)
        best = np.maximum(best, x @ x[i])
    c = x[chosen].copy()
    for _ in range(iters):
        assign = np.argmax(x @ c.T, axis=1)
        new = np.zeros_like(c)
        np.add.at(new, assign, x)
        norms = np.linalg.norm(new, axis=1, keepdims=True)
        keep = norms[:, 0] > 0
        new[keep] /= norms[keep]
        new[~keep] = c[~keep]
        if np.allclose(new, c):
            break
        c = new
    return c


def _top_k(sims: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` largest values per row and their column indices (k passes of argmax: for small k
    this is several times faster than ``argpartition``)."""
    k = min(k, sims.shape[1])
    work = sims.copy()
    rows = np.arange(len(work))
    idx = np.empty((len(work), k), dtype=np.int64)
    val = np.empty((len(work), k), dtype=np.float64)
    for j in range(k):
        a = work.argmax(axis=1)
        idx[:, j] = a
        val[:, j] = work[rows, a]
        work[rows, a] = -np.inf
    return val, idx


def _normalise(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1e-12)


def _conformal(scores: np.ndarray, quantile: float) -> tuple[float, tuple[float, float]]:
    """Split-conformal threshold and the Beta posterior of the exceedance rate above it."""
    ordered = np.sort(scores)
    n = len(ordered)
    j = min(n, max(1, int(np.ceil(quantile * (n + 1)))))
    return float(ordered[j - 1]), (n - j + 1.0, float(j))


class KNNNovelty:
    """Bernoulli CUSUM on "novel event" flags against a kNN reservoir of the reference.

    Args:
        n_components: principal axes kept for the reservoir (storage and speed).
        k: neighbours averaged in the score.
        quantile: calibration quantile of the score above which an event counts as novel.
        ratio, min_increase: design alternative of the CUSUM (see :class:`BernoulliCUSUM`).
        target_arl: wanted average number of in-control events between false alarms.
        max_reservoir: at most this many fit events are kept (evenly spaced in time).
        n_regions: regions for the per-region thresholds.
        min_region: calibration events a region needs for its own threshold.
        cross_check: also fit the mirrored fold and require novelty against both halves.
    """

    def __init__(
        self,
        n_components: int = 64,
        k: int = 5,
        quantile: float = 0.95,
        ratio: float = 5.0,
        min_increase: float = 0.2,
        target_arl: float = 1e6,
        max_reservoir: int = 1000,
        n_regions: int = 16,
        min_region: int = 40,
        cross_check: bool = True,
    ) -> None:
        self.n_components = n_components
        self.k = k
        self.quantile = quantile
        self.max_reservoir = max_reservoir
        self.n_regions = n_regions
        self.min_region = min_region
        self.cross_check = cross_check
        #: The mirrored fold (reservoir from the calibration blocks), when ``cross_check``.
        self.mirror: KNNNovelty | None = None
        #: Variance inflation of the reference's cross-checked novel flags (1: independent).
        self.flag_vif = 1.0
        self.centroids = np.zeros((0, 0), dtype=np.float32)
        self.taus = np.zeros(0)
        self._lists: list[np.ndarray] | None = None
        self._res_block = np.zeros(0, dtype=np.int64)  # reference block of each reservoir point (fitting only)
        self._cand_t: list[np.ndarray] = []  # per region: its candidates' reservoir rows, transposed
        #: Novel flags of the last batch passed to :meth:`update` (for windowed summaries).
        self.last_novel = np.zeros(0, dtype=bool)
        self.mean = np.zeros(0, dtype=np.float32)
        self.axes = np.zeros((0, 0), dtype=np.float32)
        self.reservoir = np.zeros((0, 0), dtype=np.float32)
        self._q = np.zeros((0, 0), dtype=np.int8)
        self._scale = np.zeros(0, dtype=np.float32)
        self.local = np.zeros(0, dtype=np.float32)
        self.cusum = BernoulliCUSUM(ratio=ratio, min_increase=min_increase, target_arl=target_arl)
        self.ready = False

    @property
    def threshold(self) -> float:
        """CUSUM alarm threshold (nats)."""
        return self.cusum.threshold

    def _embed(self, x: np.ndarray) -> np.ndarray:
        # Row-stable products here and in scores(): an event's score never depends on its batch.
        return _normalise(stable_matmul(np.asarray(x, dtype=np.float32) - self.mean, self.axes, block=PROJECTION_BLOCK))

    def _candidates(self) -> list[np.ndarray]:
        """Per region: reservoir points that have the region among their two nearest centroids."""
        if len(self.centroids) == 0:
            return []
        sims = self.reservoir @ self.centroids.T
        top2 = np.argsort(sims, axis=1)[:, -2:] if sims.shape[1] > 1 else np.zeros((len(sims), 1), int)
        lists = [np.flatnonzero((top2 == r).any(axis=1)) for r in range(len(self.centroids))]
        everyone = np.arange(len(self.reservoir))
        return [c if len(c) >= self.k else everyone for c in lists]

    def scores(self, x: np.ndarray, blocks: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Novelty score of each row of ``x`` (kNN distance over the neighbours' own kNN distance)
        and its region. Neighbours are searched among the candidates of the event's region (an
        inverted-file index: each reservoir point is listed under its two nearest centroids).
        ``blocks`` (fitting only): each row's reference block, whose reservoir points are left out."""
        e = self._embed(x)
        region = np.argmax(stable_matmul(e, self.centroids.T), axis=1)
        if self._lists is None:
            self._lists = self._candidates()
            self._cand_t = [np.ascontiguousarray(self.reservoir[c].T, dtype=np.float64) for c in self._lists]
        dist = np.empty(len(e))
        denom = np.empty(len(e))
        for r in np.unique(region):
            rows = np.flatnonzero(region == r)
            cand = self._lists[r]
            sims = stable_matmul(e[rows], self._cand_t[r])
            if blocks is not None:
                sims[blocks[rows][:, None] == self._res_block[cand][None, :]] = -np.inf
            top_sim, top_idx = _top_k(sims, self.k)
            dist[rows] = 1.0 - top_sim.mean(axis=1)
            denom[rows] = self.local[cand[top_idx]].mean(axis=1)
        return dist / denom, region

    def novel(self, x: np.ndarray) -> np.ndarray:
        """Whether each row of ``x`` is novel: score above its region's threshold and, with the
        mirrored fold, novel against that fold too (only the flagged rows are re-examined)."""
        score, region = self.scores(x)
        flags = score > self.taus[region]
        if self.mirror is not None:
            rows = np.flatnonzero(flags)
            if len(rows):
                flags[rows] = self.mirror.novel(x[rows])
        return flags

    def fit(self, x: np.ndarray, split_block: int = 100, mirrored: bool = False) -> None:
        """Fit on reference embeddings ``x`` (time order), split by :func:`block_split`.

        The reservoir comes from the fit blocks; ``tau`` and the CUSUM from the calibration blocks
        (the other way round when ``mirrored``). With ``cross_check`` the mirrored fold is fitted
        too (when both halves have enough events for a reservoir).
        """
        x = np.asarray(x, dtype=np.float32)
        fit_idx, cal_idx = block_split(len(x), split_block)
        if mirrored:
            fit_idx, cal_idx = cal_idx, fit_idx
        fit_x, cal_x = x[fit_idx], x[cal_idx]
        self._res_block = fit_idx // max(split_block, 1)
        if len(fit_x) > self.max_reservoir:
            keep = np.linspace(0, len(fit_x) - 1, self.max_reservoir).astype(int)
            fit_x, self._res_block = fit_x[keep], self._res_block[keep]
        mean = fit_x.mean(axis=0)
        dims = min(self.n_components, len(fit_x) - 1, fit_x.shape[1])
        axes = principal_axes(fit_x - mean, dims)
        # Stored as float16 in checkpoints: round now so a restored detector computes the same.
        self.mean = mean.astype(np.float16).astype(np.float32)
        self.axes = axes.astype(np.float16).astype(np.float32)
        # Stored as int8 rows with a per-row scale (a quarter of float32); use those values live too.
        self._q, self._scale = quantise_rows(self._embed(fit_x))
        self.reservoir = self._q.astype(np.float32) * self._scale[:, None]
        own = self.reservoir @ self.reservoir.T
        np.fill_diagonal(own, -np.inf)  # leave-one-out
        local = 1.0 - _top_k(own, self.k)[0].mean(axis=1)
        floor = 0.05 * max(float(np.median(local)), 1e-6)
        self.local = np.maximum(local, floor).astype(np.float16).astype(np.float32)
        self.centroids = spherical_kmeans(self.reservoir, min(self.n_regions, max(1, len(fit_x) // 80)))
        self.centroids = self.centroids.astype(np.float16).astype(np.float32)
        self._lists = None
        cal_scores, cal_region = self.scores(cal_x)
        n_regions = len(self.centroids)
        global_tau, global_ab = _conformal(cal_scores, self.quantile)
        self.taus = np.full(n_regions, global_tau)
        samples, weights = [], []
        for r in range(n_regions):
            in_r = cal_scores[cal_region == r]
            tau, (a, b) = (global_tau, global_ab)
            if len(in_r) >= self.min_region:
                tau, (a, b) = _conformal(in_r, self.quantile)
            self.taus[r] = tau
            if len(in_r):
                samples.append(beta_quantiles(a, b, 8))
                weights.append(np.full(8, len(in_r) / 8.0))
        if not samples:
            samples, weights = [beta_quantiles(*global_ab, 8)], [np.ones(8)]
        self.cusum.fit_samples(np.concatenate(samples), np.concatenate(weights))
        self.mirror = None
        if self.cross_check and not mirrored and min(len(fit_idx), len(cal_idx)) > self.k:
            self.mirror = KNNNovelty(
                self.n_components,
                self.k,
                self.quantile,
                max_reservoir=self.max_reservoir,
                n_regions=self.n_regions,
                min_region=self.min_region,
                cross_check=False,
            )
            self.mirror.fit(x, split_block, mirrored=True)
            self._calibrate_cross_checked(x, split_block, cal_scores > self.taus[cal_region], cal_region)
        self.ready = True

    def _calibrate_cross_checked(
        self, x: np.ndarray, split_block: int, cal_flags: np.ndarray, cal_region: np.ndarray
    ) -> None:
        """Calibrate the CUSUM on the rate of the flags it monitors: novel against both folds.

        Every reference event is judged by both folds: out of sample by the fold that calibrated
        on its half, and by the other fold with its own 100-event block left out of the reservoir
        (leave-one-block-out, so a run is not its own neighbour). Per region of the main fold, the
        rate of events novel against both gets a Jeffreys posterior; the CUSUM is designed for and
        calibrated over their mixture (weighted by the regions' shares), as before. Independent
        flags would make each event one observation; a rare topic the reference holds in only a
        run or two makes them come in clusters, so every count is divided by the variance inflation
        of the reference's flag sequence (block means of ``VIF_BLOCK`` events, ≥ 1): the posterior
        widens to the sample's effective size and the threshold rises with it.
        """
        assert self.mirror is not None
        blocks = np.arange(len(x)) // max(split_block, 1)
        fit_idx, cal_idx = block_split(len(x), split_block)
        cal_both = cal_flags & self.mirror._novel_in(x[cal_idx], blocks[cal_idx])
        fit_main, fit_region = self._novel_in(x[fit_idx], blocks[fit_idx], with_region=True)
        fit_both = fit_main & self.mirror._novel_in(x[fit_idx])
        flags = np.concatenate([cal_both, fit_both])
        region = np.concatenate([cal_region, fit_region])
        sequence = np.zeros(len(x))
        sequence[cal_idx], sequence[fit_idx] = cal_both, fit_both
        vif = block_vif(sequence[:, None], VIF_BLOCK) if sequence.any() else 1.0
        self.flag_vif = float(min(max(vif, 1.0), len(x) / VIF_BLOCK)) if np.isfinite(vif) else 1.0
        samples, weights = [], []
        for r in range(len(self.centroids)):
            in_r = flags[region == r]
            if len(in_r):
                # As for the thresholds: a region with fewer than min_region events uses the pooled rate.
                pool = in_r if len(in_r) >= self.min_region else flags
                e, n = float(pool.sum()) / self.flag_vif, len(pool) / self.flag_vif
                samples.append(beta_quantiles(e + 0.5, n - e + 0.5, 8))
                weights.append(np.full(8, len(in_r) / 8.0))
        self.cusum.fit_samples(np.concatenate(samples), np.concatenate(weights))

    def _novel_in(self, x: np.ndarray, blocks: np.ndarray | None = None, with_region: bool = False) -> Any:
        """This fold's own novel flags (no cross-check), optionally leaving each row's block out."""
        score, region = self.scores(x, blocks)
        flags = score > self.taus[region]
        return (flags, region) if with_region else flags

    def update(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Feed a batch of embeddings; returns the CUSUM path (nats) and the alarm mask."""
        if len(x) == 0:
            self.last_novel = np.zeros(0, dtype=bool)
            return np.zeros(0), np.zeros(0, dtype=bool)
        self.last_novel = self.novel(x)
        return self.cusum.update(self.last_novel)

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable state (arrays as base64 float16; the reservoir as int8)."""
        return {
            "n_components": self.n_components,
            "k": self.k,
            "quantile": self.quantile,
            "max_reservoir": self.max_reservoir,
            "mean": encode_array(self.mean, "float16"),
            "axes": encode_array(self.axes, "float16"),
            "reservoir": encode_array(self._q, "int8"),
            "reservoir_scale": encode_array(self._scale, "float32"),
            "local": encode_array(self.local, "float16"),
            "centroids": encode_array(self.centroids, "float16"),
            "taus": [float(t) for t in self.taus],
            "n_regions": self.n_regions,
            "min_region": self.min_region,
            "cusum": self.cusum.to_dict(),
            "ready": self.ready,
            "cross_check": self.cross_check,
            "mirror": None if self.mirror is None else self.mirror.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> KNNNovelty:
        """Inverse of :meth:`to_dict`."""
        det = cls(
            d["n_components"],
            d["k"],
            d["quantile"],
            max_reservoir=d["max_reservoir"],
            n_regions=d["n_regions"],
            min_region=d["min_region"],
            cross_check=bool(d.get("cross_check", False)),
        )
        det.mirror = None if d.get("mirror") is None else cls.from_dict(d["mirror"])
        det.centroids = decode_array(d["centroids"])
        det.taus = np.asarray(d["taus"], dtype=np.float64)
        det.mean = decode_array(d["mean"])
        det.axes = decode_array(d["axes"])
        det._q = decode_array(d["reservoir"], "int8")
        det._scale = decode_array(d["reservoir_scale"])
        det.reservoir = det._q.astype(np.float32) * det._scale[:, None]
        det.local = decode_array(d["local"])
        det.cusum = BernoulliCUSUM.from_dict(d["cusum"])
        det.ready = bool(d["ready"])
        return det
