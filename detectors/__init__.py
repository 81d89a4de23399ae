"""Pure, synchronous, batch-friendly detectors: embeddings, toxicity, PII, drift, alert rules.

Nothing here does network, Kafka or ClickHouse I/O; detectors may read model files from disk
(see :mod:`detectors.model_store`). Subpackages import their heavy dependencies lazily, so
importing :mod:`detectors` itself is cheap.
"""

from __future__ import annotations
