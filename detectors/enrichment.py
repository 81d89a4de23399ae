"""Every per-event detector over one batch of events: embeddings, toxicity, PII, refusals.

:class:`EventDetectors` composes the individual detectors (each pure and batch-friendly) and
returns a columnar :class:`Enrichment`. The worker stores it; ``driftline score`` prints it;
the drift stage reads its embeddings and flags. One code path for all three.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from detectors.embeddings import Embedder, load_embedder
from detectors.pii import PiiAnalyzer, PiiSpan, redact
from detectors.refusal import refusal_flags

__all__ = ["DetectorConfig", "Enrichment", "EventDetectors", "in_quality_sample"]

QualityMode = Literal["off", "sample", "all"]


@dataclass(frozen=True, slots=True)
class DetectorConfig:
    """Which detectors run and how (mirrors the ``DRIFTLINE_*`` detector settings)."""

    model_dir: Path | None = None
    quality_embeddings: QualityMode = "off"
    quality_sample_rate: float = 0.05
    quality_model_path: str | None = None
    toxicity_scorer: str = "builtin"
    toxicity_model_path: str | None = None
    toxicity_threshold: float | None = None
    pii_entities: tuple[str, ...] | None = None
    pii_person: bool = True
    pii_person_model: Literal["tagger", "spacy"] = "tagger"
    pii_policy: Literal["standard", "identifying"] = "standard"
    redaction_mode: Literal["mask", "tag", "hash", "none"] = "tag"
    redaction_salt: bytes = b""


@dataclass(slots=True)
class Enrichment:
    """Detector outputs for ``n`` events, row-aligned with the input."""

    prompt_embedding: np.ndarray
    response_embedding: np.ndarray
    embedding_model: str
    quality_mask: np.ndarray
    prompt_embedding_quality: np.ndarray | None
    response_embedding_quality: np.ndarray | None
    quality_model: str
    toxicity_prompt: np.ndarray
    toxicity_response: np.ndarray
    toxicity_threshold: float
    pii_prompt: list[list[PiiSpan]]
    pii_response: list[list[PiiSpan]]
    redacted_prompt: list[str]
    redacted_response: list[str]
    is_refusal: np.ndarray
    #: Seconds spent per detector on this batch (``embed``, ``toxicity``, ``pii``, ``redact``,
    #: ``refusal``, ``quality_embed``): what the worker reports as stage times.
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def is_toxic(self) -> np.ndarray:
        """True where the prompt or the response scores at or above the threshold."""
        return (self.toxicity_prompt >= self.toxicity_threshold) | (self.toxicity_response >= self.toxicity_threshold)


def in_quality_sample(event_id: str, rate: float) -> bool:
    """Deterministic sampling by ``event_id`` (replays pick the same events).

    >>> in_quality_sample("evt-1", 1.0), in_quality_sample("evt-1", 0.0)
    (True, False)
    """
    digest = hashlib.blake2b(event_id.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64 < rate


class EventDetectors:
    """Loads the configured detectors once; :meth:`run` scores a batch (thread-safe for one caller)."""

    def __init__(self, config: DetectorConfig | None = None) -> None:
        from detectors.toxicity import load_toxicity_scorer

        self.config = config or DetectorConfig()
        c = self.config
        self.fast: Embedder = load_embedder("fast", model_dir=c.model_dir)
        self.quality: Embedder | None = (
            load_embedder("quality", model_path=c.quality_model_path, model_dir=c.model_dir)
            if c.quality_embeddings != "off"
            else None
        )
        self.toxicity: Any = load_toxicity_scorer(
            c.toxicity_scorer, model_path=c.toxicity_model_path, model_dir=c.model_dir
        )
        self.toxicity_threshold = float(
            c.toxicity_threshold if c.toxicity_threshold is not None else self.toxicity.threshold
        )
        self.pii = PiiAnalyzer(
            entities=c.pii_entities, person=c.pii_person, person_model=c.pii_person_model, policy=c.pii_policy
        )

    def run(self, event_ids: Sequence[str], prompts: Sequence[str], responses: Sequence[str]) -> Enrichment:
        """Score ``n`` events given as parallel sequences."""
        n = len(prompts)
        texts = [*prompts, *responses]
        timings: dict[str, float] = {}
        clock = time.perf_counter()

        def lap(name: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            timings[name] = now - clock
            clock = now

        embeddings = self.fast.encode(texts)
        lap("embed")
        toxicity = np.asarray(self.toxicity.score(texts), dtype=np.float32)
        lap("toxicity")
        spans = self.pii.analyze_batch(texts)
        lap("pii")
        c = self.config
        if c.redaction_mode == "none":
            redacted = list(texts)
        else:
            redacted = [
                redact(t, s, mode=c.redaction_mode, salt=c.redaction_salt) if s else t
                for t, s in zip(texts, spans, strict=True)
            ]
        lap("redact")
        is_refusal = refusal_flags(responses)
        lap("refusal")

        quality_mask = np.zeros(n, dtype=bool)
        q_prompt = q_response = None
        if self.quality is not None:
            quality_mask = np.array(
                [c.quality_embeddings == "all" or in_quality_sample(e, c.quality_sample_rate) for e in event_ids],
                dtype=bool,
            )
            chosen = [int(i) for i in np.flatnonzero(quality_mask)]
            if chosen:
                q = self.quality.encode([prompts[i] for i in chosen] + [responses[i] for i in chosen])
                q_prompt, q_response = q[: len(chosen)], q[len(chosen) :]
            lap("quality_embed")

        return Enrichment(
            prompt_embedding=embeddings[:n],
            response_embedding=embeddings[n:],
            embedding_model=self.fast.name,
            quality_mask=quality_mask,
            prompt_embedding_quality=q_prompt,
            response_embedding_quality=q_response,
            quality_model=self.quality.name if self.quality is not None else "",
            toxicity_prompt=toxicity[:n],
            toxicity_response=toxicity[n:],
            toxicity_threshold=self.toxicity_threshold,
            pii_prompt=spans[:n],
            pii_response=spans[n:],
            redacted_prompt=redacted[:n],
            redacted_response=redacted[n:],
            is_refusal=is_refusal,
            timings=timings,
        )
