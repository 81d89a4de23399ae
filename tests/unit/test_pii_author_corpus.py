"""Fresh-seed multi-author training texts (data/pii/author_corpus.py, session 8).

The spent held-out generators are run at seeds other than their frozen ones: the records must have
valid PERSON spans, differ from the frozen evaluation texts, be deterministic, and never come from
the unseen generator 12.
"""

from __future__ import annotations

import pytest

from data.pii.author_corpus import (
    AUTHORS,
    author_records,
    fresh_build,
    frozen_texts,
    load_generator,
    multi_author,
    to_training,
)


def test_closed_author_list() -> None:
    assert AUTHORS == (3, 4, 5, 6, 7, 8, 9, 10, 11)
    with pytest.raises(ValueError):
        load_generator(12)
    with pytest.raises(ValueError):
        fresh_build(6, 0)  # i = 0 would be the frozen seed


def test_frozen_seed_reproduces_frozen_set_and_fresh_seed_does_not() -> None:
    """The SEED patch is what controls the output: the frozen seed rebuilds the frozen texts."""
    mod = load_generator(6)
    frozen = frozen_texts(6)
    assert {r["text"] for r in mod.build()} == frozen
    seed, recs = fresh_build(6, 1)
    assert seed == mod.SEED + 1000
    assert not any(r["text"] in frozen for r in recs)
    assert load_generator(6).SEED == mod.SEED  # the generator file itself is untouched


@pytest.mark.parametrize("k", [3, 9])
def test_fresh_records_valid_deterministic_and_new(k: int) -> None:
    recs, st = author_records(k, 200, seed=7)
    assert len(recs) == 200 == st.kept
    frozen = frozen_texts(k)
    assert not any(r["text"] in frozen for r in recs)
    n_person = 0
    for r in recs:
        for s, e in r["spans"]:
            assert 0 <= s < e <= len(r["text"])
            assert r["text"][s:e].strip() == r["text"][s:e]
            n_person += 1
    assert n_person == st.person_spans > 0
    again, _ = author_records(k, 200, seed=7)
    assert again == recs
    if k == 3:  # v3 has templates without placeholders: those texts equal frozen ones and are dropped
        assert st.dropped_overlap > 0


def test_to_training_keeps_person_only_and_checks_offsets() -> None:
    rec = {
        "text": "Ana Lima ana@x.io",
        "spans": [
            {"type": "PERSON", "start": 0, "end": 8, "text": "Ana Lima"},
            {"type": "EMAIL_ADDRESS", "start": 9, "end": 17, "text": "ana@x.io"},
        ],
    }
    assert to_training(rec) == {"text": "Ana Lima ana@x.io", "spans": [[0, 8]]}
    rec["spans"][0]["end"] = 7  # type: ignore[index]
    with pytest.raises(AssertionError):
        to_training(rec)


def test_multi_author_split_independent_of_other_authors() -> None:
    both, stats = multi_author([3, 9], 101, seed=7)
    assert [s.kept for s in stats] == [51, 50]
    alone, _ = author_records(9, 50, seed=7)
    assert both[51:] == alone
