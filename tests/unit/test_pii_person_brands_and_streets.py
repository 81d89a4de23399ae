"""PERSON false positives on places, products and companies named after people (PII issue 3, round 2), with
strings written for these tests (none of a dev set's strings): lower-case Romance street and school words
before the name ("allée Jean Moulin", "paseo de Pedro Infante", "lycée Victor Duruy"), airport heads
("... International"), a maker before a product name ("Toyota Corolla", "Nike" + "Michael Jordan edition")
and companies named after people ("Merrill Lynch", "Arthur Andersen"). Guards: the same names as people.

Every positive case fails on the code before the change (HEAD 6b9cdaa); every guard passes on both.
"""

from __future__ import annotations

import pytest

from detectors.pii.person import PersonRecognizer


@pytest.fixture(scope="module")
def person() -> PersonRecognizer:
    return PersonRecognizer(model="tagger")


def found(rec: PersonRecognizer, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text), key=lambda d: d.span.start)]


@pytest.mark.parametrize(
    "text",
    [
        "Adresse : allée Jean Moulin, Nantes",
        "Indirizzo: piazza Giuseppe Garibaldi 3, Torino",
        "Dirección: paseo de Pedro Infante 12",
        "Envoyez-le au lycée Victor Duruy, Paris",
        "We land at Ninoy Aquino International at 09:10.",
        "Flight into Benito Juárez International tonight",
        "agent=Toyota Corolla heap=1",
        "fleet: Volkswagen Crafter, reg 4411",
        "Shoes: Nike Michael Jordan edition",
        "Senior Analyst | Merrill Lynch\nPhone 1",
        "Consultant, Arthur Andersen",
    ],
)
def test_places_products_companies_are_not_people(person: PersonRecognizer, text: str) -> None:
    assert found(person, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I met Victor Hugo yesterday.", ["Victor Hugo"]),
        ("Ask Stan Smith about it.", ["Stan Smith"]),
        ("Place John Miller on the list.", ["John Miller"]),  # capitalised "Place": an English verb
        ("Welcome, Jean Moulin!", ["Jean Moulin"]),
    ],
)
def test_people_with_the_same_names(person: PersonRecognizer, text: str, expected: list[str]) -> None:
    assert found(person, text) == expected
