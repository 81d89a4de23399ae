"""Grafana provisioning and dashboards: every panel, variable and annotation query runs on ClickHouse.

Each query is rendered as Grafana + grafana-clickhouse-datasource 4.20.0 would render it
(tests/unit/grafana_sql.py), run on the real embedded engine over seeded data, and its result
is checked against what the panel type needs. Rollups (migration 0004) are checked against the
raw table, including the one-off backfill and a re-run of the migration.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from schemas.migrations import load_migrations
from streams.store import Store
from tests.unit.grafana_sql import ALL, TimeWindow, Variable, apply_template, expand_macros, render
from tests.unit.monitoring_seed import SEGMENTS, Seeded, seed

ROOT = Path(__file__).resolve().parents[2]
GRAFANA = ROOT / "grafana"
DASHBOARD_FILES = sorted((GRAFANA / "dashboards").glob("*.json"))
DATASOURCE_UID = "driftline-clickhouse"
SEGMENT_VARS = ("app", "model", "prompt_version")


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _panels(dashboard: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for panel in dashboard["panels"]:
        yield panel
        yield from panel.get("panels", [])


PANELS = [
    pytest.param(path.stem, panel["id"], id=f"{path.stem}:{panel['title']}")
    for path in DASHBOARD_FILES
    for panel in _panels(_load(path))
    if panel["type"] != "row"
]


# --- seeded store shared by the module ------------------------------------------------------
@pytest.fixture(scope="module")
def seeded(session_store: Store) -> tuple[Store, Seeded]:
    store = Store(session_store.client, session_store.url, f"dash_{os.getpid()}")
    store.migrate()
    return store, seed(store)


def _window(data: Seeded, interval_s: float = 60) -> TimeWindow:
    return TimeWindow(data.start - timedelta(minutes=1), data.end + timedelta(minutes=1), interval_s)


def _run(store: Store, sql: str) -> tuple[list[str], list[str], list[tuple[Any, ...]]]:
    result = store.client.query(sql)
    types = [t.name for t in result.column_types]
    return list(result.column_names), types, [tuple(r) for r in result.result_rows]


def _resolve_variables(
    store: Store, dashboard: dict[str, Any], window: TimeWindow, selection: dict[str, list[str]]
) -> dict[str, Variable]:
    """Run the variable queries in order, like Grafana: each sees the variables before it."""
    resolved: dict[str, Variable] = {}
    for var in dashboard["templating"]["list"]:
        if var["type"] == "textbox":
            resolved[var["name"]] = Variable(store.database)
            continue
        sql = render(var["query"]["rawSql"], resolved, window)
        columns, _, rows = _run(store, sql)
        # (chdb reports no columns for an empty result, so the shape is checked when there are rows)
        assert not rows or len(columns) == 1, f"variable {var['name']} must return one column, got {columns}"
        options = [str(r[0]) for r in rows]
        chosen = selection.get(var["name"])
        resolved[var["name"]] = Variable(chosen, options) if chosen else Variable.all(options)
    return resolved


def _kind(type_name: str) -> str:
    base = type_name
    for wrapper in ("Nullable(", "LowCardinality("):
        while base.startswith(wrapper):
            base = base[len(wrapper) : -1]
    if base.startswith(("DateTime", "Date")):
        return "time"
    if base.startswith(("UInt", "Int", "Float", "Decimal", "Bool")):
        return "number"
    if base.startswith(("String", "FixedString", "Enum")):
        return "string"
    return base


def _check_shape(panel: dict[str, Any], fmt: int, columns: list[str], types: list[str], rows: list[tuple]) -> None:
    kinds = [_kind(t) for t in types]
    title = panel["title"]
    assert rows, f"{title}: no rows on seeded data"
    if panel["type"] == "timeseries":
        assert fmt == 0, f"{title}: time series panels use format 0 (time series)"
        assert kinds[0] == "time", f"{title}: first column must be the time, got {types}"
        assert "time" not in kinds[1:], f"{title}: one time column only, got {types}"
        assert "number" in kinds, f"{title}: needs a numeric column, got {types}"
        assert set(kinds[1:]) <= {"number", "string"}, f"{title}: labels and numbers only, got {types}"
        times = [r[0] for r in rows]
        assert times == sorted(times), f"{title}: long frames must be sorted by time ascending"
        labels = [i for i, k in enumerate(kinds) if k == "string"]
        keys = [(r[0], *(r[i] for i in labels)) for r in rows]
        assert len(keys) == len(set(keys)), f"{title}: duplicate (time, labels) rows"
    elif panel["type"] == "stat":
        assert fmt == 1
        assert len(rows) == 1 and kinds == ["number"], f"{title}: one number, got {types} x {len(rows)}"
    elif panel["type"] == "barchart":
        assert fmt == 1
        assert kinds[0] == "string" and set(kinds[1:]) == {"number"}, f"{title}: label + numbers, got {types}"
    elif panel["type"] == "table":
        assert fmt == 1
        organize = next(t for t in panel["transformations"] if t["id"] == "organize")
        expected = sorted(organize["options"]["indexByName"], key=organize["options"]["indexByName"].get)
        assert columns == expected, f"{title}: columns {columns} != {expected}"
    else:
        raise AssertionError(f"{title}: panel type {panel['type']} has no check")


def _panel(dashboard_name: str, panel_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    dashboard = _load(GRAFANA / "dashboards" / f"{dashboard_name}.json")
    return dashboard, next(p for p in _panels(dashboard) if p["id"] == panel_id)


SCENARIOS = {
    "all": {},
    "selected": {"app": ["o'hare-travel", "code-assistant"], "prompt_version": ["(none)", "v2"]},
}


# --- the plugin's macro semantics ---------------------------------------------------------------
# Cases copied from the plugin's own pkg/macros/macros_test.go (TestInterpolate*, v4.20.0).
_FROM = datetime(2014, 11, 12, 11, 45, 26, 123000, tzinfo=UTC)
_TO = datetime(2015, 11, 12, 11, 45, 26, 456000, tzinfo=UTC)
PLUGIN_CASES = [
    (
        "select * from foo where $__timeFilter(cast(sth as timestamp) )",
        "select * from foo where cast(sth as timestamp) >= toDateTime(1415792726) "
        "AND cast(sth as timestamp) <= toDateTime(1447328726)",
    ),
    (
        "select * from foo where $__timeFilter_ms(cast(sth as timestamp))",
        "select * from foo where cast(sth as timestamp) >= fromUnixTimestamp64Milli(1415792726123) "
        "AND cast(sth as timestamp) <= fromUnixTimestamp64Milli(1447328726456)",
    ),
    (
        "select * from foo where ( date >= $__fromTime and date <= $__toTime ) limit 100",
        "select * from foo where ( date >= toDateTime(1415792726) and date <= toDateTime(1447328726) ) limit 100",
    ),
    (
        "SELECT $__timeInterval($__fromTime) AS from_time",
        "SELECT toStartOfInterval(toDateTime(toDateTime(1415792726)), INTERVAL 60 second) AS from_time",
    ),
    (
        "SELECT $__timeInterval_ms($__fromTime_ms)",
        "SELECT toStartOfInterval(toDateTime64(fromUnixTimestamp64Milli(1415792726123), 3), "
        "INTERVAL 60000 millisecond)",
    ),
    (
        "select * from foo where $__timeFilter(coalesce(closed_at, $__toTime))",
        "select * from foo where coalesce(closed_at, toDateTime(1447328726)) >= toDateTime(1415792726) "
        "AND coalesce(closed_at, toDateTime(1447328726)) <= toDateTime(1447328726)",
    ),
    (
        "select * from foo where msg = 'it\\'s -- fine' and $__fromTime",
        "select * from foo where msg = 'it\\'s -- fine' and toDateTime(1415792726)",
    ),
    (
        "SELECT $doc$a--b$doc$ AS x FROM t WHERE $__toTime",
        "SELECT $doc$a--b$doc$ AS x FROM t WHERE toDateTime(1447328726)",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), PLUGIN_CASES)
def test_macro_expansion_matches_plugin_tests(raw: str, expected: str) -> None:
    assert expand_macros(raw, TimeWindow(_FROM, _TO, 60)) == expected


def test_interval_macros_floor_at_one_second() -> None:
    window = TimeWindow(_FROM, _TO, 0.2)
    assert expand_macros("$__interval_s $__timeInterval(c)", window) == (
        "1 toStartOfInterval(toDateTime(c), INTERVAL 1 second)"
    )
    with pytest.raises(ValueError, match="not modelled"):
        expand_macros("SELECT $__columns(t, k, v) FROM x", window)


def test_template_variables_follow_grafana() -> None:
    app = Variable(["a", "b"], options=["a", "b", "c"])
    assert apply_template(
        "x IN ($app) AND y = '$db' AND z IN (${app:singlequote})", {"app": app, "db": Variable("d")}
    ) == ("x IN ('a','b') AND y = 'd' AND z IN ('a','b')")
    everything = Variable.all(["a", "b"])
    assert apply_template("app IN (${app:singlequote})", {"app": everything}) == "app IN ('a','b')"
    nested = "$__conditionalAll(f(x, g(y)) IN (${app:singlequote}), $app)"
    assert apply_template(nested, {"app": app}) == "f(x, g(y)) IN ('a','b')"
    assert apply_template(nested, {"app": everything}) == "1=1"
    assert apply_template("$__timeFilter(ts) $unknown", {}) == "$__timeFilter(ts) $unknown"


# --- provisioning ----------------------------------------------------------------------------------
def test_datasource_provisioning_uses_the_official_plugin() -> None:
    config = yaml.safe_load((GRAFANA / "provisioning" / "datasources" / "driftline.yaml").read_text())
    assert config["apiVersion"] == 1
    (source,) = config["datasources"]
    assert source["type"] == "grafana-clickhouse-datasource"
    assert source["uid"] == DATASOURCE_UID
    json_data = source["jsonData"]
    assert "defaultDatabase" in json_data and "database" not in json_data
    assert json_data["protocol"] in ("native", "http")
    assert str(source["secureJsonData"]["password"]).startswith("$"), "password must come from the environment"
    for key in ("host", "username", "defaultDatabase"):
        assert str(json_data[key]).startswith("$"), f"{key} must come from the environment"


def test_dashboard_provider_points_at_the_dashboards() -> None:
    config = yaml.safe_load((GRAFANA / "provisioning" / "dashboards" / "driftline.yaml").read_text())
    (provider,) = config["providers"]
    assert provider["type"] == "file"
    assert provider["options"]["path"] == "/etc/grafana/dashboards/driftline"
    assert {p.name for p in DASHBOARD_FILES} == {"overview.json", "safety.json", "drift.json", "alerts.json"}


def test_dashboards_are_what_the_generator_builds() -> None:
    spec = importlib.util.spec_from_file_location("build_dashboards", GRAFANA / "build_dashboards.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.render_all()
    for path in DASHBOARD_FILES:
        assert path.read_text(encoding="utf-8") == built[path.name], f"{path.name}: run grafana/build_dashboards.py"


@pytest.mark.parametrize("path", DASHBOARD_FILES, ids=lambda p: p.stem)
def test_dashboard_structure(path: Path) -> None:
    dashboard = _load(path)
    assert dashboard["uid"] == f"driftline-{path.stem}"
    names = [v["name"] for v in dashboard["templating"]["list"]]
    assert names == ["database", *SEGMENT_VARS]
    ids = [p["id"] for p in _panels(dashboard)]
    assert len(ids) == len(set(ids))
    for panel in _panels(dashboard):
        pos = panel["gridPos"]
        assert pos["x"] >= 0 and pos["x"] + pos["w"] <= 24
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == DATASOURCE_UID
            sql = target["rawSql"]
            assert "${database}." in sql, f"{panel['title']}: tables are qualified with ${{database}}"
            # Panels read rollups: the raw event table is too large to scan per refresh.
            assert ".llm_events\n" not in sql + "\n" and ".llm_events " not in sql, panel["title"]
            assert all(f"${{{v}:singlequote}}" in sql for v in SEGMENT_VARS), f"{panel['title']}: segment filters"


def test_the_drift_dashboard_shows_alerts_as_annotations() -> None:
    annotations = _load(GRAFANA / "dashboards" / "drift.json")["annotations"]["list"]
    assert any(a.get("datasource", {}).get("uid") == DATASOURCE_UID for a in annotations)


# --- queries on the real engine -------------------------------------------------------------------
@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize(("dashboard_name", "panel_id"), PANELS)
def test_panel_query_runs_and_fits_its_panel(
    seeded: tuple[Store, Seeded], dashboard_name: str, panel_id: int, scenario: str
) -> None:
    store, data = seeded
    dashboard, panel = _panel(dashboard_name, panel_id)
    window = _window(data)
    variables = _resolve_variables(store, dashboard, window, SCENARIOS[scenario])
    (target,) = panel["targets"]
    columns, types, rows = _run(store, render(target["rawSql"], variables, window))
    _check_shape(panel, target["format"], columns, types, rows)


@pytest.mark.parametrize("interval_s", [1, 3600])
def test_time_series_work_at_any_interval(seeded: tuple[Store, Seeded], interval_s: int) -> None:
    store, data = seeded
    for path in DASHBOARD_FILES:
        dashboard = _load(path)
        window = _window(data, interval_s)
        variables = _resolve_variables(store, dashboard, window, {})
        for panel in _panels(dashboard):
            if panel["type"] == "timeseries":
                (target,) = panel["targets"]
                columns, types, rows = _run(store, render(target["rawSql"], variables, window))
                _check_shape(panel, target["format"], columns, types, rows)


def test_variable_queries_list_the_segments(seeded: tuple[Store, Seeded]) -> None:
    store, data = seeded
    dashboard = _load(GRAFANA / "dashboards" / "overview.json")
    window = _window(data)
    everything = _resolve_variables(store, dashboard, window, {})
    assert everything["app"].options == sorted({a for a, _, _ in SEGMENTS})
    assert everything["prompt_version"].options == sorted({v or "(none)" for _, _, v in SEGMENTS})
    chained = _resolve_variables(store, dashboard, window, {"app": ["code-assistant"]})
    assert chained["model"].options == ["qwen2.5-coder"]
    assert chained["prompt_version"].options == ["(none)", "v1"]


def test_selected_segments_filter_the_panels(seeded: tuple[Store, Seeded]) -> None:
    store, data = seeded
    dashboard = _load(GRAFANA / "dashboards" / "overview.json")
    window = _window(data)
    segments = next(p for p in dashboard["panels"] if p["title"] == "Segments")
    selection = SCENARIOS["selected"]
    variables = _resolve_variables(store, dashboard, window, selection)
    columns, _, rows = _run(store, render(segments["targets"][0]["rawSql"], variables, window))
    found = {(r[columns.index("app")], r[columns.index("version")]) for r in rows}
    assert found == {("o'hare-travel", "v2"), ("code-assistant", "(none)")}
    total = sum(r[columns.index("event_count")] for r in rows)
    per_segment = data.events // len(SEGMENTS)
    assert total == 2 * per_segment


def test_annotation_queries(seeded: tuple[Store, Seeded]) -> None:
    store, data = seeded
    checked = 0
    for path in DASHBOARD_FILES:
        dashboard = _load(path)
        window = _window(data)
        variables = _resolve_variables(store, dashboard, window, {})
        for annotation in dashboard["annotations"]["list"]:
            if annotation.get("builtIn"):
                continue
            columns, types, rows = _run(store, render(annotation["target"]["rawSql"], variables, window))
            assert columns[:2] == ["time", "text"] and _kind(types[0]) == "time" and _kind(types[1]) == "string"
            assert len(rows) == data.alerts
            checked += 1
    assert checked >= 1


# --- rollups -------------------------------------------------------------------------------------------
def test_rollups_agree_with_the_raw_table(seeded: tuple[Store, Seeded]) -> None:
    store, data = seeded
    db = store.database
    _, rows = store.query(f"SELECT sum(events), sum(errors), sum(toxic), sum(pii_events) FROM {db}.llm_events_1m")
    assert rows[0] == (data.events, data.errors, data.toxic, data.pii_events)
    _, rows = store.query(
        f"SELECT quantilesTDigestMerge(0.5, 0.95, 0.99)(latency_q) FROM {db}.llm_events_1m"
        f" UNION ALL SELECT quantiles(0.5, 0.95, 0.99)(latency_ms) FROM {db}.llm_events"
    )
    digest, exact = rows[0][0], rows[1][0]
    assert digest == pytest.approx(exact, rel=0.03)
    _, rows = store.query(f"SELECT field, sum(events) FROM {db}.llm_toxicity_1m GROUP BY field ORDER BY field")
    assert rows == [("prompt", data.events), ("response", data.events)]
    _, raw = store.query(
        f"SELECT t, count() FROM {db}.llm_events ARRAY JOIN arrayDistinct(pii_response_types) AS t"
        " GROUP BY t ORDER BY t"
    )
    _, rolled = store.query(
        f"SELECT entity_type, sum(events) FROM {db}.llm_pii_1m WHERE field = 'response' GROUP BY entity_type ORDER BY 1"
    )
    assert rolled == raw


def test_rollup_migration_backfills_once(store: Store) -> None:
    """Events stored before 0004 are copied into the rollups; running 0004 again adds nothing."""
    store.command(f"CREATE DATABASE IF NOT EXISTS {store.database}")
    migrations = {m.version: m for m in load_migrations()}
    for version in (1, 2, 3):
        for statement in migrations[version].statements(store.database):
            store.command(statement)
    end = datetime(2026, 11, 20, 12, tzinfo=UTC)
    data = seed(store, end=end, hours=1, events=300)
    for _ in range(2):
        for statement in migrations[4].statements(store.database):
            store.command(statement)
    _, rows = store.query(f"SELECT sum(events), sum(toxic) FROM {store.database}.llm_events_1m")
    assert rows == [(data.events, data.toxic)]
    _, rows = store.query(f"SELECT sum(events) FROM {store.database}.llm_toxicity_1m")
    assert rows == [(2 * data.events,)]
    # After the migration the materialized views take over.
    seed(store, end=end + timedelta(days=1), hours=1, events=50)
    _, rows = store.query(f"SELECT sum(events) FROM {store.database}.llm_events_1m")
    assert rows == [(data.events + 50,)]


def test_empty_store_panels_still_run(store: Store) -> None:
    """A fresh deployment: every query must run (rows may be empty or zero)."""
    store.migrate()
    now = datetime.now(UTC)
    window = TimeWindow(now - timedelta(hours=1), now, 60)
    for path in DASHBOARD_FILES:
        dashboard = _load(path)
        variables = _resolve_variables(store, dashboard, window, {})
        assert all(variables[v].value == [ALL] and variables[v].options == [] for v in SEGMENT_VARS)
        for panel in _panels(dashboard):
            _run(store, render(panel["targets"][0]["rawSql"], variables, window))
