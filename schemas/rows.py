"""Typed rows for the ClickHouse tables: what the sink writes, column for column.

>>> from datetime import datetime, UTC
>>> row = EventRow(event_id="e1", timestamp=datetime(2026, 1, 1, tzinfo=UTC), app="a", model="m")
>>> row.as_tuple(LLM_EVENTS_COLUMNS)[:4]
('e1', datetime.datetime(2026, 1, 1, 0, 0, tzinfo=datetime.timezone.utc), 'a', 'm')
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

__all__ = ["DRIFT_METRICS_COLUMNS", "LLM_EVENTS_COLUMNS", "DriftMetricRow", "EventRow"]


def _now() -> datetime:
    return datetime.now(UTC)


@functools.lru_cache(maxsize=16)
def _getter(columns: tuple[str, ...]) -> Any:
    """A C-level getter of ``columns`` as a tuple (``as_tuple`` runs once per stored row)."""
    if len(columns) == 1:
        one = operator.attrgetter(columns[0])
        return lambda obj: (one(obj),)
    return operator.attrgetter(*columns)


@dataclass(slots=True)
class EventRow:
    """One row of ``llm_events``: an accepted event with what the detectors found."""

    event_id: str
    timestamp: datetime
    app: str
    model: str
    ingested_at: datetime = field(default_factory=_now)
    prompt_template: str = ""
    prompt_version: str = ""
    session_id: str = ""
    user_id_hash: str = ""
    prompt: str = ""
    response: str = ""
    prompt_chars: int = 0
    response_chars: int = 0
    latency_ms: float | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    cost_usd: float | None = None
    status: str = "ok"
    error_type: str = ""
    feedback: float | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)
    source_topic: str = ""
    source_partition: int = 0
    source_offset: int = 0
    toxicity_prompt: float = 0.0
    toxicity_response: float = 0.0
    is_toxic: int = 0
    pii_prompt_types: list[str] = field(default_factory=list)
    pii_response_types: list[str] = field(default_factory=list)
    pii_prompt_count: int = 0
    pii_response_count: int = 0
    is_refusal: int = 0
    redaction: str = "none"
    embedding_model: str = ""
    prompt_embedding: list[int] = field(default_factory=list)
    response_embedding: list[int] = field(default_factory=list)
    quality_model: str = ""
    prompt_embedding_quality: list[int] = field(default_factory=list)
    response_embedding_quality: list[int] = field(default_factory=list)

    def as_tuple(self, columns: tuple[str, ...]) -> tuple[Any, ...]:
        """Values in ``columns`` order, ready for ``client.insert``."""
        return _getter(tuple(columns))(self)


@dataclass(slots=True)
class DriftMetricRow:
    """One row of ``drift_metrics``: one segment × signal × evaluation tick."""

    tick_time: datetime
    app: str
    model: str
    prompt_version: str
    signal: str
    detector: str
    statistic: float
    threshold: float
    status: str
    window_start: datetime
    window_end: datetime
    n_events: int
    n_reference: int
    written_at: datetime = field(default_factory=_now)

    def as_tuple(self, columns: tuple[str, ...]) -> tuple[Any, ...]:
        """Values in ``columns`` order, ready for ``client.insert``."""
        return _getter(tuple(columns))(self)


#: Column order of ``llm_events`` as the sink writes it.
LLM_EVENTS_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(EventRow))
#: Column order of ``drift_metrics`` as the sink writes it.
DRIFT_METRICS_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(DriftMetricRow))
