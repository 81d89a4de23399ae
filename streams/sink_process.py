"""``driftline sink``: the one process that owns the store while topic-mode workers publish rows.

:class:`RowStorer` is the Faust-free core: it takes a batch of rows-topic messages (see
:mod:`streams.row_topic`), stores their rows with the idempotent
:class:`~streams.sink.ClickHouseSink` (the same code a direct-mode worker runs), and forwards
the drift features of events stored *now* to ``<group>-drift-features``, where the workers'
drift agents consume them. :func:`build_sink` wires it to a Faust app (consumer group
``<group>-sink``) that takes batches with ``noack_take`` and acks them only after
:meth:`RowStorer.store` returned: rows are stored and features forwarded, or the batch is
redelivered (at-least-once + idempotent inserts = no loss, no duplicate rows). Its web server
serves ``/metrics``, ``/health`` and the loopback read-only ``/query`` (``driftline query``).

Features of an event are forwarded when its row was inserted by this sink process and its
features message arrives after it (the workers publish rows first, on the same partition).
The set of such ids lives in memory: if the sink dies between storing rows and forwarding
their features, those events are stored but never reach drift state (the same window a
direct-mode worker has between its insert and its forward; drift tolerates lost updates).
"""

from __future__ import annotations

import functools
import logging
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import faust
import numpy as np

from schemas.alert_rows import AlertRow
from schemas.rows import DriftMetricRow, EventRow
from schemas.settings import Settings
from streams.alerting import AlertWriter, StoreAlertWriter
from streams.features_codec import decode_features, encode_features, segment_bytes
from streams.fetch_watch import FetchWatch, register_fetch_watch
from streams.gap_guard import GapGuard, register_gap_guard
from streams.metrics import Metrics
from streams.row_topic import (
    FaustRowPublisher,
    FeatureMessage,
    RowPublisher,
    decode_message,
    features_topic_name,
    rows_topic_name,
)
from streams.sink import ClickHouseSink, EventSink, RetryPolicy, retry_until_done
from streams.store import StoreExecutor
from streams.topics import raw_topic

__all__ = ["RowStorer", "SinkRuntime", "StoredBatch", "build_sink"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class StoredBatch:
    """What one :meth:`RowStorer.store` call did."""

    messages: int = 0
    undecodable: int = 0
    events: int = 0
    inserted: int = 0
    drift_metrics: int = 0
    alerts: int = 0
    features_forwarded: int = 0
    features_dropped: int = 0


class RowStorer:
    """Stores rows-topic batches and forwards the features of new events (see module docstring)."""

    def __init__(
        self,
        sink: EventSink,
        alerts: AlertWriter,
        features: RowPublisher | None,
        metrics: Metrics,
        policy: RetryPolicy | None = None,
        max_pending: int = 1_000_000,
    ) -> None:
        self.sink = sink
        self.alerts = alerts
        self.features = features
        self.metrics = metrics
        self.policy = policy or RetryPolicy()
        self.max_pending = max_pending
        self.pending: OrderedDict[str, None] = OrderedDict()  # stored now, features not seen yet
        self.features_forwarded = 0  # events whose features went to the drift stage, since start

    def _remember(self, ids: Sequence[str]) -> None:
        for event_id in ids:
            self.pending[event_id] = None
        while len(self.pending) > self.max_pending:
            self.pending.popitem(last=False)

    async def store(self, payloads: Sequence[bytes]) -> StoredBatch:
        """Store every row of the batch and forward new events' features; returns when all is durable."""
        result = StoredBatch(messages=len(payloads))
        events: list[EventRow] = []
        follow: set[str] = set()
        drift: list[DriftMetricRow] = []
        alerts: list[AlertRow] = []
        features: list[bytes] = []
        for payload in payloads:
            try:
                message = decode_message(payload)
            except (ValueError, TypeError, KeyError):
                result.undecodable += 1
                log.exception("undecodable rows-topic message (%d bytes): skipped", len(payload))
                continue
            if isinstance(message, FeatureMessage):
                features.append(message.payload)
            elif message.table == "llm_events":
                events.extend(message.rows)
                if message.features:
                    follow.update(row.event_id for row in message.rows)
            elif message.table == "drift_metrics":
                drift.extend(message.rows)
            else:
                alerts.extend(message.rows)

        if events:
            new_ids = await self.sink.write_events(events)
            result.events, result.inserted = len(events), len(new_ids)
            self._remember([event_id for event_id in new_ids if event_id in follow])
        if drift:
            await self.sink.write_drift_metrics(drift)
            result.drift_metrics = len(drift)
        if alerts:
            await retry_until_done(
                lambda: self.alerts.write_alerts(alerts),
                self.policy,
                lambda attempt, exc: log.warning("writing alerts failed (attempt %d): %s", attempt, exc),
            )
            self.metrics.rows_written.labels(table="alerts").inc(len(alerts))
            result.alerts = len(alerts)
        if features:
            await self._forward(features, result)
        return result

    async def _forward(self, payloads: Sequence[bytes], result: StoredBatch) -> None:
        out: list[tuple[bytes, bytes]] = []
        for payload in payloads:
            try:
                segment, features = decode_features(payload)
            except (ValueError, KeyError, OSError):
                result.undecodable += 1
                log.exception("undecodable features message: skipped")
                continue
            # pop as we go: an id twice in one message (a redelivery inside a worker's batch) counts once
            keep = np.array([self.pending.pop(event_id, False) is None for event_id in features.event_ids], dtype=bool)
            result.features_dropped += int((~keep).sum())
            if not keep.any():
                continue
            result.features_forwarded += int(keep.sum())
            chosen = payload if keep.all() else encode_features(segment, features.take(np.flatnonzero(keep)))
            out.append((segment_bytes(segment), chosen))
        if out and self.features is not None:
            publisher = self.features
            await retry_until_done(
                lambda: publisher.publish(out),
                self.policy,
                lambda attempt, exc: log.warning("forwarding features failed (attempt %d): %s", attempt, exc),
            )
        self.features_forwarded += result.features_forwarded


@dataclass
class SinkRuntime:
    """Everything the sink process holds."""

    settings: Settings
    app: faust.App
    metrics: Metrics
    executor: StoreExecutor
    storer: RowStorer
    started_at: float = field(default_factory=time.time)
    last_batch_at: float | None = None
    fetch_watch: FetchWatch | None = None
    gap_guard: GapGuard | None = None

    def health(self) -> dict[str, Any]:
        """The /health document: ``status`` is ``ok`` unless the store is failing."""
        store_up = self.metrics.value("driftline_store_up") >= 1
        return {
            "status": "ok" if store_up else "degraded",
            "role": "sink",
            "store": {"up": store_up, "url": self.settings.safe_clickhouse_url()},
            "rows_topic": rows_topic_name(self.settings),
            "kafka_bootstrap": self.settings.kafka_bootstrap,
            "rows_written": int(self.metrics.value("driftline_rows_written_total", {"table": "llm_events"})),
            "pending_features": len(self.storer.pending),
            "features_forwarded": self.storer.features_forwarded,
            "uptime_s": round(time.time() - self.started_at, 1),
            "last_batch_age_s": None if self.last_batch_at is None else round(time.time() - self.last_batch_at, 1),
            **(self.fetch_watch.health() if self.fetch_watch else {}),
            **(self.gap_guard.health() if self.gap_guard else {}),
        }

    def close(self, keep_run_file: bool = False) -> None:
        """Close the store (waits for the store thread); ``keep_run_file`` is for the runtimes' common interface."""
        self.executor.close()


def _register_sink_agent(runtime: SinkRuntime, rows_topic: Any) -> None:
    settings = runtime.settings
    policy = RetryPolicy(settings.retry_initial_seconds, settings.retry_max_seconds)
    stage = runtime.metrics.stage_seconds.labels(stage="sink")

    @runtime.app.agent(rows_topic, name="driftline.sink")
    async def store_rows(stream: Any) -> None:
        async for batch in stream.noack_take(settings.sink_batch_max_messages, within=settings.batch_max_seconds):
            payloads = [event.value if isinstance(event.value, bytes) else b"" for event in batch]

            def crashed(attempt: int, exc: BaseException) -> None:
                log.exception("sink batch failed unexpectedly (attempt %d); retrying, not acked", attempt)

            started = time.perf_counter()
            await retry_until_done(functools.partial(runtime.storer.store, payloads), policy, crashed)
            stage.observe(time.perf_counter() - started)
            runtime.last_batch_at = time.time()
            for event in batch:
                await stream.ack(event)


def build_sink(settings: Settings) -> SinkRuntime:
    """Open the store, apply migrations, and assemble the sink's Faust app (group ``<group>-sink``)."""
    from streams.app import create_app
    from streams.broker_watch import register_broker_watch
    from streams.web import register_web
    from streams.worker import open_owned_store, restart_for_held_commit, restart_in_place

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = open_owned_store(settings)
    applied = store.migrate()
    if applied:
        log.info("store %s: applied migrations %s", settings.safe_clickhouse_url(), applied)
    metrics = Metrics()
    executor = StoreExecutor(store)
    policy = RetryPolicy(settings.retry_initial_seconds, settings.retry_max_seconds)
    app = create_app(settings.model_copy(update={"consumer_group": f"{settings.consumer_group}-sink"}))
    rows_topic = raw_topic(app, rows_topic_name(settings), settings.topic_partitions)
    storer = RowStorer(
        ClickHouseSink(executor, metrics, policy),
        StoreAlertWriter(executor),
        FaustRowPublisher(app, features_topic_name(settings)),
        metrics,
        policy,
    )
    runtime = SinkRuntime(settings, app, metrics, executor, storer)
    _register_sink_agent(runtime, rows_topic)
    runtime.fetch_watch = register_fetch_watch(app, [rows_topic_name(settings)], metrics, settings.fetch_stall_seconds)
    if settings.commit_guard:
        runtime.gap_guard = register_gap_guard(
            app,
            [rows_topic_name(settings)],
            metrics,
            on_stuck=lambda message: restart_for_held_commit(runtime, message),
            stuck_after_s=settings.commit_hold_restart_seconds,
        )
    register_web(app, metrics, executor, runtime.health)
    register_broker_watch(app, settings, on_reset=lambda message: restart_in_place(runtime, message))
    return runtime
