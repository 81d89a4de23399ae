"""The producer helper never blocks or raises into the application, even with Kafka down."""

from __future__ import annotations

import asyncio

from schemas.settings import Settings
from streams.broker import free_port
from streams.producer import EventProducer, SyncEventProducer


def event(i: int) -> dict[str, object]:
    return {
        "schema_version": 1,
        "event_id": f"p-{i}",
        "timestamp": "2026-06-01T00:00:00Z",
        "app": "a",
        "model": "m",
        "prompt": "hi",
        "response": "hello",
    }


def dead_kafka() -> Settings:
    return Settings(kafka_bootstrap=f"127.0.0.1:{free_port()}")  # nothing listens there


async def test_full_buffer_drops_and_counts_instead_of_blocking() -> None:
    producer = EventProducer(dead_kafka(), max_buffer=10)
    await producer.start()
    accepted = [producer.emit(event(i)) for i in range(25)]
    assert accepted == [True] * 10 + [False] * 15
    assert producer.stats.dropped_full == 15 and producer.stats.emitted == 25
    assert await producer.flush(timeout_s=0.2) is False  # nothing can be sent
    await producer.stop(timeout_s=0.1)
    assert producer.stats.sent == 0
    assert producer.stats.dropped == 25  # unsent events at stop are counted, not silently lost


async def test_invalid_events_are_counted_not_raised() -> None:
    producer = EventProducer(dead_kafka())
    assert producer.emit({"schema_version": 1, "event_id": "x"}) is False
    assert producer.emit("not even a dict") is False  # type: ignore[arg-type]
    assert producer.stats.dropped_invalid == 2 and producer.pending() == 0


def test_sync_wrapper_returns_immediately_with_kafka_down() -> None:
    producer = SyncEventProducer(dead_kafka(), max_buffer=5)
    try:
        results = [producer.emit(event(i)) for i in range(8)]
        assert results.count(True) == 5 and producer.stats.dropped_full == 3
    finally:
        producer.close(timeout_s=0.1)
    assert producer.stats.dropped == 8


async def test_start_does_not_wait_for_kafka() -> None:
    producer = EventProducer(dead_kafka())
    await asyncio.wait_for(producer.start(), timeout=5)  # generous bound; it returns at once
    await producer.stop(timeout_s=0)
