"""Synthetic LLM event streams with injected changes, as :class:`EventFeatures` batches.

Text: prompts and responses are drawn from a split's :class:`~pools.PoolSet` (a fixed bank of
unique texts per topic, embedded once with the fast embedder and cached in memory). Scalars:

* ``completion_tokens`` ~ lognormal around 180 (refusals ~25, terse answers ~6); ``prompt_tokens``
  = system prompt + words * 1.35 + retrieved context (lognormal);
* ``latency_ms`` = (250 ms + 11 ms per completion token) * lognormal(0, 0.25), 1% spikes x4;
  errors are fast failures or 30 s timeouts;
* detector outputs are **simulated with noise**, not computed from text (the real toxicity and PII
  detectors are built separately): toxic events score ~Beta(8, 2) but 10% are missed
  (~Beta(2, 6)); clean ones ~Beta(0.6, 25) with 0.4% false positives; PII counts come from a
  true-PII rate with 90% recall plus a 0.5% false-positive rate; each detected entity gets a PII
  entity type (``pii_response_types`` bit masks): true PII from ``pii_type_weights`` (each extra
  entity of an event repeats the first one's type with probability 0.6), false positives from
  :data:`PII_FALSE_POSITIVE_MIX` (mostly PERSON, as NER false positives are); the types are drawn
  from a separate random stream, so every other column is the same as before types existed;
* ``is_refusal`` is computed from the response text by :func:`detectors.refusal.is_refusal`.

Every change is a :class:`Change`: from event ``onset`` a parameter moves from its baseline to
``value`` linearly over ``ramp`` events (``ramp=1`` is abrupt).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from detectors.drift.features import PII_TYPES, EventFeatures
from detectors.refusal import is_refusal

from .pools import PoolSet, sample_texts

__all__ = [
    "PII_FALSE_POSITIVE_MIX",
    "PII_TRUE_MIX",
    "Change",
    "StreamParams",
    "TextBank",
    "generate_stream",
    "iter_batches",
    "pii_one_type_wave",
]

#: Entity-type mix of true PII in responses (order of :data:`detectors.drift.features.PII_TYPES`:
#: e-mail, phone, credit card, IBAN, US SSN, IP address, API key, person).
PII_TRUE_MIX: tuple[float, ...] = (0.22, 0.18, 0.04, 0.03, 0.03, 0.05, 0.05, 0.40)
#: Entity-type mix of the detector's false positives (names dominate, as NER false positives do).
PII_FALSE_POSITIVE_MIX: tuple[float, ...] = (0.02, 0.20, 0.03, 0.02, 0.03, 0.10, 0.05, 0.55)


@dataclass(frozen=True)
class Change:
    """Parameter ``param`` moves to ``value`` from event ``onset`` over ``ramp`` events."""

    param: str
    value: float | tuple[float, ...]
    onset: int
    ramp: int = 1


@dataclass(frozen=True)
class StreamParams:
    """Baseline parameters of a stream (one segment)."""

    topics: tuple[str, ...]
    weights: tuple[float, ...]
    burst_stay: float = 0.0
    refusal_rate: float = 0.012
    terse_rate: float = 0.0
    latency_mult: float = 1.0
    completion_mult: float = 1.0
    prompt_mult: float = 1.0
    error_rate: float = 0.008
    toxic_rate: float = 0.012
    pii_response_rate: float = 0.007
    pii_prompt_rate: float = 0.04
    pii_type_weights: tuple[float, ...] = PII_TRUE_MIX
    rate_hz: float = 10.0
    changes: tuple[Change, ...] = ()


@dataclass
class TextBank:
    """Unique texts per (topic, kind), embedded once; events sample rows from it."""

    pools: PoolSet
    per_topic: int = 1500
    seed: int = 0
    texts: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    vectors: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)

    def get(self, topic: str, kind: str) -> tuple[list[str], np.ndarray]:
        key = (topic if kind in ("prompt", "response") else "*", kind)
        if key not in self.texts:
            from detectors.embeddings import load_embedder

            rng = np.random.default_rng([self.seed, zlib.crc32(repr(key).encode())])
            n = self.per_topic if kind in ("prompt", "response") else 400
            texts = sorted(set(sample_texts(self.pools, topic, kind, n, rng)))
            self.texts[key] = texts
            self.vectors[key] = load_embedder("fast", build_if_missing=False).encode(texts)
        return self.texts[key], self.vectors[key]


def _schedule(base: float | np.ndarray, changes: tuple[Change, ...], param: str, idx: np.ndarray) -> np.ndarray:
    out = np.broadcast_to(np.asarray(base, dtype=np.float64), (len(idx), *np.shape(base))).copy()
    for ch in changes:
        if ch.param != param:
            continue
        frac = np.clip((idx - ch.onset + 1) / max(ch.ramp, 1), 0.0, 1.0)
        target = np.asarray(ch.value, dtype=np.float64)
        frac = frac.reshape((-1,) + (1,) * (out.ndim - 1))
        out = out * (1.0 - frac) + target * frac
    return out


def _topics(params: StreamParams, weights: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    n, k = weights.shape
    cum = np.cumsum(weights / weights.sum(axis=1, keepdims=True), axis=1)
    fresh = (rng.random(size=(n, 1)) > cum).sum(axis=1).clip(0, k - 1)
    if params.burst_stay <= 0:
        return fresh
    stay = np.asarray(rng.random(size=n) < params.burst_stay, dtype=bool)
    out = fresh.copy()
    for i in range(1, n):  # Markov chain: keep the previous topic with probability burst_stay
        if stay[i]:
            out[i] = out[i - 1]
    return out


def generate_stream(
    params: StreamParams,
    n: int,
    bank: TextBank,
    seed: int,
    start_time: float = 1.7e9,
    id_prefix: str = "ev",
    new_topics: Mapping[str, int] | None = None,
) -> tuple[EventFeatures, dict[str, np.ndarray]]:
    """Generate ``n`` events; returns the features and per-event ground truth (topic, flags)."""
    rng = np.random.default_rng(seed)
    idx = np.arange(n)
    weights = _schedule(np.array(params.weights), params.changes, "weights", idx)
    topic = _topics(params, weights, rng)
    refusal_p = _schedule(params.refusal_rate, params.changes, "refusal_rate", idx)
    terse_p = _schedule(params.terse_rate, params.changes, "terse_rate", idx)
    error_p = _schedule(params.error_rate, params.changes, "error_rate", idx)
    toxic_p = _schedule(params.toxic_rate, params.changes, "toxic_rate", idx)
    pii_r_p = _schedule(params.pii_response_rate, params.changes, "pii_response_rate", idx)
    lat_m = _schedule(params.latency_mult, params.changes, "latency_mult", idx)
    comp_m = _schedule(params.completion_mult, params.changes, "completion_mult", idx)
    prompt_m = _schedule(params.prompt_mult, params.changes, "prompt_mult", idx)

    is_error = rng.random(n) < error_p
    u = rng.random(n)
    kind = np.where(u < refusal_p, 1, np.where(u < refusal_p + terse_p, 2, 0))  # 0 normal 1 refusal 2 terse

    dim = bank.get(params.topics[0], "prompt")[1].shape[1]
    p_emb = np.zeros((n, dim), dtype=np.float32)
    r_emb = np.zeros((n, dim), dtype=np.float32)
    p_words = np.zeros(n)
    responses: list[str] = [""] * n
    for t_i, name in enumerate(params.topics):
        sel = np.flatnonzero(topic == t_i)
        if len(sel) == 0:
            continue
        texts, vecs = bank.get(name, "prompt")
        pick = rng.integers(0, len(texts), len(sel))
        p_emb[sel] = vecs[pick]
        p_words[sel] = [len(texts[j].split()) for j in pick]
        for k_i, k_name in ((0, "response"), (1, "refusal"), (2, "terse")):
            sub = sel[(kind[sel] == k_i) & ~is_error[sel]]
            if len(sub) == 0:
                continue
            rtexts, rvecs = bank.get(name, k_name)
            rpick = rng.integers(0, len(rtexts), len(sub))
            r_emb[sub] = rvecs[rpick]
            for j, r in zip(sub, rpick, strict=True):
                responses[j] = rtexts[r]

    refusal_flag = np.array([is_refusal(r) for r in responses], dtype=bool)
    comp = np.exp(rng.normal(np.log(180.0), 0.5, n)) * comp_m
    comp = np.where(kind == 1, np.exp(rng.normal(np.log(25.0), 0.3, n)), comp)
    comp = np.where(kind == 2, np.exp(rng.normal(np.log(6.0), 0.3, n)), comp)
    comp = np.round(np.maximum(comp, 1.0))
    context = np.exp(rng.normal(np.log(200.0), 0.6, n))
    prompt_tokens = np.round((250.0 + p_words * 1.35 + context) * prompt_m)
    latency = (250.0 + 11.0 * comp) * np.exp(rng.normal(0.0, 0.25, n)) * lat_m
    latency = np.where(rng.random(n) < 0.01, latency * 4.0, latency)
    timeout = rng.random(n) < 0.3
    err_lat = np.where(timeout, 30000.0, np.exp(rng.normal(np.log(120.0), 0.5, n)))
    latency = np.where(is_error, err_lat, latency)
    comp = np.where(is_error, 0.0, comp)

    toxic = rng.random(n) < toxic_p
    missed = rng.random(n) < 0.10
    tox_score = np.where(
        toxic,
        np.where(missed, rng.beta(2, 6, n), rng.beta(8, 2, n)),
        np.where(rng.random(n) < 0.004, rng.beta(6, 3, n), rng.beta(0.6, 25, n)),
    )
    tox_resp = np.where(rng.random(n) < 0.002, rng.beta(6, 3, n), rng.beta(0.6, 40, n))
    pii_true = (rng.random(n) < pii_r_p) & ~is_error
    detected = pii_true & (rng.random(n) < 0.9)
    entities = 1 + rng.poisson(0.4, n)
    pii_resp = np.where(detected, entities, 0)
    pii_fp = rng.random(n) < 0.005
    pii_resp = np.where(pii_fp, np.maximum(pii_resp, 1), pii_resp)
    pii_prompt = np.where(rng.random(n) < params.pii_prompt_rate, 1 + rng.poisson(0.5, n), 0)

    gaps = rng.exponential(1.0 / params.rate_hz, n)
    times = start_time + np.cumsum(gaps)
    type_mix = _schedule(np.array(params.pii_type_weights), params.changes, "pii_type_weights", idx)
    pii_types = _pii_types(type_mix, detected, entities, pii_fp & ~detected, np.random.default_rng([seed, 0x5049]))
    feats = EventFeatures(
        event_time=times,
        prompt_emb=p_emb,
        response_emb=r_emb,
        latency_ms=latency,
        prompt_tokens=prompt_tokens,
        completion_tokens=comp,
        is_error=is_error,
        is_refusal=refusal_flag,
        toxicity_prompt=tox_score,
        toxicity_response=tox_resp,
        pii_prompt_count=pii_prompt.astype(float),
        pii_response_count=pii_resp.astype(float),
        event_ids=tuple(f"{id_prefix}-{i}" for i in range(n)),
        pii_response_types=pii_types,
    )
    truth = {"topic": topic, "kind": kind, "toxic": toxic, "pii": pii_true, "error": is_error}
    return feats, truth


def _pick(mix: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """One category per row of ``mix`` (n, k) (rows need not be normalised)."""
    cum = np.cumsum(mix / mix.sum(axis=1, keepdims=True), axis=1)
    return (rng.random(size=(len(mix), 1)) > cum).sum(axis=1).clip(0, mix.shape[1] - 1)


def _pii_types(
    mix: np.ndarray, detected: np.ndarray, entities: np.ndarray, false_pos: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """Bit masks of the entity types of detected response PII (see the module docstring)."""
    first = _pick(mix, rng)
    mask = np.where(detected, np.left_shift(1, first), 0).astype(np.int64)
    for j in range(1, int(entities.max(initial=1))):
        more = detected & (entities > j)
        same = rng.random(len(mix)) < 0.6
        other = _pick(mix, rng)
        mask |= np.where(more, np.left_shift(1, np.where(same, first, other)), 0)
    fp_mix = np.broadcast_to(np.array(PII_FALSE_POSITIVE_MIX), mix.shape)
    mask |= np.where(false_pos, np.left_shift(1, _pick(fp_mix, rng)), 0)
    return mask


def pii_one_type_wave(entity_type: str, base_rate: float = 0.007, wave_rate: float = 0.10) -> tuple[float, ...]:
    """Type mix of responses' true PII during a wave of one leaking ``entity_type``: the base PII
    keeps :data:`PII_TRUE_MIX`, the extra ``wave_rate - base_rate`` is all ``entity_type``."""
    one = np.zeros(len(PII_TYPES))
    one[PII_TYPES.index(entity_type)] = 1.0
    mix = (base_rate * np.array(PII_TRUE_MIX) + (wave_rate - base_rate) * one) / wave_rate
    return tuple(float(x) for x in mix)


def iter_batches(
    feats: EventFeatures, rng: np.random.Generator, lo: int = 20, hi: int = 400
) -> Iterator[EventFeatures]:
    """Split a stream into batches of random sizes (as a stream processor would see them)."""
    i = 0
    n = len(feats)
    while i < n:
        j = min(n, i + int(rng.integers(lo, hi + 1)))
        yield feats.take(slice(i, j))
        i = j


def with_changes(params: StreamParams, *changes: Change) -> StreamParams:
    """A copy of ``params`` with extra changes."""
    return replace(params, changes=params.changes + tuple(changes))
