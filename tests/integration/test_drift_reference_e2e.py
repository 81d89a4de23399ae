"""``driftline reference pin|reset`` against a real worker: the CLI reads a baseline from the store
(through the worker's /query), sends it on the features topic, and the drift agent that owns the
segment refits on it; ``reset`` makes the segment warm up again (its next ticks say so)."""

from __future__ import annotations

import json
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from confluent_kafka import Producer

from streams.broker import EmbeddedBroker
from streams.testing import WorkerEnv, WorkerProcess

pytestmark = pytest.mark.integration

TOPICS = ["the cache", "a cron job", "the login page", "the search index", "a webhook", "the CDN", "the CI runner"]
START = datetime(2026, 9, 1, tzinfo=UTC)


def _event(i: int, rng: random.Random) -> dict[str, object]:
    when = START + timedelta(milliseconds=200 * i)
    return {
        "schema_version": 1,
        "event_id": f"pin-{i}",
        "timestamp": when.isoformat().replace("+00:00", "Z"),
        "app": "pinned-app",
        "model": "m1",
        "prompt_version": "v1",
        "prompt": f"How do I debug {rng.choice(TOPICS)} number {rng.randrange(1000)}?",
        "response": f"Start by checking {rng.choice(TOPICS)} and its logs.",
        "latency_ms": round(rng.lognormvariate(6.0, 0.25), 1),
        "prompt_tokens": rng.randrange(20, 60),
        "completion_tokens": rng.randrange(80, 200),
    }


def _produce(env: WorkerEnv, broker: EmbeddedBroker, first: int, last: int, rng: random.Random) -> None:
    producer = Producer({"bootstrap.servers": broker.bootstrap, "linger.ms": 20})
    for i in range(first, last):
        doc = _event(i, rng)
        producer.produce(env.events_topic, json.dumps(doc).encode(), key=str(doc["event_id"]).encode())
    assert producer.flush(60) == 0


def test_reference_pin_and_reset_from_the_cli(broker: EmbeddedBroker, tmp_path: Path) -> None:
    env = WorkerEnv(
        broker.bootstrap,
        tmp_path / "dl",
        extra={
            "DRIFTLINE_DRIFT_REFERENCE_EVENTS": "500",
            "DRIFTLINE_PII_PERSON": "false",
            "DRIFTLINE_DRIFT_TICK_SECONDS": "10",
        },
    )
    import asyncio

    from streams.kafka import ensure_topics

    asyncio.run(ensure_topics(env.settings()))
    rng = random.Random(3)
    _produce(env, broker, 0, 900, rng)
    worker = WorkerProcess(env)
    try:
        worker.wait_for(lambda: worker.rows_written() >= 900, 400, "the first 900 rows")
        segment = ["--app", "pinned-app", "--model", "m1", "--prompt-version", "v1"]
        to = (START + timedelta(milliseconds=200 * 800)).isoformat()
        done = env.cli("reference", "pin", *segment, "--from", START.isoformat(), "--to", to)
        assert done.returncode == 0, done.stderr
        assert "pin sent" in done.stdout and "of 800 stored events" in done.stdout, done.stdout
        worker.wait_for(lambda: "reference pinned to" in worker.log_tail(200), 60, "the pin to be applied")

        done = env.cli("reference", "reset", *segment)
        assert done.returncode == 0, done.stderr
        worker.wait_for(lambda: "reference reset" in worker.log_tail(200), 60, "the reset to be applied")

        _produce(env, broker, 900, 1300, rng)  # 80 s of event time after the reset
        worker.wait_for(lambda: worker.rows_written() >= 1300, 300, "the last rows")
        cutoff = (START + timedelta(milliseconds=200 * 1000)).strftime("%Y-%m-%d %H:%M:%S")
        deadline = time.monotonic() + 60
        statuses: list[dict[str, object]] = []
        while time.monotonic() < deadline:
            statuses = env.query(
                "SELECT DISTINCT status FROM driftline.drift_metrics "
                f"WHERE signal = 'latency_drift' AND window_start >= toDateTime64('{cutoff}', 3, 'UTC')"
            )
            if statuses:
                break
            time.sleep(1)
        before = env.query(
            "SELECT DISTINCT status FROM driftline.drift_metrics WHERE signal = 'latency_drift' "
            f"AND window_end <= toDateTime64('{START.strftime('%Y-%m-%d %H:%M:%S')}', 3, 'UTC') + INTERVAL 170 SECOND"
        )
        nothing_else = env.cli("reference", "reset", "--app", "x", "--model", "y")  # unknown segment: harmless
    finally:
        assert worker.stop() == 0, worker.log_tail()

    assert {row["status"] for row in statuses} == {"warming_up"}, statuses
    assert "ok" in {row["status"] for row in before}, before  # fitted (warm-up of 500) before the reset
    assert nothing_else.returncode == 0, nothing_else.stderr
