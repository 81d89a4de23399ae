"""Fit the static table to the transformer's sentence space with one linear map, folded into the table.

A distilled table (:mod:`detectors.embeddings.distill`) knows each token only in isolation, so its
mean-pooled sentence vectors agree with all-MiniLM-L6-v2's poorly on varied text (pairwise-cosine
r ≈ 0.44). This step fits, on a corpus of real sentences, an affine map ``x -> x W + b`` from the
static mean-pooled vector ``x`` to the transformer's (unit) sentence embedding, by ridge regression,
then keeps the ``out_dims`` leading (uncentred) principal directions of the mapped corpus vectors.

Because a text's static vector is the *mean* of its token rows and the map is affine, the map can be
folded into the table exactly: ``mean(rows) W + b = mean(rows W + b)``. The encoder is unchanged
(mean of rows, then L2-normalise), the table keeps its shape, and inference costs nothing extra.

Pure computation: the caller supplies the corpus texts and a function computing the target
embeddings (the transformer), see :func:`calibrate_table`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from detectors.embeddings.static import mean_pool_matrix

__all__ = [
    "RIDGE_ALPHA",
    "default_corpus_path",
    "fit_affine_map",
    "read_corpus",
]

#: Ridge penalty, relative to the mean per-dimension energy of the centred features times n.
RIDGE_ALPHA = 0.01


def default_corpus_path() -> Path:
    """``<repo>/data/embeddings/calibration.txt`` (written by ``scripts/build_embedding_corpus.py``)."""
    return Path(__file__).resolve().parents[2] / "data" / "embeddings" / "calibration.txt"


def read_corpus(path: Path) -> list[str]:
    """One text per line; blank lines and lines starting with ``#`` are skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def fit_affine_map(
    features: np.ndarray, targets: np.ndarray, out_dims: int, alpha: float = RIDGE_ALPHA
) -> tuple[np.ndarray, np.ndarray, dict[str, float]]:
    """Ridge-fit ``features W + b ≈ targets``, then project onto ``out_dims`` output directions.

    Args:
        features: ``(n, d)`` static mean-pooled vectors of the corpus.
        targets: ``(n, k)`` transformer embeddings of the same texts.
        out_dims: Output width (``<= k``): the top right singular vectors of the *uncentred* mapped
            corpus vectors, which preserve their dot products best; signs are fixed deterministically.
        alpha: Penalty relative to ``n`` times the mean per-dimension variance of the features.

    Returns:
        ``(W', b')`` of shapes ``(d, out_dims)`` and ``(out_dims,)`` — the map followed by the
        projection — and figures worth recording (training R², energy kept by the projection).
    """
    x = np.asarray(features, dtype=np.float64)
    y = np.asarray(targets, dtype=np.float64)
    if x.ndim != 2 or y.ndim != 2 or len(x) != len(y):
        raise ValueError(f"features {x.shape} and targets {y.shape} must be 2-d with the same rows")
    if not 0 < out_dims <= y.shape[1]:
        raise ValueError(f"out_dims must be in 1..{y.shape[1]}, got {out_dims}")
    mx, my = x.mean(axis=0), y.mean(axis=0)
    xc, yc = x - mx, y - my
    penalty = alpha * len(x) * float(np.mean(xc.var(axis=0)))
    w = np.linalg.solve(xc.T @ xc + penalty * np.eye(x.shape[1]), xc.T @ yc)
    b = my - mx @ w
    mapped = x @ w + b
    r2 = 1.0 - float(np.sum((mapped - y) ** 2) / max(np.sum(yc**2), 1e-30))
    _, s, vt = np.linalg.svd(mapped, full_matrices=False)
    v = vt[:out_dims].T
    peak = np.argmax(np.abs(v), axis=0)
    v = v * np.sign(v[peak, np.arange(out_dims)])
    kept = float(np.sum(s[:out_dims] ** 2) / max(np.sum(s**2), 1e-30))
    return w @ v, b @ v, {"train_r2": round(r2, 6), "projection_energy_kept": round(kept, 6)}


def calibrate_table(
    table: np.ndarray,
    tokenizer: Any,
    texts: Sequence[str],
    embed: Callable[[list[str]], np.ndarray],
    out_dims: int,
    skip_id: int = -1,
    alpha: float = RIDGE_ALPHA,
) -> tuple[np.ndarray, dict[str, Any]]:
    """Return ``table W' + b'`` (float32, ``(vocab, out_dims)``) fitted on ``texts`` and its details.

    ``embed`` maps the corpus to the transformer's embeddings (e.g. ``TransformerEmbedder.encode``).
    Texts without a single known token are dropped from the fit.
    """
    pool = mean_pool_matrix(tokenizer, texts, table.shape[0], skip_id)
    has_tokens = np.asarray(pool.sum(axis=1)).ravel() > 0
    kept_texts = [t for t, keep in zip(texts, has_tokens, strict=True) if keep]
    features = np.asarray(pool[has_tokens] @ table.astype(np.float64))
    targets = np.asarray(embed(kept_texts), dtype=np.float64)
    w, b, figures = fit_affine_map(features, targets, out_dims, alpha)
    mapped = (table.astype(np.float64) @ w + b).astype(np.float32)
    details = {"corpus_texts": len(kept_texts), "ridge_alpha": alpha, "out_dims": out_dims, **figures}
    return mapped, details
