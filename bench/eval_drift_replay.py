"""End-to-end drift scenarios through the REAL detectors and the real ``driftline replay`` path.

``bench/eval_drift.py`` feeds :class:`~detectors.drift.SegmentDriftState` with *simulated*
toxicity scores and PII counts. This harness instead writes schema-v1 event files with real texts
and runs ``python -m streams.cli replay FILE --alerts-out A --metrics-out M`` (the code behind the
``driftline`` entry point, default settings) in a subprocess, so every event goes through
:class:`detectors.enrichment.EventDetectors` (fast embedding, toxicity scorer, PII analyzer,
refusal heuristic), the drift stage and the default alert rules. Scoring reads the alert file.

Streams (one segment per file, 10 events/s of event time, Poisson arrivals):

* benign prompts/responses: the HELD-OUT topic pools (:mod:`bench.scenarios.text_heldout`), the
  ``stable_mixture`` topics and weights of the held-out suite; 1,500 unique texts per topic and
  kind, drawn per seed;
* base rates as in the simulated suite: 1.2 % toxic prompts, 0.7 % responses with PII, 4 % prompts
  with PII, 1.2 % refusals (held-out refusal pool), 0.8 % failed calls; latency and token counts
  follow :mod:`bench.scenarios.generator`;
* toxic prompts: the label-1 rows of ``data/toxicity/eval23.jsonl`` (the newest toxicity eval set the
  built-in scorer is not trained on; toxicity-detector *dev* data since it was scored) replace the prompt;
* PII: a sentence built with ``faker`` (names, e-mails, phones, card numbers, IBANs, SSNs, IP
  addresses, dates of birth, street addresses; en_US / en_GB / de_DE) is appended to the response
  (or prefixed to the prompt); the ``data/pii`` eval sets are not used.

Scenarios: ``stable`` (2,000 reference + 12,000 events), and changes from event 4,000 for 3,000
events: ``toxic_wave`` (15 % toxic prompts), ``pii_wave`` (10 % responses with PII),
``refusal_wave`` (40 % refusals), ``latency_doubling``. Delay = events from the onset to the first
*firing alert* of an expected signal; false alarms = firing alerts before the onset or of a signal
that is neither expected nor an allowed knock-on (new texts are new content, so ``prompt_drift`` may
follow a toxic wave and ``response_drift`` a PII wave). Observed detector rates come from the
``--metrics-out`` tick records (``toxicity`` ticks: ``prompt_positives / prompt_count``; ``pii``:
``response_positives / response_count``), split at the onset; the injected texts are also scored
in-process with the same detectors to separate their recall from the benign false-positive rate.

Usage (from a snapshot of HEAD, see docs/drift.md)::

    OPENBLAS_NUM_THREADS=1 HF_HUB_OFFLINE=1 DRIFTLINE_MODEL_DIR=$PWD/.models \\
        nice -n 19 .venv/bin/python bench/eval_drift_replay.py --seeds 26 27 28 29 30 --tag s2630

``--soak`` runs only the ``stable`` stream of each seed (``--stable-after`` monitored events after the
2,000-event reference) and adds a false-alarm summary: the rate per 100,000 monitored events with an
exact Poisson CI, per signal against its design share, and every alarm re-run in-process through the
same detectors and drift stage to read its fitted detector (reference count, monitored rate, exact
false-alarm rate of that fit). Session 9 (docs/drift.md, "Session 9: replayed soak")::

    ... bench/eval_drift_replay.py --soak --seeds $(seq 41 80) --stable-after 16000 --jobs 2 --tag soak9_s4180
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
import zlib
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from scenarios.pools import PoolSet, sample_texts  # noqa: E402
from scenarios.suite import pools_for  # noqa: E402

REFERENCE = 2000
ONSET = 4000
CHANGE_EVENTS = 3000
STABLE_AFTER_REFERENCE = 12000
START = datetime(2026, 6, 1, tzinfo=UTC).timestamp()
TOPICS = ("coding", "insurance", "travel", "automotive", "cooking")  # held-out ``stable_mixture``
WEIGHTS = (0.22, 0.18, 0.27, 0.13, 0.2)
TOXIC_FILE = ROOT / "data" / "toxicity" / "eval23.jsonl"


@dataclass(frozen=True)
class Rates:
    """Per-event probabilities of one stream phase."""

    toxic_prompt: float = 0.012
    pii_response: float = 0.007
    pii_prompt: float = 0.04
    refusal: float = 0.012
    error: float = 0.008
    latency_mult: float = 1.0


@dataclass(frozen=True)
class Scenario:
    name: str
    n_events: int
    onset: int | None
    after: Rates | None = None
    expected: tuple[str, ...] = ()
    allowed: tuple[str, ...] = ()
    before: Rates = Rates()


def build_scenarios(change_events: int, stable_after: int) -> list[Scenario]:
    n_change = ONSET + change_events
    scal = ("latency_drift", "token_drift")
    return [
        Scenario("stable", REFERENCE + stable_after, None),
        Scenario("toxic_wave", n_change, ONSET, Rates(toxic_prompt=0.15), ("toxicity",), ("prompt_drift",)),
        Scenario("pii_wave", n_change, ONSET, Rates(pii_response=0.10), ("pii",), ("response_drift",)),
        # no injected base: before the onset only the benign texts' own false positives
        Scenario(
            "toxic_wave_nobase",
            n_change,
            ONSET,
            Rates(toxic_prompt=0.15),
            ("toxicity",),
            ("prompt_drift",),
            before=Rates(toxic_prompt=0.0),
        ),
        Scenario(
            "pii_wave_nobase",
            n_change,
            ONSET,
            Rates(pii_response=0.10),
            ("pii",),
            ("response_drift",),
            before=Rates(pii_response=0.0),
        ),
        Scenario("refusal_wave", n_change, ONSET, Rates(refusal=0.40), ("response_drift", "refusal_rate"), scal),
        Scenario(
            "latency_doubling",
            n_change,
            ONSET,
            Rates(latency_mult=2.0),
            ("latency_drift",),
        ),
    ]


# --- texts ------------------------------------------------------------------------------------
def load_toxic_texts(path: Path = TOXIC_FILE) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["text"] for r in rows if int(r["label"]) == 1]


class PiiWriter:
    """Realistic sentences carrying personal data, built with faker (seeded)."""

    RESPONSE = (
        "I found the account: it belongs to {name}, e-mail {email}, phone {phone}.",
        "You can reach {name} directly at {email} or on {phone}.",
        "The card on file is {card} (expires {exp}), and the billing contact is {email}.",
        "Please wire the refund to IBAN {iban}, account holder {name}.",
        "For the record, {name}'s SSN is {ssn} and the address we have is {address}.",
        "The request came from {ip}; the account owner is {name} ({email}).",
        "Patient {name}, born {dob}, can be contacted on {phone}.",
        "I've forwarded this to {name}, who handles these cases.",
        "Sure, {name}'s direct line is {phone}.",
        "The policyholder is {name}, {address}, phone {phone}.",
        "Log in as {email} with the reset code we sent to {phone}.",
        "The last payment came from card {card}, registered to {name}.",
    )
    PROMPT = (
        "Hi, I'm {name} and my email is {email}.",
        "My phone number is {phone}, call me back please.",
        "Account holder {name}, card {card}.",
        "This is {name} from {city}.",
        "You can send the documents to {email}.",
    )

    def __init__(self, seed: int) -> None:
        from faker import Faker

        self.fakers = [Faker(loc) for loc in ("en_US", "en_GB", "de_DE")]
        for i, f in enumerate(self.fakers):
            f.seed_instance(seed * 7 + i)
        self.rng = np.random.default_rng([seed, 0x9111])

    def _values(self) -> dict[str, str]:
        f = self.fakers[int(self.rng.choice(3, p=(0.6, 0.25, 0.15)))]
        us = self.fakers[0]
        return {
            "name": f.name(),
            "email": f.email(),
            "phone": f.phone_number(),
            "card": us.credit_card_number(),
            "exp": us.credit_card_expire(),
            "iban": f.iban(),
            "ssn": us.ssn(),
            "address": f.address().replace("\n", ", "),
            "ip": us.ipv4_public(),
            "dob": f.date_of_birth().strftime("%d %B %Y"),
            "city": f.city(),
        }

    def response(self) -> str:
        return str(self.rng.choice(self.RESPONSE)).format(**self._values())

    def prompt(self) -> str:
        return str(self.rng.choice(self.PROMPT)).format(**self._values())


class Bank:
    """1,500 unique benign texts per (topic, kind) of the held-out pools, drawn per seed."""

    def __init__(self, pools: PoolSet, seed: int) -> None:
        self.pools = pools
        self.seed = seed
        self.texts: dict[tuple[str, str], list[str]] = {}

    def get(self, topic: str, kind: str) -> list[str]:
        key = (topic if kind in ("prompt", "response") else "*", kind)
        if key not in self.texts:
            rng = np.random.default_rng([self.seed, zlib.crc32(repr(key).encode())])
            n = 1500 if kind in ("prompt", "response") else 400
            self.texts[key] = sorted(set(sample_texts(self.pools, topic, kind, n, rng)))
        return self.texts[key]


# --- events -----------------------------------------------------------------------------------
@dataclass
class Stream:
    events: list[dict[str, Any]]
    times: np.ndarray
    injected_toxic: list[int] = field(default_factory=list)
    injected_pii_response: list[int] = field(default_factory=list)
    injected_pii_prompt: list[int] = field(default_factory=list)


def _stamp(t: float) -> str:
    return datetime.fromtimestamp(round(t, 3), UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def build_stream(scn: Scenario, seed: int, bank: Bank, toxic: Sequence[str]) -> Stream:
    """The scenario's events (dicts, schema v1), deterministic in ``seed``."""
    n = scn.n_events
    rng = np.random.default_rng([seed, zlib.crc32(scn.name.encode())])
    pii = PiiWriter(seed * 1000 + zlib.crc32(scn.name.encode()) % 1000)
    base = scn.before
    times = START + np.cumsum(rng.exponential(0.1, n))
    cum = np.cumsum(WEIGHTS)
    stream = Stream([], times)
    app = f"replay-{scn.name}"
    for i in range(n):
        r = scn.after if scn.after is not None and scn.onset is not None and i >= scn.onset else base
        topic = TOPICS[min(int((rng.random() > cum).sum()), len(TOPICS) - 1)]
        prompt = str(rng.choice(bank.get(topic, "prompt")))
        if rng.random() < r.toxic_prompt:
            prompt = str(rng.choice(toxic))
            stream.injected_toxic.append(i)
        elif rng.random() < r.pii_prompt:
            prompt = f"{pii.prompt()} {prompt}"
            stream.injected_pii_prompt.append(i)
        failed = bool(rng.random() < r.error)
        refusal = not failed and bool(rng.random() < r.refusal)
        if failed:
            response = ""
        elif refusal:
            response = str(rng.choice(bank.get(topic, "refusal")))
        else:
            response = str(rng.choice(bank.get(topic, "response")))
            if rng.random() < r.pii_response:
                response = f"{response} {pii.response()}"
                stream.injected_pii_response.append(i)
        comp = float(np.exp(rng.normal(math.log(25.0 if refusal else 180.0), 0.3 if refusal else 0.5)))
        comp = max(round(comp), 1)
        context = float(np.exp(rng.normal(math.log(200.0), 0.6)))
        prompt_tokens = round(250.0 + len(prompt.split()) * 1.35 + context)
        latency = (250.0 + 11.0 * comp) * float(np.exp(rng.normal(0.0, 0.25))) * r.latency_mult
        if rng.random() < 0.01:
            latency *= 4.0
        if failed:
            latency = 30000.0 if rng.random() < 0.3 else float(np.exp(rng.normal(math.log(120.0), 0.5)))
        event: dict[str, Any] = {
            "schema_version": 1,
            "event_id": f"{scn.name}-{seed}-{i:06d}",
            "timestamp": _stamp(float(times[i])),
            "app": app,
            "model": "model-x",
            "prompt_version": "v1",
            "prompt": prompt,
            "response": response,
            "session_id": f"s-{int(rng.integers(5000))}",
            "user_id": f"u-{int(rng.integers(20000))}",
            "latency_ms": round(latency, 1),
            "prompt_tokens": prompt_tokens,
            "completion_tokens": 0 if failed else comp,
            "status": "error" if failed else "ok",
        }
        if failed:
            event["error_type"] = "Timeout" if latency >= 30000 else "APIError"
        stream.events.append(event)
    return stream


def parse_deadline(hhmm: str, now: datetime) -> datetime:
    """``HH:MM`` UTC as a time: today's, or tomorrow's if today's passed more than 12 h ago (a
    deadline after midnight given before it).

    >>> now = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    >>> parse_deadline("01:05", now).isoformat(), parse_deadline("23:00", now).isoformat()
    ('2026-11-25T01:05:00+00:00', '2026-11-24T23:00:00+00:00')
    """
    hh, mm = (int(x) for x in hhmm.split(":"))
    deadline = now.replace(hour=hh, minute=mm, second=0, microsecond=0)
    return deadline + timedelta(days=1) if now - deadline > timedelta(hours=12) else deadline


# --- run + score ------------------------------------------------------------------------------
def replay(events_file: Path, alerts: Path, metrics: Path, arl_scale: float = 1.0) -> tuple[float, str]:
    """``python -m streams.cli replay`` (the ``driftline replay`` entry point) with default settings
    (``arl_scale`` other than 1 sets ``DRIFTLINE_DRIFT_ARL_SCALE``)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DRIFTLINE_")}
    env["DRIFTLINE_MODEL_DIR"] = os.environ.get("DRIFTLINE_MODEL_DIR", str(ROOT / ".models"))
    if arl_scale != 1.0:
        env["DRIFTLINE_DRIFT_ARL_SCALE"] = repr(arl_scale)
    env.update(PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", OPENBLAS_NUM_THREADS="1")
    cmd = [sys.executable, "-m", "streams.cli", "replay", str(events_file)]
    cmd += ["--alerts-out", str(alerts), "--metrics-out", str(metrics)]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"replay failed ({done.returncode}): {done.stderr[-2000:]}")
    return time.perf_counter() - t0, done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""


def _index(event_id: str) -> int:
    return int(event_id.rsplit("-", 1)[1])


def score_alerts(scn: Scenario, alerts: list[dict[str, Any]]) -> dict[str, Any]:
    firing = sorted(((a["kind"], _index(a["event_id"])) for a in alerts if a["state"] == "firing"), key=lambda x: x[1])
    delays: dict[str, int | None] = {}
    for sig in scn.expected:
        after = [i for k, i in firing if k == sig and scn.onset is not None and i >= scn.onset]
        delays[sig] = min(after) - scn.onset if after and scn.onset is not None else None
    false_alarms, knock_on = [], []
    for k, i in firing:
        if scn.onset is None or i < scn.onset or k not in (*scn.expected, *scn.allowed):
            false_alarms.append([k, i])
        elif k in scn.allowed:
            knock_on.append([k, i])
    return {"delays": delays, "false_alarms": false_alarms, "knock_on": knock_on, "firing": [list(f) for f in firing]}


def tick_rates(ticks: list[dict[str, Any]], onset_time: float | None) -> dict[str, Any]:
    """Flag rates from the drift tick records, before / after the onset (straddling tick dropped)."""
    want = {("toxicity", "prompt"), ("toxicity", "response"), ("pii", "response"), ("pii", "prompt")}
    acc: dict[str, list[float]] = {}
    for t in ticks:
        d = t.get("details") or {}
        start, end = _seconds(t["window_start"]), _seconds(t["window_end"])
        if onset_time is None or end <= onset_time:
            period = "before"
        elif start >= onset_time:
            period = "after"
        else:
            continue
        for sig, inp in want:
            if t["signal"] != sig or f"{inp}_count" not in d:
                continue
            key = f"{sig}_{inp}_{period}"
            a = acc.setdefault(key, [0.0, 0.0])
            a[0] += float(d[f"{inp}_positives"])
            a[1] += float(d[f"{inp}_count"])
    return {k: {"positives": int(p), "n": int(c), "rate": p / c if c else None} for k, (p, c) in sorted(acc.items())}


def _seconds(value: Any) -> float:
    if isinstance(value, int | float):
        return float(value)
    return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()


class InjectedScorer:
    """The same detectors the replay loads, applied in-process to the injected texts only."""

    def __init__(self) -> None:
        from detectors.enrichment import EventDetectors
        from streams.cli import _settings
        from streams.enrich import detector_config
        from streams.secrets import load_hash_salt

        settings = _settings()
        self.detectors = EventDetectors(detector_config(settings, load_hash_salt(settings)))
        self.threshold = self.detectors.toxicity_threshold

    def toxic_flags(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0, dtype=bool)
        return np.asarray(self.detectors.toxicity.score(list(texts))) >= self.threshold

    def pii_flags(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0, dtype=bool)
        return np.array([len(s) > 0 for s in self.detectors.pii.analyze_batch(list(texts))], dtype=bool)


def injected_summary(scn: Scenario, stream: Stream, scorer: InjectedScorer) -> dict[str, Any]:
    """Recall of the detectors on the injected texts, before / after the onset."""
    out: dict[str, Any] = {}
    for name, idx, field_name, fn in (
        ("toxic_prompt", stream.injected_toxic, "prompt", scorer.toxic_flags),
        ("pii_response", stream.injected_pii_response, "response", scorer.pii_flags),
        ("pii_prompt", stream.injected_pii_prompt, "prompt", scorer.pii_flags),
    ):
        flags = fn([stream.events[i][field_name] for i in idx])
        for period in ("before", "after"):
            sel = [j for j, i in enumerate(idx) if (scn.onset is None or i < scn.onset) == (period == "before")]
            if sel:
                out[f"{name}_{period}"] = {"injected": len(sel), "flagged": int(flags[sel].sum())}
    return out


def benign_rates(rates: dict[str, Any], injected: dict[str, Any]) -> dict[str, Any]:
    """Flag rate on the non-injected events: (tick positives - flagged injected) / (n - injected).

    Approximate at the straddling tick (the injected counts use the onset index, the tick counts
    drop the tick that holds it): within a few events per period."""
    out: dict[str, Any] = {}
    for key, inj in (
        ("toxicity_prompt", "toxic_prompt"),
        ("pii_response", "pii_response"),
        ("pii_prompt", "pii_prompt"),
    ):
        for period in ("before", "after"):
            r = rates.get(f"{key}_{period}")
            i = injected.get(f"{inj}_{period}", {"injected": 0, "flagged": 0})
            if r is None or not r["n"]:
                continue
            n = r["n"] - i["injected"]
            out[f"{key}_{period}"] = (r["positives"] - i["flagged"]) / n if n > 0 else None
    return out


def run_one(scn: Scenario, seed: int, workdir: Path, toxic: Sequence[str], arl_scale: float = 1.0) -> dict[str, Any]:
    bank = Bank(pools_for("heldout"), seed)
    t0 = time.perf_counter()
    stream = build_stream(scn, seed, bank, toxic)
    path = workdir / f"{scn.name}_s{seed}.jsonl"
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in stream.events), encoding="utf-8")
    build_s = time.perf_counter() - t0
    alerts_path, metrics_path = path.with_suffix(".alerts.jsonl"), path.with_suffix(".metrics.jsonl")
    replay_s, summary = replay(path, alerts_path, metrics_path, arl_scale)
    alerts = [json.loads(x) for x in alerts_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    ticks = [json.loads(x) for x in metrics_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    onset_time = float(stream.times[scn.onset]) if scn.onset is not None else None
    firing_detail = [
        {
            "kind": a["kind"],
            "detector": a.get("detector"),
            "index": _index(a["event_id"]),
            "value": a.get("value"),
            "threshold": a.get("threshold"),
            "n_reference": a.get("n_events"),
        }
        for a in alerts
        if a["state"] == "firing"
    ]
    return {
        "scenario": scn.name,
        "seed": seed,
        "n_events": scn.n_events,
        "onset": scn.onset,
        **score_alerts(scn, alerts),
        "firing_detail": firing_detail,
        "events_file": str(path),
        "tick_rates": tick_rates(ticks, onset_time),
        "replay_seconds": round(replay_s, 1),
        "build_seconds": round(build_s, 1),
        "replay_summary": summary,
        "_stream": stream,
    }


def _fmt_delay(d: int | None) -> str:
    return "miss" if d is None else str(d)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.2f}%"


def table(rows: list[dict[str, Any]], scenarios: list[Scenario], seeds: list[int]) -> str:
    lines = []
    head = "| scenario | expected | " + " | ".join(f"s{s}" for s in seeds) + " | FA | knock-on |"
    lines += [head, "|" + "---|" * (len(seeds) + 4)]
    by = {(r["scenario"], r["seed"]): r for r in rows}
    for scn in scenarios:
        for sig in scn.expected or ("-",):
            cells = []
            fa = 0
            ko = []
            for s in seeds:
                r = by.get((scn.name, s))
                if r is None:
                    cells.append("n/a")
                    continue
                cells.append(_fmt_delay(r["delays"].get(sig)) if scn.expected else "-")
                fa += len(r["false_alarms"])
                ko += [k for k, _ in r["knock_on"]]
            fa_txt = str(fa)
            fas = [f"{k}@{i}(s{r['seed']})" for r in rows if r["scenario"] == scn.name for k, i in r["false_alarms"]]
            if fas:
                fa_txt += " " + ", ".join(fas)
            kos = ", ".join(f"{k}x{ko.count(k)}" for k in sorted(set(ko))) or "-"
            lines.append(f"| {scn.name} | {sig} | " + " | ".join(cells) + f" | {fa_txt} | {kos} |")
    lines.append("")
    lines.append(
        "| scenario | seed | toxic flag rate prompts before / after | PII flag rate responses before / after "
        "| injected toxic flagged | injected PII responses flagged "
        "| benign toxic FP before | benign PII-resp FP before |"
    )
    lines.append("|---|---|---|---|---|---|---|---|")
    for r in rows:
        tr, inj, ben = r["tick_rates"], r["injected"], r["benign_rates"]

        def rate(key: str, tr: dict[str, Any] = tr) -> str:
            v = tr.get(key)
            return _pct(v["rate"]) if v else "-"

        def frac(key: str, inj: dict[str, Any] = inj) -> str:
            parts = [inj[k] for k in (f"{key}_before", f"{key}_after") if k in inj]
            got = sum(p["flagged"] for p in parts)
            tot = sum(p["injected"] for p in parts)
            return f"{got}/{tot}" if tot else "-"

        lines.append(
            f"| {r['scenario']} | {r['seed']} | {rate('toxicity_prompt_before')} / {rate('toxicity_prompt_after')} "
            f"| {rate('pii_response_before')} / {rate('pii_response_after')} | {frac('toxic_prompt')} "
            f"| {frac('pii_response')} | {_pct(ben.get('toxicity_prompt_before'))} "
            f"| {_pct(ben.get('pii_response_before'))} |"
        )
    return "\n".join(lines)


# --- soak: many long stable segments; every false alarm with its reference ---------------------
#: False alarms per 100,000 monitored events of the simulated soaks (fresh draws 5-8, docs/drift.md).
SIMULATED_SOAK_PER_100K = 0.52
#: Upper end of the measured realised / budgeted false-alarm ratio of the rate detectors.
BUDGET_SLACK = 1.3


def design_shares() -> dict[str, float]:
    """Designed false alarms per event of each signal under the default :class:`DriftConfig`."""
    from detectors.drift.config import DriftConfig
    from detectors.drift.segment import design_false_alarm_rate, pii_type_groups

    c = DriftConfig()
    shares = {
        "pii": 1 / c.pii_response_target_arl + len(pii_type_groups()) / c.pii_type_target_arl + 1 / c.target_arl,
        "toxicity": 1 / c.safety_target_arl + 1 / c.target_arl,
        "prompt_drift": 1 / c.novelty_target_arl + 2 / c.mewma_target_arl,
        "response_drift": 1 / c.novelty_target_arl + 2 / c.mewma_target_arl,
        "token_drift": 2 / c.target_arl,
        "latency_drift": 1 / c.target_arl,
        "error_rate": 1 / c.target_arl,
        "refusal_rate": 1 / c.target_arl,
    }
    total = design_false_alarm_rate(c)
    if not math.isclose(sum(shares.values()), total, rel_tol=1e-6):
        raise RuntimeError(f"signal shares {sum(shares.values()):.3g} != design rate {total:.3g}: update design_shares")
    return shares


def poisson_ci(k: int, level: float = 0.95) -> tuple[float, float]:
    """Exact (Garwood) confidence interval of a Poisson mean given ``k`` counts."""
    from scipy.stats import chi2

    a = (1 - level) / 2
    lo = 0.0 if k == 0 else float(chi2.ppf(a, 2 * k)) / 2
    return lo, float(chi2.ppf(1 - a, 2 * k + 2)) / 2


def poisson_tail(k: int, mu: float) -> float:
    """``P(X >= k)`` for ``X ~ Poisson(mu)``."""
    from scipy.stats import poisson

    return 1.0 if k <= 0 else float(poisson.sf(k - 1, mu))


def _scalars(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if isinstance(v, bool | int | float | str)}


def diagnose_segment(path: Path, alarms: list[dict[str, Any]], detectors: Any) -> list[dict[str, Any]]:
    """Re-run the drift stage in-process on one replayed file (same batches as ``replay``) and
    describe each alarm's detector: fitted state, exact reference counts, monitored rate and, for a
    Bernoulli CUSUM, the exact false-alarm rate of that fit at the monitored rate vs its budget."""
    from detectors.drift.bernoulli import BernoulliCUSUM, bernoulli_arl
    from detectors.drift.features import EventFeatures
    from detectors.drift.rate_bank import BernoulliBank
    from detectors.drift.scalar import ScalarCUSUM
    from detectors.drift.segment import SegmentDriftState
    from schemas.event import parse_event
    from streams.cli import _settings
    from streams.drift_stage import drift_config, features_by_segment, segment_key_text

    settings = _settings()
    config = drift_config(settings, detectors.toxicity_threshold)
    lines = [x for x in path.read_bytes().splitlines() if x.strip()]
    state: SegmentDriftState | None = None
    parts: list[EventFeatures] = []
    onsets: dict[tuple[str, str, int], str] = {}
    for a in range(0, len(lines), 512):
        batch = [parse_event(raw, settings.max_event_bytes) for raw in lines[a : a + 512]]
        result = detectors.run([e.event_id for e in batch], [e.prompt for e in batch], [e.response for e in batch])
        for segment, feats in features_by_segment(batch, result).items():
            if state is None:
                state = SegmentDriftState(segment_key_text(segment), config)
            for sig in state.update_batch(feats):
                if sig.transition == "onset":
                    onsets[(sig.signal, sig.detector, _index(sig.event_id))] = sig.direction
            state.pop_ticks()
            parts.append(feats)
    assert state is not None
    feats_all = EventFeatures.concat(parts)
    out = []
    for alarm in alarms:
        mon = state.monitors[alarm["kind"]]
        spec = next(s for s in mon.specs if s.name == alarm["detector"])
        det = mon.detectors[spec.name]
        inp = mon.inputs[spec.input]
        values, valid = inp.extract(feats_all)
        usable = np.asarray(values)[np.asarray(valid, dtype=bool)]
        n_ref = mon.n_reference[spec.input]
        ref, monitored = usable[:n_ref], usable[n_ref:]
        info: dict[str, Any] = {
            **alarm,
            "reproduced_in_process": (alarm["kind"], alarm["detector"], alarm["index"]) in onsets,
            "input": spec.input,
            "reference_events": int(n_ref),
            "monitored_usable_events": len(monitored),
            "direction": onsets.get((alarm["kind"], alarm["detector"], alarm["index"]), ""),
        }
        if isinstance(det, BernoulliCUSUM):
            k, m = int(np.sum(ref)), int(np.sum(monitored))
            p_mon = m / max(len(monitored), 1)
            arl = bernoulli_arl(p_mon, det.up, det.down, det.limit)
            info.update(
                fit=_scalars(det.to_dict()),
                reference_positives=k,
                monitored_positives=m,
                reference_rate=k / max(n_ref, 1),
                monitored_rate=p_mon,
                conditional_fa_rate=1.0 / arl,
                conditional_fa_over_budget=det.target_arl / arl,
            )
        elif isinstance(det, BernoulliBank):
            hits_ref, hits_mon = det.flags(ref), det.flags(monitored)
            members = []
            for j, member in enumerate(det.members):
                p_mon = float(hits_mon[:, j].mean()) if len(monitored) else 0.0
                arl = bernoulli_arl(p_mon, member.up, member.down, member.limit)
                members.append(
                    {
                        "group": det.groups[j],
                        "reference_positives": int(hits_ref[:, j].sum()),
                        "monitored_positives": int(hits_mon[:, j].sum()),
                        "threshold_nats": member.threshold,
                        "conditional_fa_over_budget": member.target_arl / arl,
                    }
                )
            info["members"] = members
        elif isinstance(det, ScalarCUSUM):
            u_ref, u_mon = det.standardise(ref), det.standardise(monitored)
            info.update(
                fit=_scalars(det.to_dict()),
                reference_u_mean=float(np.mean(u_ref)),
                monitored_u_mean=float(np.mean(u_mon)),
            )
        else:
            info["fit"] = {k: v for k, v in _scalars(det.to_dict()).items() if not isinstance(v, str)}
        out.append(info)
    return out


def soak_summary(rows: list[dict[str, Any]], detectors: Any) -> dict[str, Any]:
    """False alarms of the stable segments: totals, per signal, rules (a)-(d) of the pre-registration."""
    shares = design_shares()
    segments = []
    for r in rows:
        events = [json.loads(x) for x in Path(r["events_file"]).read_text(encoding="utf-8").splitlines() if x.strip()]
        errors = np.array([e["status"] == "error" for e in events])
        alarms = r["firing_detail"]
        diag = diagnose_segment(Path(r["events_file"]), alarms, detectors) if alarms else []
        segments.append(
            {
                "seed": r["seed"],
                "events": r["n_events"],
                "monitored": r["n_events"] - REFERENCE,
                "alarms": diag,
                "alarm_in_first_12000": any(a["index"] < REFERENCE + 12000 for a in alarms),
                "reference_errors": int(errors[:REFERENCE].sum()),
                "monitored_error_rate": float(errors[REFERENCE:].mean()),
                "tick_rates": r["tick_rates"],
                "replay_seconds": r["replay_seconds"],
            }
        )
    monitored = sum(s["monitored"] for s in segments)
    total = sum(len(s["alarms"]) for s in segments)
    per_signal = {sig: 0 for sig in shares}
    for s in segments:
        for a in s["alarms"]:
            per_signal[a["kind"]] = per_signal.get(a["kind"], 0) + 1
    lo, hi = poisson_ci(total)
    scale = 1e5 / monitored if monitored else float("nan")
    signals = {}
    for sig, n in per_signal.items():
        slo, shi = poisson_ci(n)
        b = shares.get(sig, 0.0)
        signals[sig] = {
            "false_alarms": n,
            "per_100k": n * scale,
            "ci95_per_100k": [slo * scale, shi * scale],
            "design_expected": b * monitored,
            "p_vs_slack_design": poisson_tail(n, BUDGET_SLACK * b * monitored),
            "miscalibrated_rule_d": poisson_tail(n, BUDGET_SLACK * b * monitored) < 0.005,
        }
    rate, up, down = total * scale, hi * scale, lo * scale
    verdict_a = "met" if up <= 1.0 else ("missed" if down > 1.0 else "not excluded")
    p_sim = poisson_tail(total, SIMULATED_SOAK_PER_100K * monitored / 1e5)
    return {
        "segments": len(segments),
        "monitored_events": monitored,
        "false_alarms": total,
        "per_100k": rate,
        "ci95_per_100k": [down, up],
        "rule_a_target": verdict_a,
        "design_expected": sum(shares.values()) * monitored,
        "p_vs_design": poisson_tail(total, sum(shares.values()) * monitored),
        "simulated_expected": SIMULATED_SOAK_PER_100K * monitored / 1e5,
        "p_vs_simulated": p_sim,
        "rule_b": "excess" if p_sim < 0.01 else "consistent with the simulated rate",
        "segments_with_alarm_in_first_12000": sum(s["alarm_in_first_12000"] for s in segments),
        "signals": signals,
        "per_segment": segments,
    }


def soak_table(summary: dict[str, Any]) -> str:
    lines = [
        f"Soak: {summary['segments']} stable segments, {summary['monitored_events']:,} monitored events; "
        f"{summary['false_alarms']} false alarm(s) = {summary['per_100k']:.2f} per 100k "
        f"(95% CI {summary['ci95_per_100k'][0]:.2f}-{summary['ci95_per_100k'][1]:.2f}); rule (a): "
        f"{summary['rule_a_target']}; design expects {summary['design_expected']:.2f} "
        f"(P>= {summary['p_vs_design']:.3f}), simulated soaks {summary['simulated_expected']:.2f} "
        f"(P>= {summary['p_vs_simulated']:.3f}) -> rule (b): {summary['rule_b']}; segments with an alarm in "
        f"their first 12,000 monitored events: {summary['segments_with_alarm_in_first_12000']}",
        "",
        "| signal | false alarms | per 100k | 95% CI | design expects | P(>= n) at 1.3x design | rule (d) |",
        "|---|---|---|---|---|---|---|",
    ]
    for sig, v in summary["signals"].items():
        lines.append(
            f"| {sig} | {v['false_alarms']} | {v['per_100k']:.2f} | {v['ci95_per_100k'][0]:.2f}-"
            f"{v['ci95_per_100k'][1]:.2f} | {v['design_expected']:.2f} | {v['p_vs_slack_design']:.3f} "
            f"| {'MISCALIBRATED' if v['miscalibrated_rule_d'] else 'ok'} |"
        )
    lines += ["", "| seed | signal | detector | event | statistic / threshold | reference | detail |"]
    lines += ["|---|---|---|---|---|---|---|"]
    for s in summary["per_segment"]:
        for a in s["alarms"]:
            if "reference_positives" in a:
                detail = (
                    f"ref {a['reference_positives']}/{a['reference_events']} ({100 * a['reference_rate']:.2f}%), "
                    f"monitored {100 * a['monitored_rate']:.2f}%, threshold {a['fit']['limit'] * a['fit']['unit']:.2f} "
                    f"nats, conditional FA rate {a['conditional_fa_over_budget']:.2f}x budget"
                )
            elif "members" in a:
                detail = "; ".join(
                    f"group {m['group']}: ref {m['reference_positives']}, mon {m['monitored_positives']}, "
                    f"{m['conditional_fa_over_budget']:.2f}x budget"
                    for m in a["members"]
                )
            elif "monitored_u_mean" in a:
                detail = (
                    f"{a['direction']}; u mean ref {a['reference_u_mean']:+.3f}, monitored {a['monitored_u_mean']:+.3f}"
                )
            else:
                detail = ", ".join(f"{k} {v:.3g}" for k, v in a.get("fit", {}).items() if isinstance(v, float))[:200]
            lines.append(
                f"| {s['seed']} | {a['kind']} | {a['detector']} | {a['index']} | {a['value']:.3f} / "
                f"{a['threshold']:.3f} | {a['reference_events']} (errors in ref {s['reference_errors']}) | {detail} |"
            )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[100])
    ap.add_argument("--scenarios", nargs="*", default=[])
    ap.add_argument("--change-events", type=int, default=CHANGE_EVENTS)
    ap.add_argument("--stable-after", type=int, default=STABLE_AFTER_REFERENCE)
    ap.add_argument("--jobs", type=int, default=1, help="replay subprocesses at a time")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/drift_replay_work"))
    ap.add_argument("--tag", default="dev", help="results go to bench/results/drift_replay_<tag>.{json,txt}")
    ap.add_argument(
        "--soak",
        action="store_true",
        help="stable segments only (one per seed, --stable-after monitored events each): false-alarm rate "
        "per 100k with a Poisson CI, per signal, and every alarm diagnosed (reference counts, fit)",
    )
    ap.add_argument(
        "--toxic-file",
        type=Path,
        default=TOXIC_FILE,
        help="labelled toxicity set whose label-1 rows are the injected toxic prompts (default: eval23)",
    )
    ap.add_argument(
        "--arl-scale",
        type=float,
        default=1.0,
        help="every drift target ARL times this (DRIFTLINE_DRIFT_ARL_SCALE): the false-alarm budget divided by it",
    )
    ap.add_argument("--deadline", default="", help="HH:MM UTC: segments not started by then are skipped (a stop rule)")
    args = ap.parse_args()
    if args.soak and args.arl_scale != 1.0:
        ap.error("--soak diagnoses alarms under the default DriftConfig: use it with --arl-scale 1 only")
    args.workdir.mkdir(parents=True, exist_ok=True)
    every = build_scenarios(args.change_events, args.stable_after)
    wanted = ["stable"] if args.soak else args.scenarios
    scenarios = [s for s in every if not wanted or s.name in wanted]
    toxic = load_toxic_texts(args.toxic_file)
    started = time.perf_counter()
    load_before = os.getloadavg()
    jobs = [(scn, seed) for seed in args.seeds for scn in scenarios]
    deadline = parse_deadline(args.deadline, datetime.now(UTC)) if args.deadline else None

    def job_fn(job: tuple[Scenario, int]) -> dict[str, Any] | None:
        if deadline is not None and datetime.now(UTC) >= deadline:
            print(f"skipped {job[0].name} s{job[1]}: past the deadline {args.deadline} UTC", flush=True)
            return None
        row = run_one(job[0], job[1], args.workdir, toxic, args.arl_scale)
        load = os.getloadavg()[0]
        print(f"done {job[0].name} s{job[1]} replay {row['replay_seconds']} s, load {load:.2f}", flush=True)
        return row

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        rows = [r for r in pool.map(job_fn, jobs) if r is not None]
    load_after = os.getloadavg()
    replay_wall = time.perf_counter() - started
    scorer = InjectedScorer()
    by_name = {s.name: s for s in scenarios}
    for r in rows:
        stream = r.pop("_stream")
        r["injected"] = injected_summary(by_name[r["scenario"]], stream, scorer)
        r["benign_rates"] = benign_rates(r["tick_rates"], r["injected"])
        print(
            f"{r['scenario']:17s} s{r['seed']}: delays={r['delays']} FA={r['false_alarms']} "
            f"knock-on={r['knock_on']} replay={r['replay_seconds']}s",
            flush=True,
        )
    soak = soak_summary(rows, scorer.detectors) if args.soak else None
    total = time.perf_counter() - started
    done_seeds = sorted({r["seed"] for r in rows})
    txt = table(rows, scenarios, done_seeds)
    if soak is not None:
        txt = soak_table(soak) + "\n\n" + txt
    meta = {
        "seeds": args.seeds,
        "seeds_completed": done_seeds,
        "command": " ".join(sys.argv),
        "replay_entry": "python -m streams.cli replay FILE --alerts-out A --metrics-out M"
        " (driftline = streams.cli:main)",
        "toxic_source": f"{args.toxic_file.resolve().relative_to(ROOT)} label=1 ({len(toxic)} texts)",
        "toxicity_threshold": scorer.threshold,
        "events": {s.name: s.n_events for s in scenarios},
        "jobs": args.jobs,
        "arl_scale": args.arl_scale,
        "replay_wall_seconds": round(replay_wall, 1),
        "total_seconds": round(total, 1),
        "replay_seconds_sum": round(sum(r["replay_seconds"] for r in rows), 1),
        "loadavg_start": load_before,
        "loadavg_end_of_replays": load_after,
        "loadavg_end": os.getloadavg(),
    }
    out = ROOT / "bench" / "results" / f"drift_replay_{args.tag}"
    payload = {"meta": meta, "soak": soak, "runs": rows}
    out.with_suffix(".json").write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    header = (
        f"seeds={args.seeds} jobs={args.jobs} arl_scale={args.arl_scale:g} replay wall {replay_wall:.0f} s, "
        f"total {total:.0f} s, "
        f"load start {load_before[0]:.2f} end {load_after[0]:.2f}; toxic texts: {meta['toxic_source']}; "
        f"toxicity threshold {scorer.threshold:.3f}\n"
    )
    out.with_suffix(".txt").write_text(header + txt + "\n", encoding="utf-8")
    print(header + txt)
    print(f"wrote {out}.json / .txt")


if __name__ == "__main__":
    main()
