"""Alert messages against their published JSON Schemas, and alert rows / request queries against real chdb."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta

import jsonschema
import pytest

from detectors.alerting import AlertEngine, LinkBuilder, Rule
from detectors.alerting.downstream import events_query
from schemas.alert_rows import ALERTS_COLUMNS, alert_row
from schemas.alerts import Alert, AlertSignal, Segment, TimeRange
from schemas.jsonschema import SCHEMA_DIR
from schemas.migrations import load_migrations
from schemas.rows import LLM_EVENTS_COLUMNS, EventRow
from streams.alerting import StoreAlertState, StoreAlertWriter
from streams.store import Store, StoreExecutor

T0 = datetime(2026, 4, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def migrated(session_store: Store) -> Store:
    """One migrated database for this module (migrating takes seconds)."""
    store = Store(session_store.client, session_store.url, f"test_alerts_{os.getpid()}")
    store.migrate()
    return store


def signal(minute: int, state: str = "firing", app: str = "o'brien \\ co") -> AlertSignal:
    return AlertSignal.model_validate(
        {
            "kind": "response_drift",
            "segment": {"app": app, "model": "gpt-x", "prompt_version": "v2"},
            "state": state,
            "value": 0.42,
            "threshold": 0.2,
            "event_id": f"ev-{minute}",
            "timestamp": T0 + timedelta(minutes=minute),
            "detector": "mewma",
            "window_start": T0 + timedelta(minutes=minute - 10),
            "window_end": T0 + timedelta(minutes=minute),
            "n_events": 300,
        }
    )


def engine() -> AlertEngine:
    rule = Rule(name="response-drift", signal="response_drift", actions=("slack", "retrain", "reindex"))
    return AlertEngine([rule], links=LinkBuilder("https://grafana.example.com"))


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_published_messages_validate_against_their_json_schemas() -> None:
    e = engine()
    out = e.process([signal(0)])
    out.extend(e.process([signal(5, "ok")]))
    assert [a.state for a in out.alerts] == ["firing", "resolved"]
    for alert in out.alerts:
        validator("alert.v1.schema.json").validate(json.loads(alert.model_dump_json()))
    retrain, reindex = out.requests
    validator("retrain_request.v1.schema.json").validate(json.loads(retrain.model_dump_json()))
    validator("reindex_request.v1.schema.json").validate(json.loads(reindex.model_dump_json()))
    # the schemas reject what a consumer must not accept
    broken = {**json.loads(retrain.model_dump_json()), "statistic": "high"}
    assert not validator("retrain_request.v1.schema.json").is_valid(broken)
    missing = json.loads(reindex.model_dump_json())
    del missing["idempotency_key"]
    assert not validator("reindex_request.v1.schema.json").is_valid(missing)
    # consumers accept fields added later within version 1
    assert validator("alert.v1.schema.json").is_valid({**json.loads(out.alerts[0].model_dump_json()), "new": 1})
    assert Alert.model_validate_json(out.alerts[0].model_dump_json()) == out.alerts[0]


def seed_events(store: Store) -> None:
    rows = []
    for app, version, minute in [
        ("o'brien \\ co", "v2", -15),  # before the window
        ("o'brien \\ co", "v2", -10),  # window start (inclusive)
        ("o'brien \\ co", "v2", -3),
        ("o'brien \\ co", "v2", 0),  # window end (inclusive)
        ("o'brien \\ co", "v2", 1),  # after
        ("o'brien \\ co", "v1", -3),  # other prompt version
        ("obrien \\ co", "v2", -3),  # other app
    ]:
        event_id = f"{app[:6]}|{version}|{minute}"
        rows.append(
            EventRow(
                event_id=event_id,
                timestamp=T0 + timedelta(minutes=minute),
                app=app,
                model="gpt-x",
                prompt_version=version,
                prompt="p",
                response="r",
            ).as_tuple(LLM_EVENTS_COLUMNS)
        )
    store.insert("llm_events", rows, LLM_EVENTS_COLUMNS)


def test_request_queries_select_exactly_the_affected_events(migrated: Store) -> None:
    store = migrated
    seed_events(store)
    request = engine().process([signal(0)]).requests[0]
    query = events_query(store.database, request.segment, request.time_range)
    expected = ["o'brie|v2|-10", "o'brie|v2|-3", "o'brie|v2|0"]
    columns, rows = store.query(query.sql)
    assert [row[0] for row in rows] == expected
    assert columns[:3] == ["event_id", "timestamp", "app"]
    _, rows = store.query(query.parameterized_sql, parameters=query.parameters)
    assert [row[0] for row in rows] == expected


def test_event_query_rejects_a_bad_database_name() -> None:
    with pytest.raises(ValueError, match="invalid database name"):
        events_query("x; DROP TABLE y", Segment(app="a", model="m"), TimeRange(start=T0, end=T0))


async def test_migration_0003_is_idempotent_and_alert_rows_round_trip(migrated: Store) -> None:
    store = migrated
    _, applied = store.query(f"SELECT version FROM {store.database}.schema_migrations")
    assert (3,) in applied
    for statement in load_migrations()[2].statements(store.database):  # re-running changes nothing
        store.command(statement)
    _, described = store.query(f"DESCRIBE TABLE {store.database}.alerts")
    assert [row[0] for row in described] == list(ALERTS_COLUMNS)

    alert = engine().process([signal(0)]).alerts[0]
    pending = alert_row(alert, "pending", "n1")
    delivered = pending.with_delivery("delivered", attempts=2, notified_at=T0)
    assert delivered.created_at >= pending.created_at
    executor = StoreExecutor(store)
    try:
        writer = StoreAlertWriter(executor)
        await writer.write_alerts([pending])
        await writer.write_alerts([delivered])
    finally:
        executor._pool.shutdown()
    _, rows = store.query(
        f"SELECT alert_id, state, delivery_status, delivery_attempts, notification_id, started_at, window_start,"
        f" dashboard_url, payload FROM {store.database}.alerts FINAL"
    )
    assert len(rows) == 1
    alert_id, state, status, attempts, notification, started, window_start, url, payload = rows[0]
    assert (alert_id, state, status, attempts, notification) == (alert.alert_id, "firing", "delivered", 2, "n1")
    assert started.replace(tzinfo=UTC) == alert.started_at
    assert window_start.replace(tzinfo=UTC) == alert.window_start
    assert url.startswith("https://grafana.example.com/")
    assert Alert.model_validate_json(payload) == alert


async def test_alert_state_is_read_back_from_the_alerts_table(store: Store) -> None:
    """What a restarted worker reads: firing alerts, and recent firings (cooldown), per rule × segment."""
    store.migrate()
    e = engine()
    out = e.process([signal(-300, app="old"), signal(-290, "ok", app="old")])  # long over: not read back
    out.extend(e.process([signal(0, app="firing"), signal(0, app="over"), signal(10, "ok", app="over")]))
    rows = [alert_row(a, "pending") for a in out.alerts]
    rows += [r.with_delivery("delivered", attempts=1, notified_at=T0) for r in rows]  # FINAL keeps one
    executor = StoreExecutor(store)
    try:
        await StoreAlertWriter(executor).write_alerts(rows)
        records = await StoreAlertState(executor, horizon_seconds=1800).load()
    finally:
        executor._pool.shutdown()
    got = sorted((r.latest.segment.app, r.latest.state, r.last_fired_at) for r in records)
    assert got == [("firing", "firing", T0), ("over", "resolved", T0)]
    restarted = engine()
    assert restarted.restore(records) == 2
    assert [(s.app, alert_id) for _, s, alert_id in restarted.firing()] == [("firing", out.alerts[2].alert_id)]
    resolved = restarted.process([signal(20, "ok", app="firing")]).alerts
    assert [(a.state, a.alert_id) for a in resolved] == [("resolved", out.alerts[2].alert_id)]
