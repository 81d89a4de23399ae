"""The worker: one Faust app wired to the store, the ingest agent, web views and the console.

:func:`build_worker` assembles everything (opening the store and applying migrations first);
:func:`run_worker` runs it until SIGINT/SIGTERM.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import faust

from schemas.dlq import DeadLetter
from schemas.errors import StoreLockedError
from schemas.settings import Settings
from streams.alerting import AlertWriter, StoreAlertWriter
from streams.app import create_app
from streams.broker_watch import register_broker_watch
from streams.dlq_redact import dead_letter_content
from streams.fetch_watch import FetchWatch, register_fetch_watch
from streams.gap_guard import GapGuard, register_gap_guard
from streams.ingest import BatchResult, Enricher, IngestPipeline, OverlappedIngest, RawMessage
from streams.lag import register_lag_monitor
from streams.metrics import Metrics
from streams.row_topic import (
    FaustRowPublisher,
    TopicFeatureForwarder,
    TopicRowSink,
    ensure_internal_topics,
    features_topic_name,
    rows_topic_name,
)
from streams.secrets import load_hash_salt
from streams.sink import ClickHouseSink, EventSink, RetryPolicy
from streams.store import Store, StoreExecutor, open_store
from streams.topics import Topics, declare_topics, raw_topic
from streams.web import register_web

if TYPE_CHECKING:
    from streams.drift_stage import WriteGate
    from streams.sink_process import SinkRuntime

__all__ = [
    "FaustDeadLetterPublisher",
    "WorkerRuntime",
    "advertise_store_owner",
    "build_worker",
    "open_owned_store",
    "restart_for_held_commit",
    "restart_in_place",
    "run_file_path",
    "run_worker",
]

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
    executor: StoreExecutor | None  # None in topic mode: the sink process owns the store
    pipeline: IngestPipeline
    started_at: float = field(default_factory=time.time)
    last_batch_at: float | None = None
    fetch_watch: FetchWatch | None = None
    gap_guard: GapGuard | None = None

    def health(self) -> dict[str, Any]:
        """The /health document: ``status`` is ``ok`` unless the store is failing."""
        store_up = self.metrics.value("driftline_store_up") >= 1
        if self.executor is None:
            url, written = f"topic:{rows_topic_name(self.settings)}", "driftline_rows_published_total"
        else:
            url, written = self.settings.safe_clickhouse_url(), "driftline_rows_written_total"
        return {
            "status": "ok" if store_up else "degraded",
            "sink_mode": self.settings.sink_mode,
            "store": {"up": store_up, "url": url},
            "kafka_bootstrap": self.settings.kafka_bootstrap,
            "events_consumed": int(self.metrics.value("driftline_events_consumed_total")),
            "rows_written": int(self.metrics.value(written, {"table": "llm_events"})),
            "partitions": self.assigned_partitions(),
            "uptime_s": round(time.time() - self.started_at, 1),
            "last_batch_age_s": None if self.last_batch_at is None else round(time.time() - self.last_batch_at, 1),
            **(self.fetch_watch.health() if self.fetch_watch else {}),
            **(self.gap_guard.health() if self.gap_guard else {}),
        }

    def assigned_partitions(self) -> list[int]:
        """Partitions of the input topic this worker holds now (empty while it joins the group)."""
        try:
            assignment = self.app.consumer.assignment()
        except Exception:  # the consumer is not started yet
            return []
        return sorted(tp.partition for tp in assignment if tp.topic == self.settings.topic_events)

    def close(self, keep_run_file: bool = False) -> None:
        """Close the store (waits for the store thread) and withdraw the run file, unless ``keep_run_file``.

        A restart in place keeps it: the pid stays alive, so ``driftline query`` keeps going to the
        (briefly silent) endpoint instead of opening the store and locking out the new image.
        """
        close_enricher = getattr(self.pipeline.enricher, "close", None)
        if close_enricher is not None:
            close_enricher()
        if self.executor is not None:
            self.executor.close()
            if not keep_run_file:
                run_file_path(self.settings).unlink(missing_ok=True)


def run_file_path(settings: Settings) -> Path:
    """Where a running worker advertises its pid and HTTP address (for ``driftline query``)."""
    return settings.data_dir / "worker.json"


def open_owned_store(settings: Settings) -> Store:
    """Advertise this process as the store's owner, then open the store (waiting for a short-lived holder)."""
    advertise_store_owner(settings)
    return open_store(
        settings.resolved_clickhouse_url(),
        settings.clickhouse_database,
        settings.fault_store_file,
        lock_wait_s=settings.store_lock_wait_seconds,
    )


def advertise_store_owner(settings: Settings) -> None:
    """Write the run file: this process (pid, web address) owns the store.

    Called *before* the store is opened, so a ``driftline query`` started meanwhile goes to this
    process's endpoint (which answers once the worker runs) instead of opening the embedded store
    itself and locking this process out. Refuses when a live process advertised in the run file
    holds the store's lock: two workers on one ``data_dir``.
    """
    from streams.remote import owning_worker
    from streams.store_lock import lock_holders

    owner = owning_worker(settings) if settings.is_embedded_store() else None
    if owner is not None and int(owner["pid"]) != os.getpid():
        store_dir = Path(settings.resolved_clickhouse_url()[len("chdb://") :])
        if int(owner["pid"]) in {holder.pid for holder in lock_holders(store_dir)}:
            raise StoreLockedError(
                f"driftline process {owner['pid']} ({owner.get('web')}) already owns the store in "
                f"{settings.data_dir}: stop it, or give this process another data_dir"
            )
    run_file_path(settings).write_text(
        json.dumps(
            {
                "pid": os.getpid(),
                "web": f"http://{settings.web_host}:{settings.web_port}",
                "store": settings.safe_clickhouse_url(),
            }
        )
    )


def _register_ingest(runtime: WorkerRuntime) -> None:
    app, settings = runtime.app, runtime.settings
    policy = RetryPolicy(settings.retry_initial_seconds, settings.retry_max_seconds)

    @app.agent(runtime.topics.events, name="driftline.ingest")
    async def ingest(stream: Any) -> None:
        # one batch being stored + one being prepared per detector process
        overlap = OverlappedIngest(runtime.pipeline, policy, depth=max(2, settings.enrich_processes + 1))
        try:
            await _consume(stream, overlap)
        finally:
            overlap.cancel()

    drop_once = [settings.fault_dropped_head_partition]  # fault injection (tests only)

    def _fault_drop(events: list[Any]) -> list[Any]:
        for i, event in enumerate(events):
            message = event.message
            if message.partition == drop_once[0] and message.offset > 0:
                drop_once[0] = None
                log.warning(
                    "fault injection: message %d of %s[%d] dropped unacknowledged",
                    message.offset,
                    message.topic,
                    message.partition,
                )
                return events[:i] + events[i + 1 :]
        return events

    async def _consume(stream: Any, overlap: OverlappedIngest) -> None:
        async for taken in stream.noack_take(settings.batch_max_events, within=settings.batch_max_seconds):
            events = _fault_drop(taken) if drop_once[0] is not None else taken
            messages = [
                RawMessage(
                    value=event.value if isinstance(event.value, bytes) else b"",
                    topic=event.message.topic,
                    partition=event.message.partition,
                    offset=event.message.offset,
                )
                for event in events
            ]

            async def stored(result: BatchResult, events: Sequence[Any] = events) -> None:
                runtime.last_batch_at = time.time()
                for event in events:
                    await stream.ack(event)

            # Batch N+1 is validated and enriched while batch N is stored; acks only after storing.
            await overlap.submit(messages, stored)


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
    app: faust.App,
    settings: Settings,
    sink: EventSink,
    alert_writer: AlertWriter,
    metrics: Metrics,
    toxicity_threshold: float | None = None,
    gate: WriteGate | None = None,
) -> Any:
    """The drift and alerting stages: features topic, drift agent with its table, alert engine."""
    from streams.alert_stage import AlertStage
    from streams.drift_stage import DriftStage, KafkaFeatureForwarder, drift_config, register_drift_agent

    features_topic = raw_topic(app, features_topic_name(settings), settings.topic_partitions)
    alerts = AlertStage(settings, app, alert_writer, metrics)

    @app.task
    async def start_alerting() -> None:
        await alerts.start()

    config = drift_config(settings, toxicity_threshold)
    stage = DriftStage(config, sink, settings.drift_checkpoint_seconds, on_signals=alerts.on_signals)
    register_drift_agent(app, settings, stage, features_topic, metrics, gate)
    if isinstance(sink, TopicRowSink):  # the sink process forwards the features of new events
        return TopicFeatureForwarder(sink.publisher)
    return KafkaFeatureForwarder(app, features_topic.get_topic_name())


def build_worker(settings: Settings, *, enricher: Enricher | None = None, console_every_s: float = 0) -> WorkerRuntime:
    """Assemble the Faust app with its agents and views.

    Direct mode opens the store and applies migrations first; topic mode declares the internal
    rows and features topics instead and publishes rows for ``driftline sink`` (streams.row_topic).
    """
    if settings.drift_enabled:
        from detectors.alerting import load_rules

        load_rules(settings.alert_rules_file)  # a bad rules file fails now, before models and store load
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    executor: StoreExecutor | None = None
    if settings.sink_mode == "direct":
        store = open_owned_store(settings)
        applied = store.migrate()
        if applied:
            log.info("store %s: applied migrations %s", settings.safe_clickhouse_url(), applied)
        executor = StoreExecutor(store)
    if settings.drift_enabled or executor is None:  # declared before anything produces to them (DESIGN.md)
        asyncio.run(ensure_internal_topics(settings, rows=executor is None))
    metrics = Metrics()
    app = create_app(settings)
    topics = declare_topics(app, settings)
    policy = RetryPolicy(settings.retry_initial_seconds, settings.retry_max_seconds)
    salt = load_hash_salt(settings)
    if enricher is None and settings.detectors_enabled:
        from streams.enrich import make_enricher

        started = time.perf_counter()
        enricher = make_enricher(settings, salt)
        log.info("detectors loaded in %.1fs", time.perf_counter() - started)
    if enricher is None and not settings.store_raw_text:
        log.warning("detectors_enabled is false: no PII analyzer runs, every text field is stored unredacted")
    drift = settings.drift_enabled and enricher is not None
    sink: EventSink
    alert_writer: AlertWriter
    if executor is None:
        topic_sink = TopicRowSink(
            FaustRowPublisher(app, rows_topic_name(settings)), metrics, policy, features_follow=drift
        )
        sink = alert_writer = topic_sink
    else:
        sink, alert_writer = ClickHouseSink(executor, metrics, policy), StoreAlertWriter(executor)
    # Armed before the drift stage, which writes no checkpoint while the watch doubts the broker.
    watch = register_broker_watch(app, settings, on_reset=lambda message: restart_in_place(runtime, message))
    forwarder = None
    if drift:
        from streams.drift_stage import enrichment_toxicity_threshold

        threshold = enrichment_toxicity_threshold(enricher)
        forwarder = _register_drift(app, settings, sink, alert_writer, metrics, threshold, watch)
    pipeline = IngestPipeline(
        sink=sink,
        dead_letters=FaustDeadLetterPublisher(app, settings.topic_dlq),
        metrics=metrics,
        salt=salt,
        max_event_bytes=settings.max_event_bytes,
        enricher=enricher,
        policy=policy,
        forwarder=forwarder,
        dead_letter_content=dead_letter_content(settings, enricher),
        max_future_skew_s=settings.max_future_skew_seconds,
    )
    runtime = WorkerRuntime(settings, app, topics, metrics, executor, pipeline)
    _register_ingest(runtime)
    register_web(app, metrics, executor, runtime.health)  # no /query without a store
    register_lag_monitor(app, metrics, settings.topic_events)
    runtime.fetch_watch = register_fetch_watch(
        app,
        [settings.topic_events],
        metrics,
        settings.fetch_stall_seconds,
        fault_partition=settings.fault_unfetched_partition,
    )
    if settings.commit_guard:
        runtime.gap_guard = register_gap_guard(
            app,
            [settings.topic_events],
            metrics,
            fault_partition=settings.fault_skipped_record_partition,
            on_stuck=lambda message: restart_for_held_commit(runtime, message),
            stuck_after_s=settings.commit_hold_restart_seconds,
            fault_undelivered_rereads=settings.fault_undelivered_rereads,
        )
    if console_every_s > 0:
        _register_console(runtime, console_every_s)
    return runtime


#: Every descriptor above stderr is closed before a restart in place (os.closerange is cheap on Linux).
MAX_FD = 1 << 20


def restart_in_place(runtime: WorkerRuntime | SinkRuntime, message: str) -> None:
    """Re-execute this process with its own command line (same pid): a fresh worker on a new cluster.

    Called by the broker watch after the broker lost its state. Nothing is committed first (the
    watch already refuses commits): the new process finds no committed offsets and reads the
    re-created topics from the earliest offset; the idempotent sink skips rows already stored.
    Also the gap guard's last resort for a commit held too long (:func:`restart_for_held_commit`).
    """
    log.critical("%s; restarting this process in place (pid %d) without committing", message, os.getpid())
    try:
        # the store's lock and the detector processes go before the new image starts; the run file
        # stays (same pid), or a `driftline query` in the gap would open the store and lock it (seen in CI)
        runtime.close(keep_run_file=True)
    except Exception:
        log.exception("closing before the restart failed; restarting anyway")
    logging.shutdown()
    # Descriptors opened without close-on-exec (the embedded engine's lock on its store) would
    # outlive execv in this same pid and keep the new image from opening the store (seen in CI).
    os.closerange(3, MAX_FD)
    os.execv(sys.executable, sys.orig_argv)


#: Restarts for a held commit this process image may still do (the count survives ``execv`` in the environment).
HELD_COMMIT_RESTARTS_ENV, MAX_HELD_COMMIT_RESTARTS = "DRIFTLINE_HELD_COMMIT_RESTARTS", 3


def restart_for_held_commit(runtime: WorkerRuntime | SinkRuntime, message: str) -> None:
    """The gap guard's last resort (:class:`streams.gap_guard.GapGuard` ``on_stuck``): restart in place.

    Nothing is committed past the held record, so the new image reads it again from the commit.
    At most :data:`MAX_HELD_COMMIT_RESTARTS` times per process; after that the hold is only logged.
    """
    done = int(os.environ.get(HELD_COMMIT_RESTARTS_ENV, "0") or 0)
    if done >= MAX_HELD_COMMIT_RESTARTS:
        log.critical("%s; not restarting again (%d restarts for held commits already)", message, done)
        return
    os.environ[HELD_COMMIT_RESTARTS_ENV] = str(done + 1)
    for name in [
        name for name in os.environ if name.startswith("DRIFTLINE_FAULT_") and name != "DRIFTLINE_FAULT_STORE_FILE"
    ]:
        del os.environ[name]  # test fault injection is once per process: the new image starts clean
    restart_in_place(runtime, message)


def run_worker(runtime: WorkerRuntime | SinkRuntime) -> int:
    """Run the worker (or the sink process) until SIGINT/SIGTERM; returns the exit code.

    A process that owns the store advertises its pid and web address in the run file, so
    ``driftline query`` goes through its ``/query`` endpoint.
    """
    from faust.worker import Worker

    settings = runtime.settings
    if runtime.executor is not None:
        advertise_store_owner(settings)
    worker = Worker(runtime.app, loglevel=settings.log_level, quiet=True)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    finally:
        runtime.close()
    return 0
