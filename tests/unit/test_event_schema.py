from __future__ import annotations

import json

import jsonschema
import pytest

from schemas.errors import EventRejected
from schemas.event import EventV1, parse_event
from schemas.jsonschema import SCHEMA_DIR, SCHEMA_FILES, render_schema

VALID = {
    "schema_version": 1,
    "event_id": "evt-1",
    "timestamp": "2026-03-01T12:00:00.250+02:00",
    "app": "support-bot",
    "model": "gpt-4o-mini",
    "prompt": "How do I reset my password?",
    "response": "Open Settings, then Security.",
    "prompt_version": "v3",
    "user_id": "u-42",
    "latency_ms": 812.5,
    "prompt_tokens": 12,
    "completion_tokens": 40,
    "cost_usd": 0.0004,
    "status": "ok",
    "feedback": -1,
    "metadata": {"region": "eu"},
}


def encode(document: object) -> bytes:
    return json.dumps(document).encode()


def test_valid_event_round_trips() -> None:
    event = parse_event(encode(VALID))
    assert event.event_id == "evt-1"
    assert event.timestamp.utcoffset() is not None
    assert event.timestamp.isoformat() == "2026-03-01T12:00:00.250000+02:00"
    assert event.segment() == ("support-bot", "gpt-4o-mini", "v3")
    assert event.extra_fields() == {}


def test_unknown_fields_are_kept_not_dropped() -> None:
    event = parse_event(encode({**VALID, "trace": {"id": 7}, "team": "search"}))
    assert event.extra_fields() == {"team": '"search"', "trace": '{"id": 7}'}


@pytest.mark.parametrize(
    ("raw", "reason", "mentions"),
    [
        (b"\xff\xfe{}", "invalid_utf8", "byte 0"),
        (b'{"schema_version": 1,', "invalid_json", "line 1"),
        (b"[1, 2]", "not_an_object", "list"),
        (b"null", "not_an_object", "NoneType"),
        (encode({**VALID, "schema_version": 2}), "unsupported_schema_version", "2"),
        (encode({k: v for k, v in VALID.items() if k != "prompt"}), "schema_validation", "prompt"),
        (encode({**VALID, "timestamp": "2026-03-01T12:00:00"}), "schema_validation", "timestamp"),
        (encode({**VALID, "timestamp": 1767225600}), "schema_validation", "RFC 3339"),
        (encode({**VALID, "latency_ms": -3}), "schema_validation", "latency_ms"),
        (encode({**VALID, "status": "timeout"}), "schema_validation", "status"),
        (encode({**VALID, "metadata": {"k": 1}}), "schema_validation", "metadata.k"),
        (encode({**VALID, "event_id": ""}), "schema_validation", "event_id"),
        (encode({**VALID, "app": None}), "schema_validation", "app"),
        (b'{"schema_version": 1, "latency_ms": NaN}', "invalid_json", "NaN"),
    ],
)
def test_rejects_carry_reason_and_name_the_problem(raw: bytes, reason: str, mentions: str) -> None:
    with pytest.raises(EventRejected) as caught:
        parse_event(raw)
    assert caught.value.reason == reason
    assert mentions in caught.value.detail


def test_oversized_message_is_rejected_before_parsing() -> None:
    with pytest.raises(EventRejected) as caught:
        parse_event(encode({**VALID, "prompt": "x" * 5000}), max_bytes=2048)
    assert caught.value.reason == "too_large"


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_committed_json_schema_matches_the_model(name: str) -> None:
    committed = (SCHEMA_DIR / name).read_text(encoding="utf-8")
    assert committed == render_schema(SCHEMA_FILES[name]), "run: python -m schemas.jsonschema"


@pytest.mark.parametrize(
    "document",
    [
        VALID,
        {**VALID, "extra_field": [1, 2]},
        {k: v for k, v in VALID.items() if k != "response"},
        {**VALID, "prompt_tokens": -1},
        {**VALID, "status": "maybe"},
        {**VALID, "schema_version": 2},
        {**VALID, "metadata": {"a": 3}},
    ],
)
def test_json_schema_and_model_agree(document: dict[str, object]) -> None:
    schema = json.loads((SCHEMA_DIR / "event.v1.schema.json").read_text())
    schema_ok = jsonschema.Draft202012Validator(schema).is_valid(document)
    try:
        EventV1.model_validate(document)
        model_ok = True
    except ValueError:
        model_ok = False
    assert schema_ok == model_ok
