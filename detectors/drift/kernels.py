"""Vectorised batch kernels: EWMA paths and CUSUM (Lindley) paths in closed form.

Every function takes the state before a batch and returns the per-event path plus the state
after it, so processing a stream in one batch or in many gives identical results.

>>> path, last = ewma_path(np.array([[1.0], [1.0], [1.0]]), 0.5, np.zeros(1))
>>> path.ravel().tolist(), last.tolist()
([0.5, 0.75, 0.875], [0.875])
>>> cusum_path(np.array([1.0, -3.0, 2.0, 2.0]), 0.0).tolist()
[1.0, 0.0, 2.0, 4.0]
"""

from __future__ import annotations

import numpy as np
from scipy.signal import lfilter

__all__ = ["count_upcrossings", "cusum_path", "ewma_path"]


def ewma_path(z: np.ndarray, lam: float, s0: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """EWMA ``s_t = (1 - lam) s_{t-1} + lam z_t`` over the rows of ``z`` (n, k), from ``s0`` (k,).

    Returns the (n, k) path and the last state (a copy of ``s0`` when ``z`` is empty).
    """
    if len(z) == 0:
        return np.zeros((0, len(s0))), np.array(s0, dtype=np.float64)
    zi = ((1.0 - lam) * np.asarray(s0, dtype=np.float64))[None, :]
    path, _ = lfilter([lam], [1.0, -(1.0 - lam)], np.asarray(z, dtype=np.float64), axis=0, zi=zi)
    return path, path[-1].copy()


def cusum_path(y: np.ndarray, s0: float) -> np.ndarray:
    """Page's CUSUM ``S_t = max(0, S_{t-1} + y_t)`` for all ``t``, without a Python loop.

    Uses the Lindley identity ``S_t = C_t - min(-s0, min_{j<=t} C_j)`` with ``C`` the cumulative
    sum of ``y``.
    """
    if len(y) == 0:
        return np.zeros(0)
    c = np.cumsum(np.asarray(y, dtype=np.float64))
    floor = np.minimum(np.minimum.accumulate(c), -float(s0))
    return c - floor


def count_upcrossings(paths: np.ndarray, levels: np.ndarray) -> np.ndarray:
    """How often each row of ``paths`` (r, n) crosses each level from at-or-below to above.

    A path starting above a level counts as one crossing (the detector would fire at once).
    """
    paths = np.atleast_2d(paths)
    counts = np.zeros(len(levels), dtype=np.int64)
    prev = np.concatenate([np.full((paths.shape[0], 1), -np.inf), paths[:, :-1]], axis=1)
    # An upcrossing of level h happens at t when prev <= h < cur, i.e. h in [prev, cur).
    lo = prev.ravel()
    hi = paths.ravel()
    mask = hi > lo
    lo, hi = lo[mask], hi[mask]
    levels = np.asarray(levels, dtype=np.float64)
    order = np.argsort(levels)
    sorted_levels = levels[order]
    # For each step, the levels it crosses form a contiguous range in sorted order.
    start = np.searchsorted(sorted_levels, lo, side="left")
    stop = np.searchsorted(sorted_levels, hi, side="left")
    diff = np.zeros(len(levels) + 1, dtype=np.int64)
    np.add.at(diff, start, 1)
    np.add.at(diff, stop, -1)
    counts[order] = np.cumsum(diff)[:-1]
    return counts
