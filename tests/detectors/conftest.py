"""What the detectors' tests share: one engine a module (building it reads every kind's configuration)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()
