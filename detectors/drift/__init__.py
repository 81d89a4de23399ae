"""Drift statistics per segment: pure, synchronous, batch-vectorised, checkpointable.

Entry point: :class:`SegmentDriftState` (one per app × model × prompt version), fed with
:class:`EventFeatures` batches; it returns :class:`DriftSignal` transitions and queues
:class:`TickRecord` rows. Detectors (one module each): :class:`KNNNovelty` and
:class:`WhitenedMEWMA` and :class:`ResidualCUSUM` for embeddings, :class:`ScalarCUSUM` for log latency and tokens,
:class:`BernoulliCUSUM` for rates, :class:`ScoreCUSUM` for toxic prompts (score-weighted);
thresholds calibrated to a target average run length
(:mod:`detectors.drift.calibration`). See ``docs/drift.md``.
"""

from __future__ import annotations

from .bernoulli import BernoulliCUSUM
from .config import DriftConfig
from .features import EventFeatures
from .mewma import WhitenedMEWMA
from .novelty import KNNNovelty
from .records import SIGNALS, STATUSES, DriftSignal, TickRecord
from .residual import ResidualCUSUM
from .scalar import ScalarCUSUM
from .score_cusum import ScoreCUSUM
from .segment import SegmentDriftState
from .sketch import LogSketch

__all__ = [
    "SIGNALS",
    "STATUSES",
    "BernoulliCUSUM",
    "DriftConfig",
    "DriftSignal",
    "EventFeatures",
    "KNNNovelty",
    "LogSketch",
    "ResidualCUSUM",
    "ScalarCUSUM",
    "ScoreCUSUM",
    "SegmentDriftState",
    "TickRecord",
    "WhitenedMEWMA",
]
