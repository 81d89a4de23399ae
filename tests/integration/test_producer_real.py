"""The producer helper against the real embedded broker, read back by librdkafka."""

from __future__ import annotations

import asyncio
import json
import time
import uuid

import pytest
from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

from schemas.settings import Settings
from streams.broker import EmbeddedBroker
from streams.kafka import ensure_topics
from streams.producer import EventProducer, SyncEventProducer

pytestmark = pytest.mark.integration


def settings_for(broker: EmbeddedBroker) -> Settings:
    name = uuid.uuid4().hex[:8]
    return Settings(
        kafka_bootstrap=broker.bootstrap,
        topic_events=f"prod-{name}.events",
        topic_dlq=f"prod-{name}.dlq",
        topic_alerts=f"prod-{name}.alerts",
        topic_retrain=f"prod-{name}.retrain",
        topic_reindex=f"prod-{name}.reindex",
    )


def consume(bootstrap: str, topic: str, expected: int) -> list[dict[str, object]]:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": f"r-{topic}", "auto.offset.reset": "earliest"})
    # assign partitions directly: no consumer-group join to wait for
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(4)])
    out: list[dict[str, object]] = []
    deadline = time.monotonic() + 60
    try:
        while len(out) < expected and time.monotonic() < deadline:
            message = consumer.poll(0.5)
            if message is not None and not message.error():
                out.append(json.loads(message.value()))
    finally:
        consumer.close()
    return out


def event(i: int) -> dict[str, object]:
    return {
        "schema_version": 1,
        "event_id": f"p-{i}",
        "timestamp": "2026-06-01T00:00:00+02:00",
        "app": "a",
        "model": "m",
        "prompt": "hi",
        "response": "hello",
        "custom": {"kept": True},
    }


def test_sync_producer_delivers_every_event_intact(broker: EmbeddedBroker) -> None:
    settings = settings_for(broker)
    asyncio.run(ensure_topics(settings))
    with SyncEventProducer(settings, batch_size=100) as producer:
        assert all(producer.emit(event(i)) for i in range(1000))
        assert producer.flush(60)
        assert producer.stats.sent == 1000 and producer.stats.dropped == 0
    received = consume(broker.bootstrap, settings.topic_events, 1000)
    assert sorted(int(str(e["event_id"])[2:]) for e in received) == list(range(1000))
    assert received[0]["custom"] == {"kept": True} and received[0]["timestamp"] == "2026-06-01T00:00:00+02:00"


async def test_async_producer_recovers_when_the_broker_appears_late() -> None:
    with EmbeddedBroker(port=0) as late_broker:
        port = late_broker.port
    settings = settings_for(EmbeddedBroker(port=port))  # broker down now, same address later
    producer = EventProducer(settings)
    await producer.start()
    for i in range(50):
        assert producer.emit(event(i))
    await asyncio.sleep(1.0)
    assert producer.stats.sent == 0
    with EmbeddedBroker(port=port) as broker:
        await ensure_topics(settings)
        assert await producer.flush(60)
        await producer.stop()
        assert producer.stats.sent == 50
        assert len(await asyncio.to_thread(consume, broker.bootstrap, settings.topic_events, 50)) == 50
