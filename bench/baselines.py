"""Established drift methods run side by side with ours on the same scenario streams.

* :func:`evidently_centroid_onsets` — Evidently-style embedding drift (``method="distance"``):
  Euclidean distance between the mean embedding of the reference and of each tumbling window of
  ``window`` events, drift when above ``threshold`` (Evidently's default 0.2). Re-implemented here
  (evidently itself is not a dependency); prompts and responses.
* :func:`river_onsets` — river 0.26.1 detectors, per event: ``ADWIN(delta=1e-5)`` on log latency
  and log token counts, ``HDDM_A()`` or ``FHDDM()`` (defaults) on binary flags (errors, refusals,
  toxic prompts/responses, PII in responses/prompts). river detectors reset themselves after a
  detection; every detection after the reference counts as an onset.
"""

from __future__ import annotations

import numpy as np
from river.drift import ADWIN
from river.drift.binary import FHDDM, HDDMA

from detectors.drift.features import EventFeatures

__all__ = ["evidently_centroid_onsets", "river_onsets"]


def _ids(feats: EventFeatures, pos: np.ndarray) -> list[int]:
    return [int(feats.event_ids[int(p)].rsplit("-", 1)[1]) for p in pos]


def evidently_centroid_onsets(
    feats: EventFeatures, reference: int, window: int = 100, threshold: float = 0.2
) -> list[tuple[str, int]]:
    """Onsets of ``prompt_drift`` / ``response_drift`` (event index at the end of the window)."""
    out: list[tuple[str, int]] = []
    for signal, x, skip in (
        ("prompt_drift", feats.prompt_emb, np.zeros(len(feats), dtype=bool)),
        ("response_drift", feats.response_emb, feats.is_error),
    ):
        ok = np.flatnonzero((np.linalg.norm(x, axis=1) > 0.5) & ~skip)
        if len(ok) <= reference:
            continue
        mu = x[ok[:reference]].mean(axis=0)
        rest = ok[reference:]
        drifting = False
        for start in range(0, len(rest) - window + 1, window):
            sel = rest[start : start + window]
            dist = float(np.linalg.norm(x[sel].mean(axis=0) - mu))
            if dist > threshold and not drifting:
                out.append((signal, _ids(feats, sel[-1:])[0]))
            drifting = dist > threshold
    return out


def _flags(feats: EventFeatures, tox: float = 0.5) -> dict[tuple[str, str], tuple[np.ndarray, np.ndarray]]:
    err = feats.is_error
    return {
        ("error_rate", "error"): (feats.is_error, np.ones(len(feats), dtype=bool)),
        ("refusal_rate", "refusal"): (feats.is_refusal, ~err),
        ("toxicity", "prompt"): (np.nan_to_num(feats.toxicity_prompt) >= tox, np.isfinite(feats.toxicity_prompt)),
        ("toxicity", "response"): (
            np.nan_to_num(feats.toxicity_response) >= tox,
            np.isfinite(feats.toxicity_response) & ~err,
        ),
        ("pii", "response"): (np.nan_to_num(feats.pii_response_count) > 0, ~err),
        ("pii", "prompt"): (np.nan_to_num(feats.pii_prompt_count) > 0, np.ones(len(feats), dtype=bool)),
    }


def river_onsets(feats: EventFeatures, reference: int, binary: str = "hddm_a") -> list[tuple[str, int]]:
    """Onsets from river detectors (fed from the first event; detections after ``reference`` count)."""
    out: list[tuple[str, int]] = []
    err = feats.is_error
    scalars = {
        ("latency_drift", "latency"): (feats.latency_ms, ~err),
        ("token_drift", "prompt"): (feats.prompt_tokens, np.ones(len(feats), dtype=bool)),
        ("token_drift", "completion"): (feats.completion_tokens, ~err),
    }
    for (signal, _), (values, ok) in scalars.items():
        det = ADWIN(delta=1e-5)
        pos = np.flatnonzero(ok & np.isfinite(values))
        logs = np.log1p(np.maximum(values[pos], 0.0))
        for p, v in zip(pos.tolist(), logs.tolist(), strict=True):
            det.update(v)
            if det.drift_detected and p >= reference:
                out.append((signal, _ids(feats, np.array([p]))[0]))
    for (signal, _), (flags, ok) in _flags(feats).items():
        bdet = HDDMA() if binary == "hddm_a" else FHDDM()
        pos = np.flatnonzero(ok)
        for p, f in zip(pos.tolist(), flags[pos].tolist(), strict=True):
            bdet.update(bool(f))
            if bdet.drift_detected and p >= reference:
                out.append((signal, _ids(feats, np.array([p]))[0]))
    return out
