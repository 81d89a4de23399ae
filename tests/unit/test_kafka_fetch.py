"""The worker's aiokafka consumer gets ``broker_fetch_max_wait_ms``, not Faust's hard-coded 1,500 ms."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiokafka

from schemas.settings import Settings
from streams.app import create_app
from streams.kafka_fetch import FAUST_FETCH_MAX_WAIT_MS, FetchWaitConsumerThread, FetchWaitTransport


def _worker_consumer(settings: Settings) -> aiokafka.AIOKafkaConsumer:
    """The aiokafka consumer the worker's consumer thread would start (built, not started)."""

    async def build() -> aiokafka.AIOKafkaConsumer:
        app = create_app(settings)
        thread = app.consumer._new_consumer_thread()
        assert isinstance(thread, FetchWaitConsumerThread)
        return thread._create_worker_consumer(app.transport)

    return asyncio.run(build())


def test_the_worker_consumer_waits_as_configured(tmp_path: Path) -> None:
    settings = Settings(kafka_bootstrap="127.0.0.1:1", data_dir=tmp_path, broker_fetch_max_wait_ms=123)
    assert isinstance(create_app(settings).transport, FetchWaitTransport)
    built = _worker_consumer(settings)
    # aiokafka hands this attribute to its Fetcher in start(); a rename would silently undo the setting
    assert built._fetch_max_wait_ms == 123


def test_default_is_shorter_than_fausts(tmp_path: Path) -> None:
    built = _worker_consumer(Settings(kafka_bootstrap="127.0.0.1:1", data_dir=tmp_path))
    assert built._fetch_max_wait_ms == Settings().broker_fetch_max_wait_ms == 250 < FAUST_FETCH_MAX_WAIT_MS


def test_aiokafka_still_reads_the_attribute_at_start() -> None:
    """The subclass sets a private attribute; this fails if aiokafka stops passing it to its Fetcher."""
    import inspect

    source = inspect.getsource(aiokafka.AIOKafkaConsumer.start)
    assert "fetch_max_wait_ms=self._fetch_max_wait_ms" in source
