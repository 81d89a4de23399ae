"""driftline's Prometheus metrics, registered beside Faust's on one registry per app.

>>> m = Metrics()
>>> m.events_consumed.inc(3)
>>> b"driftline_events_consumed_total 3.0" in m.render()
True
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

__all__ = ["Metrics"]

_STAGE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    """Every driftline metric (names are a contract: dashboards and alerts use them)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.events_consumed = Counter("driftline_events_consumed", "Messages read from the input topic.", registry=r)
        self.events_accepted = Counter("driftline_events_accepted", "Messages that passed validation.", registry=r)
        self.rows_written = Counter("driftline_rows_written", "Rows inserted into ClickHouse.", ["table"], registry=r)
        self.duplicates_skipped = Counter(
            "driftline_duplicates_skipped",
            "Events not inserted because their event_id was already stored (replays, redeliveries).",
            registry=r,
        )
        self.fetch_stalls = Counter(
            "driftline_fetch_stalls",
            "Input partitions found idle with records waiting, logged and re-activated (fetch watchdog).",
            ["topic"],
            registry=r,
        )
        self.drift_updates = Counter(
            "driftline_drift_updates",
            "Events applied to this worker's drift states (after deduplication by the store).",
            registry=r,
        )
        self.offset_gaps = Counter(
            "driftline_offset_gaps",
            "Offset gaps the consumer reported on an input partition, each read again (gap guard).",
            ["topic"],
            registry=r,
        )
        self.dlq = Counter("driftline_dlq", "Messages sent to the dead-letter topic.", ["reason"], registry=r)
        self.alerts = Counter("driftline_alerts", "Alerts raised.", ["kind"], registry=r)
        self.store_failures = Counter(
            "driftline_store_failures", "Failed store writes (each is retried).", ["table"], registry=r
        )
        self.store_up = Gauge("driftline_store_up", "1 when the last store write succeeded.", registry=r)
        self.rows_published = Counter(
            "driftline_rows_published",
            "Rows a topic-mode worker published to the internal rows topic for the sink process.",
            ["table"],
            registry=r,
        )
        self.consumer_lag = Gauge(
            "driftline_consumer_lag",
            "Messages on the input topic not yet committed by this worker (fetch high watermark - committed).",
            ["topic", "partition"],
            registry=r,
        )
        self.batch_size = Histogram(
            "driftline_batch_events",
            "Events per ingest batch.",
            buckets=(1, 10, 50, 100, 250, 500, 1000, 2000, 5000, 10000),
            registry=r,
        )
        self.stage_seconds = Histogram(
            "driftline_stage_seconds",
            "Time spent per batch in each pipeline stage.",
            ["stage"],
            buckets=_STAGE_BUCKETS,
            registry=r,
        )
        self.producer_dropped = Counter(
            "driftline_producer_dropped", "Events the producer helper dropped.", ["reason"], registry=r
        )
        self.store_up.set(1)

    def render(self) -> bytes:
        """The registry in Prometheus text format."""
        return generate_latest(self.registry)

    def value(self, name: str, labels: dict[str, str] | None = None) -> float:
        """Current value of a sample (for the console and tests); 0 when absent."""
        got = self.registry.get_sample_value(name, labels or {})
        return float(got) if got is not None else 0.0
