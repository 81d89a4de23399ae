"""Every free-text field besides prompt and response is redacted like them (detectors.metadata_redact):
metadata keys and values, extra, error_type, session_id; in the worker's enrich stage too."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from detectors.metadata_redact import SEPARATOR, FreeText, redact_free_text, redact_metadata
from detectors.pii import PiiAnalyzer, PiiSpan
from detectors.pii.redact import redaction_token
from schemas.event import EventV1, parse_event
from schemas.rows import EventRow
from schemas.settings import Settings
from streams.enrich import DetectorEnricher, ProcessEnricher
from streams.ingest import RawMessage, event_to_row

ANALYZER = PiiAnalyzer(person=False)


def test_values_are_redacted_in_each_mode_and_keys_and_clean_values_kept() -> None:
    metadata = [{"ticket": "mail bo@example.com or call (415) 555-0142", "tier": "gold", "empty": ""}]
    assert redact_metadata(metadata, ANALYZER.analyze_batch, "tag") == [
        {"ticket": "mail <EMAIL_ADDRESS> or call <PHONE_NUMBER>", "tier": "gold", "empty": ""}
    ]
    masked = redact_metadata(metadata, ANALYZER.analyze_batch, "mask")[0]["ticket"]
    assert masked == "mail " + "*" * len("bo@example.com") + " or call " + "*" * len("(415) 555-0142")
    hashed = redact_metadata(metadata, ANALYZER.analyze_batch, "hash", salt=b"s")[0]["ticket"]
    assert hashed.startswith("mail <EMAIL_ADDRESS:") and "bo@example.com" not in hashed
    assert redact_metadata(metadata, ANALYZER.analyze_batch, "none") == metadata
    assert metadata[0]["ticket"].startswith("mail bo@")  # the input is not modified


def test_one_analyzer_call_per_batch_one_text_per_event_and_one_per_distinct_key() -> None:
    calls: list[list[str]] = []

    def analyze_batch(texts: Sequence[str]) -> list[list[PiiSpan]]:
        calls.append(list(texts))
        return ANALYZER.analyze_batch(texts)

    many = {f"k{i}": f"ana.silva{i}@example.com" for i in range(20_000)}
    out = redact_metadata([many, {}, {"a": ""}, {"b": "plain"}, {"b": "plain"}], analyze_batch, "tag")
    # values: one text per event with a value; keys: each distinct key once (20,000 + "a" + "b")
    assert len(calls) == 1 and len(calls[0]) == 3 + 20_002
    assert set(out[0].values()) == {"<EMAIL_ADDRESS>"} and out[1:] == [{}, {"a": ""}, {"b": "plain"}, {"b": "plain"}]


def test_a_span_across_values_redacts_both_sides() -> None:
    metadata = {"first": "Maria", "last": "Gonzalez", "tier": "gold"}
    joined = SEPARATOR.join(["Maria", "Gonzalez", "gold", ""])  # values, then the (empty) session id
    start = joined.index("Maria")
    end = joined.index("Gonzalez") + len("Gonzalez")

    def analyze_batch(texts: Sequence[str]) -> list[list[PiiSpan]]:
        assert texts == [joined, "first", "last", "tier"]  # the keys are analysed alone
        return [[PiiSpan("PERSON", start, end, 0.9, "test")], [], [], []]

    assert redact_metadata([metadata], analyze_batch, "tag") == [
        {"first": "<PERSON>", "last": "<PERSON>", "tier": "gold"}
    ]


EMAIL, PHONE, CARD = "maria.g@example.org", "(415) 555-0142", "4111 1111 1111 1111"


def _hash(value: str, entity: str, salt: bytes = b"s") -> str:
    return redaction_token(value, entity, "hash", salt)


def test_metadata_keys_are_hashed_and_stay_distinct_and_no_entry_is_lost() -> None:
    metadata = {EMAIL: "vip", "bo@example.com": "basic", "tier": PHONE}
    for mode in ("tag", "mask", "hash"):  # keys are identifiers: hashed whatever the mode
        out = redact_metadata([metadata], ANALYZER.analyze_batch, mode, salt=b"s")[0]
        assert list(out) == [_hash(EMAIL, "EMAIL_ADDRESS"), _hash("bo@example.com", "EMAIL_ADDRESS"), "tier"]
        assert list(out.values())[:2] == ["vip", "basic"]
    # two keys that redact to the same text (possible only by a 32-bit collision or a literal token) both stay
    clash = {EMAIL: "a", _hash(EMAIL, "EMAIL_ADDRESS"): "b"}
    assert redact_metadata([clash], ANALYZER.analyze_batch, "tag", salt=b"s")[0] == {
        _hash(EMAIL, "EMAIL_ADDRESS"): "a",
        _hash(EMAIL, "EMAIL_ADDRESS") + "#2": "b",
    }


def test_extra_keys_and_values_are_redacted_and_values_stay_json() -> None:
    extra = {
        "contact": json.dumps({"mail": EMAIL, "phone": PHONE}),
        EMAIL: "1",
        "plain": json.dumps("nothing here"),
    }
    out = redact_free_text([FreeText(extra=extra)], ANALYZER.analyze_batch, "tag", salt=b"s")[0].extra
    assert out == {
        "contact": json.dumps({"mail": "<EMAIL_ADDRESS>", "phone": "<PHONE_NUMBER>"}),
        _hash(EMAIL, "EMAIL_ADDRESS"): "1",
        "plain": json.dumps("nothing here"),
    }
    masked = redact_free_text([FreeText(extra=extra)], ANALYZER.analyze_batch, "mask")[0].extra
    assert json.loads(masked["contact"]) == {"mail": "*" * len(EMAIL), "phone": "*" * len(PHONE)}


def test_an_extra_value_broken_by_a_redaction_is_stored_as_a_json_string() -> None:
    value = json.dumps({"who": "x"})  # {"who": "x"}: a span over the closing quote and brace breaks it

    def analyze_batch(texts: Sequence[str]) -> list[list[PiiSpan]]:
        end = texts[0].index(value) + len(value)
        return [[PiiSpan("PERSON", end - 3, end, 0.9, "test")], []]  # the value's text, then the key "k"

    out = redact_free_text([FreeText(extra={"k": value})], analyze_batch, "tag")[0].extra["k"]
    assert json.loads(out) == '{"who": "<PERSON>'


def test_error_type_follows_the_mode_and_session_id_is_hashed_for_grouping() -> None:
    items = [
        FreeText(error_type=f"InvalidCard: {CARD}", session_id=f"{EMAIL}#3"),
        FreeText(error_type="Timeout", session_id=f"{EMAIL}#3"),
        FreeText(session_id="bo@example.com#3"),
        FreeText(session_id="s-4471"),
    ]
    tagged = redact_free_text(items, ANALYZER.analyze_batch, "tag", salt=b"s")
    assert [t.error_type for t in tagged] == ["InvalidCard: <CREDIT_CARD>", "Timeout", "", ""]
    sessions = [t.session_id for t in tagged]
    assert sessions[0] == sessions[1] == _hash(EMAIL, "EMAIL_ADDRESS") + "#3"  # same id: same group
    assert sessions[2] != sessions[0] and sessions[2].startswith("<EMAIL_ADDRESS:")  # different: apart
    assert sessions[3] == "s-4471"  # an id without PII is kept: joins with the application's logs work
    masked = redact_free_text(items, ANALYZER.analyze_batch, "mask", salt=b"s")
    assert masked[0].error_type == "InvalidCard: " + "*" * len(CARD)
    assert [m.session_id for m in masked] == sessions  # identifiers do not depend on the mode
    assert redact_free_text(items, ANALYZER.analyze_batch, "none") == items


def test_no_analyzer_call_without_free_text() -> None:
    def analyze_batch(texts: Sequence[str]) -> list[list[PiiSpan]]:
        raise AssertionError("called")

    items = [FreeText(), FreeText(metadata={})]
    assert redact_free_text(items, analyze_batch, "tag") == items


# ----------------------------------------------------------------------------- the enrich stage
def _rows() -> tuple[list[EventV1], list[EventRow]]:
    document = {
        "schema_version": 1,
        "event_id": "e1",
        "timestamp": "2026-06-01T10:00:00Z",
        "app": "a",
        "model": "m",
        "prompt": f"mail {EMAIL}",
        "response": "ok",
        "status": "error",
        "error_type": f"BadPhone {PHONE}",
        "session_id": EMAIL,
        "user_id": EMAIL,
        "metadata": {EMAIL: f"card {CARD}"},
        "ticket": {"from": EMAIL},
    }
    events = [parse_event(json.dumps(document).encode())]
    return events, [event_to_row(events[0], RawMessage(b"", "t", 0, 0), b"salt")]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(data_dir=Path(tmp_path_factory.mktemp("redact")), pii_person=False)


def test_the_enrich_stage_redacts_every_free_text_field_in_process_and_in_a_child(settings: Settings) -> None:
    events, local = _rows()
    DetectorEnricher(settings, b"salt").enrich(events, local)
    _, child = _rows()
    enricher = ProcessEnricher(settings, b"salt", processes=1)
    try:
        enricher.enrich(events, child)
    finally:
        enricher.close()
    for row in (local[0], child[0]):
        stored = repr(row)
        assert EMAIL not in stored and PHONE not in stored and CARD not in stored
        assert row.metadata == {_hash(EMAIL, "EMAIL_ADDRESS", b"salt"): "card <CREDIT_CARD>"}
        assert row.extra == {"ticket": json.dumps({"from": "<EMAIL_ADDRESS>"})}
        assert row.error_type == "BadPhone <PHONE_NUMBER>"
        assert row.session_id == _hash(EMAIL, "EMAIL_ADDRESS", b"salt")


def test_store_raw_text_keeps_every_free_text_field(tmp_path: Path) -> None:
    raw = Settings(data_dir=tmp_path, pii_person=False, store_raw_text=True)
    events, rows = _rows()
    DetectorEnricher(raw, b"salt").enrich(events, rows)
    row = rows[0]
    assert row.metadata == {EMAIL: f"card {CARD}"} and row.session_id == EMAIL
    assert row.error_type == f"BadPhone {PHONE}" and row.prompt == f"mail {EMAIL}"
