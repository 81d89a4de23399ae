"""The built-in scorer: logistic regression over hashed word/class n-grams and the fast embedding.

Artifact ``<model_dir>/toxicity-builtin/`` (see :mod:`detectors.model_store`):

* ``weights.npz`` — float32 ``words`` and ``embedding`` coefficient vectors and ``intercept``; the same three
  for the self-harm head (``head_words``, ``head_embedding``, ``head_intercept``);
* ``config.json`` — feature config, default threshold and how it was chosen, the embedding it was
  trained on, CV and calibration figures;
* ``manifest.json`` — hashes, versions, the training and calibration files and the embedding model.

No pickle: the model is plain arrays plus JSON. Training (:func:`train_model`) takes a few seconds:
5-fold cross-validation over the hand-written rows (figures only), then one fit on everything. The
default threshold is then chosen on ``calibration*.jsonl`` (never trained on) by the rule in
:mod:`detectors.toxicity.calibrate`; without that file it falls back to the main model's training-CV
threshold (the out-of-fold score at which :data:`TARGET_FPR` of benign training texts are flagged).

A text is scored per window of sentences (:mod:`detectors.toxicity.features`): its score is the
**maximum** over its windows, so one toxic sentence inside a long benign response is not averaged away, minus a
length penalty ``length_penalty * ln(windows)`` that stops counting at ``penalty_windows`` windows (the longest
labelled texts), so a toxic sentence in a text of any length needs the same evidence as in a 16-window text.

Two heads share the features: the main model (every toxic category against benign text) and a **self-harm
head** trained on the self-harm and benign rows only (:data:`HEAD_CATEGORIES`), so implicit self-harm requests
are not outweighed by the many insult / threat / hate rows; a text's score is the larger of the two. The
threshold is chosen on that combined score.
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
from detectors.toxicity.calibrate import Calibration, choose_threshold
from detectors.toxicity.data import (
    REFERENCE_FILES,
    Example,
    calibration_files,
    load_examples,
    reference_files,
    train_files,
    training_examples,
)
from detectors.toxicity.features import FEATURES_VERSION, FeatureConfig, FeatureExtractor
from schemas.errors import ConfigError

__all__ = [
    "ARTIFACT_NAME",
    "HEAD_CATEGORIES",
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
#: Fallback only (no calibration file): out-of-fold benign training FPR that sets the threshold.
TARGET_FPR = 0.03
#: Inverse regularisation strength of the logistic regression (64 since session 17's T9, chosen by leave-one-author-out
#: CV over eval7 ... eval19 from a pre-registered grid {16, 32, 64}; 32 from version 5 to T8).
C = 64.0
#: Toxic categories the second head is trained on (against every benign row).
HEAD_CATEGORIES = ("self_harm",)
_FOLDS = 5
_SEED = 0


@dataclass
class TrainResult:
    """Weights and metadata of one trained model."""

    words: np.ndarray
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


def _aggregate(logits: np.ndarray, counts: np.ndarray, penalty: float, max_windows: int | None = None) -> np.ndarray:
    """Text logits from window logits: the max over a text's windows minus ``penalty * ln(windows)``, the window
    count capped at ``max_windows`` (None: no cap).

    >>> _aggregate(np.array([0.0, 2.0, 1.0]), np.array([2, 1]), 1.0, max_windows=1).tolist()
    [2.0, 1.0]
    """
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
    n = counts if max_windows is None else np.minimum(counts, max_windows)
    return np.asarray(np.maximum.reduceat(logits, starts) - penalty * np.log(n), dtype=np.float64)


def _text_logits(logits: np.ndarray, counts: np.ndarray, config: FeatureConfig) -> np.ndarray:
    """:func:`_aggregate` with ``config``'s length penalty and its cap."""
    return _aggregate(logits, counts, config.length_penalty, config.penalty_windows)


def _fit_windows(x: Any, owner: np.ndarray, counts: np.ndarray, y: np.ndarray, texts: np.ndarray) -> Any:
    """Fit on the windows of ``texts`` (indices): every window of a single-window or benign text with its
    text's label; for a toxic text of several windows only its most toxic window (multiple-instance
    learning: which window is the toxic one is chosen by a first fit without those texts)."""
    chosen = np.zeros(len(y), bool)
    chosen[texts] = True
    use = chosen[owner]
    sure = use & ((counts[owner] == 1) | (y[owner] == 0))
    model = _fit(x[sure], y[owner[sure]])
    bags = np.flatnonzero(chosen & (counts > 1) & (y == 1))
    if not len(bags):
        return model
    z = model.decision_function(x)
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    best = np.array([first[t] + int(np.argmax(z[first[t] : first[t] + counts[t]])) for t in bags], dtype=np.int64)
    rows = np.concatenate([np.flatnonzero(sure), best])
    return _fit(x[rows], y[owner[rows]])


def train_model(
    examples: Sequence[Example],
    embed: Any,
    config: FeatureConfig | None = None,
    cv_mask: np.ndarray | None = None,
    cv_extra: np.ndarray | None = None,
) -> TrainResult:
    """Fit the scorer on ``examples``; cross-validate for figures and the fallback threshold.

    Texts are split into windows exactly as at scoring time (:func:`_fit_windows` says which windows
    are trained on); cross-validation splits by text, so a text's windows never straddle folds.

    Args:
        examples: Training examples.
        embed: The fast embedder's ``encode`` (``texts -> (n, dim)``).
        config: Feature config (default :class:`FeatureConfig`).
        cv_mask: Rows cross-validated (default: all).
        cv_extra: Rows added to the training part of every fold (default: none). Rows in neither
            (noisy copies of other rows) are left out of the cross-validation, so a noisy copy of a
            held-out sentence never sits in the training part of its own fold. The final fit
            uses every row.
    """
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold

    config = config or FeatureConfig()
    started = time.perf_counter()
    x, counts = FeatureExtractor(config, embed).window_matrix([e.text for e in examples])
    owner = np.repeat(np.arange(len(examples)), counts)
    y = np.array([e.label for e in examples], dtype=np.int64)
    cats = np.array([e.category for e in examples])
    mask = np.ones(len(examples), bool) if cv_mask is None else np.asarray(cv_mask, bool)
    cv_rows = np.flatnonzero(mask)
    base_rows = np.flatnonzero(np.zeros(len(examples), bool) if cv_extra is None else np.asarray(cv_extra, bool))
    oof = np.zeros(len(cv_rows))
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    splitter = StratifiedKFold(_FOLDS, shuffle=True, random_state=_SEED)
    for tr, te in splitter.split(cv_rows, cats[cv_rows]):
        model = _fit_windows(x, owner, counts, y, np.concatenate([cv_rows[tr], base_rows]))
        held = cv_rows[te]
        windows = np.concatenate([np.arange(first[t], first[t] + counts[t]) for t in held])
        oof[te] = _text_logits(model.decision_function(x[windows]), counts[held], config)
    benign = np.sort(oof[y[cv_rows] == 0])
    threshold_logit = float(benign[min(len(benign) - 1, int(np.ceil((1 - TARGET_FPR) * len(benign))))])
    threshold = float(_sigmoid(np.array([threshold_logit]))[0])
    final = _fit_windows(x, owner, counts, y, np.arange(len(examples)))
    coef = np.asarray(final.coef_[0], dtype=np.float32)
    n_words = 2**config.word_bits
    details = {
        "train_rows": len(examples),
        "train_windows": len(owner),
        "train_multi_window_texts": int((counts > 1).sum()),
        "cv_rows": len(cv_rows),
        "cv_auc": round(float(roc_auc_score(y[cv_rows], oof)), 4),
        "cv_threshold": round(threshold, 4),
        "cv_recall_at_threshold": round(float(np.mean(oof[y[cv_rows] == 1] >= threshold_logit)), 4),
        "target_fpr": TARGET_FPR,
        "C": C,
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    return TrainResult(
        words=coef[:n_words],
        embedding=coef[n_words:],
        intercept=float(final.intercept_[0]),
        threshold=round(threshold, 4),
        config=config,
        details=details,
    )


#: One head's weights: word coefficients, embedding coefficients, intercept.
Head = tuple[np.ndarray, np.ndarray, float]


class _Weights:
    """Scores texts with one or more heads over the same features: per head, logits per window and the max per
    text; a text's score is the largest over heads."""

    def __init__(self, heads: Sequence[Head], fx: FeatureExtractor) -> None:
        self.heads, self.fx = list(heads), fx

    def score(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0, dtype=np.float32)
        words, emb, counts = self.fx.blocks(texts)
        best = np.full(len(counts), -np.inf)
        for coef, emb_coef, intercept in self.heads:
            logit = np.asarray(words @ coef, dtype=np.float64) + intercept
            if emb is not None and emb_coef.size:
                logit = logit + emb @ emb_coef
            best = np.maximum(best, _text_logits(logit, counts, self.fx.config))
        return as_scores(_sigmoid(best))


def _heads(result: TrainResult, head: TrainResult | None) -> list[Head]:
    out = [(result.words, result.embedding, result.intercept)]
    return out if head is None else [*out, (head.words, head.embedding, head.intercept)]


def calibrate(
    result: TrainResult, embed: Any, examples: Sequence[Example], head: TrainResult | None = None
) -> Calibration:
    """Choose the default threshold of a trained model (and its self-harm ``head``) on calibration ``examples``
    (never trained on)."""
    weights = _Weights(_heads(result, head), FeatureExtractor(result.config, embed))
    scores = np.concatenate(
        [weights.score([e.text for e in examples[i : i + 512]]) for i in range(0, len(examples), 512)]
    )
    return choose_threshold(scores, np.array([e.label for e in examples]), [e.category for e in examples])


def save_model(
    result: TrainResult, directory: Path, embedding_info: dict[str, Any], head: TrainResult | None = None
) -> None:
    """Write ``weights.npz`` (with the self-harm ``head``'s weights if given) and ``config.json`` into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, Any] = {
        "words": result.words,
        "embedding": result.embedding,
        "intercept": np.array([result.intercept]),
    }
    if head is not None:
        arrays |= {
            "head_words": head.words,
            "head_embedding": head.embedding,
            "head_intercept": np.array([head.intercept]),
        }
    np.savez_compressed(directory / "weights.npz", **arrays)
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
    """Train on ``data_dir/train*.jsonl`` (minus rows near a held-out row, :func:`training_examples`), calibrate
    on ``calibration*.jsonl``, write the model to ``out_dir``.

    The build callback for :func:`detectors.model_store.ensure_artifact`; also usable directly. BLAS runs
    on one thread during the build: float reductions then happen in the same order whatever the caller's
    thread settings (``driftline models build`` pins OpenBLAS to one thread, a plain Python process does
    not), so every entry point writes identical weights.
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return _build_builtin(out_dir, data_dir, model_dir)


def _train(examples: Sequence[Example], embed: Any) -> TrainResult:
    # Hand-written rows are cross-validated; templated ones only train; noisy copies sit CV out.
    cv_mask = np.array([e.source in ("", "handwritten") for e in examples])
    cv_extra = np.array([e.source == "template" for e in examples])
    return train_model(examples, embed, cv_mask=cv_mask, cv_extra=cv_extra)


def _build_builtin(out_dir: Path, data_dir: Path | None, model_dir: Path | None) -> BuildInfo:
    files = train_files(data_dir)
    examples, dropped = training_examples(data_dir)
    embedder, emb_info = _embedding_info(model_dir)
    result = _train(examples, embedder.encode)
    head_rows = [e for e in examples if e.label == 0 or e.category in HEAD_CATEGORIES]
    # The head needs a few rows of its categories (a tiny test corpus may have none).
    head = _train(head_rows, embedder.encode) if sum(e.label for e in head_rows) >= _FOLDS else None
    result.details["train_rows_near_held_out_dropped"] = dropped
    if head is not None:
        result.details["self_harm_head"] = {"categories": list(HEAD_CATEGORIES), **head.details}
    calib_paths = calibration_files(data_dir)
    inputs = {p.name: file_sha256(p) for p in files}
    calib_hash = {p.name: file_sha256(p) for p in calib_paths}
    references = {p.name: file_sha256(p) for p in reference_files(data_dir) if p.name in REFERENCE_FILES}
    if calib_paths:
        calibration = calibrate(result, embedder.encode, load_examples(*calib_paths), head)
        result.threshold = calibration.threshold
        result.details["threshold_source"] = f"calibration ({', '.join(calib_hash)})"
        result.details["calibration"] = calibration.to_dict()
    else:
        result.details["threshold_source"] = f"training cross-validation ({TARGET_FPR:.0%} out-of-fold benign FPR)"
        logger.warning("no calibration*.jsonl: default threshold from training cross-validation")
    save_model(result, out_dir, emb_info, head)
    logger.info("trained toxicity-builtin on %d rows in %.1f s", len(examples), result.details["train_seconds"])
    return BuildInfo(
        source=", ".join([*inputs, *calib_hash]),
        versions=package_versions("scikit-learn", "numpy", "scipy"),
        details={
            "embedding": emb_info,
            "features_version": FEATURES_VERSION,
            "threshold": result.threshold,
            "training_files": inputs,
            "calibration_file": calib_hash,
            "reference_files": references,
            **result.details,
        },
    )


def _data_changed(details: dict[str, Any], data_dir: Path | None) -> bool:
    """True when the training, calibration or reference files differ from those recorded in the manifest ``details``.

    Without training data (an installed package that ships only the built artifact) nothing is compared.
    """
    try:
        files = train_files(data_dir)
    except ConfigError:
        return False
    current = {p.name: file_sha256(p) for p in files}
    calib = {p.name: file_sha256(p) for p in calibration_files(data_dir)}
    refs = {p.name: file_sha256(p) for p in reference_files(data_dir) if p.name in REFERENCE_FILES}
    return bool(
        current != details.get("training_files")
        or calib != details.get("calibration_file")
        or refs != details.get("reference_files", {})
    )


class BuiltinToxicityScorer:
    """Scores texts with a trained built-in model directory and the fast embedder it was trained on.

    Args:
        directory: A model directory written by :func:`save_model`.
        embed: The fast embedder's ``encode``; must be the embedding recorded in ``config.json``.

    A text's score is the maximum over its sentence windows minus the capped length penalty; only its first
    6,144 and last 2,048 characters are read (:func:`detectors.toxicity.features.clip_text`).
    """

    def __init__(self, directory: Path, embed: Any) -> None:
        try:
            config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
            features = FeatureConfig(**config["features"])
            with np.load(directory / "weights.npz") as w:
                # The main head is required; the self-harm head is optional (an artifact without one).
                heads: list[Head] = [
                    (
                        w[f"{p}words"].astype(np.float32),
                        w[f"{p}embedding"].astype(np.float32),
                        float(w[f"{p}intercept"][0]),
                    )
                    for p in ("", "head_")
                    if not p or f"{p}words" in w.files
                ]
        except (OSError, KeyError, ValueError, TypeError) as exc:
            raise ConfigError(f"{directory} is not a built-in toxicity model of this version: {exc}") from exc
        self.config = config
        self.threshold = float(config["threshold"])
        self.name = f"builtin:{directory.name}"
        self._model = _Weights(heads, FeatureExtractor(features, embed))

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """Toxicity probability per text, float32 in [0, 1]."""
        return self._model.score(check_texts(texts))

    def clear_cache(self) -> None:
        """Forget the per-word cache (for benchmarks and memory; scores are unchanged)."""
        self._model.fx.clear_cache()

    def __repr__(self) -> str:
        return f"BuiltinToxicityScorer(name={self.name!r}, threshold={self.threshold})"


def load_builtin(
    model_path: str | Path | None = None, model_dir: Path | None = None, data_dir: Path | None = None
) -> BuiltinToxicityScorer:
    """Load the built-in scorer; without ``model_path`` build ``toxicity-builtin`` first if absent.

    A default artifact trained on a different fast embedding than the one now installed (its
    hash changed), with another feature version or regularisation strength :data:`C`, or on other training or
    calibration files (their SHA-256 differ from the manifest's) is rebuilt: its weights only make sense for the
    features, fit and data it had.
    """
    embedder, emb_info = _embedding_info(model_dir)
    if model_path is not None:
        directory = Path(model_path)
    else:

        def build(out: Path) -> BuildInfo:
            return build_builtin(out, data_dir=data_dir, model_dir=model_dir)

        directory = ensure_artifact(ARTIFACT_NAME, build, model_dir=model_dir)
        details = (read_manifest(directory) or {}).get("details", {})
        stale = details.get("embedding", {}).get("sha256") != emb_info["sha256"] or details.get("C") != C
        if stale or details.get("features_version") != FEATURES_VERSION or _data_changed(details, data_dir):
            logger.info("%s was trained on another embedding, C, feature version or data: retraining", directory)
            directory = ensure_artifact(ARTIFACT_NAME, build, model_dir=model_dir, force=True)
    scorer = BuiltinToxicityScorer(directory, embedder.encode)
    if scorer.config.get("embedding", {}).get("name") != embedder.name:
        raise ConfigError(
            f"{directory} was trained on embedding {scorer.config.get('embedding', {}).get('name')!r}, "
            f"but the fast embedder is {embedder.name!r}"
        )
    return scorer
