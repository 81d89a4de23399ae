"""Consumer lag as a metric: ``driftline_consumer_lag{topic, partition}``.

Lag is the high watermark minus the committed offset, per assigned partition of the input topic.
The high watermark comes from the consumer's fetch responses (aiokafka ``highwater``), not from
ListOffsets: the embedded Tansu broker answers ListOffsets(latest) with a wrong end offset
(DESIGN.md). While the store is down the worker stops acking and committing, so the lag grows
and stays visible; it falls back to 0 once the backlog is stored.
"""

from __future__ import annotations

import logging
from typing import Any

import faust

from streams.metrics import Metrics

__all__ = ["partition_lags", "register_lag_monitor"]

log = logging.getLogger(__name__)


def partition_lags(consumer: Any, topic: str) -> dict[int, int]:
    """Lag per assigned partition of ``topic``.

    Partitions are left out until both a high watermark (first fetch) and a committed offset
    (first commit by this process) are known.
    """
    lags: dict[int, int] = {}
    committed = getattr(consumer, "_committed_offset", {})
    for tp in consumer.assignment():
        if tp.topic != topic:
            continue
        try:
            high = consumer.highwater(tp)
        except Exception:  # not fetched yet, or the consumer is (re)starting
            continue
        done = committed.get(tp)
        if high is None or done is None:
            continue
        lags[tp.partition] = max(0, int(high) - int(done))
    return lags


def register_lag_monitor(app: faust.App, metrics: Metrics, topic: str, every_s: float = 1.0) -> None:
    """Refresh the lag gauge every ``every_s`` seconds."""

    @app.timer(every_s)
    async def update_consumer_lag() -> None:
        try:
            lags = partition_lags(app.consumer, topic)
        except Exception:  # the consumer is not started yet or is rebalancing
            log.debug("consumer lag not available", exc_info=True)
            return
        for partition, lag in lags.items():
            metrics.consumer_lag.labels(topic=topic, partition=str(partition)).set(lag)
