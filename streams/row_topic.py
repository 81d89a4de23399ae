"""Topic mode of the sink: workers publish finished rows to ``<group>-rows``; one sink process stores them.

An embedded (chdb) store admits one process. To run N workers over it, each worker gets a
:class:`TopicRowSink` instead of a :class:`~streams.sink.ClickHouseSink`: it publishes the rows
it would have inserted (``llm_events``, ``drift_metrics``, ``alerts``) to the internal rows topic
and returns once the broker acknowledged them, so the worker acks its input only after that
(at-least-once). ``driftline sink`` (:mod:`streams.sink_process`) consumes the topic and writes
the rows with the same idempotent :class:`~streams.sink.ClickHouseSink` a direct-mode worker uses.

**Drift features.** In direct mode the worker forwards the drift features of the events stored
*now* only, so a redelivery or a replay never feeds the drift stage twice. A topic-mode worker
cannot know which events are new, so it publishes the features of every accepted event to the
rows topic too (:class:`TopicFeatureForwarder`), keyed by segment like the rows before them: the
rows of an event and then its features land on one partition, in that order. The sink stores the
rows, remembers which ids were new, and forwards only their features to ``<group>-drift-features``
— the same filter as direct mode, applied where the answer is known.

Wire format of one rows-topic message: one tag byte, then ``R`` + zlib(JSON ``{"v", "table",
"columns", "rows", "features"}``) for rows, or ``F`` + a features message as
:mod:`streams.features_codec` encodes it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, Protocol

import faust
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from schemas.alert_rows import ALERTS_COLUMNS, AlertRow
from schemas.errors import DriftlineError
from schemas.event import EventV1, segment_key
from schemas.rows import DRIFT_METRICS_COLUMNS, LLM_EVENTS_COLUMNS, DriftMetricRow, EventRow
from schemas.settings import Settings
from streams.features_codec import encode_features, segment_bytes, split_features
from streams.kafka import aiokafka_kwargs
from streams.metrics import Metrics
from streams.sink import RetryPolicy, retry_until_done, unique_by_event_id

__all__ = [
    "FaustRowPublisher",
    "FeatureMessage",
    "RowMessage",
    "RowPublisher",
    "TopicFeatureForwarder",
    "TopicRowSink",
    "decode_message",
    "encode_features_message",
    "encode_rows",
    "ensure_internal_topics",
    "features_topic_name",
    "rows_topic_name",
]

log = logging.getLogger(__name__)

_VERSION = 1
_ROWS, _FEATURES = b"R", b"F"
ROWS_PER_MESSAGE = 200  # ~0.6 KB compressed per event row: messages stay well under 1 MB
FEATURES_PER_MESSAGE = 400  # as the direct-mode forwarder chunks them

_ROW_TYPES: dict[str, tuple[type[Any], tuple[str, ...]]] = {
    "llm_events": (EventRow, LLM_EVENTS_COLUMNS),
    "drift_metrics": (DriftMetricRow, DRIFT_METRICS_COLUMNS),
    "alerts": (AlertRow, ALERTS_COLUMNS),
}
_DATETIME_COLUMNS: dict[str, frozenset[str]] = {
    table: frozenset(f.name for f in fields(cls) if "datetime" in str(f.type)) for table, (cls, _) in _ROW_TYPES.items()
}


def rows_topic_name(settings: Settings) -> str:
    """The internal topic topic-mode workers publish rows to.

    >>> rows_topic_name(Settings(consumer_group="g"))
    'g-rows'
    """
    return f"{settings.consumer_group}-rows"


def features_topic_name(settings: Settings) -> str:
    """The internal topic the drift agents consume (keyed by segment)."""
    return f"{settings.consumer_group}-drift-features"


async def ensure_internal_topics(settings: Settings, *, rows: bool = True, timeout_s: float = 30.0) -> list[str]:
    """Create the features topic (and with ``rows`` the rows topic) with ``topic_partitions``
    partitions if missing.

    Declared before anything produces: a producer auto-creating them would get the broker's
    default partition count, and Faust then stops the drift agent with PartitionsMismatch
    against its 'drift-state' changelog (DESIGN.md). Returns the topics created now.
    """
    admin = AIOKafkaAdminClient(request_timeout_ms=int(timeout_s * 1000), **aiokafka_kwargs(settings))
    try:
        await admin.start()
    except Exception as exc:
        await admin.close()
        raise DriftlineError(f"cannot reach Kafka at {settings.kafka_bootstrap} to declare topics: {exc}") from None
    try:
        existing = set(await admin.list_topics())
        wanted = [rows_topic_name(settings)] if rows else []
        missing = [t for t in (*wanted, features_topic_name(settings)) if t not in existing]
        if missing:
            await admin.create_topics(
                [
                    NewTopic(
                        t,
                        num_partitions=settings.topic_partitions,
                        replication_factor=settings.topic_replication_factor,
                    )
                    for t in missing
                ]
            )
            log.info("created internal topics %s with %d partitions", ", ".join(missing), settings.topic_partitions)
        return missing
    finally:
        await admin.close()


# --- codec ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RowMessage:
    """Rows of one table; ``features`` says the worker publishes their drift features next."""

    table: str
    rows: list[Any]
    features: bool = False


@dataclass(frozen=True, slots=True)
class FeatureMessage:
    """One segment's drift features (a :mod:`streams.features_codec` message, kept as bytes)."""

    payload: bytes


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__} in a rows message")


def encode_rows(table: str, rows: Sequence[Any], features: bool = False) -> bytes:
    """One rows-topic message holding ``rows`` of ``table`` (typed row objects).

    >>> from datetime import UTC
    >>> row = EventRow("e1", datetime(2026, 1, 1, tzinfo=UTC), "a", "m", metadata={"k": "v"})
    >>> message = decode_message(encode_rows("llm_events", [row], features=True))
    >>> message.table, message.features, message.rows == [row]
    ('llm_events', True, True)
    """
    columns = _ROW_TYPES[table][1]
    body = {
        "v": _VERSION,
        "table": table,
        "columns": list(columns),
        "rows": [row.as_tuple(columns) for row in rows],
        "features": features,
    }
    return _ROWS + zlib.compress(json.dumps(body, default=_json_default, separators=(",", ":")).encode(), 1)


def encode_features_message(payload: bytes) -> bytes:
    """Wrap a features-codec message for the rows topic."""
    return _FEATURES + payload


def decode_message(data: bytes) -> RowMessage | FeatureMessage:
    """Inverse of :func:`encode_rows` / :func:`encode_features_message`; ValueError on anything else."""
    tag, payload = data[:1], data[1:]
    if tag == _FEATURES:
        return FeatureMessage(payload)
    if tag != _ROWS:
        raise ValueError(f"unknown rows-topic message tag {tag!r}")
    try:
        body = json.loads(zlib.decompress(payload))
    except (zlib.error, UnicodeDecodeError) as exc:
        raise ValueError(f"unreadable rows message: {exc}") from None
    if body.get("v") != _VERSION or body.get("table") not in _ROW_TYPES:
        raise ValueError(f"unsupported rows message (v={body.get('v')!r}, table={body.get('table')!r})")
    table = body["table"]
    cls, _ = _ROW_TYPES[table]
    times = _DATETIME_COLUMNS[table]
    rows = []
    for values in body["rows"]:
        record = dict(zip(body["columns"], values, strict=True))
        for name in times:
            if isinstance(record.get(name), str):
                record[name] = datetime.fromisoformat(record[name])
        rows.append(cls(**record))
    return RowMessage(table, rows, bool(body.get("features")))


# --- publishing side (in the workers) -------------------------------------------------------
class RowPublisher(Protocol):
    """Publishes keyed messages to one topic and returns once the broker acknowledged all of them."""

    async def publish(self, messages: Sequence[tuple[bytes, bytes]]) -> None: ...


class FaustRowPublisher:
    """:class:`RowPublisher` over a Faust app's producer (acks=all, as the app is configured)."""

    def __init__(self, app: faust.App, topic: str) -> None:
        self.app = app
        self.topic = topic

    async def publish(self, messages: Sequence[tuple[bytes, bytes]]) -> None:
        pending = [
            await self.app.producer.send(self.topic, key, value, partition=None, timestamp=None, headers=None)
            for key, value in messages
        ]
        await asyncio.gather(*pending)


def _chunks(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _segment_of_row(row: EventRow | DriftMetricRow) -> bytes:
    return segment_bytes(segment_key(row.app, row.model, row.prompt_version))


class TopicRowSink:
    """The workers' sink in topic mode: publishes rows instead of inserting them.

    Delivery guarantee: every ``write_*`` returns once the broker acknowledged all messages,
    retrying with back-off until it does (never raises but on cancellation). Rows are keyed by
    segment (alerts by ``alert_id``), so an event's row precedes its features on one partition.

    ``write_events`` cannot know which events are new (the store is in the sink process): it
    returns every distinct event_id of the batch, and ``features_follow`` tells the sink that a
    :class:`TopicFeatureForwarder` publishes their features next.
    """

    def __init__(
        self,
        publisher: RowPublisher,
        metrics: Metrics,
        policy: RetryPolicy | None = None,
        *,
        features_follow: bool = False,
    ) -> None:
        self.publisher = publisher
        self.metrics = metrics
        self.policy = policy or RetryPolicy()
        self.features_follow = features_follow

    def _failed(self, table: str) -> Callable[[int, BaseException], None]:
        def record(attempt: int, exc: BaseException) -> None:
            self.metrics.store_failures.labels(table=table).inc()
            self.metrics.store_up.set(0)
            log.warning("publishing %s rows failed (attempt %d), retrying: %s", table, attempt, str(exc)[:300])

        return record

    async def _publish(self, table: str, messages: list[tuple[bytes, bytes]], count: int) -> None:
        if not messages:
            return
        await retry_until_done(lambda: self.publisher.publish(messages), self.policy, self._failed(table))
        self.metrics.store_up.set(1)
        self.metrics.rows_published.labels(table=table).inc(count)

    def _by_segment(self, table: str, rows: Sequence[EventRow] | Sequence[DriftMetricRow]) -> list[tuple[bytes, bytes]]:
        groups: dict[bytes, list[Any]] = defaultdict(list)
        for row in rows:
            groups[_segment_of_row(row)].append(row)
        follow = self.features_follow and table == "llm_events"
        return [
            (key, encode_rows(table, chunk, features=follow))
            for key, group in groups.items()
            for chunk in _chunks(group, ROWS_PER_MESSAGE)
        ]

    async def write_events(self, rows: Sequence[EventRow]) -> list[str]:
        """Publish the rows (deduplicated within the batch); returns all their event_ids."""
        unique = unique_by_event_id(rows)
        await self._publish("llm_events", self._by_segment("llm_events", unique), len(unique))
        return [row.event_id for row in unique]

    async def write_drift_metrics(self, rows: Sequence[DriftMetricRow]) -> None:
        """Publish drift tick rows (the sink's insert is idempotent on segment × signal × tick)."""
        await self._publish("drift_metrics", self._by_segment("drift_metrics", rows), len(rows))

    async def write_alerts(self, rows: Sequence[AlertRow]) -> None:
        """Publish ``alerts`` rows (an :class:`~streams.alerting.AlertWriter`), keyed by alert_id."""
        messages = [(row.alert_id.encode(), encode_rows("alerts", [row])) for row in rows]
        await self._publish("alerts", messages, len(rows))


class TopicFeatureForwarder:
    """The workers' feature forwarder in topic mode: features of *every* accepted event go to
    the rows topic (keyed by segment, after their rows); the sink forwards those of new events."""

    def __init__(self, publisher: RowPublisher) -> None:
        self.publisher = publisher

    async def forward(self, events: Sequence[EventV1], enrichment: Any, new_ids: set[str]) -> None:
        from streams.drift_stage import features_by_segment

        messages = [
            (segment_bytes(segment), encode_features_message(encode_features(segment, chunk)))
            for segment, features in features_by_segment(events, enrichment, new_ids).items()
            for chunk in split_features(features, FEATURES_PER_MESSAGE)
        ]
        if messages:
            await self.publisher.publish(messages)
