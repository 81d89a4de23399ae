"""Security settings: Kafka SASL/SCRAM and TLS for every client, secrets from env or files, and a
canary secret that must never show in a repr, an error message or the store's errors."""

from __future__ import annotations

import ssl
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr, ValidationError

from schemas.errors import ConfigError, StoreError
from schemas.settings import Settings
from streams.kafka import aiokafka_kwargs, faust_credentials
from streams.store import open_store

CANARY = "canary-7f3a9c1e5b"


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A self-signed CA/client certificate and an encrypted key, made with the openssl CLI."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "client.pem", folder / "client.key"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-days", "1", "-subj", "/CN=driftline-test",
            "-keyout", str(key), "-out", str(cert), "-passout", f"pass:{CANARY}",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return {"ca": cert, "cert": cert, "key": key}


def test_plaintext_passes_no_credentials() -> None:
    settings = Settings(kafka_bootstrap="b:9092")
    assert aiokafka_kwargs(settings) == {"bootstrap_servers": "b:9092", "security_protocol": "PLAINTEXT"}
    assert faust_credentials(settings) is None


@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"])
def test_sasl_ssl_kwargs_for_producers_consumers_and_admin(mechanism: str, tls_files: dict[str, Path]) -> None:
    settings = Settings(
        kafka_bootstrap="b1:9093,b2:9093",
        kafka_security_protocol="SASL_SSL",
        kafka_sasl_mechanism=mechanism,  # type: ignore[arg-type]
        kafka_sasl_username="driftline",
        kafka_sasl_password=CANARY,  # type: ignore[arg-type]
        kafka_ssl_cafile=tls_files["ca"],
    )
    kwargs = aiokafka_kwargs(settings)
    assert kwargs["security_protocol"] == "SASL_SSL"
    assert kwargs["sasl_mechanism"] == mechanism
    assert (kwargs["sasl_plain_username"], kwargs["sasl_plain_password"]) == ("driftline", CANARY)
    context = kwargs["ssl_context"]
    assert isinstance(context, ssl.SSLContext)
    assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED
    assert any("driftline-test" in str(ca["subject"]) for ca in context.get_ca_certs())


def test_sasl_ssl_credentials_for_the_faust_worker(tls_files: dict[str, Path]) -> None:
    from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

    settings = Settings(
        kafka_security_protocol="SASL_SSL",
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username="driftline",
        kafka_sasl_password=CANARY,  # type: ignore[arg-type]
        kafka_ssl_cafile=tls_files["ca"],
    )
    credentials = faust_credentials(settings)
    auth = credentials_to_aiokafka_auth(credentials)  # what Faust hands aiokafka
    assert auth["security_protocol"] == "SASL_SSL" and auth["sasl_mechanism"] == "SCRAM-SHA-512"
    assert auth["sasl_plain_password"] == CANARY and isinstance(auth["ssl_context"], ssl.SSLContext)
    assert CANARY not in repr(credentials) and CANARY not in str(credentials)


def test_sasl_plaintext_has_no_tls(tls_files: dict[str, Path]) -> None:
    settings = Settings(
        kafka_security_protocol="SASL_PLAINTEXT",
        kafka_sasl_mechanism="SCRAM-SHA-256",
        kafka_sasl_username="u",
        kafka_sasl_password=CANARY,  # type: ignore[arg-type]
    )
    assert "ssl_context" not in aiokafka_kwargs(settings)
    from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

    assert credentials_to_aiokafka_auth(faust_credentials(settings))["security_protocol"] == "SASL_PLAINTEXT"


def test_mutual_tls_with_an_encrypted_key(tls_files: dict[str, Path]) -> None:
    settings = Settings(
        kafka_security_protocol="SSL",
        kafka_ssl_cafile=tls_files["ca"],
        kafka_ssl_certfile=tls_files["cert"],
        kafka_ssl_keyfile=tls_files["key"],
        kafka_ssl_key_password=CANARY,  # type: ignore[arg-type]
    )
    assert isinstance(aiokafka_kwargs(settings)["ssl_context"], ssl.SSLContext)  # the key decrypted
    from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

    assert credentials_to_aiokafka_auth(faust_credentials(settings))["security_protocol"] == "SSL"
    with pytest.raises(ssl.SSLError):
        aiokafka_kwargs(settings.model_copy(update={"kafka_ssl_key_password": SecretStr("wrong")}))
    with pytest.raises(ConfigError, match="set kafka_ssl_key_password"):  # never an interactive prompt
        aiokafka_kwargs(settings.model_copy(update={"kafka_ssl_key_password": None}))


def test_incomplete_security_settings_are_refused() -> None:
    with pytest.raises(ValidationError, match="needs kafka_sasl_username and kafka_sasl_password"):
        Settings(kafka_security_protocol="SASL_SSL", kafka_sasl_username="u")
    with pytest.raises(ValidationError, match="both kafka_ssl_certfile and kafka_ssl_keyfile"):
        Settings(kafka_security_protocol="SSL", kafka_ssl_certfile=Path("c.pem"))


def canary_settings() -> Settings:
    return Settings(
        clickhouse_url=f"https://driftline_writer:{CANARY}@ch.example:8443/driftline",
        kafka_security_protocol="SASL_SSL",
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username="driftline",
        kafka_sasl_password=CANARY,  # type: ignore[arg-type]
        slack_bot_token=f"xoxb-{CANARY}",  # type: ignore[arg-type]
        slack_channel="#alerts",
        hash_salt=CANARY,  # type: ignore[arg-type]
    )


def test_canary_never_in_settings_repr_str_or_json() -> None:
    settings = canary_settings()
    for text in (repr(settings), str(settings), settings.model_dump_json(), settings.safe_clickhouse_url()):
        assert CANARY not in text
    assert settings.resolved_clickhouse_url().count(CANARY) == 1  # the real value is still there to use


def test_canary_never_in_validation_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    bad_inputs = {
        "clickhouse_url": f"ftp://u:{CANARY}@h",
        "kafka_sasl_password": ["not", "a", CANARY],
        "slack_webhook_url": {"x": CANARY},
        "kafka_bootstrap": f"{CANARY}",
    }
    for field, value in bad_inputs.items():
        with pytest.raises(ValidationError) as raised:
            Settings(**{field: value})
        assert CANARY not in str(raised.value), field  # what the CLI prints
        assert CANARY not in repr(raised.value.errors(include_input=False)), field
    monkeypatch.setenv("DRIFTLINE_KAFKA_BOOTSTRAP", f"user:{CANARY}")  # from the environment too
    with pytest.raises(ValidationError) as raised:
        Settings()
    assert CANARY not in str(raised.value)


def test_secrets_from_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "driftline_kafka_sasl_password").write_text(CANARY)
    (tmp_path / "driftline_slack_webhook_url").write_text(f"https://hooks.slack.com/services/{CANARY}")
    monkeypatch.setenv("DRIFTLINE_SECRETS_DIR", str(tmp_path))
    settings = Settings()
    assert settings.kafka_sasl_password is not None and settings.kafka_sasl_password.get_secret_value() == CANARY
    assert settings.slack_mode() == "webhook"
    assert CANARY not in repr(settings)
    monkeypatch.setenv("DRIFTLINE_KAFKA_SASL_PASSWORD", "from-env")  # the environment wins over files
    assert Settings().kafka_sasl_password.get_secret_value() == "from-env"  # type: ignore[union-attr]


@pytest.mark.parametrize("password", [CANARY, f"{CANARY}%40x"])
def test_canary_never_in_store_errors(password: str) -> None:
    with pytest.raises(StoreError) as raised:
        open_store(f"http://driftline_writer:{password}@127.0.0.1:1/driftline")
    assert CANARY not in str(raised.value) and "***" in str(raised.value)


def test_canary_never_in_the_cli_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from streams.cli import main

    monkeypatch.setenv("DRIFTLINE_CLICKHOUSE_URL", f"ftp://u:{CANARY}@h")
    monkeypatch.setenv("DRIFTLINE_KAFKA_SASL_PASSWORD", CANARY)
    result = CliRunner().invoke(main, ["query", "SELECT 1"])
    assert result.exit_code != 0 and "invalid configuration" in result.output
    assert CANARY not in result.output


def test_an_up_to_date_store_needs_no_ddl(store: Any) -> None:
    """Workers migrate at start: on an up-to-date store that must be SELECT only (least privilege)."""
    store.migrate()
    statements: list[str] = []
    original = store.command

    def spy(sql: str, parameters: Any = None) -> Any:
        statements.append(sql)
        return original(sql, parameters)

    store.command = spy
    assert store.migrate() == [] and statements == []
