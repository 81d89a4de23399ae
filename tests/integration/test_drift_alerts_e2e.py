"""Drift and alerting end to end in a real worker: a latency shift in one segment produces
drift_metrics ticks, exactly one firing alert for that rule × segment (not one per event),
the alert on the alerts topic, and nothing for the stable segment's latency."""

from __future__ import annotations

import json
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, TopicPartition

from streams.broker import EmbeddedBroker
from streams.testing import WorkerEnv, WorkerProcess

pytestmark = pytest.mark.integration

VERBS = ["configure", "debug", "deploy", "profile", "migrate", "test", "document", "refactor", "secure", "monitor"]
THINGS = [
    "the cache",
    "a cron job",
    "the login page",
    "our billing export",
    "the search index",
    "a webhook",
    "the mobile app",
    "the data pipeline",
    "an API client",
    "the CI runner",
    "a Postgres replica",
    "the CDN",
]
CONTEXTS = [
    "in Python",
    "on Kubernetes",
    "with Terraform",
    "for a small team",
    "before Friday",
    "without downtime",
    "on a budget",
    "behind a proxy",
    "for EU customers",
    "in TypeScript",
]


def event(i: int, segment: str, when: datetime, latency: float, rng: random.Random) -> dict[str, object]:
    prompt = f"How should I {rng.choice(VERBS)} {rng.choice(THINGS)} {rng.choice(CONTEXTS)}?"
    return {
        "schema_version": 1,
        "event_id": f"{segment}-{i}",
        "timestamp": when.isoformat().replace("+00:00", "Z"),
        "app": segment,
        "model": "m1",
        "prompt_version": "v1",
        "prompt": prompt,
        "response": f"Start by checking {rng.choice(THINGS)}, then {rng.choice(VERBS)} it {rng.choice(CONTEXTS)}.",
        "latency_ms": round(latency, 1),
        "prompt_tokens": rng.randrange(20, 60),
        "completion_tokens": rng.randrange(80, 200),
    }


def test_latency_shift_raises_one_alert_for_its_segment(broker: EmbeddedBroker, tmp_path: Path) -> None:
    env = WorkerEnv(
        broker.bootstrap,
        tmp_path / "dl",
        extra={"DRIFTLINE_DRIFT_REFERENCE_EVENTS": "500", "DRIFTLINE_PII_PERSON": "false"},
    )
    import asyncio

    from streams.kafka import ensure_topics

    asyncio.run(ensure_topics(env.settings()))
    rng = random.Random(7)
    start = datetime(2026, 8, 1, tzinfo=UTC)
    producer = Producer({"bootstrap.servers": broker.bootstrap, "linger.ms": 20})
    per_segment, shift_at = 1400, 800
    for i in range(per_segment):
        when = start + timedelta(milliseconds=200 * i)
        for segment in ("shifty", "steady"):
            base = rng.lognormvariate(6.0, 0.25)
            latency = base * 10 if segment == "shifty" and i >= shift_at else base
            doc = event(i, segment, when, latency, rng)
            producer.produce(env.events_topic, json.dumps(doc).encode(), key=str(doc["event_id"]).encode())
    assert producer.flush(60) == 0

    worker = WorkerProcess(env)
    try:
        worker.wait_for(lambda: worker.rows_written() >= 2 * per_segment, 400, "all rows")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            rows = env.query("SELECT count() AS n FROM driftline.alerts WHERE kind = 'latency_drift'")
            if rows and int(rows[0]["n"]) > 0:
                break
            time.sleep(1)
        time.sleep(3)  # let any (wrong) extra alerts land before counting
        ticks = env.query(
            "SELECT app, countDistinct(signal) AS signals, count() AS n FROM driftline.drift_metrics GROUP BY app"
        )
        alerts = env.query(
            "SELECT app, state, event_id FROM driftline.alerts FINAL WHERE kind = 'latency_drift' ORDER BY app"
        )
    finally:
        assert worker.stop() == 0, worker.log_tail()

    assert {row["app"] for row in ticks} == {"shifty", "steady"}
    assert all(int(row["n"]) > 0 and int(row["signals"]) >= 6 for row in ticks)
    firing = [a for a in alerts if a["state"] == "firing"]
    assert [a["app"] for a in firing] == ["shifty"], alerts
    fired_at = int(str(firing[0]["event_id"]).split("-")[1])
    assert shift_at <= fired_at <= shift_at + 60, f"latency alert at event {fired_at}, shift at {shift_at}"

    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "alerts-reader"})
    consumer.assign([TopicPartition(env.settings().topic_alerts, p, OFFSET_BEGINNING) for p in range(4)])
    published = []
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        message = consumer.poll(0.5)
        if message is not None and not message.error():
            published.append(json.loads(message.value()))
    consumer.close()
    latency_alerts = [a for a in published if a["kind"] == "latency_drift" and a["state"] == "firing"]
    assert [a["segment"]["app"] for a in latency_alerts] == ["shifty"]
