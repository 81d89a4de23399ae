"""The gap guard's bookkeeping (:class:`streams.gap_guard.GapGuard`) on a stand-in consumer."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable

from faust.types import TP
from intervaltree import IntervalTree

from streams.gap_guard import GapGuard, reread_from


class StandInConsumer:
    """Faust's commit bookkeeping, reduced to what the guard wraps (same semantics)."""

    def __init__(self) -> None:
        self._acked: dict[TP, list[int]] = defaultdict(list)
        self._committed_offset: dict[TP, int | None] = {}
        self._gap: dict[TP, IntervalTree] = defaultdict(IntervalTree)
        self._read_offset: dict[TP, int | None] = {}
        self.seeks: list[tuple[TP, int]] = []
        self._thread = self
        self.assigned: set[TP] = {TP("events", 3)}
        self.on_consumer_thread = False
        self.during_add_gap: Callable[[], None] | None = None

    def assignment(self) -> set[TP]:
        return self.assigned

    def _ensure_consumer(self) -> StandInConsumer:  # the consumer thread's aiokafka consumer
        return self

    async def call_thread(self, fun: Callable[[], Awaitable[None]]) -> None:  # Faust: run on the consumer thread
        self.on_consumer_thread = True
        try:
            await fun()
        finally:
            self.on_consumer_thread = False

    def seek(self, tp: TP, offset: int) -> None:  # aiokafka's seek: only safe on the consumer thread
        assert self.on_consumer_thread, "aiokafka seek called from outside the consumer thread"
        self.seeks.append((tp, offset))

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        self._gap[tp].addi(offset_from, offset_to + 1)  # Faust: the record at offset_to is included
        await asyncio.sleep(0)  # Faust yields here: a commit may run before the gap is merged
        if self.during_add_gap is not None:
            self.during_add_gap()

    def _new_offset(self, tp: TP) -> int | None:
        # Faust: gaps count as acknowledged; the first consecutive run is committed
        acked = sorted(set(self._acked[tp]) | {o for i in self._gap[tp] for o in range(i.begin, i.end)})
        if not acked:
            return None
        end = acked[0]
        for offset in acked[1:]:
            if offset != end + 1:
                break
            end = offset
        return end + 1


EVENTS = TP("events", 3)


def guarded() -> tuple[StandInConsumer, GapGuard]:
    consumer = StandInConsumer()
    guard = GapGuard(consumer=consumer, topics={"events"})
    guard.install()
    return consumer, guard


def test_a_record_lost_at_the_committed_offset_holds_the_commit() -> None:
    # Faust lets min(acked) - committed == 1 through: one lost head record would be committed.
    consumer, _ = guarded()
    consumer._committed_offset[EVENTS] = 876
    consumer._acked[EVENTS] = [877, 878, 879]
    assert consumer._new_offset(EVENTS) is None
    consumer._acked[EVENTS].append(876)  # read again and processed
    assert consumer._new_offset(EVENTS) == 880


def test_a_gap_is_not_acknowledged_until_it_is_seen_again_after_a_re_read() -> None:
    consumer, guard = guarded()
    consumer._committed_offset[EVENTS] = 250
    consumer._acked[EVENTS] = [250]
    asyncio.run(consumer._add_gap(EVENTS, 251, 252))  # 252 arrived after 250: 251 skipped
    consumer._acked[EVENTS].append(252)
    assert consumer._new_offset(EVENTS) == 251 and guard.gaps == 1  # not past 251
    asyncio.run(reread_from(consumer, EVENTS, 251))
    assert consumer.seeks == [(EVENTS, 251)] and consumer._read_offset[EVENTS] == 250
    # 251 is absent on the broker: the re-read reports the same gap, now accepted
    asyncio.run(consumer._add_gap(EVENTS, 251, 252))
    assert consumer._new_offset(EVENTS) == 253 and guard.gaps == 1


def test_a_known_gap_at_the_committed_offset_does_not_hold_the_commit() -> None:
    consumer, _ = guarded()
    consumer._committed_offset[EVENTS] = 10
    consumer._acked[EVENTS] = [11, 12]
    consumer._gap[EVENTS] = IntervalTree.from_tuples([(10, 11)])
    assert consumer._new_offset(EVENTS) == 13


def test_other_topics_keep_faust_semantics() -> None:
    consumer, guard = guarded()
    other = TP("drift-state-changelog", 3)
    consumer._committed_offset[other] = 5
    consumer._acked[other] = [6, 7]
    assert consumer._new_offset(other) == 8  # Faust's own (off-by-one) behaviour, untouched
    asyncio.run(consumer._add_gap(other, 8, 9))
    assert guard.gaps == 0 and list(consumer._gap[other])


def test_reread_from_offset_zero_reads_everything() -> None:
    consumer = StandInConsumer()
    asyncio.run(reread_from(consumer, EVENTS, 0))
    assert consumer._read_offset[EVENTS] is None


def test_a_held_commit_is_read_again_once_on_the_next_tick() -> None:
    consumer, guard = guarded()
    consumer._committed_offset[EVENTS] = 950
    consumer._acked[EVENTS] = list(range(998, 1010))  # 950..997 never reached the stream
    assert consumer._new_offset(EVENTS) is None
    assert consumer._new_offset(EVENTS) is None  # reported (and scheduled) once
    asyncio.run(guard.tick())
    assert consumer.seeks == [(EVENTS, 950)] and consumer._read_offset[EVENTS] == 949
    assert guard.health() == {"offset_gaps": 1, "offset_gap_rereads": 1, "consumer_thread_unresponsive": 0}
    asyncio.run(guard.tick())
    assert consumer.seeks == [(EVENTS, 950)]  # not again


def test_a_held_record_that_turned_up_meanwhile_is_not_read_again() -> None:
    consumer, guard = guarded()
    consumer._committed_offset[EVENTS] = 950
    consumer._acked[EVENTS] = [951, 952]
    assert consumer._new_offset(EVENTS) is None
    consumer._acked[EVENTS].insert(0, 950)  # arrived late after all
    asyncio.run(guard.tick())
    assert consumer.seeks == [] and guard.rereads == 0


def test_a_partition_revoked_meanwhile_is_not_read_again() -> None:
    consumer, guard = guarded()
    consumer._committed_offset[EVENTS] = 950
    consumer._acked[EVENTS] = [951]
    assert consumer._new_offset(EVENTS) is None
    consumer.assigned.clear()
    asyncio.run(guard.tick())
    assert consumer.seeks == []


def test_a_hold_that_outlives_its_re_read_is_read_again_with_growing_waits() -> None:
    consumer, guard = guarded()
    now = [100.0]
    guard.clock = lambda: now[0]
    consumer._committed_offset[EVENTS] = 950
    consumer._acked[EVENTS] = list(range(1229, 1300))  # 950..1228 dropped again after the first re-read
    assert consumer._new_offset(EVENTS) is None
    asyncio.run(guard.tick())
    now[0] += 4.9
    asyncio.run(guard.tick())
    assert consumer.seeks == [(EVENTS, 950)]  # within retry_seconds: wait
    now[0] += 0.2
    asyncio.run(guard.tick())
    assert consumer.seeks == [(EVENTS, 950)] * 2  # still held 5 s later: read again
    now[0] += 9.9
    asyncio.run(guard.tick())
    assert len(consumer.seeks) == 2  # the wait doubled to 10 s
    now[0] += 0.2
    asyncio.run(guard.tick())
    assert len(consumer.seeks) == 3 and guard.rereads == 3
    consumer._acked[EVENTS] = list(range(950, 1300))  # the re-read delivered them
    consumer._committed_offset[EVENTS] = 1300  # and the commit moved on
    now[0] += 100
    asyncio.run(guard.tick())
    assert len(consumer.seeks) == 3 and guard._reread_holds == {}


def test_a_commit_that_stays_at_a_re_read_offset_is_read_again_whatever_the_acks_say() -> None:
    # Fresh-clone CI, session 8: after the re-read the acks stopped showing a missing head while
    # the commit stayed at 950 for 5 minutes; judged by the acks, the retry never fired.
    consumer, guard = guarded()
    now = [100.0]
    guard.clock = lambda: now[0]
    consumer._committed_offset[EVENTS] = 950
    consumer._acked[EVENTS] = list(range(972, 1250))
    assert consumer._new_offset(EVENTS) is None
    asyncio.run(guard.tick())
    assert consumer.seeks == [(EVENTS, 950)]
    consumer._acked[EVENTS] = []  # e.g. acks gone, or only the head record came back
    now[0] += 5.1
    asyncio.run(guard.tick())
    assert consumer.seeks == [(EVENTS, 950)] * 2  # the commit is still at 950: read again
    consumer._committed_offset[EVENTS] = 1250
    now[0] += 100
    asyncio.run(guard.tick())
    assert len(consumer.seeks) == 2 and guard._reread_holds == {}


def test_a_new_hold_at_the_same_offset_after_the_partition_came_back_is_read_again() -> None:
    consumer, guard = guarded()
    consumer._committed_offset[EVENTS] = 950
    consumer._acked[EVENTS] = [972, 973]
    assert consumer._new_offset(EVENTS) is None
    asyncio.run(guard.tick())
    assert consumer.seeks == [(EVENTS, 950)]
    consumer.assigned.clear()  # a rebalance: Faust drops the partition's bookkeeping
    consumer._committed_offset.clear()
    consumer._acked.clear()
    asyncio.run(guard.tick())
    consumer.assigned.add(EVENTS)  # back, from the same commit, and the head is lost again
    consumer._committed_offset[EVENTS] = 950
    consumer._acked[EVENTS] = [972, 973]
    assert consumer._new_offset(EVENTS) is None
    asyncio.run(guard.tick())
    assert consumer.seeks == [(EVENTS, 950)] * 2 and guard.gaps == 2


def test_a_consumer_thread_that_never_runs_the_seek_is_reported_and_the_tick_goes_on() -> None:
    consumer, guard = guarded()
    guard.consumer_thread_timeout_s = 0.05
    now = [100.0]
    guard.clock = lambda: now[0]

    async def stuck(fun: Callable[[], Awaitable[None]]) -> None:
        await asyncio.Event().wait()  # the thread never serves the request

    consumer.call_thread = stuck  # type: ignore[method-assign]
    consumer._committed_offset[EVENTS] = 950
    consumer._acked[EVENTS] = [972]
    assert consumer._new_offset(EVENTS) is None
    asyncio.run(guard.tick())  # returns: a stuck thread must not hang the guard's timer
    assert consumer.seeks == [] and guard.unresponsive == 1
    now[0] += 5.1
    asyncio.run(guard.tick())
    assert guard.unresponsive == 2  # still held: tried again


def test_a_hold_that_outlives_every_re_read_is_handed_to_the_last_resort_once() -> None:
    consumer, guard = guarded()
    now = [100.0]
    guard.clock = lambda: now[0]
    stuck: list[str] = []
    guard.on_stuck, guard.stuck_after_s = stuck.append, 60.0
    consumer._committed_offset[EVENTS] = 950
    consumer._acked[EVENTS] = [972]
    assert consumer._new_offset(EVENTS) is None
    for _ in range(70):  # re-read at 0, 5, 15, 35 s, and the commit never moves
        asyncio.run(guard.tick())
        now[0] += 1.0
    assert len(consumer.seeks) == 4
    assert len(stuck) == 1 and "events[3] is still held at 950 60 s after its first re-read" in stuck[0]


def test_a_hold_that_resolves_in_time_never_reaches_the_last_resort() -> None:
    consumer, guard = guarded()
    now = [100.0]
    guard.clock = lambda: now[0]
    stuck: list[str] = []
    guard.on_stuck, guard.stuck_after_s = stuck.append, 60.0
    consumer._committed_offset[EVENTS] = 950
    consumer._acked[EVENTS] = [972]
    assert consumer._new_offset(EVENTS) is None
    asyncio.run(guard.tick())
    consumer._committed_offset[EVENTS] = 1000  # the re-read delivered them
    now[0] += 100
    asyncio.run(guard.tick())
    assert stuck == [] and guard._reread_holds == {}


def test_a_commit_while_faust_records_a_first_seen_gap_does_not_pass_it() -> None:
    consumer, _ = guarded()
    consumer._committed_offset[EVENTS] = 876
    consumer._acked[EVENTS] = [876]
    commits: list[int | None] = []
    consumer.during_add_gap = lambda: commits.append(consumer._new_offset(EVENTS))
    asyncio.run(consumer._add_gap(EVENTS, 877, 972))  # records 877..971 skipped; 972 arrives
    consumer._acked[EVENTS].append(972)
    commits.append(consumer._new_offset(EVENTS))
    assert all(c is None or c <= 877 for c in commits), commits
