"""Run a query wherever the store is: directly, or through the worker that owns it.

An embedded (chdb) store can be opened by one process only. While a worker owns it, that
worker advertises its HTTP address in ``data_dir/worker.json`` and answers read-only queries
on ``/query``; :func:`run_query` goes there instead of failing.
"""

from __future__ import annotations

import contextlib
import json
import os
import urllib.error
import urllib.request
from typing import Any

from schemas.errors import StoreError, StoreLockedError
from schemas.settings import Settings
from streams.store import QueryResult, open_store

__all__ = ["owning_worker", "run_query"]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def owning_worker(settings: Settings) -> dict[str, Any] | None:
    """The run file of a live worker using this data_dir, if any."""
    path = settings.data_dir / "worker.json"
    try:
        info = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) and _alive(int(info.get("pid", -1))) else None


def _query_worker(web: str, sql: str, timeout_s: float) -> QueryResult:
    request = urllib.request.Request(
        f"{web}/query", data=json.dumps({"sql": sql}).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            body = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")
        with contextlib.suppress(ValueError, KeyError, TypeError):
            detail = json.loads(detail)["error"]
        raise StoreError(f"the worker at {web} refused the query: {detail}") from None
    except (urllib.error.URLError, TimeoutError) as exc:
        raise StoreError(f"the worker at {web} owns the store but did not answer: {exc}") from None
    return list(body["columns"]), [tuple(row) for row in body["rows"]]


def run_query(settings: Settings, sql: str, timeout_s: float = 60.0) -> QueryResult:
    """Run ``sql`` against the configured store; see the module docstring."""
    if settings.is_embedded_store():
        worker = owning_worker(settings)
        if worker is not None:
            return _query_worker(str(worker["web"]), sql, timeout_s)
    try:
        with open_store(settings.resolved_clickhouse_url(), settings.clickhouse_database) as store:
            return store.query(sql)
    except StoreLockedError as exc:
        raise StoreLockedError(
            f"{exc}. No running driftline worker advertises it in {settings.data_dir / 'worker.json'}: "
            "is another program using the directory?"
        ) from None
