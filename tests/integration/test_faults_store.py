"""ClickHouse unavailable for ~30 s in the middle of a stream (embedded engine: every store call
fails, injected with the ``fault_store_file`` setting): the worker stops consuming and backs off,
the outage and the growing lag are visible in /metrics and /health, and once the store is back
every event is stored exactly once."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.events import traffic
from tests.integration.faults import declare, health, metric, metric_sum, stored_counts
from tests.integration.test_pipeline_e2e import publish_with_librdkafka

pytestmark = pytest.mark.integration

TOTAL, BAD, OUTAGE_S = 6_000, 60, 30.0


def test_store_outage_mid_stream_loses_nothing_and_duplicates_nothing(broker: EmbeddedBroker, tmp_path: Path) -> None:
    fault = tmp_path / "store-down"
    env = WorkerEnv(
        broker.bootstrap,
        tmp_path / "dl",
        extra={
            "DRIFTLINE_FAULT_STORE_FILE": str(fault),
            "DRIFTLINE_BATCH_MAX_EVENTS": "200",
            "DRIFTLINE_RETRY_INITIAL_SECONDS": "0.2",
            "DRIFTLINE_RETRY_MAX_SECONDS": "2",
            "DRIFTLINE_PII_PERSON": "false",
        },
    )
    declare(env)
    messages, valid = traffic(TOTAL, BAD, seed=21, run=env.name)
    first, second = messages[: TOTAL // 2], messages[TOTAL // 2 :]
    publish_with_librdkafka(broker.bootstrap, env.events_topic, first)

    worker = WorkerProcess(env, label="outage")
    try:
        worker.wait_for(lambda: worker.rows_written() >= 400, 240, "the first stored batches")
        fault.touch()  # ClickHouse goes away
        down_at = time.monotonic()
        worker.wait_for(lambda: metric(worker.metrics(), "driftline_store_up") == 0.0, 60, "store_up 0")
        publish_with_librdkafka(broker.bootstrap, env.events_topic, second)  # traffic keeps arriving

        # Hold the outage; meanwhile the worker must not move past the batch it is stuck on.
        stuck_consumed = metric(worker.metrics(), "driftline_events_consumed_total")
        worker.wait_for(
            lambda: (metric_sum(worker.metrics(), "driftline_consumer_lag") or 0) > 0, 60, "consumer lag > 0"
        )
        while time.monotonic() - down_at < OUTAGE_S:
            time.sleep(1)
        during = worker.metrics()
        status, doc = health(worker.web)
        assert (status, doc["status"], doc["store"]["up"]) == (503, "degraded", False)
        assert metric(during, "driftline_store_up") == 0.0
        assert (metric(during, "driftline_store_failures_total", table="llm_events") or 0) >= 3
        assert metric(during, "driftline_events_consumed_total") == stuck_consumed, "kept consuming while down"
        lag_during = metric_sum(during, "driftline_consumer_lag")
        assert lag_during >= len(second) - 2 * 200, f"lag {lag_during} while {len(second)} events arrived"
        stored_during = int(metric(during, "driftline_rows_written_total", table="llm_events") or 0)

        fault.unlink()  # ClickHouse is back
        back_at = time.monotonic()
        worker.wait_for(lambda: metric(worker.metrics(), "driftline_store_up") == 1.0, 60, "store_up 1")
        resumed_s = time.monotonic() - back_at
        worker.wait_for(lambda: worker.rows_written() >= valid, 300, f"{valid} rows after the outage")
        drained_s = time.monotonic() - back_at
        worker.wait_for(lambda: metric_sum(worker.metrics(), "driftline_consumer_lag") == 0, 60, "the lag back to 0")
        assert stored_counts(env) == (valid, valid)
        after = worker.metrics()
        assert metric(after, "driftline_rows_written_total", table="llm_events") == valid
        assert metric(after, "driftline_events_consumed_total") == TOTAL
        assert metric_sum(after, "driftline_dlq_total") == BAD
        print(
            f"\nstore outage: {OUTAGE_S:.0f}s down, {stored_during} rows stored before it, "
            f"lag during {lag_during:.0f}, "
            f"writes resumed {resumed_s:.1f}s and backlog stored {drained_s:.1f}s after recovery; "
            f"in {TOTAL}, rows {valid}, dlq {BAD}, duplicates 0"
        )
    finally:
        fault.unlink(missing_ok=True)
        assert worker.stop() == 0, worker.log_tail()
    assert stored_counts(env) == (valid, valid)
