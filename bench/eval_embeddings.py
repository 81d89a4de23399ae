"""How closely does the fast (static) tier follow all-MiniLM-L6-v2? Held-out text only.

Usage::

    .venv/bin/python bench/eval_embeddings.py                         # the built fast model
    .venv/bin/python bench/eval_embeddings.py --model DIR --model DIR2 --json out.json

For every evaluation set and every static model it prints, against MiniLM: Pearson and Spearman
r of all pairwise cosines, mean top-10 nearest-neighbour overlap, and — for sets made of groups
(topics, packages) — Pearson r of the pairwise cosines of the group centroids.

Evaluation sets (none of them is used to build or tune the model; the calibration corpus is
``data/embeddings/calibration.txt`` from ``scripts/build_embedding_corpus.py``):

* ``handwritten`` — ``data/embeddings/heldout.txt``, LLM-app prompts and replies written by hand;
* ``unit-test`` — the unit tests' 100 sentences, five on each of 20 topics (grouped);
* ``docstrings`` — 100 docstring sentences from each of 12 installed packages that the corpus
  does not draw from (grouped by package);
* ``docs-files`` — sentences from Node.js and Vim documentation under ``/usr/share`` (only where
  installed; not part of the repository).
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import sys
from pathlib import Path

import numpy as np
from scipy.stats import pearsonr, spearmanr

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT, ROOT / "scripts"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from build_embedding_corpus import TRAIN_PACKAGES  # noqa: E402
from embedding_text import docstring_sentences, markdown_sentences  # noqa: E402

HELDOUT_PACKAGES = (
    "pandas", "sympy", "matplotlib", "hypothesis", "slack_sdk", "sentence_transformers",
    "aiohttp", "pygments", "xml", "http", "multiprocessing", "tkinter",
)  # fmt: skip
PER_PACKAGE = 100
DOC_FILES = 600
SEED = 7
K = 10

EvalSet = tuple[list[str], list[int] | None]


def unit_test_sentences() -> list[str]:
    """The ``SENTENCES`` list of tests/unit/test_embeddings.py, read without importing the tests."""
    tree = ast.parse((ROOT / "tests" / "unit" / "test_embeddings.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "SENTENCES" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise RuntimeError("SENTENCES not found in tests/unit/test_embeddings.py")


def eval_sets() -> dict[str, EvalSet]:
    """The evaluation sets of the module docstring: texts and optional group labels."""
    assert not set(HELDOUT_PACKAGES) & set(TRAIN_PACKAGES)
    lines = (ROOT / "data" / "embeddings" / "heldout.txt").read_text(encoding="utf-8").splitlines()
    sets: dict[str, EvalSet] = {"handwritten": ([ln for ln in lines if ln.strip() and not ln.startswith("#")], None)}
    unit = unit_test_sentences()
    sets["unit-test"] = (unit, [i // 5 for i in range(len(unit))])
    rng = random.Random(SEED)
    texts: list[str] = []
    groups: list[int] = []
    for g, package in enumerate(HELDOUT_PACKAGES):
        sentences = docstring_sentences(package)
        rng.shuffle(sentences)
        texts += sentences[:PER_PACKAGE]
        groups += [g] * len(sentences[:PER_PACKAGE])
    sets["docstrings"] = (texts, groups)
    files = sorted(Path("/usr/share/doc/nodejs/api").glob("*.md"))
    files += sorted(Path("/usr/share/vim/vim90/doc").glob("*.txt"))
    if files:
        doc = markdown_sentences(files)
        rng.shuffle(doc)
        sets["docs-files"] = (doc[:DOC_FILES], None)
    return sets


def _cos(x: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(x, axis=1, keepdims=True)
    x = np.divide(x, n, out=np.zeros_like(x), where=n > 0)
    return x @ x.T


def compare(static: np.ndarray, ref: np.ndarray, groups: list[int] | None) -> dict[str, float]:
    """Pearson / Spearman of pairwise cosines, top-``K`` neighbour overlap, centroid Pearson."""
    cs, cr = _cos(static.astype(np.float64)), _cos(ref.astype(np.float64))
    iu = np.triu_indices(len(cs), 1)
    out = {"pearson": float(pearsonr(cs[iu], cr[iu])[0]), "spearman": float(spearmanr(cs[iu], cr[iu])[0])}
    np.fill_diagonal(cs, -np.inf)
    np.fill_diagonal(cr, -np.inf)
    k = min(K, len(cs) - 1)
    ns, nr = np.argsort(-cs, axis=1)[:, :k], np.argsort(-cr, axis=1)[:, :k]
    out[f"top{K}_overlap"] = float(np.mean([len(set(a) & set(b)) / k for a, b in zip(ns, nr, strict=True)]))
    if groups is not None:
        g = np.asarray(groups)
        cents = [np.stack([x[g == i].mean(axis=0) for i in np.unique(g)]) for x in (static, ref)]
        cc = [_cos(c.astype(np.float64)) for c in cents]
        ju = np.triu_indices(len(cc[0]), 1)
        out["centroid_pearson"] = float(pearsonr(cc[0][ju], cc[1][ju])[0])
    return {k: round(v, 3) for k, v in out.items()}


def main() -> int:
    """Print (and optionally write) the comparison table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, action="append", help="static model directory (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    from detectors.embeddings import load_embedder

    static_models = [load_embedder("fast", model_path=p) for p in args.model] if args.model else [load_embedder("fast")]
    labels = [str(p) for p in args.model] if args.model else ["default fast model"]
    quality = load_embedder("quality")
    results: dict[str, dict[str, object]] = {}
    for name, (texts, groups) in eval_sets().items():
        ref = quality.encode(texts)
        row: dict[str, object] = {"texts": len(texts)}
        for label, model in zip(labels, static_models, strict=True):
            row[label] = compare(model.encode(texts), ref, groups)
        results[name] = row
        print(name, json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
