"""OverlappedIngest: batch N+1 is prepared while N is stored; commits and acks stay in order."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from typing import Any

from schemas.dlq import DeadLetter
from schemas.rows import EventRow
from streams.ingest import BatchResult, IngestPipeline, OverlappedIngest, RawMessage
from streams.metrics import Metrics
from streams.sink import MemorySink, RetryPolicy


class NoDeadLetters:
    async def publish(self, letters: Sequence[DeadLetter]) -> None:
        raise AssertionError("no message here is malformed")


class SlowSink(MemorySink):
    """Records the order of writes and what else happened while each was in progress."""

    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log
        self.fail_first = 1

    async def write_events(self, rows: Sequence[EventRow]) -> list[str]:
        self.log.append(f"store start {rows[0].event_id}")
        await asyncio.sleep(0.05)
        if self.fail_first:  # one failed insert: retried, never acked in between
            self.fail_first -= 1
            raise ConnectionError("store down (injected)")
        stored = await super().write_events(rows)
        self.log.append(f"store end {rows[0].event_id}")
        return stored


class LoggingEnricher:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def enrich(self, events: Sequence[Any], rows: Sequence[EventRow]) -> None:
        self.log.append(f"enrich {events[0].event_id}")


def batch(n: int) -> list[RawMessage]:
    return [
        RawMessage(
            json.dumps(
                {
                    "schema_version": 1,
                    "event_id": f"b{n}-{i}",
                    "timestamp": "2026-05-01T10:00:00Z",
                    "app": "a",
                    "model": "m",
                    "prompt": "p",
                    "response": "r",
                }
            ).encode(),
            "llm.events",
            0,
            n * 10 + i,
        )
        for i in range(3)
    ]


async def test_batches_overlap_but_commit_and_ack_in_order() -> None:
    log: list[str] = []
    sink = SlowSink(log)
    pipeline = IngestPipeline(
        sink, NoDeadLetters(), Metrics(), salt=b"s", enricher=LoggingEnricher(log), policy=RetryPolicy(0.001, 0.002)
    )
    overlap = OverlappedIngest(pipeline, RetryPolicy(0.001, 0.002), depth=2)

    def acker(n: int) -> Any:
        async def done(result: BatchResult) -> None:
            assert f"store end b{n}-0" in log, "acked before its rows were stored"
            log.append(f"ack {n}")

        return done

    for n in range(4):
        await overlap.submit(batch(n), acker(n))
    await overlap.drain()

    assert [e for e in log if e.startswith("ack")] == ["ack 0", "ack 1", "ack 2", "ack 3"]
    assert [e for e in log if e.startswith("store end")] == [f"store end b{n}-0" for n in range(4)]
    # overlap: batch 1 was enriched while batch 0's store was still in progress
    assert log.index("enrich b1-0") < log.index("store end b0-0")
    # never more than two batches in flight: batch 2 is enriched only after batch 0 is acked
    assert log.index("ack 0") < log.index("enrich b2-0")
    assert len(sink.events) == 12


async def test_cancel_leaves_unstored_batches_unacked() -> None:
    log: list[str] = []
    sink = SlowSink(log)
    sink.fail_first = 0
    pipeline = IngestPipeline(sink, NoDeadLetters(), Metrics(), salt=b"s", policy=RetryPolicy(0.001, 0.002))
    overlap = OverlappedIngest(pipeline, RetryPolicy(0.001, 0.002))
    acked: list[int] = []

    async def done(result: BatchResult) -> None:
        acked.append(result.accepted)

    await overlap.submit(batch(0), done)
    await overlap.submit(batch(1), done)
    await asyncio.sleep(0)
    overlap.cancel()
    await asyncio.sleep(0.2)
    assert acked == []
    assert len(sink.events) == 0
