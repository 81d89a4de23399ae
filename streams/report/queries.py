"""What the report shows, read from the store: the dashboards' views over one time window.

The queries read the same tables as the Grafana dashboards (the per-minute rollups of
migration 0004, ``drift_metrics`` and ``alerts``), so the report and Grafana agree.

>>> choose_step(timedelta(hours=6))
180
>>> choose_step(timedelta(minutes=10))
60
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from schemas.errors import StoreError

__all__ = ["QuerySource", "ReportData", "Series", "Table", "Window", "choose_step", "load_report_data"]

_DATABASE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_VERSION = "if(prompt_version = '', '(none)', prompt_version)"
_SEGMENT = "concat(app, ' / ', model)"
_FULL_SEGMENT = "concat(app, ' / ', model, ' / ', if(prompt_version = '', '-', prompt_version))"


class QuerySource(Protocol):
    """Anything that runs SQL and returns (column names, rows): a Store, or a worker's /query proxy.

    The report only uses plain values (numbers, strings, lists), so a JSON transport works too.
    """

    def query(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]: ...


#: label -> (times, values), one line or bar series per label.
Series = dict[str, tuple[list[datetime], list[float]]]


@dataclass(frozen=True)
class Window:
    """The reported time range [start, end) and the bucket width in seconds."""

    start: datetime
    end: datetime
    step_s: int


@dataclass(frozen=True)
class Table:
    """Column names and rows, ready to print."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


@dataclass
class ReportData:
    """Everything the report renders."""

    database: str
    window: Window
    generated_at: datetime
    totals: dict[str, float] = field(default_factory=dict)
    traffic: Series = field(default_factory=dict)
    latency: Series = field(default_factory=dict)
    error_rate: Series = field(default_factory=dict)
    tokens: Series = field(default_factory=dict)
    cost: Series = field(default_factory=dict)
    segments: Table = field(default_factory=lambda: Table([], []))
    toxicity_rate: Series = field(default_factory=dict)
    toxicity_hist: Table = field(default_factory=lambda: Table([], []))
    pii_rates: Table = field(default_factory=lambda: Table([], []))
    pii_series: Series = field(default_factory=dict)
    offenders: Table = field(default_factory=lambda: Table([], []))
    prompt_drift: Series = field(default_factory=dict)
    prompt_threshold: Series = field(default_factory=dict)
    response_drift: Series = field(default_factory=dict)
    response_threshold: Series = field(default_factory=dict)
    scalar_drift: Series = field(default_factory=dict)
    drift_status: Table = field(default_factory=lambda: Table([], []))
    alert_marks: list[tuple[datetime, str]] = field(default_factory=list)
    alerts_by_kind: Series = field(default_factory=dict)
    alerts: Table = field(default_factory=lambda: Table([], []))


def choose_step(span: timedelta, buckets: int = 120) -> int:
    """Bucket width in whole minutes (at least one) giving about ``buckets`` buckets."""
    return max(60, math.ceil(span.total_seconds() / buckets / 60) * 60)


class _Reader:
    """Runs the report's queries for one database and window."""

    def __init__(self, store: QuerySource, database: str, window: Window) -> None:
        self.store = store
        self.db = database
        self.window = window
        self.start = int(window.start.timestamp())
        self.end = int(window.end.timestamp())

    def rows(self, sql: str) -> Table:
        columns, rows = self.store.query(sql.replace("{db}", self.db))
        return Table(list(columns), [tuple(row) for row in rows])

    def where(self, column: str = "minute") -> str:
        return f"{column} >= toDateTime({self.start}, 'UTC') AND {column} < toDateTime({self.end}, 'UTC')"

    def bucket(self, column: str = "minute") -> str:
        """The time bucket of ``column``, as Unix seconds (plain numbers survive any transport)."""
        return f"toUnixTimestamp(toStartOfInterval({column}, toIntervalSecond({self.window.step_s})))"

    def long_series(self, sql: str) -> Series:
        """Rows of (unix time, label, value) into one series per label."""
        series: dict[str, tuple[list[datetime], list[float]]] = defaultdict(lambda: ([], []))
        for time, label, value in self.rows(sql).rows:
            times, values = series[str(label)]
            times.append(_time(time))
            values.append(_number(value))
        return dict(series)

    def wide_series(self, sql: str) -> Series:
        """Rows of (unix time, v1, v2, ...) into one series per value column."""
        table = self.rows(sql)
        times = [_time(row[0]) for row in table.rows]
        return {name: (times, [_number(row[i]) for row in table.rows]) for i, name in enumerate(table.columns) if i}


def _number(value: Any) -> float:
    return math.nan if value is None else float(value)


def _time(value: Any) -> datetime:
    return datetime.fromtimestamp(int(value), UTC)


def report_window(store: QuerySource, database: str, hours: float | None, now: datetime) -> Window:
    """The last ``hours`` before ``now``, or (``None``) everything the store holds."""
    if hours is not None:
        if hours <= 0:
            raise ValueError(f"hours must be positive, got {hours}")
        start = now - timedelta(hours=hours)
        return Window(start, now, choose_step(now - start))
    _, rows = store.query(
        "SELECT min(t), max(t), count() FROM ("
        f" SELECT toUnixTimestamp(minute) AS t FROM {database}.llm_events_1m"
        f" UNION ALL SELECT toUnixTimestamp(tick_time) FROM {database}.drift_metrics"
        f" UNION ALL SELECT toUnixTimestamp(timestamp) FROM {database}.alerts)"
    )
    first, last, count = rows[0]
    if not count:
        return Window(now - timedelta(hours=24), now, choose_step(timedelta(hours=24)))
    start = _time(first).replace(second=0)
    end = _time(last).replace(second=0) + timedelta(minutes=1)
    return Window(start, end, choose_step(end - start))


def _check_tables(store: QuerySource, database: str) -> None:
    _, rows = store.query(f"SELECT name FROM system.tables WHERE database = '{database}'")
    missing = {"llm_events_1m", "llm_toxicity_1m", "llm_pii_1m", "drift_metrics", "alerts"} - {r[0] for r in rows}
    if missing:
        raise StoreError(
            f"database {database!r} lacks {', '.join(sorted(missing))}: run `driftline init-db` to apply migrations"
        )


def load_report_data(store: QuerySource, database: str = "driftline", hours: float | None = None) -> ReportData:
    """Read every view of the report from ``database`` (see :func:`report_window` for ``hours``)."""
    if not _DATABASE.match(database):
        raise ValueError(f"invalid database name {database!r}: letters, digits and _ only")
    _check_tables(store, database)
    now = datetime.now(UTC).replace(microsecond=0)
    window = report_window(store, database, hours, now)
    r = _Reader(store, database, window)
    data = ReportData(database=database, window=window, generated_at=now)
    w, b = r.where(), r.bucket()
    ev = "{db}.llm_events_1m"

    totals = r.rows(
        "SELECT sum(events) AS n_events, sum(errors) AS n_errors, sum(toxic) AS n_toxic, sum(pii_events) AS n_pii,"
        " sum(refusals) AS n_refusals, sum(cost_usd) AS total_cost, sum(prompt_tokens) + sum(completion_tokens)"
        f" AS n_tokens, quantilesTDigestMerge(0.5, 0.95, 0.99)(latency_q) AS q FROM {ev} WHERE {w}"
    )
    row = dict(zip(totals.columns, totals.rows[0], strict=True))
    quantiles = row.pop("q") or [math.nan] * 3
    data.totals = {k: _number(v) for k, v in row.items()}
    data.totals.update(p50_ms=_number(quantiles[0]), p95_ms=_number(quantiles[1]), p99_ms=_number(quantiles[2]))
    alert_count = r.rows(
        f"SELECT uniqExact(alert_id) FROM {{db}}.alerts FINAL WHERE {r.where('timestamp')} AND state = 'firing'"
    )
    data.totals["alerts"] = float(alert_count.rows[0][0])

    # Overview
    data.traffic = r.long_series(
        f"SELECT {b} AS time, {_SEGMENT} AS segment, sum(events) / {window.step_s} AS rate FROM {ev} WHERE {w}"
        " GROUP BY time, segment ORDER BY time, segment"
    )
    data.latency = r.wide_series(
        "SELECT time, q[1] AS p50, q[2] AS p95, q[3] AS p99 FROM ("
        f" SELECT {b} AS time, quantilesTDigestMerge(0.5, 0.95, 0.99)(latency_q) AS q FROM {ev} WHERE {w}"
        " GROUP BY time) ORDER BY time"
    )
    data.error_rate = r.long_series(
        f"SELECT {b} AS time, {_SEGMENT} AS segment, sum(errors) / sum(events) AS rate FROM {ev} WHERE {w}"
        " GROUP BY time, segment ORDER BY time, segment"
    )
    data.tokens = r.wide_series(
        f"SELECT {b} AS time, sum(prompt_tokens) AS prompt, sum(completion_tokens) AS completion FROM {ev}"
        f" WHERE {w} GROUP BY time ORDER BY time"
    )
    data.cost = r.long_series(
        f"SELECT {b} AS time, {_SEGMENT} AS segment, sum(cost_usd) AS cost FROM {ev} WHERE {w}"
        " GROUP BY time, segment ORDER BY time, segment"
    )
    data.segments = r.rows(
        f"SELECT app AS App, model AS Model, {_VERSION} AS `Prompt version`, sum(events) AS Events,"
        " sum(errors) / sum(events) AS `Error rate`,"
        " quantilesTDigestMerge(0.5, 0.95, 0.99)(latency_q)[2] AS `p95 latency (ms)`,"
        " sum(prompt_tokens) + sum(completion_tokens) AS Tokens, sum(cost_usd) AS `Cost (USD)`"
        f" FROM {ev} WHERE {w} GROUP BY App, Model, `Prompt version` ORDER BY Events DESC LIMIT 50"
    )

    # Safety
    data.toxicity_rate = r.long_series(
        f"SELECT {b} AS time, {_SEGMENT} AS segment, sum(toxic) / sum(events) AS rate FROM {ev} WHERE {w}"
        " GROUP BY time, segment ORDER BY time, segment"
    )
    data.toxicity_hist = r.rows(
        "SELECT bucket, sumIf(events, field = 'prompt') AS prompt, sumIf(events, field = 'response') AS response"
        f" FROM {{db}}.llm_toxicity_1m WHERE {w} GROUP BY bucket ORDER BY bucket WITH FILL FROM 0 TO 20"
    )
    data.pii_rates = r.rows(
        f"WITH (SELECT greatest(sum(events), 1) FROM {ev} WHERE {w}) AS total"
        " SELECT entity_type, sumIf(events, field = 'prompt') / total AS prompt,"
        " sumIf(events, field = 'response') / total AS response"
        f" FROM {{db}}.llm_pii_1m WHERE {w} GROUP BY entity_type ORDER BY prompt + response DESC"
    )
    data.pii_series = r.long_series(
        f"SELECT {b} AS time, entity_type, sum(events) AS n FROM {{db}}.llm_pii_1m WHERE {w}"
        " GROUP BY time, entity_type ORDER BY time, entity_type"
    )
    data.offenders = r.rows(
        f"SELECT app AS App, model AS Model, {_VERSION} AS `Prompt version`, sum(events) AS Events,"
        " sum(toxic) AS Toxic, sum(toxic) / sum(events) AS `Toxic rate`, sum(pii_events) AS `PII events`,"
        " sum(pii_events) / sum(events) AS `PII rate`, sum(refusals) AS Refusals"
        f" FROM {ev} WHERE {w} GROUP BY App, Model, `Prompt version`"
        " ORDER BY `Toxic rate` + `PII rate` DESC, Events DESC LIMIT 20"
    )

    # Drift
    tw, tb = r.where("tick_time"), r.bucket("tick_time")
    for signal, stat_attr, threshold_attr in (
        ("prompt_drift", "prompt_drift", "prompt_threshold"),
        ("response_drift", "response_drift", "response_threshold"),
    ):
        drift_sql = (
            f"SELECT {tb} AS time, {_FULL_SEGMENT} AS segment, max(statistic) AS s, max(threshold) AS t"
            f" FROM {{db}}.drift_metrics WHERE {tw} AND signal = '{signal}' GROUP BY time, segment"
            " ORDER BY time, segment"
        )
        stats: Series = defaultdict(lambda: ([], []))
        limits: Series = defaultdict(lambda: ([], []))
        for time, segment, statistic, threshold in r.rows(drift_sql).rows:
            stats[segment][0].append(_time(time))
            stats[segment][1].append(_number(statistic))
            limits[segment][0].append(_time(time))
            limits[segment][1].append(_number(threshold))
        setattr(data, stat_attr, dict(stats))
        setattr(data, threshold_attr, dict(limits))
    data.scalar_drift = r.long_series(
        f"SELECT {tb} AS time, concat(signal, ': ', {_FULL_SEGMENT}) AS series,"
        f" max(statistic / nullIf(threshold, 0)) AS ratio FROM {{db}}.drift_metrics WHERE {tw}"
        " AND signal NOT IN ('prompt_drift', 'response_drift') GROUP BY time, series ORDER BY time, series"
    )
    data.drift_status = r.rows(
        f"SELECT app AS App, model AS Model, {_VERSION} AS `Prompt version`, signal AS Signal,"
        " argMax(detector, tick_time) AS Detector, argMax(status, tick_time) AS Status,"
        " argMax(statistic, tick_time) AS Statistic, argMax(threshold, tick_time) AS Threshold,"
        " Statistic / nullIf(Threshold, 0) AS Ratio, formatDateTime(max(tick_time), '%F %T') AS `Last tick`"
        f" FROM {{db}}.drift_metrics FINAL WHERE {tw} GROUP BY App, Model, `Prompt version`, Signal"
        " ORDER BY Ratio DESC LIMIT 40"
    )

    # Alerts
    aw = r.where("timestamp")
    data.alert_marks = [
        (_time(time), str(kind))
        for time, kind in r.rows(
            f"SELECT toUnixTimestamp(timestamp) AS t, kind FROM {{db}}.alerts FINAL WHERE {aw} AND state = 'firing'"
            " ORDER BY t"
        ).rows
    ]
    data.alerts_by_kind = r.long_series(
        f"SELECT {r.bucket('toDateTime(timestamp)')} AS time, kind, count() AS n FROM {{db}}.alerts FINAL"
        f" WHERE {aw} AND state = 'firing' GROUP BY time, kind ORDER BY time, kind"
    )
    data.alerts = r.rows(
        "SELECT formatDateTime(min(timestamp), '%F %T') AS Fired, kind AS Kind, severity AS Severity,"
        " argMax(state, timestamp) AS Status,"
        " if(countIf(state = 'resolved') > 0, formatDateTime(maxIf(timestamp, state = 'resolved'), '%F %T'), NULL)"
        " AS Resolved,"
        f" app AS App, model AS Model, {_VERSION} AS `Prompt version`, argMax(value, timestamp) AS Value,"
        " any(threshold) AS Threshold, arrayStringConcat(argMax(actions, created_at), ', ') AS Actions,"
        " argMax(delivery_status, created_at) AS Slack, argMax(message, timestamp) AS Message"
        f" FROM {{db}}.alerts FINAL WHERE {aw}"
        " GROUP BY alert_id, Kind, Severity, App, Model, `Prompt version` ORDER BY Fired DESC LIMIT 200"
    )
    return data
