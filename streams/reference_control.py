"""Pin or reset a segment's drift reference from the CLI, through the drift agent that owns it.

The worker owns drift state (one :class:`~detectors.drift.segment.SegmentDriftState` per segment, in
the ``drift-state`` table), so ``driftline reference ...`` does not touch it directly: it publishes
**control messages** on the internal features topic (``<group>-drift-features``), keyed by the
segment exactly like the features themselves. They land on the partition, and hence the worker and
agent, that owns the segment, in order with its events, and are applied between two feature
batches; redelivery is a no-op (the state's offset check).

Commands:

* ``reset`` — forget the reference; the segment warms up again on its next events.
* ``pin`` with events — fit every signal on the given baseline (the CLI reads the stored events of
  a time range from ``llm_events``, samples about ``reference_events`` of them deterministically
  by ``event_id``, and sends them in parts of at most :data:`PART_EVENTS` events; the agent fits
  when the last part arrives). A pinned baseline is part of the checkpoint, so it survives restarts.
* ``pin`` without events — keep the current reference and mark it pinned (``reference_source``).

Wire format: a control message is one JSON object (it starts with ``{``; a features message starts
with a 4-byte big-endian length, i.e. a zero byte), then for a ``pin`` part a newline and the
part's events in the features codec (:func:`streams.features_codec.encode_features`).

>>> cmd = ControlCommand("reset", ("app", "m", "v1"), request_id="r1")
>>> is_control(encode_control(cmd)), decode_control(encode_control(cmd))[0] == cmd
(True, True)
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import numpy as np

from detectors.drift.features import EventFeatures, pii_type_mask
from detectors.drift.segment import SegmentDriftState
from detectors.embeddings import dequantize_embeddings
from schemas.settings import Settings
from streams.features_codec import decode_features, encode_features, segment_bytes, split_features

__all__ = [
    "PART_EVENTS",
    "ControlCommand",
    "PinAssembler",
    "apply_command",
    "decode_control",
    "encode_control",
    "is_control",
    "pin_messages",
    "publish_control",
    "reference_features",
    "reference_sql",
]

#: Events per ``pin`` part: ~0.5 KB each, so a part stays well under Kafka's 1 MB message default.
PART_EVENTS = 400

Action = Literal["pin", "reset"]


@dataclass(frozen=True)
class ControlCommand:
    """One control message (``pin`` parts share ``request_id``; ``part`` counts from 0)."""

    action: Action
    segment: tuple[str, str, str]
    request_id: str = ""
    part: int = 0
    parts: int = 0
    requested_at: str = ""

    def __post_init__(self) -> None:
        if self.action not in ("pin", "reset"):
            raise ValueError(f"unknown reference action {self.action!r}; valid: pin, reset")
        object.__setattr__(self, "segment", tuple(str(s) for s in self.segment))
        if len(self.segment) != 3:
            raise ValueError("segment must be (app, model, prompt_version)")


def is_control(data: bytes) -> bool:
    """Whether a features-topic message is a control message (features messages start with 0x00)."""
    return data[:1] == b"{"


def encode_control(cmd: ControlCommand, events: EventFeatures | None = None) -> bytes:
    """The message bytes: the JSON command, plus ``\\n`` and the events of a ``pin`` part."""
    head = json.dumps({"v": 1, **asdict(cmd), "segment": list(cmd.segment)}, separators=(",", ":")).encode()
    return head if events is None else head + b"\n" + encode_features(cmd.segment, events)


def decode_control(data: bytes) -> tuple[ControlCommand, EventFeatures | None]:
    """Inverse of :func:`encode_control`; raises ``ValueError`` on anything else."""
    head, sep, payload = data.partition(b"\n")
    try:
        d = json.loads(head)
    except json.JSONDecodeError as exc:
        raise ValueError(f"control message is not JSON: {exc}") from None
    if not isinstance(d, dict) or d.get("v") != 1:
        raise ValueError("unsupported control message version")
    d.pop("v")
    try:
        cmd = ControlCommand(**{**d, "segment": tuple(d["segment"])})
    except (KeyError, TypeError) as exc:
        raise ValueError(f"malformed control message: {exc}") from None
    events = decode_features(payload)[1] if sep else None
    return cmd, events


class PinAssembler:
    """Collects the parts of ``pin`` requests (in memory: a pin cut short by a crash is dropped,
    and the CLI must be run again)."""

    def __init__(self) -> None:
        self.pending: dict[tuple[str, str], dict[int, EventFeatures]] = {}

    def add(self, key: str, cmd: ControlCommand, events: EventFeatures) -> EventFeatures | None:
        """Add one part; returns all events of the request once every part has arrived."""
        for other in [k for k in self.pending if k[0] == key and k[1] != cmd.request_id]:
            del self.pending[other]  # a newer request for the segment replaces an unfinished one
        parts = self.pending.setdefault((key, cmd.request_id), {})
        parts[cmd.part] = events
        if len(parts) < cmd.parts:
            return None
        del self.pending[(key, cmd.request_id)]
        return EventFeatures.concat([parts[i] for i in range(cmd.parts)])


def apply_command(state: SegmentDriftState, cmd: ControlCommand, events: EventFeatures | None) -> str:
    """Apply a complete command to a segment's state; returns what was done (for the log).

    Raises ``ValueError`` when a pinned baseline is unusable (too few events for a signal).
    """
    if cmd.action == "reset":
        state.reset_reference()
        return "reference reset: warming up again"
    if events is None or len(events) == 0:
        state.reference_source = "pinned"
        return "current reference pinned"
    state.pin_reference(events)
    return f"reference pinned to {len(events)} stored events"


# --- the CLI side -------------------------------------------------------------------------------
def _ms(t: datetime) -> int:
    if t.tzinfo is None:
        raise ValueError("times must carry a zone (e.g. 2026-11-22T10:00:00Z)")
    return int(t.timestamp() * 1000)


def _literal(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


REFERENCE_COLUMNS = (
    "event_id",
    "toUnixTimestamp64Milli(timestamp) AS ts_ms",
    "prompt_embedding",
    "response_embedding",
    "latency_ms",
    "prompt_tokens",
    "completion_tokens",
    "status",
    "is_refusal",
    "toxicity_prompt",
    "toxicity_response",
    "pii_prompt_count",
    "pii_response_count",
    "pii_response_types",
)


def reference_sql(
    database: str, segment: tuple[str, str, str], start: datetime, end: datetime, max_events: int, total: int
) -> str:
    """SQL for the stored events of a segment in ``[start, end)`` in time order: all of them, or,
    when ``total`` (the count in the range) is larger than ``max_events``, exactly ``max_events``
    of them chosen by ``event_id`` hash (deterministic, spread over the whole range)."""
    app, model, version = segment
    where = (
        f"app = {_literal(app)} AND model = {_literal(model)} AND prompt_version = {_literal(version)}"
        f" AND toUnixTimestamp64Milli(timestamp) >= {_ms(start)} AND toUnixTimestamp64Milli(timestamp) < {_ms(end)}"
    )
    inner = f"SELECT {', '.join(REFERENCE_COLUMNS)} FROM {database}.llm_events FINAL WHERE {where}"
    if total > max_events:
        inner += f" ORDER BY cityHash64(event_id) LIMIT {int(max_events)}"
    return f"SELECT * FROM ({inner}) ORDER BY ts_ms, event_id"


def count_sql(database: str, segment: tuple[str, str, str], start: datetime, end: datetime) -> str:
    """SQL counting the stored events of a segment in ``[start, end)``."""
    app, model, version = segment
    return (
        f"SELECT count() FROM {database}.llm_events FINAL WHERE app = {_literal(app)} AND model = {_literal(model)}"
        f" AND prompt_version = {_literal(version)} AND toUnixTimestamp64Milli(timestamp) >= {_ms(start)}"
        f" AND toUnixTimestamp64Milli(timestamp) < {_ms(end)}"
    )


def _num(values: Sequence[Any]) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)


def reference_features(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> EventFeatures:
    """Drift features of stored ``llm_events`` rows (the result of :func:`reference_sql`)."""
    idx = {c: i for i, c in enumerate(columns)}

    def col(name: str) -> list[Any]:
        return [r[idx[name]] for r in rows]

    def emb(name: str) -> np.ndarray:
        q = np.array([list(v) for v in col(name)], dtype=np.int8)
        return dequantize_embeddings(q) if q.size else np.zeros((len(rows), 0), dtype=np.float32)

    return EventFeatures(
        event_time=_num(col("ts_ms")) / 1000.0,
        prompt_emb=emb("prompt_embedding"),
        response_emb=emb("response_embedding"),
        latency_ms=_num(col("latency_ms")),
        prompt_tokens=_num(col("prompt_tokens")),
        completion_tokens=_num(col("completion_tokens")),
        is_error=np.array([s == "error" for s in col("status")], dtype=bool),
        is_refusal=np.array([bool(v) for v in col("is_refusal")], dtype=bool),
        toxicity_prompt=_num(col("toxicity_prompt")),
        toxicity_response=_num(col("toxicity_response")),
        pii_prompt_count=_num(col("pii_prompt_count")),
        pii_response_count=_num(col("pii_response_count")),
        event_ids=tuple(str(v) for v in col("event_id")),
        pii_response_types=pii_type_mask([list(v or ()) for v in col("pii_response_types")]),
    )


def pin_messages(segment: tuple[str, str, str], events: EventFeatures | None) -> list[bytes]:
    """The control messages of one ``pin`` request (one message when ``events`` is None)."""
    request_id = uuid.uuid4().hex
    now = datetime.now(UTC).isoformat()
    if events is None:
        return [encode_control(ControlCommand("pin", segment, request_id, 0, 0, now))]
    parts = list(split_features(events, PART_EVENTS))
    return [
        encode_control(ControlCommand("pin", segment, request_id, i, len(parts), now), part)
        for i, part in enumerate(parts)
    ]


async def publish_control(settings: Settings, topic: str, segment: tuple[str, str, str], messages: list[bytes]) -> None:
    """Send control messages keyed by segment (same partition as its features) and wait for acks.

    Raises ``LookupError`` if ``topic`` does not exist (no worker with drift has run for this group).
    """
    from aiokafka import AIOKafkaProducer
    from aiokafka.admin import AIOKafkaAdminClient

    from streams.kafka import aiokafka_kwargs

    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings))
    await admin.start()
    try:
        if topic not in set(await admin.list_topics()):
            raise LookupError(f"topic {topic!r} does not exist: start a worker with the drift stage first")
    finally:
        await admin.close()
    producer = AIOKafkaProducer(acks="all", max_request_size=16_000_000, **aiokafka_kwargs(settings))
    await producer.start()
    try:
        key = segment_bytes(segment)
        for message in messages:
            await producer.send_and_wait(topic, message, key=key)
    finally:
        await producer.stop()
