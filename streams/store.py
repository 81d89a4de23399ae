"""The ClickHouse store: open it from a URL, apply migrations, run queries.

Everything goes through clickhouse-connect: ``chdb:///abs/dir`` opens the embedded engine
in this process (one process per directory), ``http(s)://user:pass@host:port/db`` talks to a
server. The client is synchronous; async callers run it on :class:`StoreExecutor`'s single
thread so the event loop never blocks and the client is never used from two threads.

>>> import tempfile
>>> with open_store(f"chdb://{tempfile.mkdtemp()}/s", "driftline") as store:  # doctest: +SKIP
...     store.migrate()
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

import clickhouse_connect
from clickhouse_connect.driver.client import Client

from schemas.errors import StoreError, StoreLockedError
from schemas.migrations import load_migrations
from schemas.settings import redact_url
from streams.store_lock import describe_holders, lock_holders

__all__ = ["QueryResult", "Store", "StoreExecutor", "open_store"]

log = logging.getLogger(__name__)
T = TypeVar("T")

QueryResult = tuple[list[str], list[tuple[Any, ...]]]

_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS {db}.schema_migrations
(
    version    UInt32,
    name       String,
    checksum   String,
    applied_at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(applied_at)
ORDER BY version
"""


class Store:
    """A connected store. Use :func:`open_store` to make one; close it (or use ``with``)."""

    def __init__(self, client: Client, url: str, database: str, fault_file: Path | None = None) -> None:
        self.client = client
        self.url = url
        self.database = database
        self.fault_file = fault_file

    def _check_fault(self) -> None:
        """Fault injection for the reliability tests (setting ``fault_store_file``): while the file
        exists every call fails before reaching the engine, as a ClickHouse outage would."""
        if self.fault_file is not None and self.fault_file.exists():
            raise StoreError(f"store unavailable: fault injected ({self.fault_file} exists)")

    @property
    def embedded(self) -> bool:
        """True for the in-process chdb engine."""
        return self.url.startswith("chdb://")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the client (for chdb, the engine stays loaded until the process exits)."""
        try:
            self.client.close()
        except Exception:  # closing never masks the caller's own error
            log.debug("store close failed", exc_info=True)

    def command(self, sql: str, parameters: dict[str, Any] | None = None) -> Any:
        """Run a statement that returns no rows (DDL, OPTIMIZE...)."""
        self._check_fault()
        return self.client.command(sql, parameters=parameters)

    def query(self, sql: str, parameters: dict[str, Any] | None = None) -> QueryResult:
        """Run a query; returns (column names, rows)."""
        self._check_fault()
        result = self.client.query(sql, parameters=parameters)
        return list(result.column_names), [tuple(row) for row in result.result_rows]

    def insert(self, table: str, rows: Sequence[Sequence[Any]], columns: Sequence[str]) -> None:
        """Insert rows into ``database.table`` in one block."""
        self._check_fault()
        if rows:
            self.client.insert(table, list(rows), column_names=list(columns), database=self.database)

    def migrate(self) -> list[int]:
        """Apply every migration not yet applied, in order; returns the versions applied now.

        Idempotent: statements use IF NOT EXISTS, and each applied version is recorded in
        ``schema_migrations`` with its checksum. An applied migration whose file changed
        afterwards is reported (a warning), never re-run. When every migration is applied
        already, only a SELECT runs (workers need no DDL grants; see docs/security.md).
        """
        db = self.database
        applied_sql = f"SELECT version, argMax(checksum, applied_at) FROM {db}.schema_migrations GROUP BY version"
        migrations = load_migrations()
        try:  # up to date: no DDL at all, so a least-privilege (SELECT + INSERT) user can run workers
            _, rows = self.query(applied_sql)
        except StoreError:
            raise
        except Exception:
            rows = []
        if not {m.version for m in migrations} <= {int(version) for version, _ in rows}:
            self.command(f"CREATE DATABASE IF NOT EXISTS {db}")
            self.command(_MIGRATIONS_TABLE.format(db=db))
            _, rows = self.query(applied_sql)
        applied = {int(version): checksum for version, checksum in rows}
        done = []
        for migration in migrations:
            if migration.version in applied:
                if applied[migration.version] != migration.checksum:
                    log.warning("migration %04d_%s changed after it was applied", migration.version, migration.name)
                continue
            for statement in migration.statements(db):
                self.command(statement)
            self.insert(
                "schema_migrations",
                [(migration.version, migration.name, migration.checksum, datetime.now(UTC))],
                ("version", "name", "checksum", "applied_at"),
            )
            log.info("applied migration %04d_%s", migration.version, migration.name)
            done.append(migration.version)
        return done


def open_store(
    url: str, database: str = "driftline", fault_file: Path | None = None, lock_wait_s: float = 0.0
) -> Store:
    """Connect to the store at ``url`` (``chdb://`` or ``http(s)://``).

    An embedded store another process has open is retried for up to ``lock_wait_s`` seconds (a
    ``driftline query`` holds it for about a second); then :class:`StoreLockedError` names the
    holders. Raises :class:`StoreError` for anything else, with the password masked.
    """
    deadline = time.monotonic() + lock_wait_s
    waited = False
    while True:
        try:
            store = _connect(url, database, fault_file)
        except StoreLockedError as exc:
            path = Path(urlsplit(url).path).expanduser().resolve()
            holders = lock_holders(path)
            if time.monotonic() >= deadline:
                raise StoreLockedError(f"{exc}; held by {describe_holders(holders)}") from None
            if not waited:
                log.warning(
                    "store %s is open in another process (%s); waiting up to %.0fs for it",
                    redact_url(url),
                    describe_holders(holders),
                    lock_wait_s,
                )
                waited = True
            _sleep_while_held(path, deadline)
            continue
        if waited:
            log.info("store %s is free: opened", redact_url(url))
        return store


def _sleep_while_held(path: Path, deadline: float, poll_s: float = 0.1) -> None:
    """Sleep until nobody visible holds the lock (or the deadline), at least one poll."""
    time.sleep(poll_s)
    while lock_holders(path) and time.monotonic() < deadline:
        time.sleep(poll_s)


def _connect(url: str, database: str, fault_file: Path | None) -> Store:
    parts = urlsplit(url)
    try:
        if parts.scheme == "chdb":
            path = Path(parts.path).expanduser().resolve()
            path.mkdir(parents=True, exist_ok=True)
            client = clickhouse_connect.get_client(dsn=f"chdb://{path}")
            url = f"chdb://{path}"
        elif parts.scheme in ("http", "https"):
            client = clickhouse_connect.get_client(
                host=parts.hostname or "localhost",
                port=parts.port or (8443 if parts.scheme == "https" else 8123),
                username=unquote(parts.username or "default"),
                password=unquote(parts.password or ""),
                secure=parts.scheme == "https",
                database=parts.path.strip("/") or "default",
            )
        else:
            raise StoreError(f"unsupported store URL {redact_url(url)!r}: use chdb:///dir or http(s)://host:port")
    except StoreError:
        raise
    except Exception as exc:
        text = str(exc)
        for secret in {parts.password, unquote(parts.password or "")} - {None, ""}:
            text = text.replace(str(secret), "***")
        if parts.scheme == "chdb" and ("lock" in text.lower() or "Unable to open the chdb engine" in text):
            raise StoreLockedError(
                f"the embedded store {redact_url(url)} is owned by another process ({text.splitlines()[0]}); "
                "stop that process, or go through its query endpoint (driftline query does this)"
            ) from None
        raise StoreError(f"cannot open store {redact_url(url)}: {text}") from None
    return Store(client, url, database, fault_file)


class StoreExecutor:
    """Runs store calls on one dedicated thread, from async code.

    The chdb engine and clickhouse-connect clients are not for concurrent use, and their
    calls block: one thread keeps both facts harmless.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="driftline-store")

    async def run(self, fn: Callable[[Store], T]) -> T:
        """Run ``fn(store)`` on the store thread and return its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, fn, self.store)

    def close(self) -> None:
        """Wait for pending calls, then close the store."""
        self._pool.shutdown(wait=True)
        self.store.close()
