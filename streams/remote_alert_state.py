"""Alert restart state for a topic-mode worker, read through the process that owns the store.

In sink mode (``sink_mode = "topic"``) the worker has no store: its alerts go to the rows topic and
the sink process writes them. After a restart the worker still needs what was announced (firing
alerts, cooldowns) or it would announce them again. :class:`RemoteAlertState` runs the same query as
:class:`~streams.alerting.StoreAlertState` through :func:`streams.remote.run_query`: the sink's
read-only ``/query`` endpoint for an embedded store (never opening the store itself: that would lock
the sink out), or a client connection for a ClickHouse server.
"""

from __future__ import annotations

import asyncio
import logging
import math
from datetime import UTC, datetime
from typing import Any

from detectors.alerting.engine import RecordedAlert
from schemas.errors import StoreError
from schemas.settings import Settings
from streams.alerting import _RECORDED_SQL, recorded_alerts
from streams.remote import owning_worker, run_query

__all__ = ["RemoteAlertState"]

log = logging.getLogger(__name__)


class RemoteAlertState:
    """``load()`` like :class:`~streams.alerting.StoreAlertState`, over :func:`~streams.remote.run_query`."""

    def __init__(self, settings: Settings, horizon_seconds: float) -> None:
        self.settings = settings
        self.horizon_seconds = horizon_seconds

    def sql(self) -> str:
        """The state query with its database and horizon filled in (both ours: no user input)."""
        return _RECORDED_SQL.replace("{db}", self.settings.clickhouse_database).replace(
            "{horizon:UInt64}", str(math.ceil(self.horizon_seconds))
        )

    async def load(self) -> list[RecordedAlert]:
        """The recorded alerts; raises :class:`StoreError` while no sink answers (the caller retries)."""
        if self.settings.is_embedded_store() and owning_worker(self.settings) is None:
            raise StoreError(f"no sink process advertises the store in {self.settings.data_dir} yet")
        _, rows = await asyncio.to_thread(run_query, self.settings, self.sql())
        return recorded_alerts(rows, _utc)


def _utc(value: Any) -> datetime:
    """A timestamp from /query (ISO text) or a client (datetime), as an aware UTC datetime."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
