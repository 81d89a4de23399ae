"""Fills ``llm_events`` rows with detector outputs (the worker's enrich stage).

Texts are redacted before they reach a row unless ``store_raw_text`` is set; PII types and counts,
toxicity, refusal flags and int8 embeddings are stored for every event.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors.embeddings import quantize_embeddings
from detectors.enrichment import DetectorConfig, Enrichment, EventDetectors
from schemas.event import EventV1
from schemas.rows import EventRow
from schemas.settings import Settings

__all__ = ["DetectorEnricher", "detector_config"]


def detector_config(settings: Settings, salt: bytes) -> DetectorConfig:
    """The detector configuration the settings describe."""
    return DetectorConfig(
        model_dir=settings.model_dir,
        quality_embeddings=settings.quality_embeddings,
        quality_sample_rate=settings.quality_sample_rate,
        quality_model_path=settings.quality_model_path,
        toxicity_scorer=settings.toxicity_scorer,
        toxicity_model_path=settings.toxicity_model_path,
        toxicity_threshold=settings.toxicity_threshold,
        pii_entities=tuple(settings.pii_entities) if settings.pii_entities else None,
        pii_person=settings.pii_person,
        redaction_mode="none" if settings.store_raw_text else settings.redaction_mode,
        redaction_salt=salt,
    )


def _types(spans: Sequence[object]) -> list[str]:
    return sorted({span.type for span in spans})  # type: ignore[attr-defined]


class DetectorEnricher:
    """The :class:`~streams.ingest.Enricher` backed by :class:`~detectors.enrichment.EventDetectors`."""

    def __init__(self, settings: Settings, salt: bytes) -> None:
        self.detectors = EventDetectors(detector_config(settings, salt))
        self.redaction = "none" if settings.store_raw_text else settings.redaction_mode

    def enrich(self, events: Sequence[EventV1], rows: Sequence[EventRow]) -> Enrichment:
        result = self.detectors.run(
            [e.event_id for e in events], [e.prompt for e in events], [e.response for e in events]
        )
        prompt_q = quantize_embeddings(result.prompt_embedding).tolist()
        response_q = quantize_embeddings(result.response_embedding).tolist()
        toxic = result.is_toxic
        quality_index = {int(i): k for k, i in enumerate(result.quality_mask.nonzero()[0])}
        q_prompt: list[list[int]] = []
        q_response: list[list[int]] = []
        if result.prompt_embedding_quality is not None and result.response_embedding_quality is not None:
            q_prompt = quantize_embeddings(result.prompt_embedding_quality).tolist()
            q_response = quantize_embeddings(result.response_embedding_quality).tolist()
        for i, row in enumerate(rows):
            row.prompt = result.redacted_prompt[i]
            row.response = result.redacted_response[i]
            row.redaction = self.redaction
            row.toxicity_prompt = float(result.toxicity_prompt[i])
            row.toxicity_response = float(result.toxicity_response[i])
            row.is_toxic = int(toxic[i])
            row.pii_prompt_types = _types(result.pii_prompt[i])
            row.pii_response_types = _types(result.pii_response[i])
            row.pii_prompt_count = len(result.pii_prompt[i])
            row.pii_response_count = len(result.pii_response[i])
            row.is_refusal = int(result.is_refusal[i])
            row.embedding_model = result.embedding_model
            row.prompt_embedding = prompt_q[i]
            row.response_embedding = response_q[i]
            if i in quality_index:
                row.quality_model = result.quality_model
                row.prompt_embedding_quality = q_prompt[quality_index[i]]
                row.response_embedding_quality = q_response[quality_index[i]]
        return result
