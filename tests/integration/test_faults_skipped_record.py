"""A record skipped on the client side (the loss seen once after a SIGKILL restart: offset 900 of
partition 3 never stored while the commit moved past it), injected with the
``fault_skipped_record_partition`` setting, is noticed by the gap guard, which holds the commit
there and reads it again: every event is stored exactly once and the log names the skipped offset.

The fetch watchdog is kept out of the way (``fetch_stall_seconds`` 600): the injection pauses the
partition while caught up, which the watchdog may take for a stall and undo (one CI run: records
fetched just before the pause were dropped by Faust, the commit stayed behind, the watchdog
re-activated the partition after 3 s, and the injected skip never came). The guard repairs both
shapes on its own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.events import traffic
from tests.integration.faults import declare, health, metric, metric_sum, stored_counts
from tests.integration.test_pipeline_e2e import publish_with_librdkafka

pytestmark = pytest.mark.integration

FIRST, TOTAL, BAD, SKIPPED_PARTITION = 1_000, 2_000, 20, 1
SKIP = re.compile(r"fault injection: record (\d+) of (\S+)\[(\d+)\] skipped")
GAP = "consumer skipped offsets {offset}..{offset} of {topic}[{partition}]"


def test_a_record_skipped_by_the_consumer_is_read_again(broker: EmbeddedBroker, tmp_path: Path) -> None:
    env = WorkerEnv(
        broker.bootstrap,
        tmp_path / "dl",
        extra={
            "DRIFTLINE_FAULT_SKIPPED_RECORD_PARTITION": str(SKIPPED_PARTITION),
            "DRIFTLINE_FETCH_STALL_SECONDS": "600",
            "DRIFTLINE_COMMIT_GUARD": "true",
            "DRIFTLINE_BATCH_MAX_EVENTS": "200",
            "DRIFTLINE_PII_PERSON": "false",
        },
    )
    declare(env)
    messages, valid = traffic(TOTAL, BAD, seed=41, run=env.name)
    valid_first = sum(1 for key, _ in messages[:FIRST] if b"-bad-" not in key)
    publish_with_librdkafka(broker.bootstrap, env.events_topic, messages[:FIRST])
    worker = WorkerProcess(env, label="gap")
    try:
        log_text = lambda: worker.log_path.read_text(errors="replace")  # noqa: E731
        worker.wait_for(lambda: worker.rows_written() >= valid_first, 240, "the first part stored")
        worker.wait_for(lambda: "fault injection: " in log_text(), 60, "the partition paused, caught up")
        publish_with_librdkafka(broker.bootstrap, env.events_topic, messages[FIRST:])
        worker.wait_for(lambda: SKIP.search(log_text()) is not None, 60, "the injected skip")
        worker.wait_for(lambda: worker.rows_written() >= valid, 300, f"{valid} rows")
        assert stored_counts(env) == (valid, valid)
        # the commit gets past the re-read records too (acknowledged twice, committed once)
        worker.wait_for(lambda: metric_sum(worker.metrics(), "driftline_consumer_lag") == 0, 60, "the lag back to 0")

        skipped = SKIP.search(log_text())
        assert skipped is not None
        offset, topic, partition = skipped.groups()
        assert int(partition) == SKIPPED_PARTITION
        stored = env.query(
            "SELECT count() AS n FROM driftline.llm_events "
            f"WHERE source_partition = {int(partition)} AND source_offset = {int(offset)}"
        )
        assert int(stored[0]["n"]) == 1, f"the skipped record (offset {offset}) was not stored"
        assert GAP.format(offset=offset, topic=topic, partition=partition) in log_text()
        _, doc = health(worker.web)
        assert doc["offset_gaps"] >= 1, doc
        assert (metric(worker.metrics(), "driftline_offset_gaps_total", topic=env.events_topic) or 0) >= 1
        print(f"\nskipped record: offset {offset} of partition {partition} read again; {valid} rows, {valid} distinct")
    finally:
        worker.stop()
