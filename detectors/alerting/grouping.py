"""Storm control for Slack: alerts of one rule and state share messages within a window.

The first alert of a (rule, state) group is announced at once (nothing delays a lone alert)
and opens a window of ``window`` seconds of event time. Alerts arriving inside the window wait;
when it ends they go out together in one grouped message and the window re-opens; a window
that ends empty closes the group. A hundred segments drifting together therefore produce two
messages (the first alert, then one grouped message), and a storm lasting T seconds at most
``1 + ceil(T / window)`` per rule and state. An alert that resolves while its firing still
waits in a window is dropped from it (counted as ``transient``), so neither is posted.

Time comes from the caller (event time); the engine owns the timers.

>>> from datetime import datetime, timedelta, UTC
>>> g = Grouper(window=300)
>>> t = datetime(2026, 3, 1, tzinfo=UTC)
>>> first, due = g.add(_demo_alert("a1", t), t)
>>> len(first.alerts), due == t + timedelta(seconds=300)
(1, True)
>>> g.add(_demo_alert("a2", t), t), g.add(_demo_alert("a3", t), t)
((None, None), (None, None))
>>> grouped, again = g.flush(("r", "firing"), due)
>>> [a.alert_id for a in grouped.alerts], again == due + timedelta(seconds=300)
(['a2', 'a3'], True)
>>> g.flush(("r", "firing"), again)
(None, None)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from schemas.alerts import Alert

__all__ = ["GroupKey", "Grouper", "Notification", "notification_id"]

GroupKey = tuple[str, str]


def notification_id(rule: str, state: str, alerts: tuple[Alert, ...]) -> str:
    """Deterministic id of a notification (same alerts → same id, across replays)."""
    text = "\x1f".join([rule, state, *(a.idempotency_key for a in alerts)])
    return hashlib.sha256(text.encode()).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Notification:
    """One Slack message to send: a single alert, or several alerts of one rule and state."""

    notification_id: str
    rule: str
    kind: str
    severity: str
    state: str
    alerts: tuple[Alert, ...]
    timestamp: datetime
    transient: int = 0

    @property
    def grouped(self) -> bool:
        """True when the message covers more than one alert."""
        return len(self.alerts) > 1

    @classmethod
    def of(cls, alerts: tuple[Alert, ...], at: datetime, transient: int = 0) -> Notification:
        """The notification for ``alerts`` (all of one rule and state)."""
        first = alerts[0]
        return cls(
            notification_id=notification_id(first.rule, first.state, alerts),
            rule=first.rule,
            kind=first.kind,
            severity=first.severity,
            state=first.state,
            alerts=alerts,
            timestamp=at,
            transient=transient,
        )


@dataclass(slots=True)
class _Group:
    until: datetime
    pending: list[Alert] = field(default_factory=list)
    transient: int = 0


class Grouper:
    """Groups notifications per (rule, state) within ``window`` seconds of event time (see module doc).

    ``window = 0`` disables grouping: every alert is its own message.
    """

    def __init__(self, window: float) -> None:
        self.window = timedelta(seconds=window)
        self._groups: dict[GroupKey, _Group] = {}

    def add(self, alert: Alert, at: datetime) -> tuple[Notification | None, datetime | None]:
        """Queue or announce ``alert``: (notification to send now or None, new window end to schedule or None)."""
        if not self.window:
            return Notification.of((alert,), at), None
        key = (alert.rule, alert.state)
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = _Group(until=at + self.window)
            return Notification.of((alert,), at), group.until
        group.pending.append(alert)
        return None, None

    def cancel(self, resolved: Alert) -> Alert | None:
        """Drop the waiting firing alert that ``resolved`` resolves; returns it (None if not waiting)."""
        group = self._groups.get((resolved.rule, "firing"))
        if group is None:
            return None
        for index, waiting in enumerate(group.pending):
            if waiting.alert_id == resolved.alert_id:
                group.transient += 1
                return group.pending.pop(index)
        return None

    def due(self, key: GroupKey) -> datetime | None:
        """When the open window of ``key`` ends (None when closed)."""
        group = self._groups.get(key)
        return group.until if group else None

    def flush(self, key: GroupKey, due: datetime) -> tuple[Notification | None, datetime | None]:
        """End the window of ``key`` due at ``due``: (grouped notification or None, next window end or None)."""
        group = self._groups.get(key)
        if group is None or group.until != due:
            return None, None
        if not group.pending:
            del self._groups[key]
            return None, None
        notification = Notification.of(tuple(group.pending), due, group.transient)
        group.pending, group.transient = [], 0
        group.until = due + self.window
        return notification, group.until

    def flush_all(self, at: datetime) -> list[Notification]:
        """Send everything waiting now and close every group (end of a replay)."""
        out = [
            Notification.of(tuple(group.pending), at, group.transient)
            for _, group in sorted(self._groups.items())
            if group.pending
        ]
        self._groups.clear()
        return out

    def timers(self) -> list[tuple[datetime, GroupKey]]:
        """Every open window end (to rebuild timers after a restore)."""
        return [(group.until, key) for key, group in self._groups.items()]

    def waiting(self) -> int:
        """Alerts waiting in open windows."""
        return sum(len(group.pending) for group in self._groups.values())

    def to_dict(self) -> list[dict[str, Any]]:
        """JSON-ready state."""
        return [
            {
                "rule": rule,
                "state": state,
                "until": group.until.isoformat(),
                "pending": [alert.model_dump(mode="json") for alert in group.pending],
                "transient": group.transient,
            }
            for (rule, state), group in sorted(self._groups.items())
        ]

    def restore(self, data: list[dict[str, Any]], rules: set[str]) -> None:
        """Load :meth:`to_dict` output, keeping groups of rules that still exist."""
        self._groups = {
            (item["rule"], item["state"]): _Group(
                until=datetime.fromisoformat(item["until"]),
                pending=[Alert.model_validate(a) for a in item["pending"]],
                transient=int(item["transient"]),
            )
            for item in data
            if item["rule"] in rules
        }


def _demo_alert(alert_id: str, at: datetime) -> Alert:
    """A minimal alert for doctests."""
    return Alert(
        alert_id=alert_id,
        idempotency_key=f"{alert_id}:firing",
        rule="r",
        kind="pii",
        severity="critical",
        state="firing",
        segment={"app": alert_id, "model": "m"},
        value=1.0,
        threshold=0.5,
        condition="verdict",
        event_id="e",
        timestamp=at,
        started_at=at,
        detector="d",
        window_start=at,
        window_end=at,
        n_events=1,
        message="",
        actions=["slack"],
    )
