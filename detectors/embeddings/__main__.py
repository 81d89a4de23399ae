"""Command line: ``python -m detectors.embeddings {build,info}``.

``build`` distils and calibrates the static model (default: into ``<model_dir>/static-minilm-256``) and prints
its directory; ``info`` prints the manifest of a built model.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from detectors.embeddings.base import FAST_MODEL_NAME
from detectors.embeddings.distill import build_static_embedding
from detectors.model_store import artifact_dir, read_manifest, verify_artifact


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m detectors.embeddings", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="distil the static (fast-tier) embedding model")
    build.add_argument("--out", type=Path, help="output directory (default: <model_dir>/static-minilm-256)")
    build.add_argument("--source", type=Path, help="local sentence-transformers model (default: all-MiniLM-L6-v2)")
    build.add_argument("--dims", type=int, default=256, help="output dimensions (default: 256)")
    build.add_argument("--corpus", type=Path, help="calibration corpus (default: data/embeddings/calibration.txt)")
    build.add_argument("--no-calibrate", action="store_true", help="plain distilled table, no fitted map")
    info = sub.add_parser("info", help="print the manifest of a built static model")
    info.add_argument("--path", type=Path, help="model directory (default: <model_dir>/static-minilm-256)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    if args.command == "build":
        started = time.perf_counter()
        out = build_static_embedding(
            out_dir=args.out,
            source_model_path=args.source,
            dims=args.dims,
            corpus_path=args.corpus,
            calibrate=not args.no_calibrate,
        )
        print(f"built {out} in {time.perf_counter() - started:.1f} s")
        return 0
    path = args.path or artifact_dir(FAST_MODEL_NAME)
    manifest = read_manifest(path)
    if manifest is None:
        print(f"{path}: not built", file=sys.stderr)
        return 1
    print(json.dumps({**manifest, "verified": verify_artifact(path)}, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
