"""Reading the labelled corpora in ``data/toxicity/`` (JSON Lines: ``text``, ``label``, ``category``).

* ``train*.jsonl`` — training examples: hand-written (``train_handwritten*.jsonl``), templated and noisy
  (``train_generated.jsonl``, ``scripts/generate_toxicity_train.py``), and ``train_eval2.jsonl`` (the
  version-2 evaluation set, moved into training after it had been evaluated and its errors read)
  and ``train_eval3.jsonl`` (version 3's first fresh set, moved into training for version 4);
* ``calibration*.jsonl`` — set the default threshold only (never trained on): ``calibration.jsonl``,
  from version 4 ``calibration_eval4.jsonl`` (version 3's second fresh set, now a dev set) and from
  version 5 ``calibration_eval5.jsonl`` (version 4's fresh set eval5, unchanged, now a dev set) and from
  version 6 ``calibration_eval6.jsonl`` (version 5's fresh set eval6, unchanged);
  ``train_eval7.jsonl`` … ``train_eval16.jsonl`` are the other authors' sets eval7 … eval16 (files unchanged);
* ``eval.jsonl`` — the first held-out set (seen when diagnosing the first model; kept for history);
* ``evalN.jsonl`` — fresh held-out sets (frozen); a build never reads them.

A build trains on :func:`training_examples`: the ``train*.jsonl`` rows minus every row whose char-4-gram
Jaccard (:func:`char4_jaccard_max`) to a row of :func:`reference_files` (the calibration files and
``eval.jsonl``) exceeds :data:`MAX_REFERENCE_JACCARD`, so the held-out rows stay disjoint from training.

The data lives at the repository top, not inside the package: :func:`default_data_dir` finds it
relative to this file (a source checkout or editable install), or from ``$DRIFTLINE_TOXICITY_DATA``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from detectors.toxicity.base import BENIGN_CATEGORIES, TOXIC_CATEGORIES
from schemas.errors import ConfigError

__all__ = [
    "CALIBRATION_FILE",
    "DATA_ENV",
    "MAX_REFERENCE_JACCARD",
    "REFERENCE_FILES",
    "Example",
    "calibration_files",
    "char4_jaccard_max",
    "default_data_dir",
    "load_examples",
    "reference_files",
    "train_files",
    "training_examples",
]

#: Environment variable overriding the data directory.
DATA_ENV = "DRIFTLINE_TOXICITY_DATA"
#: File name of the first calibration set; every ``calibration*.jsonl`` is a calibration file.
CALIBRATION_FILE = "calibration.jsonl"
#: Held-out files besides ``calibration*.jsonl`` that training rows must stay away from.
REFERENCE_FILES = ("eval.jsonl",)
#: A training row with a larger char-4-gram Jaccard to any reference row is left out of training.
MAX_REFERENCE_JACCARD = 0.5


@dataclass(frozen=True)
class Example:
    """One labelled text; ``source`` is ``"template"`` or ``"noise"`` for generated rows, else empty."""

    text: str
    label: int
    category: str
    source: str = ""


def default_data_dir() -> Path:
    """``$DRIFTLINE_TOXICITY_DATA`` if set, else ``<repo>/data/toxicity`` (relative to this package)."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env).expanduser()
    return Path(__file__).resolve().parents[2] / "data" / "toxicity"


def train_files(data_dir: Path | None = None) -> list[Path]:
    """The training files ``train*.jsonl`` under ``data_dir``, sorted; ConfigError if there are none."""
    directory = data_dir if data_dir is not None else default_data_dir()
    files = sorted(directory.glob("train*.jsonl"))
    if not files:
        raise ConfigError(
            f"no training data (train*.jsonl) in {directory}; pass data_dir or set ${DATA_ENV} "
            "to the repository's data/toxicity directory"
        )
    return files


def calibration_files(data_dir: Path | None = None) -> list[Path]:
    """The calibration files ``calibration*.jsonl`` under ``data_dir``, sorted (possibly none)."""
    return sorted((data_dir if data_dir is not None else default_data_dir()).glob("calibration*.jsonl"))


def load_examples(*paths: Path) -> list[Example]:
    """Parse and validate JSON Lines files; errors name the file and line.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d) / "x.jsonl"
    ...     _ = p.write_text('{"text": "hi", "label": 0, "category": "benign"}\\n')
    ...     load_examples(p)
    [Example(text='hi', label=0, category='benign', source='')]
    """
    known = {c: 1 for c in TOXIC_CATEGORIES} | {c: 0 for c in BENIGN_CATEGORIES}
    out: list[Example] = []
    for path in paths:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text, label, category = row["text"], int(row["label"]), str(row["category"])
            except (ValueError, KeyError, TypeError) as exc:
                raise ConfigError(f"{path}:{lineno}: not a labelled example ({exc})") from exc
            if not isinstance(text, str) or known.get(category) != label:
                raise ConfigError(f"{path}:{lineno}: category {category!r} does not match label {label}")
            out.append(Example(text, label, category, str(row.get("source", ""))))
    return out


def reference_files(data_dir: Path | None = None) -> list[Path]:
    """The held-out files training must stay away from: ``calibration*.jsonl`` plus :data:`REFERENCE_FILES`."""
    directory = data_dir if data_dir is not None else default_data_dir()
    extra = [directory / name for name in REFERENCE_FILES if (directory / name).is_file()]
    return [*calibration_files(directory), *extra]


def char4_jaccard_max(texts: Sequence[str], refs: Sequence[str]) -> np.ndarray:
    """Largest char-4-gram Jaccard of each text to any reference (lower-cased, whitespace collapsed).

    Hashed 4-gram sets; a text equal to a reference scores 1.0 even when too short to have a 4-gram.

    >>> char4_jaccard_max(["I will find you", "kys", "nice day"], ["i  WILL find you", "kys"]).round(2).tolist()
    [1.0, 1.0, 0.0]
    """
    from sklearn.feature_extraction.text import HashingVectorizer

    norm = [[" ".join(t.lower().split()) for t in x] for x in (texts, refs)]
    if not norm[0] or not norm[1]:
        return np.zeros(len(norm[0]))
    vec = HashingVectorizer(analyzer="char", ngram_range=(4, 4), n_features=2**22, alternate_sign=False, norm=None)
    a, b = (vec.transform(x).sign() for x in norm)
    inter = (a @ b.T).toarray()
    union = np.asarray(a.sum(1)) + np.asarray(b.sum(1)).T - inter
    jaccard = np.divide(inter, union, out=np.zeros_like(inter, dtype=float), where=union > 0)
    seen = set(norm[1])
    exact = np.array([t in seen for t in norm[0]], dtype=float)
    return np.asarray(np.maximum(jaccard.max(axis=1), exact))


def training_examples(data_dir: Path | None = None) -> tuple[list[Example], int]:
    """The ``train*.jsonl`` rows a build trains on, and how many were dropped as near a held-out row.

    A row is dropped when its :func:`char4_jaccard_max` to any row of :func:`reference_files` exceeds
    :data:`MAX_REFERENCE_JACCARD`.

    >>> import tempfile
    >>> row = '{{"text": "{}", "label": 0, "category": "benign"}}\\n'
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "train.jsonl").write_text(row.format("the cat sat on the mat") + row.format("hello"))
    ...     _ = (Path(d) / "calibration.jsonl").write_text(row.format("The cat sat on the mat!"))
    ...     kept, dropped = training_examples(Path(d))
    >>> [e.text for e in kept], dropped
    (['hello'], 1)
    """
    examples = load_examples(*train_files(data_dir))
    refs = [e.text for e in load_examples(*reference_files(data_dir))]
    near = char4_jaccard_max([e.text for e in examples], refs) > MAX_REFERENCE_JACCARD
    return [e for e, n in zip(examples, near, strict=True) if not n], int(near.sum())
