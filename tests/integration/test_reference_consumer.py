"""Alerts to downstream consumers on the real embedded broker: dispatcher → topics → reference consumer."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from detectors.alerting import AlertEngine, AlertingConfig, Rule
from schemas.alerts import AlertSignal, ReindexRequest, RetrainRequest
from schemas.settings import Settings
from streams.alerting import AlertDispatcher, AlertTopics, KafkaPublisher, MemoryAlertWriter, segment_message_key
from streams.broker import EmbeddedBroker
from streams.kafka import ensure_topics
from streams.reference_consumer import FileIdempotencyStore, ReferenceConsumer, parse_message
from streams.sink import RetryPolicy
from streams.slack import SlackNotifier, WebhookTransport
from tests.unit.test_slack_notifier import SlackStub

T0 = datetime(2026, 6, 1, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]


def settings_for(broker: EmbeddedBroker) -> Settings:
    name = uuid.uuid4().hex[:8]
    return Settings(
        kafka_bootstrap=broker.bootstrap,
        topic_events=f"rc-{name}.events",
        topic_dlq=f"rc-{name}.dlq",
        topic_alerts=f"rc-{name}.alerts",
        topic_retrain=f"rc-{name}.retrain",
        topic_reindex=f"rc-{name}.reindex",
    )


def sig(minute: int, state: str = "firing", app: str = "support") -> AlertSignal:
    return AlertSignal.model_validate(
        {
            "kind": "prompt_drift",
            "segment": {"app": app, "model": "gpt-x", "prompt_version": "v7"},
            "state": state,
            "value": 0.31,
            "threshold": 0.12,
            "event_id": f"{app}-{minute}",
            "timestamp": T0 + timedelta(minutes=minute),
            "detector": "mmd",
            "window_start": T0 - timedelta(minutes=30),
            "window_end": T0 + timedelta(minutes=minute),
            "n_events": 500,
        }
    )


def engine() -> AlertEngine:
    rule = Rule(name="prompt-drift", signal="prompt_drift", actions=("slack", "retrain", "reindex"))
    return AlertEngine(AlertingConfig(rules=(rule,)))


pytestmark = pytest.mark.integration


async def test_requests_reach_the_reference_consumer_once_each(broker: EmbeddedBroker, tmp_path: Path) -> None:
    settings = settings_for(broker)
    await ensure_topics(settings)
    topics = AlertTopics.from_settings(settings)
    e = engine()
    output = e.process([sig(m) for m in range(20)] + [sig(m, "ok") for m in range(20, 25)])
    assert [a.state for a in output.alerts] == ["firing", "resolved"] and len(output.requests) == 2

    slack = SlackStub()
    writer = MemoryAlertWriter()
    try:
        async with KafkaPublisher(settings) as publisher:
            dispatcher = AlertDispatcher(writer, publisher, None, topics=topics, policy=RetryPolicy(0.1, 1))
            notifier = SlackNotifier(WebhookTransport(slack.base + "/services/x"), on_result=dispatcher.record_delivery)
            dispatcher.notifier = notifier
            await notifier.start()
            report = await dispatcher.dispatch(output)
            await notifier.close()
    finally:
        slack.close()
    assert report.requests_published == {settings.topic_retrain: 1, settings.topic_reindex: 1}
    assert [r.body["blocks"][0]["text"]["text"][:20] for r in slack.requests] == [
        ":large_orange_circle",
        ":white_check_mark: R",
    ]
    assert {row.delivery_status for row in writer.latest().values()} == {"delivered"}
    async with KafkaPublisher(settings) as publisher:
        retrain = output.requests[0]
        key = segment_message_key(retrain.segment)
        await publisher.publish(settings.topic_retrain, key, retrain.model_dump_json().encode())  # redelivery
        await publisher.publish(settings.topic_retrain, key, b"not json")
        await publisher.publish(settings.topic_retrain, key, b'{"schema_version": 1, "request_type": "retrain"}')

    handled: list[RetrainRequest | ReindexRequest] = []

    def handler(message: object) -> None:
        assert isinstance(message, RetrainRequest | ReindexRequest)
        handled.append(message)

    group = f"downstream-{uuid.uuid4().hex[:6]}"
    state_file = tmp_path / "keys.txt"
    consumer = ReferenceConsumer(
        [settings.topic_retrain, settings.topic_reindex],
        handler,
        settings=settings,
        group_id=group,
        idempotency=FileIdempotencyStore(state_file),
    )
    async with consumer:
        stats = await asyncio.wait_for(consumer.run(max_messages=5), timeout=90)
    assert (stats.handled, stats.duplicates, stats.invalid) == (2, 1, 2)
    assert sorted(type(m).__name__ for m in handled) == ["ReindexRequest", "RetrainRequest"]
    got = next(m for m in handled if isinstance(m, RetrainRequest))
    assert got == retrain  # everything a downstream pipeline needs, intact
    assert got.query.sql.startswith("SELECT event_id") and got.segment.app == "support"
    assert sorted(state_file.read_text().split()) == sorted(m.idempotency_key for m in handled)

    # A later request; the command-line consumer in the same group gets only that one: offsets were committed.
    later = e.process([sig(90, app="billing")]).requests[0]
    async with KafkaPublisher(settings) as publisher:
        await publisher.publish(settings.topic_retrain, b"k", later.model_dump_json().encode())
    done = await asyncio.to_thread(
        subprocess.run,
        [
            sys.executable,
            "-m",
            "streams.reference_consumer",
            "--topic",
            settings.topic_retrain,
            "--topic",
            settings.topic_reindex,
            "--bootstrap",
            broker.bootstrap,
            "--group",
            group,
            "--max-messages",
            "1",
        ],
        cwd=REPO,
        env={**os.environ, "DRIFTLINE_LOG_LEVEL": "INFO"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert lines == [
        {
            "type": "retrain",
            "idempotency_key": later.idempotency_key,
            "alert_id": later.alert_id,
            "segment": {"app": "billing", "model": "gpt-x", "prompt_version": "v7"},
            "signal": "prompt_drift",
            "statistic": 0.31,
            "threshold": 0.12,
            "sql": later.query.sql,
        }
    ]


async def test_a_failing_handler_is_retried_and_a_replayed_key_is_skipped(tmp_path: Path) -> None:
    request = engine().process([sig(0)]).requests[0]
    calls: list[str] = []

    async def flaky(message: object) -> None:
        calls.append("call")
        if len(calls) < 3:
            raise RuntimeError("downstream pipeline busy")

    store = FileIdempotencyStore(tmp_path / "keys.txt")
    consumer = ReferenceConsumer(["x"], flaky, idempotency=store, retry=RetryPolicy(0.001, 0.002))
    assert await consumer.handle(request.model_dump_json().encode()) == "handled"
    assert len(calls) == 3 and consumer.stats.handler_failures == 2
    # a restarted consumer (same state file) skips it
    again = ReferenceConsumer(["x"], flaky, idempotency=FileIdempotencyStore(tmp_path / "keys.txt"))
    assert await again.handle(request.model_dump_json().encode()) == "duplicate"

    def broken(message: object) -> None:
        raise RuntimeError("always fails")

    giving_up = ReferenceConsumer(["x"], broken, retry=RetryPolicy(0.001, 0.002), max_handler_attempts=2)
    assert await giving_up.handle(request.model_dump_json().encode()) == "failed"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"\xff", "not JSON"),
        (b"[1]", "expected a JSON object"),
        (b'{"schema_version": 2}', "unsupported schema_version 2"),
        (b'{"schema_version": 1, "request_type": "delete"}', "unknown request_type 'delete'"),
        (b'{"schema_version": 1, "request_type": "reindex"}', "reindex_request.v1.schema.json: (root): 'request_id'"),
    ],
)
def test_invalid_messages_are_named(value: bytes, reason: str) -> None:
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse_message(value)


def test_alerts_parse_too() -> None:
    alert = engine().process([sig(0)]).alerts[0]
    assert parse_message(alert.model_dump_json().encode()) == alert
