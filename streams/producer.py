"""The producer helper applications use to publish events: never blocks, never raises.

``emit()`` validates the event, serialises it and appends it to a bounded buffer in
microseconds — from any thread. A background task sends the buffer in batches with aiokafka,
reconnecting with back-off while Kafka is down. When the buffer is full, new events are
dropped and counted (``stats.dropped_full``); invalid events are dropped and counted too
(``stats.dropped_invalid``), each with a rate-limited warning. The application's request path
never waits for Kafka.

Async applications::

    producer = EventProducer(settings)
    await producer.start()
    producer.emit({"schema_version": 1, "event_id": ..., ...})
    await producer.stop()          # flushes what it can within the timeout

Threaded applications (Flask, Django, scripts)::

    with SyncEventProducer(settings) as producer:
        producer.emit(event)
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaProducer
from pydantic import ValidationError

from schemas.event import EventV1
from schemas.settings import Settings
from streams.cluster_epoch import ClusterEpoch
from streams.kafka import aiokafka_kwargs

__all__ = ["EventProducer", "ProducerStats", "SyncEventProducer"]

log = logging.getLogger(__name__)

_MAX_BACKOFF_S = 5.0  # a reconnect probe is one metadata request: cheap enough to repeat often


@dataclass(slots=True)
class ProducerStats:
    """Counters of what happened to emitted events (all monotonic)."""

    emitted: int = 0
    sent: int = 0
    dropped_full: int = 0
    dropped_invalid: int = 0
    send_failures: int = 0

    @property
    def dropped(self) -> int:
        """Events that will never reach Kafka."""
        return self.dropped_full + self.dropped_invalid


class EventProducer:
    """Buffered, batching, non-blocking event publisher (see module docstring)."""

    def __init__(
        self,
        settings: Settings,
        *,
        topic: str | None = None,
        max_buffer: int = 10_000,
        batch_size: int = 500,
        linger_s: float = 0.02,
    ) -> None:
        self.settings = settings
        self.topic = topic or settings.topic_events
        self.max_buffer = max_buffer
        self.batch_size = batch_size
        self.linger_s = linger_s
        self.stats = ProducerStats()
        self._buffer: collections.deque[tuple[bytes, bytes]] = collections.deque()
        self._lock = threading.Lock()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._in_flight = 0

    # -- the application's side: cheap, thread-safe, never raises -------------------------
    def emit(self, event: EventV1 | Mapping[str, Any]) -> bool:
        """Queue one event; True when queued, False when dropped (counted and logged)."""
        try:
            model = event if isinstance(event, EventV1) else EventV1.model_validate(event)
            key, value = model.event_id.encode(), model.model_dump_json(exclude_unset=True).encode()
        except (ValidationError, TypeError, ValueError) as exc:
            with self._lock:
                self.stats.dropped_invalid += 1
                count = self.stats.dropped_invalid
            if count == 1 or count % 1000 == 0:
                log.warning("driftline producer dropped an invalid event (%d so far): %s", count, str(exc)[:300])
            return False
        with self._lock:
            self.stats.emitted += 1
            if len(self._buffer) >= self.max_buffer:
                self.stats.dropped_full += 1
                count = self.stats.dropped_full
            else:
                self._buffer.append((key, value))
                return True
        if count == 1 or count % 1000 == 0:
            log.warning("driftline producer buffer full (%d events): dropped %d so far", self.max_buffer, count)
        return False

    def pending(self) -> int:
        """Events buffered or in flight."""
        with self._lock:
            return len(self._buffer) + self._in_flight

    # -- lifecycle -------------------------------------------------------------------------
    async def start(self) -> None:
        """Start the background sender (returns at once, even if Kafka is unreachable)."""
        if self._task is None:
            self._stopping = False
            self._task = asyncio.get_running_loop().create_task(self._run(), name="driftline-producer")

    async def flush(self, timeout_s: float = 10.0) -> bool:
        """Wait until everything queued so far is sent; False on timeout."""
        deadline = time.monotonic() + timeout_s
        while self.pending() and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        return self.pending() == 0

    async def stop(self, timeout_s: float = 10.0) -> None:
        """Flush (bounded by ``timeout_s``), then stop; unsent events are counted as dropped."""
        if self._task is None:
            return
        await self.flush(timeout_s)
        self._stopping = True
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None
        with self._lock:
            lost = len(self._buffer) + self._in_flight
            self._buffer.clear()
            self._in_flight = 0
            self.stats.dropped_full += lost
        if lost:
            log.warning("driftline producer stopped with %d unsent events (counted as dropped)", lost)

    # -- the sender ------------------------------------------------------------------------
    async def _run(self) -> None:
        """Send batches. Each batch counts as sent only when the cluster id read before it is still
        the cluster id after its acks: a batch that straddled a restart of the embedded broker (a new,
        empty cluster) is sent again (at-least-once; the store is idempotent on ``event_id``)."""
        backoff = 0.5
        producer: AIOKafkaProducer | None = None
        epoch = ClusterEpoch(self.settings, self.topic)
        cluster: str | None = None  # the cluster ``producer`` sends to
        checked: tuple[float, tuple[str, bool]] | None = None  # the last post-send check, reused once
        batch: list[tuple[bytes, bytes]] = []
        try:
            while not self._stopping:
                if not batch:
                    batch = self._take_batch()
                    if not batch:
                        await asyncio.sleep(self.linger_s)
                        continue
                state = checked[1] if checked and time.monotonic() - checked[0] < 1.0 else await epoch.read()
                checked = None
                if state is None:
                    log.log(
                        logging.WARNING if backoff == 0.5 else logging.DEBUG,
                        "driftline producer cannot reach Kafka at %s; retrying every %.1fs at most",
                        self.settings.kafka_bootstrap,
                        _MAX_BACKOFF_S,
                    )
                    await asyncio.sleep(backoff)
                    backoff = min(backoff * 2, _MAX_BACKOFF_S)
                    continue
                backoff = 0.5
                cluster_id, topic_exists = state
                if cluster_id != cluster or not topic_exists:
                    if producer is not None:  # its metadata names topics of a cluster that is gone
                        log.warning("driftline producer: Kafka is a new cluster (%s); reconnecting", cluster_id)
                        await _quiet_stop(producer)
                        producer = None
                    if not topic_exists:
                        await epoch.create_topic()
                    cluster = cluster_id
                if producer is None:
                    producer = AIOKafkaProducer(acks="all", linger_ms=5, **aiokafka_kwargs(self.settings))
                    try:
                        await producer.start()
                    except Exception as exc:
                        await _quiet_stop(producer)
                        producer = None
                        log.warning("driftline producer cannot start (%s); retrying", exc)
                        await asyncio.sleep(0.5)
                        continue
                try:
                    futures = [await producer.send(self.topic, value=value, key=key) for key, value in batch]
                    await asyncio.gather(*futures)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    self.stats.send_failures += 1
                    log.warning("driftline producer send failed (%s); will retry the batch", exc)
                    await _quiet_stop(producer)
                    producer = None
                    continue
                after = await epoch.read()
                if after is None or after[0] != cluster:
                    self.stats.send_failures += 1
                    log.warning("driftline producer: the broker restarted or vanished under a batch; resending it")
                    continue
                checked = (time.monotonic(), after)
                with self._lock:
                    self.stats.sent += len(batch)
                    self._in_flight -= len(batch)
                batch = []
        finally:
            await epoch.close()
            if producer is not None:
                await _quiet_stop(producer)

    def _take_batch(self) -> list[tuple[bytes, bytes]]:
        with self._lock:
            n = min(self.batch_size, len(self._buffer))
            batch = [self._buffer.popleft() for _ in range(n)]
            self._in_flight += n
            return batch


async def _quiet_stop(producer: AIOKafkaProducer) -> None:
    try:
        await producer.stop()
    except Exception:
        log.debug("producer stop failed", exc_info=True)


class SyncEventProducer:
    """:class:`EventProducer` for threaded code: runs its own event loop in a daemon thread."""

    def __init__(self, settings: Settings, **kwargs: Any) -> None:
        self._producer = EventProducer(settings, **kwargs)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="driftline-producer", daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._producer.start(), self._loop).result()

    @property
    def stats(self) -> ProducerStats:
        """The underlying producer's counters."""
        return self._producer.stats

    def emit(self, event: EventV1 | Mapping[str, Any]) -> bool:
        """Queue one event (never blocks, never raises); False when dropped."""
        return self._producer.emit(event)

    def flush(self, timeout_s: float = 10.0) -> bool:
        """Block until everything queued is sent, or the timeout passes."""
        return asyncio.run_coroutine_threadsafe(self._producer.flush(timeout_s), self._loop).result()

    def close(self, timeout_s: float = 10.0) -> None:
        """Flush within ``timeout_s``, stop the sender and the thread."""
        asyncio.run_coroutine_threadsafe(self._producer.stop(timeout_s), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout_s)

    def __enter__(self) -> SyncEventProducer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
