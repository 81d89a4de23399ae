"""Fetch watchdog: notices an input partition that stopped being fetched, says why, and unsticks it.

Twice in fresh-clone CI a consumer (a worker after a SIGKILL restart, the sink after a worker's
SIGKILL) stopped reading one partition while the broker held more records for it and every task
was idle: no error, no log line, lag frozen. Faust keeps three fetch-control sets
(``_active_partitions``, ``_paused_partitions`` for recovery, ``_buffered_partitions`` for
back-pressure) on top of aiokafka's own pause flag and fetch position; a partition left out of the
fetch by any of them is silent. This module watches every assigned partition of the topics it is
given, once per ``every_s``:

* a partition is **stalled** when its committed offset (what this process finished) has not moved
  for ``stall_s`` although the high watermark from its last fetch response is ahead of it, and the
  process is idle: its stream queues are empty, no message handed to a stream is still unacked (a
  batch being stored, e.g. during a store outage, is work, not a stall) and no table recovery runs.
  Progress is judged by the commit, not by aiokafka's position, so all three silent shapes count:
  a partition left out of the fetch, one fetched but whose records Faust drops as already read,
  and one whose records never reach the stream;
* a stalled partition is logged at WARNING with its whole fetch state (position, high watermark,
  aiokafka pause flag, Faust's active/paused/buffered membership), counted in
  ``driftline_fetch_stalls_total{topic}`` and shown in ``/health``;
* then repaired: put back in Faust's active set (and out of its buffered/paused sets), aiokafka's
  pause lifted, and fetched again from the committed offset (:func:`streams.gap_guard.reread_from`).
  Records after the commit are read again: nothing is lost, and a record that was already stored
  is deduplicated by the idempotent pipeline. This is also how the gap guard's held commits
  (records skipped, or lost from a stream queue) are re-read.

:func:`find_stalls` is the pure decision (unit-tested); :func:`register_fetch_watch` the timer; the
state is read by :func:`streams.partition_state.read_partitions`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from streams.gap_guard import in_consumer_thread, reread_from
from streams.partition_state import PartitionState, read_partitions

log = logging.getLogger(__name__)

__all__ = ["FetchState", "FetchWatch", "find_stalls", "register_fetch_watch"]


@dataclass
class FetchState:
    """What the watch remembers between ticks: when each partition's progress last moved."""

    moved_at: dict[tuple[str, int], tuple[int | None, float]] = field(default_factory=dict)


def find_stalls(
    partitions: Iterable[PartitionState], state: FetchState, now: float, stall_s: float, idle: bool
) -> list[PartitionState]:
    """Partitions whose progress has not moved for ``stall_s`` while records wait for them.

    ``idle`` is False while the process is busy (stream queues not empty, or recovery running):
    then nothing is a stall, and the clocks keep running (a partition that stays put through a
    busy spell and on into idleness is reported on the first idle tick past ``stall_s``).

    >>> s = FetchState()
    >>> p = PartitionState("t", 0, committed=10, position=50, highwater=50)
    >>> find_stalls([p], s, now=0.0, stall_s=30, idle=True)
    []
    >>> [x.partition for x in find_stalls([p], s, now=31.0, stall_s=30, idle=True)]
    [0]
    >>> find_stalls([PartitionState("t", 0, 50, 50, 50)], s, now=62.0, stall_s=30, idle=True)
    []
    """
    stalled: list[PartitionState] = []
    seen: set[tuple[str, int]] = set()
    for fetch in partitions:
        key = (fetch.topic, fetch.partition)
        seen.add(key)
        previous = state.moved_at.get(key)
        done = fetch.progress
        if previous is None or previous[0] != done:
            state.moved_at[key] = (done, now)
            continue
        waiting = done is not None and fetch.highwater is not None and fetch.highwater > done
        if idle and waiting and now - previous[1] >= stall_s:
            stalled.append(fetch)
    for key in set(state.moved_at) - seen:  # revoked partitions
        del state.moved_at[key]
    return stalled


def _idle(app: Any) -> bool:
    """No queued message, no message handed to a stream and not yet acked, no table recovery."""
    if getattr(app, "in_recovery", False) or len(app.consumer._unacked_messages):
        return False
    for channel in app.topics:
        queue = getattr(channel, "_queue", None)
        if queue is not None and queue.qsize() > 0:
            return False
    return True


@dataclass
class FetchWatch:
    """The watch of one Faust app (see module docstring); ``stalls`` counts repairs since start."""

    app: Any
    topics: set[str]
    stall_s: float
    metrics: Any = None
    state: FetchState = field(default_factory=FetchState)
    stalls: int = 0
    last_stall: str | None = None
    fault_partition: int | None = None  # fault injection (tests): drop this partition from the fetch once

    def _inject_fault(self, consumer: Any) -> None:
        tp = next(
            (tp for tp in consumer.assignment() if tp.topic in self.topics and tp.partition == self.fault_partition),
            None,
        )
        if tp is None:
            return
        consumer._get_active_partitions().discard(tp)
        log.warning("fault injection: input partition %s[%d] silently left out of the fetch", tp.topic, tp.partition)
        self.fault_partition = None

    async def tick(self) -> list[PartitionState]:
        """Look once; log and repair what is stalled. Returns the stalled partitions."""
        consumer = self.app.consumer
        try:
            if self.fault_partition is not None:
                self._inject_fault(consumer)
            partitions = read_partitions(consumer, self.topics)
        except Exception:  # not started, rebalancing, or a driver without these internals
            log.debug("fetch state not available", exc_info=True)
            return []
        stalled = find_stalls(partitions, self.state, time.monotonic(), self.stall_s, _idle(self.app))
        for fetch in stalled:
            self.stalls += 1
            self.last_stall = fetch.describe_fetch()
            log.warning(
                "input partition made no progress for %.0f s while idle with records waiting: %s; "
                "re-activating it and seeking to %s",
                self.stall_s,
                fetch.describe_fetch(),
                fetch.progress,
            )
            if self.metrics is not None:
                self.metrics.fetch_stalls.labels(topic=fetch.topic).inc()
            try:
                await self._repair(consumer, fetch)
            except Exception:  # the watch must never take the worker down
                log.exception("re-activating %s[%d] failed", fetch.topic, fetch.partition)
            self.state.moved_at.pop((fetch.topic, fetch.partition), None)
        return stalled

    async def _repair(self, consumer: Any, fetch: PartitionState) -> None:
        tp = next(
            (tp for tp in consumer.assignment() if (tp.topic, tp.partition) == (fetch.topic, fetch.partition)), None
        )
        if tp is None or fetch.progress is None:
            return
        consumer._buffered_partitions.discard(tp)
        consumer._paused_partitions.discard(tp)
        consumer._get_active_partitions().add(tp)
        if fetch.aiokafka_paused:
            await in_consumer_thread(consumer, lambda aio: aio.resume(tp))
        await reread_from(consumer, tp, fetch.progress)

    def health(self) -> Mapping[str, Any]:
        """``/health`` fields: stalls repaired since start and the last one's state."""
        return {"fetch_stalls": self.stalls, "last_fetch_stall": self.last_stall}


def register_fetch_watch(
    app: Any,
    topics: Iterable[str],
    metrics: Any = None,
    stall_s: float = 30.0,
    every_s: float | None = None,
    fault_partition: int | None = None,
) -> FetchWatch:
    """Run a :class:`FetchWatch` over ``topics`` on ``app``'s timer, every ``every_s`` seconds
    (default: a sixth of ``stall_s``, between 0.5 and 5)."""
    watch = FetchWatch(app=app, topics=set(topics), stall_s=stall_s, metrics=metrics, fault_partition=fault_partition)
    every_s = every_s if every_s is not None else min(5.0, max(0.5, stall_s / 6))

    @app.timer(every_s)
    async def watch_fetching() -> None:
        await watch.tick()

    return watch
