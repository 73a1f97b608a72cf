"""Credentials with no vendor prefix, read by their name or their form after blind rounds AI-AN (LLM
apps, payments worldwide, self-hosting, marketing): payment gateways' merchant secrets (Paytm's
merchant key, M-Pesa Daraja's passkey, PayU's salt beside its merchant key and its second key, a
webhook's secret hash, an Authorization header's static value), an ads API's developer token in
capitals, a BLE sensor's bindkey, a dashboard widget's key beside its service's URL, a Tapo camera
URL's password, `curl -u user:'…'` in a YAML shell command (HTTPie's `-a`), a login in code (a user and
password compared to literals, Gradio's list of pairs, `compare_digest` with a literal, Azure's
AzureKeyCredential) and a runbook's password (a runbook is the operators' notes, no documentation).
Each beside the decoys of its format. Every value here is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests import fakes
from tests.accuracy.labelled import blocked_lines as _blocked

HEX32 = fakes.drawn(9201, 32, "0123456789abcdef")
HEX64 = fakes.drawn(9202, 64, "0123456789abcdef")
KEY16 = fakes.drawn_mixed(9203, 16)
KEY32 = fakes.drawn_mixed(9204, 32)
KEY40 = fakes.drawn_mixed(9205, 40)
CAPITALS = "RTWK4VNXQBZHLM8P"  # (capitals, two digits inside: Microsoft Ads' developer token's shape)

TRUE_FORMS: List[Tuple[str, str, int, str]] = [
    # payment gateways' merchant secrets, by their names
    ("config/paytm.env", f"PAYTM_MID=QxLmVt04417730295512\nPAYTM_MERCHANT_KEY={KEY16}\n", 2, KEY16),
    ("payments/paytm.py", f'MID = "QxLmVt04417730295512"\nMERCHANT_KEY = "{KEY16}"\n', 2, KEY16),
    ("mpesa/.env", f"MPESA_SHORTCODE=174379\nMPESA_PASSKEY={HEX64}\n", 2, HEX64),
    ("deploy/values.yaml", f"mpesa:\n  shortcode: \"600981\"\n  passkey: {HEX64}\n", 3, HEX64),
    ("config/payu.yaml", f"payu:\n  pos_id: \"300746\"\n  second_key: \"{HEX32}\"\n", 3, HEX32),
    ("config/payu.yaml", f"payu:\n  md5_key: {HEX32}\n", 2, HEX32),
    ("payments/flw.py", 'FLW_SECRET_HASH = "quarry-lantern-mosaic-heron61"\n', 1, "quarry-lantern-mosaic-heron61"),
    ("config/hooks.yaml", f"endpoint:\n  headers:\n    authorization: \"{KEY40}\"\n", 3, KEY40),
    # PayU's (Easebuzz's) salt: named the merchant's, beside the merchant's key, or beside the key of its prefix
    (".env.production", f"PAYU_MERCHANT_KEY=gtKFFx\nPAYU_MERCHANT_SALT={KEY32}\n", 2, KEY32),
    ("payu/hashing.py", f'MERCHANT_KEY = "gtKFFx"\nSALT = "{KEY32}"\n', 2, KEY32),
    (".env", f"EASEBUZZ_KEY=2PBP7IABZ2\nEASEBUZZ_SALT={KEY16}\n", 2, KEY16),
    # an ads API's developer token, capitals and digits
    ("ads/reports.py", f'DEVELOPER_TOKEN = "{CAPITALS}"\n', 1, CAPITALS),
    # a BLE sensor's bindkey (ESPHome)
    ("esphome/climate.yaml", f"sensor:\n  - platform: xiaomi_lywsd03mmc\n    mac_address: \"A4:C1:38:00:11:22\"\n"
     f"    bindkey: \"{HEX32}\"\n", 4, HEX32),
    # a dashboard widget's key beside the URL of its service (Homepage)
    ("homepage/services.yaml", f"- Media:\n    - Radarr:\n        widget:\n          type: radarr\n"
     f"          url: http://radarr:7878\n          key: {HEX32}\n", 6, HEX32),
    ("homepage/services.yaml", f"- Media:\n    - Radarr:\n        widget:\n          type: radarr\n"
     f"          key: {HEX32}\n          url: http://radarr:7878\n", 5, HEX32),
    # a Tapo camera URL's cloud password (go2rtc)
    ("go2rtc.yaml", "streams:\n  nursery: tapo://Fennel!Cobalt3390@192.168.1.77\n", 2, "Fennel!Cobalt3390"),
    # curl's `-u user:'…'` in a Home Assistant shell command
    ("packages/shell.yaml", "shell_command:\n  reboot: >-\n    curl -s -u admin:'harvest2019!'\n"
     "    \"http://192.168.178.31/reboot\"\n", 3, "harvest2019!"),
    # a runbook's password: the operators' own (a chosen one, a word and a year given to a tool)
    ("docs/runbooks/feed.md", "## Upload by hand\n\n   sftp -P 2222 feeds@files.partner.de\n\n"
     "   Password: `Juniper*Meadow4471` (rotated 2024-03)\n", 5, "Juniper*Meadow4471"),
    ("docs/runbooks/broker.md", "```sh\nmosquitto_sub -h 10.0.0.5 -u ops -P 'autumn2023!' -t '$SYS/#' -C 1\n```\n", 2,
     "autumn2023!"),
    ("docs/ops-runbook.md", "```bash\ncurl -s -u ops:LanternOsprey4471$ https://flower.acme.internal/api/workers\n```\n", 2,
     "LanternOsprey4471$"),
    # kin of the forms above: HTTPie's -a, a Tuya device's local key, JazzCash's integrity salt
    ("scripts/check.sh", "http -a ops:Saffron-Ibis2264 GET https://api.acme.internal/health\n", 1, "Saffron-Ibis2264"),
    ("tuya/devices.yaml", "devices:\n  - host: 192.168.1.20\n    local_key: \"3a8Zq!r7bT^aY2kP\"\n", 3, "3a8Zq!r7bT^aY2kP"),
    ("jazzcash/.env", f"JAZZCASH_MERCHANT_ID=MC41923\nJAZZCASH_INTEGRITY_SALT={KEY16}\n", 2, KEY16),
    # a login in code: Gradio's list of pairs, a constant-time comparison with a literal, Azure's key credential
    ("ui/app.py", 'demo.launch(auth=[("legal", "Orchid.Lantern5520"), ("ops", "Basalt#Finch3381")])\n', 1, "Basalt#Finch3381"),
    ("ui/app.py", 'if hmac.compare_digest(st.session_state["password"], "Marigold_Stoat2207"):\n    st.session_state.ok = True\n',
     1, "Marigold_Stoat2207"),
    ("search/client.py", f'credential = AzureKeyCredential("{HEX32}")\n', 1, HEX32),
]

DECOYS: List[Tuple[str, str]] = [
    ("config/payu.py", 'MERCHANT_KEY = "gtKFFx"\nSECRET_HASH = "62eb31d7454a4eb84b9df152268670b5"\n'),
    ("config/app.yaml", "auth:\n  passkey: true\n  second_key: user_profile_cache\n"),
    ("config/client.yaml", "headers:\n  authorization: \"Bearer ${API_TOKEN}\"\n  Authorization: NextPageTokenAuthorization\n"),
    ("hashing.py", f'import os\nSALT = "{KEY32}"\nmid = len(items) // 2\nSALT2 = os.urandom(16)\n'),
    ("ads/reports.py", "TOKEN_NAME = 'NEXT_PAGE_TOKEN'\nDEVELOPER_TOKEN = 'INSERT_DEVELOPER_TOKEN_HERE'\n"),
    ("esphome/climate.yaml", "sensor:\n  - platform: xiaomi_lywsd03mmc\n    bindkey: !secret bathroom_bindkey\n"),
    ("homepage/services.yaml", "- Media:\n    - Radarr:\n        widget:\n          type: radarr\n"
     "          url: http://radarr:7878\n          key: {{HOMEPAGE_VAR_RADARR_KEY}}\n"),
    ("i18n.yaml", "- url: https://docs.acme.io/errors\n  key: errors.page_not_found.title\n"),
    ("roles/docker/vars.yml", "repos:\n  - url: https://download.example-vendor.io/linux/gpg\n"
     "    key: 9DC858229FC7DD38854AE2D88D81803C0EBFCD88\n  - url: https://pkgs.example-vendor.io/repo.asc\n"
     "    key: 62eb31d7454a4eb84b9df152268670b5\n"),
    ("go2rtc.yaml", "streams:\n  nursery: tapo://${TAPO_PASSWORD}@192.168.1.77\n  door: rtsp://192.168.1.78/stream2\n"),
    ("packages/shell.yaml", "shell_command:\n  reboot: curl -s -u admin:\"$ROUTER_PASSWORD\" http://192.168.178.31/reboot\n"),
    ("docs/runbooks/rotate.md", "```sh\nmosquitto_sub -h <broker> -u <user> -P '<password>' -t '#'\n"
     "curl -u admin:changeme https://flower.local/api/workers\n```\n"),
    ("api/security.py", 'ok = secrets.compare_digest(current_password_bytes, b"swordfish")\n'
     "ok = hmac.compare_digest(signature, expected)\nrsync_cmd = 'rsync -a host:/srv/data ./'\n"),
    ("ui/app.py", 'demo.launch(auth=[(USER, PASSWORD), ("admin", "admin")])\ncredential = AzureKeyCredential(os.environ["KEY"])\n'),
    ("docs/guide/mqtt.md", "Connect with:\n\n    mosquitto_sub -h broker -u ops -P 'autumn2023!' -t '#'\n"),  # (no runbook)
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert any(found[0] == line and found[2] == secret for found in _blocked(engine, filename, text))


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
