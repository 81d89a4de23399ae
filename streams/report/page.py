"""The report's HTML: one self-contained page (inline CSS, charts as data-URI PNG, no scripts).

>>> cell(0.1234, "Error rate"), cell(None, "Resolved"), cell("<b>", "App")
('12.34%', '–', '&lt;b&gt;')
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from streams.report.queries import Table

__all__ = ["Section", "cards", "cell", "chart", "page", "table"]

_CSS = """
body{font-family:-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;margin:0;
background:#f6f7f9;color:#1d1f23}
header{background:#1d2433;color:#fff;padding:18px 32px}
header h1{margin:0 0 4px;font-size:22px} header p{margin:0;color:#c9d1e0;font-size:13px}
main{padding:8px 32px 40px;max-width:1200px}
nav a{color:#c9d1e0;margin-right:14px;font-size:13px}
h2{margin:28px 0 10px;font-size:18px;border-bottom:2px solid #d9dde5;padding-bottom:4px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0}
.card{background:#fff;border:1px solid #d9dde5;border-radius:6px;padding:10px 14px;min-width:120px}
.card b{display:block;font-size:20px} .card span{font-size:12px;color:#5b6270}
figure{background:#fff;border:1px solid #d9dde5;border-radius:6px;margin:10px 0;padding:6px}
figure img{width:100%;height:auto;display:block}
.empty{background:#fff;border:1px dashed #c3c8d2;border-radius:6px;padding:14px;color:#5b6270;
font-size:13px;margin:10px 0}
table{border-collapse:collapse;width:100%;background:#fff;font-size:12px;margin:10px 0}
th,td{border:1px solid #e1e4ea;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef0f4} td.num{text-align:right;font-variant-numeric:tabular-nums}
footer{color:#5b6270;font-size:12px;margin-top:30px}
"""

_PERCENT_HINTS = ("rate",)


def cell(value: Any, column: str) -> str:
    """One table cell's text, escaped; rates as percentages, floats rounded."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, float):
        if any(hint in column.lower() for hint in _PERCENT_HINTS):
            return f"{value:.2%}"
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    return html.escape(str(value))


def table(data: Table, empty: str = "No rows in this window.") -> str:
    """An HTML table for ``data`` (or a note when empty)."""
    if not data.rows:
        return f'<p class="empty">{html.escape(empty)}</p>'
    head = "".join(f"<th>{html.escape(c)}</th>" for c in data.columns)
    body = []
    for row in data.rows:
        cells = []
        for column, value in zip(data.columns, row, strict=True):
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            cells.append(
                f'<td class="num">{cell(value, column)}</td>' if numeric else f"<td>{cell(value, column)}</td>"
            )
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def chart(png: str | None, alt: str) -> str:
    """An embedded chart, or a note when there was nothing to plot."""
    if png is None:
        return f'<p class="empty">{html.escape(alt)}: no data in this window.</p>'
    return f'<figure><img alt="{html.escape(alt)}" src="data:image/png;base64,{png}"></figure>'


def cards(items: Sequence[tuple[str, str]]) -> str:
    """Headline figures as small cards: (value, label)."""
    return (
        '<div class="cards">'
        + "".join(f'<div class="card"><b>{html.escape(v)}</b><span>{html.escape(k)}</span></div>' for v, k in items)
        + "</div>"
    )


class Section:
    """A titled block of the page."""

    def __init__(self, anchor: str, title: str, parts: Sequence[str]) -> None:
        self.anchor = anchor
        self.title = title
        self.parts = list(parts)

    def render(self) -> str:
        return f'<section id="{self.anchor}"><h2>{html.escape(self.title)}</h2>{"".join(self.parts)}</section>'


def page(title: str, subtitle: str, summary: str, sections: Sequence[Section], footer: str) -> str:
    """The whole HTML document."""
    nav = "".join(f'<a href="#{s.anchor}">{html.escape(s.title)}</a>' for s in sections)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{html.escape(title)}</h1><p>{html.escape(subtitle)}</p><nav>{nav}</nav></header>"
        f"<main>{summary}{''.join(s.render() for s in sections)}<footer>{html.escape(footer)}</footer></main>"
        "</body></html>\n"
    )
