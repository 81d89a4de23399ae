"""Slack Block Kit rendering of notifications: what drifted, how much, since when, where to look.

Pure functions: the notifier (:mod:`streams.slack`) posts what :func:`render_notification`
returns. Texts respect Block Kit limits (header 150 characters, section 3,000, 10 fields) and
escape ``& < >`` in names that come from events.

>>> from datetime import datetime, UTC
>>> from detectors.alerting.grouping import Notification, _demo_alert
>>> t = datetime(2026, 3, 1, 12, tzinfo=UTC)
>>> message = render_notification(Notification.of((_demo_alert("a<1>", t),), t))
>>> message.text
'CRITICAL pii firing on a&lt;1&gt; / m / -: value 1 vs threshold 0.5 since 2026-03-01 12:00:00 UTC'
>>> [block["type"] for block in message.blocks]
['header', 'section', 'section', 'context']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from detectors.alerting.durations import format_duration
from detectors.alerting.grouping import Notification
from schemas.alerts import Alert

__all__ = ["SlackMessage", "escape", "render_notification"]

_ICONS = {"info": ":large_blue_circle:", "warning": ":large_orange_circle:", "critical": ":red_circle:"}
_RESOLVED_ICON = ":white_check_mark:"
_HEADER_MAX = 150
_SECTION_MAX = 3000
_FIELD_MAX = 2000
_ACTION_TEXT = {"slack": "Slack", "retrain": "retrain request sent", "reindex": "re-index request sent"}


@dataclass(frozen=True, slots=True)
class SlackMessage:
    """A message to post: fallback ``text`` (notifications, screen readers) and Block Kit ``blocks``."""

    text: str
    blocks: list[dict[str, Any]]


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as control characters.

    >>> escape("a <b> & c")
    'a &lt;b&gt; &amp; c'
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _time(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S UTC")


def _num(value: float) -> str:
    return f"{value:.4g}"


def _how_much(alert: Alert) -> str:
    text = f"value *{_num(alert.value)}* vs threshold {_num(alert.threshold)}"
    if alert.state == "firing" and alert.threshold > 0 and alert.value >= 0 and alert.condition != "below":
        text += f" ({alert.value / alert.threshold:.2f}× threshold)"
    return text


def _segment(alert: Alert) -> str:
    return escape(alert.segment.label())


def _header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": {"type": "plain_text", "text": _cut(text, _HEADER_MAX), "emoji": True}}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _cut(text, _SECTION_MAX)}}


def _fields(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "type": "section",
        "fields": [{"type": "mrkdwn", "text": _cut(f"*{name}*\n{value}", _FIELD_MAX)} for name, value in pairs[:10]],
    }


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(text, _SECTION_MAX)}]}


def _dashboard(alert: Alert, label: str) -> str | None:
    url = alert.links.get("dashboard")
    return f"<{url}|{label}>" if url else None


def _single(alert: Alert) -> SlackMessage:
    severity = alert.severity.upper()
    details = [f"rule `{escape(alert.rule)}`", f"alert `{alert.alert_id}`", f"detector `{escape(alert.detector)}`"]
    if alert.flapping:
        details.append("flapping")
    if alert.suppressed:
        details.append(f"{alert.suppressed} re-fire(s) held by cooldown")
    if alert.state == "firing":
        text = (
            f"{severity} {alert.kind} firing on {_segment(alert)}: value {_num(alert.value)} vs threshold "
            f"{_num(alert.threshold)} since {_time(alert.started_at)}"
        )
        blocks = [
            _header(f"{_ICONS[alert.severity]} {severity}: {alert.kind} firing on {alert.segment.label()}"),
            _section(f"*{alert.kind}* drifted on *{_segment(alert)}*: {_how_much(alert)}"),
            _fields(
                [
                    ("Since", _time(alert.started_at)),
                    ("Window", f"{_time(alert.window_start)} → {_time(alert.window_end)}, {alert.n_events} events"),
                    ("Fired at event", f"`{escape(alert.event_id)}`"),
                    ("Actions", ", ".join(_ACTION_TEXT[a] for a in alert.actions)),
                ]
            ),
        ]
    else:
        duration = format_duration((alert.timestamp - alert.started_at).total_seconds())
        text = f"RESOLVED {alert.kind} on {_segment(alert)} after {duration}: value {_num(alert.value)}"
        blocks = [
            _header(f"{_RESOLVED_ICON} RESOLVED: {alert.kind} on {alert.segment.label()}"),
            _section(f"*{alert.kind}* recovered on *{_segment(alert)}*: {_how_much(alert)}"),
            _fields(
                [
                    ("Was firing since", _time(alert.started_at)),
                    ("Duration", duration),
                    ("Resolved at event", f"`{escape(alert.event_id)}`"),
                    ("Severity", severity),
                ]
            ),
        ]
    link = _dashboard(alert, "Open the Grafana dashboard for this segment")
    if link:
        blocks.append(_section(link))
    blocks.append(_context(" · ".join(details)))
    return SlackMessage(text=text, blocks=blocks)


def _excess(alert: Alert) -> float:
    return alert.threshold - alert.value if alert.condition == "below" else alert.value - alert.threshold


def _grouped(notification: Notification, max_listed: int) -> SlackMessage:
    alerts = sorted(notification.alerts, key=lambda a: (-_excess(a), a.segment.key()))
    first = min(a.timestamp for a in alerts)
    last = max(a.timestamp for a in alerts)
    count = len(alerts)
    severity = notification.severity.upper()
    firing = notification.state == "firing"
    verb = "firing" if firing else "resolved"
    icon = _ICONS.get(notification.severity, "") if firing else _RESOLVED_ICON
    text = f"{severity} {notification.kind} {verb} on {count} segments (rule {notification.rule})"
    lines = []
    for alert in alerts[:max_listed]:
        since = f"since {_time(alert.started_at)}" if firing else f"after {_time(alert.started_at)} → now"
        line = f"• *{_segment(alert)}*: {_num(alert.value)} vs {_num(alert.threshold)}, {since}"
        link = _dashboard(alert, "dashboard")
        lines.append(f"{line} · {link}" if link else line)
    listing = ""
    for line in lines:  # keep whole lines within the section limit
        if len(listing) + len(line) + 1 > _SECTION_MAX:
            break
        listing += line + "\n"
    shown = listing.count("\n")
    intro = (
        f"Rule `{escape(notification.rule)}`: *{count} segments* {verb} between {_time(first)} and {_time(last)}."
        + (" Largest first:" if firing else "")
    )
    notes = [f"rule `{escape(notification.rule)}`", f"notification `{notification.notification_id}`"]
    if count > shown:
        notes.insert(0, f"…and {count - shown} more segments (see the alerts table)")
    if notification.transient:
        notes.append(f"{notification.transient} more fired and recovered within the window (not listed)")
    blocks = [
        _header(f"{icon} {severity}: {notification.kind} {verb} on {count} segments"),
        _section(intro),
        _section(listing.rstrip("\n")),
        _context(" · ".join(notes)),
    ]
    return SlackMessage(text=text, blocks=blocks)


def render_notification(notification: Notification, max_listed: int = 10) -> SlackMessage:
    """The Slack message for a notification (a single alert or a group)."""
    if notification.grouped:
        return _grouped(notification, max_listed)
    return _single(notification.alerts[0])
