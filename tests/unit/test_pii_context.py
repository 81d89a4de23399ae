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
        ("Connection to node -1 (localhost/10.20.0.7:9092) failed", ["10.20.0.7"]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Art.-Nr. 0381 4472 913 ist lieferbar", []),  # abbreviated compound label
        ("Tel.-Nr. 0381 4472 913, Mo-Fr", ["0381 4472 913"]),  # the same shape, labelled as a phone
        ("Teilenummer 0381 4472 913", []),  # German compound ending in -nummer
        ("Telefonnummer 0381 4472 913", ["0381 4472 913"]),  # ... unless its stem names a phone
        ("réf. 06 41 88 20 17 en stock", []),
        ("Onderdeelnummer: 0381 4472 913", []),
        ("customer no. 0381 4472 913", []),  # a qualifier word right before the number
        ("In case of problems: 0381 4472 913", ["0381 4472 913"]),  # "case" is not the label here
        ("Numéro du client : 04 72 18 33 90", ["04 72 18 33 90"]),  # the client's (phone) number
        ("Teléfono del cliente: 0381 4472 913", ["0381 4472 913"]),  # the entity word heads the phrase
    ],
)
def test_identifier_labels_generalise(text: str, expected: list[str]) -> None:
    assert found(PhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    "label", ["Bestelnummer", "Zamówienie nr", "Beställning", "N.º da encomenda", "Číslo objednávky", "Sipariş no"]
)
def test_order_words_in_other_languages_suppress_cards(label: str) -> None:
    assert found(CreditCardRecognizer(), f"{label} {_LUHN16} bevestigd") == []
    assert found(CreditCardRecognizer(), f"{label} 7, kaart {_LUHN16}") == [_LUHN16]  # the card word is nearer


def test_nanp_reserved_area_codes_are_not_phone_numbers() -> None:
    from detectors.pii.phone import _nanp_ok

    assert _nanp_ok("4155550132")
    assert not _nanp_ok("2965550132")  # N9X: reserved for expansion
    assert not _nanp_ok("3725550132") and not _nanp_ok("9645550132")  # 37X, 96X: reserved
    assert found(PhoneRecognizer(), "ref 296-555-0132") == []


def test_clusters_skip_numbers_glued_to_words_but_keep_iban_digits() -> None:
    f = TextFeatures("sha e3b0c44298fc1c149afb uuid 550e8400-e29b-41d4-a716-446655440000 ISBN 978-3-16-148410-0")
    assert f.clusters == []  # hex digits, UUID tails and hyphenated ISBN-13s are skipped
    assert TextFeatures("call 978-316-1484 now").clusters != []  # area code 978 is not an ISBN
    g = TextFeatures("IBAN DE89370400440532013000 and 1Z999AA10123456784")
    assert g.clusters == [] and g.glued_digits == 20  # only an IBAN can start glued to capitals
    from detectors.pii.iban import IbanRecognizer

    assert IbanRecognizer().quick(g) and found(IbanRecognizer(), g.text) == ["DE89370400440532013000"]


def test_api_key_needle_scan_finds_every_needle() -> None:
    from detectors.pii.api_key import (
        _ALL_NEEDLES,
        _LOWER_NEEDLES,
        _NEEDLE_RX,
        _PLAIN_NEEDLES,
        _QUICK_SKIPPED,
        _URL_NEEDLES,
    )

    outside_regex = _URL_NEEDLES + _PLAIN_NEEDLES + _LOWER_NEEDLES + _QUICK_SKIPPED
    for needle in _ALL_NEEDLES:
        if needle not in outside_regex:
            assert _NEEDLE_RX.search(f"x {needle}Q9 y"), needle
    for needle in _PLAIN_NEEDLES + tuple(n.upper() for n in _LOWER_NEEDLES):
        assert ApiKeyRecognizer().quick(TextFeatures(f"x {needle}Q9 y")), needle  # found by quick()'s `in` checks
    assert _NEEDLE_RX.search("plain prose with dates 2024-03-15 and skis, hf, gh and xo") is None
