"""Features of the built-in scorer: text -> sentence windows -> hashed word/class n-grams + embedding.

A text is lower-cased, cut to a bounded length (:func:`clip_text`), split into **windows** of whole
sentences of at most :attr:`FeatureConfig.window_words` words (:func:`split_windows`; a text that short
is one window), and each window gets two L2-normalised, weighted blocks:

* **words** — hashed words, word bigrams, lexicon classes (:mod:`detectors.toxicity.lexicon`),
  n-grams over the class-substituted sequence (``@you @be @det @insult``), ordered class pairs within
  four words, and flags (quote, question, length bucket);
* **embedding** — the mean of the fast static embedding's *word* vectors (each distinct word embedded
  once and cached), L2-normalised.

Everything per distinct token (leetspeak undone, masking stars dropped, letter runs squeezed, its
hash, its class, its embedding) is computed once and cached (:class:`TokenCache`); per batch the
n-gram hashing and pooling run as numpy array operations over all tokens at once, so the cost per
text is one regex pass plus a dictionary lookup per word. No vocabulary file is needed: the model is
one weight vector per block.

>>> normalize_token("stup1d"), normalize_token("f***ing"), normalize_token("sooooo"), normalize_token("**")
('stupid', 'fing', 'soo', '')
>>> split_windows(clip_text("One two three. Four five! Six seven eight nine."), 5)
[['one', 'two', 'three.', 'four', 'five!'], ['six', 'seven', 'eight', 'nine.']]
>>> split_windows("short text, one window.", 5)
[['short', 'text,', 'one', 'window.']]
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from scipy import sparse

from detectors.toxicity.lexicon import CLASS_ORDER, word_class
from detectors.toxicity.murmur import murmurhash3_32

__all__ = [
    "FEATURES_VERSION",
    "MAX_CHARS",
    "FeatureConfig",
    "FeatureExtractor",
    "TokenCache",
    "clip_text",
    "normalize_token",
    "split_windows",
]

#: Version of the feature definition; a model trained on another version is rebuilt on load.
FEATURES_VERSION = 8
#: Characters of a text that are scored: longer texts keep their first 6,144 and last 2,048.
MAX_CHARS = 8192
_HEAD_CHARS = 6144

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_RAW = re.compile(r"[\w@$*#']+(?:-[\w@$*#']+)*")
_SPACED_KYS = re.compile(r"\bk[\s.]+y[\s.]+s\b")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_LEETY = re.compile(r"[0-9@$]")
_LETTER = re.compile(r"[^\W\d_]")
_MASK = re.compile(r"(?<=[^\W\d_])[*#]+(?=[^\W\d_])")
_REPEAT = re.compile(r"(.)\1{2,}")
_EDGE = "*#'@$-_"

_M64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_K1, _K2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)
_F1, _F2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
# Family salts keep e.g. the bigram "a b" and the class pair "@a @b" in different hash streams.
_S_WORD, _S_BIGRAM, _S_CLASS, _S_CBIGRAM, _S_CTRIGRAM, _S_PAIR, _S_FLAG, _S_QUOTED = (np.uint64(s) for s in range(1, 9))
_PAIR_SPAN = 4


def _hash(s: str) -> int:
    return murmurhash3_32(s)


def _mix(a: np.ndarray, b: np.ndarray | np.uint64, salt: np.uint64) -> np.ndarray:
    """A splitmix64-style hash of two uint64 arrays (wrapping arithmetic)."""
    with np.errstate(over="ignore"):
        z = a * _K1 + b * _K2 + salt
        z = (z ^ (z >> np.uint64(30))) * _F1
        z = (z ^ (z >> np.uint64(27))) * _F2
    return z ^ (z >> np.uint64(31))


def clip_text(text: str) -> str:
    """Lower-case, unify curly quotes, join ``k y s``; keep the first 6,144 and last 2,048 of longer texts.

    >>> clip_text("You’re K Y S")
    "you're kys"
    >>> len(clip_text("a" * 20_000))
    8193
    """
    if len(text) > MAX_CHARS:
        text = text[:_HEAD_CHARS] + "\n" + text[-(MAX_CHARS - _HEAD_CHARS) :]
    t = text.lower().translate(_QUOTES)
    if " y " in t or ".y." in t or " y." in t or ".y " in t:
        t = _SPACED_KYS.sub("kys", t)
    return t


def normalize_token(raw: str) -> str:
    """One lower-case token as a word: leetspeak undone, masking stars dropped, runs squeezed to two.

    Long all-digit tokens become ``"0000"`` (numbers carry no toxicity, and this bounds the cache).
    """
    w = raw
    if _LEETY.search(w) and _LETTER.search(w):
        w = w.translate(_LEET)
    w = _MASK.sub("", w).strip(_EDGE)
    if "*" in w or "#" in w:
        w = w.replace("*", "").replace("#", "")
    w = _REPEAT.sub(r"\1\1", w)
    if len(w) > 4 and w.isdigit():
        return "0000"
    return w


def split_windows(text: str, window_words: int) -> list[list[str]]:
    """Words (white-space separated chunks) of a *clipped* text in windows of whole sentences.

    A text of at most ``window_words`` words is one window. Longer texts: sentences end at a word
    ending in ``.``, ``!`` or ``?``, or at a line break; consecutive sentences are packed greedily into
    windows of at most ``window_words`` words; a longer sentence is cut into pieces of
    ``window_words`` that overlap by a quarter.
    """
    chunks = text.split()
    if len(chunks) <= window_words:
        return [chunks]
    windows: list[list[str]] = []
    current: list[str] = []
    step = max(1, window_words - window_words // 4)
    for line in text.split("\n"):
        words = line.split()
        start = 0
        ends = [i + 1 for i, w in enumerate(words) if w[-1] in ".!?"]
        if not ends or ends[-1] != len(words):
            ends.append(len(words))
        for end in ends:
            sentence, start = words[start:end], end
            if not sentence:
                continue
            if len(current) + len(sentence) <= window_words:
                current += sentence
                continue
            if current:
                windows.append(current)
            if len(sentence) <= window_words:
                current = sentence
                continue
            windows += [sentence[i : i + window_words] for i in range(0, len(sentence) - window_words + step, step)]
            current = []
    if current:
        windows.append(current)
    return _merge_short(windows, window_words)


def _merge_short(windows: list[list[str]], window_words: int) -> list[list[str]]:
    """Merge a window of fewer than ``window_words // 2`` words into a neighbour (up to 1.5x the size).

    Short fragments ("There are three things to check.") carry too little evidence to be scored alone.
    """
    low, high = window_words // 2, window_words + window_words // 2
    out: list[list[str]] = []
    for window in windows:
        if out and (len(window) < low or len(out[-1]) < low) and len(out[-1]) + len(window) <= high:
            out[-1] = out[-1] + window
        else:
            out.append(window)
    return out


def quoted_chunks(chunks: list[str]) -> list[bool]:
    """Which chunks lie inside a quotation ('...' or "..."); an unclosed quote marks nothing.

    Quoted words are *mentioned*, not used ("the word 'idiot' is rude"), so their features are kept
    apart from the same words used directly.

    >>> quoted_chunks("is 'you absolute muppet' rude? don't".split())
    [False, True, True, True, False, False]
    >>> quoted_chunks("'til then".split())
    [False, False]
    """
    out = [False] * len(chunks)
    opener, start = "", -1
    for i, chunk in enumerate(chunks):
        bare = chunk.rstrip(".,;:!?)")
        if not opener:
            if len(chunk) > 1 and chunk[0] in "'\"":
                opener, start = chunk[0], i
                if len(bare) > 1 and bare.endswith(opener):
                    out[i], opener = True, ""
            continue
        if bare.endswith(opener):
            out[start : i + 1] = [True] * (i + 1 - start)
            opener = ""
    return out


#: First-person intent to act, in the phrasing of self-harm method requests (feature version 6): "so I
#: don't wake up", "asking for me", "I'm planning", "make sure it works", "before anyone finds me".
#: Matched on the lower-cased window; one flag feature per window, weighted by training like any other.
INTENT = re.compile(
    r"\b(?:not|never|don'?t|won'?t|wouldn'?t) "
    r"(?:wake|waking|come back|coming back|survive|be found|be saved|be stopped)"
    r"|\b(?:asking|it'?s|it is|its|this is) for (?:me|myself)\b"
    r"|\bi(?:'?m| am) (?:planning|going to do it|doing it tonight|doing it this|done pretending)"
    r"|\bmake sure (?:it works|it'?s (?:enough|instant|fatal|over)|i (?:die|don'?t|won'?t|never|'?m gone|am gone))"
    r"|\b(?:so|until|before) (?:nobody|no one|no-one|anyone|they|someone) (?:can |could |will )?"
    r"(?:stop|stops|find|finds|notice|notices|save|saves) me"
    r"|\bi want (?:it to (?:work|be (?:quick|instant|over|fatal))|to be gone)"
)


def _flags(chunks: list[str], intent: bool = False) -> tuple[bool, bool, bool]:
    return (
        any('"' in c for c in chunks),
        bool(chunks) and chunks[-1].endswith("?"),
        intent and INTENT.search(" ".join(chunks)) is not None,
    )


@dataclass(frozen=True)
class FeatureConfig:
    """Hyper-parameters of the feature blocks (stored in the model's ``config.json``)."""

    word_bits: int = 16
    window_words: int = 16
    length_penalty: float = 0.75
    #: Windows the length penalty counts at most (``length_penalty * ln(min(windows, penalty_windows))``): no
    #: labelled text has more than 16 (training) or 18 (calibration) windows, so beyond 16 the penalty would be
    #: extrapolated; uncapped it reaches 0.75 * ln(124) = 3.6 logits at the clip length (session 16).
    penalty_windows: int = 16
    quote_aware: bool = True
    word_weight: float = 1.0
    embedding_weight: float = 0.3
    intent: bool = True
    version: int = FEATURES_VERSION

    def to_dict(self) -> dict[str, Any]:
        """Plain-dict form for JSON."""
        return asdict(self)


class TokenCache:
    """Per distinct raw token: its word hash, lexicon class and embedding row, computed once.

    Args:
        embed: ``texts -> (n, dim)`` unit rows (the fast embedder's ``encode``), or None for no
            embedding block.
        capacity: Distinct tokens kept; when exceeded the cache is cleared at the start of the next
            batch (the values do not change, so neither do scores).
    """

    def __init__(self, embed: Callable[[list[str]], np.ndarray] | None, capacity: int = 32_768) -> None:
        self._embed = embed
        self.capacity = capacity
        self._class_hash = np.array([0, *(_hash(c) for c in CLASS_ORDER)], dtype=np.uint64)
        self._class_index = {c: i for i, c in enumerate(CLASS_ORDER, start=1)}
        self.dim = 0 if embed is None else int(np.asarray(embed(["a"])).shape[1])
        self.clear()

    def clear(self) -> None:
        """Forget every word."""
        self._chunks: dict[str, tuple[int, ...]] = {}
        self._word: dict[str, int] = {}
        self._words: list[str] = []
        self.word_hash = np.zeros(0, dtype=np.uint64)
        self.word_class = np.zeros(0, dtype=np.int64)
        self._vectors = np.zeros((1024, self.dim), dtype=np.float32)

    def __len__(self) -> int:
        return len(self._words)

    def full(self) -> bool:
        """More words than :attr:`capacity`, or more than four times as many distinct chunks."""
        return len(self._words) > self.capacity or len(self._chunks) > 4 * self.capacity

    @property
    def vectors(self) -> np.ndarray:
        """``(len(self), dim)`` unit embedding row per cached word (a view of a growing buffer)."""
        return self._vectors[: len(self._words)]

    @property
    def class_hash(self) -> np.ndarray:
        """uint64 hash per class index (index 0 = no class)."""
        return self._class_hash

    def ids(self, chunks: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Word ids (int64) of white-space chunks, flattened, and the number of words in each chunk.

        A chunk holds zero or more tokens (``"(kill"`` -> ``kill``, ``"you/me"`` -> ``you``, ``me``);
        tokens that normalise to nothing are dropped. New chunks and words are added to the cache.
        """
        table = self._chunks
        missing = [c for c in dict.fromkeys(chunks) if c not in table]
        if missing:
            self._add(missing)
        entries = list(map(table.__getitem__, chunks))
        counts = np.fromiter(map(len, entries), dtype=np.int64, count=len(entries))
        ids = np.fromiter(itertools.chain.from_iterable(entries), dtype=np.int64, count=int(counts.sum()))
        return ids, counts

    def _add(self, chunks: list[str]) -> None:
        new_words: list[str] = []
        for chunk in chunks:
            entry: list[int] = []
            for raw in _RAW.findall(chunk):
                word = normalize_token(raw)
                if not word:
                    continue
                idx = self._word.get(word)
                if idx is None:
                    idx = self._word[word] = len(self._words)
                    self._words.append(word)
                    new_words.append(word)
                entry.append(idx)
            self._chunks[chunk] = tuple(entry)
        if not new_words:
            return
        hashes = np.array([_hash(w) for w in new_words], dtype=np.uint64)
        classes = np.array([self._class_index.get(word_class(w.strip("'")) or "", 0) for w in new_words])
        self.word_hash = np.concatenate([self.word_hash, hashes])
        self.word_class = np.concatenate([self.word_class, classes.astype(np.int64)])
        if self._embed is not None:
            vecs = np.asarray(self._embed(new_words), dtype=np.float32)
            end, start = len(self._words), len(self._words) - len(new_words)
            if end > len(self._vectors):
                grown = np.zeros((max(end, 2 * len(self._vectors)), self.dim), dtype=np.float32)
                grown[:start] = self._vectors[:start]
                self._vectors = grown
            self._vectors[start:end] = vecs


class FeatureExtractor:
    """Turns texts into per-window feature blocks; ``embed`` is the fast embedder's ``encode``.

    Args:
        config: Block sizes, window size and weights.
        embed: ``texts -> (n, dim) float32``; None drops the embedding block (tests and ablations).

    Not safe to share across threads without the internal lock, which :meth:`blocks` takes.
    """

    def __init__(self, config: FeatureConfig, embed: Any | None) -> None:
        if config.version != FEATURES_VERSION:
            raise ValueError(f"feature version {config.version} is not {FEATURES_VERSION}: rebuild the model")
        self.config = config
        self._cache = TokenCache(embed)
        self._has_embedding = embed is not None
        self._mask = np.uint64(2**config.word_bits - 1)
        self._lock = threading.Lock()

    def clear_cache(self) -> None:
        """Forget the cached words (scores do not change; the next batch pays for embedding them again)."""
        with self._lock:
            self._cache.clear()

    def windows(
        self, texts: Sequence[str], split: bool = True
    ) -> tuple[list[list[str]], np.ndarray, np.ndarray, np.ndarray]:
        """Word windows, their (quote, question, intent) flags ``(n_windows, 3)``, the window count per text,
        and which chunks (flattened over all windows) are quoted."""
        windows: list[list[str]] = []
        counts = np.ones(len(texts), dtype=np.int64)
        quoted: list[bool] = []
        size = self.config.window_words
        for i, text in enumerate(texts):
            clipped = clip_text(text)
            found = split_windows(clipped, size) if split else [clipped.split()]
            counts[i] = len(found)
            windows += found
            if self.config.quote_aware and ("'" in clipped or '"' in clipped):
                for w in found:
                    quoted += quoted_chunks(w)
            else:
                quoted += [False] * sum(map(len, found))
        intent = self.config.intent
        flags = np.array([_flags(w, intent) for w in windows], dtype=bool).reshape(len(windows), 3)
        return windows, flags, counts, np.array(quoted, dtype=bool)

    def blocks(
        self, texts: Sequence[str], split: bool = True
    ) -> tuple[sparse.csr_matrix, np.ndarray | None, np.ndarray]:
        """Weighted (words, embedding) blocks, one row per window, and the window count of every text.

        With ``split=False`` every text is one window (used for training on short texts).
        """
        windows, flags, counts, quoted_chunk = self.windows(texts, split)
        flat = [c for w in windows for c in w]
        chunk_window = np.repeat(np.arange(len(windows), dtype=np.int64), [len(w) for w in windows])
        with self._lock:
            if self._cache.full():
                self._cache.clear()
            ids, per_chunk = self._cache.ids(flat)
            win = np.repeat(chunk_window, per_chunk)
            quoted = np.repeat(quoted_chunk, per_chunk)
            words = self._word_block(ids, win, flags, quoted)
            emb = self._embedding_block(ids, win, len(windows)) if self._has_embedding else None
        return words, emb, counts

    def _word_block(self, ids: np.ndarray, win: np.ndarray, flags: np.ndarray, quoted: np.ndarray) -> sparse.csr_matrix:
        cache, cfg = self._cache, self.config
        wh = cache.word_hash[ids]
        cls = cache.word_class[ids]
        if quoted.any():  # mentioned, not used: own hash space, no lexicon class
            wh = np.where(quoted, _mix(wh, np.uint64(0), _S_QUOTED), wh)
            cls = np.where(quoted, 0, cls)
        ch = cache.class_hash[cls]
        has = cls > 0
        mixed = np.where(has, ch, wh)
        rows: list[np.ndarray] = [win]
        cols: list[np.ndarray] = [_mix(wh, np.uint64(0), _S_WORD)]
        rows.append(win[has])
        cols.append(_mix(ch[has], np.uint64(0), _S_CLASS))
        n = len(ids)
        if n > 1:
            same = win[:-1] == win[1:]
            rows.append(win[:-1][same])
            cols.append(_mix(wh[:-1][same], wh[1:][same], _S_BIGRAM))
            sel = same & (has[:-1] | has[1:])
            rows.append(win[:-1][sel])
            cols.append(_mix(mixed[:-1][sel], mixed[1:][sel], _S_CBIGRAM))
        if n > 2:
            sel = (win[:-2] == win[2:]) & (has[:-2] | has[1:-1] | has[2:])
            first = _mix(mixed[:-2][sel], mixed[1:-1][sel], _S_CTRIGRAM)
            rows.append(win[:-2][sel])
            cols.append(_mix(first, mixed[2:][sel], _S_CTRIGRAM))
        for d in range(1, min(_PAIR_SPAN, n - 1) + 1):
            sel = (win[:-d] == win[d:]) & has[:-d] & has[d:]
            rows.append(win[:-d][sel])
            cols.append(_mix(ch[:-d][sel], ch[d:][sel], _S_PAIR))
        n_win = len(flags)
        n_words = np.bincount(win, minlength=n_win)
        flag_ids = np.minimum(n_words // 8, 4).astype(np.uint64)
        rows.append(np.arange(n_win))
        cols.append(_mix(flag_ids, np.uint64(0), _S_FLAG))
        for j, code in enumerate((np.uint64(101), np.uint64(102), np.uint64(103))):
            sel_rows = np.flatnonzero(flags[:, j])
            rows.append(sel_rows)
            cols.append(_mix(np.full(len(sel_rows), code, dtype=np.uint64), np.uint64(0), _S_FLAG))
        r = np.concatenate(rows)
        c = (np.concatenate(cols) & self._mask).astype(np.int64)
        m = sparse.csr_matrix(
            (np.ones(len(r), dtype=np.float32), (r, c)), shape=(n_win, 2**cfg.word_bits), dtype=np.float32
        )
        m.sum_duplicates()
        per_row = np.diff(m.indptr)
        sq = np.bincount(np.repeat(np.arange(n_win), per_row), weights=m.data.astype(np.float64) ** 2, minlength=n_win)
        norms = np.sqrt(sq)
        scale = np.divide(cfg.word_weight, norms, out=np.zeros_like(norms), where=norms > 0)
        m.data *= np.repeat(scale, per_row).astype(np.float32)
        return m

    def _embedding_block(self, ids: np.ndarray, win: np.ndarray, n_win: int) -> np.ndarray:
        vectors = self._cache.vectors
        pool = sparse.csr_matrix(
            (np.ones(len(ids), dtype=np.float32), (win, ids)), shape=(n_win, vectors.shape[0]), dtype=np.float32
        )
        summed = np.asarray(pool @ vectors, dtype=np.float32)
        norms = np.linalg.norm(summed, axis=1, keepdims=True)
        out = np.divide(summed, norms, out=np.zeros_like(summed), where=norms > 0)
        return out * np.float32(self.config.embedding_weight)

    def matrix(self, texts: Sequence[str], split: bool = False) -> sparse.csr_matrix:
        """Both blocks side by side: one row per text, or with ``split=True`` one row per window."""
        return self.window_matrix(texts, split)[0]

    def window_matrix(self, texts: Sequence[str], split: bool = True) -> tuple[sparse.csr_matrix, np.ndarray]:
        """Both blocks side by side, one row per window, and the window count of every text."""
        words, emb, counts = self.blocks(texts, split=split)
        parts: list[Any] = [words]
        if emb is not None:
            parts.append(sparse.csr_matrix(emb))
        return sparse.hstack(parts, format="csr"), counts
