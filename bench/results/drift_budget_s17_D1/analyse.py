"""Tables and the pre-registered verdict for the drift budget split D1 (session 17).

Reads the ``drift_replay_s17_{base,D1}_*.json`` results in this directory (seeds 126-135, baseline =
the session-16 ARLs at HEAD 0b0f22e, D1 = this patch) and, when they still exist, the replays' metrics
files for the thresholds; prints markdown. Rule (docs/preregistrations/preregister17_drift_D1.md),
over the 60 wave streams: (a) delays over target under D1 <= under HEAD; (b) no scenario's median
delay higher under D1 by more than 10 events; (c) stable-stream alarms under D1 <= under HEAD;
(d) ruff / mypy / unit checks pass (recorded by hand, not here).

    python3 bench/results/drift_budget_s17_D1/analyse.py > bench/results/drift_budget_s17_D1/tables.md
"""

from __future__ import annotations

import json
import math
import statistics
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARMS = ("base", "D1")
LABEL = {"base": "HEAD (s16 ARLs)", "D1": "D1"}
TARGETS = {
    "toxic_wave": 100,
    "toxic_wave_nobase": 100,
    "pii_wave": 100,
    "pii_wave_nobase": 100,
    "refusal_wave": 100,
    "latency_doubling": 60,
}
#: The signal whose delay counts (refusal wave: the first of its two expected signals).
SIGNAL = {
    "toxic_wave": "toxicity",
    "toxic_wave_nobase": "toxicity",
    "pii_wave": "pii",
    "pii_wave_nobase": "pii",
    "refusal_wave": "first",
    "latency_doubling": "latency_drift",
}
#: Design budgets per event (detectors.drift.segment.design_false_alarm_rate of each arm's DriftConfig()).
DESIGN = {"base": 1 / 4.8e5 + 2.9e-6, "D1": 1 / 4.8e5 + 2.9e-6 / 3}
THRESHOLDS = [
    ("toxicity", "prompt_score_threshold"),
    ("toxicity", "response_threshold"),
    ("pii", "response_threshold"),
    ("pii", "prompt_threshold"),
    ("error_rate", "error_threshold"),
    ("refusal_rate", "refusal_threshold"),
    ("latency_drift", "latency_threshold"),
]


def load() -> dict[str, list[dict]]:
    runs: dict[str, list[dict]] = {}
    for arm in ARMS:
        runs[arm] = []
        for f in sorted(HERE.glob(f"drift_replay_s17_{arm}_*.json")):
            runs[arm].extend(json.loads(f.read_text(encoding="utf-8"))["runs"])
    return runs


def delay(run: dict, scenario: str) -> float:
    """Events from onset to the first firing alert of the scenario's signal (inf: not caught)."""
    sig = SIGNAL[scenario]
    ds = [d for d in run["delays"].values() if d is not None] if sig == "first" else [run["delays"].get(sig)]
    ds = [d for d in ds if d is not None]
    return float(min(ds)) if ds else math.inf


def fmt(x: float) -> str:
    return "-" if x == math.inf else f"{x:g}"


def thresholds(run: dict) -> dict[tuple[str, str], float]:
    """Each detector's threshold at the first monitored tick (needs the replay's metrics file)."""
    out: dict[tuple[str, str], float] = {}
    path = Path(run["events_file"]).with_suffix(".metrics.jsonl")
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["status"] == "warming_up":
                continue
            for key, v in r["details"].items():
                if key.endswith("_threshold") and (r["signal"], key) not in out:
                    out[(r["signal"], key)] = float(v)
    return out


def main() -> None:
    runs = load()
    idx = {(arm, r["scenario"], r["seed"]): r for arm in ARMS for r in runs[arm]}
    seeds = sorted({r["seed"] for arm in ARMS for r in runs[arm]})
    complete = all((arm, s, sd) in idx for arm in ARMS for s in [*TARGETS, "stable"] for sd in seeds)
    print(f"Seeds {seeds[0]}-{seeds[-1]} ({len(seeds)}); every (arm, scenario, seed) present: {complete}.\n")

    print("## Delays (events from onset to the first alert of the expected signal; '-' = not caught)\n")
    print("| scenario (target) | arm | " + " | ".join(f"s{s}" for s in seeds) + " | median | max | over target |")
    print("|---|---|" + "---|" * len(seeds) + "---|---|---|")
    med: dict[tuple[str, str], float] = {}
    over: dict[str, int] = defaultdict(int)
    for scn, target in TARGETS.items():
        for arm in ARMS:
            ds = [delay(idx[(arm, scn, sd)], scn) for sd in seeds if (arm, scn, sd) in idx]
            med[(arm, scn)] = statistics.median(ds)
            n_over = sum(d > target for d in ds)
            over[arm] += n_over
            cells = [fmt(delay(idx[(arm, scn, sd)], scn)) if (arm, scn, sd) in idx else "·" for sd in seeds]
            name = f"{scn} (≤{target}, {SIGNAL[scn]})"
            print(
                f"| {name} | {LABEL[arm]} | "
                + " | ".join(cells)
                + f" | {fmt(med[(arm, scn)])} | {fmt(max(ds))} | {n_over}/{len(ds)} |"
            )
    print("\n'first' = the refusal wave's first alert of either expected signal (response_drift, refusal_rate).\n")

    print("## Refusal wave by signal (information; the rule uses the first of the two)\n")
    print("| signal | arm | " + " | ".join(f"s{s}" for s in seeds) + " | median |")
    print("|---|---|" + "---|" * len(seeds) + "---|")
    for sig in ("response_drift", "refusal_rate"):
        for arm in ARMS:
            ds = [idx[(arm, "refusal_wave", sd)]["delays"].get(sig) for sd in seeds]
            num = [math.inf if d is None else float(d) for d in ds]
            print(
                f"| {sig} | {LABEL[arm]} | " + " | ".join(fmt(d) for d in num) + f" | {fmt(statistics.median(num))} |"
            )

    print("\n## Paired change D1 - HEAD, same stream: median [min, max]\n")
    print("| scenario | median HEAD | median D1 | Δ median | paired Δ median [min, max] |")
    print("|---|---|---|---|---|")
    dmed: dict[str, float] = {}
    for scn in TARGETS:
        pairs = [(delay(idx[("base", scn, sd)], scn), delay(idx[("D1", scn, sd)], scn)) for sd in seeds]
        d = [b - a for a, b in pairs if math.isfinite(a) and math.isfinite(b)]
        dmed[scn] = med[("D1", scn)] - med[("base", scn)]
        rng = f"{statistics.median(d):+g} [{min(d):+g}, {max(d):+g}]" if d else ""
        print(f"| {scn} | {fmt(med[('base', scn)])} | {fmt(med[('D1', scn)])} | {dmed[scn]:+g} | {rng} |")

    print("\n## Stable streams and alarms\n")
    head = ["arm", "design budget / event", "P(≥1 alarm in 12,000 events), by design", "stable streams"]
    head += ["stable alarms", "streams with ≥1", "alarms in wave streams (before onset / unexpected)"]
    print("| " + " | ".join(head) + " |")
    print("|---|---|---|---|---|---|---|")
    fa: dict[str, int] = {}
    for arm in ARMS:
        st = [idx[(arm, "stable", sd)] for sd in seeds]
        fa[arm] = sum(len(r["false_alarms"]) for r in st)
        det = "; ".join(f"s{r['seed']} {a[0]}@{a[1]}" for r in st for a in r["false_alarms"])
        other = [
            (r["scenario"], r["seed"], a) for r in runs[arm] if r["scenario"] != "stable" for a in r["false_alarms"]
        ]
        otxt = "; ".join(f"{s} s{sd} {a[0]}@{a[1]}" for s, sd, a in other) or "0"
        p = 100 * (1 - (1 - DESIGN[arm]) ** 12000)
        n_st = sum(bool(r["false_alarms"]) for r in st)
        alarms = f"{fa[arm]} ({det})" if det else str(fa[arm])
        print(f"| {LABEL[arm]} | {DESIGN[arm]:.3e} | {p:.1f} % | {len(st)} | {alarms} | {n_st} | {otxt} |")

    print("\n## Thresholds at the first monitored tick (nats; median over the 70 streams of each arm; paired Δ)\n")
    per = {(arm, r["scenario"], r["seed"]): thresholds(r) for arm in ARMS for r in runs[arm]}
    print("| signal | detector | HEAD | D1 | paired Δ median [min, max] |")
    print("|---|---|---|---|---|")
    for sig, key in THRESHOLDS:
        vals = {arm: [t[(sig, key)] for (a, _, _), t in per.items() if a == arm and (sig, key) in t] for arm in ARMS}
        if not vals["base"] or not vals["D1"]:
            continue
        d = [
            per[("D1", s, sd)][(sig, key)] - t[(sig, key)]
            for (a, s, sd), t in per.items()
            if a == "base" and (sig, key) in t and (sig, key) in per.get(("D1", s, sd), {})
        ]
        print(
            f"| {sig} | {key} | {statistics.median(vals['base']):.2f} | {statistics.median(vals['D1']):.2f} | "
            f"{statistics.median(d):+.2f} [{min(d):+.2f}, {max(d):+.2f}] |"
        )

    print("\n## Verdict by the pre-registered rule (60 wave streams, 10 stable streams)\n")
    a = over["D1"] <= over["base"]
    b = all(v <= 10 for v in dmed.values())
    c = fa["D1"] <= fa["base"]
    worst = max(dmed, key=lambda s: dmed[s])
    print(f"- (a) delays over target: HEAD {over['base']}/60, D1 {over['D1']}/60 -> {'holds' if a else 'FAILS'}")
    print(f"- (b) largest rise of a scenario median: {dmed[worst]:+g} ({worst}) -> {'holds' if b else 'FAILS'}")
    print(f"- (c) stable-stream alarms: HEAD {fa['base']}, D1 {fa['D1']} -> {'holds' if c else 'FAILS'}")
    print("- (d) ruff / mypy / unit checks: see docs/drift.md (recorded by hand)")
    print(f"- (a)-(c): {'all hold' if a and b and c else 'at least one fails'}")


if __name__ == "__main__":
    main()
