"""Redaction modes, overlap resolution and hash determinism."""

from __future__ import annotations

import hashlib
import re

import pytest

from detectors.pii import PiiSpan, redact, resolve_overlaps
from detectors.pii.redact import REDACTION_MODES

TEXT = "Mail ana@example.org or call +44 20 7946 0958, ana@example.org again."
EMAIL_1 = PiiSpan("EMAIL_ADDRESS", 5, 20, 1.0, "EmailRecognizer")
PHONE = PiiSpan("PHONE_NUMBER", 29, 45, 0.85, "PhoneRecognizer")
EMAIL_2 = PiiSpan("EMAIL_ADDRESS", 47, 62, 1.0, "EmailRecognizer")
SPANS = [EMAIL_1, PHONE, EMAIL_2]


def test_fixture_offsets_point_at_the_entities() -> None:
    assert [TEXT[s.start : s.end] for s in SPANS] == ["ana@example.org", "+44 20 7946 0958", "ana@example.org"]


def test_tag_mode() -> None:
    assert redact(TEXT, SPANS) == "Mail <EMAIL_ADDRESS> or call <PHONE_NUMBER>, <EMAIL_ADDRESS> again."


def test_mask_mode_keeps_length_and_every_offset() -> None:
    masked = redact(TEXT, SPANS, "mask")
    assert len(masked) == len(TEXT)
    for s in SPANS:
        assert masked[s.start : s.end] == "*" * (s.end - s.start)
    outside = [i for i in range(len(TEXT)) if not any(s.start <= i < s.end for s in SPANS)]
    assert all(masked[i] == TEXT[i] for i in outside)


def test_hash_mode_is_deterministic_per_value_and_salt() -> None:
    out = redact(TEXT, SPANS, "hash", salt=b"s1")
    tokens = re.findall(r"<([A-Z_]+):([0-9a-f]{8})>", out)
    assert [t[0] for t in tokens] == ["EMAIL_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"]
    assert tokens[0] == tokens[2]  # same value -> same token
    assert tokens[0][1] != tokens[1][1]
    assert tokens[0][1] == hashlib.sha256(b"s1" + b"ana@example.org").hexdigest()[:8]
    assert redact(TEXT, SPANS, "hash", salt=b"s1") == out  # repeatable
    assert redact(TEXT, SPANS, "hash", salt=b"s2") != out  # the salt changes every token


def test_tag_round_trip_recovers_the_original() -> None:
    """Offsets of the redacted text can be mapped back: replacing each tag restores the text."""
    out = redact(TEXT, SPANS)
    restored = out
    for s in SPANS:
        restored = restored.replace(f"<{s.type}>", TEXT[s.start : s.end], 1)
    assert restored == TEXT


def test_no_spans_returns_the_text_unchanged() -> None:
    assert redact(TEXT, []) == TEXT
    assert redact("", []) == ""


def test_unsorted_input_is_fine() -> None:
    assert redact(TEXT, list(reversed(SPANS))) == redact(TEXT, SPANS)


def test_overlaps_keep_the_higher_score_then_the_longer_span() -> None:
    text = "card 4111 1111 1111 1111 end"
    card = PiiSpan("CREDIT_CARD", 5, 24, 1.0, "Card")
    phone = PiiSpan("PHONE_NUMBER", 5, 19, 0.7, "Phone")
    assert redact(text, [phone, card]) == "card <CREDIT_CARD> end"
    short = PiiSpan("PERSON", 0, 4, 0.8, "Person")
    long = PiiSpan("PERSON", 0, 9, 0.8, "Person")
    assert resolve_overlaps([short, long]) == [long]
    # Identical score and length: the earlier span wins, then the type name decides.
    a = PiiSpan("PERSON", 0, 4, 0.8, "P")
    b = PiiSpan("EMAIL_ADDRESS", 2, 6, 0.8, "E")
    assert resolve_overlaps([b, a]) == [a]
    c = PiiSpan("API_KEY", 0, 4, 0.8, "K")
    assert resolve_overlaps([a, c]) == resolve_overlaps([c, a]) == [c]


def test_touching_spans_both_survive() -> None:
    a = PiiSpan("PERSON", 0, 4, 0.8, "P")
    b = PiiSpan("PERSON", 4, 8, 0.8, "P")
    assert resolve_overlaps([b, a]) == [a, b]
    assert redact("JohnMary!", [a, b]) == "<PERSON><PERSON>!"


@pytest.mark.parametrize("mode", ["delete", "", "TAG"])
def test_unknown_mode_lists_the_valid_ones(mode: str) -> None:
    with pytest.raises(ValueError, match="valid modes: mask, tag, hash"):
        redact(TEXT, SPANS, mode)  # type: ignore[arg-type]


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 5), (10, 200), (8, 4)])
def test_bad_offsets_are_rejected(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="outside the text"):
        redact(TEXT, [PiiSpan("PERSON", start, end, 0.9, "P")])


def test_modes_constant() -> None:
    assert REDACTION_MODES == ("mask", "tag", "hash")
