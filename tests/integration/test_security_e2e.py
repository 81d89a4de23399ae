"""No raw PII from a seeded stream reaches ClickHouse (any table), the DLQ, any other topic the
worker writes, the worker's logs or Slack; no secret (canary values) reaches logs, /metrics,
/health or stored data. The PII sits in every free-text field: prompt, response, metadata keys and
values, unknown top-level fields (``extra``), ``error_type``, ``session_id`` and ``user_id``."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition
from confluent_kafka.admin import AdminClient

from detectors.pii.redact import redaction_token
from streams.broker import EmbeddedBroker
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.faults import FakeSlack, declare, health, shifted_latency_events, stored_counts
from tests.integration.test_pipeline_e2e import publish_with_librdkafka, read_dlq

pytestmark = pytest.mark.integration

CANARY = "canary-5e1d0b9f2c"
PII = {
    "PERSON": "Maria Gonzalez",
    "EMAIL_ADDRESS": "maria.gonzalez.seed@example.org",
    "PHONE_NUMBER": "(415) 555-0142",
    "CREDIT_CARD": "4111 1111 1111 1111",
    "IBAN_CODE": "DE89 3704 0044 0532 0130 00",
    "US_SSN": "536-22-8714",
    "IP_ADDRESS": "203.0.113.77",
    "API_KEY": "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
}
USER_ID = "maria.gonzalez.uid-4471"
NEEDLES = [*PII.values(), USER_ID, "4111111111111111", "536228714"]
TOTAL, SHIFT_AT = 1_100, 700
#: PII in metadata values is redacted like the texts, PII in keys hashed (detectors.metadata_redact).
METADATA = {
    "customer": f"{PII['PERSON']} <{PII['EMAIL_ADDRESS']}>",
    "callback": PII["PHONE_NUMBER"],
    "payment": f"card {PII['CREDIT_CARD']}, from {PII['IP_ADDRESS']}",
    PII["EMAIL_ADDRESS"]: "vip",
    "tier": "gold",
}
#: Unknown top-level fields (stored JSON-encoded in ``extra``): PII in a value and in a field name.
EXTRA = {
    "contact": {"owner": PII["PERSON"], "iban": PII["IBAN_CODE"], "ssn": PII["US_SSN"]},
    PII["IP_ADDRESS"]: "seen",
}
ERROR_TYPE = f"CardDeclined {PII['CREDIT_CARD']} for {PII['EMAIL_ADDRESS']}"
SESSION_ID = f"{PII['EMAIL_ADDRESS']}#web"
SALT = CANARY.encode()  # DRIFTLINE_HASH_SALT: salts the hash tokens of identifiers


def hashed(value: str, entity: str) -> str:
    return redaction_token(value, entity, "hash", SALT)


def texts(i: int) -> tuple[str, str] | None:
    if i % 5:
        return None  # ordinary traffic
    p = PII
    prompt = (
        f"Hi, I am {p['PERSON']}. My email is {p['EMAIL_ADDRESS']}, call {p['PHONE_NUMBER']}. "
        f"Card {p['CREDIT_CARD']}, IBAN {p['IBAN_CODE']}, SSN {p['US_SSN']}, from {p['IP_ADDRESS']}."
    )
    return prompt, f"Thanks {p['PERSON']}, I will not store {p['EMAIL_ADDRESS']}; revoke {p['API_KEY']} now."


def seeded(run: str) -> list[tuple[bytes, bytes]]:
    messages = shifted_latency_events(run, TOTAL, SHIFT_AT, app="secure-app", text=texts)
    out = []
    for key, value in messages:
        document = json.loads(value)
        if "Gonzalez" in document["prompt"]:
            document.update(
                user_id=USER_ID,
                metadata=METADATA,
                session_id=SESSION_ID,
                status="error",
                error_type=ERROR_TYPE,
                **EXTRA,
            )
        out.append((key, json.dumps(document).encode()))
    return out


def malformed(run: str) -> list[tuple[bytes, bytes]]:
    prompt, response = texts(0) or ("", "")
    base = json.loads(seeded(run)[0][1])
    base.update(prompt=prompt, response=response, user_id=USER_ID, event_id=f"{run}-bad")
    good = json.dumps(base)
    return [
        (b"bad-1", good.encode()[:-40]),  # truncated JSON
        (b"bad-2", json.dumps({**base, "latency_ms": "slow"}).encode()),  # schema_validation
        (b"bad-3", json.dumps({**base, "metadata": {PII["EMAIL_ADDRESS"]: 1}}).encode()),  # PII in a field path
        (b"bad-4", good.encode().replace(b"Hi,", b"Hi\xff,")),  # invalid UTF-8
    ]


def all_tables(env: WorkerEnv) -> dict[str, str]:
    """Every table's rows as JSON text (aggregate-state columns of the rollups hold no text: left out)."""
    columns = env.query(
        "SELECT table, groupArray(name) AS names FROM system.columns WHERE database = 'driftline' "
        "AND type NOT LIKE '%AggregateFunction%' GROUP BY table"
    )
    return {
        str(c["table"]): json.dumps(
            env.query(f"SELECT {', '.join(f'`{n}`' for n in c['names'])} FROM driftline.`{c['table']}`")
        )
        for c in columns
    }


def topic_text(bootstrap: str, topic: str, partitions: int = 4, keys: bool = False) -> str:
    """Every message value of ``topic`` (and, with ``keys``, every key), one per line."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": f"sec-{topic}-{time.time()}"})
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions)])
    values: list[str] = []
    idle = time.monotonic() + 5
    while time.monotonic() < idle:
        message = consumer.poll(0.3)
        if message is not None and not message.error():
            for part in (message.key(), message.value()) if keys else (message.value(),):
                values.append((part or b"").decode("utf-8", "replace"))
            idle = time.monotonic() + 2
    consumer.close()
    return "\n".join(values)


def written_topics(env: WorkerEnv) -> dict[str, str]:
    """Every topic of this pipeline but the input (DLQ, alerts, requests, internal features and changelogs)."""
    topics = AdminClient({"bootstrap.servers": env.bootstrap}).list_topics(timeout=10).topics
    return {
        name: topic_text(env.bootstrap, name, len(meta.partitions), keys=True)
        for name, meta in sorted(topics.items())
        if name.startswith(f"it-{env.name}") and name != env.events_topic
    }


def leaks(text: str, needles: list[str]) -> list[str]:
    return [needle for needle in needles if needle in text]


def test_no_raw_pii_and_no_secret_leaves_the_worker(broker: EmbeddedBroker, tmp_path: Path) -> None:
    with FakeSlack([]) as slack:
        env = WorkerEnv(
            broker.bootstrap,
            tmp_path / "dl",
            extra={
                "DRIFTLINE_DRIFT_REFERENCE_EVENTS": "500",
                "DRIFTLINE_SLACK_BOT_TOKEN": f"xoxb-{CANARY}",
                "DRIFTLINE_SLACK_CHANNEL": "#alerts",
                "DRIFTLINE_SLACK_API_URL": slack.api_url,
                "DRIFTLINE_HASH_SALT": CANARY,
                "DRIFTLINE_KAFKA_SASL_USERNAME": "driftline",
                "DRIFTLINE_KAFKA_SASL_PASSWORD": CANARY,  # set, unused (PLAINTEXT): must still never show
                "DRIFTLINE_LOG_LEVEL": "INFO",
            },
        )
        declare(env)
        bad = malformed(env.name)
        publish_with_librdkafka(broker.bootstrap, env.events_topic, seeded(env.name) + bad)
        worker = WorkerProcess(env, label="security")
        try:
            worker.wait_for(lambda: worker.rows_written() >= TOTAL, 400, "every row")
            worker.wait_for(lambda: bool(slack.requests), 120, "a Slack message (latency alert)")
            time.sleep(3)
            tables = all_tables(env)
            metrics, (_, health_doc) = worker.metrics(), health(worker.web)
        finally:
            assert worker.stop() == 0, worker.log_tail()
        log = worker.log_path.read_text(errors="replace")
        slack_bodies = "\n".join(request["body"] for request in slack.requests)

    assert stored_counts(env) == (TOTAL, TOTAL)
    stored_metadata = env.query("SELECT DISTINCT metadata FROM driftline.llm_events WHERE metadata['tier'] = 'gold'")
    assert stored_metadata == [
        {
            "metadata": {
                "customer": "<PERSON> <<EMAIL_ADDRESS>>",
                "callback": "<PHONE_NUMBER>",
                "payment": "card <CREDIT_CARD>, from <IP_ADDRESS>",
                hashed(PII["EMAIL_ADDRESS"], "EMAIL_ADDRESS"): "vip",
                "tier": "gold",
            }
        }
    ], stored_metadata
    # extra values redacted (still JSON), PII in field names and in the session id hashed: one
    # session for every seeded event (grouping by session still works), error_type per redaction_mode
    free_text = env.query(
        "SELECT extra, error_type, session_id, toInt32(count()) AS n FROM driftline.llm_events "
        "WHERE status = 'error' GROUP BY extra, error_type, session_id"
    )
    assert free_text == [
        {
            "extra": {
                "contact": json.dumps({"iban": "<IBAN_CODE>", "owner": "<PERSON>", "ssn": "<US_SSN>"}),
                hashed(PII["IP_ADDRESS"], "IP_ADDRESS"): '"seen"',
            },
            "error_type": "CardDeclined <CREDIT_CARD> for <EMAIL_ADDRESS>",
            "session_id": hashed(PII["EMAIL_ADDRESS"], "EMAIL_ADDRESS") + "#web",
            "n": TOTAL // 5,
        }
    ], free_text
    letters = read_dlq(broker.bootstrap, env.dlq_topic, len(bad))
    assert len(letters) == len(bad)
    dlq_text = json.dumps(letters)
    topics = written_topics(env)
    alerts_topic = topics[f"it-{env.name}.alerts"]
    internal = {f"it-{env.name}-drift-features", f"it-{env.name}-drift-state-changelog"}
    assert {env.dlq_topic, f"it-{env.name}.alerts", *internal} <= set(topics), sorted(topics)

    # The seeded PII was there and was redacted, not dropped: tags in the stored texts and the DLQ.
    assert all(f"<{kind}>" in tables["llm_events"] for kind in PII), "PII tags missing from llm_events"
    assert "<EMAIL_ADDRESS>" in dlq_text and all(letter["original_kept"] == "redacted" for letter in letters)
    assert "<user_id>" in dlq_text
    assert slack_bodies and alerts_topic

    places = {
        **{f"table {name}": text for name, text in tables.items()},
        "dlq": dlq_text,
        **{f"topic {name}": text for name, text in topics.items()},
        "worker log": log,
        "slack": slack_bodies,
    }
    for place, text in places.items():
        assert not leaks(text, NEEDLES), f"raw PII in {place}: {leaks(text, NEEDLES)}"
    secret_places = {**places, "/metrics": metrics, "/health": json.dumps(health_doc)}
    for place, text in secret_places.items():
        assert CANARY not in text, f"secret in {place}"
    print(
        f"\nsecurity: {len(tables)} tables, {len(topics)} topics ({', '.join(sorted(topics))}), "
        f"{len(letters)} dead letters, {len(slack.requests)} Slack requests, {len(log.splitlines())} log lines "
        f"checked for {len(NEEDLES)} PII values and 1 canary: none found"
    )
