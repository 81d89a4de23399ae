"""Identifier context, new provider formats and version look-alikes (values written for these tests)."""

from __future__ import annotations

import pytest

from detectors.pii.api_key import _NEEDLES, ApiKeyRecognizer
from detectors.pii.credit_card import CreditCardRecognizer
from detectors.pii.features import TextFeatures
from detectors.pii.id_context import CARD_WORDS, PHONE_WORDS, identifier_label
from detectors.pii.ip_address import IpAddressRecognizer
from detectors.pii.phone import PhoneRecognizer
from detectors.pii.recognizer import Recognizer
from detectors.pii.us_ssn import UsSsnRecognizer

_LUHN16 = "4556 7375 8689 9855"  # Visa prefix, valid Luhn digit


def found(rec: Recognizer, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text), key=lambda d: d.span.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Visa {_LUHN16}, exp 04/29", [_LUHN16]),
        (f"pay with card {_LUHN16} for order 1182", [_LUHN16]),  # the card word is nearer
        (f"Order #{_LUHN16} has not shipped", []),
        (f"your tracking no. {_LUHN16.replace(' ', '')} is active", []),
        ('{"invoice_id": "4556737586899855", "amount": 12}', []),
        (f"trackingNumber={_LUHN16.replace(' ', '')}", []),
        (f"charge card={_LUHN16.replace(' ', '')} order_id=4556737586899855", ["4556737586899855"]),
        (f"Booking reference {_LUHN16} - see you soon", []),
        (f"Order: 1182\nCard: {_LUHN16}", [_LUHN16]),  # the label on another line does not count
    ],
)
def test_card_versus_identifier(text: str, expected: list[str]) -> None:
    got = found(CreditCardRecognizer(), text)
    if expected == ["4556737586899855"]:  # the card= one, not the order_id= one
        assert got == ["4556737586899855"] and text.index(got[0]) < text.index("order_id")
    else:
        assert got == expected


def test_identifier_label_nearest_word_wins() -> None:
    assert identifier_label("parcel 0123 4567 8901", 7, PHONE_WORDS) == "parcel"
    assert identifier_label("order 55, phone 0123 4567 8901", 16, PHONE_WORDS) is None
    assert identifier_label("x" * 60 + " order " + "y" * 45 + " 4111", 113, CARD_WORDS) is None  # too far back


def test_phone_and_ssn_identifier_context() -> None:
    assert found(PhoneRecognizer(), "FedEx tracking 0412 5566 7788 is late") == []
    assert found(PhoneRecognizer(), "call 0412 5566 778 today") == ["0412 5566 778"]
    assert found(PhoneRecognizer(), "order ref +44 20 7946 0321") == ["+44 20 7946 0321"]  # '+' is unambiguous
    assert found(UsSsnRecognizer(), "ticket 219 44 7781 closed") == []
    assert found(UsSsnRecognizer(), "SSN 219 44 7781 on file") == ["219 44 7781"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GL_TOKEN=glpat-Zx81Qm2Lr7Tv0Kp4Nw6Y", ["glpat-Zx81Qm2Lr7Tv0Kp4Nw6Y"]),
        (
            "//registry.npmjs.org/:_authToken=npm_Q7pL2vX9kR4mT8wN1zB6cY3dF5gH0jA2sE7u",
            ["npm_Q7pL2vX9kR4mT8wN1zB6cY3dF5gH0jA2sE7u"],
        ),
        ("hf token hf_Mq7Lz2Xv9Kp4Rt8Wn3Ny6Bd1FcJ0gHsTa5", ["hf_Mq7Lz2Xv9Kp4Rt8Wn3Ny6Bd1FcJ0gHsTa5"]),
        (
            "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",
            ["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"],
        ),
        (
            "do: dop_v1_" + "9f2c07be51a3d864e1f0c92b7a5d3e68b4c1f9027ad5e3b6c80f4a9d2e7b1c53",
            ["dop_v1_" + "9f2c07be51a3d864e1f0c92b7a5d3e68b4c1f9027ad5e3b6c80f4a9d2e7b1c53"],
        ),
        ("twilio SK3f9a0c6e1b7d4f2a8c5e9b1d7f3a6c0e", ["SK3f9a0c6e1b7d4f2a8c5e9b1d7f3a6c0e"]),
        (
            "notify https://hooks.slack.com/services/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 now",
            ["https://hooks.slack.com/services/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"],
        ),
        ('db_password: "r7#Kq2!vLx9@Tm"', ["r7#Kq2!vLx9@Tm"]),  # quoted values may hold symbols
        ('password: "${DB_PASSWORD}"', []),  # a reference
        ('password = "{{ vault_db_password }}"', []),
        ("SKU 88120 ships today", []),
        ("glpat-xxxxxxxxxxxxxxxxxxxx", []),  # placeholder
    ],
)
def test_more_providers(text: str, expected: list[str]) -> None:
    assert found(ApiKeyRecognizer(), text) == expected


def test_every_api_key_pattern_has_a_needle_entry() -> None:
    assert set(_NEEDLES) == {p.name for p in ApiKeyRecognizer.patterns}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GPU driver 4.1.2.200 installed", []),
        ("UA: Firefox/10.0.0.1", []),
        ("bump 2.1.0 to 3.4.1.22 tonight", []),
        ("Connection to node -1 (localhost/127.0.0.1:9092) failed", ["127.0.0.1"]),
        ("allow 10.0.0.1 to 10.0.0.9", ["10.0.0.1", "10.0.0.9"]),
    ],
)
def test_ip_version_context(text: str, expected: list[str]) -> None:
    assert found(IpAddressRecognizer(), text) == expected


def test_clusters_keep_only_what_some_recognizer_needs() -> None:
    f = TextFeatures("v2.1.3, $1,299, 2024-03-15, 4711, 1.2.3.4 and 0171 234 5678")
    assert [f.text[s:e] for s, e, _ in f.clusters] == ["1.2.3.4", "0171 234 5678"]


def test_regressions_found_by_heldout_v3() -> None:
    """Bugs the first held-out v3 run exposed (values written for this test)."""
    from detectors.pii.analyzer import PiiAnalyzer
    from detectors.pii.email import EmailRecognizer

    # E.164 after a CSV comma and in an RFC 3966 tel: URI.
    assert found(PhoneRecognizer(), "ana,+351912345678,PT") == ["+351912345678"]
    assert found(PhoneRecognizer(), '<a href="tel:+33-6-12-98-44-10">') == ["+33-6-12-98-44-10"]
    assert found(PhoneRecognizer(), "total 1,234,5678 units") == []
    # A token in a URL's userinfo is a credential, not an e-mail address.
    assert found(EmailRecognizer(), "https://oauth2:tok3nVal@gitlab.example.com/x.git") == []
    token = "ghp_Zq81Lm2Xr7Tv0Kp4Nw6Yq7Lz2Xv9Kp4Rt8Wn"
    text = f"git remote set-url origin https://{token}@github.com/acme/app.git"
    assert [(s.type, text[s.start : s.end]) for s in PiiAnalyzer(person=False).analyze(text)] == [("API_KEY", token)]
