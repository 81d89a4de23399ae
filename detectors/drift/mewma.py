"""Whitened-centroid MEWMA: Hotelling's T² of an EWMA of PCA-whitened embeddings.

The reference is split into alternating blocks (:func:`~detectors.drift.calibration.block_split`).
The mean ``mu`` comes from the whole reference, the top ``n_components`` principal axes ``P`` from
the fit blocks, and from the calibration blocks the variance ``sigma²`` of each projected
coordinate (whitening estimated out of sample) and the alarm threshold, by block bootstrap to
``target_arl`` averaged over the uncertainty of ``mu`` (see :meth:`WhitenedMEWMA.fit`).

Per event ``z_t = ((x_t - mu) P) / sigma``, ``s_t = (1 - lam) s_{t-1} + lam z_t`` and
``T²_t = |s_t|² / v_t`` with ``v_t = lam (1 - (1 - lam)^(2t)) / (2 - lam)`` (the exact variance of
an EWMA of unit-variance noise after ``t`` events), so ``T²`` is on the same scale from the first
event. The statistic is not reset on alarm: it falls back on its own when the shift ends.

Burstiness gate: when topics arrive in runs, the mean of the stream wanders far more than an i.i.d.
model allows, and a short reference cannot show how far (the tail of the run-length distribution
decides). Two checks on the reference: the variance inflation factor of block means (blocks of
:data:`VIF_BLOCK` events, :func:`block_vif`, at most ``max_vif``) and the whitened distance between
the means of its first and second halves relative to i.i.d. noise (``drift_ratio``, a chi-square
test at p = 0.001). If either trips, or the reference is shorter than ``min_reference``, the
detector stays inactive (``active`` is False): the segment then relies on the novelty statistic,
which tolerates bursts, and composition changes among known topics go unmonitored (reported in the
tick details as ``mewma_active: 0``).

>>> rng = np.random.default_rng(0)
>>> det = WhitenedMEWMA(lam=0.1, n_components=4, target_arl=1e4, min_reference=500)
>>> det.fit(rng.standard_normal((1000, 16)), np.random.default_rng(1))
>>> batch = rng.standard_normal((300, 16))
>>> batch[200:] += 0.8  # mean shift from event 200
>>> stat, alarm = det.update(batch)
>>> bool(alarm[:200].any()), 200 <= int(np.flatnonzero(alarm)[0]) < 215
(False, True)
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.stats import chi2

from .calibration import block_split, bootstrap_threshold
from .kernels import PROJECTION_BLOCK, ewma_path, stable_matmul
from .serial import decode_array, encode_array

__all__ = ["VIF_BLOCK", "WhitenedMEWMA", "block_vif", "principal_axes"]

#: Block length (events) of the burstiness check: long enough to see topic runs of ~10 events,
#: short enough that a 1,000-event calibration half gives 40 blocks (a stable estimate).
VIF_BLOCK = 25

#: Smallest whitening scale of an axis, relative to the root-mean-square scale of all kept axes.
SCALE_FLOOR = 0.1

#: Total projected variance below which a reference counts as constant (nothing to whiten).
DEGENERATE_VARIANCE = 1e-10


def principal_axes(centred: np.ndarray, k: int) -> np.ndarray:
    """Top ``k`` principal axes (d, k) of centred rows, from ``eigh`` of the d x d scatter matrix
    (much faster than an SVD of the rows here); each axis's sign is fixed so that its
    largest-magnitude loading is positive, which makes the result deterministic."""
    c = np.asarray(centred, dtype=np.float64)
    vals, vecs = np.linalg.eigh(c.T @ c)
    axes = vecs[:, np.argsort(vals)[::-1][:k]]
    signs = np.sign(axes[np.abs(axes).argmax(axis=0), np.arange(axes.shape[1])])
    return axes * np.where(signs == 0, 1.0, signs)


def block_vif(z: np.ndarray, block: int) -> float:
    """Largest variance inflation, over the columns of ``z`` (n, k), of block means.

    About 1 for independent rows, about ``2 L - 1`` along an axis where values come in runs of
    mean length ``L``. Uses non-overlapping blocks; with fewer than 4 blocks returns ``inf``.

    >>> rng = np.random.default_rng(0)
    >>> round(block_vif(rng.standard_normal((2000, 4)), 50), 1)
    1.2
    >>> round(block_vif(np.repeat(rng.standard_normal((200, 4)), 10, axis=0), 50), 0)
    12.0
    """
    n_blocks = len(z) // block
    if n_blocks < 4:
        return float("inf")
    zc = z[: n_blocks * block] - z[: n_blocks * block].mean(axis=0)
    means = zc.reshape(n_blocks, block, -1).mean(axis=1)
    per_event = np.maximum((zc**2).mean(axis=0), 1e-12)
    return float((block * (means**2).mean(axis=0) / per_event).max())


class WhitenedMEWMA:
    """Multivariate EWMA on whitened principal components of a reference.

    Args:
        lam: EWMA weight of the newest event (effective memory about ``2 / lam`` events).
        n_components: number of principal axes kept.
        target_arl: wanted average number of in-control events between false alarms. The default
            is ten times the other detectors': the 16-dimensional tail is extrapolated from about
            1,000 calibration events and was measured to be optimistic on bursty streams.
        block: block length (events) of the calibration bootstrap (short blocks keep run-level
            autocorrelation while still mixing the reference into new windows).
        max_vif: largest variance inflation of block means (burstiness) of the reference at which
            the detector stays active.
        min_reference: smallest reference with which it is active (its tail is extrapolated from
            the calibration half; with fewer than ~750 calibration events that was unreliable).
    """

    def __init__(
        self,
        lam: float = 0.02,
        n_components: int = 16,
        target_arl: float = 1e7,
        block: int = 20,
        max_vif: float = 2.0,
        min_reference: int = 1500,
    ) -> None:
        self.lam = lam
        self.n_components = n_components
        self.target_arl = target_arl
        self.block = block
        self.max_vif = max_vif
        self.min_reference = min_reference
        self.vif = float("nan")
        self.drift_ratio = float("nan")
        self.active = False
        self.mean = np.zeros(0, dtype=np.float32)
        self.basis = np.zeros((0, 0), dtype=np.float32)
        self.threshold = float("inf")
        self.s = np.zeros(0)
        self.t = 0
        self.ready = False

    def _project(self, x: np.ndarray) -> np.ndarray:
        # Row-stable product: an event's z does not depend on the batch it came in.
        return stable_matmul(np.asarray(x, dtype=np.float32) - self.mean, self.basis, block=PROJECTION_BLOCK)

    def _paths(self, z: np.ndarray) -> np.ndarray:
        """T² paths for a (r, n, k) stack of whitened streams, each from a fresh start."""
        r, n, k = z.shape
        s, _ = ewma_path(z.transpose(1, 0, 2).reshape(n, r * k), self.lam, np.zeros(r * k))
        t2 = (s.reshape(n, r, k) ** 2).sum(axis=2).T
        return t2 / self._variance(np.arange(1, n + 1))[None, :]

    def _variance(self, t: np.ndarray) -> np.ndarray:
        lam = self.lam
        return lam * (1.0 - (1.0 - lam) ** (2 * t)) / (2.0 - lam)

    def fit(self, x: np.ndarray, rng: np.random.Generator, split_block: int = 100) -> None:
        """Fit on reference embeddings ``x`` (time order).

        Mean: all of ``x``. Axes: the fit blocks. Scales, burstiness checks and threshold: the
        calibration blocks (see :func:`block_split`). The bootstrap streams are re-centred and each
        gets a random offset drawn with the variance of the reference mean's estimation error
        (inflated by the measured burstiness), so the threshold covers a reference mean that is
        off by a plausible amount, not just the noise around a perfectly known mean.
        """
        x = np.asarray(x, dtype=np.float64)
        fit_idx, cal_idx = block_split(len(x), split_block)
        mean = x.mean(axis=0)
        k = min(self.n_components, len(fit_idx) - 1, x.shape[1])
        axes = principal_axes(x[fit_idx] - mean, k)
        proj_cal = (x[cal_idx] - mean) @ axes
        scale = np.sqrt((proj_cal**2).mean(axis=0))
        if float((scale**2).sum()) < DEGENERATE_VARIANCE:
            self._fit_degenerate(mean, k)
            return
        # Shrinkage floor: an axis never gets more than 10x the average whitening gain. On a
        # low-diversity reference (a few distinct texts) the trailing axes hold only rounding noise;
        # whitening them to unit variance would turn any tiny representation change into drift.
        scale = np.maximum(scale, SCALE_FLOOR * max(float(np.sqrt((scale**2).mean())), 1e-12))
        # Stored as float16 in checkpoints: round now so a restored detector computes the same.
        self.mean = mean.astype(np.float16).astype(np.float32)
        self.basis = (axes / scale).astype(np.float16).astype(np.float32)
        z_all = self._project(x).astype(np.float64)
        z_cal = z_all[cal_idx]
        self.vif = block_vif(z_cal, VIF_BLOCK)
        half = len(z_all) // 2
        gap = z_all[:half].mean(axis=0) - z_all[half:].mean(axis=0)
        noise = k * (1.0 / max(half, 1) + 1.0 / max(len(z_all) - half, 1))
        self.drift_ratio = float((gap**2).sum() / noise)
        # Halves that differ more than chi-square(k) allows at p = 0.001: the reference is not stationary.
        self.active = bool(
            self.vif <= self.max_vif
            and self.drift_ratio <= float(chi2.ppf(0.999, k)) / k
            and len(x) >= self.min_reference
        )
        inflation = max(1.0, self.drift_ratio, self.vif if np.isfinite(self.vif) else 1.0)
        offset_sd = np.sqrt(inflation / len(x))
        z_cal = z_cal - z_cal.mean(axis=0)

        def paths(zs: np.ndarray) -> np.ndarray:
            offsets = rng.normal(0.0, offset_sd, size=(zs.shape[0], 1, zs.shape[2]))
            return self._paths(zs + offsets)

        self.threshold = bootstrap_threshold(
            z_cal, paths, self.target_arl, rng, n_streams=100, length=2000, block=self.block
        )
        self.s = np.zeros(k)
        self.t = 0
        self.ready = True

    def _fit_degenerate(self, mean: np.ndarray, k: int) -> None:
        """A reference without variation (every row the same text, up to rounding) has no axes to
        whiten: the detector stays inactive with a zero basis (statistic 0) instead of failing the
        segment; the novelty statistic still reports any new text."""
        self.mean = mean.astype(np.float16).astype(np.float32)
        self.basis = np.zeros((len(mean), k), dtype=np.float32)
        self.vif, self.drift_ratio, self.threshold = 1.0, 0.0, 1.0
        self.active = False
        self.s = np.zeros(k)
        self.t = 0
        self.ready = True

    def update(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Feed a batch of embeddings (n, d); returns the T² path and the alarm mask."""
        if len(x) == 0:
            return np.zeros(0), np.zeros(0, dtype=bool)
        z = self._project(x)
        path, self.s = ewma_path(z, self.lam, self.s)
        steps = self.t + np.arange(1, len(z) + 1)
        self.t += len(z)
        t2 = (path**2).sum(axis=1) / self._variance(steps)
        return t2, (t2 > self.threshold) & self.active

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable state (arrays as base64 float32)."""
        return {
            "lam": self.lam,
            "n_components": self.n_components,
            "target_arl": self.target_arl,
            "block": self.block,
            "max_vif": self.max_vif,
            "min_reference": self.min_reference,
            "vif": self.vif,
            "drift_ratio": self.drift_ratio,
            "active": self.active,
            "mean": encode_array(self.mean, "float16"),
            "basis": encode_array(self.basis, "float16"),
            "threshold": self.threshold,
            "s": [float(v) for v in self.s],
            "t": self.t,
            "ready": self.ready,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> WhitenedMEWMA:
        """Inverse of :meth:`to_dict`."""
        det = cls(d["lam"], d["n_components"], d["target_arl"], d["block"], d["max_vif"], d["min_reference"])
        det.vif = float(d["vif"])
        det.drift_ratio = float(d["drift_ratio"])
        det.active = bool(d["active"])
        det.mean = decode_array(d["mean"])
        det.basis = decode_array(d["basis"])
        det.threshold = float(d["threshold"])
        det.s = np.asarray(d["s"], dtype=np.float64)
        det.t = int(d["t"])
        det.ready = bool(d["ready"])
        return det
