"""The opt-in ``identifying`` PII policy (docs/pii.md "Session 15"): values that identify no person or system.

Each class is reported under ``standard`` and skipped under ``identifying``; near-misses (a public host IP, an
issued-looking card, a person's address at a real domain, ...) are reported under both. Every value is made up
for this test (no evaluation-set strings) except the published examples the rules name (documentation ranges,
test cards, registry IBANs, documentation keys).
"""

from __future__ import annotations

import pytest

from detectors.pii import PiiAnalyzer
from detectors.pii.api_key import documented_example_key, publishable_key
from detectors.pii.credit_card import published_test_card
from detectors.pii.email import role_mailbox
from detectors.pii.iban import example_iban
from detectors.pii.ip_address import public_resolver, special_purpose
from detectors.pii.phone import fictional_number, toll_free
from detectors.pii.validators import iban_valid, luhn_valid
from schemas.settings import Settings


@pytest.fixture(scope="module")
def standard() -> PiiAnalyzer:
    return PiiAnalyzer(person=False)


@pytest.fixture(scope="module")
def identifying() -> PiiAnalyzer:
    return PiiAnalyzer(person=False, policy="identifying")


def values(analyzer: PiiAnalyzer, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in analyzer.analyze(text)]


# (class, text, entity, value): the value identifies nobody.
NOBODY = [
    (
        "role mailbox",
        "Questions? Mail support@fernhollow-tools.com today.",
        "EMAIL_ADDRESS",
        "support@fernhollow-tools.com",
    ),
    ("no-reply sender", "From: no-reply@quillmere.io\nSubject: receipt", "EMAIL_ADDRESS", "no-reply@quillmere.io"),
    (
        "reserved domain",
        "Contact: tomasz.wiercik@example.net for details",
        "EMAIL_ADDRESS",
        "tomasz.wiercik@example.net",
    ),
    ("reserved TLD", "send it to olu.badmus@staging.test please", "EMAIL_ADDRESS", "olu.badmus@staging.test"),
    ("NANP 555-01xx", "Call me at (312) 555-0178 tonight.", "PHONE_NUMBER", "(312) 555-0178"),
    ("NANP 555-01xx, local", "Call 555-0142 for the front desk.", "PHONE_NUMBER", "555-0142"),
    ("Ofcom drama mobile", "Ring +44 7700 900461 for the script.", "PHONE_NUMBER", "+44 7700 900461"),
    ("Ofcom drama London", "Phone: 020 7946 0372", "PHONE_NUMBER", "020 7946 0372"),
    ("ACMA fictitious mobile", "Call 0491 570 156 after lunch.", "PHONE_NUMBER", "0491 570 156"),
    ("NANP toll-free", "Call our hotline 1-888-417-2093 anytime.", "PHONE_NUMBER", "1-888-417-2093"),
    ("UK freephone", "Freephone: +44 800 612 4471", "PHONE_NUMBER", "+44 800 612 4471"),
    ("RFC 1918", "ssh into 10.42.7.19 and restart", "IP_ADDRESS", "10.42.7.19"),
    ("CGNAT", "client ip 100.86.14.203 timed out", "IP_ADDRESS", "100.86.14.203"),
    ("link-local", "host fe80::2c4:7aff:fe19:83b1 is up", "IP_ADDRESS", "fe80::2c4:7aff:fe19:83b1"),
    ("ULA", "peer fd3a:91c2:77::15 rejected", "IP_ADDRESS", "fd3a:91c2:77::15"),
    ("multicast", "mDNS goes to host 224.0.0.251 on the lan", "IP_ADDRESS", "224.0.0.251"),
    ("documentation v4", "server 198.51.100.42 refused the connection", "IP_ADDRESS", "198.51.100.42"),
    ("documentation v6", "ping 2001:db8:4:1::3a", "IP_ADDRESS", "2001:db8:4:1::3a"),
    ("public resolver", "set the dns server to 9.9.9.9 and retry", "IP_ADDRESS", "9.9.9.9"),
    ("test card", "card 4242 4242 4242 4242 exp 04/29", "CREDIT_CARD", "4242 4242 4242 4242"),
    ("test card (Amex)", "card number 378282246310005", "CREDIT_CARD", "378282246310005"),
    ("registry IBAN", "IBAN: NL91 ABNA 0417 1643 00", "IBAN_CODE", "NL91 ABNA 0417 1643 00"),
    (
        "publishable key",
        'stripe_api_key = "pk_live_51Nq8RzT4kWm2Xv7Lb9Qc3Hy"',
        "API_KEY",
        "pk_live_51Nq8RzT4kWm2Xv7Lb9Qc3Hy",
    ),
    (
        "documentation key",
        "export STRIPE_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "API_KEY",
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    ),
]

# Near-misses: values that identify someone are still reported under ``identifying``.
SOMEBODY = [
    ("a person at a real domain", "Mail ilse.dravnieks@posteo.de today.", "EMAIL_ADDRESS", "ilse.dravnieks@posteo.de"),
    (
        "role word inside a name",
        "cc: salesia.mbeki@orbital-freight.com",
        "EMAIL_ADDRESS",
        "salesia.mbeki@orbital-freight.com",
    ),
    ("555 outside 0100-0199", "Call me at (312) 555-0278 tonight.", "PHONE_NUMBER", "(312) 555-0278"),
    ("UK mobile outside the drama range", "Ring +44 7700 912461 now.", "PHONE_NUMBER", "+44 7700 912461"),
    ("a mobile that starts like 800", "whatsapp +65 8000 3965", "PHONE_NUMBER", "+65 8000 3965"),
    ("public host IP", "ssh into 84.17.52.3 and restart", "IP_ADDRESS", "84.17.52.3"),
    ("next to the CGNAT range", "client ip 100.128.4.9 timed out", "IP_ADDRESS", "100.128.4.9"),
    ("next to a resolver", "set the dns server to 9.9.9.8 and retry", "IP_ADDRESS", "9.9.9.8"),
    ("an issued-looking card", "card 5471 7957 9576 1703 exp 04/29", "CREDIT_CARD", "5471 7957 9576 1703"),
    ("a valid non-example IBAN", "IBAN: DE75 5121 0800 1245 1261 99", "IBAN_CODE", "DE75 5121 0800 1245 1261 99"),
    (
        "a secret key",
        'stripe_api_key = "sk_live_51Nq8RzT4kWm2Xv7Lb9Qc3Hy"',
        "API_KEY",
        "sk_live_51Nq8RzT4kWm2Xv7Lb9Qc3Hy",
    ),
]


@pytest.mark.parametrize(("case", "text", "entity", "value"), NOBODY, ids=[c[0] for c in NOBODY])
def test_nobody_reported_under_standard_only(
    standard: PiiAnalyzer, identifying: PiiAnalyzer, case: str, text: str, entity: str, value: str
) -> None:
    assert (entity, value) in values(standard, text), case
    assert (entity, value) not in values(identifying, text), case


@pytest.mark.parametrize(("case", "text", "entity", "value"), SOMEBODY, ids=[c[0] for c in SOMEBODY])
def test_near_misses_reported_under_both(
    standard: PiiAnalyzer, identifying: PiiAnalyzer, case: str, text: str, entity: str, value: str
) -> None:
    assert (entity, value) in values(standard, text), case
    assert (entity, value) in values(identifying, text), case


def test_already_nobody_under_both(standard: PiiAnalyzer, identifying: PiiAnalyzer) -> None:
    """Session 14's classes (all-zero phones, loopback, netmasks, placeholder addresses) stay out under both."""
    text = "Phone: +33 0 00 00 00 00, host 127.0.0.1 mask 255.255.252.0, mail user@example.com"
    assert values(standard, text) == values(identifying, text) == []


def test_ssn_and_person_unchanged() -> None:
    text = "Dear Wanjiru Kamau, your SSN 536-22-1934 is on file."
    std = PiiAnalyzer().analyze(text)
    assert PiiAnalyzer(policy="identifying").analyze(text) == std
    assert {s.type for s in std} == {"PERSON", "US_SSN"}


def test_dropped_value_frees_its_place() -> None:
    """A dropped value is removed before overlaps are resolved: the rest of the text is analysed as usual."""
    text = "ops: support@kelvedon-labs.co.uk, owner: priya.natarajan@kelvedon-labs.co.uk"
    assert values(PiiAnalyzer(person=False, policy="identifying"), text) == [
        ("EMAIL_ADDRESS", "priya.natarajan@kelvedon-labs.co.uk")
    ]


def test_unknown_policy_rejected() -> None:
    with pytest.raises(ValueError, match="unknown PII policy"):
        PiiAnalyzer(person=False, policy="strict")  # type: ignore[arg-type]


def test_setting_defaults_to_standard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DRIFTLINE_PII_POLICY", raising=False)
    assert Settings().pii_policy == "standard"
    monkeypatch.setenv("DRIFTLINE_PII_POLICY", "identifying")
    assert Settings().pii_policy == "identifying"


def test_published_examples_are_valid() -> None:
    """The published values the rules list pass their own checks (else the rule could never fire)."""
    from detectors.pii.credit_card import _PUBLISHED_TEST_CARDS, card_brand
    from detectors.pii.iban import _EXAMPLE_IBANS

    assert all(iban_valid(v) for v in _EXAMPLE_IBANS)
    assert all(luhn_valid(v) and card_brand(v) for v in _PUBLISHED_TEST_CARDS)


def test_predicates() -> None:
    assert role_mailbox("billing.eu@acme.de") and not role_mailbox("hr.li@acme.de")
    assert fictional_number("+1 646 555 0100") and not fictional_number("+1 646 555 0200")
    assert fictional_number("(191) 555-0133") and fictional_number("555-0101") and not fictional_number("555-1234")
    assert fictional_number("+33 6 39 98 12 34") and not fictional_number("+33 6 39 97 12 34")
    assert fictional_number("0113 496 0555") and not fictional_number("0113 497 0555")
    assert special_purpose("172.31.255.1") and not special_purpose("172.32.0.1")
    assert special_purpose("169.254.10.10") and not special_purpose("169.255.10.10")
    assert public_resolver("208.67.222.222") and not public_resolver("208.67.222.223")
    assert published_test_card("6011111111111117") and not published_test_card("6011529043518894")
    assert example_iban("GB29 NWBK 6016 1331 9268 19") and not example_iban("GB33 BUKB 2020 1555 5555 55")
    assert publishable_key("pk_test_x9") and not publishable_key("rk_live_x9")
    assert documented_example_key("AKIAIOSFODNN7EXAMPLE") and not documented_example_key("AKIAZ2QW7RT5YH3KD9LM")


def test_toll_free_agrees_with_phonenumbers() -> None:
    """Every region's example TOLL_FREE number (phonenumbers' metadata) is toll-free by our table, written
    internationally; no example FIXED_LINE or MOBILE number is, internationally or nationally. Written nationally
    (country unknown), a few freephone prefixes are left out because they are ordinary numbers elsewhere."""
    pn = pytest.importorskip("phonenumbers")
    from detectors.pii.phone import _TOLL_FREE

    kinds = pn.PhoneNumberType
    national_conflicts = {"BJ"}  # "01 20 ..." reads as Japan's 0120 freephone
    wrong = []
    for region in sorted(pn.SUPPORTED_REGIONS):
        cc = str(pn.country_code_for_region(region))
        for kind in (kinds.TOLL_FREE, kinds.FIXED_LINE, kinds.MOBILE):
            example = pn.example_number_for_type(region, kind)
            if example is None:
                continue
            intl = pn.format_number(example, pn.PhoneNumberFormat.INTERNATIONAL)
            national = pn.format_number(example, pn.PhoneNumberFormat.NATIONAL)
            if kind == kinds.TOLL_FREE:
                if cc in _TOLL_FREE and not toll_free(intl):
                    wrong.append((region, intl))
            elif toll_free(intl) or (toll_free(national) and region not in national_conflicts):
                wrong.append((region, intl, national))
    assert wrong == []


def test_settings_reach_every_analyzer() -> None:
    """The enrich stage (and so ``driftline score``) and the dead-letter redactor build their analyzer with the
    configured policy."""
    from streams.dlq_redact import load_dead_letter_analyzer
    from streams.enrich import detector_config

    settings = Settings(pii_policy="identifying", pii_person=False)
    assert detector_config(settings, b"").pii_policy == "identifying"
    assert detector_config(Settings(pii_person=False), b"").pii_policy == "standard"
    guarded = load_dead_letter_analyzer(settings)
    assert guarded.analyze("write to support@fernhollow-tools.com") == []
