"""Every benchmark, side by side, in one run (``make bench``): the figures of ``docs/benchmarks.md``.

1. End-to-end ingest on the real stack (:mod:`bench_ingest`), max rate, with the bare client
   ceiling: every detector on (the default settings); PERSON off; detectors off (the framework's
   ceiling: validate + store only).
2. Produce→row latency at a fixed rate (default 1,000 events/s), every detector on.
3. Each detector against its peer, in-process: PII vs Presidio regex-only (``bench_pii``),
   toxicity vs alt-profanity-check (``bench_toxicity``), the static embedding vs MiniLM
   (``bench_embeddings``).
4. With ``--scaling``: 1, 2 and 4 workers in sink mode (:mod:`bench_scaling`), events/s and a check
   that the statistics equal one worker's (~10 min per round; not part of the default run).

Everything printed is also written to ``bench/results/run_all-<UTC time>.txt`` with the load
average before each step; ingest summaries go to ``....jsonl`` (one JSON object per configuration).

    .venv/bin/python bench/run_all.py                  # ~1 h on a quiet 2-core machine
    .venv/bin/python bench/run_all.py --quick          # smaller: 5,000 events, 2 runs, fewer texts
    make bench ARGS="--skip-detectors"
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate", type=float, default=1000.0, help="events/s of the latency run")
    parser.add_argument("--quick", action="store_true", help="5,000 events, 2 runs, small detector corpora")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-detectors", action="store_true")
    parser.add_argument("--scaling", action="store_true", help="also run bench_scaling (1, 2, 4 workers)")
    args = parser.parse_args()
    events, runs = (5_000, 2) if args.quick else (args.events, args.runs)
    n_texts = "1000" if args.quick else "4000"

    stamp = time.strftime("%Y%m%d-%H%M", time.gmtime())
    out_dir = BENCH / "results"
    out_dir.mkdir(exist_ok=True)
    log_path, jsonl = out_dir / f"run_all-{stamp}.txt", out_dir / f"run_all-{stamp}.jsonl"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    env.setdefault("DRIFTLINE_MODEL_DIR", str(ROOT / ".models"))
    py = sys.executable
    ingest = [py, str(BENCH / "bench_ingest.py"), "--events", str(events), "--runs", str(runs), "--json", str(jsonl)]
    steps: list[tuple[str, list[str]]] = []
    if not args.skip_ingest:
        steps += [
            ("ingest, every detector on, max rate", [*ingest, "--config", "all-detectors"]),
            ("ingest, PERSON off, max rate", [*ingest, "--config", "no-person", "--set", "PII_PERSON=false"]),
            (
                "ingest, detectors off (framework ceiling), max rate",
                [*ingest, "--config", "detectors-off", "--set", "DETECTORS_ENABLED=false"],
            ),
            (
                f"ingest latency, every detector on, {args.rate:g} events/s",
                [*ingest, "--config", "all-detectors", "--rate", str(args.rate)],
            ),
        ]
    if not args.skip_detectors:
        runs_d = "3" if args.quick else "5"
        steps += [
            (
                "PII: driftline vs Presidio (regex-only)",
                [py, str(BENCH / "bench_pii.py"), "--n", n_texts, "--runs", runs_d],
            ),
            (
                "toxicity: builtin vs alt-profanity-check",
                [py, str(BENCH / "bench_toxicity.py"), "--n", n_texts, "--runs", runs_d],
            ),
            ("embeddings: static (fast) vs MiniLM (quality)", [py, str(BENCH / "bench_embeddings.py")]),
        ]

    if args.scaling:
        scaling = [
            py,
            str(BENCH / "bench_scaling.py"),
            "--runs",
            str(runs),
            "--json",
            str(out_dir / f"scaling-{stamp}.jsonl"),
        ]
        if args.quick:
            scaling += ["--events", "4800", "--segments", "8", "--workers", "1", "2"]
        steps.append(("worker scaling: 1, 2, 4 workers, sink mode, statistics vs 1 worker", scaling))

    failed = 0
    with log_path.open("w", encoding="utf-8") as log:

        def say(text: str) -> None:
            print(text, flush=True)
            log.write(text + "\n")
            log.flush()

        say(f"driftline benchmarks {stamp} UTC; results in {log_path.relative_to(ROOT)} and {jsonl.name}")
        for title, command in steps:
            uptime = subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()
            say(f"\n=== {title}\n$ {' '.join(Path(c).name if c == py else c for c in command)}\nuptime: {uptime}")
            started = time.monotonic()
            proc = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
            )
            assert proc.stdout is not None
            for line in proc.stdout:
                if "Warning" not in line and "warn(" not in line:
                    say(line.rstrip())
            if proc.wait() != 0:
                failed += 1
                say(f"!!! step failed with exit code {proc.returncode}")
            say(f"({time.monotonic() - started:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
