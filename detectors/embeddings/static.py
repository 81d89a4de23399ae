"""The fast tier: a static (per-token) embedding table, averaged over a text's WordPiece tokens.

Files of a static model directory (the layout of model2vec's ``StaticModel``, so
``model2vec.StaticModel.from_pretrained(dir)`` loads it too):

* ``model.safetensors`` — one float16 tensor ``embeddings`` of shape ``(vocab_size, dim)``;
* ``tokenizer.json`` — the source model's tokenizer (Hugging Face ``tokenizers`` format);
* ``config.json`` — ``hidden_dim``, ``normalize``, ``max_length`` and a ``driftline`` section
  (name, source model, recipe);
* ``manifest.json`` — written by :mod:`detectors.model_store` (hashes, versions).

Encoding a text: cut as :mod:`detectors.embeddings.base` says, tokenise without special tokens,
drop ``[UNK]``, average the rows of the remaining tokens, L2-normalise. A batch is tokenised in one
``encode_batch_fast`` call and pooled with one sparse (texts x vocab) by dense (vocab x dim) product:
no Python loop over tokens, no padding, so no need to sort by length (rows keep input order).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from detectors.embeddings.base import MAX_CONTENT_TOKENS, check_texts, l2_normalize
from schemas.errors import ConfigError

__all__ = ["EMBEDDINGS_FILE", "StaticEmbedder", "mean_pool_matrix", "save_static_model"]

#: File and tensor name of the embedding table.
EMBEDDINGS_FILE = "model.safetensors"
_TENSOR = "embeddings"


def _prepare_tokenizer(tokenizer: Any, max_tokens: int) -> Any:
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_tokens)
    return tokenizer


def mean_pool_matrix(tokenizer: Any, texts: Sequence[str], vocab_size: int, skip_id: int = -1) -> Any:
    """Sparse ``(len(texts), vocab_size)`` matrix whose row ``i`` averages text ``i``'s token ids.

    ``tokenizer`` is a prepared ``tokenizers.Tokenizer`` (no special tokens are added); ``skip_id``
    (``[UNK]``) gets weight 0. Zero-token texts give all-zero rows.
    """
    from scipy.sparse import csr_matrix

    encodings = tokenizer.encode_batch_fast(list(texts), add_special_tokens=False)
    id_lists = [enc.ids for enc in encodings]
    indptr = np.zeros(len(id_lists) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, id_lists), dtype=np.int64, count=len(id_lists)), out=indptr[1:])
    ids = np.fromiter(itertools.chain.from_iterable(id_lists), dtype=np.int64, count=int(indptr[-1]))
    lengths = np.diff(indptr)
    weights = (ids != skip_id).astype(np.float32)
    kept = np.bincount(np.repeat(np.arange(len(id_lists)), lengths), weights, minlength=len(id_lists))
    weights *= np.repeat((1.0 / np.maximum(kept, 1.0)).astype(np.float32), lengths)
    return csr_matrix((weights, ids, indptr), shape=(len(id_lists), vocab_size))


def save_static_model(
    directory: Path, embeddings: np.ndarray, tokenizer: Any, name: str, extra: dict[str, Any] | None = None
) -> None:
    """Write ``model.safetensors`` (float16), ``tokenizer.json`` and ``config.json`` into ``directory``."""
    from safetensors.numpy import save_file

    if embeddings.ndim != 2 or embeddings.shape[0] != tokenizer.get_vocab_size(with_added_tokens=True):
        raise ValueError(
            f"embedding table {embeddings.shape} does not match the tokenizer's "
            f"{tokenizer.get_vocab_size(with_added_tokens=True)} tokens"
        )
    directory.mkdir(parents=True, exist_ok=True)
    save_file({_TENSOR: np.ascontiguousarray(embeddings, dtype=np.float16)}, str(directory / EMBEDDINGS_FILE))
    _prepare_tokenizer(tokenizer, MAX_CONTENT_TOKENS).save(str(directory / "tokenizer.json"), pretty=False)
    config = {
        "model_type": "model2vec",
        "architectures": ["StaticModel"],
        "hidden_dim": int(embeddings.shape[1]),
        "normalize": True,
        "max_length": MAX_CONTENT_TOKENS,
        "driftline": {"name": name, **(extra or {})},
    }
    (directory / "config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n", encoding="utf-8")


class StaticEmbedder:
    """Mean of static token vectors, L2-normalised (see the module docstring).

    Args:
        embeddings: ``(vocab_size, dim)`` table, row ``i`` for token id ``i``.
        tokenizer: A ``tokenizers.Tokenizer``; its padding is disabled and truncation set here.
        name: Reported as :attr:`name`.
        max_tokens: Content tokens kept per text (default 254, as the transformer tier).
    """

    def __init__(self, embeddings: np.ndarray, tokenizer: Any, name: str, max_tokens: int = MAX_CONTENT_TOKENS) -> None:
        self.name = name
        self.dim = int(embeddings.shape[1])
        self.max_tokens = max_tokens
        self._table = np.ascontiguousarray(embeddings, dtype=np.float32)
        self._tokenizer = _prepare_tokenizer(tokenizer, max_tokens)
        unk = getattr(tokenizer.model, "unk_token", None)
        unk_id = tokenizer.token_to_id(unk) if unk else None
        self._unk_id = -1 if unk_id is None else int(unk_id)

    @classmethod
    def load(cls, path: str | Path) -> StaticEmbedder:
        """Load a static model directory (ours, or a plain model2vec one without weights or mapping)."""
        from safetensors import safe_open
        from tokenizers import Tokenizer

        path = Path(path)
        missing = [f for f in (EMBEDDINGS_FILE, "tokenizer.json") if not (path / f).is_file()]
        if missing:
            raise ConfigError(f"{path} is not a static embedding model: missing {', '.join(missing)}")
        config: dict[str, Any] = {}
        if (path / "config.json").is_file():
            config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        with safe_open(str(path / EMBEDDINGS_FILE), framework="numpy") as fh:
            keys = set(fh.keys())
            if keys != {_TENSOR}:
                raise ConfigError(
                    f"{path / EMBEDDINGS_FILE}: expected exactly one tensor {_TENSOR!r}, found {sorted(keys)} "
                    "(vocabulary-quantised or weighted model2vec models are not supported)"
                )
            table = fh.get_tensor(_TENSOR)
        name = config.get("driftline", {}).get("name") or path.name
        max_tokens = int(config.get("max_length") or MAX_CONTENT_TOKENS)
        return cls(table, Tokenizer.from_file(str(path / "tokenizer.json")), name=name, max_tokens=max_tokens)

    def encode(self, texts: Sequence[str], batch_size: int = 256) -> np.ndarray:
        """Embed ``texts`` into float32 ``(n, dim)`` unit rows (all-zero for zero-token text).

        ``batch_size`` only bounds peak memory (texts tokenised and pooled per chunk).
        """
        cleaned = check_texts(texts)
        out = np.zeros((len(cleaned), self.dim), dtype=np.float32)
        step = max(1, int(batch_size))
        for start in range(0, len(cleaned), step):
            out[start : start + step] = self._encode_chunk(cleaned[start : start + step])
        return out

    def _encode_chunk(self, texts: list[str]) -> np.ndarray:
        # One sparse (texts x vocab) averaging matrix times the table averages each text's rows
        # without materialising the gathered (tokens x dim) block; [UNK] gets weight 0. A true mean
        # (not a sum): a calibrated table's rows carry an offset that only a mean preserves.
        pool = mean_pool_matrix(self._tokenizer, texts, self._table.shape[0], self._unk_id)
        return l2_normalize(np.asarray(pool @ self._table, dtype=np.float32))

    def __repr__(self) -> str:
        return f"StaticEmbedder(name={self.name!r}, dim={self.dim}, max_tokens={self.max_tokens})"
