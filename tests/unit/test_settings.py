from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from schemas.settings import Settings


def test_environment_overrides_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRIFTLINE_KAFKA_BOOTSTRAP", "k1:9092,k2:9093")
    monkeypatch.setenv("DRIFTLINE_BATCH_MAX_EVENTS", "500")
    settings = Settings()
    assert settings.kafka_bootstrap == "k1:9092,k2:9093"
    assert settings.batch_max_events == 500


def test_toml_file_is_read_and_env_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "driftline.toml"
    config.write_text('topic_events = "prod.llm.events"\nbatch_max_events = 1000\n')
    monkeypatch.setenv("DRIFTLINE_CONFIG", str(config))
    monkeypatch.setenv("DRIFTLINE_BATCH_MAX_EVENTS", "10")
    settings = Settings()
    assert settings.topic_events == "prod.llm.events"
    assert settings.batch_max_events == 10


def test_unknown_setting_in_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "driftline.toml"
    config.write_text("batch_size = 3\n")
    monkeypatch.setenv("DRIFTLINE_CONFIG", str(config))
    with pytest.raises(ValidationError, match="batch_size"):
        Settings()


def test_secrets_never_appear_in_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRIFTLINE_KAFKA_SASL_PASSWORD", "hunter2-sasl")
    monkeypatch.setenv("DRIFTLINE_HASH_SALT", "pepper-salt")
    settings = Settings(clickhouse_url="https://alice:ch-secret@ch.internal:8443/driftline")
    text = repr(settings) + str(settings.model_dump())
    assert "hunter2-sasl" not in text and "pepper-salt" not in text
    assert "ch-secret" not in settings.safe_clickhouse_url()


@pytest.mark.parametrize("bad", ["localhost", "host:port", ":9092"])
def test_bootstrap_must_be_host_port(bad: str) -> None:
    with pytest.raises(ValidationError, match="host:port"):
        Settings(kafka_bootstrap=bad)


def test_store_url_defaults_to_embedded_under_data_dir(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "dl")
    assert settings.resolved_clickhouse_url() == f"chdb://{tmp_path / 'dl' / 'store'}"
    assert settings.is_embedded_store()
    with pytest.raises(ValidationError, match="chdb://"):
        Settings(clickhouse_url="postgres://x")


def test_configuration_doc_lists_every_setting() -> None:
    from schemas.settings_doc import render_settings_doc

    committed = (Path(__file__).parents[2] / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert committed == render_settings_doc(), "run: python -m schemas.settings_doc > docs/configuration.md"
