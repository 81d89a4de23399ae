"""Issue 4 measurement: drift_metrics of one worker (direct mode) vs sink + two topic-mode workers.

Runs each named scenario on one embedded broker over the same stream (the drift stream of
``tests/integration/test_multi_worker.py``), saves its drift_metrics rows and firing alerts as
JSON under OUT, then compares every pair column by column. Scenarios: names starting with ``one``
(one direct-mode worker) or anything else (sink + two workers). Takes minutes per scenario.

Run: ``PYTHONPATH=. .venv/bin/python scripts/measure_drift_scaling.py OUT one1 two1 one2``
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from streams.broker import EmbeddedBroker
from streams.kafka import ensure_topics
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.test_multi_worker import (
    PARTITIONS,
    drift_rows,
    drift_stream,
    firing,
    processes,
    produce_to_partitions,
    split_between,
    ticks_done,
    topic_env,
)

DRIFT = {"DRIFTLINE_DRIFT_REFERENCE_EVENTS": "500", "DRIFTLINE_PII_PERSON": "false"}


def run(broker: EmbeddedBroker, out: Path, name: str, stream: list[tuple[int, bytes, bytes]]) -> None:
    if name.startswith("one"):
        env = WorkerEnv(broker.bootstrap, out / name, extra={"DRIFTLINE_TOPIC_PARTITIONS": str(PARTITIONS), **DRIFT})
        asyncio.run(ensure_topics(env.settings()))
        produce_to_partitions(broker.bootstrap, env.events_topic, stream)
        worker = WorkerProcess(env)
        try:
            worker.wait_for(lambda: worker.rows_written() >= len(stream), 600, "rows")
            worker.wait_for(lambda: ticks_done(env), 300, "ticks")
            rows, alerts = drift_rows(env), firing(env)
        finally:
            worker.stop()
    else:
        env = topic_env(broker, out / name, **DRIFT)
        with processes(env, workers=2) as (sink, workers):
            sink.wait_for(lambda: split_between(workers), 120, "split")
            produce_to_partitions(broker.bootstrap, env.events_topic, stream)
            sink.wait_for(lambda: sink.rows_written() >= len(stream), 600, "rows")
            sink.wait_for(lambda: ticks_done(env), 300, "ticks")
            rows, alerts = drift_rows(env), firing(env)
    (out / f"{name}.json").write_text(json.dumps({"rows": rows, "alerts": alerts}))


def compare(out: Path, left: str, right: str) -> None:
    def load(name: str) -> dict[str, Any]:
        return dict(json.loads((out / f"{name}.json").read_text()))

    a, b = load(left), load(right)

    def keyed(rows: list[dict[str, Any]]) -> dict[tuple[Any, ...], dict[str, Any]]:
        return {(r["app"], r["signal"], r["detector"], r["tick_time"]): r for r in rows}

    ka, kb = keyed(a["rows"]), keyed(b["rows"])
    common = set(ka) & set(kb)
    columns = Counter(c for k in common for c in ka[k] if ka[k][c] != kb[k][c])
    post = [k for k in common if ka[k]["status"] != "warming_up"]
    material = sum(abs(ka[k]["statistic"] - kb[k]["statistic"]) > 1e-9 for k in post)
    same_alerts = a["alerts"] == b["alerts"]
    print(
        f"{left} vs {right}: rows {len(ka)}/{len(kb)}, same keys {len(common)}, identical rows "
        f"{sum(ka[k] == kb[k] for k in common)}, differing columns {dict(columns)}, "
        f"post-warm-up statistic differs by >1e-9 in {material} of {len(post)}, alerts equal {same_alerts}"
    )


def main() -> None:
    out, names = Path(sys.argv[1]), sys.argv[2:]
    out.mkdir(parents=True, exist_ok=True)
    stream = drift_stream()
    with EmbeddedBroker(port=0, log_file=out / "broker.log") as broker:
        for name in names:
            run(broker, out, name, stream)
    for left, right in itertools.combinations(names, 2):
        compare(out, left, right)


if __name__ == "__main__":
    main()
