"""Broker restart. The embedded Tansu broker keeps nothing across restarts (memory storage): a
restart is a new, empty cluster on the same address. The producer helper buffers and reconnects on
its own; stored rows survive. A worker cannot resume safely on the new cluster (measured, see
docs/reliability.md): the broker watch detects the reset so the worker stops instead of silently
running on stale offsets; restart broker and worker together (``driftline up``)."""

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


def batch(run: str, start: int) -> list[dict[str, object]]:
    rng = random.Random(start)
    return [valid_event(i, rng, run) for i in range(start, start + PHASE)]


def test_broker_watch_detects_a_restarted_embedded_broker(tmp_path: Path) -> None:
    port = free_port()
    broker = EmbeddedBroker(port=port, log_file=tmp_path / "broker.log").start()
    env = WorkerEnv(broker.bootstrap, tmp_path / "dl")
    resets: list[str] = []
    watch = BrokerWatch(env.settings(), on_reset=resets.append)
    try:
        assert asyncio.run(watch.check()) is False and watch.armed  # creates the sentinel
        assert asyncio.run(watch.check()) is False  # same broker: nothing to report
        broker.stop()
        assert asyncio.run(watch.check()) is False  # unreachable is not a reset
        broker = EmbeddedBroker(port=port, log_file=tmp_path / "broker.log").start()
        declare(env)  # the input topics re-created (as producers would): still detected
        assert asyncio.run(watch.check()) is True
        assert len(resets) == 1 and "lost its state" in resets[0]
    finally:
        broker.stop()


def test_broker_restart_producer_reconnects_and_stored_rows_survive(tmp_path: Path) -> None:
    """What holds across an embedded-broker restart: the producer helper buffers and reconnects by
    itself (nothing dropped, the application never blocks) and every stored row stays stored once.
    What does not: a worker resuming on the new, empty broker (docs/reliability.md)."""
    port = free_port()
    broker = EmbeddedBroker(port=port, log_file=tmp_path / "broker.log").start()
    env = WorkerEnv(broker.bootstrap, tmp_path / "dl", extra={"DRIFTLINE_PII_PERSON": "false"})
    declare(env)
    worker = WorkerProcess(env, label="before")
    producer = SyncEventProducer(env.settings())
    try:
        for event in batch(env.name, 0):
            producer.emit(event)
        assert producer.flush(60)
        worker.wait_for(lambda: worker.rows_written() >= PHASE, 240, "phase 1 rows")

        broker.stop()  # topics, offsets, the consumer group: all gone
        worker.kill()  # restarted with the broker (a worker cannot resume on the new cluster)
        stopped_at = time.monotonic()
        for event in batch(env.name, PHASE):  # the application keeps emitting while the broker is down
            assert producer.emit(event)
        time.sleep(3)
        assert producer.stats.sent == PHASE and producer.stats.dropped == 0  # buffered, not dropped
        broker = EmbeddedBroker(port=port, log_file=tmp_path / "broker.log").start()
        back_at = time.monotonic()
        assert producer.flush(120), f"the producer did not reconnect: {producer.stats}"
        assert producer.stats.sent == 2 * PHASE and producer.stats.dropped == 0
        print(
            f"\nbroker restart: down {back_at - stopped_at:.1f}s; the producer delivered its {PHASE} buffered "
            f"events {time.monotonic() - back_at:.1f}s after the broker was back, dropped 0"
        )
    finally:
        try:
            producer.close()
            worker.kill()
        finally:
            broker.stop()
    assert stored_counts(env) == (PHASE, PHASE)  # stored before the restart: still there, once
