"""A bank of Bernoulli CUSUMs on groups of bits of a per-event mask (PII entity types).

A wave of PII in responses is often *one* kind of entity leaking (a prompt change that echoes the
customer's e-mail address, a tool that returns phone numbers). Each entity type alone has a much
lower base rate than "any PII" (e.g. 0.17% e-mail vs 1.1% any), so the same wave carries about
twice the information per event on its own type (KL 0.23–0.39 nats/event against 0.12). This
detector runs one :class:`~detectors.drift.bernoulli.BernoulliCUSUM` per *group* of bits (a
group is a set of entity types, e.g. all rare structured types together) and alarms when any of
them crosses its threshold. Each member is calibrated exactly like every other rate detector
(posterior-averaged exact ARL, own reference count) to ``target_arl``; the bank's false-alarm rate
is bounded by ``len(groups) / target_arl`` (union bound), which is what the segment's design
budget counts. The "any PII" detector stays next to it for waves spread over many types.

The statistic is reported in score units: ``max_k s_k / h_k`` with ``threshold = 1.0``.

>>> bank = BernoulliBank(groups=(0b01, 0b10), target_arl=1e6)
>>> bank.fit_counts((3, 2), n=2000)
>>> rng = np.random.default_rng(1)
>>> mask = np.where(rng.random(600) < 0.003, 1, 0)
>>> mask[400:] |= np.where(rng.random(200) < 0.2, 2, 0)   # type 2 starts leaking at event 400
>>> stat, alarm = bank.update(mask)
>>> bool(alarm[:400].any()), 400 <= int(np.flatnonzero(alarm)[0]) < 500
(False, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .bernoulli import BernoulliCUSUM

__all__ = ["BernoulliBank"]


class BernoulliBank:
    """One upward Bernoulli CUSUM per group of mask bits; alarm if any member alarms.

    Args:
        groups: bit masks; member ``k`` watches "the event's mask shares a bit with ``groups[k]``".
        ratio, min_increase: design alternative of every member (as :class:`BernoulliCUSUM`).
        target_arl: in-control ARL of *each* member (the bank's rate is at most
            ``len(groups) / target_arl``).
    """

    def __init__(
        self,
        groups: Sequence[int],
        ratio: float = 5.0,
        min_increase: float = 0.08,
        target_arl: float = 1e7,
    ) -> None:
        if not groups:
            raise ValueError("a rate bank needs at least one group")
        self.groups = tuple(int(g) for g in groups)
        self.ratio = ratio
        self.min_increase = min_increase
        self.target_arl = target_arl
        self.members = [BernoulliCUSUM(ratio, min_increase, target_arl) for _ in self.groups]
        self.ready = False

    @property
    def threshold(self) -> float:
        """Alarm line of the normalised statistic (1.0 once fitted)."""
        return 1.0 if self.ready else float("inf")

    def flags(self, mask: np.ndarray) -> np.ndarray:
        """(n, groups) booleans: which groups each event's mask hits."""
        m = np.asarray(mask, dtype=np.int64)
        return (m[:, None] & np.asarray(self.groups, dtype=np.int64)[None, :]) != 0

    def fit_counts(self, positives: Sequence[int], n: int) -> None:
        """Calibrate each member from its reference count (``positives[k]`` of ``n`` events)."""
        if len(positives) != len(self.groups):
            raise ValueError(f"expected {len(self.groups)} counts, got {len(positives)}")
        for det, pos in zip(self.members, positives, strict=True):
            det.fit_counts(int(pos), int(n))
        self.ready = True

    def update(self, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Feed a batch of masks; returns ``max_k s_k / h_k`` per event and the alarm mask.

        All members run at once as integer CUSUMs (Lindley identity on the cumulative sums, in
        each member's own weight units); a member that alarms in the batch is rerun by its own
        :meth:`BernoulliCUSUM.update` (reset after the alarm). Both paths give identical numbers.
        """
        flags = self.flags(mask)
        n = len(flags)
        if n == 0:
            return np.zeros(0), np.zeros(0, dtype=bool)
        up = np.array([d.up for d in self.members], dtype=np.int64)
        down = np.array([d.down for d in self.members], dtype=np.int64)
        unit = np.array([d.unit for d in self.members])
        s0 = np.array([round(d.s / d.unit) for d in self.members], dtype=np.int64)
        c = np.cumsum(np.where(flags, up, -down), axis=0)
        paths = c - np.minimum(np.minimum.accumulate(c, axis=0), -s0)
        limits = np.array([d.limit for d in self.members], dtype=np.int64)
        over = np.any(paths > limits, axis=0).tolist()
        nats = paths.astype(np.float64) * unit
        alarm = np.zeros(n, dtype=bool)
        for k, det in enumerate(self.members):
            if over[k]:
                nats[:, k], hit = det.update(flags[:, k])
                alarm |= hit
            else:
                det.s = float(nats[-1, k])
        thresholds = np.array([d.threshold for d in self.members])
        return (nats / thresholds).max(axis=1), alarm

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable state."""
        return {
            "groups": list(self.groups),
            "ratio": float(self.ratio),
            "min_increase": float(self.min_increase),
            "target_arl": float(self.target_arl),
            "members": [m.to_dict() for m in self.members],
            "ready": self.ready,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> BernoulliBank:
        """Inverse of :meth:`to_dict`."""
        bank = cls(d["groups"], float(d["ratio"]), float(d["min_increase"]), float(d["target_arl"]))
        bank.members = [BernoulliCUSUM.from_dict(m) for m in d["members"]]
        bank.ready = bool(d["ready"])
        return bank
