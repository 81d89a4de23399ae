"""The :class:`ToxicityScorer` protocol and the label scheme shared by data, training and evaluation.

Labels (see ``docs/toxicity.md`` for the full policy): a text is toxic (1) when it insults, threatens,
attacks people for who they are, harasses, or encourages self-harm — whoever writes it, user or
model. Everything else is 0, including the hard negatives an LLM application sees all day.

>>> sorted(TOXIC_CATEGORIES)[:2], "technical" in BENIGN_CATEGORIES
(['harassment', 'identity_hate'], True)
>>> as_scores([1.2, -0.1, 0.5])
array([1. , 0. , 0.5], dtype=float32)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

__all__ = ["BENIGN_CATEGORIES", "TOXIC_CATEGORIES", "ToxicityScorer", "as_scores", "check_texts"]

#: Toxic categories (label 1); evaluation reports recall for each.
TOXIC_CATEGORIES: tuple[str, ...] = ("insult", "threat", "identity_hate", "harassment", "self_harm")
#: Benign categories (label 0); evaluation reports the false-positive rate for each.
BENIGN_CATEGORIES: tuple[str, ...] = (
    "benign",
    "llm_response",
    "technical",
    "medical",
    "complaint",
    "meta",
    "fiction",
    "profanity",
    "idiom",
    "identity_neutral",
)


@runtime_checkable
class ToxicityScorer(Protocol):
    """Scores texts for toxicity.

    Attributes:
        name: Identifies the scorer and its model, e.g. ``"builtin:toxicity-builtin"``.
        threshold: Default decision threshold: a text is flagged when ``score >= threshold``.
    """

    name: str
    threshold: float

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """float32 scores in [0, 1], one per text, in input order (higher = more toxic)."""
        ...


def check_texts(texts: Sequence[str]) -> list[str]:
    """Validate a batch: a sequence (not a single ``str``) of strings; raises ``TypeError`` otherwise.

    >>> check_texts(("a", "b"))
    ['a', 'b']
    >>> check_texts("abc")
    Traceback (most recent call last):
    ...
    TypeError: texts must be a sequence of str, not a single str
    """
    if isinstance(texts, str):
        raise TypeError("texts must be a sequence of str, not a single str")
    out = list(texts)
    for i, text in enumerate(out):
        if not isinstance(text, str):
            raise TypeError(f"texts[{i}] is {type(text).__name__}, expected str")
    return out


def as_scores(values: Sequence[float] | np.ndarray) -> np.ndarray:
    """Coerce to a 1-D float32 array clipped to [0, 1] (NaN becomes 0)."""
    arr = np.nan_to_num(np.asarray(values, dtype=np.float32).reshape(-1), nan=0.0)
    return np.clip(arr, 0.0, 1.0).astype(np.float32)
