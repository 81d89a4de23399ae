"""The baseline: alt-profanity-check (TF-IDF + linear SVM, calibrated), wrapped as a :class:`ToxicityScorer`.

Fast (tens of thousands of texts/s) but it only knows profanity and plain insults: it flags swearing
that targets nobody and misses threats, identity hate and self-harm encouragement worded politely
(see ``docs/toxicity.md``). Kept as the comparison point and as a zero-build fallback.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from detectors.toxicity.base import as_scores, check_texts

__all__ = ["ProfanityScorer"]


class ProfanityScorer:
    """``profanity_check.predict_prob`` as a scorer; threshold 0.5 (the package's own ``predict``)."""

    def __init__(self, threshold: float = 0.5) -> None:
        from profanity_check import predict_prob

        self._predict_prob = predict_prob
        self.threshold = threshold
        self.name = "profanity:alt-profanity-check"

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """Profanity probability per text, float32 in [0, 1]."""
        batch = check_texts(texts)
        if not batch:
            return np.zeros(0, dtype=np.float32)
        return as_scores(self._predict_prob(batch))
