"""The ``alerts`` table row (migrations 0001 + 0003), column for column.

The table is a ``ReplacingMergeTree(created_at)`` ordered by ``(alert_id, state)``: the alert
stage writes a row when an alert fires or resolves, and writes the same key again with a newer
``created_at`` once the Slack delivery outcome is known; read it with ``FINAL`` (or ``argMax``).

>>> from datetime import datetime, UTC
>>> t = datetime(2026, 3, 1, tzinfo=UTC)
>>> row = AlertRow(alert_id="a1", kind="pii", rule="pii", severity="critical", state="firing", app="chat",
...                model="m", prompt_version="", event_id="e1", timestamp=t, value=0.2, threshold=0.1,
...                message="m", actions=["slack"], created_at=t)
>>> row.as_tuple(ALERTS_COLUMNS)[:5]
('a1', 'pii', 'pii', 'critical', 'firing')
>>> DELIVERY_STATUSES
('pending', 'delivered', 'failed', 'skipped', 'not_requested', 'disabled')
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from typing import Any

from schemas.alerts import Alert

__all__ = ["ALERTS_COLUMNS", "DELIVERY_STATUSES", "AlertRow", "alert_row"]

#: ``delivery_status`` values: Slack requested but not yet known, delivered, failed (see
#: ``delivery_error``), skipped on purpose (fired and resolved inside one grouping window),
#: the rule has no ``slack`` action, or Slack is not configured.
DELIVERY_STATUSES: tuple[str, ...] = ("pending", "delivered", "failed", "skipped", "not_requested", "disabled")


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class AlertRow:
    """One row of ``alerts``."""

    alert_id: str
    kind: str
    rule: str
    severity: str
    state: str
    app: str
    model: str
    prompt_version: str
    event_id: str
    timestamp: datetime
    value: float
    threshold: float
    message: str
    actions: list[str]
    created_at: datetime = field(default_factory=_now)
    started_at: datetime | None = None
    detector: str = ""
    condition: str = "verdict"
    window_start: datetime | None = None
    window_end: datetime | None = None
    n_events: int = 0
    flapping: int = 0
    suppressed: int = 0
    dashboard_url: str = ""
    notification_id: str = ""
    delivery_status: str = ""
    delivery_error: str = ""
    delivery_attempts: int = 0
    notified_at: datetime | None = None
    payload: str = ""

    def as_tuple(self, columns: tuple[str, ...]) -> tuple[Any, ...]:
        """Values in ``columns`` order, ready for ``client.insert`` (unset times default to ``timestamp``)."""
        values = []
        for name in columns:
            value = getattr(self, name)
            if value is None and name in ("started_at", "window_start", "window_end"):
                value = self.timestamp
            values.append(value)
        return tuple(values)

    def with_delivery(
        self, status: str, error: str = "", attempts: int = 0, notified_at: datetime | None = None
    ) -> AlertRow:
        """A copy carrying a delivery outcome and a fresh ``created_at`` (so it replaces this row)."""
        if status not in DELIVERY_STATUSES:
            raise ValueError(f"unknown delivery status {status!r}; valid: {', '.join(DELIVERY_STATUSES)}")
        return replace(
            self,
            delivery_status=status,
            delivery_error=error[:2000],
            delivery_attempts=attempts,
            notified_at=notified_at,
            created_at=_now(),
        )


def alert_row(alert: Alert, delivery_status: str, notification_id: str = "") -> AlertRow:
    """The ``alerts`` row for an alert message, with the full message JSON in ``payload``."""
    if delivery_status not in DELIVERY_STATUSES:
        raise ValueError(f"unknown delivery status {delivery_status!r}; valid: {', '.join(DELIVERY_STATUSES)}")
    return AlertRow(
        alert_id=alert.alert_id,
        kind=alert.kind,
        rule=alert.rule,
        severity=alert.severity,
        state=alert.state,
        app=alert.segment.app,
        model=alert.segment.model,
        prompt_version=alert.segment.prompt_version,
        event_id=alert.event_id,
        timestamp=alert.timestamp,
        value=alert.value,
        threshold=alert.threshold,
        message=alert.message,
        actions=list(alert.actions),
        started_at=alert.started_at,
        detector=alert.detector,
        condition=alert.condition,
        window_start=alert.window_start,
        window_end=alert.window_end,
        n_events=alert.n_events,
        flapping=int(alert.flapping),
        suppressed=alert.suppressed,
        dashboard_url=alert.links.get("dashboard", ""),
        notification_id=notification_id,
        delivery_status=delivery_status,
        payload=alert.model_dump_json(),
    )


#: Column order of ``alerts`` as the alert stage writes it.
ALERTS_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(AlertRow))
