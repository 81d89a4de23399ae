"""The gap guard's bookkeeping (:class:`streams.gap_guard.GapGuard`) on a stand-in consumer."""

from __future__ import annotations

import asyncio
from collections import defaultdict

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

    def assignment(self) -> set[TP]:
        return self.assigned

    def seek(self, tp: TP, offset: int) -> None:  # the consumer thread's (aiokafka) seek
        self.seeks.append((tp, offset))

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        self._gap[tp].addi(offset_from, offset_to + 1)  # Faust: the record at offset_to is included

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
    reread_from(consumer, EVENTS, 251)
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
    reread_from(consumer, EVENTS, 0)
    assert consumer._read_offset[EVENTS] is None


def test_a_held_commit_is_read_again_once_on_the_next_tick() -> None:
    consumer, guard = guarded()
    consumer._committed_offset[EVENTS] = 950
    consumer._acked[EVENTS] = list(range(998, 1010))  # 950..997 never reached the stream
    assert consumer._new_offset(EVENTS) is None
    assert consumer._new_offset(EVENTS) is None  # reported (and scheduled) once
    asyncio.run(guard.tick())
    assert consumer.seeks == [(EVENTS, 950)] and consumer._read_offset[EVENTS] == 949
    assert guard.health() == {"offset_gaps": 1, "offset_gap_rereads": 1}
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
    consumer._acked[EVENTS] = list(range(950, 1300))  # the re-read delivered them: the commit moves on
    now[0] += 100
    asyncio.run(guard.tick())
    assert len(consumer.seeks) == 3 and guard._last_reread == {}
