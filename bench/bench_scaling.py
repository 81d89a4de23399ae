"""Worker scaling on the real stack: N workers in one group, sink mode, and the same statistics as one.

For each N (default 1, 2, 4): an embedded Tansu broker, fresh topics (an 8-partition input topic),
one ``driftline sink`` process owning chdb and N ``driftline worker`` processes in one consumer
group (``DRIFTLINE_SINK_MODE=topic``). Once every worker holds input partitions, the same seeded
event set is produced: realistic texts (:mod:`workload`), ``--segments`` segments (apps
``seg00``...), each on one input partition (``segment % 8``) with its own event clock (one event per
second), so each segment's order is fixed. Measured:

* **sustained events/s** = events / (last row stored - first event produced), polled on the sink's
  ``/health`` (start-up and model loading excluded; producing takes well under a second);
* **statistics** (checked on every run, after every drift tick is stored): ``llm_events`` rows ==
  events produced, distinct ``event_id`` == rows, and the ``drift_metrics`` rows (every column but
  the wall-clock ``written_at``) identical to the first run with N=1.

Prints one line per run and a table of medians with ratios against N=1; exits 1 if any check failed.

    .venv/bin/python bench/bench_scaling.py                                  # 16,000 events x 3 runs
    .venv/bin/python bench/bench_scaling.py --events 4800 --segments 8 --runs 1 --workers 1 2  # a quick check

The machine is shared and noisy: read events/s with the load average printed next to it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from confluent_kafka import Producer
from workload import build_events

from detectors.drift.records import SIGNALS
from streams.broker import EmbeddedBroker
from streams.kafka import ensure_topics
from streams.row_topic import ensure_internal_topics
from streams.testing import WorkerEnv, WorkerProcess

PARTITIONS = 8
TICK_SECONDS = 10
START = datetime(2026, 9, 1, tzinfo=UTC)
#: drift_metrics columns compared between runs (all but the wall-clock ``written_at``).
DRIFT_COLUMNS = (
    "app, model, prompt_version, signal, detector, tick_time, statistic, threshold, status, "
    "window_start, window_end, n_events, n_reference"
)

Message = tuple[int, bytes, bytes]  # (input partition, key, value)


def scaling_stream(n_events: int, segments: int, seed: int = 3) -> list[Message]:
    """``n_events`` valid events spread round-robin over ``segments`` segments (apps ``segNN``),
    each segment on input partition ``index % 8`` and one event per second of its own event time."""
    events = build_events(n_events, seed=seed, run=f"scale{seed}", bad_rate=0.0)
    seen = [0] * segments
    out = []
    for i, event in enumerate(events):
        j = i % segments
        when = START + timedelta(seconds=seen[j])
        seen[j] += 1
        doc = {
            **event,
            "app": f"seg{j:02d}",
            "model": "m1",
            "prompt_version": "v1",
            "timestamp": when.isoformat().replace("+00:00", "Z"),
        }
        out.append((j % PARTITIONS, doc["app"].encode(), json.dumps(doc).encode()))
    return out


def expected_drift_rows(stream: list[Message]) -> int:
    """drift_metrics rows once every closed tick is stored: per segment, its ticks but the open last one."""
    per_segment: dict[bytes, int] = {}
    for _, key, _ in stream:
        per_segment[key] = per_segment.get(key, 0) + 1
    closed = sum(-(-n // TICK_SECONDS) - 1 for n in per_segment.values())
    return closed * len(SIGNALS)


def scaling_env(bootstrap: str, data_dir: Path, **extra: str) -> WorkerEnv:
    """Sink mode over an 8-partition input topic (topics created), cheap defaults for the drift stage."""
    env = WorkerEnv(
        bootstrap,
        data_dir,
        extra={
            "DRIFTLINE_SINK_MODE": "topic",
            "DRIFTLINE_TOPIC_PARTITIONS": str(PARTITIONS),
            "DRIFTLINE_PII_PERSON": "false",
            "DRIFTLINE_DRIFT_TICK_SECONDS": str(TICK_SECONDS),
            **extra,
        },
    )
    settings = env.settings()
    asyncio.run(ensure_topics(settings))
    asyncio.run(ensure_internal_topics(settings))
    return env


@contextmanager
def stack(env: WorkerEnv, workers: int) -> Iterator[tuple[WorkerProcess, list[WorkerProcess]]]:
    """The sink and ``workers`` workers in one group, healthy and holding input partitions; stopped on exit."""
    sink = WorkerProcess(env, label="sink", command="sink")
    started = [WorkerProcess(env, label=f"worker{i}") for i in range(workers)]
    try:
        for process in (sink, *started):
            process.wait_for(lambda p=process: p.health() is not None, 300, f"{process.log_path.name} to be up")
        sink.wait_for(lambda: partitions_split(started), 180, "the input partitions to be split between the workers")
        yield sink, started
    finally:
        codes = [(p.log_path.name, p.stop()) for p in (*started, sink)]
        bad = [(name, code) for name, code in codes if code not in (0, -9)]
        if bad:
            raise RuntimeError(f"processes exited badly: {bad}\n{sink.log_tail()}")


def partitions_split(workers: list[WorkerProcess]) -> bool:
    """True once every input partition is held by exactly one worker and every worker holds some."""
    held = [(w.health() or {}).get("partitions") or [] for w in workers]
    return all(held) and sorted(p for ps in held for p in ps) == list(range(PARTITIONS))


def produce(bootstrap: str, topic: str, stream: list[Message]) -> None:
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 20, "acks": "all"})
    for partition, key, value in stream:
        producer.produce(topic, value=value, key=key, partition=partition)
        producer.poll(0)
    if producer.flush(120) != 0:
        raise RuntimeError("producer could not deliver every event")


def drift_rows(env: WorkerEnv) -> list[dict[str, Any]]:
    return env.query(f"SELECT {DRIFT_COLUMNS} FROM driftline.drift_metrics FINAL ORDER BY {DRIFT_COLUMNS}")


def drift_row_count(env: WorkerEnv) -> int:
    return int(env.query("SELECT count() AS n FROM driftline.drift_metrics FINAL")[0]["n"])


@dataclass
class RunResult:
    """One run with N workers."""

    workers: int
    events: int
    seconds: float
    rows: int
    distinct_ids: int
    drift: list[dict[str, Any]] = field(repr=False)
    consumed: list[int]
    load: tuple[float, float, float]
    expected_drift: int

    @property
    def events_per_s(self) -> float:
        return self.events / self.seconds


def run_once(bootstrap: str, data_dir: Path, workers: int, stream: list[Message], **extra: str) -> RunResult:
    """Start the stack with ``workers`` workers, produce ``stream``, wait for every row and closed tick."""
    env = scaling_env(bootstrap, data_dir, **extra)
    n = len(stream)
    want_drift = expected_drift_rows(stream)
    with stack(env, workers) as (sink, started):
        t0 = time.perf_counter()
        produce(bootstrap, env.events_topic, stream)
        sink.wait_for(lambda: sink.rows_written() >= n, 1800, f"{n} rows stored")
        seconds = time.perf_counter() - t0
        load = os.getloadavg()
        sink.wait_for(lambda: (sink.health() or {}).get("features_forwarded") == n, 300, "every event's features")
        deadline = time.monotonic() + 600
        while drift_row_count(env) < want_drift:
            if time.monotonic() > deadline:
                raise RuntimeError(f"timed out waiting for {want_drift} drift_metrics rows")
            time.sleep(1.0)
        time.sleep(2.0)  # anything beyond the expected rows (a tick counted twice) would show up now
        counts = env.query("SELECT count() AS n, uniqExact(event_id) AS u FROM driftline.llm_events")[0]
        consumed = [int((w.health() or {}).get("events_consumed", -1)) for w in started]
        drift = drift_rows(env)
    return RunResult(workers, n, seconds, int(counts["n"]), int(counts["u"]), drift, consumed, load, want_drift)


def check(result: RunResult, reference: RunResult | None) -> list[str]:
    """What is wrong with a run's statistics (empty: every check passed)."""
    problems = []
    if result.rows != result.events:
        problems.append(f"llm_events has {result.rows} rows for {result.events} events")
    if result.distinct_ids != result.rows:
        problems.append(f"{result.rows - result.distinct_ids} duplicate event_ids")
    if len(result.drift) != result.expected_drift:
        problems.append(f"{len(result.drift)} drift_metrics rows, expected {result.expected_drift}")
    if reference is not None and result.drift != reference.drift:
        differing = sum(a != b for a, b in zip(result.drift, reference.drift, strict=False))
        problems.append(
            f"drift_metrics differ from N={reference.workers}: {differing} of {len(reference.drift)} rows "
            f"({len(result.drift)} vs {len(reference.drift)} rows)"
        )
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=16_000)
    ap.add_argument("--segments", type=int, default=16)
    ap.add_argument("--runs", type=int, default=3, help="runs per worker count (median reported)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--reference-events", type=int, default=500, help="DRIFTLINE_DRIFT_REFERENCE_EVENTS")
    ap.add_argument("--json", type=Path, help="append one JSON line per run here")
    ap.add_argument("--person", action="store_true", help="PERSON detection on (every detector, as by default)")
    args = ap.parse_args()
    stream = scaling_stream(args.events, args.segments)
    extra = {"DRIFTLINE_DRIFT_REFERENCE_EVENTS": str(args.reference_events)}
    if args.person:
        extra["DRIFTLINE_PII_PERSON"] = "true"
    results: dict[int, list[RunResult]] = {n: [] for n in args.workers}
    failures: list[str] = []
    reference: RunResult | None = None
    print(f"{len(stream)} events, {args.segments} segments, {PARTITIONS} input partitions; load {os.getloadavg()}")
    with (
        tempfile.TemporaryDirectory(prefix="bench-scaling-") as tmp,
        EmbeddedBroker(port=0, log_file=Path(tmp) / "broker.log") as broker,
    ):
        for run in range(args.runs):
            for n in args.workers:
                result = run_once(broker.bootstrap, Path(tmp) / f"n{n}-r{run}", n, stream, **extra)
                if reference is None and n == min(args.workers):
                    reference = result
                problems = check(result, reference)
                failures += [f"N={n} run {run}: {p}" for p in problems]
                results[n].append(result)
                print(
                    f"N={n} run {run}: {result.events_per_s:,.0f} events/s ({result.seconds:.1f} s), rows "
                    f"{result.rows}, distinct {result.distinct_ids}, drift rows {len(result.drift)}, consumed per "
                    f"worker {result.consumed}, load {tuple(round(x, 2) for x in result.load)}: "
                    + ("statistics OK" if not problems else "; ".join(problems)),
                    flush=True,
                )
                if args.json:
                    with args.json.open("a") as fh:
                        record = {k: v for k, v in result.__dict__.items() if k != "drift"}
                        record.update(events_per_s=result.events_per_s, problems=problems)
                        fh.write(json.dumps(record) + "\n")
    base = statistics.median(r.events_per_s for r in results[min(args.workers)])
    print("\n| workers | events/s (median) | runs | vs N=1 | statistics identical to N=1 |")
    print("|---|---|---|---|---|")
    for n, runs in results.items():
        median = statistics.median(r.events_per_s for r in runs)
        ok = not any(f.startswith(f"N={n} ") for f in failures)
        print(
            f"| {n} | {median:,.0f} | {', '.join(f'{r.events_per_s:,.0f}' for r in runs)} | "
            f"{median / base:.2f}x | {'yes' if ok else 'NO'} |"
        )
    print(f"load average after: {os.getloadavg()}")
    for failure in failures:
        print("FAILED:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
