"""Fills ``llm_events`` rows with detector outputs (the worker's enrich stage).

Texts are redacted before they reach a row unless ``store_raw_text`` is set -- prompt, response and
every other free-text field (metadata keys and values, ``extra``, ``error_type``, ``session_id``;
:mod:`detectors.metadata_redact`); PII types and counts, toxicity, refusal flags and int8 embeddings
are stored for every event.

Two enrichers, one result: :class:`DetectorEnricher` runs the detectors in the calling process;
:class:`ProcessEnricher` runs them in spawned child processes (``enrich_processes`` setting) that
load the models once, so the detectors use another core than the worker's event loop, Kafka
client and store inserts (the detectors are pure: only texts go in, only arrays come back).

:class:`DetectorEnricher` also redacts dead letters (:meth:`DetectorEnricher.redact_dead_letter`)
with the detectors' own PII analyzer. :class:`ProcessEnricher` does not: a dead letter sent to a
child waits behind the batch it is enriching, which put every batch's validation behind the
previous batch's enrichment (backlog 812-867 events/s with, 1,117-1,225 without, docs/benchmarks.md,
session 10); the worker redacts them with an analyzer of its own (:mod:`streams.dlq_redact`, ~42 MB).
"""

from __future__ import annotations

import concurrent.futures
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import numpy as np

from detectors.embeddings import quantize_embeddings
from detectors.enrichment import DetectorConfig, Enrichment, EventDetectors
from detectors.metadata_redact import FreeText, redact_free_text
from schemas.event import EventV1
from schemas.rows import EventRow
from schemas.settings import Settings
from streams.dlq_redact import DeadLetterRedactor

__all__ = ["DetectorEnricher", "ProcessEnricher", "detector_config", "fill_rows", "make_enricher"]

log = logging.getLogger(__name__)


def detector_config(settings: Settings, salt: bytes) -> DetectorConfig:
    """The detector configuration the settings describe."""
    return DetectorConfig(
        model_dir=settings.model_dir,
        quality_embeddings=settings.quality_embeddings,
        quality_sample_rate=settings.quality_sample_rate,
        quality_model_path=settings.quality_model_path,
        toxicity_scorer=settings.toxicity_scorer,
        toxicity_model_path=settings.toxicity_model_path,
        toxicity_threshold=settings.toxicity_threshold,
        pii_entities=tuple(settings.pii_entities) if settings.pii_entities else None,
        pii_person=settings.pii_person,
        pii_person_model=settings.pii_person_model,
        pii_policy=settings.pii_policy,
        redaction_mode="none" if settings.store_raw_text else settings.redaction_mode,
        redaction_salt=salt,
    )


def _types(spans: Sequence[object]) -> list[str]:
    return sorted({span.type for span in spans}) if spans else []  # type: ignore[attr-defined]


def fill_rows(result: Enrichment, rows: Sequence[EventRow], redaction: str) -> None:
    """Copy detector outputs into their rows (column by column: one Python pass per column)."""
    prompt_q = quantize_embeddings(result.prompt_embedding).tolist()
    response_q = quantize_embeddings(result.response_embedding).tolist()
    tox_p = result.toxicity_prompt.astype(np.float64).tolist()
    tox_r = result.toxicity_response.astype(np.float64).tolist()
    toxic = result.is_toxic.astype(np.int64).tolist()
    refusal = np.asarray(result.is_refusal).astype(np.int64).tolist()
    model = result.embedding_model
    for i, row in enumerate(rows):
        pii_p, pii_r = result.pii_prompt[i], result.pii_response[i]
        row.prompt = result.redacted_prompt[i]
        row.response = result.redacted_response[i]
        row.redaction = redaction
        row.toxicity_prompt = tox_p[i]
        row.toxicity_response = tox_r[i]
        row.is_toxic = toxic[i]
        row.pii_prompt_types = _types(pii_p)
        row.pii_response_types = _types(pii_r)
        row.pii_prompt_count = len(pii_p)
        row.pii_response_count = len(pii_r)
        row.is_refusal = refusal[i]
        row.embedding_model = model
        row.prompt_embedding = prompt_q[i]
        row.response_embedding = response_q[i]
    if result.prompt_embedding_quality is not None and result.response_embedding_quality is not None:
        q_prompt = quantize_embeddings(result.prompt_embedding_quality).tolist()
        q_response = quantize_embeddings(result.response_embedding_quality).tolist()
        for k, i in enumerate(np.flatnonzero(result.quality_mask).tolist()):
            rows[i].quality_model = result.quality_model
            rows[i].prompt_embedding_quality = q_prompt[k]
            rows[i].response_embedding_quality = q_response[k]


def _free_text_to_redact(rows: Sequence[EventRow], redaction: str) -> list[FreeText] | None:
    """The rows' free-text fields besides the texts (None: none to redact, no detector call)."""
    if redaction == "none":
        return None
    items = [FreeText(row.metadata, row.extra, row.error_type, row.session_id) for row in rows]
    return items if any(any(item.texts()) or any(item.labels()) for item in items) else None


def _set_free_text(rows: Sequence[EventRow], items: Sequence[FreeText]) -> None:
    for row, item in zip(rows, items, strict=True):
        row.metadata, row.extra = dict(item.metadata), dict(item.extra)
        row.error_type, row.session_id = item.error_type, item.session_id


def _redact_free_text(detectors: EventDetectors, items: Sequence[FreeText]) -> list[FreeText]:
    config = detectors.config
    return redact_free_text(items, detectors.pii.analyze_batch, config.redaction_mode, config.redaction_salt)


def _inputs(events: Sequence[EventV1]) -> tuple[list[str], list[str], list[str]]:
    return [e.event_id for e in events], [e.prompt for e in events], [e.response for e in events]


class DetectorEnricher:
    """The :class:`~streams.ingest.Enricher` backed by :class:`~detectors.enrichment.EventDetectors`.

    One lock serialises the detectors (spaCy pipelines are not thread-safe): two overlapped
    batches, or a batch and a dead letter, never run them at the same time.
    """

    def __init__(self, settings: Settings, salt: bytes) -> None:
        self.detectors = EventDetectors(detector_config(settings, salt))
        self.redaction = "none" if settings.store_raw_text else settings.redaction_mode
        self._lock = threading.Lock()
        self._dead_letters = DeadLetterRedactor(self.detectors.pii)

    def enrich(self, events: Sequence[EventV1], rows: Sequence[EventRow]) -> Enrichment:
        free_text = _free_text_to_redact(rows, self.redaction)
        with self._lock:
            result = self.detectors.run(*_inputs(events))
            if free_text is not None:  # redacted like the texts (detectors.metadata_redact)
                _set_free_text(rows, _redact_free_text(self.detectors, free_text))
        fill_rows(result, rows, self.redaction)
        return result

    def redact_dead_letter(self, text: str) -> str:
        """A rejected message's text with its PII tagged (see :mod:`streams.dlq_redact`)."""
        with self._lock:
            return self._dead_letters(text)

    def close(self) -> None:
        """Nothing to release (symmetry with :class:`ProcessEnricher`)."""


# ----------------------------------------------------------------------------- child processes
_CHILD_DETECTORS: EventDetectors | None = None


def _exit_with_parent(parent: int) -> None:
    """Child side: leave as soon as the worker is gone (even SIGKILLed: no orphaned model processes)."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(0)


def _child_init(config: DetectorConfig, parent: int) -> None:
    global _CHILD_DETECTORS
    # Ctrl-C reaches the whole terminal process group: the worker shuts its children down itself
    # (terminate, or the parent watch below), so a child must not die of it mid-batch with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="parent-watch").start()
    _CHILD_DETECTORS = EventDetectors(config)
    _CHILD_DETECTORS.run(["warm-up"], ["warm up"], ["warm up"])  # first-call costs (tokeniser, NER) paid here


def _child_run(event_ids: list[str], prompts: list[str], responses: list[str]) -> Enrichment:
    assert _CHILD_DETECTORS is not None, "child not initialised"
    return _CHILD_DETECTORS.run(event_ids, prompts, responses)


def _child_enrich(
    event_ids: list[str], prompts: list[str], responses: list[str], free_text: list[FreeText] | None
) -> tuple[Enrichment, list[FreeText] | None]:
    """The detectors and the free-text redaction in one round trip to the child."""
    assert _CHILD_DETECTORS is not None, "child not initialised"
    result = _CHILD_DETECTORS.run(event_ids, prompts, responses)
    return result, None if free_text is None else _redact_free_text(_CHILD_DETECTORS, free_text)


class ProcessEnricher:
    """The detectors in ``processes`` spawned child processes (see module docstring).

    Children are *spawned* (not forked: the worker holds the chdb engine, Kafka sockets and
    threads), load the models once and exit with the worker. A child that dies is replaced;
    the batch it held raises :class:`BrokenProcessPool`, which the ingest stage retries (unacked).
    ``enrich`` blocks its (executor) thread until the child answers, then fills the rows.
    """

    def __init__(self, settings: Settings, salt: bytes, processes: int = 1) -> None:
        self.config = detector_config(settings, salt)
        self.processes = max(1, processes)
        self.redaction = "none" if settings.store_raw_text else settings.redaction_mode
        self.toxicity_threshold = 0.0  # the scorer's, read from the children at start
        self._lock = threading.Lock()
        self._pool = self._start()

    def _start(self) -> concurrent.futures.ProcessPoolExecutor:
        pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_child_init,
            initargs=(self.config, os.getpid()),
        )
        # Load the models now (and fail now if they cannot load), not in the first batch.
        for future in [pool.submit(_child_run, ["warm-up"], ["warm up"], ["warm up"]) for _ in range(self.processes)]:
            self.toxicity_threshold = future.result().toxicity_threshold
        return pool

    def pids(self) -> list[int]:
        """Process ids of the children (for CPU and memory accounting)."""
        return [int(pid) for pid in getattr(self._pool, "_processes", {}) or {}]

    def enrich(self, events: Sequence[EventV1], rows: Sequence[EventRow]) -> Enrichment:
        free_text = _free_text_to_redact(rows, self.redaction)
        result, redacted = self._call(_child_enrich, *_inputs(events), free_text)
        if redacted is not None:
            _set_free_text(rows, redacted)
        fill_rows(result, rows, self.redaction)
        return result

    def _call(self, fn: Callable[..., Any], *args: Any) -> Any:
        pool = self._pool
        try:
            return pool.submit(fn, *args).result()
        except BrokenProcessPool:
            with self._lock:
                if self._pool is pool:
                    log.error("a detector process died; starting a new one (the batch is retried)")
                    pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = self._start()
            raise

    def close(self, timeout_s: float = 5.0) -> None:
        """Stop the children now: a batch still being enriched is abandoned (it was never acked)."""
        processes = list((getattr(self._pool, "_processes", None) or {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout_s)


def make_enricher(settings: Settings, salt: bytes) -> DetectorEnricher | ProcessEnricher:
    """The enricher the settings ask for: in-process (``enrich_processes = 0``) or in child processes."""
    if settings.enrich_processes > 0:
        return ProcessEnricher(settings, salt, settings.enrich_processes)
    return DetectorEnricher(settings, salt)
