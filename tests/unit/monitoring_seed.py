"""Deterministic monitoring data for dashboard and report tests: events, drift ticks, alerts.

Written through the same typed rows the sink and the alert stage use, into a migrated store, so
the rollup materialized views fill exactly as in production.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from schemas.alert_rows import ALERTS_COLUMNS, AlertRow
from schemas.rows import DRIFT_METRICS_COLUMNS, LLM_EVENTS_COLUMNS, DriftMetricRow, EventRow
from streams.store import Store

__all__ = ["SEGMENTS", "Seeded", "seed"]

#: (app, model, prompt_version); one app name carries a quote, one segment has no version.
SEGMENTS: tuple[tuple[str, str, str], ...] = (
    ("support-bot", "gpt-4o-mini", "v3"),
    ("support-bot", "claude-haiku", "v3"),
    ("code-assistant", "qwen2.5-coder", "v1"),
    ("code-assistant", "qwen2.5-coder", ""),
    ("o'hare-travel", "gpt-4o-mini", "v2"),
)
_PII = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PERSON", "API_KEY")
_SIGNALS = ("prompt_drift", "response_drift", "latency_drift", "token_drift", "error_rate")


@dataclass(frozen=True)
class Seeded:
    """What was written, for assertions."""

    start: datetime
    end: datetime
    events: int
    toxic: int
    errors: int
    pii_events: int
    drift_rows: int
    alerts: int


def seed(store: Store, *, end: datetime | None = None, hours: float = 6.0, events: int = 2400) -> Seeded:
    """Write ``events`` events spread over ``hours`` before ``end``, plus drift ticks and alerts."""
    rng = random.Random(20261122)
    end = (end or datetime.now(UTC)).replace(second=0, microsecond=0)
    start = end - timedelta(hours=hours)
    span = (end - start).total_seconds()
    rows: list[EventRow] = []
    for i in range(events):
        app, model, version = SEGMENTS[i % len(SEGMENTS)]
        ts = start + timedelta(seconds=rng.uniform(0, span - 1))
        late = ts > start + timedelta(seconds=span * 0.75)
        tox_p = min(1.0, rng.betavariate(0.6, 8) + (0.5 if late and app == "support-bot" and rng.random() < 0.2 else 0))
        tox_r = rng.betavariate(0.5, 12)
        pii_p = [rng.choice(_PII)] if rng.random() < 0.05 else []
        pii_r = [rng.choice(_PII), rng.choice(_PII)] if rng.random() < (0.12 if late else 0.03) else []
        failed = rng.random() < 0.02
        rows.append(
            EventRow(
                event_id=f"ev-{i:06d}",
                timestamp=ts,
                app=app,
                model=model,
                prompt_version=version,
                latency_ms=None if i % 50 == 0 else rng.lognormvariate(6.5 + (0.6 if late else 0), 0.35),
                prompt_tokens=rng.randrange(5, 200),
                completion_tokens=None if failed else rng.randrange(10, 600),
                cost_usd=round(rng.uniform(0.0001, 0.004), 6),
                status="error" if failed else "ok",
                error_type="RateLimitError" if failed else "",
                toxicity_prompt=tox_p,
                toxicity_response=tox_r,
                is_toxic=int(max(tox_p, tox_r) >= 0.5),
                pii_prompt_types=pii_p,
                pii_response_types=pii_r,
                pii_prompt_count=len(pii_p),
                pii_response_count=len(pii_r),
                is_refusal=int(rng.random() < 0.03),
            )
        )
    store.insert("llm_events", [r.as_tuple(LLM_EVENTS_COLUMNS) for r in rows], LLM_EVENTS_COLUMNS)

    drift: list[DriftMetricRow] = []
    tick = start + timedelta(minutes=5)
    while tick <= end:
        progress = (tick - start).total_seconds() / span
        for app, model, version in SEGMENTS:
            for signal in _SIGNALS:
                threshold = 12.0 if signal in ("prompt_drift", "response_drift") else 1.0
                level = threshold * (0.3 + 1.2 * max(0.0, progress - 0.7) / 0.3 if app == "support-bot" else 0.3)
                statistic = max(0.0, level + rng.gauss(0, threshold * 0.05))
                drift.append(
                    DriftMetricRow(
                        tick_time=tick,
                        app=app,
                        model=model,
                        prompt_version=version,
                        signal=signal,
                        detector="mewma" if signal in ("prompt_drift", "response_drift") else "adwin",
                        statistic=statistic,
                        threshold=threshold,
                        status="drift" if statistic > threshold else "ok",
                        window_start=tick - timedelta(minutes=5),
                        window_end=tick,
                        n_events=80,
                        n_reference=500,
                    )
                )
        tick += timedelta(minutes=5)
    store.insert("drift_metrics", [r.as_tuple(DRIFT_METRICS_COLUMNS) for r in drift], DRIFT_METRICS_COLUMNS)

    alerts: list[AlertRow] = []
    kinds = ("prompt_drift", "latency_drift", "toxicity", "pii", "error_rate", "response_drift")
    for n in range(15):
        app, model, version = SEGMENTS[n % len(SEGMENTS)]
        fired = start + timedelta(seconds=span * (0.70 + 0.019 * n))
        base = AlertRow(
            alert_id=f"al-{n:03d}",
            kind=kinds[n % len(kinds)],
            rule=f"{kinds[n % len(kinds)]}-default",
            severity=("warning", "critical")[n % 2],
            state="firing",
            app=app,
            model=model,
            prompt_version=version,
            event_id=f"ev-{n * 100:06d}",
            timestamp=fired,
            value=1.5 + n / 10,
            threshold=1.0,
            message=f"{kinds[n % len(kinds)]} beyond threshold on {app} / {model}",
            actions=["slack", "retrain"] if "drift" in kinds[n % len(kinds)] else ["slack"],
            created_at=fired,
            delivery_status="delivered",
        )
        alerts.append(base)
        if n % 3 == 0:
            later = fired + timedelta(minutes=20)
            alerts.append(replace(base, state="resolved", timestamp=later, created_at=later))
    store.insert("alerts", [a.as_tuple(ALERTS_COLUMNS) for a in alerts], ALERTS_COLUMNS)

    return Seeded(
        start=start,
        end=end,
        events=len(rows),
        toxic=sum(r.is_toxic for r in rows),
        errors=sum(r.status == "error" for r in rows),
        pii_events=sum(1 for r in rows if r.pii_prompt_count + r.pii_response_count > 0),
        drift_rows=len(drift),
        alerts=len({a.alert_id for a in alerts}),
    )
