"""Shared fixtures. The chdb engine allows ONE store directory per process, so the whole
test session shares one embedded store and isolates tests by database name."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker
from streams.store import Store, open_store

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

_counter = itertools.count()


@pytest.fixture(scope="session")
def session_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The session's one embedded ClickHouse engine (real chdb)."""
    store = open_store(f"chdb://{tmp_path_factory.mktemp('chdb')}", "driftline")
    yield store
    store.close()


@pytest.fixture
def store(session_store: Store) -> Store:
    """A store bound to a fresh database of its own (migrations not applied yet)."""
    database = f"test_{os.getpid()}_{next(_counter)}"
    return Store(session_store.client, session_store.url, database)


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    """A real Kafka-protocol broker (embedded Tansu) on a free port."""
    log_file = Path(tmp_path_factory.mktemp("broker")) / "broker.log"
    with EmbeddedBroker(port=0, log_file=log_file) as running:
        yield running
