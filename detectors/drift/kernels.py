"""Vectorised batch kernels: EWMA paths, CUSUM (Lindley) paths and row-stable matrix products.

Every function takes the state before a batch and returns the per-event path plus the state
after it, so processing a stream in one batch or in many gives bit-identical results:

* :func:`ewma_path` runs the recursion element by element (``lfilter``);
* :func:`cusum_path` works on a fixed-point grid (int64 multiples of :data:`CUSUM_GRID`), where the
  Lindley identity is exact, instead of differences of float cumulative sums, whose rounding
  depends on where the batch started;
* :func:`stable_matmul` multiplies in fixed-shape float64 blocks: BLAS picks its kernels (and
  summation order) from the matrix shape, so a plain ``x @ w`` gives a row a result that depends
  on how many rows came with it (measured: most rows differ in the last bits between batch sizes).

>>> path, last = ewma_path(np.array([[1.0], [1.0], [1.0]]), 0.5, np.zeros(1))
>>> path.ravel().tolist(), last.tolist()
([0.5, 0.75, 0.875], [0.875])
>>> cusum_path(np.array([1.0, -3.0, 2.0, 2.0]), 0.0).tolist()
[1.0, 0.0, 2.0, 4.0]
"""

from __future__ import annotations

import numpy as np
from scipy.signal import lfilter

__all__ = [
    "CUSUM_GRID",
    "MATMUL_BLOCK",
    "PROJECTION_BLOCK",
    "count_upcrossings",
    "cusum_path",
    "ewma_path",
    "stable_matmul",
]

#: Resolution of :func:`cusum_path` (2**-32: far below any threshold, and ``|S| < 2**31`` stays exact).
CUSUM_GRID = 2.0**-32

#: Rows per block of :func:`stable_matmul` (small: a batch of a few events pads to one block).
MATMUL_BLOCK = 16

#: Block of the embedding projections, which see whole batches (fewer, larger BLAS calls). Any
#: fixed block gives row-stable results; a call site must always use the same one.
PROJECTION_BLOCK = 64


def stable_matmul(x: np.ndarray, w: np.ndarray, block: int = MATMUL_BLOCK) -> np.ndarray:
    """``x @ w`` in float64, where each row's result depends only on that row and ``w``.

    Rows are zero-padded to a multiple of ``block`` and multiplied as a stack of ``(block, d)``
    matrices, so BLAS always sees the same shape; a row's result is then the same whether it came
    alone or with thousands of others, at any position (checked by the drift unit tests).

    >>> rng = np.random.default_rng(0)
    >>> x, w = rng.standard_normal((100, 24)), rng.standard_normal((24, 5))
    >>> bool((stable_matmul(x, w)[37:41] == stable_matmul(x[37:41], w)).all())
    True
    """
    x64 = np.asarray(x, dtype=np.float64)
    w64 = np.asarray(w, dtype=np.float64)
    n = len(x64)
    padded = -(-n // block) * block
    if padded == 0:
        return np.zeros((0, w64.shape[1]))
    buf = np.zeros((padded, x64.shape[1]))
    buf[:n] = x64
    return (buf.reshape(padded // block, block, -1) @ w64).reshape(padded, -1)[:n]


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
    sum of ``y``, in integer multiples of :data:`CUSUM_GRID` (``y`` and ``s0`` rounded to it), so
    the result is exactly the sequential recursion on the rounded values, however the stream is
    cut into batches. Values too large for the grid fall back to float arithmetic.
    """
    if len(y) == 0:
        return np.zeros(0)
    y = np.asarray(y, dtype=np.float64)
    scaled = y / CUSUM_GRID
    bound = 2.0**62 / (len(y) + 1)
    if np.isfinite(scaled).all() and float(np.abs(scaled).max()) < bound and abs(float(s0)) / CUSUM_GRID < bound:
        ci = np.cumsum(np.rint(scaled).astype(np.int64))
        floor_i = np.minimum(np.minimum.accumulate(ci), -np.int64(np.rint(float(s0) / CUSUM_GRID)))
        return (ci - floor_i).astype(np.float64) * CUSUM_GRID
    c = np.cumsum(y)
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
