"""The alerting stage in the worker: drift transitions → alert engine → dispatcher.

Drift signals arrive from :class:`~streams.drift_stage.DriftStage` with the event-time
watermark; the engine (rules, dedup, cooldown, hysteresis, grouping) decides; the dispatcher
writes ``alerts`` rows, publishes to ``llm.alerts`` and the request topics, and hands Slack
messages to the notifier (which never blocks the pipeline). The engine runs in each worker
for the segments that worker owns: with several workers, Slack grouping is per worker.

Engine state is not checkpointed in Kafka: the ``alerts`` table is the record of what was
announced, so at start-up and after every partition assignment the stage re-reads it
(:class:`~streams.alerting.StoreAlertState`) and :meth:`~detectors.alerting.AlertEngine.restore`
re-learns which alerts are firing and which rule × segment is cooling down. A restarted worker
therefore neither announces a firing alert twice nor forgets to announce its resolution.
Signals wait until the first restore is done. What is lost with a restart: grouping windows
(a Slack message waiting in one is not sent) and held re-fires (announced again by the next onset).
On shutdown the notifier gets a bounded time to deliver what is queued; the rest is recorded
``failed`` ("not delivered before shutdown") on its alert rows.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

import faust

from detectors.alerting import AlertEngine, load_rules
from detectors.alerting.engine import RecordedAlert
from detectors.alerting.links import LinkBuilder
from detectors.drift.records import DriftSignal
from schemas.alerts import AlertSignal, Segment
from schemas.settings import Settings
from streams.alerting import AlertDispatcher, AlertTopics, AlertWriter, StoreAlertState, StoreAlertWriter
from streams.metrics import Metrics
from streams.sink import RetryPolicy, retry_until_done
from streams.slack import SlackNotifier, notifier_from_settings

__all__ = ["AlertStage", "FaustPublisher", "to_alert_signal"]

log = logging.getLogger(__name__)


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def to_alert_signal(signal: DriftSignal) -> AlertSignal:
    """The alert engine's view of one drift transition (segment keys as :mod:`streams.drift_stage` writes them)."""
    from streams.drift_stage import segment_from_key

    segment = segment_from_key(signal.segment)
    at = _utc(signal.event_time)
    return AlertSignal(
        kind=signal.signal,
        segment=Segment(app=segment[0], model=segment[1], prompt_version=segment[2]),
        state="firing" if signal.transition == "onset" else "ok",
        value=float(signal.value),
        threshold=float(signal.threshold),
        event_id=signal.event_id,
        timestamp=at,
        detector=signal.detector or signal.signal,
        window_start=at,
        window_end=at,
        n_events=int(signal.n_reference),
    )


class FaustPublisher:
    """The dispatcher's publisher over the worker's own Faust producer (waits for acks)."""

    def __init__(self, app: faust.App) -> None:
        self.app = app

    async def publish(self, topic: str, key: bytes, value: bytes) -> None:
        await self.app.producer.send_and_wait(topic, key, value, partition=None, timestamp=None, headers=None)


class AlertStateSource(Protocol):
    """Reads what the ``alerts`` table recorded (firing alerts, cooldowns) for a restart."""

    async def load(self) -> list[RecordedAlert]: ...


class AlertStage:
    """Engine + dispatcher + optional Slack notifier for one worker."""

    def __init__(
        self,
        settings: Settings,
        app: faust.App,
        writer: AlertWriter,
        metrics: Metrics,
        state: AlertStateSource | None = None,
    ) -> None:
        """``state`` reads the alerts table back; by default the store behind a :class:`StoreAlertWriter`,
        in sink mode the sink's store through ``run_query`` (:mod:`streams.remote_alert_state`)."""
        rules = load_rules(settings.alert_rules_file)
        links = LinkBuilder(grafana_url=settings.grafana_url, dashboard_path=settings.grafana_dashboard_path)
        self.engine = AlertEngine(rules, database=settings.clickhouse_database, links=links)
        self.policy = RetryPolicy(settings.retry_initial_seconds, settings.retry_max_seconds)
        horizon = max((rule.cooldown for rule in rules.enabled_rules()), default=0.0)
        if state is None and isinstance(writer, StoreAlertWriter):
            state = StoreAlertState(writer.executor, horizon)
        elif state is None and settings.sink_mode == "topic":  # no store here: ask the sink (its /query)
            from streams.remote_alert_state import RemoteAlertState

            state = RemoteAlertState(settings, horizon)
        self.state = state
        self.notifier: SlackNotifier | None = None
        self.dispatcher = AlertDispatcher(
            writer,
            FaustPublisher(app),
            None,
            topics=AlertTopics.from_settings(settings),
            metrics=metrics,
        )
        self.notifier = notifier_from_settings(settings, on_result=self.dispatcher.record_delivery)
        self.dispatcher.notifier = self.notifier
        self._restored = asyncio.Event()
        self._lock = asyncio.Lock()  # a restore never lands between a decision and its rows

        self._tasks: set[asyncio.Task[int]] = set()

        async def assigned(sender: Any, *args: Any, **kwargs: Any) -> None:
            # Segments may have moved here from a worker that announced alerts: signals wait for a
            # fresh restore, which runs beside the rebalance (a slow store must not stall it).
            self._restored.clear()
            task = asyncio.ensure_future(self.restore())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        self._on_assigned = assigned
        app.on_partitions_assigned.connect(assigned)  # type: ignore[arg-type]

        async def shutting_down(sender: Any, *args: Any, **kwargs: Any) -> None:
            # Before the store and producer close: queued Slack messages get a last chance, and
            # whatever is left is recorded 'failed' on its alert rows instead of staying 'pending'.
            await self.stop()

        self._on_shutdown = shutting_down  # signals hold weak references
        app.on_before_shutdown.connect(shutting_down)  # type: ignore[arg-type]

    async def start(self) -> None:
        await self.restore()
        if self.notifier is not None:
            await self.notifier.start()

    async def stop(self) -> None:
        if self.notifier is not None:
            await self.notifier.close()

    async def restore(self) -> int:
        """Re-learn firing alerts and cooldowns from the ``alerts`` table; returns the states changed."""
        if self.state is None:
            if not self._restored.is_set():
                log.warning("no alert state source (sink mode): firing alerts are not restored after a restart")
            self._restored.set()
            return 0
        state = self.state

        def failed(attempt: int, exc: BaseException) -> None:
            log.warning("reading alert state from the store failed (attempt %d), retrying: %s", attempt, exc)

        async with self._lock:
            records = await retry_until_done(state.load, self.policy, failed)
            changed = self.engine.restore(records)
        if changed:
            firing = len(self.engine.firing())
            log.info("alert state restored from the alerts table: %d change(s), %d alert(s) firing", changed, firing)
        self._restored.set()
        return changed

    async def on_signals(self, signals: Sequence[DriftSignal], watermark: float) -> None:
        """Feed drift transitions and the event-time watermark to the engine; dispatch its decisions."""
        await self._restored.wait()
        async with self._lock:
            output = self.engine.process([to_alert_signal(s) for s in signals], watermark=_utc(watermark))
            if output.decisions or output.notifications:
                await self.dispatcher.dispatch(output)
