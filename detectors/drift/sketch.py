"""Log-bucket quantile sketch (DDSketch-style) for windowed summaries: p50/p95/p99, count, mean.

Positive values fall in buckets ``ceil(log(x) / log(gamma))`` with ``gamma = (1 + a) / (1 - a)``,
so every quantile is returned within relative error ``a`` (default 1%). Zeros and negatives share
one bucket. Updates are vectorised (``np.unique`` per batch); the state is a small dict of bucket
counts, mergeable and JSON-serialisable. We use it instead of ``river.stats.Quantile`` (P², one
Python call per value and per quantile) because it is batch-friendly, exact in count, and a
restored tick gives the same answer.

>>> sk = LogSketch()
>>> sk.add(np.arange(1, 1001, dtype=float))
>>> sk.count, round(sk.mean, 1)
(1000, 500.5)
>>> [round(sk.quantile(q)) for q in (0.5, 0.95, 0.99)]
[498, 944, 983]
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

__all__ = ["LogSketch"]


class LogSketch:
    """Relative-error quantile sketch over non-negative values (NaN ignored)."""

    def __init__(self, relative_accuracy: float = 0.01) -> None:
        self.relative_accuracy = relative_accuracy
        self._log_gamma = math.log((1.0 + relative_accuracy) / (1.0 - relative_accuracy))
        self.buckets: dict[int, int] = {}
        self.zeros = 0
        self.count = 0
        self.total = 0.0

    @property
    def mean(self) -> float:
        """Mean of the values added (NaN when empty)."""
        return self.total / self.count if self.count else float("nan")

    def add(self, values: np.ndarray) -> None:
        """Add a batch of values."""
        v = np.asarray(values, dtype=np.float64)
        v = v[~np.isnan(v)]
        if len(v) == 0:
            return
        self.count += len(v)
        # Left to right (cumsum, not the pairwise v.sum()): the total is the same however the
        # values were split into batches.
        self.total = float(np.cumsum(np.concatenate(([self.total], v)))[-1])
        pos = v[v > 0]
        self.zeros += len(v) - len(pos)
        if len(pos):
            keys, counts = np.unique(np.ceil(np.log(pos) / self._log_gamma).astype(np.int64), return_counts=True)
            for key, c in zip(keys.tolist(), counts.tolist(), strict=True):
                self.buckets[key] = self.buckets.get(key, 0) + c

    def quantile(self, q: float) -> float:
        """The ``q`` quantile (NaN when empty)."""
        if self.count == 0:
            return float("nan")
        rank = q * (self.count - 1)
        if rank < self.zeros:
            return 0.0
        seen = self.zeros
        for key in sorted(self.buckets):
            seen += self.buckets[key]
            if seen > rank:
                # Bucket key covers (gamma^(key-1), gamma^key]; return its log-midpoint.
                return float(2.0 * math.exp(key * self._log_gamma) / (1.0 + math.exp(self._log_gamma)))
        return float(math.exp(max(self.buckets) * self._log_gamma))

    def summary(self, prefix: str) -> dict[str, float]:
        """``{prefix_count, prefix_mean, prefix_p50, prefix_p95, prefix_p99}``."""
        return {
            f"{prefix}_count": float(self.count),
            f"{prefix}_mean": self.mean,
            f"{prefix}_p50": self.quantile(0.5),
            f"{prefix}_p95": self.quantile(0.95),
            f"{prefix}_p99": self.quantile(0.99),
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable state (bucket keys as strings)."""
        return {
            "relative_accuracy": self.relative_accuracy,
            "buckets": {str(k): v for k, v in self.buckets.items()},
            "zeros": self.zeros,
            "count": self.count,
            "total": self.total,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LogSketch:
        """Inverse of :meth:`to_dict`."""
        sk = cls(float(d["relative_accuracy"]))
        sk.buckets = {int(k): int(v) for k, v in d["buckets"].items()}
        sk.zeros, sk.count, sk.total = int(d["zeros"]), int(d["count"]), float(d["total"])
        return sk
