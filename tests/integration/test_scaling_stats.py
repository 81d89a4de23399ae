"""Issue 7: N workers give the statistics of one (no event counted twice or missed).

The scaling benchmark's setup (``bench/bench_scaling.py``) at a small size: an embedded broker, an
8-partition input topic, one sink process and one or two worker processes in one group. The same
seeded events over 8 segments (one per input partition) go through both; every row must be stored once and the
``drift_metrics`` rows (all columns but the wall-clock ``written_at``) must be identical.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.bench_scaling import run_once, scaling_stream
from streams.broker import EmbeddedBroker

pytestmark = pytest.mark.integration

EVENTS = 4800  # 600 per segment: a 500-event reference, then 100 monitored events
# (much shorter references make the rate detectors' calibration slow: docs/benchmarks.md)
DRIFT = {"DRIFTLINE_DRIFT_REFERENCE_EVENTS": "500"}


def test_two_workers_store_every_event_once_and_the_drift_metrics_of_one(
    broker: EmbeddedBroker, tmp_path: Path
) -> None:
    stream = scaling_stream(EVENTS, segments=8)
    one = run_once(broker.bootstrap, tmp_path / "one", 1, stream, **DRIFT)
    two = run_once(broker.bootstrap, tmp_path / "two", 2, stream, **DRIFT)
    for run in (one, two):
        assert (run.rows, run.distinct_ids) == (EVENTS, EVENTS)
        assert len(run.drift) == run.expected_drift > 0
    assert all(n > 0 for n in two.consumed), two.consumed  # both workers took segments
    statuses = {row["status"] for row in one.drift}
    assert {"warming_up", "ok"} <= statuses, statuses  # statistics after warm-up are compared too
    assert sum(float(row["statistic"]) != 0.0 for row in one.drift if row["status"] == "ok") > 100
    assert two.drift == one.drift
