"""Toxicity features: clipping, sentence windows, quotations, the word cache, and threshold calibration."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.utils import murmurhash3_32

from detectors.toxicity.calibrate import MAX_FPR, MIN_RECALL, choose_threshold
from detectors.toxicity.features import (
    MAX_CHARS,
    FeatureConfig,
    FeatureExtractor,
    clip_text,
    normalize_token,
    quoted_chunks,
    split_windows,
)

SENTENCE = "The quick brown fox jumps over the lazy dog near the river bank today."  # 14 words


def fake_embed(words: list[str]) -> np.ndarray:
    """Deterministic 8-d unit vectors per word (no model needed)."""
    out = np.zeros((len(words), 8), dtype=np.float32)
    for i, w in enumerate(words):
        rng = np.random.default_rng(murmurhash3_32(w, positive=True))
        v = rng.normal(size=8)
        out[i] = v / np.linalg.norm(v)
    return out


# --- clipping and tokens ---------------------------------------------------------------------


def test_clip_keeps_head_and_tail_of_long_texts() -> None:
    text = "HEAD " + "x" * 20_000 + " TAIL"
    clipped = clip_text(text)
    assert clipped.startswith("head ") and clipped.endswith(" tail")
    assert len(clipped) == MAX_CHARS + 1  # head + "\n" + tail
    assert clip_text("Short one") == "short one"


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("id10t", "idiot"),
        ("f*cking", "fcking"),
        ("**bold**", "bold"),
        ("noooooo", "noo"),
        ("123456789", "0000"),
        ("2024", "2024"),
        ("'quoted'", "quoted"),
        ("***", ""),
    ],
)
def test_normalize_token(raw: str, word: str) -> None:
    assert normalize_token(raw) == word


# --- windows -------------------------------------------------------------------------------------


def test_short_text_is_one_window() -> None:
    assert split_windows(SENTENCE.lower(), 32) == [SENTENCE.lower().split()]


def test_long_text_splits_at_sentences_and_keeps_every_word() -> None:
    text = " ".join([SENTENCE] * 10).lower()  # 140 words, 10 sentences of 14
    windows = split_windows(text, 32)
    assert [w for win in windows for w in win] == text.split()
    assert all(win[-1].endswith(".") for win in windows)  # cut only at sentence ends
    assert all(16 <= len(win) <= 48 for win in windows)
    assert len(windows) == 5


def test_line_breaks_end_sentences() -> None:
    text = "\n".join([SENTENCE.rstrip(".")] * 3 + ["ok then"]).lower()  # no full stops
    assert [len(w) for w in split_windows(text, 32)] == [28, 16]


def test_short_fragments_are_merged_into_a_neighbour() -> None:
    long_sentence = " ".join(["word"] * 29) + " end."
    text = f"{long_sentence} {long_sentence} Three things matter."
    assert [len(w) for w in split_windows(text, 32)] == [30, 33]  # not [30, 30, 3]


def test_overlong_sentence_is_cut_into_overlapping_pieces() -> None:
    words = [f"w{i}" for i in range(100)]
    windows = split_windows(" ".join(words), 32)
    assert windows[0] == words[:32] and windows[1][0] == "w24"  # step 24: overlap of a quarter
    assert set(words) == {w for win in windows for w in win}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the word 'idiot' is rude", [False, False, True, False, False]),
        ('he wrote "you are dead" to me', [False, False, True, True, True, False, False]),
        ("don't say that", [False, False, False]),
        ("'unclosed quote here", [False, False, False]),
        ("the parents' car", [False, False, False]),
        ("labels: 'kys', 'moron'.", [False, True, True]),
    ],
)
def test_quoted_chunks(text: str, expected: list[bool]) -> None:
    assert quoted_chunks(text.split()) == expected


def test_quoted_words_are_kept_apart_from_used_words() -> None:
    aware = FeatureExtractor(FeatureConfig(), None)
    plain = FeatureExtractor(FeatureConfig(quote_aware=False), None)
    used, mentioned = "you are an idiot", "you are an 'idiot'"
    a_used, a_mentioned = (aware.matrix([t]) for t in (used, mentioned))
    assert (a_used != a_mentioned).nnz > 0
    assert (plain.matrix([used]) != plain.matrix([mentioned])).nnz == 0


# --- the word cache and batch invariance ------------------------------------------------------


def test_blocks_do_not_depend_on_the_cache_or_the_batch() -> None:
    texts = [SENTENCE, "you are an idiot", "kill -9 the process", " ".join([SENTENCE] * 6), "", "🙂"]
    fx = FeatureExtractor(FeatureConfig(), fake_embed)
    words, emb, counts = fx.blocks(texts)
    assert emb is not None
    assert list(counts) == [1, 1, 1, 6, 1, 1] and words.shape[0] == emb.shape[0] == counts.sum()
    np.testing.assert_allclose(np.linalg.norm(emb[:3], axis=1), FeatureConfig().embedding_weight, rtol=1e-5)
    assert np.all(emb[-2:] == 0)  # no words: zero embedding row
    fresh = FeatureExtractor(FeatureConfig(), fake_embed)
    fresh._cache.capacity = 4  # forces clears between batches
    for i, text in enumerate(texts):
        w, e, _ = fresh.blocks([text])
        assert e is not None
        start = int(counts[:i].sum())
        rows = slice(start, start + int(counts[i]))
        np.testing.assert_allclose(w.toarray(), words[rows].toarray(), rtol=1e-6)
        np.testing.assert_allclose(e, emb[rows], rtol=1e-5, atol=1e-7)


def test_feature_version_is_checked() -> None:
    with pytest.raises(ValueError, match="rebuild the model"):
        FeatureExtractor(FeatureConfig(version=1), None)


# --- calibration rule ------------------------------------------------------------------------


def _calibration_set(toxic_scores: dict[str, list[float]], benign_scores: list[float]) -> tuple:
    scores = [s for v in toxic_scores.values() for s in v] + benign_scores
    labels = [1] * (len(scores) - len(benign_scores)) + [0] * len(benign_scores)
    cats = [c for c, v in toxic_scores.items() for _ in v] + ["benign"] * len(benign_scores)
    return np.array(scores), np.array(labels), cats


def test_feasible_rule_takes_the_logit_midpoint() -> None:
    benign = list(np.linspace(0.01, 0.3, 100))  # all below 0.3
    toxic = {"insult": list(np.linspace(0.7, 0.99, 20)), "threat": list(np.linspace(0.8, 0.99, 20))}
    r = choose_threshold(*_calibration_set(toxic, benign), max_fpr=0.03)
    assert r.feasible and r.fpr == 0.0 and r.recall == {"insult": 1.0, "threat": 1.0}
    # t_fpr just above the 4th highest benign (3 of 100 may be flagged); t_rec = insult's 4th lowest.
    assert r.t_fpr == pytest.approx(benign[-4], abs=1e-4)
    assert r.t_rec == pytest.approx(toxic["insult"][3], abs=1e-6)
    mid = 1 / (1 + np.exp(-(np.log(r.t_fpr / (1 - r.t_fpr)) + np.log(r.t_rec / (1 - r.t_rec))) / 2))
    assert r.threshold == pytest.approx(mid, abs=1e-6)


def test_infeasible_rule_keeps_the_fpr_cap() -> None:
    benign = [*np.linspace(0.01, 0.3, 97), 0.9, 0.91, 0.92]  # three allowed false positives
    toxic = {"insult": [0.95] * 10 + [0.2] * 10, "self_harm": [0.99] * 20}  # half the insults score like benign
    r = choose_threshold(*_calibration_set(toxic, benign), max_fpr=0.03)
    assert not r.feasible and r.t_rec == pytest.approx(0.2)
    assert 0.3 < r.threshold < 0.31  # just above the 4th highest benign score
    assert r.fpr == 0.03 and r.recall == {"insult": 0.5, "self_harm": 1.0}
    assert f"{MIN_RECALL:.2f}" in r.rule and "3%" in r.rule
    default = choose_threshold(*_calibration_set(toxic, benign))  # the default cap, MAX_FPR
    assert default.fpr <= MAX_FPR and f"{MAX_FPR:.0%}" in default.rule


def test_calibration_needs_both_classes() -> None:
    with pytest.raises(ValueError, match="both benign and toxic"):
        choose_threshold(np.array([0.1, 0.2]), np.array([0, 0]), ["benign", "benign"])


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("screenshot", "@expose"),
        ("rumours", "@covert"),
        ("address", "@private"),
        ("doorstep", "@pursue"),
        ("intern", "@target"),
        ("let's", "@request"),
        ("process", "@tech"),
        ("painless", "@lethal"),
        ("smuggle", "@conceal"),
        ("razor", "@selfharm"),
        ("rehab", "@smear"),
        ("brigade", "@pursue"),
    ],
)
def test_harassment_lexicon_classes(word: str, cls: str) -> None:
    """Classes for exposure, private details, pursuit/exclusion, targets and requests (version 4), and
    self-harm means, concealment and rumour content (version 5)."""
    from detectors.toxicity.lexicon import word_class

    assert word_class(word) == cls
