"""Features of the built-in scorer: normalised text -> hashed word/class n-grams, char n-grams, embedding.

Three blocks, each L2-normalised and weighted (weights in :class:`FeatureConfig`):

* **words** — hashed words, word bigrams, and n-grams over the lexicon-class-substituted sequence
  (see :mod:`detectors.toxicity.lexicon`), plus a few flags (quotes, question);
* **chars** — hashed ``char_wb`` 2–5-grams, robust to typos, leetspeak and masked swearing;
* **embedding** — the fast static sentence embedding (:func:`detectors.embeddings.load_embedder`).

Hashing needs no vocabulary file, so a model is just one weight vector per block.

>>> normalize("Y0u are SOOOO stup1d!!!")
'you are soo stupid!!'
>>> [t for t in word_tokens(normalize("You're a f***ing id10t")) if t.startswith(("k:", "c:"))]
['c:@you', 'c:@det', 'c:@insult', 'k:@you @det', 'k:@det fing', 'k:fing @insult']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer

from detectors.toxicity.lexicon import word_class

__all__ = ["CharNgrams", "FeatureConfig", "FeatureExtractor", "normalize", "word_tokens"]

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# A maximal run of [a-z0-9@$] holding both a letter and a digit, "@" or "$" (leetspeak candidates).
_LEET_RUN = re.compile(r"[a-z0-9@$]*(?:[a-z][a-z0-9@$]*[0-9@$]|[0-9@$][a-z0-9@$]*[a-z])[a-z0-9@$]*")
_MASK = re.compile(r"(?<=[a-z])[*#]+(?=[a-z])")
_REPEAT = re.compile(r"(.)\1{2,}")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_TOKEN = re.compile(r"[a-z0-9@']+(?:-[a-z]+)*")
_LEETY = re.compile(r"[0-9@$]")
_SPACED_KYS = re.compile(r"\bk[\s.]+y[\s.]+s\b")


def _unleet(match: re.Match[str]) -> str:
    return match.group(0).translate(_LEET)


def normalize(text: str) -> str:
    """Lower-case, undo common leetspeak inside words, drop masking stars, squeeze letter runs to two."""
    t = text.lower().translate(_QUOTES)
    if _LEETY.search(t):
        t = _LEET_RUN.sub(_unleet, t)
    t = _MASK.sub("", t)
    t = _SPACED_KYS.sub("kys", t)
    return _REPEAT.sub(r"\1\1", t)


def word_tokens(text: str) -> list[str]:
    """Feature tokens of one *normalised* text (the analyzer of the words block).

    ``w:`` words, ``b:`` word bigrams, ``c:`` lexicon classes, ``k:``/``t:`` class-substituted bi- and
    trigrams containing a class, ``s:`` ordered class pairs within four words, ``f:`` flags.
    """
    words = _TOKEN.findall(text)
    classes = [word_class(w.strip("'")) for w in words]
    mixed = [c or w for w, c in zip(words, classes, strict=True)]
    feats = [f"w:{w}" for w in words]
    feats += [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    feats += [f"c:{c}" for c in classes if c]
    for i in range(len(words)):
        has = classes[i] is not None
        if i + 1 < len(words) and (has or classes[i + 1]):
            feats.append(f"k:{mixed[i]} {mixed[i + 1]}")
        if i + 2 < len(words) and (has or classes[i + 1] or classes[i + 2]):
            feats.append(f"t:{mixed[i]} {mixed[i + 1]} {mixed[i + 2]}")
        if has:
            feats += [f"s:{classes[i]} {c}" for c in classes[i + 1 : i + 5] if c]
    if '"' in text or "\u201c" in text:
        feats.append("f:quote")
    if text.rstrip().endswith("?"):
        feats.append("f:question")
    feats.append(f"f:len{min(len(words) // 8, 4)}")
    return feats


class CharNgrams:
    """sklearn's ``char_wb`` n-grams (the same multiset, so the same hashed features), cached per word.

    Words repeat across texts, so slicing each distinct word once makes this several times faster
    than ``HashingVectorizer(analyzer="char_wb")`` while producing an identical matrix.

    >>> sorted(CharNgrams(2, 3)("ab  c"))
    [' a', ' ab', ' c', ' c ', 'ab', 'ab ', 'b ', 'c ']
    """

    _WHITE = re.compile(r"\s\s+")

    def __init__(self, low: int, high: int, cache_size: int = 200_000) -> None:
        self.low, self.high, self.cache_size = low, high, cache_size
        self._cache: dict[str, list[str]] = {}

    def _word(self, word: str) -> list[str]:
        w = f" {word} "
        size = len(w)
        out: list[str] = []
        for n in range(self.low, self.high + 1):
            if size <= n:  # sklearn counts a word shorter than n (or equal to it) once, then stops
                out.append(w[:n])
                break
            out += [w[i : i + n] for i in range(size - n + 1)]
        return out

    def __call__(self, text: str) -> list[str]:
        """All n-grams of ``text``, in no particular order."""
        cache = self._cache
        out: list[str] = []
        for word in self._WHITE.sub(" ", text).split():
            grams = cache.get(word)
            if grams is None:
                if len(cache) >= self.cache_size:
                    cache.clear()
                grams = cache[word] = self._word(word)
            out += grams
        return out


@dataclass(frozen=True)
class FeatureConfig:
    """Hyper-parameters of the feature blocks (stored in the model's ``config.json``)."""

    word_bits: int = 16
    char_bits: int = 16
    char_ngram_min: int = 2
    char_ngram_max: int = 5
    word_weight: float = 1.0
    char_weight: float = 1.0
    embedding_weight: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        """Plain-dict form for JSON."""
        return asdict(self)


class FeatureExtractor:
    """Turns texts into the three feature blocks; ``embed`` is the fast embedder's ``encode``.

    Args:
        config: Block sizes and weights.
        embed: ``texts -> (n, dim) float32``; None drops the embedding block (for tests and ablations).
    """

    def __init__(self, config: FeatureConfig, embed: Any | None) -> None:
        self.config = config
        self._embed = embed
        self._words = HashingVectorizer(
            n_features=2**config.word_bits, analyzer=word_tokens, alternate_sign=False, norm="l2"
        )
        self._chars = HashingVectorizer(
            n_features=2**config.char_bits,
            analyzer=CharNgrams(config.char_ngram_min, config.char_ngram_max),
            alternate_sign=False,
            norm="l2",
        )

    def blocks(self, texts: Sequence[str]) -> tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray | None]:
        """The weighted (words, chars, embedding) blocks for ``texts``."""
        norm = [normalize(t) for t in texts]
        cfg = self.config
        words = self._words.transform(norm) * cfg.word_weight
        chars = self._chars.transform(norm) * cfg.char_weight
        emb = None
        if self._embed is not None:
            emb = np.asarray(self._embed(norm), dtype=np.float32) * cfg.embedding_weight
        return words.tocsr(), chars.tocsr(), emb

    def matrix(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """All blocks stacked side by side (for training)."""
        words, chars, emb = self.blocks(texts)
        parts: list[Any] = [words, chars]
        if emb is not None:
            parts.append(sparse.csr_matrix(emb))
        return sparse.hstack(parts, format="csr")
