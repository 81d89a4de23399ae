"""An input partition silently left out of the fetch (the liveness fault seen twice in CI, injected
with the ``fault_unfetched_partition`` setting) is noticed by the fetch watchdog, logged with its
fetch state, re-activated, and every event is still stored exactly once."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.events import traffic
from tests.integration.faults import declare, health, metric, stored_counts
from tests.integration.test_pipeline_e2e import publish_with_librdkafka

pytestmark = pytest.mark.integration

TOTAL, BAD, UNFETCHED = 2_000, 20, 2
WARNING = "input partition made no progress"


def test_a_partition_left_out_of_the_fetch_is_reactivated_and_nothing_is_lost(
    broker: EmbeddedBroker, tmp_path: Path
) -> None:
    env = WorkerEnv(
        broker.bootstrap,
        tmp_path / "dl",
        extra={
            "DRIFTLINE_FAULT_UNFETCHED_PARTITION": str(UNFETCHED),
            "DRIFTLINE_FETCH_STALL_SECONDS": "3",
            "DRIFTLINE_BATCH_MAX_EVENTS": "200",
            "DRIFTLINE_PII_PERSON": "false",
        },
    )
    declare(env)
    messages, valid = traffic(TOTAL, BAD, seed=31, run=env.name)
    worker = WorkerProcess(env, label="stall")
    try:
        log_text = lambda: worker.log_path.read_text(errors="replace")  # noqa: E731
        worker.wait_for(lambda: "fault injection: input partition" in log_text(), 180, "the injected fault")
        publish_with_librdkafka(broker.bootstrap, env.events_topic, messages)
        worker.wait_for(lambda: worker.rows_written() >= valid, 300, f"{valid} rows")
        assert stored_counts(env) == (valid, valid)

        warnings = [line for line in log_text().splitlines() if WARNING in line]
        assert warnings, "the watchdog never reported the partition it had to re-activate"
        assert f"[{UNFETCHED}] committed" in warnings[0], warnings[0]
        assert "faust active False" in warnings[0], warnings[0]  # the state names the cause
        _, doc = health(worker.web)
        assert doc["fetch_stalls"] >= 1 and f"[{UNFETCHED}]" in doc["last_fetch_stall"], doc
        assert (metric(worker.metrics(), "driftline_fetch_stalls_total", topic=env.events_topic) or 0) >= 1
        print(f"\nfetch stall: {len(warnings)} watchdog warning(s); first: {warnings[0].split(' - ')[-1][:300]}")
    finally:
        worker.stop()
