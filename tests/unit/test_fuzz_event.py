"""Hostile and broken input at the gate: :func:`schemas.event.parse_event` and the ingest pipeline.

Property tests (hypothesis) check that parsing never raises anything but
:class:`~schemas.errors.EventRejected` with a known reason, whatever the bytes; the table below pins
the outcome of each hostile case the issue lists: a precise DLQ reason, or acceptance with the
normalisation documented in docs/reliability.md.
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.dlq import DeadLetter
from schemas.errors import REJECT_REASONS, EventRejected
from schemas.event import EventV1, parse_event
from streams.ingest import DeadLetterContent, IngestPipeline, RawMessage
from streams.metrics import Metrics
from streams.sink import MemorySink, RetryPolicy

BASE: dict[str, Any] = {
    "schema_version": 1,
    "event_id": "e1",
    "timestamp": "2026-01-02T03:04:05Z",
    "app": "chat",
    "model": "m",
    "prompt": "hello",
    "response": "hi",
}


def doc(**changes: Any) -> bytes:
    document = {**BASE, **changes}
    for key in [k for k, v in changes.items() if v is ...]:
        del document[key]
    return json.dumps(document).encode()


def outcome(raw: bytes, max_bytes: int = 1_000_000) -> EventV1 | EventRejected:
    """parse_event's result or its rejection; anything else escapes and fails the test."""
    try:
        return parse_event(raw, max_bytes)
    except EventRejected as exc:
        assert exc.reason in REJECT_REASONS
        assert exc.detail
        return exc


def assert_storable(event: EventV1) -> None:
    """An accepted event must be representable downstream (UTF-8 strings, aware timestamp)."""
    assert event.timestamp.tzinfo is not None
    for value in (event.event_id, event.app, event.model, event.prompt, event.response):
        value.encode("utf-8")
    for key, value in {**event.metadata, **event.extra_fields()}.items():
        key.encode("utf-8")
        value.encode("utf-8")
    json.dumps(event.model_dump(mode="json"))


# --- properties -----------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
FIELDS = [*BASE, "latency_ms", "prompt_tokens", "metadata", "status", "feedback", "user_id", "cost_usd"]


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_are_accepted_or_rejected_with_a_known_reason(raw: bytes) -> None:
    result = outcome(raw)
    if isinstance(result, EventV1):
        assert_storable(result)


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_arbitrary_json_documents_never_escape(value: Any) -> None:
    result = outcome(json.dumps(value).encode())
    assert isinstance(result, EventRejected)  # no random document is a whole event


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(FIELDS), json_values | st.text(alphabet=st.characters()), max_size=5))
def test_events_with_mutated_fields_are_accepted_storable_or_rejected(changes: dict[str, Any]) -> None:
    result = outcome(json.dumps({**BASE, **changes}).encode())
    if isinstance(result, EventV1):
        assert_storable(result)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=200))
def test_any_unicode_in_texts_is_accepted_verbatim_or_rejected(text: str) -> None:
    # ensure_ascii=True writes lone surrogates as \\udXXX escapes: valid JSON, not valid Unicode
    result = outcome(json.dumps({**BASE, "prompt": text, "metadata": {text[:20]: text}}).encode())
    if isinstance(result, EventV1):
        assert result.prompt == text
        assert_storable(result)
    else:
        assert result.reason == "schema_validation" and "surrogate" in result.detail


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.integers(min_value=0, max_value=400))
def test_truncated_and_spliced_events_never_escape(noise: bytes, cut: int) -> None:
    raw = doc()
    outcome(raw[:cut] + noise + raw[cut:])
    outcome(raw[:cut])


# --- the hostile cases, one by one ------------------------------------------------------------

NUL_AND_CONTROLS = "nul \x00 bell \x07 esc \x1b del \x7f nbsp \u00a0 rtl \u202e zw \u200b"
CASES: list[tuple[str, bytes, str]] = [
    # (name, message, expected: a reject reason, or "accepted")
    ("truncated JSON", doc()[:-3], "invalid_json"),
    ("not JSON at all", b"GET / HTTP/1.1", "invalid_json"),
    ("empty message", b"", "invalid_json"),
    ("UTF-8 byte-order mark", b"\xef\xbb\xbf" + doc(), "invalid_json"),
    ("NaN literal", doc()[:-1] + b', "latency_ms": NaN}', "invalid_json"),
    ("raw control character inside a string", doc(prompt="a\x01b").replace(b"\\u0001", b"\x01"), "invalid_json"),
    ("integer with 5,000 digits", doc()[:-1] + b', "prompt_tokens": ' + b"9" * 5000 + b"}", "invalid_json"),
    ("100,000 nested arrays", b'{"schema_version": 1, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "invalid_json"),
    ("JSON array", json.dumps([BASE]).encode(), "not_an_object"),
    ("JSON string", b'"hello"', "not_an_object"),
    ("JSON null", b"null", "not_an_object"),
    ("invalid UTF-8", doc(prompt="caf\u00e9").replace(b"\\u00e9", b"\xc3\x28"), "invalid_utf8"),
    ("CESU-8 encoded surrogate", doc().replace(b"hello", b"\xed\xa0\x80"), "invalid_utf8"),
    ("schema_version 2", doc(schema_version=2), "unsupported_schema_version"),
    ("schema_version '1' (a string)", doc(schema_version="1"), "unsupported_schema_version"),
    ("schema_version missing", doc(schema_version=...), "schema_validation"),
    ("schema_version true", doc(schema_version=True), "schema_validation"),
    ("prompt missing", doc(prompt=...), "schema_validation"),
    ("event_id missing", doc(event_id=...), "schema_validation"),
    ("event_id of 300 characters", doc(event_id="x" * 300), "schema_validation"),
    ("empty event_id", doc(event_id=""), "schema_validation"),
    ("latency as text", doc(latency_ms="slow"), "schema_validation"),
    ("negative latency", doc(latency_ms=-1), "schema_validation"),
    ("latency 1e400 (infinite)", doc()[:-1] + b', "latency_ms": 1e400}', "schema_validation"),
    ("tokens as float", doc(prompt_tokens=1.5), "schema_validation"),
    ("prompt as number", doc(prompt=42), "schema_validation"),
    ("status unknown", doc(status="maybe"), "schema_validation"),
    ("metadata nested", doc(metadata={"a": {"b": "c"}}), "schema_validation"),
    ("metadata a list", doc(metadata=["a"]), "schema_validation"),
    ("timestamp without zone", doc(timestamp="2026-01-02T03:04:05"), "schema_validation"),
    ("timestamp as epoch number", doc(timestamp=1_700_000_000), "schema_validation"),
    ("timestamp 30 February", doc(timestamp="2026-02-30T00:00:00Z"), "schema_validation"),
    ("timestamp year 1", doc(timestamp="0001-01-01T00:00:00Z"), "schema_validation"),
    ("timestamp year 1899", doc(timestamp="1899-12-31T23:59:59Z"), "schema_validation"),
    ("timestamp year 9999", doc(timestamp="9999-12-31T23:59:59Z"), "schema_validation"),
    ("lone surrogate in prompt", doc(prompt="a\ud800b"), "schema_validation"),
    ("lone surrogate in a metadata key", doc(metadata={"k\udfff": "v"}), "schema_validation"),
    ("lone surrogate in an unknown field", doc(extra_note="\udc00"), "schema_validation"),
    ("2 MB message (over the 1 MB limit)", doc(prompt="x" * 2_000_000), "too_large"),
    # accepted, with the normalisation documented in docs/reliability.md
    ("NUL bytes and control characters (escaped)", doc(prompt=NUL_AND_CONTROLS, app="a\x00b"), "accepted"),
    ("timestamp year 1900", doc(timestamp="1900-01-01T00:00:00Z"), "accepted"),
    ("timestamp year 2299 with offset", doc(timestamp="2299-12-31T10:00:00+05:30"), "accepted"),
    ("schema_version 1.0", doc(schema_version=1.0), "accepted"),
    ("duplicate key: the last one wins", doc()[:-1] + b', "prompt": "second"}', "accepted"),
    ("unknown fields, deeply nested (kept as JSON)", doc(trace={"a": [[[[{"b": 1}]]]]}), "accepted"),
    ("20,000 metadata entries", doc(metadata={f"k{i}": "v" for i in range(20_000)}), "accepted"),
    ("valid surrogate pair (emoji)", doc(prompt="\U0001f600"), "accepted"),
    ("whitespace event_id", doc(event_id=" "), "accepted"),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_hostile_case(name: str, raw: bytes, expected: str) -> None:
    result = outcome(raw)
    if expected == "accepted":
        assert isinstance(result, EventV1), f"{name}: rejected as {result}"
        assert_storable(result)
    else:
        assert isinstance(result, EventRejected), f"{name}: accepted"
        assert result.reason == expected, f"{name}: {result.reason}: {result.detail}"


def test_rejections_name_the_offending_field() -> None:
    details = {
        "prompt": outcome(doc(prompt=...)),
        "latency_ms": outcome(doc(latency_ms="slow")),
        "timestamp": outcome(doc(timestamp="0001-01-01T00:00:00Z")),
        "metadata.k": outcome(doc(metadata={"k": 1})),
        "extra_note": outcome(doc(extra_note="\udc00")),
    }
    for field, result in details.items():
        assert isinstance(result, EventRejected) and result.detail.startswith(field), (field, result)


def test_accepted_normalisations() -> None:
    event = parse_event(doc(prompt=NUL_AND_CONTROLS, schema_version=1.0, trace={"a": [1]}))
    assert event.prompt == NUL_AND_CONTROLS  # verbatim: NULs and controls are data, not an error
    assert event.extra_fields() == {"trace": '{"a": [1]}'}  # unknown fields kept as JSON text
    shifted = parse_event(doc(timestamp="2299-12-31T10:00:00+05:30"))
    assert shifted.timestamp.utcoffset() is not None  # stored as UTC by the sink
    assert parse_event(doc()[:-1] + b', "prompt": "second"}').prompt == "second"


def test_ten_megabyte_texts() -> None:
    huge = doc(prompt="word " * 2_000_000)  # 10 MB
    rejected = outcome(huge)
    assert isinstance(rejected, EventRejected) and rejected.reason == "too_large"
    accepted = outcome(huge, max_bytes=20_000_000)  # a deployment that raised max_event_bytes
    assert isinstance(accepted, EventV1) and len(accepted.prompt) == 10_000_000


def test_memory_stays_bounded() -> None:
    oversized = b"x" * 50_000_000
    nested = b'{"x": ' + b"[" * 500_000 + b"]" * 500_000 + b"}"
    tracemalloc.start()
    try:
        outcome(oversized)  # rejected on its size before any decoding
        _, peak_oversized = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        outcome(nested, max_bytes=2_000_000)
        _, peak_nested = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak_oversized < 1_000_000
    assert peak_nested < 64_000_000


# --- the ingest pipeline over hostile batches ---------------------------------------------------


class Letters:
    def __init__(self) -> None:
        self.letters: list[DeadLetter] = []

    async def publish(self, letters: Sequence[DeadLetter]) -> None:
        self.letters.extend(letters)


def hostile_batch() -> list[bytes]:
    batch = [raw for _, raw, _ in CASES]
    return batch + [doc(event_id=f"ok-{i}") for i in range(5)]


async def test_pipeline_stores_or_dead_letters_every_hostile_message() -> None:
    sink, dlq = MemorySink(), Letters()
    pipeline = IngestPipeline(sink, dlq, Metrics(), salt=b"s", policy=RetryPolicy(0.001, 0.002))
    batch = hostile_batch()
    result = await pipeline.process([RawMessage(v, "t", 0, i) for i, v in enumerate(batch)])
    expected_rejects = sum(1 for _, _, e in CASES if e != "accepted")
    assert len(dlq.letters) == expected_rejects == sum(result.rejected.values())
    assert result.accepted == len(batch) - expected_rejects
    # the accepted hostile cases all carry event_id e1 except the blank one: stored once each
    assert sorted(sink.events) == [" ", "e1", "ok-0", "ok-1", "ok-2", "ok-3", "ok-4"]
    for letter in dlq.letters:
        assert letter.reason in REJECT_REASONS and letter.detail
        assert letter.original_kept == "omitted" and letter.original_base64 is None  # default: no content
        assert len(letter.model_dump_json()) < 10_000


async def test_dead_letters_stay_small_even_for_oversized_originals() -> None:
    dlq = Letters()
    content = DeadLetterContent("original", max_bytes=1000)
    pipeline = IngestPipeline(MemorySink(), dlq, Metrics(), salt=b"s", dead_letter_content=content)
    await pipeline.process([RawMessage(doc(prompt="x" * 5_000_000), "t", 0, 0)])
    (letter,) = dlq.letters
    assert letter.reason == "too_large" and letter.original_truncated and letter.original_size > 5_000_000
    assert len(letter.original_bytes() or b"") == 1000
    assert len(letter.model_dump_json()) < 5_000


async def test_duplicate_event_ids_with_different_content_keep_the_first_stored() -> None:
    sink, dlq = MemorySink(), Letters()
    pipeline = IngestPipeline(sink, dlq, Metrics(), salt=b"s")
    first = await pipeline.process([RawMessage(doc(prompt="first"), "t", 0, 0)])
    second = await pipeline.process(
        [RawMessage(doc(prompt="second"), "t", 0, 1), RawMessage(doc(prompt="third"), "t", 1, 0)]
    )
    assert (first.inserted, second.accepted, second.inserted) == (1, 2, 0)
    assert sink.events["e1"].prompt == "first" and not dlq.letters


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.binary(max_size=300) | st.sampled_from(hostile_batch()), min_size=1, max_size=30))
async def test_pipeline_accounts_for_every_message(batch: list[bytes]) -> None:
    sink, dlq = MemorySink(), Letters()
    pipeline = IngestPipeline(sink, dlq, Metrics(), salt=b"s")
    result = await pipeline.process([RawMessage(v, "t", 0, i) for i, v in enumerate(batch)])
    assert result.consumed == len(batch) == result.accepted + len(dlq.letters)
    assert result.inserted == len(sink.events) <= result.accepted


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.text(max_size=50), st.sampled_from(["redacted", "omitted", "original"]))
def test_every_dead_letter_serialises(raw: bytes, detail: str, keep: str) -> None:
    """A letter that cannot be serialised would be retried forever: the pipeline would stall."""
    from streams.dlq_redact import DeadLetterRedactor

    class NoPii:
        def analyze(self, text: str) -> list[Any]:
            return []

    surrogates = raw + b'{"k\\udfff": "\\ud800"}'
    for value in (raw, surrogates):
        letter = DeadLetter.for_reject(
            value, "invalid_json", detail + "\udfff", "t", 0, 0, keep=keep, redact=DeadLetterRedactor(NoPii())
        )  # type: ignore[arg-type]
        json.loads(letter.model_dump_json())
