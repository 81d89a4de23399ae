"""Toxicity lexicon: the other European languages' entries (feature version 8) fire as the extractor tokenises."""

from __future__ import annotations

import numpy as np
import pytest

from detectors.toxicity import lexicon
from detectors.toxicity.features import FeatureConfig, FeatureExtractor, TokenCache, clip_text
from detectors.toxicity.lexicon import CLASS_ORDER, LEXICON


def classes(text: str) -> list[str]:
    """Lexicon classes of a text's tokens, exactly as the feature extractor assigns them."""
    cache = TokenCache(None)
    ids, _ = cache.ids(clip_text(text).split())
    return [CLASS_ORDER[c - 1] for c in cache.word_class[ids] if c > 0]


# Written for this test from general knowledge (in no data file).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eres un idiota inútil.", ["@you", "@det", "@insult", "@insult"]),
        ("ERES UN IMBÉCIL", ["@you", "@det", "@insult"]),
        ("Te voy a matar.", ["@you", "@will", "@det", "@violence"]),
        ("Je vais te tuer, t’es qu'un connard.", ["@will", "@you", "@violence", "@you", "@insult"]),
        ("Du bist ein Versager.", ["@you", "@det", "@insult"]),
        ("Ich will mich umbringen.", ["@will", "@self", "@violence"]),
        ("Você é um babaca, vou te matar.", ["@you", "@be", "@insult", "@will", "@you", "@violence"]),
        ("Sei un coglione, ti ammazzo.", ["@you", "@det", "@insult", "@you", "@violence"]),
        ("Jij bent een klootzak.", ["@you", "@det", "@insult"]),
        ("Jesteś głupi, zabiję cię.", ["@you", "@insult", "@violence", "@you"]),
        ("Quiero suicidarme esta noche.", ["@selfharm", "@det"]),
        ("Die Ausländer sind Ungeziefer.", ["@violence", "@group", "@be", "@dehuman"]),
    ],
)
def test_non_english_insults_and_threats_get_their_classes(text: str, expected: list[str]) -> None:
    assert classes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Te envío el documento mañana, gracias por tu ayuda.",
        "Je te remercie pour ton message.",
        "Kannst du mir bitte dein Rezept schicken?",
        "Obrigado, vou te mandar o arquivo amanhã.",
        "Ti ringrazio per il tuo aiuto.",
    ],
)
def test_benign_sentences_with_the_same_pronouns_get_no_insult_or_threat_class(text: str) -> None:
    found = classes(text)
    assert "@you" in found
    assert not {"@insult", "@violence", "@dehuman", "@selfharm"} & set(found)


def test_accented_and_plain_spellings_share_a_class() -> None:
    for accented, plain in [("estúpido", "estupido"), ("débile", "debile"), ("erbärmlich", "erbaermlich")]:
        assert LEXICON[accented] == LEXICON[plain] == "@insult"


def test_english_entries_keep_their_classes() -> None:
    english = lexicon._build()
    assert {w: LEXICON[w] for w in english} == english
    assert len(LEXICON) > len(english) + 1000


def test_a_non_english_insult_shares_class_features_with_its_english_form() -> None:
    """ "eres un idiota" and "you are a moron" share no word, only the class n-grams (and the length flag)."""
    fx = FeatureExtractor(FeatureConfig(), None)
    words, _, _ = fx.blocks(["eres un idiota", "you are a moron", "vamos al parque mañana"])
    cols = [set(np.flatnonzero(words[i].toarray()[0])) for i in range(3)]
    assert len(cols[0] & cols[1]) >= 4
    assert len(cols[2] & cols[1]) <= 2
