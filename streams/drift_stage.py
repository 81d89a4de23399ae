"""The drift stage: features re-keyed by segment, per-segment state in a Faust table.

Ingest publishes, for each newly stored event, its features to the internal topic
``<group>-drift-features`` keyed by segment (app, model, prompt version), so every event of a
segment lands on one partition and one worker. The drift agent keeps a
:class:`~detectors.drift.segment.SegmentDriftState` per segment in memory and checkpoints it
(zlib-compressed JSON) into the changelog-backed table ``drift-state`` at most every
``drift_checkpoint_seconds`` and whenever a signal changes state; after a crash or a rebalance the
table is restored from its changelog and the state resumes from the last checkpoint (updates since
then are lost, which the detectors tolerate; redelivered messages are skipped by offset).
Tick records go to ``drift_metrics``; drift transitions go to the alerting stage.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import zlib
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Protocol

import faust
import numpy as np

from detectors.drift.config import DriftConfig
from detectors.drift.features import EventFeatures, pii_type_mask
from detectors.drift.records import DriftSignal, TickRecord
from detectors.drift.segment import SegmentDriftState
from detectors.enrichment import Enrichment
from schemas.event import EventV1
from schemas.rows import DriftMetricRow
from schemas.settings import Settings
from streams.features_codec import decode_features, encode_features, segment_bytes, split_features
from streams.metrics import Metrics
from streams.reference_control import PinAssembler, apply_command, decode_control, is_control
from streams.sink import EventSink

__all__ = [
    "CHANGELOG_MAX_MESSAGE_BYTES",
    "DriftStage",
    "KafkaFeatureForwarder",
    "WriteGate",
    "checkpoint_before_revoke",
    "drift_config",
    "enrichment_toxicity_threshold",
    "features_by_segment",
    "segment_from_key",
    "segment_key_text",
    "tick_rows",
]

log = logging.getLogger(__name__)

#: max.message.bytes of the drift-state changelog topic (matches the producer's max request size).
CHANGELOG_MAX_MESSAGE_BYTES = 16_000_000

_CHUNK = 400  # events per features message: ~0.5 KB each, well under Kafka's 1 MB default


def segment_key_text(segment: tuple[str, str, str]) -> str:
    """The segment as one string (JSON), as drift records carry it.

    >>> segment_from_key(segment_key_text(("a", "m|x", "")))
    ('a', 'm|x', '')
    """
    return json.dumps(list(segment), separators=(",", ":"), ensure_ascii=False)


def segment_from_key(text: str) -> tuple[str, str, str]:
    """Inverse of :func:`segment_key_text`."""
    app, model, version = json.loads(text)
    return str(app), str(model), str(version)


def _float(values: Sequence[float | int | None]) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)


def features_by_segment(
    events: Sequence[EventV1], enrichment: Enrichment, keep: set[str] | None = None
) -> dict[tuple[str, str, str], EventFeatures]:
    """Drift-stage features of ``events`` (those in ``keep``, if given), grouped by segment, in order.

    An event_id that occurs twice in ``events`` (a redelivered message in one batch) counts once:
    its first occurrence, as :func:`streams.sink.unique_by_event_id` keeps for its row.
    """
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    taken: set[str] = set()
    for i, event in enumerate(events):
        if (keep is None or event.event_id in keep) and event.event_id not in taken:
            taken.add(event.event_id)
            groups[event.segment()].append(i)
    out = {}
    for segment, index in groups.items():
        chosen = [events[i] for i in index]
        rows = np.array(index)
        out[segment] = EventFeatures(
            event_time=np.array([e.timestamp.timestamp() for e in chosen]),
            prompt_emb=enrichment.prompt_embedding[rows],
            response_emb=enrichment.response_embedding[rows],
            latency_ms=_float([e.latency_ms for e in chosen]),
            prompt_tokens=_float([e.prompt_tokens for e in chosen]),
            completion_tokens=_float([e.completion_tokens for e in chosen]),
            is_error=np.array([e.status == "error" for e in chosen]),
            is_refusal=enrichment.is_refusal[rows],
            toxicity_prompt=enrichment.toxicity_prompt[rows].astype(np.float64),
            toxicity_response=enrichment.toxicity_response[rows].astype(np.float64),
            pii_prompt_count=np.array([len(enrichment.pii_prompt[i]) for i in index], dtype=np.float64),
            pii_response_count=np.array([len(enrichment.pii_response[i]) for i in index], dtype=np.float64),
            pii_response_types=pii_type_mask([[span.type for span in enrichment.pii_response[i]] for i in index]),
            event_ids=tuple(e.event_id for e in chosen),
        )
    return out


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def tick_rows(ticks: Sequence[TickRecord]) -> list[DriftMetricRow]:
    """``drift_metrics`` rows for tick records (one per segment × signal × tick)."""
    rows = []
    for tick in ticks:
        app, model, version = segment_from_key(tick.segment)
        statistic = tick.statistic if np.isfinite(tick.statistic) else 0.0
        rows.append(
            DriftMetricRow(
                tick_time=_utc(tick.tick_time),
                app=app,
                model=model,
                prompt_version=version,
                signal=tick.signal,
                detector="score",
                statistic=float(statistic),
                threshold=float(tick.threshold),
                status=tick.status,
                window_start=_utc(tick.window_start),
                window_end=_utc(tick.window_end),
                n_events=int(tick.n_events),
                n_reference=int(tick.n_reference),
            )
        )
    return rows


class KafkaFeatureForwarder:
    """Publishes features to the internal topic keyed by segment, and waits for the acks."""

    def __init__(self, app: faust.App, topic: str) -> None:
        self.app = app
        self.topic = topic

    async def forward(self, events: Sequence[EventV1], enrichment: Any, new_ids: set[str]) -> None:
        pending = []
        for segment, features in features_by_segment(events, enrichment, new_ids).items():
            for chunk in split_features(features, _CHUNK):
                pending.append(
                    await self.app.producer.send(
                        self.topic,
                        segment_bytes(segment),
                        encode_features(segment, chunk),
                        partition=None,
                        timestamp=None,
                        headers=None,
                    )
                )
        await asyncio.gather(*pending)


SignalHandler = Callable[[list[DriftSignal], float], Awaitable[None]]


class DriftStage:
    """Per-segment drift states of one worker (see module docstring)."""

    def __init__(
        self,
        config: DriftConfig,
        sink: EventSink,
        checkpoint_every_s: float,
        on_signals: SignalHandler | None = None,
    ) -> None:
        self.config = config
        self.sink = sink
        self.checkpoint_every_s = checkpoint_every_s
        self.on_signals = on_signals
        self.states: dict[str, SegmentDriftState] = {}
        self.checkpointed_at: dict[str, float] = {}
        self.unsaved: dict[str, tuple[bytes, int]] = {}  # updated since its checkpoint: (table key, partition)
        self.pins = PinAssembler()
        self.watermark = 0.0
        self.applied = 0  # events applied to states since start (redelivered messages are skipped)

    def forget(self) -> None:
        """Drop in-memory states (after a rebalance the table is the source of truth)."""
        self.states.clear()
        self.checkpointed_at.clear()
        self.unsaved.clear()

    def updated(self, key: str, key_bytes: bytes, partition: int) -> None:
        """Note that ``key``'s state changed after its checkpoint (the features message came on ``partition``)."""
        self.unsaved[key] = (key_bytes, partition)

    def checkpoints_due_on_revoke(self) -> list[tuple[bytes, int, bytes]]:
        """(table key, partition, checkpoint) of every state updated since its last checkpoint.

        Written to the changelog before a rebalance drops the in-memory states, so a graceful
        rebalance (a worker joining or leaving) loses no drift update.
        """
        due = [
            (key_bytes, partition, self.checkpoint(key, self.states[key]))
            for key, (key_bytes, partition) in list(self.unsaved.items())
            if key in self.states
        ]
        self.unsaved.clear()
        return due

    def state_for(self, key: str, stored: bytes | None) -> SegmentDriftState:
        """The live state of a segment: in memory, else restored from its checkpoint, else new."""
        state = self.states.get(key)
        if state is None:
            if stored:
                try:
                    state = SegmentDriftState.from_dict(json.loads(zlib.decompress(stored)), self.config)
                    log.info(
                        "drift segment %s restored from its checkpoint: n_events %d, last_offset %s, reference %s",
                        key,
                        state.n_events,
                        state.last_offset,
                        state.reference_source,
                    )
                except (ValueError, KeyError, zlib.error):
                    log.exception("drift checkpoint of %s unreadable; starting a new reference", key)
            if state is None:
                log.info("drift segment %s has no checkpoint: new state, warming up its reference", key)
                state = SegmentDriftState(key, self.config)
            self.states[key] = state
            self.checkpointed_at[key] = time.monotonic()
        return state

    async def apply(
        self, key: str, stored: bytes | None, features: EventFeatures, offset: int
    ) -> tuple[SegmentDriftState, bool]:
        """Feed one features message; returns the state and whether to checkpoint it now."""
        state = self.state_for(key, stored)
        before = state.n_events
        signals = state.update_batch(features, offset=offset)
        self.applied += state.n_events - before
        ticks = state.pop_ticks()
        if ticks:
            await self.sink.write_drift_metrics(tick_rows(ticks))
        if len(features):
            self.watermark = max(self.watermark, float(np.nanmax(features.event_time)))
        if self.on_signals is not None and (signals or ticks):
            await self.on_signals(list(signals), self.watermark)
        due = time.monotonic() - self.checkpointed_at.get(key, 0.0) >= self.checkpoint_every_s
        return state, bool(signals) or due

    def control(self, stored: bytes | None, data: bytes, offset: int) -> tuple[str, SegmentDriftState | None]:
        """Apply a reference control message (``driftline reference ...``, see
        :mod:`streams.reference_control`); returns the segment key and the state to checkpoint
        (``None`` while a multi-part pin is incomplete, or if the message was skipped)."""
        cmd, events = decode_control(data)
        key = segment_key_text(cmd.segment)
        state = self.state_for(key, stored)
        if state.last_offset is not None and offset <= state.last_offset:
            return key, None  # redelivered: already applied
        if cmd.action == "pin" and events is not None:
            events = self.pins.add(key, cmd, events)
            if events is None:
                return key, None
        try:
            done = apply_command(state, cmd, events)
        except ValueError as exc:
            log.error("reference %s of %s (request %s) refused: %s", cmd.action, key, cmd.request_id, exc)
            return key, None
        state.last_offset = offset
        log.warning("drift segment %s: %s (request %s)", key, done, cmd.request_id)
        return key, state

    def checkpoint(self, key: str, state: SegmentDriftState) -> bytes:
        """Compressed checkpoint bytes of a state (what the table stores)."""
        self.checkpointed_at[key] = time.monotonic()
        self.unsaved.pop(key, None)
        return compress_checkpoint(json.dumps(state.to_dict(), separators=(",", ":")).encode())


def compress_checkpoint(data: bytes) -> bytes:
    """zlib stream of ``data`` with Huffman coding only (read back by plain ``zlib.decompress``).

    A checkpoint is mostly base64 of float arrays, where string matching finds almost nothing:
    on a 6,000-event segment state with 256-dimensional embeddings (618 kB of JSON) level 3 took
    14.9 ms for 437 kB, Huffman only 5.2 ms for 434 kB (a small 64-dimensional state: 10 % larger
    than level 3). Checkpoints written either way read back the same.

    >>> data = b'{"rows":"' + bytes(range(65, 91)) * 40 + b'"}'
    >>> zlib.decompress(compress_checkpoint(data)) == data
    True
    """
    packer = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS, 8, zlib.Z_HUFFMAN_ONLY)
    return packer.compress(data) + packer.flush()


def drift_config(settings: Settings, toxicity_threshold: float | None = None) -> DriftConfig:
    """The drift configuration the settings describe.

    ``toxicity_threshold`` should be the threshold the enrichment actually applied (the scorer's
    calibrated default unless ``settings.toxicity_threshold`` overrides it), so that the drift
    stage's toxicity rate counts exactly the events stored with ``is_toxic = 1``. Without it,
    ``settings.toxicity_threshold`` is used if set, else :class:`DriftConfig`'s default.

    >>> drift_config(Settings(), toxicity_threshold=0.638).toxicity_threshold
    0.638
    >>> drift_config(Settings()).toxicity_prompt_detector
    'score'
    >>> drift_config(Settings(toxicity_scorer="profanity")).toxicity_prompt_detector
    'flag'
    >>> drift_config(Settings(drift_arl_scale=2.0)).pii_response_target_arl
    960000.0
    """
    threshold = toxicity_threshold if toxicity_threshold is not None else settings.toxicity_threshold
    n = settings.drift_reference_events
    minimum = min(DriftConfig.min_reference_events, n)  # short references (tests, tiny segments) stay valid
    config = DriftConfig(
        tick_seconds=settings.drift_tick_seconds,
        reference_events=n,
        min_reference_events=minimum,
        toxicity_prompt_detector=toxic_prompt_detector(settings),
    ).with_arl_scale(settings.drift_arl_scale)
    return config if threshold is None else replace(config, toxicity_threshold=float(threshold))


def toxic_prompt_detector(settings: Settings) -> str:
    """The toxic-prompt detector ``drift_toxic_prompt_detector`` asks for; ``auto`` is the score
    CUSUM only when the built-in scorer, whose score profile it carries, produces the scores.

    >>> toxic_prompt_detector(Settings(toxicity_scorer="hf", toxicity_model_path="/m"))
    'flag'
    """
    choice = settings.drift_toxic_prompt_detector
    if choice != "auto":
        return choice
    return "score" if settings.toxicity_scorer == "builtin" else "flag"


def enrichment_toxicity_threshold(enricher: Any) -> float | None:
    """The toxicity threshold a worker's enricher applies (``None`` for enrichers without one)."""
    detectors = getattr(enricher, "detectors", enricher)
    value = getattr(detectors, "toxicity_threshold", None)
    return None if value is None else float(value)


class WriteGate(Protocol):
    """Says whether the broker may be written to (:class:`streams.broker_watch.BrokerWatch`)."""

    suspect: bool  # cheap: the last check failed or saw another cluster

    async def writes_allowed(self) -> bool:
        """A fresh check: True only when the broker is reachable and still the same cluster."""
        ...


async def checkpoint_before_revoke(
    stage: DriftStage,
    send: Callable[[int, bytes, bytes], None],
    flush: Callable[[], Awaitable[Any]],
    gate: WriteGate | None = None,
) -> int:
    """Write the checkpoint of every state updated since its last one, before a rebalance drops them.

    ``send(partition, key, checkpoint)`` writes one changelog record. Nothing is written when
    ``gate`` says the broker is unreachable or is a new cluster (an embedded broker restarted
    empty): a checkpoint there would be stale, and Tansu acknowledges writes to topics that do not
    exist yet without ever serving them, which leaves the restarted worker's recovery waiting
    forever. The states then fall back to their last checkpoints, as after a SIGKILL. Returns the
    number of checkpoints written.
    """
    due = stage.checkpoints_due_on_revoke()
    if not due:
        return 0
    if gate is not None and not await gate.writes_allowed():
        log.warning(
            "rebalance: %d drift checkpoint(s) not written: the broker is unreachable or lost its state", len(due)
        )
        return 0
    for key_bytes, partition, value in due:
        send(partition, key_bytes, value)
    await flush()
    log.info("rebalance: checkpointed %d drift segment(s) updated since their last checkpoint", len(due))
    return len(due)


def register_drift_agent(
    app: faust.App,
    settings: Settings,
    stage: DriftStage,
    features_topic: Any,
    metrics: Metrics | None = None,
    gate: WriteGate | None = None,
) -> Any:
    """Declare the drift-state table and the agent consuming the features topic.

    While ``gate.suspect`` holds, checkpoints due are kept for later instead of written (see
    :func:`checkpoint_before_revoke` for why).
    """
    table = app.Table(
        "drift-state",
        default=None,
        key_type=bytes,
        value_type=bytes,
        partitions=settings.topic_partitions,
        # A checkpoint taken while a segment still buffers its warm-up reference is up to ~1.2 MB
        # compressed (docs/drift.md), above Kafka's default 1 MB max.message.bytes: the changelog
        # topic accepts what the producer may send (create_app's producer_max_request_size).
        extra_topic_configs={"max.message.bytes": str(CHANGELOG_MAX_MESSAGE_BYTES)},
    )

    def writable() -> bool:
        return gate is None or not gate.suspect

    @app.on_partitions_revoked.connect  # type: ignore[arg-type]
    async def _revoked(sender: Any, *args: Any, **kwargs: Any) -> None:
        # Checkpoint what changed since the last checkpoint before the states are dropped: the
        # features offsets behind those updates may already be committed (a SIGKILL has no such
        # chance: there the loss is bounded by drift_checkpoint_seconds).
        def send(partition: int, key_bytes: bytes, value: bytes) -> None:
            table.send_changelog(partition, key_bytes, value)
            table.data[key_bytes] = value

        try:
            await checkpoint_before_revoke(stage, send, app.producer.flush, gate)
        except Exception:  # never block a rebalance; the states fall back to their last checkpoints
            log.exception("checkpointing drift states on rebalance failed")
        stage.forget()

    @app.agent(features_topic, name="driftline.drift")
    async def drift(stream: Any) -> None:
        async for event in stream.events():
            key_bytes = event.key if isinstance(event.key, bytes) else b""
            if is_control(event.value):
                try:
                    key, applied = stage.control(table.get(key_bytes), event.value, event.message.offset)
                except (ValueError, KeyError, OSError):
                    log.exception("bad reference control message at offset %s: skipped", event.message.offset)
                    continue
                if applied is not None and writable():
                    table[key_bytes] = stage.checkpoint(key, applied)
                elif applied is not None:
                    stage.updated(key, key_bytes, event.message.partition)
                continue
            try:
                segment, features = decode_features(event.value)
            except (ValueError, KeyError, OSError):
                log.exception("undecodable features message at offset %s: skipped", event.message.offset)
                continue
            key = segment_key_text(segment)
            applied_before = stage.applied
            try:
                state, checkpoint = await stage.apply(key, table.get(key_bytes), features, event.message.offset)
            except Exception:  # the stage never dies on one bad batch; the segment keeps its state
                log.exception("drift update of %s failed at offset %s: skipped", key, event.message.offset)
                continue
            if metrics is not None:
                metrics.drift_updates.inc(stage.applied - applied_before)
            if checkpoint and writable():
                table[key_bytes] = stage.checkpoint(key, state)
            else:
                stage.updated(key, key_bytes, event.message.partition)

    return table
