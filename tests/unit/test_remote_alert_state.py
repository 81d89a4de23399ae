"""Sink mode: a topic-mode worker restores its alert state through the sink's /query endpoint."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from schemas.alert_rows import alert_row
from schemas.errors import StoreError
from schemas.settings import Settings
from streams import remote_alert_state
from streams.alerting import StoreAlertState, StoreAlertWriter
from streams.remote_alert_state import RemoteAlertState
from streams.store import Store, StoreExecutor
from streams.web import json_value
from tests.unit.test_alert_store import T0, engine, signal


def settings(tmp_path: Path, database: str) -> Settings:
    return Settings(data_dir=tmp_path, sink_mode="topic", clickhouse_database=database)


async def test_the_state_read_through_query_equals_the_state_read_from_the_store(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.migrate()
    e = engine()
    out = e.process([signal(-300, app="old"), signal(-290, "ok", app="old")])
    out.extend(e.process([signal(0, app="firing"), signal(0, app="over"), signal(10, "ok", app="over")]))
    executor = StoreExecutor(store)
    try:
        await StoreAlertWriter(executor).write_alerts([alert_row(a, "pending") for a in out.alerts])
        direct = await StoreAlertState(executor, horizon_seconds=1800).load()
    finally:
        executor._pool.shutdown()

    queries: list[str] = []

    def sink_query(_: Settings, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """What the sink's /query answers: the rows as JSON values, over HTTP."""
        queries.append(sql)
        columns, rows = store.query(sql)
        body = json.loads(json.dumps({"columns": columns, "rows": [[json_value(v) for v in r] for r in rows]}))
        return body["columns"], [tuple(row) for row in body["rows"]]

    monkeypatch.setattr(remote_alert_state, "owning_worker", lambda _: {"pid": 1, "web": "http://127.0.0.1:1"})
    monkeypatch.setattr(remote_alert_state, "run_query", sink_query)
    remote = await RemoteAlertState(settings(tmp_path, store.database), horizon_seconds=1800).load()

    assert f"{store.database}.alerts" in queries[0] and "toIntervalSecond(1800)" in queries[0]
    got = sorted((r.latest.segment.app, r.latest.state, r.last_fired_at) for r in remote)
    assert got == [("firing", "firing", T0), ("over", "resolved", T0)]
    assert sorted(remote, key=lambda r: r.latest.alert_id) == sorted(direct, key=lambda r: r.latest.alert_id)
    assert engine().restore(remote) == 2


async def test_no_sink_yet_is_an_error_to_retry_and_the_store_is_never_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_run(*_: object) -> None:
        raise AssertionError("opening the embedded store here would lock the sink out")

    monkeypatch.setattr(remote_alert_state, "run_query", must_not_run)
    with pytest.raises(StoreError, match="no sink process"):
        await RemoteAlertState(settings(tmp_path, "driftline"), horizon_seconds=60).load()


def test_a_topic_mode_alert_stage_gets_the_remote_state(tmp_path: Path) -> None:
    import faust

    from streams.alert_stage import AlertStage
    from streams.metrics import Metrics

    class NoStoreWriter:
        async def write_alerts(self, rows: object) -> None: ...

    stage = AlertStage(settings(tmp_path, "driftline"), faust.App("t"), NoStoreWriter(), Metrics())
    assert isinstance(stage.state, RemoteAlertState)
