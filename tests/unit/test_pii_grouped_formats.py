"""Structured PII in written formats the recognizers missed (PII issue 3, round 2), with values written for
these tests (none of a dev set's strings): dash-grouped IBANs (still mod-97 checked), card numbers under an
identifier-looking label that an expiry or security code marks as cards, CSV phone cells after a comma,
"+1" numbers with unassigned area codes, Russian ``8 (XXX) XXX-XX-XX``, Chinese ``13X-XXXX-XXXX``, Spanish
``9X XXX XX XX`` after a phone word, Mexican ``+52 1 ...``, and passwords on ``docker login -p`` /
``curl -u user:password`` / password values ending in ``=``.

Every positive case fails on the code before the change (HEAD 6b9cdaa); every negative passes on both.
"""

from __future__ import annotations

import pytest

from detectors.pii.analyzer import PiiAnalyzer
from detectors.pii.api_key import ApiKeyRecognizer
from detectors.pii.credit_card import CreditCardRecognizer
from detectors.pii.features import TextFeatures
from detectors.pii.iban import IbanRecognizer
from detectors.pii.phone import PhoneRecognizer
from detectors.pii.recognizer import Recognizer


def found(rec: Recognizer, text: str) -> list[str]:
    feats = TextFeatures(text)
    if not rec.quick(feats):
        return []
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text, feats), key=lambda d: d.span.start)]


# ------------------------------------------------------------------------------------------- IBAN
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please wire it to GB82-WEST-1234-5698-7654-32 today.", "GB82-WEST-1234-5698-7654-32"),
        ("IBAN: DE89-3704-0044-0532-0130-00", "DE89-3704-0044-0532-0130-00"),
        ("rekening NL91-ABNA-0417-1643-00, t.n.v. de vereniging", "NL91-ABNA-0417-1643-00"),
    ],
)
def test_dash_grouped_iban(text: str, expected: str) -> None:
    assert found(IbanRecognizer(), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "IBAN GB82-WEST-1234-5698-7654-33",  # checksum fails
        "order GB82-WEST-1234-5698-7654-32-07 shipped",  # runs on: a longer dash-grouped code
        "IBAN GB82-WEST-1234 5698-7654-32",  # mixed separators
        "release AB12-3456-7890-1234-5678 tagged",  # no such country
        "build v2.4.1-2024-0117-rc3, order 2024-5531-0098-12",  # version strings / order numbers
    ],
)
def test_dash_grouped_iban_negatives(text: str) -> None:
    assert found(IbanRecognizer(), text) == []


# ------------------------------------------------------------------------------------------- CARDS
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[18:02] Sam: use my card for the tickets 4111 1111 1111 1111 exp 11/29", "4111 1111 1111 1111"),
        ("booking 5555-5555-5555-4444, expires 03/28", "5555-5555-5555-4444"),
        ('{"payment_method":{"type":"card","number":"378282246310005","exp_month":4}}', "378282246310005"),
        ("order 4012888888881881 CVV 123", "4012888888881881"),
    ],
)
def test_card_with_expiry_or_cvv_under_an_id_label(text: str, expected: str) -> None:
    assert found(CreditCardRecognizer(), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "order #4111 1111 1111 1111 was shipped",  # labelled, no expiry: an order number
        "use my card for the tickets 4111 1111 1111 1112 exp 11/29",  # Luhn fails
        "tickets 1234 5678 9012 3456 exp 11/29",  # non-Luhn 16-digit run
        '{"invoice_number":"4111111111111111","qty":2}',  # an id field, no expiry
    ],
)
def test_card_negatives(text: str) -> None:
    assert found(CreditCardRecognizer(), text) == []


# ------------------------------------------------------------------------------------------ PHONES
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id,name,email,phone\n7,Ana,ana@example.org,0044 7700 900 123,x", "0044 7700 900 123"),
        ("id,name,phone,country\n8,Ben,030-9018204,DE", "030-9018204"),
        ('name,phone\nCara,"+1 492-555-0187"', "+1 492-555-0187"),
        ("cell: +14115550187 please", "+14115550187"),
        ("Kind regards, Olga Petrova -- 8 (912) 345-67-89", "8 (912) 345-67-89"),
        ("my new number is 138-0013-8000", "138-0013-8000"),
        ("Call the organiser Lola Ruiz on 91 555 12 34.", "91 555 12 34"),
        ("WhatsApp +52 1 55 1234 5678", "+52 1 55 1234 5678"),
    ],
)
def test_phone_formats(text: str, expected: str) -> None:
    assert found(PhoneRecognizer(), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "total,1,234,5678901",  # thousands groups after a comma
        "the ratio was 2,5 and 1,234,567,890 rows",
        "version 138-0013-8000-2 built",  # a 3-4-4 shape that runs on
        "values 91 555 12 34 in the table",  # the Spanish shape without a phone word
        "id,ref\n9,2024-01-15",  # a date cell after a comma
        "Join by phone: meeting ,,03529757493# then 1",  # a dial-string pause before a meeting id
        "order_id,carrier,tracking,note\nSO-1,UPS,0565 9402 6481,a, b",  # a national shape in a non-phone cell
    ],
)
def test_phone_negatives(text: str) -> None:
    assert found(PhoneRecognizer(), text) == []


# ---------------------------------------------------------------------------------------- API_KEY
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$ docker login -u ci -p Walnut8842! registry.example.org", "Walnut8842!"),
        ("$ podman login --username bot -p 'qu!nce-77' quay.io", "qu!nce-77"),
        ("$ curl -u admin:Lindenbaum5521* https://grafana.example.org/api/health", "Lindenbaum5521*"),
        ("1204  curl --user 'svc:-Tq8Zx3pLm' https://ci.example.org", "-Tq8Zx3pLm"),
        ("MAIL_PASSWORD=Orchard2291=\nAPP_ENV=prod", "Orchard2291="),
        ("  smtp-password: tulip77=\n  port: 587", "tulip77="),
    ],
)
def test_login_and_curl_passwords(text: str, expected: str) -> None:
    assert found(ApiKeyRecognizer(), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "docker login -u ci -p 5000 registry.example.org",  # digits only: not a password
        "docker login -u ci --password-stdin < token.txt",
        "docker run -p 8080:80 nginx",  # a port mapping, no login
        "curl -u admin https://example.org",  # no password given (curl prompts for it)
        "curl -u $USER:$API_TOKEN https://example.org",  # references
        "the login page said -p is optional",
        "Walnut8842! is a nice string",  # a value alone is no secret
        "secret: token=Walnut8842x",  # a nested assignment stays rejected
    ],
)
def test_password_negatives(text: str) -> None:
    assert found(ApiKeyRecognizer(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "upstream connect to 185.158.110.188:5432 reset, build v1.18.17 sha a7c3f4b",
        "host 10.20.30.40:8443 refused, release 2.4 rolling back",
    ],
)
def test_an_ipv4_with_a_port_is_an_address_even_before_a_version_word(text: str) -> None:
    spans = [text[s.start : s.end] for s in PiiAnalyzer(person=False).analyze(text) if s.type == "IP_ADDRESS"]
    assert len(spans) == 1 and ":" not in spans[0]


@pytest.mark.parametrize("text", ["upgraded to 10.2.3.4 build 55", "Chrome 120.0.6099.109: release notes"])
def test_a_dotted_version_next_to_a_version_word_is_still_not_an_address(text: str) -> None:
    assert [s for s in PiiAnalyzer(person=False).analyze(text) if s.type == "IP_ADDRESS"] == []
