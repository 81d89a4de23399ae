"""Detects a broker that lost its state (an embedded Tansu restart) and stops the worker.

The embedded broker keeps everything in memory: restarted on the same address it is a new, empty
cluster. A running worker does not recover from that by itself: its fetch positions point into
topics that were re-created from offset 0 (it silently skips their first messages), the consumer
group and Faust's internal topics are gone, and the next rebalance waits forever on a commit the
new broker rejects (measured: docs/reliability.md). The only safe move is a fresh start: a new
worker declares its topics, joins a new group, reads the re-created input topic from the start,
and the idempotent sink skips whatever was stored already.

The watch detects the reset with a sentinel topic: the worker creates ``<group>-broker-epoch`` at
start; nobody produces to it, so nothing re-creates it by accident. When a later check finds the
broker reachable but the sentinel gone, the worker exits with :data:`EXIT_BROKER_RESET` (75,
``EX_TEMPFAIL``) for its supervisor (systemd, Kubernetes, docker ``restart:``) to start it again.
A real Kafka cluster keeps its topics across broker restarts, so the watch never fires there.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable

import faust
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from schemas.settings import Settings
from streams.kafka import aiokafka_kwargs

__all__ = ["EXIT_BROKER_RESET", "BrokerWatch", "register_broker_watch", "sentinel_topic"]

log = logging.getLogger(__name__)

#: Exit status of a worker that saw the broker lose its state (EX_TEMPFAIL: start me again).
EXIT_BROKER_RESET = 75


def sentinel_topic(settings: Settings) -> str:
    """The topic whose disappearance means the broker lost its state."""
    return f"{settings.consumer_group}-broker-epoch"


def _exit_for_restart(message: str) -> None:
    log.critical("%s; exiting with status %d so a supervisor starts a fresh worker", message, EXIT_BROKER_RESET)
    logging.shutdown()
    os._exit(EXIT_BROKER_RESET)  # a graceful stop would wait on the commit the new broker rejects


class BrokerWatch:
    """Checks the sentinel topic; calls ``on_reset`` once the broker is back without it."""

    def __init__(self, settings: Settings, on_reset: Callable[[str], None] = _exit_for_restart) -> None:
        self.settings = settings
        self.topic = sentinel_topic(settings)
        self.on_reset = on_reset
        self.armed = False

    async def check(self) -> bool:
        """One check; True when a reset was detected (and reported)."""
        admin = AIOKafkaAdminClient(request_timeout_ms=5000, **aiokafka_kwargs(self.settings))
        try:
            await admin.start()
            topics = set(await admin.list_topics())
            if not self.armed:
                if self.topic not in topics:
                    await admin.create_topics([NewTopic(self.topic, num_partitions=1, replication_factor=1)])
                self.armed = True
                return False
        except Exception as exc:  # broker down or unreachable: not a reset by itself, check again later
            log.debug("broker watch: broker not reachable (%s)", exc)
            return False
        finally:
            await admin.close()
        if self.topic in topics:
            return False
        self.on_reset(
            f"the Kafka broker at {self.settings.kafka_bootstrap} lost its state (topic {self.topic} is gone)"
        )
        return True


def register_broker_watch(app: faust.App, settings: Settings) -> BrokerWatch | None:
    """Run a :class:`BrokerWatch` every ``broker_watch_seconds`` (None when set to 0)."""
    if settings.broker_watch_seconds <= 0:
        return None
    watch = BrokerWatch(settings)

    @app.timer(settings.broker_watch_seconds)
    async def watch_broker_state() -> None:
        try:  # a check must never hang the timer (a client bootstrapping against a dead broker)
            await asyncio.wait_for(watch.check(), timeout=max(10.0, 2 * settings.broker_watch_seconds))
        except TimeoutError:
            log.debug("broker watch: check timed out")

    return watch
