"""Charts for the report, rendered with matplotlib to base64 PNG (Figure objects, no pyplot state).

Every function returns the PNG as base64 text, or ``None`` when there is nothing to draw.

>>> from datetime import datetime
>>> png = line_chart("t", {"a": ([datetime(2026, 1, 1), datetime(2026, 1, 2)], [1.0, 2.0])}, step_s=60)
>>> base64.b64decode(png)[:8]
b'\\x89PNG\\r\\n\\x1a\\n'
>>> line_chart("t", {}, step_s=60) is None
True
"""

from __future__ import annotations

import base64
import io
import math
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

__all__ = ["category_bars", "line_chart", "time_bars"]

Series = dict[str, tuple[list[datetime], list[float]]]

_WIDTH, _HEIGHT, _DPI = 10.0, 3.2, 100
_TOP = 8
_PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)  # fmt: skip


def _png(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=_DPI, metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _figure(title: str) -> tuple[Figure, Axes]:
    fig = Figure(figsize=(_WIDTH, _HEIGHT), dpi=_DPI)
    # Fixed margins (the legend sits right of the plot): much cheaper than a layout engine.
    fig.subplots_adjust(left=0.07, right=0.72, top=0.88, bottom=0.17)
    ax = fig.add_subplot()
    ax.set_title(title, loc="left", fontsize=11, fontweight="bold")
    ax.grid(True, color="#e5e5e5", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig, ax


def _time_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    offsets = ["", "%Y", "%Y-%b", "%Y-%b-%d UTC", "%Y-%b-%d %H:%M UTC", "%Y-%b-%d %H:%M UTC"]
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, offset_formats=offsets))


def _legend(ax: Axes, count: int) -> None:
    if count:
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)


def _label(name: str, width: int = 44) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


def _span(ax: Axes, window: tuple[datetime, datetime] | None) -> None:
    if window is not None:
        ax.set_xlim(float(mdates.date2num(window[0])), float(mdates.date2num(window[1])))


def _x(times: Sequence[datetime]) -> Any:
    """Datetimes as matplotlib date numbers."""
    return mdates.date2num(list(times))


def _weight(values: Sequence[float]) -> float:
    finite = [v for v in values if not math.isnan(v)]
    return sum(finite) if finite else -math.inf


def top_series(series: Series, limit: int = _TOP) -> tuple[Series, int]:
    """The ``limit`` series with the largest totals, and how many were left out."""
    ranked = sorted(series, key=lambda name: _weight(series[name][1]), reverse=True)
    return {name: series[name] for name in ranked[:limit]}, max(0, len(series) - limit)


def line_chart(
    title: str,
    series: Series,
    *,
    step_s: int,
    ylabel: str = "",
    percent: bool = False,
    thresholds: Series | None = None,
    hline: float | None = None,
    marks: Sequence[tuple[datetime, str]] = (),
    window: tuple[datetime, datetime] | None = None,
) -> str | None:
    """Lines over time; optional dashed per-series thresholds, a horizontal alarm line, alert marks."""
    if not any(times for times, _ in series.values()):
        return None
    shown, hidden = top_series(series)
    fig, ax = _figure(title + (f"  (top {len(shown)} of {len(shown) + hidden})" if hidden else ""))
    colors = _PALETTE
    for i, (name, (times, values)) in enumerate(shown.items()):
        color = colors[i % len(colors)]
        ax.plot(
            _x(times), values, color=color, linewidth=1.4, label=_label(name), marker="." if len(times) < 3 else None
        )
        if thresholds and name in thresholds:
            t_times, t_values = thresholds[name]
            ax.plot(_x(t_times), t_values, color=color, linewidth=1.0, linestyle="--", alpha=0.8)
    if hline is not None:
        ax.axhline(hline, color="#d62728", linestyle="--", linewidth=1.0, label=f"alarm = {hline:g}")
    for when, kind in marks:
        ax.axvline(float(mdates.date2num(when)), color="#d62728", alpha=0.35, linewidth=1.0)
        ax.annotate(
            kind,
            (mdates.date2num(when), 1.0),
            xycoords=("data", "axes fraction"),
            fontsize=6,
            rotation=90,
            va="top",
            ha="right",
            color="#d62728",
        )
    if thresholds:
        ax.plot([], [], color="#555555", linestyle="--", linewidth=1.0, label="threshold (dashed)")
    if percent:
        ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_ylabel(ylabel, fontsize=8)
    ax.set_ylim(bottom=0)
    _time_axis(ax)
    _span(ax, window)
    _legend(ax, len(shown))
    return _png(fig)


def time_bars(
    title: str, series: Series, *, step_s: int, ylabel: str = "", window: tuple[datetime, datetime] | None = None
) -> str | None:
    """Stacked per-bucket totals, one colour per series, drawn as filled steps (one artist per series)."""
    if not any(times for times, _ in series.values()):
        return None
    shown, hidden = top_series(series)
    fig, ax = _figure(title + (f"  (top {len(shown)} of {len(shown) + hidden})" if hidden else ""))
    step = timedelta(seconds=step_s)
    # A regular grid of buckets, so a bucket without data is drawn as zero, not as its neighbour.
    present = [t for times, _ in shown.values() for t in times]
    first, last = min(present), max(present)
    slots = int((last - first) / step) + 1
    edges = [first + step * k for k in range(slots + 1)]
    bottom = [0.0] * slots
    colors = _PALETTE
    for i, (name, (times, values)) in enumerate(shown.items()):
        top = list(bottom)
        for t, v in zip(times, values, strict=True):
            top[int((t - first) / step)] += 0.0 if math.isnan(v) else v
        ax.fill_between(
            _x(edges),
            [*bottom, bottom[-1]],
            [*top, top[-1]],
            step="post",
            color=colors[i % len(colors)],
            label=_label(name),
            linewidth=0,
        )
        bottom = top
    ax.set_ylim(bottom=0)
    ax.set_ylabel(ylabel, fontsize=8)
    _time_axis(ax)
    _span(ax, window)
    _legend(ax, len(shown))
    return _png(fig)


def category_bars(
    title: str,
    categories: Sequence[str],
    values: dict[str, Sequence[float]],
    *,
    log: bool = False,
    percent: bool = False,
    horizontal: bool = False,
) -> str | None:
    """Grouped bars per category (e.g. score bucket, entity type), one bar per value series."""
    if not categories or not any(any(v > 0 for v in vs) for vs in values.values()):
        return None
    fig, ax = _figure(title)
    n = max(1, len(values))
    width = 0.8 / n
    colors = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728")
    positions = range(len(categories))
    for i, (name, series) in enumerate(values.items()):
        offsets = [p - 0.4 + width * (i + 0.5) for p in positions]
        if horizontal:
            ax.barh(offsets, series, height=width, label=name, color=colors[i % len(colors)])
        else:
            ax.bar(offsets, series, width=width, label=name, color=colors[i % len(colors)])
    axis = ax.yaxis if horizontal else ax.xaxis
    axis.set_ticks(list(positions), labels=list(categories), fontsize=7)
    if horizontal:
        ax.invert_yaxis()
        longest = max(len(c) for c in categories)
        fig.subplots_adjust(left=min(0.3, 0.03 + 0.0075 * longest))
    elif len(categories) > 8:
        ax.tick_params(axis="x", labelrotation=45)
    value_axis = ax.xaxis if horizontal else ax.yaxis
    if log:
        (ax.set_xscale if horizontal else ax.set_yscale)("log")
    if percent:
        value_axis.set_major_formatter(PercentFormatter(1.0))
    _legend(ax, n)
    return _png(fig)
