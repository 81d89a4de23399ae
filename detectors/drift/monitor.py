"""One signal of one segment: reference warm-up, detectors, and the onset/recovery state machine.

A :class:`SignalMonitor` owns one or more :mod:`inputs <detectors.drift.inputs>` and the detectors
fitted on them. Per batch it

1. extracts each input's usable values; while an input is warming up, values go to its reference
   buffer; at the event where the reference is complete (``reference_events`` usable values, or at
   least ``min_reference_events`` once the segment has seen ``reference_events`` events) the
   input's detectors are fitted and the buffer is dropped;
2. runs the fitted detectors over the remaining values (vectorised, per event);
3. turns the per-event alarms into transitions: *onset* at an alarm while not in drift, *recovery*
   after ``recovery_events`` segment events without any alarm.

Detector statistics are reported normalised (``value / threshold``), so every signal's alarm line
is 1.0; the raw values stay available for tick details and drift signals.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .bernoulli import BernoulliCUSUM
from .config import DriftConfig
from .features import EventFeatures
from .inputs import Input
from .mewma import WhitenedMEWMA
from .novelty import KNNNovelty
from .rate_bank import BernoulliBank
from .residual import ResidualCUSUM
from .scalar import ScalarCUSUM
from .score_cusum import ScoreCUSUM

__all__ = ["DetectorSpec", "SignalMonitor", "SignalOutput"]

AnyDetector = KNNNovelty | WhitenedMEWMA | ResidualCUSUM | ScalarCUSUM | BernoulliCUSUM | BernoulliBank | ScoreCUSUM

_DETECTOR_TYPES: dict[str, type[Any]] = {
    "novelty": KNNNovelty,
    "mewma": WhitenedMEWMA,
    "residual": ResidualCUSUM,
    "scalar": ScalarCUSUM,
    "rate": BernoulliCUSUM,
    "rate_bank": BernoulliBank,
    "score": ScoreCUSUM,
}

WARMING_UP, INSUFFICIENT, READY = 0, 1, 2


@dataclass(frozen=True)
class DetectorSpec:
    """A detector of a signal: its name, type (``novelty``/``mewma``/``residual``/``scalar``/``rate``/
    ``rate_bank``/``score``), input and constructor arguments."""

    name: str
    kind: str
    input: str
    params: dict[str, Any] = field(default_factory=dict)

    def build(self) -> AnyDetector:
        return _DETECTOR_TYPES[self.kind](**self.params)


@dataclass
class SignalOutput:
    """Per-event results of one batch for one signal (arrays of batch length ``n``)."""

    valid: np.ndarray
    phase: np.ndarray
    score: np.ndarray
    in_drift: np.ndarray
    raw: dict[str, np.ndarray]
    transitions: list[tuple[int, str, str, float, float, str]]
    novel: np.ndarray | None = None
    extracted: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    #: Reference size of the first input after each event (collected so far while warming up).
    n_reference: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


def _fit(det: AnyDetector, reference: Any, rng: np.random.Generator) -> None:
    if isinstance(det, KNNNovelty | WhitenedMEWMA | ResidualCUSUM | ScalarCUSUM):
        # Alternating fit/calibration blocks: 100 events for a full reference, shorter for a
        # short one so that both parts still get several blocks.
        block = max(10, min(100, len(reference) // 20))
        if isinstance(det, KNNNovelty):
            det.fit(reference, split_block=block)
        else:
            det.fit(reference, rng, split_block=block)
    elif isinstance(det, ScoreCUSUM):
        det.fit(reference, rng)
    elif isinstance(det, BernoulliBank):
        group_positives, n_bank = reference
        det.fit_counts(group_positives, n_bank)
    else:
        positives, n = reference
        det.fit_counts(positives, n)


def _update(det: AnyDetector, values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if isinstance(det, ScalarCUSUM | ResidualCUSUM):
        return det.update(values)
    stat, alarm = det.update(values)
    return stat, alarm, np.zeros(len(stat), dtype=np.int8)


def _forward_fill(n: int, pos: np.ndarray, values: np.ndarray, last: float) -> np.ndarray:
    """Length-``n`` array holding, at each index, the latest of ``values`` placed at ``pos``."""
    full = np.full(n + 1, np.nan)
    full[0] = last
    full[pos + 1] = values
    idx = np.where(~np.isnan(full), np.arange(n + 1), 0)
    np.maximum.accumulate(idx, out=idx)
    return full[idx][1:]


class SignalMonitor:
    """Reference, detectors and drift state of one signal of one segment."""

    def __init__(
        self,
        name: str,
        inputs: dict[str, Input],
        specs: list[DetectorSpec],
        config: DriftConfig,
        segment: str,
    ) -> None:
        self.name = name
        self.inputs = inputs
        self.specs = specs
        self.config = config
        self.segment = segment
        self.detectors: dict[str, AnyDetector] = {s.name: s.build() for s in specs}
        self.fitted: dict[str, bool] = dict.fromkeys(inputs, False)
        self.n_reference: dict[str, int] = dict.fromkeys(inputs, 0)
        self.last_raw: dict[str, float] = {s.name: float("nan") for s in specs}
        self.input_fits: dict[str, int] = dict.fromkeys(inputs, 0)
        self.ref_start = 0  # segment event number at which the current warm-up started
        self.in_drift = False
        self.last_alarm = -1
        self.insufficient_events = 0

    # ----------------------------------------------------------------------------------- fitting
    def _rng(self, input_name: str) -> np.random.Generator:
        """The calibration draws of ``input_name``'s next fit: a function of the segment, the signal,
        the input and how many times *that input* was fitted before, never of when other inputs
        were fitted (which depends on batching: an input whose last warm-up event is invalid for
        another input finishes in a later batch). With every input fitted once per warm-up, the
        stream number equals the monitor-wide fit counter used before, so results are unchanged
        wherever batching did not matter."""
        key = f"{self.segment}\x1f{self.name}\x1f{input_name}".encode()
        stream = self.input_fits[input_name] * len(self.inputs) + list(self.inputs).index(input_name)
        return np.random.default_rng([self.config.seed, zlib.crc32(key), stream])

    def fit_input(self, input_name: str, reference: Any, count: int) -> None:
        """Fit every detector of ``input_name`` on ``reference`` (``count`` usable events)."""
        rng = self._rng(input_name)
        for spec in self.specs:
            if spec.input == input_name:
                det = spec.build()
                _fit(det, reference, rng)
                self.detectors[spec.name] = det
        self.fitted[input_name] = True
        self.n_reference[input_name] = count
        self.input_fits[input_name] += 1

    def reset(self, at: int = 0) -> None:
        """Forget the reference and every detector: warm up again from segment event ``at``."""
        self.ref_start = at
        for name, inp in self.inputs.items():
            inp.clear()
            self.fitted[name] = False
            self.n_reference[name] = 0
        self.detectors = {s.name: s.build() for s in self.specs}
        self.last_raw = {s.name: float("nan") for s in self.specs}
        self.in_drift = False
        self.last_alarm = -1

    @property
    def primary_reference(self) -> int:
        """Reference size of the first input (collected so far while warming up)."""
        first = next(iter(self.inputs))
        return self.n_reference[first] if self.fitted[first] else self.inputs[first].count

    def is_active(self, det_name: str) -> bool:
        det = self.detectors[det_name]
        return bool(getattr(det, "active", True))

    # -------------------------------------------------------------------------------- processing
    def process(self, batch: EventFeatures, seen_before: int) -> SignalOutput:
        """Feed one batch; ``seen_before`` is the number of segment events before it."""
        n = len(batch)
        cfg = self.config
        seg_count = seen_before - self.ref_start + np.arange(1, n + 1)
        valid_any = np.zeros(n, dtype=bool)
        phase = np.full(n, WARMING_UP, dtype=np.int8)
        alarm_any = np.zeros(n, dtype=bool)
        raw: dict[str, np.ndarray] = {}
        scores: list[np.ndarray] = []
        firing: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        # Always an array when the signal has a novelty detector (zeros while warming up), so a
        # tick's details have the same keys however its events were batched.
        novel = np.zeros(n, dtype=bool) if any(s.kind == "novelty" for s in self.specs) else None
        extracted: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        primary = next(iter(self.inputs))
        n_ref = np.full(n, self.n_reference[primary] if self.fitted[primary] else self.inputs[primary].count)
        for in_name, inp in self.inputs.items():
            values, valid = inp.extract(batch)
            if inp.kind in ("scalar", "flag"):
                extracted[in_name] = (values, valid)
            valid_any |= valid
            pos = np.flatnonzero(valid)
            start = 0  # index into pos of the first monitored value
            in_phase = np.full(n, READY, dtype=np.int8)
            if not self.fitted[in_name]:
                have = inp.count + np.cumsum(valid)
                done = (have >= inp.capacity) | (
                    (seg_count >= cfg.reference_events) & (have >= cfg.min_reference_events)
                )
                hit = np.flatnonzero(done & valid)
                stop = int(hit[0]) if len(hit) else n
                take = pos[pos <= stop] if len(hit) else pos
                inp.collect(values[take])
                in_phase[: stop + 1] = np.where(seg_count[: stop + 1] >= cfg.reference_events, INSUFFICIENT, WARMING_UP)
                if len(hit):
                    in_phase[stop] = READY
                self.insufficient_events += int(np.sum(in_phase[: stop + 1] == INSUFFICIENT))
                if in_name == primary:
                    n_ref = np.minimum(have, have[stop]) if len(hit) else have
                if len(hit):
                    self.fit_input(in_name, inp.reference(), inp.count)
                    inp.clear()
                    start = len(take)
                else:
                    start = len(pos)
            phase = np.maximum(phase, in_phase)
            mon = pos[start:]
            for spec in self.specs:
                if spec.input != in_name:
                    continue
                det = self.detectors[spec.name]
                if len(mon) == 0 or not self.fitted[in_name]:
                    raw[spec.name] = np.full(n, self.last_raw[spec.name])
                else:
                    stat, alarm, direction = _update(det, values[mon])
                    if isinstance(det, KNNNovelty) and novel is not None:
                        novel[mon] = det.last_novel
                    raw[spec.name] = _forward_fill(n, mon, stat, self.last_raw[spec.name])
                    self.last_raw[spec.name] = float(raw[spec.name][-1])
                    if self.is_active(spec.name):
                        alarm_any[mon[alarm]] = True
                        firing[spec.name] = (mon[alarm], stat[alarm], direction[alarm])
                if self.is_active(spec.name):
                    # Events without a usable value carry the last statistic forward, in any batch;
                    # NaN (no statistic yet) where the detector is not fitted.
                    with np.errstate(invalid="ignore"):
                        scores.append(raw[spec.name] / float(det.threshold))
        # Largest normalised statistic over the detectors that have one (fmax skips NaN).
        score = np.fmax.reduce(np.vstack(scores), axis=0) if scores else np.full(n, np.nan)
        transitions, in_drift = self._transitions(alarm_any, score, firing, raw, seen_before)
        return SignalOutput(valid_any, phase, score, in_drift, raw, transitions, novel, extracted, n_ref)

    def _transitions(
        self,
        alarm: np.ndarray,
        score: np.ndarray,
        firing: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]],
        raw: dict[str, np.ndarray],
        seen_before: int,
    ) -> tuple[list[tuple[int, str, str, float, float, str]], np.ndarray]:
        n = len(alarm)
        rec = self.config.recovery_events
        out: list[tuple[int, str, str, float, float, str]] = []
        in_drift = np.zeros(n, dtype=bool)
        hits = np.flatnonzero(alarm)
        g_hits = seen_before + hits  # global (segment) event numbers, 0-based
        prev = self.last_alarm if self.in_drift else None
        state_start = 0
        for p, g in zip(hits.tolist(), g_hits.tolist(), strict=True):
            if prev is not None and g - prev > rec:
                r = prev + rec - seen_before  # recovery position in this batch
                if r >= 0:
                    in_drift[state_start : r + 1] = True
                    out.append((r, "recovery", "", float(score[r]), 1.0, ""))
                prev = None
            if prev is None:
                state_start = p
                out.append(self._onset(p, firing, raw))
            prev = g
        if prev is not None:
            end = prev + rec - seen_before
            if end < n:
                in_drift[state_start : end + 1] = True
                out.append((end, "recovery", "", float(score[end]), 1.0, ""))
                prev = None
            else:
                in_drift[state_start:] = True
        self.in_drift = prev is not None
        self.last_alarm = prev if prev is not None else -1
        return out, in_drift

    def _onset(
        self,
        p: int,
        firing: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]],
        raw: dict[str, np.ndarray],
    ) -> tuple[int, str, str, float, float, str]:
        best: tuple[float, str, float, float, str] | None = None
        for name, (pos, stat, direction) in firing.items():
            hit = np.flatnonzero(pos == p)
            if len(hit):
                thr = float(self.detectors[name].threshold)
                value = float(stat[hit[0]])
                d = int(direction[hit[0]])
                cand = (value / thr, name, value, thr, "up" if d > 0 else "down" if d < 0 else "")
                if best is None or cand[0] > best[0]:
                    best = cand
        assert best is not None
        del raw
        return (p, "onset", best[1], best[2], best[3], best[4])

    # ----------------------------------------------------------------------------- serialisation
    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable state (fitted detectors, or warm-up buffers)."""
        return {
            "inputs": {k: (None if self.fitted[k] else v.to_dict()) for k, v in self.inputs.items()},
            "fitted": dict(self.fitted),
            "n_reference": dict(self.n_reference),
            "detectors": {
                s.name: (self.detectors[s.name].to_dict() if self.fitted[s.input] else None) for s in self.specs
            },
            "last_raw": {k: (None if np.isnan(v) else v) for k, v in self.last_raw.items()},
            "input_fits": dict(self.input_fits),
            "fits": sum(self.input_fits.values()),  # read by versions before input_fits
            "ref_start": self.ref_start,
            "in_drift": self.in_drift,
            "last_alarm": self.last_alarm,
            "insufficient_events": self.insufficient_events,
        }

    def load(self, d: dict[str, Any]) -> None:
        """Restore from :meth:`to_dict` (inputs and specs come from the constructor). An input or
        detector the checkpoint does not know (added in a later version) starts warming up."""
        self.fitted.update({k: bool(v) for k, v in d["fitted"].items() if k in self.inputs})
        self.n_reference.update({k: int(v) for k, v in d["n_reference"].items() if k in self.inputs})
        for k, v in d["inputs"].items():
            if v is not None and k in self.inputs:
                self.inputs[k].load(v)
        for spec in self.specs:
            state = d["detectors"].get(spec.name)
            if state is not None:
                self.detectors[spec.name] = _DETECTOR_TYPES[spec.kind].from_dict(state)
        self.last_raw.update({k: (float("nan") if v is None else float(v)) for k, v in d["last_raw"].items()})
        if "input_fits" in d:
            self.input_fits.update({k: int(v) for k, v in d["input_fits"].items() if k in self.inputs})
        else:  # older checkpoint: one monitor-wide counter, every input fitted once per warm-up
            self.input_fits = dict.fromkeys(self.inputs, int(d["fits"]) // max(1, len(self.inputs)))
        self.ref_start = int(d["ref_start"])
        self.in_drift = bool(d["in_drift"])
        self.last_alarm = int(d["last_alarm"])
        self.insufficient_events = int(d["insufficient_events"])
