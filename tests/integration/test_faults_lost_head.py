"""A record lost right at the committed offset (the loss seen twice after a SIGKILL restart: the
first record fetched after the restart's seek sat in the stream queue Faust clears on resume),
injected with ``fault_dropped_head_partition``: Faust's own commit check lets exactly one such
record through (``min(acked) - committed > 1``), so without the gap guard it is committed and
lost. With it the commit waits at the record, the fetch watchdog reads the partition again from
there, and every event is stored exactly once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.events import traffic
from tests.integration.faults import declare, metric_sum, stored_counts
from tests.integration.test_pipeline_e2e import publish_with_librdkafka

pytestmark = pytest.mark.integration

TOTAL, BAD, PARTITION = 2_000, 20, 2
DROPPED = re.compile(r"fault injection: message (\d+) of \S+ dropped unacknowledged")


def test_a_record_lost_at_the_committed_offset_is_read_again(broker: EmbeddedBroker, tmp_path: Path) -> None:
    env = WorkerEnv(
        broker.bootstrap,
        tmp_path / "dl",
        extra={
            "DRIFTLINE_FAULT_DROPPED_HEAD_PARTITION": str(PARTITION),
            "DRIFTLINE_FETCH_STALL_SECONDS": "3",
            "DRIFTLINE_COMMIT_GUARD": "true",
            "DRIFTLINE_BATCH_MAX_EVENTS": "200",
            "DRIFTLINE_PII_PERSON": "false",
        },
    )
    declare(env)
    messages, valid = traffic(TOTAL, BAD, seed=51, run=env.name)
    publish_with_librdkafka(broker.bootstrap, env.events_topic, messages)
    worker = WorkerProcess(env, label="head")
    try:
        log_text = lambda: worker.log_path.read_text(errors="replace")  # noqa: E731
        worker.wait_for(lambda: DROPPED.search(log_text()) is not None, 240, "the injected loss")
        worker.wait_for(lambda: worker.rows_written() >= valid, 300, f"{valid} rows")
        assert stored_counts(env) == (valid, valid)
        try:
            worker.wait_for(lambda: metric_sum(worker.metrics(), "driftline_consumer_lag") == 0, 60, "lag 0")
        except AssertionError as stuck:
            lags = [line for line in worker.metrics().splitlines() if line.startswith("driftline_consumer_lag")]
            raise AssertionError(f"the commit did not catch up: {lags}") from stuck
        dropped = DROPPED.search(log_text())
        assert dropped is not None
        offset = int(dropped.group(1))
        # the commit was held at the lost record, and the guard read it again from there
        assert f"commit of {env.events_topic}[{PARTITION}] held at {offset}:" in log_text()
        assert f"re-reading {env.events_topic}[{PARTITION}] from offset {offset} (held commit)" in log_text()
        print(f"\nlost head record: offset {offset} of partition {PARTITION} read again; {valid} rows stored once")
    finally:
        worker.stop()
