"""The alerting stage in the worker: drift transitions → alert engine → dispatcher.

Drift signals arrive from :class:`~streams.drift_stage.DriftStage` with the event-time
watermark; the engine (rules, dedup, cooldown, hysteresis, grouping) decides; the dispatcher
writes ``alerts`` rows, publishes to ``llm.alerts`` and the request topics, and hands Slack
messages to the notifier (which never blocks the pipeline). The engine runs in each worker
for the segments that worker owns: with several workers, Slack grouping is per worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import faust

from detectors.alerting import AlertEngine, load_rules
from detectors.alerting.links import LinkBuilder
from detectors.drift.records import DriftSignal
from schemas.alerts import AlertSignal, Segment
from schemas.settings import Settings
from streams.alerting import AlertDispatcher, AlertTopics, StoreAlertWriter
from streams.metrics import Metrics
from streams.slack import SlackNotifier, notifier_from_settings
from streams.store import StoreExecutor

__all__ = ["AlertStage", "FaustPublisher", "to_alert_signal"]


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


class AlertStage:
    """Engine + dispatcher + optional Slack notifier for one worker."""

    def __init__(self, settings: Settings, app: faust.App, executor: StoreExecutor, metrics: Metrics) -> None:
        rules = load_rules(settings.alert_rules_file)
        links = LinkBuilder(grafana_url=settings.grafana_url, dashboard_path=settings.grafana_dashboard_path)
        self.engine = AlertEngine(rules, database=settings.clickhouse_database, links=links)
        self.notifier: SlackNotifier | None = None
        self.dispatcher = AlertDispatcher(
            StoreAlertWriter(executor),
            FaustPublisher(app),
            None,
            topics=AlertTopics.from_settings(settings),
            metrics=metrics,
        )
        self.notifier = notifier_from_settings(settings, on_result=self.dispatcher.record_delivery)
        self.dispatcher.notifier = self.notifier

    async def start(self) -> None:
        if self.notifier is not None:
            await self.notifier.start()

    async def stop(self) -> None:
        if self.notifier is not None:
            await self.notifier.close()

    async def on_signals(self, signals: Sequence[DriftSignal], watermark: float) -> None:
        """Feed drift transitions and the event-time watermark to the engine; dispatch its decisions."""
        output = self.engine.process([to_alert_signal(s) for s in signals], watermark=_utc(watermark))
        if output.decisions or output.notifications:
            await self.dispatcher.dispatch(output)
