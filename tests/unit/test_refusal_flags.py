"""The batch refusal check (one alternation) agrees with the per-pattern check on every text."""

from __future__ import annotations

import itertools

from detectors.refusal import PATTERNS, is_refusal, refusal_flags

_OPENERS = ("", "Sorry, ", "Hmm. ", "Lo siento, ", "Désolé, ", "Leider ", "Well, as you know, " * 8)
_BODIES = (
    "I can't help with that request.",
    "I cannot assist with this.",
    "As an AI language model, I don't have opinions.",
    "I'm unable to provide that information.",
    "no puedo ayudar con eso.",
    "je ne peux pas répondre à cette question.",
    "ich kann dir dabei leider nicht helfen.",
    "non posso aiutarti con questo.",
    "não posso ajudar com isso.",
    "Sure! Use a dict for O(1) lookups.",
    "Here is the code you asked for; it cannot fail on empty input.",
    "Kill the process holding port 8080 with fuser -k 8080/tcp.",
    "",
)


def test_batch_flags_equal_per_text_check() -> None:
    texts = [o + b for o, b in itertools.product(_OPENERS, _BODIES)]
    flags = refusal_flags(texts)
    assert flags.tolist() == [is_refusal(t) for t in texts]
    assert 0 < int(flags.sum()) < len(texts)  # both outcomes are exercised


def test_window_is_respected() -> None:
    late = "x" * 200 + " I can't help with that."
    assert refusal_flags([late]).tolist() == [False] == [is_refusal(late)]
    assert refusal_flags([late], window=400).tolist() == [True] == [is_refusal(late, window=400)]
    assert len(PATTERNS) > 5
