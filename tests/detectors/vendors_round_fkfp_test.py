"""Blind rounds FK-FP, vendor formats and device/stream configs: Mailgun's private key where the lines around it say
Mailgun, a stream target's stream name on a platform's ingest host (Wowza's PushPublishMap.txt, a restreamer's
JSON), Blynk's auth token in its HTTP API's path (written there, or a script's variable or array sent there), and a
config file's bare `pepper` setting. Generated fakes only (seeds 1965000-1969999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"
_LOWER_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


def _mailgun_key(seed: int) -> str:
    return f"{drawn(seed, 32, _HEX)}-{drawn(seed + 1, 8, _HEX)}-{drawn(seed + 2, 8, _HEX)}"


def _youtube_key(seed: int) -> str:
    body = drawn(seed, 16, "abcdefghijklmnopqrstuvwxyz") + drawn(seed + 1, 4, "0123456789")
    return "-".join(body[i:i + 4] for i in range(0, 20, 4))


# --- Mailgun's private key where the lines around it say Mailgun -----------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("src/lib/mailer.ts", "const mg = mailgun.client({{\n  username: 'api',\n  key: '{key}',\n}});\n"),
    ("app/notify.py", "from mailgun import Client\n\nclient = Client(\n    auth=('api', '{key}'),\n)\n"),
    ("config/mail.yml", "# Mailgun (EU region)\ntransactional:\n  api_key: {key}\n  domain: mg.shop.test\n"),
])
def test_mailgun_private_key_where_the_text_says_mailgun(engine: Engine, filename: str, template: str) -> None:
    key = _mailgun_key(1965000)
    assert key in [secret for _, secret in _blocked(engine, filename, template.format(key=key))]


def test_mailgun_shaped_value_with_no_mailgun_near_does_not_block(engine: Engine) -> None:
    value = _mailgun_key(1965010)
    text = f"BUILD_FINGERPRINT = '{value}'\n"
    assert _blocked(engine, "build/ids.py", text) == []
    placeholder = "00000000000000000000000000000000-00000000-00000000"
    assert _blocked(engine, "src/mailer.ts", f"const mg = mailgun.client({{ username: 'api', key: '{placeholder}' }});\n") == []


# --- a stream target's stream name on a platform's ingest host -------------------------------------------------

def test_wowza_push_publish_map_stream_key_blocks(engine: Engine) -> None:
    key = _youtube_key(1965100)
    text = ("# Format: <source stream>={<json properties>}\n"
            f'cam1={{"entryName":"cam1-yt", "profile":"rtmp", "host":"b.rtmp.youtube.com", "application":"live2", '
            f'"streamName":"{key}", "destinationName":"youtube"}}\n'
            'cam1-rec={"entryName":"cam1-rec", "profile":"rtmp", "host":"10.0.4.2", "port":"1935", "application":"rec", '
            '"streamName":"cam1"}\n')
    assert _blocked(engine, "wowza/conf/live/PushPublishMap.txt", text) == [(2, key)]


def test_stream_target_json_on_a_platform_host_blocks(engine: Engine) -> None:
    key = drawn_mixed(1965110, 28)
    text = f'{{"targets": [{{"host": "live-ams.twitch.tv", "application": "app", "streamName": "{key}"}}]}}\n'
    assert _blocked(engine, "restream/targets.json", text) == [(1, key)]


def test_a_pretty_printed_stream_target_reads_its_objects_host(engine: Engine) -> None:
    """A restreamer's JSON written a member a line: the stream name's host is read from its own object's lines."""
    key = drawn_mixed(1965130, 28)
    text = ('{\n  "targets": [\n    {\n      "name": "twitch",\n      "host": "live-ams.twitch.tv",\n      "application": "app",\n'
            f'      "streamName": "{key}"\n    }},\n    {{\n      "name": "archive",\n      "streamName": "chapel-main",\n'
            '      "host": "10.12.0.8"\n    }\n  ]\n}\n')
    assert _blocked(engine, "restream/targets.json", text) == [(7, key)]


def test_stream_target_names_that_are_no_keys_do_not_block(engine: Engine) -> None:
    text = ('main={"entryName":"main", "profile":"rtmp", "host":"a.rtmp.youtube.com", "application":"live2", '
            '"streamName":"${STREAM_KEY}"}\n'
            'rec={"entryName":"rec", "profile":"rtmp", "host":"192.168.1.20", "application":"archive", '
            f'"streamName":"{drawn(1965120, 8, "abcdefghijklmnopqrstuvwxyz")}-{drawn(1965121, 4, "0123456789")}"}}\n'
            'yt={"entryName":"yt", "profile":"rtmp", "host":"a.rtmp.youtube.com", "application":"live2", '
            '"streamName":"xxxx-xxxx-xxxx-xxxx-xxxx"}\n')
    assert _blocked(engine, "wowza/conf/live/PushPublishMap.txt", text) == []


# --- Blynk's auth token in its HTTP API's path -----------------------------------------------------------------

def test_blynk_token_in_the_api_path_blocks(engine: Engine) -> None:
    token = drawn_mixed(1965200, 32)
    text = f'curl -s "https://blynk.cloud/{token}/update/V3?value=1"\n'
    assert _blocked(engine, "scripts/fan.sh", text) == [(1, token)]
    text = f'BASE = "http://blynk-cloud.com"\nr = requests.get(BASE + "/{token}/isHardwareConnected")\n'
    assert _blocked(engine, "iot/check.py", text) == [(2, token)]


@pytest.mark.parametrize("template", [
    'declare -A SENSORS=(\n  [cellar]="{a}"\n  [attic]="{b}"\n)\nfor room in "${{!SENSORS[@]}}"; do\n'
    '  token="${{SENSORS[$room]}}"\n  curl -fsS "http://blynk.example-vendor.cc/${{token}}/get/v12"\ndone\n',
    'TOKENS=("{a}" "{b}")\nfor t in "${{TOKENS[@]}}"; do\n  curl "https://blynk.cloud/$t/get/V1"\ndone\n',
])
def test_blynk_tokens_of_an_array_sent_in_the_path_block(engine: Engine, template: str) -> None:
    a, b = drawn_mixed(1965210, 32), drawn_mixed(1965211, 32)
    secrets = {secret for _, secret in _blocked(engine, "scripts/levels.sh", template.format(a=a, b=b))}
    assert {a, b} <= secrets


def test_blynk_variable_set_to_a_literal_blocks(engine: Engine) -> None:
    token = drawn_mixed(1965220, 32)
    text = f'BLYNK_TOKEN="{token}"\nvalue=$(curl -s "http://blynk-cloud.com/$BLYNK_TOKEN/get/V7")\n'
    assert (1, token) in _blocked(engine, "cron/poll.sh", text)


def test_blynk_paths_without_a_token_do_not_block(engine: Engine) -> None:
    text = ('# Blynk legacy HTTP API\ncurl "http://blynk-cloud.com/$(cat ~/.blynk_token)/get/V1"\n'
            'curl "http://blynk-cloud.com/YOUR_AUTH_TOKEN_GOES_HERE_XXXXXXXX/update/V2?value=1"\n'
            f'curl "https://blynk.cloud/{"abcdefghijklmnopqrstuvwxyz012345"}/get/V1"\n'
            'TOKEN="${BLYNK_AUTH:?set it}"\ncurl "http://blynk-cloud.com/${TOKEN}/get/V4"\n')
    assert _blocked(engine, "scripts/poll.sh", text) == []
    # (a 32-character path segment before /get/ where nothing says Blynk and no pin follows: an id)
    ident = drawn_mixed(1965230, 32)
    assert _blocked(engine, "docs/api.md", f"GET https://api.shop.test/{ident}/get/summary\n") == []


# --- a config file's bare `pepper` ------------------------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("api/config/production.toml", '[auth]\nalgorithm = "hmac-sha256"\npepper = "{value}"\n'),
    ("config/settings.yml", "passwords:\n  pepper: {value}\n  cost: 12\n"),
    ("app/config.json", '{{\n  "security": {{\n    "pepper": "{value}"\n  }}\n}}\n'),
])
def test_a_config_files_bare_pepper_blocks(engine: Engine, filename: str, template: str) -> None:
    value = drawn_mixed(1965300, 44)
    assert value in [secret for _, secret in _blocked(engine, filename, template.format(value=value))]


def test_a_pepper_that_is_no_secret_does_not_block(engine: Engine) -> None:
    text = ('[ingredients]\nsalt = "1 tsp"\npepper = "1/2 tsp freshly ground"\n'
            '[auth]\npepper = "${PIN_PEPPER}"\n')
    assert _blocked(engine, "recipes/config.toml", text) == []
    assert _blocked(engine, "config/app.yml", "spice:\n  pepper: black\n") == []
