"""Drop eval12 rows whose wording the built-in scorer has already seen in training.

The blind author wrote ``gen_eval12.py`` without reading any toxicity data. Stock phrases still
coincide with training rows (one exact match, "My feet are killing me after that hike.", and 17
rows with a char-4-gram Jaccard over 0.5, e.g. a Roth IRA question). The lead therefore keeps,
before any scoring, only rows whose largest Jaccard to every row the scorer is built from is <= 0.5
(the bar the other held-out sets meet, ``tests/unit/test_toxicity.py``): ``train*.jsonl`` and
``calibration*.jsonl`` of this directory, plus any extra files given (rows written this session
but not yet in the repo).

    python data/toxicity/gen_eval12/gen_eval12.py --out /tmp/eval12_raw.jsonl
    python data/toxicity/gen_eval12/drop_seen.py /tmp/eval12_raw.jsonl data/toxicity/eval12.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from detectors.toxicity.data import calibration_files, char4_jaccard_max, load_examples, train_files

MAX_JACCARD = 0.5


def max_jaccard(texts: list[str], refs: list[str]) -> np.ndarray:
    """Largest char-4-gram Jaccard of each text to any reference (the tests' and the build's measure).

    A text too short to have a 4-gram ("kys") scores 1.0 if it equals a reference, else 0.0.
    """
    return char4_jaccard_max(texts, refs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("extra_train", type=Path, nargs="*")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.raw.read_text().splitlines() if line.strip()]
    refs = [e.text for e in load_examples(*train_files(), *calibration_files(), *args.extra_train)]
    scores = max_jaccard([r["text"] for r in rows], refs)
    kept = [r for r, s in zip(rows, scores, strict=True) if s <= MAX_JACCARD]
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept))
    print(f"kept {len(kept)} of {len(rows)} rows (dropped {len(rows) - len(kept)} seen in training)")


if __name__ == "__main__":
    main()
