"""Output records of the drift stage: tick records (one per signal per tick) and drift signals.

>>> r = TickRecord("app|m|v1", "latency_drift", 20.0, 10.0, 20.0, 0.4, 0.7, 1.0, 98, 2000, "ok", {})
>>> r.to_dict()["status"], r.to_dict()["tick_time"]
('ok', 20.0)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["SIGNALS", "STATUSES", "DriftSignal", "TickRecord"]

#: Signal names (the alert ``kind`` of drift alerts, see DESIGN.md).
SIGNALS: tuple[str, ...] = (
    "prompt_drift",
    "response_drift",
    "latency_drift",
    "token_drift",
    "error_rate",
    "refusal_rate",
    "toxicity",
    "pii",
)

#: Status of a signal in a tick.
#: ``warming_up``: still collecting its reference; ``insufficient_data``: too few usable events
#: (in the reference, or none in this tick) to give a verdict; ``ok``; ``drift``: in drift at some
#: point during the tick.
STATUSES: tuple[str, ...] = ("warming_up", "insufficient_data", "ok", "drift")


@dataclass(frozen=True)
class TickRecord:
    """One ``drift_metrics`` row: a signal's state over one tick of event time.

    Attributes:
        segment: segment key (app × model × prompt version).
        signal: one of :data:`SIGNALS`.
        tick_time: end of the tick (event-time seconds since the epoch; ticks are
            ``[tick_time - tick_seconds, tick_time)``).
        window_start: start of the tick.
        window_end: end of the tick (= ``tick_time``).
        statistic: drift score at the tick's last event: the largest ``value / threshold`` over the
            signal's detectors (so 1.0 is the alarm line for every signal).
        max_statistic: the largest drift score during the tick.
        threshold: always 1.0 (the score is normalised; raw values are in ``details``).
        n_events: events in the tick with usable input for this signal.
        n_reference: events in the signal's reference (collected so far while warming up).
        status: one of :data:`STATUSES`.
        details: raw statistic and threshold of each detector at the tick's end (``<detector>`` and
            ``<detector>_threshold``) plus windowed summaries of the tick (counts, rates, mean and
            p50/p95/p99 of latency and tokens).
    """

    segment: str
    signal: str
    tick_time: float
    window_start: float
    window_end: float
    statistic: float
    max_statistic: float
    threshold: float
    n_events: int
    n_reference: int
    status: str
    details: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (JSON-serialisable)."""
        return asdict(self)


@dataclass(frozen=True)
class DriftSignal:
    """A drift state transition of one signal, handed to the alerting agent.

    Attributes:
        segment: segment key.
        signal: one of :data:`SIGNALS` (the alert ``kind``).
        transition: ``"onset"`` (entered drift) or ``"recovery"`` (back to normal).
        event_id: the event at which it happened.
        event_time: that event's time (seconds since the epoch).
        detector: the detector that fired (``"novelty"``, ``"mewma"``, ``"prompt"``, ...).
        value: that detector's statistic at the event.
        threshold: that detector's alarm threshold.
        score: ``value / threshold``.
        direction: ``"up"`` / ``"down"`` for scalar signals, ``""`` otherwise.
        n_reference: events in the signal's reference.
    """

    segment: str
    signal: str
    transition: str
    event_id: str
    event_time: float
    detector: str
    value: float
    threshold: float
    score: float
    direction: str
    n_reference: int

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (JSON-serialisable)."""
        return asdict(self)
