"""Worker HTTP endpoints beside Faust's: ``/metrics``, ``/health`` and the read-only ``/query``.

``/query`` lets ``driftline query`` read an embedded store while this worker owns it (chdb
allows one process per directory). It only answers loopback clients and only runs a single
read statement (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN, EXISTS) with ClickHouse's
``readonly`` setting on.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from faust.web import Request, Response, View

from streams.metrics import Metrics
from streams.store import QueryResult, Store, StoreExecutor

__all__ = ["is_read_only_sql", "json_value", "register_web"]

_READ_ONLY = re.compile(r"^\s*(SELECT|WITH|SHOW|DESCRIBE|DESC|EXPLAIN|EXISTS)\b", re.IGNORECASE)
_LOOPBACK = ("127.0.0.1", "::1", "localhost")


def is_read_only_sql(sql: str) -> bool:
    """True for one read statement (a trailing ``;`` allowed, no second statement).

    >>> is_read_only_sql("SELECT count() FROM driftline.llm_events;")
    True
    >>> is_read_only_sql("SELECT 1; DROP TABLE driftline.llm_events")
    False
    >>> is_read_only_sql("INSERT INTO t VALUES (1)")
    False
    """
    body = sql.strip().rstrip(";")
    return bool(_READ_ONLY.match(body)) and ";" not in body


def json_value(value: Any) -> Any:
    """A JSON-friendly version of a ClickHouse value.

    >>> json_value(datetime(2026, 1, 2, 3, 4, 5))
    '2026-01-02T03:04:05'
    """
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return value


def register_web(
    app: faust.App, metrics: Metrics, executor: StoreExecutor | None, health: Callable[[], dict[str, Any]]
) -> None:
    """Add /metrics (Faust's and driftline's, one registry), /health and, with a store, /query to ``app``."""
    setup_prometheus_sensors(app, pattern="/metrics", registry=metrics.registry, name_prefix="faust")

    @app.page("/health")
    class HealthView(View):
        async def get(self, request: Request) -> Response:
            report = health()
            return self.json(report, status=200 if report["status"] == "ok" else 503)

    if executor is None:  # a topic-mode worker: the sink process owns the store and answers /query
        return
    store_executor = executor

    @app.page("/query")
    class QueryView(View):
        async def post(self, request: Request) -> Response:
            if getattr(request, "remote", None) not in _LOOPBACK:
                return self.json({"error": "the query endpoint answers loopback clients only"}, status=403)
            try:
                body = json.loads(await request.text())
                sql = str(body["sql"])
            except (ValueError, KeyError, TypeError):
                return self.json({"error": 'expected a JSON body {"sql": "SELECT ..."}'}, status=400)
            if not is_read_only_sql(sql):
                return self.json({"error": "only one read statement (SELECT, WITH, SHOW, DESCRIBE...)"}, status=400)

            def run(store: Store) -> QueryResult:
                return store.query(sql + " SETTINGS readonly = 1" if _no_settings(sql) else sql)

            started = time.perf_counter()
            try:
                columns, rows = await store_executor.run(run)
            except Exception as exc:
                return self.json({"error": str(exc).splitlines()[0][:2000]}, status=400)
            return self.json(
                {
                    "columns": columns,
                    "rows": [[json_value(v) for v in row] for row in rows],
                    "elapsed_s": round(time.perf_counter() - started, 6),
                }
            )


def _no_settings(sql: str) -> bool:
    return re.search(r"\bSETTINGS\b", sql, re.IGNORECASE) is None and not sql.strip().upper().startswith(
        ("SHOW", "DESC", "EXISTS")
    )
