"""Forms read after blind rounds BT-BV (kinds/_device_configs.py): Bambu Lab printers' LAN access codes
where the file says they are Bambu's; RepRapFirmware's M551/M587/M589 passwords; ESP-IDF sdkconfig
Wi-Fi passwords (ESP-IDF's own `EXAMPLE` option names included) and NVS partition CSV entries; Tasmota's
Password1/MqttPassword commands; Weather Underground station keys; ttn-lw-cli's LoRaWAN root keys; an
OctoPi `octopi-wpa-supplicant.txt`. Each beside the decoys of its format: eight digits in no Bambu
file, placeholders and stock values, wpa_supplicant's `ext:` references, an Ecowitt PASSKEY, a
Mosquitto dynamic-security PBKDF2 record, a cipher's published test vector. Every value here is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

TRUE_FORMS: List[Tuple[str, str, int, str]] = [
    # Bambu Lab
    ("printer/bambu_settings.py", "HOST = '10.2.3.4'\nACCESS_CODE = '52918374'\n", 2, "52918374"),
    ("bridge/.env", "LOG_LEVEL=info\nBAMBU_ACCESS_CODE=80431962\n", 2, "80431962"),
    ("src/printer/client.ts", "const cfg = {\n  username: 'bblp',\n  password: '36071958',\n};\n", 3, "36071958"),
    ("scripts/watch.sh", "mosquitto_sub -h 10.0.0.5 -p 8883 --insecure -u bblp -P 19572640 -t 'device/+/report'\n", 1,
     "19572640"),
    ("spool/mqtt.py", "client.username_pw_set('bblp', '74029185')\n", 1, "74029185"),
    ("ha/.storage/core.config_entries", '{\n "domain": "bambu_lab",\n "data": {\n  "access_code": "60395817"\n }\n}\n', 4,
     "60395817"),
    ("farm/printers.yml", "# codes from BAMBU_<NAME>_CODE\nprinters:\n  - name: a1\n    accessCode: \"28170463\"\n", 4, "28170463"),
    # RepRapFirmware
    ("sys/config.g", 'M550 P"corexy-2"\nM551 P"Quarry!Lamp4417"   ; password\n', 2, "Quarry!Lamp4417"),
    ("macros/join.g", 'M587 S"Lab-5G" P"birch-ember-sonnet-62"\n', 1, "birch-ember-sonnet-62"),
    ("sys/ap.g", 'M589 S"duet-ap" P"Harrow#Vale2290" I192.168.4.1\n', 1, "Harrow#Vale2290"),
    # ESP-IDF
    ("fw/sdkconfig.defaults", 'CONFIG_EXAMPLE_WIFI_SSID="Yard-AP"\nCONFIG_EXAMPLE_WIFI_PASSWORD="Cobble!Marsh8826"\n', 2,
     "Cobble!Marsh8826"),
    ("fw/sdkconfig", 'CONFIG_ESP_WIFI_SSID="Yard-AP"\nCONFIG_ESP_WIFI_PASSWORD="sparrow-delta-kiln-27"\n', 2,
     "sparrow-delta-kiln-27"),
    ("fw/nvs_data.csv", "key,type,encoding,value\nwifi,namespace,,\nwifi_pass,data,string,Tinder%Gale5103\n", 3, "Tinder%Gale5103"),
    # Tasmota
    ("tasmota/flash.sh", 'curl "http://$IP/cm" --data-urlencode "cmnd=Backlog SSID1 Yard; Password1 Gorse!Wick7720"\n', 1,
     "Gorse!Wick7720"),
    ("tasmota/mqtt.sh", 'cmd "Backlog MqttHost 10.0.0.2; MqttUser relay; MqttPassword Fjord#Reed3381"\n', 1, "Fjord#Reed3381"),
    # Weather Underground
    ("pws/upload.ino", 'const char* WU_ID = "KMNDULUT17";\nconst char* WU_KEY = "pX7rKw2Q";\n', 2, "pX7rKw2Q"),
    ("k8s/kustomization.yaml", "secretGenerator:\n  - name: pws\n    literals:\n      - WU_STATION=KWAOLYMP33\n"
     "      - WU_PASSWORD=ZmqTbrWk\n", 5, "ZmqTbrWk"),
    # The Things Stack
    ("lora/register.sh", "ttn-lw-cli end-devices create farm node-7 \\\n  --dev-eui 70B3D57ED0031A2B \\\n"
     "  --root-keys.app-key.key 5E83A0C21F9B47D6E02A8C51B7F3D694\n", 3, "5E83A0C21F9B47D6E02A8C51B7F3D694"),
    # OctoPi
    ("boot/octopi-wpa-supplicant.txt", '## WPA/WPA2 secured\nnetwork={\n  ssid="Shop"\n  psk="Vellum!Crag5528"\n}\n', 4,
     "Vellum!Crag5528"),
]

DECOYS: List[Tuple[str, str]] = [
    ("configs/bambu_config.example.py", "ACCESS_CODE = '<8-digit code from Settings > Network>'\nACCESS_CODE = '12345678'\n"),
    ("building/doors.yaml", "door:\n  access_code: 52918374\n  pin_password: 80431962\n"),
    ("tests/fixtures/bambu_report.json", '{"print": {"sequence_id": "2021", "subtask_id": "52918374", "task_id": "80431962"}}\n'),
    ("sys/config.g", 'M550 P"lab-duet"\nM551 P"reprap"\nM552 S1\n'),
    ("fw/sdkconfig", 'CONFIG_EXAMPLE_WIFI_SSID="myssid"\nCONFIG_EXAMPLE_WIFI_PASSWORD="mypassword"\nCONFIG_EXAMPLE_WIFI_PASSWORD=""\n'),
    ("fw/nvs.csv", "key,type,encoding,value\nnode,data,u16,17\nregion,data,string,US915\n"),
    ("tasmota/flash.sh", 'cmd "Backlog SSID1 Yard; Password1 $WIFI_PASS; WifiConfig 4"\n'),
    ("weather/.env.example", "WU_STATION_ID=KXXXXXXX00\nWU_STATION_KEY=xxxxxxxx\n"),
    ("lora/register.sh", '  --root-keys.app-key.key "$APP_KEY" \\\n  --root-keys.nwk-key.key 00000000000000000000000000000000\n'),
    ("tests/test_crypto.py", 'TEST_APPKEY = bytes.fromhex("2B7E151628AED2A6ABF7158809CF4F3C")\n'
     'AES256_KEY = "603DEB1015CA71BE2B73AEF0857D77811F352C073B6108D72D9810A30914DFF4"\n'),
    ("pi/wpa_supplicant.conf", "ext_password_backend=file:/etc/wpa_supplicant/ext_pw\nnetwork={\n  ssid=\"Shed\"\n"
     "  psk=ext:shed_psk\n}\n"),
    ("weather/logs/upload.log", "POST /data/report/ 200\n  PASSKEY=9D27B64E05C1D8A3F7B2E94C608F1C3A&stationtype=GW2000A_V3.1.4"
     "&dateutc=2025-01-02+10:40:02\n"),
    ("mosquitto/data/dynamic-security.json", '{\n "clients": [\n  {\n   "username": "admin",\n'
     '   "password": "q3Vb8Zk2Lm7Xw4Rt9Nc6Hd1Jf5Gs0Ay2Kl8Mn4Qe6wPz3Tb7Vc1Xr5Hn9Lk2Mw6Qd8Fs4Jb0Gt7Yp3Zc9Ve5Rw==",\n'
     '   "salt": "Lk2Mw6Qd8Fs4Jb0G",\n   "iterations": 101\n  }\n ]\n}\n'),
    ("boot/octopi-wpa-supplicant.txt.orig", '#network={\n#  ssid="put SSID here"\n#  psk="put password here"\n#}\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert any(number == line and found == secret for number, _, found in _blocked(engine, filename, text))


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
