"""Choosing the default threshold of the built-in scorer on a separate calibration set.

The rule (fixed before the calibration set was ever scored; see ``docs/toxicity.md``):

1. ``t_fpr`` — the *lowest* threshold at which at most :data:`MAX_FPR` (3 %; 2 % in versions 3–7, 3 % before
   version 3) of the benign calibration texts are flagged;
2. ``t_rec`` — the *highest* threshold at which every toxic category keeps recall >=
   :data:`MIN_RECALL` (0.85);
3. if ``t_rec >= t_fpr`` both constraints hold on the whole interval ``[t_fpr, t_rec]``: take its
   midpoint in logit space (margin on both sides for fresh data); otherwise the constraints
   conflict and the false-positive cap wins: take ``t_fpr`` (the recall shortfall is reported).

A text is flagged when ``score >= threshold``. Calibration rows are never used for training.

>>> import numpy as np
>>> s = np.array([0.9, 0.8, 0.7, 0.2, 0.1, 0.3, 0.05, 0.6])
>>> y = np.array([1, 1, 1, 0, 0, 0, 0, 0])
>>> c = ["insult", "threat", "threat", "benign", "benign", "technical", "technical", "benign"]
>>> r = choose_threshold(s, y, c, max_fpr=0.2, min_recall=0.85)
>>> round(r.threshold, 4), r.feasible, r.recall, r.fpr
(0.5, True, {'insult': 1.0, 'threat': 1.0}, 0.2)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

__all__ = ["MAX_FPR", "MIN_RECALL", "RULE", "Calibration", "choose_threshold"]

#: Benign false-positive cap of the rule.
MAX_FPR = 0.03
#: Recall every toxic category must keep under the rule.
MIN_RECALL = 0.85
#: One-line statement of the rule, stored with the model.
RULE = (
    "midpoint (logit) of [lowest threshold with benign FPR <= {fpr:.0%}, highest threshold with recall >= "
    "{rec:.2f} in every toxic category]; if that interval is empty, the lowest threshold with FPR <= {fpr:.0%}"
)
_EPS = 1e-4


def _logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(np.asarray(p, dtype=np.float64), 1e-7, 1 - 1e-7)
    return np.asarray(np.log(q / (1 - q)))


def _sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-z)))


@dataclass
class Calibration:
    """The chosen threshold and the calibration figures at it."""

    threshold: float
    rule: str
    feasible: bool
    t_fpr: float
    t_rec: float
    fpr: float
    recall: dict[str, float] = field(default_factory=dict)
    fpr_by_category: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain-dict form for JSON (rates rounded to 4 places)."""
        out = asdict(self)
        for key in ("threshold", "t_fpr", "t_rec", "fpr"):
            out[key] = round(out[key], 8 if key != "fpr" else 4)
        return out


def choose_threshold(
    scores: np.ndarray,
    labels: np.ndarray,
    categories: Sequence[str],
    max_fpr: float = MAX_FPR,
    min_recall: float = MIN_RECALL,
) -> Calibration:
    """Apply the rule (module docstring) to calibration ``scores`` in [0, 1].

    Args:
        scores: One score per calibration text.
        labels: 1 toxic, 0 benign.
        categories: Category per text; recall is required in every category with label 1.
        max_fpr: Benign false-positive cap.
        min_recall: Recall required in every toxic category.
    """
    z = _logit(scores)
    y = np.asarray(labels, dtype=np.int64)
    cats = np.asarray(categories)
    benign = np.sort(z[y == 0])[::-1]
    if len(benign) == 0 or not (y == 1).any():
        raise ValueError("calibration needs both benign and toxic texts")
    allowed = int(np.floor(max_fpr * len(benign) + 1e-9))
    t_fpr = benign[allowed] + _EPS if allowed < len(benign) else float(benign[-1])
    toxic_cats = sorted({str(c) for c in cats[y == 1]})
    per_cat = []
    for cat in toxic_cats:
        s = np.sort(z[(y == 1) & (cats == cat)])
        misses = int(np.floor((1 - min_recall) * len(s) + 1e-9))
        per_cat.append(s[misses])
    t_rec = float(min(per_cat))
    feasible = t_rec >= t_fpr
    threshold = round(_sigmoid((t_fpr + t_rec) / 2 if feasible else t_fpr), 8)
    flagged = np.asarray(scores, dtype=np.float64) >= threshold
    recall = {c: round(float(flagged[(y == 1) & (cats == c)].mean()), 4) for c in toxic_cats}
    benign_cats = sorted({str(c) for c in cats[y == 0]})
    fpr_by = {c: round(float(flagged[(y == 0) & (cats == c)].mean()), 4) for c in benign_cats}
    return Calibration(
        threshold=threshold,
        rule=RULE.format(fpr=max_fpr, rec=min_recall),
        feasible=bool(feasible),
        t_fpr=_sigmoid(t_fpr),
        t_rec=_sigmoid(t_rec),
        fpr=round(float(flagged[y == 0].mean()), 4),
        recall=recall,
        fpr_by_category=fpr_by,
        counts={c: int((cats == c).sum()) for c in (*toxic_cats, *benign_cats)},
    )
