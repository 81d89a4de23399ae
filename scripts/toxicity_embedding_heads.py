"""Leave-one-set-out comparison of the built-in toxicity scorer with embedding heads (session 9).

Question: does a logistic-regression head on a text embedding — the fast static embedding the
pipeline already computes for every event, or all-MiniLM-L6-v2 — improve generalisation to unseen
sets, alone or combined with the linear scorer? Development data only; the decision rule was fixed in
advance (see ``docs/toxicity.md``, "Session 9").

    .venv/bin/python scripts/toxicity_embedding_heads.py              # leave-one-set-out, eval2..eval9
    .venv/bin/python scripts/toxicity_embedding_heads.py --loao       # blind authors: eval8 / eval9 out, the rest in
    .venv/bin/python scripts/toxicity_embedding_heads.py --json out.json

Protocol per held-out set S: train on every ``train*.jsonl`` except S's own file (eval2 and eval3 are
``train_eval2`` / ``train_eval3``); threshold = the lowest one with benign FPR <= 3.5 % on the
``calibration*.jsonl`` files other than S (never trained on); report ROC AUC, recall per toxic
category and benign FPR on S. Candidates: ``B`` the linear scorer (shipped features and settings,
retrained per fold); ``F`` / ``M`` a head on the fast / MiniLM text embedding (C from 5-fold CV AUC on
the fold's training rows); ``B+X avg`` the mean of the two logits; ``B+X stack`` a logistic regression
on the two logits fitted on 5-fold out-of-fold logits of the training rows. Deterministic (fixed
seeds, one BLAS thread); MiniLM embeds ~7,600 texts (~1.5 min on one core). Since session 15 eval7 … eval16
are training files (``train_eval7.jsonl`` …): every fold now also trains on the blind sets other than S, so the
figures differ from session 9's.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from detectors.toxicity.base import TOXIC_CATEGORIES  # noqa: E402
from detectors.toxicity.data import load_examples  # noqa: E402

DATA = REPO / "data" / "toxicity"
#: Held-out sets of the leave-one-set-out protocol and their files (explicit: nothing else is read).
SETS = {
    "eval2": "train_eval2.jsonl",
    "eval3": "train_eval3.jsonl",
    "eval4": "calibration_eval4.jsonl",
    "eval5": "calibration_eval5.jsonl",
    "eval6": "calibration_eval6.jsonl",
    "eval7": "train_eval7.jsonl",
    "eval8": "train_eval8.jsonl",
    "eval9": "train_eval9.jsonl",
}
#: Benign FPR at which the threshold is set on the calibration pool.
POOL_FPR = 0.035
HEAD_CS = (0.25, 1.0, 4.0, 16.0)


def _threshold(z_pool: np.ndarray, y_pool: np.ndarray) -> float:
    benign = np.sort(z_pool[y_pool == 0])[::-1]
    return float(benign[int(np.floor(POOL_FPR * len(benign) + 1e-9))] + 1e-4)


def run(loao: bool) -> dict[str, dict[str, Any]]:
    """Every fold's figures per candidate."""
    import torch
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from threadpoolctl import threadpool_limits

    from detectors.embeddings import load_embedder
    from detectors.toxicity.builtin import _aggregate, _fit_windows
    from detectors.toxicity.evaluate import _auc
    from detectors.toxicity.features import FeatureConfig, FeatureExtractor

    torch.set_num_threads(1)
    train = sorted(p.name for p in DATA.glob("train*.jsonl"))
    calib = sorted(p.name for p in DATA.glob("calibration*.jsonl"))
    files = list(dict.fromkeys([*train, *calib, *SETS.values()]))
    if any("eval10" in f for f in files):
        raise SystemExit("eval10 is not development data")
    examples, src_list = [], []
    for f in files:
        loaded = load_examples(DATA / f)
        examples += loaded
        src_list += [f] * len(loaded)
    src = np.array(src_list)
    texts = [e.text for e in examples]
    y = np.array([e.label for e in examples])
    cats = np.array([e.category for e in examples])
    source = np.array([e.source for e in examples])
    cfg = FeatureConfig()
    fast = load_embedder("fast")
    with threadpool_limits(limits=1):
        x, counts = FeatureExtractor(cfg, fast.encode).window_matrix(texts)
        started = time.perf_counter()
        emb = {"F": fast.encode(texts), "M": load_embedder("quality").encode(texts, batch_size=64)}
        print(f"embedded {len(texts)} texts in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        owner = np.repeat(np.arange(len(texts)), counts)
        first = np.concatenate([[0], np.cumsum(counts)[:-1]])

        def lin_logits(model: Any, rows: np.ndarray) -> np.ndarray:
            windows = np.concatenate([np.arange(first[t], first[t] + counts[t]) for t in rows])
            return _aggregate(
                model.decision_function(x[windows]), counts[rows], cfg.length_penalty, cfg.penalty_windows
            )

        def head(c: float) -> Any:
            return LogisticRegression(C=c, class_weight="balanced", max_iter=5000)

        if loao:
            folds = [
                ("eval8 (LOAO)", "train_eval8.jsonl", ["train_eval7.jsonl", "train_eval9.jsonl"]),
                ("eval9 (LOAO)", "train_eval9.jsonl", ["train_eval7.jsonl", "train_eval8.jsonl"]),
            ]
        else:
            folds = [(name, f, []) for name, f in SETS.items()]
        results: dict[str, dict[str, Any]] = {}
        for name, held, extra in folds:
            tr = (np.isin(src, train) | np.isin(src, extra)) & (src != held)
            te = np.flatnonzero(src == held)
            pool = np.flatnonzero(np.isin(src, calib) & (src != held))
            cv_rows = np.flatnonzero(tr & np.isin(source, ["", "handwritten"]))
            base = np.flatnonzero(tr & (source == "template"))
            oof = {"B": np.zeros(len(cv_rows))}
            oof_c = {(k, c): np.zeros(len(cv_rows)) for k in emb for c in HEAD_CS}
            for a, b in StratifiedKFold(5, shuffle=True, random_state=0).split(cv_rows, cats[cv_rows]):
                fit_rows = np.concatenate([cv_rows[a], base])
                oof["B"][b] = lin_logits(_fit_windows(x, owner, counts, y, fit_rows), cv_rows[b])
                for k, vecs in emb.items():
                    for c in HEAD_CS:
                        oof_c[(k, c)][b] = head(c).fit(vecs[fit_rows], y[fit_rows]).decision_function(vecs[cv_rows[b]])
            yc = y[cv_rows]
            chosen: dict[str, float] = {}
            for k in emb:
                cv_auc = [_auc(yc, oof_c[(k, c)]) for c in HEAD_CS]
                chosen[k] = HEAD_CS[int(np.argmax(cv_auc))]
                oof[k] = oof_c[(k, chosen[k])]
            tr_rows = np.flatnonzero(tr)
            rows = np.concatenate([te, pool])
            z = {"B": lin_logits(_fit_windows(x, owner, counts, y, tr_rows), rows)}
            for k, vecs in emb.items():
                z[k] = head(chosen[k]).fit(vecs[tr_rows], y[tr_rows]).decision_function(vecs[rows])
            for k in emb:
                z[f"B+{k} avg"] = (z["B"] + z[k]) / 2
                stack = LogisticRegression(C=1e4, max_iter=5000).fit(np.c_[oof["B"], oof[k]], yc)
                z[f"B+{k} stack"] = stack.decision_function(np.c_[z["B"], z[k]])
            yt, ct, n = y[te], cats[te], len(te)
            fold: dict[str, Any] = {"head_C": chosen}
            for cand, zz in z.items():
                t = _threshold(zz[n:], y[pool])
                flag = zz[:n] >= t
                fold[cand] = {
                    "auc": round(_auc(yt, zz[:n]), 4),
                    "recall": {c: round(float(flag[(yt == 1) & (ct == c)].mean()), 4) for c in TOXIC_CATEGORIES},
                    "fpr": round(float(flag[yt == 0].mean()), 4),
                    "false_positives": int(flag[yt == 0].sum()),
                    "benign": int((yt == 0).sum()),
                }
            results[name] = fold
            print(f"{name} done", file=sys.stderr)
    return results


def table(results: dict[str, dict[str, Any]]) -> str:
    """Markdown: per held-out set, then the means."""
    sets = list(results)
    cands = [c for c in results[sets[0]] if c != "head_C"]
    lines = ["| held out | candidate | AUC | recall ins / thr / id / har / sh | FPR |", "|---|---|---|---|---|"]
    for s in sets:
        for c in cands:
            r = results[s][c]
            rec = " / ".join(f"{r['recall'][k]:.2f}" for k in TOXIC_CATEGORIES)
            fp = f"{r['fpr']:.3f} ({r['false_positives']}/{r['benign']})"
            lines.append(f"| {s} | {c} | {r['auc']:.4f} | {rec} | {fp} |")
    lines += ["", "| candidate | mean AUC | min AUC | mean recall ins / thr / id / har / sh | mean FPR |"]
    lines.append("|---|---|---|---|---|")
    for c in cands:
        aucs = [results[s][c]["auc"] for s in sets]
        rec = " / ".join(f"{np.mean([results[s][c]['recall'][k] for s in sets]):.3f}" for k in TOXIC_CATEGORIES)
        fpr = np.mean([results[s][c]["fpr"] for s in sets])
        lines.append(f"| {c} | {np.mean(aucs):.4f} | {min(aucs):.4f} | {rec} | {fpr:.4f} |")
    return "\n".join(lines)


def main() -> None:
    """Run the comparison and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loao", action="store_true", help="leave-one-author-out for the blind authors (eval8, eval9)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    results = run(args.loao)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(table(results))


if __name__ == "__main__":
    main()
