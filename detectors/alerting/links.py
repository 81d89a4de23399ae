"""Links in alerts: the Grafana dashboard filtered to one segment and a time range.

The default dashboard is ``grafana/dashboards/drift.json`` (uid ``driftline-drift``): its
variables are ``app``, ``model`` and ``prompt_version``, where ``(none)`` stands for events
without a prompt version.

>>> from datetime import datetime, UTC
>>> links = LinkBuilder("https://grafana.example.com/", "/d/seg/driftline", margin_seconds=0)
>>> t = datetime(2026, 3, 1, 12, tzinfo=UTC)
>>> links.dashboard(Segment(app="chat bot", model="m&1"), t, t)
'https://grafana.example.com/d/seg/driftline?var-app=chat+bot&var-model=m%261&var-prompt_version=%28none%29&from=1772366400000&to=1772366400000'
>>> LinkBuilder(None).dashboard(Segment(app="a", model="m"), t, t) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from schemas.alerts import Segment

__all__ = ["LinkBuilder"]


@dataclass(frozen=True, slots=True)
class LinkBuilder:
    """Builds dashboard URLs; without a ``grafana_url`` there are no links."""

    grafana_url: str | None = None
    dashboard_path: str = "/d/driftline-drift/driftline-drift"
    margin_seconds: float = 3600.0

    def dashboard(self, segment: Segment, start: datetime, end: datetime) -> str | None:
        """The dashboard for ``segment`` from ``start - margin`` to ``end + margin`` (or None)."""
        if not self.grafana_url:
            return None
        margin = timedelta(seconds=self.margin_seconds)
        query = urlencode(
            [
                ("var-app", segment.app),
                ("var-model", segment.model),
                ("var-prompt_version", segment.prompt_version or "(none)"),
                ("from", str(int((start - margin).timestamp() * 1000))),
                ("to", str(int((end + margin).timestamp() * 1000))),
            ]
        )
        path = "/" + self.dashboard_path.lstrip("/")
        return f"{self.grafana_url.rstrip('/')}{path}?{query}"

    def links(self, segment: Segment, start: datetime, end: datetime) -> dict[str, str]:
        """``{"dashboard": url}`` or ``{}``."""
        url = self.dashboard(segment, start, end)
        return {"dashboard": url} if url else {}
