"""Residual CUSUM: content moving off the reference's principal subspace (Q / SPE statistic).

The squared prediction error ``SPE = |x - mu|² - |P'(x - mu)|²`` of an embedding is the energy its
top ``n_components`` reference axes do not explain. Content that was *rare* in the reference (a
refusal template seen a dozen times) contributes little variance, so it sits off those axes: its
SPE is about twice a typical answer's. When such content becomes frequent, the mean SPE rises
although no event is novel (the kNN reservoir has seen refusals) and the whitened centroid barely
moves (refusals are close to the mean *within* the principal subspace). A one-sided
:class:`~detectors.drift.scalar.ScalarCUSUM` on ``log SPE`` catches it; this is the Q chart that
multivariate process control pairs with Hotelling's T².

Threshold: exact, not bootstrapped. The ARL of a one-sided CUSUM with independent increments is
one banded linear solve (:func:`~detectors.drift.calibration.posterior_cusum_threshold`); the
threshold makes ``1 / ARL`` averaged over Bayesian-bootstrap reweightings of the calibration
increments equal to ``1 / target_arl``. (The log-linear bootstrap extrapolation used before, floored
at the Gaussian threshold, was up to ~100x too low: log SPE is right-skewed.)

Per-topic SPE levels make the statistic wander when topics come in runs, so the detector is gated
(``active`` False) when the reference shows runs: variance inflation of block means of log SPE
(calibration half) and of the principal scores (whole reference), the rank lag-1 autocorrelation
of both (:func:`lag1_z`), and half-to-half drift (p = 0.001).

>>> rng = np.random.default_rng(0)
>>> basis = np.linalg.qr(rng.standard_normal((32, 32)))[0]
>>> def draw(n, off=0.0):
...     z = rng.standard_normal((n, 32)) * np.r_[np.full(4, 3.0), np.full(28, 0.3)]
...     z[:, 4:] *= 1.0 + off  # more energy outside the 4 main axes
...     return z @ basis.T
>>> det = ResidualCUSUM(n_components=4, target_arl=1e5, min_reference=1000)
>>> det.fit(draw(2000), np.random.default_rng(1))
>>> stat, alarm, _ = det.update(np.vstack([draw(1000), draw(200, off=0.5)]))
>>> det.active, bool(alarm[:1000].any()), 1000 <= int(np.flatnonzero(alarm)[0]) < 1030
(True, False, True)
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.stats import chi2

from .calibration import block_split, posterior_cusum_threshold
from .kernels import PROJECTION_BLOCK, stable_matmul
from .mewma import VIF_BLOCK, block_vif, principal_axes
from .scalar import ScalarCUSUM
from .serial import decode_array, encode_array

__all__ = ["ResidualCUSUM", "lag1_z"]


def lag1_z(z: np.ndarray) -> float:
    """Largest ``sqrt(n) * r1`` over the columns of ``z`` (n, m), ``r1`` the lag-1 autocorrelation of
    the ranks (time order): about N(0, 1) for a column of independent values, whatever their
    distribution; large when values come in runs.

    >>> rng = np.random.default_rng(0)
    >>> runs = np.repeat(rng.standard_normal((1000, 1)), 2, axis=0)  # every value twice in a row
    >>> bool(lag1_z(rng.standard_normal((2000, 3))) < 3.0), bool(lag1_z(runs) > 10)
    (True, True)
    """
    z = np.asarray(z, dtype=np.float64)
    n = len(z)
    if n < 3:
        return 0.0
    # On ranks: a rare, extreme value (a refusal) twice in a row by chance must not look like a run.
    c = np.argsort(np.argsort(z, axis=0, kind="stable"), axis=0).astype(np.float64)
    c -= c.mean(axis=0)
    var = (c * c).sum(axis=0)
    r1 = (c[1:] * c[:-1]).sum(axis=0) / np.maximum(var, 1e-300)
    return float(np.sqrt(n) * np.max(np.where(var > 1e-300, r1, 0.0)))


class ResidualCUSUM:
    """One-sided CUSUM on the log residual energy of embeddings outside the reference's top axes.

    Args:
        n_components: principal axes that count as "explained".
        target_arl: wanted average number of in-control events between false alarms.
        block: block length of the calibration bootstrap (keeps topic-run autocorrelation).
        max_vif: largest burstiness (block-mean variance inflation) of the reference's log SPE at
            which the detector is active.
        max_lag1_z: largest lag-1 autocorrelation z-score (:func:`lag1_z`) of log SPE and the
            principal scores at which it is active (16 + 1 series: an independent stream passes
            with probability ~0.99).
        max_pc_vif: the same for its principal scores (largest over the axes, whole reference).
            Topic runs inflate them most; at the default, an independent 2,000-event stream passes
            with probability ~0.96 (16 axes, 80 blocks) and a stream with runs of mean length 2
            (``burst_stay`` 0.5) fails.
        min_reference: smallest reference with which it is active.
    """

    def __init__(
        self,
        n_components: int = 16,
        target_arl: float = 1e7,
        block: int = 20,
        max_vif: float = 2.0,
        min_reference: int = 1500,
        max_pc_vif: float = 1.5,
        max_lag1_z: float = 3.5,
    ) -> None:
        self.n_components = n_components
        self.target_arl = target_arl
        self.block = block
        self.max_vif = max_vif
        self.max_pc_vif = max_pc_vif
        self.max_lag1_z = max_lag1_z
        self.lag1_z = float("nan")
        self.min_reference = min_reference
        self.mean = np.zeros(0, dtype=np.float32)
        self.axes = np.zeros((0, 0), dtype=np.float32)
        self.cusum = ScalarCUSUM(target_arl=target_arl, block=block, sides="up")
        self.vif = float("nan")
        self.pc_vif = float("nan")
        self.drift_ratio = float("nan")
        self.active = False
        self.ready = False
        self._offset = 0.0

    @property
    def threshold(self) -> float:
        """CUSUM alarm threshold."""
        return self.cusum.threshold

    def spe(self, x: np.ndarray) -> np.ndarray:
        """Squared residual norm of each row of ``x`` outside the principal axes."""
        c = np.asarray(x, dtype=np.float32) - self.mean
        proj = stable_matmul(c, self.axes, block=PROJECTION_BLOCK)  # row-stable: SPE never depends on the batch
        return np.maximum((c * c).sum(axis=1) - (proj * proj).sum(axis=1), 1e-9).astype(np.float64)

    def fit(self, x: np.ndarray, rng: np.random.Generator, split_block: int = 100) -> None:
        """Fit on reference embeddings ``x`` (time order): axes on the fit blocks, the CUSUM (on
        ``log SPE``) and the burstiness checks on the calibration blocks."""
        x = np.asarray(x, dtype=np.float64)
        fit_idx, cal_idx = block_split(len(x), split_block)
        mean = x.mean(axis=0)
        k = min(self.n_components, len(fit_idx) - 1, x.shape[1] - 1)
        self.mean = mean.astype(np.float16).astype(np.float32)
        self.axes = principal_axes(x[fit_idx] - mean, k).astype(np.float16).astype(np.float32)
        log_spe = np.log(self.spe(x))
        # ScalarCUSUM works on log1p(values); feed it exp(log SPE) - 1 so that it sees log SPE.
        self._offset = float(log_spe.min())
        values = np.expm1(log_spe - self._offset)
        self.cusum.fit_location(values[cal_idx])
        u = self.cusum.standardise(values)
        u_cal = u[cal_idx]
        self.vif = block_vif(u_cal[:, None], VIF_BLOCK)
        # Topic runs: a rare topic with its own residual level arriving in runs moves the SPE CUSUM
        # far more than an independent stream would, and 40 blocks of 25 often miss it. Two more
        # checks on the whole reference: block-mean inflation of the principal scores (80 blocks)
        # and, most sensitive to short runs, the lag-1 autocorrelation of log SPE and of each
        # principal score (``lag1_z``: the largest ``sqrt(n) * r1``, about N(0, 1) per series
        # for independent events).
        scores = (x - mean) @ self.axes.astype(np.float64)
        self.pc_vif = block_vif(scores, VIF_BLOCK) if k else 1.0
        series = np.column_stack([u, scores])
        self.lag1_z = lag1_z(series)
        half = len(u) // 2
        gap = float(u[:half].mean() - u[half:].mean())
        noise = float(np.var(u)) * (1.0 / max(half, 1) + 1.0 / max(len(u) - half, 1))
        self.drift_ratio = gap**2 / max(noise, 1e-12)
        # Halves that differ more than chi-square(1) allows at p = 0.001: the reference is not stationary.
        self.active = bool(
            self.vif <= self.max_vif
            and self.pc_vif <= self.max_pc_vif
            and self.lag1_z <= self.max_lag1_z
            and self.drift_ratio <= float(chi2.ppf(0.999, 1))
            and len(x) >= self.min_reference
        )
        # Exact threshold: CUSUM increments u - k as independent draws from the calibration values,
        # averaged over their Bayesian-bootstrap posterior; the spread around the mean is widened
        # by the measured variance inflation (long-run variance of weakly dependent values).
        y = u_cal - self.cusum.shift / 2.0
        r1 = min(max(lag1_z(u[:, None]) / np.sqrt(len(u)), 0.0), 0.5)
        inflation = max(1.0, self.vif if np.isfinite(self.vif) else 1.0, (1.0 + r1) / (1.0 - r1))
        y = y.mean() + (y - y.mean()) * np.sqrt(inflation)
        self.cusum.threshold = posterior_cusum_threshold(y, self.target_arl, rng)
        self.cusum.ready = True
        self.ready = True

    def update(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Feed a batch of embeddings; returns the CUSUM path, the alarm mask (never set while
        inactive) and the direction (+1 where the statistic is positive)."""
        if len(x) == 0:
            return np.zeros(0), np.zeros(0, dtype=bool), np.zeros(0, dtype=np.int8)
        stat, alarm, direction = self.cusum.update(np.expm1(np.log(self.spe(x)) - self._offset))
        return stat, alarm & self.active, direction

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable state."""
        return {
            "n_components": self.n_components,
            "target_arl": self.target_arl,
            "block": self.block,
            "max_vif": self.max_vif,
            "max_pc_vif": self.max_pc_vif,
            "max_lag1_z": self.max_lag1_z,
            "lag1_z": self.lag1_z,
            "min_reference": self.min_reference,
            "mean": encode_array(self.mean, "float16"),
            "axes": encode_array(self.axes, "float16"),
            "offset": self._offset,
            "cusum": self.cusum.to_dict(),
            "vif": self.vif,
            "pc_vif": self.pc_vif,
            "drift_ratio": self.drift_ratio,
            "active": self.active,
            "ready": self.ready,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ResidualCUSUM:
        """Inverse of :meth:`to_dict`."""
        det = cls(
            d["n_components"],
            d["target_arl"],
            d["block"],
            d["max_vif"],
            d["min_reference"],
            d.get("max_pc_vif", 1.5),
            d.get("max_lag1_z", 3.5),
        )
        det.mean = decode_array(d["mean"])
        det.axes = decode_array(d["axes"])
        det._offset = float(d["offset"])
        det.cusum = ScalarCUSUM.from_dict(d["cusum"])
        det.vif, det.drift_ratio = float(d["vif"]), float(d["drift_ratio"])
        det.pc_vif = float(d.get("pc_vif", float("nan")))
        det.lag1_z = float(d.get("lag1_z", float("nan")))
        det.active, det.ready = bool(d["active"]), bool(d["ready"])
        return det
