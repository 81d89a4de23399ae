"""The ``hf`` adapter, against tiny randomly initialised checkpoints saved in a temporary directory."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from detectors.toxicity import ToxicityScorer, load_toxicity_scorer
from detectors.toxicity.hf import HFToxicityScorer, toxic_label_ids
from schemas.errors import ConfigError

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

TEXTS = ["kill the process", "you are an idiot", "hello there", "", "a much longer text " * 50]


def _save_tiny(directory: Path, id2label: dict[int, str], problem_type: str | None = None) -> Path:
    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "kill", "the", "process", "you", "are", "an"]
    words += ["idiot", "hello", "there", "a", "much", "longer", "text"]
    directory.mkdir(parents=True)
    vocab = directory / "vocab.txt"
    vocab.write_text("\n".join(words) + "\n")
    tokenizer = transformers.BertTokenizerFast(vocab_file=str(vocab))
    config = transformers.BertConfig(
        vocab_size=len(words),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        num_labels=len(id2label),
        id2label=id2label,
        label2id={v: k for k, v in id2label.items()},
        problem_type=problem_type,
    )
    torch.manual_seed(0)
    model = transformers.BertForSequenceClassification(config)
    model.save_pretrained(str(directory))
    tokenizer.save_pretrained(str(directory))
    return directory


def _logits(directory: Path, texts: list[str]) -> np.ndarray:
    tok = transformers.AutoTokenizer.from_pretrained(str(directory), local_files_only=True)
    model = transformers.AutoModelForSequenceClassification.from_pretrained(str(directory), local_files_only=True)
    model.eval()
    with torch.inference_mode():
        enc = tok(texts, padding=True, truncation=True, max_length=256, return_tensors="pt")
        return model(**enc).logits.numpy()


def test_single_label_checkpoint_scores_softmax_of_the_toxic_label(tmp_path: Path) -> None:
    path = _save_tiny(tmp_path / "binary", {0: "non-toxic", 1: "toxic"})
    scorer = load_toxicity_scorer("hf", model_path=path)
    assert isinstance(scorer, ToxicityScorer) and isinstance(scorer, HFToxicityScorer)
    assert scorer.name == "hf:binary" and scorer.toxic_ids == [1] and not scorer.multi_label
    scores = scorer.score(TEXTS)
    assert scores.dtype == np.float32 and scores.shape == (len(TEXTS),)
    assert np.all((scores >= 0) & (scores <= 1))
    logits = _logits(path, TEXTS[:3])
    expected = np.exp(logits[:, 1]) / np.exp(logits).sum(axis=1)
    # Scored one by one (no padding) vs batched: attention masks make them agree.
    np.testing.assert_allclose(scores[:3], expected, rtol=1e-4, atol=1e-5)
    assert scorer.score([]).shape == (0,)


def test_multi_label_checkpoint_takes_the_max_sigmoid_over_toxic_labels(tmp_path: Path) -> None:
    labels = {0: "toxicity", 1: "severe_toxicity", 2: "obscene", 3: "threat", 4: "insult", 5: "identity_attack"}
    path = _save_tiny(tmp_path / "detoxify-like", labels, problem_type="multi_label_classification")
    scorer = HFToxicityScorer(path)
    assert scorer.multi_label and scorer.toxic_ids == [0, 1, 2, 3, 4, 5]
    logits = _logits(path, TEXTS[:2])
    expected = (1 / (1 + np.exp(-logits))).max(axis=1)
    np.testing.assert_allclose(scorer.score(TEXTS[:2]), expected, rtol=1e-4, atol=1e-5)


def test_explicit_toxic_labels_and_unmappable_checkpoints(tmp_path: Path) -> None:
    path = _save_tiny(tmp_path / "odd", {0: "ham", 1: "spam", 2: "eggs"})
    with pytest.raises(ConfigError, match="no toxic label among"):
        HFToxicityScorer(path)
    scorer = HFToxicityScorer(path, toxic_labels=["spam", "eggs"])
    logits = _logits(path, TEXTS[:2])
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(scorer.score(TEXTS[:2]), probs[:, 1] + probs[:, 2], rtol=1e-4, atol=1e-5)
    with pytest.raises(ConfigError, match="not all among"):
        HFToxicityScorer(path, toxic_labels=["toxic"])


@pytest.mark.parametrize(
    ("id2label", "expected"),
    [
        ({0: "NOT_OFFENSIVE", 1: "OFFENSIVE"}, [1]),
        ({0: "normal", 1: "offensive", 2: "hatespeech"}, [1, 2]),
        ({0: "neutral", 1: "toxic"}, [1]),
        ({0: "LABEL_0", 1: "LABEL_1"}, [1]),
    ],
)
def test_label_mapping(id2label: dict[int, str], expected: list[int]) -> None:
    assert toxic_label_ids(id2label) == expected


def test_a_directory_without_a_model_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot load"):
        HFToxicityScorer(tmp_path)
