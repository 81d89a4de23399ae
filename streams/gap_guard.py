"""Gap guard: the commit never moves past an input record that was not processed.

Faust commits, per partition, the end of the first run of acknowledged offsets. Two paths let it
commit a record that never reached the stream — a silent loss, seen three times in session 5
after a SIGKILL and restart (offsets 900 and 876, each the committed offset at the kill):

* **head loss.** Faust refuses to commit past a missing record at the committed offset only when
  ``min(acked) - committed > 1``, but its committed offset is the *next* offset to read, so one
  unacknowledged record right there is committed anyway. After a restart the first record fetched
  after the seek to the committed offsets can sit in the stream queue that Faust clears when it
  resumes flow: never processed, never acknowledged, then committed.
* **gaps.** A jump in offsets (record N arriving when the last one read was M < N - 1) is taken
  for offsets absent on the broker (transaction markers, compaction) and counted as acknowledged,
  which is wrong when the records exist and were only skipped on the client side.

The guard wraps both pieces of Faust's bookkeeping for the topics it watches: a commit is held at
a missing head record, and a gap is logged at WARNING, counted in
``driftline_offset_gaps_total{topic}`` and *not* counted as acknowledged the first time it is
seen. A held commit is re-read at once (on the guard's next tick, :func:`reread_from`): acks are
in order per partition, so a later record acknowledged while the one at the committed offset is
not means that one will never arrive by itself. Records that exist are processed (rows already
stored are deduplicated by ``event_id``, drift skips offsets it applied); offsets that really are
absent show up as the same gap again, which is then accepted. (Before session 6 the re-read was
left to the fetch watchdog, :mod:`streams.fetch_watch`, which waits for the process to be idle:
one fresh-clone CI run held a commit for 300 s without the watchdog ever firing.) The price:
each true gap (e.g. a transactional producer's marker) costs its partition one re-read.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from faust.types import TP

from streams.partition_state import describe_partition

log = logging.getLogger(__name__)

__all__ = ["GapGuard", "in_consumer_thread", "register_gap_guard", "reread_from"]

AddGap = Callable[[Any, int, int], Awaitable[None]]


@dataclass
class RereadHold:
    """A held commit the guard has read again: when first and last, and the wait before the next re-read."""

    first_at: float
    last_at: float
    wait: float


@dataclass
class GapGuard:
    """Holds commits at unprocessed records (see module docstring).

    ``fault_partition`` (tests only) makes the guard's tick skip one record of that input
    partition once, the client-side skip the guard exists for.
    """

    consumer: Any
    topics: set[str]
    metrics: Any = None
    verified: set[tuple[Any, int, int]] = field(default_factory=set)  # gaps seen twice: really absent
    held: set[tuple[Any, int]] = field(default_factory=set)  # (tp, committed) holds reported, until the commit moves
    rereads_due: set[tuple[Any, int]] = field(default_factory=set)  # (tp, committed) to read again next tick
    gaps: int = 0
    rereads: int = 0
    #: A commit still at a re-read offset this many seconds later is read again (doubling up to 8x):
    #: the re-read records can be dropped as already read when records fetched before the seek are
    #: still queued (seen once in a fresh-clone CI run: the survivor waited 300 s after one re-read).
    #: "Still held" is judged by the commit itself, not by the acks: in a later fresh-clone run the
    #: acks stopped showing a missing head while the commit stayed put, and the retry never fired.
    retry_seconds: float = 5.0
    #: A re-read seek the consumer thread has not run within this long is logged at ERROR (the
    #: thread that fetches every record is then stuck) and retried like an undelivered re-read.
    consumer_thread_timeout_s: float = 10.0
    unresponsive: int = 0
    #: The crash-only remedy: a hold that outlives its first re-read by ``stuck_after_s`` (> 0) is
    #: handed to ``on_stuck`` (the worker restarts in place, reading the partition again from the
    #: commit) once. A fresh-clone CI run saw a hold outlive every re-read for 5 minutes.
    stuck_after_s: float = 0.0
    on_stuck: Callable[[str], None] | None = None
    clock: Callable[[], float] = time.monotonic
    #: (tp, committed) -> its re-reads, until the commit moves on (or the partition goes)
    _reread_holds: dict[tuple[Any, int], RereadHold] = field(default_factory=dict)
    fault_partition: int | None = None
    _fault_paused: Any = None
    fault_undelivered_rereads: bool = False  # tests only: re-reads do nothing, as in a fresh-clone CI run

    def install(self) -> None:
        """Wrap the consumer's ``_add_gap`` and ``_new_offset`` (Faust's commit bookkeeping)."""
        add_gap: AddGap = self.consumer._add_gap
        new_offset: Callable[[Any], int | None] = self.consumer._new_offset

        async def add_gap_once_verified(tp: Any, offset_from: int, offset_to: int) -> None:
            # Decided before Faust records anything: its ``_add_gap`` yields to the loop after
            # adding the interval, and a commit running then would count the gap as acknowledged
            # (until session 9 the guard removed the interval only afterwards).
            if self.on_gap(tp, offset_from, offset_to):
                return  # the skipped records stay unacknowledged: the commit waits at the first one
            await add_gap(tp, offset_from, offset_to)

        def new_offset_after_head(tp: Any) -> int | None:
            head = self.head_missing(tp)
            if head is not None:  # commit nothing past a record that was never processed
                self._report_held(tp, *head)
                return None
            return new_offset(tp)

        self.consumer._add_gap = add_gap_once_verified
        self.consumer._new_offset = new_offset_after_head

    def _report_held(self, tp: Any, committed: int, lowest: int) -> None:
        if (tp, committed) in self.held:
            return
        self.held.add((tp, committed))
        self.rereads_due.add((tp, committed))
        self.gaps += 1
        if self.metrics is not None:
            self.metrics.offset_gaps.labels(topic=tp.topic).inc()
        log.warning(
            "commit of %s[%d] held at %d: records %d..%d were never processed while later ones were; "
            "reading them again",
            tp.topic,
            tp.partition,
            committed,
            committed,
            lowest - 1,
        )

    def head_missing(self, tp: Any) -> tuple[int, int] | None:
        """(committed, lowest acked) when the record at the committed offset is neither acked nor a gap."""
        if tp.topic not in self.topics:
            return None
        acked = self.consumer._acked.get(tp)
        committed = self.consumer._committed_offset.get(tp)
        if not acked or committed is None or committed < 0:
            return None
        lowest = min(acked)
        gaps = self.consumer._gap.get(tp)
        if lowest <= committed or (gaps is not None and gaps.overlaps(committed)):
            return None
        return committed, lowest

    def on_gap(self, tp: Any, offset_from: int, offset_to: int) -> bool:
        """Faust saw offsets ``offset_from`` … ``offset_to - 1`` missing before ``offset_to``.

        Returns True when the gap must stay unacknowledged (first sighting); a gap seen again
        after a re-read is accepted as absent on the broker.
        """
        if tp.topic not in self.topics or offset_from >= offset_to:
            return False
        key = (TP(tp.topic, tp.partition), offset_from, offset_to)
        if key in self.verified:
            log.info(
                "offsets %d..%d of %s[%d] are absent on the broker: gap accepted",
                offset_from,
                offset_to - 1,
                tp.topic,
                tp.partition,
            )
            return False
        self.verified.add(key)
        self.gaps += 1
        if self.metrics is not None:
            self.metrics.offset_gaps.labels(topic=tp.topic).inc()
        log.warning(
            "consumer skipped offsets %d..%d of %s[%d] (next record read: %d); the commit waits until "
            "they are read again",
            offset_from,
            offset_to - 1,
            tp.topic,
            tp.partition,
            offset_to,
        )
        return True

    async def tick(self) -> None:
        """Re-read the partitions whose commit is held; run the fault injection, if configured (tests)."""
        if self.fault_partition is not None or self._fault_paused is not None:
            await self._inject_fault()
        await self.reread_held()

    def still_held(self, tp: Any, offset: int) -> bool:
        """The commit of ``tp`` has not moved past ``offset`` and ``tp`` is still assigned here."""
        committed = self.consumer._committed_offset.get(tp)
        return committed is not None and committed <= offset and tp in self.consumer.assignment()

    async def reread_held(self) -> list[tuple[Any, int]]:
        """Fetch every partition whose commit was newly held, or still is after a re-read, again.

        A partition whose record turned up meanwhile (no longer a missing head) is left alone; a
        re-read one is read again while its commit stays at the re-read offset, after the retry
        wait, whatever the acks say. Returns the (partition, offset) pairs read again.
        """
        done: list[tuple[Any, int]] = []
        now = self.clock()
        due, self.rereads_due = self.rereads_due, set()
        due = {key for key in due if self._head_still_missing(*key)}
        for key, hold in list(self._reread_holds.items()):
            if not self.still_held(*key):
                del self._reread_holds[key]  # the commit moved on (or the partition went): the re-read worked
            elif self._stuck(key, hold, now):
                return done
            elif now - hold.last_at >= hold.wait:
                due.add(key)
        self.held = {key for key in self.held if key in due or key in self._reread_holds or self.still_held(*key)}
        for tp, committed in sorted(due, key=lambda item: (item[0].topic, item[0].partition)):
            previous = self._reread_holds.get((tp, committed))
            if previous is not None:
                log.warning("commit still held after a re-read: %s", describe_partition(self.consumer, tp))
            try:
                if not self.fault_undelivered_rereads:
                    await asyncio.wait_for(reread_from(self.consumer, tp, committed), self.consumer_thread_timeout_s)
            except TimeoutError:
                self.unresponsive += 1
                log.error(
                    "the consumer thread did not run the re-read seek of %s[%d] within %.0f s: it is not serving "
                    "requests (no record can arrive); %s",
                    tp.topic,
                    tp.partition,
                    self.consumer_thread_timeout_s,
                    describe_partition(self.consumer, tp),
                )
            self.rereads += 1
            done.append((tp, committed))
            if previous is None:
                self._reread_holds[(tp, committed)] = RereadHold(first_at=now, last_at=now, wait=self.retry_seconds)
            else:
                previous.last_at, previous.wait = now, min(2 * previous.wait, 8 * self.retry_seconds)
            log.warning(
                "re-reading %s[%d] from offset %d (held commit%s)",
                tp.topic,
                tp.partition,
                committed,
                "" if previous is None else ", again: the last re-read did not deliver it",
            )
        return done

    def _stuck(self, key: tuple[Any, int], hold: RereadHold, now: float) -> bool:
        """Hand a hold older than ``stuck_after_s`` to ``on_stuck`` (once); True when it was handed over."""
        since = hold.first_at
        if self.on_stuck is None or self.stuck_after_s <= 0 or now - since < self.stuck_after_s:
            return False
        tp, committed = key
        on_stuck, self.on_stuck = self.on_stuck, None
        on_stuck(
            f"the commit of {tp.topic}[{tp.partition}] is still held at {committed} {now - since:.0f} s after its "
            f"first re-read ({describe_partition(self.consumer, tp)})"
        )
        return True

    def _head_still_missing(self, tp: Any, committed: int) -> bool:
        head = self.head_missing(tp)
        return head is not None and head[0] == committed and tp in self.consumer.assignment()

    async def _inject_fault(self) -> None:
        """Tests only: pause the partition while caught up, then skip the first record that arrives."""
        consumer = self.consumer
        aio = consumer._thread._ensure_consumer()
        assignment = aio._fetcher._subscriptions.subscription.assignment
        if self._fault_paused is None:
            tp = next(
                (t for t in consumer.assignment() if t.topic in self.topics and t.partition == self.fault_partition),
                None,
            )
            if tp is None or assignment is None:
                return
            state = assignment.state_value(tp)
            if state is None or not state.has_valid_position or state.highwater is None:
                return
            if state.highwater != state.position:
                return  # wait until caught up, so the skipped record is one not fetched yet
            consumer._get_active_partitions().discard(tp)
            self._fault_paused, self.fault_partition = tp, None
            log.warning("fault injection: %s[%d] paused at offset %d", tp.topic, tp.partition, state.position)
            return
        tp = self._fault_paused
        state = assignment.state_value(tp) if assignment is not None else None
        if state is None or state.highwater is None or state.highwater <= state.position + 1:
            return
        skipped = state.position
        await seek_in_consumer_thread(consumer, tp, skipped + 1)
        consumer._get_active_partitions().add(tp)
        self._fault_paused = None
        log.warning("fault injection: record %d of %s[%d] skipped on the client side", skipped, tp.topic, tp.partition)

    def health(self) -> dict[str, Any]:
        """``/health`` fields: gaps held since start, and partitions read again for them."""
        return {
            "offset_gaps": self.gaps,
            "offset_gap_rereads": self.rereads,
            "consumer_thread_unresponsive": self.unresponsive,
        }


def register_gap_guard(
    app: Any,
    topics: Iterable[str],
    metrics: Any = None,
    every_s: float = 1.0,
    fault_partition: int | None = None,
    on_stuck: Callable[[str], None] | None = None,
    stuck_after_s: float = 0.0,
    fault_undelivered_rereads: bool = False,
) -> GapGuard:
    """Install a :class:`GapGuard` on ``app``'s consumer (when it starts); its tick runs fault injection."""
    guard = GapGuard(
        consumer=None,
        topics=set(topics),
        metrics=metrics,
        fault_partition=fault_partition,
        on_stuck=on_stuck,
        stuck_after_s=stuck_after_s,
        fault_undelivered_rereads=fault_undelivered_rereads,
    )

    @app.task
    async def install_gap_guard() -> None:
        guard.consumer = app.consumer
        guard.install()

    @app.timer(every_s)
    async def gap_guard_tick() -> None:
        if guard.consumer is None:
            return
        try:
            await guard.tick()
        except Exception:  # the guard must never take the worker down
            log.exception("gap guard tick failed")

    return guard


async def in_consumer_thread(consumer: Any, call: Callable[[Any], object]) -> None:
    """Run ``call(aiokafka_consumer)`` on the consumer thread's event loop (as Faust's ``seek_wait`` does).

    aiokafka is not thread-safe: its ``seek`` and ``resume`` wake the fetcher by resolving a future
    of the consumer thread's loop, which, done from the worker's loop, does not wake that loop up.
    """
    thread = consumer._thread
    aio = thread._ensure_consumer()

    async def run() -> None:
        call(aio)

    await thread.call_thread(run)


async def seek_in_consumer_thread(consumer: Any, tp: Any, offset: int) -> None:
    """aiokafka's ``seek(tp, offset)`` on the consumer thread (see :func:`in_consumer_thread`)."""
    await in_consumer_thread(consumer, lambda aio: aio.seek(tp, offset))


async def reread_from(consumer: Any, tp: Any, offset: int) -> None:
    """Fetch ``tp`` again from ``offset`` with Faust's read offset just before it.

    Faust's own ``seek`` records ``offset`` itself as already read, which would hide an absent
    record at ``offset`` (the next one would follow without a gap); with ``offset - 1`` an absent
    record is reported as a gap again (and then accepted) and a present one is delivered.
    """
    await seek_in_consumer_thread(consumer, tp, offset)
    consumer._read_offset[tp] = offset - 1 if offset > 0 else None
