"""Review 64 of stop 63's container environment URL logins (`docker run … -e MQTT_URL=mqtts://user:…@host`): the same
URL given to Kubernetes' `kubectl run … --env=MQTT_URL=…` (OpenShift's `oc run`) warned only. Variables and a tutorial's
host and stock password still pass. Generated fakes only (seed 7300070)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_PASSWORD = fakes.drawn_mixed(7300070, 16)


def _page(command: str) -> str:
    return f"# Deploy\n\n```sh\n{command}\n```\n"


@pytest.mark.parametrize("command", [
    f"kubectl run bridge --image=cellar/bridge:1 --env=MQTT_URL=mqtts://collector:{_PASSWORD}@mqtt.cellar-depot.ru:8883",
    f"oc run bridge --image=cellar/bridge:1 --env=\"MQTT_URL=mqtts://collector:{_PASSWORD}@mqtt.cellar-depot.ru:8883\"",
])
def test_a_kubectl_runs_env_url_login_blocks(command: str) -> None:
    assert _PASSWORD in [finding.secret for finding in blocking(Engine().scan_text("docs/deploy.md", _page(command)))]


@pytest.mark.parametrize("command", [
    "kubectl run bridge --image=cellar/bridge:1 --env=MQTT_URL=mqtts://collector:$MQTT_PW@mqtt.cellar-depot.ru:8883",
    "kubectl run bridge --image=cellar/bridge:1 --env=MQTT_URL=mqtts://user:password@mqtt.example.com:8883",
])
def test_a_kubectl_runs_stand_in_passes(command: str) -> None:
    assert blocking(Engine().scan_text("docs/deploy.md", _page(command))) == []
