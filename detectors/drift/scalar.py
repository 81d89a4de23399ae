"""Two-sided CUSUM on a log-transformed, robustly standardised scalar (latency, token counts).

Values are mapped to ``u = clip((log1p(x) - m) / s, -clip, clip)`` with ``m`` the median and ``s``
the MAD-based standard deviation of the reference's fit blocks; winsorising keeps isolated spikes
(a 30 s outlier) from carrying the statistic. Two CUSUMs run on ``u``: ``S+ = max(0, S+ + u - k)``
for increases and ``S- = max(0, S- - u - k)`` for decreases; the statistic is ``max(S+, S-)``,
both reset after an alarm. ``k = shift / 2`` targets shifts of ``shift`` reference standard
deviations (a latency doubling is about ``log 2 / s``). The threshold comes from a block bootstrap
of the calibration blocks, each bootstrap stream offset by a random error of the reference median
(:mod:`detectors.drift.calibration`), to ``target_arl`` events between false alarms.

Golden example: latency doubles at event 1,500.

>>> rng = np.random.default_rng(3)
>>> det = ScalarCUSUM()
>>> det.fit(np.exp(rng.normal(6.5, 0.35, 2000)), np.random.default_rng(0))
>>> x = np.exp(rng.normal(6.5, 0.35, 2000))
>>> x[1500:] *= 2.0
>>> stat, alarm, direction = det.update(x)
>>> int(np.flatnonzero(alarm)[0]), int(direction[alarm][0])
(1506, 1)
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .bernoulli import cusum_with_reset
from .calibration import block_split, bootstrap_threshold

__all__ = ["ScalarCUSUM", "cusum_paths_2d", "gaussian_cusum_threshold"]


def gaussian_cusum_threshold(k: float, arl: float) -> float:
    """``h`` of a one-sided CUSUM with reference value ``k`` on N(0, 1) data reaching ``arl``
    (Siegmund: ``ARL = (exp(2 k b) - 2 k b - 1) / (2 k²)``, ``b = h + 1.166``).

    >>> round(gaussian_cusum_threshold(0.5, 1e6), 2)
    11.96
    """
    lo, hi = 0.0, 200.0
    for _ in range(100):
        h = 0.5 * (lo + hi)
        b = 2.0 * k * (h + 1.166)
        lo, hi = (h, hi) if (np.expm1(b) - b) / (2.0 * k * k) < arl else (lo, h)
    return hi


def cusum_paths_2d(y: np.ndarray) -> np.ndarray:
    """Unreset CUSUM ``max(0, S + y)`` along axis 1 of ``y`` (r, n), each row from 0."""
    c = np.cumsum(y, axis=1)
    return c - np.minimum(np.minimum.accumulate(c, axis=1), 0.0)


class ScalarCUSUM:
    """Two-sided CUSUM on robustly standardised ``log1p`` values.

    Args:
        shift: the shift (in reference standard deviations) the CUSUM is tuned for; ``k = shift / 2``.
        clip: winsorising bound of the standardised values.
        target_arl: wanted average number of in-control events between false alarms.
        sides: ``"both"`` (increases and decreases) or ``"up"`` (increases only).
        block: block length (events) of the calibration bootstrap. Short: the tail of a CUSUM is made
            of chance clusters of extreme values (a few spikes or 25-token refusals close together),
            and long blocks would only replay the clusters that happen to be in the sample.
    """

    def __init__(
        self, shift: float = 1.0, clip: float = 4.0, target_arl: float = 1e6, block: int = 5, sides: str = "both"
    ) -> None:
        if sides not in ("both", "up"):
            raise ValueError(f"sides must be 'both' or 'up', got {sides!r}")
        self.sides = sides
        self.shift = shift
        self.clip = clip
        self.target_arl = target_arl
        self.block = block
        self.location = 0.0
        self.scale = 1.0
        self.threshold = float("inf")
        self.s_up = 0.0
        self.s_down = 0.0
        self.ready = False

    def standardise(self, x: np.ndarray) -> np.ndarray:
        """``clip((log1p(x) - location) / scale)`` (x clipped at 0 first)."""
        u = (np.log1p(np.maximum(np.asarray(x, dtype=np.float64), 0.0)) - self.location) / self.scale
        return np.clip(u, -self.clip, self.clip)

    def fit(self, x: np.ndarray, rng: np.random.Generator, split_block: int | None = 100) -> None:
        """Fit on reference values ``x`` (time order, no NaN): location and scale on the fit blocks,
        threshold on the calibration blocks (``split_block=None``: both on all of ``x``, for callers
        that already hold out-of-sample values). The threshold never goes below the Gaussian one
        (Siegmund's approximation): a bootstrap from ~1,000 values that finds lighter tails than a
        normal distribution is a small-sample accident, not a property of the stream."""
        lx = np.log1p(np.maximum(np.asarray(x, dtype=np.float64), 0.0))
        if split_block is None:
            fit_idx = cal_idx = np.arange(len(lx))
        else:
            fit_idx, cal_idx = block_split(len(lx), split_block)
        self._set_location(lx[fit_idx])
        u_cal = self.standardise(np.expm1(lx[cal_idx]))
        k = self.shift / 2.0
        offset_sd = 1.0 / np.sqrt(max(len(fit_idx), 1))

        def paths(u: np.ndarray) -> np.ndarray:
            # Each stream gets a random error of the reference location (estimation uncertainty).
            shifted = u + rng.normal(0.0, offset_sd, size=(u.shape[0], 1))
            up = cusum_paths_2d(shifted - k)
            return up if self.sides == "up" else np.maximum(up, cusum_paths_2d(-shifted - k))

        boot = bootstrap_threshold(u_cal, paths, self.target_arl, rng, n_streams=400, length=2000, block=self.block)
        sides = 1 if self.sides == "up" else 2
        self.threshold = max(boot, gaussian_cusum_threshold(k, self.target_arl * sides))
        self.s_up = self.s_down = 0.0
        self.ready = True

    def fit_location(self, x: np.ndarray) -> None:
        """Set ``location`` (median) and ``scale`` (MAD-based SD) of ``log1p(x)``; the threshold is
        left to the caller (:meth:`fit` bootstraps it; the residual CUSUM computes it exactly)."""
        self._set_location(np.log1p(np.maximum(np.asarray(x, dtype=np.float64), 0.0)))
        self.s_up = self.s_down = 0.0

    def _set_location(self, lx: np.ndarray) -> None:
        self.location = float(np.median(lx))
        mad = float(np.median(np.abs(lx - self.location))) * 1.4826
        sd = float(np.std(lx))
        # Discrete values (token counts of a fixed template) can have MAD 0: fall back to the SD.
        self.scale = max(mad if mad > 0 else sd, 1e-3)

    def update(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Feed a batch of values; returns the statistic, the alarm mask and the direction
        (+1 up, -1 down, 0 none) of each event."""
        n = len(x)
        if n == 0:
            return np.zeros(0), np.zeros(0, dtype=bool), np.zeros(0, dtype=np.int8)
        u = self.standardise(x)
        k = self.shift / 2.0
        # Both sides reset together after any alarm: run them jointly, restarting at each alarm.
        stat = np.zeros(n)
        alarm = np.zeros(n, dtype=bool)
        direction = np.zeros(n, dtype=np.int8)
        start = 0
        while start < n:
            up, up_alarm, up_end = cusum_with_reset(u[start:] - k, self.s_up, self.threshold)
            if self.sides == "up":
                down, down_alarm, down_end = np.zeros(n - start), np.zeros(n - start, dtype=bool), 0.0
            else:
                down, down_alarm, down_end = cusum_with_reset(-u[start:] - k, self.s_down, self.threshold)
            hits = np.flatnonzero(up_alarm | down_alarm)
            stop = int(hits[0]) + 1 if len(hits) else n - start
            seg = slice(start, start + stop)
            stat[seg] = np.maximum(up[:stop], down[:stop])
            direction[seg] = np.where(up[:stop] >= down[:stop], 1, -1) * (stat[seg] > 0)
            if len(hits):
                alarm[start + stop - 1] = True
                self.s_up = self.s_down = 0.0
            else:
                self.s_up, self.s_down = up_end, down_end
            start += stop
        return stat, alarm, direction

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable state."""
        keys = ("shift", "clip", "target_arl", "block", "location", "scale", "threshold", "s_up", "s_down")
        d: dict[str, Any] = {key: float(getattr(self, key)) for key in keys}
        d["ready"] = self.ready
        d["sides"] = self.sides
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ScalarCUSUM:
        """Inverse of :meth:`to_dict`."""
        det = cls(d["shift"], d["clip"], d["target_arl"], int(d["block"]), d.get("sides", "both"))
        for key in ("location", "scale", "threshold", "s_up", "s_down"):
            setattr(det, key, float(d[key]))
        det.ready = bool(d["ready"])
        return det
