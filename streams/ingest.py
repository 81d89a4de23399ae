"""The ingest stage: decode → validate → dead-letter or enrich → store, one batch at a time.

It knows nothing of Faust: the agent hands it :class:`RawMessage` batches and acks their
offsets only after :meth:`IngestPipeline.process` returns, which it does only once every
message is either stored or on the dead-letter topic. It never raises on bad input.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from schemas.dlq import DeadLetter
from schemas.errors import EventRejected
from schemas.event import EventV1, parse_event
from schemas.rows import EventRow
from streams.metrics import Metrics
from streams.sink import EventSink, RetryPolicy, retry_until_done

__all__ = [
    "BatchResult",
    "DeadLetterPublisher",
    "Enricher",
    "FeatureForwarder",
    "IngestPipeline",
    "RawMessage",
    "event_to_row",
    "hash_user_id",
    "split_batch",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One consumed Kafka message, exactly as received."""

    value: bytes
    topic: str
    partition: int
    offset: int


@dataclass(slots=True)
class BatchResult:
    """What one call to :meth:`IngestPipeline.process` did."""

    consumed: int = 0
    accepted: int = 0
    inserted: int = 0
    rejected: dict[str, int] = field(default_factory=dict)


class DeadLetterPublisher(Protocol):
    """Publishes dead letters durably (returns once the broker has them)."""

    async def publish(self, letters: Sequence[DeadLetter]) -> None: ...


class Enricher(Protocol):
    """Runs the detectors over accepted events and fills their rows in place (CPU-bound, sync).

    Returns the detector outputs (handed to the :class:`FeatureForwarder`)."""

    def enrich(self, events: Sequence[EventV1], rows: Sequence[EventRow]) -> Any: ...


class FeatureForwarder(Protocol):
    """Hands what the drift stage needs about newly stored events onward (durably)."""

    async def forward(self, events: Sequence[EventV1], enrichment: Any, new_ids: set[str]) -> None: ...


def hash_user_id(user_id: str | None, salt: bytes) -> str:
    """Salted HMAC-SHA256 of a user id (hex, 32 chars); '' when absent.

    >>> h = hash_user_id("alice", b"salt")
    >>> len(h), h == hash_user_id("alice", b"salt"), h == hash_user_id("alice", b"pepper")
    (32, True, False)
    >>> hash_user_id(None, b"salt")
    ''
    """
    if not user_id:
        return ""
    return hmac.new(salt, user_id.encode(), hashlib.sha256).hexdigest()[:32]


def event_to_row(event: EventV1, message: RawMessage, salt: bytes) -> EventRow:
    """The ``llm_events`` row for an accepted event (before detectors fill their columns)."""
    return EventRow(
        event_id=event.event_id,
        timestamp=event.timestamp.astimezone(UTC),
        app=event.app,
        model=event.model,
        ingested_at=datetime.now(UTC),
        prompt_template=event.prompt_template or "",
        prompt_version=event.prompt_version or "",
        session_id=event.session_id or "",
        user_id_hash=hash_user_id(event.user_id, salt),
        prompt=event.prompt,
        response=event.response,
        prompt_chars=len(event.prompt),
        response_chars=len(event.response),
        latency_ms=event.latency_ms,
        prompt_tokens=event.prompt_tokens,
        completion_tokens=event.completion_tokens,
        cost_usd=event.cost_usd,
        status=event.status,
        error_type=event.error_type or "",
        feedback=event.feedback,
        metadata=dict(event.metadata),
        extra=event.extra_fields(),
        source_topic=message.topic,
        source_partition=message.partition,
        source_offset=message.offset,
    )


def split_batch(
    messages: Sequence[RawMessage], max_bytes: int
) -> tuple[list[tuple[RawMessage, EventV1]], list[DeadLetter]]:
    """Validate every message: (accepted pairs, dead letters), both in input order."""
    accepted: list[tuple[RawMessage, EventV1]] = []
    rejected: list[DeadLetter] = []
    for message in messages:
        try:
            accepted.append((message, parse_event(message.value, max_bytes)))
        except EventRejected as exc:
            rejected.append(
                DeadLetter.for_reject(
                    message.value, exc.reason, exc.detail, message.topic, message.partition, message.offset
                )
            )
    return accepted, rejected


class IngestPipeline:
    """Turns batches of raw messages into stored rows and dead letters (see module docstring)."""

    def __init__(
        self,
        sink: EventSink,
        dead_letters: DeadLetterPublisher,
        metrics: Metrics,
        salt: bytes,
        max_event_bytes: int = 1_000_000,
        enricher: Enricher | None = None,
        policy: RetryPolicy | None = None,
        forwarder: FeatureForwarder | None = None,
    ) -> None:
        self.sink = sink
        self.dead_letters = dead_letters
        self.metrics = metrics
        self.salt = salt
        self.max_event_bytes = max_event_bytes
        self.enricher = enricher
        self.policy = policy or RetryPolicy()
        self.forwarder = forwarder

    async def process(self, messages: Sequence[RawMessage]) -> BatchResult:
        """Store or dead-letter every message; returns only when all are durable."""
        result = BatchResult(consumed=len(messages))
        if not messages:
            return result
        self.metrics.events_consumed.inc(len(messages))
        self.metrics.batch_size.observe(len(messages))

        started = time.perf_counter()
        accepted, rejected = split_batch(messages, self.max_event_bytes)
        rows = [event_to_row(event, message, self.salt) for message, event in accepted]
        self.metrics.stage_seconds.labels(stage="validate").observe(time.perf_counter() - started)

        if rejected:
            await self._publish_dead_letters(rejected)
            for letter in rejected:
                result.rejected[letter.reason] = result.rejected.get(letter.reason, 0) + 1
                self.metrics.dlq.labels(reason=letter.reason).inc()

        events = [event for _, event in accepted]
        enrichment = None
        if accepted and self.enricher is not None:
            started = time.perf_counter()
            enricher = self.enricher
            enrichment = await asyncio.get_running_loop().run_in_executor(None, enricher.enrich, events, rows)
            self.metrics.stage_seconds.labels(stage="enrich").observe(time.perf_counter() - started)

        started = time.perf_counter()
        result.accepted = len(rows)
        new_ids = await self.sink.write_events(rows)
        result.inserted = len(new_ids)
        self.metrics.events_accepted.inc(len(rows))
        self.metrics.stage_seconds.labels(stage="store").observe(time.perf_counter() - started)

        if self.forwarder is not None and enrichment is not None and new_ids:
            # Only events stored now: a replay or redelivery does not feed the drift stage twice.
            forwarder, fresh = self.forwarder, set(new_ids)
            await retry_until_done(
                lambda: forwarder.forward(events, enrichment, fresh),
                self.policy,
                lambda attempt, exc: log.warning("forwarding features failed (attempt %d): %s", attempt, exc),
            )
        return result

    async def _publish_dead_letters(self, letters: Sequence[DeadLetter]) -> None:
        def failed(attempt: int, exc: BaseException) -> None:
            log.warning("publishing %d dead letters failed (attempt %d), retrying: %s", len(letters), attempt, exc)

        await retry_until_done(lambda: self.dead_letters.publish(letters), self.policy, failed)
