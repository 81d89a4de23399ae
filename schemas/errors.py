"""The exception root for driftline.

Every error driftline raises on purpose derives from :class:`DriftlineError`, so
callers can catch ours without catching everything.

>>> issubclass(EventRejected, DriftlineError)
True
>>> EventRejected("invalid_json", "line 1: Expecting value").reason
'invalid_json'
"""

from __future__ import annotations

__all__ = [
    "REJECT_REASONS",
    "ConfigError",
    "DriftlineError",
    "EventRejected",
    "StoreError",
    "StoreLockedError",
]

#: Every reason code a rejected event can carry (the ``reason`` label of
#: ``driftline_dlq_total`` and the ``reason`` field of a DLQ message).
REJECT_REASONS: tuple[str, ...] = (
    "too_large",
    "invalid_utf8",
    "invalid_json",
    "not_an_object",
    "unsupported_schema_version",
    "schema_validation",
    "future_timestamp",  # worker only: further ahead of the ingest clock than max_future_skew_seconds
)


class DriftlineError(Exception):
    """Root of every error driftline raises on purpose."""


class ConfigError(DriftlineError):
    """A setting or a configuration file is invalid; the message says which and why."""


class EventRejected(DriftlineError):
    """An incoming event cannot be accepted.

    ``reason`` is a stable machine-readable code from :data:`REJECT_REASONS`;
    ``detail`` is a human-readable explanation naming the offending field.
    """

    def __init__(self, reason: str, detail: str) -> None:
        if reason not in REJECT_REASONS:
            raise ValueError(f"unknown reject reason {reason!r}; valid: {', '.join(REJECT_REASONS)}")
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class StoreError(DriftlineError):
    """The ClickHouse store could not be opened or written."""


class StoreLockedError(StoreError):
    """Another process owns the embedded (chdb) store directory."""
