"""The built-in scorer: logistic regression over hashed word/class n-grams, char n-grams and the fast embedding.

Artifact ``<model_dir>/toxicity-builtin/`` (see :mod:`detectors.model_store`):

* ``weights.npz`` — float32 ``words``, ``chars``, ``embedding`` coefficient vectors and ``intercept``;
* ``config.json`` — feature config, default threshold, the embedding it was trained on, CV figures;
* ``manifest.json`` — hashes, versions, the training files and the embedding model (name and hash).

No pickle: the model is plain arrays plus JSON. Training (:func:`train_model`) takes ~5–20 s:
5-fold cross-validation over the hand-written rows to pick the default threshold (the score at
which :data:`TARGET_FPR` of benign training texts are flagged), then one fit on everything.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from detectors.model_store import (
    BuildInfo,
    artifact_dir,
    ensure_artifact,
    file_sha256,
    package_versions,
    read_manifest,
)
from detectors.toxicity.base import as_scores, check_texts
from detectors.toxicity.data import Example, load_examples, train_files
from detectors.toxicity.features import FeatureConfig, FeatureExtractor
from schemas.errors import ConfigError

__all__ = [
    "ARTIFACT_NAME",
    "TARGET_FPR",
    "BuiltinToxicityScorer",
    "TrainResult",
    "build_builtin",
    "load_builtin",
    "train_model",
]

logger = logging.getLogger(__name__)

#: Artifact name under the model dir.
ARTIFACT_NAME = "toxicity-builtin"
#: False-positive rate on benign training texts (out of fold) that sets the default threshold.
TARGET_FPR = 0.03
#: Inverse regularisation strength of the logistic regression.
C = 8.0
_FOLDS = 5
_SEED = 0


@dataclass
class TrainResult:
    """Weights and metadata of one trained model."""

    words: np.ndarray
    chars: np.ndarray
    embedding: np.ndarray
    intercept: float
    threshold: float
    config: FeatureConfig
    details: dict[str, Any] = field(default_factory=dict)


def _fit(x: Any, y: np.ndarray) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, solver="liblinear", max_iter=5000, class_weight="balanced", random_state=_SEED)
    return model.fit(x, y)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))


def train_model(
    examples: Sequence[Example],
    embed: Any,
    config: FeatureConfig | None = None,
    cv_mask: np.ndarray | None = None,
    cv_extra: np.ndarray | None = None,
) -> TrainResult:
    """Fit the scorer on ``examples``; pick the default threshold by cross-validation.

    Args:
        examples: Training examples.
        embed: The fast embedder's ``encode`` (``texts -> (n, dim)``).
        config: Feature config (default :class:`FeatureConfig`).
        cv_mask: Rows cross-validated to pick the threshold (default: all).
        cv_extra: Rows added to the training part of every fold (default: none). Rows in neither
            (noisy copies of other rows) are left out of the cross-validation, so a noisy copy of a
            held-out sentence never sits in the training part of its own fold. The final fit
            uses every row.
    """
    from sklearn.model_selection import StratifiedKFold

    config = config or FeatureConfig()
    started = time.perf_counter()
    fx = FeatureExtractor(config, embed)
    x = fx.matrix([e.text for e in examples])
    y = np.array([e.label for e in examples], dtype=np.int64)
    cats = np.array([e.category for e in examples])
    mask = np.ones(len(examples), bool) if cv_mask is None else np.asarray(cv_mask, bool)
    cv_rows = np.flatnonzero(mask)
    base_rows = np.flatnonzero(np.zeros(len(examples), bool) if cv_extra is None else np.asarray(cv_extra, bool))
    oof = np.zeros(len(cv_rows))
    splitter = StratifiedKFold(_FOLDS, shuffle=True, random_state=_SEED)
    for tr, te in splitter.split(cv_rows, cats[cv_rows]):
        rows = np.concatenate([cv_rows[tr], base_rows])
        model = _fit(x[rows], y[rows])
        oof[te] = model.decision_function(x[cv_rows[te]])
    benign = np.sort(oof[y[cv_rows] == 0])
    threshold_logit = float(benign[min(len(benign) - 1, int(np.ceil((1 - TARGET_FPR) * len(benign))))])
    threshold = float(_sigmoid(np.array([threshold_logit]))[0])
    final = _fit(x, y)
    coef = np.asarray(final.coef_[0], dtype=np.float32)
    n_words, n_chars = 2**config.word_bits, 2**config.char_bits
    from sklearn.metrics import roc_auc_score

    details = {
        "train_rows": len(examples),
        "cv_rows": len(cv_rows),
        "cv_auc": round(float(roc_auc_score(y[cv_rows], oof)), 4),
        "cv_recall_at_threshold": round(float(np.mean(oof[y[cv_rows] == 1] >= threshold_logit)), 4),
        "target_fpr": TARGET_FPR,
        "C": C,
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    return TrainResult(
        words=coef[:n_words],
        chars=coef[n_words : n_words + n_chars],
        embedding=coef[n_words + n_chars :],
        intercept=float(final.intercept_[0]),
        threshold=round(threshold, 4),
        config=config,
        details=details,
    )


def save_model(result: TrainResult, directory: Path, embedding_info: dict[str, Any]) -> None:
    """Write ``weights.npz`` and ``config.json`` into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        directory / "weights.npz",
        words=result.words,
        chars=result.chars,
        embedding=result.embedding,
        intercept=np.array([result.intercept], dtype=np.float64),
    )
    config = {
        "kind": "builtin",
        "threshold": result.threshold,
        "features": result.config.to_dict(),
        "embedding": embedding_info,
        "training": result.details,
    }
    (directory / "config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _embedding_info(model_dir: Path | None) -> tuple[Any, dict[str, Any]]:
    from detectors.embeddings import FAST_MODEL_NAME, load_embedder

    embedder = load_embedder("fast", model_dir=model_dir)
    manifest = read_manifest(artifact_dir(FAST_MODEL_NAME, model_dir)) or {}
    table = manifest.get("files", {}).get("model.safetensors", {})
    info = {"tier": "fast", "name": embedder.name, "dim": embedder.dim, "sha256": table.get("sha256")}
    return embedder, info


def build_builtin(out_dir: Path, data_dir: Path | None = None, model_dir: Path | None = None) -> BuildInfo:
    """Train on ``data_dir/train*.jsonl`` and write the model files into ``out_dir``.

    The build callback for :func:`detectors.model_store.ensure_artifact`; also usable directly.
    """
    files = train_files(data_dir)
    examples = load_examples(*files)
    # Hand-written rows are cross-validated; templated ones only train; noisy copies sit CV out.
    cv_mask = np.array([e.source in ("", "handwritten") for e in examples])
    cv_extra = np.array([e.source == "template" for e in examples])
    embedder, emb_info = _embedding_info(model_dir)
    result = train_model(examples, embedder.encode, cv_mask=cv_mask, cv_extra=cv_extra)
    save_model(result, out_dir, emb_info)
    logger.info("trained toxicity-builtin on %d rows in %.1f s", len(examples), result.details["train_seconds"])
    return BuildInfo(
        source=", ".join(p.name for p in files),
        versions=package_versions("scikit-learn", "numpy", "scipy"),
        details={
            "embedding": emb_info,
            "threshold": result.threshold,
            "training_files": {p.name: file_sha256(p) for p in files},
            **result.details,
        },
    )


class BuiltinToxicityScorer:
    """Scores texts with a trained built-in model directory and the fast embedder it was trained on.

    Args:
        directory: A model directory written by :func:`save_model`.
        embed: The fast embedder's ``encode``; must be the embedding recorded in ``config.json``.
    """

    def __init__(self, directory: Path, embed: Any) -> None:
        try:
            config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
            with np.load(directory / "weights.npz") as w:
                self._words = w["words"].astype(np.float32)
                self._chars = w["chars"].astype(np.float32)
                self._embedding = w["embedding"].astype(np.float32)
                self._intercept = float(w["intercept"][0])
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(f"{directory} is not a built-in toxicity model: {exc}") from exc
        self.config = config
        self.threshold = float(config["threshold"])
        self.name = f"builtin:{directory.name}"
        self._fx = FeatureExtractor(FeatureConfig(**config["features"]), embed)

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """Toxicity probability per text, float32 in [0, 1]."""
        batch = check_texts(texts)
        if not batch:
            return np.zeros(0, dtype=np.float32)
        words, chars, emb = self._fx.blocks(batch)
        logit = words @ self._words + chars @ self._chars + self._intercept
        if emb is not None:
            logit = logit + emb @ self._embedding
        return as_scores(_sigmoid(np.asarray(logit, dtype=np.float64)))

    def __repr__(self) -> str:
        return f"BuiltinToxicityScorer(name={self.name!r}, threshold={self.threshold})"


def load_builtin(
    model_path: str | Path | None = None, model_dir: Path | None = None, data_dir: Path | None = None
) -> BuiltinToxicityScorer:
    """Load the built-in scorer; without ``model_path`` build ``toxicity-builtin`` first if absent.

    A default artifact trained on a different fast embedding than the one now installed (its
    hash changed) is rebuilt, since its weights only make sense for the embedding it saw.
    """
    embedder, emb_info = _embedding_info(model_dir)
    if model_path is not None:
        directory = Path(model_path)
    else:

        def build(out: Path) -> BuildInfo:
            return build_builtin(out, data_dir=data_dir, model_dir=model_dir)

        directory = ensure_artifact(ARTIFACT_NAME, build, model_dir=model_dir)
        trained_on = (read_manifest(directory) or {}).get("details", {}).get("embedding", {})
        if trained_on.get("sha256") != emb_info["sha256"]:
            logger.info("fast embedding changed since %s was trained: retraining", directory)
            directory = ensure_artifact(ARTIFACT_NAME, build, model_dir=model_dir, force=True)
    scorer = BuiltinToxicityScorer(directory, embedder.encode)
    if scorer.config.get("embedding", {}).get("name") != embedder.name:
        raise ConfigError(
            f"{directory} was trained on embedding {scorer.config.get('embedding', {}).get('name')!r}, "
            f"but the fast embedder is {embedder.name!r}"
        )
    return scorer
