"""The name tagger's reference result, text by text from the feature strings (shared by the tagger tests)."""

from __future__ import annotations

from typing import Any

from detectors.pii.name_tagger import NameTagger, candidates, token_features, tokenize


def tag_by_strings(tagger: NameTagger, text: str) -> tuple[list[Any], list[Any]]:
    """What ``tagger.tag_tokens_batch([text])[0]`` must equal: the plain path (tokenize, candidates, features)."""
    tokens = tokenize(text)
    cands = candidates(tokens, text)
    if not cands:
        return [], []
    probs = tagger.scores(token_features(text, tokens, cands, tagger.lexicon))
    names = probs[:, 1] + probs[:, 2]
    toks = [(tokens[i][0], tokens[i][1], float(p)) for i, p in zip(cands, names, strict=True)]
    return list(tagger._decode(text, tokens, cands, probs)), toks
