"""Session-5 fixes for the errors held-out v5 revealed (values written for these tests, not v5's).

Table-column labels, phone words that directly label national numbers without a trunk 0, country
codes in parentheses, compound stems, slashed abbreviations, national-id labels, IBAN-shaped tokens
and "release notes" versions.
"""

from __future__ import annotations

import pytest

from detectors.pii.credit_card import CreditCardRecognizer
from detectors.pii.id_context import CARD_WORDS, PHONE_WORDS, column_label, identifier_label, labelled_by
from detectors.pii.ip_address import IpAddressRecognizer
from detectors.pii.phone import PhoneRecognizer
from detectors.pii.recognizer import Recognizer
from detectors.pii.table import column_header
from detectors.pii.us_ssn import UsSsnRecognizer

_LUHN16 = "4929 1402 7781 5583"  # Visa prefix, valid Luhn digit
_EAN13_VISA = "4006381333932"  # a barcode-like 13-digit number that also passes Luhn as a Visa


def found(rec: Recognizer, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text), key=lambda d: d.span.start)]


# ----------------------------------------------------------------------------------- table columns
@pytest.mark.parametrize(
    ("text", "number", "header"),
    [
        ("id,item_code,colour\n7,0171 234 5678,red\n", "0171", "item_code"),
        ("Pos\tArtikelnummer\tMenge\n1\t0171 234 5678\t3\n", "0171", "Artikelnummer"),
        ("| Name | Serial no. | Qty |\n| --- | :---: | --- |\n| Fan | 0171 234 5678 | 3 |\n", "0171", "Serial no."),
        ("a;b\n1;2\n3;0171 234 5678\n", "0171", "b"),  # the top row of the block is the header
    ],
)
def test_column_header_finds_the_header_cell(text: str, number: str, header: str) -> None:
    assert column_header(text, text.index(number)) == header


@pytest.mark.parametrize(
    "text",
    [
        "Call 0171 234 5678, or write to us.",  # one line: no header
        "Thanks, order below.\nCall 0171 234 5678, then wait.\n",  # prose with commas is no CSV header
        "| a |\n| 0171 234 5678 |\n",  # Markdown without a |---| separator
    ],
)
def test_column_header_outside_tables(text: str) -> None:
    assert column_header(text, text.index("0171")) is None


@pytest.mark.parametrize(
    "text",
    [
        "line;sku_code;descr\n1;0171 234 5678;valve\n2;(415) 555-0132;seal\n",
        "| Product | Item no. | Stock |\n|---|---|---|\n| Valve | 0171 234 5678 | 4 |\n| Seal | 415-555-0132 | 9 |\n",
        "ordernr\tqty\n0171 234 5678\t2\n",
    ],
)
def test_phone_shaped_numbers_in_identifier_columns_are_not_phones(text: str) -> None:
    assert found(PhoneRecognizer(), text) == []


def test_phone_columns_keep_their_numbers() -> None:
    text = "name;mobile_phone;part_no\nA. Rossi;0171 234 5678;0171 999 1234\n"
    assert found(PhoneRecognizer(), text) == ["0171 234 5678"]
    assert column_label(text, text.index("0171 234"), PHONE_WORDS) is None
    assert column_label(text, text.index("0171 999"), PHONE_WORDS) == "part"


def test_ean_column_suppresses_a_luhn_valid_barcode() -> None:
    table = f"| Item | EAN | Price |\n|---|---|---|\n| Lamp | {_EAN13_VISA} | 12.90 |\n"
    assert found(CreditCardRecognizer(), table) == []
    assert found(CreditCardRecognizer(), f"Visa {_EAN13_VISA}") == [_EAN13_VISA]


def test_ssn_in_an_identifier_column() -> None:
    text = "ticket_no,status\n536-22-1234,open\n"
    assert found(UsSsnRecognizer(), text) == []
    assert found(UsSsnRecognizer(), "ssn,status\n536-22-1234,open\n") == ["536-22-1234"]


# ---------------------------------------------------------------- phone words and national shapes
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Tlf: 45 67 12 89", "45 67 12 89"),  # Danish 8 digits in pairs
        ("Telefon: 601 234 567", "601 234 567"),  # Polish 9 digits
        ("celular 21 9876-5432", "21 9876-5432"),  # Brazilian area code + 4-4
        ("Spørsmål? Ring oss på 41234567", "41234567"),  # Norwegian, unseparated
        ("Kérdés? Hívjon: 1/234 5678", "1/234 5678"),  # Hungarian
        ("please call me back on 33 44 55 66.", "33 44 55 66"),
        ("Switchboard 0612345678", "0612345678"),
    ],
)
def test_numbers_directly_after_a_phone_word(text: str, number: str) -> None:
    assert found(PhoneRecognizer(), text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Stock 45 67 12 89 units",
        "The count was 601 234 567 yesterday",
        "Reference 41234567 applies",
        "call on 2026-07-14 09:30 about it",  # a date and time after a phone word
        "tel 078.123.456-12",  # the CPF format
        "call us about order 55 12 33 44",  # an identifier word is nearer than the phone word
    ],
)
def test_the_same_shapes_without_a_phone_word_are_not_phones(text: str) -> None:
    assert found(PhoneRecognizer(), text) == []


def test_labelled_by_needs_the_phone_word_right_before() -> None:
    assert labelled_by("Tel.: 45 67 12 89", 6, PHONE_WORDS) == "tel"
    assert labelled_by("Tel: 12 and then 45 67 12 89", 17, PHONE_WORDS) is None  # digits in between
    assert labelled_by("phone of the warehouse manager 45 67 12 89", 31, PHONE_WORDS) is None  # too far


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Reach me at (+351) 912345678", "(+351) 912345678"),
        ("Hotline (353) 851234567", "(353) 851234567"),
        ("Mobile: (+46) 70 123 45 67", "(+46) 70 123 45 67"),
    ],
)
def test_country_code_in_parentheses(text: str, number: str) -> None:
    assert found(PhoneRecognizer(), text) == [number]


def test_callback_is_a_phone_word_that_beats_an_earlier_identifier_word() -> None:
    text = "the customer on ticket 5521 wants a callback at 020 7946 0123 today"
    assert found(PhoneRecognizer(), text) == ["020 7946 0123"]
    assert identifier_label(text, text.index("020"), PHONE_WORDS) is None


# ---------------------------------------------------------------------------- identifier labels
@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Bestellnr.", []),  # "bes-tel-lnr": "tel" inside the stem is no phone label
        ("Bestelnummer", []),
        ("Telefonnr.", ["030 1234 5678"]),
        ("Kundentelefon:", ["030 1234 5678"]),  # an entity word at the end of the compound
        ("Festnetznummer", ["030 1234 5678"]),
        ("P/N", []),
        ("S/N:", []),
        ("Código", []),
        ("CPF", []),
        ("NIF:", []),
    ],
)
def test_compound_and_abbreviated_labels(label: str, expected: list[str]) -> None:
    assert found(PhoneRecognizer(), f"{label} 030 1234 5678") == expected


@pytest.mark.parametrize("label", ["Megrendelésszám", "Cikkszám:", "Sipariş numarası", "Tilausnumero"])
def test_number_suffixes_in_other_languages_suppress_cards(label: str) -> None:
    assert found(CreditCardRecognizer(), f"{label} {_LUHN16}") == []
    assert identifier_label(f"{label} {_LUHN16}", len(label) + 1, CARD_WORDS) is not None


def test_iban_shaped_token_is_not_a_phone() -> None:
    assert found(PhoneRecognizer(), "Rejected: FR12 ABCD 0612 3456 7890 (bad checksum)") == []
    assert found(PhoneRecognizer(), "Rejected: call 0612 3456 7890") == ["0612 3456 7890"]


# ---------------------------------------------------------------------------------- IPv4 versions
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Release notes 7.2.14.201: security fixes", []),
        ("Build number 3.10.2.155 is out", []),
        ("Release candidate 8.1.0.77 ships Monday", []),
        ("ssh into the notes server at 10.20.30.40", ["10.20.30.40"]),
        ("upgrade the host at 10.20.30.40 tonight", ["10.20.30.40"]),
    ],
)
def test_version_word_followed_by_a_noun(text: str, expected: list[str]) -> None:
    assert found(IpAddressRecognizer(), text) == expected
