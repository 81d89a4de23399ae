"""A hostile batch through a real worker: every rejected message is on the DLQ with its reason
(exact count), every accepted one is stored, and the worker keeps running and consuming."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from confluent_kafka import Producer

from schemas.event import parse_event
from schemas.settings import Settings
from streams.broker import EmbeddedBroker
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.faults import declare, metric, metric_sum, stored_counts
from tests.integration.test_pipeline_e2e import read_dlq
from tests.unit.test_fuzz_event import CASES, doc

pytestmark = pytest.mark.integration


def worker_outcome(raw: bytes, gate: str) -> str:
    """What a worker does with a message the gate (``parse_event``) gives ``gate`` for."""
    if gate != "accepted":
        return gate
    ahead = parse_event(raw).timestamp - datetime.now(UTC)
    return "future_timestamp" if ahead > timedelta(seconds=Settings().max_future_skew_seconds) else gate


def test_hostile_batch_through_a_real_worker(broker: EmbeddedBroker, tmp_path: Path) -> None:
    env = WorkerEnv(broker.bootstrap, tmp_path / "dl", extra={"DRIFTLINE_PII_PERSON": "false"})
    declare(env)
    # the gate's outcome, except that the worker also dead-letters far-future timestamps (year 2299)
    hostile = [(name, raw, worker_outcome(raw, expected)) for name, raw, expected in CASES]
    assert Counter(expected for *_, expected in hostile)["future_timestamp"] == 1
    followers = [doc(event_id=f"after-{i}", prompt=f"normal traffic {i}") for i in range(50)]
    producer = Producer({"bootstrap.servers": broker.bootstrap, "message.max.bytes": 10_000_000})
    for i, (_, raw, _) in enumerate(hostile):
        producer.produce(env.events_topic, raw, key=f"hostile-{i}".encode())
    for raw in followers:  # the worker must still be consuming after the hostile batch
        producer.produce(env.events_topic, raw, key=b"after")
    assert producer.flush(60) == 0

    rejected = Counter(expected for _, _, expected in hostile if expected != "accepted")
    accepted_ids = {json.loads(raw).get("event_id") for _, raw, expected in hostile if expected == "accepted"}
    total = len(hostile) + len(followers)
    worker = WorkerProcess(env, label="hostile")
    try:
        worker.wait_for(
            lambda: metric(worker.metrics(), "driftline_events_consumed_total") == total, 240, "every message"
        )
        worker.wait_for(lambda: stored_counts(env)[1] == len(accepted_ids) + len(followers), 60, "the rows")
        metrics = worker.metrics()
        assert worker.health() is not None and worker.health()["status"] == "ok"  # type: ignore[index]
        assert metric_sum(metrics, "driftline_dlq_total") == sum(rejected.values())
        for reason, count in rejected.items():
            assert metric(metrics, "driftline_dlq_total", reason=reason) == count, reason
        assert stored_counts(env) == (len(accepted_ids) + len(followers),) * 2
    finally:
        assert worker.stop() == 0, worker.log_tail()

    letters = read_dlq(broker.bootstrap, env.dlq_topic, sum(rejected.values()))
    assert Counter(str(letter["reason"]) for letter in letters) == rejected
    assert all(len(json.dumps(letter)) < 100_000 for letter in letters)  # capped, even for the 2 MB one


def test_produce_skips_bad_lines_by_number_and_publishes_the_rest(broker: EmbeddedBroker, tmp_path: Path) -> None:
    from tests.integration.test_security_e2e import topic_text
    from tests.unit.test_fuzz_cli import hostile_file, reported

    env = WorkerEnv(broker.bootstrap, tmp_path / "dl")
    path, bad, good = hostile_file(tmp_path / "events.jsonl")
    done = env.cli("produce", str(path), "--skip-invalid")
    assert done.returncode == 0, done.stderr
    assert reported(done.stderr, path) == bad
    assert f"published {len(good)} event(s)" in done.stdout and f"skipped {len(bad)}" in done.stdout
    published = [line for line in topic_text(broker.bootstrap, env.events_topic).split("\n") if line]
    assert len(published) == len(good)
