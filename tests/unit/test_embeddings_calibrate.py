"""Tests of the fast tier's calibration step (detectors.embeddings.calibrate) and mean pooling."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from tokenizers import Tokenizer

from detectors.embeddings.calibrate import calibrate_table, default_corpus_path, fit_affine_map, read_corpus
from detectors.embeddings.distill import RECIPE_VERSION, default_source_model_path, is_current
from detectors.embeddings.static import StaticEmbedder, mean_pool_matrix
from detectors.model_store import BuildInfo, build_atomically


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    tok = Tokenizer.from_file(str(default_source_model_path() / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    return tok


def test_mean_pool_rows_average_known_tokens(tokenizer: Tokenizer) -> None:
    unk = int(tokenizer.token_to_id("[UNK]"))
    texts = ["good morning", "", "\U0001f642", "good \U0001f642 good"]
    pool = mean_pool_matrix(tokenizer, texts, tokenizer.get_vocab_size(), unk).toarray()
    np.testing.assert_allclose(pool.sum(axis=1), [1.0, 0.0, 0.0, 1.0], atol=1e-6)
    good = tokenizer.token_to_id("good")
    assert pool[3, good] == pytest.approx(1.0) and pool[3, unk] == 0.0
    assert pool[0, good] == pytest.approx(0.5)


def test_fit_affine_map_recovers_a_planted_map() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2000, 12))
    a = rng.normal(size=(12, 12))
    c = rng.normal(size=12)
    y = x @ a + c
    w, b, figures = fit_affine_map(x, y, out_dims=12, alpha=1e-8)
    assert figures["train_r2"] > 0.999999
    # With out_dims = full width the projection is a rotation: dot products are preserved.
    np.testing.assert_allclose((x @ w + b) @ (x @ w + b).T, y @ y.T, rtol=1e-6, atol=1e-6)
    w6, b6, figures6 = fit_affine_map(x, y, out_dims=6, alpha=1e-8)
    assert w6.shape == (12, 6) and b6.shape == (6,)
    assert 0.0 < figures6["projection_energy_kept"] < 1.0


def test_fit_affine_map_validates_shapes() -> None:
    with pytest.raises(ValueError, match="same rows"):
        fit_affine_map(np.zeros((3, 2)), np.zeros((4, 2)), out_dims=2)
    with pytest.raises(ValueError, match="out_dims"):
        fit_affine_map(np.zeros((3, 2)), np.zeros((3, 2)), out_dims=3)


def test_folded_table_equals_map_of_mean(tokenizer: Tokenizer) -> None:
    # Folding the affine map into the rows is exact because the encoder takes a true mean.
    rng = np.random.default_rng(1)
    vocab = tokenizer.get_vocab_size()
    table = rng.normal(size=(vocab, 8)).astype(np.float32)
    texts = ["How do I reset my password?", "refund please", "a much longer text with many tokens in it"]
    unk = int(tokenizer.token_to_id("[UNK]"))
    pooled = mean_pool_matrix(tokenizer, texts, vocab, unk) @ table.astype(np.float64)
    # Target = a known affine function of the static mean: calibration must find it.
    a, c = rng.normal(size=(8, 8)), rng.normal(size=8)
    words = ["alpha", "beta", "gamma", "delta", "tree", "house", "river", "blue", "green"]
    words += ["road", "cat", "dog", "sun", "moon", "rain", "snow", "car", "bus"]
    corpus = [" ".join(rng.choice(words, 5)) for _ in range(400)]
    corpus_means = mean_pool_matrix(tokenizer, corpus, vocab, unk) @ table.astype(np.float64)
    lookup = dict(zip(corpus, corpus_means @ a + c, strict=False))
    mapped, details = calibrate_table(
        table,
        tokenizer,
        corpus,
        lambda batch: np.stack([lookup[t] for t in batch]),
        out_dims=8,
        skip_id=unk,
        alpha=1e-9,
    )
    assert details["corpus_texts"] == 400 and details["train_r2"] > 0.9999
    embedder = StaticEmbedder(mapped, tokenizer, name="t")
    want = pooled @ a + c
    want /= np.linalg.norm(want, axis=1, keepdims=True)
    got = embedder.encode(texts)
    # Same cosines (the output basis is a rotation of the target space).
    np.testing.assert_allclose(got @ got.T, want @ want.T, atol=2e-3)


def test_shipped_corpus_is_readable() -> None:
    texts = read_corpus(default_corpus_path())
    assert len(texts) > 2000
    assert not any(t.startswith("#") or not t.strip() for t in texts)


def test_is_current_requires_this_recipe(tmp_path: Path, tokenizer: Tokenizer) -> None:
    from detectors.embeddings.static import save_static_model

    table = np.zeros((tokenizer.get_vocab_size(), 4), dtype=np.float32)

    def build(recipe: int) -> Path:
        def write(out: Path) -> BuildInfo:
            save_static_model(out, table, tokenizer, name="t")
            return BuildInfo(source="test", details={"recipe_version": recipe})

        return build_atomically(tmp_path / f"r{recipe}", write)

    assert is_current(build(RECIPE_VERSION))
    old = build(RECIPE_VERSION - 1)
    assert not is_current(old)
    assert json.loads((old / "manifest.json").read_text())["details"]["recipe_version"] == RECIPE_VERSION - 1
    assert not is_current(tmp_path / "absent")
