"""Which Kafka cluster a client is talking to, so it can tell a restarted embedded broker apart.

The embedded Tansu broker keeps nothing across a restart and gets a new cluster id at every start
(:class:`~streams.broker.EmbeddedBroker`). A producer whose metadata still names the old cluster's
topics then writes to topics the new broker does not have: Tansu 0.6 acknowledges such writes and
loses some of them (measured: 2 writes acked, 1 readable; docs/reliability.md). :class:`ClusterEpoch`
reads the cluster id (one metadata request naming one topic, no auto-creation) and creates that
topic when the cluster lacks it, so the producer helper can check before and after each batch.
"""

from __future__ import annotations

import contextlib
import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from aiokafka.protocol.metadata import MetadataRequest

from schemas.settings import Settings
from streams.kafka import aiokafka_kwargs

__all__ = ["ClusterEpoch"]

log = logging.getLogger(__name__)

_UNKNOWN_TOPIC = 3


class ClusterEpoch:
    """Reads the cluster id and whether ``topic`` exists, over one long-lived admin connection."""

    def __init__(self, settings: Settings, topic: str, timeout_ms: int = 5000) -> None:
        self.settings = settings
        self.topic = topic
        self.timeout_ms = timeout_ms
        self._admin: AIOKafkaAdminClient | None = None

    async def read(self) -> tuple[str, bool] | None:
        """(cluster id, topic exists), or None while the broker is unreachable."""
        try:
            if self._admin is None:
                self._admin = AIOKafkaAdminClient(request_timeout_ms=self.timeout_ms, **aiokafka_kwargs(self.settings))
                await self._admin.start()
            request = MetadataRequest([self.topic], allow_auto_topic_creation=False)
            response = (await self._admin._send_request(request)).to_object()
        except Exception as exc:
            log.debug("cluster metadata not readable (%s)", exc)
            await self.close()
            return None
        topics = {t["topic"]: t for t in response.get("topics", [])}
        info = topics.get(self.topic)
        exists = info is not None and info.get("error_code", 0) != _UNKNOWN_TOPIC and bool(info.get("partitions"))
        return str(response.get("cluster_id")), exists

    async def create_topic(self, partitions: int | None = None) -> None:
        """Create ``topic`` with ``partitions`` (default ``topic_partitions``); already existing is fine."""
        if self._admin is None:
            raise RuntimeError("read() first")
        count = partitions or self.settings.topic_partitions
        replication = 1 if partitions else self.settings.topic_replication_factor
        with contextlib.suppress(TopicAlreadyExistsError):
            await self._admin.create_topics([NewTopic(self.topic, count, replication)])
        log.info("created topic %s with %d partition(s)", self.topic, count)

    async def close(self) -> None:
        admin, self._admin = self._admin, None
        if admin is not None:
            with contextlib.suppress(Exception):
                await admin.close()
