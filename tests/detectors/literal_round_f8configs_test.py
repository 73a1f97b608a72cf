"""Forms read after blind rounds BH, BK and BL (configuration forms and the value judgement): a URL's
password on a real host written under RFC 2606's `example` (an organisation's machine:
`artifacts.lab.example.org`, `docs.internal.acme.example`), a key headed by a product's name holding
`label` (Label Studio's `LABEL_STUDIO_PASSWORD`), a C macro defined on a build's flags (`-DWIFI_PASS=\\"…\\"`),
BitBake's fetcher `;pswd=`, a ROS launch argument's default, a Tuya device's local key, a TURN
server's credential, and a licence key as the user of pip's `-f` URL. Each beside the decoys of its
format, through the engine. Every value here is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.compat.detect_secrets.credential_keys import stands_for_a_real_host
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


TRUE_FORMS: List[Tuple[str, str, int, str]] = [
    # a URL's password on an organisation's host written under example.org / the .example top level
    (".dvc/config", "[core]\n    remote = store\n['remote \"store\"']\n    url = https://dvc:QuillMarsh7304@artifacts.vision.example.org/dvc\n",
     4, "QuillMarsh7304"),
    ("docs/conf.py", 'intersphinx_mapping = {\n    "core": ("https://ci:RbTzqWvoLmuKeydn@docs.internal.acme.example/core/", None),\n}\n',
     2, "RbTzqWvoLmuKeydn"),
    # `label` heading the key: a product's name
    ("label-studio/.env", "LABEL_STUDIO_HOST=https://label.acme-lab.io\nLABEL_STUDIO_PASSWORD=walnut_comet5820\n", 2, "walnut_comet5820"),
    # build flags
    ("platformio.ini", '[env:esp32dev]\nbuild_flags =\n    -DWIFI_SSID=\\"Lab-5G\\"\n    -DWIFI_PASS=\\"Lanternquill738\\"\n',
     4, "Lanternquill738"),
    ("firmware/Makefile", 'CFLAGS += -DMQTT_PASSWORD=\\"Quarry-Otter5512\\" -O2\n', 1, "Quarry-Otter5512"),
    # BitBake's fetcher parameters
    ("meta-acme/recipes-bsp/fw/fw_1.0.bb",
     'SRC_URI = "https://dl.vendor-fw.net/fw-${PV}.tgz;user=ci-build;pswd=Rivet%Moss8814;downloadfilename=fw.tgz"\n',
     1, "Rivet%Moss8814"),
    # a ROS launch argument's default, either attribute first
    ("cams/launch/ptz.launch", '<launch>\n  <arg name="password" default="Cobaltwren4471" />\n</launch>\n', 2, "Cobaltwren4471"),
    ("launch/db.launch.xml", '<launch>\n  <arg default="Saltmarsh-Kite227" name="db_password"/>\n</launch>\n', 2,
     "Saltmarsh-Kite227"),
    # a Tuya device's local key, in tinytuya's list and on one line of the cloud's
    ("tuya/devices.json", '[\n  {\n    "name": "Desk lamp",\n    "id": "eb71c4a09d2f38e6b1kqwz",\n    "key": "q#T5v]Lm@8Zr!c2W",\n'
     '    "mac": "d8:1f:12:aa:40:07",\n    "version": "3.4"\n  }\n]\n', 5, "q#T5v]Lm@8Zr!c2W"),
    ("tuya/cloud.json", '{"result": [{"id": "bf03e91c77d2a5f4c8mnpr", "local_key": "9k;Xw2Rf}Lq7Tz4b", "category": "kg"}]}\n',
     1, "9k;Xw2Rf}Lq7Tz4b"),
    # a TURN server's credential
    ("config/webrtc.yaml", 'bridge:\n  ros__parameters:\n    turn_username: "teleop"\n    turn_credential: "Hq7Wz2Lk9Xv4Rt8Mn3Pb-s"\n',
     4, "Hq7Wz2Lk9Xv4Rt8Mn3Pb-s"),
    # a licence key as the user of pip's -f URL on a command line
    ("annotate/Dockerfile", "FROM python:3.11-slim\nRUN pip install --no-cache-dir prodigy -f https://7QKD-M2XR-W9TB-L4ZP@download.prodi.gy \\\n"
     " && python -m spacy download en_core_web_sm\n", 2, "7QKD-M2XR-W9TB-L4ZP"),
]

DECOYS: List[Tuple[str, str]] = [
    # a document's stock host (example.com, one label under it), a local .test domain, a placeholder
    ("settings.py", 'PROXY = "http://scraper:QuillMarsh7304@proxy.example.com:8080"\n'
     'DEV = "http://dev:QuillMarsh7304@api.myapp.test/"\nMIRROR = "https://user:password@pkgs.internal.acme.example/simple"\n'),
    # UI labels' text, an empty or referenced value
    (".env", 'LABEL_PASSWORD="Password"\nLABEL_STUDIO_PASSWORD=\nLABEL_STUDIO_PASSWORD=${LS_PASSWORD}\n'),
    # macros naming no credential, or filled from the environment
    ("platformio.ini", 'build_flags =\n    -DWIFI_PASS=\\"${sysenv.WIFI_PASS}\\"\n    -DPASSWORD_MIN_LEN=8\n    -DTOKEN_BUFFER_SIZE=256\n'),
    ("fw_1.0.bb", 'SRC_URI = "https://dl.vendor-fw.net/fw.tgz;user=${FW_USER};pswd=${FW_PSWD}"\n'),
    ("ptz.launch", '<launch>\n  <arg name="password" default="$(env CAMERA_PASSWORD)" />\n'
     '  <arg name="camera_name" default="front_ptz_camera01" />\n</launch>\n'),
    # a 16-character `key` with no device's fields beside it
    ("settings.json", '[{"id": 42, "key": "sidebar.collapsed"},\n {"id": "eb71c4a09d2f38e6b1kqwz", "key": "billing-2024-q3x", "note": 1}]\n'),
    ("config/webrtc.yaml", 'turn_credential: "${TURN_SECRET}"\ncredential: "3f2b9c1e-7a4d-4e8b-9c0f-1a2b3c4d5e6f"\n'),
    # another tool's -f, a name as the user
    ("Dockerfile", "RUN curl -f https://Qx7Lm2Pz9Kw4VrHb3Tn8@files.acme-lab.io/x.tgz\n"
     "RUN pip install -f https://build-bot-2024@pkgs.acme-lab.io/ acme\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize(("host", "stands"), [
    ("artifacts.vision.example.org/dvc", True), ("docs.internal.acme.example/", True), ("gitlab.acme.example", True),
    ("example.com", False), ("proxy.example.com:8080", False), ("db.example:5432", False), ("example.acme.io", False),
    ("api.myapp.test", False),
])
def test_a_stand_in_host_has_two_labels_before_example(host: str, stands: bool) -> None:
    assert stands_for_a_real_host("u:p@" + host, 4) is stands


def test_a_password_on_a_stand_in_host_in_markdown_stays_documentation(engine: Engine) -> None:
    text = "    url = https://dvc:QuillMarsh7304@artifacts.vision.example.org/dvc\n"
    assert _blocked(engine, "docs/setup.md", text) == []
