"""``features_by_segment``: what a worker hands to the drift stage for one batch."""

from __future__ import annotations

import numpy as np

from detectors.enrichment import Enrichment
from schemas.event import EventV1
from streams.drift_stage import features_by_segment


def event(event_id: str, app: str = "chat") -> EventV1:
    return EventV1.model_validate(
        {
            "schema_version": 1,
            "event_id": event_id,
            "timestamp": "2026-11-23T00:00:00Z",
            "app": app,
            "model": "m",
            "prompt": "p",
            "response": "r",
        }
    )


def enrichment(n: int) -> Enrichment:
    embedding = np.arange(n * 2, dtype=np.float32).reshape(n, 2)
    return Enrichment(
        prompt_embedding=embedding,
        response_embedding=-embedding,
        embedding_model="test",
        quality_mask=np.zeros(n, dtype=bool),
        prompt_embedding_quality=None,
        response_embedding_quality=None,
        quality_model="",
        toxicity_prompt=np.zeros(n, dtype=np.float32),
        toxicity_response=np.zeros(n, dtype=np.float32),
        toxicity_threshold=0.5,
        pii_prompt=[[] for _ in range(n)],
        pii_response=[[] for _ in range(n)],
        redacted_prompt=["p"] * n,
        redacted_response=["r"] * n,
        is_refusal=np.zeros(n, dtype=bool),
    )


def test_a_redelivered_event_in_the_batch_counts_once_with_its_first_occurrence() -> None:
    events = [event("a"), event("b"), event("a"), event("c", app="other")]
    out = features_by_segment(events, enrichment(4))
    chat = out[("chat", "m", "")]
    assert chat.event_ids == ("a", "b")
    assert chat.prompt_emb.tolist() == [[0.0, 1.0], [2.0, 3.0]]  # rows 0 and 1, not row 2
    assert out[("other", "m", "")].event_ids == ("c",)


def test_keep_selects_the_new_events_only() -> None:
    events = [event("a"), event("b"), event("a")]
    out = features_by_segment(events, enrichment(3), keep={"a"})
    assert out[("chat", "m", "")].event_ids == ("a",)
