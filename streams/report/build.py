"""``build_report``: the store's dashboards as one static HTML file, for people without Grafana."""

from __future__ import annotations

import math
from pathlib import Path

from streams.report import charts
from streams.report.page import Section, cards, chart, page, table
from streams.report.queries import QuerySource, ReportData, load_report_data

__all__ = ["build_report", "render_html"]


def _fmt(value: float, kind: str = "") -> str:
    if math.isnan(value):
        return "–"
    if kind == "%":
        return f"{value:.2%}"
    if kind == "ms":
        return f"{value:,.0f} ms"
    if kind == "$":
        return f"${value:,.2f}"
    return f"{value:,.0f}"


def _rate(part: float, whole: float) -> float:
    return part / whole if whole else math.nan


def _overview(d: ReportData) -> Section:
    step = d.window.step_s
    span = (d.window.start, d.window.end)
    return Section(
        "overview",
        "Overview",
        [
            chart(
                charts.line_chart("Traffic by app / model", d.traffic, step_s=step, window=span, ylabel="events/s"),
                "Traffic",
            ),
            chart(
                charts.line_chart("Latency p50 / p95 / p99", d.latency, step_s=step, window=span, ylabel="ms"),
                "Latency",
            ),
            chart(
                charts.line_chart("Error rate by app / model", d.error_rate, step_s=step, window=span, percent=True),
                "Error rate",
            ),
            chart(charts.time_bars("Tokens per bucket", d.tokens, step_s=step, window=span, ylabel="tokens"), "Tokens"),
            chart(charts.time_bars("Cost by app / model", d.cost, step_s=step, window=span, ylabel="USD"), "Cost"),
            "<h3>Segments</h3>",
            table(d.segments),
        ],
    )


def _safety(d: ReportData) -> Section:
    step = d.window.step_s
    span = (d.window.start, d.window.end)
    hist = d.toxicity_hist
    labels = [f"{b * 0.05:.2f}" for b, _, _ in hist.rows]
    pii = d.pii_rates
    return Section(
        "safety",
        "Safety",
        [
            chart(
                charts.line_chart(
                    "Toxicity rate by app / model", d.toxicity_rate, step_s=step, window=span, percent=True
                ),
                "Toxicity rate",
            ),
            chart(
                charts.category_bars(
                    "Toxicity score distribution (bucket start, log scale)",
                    labels,
                    {"prompt": [float(r[1]) for r in hist.rows], "response": [float(r[2]) for r in hist.rows]},
                    log=True,
                ),
                "Toxicity distribution",
            ),
            chart(
                charts.category_bars(
                    "PII rate by entity type and field",
                    [str(r[0]) for r in pii.rows],
                    {"prompt": [float(r[1]) for r in pii.rows], "response": [float(r[2]) for r in pii.rows]},
                    percent=True,
                    horizontal=True,
                ),
                "PII by entity type",
            ),
            chart(
                charts.time_bars("PII events by entity type", d.pii_series, step_s=step, window=span), "PII over time"
            ),
            "<h3>Top offending segments</h3>",
            table(d.offenders),
        ],
    )


def _drift(d: ReportData) -> Section:
    step = d.window.step_s
    span = (d.window.start, d.window.end)
    drift_marks = [(t, k) for t, k in d.alert_marks if k.endswith("drift")]
    return Section(
        "drift",
        "Drift",
        [
            chart(
                charts.line_chart(
                    "Prompt drift: statistic vs threshold",
                    d.prompt_drift,
                    step_s=step,
                    window=span,
                    thresholds=d.prompt_threshold,
                    marks=drift_marks,
                ),
                "Prompt drift",
            ),
            chart(
                charts.line_chart(
                    "Response drift: statistic vs threshold",
                    d.response_drift,
                    step_s=step,
                    window=span,
                    thresholds=d.response_threshold,
                    marks=drift_marks,
                ),
                "Response drift",
            ),
            chart(
                charts.line_chart(
                    "Scalar drifts (statistic / threshold)",
                    d.scalar_drift,
                    step_s=step,
                    window=span,
                    hline=1.0,
                    marks=drift_marks,
                ),
                "Scalar drifts",
            ),
            "<h3>Latest drift status per segment and signal</h3>",
            table(d.drift_status),
        ],
    )


def _alerts(d: ReportData) -> Section:
    return Section(
        "alerts",
        "Alerts",
        [
            chart(
                charts.time_bars(
                    "Alerts fired by kind",
                    d.alerts_by_kind,
                    step_s=d.window.step_s,
                    window=(d.window.start, d.window.end),
                ),
                "Alerts",
            ),
            table(d.alerts, "No alerts in this window."),
        ],
    )


def render_html(d: ReportData) -> str:
    """The report page for already-loaded data."""
    t = d.totals
    events = t.get("n_events", 0.0)
    summary = cards(
        [
            (_fmt(events), "events"),
            (_fmt(_rate(t.get("n_errors", 0.0), events), "%"), "error rate"),
            (_fmt(t.get("p95_ms", math.nan), "ms"), "p95 latency"),
            (_fmt(_rate(t.get("n_toxic", 0.0), events), "%"), "toxic"),
            (_fmt(_rate(t.get("n_pii", 0.0), events), "%"), "with PII"),
            (_fmt(t.get("n_tokens", 0.0)), "tokens"),
            (_fmt(t.get("total_cost", 0.0), "$"), "cost"),
            (_fmt(t.get("alerts", 0.0)), "alerts fired"),
        ]
    )
    if not events and not d.alert_marks and not d.drift_status.rows:
        summary += '<p class="empty">The store holds no events, drift ticks or alerts in this window.</p>'
    w = d.window
    subtitle = (
        f"database {d.database} · {w.start:%Y-%m-%d %H:%M} – {w.end:%Y-%m-%d %H:%M} UTC"
        f" · {w.step_s // 60}-minute buckets · generated {d.generated_at:%Y-%m-%d %H:%M:%S} UTC"
    )
    return page(
        "driftline report",
        subtitle,
        summary,
        [_overview(d), _safety(d), _drift(d), _alerts(d)],
        "Same views as the Grafana dashboards (grafana/dashboards), from the per-minute rollups, drift_metrics "
        "and alerts tables. Latency percentiles are t-digest estimates.",
    )


def build_report(store: QuerySource, out_path: Path, database: str = "driftline", hours: float | None = None) -> Path:
    """Write a static, self-contained HTML report of ``database`` to ``out_path``; returns the path.

    ``hours`` limits the report to the last ``hours`` hours (``None``: everything stored).
    Raises :class:`~schemas.errors.StoreError` when the tables are missing (migrations not applied).
    """
    data = load_report_data(store, database, hours)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(render_html(data), encoding="utf-8")
    return out_path
