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
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from schemas.dlq import DEFAULT_MAX_ORIGINAL_BYTES, DeadLetter, KeepOriginal
from schemas.errors import EventRejected
from schemas.event import EventV1, parse_event
from schemas.rows import EventRow
from streams.metrics import Metrics
from streams.sink import EventSink, RetryPolicy, retry_until_done

__all__ = [
    "BatchResult",
    "DeadLetterContent",
    "DeadLetterPublisher",
    "Enricher",
    "FeatureForwarder",
    "IngestPipeline",
    "OverlappedIngest",
    "PreparedBatch",
    "RawMessage",
    "check_future_skew",
    "event_to_row",
    "hash_user_id",
    "split_batch",
]

log = logging.getLogger(__name__)

#: Longest wait for one attempt to forward a batch's features (then logged and retried).
FORWARD_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One consumed Kafka message, exactly as received."""

    value: bytes
    topic: str
    partition: int
    offset: int


@dataclass(frozen=True, slots=True)
class DeadLetterContent:
    """What dead letters keep of a rejected message (see :mod:`schemas.dlq`).

    The default keeps no content (``redacted`` without a redactor degrades to ``omitted``): raw
    PII reaches the DLQ only when ``keep="original"`` is chosen explicitly.
    """

    keep: KeepOriginal = "redacted"
    redact: Callable[[str], str] | None = None
    max_bytes: int = DEFAULT_MAX_ORIGINAL_BYTES


@dataclass(slots=True)
class BatchResult:
    """What one call to :meth:`IngestPipeline.process` did."""

    consumed: int = 0
    accepted: int = 0
    inserted: int = 0
    rejected: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class PreparedBatch:
    """A validated and enriched batch waiting to be stored (see :meth:`IngestPipeline.prepare`)."""

    result: BatchResult
    events: list[EventV1]
    rows: list[EventRow]
    enrichment: Any


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


def check_future_skew(event: EventV1, now: float, max_skew_s: float) -> None:
    """Raise ``future_timestamp`` when ``event`` is more than ``max_skew_s`` ahead of ``now`` (0: off).

    The worker's guard for its event-time drift watermark; offline score and replay never call it.
    """
    ahead = event.timestamp.timestamp() - now
    if max_skew_s > 0 and ahead > max_skew_s:
        raise EventRejected(
            "future_timestamp",
            f"timestamp: {event.timestamp.isoformat()} is {ahead:.0f} s ahead of the ingest clock "
            f"(max_future_skew_seconds {max_skew_s:g})",
        )


def split_batch(
    messages: Sequence[RawMessage],
    max_bytes: int,
    dead_letters: DeadLetterContent | None = None,
    max_future_skew_s: float = 0.0,
    now: float | None = None,
) -> tuple[list[tuple[RawMessage, EventV1]], list[DeadLetter]]:
    """Validate every message: (accepted pairs, dead letters), both in input order.

    With ``max_future_skew_s`` > 0, events further ahead of ``now`` (default: the clock) are rejected.
    """
    content = dead_letters or DeadLetterContent()
    clock = time.time() if now is None else now
    accepted: list[tuple[RawMessage, EventV1]] = []
    rejected: list[DeadLetter] = []
    for message in messages:
        try:
            event = parse_event(message.value, max_bytes)
            check_future_skew(event, clock, max_future_skew_s)
            accepted.append((message, event))
        except EventRejected as exc:
            rejected.append(
                DeadLetter.for_reject(
                    message.value,
                    exc.reason,
                    exc.detail,
                    message.topic,
                    message.partition,
                    message.offset,
                    keep=content.keep,
                    redact=content.redact,
                    max_bytes=content.max_bytes,
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
        dead_letter_content: DeadLetterContent | None = None,
        max_future_skew_s: float = 0.0,
    ) -> None:
        self.sink = sink
        self.dead_letters = dead_letters
        self.metrics = metrics
        self.salt = salt
        self.max_event_bytes = max_event_bytes
        self.enricher = enricher
        self.policy = policy or RetryPolicy()
        self.forwarder = forwarder
        self.dead_letter_content = dead_letter_content or DeadLetterContent()
        self.max_future_skew_s = max_future_skew_s

    async def process(self, messages: Sequence[RawMessage]) -> BatchResult:
        """Store or dead-letter every message; returns only when all are durable."""
        return await self.commit(await self.prepare(messages))

    async def prepare(self, messages: Sequence[RawMessage]) -> PreparedBatch:
        """First half of :meth:`process`: validate, dead-letter the rejects (durably), enrich.

        Touches no store: batches may be prepared while an earlier one is being committed.
        """
        result = BatchResult(consumed=len(messages))
        if not messages:
            return PreparedBatch(result, [], [], None)
        self.metrics.events_consumed.inc(len(messages))
        self.metrics.batch_size.observe(len(messages))

        started = time.perf_counter()
        # Off the event loop: redacting dead letters may wait for a detector process (dlq_redact).
        accepted, rejected = await asyncio.get_running_loop().run_in_executor(
            None, split_batch, messages, self.max_event_bytes, self.dead_letter_content, self.max_future_skew_s
        )
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
            for stage, seconds in (getattr(enrichment, "timings", None) or {}).items():
                self.metrics.stage_seconds.labels(stage=stage).observe(seconds)
        return PreparedBatch(result, events, rows, enrichment)

    async def commit(self, batch: PreparedBatch) -> BatchResult:
        """Second half of :meth:`process`: store the rows, then forward the new events' features."""
        result, events, rows, enrichment = batch.result, batch.events, batch.rows, batch.enrichment
        if not rows:
            return result
        started = time.perf_counter()
        stored_at = datetime.now(UTC)  # ingested_at: when the row goes to the store (produce→row latency)
        for row in rows:
            row.ingested_at = stored_at
        result.accepted = len(rows)
        new_ids = await self.sink.write_events(rows)
        result.inserted = len(new_ids)
        self.metrics.events_accepted.inc(len(rows))
        self.metrics.stage_seconds.labels(stage="store").observe(time.perf_counter() - started)

        if self.forwarder is not None and enrichment is not None and new_ids:
            # Only events stored now: a replay or redelivery does not feed the drift stage twice.
            started = time.perf_counter()
            forwarder, fresh = self.forwarder, set(new_ids)
            # Bounded attempts: a send whose ack never comes (seen once on a re-created embedded
            # broker) becomes a logged retry instead of a silent stall. At-least-once: a timed-out
            # attempt may still land, so drift can see those events' features twice.
            await retry_until_done(
                lambda: asyncio.wait_for(forwarder.forward(events, enrichment, fresh), FORWARD_TIMEOUT_SECONDS),
                self.policy,
                lambda attempt, exc: log.warning("forwarding features failed (attempt %d): %s", attempt, exc),
            )
            self.metrics.stage_seconds.labels(stage="forward").observe(time.perf_counter() - started)
        return result

    async def _publish_dead_letters(self, letters: Sequence[DeadLetter]) -> None:
        def failed(attempt: int, exc: BaseException) -> None:
            log.warning("publishing %d dead letters failed (attempt %d), retrying: %s", len(letters), attempt, exc)

        await retry_until_done(lambda: self.dead_letters.publish(letters), self.policy, failed)


Done = Callable[[BatchResult], Awaitable[None]]


class OverlappedIngest:
    """Runs :class:`IngestPipeline` batches two at a time: batch N+1 is validated and enriched
    while batch N is stored.

    Commits (store, feature forwarding) stay in submission order, and each batch's ``done``
    callback (the worker acks its offsets there) runs only after its own commit, so the delivery
    guarantee is that of :meth:`IngestPipeline.process`. An unexpected failure of either half is
    retried with back-off, never acked. At most ``depth`` batches are in flight: :meth:`submit`
    waits (back-pressure on the consumer) until the oldest is done.
    """

    def __init__(self, pipeline: IngestPipeline, policy: RetryPolicy, depth: int = 2) -> None:
        self.pipeline = pipeline
        self.policy = policy
        self.depth = max(1, depth)
        self._inflight: list[asyncio.Task[None]] = []

    async def submit(self, messages: Sequence[RawMessage], done: Done) -> None:
        """Start a batch (after waiting for room); ``done(result)`` runs once it is stored."""
        self._inflight = [task for task in self._inflight if not task.done()]
        while len(self._inflight) >= self.depth:
            await asyncio.wait({self._inflight[0]})
            self._raise_if_failed(self._inflight[0])
            self._inflight = [task for task in self._inflight if not task.done()]
        previous = self._inflight[-1] if self._inflight else None
        self._inflight.append(asyncio.ensure_future(self._run(messages, previous, done)))

    async def drain(self) -> None:
        """Wait until every submitted batch is done."""
        while self._inflight:
            task = self._inflight.pop(0)
            await task

    def cancel(self) -> None:
        """Abandon batches in flight (shutdown): nothing more is stored or acked."""
        for task in self._inflight:
            task.cancel()
        self._inflight.clear()

    @staticmethod
    def _raise_if_failed(task: asyncio.Task[None]) -> None:
        if task.done() and not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]

    async def _run(self, messages: Sequence[RawMessage], previous: asyncio.Task[None] | None, done: Done) -> None:
        def crashed(attempt: int, exc: BaseException) -> None:
            log.exception("ingest batch failed unexpectedly (attempt %d); retrying, not acked", attempt)

        pipeline = self.pipeline
        prepared = await retry_until_done(lambda: pipeline.prepare(messages), self.policy, crashed)
        if previous is not None:
            await previous  # commits in order; a cancelled predecessor cancels this batch too
        result = await retry_until_done(lambda: pipeline.commit(prepared), self.policy, crashed)
        await done(result)
