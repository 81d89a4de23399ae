"""PII issue 3, session 10: the error styles of the eighth author (v15), with values written for these tests
(none of a dev set's strings): numbers spoken digit by digit in voice transcripts (validators and a field word
on the line or the prompt line before still required), card groups separated by two blanks (OCR), speakers
with a name ("Agent Y. Haddad:"), "reach you" / "chiami" as phone words, a phone word in another table cell,
secret references in URL passwords, lower-case IBANs after their label, a national shape in an SSN column,
masked e-mail addresses, "Surname, Given" names as whole values, and the opt-in rule that drops addresses at
RFC 2606 / RFC 6761 reserved names.

Every positive case fails on the code before the change (HEAD ba834e2); every negative passes on both.
"""

from __future__ import annotations

import pytest

from detectors.pii.analyzer import PiiAnalyzer
from detectors.pii.api_key import ApiKeyRecognizer
from detectors.pii.credit_card import CreditCardRecognizer
from detectors.pii.email import EmailRecognizer, reserved_domain
from detectors.pii.features import TextFeatures
from detectors.pii.iban import IbanRecognizer
from detectors.pii.recognizer import Recognizer
from tests.unit.pii_cases import typed


def found(rec: Recognizer, text: str) -> list[str]:
    feats = TextFeatures(text)
    if not rec.quick(feats):
        return []
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text, feats), key=lambda d: d.span.start)]


# ------------------------------------------------------------------------------ spoken digits
_CALL = (
    "AGENT: thanks, and what's the best callback number\n"
    "CALLER: {phone}\n"
    "AGENT: for security, your social security number please\n"
    "CALLER: {ssn}\n"
    "AGENT: which card would you like to pay with\n"
    "CALLER: {card}\n"
    "AGENT: done, your confirmation code is {code}\n"
)


def test_spoken_numbers_after_the_prompt_line(structured: PiiAnalyzer) -> None:
    text = _CALL.format(
        phone="4 1 5 5 5 5 0 1 3 2", ssn="5 3 6 2 2 1 2 3 4", card="4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1", code="7 7 3 1 9 0"
    )
    assert typed(structured, text) == [
        ("PHONE_NUMBER", "4 1 5 5 5 5 0 1 3 2"),
        ("US_SSN", "5 3 6 2 2 1 2 3 4"),
        ("CREDIT_CARD", "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Card: 3 7 8 2 8 2 2 4 6 3 1 0 0 0 5 please",  # Amex, label on the same line
        "Kreditkarte 5 5 5 5 5 5 5 5 5 5 5 5 4 4 4 4",
    ],
)
def test_spoken_card_on_its_line(text: str) -> None:
    assert len(found(CreditCardRecognizer(), text)) == 1


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (_CALL.format(phone="x", ssn="x", card="4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 2", code="1"), "card fails Luhn"),
        (_CALL.format(phone="x", ssn="6 6 6 2 2 1 2 3 4", card="x", code="1"), "SSN area 666"),
        (_CALL.format(phone="x", ssn="5 3 6 0 0 1 2 3 4", card="x", code="1"), "SSN group 00"),
        (_CALL.format(phone="1 2 3 4", ssn="x", card="x", code="1"), "too short for a phone"),
        ("AGENT: your one-time code\nCALLER: 4 1 5 5 5 5 0 1 3 2", "a code, not a phone"),
        ("AGENT: and a callback number\nCALLER: my OTP is 4 1 5 5 5 5 0 1 3 2", "a code word is nearer"),
        ("Lottery draw: 4 1 5 5 5 5 0 1 3 2", "no field word"),
        ("AGENT: the card please\nCALLER: order 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1", "an order number"),
        ("your confirmation is 4 9 4 4 2 7 8 1 3 0 and your card is on file", "the word after does not count"),
        ("call 4 1 5 5 5 5 0 1 3 2x", "glued to a letter"),
        ("phone v4 1 5 5 5 5 0 1 3 2", "glued to a word"),
    ],
)
def test_spoken_digits_negatives(structured: PiiAnalyzer, text: str, why: str) -> None:
    assert typed(structured, text) == [], why


def test_spoken_phone_of_any_national_length_after_a_phone_word(structured: PiiAnalyzer) -> None:
    # 394 is no NANP area code, but after "callback number" any national length counts (as for "Tel. 32 13 28 39")
    text = "AGENT: and a callback number\nCALLER: 3 9 4 6 2 5 4 6 2 3\n"
    assert typed(structured, text) == [("PHONE_NUMBER", "3 9 4 6 2 5 4 6 2 3")]


# ------------------------------------------------------------------------- double-blank card groups
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("card was 4111  1111  1111  1111\nthanks", "4111  1111  1111  1111"),
        ("AMEX  3782  822463  10005  exp 04/29", "3782  822463  10005"),
    ],
)
def test_double_blank_card_groups(text: str, expected: str) -> None:
    assert found(CreditCardRecognizer(), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "card 4111  1111  1111  1112",  # fails Luhn
        "card 4111  1111 1111  1111",  # mixed separators
        "year  2021  2022  2023  2024  2025",  # an aligned row of numbers
    ],
)
def test_double_blank_negatives(text: str) -> None:
    assert found(CreditCardRecognizer(), text) == []


def test_single_blank_card_before_a_double_blank_still_found() -> None:
    assert found(CreditCardRecognizer(), "card 4111 1111 1111 1111  2024") == ["4111 1111 1111 1111"]


# --------------------------------------------------------------------- chat replies and table cells
_CHAT = "14:07 Agent M. Okafor: Anything else? Best number to reach you?\n14:08 Customer: {value} after 6pm pls\n"


@pytest.mark.parametrize(
    "value", ["06-12345678", "0221/4711000", "912 345 678", "(11) 91234-5678", "0044 20 7946 0958"]
)
def test_phone_in_a_reply_to_a_named_agent(structured: PiiAnalyzer, value: str) -> None:
    assert typed(structured, _CHAT.format(value=value)) == [("PHONE_NUMBER", value)]


def test_customer_word_still_labels_an_id_outside_a_dialogue(structured: PiiAnalyzer) -> None:
    assert typed(structured, "Customer: 06-12345678 was migrated to the new CRM") == []


def test_chiami_is_a_phone_word(structured: PiiAnalyzer) -> None:
    text = "Per informazioni chiami il 347 1234567 oppure scriva."
    assert typed(structured, text) == [("PHONE_NUMBER", "347 1234567")]


def test_phone_word_in_another_cell_does_not_label_an_ssn_cell(structured: PiiAnalyzer) -> None:
    text = "Name\tEmail\tPhone\tSSN\tStart\n(vacant)\tx@y.org\t<phone>\t536 22 1234\t2023-09-19\n"
    assert ("US_SSN", "536 22 1234") in typed(structured, text)
    assert ("PHONE_NUMBER", "536 22 1234") not in typed(structured, text)


def test_phone_word_in_the_same_cell_still_labels(structured: PiiAnalyzer) -> None:
    assert typed(structured, "Tlf. 32 13 28 39") == [("PHONE_NUMBER", "32 13 28 39")]


def test_national_shape_in_an_ssn_column_is_the_ssn(structured: PiiAnalyzer) -> None:
    # the "SSN" header is too far for a context word: the column alone must decide
    text = (
        "Name\tEmail\tPhone\tSSN\tStart date\n"
        "Adaeze Okafor\tadaeze.okafor@mailbox.org\t+1 415 555 0132\t078 61 2245\t2023-09-19\n"
    )
    spans = typed(structured, text)
    assert ("US_SSN", "078 61 2245") in spans and ("PHONE_NUMBER", "078 61 2245") not in spans


def test_national_shape_in_a_phone_column_still_a_phone(structured: PiiAnalyzer) -> None:
    text = "Name\tPhone\tSSN\nA. Okafor\t020 7946 0958\t536-22-1234\n"
    assert typed(structured, text) == [("PHONE_NUMBER", "020 7946 0958"), ("US_SSN", "536-22-1234")]


# ---------------------------------------------------------------------------- lower-case IBANs
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBAN :  de89370400440532013000\nStatement date", "de89370400440532013000"),
        ("Per l'accredito useremo l'IBAN gb82west12345698765432. Grazie", "gb82west12345698765432"),
    ],
)
def test_lower_case_iban_after_its_label(text: str, expected: str) -> None:
    assert found(IbanRecognizer(), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "IBAN: de89370400440532013001",  # checksum fails
        "ref de89370400440532013000 (no label)",
        "IBAN de89370400440532013000x9",  # longer than the country length
    ],
)
def test_lower_case_iban_negatives(text: str) -> None:
    assert found(IbanRecognizer(), text) == []


# ------------------------------------------------------------------------- URL password references
@pytest.mark.parametrize(
    "text",
    [
        "DATABASE_URL=postgresql://app:${DB_PASSWORD}@db.internal:5432/orders",
        'mongosh "mongodb+srv://svc:$PGPASSWORD@cluster0.example.net/app"',
        "DATABASE_URL=postgresql://app:var.db_password@db.internal:5432/orders",
        "url = redis://cache:secrets.REDIS_PASS@cache.internal:6379",
    ],
)
def test_url_password_reference_is_no_secret(text: str) -> None:
    assert found(ApiKeyRecognizer(), text) == []


def test_url_password_value_still_found() -> None:
    assert found(ApiKeyRecognizer(), "postgres://app:Tq7!vR2xLm9@db.internal:5432/x") == ["Tq7!vR2xLm9"]


# ------------------------------------------------------------------------------ reserved domains
def test_reserved_domain_names() -> None:
    assert reserved_domain("example.com") and reserved_domain("mail.example.org") and reserved_domain("a.test")
    assert reserved_domain("x.invalid") and reserved_domain("corp.example") and reserved_domain("host.localhost")
    assert not reserved_domain("example.co.uk") and not reserved_domain("myexample.com")
    assert not reserved_domain("testing.io") and not reserved_domain("gmail.com")


def test_reserved_domains_opt_in() -> None:
    text = "Write to user@example.com, maria.lopez@example.org or ana.souza@gmail.com, not qa@build.test."
    # user@example.com is a placeholder either way (session 13); person-like reserved addresses are kept by default
    assert found(EmailRecognizer(), text) == ["maria.lopez@example.org", "ana.souza@gmail.com", "qa@build.test"]
    assert found(EmailRecognizer(reserved_domains_are_pii=False), text) == ["ana.souza@gmail.com"]


@pytest.mark.parametrize("text", ["Email: r****o@gmail.com", "mail m.***@posteo.de", "k•••n@wp.pl (masked)"])
def test_masked_address_is_no_address(text: str) -> None:
    assert found(EmailRecognizer(), text) == []


def test_address_after_markdown_bold_still_found() -> None:
    assert found(EmailRecognizer(), "**Contact:** ana.souza@posteo.de") == ["ana.souza@posteo.de"]


# ------------------------------------------------------------------------------- inverted names
def persons(analyzer: PiiAnalyzer, text: str) -> list[str]:
    return [text[s.start : s.end] for s in analyzer.analyze(text) if s.type == "PERSON"]


def test_inverted_names_in_a_roster(full: PiiAnalyzer) -> None:
    text = (
        "Name\tEmail\tPhone\n"
        "Gonçalves, Rafael\tr.goncalves@mail.pt\t+351 912 345 678\n"
        "Tanaka, Haruki\th.tanaka@mail.jp\t+81 90-1234-5678\n"
        "El Idrissi, Samira\ts.elidrissi@mail.ma\t+212 6 12 34 56 78\n"
    )
    assert persons(full, text) == ["Gonçalves, Rafael", "Tanaka, Haruki", "El Idrissi, Samira"]


def test_inverted_name_as_a_field_value(full: PiiAnalyzer) -> None:
    text = "Appointment reminder\nPatient: Brandão, Inês (MRN 55512345)\nWith: radiology"
    assert persons(full, text) == ["Brandão, Inês"]


@pytest.mark.parametrize(
    "text",
    [
        "Location: Lisbon, Portugal\nShipped to: Osaka, Japan",
        "Tags: Billing, Refunds\n",
        "Anna Lindqvist, Tomás Herrera and Priya Nair joined the call.",
        "See you Friday.\n\nRegards, Emma",  # a closing before a signature, not a surname
        "Ok, noted.\nCheers, Tomás Herrera",
    ],
)
def test_inverted_name_negatives(full: PiiAnalyzer, text: str) -> None:
    assert not any(", " in p for p in persons(full, text))
