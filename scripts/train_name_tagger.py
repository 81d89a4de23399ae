"""Train the PERSON name tagger and write ``detectors/pii/name_tagger.npz``.

Generates the training texts with ``data/pii/gen_person_train.py`` (seeded, in memory; ``--n`` texts
plus 10% people-in-prose texts from a second generator seeded ``seed + 1`` and 6% rosters, GEDCOM,
captions, tables and staff notes from a third seeded ``seed + 2``), extracts
the tagger's features for every candidate token, fits a multinomial logistic regression
(scikit-learn, training only) and ships the feature vocabulary and weights as a compressed npz
(float16 weights). Nothing here runs at detection time.

Session 8, multi-author training (off by default): ``--authors 3,4,...,11 --author-share 0.2`` adds
texts of the spent held-out generators ``data/pii/gen_heldoutK.py`` run at fresh seeds
(``SEED + 1000 * i``, never the frozen one; see ``data/pii/author_corpus.py``), split evenly over the
authors, so that they make up ``--author-share`` of all training texts. Without ``--authors`` the
data and the weights are exactly those of session 7.

Usage (reproducible: same seed, same packages -> same weights)::

    nice -n 19 .venv/bin/python -m scripts.train_name_tagger            # --n 16000 --seed 7
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from data.pii.gen_person_train import _real_files, generate
from detectors.pii.name_lists import reliable_first_names
from detectors.pii.name_tagger import (
    _LOWER_WORD,
    DEFAULT_WEIGHTS,
    candidates,
    spans_to_labels,
    token_features,
    tokenize,
)


def build_lexicon(min_count: int = 5) -> frozenset[str]:
    """Common lower-case words: written in lower case at least ``min_count`` times in the installed
    packages' prose and code (the files the training negatives come from), minus census first names."""
    words: Counter[str] = Counter()
    for path in _real_files():
        if path.suffix not in (".md", ".rst", ".txt", ".py", ".html"):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        words.update(_LOWER_WORD.findall(text))
    firsts = {n.lower() for n in reliable_first_names()}
    return frozenset(w for w, c in words.items() if c >= min_count and len(w) > 2 and w not in firsts)


def _fixed_hash_seed() -> None:
    """Re-run this command with ``PYTHONHASHSEED=0``: some Faker locales draw from sets, whose order
    depends on the string hash seed, so the data (and the weights) are reproducible only with a fixed one."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])


def main(argv: list[str] | None = None) -> int:
    _fixed_hash_seed()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=16000, help="generated training texts")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--list-share", type=float, default=0.06, help="share of roster/GEDCOM/caption/table texts")
    ap.add_argument("--min-count", type=int, default=2, help="drop features seen fewer times")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 regularisation strength")
    ap.add_argument("--out", type=Path, default=DEFAULT_WEIGHTS)
    ap.add_argument(
        "--authors",
        type=lambda v: [int(x) for x in v.split(",") if x.strip()],
        default=[],
        help="comma-separated held-out generators (3..11) whose fresh-seed texts are added",
    )
    ap.add_argument("--author-share", type=float, default=0.2, help="share of all training texts taken from --authors")
    args = ap.parse_args(argv)
    if args.authors and not 0.0 < args.author_share < 1.0:
        ap.error("--author-share must be in (0, 1)")
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    t0 = time.perf_counter()
    lexicon = build_lexicon()
    feats: list[list[str]] = []
    labels: list[int] = []
    records = generate(args.n, args.seed, list_share=args.list_share)
    if args.authors:
        from data.pii.author_corpus import multi_author

        n_auth = round(args.author_share * len(records) / (1.0 - args.author_share))
        extra, stats = multi_author(args.authors, n_auth, args.seed)
        for st in stats:
            print(
                f"author {st.author}: {st.kept} texts ({st.person_spans} PERSON spans) from seeds {st.seeds}, "
                f"{st.dropped_overlap} of {st.built} built dropped as frozen-set texts"
            )
        print(f"{len(records)} base + {len(extra)} multi-author texts ({time.perf_counter() - t0:.0f} s)")
        records = records + extra
    for rec in records:
        text = str(rec["text"])
        tokens = tokenize(text)
        cands = candidates(tokens, text)
        feats.extend(token_features(text, tokens, cands, lexicon))
        labels.extend(spans_to_labels(tokens, cands, rec["spans"]))  # type: ignore[arg-type]
    counts = Counter(f for fs in feats for f in fs)
    vocab_list = sorted(f for f, c in counts.items() if c >= args.min_count)
    vocab = {f: k for k, f in enumerate(vocab_list)}
    rows, cols = [], []
    for r, fs in enumerate(feats):
        for f in fs:
            k = vocab.get(f)
            if k is not None:
                rows.append(r)
                cols.append(k)
    x = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(feats), len(vocab)))
    y = np.asarray(labels)
    print(
        f"{len(feats)} candidate tokens, labels {dict(Counter(labels))}, {len(vocab)} features "
        f"({time.perf_counter() - t0:.0f} s)"
    )
    model = LogisticRegression(C=args.c, max_iter=300)
    model.fit(x, y)
    assert list(model.classes_) == [0, 1, 2]
    weights = model.coef_.T.astype(np.float16)  # (features, 3)
    bias = model.intercept_.astype(np.float32)
    keep = np.abs(weights.astype(np.float32)).max(axis=1) > 1e-3
    vocab_kept = [f for f, k in zip(vocab_list, keep, strict=True) if k]
    blob = np.frombuffer("\n".join(vocab_kept).encode("utf-8"), dtype=np.uint8)
    lex = np.frombuffer("\n".join(sorted(lexicon)).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(args.out, vocab=blob, weights=weights[keep], bias=bias, lexicon=lex)
    acc = float((model.predict(x) == y).mean())
    print(
        f"train accuracy {acc:.4f}; {len(vocab_kept)} features kept -> {args.out} "
        f"({args.out.stat().st_size / 1e6:.2f} MB, {time.perf_counter() - t0:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
