"""pytest-xdist's `--dist loadgroup` scheduler, without the work that grows with the square of the
number of tests.

xdist (3.8) keeps every work unit a worker has ever been given and, after each test, counts the
pending tests of all of them (`_pending_of`), and finds each test's index by a linear search of the
collection (`list.index`). With loadgroup every ungrouped test is a unit of its own, and each is
sent in a message of its own: on 20,000 empty tests and two workers, 78 s (108 s of CPU, the
controller's taken from the workers on CI's two cores). Here a finished unit is dropped, indexes
come from a dict, and a worker is sent work in batches: 28 s (50 s of CPU). What each worker runs
together is unchanged.
"""
from __future__ import annotations

import json
import os
from typing import Dict, Sequence

import pytest
from xdist.remote import Producer
from xdist.scheduler import LoadGroupScheduling
from xdist.workermanage import WorkerController

MAX_BATCH = 50  # units a worker is given at once


class GroupScheduling(LoadGroupScheduling):
    def __init__(self, config: pytest.Config, log: "Producer | None" = None) -> None:
        super().__init__(config, log)
        self._indexes: Dict[WorkerController, Dict[str, int]] = {}
        self._groups: Dict[str, str] = {}  # test id -> the group it runs with (tests/conftest.py)

    def schedule(self) -> None:
        if self.collection is None:  # the first call: every worker has collected, and written the groups
            from tests.conftest import GROUPS_FILE_VARIABLE

            # (no file: a bug of this harness, which would silently spread the groups again)
            with open(os.environ[GROUPS_FILE_VARIABLE], encoding="utf-8") as groups:
                self._groups = json.load(groups)
        super().schedule()

    def _split_scope(self, nodeid: str) -> str:
        return self._groups.get(nodeid) or super()._split_scope(nodeid)

    def add_node_collection(self, node: WorkerController, collection: Sequence[str]) -> None:
        super().add_node_collection(node, collection)
        if node in self.registered_collections:
            self._indexes[node] = {nodeid: index for index, nodeid in enumerate(self.registered_collections[node])}

    def _assign_work_unit(self, node: WorkerController, units: int = 1) -> None:
        indexes, sent = self._indexes[node], []
        for _ in range(min(units, len(self.workqueue))):
            scope, work_unit = self.workqueue.popitem(last=False)
            self.assigned_work.setdefault(node, {})[scope] = work_unit
            sent += [indexes[nodeid] for nodeid, completed in work_unit.items() if not completed]
        node.send_runtest_some(sent)

    def _reschedule(self, node: WorkerController) -> None:
        """As xdist's, but a worker nearly out of work gets a batch of units in one message, as `--dist
        load` sends them (one test a message doubled xdist's own cost a test); batches shrink towards
        the end so that neither worker is left holding the last of the queue."""
        if node.shutting_down:
            return
        if not self.workqueue:
            node.shutdown()
            return
        if self._pending_of(self.assigned_work[node]) > 2:
            return
        self._assign_work_unit(node, max(1, min(MAX_BATCH, len(self.workqueue) // (4 * len(self.nodes)))))

    def mark_test_complete(self, node: WorkerController, item_index: int, duration: float = 0) -> None:
        nodeid = self.registered_collections[node][item_index]
        scope = self._split_scope(nodeid)
        work_unit = self.assigned_work[node][scope]
        work_unit[nodeid] = True
        if all(work_unit.values()):  # nothing left to count, or to hand back if the worker dies
            del self.assigned_work[node][scope]
        self._reschedule(node)
