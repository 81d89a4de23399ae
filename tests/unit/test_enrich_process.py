"""Detectors in a spawned child process give the same rows as in-process, and recover from a crash."""

from __future__ import annotations

import json
import os
import signal
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from schemas.event import parse_event
from schemas.rows import LLM_EVENTS_COLUMNS
from schemas.settings import Settings
from streams.dlq_redact import DeadLetterRedactor, dead_letter_content
from streams.enrich import DetectorEnricher, ProcessEnricher
from streams.ingest import RawMessage, event_to_row

_TEXTS = (
    ("How do I reset my password?", "Open Settings, then Account, and follow the link we email you."),
    ("Summarise this ticket", "The card on file is 4111 1111 1111 1111; contact bo@example.com."),
    ("You worthless idiot, answer me", "I'm sorry, but I can't help with that."),
    ("", ""),
)
_DETECTOR_COLUMNS = tuple(
    c for c in LLM_EVENTS_COLUMNS if c not in {"ingested_at"} and not c.startswith(("event_", "source_"))
)


def _batch() -> tuple[list[Any], list[Any]]:
    events = [
        parse_event(
            json.dumps(
                {
                    "schema_version": 1,
                    "event_id": f"e{i}",
                    "timestamp": "2026-06-01T10:00:00Z",
                    "app": "a",
                    "model": "m",
                    "prompt": p,
                    "response": r,
                }
            ).encode()
        )
        for i, (p, r) in enumerate(_TEXTS)
    ]
    messages = [RawMessage(b"", "t", 0, i) for i in range(len(events))]
    return events, [event_to_row(e, m, b"salt") for e, m in zip(events, messages, strict=True)]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(data_dir=Path(tmp_path_factory.mktemp("enrich")), pii_person=False)


def test_child_process_rows_equal_in_process_rows(settings: Settings) -> None:
    events, local_rows = _batch()
    _, child_rows = _batch()
    local = DetectorEnricher(settings, b"salt").enrich(events, local_rows)
    enricher = ProcessEnricher(settings, b"salt", processes=1)
    try:
        remote = enricher.enrich(events, child_rows)
        assert enricher.toxicity_threshold == pytest.approx(local.toxicity_threshold)
    finally:
        enricher.close()
    for a, b in zip(local_rows, child_rows, strict=True):
        assert a.as_tuple(_DETECTOR_COLUMNS) == b.as_tuple(_DETECTOR_COLUMNS)
    assert child_rows[1].pii_response_types == ["CREDIT_CARD", "EMAIL_ADDRESS"]
    assert child_rows[2].is_refusal == 1
    assert set(remote.timings) >= {"embed", "toxicity", "pii", "redact", "refusal"}


def test_a_dead_child_is_replaced_and_close_stops_children(settings: Settings) -> None:
    enricher = ProcessEnricher(settings, b"salt", processes=1)
    try:
        (first,) = enricher.pids()
        os.kill(first, signal.SIGKILL)
        events, rows = _batch()
        with pytest.raises(BrokenProcessPool):
            enricher.enrich(events, rows)
        enricher.enrich(events, rows)  # the retried batch succeeds on a new child
        (second,) = enricher.pids()
        assert second != first
    finally:
        enricher.close()
    deadline = time.monotonic() + 10
    while Path(f"/proc/{second}").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not Path(f"/proc/{second}").exists() or "Z" in Path(f"/proc/{second}/stat").read_text().split()[2]


def test_with_detector_processes_dead_letters_are_redacted_in_the_worker_like_in_process(settings: Settings) -> None:
    """A dead letter never waits behind a batch in a detector process: the worker redacts it with an
    analyzer of its own, configured like the detectors' (same output as the in-process enricher)."""
    raw = '{"user_id": "u-7", "prompt": "card 4111 1111 1111 1111, mail bo@example.com", "n": '
    local = DetectorEnricher(settings, b"salt").redact_dead_letter(raw)
    enricher = ProcessEnricher(settings, b"salt", processes=1)
    try:
        assert not hasattr(enricher, "redact_dead_letter")
        content = dead_letter_content(settings, enricher)
        assert isinstance(content.redact, DeadLetterRedactor)
        assert content.redact(raw) == local
    finally:
        enricher.close()
    assert "4111" not in local and "bo@example.com" not in local and "u-7" not in local
