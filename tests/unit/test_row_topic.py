"""Topic mode of the sink: the rows-topic codec, the workers' publishing sink, and the sink
process core (stores rows idempotently, forwards features of new events only)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from detectors.drift.features import EventFeatures
from schemas.alert_rows import ALERTS_COLUMNS, AlertRow
from schemas.rows import DRIFT_METRICS_COLUMNS, LLM_EVENTS_COLUMNS, DriftMetricRow, EventRow
from streams.alerting import MemoryAlertWriter
from streams.features_codec import decode_features, encode_features, segment_bytes
from streams.metrics import Metrics
from streams.row_topic import (
    RowMessage,
    TopicFeatureForwarder,
    TopicRowSink,
    decode_message,
    encode_features_message,
    encode_rows,
)
from streams.sink import MemorySink, RetryPolicy
from streams.sink_process import RowStorer

T0 = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
SEGMENT = ("a", "m", "v1")
FAST = RetryPolicy(0.001, 0.005)


class Recorder:
    """RowPublisher double; ``fail_next`` makes the next N publishes raise."""

    def __init__(self, fail_next: int = 0) -> None:
        self.messages: list[tuple[bytes, bytes]] = []
        self.fail_next = fail_next

    async def publish(self, messages: Sequence[tuple[bytes, bytes]]) -> None:
        if self.fail_next:
            self.fail_next -= 1
            raise ConnectionError("broker down (injected)")
        self.messages.extend(messages)


def rows(ids: Sequence[str], app: str = "a") -> list[EventRow]:
    return [
        EventRow(i, T0, app, "m", prompt_version="v1", latency_ms=12.5, metadata={"k": "v"}, prompt_embedding=[1, -2])
        for i in ids
    ]


def features(ids: Sequence[str]) -> bytes:
    base = EventFeatures.synthetic(len(ids), dim=4)
    chosen = EventFeatures(**{**{f: getattr(base, f) for f in base.__dataclass_fields__}, "event_ids": tuple(ids)})
    return encode_features(SEGMENT, chosen)


def test_every_row_type_survives_the_codec() -> None:
    drift = DriftMetricRow(T0, "a", "m", "v1", "latency_drift", "score", 1.5, 3.0, "ok", T0, T0, 10, 500)
    alert = AlertRow("x1", "pii", "pii", "critical", "firing", "a", "m", "", "e1", T0, 0.2, 0.1, "msg", ["slack"])
    for table, row in (("llm_events", rows(["e1"])[0]), ("drift_metrics", drift), ("alerts", alert)):
        message = decode_message(encode_rows(table, [row]))
        assert isinstance(message, RowMessage)
        columns = {"llm_events": LLM_EVENTS_COLUMNS, "drift_metrics": DRIFT_METRICS_COLUMNS, "alerts": ALERTS_COLUMNS}
        assert message.table == table  # what the store receives is unchanged
        assert [r.as_tuple(columns[table]) for r in message.rows] == [row.as_tuple(columns[table])]


@pytest.mark.parametrize("data", [b"", b"Xjunk", b"Rnot-zlib"])
def test_foreign_messages_are_rejected(data: bytes) -> None:
    with pytest.raises(ValueError):
        decode_message(data)


async def test_topic_sink_publishes_rows_by_segment_and_returns_every_id() -> None:
    publisher, metrics = Recorder(fail_next=2), Metrics()
    sink = TopicRowSink(publisher, metrics, FAST, features_follow=True)
    batch = [*rows(["e1", "e2"]), *rows(["e3"], app="b"), rows(["e1"])[0]]
    assert await sink.write_events(batch) == ["e1", "e2", "e3"]
    assert sorted(key for key, _ in publisher.messages) == sorted(
        [segment_bytes(SEGMENT), segment_bytes(("b", "m", "v1"))]
    )
    decoded = [decode_message(value) for _, value in publisher.messages]
    assert all(isinstance(m, RowMessage) and m.features for m in decoded)
    assert metrics.value("driftline_store_failures_total", {"table": "llm_events"}) == 2
    assert metrics.value("driftline_rows_published_total", {"table": "llm_events"}) == 3
    assert metrics.value("driftline_store_up") == 1


async def test_sink_stores_once_and_forwards_features_of_new_events_only() -> None:
    store, alerts, forwarded, metrics = MemorySink(), MemoryAlertWriter(), Recorder(), Metrics()
    storer = RowStorer(store, alerts, forwarded, metrics, FAST)
    first = [
        encode_rows("llm_events", rows(["e1", "e2", "e3"]), features=True),
        encode_features_message(features(["e1", "e2", "e3"])),
    ]

    done = await storer.store(first)
    assert (done.inserted, done.features_forwarded, done.features_dropped) == (3, 3, 0)
    assert forwarded.messages == [(segment_bytes(SEGMENT), features(["e1", "e2", "e3"]))]  # the worker's bytes

    # A redelivery (worker crashed before acking its source batch) stores and forwards nothing.
    again = await storer.store(first)
    assert (again.inserted, again.features_forwarded, again.features_dropped) == (0, 0, 3)
    assert len(store.events) == 3 and len(forwarded.messages) == 1

    # Rows in one batch, features in the next; one of the two events was stored before.
    await storer.store([encode_rows("llm_events", rows(["e3", "e4"]), features=True)])
    late = await storer.store([encode_features_message(features(["e3", "e4"]))])
    assert (late.features_forwarded, late.features_dropped) == (1, 1)
    _, sent = decode_features(forwarded.messages[-1][1])
    assert sent.event_ids == ("e4",)
    assert not storer.pending


async def test_sink_writes_drift_metrics_and_alerts_and_skips_garbage() -> None:
    store, alerts, metrics = MemorySink(), MemoryAlertWriter(), Metrics()
    storer = RowStorer(store, alerts, None, metrics, FAST)
    alerts.fail_next = 1
    drift = DriftMetricRow(T0, "a", "m", "v1", "latency_drift", "score", 1.5, 3.0, "ok", T0, T0, 10, 500)
    alert = AlertRow("x1", "pii", "pii", "critical", "firing", "a", "m", "", "e1", T0, 0.2, 0.1, "msg", ["slack"])
    done = await storer.store(
        [
            b"garbage",
            encode_rows("drift_metrics", [drift]),
            encode_rows("alerts", [alert]),
            encode_rows("llm_events", rows(["e9"])),
        ]
    )
    assert (done.undecodable, done.drift_metrics, done.alerts, done.inserted) == (1, 1, 1, 1)
    assert store.drift_metrics == [drift]
    assert [r.as_tuple(ALERTS_COLUMNS) for r in alerts.rows] == [alert.as_tuple(ALERTS_COLUMNS)]
    assert not storer.pending  # rows without features_follow are not awaited


async def test_feature_forwarder_publishes_to_the_rows_topic() -> None:
    publisher = Recorder()
    assert isinstance(TopicFeatureForwarder(publisher), TopicFeatureForwarder)
    await TopicFeatureForwarder(publisher).forward([], None, set())
    assert publisher.messages == []


async def test_an_event_twice_in_one_features_message_is_forwarded_once() -> None:
    # A worker's batch can hold a redelivered message twice (seen after a SIGKILL moved partitions):
    # its row is stored once, so its features must reach the drift stage once, not twice.
    store, alerts, forwarded, metrics = MemorySink(), MemoryAlertWriter(), Recorder(), Metrics()
    storer = RowStorer(store, alerts, forwarded, metrics, FAST)
    done = await storer.store(
        [
            encode_rows("llm_events", rows(["e1", "e2", "e1"]), features=True),
            encode_features_message(features(["e1", "e2", "e1"])),
        ]
    )
    assert (done.inserted, done.features_forwarded, done.features_dropped) == (2, 2, 1)
    assert storer.features_forwarded == 2
    _, sent = decode_features(forwarded.messages[-1][1])
    assert sent.event_ids == ("e1", "e2")
