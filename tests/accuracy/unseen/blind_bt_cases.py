"""Blind set BT: 3D printing and print shops.

OctoPrint servers and their plugins, Klipper/Moonraker and their companions (KlipperScreen,
Obico, the telegram bot, Spoolman, klipper-backup), Bambu Lab LAN/MQTT scripts, PrusaLink,
Prusa Connect and PrusaSlicer physical printers, Duet and Marlin firmware configs, print-farm
managers (Python and Node services, their deploy files), print-on-demand shops (Printful,
Printify, Shapeways, Etsy, Shopify, WooCommerce, Stripe, shipping APIs), and the Raspberry Pi
images they run on (OctoPi, wpa_supplicant, NetworkManager, cloud-init, Pi Imager), with the
decoys those projects hold. Generated fakes only (seeds 650000-659999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import textwrap
from typing import List, Sequence

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
SET = "bt"
_SEED = [650000]
CASES: List[LabelledCase] = []


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 660000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 660000
    return _SEED[0]


# --- the case helpers -------------------------------------------------------------------------

def T(text: str) -> str:
    """A file's text written indented in this module: dedented, without the leading newline."""
    return textwrap.dedent(text).lstrip("\n")


def _fill(template: str, secret: str, extra: Sequence[str]) -> str:
    text = T(template).replace("§", secret)
    for value in extra:
        assert "¤" in text, template[:60]
        text = text.replace("¤", value, 1)
    assert "¤" not in text, template[:60]
    return text


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    """A file that carries one credential, `secret` as a gate must report it."""
    CASES.append(LabelledCase(f"blind-{SET}/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    """A decoy: a file a good gate lets through."""
    CASES.append(LabelledCase(f"blind-{SET}/{fmt}/decoy-{what}", file_name, text, None, source))


def SV(fmt: str, kind: str, file_name: str, template: str, secret: str, source: str,
       extra: Sequence[str] = (), crlf: bool = False) -> None:
    """A secret case from a template: `§` is the secret, each `¤` the next of `extra` (not secret)."""
    text = _fill(template, secret, extra)
    S(fmt, kind, file_name, text.replace("\n", "\r\n") if crlf else text, secret, source)


def DV(fmt: str, what: str, file_name: str, template: str, source: str, *values: str,
       crlf: bool = False) -> None:
    """A decoy from a template: each `¤` is the next of `values` (look-alikes, never credentials)."""
    text = _fill(template, "§", values)
    D(fmt, what, file_name, text.replace("\n", "\r\n") if crlf else text, source)


# --- generated values -------------------------------------------------------------------------

WORDS = ["Benchy", "Voron", "Nozzle", "Hotend", "Filament", "Spool", "Prusa", "Ender", "Bedslinger",
         "Gantry", "Stepper", "Extruder", "Marble", "Orchid", "Harbor", "Copper", "Falcon", "Walnut"]
LOWER = ["purple", "benchy", "octopus", "maple", "gantry", "lizard", "teapot", "spool", "rocket",
         "pebble", "cactus", "lantern", "anchor", "toaster", "meadow", "violet"]


def alnum(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return alnum(n, HEX)


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """How people pick a password for a printer, a Pi or a shop database."""
    r = _rng()
    form = r.randint(0, 4)
    if form == 0:
        return r.choice(WORDS) + str(r.choice([2019, 2021, 2022, 2023, 2024, 2025])) + r.choice("!#?")
    if form == 1:
        return r.choice(LOWER) + r.choice(LOWER).capitalize() + str(r.randint(1, 99)) + r.choice("!$.")
    if form == 2:
        return r.choice(["summer", "winter", "autumn", "spring"]) + str(r.randint(2019, 2025)) + "!"
    if form == 3:
        return r.choice(WORDS).lower() + "-" + r.choice(LOWER) + "-" + str(r.randint(100, 999))
    return r.choice(WORDS) + "_" + r.choice(LOWER) + r.choice("#%&") + str(r.randint(1, 9))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return alnum(n, ALNUM + extra)


def digits(n: int) -> str:
    return alnum(n, string.digits)


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64url_nopad(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def octo_key() -> str:
    """OctoPrint's global and per-user API keys: 32 upper-case hex digits."""
    return hexs(32).upper()


def moon_key() -> str:
    """Moonraker's API key: a uuid4 hex."""
    return hexs(32)


def jwt(header: dict, payload: dict, sig_len: int = 43) -> str:
    enc = lambda part: b64url_nopad(json.dumps(part, separators=(",", ":")).encode())  # noqa: E731
    return enc(header) + "." + enc(payload) + "." + alnum(sig_len, B64URL)


def ha_token() -> str:
    """A Home Assistant long-lived access token (HS256, issuer is the refresh token's id)."""
    r = _rng()
    iat = r.randint(1_690_000_000, 1_735_000_000)
    return jwt({"alg": "HS256", "typ": "JWT"}, {"iss": hexs(32), "iat": iat, "exp": iat + 315_360_000})


def printify_token() -> str:
    r = _rng()
    iat = r.randint(1_690_000_000, 1_735_000_000)
    payload = {"aud": hexs(32), "jti": hexs(80), "iat": iat, "nbf": iat, "exp": iat + 31_536_000,
               "sub": str(r.randint(10_000_000, 29_999_999)), "scopes": ["shops.manage", "shops.read",
               "catalog.read", "orders.read", "orders.write", "products.read", "products.write",
               "uploads.read", "uploads.write"]}
    return jwt({"typ": "JWT", "alg": "RS256"}, payload, 342)


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**19 - 1)}/"
            + "".join(r.choice(B64URL) for _ in range(68)))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def telegram() -> str:
    return fakes.telegram_token(_seed())


def stripe(prefix: str = "sk_live_") -> str:
    return fakes.fake(prefix, 99 if prefix.startswith("rk_") else 24, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def wg_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA", lines: int = 9, indent: str = "") -> str:
    """A private key block (generated body), each line prefixed with `indent` but the first."""
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    body = ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines)]
    body.append("".join(r.choice(B64) for _ in range(r.randint(20, 60))) + "=")
    out = [f"-----BEGIN {label}-----"] + body + [f"-----END {label}-----"]
    return ("\n" + indent).join(out)


def cert_pem(indent: str = "") -> str:
    r = _rng()
    body = ["MIID" + "".join(r.choice(B64) for _ in range(60))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(8)]
    body.append("".join(r.choice(B64) for _ in range(36)) + "==")
    return ("\n" + indent).join(["-----BEGIN CERTIFICATE-----"] + body + ["-----END CERTIFICATE-----"])


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(B64) for _ in range(43)) + " " + comment


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice("./" + ALNUM) for _ in range(53))


def sha512_crypt() -> str:
    r = _rng()
    return ("$6$" + "".join(r.choice("./" + ALNUM) for _ in range(16)) + "$"
            + "".join(r.choice("./" + ALNUM) for _ in range(86)))


def sha256_crypt() -> str:
    r = _rng()
    return ("$5$" + "".join(r.choice("./" + ALNUM) for _ in range(16)) + "$"
            + "".join(r.choice("./" + ALNUM) for _ in range(43)))


def apr1_hash() -> str:
    r = _rng()
    return "$apr1$" + "".join(r.choice("./" + ALNUM) for _ in range(8)) + "$" + "".join(r.choice("./" + ALNUM) for _ in range(22))


def argon2_hash() -> str:
    r = _rng()
    return ("$argon2id$v=19$m=65536,t=3,p=4$" + "".join(r.choice(B64) for _ in range(22)) + "$"
            + "".join(r.choice(B64) for _ in range(43)))


def django_pbkdf2() -> str:
    r = _rng()
    return ("pbkdf2_sha256$720000$" + "".join(r.choice(ALNUM) for _ in range(22)) + "$"
            + base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode())


def mosquitto_hash() -> str:
    r = _rng()
    return ("$7$101$" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(12))).decode() + "$"
            + base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode())


def vault_blob(indent: str = "") -> str:
    r = _rng()
    lines = ["".join(r.choice(HEX) for _ in range(80)) for _ in range(r.randint(5, 8))]
    return ("\n" + indent).join(["$ANSIBLE_VAULT;1.1;AES256"] + lines)


def sops_value(kind: str = "str") -> str:
    r = _rng()
    data = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(12, 40)))).decode()
    iv = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    tag = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()
    return f"ENC[AES256_GCM,data:{data},iv:{iv},tag:{tag},type:{kind}]"


def sealed_value() -> str:
    r = _rng()
    return "AgB" + "".join(r.choice(B64) for _ in range(r.randint(300, 420))) + "=="


def sha1_hex() -> str:
    return hexs(40)


def sha256_hex() -> str:
    return hexs(64)


# === OctoPrint ==================================================================================

OCTO_DOCS = "OctoPrint docs: config.yaml (docs.octoprint.org/en/master/configuration/config_yaml.html)"

SV("octoprint-config", "octoprint-api-key", "octoprint/config.yaml", """
    accessControl:
      enabled: true
    api:
      key: §
    appearance:
      color: orange
      name: Ender 3 V2 (garage)
    feature:
      sdSupport: false
    folder:
      timelapse: /home/pi/.octoprint/timelapse
    plugins:
      _disabled:
      - announcements
      softwareupdate:
        _config_version: 9
    printerProfiles:
      default: _default
    serial:
      autoconnect: true
      baudrate: 115200
      port: /dev/ttyUSB0
    server:
      firstRun: false
      onlineCheck:
        enabled: true
      pluginBlacklist:
        enabled: true
    temperature:
      profiles:
      - bed: 60
        chamber: null
        extruder: 210
        name: PLA
      - bed: 85
        chamber: null
        extruder: 240
        name: PETG
    webcam:
      ffmpeg: /usr/bin/ffmpeg
      snapshot: http://127.0.0.1:8080/?action=snapshot
      stream: /webcam/?action=stream
    """, octo_key(), OCTO_DOCS)

SV("octoprint-config", "telegram-bot-token", "backups/octopi-mk3s/config.yaml", """
    api:
      allowCrossOrigin: false
    plugins:
      telegram:
        chats:
          '¤':
            accept_commands: true
            allow_users: false
            commands:
              /abort: true
              /print: true
              /status: true
            notifications:
              PrintDone: true
              PrintFailed: true
              StatusPrinting: true
            private: true
            send_notifications: true
            title: Nadia
            type: private
        image_not_connected: true
        notification_height: 5.0
        notification_time: 15
        send_icon: true
        token: '§'
      tracking:
        enabled: false
    serial:
      baudrate: 250000
      port: /dev/ttyACM0
    """, telegram(), "OctoPrint-Telegram plugin settings as saved in config.yaml (github.com/fabianonline/OctoPrint-Telegram)",
   extra=[digits(9)])

SV("octoprint-config", "discord-webhook", "octoprint/config.yaml.bak", """
    plugins:
      octorant:
        _config_version: 2
        events:
          printing_done:
            enabled: true
            media: snapshot
            message: ':thumbsup: {name} done printing after {time}'
          printing_failed:
            enabled: true
            message: ':thumbsdown: Printing has failed! :('
          printing_started:
            enabled: true
            message: ':printer: Printing process started'
        url: §
        username: Prusa MK3S+ (bench 2)
      softwareupdate:
        _config_version: 9
    server:
      commands:
        serverRestartCommand: sudo service octoprint restart
        systemRestartCommand: sudo shutdown -r now
        systemShutdownCommand: sudo shutdown -h now
    """, discord_webhook(), "Octorant (OctoPrint Discord notifications) plugin settings (plugins.octoprint.org/plugins/octorant)")

SV("octoprint-users", "octoprint-api-key", "octoprint/users.yaml", """
    admin:
      active: true
      apikey: §
      groups:
      - admins
      - users
      password: ¤
      permissions: []
      roles:
      - user
      - admin
      settings:
        interface:
          color: blue
          language: _default
    shopfloor:
      active: true
      apikey: null
      groups:
      - readonly
      password: ¤
      permissions: []
      roles:
      - user
      settings: {}
    """, octo_key(), "OctoPrint users.yaml as written by its user manager (docs.octoprint.org, Access Control)",
   extra=[hexs(128), hexs(128)])

DV("octoprint-users", "password-hash", "octopi/.octoprint/users.yaml", """
    mara:
      active: true
      apikey: null
      groups:
      - admins
      - users
      password: ¤
      permissions: []
      roles:
      - user
      - admin
      settings:
        interface:
          language: de
    viewer:
      active: true
      apikey: null
      groups:
      - readonly
      password: ¤
      permissions: []
      roles:
      - user
      settings: {}
    """, "OctoPrint users.yaml (salted SHA-512 password verifiers, no API keys)", hexs(128), hexs(128))

DV("octoprint-config", "redacted", "support/octoprint-config-redacted.yaml", """
    # config.yaml from the print room Pi, pasted for the forum thread.
    # Keys and secrets replaced before posting.
    accessControl:
      enabled: true
      salt: '[redacted]'
    api:
      key: '[redacted]'
    plugins:
      announcements:
        _config_version: 1
        channels:
          _blog:
            read_until: 1699436700
      discovery:
        upnpUuid: ¤
      softwareupdate:
        _config_version: 9
        checks:
          octoprint:
            current: ¤
    printerProfiles:
      default: _default
    serial:
      autoconnect: true
      baudrate: 115200
      port: /dev/ttyUSB0
    server:
      firstRun: false
      secretKey: '[redacted]'
    """, "OctoPrint community forum convention for sharing config.yaml (community.octoprint.org)", uuid_s(), sha1_hex())

SV("python", "octoprint-api-key", "scripts/octo_status.py", '''
    #!/usr/bin/env python3
    """Print the job state of every OctoPrint box on the bench (run from cron, posts to the wall display)."""
    import sys

    import requests

    OCTOPRINT_URL = "http://octopi-mk3s.local"
    API_KEY = "§"


    def job_state(base: str) -> dict:
        r = requests.get(f"{base}/api/job", headers={"X-Api-Key": API_KEY}, timeout=5)
        r.raise_for_status()
        return r.json()


    def main() -> int:
        try:
            job = job_state(OCTOPRINT_URL)
        except requests.RequestException as exc:
            print(f"offline: {exc}", file=sys.stderr)
            return 1
        progress = job.get("progress", {}).get("completion") or 0.0
        name = (job.get("job", {}).get("file") or {}).get("name") or "-"
        print(f"{job['state']:<12} {progress:5.1f}%  {name}")
        return 0


    if __name__ == "__main__":
        sys.exit(main())
    ''', octo_key(), "OctoPrint REST API docs: authorization with X-Api-Key (docs.octoprint.org/en/master/api/general.html)")

SV("shell", "octoprint-api-key", "bin/upload_gcode.sh", r"""
    #!/usr/bin/env bash
    # Upload a sliced file to the Ender and start it right away.
    # usage: upload_gcode.sh part.gcode
    set -euo pipefail

    FILE="${1:?gcode file}"
    HOST="http://192.168.1.61"

    curl --fail --silent --show-error \
      -H "X-Api-Key: §" \
      -F "select=true" \
      -F "print=true" \
      -F "file=@${FILE}" \
      "${HOST}/api/files/local"
    echo
    echo "queued $(basename "$FILE") on ${HOST}"
    """, octo_key(), "OctoPrint REST API docs: upload file (docs.octoprint.org/en/master/api/files.html)")

SV("home-assistant", "octoprint-api-key", "homeassistant/secrets.yaml", """
    # Use this file to store secrets like usernames and passwords.
    # Learn more at https://www.home-assistant.io/docs/configuration/secrets/
    home_latitude: 52.3731
    home_longitude: 4.8922
    octoprint_host: 192.168.1.61
    octoprint_api_key: §
    printer_room_camera: http://192.168.1.61/webcam/?action=stream
    """, octo_key(), "Home Assistant docs: secrets.yaml and the OctoPrint integration")

D("home-assistant", "secret-reference", "homeassistant/packages/printer.yaml", T("""
    # Printer package: OctoPrint sensors, power plug, and a notification when a job finishes.
    octoprint:
      host: !secret octoprint_host
      api_key: !secret octoprint_api_key
      name: Ender 3
      bed: true
      number_of_tools: 1

    automation:
      - alias: "Print finished"
        trigger:
          - platform: state
            entity_id: binary_sensor.ender_3_printing
            from: "on"
            to: "off"
        action:
          - service: notify.mobile_app_pixel_7
            data:
              title: "3D printer"
              message: "{{ states('sensor.ender_3_current_file') }} finished"
    """), "Home Assistant docs: !secret references")

SV("json", "octoprint-access-token", "home/pi/.config/octodash/config.json", """
    {
      "octoprint": {
        "url": "http://localhost:80/api/",
        "accessToken": "§"
      },
      "printer": {
        "name": "Voron 0.2",
        "xySpeed": 150,
        "zSpeed": 5,
        "disableExtruderGCode": "M18 E",
        "zBabystepGCode": "M290 Z",
        "defaultTemperatureFanSpeed": {
          "hotend": 200,
          "heatbed": 60,
          "fan": 100
        }
      },
      "filament": {
        "thickness": 1.75,
        "density": 1.25,
        "feedLength": 0,
        "feedSpeed": 20,
        "useM600": false
      },
      "octodash": {
        "customActions": [],
        "fileSorting": {"attribute": "name", "order": "asc"},
        "invertAxisControl": {"x": false, "y": false, "z": false},
        "screenSleepCommand": "xset dpms force standby",
        "turnScreenOffWhileSleeping": false
      }
    }
    """, octo_key(), "OctoDash config.json (github.com/UnchartedBull/OctoDash, wiki: Installation)")

SV("nginx", "octoprint-api-key", "deploy/nginx/printers.conf", """
    # Read-only status page for the lobby screen: the kiosk has no OctoPrint login,
    # so the proxy adds the key for the two whitelisted endpoints.
    upstream octoprint_mk4 {
        server 10.20.0.41:80;
    }

    server {
        listen 8088;
        server_name status.printroom.lan;

        location = /api/job {
            limit_except GET { deny all; }
            proxy_pass http://octoprint_mk4;
            proxy_set_header Host $host;
            proxy_set_header X-Api-Key "§";
        }

        location = /api/printer {
            limit_except GET { deny all; }
            proxy_pass http://octoprint_mk4;
            proxy_set_header X-Api-Key "§";
        }

        location / {
            root /srv/lobby;
        }
    }
    """, octo_key(), "nginx docs: proxy_set_header; OctoPrint reverse proxy guide (community.octoprint.org)")

SV("octoprint-config", "pushbullet-token", "octopi-prusa/config.yaml", """
    plugins:
      pushbullet:
        access_token: §
        printDone:
          body: '{file} finished printing in {elapsed_time}'
          enabled: true
          title: Print job finished
        printFailed:
          enabled: true
      psucontrol:
        GPIODevice: /dev/gpiochip0
        autoOn: true
        switchingMethod: GPIO
      cura:
        _config_version: 1
    printerProfiles:
      default: prusa_mk3s
    webcam:
      timelapse:
        type: 'off'
    """, "o." + alnum(32), "OctoPrint-Pushbullet plugin settings (plugins.octoprint.org/plugins/pushbullet)")

SV("arduino", "octoprint-api-key", "RemainingTimeDisplay/secret.h", """
    // Printer configuration for the matrix display on the enclosure door.
    #pragma once

    #define CONFIG_NAME "Ender 5 Plus"   // printer display name
    #define CONFIG_IP   "192.168.178.33" // OctoPrint address
    #define CONFIG_PORT 80

    // OctoPrint application key (Settings > Application Keys)
    #define SECRET_API "§"
    """, octo_key(), "OctoPrint matrix display project header (Arduino sketch secrets header convention)")

SV("arduino", "wifi-password", "RemainingTimeDisplay/arduino_secrets.h", """
    // WiFi credentials for the ESP32 driving the display.
    // Kept apart from the printer settings so secret.h can be shared.
    #pragma once

    #define SECRET_SSID "Werkstatt-IoT"
    #define SECRET_PASS "§"
    """, human_pw(), "Arduino IDE arduino_secrets.h convention (docs.arduino.cc, Secret tab)")

SV("cura-cfg", "octoprint-api-key", "cura/5.7/cura.cfg", """
    [general]
    version = 7
    accepted_user_agreement = True
    theme = cura-light
    visible_settings = layer_height;wall_thickness;infill_sparse_density;support_enable

    [cura]
    active_mode = 1
    jobname_prefix = True
    dialog_on_project_save = False

    [octoprint]
    keys_cache = {"octopi-ender3.local": "§"}
    manual_instances = {"Ender 3 garage": {"address": "192.168.1.61", "port": 80, "path": "/", "useHttps": false, "userName": "", "password": ""}}
    use_zeroconf = True
    store_on_sd = False
    auto_print = True

    [info]
    automatic_update_check = True
    send_slice_info = False
    """, octo_key(), "Cura preferences file with the OctoPrint Connection plugin (github.com/fieldOfView/Cura-OctoPrintPlugin)")

D("docker-compose", "env-reference", "octoprint/docker-compose.yml", T("""
    services:
      octoprint:
        image: octoprint/octoprint:1.10
        restart: unless-stopped
        ports:
          - "80:80"
        devices:
          - /dev/ttyACM0:/dev/ttyACM0
          - /dev/video0:/dev/video0
        environment:
          - ENABLE_MJPG_STREAMER=true
          - CAMERA_DEV=/dev/video0
          - MJPG_STREAMER_INPUT=-r 1280x720 -f 15
        volumes:
          - octoprint:/octoprint

      status-exporter:
        image: ghcr.io/printroom/octo-exporter:0.4.2
        environment:
          OCTOPRINT_URL: http://octoprint
          OCTOPRINT_API_KEY: ${OCTOPRINT_API_KEY:?set it in .env}
        ports:
          - "9529:9529"

    volumes:
      octoprint:
    """), "octoprint/octoprint-docker README compose example")

D("octopi", "camera-config", "boot/octopi.txt", T("""
    ### Windows users: To edit this file use Notepad++, VSCode, Atom or SublimeText.
    ### Do not use Notepad or WordPad.

    ### Configure which camera to use
    #
    # Available options are:
    # - auto: tries first usb webcam, if that's not available tries raspi cam
    # - usb: only tries usb webcam
    # - raspi: only tries raspi cam
    camera="usb"

    ### Additional options to supply to MJPG Streamer for the USB camera
    camera_usb_options="-r 1280x720 -f 10"

    ### Configuration of camera HTTP output
    camera_http_webroot="./www-octopi"
    camera_http_options="-n"
    """), "OctoPi boot/octopi.txt (github.com/guysoft/OctoPi)")

D("markdown", "placeholder", "octoprint-plugin-filamentwatch/README.md", T("""
    # FilamentWatch

    Pauses the print and pings you when the runout sensor trips.

    ## Testing the API by hand

    ```bash
    curl -H "X-Api-Key: YOUR_API_KEY" http://octopi.local/api/plugin/filamentwatch
    curl -X POST -H "X-Api-Key: $OCTOPRINT_API_KEY" -H "Content-Type: application/json" \\
         -d '{"command": "reset"}' http://octopi.local/api/plugin/filamentwatch
    ```

    Create a key under *Settings > Application Keys*; it looks like `ABCDEF0123456789ABCDEF0123456789`
    (32 hex digits). Never paste yours into an issue.
    """), "OctoPrint plugin README conventions (docs.octoprint.org plugin tutorial)")

D("python", "settings-default", "octoprint_printfarm_sync/__init__.py", T('''
    # coding=utf-8
    from __future__ import absolute_import

    import octoprint.plugin


    class PrintfarmSyncPlugin(octoprint.plugin.SettingsPlugin,
                              octoprint.plugin.TemplatePlugin,
                              octoprint.plugin.EventHandlerPlugin):

        def get_settings_defaults(self):
            return dict(server_url="https://farm.example.com", api_token="", push_snapshots=True)

        def get_settings_restricted_paths(self):
            # the token is admin-only, never sent to read-only users
            return dict(admin=[["api_token"]])

        def on_event(self, event, payload):
            if event not in ("PrintDone", "PrintFailed"):
                return
            token = self._settings.get(["api_token"])
            if not token:
                self._logger.warning("printfarm sync: no api_token configured")
                return
            self._logger.info("reporting %s for %s", event, payload.get("name"))


    __plugin_name__ = "Printfarm Sync"
    __plugin_pythoncompat__ = ">=3.7,<4"
    __plugin_implementation__ = PrintfarmSyncPlugin()
    '''), "OctoPrint plugin tutorial: SettingsPlugin (docs.octoprint.org/en/master/plugins)")


# === Klipper, Moonraker and companions =========================================================

MOON_DOCS = "Moonraker docs: configuration (moonraker.readthedocs.io/en/latest/configuration)"

SV("moonraker-conf", "home-assistant-token", "printer_data/config/moonraker.conf", """
    [server]
    host: 0.0.0.0
    port: 7125
    klippy_uds_address: ~/printer_data/comms/klippy.sock

    [authorization]
    trusted_clients:
        10.0.0.0/8
        127.0.0.0/8
        192.168.0.0/16
        FE80::/10
        ::1/128
    cors_domains:
        *.lan
        *.local
        *://localhost

    [octoprint_compat]

    [history]

    [power printer]
    type: homeassistant
    protocol: http
    address: 192.168.1.20
    port: 8123
    device: switch.voron_plug
    token: §
    domain: switch
    bound_services: klipper
    locked_while_printing: True
    restart_klipper_when_powered: True

    [update_manager]
    channel: dev
    refresh_interval: 168
    """, ha_token(), MOON_DOCS + " [power] homeassistant")

SV("moonraker-conf", "mqtt-password", "klipper_config/moonraker.conf", """
    [server]
    host: 0.0.0.0
    port: 7125

    [file_manager]
    enable_object_processing: True

    [mqtt]
    address: 192.168.10.5
    port: 1883
    username: klipper-v24
    password: §
    enable_moonraker_api: True
    status_objects:
        webhooks
        toolhead=position,print_stress
        print_stats
    instance_name: voron24

    [data_store]
    temperature_store_size: 600
    gcode_store_size: 1000

    [history]
    """, human_pw(), MOON_DOCS + " [mqtt]")

_discord = discord_webhook()
_wid, _wtok = _discord.split("/")[-2:]
SV("moonraker-conf", "discord-webhook", "printer_data/config/notifiers.cfg", """
    # [include notifiers.cfg] from moonraker.conf
    [notifier print_done]
    url: discord://¤/§
    events: complete
    body: "{event_args[1].filename} finished after {event_args[1].print_duration|int // 60} min"
    title: Trident
    attach: http://127.0.0.1/webcam/?action=snapshot

    [notifier print_error]
    url: discord://¤/§
    events: error
    body: "Print failed: {event_args[1].message}"
    title: Trident

    [notifier paused]
    url: discord://¤/§
    events: pause
    body: "Paused (runout?)"
    """, _wtok, MOON_DOCS + " [notifier] with Apprise discord:// URLs", extra=[_wid, _wid, _wid])

SV("moonraker-secrets", "tasmota-password", "printer_data/moonraker.secrets", """
    # Moonraker secrets (ini format), read by [secrets] in moonraker.conf
    # keep this out of ~/printer_data/config so it is never served.
    [tasmota_plug]
    address: 192.168.1.77
    user: admin
    password: §

    [spoolman]
    server: http://192.168.1.5:7912
    """, human_pw(), MOON_DOCS + " [secrets] ini format")

SV("moonraker-secrets", "mqtt-password", "home/biqu/printer_data/moonraker.secrets", """
    {
        "mqtt_credentials": {
            "username": "moonraker",
            "password": "§"
        },
        "influx": {
            "host": "192.168.1.5",
            "port": 8086
        }
    }
    """, rand_pw(24), MOON_DOCS + " [secrets] json format")

SV("moonraker-conf", "github-token", "printer_data/config/update_manager.conf", """
    # Private macro repo for the farm printers, pulled by Moonraker's update manager.
    [update_manager farm-macros]
    type: git_repo
    channel: dev
    path: ~/farm-macros
    origin: https://printroom-bot:§@github.com/printroom/farm-macros.git
    primary_branch: main
    is_system_service: False
    managed_services: klipper

    [update_manager crowsnest]
    type: git_repo
    path: ~/crowsnest
    origin: https://github.com/mainsail-crew/crowsnest.git
    managed_services: crowsnest
    install_script: tools/pkglist.sh
    """, fakes.github_token(_seed()), MOON_DOCS + " [update_manager] git_repo")

SV("klipperscreen-conf", "moonraker-api-key", "printer_data/config/KlipperScreen.conf", """
    [main]
    language: en
    show_cursor: False
    default_printer: Trident 300

    [printer Trident 300]
    moonraker_host: 192.168.20.12
    moonraker_port: 7125
    moonraker_api_key: §
    z_babystep_values: 0.01, 0.05
    move_speed_xy: 300
    move_speed_z: 20
    titlebar_items: chamber, MCU, Pi
    calibrate_x_position: 150
    calibrate_y_position: 150

    [printer Voron 0.2]
    moonraker_host: 192.168.20.14
    moonraker_port: 7125
    """, moon_key(), "KlipperScreen docs: Configuration, [printer] moonraker_api_key (klipperscreen.readthedocs.io)")

D("klipperscreen-conf", "disabled-value", "config/KlipperScreen.conf", T("""
    # Define printer and name. Name is anything after the first printer word
    [printer RedRover]
    # Define the moonraker host/port if different from 127.0.0.1 and 7125
    moonraker_host: 127.0.0.1
    # ports 443 and 7130 will use https/wss
    moonraker_port: 7125
    # Moonraker API key if this is not connecting from a trusted client IP
    moonraker_api_key: False

    [printer WhiteLightning]
    moonraker_host: 127.0.0.1
    moonraker_port: 7126
    moonraker_api_key: False
    """), "KlipperScreen sample configuration (KlipperScreen docs)")

SV("obico-cfg", "auth-token", "printer_data/config/moonraker-obico.cfg", """
    [server]
    url = https://app.obico.io
    auth_token = §

    [moonraker]
    host = 127.0.0.1
    port = 7125

    [webcam]
    disable_video_streaming = False

    [logging]
    path = /home/pi/printer_data/logs/moonraker-obico.log
    level = INFO

    [tunnel]
    dest_host = 127.0.0.1
    dest_port = 80
    dest_is_ssl = False
    """, hexs(40), "Obico for Klipper docs: moonraker-obico.cfg (obico.io/docs/user-guides/moonraker-obico/config)")

D("obico-cfg", "placeholder-comment", "klipper_config/moonraker-obico.cfg", T("""
    [server]
    url = https://app.obico.io
    # auth_token: <let the link command set this, see more in readme>
    # sentry_opt: out or in

    [moonraker]
    host = 127.0.0.1
    port = 7125
    # api_key = <grab one or set trusted hosts in moonraker>

    [webcam]
    disable_video_streaming = False

    [logging]
    path = /home/pi/klipper_logs/moonraker-obico.log
    level = INFO
    """), "Obico for Klipper docs: moonraker-obico.cfg example")

SV("telegram-bot-conf", "telegram-bot-token", "printer_data/config/telegram.conf", """
    [bot]
    server: localhost
    chat_id: ¤
    bot_token: §
    debug: false
    log_path: ~/printer_data/logs

    [camera]
    host: http://localhost:8080/?action=stream
    fps: 15
    light_control_timeout: 4

    [progress_notification]
    percent: 10
    height: 5
    time: 0

    [timelapse]
    cleanup: true
    height: 0.2
    target_fps: 15
    """, telegram(), "moonraker-telegram-bot docs: configuration (github.com/nlef/moonraker-telegram-bot)",
   extra=[digits(9)])

D("telegram-bot-conf", "placeholder", "docs/telegram.conf.example", T("""
    [bot]
    server: localhost
    # chat id of the user or group the bot answers to
    chat_id: 123456789
    # token from @BotFather, looks like 1234567890:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    bot_token: <your bot token>

    [camera]
    host: http://localhost:8080/?action=stream
    """), "moonraker-telegram-bot sample config")

SV("klipper-cfg", "ntfy-token", "printer_data/config/notify.cfg", """
    # Needs the gcode_shell_command extension (KIAUH > Advanced > G-Code Shell Command)
    [gcode_shell_command ntfy_done]
    command: curl -s -H "Authorization: Bearer §" -H "Title: Ender 3 S1" -d "Print finished" https://ntfy.printroom.net/printers
    timeout: 10.
    verbose: False

    [gcode_macro NOTIFY_DONE]
    description: Push a notification when a print ends
    gcode:
        RUN_SHELL_COMMAND CMD=ntfy_done

    [gcode_macro END_PRINT]
    gcode:
        G91
        G1 E-2 F2700
        G1 Z10 F600
        G90
        G1 X0 Y220 F6000
        M104 S0
        M140 S0
        M106 S0
        NOTIFY_DONE
        M84
    """, "tk_" + alnum(29, LOWER_ALNUM), "Klipper gcode_shell_command (KIAUH extension) and ntfy docs: access tokens")

SV("shell", "slack-webhook", "printer_data/config/scripts/notify_done.sh", r"""
    #!/bin/bash
    # Called from the END_PRINT macro: posts the file name and a snapshot link to #print-room.
    FILE="$1"
    WEBHOOK="§"
    HOST=$(hostname)

    payload=$(cat <<EOF
    {"text": ":white_check_mark: *${HOST}* finished \`${FILE}\`\nhttp://${HOST}.lan/webcam/?action=snapshot"}
    EOF
    )

    curl -s -X POST -H 'Content-type: application/json' --data "$payload" "$WEBHOOK" >/dev/null
    """, slack_webhook(), "Slack docs: incoming webhooks; Klipper RUN_SHELL_COMMAND scripts")

SV("python", "moonraker-api-key", "farm/moonraker_poll.py", '''
    """Poll every Klipper printer in the farm through Moonraker and push the state to Redis."""
    import json
    import time

    import redis
    import requests

    PRINTERS = {
        "voron-1": "http://10.20.0.11:7125",
        "voron-2": "http://10.20.0.12:7125",
        "trident": "http://10.20.0.13:7125",
    }
    # one key for all of them: the moonraker.conf of each printer was given the same key file
    MOONRAKER_KEY = "§"
    QUERY = "/printer/objects/query?print_stats&display_status&extruder&heater_bed"

    r = redis.Redis(host="localhost", port=6379, db=2)

    while True:
        for name, base in PRINTERS.items():
            try:
                resp = requests.get(base + QUERY, headers={"X-Api-Key": MOONRAKER_KEY}, timeout=3)
                status = resp.json()["result"]["status"]
            except (requests.RequestException, KeyError, ValueError):
                status = {"offline": True}
            r.hset("printers", name, json.dumps(status))
        time.sleep(10)
    ''', moon_key(), "Moonraker docs: web API authorization (X-Api-Key header)")

SV("dotenv", "github-token", "klipper-backup/.env", """
    # klipper-backup configuration
    github_token=§
    github_username=marek-prints
    github_repository=voron24-config
    branch_name="main"
    commit_username="klipper-backup"
    commit_email="backup@voron24.lan"

    backupPaths=( \\
    "printer_data/config/*" \\
    )

    exclude=( \\
    "*.swp" \\
    "*.tmp" \\
    "printer-[0-9]*_[0-9]*.cfg" \\
    "*.bak" \\
    )
    """, fakes.github_fine_grained_token(_seed()), "klipper-backup docs: .env configuration (klipperbackup.xyz)")

SV("docker-compose", "database-password", "spoolman/docker-compose.yml", """
    services:
      spoolman:
        image: ghcr.io/donkie/spoolman:latest
        restart: unless-stopped
        ports:
          - "7912:8000"
        environment:
          - TZ=Europe/Berlin
          - SPOOLMAN_DB_TYPE=postgres
          - SPOOLMAN_DB_HOST=db
          - SPOOLMAN_DB_PORT=5432
          - SPOOLMAN_DB_NAME=spoolman
          - SPOOLMAN_DB_USERNAME=spoolman
          - SPOOLMAN_DB_PASSWORD=§
        depends_on:
          - db

      db:
        image: postgres:16
        restart: unless-stopped
        environment:
          - POSTGRES_USER=spoolman
          - POSTGRES_PASSWORD=§
          - POSTGRES_DB=spoolman
        volumes:
          - ./pgdata:/var/lib/postgresql/data
    """, human_pw(), "Spoolman README: environment variables and docker compose")

D("docker-compose", "env-file", "spoolman/compose.yaml", T("""
    services:
      spoolman:
        image: ghcr.io/donkie/spoolman:0.21.0
        restart: unless-stopped
        env_file: .env            # SPOOLMAN_DB_* live there, not in git
        volumes:
          - type: bind
            source: ./data
            target: /home/app/.local/share/spoolman
        ports:
          - "7912:8000"
        environment:
          - TZ=America/Chicago
          - SPOOLMAN_DB_PASSWORD_FILE=/run/secrets/spoolman_db
        secrets:
          - spoolman_db

    secrets:
      spoolman_db:
        file: ./secrets/spoolman_db.txt
    """), "Spoolman README: docker compose; Docker docs: compose secrets")

DV("klipper-cfg", "serial-ids", "printer_data/config/printer.cfg", """
    [include mainsail.cfg]
    [include macros.cfg]

    [mcu]
    serial: /dev/serial/by-id/usb-Klipper_stm32f446xx_¤-if00
    restart_method: command

    [mcu EBBCan]
    canbus_uuid: ¤

    [printer]
    kinematics: corexy
    max_velocity: 300
    max_accel: 5000
    square_corner_velocity: 5.0

    [stepper_x]
    step_pin: PF13
    dir_pin: PF12
    enable_pin: !PF14
    microsteps: 32
    rotation_distance: 40
    endstop_pin: tmc2209_stepper_x:virtual_endstop
    position_endstop: 300
    position_max: 300
    homing_speed: 40

    [extruder]
    step_pin: EBBCan: PD0
    dir_pin: EBBCan: PD1
    enable_pin: !EBBCan: PD2
    rotation_distance: 22.6789511
    gear_ratio: 50:10
    nozzle_diameter: 0.400
    filament_diameter: 1.750
    heater_pin: EBBCan: PB13
    sensor_type: ATC Semitec 104NT-4-R025H42G
    sensor_pin: EBBCan: PA3
    min_temp: 10
    max_temp: 300
    """, "Klipper docs: Config_Reference [mcu] serial and canbus_uuid (klipper3d.org)",
   hexs(24).upper(), hexs(12))

D("moonraker-conf", "secrets-template", "voron-config/moonraker.conf", T("""
    [server]
    host: 0.0.0.0
    port: 7125

    [secrets]
    secrets_path: ~/printer_data/moonraker.secrets

    [mqtt]
    address: {secrets.mqtt_credentials.host}
    port: 1883
    username: {secrets.mqtt_credentials.username}
    password: {secrets.mqtt_credentials.password}
    enable_moonraker_api: True

    [power printer_plug]
    type: homeassistant
    address: 192.168.1.20
    port: 8123
    device: switch.printer_plug
    token: {secrets.home_assistant.token}
    domain: switch

    [octoprint_compat]
    """), MOON_DOCS + " [secrets] template substitution")

DV("moonraker-conf", "commit-shas", "printer_data/config/moonraker-pinned.conf", """
    [authorization]
    force_logins: True
    trusted_clients:
        192.168.1.0/24
        127.0.0.0/8

    [update_manager]
    enable_auto_refresh: False

    [update_manager klipper]
    pinned_commit: ¤

    [update_manager moonraker]
    pinned_commit: ¤

    [update_manager mainsail]
    type: web
    channel: stable
    repo: mainsail-crew/mainsail
    path: ~/mainsail
    """, MOON_DOCS + " [update_manager] pinned_commit", sha1_hex(), sha1_hex())

D("moonraker-secrets", "placeholder", "docs/moonraker.secrets.example", T("""
    # Copy to ~/printer_data/moonraker.secrets and fill in; never commit the copy.
    [mqtt_credentials]
    host: 192.168.1.x
    username: <mqtt user>
    password: <mqtt password>

    [home_assistant]
    token: <long-lived access token from your HA profile page>
    """), MOON_DOCS + " [secrets] example")

D("klipper-cfg", "bed-mesh", "printer_data/config/printer-save-config.cfg", T("""
    #*# <---------------------- SAVE_CONFIG ---------------------->
    #*# DO NOT EDIT THIS BLOCK OR BELOW. The contents are auto-generated.
    #*#
    #*# [bed_mesh default]
    #*# version = 1
    #*# points =
    #*# 	-0.052500, -0.030000, -0.012500, 0.002500, 0.025000
    #*# 	-0.040000, -0.017500, 0.000000, 0.015000, 0.032500
    #*# 	-0.035000, -0.010000, 0.005000, 0.020000, 0.040000
    #*# 	-0.027500, -0.005000, 0.012500, 0.027500, 0.047500
    #*# 	-0.020000, 0.002500, 0.017500, 0.035000, 0.055000
    #*# x_count = 5
    #*# y_count = 5
    #*# mesh_x_pps = 2
    #*# mesh_y_pps = 2
    #*# algo = bicubic
    #*# tension = 0.2
    #*# min_x = 30.0
    #*# max_x = 270.0
    #*# min_y = 30.0
    #*# max_y = 270.0
    #*#
    #*# [input_shaper]
    #*# shaper_type_x = mzv
    #*# shaper_freq_x = 52.4
    #*# shaper_type_y = ei
    #*# shaper_freq_y = 38.2
    """), "Klipper docs: SAVE_CONFIG block (klipper3d.org/Config_Reference)")


# === Bambu Lab ==================================================================================

BAMBU_SRC = "Bambu Lab wiki: LAN mode, MQTT over TLS on 8883 as user bblp with the access code"

SV("python", "bambu-access-code", "bambu-server/configs/bambu_config.py", """
    # Printer connection for the QR spool scanner. LAN-only mode must be on.
    IP = '192.168.1.143'
    SERIAL = '¤'
    ACCESS_CODE = '§'

    # Disconnect from the printer's MQTT broker after this many seconds of inactivity
    INACTIVITY_TIMEOUT = 5 * 60  # make negative to disable the auto-disconnect

    AUTH_USER = 'spools'
    AUTH_PASS = ''
    """, digits(8), BAMBU_SRC, extra=["01S00A" + digits(9)])

D("python", "placeholder", "bambu-server/configs/bambu_config.example.py", T("""
    # Change these values to match your printer, then rename this file to bambu_config.py
    IP = '192.168.1.100'
    SERIAL = '0123456789ABCDE'
    ACCESS_CODE = '<8-digit code from Settings > Network on the printer>'

    # Disconnect from the printer's MQTT broker after this many seconds of inactivity
    INACTIVITY_TIMEOUT = 5 * 60  # make negative to disable the auto-disconnect
    """), "QRSpool example config (github.com/Aptimex/QRSpool)")

SV("dotenv", "bambu-access-code", "printbridge/.env", """
    # printbridge: relays Bambu printer state to the shop dashboard
    LOG_LEVEL=info
    HTTP_PORT=8340

    BAMBU_DEVICE_IP=10.0.40.21
    BAMBU_SERIAL=¤
    BAMBU_ACCESS_CODE=§
    BAMBU_MQTT_PORT=8883

    DASHBOARD_URL=http://dashboard.printshop.lan
    """, digits(8), BAMBU_SRC, extra=["00M09A" + digits(9)])

SV("javascript", "bambu-access-code", "src/bambu/mqttClient.js", """
    const mqtt = require('mqtt');

    // X1C in the back room. TODO: move to config once we have more than one.
    const PRINTER = {
      host: '192.168.50.37',
      serial: '¤',
    };

    function connect(onReport) {
      const client = mqtt.connect(`mqtts://${PRINTER.host}:8883`, {
        username: 'bblp',
        password: '§',
        rejectUnauthorized: false, // printer uses a self-signed cert
        reconnectPeriod: 5000,
      });

      client.on('connect', () => {
        client.subscribe(`device/${PRINTER.serial}/report`);
        client.publish(`device/${PRINTER.serial}/request`,
          JSON.stringify({ pushing: { sequence_id: '0', command: 'pushall' } }));
      });

      client.on('message', (_topic, payload) => onReport(JSON.parse(payload.toString())));
      return client;
    }

    module.exports = { connect };
    """, digits(8), BAMBU_SRC + "; MQTT.js README", extra=["00M09C" + digits(9)])

SV("makefile", "bambu-access-code", "tools/Makefile", r"""
    PRINTER_IP ?= 192.168.1.88
    SERIAL     ?= ¤

    .PHONY: watch pushall light-on

    watch:
    	mosquitto_sub -h $(PRINTER_IP) -p 8883 --insecure --cafile /etc/ssl/certs/ca-certificates.crt \
    		-u bblp -P § -t "device/$(SERIAL)/report" -v

    pushall:
    	mosquitto_pub -h $(PRINTER_IP) -p 8883 --insecure --cafile /etc/ssl/certs/ca-certificates.crt \
    		-u bblp -P § -t "device/$(SERIAL)/request" \
    		-m '{"pushing":{"sequence_id":"1","command":"pushall"}}'

    light-on:
    	mosquitto_pub -h $(PRINTER_IP) -p 8883 --insecure -u bblp -P § -t "device/$(SERIAL)/request" \
    		-m '{"system":{"sequence_id":"2","command":"ledctrl","led_node":"chamber_light","led_mode":"on"}}'
    """, digits(8), BAMBU_SRC + "; mosquitto_sub man page", extra=["01P00A" + digits(9)])

SV("home-assistant", "bambu-access-code", "homeassistant/.storage/core.config_entries", """
    {
      "version": 1,
      "minor_version": 4,
      "key": "core.config_entries",
      "data": {
        "entries": [
          {
            "entry_id": "¤",
            "version": 2,
            "domain": "bambu_lab",
            "title": "¤",
            "data": {
              "device_type": "P1S",
              "serial": "¤",
              "host": "192.168.1.140",
              "local_mqtt": true,
              "access_code": "§",
              "region": "Europe"
            },
            "options": {"usage_hours": 412.7},
            "pref_disable_new_entities": false,
            "pref_disable_polling": false,
            "source": "user",
            "unique_id": null,
            "disabled_by": null
          }
        ]
      }
    }
    """, digits(8), "ha-bambulab integration config entry (github.com/greghesp/ha-bambulab)",
   extra=[hexs(32), "01P00C" + digits(9), "01P00C" + digits(9)])

_codes = [digits(8), digits(8)]
SV("yaml", "bambu-access-code", "farm/printers.yaml", """
    # Farm inventory. Access codes come from the env (BAMBU_<NAME>_CODE) except the loaner,
    # which has no env entry on the kiosk yet.
    printers:
      - name: x1c-01
        model: X1C
        host: 10.0.40.21
        serial: ¤
        access_code_env: BAMBU_X1C01_CODE
      - name: p1s-02
        model: P1S
        host: 10.0.40.22
        serial: ¤
        access_code_env: BAMBU_P1S02_CODE
      - name: a1-loaner
        model: A1
        host: 10.0.40.29
        serial: ¤
        access_code: "§"
    poll_seconds: 15
    """, _codes[0], BAMBU_SRC, extra=["00M09A" + digits(9), "01P00A" + digits(9), "039" + digits(12)])

DV("json", "slicer-profile", "profiles/project_settings.config", """
    {
        "accel_to_decel_enable": "0",
        "bed_custom_model": "",
        "bed_type": "Textured PEI Plate",
        "default_filament_profile": ["Bambu PLA Basic @BBL X1C"],
        "filament_settings_id": ["Bambu PLA Basic @BBL X1C", "Bambu PETG HF @BBL X1C"],
        "filament_ids": ["GFA00", "GFG02"],
        "from": "project",
        "inherits": "0.20mm Standard @BBL X1C",
        "layer_height": "0.2",
        "name": "project_settings",
        "nozzle_diameter": ["0.4"],
        "print_settings_id": "0.20mm Standard @BBL X1C",
        "printer_model": "Bambu Lab X1 Carbon",
        "printer_settings_id": "Bambu Lab X1 Carbon 0.4 nozzle",
        "setting_id": "GP004",
        "sparse_infill_density": "15%",
        "version": "01.09.03.50",
        "wall_loops": "2",
        "different_settings_to_system": ["sparse_infill_density;wall_loops", "", ""],
        "plate_md5": "¤"
    }
    """, "Bambu Studio 3MF Metadata/project_settings.config", hexs(32).upper())

DV("csv", "device-ids", "inventory/printers.csv", """
    name,model,serial,mac,location,firmware,purchased
    x1c-01,X1C,¤,¤,rack A1,01.08.02.00,2023-03-14
    x1c-02,X1C,¤,¤,rack A2,01.08.02.00,2023-03-14
    p1s-03,P1S,¤,¤,rack B1,01.06.01.02,2024-01-09
    a1m-04,A1 mini,¤,¤,front desk,01.04.00.00,2024-05-22
    mk4-05,MK4S,¤,¤,rack C1,6.2.1,2024-11-02
    """, "print farm inventory export",
   "00M09A" + digits(9), "08:FB:EA:" + ":".join(hexs(2).upper() for _ in range(3)),
   "00M09A" + digits(9), "08:FB:EA:" + ":".join(hexs(2).upper() for _ in range(3)),
   "01P00A" + digits(9), "08:FB:EA:" + ":".join(hexs(2).upper() for _ in range(3)),
   "0309DA" + digits(9), "08:FB:EA:" + ":".join(hexs(2).upper() for _ in range(3)),
   "10589-" + digits(16), "10:9C:70:" + ":".join(hexs(2).upper() for _ in range(3)))

DV("json", "mqtt-capture", "tests/fixtures/bambu_pushall_report.json", """
    {
      "print": {
        "command": "push_status",
        "msg": 0,
        "sequence_id": "2021",
        "gcode_state": "RUNNING",
        "gcode_file": "/data/Metadata/plate_1.gcode",
        "subtask_name": "lamp_shade_v3",
        "subtask_id": "¤",
        "task_id": "¤",
        "project_id": "¤",
        "profile_id": "¤",
        "mc_percent": 37,
        "mc_remaining_time": 142,
        "layer_num": 88,
        "total_layer_num": 240,
        "nozzle_temper": 219.9,
        "nozzle_target_temper": 220,
        "bed_temper": 55.0,
        "bed_target_temper": 55,
        "ams": {"ams_exist_bits": "1", "tray_now": "2", "version": 4},
        "ipcam": {"ipcam_dev": "1", "ipcam_record": "enable", "timelapse": "disable"},
        "wifi_signal": "-52dBm",
        "upgrade_state": {"sn": "¤", "ota_new_version_number": ""}
      }
    }
    """, "Bambu printer MQTT push_status report (OpenBambuAPI docs)",
   digits(9), digits(9), digits(9), digits(8), "00M09A" + digits(9))


# === Prusa: PrusaLink, Prusa Connect, PrusaSlicer ==============================================

SV("prusalink-ini", "prusa-connect-token", "etc/prusa_printer_settings.ini", """
    [printer]
    type = MK3S
    name = MK3S bench 3
    location = print room
    farm_mode = False

    [network]
    hostname = prusa-mk3s-03

    [service::connect]
    hostname = connect.prusa3d.com
    tls = True
    port = 0
    token = §
    """, mixed(20), "PrusaLink printer settings file written by the Prusa Connect registration (github.com/prusa3d/Prusa-Link)")

DV("prusalink-ini", "fingerprint", "etc/prusa_printer_settings.ini.unregistered", """
    [printer]
    type = MK3S
    name = MK3S bench 4
    location = print room
    farm_mode = False
    # fingerprint is the SHA-256 hex digest of the serial number (not a secret)
    fingerprint = ¤

    [network]
    hostname = prusa-mk3s-04

    [service::connect]
    hostname = connect.prusa3d.com
    tls = True
    port = 0
    token =
    """, "PrusaConnect SDK docs: printer fingerprint (github.com/prusa3d/Prusa-Connect-SDK-Printer)",
   hashlib.sha256(("CZPX" + digits(4) + "X004XK" + digits(5)).encode()).hexdigest())

SV("prusaslicer-ini", "octoprint-api-key", "PrusaSlicer/physical_printer/Ender3-octopi.ini", """
    # generated by PrusaSlicer 2.8.1+linux-x64-GTK3 on 2024-10-18 at 19:02:11 UTC
    host_type = octoprint
    preset_name = Creality Ender-3 V2 Neo
    preset_names = Creality Ender-3 V2 Neo
    print_host = octopi-ender3.local
    printhost_apikey = §
    printhost_authorization_type = key
    printhost_cafile = 
    printhost_password = 
    printhost_port = 
    printhost_ssl_ignore_revoke = 0
    printhost_user = 
    """, octo_key(), "PrusaSlicer physical printer profile (help.prusa3d.com: physical printers)")

SV("prusaslicer-ini", "prusalink-password", "PrusaSlicer/physical_printer/MK4S-shop.ini", """
    # generated by PrusaSlicer 2.9.0+win64 on 2025-01-21 at 08:47:30 UTC
    host_type = prusalink
    preset_name = Original Prusa MK4S HF0.4 nozzle
    preset_names = Original Prusa MK4S HF0.4 nozzle;Original Prusa MK4S 0.6 nozzle
    print_host = 192.168.20.41
    printhost_apikey = 
    printhost_authorization_type = user
    printhost_cafile = 
    printhost_password = §
    printhost_port = 
    printhost_ssl_ignore_revoke = 0
    printhost_user = maker
    """, alnum(14), "PrusaSlicer physical printer with PrusaLink digest login (help.prusa3d.com: PrusaLink)", crlf=True)

SV("python", "prusa-connect-camera-token", "prusa-connect-rpi-camera/secrets.py", """
    # The camera fingerprint is a unique id that we assign to the camera
    camera_fingerprint = "¤"

    # Camera token from Prusa Connect > Cameras > Add new other camera
    prusa_camera_api_token = "§"

    prusa_connect_camera_url = "https://connect.prusa3d.com/c/snapshot"
    image_path = '/home/pi/prusa-connect-rpi-camera/latest_image.jpg'
    snapshot_interval_s = 10
    """, mixed(20), "Prusa Connect camera API: PUT /c/snapshot with Token and Fingerprint headers",
   extra=[uuid_s()])

D("python", "placeholder", "prusa-connect-camera-script/secrets.py.example.py", T("""
    # The camera fingerprint is a unique id, try `uuidgen` in your linux shell or `[guid]::NewGuid()` in powershell
    camera_fingerprint = "sample-uuid"

    # This is your camera api key, create this by adding a camera in prusa connect
    prusa_camera_api_token = "your prusa connect camera token"

    # This is the source of your image, for example `http://[octoprint]/webcam/?action=snapshot`
    image_source_url = "http://[octoprint]/webcam/?action=snapshot"
    """), "prusa-connect-camera-script example secrets (GitHub)")

SV("shell", "prusa-connect-camera-token", "cam/push_snapshot.sh", r"""
    #!/bin/sh
    # Grab a frame from the USB cam and push it to Prusa Connect every 10 s (busybox-friendly).
    FINGERPRINT="¤"
    while true; do
        fswebcam -q -r 1280x720 --no-banner /tmp/snap.jpg
        curl -s -X PUT "https://connect.prusa3d.com/c/snapshot" \
            -H "accept: */*" \
            -H "content-type: image/jpg" \
            -H "fingerprint: ${FINGERPRINT}" \
            -H "token: §" \
            --data-binary "@/tmp/snap.jpg" --compressed
        sleep 10
    done
    """, mixed(20), "Prusa Connect camera API (connect.prusa3d.com/docs/cameras/openapi)", extra=[uuid_s()])

SV("systemd", "prusalink-password", "deploy/prusalink-exporter.service", """
    [Unit]
    Description=PrusaLink Prometheus exporter (MK4 fleet)
    After=network-online.target
    Wants=network-online.target

    [Service]
    Type=simple
    User=exporter
    Environment=PRUSA_HOSTS=192.168.20.41,192.168.20.42,192.168.20.43
    Environment=PRUSA_USER=maker
    Environment=PRUSA_PASS=§
    Environment=LISTEN=:10009
    ExecStart=/usr/local/bin/prusa_exporter --config.file=/etc/prusa_exporter.yml
    Restart=on-failure

    [Install]
    WantedBy=multi-user.target
    """, alnum(14), "systemd.exec(5) Environment=; PrusaLink digest credentials")

DV("prusaslicer-ini", "print-profile", "PrusaSlicer/print/0.20mm SPEED - shop.ini", """
    # generated by PrusaSlicer 2.8.1+linux-x64-GTK3 on 2024-10-18 at 19:05:40 UTC
    avoid_crossing_perimeters = 0
    bottom_solid_layers = 4
    bridge_speed = 45
    compatible_printers_condition = printer_notes=~/.*PRINTER_VENDOR_PRUSA3D.*/ and printer_notes=~/.*MK4.*/ and nozzle_diameter[0]==0.4
    fill_density = 15%
    fill_pattern = grid
    first_layer_height = 0.2
    gcode_label_objects = firmware
    infill_speed = 200
    inherits = 0.20mm SPEED @MK4S 0.4
    layer_height = 0.2
    output_filename_format = {input_filename_base}_{nozzle_diameter[0]}n_{layer_height}mm_{printing_filament_types}_{printer_model}_{print_time}.gcode
    perimeter_speed = 140
    perimeters = 2
    post_process = "/usr/local/bin/stamp_job_id.py"
    support_material = 0
    top_solid_layers = 5
    wipe_tower = 1
    """, "PrusaSlicer print profile ini")

_thumb = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h" + alnum(76 * 6 - 44, B64)
DV("gcode", "thumbnail-base64", "jobs/benchy_0.2mm_PLA_MK4S_1h2m.gcode", """
    ; generated by PrusaSlicer 2.8.1+linux-x64-GTK3 on 2024-10-19 at 07:12:05 UTC

    ; 

    ; thumbnail begin 16x16 ¤
    ; ¤
    ; ¤
    ; ¤
    ; ¤
    ; ¤
    ; ¤
    ; thumbnail end
    ; 

    ; external perimeters extrusion width = 0.45mm
    ; perimeters extrusion width = 0.45mm
    ; infill extrusion width = 0.45mm
    ; first layer extrusion width = 0.50mm

    M17 ; enable steppers
    M862.1 P0.4 A0 F0 ; nozzle check
    M862.3 P "MK4S" ; printer model check
    M862.5 P2 ; g-code level check
    M115 U6.2.0+8853
    M555 X84.5 Y84.6 W81 H70.8
    G90 ; use absolute coordinates
    M83 ; extruder relative mode
    M140 S60 ; set bed temp
    M104 T0 S170 ; set extruder temp for bed leveling
    M109 T0 R170 ; wait for temp
    G28 ; home all without mesh bed level
    """, "PrusaSlicer G-code thumbnail block (base64 PNG)",
   str(len(_thumb)), *[_thumb[i:i + 76] for i in range(0, 76 * 6, 76)])


# === Duet, Marlin, ESP boards, Repetier ========================================================

SV("duet-gcode", "duet-password", "sys/config.g", """
    ; Configuration file for Duet 3 Mini 5+ (firmware version 3.5)
    ; executed by the firmware on start-up

    ; General preferences
    M575 P1 S1 B57600                  ; enable support for PanelDue
    G90                                ; send absolute coordinates...
    M83                                ; ...but relative extruder moves
    M550 P"RatRig-VCore3"              ; set printer name
    M669 K1                            ; select CoreXY mode

    ; Network
    M551 P"§"                          ; set password for DWC and FTP
    M552 S1                            ; enable network
    M586 P0 S1                         ; enable HTTP
    M586 P1 S1                         ; enable FTP
    M586 P2 S0                         ; disable Telnet

    ; Drives
    M569 P0.0 S1                       ; physical drive 0.0 goes forwards
    M569 P0.1 S1                       ; physical drive 0.1 goes forwards
    M584 X0.0 Y0.1 Z0.2:0.3:0.4 E0.5   ; set drive mapping
    M350 X16 Y16 Z16 E16 I1            ; configure microstepping with interpolation
    M92 X80.00 Y80.00 Z800.00 E690.00  ; set steps per mm
    """, human_pw(), "RepRapFirmware G-code dictionary: M551 Set Password (docs.duet3d.com)")

SV("duet-gcode", "wifi-password", "macros/setup-wifi.g", """
    ; Run once from the console after replacing the WiFi module.
    ; Stores the SSID/password on the module itself, then joins.
    M552 S0                                        ; WiFi module to idle
    G4 S2
    M587 S"PrintFarm-2.4" P"§"      ; add network to the module's list
    G4 S2
    M552 S1                                        ; connect
    M587                                           ; list remembered networks
    """, passphrase(), "RepRapFirmware G-code dictionary: M587 Store WiFi host network")

D("duet-gcode", "no-password", "sys/config-network.g", T("""
    ; Network section split out of config.g so the lab boards share it.
    ; No M551 here: the lab Duets sit on an isolated VLAN and DWC stays open,
    ; see docs/network.md for why.
    M550 P"lab-duet-02"                ; printer name
    M552 S1                            ; enable network
    M586 P0 S1                         ; HTTP on
    M586 P1 S0                         ; FTP off
    M586 P2 S0                         ; Telnet off
    """), "RepRapFirmware docs: network configuration")

SV("c-header", "wifi-password", "Marlin/Configuration_adv.h", """
    /**
     * WiFi Support (Espressif ESP32 WiFi)
     */
    #define WIFISUPPORT         // Marlin embedded WiFi management
    //#define ESP3D_WIFISUPPORT   // ESP3D Library WiFi management (https://github.com/luc-github/ESP3DLib)

    #if ANY(WIFISUPPORT, ESP3D_WIFISUPPORT)
      //#define WEBSUPPORT          // Start a webserver (which may include auto-discovery)
      //#define OTASUPPORT          // Support over-the-air firmware updates
      //#define WIFI_CUSTOM_COMMAND // Accept feature config commands (e.g., WiFi ESP3D) from the host

      /**
       * To set a default WiFi SSID / Password, create a file called Configuration_Secure.h with
       * the following defines, customized for your network. This specific file is excluded via
       * .gitignore to prevent it from accidentally leaking to the public.
       */
      #define WIFI_SSID "Makerspace-Shop"
      #define WIFI_PWD  "§"
    #endif
    """, human_pw(), "Marlin Configuration_adv.h WiFi section (github.com/MarlinFirmware/Marlin)")

D("c-header", "default-placeholder", "Marlin/Configuration_Secure.h.example", T("""
    /**
     * Copy to Configuration_Secure.h (git-ignored) and fill in for your network.
     */
    #pragma once

    #define WIFI_SSID "WiFi SSID"
    #define WIFI_PWD  "WiFi Password"

    #define WIFI_HOSTNAME "marlin-esp32"
    """), "Marlin Configuration_adv.h WiFi defaults")

SV("arduino", "wifi-password", "enclosure-cam/enclosure-cam.ino", """
    #include "esp_camera.h"
    #include <WiFi.h>

    #define CAMERA_MODEL_AI_THINKER
    #include "camera_pins.h"

    const char* ssid = "printroom";
    const char* password = "§";

    void startCameraServer();

    void setup() {
      Serial.begin(115200);
      camera_config_t config;
      config.ledc_channel = LEDC_CHANNEL_0;
      config.ledc_timer = LEDC_TIMER_0;
      config.pin_d0 = Y2_GPIO_NUM;
      config.xclk_freq_hz = 20000000;
      config.pixel_format = PIXFORMAT_JPEG;
      config.frame_size = FRAMESIZE_SVGA;
      config.jpeg_quality = 12;
      config.fb_count = 2;
      if (esp_camera_init(&config) != ESP_OK) {
        Serial.println("Camera init failed");
        return;
      }
      WiFi.begin(ssid, password);
      while (WiFi.status() != WL_CONNECTED) {
        delay(500);
        Serial.print(".");
      }
      startCameraServer();
      Serial.print("Camera Ready! Use 'http://");
      Serial.print(WiFi.localIP());
      Serial.println("' to connect");
    }

    void loop() {
      delay(10000);
    }
    """, words_pw(), "ESP32 CameraWebServer example (arduino-esp32)")

SV("python", "repetier-api-key", "tools/repetier_queue.py", '''
    """Add every .gcode in ./outbox to the Repetier-Server queue of the chosen printer."""
    import pathlib
    import sys

    import requests

    SERVER = "http://repetier.shop.lan:3344"
    APIKEY = "§"   # Repetier-Server > Global Settings > API keys


    def upload(printer_slug: str, path: pathlib.Path) -> None:
        with path.open("rb") as fh:
            r = requests.post(
                f"{SERVER}/printer/model/{printer_slug}",
                params={"a": "upload", "apikey": APIKEY},
                files={"filename": (path.name, fh)},
                data={"autostart": "false", "group": "#"},
                timeout=60,
            )
        r.raise_for_status()
        print("queued", path.name)


    if __name__ == "__main__":
        slug = sys.argv[1] if len(sys.argv) > 1 else "Prusa_i3_MK3"
        for gcode in sorted(pathlib.Path("outbox").glob("*.gcode")):
            upload(slug, gcode)
    ''', uuid_s(), "Repetier-Server web API docs: apikey parameter (repetier-server.com/manuals)")


# === Print-farm managers: services and their deploy files =====================================

SV("python", "django-secret-key", "farmdesk/settings/production.py", """
    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["farm.printshop.io", "10.20.0.5"]

    SECRET_KEY = "§"

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "farmdesk",
            "USER": "farmdesk",
            "HOST": "db",
            "PORT": 5432,
            "PASSWORD": os.environ["FARMDESK_DB_PASSWORD"],
        }
    }

    CELERY_BROKER_URL = "redis://redis:6379/0"
    PRINTER_POLL_SECONDS = 10
    SNAPSHOT_STORAGE = "farmdesk.storage.SnapshotS3Storage"
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    """, fakes.django_secret_key(_seed()), "Django docs: settings SECRET_KEY, deployment checklist")

D("python", "env-lookup", "farmdesk/settings/base.py", T("""
    import os
    from pathlib import Path

    import environ

    env = environ.Env(DEBUG=(bool, False))
    BASE_DIR = Path(__file__).resolve().parent.parent.parent
    environ.Env.read_env(BASE_DIR / ".env")

    SECRET_KEY = env("DJANGO_SECRET_KEY")
    DEBUG = env("DEBUG")

    DATABASES = {"default": env.db("DATABASE_URL", default="postgres://farmdesk@localhost/farmdesk")}

    OCTOPRINT_DEFAULT_KEY = os.environ.get("OCTOPRINT_DEFAULT_KEY", "")
    PRINTFUL_TOKEN = env("PRINTFUL_TOKEN", default=None)
    STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default=None)

    INSTALLED_APPS = [
        "django.contrib.admin",
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "printers",
        "jobs",
        "shop",
    ]
    """), "django-environ docs")

SV("json", "database-password", "config/production.json", """
    {
      "server": {
        "port": 8080,
        "trustProxy": true
      },
      "database": {
        "client": "pg",
        "connection": {
          "host": "farm-db.internal",
          "port": 5432,
          "user": "queue_svc",
          "password": "§",
          "database": "printqueue"
        },
        "pool": { "min": 2, "max": 10 }
      },
      "printers": {
        "pollIntervalMs": 5000,
        "snapshotDir": "/var/lib/printqueue/snapshots"
      },
      "logging": { "level": "info" }
    }
    """, rand_pw(22), "node-config docs: config/production.json; knex connection config")

SV("dotenv", "database-url-password", ".env.production", """
    NODE_ENV=production
    PORT=3000
    DATABASE_URL=postgresql://farmhand:§@db.printfarm.internal:5432/farmhand?sslmode=require
    REDIS_URL=redis://redis:6379/1
    SNAPSHOT_BUCKET=printfarm-snapshots
    PUBLIC_URL=https://farm.printshop.io
    """, human_pw(), "Prisma docs: PostgreSQL connection URL")

SV("docker-compose", "database-password", "deploy/docker-compose.prod.yml", """
    services:
      api:
        image: registry.printshop.io/farm/api:2.14.0
        restart: always
        env_file: .env.production
        depends_on: [db, redis]
        ports: ["127.0.0.1:3000:3000"]

      worker:
        image: registry.printshop.io/farm/api:2.14.0
        command: ["node", "dist/worker.js"]
        env_file: .env.production

      db:
        image: postgres:15-alpine
        restart: always
        environment:
          POSTGRES_USER: farmhand
          POSTGRES_PASSWORD: "§"
          POSTGRES_DB: farmhand
        volumes:
          - pg:/var/lib/postgresql/data

      redis:
        image: redis:7-alpine

    volumes:
      pg:
    """, words_pw(), "Docker Hub postgres image: POSTGRES_PASSWORD")

D("docker-compose", "variable-substitution", "deploy/docker-compose.yml", T("""
    services:
      db:
        image: postgres:15-alpine
        environment:
          POSTGRES_USER: ${POSTGRES_USER:-farmhand}
          POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}
          POSTGRES_DB: farmhand
      api:
        image: registry.printshop.io/farm/api:${API_TAG:-latest}
        environment:
          DATABASE_URL: postgresql://farmhand:${POSTGRES_PASSWORD}@db:5432/farmhand
          PRINTFUL_TOKEN: ${PRINTFUL_TOKEN}
          STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
        depends_on: [db]
    """), "Docker docs: compose variable interpolation")

_redis = fakes.redis_password(_seed())
S("k8s-secret", "redis-password", "k8s/farm/redis-secret.yaml", T(f"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: farm-redis
      namespace: printfarm
      labels:
        app.kubernetes.io/name: redis
        app.kubernetes.io/part-of: printfarm
    type: Opaque
    data:
      redis-password: {b64(_redis)}
      redis-url: {b64("redis://:" + _redis + "@farm-redis-master:6379/0")}
    """), _redis, "Kubernetes docs: Secret data (base64)")

SV("helm-values", "smtp-password", "deploy/helm/farmdesk/values-prod.yaml", """
    replicaCount: 2

    image:
      repository: registry.printshop.io/farmdesk
      tag: "3.2.1"

    ingress:
      enabled: true
      className: nginx
      hosts:
        - host: farm.printshop.io
          paths: [{path: /, pathType: Prefix}]

    email:
      host: smtp.mailgun.org
      port: 587
      username: postmaster@mg.printshop.io
      password: "§"
      from: "Print Shop <orders@printshop.io>"

    postgresql:
      auth:
        existingSecret: farmdesk-db
    """, rand_pw(32, "-"), "Helm docs: values files; Mailgun SMTP credentials")

D("helm-values", "template-reference", "deploy/helm/farmdesk/templates/deployment.yaml", T("""
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ include "farmdesk.fullname" . }}
    spec:
      replicas: {{ .Values.replicaCount }}
      template:
        spec:
          containers:
            - name: web
              image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
              env:
                - name: EMAIL_HOST_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: {{ .Values.email.existingSecret | default "farmdesk-smtp" }}
                      key: password
                - name: DATABASE_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: {{ .Values.postgresql.auth.existingSecret }}
                      key: password
                - name: PRINTFUL_TOKEN
                  value: {{ .Values.printful.token | quote }}
    """), "Helm docs: chart templates")

_ak, _sk = aws_pair()
SV("python", "aws-secret-key", "farmdesk/storage.py", """
    import boto3
    from storages.backends.s3boto3 import S3Boto3Storage

    # snapshots + timelapses bucket (eu-central-1). IAM user: farmdesk-snapshots
    AWS_ACCESS_KEY_ID = "¤"
    AWS_SECRET_ACCESS_KEY = "§"


    class SnapshotS3Storage(S3Boto3Storage):
        bucket_name = "printshop-farm-snapshots"
        region_name = "eu-central-1"
        access_key = AWS_ACCESS_KEY_ID
        secret_key = AWS_SECRET_ACCESS_KEY
        default_acl = "private"
        querystring_expire = 3600


    def timelapse_client():
        return boto3.client(
            "s3",
            region_name="eu-central-1",
            aws_access_key_id=AWS_ACCESS_KEY_ID,
            aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
        )
    """, _sk, "django-storages docs: S3Boto3Storage; boto3 credentials", extra=[_ak])

SV("python", "amqp-password", "farmdesk/celery.py", """
    import os

    from celery import Celery

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "farmdesk.settings.production")

    app = Celery(
        "farmdesk",
        broker="amqp://farmdesk:§@rabbit.printfarm.internal:5672/farm",
        backend="redis://redis:6379/3",
    )
    app.config_from_object("django.conf:settings", namespace="CELERY")
    app.autodiscover_tasks()

    app.conf.beat_schedule = {
        "poll-printers": {"task": "printers.tasks.poll_all", "schedule": 10.0},
        "sync-printful-orders": {"task": "shop.tasks.sync_printful", "schedule": 300.0},
    }
    """, human_pw(), "Celery docs: RabbitMQ broker URL")

SV("typescript", "jwt-secret", "src/config.ts", """
    export const config = {
      port: Number(process.env.PORT ?? 4000),
      corsOrigin: ['https://farm.printshop.io', 'http://localhost:5173'],
      auth: {
        // signs the operator dashboard sessions; rotate with a deploy
        jwtSecret: '§',
        jwtExpiresIn: '12h',
      },
      printers: {
        pollMs: 4000,
        moonrakerTimeoutMs: 2500,
      },
      uploads: {
        maxGcodeBytes: 512 * 1024 * 1024,
        dir: '/var/lib/farm/uploads',
      },
    };
    """, hexs(64), "jsonwebtoken README: sign with a secret")

SV("ansible-inventory", "ssh-password", "ansible/inventory/printers.ini", """
    [octopi]
    octopi-ender3  ansible_host=192.168.1.61
    octopi-mk3s    ansible_host=192.168.1.62
    octopi-cr10    ansible_host=192.168.1.63

    [klipper]
    voron24        ansible_host=192.168.1.71
    trident        ansible_host=192.168.1.72

    [all:vars]
    ansible_user=pi
    ansible_password=§
    ansible_python_interpreter=/usr/bin/python3
    """, human_pw(), "Ansible docs: inventory connection variables")

SV("ansible-vars", "octoprint-api-key", "ansible/host_vars/octopi-mk3s.yml", """
    ---
    octoprint_port: 5000
    octoprint_printer_profile: prusa_mk3s
    octoprint_webcam: true
    octoprint_plugins:
      - name: PrusaSlicerThumbnails
        url: https://github.com/jneilliii/OctoPrint-PrusaSlicerThumbnails/archive/master.zip
      - name: Obico
        url: https://github.com/TheSpaghettiDetective/OctoPrint-Obico/archive/master.zip
    # key the farm dashboard uses; also baked into config.yaml by the octoprint role
    octoprint_api_key: "§"
    octoprint_serial_port: /dev/ttyACM0
    octoprint_baudrate: 115200
    """, octo_key(), "Ansible docs: host_vars")

DV("ansible-vars", "vault-ciphertext", "ansible/group_vars/octopi/vault.yml", """
    ---
    vault_octoprint_admin_password: !vault |
              ¤
    vault_wifi_psk: !vault |
              ¤
    """, "Ansible docs: encrypted variables with ansible-vault",
   vault_blob("          "), vault_blob("          "))

D("ansible-playbook", "jinja-reference", "ansible/roles/octoprint/templates/config.yaml.j2", T("""
    # {{ ansible_managed }}
    accessControl:
      enabled: true
    api:
      key: {{ vault_octoprint_api_key }}
    serial:
      port: {{ octoprint_serial_port }}
      baudrate: {{ octoprint_baudrate }}
      autoconnect: true
    server:
      host: 127.0.0.1
      port: {{ octoprint_port }}
      secretKey: {{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/octoprint/' ~ inventory_hostname ~ ':secret_key') }}
    webcam:
      stream: /webcam/?action=stream
    """), "Ansible docs: template module, hashi_vault lookup")

_ak2, _sk2 = aws_pair()
SV("terraform", "aws-secret-key", "infra/storage/main.tf", """
    terraform {
      required_providers {
        aws = {
          source  = "hashicorp/aws"
          version = "~> 5.0"
        }
      }
    }

    provider "aws" {
      region     = "us-east-2"
      access_key = "¤"
      secret_key = "§"
    }

    resource "aws_s3_bucket" "stl_uploads" {
      bucket = "printshop-customer-stl-uploads"
    }

    resource "aws_s3_bucket_lifecycle_configuration" "stl_uploads" {
      bucket = aws_s3_bucket.stl_uploads.id
      rule {
        id     = "expire-raw-uploads"
        status = "Enabled"
        filter { prefix = "raw/" }
        expiration { days = 30 }
      }
    }
    """, _sk2, "Terraform AWS provider docs: static credentials", extra=[_ak2])

D("terraform", "secret-manager-reference", "infra/farm/secrets.tf", T("""
    data "aws_secretsmanager_secret_version" "printful" {
      secret_id = "prod/shop/printful-token"
    }

    data "aws_secretsmanager_secret_version" "db" {
      secret_id = "prod/farm/db"
    }

    locals {
      db = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)
    }

    resource "aws_ecs_task_definition" "api" {
      family = "farm-api"
      container_definitions = jsonencode([{
        name  = "api"
        image = "${var.registry}/farm/api:${var.api_tag}"
        secrets = [
          { name = "PRINTFUL_TOKEN", valueFrom = data.aws_secretsmanager_secret_version.printful.arn },
          { name = "DB_PASSWORD",    valueFrom = "${data.aws_secretsmanager_secret_version.db.arn}:password::" },
        ]
      }])
    }
    """), "Terraform AWS provider docs: aws_secretsmanager_secret_version")

SV("toml", "influxdb-token", "telegraf/telegraf.d/printers.conf", """
    # Printer telemetry: Moonraker JSON -> InfluxDB v2
    [[inputs.http]]
      urls = [
        "http://10.20.0.11:7125/printer/objects/query?extruder&heater_bed&print_stats",
        "http://10.20.0.12:7125/printer/objects/query?extruder&heater_bed&print_stats",
      ]
      data_format = "json_v2"
      interval = "10s"
      [[inputs.http.json_v2]]
        measurement_name = "klipper"
        [[inputs.http.json_v2.object]]
          path = "result.status"

    [[outputs.influxdb_v2]]
      urls = ["http://influx.printfarm.internal:8086"]
      token = "§"
      organization = "printshop"
      bucket = "printers"
    """, alnum(86, B64URL) + "==", "Telegraf docs: outputs.influxdb_v2 token")

SV("grafana-provisioning", "database-password", "grafana/provisioning/datasources/farm.yaml", """
    apiVersion: 1

    datasources:
      - name: FarmDB
        type: postgres
        url: farm-db.internal:5432
        user: grafana_ro
        jsonData:
          database: farmhand
          sslmode: require
          postgresVersion: 1500
        secureJsonData:
          password: "§"

      - name: Printers
        type: influxdb
        url: http://influx.printfarm.internal:8086
        jsonData:
          version: Flux
          organization: printshop
    """, human_pw(), "Grafana docs: provisioning data sources, secureJsonData")

SV("javascript", "node-red-credential-secret", "node-red/settings.js", """
    module.exports = {
        flowFile: 'flows.json',
        // Encrypts flows_cred.json. Without it Node-RED generates one into .config.runtime.json.
        credentialSecret: "§",
        uiPort: process.env.PORT || 1880,
        adminAuth: {
            type: "credentials",
            users: [{
                username: "admin",
                password: "¤",
                permissions: "*"
            }]
        },
        httpNodeRoot: '/api',
        functionGlobalContext: {},
        logging: {
            console: { level: "info", metrics: false, audit: false }
        },
        editorTheme: {
            projects: { enabled: false }
        }
    };
    """, passphrase(), "Node-RED docs: settings.js credentialSecret and adminAuth (bcrypt hash)",
   extra=[bcrypt_hash()])

SV("javascript", "sendgrid-key", "ecosystem.config.js", """
    module.exports = {
      apps: [
        {
          name: 'farm-api',
          script: 'dist/server.js',
          instances: 2,
          exec_mode: 'cluster',
          env_production: {
            NODE_ENV: 'production',
            PORT: 3000,
            MAIL_FROM: 'jobs@printshop.io',
            SENDGRID_API_KEY: '§',
          },
        },
        {
          name: 'farm-worker',
          script: 'dist/worker.js',
          env_production: { NODE_ENV: 'production' },
        },
      ],
    };
    """, sendgrid(), "PM2 docs: ecosystem file env_production")

SV("python", "smtp-password", "printqueue/config.py", """
    import os


    class Config:
        SQLALCHEMY_DATABASE_URI = os.getenv("DATABASE_URL", "sqlite:///printqueue.db")
        SQLALCHEMY_TRACK_MODIFICATIONS = False
        UPLOAD_FOLDER = "/srv/printqueue/uploads"
        ALLOWED_EXTENSIONS = {"stl", "3mf", "gcode", "bgcode"}

        MAIL_SERVER = "smtp.office365.com"
        MAIL_PORT = 587
        MAIL_USE_TLS = True
        MAIL_USERNAME = "printlab@university.example.edu"
        MAIL_PASSWORD = "§"
        MAIL_DEFAULT_SENDER = ("Makerspace Print Queue", "printlab@university.example.edu")


    class DevConfig(Config):
        DEBUG = True
    """, human_pw(), "Flask-Mail docs: configuration")

SV("go", "printful-token", "internal/printful/client.go", """
    package printful

    import (
    	"fmt"
    	"net/http"
    	"time"
    )

    const (
    	baseURL = "https://api.printful.com"
    	// private token for the "shop-sync" app; store id 1234567
    	apiToken = "§"
    )

    type Client struct {
    	http *http.Client
    }

    func New() *Client {
    	return &Client{http: &http.Client{Timeout: 15 * time.Second}}
    }

    func (c *Client) get(path string) (*http.Response, error) {
    	req, err := http.NewRequest(http.MethodGet, baseURL+path, nil)
    	if err != nil {
    		return nil, err
    	}
    	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", apiToken))
    	req.Header.Set("X-PF-Store-Id", "1234567")
    	return c.http.Do(req)
    }
    """, mixed(40), "Printful API docs: private tokens, Authorization: Bearer")

SV("dockerfile", "farm-agent-token", "docker/agent/Dockerfile", """
    FROM python:3.11-slim

    RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg \\
        && rm -rf /var/lib/apt/lists/*

    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY agent/ ./agent/

    ENV FARM_SERVER=https://farm.printshop.io \\
        FARM_AGENT_TOKEN=§ \\
        SNAPSHOT_INTERVAL=30

    CMD ["python", "-m", "agent"]
    """, "fa_" + mixed(40), "Dockerfile reference: ENV")

_cf = b64(json.dumps({"a": hexs(32), "t": uuid_s(), "s": base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()}, separators=(",", ":")))
SV("docker-compose", "cloudflare-tunnel-token", "octopi-remote/docker-compose.yml", """
    # Remote access to the print room without port forwarding.
    services:
      cloudflared:
        image: cloudflare/cloudflared:2024.10.0
        restart: unless-stopped
        command: tunnel --no-autoupdate run
        environment:
          - TUNNEL_TOKEN=§
        network_mode: host
    """, _cf, "Cloudflare docs: run a remotely-managed tunnel with TUNNEL_TOKEN")

SV("cloud-init", "tailscale-auth-key", "pi-images/printfarm-node/user-data", """
    #cloud-config
    hostname: farmnode-07
    manage_etc_hosts: true
    packages:
      - git
      - python3-venv
    runcmd:
      - curl -fsSL https://tailscale.com/install.sh | sh
      - tailscale up --authkey=§ --hostname=farmnode-07 --advertise-tags=tag:printer
      - systemctl enable --now klipper moonraker
    """, "tskey-auth-k" + mixed(10) + "CNTRL-" + mixed(32), "Tailscale docs: auth keys; cloud-init runcmd")

SV("yaml", "ngrok-authtoken", "home/pi/.config/ngrok/ngrok.yml", """
    version: "2"
    authtoken: §
    tunnels:
      mainsail:
        proto: http
        addr: 80
        oauth:
          provider: google
          allow_emails: [ops@printshop.io]
      moonraker:
        proto: http
        addr: 7125
        inspect: false
    """, "2" + mixed(26) + "_" + mixed(21), "ngrok docs: agent configuration file (authtoken)")

SV("npmrc", "npm-token", "dashboard/.npmrc", """
    registry=https://registry.npmjs.org/
    @printshop:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=§
    save-exact=true
    engine-strict=true
    """, fakes.fake("npm_", 36, _seed()), "npm docs: .npmrc auth tokens")

SV("toml", "redis-password", "farmctl/config.toml", """
    [server]
    bind = "0.0.0.0:8090"
    workers = 4

    [queue]
    # job queue + printer state cache
    redis_url = "rediss://default:§@redis-14012.c250.eu-central-1-1.ec2.redns.redis-cloud.com:14012"
    max_retries = 3

    [slicer]
    binary = "/usr/bin/prusa-slicer"
    profiles_dir = "/etc/farmctl/profiles"
    timeout_s = 600
    """, fakes.redis_password(_seed()), "Redis Cloud connection URL; TOML spec")

SV("ini", "database-url-password", "migrations/alembic.ini", """
    [alembic]
    script_location = migrations
    prepend_sys_path = .
    sqlalchemy.url = mysql+pymysql://printlab:§@127.0.0.1:3306/printlab

    [loggers]
    keys = root,sqlalchemy,alembic

    [handlers]
    keys = console

    [formatters]
    keys = generic

    [logger_root]
    level = WARN
    handlers = console
    qualname =

    [handler_console]
    class = StreamHandler
    args = (sys.stderr,)
    level = NOTSET
    formatter = generic

    [formatter_generic]
    format = %%(levelname)-5.5s [%%(name)s] %%(message)s
    """, human_pw(), "Alembic docs: alembic.ini sqlalchemy.url")

SV("spring-yaml", "database-password", "src/main/resources/application-prod.yml", """
    spring:
      datasource:
        url: jdbc:postgresql://orders-db.internal:5432/print_orders
        username: print_orders
        password: §
        hikari:
          maximum-pool-size: 12
      jpa:
        hibernate:
          ddl-auto: validate
    server:
      port: 8081
    printshop:
      fulfilment:
        provider: printful
        poll-interval: PT5M
    """, rand_pw(18, "!#%"), "Spring Boot docs: externalized configuration, spring.datasource")

SV("python", "printful-token", "shop_sync/client.py", '''
    """Thin Printful client used by the nightly order sync.

    Example::

        >>> from shop_sync.client import PrintfulClient
        >>> pf = PrintfulClient("§")
        >>> pf.get("/orders", params={"status": "pending"})["result"][:1]
    """
    import requests


    class PrintfulClient:
        BASE = "https://api.printful.com"

        def __init__(self, token: str, store_id: int | None = None):
            self.session = requests.Session()
            self.session.headers["Authorization"] = f"Bearer {token}"
            if store_id:
                self.session.headers["X-PF-Store-Id"] = str(store_id)

        def get(self, path: str, **kw) -> dict:
            r = self.session.get(self.BASE + path, timeout=20, **kw)
            r.raise_for_status()
            return r.json()
    ''', mixed(40), "Printful API docs: authorization with private tokens")

_split = printify_token()
_q = len(_split) // 4
S("python", "printify-token-split", "pod/printify_sync.py", T(f'''
    import requests

    SHOP_ID = 9876543
    # personal access token (a JWT), wrapped so the linter stops complaining about line length
    PRINTIFY_TOKEN = (
        "{_split[:_q]}"
        "{_split[_q:2 * _q]}"
        "{_split[2 * _q:3 * _q]}"
        "{_split[3 * _q:]}"
    )

    session = requests.Session()
    session.headers.update({{
        "Authorization": f"Bearer {{PRINTIFY_TOKEN}}",
        "User-Agent": "printshop-sync/1.4",
    }})


    def list_products(page: int = 1) -> dict:
        url = f"https://api.printify.com/v1/shops/{{SHOP_ID}}/products.json"
        return session.get(url, params={{"page": page, "limit": 50}}, timeout=30).json()
    '''), _split, "Printify API docs: personal access tokens")


# === Print-on-demand and shop back ends ========================================================

SV("dotenv", "printful-token", "shop/.env", """
    # --- storefront ---
    APP_URL=https://shop.layerlinestudio.com
    SESSION_DRIVER=redis

    # --- fulfilment ---
    PRINTFUL_API_TOKEN=§
    PRINTFUL_STORE_ID=¤
    FULFILMENT_MODE=auto   # auto | manual review

    # --- misc ---
    LOG_CHANNEL=stack
    """, mixed(40), "Printful API docs: private tokens", extra=[digits(8)])

SV("javascript", "printful-token", "lib/printful.js", """
    import axios from 'axios';

    const printful = axios.create({
      baseURL: 'https://api.printful.com',
      timeout: 15000,
      headers: {
        Authorization: 'Bearer §',
        'X-PF-Store-Id': '¤',
      },
    });

    export async function createOrder(order) {
      const { data } = await printful.post('/orders', {
        external_id: order.id,
        shipping: 'STANDARD',
        recipient: order.recipient,
        items: order.items.map((it) => ({
          sync_variant_id: it.syncVariantId,
          quantity: it.qty,
        })),
      });
      return data.result;
    }

    export async function estimateCosts(order) {
      const { data } = await printful.post('/orders/estimate-costs', order);
      return data.result.costs;
    }
    """, mixed(40), "Printful API docs: orders endpoint", extra=[digits(8)])

D("markdown", "placeholder", "docs/printful-setup.md", T("""
    # Connecting the shop to Printful

    1. In Printful, open **Developers > Your tokens** and create a private token with the
       `orders` and `sync_products` scopes.
    2. Put it in `shop/.env` as `PRINTFUL_API_TOKEN=` (the file is git-ignored).
    3. Check it works:

    ```bash
    curl -H "Authorization: Bearer {your_token}" https://api.printful.com/stores
    curl -H "Authorization: Bearer $PRINTFUL_API_TOKEN" https://api.printful.com/orders?limit=1
    ```

    A token looks like 40 letters and digits. If you see `401 Unauthorized`, the token was
    revoked or lacks the scope; make a new one rather than reusing an old one from Slack.
    """), "Printful API docs: authorization")

SV("python", "printify-token", "scripts/printify_publish.py", """
    import sys

    import requests

    TOKEN = "§"
    SHOP = "¤"
    H = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


    def publish(product_id: str) -> None:
        url = f"https://api.printify.com/v1/shops/{SHOP}/products/{product_id}/publish.json"
        body = {"title": True, "description": True, "images": True, "variants": True, "tags": True}
        r = requests.post(url, json=body, headers=H, timeout=30)
        print(product_id, r.status_code)


    for pid in sys.argv[1:]:
        publish(pid)
    """, printify_token(), "Printify API docs: authentication (personal access token, JWT)", extra=[digits(8)])

SV("yaml", "shapeways-client-secret", "config/shapeways.yml", """
    # Shapeways API v1 (OAuth2 client credentials) - used to price customer uploads
    shapeways:
      api_base: https://api.shapeways.com
      token_url: https://api.shapeways.com/oauth2/token
      client_id: ¤
      client_secret: §
      default_material_ids: [6, 25, 62]   # White Natural Versatile Plastic, Black, Gray
      units: mm
      timeout_s: 60
    """, mixed(40), "Shapeways API docs: OAuth2 client credentials", extra=[mixed(40)])

SV("dotenv", "etsy-shared-secret", ".env.local", """
    # Etsy Open API v3 app "layerline-sync"
    ETSY_API_KEY=¤
    ETSY_SHARED_SECRET=§
    ETSY_REDIRECT_URI=http://localhost:3000/oauth/etsy/callback
    ETSY_SHOP_ID=¤

    NEXT_PUBLIC_SITE_NAME=Layerline Studio
    """, alnum(10, LOWER_ALNUM), "Etsy Open API v3 docs: keystring and shared secret",
   extra=[alnum(24, LOWER_ALNUM), digits(8)])

SV("dotenv", "shopify-admin-token", "apps/fulfilment/.env", """
    SHOPIFY_SHOP=layerline-prints.myshopify.com
    SHOPIFY_API_VERSION=2024-10
    SHOPIFY_ADMIN_ACCESS_TOKEN=§
    FULFILMENT_LOCATION_ID=gid://shopify/Location/¤
    PRINT_QUEUE_URL=http://farm.internal:3000/api/jobs
    """, "shpat_" + hexs(32), "Shopify docs: custom app Admin API access token", extra=[digits(11)])

SV("typescript", "shopify-app-secret", "app/shopify.server.ts", """
    import '@shopify/shopify-app-remix/adapters/node';
    import { ApiVersion, AppDistribution, shopifyApp } from '@shopify/shopify-app-remix/server';
    import { PrismaSessionStorage } from '@shopify/shopify-app-session-storage-prisma';
    import prisma from './db.server';

    const shopify = shopifyApp({
      apiKey: '¤',
      apiSecretKey: '§',
      apiVersion: ApiVersion.October24,
      scopes: ['read_orders', 'write_fulfillments', 'read_products'],
      appUrl: process.env.SHOPIFY_APP_URL || '',
      authPathPrefix: '/auth',
      sessionStorage: new PrismaSessionStorage(prisma),
      distribution: AppDistribution.AppStore,
    });

    export default shopify;
    export const authenticate = shopify.authenticate;
    """, "shpss_" + hexs(32), "Shopify app Remix template: shopify.server.ts", extra=[hexs(32)])

D("javascript", "test-fixture-hmac", "test/webhooks/orders-create.test.js", T("""
    const crypto = require('crypto');
    const request = require('supertest');
    const app = require('../../app');

    // the secret comes from the test env (.env.test, not committed); the signature is computed
    const secret = process.env.SHOPIFY_API_SECRET || 'test-secret';

    function sign(body) {
      return crypto.createHmac('sha256', secret).update(body, 'utf8').digest('base64');
    }

    describe('orders/create webhook', () => {
      it('queues print jobs for each line item', async () => {
        const body = JSON.stringify({ id: 820982911946154500, line_items: [{ sku: 'VASE-PLA-BLK', quantity: 2 }] });
        const res = await request(app)
          .post('/webhooks/orders/create')
          .set('X-Shopify-Hmac-Sha256', sign(body))
          .set('X-Shopify-Topic', 'orders/create')
          .set('Content-Type', 'application/json')
          .send(body);
        expect(res.status).toBe(200);
      });
    });
    """), "Shopify docs: verify webhook HMAC")

SV("python", "woocommerce-consumer-secret", "shop_bridge/woo.py", """
    from woocommerce import API

    wcapi = API(
        url="https://printshop-nl.example",
        consumer_key="¤",
        consumer_secret="§",
        wp_api=True,
        version="wc/v3",
        timeout=30,
    )


    def processing_orders():
        page = 1
        while True:
            batch = wcapi.get("orders", params={"status": "processing", "per_page": 50, "page": page}).json()
            if not batch:
                return
            yield from batch
            page += 1
    """, "cs_" + hexs(40), "WooCommerce REST API docs: Python library", extra=["ck_" + hexs(40)])

D("python", "placeholder", "shop_bridge/woo_example.py", T("""
    # Example from the README - copy to woo.py and use your own keys (WooCommerce >
    # Settings > Advanced > REST API).
    from woocommerce import API

    wcapi = API(
        url="https://example.com",
        consumer_key="ck_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        consumer_secret="cs_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        version="wc/v3",
    )
    print(wcapi.get("orders").json())
    """), "WooCommerce REST API docs: Python library example")

SV("php", "database-password", "wordpress/wp-config.php", """
    <?php
    /**
     * The base configuration for WordPress (print shop storefront)
     */

    // ** Database settings ** //
    define( 'DB_NAME', 'wp_printshop' );
    define( 'DB_USER', 'wp_printshop' );
    define( 'DB_PASSWORD', '§' );
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

    $table_prefix = 'wp_';

    define( 'WP_DEBUG', false );
    define( 'WP_MEMORY_LIMIT', '256M' );
    define( 'DISALLOW_FILE_EDIT', true );

    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }

    require_once ABSPATH . 'wp-settings.php';
    """, human_pw(), "WordPress docs: wp-config.php")

SV("javascript", "stripe-secret-key", "server/checkout.js", """
    const express = require('express');
    const stripe = require('stripe')('§');

    const router = express.Router();

    router.post('/create-checkout-session', async (req, res) => {
      const { quoteId } = req.body;
      const quote = await req.app.locals.db.quotes.findById(quoteId);
      const session = await stripe.checkout.sessions.create({
        mode: 'payment',
        line_items: [{
          price_data: {
            currency: 'eur',
            product_data: { name: `3D print: ${quote.fileName}` },
            unit_amount: Math.round(quote.total * 100),
          },
          quantity: 1,
        }],
        success_url: `${process.env.PUBLIC_URL}/orders/{CHECKOUT_SESSION_ID}`,
        cancel_url: `${process.env.PUBLIC_URL}/quote/${quoteId}`,
        metadata: { quoteId },
      });
      res.json({ url: session.url });
    });

    module.exports = router;
    """, stripe("sk_live_"), "Stripe docs: Checkout quickstart (Node)")

SV("yaml", "stripe-webhook-secret", "config/stripe.yml", """
    production:
      publishable_key: ¤
      webhook_endpoint: https://quotes.layerlinestudio.com/stripe/webhook
      webhook_signing_secret: §
      statement_descriptor: LAYERLINE 3D
      tax_behavior: exclusive
    """, whsec(), "Stripe docs: webhook signing secrets", extra=[fakes.fake("pk_live_", 24, _seed())])

SV("dotenv", "stripe-restricted-key", "deploy/env/quotes.env", """
    # quotes service - read-only Stripe key for the revenue dashboard
    STRIPE_RESTRICTED_KEY=§
    STRIPE_ACCOUNT_COUNTRY=DE
    QUOTE_CURRENCY=eur
    QUOTE_MARKUP=1.35
    MATERIAL_PRICE_PLA_PER_G=0.045
    MATERIAL_PRICE_PETG_PER_G=0.055
    """, stripe("rk_live_"), "Stripe docs: restricted API keys")

DV("javascript", "publishable-key", "web/src/checkout.js", """
    import { loadStripe } from '@stripe/stripe-js';

    // Publishable keys are meant for the browser; the secret key stays on the server.
    const stripePromise = loadStripe('¤');

    export async function redirectToCheckout(quoteId) {
      const res = await fetch('/api/create-checkout-session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ quoteId }),
      });
      const { url } = await res.json();
      window.location.assign(url);
      return stripePromise;
    }
    """, "Stripe docs: publishable keys in Stripe.js", fakes.fake("pk_live_", 99, _seed()))

DV("json", "object-ids", "test/fixtures/stripe/checkout.session.completed.json", """
    {
      "id": "¤",
      "object": "event",
      "api_version": "2024-06-20",
      "created": 1718893021,
      "type": "checkout.session.completed",
      "data": {
        "object": {
          "id": "¤",
          "object": "checkout.session",
          "amount_total": 4250,
          "currency": "eur",
          "customer": "¤",
          "payment_intent": "¤",
          "payment_status": "paid",
          "metadata": {"quoteId": "q_2024_00871"},
          "mode": "payment",
          "status": "complete"
        }
      },
      "livemode": false,
      "pending_webhooks": 1,
      "request": {"id": "¤", "idempotency_key": "¤"}
    }
    """, "Stripe docs: Event object",
   "evt_1P" + alnum(22), "cs_test_a1" + alnum(56), "cus_" + alnum(14), "pi_3P" + alnum(19),
   "req_" + alnum(14), uuid_s())

SV("ruby", "shippo-token", "config/initializers/shippo.rb", """
    require 'shippo'

    # Labels for outgoing print orders (USPS + UPS via Shippo)
    Shippo::API.token = '§'
    Shippo::API.version = '2018-02-08'

    Rails.application.config.x.shipping = {
      from_address: {
        name: 'Layerline Studio',
        street1: '1200 Fabrication Way',
        city: 'Austin', state: 'TX', zip: '78702', country: 'US',
      },
      default_parcel: { length: 8, width: 6, height: 4, distance_unit: :in, weight: 1, mass_unit: :lb },
    }
    """, "shippo_live_" + hexs(40), "Shippo Ruby client README")

SV("python", "easypost-key", "fulfilment/labels.py", """
    import easypost

    client = easypost.EasyPostClient("§")

    FROM = {
        "company": "Layerline Studio",
        "street1": "1200 Fabrication Way",
        "city": "Austin",
        "state": "TX",
        "zip": "78702",
        "phone": "512-555-0143",
    }


    def buy_label(to_address: dict, weight_oz: float) -> str:
        shipment = client.shipment.create(
            from_address=FROM,
            to_address=to_address,
            parcel={"weight": weight_oz, "predefined_package": "Parcel"},
        )
        bought = client.shipment.buy(shipment.id, rate=shipment.lowest_rate(["USPS"]))
        return bought.postage_label.label_url
    """, "EZAK" + hexs(54), "EasyPost Python client README")

SV("java-properties", "paypal-client-secret", "src/main/resources/application.properties", """
    spring.application.name=print-orders
    server.port=8082

    # PayPal REST (live) - checkout for custom print quotes
    paypal.mode=live
    paypal.client.id=¤
    paypal.client.secret=§

    printshop.quote.currency=USD
    printshop.quote.validity-days=14
    spring.servlet.multipart.max-file-size=200MB
    spring.servlet.multipart.max-request-size=200MB
    """, "E" + alnum(79, B64URL), "PayPal developer docs: REST app client id and secret",
   extra=["A" + alnum(79, B64URL)])

D("java-properties", "env-placeholder", "src/main/resources/application-prod.properties", T("""
    paypal.mode=live
    paypal.client.id=${PAYPAL_CLIENT_ID}
    paypal.client.secret=${PAYPAL_CLIENT_SECRET}
    spring.datasource.url=jdbc:postgresql://${DB_HOST:orders-db}:5432/print_orders
    spring.datasource.username=${DB_USER}
    spring.datasource.password=${DB_PASSWORD}
    management.endpoints.web.exposure.include=health,info
    """), "Spring Boot docs: property placeholders")

SV("dotenv", "mailgun-key", "laravel/.env.production", """
    APP_NAME="Layerline Print Shop"
    APP_ENV=production
    APP_DEBUG=false
    APP_URL=https://shop.layerlinestudio.com

    MAIL_MAILER=mailgun
    MAILGUN_DOMAIN=mg.layerlinestudio.com
    MAILGUN_SECRET=§
    MAILGUN_ENDPOINT=api.eu.mailgun.net
    MAIL_FROM_ADDRESS="orders@layerlinestudio.com"
    """, "key-" + hexs(32), "Laravel docs: Mailgun driver")

SV("python", "thingiverse-token", "scrapers/thingiverse_likes.py", """
    import csv

    import requests

    APP_TOKEN = "§"   # thingiverse.com/apps/create, "Web App"
    USER = "layerlinestudio"


    def things(page):
        r = requests.get(
            f"https://api.thingiverse.com/users/{USER}/things",
            params={"page": page, "per_page": 30},
            headers={"Authorization": f"Bearer {APP_TOKEN}"},
            timeout=20,
        )
        r.raise_for_status()
        return r.json()


    with open("likes.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "likes", "makes"])
        for page in range(1, 6):
            for t in things(page):
                w.writerow([t["id"], t["name"], t["like_count"], t.get("make_count", 0)])
    """, hexs(32), "Thingiverse API docs: app token")

_ak3, _sk3 = aws_pair()
SV("javascript", "aws-secret-key", "api/uploads/s3.js", """
    const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');

    const s3 = new S3Client({
      region: 'us-west-2',
      credentials: {
        accessKeyId: '¤',
        secretAccessKey: '§',
      },
    });

    async function storeUpload(file, customerId) {
      const key = `uploads/${customerId}/${Date.now()}-${file.originalname}`;
      await s3.send(new PutObjectCommand({
        Bucket: 'layerline-customer-models',
        Key: key,
        Body: file.buffer,
        ContentType: 'model/stl',
      }));
      return key;
    }

    module.exports = { storeUpload };
    """, _sk3, "AWS SDK for JavaScript v3 docs: S3Client credentials", extra=[_ak3])

SV("python", "discord-webhook", "shop_bridge/notify.py", """
    import requests

    ORDERS_WEBHOOK = "§"


    def announce(order: dict) -> None:
        items = ", ".join(f"{li['quantity']}x {li['name']}" for li in order["line_items"])
        requests.post(ORDERS_WEBHOOK, json={
            "username": "Order Bot",
            "embeds": [{
                "title": f"New order #{order['number']}",
                "description": items,
                "color": 0x2ECC71,
            }],
        }, timeout=10)
    """, discord_webhook(), "Discord developer docs: execute webhook")

SV("python", "slack-bot-token", "ops/print_alerts.py", """
    import os

    from slack_sdk import WebClient

    client = WebClient(token="§")
    CHANNEL = os.environ.get("ALERT_CHANNEL", "#print-floor")


    def printer_down(name: str, reason: str) -> None:
        client.chat_postMessage(
            channel=CHANNEL,
            text=f":rotating_light: {name} stopped: {reason}",
        )


    def queue_empty() -> None:
        client.chat_postMessage(channel=CHANNEL, text=":zzz: print queue is empty")
    """, slack_bot(), "Slack Python SDK docs: WebClient")

SV("javascript", "twilio-auth-token", "services/sms.js", """
    const twilio = require('twilio');

    const accountSid = '¤';
    const authToken = '§';
    const client = twilio(accountSid, authToken);

    async function pickupReady(order) {
      return client.messages.create({
        from: '+15125550188',
        to: order.phone,
        body: `Layerline: your print "${order.title}" is ready for pickup (order ${order.number}).`,
      });
    }

    module.exports = { pickupReady };
    """, hexs(32), "Twilio Node quickstart", extra=["AC" + hexs(32)])

SV("php", "mailchimp-key", "wp-content/plugins/layerline-newsletter/config.php", """
    <?php
    // Newsletter signup at checkout -> Mailchimp audience "Makers"
    if ( ! defined( 'ABSPATH' ) ) {
        exit;
    }

    return array(
        'api_key'     => '§',
        'audience_id' => '¤',
        'double_optin' => true,
        'tags'        => array( 'customer', 'print-shop' ),
    );
    """, hexs(32) + "-us21", "Mailchimp Marketing API docs: API keys with data-center suffix", extra=[hexs(10)])

SV("yaml", "gotify-token", "printfarm-notify/config.yml", """
    # printfarm-notify: forwards Moonraker job events to Gotify
    moonraker:
      - name: voron24
        url: ws://10.20.0.11:7125/websocket
      - name: trident
        url: ws://10.20.0.13:7125/websocket
    gotify:
      url: https://gotify.home.example.net
      app_token: "§"
      priority: 5
    events: [complete, error, cancelled]
    """, "A" + alnum(14, ALNUM + ".-_"), "Gotify docs: push messages with an application token")

D("python", "test-placeholder", "tests/test_printful_client.py", T('''
    import responses

    from shop_sync.client import PrintfulClient

    FAKE_TOKEN = "test-token-not-real"


    @responses.activate
    def test_sends_bearer_and_store_header():
        responses.add(responses.GET, "https://api.printful.com/orders", json={"code": 200, "result": []})
        pf = PrintfulClient(FAKE_TOKEN, store_id=42)
        assert pf.get("/orders") == {"code": 200, "result": []}
        sent = responses.calls[0].request.headers
        assert sent["Authorization"] == "Bearer test-token-not-real"
        assert sent["X-PF-Store-Id"] == "42"
    '''), "responses library docs; pytest")

DV("json", "order-ids", "test/fixtures/printful/order_created.json", """
    {
      "type": "package_shipped",
      "created": 1718112233,
      "retries": 0,
      "store": ¤,
      "data": {
        "shipment": {
          "id": ¤,
          "carrier": "USPS",
          "service": "USPS First Class Package",
          "tracking_number": "9400¤",
          "tracking_url": "https://myorders.printful.com/tracking/¤",
          "ship_date": "2024-06-11",
          "reshipment": false
        },
        "order": {
          "id": ¤,
          "external_id": "¤",
          "status": "fulfilled",
          "dashboard_url": "https://www.printful.com/dashboard?order_id=¤"
        }
      }
    }
    """, "Printful API docs: webhook package_shipped event",
   digits(8), digits(8), digits(18), hexs(40), digits(9), "shopify-" + digits(13), digits(9))

DV("json", "file-hashes", "test/fixtures/shapeways/model_upload_response.json", """
    {
      "result": "success",
      "modelId": ¤,
      "modelVersion": 1,
      "title": "cable-clip-v4",
      "fileName": "cable-clip-v4.stl",
      "contentLength": 184213,
      "fileMd5Checksum": "¤",
      "printable": "processing",
      "materials": {
        "6": {"materialId": 6, "isActive": 1, "price": 4.21},
        "25": {"materialId": 25, "isActive": 1, "price": 5.87}
      },
      "urls": {"productUrl": "https://www.shapeways.com/product/¤/cable-clip-v4"}
    }
    """, "Shapeways API docs: model upload response",
   digits(8), hexs(32), alnum(9).upper())

D("dotenv", "placeholder", "shop/.env.example", T("""
    # Copy to .env and fill in. Never commit .env.
    APP_URL=http://localhost:3000
    PRINTFUL_API_TOKEN=your-printful-private-token
    PRINTFUL_STORE_ID=
    STRIPE_SECRET_KEY=sk_live_...
    STRIPE_WEBHOOK_SECRET=whsec_...
    SHOPIFY_ADMIN_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    DATABASE_URL=postgresql://user:password@localhost:5432/shop
    EASYPOST_API_KEY=
    """), "dotenv convention: .env.example")

DV("json", "integrity-hashes", "dashboard/package-lock.json", """
    {
      "name": "farm-dashboard",
      "version": "2.3.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": {
          "name": "farm-dashboard",
          "version": "2.3.0",
          "dependencies": {"mqtt": "^5.10.1", "vue": "^3.5.12"}
        },
        "node_modules/mqtt": {
          "version": "5.10.1",
          "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.10.1.tgz",
          "integrity": "sha512-¤",
          "license": "MIT"
        },
        "node_modules/vue": {
          "version": "3.5.12",
          "resolved": "https://registry.npmjs.org/vue/-/vue-3.5.12.tgz",
          "integrity": "sha512-¤",
          "license": "MIT"
        }
      }
    }
    """, "npm docs: package-lock.json integrity",
   base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode(),
   base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode())

DV("pip-requirements", "hashes", "agent/requirements.txt", """
    # pip-compile --generate-hashes requirements.in
    paho-mqtt==2.1.0 \\
        --hash=sha256:¤ \\
        --hash=sha256:¤
    requests==2.32.3 \\
        --hash=sha256:¤
    websockets==13.1 \\
        --hash=sha256:¤
    """, "pip docs: hash-checking mode", sha256_hex(), sha256_hex(), sha256_hex(), sha256_hex())


# === Raspberry Pi images, network and remote access ===========================================

SV("octopi-wpa", "wifi-password", "boot/octopi-wpa-supplicant.txt", """
    # Use this file to configure your wifi connection(s).
    #
    # Just uncomment the lines prefixed with a single # of the configuration
    # that matches your wifi setup and fill in SSID and passphrase.

    ## WPA/WPA2 secured
    network={
      ssid="Garage-Printers"
      psk="§"
    }

    ## Open/unsecured
    #network={
    #  ssid="put SSID here"
    #  key_mgmt=NONE
    #}

    # Uncomment the country your Pi is in to activate Wifi in RaspberryPi 3 B+ and above
    country=GB # United Kingdom
    """, human_pw(), "OctoPi boot/octopi-wpa-supplicant.txt (github.com/guysoft/OctoPi)")

D("octopi-wpa", "template", "boot/octopi-wpa-supplicant.txt.orig", T("""
    # Use this file to configure your wifi connection(s).
    #
    # Just uncomment the lines prefixed with a single # of the configuration
    # that matches your wifi setup and fill in SSID and passphrase.
    #
    # You can configure multiple wifi connections by adding more 'network'
    # blocks.

    ## WPA/WPA2 secured
    #network={
    #  ssid="put SSID here"
    #  psk="put password here"
    #}

    ## Open/unsecured
    #network={
    #  ssid="put SSID here"
    #  key_mgmt=NONE
    #}

    # Uncomment the country your Pi is in to activate Wifi in RaspberryPi 3 B+ and above
    #country=GB # United Kingdom
    #country=US # United States
    """), "OctoPi default boot/octopi-wpa-supplicant.txt")

_ssid, _wpw = "PrintShop-Back", human_pw()
_psk_hex = hashlib.pbkdf2_hmac("sha1", _wpw.encode(), _ssid.encode(), 4096, 32).hex()
SV("wpa-supplicant", "wifi-psk-hex", "etc/wpa_supplicant/wpa_supplicant.conf", """
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=US

    network={
    	ssid="¤"
    	#psk="hashed with wpa_passphrase, see runbook"
    	psk=§
    	key_mgmt=WPA-PSK
    	priority=10
    }
    """, _psk_hex, "wpa_passphrase(8) output in wpa_supplicant.conf (w1.fi)", extra=[_ssid])

_ssid2, _wpw2 = "Makerspace", human_pw()
_psk_hex2 = hashlib.pbkdf2_hmac("sha1", _wpw2.encode(), _ssid2.encode(), 4096, 32).hex()
SV("shell", "wifi-psk-hex", "pi-images/voron-pi/firstrun.sh", r"""
    #!/bin/bash

    set +e

    CURRENT_HOSTNAME=`cat /etc/hostname | tr -d " \t\n\r"`
    if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then
       /usr/lib/raspberrypi-sys-mods/imager_custom set_hostname voron24
    else
       echo voron24 >/etc/hostname
       sed -i "s/127.0.1.1.*$CURRENT_HOSTNAME/127.0.1.1\tvoron24/g" /etc/hosts
    fi
    FIRSTUSER=`getent passwd 1000 | cut -d: -f1`
    if [ -f /usr/lib/userconf-pi/userconf ]; then
       /usr/lib/userconf-pi/userconf 'biqu' '¤'
    fi
    if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then
       /usr/lib/raspberrypi-sys-mods/imager_custom set_wlan 'Makerspace' '§' 'DE'
    else
    cat >/etc/wpa_supplicant/wpa_supplicant.conf <<'WPAEOF'
    country=DE
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    ap_scan=1

    update_config=1
    network={
    	ssid="Makerspace"
    	psk=§
    }

    WPAEOF
       chmod 600 /etc/wpa_supplicant/wpa_supplicant.conf
       rfkill unblock wifi
    fi
    rm -f /boot/firstrun.sh
    sed -i 's| systemd.run.*||g' /boot/cmdline.txt
    exit 0
    """, _psk_hex2, "Raspberry Pi Imager firstrun.sh (github.com/raspberrypi/rpi-imager)", extra=[sha512_crypt()])

SV("nmconnection", "wifi-password", "etc/NetworkManager/system-connections/preconfigured.nmconnection", """
    [connection]
    id=preconfigured
    uuid=¤
    type=wifi
    autoconnect=true

    [wifi]
    mode=infrastructure
    ssid=FarmNet-5G

    [wifi-security]
    key-mgmt=wpa-psk
    psk=§

    [ipv4]
    method=auto

    [ipv6]
    addr-gen-mode=default
    method=auto
    """, passphrase(), "NetworkManager keyfile settings (networkmanager.dev, nm-settings-keyfile)", extra=[uuid_s()])

DV("nmconnection", "agent-owned-psk", "etc/NetworkManager/system-connections/shop-wifi.nmconnection", """
    [connection]
    id=shop-wifi
    uuid=¤
    type=wifi
    permissions=user:pi:;

    [wifi]
    mode=infrastructure
    ssid=ShopFloor

    [wifi-security]
    key-mgmt=wpa-psk
    # psk-flags=1: the secret is kept by the user's agent (keyring), not in this file
    psk-flags=1

    [ipv4]
    method=auto
    """, "NetworkManager docs: secret flags (nm-settings-nmcli, psk-flags)", uuid_s())

SV("toml", "wifi-password", "bootfs/custom.toml", """
    # Raspberry Pi First Boot Setup
    [system]
    hostname = "octopi-mini"

    [user]
    name = "pi"
    password = "¤"
    password_encrypted = true

    [ssh]
    enabled = true
    password_authentication = false
    authorized_keys = [ "¤" ]

    [wlan]
    ssid = "Studio-2G"
    password = "§"
    password_encrypted = false
    hidden = false
    country = "NL"

    [locale]
    keymap = "us"
    timezone = "Europe/Amsterdam"
    """, human_pw(), "Raspberry Pi OS Bookworm custom.toml (raspberrypi-sys-mods init_config)",
   extra=[sha512_crypt(), ssh_pub("ops@printshop")])

SV("cloud-init", "user-password", "pi-images/octoprint-node/user-data", """
    #cloud-config
    hostname: octo-node-03
    manage_etc_hosts: true

    users:
      - name: octo
        groups: [sudo, dialout, video]
        shell: /bin/bash
        lock_passwd: false
        sudo: ALL=(ALL) NOPASSWD:ALL

    chpasswd:
      expire: false
      users:
        - name: octo
          password: §
          type: text

    ssh_pwauth: true
    packages: [python3-pip, python3-venv, haproxy]
    """, human_pw(), "cloud-init docs: chpasswd module (users list, type text)")

DV("cloud-init", "hashed-password", "pi-images/klipper-node/user-data", """
    #cloud-config
    hostname: klipper-node-01
    users:
      - name: farm
        groups: [sudo, dialout, video, tty]
        shell: /bin/bash
        passwd: "¤"
        lock_passwd: false
        ssh_authorized_keys:
          - ¤
          - ¤
    ssh_pwauth: false
    timezone: Europe/Berlin
    runcmd:
      - [systemctl, enable, --now, ssh]
    """, "cloud-init docs: users and groups (passwd takes a crypt hash)",
   sha512_crypt(), ssh_pub("farm-deploy@ci"), ssh_pub("anna@laptop"))

DV("userconf", "password-hash", "bootfs/userconf.txt", """
    # one line is all the Pi reads: user:encrypted-password
    # generated with: echo 'mypassword' | openssl passwd -6 -stdin
    # (this copy kept in the image repo for reference)
    #
    pi:¤
    """, "Raspberry Pi docs: configuring a user with userconf.txt", sha512_crypt())

SV("fstab", "cifs-password", "etc/fstab", """
    proc            /proc           proc    defaults          0       0
    PARTUUID=¤-01  /boot/firmware  vfat    defaults          0       2
    PARTUUID=¤-02  /               ext4    defaults,noatime  0       1
    # gcode share on the NAS, mounted into OctoPrint's uploads
    //192.168.1.10/gcode  /home/pi/.octoprint/uploads/nas  cifs  username=printer,password=§,uid=pi,gid=pi,iocharset=utf8,_netdev  0  0
    """, human_pw(), "mount.cifs(8) options; fstab(5)", extra=[hexs(8), hexs(8)])

DV("fstab", "credentials-file", "etc/fstab.klipper", """
    proc            /proc           proc    defaults          0       0
    PARTUUID=¤-01  /boot/firmware  vfat    defaults          0       2
    PARTUUID=¤-02  /               ext4    defaults,noatime  0       1
    # gcode share: credentials live in a root-only file, not here
    //nas.lan/gcode  /home/biqu/printer_data/gcodes/nas  cifs  credentials=/etc/samba/printer.cred,uid=biqu,_netdev,x-systemd.automount  0  0
    """, "mount.cifs(8) credentials= option", hexs(8), hexs(8))

SV("smb-credentials", "cifs-password", "etc/samba/printer.cred", """
    # used by the gcode share mount in /etc/fstab (chmod 600)
    username=printer
    password=§
    domain=WORKGROUP
    # rotated 2024-09 after the NAS migration
    """, rand_pw(16, "!$%"), "mount.cifs(8) credentials file format")

_b2id = "005" + hexs(22)
SV("rclone-conf", "backblaze-b2-key", "home/pi/.config/rclone/rclone.conf", """
    [b2]
    type = b2
    account = ¤
    key = §
    hard_delete = false

    [printer-backups]
    type = crypt
    remote = b2:printshop-printer-backups/configs
    filename_encryption = off
    directory_name_encryption = false
    """, "K005" + alnum(27, ALNUM + "/+"), "rclone docs: Backblaze B2 remote", extra=[_b2id])

SV("msmtprc", "smtp-password", "home/pi/.msmtprc", """
    # mail from the print server (failed-print alerts)
    defaults
    auth           on
    tls            on
    tls_trust_file /etc/ssl/certs/ca-certificates.crt
    logfile        ~/.msmtp.log

    account        gmail
    host           smtp.gmail.com
    port           587
    from           printroom.alerts@gmail.com
    user           printroom.alerts@gmail.com
    password       §

    account default : gmail
    """, alnum(16, string.ascii_lowercase), "msmtp docs: configuration file (app password)")

SV("wireguard", "wireguard-private-key", "etc/wireguard/wg0.conf", """
    # farm Pi -> office VPN (lets the office dashboard reach Moonraker)
    [Interface]
    Address = 10.66.0.17/32
    PrivateKey = §
    DNS = 10.66.0.1

    [Peer]
    PublicKey = ¤
    AllowedIPs = 10.66.0.0/24, 192.168.50.0/24
    Endpoint = vpn.printshop.io:51820
    PersistentKeepalive = 25
    """, wg_key(), "wg-quick(8) configuration", extra=[wg_key()])

DV("wireguard", "key-file-path", "etc/wireguard/wg1.conf", """
    # key generated on the Pi: wg genkey | tee /etc/wireguard/private.key | wg pubkey
    [Interface]
    Address = 10.66.0.18/32
    PostUp = wg set %i private-key /etc/wireguard/private.key
    ListenPort = 51821

    [Peer]
    # office gateway
    PublicKey = ¤
    AllowedIPs = 10.66.0.0/24
    Endpoint = vpn.printshop.io:51820
    """, "wg(8): set private-key from a file", wg_key())

SV("ddclient", "cloudflare-api-token", "etc/ddclient.conf", """
    # keep octoprint.home.example.net pointing at the house
    daemon=300
    syslog=yes
    ssl=yes
    use=web, web=https://api.ipify.org/

    protocol=cloudflare
    zone=example.net
    login=token
    password=§
    octoprint.home.example.net
    """, alnum(40, B64URL), "ddclient docs: Cloudflare with an API token")

SV("crontab", "basic-auth-password", "etc/cron.d/printer-backup", """
    # nightly: pull the Mainsail/Klipper config backup zip from each printer host
    SHELL=/bin/bash
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

    15 3 * * * backup curl -fsS -u backup:§ https://voron24.printroom.lan/server/files/config/printer.cfg -o /srv/backup/voron24/printer-$(date +\\%F).cfg
    20 3 * * * backup find /srv/backup -name 'printer-*.cfg' -mtime +60 -delete
    """, human_pw(), "crontab(5); curl -u basic auth")

SV("ssh-private-key", "openssh-private-key", "deploy/keys/farm_deploy_ed25519", """
    §
    """, pem("OPENSSH", 5), "OpenSSH private key file committed next to the deploy scripts")

SV("tls-key", "ec-private-key", "printer_data/certs/moonraker.key", """
    §
    """, pem("EC", 3), "Moonraker docs: [server] ssl_key_path (the key file itself)")

DV("tls-cert", "certificate", "printer_data/certs/moonraker.crt", """
    ¤
    """, "Moonraker docs: [server] ssl_certificate_path", cert_pem())

_sa_key = pem("", 12).replace("\n", "\\n") + "\\n"
SV("json", "gcp-service-account-key", "credentials/order-sheet-sa.json", """
    {
      "type": "service_account",
      "project_id": "layerline-orders",
      "private_key_id": "¤",
      "private_key": "§",
      "client_email": "order-sheet@layerline-orders.iam.gserviceaccount.com",
      "client_id": "¤",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/order-sheet%40layerline-orders.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, _sa_key, "Google Cloud docs: service account key file", extra=[hexs(40), digits(21)])

SV("shell", "mqtt-password", "install/setup_moonraker_secrets.sh", r"""
    #!/usr/bin/env bash
    # Run once on a fresh farm Pi after KIAUH: writes the secrets file Moonraker reads.
    set -euo pipefail

    SECRETS=~/printer_data/moonraker.secrets

    cat > "$SECRETS" <<'EOF'
    [mqtt_credentials]
    host: 10.20.0.2
    username: farm-node
    password: §
    EOF
    chmod 600 "$SECRETS"

    grep -q '^\[secrets\]' ~/printer_data/config/moonraker.conf || cat >> ~/printer_data/config/moonraker.conf <<'EOF'

    [secrets]
    secrets_path: ~/printer_data/moonraker.secrets
    EOF
    sudo systemctl restart moonraker
    """, rand_pw(20), "Moonraker docs: [secrets]; bash here-documents")

_ha = ha_token()
S("cloud-init", "home-assistant-token", "pi-images/voron-node/user-data", T(f"""
    #cloud-config
    hostname: voron-node-02
    write_files:
      - path: /home/biqu/printer_data/moonraker.secrets
        owner: biqu:biqu
        permissions: '0600'
        defer: true
        content: |
          [home_assistant]
          address: 192.168.1.20
          token: {_ha}
      - path: /etc/motd
        content: |
          Voron farm node. Configs are managed from git, do not edit by hand.
    runcmd:
      - [systemctl, restart, moonraker]
    """), _ha, "cloud-init docs: write_files with a block scalar")

SV("makefile", "prusalink-password", "Makefile", r"""
    PRINTER ?= 192.168.20.42
    FILE    ?= build/bracket.bgcode

    .PHONY: slice upload status

    slice:
    	prusa-slicer --export-gcode --binary-gcode --load profiles/mk4s-petg.ini \
    		-o $(FILE) models/bracket.stl

    upload: slice
    	curl --digest -u maker:§ -X PUT \
    		-H "Print-After-Upload: ?1" -H "Overwrite: ?1" \
    		--data-binary @$(FILE) \
    		http://$(PRINTER)/api/v1/files/usb/$(notdir $(FILE))

    status:
    	curl -s --digest -u maker:§ http://$(PRINTER)/api/v1/status | jq .
    """, alnum(14), "PrusaLink OpenAPI: PUT /api/v1/files/{storage}/{path} with digest auth")

SV("github-actions", "ssh-password", ".github/workflows/deploy-pi.yml", """
    name: deploy macros to printers
    on:
      push:
        branches: [main]
        paths: ['macros/**']

    jobs:
      deploy:
        runs-on: self-hosted
        strategy:
          matrix:
            host: [voron24.lan, trident.lan]
        steps:
          - uses: actions/checkout@v4
          - name: copy macros
            run: |
              sudo apt-get install -y sshpass
              sshpass -p '§' scp -o StrictHostKeyChecking=no macros/*.cfg pi@${{ matrix.host }}:printer_data/config/macros/
              sshpass -p '§' ssh pi@${{ matrix.host }} 'curl -s -X POST http://localhost:7125/printer/firmware_restart'
    """, human_pw(), "GitHub Actions workflow syntax; sshpass(1)")

D("github-actions", "secrets-context", ".github/workflows/release.yml", T("""
    name: release firmware
    on:
      push:
        tags: ['v*']

    jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: build klipper firmware
            run: |
              cp configs/octopus-pro.config klipper/.config
              make -C klipper olddefconfig all
          - name: upload to S3
            env:
              AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
              AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
            run: aws s3 cp klipper/out/klipper.bin s3://printshop-firmware/${{ github.ref_name }}/
          - name: notify
            run: curl -s -X POST -H 'Content-type: application/json' --data '{"text":"firmware ${{ github.ref_name }} built"}' "${{ secrets.SLACK_WEBHOOK_URL }}"
    """), "GitHub Actions docs: using secrets")

_nb_tok = mixed(40)
SV("ipynb", "printful-token", "notebooks/printful_costs.ipynb", """
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Printful cost check for the Q3 catalogue"]
      },
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import requests, pandas as pd\\n",
        "TOKEN = \\"§\\"\\n",
        "H = {\\"Authorization\\": f\\"Bearer {TOKEN}\\"}"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": ["200 41 sync products\\n"]
        }
       ],
       "source": [
        "r = requests.get(\\"https://api.printful.com/store/products\\", headers=H)\\n",
        "print(r.status_code, len(r.json()[\\"result\\"]), \\"sync products\\")"
       ]
      }
     ],
     "metadata": {
      "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
      "language_info": {"name": "python", "version": "3.11.6"}
     },
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, _nb_tok, "Jupyter nbformat 4 (nbformat.readthedocs.io)")

_out_key = octo_key()
SV("ipynb", "octoprint-api-key-output", "notebooks/farm_debug.ipynb", """
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": [
          "api:\\n",
          "  key: §\\n",
          "serial:\\n",
          "  port: /dev/ttyACM0\\n"
         ]
        }
       ],
       "source": ["!ssh pi@octopi-mk3s.lan 'head -4 ~/.octoprint/config.yaml'"]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, _out_key, "Jupyter nbformat 4: stream outputs")

D("ipynb", "masked-output", "notebooks/queue_stats.ipynb", T("""
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": ["token loaded from env: ****************a91c\\n"]
        }
       ],
       "source": [
        "import os\\n",
        "tok = os.environ[\\"FARM_API_TOKEN\\"]\\n",
        "print(\\"token loaded from env:\\", \\"*\\" * 16 + tok[-4:])"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """), "Jupyter nbformat 4")

SV("powershell", "octoprint-api-key", "scripts/Send-ToPrinter.ps1", """
    param(
        [Parameter(Mandatory = $true)][string]$Path,
        [string]$Printer = "http://octopi-cr10.lan"
    )

    # Sends a gcode from the design PC straight to the CR-10 queue.
    $headers = @{ "X-Api-Key" = "§" }

    $form = @{
        file   = Get-Item -Path $Path
        select = "true"
        print  = "false"
    }

    $resp = Invoke-RestMethod -Uri "$Printer/api/files/local" -Method Post -Headers $headers -Form $form
    Write-Host "uploaded:" $resp.files.local.name
    """, octo_key(), "OctoPrint REST API: upload; PowerShell Invoke-RestMethod -Form", crlf=True)

SV("pgpass", "database-password", "home/farm/.pgpass", """
    # hostname:port:database:username:password  (chmod 600)
    # used by the nightly pg_dump in /etc/cron.d/farm-backup
    farm-db.internal:5432:farmhand:farmhand:§
    # grafana_ro and postgres authenticate with client certs / peer auth,
    # so nothing is stored for them here
    """, rand_pw(24), "PostgreSQL docs: the password file (.pgpass)")

SV("mosquitto-conf", "mqtt-bridge-password", "etc/mosquitto/conf.d/bridge.conf", """
    # Bridge the shop floor broker to the office broker (printer state topics only)
    connection office-bridge
    address mqtt.printshop.io:8883
    bridge_cafile /etc/ssl/certs/ca-certificates.crt
    remote_clientid shopfloor-bridge
    remote_username shopfloor
    remote_password §
    topic printers/# out 1
    topic farm/commands/# in 1
    cleansession true
    """, rand_pw(28), "mosquitto.conf(5): bridge remote_password")

DV("mosquitto-passwd", "password-hashes", "etc/mosquitto/passwd", """
    bblp-relay:¤
    moonraker:¤
    homeassistant:¤
    shopfloor:¤
    octoprint:¤
    """, "mosquitto_passwd(1): password file (PBKDF2-SHA512 hashes)",
   mosquitto_hash(), mosquitto_hash(), mosquitto_hash(), mosquitto_hash(), mosquitto_hash())

_reg_pw = rand_pw(24)
S("docker-config", "registry-password", "home/pi/.docker/config.json", T("""
    {
      "auths": {
        "registry.printshop.io": {
          "auth": "%s"
        }
      },
      "currentContext": "default",
      "detachKeys": "ctrl-e,e"
    }
    """) % b64("farm-pull:" + _reg_pw), _reg_pw, "Docker docs: config.json auths (base64 user:password)")

SV("gitlab-ci", "gitlab-token", ".gitlab-ci.yml", """
    stages: [build, publish]

    build-firmware:
      stage: build
      image: python:3.11
      script:
        - apt-get update && apt-get install -y gcc-arm-none-eabi make
        - cp configs/ebb36.config klipper/.config && make -C klipper olddefconfig all
      artifacts:
        paths: [klipper/out/klipper.bin]

    publish:
      stage: publish
      image: curlimages/curl:8.10.1
      script:
        - 'curl --header "PRIVATE-TOKEN: §" --upload-file klipper/out/klipper.bin "https://gitlab.com/api/v4/projects/48123456/packages/generic/ebb36/${CI_COMMIT_TAG}/klipper.bin"'
      rules:
        - if: $CI_COMMIT_TAG
    """, fakes.fake("glpat-", 20, _seed()), "GitLab docs: generic packages registry with PRIVATE-TOKEN")

SV("netrc", "gitea-token", "home/pi/.netrc", """
    # read by git over https and by curl -n (firmware downloads)
    machine git.printshop.io
    login farm-ci
    password §

    # github.com: the gh credential helper handles it, nothing stored here
    """, hexs(40), "netrc(5); Gitea docs: access tokens")

SV("pip-conf", "index-password", "etc/pip.conf", """
    [global]
    index-url = https://farm-agent:§@pypi.printshop.io/simple/
    extra-index-url = https://pypi.org/simple/
    timeout = 30
    disable-pip-version-check = true
    """, human_pw(), "pip docs: configuration file, index-url with credentials")

_shop_tok = "shpat_" + hexs(32)
SV("k8s-secret", "shopify-admin-token", "k8s/shop/shopify-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: shopify-admin
      namespace: shop
    type: Opaque
    stringData:
      SHOPIFY_SHOP: layerline-prints.myshopify.com
      SHOPIFY_ADMIN_ACCESS_TOKEN: §
      SHOPIFY_API_VERSION: "2024-10"
    """, _shop_tok, "Kubernetes docs: Secret stringData")

DV("k8s-sealed-secret", "ciphertext", "k8s/shop/shopify-sealedsecret.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: shopify-admin
      namespace: shop
    spec:
      encryptedData:
        SHOPIFY_ADMIN_ACCESS_TOKEN: ¤
        PRINTFUL_API_TOKEN: ¤
      template:
        metadata:
          name: shopify-admin
          namespace: shop
        type: Opaque
    """, "Bitnami sealed-secrets README", sealed_value(), sealed_value())

DV("sops", "ciphertext", "k8s/farm/secrets.enc.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
        name: farm-api
        namespace: printfarm
    type: Opaque
    stringData:
        DATABASE_PASSWORD: ¤
        PRINTFUL_TOKEN: ¤
        STRIPE_SECRET_KEY: ¤
    sops:
        kms: []
        age:
            - recipient: age1¤
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                ¤
                ¤
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-10-02T08:14:55Z"
        mac: ¤
        encrypted_regex: ^(data|stringData)$
        version: 3.9.0
    """, "SOPS docs: encrypting Kubernetes secrets with age",
   sops_value(), sops_value(), sops_value(), alnum(58, "023456789acdefghjklmnpqrstuvwxyz"),
   alnum(64, B64), alnum(40, B64) + "==", sops_value())

D("k8s-external-secret", "secret-manager-reference", "k8s/farm/externalsecret.yaml", T("""
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: farm-api
      namespace: printfarm
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: farm-api
      data:
        - secretKey: DATABASE_PASSWORD
          remoteRef:
            key: prod/farm/db
            property: password
        - secretKey: PRINTFUL_TOKEN
          remoteRef:
            key: prod/shop/printful-token
    """), "External Secrets Operator docs: ExternalSecret")


# === More look-alikes from the same projects ====================================================

DV("htpasswd", "password-hashes", "deploy/nginx/octoprint.htpasswd", """
    # basic auth in front of the OctoPrint instances exposed through the shop VPN
    # created with: htpasswd -B /etc/nginx/octoprint.htpasswd <user>
    marek:¤
    anna:¤
    lobby:¤
    nightshift:¤
    """, "Apache htpasswd(1): bcrypt and apr1 hashes",
   bcrypt_hash().replace("$2b$", "$2y$"), bcrypt_hash().replace("$2b$", "$2y$"), apr1_hash(), apr1_hash())

DV("caddyfile", "bcrypt-hash", "deploy/Caddyfile", """
    mainsail.printshop.io {
    	basic_auth {
    		# caddy hash-password
    		farm ¤
    	}
    	reverse_proxy 10.20.0.11:80
    }

    spoolman.printshop.io {
    	basic_auth {
    		farm ¤
    	}
    	reverse_proxy 10.20.0.5:7912
    }
    """, "Caddy docs: basic_auth directive (bcrypt hashes)", bcrypt_hash(), bcrypt_hash())

_akid = fakes.aws_key_id(_seed())
DV("json", "presigned-url", "tests/fixtures/timelapse_link.json", """
    {
      "printer": "voron24",
      "job": "lamp_shade_v3.gcode",
      "finished_at": "2024-09-14T21:07:33Z",
      "timelapse_url": "https://printshop-farm-snapshots.s3.eu-central-1.amazonaws.com/timelapse/voron24/lamp_shade_v3.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=¤%2F20240914%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20240914T210800Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=¤",
      "expired": true,
      "size_bytes": 48211977
    }
    """, "AWS docs: presigned URLs (SigV4 query parameters)", _akid, sha256_hex())

D("systemd", "environment-file", "deploy/farm-agent.service", T("""
    [Unit]
    Description=Print farm agent (reports printer state to farm.printshop.io)
    After=network-online.target moonraker.service
    Wants=network-online.target

    [Service]
    User=pi
    # FARM_AGENT_TOKEN and MOONRAKER_API_KEY are in here (root:pi 0640), not in this unit
    EnvironmentFile=/etc/farm-agent/agent.env
    LoadCredential=tls-key:/etc/farm-agent/client.key
    ExecStart=/opt/farm-agent/venv/bin/python -m farm_agent --config /etc/farm-agent/agent.toml
    Restart=always
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
    """), "systemd.exec(5): EnvironmentFile=, LoadCredential=")

DV("checksums", "sha256", "images/SHA256SUMS", """
    ¤  2024-08-21-octopi-bookworm-arm64-lite-1.1.0.zip
    ¤  2024-08-21-octopi-bookworm-armhf-lite-1.1.0.zip
    ¤  2024-07-04-raspios-bookworm-arm64-lite.img.xz
    ¤  mainsailos-bookworm-arm64-1.3.2.img.xz
    ¤  klipper-octopus-pro-f446.bin
    """, "sha256sum(1) output", sha256_hex(), sha256_hex(), sha256_hex(), sha256_hex(), sha256_hex())

DV("json", "password-hashes", "farmdesk/fixtures/operators.json", """
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "username": "marek",
          "password": "¤",
          "is_staff": true,
          "is_superuser": true,
          "email": "marek@printshop.io"
        }
      },
      {
        "model": "auth.user",
        "pk": 2,
        "fields": {
          "username": "nightshift",
          "password": "¤",
          "is_staff": true,
          "is_superuser": false,
          "email": "night@printshop.io"
        }
      }
    ]
    """, "Django docs: password storage (pbkdf2_sha256 format) in fixtures", django_pbkdf2(), django_pbkdf2())

DV("sql", "password-hashes", "db/seed/001_operators.sql", """
    -- Seed operators for a fresh print-queue database (staging).
    -- Hashes are argon2id verifiers produced by the app's `hash-password` CLI.
    INSERT INTO operators (id, email, display_name, password_hash, role, created_at) VALUES
      (1, 'lab-admin@university.example.edu', 'Lab admin', '¤', 'admin', now()),
      (2, 'tech1@university.example.edu', 'Technician 1', '¤', 'tech', now()),
      (3, 'tech2@university.example.edu', 'Technician 2', '¤', 'tech', now());

    INSERT INTO printers (id, name, kind, host) VALUES
      (1, 'MK4S-01', 'prusalink', '10.1.4.21'),
      (2, 'MK4S-02', 'prusalink', '10.1.4.22'),
      (3, 'X1C-01', 'bambu', '10.1.4.31');
    """, "argon2 PHC string format (github.com/P-H-C/phc-string-format)", argon2_hash(), argon2_hash(), argon2_hash())

DV("python", "revision-ids", "migrations/versions/3f9c2a7b1d44_add_spool_weight.py", '''
    """add spool weight and remaining grams

    Revision ID: ¤
    Revises: ¤
    Create Date: 2024-09-30 14:22:08.120934

    """
    from alembic import op
    import sqlalchemy as sa

    revision = "¤"
    down_revision = "¤"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        op.add_column("spools", sa.Column("weight_g", sa.Integer(), nullable=True))
        op.add_column("spools", sa.Column("remaining_g", sa.Integer(), nullable=True))


    def downgrade() -> None:
        op.drop_column("spools", "remaining_g")
        op.drop_column("spools", "weight_g")
    ''', "Alembic docs: migration scripts", *(lambda a, b: (a, b, a, b))(hexs(12), hexs(12)))

D("gitignore", "file-names", ".gitignore", T("""
    # secrets and machine-local state: never commit
    .env
    .env.*
    !.env.example
    moonraker.secrets
    *.key
    *.pem
    credentials/*.json
    deploy/keys/
    printer_data/logs/
    __pycache__/
    node_modules/
    *.gcode
    *.bgcode
    """), "git docs: gitignore")

D("python", "password-blocklist", "farmdesk/accounts/tests/test_validators.py", T('''
    import pytest
    from django.core.exceptions import ValidationError

    from farmdesk.accounts.validators import PrinterRoomPasswordValidator

    # Passwords people on the floor actually tried; all must be refused.
    WEAK = ["password", "12345678", "octoprint", "raspberry", "prusa123", "benchy", "changeme"]


    @pytest.mark.parametrize("candidate", WEAK)
    def test_common_passwords_are_rejected(candidate):
        with pytest.raises(ValidationError):
            PrinterRoomPasswordValidator().validate(candidate)


    def test_length_rule_message():
        with pytest.raises(ValidationError, match="at least 12 characters"):
            PrinterRoomPasswordValidator().validate("Short1!")
    '''), "Django docs: writing password validators")

D("kconfig", "build-config", "configs/octopus-pro.config", T("""
    CONFIG_LOW_LEVEL_OPTIONS=y
    CONFIG_MACH_STM32=y
    CONFIG_BOARD_DIRECTORY="stm32"
    CONFIG_MCU="stm32f446xx"
    CONFIG_CLOCK_FREQ=180000000
    CONFIG_SERIAL=y
    CONFIG_FLASH_SIZE=0x80000
    CONFIG_FLASH_BOOT_ADDRESS=0x8000000
    CONFIG_RAM_START=0x20000000
    CONFIG_RAM_SIZE=0x20000
    CONFIG_STACK_SIZE=512
    CONFIG_FLASH_APPLICATION_ADDRESS=0x8008000
    CONFIG_STM32_SELECT=y
    CONFIG_MACH_STM32F446=y
    CONFIG_STM32_FLASH_START_8000=y
    CONFIG_STM32_CLOCK_REF_12M=y
    CONFIG_USBSERIAL=y
    CONFIG_USB_VENDOR_ID=0x1d50
    CONFIG_USB_DEVICE_ID=0x614e
    CONFIG_USB_SERIAL_NUMBER_CHIPID=y
    CONFIG_CANBUS_FREQUENCY=1000000
    """), "Klipper docs: make menuconfig output (.config)")

DV("json", "slicer-profile", "OrcaSlicer/user/default/filament/eSun PLA+ @Voron.json", """
    {
        "type": "filament",
        "name": "eSun PLA+ @Voron",
        "inherits": "Generic PLA @System",
        "from": "User",
        "filament_id": "P¤",
        "setting_id": "GFSA04_¤",
        "instantiation": "true",
        "filament_vendor": ["eSun"],
        "filament_cost": ["21.99"],
        "filament_density": ["1.23"],
        "nozzle_temperature": ["215"],
        "nozzle_temperature_initial_layer": ["220"],
        "hot_plate_temp": ["60"],
        "filament_max_volumetric_speed": ["18"],
        "pressure_advance": ["0.032"],
        "compatible_printers": ["Voron 2.4 300 0.4 nozzle"],
        "version": "2.1.1.0"
    }
    """, "OrcaSlicer user filament preset JSON", hexs(6), hexs(2))

D("raspi-config-txt", "boot-config", "bootfs/config.txt", T("""
    # For more options and information see
    # http://rptl.io/configtxt
    # Some settings may impact device functionality. See link above for details

    dtparam=audio=off
    camera_auto_detect=1
    display_auto_detect=1
    auto_initramfs=1
    dtoverlay=vc4-kms-v3d
    max_framebuffers=2
    disable_fw_kms_setup=1
    arm_64bit=1
    disable_overscan=1
    arm_boost=1

    [cm4]
    otg_mode=1

    [all]
    # Klipper serial to the MCU over the GPIO UART
    enable_uart=1
    dtoverlay=disable-bt
    """), "Raspberry Pi docs: config.txt")

DV("authorized-keys", "public-keys", "home/pi/.ssh/authorized_keys", """
    # managed by ansible (role: base), local edits are overwritten
    ¤
    ¤
    ¤
    ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ¤ ci@printshop-runner
    """, "sshd(8): AUTHORIZED_KEYS file format",
   ssh_pub("marek@workstation"), ssh_pub("anna@macbook"), ssh_pub("farm-deploy@ci"), alnum(300, B64) + "=")

D("crowsnest-conf", "camera-config", "printer_data/config/crowsnest.conf", T("""
    [crowsnest]
    log_path: ~/printer_data/logs/crowsnest.log
    log_level: verbose
    delete_log: false
    no_proxy: false

    [cam 1]
    mode: ustreamer
    enable_rtsp: false
    rtsp_port: 8554
    port: 8080
    device: /dev/v4l/by-id/usb-046d_C270_HD_WEBCAM_9A1F3C20-video-index0
    resolution: 1280x720
    max_fps: 15
    custom_flags: --encoder=HW
    v4l2ctl: focus_auto=0,focus_absolute=30
    """), "crowsnest docs: crowsnest.conf (github.com/mainsail-crew/crowsnest)")

_pgp = "\n".join(alnum(64, B64) for _ in range(8))
D("pgp", "public-key", "keys/printshop-apt-repo.asc", T("""
    -----BEGIN PGP PUBLIC KEY BLOCK-----
    Comment: Printshop internal apt repo (farm-agent packages)

    """) + "mQINBGYx" + alnum(56, B64) + "\n" + _pgp + "\n" + "=" + alnum(4, B64) + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
  "OpenPGP ASCII armor (RFC 4880)")

D("pem", "public-key", "firmware/signing/farm-firmware.pub", "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
  + alnum(20, B64) + "\n" + "\n".join(alnum(64, B64) for _ in range(5)) + "\n" + alnum(6, B64)
  + "IDAQAB\n-----END PUBLIC KEY-----\n", "RFC 7468: SubjectPublicKeyInfo PEM")

D("powershell", "secret-manager-reference", "scripts/Get-QueueStatus.ps1", T("""
    #Requires -Modules Microsoft.PowerShell.SecretManagement
    param([string]$Farm = "https://farm.printshop.io")

    # token lives in the local SecretStore vault: Set-Secret -Name FarmApiToken
    $token = Get-Secret -Name FarmApiToken -AsPlainText
    $headers = @{ Authorization = "Bearer $token" }

    $jobs = Invoke-RestMethod -Uri "$Farm/api/jobs?state=queued" -Headers $headers
    $jobs | Sort-Object priority | Format-Table id, printer, file, priority
    """).replace("\n", "\r\n"), "PowerShell SecretManagement docs: Get-Secret")

D("markdown", "env-reference", "docs/moonraker-api.md", T("""
    # Talking to Moonraker from scripts

    With `[authorization]` enabled, scripts outside `trusted_clients` send the API key:

    ```sh
    export MOONRAKER_API_KEY=$(cat ~/.moonraker_api_key)
    curl -H "X-Api-Key: $MOONRAKER_API_KEY" http://voron24.lan:7125/printer/info
    ```

    Or request a oneshot token (valid 5 s) for a websocket URL:

    ```sh
    curl -H "X-Api-Key: <your moonraker api key>" http://voron24.lan:7125/access/oneshot_token
    ```

    Rotate the key with `POST /access/api_key`; every KlipperScreen must then be updated.
    """), "Moonraker docs: web API authorization")

D("json", "instance-list", "mainsail/config.json", T("""
    {
        "defaultLocale": "en",
        "defaultMode": "dark",
        "defaultTheme": "mainsail",
        "hostname": null,
        "port": null,
        "path": null,
        "instancesDB": "json",
        "instances": [
            { "hostname": "voron24.lan", "port": 7125 },
            { "hostname": "trident.lan", "port": 7125 },
            { "hostname": "ender3-klipper.lan", "port": 7125 }
        ]
    }
    """), "Mainsail docs: config.json multi-printer instances")

D("terraform", "variable-declaration", "infra/farm/variables.tf", T("""
    variable "printful_token" {
      description = "Printful private token for the order sync Lambda"
      type        = string
      sensitive   = true
    }

    variable "db_password" {
      description = "Password for the farm Postgres user (set in TF_VAR_db_password)"
      type        = string
      sensitive   = true
      validation {
        condition     = length(var.db_password) >= 16
        error_message = "Use at least 16 characters."
      }
    }

    variable "api_tag" {
      type    = string
      default = "latest"
    }
    """), "Terraform docs: sensitive input variables")

DV("json", "resource-ids", "tests/fixtures/prusa_connect_printers.json", """
    {
      "printers": [
        {
          "uuid": "¤",
          "name": "MK4S-01",
          "printer_model": "MK4S",
          "team_id": 48211,
          "sn": "10589-¤",
          "fingerprint": "¤",
          "camera": {"id": 7731, "token_set": true},
          "state": "IDLE"
        },
        {
          "uuid": "¤",
          "name": "XL-01",
          "printer_model": "XL",
          "team_id": 48211,
          "state": "PRINTING"
        }
      ]
    }
    """, "Prusa Connect API printers list (fixture)", uuid_s(), digits(16), sha256_hex(), uuid_s())

D("esphome", "secret-reference", "esphome/enclosure-fan.yaml", T("""
    esphome:
      name: enclosure-fan
      friendly_name: Printer enclosure fan

    esp32:
      board: esp32dev

    api:
      encryption:
        key: !secret enclosure_api_key

    ota:
      - platform: esphome
        password: !secret ota_password

    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password

    sensor:
      - platform: dht
        pin: GPIO4
        temperature:
          name: "Enclosure temperature"
        humidity:
          name: "Enclosure humidity"
        update_interval: 30s
    """), "ESPHome docs: !secret and secrets.yaml")

D("klipper-cfg", "jinja-macro", "printer_data/config/macros/print_start.cfg", T("""
    [gcode_macro PRINT_START]
    description: Heat, home, mesh and purge. Called from the slicer start gcode.
    gcode:
        {% set BED = params.BED|default(60)|float %}
        {% set EXTRUDER = params.EXTRUDER|default(215)|float %}
        {% set CHAMBER = params.CHAMBER|default(0)|int %}
        M140 S{BED}
        G28
        {% if printer["temperature_sensor chamber"].temperature < CHAMBER %}
            M117 Heating chamber to {CHAMBER}
            TEMPERATURE_WAIT SENSOR="temperature_sensor chamber" MINIMUM={CHAMBER}
        {% endif %}
        BED_MESH_CALIBRATE ADAPTIVE=1
        M109 S{EXTRUDER}
        LINE_PURGE
    """), "Klipper docs: Command_Templates (Jinja2 macros)")

DV("json", "firmware-manifest", "firmware/manifest.json", """
    {
      "board": "EBB36 v1.2",
      "mcu": "stm32g0b1xx",
      "klipper_version": "v0.12.0-329-g¤",
      "built": "2024-10-07T09:41:12Z",
      "files": [
        {"name": "klipper.bin", "size": 29876, "sha256": "¤"},
        {"name": "katapult.bin", "size": 4096, "sha256": "¤", "md5": "¤"}
      ],
      "git_commit": "¤"
    }
    """, "firmware release manifest with checksums", hexs(8), sha256_hex(), sha256_hex(), hexs(32), sha1_hex())
