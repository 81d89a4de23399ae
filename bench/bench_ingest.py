"""Ingest throughput on the real stack: embedded Tansu broker → driftline worker → chdb.

For each run: publish N events to fresh topics with librdkafka, then
  * baseline — a bare aiokafka consumer reads and JSON-decodes all N (the client/broker ceiling);
  * driftline — a real `driftline worker` process consumes, validates, enriches (if detectors are
    wired), stores and acks; timed from its first consumed event to its last stored row, polled
    on /health every 50 ms (worker start-up and model loading excluded).
Prints the median events/s of each over the runs and the ratio driftline / baseline.

    .venv/bin/python bench/bench_ingest.py --events 20000 --runs 3

The machine is shared and noisy: compare medians, run several times.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiokafka import AIOKafkaConsumer, TopicPartition
from confluent_kafka import Producer

from schemas.settings import Settings
from streams.broker import EmbeddedBroker
from streams.kafka import ensure_topics
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.events import traffic


def publish(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]]) -> None:
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 20})
    for key, value in messages:
        while True:
            try:
                producer.produce(topic, value=value, key=key)
                break
            except BufferError:
                producer.poll(0.05)
    producer.flush(120)


async def baseline(bootstrap: str, topic: str, n: int) -> float:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest")
    await consumer.start()
    consumer.assign([TopicPartition(topic, p) for p in range(4)])
    await consumer.seek_to_beginning()
    seen = 0
    started = None
    try:
        while seen < n:
            batches = await consumer.getmany(timeout_ms=500, max_records=5000)
            for records in batches.values():
                if started is None:
                    started = time.perf_counter()
                for record in records:
                    with contextlib.suppress(ValueError):
                        json.loads(record.value)
                seen += len(records)
    finally:
        await consumer.stop()
    assert started is not None
    return n / (time.perf_counter() - started)


def driftline_run(env: WorkerEnv, n_valid: int, n_total: int) -> float:
    worker = WorkerProcess(env, label="bench")
    try:
        worker.wait_for(lambda: worker.health() is not None, 300, "worker start")
        first = None
        while True:
            health = worker.health() or {}
            consumed = int(health.get("events_consumed", 0))
            if consumed and first is None:
                first = time.perf_counter()
            if int(health.get("rows_written", 0)) >= n_valid and consumed >= n_total:
                done = time.perf_counter()
                break
            if worker.process.poll() is not None:
                raise RuntimeError(worker.log_tail())
            time.sleep(0.05)
        assert first is not None
        return n_total / (done - first)
    finally:
        worker.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra DRIFTLINE_* setting for the worker, e.g. --set PII_PERSON=false",
    )
    args = parser.parse_args()
    base_rates, drift_rates = [], []
    with tempfile.TemporaryDirectory() as tmp, EmbeddedBroker(port=0) as broker:
        for run in range(args.runs):
            extra = {f"DRIFTLINE_{k.upper()}": v for k, v in (item.split("=", 1) for item in args.set)}
            env = WorkerEnv(broker.bootstrap, Path(tmp) / f"run{run}", extra=extra)
            settings = Settings(
                kafka_bootstrap=broker.bootstrap,
                **{
                    k.removeprefix("DRIFTLINE_").lower(): v
                    for k, v in env.variables().items()
                    if k.startswith("DRIFTLINE_TOPIC")
                },
            )
            asyncio.run(ensure_topics(settings))
            messages, valid = traffic(args.events, max(1, args.events // 100), seed=run, run=env.name)
            publish(broker.bootstrap, env.events_topic, messages)
            base_rates.append(asyncio.run(baseline(broker.bootstrap, env.events_topic, args.events)))
            drift_rates.append(driftline_run(env, valid, args.events))
            print(f"run {run}: baseline {base_rates[-1]:,.0f} ev/s   driftline {drift_rates[-1]:,.0f} ev/s", flush=True)
    base, drift = statistics.median(base_rates), statistics.median(drift_rates)
    print(f"\nmedian over {args.runs} runs of {args.events:,} events (1% malformed), settings {args.set or 'default'}:")
    print(f"  baseline (aiokafka consume + json.loads): {base:,.0f} events/s")
    print(f"  driftline worker (validate, enrich, store, ack): {drift:,.0f} events/s")
    print(f"  ratio driftline / baseline: {drift / base:.2f}")


if __name__ == "__main__":
    main()
