"""Adapter for any local Hugging Face sequence-classification checkpoint (e.g. a Detoxify/unitary model).

Loads with ``AutoTokenizer`` and ``AutoModelForSequenceClassification`` from a directory,
``local_files_only=True`` (never downloads). Label mapping, from ``config.id2label``:

* a label is *toxic* when its name contains one of :data:`TOXIC_LABEL_WORDS` (``toxic``,
  ``offensive``, ``hate``, ``insult``, ``threat``, ``abusive``, ``harass``, ``identity``, ``obscene``,
  ``profan``, ``severe``) and none of :data:`BENIGN_LABEL_WORDS` (``non``, ``not``, ``neutral``,
  ``normal``, ``clean``, ``safe``, ``benign``) — so ``non-toxic`` is benign, ``toxic`` is toxic;
* a checkpoint with two anonymous labels (``LABEL_0``/``LABEL_1``) is read as 1 = toxic;
* multi-label checkpoints (``problem_type == "multi_label_classification"``, as Detoxify's):
  score = the **maximum** sigmoid over the toxic labels;
* single-label checkpoints: score = the **sum** of softmax probabilities of the toxic labels.

Pass ``toxic_labels`` to name the toxic labels explicitly. A checkpoint whose labels match nothing
raises :class:`~schemas.errors.ConfigError` listing its labels.

>>> toxic_label_ids({0: "non-toxic", 1: "toxic"})
[1]
>>> toxic_label_ids({0: "toxicity", 1: "severe_toxicity", 2: "sexual_explicit", 3: "identity_attack"})
[0, 1, 3]
>>> toxic_label_ids({0: "LABEL_0", 1: "LABEL_1"})
[1]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from detectors.toxicity.base import as_scores, check_texts
from schemas.errors import ConfigError

__all__ = ["BENIGN_LABEL_WORDS", "TOXIC_LABEL_WORDS", "HFToxicityScorer", "toxic_label_ids"]

#: Substrings that make a label toxic.
TOXIC_LABEL_WORDS: tuple[str, ...] = (
    "toxic",
    "offensive",
    "hate",
    "insult",
    "threat",
    "abusive",
    "harass",
    "identity",
    "obscene",
    "profan",
    "severe",
)
#: Substrings that make a label benign even if it also matches a toxic word.
BENIGN_LABEL_WORDS: tuple[str, ...] = ("non", "not", "neutral", "normal", "clean", "safe", "benign")


def toxic_label_ids(id2label: Mapping[int, str], toxic_labels: Sequence[str] | None = None) -> list[int]:
    """Ids of the toxic labels of a checkpoint (see the module docstring for the rule)."""
    labels = {int(i): str(name) for i, name in id2label.items()}
    if toxic_labels is not None:
        wanted = {t.lower() for t in toxic_labels}
        ids = [i for i, name in sorted(labels.items()) if name.lower() in wanted]
        if len(ids) != len(wanted):
            raise ConfigError(f"toxic_labels {sorted(wanted)} not all among the model's labels {labels}")
        return ids
    ids = []
    for i, name in sorted(labels.items()):
        low = name.lower().replace("-", "_")
        tokens = low.replace("_", " ").split()
        if any(w in low for w in TOXIC_LABEL_WORDS) and not any(t in BENIGN_LABEL_WORDS for t in tokens):
            ids.append(i)
    if not ids and sorted(labels.values()) == ["LABEL_0", "LABEL_1"]:
        ids = [next(i for i, n in labels.items() if n == "LABEL_1")]
    if not ids:
        raise ConfigError(f"no toxic label among {labels}; pass toxic_labels to name them")
    return ids


def _position_limit(config: Any, tokenizer: Any) -> int:
    """Longest input the checkpoint accepts (RoBERTa-style models reserve two positions)."""
    limit = 1 << 30
    positions = getattr(config, "max_position_embeddings", None)
    if isinstance(positions, int) and positions > 0:
        limit = positions - (2 if "roberta" in str(getattr(config, "model_type", "")) else 0)
    tok_max = getattr(tokenizer, "model_max_length", None)
    if isinstance(tok_max, int) and 0 < tok_max < limit:
        limit = tok_max
    return limit


class HFToxicityScorer:
    """Toxicity from a local Hugging Face sequence-classification checkpoint directory.

    Args:
        model_path: Directory with the model and tokenizer files.
        toxic_labels: Names of the toxic labels (default: inferred, see the module docstring).
        threshold: Default decision threshold.
        batch_size: Texts per forward pass.
        max_length: Tokens kept per text (capped at what the checkpoint's position table allows).
        device: torch device (default ``"cpu"``).
    """

    def __init__(
        self,
        model_path: str | Path,
        toxic_labels: Sequence[str] | None = None,
        threshold: float = 0.5,
        batch_size: int = 32,
        max_length: int = 256,
        device: str = "cpu",
    ) -> None:
        path = Path(model_path)
        if not path.is_dir():
            raise ConfigError(f"hf toxicity model path {path} is not a directory")
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        try:
            self._tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
            self._model: Any = AutoModelForSequenceClassification.from_pretrained(str(path), local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot load a sequence-classification model from {path}: {exc}") from exc
        self._model.to(device).eval()
        self._device = device
        cfg = self._model.config
        self.toxic_ids = toxic_label_ids(cfg.id2label, toxic_labels)
        self.multi_label = cfg.problem_type == "multi_label_classification"
        self.threshold = threshold
        self.batch_size = batch_size
        self.max_length = min(max_length, _position_limit(cfg, self._tokenizer))
        self.name = f"hf:{path.name}"

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """Toxicity per text, float32 in [0, 1]."""
        import torch

        batch = check_texts(texts)
        out = np.zeros(len(batch), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(batch), self.batch_size):
                chunk = batch[start : start + self.batch_size]
                enc = self._tokenizer(
                    chunk, padding=True, truncation=True, max_length=self.max_length, return_tensors="pt"
                ).to(self._device)
                logits = self._model(**enc).logits.float()
                if self.multi_label:
                    probs = torch.sigmoid(logits)[:, self.toxic_ids].max(dim=1).values
                else:
                    probs = torch.softmax(logits, dim=-1)[:, self.toxic_ids].sum(dim=1)
                out[start : start + len(chunk)] = probs.cpu().numpy()
        return as_scores(out)

    def __repr__(self) -> str:
        return f"HFToxicityScorer(name={self.name!r}, toxic_ids={self.toxic_ids}, multi_label={self.multi_label})"
