"""Detects a broker that lost its state (an embedded Tansu restart) and restarts the worker cleanly.

The embedded broker keeps everything in memory: restarted on the same address it is a new, empty
cluster. A running worker cannot continue on it: its fetch positions point into topics that were
re-created from offset 0 (it silently skips their first messages), the consumer group and Faust's
internal topics are gone, and — worst — its next offset commit writes those stale positions into
the new cluster, so a restarted worker of the same group would skip the new events too (measured:
docs/reliability.md). The safe move is a fresh start that never commits a stale position: the new
process declares its topics, joins the group, finds no committed offset, reads the re-created
topics from the earliest offset, and the idempotent sink skips whatever was stored already.

Two signs of a new cluster, checked every ``broker_watch_seconds``:

* the cluster id changed (:class:`~streams.broker.EmbeddedBroker` gives every start a new one);
* the sentinel topic ``<group>-broker-epoch``, created at start, is gone (any broker that lost
  its topics; nobody produces to it, so nothing re-creates it by accident).

Before every offset commit the watch re-checks both (one metadata request naming the sentinel
topic, :class:`~streams.cluster_epoch.ClusterEpoch`) and refuses the commit when either changed or
cannot be read: a stale position never reaches the new cluster. The same goes for state
writes: :attr:`BrokerWatch.suspect` is True from the first failed or foreign check until a check
sees the armed cluster again, and :meth:`BrokerWatch.writes_allowed` re-checks on demand — the
drift stage writes no checkpoint to its changelog while either says no (a checkpoint written to a
new cluster before its topics exist is acknowledged by Tansu, counted in the high watermark, and
never served: the fresh process then waits for it in recovery forever). On a
reset it calls ``on_reset`` — by default the worker re-executes itself in place (same pid, same
command line; :func:`streams.worker.restart_in_place`); :func:`exit_for_restart` instead exits
with :data:`EXIT_BROKER_RESET` (75, ``EX_TEMPFAIL``) for a supervisor to start it again. A real
Kafka cluster keeps its id and topics across broker restarts, so the watch never fires there.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Mapping
from typing import Any

import faust

from schemas.settings import Settings
from streams.cluster_epoch import ClusterEpoch

__all__ = ["EXIT_BROKER_RESET", "BrokerWatch", "exit_for_restart", "register_broker_watch", "sentinel_topic"]

log = logging.getLogger(__name__)

#: Exit status of a worker that saw the broker lose its state (EX_TEMPFAIL: start me again).
EXIT_BROKER_RESET = 75

_REQUEST_TIMEOUT_MS = 5000


def sentinel_topic(settings: Settings) -> str:
    """The topic whose disappearance means the broker lost its state."""
    return f"{settings.consumer_group}-broker-epoch"


def exit_for_restart(message: str) -> None:
    """Exit with :data:`EXIT_BROKER_RESET` at once (a graceful stop would commit stale offsets)."""
    log.critical("%s; exiting with status %d so a supervisor starts a fresh worker", message, EXIT_BROKER_RESET)
    logging.shutdown()
    os._exit(EXIT_BROKER_RESET)


class BrokerWatch:
    """Remembers the cluster it started on; calls ``on_reset`` once when the broker comes back as a new one."""

    def __init__(self, settings: Settings, on_reset: Callable[[str], None] = exit_for_restart) -> None:
        self.settings = settings
        self.topic = sentinel_topic(settings)
        self.on_reset = on_reset
        self.cluster_id: str | None = None
        self.armed = False
        self.fired = False
        self.suspect = False  # the last check failed or saw another cluster: write nothing to the broker
        self._epoch: ClusterEpoch | None = None

    async def check(self) -> bool:
        """One check on a fresh connection; True when a reset was detected (and reported).

        The first successful check arms the watch: it records the cluster id and creates the sentinel.
        """
        epoch = ClusterEpoch(self.settings, self.topic, _REQUEST_TIMEOUT_MS)
        try:
            state = await epoch.read()
            if state is None:  # broker down or unreachable: not a reset by itself, check again later
                self.suspect = self.armed
                return False
            if not self.armed:
                if not state[1]:
                    await epoch.create_topic(partitions=1)
                self.cluster_id, self.armed = state[0], True
                return False
        except Exception as exc:
            log.debug("broker watch: check failed (%s)", exc)
            self.suspect = self.armed
            return False
        finally:
            await epoch.close()
        return self._judge(state)

    async def same_cluster(self) -> bool:
        """True when the broker is reachable and still the cluster the watch armed on.

        Cheap enough for every commit: one metadata request naming the sentinel topic, on a kept connection.
        """
        if self.fired:
            return False
        if not self.armed:
            return True  # nothing known yet to compare with
        if self._epoch is None:
            self._epoch = ClusterEpoch(self.settings, self.topic, _REQUEST_TIMEOUT_MS)
        state = await self._epoch.read()
        if state is None:
            self.suspect = True
            return False
        return not self._judge(state)

    async def writes_allowed(self) -> bool:
        """:meth:`same_cluster`, bounded in time: False when the answer does not come in time."""
        try:
            return await asyncio.wait_for(self.same_cluster(), timeout=_REQUEST_TIMEOUT_MS / 1000 + 1)
        except TimeoutError:
            self.suspect = True
            return False

    def _judge(self, state: tuple[str, bool]) -> bool:
        """Report a reset when ``state`` (cluster id, sentinel exists) is not the armed cluster's."""
        cluster_id, sentinel = state
        if cluster_id != self.cluster_id:
            self.suspect = True
            return self._fire(f"cluster id {self.cluster_id!r} became {cluster_id!r}")
        if not sentinel:
            self.suspect = True
            return self._fire(f"topic {self.topic} is gone")
        self.suspect = False
        return False

    def _fire(self, what: str) -> bool:
        if not self.fired:
            self.fired = True
            self.on_reset(f"the Kafka broker at {self.settings.kafka_bootstrap} lost its state ({what})")
        return True

    async def close(self) -> None:
        """Close the connection kept by :meth:`same_cluster`."""
        epoch, self._epoch = self._epoch, None
        if epoch is not None:
            await epoch.close()

    def guard_commits(self, consumer: Any) -> None:
        """Make ``consumer`` (a Faust consumer) skip any offset commit while :meth:`same_cluster` is False."""
        commit = consumer._commit
        timeout = max(2.0, _REQUEST_TIMEOUT_MS / 1000)

        async def guarded_commit(offsets: Mapping[Any, int]) -> bool:
            try:
                same = await asyncio.wait_for(self.same_cluster(), timeout=timeout)
            except TimeoutError:
                self.suspect = True
                same = False
            if not same:
                log.info("broker watch: commit of %d offsets skipped (broker unreachable or reset)", len(offsets))
                return False
            return bool(await commit(offsets))

        consumer._commit = guarded_commit


def register_broker_watch(
    app: faust.App, settings: Settings, on_reset: Callable[[str], None] = exit_for_restart
) -> BrokerWatch | None:
    """Arm a :class:`BrokerWatch` now, guard the app's commits, and check every ``broker_watch_seconds``
    (None when set to 0)."""
    if settings.broker_watch_seconds <= 0:
        return None
    watch = BrokerWatch(settings, on_reset)
    asyncio.run(asyncio.wait_for(watch.check(), timeout=30.0))  # arms (unless the broker is unreachable now)

    @app.task
    async def guard_offset_commits() -> None:  # at start, before any partition is assigned
        watch.guard_commits(app.consumer)

    @app.timer(settings.broker_watch_seconds)
    async def watch_broker_state() -> None:
        try:  # a check must never hang the timer (a client bootstrapping against a dead broker)
            await asyncio.wait_for(watch.check(), timeout=max(10.0, 2 * settings.broker_watch_seconds))
        except TimeoutError:
            log.debug("broker watch: check timed out")

    return watch
