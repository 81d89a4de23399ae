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
from sklearn.feature_extraction.text import HashingVectorizer

from detectors.toxicity.data import calibration_files, load_examples, train_files

MAX_JACCARD = 0.5


def max_jaccard(texts: list[str], refs: list[str]) -> np.ndarray:
    """Largest char-4-gram Jaccard of each text to any reference (the tests' measure).

    A text too short to have a 4-gram ("kys") scores 1.0 if it equals a reference, else 0.0.
    """
    norm = [[" ".join(t.lower().split()) for t in x] for x in (texts, refs)]
    vec = HashingVectorizer(analyzer="char", ngram_range=(4, 4), n_features=2**22, alternate_sign=False, norm=None)
    a, b = (vec.transform(x).sign() for x in norm)
    inter = (a @ b.T).toarray()
    union = np.asarray(a.sum(1)) + np.asarray(b.sum(1)).T - inter
    jaccard = np.divide(inter, union, out=np.zeros_like(inter, dtype=float), where=union > 0)
    seen = set(norm[1])
    exact = np.array([t in seen for t in norm[0]], dtype=float)
    return np.maximum(jaccard.max(axis=1), exact)


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
