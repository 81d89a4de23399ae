"""Kafka connection settings shared by every client driftline creates, and topic declaration."""

from __future__ import annotations

import logging
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.helpers import create_ssl_context

from schemas.errors import ConfigError
from schemas.settings import Settings

__all__ = ["aiokafka_kwargs", "driftline_topics", "ensure_topics", "faust_credentials"]

log = logging.getLogger(__name__)


def aiokafka_kwargs(settings: Settings) -> dict[str, Any]:
    """``bootstrap_servers`` plus the security arguments every aiokafka client takes."""
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap,
        "security_protocol": settings.kafka_security_protocol,
    }
    if settings.kafka_security_protocol.startswith("SASL"):
        kwargs["sasl_mechanism"] = settings.kafka_sasl_mechanism
        kwargs["sasl_plain_username"] = settings.kafka_sasl_username
        password = settings.kafka_sasl_password
        kwargs["sasl_plain_password"] = password.get_secret_value() if password else None
    if settings.kafka_security_protocol in ("SSL", "SASL_SSL"):
        kwargs["ssl_context"] = _ssl_context(settings)
    return kwargs


def _ssl_context(settings: Settings) -> Any:
    """TLS context: the CA bundle (system default when unset), hostname checks on, optional client cert."""
    key_password = settings.kafka_ssl_key_password
    return create_ssl_context(
        cafile=str(settings.kafka_ssl_cafile) if settings.kafka_ssl_cafile else None,
        certfile=str(settings.kafka_ssl_certfile) if settings.kafka_ssl_certfile else None,
        keyfile=str(settings.kafka_ssl_keyfile) if settings.kafka_ssl_keyfile else None,
        password=key_password.get_secret_value() if key_password else _no_key_password,
    )


def _no_key_password() -> str:
    """Called by OpenSSL only for an encrypted key: fail instead of prompting on a terminal."""
    raise ConfigError("kafka_ssl_keyfile is encrypted: set kafka_ssl_key_password")


def faust_credentials(settings: Settings) -> Any:
    """The ``broker_credentials`` for faust.App, or None for PLAINTEXT."""
    import faust

    protocol = settings.kafka_security_protocol
    if protocol == "PLAINTEXT":
        return None
    if protocol == "SSL":
        return faust.SSLCredentials(_ssl_context(settings))
    password = settings.kafka_sasl_password
    return faust.SASLCredentials(
        username=settings.kafka_sasl_username,
        password=password.get_secret_value() if password else None,
        mechanism=settings.kafka_sasl_mechanism,
        ssl_context=_ssl_context(settings) if protocol == "SASL_SSL" else None,
    )


def driftline_topics(settings: Settings) -> list[str]:
    """Every topic driftline reads or writes."""
    return [
        settings.topic_events,
        settings.topic_dlq,
        settings.topic_alerts,
        settings.topic_retrain,
        settings.topic_reindex,
    ]


async def ensure_topics(settings: Settings, timeout_s: float = 30.0) -> list[str]:
    """Create driftline's topics with ``topic_partitions`` partitions if they do not exist.

    Declaring topics before anything produces matters: a producer that auto-creates a topic
    picks the broker's default partition count, which Faust then rejects (PartitionsMismatch).
    Returns the topics created now.
    """
    admin = AIOKafkaAdminClient(request_timeout_ms=int(timeout_s * 1000), **aiokafka_kwargs(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [name for name in driftline_topics(settings) if name not in existing]
        if missing:
            await admin.create_topics(
                [NewTopic(name, num_partitions=settings.topic_partitions, replication_factor=1) for name in missing]
            )
            log.info("created topics %s with %d partitions", ", ".join(missing), settings.topic_partitions)
        return missing
    finally:
        await admin.close()
