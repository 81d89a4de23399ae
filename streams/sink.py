"""The ClickHouse sink: idempotent, batched, retried writes of typed rows.

Delivery guarantee: :meth:`ClickHouseSink.write_events` returns only once every row of the
batch is stored — inserted now or found already stored under its ``event_id`` — and it never
raises on a store failure: it retries with exponential back-off until the store answers (the
caller, which acks Kafka offsets only after it returns, thereby stops consuming). Together
with at-least-once consumption this is effectively-once storage: no loss, no duplicate rows.

:class:`MemorySink` is the in-memory double for unit tests; it shares the dedup logic.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from schemas.rows import DRIFT_METRICS_COLUMNS, LLM_EVENTS_COLUMNS, DriftMetricRow, EventRow
from streams.metrics import Metrics
from streams.store import Store, StoreExecutor

__all__ = [
    "ClickHouseSink",
    "EventSink",
    "MemorySink",
    "RetryPolicy",
    "retry_until_done",
    "unique_by_event_id",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

_ID_CHUNK = 1000


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential back-off with full jitter between ``initial`` and ``maximum`` seconds."""

    initial: float = 0.5
    maximum: float = 30.0

    def delay(self, attempt: int) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based).

        >>> 0 <= RetryPolicy(1, 8).delay(10) <= 8
        True
        """
        ceiling = min(self.maximum, self.initial * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)


async def retry_until_done(
    action: Callable[[], Awaitable[T]],
    policy: RetryPolicy,
    on_failure: Callable[[int, BaseException], None],
) -> T:
    """Await ``action()`` until it succeeds; call ``on_failure(attempt, exc)`` after each failure.

    Cancellation (worker shutdown) propagates at once, leaving the work undone and unacked.
    """
    attempt = 0
    while True:
        try:
            return await action()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            attempt += 1
            on_failure(attempt, exc)
            await asyncio.sleep(policy.delay(attempt))


def unique_by_event_id(rows: Sequence[EventRow]) -> list[EventRow]:
    """Keep the first row per ``event_id`` (a batch can hold a redelivered message twice).

    >>> from datetime import datetime, UTC
    >>> t = datetime(2026, 1, 1, tzinfo=UTC)
    >>> [r.source_offset for r in unique_by_event_id(
    ...     [EventRow("a", t, "x", "m", source_offset=1), EventRow("a", t, "x", "m", source_offset=2)])]
    [1]
    """
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row.event_id not in seen:
            seen.add(row.event_id)
            unique.append(row)
    return unique


class EventSink(Protocol):
    """What the pipeline needs from a sink."""

    async def write_events(self, rows: Sequence[EventRow]) -> list[str]:
        """Store the rows idempotently; return the event_ids that were new (stored now)."""
        ...

    async def write_drift_metrics(self, rows: Sequence[DriftMetricRow]) -> None:
        """Store drift tick rows (idempotent on segment × signal × tick)."""
        ...


def _stored_ids(store: Store, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = list(ids[start : start + _ID_CHUNK])
        _, rows = store.query(
            f"SELECT DISTINCT event_id FROM {store.database}.llm_events WHERE event_id IN {{ids:Array(String)}}",
            parameters={"ids": chunk},
        )
        found.update(row[0] for row in rows)
    return found


def _insert_new_events(store: Store, rows: Sequence[EventRow]) -> list[str]:
    """Runs on the store thread: drop rows already stored, insert the rest in one block."""
    stored = _stored_ids(store, [row.event_id for row in rows])
    new_rows = [row for row in rows if row.event_id not in stored]
    store.insert("llm_events", [row.as_tuple(LLM_EVENTS_COLUMNS) for row in new_rows], LLM_EVENTS_COLUMNS)
    return [row.event_id for row in new_rows]


class ClickHouseSink:
    """Writes typed rows to ClickHouse through a :class:`StoreExecutor` (see module docstring)."""

    def __init__(self, executor: StoreExecutor, metrics: Metrics, policy: RetryPolicy | None = None) -> None:
        self.executor = executor
        self.metrics = metrics
        self.policy = policy or RetryPolicy()

    def _failed(self, table: str) -> Callable[[int, BaseException], None]:
        def record(attempt: int, exc: BaseException) -> None:
            self.metrics.store_failures.labels(table=table).inc()
            self.metrics.store_up.set(0)
            log.warning("insert into %s failed (attempt %d), retrying: %s", table, attempt, str(exc)[:300])

        return record

    async def write_events(self, rows: Sequence[EventRow]) -> list[str]:
        """Store ``rows`` exactly once each; returns the event_ids stored now (see module docstring)."""
        unique = unique_by_event_id(rows)
        if not unique:
            return []
        inserted = await retry_until_done(
            lambda: self.executor.run(lambda store: _insert_new_events(store, unique)),
            self.policy,
            self._failed("llm_events"),
        )
        self.metrics.store_up.set(1)
        self.metrics.rows_written.labels(table="llm_events").inc(len(inserted))
        self.metrics.duplicates_skipped.inc(len(rows) - len(inserted))
        return inserted

    async def write_drift_metrics(self, rows: Sequence[DriftMetricRow]) -> None:
        """Store drift ticks; replays overwrite the same key (ReplacingMergeTree)."""
        if not rows:
            return
        tuples = [row.as_tuple(DRIFT_METRICS_COLUMNS) for row in rows]
        await retry_until_done(
            lambda: self.executor.run(lambda store: store.insert("drift_metrics", tuples, DRIFT_METRICS_COLUMNS)),
            self.policy,
            self._failed("drift_metrics"),
        )
        self.metrics.store_up.set(1)
        self.metrics.rows_written.labels(table="drift_metrics").inc(len(rows))


class MemorySink:
    """In-memory double of :class:`ClickHouseSink` for unit tests (same dedup semantics).

    ``fail_next`` makes the next N write attempts raise, to exercise retry paths.
    """

    def __init__(self, policy: RetryPolicy | None = None) -> None:
        self.events: dict[str, EventRow] = {}
        self.drift_metrics: list[DriftMetricRow] = []
        self.fail_next = 0
        self.attempts = 0
        self.policy = policy or RetryPolicy(initial=0.001, maximum=0.01)

    async def _attempt(self) -> None:
        self.attempts += 1
        if self.fail_next > 0:
            self.fail_next -= 1
            raise ConnectionError("store unavailable (injected)")

    async def write_events(self, rows: Sequence[EventRow]) -> list[str]:
        async def action() -> list[str]:
            await self._attempt()
            new = [row for row in unique_by_event_id(rows) if row.event_id not in self.events]
            self.events.update((row.event_id, row) for row in new)
            return [row.event_id for row in new]

        return await retry_until_done(action, self.policy, lambda attempt, exc: None)

    async def write_drift_metrics(self, rows: Sequence[DriftMetricRow]) -> None:
        async def action() -> None:
            await self._attempt()
            self.drift_metrics.extend(rows)

        await retry_until_done(action, self.policy, lambda attempt, exc: None)
