"""Table-driven tests of the refusal heuristic (detectors.refusal), with hard negatives."""

from __future__ import annotations

import pytest

from detectors.refusal import PATTERNS, is_refusal, match_refusal, refusal_flags

REFUSALS = [
    ("I'm sorry, but I can't help with that.", "en_cannot_help"),
    ("I cannot provide medical diagnoses.", "en_cannot_help"),
    ("I won't be able to assist with this request.", "en_cannot_help"),
    ("As an AI language model, I do not have personal opinions.", "en_as_an_ai"),
    ("I must respectfully decline.", "en_decline"),
    ("That's not something I can do for you.", "en_not_something"),
    ("Sorry, that's not something I'm able to do.", "en_not_something"),
    ("I'm not going to be able to help with that.", "en_cannot_help"),
    ("This request violates our content policy.", "en_guidelines"),
    ("I'm afraid I can't, sorry.", "en_afraid"),
    ("I apologize, but that cannot be arranged.", "en_apologize_cannot"),
    ("Lo siento, no puedo ayudarte con eso.", "es_no_puedo"),
    ("Je ne peux pas répondre à cette question.", "fr_ne_peux_pas"),
    ("Dabei kann ich leider nicht helfen.", "de_kann_nicht"),
    ("Non posso aiutarti con questa richiesta.", "it_non_posso"),
    ("Desculpe, não posso ajudar com isso.", "pt_nao_posso"),
]

NOT_REFUSALS = [
    "Sure! Here is a Python function that parses the file.",
    "You can't go wrong with a cast iron pan for searing.",  # "can't" not followed by a help verb
    "If the build fails, I can help you read the log.",
    "Use git revert; it does not rewrite history.",
    "The AI model you trained overfits; add dropout.",
    "Kill the process with `kill -9 <pid>` if it hangs.",
    "",
    # a refusal phrase far into a long answer is not a refusal of the request
    "Here are the steps to configure the router. " * 6 + "I can't guarantee your ISP allows it.",
]


@pytest.mark.parametrize(("text", "name"), REFUSALS)
def test_refusals_are_matched_with_their_pattern(text: str, name: str) -> None:
    assert match_refusal(text) == name


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_ordinary_answers_are_not_refusals(text: str) -> None:
    assert not is_refusal(text)


def test_batch_flags_and_pattern_names_are_unique() -> None:
    flags = refusal_flags([t for t, _ in REFUSALS] + NOT_REFUSALS)
    assert flags.tolist() == [True] * len(REFUSALS) + [False] * len(NOT_REFUSALS)
    names = [n for n, _ in PATTERNS]
    assert len(names) == len(set(names))
