"""Residual CUSUM: content moving off the reference's principal subspace (Q / SPE statistic).

The squared prediction error ``SPE = |x - mu|² - |P'(x - mu)|²`` of an embedding is the energy its
top ``n_components`` reference axes do not explain. Content that was *rare* in the reference (a
refusal template seen a dozen times) contributes little variance, so it sits off those axes: its
SPE is about twice a typical answer's. When such content becomes frequent, the mean SPE rises
although no event is novel (the kNN reservoir has seen refusals) and the whitened centroid barely
moves (refusals are close to the mean *within* the principal subspace). A one-sided
:class:`~detectors.drift.scalar.ScalarCUSUM` on ``log SPE`` catches it; this is the Q chart that
multivariate process control pairs with Hotelling's T².

Like :class:`~detectors.drift.mewma.WhitenedMEWMA`, per-topic SPE levels make the statistic wander
when topics come in runs, so the same burstiness gate applies (variance inflation of block means and
half-to-half drift of the reference, tested at p = 0.001); when it trips, ``active`` is False.

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

from .calibration import block_split
from .mewma import VIF_BLOCK, block_vif, principal_axes
from .scalar import ScalarCUSUM
from .serial import decode_array, encode_array

__all__ = ["ResidualCUSUM"]


class ResidualCUSUM:
    """One-sided CUSUM on the log residual energy of embeddings outside the reference's top axes.

    Args:
        n_components: principal axes that count as "explained".
        target_arl: wanted average number of in-control events between false alarms.
        block: block length of the calibration bootstrap (keeps topic-run autocorrelation).
        max_vif: largest burstiness of the reference at which the detector is active.
        min_reference: smallest reference with which it is active.
    """

    def __init__(
        self,
        n_components: int = 16,
        target_arl: float = 1e7,
        block: int = 20,
        max_vif: float = 2.0,
        min_reference: int = 1500,
    ) -> None:
        self.n_components = n_components
        self.target_arl = target_arl
        self.block = block
        self.max_vif = max_vif
        self.min_reference = min_reference
        self.mean = np.zeros(0, dtype=np.float32)
        self.axes = np.zeros((0, 0), dtype=np.float32)
        self.cusum = ScalarCUSUM(target_arl=target_arl, block=block, sides="up")
        self.vif = float("nan")
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
        proj = c @ self.axes
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
        self.cusum.fit(np.expm1(log_spe[cal_idx] - self._offset), rng, split_block=None)
        u = self.cusum.standardise(np.expm1(log_spe - self._offset))
        self.vif = block_vif(u[cal_idx, None], VIF_BLOCK)
        half = len(u) // 2
        gap = float(u[:half].mean() - u[half:].mean())
        noise = float(np.var(u)) * (1.0 / max(half, 1) + 1.0 / max(len(u) - half, 1))
        self.drift_ratio = gap**2 / max(noise, 1e-12)
        # Halves that differ more than chi-square(1) allows at p = 0.001: the reference is not stationary.
        self.active = bool(
            self.vif <= self.max_vif and self.drift_ratio <= float(chi2.ppf(0.999, 1)) and len(x) >= self.min_reference
        )
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
            "min_reference": self.min_reference,
            "mean": encode_array(self.mean, "float16"),
            "axes": encode_array(self.axes, "float16"),
            "offset": self._offset,
            "cusum": self.cusum.to_dict(),
            "vif": self.vif,
            "drift_ratio": self.drift_ratio,
            "active": self.active,
            "ready": self.ready,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ResidualCUSUM:
        """Inverse of :meth:`to_dict`."""
        det = cls(d["n_components"], d["target_arl"], d["block"], d["max_vif"], d["min_reference"])
        det.mean = decode_array(d["mean"])
        det.axes = decode_array(d["axes"])
        det._offset = float(d["offset"])
        det.cusum = ScalarCUSUM.from_dict(d["cusum"])
        det.vif, det.drift_ratio = float(d["vif"]), float(d["drift_ratio"])
        det.active, det.ready = bool(d["active"]), bool(d["ready"])
        return det
