"""Adversarial review of round 10's readers (branch adv10): variants a team writes that slipped through
(espn-fantasy-football-api's `espnS2` cookie, a Bambu tool's `--access-code` option, an NVS CSV written
with spaces, RRF's lower-case `m587`, Guzzle's auth option an element a line, the Orthanc images'
`ORTHANC__REGISTERED_USERS` variable, a RegisteredUsers brace on its own line, Shoutrrr's `discord://`
and Apprise's Pushbullet URLs) beside their decoys,
and the change-me placeholder words standing apart (a chosen password holding `exchange_me…` is no
placeholder). Through the engine; every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine
from secretfence.kinds._helpers import is_placeholder

from tests.accuracy.labelled import blocked_lines as _blocked

PASSWORD = "Tamarack#Vole3816"
SHOUTRRR_DISCORD = "Kd8Wq2Zx7Lm4Tr9Vb3Nc6Hj1Fs5Gp0Ya_Qe8Rw2Ty7Ui4Op9As3Df6Gh1Jk5Lz0Xc8Vb2Nm-7Qw" + "@1234098765432109876"
PUSHBULLET = "o.Tq8Zm3Lx7Wk2Rv9Nb4Hc6Jd1Fs5Gy0Pa"
ESPN = "AE" + "Qz7Lm2Wk9Tr4Vb8Nc3Xh6Jd1Fs5Gp0Ya" * 4 + "%2B" + "Rt5Kw8Mz2Lq7Vn4Xc9Bh3Jd6Fs1Gy0" + "%3D"


@pytest.mark.parametrize(("filename", "text", "line", "secret"), [
    ("src/league.js", f"client.setCookies({{ espnS2: '{ESPN}', SWID: '{{1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D}}' }});\n", 1, ESPN),
    ("scripts/watch.sh", "python -m bambu_watch --host 10.0.0.9 --access-code=71940263\n", 1, "71940263"),
    ("main/nvs.csv", f"key, type, encoding, value\nwifi, namespace, ,\npassword, data, string, {PASSWORD}\n", 3, PASSWORD),
    ("sys/config.g", f'm587 s"Orchard" p"{PASSWORD}"\n', 1, PASSWORD),
    ("app/Client.php", f"$client->request('GET', '/x', [\n    'auth' => [\n        'svc',\n        '{PASSWORD}',\n    ],\n]);\n",
     4, PASSWORD),
    ("deploy/docker-compose.yml", f"    environment:\n      ORTHANC__REGISTERED_USERS: |\n        {{\n          \"pacs\": \"{PASSWORD}\"\n"
     "        }\n", 4, PASSWORD),
    ("deploy/.env", f'ORTHANC__REGISTERED_USERS={{"pacs": "{PASSWORD}"}}\n', 1, PASSWORD),
    ("orthanc/orthanc.json", f'{{\n  "RegisteredUsers" :\n  {{\n    "pacs" : "{PASSWORD}"\n  }}\n}}\n', 4, PASSWORD),
    ("docker-compose.yml", f"      WATCHTOWER_NOTIFICATION_URL: discord://{SHOUTRRR_DISCORD}\n", 1, f"discord://{SHOUTRRR_DISCORD}"),
    ("apprise.yml", f"urls:\n  - pbul://{PUSHBULLET}\n", 2, f"pbul://{PUSHBULLET}"),
])
def test_round_10_variant_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert any(number == line and found == secret for number, _, found in _blocked(engine, filename, text))


@pytest.mark.parametrize(("filename", "text"), [
    ("src/league.js", "client.setCookies({ espnS2: process.env.ESPN_S2, SWID: process.env.SWID });\n"),
    ("docker-compose.yml", "      WATCHTOWER_NOTIFICATION_URL: ${NOTIFY_URL}\n      # discord://token@webhookid\n"),
    ("scripts/doors.sh", "lockctl --door 3 --access-code 40917263\n"),
    ("scripts/watch.sh", "bambu-cli --ip 10.0.0.9 --access-code \"$BAMBU_CODE\"\n"),
    ("main/nvs.csv", "key, type, encoding, value\nnode, data, u16, 17\nregion, data, string, US915\n"),
    ("sys/config.g", 'm551 p"reprap"\nm587 s"ssid" p"password"\n'),
    ("app/Client.php", "    'auth' => [\n        $this->user,\n        $this->password,\n    ],\n    'auth' => [\n    ],\n"),
    ("deploy/docker-compose.yml", "      ORTHANC__REGISTERED_USERS: ${ORTHANC_USERS}\n      ORTHANC__ORTHANC_PEERS: '{}'\n"),
])
def test_round_10_variant_decoy_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize(("value", "placeholder"), [
    ("change-me-please", True), ("please_change_this", True), ("REPLACE_ME", True), ("replace.this.value", True),
    ("Exchange_Meet#2291", False), ("change-meadow-81!Q", False), ("Replacement_Thistle7", False),
])
def test_change_me_words_stand_apart(value: str, placeholder: bool) -> None:
    assert is_placeholder(value) is placeholder
