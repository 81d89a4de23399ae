"""Dead-letter messages: what ``llm.events.dlq`` carries for every rejected input.

The value is versioned JSON; the original bytes travel base64-encoded (exactly as received)
and, when they are valid UTF-8, also as text for people reading the topic.

>>> msg = DeadLetter.for_reject(b"{oops", "invalid_json", "Expecting property name", "llm.events", 2, 41)
>>> msg.original_bytes()
b'{oops'
>>> msg.source.offset, msg.reason
(41, 'invalid_json')
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["DeadLetter", "DeadLetterSource"]


class DeadLetterSource(BaseModel):
    """Where the rejected message was read from."""

    model_config = ConfigDict(frozen=True)

    topic: str
    partition: int
    offset: int


class DeadLetter(BaseModel):
    """A rejected input message (DLQ schema version 1)."""

    model_config = ConfigDict(frozen=True, title="driftline dead letter v1")

    schema_version: int = Field(1, description="Always 1 for this schema.")
    reason: str = Field(description="Stable reason code, e.g. invalid_json or schema_validation.")
    detail: str = Field(description="Human-readable explanation naming the offending field.")
    source: DeadLetterSource
    rejected_at: datetime = Field(description="When driftline rejected it (UTC).")
    original_base64: str = Field(description="The original message value, base64, byte for byte.")
    original_text: str | None = Field(None, description="The original value as text when it is valid UTF-8.")

    @classmethod
    def for_reject(cls, raw: bytes, reason: str, detail: str, topic: str, partition: int, offset: int) -> DeadLetter:
        """Build the dead letter for one rejected message."""
        try:
            text: str | None = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        return cls(
            reason=reason,
            detail=detail[:2000],
            source=DeadLetterSource(topic=topic, partition=partition, offset=offset),
            rejected_at=datetime.now(UTC),
            original_base64=base64.b64encode(raw).decode("ascii"),
            original_text=text,
        )

    def original_bytes(self) -> bytes:
        """The rejected message value exactly as it was received."""
        return base64.b64decode(self.original_base64)
