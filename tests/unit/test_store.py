"""The store and the sink against the real embedded ClickHouse engine (chdb)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from schemas.rows import EventRow
from streams.metrics import Metrics
from streams.sink import ClickHouseSink, RetryPolicy
from streams.store import Store, StoreExecutor


def rows(ids: list[str]) -> list[EventRow]:
    start = datetime(2026, 5, 1, tzinfo=UTC)
    return [
        EventRow(event_id=i, timestamp=start + timedelta(seconds=n), app="a", model="m", prompt="p", latency_ms=1.5)
        for n, i in enumerate(ids)
    ]


def test_migrations_apply_once_and_create_the_contract_tables(store: Store) -> None:
    from schemas.migrations import load_migrations

    assert store.migrate() == [m.version for m in load_migrations()]
    assert store.migrate() == []
    _, tables = store.query(f"SHOW TABLES FROM {store.database}")
    assert {"llm_events", "drift_metrics", "alerts", "schema_migrations"} <= {t[0] for t in tables}


async def test_sink_is_idempotent_across_batches_and_replays(store: Store) -> None:
    store.migrate()
    executor = StoreExecutor(store)
    metrics = Metrics()
    sink = ClickHouseSink(executor, metrics, RetryPolicy(0.01, 0.05))
    assert await sink.write_events(rows(["a", "b", "c"])) == ["a", "b", "c"]
    assert await sink.write_events(rows(["c", "b", "d", "d"])) == ["d"]
    _, result = store.query(f"SELECT count(), uniqExact(event_id) FROM {store.database}.llm_events")
    assert result == [(4, 4)]
    assert metrics.value("driftline_duplicates_skipped_total") == 3
    executor._pool.shutdown()


async def test_sink_retries_while_the_table_is_missing(store: Store) -> None:
    import asyncio

    store.command(f"CREATE DATABASE IF NOT EXISTS {store.database}")
    executor = StoreExecutor(store)
    metrics = Metrics()
    sink = ClickHouseSink(executor, metrics, RetryPolicy(0.02, 0.05))
    write = asyncio.create_task(sink.write_events(rows(["x"])))
    failures = {"table": "llm_events"}
    for _ in range(3000):  # wait (bounded) until at least two attempts have failed
        if metrics.value("driftline_store_failures_total", failures) >= 2:
            break
        await asyncio.sleep(0.01)
    assert metrics.value("driftline_store_failures_total", failures) >= 2
    assert not write.done(), "the write must keep retrying, not give up or raise"
    assert metrics.value("driftline_store_up") == 0
    store.migrate()
    assert await asyncio.wait_for(write, 10) == ["x"]
    assert metrics.value("driftline_store_up") == 1
    executor._pool.shutdown()
