"""All drift state of one segment (app × model × prompt version): the object a Faust table stores.

:class:`SegmentDriftState` runs every signal's :class:`~detectors.drift.monitor.SignalMonitor` over
each batch, cuts event time into tumbling ticks (``tick_seconds``), and produces

* **drift signals** (:class:`~detectors.drift.records.DriftSignal`): onset/recovery transitions, at
  the event where they happen, returned by :meth:`SegmentDriftState.update_batch`;
* **tick records** (:class:`~detectors.drift.records.TickRecord`): one per signal per closed tick,
  collected with :meth:`SegmentDriftState.pop_ticks` (a tick closes when an event of a later tick
  arrives, or on :meth:`SegmentDriftState.flush`).

Results depend only on the sequence of events, never on how it is cut into batches: feeding the
same events in the same order one at a time, in batches of any size or all at once gives identical
tick records and drift signals (``tests/unit/test_drift_batching.py``). Every per-event quantity is
computed from that event and the state before it (row-stable products and exact CUSUM kernels,
:mod:`~detectors.drift.kernels`), and a tick record holds the state at the tick's last event, not at
the end of the batch that closed it. Events whose time goes backwards are counted in the current
tick; events without a time take the current tick (before the first timed event: the first tick).

Delivery: pass ``offset`` (e.g. the Kafka offset of the batch's last event) to skip a batch that
was already applied (at-least-once redelivery). A restored state that is one update short (a
changelog that lost the last write) simply misses those events: counts are slightly low, ticks may
be re-emitted with the same key (idempotent downstream), nothing fails.

>>> state = SegmentDriftState("app|model|v1", DriftConfig(reference_events=200, min_reference_events=100))
>>> signals = state.update_batch(EventFeatures.synthetic(400, dim=8))
>>> [(t.signal, t.status) for t in state.pop_ticks()][:3]
[('prompt_drift', 'warming_up'), ('response_drift', 'warming_up'), ('latency_drift', 'warming_up')]
>>> restored = SegmentDriftState.from_dict(state.to_dict())
>>> restored.n_events
400
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from .config import PII_TYPE_GROUPS, DriftConfig
from .features import PII_TYPES, EventFeatures
from .inputs import EmbeddingInput, FlagInput, Input, MaskInput, ScalarInput, ScoreInput
from .monitor import INSUFFICIENT, READY, DetectorSpec, SignalMonitor, SignalOutput
from .records import DriftSignal, TickRecord
from .sketch import LogSketch

__all__ = ["SegmentDriftState", "build_monitor", "design_false_alarm_rate", "pii_type_groups"]

STATE_VERSION = 1

_NO_TICK = np.iinfo(np.int64).min  # tick of untimed events before the segment's first timed one


def _flag(column: str, threshold: float, skip_errors: bool) -> Any:
    def extract(b: EventFeatures) -> tuple[np.ndarray, np.ndarray]:
        x = getattr(b, column)
        valid = np.isfinite(x)
        if skip_errors:
            valid = valid & ~b.is_error
        return np.where(valid, x, 0.0) >= threshold, valid

    return extract


def _response_types(b: EventFeatures) -> tuple[np.ndarray, np.ndarray]:
    """PII type masks of responses (error events skipped, like the "any PII" flag)."""
    return b.pii_response_types, ~b.is_error


def pii_type_groups() -> tuple[int, ...]:
    """Bit masks of :data:`~detectors.drift.config.PII_TYPE_GROUPS`."""
    return tuple(sum(1 << PII_TYPES.index(t) for t in group) for group in PII_TYPE_GROUPS)


def build_monitor(name: str, config: DriftConfig, segment: str) -> SignalMonitor:
    """The inputs and detectors of signal ``name`` under ``config``."""
    n = config.reference_events
    arl = config.target_arl
    rate = {"ratio": config.rate_ratio, "min_increase": config.rate_min_increase, "target_arl": arl}
    safety = {**rate, "target_arl": config.safety_target_arl}
    pii_response = {**rate, "target_arl": config.pii_response_target_arl}
    scalar = {"shift": config.scalar_shift, "target_arl": arl}
    inputs: dict[str, Input]
    if name in ("prompt_drift", "response_drift"):
        field = "prompt" if name == "prompt_drift" else "response"
        inputs = {field: EmbeddingInput(f"{field}_emb", n, skip_errors=field == "response")}
        specs = [
            DetectorSpec(
                "novelty",
                "novelty",
                field,
                {
                    "n_components": config.novelty_components,
                    "k": config.novelty_k,
                    "quantile": config.novelty_quantile,
                    "target_arl": config.novelty_target_arl,
                    "max_reservoir": n,
                },
            ),
            DetectorSpec(
                "mewma",
                "mewma",
                field,
                {
                    "lam": config.mewma_lambda,
                    "n_components": config.mewma_components,
                    "target_arl": config.mewma_target_arl,
                },
            ),
            DetectorSpec(
                "residual",
                "residual",
                field,
                {"n_components": config.mewma_components, "target_arl": config.mewma_target_arl},
            ),
        ]
    elif name == "latency_drift":
        inputs = {"latency": ScalarInput("latency_ms", n, skip_errors=True)}
        specs = [DetectorSpec("latency", "scalar", "latency", scalar)]
    elif name == "token_drift":
        inputs = {
            "prompt": ScalarInput("prompt_tokens", n),
            "completion": ScalarInput("completion_tokens", n, skip_errors=True),
        }
        specs = [
            DetectorSpec("prompt", "scalar", "prompt", scalar),
            DetectorSpec("completion", "scalar", "completion", scalar),
        ]
    elif name == "error_rate":
        inputs = {"error": FlagInput("error", lambda b: (b.is_error, np.ones(len(b), dtype=bool)), n)}
        specs = [DetectorSpec("error", "rate", "error", rate)]
    elif name == "refusal_rate":
        inputs = {"refusal": FlagInput("refusal", lambda b: (b.is_refusal, ~b.is_error), n)}
        specs = [DetectorSpec("refusal", "rate", "refusal", rate)]
    elif name == "toxicity":
        thr = config.toxicity_threshold
        inputs = {
            "prompt": FlagInput("prompt", _flag("toxicity_prompt", thr, False), n),
            "response": FlagInput("response", _flag("toxicity_response", thr, True), n),
        }
        mode = config.toxicity_prompt_detector
        share = 2.0 if mode == "both" else 1.0  # two detectors split the toxic-prompt budget
        specs = []
        if mode in ("flag", "both"):
            specs.append(
                DetectorSpec("prompt", "rate", "prompt", {**safety, "target_arl": share * safety["target_arl"]})
            )
        if mode in ("score", "both"):
            inputs["prompt_score"] = ScoreInput("toxicity_prompt", n)
            score = {
                "threshold": thr,
                "profile": config.toxicity_score_profile,
                "epsilon": config.toxicity_score_epsilon,
                "target_arl": share * config.safety_target_arl,
            }
            specs.append(DetectorSpec("prompt_score", "score", "prompt_score", score))
        specs.append(DetectorSpec("response", "rate", "response", rate))
    elif name == "pii":
        inputs = {
            "response": FlagInput("response", _flag("pii_response_count", 0.5, True), n),
            "prompt": FlagInput("prompt", _flag("pii_prompt_count", 0.5, False), n),
        }
        specs = [
            DetectorSpec("response", "rate", "response", pii_response),
            DetectorSpec("prompt", "rate", "prompt", rate),
        ]
        if config.pii_type_target_arl > 0:
            groups = pii_type_groups()
            inputs["response_types"] = MaskInput("response_types", _response_types, groups, n)
            bank = {**rate, "groups": groups, "target_arl": config.pii_type_target_arl}
            specs.append(DetectorSpec("response_types", "rate_bank", "response_types", bank))
    else:
        raise ValueError(f"unknown signal {name!r}")
    return SignalMonitor(name, inputs, specs, config, segment)


def design_false_alarm_rate(config: DriftConfig) -> float:
    """Expected false alarms per segment event by design: ``sum(1 / target_arl)`` over the detectors
    of every monitored signal, a rate bank counting once per member (each CUSUM's threshold is
    calibrated to its own ARL; alarms of different CUSUMs are counted as if they never coincided,
    an upper bound)."""
    return sum(
        len(spec.params.get("groups", (0,))) / float(spec.params["target_arl"])
        for name in config.signals
        for spec in build_monitor(name, config, "").specs
    )


def _finite(x: float) -> float | None:
    return None if x is None or not math.isfinite(x) else float(x)


class _TickAcc:
    """Per-signal accumulator of the open tick."""

    def __init__(self) -> None:
        self.n = 0
        self.max_score = float("nan")
        self.last_score = float("nan")
        self.drift = False
        self.phase = 0
        self.raw: dict[str, float] = {}
        self.sketches: dict[str, LogSketch] = {}
        self.counts: dict[str, float] = {}
        self.n_reference = -1  # reference size at the tick's last event (-1: not recorded)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "max_score": _finite(self.max_score),
            "last_score": _finite(self.last_score),
            "drift": self.drift,
            "phase": self.phase,
            "raw": {k: _finite(v) for k, v in self.raw.items()},
            "sketches": {k: v.to_dict() for k, v in self.sketches.items()},
            "counts": dict(self.counts),
            "n_reference": self.n_reference,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> _TickAcc:
        acc = cls()
        acc.n = int(d["n"])
        acc.max_score = float("nan") if d["max_score"] is None else float(d["max_score"])
        acc.last_score = float("nan") if d["last_score"] is None else float(d["last_score"])
        acc.drift = bool(d["drift"])
        acc.phase = int(d["phase"])
        acc.raw = {k: (float("nan") if v is None else float(v)) for k, v in d["raw"].items()}
        acc.sketches = {k: LogSketch.from_dict(v) for k, v in d["sketches"].items()}
        acc.counts = {k: float(v) for k, v in d["counts"].items()}
        acc.n_reference = int(d.get("n_reference", -1))
        return acc


class SegmentDriftState:
    """Every signal's reference, detectors, drift state and open tick for one segment.

    Args:
        segment: the segment key (for records and for seeding calibration deterministically).
        config: drift settings (default :class:`DriftConfig`).
    """

    def __init__(self, segment: str, config: DriftConfig | None = None) -> None:
        self.segment = segment
        self.config = config or DriftConfig()
        self.monitors = {name: build_monitor(name, self.config, segment) for name in self.config.signals}
        self.n_events = 0
        self.tick: int | None = None
        self.acc = {name: _TickAcc() for name in self.monitors}
        self.pending_ticks: list[TickRecord] = []
        self.last_offset: int | None = None
        self.reference_source = "warmup"
        self.insufficient_ticks = dict.fromkeys(self.monitors, 0)
        self.embedding_dim: int | None = None

    # ---------------------------------------------------------------------------------- updates
    def update_batch(self, batch: EventFeatures, offset: int | None = None) -> list[DriftSignal]:
        """Feed a batch of events (arrival order); returns the drift transitions it caused.

        Tick records of ticks that closed are queued for :meth:`pop_ticks`. A batch whose
        ``offset`` is not above the last applied one is skipped (already applied).
        """
        if offset is not None and self.last_offset is not None and offset <= self.last_offset:
            return []
        n = len(batch)
        if n == 0:
            return []
        self._check_dim(batch)
        outs = {name: mon.process(batch, self.n_events) for name, mon in self.monitors.items()}
        ticks = self._ticks(batch.event_time)
        cuts = np.concatenate([[0], np.flatnonzero(np.diff(ticks)) + 1, [n]])
        for a, b in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
            tick = int(ticks[a])
            if tick != _NO_TICK:  # untimed events before the first timed one join its tick
                if self.tick is not None and tick != self.tick:
                    self._close_tick()
                self.tick = tick
            for name, out in outs.items():
                self._accumulate(name, out, batch, a, b)
        found: list[tuple[int, int, DriftSignal]] = []
        for order, (name, out) in enumerate(outs.items()):
            for pos, transition, det, value, thr, direction in out.transitions:
                found.append(
                    (
                        pos,
                        order,
                        DriftSignal(
                            segment=self.segment,
                            signal=name,
                            transition=transition,
                            event_id=batch.event_ids[pos],
                            event_time=float(batch.event_time[pos]),
                            detector=det,
                            value=float(value),
                            threshold=float(thr),
                            score=float(value / thr) if thr else float("nan"),
                            direction=direction,
                            n_reference=int(out.n_reference[pos]),
                        ),
                    )
                )
        self.n_events += n
        if offset is not None:
            self.last_offset = offset
        found.sort(key=lambda item: (item[0], item[1]))
        return [item[2] for item in found]

    def _ticks(self, t: np.ndarray) -> np.ndarray:
        """The tick of each event: the running maximum of ``floor(t / tick_seconds)`` from the
        current tick on, events without a time staying in the current one (:data:`_NO_TICK` while
        there is none yet). Per event, so independent of how the stream is batched."""
        finite = np.isfinite(t)
        ticks = np.full(len(t), _NO_TICK, dtype=np.int64)
        ticks[finite] = np.floor(t[finite] / self.config.tick_seconds).astype(np.int64)
        if self.tick is not None:
            ticks = np.maximum(ticks, self.tick)
        return np.maximum.accumulate(ticks)

    def pop_ticks(self) -> list[TickRecord]:
        """Tick records of the ticks closed so far (and forget them)."""
        out, self.pending_ticks = self.pending_ticks, []
        return out

    def flush(self) -> list[TickRecord]:
        """Close the open tick (end of a replay, or an idle segment) and return all pending ticks."""
        if self.tick is not None:
            self._close_tick()
            self.tick = None
        return self.pop_ticks()

    def _check_dim(self, batch: EventFeatures) -> None:
        dim = batch.prompt_emb.shape[1]
        if self.embedding_dim is None:
            self.embedding_dim = dim
        elif dim != self.embedding_dim:
            raise ValueError(
                f"embedding dimension changed from {self.embedding_dim} to {dim} in segment "
                f"{self.segment!r}; call reset_reference() after changing the embedder"
            )

    def _accumulate(self, name: str, out: SignalOutput, batch: EventFeatures, a: int, b: int) -> None:
        acc = self.acc[name]
        sl = slice(a, b)
        acc.n += int(out.valid[sl].sum())
        sc = out.score[sl]
        if np.isfinite(sc).any():
            m = float(np.nanmax(sc))
            acc.max_score = m if not math.isfinite(acc.max_score) else max(acc.max_score, m)
        acc.last_score = float(out.score[b - 1])
        acc.drift = acc.drift or bool(out.in_drift[sl].any())
        acc.phase = int(out.phase[b - 1])
        acc.n_reference = int(out.n_reference[b - 1])
        for det, arr in out.raw.items():
            acc.raw[det] = float(arr[b - 1])
        mon = self.monitors[name]
        for in_name, (values, valid) in out.extracted.items():
            v, ok = values[sl], valid[sl]
            if isinstance(mon.inputs[in_name], ScalarInput):
                acc.sketches.setdefault(in_name, LogSketch()).add(v[ok])
            else:
                acc.counts[f"{in_name}_count"] = acc.counts.get(f"{in_name}_count", 0.0) + float(ok.sum())
                acc.counts[f"{in_name}_positives"] = acc.counts.get(f"{in_name}_positives", 0.0) + float(v[ok].sum())
        if out.novel is not None:
            acc.counts["novel"] = acc.counts.get("novel", 0.0) + float(out.novel[sl].sum())

    def _close_tick(self) -> None:
        assert self.tick is not None
        ts = self.config.tick_seconds
        start, end = self.tick * ts, (self.tick + 1) * ts
        for name, mon in self.monitors.items():
            acc = self.acc[name]
            if acc.phase == READY:
                status = "drift" if acc.drift else ("insufficient_data" if acc.n == 0 else "ok")
            else:
                status = "insufficient_data" if acc.phase == INSUFFICIENT else "warming_up"
            if status == "insufficient_data":
                self.insufficient_ticks[name] += 1
            details: dict[str, float] = {}
            for det_name, value in acc.raw.items():
                if math.isfinite(value):
                    details[det_name] = value
                    thr = float(mon.detectors[det_name].threshold)
                    if math.isfinite(thr):
                        details[f"{det_name}_threshold"] = thr
                    if not mon.is_active(det_name):
                        details[f"{det_name}_active"] = 0.0
            for in_name, sk in acc.sketches.items():
                details.update({k: v for k, v in sk.summary(in_name).items() if math.isfinite(v)})
            details.update(acc.counts)
            self.pending_ticks.append(
                TickRecord(
                    segment=self.segment,
                    signal=name,
                    tick_time=end,
                    window_start=start,
                    window_end=end,
                    statistic=acc.last_score if math.isfinite(acc.last_score) else 0.0,
                    max_statistic=acc.max_score if math.isfinite(acc.max_score) else 0.0,
                    threshold=1.0,
                    n_events=acc.n,
                    n_reference=acc.n_reference if acc.n_reference >= 0 else mon.primary_reference,
                    status=status,
                    details=details,
                )
            )
            self.acc[name] = _TickAcc()

    # ------------------------------------------------------------------------------- references
    def reset_reference(self) -> None:
        """Forget every reference: the segment warms up again from its next events."""
        for mon in self.monitors.values():
            mon.reset(self.n_events)
        self.reference_source = "warmup"
        self.embedding_dim = None

    def pin_reference(self, reference: EventFeatures) -> None:
        """Fit every signal on ``reference`` (a pinned baseline) instead of a warm-up window.

        Raises ``ValueError`` if a signal has fewer than ``min_reference_events`` usable events in
        it (signals whose column is entirely missing are left warming up).
        """
        self._check_dim(reference)
        for name, mon in self.monitors.items():
            mon.reset(self.n_events)
            for in_name, inp in mon.inputs.items():
                values, valid = inp.extract(reference)
                usable = values[valid]
                if len(usable) == 0:
                    continue
                if len(usable) < self.config.min_reference_events:
                    raise ValueError(
                        f"pinned reference has {len(usable)} usable events for {name}/{in_name}; "
                        f"need at least {self.config.min_reference_events}"
                    )
                if isinstance(inp, FlagInput):
                    mon.fit_input(in_name, (int(np.sum(usable)), len(usable)), len(usable))
                elif isinstance(inp, MaskInput):
                    mon.fit_input(in_name, (inp.group_counts(usable), len(usable)), len(usable))
                else:
                    mon.fit_input(in_name, type(inp).roundtrip(usable), len(usable))
        self.reference_source = "pinned"

    # ---------------------------------------------------------------------------- serialisation
    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable checkpoint (compact: fitted detectors, or bounded warm-up buffers)."""
        return {
            "version": STATE_VERSION,
            "segment": self.segment,
            "config": self.config.to_dict(),
            "n_events": self.n_events,
            "tick": self.tick,
            "acc": {k: v.to_dict() for k, v in self.acc.items()},
            "monitors": {k: v.to_dict() for k, v in self.monitors.items()},
            "pending_ticks": [t.to_dict() for t in self.pending_ticks],
            "last_offset": self.last_offset,
            "reference_source": self.reference_source,
            "insufficient_ticks": dict(self.insufficient_ticks),
            "embedding_dim": self.embedding_dim,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], config: DriftConfig | None = None) -> SegmentDriftState:
        """Restore a checkpoint (``config`` overrides the stored one only if given)."""
        if d.get("version") != STATE_VERSION:
            raise ValueError(f"unsupported drift state version {d.get('version')!r}; expected {STATE_VERSION}")
        state = cls(d["segment"], config or DriftConfig.from_dict(d["config"]))
        state.n_events = int(d["n_events"])
        state.tick = None if d["tick"] is None else int(d["tick"])
        for name, mon in state.monitors.items():
            if name in d["monitors"]:
                mon.load(d["monitors"][name])
            if name in d["acc"]:
                state.acc[name] = _TickAcc.from_dict(d["acc"][name])
        state.pending_ticks = [TickRecord(**t) for t in d["pending_ticks"]]
        state.last_offset = d["last_offset"]
        state.reference_source = d["reference_source"]
        state.insufficient_ticks.update({k: int(v) for k, v in d["insufficient_ticks"].items()})
        state.embedding_dim = d["embedding_dim"]
        return state
