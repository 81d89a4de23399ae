"""The ``driftline`` command line: up, broker, worker, produce, query, init-db."""

from __future__ import annotations

import asyncio
import csv
import json
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError

from schemas.errors import DriftlineError, EventRejected, StoreLockedError
from schemas.event import parse_event
from schemas.settings import Settings

__all__ = ["main"]

# Small matrix products in the drift stage ran 5-10x slower with multi-threaded OpenBLAS on a shared
# 2-core machine (docs/drift.md); one worker per core is the scaling model. Set before numpy loads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

log = logging.getLogger("driftline.cli")


def _settings(**overrides: Any) -> Settings:
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        raise click.UsageError(f"invalid configuration: {exc}") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="driftline")
def main() -> None:
    """driftline: streaming drift, toxicity and PII monitor for LLM applications.

    Settings come from DRIFTLINE_* environment variables or the TOML file named by
    DRIFTLINE_CONFIG; see docs/configuration.md.
    """


# --- up / broker / worker ------------------------------------------------------------------
@main.command()
@click.option("--demo", is_flag=True, help="Also run a synthetic producer with drift and safety incidents.")
@click.option("--demo-rate", default=50.0, show_default=True, help="Demo events per second.")
@click.option("--port", type=int, default=None, help="Embedded broker port (default: from DRIFTLINE_KAFKA_BOOTSTRAP).")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes. Above 1: workers publish rows to an internal topic and a sink process owns the store.",
)
def up(demo: bool, demo_rate: float, port: int | None, workers: int) -> None:
    """Run everything locally: the embedded broker and a worker storing under ./.driftline/.

    With --workers N (N > 1): the broker, one sink process owning the store and N workers,
    each a separate process logging to ./.driftline/<name>.log.
    """
    from streams.broker import EmbeddedBroker
    from streams.kafka import ensure_topics
    from streams.worker import build_worker, run_worker

    settings = _settings()
    host, _, default_port = settings.kafka_bootstrap.split(",")[0].rpartition(":")
    broker = EmbeddedBroker(host=host, port=port or int(default_port), log_file=settings.data_dir / "broker.log")
    settings = settings.model_copy(update={"kafka_bootstrap": broker.bootstrap})
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    _configure_logging(settings)
    try:
        broker.start()
        asyncio.run(ensure_topics(settings))
        if workers > 1:
            _up_cluster(settings, broker, workers, demo_rate if demo else None)
        runtime = build_worker(settings, console_every_s=5.0)
    except DriftlineError as exc:
        broker.stop()
        raise click.ClickException(str(exc)) from None
    _banner(settings, demo)
    if demo:
        _register_demo(runtime, demo_rate)
    try:
        code = run_worker(runtime)
    finally:
        broker.stop()
    sys.exit(code)


@main.command()
@click.option("--host", default=None, help="Listen address (default: from DRIFTLINE_KAFKA_BOOTSTRAP).")
@click.option("--port", type=int, default=None, help="Listen port (default: from DRIFTLINE_KAFKA_BOOTSTRAP).")
def broker(host: str | None, port: int | None) -> None:
    """Run the embedded Kafka-protocol broker (Tansu, in memory) until interrupted."""
    from streams.broker import EmbeddedBroker
    from streams.kafka import ensure_topics

    settings = _settings()
    default_host, _, default_port = settings.kafka_bootstrap.split(",")[0].rpartition(":")
    embedded = EmbeddedBroker(host=host or default_host, port=port or int(default_port))
    try:
        embedded.start()
        settings = settings.model_copy(update={"kafka_bootstrap": embedded.bootstrap})
        created = asyncio.run(ensure_topics(settings))
    except DriftlineError as exc:
        embedded.stop()
        raise click.ClickException(str(exc)) from None
    click.echo(f"embedded broker listening on {embedded.bootstrap} (memory storage: nothing survives a restart)")
    click.echo(f"topics: {', '.join(created) or 'already present'}")
    try:
        while embedded.running():
            time.sleep(0.5)
        raise click.ClickException("the broker process exited unexpectedly")
    except KeyboardInterrupt:
        pass
    finally:
        embedded.stop()


@main.command()
def worker() -> None:
    """Run a worker: consume events, validate, enrich, store (needs a broker and a store)."""
    from streams.worker import build_worker, run_worker

    settings = _settings()
    _configure_logging(settings)
    try:
        runtime = build_worker(settings)
    except DriftlineError as exc:
        raise click.ClickException(str(exc)) from None
    sys.exit(run_worker(runtime))


def _up_cluster(settings: Settings, broker: Any, workers: int, demo_rate: float | None) -> None:
    from streams.supervisor import run_cluster

    _banner(settings, demo_rate is not None, workers)
    try:
        code = run_cluster(settings, workers, demo_rate)
    finally:
        broker.stop()
    sys.exit(code)


@main.command()
def sink() -> None:
    """Run the sink process: store the rows topic-mode workers publish (owns the store, serves /query)."""
    from streams.row_topic import ensure_internal_topics
    from streams.sink_process import build_sink
    from streams.worker import run_worker

    settings = _settings()
    _configure_logging(settings)
    try:
        asyncio.run(ensure_internal_topics(settings))
        runtime = build_sink(settings)
    except DriftlineError as exc:
        raise click.ClickException(str(exc)) from None
    sys.exit(run_worker(runtime))


# --- produce ------------------------------------------------------------------------------
def _read_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            stripped = line.rstrip(b"\r\n")
            if stripped.strip():
                yield number, stripped


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--skip-invalid", is_flag=True, help="Publish the valid lines even when some are invalid.")
@click.option("--raw", is_flag=True, help="Publish every line as-is, unvalidated (e.g. to exercise the DLQ).")
def produce(file: Path, skip_invalid: bool, raw: bool) -> None:
    """Publish the events in FILE.jsonl (one JSON object per line), validating them first."""
    settings = _settings()
    lines = list(_read_lines(file))
    good: list[tuple[bytes | None, bytes]] = []
    bad = 0
    for number, line in lines:
        if raw:
            good.append((None, line))
            continue
        try:
            event = parse_event(line, settings.max_event_bytes)
        except EventRejected as exc:
            bad += 1
            click.echo(f"{file}:{number}: {exc.reason}: {exc.detail}", err=True)
            continue
        good.append((event.event_id.encode(), line))
    if bad and not skip_invalid:
        raise click.ClickException(f"{bad} invalid line(s) in {file}; nothing published (use --skip-invalid)")
    try:
        asyncio.run(_publish(settings, good))
    except Exception as exc:
        raise click.ClickException(f"publishing to {settings.kafka_bootstrap} failed: {exc}") from None
    click.echo(f"published {len(good)} event(s) to {settings.topic_events}" + (f", skipped {bad}" if bad else ""))


async def _publish(settings: Settings, messages: Sequence[tuple[bytes | None, bytes]]) -> None:
    from aiokafka import AIOKafkaProducer

    from streams.kafka import aiokafka_kwargs, ensure_topics

    await ensure_topics(settings)
    producer = AIOKafkaProducer(acks="all", linger_ms=10, **aiokafka_kwargs(settings))
    await producer.start()
    try:
        for start in range(0, len(messages), 1000):
            futures = [
                await producer.send(settings.topic_events, value=value, key=key)
                for key, value in messages[start : start + 1000]
            ]
            await asyncio.gather(*futures)
    finally:
        await producer.stop()


# --- score ----------------------------------------------------------------------------------
@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--batch-size", default=512, show_default=True, help="Events scored per detector batch.")
def score(file: Path, batch_size: int) -> None:
    """Run the detectors offline: one JSON line per valid input line, in order, on stdout.

    Each output line has event_id, line (its input line number), pii (field, type, start, end,
    score, recognizer; offsets into the original field), toxicity {prompt, response}, toxic,
    refusal and the redacted texts. Invalid lines are reported on stderr as FILE:LINE and skipped.
    """
    from detectors.enrichment import EventDetectors
    from streams.enrich import detector_config
    from streams.secrets import load_hash_salt

    settings = _settings()
    _configure_logging(settings.model_copy(update={"log_level": "WARNING"}))
    detectors = EventDetectors(detector_config(settings, load_hash_salt(settings)))
    bad = 0
    batch: list[tuple[int, Any]] = []

    def flush() -> None:
        if not batch:
            return
        events = [event for _, event in batch]
        result = detectors.run([e.event_id for e in events], [e.prompt for e in events], [e.response for e in events])
        toxic = result.is_toxic
        for i, (number, event) in enumerate(batch):
            pii = [
                {
                    "field": field,
                    "type": s.type,
                    "start": s.start,
                    "end": s.end,
                    "score": round(s.score, 4),
                    "recognizer": s.recognizer,
                }
                for field, spans in (("prompt", result.pii_prompt[i]), ("response", result.pii_response[i]))
                for s in spans
            ]
            line = {
                "event_id": event.event_id,
                "line": number,
                "pii": pii,
                "toxicity": {
                    "prompt": round(float(result.toxicity_prompt[i]), 6),
                    "response": round(float(result.toxicity_response[i]), 6),
                },
                "toxic": bool(toxic[i]),
                "refusal": bool(result.is_refusal[i]),
                "redacted": {"prompt": result.redacted_prompt[i], "response": result.redacted_response[i]},
            }
            click.echo(json.dumps(line, ensure_ascii=False))
        batch.clear()

    for number, raw in _read_lines(file):
        try:
            batch.append((number, parse_event(raw, settings.max_event_bytes)))
        except EventRejected as exc:
            bad += 1
            click.echo(f"{file}:{number}: {exc.reason}: {exc.detail}", err=True)
            continue
        if len(batch) >= batch_size:
            flush()
    flush()
    if bad:
        click.echo(f"{bad} invalid line(s) skipped", err=True)


# --- replay ---------------------------------------------------------------------------------
@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--alerts-out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where to write the alerts, one JSON object per line.",
)
@click.option(
    "--metrics-out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write every drift tick record (drift_metrics rows) as JSON lines.",
)
@click.option("--batch-size", default=512, show_default=True, help="Events per detector batch.")
def replay(file: Path, alerts_out: Path, metrics_out: Path | None, batch_size: int) -> None:
    """Run detectors, drift and alert rules over FILE.jsonl offline, in event time (deterministic).

    Events are processed in file order; the same settings as the worker apply (rules file,
    drift settings, detector settings). No delivery: nothing is sent to Slack or Kafka.
    """
    from detectors.alerting import AlertEngine, load_rules
    from detectors.drift.segment import SegmentDriftState
    from detectors.enrichment import EventDetectors
    from streams.alerting import alerts_jsonl
    from streams.drift_stage import drift_config, features_by_segment, segment_key_text
    from streams.enrich import detector_config
    from streams.secrets import load_hash_salt

    settings = _settings()
    _configure_logging(settings.model_copy(update={"log_level": "WARNING"}))
    detectors = EventDetectors(detector_config(settings, load_hash_salt(settings)))
    config = drift_config(settings, detectors.toxicity_threshold)
    engine = AlertEngine(load_rules(settings.alert_rules_file), database=settings.clickhouse_database)
    states: dict[str, SegmentDriftState] = {}
    alerts: list[Any] = []
    ticks: list[Any] = []
    batch: list[Any] = []
    bad = 0
    counted = {"events": 0}

    def run_batch() -> None:
        if not batch:
            return
        from datetime import UTC, datetime

        from streams.alert_stage import to_alert_signal

        result = detectors.run([e.event_id for e in batch], [e.prompt for e in batch], [e.response for e in batch])
        signals = []
        for segment, features in features_by_segment(batch, result).items():
            key = segment_key_text(segment)
            state = states.setdefault(key, SegmentDriftState(key, config))
            signals.extend(state.update_batch(features))
            ticks.extend(state.pop_ticks())
        signals.sort(key=lambda s: (s.event_time, s.segment, s.signal))
        watermark = datetime.fromtimestamp(max(e.timestamp.timestamp() for e in batch), UTC)
        alerts.extend(engine.process([to_alert_signal(s) for s in signals], watermark=watermark).alerts)
        counted["events"] += len(batch)
        batch.clear()

    for number, raw in _read_lines(file):
        try:
            batch.append(parse_event(raw, settings.max_event_bytes))
        except EventRejected as exc:
            bad += 1
            click.echo(f"{file}:{number}: {exc.reason}: {exc.detail}", err=True)
            continue
        if len(batch) >= batch_size:
            run_batch()
    run_batch()
    for state in states.values():
        ticks.extend(state.flush())
    alerts.extend(engine.flush().alerts)
    alerts_out.write_text(alerts_jsonl(alerts), encoding="utf-8")
    if metrics_out is not None:
        metrics_out.write_text("".join(json.dumps(t.to_dict()) + "\n" for t in ticks), encoding="utf-8")
    click.echo(
        f"replayed {counted['events']} event(s) in {len(states)} segment(s): {len(alerts)} alert(s) -> {alerts_out}"
        + (f"; {bad} invalid line(s) skipped" if bad else ""),
        err=True,
    )


# --- models -------------------------------------------------------------------------------
@main.group()
def models() -> None:
    """Build or inspect the detector models (built from installed packages, fully offline)."""


@models.command("build")
def models_build() -> None:
    """Build the fast static embedding and the toxicity classifier into the model directory."""
    from detectors.model_store import default_model_dir

    settings = _settings()
    _configure_logging(settings)
    model_dir = settings.model_dir or default_model_dir()
    from detectors.embeddings import load_embedder
    from detectors.toxicity import load_toxicity_scorer

    started = time.perf_counter()
    embedder = load_embedder("fast", model_dir=model_dir)
    click.echo(f"fast embedding {embedder.name} ({embedder.dim} dims) ready in {model_dir}")
    scorer = load_toxicity_scorer("builtin", model_dir=model_dir)
    click.echo(f"toxicity scorer {scorer.name} ready (threshold {scorer.threshold:.3f})")
    click.echo(f"models ready in {time.perf_counter() - started:.1f}s")


# --- query / init-db ----------------------------------------------------------------------
@main.command()
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "tsv"]), default="table", show_default=True)
def query(sql: str, fmt: str) -> None:
    """Run SQL against the store (through the running worker when it owns an embedded store)."""
    from streams.remote import run_query

    settings = _settings()
    try:
        columns, rows = run_query(settings, sql)
    except DriftlineError as exc:
        raise click.ClickException(str(exc)) from None
    _print_rows(columns, rows, fmt)


@main.command("init-db")
def init_db() -> None:
    """Create the database and apply pending migrations (idempotent)."""
    from streams.store import open_store

    settings = _settings()
    try:
        with open_store(settings.resolved_clickhouse_url(), settings.clickhouse_database) as store:
            applied = store.migrate()
    except StoreLockedError as exc:
        raise click.ClickException(f"{exc}. The running worker applied migrations at its start.") from None
    except DriftlineError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"{settings.safe_clickhouse_url()}: "
        + (f"applied migrations {', '.join(f'{v:04d}' for v in applied)}" if applied else "up to date")
    )


@main.command()
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("driftline-report.html"),
    show_default=True,
    help="Where to write the HTML file.",
)
@click.option("--hours", type=float, default=None, help="Only the last N hours (default: everything stored).")
def report(out: Path, hours: float | None) -> None:
    """Write a static HTML report (plots as images) of traffic, safety, drift and alerts."""
    from streams.remote import run_query
    from streams.report import build_report

    settings = _settings()

    class _Source:
        def query(self, sql: str, parameters: dict[str, Any] | None = None) -> Any:
            return run_query(settings, sql)

    try:
        path = build_report(_Source(), out, database=settings.clickhouse_database, hours=hours)
    except (DriftlineError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"report written to {path}")


# --- helpers --------------------------------------------------------------------------------
def _print_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> None:
    from streams.web import json_value

    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(dict(zip(columns, (json_value(v) for v in row), strict=True)), ensure_ascii=False))
        return
    if fmt == "tsv":
        writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[json_value(v) for v in row] for row in rows])
        return
    cells = [[str(json_value(v)) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def _configure_logging(settings: Settings) -> None:
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _banner(settings: Settings, demo: bool, workers: int = 1) -> None:
    web = f"http://{settings.web_host}:{settings.web_port}"
    if workers > 1:
        last = settings.web_port + workers
        process = f"  sink     {web}/metrics  {web}/health   workers: {workers}, ports {settings.web_port + 1}-{last}"
    else:
        process = f"  worker   {web}/metrics  {web}/health"
    click.echo(
        "\n".join(
            [
                "driftline is up",
                f"  broker   {settings.kafka_bootstrap}  (embedded Tansu, in memory)",
                f"  topics   in: {settings.topic_events}   dead letters: {settings.topic_dlq}",
                f"  store    {settings.safe_clickhouse_url()}  (database {settings.clickhouse_database})",
                process,
                f"  demo     {'on: synthetic traffic with incidents' if demo else 'off (use --demo)'}",
                '  query    driftline query "SELECT app, count() FROM driftline.llm_events GROUP BY app"',
                "  stop     Ctrl-C",
                "",
            ]
        )
    )


def _register_demo(runtime: Any, rate: float) -> None:
    from streams.demo import DemoTraffic
    from streams.producer import EventProducer

    @runtime.app.task
    async def demo_traffic() -> None:
        producer = EventProducer(runtime.settings)
        await producer.start()
        traffic = DemoTraffic(
            seed=int(time.time()), live=True, reference_events=runtime.settings.drift_reference_events
        )
        interval = 1.0 / max(rate, 0.1)
        try:
            while True:
                producer.emit(traffic.next_event())
                await asyncio.sleep(interval)
        finally:
            await producer.stop(timeout_s=2.0)


from streams.reference_cli import reference  # noqa: E402  (a command group in its own module)

main.add_command(reference)

if __name__ == "__main__":
    main()
