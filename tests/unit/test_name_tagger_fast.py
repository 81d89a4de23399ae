"""The name tagger's fast path (session 11) gives exactly what the plain path gives.

:meth:`NameTagger.tag_tokens_batch` tokenizes with ``re.split`` (:func:`_split_tokens`), finds the
candidates from the capitalised tokens only (:func:`_split_candidates`), takes feature ids from
per-context caches (:meth:`FeatureIds.rows`) and decodes on those tokens (``_decode_split``). The
reference here is the plain path, computed text by text from the feature *strings*:
:func:`tokenize` (match objects), :func:`candidates` (a loop over every token),
:func:`token_features` and ``_decode``; and, for the "seen in lower case" test, the set of all
``_LOWER_WORD`` matches. Inputs: scripts other than Latin, empty and blank texts, texts without
candidates, apostrophes and hyphens, digits glued to words, long blobs, particles, odd blanks,
and random strings over an alphabet of such characters.
"""

from __future__ import annotations

import random

import pytest

from detectors.pii import name_tagger as nt
from detectors.pii.name_tagger import NameTagger, candidates, tokenize
from tests.unit.name_tagger_reference import tag_by_strings

TRICKY = [
    "",
    " ",
    "\n\n\t ",
    "no capitals at all here, just words and 42 numbers",
    "Ana",
    "goes to I/O. Hope, A/B tests, N/A. Grace, R/W, x/Y Ana, LIMA/ANA, Ana/B. Lima",
    "  Ana Lima",
    "Ana Lima  ",
    "O'Brien met D’Angelo and Jean-Luc Picard; Ana's dog and JOSÉ'S cat. l'Oréal, -Lima-, 'Ana'",
    "Mary-Jane O'Neil-Smith's car, rock-n-roll, x-Ana, 1-Ana, Ana-1, ana-Lima",
    "SKU-88231-BLK 25-32332-XWE INV_2024 ms0CYuit NATCFRW4 Ana#12 12#Ana 7-Ana Lima-9",
    "token: dGhpcyBpcyBBbmEgTGltYSBpbiBiYXNlNjQ9PQ== from Ana Lima; QWxhZGRpbjpvcGVuIHNlc2FtZQ Ana",
    "met Joris van der Heuvel, Ana de la Cruz, Rui van der de la Lima, Eva van, and the van driver",
    "Ludwig van Beethoven y Ana da Silva e Souza, Ó Súilleabháin, Ní Bhriain, bint Ahmed",
    "Иван Петров и Мария Сидорова пришли. ΓΙΑΝΝΗΣ Παπαδόπουλος. 王小明 и 李四",
    "محمد أحمد وفاطمة علي. राहुल शर्मा. Ayşe Yılmaz İSTANBUL ışık. Straße ß ẞ Größe",
    "ŞEHİR MERKEZİ ŞUBESİ\nMüdür: Ayşe Yılmaz\n\tİSTANBUL",
    "ǅemal ǈubica Ⓐna Ⅷ Ⅸ ab² Ana² x²Lima ½Ana",
    "Ana\u00a0Lima\u2028Rui\u3000Sousa\x1cEva\x1dLima\x1eBo\x1fYu\u200bZed",
    "Lima, Ana; Sousa, Rui, Costa, Eva\nMerci, Ana Lima\nAna Lima, Rui Sousa",
    "PAX 1.OKAFOR/CHIDI MR  2.Lima, Ana\r\n3.SMITH/JOHN J MR\r\n",
    "0 @I1@ INDI\n1 NAME Thandeka /Mthembu/\n2 GIVN Thandeka\n",
    'id;holder\n7;Siobhán Ní Bhriain\n{"assignee": "Keoni Kahananui", "name": "Rose"}',
    "Rose said rose. Rose@x rose@x Rose rose_1 Rose -rose Rose rose- Rose .rose Rose /rose Rose roses",
    "Dear Ms. Haverford, Dr. Who and Mr Smith: DR SMITH, Prof. A. B. Lima, J.R.R. Tolkien",
    "| name | owner |\n|---|---|\n| Ana Lima | Rui Sousa |\n| EVA COSTA | bo yu |",
    "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
    '^Ana^Lima^ /Ana/ <Ana> (Ana) [Lima] {Rui} "Eva" `Bo`',
    "ana ANA Ana aNA AnA. ANA LIMA. ana lima ana-lima Ana-Lima",
    "see https://cdn.example.com/v1/Ana/Lima/assets.js and k8s.io/Rui.Sousa/x1234567890abcdefghij, Eva Costa",
    "2024_INV 2024-Ana 2024#Ana 2024 Ana, INV-2024_Ana, Ana_2024",
    "NAKAMURA, Haruto, OKONKWO, Chidinma\nNAKAMURA, Haruto, OKONKWO Chidinma\nLima, Ana, Rui Sousa",
    "PID|1||MRN^^^H^MR||MTHEMBU^THANDEKA^Q||19800101|F\nNK1|1|LIMA^ANA|SPO",
    "Thanks, Ana Lima. Merci, Rui Sousa, Eva Costa, Bo Yu and Lima, Ana, Sousa, Rui. Hi, Ana",
]


_PIECES = [
    "Ana", "Lima", "ANA", "LIMA", "ana", "lima", "van", "der", "de", "la", "da", "y", "e", "Mr", "Dr.", "O'Brien",
    "D’Angelo", "Jean-Luc", "'s", "’s", "-", "_", "#", "/", "^", ",", ".", ";", ":", "|", "(", ")", "\"", "'",
    "42", "7", "x9", "9x", "SKU", "Иван", "ΠΑΠΑ", "Ayşe", "İ", "ß", "²", "Ⓐ", "ǅ", "王", "محمد", "Rose", "rose",
    "rose@x", "dGhpcyBpcyBBbmEgTGltYSBpbiBiYXNl64", "name:", '"name": "', "\t", "\n", "\r\n", "  ", "\u00a0",
]  # fmt: skip


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 14)):
            parts.append(rng.choice(_PIECES))
            parts.append(rng.choice(["", " ", " ", " ", "\n", ", "]))
        out.append("".join(parts))
    return out


@pytest.fixture(scope="module")
def tagger() -> NameTagger:
    return NameTagger.load()


def _check_tokens_and_candidates(text: str) -> None:
    tokens = tokenize(text)
    parts, words, offs = nt._split_tokens(text)
    assert len(parts) == 2 * len(words) + 1 and "".join(parts) == text
    assert [(offs[2 * i + 1], offs[2 * i + 2], w) for i, w in enumerate(words)] == tokens, text
    fast = nt._split_candidates(text, parts, words, offs) if words else []
    assert fast == candidates(tokens, text), text


@pytest.mark.parametrize("text", TRICKY)
def test_split_tokens_and_candidates_match_the_reference(text: str) -> None:
    _check_tokens_and_candidates(text)


def test_split_tokens_and_candidates_match_on_random_texts() -> None:
    for text in _random_texts(11, 1500):
        _check_tokens_and_candidates(text)


def test_written_lower_matches_the_set_of_lower_case_words(tagger: NameTagger) -> None:
    ids = nt.FeatureIds(tagger.vocab, tagger.lexicon)
    words = ["rose", "ana", "lima", "van", "straße", "ayşe", "i̇stanbul", "x²", "ana-lima", "ros", "oses", "e"]
    checked = hits = 0
    for text in TRICKY + _random_texts(12, 800):
        lower = set(nt._LOWER_WORD.findall(text))
        for wl in words + [t[2].lower() for t in tokenize(text) if t[2][:1].isupper()]:
            if wl in text:
                shaped = nt._LOWER_SHAPE.fullmatch(wl) is not None  # what the caller checks first
                assert (shaped and ids._written_lower(text, wl)) == (wl in lower), (text, wl)
                checked += 1
                hits += wl in lower
    assert checked > 1000 and 0 < hits < checked  # both answers are exercised


@pytest.mark.parametrize("max_entries", [nt.FeatureIds.max_entries, 2])
def test_fast_batch_equals_the_plain_path(tagger: NameTagger, max_entries: int) -> None:
    texts = TRICKY + _random_texts(13, 600)
    fresh = NameTagger(tagger.vocab, tagger.weights, tagger.bias, tagger.threshold, tagger.lexicon)
    fresh.feature_ids.max_entries = max_entries  # 2: the caches are emptied again and again
    want = [tag_by_strings(tagger, t) for t in texts]
    assert fresh.tag_tokens_batch(texts) == want
    assert [fresh.tag_tokens_batch([t])[0] for t in TRICKY] == want[: len(TRICKY)]  # batches of one
    assert sum(bool(spans) for spans, _ in want) > 50  # names are found, so the decoder is exercised


def test_batches_without_any_candidate(tagger: NameTagger) -> None:
    assert tagger.tag_tokens_batch([]) == []
    assert tagger.tag_tokens_batch(["", "  ", "only lower case 42"]) == [([], [])] * 3
