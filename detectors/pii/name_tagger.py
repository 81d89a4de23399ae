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
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

import numpy as np

from detectors.pii.fields import field_of
from detectors.pii.name_lists import COMMON_WORD_NAMES, TECH_TERMS, first_names, last_names, reliable_first_names

__all__ = ["DEFAULT_WEIGHTS", "LABELS", "FeatureIds", "NameTagger", "candidates", "token_features", "upper_line"]

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


def _slash_letter(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one letter glued to a ``/``: a piece of an abbreviation (I/O, A/B, N/A, R/W),
    never a name's initial, so it joins no name.

    >>> _slash_letter("goes to I/O. Hope", 8, 9), _slash_letter("LIMA/ANA", 5, 8)
    (True, False)
    """
    return end - start == 1 and (text[end : end + 1] == "/" or (start > 0 and text[start - 1] == "/"))


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
_LOWER_SHAPE = re.compile(r"[^\W\d_A-Z][^\W\d_]*")  # what a match of _LOWER_WORD consists of
_LOWER_BEFORE = re.compile(r"[\w.@/_\-]")  # _LOWER_WORD's lookbehind, one character
_LOWER_AFTER = re.compile(r"[\w@/_\-]")  # and its lookahead

# The fast path (:meth:`NameTagger.tag_tokens_batch`) tokenizes with ``re.split`` on the token
# pattern: ``parts = [gap, token, gap, token, ..., gap]`` (the gaps are the blanks between tokens,
# every other character belongs to a token). Token ``i`` is ``parts[2 * i + 1]``; its start and end
# are ``offs[2 * i + 1]`` and ``offs[2 * i + 2]`` with ``offs`` the running sums of the parts'
# lengths; the text between tokens ``i`` and ``i + 1`` is ``parts[2 * i + 2]``. No match objects
# and no per-token tuples are built, and only the tokens starting with a capital letter are looked
# at one by one (:func:`_split_candidates`). :func:`tokenize` and :func:`candidates` are the
# reference (a unit test keeps the two in step).
_TOKEN_SPLIT = re.compile("(" + _TOKEN.pattern + ")")
_ASCII_UPPER = re.compile(r"[A-Z]")


def _split_tokens(text: str) -> tuple[list[str], list[str], list[int]]:
    """``(parts, words, offs)`` of ``text`` (see above); ``words``: the tokens."""
    parts = _TOKEN_SPLIT.split(text)
    return parts, parts[1::2], list(accumulate(map(len, parts), initial=0))


def _split_candidates(text: str, parts: list[str], words: list[str], offs: list[int]) -> list[int]:
    """:func:`candidates` of the tokens ``words`` (from :func:`_split_tokens`)."""
    n = len(words)
    firsts = "".join([w[0] for w in words])
    if firsts.isascii():
        ups = [m.start() for m in _ASCII_UPPER.finditer(firsts)]
    else:
        ups = [k for k, c in enumerate(firsts) if c.isalpha() and c.isupper()]
    if not ups:
        return []
    blobs = [(m.start(), m.end()) for m in _BLOB.finditer(text) if _DIGIT.search(m.group(0))]
    out: list[int] = []
    for i in ups:
        g = 2 * i
        if (i > 0 and not parts[g] and firsts[i - 1].isdigit()) or (
            i + 1 < n and not parts[g + 2] and firsts[i + 1].isdigit()
        ):
            continue  # glued to a digit
        if (
            i >= 2 and not parts[g] and not parts[g - 2] and words[i - 1] in _CODE_JOINERS and firsts[i - 2].isdigit()
        ) or (
            i + 2 < n
            and not parts[g + 2]
            and not parts[g + 4]
            and words[i + 1] in _CODE_JOINERS
            and firsts[i + 2].isdigit()
        ):
            continue  # a code fragment
        if blobs:
            s = offs[g + 1]
            if any(bs <= s < be for bs, be in blobs):
                continue
        out.append(i)
        j = i + 1  # lower-case particles between this word and a capitalised one
        while j < n and words[j] in _PARTICLES and j - i <= 3:
            j += 1
        if j > i + 1 and j < n and firsts[j].isalpha() and firsts[j].isupper():
            out.extend(range(i + 1, j))
    return out


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


def _word_features(w: str, lexicon: frozenset[str]) -> tuple[list[str], list[str]]:
    """The features of a candidate that depend on its word alone: those before ``lowseen`` in
    :func:`token_features` and those after it."""
    reliable, firsts, lasts = _lists()
    wl = w.lower()
    title = w[:1] + w[1:].lower() if w.isupper() else w
    sh = _shape(w)
    pre = [
        "b", "w=" + w, "wl=" + wl, "sh=" + sh, "p3=" + wl[:3], "s3=" + wl[-3:], "s2=" + wl[-2:], "s4=" + wl[-4:],
        "len=" + str(min(len(w), 12)),
    ]  # fmt: skip
    if title in reliable:
        pre.append("fn")
    elif title in firsts:
        pre.append("fn_weak")
    if title in lasts:
        pre.append("ln")
    if title in TECH_TERMS:
        pre.append("tech")
    if title in COMMON_WORD_NAMES:
        pre.append("cw")
    post = []
    if wl in lexicon:
        post.append("lex")
    if w.isupper() and len(w) > 1:
        post.append("caps")
    return pre, post


def _gap_features(gb: str, ga: str, sh: str) -> list[str]:
    """Features of the gaps before (``gb``) and after (``ga``) a candidate of shape ``sh``."""
    return ["gb=" + gb, "ga=" + ga, "gb|ga=" + gb + "|" + ga, "sh|gb=" + sh + "|" + gb]


def _near_features(k: str, t: str) -> tuple[list[str], list[str]]:
    """Features of the neighbour token ``t`` in slot ``k`` (``p1``, ``p2``, ``n1``, ``n2``): those
    before the "neighbour is a candidate" flag ``k + "c"`` and those after it."""
    tl = t.lower()
    before = [k + "=" + tl, k + "sh=" + _shape(t)]
    after = []
    if k in ("p1", "p2"):
        if len(t) > 1 and t.isupper():
            before.append(k + "u=" + t)  # an upper-case tag ("1 NAME Ana /Lima/") is no column header "Name"
        if tl.rstrip(".") in _TITLES:
            after.append("title_before")
    return before, after


def _position_features(text: str, s: int, e: int, line_upper: dict[int, bool]) -> list[str]:
    """Features of where the candidate ``text[s:e]`` stands: line start/end, an upper-case line,
    the field owning a value (``line_upper``: a per-text cache keyed by line start)."""
    f = []
    ls = text.rfind("\n", 0, s) + 1
    bol = not text[ls:s].strip()
    if bol:
        f.append("bol")
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    if not text[e:le].strip():
        f.append("eol")
    if ls not in line_upper:
        line_upper[ls] = upper_line(text[ls:le])
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
    return f


_ASCII = bytes(range(128))
_NOT_ASCII_LETTER = bytes(c for c in _ASCII if not chr(c).isalpha())
_NOT_ASCII_UPPER = bytes(c for c in _ASCII if not chr(c).isupper())


def upper_line(line: str) -> bool:
    """More than 60% of the letters of ``line`` are upper case (an ALL-CAPS line); an ASCII line is
    counted in C, others letter by letter."""
    if line.isascii():
        raw = line.encode("ascii")
        letters = len(raw.translate(None, _NOT_ASCII_LETTER))
        return letters > 0 and len(raw.translate(None, _NOT_ASCII_UPPER)) > 0.6 * letters
    alpha = [c for c in line if c.isalpha()]
    return bool(alpha) and sum(c.isupper() for c in alpha) > 0.6 * len(alpha)


_NEAR = (("p1", -1), ("p2", -2), ("n1", 1), ("n2", 2))
#: A candidate's word, its neighbours at -1, -2, +1, +2 (``None`` past the edge), the gaps before and after.
_ContextKey = tuple[str, str | None, str | None, str | None, str | None, str, str]


def token_features(
    text: str, tokens: list[tuple[int, int, str]], cands: list[int], lexicon: frozenset[str] = frozenset()
) -> list[list[str]]:
    """Feature strings of each candidate token (see the module docstring). ``lexicon``: common
    lower-case words (shipped with the weights). :class:`FeatureIds` computes their ids faster."""
    lower_words = set(_LOWER_WORD.findall(text))  # words written in lower case (not in addresses)
    cand_set = set(cands)
    n = len(tokens)
    out: list[list[str]] = []
    line_upper: dict[int, bool] = {}
    for i in cands:
        s, e, w = tokens[i]
        pre, post = _word_features(w, lexicon)
        f = [*pre, "lowseen", *post] if w.lower() in lower_words else pre + post
        prev_gap = text[tokens[i - 1][1] : s] if i > 0 else "\n"
        next_gap = text[e : tokens[i + 1][0]] if i + 1 < n else "\n"
        sh = _shape(w)
        f += _gap_features(_gap(prev_gap), _gap(next_gap), sh)
        for k, d in _NEAR:
            j = i + d
            if 0 <= j < n:
                before, after = _near_features(k, tokens[j][2])
                f += before
                if j in cand_set:
                    f.append(k + "c")
                f += after
            else:
                f.append(k + "=<edge>")
        if 0 < i < n - 1 and not tokens[i - 1][2].isalnum() and not tokens[i + 1][2].isalnum():
            f.append("enc=" + tokens[i - 1][2] + tokens[i + 1][2])  # between two symbols: "/Lima/", "<Ana>"
        if i > 0:
            f.append("p1|sh=" + tokens[i - 1][2].lower() + "|" + sh)
        if i + 1 < n:
            f.append("n1|sh=" + tokens[i + 1][2].lower() + "|" + sh)
        f += _position_features(text, s, e, line_upper)
        out.append(f)
    return out


class FeatureIds:
    """Vocabulary ids of :func:`token_features` (unknown features left out, same order), with the
    parts that depend on a word or a token pair alone cached: the tagger's fast path."""

    #: Entries per cache before it is emptied: bounded memory in a long-running process. Session 11
    #: (with the fast path's per-context cache): the 12,000-event workload's and the PII evaluation
    #: sets' 36,000 texts leave ~27 MB in the caches (15 MB before); ~40 MB at most in all.
    max_entries = 1 << 14

    def __init__(self, vocab: dict[str, int], lexicon: frozenset[str]) -> None:
        self.vocab = vocab
        self.lexicon = lexicon
        self._words: dict[str, tuple[tuple[int, ...], tuple[int, ...], str, str]] = {}
        self._near: dict[tuple[str, str], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._pairs: dict[tuple[str, str, str], tuple[int, ...]] = {}
        self._gap_ids: dict[tuple[str, str, str], tuple[int, ...]] = {}
        self._lowseen = vocab.get("lowseen")
        self._flag = {k: vocab.get(k + "c") for k, _ in _NEAR}
        self._edge = {k: vocab.get(k + "=<edge>") for k, _ in _NEAR}
        # the fast path's caches: one per neighbour slot (keyed by the token), per field
        self._slots: dict[str, dict[str, tuple[tuple[int, ...], tuple[int, ...]]]] = {k: {} for k, _ in _NEAR}
        self._fields: dict[tuple[str, str], tuple[int, ...]] = {}
        self._contexts: dict[_ContextKey, tuple[Any, ...]] = {}
        self._pos_ids = {f: vocab.get(f) for f in ("bol", "eol", "lineupper", "fs=none")}

    def _ids(self, feats: list[str]) -> tuple[int, ...]:
        get = self.vocab.get
        return tuple(k for k in map(get, feats) if k is not None)

    def _cache_put(self, cache: dict[Any, Any], key: Any, value: Any) -> Any:
        if len(cache) >= self.max_entries:
            cache.clear()
        cache[key] = value
        return value

    def _word(self, w: str) -> tuple[tuple[int, ...], tuple[int, ...], str, str]:
        """Ids of the word's own features (before/after ``lowseen``), its lower case and shape."""
        hit = self._words.get(w)
        if hit is None:
            pre, post = _word_features(w, self.lexicon)
            hit = self._cache_put(self._words, w, (self._ids(pre), self._ids(post), w.lower(), _shape(w)))
        return hit

    def _neighbour(self, k: str, t: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        hit = self._near.get((k, t))
        if hit is None:
            before, after = _near_features(k, t)
            hit = self._cache_put(self._near, (k, t), (self._ids(before), self._ids(after)))
        return hit

    def _gaps(self, sh: str, prev_gap: str, next_gap: str) -> tuple[int, ...]:
        """Ids of :func:`_gap_features` for the raw gap texts around a word of shape ``sh``."""
        key = (sh, prev_gap, next_gap)
        hit = self._gap_ids.get(key)
        if hit is None:
            hit = self._cache_put(self._gap_ids, key, self._ids(_gap_features(_gap(prev_gap), _gap(next_gap), sh)))
        return hit

    def _pair(self, kind: str, a: str, b: str) -> tuple[int, ...]:
        """Id (or none) of ``p1|sh``/``n1|sh`` (``a``: the neighbour token, ``b``: the word's shape)
        or ``enc`` (``a``, ``b``: the symbols before and after the word)."""
        key = (kind, a, b)
        hit = self._pairs.get(key)
        if hit is None:
            feat = "enc=" + a + b if kind == "enc" else kind + "=" + a.lower() + "|" + b
            hit = self._cache_put(self._pairs, key, self._ids([feat]))
        return hit

    def __call__(self, text: str, tokens: list[tuple[int, int, str]], cands: list[int]) -> list[list[int]]:
        """``[[vocab[f] for f in fs if f in vocab] for fs in token_features(text, tokens, cands, lexicon)]``."""
        lower_words: set[str] | None = None
        cand_set = set(cands)
        n = len(tokens)
        out: list[list[int]] = []
        line_upper: dict[int, bool] = {}
        get = self.vocab.get
        for i in cands:
            s, e, w = tokens[i]
            pre, post, wl, sh = self._word(w)
            f = list(pre)
            if self._lowseen is not None and wl in text:  # a lower-case word is a substring of the text
                if lower_words is None:
                    lower_words = set(_LOWER_WORD.findall(text))
                if wl in lower_words:
                    f.append(self._lowseen)
            f += post
            prev_gap = text[tokens[i - 1][1] : s] if i > 0 else "\n"
            next_gap = text[e : tokens[i + 1][0]] if i + 1 < n else "\n"
            f += self._gaps(sh, prev_gap, next_gap)
            for k, d in _NEAR:
                j = i + d
                if 0 <= j < n:
                    before, after = self._neighbour(k, tokens[j][2])
                    f += before
                    flag = self._flag[k]
                    if flag is not None and j in cand_set:
                        f.append(flag)
                    f += after
                elif (edge := self._edge[k]) is not None:
                    f.append(edge)
            if 0 < i < n - 1 and not tokens[i - 1][2].isalnum() and not tokens[i + 1][2].isalnum():
                f += self._pair("enc", tokens[i - 1][2], tokens[i + 1][2])
            if i > 0:
                f += self._pair("p1|sh", tokens[i - 1][2], sh)
            if i + 1 < n:
                f += self._pair("n1|sh", tokens[i + 1][2], sh)
            f.extend(k for k in map(get, _position_features(text, s, e, line_upper)) if k is not None)
            out.append(f)
        return out

    def _slot(self, k: str, t: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """:meth:`_neighbour` cached per slot ``k``."""
        cache = self._slots[k]
        hit = cache.get(t)
        if hit is None:
            before, after = _near_features(k, t)
            hit = self._cache_put(cache, t, (self._ids(before), self._ids(after)))
        return hit

    def _field(self, name: str, source: str) -> tuple[int, ...]:
        """Ids of the ``fs=``/``fh=``/``fsrc=`` features of a field (:func:`_position_features`)."""
        key = (name, source)
        hit = self._fields.get(key)
        if hit is None:
            words = re.findall(r"[^\W\d_]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower())
            f = ["fs=" + str(_field_strength(name))]
            if words:
                f.append("fh=" + words[-1])
            f.append("fsrc=" + source)
            hit = self._cache_put(self._fields, key, self._ids(f))
        return hit

    def _context(self, key: _ContextKey) -> tuple[Any, ...]:
        """The ids of a candidate that depend on its word and its neighbours alone, in the order of
        :meth:`__call__`, cut where ``lowseen`` and the four "neighbour is a candidate" flags may
        go: ``(ids0, ids1, ..., ids5, lower-case word or None)``. ``key``: the word, the tokens at -1, -2,
        +1, +2 (``None`` past the text's edge), the gap texts before and after."""
        w, p1, p2, n1, n2, prev_gap, next_gap = key
        pre, post, wl, sh = self._word(w)
        segs: list[list[int]] = [list(pre), list(post)]
        segs[-1] += self._gaps(sh, prev_gap, next_gap)
        for k, t in (("p1", p1), ("p2", p2), ("n1", n1), ("n2", n2)):
            if t is not None:
                before, after = self._slot(k, t)
                segs[-1] += before
                segs.append(list(after))
            else:
                edge = self._edge[k]
                if edge is not None:
                    segs[-1].append(edge)
                segs.append([])  # no flag: no candidate past the edge
        last = segs[-1]
        if p1 is not None and n1 is not None and not p1.isalnum() and not n1.isalnum():
            last += self._pair("enc", p1, n1)
        if p1 is not None:
            last += self._pair("p1|sh", p1, sh)
        if n1 is not None:
            last += self._pair("n1|sh", n1, sh)
        lower = wl if _LOWER_SHAPE.fullmatch(wl) else None  # None: never a lower-case word of a text
        return self._cache_put(self._contexts, key, (*map(tuple, segs), lower))

    @staticmethod
    def _written_lower(text: str, wl: str) -> bool:
        """``wl in set(_LOWER_WORD.findall(text))`` without finding every lower-case word: the
        matches of ``_LOWER_WORD`` are the maximal runs of letters with the boundaries it asks for,
        so ``wl``, of the shape of a match (``_LOWER_SHAPE``, checked by the caller), is one iff it
        occurs in ``text`` with those boundaries (the character before not in ``_LOWER_BEFORE``,
        the one after not in ``_LOWER_AFTER``)."""
        size = len(wl)
        k = text.find(wl)
        while k >= 0:
            if (k == 0 or _LOWER_BEFORE.match(text, k - 1) is None) and _LOWER_AFTER.match(text, k + size) is None:
                return True
            k = text.find(wl, k + 1)
        return False

    def rows(
        self,
        text: str,
        parts: list[str],
        words: list[str],
        offs: list[int],
        cands: list[int],
        flat: list[int],
        starts: list[int],
    ) -> None:
        """:meth:`__call__` on the tokens of :func:`_split_tokens`: appends each candidate's ids to
        ``flat`` and where its row starts in ``flat`` to ``starts``."""
        lowseen = self._lowseen
        cand_set = set(cands)
        n = len(words)
        line_cache: dict[int, tuple[int, bool]] = {}  # line start -> (line end, ALL CAPS line)
        contexts = self._contexts
        f_p1, f_p2, f_n1, f_n2 = (self._flag[k] for k, _ in _NEAR)
        pos = self._pos_ids
        bol_id, eol_id, upper_id, none_id = pos["bol"], pos["eol"], pos["lineupper"], pos["fs=none"]
        ntext = len(text)
        for i in cands:
            starts.append(len(flat))
            g = 2 * i
            key: _ContextKey = (
                words[i],
                words[i - 1] if i >= 1 else None,
                words[i - 2] if i >= 2 else None,
                words[i + 1] if i + 1 < n else None,
                words[i + 2] if i + 2 < n else None,
                parts[g] if i > 0 else "\n",
                parts[g + 2] if i + 1 < n else "\n",
            )
            ctx = contexts.get(key)
            if ctx is None:
                ctx = self._context(key)
            s0, s1, s2, s3, s4, s5, wl = ctx
            flat += s0
            if lowseen is not None and wl is not None and wl in text and self._written_lower(text, wl):
                flat.append(lowseen)
            flat += s1
            if f_p1 is not None and i - 1 in cand_set:
                flat.append(f_p1)
            flat += s2
            if f_p2 is not None and i - 2 in cand_set:
                flat.append(f_p2)
            flat += s3
            if f_n1 is not None and i + 1 in cand_set:
                flat.append(f_n1)
            flat += s4
            if f_n2 is not None and i + 2 in cand_set:
                flat.append(f_n2)
            flat += s5
            # position features (as _position_features)
            s = offs[g + 1]
            e = offs[g + 2]
            ls = text.rfind("\n", 0, s) + 1
            line = line_cache.get(ls)
            if line is None:
                le = text.find("\n", e)
                le = ntext if le < 0 else le
                line = line_cache[ls] = (le, upper_line(text[ls:le]))
            le, up = line
            head = text[ls:s]
            if bol_id is not None and not head.strip():
                flat.append(bol_id)
            if eol_id is not None and not text[e:le].strip():
                flat.append(eol_id)
            if up and upper_id is not None:
                flat.append(upper_id)
            head = head.rstrip(" \t")
            opener = head[-1] if head else "\n"
            if opener in _VALUE_OPENERS or opener == "\n":
                fld = field_of(text, s)
                if fld is not None:
                    fh = self._fields.get((fld.name, fld.source))
                    flat += fh if fh is not None else self._field(fld.name, fld.source)
                elif none_id is not None:
                    flat.append(none_id)


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
        self.feature_ids = FeatureIds(vocab, lexicon)

    @classmethod
    def load(cls, path: Path | str = DEFAULT_WEIGHTS, threshold: float = 0.5) -> NameTagger:
        """Load shipped weights (cached per path and threshold)."""
        return _load(str(path), threshold)

    def scores(self, feats: list[list[str]]) -> np.ndarray:
        """Class probabilities (rows: candidates, columns: :data:`LABELS`)."""
        get = self.vocab.get
        return self.scores_ids([[k for k in map(get, fs) if k is not None] for fs in feats])

    def scores_ids(self, ids: list[list[int]]) -> np.ndarray:
        """:meth:`scores` from feature ids (:class:`FeatureIds`); each row's weights are summed in
        the order given, so a row's probabilities do not depend on the other rows."""
        flat: list[int] = []
        starts: list[int] = []
        for row in ids:
            starts.append(len(flat))
            flat.extend(row)
        return self._scores_flat(flat, starts)

    def _scores_flat(self, flat: list[int], starts: list[int]) -> np.ndarray:
        """:meth:`scores_ids` of the rows ``flat[starts[r]:starts[r + 1]]``."""
        if not flat:
            z = np.tile(self.bias, (len(starts), 1))
        else:
            rows = self.weights[np.asarray(flat, dtype=np.int64)]
            at = np.asarray(starts, dtype=np.int64)
            full = np.diff(np.append(at, len(flat))) > 0
            if full.all():
                z = np.add.reduceat(rows, at, axis=0) + self.bias
            else:  # rows without a known feature get the bias alone
                z = np.tile(self.bias, (len(starts), 1))
                z[full] = np.add.reduceat(rows, at[full], axis=0) + self.bias
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
        return self.tag_tokens_batch([text])[0]

    def tag_tokens_batch(
        self, texts: Sequence[str]
    ) -> list[tuple[list[tuple[int, int, float]], list[tuple[int, int, float]]]]:
        """:meth:`tag_tokens` of each text; the candidates of all texts are scored at once.

        The fast path: the tokens of :func:`_split_tokens`, :func:`_split_candidates`,
        :meth:`FeatureIds.rows` and :meth:`_decode_split`; the same results as :func:`tokenize`,
        :func:`candidates`, :func:`token_features` and :meth:`_decode` (tested)."""
        prepared: list[tuple[list[str], list[str], list[int], list[int]] | None] = []
        flat: list[int] = []
        starts: list[int] = []
        rows = self.feature_ids.rows
        for text in texts:
            parts, words, offs = _split_tokens(text)
            cands = _split_candidates(text, parts, words, offs) if words else []
            if cands:
                rows(text, parts, words, offs, cands, flat, starts)
                prepared.append((parts, words, offs, cands))
            else:
                prepared.append(None)
        if not starts:
            return [([], []) for _ in texts]
        probs = self._scores_flat(flat, starts)
        names: list[float] = (probs[:, 1] + probs[:, 2]).tolist()
        logp: list[list[float]] = np.log(np.maximum(probs, 1e-9)).tolist()
        out: list[tuple[list[tuple[int, int, float]], list[tuple[int, int, float]]]] = []
        k = 0
        for text, prep in zip(texts, prepared, strict=True):
            if prep is None:
                out.append(([], []))
                continue
            parts, words, offs, cands = prep
            m = k + len(cands)
            rown = names[k:m]
            toks = [(offs[2 * i + 1], offs[2 * i + 2], p) for i, p in zip(cands, rown, strict=True)]
            out.append((self._decode_split(text, parts, words, offs, cands, logp[k:m], rown), toks))
            k = m
        return out

    def _decode_split(
        self,
        text: str,
        parts: list[str],
        words: list[str],
        offs: list[int],
        cands: list[int],
        logp: list[list[float]],
        names: list[float],
    ) -> list[tuple[int, int, float]]:
        """:meth:`_decode_rows` on the tokens of :func:`_split_tokens`."""
        out: list[tuple[int, int, float]] = []
        threshold = self.threshold

        def close(cur: list[tuple[int, float]]) -> None:
            while cur and (words[cur[-1][0]] in _PARTICLES or len(words[cur[-1][0]]) == 1):
                cur.pop()  # a name ends in neither a particle nor an initial
            commas = [
                j for j in range(1, len(cur)) if "," in text[offs[2 * cur[j - 1][0] + 2] : offs[2 * cur[j][0] + 1]]
            ]
            if commas == [1] and cur[0][1] < 0.5 and len(cur) > 2:
                cur.pop(0)  # "Merci, Ana Lima": the word before the comma is no surname, the name follows it
                commas = []
            if commas and (len(commas) > 1 or commas[0] != 1):
                # "Lima, Ana" is one name (one word before one comma); "Ana Lima, Rui Sousa" is a list
                for a, b in zip([0, *commas], [*commas, len(cur)], strict=True):
                    close(cur[a:b])
                return
            if cur:
                score = float(max(p for _, p in cur))  # the best-evidenced word: a name is one unit
                if score >= threshold and any(len(w) > 1 and w not in _PARTICLES for w in (words[k] for k, _ in cur)):
                    start, end = offs[2 * cur[0][0] + 1], offs[2 * cur[-1][0] + 2]
                    if text[end : end + 1] == "/" and " /" in text[start:end]:
                        end += 1  # GEDCOM "Ana /Lima/": the surname's closing slash belongs to the name
                    out.append((start, end, round(score, 4)))

        # Viterbi over the candidates: I only after B or I, and only across a joiner.
        n = len(cands)
        row = logp[0]
        best = [row[0], row[1], -1e18]
        back: list[tuple[int, int, int]] = [(0, 0, 0)]
        prev = cands[0]
        for k in range(1, n):
            i = cands[k]
            b0, b1, b2 = best
            o_prev = 0 if b0 >= max(b1, b2) else (1 if b1 >= b2 else 2)
            top = best[o_prev]
            row = logp[k]
            if (
                (prev == i - 1 or (prev == i - 2 and words[i - 1] in (".", ",", "/", "^")))
                and _JOIN.fullmatch(text, offs[2 * prev + 2], offs[2 * i + 1]) is not None
                and not _slash_letter(text, offs[2 * prev + 1], offs[2 * prev + 2])
                and not _slash_letter(text, offs[2 * i + 1], offs[2 * i + 2])
            ):
                i_prev = 1 if b1 >= b2 else 2
                i_score = best[i_prev] + row[2]
            else:
                i_prev, i_score = 0, -1e18
            best = [top + row[0], top + row[1], i_score]
            back.append((o_prev, o_prev, i_prev))
            prev = i
        state = best.index(max(best))  # the first best, as np.argmax
        path = [0] * n
        for k in range(n - 1, -1, -1):
            path[k] = state
            state = back[k][state]
        cur: list[tuple[int, float]] = []  # (token index, name probability) of the open span
        for k, i in enumerate(cands):
            lab = path[k]
            if lab != 2 and cur:
                close(cur)
                cur = []
            if lab != 0:
                cur.append((i, names[k]))
        if cur:
            close(cur)
        return out

    def _decode(
        self, text: str, tokens: list[tuple[int, int, str]], cands: list[int], probs: np.ndarray
    ) -> Iterator[tuple[int, int, float]]:
        """Names from the class probabilities of the candidates (rows of ``probs``)."""
        logp = np.log(np.maximum(probs, 1e-9)).tolist()
        return self._decode_rows(text, tokens, cands, logp, (probs[:, 1] + probs[:, 2]).tolist())

    def _decode_rows(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        cands: list[int],
        logp: list[list[float]],
        names: list[float],
    ) -> Iterator[tuple[int, int, float]]:
        """:meth:`_decode` from the log probabilities and name probabilities of the candidates."""
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
        n = len(cands)
        joined = [False] * n
        for k in range(1, n):
            i, prev = cands[k], cands[k - 1]
            joined[k] = (
                (prev == i - 1 or (prev == i - 2 and tokens[i - 1][2] in (".", ",", "/", "^")))
                and _JOIN.fullmatch(text, tokens[prev][1], tokens[i][0]) is not None
                and not _slash_letter(text, tokens[prev][0], tokens[prev][1])
                and not _slash_letter(text, tokens[i][0], tokens[i][1])
            )
        best = [logp[0][0], logp[0][1], -1e18]
        back: list[tuple[int, int, int]] = [(0, 0, 0)]
        for k in range(1, n):
            o_prev = 0 if best[0] >= max(best[1], best[2]) else (1 if best[1] >= best[2] else 2)
            top = best[o_prev]
            if joined[k]:
                i_prev = 1 if best[1] >= best[2] else 2
                i_score = best[i_prev] + logp[k][2]
            else:
                i_prev, i_score = 0, -1e18
            best = [top + logp[k][0], top + logp[k][1], i_score]
            back.append((o_prev, o_prev, i_prev))
        state = best.index(max(best))  # the first best, as np.argmax
        path = [0] * n
        for k in range(n - 1, -1, -1):
            path[k] = state
            state = back[k][state]
        for k, i in enumerate(cands):
            lab = path[k]
            p_name = names[k]
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
