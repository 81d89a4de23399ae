"""Session 7 behaviour changes of the PII detector: look-alike codes, identifier labels, new credential
formats, the name tagger's code-fragment rule and the generator's people-in-prose texts.

Each case was written here (values invented, shapes from public format descriptions); every test
fails on the code before this session.
"""

from __future__ import annotations

import pytest

from detectors.pii.api_key import ApiKeyRecognizer
from detectors.pii.credit_card import CreditCardRecognizer
from detectors.pii.name_tagger import candidates, tokenize
from detectors.pii.person import PersonRecognizer
from detectors.pii.phone import PhoneRecognizer
from detectors.pii.recognizer import Recognizer
from detectors.pii.us_ssn import UsSsnRecognizer


def found(rec: Recognizer | PersonRecognizer, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text), key=lambda d: d.span.start)]


@pytest.fixture(scope="module")
def person() -> PersonRecognizer:
    return PersonRecognizer(model="tagger")


# --------------------------------------------------------------- identifier labels
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label glued to an upper-case command (ZPL ^FD): "FDRef" is "FD" + "Ref"
        ("^FO50,380^FDRef 4929460157221090^FS\n", []),
        ("^FO50,380^FDInvoice 5425233430109903^FS\n", []),
        ("^FO50,380^FDCard 4929460157221090^FS\n", ["4929460157221090"]),  # a card word keeps it
        ("card 4929 4601 5722 1090", ["4929 4601 5722 1090"]),
    ],
)
def test_card_label_glued_to_upper_case_command(text: str, expected: list[str]) -> None:
    assert found(CreditCardRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Member SSN (insurance claim copy): 212-34-5678\n", ["212-34-5678"]),  # the aside does not label it
        ("Employee (see claim form) SSN: 212-34-5678", ["212-34-5678"]),
        ("claim no. 212-34-5678", []),  # still an identifier label when it heads the number
    ],
)
def test_ssn_parenthetical_aside_is_no_label(text: str, expected: list[str]) -> None:
    assert found(UsSsnRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Re: Tom Baker   DOB 02/03/1961   NHS No. 943 476 5919   MRN QX81234",
        "Patient MRN: 0412 553 901",
        "Medicare number 2123 45670 1",
    ],
)
def test_health_and_national_ids_are_no_phone_numbers(text: str) -> None:
    assert found(PhoneRecognizer(), text) == []


def test_phone_with_aside_keeps_its_phone_word() -> None:
    assert found(PhoneRecognizer(), "Phone (mobile): 0151 234 5678") == ["0151 234 5678"]


# ---------------------------------------------------------------------- API keys
API_CASES = [
    ('"Env": ["POSTGRES_PASSWORD=Qv7*Kd2!mRx+aLp", "PGDATA=/var/lib"]', ["Qv7*Kd2!mRx+aLp"]),
    ('{"statusCode": "Created", "secretValue": "Zr4^Wq-8nT&bY-!K"}', ["Zr4^Wq-8nT&bY-!K"]),
    ('"accessKeyId":"ASIAATXXYEVA5EHTTQAT","userName":"x"', ["ASIAATXXYEVA5EHTTQAT"]),  # low-entropy AWS id
    ("key = K004mJq8ZtR2wLx9PbVn3CkYs7HdFgA\n", ["K004mJq8ZtR2wLx9PbVn3CkYs7HdFgA"]),  # Backblaze B2
    ("PMAK-5f1c2a9b8e7d6c5b4a392817-0a1b2c3d4e5f60718293a4b5c6d7e8f901", None),  # Postman
    ("smoke-key: NRAK-Q7W2E9R4T6Y1U3I8O5P0A2S4D6F  # rotate", ["NRAK-Q7W2E9R4T6Y1U3I8O5P0A2S4D6F"]),
    ("use `lin_api_a8Kd2Lq9Zx4Wm7Rt1Yb6Nc3Vf5Hg0Pj2Sk8Ue4Wo`", ["lin_api_a8Kd2Lq9Zx4Wm7Rt1Yb6Nc3Vf5Hg0Pj2Sk8Ue4Wo"]),
    ("token glsa_Q4uvZetmWPn9UbF1pzBBgNJH1WTPkgE5_26e3cebf end", ["glsa_Q4uvZetmWPn9UbF1pzBBgNJH1WTPkgE5_26e3cebf"]),
    ("figd_k2Jf8Lq0Zx4Wm7Rt1Yb6Nc3Vf5Hg0Pj2Sk8Ue4Wo in a note", ["figd_k2Jf8Lq0Zx4Wm7Rt1Yb6Nc3Vf5Hg0Pj2Sk8Ue4Wo"]),
    ("ATATT3xFfGF0" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1eF3hJ5kL7nP9rS2uV4xY6" * 3 + "=1A2B3C4D", None),
    # placeholders and look-alikes stay out
    ("AKIAIOSFODNN7EXAMPLE", []),
    ("AKIAXXXXXXXXXXXXXXXX", []),
    ("part K00AAAAAAAAAAAAAAAAAAAAAAAAAAAA", []),
    ('"POSTGRES_PASSWORD=${DB_PASSWORD}",', []),
]


@pytest.mark.parametrize(("text", "expected"), API_CASES)
def test_new_credential_formats(text: str, expected: list[str] | None) -> None:
    assert found(ApiKeyRecognizer(), text) == (expected if expected is not None else [text])


# ------------------------------------------------------------------ PERSON
def test_code_fragments_next_to_digits_are_no_candidates() -> None:
    for text, word in [("Case No. 25-32332-XWE", "XWE"), ("code SKU-88231-BLK.", "BLK"), ("ref ABC-2024", "ABC")]:
        toks = tokenize(text)
        cands = {toks[i][2] for i in candidates(toks, text)}
        assert word not in cands, text
    toks = tokenize("Jean-Luc Picard - 42")  # a hyphenated name and a blank before the hyphen stay
    assert {toks[i][2] for i in candidates(toks, "Jean-Luc Picard - 42")} == {"Jean-Luc", "Picard"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UNITED STATES DISTRICT COURT\n\nCase No. 24-18812-QRT\nChapter 7\nJudge: Hon. Tanya May\n", ["Tanya May"]),
        ("Booking confirmed. PNR QWXZTR\nPassenger: Adriana Vlkova\n", ["Adriana Vlkova"]),
        ("<DbtrAgt><FinInstnId><BICFI>NCHCITLP</BICFI></FinInstnId></DbtrAgt>", []),
        ("The product code is SKU-88231-BLK.", []),
    ],
)
def test_codes_are_no_names(person: PersonRecognizer, text: str, expected: list[str]) -> None:
    assert found(person, text) == expected


def test_bic_shape_spares_census_names(person: PersonRecognizer) -> None:
    assert person._bic_shaped("NCHCITLP") and person._bic_shaped("DEUTDEFF500")
    assert not person._bic_shaped("GONZALEZ")  # bank "GONZ", country "AL": but a census surname
    assert not person._bic_shaped("Nchcitlp")


def test_id_label_first_word(person: PersonRecognizer) -> None:
    assert person._id_label_first("PNR RLHMDG") and person._id_label_first("Order ABCDEF")
    assert not person._id_label_first("Po Chen")  # too short to be the label
    assert not person._id_label_first("Marta Ruiz")
    assert not person._id_label_first("Ticket")  # one word: nothing labelled


def test_generator_people_prose_is_separate_and_deterministic() -> None:
    from data.pii.gen_person_train import generate

    a = generate(20, 3, prose_share=0.5)
    b = generate(20, 3, prose_share=0.0)
    assert len(a) == 30 and len(b) == 20
    assert a[:20] == b  # the extra texts come from their own generator
    assert a == generate(20, 3, prose_share=0.5)
    extra = a[20:]
    assert sum(len(r["spans"]) for r in extra) > 0  # type: ignore[arg-type]
    for r in extra:
        text = str(r["text"])
        for s, e in r["spans"]:  # type: ignore[attr-defined]
            assert text[s:e].strip() == text[s:e] and text[s:e][0].isupper()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("St Mary's Hospital — Discharge Summary\n\nDear Dr Okafor,", ["Okafor"]),  # a saint in a place
        ("Is 4556 7375 8689 9855 a real Visa? It has 16 digits.", []),  # a card brand
        ("-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34\n-----END RSA PRIVATE KEY-----", []),
        ("Can you schedule a meeting between Siddharth Rao and Nadia Petrova next Tuesday?",
         ["Siddharth Rao", "Nadia Petrova"]),  # a surname after a strong first name
        ("Luca Hacker posted in #deploys: rotated the token", ["Luca Hacker"]),
    ],
)  # fmt: skip
def test_tagger_span_filters_and_surnames(person: PersonRecognizer, text: str, expected: list[str]) -> None:
    assert found(person, text) == expected


def test_surname_extension_stops_at_titles_dates_and_lower_case(person: PersonRecognizer) -> None:
    toks = [(0, 6, 0.99), (7, 15, 0.9)]
    assert person._surname_after("Madame Martins", 6, toks) == 6  # a title is no first name to complete
    toks = [(0, 5, 0.99), (6, 10, 0.9)]
    assert person._surname_after("Maria März 2024", 5, toks) == 5  # "März 2024": a date
    assert person._surname_after("Maria Lopez", 5, [(0, 5, 0.99), (6, 11, 0.05)]) == 11  # census surname
    assert person._surname_after("Maria Zqxv", 5, [(0, 5, 0.99), (6, 10, 0.05)]) == 5  # unknown, improbable


def test_lone_non_name(person: PersonRecognizer) -> None:
    assert person._lone_non_name("St Mary's Hospital", 3, "Mary")
    assert person._lone_non_name("a real Visa?", 7, "Visa")
    assert person._lone_non_name("-----BEGIN RSA", 5, "BEGIN")
    assert not person._lone_non_name("Dear MARIA,", 5, "MARIA")  # an upper-case census first name
    assert not person._lone_non_name("Ask Mary about it", 4, "Mary")
