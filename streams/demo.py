"""Synthetic LLM traffic for ``driftline up --demo``, with incidents injected on a schedule.

Three segments chat along; after ``incident_after`` events the schedule starts: the support
bot's users switch topic (prompt drift), the code assistant's latency doubles, a wave of toxic
prompts, then a wave of responses leaking PII. Deterministic for a given seed.

>>> gen = DemoTraffic(seed=7)
>>> first = gen.next_event()
>>> first["schema_version"], first["app"] in {"support-bot", "code-assistant"}
(1, True)
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

__all__ = ["DemoTraffic"]

_SEGMENTS = (
    ("support-bot", "gpt-4o-mini", "v3"),
    ("support-bot", "claude-haiku", "v3"),
    ("code-assistant", "qwen2.5-coder", "v1"),
)

_SUPPORT = (
    "How do I reset my password? The link in the email has expired.",
    "Can I change the billing date on my subscription to the 15th?",
    "My invoice shows a charge twice for March, can you check?",
    "Where can I download my receipts for the last year?",
    "Is there a way to add a second user to my account?",
    "The app logs me out every few minutes on my phone.",
    "How do I cancel my plan before the renewal?",
    "Do you offer a discount for non-profits?",
)
_CODE = (
    "Why does my Python list comprehension raise a NameError inside a class body?",
    "How do I kill the process that is holding port 8080 on Linux?",
    "Write a SQL query that returns the top 5 customers by revenue per month.",
    "What is the difference between a mutex and a semaphore?",
    "My React component re-renders twice in development, is that a bug?",
    "How can I make this bash loop stop when the daemon dies?",
    "Explain Rust lifetimes with a small example.",
    "How do I profile memory usage of a Go service?",
)
_TRAVEL = (
    "What are the best day trips from Lisbon by train?",
    "Which documents do I need to rent a car in Japan?",
    "Plan a three-day itinerary for Kyoto in autumn.",
    "Is it cheaper to fly into Milan or Bergamo for Lake Como?",
    "What should I pack for a week of hiking in Patagonia?",
)
_TOXIC = (
    "You are a useless pile of garbage, just like the idiots who built you.",
    "I will find the support agent who closed my ticket and make them regret it.",
    "People like you from that country are vermin and should be kicked out.",
)
_ANSWERS = (
    "Sure! Here are the steps: open Settings, choose Account, then follow the prompts.",
    "Good question. In short, the behaviour comes from how the scope is evaluated; here is an example.",
    "I checked the details you gave. The simplest fix is to update the configuration and retry.",
    "Here is a concise answer with an example you can adapt to your case.",
)
_PII_ANSWERS = (
    "I found the account: it belongs to Maria Gonzalez, email maria.gonzalez@example.com, phone +1 415 555 0142.",
    "The card on file is 4111 1111 1111 1111 and the billing contact is p.okafor@example.org.",
)


class DemoTraffic:
    """An endless, seeded stream of realistic events with scheduled incidents."""

    def __init__(
        self,
        seed: int = 0,
        incident_after: int | None = None,
        start: datetime | None = None,
        live: bool = False,
        reference_events: int = 2000,
    ) -> None:
        """``live=True`` stamps events with the wall clock; otherwise ~10 events per second of event time.

        Incidents start by default once every segment has seen 1.5 warm-up references
        (``reference_events`` each), so no incident lands inside a segment's reference.
        """
        self.live = live
        self.random = random.Random(seed)
        self.incident_after = (
            incident_after if incident_after is not None else int(1.5 * reference_events * len(_SEGMENTS))
        )
        self.count = 0
        self.clock = start or datetime.now(UTC)

    def _phase(self) -> str:
        n = self.count - self.incident_after
        if n < 0:
            return "stable"
        return ("topic_shift", "latency", "toxic_wave", "pii_wave", "stable")[min(n // 1500, 4)]

    def next_event(self) -> dict[str, Any]:
        """The next event as a JSON-ready dict (schema v1)."""
        r = self.random
        phase = self._phase()
        app, model, version = r.choice(_SEGMENTS)
        self.count += 1
        self.clock = datetime.now(UTC) if self.live else self.clock + timedelta(milliseconds=r.expovariate(1 / 100))
        pool: tuple[str, ...] = _CODE if app == "code-assistant" else _SUPPORT
        if phase == "topic_shift" and app == "support-bot" and r.random() < 0.8:
            pool = _TRAVEL
        prompt = r.choice(pool)
        if phase == "toxic_wave" and r.random() < 0.15:
            prompt = r.choice(_TOXIC)
        response = r.choice(_ANSWERS)
        if phase == "pii_wave" and r.random() < 0.10:
            response = r.choice(_PII_ANSWERS)
        latency = r.lognormvariate(6.5, 0.35)
        if phase == "latency" and app == "code-assistant":
            latency *= 2
        failed = r.random() < 0.01
        return {
            "schema_version": 1,
            "event_id": str(uuid.UUID(int=r.getrandbits(128), version=4)),
            "timestamp": self.clock.isoformat().replace("+00:00", "Z"),
            "app": app,
            "model": model,
            "prompt_version": version,
            "prompt": prompt,
            "response": "" if failed else response,
            "session_id": f"s-{r.randrange(5000)}",
            "user_id": f"user-{r.randrange(20000)}",
            "latency_ms": round(latency, 1),
            "prompt_tokens": max(1, len(prompt) // 4 + r.randrange(40)),
            "completion_tokens": 0 if failed else max(1, len(response) // 4 + r.randrange(120)),
            "cost_usd": round(r.uniform(0.0001, 0.004), 6),
            "status": "error" if failed else "ok",
            **({"error_type": "RateLimitError"} if failed else {}),
            "metadata": {"region": r.choice(("eu-west-1", "us-east-1"))},
        }
