"""Command line: ``python -m detectors.toxicity {build,evaluate}``.

* ``build [--out DIR] [--data-dir DIR] [--model-dir DIR]`` — train the built-in scorer from
  ``train*.jsonl``, choose its threshold on ``calibration.jsonl`` and write it (with its manifest) to
  ``DIR`` (default: ``<model_dir>/toxicity-builtin``).
* ``evaluate [--data FILE] [--kinds builtin,profanity] [--hf DIR] [--misses N]`` — print the
  Markdown comparison table on a held-out set (default ``data/toxicity/eval23.jsonl``, the freshest).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from detectors.model_store import artifact_dir, build_atomically
from detectors.toxicity import KINDS, load_toxicity_scorer
from detectors.toxicity.builtin import ARTIFACT_NAME, build_builtin
from detectors.toxicity.data import default_data_dir, load_examples
from detectors.toxicity.evaluate import Metrics, evaluate_scorer, format_table


def _build(args: argparse.Namespace) -> int:
    out = args.out or artifact_dir(ARTIFACT_NAME, args.model_dir)
    build_atomically(out, lambda tmp: build_builtin(tmp, data_dir=args.data_dir, model_dir=args.model_dir))
    print(f"built {out}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    examples = load_examples(args.data)
    results: list[Metrics] = []
    for kind in [k.strip() for k in args.kinds.split(",") if k.strip()]:
        path = args.hf if kind == "hf" else (args.model_path if kind == "builtin" else None)
        scorer = load_toxicity_scorer(kind, model_path=path, model_dir=args.model_dir)
        results.append(evaluate_scorer(scorer, examples))
        if args.misses:
            scores = scorer.score([e.text for e in examples])
            wrong = [
                (float(s), e) for s, e in zip(scores, examples, strict=True) if (s >= scorer.threshold) != bool(e.label)
            ]
            print(f"\n{scorer.name}: {len(wrong)} errors (showing up to {args.misses})", file=sys.stderr)
            for s, e in sorted(wrong, key=lambda t: t[1].category)[: args.misses]:
                print(f"  {'FN' if e.label else 'FP'} {s:.3f} {e.category:16s} {e.text}", file=sys.stderr)
    n_pos = sum(e.label for e in examples)
    print(f"{args.data}: {len(examples)} texts ({n_pos} toxic, {len(examples) - n_pos} benign)\n")
    print(format_table(results))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m detectors.toxicity``."""
    parser = argparse.ArgumentParser(prog="python -m detectors.toxicity", description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, default=None, help="root of built artifacts")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="train the built-in scorer")
    b.add_argument("--out", type=Path, default=None, help="output directory (default: the model dir's artifact)")
    b.add_argument("--data-dir", type=Path, default=None, help="directory of train*.jsonl (default: data/toxicity)")
    e = sub.add_parser("evaluate", help="compare scorers on a labelled set")
    e.add_argument("--data", type=Path, default=default_data_dir() / "eval23.jsonl", help="labelled JSONL")
    e.add_argument("--kinds", default="builtin,profanity", help=f"comma-separated, from {', '.join(KINDS)}")
    e.add_argument("--model-path", type=Path, default=None, help="builtin: a trained model directory")
    e.add_argument("--hf", type=Path, default=None, help="hf: checkpoint directory")
    e.add_argument("--misses", type=int, default=0, help="print up to N misclassified texts per scorer (stderr)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    return _build(args) if args.command == "build" else _evaluate(args)


if __name__ == "__main__":
    sys.exit(main())
