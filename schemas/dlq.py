"""Dead-letter messages: what ``llm.events.dlq`` carries for every rejected input.

The value is versioned JSON: the reason, a detail naming the offending field, where the message
was read from (topic, partition, offset), and the SHA-256 and size of the original bytes. What
else of the original travels depends on ``keep`` (setting ``dlq_original``):

* ``redacted`` (the worker's default): ``original_text`` is the message as text with PII replaced
  by ``<TYPE>`` tags (invalid UTF-8 shown as U+FFFD); ``original_base64`` is absent.
* ``omitted``: nothing of the content, only hash, size and source coordinates (the original stays
  in the input topic at ``source`` until its retention ends).
* ``original``: the bytes exactly as received (base64) and, when valid UTF-8, as text. Raw PII
  then reaches the DLQ: opt in only where the DLQ is as protected as the input topic.

Content is cut at ``max_bytes`` (``original_truncated`` says so), so a dead letter always fits
in a Kafka message even for an oversized input.

>>> msg = DeadLetter.for_reject(b"{oops", "invalid_json", "Expecting property name", "llm.events", 2, 41,
...                             keep="original")
>>> msg.original_bytes()
b'{oops'
>>> msg.source.offset, msg.reason, msg.original_size
(41, 'invalid_json', 5)
>>> DeadLetter.for_reject(b'{"mail": "bo@x.io"', "invalid_json", "...", "t", 0, 1,
...                       redact=lambda s: s.replace("bo@x.io", "<EMAIL_ADDRESS>")).original_text
'{"mail": "<EMAIL_ADDRESS>"'
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["DEFAULT_MAX_ORIGINAL_BYTES", "DeadLetter", "DeadLetterSource", "KeepOriginal"]

#: What a dead letter keeps of the original message (see the module docstring).
KeepOriginal = Literal["redacted", "omitted", "original"]

#: Default cap on the content a dead letter carries (well under Kafka's 1 MB message limit).
DEFAULT_MAX_ORIGINAL_BYTES = 65_536


def _printable(text: str) -> str:
    r"""``text`` as valid Unicode: lone surrogates (from ``\ud800`` JSON escapes in a rejected message or
    its field names) become visible escapes, so a dead letter always serialises (a letter that cannot
    be published would stall the pipeline).

    >>> _printable("key \udfff")
    'key \\udfff'
    """
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


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
    original_kept: KeepOriginal = Field(
        "original", description="What of the original this letter carries: redacted, omitted or original."
    )
    original_size: int = Field(0, description="Size of the original message value in bytes.")
    original_sha256: str = Field("", description="SHA-256 (hex) of the original message value.")
    original_truncated: bool = Field(False, description="True when the content below was cut at the size cap.")
    original_base64: str | None = Field(
        None, description="The original message value, base64, byte for byte (only when original_kept=original)."
    )
    original_text: str | None = Field(
        None,
        description="The original as text: verbatim when original_kept=original and valid UTF-8; "
        "PII-redacted when original_kept=redacted.",
    )

    @classmethod
    def for_reject(
        cls,
        raw: bytes,
        reason: str,
        detail: str,
        topic: str,
        partition: int,
        offset: int,
        *,
        keep: KeepOriginal = "redacted",
        redact: Callable[[str], str] | None = None,
        max_bytes: int = DEFAULT_MAX_ORIGINAL_BYTES,
    ) -> DeadLetter:
        """Build the dead letter for one rejected message.

        ``redact`` turns text into its PII-redacted form (applied to the content and, unless
        ``keep="original"``, to the detail, whose field paths can hold user-supplied keys); with
        ``keep="redacted"`` and no ``redact`` the content is omitted (never kept raw by accident).
        """
        kept = raw[:max_bytes]
        body: dict[str, object] = {}
        if keep == "original":
            try:
                body["original_text"] = kept.decode("utf-8")
            except UnicodeDecodeError:
                body["original_text"] = None
            body["original_base64"] = base64.b64encode(kept).decode("ascii")
        elif keep == "redacted" and redact is not None:
            body["original_text"] = _printable(redact(kept.decode("utf-8", "replace")))
        else:
            keep = "omitted"
        if keep != "original" and redact is not None:
            detail = redact(detail)  # a field path can hold a user-supplied metadata key
        return cls(
            reason=reason,
            detail=_printable(detail[:2000]),
            source=DeadLetterSource(topic=topic, partition=partition, offset=offset),
            rejected_at=datetime.now(UTC),
            original_kept=keep,
            original_size=len(raw),
            original_sha256=hashlib.sha256(raw).hexdigest(),
            original_truncated=len(raw) > max_bytes and keep != "omitted",
            **body,
        )

    def original_bytes(self) -> bytes | None:
        """The rejected message value as received (None unless ``original_kept`` is ``original``)."""
        return None if self.original_base64 is None else base64.b64decode(self.original_base64)
