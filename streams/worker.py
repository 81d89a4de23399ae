"""The worker: one Faust app wired to the store, the ingest agent, web views and the console.

:func:`build_worker` assembles everything (opening the store and applying migrations first);
:func:`run_worker` runs it until SIGINT/SIGTERM.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import faust

from schemas.dlq import DeadLetter
from schemas.settings import Settings
from streams.app import create_app
from streams.ingest import Enricher, IngestPipeline, RawMessage
from streams.metrics import Metrics
from streams.secrets import load_hash_salt
from streams.sink import ClickHouseSink, RetryPolicy, retry_until_done
from streams.store import StoreExecutor, open_store
from streams.topics import Topics, declare_topics
from streams.web import register_web

__all__ = ["FaustDeadLetterPublisher", "WorkerRuntime", "build_worker", "run_file_path", "run_worker"]

log = logging.getLogger(__name__)
console = logging.getLogger("driftline.console")


class FaustDeadLetterPublisher:
    """Publishes dead letters with the app's producer and waits for the broker's acks."""

    def __init__(self, app: faust.App, topic: str) -> None:
        self.app = app
        self.topic = topic

    async def publish(self, letters: Sequence[DeadLetter]) -> None:
        pending = []
        for letter in letters:
            source = letter.source
            pending.append(
                await self.app.producer.send(
                    self.topic,
                    f"{source.topic}:{source.partition}:{source.offset}".encode(),
                    letter.model_dump_json().encode(),
                    partition=None,
                    timestamp=None,
                    headers=[("driftline-reason", letter.reason.encode())],
                )
            )
        await asyncio.gather(*pending)


@dataclass
class WorkerRuntime:
    """Everything one worker process holds."""

    settings: Settings
    app: faust.App
    topics: Topics
    metrics: Metrics
    executor: StoreExecutor
    pipeline: IngestPipeline
    started_at: float = field(default_factory=time.time)
    last_batch_at: float | None = None

    def health(self) -> dict[str, Any]:
        """The /health document: ``status`` is ``ok`` unless the store is failing."""
        store_up = self.metrics.value("driftline_store_up") >= 1
        return {
            "status": "ok" if store_up else "degraded",
            "store": {"up": store_up, "url": self.settings.safe_clickhouse_url()},
            "kafka_bootstrap": self.settings.kafka_bootstrap,
            "events_consumed": int(self.metrics.value("driftline_events_consumed_total")),
            "rows_written": int(self.metrics.value("driftline_rows_written_total", {"table": "llm_events"})),
            "uptime_s": round(time.time() - self.started_at, 1),
            "last_batch_age_s": None if self.last_batch_at is None else round(time.time() - self.last_batch_at, 1),
        }

    def close(self) -> None:
        """Close the store (waits for the store thread)."""
        self.executor.close()
        run_file_path(self.settings).unlink(missing_ok=True)


def run_file_path(settings: Settings) -> Path:
    """Where a running worker advertises its pid and HTTP address (for ``driftline query``)."""
    return settings.data_dir / "worker.json"


def _register_ingest(runtime: WorkerRuntime) -> None:
    app, settings = runtime.app, runtime.settings
    policy = RetryPolicy(settings.retry_initial_seconds, settings.retry_max_seconds)

    @app.agent(runtime.topics.events, name="driftline.ingest")
    async def ingest(stream: Any) -> None:
        async for events in stream.noack_take(settings.batch_max_events, within=settings.batch_max_seconds):
            messages = [
                RawMessage(
                    value=event.value if isinstance(event.value, bytes) else b"",
                    topic=event.message.topic,
                    partition=event.message.partition,
                    offset=event.message.offset,
                )
                for event in events
            ]

            def crashed(attempt: int, exc: BaseException) -> None:
                log.exception("ingest batch failed unexpectedly (attempt %d); retrying, not acked", attempt)

            await retry_until_done(functools.partial(runtime.pipeline.process, messages), policy, crashed)
            runtime.last_batch_at = time.time()
            for event in events:
                await stream.ack(event)


def _register_console(runtime: WorkerRuntime, every_s: float) -> None:
    metrics = runtime.metrics

    @runtime.app.timer(every_s)
    async def report() -> None:
        dlq = sum(
            sample.value
            for family in metrics.registry.collect()
            if family.name == "driftline_dlq"
            for sample in family.samples
            if sample.name == "driftline_dlq_total"
        )
        console.info(
            "consumed %d · stored %d · duplicates skipped %d · dead-lettered %d · store %s",
            metrics.value("driftline_events_consumed_total"),
            metrics.value("driftline_rows_written_total", {"table": "llm_events"}),
            metrics.value("driftline_duplicates_skipped_total"),
            dlq,
            "up" if metrics.value("driftline_store_up") >= 1 else "DOWN (retrying)",
        )


def _register_drift(
    app: faust.App, settings: Settings, sink: ClickHouseSink, executor: StoreExecutor, metrics: Metrics
) -> Any:
    """The drift and alerting stages: features topic, drift agent with its table, alert engine."""
    from streams.alert_stage import AlertStage
    from streams.drift_stage import DriftStage, KafkaFeatureForwarder, drift_config, register_drift_agent

    features_topic = app.topic(
        f"{settings.consumer_group}-drift-features",
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.topic_partitions,
    )
    alerts = AlertStage(settings, app, executor, metrics)

    @app.task
    async def start_alerting() -> None:
        await alerts.start()

    stage = DriftStage(drift_config(settings), sink, settings.drift_checkpoint_seconds, on_signals=alerts.on_signals)
    register_drift_agent(app, settings, stage, features_topic)
    return KafkaFeatureForwarder(app, features_topic.get_topic_name())


def build_worker(settings: Settings, *, enricher: Enricher | None = None, console_every_s: float = 0) -> WorkerRuntime:
    """Open the store, apply migrations, and assemble the Faust app with its agents and views."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = open_store(settings.resolved_clickhouse_url(), settings.clickhouse_database)
    applied = store.migrate()
    if applied:
        log.info("store %s: applied migrations %s", settings.safe_clickhouse_url(), applied)
    metrics = Metrics()
    executor = StoreExecutor(store)
    app = create_app(settings)
    topics = declare_topics(app, settings)
    policy = RetryPolicy(settings.retry_initial_seconds, settings.retry_max_seconds)
    salt = load_hash_salt(settings)
    if enricher is None and settings.detectors_enabled:
        from streams.enrich import DetectorEnricher

        started = time.perf_counter()
        enricher = DetectorEnricher(settings, salt)
        log.info("detectors loaded in %.1fs", time.perf_counter() - started)
    sink = ClickHouseSink(executor, metrics, policy)
    forwarder = None
    if settings.drift_enabled and enricher is not None:
        forwarder = _register_drift(app, settings, sink, executor, metrics)
    pipeline = IngestPipeline(
        sink=sink,
        dead_letters=FaustDeadLetterPublisher(app, settings.topic_dlq),
        metrics=metrics,
        salt=salt,
        max_event_bytes=settings.max_event_bytes,
        enricher=enricher,
        policy=policy,
        forwarder=forwarder,
    )
    runtime = WorkerRuntime(settings, app, topics, metrics, executor, pipeline)
    _register_ingest(runtime)
    register_web(app, metrics, executor, runtime.health)
    if console_every_s > 0:
        _register_console(runtime, console_every_s)
    return runtime


def run_worker(runtime: WorkerRuntime) -> int:
    """Run the worker until SIGINT/SIGTERM; returns the exit code."""
    from faust.worker import Worker

    settings = runtime.settings
    run_file = run_file_path(settings)
    run_file.write_text(
        json.dumps(
            {
                "pid": os.getpid(),
                "web": f"http://{settings.web_host}:{settings.web_port}",
                "store": settings.safe_clickhouse_url(),
            }
        )
    )
    worker = Worker(runtime.app, loglevel=settings.log_level, quiet=True)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    finally:
        runtime.close()
    return 0
