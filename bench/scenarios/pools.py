"""Text-pool data model and the sampler that turns a pool into prompts and responses.

A :class:`TopicPool` holds hand-written sentences plus templates with ``{slot}`` fields. A text is
either a sentence or a filled template, optionally wrapped in a generic opener and closer, so
texts in one topic vary in wording, length and framing the way real traffic does.

>>> pool = TopicPool("demo", ("How do I {verb} a {thing}?",), ("Is it safe?",),
...                  ("You can {verb} it.",), ("Yes.",), {"verb": ("fix",), "thing": ("bike",)})
>>> rng = np.random.default_rng(0)
>>> sorted({fill_template("How do I {verb} a {thing}?", pool.slots, rng) for _ in range(3)})
['How do I fix a bike?']
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

__all__ = ["PoolSet", "TopicPool", "fill_template", "sample_texts"]

_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class TopicPool:
    """One topic's prompt and response material."""

    name: str
    prompt_templates: tuple[str, ...]
    prompt_sentences: tuple[str, ...]
    response_templates: tuple[str, ...]
    response_sentences: tuple[str, ...]
    slots: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class PoolSet:
    """Every pool of one split (dev or held-out): topics, refusals and generic wrappers."""

    topics: Mapping[str, TopicPool]
    refusals: tuple[str, ...]
    prompt_openers: tuple[str, ...]
    prompt_closers: tuple[str, ...]
    response_openers: tuple[str, ...]
    response_closers: tuple[str, ...]
    terse_responses: tuple[str, ...] = ()


def fill_template(template: str, slots: Mapping[str, Sequence[str]], rng: np.random.Generator) -> str:
    """Replace every ``{slot}`` in ``template`` with a random value of that slot."""
    return _SLOT.sub(lambda m: str(rng.choice(slots[m.group(1)])), template)


def _one(
    templates: Sequence[str],
    sentences: Sequence[str],
    slots: Mapping[str, Sequence[str]],
    openers: Sequence[str],
    closers: Sequence[str],
    rng: np.random.Generator,
) -> str:
    if templates and (not sentences or rng.random() < 0.6):
        core = fill_template(str(rng.choice(templates)), slots, rng)
    else:
        core = str(rng.choice(sentences))
    if openers and rng.random() < 0.35:
        core = f"{rng.choice(openers)} {core}"
    if closers and rng.random() < 0.3:
        core = f"{core} {rng.choice(closers)}"
    return core


def sample_texts(pools: PoolSet, topic: str, kind: str, n: int, rng: np.random.Generator) -> list[str]:
    """Draw ``n`` texts of ``kind`` (``"prompt"``, ``"response"``, ``"refusal"``, ``"terse"``)."""
    if kind == "refusal":
        return [str(rng.choice(pools.refusals)) for _ in range(n)]
    if kind == "terse":
        return [str(rng.choice(pools.terse_responses)) for _ in range(n)]
    pool = pools.topics[topic]
    if kind == "prompt":
        args = (pool.prompt_templates, pool.prompt_sentences, pool.slots)
        wrap = (pools.prompt_openers, pools.prompt_closers)
    elif kind == "response":
        args = (pool.response_templates, pool.response_sentences, pool.slots)
        wrap = (pools.response_openers, pools.response_closers)
    else:
        raise ValueError(f"unknown kind {kind!r}; valid: prompt, response, refusal, terse")
    return [_one(*args, *wrap, rng) for _ in range(n)]
