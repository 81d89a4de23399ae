"""Threshold calibration to a target false-alarm rate (average run length ``ARL0``, in events).

Used by the whitened MEWMA and the scalar CUSUMs (the Bernoulli CUSUMs compute their ARL exactly,
see :mod:`detectors.drift.bernoulli`):

streams are rebuilt from circular blocks of held-out (calibration) reference data — blocks keep
short-range autocorrelation such as topic runs, and Bayesian-bootstrap weights per stream cover
the uncertainty in how frequent rare values are — the statistic is run over them, and the level
whose up-crossing rate is ``1 / ARL0`` is found by a log-linear fit to the up-crossing counts in
the tail (extrapolating about a decade beyond the simulated length).

>>> rng = np.random.default_rng(0)
>>> walk = np.cumsum(rng.standard_normal((50, 2000)) - 0.5, axis=1)
>>> paths = walk - np.minimum(np.minimum.accumulate(walk, axis=1), 0.0)  # CUSUM, k = 0.5
>>> 6.0 < threshold_from_paths(paths, 1e4) < 9.0
True
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .kernels import count_upcrossings

__all__ = ["block_bootstrap_indices", "block_split", "bootstrap_threshold", "threshold_from_paths"]


def block_split(n: int, block: int = 100) -> tuple[np.ndarray, np.ndarray]:
    """Split ``range(n)`` into alternating blocks: (fit indices, calibration indices).

    Both parts span the whole reference period (a topic that only shows up late in the reference
    is in both), while keeping each block's events together (near-duplicates inside a burst do
    not end up on both sides, which would make calibration optimistic).

    >>> fit, cal = block_split(10, 3)
    >>> fit.tolist(), cal.tolist()
    ([0, 1, 2, 6, 7, 8], [3, 4, 5, 9])
    """
    idx = np.arange(n)
    is_fit = (idx // max(block, 1)) % 2 == 0
    return idx[is_fit], idx[~is_fit]


def block_bootstrap_indices(
    n: int, n_streams: int, length: int, block: int, rng: np.random.Generator, bayesian: bool = False
) -> np.ndarray:
    """Indices (n_streams, length) into ``range(n)`` made of circular blocks of ``block`` events.

    With ``bayesian`` each stream draws its block starts with its own ``Dirichlet(1, ..., 1)``
    weights (the Bayesian bootstrap): across streams, rare values (a refusal's 25-token answer, a
    latency spike) are sometimes more and sometimes less frequent than in the sample, so the
    threshold also covers the uncertainty of how rare they really are.
    """
    block = max(1, min(block, n))
    n_blocks = -(-length // block)
    if bayesian:
        w = rng.dirichlet(np.ones(n), size=n_streams)
        cum = np.cumsum(w, axis=1)
        u = rng.random((n_streams, n_blocks))
        starts = np.array([np.searchsorted(cum[r], u[r], side="right") for r in range(n_streams)])
        starts = np.minimum(starts, n - 1)
    else:
        starts = rng.integers(0, n, size=(n_streams, n_blocks))
    idx = (starts[:, :, None] + np.arange(block)[None, None, :]) % n
    return idx.reshape(n_streams, n_blocks * block)[:, :length]


def threshold_from_paths(paths: np.ndarray, target_arl: float, min_count: int = 3) -> float:
    """The level whose up-crossing rate over ``paths`` (r, n) extrapolates to ``1 / target_arl``.

    Fits ``log(count) = a + b * level`` over tail levels with at least ``min_count`` up-crossings
    and solves for ``count = total / target_arl``; never returns less than the largest level that
    was crossed more often than that.
    """
    paths = np.atleast_2d(np.asarray(paths, dtype=np.float64))
    total = paths.size
    finite = paths[np.isfinite(paths)]
    hi = float(finite.max())
    lo = float(np.quantile(finite, 0.9))
    if hi <= lo:
        return hi * 1.5 + 1e-9
    levels = np.linspace(lo, hi, 200)
    counts = count_upcrossings(paths, levels)
    wanted = total / target_arl
    cap = max(10 * min_count, 0.002 * total)
    sel = (counts >= min_count) & (counts <= cap)
    if sel.sum() < 3:
        sel = counts >= min_count
    floor = float(levels[counts > wanted].max()) if np.any(counts > wanted) else lo
    if sel.sum() < 3:
        return max(floor, hi) * 1.25
    x, y, w = levels[sel], np.log(counts[sel]), np.sqrt(counts[sel])
    slope, intercept = np.polyfit(x, y, 1, w=w)
    if not slope < 0:
        return max(floor, hi) * 1.25
    level = (np.log(wanted) - intercept) / slope
    return float(max(level, floor))


def bootstrap_threshold(
    data: np.ndarray,
    statistic: Callable[[np.ndarray], np.ndarray],
    target_arl: float,
    rng: np.random.Generator,
    *,
    n_streams: int = 40,
    length: int = 5000,
    block: int = 50,
    bayesian: bool = True,
) -> float:
    """Threshold for ``statistic`` from block-bootstrap streams of ``data`` (rows are events).

    ``statistic`` maps a (n_streams, length, ...) array of resampled rows to (n_streams, length)
    paths, starting each stream from the detector's initial state.
    """
    idx = block_bootstrap_indices(len(data), n_streams, length, block, rng, bayesian)
    paths = statistic(np.asarray(data)[idx])
    return threshold_from_paths(paths, target_arl)
