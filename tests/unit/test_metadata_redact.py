"""Metadata values are redacted like prompt and response (detectors.metadata_redact)."""

from __future__ import annotations

from collections.abc import Sequence

from detectors.metadata_redact import SEPARATOR, redact_metadata
from detectors.pii import PiiAnalyzer, PiiSpan

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


def test_one_analyzer_call_per_batch_and_one_text_per_event_with_metadata() -> None:
    calls: list[list[str]] = []

    def analyze_batch(texts: Sequence[str]) -> list[list[PiiSpan]]:
        calls.append(list(texts))
        return ANALYZER.analyze_batch(texts)

    many = {f"k{i}": f"user{i}@example.com" for i in range(20_000)}
    out = redact_metadata([many, {}, {"a": ""}, {"b": "plain"}], analyze_batch, "tag")
    assert len(calls) == 1 and len(calls[0]) == 2  # the event without values costs nothing
    assert set(out[0].values()) == {"<EMAIL_ADDRESS>"} and out[1:] == [{}, {"a": ""}, {"b": "plain"}]


def test_a_span_across_values_redacts_both_sides() -> None:
    metadata = {"first": "Maria", "last": "Gonzalez", "tier": "gold"}
    joined = SEPARATOR.join(metadata.values())
    start = joined.index("Maria")
    end = joined.index("Gonzalez") + len("Gonzalez")

    def analyze_batch(texts: Sequence[str]) -> list[list[PiiSpan]]:
        assert texts == [joined]
        return [[PiiSpan("PERSON", start, end, 0.9, "test")]]

    assert redact_metadata([metadata], analyze_batch, "tag") == [
        {"first": "<PERSON>", "last": "<PERSON>", "tier": "gold"}
    ]
