"""The learned PERSON name tagger (detectors/pii/name_tagger.py) and its use by PersonRecognizer.

Behaviour tests on shapes written here (not taken from any evaluation set): names in structured
and unusual shapes are found, capitalised non-names are not, results are deterministic and the
shipped weights load without spaCy.
"""

from __future__ import annotations

import numpy as np
import pytest

from detectors.pii.name_tagger import DEFAULT_WEIGHTS, LABELS, NameTagger, candidates, tokenize
from detectors.pii.person import PersonRecognizer


@pytest.fixture(scope="module")
def tagger() -> NameTagger:
    return NameTagger.load(threshold=0.5)


@pytest.fixture(scope="module")
def rec() -> PersonRecognizer:
    return PersonRecognizer(model="tagger")


def found(tagger: NameTagger, text: str) -> list[str]:
    return [text[s:e] for s, e, _ in tagger.tag(text)]


def test_weights_load_and_are_small() -> None:
    assert DEFAULT_WEIGHTS.is_file() and DEFAULT_WEIGHTS.stat().st_size < 5_000_000
    t = NameTagger.load()
    assert t.weights.shape == (len(t.vocab), len(LABELS)) and t.bias.shape == (len(LABELS),)
    assert len(t.lexicon) > 1000 and np.isfinite(t.weights).all()


def test_candidates_are_capitalised_words_and_inner_particles() -> None:
    toks = tokenize("met Joris van der Heuvel and the van driver")
    assert [toks[i][2] for i in candidates(toks)] == ["Joris", "van", "der", "Heuvel"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "id;holder;balance\n7;Siobhán Ní Bhriain;120.50\n8;Tadeusz Wróbel;99.10\n",
            ["Siobhán Ní Bhriain", "Tadeusz Wróbel"],
        ),
        ('{"assignee": "Keoni Kahananui", "state": "open"}', ["Keoni Kahananui"]),
        ("  2.MBEKI/THANDIWE MRS\n  3.HALVORSEN/ESPEN MR\n", ["MBEKI/THANDIWE", "HALVORSEN/ESPEN"]),
        ("emp_no\tname\n1044\tKowalczyk, Bartosz\n", ["Kowalczyk, Bartosz"]),
        ("[09:14] Oluwaseun Adeyemi: the export finished", ["Oluwaseun Adeyemi"]),
        ("owner = Marit Haugland\nregion = eu-north-1\n", ["Marit Haugland"]),
        # session 7 (after v11): surname-first rosters, GEDCOM names with their slashes, caption voices
        (
            "#\tName\tPos\n1\tNAKAMURA, Haruto\tGK\n2\tOkonkwo, Chidinma\tDF\n",
            ["NAKAMURA, Haruto", "Okonkwo, Chidinma"],
        ),
        (
            "0 @I1@ INDI\n1 NAME Thandeka /Mthembu/\n2 GIVN Thandeka\n2 SURN Mthembu\n1 SEX F\n",
            ["Thandeka /Mthembu/", "Thandeka", "Mthembu"],
        ),
        ("WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Ngozi Eze>Can everyone hear me?\n", ["Ngozi Eze"]),
    ],
)
def test_names_in_structured_shapes(tagger: NameTagger, text: str, expected: list[str]) -> None:
    assert found(tagger, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Started Apixaban 5 mg BD on Cedar Ward; history of Parkinson's disease.",
        "Department,Region,Status\nProcurement,Northern Europe,Active\n",
        '{"service_name": "Payments Gateway", "team": "Platform Engineering"}',
        "Escalated to Customer Success on Tuesday, 14 October.",
        "From: Billing Team <billing@example.org>",
        "BOARDING PASS  FRA-JFK  Flight LH400  Gate B22",
    ],
)
def test_hard_negatives_not_flagged(rec: PersonRecognizer, text: str) -> None:
    assert [text[d.span.start : d.span.end] for d in rec.analyze(text)] == []


def test_deterministic_and_batch_equals_single(rec: PersonRecognizer) -> None:
    texts = ["name,city\nAyasha Whitehorse,Tulsa\n", "", "No names here.", "Hi Lukas, can you ping Marta Kovač?"]
    first = rec.analyze_batch(texts)
    assert first == rec.analyze_batch(texts) == [rec.analyze(t) for t in texts]
    assert NameTagger.load().tag(texts[0]) == NameTagger.load().tag(texts[0])


def test_tagger_mode_does_not_load_spacy() -> None:
    r = PersonRecognizer(model="tagger")
    assert r.nlp is None and r.tagger is not None
    with pytest.raises(ValueError, match="unknown PERSON model"):
        PersonRecognizer(model="crf")  # type: ignore[arg-type]


def test_rules_still_apply_with_tagger(rec: PersonRecognizer) -> None:
    text = "Dear Ms. Haverford, your order shipped."
    assert [text[d.span.start : d.span.end] for d in rec.analyze(text)] == ["Haverford"]


def _decode(text: str, rows: list[list[float]]) -> list[str]:
    """The decoder alone, on given (O, B, I) probabilities of the candidates."""
    t = NameTagger({}, np.zeros((0, 3), dtype=np.float16), np.zeros(3, dtype=np.float32), 0.5, frozenset())
    toks = tokenize(text)
    cands = candidates(toks, text)
    assert len(cands) == len(rows)
    return [text[s:e] for s, e, _ in t._decode(text, toks, cands, np.asarray(rows))]


def test_decoder_keeps_a_gedcom_surname_with_its_slashes() -> None:
    # "NAME" O, "Ana" B, "Lima" I: the name runs across " /" and keeps the closing slash
    assert _decode("1 NAME Ana /Lima/\n", [[0.9, 0.1, 0.0], [0.1, 0.9, 0.0], [0.1, 0.1, 0.8]]) == ["Ana /Lima/"]
    # a plain slash-free name is unchanged
    assert _decode("Ana Lima/x", [[0.1, 0.9, 0.0], [0.1, 0.1, 0.8]]) == ["Ana Lima"]


def test_decoder_drops_a_weak_word_before_one_comma() -> None:
    # "Merci" joined as B only because "Ana" is a likely I: it is no surname, the name is "Ana Lima"
    rows = [[0.55, 0.45, 0.0], [0.05, 0.05, 0.9], [0.05, 0.05, 0.9]]
    assert _decode("Merci, Ana Lima", rows) == ["Ana Lima"]
    # a likely surname before the comma stays: "Lima, Ana Maria"
    rows = [[0.1, 0.9, 0.0], [0.05, 0.05, 0.9], [0.05, 0.05, 0.9]]
    assert _decode("Lima, Ana Maria", rows) == ["Lima, Ana Maria"]


def test_decoder_joins_no_letter_of_a_slash_abbreviation() -> None:
    # "I", "O", "Hope" all likely name words: "I/O" is an abbreviation, its letters join nothing
    rows = [[0.1, 0.9, 0.0], [0.1, 0.1, 0.8], [0.1, 0.1, 0.8]]
    assert _decode("goes to I/O. Hope that helps", rows) == []
    # whole words across a slash still make one name (the SURNAME/GIVEN of a ticket)
    assert _decode("PAX LIMA/ANA MRS", [[0.9, 0.1, 0.0], [0.1, 0.9, 0.0], [0.1, 0.1, 0.8], [0.9, 0.1, 0.0]]) == [
        "LIMA/ANA"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Most of the time goes to I/O. Hope that clears it up.", []),
        ("Mark it N/A. Hope this helps.", []),
        ("The disk is slow on R/W. Grace Hopper would have laughed.", ["Grace Hopper"]),
        ("PAX 1.OKAFOR/CHIDI MR", ["OKAFOR/CHIDI"]),
    ],
)
def test_slash_abbreviations_are_no_initials(rec: PersonRecognizer, text: str, names: list[str]) -> None:
    # session 15's replay false alarm: "I/O. Hope" was one PERSON (initial, slash, initial, dot, name)
    assert [text[d.span.start : d.span.end] for d in rec.analyze(text)] == names
