"""Alerting contracts: the signals the alert engine reads and the messages it publishes.

* :class:`AlertSignal` — input: one detector verdict for one segment (drift onset or recovery,
  or any periodic tick), in event time.
* :class:`Alert` — output on ``llm.alerts`` (schema v1): one message when an alert fires and one
  when it resolves, both carrying the same ``alert_id``.
* :class:`RetrainRequest` / :class:`ReindexRequest` — output on ``llm.retrain.requests`` /
  ``llm.reindex.requests`` (schema v1): everything a downstream pipeline needs to act without
  querying driftline first, including a ClickHouse query selecting the affected events.

Timestamps are timezone-aware and normalised to UTC.

>>> s = AlertSignal(kind="prompt_drift", segment=Segment(app="chat", model="m1"), state="firing",
...                 value=0.3, threshold=0.1, event_id="e9", timestamp="2026-03-01T12:00:00+01:00",
...                 detector="mmd", window_start="2026-03-01T10:30:00Z", window_end="2026-03-01T11:00:00Z",
...                 n_events=200)
>>> s.timestamp.isoformat(), s.segment.label()
('2026-03-01T11:00:00+00:00', 'chat / m1 / -')
>>> AlertSignal.model_validate({**s.model_dump(), "kind": "drfit"})
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for AlertSignal
kind
  Input should be 'prompt_drift', 'response_drift', 'latency_drift', 'token_drift', 'error_rate', ...
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "ACTIONS",
    "ALERT_STATES",
    "SEVERITIES",
    "SIGNAL_KINDS",
    "Action",
    "Alert",
    "AlertSignal",
    "DownstreamRequest",
    "EventQuery",
    "ReindexRequest",
    "RetrainRequest",
    "Segment",
    "Severity",
    "SignalKind",
    "TimeRange",
]

SignalKind = Literal[
    "prompt_drift",
    "response_drift",
    "latency_drift",
    "token_drift",
    "error_rate",
    "refusal_rate",
    "toxicity",
    "pii",
]
Severity = Literal["info", "warning", "critical"]
Action = Literal["slack", "retrain", "reindex"]

#: Every signal kind an alert rule can watch (the ``kind`` of alerts).
SIGNAL_KINDS: tuple[str, ...] = get_args(SignalKind)
#: Alert severities, least to most severe.
SEVERITIES: tuple[str, ...] = get_args(Severity)
#: What a rule can do when it fires.
ACTIONS: tuple[str, ...] = get_args(Action)
#: States of an alert message.
ALERT_STATES: tuple[str, ...] = ("firing", "resolved")


def _published(schema_id: str) -> Any:
    """``json_schema_extra`` for messages driftline publishes: every field is always present, and
    consumers must accept fields added later within the same schema version."""

    def extra(schema: dict[str, Any], model: type[Any]) -> None:
        schema["$id"] = schema_id
        schema["required"] = list(schema.get("properties", {}))

    return extra


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


UtcDatetime = Annotated[AwareDatetime, AfterValidator(_utc)]
Finite = Annotated[float, Field(allow_inf_nan=False)]


class Segment(BaseModel):
    """A drift segment: (app, model, prompt_version); an empty prompt_version means none."""

    model_config = ConfigDict(frozen=True)

    app: str = Field(min_length=1, description="Application.")
    model: str = Field(min_length=1, description="Model.")
    prompt_version: str = Field("", description="Prompt version ('' when the events carry none).")

    def key(self) -> tuple[str, str, str]:
        """``(app, model, prompt_version)``."""
        return (self.app, self.model, self.prompt_version)

    def label(self) -> str:
        """Human-readable ``app / model / prompt_version`` (``-`` for no version)."""
        return f"{self.app} / {self.model} / {self.prompt_version or '-'}"


class AlertSignal(BaseModel):
    """One detector verdict for one segment: the alert engine's input.

    ``state`` is the detector's verdict at this point (``firing`` while the statistic is
    beyond its threshold, ``ok`` otherwise). Detectors may send only transitions or every
    evaluation tick: the engine deduplicates.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: SignalKind = Field(description="What is monitored.")
    segment: Segment
    state: Literal["firing", "ok"] = Field(description="The detector's verdict.")
    value: Finite = Field(description="The statistic (or rate) the detector computed.")
    threshold: Finite = Field(description="The detector's threshold for that statistic.")
    event_id: str = Field(min_length=1, description="The event at which this verdict was reached.")
    timestamp: UtcDatetime = Field(description="Event time of that event (drives every timer).")
    detector: str = Field(min_length=1, description="Detector name, e.g. mmd, mewma, adwin.")
    window_start: UtcDatetime = Field(description="Start of the window the statistic covers (event time).")
    window_end: UtcDatetime = Field(description="End of that window (event time).")
    n_events: int = Field(ge=0, description="Events in the window.")

    @model_validator(mode="after")
    def _window_is_ordered(self) -> AlertSignal:
        if self.window_start > self.window_end:
            raise ValueError("window_start is after window_end")
        return self


class Alert(BaseModel):
    """An alert message on ``llm.alerts`` (schema version 1).

    One message when the alert fires and one when it resolves; both share ``alert_id``.
    Deduplicate on ``idempotency_key`` (``<alert_id>:<state>``).
    """

    model_config = ConfigDict(
        frozen=True,
        title="driftline alert v1",
        json_schema_extra=_published("https://driftline.dev/schemas/alert.v1.schema.json"),
    )

    schema_version: Literal[1] = Field(1, description="Always 1 for this schema.")
    alert_id: str = Field(description="Stable id of this alert episode (rule × segment × onset).")
    idempotency_key: str = Field(description="'<alert_id>:<state>': unique per message, stable across replays.")
    rule: str = Field(description="Name of the rule that raised it.")
    kind: SignalKind = Field(description="The signal the rule watches.")
    severity: Severity
    state: Literal["firing", "resolved"]
    segment: Segment
    value: Finite = Field(description="The statistic when the alert fired (or resolved).")
    threshold: Finite = Field(description="The threshold it was compared with.")
    condition: Literal["verdict", "above", "below"] = Field(
        description="verdict: the detector's own decision; above/below: the rule's threshold on value."
    )
    event_id: str = Field(description="The event at which the alert fired (or resolved).")
    timestamp: UtcDatetime = Field(description="Event time at which the alert fired (or resolved).")
    started_at: UtcDatetime = Field(description="Event time at which the condition first held (since when).")
    detector: str
    window_start: UtcDatetime = Field(description="Start of the detector window behind the value.")
    window_end: UtcDatetime = Field(description="End of the detector window behind the value.")
    n_events: int = Field(ge=0, description="Events in that window.")
    message: str = Field(description="One-line human-readable summary.")
    actions: list[Action] = Field(description="The rule's actions: slack, retrain, reindex.")
    links: dict[str, str] = Field(
        default_factory=dict, description="URLs; 'dashboard' is the Grafana dashboard filtered to the segment."
    )
    flapping: bool = Field(False, description="The condition changed state often within the flap window.")
    suppressed: int = Field(0, ge=0, description="Re-fires folded into this alert by the cooldown.")


class TimeRange(BaseModel):
    """A closed event-time interval ``[start, end]``."""

    model_config = ConfigDict(frozen=True)

    start: UtcDatetime
    end: UtcDatetime


class EventQuery(BaseModel):
    """A ClickHouse query selecting the events a request is about.

    ``sql`` runs as is (literals escaped); ``parameterized_sql`` + ``parameters`` is the same
    query for clients that bind server-side parameters (``{name:Type}`` placeholders).
    """

    model_config = ConfigDict(frozen=True)

    database: str = Field(description="Database holding llm_events.")
    sql: str = Field(description="Ready-to-run SELECT over llm_events.")
    parameterized_sql: str = Field(description="The same SELECT with {name:Type} placeholders.")
    parameters: dict[str, str] = Field(description="Values for the placeholders, as strings.")


class _RequestBase(BaseModel):
    model_config = ConfigDict(frozen=True)

    schema_version: Literal[1] = Field(1, description="Always 1 for this schema.")
    request_id: str = Field(description="Same as idempotency_key.")
    idempotency_key: str = Field(description="Stable across replays and redeliveries: act once per key.")
    alert_id: str = Field(description="The alert that triggered the request (see llm.alerts).")
    rule: str
    severity: Severity
    segment: Segment
    signal: SignalKind = Field(description="The signal that drifted.")
    detector: str
    statistic: Finite = Field(description="The detector statistic when the alert fired.")
    threshold: Finite = Field(description="The threshold it exceeded.")
    condition: Literal["verdict", "above", "below"]
    window: TimeRange = Field(description="The detector window in which the drift was seen.")
    n_events: int = Field(ge=0, description="Events in that window.")
    time_range: TimeRange = Field(description="Event-time range of the affected events (the query's range).")
    query: EventQuery
    event_id: str = Field(description="The event at which the alert fired.")
    fired_at: UtcDatetime = Field(description="Event time at which the alert fired.")
    started_at: UtcDatetime = Field(description="Event time at which the condition first held.")
    dashboard_url: str | None = Field(None, description="Grafana dashboard filtered to the segment, when configured.")
    reason: str = Field(description="Human-readable reason (the alert message).")


class RetrainRequest(_RequestBase):
    """A request to retrain or re-evaluate the model behind a segment (``llm.retrain.requests``, v1)."""

    model_config = ConfigDict(
        title="driftline retrain request v1",
        json_schema_extra=_published("https://driftline.dev/schemas/retrain_request.v1.schema.json"),
    )

    request_type: Literal["retrain"] = Field("retrain", description="Always 'retrain'.")


class ReindexRequest(_RequestBase):
    """A request to re-index a RAG knowledge base for a segment (``llm.reindex.requests``, v1)."""

    model_config = ConfigDict(
        title="driftline reindex request v1",
        json_schema_extra=_published("https://driftline.dev/schemas/reindex_request.v1.schema.json"),
    )

    request_type: Literal["reindex"] = Field("reindex", description="Always 'reindex'.")


DownstreamRequest = RetrainRequest | ReindexRequest
