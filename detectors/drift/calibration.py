"""Threshold calibration to a target false-alarm rate (average run length ``ARL0``, in events).

Two methods. **Exact** (:func:`posterior_cusum_threshold`, used by the residual CUSUM; the
Bernoulli CUSUMs do the same for flags, see :mod:`detectors.drift.bernoulli`): the ARL of a
one-sided CUSUM with independent increments drawn from a discrete distribution is the solution of
one banded linear system (Brook & Evans); the threshold makes ``1 / ARL`` averaged over a Bayesian
bootstrap posterior of the increment distribution equal to the budget. **Bootstrap**
(:func:`bootstrap_threshold`, used by the whitened MEWMA and the scalar CUSUMs):

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
from scipy.linalg import solve_banded

from .kernels import count_upcrossings

__all__ = [
    "block_bootstrap_indices",
    "block_split",
    "bootstrap_threshold",
    "cusum_arl",
    "posterior_cusum_threshold",
    "threshold_from_paths",
]

#: Grid step (in units of the standardised statistic) of the exact CUSUM ARL computation.
ARL_GRID = 0.1

#: At most this many grid states: the grid step grows with the threshold beyond ``ARL_GRID × this``
#: (keeps a calibration on heavy-tailed scores to milliseconds and megabytes, not minutes and GB).
ARL_MAX_STATES = 256

#: ARLs above this are reported as this (the banded solve loses precision far beyond it).
ARL_CAP = 1e13


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


def _grid_pmf(y: np.ndarray, w: np.ndarray, delta: float) -> tuple[int, np.ndarray]:
    """Increments ``y`` with probabilities ``w`` on a grid of step ``delta``: each value's mass is
    split between its two neighbouring grid points so that the mean is kept exactly. Returns the
    lowest grid index and the pmf from there."""
    g = np.asarray(y, dtype=np.float64) / delta
    lo = np.floor(g)
    frac = g - lo
    base = int(lo.min())
    j = (lo - base).astype(np.int64)
    pmf = np.bincount(j, weights=w * (1.0 - frac), minlength=int(j.max()) + 2)
    pmf += np.bincount(j + 1, weights=w * frac, minlength=len(pmf))
    return base, pmf / pmf.sum()


def cusum_arl(y: np.ndarray, w: np.ndarray | None, h: float, delta: float = ARL_GRID) -> float:
    """Average run length from 0 of ``S_t = max(0, S_{t-1} + y_t)`` until ``S_t > h`` when the
    increments are independent draws from the values ``y`` with probabilities ``w`` (uniform if
    ``None``), discretised on a grid of step ``delta`` (mean-preserving). Capped at :data:`ARL_CAP`.

    >>> round(cusum_arl(np.array([-1.0, 1.0]), np.array([0.6, 0.4]), 3.0, delta=1.0), 1)
    40.9
    """
    delta = max(delta, h / ARL_MAX_STATES)  # bounded state count: a large h gets a coarser grid
    # An increment below -h resets the statistic to 0 from any state, one above h alarms from any
    # state: clipping to just beyond +-h leaves the ARL unchanged and bounds the band width.
    y = np.clip(np.asarray(y, dtype=np.float64), -(h + 2 * delta), h + 2 * delta)
    w = np.full(len(y), 1.0 / len(y)) if w is None else np.asarray(w, dtype=np.float64)
    base, pmf = _grid_pmf(y, w, delta)
    top = int(np.floor(h / delta + 1e-9))  # states 0..top; alarm above
    n = top + 1
    offsets = base + np.arange(len(pmf))
    keep = pmf > 0
    offsets, pmf = offsets[keep], pmf[keep]
    if int(offsets.max()) <= 0:
        return ARL_CAP  # the statistic can never rise (e.g. a constant reference): no false alarm
    down, up = max(0, -int(offsets.min())), max(0, int(offsets.max()))
    # (I - P) in banded storage: entry (i, c) at ab[up + i - c, c].
    ab = np.zeros((down + up + 1, n))
    ab[up, :] = 1.0
    for off, p in zip(offsets.tolist(), pmf.tolist(), strict=True):
        # state i -> i + off for the states where that lands in 0..top (a Toeplitz diagonal)
        ab[up - off, max(0, off) : n + min(0, off)] -= p
    # states i that would go below 0 stop at 0: column 0 collects P(off < -i)
    prefix = np.concatenate([[0.0], np.cumsum(pmf)])
    i = np.arange(min(n, down))
    ab[up + i, 0] -= prefix[np.searchsorted(offsets, -i, side="left")]
    try:
        if down + up + 1 > max(32, n // 4):  # a wide band: a dense solve is cheaper
            rows, cols = np.indices((n, n))
            band_row = up + rows - cols
            inside = (band_row >= 0) & (band_row <= down + up)
            dense = np.zeros((n, n))
            dense[inside] = ab[band_row[inside], cols[inside]]
            arl = float(np.linalg.solve(dense, np.ones(n))[0])
        else:
            arl = float(solve_banded((down, up), ab, np.ones(n), check_finite=False)[0])
    except np.linalg.LinAlgError:  # a chain that (numerically) never leaves: no false alarm
        return ARL_CAP
    return ARL_CAP if not np.isfinite(arl) or arl <= 0 or arl > ARL_CAP else arl


def posterior_cusum_threshold(
    y: np.ndarray,
    target_arl: float,
    rng: np.random.Generator,
    *,
    draws: int = 32,
    delta: float = ARL_GRID,
    lower: float = 0.0,
) -> float:
    """Smallest threshold ``h`` (at least ``lower``) of a one-sided CUSUM on increments like ``y``
    whose false-alarm rate ``1 / ARL``, averaged over ``draws`` Bayesian-bootstrap
    (``Dirichlet(1, ..., 1)``) reweightings of ``y``, is at most ``1 / target_arl``.

    Each ARL is exact for independent increments (:func:`cusum_arl`), so the tail is not
    extrapolated; the reweighting covers the uncertainty of the increment distribution (how
    frequent rare large values are, and the mean), which dominates the false-alarm rate of a
    CUSUM calibrated on ~1,000 values. The rate is averaged, as the budget counts it.

    >>> rng = np.random.default_rng(0)
    >>> h = posterior_cusum_threshold(rng.standard_normal(2000) - 0.5, 1e6, np.random.default_rng(1))
    >>> 11.0 < h < 14.5
    True
    """
    y = np.asarray(y, dtype=np.float64)
    weights = rng.dirichlet(np.ones(len(y)), size=draws)
    target = 1.0 / target_arl

    def log_excess(h: float) -> float:
        rate = float(np.mean([1.0 / cusum_arl(y, w, h, delta) for w in weights]))
        return float(np.log(max(rate, 1e-300)) - np.log(target))

    lo, hi = max(lower, delta), max(lower, delta) + 4.0
    f_lo = log_excess(lo)
    if f_lo <= 0:
        return lo
    f_hi = log_excess(hi)
    while f_hi > 0:
        lo, f_lo, hi = hi, f_hi, hi * 2.0
        f_hi = log_excess(hi)
    # log rate is nearly linear in h: regula falsi on the bracket, then a grid-step bisection.
    for _ in range(30):
        if hi - lo <= delta:
            break
        mid = lo + (hi - lo) * f_lo / (f_lo - f_hi)
        mid = min(max(mid, lo + 0.25 * delta), hi - 0.25 * delta)
        f_mid = log_excess(mid)
        if f_mid > 0:
            lo, f_lo = mid, f_mid
        else:
            hi, f_hi = mid, f_mid
    return float(hi)
