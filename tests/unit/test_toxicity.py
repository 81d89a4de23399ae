"""Toxicity scorers: the factory, the protocol contract, the built-in model's behaviour and build."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from detectors.embeddings import FAST_MODEL_NAME, load_embedder
from detectors.model_store import artifact_dir, is_built, read_manifest
from detectors.toxicity import KINDS, ToxicityScorer, load_toxicity_scorer
from detectors.toxicity.builtin import ARTIFACT_NAME, load_builtin
from detectors.toxicity.data import default_data_dir, load_examples, train_files
from schemas.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]

# From data/toxicity/eval.jsonl (held out; the model never trained on them).
CLEARLY_TOXIC = [
    "Post that picture one more time and I will personally come to your house and cave your skull in.",
    "People of that religion are vermin.",
    "You're a vile, rotten excuse for a human being.",
    "KYS loser",
    "Trans women are sick perverts preying on children.",
    "I will end your miserable life with my own hands.",
]
HARD_NEGATIVES = [
    "kill the process",
    "The daemon dies every time systemd reloads the unit. Logs show nothing useful.",
    "After fork(), execute the child with execvp and have the parent wait on its pid.",
    "Abort the thread cleanly if the socket read blocks for more than 30 seconds.",
    "How many Tylenol PM is too many in one night?",
    "What's the number for the suicide and crisis lifeline in the US?",
    "This fucking weather, man. Rain again.",
    'Moderation note: removed comment containing "kill yourself" per policy 4.2 (self-harm encouragement).',
    "In Hades, what's the best weapon for killing the final boss?",
    "I'm sorry, I can't assist with that.",
]


@pytest.fixture(scope="session")
def builtin() -> ToxicityScorer:
    return load_toxicity_scorer("builtin")


@pytest.fixture(scope="session")
def profanity() -> ToxicityScorer:
    return load_toxicity_scorer("profanity")


# --- factory ------------------------------------------------------------------------------------


def test_unknown_kind_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="valid: 'builtin', 'hf', 'profanity'"):
        load_toxicity_scorer("detoxify")
    assert KINDS == ("builtin", "hf", "profanity")


def test_hf_needs_a_path_and_profanity_takes_none(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="needs model_path"):
        load_toxicity_scorer("hf")
    with pytest.raises(ValueError, match="takes no model_path"):
        load_toxicity_scorer("profanity", model_path=tmp_path)
    with pytest.raises(ConfigError, match="not a directory"):
        load_toxicity_scorer("hf", model_path=tmp_path / "missing")


def test_builtin_model_path_must_be_a_model(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a built-in toxicity model"):
        load_toxicity_scorer("builtin", model_path=tmp_path)


@pytest.mark.parametrize("kind", ["builtin", "profanity"])
def test_scores_are_float32_in_unit_range_one_per_text(kind: str, request: pytest.FixtureRequest) -> None:
    scorer: ToxicityScorer = request.getfixturevalue(kind)
    assert isinstance(scorer, ToxicityScorer)
    assert 0.0 < scorer.threshold < 1.0 and scorer.name.startswith(kind)
    texts = [*CLEARLY_TOXIC, *HARD_NEGATIVES, "", "   ", "🙂🙂", "x" * 20_000]
    scores = scorer.score(texts)
    assert scores.dtype == np.float32 and scores.shape == (len(texts),)
    assert np.all((scores >= 0.0) & (scores <= 1.0)) and np.isfinite(scores).all()
    assert scorer.score([]).shape == (0,)
    with pytest.raises(TypeError):
        scorer.score("a single string")
    # Batch composition does not change a text's score.
    np.testing.assert_allclose(scorer.score(texts[3:5]), scores[3:5], rtol=1e-5, atol=1e-6)


# --- behaviour (held-out examples) ------------------------------------------------------------


def test_builtin_separates_clear_toxicity_from_hard_negatives(builtin: ToxicityScorer) -> None:
    toxic = builtin.score(CLEARLY_TOXIC)
    benign = builtin.score(HARD_NEGATIVES)
    assert toxic.min() > benign.max(), (toxic, benign)
    assert np.all(toxic >= builtin.threshold)
    assert np.all(benign < builtin.threshold)


def test_profanity_baseline_misses_what_the_builtin_catches(builtin: ToxicityScorer, profanity: ToxicityScorer) -> None:
    polite_hate = ["People of that religion are vermin.", "I will end your miserable life with my own hands."]
    assert np.all(profanity.score(polite_hate) < profanity.threshold)
    assert np.all(builtin.score(polite_hate) >= builtin.threshold)
    assert profanity.score(["This fucking weather, man. Rain again."])[0] >= profanity.threshold


# --- build ----------------------------------------------------------------------------------------


def test_builtin_builds_on_first_use_with_a_manifest(tmp_path: Path) -> None:
    # Reuse the fast embedding already built in the default model dir instead of distilling again.
    load_embedder("fast")
    model_dir = tmp_path / "models"
    model_dir.mkdir()
    (model_dir / FAST_MODEL_NAME).symlink_to(artifact_dir(FAST_MODEL_NAME))
    data = tmp_path / "data"
    data.mkdir()
    rows = [json.loads(line) for line in (default_data_dir() / "train_handwritten.jsonl").read_text().splitlines()]
    small = rows[::4]  # every category, a quarter of the rows: a fast build
    (data / "train_small.jsonl").write_text("".join(json.dumps(r) + "\n" for r in small))

    assert not is_built(ARTIFACT_NAME, model_dir)
    scorer = load_builtin(model_dir=model_dir, data_dir=data)
    assert is_built(ARTIFACT_NAME, model_dir)
    manifest = read_manifest(artifact_dir(ARTIFACT_NAME, model_dir))
    assert manifest is not None
    assert manifest["details"]["embedding"]["name"] == FAST_MODEL_NAME
    assert manifest["details"]["train_rows"] == len(small)
    assert set(manifest["files"]) == {"config.json", "weights.npz"}
    assert 0.0 < scorer.threshold < 1.0
    # Loading again reuses the artifact (no rebuild: same files, same scores).
    again = load_builtin(model_dir=model_dir, data_dir=data)
    np.testing.assert_array_equal(again.score(CLEARLY_TOXIC), scorer.score(CLEARLY_TOXIC))


def test_missing_training_data_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"no training data \(train\*\.jsonl\)"):
        train_files(tmp_path)


# --- data ----------------------------------------------------------------------------------------


def test_eval_set_is_disjoint_from_training_and_covers_every_category() -> None:
    train = load_examples(*train_files())
    held_out = load_examples(default_data_dir() / "eval.jsonl")
    assert not {e.text.lower() for e in train} & {e.text.lower() for e in held_out}
    cats = {e.category for e in held_out}
    assert {"insult", "threat", "identity_hate", "harassment", "self_harm"} <= cats
    assert {"technical", "medical", "complaint", "meta", "fiction", "profanity", "llm_response"} <= cats
    assert len(held_out) >= 400 and len(train) >= 2000


def test_generated_training_data_is_reproducible() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "generate_toxicity_train.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
