"""Session 13 (issue 3, structured types): labelling policies and general fixes.

Policies (docs/pii.md, "Gold annotation rules" and "Session 13"): a template placeholder e-mail (generic local part
at a reserved or placeholder domain), loopback/unspecified addresses and netmasks identify nobody; person-like
addresses at reserved domains and documentation-range IPs stay PII. Fixes: all-zero phone placeholders, tel: URI /
vCard TEL values, numbers listed next to an e-mail address, phone words in more scripts, digits of other scripts,
file names are no identifier labels, age secret keys, SSN cues after the number, obfuscated e-mail addresses,
version words in other languages. Every value below is made up for the test (no evaluation-set strings).
"""

from __future__ import annotations

import pytest

from detectors.pii import PiiAnalyzer
from detectors.pii.api_key import ApiKeyRecognizer
from detectors.pii.credit_card import CreditCardRecognizer
from detectors.pii.email import EmailRecognizer, placeholder_address
from detectors.pii.ip_address import IpAddressRecognizer, no_host_v4
from detectors.pii.phone import PhoneRecognizer
from detectors.pii.recognizer import Recognizer
from detectors.pii.us_ssn import UsSsnRecognizer
from tests.unit.pii_cases import typed


def found(rec: Recognizer, text: str) -> list[str]:
    return sorted((text[d.span.start : d.span.end] for d in rec.analyze(text)), key=text.index)


@pytest.fixture(scope="module")
def analyzer() -> PiiAnalyzer:
    return PiiAnalyzer(person=False)


# ------------------------------------------------------------------ (E) e-mail placeholders
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<input type="email" placeholder="someone@example.net">', []),
        ("ADMIN_EMAIL=tester@example.org", []),
        ("e.g. your.name@example.com or jane.doe@corp.example", []),
        ("write to foo@qa.invalid or user42@build.test", []),
        ("format: firstname.lastname@domain.tld", []),
        ("contact you@yourdomain.com", []),
        # person-like local parts at reserved domains: synthetic records of people
        ("Customer: lucia.ferrante@example.org", ["lucia.ferrante@example.org"]),
        ("mail tomas88@example.com today", ["tomas88@example.com"]),
        ("alice7@example.net", ["alice7@example.net"]),
        # generic local parts at real domains are real mailboxes
        ("write to admin@brightlake-dental.com", ["admin@brightlake-dental.com"]),
        ("test@fjordline-kayak.no", ["test@fjordline-kayak.no"]),
    ],
)
def test_placeholder_addresses(text: str, expected: list[str]) -> None:
    assert found(EmailRecognizer(), text) == expected


def test_placeholder_address_needs_both_halves() -> None:
    assert placeholder_address("user@example.com") and placeholder_address("demo3@shop.test")
    assert not placeholder_address("user@gmail.com")  # a real domain
    assert not placeholder_address("k.oyelaran@example.com")  # a person-like local part
    assert not placeholder_address("user@example.co.uk")  # not a reserved name


# ------------------------------------------------------------------ (L), (N) addresses of no device
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bind 127.0.0.1:6379 and 127.0.1.1 in /etc/hosts", []),
        ("listen on 0.0.0.0 port 80", []),
        ("REDIS_HOST=::1 and [::1]:5432", []),
        ("address 10.44.7.19\n  netmask 255.255.255.0\n  gateway 10.44.7.1", ["10.44.7.19", "10.44.7.1"]),
        ("mask 255.255.252.0 on 172.20.3.40", ["172.20.3.40"]),
        ("ssh ops@203.0.113.41", ["203.0.113.41"]),  # documentation ranges stay addresses
        ("ping 2001:db8:4::17", ["2001:db8:4::17"]),
        ("peer 0.0.0.1 and 255.1.2.3", ["0.0.0.1", "255.1.2.3"]),  # not loopback, not a mask
    ],
)
def test_addresses_of_no_device(text: str, expected: list[str]) -> None:
    assert found(IpAddressRecognizer(), text) == expected


def test_no_host_v4_masks() -> None:
    assert no_host_v4("255.255.128.0") and no_host_v4("255.0.0.0") and no_host_v4("127.255.0.9")
    assert not no_host_v4("255.255.0.255") and not no_host_v4("255.255.255.255") and not no_host_v4("192.0.2.8")


# ------------------------------------------------------------------ (Z) phone placeholders
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<input type="tel" placeholder="+49 000 0000000">', []),
        ("Phone: +44 0000 000000", []),
        ("Phone: +44 20 0000 0001", ["+44 20 0000 0001"]),  # some digit is not zero: a number
    ],
)
def test_all_zero_numbers_are_placeholders(text: str, expected: list[str]) -> None:
    assert found(PhoneRecognizer(), text) == expected


# ------------------------------------------------------------------ (P) tel: values, contact lists, scripts
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<a href="tel:04-5521-7730">office</a>', ["04-5521-7730"]),
        ("BEGIN:VCARD\nFN:Ines Moura\nTEL;TYPE=CELL:061 448 2290\nEND:VCARD", ["061 448 2290"]),
        ("item1.TEL:0612 771 30\n", ["0612 771 30"]),
        ("tel:4552 1773", ["4552 1773"]),  # any national shape after the scheme
        ("hotel:4552 1773", []),  # "hotel" is no tel: scheme
        ("tel:0000000", []),
    ],
)
def test_tel_uri_and_vcard_values(text: str, expected: list[str]) -> None:
    assert found(PhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Complaint by R. Osei (r.osei@lagoon-mail.net, 15933702418) about the bill", ["15933702418"]),
        ("Porto · 13766410925 · b.nunes@tejo-mail.pt", ["13766410925"]),
        ("Questions: 936 118 402 or help@rivage-shop.pt", ["936 118 402"]),
        ("a@b-mail.de | 025876459100 | next cell", []),  # a table cell: its column header decides
        ("order 15933702418 shipped", []),  # no cue
    ],
)
def test_numbers_listed_next_to_an_email(text: str, expected: list[str]) -> None:
    assert found(PhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("收件人：李娜\n电话：18677403215\n", ["18677403215"]),
        ("मुझे 09180044127 पर कॉल करें", ["09180044127"]),
        ("전화: 010-4471-2093", ["010-4471-2093"]),
    ],
)
def test_phone_words_in_other_scripts(text: str, expected: list[str]) -> None:
    assert found(PhoneRecognizer(), text) == expected


def test_arabic_indic_digits_are_digits(analyzer: PiiAnalyzer) -> None:
    text = "تواصل معي على +٩٧١ ٥٠ ٤١٢ ٧٧٣٠ شكرا"
    assert typed(analyzer, text) == [("PHONE_NUMBER", "+٩٧١ ٥٠ ٤١٢ ٧٧٣٠")]
    persian = "شماره: +۹۸ ۹۱۲ ۳۴۰ ۵۵۱۸"
    assert typed(analyzer, persian) == [("PHONE_NUMBER", "+۹۸ ۹۱۲ ۳۴۰ ۵۵۱۸")]


# ------------------------------------------------------------------ (C) file names are no labels
@pytest.mark.parametrize(
    "text",
    [
        "exports/orders_2023.csv:118: 4539 5786 4131 7422",
        "data/tickets-archive.json:7: 4539578641317422",
        "s3://backup/invoices/2024/q1: 4539578641317422",
    ],
)
def test_file_names_are_no_identifier_labels(text: str) -> None:
    assert found(CreditCardRecognizer(), text) == [text.split(": ")[-1]]


def test_identifier_label_still_applies() -> None:
    assert found(CreditCardRecognizer(), "orders.csv says order 4539578641317422") == []


# ------------------------------------------------------------------ (K) age identities
def test_age_secret_key() -> None:
    key = "AGE-SECRET-KEY-1" + "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L" + "QPZRY9X8GF2TVDW0S3JN54KHCE"
    assert found(ApiKeyRecognizer(), f"export SOPS_AGE_KEY={key}\n") == [key]
    bad = "AGE-SECRET-KEY-1" + "B" * 58  # "B" is no Bech32 character
    assert found(ApiKeyRecognizer(), f"note {bad} here") == []


# ------------------------------------------------------------------ (S) SSN cues
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("for the loan use 471830256 (social) please", ["471830256"]),
        ("mi número de seguro social es 471830256", ["471830256"]),
        ("for the loan use 471830256 please", []),
    ],
)
def test_ssn_cues(text: str, expected: list[str]) -> None:
    assert found(UsSsnRecognizer(), text) == expected


# ------------------------------------------------------------------ obfuscated e-mail addresses
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write me: tomas.berg [at] posteo [dot] de", ["tomas.berg [at] posteo [dot] de"]),
        ("mail oyelaran (at) fastmail.com", ["oyelaran (at) fastmail.com"]),
        ("reach me at kwame AT proton DOT me, thanks", ["kwame AT proton DOT me"]),
        ("she said kwame at proton dot me on the call", []),  # spoken, lower case: no written address
        ("LOOK AT THIS DOT COM", []),
    ],
)
def test_obfuscated_addresses(text: str, expected: list[str]) -> None:
    assert found(EmailRecognizer(), text) == expected


# ------------------------------------------------------------------ (V) versions in other languages
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("¿Cómo actualizo de 4.2.1 a 6.4.7.31?", []),
        ("Πώς κάνω αναβάθμιση στην έκδοση 7.3.9.12;", []),
        ("Какая версия 5.1.0.77 нужна?", []),
        ("After upgrading the connector to 2.9.4.8 it fails", []),
        ("error: could not apply 3c1d2e9... bump to 1.4.2.77", []),
        ("updated the A record to 198.51.100.44", ["198.51.100.44"]),  # not an upgrade: an address
        ("la IP de 10.31.7.2 no responde", ["10.31.7.2"]),
    ],
)
def test_versions_in_other_languages(text: str, expected: list[str]) -> None:
    assert found(IpAddressRecognizer(), text) == expected


# ---- session 14: cheaper pre-checks, same answers ----------------------------------------------------------------


def test_obfuscation_marker_precheck_equals_the_substring_scan() -> None:
    import random

    from detectors.pii.email import _has_obfuscation_marker

    markers = ("AT ", "at]", "at)", "AT]", "AT)", "at }", "at>")
    rng = random.Random(0)
    for _ in range(20_000):
        s = "".join(rng.choice("aAtT []()}{<>x") for _ in range(rng.randint(0, 10)))
        assert _has_obfuscation_marker(s) == any(m in s for m in markers), s


def test_context_words_ascii_regex_gives_the_full_regexs_answers() -> None:
    from detectors.pii.phone import _PHONE_WORDS
    from detectors.pii.recognizer import ContextWords
    from detectors.pii.us_ssn import UsSsnRecognizer

    odd = ContextWords(["ſsn", "Kelvin", "телефон", "tel"])  # long s and Kelvin sign match ASCII letters
    assert odd.find("SSN 536 22 1234", 4, 15) == "ssn" and odd.find("kelvin 1", 7, 8) == "kelvin"
    assert len(_PHONE_WORDS._ascii_regex.pattern) < len(_PHONE_WORDS._regex.pattern)  # it drops "телефон", "電話"
    for cw in (_PHONE_WORDS, UsSsnRecognizer.context, odd):
        for word in cw.words:
            for form in (word, word.upper(), word.title()):
                text = f"x {form}: 0"
                if text.isascii():
                    full, ascii_ = cw._regex.search(text), cw._ascii_regex.search(text)
                    assert (full and full.group(0)) == (ascii_ and ascii_.group(0)), text
