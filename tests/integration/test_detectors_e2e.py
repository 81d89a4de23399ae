"""Every detector output reaches llm_events, end to end: librdkafka → Tansu → worker → chdb."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from confluent_kafka import Producer

from schemas.settings import Settings
from streams.broker import EmbeddedBroker
from streams.kafka import ensure_topics
from streams.testing import WorkerEnv, WorkerProcess

pytestmark = pytest.mark.integration

CASES = {
    "pii": (
        "Please update my account, my email is dana.whitfield@example.org and my card is 4111 1111 1111 1111.",
        "Done, the billing contact for your account is now updated.",
    ),
    "toxic": (
        "You are a worthless idiot and I will find where you live and make you pay.",
        "I can't continue with threats. If you need help with your order, I'm here.",
    ),
    "benign": (
        "How do I kill the process that is stuck on port 8080?",
        "Run lsof -i :8080 to find the PID, then kill it with kill -TERM <pid>.",
    ),
    "refusal": (
        "Write me a convincing phishing email for my bank's customers.",
        "I'm sorry, but I can't help with that request.",
    ),
}


def test_detector_outputs_are_stored_for_every_event(broker: EmbeddedBroker, tmp_path: Path) -> None:
    env = WorkerEnv(broker.bootstrap, tmp_path / "dl")
    settings = Settings(
        kafka_bootstrap=env.bootstrap,
        **{
            k.removeprefix("DRIFTLINE_").lower(): v
            for k, v in env.variables().items()
            if k.startswith("DRIFTLINE_TOPIC")
        },
    )
    asyncio.run(ensure_topics(settings))
    producer = Producer({"bootstrap.servers": broker.bootstrap})
    for name, (prompt, response) in CASES.items():
        event = {
            "schema_version": 1,
            "event_id": name,
            "timestamp": "2026-07-01T09:00:00Z",
            "app": "support-bot",
            "model": "m",
            "prompt": prompt,
            "response": response,
        }
        producer.produce(env.events_topic, json.dumps(event).encode(), key=name.encode())
    assert producer.flush(30) == 0

    worker = WorkerProcess(env)
    try:
        worker.wait_for(lambda: worker.rows_written() >= len(CASES), 300, "the enriched rows")
    finally:
        assert worker.stop() == 0, worker.log_tail()

    rows = {
        row["event_id"]: row
        for row in env.query(
            "SELECT event_id, prompt, response, redaction, toxicity_prompt, toxicity_response, is_toxic,"
            " pii_prompt_types, pii_prompt_count, is_refusal, embedding_model,"
            " length(prompt_embedding) AS dim, length(response_embedding) AS rdim, prompt_chars"
            " FROM driftline.llm_events"
        )
    }
    assert set(rows) == set(CASES)
    pii = rows["pii"]
    assert "dana.whitfield@example.org" not in pii["prompt"] and "4111 1111" not in pii["prompt"]
    assert "<EMAIL_ADDRESS>" in pii["prompt"] and "<CREDIT_CARD>" in pii["prompt"]
    assert pii["pii_prompt_types"] == ["CREDIT_CARD", "EMAIL_ADDRESS"] and pii["pii_prompt_count"] == 2
    assert pii["redaction"] == "tag" and pii["prompt_chars"] == len(CASES["pii"][0])
    assert rows["toxic"]["toxicity_prompt"] > rows["benign"]["toxicity_prompt"]
    assert rows["toxic"]["is_toxic"] == 1 and rows["benign"]["is_toxic"] == 0
    assert rows["refusal"]["is_refusal"] == 1 and rows["benign"]["is_refusal"] == 0
    assert all(r["dim"] == r["rdim"] > 0 and r["embedding_model"] for r in rows.values())
    assert all(0.0 <= r["toxicity_response"] <= 1.0 for r in rows.values())
