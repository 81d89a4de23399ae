"""Broker restart. The embedded Tansu broker keeps nothing across restarts (memory storage): a
restart is a new, empty cluster on the same address. The producer helper buffers and reconnects on
its own; a running worker sees the new cluster (its cluster id changed), refuses to commit its stale
positions there, and restarts itself in place; the fresh process reads the re-created topic from
the start and the idempotent sink stores every event exactly once (docs/reliability.md)."""

from __future__ import annotations

import asyncio
import random
import time
from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker, free_port
from streams.broker_watch import BrokerWatch
from streams.producer import SyncEventProducer
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.events import valid_event
from tests.integration.faults import declare, stored_counts

pytestmark = pytest.mark.integration

PHASE = 1_000
RESTART_MARK = "restarting this process in place"


def batch(run: str, start: int, size: int = PHASE) -> list[dict[str, object]]:
    rng = random.Random(start)
    return [valid_event(i, rng, run) for i in range(start, start + size)]


def test_broker_watch_detects_a_restarted_embedded_broker(tmp_path: Path) -> None:
    port = free_port()
    broker = EmbeddedBroker(port=port, log_file=tmp_path / "broker.log").start()
    env = WorkerEnv(broker.bootstrap, tmp_path / "dl")
    resets: list[str] = []
    watch = BrokerWatch(env.settings(), on_reset=resets.append)

    async def same_cluster() -> bool:
        try:
            return await watch.same_cluster()
        finally:
            await watch.close()

    try:
        assert asyncio.run(watch.check()) is False and watch.armed  # records the cluster id, creates the sentinel
        assert asyncio.run(watch.check()) is False  # same broker: nothing to report
        assert asyncio.run(same_cluster()) is True  # commits allowed
        broker.stop()
        assert asyncio.run(watch.check()) is False  # unreachable is not a reset
        assert asyncio.run(same_cluster()) is False and not resets  # but no commit while unreachable
        broker = EmbeddedBroker(port=port, log_file=tmp_path / "broker.log").start()
        declare(env)  # the input topics re-created (as `driftline broker` does): still detected
        assert asyncio.run(same_cluster()) is False  # the commit guard sees the new cluster id
        assert len(resets) == 1 and "lost its state" in resets[0]
        assert asyncio.run(watch.check()) is True and len(resets) == 1  # reported once
    finally:
        broker.stop()


def test_worker_recovers_on_its_own_from_a_broker_restart(tmp_path: Path) -> None:
    """1,000 events stored; the broker stops; 500 events emitted while it is down, 500 after it is
    back (empty, same port). The worker is never restarted by the test: 2,000 rows, 2,000 distinct."""
    port = free_port()
    broker = EmbeddedBroker(port=port, log_file=tmp_path / "broker.log").start()
    env = WorkerEnv(broker.bootstrap, tmp_path / "dl", extra={"DRIFTLINE_PII_PERSON": "false"})
    declare(env)
    worker = WorkerProcess(env, label="worker")
    producer = SyncEventProducer(env.settings())
    try:
        for event in batch(env.name, 0):
            producer.emit(event)
        assert producer.flush(60)
        worker.wait_for(lambda: worker.rows_written() >= PHASE, 240, "phase 1 rows")
        pid = worker.process.pid

        broker.stop()  # topics, offsets, the consumer group: all gone
        stopped_at = time.monotonic()
        for event in batch(env.name, PHASE, PHASE // 2):  # the application keeps emitting while it is down
            assert producer.emit(event)
        time.sleep(3)
        assert producer.stats.sent == PHASE and producer.stats.dropped == 0  # buffered, not dropped
        broker = EmbeddedBroker(port=port, log_file=tmp_path / "broker.log").start()
        declare(env)  # what `driftline broker` does at start
        back_at = time.monotonic()
        for event in batch(env.name, PHASE + PHASE // 2, PHASE // 2):
            assert producer.emit(event)

        worker.wait_for(lambda: RESTART_MARK in worker.log_path.read_text(errors="replace"), 120, "the restart")
        restarted_at = time.monotonic()
        worker.wait_for(lambda: worker.rows_written() > 0, 180, "the first new row")
        first_row_at = time.monotonic()
        assert producer.flush(180), f"the producer did not reconnect: {producer.stats}"
        flushed_at = time.monotonic()
        assert producer.stats.sent == 2 * PHASE and producer.stats.dropped == 0
        # The store, not /health: rows_written counts this incarnation only, and the incarnation that
        # noticed the new cluster may already have stored a few new rows before it re-executed itself
        # (one CI run: 30 rows before, 970 after; the store held all 2,000).
        worker.wait_for(lambda: stored_counts(env)[1] >= 2 * PHASE, 180, "every new row in the store")
        all_rows_at = time.monotonic()
        assert worker.process.pid == pid and worker.process.poll() is None  # restarted in place, by itself
        counts = stored_counts(env)
        print(
            f"\nbroker restart: down {back_at - stopped_at:.1f}s; after it was back: worker restarted itself "
            f"{restarted_at - back_at:.1f}s, first new row {first_row_at - back_at:.1f}s, producer delivered "
            f"its buffer {flushed_at - back_at:.1f}s, all {PHASE} new rows {all_rows_at - back_at:.1f}s; "
            f"stored {counts}"
        )
    finally:
        try:
            producer.close()
            worker.stop()
        finally:
            broker.stop()
    assert counts == (2 * PHASE, 2 * PHASE)
    log = worker.log_path.read_text(errors="replace")
    assert log.count(RESTART_MARK) == 1, worker.log_tail()
