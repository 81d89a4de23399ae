"""Reading a consumer's per-partition state (:mod:`streams.partition_state`) from stand-in internals."""

from __future__ import annotations

from types import SimpleNamespace

from faust.types import TP
from intervaltree import IntervalTree

from streams.partition_state import describe_partition, read_partitions

EVENTS, UNFETCHED, OTHER = TP("events", 2), TP("events", 3), TP("other", 0)


def consumer_holding(fetch_states: dict[TP, SimpleNamespace]) -> SimpleNamespace:
    """A Faust consumer reduced to the internals read, holding the state of the session-9 negative control."""
    assignment = SimpleNamespace(state_value=fetch_states.get)
    aio = SimpleNamespace(
        _fetcher=SimpleNamespace(_subscriptions=SimpleNamespace(subscription=SimpleNamespace(assignment=assignment)))
    )
    return SimpleNamespace(
        _thread=SimpleNamespace(_ensure_consumer=lambda: aio),
        assignment=lambda: {EVENTS, UNFETCHED, OTHER},
        _committed_offset={EVENTS: 1, UNFETCHED: 7, OTHER: 3},
        _read_offset={EVENTS: 499},
        _acked={EVENTS: list(range(499, 1, -1))},
        _gap={UNFETCHED: IntervalTree.from_tuples([(8, 10)])},
        _unacked_messages=set(),
        _active_partitions={EVENTS, OTHER},
        _paused_partitions=set(),
        _buffered_partitions={OTHER},
    )


def fetch_state(position: int, highwater: int) -> SimpleNamespace:
    return SimpleNamespace(position=position, has_valid_position=True, highwater=highwater, paused=False)


def test_a_held_partition_is_described_in_the_line_the_logs_and_docs_quote() -> None:
    consumer = consumer_holding({EVENTS: fetch_state(500, 500), OTHER: fetch_state(3, 9)})
    assert describe_partition(consumer, EVENTS) == (
        "events[2] committed 1, read offset 499, acked 498 (2..499), gaps [], unacked messages 0, "
        "position 500, high watermark 500, aiokafka paused False, faust active True, paused False, buffered False"
    )
    # no aiokafka fetch state for the partition: Faust's part, and its fetch-control sets
    assert describe_partition(consumer, UNFETCHED) == (
        "events[3] committed 7, read offset None, acked 0, gaps [(8, 10)], unacked messages 0, "
        "faust active False, paused False, buffered False"
    )


def test_without_a_readable_fetch_state_the_faust_bookkeeping_is_still_described() -> None:
    consumer = consumer_holding({})
    consumer._thread = SimpleNamespace()  # e.g. not started
    assert describe_partition(consumer, EVENTS) == (
        "events[2] committed 1, read offset 499, acked 498 (2..499), gaps [], unacked messages 0, "
        "fetch state not available (AttributeError)"
    )


def test_the_fetch_watch_reads_the_fetched_partitions_of_its_topics() -> None:
    consumer = consumer_holding({EVENTS: fetch_state(500, 500), OTHER: fetch_state(3, 9)})
    (state,) = read_partitions(consumer, ["events"])  # events[3] has no fetch state: left out
    assert (state.topic, state.partition, state.progress, state.highwater) == ("events", 2, 1, 500)
    assert state.describe_fetch() == (
        "events[2] committed 1, position 500, high watermark 500 (499 behind), faust read offset 499, "
        "aiokafka paused False, faust active True, faust paused False, faust buffered False"
    )
