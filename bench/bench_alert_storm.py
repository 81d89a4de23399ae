"""Alert storm on the real stack: N segments whose prompts drift at the same moment.

A real `driftline worker` (embedded Tansu broker, chdb, default alert rules; the detectors' reference
is each segment's first 500 events) consumes N segments of ``--reference`` technical questions
each, then ``--drift`` cooking questions each (every segment
switches at the same event time), then ``--tail`` technical questions (so event time passes the
grouping window). Slack is a local HTTP server that records what it receives. Prints the number
of Slack messages (and how many alerts each carries), ``alerts`` rows, ``llm.alerts`` messages and
re-index requests.

    .venv/bin/python bench/bench_alert_storm.py --segments 100

Events are 1 s apart per segment in event time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, TopicPartition

from streams.broker import EmbeddedBroker
from streams.kafka import ensure_topics
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.test_alerting_e2e import COOKING, DISHES, OCCASIONS
from tests.integration.test_drift_alerts_e2e import CONTEXTS, THINGS, VERBS
from tests.unit.test_slack_notifier import SlackStub

START = datetime(2026, 9, 1, tzinfo=UTC)


def events(segments: int, reference: int, drift: int, tail: int) -> list[dict[str, object]]:
    """``reference`` stable events per segment, then ``drift`` drifted ones, then ``tail`` stable ones."""
    rng = random.Random(11)
    out = []
    for i in range(reference + drift + tail):
        when = (START + timedelta(seconds=i)).isoformat().replace("+00:00", "Z")
        drifting = reference <= i < reference + drift
        for s in range(segments):
            if drifting:
                prompt = f"How should I {rng.choice(COOKING)} {rng.choice(DISHES)} {rng.choice(OCCASIONS)}?"
            else:
                prompt = f"How should I {rng.choice(VERBS)} {rng.choice(THINGS)} {rng.choice(CONTEXTS)}?"
            out.append(
                {
                    "schema_version": 1,
                    "event_id": f"s{s:03d}-{i}",
                    "timestamp": when,
                    "app": f"app-{s:03d}",
                    "model": "m1",
                    "prompt_version": "v1",
                    "prompt": prompt,
                    "response": f"Start by checking {rng.choice(THINGS)}, then {rng.choice(VERBS)} it.",
                    "latency_ms": round(rng.lognormvariate(6.0, 0.25), 1),
                    "prompt_tokens": rng.randrange(20, 60),
                    "completion_tokens": rng.randrange(80, 200),
                }
            )
    return out


def drift_caught_up(env: WorkerEnv, last: datetime) -> bool:
    """True once drift ticks near the end of the stream are stored for every segment."""
    rows = env.query(
        "SELECT uniqExact(app) AS n FROM driftline.drift_metrics "
        f"WHERE tick_time >= toDateTime64('{last:%Y-%m-%d %H:%M:%S}', 3, 'UTC')"
    )
    time.sleep(5)
    return bool(rows) and int(rows[0]["n"]) >= env_segments(env)


def env_segments(env: WorkerEnv) -> int:
    return int(env.extra["BENCH_SEGMENTS"])


def count_topic(bootstrap: str, topic: str, partitions: int) -> int:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": f"count-{time.monotonic_ns()}"})
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions)])
    n, quiet = 0, time.monotonic()
    while time.monotonic() - quiet < 8:
        message = consumer.poll(0.5)
        if message is not None and not message.error():
            n, quiet = n + 1, time.monotonic()
    consumer.close()
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100)
    parser.add_argument("--reference", type=int, default=800, help="stable events before the drift")
    parser.add_argument("--drift", type=int, default=200)
    parser.add_argument("--tail", type=int, default=400)
    args = parser.parse_args()
    docs = events(args.segments, args.reference, args.drift, args.tail)
    slack = SlackStub()
    with tempfile.TemporaryDirectory() as tmp, EmbeddedBroker(port=0) as broker:
        env = WorkerEnv(
            broker.bootstrap,
            Path(tmp) / "dl",
            extra={
                "DRIFTLINE_DRIFT_REFERENCE_EVENTS": "500",  # the detectors' reference: the first 500
                "DRIFTLINE_PII_PERSON": "false",
                "DRIFTLINE_SLACK_WEBHOOK_URL": slack.base + "/services/T/B/x",
                "BENCH_SEGMENTS": str(args.segments),
            },
        )
        asyncio.run(ensure_topics(env.settings()))
        producer = Producer({"bootstrap.servers": broker.bootstrap, "linger.ms": 50})
        for doc in docs:
            while True:
                try:
                    producer.produce(env.events_topic, json.dumps(doc).encode(), key=str(doc["event_id"]).encode())
                    break
                except BufferError:
                    producer.poll(0.05)
        producer.flush(120)
        worker = WorkerProcess(env)
        started = time.monotonic()
        try:
            worker.wait_for(lambda: worker.rows_written() >= len(docs), 3600, "all rows")
            elapsed = time.monotonic() - started
            last = START + timedelta(seconds=args.reference + args.drift + args.tail - 30)
            worker.wait_for(lambda: drift_caught_up(env, last), 3600, "the drift agent to catch up")
            drift_elapsed = time.monotonic() - started
            time.sleep(15)  # Slack trails the drift agent
        finally:
            worker.stop()
        rows = env.query("SELECT state, delivery_status, count() AS n FROM driftline.alerts FINAL GROUP BY ALL")
        settings = env.settings()
        alerts_msgs = count_topic(broker.bootstrap, settings.topic_alerts, settings.topic_partitions)
        reindex = count_topic(broker.bootstrap, settings.topic_reindex, settings.topic_partitions)
    slack.close()
    sizes = []
    for request in slack.requests:
        header = request.body["blocks"][0]["text"]["text"]
        sizes.append(header)
    print(f"load average: {os.getloadavg()}")
    print(f"{args.segments} segments x {len(docs) // args.segments} events; worker stored all in {elapsed:.0f}s,")
    print(f"  drift agent caught up after {drift_elapsed:.0f}s")
    print(f"alerts rows (FINAL) by state/delivery: {[(r['state'], r['delivery_status'], r['n']) for r in rows]}")
    print(f"llm.alerts messages: {alerts_msgs}; re-index requests: {reindex}")
    print(f"Slack messages: {len(slack.requests)}")
    for header, n in Counter(sizes).items():
        print(f"  {n} x {header}")


if __name__ == "__main__":
    main()
