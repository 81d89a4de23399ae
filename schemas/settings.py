"""Every driftline setting, in one pydantic-settings model.

Settings come, highest precedence first, from: keyword arguments, environment variables
prefixed ``DRIFTLINE_`` (``DRIFTLINE_KAFKA_BOOTSTRAP``), a TOML file named by
``DRIFTLINE_CONFIG`` (keys without the prefix, lower case), files in the directory named by
``DRIFTLINE_SECRETS_DIR`` (one file per setting, named like the variable in lower case, e.g.
``driftline_kafka_sasl_password``: Docker and Kubernetes secrets), then the defaults below.
Secrets are :class:`~pydantic.SecretStr` and never appear in ``repr`` or logs; the password in
``clickhouse_url`` is masked in ``repr``, and validation errors never echo input values.

>>> s = Settings(kafka_bootstrap="broker:9092", clickhouse_url="http://u:pw@ch:8123/db")
>>> s.kafka_bootstrap
'broker:9092'
>>> s.safe_clickhouse_url()
'http://u:***@ch:8123/db'
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import Field, SecretStr, field_serializer, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SecretsSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

__all__ = ["Settings", "redact_url"]


def redact_url(url: str) -> str:
    """Return ``url`` with any password replaced by ``***`` (safe to log).

    >>> redact_url("https://alice:s3cret@ch.example:8443/driftline")
    'https://alice:***@ch.example:8443/driftline'
    >>> redact_url("chdb:///var/lib/driftline/store")
    'chdb:///var/lib/driftline/store'
    """
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class Settings(BaseSettings):
    """driftline configuration. Every field is documented in ``docs/configuration.md``."""

    model_config = SettingsConfigDict(
        env_prefix="DRIFTLINE_", extra="forbid", validate_default=True, hide_input_in_errors=True
    )

    # --- Kafka -----------------------------------------------------------------------
    kafka_bootstrap: str = Field("127.0.0.1:9092", description="Kafka bootstrap servers, host:port[,host:port].")
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        "PLAINTEXT", description="Kafka security protocol."
    )
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = Field(
        "PLAIN", description="SASL mechanism when the protocol is SASL_*."
    )
    kafka_sasl_username: str | None = Field(None, description="SASL user name.")
    kafka_sasl_password: SecretStr | None = Field(None, description="SASL password (secret).")
    kafka_ssl_cafile: Path | None = Field(None, description="CA bundle for TLS to the brokers.")
    kafka_ssl_certfile: Path | None = Field(None, description="Client certificate for mutual TLS.")
    kafka_ssl_keyfile: Path | None = Field(None, description="Client key for mutual TLS.")
    kafka_ssl_key_password: SecretStr | None = Field(
        None, description="Password of an encrypted kafka_ssl_keyfile (secret)."
    )
    topic_events: str = Field("llm.events", description="Input topic: one event per message.")
    topic_dlq: str = Field("llm.events.dlq", description="Dead-letter topic for rejected input.")
    topic_alerts: str = Field("llm.alerts", description="Alert messages.")
    topic_retrain: str = Field("llm.retrain.requests", description="Retrain requests for downstream pipelines.")
    topic_reindex: str = Field("llm.reindex.requests", description="Re-index requests for RAG pipelines.")
    topic_partitions: int = Field(
        4,
        ge=1,
        description="Partitions for topics driftline declares (4 matches the embedded broker's auto-create).",
    )
    topic_replication_factor: int = Field(1, ge=1, description="Replication factor for topics driftline declares.")
    consumer_group: str = Field("driftline", description="Faust app id, i.e. the Kafka consumer group.")
    broker_session_timeout: float = Field(6.0, gt=0, description="Consumer session timeout, seconds.")
    broker_rebalance_timeout: float = Field(6.0, gt=0, description="Consumer rebalance timeout, seconds.")
    broker_heartbeat_interval: float = Field(1.0, gt=0, description="Consumer heartbeat interval, seconds.")
    broker_fetch_max_wait_ms: int = Field(
        250,
        ge=10,
        le=30_000,
        description="Longest time the broker may hold a fetch request, milliseconds (Kafka's fetch.max.wait.ms; "
        "Faust hard-codes 1,500, see streams/kafka_fetch.py). The embedded Tansu broker holds every fetch for "
        "about half of it even when records are waiting, so 1,500 added 0.4-0.8 s to each event's latency; "
        "a real Kafka broker answers as soon as records are there, and a lower value only polls an idle "
        "topic more often.",
    )
    max_event_bytes: int = Field(1_000_000, ge=1024, description="Larger messages go to the DLQ as too_large.")
    max_future_skew_seconds: float = Field(
        3600.0,
        ge=0,
        description="The worker dead-letters events whose timestamp is further ahead of its clock than this "
        "(reason future_timestamp): one event from year 2299 would otherwise move the drift stage's event-time "
        "watermark for every segment. Offline score and replay keep event time only. 0 disables.",
    )
    broker_watch_seconds: float = Field(
        5.0,
        ge=0,
        description="How often the worker checks that the broker kept its state (an embedded broker restart "
        "loses everything: the worker then restarts itself in place, without committing). 0 disables.",
    )
    dlq_original: Literal["redacted", "omitted", "original"] = Field(
        "redacted",
        description="What a dead letter keeps of the rejected message: redacted (PII replaced by tags), "
        "omitted (hash, size and source offset only) or original (raw bytes: raw PII reaches the DLQ).",
    )
    dlq_max_original_bytes: int = Field(
        65_536, ge=0, le=500_000, description="Most bytes of a rejected message a dead letter carries."
    )

    # --- Storage ---------------------------------------------------------------------
    data_dir: Path = Field(Path(".driftline"), description="Local state: embedded store, models, run files.")
    clickhouse_url: str = Field(
        "",
        description="chdb:///abs/dir (embedded engine) or http(s)://user:pass@host:8123/db. "
        "Empty means chdb under data_dir/store.",
    )
    clickhouse_database: str = Field("driftline", description="Database holding driftline's tables.")

    # --- Worker ----------------------------------------------------------------------
    batch_max_events: int = Field(2000, ge=1, description="Most events per insert batch.")
    batch_max_seconds: float = Field(
        0.5,
        gt=0,
        description="Longest wait to fill a batch, seconds (a batch also closes at batch_max_events). 0.5 with "
        "broker_fetch_max_wait_ms 250 took p99 at 1,000 events/s from 3.2 to 1.4 s (docs/benchmarks.md, session 12).",
    )
    retry_initial_seconds: float = Field(0.5, gt=0, description="First back-off after a failed insert.")
    retry_max_seconds: float = Field(30.0, gt=0, description="Longest back-off between insert retries.")
    store_lock_wait_seconds: float = Field(
        30.0,
        ge=0,
        description="How long a worker or sink starting on an embedded store another process has open (a "
        "`driftline query` holds it for about a second) waits for it before giving up.",
    )
    fault_store_file: Path | None = Field(
        None,
        description="Testing only: while this file exists, every store call fails as if ClickHouse were down "
        "(fault injection for the reliability tests). Unset in production.",
    )
    fault_unfetched_partition: int | None = Field(
        None,
        ge=0,
        description="Testing only: once assigned, this input partition is silently left out of the fetch "
        "(as a lost Faust back-pressure callback would), for the fetch watchdog's test. Unset in production.",
    )
    fault_skipped_record_partition: int | None = Field(
        None,
        ge=0,
        description="Testing only: once caught up, the first new record of this input partition is skipped on the "
        "client side (the loss the gap guard prevents). Unset in production.",
    )
    fault_dropped_head_partition: int | None = Field(
        None,
        ge=0,
        description="Testing only: the first record of this input partition after offset 0 is dropped "
        "unacknowledged, as a stream queue cleared on resume drops it. Unset in production.",
    )
    fault_undelivered_rereads: bool = Field(
        False,
        description="Testing only: the gap guard's re-reads of a held commit deliver nothing (the shape seen in "
        "fresh-clone CI), so only its last resort, commit_hold_restart_seconds, can repair the hold. Unset in "
        "production.",
    )
    sink_mode: Literal["direct", "topic"] = Field(
        "direct",
        description="direct: the worker writes the store itself. topic: it publishes finished rows to "
        "<consumer_group>-rows and a `driftline sink` process owns the store (N workers over one chdb store).",
    )
    sink_batch_max_messages: int = Field(
        100, ge=1, description="Most rows-topic messages (up to 200 rows each) the sink process stores per batch."
    )
    web_host: str = Field("127.0.0.1", description="Worker HTTP bind address (/metrics, /health, /query).")
    web_port: int = Field(6066, ge=0, le=65535, description="Worker HTTP port.")
    model_dir: Path | None = Field(
        None,
        description="Where built detector models are cached. Unset: $DRIFTLINE_MODEL_DIR or ~/.cache/driftline/models.",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="Log level.")

    # --- Privacy ---------------------------------------------------------------------
    hash_salt: SecretStr | None = Field(
        None, description="Salt for hashing user_id (secret). Unset: a random salt kept in data_dir."
    )
    store_raw_text: bool = Field(
        False,
        description="Store every free-text field unredacted (prompt, response, metadata, extra, error_type, "
        "session_id). Off by default: PII is redacted before storage.",
    )
    redaction_mode: Literal["mask", "tag", "hash"] = Field(
        "tag", description="How PII is redacted: mask (***), tag (<EMAIL_ADDRESS>) or hash (<EMAIL_ADDRESS:1a2b3c4d>)."
    )

    # --- Detectors -------------------------------------------------------------------
    detectors_enabled: bool = Field(
        True,
        description="Run embeddings, toxicity and PII on every event. false: no PII analyzer runs, so nothing is "
        "redacted (every text field stored raw, like store_raw_text; the worker logs a warning).",
    )
    enrich_processes: int = Field(
        2,
        ge=0,
        le=64,
        description="Child processes running the detectors (spawned, models loaded once each, ~250 MB each), so "
        "they use other cores than the worker's event loop; batches go to them in turn. 2 on two cores: backlog "
        "1,317 -> 1,918 events/s over 1 (docs/benchmarks.md). 0: run them in a thread of the worker process.",
    )
    quality_embeddings: Literal["off", "sample", "all"] = Field(
        "off", description="Also embed with the quality (transformer) model: off, a sample of events, or all."
    )
    quality_sample_rate: float = Field(
        0.05, ge=0, le=1, description="Share of events (chosen by event_id) embedded with the quality model."
    )
    quality_model_path: str | None = Field(
        None, description="Local sentence-transformers model for the quality tier. Unset: all-MiniLM-L6-v2."
    )
    toxicity_scorer: str = Field(
        "builtin", description="Toxicity scorer: builtin, hf (a local checkpoint) or profanity."
    )
    toxicity_model_path: str | None = Field(None, description="Checkpoint directory for toxicity_scorer=hf.")
    toxicity_threshold: float | None = Field(
        None, ge=0, le=1, description="Score at which a text counts as toxic. Unset: the scorer's own default."
    )
    pii_entities: list[str] | None = Field(None, description="PII entity types to detect. Unset: all.")
    pii_person: bool = Field(True, description="Detect PERSON names (NER plus rules; slower than the other types).")
    pii_person_model: Literal["tagger", "spacy"] = Field(
        "tagger",
        description="Model behind the PERSON rules: tagger (the learned name tagger, detectors/pii/name_tagger.py) "
        "or spacy (spaCy NER, slower).",
    )
    pii_policy: Literal["standard", "identifying"] = Field(
        "standard",
        description="Which detected values count as PII. standard: every valid e-mail, phone, card, IBAN, IP and "
        "key (as Presidio; a missed real value costs more than a masked support@ address). identifying: also skip "
        "values that identify no person or system: role mailboxes (support@, noreply@) and addresses at reserved "
        "domains, fictional (555-01xx, Ofcom drama) and toll-free numbers, private/CGNAT/link-local/multicast/"
        "documentation IPs and public DNS resolvers, published test cards, documentation IBANs and keys, "
        "publishable keys (docs/pii.md).",
    )

    # --- Drift -----------------------------------------------------------------------
    drift_enabled: bool = Field(True, description="Run the per-segment drift stage.")
    drift_tick_seconds: float = Field(10.0, gt=0, description="Tick length (event time) of drift_metrics rows.")
    drift_reference_events: int = Field(
        2000, ge=100, description="Events per segment in the automatic (warm-up) reference."
    )
    drift_checkpoint_seconds: float = Field(
        10.0, gt=0, description="Longest time between checkpoints of a segment's drift state."
    )
    drift_arl_scale: float = Field(
        1.0,
        gt=0,
        description="Multiplies every drift detector's target ARL, i.e. divides the segment's false-alarm design "
        "budget (3.05e-6 per event at 1) by it: fewer false alarms, later alerts (docs/drift.md).",
    )
    drift_toxic_prompt_detector: Literal["auto", "flag", "score", "both"] = Field(
        "auto",
        description="What watches the share of toxic prompts: `flag` counts prompts at or above the threshold; "
        "`score` weighs each prompt by its toxicity score against the built-in scorer's profile of toxic text "
        "(alerts on toxic waves sooner: docs/drift.md); `both` runs the two on a split budget; `auto` is `score` "
        "with the built-in scorer, whose profile it carries, and `flag` with any other scorer.",
    )
    commit_guard: bool = Field(
        True,
        description="Hold Faust's commit at input records never processed and re-read them (streams/gap_guard.py). "
        "Turning it off brings back a measured loss after a restart (docs/reliability.md).",
    )
    commit_hold_restart_seconds: float = Field(
        120.0,
        ge=0,
        description="A commit the gap guard still holds this long after its first re-read restarts the process "
        "in place (same pid; at most 3 times), which reads the partition again from the commit. 0: never.",
    )
    fetch_stall_seconds: float = Field(
        30.0,
        gt=0,
        description="An input partition idle this long with records waiting is logged and re-activated "
        "(streams/fetch_watch.py).",
    )

    # --- Alerting --------------------------------------------------------------------
    alert_rules_file: Path | None = Field(
        None, description="TOML file of alert rules. Unset: the defaults shipped in detectors/alerting."
    )
    slack_webhook_url: SecretStr | None = Field(
        None, description="Slack incoming-webhook URL (secret). Set this or slack_bot_token, not both."
    )
    slack_bot_token: SecretStr | None = Field(
        None, description="Slack bot token xoxb-… for chat.postMessage (secret); needs slack_channel."
    )
    slack_channel: str | None = Field(None, description="Channel id or name the bot token posts to.")
    slack_api_url: str = Field("https://slack.com/api/", description="Slack Web API base URL (for proxies and tests).")
    slack_timeout_seconds: float = Field(10.0, gt=0, description="Timeout of one Slack HTTP request.")
    slack_max_retries: int = Field(
        4, ge=0, le=20, description="Retries per message on connection errors, timeouts, 429 and 5xx."
    )
    slack_backoff_max_seconds: float = Field(
        30.0, gt=0, description="Longest back-off between retries (Retry-After is honoured up to 10x this)."
    )
    slack_queue_size: int = Field(
        1000, ge=1, description="Notifications waiting for Slack; beyond it they are recorded as failed."
    )
    grafana_url: str | None = Field(
        None, description="Grafana base URL for links in alerts, e.g. https://grafana.example.com."
    )
    grafana_dashboard_path: str = Field(
        "/d/driftline-drift/driftline-drift",
        description="Dashboard linked from alerts, under grafana_url (variables app, model, prompt_version).",
    )

    @field_serializer("clickhouse_url", when_used="json")
    def _mask_url_password(self, value: str) -> str:
        return redact_url(value)

    def __repr_args__(self) -> Any:
        for name, value in super().__repr_args__():
            yield name, redact_url(value) if name == "clickhouse_url" and isinstance(value, str) else value

    @model_validator(mode="after")
    def _kafka_security_complete(self) -> Settings:
        protocol = self.kafka_security_protocol
        if protocol.startswith("SASL") and (not self.kafka_sasl_username or self.kafka_sasl_password is None):
            raise ValueError(f"kafka_security_protocol {protocol} needs kafka_sasl_username and kafka_sasl_password")
        if (self.kafka_ssl_certfile is None) != (self.kafka_ssl_keyfile is None):
            raise ValueError("mutual TLS needs both kafka_ssl_certfile and kafka_ssl_keyfile")
        return self

    @model_validator(mode="after")
    def _one_slack_mode(self) -> Settings:
        if self.slack_webhook_url is not None and self.slack_bot_token is not None:
            raise ValueError("set slack_webhook_url or slack_bot_token, not both")
        if self.slack_bot_token is not None and not self.slack_channel:
            raise ValueError("slack_bot_token needs slack_channel (the channel id or name to post to)")
        return self

    @field_validator("kafka_bootstrap")
    @classmethod
    def _bootstrap_has_ports(cls, value: str) -> str:
        for server in value.split(","):
            host, sep, port = server.strip().rpartition(":")
            if not sep or not host or not port.isdigit():
                # the value is not echoed: a mistyped secret must not reach logs
                raise ValueError("expected host:port[,host:port] (a port number after the last colon)")
        return value

    @field_validator("clickhouse_url")
    @classmethod
    def _url_scheme(cls, value: str) -> str:
        if value and urlsplit(value).scheme not in ("chdb", "http", "https"):
            raise ValueError(f"clickhouse_url must start with chdb://, http:// or https://, got {redact_url(value)!r}")
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config_file = os.environ.get("DRIFTLINE_CONFIG")
        if config_file:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=Path(config_file)))
        secrets_dir = os.environ.get("DRIFTLINE_SECRETS_DIR")
        if secrets_dir:
            sources.append(SecretsSettingsSource(settings_cls, secrets_dir=secrets_dir))
        return tuple(sources)

    # --- Derived values ----------------------------------------------------------------
    def resolved_clickhouse_url(self) -> str:
        """The store URL, with the embedded default filled in and made absolute."""
        if self.clickhouse_url:
            if self.clickhouse_url.startswith("chdb://"):
                path = Path(self.clickhouse_url[len("chdb://") :]).expanduser().resolve()
                return f"chdb://{path}"
            return self.clickhouse_url
        return f"chdb://{(self.data_dir / 'store').expanduser().resolve()}"

    def is_embedded_store(self) -> bool:
        """True when the store is the in-process chdb engine (one owning process)."""
        return self.resolved_clickhouse_url().startswith("chdb://")

    def safe_clickhouse_url(self) -> str:
        """The store URL with the password masked, for logs and console output."""
        return redact_url(self.resolved_clickhouse_url())

    def slack_mode(self) -> Literal["webhook", "bot", "off"]:
        """Which Slack client the notifier uses."""
        if self.slack_webhook_url is not None:
            return "webhook"
        if self.slack_bot_token is not None:
            return "bot"
        return "off"
