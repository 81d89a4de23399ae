"""The alert dispatcher: rows, topic messages and Slack hand-off, with in-memory doubles and a local Slack stub."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from detectors.alerting import AlertEngine, AlertingConfig, Rule
from schemas.alerts import AlertSignal
from streams.alerting import AlertDispatcher, AlertTopics, MemoryAlertWriter, MemoryPublisher, alerts_jsonl
from streams.broker import free_port
from streams.metrics import Metrics
from streams.sink import RetryPolicy
from streams.slack import SlackNotifier, WebhookTransport
from tests.unit.test_slack_notifier import Reply, SlackStub

T0 = datetime(2026, 5, 1, tzinfo=UTC)
FAST = RetryPolicy(0.001, 0.002)
TOPICS = AlertTopics("t.alerts", "t.retrain", "t.reindex")


def sig(minute: int, state: str = "firing", kind: str = "prompt_drift", app: str = "chat") -> AlertSignal:
    return AlertSignal.model_validate(
        {
            "kind": kind,
            "segment": {"app": app, "model": "m", "prompt_version": "v1"},
            "state": state,
            "value": 0.5,
            "threshold": 0.2,
            "event_id": f"{app}-{minute}",
            "timestamp": T0 + timedelta(minutes=minute),
            "detector": "mmd",
            "window_start": T0,
            "window_end": T0 + timedelta(minutes=minute),
            "n_events": 80,
        }
    )


def engine() -> AlertEngine:
    return AlertEngine(
        AlertingConfig(
            rules=(
                Rule(name="prompt", signal="prompt_drift", actions=("slack", "reindex")),
                Rule(name="latency", signal="latency_drift", actions=("retrain",)),
            ),
            group_window=300,
        )
    )


@pytest.fixture
def stub() -> Iterator[SlackStub]:
    server = SlackStub()
    yield server
    server.close()


class Collecting:
    def __init__(self) -> None:
        self.submitted: list[object] = []

    def submit(self, notification: object) -> bool:
        self.submitted.append(notification)
        return True


async def test_dispatch_records_publishes_and_hands_off() -> None:
    writer, publisher, notifier, metrics = MemoryAlertWriter(), MemoryPublisher(), Collecting(), Metrics()
    dispatcher = AlertDispatcher(writer, publisher, notifier, topics=TOPICS, metrics=metrics, policy=FAST)
    e = engine()
    out = e.process([sig(0), sig(0, kind="latency_drift"), sig(1), sig(2, "ok")])
    report = await dispatcher.dispatch(out)
    assert (report.rows_written, report.alerts_published, report.notifications_submitted) == (3, 3, 2)
    assert report.requests_published == {"t.reindex": 1, "t.retrain": 1}
    statuses = [(r.rule, r.state, r.delivery_status) for r in writer.rows]
    assert statuses == [
        ("prompt", "firing", "pending"),
        ("latency", "firing", "not_requested"),
        ("prompt", "resolved", "pending"),
    ]
    assert all(r.notification_id for r in writer.rows if r.delivery_status == "pending")
    keys = [key for key, _ in publisher.messages["t.alerts"]]
    assert keys == [a.alert_id.encode() for a in out.alerts]  # firing and resolution share a partition
    assert [m["state"] for m in publisher.json("t.alerts")] == ["firing", "firing", "resolved"]
    [(key, value)] = publisher.messages["t.reindex"]
    assert key == b'["chat","m","v1"]' and json.loads(value)["request_type"] == "reindex"
    assert json.loads(publisher.messages["t.retrain"][0][1])["signal"] == "latency_drift"
    assert metrics.value("driftline_alerts_total", {"kind": "prompt_drift"}) == 1
    assert metrics.value("driftline_alerts_total", {"kind": "latency_drift"}) == 1
    assert len(alerts_jsonl(out.alerts).splitlines()) == 3


async def test_writes_and_publishes_are_retried_until_they_succeed() -> None:
    writer, publisher = MemoryAlertWriter(), MemoryPublisher()
    writer.fail_next, publisher.fail_next = 3, 4
    dispatcher = AlertDispatcher(writer, publisher, None, topics=TOPICS, policy=FAST)
    out = engine().process([sig(0)])
    await dispatcher.dispatch(out)
    assert [r.delivery_status for r in writer.rows] == ["disabled"]  # no Slack configured
    assert len(publisher.messages["t.alerts"]) == 1 and len(publisher.messages["t.reindex"]) == 1


async def test_transient_alerts_are_recorded_as_skipped() -> None:
    writer = MemoryAlertWriter()
    dispatcher = AlertDispatcher(writer, MemoryPublisher(), Collecting(), topics=TOPICS, policy=FAST)
    e = engine()
    await dispatcher.dispatch(e.process([sig(0, app="a"), sig(1, app="b")]))
    await dispatcher.dispatch(e.process([sig(2, "ok", app="b")], watermark=T0 + timedelta(hours=1)))
    latest = {(r.app, r.state): r.delivery_status for r in writer.latest().values()}
    assert latest == {("a", "firing"): "pending", ("b", "firing"): "skipped", ("b", "resolved"): "skipped"}


async def test_end_to_end_with_slack_delivery_status_written_back(stub: SlackStub) -> None:
    writer, publisher = MemoryAlertWriter(), MemoryPublisher()
    dispatcher = AlertDispatcher(writer, publisher, None, topics=TOPICS, policy=FAST)
    notifier = SlackNotifier(
        WebhookTransport(stub.base + "/services/x", sleep=lambda s: None), on_result=dispatcher.record_delivery
    )
    dispatcher.notifier = notifier
    await notifier.start()
    e = engine()
    signals = [sig(m) for m in range(30)] + [sig(m, "ok") for m in range(30, 40)]
    await dispatcher.dispatch(e.process(signals))
    await notifier.drain()
    await notifier.close()
    assert len(stub.requests) == 2  # one firing message, one resolution, for 30 firing signals
    latest = writer.latest()
    assert {(state, row.delivery_status, row.delivery_attempts) for (_, state), row in latest.items()} == {
        ("firing", "delivered", 1),
        ("resolved", "delivered", 1),
    }
    assert all(row.notified_at is not None for row in latest.values())


async def test_slack_down_never_loses_the_alert(stub: SlackStub) -> None:
    writer, publisher = MemoryAlertWriter(), MemoryPublisher()
    dispatcher = AlertDispatcher(writer, publisher, None, topics=TOPICS, policy=FAST)
    dead = WebhookTransport(f"http://127.0.0.1:{free_port()}/services/x", max_retries=2, sleep=lambda s: None)
    notifier = SlackNotifier(dead, on_result=dispatcher.record_delivery)
    dispatcher.notifier = notifier
    await notifier.start()
    await dispatcher.dispatch(engine().process([sig(0)]))
    await notifier.drain()
    await notifier.close()
    [row] = writer.latest().values()
    assert row.delivery_status == "failed" and row.delivery_attempts == 3 and "refused" in row.delivery_error.lower()
    assert len(publisher.messages["t.alerts"]) == 1  # the alert itself is on the topic regardless


async def test_rate_limited_slack_is_recorded_with_the_reason(stub: SlackStub) -> None:
    stub.replies.extend([Reply(429, "rate_limited", {"Retry-After": "1"})] * 3)
    writer = MemoryAlertWriter()
    dispatcher = AlertDispatcher(writer, MemoryPublisher(), None, topics=TOPICS, policy=FAST)
    notifier = SlackNotifier(
        WebhookTransport(stub.base + "/services/x", max_retries=2, sleep=lambda s: None),
        on_result=dispatcher.record_delivery,
    )
    dispatcher.notifier = notifier
    await notifier.start()
    await dispatcher.dispatch(engine().process([sig(0)]))
    await notifier.drain()
    await notifier.close()
    [row] = writer.latest().values()
    assert (row.delivery_status, row.delivery_error, row.delivery_attempts) == ("failed", "HTTP 429: rate_limited", 3)
