"""Retrain and re-index requests: what a downstream pipeline receives when a rule fires.

Each request carries the segment, the signal, the detector window, the statistic and its
threshold, a time range and a ClickHouse query selecting the affected events, so the consumer
can act without asking driftline anything. ``idempotency_key`` is ``<type>:<alert_id>``:
stable across replays and redeliveries.

>>> from datetime import datetime, UTC
>>> t0, t1 = datetime(2026, 3, 1, 10, tzinfo=UTC), datetime(2026, 3, 1, 11, tzinfo=UTC)
>>> q = events_query("driftline", Segment(app="o'brien", model="m"), TimeRange(start=t0, end=t1))
>>> print(q.sql)  # doctest: +NORMALIZE_WHITESPACE
SELECT event_id, timestamp, app, model, prompt_version, prompt, response, status, error_type, latency_ms,
       prompt_tokens, completion_tokens, feedback, redaction
FROM driftline.llm_events FINAL
WHERE app = 'o\\'brien' AND model = 'm' AND prompt_version = ''
  AND timestamp >= toDateTime64('2026-03-01 10:00:00.000', 3, 'UTC')
  AND timestamp <= toDateTime64('2026-03-01 11:00:00.000', 3, 'UTC')
ORDER BY timestamp, event_id
>>> q.parameters["start"], q.parameters["app"]
('2026-03-01 10:00:00.000', "o'brien")
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from schemas.alerts import Alert, DownstreamRequest, EventQuery, ReindexRequest, RetrainRequest, Segment, TimeRange

__all__ = ["EVENT_COLUMNS", "build_request", "events_query", "sql_string"]

#: Columns of ``llm_events`` the request query selects.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "timestamp",
    "app",
    "model",
    "prompt_version",
    "prompt",
    "response",
    "status",
    "error_type",
    "latency_ms",
    "prompt_tokens",
    "completion_tokens",
    "feedback",
    "redaction",
)
_DATABASE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def sql_string(value: str) -> str:
    """A ClickHouse string literal (backslash and quote escaped).

    >>> print(sql_string("it's a \\\\ test"))
    'it\\'s a \\\\ test'
    """
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _ch_time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.") + f"{value.microsecond // 1000:03d}"


def events_query(database: str, segment: Segment, time_range: TimeRange) -> EventQuery:
    """The SELECT over ``llm_events`` for one segment and an inclusive event-time range."""
    if not _DATABASE.match(database):
        raise ValueError(f"invalid database name {database!r}: letters, digits and _ only")
    columns = ", ".join(EVENT_COLUMNS)
    template = (
        f"SELECT {columns}\nFROM {database}.llm_events FINAL\n"
        "WHERE app = {app} AND model = {model} AND prompt_version = {prompt_version}\n"
        "  AND timestamp >= {start}\n  AND timestamp <= {end}\nORDER BY timestamp, event_id"
    )
    parameters = {
        "app": segment.app,
        "model": segment.model,
        "prompt_version": segment.prompt_version,
        "start": _ch_time(time_range.start),
        "end": _ch_time(time_range.end),
    }
    literal = {name: sql_string(value) for name, value in parameters.items() if name not in ("start", "end")}
    literal["start"] = f"toDateTime64({sql_string(parameters['start'])}, 3, 'UTC')"
    literal["end"] = f"toDateTime64({sql_string(parameters['end'])}, 3, 'UTC')"
    placeholders = {name: f"{{{name}:String}}" for name in ("app", "model", "prompt_version")}
    placeholders["start"] = "{start:DateTime64(3, 'UTC')}"
    placeholders["end"] = "{end:DateTime64(3, 'UTC')}"
    return EventQuery(
        database=database,
        sql=template.format(**literal),
        parameterized_sql=template.format(**placeholders),
        parameters=parameters,
    )


def build_request(action: str, alert: Alert, database: str) -> DownstreamRequest:
    """The ``retrain`` or ``reindex`` request for a firing alert."""
    if action not in ("retrain", "reindex"):
        raise ValueError(f"unknown request type {action!r}; valid: retrain, reindex")
    if alert.state != "firing":
        raise ValueError("requests are built for firing alerts only")
    time_range = TimeRange(start=min(alert.window_start, alert.started_at), end=max(alert.window_end, alert.timestamp))
    key = f"{action}:{alert.alert_id}"
    fields = {
        "request_id": key,
        "idempotency_key": key,
        "alert_id": alert.alert_id,
        "rule": alert.rule,
        "severity": alert.severity,
        "segment": alert.segment,
        "signal": alert.kind,
        "detector": alert.detector,
        "statistic": alert.value,
        "threshold": alert.threshold,
        "condition": alert.condition,
        "window": TimeRange(start=alert.window_start, end=alert.window_end),
        "n_events": alert.n_events,
        "time_range": time_range,
        "query": events_query(database, alert.segment, time_range),
        "event_id": alert.event_id,
        "fired_at": alert.timestamp,
        "started_at": alert.started_at,
        "dashboard_url": alert.links.get("dashboard"),
        "reason": alert.message,
    }
    if action == "retrain":
        return RetrainRequest.model_validate(fields)
    return ReindexRequest.model_validate(fields)
