"""Dead letters carry no raw PII by default: the redactor, the settings, the pipeline."""

from __future__ import annotations

import json
from collections.abc import Sequence

import pytest

from detectors.pii import PiiAnalyzer
from schemas.dlq import DeadLetter
from schemas.settings import Settings
from streams.dlq_redact import UNNEEDED_IMPORTS, DeadLetterRedactor, dead_letter_content, imports_blocked
from streams.ingest import IngestPipeline, RawMessage
from streams.metrics import Metrics
from streams.sink import MemorySink

EMAIL, CARD, USER = "jane.roe@example.com", "4111 1111 1111 1111", "jane-roe-77"
EVENT = {
    "schema_version": 1,
    "event_id": "e1",
    "timestamp": "2026-01-02T03:04:05Z",
    "app": "a",
    "model": "m",
    "prompt": f"mail {EMAIL}, card {CARD}",
    "response": "ok",
    "user_id": USER,
    "session_id": "sess-1",
}


@pytest.fixture(scope="module")
def redact() -> DeadLetterRedactor:
    return DeadLetterRedactor(PiiAnalyzer(person=False))


@pytest.mark.parametrize(
    "raw",
    [
        json.dumps({**EVENT, "latency_ms": "slow"}),  # valid JSON, invalid event
        json.dumps(EVENT)[:-30],  # truncated: not JSON any more
        json.dumps([EVENT, {"nested": {EMAIL: [CARD]}}]),  # PII in keys and nested lists
        f"user_id={USER} plain text {EMAIL}",
    ],
)
def test_redactor_leaves_no_raw_pii(redact: DeadLetterRedactor, raw: str) -> None:
    out = redact(raw)
    assert EMAIL not in out and CARD not in out
    assert "<EMAIL_ADDRESS>" in out


def test_identifiers_are_replaced_whole(redact: DeadLetterRedactor) -> None:
    parsed = json.loads(redact(json.dumps(EVENT)))
    assert parsed["user_id"] == "<user_id>" and parsed["session_id"] == "<session_id>"
    truncated = redact(json.dumps(EVENT)[:-5])
    assert USER not in truncated and '"user_id": "<user_id>"' in truncated


def test_deep_nesting_is_bounded(redact: DeadLetterRedactor) -> None:
    deep = "[" * 200 + json.dumps(EMAIL) + "]" * 200
    assert EMAIL not in redact(deep)
    redact("[" * 100_000 + "]" * 100_000)  # RecursionError is handled: treated as text


class Letters:
    def __init__(self) -> None:
        self.letters: list[DeadLetter] = []

    async def publish(self, letters: Sequence[DeadLetter]) -> None:
        self.letters.extend(letters)


@pytest.mark.parametrize("mode", ["redacted", "omitted", "original"])
async def test_worker_dead_letters_by_setting(mode: str) -> None:
    settings = Settings(dlq_original=mode, pii_person=False)  # type: ignore[arg-type]
    dlq = Letters()
    pipeline = IngestPipeline(
        MemorySink(), dlq, Metrics(), salt=b"s", dead_letter_content=dead_letter_content(settings)
    )
    raw = json.dumps({**EVENT, "latency_ms": "slow", "metadata": {EMAIL: 1}}).encode()
    await pipeline.process([RawMessage(raw, "t", 0, 7)])
    (letter,) = dlq.letters
    text = letter.model_dump_json()
    assert letter.original_kept == mode and letter.original_size == len(raw) and len(letter.original_sha256) == 64
    if mode == "original":  # opt-in: byte for byte, PII included
        assert letter.original_bytes() == raw and EMAIL in text
    else:
        assert EMAIL not in text and CARD not in text and USER not in text
        assert letter.original_base64 is None
        assert (letter.original_text is not None) == (mode == "redacted")


def test_dead_letters_use_the_enrichers_analyzer_and_load_none_of_their_own() -> None:
    calls: list[str] = []

    class Enricher:
        def redact_dead_letter(self, text: str) -> str:
            calls.append(text)
            return "<REDACTED>"

    content = dead_letter_content(Settings(pii_person=False), Enricher())
    assert content.redact is not None and content.redact("x") == "<REDACTED>" and calls == ["x"]
    own = dead_letter_content(Settings(pii_person=False))  # no detectors: an analyzer of its own
    assert isinstance(own.redact, DeadLetterRedactor)
    assert EMAIL not in own.redact(f"mail {EMAIL}")
    assert dead_letter_content(Settings(dlq_original="original"), Enricher()).redact is None


def test_without_detectors_the_analyzer_is_built_before_the_first_letter() -> None:
    """Built when the worker assembles its pipeline (before it reports ready), not on the first letter."""
    content = dead_letter_content(Settings(pii_person=False, pii_entities=["EMAIL_ADDRESS", "CREDIT_CARD"]))
    assert isinstance(content.redact, DeadLetterRedactor)
    built = content.redact.analyzer.analyzer  # type: ignore[attr-defined]
    assert isinstance(built, PiiAnalyzer)  # loaded already, configured like the enrich stage
    assert built.entities == {"EMAIL_ADDRESS", "CREDIT_CARD"} and built.person is None
    assert (
        content.redact(f"mail {EMAIL} card {CARD} user {USER}")
        == f"mail <EMAIL_ADDRESS> card <CREDIT_CARD> user {USER}"
    )


def test_imports_blocked_only_inside_the_block_and_only_for_modules_not_loaded() -> None:
    import sys

    assert "json" in sys.modules
    with imports_blocked(["json", "driftline_test_unimported_module"]):
        import json as again  # already loaded: not blocked

        assert again is json
        with pytest.raises(ImportError):
            import driftline_test_unimported_module  # noqa: F401
    assert "driftline_test_unimported_module" not in sys.modules and sys.modules["json"] is json
    assert set(UNNEEDED_IMPORTS) == {"torch", "transformers"}
