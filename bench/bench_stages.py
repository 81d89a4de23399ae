"""CPU per event of each ingest stage, in one process, without Kafka: where a worker's time goes.

Runs the functions the worker calls, in the worker's order, on :mod:`workload` events: validate
(``split_batch``), row building (``event_to_row``), detectors (``DetectorEnricher.enrich``), store
(``ClickHouseSink.write_events`` into a fresh chdb store, migrations applied), features
(``features_by_segment``), features codec (encode + decode), drift (``DriftStage.apply``, tick
inserts included). Prints CPU microseconds per event (``time.process_time``: all threads of the
process, chdb's included) and wall microseconds.

    .venv/bin/python bench/bench_stages.py --events 8000 --batch 2000 [--person]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from workload import build_events, encode, malformed_message

from schemas.settings import Settings
from streams.drift_stage import DriftStage, drift_config, features_by_segment, segment_key_text
from streams.enrich import DetectorEnricher
from streams.features_codec import decode_features, encode_features, split_features
from streams.ingest import RawMessage, event_to_row, split_batch
from streams.metrics import Metrics
from streams.sink import ClickHouseSink
from streams.store import StoreExecutor, open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=8000)
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--person", action="store_true", help="PERSON detection on (spaCy NER)")
    args = parser.parse_args()
    events = build_events(args.events, seed=0, run="stages")
    now = time.time()
    messages = [
        RawMessage(encode(e, now) if e is not None else malformed_message(i), "t", i % 4, i)
        for i, e in enumerate(events)
    ]
    tmp = tempfile.mkdtemp()
    settings = Settings(data_dir=Path(tmp), pii_person=args.person, clickhouse_url=f"chdb://{tmp}/store")
    enricher = DetectorEnricher(settings, b"salt")
    store = open_store(settings.resolved_clickhouse_url(), "driftline")
    store.migrate()
    sink = ClickHouseSink(StoreExecutor(store), Metrics())
    stage = DriftStage(drift_config(settings), sink, 30.0)
    cpu: dict[str, float] = collections.defaultdict(float)
    wall: dict[str, float] = collections.defaultdict(float)
    detector_wall: dict[str, float] = collections.defaultdict(float)  # Enrichment.timings, inside "detectors"

    @contextlib.contextmanager
    def timed(name: str) -> Iterator[None]:
        c, w = time.process_time(), time.perf_counter()
        yield
        cpu[name] += time.process_time() - c
        wall[name] += time.perf_counter() - w

    async def run() -> None:
        for start in range(0, len(messages), args.batch):
            batch = messages[start : start + args.batch]
            with timed("validate"):
                accepted, _ = split_batch(batch, 1_000_000)
            with timed("rows"):
                rows = [event_to_row(e, m, b"salt") for m, e in accepted]
            evs = [e for _, e in accepted]
            with timed("detectors"):
                result = enricher.enrich(evs, rows)
            for name, seconds in result.timings.items():
                detector_wall[name] += seconds
            with timed("store"):
                ids = await sink.write_events(rows)
            with timed("features"):
                feats = features_by_segment(evs, result, set(ids))
            with timed("encode"):
                blobs = [encode_features(s, c) for s, f in feats.items() for c in split_features(f, 400)]
            with timed("decode"):
                decoded = [decode_features(b) for b in blobs]
            with timed("drift"):
                for k, (segment, f) in enumerate(decoded):
                    key = segment_key_text(segment)
                    state, due = await stage.apply(key, None, f, start + k)
                    if due:
                        stage.checkpoint(key, state)

    asyncio.run(run())
    n = len(messages)
    print(f"{n:,} events, batches of {args.batch}, PERSON {'on' if args.person else 'off'}")
    print(f"{'stage':12s} {'CPU us/event':>13s} {'wall us/event':>14s}")
    for name in ("validate", "rows", "detectors", "store", "features", "encode", "decode", "drift"):
        print(f"{name:12s} {cpu[name] / n * 1e6:13.0f} {wall[name] / n * 1e6:14.0f}")
    print(f"{'total':12s} {sum(cpu.values()) / n * 1e6:13.0f} {sum(wall.values()) / n * 1e6:14.0f}")
    print("inside detectors, wall us/event: " + ", ".join(f"{k} {v / n * 1e6:.0f}" for k, v in detector_wall.items()))


if __name__ == "__main__":
    main()
