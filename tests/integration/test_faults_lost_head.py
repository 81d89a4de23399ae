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
from tests.integration.faults import declare, metric_sum, stored_counts, stored_rows_or_none
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


def test_a_hold_no_re_read_repairs_is_repaired_by_restarting_in_place(broker: EmbeddedBroker, tmp_path: Path) -> None:
    # The shape of fresh-clone CI in sessions 7-8: a held commit that re-reads never repair. Re-reads
    # are made to deliver nothing and the fetch watchdog is kept out of the way (600 s), so only the
    # guard's last resort is left: restart in place, which reads the partition again from the commit.
    env = WorkerEnv(
        broker.bootstrap,
        tmp_path / "dl",
        extra={
            "DRIFTLINE_FAULT_DROPPED_HEAD_PARTITION": str(PARTITION),
            "DRIFTLINE_FAULT_UNDELIVERED_REREADS": "true",
            "DRIFTLINE_COMMIT_HOLD_RESTART_SECONDS": "5",
            "DRIFTLINE_FETCH_STALL_SECONDS": "600",
            "DRIFTLINE_BATCH_MAX_EVENTS": "200",
            "DRIFTLINE_PII_PERSON": "false",
        },
    )
    declare(env)
    messages, valid = traffic(TOTAL, BAD, seed=52, run=env.name)
    publish_with_librdkafka(broker.bootstrap, env.events_topic, messages)
    worker = WorkerProcess(env, label="restart")
    try:
        log_text = lambda: worker.log_path.read_text(errors="replace")  # noqa: E731
        worker.wait_for(lambda: "restarting this process in place" in log_text(), 300, "the restart in place")
        worker.wait_for(lambda: stored_rows_or_none(env) >= valid, 300, f"{valid} rows")
        assert stored_counts(env) == (valid, valid)
        worker.wait_for(lambda: metric_sum(worker.metrics(), "driftline_consumer_lag") == 0, 120, "lag 0")
        dropped = DROPPED.search(log_text())
        assert dropped is not None
        assert f"the commit of {env.events_topic}[{PARTITION}] is still held at {dropped.group(1)}" in log_text()
        assert log_text().count("restarting this process in place") == 1
        print(f"\nheld commit at {dropped.group(1)} repaired by one restart in place; {valid} rows stored once")
    finally:
        assert worker.stop() == 0, worker.log_tail()
