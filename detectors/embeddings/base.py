"""The :class:`Embedder` protocol, the shared truncation rule, and compact int8 storage of embeddings.

Truncation (both tiers, so they embed the same span of text):

1. the text is cut to its first :data:`MAX_TEXT_CHARS` characters (a cheap guard against
   megabyte inputs; 254 WordPiece tokens of prose are ~1,200 characters, so this cut only binds
   for text averaging more than 32 characters per token, e.g. long runs of whitespace);
2. then to its first :data:`MAX_CONTENT_TOKENS` (254) WordPiece tokens, which is exactly what
   all-MiniLM-L6-v2 sees with ``max_seq_length`` 256 once ``[CLS]`` and ``[SEP]`` are added.

Zero-token text (empty or whitespace-only; for the fast tier also text made only of characters
outside the vocabulary, which become ``[UNK]`` and are skipped) encodes to the all-zero vector:
the only rows that are not unit-norm. Its cosine with anything is 0; treat it as "no content".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

__all__ = [
    "FAST_MODEL_NAME",
    "MAX_CONTENT_TOKENS",
    "MAX_TEXT_CHARS",
    "MAX_TOKENS",
    "Embedder",
    "check_texts",
    "dequantize_embeddings",
    "l2_normalize",
    "quantize_embeddings",
]

#: Artifact name (under the model dir) and ``Embedder.name`` of the default fast tier.
FAST_MODEL_NAME = "static-minilm-256"
#: Sequence length of the transformer tier, special tokens included (all-MiniLM-L6-v2's ``max_seq_length``).
MAX_TOKENS = 256
#: WordPiece tokens of the text itself that either tier looks at (``MAX_TOKENS`` minus [CLS] and [SEP]).
MAX_CONTENT_TOKENS = MAX_TOKENS - 2
#: Characters kept before tokenising (see the module docstring).
MAX_TEXT_CHARS = 8192


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns a batch of texts into L2-normalised float32 rows.

    Attributes:
        name: Identifies the model, e.g. ``"static-minilm-256"`` or ``"all-MiniLM-L6-v2"``.
        dim: Width of each embedding row.
    """

    name: str
    dim: int

    def encode(self, texts: Sequence[str], batch_size: int = 256) -> np.ndarray:
        """Embed ``texts``: float32 ``(len(texts), dim)``, rows in input order, unit-norm or all-zero."""
        ...


def check_texts(texts: Sequence[str]) -> list[str]:
    """Validate a batch and apply the character cut; raises ``TypeError`` naming the first non-string.

    >>> check_texts(["ok", "x" * 9000])[1].__len__()
    8192
    >>> check_texts(["ok", None])  # type: ignore[list-item]
    Traceback (most recent call last):
    ...
    TypeError: texts[1] is NoneType, expected str
    """
    if isinstance(texts, str):
        raise TypeError("texts must be a sequence of str, not a single str")
    out: list[str] = []
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"texts[{i}] is {type(text).__name__}, expected str")
        out.append(text[:MAX_TEXT_CHARS])
    return out


def l2_normalize(x: np.ndarray) -> np.ndarray:
    """Scale each row of ``x`` to unit L2 norm (all-zero rows stay zero); returns float32.

    >>> l2_normalize(np.array([[3.0, 4.0], [0.0, 0.0]]))
    array([[0.6, 0.8],
           [0. , 0. ]], dtype=float32)
    """
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)


def quantize_embeddings(x: np.ndarray) -> np.ndarray:
    """Compress embedding rows to int8 for storage, keeping their direction (hence cosines).

    Each row is scaled so that its largest absolute component becomes ±127, then rounded. No
    scale is stored: the rows we embed are unit-norm, so :func:`dequantize_embeddings` recovers
    them by L2-normalising. Cosines between dequantised rows differ from the float32 ones by
    about 0.001 (see ``docs/embeddings.md``). All-zero rows stay all-zero.

    >>> quantize_embeddings(np.array([[0.6, -0.8], [0.0, 0.0]], dtype=np.float32))
    array([[  95, -127],
           [   0,    0]], dtype=int8)
    """
    x = np.asarray(x, dtype=np.float32)
    if x.ndim != 2:
        raise ValueError(f"expected a 2-D array of rows, got shape {x.shape}")
    peak = np.abs(x).max(axis=1, keepdims=True) if x.shape[1] else np.zeros((x.shape[0], 1), np.float32)
    scaled = np.divide(x * 127.0, peak, out=np.zeros_like(x), where=peak > 0)
    return np.clip(np.rint(scaled), -127, 127).astype(np.int8)


def dequantize_embeddings(q: np.ndarray) -> np.ndarray:
    """Unit-norm float32 rows from :func:`quantize_embeddings` output.

    >>> dequantize_embeddings(np.array([[95, -127]], dtype=np.int8)).round(3)
    array([[ 0.599, -0.801]], dtype=float32)
    """
    return l2_normalize(np.asarray(q, dtype=np.float32))
