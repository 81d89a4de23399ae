"""The worker's future-timestamp guard: events too far ahead of the ingest clock go to the DLQ
(reason ``future_timestamp``) instead of moving the drift stage's event-time watermark."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from schemas.errors import REJECT_REASONS
from schemas.settings import Settings
from streams.ingest import DeadLetterContent, IngestPipeline, split_batch
from streams.metrics import Metrics
from streams.sink import MemorySink, RetryPolicy
from tests.unit.test_ingest import RecordingPublisher, event, messages

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def stamp(delta: timedelta) -> str:
    return (NOW + delta).isoformat().replace("+00:00", "Z")


def test_reason_is_in_the_closed_set_and_the_default_is_an_hour() -> None:
    assert "future_timestamp" in REJECT_REASONS
    assert Settings().max_future_skew_seconds == 3600.0


def test_events_beyond_the_skew_are_dead_lettered_with_a_precise_detail() -> None:
    batch = messages(
        [
            event(1, timestamp=stamp(timedelta(minutes=59))),  # within an hour: accepted
            event(2, timestamp=stamp(timedelta(hours=1, seconds=1))),
            event(3, timestamp="2299-12-31T23:59:59Z"),
            event(4, timestamp=stamp(-timedelta(days=400))),  # the past is never refused
            event(5, timestamp="2026-11-23T14:30:00+02:00"),  # 12:30 UTC: within the skew
        ]
    )
    accepted, rejected = split_batch(batch, 1_000_000, max_future_skew_s=3600, now=NOW.timestamp())
    assert [e.event_id for _, e in accepted] == ["e1", "e4", "e5"]
    assert [(letter.reason, letter.source.offset) for letter in rejected] == [
        ("future_timestamp", 1),
        ("future_timestamp", 2),
    ]
    assert "3601 s ahead of the ingest clock (max_future_skew_seconds 3600)" in rejected[0].detail
    assert rejected[1].detail.startswith("timestamp: 2299-12-31T23:59:59+00:00")


def test_zero_disables_the_guard() -> None:
    batch = messages([event(1, timestamp="2299-12-31T23:59:59Z")])
    accepted, rejected = split_batch(batch, 1_000_000, max_future_skew_s=0, now=NOW.timestamp())
    assert len(accepted) == 1 and not rejected


async def test_the_pipeline_counts_them_as_dead_letters() -> None:
    sink, dlq = MemorySink(), RecordingPublisher()
    pipeline = IngestPipeline(
        sink,
        dlq,
        Metrics(),
        salt=b"s",
        policy=RetryPolicy(0.001, 0.005),
        dead_letter_content=DeadLetterContent("original"),
        max_future_skew_s=3600,
    )
    result = await pipeline.process(messages([event(1), event(2, timestamp="2299-01-01T00:00:00Z")]))
    assert sorted(sink.events) == ["e1"]  # event(1) is from 2026-05-01: in the past, accepted
    assert result.rejected == {"future_timestamp": 1}
    assert pipeline.metrics.value("driftline_dlq_total", {"reason": "future_timestamp"}) == 1
