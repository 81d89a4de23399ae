"""The fetch watchdog's decision (:func:`streams.fetch_watch.find_stalls`)."""

from __future__ import annotations

from streams.fetch_watch import FetchState, find_stalls
from streams.partition_state import PartitionState


def fetch(
    committed: int | None, highwater: int | None, partition: int = 0, position: int | None = None
) -> PartitionState:
    return PartitionState("events", partition, committed, position if position is not None else committed, highwater)


def test_a_partition_idle_with_records_waiting_is_a_stall_after_stall_s() -> None:
    state = FetchState()
    assert find_stalls([fetch(951, 1250)], state, 0.0, 30.0, idle=True) == []
    assert find_stalls([fetch(951, 1250)], state, 29.0, 30.0, idle=True) == []
    assert [f.partition for f in find_stalls([fetch(951, 1250)], state, 30.0, 30.0, idle=True)] == [0]


def test_fetched_but_never_committed_counts_as_stalled() -> None:
    # aiokafka's position ran to the end, but the stream never finished those records.
    state = FetchState()
    find_stalls([fetch(951, 1250, position=1250)], state, 0.0, 30.0, idle=True)
    assert find_stalls([fetch(951, 1250, position=1250)], state, 40.0, 30.0, idle=True)


def test_progress_resets_the_clock() -> None:
    state = FetchState()
    find_stalls([fetch(100, 500)], state, 0.0, 30.0, idle=True)
    assert find_stalls([fetch(200, 500)], state, 40.0, 30.0, idle=True) == []
    assert find_stalls([fetch(200, 500)], state, 69.0, 30.0, idle=True) == []
    assert find_stalls([fetch(200, 500)], state, 70.0, 30.0, idle=True)


def test_caught_up_or_busy_is_never_a_stall() -> None:
    state = FetchState()
    for now in (0.0, 100.0, 200.0):
        assert find_stalls([fetch(500, 500), fetch(10, 900, partition=1)], state, now, 30.0, idle=False) == []
    # once idle, the busy partition's long wait counts; the caught-up one still does not
    assert [
        f.partition for f in find_stalls([fetch(500, 500), fetch(10, 900, partition=1)], state, 201.0, 30.0, idle=True)
    ] == [1]


def test_unknown_offsets_are_never_a_stall() -> None:
    state = FetchState()
    for now in (0.0, 100.0):
        assert find_stalls([fetch(None, 900), fetch(5, None, partition=1)], state, now, 30.0, idle=True) == []


def test_revoked_partitions_are_forgotten() -> None:
    state = FetchState()
    find_stalls([fetch(1, 9), fetch(1, 9, partition=1)], state, 0.0, 30.0, idle=True)
    find_stalls([fetch(1, 9)], state, 1.0, 30.0, idle=True)
    assert set(state.moved_at) == {("events", 0)}
