"""Sentence sources for fitting and evaluating the fast embedding (no downloads).

Used by ``scripts/build_embedding_corpus.py`` (training text) and ``bench/eval_embeddings.py``
(held-out text). Every source is deterministic for a given set of installed package versions.

* :func:`docstring_sentences` — prose sentences from the docstrings of installed Python packages
  (the split between training and held-out is by package);
* :func:`markdown_sentences` — prose sentences from Markdown/plain-text documentation files.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_CODEISH = re.compile(r"(>>>|::|[=_{}\[\]<>|\\`*#@$]|\.\w+\(|\w\(\)|\bself\b|https?:)")
_WS = re.compile(r"\s+")


def clean_sentences(paragraph: str, min_chars: int = 30, max_chars: int = 260) -> Iterator[str]:
    """Prose sentences of one paragraph: letters mostly, no code or markup, bounded length."""
    text = _WS.sub(" ", paragraph).strip()
    for sentence in _SPLIT.split(text):
        s = sentence.strip()
        if not min_chars <= len(s) <= max_chars or _CODEISH.search(s):
            continue
        letters = sum(c.isalpha() or c == " " for c in s)
        if letters / len(s) < 0.9 or len(s.split()) < 6 or not s[0].isupper():
            continue
        yield s


def _paragraphs(doc: str) -> Iterator[str]:
    for block in re.split(r"\n\s*\n", doc):
        lines = [ln for ln in block.splitlines() if ln.strip()]
        # Skip indented blocks (code, parameter tables) and section underlines.
        if lines and not any(ln.startswith(("    ", "\t")) for ln in lines[1:] if ln.strip()):
            yield " ".join(lines)


def _docstrings(path: Path) -> Iterator[str]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
    except (SyntaxError, ValueError):
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            doc = ast.get_docstring(node, clean=True)
            if doc:
                yield doc


def package_root(name: str) -> Path | None:
    """Directory of an importable package (without importing it)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def docstring_sentences(package: str) -> list[str]:
    """Unique prose sentences from every docstring of ``package`` (files in sorted order)."""
    root = package_root(package)
    if root is None:
        return []
    seen: dict[str, None] = {}
    for path in sorted(root.rglob("*.py")):
        if "test" in path.relative_to(root).as_posix():
            continue
        for doc in _docstrings(path):
            for paragraph in _paragraphs(doc):
                for s in clean_sentences(paragraph):
                    seen.setdefault(s, None)
    return list(seen)


def markdown_sentences(paths: Iterable[Path]) -> list[str]:
    """Unique prose sentences from Markdown / plain-text files (code blocks and tables skipped)."""
    seen: dict[str, None] = {}
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        text = re.sub(r"```.*?```", "\n\n", text, flags=re.S)
        for paragraph in re.split(r"\n\s*\n", text):
            if paragraph.lstrip().startswith(("|", "#", "-", "*", "    ", ">")):
                continue
            for s in clean_sentences(paragraph):
                seen.setdefault(s, None)
    return list(seen)
