"""Build driftline's Grafana dashboards (grafana/dashboards/*.json) from readable SQL.

Run ``python grafana/build_dashboards.py`` after editing; the test suite checks that the JSON
files are what this script produces, and runs every query (macros expanded as the
grafana-clickhouse-datasource plugin 4.20.0 expands them) against the real ClickHouse engine.

Conventions every query follows:

* tables are ``${database}.<table>`` (a textbox variable, default ``driftline``);
* panels read the rollups of migration 0004 (``llm_events_1m``, ``llm_toxicity_1m``,
  ``llm_pii_1m``), ``drift_metrics`` and ``alerts`` - never ``llm_events`` itself;
* segment filters use the plugin's ``$__conditionalAll`` so "All" costs nothing; an empty
  ``prompt_version`` is shown and selected as ``(none)``;
* time series return ``time`` first, sorted ascending, then label columns, then numbers
  (long format: the plugin turns it into one series per label value);
* aliases never reuse a source column's name (ClickHouse resolves aliases first).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATASOURCE = {"type": "grafana-clickhouse-datasource", "uid": "driftline-clickhouse"}
PLUGIN_VERSION = "4.20.0"
FORMAT_TIME_SERIES, FORMAT_TABLE = 0, 1
OUT = Path(__file__).resolve().parent / "dashboards"

NONE = "(none)"
VERSION = f"if(prompt_version = '', '{NONE}', prompt_version)"
SEGMENT_FILTER = (
    "$__conditionalAll(app IN (${app:singlequote}), $app)\n"
    "  AND $__conditionalAll(model IN (${model:singlequote}), $model)\n"
    f"  AND $__conditionalAll({VERSION} IN (${{prompt_version:singlequote}}), $prompt_version)"
)
STEP = "greatest($__interval_s, 60)"
BUCKET = f"toStartOfInterval(minute, toIntervalSecond({STEP}))"
SEGMENT_LABEL = "concat(app, ' / ', model)"
FULL_SEGMENT_LABEL = "concat(app, ' / ', model, ' / ', if(prompt_version = '', '-', prompt_version))"


def rollup(table: str = "llm_events_1m") -> str:
    """FROM + WHERE for a rollup table, time range and segment filters applied."""
    return f"FROM ${{database}}.{table}\nWHERE $__timeFilter(minute)\n  AND {SEGMENT_FILTER}"


# --- panel builders --------------------------------------------------------------------------------
class Layout:
    """Hands out panel ids and grid positions, row by row (24 columns)."""

    def __init__(self) -> None:
        self.next_id = 1
        self.x = 0
        self.y = 0
        self.row_h = 0

    def place(self, w: int, h: int) -> tuple[int, dict[str, int]]:
        if self.x + w > 24:
            self.x, self.y, self.row_h = 0, self.y + self.row_h, 0
        pos = {"h": h, "w": w, "x": self.x, "y": self.y}
        self.x += w
        self.row_h = max(self.row_h, h)
        panel_id = self.next_id
        self.next_id += 1
        return panel_id, pos


def _target(sql: str, fmt: int) -> dict[str, Any]:
    return {
        "datasource": DATASOURCE,
        "editorType": "sql",
        "format": fmt,
        "pluginVersion": PLUGIN_VERSION,
        "rawSql": sql.strip(),
        "refId": "A",
    }


def _panel(
    layout: Layout, kind: str, title: str, sql: str, fmt: int, w: int, h: int, description: str
) -> dict[str, Any]:
    panel_id, pos = layout.place(w, h)
    return {
        "datasource": DATASOURCE,
        "description": description,
        "fieldConfig": {"defaults": {}, "overrides": []},
        "gridPos": pos,
        "id": panel_id,
        "options": {},
        "targets": [_target(sql, fmt)],
        "title": title,
        "type": kind,
    }


def stat(layout: Layout, title: str, sql: str, unit: str, description: str, w: int = 6) -> dict[str, Any]:
    panel = _panel(layout, "stat", title, sql, FORMAT_TABLE, w, 4, description)
    panel["fieldConfig"]["defaults"] = {"unit": unit, "color": {"mode": "thresholds"}, "decimals": 2}
    panel["options"] = {
        "colorMode": "value",
        "graphMode": "none",
        "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
        "textMode": "value",
    }
    return panel


def timeseries(
    layout: Layout,
    title: str,
    sql: str,
    unit: str,
    description: str,
    *,
    w: int = 12,
    h: int = 8,
    display: str | None = None,
    bars: bool = False,
    stack: bool = False,
    threshold_line: float | None = None,
    dashed: str | None = None,
) -> dict[str, Any]:
    panel = _panel(layout, "timeseries", title, sql, FORMAT_TIME_SERIES, w, h, description)
    custom: dict[str, Any] = {
        "drawStyle": "bars" if bars else "line",
        "fillOpacity": 60 if bars else 8,
        "lineWidth": 1,
        "showPoints": "never",
        "spanNulls": False,
        "stacking": {"group": "A", "mode": "normal" if stack else "none"},
    }
    defaults: dict[str, Any] = {"unit": unit, "custom": custom}
    if display:
        defaults["displayName"] = display
    if threshold_line is not None:
        custom["thresholdsStyle"] = {"mode": "dashed"}
        defaults["thresholds"] = {
            "mode": "absolute",
            "steps": [{"color": "green", "value": None}, {"color": "red", "value": threshold_line}],
        }
    panel["fieldConfig"]["defaults"] = defaults
    if dashed:
        panel["fieldConfig"]["overrides"].append(
            {
                "matcher": {"id": "byRegexp", "options": dashed},
                "properties": [
                    {"id": "custom.lineStyle", "value": {"dash": [6, 4], "fill": "dash"}},
                    {"id": "color", "value": {"fixedColor": "red", "mode": "fixed"}},
                ],
            }
        )
    panel["options"] = {
        "legend": {"calcs": ["max", "mean"], "displayMode": "table", "placement": "right", "showLegend": True},
        "tooltip": {"mode": "multi", "sort": "desc"},
    }
    return panel


def table(
    layout: Layout,
    title: str,
    sql: str,
    columns: dict[str, str],
    description: str,
    *,
    w: int = 24,
    h: int = 9,
    units: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A table; ``columns`` maps every column the query returns, in order, to its header."""
    panel = _panel(layout, "table", title, sql, FORMAT_TABLE, w, h, description)
    panel["transformations"] = [
        {
            "id": "organize",
            "options": {
                "excludeByName": {},
                "indexByName": {name: i for i, name in enumerate(columns)},
                "renameByName": dict(columns),
            },
        }
    ]
    panel["fieldConfig"]["overrides"] = [
        {"matcher": {"id": "byName", "options": name}, "properties": [{"id": "unit", "value": unit}]}
        for name, unit in (units or {}).items()
    ]
    panel["options"] = {"cellHeight": "sm", "showHeader": True, "footer": {"show": False}}
    return panel


def barchart(
    layout: Layout, title: str, sql: str, unit: str, description: str, *, w: int = 12, h: int = 8, log: bool = False
) -> dict[str, Any]:
    panel = _panel(layout, "barchart", title, sql, FORMAT_TABLE, w, h, description)
    custom: dict[str, Any] = {"fillOpacity": 80, "lineWidth": 1}
    if log:
        custom["scaleDistribution"] = {"type": "log", "log": 10}
    panel["fieldConfig"]["defaults"] = {"unit": unit, "custom": custom}
    panel["options"] = {
        "orientation": "auto",
        "xTickLabelRotation": -45,
        "showValue": "never",
        "stacking": "none",
        "legend": {"displayMode": "list", "placement": "bottom", "showLegend": True},
        "tooltip": {"mode": "multi"},
    }
    return panel


# --- dashboard skeleton ----------------------------------------------------------------------------
def _query_variable(name: str, label: str, sql: str) -> dict[str, Any]:
    return {
        "current": {"selected": True, "text": ["All"], "value": ["$__all"]},
        "datasource": DATASOURCE,
        "definition": sql,
        "includeAll": True,
        "label": label,
        "multi": True,
        "name": name,
        "options": [],
        "query": {"editorType": "sql", "format": FORMAT_TABLE, "rawSql": sql, "refId": "var"},
        "refresh": 2,
        "sort": 1,
        "type": "query",
    }


def variables() -> list[dict[str, Any]]:
    app_filter = "$__conditionalAll(app IN (${app:singlequote}), $app)"
    model_filter = "$__conditionalAll(model IN (${model:singlequote}), $model)"
    return [
        {
            "current": {"text": "driftline", "value": "driftline"},
            "description": "ClickHouse database holding driftline's tables (DRIFTLINE_CLICKHOUSE_DATABASE).",
            "hide": 0,
            "label": "Database",
            "name": "database",
            "options": [{"selected": True, "text": "driftline", "value": "driftline"}],
            "query": "driftline",
            "type": "textbox",
        },
        _query_variable(
            "app", "App", "SELECT DISTINCT app FROM ${database}.llm_events_1m WHERE $__timeFilter(minute) ORDER BY app"
        ),
        _query_variable(
            "model",
            "Model",
            "SELECT DISTINCT model FROM ${database}.llm_events_1m "
            f"WHERE $__timeFilter(minute) AND {app_filter} ORDER BY model",
        ),
        _query_variable(
            "prompt_version",
            "Prompt version",
            f"SELECT DISTINCT {VERSION} AS version FROM ${{database}}.llm_events_1m "
            f"WHERE $__timeFilter(minute) AND {app_filter} AND {model_filter} ORDER BY version",
        ),
    ]


ALERT_ANNOTATION_SQL = f"""
SELECT
    timestamp AS time,
    concat(kind, ' (', severity, ') ', app, ' / ', model, ': ', message) AS text,
    kind AS tags
FROM ${{database}}.alerts FINAL
WHERE $__timeFilter(timestamp)
  AND state = 'firing'
  AND {SEGMENT_FILTER}
ORDER BY time
LIMIT 1000
"""


def dashboard(uid: str, title: str, description: str, panels: list[dict[str, Any]], alerts: bool) -> dict[str, Any]:
    annotations: list[dict[str, Any]] = [
        {
            "builtIn": 1,
            "datasource": {"type": "grafana", "uid": "-- Grafana --"},
            "enable": True,
            "hide": True,
            "iconColor": "rgba(0, 211, 255, 1)",
            "name": "Annotations & Alerts",
            "type": "dashboard",
        }
    ]
    if alerts:
        annotations.append(
            {
                "datasource": DATASOURCE,
                "enable": True,
                "iconColor": "red",
                "name": "driftline alerts",
                "target": {**_target(ALERT_ANNOTATION_SQL, FORMAT_TABLE), "refId": "Anno"},
            }
        )
    return {
        "annotations": {"list": annotations},
        "description": description,
        "editable": True,
        "graphTooltip": 1,
        "id": None,
        "links": [
            {
                "asDropdown": False,
                "includeVars": True,
                "keepTime": True,
                "tags": ["driftline"],
                "title": "driftline",
                "type": "dashboards",
            }
        ],
        "panels": panels,
        "refresh": "1m",
        "schemaVersion": 41,
        "tags": ["driftline"],
        "templating": {"list": variables()},
        "time": {"from": "now-6h", "to": "now"},
        "timepicker": {},
        "timezone": "browser",
        "title": title,
        "uid": uid,
        "version": 1,
    }


# --- the four dashboards -------------------------------------------------------------------------------
def overview() -> dict[str, Any]:
    lay = Layout()
    src = rollup()
    panels = [
        stat(lay, "Events", f"SELECT sum(events) AS event_count\n{src}", "short", "Accepted events in range."),
        stat(
            lay,
            "Error rate",
            f"SELECT sum(errors) / greatest(sum(events), 1) AS error_rate\n{src}",
            "percentunit",
            "Events with status = error.",
        ),
        stat(
            lay,
            "p95 latency",
            f"SELECT quantilesTDigestMerge(0.5, 0.95, 0.99)(latency_q)[2] AS p95_latency_ms\n{src}",
            "ms",
            "95th percentile of latency_ms (t-digest).",
        ),
        stat(lay, "Cost", f"SELECT sum(cost_usd) AS cost\n{src}", "currencyUSD", "Sum of cost_usd."),
        timeseries(
            lay,
            "Traffic by app / model",
            f"""
SELECT {BUCKET} AS time, {SEGMENT_LABEL} AS segment, sum(events) / {STEP} AS events_per_s
{src}
GROUP BY time, segment
ORDER BY time, segment""",
            "reqps",
            "Events per second, one series per app / model.",
            display="${__field.labels.segment}",
        ),
        timeseries(
            lay,
            "Latency p50 / p95 / p99",
            f"""
SELECT time, q[1] AS p50, q[2] AS p95, q[3] AS p99
FROM (
    SELECT {BUCKET} AS time, quantilesTDigestMerge(0.5, 0.95, 0.99)(latency_q) AS q
    {src.replace(chr(10), chr(10) + "    ")}
    GROUP BY time
)
ORDER BY time""",
            "ms",
            "Latency percentiles over the selected segments (t-digest, per bucket).",
        ),
        timeseries(
            lay,
            "Error rate by app / model",
            f"""
SELECT {BUCKET} AS time, {SEGMENT_LABEL} AS segment, sum(errors) / sum(events) AS error_rate
{src}
GROUP BY time, segment
ORDER BY time, segment""",
            "percentunit",
            "Share of events with status = error.",
            display="${__field.labels.segment}",
        ),
        timeseries(
            lay,
            "Tokens",
            f"""
SELECT {BUCKET} AS time, sum(prompt_tokens) AS prompt, sum(completion_tokens) AS completion
{src}
GROUP BY time
ORDER BY time""",
            "short",
            "Prompt and completion tokens per bucket.",
            bars=True,
            stack=True,
        ),
        timeseries(
            lay,
            "Cost by app / model",
            f"""
SELECT {BUCKET} AS time, {SEGMENT_LABEL} AS segment, sum(cost_usd) AS cost
{src}
GROUP BY time, segment
ORDER BY time, segment""",
            "currencyUSD",
            "cost_usd per bucket.",
            w=24,
            bars=True,
            stack=True,
            display="${__field.labels.segment}",
        ),
        table(
            lay,
            "Segments",
            f"""
SELECT
    app,
    model,
    {VERSION} AS version,
    sum(events) AS event_count,
    sum(errors) / sum(events) AS error_rate,
    quantilesTDigestMerge(0.5, 0.95, 0.99)(latency_q)[2] AS p95_latency_ms,
    sum(prompt_tokens) + sum(completion_tokens) AS token_count,
    sum(cost_usd) AS cost
{src}
GROUP BY app, model, version
ORDER BY event_count DESC
LIMIT 200""",
            {
                "app": "App",
                "model": "Model",
                "version": "Prompt version",
                "event_count": "Events",
                "error_rate": "Error rate",
                "p95_latency_ms": "p95 latency",
                "token_count": "Tokens",
                "cost": "Cost",
            },
            "One row per segment in range.",
            units={"error_rate": "percentunit", "p95_latency_ms": "ms", "cost": "currencyUSD"},
        ),
    ]
    return dashboard(
        "driftline-overview", "driftline / Overview", "Traffic, latency, errors, tokens and cost.", panels, False
    )


def safety() -> dict[str, Any]:
    lay = Layout()
    src = rollup()
    panels = [
        stat(
            lay,
            "Toxic rate",
            f"SELECT sum(toxic) / greatest(sum(events), 1) AS toxic_rate\n{src}",
            "percentunit",
            "Events flagged toxic (prompt or response).",
        ),
        stat(
            lay,
            "PII rate",
            f"SELECT sum(pii_events) / greatest(sum(events), 1) AS pii_rate\n{src}",
            "percentunit",
            "Events with at least one PII entity.",
        ),
        stat(
            lay,
            "Refusal rate",
            f"SELECT sum(refusals) / greatest(sum(events), 1) AS refusal_rate\n{src}",
            "percentunit",
            "Responses classified as refusals.",
        ),
        stat(lay, "Toxic events", f"SELECT sum(toxic) AS toxic_count\n{src}", "short", "Toxic events in range."),
        timeseries(
            lay,
            "Toxicity rate by app / model",
            f"""
SELECT {BUCKET} AS time, {SEGMENT_LABEL} AS segment, sum(toxic) / sum(events) AS toxic_rate
{src}
GROUP BY time, segment
ORDER BY time, segment""",
            "percentunit",
            "Share of events flagged toxic.",
            display="${__field.labels.segment}",
        ),
        barchart(
            lay,
            "Toxicity score distribution",
            f"""
SELECT
    concat(toString(bucket * 5 / 100), '-', toString((bucket + 1) * 5 / 100)) AS score,
    prompt_events AS prompt,
    response_events AS response
FROM (
    SELECT
        bucket,
        sumIf(events, field = 'prompt') AS prompt_events,
        sumIf(events, field = 'response') AS response_events
    {rollup("llm_toxicity_1m").replace(chr(10), chr(10) + "    ")}
    GROUP BY bucket
    ORDER BY bucket WITH FILL FROM 0 TO 20
)
ORDER BY bucket""",
            "short",
            "Events per toxicity score bucket (0.05 wide), prompt and response; log scale.",
            log=True,
        ),
        barchart(
            lay,
            "PII rate by entity type and field",
            f"""
WITH (SELECT greatest(sum(events), 1) {rollup().replace(chr(10), " ")}) AS total
SELECT
    entity_type,
    sumIf(events, field = 'prompt') / total AS prompt,
    sumIf(events, field = 'response') / total AS response
{rollup("llm_pii_1m")}
GROUP BY entity_type
ORDER BY prompt + response DESC""",
            "percentunit",
            "Share of events with at least one entity of the type, by field.",
        ),
        timeseries(
            lay,
            "PII events by entity type",
            f"""
SELECT {BUCKET} AS time, entity_type, sum(events) AS pii_event_count
{rollup("llm_pii_1m")}
GROUP BY time, entity_type
ORDER BY time, entity_type""",
            "short",
            "Events with the entity type (prompt or response) per bucket.",
            display="${__field.labels.entity_type}",
            bars=True,
            stack=True,
        ),
        table(
            lay,
            "Top offending segments",
            f"""
SELECT
    app,
    model,
    {VERSION} AS version,
    sum(events) AS event_count,
    sum(toxic) AS toxic_count,
    sum(toxic) / sum(events) AS toxic_rate,
    sum(pii_events) AS pii_count,
    sum(pii_events) / sum(events) AS pii_rate,
    sum(refusals) AS refusal_count
{src}
GROUP BY app, model, version
ORDER BY toxic_rate + pii_rate DESC, event_count DESC
LIMIT 20""",
            {
                "app": "App",
                "model": "Model",
                "version": "Prompt version",
                "event_count": "Events",
                "toxic_count": "Toxic",
                "toxic_rate": "Toxic rate",
                "pii_count": "PII events",
                "pii_rate": "PII rate",
                "refusal_count": "Refusals",
            },
            "Segments ranked by toxic rate + PII rate.",
            units={"toxic_rate": "percentunit", "pii_rate": "percentunit"},
        ),
    ]
    return dashboard("driftline-safety", "driftline / Safety", "Toxicity, PII and refusals by segment.", panels, False)


def _drift_sql(signal_filter: str) -> str:
    return f"""
SELECT
    $__timeInterval(tick_time) AS time,
    {FULL_SEGMENT_LABEL} AS segment,
    max(statistic) AS drift_statistic,
    max(threshold) AS drift_threshold
FROM ${{database}}.drift_metrics
WHERE $__timeFilter(tick_time)
  AND {signal_filter}
  AND {SEGMENT_FILTER}
GROUP BY time, segment
ORDER BY time, segment"""


def drift() -> dict[str, Any]:
    lay = Layout()
    panels = [
        timeseries(
            lay,
            "Prompt drift: statistic vs threshold",
            _drift_sql("signal = 'prompt_drift'"),
            "short",
            "Prompt-embedding drift statistic per segment; dashed: its alarm threshold.",
            display="${__field.name} ${__field.labels.segment}",
            dashed="drift_threshold.*",
        ),
        timeseries(
            lay,
            "Response drift: statistic vs threshold",
            _drift_sql("signal = 'response_drift'"),
            "short",
            "Response-embedding drift statistic per segment; dashed: its alarm threshold.",
            display="${__field.name} ${__field.labels.segment}",
            dashed="drift_threshold.*",
        ),
        timeseries(
            lay,
            "Scalar drifts (statistic / threshold)",
            f"""
SELECT
    $__timeInterval(tick_time) AS time,
    concat(signal, ': ', {FULL_SEGMENT_LABEL}) AS series,
    max(statistic / nullIf(threshold, 0)) AS threshold_ratio
FROM ${{database}}.drift_metrics
WHERE $__timeFilter(tick_time)
  AND signal NOT IN ('prompt_drift', 'response_drift')
  AND {SEGMENT_FILTER}
GROUP BY time, series
ORDER BY time, series""",
            "short",
            "Latency, token, error-rate and other scalar detectors; 1 is the alarm line.",
            w=24,
            display="${__field.labels.series}",
            threshold_line=1.0,
        ),
        table(
            lay,
            "Latest drift status per segment and signal",
            f"""
SELECT
    app,
    model,
    {VERSION} AS version,
    signal,
    argMax(detector, tick_time) AS last_detector,
    argMax(status, tick_time) AS last_status,
    argMax(statistic, tick_time) AS last_statistic,
    argMax(threshold, tick_time) AS last_threshold,
    last_statistic / nullIf(last_threshold, 0) AS ratio,
    max(tick_time) AS last_tick
FROM ${{database}}.drift_metrics FINAL
WHERE $__timeFilter(tick_time)
  AND {SEGMENT_FILTER}
GROUP BY app, model, version, signal
ORDER BY ratio DESC
LIMIT 500""",
            {
                "app": "App",
                "model": "Model",
                "version": "Prompt version",
                "signal": "Signal",
                "last_detector": "Detector",
                "last_status": "Status",
                "last_statistic": "Statistic",
                "last_threshold": "Threshold",
                "ratio": "Statistic / threshold",
                "last_tick": "Last tick",
            },
            "The last evaluation tick in range for each segment x signal.",
            h=10,
        ),
    ]
    return dashboard(
        "driftline-drift",
        "driftline / Drift",
        "Embedding and scalar drift statistics per segment, alerts as annotations.",
        panels,
        True,
    )


def alerts() -> dict[str, Any]:
    lay = Layout()
    panels = [
        stat(
            lay,
            "Firing now",
            f"""
SELECT countIf(current_state = 'firing') AS firing
FROM (
    SELECT alert_id, argMax(state, timestamp) AS current_state
    FROM ${{database}}.alerts FINAL
    WHERE {SEGMENT_FILTER}
    GROUP BY alert_id
)""",
            "short",
            "Alerts whose latest state is firing (any time).",
            w=8,
        ),
        stat(
            lay,
            "Alerts fired in range",
            f"""
SELECT uniqExact(alert_id) AS fired
FROM ${{database}}.alerts FINAL
WHERE $__timeFilter(timestamp) AND state = 'firing'
  AND {SEGMENT_FILTER}""",
            "short",
            "Distinct alerts that fired in the time range.",
            w=8,
        ),
        stat(
            lay,
            "Critical alerts in range",
            f"""
SELECT uniqExact(alert_id) AS critical
FROM ${{database}}.alerts FINAL
WHERE $__timeFilter(timestamp) AND state = 'firing' AND severity = 'critical'
  AND {SEGMENT_FILTER}""",
            "short",
            "Distinct critical alerts that fired in the time range.",
            w=8,
        ),
        timeseries(
            lay,
            "Alerts fired by kind",
            f"""
SELECT $__timeInterval(timestamp) AS time, kind, count() AS fired
FROM ${{database}}.alerts FINAL
WHERE $__timeFilter(timestamp) AND state = 'firing'
  AND {SEGMENT_FILTER}
GROUP BY time, kind
ORDER BY time, kind""",
            "short",
            "Alerts fired per bucket, by kind.",
            w=24,
            h=7,
            bars=True,
            stack=True,
            display="${__field.labels.kind}",
        ),
        table(
            lay,
            "Alerts",
            f"""
SELECT
    min(timestamp) AS fired_at,
    alert_id,
    kind,
    severity,
    argMax(state, timestamp) AS current_state,
    if(countIf(state = 'resolved') > 0, maxIf(timestamp, state = 'resolved'), NULL) AS resolved_at,
    app,
    model,
    {VERSION} AS version,
    argMax(value, timestamp) AS last_value,
    any(threshold) AS alert_threshold,
    arrayStringConcat(argMax(actions, created_at), ', ') AS actions_taken,
    argMax(delivery_status, created_at) AS delivery,
    argMax(message, timestamp) AS alert_message
FROM ${{database}}.alerts FINAL
WHERE $__timeFilter(timestamp)
  AND {SEGMENT_FILTER}
GROUP BY alert_id, kind, severity, app, model, version
ORDER BY fired_at DESC
LIMIT 500""",
            {
                "fired_at": "Fired",
                "alert_id": "Alert",
                "kind": "Kind",
                "severity": "Severity",
                "current_state": "Status",
                "resolved_at": "Resolved",
                "app": "App",
                "model": "Model",
                "version": "Prompt version",
                "last_value": "Value",
                "alert_threshold": "Threshold",
                "actions_taken": "Actions",
                "delivery": "Slack",
                "alert_message": "Message",
            },
            "Every alert in range: status (latest state), actions taken and Slack delivery.",
            h=14,
        ),
    ]
    return dashboard(
        "driftline-alerts", "driftline / Alerts", "Alerts with status and the actions taken.", panels, True
    )


DASHBOARDS = {"overview": overview, "safety": safety, "drift": drift, "alerts": alerts}


def render_all() -> dict[str, str]:
    """File name -> JSON text of every dashboard."""
    return {
        f"{name}.json": json.dumps(build(), indent=2, ensure_ascii=False) + "\n" for name, build in DASHBOARDS.items()
    }


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in render_all().items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"wrote {OUT / name}")


if __name__ == "__main__":
    main()
