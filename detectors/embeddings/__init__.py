"""Text embeddings in two tiers behind one :class:`Embedder` protocol.

* ``"fast"`` — :class:`~detectors.embeddings.static.StaticEmbedder`, a 256-d static table distilled
  from all-MiniLM-L6-v2 and calibrated to its sentence space (:mod:`detectors.embeddings.distill`,
  :mod:`detectors.embeddings.calibrate`); numpy only, for every event.
  Built on first use into ``<model_dir>/static-minilm-256`` (see :mod:`detectors.model_store`).
* ``"quality"`` — :class:`~detectors.embeddings.transformer.TransformerEmbedder`, all-MiniLM-L6-v2
  itself (384-d) or any local sentence-transformers model; torch on CPU.

Both return float32 L2-normalised rows in input order, truncate the same way and map zero-token
text to the zero vector (see :mod:`detectors.embeddings.base`). Importing this package is cheap:
torch and sentence-transformers load only with the quality tier or a build.

>>> from detectors.embeddings import load_embedder
>>> load_embedder("medium")
Traceback (most recent call last):
...
ValueError: unknown embedding tier 'medium'; valid: 'fast', 'quality'
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Literal

from detectors.embeddings.base import (
    FAST_MODEL_NAME,
    MAX_CONTENT_TOKENS,
    MAX_TEXT_CHARS,
    MAX_TOKENS,
    Embedder,
    dequantize_embeddings,
    l2_normalize,
    quantize_embeddings,
)
from detectors.embeddings.distill import build_into, build_static_embedding, is_current
from detectors.model_store import artifact_dir
from schemas.errors import ConfigError

__all__ = [
    "FAST_MODEL_NAME",
    "MAX_CONTENT_TOKENS",
    "MAX_TEXT_CHARS",
    "MAX_TOKENS",
    "Embedder",
    "ModelNotBuiltError",
    "build_static_embedding",
    "clear_embedder_cache",
    "dequantize_embeddings",
    "l2_normalize",
    "load_embedder",
    "quantize_embeddings",
]


_TIERS = ("fast", "quality")
_cache: dict[tuple[str, str], Embedder] = {}
_lock = threading.Lock()


class ModelNotBuiltError(ConfigError):
    """The fast-tier artifact is absent and building it was not allowed."""


def clear_embedder_cache() -> None:
    """Forget every embedder :func:`load_embedder` has cached (tests, or after a rebuild)."""
    with _lock:
        _cache.clear()


def load_embedder(
    tier: Literal["fast", "quality"] = "fast",
    model_path: str | Path | None = None,
    model_dir: Path | None = None,
    build_if_missing: bool = True,
) -> Embedder:
    """Return the embedder of ``tier``, loading it once per process (later calls return the same object).

    Args:
        tier: ``"fast"`` (static table) or ``"quality"`` (sentence-transformers model).
        model_path: Fast tier: a built static model directory (skips the model dir and any build).
            Quality tier: a local sentence-transformers directory (default: the packaged all-MiniLM-L6-v2).
        model_dir: Root of built artifacts for the default fast model (default: ``$DRIFTLINE_MODEL_DIR``
            or ``~/.cache/driftline/models``); unused by the quality tier.
        build_if_missing: Fast tier without ``model_path``: build the static model (~1-2 min, logged
            once) when it is absent, fails verification or was built by an older recipe; if False,
            raise :class:`ModelNotBuiltError`.
    """
    if tier not in _TIERS:
        raise ValueError(f"unknown embedding tier {tier!r}; valid: {', '.join(map(repr, _TIERS))}")
    key: tuple[str, str]
    if tier == "quality":
        key = (tier, str(Path(model_path).resolve()) if model_path is not None else "<packaged>")
    elif model_path is not None:
        key = (tier, str(Path(model_path).resolve()))
    else:
        key = (tier, str(artifact_dir(FAST_MODEL_NAME, model_dir).resolve()))
    with _lock:
        if key not in _cache:
            _cache[key] = _load(tier, model_path, model_dir, build_if_missing)
        return _cache[key]


def _load(tier: str, model_path: str | Path | None, model_dir: Path | None, build_if_missing: bool) -> Embedder:
    if tier == "quality":
        from detectors.embeddings.transformer import TransformerEmbedder

        return TransformerEmbedder(model_path)

    from detectors.embeddings.static import StaticEmbedder

    if model_path is not None:
        return StaticEmbedder.load(model_path)
    target = artifact_dir(FAST_MODEL_NAME, model_dir)
    if not is_current(target):
        if not build_if_missing:
            raise ModelNotBuiltError(
                f"static embedding {target} is absent, incomplete or from an older recipe; build it with "
                f"`python -m detectors.embeddings build` (or allow build_if_missing)"
            )
        build_into(target, only_if_missing=True)
    return StaticEmbedder.load(target)
