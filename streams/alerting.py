"""The alert stage's I/O: record, publish and notify what the alert engine decided.

:class:`AlertDispatcher` takes an :class:`~detectors.alerting.engine.AlertOutput` and

1. writes one ``alerts`` row per alert message (delivery status ``pending`` when Slack will be
   told, ``not_requested`` / ``disabled`` / ``skipped`` otherwise);
2. publishes every alert to ``llm.alerts`` (key: ``alert_id``, so an alert's firing and
   resolution share a partition and stay ordered) and every request to
   ``llm.retrain.requests`` / ``llm.reindex.requests`` (key: the segment, JSON);
3. hands Slack notifications to the notifier, which never blocks.

Steps 1 and 2 retry with back-off until they succeed (the caller acks its input only after
:meth:`AlertDispatcher.dispatch` returns: at-least-once, and consumers deduplicate on the
messages' idempotency keys). :meth:`AlertDispatcher.record_delivery` is the notifier's
``on_result`` callback: it rewrites the rows of a notification's alerts with the outcome.

It knows nothing of Faust: the writer and the publisher are injected. :class:`KafkaPublisher`
(aiokafka) and :class:`StoreAlertWriter` are the real ones; :class:`MemoryPublisher` and
:class:`MemoryAlertWriter` are test doubles. :class:`StoreAlertState` reads back, from the
``alerts`` table, what the engine needs after a restart (which alerts are firing, which rule ×
segment is cooling down): see :meth:`~detectors.alerting.engine.AlertEngine.restore`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from aiokafka import AIOKafkaProducer

from detectors.alerting.engine import AlertOutput, RecordedAlert
from detectors.alerting.grouping import Notification
from schemas.alert_rows import ALERTS_COLUMNS, AlertRow, alert_row
from schemas.alerts import Alert, DownstreamRequest, Segment
from schemas.settings import Settings
from streams.kafka import aiokafka_kwargs
from streams.metrics import Metrics
from streams.sink import RetryPolicy, retry_until_done
from streams.slack import DeliveryResult
from streams.store import Store, StoreExecutor

__all__ = [
    "AlertDispatcher",
    "AlertPublisher",
    "AlertTopics",
    "AlertWriter",
    "DispatchReport",
    "KafkaPublisher",
    "MemoryAlertWriter",
    "MemoryPublisher",
    "NotificationSink",
    "StoreAlertState",
    "StoreAlertWriter",
    "alerts_jsonl",
    "segment_message_key",
]

log = logging.getLogger(__name__)


class AlertPublisher(Protocol):
    """Publishes one message durably (returns once the broker has it)."""

    async def publish(self, topic: str, key: bytes, value: bytes) -> None: ...


class AlertWriter(Protocol):
    """Writes ``alerts`` rows."""

    async def write_alerts(self, rows: Sequence[AlertRow]) -> None: ...


class NotificationSink(Protocol):
    """Takes a Slack notification without blocking (:class:`streams.slack.SlackNotifier`)."""

    def submit(self, notification: Notification) -> bool: ...


@dataclass(frozen=True, slots=True)
class AlertTopics:
    """Where alerts and requests go."""

    alerts: str = "llm.alerts"
    retrain: str = "llm.retrain.requests"
    reindex: str = "llm.reindex.requests"

    @classmethod
    def from_settings(cls, settings: Settings) -> AlertTopics:
        return cls(settings.topic_alerts, settings.topic_retrain, settings.topic_reindex)

    def for_request(self, request: DownstreamRequest) -> str:
        return self.retrain if request.request_type == "retrain" else self.reindex


def segment_message_key(segment: Segment) -> bytes:
    """Kafka key of a request: the segment as a JSON array (keeps a segment's requests ordered).

    >>> segment_message_key(Segment(app="chat", model="m", prompt_version="v2"))
    b'["chat","m","v2"]'
    """
    return json.dumps(list(segment.key()), separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(slots=True)
class DispatchReport:
    """What one :meth:`AlertDispatcher.dispatch` did."""

    rows_written: int = 0
    alerts_published: int = 0
    requests_published: dict[str, int] = field(default_factory=dict)
    notifications_submitted: int = 0
    notifications_rejected: int = 0


class AlertDispatcher:
    """Records, publishes and notifies (see the module docstring)."""

    def __init__(
        self,
        writer: AlertWriter,
        publisher: AlertPublisher,
        notifier: NotificationSink | None = None,
        *,
        topics: AlertTopics | None = None,
        metrics: Metrics | None = None,
        policy: RetryPolicy | None = None,
        delivery_write_attempts: int = 5,
    ) -> None:
        self.writer = writer
        self.publisher = publisher
        self.notifier = notifier
        self.topics = topics or AlertTopics()
        self.metrics = metrics
        self.policy = policy or RetryPolicy()
        self.delivery_write_attempts = delivery_write_attempts

    def _status(self, notify: bool) -> str:
        if not notify:
            return "not_requested"
        return "pending" if self.notifier is not None else "disabled"

    def rows_for(self, output: AlertOutput) -> list[AlertRow]:
        """The ``alerts`` rows for an output (before any delivery outcome)."""
        notified = {a.idempotency_key: n.notification_id for n in output.notifications for a in n.alerts}
        rows = [
            alert_row(d.alert, self._status(d.notify), notified.get(d.alert.idempotency_key, ""))
            for d in output.decisions
        ]
        for alert, reason in output.skipped:  # after the rows they replace (same key, newer created_at)
            rows.append(alert_row(alert, "pending").with_delivery("skipped", reason))
        return rows

    async def dispatch(self, output: AlertOutput) -> DispatchReport:
        """Write, publish and notify everything in ``output``; returns when rows and messages are durable."""
        report = DispatchReport()
        rows = self.rows_for(output)
        if rows:
            await retry_until_done(lambda: self.writer.write_alerts(rows), self.policy, self._failed("alerts rows"))
            report.rows_written = len(rows)
        for alert in output.alerts:
            await self._publish(self.topics.alerts, alert.alert_id.encode(), alert.model_dump_json().encode())
            report.alerts_published += 1
            if self.metrics is not None and alert.state == "firing":
                self.metrics.alerts.labels(kind=alert.kind).inc()
        for request in output.requests:
            topic = self.topics.for_request(request)
            await self._publish(topic, segment_message_key(request.segment), request.model_dump_json().encode())
            report.requests_published[topic] = report.requests_published.get(topic, 0) + 1
        if self.notifier is not None:
            for notification in output.notifications:
                if self.notifier.submit(notification):
                    report.notifications_submitted += 1
                else:
                    report.notifications_rejected += 1
        return report

    async def record_delivery(self, result: DeliveryResult) -> None:
        """Rewrite the rows of the notification's alerts with its delivery outcome (notifier callback)."""
        rows = [
            alert_row(alert, "pending", result.notification_id).with_delivery(
                result.status,
                result.reason,
                result.attempts,
                result.finished_at if result.status == "delivered" else None,
            )
            for alert in result.notification.alerts
        ]
        for attempt in range(1, self.delivery_write_attempts + 1):
            try:
                await self.writer.write_alerts(rows)
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("writing delivery status failed (attempt %d): %s", attempt, str(exc)[:300])
                await asyncio.sleep(self.policy.delay(attempt))
        log.error(
            "gave up writing the delivery status of notification %s (%s): rows stay 'pending'",
            result.notification_id,
            result.status,
        )

    async def _publish(self, topic: str, key: bytes, value: bytes) -> None:
        await retry_until_done(
            lambda: self.publisher.publish(topic, key, value), self.policy, self._failed(f"publish to {topic}")
        )

    @staticmethod
    def _failed(what: str) -> Callable[[int, BaseException], None]:
        def record(attempt: int, exc: BaseException) -> None:
            log.warning("%s failed (attempt %d), retrying: %s", what, attempt, str(exc)[:300])

        return record


class StoreAlertWriter:
    """Inserts ``alerts`` rows through the store's executor (one block per call)."""

    def __init__(self, executor: StoreExecutor) -> None:
        self.executor = executor

    async def write_alerts(self, rows: Sequence[AlertRow]) -> None:
        tuples = [row.as_tuple(ALERTS_COLUMNS) for row in rows]
        await self.executor.run(lambda store: store.insert("alerts", tuples, ALERTS_COLUMNS))


_RECORDED_SQL = """
SELECT argMax(payload, (timestamp, state = 'resolved')) AS latest,
       maxIf(timestamp, state = 'firing') AS last_fired,
       argMax(state, (timestamp, state = 'resolved')) AS latest_state
FROM {db}.alerts FINAL
WHERE payload != ''
GROUP BY rule, app, model, prompt_version
HAVING latest_state = 'firing'
    OR last_fired >= (SELECT max(timestamp) FROM {db}.alerts) - toIntervalSecond({horizon:UInt64})
"""


def recorded_alerts(rows: Any, to_utc: Callable[[Any], datetime]) -> list[RecordedAlert]:
    """Rows of the recorded-alerts query (payload, last fired, …) as :class:`RecordedAlert`;
    unreadable payloads are logged and skipped. ``to_utc`` turns a row's timestamp into aware UTC."""
    out = []
    for payload, last_fired, _ in rows:
        try:
            alert = Alert.model_validate_json(payload)
        except ValueError:
            log.warning("alerts row with an unreadable payload skipped while restoring alert state")
            continue
        fired = to_utc(last_fired)
        out.append(RecordedAlert(alert, fired if fired.year > 1970 else None))  # 1970: never fired
    return out


class StoreAlertState:
    """Reads the engine's restart state from the ``alerts`` table (the record of what was announced).

    Per rule × segment: the latest alert message (from ``payload``) and the time of its latest
    firing, for every rule × segment still firing or fired within ``horizon_seconds`` (the longest
    cooldown) of the newest alert.
    """

    def __init__(self, executor: StoreExecutor, horizon_seconds: float) -> None:
        self.executor = executor
        self.horizon_seconds = horizon_seconds

    async def load(self) -> list[RecordedAlert]:
        def read(store: Store) -> list[RecordedAlert]:
            sql = _RECORDED_SQL.replace("{db}", store.database)
            _, rows = store.query(sql, {"horizon": math.ceil(self.horizon_seconds)})
            return recorded_alerts(rows, lambda t: t if t.tzinfo is not None else t.replace(tzinfo=UTC))

        return await self.executor.run(read)


class MemoryAlertWriter:
    """In-memory ``alerts`` table for tests; ``fail_next`` makes the next N writes raise."""

    def __init__(self) -> None:
        self.rows: list[AlertRow] = []
        self.fail_next = 0

    async def write_alerts(self, rows: Sequence[AlertRow]) -> None:
        if self.fail_next > 0:
            self.fail_next -= 1
            raise ConnectionError("store unavailable (injected)")
        self.rows.extend(rows)

    def latest(self) -> dict[tuple[str, str], AlertRow]:
        """What ``SELECT … FINAL`` would return: the last row per (alert_id, state)."""
        out: dict[tuple[str, str], AlertRow] = {}
        for row in self.rows:
            out[(row.alert_id, row.state)] = row
        return out


class MemoryPublisher:
    """Collects published messages per topic; ``fail_next`` makes the next N publishes raise."""

    def __init__(self) -> None:
        self.messages: dict[str, list[tuple[bytes, bytes]]] = {}
        self.fail_next = 0

    async def publish(self, topic: str, key: bytes, value: bytes) -> None:
        if self.fail_next > 0:
            self.fail_next -= 1
            raise ConnectionError("broker unavailable (injected)")
        self.messages.setdefault(topic, []).append((key, value))

    def json(self, topic: str) -> list[dict[str, object]]:
        """Decoded values published to ``topic``."""
        return [json.loads(value) for _, value in self.messages.get(topic, [])]


class KafkaPublisher:
    """:class:`AlertPublisher` over an aiokafka producer (acks=all, idempotent off for Tansu)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._producer: AIOKafkaProducer | None = None

    async def start(self) -> None:
        if self._producer is None:
            self._producer = AIOKafkaProducer(acks="all", **aiokafka_kwargs(self.settings))
            await self._producer.start()

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None

    async def publish(self, topic: str, key: bytes, value: bytes) -> None:
        if self._producer is None:
            raise RuntimeError("KafkaPublisher.start() was not called")
        await self._producer.send_and_wait(topic, value=value, key=key)

    async def __aenter__(self) -> KafkaPublisher:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


def alerts_jsonl(alerts: Sequence[Alert]) -> str:
    """Alerts as JSON lines (what ``driftline replay --alerts-out`` writes)."""
    return "".join(alert.model_dump_json() + "\n" for alert in alerts)
