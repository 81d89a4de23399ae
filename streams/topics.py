"""Faust topic declarations for driftline's topics (names from settings)."""

from __future__ import annotations

from dataclasses import dataclass

import faust
from faust.types import TopicT

from schemas.settings import Settings

__all__ = ["Topics", "declare_topics", "raw_topic"]


@dataclass(frozen=True, slots=True)
class Topics:
    """The topics one worker uses. Values are raw bytes: driftline decodes them itself."""

    events: TopicT
    dlq: TopicT
    alerts: TopicT
    retrain: TopicT
    reindex: TopicT


def raw_topic(app: faust.App, name: str, partitions: int) -> TopicT:
    """A topic of raw bytes keys and values (driftline encodes and decodes its messages itself)."""
    return app.topic(
        name,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=partitions,
    )


def declare_topics(app: faust.App, settings: Settings) -> Topics:
    """Declare every topic on ``app`` with the configured partition count."""

    def raw(name: str) -> TopicT:
        return raw_topic(app, name, settings.topic_partitions)

    return Topics(
        events=raw(settings.topic_events),
        dlq=raw(settings.topic_dlq),
        alerts=raw(settings.topic_alerts),
        retrain=raw(settings.topic_retrain),
        reindex=raw(settings.topic_reindex),
    )
