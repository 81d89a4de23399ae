from __future__ import annotations

import json
from collections.abc import Sequence

import pytest

from schemas.dlq import DeadLetter
from streams.ingest import DeadLetterContent, IngestPipeline, RawMessage
from streams.metrics import Metrics
from streams.sink import MemorySink, RetryPolicy


class RecordingPublisher:
    """Dead-letter publisher double that can fail on demand."""

    def __init__(self, fail_next: int = 0) -> None:
        self.letters: list[DeadLetter] = []
        self.fail_next = fail_next

    async def publish(self, letters: Sequence[DeadLetter]) -> None:
        if self.fail_next:
            self.fail_next -= 1
            raise ConnectionError("broker down (injected)")
        self.letters.extend(letters)


def event(i: int, **changes: object) -> bytes:
    document = {
        "schema_version": 1,
        "event_id": f"e{i}",
        "timestamp": "2026-05-01T10:00:00Z",
        "app": "a",
        "model": "m",
        "prompt": f"prompt {i}",
        "response": "ok",
        "user_id": "alice",
        **changes,
    }
    return json.dumps(document).encode()


def messages(values: Sequence[bytes], start: int = 0) -> list[RawMessage]:
    return [RawMessage(v, "llm.events", 3, start + i) for i, v in enumerate(values)]


def pipeline(sink: MemorySink, dlq: RecordingPublisher) -> IngestPipeline:
    return IngestPipeline(
        sink,
        dlq,
        Metrics(),
        salt=b"s",
        policy=RetryPolicy(0.001, 0.005),
        dead_letter_content=DeadLetterContent("original"),
    )


async def test_good_rows_are_stored_and_bad_ones_dead_lettered_with_source() -> None:
    sink, dlq = MemorySink(), RecordingPublisher()
    batch = [event(1), b"{broken", event(2, latency_ms="slow"), event(3), b"\xff"]
    result = await pipeline(sink, dlq).process(messages(batch, start=100))
    assert sorted(sink.events) == ["e1", "e3"]
    assert result.rejected == {"invalid_json": 1, "schema_validation": 1, "invalid_utf8": 1}
    offsets = [(letter.source.partition, letter.source.offset) for letter in dlq.letters]
    assert offsets == [(3, 101), (3, 102), (3, 104)]
    assert dlq.letters[0].original_bytes() == b"{broken"
    assert dlq.letters[2].original_bytes() == b"\xff" and dlq.letters[2].original_text is None
    assert "latency_ms" in dlq.letters[1].detail


async def test_rows_carry_source_position_and_hashed_user() -> None:
    sink = MemorySink()
    await pipeline(sink, RecordingPublisher()).process(messages([event(7)], start=41))
    row = sink.events["e7"]
    assert (row.source_topic, row.source_partition, row.source_offset) == ("llm.events", 3, 41)
    assert row.user_id_hash and "alice" not in row.user_id_hash
    assert row.timestamp.utcoffset() is not None and row.timestamp.utcoffset().total_seconds() == 0


async def test_redelivered_and_replayed_events_are_stored_once() -> None:
    sink, dlq = MemorySink(), RecordingPublisher()
    ingest = pipeline(sink, dlq)
    first = await ingest.process(messages([event(1), event(2), event(1)]))
    replay = await ingest.process(messages([event(1), event(2), event(3)]))
    assert (first.inserted, replay.inserted) == (2, 1)
    assert sorted(sink.events) == ["e1", "e2", "e3"]


async def test_store_outage_is_retried_until_it_recovers_and_nothing_is_lost() -> None:
    sink, dlq = MemorySink(), RecordingPublisher(fail_next=2)
    sink.fail_next = 5
    result = await pipeline(sink, dlq).process(messages([event(1), b"nope", event(2)]))
    assert result.inserted == 2 and sorted(sink.events) == ["e1", "e2"]
    assert sink.attempts == 6
    assert len(dlq.letters) == 1


@pytest.mark.parametrize("size", [0, 1])
async def test_empty_and_single_batches(size: int) -> None:
    sink = MemorySink()
    result = await pipeline(sink, RecordingPublisher()).process(messages([event(1)] * size))
    assert result.consumed == size and len(sink.events) == size
