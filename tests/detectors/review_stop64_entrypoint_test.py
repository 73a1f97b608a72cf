"""Review 64 of stop 63's container entrypoint reading: `docker run --entrypoint htpasswd IMAGE -Bbn user '…'` read the
tool's arguments after the image, but only flags (`--rm`, `-it`) were skipped before it: an option taking a value
between the entrypoint and the image (`-v ./auth:/auth`, `-e TZ=UTC`, `--name mk`, `--network host`) had its value taken
for the image and the image for the tool's first argument, so the password passed. An entrypoint quoted or given by its
path (`--entrypoint "htpasswd"`, `--entrypoint /usr/local/apache2/bin/htpasswd`) was not read as the tool at all.
Generated fakes only (seeds 7300010-7300019)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_PASSWORD = fakes.drawn_mixed(7300010, 14) + "#7"

RUNS: List[str] = [
    "docker run --rm --entrypoint htpasswd -v $PWD/auth:/auth httpd:2 -Bbn ci '{v}' > auth/htpasswd",
    "docker run --entrypoint htpasswd --rm -e TZ=UTC httpd:2 -Bbn ci '{v}'",
    "docker run --rm --entrypoint htpasswd --name mk httpd:2 -Bbn ci '{v}'",
    "docker run --rm --entrypoint=htpasswd -w /auth httpd:2 -Bbn ci '{v}'",
    "docker run --rm -it --entrypoint htpasswd --user 1000 httpd:2 -Bbn ci '{v}'",
    "docker run --rm --entrypoint htpasswd --network host registry.example.com/tools/httpd:2.4 -Bbn ci '{v}'",
    "docker run -eTZ=UTC --entrypoint htpasswd -uroot httpd:2 -Bbn ci '{v}'",
    "docker run --rm --entrypoint mosquitto_passwd -v ./c:/c eclipse-mosquitto:2 -b /c/passwd ci '{v}'",
    "podman run --rm --entrypoint htpasswd -v ./a:/a docker.io/httpd:2 -Bbn ci '{v}'",
    "docker compose run --rm -T --entrypoint htpasswd -v ./a:/a registry -Bbn ci '{v}'",
    "docker run --rm --entrypoint \"htpasswd\" httpd:2 -Bbn ci '{v}'",
    "docker run --rm --entrypoint /usr/local/apache2/bin/htpasswd httpd:2 -Bbn ci '{v}'",
    "docker run --rm --entrypoint '/usr/local/apache2/bin/htpasswd' -v ./a:/a httpd:2 -Bbn ci '{v}'",
]

STAND_INS: List[str] = [
    "docker run --rm --entrypoint htpasswd -v ./a:/a httpd:2 -Bbn ci \"$CI_PASSWORD\"",
    "docker run --rm --entrypoint htpasswd -v ./a:/a httpd:2 -Bbn ci password",
    "docker run --rm --entrypoint htpasswd -v ./a:/a httpd:2 -Bn ci",
    "docker run --rm --entrypoint htpasswd --name x httpd:2 -Bbn ci '<password>'",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name", ["deploy/registry-auth.sh", "README.md"])
@pytest.mark.parametrize("run", RUNS)
def test_an_entrypoint_tool_after_valued_options_blocks(engine: Engine, name: str, run: str) -> None:
    text = run.format(v=_PASSWORD) + "\n"
    if name.endswith(".md"):
        text = "# Registry\n\n```sh\n" + text + "```\n"
    assert _PASSWORD in [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("run", STAND_INS)
def test_an_entrypoint_tool_given_stand_ins_passes(engine: Engine, run: str) -> None:
    assert blocking(engine.scan_text("deploy/registry-auth.sh", run + "\n")) == []
