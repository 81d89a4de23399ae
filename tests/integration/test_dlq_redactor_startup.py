"""A worker without detectors loads its dead-letter redactor at start, without torch, and still redacts.

Before, the redactor built its PII analyzer (spaCy, and through spaCy's dependencies torch and
transformers) on the first malformed message, in the middle of the stream: 75 % of the worker's
samples in the detectors-off benchmark (docs/benchmarks.md, session 6).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from confluent_kafka import Producer

from streams.broker import EmbeddedBroker
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.test_pipeline_e2e import declare, read_dlq

pytestmark = pytest.mark.integration

NAME, EMAIL, USER = "Maria Gonzalez", "maria.gonzalez@example.org", "mgonzalez-42"
EVENT = {
    "schema_version": 1,
    "event_id": "ok-1",
    "timestamp": "2026-01-02T03:04:05Z",
    "app": "a",
    "model": "m",
    "prompt": f"Please forward the invoice to {NAME} at {EMAIL}.",
    "response": f"Sure, I have sent it to {NAME}.",
    "user_id": USER,
}


def mapped_files(pid: int) -> str:
    """The paths of everything the process has mapped (shared libraries, compiled extensions)."""
    return Path(f"/proc/{pid}/maps").read_text()


@pytest.mark.parametrize("person_model", ["tagger", "spacy"])
def test_detectors_off_worker_loads_the_redactor_before_ready_without_torch(
    broker: EmbeddedBroker, tmp_path: Path, person_model: str
) -> None:
    extra = {"DRIFTLINE_DETECTORS_ENABLED": "false", "DRIFTLINE_PII_PERSON_MODEL": person_model}
    env = WorkerEnv(broker.bootstrap, tmp_path / "dl", extra=extra)
    declare(env)
    worker = WorkerProcess(env)
    try:
        worker.wait_for(lambda: worker.health() is not None, 180, "worker start")
        # Ready, nothing consumed yet: the analyzer is built (spaCy's compiled modules mapped when
        # it is the PERSON model), torch is not loaded.
        log = worker.log_path.read_text(errors="replace")
        assert "dead-letter redactor loaded in " in log, "not built before the worker reported ready"
        assert f"(PERSON on, {person_model})" in log
        maps = mapped_files(worker.process.pid)
        assert person_model != "spacy" or "/spacy/" in maps, "spaCy was not loaded before the worker reported ready"
        assert "libtorch" not in maps, "torch was imported for the dead-letter analyzer"

        producer = Producer({"bootstrap.servers": broker.bootstrap, "acks": "all"})
        bad_schema = json.dumps({**EVENT, "event_id": "bad-1", "latency_ms": "slow"})
        truncated = json.dumps({**EVENT, "event_id": "bad-2"})[:-40]
        for value in (bad_schema, truncated, json.dumps(EVENT)):
            producer.produce(env.events_topic, value=value.encode())
        assert producer.flush(30) == 0
        worker.wait_for(lambda: worker.rows_written() >= 1, 120, "the valid event stored")
        assert "libtorch" not in mapped_files(worker.process.pid)
    finally:
        assert worker.stop() == 0, worker.log_tail()

    letters = read_dlq(broker.bootstrap, env.dlq_topic, 2)
    assert len(letters) == 2
    for letter in letters:
        text = json.dumps(letter)
        assert letter["original_kept"] == "redacted"
        assert NAME not in text and "Gonzalez" not in text and EMAIL not in text and USER not in text, text
        assert "<PERSON>" in str(letter["original_text"]) and "<EMAIL_ADDRESS>" in str(letter["original_text"])
