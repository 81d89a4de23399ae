"""Toxicity scoring behind one :class:`ToxicityScorer` protocol, with three kinds of scorer.

* ``"builtin"`` (default) — ours: logistic regression over hashed word/lexicon-class n-grams and the
  fast static embedding, scored per sentence window (max), trained on ``data/toxicity/train*.jsonl``,
  threshold chosen on ``calibration*.jsonl``; built on first use into ``<model_dir>/toxicity-builtin``
  (see :mod:`detectors.toxicity.builtin`).
* ``"hf"`` — any local Hugging Face sequence-classification checkpoint directory (``model_path``),
  labels mapped as :mod:`detectors.toxicity.hf` documents.
* ``"profanity"`` — the alt-profanity-check baseline.

Every scorer returns float32 scores in [0, 1], one per text, and has a ``name`` and a default
``threshold``. Importing this package is cheap; models load in :func:`load_toxicity_scorer`.

>>> load_toxicity_scorer("perspective")
Traceback (most recent call last):
...
ValueError: unknown toxicity scorer kind 'perspective'; valid: 'builtin', 'hf', 'profanity'
"""

from __future__ import annotations

from pathlib import Path

from detectors.toxicity.base import BENIGN_CATEGORIES, TOXIC_CATEGORIES, ToxicityScorer

__all__ = ["BENIGN_CATEGORIES", "KINDS", "TOXIC_CATEGORIES", "ToxicityScorer", "load_toxicity_scorer"]

#: Valid ``kind`` values of :func:`load_toxicity_scorer`.
KINDS: tuple[str, ...] = ("builtin", "hf", "profanity")


def load_toxicity_scorer(
    kind: str = "builtin", model_path: str | Path | None = None, model_dir: Path | None = None
) -> ToxicityScorer:
    """Return a toxicity scorer of ``kind``.

    Args:
        kind: ``"builtin"``, ``"hf"`` or ``"profanity"``.
        model_path: ``builtin``: a trained model directory (skips the model dir and any build);
            ``hf``: the checkpoint directory (required); ``profanity``: must be None.
        model_dir: Root of built artifacts (default ``$DRIFTLINE_MODEL_DIR`` or
            ``~/.cache/driftline/models``); used by ``builtin`` for its model and the fast embedding.

    Raises:
        ValueError: unknown ``kind``, or a ``model_path`` missing/unexpected for the kind.
        schemas.errors.ConfigError: the model files are absent or unreadable.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown toxicity scorer kind {kind!r}; valid: {', '.join(map(repr, KINDS))}")
    if kind == "builtin":
        from detectors.toxicity.builtin import load_builtin

        return load_builtin(model_path=model_path, model_dir=model_dir)
    if kind == "hf":
        if model_path is None:
            raise ValueError("kind 'hf' needs model_path: a local sequence-classification checkpoint directory")
        from detectors.toxicity.hf import HFToxicityScorer

        return HFToxicityScorer(model_path)
    if model_path is not None:
        raise ValueError("kind 'profanity' takes no model_path (alt-profanity-check ships its own model)")
    from detectors.toxicity.profanity import ProfanityScorer

    return ProfanityScorer()
