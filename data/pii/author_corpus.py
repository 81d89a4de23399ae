"""Fresh-seed training texts from the spent held-out generators (multi-author name-tagger training).

Each ``data/pii/gen_heldoutK.py`` (K = 3..11, written by different authors) builds its frozen
evaluation set ``eval_heldoutK.jsonl`` from a module-level ``SEED`` read by its ``build()`` at call
time. This module imports a generator by path under a private module name, sets that module's
``SEED`` to ``SEED + 1000 * i`` (i = 1, 2, ...; never the frozen seed), calls its own ``build()``
and keeps the records. The generator files are not edited (their hashes are tested) and nothing is
written to disk. Records whose text equals a text of the frozen ``eval_heldoutK.jsonl`` are dropped
(:func:`author_records` counts them), so no evaluation text is ever trained on verbatim.

Never used for ``gen_heldout12`` (the unseen set): :data:`AUTHORS` is the closed list 3..11.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
AUTHORS: tuple[int, ...] = (3, 4, 5, 6, 7, 8, 9, 10, 11)  # spent sets only (never 12)
SEED_STEP = 1000


@dataclass
class AuthorStats:
    """What :func:`author_records` drew for one author."""

    author: int
    seeds: list[int] = field(default_factory=list)
    built: int = 0
    dropped_overlap: int = 0
    kept: int = 0
    person_spans: int = 0


def load_generator(k: int) -> ModuleType:
    """``gen_heldoutK.py`` imported by path as a private module (a fresh module object every call)."""
    if k not in AUTHORS:
        raise ValueError(f"author {k} is not a spent held-out generator {AUTHORS}")
    path = HERE / f"gen_heldout{k}.py"
    name = f"_author_corpus_gen_heldout{k}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses resolve their module through sys.modules
    spec.loader.exec_module(mod)
    return mod


def frozen_texts(k: int) -> frozenset[str]:
    """Texts of the frozen evaluation set written by author ``k``."""
    path = HERE / f"eval_heldout{k}.jsonl"
    return frozenset(json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line)


def fresh_build(k: int, i: int) -> tuple[int, list[dict[str, Any]]]:
    """All records of author ``k``'s generator run with seed ``SEED + 1000 * i`` (``i >= 1``)."""
    if i < 1:
        raise ValueError("i must be >= 1: i = 0 is the frozen evaluation seed")
    mod = load_generator(k)
    frozen_seed = int(getattr(mod, "SEED"))  # noqa: B009 - a module attribute the type checker cannot see
    seed = frozen_seed + SEED_STEP * i
    setattr(mod, "SEED", seed)  # noqa: B010 - build() reads the module-level SEED at call time
    try:
        records: list[dict[str, Any]] = getattr(mod, "build")()  # noqa: B009
    finally:
        setattr(mod, "SEED", frozen_seed)  # noqa: B010
    return seed, records


def to_training(rec: dict[str, Any]) -> dict[str, Any]:
    """``{"text", "spans": [[start, end], ...]}`` with the PERSON gold spans only (the tagger's format)."""
    text = str(rec["text"])
    spans = []
    for s in rec["spans"]:
        if s["type"] != "PERSON":
            continue
        start, end = int(s["start"]), int(s["end"])
        assert text[start:end] == s["text"], (rec.get("id"), s)
        spans.append([start, end])
    return {"text": text, "spans": sorted(spans)}


def author_records(k: int, n: int, seed: int = 0) -> tuple[list[dict[str, Any]], AuthorStats]:
    """``n`` training records from author ``k`` at fresh seeds (whole builds i = 1, 2, ... until at
    least ``n`` records remain after dropping frozen-text duplicates; then a sample of ``n`` drawn with
    ``random.Random(seed * 100 + k)``, so every template of the author is represented)."""
    stats = AuthorStats(author=k)
    if n <= 0:
        return [], stats
    frozen = frozen_texts(k)
    pool: list[dict[str, Any]] = []
    i = 0
    while len(pool) < n:
        i += 1
        s, recs = fresh_build(k, i)
        stats.seeds.append(s)
        stats.built += len(recs)
        for rec in recs:
            if rec["text"] in frozen:
                stats.dropped_overlap += 1
                continue
            pool.append(to_training(rec))
        if i >= 50:
            raise RuntimeError(f"author {k}: only {len(pool)} fresh texts after {i} builds")
    picked = random.Random(seed * 100 + k).sample(pool, n)
    stats.kept = len(picked)
    stats.person_spans = sum(len(r["spans"]) for r in picked)
    return picked, stats


def multi_author(authors: list[int], n_total: int, seed: int = 0) -> tuple[list[dict[str, Any]], list[AuthorStats]]:
    """``n_total`` records split evenly over ``authors`` (the first ``n_total % len(authors)`` get one more)."""
    out: list[dict[str, Any]] = []
    stats = []
    q, r = divmod(n_total, len(authors))
    for j, k in enumerate(authors):
        recs, st = author_records(k, q + (1 if j < r else 0), seed)
        out.extend(recs)
        stats.append(st)
    return out, stats
