"""Reading the labelled corpora in ``data/toxicity/`` (JSON Lines: ``text``, ``label``, ``category``).

* ``train*.jsonl`` — training examples: hand-written (``train_handwritten*.jsonl``), templated and noisy
  (``train_generated.jsonl``, ``scripts/generate_toxicity_train.py``), and ``train_eval2.jsonl`` (the
  version-2 evaluation set, moved into training after it had been evaluated and its errors read)
  and ``train_eval3.jsonl`` (version 3's first fresh set, moved into training for version 4);
* ``calibration*.jsonl`` — set the default threshold only (never trained on): ``calibration.jsonl``,
  from version 4 ``calibration_eval4.jsonl`` (version 3's second fresh set, now a dev set) and from
  version 5 ``calibration_eval5.jsonl`` (version 4's fresh set eval5, unchanged, now a dev set) and from
  version 6 ``calibration_eval6.jsonl`` (version 5's fresh set eval6, unchanged);
* ``eval.jsonl`` — the first held-out set (seen when diagnosing the first model; kept for history);
* ``eval7.jsonl`` — the freshest held-out set (frozen), written before any version-6 data or model existed.

The data lives at the repository top, not inside the package: :func:`default_data_dir` finds it
relative to this file (a source checkout or editable install), or from ``$DRIFTLINE_TOXICITY_DATA``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from detectors.toxicity.base import BENIGN_CATEGORIES, TOXIC_CATEGORIES
from schemas.errors import ConfigError

__all__ = [
    "CALIBRATION_FILE",
    "DATA_ENV",
    "Example",
    "calibration_files",
    "default_data_dir",
    "load_examples",
    "train_files",
]

#: Environment variable overriding the data directory.
DATA_ENV = "DRIFTLINE_TOXICITY_DATA"
#: File name of the first calibration set; every ``calibration*.jsonl`` is a calibration file.
CALIBRATION_FILE = "calibration.jsonl"


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
