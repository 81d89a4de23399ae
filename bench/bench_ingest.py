"""End-to-end ingest benchmark on the real stack: embedded Tansu broker → driftline worker → chdb.

Every run gets fresh topics, a fresh store and a fresh ``driftline worker`` process (the same
command users run), fed with :mod:`workload` traffic (realistic texts, 1 % malformed).

Modes:

* ``--rate 0`` (default, *max*): N events are published first; the worker then drains the backlog.
  Sustained events/s = N / (last row stored - first event consumed), polled on ``/health``
  (worker start-up and model loading excluded).
* ``--rate R``: the worker is started and warmed up (200 events stored) first; then N events are
  produced at R events/s, each stamped with its produce time. Latency per row = ``ingested_at`` -
  ``timestamp``, read back from ClickHouse: ``ingested_at`` is stamped when the batch is handed to
  the store, so the insert itself (``store`` stage, reported too) comes on top.

Reported per configuration (median over ``--runs``): events/s; latency p50/p95/p99/max; seconds per
1,000 events of each stage from the worker's ``driftline_stage_seconds`` (validate, enrich -- and
inside it embed, toxicity, pii, redact, refusal, measured in the detector process --, store,
forward); worker CPU seconds per 1,000 events and cores used (the worker process plus its
detector processes, from ``/proc``); peak RSS (``VmHWM``) of each; the load average. The bare
client ceiling (aiokafka consume + ``json.loads`` of the same messages) is measured in max mode.

    .venv/bin/python bench/bench_ingest.py --events 20000 --runs 3                     # max rate
    .venv/bin/python bench/bench_ingest.py --events 20000 --rate 1000 --runs 3         # latency
    .venv/bin/python bench/bench_ingest.py --config detectors-off --set DETECTORS_ENABLED=false
    .venv/bin/python bench/bench_ingest.py --profile bench/results/profile             # + py-spy
    .venv/bin/python bench/bench_ingest.py --events 20000 --rate 80% --runs 3          # at 80 % of max

``--rate P%`` first measures the max rate (one run, same events), then the latency at P % of it: the
produce→row latency at a rate the worker sustains. ``--profile DIR`` writes py-spy's raw stacks of
the worker and its detector processes per run, and a summary beside them (``*-summary.txt``):
per process, the share of samples and the top functions by own time and by inclusive time.

The machine is shared and noisy (2 cores): compare medians, and read them with the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from aiokafka import AIOKafkaConsumer, TopicPartition
from confluent_kafka import Producer
from workload import build_events, encode, malformed_message, mean_sizes

from schemas.settings import Settings
from streams.broker import EmbeddedBroker
from streams.kafka import ensure_topics
from streams.testing import WorkerEnv, WorkerProcess

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("validate", "enrich", "embed", "toxicity", "pii", "redact", "refusal", "store", "forward")
WARMUP = 200


# ----------------------------------------------------------------------------- process accounting
def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


def _cpu_seconds(pid: int) -> float:
    with contextlib.suppress(OSError, IndexError, ValueError):
        fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return 0.0


def _hwm_mb(pid: int) -> float:
    with contextlib.suppress(OSError, IndexError, ValueError):
        for line in (Path("/proc") / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


@dataclass
class Usage:
    """CPU seconds and peak RSS of the worker and its children."""

    cpu_main: float = 0.0
    cpu_children: float = 0.0
    rss_main_mb: float = 0.0
    rss_children_mb: float = 0.0

    @classmethod
    def of(cls, pid: int) -> Usage:
        kids = _children(pid)
        return cls(
            _cpu_seconds(pid),
            sum(_cpu_seconds(k) for k in kids),
            _hwm_mb(pid),
            sum(_hwm_mb(k) for k in kids),
        )


# ----------------------------------------------------------------------------- metrics
def stage_sums(metrics_text: str) -> dict[str, float]:
    """``driftline_stage_seconds_sum`` per stage from a /metrics page."""
    out: dict[str, float] = {}
    for line in metrics_text.splitlines():
        if line.startswith("driftline_stage_seconds_sum{"):
            stage = line.split('stage="', 1)[1].split('"', 1)[0]
            out[stage] = float(line.rsplit(" ", 1)[1])
    return out


def batch_totals(metrics_text: str) -> tuple[float, float]:
    """(events, batches) so far from the ``driftline_batch_events`` histogram of a /metrics page.

    >>> batch_totals("driftline_batch_events_sum 1200.0\\ndriftline_batch_events_count 12.0")
    (1200.0, 12.0)
    """
    found = {"sum": 0.0, "count": 0.0}
    for line in metrics_text.splitlines():
        for key in found:
            if line.startswith(f"driftline_batch_events_{key} "):
                found[key] = float(line.rsplit(" ", 1)[1])
    return found["sum"], found["count"]


# ----------------------------------------------------------------------------- producing
def _producer(bootstrap: str, linger_ms: int) -> Producer:
    return Producer({"bootstrap.servers": bootstrap, "linger.ms": linger_ms, "queue.buffering.max.messages": 500_000})


def _send(producer: Producer, topic: str, key: bytes, value: bytes) -> None:
    while True:
        try:
            producer.produce(topic, value=value, key=key)
            return
        except BufferError:
            producer.poll(0.05)


def publish(bootstrap: str, topic: str, events: list[Any], run: str, rate: float = 0.0) -> tuple[float, float]:
    """Produce ``events`` (at ``rate``/s, or as fast as possible); returns (first, last) produce times."""
    producer = _producer(bootstrap, 5 if rate else 20)
    first = time.time()
    for i, event in enumerate(events):
        if rate:
            delay = first + i / rate - time.time()
            if delay > 0:
                time.sleep(delay)
            producer.poll(0)
        value = encode(event, time.time()) if event is not None else malformed_message(i)
        _send(producer, topic, f"{run}-{i}".encode(), value)
    last = time.time()
    producer.flush(120)
    return first, last


async def client_ceiling(bootstrap: str, topic: str, n: int) -> float:
    """Events/s of a bare aiokafka consumer reading and JSON-decoding the topic (the client ceiling)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest")
    await consumer.start()
    consumer.assign([TopicPartition(topic, p) for p in range(4)])
    await consumer.seek_to_beginning()
    seen, started = 0, None
    try:
        while seen < n:
            batches = await consumer.getmany(timeout_ms=500, max_records=5000)
            for records in batches.values():
                if started is None:
                    started = time.perf_counter()
                for record in records:
                    with contextlib.suppress(ValueError):
                        json.loads(record.value)
                seen += len(records)
    finally:
        await consumer.stop()
    assert started is not None
    return n / (time.perf_counter() - started)


# ----------------------------------------------------------------------------- one run
@dataclass
class RunResult:
    """What one run measured."""

    events_per_s: float
    seconds: float
    cpu_s_per_1k: float
    cores_used: float
    cpu_main_s_per_1k: float
    cpu_children_s_per_1k: float
    rss_main_mb: float
    rss_children_mb: float
    stage_s_per_1k: dict[str, float]
    events_per_batch: float = float("nan")
    latency_ms: dict[str, float] = field(default_factory=dict)
    latency_by_second: list[list[float]] = field(default_factory=list)
    client_ceiling: float | None = None
    load_before: tuple[float, float, float] = (0.0, 0.0, 0.0)
    load_after: tuple[float, float, float] = (0.0, 0.0, 0.0)


class _Poller:
    """Polls /health in the background: when consumption started, when ``target`` rows are stored."""

    def __init__(self, worker: WorkerProcess, target_rows: int, target_consumed: int, every_s: float = 0.25) -> None:
        self.worker, self.target_rows, self.target_consumed = worker, target_rows, target_consumed
        self.every_s = every_s
        self.first_consumed: float | None = None
        self.done_at: float | None = None
        self.usage_start: Usage | None = None
        self.base_consumed = 0

    def run(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.worker.process.poll() is not None:
                raise RuntimeError(f"worker exited:\n{self.worker.log_tail()}")
            health = self.worker.health() or {}
            consumed = int(health.get("events_consumed", 0)) - self.base_consumed
            if consumed > 0 and self.first_consumed is None:
                self.first_consumed = time.time()
                self.usage_start = Usage.of(self.worker.process.pid)
            if int(health.get("rows_written", 0)) >= self.target_rows and consumed >= self.target_consumed:
                self.done_at = time.time()
                return
            time.sleep(self.every_s)
        raise TimeoutError(f"rows not all stored after {timeout_s:.0f}s:\n{self.worker.log_tail()}")


def _latency(env: WorkerEnv, run: str) -> tuple[dict[str, float], list[list[float]]]:
    """Produce→row latency percentiles of a run, and the same per second of produce time.

    ``p99_after_10s`` leaves out events produced in the run's first 10 s (a start-up transient);
    the series is ``[second, p50 ms, max ms, events]`` per second since the run's first event.
    """
    rows_of_run = (
        "SELECT toUnixTimestamp64Milli(timestamp) AS t, toUnixTimestamp64Milli(ingested_at) - t AS d, "
        f"min(t) OVER () AS t0 FROM driftline.llm_events WHERE startsWith(event_id, '{run}-') "
        f"AND NOT startsWith(event_id, '{run}-warm-')"  # the warm-up waited for the worker to start
    )
    rows = env.query(
        "SELECT quantiles(0.5, 0.95, 0.99)(d) AS q, max(d) AS mx, "
        f"quantileIf(0.99)(d, t - t0 >= 10000) AS late99 FROM ({rows_of_run})"
    )
    q = rows[0]["q"]
    summary = {
        "p50": float(q[0]),
        "p95": float(q[1]),
        "p99": float(q[2]),
        "max": float(rows[0]["mx"]),
        "p99_after_10s": float(rows[0]["late99"]),
    }
    series = env.query(
        "SELECT intDiv(t - t0, 1000) AS sec, quantile(0.5)(d) AS p50, max(d) AS mx, count() AS n "
        f"FROM ({rows_of_run}) GROUP BY sec ORDER BY sec"
    )
    return summary, [[float(r["sec"]), float(r["p50"]), float(r["mx"]), float(r["n"])] for r in series]


def _spy(pid: int, out: Path) -> subprocess.Popen[bytes]:
    out.parent.mkdir(parents=True, exist_ok=True)
    spy = Path(sys.executable).with_name("py-spy")
    return subprocess.Popen(
        [
            str(spy),
            "record",
            "--pid",
            str(pid),
            "--subprocesses",
            "--rate",
            "50",
            "--format",
            "raw",
            "--nonblocking",
            "-o",
            str(out),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _frame_name(frame: str) -> str:
    """``fn (path/file.py:123)`` -> ``fn (path/file.py)``: own time per function, not per line."""
    head, _, where = frame.rpartition(" (")
    return f"{head} ({where.rsplit(':', 1)[0]})" if head and where.endswith(")") else frame


def summarise_profile(raw: Path, worker_pid: int, top: int = 20) -> str:
    """Per process of a py-spy ``--format raw`` profile: sample share, top functions by own and inclusive time."""
    own: dict[str, dict[str, int]] = {}
    incl: dict[str, dict[str, int]] = {}
    totals: dict[str, int] = {}
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = stack.split(";")
        procs = [f for f in frames if f.startswith("process ")]
        pid = procs[-1].split(":", 1)[0].removeprefix("process ") if procs else "?"
        name = "worker" if pid == str(worker_pid) else f"child {pid}"
        code = [_frame_name(f) for f in frames if not f.startswith(("process ", "thread "))]
        if not code:
            continue
        n = int(count)
        totals[name] = totals.get(name, 0) + n
        own.setdefault(name, {})[code[-1]] = own.get(name, {}).get(code[-1], 0) + n
        for frame in set(code):
            incl.setdefault(name, {})[frame] = incl.get(name, {}).get(frame, 0) + n
    everything = sum(totals.values()) or 1
    out = [f"py-spy profile {raw.name}: {everything:,} samples (idle threads excluded)"]
    for name, total in sorted(totals.items(), key=lambda kv: -kv[1]):
        out.append(f"\n== {name}: {total:,} samples, {100 * total / everything:.0f} % of all")
        for label, table in (("own time", own[name]), ("inclusive", incl[name])):
            out.append(f"  top by {label} (% of this process):")
            for frame, n in sorted(table.items(), key=lambda kv: -kv[1])[:top]:
                out.append(f"    {100 * n / total:5.1f} %  {frame}")
    return "\n".join(out)


def one_run(
    broker: EmbeddedBroker, tmp: Path, args: argparse.Namespace, run_no: int, extra: dict[str, str]
) -> RunResult:
    env = WorkerEnv(broker.bootstrap, tmp / f"run{run_no}", extra={"DRIFTLINE_BATCH_MAX_EVENTS": "2000", **extra})
    asyncio.run(ensure_topics(Settings.model_validate(_topic_settings(env))))
    run = f"{env.name}-r{run_no}"
    events = build_events(args.events, seed=run_no, run=run, short=args.short_texts)
    n_valid = sum(e is not None for e in events)
    load_before = os.getloadavg()
    ceiling = None
    if not args.rate:
        publish(broker.bootstrap, env.events_topic, events, run)
        if not args.no_ceiling:
            ceiling = asyncio.run(client_ceiling(broker.bootstrap, env.events_topic, len(events)))
    worker = WorkerProcess(env, label="bench")
    spy = None
    try:
        worker.wait_for(lambda: worker.health() is not None, 600, "worker start")
        base_rows = 0
        if args.rate:  # warm up: group joined, models loaded, first batches stored
            warm = build_events(WARMUP, seed=10_000 + run_no, run=f"{run}-warm", bad_rate=0)
            publish(broker.bootstrap, env.events_topic, warm, f"{run}-warm")
            worker.wait_for(lambda: worker.rows_written() >= WARMUP, 300, "warm-up rows")
            base_rows = worker.rows_written()
        poller = _Poller(worker, base_rows + n_valid, len(events))
        poller.base_consumed = int((worker.health() or {}).get("events_consumed", 0))
        page = worker.metrics()
        metrics_before, batches_before = stage_sums(page), batch_totals(page)
        raw_profile = Path(args.profile or ".") / f"{args.config}-run{run_no}.txt"
        if args.profile:
            spy = _spy(worker.process.pid, raw_profile)
        if args.rate:
            producing = threading.Thread(
                target=publish, args=(broker.bootstrap, env.events_topic, events, run, args.rate), daemon=True
            )
            producing.start()
        poller.run(timeout_s=1800)
        usage_end = Usage.of(worker.process.pid)
        page = worker.metrics()
        metrics_after, batches_after = stage_sums(page), batch_totals(page)
        assert poller.first_consumed is not None and poller.done_at is not None and poller.usage_start is not None
        seconds = poller.done_at - poller.first_consumed
        latency, latency_series = _latency(env, run) if args.rate else ({}, [])
    finally:
        if spy is not None:
            spy.send_signal(2)
            with contextlib.suppress(subprocess.TimeoutExpired):
                spy.wait(60)
        worker.stop()
    if spy is not None and raw_profile.exists():
        summary = summarise_profile(raw_profile, worker.process.pid)
        raw_profile.with_name(raw_profile.stem + "-summary.txt").write_text(summary + "\n", encoding="utf-8")
        print(summary, flush=True)
    per_1k = 1000 / len(events)
    cpu_main = usage_end.cpu_main - poller.usage_start.cpu_main
    cpu_kids = usage_end.cpu_children - poller.usage_start.cpu_children
    return RunResult(
        events_per_s=len(events) / seconds,
        seconds=seconds,
        cpu_s_per_1k=(cpu_main + cpu_kids) * per_1k,
        cores_used=(cpu_main + cpu_kids) / seconds,
        cpu_main_s_per_1k=cpu_main * per_1k,
        cpu_children_s_per_1k=cpu_kids * per_1k,
        rss_main_mb=usage_end.rss_main_mb,
        rss_children_mb=usage_end.rss_children_mb,
        stage_s_per_1k={
            s: (metrics_after.get(s, 0.0) - metrics_before.get(s, 0.0)) * per_1k for s in STAGES if s in metrics_after
        },
        events_per_batch=(batches_after[0] - batches_before[0]) / max(1.0, batches_after[1] - batches_before[1]),
        latency_ms=latency,
        latency_by_second=latency_series,
        client_ceiling=ceiling,
        load_before=load_before,
        load_after=os.getloadavg(),
    )


def _topic_settings(env: WorkerEnv) -> dict[str, str]:
    return {
        "kafka_bootstrap": env.bootstrap,
        **{
            k.removeprefix("DRIFTLINE_").lower(): v
            for k, v in env.variables().items()
            if k.startswith("DRIFTLINE_TOPIC")
        },
    }


# ----------------------------------------------------------------------------- summary
def _median(values: list[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


def summarise(results: list[RunResult]) -> dict[str, Any]:
    """Medians over runs (each figure separately)."""
    stages = sorted({s for r in results for s in r.stage_s_per_1k}, key=STAGES.index)
    keys = ("p50", "p95", "p99", "max", "p99_after_10s")
    return {
        "runs": len(results),
        "events_per_s": _median([r.events_per_s for r in results]),
        "events_per_s_each": [round(r.events_per_s, 1) for r in results],
        "cpu_s_per_1k": _median([r.cpu_s_per_1k for r in results]),
        "cpu_main_s_per_1k": _median([r.cpu_main_s_per_1k for r in results]),
        "cpu_children_s_per_1k": _median([r.cpu_children_s_per_1k for r in results]),
        "cores_used": _median([r.cores_used for r in results]),
        "rss_main_mb": max(r.rss_main_mb for r in results),
        "rss_children_mb": max(r.rss_children_mb for r in results),
        "rss_total_mb": max(r.rss_main_mb + r.rss_children_mb for r in results),
        "stage_s_per_1k": {s: _median([r.stage_s_per_1k.get(s, 0.0) for r in results]) for s in stages},
        "events_per_batch": _median([r.events_per_batch for r in results]),
        "latency_ms": {k: _median([r.latency_ms[k] for r in results]) for k in keys} if results[0].latency_ms else {},
        "latency_by_second": [r.latency_by_second for r in results],
        "client_ceiling": _median([r.client_ceiling for r in results if r.client_ceiling is not None]),
        "load_1min": [round(r.load_before[0], 2) for r in results] + [round(results[-1].load_after[0], 2)],
    }


def describe(name: str, s: dict[str, Any]) -> str:
    """One human-readable block for a configuration's summary."""
    lines = [
        f"[{name}] median of {s['runs']} runs: {s['events_per_s']:,.0f} events/s (runs: {s['events_per_s_each']}); "
        f"load average (1 min) during runs {s['load_1min']}",
        f"  worker CPU {s['cpu_s_per_1k']:.2f} s per 1,000 events (main {s['cpu_main_s_per_1k']:.2f}, "
        f"detector processes {s['cpu_children_s_per_1k']:.2f}), {s['cores_used']:.2f} cores used, "
        f"{s['events_per_batch']:.0f} events per ingest batch",
        f"  peak RSS: worker {s['rss_main_mb']:,.0f} MB + detector processes {s['rss_children_mb']:,.0f} MB "
        f"= {s['rss_total_mb']:,.0f} MB",
        "  stage seconds per 1,000 events: "
        + ", ".join(f"{k} {v:.2f}" for k, v in s["stage_s_per_1k"].items())
        + "  (embed/toxicity/pii/redact/refusal are inside enrich, in the detector process)",
    ]
    if s["latency_ms"]:
        lat = s["latency_ms"]
        lines.append(
            f"  produce→row (to store hand-off) ms: p50 {lat['p50']:,.0f}  p95 {lat['p95']:,.0f}  "
            f"p99 {lat['p99']:,.0f}  max {lat['max']:,.0f}  (p99 after the first 10 s {lat['p99_after_10s']:,.0f})"
        )
        for series in s["latency_by_second"]:
            slowest = sorted(series, key=lambda row: -row[2])[:5]
            lines.append(
                "  slowest seconds of produce time (second: max ms): "
                + ", ".join(f"+{sec:.0f}s: {mx:,.0f}" for sec, _, mx, _ in slowest)
            )
    if s["client_ceiling"] == s["client_ceiling"]:  # not NaN
        lines.append(
            f"  client ceiling (aiokafka consume + json.loads, same topic): {s['client_ceiling']:,.0f} events/s"
        )
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    """Machine, versions and git revision recorded with every result."""
    from importlib.metadata import version

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        "?",
    )
    mem = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
    rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False)
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "mem_gb": round(int(mem) / 1024**2, 1),
        "python": sys.version.split()[0],
        "versions": {p: version(p) for p in ("faust-streaming", "aiokafka", "chdb", "clickhouse-connect", "numpy")},
        "git": rev.stdout.strip() + (" + uncommitted changes" if _dirty() else ""),
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def _dirty() -> bool:
    done = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True, check=False)
    return bool(done.stdout.strip())


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--rate",
        default="0",
        help="events/s to produce at (0: backlog, max rate); 'P%%': P %% of the max rate, measured first",
    )
    parser.add_argument("--config", default="all-detectors", help="a name for this configuration")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="DRIFTLINE_* setting for the worker, e.g. --set PII_PERSON=false (repeatable)",
    )
    parser.add_argument("--no-ceiling", action="store_true", help="skip the bare aiokafka baseline")
    parser.add_argument(
        "--short-texts", action="store_true", help="the integration tests' fixed ~60-character texts instead"
    )
    parser.add_argument("--profile", help="directory for py-spy raw profiles of the worker (and its children)")
    parser.add_argument("--json", help="append the summary as one JSON line to this file")
    args = parser.parse_args(argv)
    extra = {f"DRIFTLINE_{k.upper()}": v for k, v in (item.split("=", 1) for item in args.set)}
    results = []
    max_rate = None
    with tempfile.TemporaryDirectory() as tmp, EmbeddedBroker(port=0) as broker:
        if args.rate.endswith("%"):
            fraction = float(args.rate[:-1]) / 100
            probe = argparse.Namespace(**{**vars(args), "rate": 0.0, "no_ceiling": True, "profile": None})
            max_rate = one_run(broker, Path(tmp), probe, args.runs, extra).events_per_s
            args.rate = round(fraction * max_rate, 1)
            print(f"max rate {max_rate:,.0f} events/s; latency runs at {args.rate:,.0f} events/s", flush=True)
        args.rate = float(args.rate)
        for run_no in range(args.runs):
            results.append(one_run(broker, Path(tmp), args, run_no, extra))
            r = results[-1]
            lat = f", p99 {r.latency_ms['p99']:,.0f} ms" if r.latency_ms else ""
            print(
                f"run {run_no}: {r.events_per_s:,.0f} events/s{lat}, {r.cpu_s_per_1k:.2f} CPU-s/1k, "
                f"load {r.load_before[0]:.1f}",
                flush=True,
            )
    summary = summarise(results)
    record = {
        "config": args.config,
        "mode": f"{args.rate:g}/s" if args.rate else "max",
        "max_rate_probe": max_rate,
        "events": args.events,
        "settings": args.set,
        "workload": mean_sizes(build_events(2000, seed=0, run="x", short=args.short_texts)),
        "summary": summary,
        "runs": [asdict(r) for r in results],
        "machine": machine(),
    }
    print(describe(f"{args.config}, {record['mode']}, {args.events:,} events", summary), flush=True)
    if args.json:
        with open(args.json, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
    return record


if __name__ == "__main__":
    main()
