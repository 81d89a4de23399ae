"""Settings of the drift stage, with documented defaults.

>>> cfg = DriftConfig(tick_seconds=5.0)
>>> DriftConfig.from_dict(cfg.to_dict()) == cfg
True
>>> DriftConfig(signals=("latency",))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
ValueError: unknown signal 'latency'; valid: prompt_drift, response_drift, latency_drift, ..., pii
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from .records import SIGNALS
from .score_cusum import TOXIC_PROFILE

__all__ = ["ARL_FIELDS", "PII_TYPE_GROUPS", "TOXICITY_PROMPT_DETECTORS", "DriftConfig"]

#: Choices of ``DriftConfig.toxicity_prompt_detector``.
TOXICITY_PROMPT_DETECTORS = ("flag", "score", "both")

#: The target-ARL fields of :class:`DriftConfig` (together they set the false-alarm design budget).
ARL_FIELDS = (
    "target_arl",
    "novelty_target_arl",
    "safety_target_arl",
    "pii_response_target_arl",
    "pii_type_target_arl",
    "mewma_target_arl",
)

#: Groups of PII entity types (in responses) watched by one CUSUM each: the three common types on
#: their own, the rare structured ones together (each of them alone has a base rate so low that a
#: leak of it is conspicuous inside the group too; fewer members leave more budget per member).
PII_TYPE_GROUPS: tuple[tuple[str, ...], ...] = (
    ("PERSON",),
    ("EMAIL_ADDRESS",),
    ("PHONE_NUMBER",),
    ("CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "API_KEY"),
)


@dataclass(frozen=True)
class DriftConfig:
    """Drift-stage settings (one instance shared by every segment).

    Attributes:
        signals: signals to monitor.
        reference_events: usable events per signal in an automatic (warm-up) reference.
        min_reference_events: a signal that has fewer usable events than this when the segment has
            seen ``reference_events`` events reports ``insufficient_data`` and keeps collecting; at
            or above it, it fits on what it has.
        tick_seconds: length of a tick (tumbling window of event time) for tick records.
        recovery_events: segment events without any alarm after which a drifting signal recovers.
        target_arl: average in-control events between false alarms, per detector (default for
            latency, tokens, error and refusal rates, toxic responses and PII in prompts).
        novelty_target_arl: the same for the kNN novelty detectors.
        safety_target_arl: the same for the toxic-prompt detector, which gets a larger share of
            the false-alarm budget because a 15% toxic wave must be caught within 100 events.
        pii_response_target_arl: the same for the "any PII in the response" detector. Its 10%
            wave over a ~1% base is the smallest change we must catch within 100 events (~0.12 nats
            per event), so it gets the largest share of the segment's design budget.
        pii_type_target_arl: the same for *each* member of the PII-type bank (one Bernoulli
            CUSUM per group of entity types in responses, :data:`PII_TYPE_GROUPS`; a wave of one
            leaking type carries about twice the information per event on its own type). The bank
            counts ``len(PII_TYPE_GROUPS) / pii_type_target_arl`` in the design budget; 0 switches
            it off.
        mewma_target_arl: the same for the whitened MEWMA.
        mewma_lambda: EWMA weight of the MEWMA.
        mewma_components: principal axes of the MEWMA.
        novelty_components: principal axes of the kNN novelty reservoir.
        novelty_k: neighbours of the kNN novelty score.
        novelty_quantile: calibration quantile above which an event counts as novel.
        rate_ratio: design alternative of rate CUSUMs, as a multiple of the reference rate.
        rate_min_increase: design alternative of rate CUSUMs, as an absolute increase.
        scalar_shift: shift (reference SDs of the log value) the latency/token CUSUMs are tuned for.
        toxicity_threshold: score at or above which a prompt or response counts as toxic.
        toxicity_prompt_detector: what watches toxic prompts: ``"score"`` (default since session 12:
            score-weighted contamination CUSUM, :class:`~detectors.drift.score_cusum.ScoreCUSUM`),
            ``"flag"`` (the Bernoulli CUSUM on ``score >= toxicity_threshold``, the previous default)
            or ``"both"`` (each at twice
            ``safety_target_arl``, so the design budget is unchanged).
        toxicity_score_epsilon: design contamination of the score CUSUM (share of prompts a wave
            replaces).
        toxicity_score_profile: counts per score bin of toxic text for the score CUSUM (``f1``; the
            built-in scorer's on its calibration files by default).
        seed: base seed of the calibration bootstraps (combined with segment and signal names).

    The design budget (session 17, split "D1"): the expected false-alarm rate of a segment (sum
    of ``1 / ARL`` over its detectors, :func:`detectors.drift.segment.design_false_alarm_rate`)
    is 3.05e-6 per event, ~3.6 % chance of one alarm in a 12,000-event stable stream. Until
    session 16 every target ARL was 3x smaller except ``pii_response_target_arl`` (target,
    novelty, safety, PII-type and MEWMA ARLs 1e7, 5e6, 1e6, 1e7, 1e7: 4.98e-6 per event, ~5.8 %).
    The PII-in-responses CUSUM keeps its 4.8e5 because it is the binding constraint: its 10% wave
    is the one whose delays cross 100 events when its ARL grows, while the other detectors' waves
    (toxic, refusal, latency) kept wide delay margins at 3x on the session-16 replays (max 96, 40,
    37 events against 100, 100, 60; ``docs/drift.md``). The setting ``drift_arl_scale`` scales the
    whole budget, PII included (:meth:`with_arl_scale`).

    >>> from detectors.drift.segment import design_false_alarm_rate
    >>> rate = design_false_alarm_rate(DriftConfig())
    >>> round(rate * 1e6, 2), round(100 * (1 - (1 - rate) ** 12_000), 1)
    (3.05, 3.6)
    """

    signals: tuple[str, ...] = SIGNALS
    reference_events: int = 2000
    min_reference_events: int = 500
    tick_seconds: float = 10.0
    recovery_events: int = 1000
    target_arl: float = 3e7
    novelty_target_arl: float = 1.5e7
    safety_target_arl: float = 3e6
    pii_response_target_arl: float = 4.8e5
    pii_type_target_arl: float = 3e7
    mewma_target_arl: float = 3e7
    mewma_lambda: float = 0.02
    mewma_components: int = 16
    novelty_components: int = 64
    novelty_k: int = 5
    novelty_quantile: float = 0.95
    rate_ratio: float = 5.0
    rate_min_increase: float = 0.08
    scalar_shift: float = 1.0
    toxicity_threshold: float = 0.5
    toxicity_prompt_detector: str = "score"
    toxicity_score_epsilon: float = 0.10
    toxicity_score_profile: tuple[int, ...] = TOXIC_PROFILE
    seed: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "signals", tuple(self.signals))
        object.__setattr__(self, "toxicity_score_profile", tuple(int(c) for c in self.toxicity_score_profile))
        if self.toxicity_prompt_detector not in TOXICITY_PROMPT_DETECTORS:
            raise ValueError(f"toxicity_prompt_detector must be one of {TOXICITY_PROMPT_DETECTORS}")
        if not 0.0 < self.toxicity_score_epsilon < 1.0:
            raise ValueError("toxicity_score_epsilon must be in (0, 1)")
        for name in self.signals:
            if name not in SIGNALS:
                raise ValueError(f"unknown signal {name!r}; valid: {', '.join(SIGNALS)}")
        if self.min_reference_events < 50 or self.min_reference_events > self.reference_events:
            raise ValueError("min_reference_events must be in [50, reference_events]")
        if self.tick_seconds <= 0:
            raise ValueError("tick_seconds must be positive")

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (JSON-serialisable)."""
        d = asdict(self)
        d["signals"] = list(self.signals)
        d["toxicity_score_profile"] = list(self.toxicity_score_profile)
        return d

    def with_arl_scale(self, k: float) -> DriftConfig:
        """Every target ARL times ``k``: the segment's false-alarm design budget divided by ``k``.

        >>> from detectors.drift.segment import design_false_alarm_rate
        >>> round(design_false_alarm_rate(DriftConfig().with_arl_scale(5.0)) * 1e6, 2)
        0.61
        """
        if not k > 0:
            raise ValueError("the ARL scale must be positive")
        return replace(self, **{name: getattr(self, name) * k for name in ARL_FIELDS})

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DriftConfig:
        """Inverse of :meth:`to_dict` (unknown keys are an error)."""
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"unknown DriftConfig keys {sorted(unknown)}; valid: {', '.join(sorted(known))}")
        kwargs = dict(d)
        if "signals" in kwargs:
            kwargs["signals"] = tuple(kwargs["signals"])
        return cls(**kwargs)
