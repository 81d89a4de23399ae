"""PiiAnalyzer: the public API, entity selection, overlap handling, batch == single."""

from __future__ import annotations

import itertools

import pytest

from detectors.pii import PII_ENTITY_TYPES, Detection, PiiAnalyzer, PiiSpan, redact

TEXTS = [
    "Hi, I'm locked out. Email: ana.lopez@example.com, phone +44 20 7946 0958.",
    "Card 4111 1111 1111 1111 and IBAN DE89 3704 0044 0532 0130 00 please.",
    "SSN 536-22-1234; server 203.0.113.42; GITHUB_TOKEN=ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
    "Upgrade to 1.2.3.4 on 2024-03-15, commit da39a3ee5e6b4b0d3255bfef95601890afd80709.",
    "",
    "No PII here at all, just a question about Python decorators.",
]
EXPECTED = [
    [("EMAIL_ADDRESS", "ana.lopez@example.com"), ("PHONE_NUMBER", "+44 20 7946 0958")],
    [("CREDIT_CARD", "4111 1111 1111 1111"), ("IBAN_CODE", "DE89 3704 0044 0532 0130 00")],
    [("US_SSN", "536-22-1234"), ("IP_ADDRESS", "203.0.113.42"),
     ("API_KEY", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8")],
    [],
    [],
    [],
]  # fmt: skip


@pytest.fixture(scope="module")
def analyzer() -> PiiAnalyzer:
    return PiiAnalyzer(person=False)


def test_entity_types_are_presidio_names_plus_api_key() -> None:
    assert PII_ENTITY_TYPES == (
        "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "API_KEY", "PERSON",
    )  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), list(zip(TEXTS, EXPECTED, strict=True)))
def test_analyze_offsets_point_at_the_entity(analyzer: PiiAnalyzer, text: str, expected: list) -> None:
    spans = analyzer.analyze(text)
    assert all(isinstance(s, PiiSpan) for s in spans)
    assert [(s.type, text[s.start : s.end]) for s in spans] == expected
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_batch_equals_map_of_single(analyzer: PiiAnalyzer) -> None:
    assert analyzer.analyze_batch(TEXTS) == [analyzer.analyze(t) for t in TEXTS]
    assert analyzer.analyze_batch([]) == []


def test_results_never_overlap(analyzer: PiiAnalyzer) -> None:
    # The card number is also a digit run the phone and SSN patterns look at.
    text = "charge 4111-1111-1111-1111 or call 1-800-555-0199"
    spans = analyzer.analyze(text)
    assert [(s.type, text[s.start : s.end]) for s in spans] == [
        ("CREDIT_CARD", "4111-1111-1111-1111"),
        ("PHONE_NUMBER", "1-800-555-0199"),
    ]
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start


def test_entity_selection() -> None:
    only_email = PiiAnalyzer(entities=["EMAIL_ADDRESS"], person=False)
    assert [s.type for s in only_email.analyze(TEXTS[0])] == ["EMAIL_ADDRESS"]
    assert only_email.person is None
    nothing = PiiAnalyzer(entities=[], person=False)
    assert nothing.analyze_batch(TEXTS) == [[] for _ in TEXTS]


def test_unknown_entity_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown PII entity type\(s\) \['EMAIL', 'SSN'\]; valid types: EMAIL_"):
        PiiAnalyzer(entities=["EMAIL", "SSN", "PERSON"], person=False)


def test_person_false_never_loads_spacy() -> None:
    analyzer = PiiAnalyzer(person=False)
    assert analyzer.person is None
    assert all(s.type != "PERSON" for s in analyzer.analyze("Dear Ms. Okafor, thanks!"))


def test_explain_carries_recognizer_pattern_and_reason(analyzer: PiiAnalyzer) -> None:
    dets = analyzer.explain(TEXTS[1])
    assert all(isinstance(d, Detection) for d in dets)
    assert [d.span for d in dets] == analyzer.analyze(TEXTS[1])
    card = dets[0]
    assert card.span.recognizer == "CreditCardRecognizer"
    assert card.pattern == "card_number"
    assert "Luhn" in card.explanation and card.span.score == 1.0


def test_redact_analyzer_output(analyzer: PiiAnalyzer) -> None:
    text = TEXTS[2]
    assert redact(text, analyzer.analyze(text)) == "SSN <US_SSN>; server <IP_ADDRESS>; GITHUB_TOKEN=<API_KEY>"


def test_spans_are_frozen_and_slotted() -> None:
    span = PiiSpan("PERSON", 0, 3, 0.9, "PersonRecognizer")
    with pytest.raises(AttributeError):
        span.start = 1  # type: ignore[misc]
    assert not hasattr(span, "__dict__")
