"""The worker's Kafka consumer with a configurable fetch wait (``broker_fetch_max_wait_ms``).

Why: Faust (faust-streaming 0.15.3, ``faust/transport/drivers/aiokafka.py``,
``AIOKafkaConsumerThread._create_worker_consumer``) builds its aiokafka consumer with
``fetch_max_wait_ms=1500`` hard-coded; no Faust setting reaches it. The embedded Tansu broker
(0.6.0) holds each fetch for about half of ``fetch_max_wait_ms`` *even when records are waiting*
(it sleeps ``remaining / 2`` after reading them), so at a steady rate every event waited
0.4-0.8 s in the broker before the worker saw it (a bare aiokafka consumer at 1,000 events/s:
produce -> consume p50 412 ms, p99 796 ms with 1,500; 35 / 376 ms with 100; docs/benchmarks.md,
session 10). A real Kafka broker answers as soon as ``fetch_min_bytes`` (1) is there, so a
lower wait only polls an idle topic more often.

How: three one-method subclasses, no monkey-patching: :class:`FetchWaitTransport` (the
``kafka://`` transport) creates :class:`FetchWaitConsumer`, whose consumer thread
(:class:`FetchWaitConsumerThread`) lets Faust build the aiokafka consumer and then replaces the
fetch wait before the consumer starts. aiokafka (0.14) keeps it in the private attribute
``_fetch_max_wait_ms`` until ``start()`` hands it to its ``Fetcher``; ``tests/unit/test_kafka_fetch.py``
fails if either library changes that.
"""

from __future__ import annotations

from typing import Any

import aiokafka
from faust.transport.drivers import aiokafka as faust_aiokafka

__all__ = ["FetchWaitConsumer", "FetchWaitConsumerThread", "FetchWaitTransport", "fetch_max_wait_ms"]

#: Faust's own value, used when the app does not carry ours (``App.driftline_fetch_max_wait_ms``).
FAUST_FETCH_MAX_WAIT_MS = 1500


def fetch_max_wait_ms(app: Any) -> int:
    """The fetch wait the app asks for (``driftline_fetch_max_wait_ms``), else Faust's 1,500 ms."""
    return int(getattr(app, "driftline_fetch_max_wait_ms", FAUST_FETCH_MAX_WAIT_MS))


class FetchWaitConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """Faust's consumer thread, with the app's fetch wait instead of the hard-coded 1,500 ms."""

    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = fetch_max_wait_ms(self.app)  # read by AIOKafkaConsumer.start()
        return consumer


class FetchWaitConsumer(faust_aiokafka.Consumer):
    """Faust's aiokafka consumer, running :class:`FetchWaitConsumerThread`."""

    def _new_consumer_thread(self) -> FetchWaitConsumerThread:
        return FetchWaitConsumerThread(self, loop=self.loop, beacon=self.beacon)


class FetchWaitTransport(faust_aiokafka.Transport):
    """The ``kafka://`` transport, creating :class:`FetchWaitConsumer`."""

    Consumer = FetchWaitConsumer
