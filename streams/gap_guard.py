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

import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from faust.types import TP

log = logging.getLogger(__name__)

__all__ = ["GapGuard", "register_gap_guard"]

AddGap = Callable[[Any, int, int], Awaitable[None]]


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
    held: set[tuple[Any, int]] = field(default_factory=set)  # (tp, committed) commits held, reported once
    rereads_due: set[tuple[Any, int]] = field(default_factory=set)  # (tp, committed) to read again next tick
    gaps: int = 0
    rereads: int = 0
    #: A hold that outlives a re-read by this many seconds is read again (doubling up to 8x): the
    #: re-read records can be dropped as already read when records fetched before the seek are
    #: still queued (seen once in a fresh-clone CI run: the survivor waited 300 s after one re-read).
    retry_seconds: float = 5.0
    clock: Callable[[], float] = time.monotonic
    _last_reread: dict[tuple[Any, int], tuple[float, float]] = field(default_factory=dict)  # -> (at, wait)
    fault_partition: int | None = None
    _fault_paused: Any = None

    def install(self) -> None:
        """Wrap the consumer's ``_add_gap`` and ``_new_offset`` (Faust's commit bookkeeping)."""
        add_gap: AddGap = self.consumer._add_gap
        new_offset: Callable[[Any], int | None] = self.consumer._new_offset

        async def add_gap_once_verified(tp: Any, offset_from: int, offset_to: int) -> None:
            await add_gap(tp, offset_from, offset_to)
            if self.on_gap(tp, offset_from, offset_to):
                gaps = self.consumer._gap.get(tp)
                if gaps is not None:
                    gaps.chop(offset_from, offset_to)  # the skipped records stay unacknowledged

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
            self._inject_fault()
        self.reread_held()

    def reread_held(self) -> list[tuple[Any, int]]:
        """Fetch every partition whose commit was newly held again from its committed offset.

        A partition that moved on meanwhile (the record turned up after all) is left alone.
        Returns the (partition, offset) pairs read again.
        """
        done: list[tuple[Any, int]] = []
        now = self.clock()
        due, self.rereads_due = self.rereads_due, set()
        for key, (at, wait) in list(self._last_reread.items()):
            head = self.head_missing(key[0])
            if head is None or head[0] != key[1]:
                del self._last_reread[key]  # the commit moved on: the re-read worked
            elif now - at >= wait:
                due.add(key)  # still held after the re-read: read again
        for tp, committed in sorted(due, key=lambda item: (item[0].topic, item[0].partition)):
            head = self.head_missing(tp)
            if head is None or head[0] != committed or tp not in self.consumer.assignment():
                continue
            reread_from(self.consumer, tp, committed)
            self.rereads += 1
            done.append((tp, committed))
            previous = self._last_reread.get((tp, committed))
            wait = self.retry_seconds if previous is None else min(2 * previous[1], 8 * self.retry_seconds)
            self._last_reread[(tp, committed)] = (now, wait)
            log.warning(
                "re-reading %s[%d] from offset %d (held commit%s)",
                tp.topic,
                tp.partition,
                committed,
                "" if previous is None else ", again: the last re-read did not deliver it",
            )
        return done

    def _inject_fault(self) -> None:
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
        consumer._thread.seek(tp, skipped + 1)
        consumer._get_active_partitions().add(tp)
        self._fault_paused = None
        log.warning("fault injection: record %d of %s[%d] skipped on the client side", skipped, tp.topic, tp.partition)

    def health(self) -> dict[str, Any]:
        """``/health`` fields: gaps held since start, and partitions read again for them."""
        return {"offset_gaps": self.gaps, "offset_gap_rereads": self.rereads}


def register_gap_guard(
    app: Any, topics: Iterable[str], metrics: Any = None, every_s: float = 1.0, fault_partition: int | None = None
) -> GapGuard:
    """Install a :class:`GapGuard` on ``app``'s consumer (when it starts); its tick runs fault injection."""
    guard = GapGuard(consumer=None, topics=set(topics), metrics=metrics, fault_partition=fault_partition)

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


def reread_from(consumer: Any, tp: Any, offset: int) -> None:
    """Fetch ``tp`` again from ``offset`` with Faust's read offset just before it.

    Faust's own ``seek`` records ``offset`` itself as already read, which would hide an absent
    record at ``offset`` (the next one would follow without a gap); with ``offset - 1`` an absent
    record is reported as a gap again (and then accepted) and a present one is delivered.
    """
    consumer._thread.seek(tp, offset)
    consumer._read_offset[tp] = offset - 1 if offset > 0 else None
