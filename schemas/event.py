"""Event schema v1: one JSON object per Kafka message, one per prompt/response.

:func:`parse_event` is the single gate every message passes: it turns raw bytes into an
:class:`EventV1` or raises :class:`~schemas.errors.EventRejected` with a stable reason code
and a detail that names the offending field.

>>> ev = parse_event(b'{"schema_version": 1, "event_id": "e1", "timestamp": "2026-01-02T03:04:05Z",'
...                  b' "app": "chat", "model": "gpt-x", "prompt": "hi", "response": "hello", "team": "a"}')
>>> ev.event_id, ev.timestamp.isoformat(), ev.extra_fields()
('e1', '2026-01-02T03:04:05+00:00', {'team': '"a"'})
>>> parse_event(b'{"schema_version": 1}')
Traceback (most recent call last):
...
schemas.errors.EventRejected: schema_validation: event_id: Field required; timestamp: Field required; ...
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from schemas.errors import EventRejected

__all__ = ["SCHEMA_VERSION", "EventV1", "parse_event", "segment_key"]

SCHEMA_VERSION = 1

Identifier = Annotated[str, StringConstraints(min_length=1, max_length=256, strip_whitespace=False)]
Label = Annotated[str, StringConstraints(min_length=1, max_length=256)]


class EventV1(BaseModel):
    """One LLM call as an application reports it (schema version 1).

    Unknown top-level fields are accepted and kept (see :meth:`extra_fields`), never dropped.
    """

    model_config = ConfigDict(
        extra="allow",
        frozen=True,
        allow_inf_nan=False,
        json_schema_extra={"$id": "https://driftline.dev/schemas/event.v1.schema.json"},
        title="driftline event v1",
    )

    schema_version: Literal[1] = Field(description="Always 1 for this schema.")
    event_id: Identifier = Field(description="Opaque identifier, unique per event; the idempotency key.")
    timestamp: AwareDatetime = Field(description="When the call happened: RFC 3339 with a time zone.")
    app: Label = Field(description="Application emitting the event.")
    model: Label = Field(description="Model that produced the response.")
    prompt: str = Field(description="The prompt as sent to the model.")
    response: str = Field(description="The model's response (empty for failed calls).")
    prompt_template: Label | None = Field(None, description="Name of the prompt template.")
    prompt_version: Label | None = Field(None, description="Version of the prompt template.")
    session_id: Identifier | None = Field(None, description="Conversation or session identifier.")
    user_id: Identifier | None = Field(None, description="End-user identifier; stored only as a salted hash.")
    latency_ms: float | None = Field(None, ge=0, description="End-to-end latency in milliseconds.")
    prompt_tokens: int | None = Field(None, ge=0, le=100_000_000, description="Tokens in the prompt.")
    completion_tokens: int | None = Field(None, ge=0, le=100_000_000, description="Tokens in the completion.")
    cost_usd: float | None = Field(None, ge=0, description="Cost of the call in US dollars.")
    status: Literal["ok", "error"] = Field("ok", description="Whether the call succeeded.")
    error_type: Label | None = Field(None, description="Error class when status is 'error'.")
    feedback: float | None = Field(None, description="User feedback score (any finite number).")
    metadata: dict[str, str] = Field(default_factory=dict, description="Free-form string tags.")

    @field_validator("timestamp", mode="before")
    @classmethod
    def _timestamp_is_rfc3339_text(cls, value: Any) -> Any:
        if not isinstance(value, str):
            raise ValueError("must be an RFC 3339 string with a time zone, e.g. 2026-01-02T03:04:05Z")
        return value

    def extra_fields(self) -> dict[str, str]:
        """Unknown top-level fields, each value JSON-encoded (kept in the ``extra`` column)."""
        extras = self.model_extra or {}
        return {key: json.dumps(value, ensure_ascii=False, sort_keys=True) for key, value in extras.items()}

    def segment(self) -> tuple[str, str, str]:
        """The drift segment of this event: (app, model, prompt_version or '')."""
        return segment_key(self.app, self.model, self.prompt_version)


def segment_key(app: str, model: str, prompt_version: str | None) -> tuple[str, str, str]:
    """Normalised drift segment key.

    >>> segment_key("chat", "gpt-x", None)
    ('chat', 'gpt-x', '')
    """
    return (app, model, prompt_version or "")


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not valid JSON")


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors(include_url=False):
        location = ".".join(str(p) for p in item["loc"]) or "(root)"
        parts.append(f"{location}: {item['msg']}")
    return "; ".join(parts)


def parse_event(raw: bytes, max_bytes: int = 1_000_000) -> EventV1:
    """Decode and validate one message.

    Raises :class:`EventRejected` with reason ``too_large``, ``invalid_utf8``, ``invalid_json``,
    ``not_an_object``, ``unsupported_schema_version`` or ``schema_validation``.

    >>> parse_event(b"not json")
    Traceback (most recent call last):
    ...
    schemas.errors.EventRejected: invalid_json: Expecting value: line 1 column 1 (char 0)
    """
    if len(raw) > max_bytes:
        raise EventRejected("too_large", f"{len(raw)} bytes exceeds the limit of {max_bytes}")
    try:  # fast path: pydantic-core parses and validates in one pass
        return EventV1.model_validate_json(raw)
    except ValidationError:
        pass  # classify the failure precisely below
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EventRejected("invalid_utf8", f"byte {exc.start}: {exc.reason}") from None
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except (json.JSONDecodeError, ValueError) as exc:
        raise EventRejected("invalid_json", str(exc)) from None
    if not isinstance(document, dict):
        raise EventRejected("not_an_object", f"expected a JSON object, got {type(document).__name__}")
    version = document.get("schema_version")
    if "schema_version" in document and version != SCHEMA_VERSION:
        raise EventRejected("unsupported_schema_version", f"schema_version {version!r} is not supported (expected 1)")
    try:
        return EventV1.model_validate(document)
    except ValidationError as exc:
        raise EventRejected("schema_validation", _describe(exc)) from None
