"""The built-in report: the dashboards' views as one static HTML page with embedded PNG charts.

Usage::

    from streams.report import build_report
    build_report(store, Path("report.html"), database="driftline", hours=24)
"""

from __future__ import annotations

from streams.report.build import build_report, render_html
from streams.report.queries import QuerySource, ReportData, load_report_data

__all__ = ["QuerySource", "ReportData", "build_report", "load_report_data", "render_html"]
