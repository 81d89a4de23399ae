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
import re
from datetime import UTC, datetime
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

__all__ = ["SCHEMA_VERSION", "TIMESTAMP_MAX", "TIMESTAMP_MIN", "EventV1", "parse_event", "segment_key"]

SCHEMA_VERSION = 1

#: Accepted event-time range (ClickHouse ``DateTime64``'s documented range); outside it: rejected.
TIMESTAMP_MIN = datetime(1900, 1, 1, tzinfo=UTC)
TIMESTAMP_MAX = datetime(2300, 1, 1, tzinfo=UTC)

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
    timestamp: AwareDatetime = Field(description="When the call happened: RFC 3339 with a time zone, years 1900-2299.")
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

    @field_validator("schema_version", mode="before")
    @classmethod
    def _schema_version_is_an_integer(cls, value: Any) -> Any:
        if isinstance(value, bool):  # JSON true would otherwise pass as 1
            raise ValueError("must be the integer 1")
        return value

    @field_validator("timestamp", mode="before")
    @classmethod
    def _timestamp_is_rfc3339_text(cls, value: Any) -> Any:
        if not isinstance(value, str):
            raise ValueError("must be an RFC 3339 string with a time zone, e.g. 2026-01-02T03:04:05Z")
        return value

    @field_validator("timestamp")
    @classmethod
    def _timestamp_in_range(cls, value: datetime) -> datetime:
        if not TIMESTAMP_MIN <= value < TIMESTAMP_MAX:
            raise ValueError(
                f"{value.isoformat()} is outside {TIMESTAMP_MIN.year}-01-01 .. {TIMESTAMP_MAX.year - 1}-12-31 "
                "(ClickHouse DateTime64 range)"
            )
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


_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _lone_surrogate(value: Any, path: str) -> str | None:
    """The path of the first string (key or value) holding a lone UTF-16 surrogate, else None."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path or "(root)"
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _lone_surrogate(str(key), path) or _lone_surrogate(item, f"{path}.{key}" if path else str(key))
            if found:
                return found
    if isinstance(value, list | tuple):
        for i, item in enumerate(value):
            found = _lone_surrogate(item, f"{path}.{i}")
            if found:
                return found
    return None


def _check_unicode(raw: bytes, event: EventV1) -> EventV1:
    """Reject lone surrogates (``"\\ud800"`` escapes): valid JSON, but not Unicode text that UTF-8,
    ClickHouse or Kafka can carry. Only messages with such an escape pay for the walk."""
    if _ESCAPED_SURROGATE.search(raw) is None:
        return event
    where = _lone_surrogate(event.model_dump(mode="python"), "")
    if where is not None:
        raise EventRejected("schema_validation", f"{where}: contains a lone UTF-16 surrogate (not valid Unicode)")
    return event


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
    ``not_an_object``, ``unsupported_schema_version`` or ``schema_validation``, and nothing else
    (fuzzed in tests/unit/test_fuzz_event.py). Beyond the model's own checks it rejects JSON nested
    too deeply for the parser, timestamps outside :data:`TIMESTAMP_MIN` .. :data:`TIMESTAMP_MAX`, and
    strings holding lone UTF-16 surrogates (valid JSON escapes that no UTF-8 store can hold: accepted,
    they would fail every insert and stall the pipeline). Accepted normalisations are listed in
    docs/reliability.md.

    >>> parse_event(b"not json")
    Traceback (most recent call last):
    ...
    schemas.errors.EventRejected: invalid_json: Expecting value: line 1 column 1 (char 0)
    """
    if len(raw) > max_bytes:
        raise EventRejected("too_large", f"{len(raw)} bytes exceeds the limit of {max_bytes}")
    try:  # fast path: pydantic-core parses and validates in one pass
        return _check_unicode(raw, EventV1.model_validate_json(raw))
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
    except RecursionError:
        raise EventRejected("invalid_json", "nested too deeply") from None
    if not isinstance(document, dict):
        raise EventRejected("not_an_object", f"expected a JSON object, got {type(document).__name__}")
    version = document.get("schema_version")
    if "schema_version" in document and version != SCHEMA_VERSION:
        shown = repr(version) if isinstance(version, int | float | None) else f"of type {type(version).__name__}"
        raise EventRejected("unsupported_schema_version", f"schema_version {shown[:40]} is not supported (expected 1)")
    try:
        return _check_unicode(raw, EventV1.model_validate(document))
    except ValidationError as exc:
        raise EventRejected("schema_validation", _describe(exc)) from None
