"""A small learned PERSON name tagger: a linear B/I/O classifier over capitalised tokens.

Replaces spaCy NER as the PERSON recognizer's model (``pii_person_model="tagger"``). It is
trained on generated, format-diverse text (``data/pii/gen_person_train.py``; training command in
``scripts/train_name_tagger.py``) and shipped as ``name_tagger.npz`` (feature vocabulary and
weights). Only *candidate* tokens are classified -- words starting with a capital letter (also
ALL-CAPS words and single-letter initials) and lower-case name particles ("van", "da") between
two of them; every other token is outside a name, so the common case (few capitals) is cheap.

Features of a candidate: the word, its lower case, shape, prefixes/suffixes, membership in the
census name lists (``name_lists.py``), whether the word also occurs in lower case in the text, the
two tokens before and after (and their shapes), the characters between tokens (``,``, ``/``,
``^``, line breaks), line position, whether the line is ALL CAPS, and for the first word of a
value the field that owns it (``fields.field_of``: JSON/YAML keys, CSV/psql/pandas columns, form
labels). Decoding is greedy left to right: ``I`` only continues a name across a short joiner
(blank, ``, ``, ``/``, ``^``, an initial's dot); a span is kept when its mean name probability
reaches ``threshold``.

>>> tagger = NameTagger.load()
>>> text = "PAX 1.OKAFOR/CHIDI MR  2.Lima, Ana"
>>> [text[s:e] for s, e, _ in tagger.tag(text)]
['OKAFOR/CHIDI', 'Lima, Ana']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from detectors.pii.fields import field_of
from detectors.pii.name_lists import COMMON_WORD_NAMES, TECH_TERMS, first_names, last_names, reliable_first_names

__all__ = ["DEFAULT_WEIGHTS", "LABELS", "NameTagger", "candidates", "token_features"]

#: Shipped weights (written by ``scripts/train_name_tagger.py``).
DEFAULT_WEIGHTS = Path(__file__).with_name("name_tagger.npz")
LABELS = ("O", "B", "I")

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-](?![sS]\b)[^\W\d_]+)*|\d+|\S")  # a possessive 's is split off
_PARTICLES = frozenset(
    ["van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "bin", "ibn", "al", "el",
     "ten", "ter", "dos", "das", "do", "y", "ní", "nic", "mac", "ó", "ua", "uí", "zu", "binti", "bint", "af", "av",
     "dei", "degli", "e"]
)  # fmt: skip
_TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "fr", "sr", "sra", "srta", "mme", "mlle",
     "herr", "frau", "pak", "bu", "ibu", "mstr", "mrs", "madame", "monsieur", "señor", "señora", "signor", "signora"]
)  # fmt: skip
# What may stand between two words of one name: blanks, ", ", "/", "^", an initial's dot, and the
# " /" before a GEDCOM surname ("1 NAME Ana /Lima/").
_JOIN = re.compile(r"\.?[ \t]{1,2}|\.|,[ \t]{0,2}|/|\^|[ \t]/")
_VALUE_OPENERS = frozenset("|,;\t\"'(=:>[{")
_SHAPE_SUB = [(re.compile(r"[^\W\d_a-z]"), "X"), (re.compile(r"[^\W\d_A-Z]"), "x"), (re.compile(r"\d"), "d")]


@lru_cache(maxsize=1 << 16)
def _shape(tok: str) -> str:
    """Collapsed word shape: ``Maria`` -> ``Xx``, ``O'Brien`` -> ``X'Xx``, ``ACME`` -> ``X``... runs of
    a class collapse, but length 1 vs. more is kept for capitals (``X`` initial vs ``XX``)."""
    out: list[str] = []
    for ch in tok:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if out and out[-1][-1] == c and c in "xd":
            continue
        if len(out) >= 2 and out[-1] == c and out[-2] == c and c == "X":
            continue
        out.append(c)
    return "".join(out)[:8]


def _gap(s: str) -> str:
    if not s:
        return "none"
    if "\n" in s:
        return "nl2" if s.count("\n") > 1 else "nl"
    if "\t" in s:
        return "tab"
    if s.isspace():
        return "sp" if len(s) == 1 else "sp2"
    return s.strip()[:3] or "sp"


def candidates(tokens: list[tuple[int, int, str]], text: str = "") -> list[int]:
    """Indices of the tokens that may belong to a name: capitalised words and initials, and runs of
    lower-case particles between two of them ("Joris van der Heuvel"). Not: words glued to a digit
    ("ms0CYuit", "NATCFRW4"), joined to one by a hyphen ("25-32332-XWE", "SKU-88231-BLK") and words
    inside long blobs with digits (base64, ids, hashes)."""
    out = []
    n = len(tokens)
    blobs = [(m.start(), m.end()) for m in _BLOB.finditer(text) if _DIGIT.search(m.group(0))] if text else []
    i = 0
    while i < n:
        s, e, t = tokens[i]
        c = t[0]
        if c.isalpha() and c.isupper():
            glued = (i > 0 and tokens[i - 1][1] == s and tokens[i - 1][2][0].isdigit()) or (
                i + 1 < n and tokens[i + 1][0] == e and tokens[i + 1][2][0].isdigit()
            )
            if not glued and not _code_part(tokens, i) and not any(bs <= s < be for bs, be in blobs):
                out.append(i)
        elif t in _PARTICLES and out and out[-1] == i - 1:
            j = i
            while j < n and tokens[j][2] in _PARTICLES and j - i < 3:
                j += 1
            if j < n and tokens[j][2][0].isalpha() and tokens[j][2][0].isupper():
                out.extend(range(i, j))
            i = j
            continue
        i += 1
    return out


_CODE_JOINERS = frozenset("-_#")


def _code_part(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """``tokens[i]`` is joined to a digit run by ``-``/``_``/``#`` without blanks: a code fragment
    (``25-32332-XWE``, ``SKU-88231-BLK``, ``INV_2024``), not a name."""
    s, e, _ = tokens[i]
    n = len(tokens)
    before = (
        i >= 2
        and tokens[i - 1][2] in _CODE_JOINERS
        and tokens[i - 1][1] == s
        and tokens[i - 2][1] == tokens[i - 1][0]
        and tokens[i - 2][2][0].isdigit()
    )
    after = (
        i + 2 < n
        and tokens[i + 1][2] in _CODE_JOINERS
        and tokens[i + 1][0] == e
        and tokens[i + 2][0] == tokens[i + 1][1]
        and tokens[i + 2][2][0].isdigit()
    )
    return before or after


_BLOB = re.compile(r"[^\s\"'`<>()\[\]{},;|=]{25,}")
_DIGIT = re.compile(r"\d")
_LOWER_WORD = re.compile(r"(?<![\w.@/_\-])[^\W\d_A-Z][^\W\d_]*(?![\w@/_\-])")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return reliable_first_names(), first_names(), last_names()


_name_field: Callable[[str], int] | None = None


def _field_strength(name: str) -> int:
    global _name_field
    if _name_field is None:
        from detectors.pii.person import _name_field as nf  # late: person.py imports this module

        _name_field = nf
    return _name_field(name)


def token_features(
    text: str, tokens: list[tuple[int, int, str]], cands: list[int], lexicon: frozenset[str] = frozenset()
) -> list[list[str]]:
    """Feature strings of each candidate token (see the module docstring). ``lexicon``: common
    lower-case words (shipped with the weights)."""
    reliable, firsts, lasts = _lists()
    lower_words = set(_LOWER_WORD.findall(text))  # words written in lower case (not in addresses)
    cand_set = set(cands)
    n = len(tokens)
    out: list[list[str]] = []
    line_upper: dict[int, bool] = {}
    for i in cands:
        s, e, w = tokens[i]
        wl = w.lower()
        title = w[:1] + w[1:].lower() if w.isupper() else w
        sh = _shape(w)
        f = [
            "b", "w=" + w, "wl=" + wl, "sh=" + sh, "p3=" + wl[:3], "s3=" + wl[-3:], "s2=" + wl[-2:], "s4=" + wl[-4:],
            "len=" + str(min(len(w), 12)),
        ]  # fmt: skip
        if title in reliable:
            f.append("fn")
        elif title in firsts:
            f.append("fn_weak")
        if title in lasts:
            f.append("ln")
        if title in TECH_TERMS:
            f.append("tech")
        if title in COMMON_WORD_NAMES:
            f.append("cw")
        if wl in lower_words:
            f.append("lowseen")
        if wl in lexicon:
            f.append("lex")
        if w.isupper() and len(w) > 1:
            f.append("caps")
        prev_gap = text[tokens[i - 1][1] : s] if i > 0 else "\n"
        next_gap = text[e : tokens[i + 1][0]] if i + 1 < n else "\n"
        gb, ga = _gap(prev_gap), _gap(next_gap)
        f += ["gb=" + gb, "ga=" + ga, "gb|ga=" + gb + "|" + ga, "sh|gb=" + sh + "|" + gb]
        for k, j in (("p1", i - 1), ("p2", i - 2), ("n1", i + 1), ("n2", i + 2)):
            if 0 <= j < n:
                t = tokens[j][2]
                tl = t.lower()
                f.append(k + "=" + tl)
                f.append(k + "sh=" + _shape(t))
                if k in ("p1", "p2") and len(t) > 1 and t.isupper():
                    f.append(k + "u=" + t)  # an upper-case tag ("1 NAME Ana /Lima/") is no column header "Name"
                if j in cand_set:
                    f.append(k + "c")
                if k in ("p1", "p2") and tl.rstrip(".") in _TITLES:
                    f.append("title_before")
            else:
                f.append(k + "=<edge>")
        if 0 < i < n - 1 and not tokens[i - 1][2].isalnum() and not tokens[i + 1][2].isalnum():
            f.append("enc=" + tokens[i - 1][2] + tokens[i + 1][2])  # between two symbols: "/Lima/", "<Ana>"
        if i > 0:
            f.append("p1|sh=" + tokens[i - 1][2].lower() + "|" + sh)
        if i + 1 < n:
            f.append("n1|sh=" + tokens[i + 1][2].lower() + "|" + sh)
        ls = text.rfind("\n", 0, s) + 1
        bol = not text[ls:s].strip()
        if bol:
            f.append("bol")
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        if not text[e:le].strip():
            f.append("eol")
        if ls not in line_upper:
            letters = [c for c in text[ls:le] if c.isalpha()]
            line_upper[ls] = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
        if line_upper[ls]:
            f.append("lineupper")
        j = s - 1
        while j >= ls and text[j] in " \t":
            j -= 1
        opener = text[j] if j >= ls else "\n"
        if opener in _VALUE_OPENERS or opener == "\n":
            fld = field_of(text, s)
            if fld is not None:
                words = re.findall(r"[^\W\d_]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", fld.name).lower())
                f.append("fs=" + str(_field_strength(fld.name)))
                if words:
                    f.append("fh=" + words[-1])
                f.append("fsrc=" + fld.source)
            else:
                f.append("fs=none")
        out.append(f)
    return out


class NameTagger:
    """Linear B/I/O tagger over candidate tokens (weights from :data:`DEFAULT_WEIGHTS`)."""

    def __init__(
        self,
        vocab: dict[str, int],
        weights: np.ndarray,
        bias: np.ndarray,
        threshold: float = 0.5,
        lexicon: frozenset[str] = frozenset(),
    ) -> None:
        self.vocab = vocab
        self.lexicon = lexicon
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path | str = DEFAULT_WEIGHTS, threshold: float = 0.5) -> NameTagger:
        """Load shipped weights (cached per path and threshold)."""
        return _load(str(path), threshold)

    def scores(self, feats: list[list[str]]) -> np.ndarray:
        """Class probabilities (rows: candidates, columns: :data:`LABELS`)."""
        vocab = self.vocab
        idx: list[int] = []
        starts: list[int] = []
        for fs in feats:
            starts.append(len(idx))
            idx.extend(k for k in (vocab.get(x) for x in fs) if k is not None)
        if not idx:
            z = np.tile(self.bias, (len(feats), 1))
        else:
            rows = self.weights[np.asarray(idx, dtype=np.int64)]
            z = np.add.reduceat(rows, np.asarray(starts, dtype=np.int64), axis=0) + self.bias
            empty = np.diff(np.asarray([*starts, len(idx)])) == 0
            if empty.any():
                z[empty] = self.bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        return p

    def tag(self, text: str) -> list[tuple[int, int, float]]:
        """``(start, end, score)`` of the names in ``text``; ``score``: the highest name
        probability of the span's words."""
        return self.tag_tokens(text)[0]

    def tag_tokens(self, text: str) -> tuple[list[tuple[int, int, float]], list[tuple[int, int, float]]]:
        """:meth:`tag`, and ``(start, end, name probability)`` of every candidate token."""
        tokens = tokenize(text)
        cands = candidates(tokens, text)
        if not cands:
            return [], []
        probs = self.scores(token_features(text, tokens, cands, self.lexicon))
        names = probs[:, 1] + probs[:, 2]
        toks = [(tokens[i][0], tokens[i][1], float(p)) for i, p in zip(cands, names, strict=True)]
        return list(self._decode(text, tokens, cands, probs)), toks

    def _decode(
        self, text: str, tokens: list[tuple[int, int, str]], cands: list[int], probs: np.ndarray
    ) -> Iterator[tuple[int, int, float]]:
        cur: list[tuple[int, float]] = []  # (token index, name probability) of the open span

        def close() -> Iterator[tuple[int, int, float]]:
            while cur and (tokens[cur[-1][0]][2] in _PARTICLES or len(tokens[cur[-1][0]][2]) == 1):
                cur.pop()  # a name ends in neither a particle nor an initial
            commas = [j for j in range(1, len(cur)) if "," in text[tokens[cur[j - 1][0]][1] : tokens[cur[j][0]][0]]]
            if commas == [1] and cur[0][1] < 0.5 and len(cur) > 2:
                cur.pop(0)  # "Merci, Ana Lima": the word before the comma is no surname, the name follows it
                commas = []
            if commas and (len(commas) > 1 or commas[0] != 1):
                # "Lima, Ana" is one name (one word before one comma); "Ana Lima, Rui Sousa" is a list
                parts = [cur[a:b] for a, b in zip([0, *commas], [*commas, len(cur)], strict=True)]
                cur.clear()
                for part in parts:
                    cur.extend(part)
                    yield from close()
                return
            if cur:
                words = [tokens[k][2] for k, _ in cur]
                score = float(max(p for _, p in cur))  # the best-evidenced word: a name is one unit
                if score >= self.threshold and any(len(w) > 1 and w not in _PARTICLES for w in words):
                    start, end = tokens[cur[0][0]][0], tokens[cur[-1][0]][1]
                    if text[end : end + 1] == "/" and " /" in text[start:end]:
                        end += 1  # GEDCOM "Ana /Lima/": the surname's closing slash belongs to the name
                    yield start, end, round(score, 4)
            cur.clear()

        # Viterbi over the candidates: I only after B or I, and only across a joiner.
        logp = np.log(np.maximum(probs, 1e-9))
        n = len(cands)
        joined = [False] * n
        for k in range(1, n):
            i, prev = cands[k], cands[k - 1]
            joined[k] = (prev == i - 1 or (prev == i - 2 and tokens[i - 1][2] in (".", ",", "/", "^"))) and (
                _JOIN.fullmatch(text, tokens[prev][1], tokens[i][0]) is not None
            )
        best = [float(logp[0, 0]), float(logp[0, 1]), -1e18]
        back: list[tuple[int, int, int]] = [(0, 0, 0)]
        for k in range(1, n):
            o_prev = 0 if best[0] >= max(best[1], best[2]) else (1 if best[1] >= best[2] else 2)
            top = best[o_prev]
            if joined[k]:
                i_prev = 1 if best[1] >= best[2] else 2
                i_score = best[i_prev] + float(logp[k, 2])
            else:
                i_prev, i_score = 0, -1e18
            best = [top + float(logp[k, 0]), top + float(logp[k, 1]), i_score]
            back.append((o_prev, o_prev, i_prev))
        state = int(np.argmax(best))
        path = [0] * n
        for k in range(n - 1, -1, -1):
            path[k] = state
            state = back[k][state]
        for k, i in enumerate(cands):
            lab = path[k]
            p_name = float(probs[k, 1] + probs[k, 2])
            if lab != 2:
                yield from close()
            if lab != 0:
                cur.append((i, p_name))
        yield from close()


@lru_cache(maxsize=4)
def _load(path: str, threshold: float) -> NameTagger:
    with np.load(path, allow_pickle=False) as z:
        vocab_bytes = z["vocab"].tobytes().decode("utf-8")
        weights, bias = z["weights"], z["bias"]
        lexicon = frozenset(z["lexicon"].tobytes().decode("utf-8").split("\n"))
    vocab = {f: k for k, f in enumerate(vocab_bytes.split("\n"))}
    return NameTagger(vocab, weights, bias, threshold, lexicon)


def spans_to_labels(tokens: list[tuple[int, int, str]], cands: list[int], spans: list[Any]) -> list[int]:
    """Training labels (indices into :data:`LABELS`) of the candidates, from gold ``(start, end)``."""
    out = []
    for i in cands:
        s, e, _ = tokens[i]
        lab = 0
        for gs, ge in spans:
            if gs <= s and e <= ge:
                lab = 1 if s == gs else 2
                break
        out.append(lab)
    return out


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """The tagger's tokens: words (with inner ``'``/``-``), digit runs, single symbols."""
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
