"""The fast paths of PERSON give the results of the plain ones (session 8: PERSON speed).

* :class:`~detectors.pii.name_tagger.FeatureIds` (cached feature ids) gives the ids of
  :func:`~detectors.pii.name_tagger.token_features`, in the same order;
* :meth:`~detectors.pii.name_tagger.NameTagger.tag_tokens_batch` (all candidates of a batch scored at
  once) gives bit-for-bit what scoring each text's feature strings gives;
* the guard in front of ``_STRONG_TRIGGERS`` (:func:`~detectors.pii.person.prefix_guard`) rejects no
  position where an alternative of the pattern matches: strings generated from the pattern itself.
"""

from __future__ import annotations

import json
import random
import re
import re._constants as sre_c  # the pattern's parse tree, to generate strings it matches
import re._parser as sre_parse
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from detectors.pii import person
from detectors.pii.name_tagger import FeatureIds, NameTagger, candidates, token_features, tokenize, upper_line
from tests.unit.name_tagger_reference import tag_by_strings

_DEV = Path(__file__).resolve().parents[2] / "data" / "pii" / "eval_dev.jsonl"
_TEXTS = [
    "PAX 1.OKAFOR/CHIDI MR  2.Lima, Ana",
    "0 @I1@ INDI\n1 NAME Thandeka /Mthembu/\n2 GIVN Thandeka\n",
    'id;holder\n7;Siobhán Ní Bhriain\n{"assignee": "Keoni Kahananui"}',
    "Dear Ms. Haverford, your order shipped. Met Joris van der Heuvel and the van driver.",
    "ŞEHİR MERKEZİ ŞUBESİ\nMüdür: Ayşe Yılmaz\n\tİSTANBUL",
    "",
    "no capitals at all here",
]


@pytest.fixture(scope="module")
def tagger() -> NameTagger:
    return NameTagger.load()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _TEXTS + [json.loads(line)["text"] for line in _DEV.read_text(encoding="utf-8").splitlines()]


def _upper_line_reference(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


@pytest.mark.parametrize(
    "line",
    ["ACME LTD", "Ana Lima", "", "123 -- 45", "ABc", "ABCde", "ABCDe", "ÉCOLE NATIONALE", "straße", "İSTANBUL ist",
     "Ⅷ Ⅸ ab", "NAME:\tx"],
)  # fmt: skip
def test_upper_line_counts_letters_as_before(line: str) -> None:
    assert upper_line(line) is _upper_line_reference(line)


@pytest.mark.parametrize("max_entries", [FeatureIds.max_entries, 2])
def test_feature_ids_are_the_ids_of_the_feature_strings(tagger: NameTagger, texts: list[str], max_entries: int) -> None:
    ids = FeatureIds(tagger.vocab, tagger.lexicon)
    ids.max_entries = max_entries  # 2: the caches are emptied again and again
    vocab = tagger.vocab
    for text in texts:
        tokens = tokenize(text)
        cands = candidates(tokens, text)
        want = [[vocab[f] for f in fs if f in vocab] for fs in token_features(text, tokens, cands, tagger.lexicon)]
        assert ids(text, tokens, cands) == want, text


def test_batch_tagging_equals_tagging_each_text(tagger: NameTagger, texts: list[str]) -> None:
    assert tagger.tag_tokens_batch(texts) == [tag_by_strings(tagger, t) for t in texts]


def test_rows_without_known_features_get_the_bias_alone() -> None:
    weights = np.asarray([[1.0, 2.0, 0.0], [0.0, 0.5, 3.0]], dtype=np.float32)
    t = NameTagger({"a": 0, "b": 1}, weights, np.asarray([0.5, 0.0, -0.5], dtype=np.float32))
    z = np.asarray([[1.5, 2.0, -0.5], [0.5, 0.0, -0.5], [1.5, 2.5, 2.5], [0.5, 0.0, -0.5]], dtype=np.float32)
    want = np.exp(z - z.max(axis=1, keepdims=True))
    want /= want.sum(axis=1, keepdims=True)
    np.testing.assert_allclose(t.scores_ids([[0], [], [0, 1], []]), want, rtol=1e-6)
    np.testing.assert_allclose(t.scores([["a"], ["x"], ["a", "b"], []]), want, rtol=1e-6)


def test_prefix_guard_accepts_heads_and_their_tails_only() -> None:
    guard = re.compile("(?:" + person.prefix_guard({"to": ",?[ \t]+X", "tom": "", "adım": "", "’s": ""}) + ")")
    for s in ["to X", "TO,  X", "tomato", "Tom", "adım", "ADIM", "adIm", "’s"]:
        assert guard.match(s), s
    for s in ["to y", "tX", "t", "ad", "'s", "ta"]:
        assert not guard.match(s), s


# ---------------------------------------------------------------- strings from the trigger pattern
_FOLDS = {"i": "iIİı", "k": "kKK", "s": "sSſ"}  # what the regex engine folds together (besides the two cases)
_ALPHABET = [chr(c) for c in range(32, 127)] + list("\t\néáüñıİſK’—–•ßÉ")
_CATEGORIES = {
    sre_c.CATEGORY_DIGIT: r"\d",
    sre_c.CATEGORY_NOT_DIGIT: r"\D",
    sre_c.CATEGORY_WORD: r"\w",
    sre_c.CATEGORY_NOT_WORD: r"\W",
    sre_c.CATEGORY_SPACE: r"\s",
    sre_c.CATEGORY_NOT_SPACE: r"\S",
}


def _in_set(items: Any, ch: str) -> bool:
    negate, hit = False, False
    for op, av in items:
        if op is sre_c.NEGATE:
            negate = True
        elif op is sre_c.LITERAL:
            hit |= ch == chr(av)
        elif op is sre_c.RANGE:
            hit |= av[0] <= ord(ch) <= av[1]
        elif op is sre_c.CATEGORY:
            hit |= re.fullmatch(_CATEGORIES[av], ch) is not None
    return hit != negate


def _generate(tree: Any, ignore_case: bool, rng: random.Random, out: list[str]) -> None:
    """Append to ``out`` a random string the parsed pattern ``tree`` matches (assertions skipped)."""
    for op, av in tree:
        if op is sre_c.LITERAL:
            c = chr(av)
            out.append(rng.choice(_FOLDS.get(c.lower(), c.lower() + c.upper())) if ignore_case and c.isalpha() else c)
        elif op is sre_c.IN:
            members = [c for c in _ALPHABET + [chr(a) for o, a in av if o is sre_c.LITERAL] if _in_set(av, c)]
            out.append(rng.choice(members))
        elif op is sre_c.BRANCH:
            _generate(rng.choice(av[1]), ignore_case, rng, out)
        elif op is sre_c.SUBPATTERN:
            _, add, remove, sub = av
            ic = (ignore_case or bool(add & sre_c.SRE_FLAG_IGNORECASE)) and not remove & sre_c.SRE_FLAG_IGNORECASE
            _generate(sub, ic, rng, out)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            low, high, sub = av
            for _ in range(rng.randint(low, min(high, low + 3))):
                _generate(sub, ignore_case, rng, out)
        elif op not in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            raise AssertionError(f"unexpected regex op {op}")


def test_trigger_guard_rejects_no_match() -> None:
    guarded = person._STRONG_TRIGGERS
    assert person._TRIGGER_GUARD in guarded.pattern
    plain = re.compile(guarded.pattern.replace(person._TRIGGER_GUARD, "", 1))
    alternatives = next(av for op, av in sre_parse.parse(plain.pattern) if op is sre_c.BRANCH)[1]
    rng = random.Random(8)
    matched = 0
    for _ in range(6000):
        out: list[str] = []
        _generate(rng.choice(alternatives), False, rng, out)
        before = rng.choice(["", " ", "\n", "x ", "(", "\t", "**", "1. ", "Some text. "])
        after = rng.choice(["Ana Lima", "Mr. Smith", "mr Smith", "dr. Who", "Émile", "ſam", "lady Jane", "bob"])
        text = before + "".join(out) + after
        want = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in guarded.finditer(text)] == want, text
        matched += bool(want)
    assert matched > 4000  # the strings do exercise the alternatives
