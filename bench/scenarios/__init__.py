"""Synthetic LLM event-stream scenarios for evaluating the drift stage (bench only, not shipped).

``pools`` (data model), ``text_dev`` / ``text_heldout`` (hand-written text pools, written
separately), ``generator`` (text -> embeddings + simulated scalars and detector outputs), ``suite``
(scenario definitions per split) and ``runner`` (drive :class:`SegmentDriftState` over a scenario).
"""
