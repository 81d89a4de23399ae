"""Seeded synthetic event streams (no text, no models): for tests, doctests and throughput benches.

Embeddings are unit vectors around topic centres in ``dim`` dimensions (a stand-in for sentence
embeddings); scalars and flags follow simple parametric laws. A change is switched on from event
``change_at``: a new topic (``new_topic``), a latency factor, or higher rates.

>>> f = synthetic_stream(1000, dim=16, seed=1, change_at=500, latency_factor=2.0)
>>> bool(np.median(f.latency_ms[500:]) > 1.8 * np.median(f.latency_ms[:500]))
True
"""

from __future__ import annotations

import numpy as np

from .features import EventFeatures

__all__ = ["synthetic_stream"]


def synthetic_stream(
    n: int,
    dim: int = 32,
    seed: int = 0,
    *,
    n_topics: int = 4,
    burst_stay: float = 0.0,
    change_at: int | None = None,
    new_topic: bool = False,
    latency_factor: float = 1.0,
    error_rate: float = 0.01,
    toxic_rate: float = 0.015,
    pii_rate: float = 0.01,
    refusal_rate: float = 0.01,
    start_time: float = 1.7e9,
    rate_hz: float = 10.0,
    spread: float = 0.6,
) -> EventFeatures:
    """A stream of ``n`` events; from ``change_at`` the listed changes apply (rates given there are
    the post-change rates; before it every rate is 1%-1.5%)."""
    rng = np.random.default_rng(seed)
    world = np.random.default_rng(12345)  # topic centres shared by every seed
    centres = world.standard_normal((n_topics + 1, dim))
    after = np.zeros(n, dtype=bool) if change_at is None else np.arange(n) >= change_at
    topic = rng.integers(0, n_topics, n)
    if burst_stay > 0:
        stay = rng.random(n) < burst_stay
        for i in range(1, n):
            if stay[i]:
                topic[i] = topic[i - 1]
    if new_topic:
        topic = np.where(after, n_topics, topic)

    def embed(offset: float) -> np.ndarray:
        x = centres[topic] + offset + spread * rng.standard_normal((n, dim))
        return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)

    def rate(base: float, changed: float) -> np.ndarray:
        return np.where(after, changed, base)

    latency = np.exp(rng.normal(np.log(900.0), 0.35, n)) * np.where(after, latency_factor, 1.0)
    return EventFeatures(
        event_time=start_time + np.cumsum(rng.exponential(1.0 / rate_hz, n)),
        prompt_emb=embed(0.0),
        response_emb=embed(0.3),
        latency_ms=latency,
        prompt_tokens=np.round(np.exp(rng.normal(np.log(400.0), 0.3, n))),
        completion_tokens=np.round(np.exp(rng.normal(np.log(180.0), 0.45, n))),
        is_error=rng.random(n) < rate(0.01, error_rate),
        is_refusal=rng.random(n) < rate(0.01, refusal_rate),
        toxicity_prompt=np.where(rng.random(n) < rate(0.015, toxic_rate), rng.beta(8, 2, n), rng.beta(0.6, 25, n)),
        toxicity_response=rng.beta(0.6, 40, n),
        pii_prompt_count=(rng.random(n) < 0.03).astype(float),
        pii_response_count=(rng.random(n) < rate(0.01, pii_rate)).astype(float),
        event_ids=tuple(f"e{i}" for i in range(n)),
    )
