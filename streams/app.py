"""The Faust application object, configured from :class:`~schemas.settings.Settings`.

This module holds only the App; topics, agents and web views live in their own modules.
"""

from __future__ import annotations

from typing import Any

import faust
from faust.types import TransportT

from schemas.settings import Settings
from streams.kafka import faust_credentials
from streams.kafka_fetch import FetchWaitTransport

__all__ = ["DriftlineApp", "create_app"]


class DriftlineApp(faust.App):
    """A Faust app whose consumer uses ``broker_fetch_max_wait_ms`` (see :mod:`streams.kafka_fetch`)."""

    def __init__(self, *args: Any, fetch_max_wait_ms: int, **kwargs: Any) -> None:
        self.driftline_fetch_max_wait_ms = fetch_max_wait_ms
        super().__init__(*args, **kwargs)

    def _new_transport(self) -> TransportT:
        return FetchWaitTransport(self.conf.broker_consumer, self)


def create_app(settings: Settings) -> faust.App:
    """A Faust app for driftline's worker (consumer group = ``settings.consumer_group``)."""
    brokers = [f"kafka://{server.strip()}" for server in settings.kafka_bootstrap.split(",")]
    return DriftlineApp(
        settings.consumer_group,
        fetch_max_wait_ms=settings.broker_fetch_max_wait_ms,
        broker=brokers,
        broker_credentials=faust_credentials(settings),
        store="memory://",
        # tables hold opaque bytes (compressed checkpoints) keyed by bytes
        table_key_serializer="raw",
        table_value_serializer="raw",
        autodiscover=False,
        datadir=str(settings.data_dir / "faust"),
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication_factor,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=settings.broker_session_timeout,
        broker_rebalance_timeout=settings.broker_rebalance_timeout,
        broker_heartbeat_interval=settings.broker_heartbeat_interval,
        broker_commit_interval=1.0,
        producer_acks=-1,
        # drift-state checkpoints can exceed 1 MB while a segment is still collecting its reference
        producer_max_request_size=16_000_000,
        web_enabled=True,
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_bind=settings.web_host,
        web_stats_enabled=False,
        web_metrics_enabled=False,
        web_graph_enabled=False,
        web_tables_enabled=False,
        web_router_enabled=False,
    )
