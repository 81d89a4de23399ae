"""Evaluation of toxicity scorers on a labelled set: ROC AUC, per-category recall and false-positive rates.

Recall is reported for every toxic category and the false-positive rate (FPR) for benign text
overall and for every benign category, all at each scorer's own default threshold; plus both for
long texts (more than :data:`LONG_WORDS` words: LLM responses, a toxic sentence inside benign text).

>>> from detectors.toxicity.data import Example
>>> ex = [Example("a", 1, "insult"), Example("b", 0, "technical"), Example("c", 0, "benign")]
>>> m = evaluate_scores(ex, np.array([0.9, 0.6, 0.1]), threshold=0.5)
>>> m.auc, m.recall["insult"], m.fpr_overall, m.fpr["technical"]
(1.0, 1.0, 0.5, 1.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from detectors.toxicity.base import BENIGN_CATEGORIES, TOXIC_CATEGORIES, ToxicityScorer
from detectors.toxicity.data import Example

__all__ = ["LONG_WORDS", "Metrics", "evaluate_scorer", "evaluate_scores", "format_table"]

#: Texts with more words than this count as long.
LONG_WORDS = 60


@dataclass
class Metrics:
    """Figures of one scorer on one labelled set."""

    name: str
    threshold: float
    auc: float
    recall: dict[str, float] = field(default_factory=dict)
    fpr: dict[str, float] = field(default_factory=dict)
    recall_overall: float = 0.0
    fpr_overall: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    recall_long: float = float("nan")
    fpr_long: float = float("nan")


def _auc(y: np.ndarray, s: np.ndarray) -> float:
    """ROC AUC by the rank-sum formula (ties count half)."""
    from scipy.stats import rankdata

    pos, neg = int(y.sum()), int((1 - y).sum())
    if pos == 0 or neg == 0:
        return float("nan")
    ranks = rankdata(s)
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


def evaluate_scores(examples: Sequence[Example], scores: np.ndarray, threshold: float, name: str = "") -> Metrics:
    """Metrics for precomputed ``scores`` (one per example) at ``threshold`` (flag when ``>=``)."""
    y = np.array([e.label for e in examples], dtype=np.int64)
    cats = np.array([e.category for e in examples])
    flagged = np.asarray(scores) >= threshold
    m = Metrics(name=name, threshold=threshold, auc=round(_auc(y, np.asarray(scores, dtype=np.float64)), 4))
    for cat in (*TOXIC_CATEGORIES, *BENIGN_CATEGORIES):
        sel = cats == cat
        if sel.any():
            rate = float(flagged[sel].mean())
            (m.recall if cat in TOXIC_CATEGORIES else m.fpr)[cat] = round(rate, 4)
            m.counts[cat] = int(sel.sum())
    m.recall_overall = round(float(flagged[y == 1].mean()), 4) if (y == 1).any() else float("nan")
    m.fpr_overall = round(float(flagged[y == 0].mean()), 4) if (y == 0).any() else float("nan")
    long = np.array([len(e.text.split()) > LONG_WORDS for e in examples], dtype=bool)
    for label, attr in ((1, "recall_long"), (0, "fpr_long")):
        sel = long & (y == label)
        m.counts[attr] = int(sel.sum())
        if sel.any():
            setattr(m, attr, round(float(flagged[sel].mean()), 4))
    return m


def evaluate_scorer(scorer: ToxicityScorer, examples: Sequence[Example], batch_size: int = 512) -> Metrics:
    """Score ``examples`` with ``scorer`` in batches and compute :class:`Metrics`."""
    texts = [e.text for e in examples]
    scores = np.concatenate(
        [scorer.score(texts[i : i + batch_size]) for i in range(0, len(texts), batch_size)] or [np.zeros(0)]
    )
    return evaluate_scores(examples, scores, scorer.threshold, name=scorer.name)


def format_table(results: Sequence[Metrics]) -> str:
    """A Markdown table, one column per scorer.

    >>> m = Metrics("x", 0.5, 0.9, {"insult": 0.8}, {"technical": 0.0}, 0.8, 0.01, {"insult": 5, "technical": 3})
    >>> print(format_table([m]))
    | metric | x |
    |---|---|
    | threshold | 0.500 |
    | ROC AUC | 0.900 |
    | recall, all toxic | 0.80 |
    | recall: insult (n=5) | 0.80 |
    | FPR, all benign | 0.01 |
    | FPR: technical (n=3) | 0.00 |
    """
    cats_r = [c for c in TOXIC_CATEGORIES if any(c in r.recall for r in results)]
    cats_f = [c for c in BENIGN_CATEGORIES if any(c in r.fpr for r in results)]
    counts = results[0].counts if results else {}
    lines = ["| metric | " + " | ".join(r.name for r in results) + " |", "|---" * (len(results) + 1) + "|"]

    def row(label: str, values: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(values) + " |")

    row("threshold", [f"{r.threshold:.3f}" for r in results])
    row("ROC AUC", [f"{r.auc:.3f}" for r in results])
    row("recall, all toxic", [f"{r.recall_overall:.2f}" for r in results])
    for c in cats_r:
        row(f"recall: {c} (n={counts.get(c, 0)})", [f"{r.recall.get(c, float('nan')):.2f}" for r in results])
    row("FPR, all benign", [f"{r.fpr_overall:.2f}" for r in results])
    for c in cats_f:
        row(f"FPR: {c} (n={counts.get(c, 0)})", [f"{r.fpr.get(c, float('nan')):.2f}" for r in results])
    if counts.get("recall_long"):
        row(f"recall, long texts (n={counts['recall_long']})", [f"{r.recall_long:.2f}" for r in results])
    if counts.get("fpr_long"):
        row(f"FPR, long texts (n={counts['fpr_long']})", [f"{r.fpr_long:.2f}" for r in results])
    return "\n".join(lines)
