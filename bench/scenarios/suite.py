"""Scenario suites: the same kinds of change, on the dev pools or on the held-out pools.

Every scenario streams at 10 events/s of event time. A segment warms up on its first 2,000 events
(the reference), runs 2,000 more stable events, then the change starts at event ``ONSET``. Stable
scenarios run 12,000 events after the reference. ``pii_wave`` raises the rate of PII in responses
with the entity-type mix unchanged (spread over types); ``pii_wave_one_type`` and
``pii_wave_person`` make the extra PII one type (dev: e-mail addresses, held-out: phone numbers;
both: person names, the most common type in the base). The held-out suite uses other text pools (other
sentences, templates, slot values and partly other topics), other mixture weights and other seeds.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .generator import Change, StreamParams, pii_one_type_wave
from .pools import PoolSet

__all__ = ["ONSET", "REFERENCE", "Scenario", "build_suite", "pools_for"]

REFERENCE = 2000
ONSET = 4000
STABLE_AFTER_REFERENCE = 12000


@dataclass(frozen=True)
class Scenario:
    """One stream (or two, for ``new_prompt_version``) with a known change point.

    Attributes:
        name: scenario name.
        params: stream parameters (with the change).
        n_events: events in the stream.
        onset: event index where the change starts (``None`` for stable streams).
        expected: signals that must fire after the onset (the detection delay is measured on them).
        allowed: signals that may also fire after the onset (knock-on effects, e.g. latency with
            longer completions); any other alarm counts as a false alarm.
        split_segment: from ``onset`` on, events go to a second segment (a new prompt version),
            with ``second`` as its stream parameters.
        second: parameters of the second segment's stream.
    """

    name: str
    params: StreamParams
    n_events: int
    onset: int | None
    expected: tuple[str, ...] = ()
    allowed: tuple[str, ...] = ()
    split_segment: bool = False
    second: StreamParams | None = None


def pools_for(split: str) -> PoolSet:
    """The text pools of ``split`` (``"dev"`` or ``"heldout"``)."""
    if split == "dev":
        from .text_dev import POOLS
    elif split == "heldout":
        from .text_heldout import POOLS
    else:
        raise ValueError(f"unknown split {split!r}; valid: dev, heldout")
    return POOLS


def build_suite(split: str) -> list[Scenario]:
    """All scenarios of a split."""
    if split == "dev":
        single = ("coding",)
        mix = ("coding", "cooking", "travel", "billing", "medical")
        mix_w = (0.3, 0.25, 0.2, 0.15, 0.1)
        new = "legal"
        base3 = ("billing", "coding", "hr")
        base3_w = (0.5, 0.3, 0.2)
        burst = 0.9
        leak = "EMAIL_ADDRESS"
    elif split == "heldout":
        single = ("gardening",)
        mix = ("coding", "insurance", "travel", "automotive", "cooking")
        mix_w = (0.22, 0.18, 0.27, 0.13, 0.2)
        new = "real_estate"
        base3 = ("medical", "billing", "gardening")
        base3_w = (0.45, 0.35, 0.2)
        burst = 0.92
        leak = "PHONE_NUMBER"
    else:
        raise ValueError(f"unknown split {split!r}; valid: dev, heldout")
    n_change = ONSET + 3000
    n_stable = REFERENCE + STABLE_AFTER_REFERENCE
    stable_mix = StreamParams(mix, mix_w)
    b3 = StreamParams((*base3, new), (*base3_w, 0.0))
    post_new = (0.0,) * len(base3) + (1.0,)
    on = ONSET
    shifted_w = tuple(0.7 if i == 0 else 0.3 / (len(mix) - 1) for i in range(len(mix)))
    scalars = ("latency_drift", "token_drift")
    return [
        Scenario("stable_single_topic", StreamParams(single, (1.0,)), n_stable, None),
        Scenario("stable_mixture", stable_mix, n_stable, None),
        Scenario("stable_mixture_bursty", replace(stable_mix, burst_stay=burst), n_stable, None),
        Scenario(
            "abrupt_topic_shift",
            replace(b3, changes=(Change("weights", post_new, on),)),
            n_change,
            on,
            ("prompt_drift",),
            ("response_drift", *scalars),
        ),
        Scenario(
            "abrupt_topic_shift_bursty",
            replace(b3, burst_stay=burst, changes=(Change("weights", post_new, on),)),
            n_change,
            on,
            ("prompt_drift",),
            ("response_drift", *scalars),
        ),
        Scenario(
            "gradual_topic_shift",
            replace(b3, changes=(Change("weights", post_new, on, 1500),)),
            n_change,
            on,
            ("prompt_drift",),
            ("response_drift", *scalars),
        ),
        Scenario(
            "refusal_wave",
            replace(stable_mix, changes=(Change("refusal_rate", 0.4, on),)),
            n_change,
            on,
            ("response_drift", "refusal_rate"),
            scalars,
        ),
        Scenario(
            "response_style_change",
            replace(stable_mix, changes=(Change("terse_rate", 0.5, on),)),
            n_change,
            on,
            ("response_drift",),
            scalars,
        ),
        Scenario(
            "latency_doubling",
            replace(stable_mix, changes=(Change("latency_mult", 2.0, on),)),
            n_change,
            on,
            ("latency_drift",),
        ),
        Scenario(
            "latency_creep",
            replace(stable_mix, changes=(Change("latency_mult", 1.5, on, 3000),)),
            n_change,
            on,
            ("latency_drift",),
        ),
        Scenario(
            "token_inflation",
            replace(stable_mix, changes=(Change("completion_mult", 1.6, on),)),
            n_change,
            on,
            ("token_drift",),
            ("latency_drift",),
        ),
        Scenario(
            "error_burst",
            replace(stable_mix, changes=(Change("error_rate", 0.15, on),)),
            n_change,
            on,
            ("error_rate",),
            ("latency_drift", "token_drift"),
        ),
        Scenario(
            "toxic_wave",
            replace(stable_mix, changes=(Change("toxic_rate", 0.15, on),)),
            n_change,
            on,
            ("toxicity",),
        ),
        Scenario(
            "pii_wave",
            replace(stable_mix, changes=(Change("pii_response_rate", 0.10, on),)),
            n_change,
            on,
            ("pii",),
        ),
        Scenario(  # one entity type leaks (the wave's extra PII is all ``leak``)
            "pii_wave_one_type",
            replace(
                stable_mix,
                changes=(
                    Change("pii_response_rate", 0.10, on),
                    Change("pii_type_weights", pii_one_type_wave(leak), on),
                ),
            ),
            n_change,
            on,
            ("pii",),
        ),
        Scenario(  # the leaking type is the most common one in the base (names): least to gain by type
            "pii_wave_person",
            replace(
                stable_mix,
                changes=(
                    Change("pii_response_rate", 0.10, on),
                    Change("pii_type_weights", pii_one_type_wave("PERSON"), on),
                ),
            ),
            n_change,
            on,
            ("pii",),
        ),
        Scenario(
            "topic_mix_change",
            replace(stable_mix, changes=(Change("weights", shifted_w, on),)),
            n_change,
            on,
            ("prompt_drift",),
            ("response_drift", *scalars),
        ),
        Scenario(
            "new_prompt_version",
            stable_mix,
            n_change,
            on,
            split_segment=True,
            second=replace(stable_mix, terse_rate=0.3, completion_mult=0.7),
        ),
    ]
