"""Partition state: what a Faust consumer and its aiokafka consumer hold for one partition.

One reader for the two watchers of the input: the gap guard (:mod:`streams.gap_guard`) logs a held
commit with it, the fetch watchdog (:mod:`streams.fetch_watch`) decides and logs stalls with it.
Faust's commit bookkeeping (committed offset, read offset, acked offsets, gaps, unacked messages)
and its fetch-control sets (active, paused, buffered) are read from the Faust consumer; position,
high watermark and pause flag from aiokafka's subscription state on the consumer thread. All of
them are internals, read only, never written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

__all__ = ["PartitionState", "describe_partition", "read_partitions"]


@dataclass(frozen=True, slots=True)
class PartitionState:
    """One partition's state, as read from Faust and aiokafka.

    ``fetched`` is False when aiokafka held no fetch state for the partition (then ``position``,
    ``highwater`` and ``aiokafka_paused`` mean nothing); ``unreadable`` names the error that kept
    the fetch state from being read at all (a stand-in consumer, or one not started).
    """

    topic: str
    partition: int
    committed: int | None
    position: int | None
    highwater: int | None
    read_offset: int | None = None
    aiokafka_paused: bool = False
    faust_active: bool = True
    faust_paused: bool = False
    faust_buffered: bool = False
    acked: tuple[int, ...] = ()  # sorted
    gaps: tuple[tuple[int, int], ...] = ()  # sorted [begin, end) intervals
    unacked_messages: int = 0
    fetched: bool = True
    unreadable: str | None = None

    def describe(self) -> str:
        """The whole bookkeeping as one line (the gap guard's held-commit logs).

        >>> PartitionState("t", 0, 1, 500, 500, 499, acked=(2, 499)).describe()[:85]
        't[0] committed 1, read offset 499, acked 2 (2..499), gaps [], unacked messages 0, pos'
        >>> PartitionState("t", 0, 1, None, None, unreadable="AttributeError").describe()[74:]
        'fetch state not available (AttributeError)'
        """
        acked = self.acked
        parts = [
            f"{self.topic}[{self.partition}] committed {self.committed}",
            f"read offset {self.read_offset}",
            f"acked {len(acked)}" + (f" ({acked[0]}..{acked[-1]})" if acked else ""),
            f"gaps {list(self.gaps)}",
            f"unacked messages {self.unacked_messages}",
        ]
        if self.unreadable is not None:
            parts.append(f"fetch state not available ({self.unreadable})")
            return ", ".join(parts)
        if self.fetched:
            parts.append(
                f"position {self.position}, high watermark {self.highwater}, aiokafka paused {self.aiokafka_paused}"
            )
        parts.append(f"faust active {self.faust_active}, paused {self.faust_paused}, buffered {self.faust_buffered}")
        return ", ".join(parts)

    def describe_fetch(self) -> str:
        """The fetch state as one line (the fetch watchdog's stall logs and ``/health``).

        >>> line = PartitionState("t", 3, 951, 951, 1250, faust_active=False).describe_fetch()
        >>> line[:72]
        't[3] committed 951, position 951, high watermark 1250 (299 behind), faus'
        >>> line[72:]
        't read offset None, aiokafka paused False, faust active False, faust paused False, faust buffered False'
        """
        done = self.progress
        behind = "" if done is None or self.highwater is None else f" ({self.highwater - done} behind)"
        return (
            f"{self.topic}[{self.partition}] committed {self.committed}, position {self.position}, "
            f"high watermark {self.highwater}{behind}, faust read offset {self.read_offset}, "
            f"aiokafka paused {self.aiokafka_paused}, faust active {self.faust_active}, "
            f"faust paused {self.faust_paused}, faust buffered {self.faust_buffered}"
        )

    @property
    def progress(self) -> int | None:
        """The offset this process is known to have finished: the commit, else the fetch position."""
        return self.committed if self.committed is not None else self.position


def _fetch_assignment(consumer: Any) -> Any:
    """aiokafka's partition assignment (fetch states); raises when the consumer has none to read."""
    aio = consumer._thread._ensure_consumer()
    return aio._fetcher._subscriptions.subscription.assignment


def _bookkeeping(consumer: Any, tp: Any) -> PartitionState:
    """Faust's commit bookkeeping for ``tp``; the fetch state is not read yet (``fetched`` False)."""
    gaps = consumer._gap.get(tp)
    return PartitionState(
        topic=tp.topic,
        partition=tp.partition,
        committed=consumer._committed_offset.get(tp),
        position=None,
        highwater=None,
        read_offset=consumer._read_offset.get(tp),
        acked=tuple(sorted(consumer._acked.get(tp) or ())),
        gaps=tuple(sorted((i.begin, i.end) for i in gaps)) if gaps else (),
        unacked_messages=len(getattr(consumer, "_unacked_messages", ())),
        fetched=False,
    )


def _with_fetch_state(state: PartitionState, consumer: Any, tp: Any, assignment: Any) -> PartitionState:
    """``state`` with aiokafka's fetch state for ``tp`` (from ``assignment``) and Faust's fetch-control sets."""
    fetch = assignment.state_value(tp) if assignment is not None else None
    return replace(
        state,
        position=fetch.position if fetch is not None and fetch.has_valid_position else None,
        highwater=fetch.highwater if fetch is not None else None,
        aiokafka_paused=bool(fetch.paused) if fetch is not None else False,
        faust_active=tp in (consumer._active_partitions or ()),
        faust_paused=tp in (consumer._paused_partitions or ()),
        faust_buffered=tp in (consumer._buffered_partitions or ()),
        fetched=fetch is not None,
    )


def read_partitions(consumer: Any, topics: Iterable[str]) -> list[PartitionState]:
    """State of every assigned partition of ``topics`` that aiokafka holds a fetch state for.

    Raises when the fetch state cannot be read (not started, rebalancing, a driver without these
    internals).
    """
    wanted = set(topics)
    assignment = _fetch_assignment(consumer)
    states = (
        _with_fetch_state(_bookkeeping(consumer, tp), consumer, tp, assignment)
        for tp in consumer.assignment()
        if tp.topic in wanted
    )
    return [state for state in states if state.fetched]


def describe_partition(consumer: Any, tp: Any) -> str:
    """:meth:`PartitionState.describe` of ``tp``; Faust's bookkeeping alone when the fetch state cannot be read."""
    state = _bookkeeping(consumer, tp)
    try:
        state = _with_fetch_state(state, consumer, tp, _fetch_assignment(consumer))
    except Exception as exc:  # a stand-in consumer, or not started: the Faust part is the useful one
        state = replace(state, unreadable=type(exc).__name__)
    return state.describe()
