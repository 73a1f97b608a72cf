"""Blind set DQ: e-sports organisations and tournament operators.

Match servers (CS2, Minecraft, Rust, ARK, FiveM, Factorio) and anti-cheat, Twitch / YouTube /
Discord bots and overlays, Steam / Riot / Battle.net / Epic / PlayFab APIs, bracket platforms
(start.gg, Challonge, Toornament, FACEIT), sponsorship and merch stores (Stripe, Shopify, PayPal,
Printful, Tebex), streaming encoders (OBS, ffmpeg, nginx-rtmp, SRT), LAN event networks and player
stats pipelines, with their decoys. Generated fakes only (seeds 1140000-1149999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List

from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
SEED_LOW, SEED_HIGH = 1140000, 1150000
_SEED = [SEED_LOW]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] < SEED_HIGH
    return random.Random(_SEED[0])


def draw(n: int, alphabet: str = ALNUM) -> str:
    """n characters of the alphabet; of ALNUM, mixed case with a digit (at most 40 draws)."""
    r = _rng()
    value = ""
    for _ in range(40):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                 and any(c.islower() for c in value)):
            break
    return value


WORDS = ["Falcon", "Headshot", "Respawn", "Clutch", "Phoenix", "Nova", "Vortex", "Ember", "Raptor", "Glacier",
         "Spectre", "Titan", "Nebula", "Cobalt", "Havoc", "Onyx", "Zenith", "Comet", "Striker", "Lynx"]
LOWER = ["dust", "mirage", "inferno", "nuke", "ancient", "vertigo", "overpass", "haven", "ascent", "bind",
         "lotus", "pearl", "split", "fracture", "icebox", "breeze"]


def pw_words() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*@") + r.choice(WORDS) + str(r.randint(10, 9999))


def pw_gamer() -> str:
    r = _rng()
    return r.choice(LOWER) + r.choice(["_", "", "."]) + r.choice(WORDS) + str(r.randint(2015, 2025)) + r.choice("!?#$")


def pw_phrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 999))


def pw_rand(n: int = 20, extra: str = "!#%^*-_=+") -> str:
    return draw(n, ALNUM + extra)


def pw_url(n: int = 22) -> str:
    """A generated password safe inside a URL's userinfo."""
    r = _rng()
    return r.choice(ALNUM) + "".join(r.choice(ALNUM + "-_.") for _ in range(n - 1))


def hexs(n: int) -> str:
    return draw(n, HEX)


def uhex(n: int) -> str:
    return draw(n, UHEX)


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def snowflake() -> str:
    r = _rng()
    return str(r.randint(700_000_000_000_000_000, 1_299_999_999_999_999_999))


def discord_token() -> str:
    user = snowflake()
    return b64(user).rstrip("=") + "." + draw(6, B64URL) + "." + draw(38, B64URL)


def discord_webhook(host: str = "discord.com") -> str:
    return f"https://{host}/api/webhooks/{snowflake()}/{draw(68, B64URL)}"


def twitch_token() -> str:
    return draw(30, LOWER_ALNUM)


def twitch_stream_key() -> str:
    r = _rng()
    return f"live_{r.randint(100_000_000, 999_999_999)}_{draw(30)}"


def youtube_stream_key() -> str:
    return "-".join(draw(4, LOWER_ALNUM) for _ in range(5))


def google_api_key() -> str:
    return "AIza" + draw(35, B64URL)


def riot_key() -> str:
    return "RGAPI-" + uuid_s()


def stripe(prefix: str = "sk_live_") -> str:
    return prefix + draw(99 if prefix.startswith("rk_") else 24)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_ALNUM) + "/B" + draw(10, UPPER_ALNUM)
            + "/" + draw(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-{draw(24)}"


def telegram_token() -> str:
    r = _rng()
    return f"{r.randint(5_000_000_000, 7_999_999_999)}:AA" + draw(33, B64URL)


def aws_key_id(prefix: str = "AKIA") -> str:
    return prefix + draw(16, string.ascii_uppercase + "234567")


def aws_secret() -> str:
    return draw(40, B64)


def aws_session_token() -> str:
    return "IQoJb3JpZ2luX2VjE" + draw(372, B64)


def azure_account_key() -> str:
    return draw(86, B64) + "=="


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{draw(43, B64URL)}"


_PEM_HEADS = {
    "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
    "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ",
    "EC PRIVATE KEY": "MHcCAQEEI",
    "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
}


def pem_body(kind: str, lines: int) -> List[str]:
    r = _rng()
    head = _PEM_HEADS[kind]
    text = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) - 4))
    text += "".join(r.choice(B64) for _ in range(2)) + "=="
    return [text[i:i + 64] for i in range(0, len(text), 64)]


def pem(kind: str = "RSA PRIVATE KEY", lines: int = 12) -> str:
    body = "\n".join(pem_body(kind, lines))
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


def cert_pem(lines: int = 10) -> str:
    r = _rng()
    head = "MIIDdzCCAl+gAwIBAgIU"
    text = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) - 1)) + "="
    body = "\n".join(text[i:i + 64] for i in range(0, len(text), 64))
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


_HOLE = re.compile(r"<<([a-z0-9_]+)>>")


def fill(template: str, **values: str) -> str:
    """Put each value at its <<name>> (every name given is used, every hole is filled)."""
    for name, value in values.items():
        hole = f"<<{name}>>"
        assert hole in template, hole
        template = template.replace(hole, value)
    assert not _HOLE.search(template), _HOLE.search(template)
    return template


CASES: List[LabelledCase] = []


def secret(fmt: str, kind: str, file_name: str, text: str, value: str, source: str) -> None:
    assert value in text or value in "".join(text.split()) or any(
        value in base64.b64decode(run).decode("utf-8", "ignore")
        for run in re.findall(r"[A-Za-z0-9+/]{8,}={0,2}", text) if len(run) % 4 == 0), file_name
    CASES.append(LabelledCase(f"blind-dq/{fmt}/{kind}", file_name, text, value, source))


def decoy(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-dq/{fmt}/decoy-{what}", file_name, text, None, source))


# ---------------------------------------------------------------------------------------------
# Match servers, game server hosting and anti-cheat
# ---------------------------------------------------------------------------------------------

_v = pw_words()
secret("source-cfg", "rcon-password", "servers/cs2/csgo/cfg/server.cfg", fill("""\
// Main match server config - EU LAN qualifier
hostname "NovaGG | EU Qualifier #3 | Match Server"
sv_lan 0
sv_region 3
sv_password "scrim"
rcon_password "<<pw>>"
sv_cheats 0
mp_autoteambalance 0
mp_limitteams 0
mp_maxrounds 24
mp_overtime_enable 1
mp_overtime_maxrounds 6
tv_enable 1
tv_delay 105
tv_advertise_watchable 1
log on
sv_logfile 1
exec banned_user.cfg
""", pw=_v), _v, "Valve Developer Community: Counter-Strike 2 Dedicated Servers, rcon_password cvar")

_v = uhex(32)
secret("shell", "steam-gslt", "servers/cs2/start-match.sh", fill("""\
#!/usr/bin/env bash
# Boots one CS2 match server per slot on the box. Called by systemd cs2@.service
set -euo pipefail
SLOT="${1:-1}"
PORT=$((27015 + (SLOT - 1) * 10))
TVPORT=$((PORT + 5))
cd /opt/steam/cs2/game/bin/linuxsteamrt64

exec ./cs2 -dedicated -console -usercon \\
  -port "$PORT" +tv_port "$TVPORT" \\
  -maxplayers 12 \\
  +game_type 0 +game_mode 1 \\
  +map de_ancient \\
  +sv_setsteamaccount <<gslt>> \\
  +exec "match_slot${SLOT}.cfg"
""", gslt=_v), _v, "Valve Developer Community: Steam Game Server Account Management (sv_setsteamaccount GSLT)")

_gslt, _rcon = uhex(32), pw_rand(18, "")
secret("compose", "steam-gslt", "deploy/cs2/docker-compose.yml", fill("""\
services:
  cs2-match-01:
    image: joedwards32/cs2:latest
    container_name: cs2-match-01
    restart: unless-stopped
    environment:
      - SRCDS_TOKEN=<<gslt>>
      - CS2_SERVERNAME=Raptor Esports Scrim 01
      - CS2_PORT=27015
      - CS2_RCONPW=<<rcon>>
      - CS2_PW=raptor
      - CS2_MAXPLAYERS=12
      - CS2_GAMEALIAS=competitive
      - CS2_STARTMAP=de_mirage
      - TV_ENABLE=1
    volumes:
      - cs2:/home/steam/cs2-dedicated
    ports:
      - "27015:27015/tcp"
      - "27015:27015/udp"
      - "27020:27020/udp"
volumes:
  cs2: {}
""", gslt=_gslt, rcon=_rcon), _gslt, "joedwards32/cs2 image README: SRCDS_TOKEN and CS2_RCONPW environment")

_v = uhex(32)
secret("env", "steam-web-api-key", "get5-web/.env", fill("""\
# G5API / G5V environment for the league panel
PORT=3301
HOSTNAME=https://league.novagg.gg
SHARED_SECRET_FILE=/run/secrets/g5api_shared
DATABASE_URL_FILE=/run/secrets/g5api_db
STEAM_API_KEY=<<key>>
ADMINS=76561198012345678,76561198087654321
SUPERADMINS=76561198012345678
REDIS_URL=redis://redis:6379
UPLOAD_DEMOS=true
LOCAL_LOGIN=false
""", key=_v), _v, "Steamworks Web API: obtaining a Steam Web API key (steamcommunity.com/dev/apikey); G5API env")

_v = draw(40)
secret("source-cfg", "bearer-token", "servers/cs2/csgo/cfg/MatchZy/config.cfg", fill("""\
// MatchZy configuration (loaded on plugin start)
matchzy_whitelist_enabled_default false
matchzy_kick_when_no_match_loaded false
matchzy_knife_enabled_default true
matchzy_minimum_ready_required 10
matchzy_demo_upload_url "https://stats.raptor-esports.gg/api/demos/upload"
matchzy_remote_log_url "https://stats.raptor-esports.gg/api/events"
matchzy_remote_log_header_key "Authorization"
matchzy_remote_log_header_value "Bearer <<tok>>"
matchzy_chat_prefix "[{Green}Raptor{Default}]"
matchzy_autostart_mode 1
""", tok=_v), _v, "MatchZy documentation: configuration, matchzy_remote_log_header_value")

_v = pw_gamer()
secret("keyvalues", "mysql-password", "servers/csgo-legacy/addons/sourcemod/configs/databases.cfg", fill("""\
"Databases"
{
	"driver_default"		"mysql"

	// When specifying "host", you may use an IP address, a hostname, or a socket file path

	"default"
	{
		"driver"			"default"
		"host"				"localhost"
		"database"			"sourcemod"
		"user"				"root"
		"pass"				""
	}

	"storage-local"
	{
		"driver"			"sqlite"
		"database"			"sourcemod-local"
	}

	"sourcebans"
	{
		"driver"			"mysql"
		"host"				"db.internal.havoc-gaming.net"
		"database"			"sourcebans"
		"user"				"sb_game"
		"pass"				"<<pw>>"
		"port"				"3306"
	}
}
""", pw=_v), _v, "AlliedModders Wiki: SQL (SourceMod Scripting), databases.cfg")

_v = pw_words()
secret("battleye-cfg", "rcon-password", "servers/dayz/battleye/BEServer_x64.cfg", fill("""\
RConPassword <<pw>>
RConIP 0.0.0.0
RConPort 2306
RestrictRCon 0
MaxPing 250
""", pw=_v), _v, "BattlEye RCon protocol documentation: BEServer.cfg RConPassword")

_v = pw_rand(16, "")
secret("properties", "rcon-password", "servers/minecraft/uhc-event/server.properties", fill("""\
#Minecraft server properties
#Sat Mar 09 18:22:41 UTC 2024
enable-jmx-monitoring=false
rcon.port=25575
level-seed=
gamemode=survival
enable-command-block=false
enable-query=false
level-name=uhc_s4
motd=\\u00a76Comet UHC \\u00a77- Season 4 Finals
pvp=true
difficulty=hard
network-compression-threshold=256
max-players=80
online-mode=true
enable-rcon=true
rcon.password=<<pw>>
white-list=true
enforce-whitelist=true
spawn-protection=0
view-distance=10
""", pw=_v), _v, "Minecraft Wiki: server.properties (enable-rcon, rcon.password)")

_v = draw(12)
secret("toml", "forwarding-secret", "servers/minecraft/proxy/velocity.toml", fill("""\
# Config version. Do not change this
config-version = "1.0"

bind = "0.0.0.0:25577"
motd = "<#09add3>Comet Network - Tournament Proxy"
show-max-players = 500
online-mode = true
force-key-authentication = true
prevent-client-proxy-connections = false
player-info-forwarding-mode = "legacy"
forwarding-secret = "<<fs>>"
announce-forge = false

[servers]
lobby = "10.0.3.11:25565"
arena1 = "10.0.3.12:25565"
arena2 = "10.0.3.13:25565"
try = ["lobby"]

[forced-hosts]
"play.comet-uhc.net" = ["lobby"]
""", fs=_v), _v, "PaperMC Velocity docs: Configuring player information forwarding (forwarding secret)")

_v = pw_phrase()
secret("batch", "rcon-password", "servers/rust/start_tournament.bat", fill("""\
@echo off
title Rust - Vortex Invitational
:start
RustDedicated.exe -batchmode -nographics ^
 +server.ip 0.0.0.0 ^
 +server.port 28015 ^
 +server.hostname "Vortex Invitational | Team Deathmatch" ^
 +server.identity "vortex_inv" ^
 +server.maxplayers 64 ^
 +server.worldsize 3000 ^
 +server.seed 1337 ^
 +rcon.port 28016 ^
 +rcon.password "<<pw>>" ^
 +rcon.web 1
echo Server stopped, restarting in 10s...
timeout /t 10
goto start
""", pw=_v), _v, "Facepunch Rust wiki: Creating a server, rcon.password launch option")

_v = pw_words()
secret("ini", "admin-password", "servers/ark/ShooterGame/Saved/Config/WindowsServer/GameUserSettings.ini", fill("""\
[ServerSettings]
AllowThirdPersonPlayer=True
ShowMapPlayerLocation=False
ServerPVE=False
DifficultyOffset=1.0
ServerAdminPassword=<<pw>>
ServerPassword=arkevent
RCONEnabled=True
RCONPort=27020
TheMaxStructuresInRange=10500
MaxTamedDinos=5000

[SessionSettings]
SessionName=Titan League - ARK PvP Event
Port=7777
QueryPort=27015

[/Script/Engine.GameSession]
MaxPlayers=70
""", pw=_v), _v, "ARK Wiki: Server configuration, ServerAdminPassword")

_v = hexs(30)
secret("json", "factorio-token", "servers/factorio/speedrun-cup/server-settings.json", fill("""\
{
  "name": "Zenith Speedrun Cup - Heat 2",
  "description": "Official heat server. Spectators join as observers.",
  "tags": ["tournament", "speedrun"],
  "max_players": 16,
  "visibility": {
    "public": false,
    "lan": true
  },
  "username": "zenith-events",
  "password": "",
  "token": "<<tok>>",
  "game_password": "heat2",
  "require_user_verification": true,
  "max_upload_in_kilobytes_per_second": 0,
  "autosave_interval": 5,
  "autosave_slots": 10,
  "afk_autokick_interval": 0,
  "auto_pause": false,
  "only_admins_can_pause_the_game": true,
  "autosave_only_on_server": true
}
""", tok=_v), _v, "Factorio data/server-settings.example.json (username/token for the public matching server)")

_v = "ptla_" + draw(43)
secret("python", "pterodactyl-key", "ops/scripts/provision_scrim_servers.py", fill("""\
\"\"\"Spin up scrim servers on the Pterodactyl panel before each weekly league night.\"\"\"
import sys

import requests

PANEL = "https://panel.havoc-gaming.net"
API_KEY = "<<key>>"
HEADERS = {
    "Authorization": f"Bearer {API_KEY}",
    "Accept": "Application/vnd.pterodactyl.v1+json",
    "Content-Type": "application/json",
}
EGG_CS2 = 17
NODE_EU = 3


def create_server(name: str, owner_id: int) -> dict:
    body = {
        "name": name,
        "user": owner_id,
        "egg": EGG_CS2,
        "docker_image": "ghcr.io/parkervcp/steamcmd:debian",
        "startup": "./game/bin/linuxsteamrt64/cs2 -dedicated +map {{SRCDS_MAP}}",
        "environment": {"SRCDS_MAP": "de_inferno", "SRCDS_APPID": "730"},
        "limits": {"memory": 8192, "swap": 0, "disk": 60000, "io": 500, "cpu": 400},
        "feature_limits": {"databases": 0, "backups": 2},
        "deploy": {"locations": [NODE_EU], "dedicated_ip": False, "port_range": []},
    }
    resp = requests.post(f"{PANEL}/api/application/servers", json=body, headers=HEADERS, timeout=30)
    resp.raise_for_status()
    return resp.json()["attributes"]


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    for i in range(1, count + 1):
        srv = create_server(f"scrim-{i:02d}", owner_id=1)
        print(srv["identifier"], srv["name"])
""", key=_v), _v, "Pterodactyl Panel API: application API keys (ptla_), POST /api/application/servers")

_v = "ptlc_" + draw(43)
secret("shell", "pterodactyl-key", "ops/scripts/restart-all.sh", fill("""\
#!/bin/sh
# restart every server in the "league" group after the Tuesday update
PANEL=https://panel.havoc-gaming.net
for id in 1a7ce997 5d2f0c31 9be44a20 e0c5b7f8; do
  curl -s -X POST "$PANEL/api/client/servers/$id/power" \\
    -H "Authorization: Bearer <<key>>" \\
    -H "Content-Type: application/json" \\
    -H "Accept: application/json" \\
    -d '{"signal": "restart"}'
  echo " -> $id restarted"
  sleep 5
done
""", key=_v), _v, "Pterodactyl Panel client API: POST /api/client/servers/{id}/power with a ptlc_ key")

_v = "cfxk_" + draw(20) + "_" + draw(6)
secret("fivem-cfg", "license-key", "servers/fivem/server.cfg", fill("""\
# FXServer config - Onyx RP charity tournament
endpoint_add_tcp "0.0.0.0:30120"
endpoint_add_udp "0.0.0.0:30120"

ensure mapmanager
ensure chat
ensure spawnmanager
ensure sessionmanager
ensure basic-gamemode
ensure hardcap
ensure onyx-race-timer

sv_scriptHookAllowed 0
sets tags "racing, tournament, charity"
sets locale "en-GB"
sv_hostname "Onyx Charity Cup | Street Racing Finals"
sv_maxclients 48

add_ace group.admin command allow
add_principal identifier.fivem:1283744 group.admin

set steam_webApiKey "none"
sv_licenseKey "<<key>>"
""", key=_v), _v, "Cfx.re docs: Setting up a server, sv_licenseKey (keymaster.fivem.net)")

_v = pw_words()
secret("dockerfile", "steam-password", "servers/arma3/Dockerfile", fill("""\
FROM cm2network/steamcmd:root

ENV STEAM_USER=onyxleague_srv
ENV ARMA_DIR=/home/steam/arma3

RUN mkdir -p ${ARMA_DIR} && chown steam:steam ${ARMA_DIR}
USER steam

# Arma 3 server needs an account that owns the game
RUN /home/steam/steamcmd/steamcmd.sh \\
      +force_install_dir ${ARMA_DIR} \\
      +login ${STEAM_USER} <<pw>> \\
      +app_update 233780 validate \\
      +quit

COPY --chown=steam:steam server.cfg basic.cfg ${ARMA_DIR}/
WORKDIR ${ARMA_DIR}
EXPOSE 2302-2306/udp
CMD ["./arma3server_x64", "-config=server.cfg", "-cfg=basic.cfg", "-port=2302"]
""", pw=_v), _v, "Valve Developer Community: SteamCMD (+login <username> <password>)")

_v = pw_gamer()
secret("ansible", "rcon-password", "ansible/group_vars/cs2_match_servers.yml", fill("""\
---
cs2_install_dir: /opt/steam/cs2
cs2_user: steam
cs2_tickrate: 128
cs2_maps:
  - de_ancient
  - de_anubis
  - de_dust2
  - de_inferno
  - de_mirage
  - de_nuke
  - de_vertigo
cs2_rcon_password: "<<pw>>"
cs2_server_password: ""
cs2_tv_enable: true
cs2_tv_delay: 105
cs2_logaddress: "udp://10.20.0.5:27500"
cs2_fastdl_url: "https://fastdl.striker-league.eu/cs2"
""", pw=_v), _v, "Ansible docs: group_vars; Valve Developer Community rcon_password")

_v = pw_words()
secret("ini", "serverquery-password", "servers/teamspeak/ts3server.ini", fill("""\
machine_id=
default_voice_port=9987
voice_ip=0.0.0.0
licensepath=
filetransfer_port=30033
filetransfer_ip=0.0.0.0
query_port=10011
query_ip=0.0.0.0
query_ip_allowlist=query_ip_allowlist.txt
query_ip_denylist=query_ip_denylist.txt
dbplugin=ts3db_mariadb
dbpluginparameter=ts3db_mariadb.ini
dbsqlpath=sql/
dbsqlcreatepath=create_mariadb/
dbconnections=10
logpath=logs
logquerycommands=0
dbclientkeepdays=30
serveradmin_password=<<pw>>
""", pw=_v), _v, "TeamSpeak 3 Server quickstart: ts3server.ini, serveradmin_password parameter")

_v = hexs(64)
secret("cpp", "hmac-key", "anticheat/client/src/telemetry_signing.h", fill("""\
#pragma once
// Telemetry frames from the client module are signed so the ingest can reject
// replayed or forged heartbeats. Keep in sync with ingest/verify.go.
#include <array>
#include <cstdint>
#include <string_view>

namespace spectre::ac {

constexpr std::uint32_t kTelemetryVersion = 7;
constexpr std::uint32_t kHeartbeatIntervalMs = 2500;

// HMAC-SHA256 key shared with the ingest service (prod)
constexpr std::string_view kTelemetryHmacKeyHex =
    "<<key>>";

struct FrameHeader {
    std::uint32_t version;
    std::uint32_t sequence;
    std::uint64_t steam_id;
    std::array<std::uint8_t, 32> mac;
};

bool SignFrame(FrameHeader& header, const std::uint8_t* payload, std::size_t len);

}  // namespace spectre::ac
""", key=_v), _v, "RFC 2104 HMAC; anti-cheat telemetry signing pattern")

_k = pem("EC PRIVATE KEY", 3)
secret("go", "private-key", "anticheat/ingest/internal/attest/key.go", fill("""\
package attest

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
)

// serverKeyPEM signs the match attestation tokens handed to game servers.
// TODO(lk): move to KMS before the Spring split.
const serverKeyPEM = `<<key>>
`

func loadServerKey() (*ecdsa.PrivateKey, error) {
	block, _ := pem.Decode([]byte(serverKeyPEM))
	if block == nil {
		return nil, errors.New("attest: bad pem")
	}
	return x509.ParseECPrivateKey(block.Bytes)
}
""", key=_k), _k, "RFC 5915 EC private key structure; Go crypto/x509 ParseECPrivateKey")

_v = b64(draw(32, ALNUM + "!#%&*+-=?@^_"))
secret("csharp", "jwt-signing-key", "anticheat/Spectre.Gateway/Auth/TokenIssuer.cs", fill("""\
using System;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Spectre.Gateway.Auth
{
    public sealed class TokenIssuer
    {
        // Used by match servers to prove a client passed the integrity check.
        private const string SigningKey = "<<key>>";
        private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(90);

        public string IssueMatchTicket(ulong steamId, string matchId)
        {
            var creds = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(SigningKey)),
                SecurityAlgorithms.HmacSha256);
            var token = new JwtSecurityToken(
                issuer: "spectre-ac",
                audience: "match-servers",
                claims: new[]
                {
                    new Claim("sid", steamId.ToString()),
                    new Claim("mid", matchId),
                },
                expires: DateTime.UtcNow.Add(Lifetime),
                signingCredentials: creds);
            return new JwtSecurityTokenHandler().WriteToken(token);
        }
    }
}
""", key=_v), _v, "Microsoft.IdentityModel.Tokens SymmetricSecurityKey; RFC 7519 JWT HS256")

_v = draw(52, UPPER_ALNUM)
secret("json", "playfab-secret", "backend/Titan.Matchmaking/appsettings.Production.json", fill("""\
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "PlayFab": {
    "TitleId": "9C4E1",
    "DeveloperSecretKey": "<<key>>",
    "MatchmakingQueue": "ranked-5v5-eu"
  },
  "Matchmaking": {
    "TicketTimeoutSeconds": 120,
    "MaxSkillDelta": 250
  },
  "AllowedHosts": "*"
}
""", key=_v), _v, "Microsoft PlayFab docs: Getting secret keys (X-SecretKey / DeveloperSecretKey)")

_v = draw(43, B64) + "="
secret("ini", "eos-client-secret", "game/DedicatedServer/Config/DefaultEngine.ini", fill("""\
[/Script/EngineSettings.GameMapsSettings]
GameDefaultMap=/Game/Maps/Arena_Lobby
ServerDefaultMap=/Game/Maps/Arena_Lobby

[OnlineSubsystem]
DefaultPlatformService=EOS

[OnlineSubsystemEOS]
bEnabled=true

[/Script/OnlineSubsystemEOS.EOSSettings]
CacheDir=CacheDir
DefaultArtifactName=ArenaDedicated
bUseEAS=False
bUseEOSConnect=True
bMirrorStatsToEOS=True
+Artifacts=(ArtifactName="ArenaDedicated",ClientId="xyza7891a2b3c4d5e6f7g8h9i0j1k2l3",ClientSecret="<<sec>>",ProductId="8c3a1e0f77b14b2a9d0c6e5f4a3b2c1d",SandboxId="2e7f6d5c4b3a49189786a5b4c3d2e1f0",DeploymentId="a1b2c3d4e5f64718293a4b5c6d7e8f90",EncryptionKey="")

[/Script/Engine.GameEngine]
+NetDriverDefinitions=(DefName="GameNetDriver",DriverClassName="OnlineSubsystemEOS.NetDriverEOS",DriverClassNameFallback="OnlineSubsystemUtils.IpNetDriver")
""", sec=_v), _v, "Epic Online Services docs: OnlineSubsystemEOS settings (Artifacts ClientSecret)")

# ---------------------------------------------------------------------------------------------
# Discord, Twitch, YouTube bots and overlays
# ---------------------------------------------------------------------------------------------

_v = discord_token()
secret("python", "discord-bot-token", "bots/scrimbot/bot.py", fill("""\
import logging

import discord
from discord.ext import commands

logging.basicConfig(level=logging.INFO)

intents = discord.Intents.default()
intents.members = True
intents.message_content = True

bot = commands.Bot(command_prefix="!", intents=intents)
SCRIM_CHANNEL_ID = 1093847561029384756


@bot.event
async def on_ready():
    logging.info("Logged in as %s (%s)", bot.user, bot.user.id)


@bot.command(name="scrim")
@commands.has_role("Team Manager")
async def scrim(ctx, opponent: str, time: str, *, maps: str = "mirage, ancient"):
    channel = bot.get_channel(SCRIM_CHANNEL_ID)
    embed = discord.Embed(title=f"Scrim vs {opponent}", colour=0xE63946)
    embed.add_field(name="Time (CET)", value=time)
    embed.add_field(name="Maps", value=maps)
    msg = await channel.send(embed=embed)
    await msg.add_reaction("\\N{WHITE HEAVY CHECK MARK}")
    await ctx.reply("Posted.")


bot.run("<<tok>>")
""", tok=_v), _v, "discord.py docs: Quickstart (Client.run(token)); Discord Developer Portal bot token")

_v = discord_token()
secret("json", "discord-bot-token", "bots/checkin-bot/config.json", fill("""\
{
  "token": "<<tok>>",
  "clientId": "1184729384756102938",
  "guildId": "884930291837465210",
  "checkin": {
    "channel": "1184730001928374650",
    "role": "Checked In",
    "opensMinutesBefore": 60,
    "closesMinutesBefore": 10
  },
  "staffRoles": ["Tournament Admin", "Caster"],
  "startgg": {
    "tournamentSlug": "tournament/phoenix-weekly-112",
    "event": "valorant-5v5"
  }
}
""", tok=_v), _v, "discord.js Guide: Creating your bot (config.json with token, clientId, guildId)")

_v = discord_webhook()
secret("github-actions", "discord-webhook", ".github/workflows/overlay-deploy.yml", fill("""\
name: Deploy broadcast overlays

on:
  push:
    branches: [main]
    paths: ["overlays/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
        working-directory: overlays
      - run: npm run build
        working-directory: overlays
      - name: Upload to CDN bucket
        run: aws s3 sync overlays/dist s3://nova-broadcast-overlays/ --delete
        env:
          AWS_ACCESS_KEY_ID: ${{ secrets.OVERLAY_AWS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: ${{ secrets.OVERLAY_AWS_SECRET }}
          AWS_DEFAULT_REGION: eu-central-1
      - name: Tell the production channel
        if: always()
        run: |
          curl -sS -H "Content-Type: application/json" \\
            -d "{\\"content\\": \\"Overlays ${{ job.status }} for ${GITHUB_SHA::7}\\"}" \\
            "<<hook>>"
""", hook=_v), _v, "Discord Developer docs: Execute Webhook (POST /webhooks/{webhook.id}/{webhook.token})")

_v = discord_webhook("discordapp.com")
secret("powershell", "discord-webhook", "tools/Post-MatchResult.ps1", fill("""\
<#
.SYNOPSIS
  Posts a final score to the #results channel after a match.
.EXAMPLE
  .\\Post-MatchResult.ps1 -Home "Raptor" -Away "Lynx Academy" -HomeScore 13 -AwayScore 9 -Map "Ancient"
#>
param(
    [Parameter(Mandatory)] [string] $Home,
    [Parameter(Mandatory)] [string] $Away,
    [Parameter(Mandatory)] [int] $HomeScore,
    [Parameter(Mandatory)] [int] $AwayScore,
    [string] $Map = "TBD"
)

$WebhookUrl = '<<hook>>'

$winner = if ($HomeScore -gt $AwayScore) { $Home } else { $Away }
$payload = @{
    username = 'Raptor Results'
    embeds   = @(@{
        title       = "$Home $HomeScore - $AwayScore $Away"
        description = "Map: $Map`nWinner: **$winner**"
        color       = 15158332
    })
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Uri $WebhookUrl -Method Post -ContentType 'application/json' -Body $payload
Write-Host "Posted result for $Home vs $Away"
""", hook=_v), _v, "Discord Developer docs: Webhook resource, Execute Webhook")

_v = draw(32, B64URL)
secret("typescript", "discord-client-secret", "site/src/lib/auth.ts", fill("""\
import NextAuth, { type NextAuthOptions } from "next-auth";
import DiscordProvider from "next-auth/providers/discord";

// Discord OAuth for the team hub (roster, schedule, VOD review)
export const authOptions: NextAuthOptions = {
  providers: [
    DiscordProvider({
      clientId: "1129384756019283746",
      clientSecret: "<<sec>>",
      authorization: { params: { scope: "identify guilds guilds.members.read" } },
    }),
  ],
  session: { strategy: "jwt" },
  callbacks: {
    async jwt({ token, account }) {
      if (account) token.accessToken = account.access_token;
      return token;
    },
    async session({ session, token }) {
      (session as any).accessToken = token.accessToken;
      return session;
    },
  },
};

export default NextAuth(authOptions);
""", sec=_v), _v, "NextAuth.js Discord provider docs; Discord OAuth2 client secret")

_v = discord_token()
secret("rust", "discord-bot-token", "bots/statbot/src/main.rs", fill("""\
use serenity::async_trait;
use serenity::model::channel::Message;
use serenity::model::gateway::Ready;
use serenity::prelude::*;

mod stats;

const TOKEN: &str = "<<tok>>";

struct Handler;

#[async_trait]
impl EventHandler for Handler {
    async fn message(&self, ctx: Context, msg: Message) {
        if let Some(name) = msg.content.strip_prefix("!stats ") {
            let reply = match stats::lookup(name.trim()).await {
                Ok(s) => format!("{}: K/D {:.2}, ADR {:.1}, HS {:.0}%", name, s.kd, s.adr, s.hs * 100.0),
                Err(e) => format!("no stats for {name}: {e}"),
            };
            let _ = msg.channel_id.say(&ctx.http, reply).await;
        }
    }

    async fn ready(&self, _: Context, ready: Ready) {
        println!("{} is connected", ready.user.name);
    }
}

#[tokio::main]
async fn main() {
    let intents = GatewayIntents::GUILD_MESSAGES | GatewayIntents::MESSAGE_CONTENT;
    let mut client = Client::builder(TOKEN, intents)
        .event_handler(Handler)
        .await
        .expect("client");
    if let Err(why) = client.start().await {
        eprintln!("client error: {why:?}");
    }
}
""", tok=_v), _v, "serenity crate docs: Client::builder(token, intents)")

_v = discord_token()
secret("go", "discord-bot-token", "bots/vetobot/main.go", fill("""\
package main

import (
	"log"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/bwmarrin/discordgo"
)

var mapPool = []string{"Ascent", "Bind", "Haven", "Lotus", "Split", "Sunset", "Icebox"}

func main() {
	dg, err := discordgo.New("Bot " + "<<tok>>")
	if err != nil {
		log.Fatalf("session: %v", err)
	}
	dg.AddHandler(onMessage)
	dg.Identify.Intents = discordgo.IntentsGuildMessages | discordgo.IntentMessageContent
	if err := dg.Open(); err != nil {
		log.Fatalf("open: %v", err)
	}
	defer dg.Close()
	log.Println("vetobot running")
	sc := make(chan os.Signal, 1)
	signal.Notify(sc, syscall.SIGINT, syscall.SIGTERM)
	<-sc
}

func onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	if m.Author.ID == s.State.User.ID || !strings.HasPrefix(m.Content, "!pool") {
		return
	}
	s.ChannelMessageSend(m.ChannelID, "Map pool: "+strings.Join(mapPool, ", "))
}
""", tok=_v), _v, "discordgo README: discordgo.New(\"Bot \" + token)")

_v = discord_token()
secret("java", "discord-bot-token", "bots/rosterbot/src/main/java/gg/lynx/roster/RosterBot.java", fill("""\
package gg.lynx.roster;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;

public final class RosterBot {

    private static final String BOT_TOKEN =
            "<<tok>>";

    private RosterBot() {
    }

    public static void main(String[] args) throws InterruptedException {
        JDA jda = JDABuilder.createDefault(BOT_TOKEN)
                .enableIntents(GatewayIntent.GUILD_MEMBERS)
                .addEventListeners(new RosterCommands(), new TryoutListener())
                .build();
        jda.updateCommands().addCommands(
                Commands.slash("roster", "Show the active roster of a division"),
                Commands.slash("tryout", "Sign up for open tryouts")
        ).queue();
        jda.awaitReady();
    }
}
""", tok=_v), _v, "JDA wiki: Getting started (JDABuilder.createDefault(token))")

_v = discord_webhook()
secret("kotlin", "discord-webhook", "android/app/src/main/java/gg/nova/companion/report/CrashReporter.kt", fill("""\
package gg.nova.companion.report

import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

object CrashReporter {
    private const val WEBHOOK =
        "<<hook>>"
    private val client = OkHttpClient()

    suspend fun report(throwable: Throwable, appVersion: String) = withContext(Dispatchers.IO) {
        val body = JSONObject()
            .put("username", "Companion crash")
            .put("content", "v$appVersion: ${throwable::class.simpleName}: ${throwable.message}".take(1900))
            .toString()
            .toRequestBody("application/json".toMediaType())
        runCatching { client.newCall(Request.Builder().url(WEBHOOK).post(body).build()).execute().close() }
    }
}
""", hook=_v), _v, "Discord Developer docs: Execute Webhook")

_v = twitch_token()
secret("javascript", "twitch-oauth-token", "bots/chatbot/index.js", fill("""\
const tmi = require("tmi.js");

const client = new tmi.Client({
  options: { debug: false },
  identity: {
    username: "cometesports_bot",
    password: "oauth:<<tok>>",
  },
  channels: ["cometesports", "cometesports_academy"],
});

const commands = {
  "!schedule": "Next match: Comet vs Titan Academy, Saturday 18:00 CET",
  "!merch": "Jerseys are live: https://store.cometesports.gg",
  "!discord": "https://discord.gg/cometesports",
};

client.connect().catch(console.error);

client.on("message", (channel, tags, message, self) => {
  if (self) return;
  const reply = commands[message.trim().toLowerCase()];
  if (reply) client.say(channel, `@${tags["display-name"]} ${reply}`);
});
""", tok=_v), "oauth:" + _v, "tmi.js docs: identity.password as oauth:<token>; Twitch IRC authentication")

_id, _v = draw(30, LOWER_ALNUM), draw(30, LOWER_ALNUM)
secret("python", "twitch-client-secret", "services/live-notifier/twitch.py", fill("""\
import time

import httpx

TWITCH_CLIENT_ID = "<<cid>>"
TWITCH_CLIENT_SECRET = "<<sec>>"
_token = {"value": None, "expires": 0.0}


def app_token() -> str:
    if _token["value"] and _token["expires"] > time.time() + 60:
        return _token["value"]
    resp = httpx.post(
        "https://id.twitch.tv/oauth2/token",
        params={
            "client_id": TWITCH_CLIENT_ID,
            "client_secret": TWITCH_CLIENT_SECRET,
            "grant_type": "client_credentials",
        },
        timeout=10,
    )
    resp.raise_for_status()
    data = resp.json()
    _token.update(value=data["access_token"], expires=time.time() + data["expires_in"])
    return data["access_token"]


def live_streams(logins: list[str]) -> list[dict]:
    headers = {"Client-Id": TWITCH_CLIENT_ID, "Authorization": f"Bearer {app_token()}"}
    resp = httpx.get("https://api.twitch.tv/helix/streams", params=[("user_login", l) for l in logins],
                     headers=headers, timeout=10)
    resp.raise_for_status()
    return resp.json()["data"]
""", cid=_id, sec=_v), _v, "Twitch Developers: Client credentials grant flow (POST id.twitch.tv/oauth2/token)")

_v = pw_rand(32, "")
secret("go", "webhook-secret", "services/eventsub/handler.go", fill("""\
package eventsub

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// Must match the "secret" we sent when creating the subscriptions (10-100 chars).
const subscriptionSecret = "<<sec>>"

func verify(r *http.Request, body []byte) bool {
	msg := r.Header.Get("Twitch-Eventsub-Message-Id") +
		r.Header.Get("Twitch-Eventsub-Message-Timestamp") + string(body)
	mac := hmac.New(sha256.New, []byte(subscriptionSecret))
	mac.Write([]byte(msg))
	expected := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(expected), []byte(r.Header.Get("Twitch-Eventsub-Message-Signature")))
}

func Handler(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil || !verify(r, body) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if r.Header.Get("Twitch-Eventsub-Message-Type") == "webhook_callback_verification" {
		handleChallenge(w, body)
		return
	}
	dispatch(r.Header.Get("Twitch-Eventsub-Subscription-Type"), body)
	w.WriteHeader(http.StatusNoContent)
}
""", sec=_v), _v, "Twitch Developers: EventSub Handling webhook events (verifying the event message)")

_v = twitch_stream_key()
secret("json", "twitch-stream-key", "broadcast/obs/profiles/MainStage/service.json", fill("""\
{
    "settings": {
        "bwtest": false,
        "key": "<<key>>",
        "server": "rtmp://fra05.contribute.live-video.net/app/",
        "service": "Twitch"
    },
    "type": "rtmp_common"
}
""", key=_v), _v, "OBS Studio profile service.json (rtmp_common); Twitch stream key format live_<id>_<key>")

_v = twitch_stream_key()
secret("shell", "twitch-stream-key", "broadcast/encoder/push_backup.sh", fill("""\
#!/usr/bin/env bash
# Backup encoder: takes the SDI program feed from the Decklink and pushes to Twitch
# if the main OBS box dies. Run from the production rack NUC.
set -e
INGEST="rtmp://ams03.contribute.live-video.net/app"
STREAM_KEY="<<key>>"

ffmpeg -hide_banner -loglevel warning \\
  -f decklink -i "DeckLink Mini Recorder 4K" \\
  -c:v libx264 -preset veryfast -tune zerolatency -b:v 6000k -maxrate 6000k -bufsize 12000k \\
  -g 120 -keyint_min 120 -pix_fmt yuv420p \\
  -c:a aac -b:a 160k -ar 48000 \\
  -f flv "${INGEST}/${STREAM_KEY}"
""", key=_v), _v, "FFmpeg docs: decklink input, flv muxer; Twitch broadcast ingest endpoints")

_v = b64(draw(32, ALNUM))
secret("javascript", "twitch-extension-secret", "extension/ebs/server.js", fill("""\
const express = require("express");
const jwt = require("jsonwebtoken");

const app = express();
app.use(express.json());

const EXT_CLIENT_ID = "q8vx1l2p9c0tgk7d3m5nz4hb6ja2we";
const EXT_OWNER_ID = "148392057";
// Extension secret (base64) from the dev console, "Extension Client Configuration"
const EXT_SECRET = Buffer.from("<<sec>>", "base64");

function verifyViewer(req, res, next) {
  const header = req.get("Authorization") || "";
  try {
    req.viewer = jwt.verify(header.replace(/^Bearer /, ""), EXT_SECRET, { algorithms: ["HS256"] });
    next();
  } catch (e) {
    res.status(401).json({ error: "bad token" });
  }
}

app.post("/predict", verifyViewer, (req, res) => {
  const { opaque_user_id: viewer, channel_id: channel } = req.viewer;
  // store the pick-em vote
  res.json({ ok: true, viewer, channel, pick: req.body.team });
});

app.listen(8081, () => console.log("EBS on :8081 for", EXT_CLIENT_ID, EXT_OWNER_ID));
""", sec=_v), _v, "Twitch Extensions docs: Using the extension JWT, extension secret is base64-encoded")

_v = draw(50, LOWER_ALNUM)
secret("json", "twitch-refresh-token", "bots/modbot/data/tokens.json", fill("""\
{
  "accessToken": "<<acc>>",
  "refreshToken": "<<tok>>",
  "scope": [
    "chat:edit",
    "chat:read",
    "moderator:manage:banned_users",
    "moderator:manage:chat_messages",
    "channel:manage:broadcast"
  ],
  "expiresIn": 14375,
  "obtainmentTimestamp": 1712163034977
}
""", acc=twitch_token(), tok=_v), _v, "Twurple docs: RefreshingAuthProvider token data (accessToken/refreshToken)")

_v = youtube_stream_key()
secret("nginx", "youtube-stream-key", "broadcast/rtmp/nginx.conf", fill("""\
worker_processes auto;
rtmp_auto_push on;

events {
    worker_connections 1024;
}

rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        application live {
            live on;
            record off;
            allow publish 10.40.0.0/24;
            deny publish all;

            # fan out the program feed
            push rtmp://a.rtmp.youtube.com/live2/<<key>>;
            push rtmp://127.0.0.1/twitch;
        }

        application twitch {
            live on;
            allow publish 127.0.0.1;
            deny publish all;
            push rtmp://live.twitch.tv/app/${TWITCH_KEY};
        }
    }
}
""", key=_v), _v, "nginx-rtmp-module directives: push; YouTube Live RTMP ingestion (a.rtmp.youtube.com/live2)")

_v = google_api_key()
secret("python", "google-api-key", "services/vod-indexer/youtube_sync.py", fill("""\
\"\"\"Pull the VOD list from the org channel into the stats DB so match pages link to the replay.\"\"\"
from googleapiclient.discovery import build

CHANNEL_ID = "UCx7Ei3Vb1q_TmY8aLrZ0s9w"
API_KEY = "<<key>>"

youtube = build("youtube", "v3", developerKey=API_KEY, cache_discovery=False)


def uploads_playlist() -> str:
    resp = youtube.channels().list(part="contentDetails", id=CHANNEL_ID).execute()
    return resp["items"][0]["contentDetails"]["relatedPlaylists"]["uploads"]


def all_videos():
    playlist, token = uploads_playlist(), None
    for _page in range(200):
        resp = youtube.playlistItems().list(part="snippet,contentDetails", playlistId=playlist,
                                            maxResults=50, pageToken=token).execute()
        for item in resp["items"]:
            yield item["contentDetails"]["videoId"], item["snippet"]["title"]
        token = resp.get("nextPageToken")
        if not token:
            break


if __name__ == "__main__":
    for vid, title in all_videos():
        print(vid, title)
""", key=_v), _v, "YouTube Data API v3: API keys (developerKey), playlistItems.list")

_v = "GOCSPX-" + draw(28, B64URL)
secret("json", "google-oauth-client-secret", "broadcast/youtube-scheduler/client_secret.json", fill("""\
{
  "installed": {
    "client_id": "708391245566-4k2r9d8s1ncq7plv0aeh3tj6mb5ufgoi.apps.googleusercontent.com",
    "project_id": "comet-broadcast-scheduler",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "<<sec>>",
    "redirect_uris": ["http://localhost"]
  }
}
""", sec=_v), _v, "Google Identity docs: client_secret.json for installed apps (GOCSPX- client secrets)")

_fb = f"FB-{_rng().randint(10**14, 10**15 - 1)}-0-" + draw(40, ALNUM + "-_")
secret("yaml", "facebook-stream-key", "broadcast/multistream/targets.yaml", fill("""\
# Restreamer targets for the Spring Split finals (main program feed)
source: srt://10.40.0.20:9000?mode=listener
targets:
  - name: twitch-main
    url: rtmp://fra05.contribute.live-video.net/app/
    key_env: TWITCH_STREAM_KEY
  - name: youtube
    url: rtmp://a.rtmp.youtube.com/live2/
    key_env: YOUTUBE_STREAM_KEY
  - name: facebook-gaming
    url: rtmps://live-api-s.facebook.com:443/rtmp/
    key: "<<fb>>"
  - name: kick
    url: rtmps://fa723fc1b171.global-contribute.live-video.net:443/app/
    key_env: KICK_STREAM_KEY
video:
  bitrate_kbps: 6000
  keyframe_interval_s: 2
""", fb=_fb), _fb, "Meta for Developers: Live Video API, RTMPS ingest stream key (FB-... key)")

_v = "sk_us-west-2_" + draw(12)
secret("ini", "kick-stream-key", "broadcast/obs/profiles/Kick_Backup/basic.ini", fill("""\
[General]
Name=Kick_Backup

[Output]
Mode=Advanced

[AdvOut]
Encoder=jim_nvenc
RecEncoder=none
TrackIndex=1
ApplyServiceSettings=true

[Stream1]
IgnoreRecommended=false

[SimpleOutput]
VBitrate=6000
ABitrate=160

[Video]
BaseCX=1920
BaseCY=1080
OutputCX=1920
OutputCY=1080
FPSCommon=60

[Custom]
Server=rtmps://fa723fc1b171.global-contribute.live-video.net:443/app/
StreamKey=<<key>>
""", key=_v), _v, "OBS Studio profile basic.ini; Kick streaming setup (server URL and stream key sk_<region>_...)")

_v = pw_rand(24, "")
secret("shell", "srt-passphrase", "broadcast/remote/send_caster_cam.sh", fill("""\
#!/bin/sh
# Remote caster kit: sends the webcam + mic to the production SRT listener.
DEVICE_V=/dev/video0
DEVICE_A=hw:1,0
PROD_HOST=srt.prod.novagg.gg
PROD_PORT=9011

ffmpeg -f v4l2 -framerate 30 -video_size 1280x720 -i "$DEVICE_V" \\
       -f alsa -i "$DEVICE_A" \\
       -c:v libx264 -preset ultrafast -tune zerolatency -b:v 3500k -g 60 \\
       -c:a aac -b:a 128k \\
       -f mpegts "srt://${PROD_HOST}:${PROD_PORT}?mode=caller&latency=200000&pbkeylen=32&passphrase=<<pw>>"
""", pw=_v), _v, "FFmpeg protocols: srt (passphrase, pbkeylen options)")

_v = draw(16)
secret("javascript", "obs-websocket-password", "broadcast/control/scene-switcher.mjs", fill("""\
import OBSWebSocket from "obs-websocket-js";

// Automatic scene switching from the observer feed: when the round ends go to replays.
const obs = new OBSWebSocket();
const OBS_URL = "ws://10.40.0.21:4455";
const OBS_PASSWORD = "<<pw>>";

async function main() {
  const { obsWebSocketVersion } = await obs.connect(OBS_URL, OBS_PASSWORD, { rpcVersion: 1 });
  console.log(`connected to obs-websocket ${obsWebSocketVersion}`);
}

export async function onRoundEnd() {
  await obs.call("SetCurrentProgramScene", { sceneName: "Replay - Instant" });
  setTimeout(() => obs.call("SetCurrentProgramScene", { sceneName: "Game - Main" }), 12000);
}

export async function onTimeout(team) {
  await obs.call("SetInputSettings", { inputName: "Timeout Team", inputSettings: { text: team } });
  await obs.call("SetCurrentProgramScene", { sceneName: "Timeout" });
}

main().catch((e) => {
  console.error("obs connect failed", e);
  process.exit(1);
});
""", pw=_v), _v, "obs-websocket-js README: obs.connect(url, password, identificationParams)")

_v = draw(16)
secret("json", "obs-websocket-password", "broadcast/obs/plugin_config/obs-websocket/config.json", fill("""\
{
    "alerts_enabled": false,
    "auth_required": true,
    "first_load": false,
    "server_enabled": true,
    "server_password": "<<pw>>",
    "server_port": 4455
}
""", pw=_v), _v, "obs-websocket 5.x plugin_config/obs-websocket/config.json (server_password)")

_v = jwt({"citadel": hexs(24), "channel": hexs(24), "role": "owner", "authToken": draw(43, B64URL),
          "user": hexs(24), "user_id": uuid_s(), "user_role": "creator", "provider": "twitch",
          "provider_id": "193847562", "channel_id": uuid_s(), "creator_id": uuid_s(),
          "iss": "twitch.tv/streamelements", "jti": uuid_s(), "iat": 1709251200})
secret("json", "streamelements-jwt", "overlays/alerts/se-config.json", fill("""\
{
  "provider": "streamelements",
  "channelId": "64e1a9f3b2c7d80012ab34cd",
  "jwt": "<<tok>>",
  "alerts": {
    "tip": { "minAmount": 1, "sound": "sfx/coin.ogg", "duration": 7000 },
    "subscriber": { "sound": "sfx/horn.ogg", "duration": 6000 },
    "cheer": { "minAmount": 100, "sound": "sfx/laser.ogg", "duration": 5000 }
  },
  "theme": "comet-dark"
}
""", tok=_v), _v, "StreamElements API docs: JWT token authentication (Authorization: Bearer <jwt>)")

_v = draw(40)
secret("python", "streamlabs-token", "overlays/donation-goal/goal_tracker.py", fill("""\
import asyncio
import json

import aiohttp

STREAMLABS_ACCESS_TOKEN = "<<tok>>"
GOAL = 5000.00
STATE_FILE = "goal_state.json"


async def fetch_donations(session, after=None):
    params = {"access_token": STREAMLABS_ACCESS_TOKEN, "limit": 100, "currency": "EUR"}
    if after:
        params["after"] = after
    async with session.get("https://streamlabs.com/api/v1.0/donations", params=params) as resp:
        resp.raise_for_status()
        return (await resp.json())["data"]


async def main():
    total, last = 0.0, None
    async with aiohttp.ClientSession() as session:
        for _ in range(720):
            for d in await fetch_donations(session, last):
                total += float(d["amount"])
                last = d["donation_id"]
            with open(STATE_FILE, "w") as fh:
                json.dump({"total": round(total, 2), "goal": GOAL}, fh)
            await asyncio.sleep(10)


asyncio.run(main())
""", tok=_v), _v, "Streamlabs API v1.0 docs: GET /donations with access_token")

_v = hexs(32)
secret("javascript", "spotify-client-secret", "overlays/now-playing/spotify.js", fill("""\
// Now-playing widget for the break screen. Uses a long-lived refresh token from the
// production account so the casters don't have to log in.
const CLIENT_ID = "3f9c1b0a7d2e4c8b9a6f5e4d3c2b1a00";
const CLIENT_SECRET = "<<sec>>";
const REFRESH_TOKEN = process.env.SPOTIFY_REFRESH_TOKEN;

const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");

async function accessToken() {
  const res = await fetch("https://accounts.spotify.com/api/token", {
    method: "POST",
    headers: {
      Authorization: `Basic ${basic}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: REFRESH_TOKEN }),
  });
  return (await res.json()).access_token;
}

export async function nowPlaying() {
  const res = await fetch("https://api.spotify.com/v1/me/player/currently-playing", {
    headers: { Authorization: `Bearer ${await accessToken()}` },
  });
  if (res.status === 204) return null;
  const { item } = await res.json();
  return { title: item.name, artist: item.artists.map((a) => a.name).join(", ") };
}
""", sec=_v), _v, "Spotify Web API: Refreshing tokens (Authorization: Basic base64(client_id:client_secret))")

_v = hexs(64)
secret("typescript", "tiltify-token", "overlays/charity/src/tiltify.ts", fill("""\
// Charity marathon overlay: polls the campaign total every 15 s.
const CAMPAIGN_ID = "2f0e0d3a-6b71-4f0c-9a55-1d2b6c4e7f80";
const TILTIFY_TOKEN = "<<tok>>";

export interface CampaignTotal {
  amount: number;
  goal: number;
  currency: string;
}

export async function fetchTotal(): Promise<CampaignTotal> {
  const res = await fetch(`https://v5api.tiltify.com/api/public/campaigns/${CAMPAIGN_ID}`, {
    headers: { Authorization: `Bearer ${TILTIFY_TOKEN}` },
  });
  if (!res.ok) throw new Error(`tiltify ${res.status}`);
  const { data } = await res.json();
  return {
    amount: Number(data.amount_raised.value),
    goal: Number(data.goal.value),
    currency: data.goal.currency,
  };
}
""", tok=_v), _v, "Tiltify API v5 docs: Bearer access tokens, GET /api/public/campaigns/{id}")

_v = twitch_token()
secret("csharp", "twitch-oauth-token", "bots/PredictionBot/Program.cs", fill("""\
using System;
using TwitchLib.Client;
using TwitchLib.Client.Models;
using TwitchLib.Communication.Clients;
using TwitchLib.Communication.Models;

namespace PredictionBot
{
    internal static class Program
    {
        private const string BotUser = "titanleague_predict";
        private const string Channel = "titanleague";

        private static void Main()
        {
            var credentials = new ConnectionCredentials(BotUser, "<<tok>>");
            var ws = new WebSocketClient(new ClientOptions { MessagesAllowedInPeriod = 100 });
            var client = new TwitchClient(ws);
            client.Initialize(credentials, Channel);
            client.OnMessageReceived += (s, e) =>
            {
                if (e.ChatMessage.Message.StartsWith("!pick "))
                {
                    Predictions.Record(e.ChatMessage.UserId, e.ChatMessage.Message.Substring(6));
                }
            };
            client.Connect();
            Console.WriteLine("Prediction bot running. Press enter to quit.");
            Console.ReadLine();
        }
    }
}
""", tok=_v), _v, "TwitchLib.Client README: ConnectionCredentials(username, accessToken)")

_v = discord_token()
secret("ruby", "discord-bot-token", "bots/casterbot/bot.rb", fill("""\
require 'discordrb'

bot = Discordrb::Commands::CommandBot.new(
  token: '<<tok>>',
  client_id: 1_102_938_475_610_293_847,
  prefix: '!'
)

CASTERS = %w[kestrel_cast nova_vox deadeye_dan].freeze

bot.command(:lineup, description: 'Caster lineup for today') do |event|
  event.respond "On the desk today: #{CASTERS.join(', ')}"
end

bot.command(:delay) do |event, minutes|
  event.respond "Stream delay set to #{minutes.to_i} minutes for competitive integrity."
end

bot.run
""", tok=_v), _v, "discordrb README: Discordrb::Commands::CommandBot.new(token:, client_id:, prefix:)")

# ---------------------------------------------------------------------------------------------
# Game publisher APIs, bracket platforms and e-sports data
# ---------------------------------------------------------------------------------------------

_v = riot_key()
secret("python", "riot-api-key", "stats/riot/pull_matches.py", fill("""\
import time

import requests

RIOT_API_KEY = "<<key>>"
REGION = "europe"
HEADERS = {"X-Riot-Token": RIOT_API_KEY}


def match_ids(puuid: str, count: int = 20) -> list[str]:
    url = f"https://{REGION}.api.riotgames.com/lol/match/v5/matches/by-puuid/{puuid}/ids"
    resp = requests.get(url, headers=HEADERS, params={"queue": 420, "count": count}, timeout=10)
    resp.raise_for_status()
    return resp.json()


def match(match_id: str) -> dict:
    for attempt in range(5):
        resp = requests.get(f"https://{REGION}.api.riotgames.com/lol/match/v5/matches/{match_id}",
                            headers=HEADERS, timeout=10)
        if resp.status_code == 429:
            time.sleep(int(resp.headers.get("Retry-After", 2 ** attempt)))
            continue
        resp.raise_for_status()
        return resp.json()
    raise RuntimeError(f"rate limited on {match_id}")
""", key=_v), _v, "Riot Developer Portal: API keys (RGAPI-...), X-Riot-Token header, MATCH-V5")

_v = riot_key()
secret("env", "riot-api-key", "stats/.env", fill("""\
# stats pipeline local env
RIOT_API_KEY=<<key>>
RIOT_PLATFORM=euw1
RIOT_REGION=europe
WAREHOUSE_DSN=postgresql://stats@localhost:5432/stats
SCHEDULE_CRON=*/15 * * * *
LOG_LEVEL=info
""", key=_v), _v, "Riot Developer Portal: personal/production API keys")

_v = riot_key()
secret("r", "riot-api-key", "analysis/scouting/valorant_scouting.R", fill("""\
library(httr)
library(jsonlite)
library(dplyr)

# Scouting report for the opponent's last 20 matches
api_key <- "<<key>>"
shard <- "eu"

get_match <- function(match_id) {
  res <- GET(
    sprintf("https://%s.api.riotgames.com/val/match/v1/matches/%s", shard, match_id),
    add_headers(`X-Riot-Token` = api_key)
  )
  stop_for_status(res)
  fromJSON(content(res, as = "text", encoding = "UTF-8"), simplifyVector = FALSE)
}

opponent_matches <- readLines("data/opponent_match_ids.txt")
rounds <- lapply(opponent_matches, function(m) get_match(m)$roundResults)

site_summary <- bind_rows(lapply(unlist(rounds, recursive = FALSE), function(r) {
  data.frame(site = r$plantSite %||% NA, winner = r$winningTeam, stringsAsFactors = FALSE)
})) %>% count(site, winner)

print(site_summary)
""", key=_v), _v, "Riot Developer Portal: VAL-MATCH-V1; httr add_headers")

_v = uhex(32)
secret("php", "steam-web-api-key", "site/includes/steam_login.php", fill("""\
<?php
// Sign-in through Steam for the amateur cup registration page.
require_once __DIR__ . '/openid.php';

const STEAM_API_KEY = '<<key>>';
const RETURN_URL = 'https://cup.striker-league.eu/login/steam/callback';

function steam_profile(string $steamId64): ?array
{
    $url = sprintf(
        'https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v0002/?key=%s&steamids=%s',
        STEAM_API_KEY,
        urlencode($steamId64)
    );
    $json = @file_get_contents($url);
    if ($json === false) {
        return null;
    }
    $data = json_decode($json, true);
    return $data['response']['players'][0] ?? null;
}

function steam_login_url(): string
{
    $openid = new LightOpenID('cup.striker-league.eu');
    $openid->identity = 'https://steamcommunity.com/openid';
    $openid->returnUrl = RETURN_URL;
    return $openid->authUrl();
}
""", key=_v), _v, "Steam Web API: ISteamUser/GetPlayerSummaries with key parameter")

_v = uhex(32)
secret("json", "steam-web-api-key", "backend/Lynx.Api/appsettings.json", fill("""\
{
  "ConnectionStrings": {
    "Default": "Server=sql.lynx.local;Database=LynxLeague;Trusted_Connection=True;TrustServerCertificate=True"
  },
  "Steam": {
    "WebApiKey": "<<key>>",
    "OpenIdRealm": "https://league.lynx.gg",
    "AppIds": [730, 570, 252490]
  },
  "Serilog": {
    "MinimumLevel": "Information",
    "WriteTo": [{ "Name": "Console" }]
  },
  "AllowedHosts": "*"
}
""", key=_v), _v, "Steamworks Web API overview: user Web API keys")

_v = uhex(32)
secret("gitlab-ci", "steam-publisher-key", ".gitlab-ci.yml", fill("""\
stages:
  - build
  - leaderboard-sync

variables:
  STEAM_APPID: "2213570"
  STEAM_PUBLISHER_KEY: "<<key>>"

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

sync-leaderboards:
  stage: leaderboard-sync
  image: curlimages/curl:8.6.0
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
  script:
    - >
      curl -sf "https://partner.steam-api.com/ISteamLeaderboards/GetLeaderboardsForGame/v2/?key=${STEAM_PUBLISHER_KEY}&appid=${STEAM_APPID}"
      -o leaderboards.json
    - node dist/sync-leaderboards.js leaderboards.json
""", key=_v), _v, "Steamworks docs: Web API publisher keys (partner.steam-api.com)")

_cid, _v = hexs(32), draw(32)
secret("python", "battlenet-client-secret", "stats/blizzard/ow_stats.py", fill("""\
from requests_oauthlib import OAuth2Session
from oauthlib.oauth2 import BackendApplicationClient

BNET_CLIENT_ID = "<<cid>>"
BNET_CLIENT_SECRET = "<<sec>>"
TOKEN_URL = "https://oauth.battle.net/token"

client = BackendApplicationClient(client_id=BNET_CLIENT_ID)
session = OAuth2Session(client=client)
session.fetch_token(token_url=TOKEN_URL, client_id=BNET_CLIENT_ID, client_secret=BNET_CLIENT_SECRET)


def wow_realm_status(slug: str, region: str = "eu") -> dict:
    resp = session.get(
        f"https://{region}.api.blizzard.com/data/wow/realm/{slug}",
        params={"namespace": f"dynamic-{region}", "locale": "en_GB"},
    )
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    print(wow_realm_status("silvermoon")["name"])
""", cid=_cid, sec=_v), _v, "Blizzard Battle.net Developer Portal: Using OAuth, client credentials flow")

_v = draw(32)
secret("yaml", "battlenet-client-secret", "services/mythic-tracker/config/production.yaml", fill("""\
server:
  port: 8080
  base_path: /mplus

battlenet:
  region: eu
  client_id: 7e1c4f0a92b84d36a5f0c1e2d3b4a596
  client_secret: <<sec>>
  token_url: https://oauth.battle.net/token
  namespace_profile: profile-eu
  locale: en_GB

roster:
  guild: phoenix-rising
  realm: tarren-mill

cache:
  ttl_seconds: 600
""", sec=_v), _v, "Blizzard Battle.net Developer Portal: client credentials")

_v = uuid_s()
secret("python", "faceit-api-key", "stats/faceit/elo_tracker.py", fill("""\
import csv
import datetime as dt

import requests

FACEIT_API_KEY = "<<key>>"
BASE = "https://open.faceit.com/data/v4"
ROSTER = {
    "kestrel": "b3a1e5f2-7c94-4d0b-8e21-6a9f0c3d2b1e",
    "onyx": "e9d8c7b6-a5f4-4e3d-92c1-b0a9f8e7d6c5",
    "glacier": "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b",
}


def elo(player_id: str) -> int:
    resp = requests.get(f"{BASE}/players/{player_id}",
                        headers={"Authorization": f"Bearer {FACEIT_API_KEY}"}, timeout=10)
    resp.raise_for_status()
    return resp.json()["games"]["cs2"]["faceit_elo"]


with open("elo_history.csv", "a", newline="") as fh:
    writer = csv.writer(fh)
    today = dt.date.today().isoformat()
    for nick, pid in ROSTER.items():
        writer.writerow([today, nick, elo(pid)])
""", key=_v), _v, "FACEIT Developer docs: Data API v4, server-side API key as Bearer")

_v = hexs(32)
secret("javascript", "startgg-token", "bots/checkin-bot/src/startgg.js", fill("""\
const ENDPOINT = "https://api.start.gg/gql/alpha";
const STARTGG_TOKEN = "<<tok>>";

const EVENT_ENTRANTS = `
  query EventEntrants($slug: String!, $page: Int!) {
    event(slug: $slug) {
      id
      name
      entrants(query: { page: $page, perPage: 64 }) {
        pageInfo { totalPages }
        nodes { id name participants { gamerTag } }
      }
    }
  }
`;

export async function entrants(slug) {
  const out = [];
  for (let page = 1; page <= 50; page++) {
    const res = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${STARTGG_TOKEN}` },
      body: JSON.stringify({ query: EVENT_ENTRANTS, variables: { slug, page } }),
    });
    const { data } = await res.json();
    out.push(...data.event.entrants.nodes);
    if (page >= data.event.entrants.pageInfo.totalPages) break;
  }
  return out;
}
""", tok=_v), _v, "start.gg developer docs: Authentication (Bearer token from Developer Settings)")

_v = draw(40)
secret("ruby", "challonge-api-key", "tools/challonge/sync_brackets.rb", fill("""\
#!/usr/bin/env ruby
# Mirror our Challonge brackets into the league DB every 5 minutes (cron).
require 'net/http'
require 'json'
require 'uri'

CHALLONGE_USER = 'zenith_events'
CHALLONGE_API_KEY = '<<key>>'
TOURNAMENTS = %w[zenith_weekly_87 zenith_weekly_88 zenith_ladies_cup_4].freeze

def fetch(path)
  uri = URI("https://api.challonge.com/v1/#{path}.json")
  req = Net::HTTP::Get.new(uri)
  req.basic_auth(CHALLONGE_USER, CHALLONGE_API_KEY)
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
  raise "challonge #{res.code}" unless res.is_a?(Net::HTTPSuccess)

  JSON.parse(res.body)
end

TOURNAMENTS.each do |slug|
  matches = fetch("tournaments/#{slug}/matches")
  open_matches = matches.count { |m| m['match']['state'] == 'open' }
  puts "#{slug}: #{matches.size} matches, #{open_matches} open"
end
""", key=_v), _v, "Challonge API v1 docs: authentication with username and API key (HTTP Basic)")

_key, _v = draw(43, B64URL), draw(48, ALNUM)
secret("php", "toornament-client-secret", "site/config/toornament.php", fill("""\
<?php

return [
    'base_url' => 'https://api.toornament.com/organizer/v2',
    'api_key' => '<<key>>',
    'client_id' => '5e8b2c1a9f0d4e7b6a3c2d1e0f9a8b7c6d5e4f3a',
    'client_secret' => '<<sec>>',
    'scopes' => ['organizer:view', 'organizer:result', 'organizer:participant'],
    'tournament_ids' => [
        'spring' => '6543210987654321',
        'summer' => '6543210987654399',
    ],
];
""", key=_key, sec=_v), _v, "Toornament API docs: Authentication (X-Api-Key plus OAuth2 client credentials)")

_v = draw(50, B64URL)
secret("go", "pandascore-token", "stats/pandascore/client.go", fill("""\
package pandascore

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL = "https://api.pandascore.co"
	token   = "<<tok>>"
)

type Match struct {
	ID          int       `json:"id"`
	Name        string    `json:"name"`
	BeginAt     time.Time `json:"begin_at"`
	NumberOfGames int     `json:"number_of_games"`
}

var httpClient = &http.Client{Timeout: 15 * time.Second}

func Upcoming(ctx context.Context, game string) ([]Match, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet,
		fmt.Sprintf("%s/%s/matches/upcoming?per_page=50", baseURL, game), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []Match
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
""", tok=_v), _v, "PandaScore API docs: Authentication (Bearer token)")

_v = draw(40)
secret("kotlin", "grid-api-key", "stats/grid-ingest/src/main/kotlin/gg/titan/grid/GridClient.kt", fill("""\
package gg.titan.grid

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType

class GridClient(private val http: HttpClient) {
    companion object {
        private const val CENTRAL_DATA = "https://api-op.grid.gg/central-data/graphql"
        private const val API_KEY = "<<key>>"
    }

    suspend fun seriesForTournament(tournamentId: String): String =
        http.post(CENTRAL_DATA) {
            header("x-api-key", API_KEY)
            contentType(ContentType.Application.Json)
            setBody(
                \"\"\"{"query":"{ allSeries(filter:{tournamentId:$tournamentId}) { edges { node { id startTimeScheduled } } } }"}\"\"\"
            )
        }.body()
}
""", key=_v), _v, "GRID Open Access docs: x-api-key header for the Central Data API")

_id, _v = uuid_s(), b64(draw(48))
secret("python", "mux-token-secret", "services/vod-archive/mux_upload.py", fill("""\
import mux_python

configuration = mux_python.Configuration()
configuration.username = "<<tid>>"
configuration.password = "<<sec>>"

assets_api = mux_python.AssetsApi(mux_python.ApiClient(configuration))


def archive_vod(source_url: str, match_id: str):
    req = mux_python.CreateAssetRequest(
        input=[mux_python.InputSettings(url=source_url)],
        playback_policy=[mux_python.PlaybackPolicy.PUBLIC],
        passthrough=match_id,
        mp4_support="standard",
    )
    asset = assets_api.create_asset(req)
    return asset.data.id, asset.data.playback_ids[0].id
""", tid=_id, sec=_v), _v, "Mux docs: API access tokens (token ID as username, token secret as password)")

# ---------------------------------------------------------------------------------------------
# Merch stores, sponsorship, payments, notifications and socials
# ---------------------------------------------------------------------------------------------

_v = stripe("sk_live_")
secret("javascript", "stripe-secret-key", "merch/server/checkout.js", fill("""\
const express = require("express");
const Stripe = require("stripe");

const stripe = Stripe("<<key>>", { apiVersion: "2023-10-16" });
const router = express.Router();

const JERSEY_PRICES = {
  "jersey-2024-home": "price_1OqKx2LmN3oP4qR5sT6uV7wX",
  "jersey-2024-away": "price_1OqKy8LmN3oP4qR5aB1cD2eF",
  "hoodie-comet": "price_1OqKzALmN3oP4qR5gH3iJ4kL",
};

router.post("/checkout", async (req, res) => {
  const { sku, size, playerName } = req.body;
  const price = JERSEY_PRICES[sku];
  if (!price) return res.status(400).json({ error: "unknown sku" });
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price, quantity: 1 }],
    metadata: { size, playerName: (playerName || "").slice(0, 12) },
    shipping_address_collection: { allowed_countries: ["DE", "FR", "GB", "SE", "PL", "NL"] },
    success_url: "https://store.cometesports.gg/thanks?session={CHECKOUT_SESSION_ID}",
    cancel_url: "https://store.cometesports.gg/cart",
  });
  res.json({ url: session.url });
});

module.exports = router;
""", key=_v), _v, "Stripe API reference: Authentication (secret keys sk_live_), Checkout Sessions")

_v = "whsec_" + draw(32)
secret("env", "stripe-webhook-secret", "merch/.env.production", fill("""\
NODE_ENV=production
PORT=3000
PUBLIC_URL=https://store.cometesports.gg
STRIPE_PUBLISHABLE_KEY=pk_live_51OqKwXLmN3oP4qR5publishableOnlyKey0000
STRIPE_WEBHOOK_SECRET=<<sec>>
PRINTFUL_STORE_ID=12874431
SESSION_COOKIE_NAME=comet_store
""", sec=_v), _v, "Stripe docs: Check the webhook signatures (endpoint secret whsec_)")

_v = stripe("rk_live_")
secret("terraform", "stripe-restricted-key", "infra/merch/lambda.tf", fill("""\
resource "aws_lambda_function" "order_sync" {
  function_name = "merch-order-sync"
  role          = aws_iam_role.order_sync.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "${path.module}/build/order-sync.zip"
  timeout       = 60

  environment {
    variables = {
      STRIPE_KEY        = "<<key>>"
      SHEET_ID          = "1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX3yZ4a5b6"
      SLACK_CHANNEL     = "#merch-orders"
      FULFILMENT_REGION = "eu"
    }
  }
}

resource "aws_cloudwatch_event_rule" "every_15m" {
  name                = "merch-order-sync-15m"
  schedule_expression = "rate(15 minutes)"
}
""", key=_v), _v, "Stripe docs: Restricted API keys (rk_live_)")

_v = "shpat_" + hexs(32)
secret("ruby", "shopify-admin-token", "merch/scripts/restock_alert.rb", fill("""\
require 'shopify_api'

ShopifyAPI::Context.setup(
  api_key: 'unused-for-custom-app',
  api_secret_key: 'unused-for-custom-app',
  host: 'https://titan-league-store.myshopify.com',
  scope: 'read_products,read_inventory',
  is_embedded: false,
  api_version: '2024-01',
  is_private: true
)

session = ShopifyAPI::Auth::Session.new(
  shop: 'titan-league-store.myshopify.com',
  access_token: '<<tok>>'
)

client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
products = client.get(path: 'products', query: { limit: 250, fields: 'id,title,variants' }).body['products']

products.each do |product|
  product['variants'].each do |variant|
    next if variant['inventory_quantity'].to_i > 5

    puts "LOW STOCK: #{product['title']} / #{variant['title']} (#{variant['inventory_quantity']})"
  end
end
""", tok=_v), _v, "Shopify docs: Custom apps Admin API access token (shpat_)")

_v = "shpss_" + hexs(32)
secret("env", "shopify-shared-secret", "merch/shopify-app/.env", fill("""\
SHOPIFY_API_KEY=3c1f7a9e0b2d4c6e8f0a1b3c5d7e9f20
SHOPIFY_API_SECRET=<<sec>>
SCOPES=write_products,read_orders,write_fulfillments
HOST=https://merch-sync.titanleague.gg
SHOP=titan-league-store.myshopify.com
""", sec=_v), _v, "Shopify docs: App credentials (API secret key shpss_ for HMAC verification)")

_v = "E" + draw(79, B64URL)
secret("php", "paypal-client-secret", "merch/wp-content/plugins/havoc-donations/config.php", fill("""\
<?php
/**
 * Havoc Gaming - donation and sponsorship checkout (PayPal REST)
 */
if (!defined('ABSPATH')) {
    exit;
}

define('HAVOC_PAYPAL_MODE', 'live');
define('HAVOC_PAYPAL_CLIENT_ID', 'AeXk3pQz9LmN2oP4qR5sT6uV7wX8yZ0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4cD5e');
define('HAVOC_PAYPAL_SECRET', '<<sec>>');
define('HAVOC_PAYPAL_API', 'https://api-m.paypal.com');

function havoc_paypal_token(): string
{
    $response = wp_remote_post(HAVOC_PAYPAL_API . '/v1/oauth2/token', [
        'headers' => [
            'Authorization' => 'Basic ' . base64_encode(HAVOC_PAYPAL_CLIENT_ID . ':' . HAVOC_PAYPAL_SECRET),
        ],
        'body' => ['grant_type' => 'client_credentials'],
    ]);
    $body = json_decode(wp_remote_retrieve_body($response), true);
    return $body['access_token'] ?? '';
}
""", sec=_v), _v, "PayPal Developer docs: Get client ID and client secret; OAuth 2.0 client credentials")

_v = draw(40)
secret("python", "printful-token", "merch/fulfilment/printful_sync.py", fill("""\
\"\"\"Create a Printful order for every paid Stripe checkout that has no fulfilment yet.\"\"\"
import requests

PRINTFUL_TOKEN = "<<tok>>"
PRINTFUL = requests.Session()
PRINTFUL.headers.update({"Authorization": f"Bearer {PRINTFUL_TOKEN}", "X-PF-Store-Id": "12874431"})

VARIANTS = {("jersey-2024-home", "M"): 4012, ("jersey-2024-home", "L"): 4013, ("hoodie-comet", "L"): 5531}


def create_order(checkout: dict) -> int:
    addr = checkout["shipping_details"]["address"]
    sku, size = checkout["metadata"]["sku"], checkout["metadata"]["size"]
    payload = {
        "recipient": {
            "name": checkout["shipping_details"]["name"],
            "address1": addr["line1"],
            "city": addr["city"],
            "country_code": addr["country"],
            "zip": addr["postal_code"],
        },
        "items": [{"sync_variant_id": VARIANTS[(sku, size)], "quantity": 1}],
        "external_id": checkout["id"][-32:],
    }
    resp = PRINTFUL.post("https://api.printful.com/orders", json=payload, timeout=20)
    resp.raise_for_status()
    return resp.json()["result"]["id"]
""", tok=_v), _v, "Printful API docs: Authorization with private tokens (Bearer)")

_v = hexs(40)
secret("yaml", "tebex-secret", "servers/minecraft/lobby/plugins/Tebex/config.yml", fill("""\
# Tebex plugin configuration
# The secret key can be found in your Tebex control panel under Game Servers
secret: "<<sec>>"
build-purchase-command: true
check-for-updates: true
verbose: false
buycommand:
  enabled: true
  command: buy
proxy-mode: false
""", sec=_v), _v, "Tebex docs: Minecraft plugin setup (tebex secret <key>, config.yml secret)")

_v = hexs(32) + "-us14"
secret("python", "mailchimp-key", "marketing/newsletter/sync_supporters.py", fill("""\
import hashlib

import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "<<key>>", "server": "us14"})
LIST_ID = "a1b2c3d4e5"


def upsert_supporter(email: str, first_name: str, tier: str) -> None:
    subscriber_hash = hashlib.md5(email.lower().encode()).hexdigest()
    client.lists.set_list_member(LIST_ID, subscriber_hash, {
        "email_address": email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": first_name, "TIER": tier},
        "tags": ["supporter-club"],
    })
""", key=_v), _v, "Mailchimp Marketing API docs: Quick start (api_key with -usN data centre suffix)")

_v = "SG." + draw(22, B64URL) + "." + draw(43, B64URL)
secret("env", "sendgrid-key", "ticketing/.env", fill("""\
APP_NAME="Zenith LAN Tickets"
APP_URL=https://tickets.zenith-lan.eu
MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_PORT=587
MAIL_USERNAME=apikey
MAIL_PASSWORD=<<key>>
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS=tickets@zenith-lan.eu
QUEUE_CONNECTION=redis
""", key=_v), _v, "Twilio SendGrid docs: Integrating with SMTP (username apikey, password = API key)")

_v = slack_webhook()
secret("yaml", "slack-webhook", "monitoring/alertmanager/alertmanager.yml", fill("""\
global:
  resolve_timeout: 5m
  slack_api_url: '<<hook>>'

route:
  receiver: match-ops
  group_by: [alertname, server]
  group_wait: 15s
  group_interval: 2m
  repeat_interval: 1h
  routes:
    - matchers: [severity="page"]
      receiver: match-ops-page

receivers:
  - name: match-ops
    slack_configs:
      - channel: '#match-ops'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} on {{ .CommonLabels.server }}'
  - name: match-ops-page
    slack_configs:
      - channel: '#match-ops-urgent'
        send_resolved: true
""", hook=_v), _v, "Prometheus Alertmanager configuration: slack_api_url; Slack incoming webhooks")

_v = slack_bot()
secret("python", "slack-bot-token", "ops/slackbot/server_status.py", fill("""\
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from .rcon import query_status

app = App(token="<<tok>>")
SERVERS = {"m1": "10.20.1.11:27015", "m2": "10.20.1.12:27015", "m3": "10.20.1.13:27015"}


@app.command("/servers")
def servers(ack, respond):
    ack()
    lines = []
    for name, addr in SERVERS.items():
        st = query_status(addr)
        lines.append(f"*{name}* `{addr}` {st.map} {st.players}/{st.max_players} {st.score}")
    respond("\\n".join(lines))


if __name__ == "__main__":
    SocketModeHandler(app, app_token=__import__("os").environ["SLACK_APP_TOKEN"]).start()
""", tok=_v), _v, "Slack Bolt for Python: App(token=xoxb-...)")

_v = telegram_token()
secret("python", "telegram-bot-token", "bots/telegram/match_alerts.py", fill("""\
import requests

BOT_TOKEN = "<<tok>>"
CHAT_ID = -1001928374650


def send(text: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML", "disable_web_page_preview": True},
        timeout=10,
    ).raise_for_status()


def match_live(team_a: str, team_b: str, stream: str) -> None:
    send(f"<b>LIVE</b>: {team_a} vs {team_b}\\n{stream}")


if __name__ == "__main__":
    match_live("Phoenix", "Glacier Academy", "https://twitch.tv/phoenixgg")
""", tok=_v), _v, "Telegram Bot API: Authorizing your bot (https://api.telegram.org/bot<token>/METHOD)")

_v = "AAAAAAAAAAAAAAAAAAAAA" + draw(20) + "%2B" + draw(14) + "%2F" + draw(20) + "%3D" + draw(50)
secret("javascript", "twitter-bearer-token", "marketing/social/post_result.mjs", fill("""\
// Posts the final score graphic text to X after each series
const BEARER = "<<tok>>";

export async function recentMentions(handle) {
  const q = encodeURIComponent(`@${handle} -is:retweet`);
  const res = await fetch(`https://api.twitter.com/2/tweets/search/recent?query=${q}&max_results=50`, {
    headers: { Authorization: `Bearer ${BEARER}` },
  });
  if (!res.ok) throw new Error(`x api ${res.status}`);
  return (await res.json()).data ?? [];
}

export async function topFanReplies(handle, n = 5) {
  const tweets = await recentMentions(handle);
  return tweets.slice(0, n).map((t) => t.text);
}
""", tok=_v), _v, "X (Twitter) API v2 docs: App-only bearer token authentication")

_v = "EAA" + draw(180)
secret("python", "facebook-page-token", "marketing/social/ig_schedule.py", fill("""\
import datetime as dt

import requests

GRAPH = "https://graph.facebook.com/v19.0"
IG_USER_ID = "17841405822304914"
PAGE_ACCESS_TOKEN = (
    "<<tok>>"
)


def schedule_post(image_url: str, caption: str) -> str:
    container = requests.post(f"{GRAPH}/{IG_USER_ID}/media", data={
        "image_url": image_url,
        "caption": caption,
        "access_token": PAGE_ACCESS_TOKEN,
    }, timeout=30).json()
    published = requests.post(f"{GRAPH}/{IG_USER_ID}/media_publish", data={
        "creation_id": container["id"],
        "access_token": PAGE_ACCESS_TOKEN,
    }, timeout=30).json()
    return published["id"]


if __name__ == "__main__":
    print(dt.datetime.now(), schedule_post("https://cdn.cometesports.gg/matchday/w12.png", "Matchday 12 #CometUp"))
""", tok=_v), _v, "Meta Graph API: Instagram content publishing with a Page access token (EAA...)")

_v = "sk-proj-" + draw(74, B64URL) + "T3BlbkFJ" + draw(74, B64URL)
secret("python", "openai-key", "bots/modbot/toxicity.py", fill("""\
from openai import OpenAI

client = OpenAI(api_key="<<key>>")

THRESHOLD = 0.7


def should_timeout(message: str) -> bool:
    result = client.moderations.create(model="omni-moderation-latest", input=message).results[0]
    scores = result.category_scores
    return result.flagged or max(scores.harassment, scores.hate, scores.violence) > THRESHOLD
""", key=_v), _v, "OpenAI API reference: Authentication, Moderations endpoint")

_sid, _v = "AC" + hexs(32), hexs(32)
secret("python", "twilio-auth-token", "ticketing/checkin/sms.py", fill("""\
from twilio.rest import Client

ACCOUNT_SID = "<<sid>>"
AUTH_TOKEN = "<<tok>>"
FROM = "+447700900123"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind_checkin(phone: str, team: str, slot: str) -> None:
    client.messages.create(
        to=phone,
        from_=FROM,
        body=f"Zenith LAN: {team}, check-in for your {slot} match closes in 15 minutes at the admin desk.",
    )
""", sid=_sid, tok=_v), _v, "Twilio docs: Auth tokens (Account SID + Auth Token), Messages resource")

_app, _v = str(_rng().randint(1_000_000, 1_999_999)), hexs(20)
secret("javascript", "pusher-secret", "site/server/live-bracket.js", fill("""\
const Pusher = require("pusher");

// Pushes bracket updates to the live bracket page as results come in.
const pusher = new Pusher({
  appId: "<<app>>",
  key: "9f3e1c7a5b2d4e6f8a0b",
  secret: "<<sec>>",
  cluster: "eu",
  useTLS: true,
});

async function publishResult(bracketId, match) {
  await pusher.trigger(`bracket-${bracketId}`, "match-updated", {
    id: match.id,
    round: match.round,
    scores: [match.scoreA, match.scoreB],
    winner: match.winnerId,
  });
}

module.exports = { publishResult };
""", app=_app, sec=_v), _v, "Pusher Channels docs: Server API (appId, key, secret, cluster)")

_v = draw(6) + "." + draw(6) + ":" + draw(43, B64URL)
secret("typescript", "ably-api-key", "overlays/scoreboard/server/realtime.ts", fill("""\
import Ably from "ably";

// Server side only: mints token requests for the browser overlays.
const ably = new Ably.Rest({ key: "<<key>>" });

export async function overlayToken(overlayId: string) {
  return ably.auth.createTokenRequest({
    clientId: `overlay-${overlayId}`,
    capability: { "scoreboard:*": ["subscribe"] },
    ttl: 6 * 60 * 60 * 1000,
  });
}

export async function pushScore(matchId: string, a: number, b: number) {
  await ably.channels.get(`scoreboard:${matchId}`).publish("score", { a, b, at: Date.now() });
}
""", key=_v), _v, "Ably docs: API key format appId.keyId:keySecret, Token requests")

_v = hexs(32)
secret("javascript", "algolia-admin-key", "site/scripts/index-players.js", fill("""\
// Rebuild the player search index from the stats warehouse export
const algoliasearch = require("algoliasearch");
const players = require("../data/players.json");

const client = algoliasearch("XK4P9QZ2RT", "<<key>>");
const index = client.initIndex("players");

(async () => {
  await index.setSettings({
    searchableAttributes: ["nickname", "realName", "team"],
    customRanking: ["desc(rating)"],
  });
  const records = players.map((p) => ({ objectID: String(p.steamId), ...p }));
  const { objectIDs } = await index.replaceAllObjects(records, { safe: true });
  console.log(`indexed ${objectIDs.length} players`);
})();
""", key=_v), _v, "Algolia docs: API keys (Admin API key must stay secret)")

_v = "AAAA" + draw(7, B64URL) + ":APA91b" + draw(134, B64URL)
secret("properties", "fcm-server-key", "backend/notifications/src/main/resources/application-prod.properties", fill("""\
spring.application.name=match-notifications
server.port=8085
spring.datasource.url=jdbc:postgresql://pg.internal:5432/notify
spring.datasource.username=notify
spring.datasource.password=${NOTIFY_DB_PASSWORD}
fcm.endpoint=https://fcm.googleapis.com/fcm/send
fcm.server-key=<<key>>
fcm.topic.match-start=/topics/match_start
fcm.topic.roster-news=/topics/roster_news
""", key=_v), _v, "Firebase Cloud Messaging legacy HTTP protocol: Authorization key=<server key>")

# ---------------------------------------------------------------------------------------------
# Player stats pipelines, infrastructure and operations
# ---------------------------------------------------------------------------------------------

_kid, _v = aws_key_id(), aws_secret()
secret("ini", "aws-secret-key", "stats/deploy/aws/credentials", fill("""\
[default]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<sec>>
region = eu-west-1

[demos-archive]
role_arn = arn:aws:iam::418273645091:role/demo-archive-writer
source_profile = default
""", kid=_kid, sec=_v), _v, "AWS CLI docs: Configuration and credential file settings")

_kid, _v = aws_key_id(), aws_secret()
secret("terraform", "aws-secret-key", "infra/stats/providers.tf", fill("""\
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
  backend "s3" {
    bucket = "titan-esports-tfstate"
    key    = "stats/terraform.tfstate"
    region = "eu-central-1"
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "<<kid>>"
  secret_key = "<<sec>>"

  default_tags {
    tags = {
      team    = "data"
      project = "player-stats"
    }
  }
}
""", kid=_kid, sec=_v), _v, "Terraform AWS provider docs: static credentials (access_key, secret_key)")

_kid, _sec, _v = aws_key_id("ASIA"), aws_secret(), aws_session_token()
secret("shell-history", "aws-session-token", "ops/notes/bash_history_demo_restore.txt", fill("""\
cd ~/work/demo-archive
aws sts get-caller-identity
export AWS_ACCESS_KEY_ID=<<kid>>
export AWS_SECRET_ACCESS_KEY=<<sec>>
export AWS_SESSION_TOKEN=<<tok>>
aws s3 ls s3://nova-demo-archive/2024/spring-split/ | tail
aws s3 cp s3://nova-demo-archive/2024/spring-split/w07/m3_de_ancient.dem.zst .
zstd -d m3_de_ancient.dem.zst
python3 parse_demo.py m3_de_ancient.dem --out rounds.csv
""", kid=_kid, sec=_sec, tok=_v), _v, "AWS CLI docs: environment variables (AWS_SESSION_TOKEN); AWS STS temporary credentials")

_body = pem_body("PRIVATE KEY", 14)
_pk = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(_body) + "\\n-----END PRIVATE KEY-----\\n"
_v = _body[2]
secret("json", "gcp-service-account", "stats/bigquery/sa-stats-loader.json", fill("""\
{
  "type": "service_account",
  "project_id": "phoenix-player-stats",
  "private_key_id": "<<kid>>",
  "private_key": "<<pk>>",
  "client_email": "stats-loader@phoenix-player-stats.iam.gserviceaccount.com",
  "client_id": "104729384756102938475",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/stats-loader%40phoenix-player-stats.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), pk=_pk), _v, "Google Cloud IAM docs: service account key JSON (private_key)")

_v = pw_url(24)
secret("yaml", "postgres-password", "stats/airflow/docker-compose.override.yml", fill("""\
services:
  airflow-scheduler:
    environment:
      AIRFLOW_CONN_STATS_WAREHOUSE: "postgresql://etl_writer:<<pw>>@warehouse.stats.internal:5432/stats?sslmode=require"
      AIRFLOW_VAR_RIOT_PLATFORMS: "euw1,eun1,kr"
      AIRFLOW__CORE__PARALLELISM: "16"
  airflow-worker:
    environment:
      AIRFLOW_CONN_STATS_WAREHOUSE: "postgresql://etl_writer:<<pw>>@warehouse.stats.internal:5432/stats?sslmode=require"
      AIRFLOW__CELERY__WORKER_CONCURRENCY: "8"
""", pw=_v), _v, "Apache Airflow docs: Storing connections in environment variables (AIRFLOW_CONN_*)")

_v = pw_rand(20, "")
secret("xml", "clickhouse-password", "stats/clickhouse/users.d/ingest.xml", fill("""\
<clickhouse>
    <users>
        <ingest>
            <password><<pw>></password>
            <networks>
                <ip>10.30.0.0/16</ip>
            </networks>
            <profile>default</profile>
            <quota>default</quota>
            <access_management>0</access_management>
            <grants>
                <query>GRANT INSERT, SELECT ON stats.*</query>
            </grants>
        </ingest>
    </users>
</clickhouse>
""", pw=_v), _v, "ClickHouse docs: Settings users.xml (password element)")

_key, _v = draw(16, UPPER_ALNUM), draw(64, B64)
secret("properties", "kafka-sasl-secret", "stats/kafka-consumers/src/main/resources/consumer.properties", fill("""\
bootstrap.servers=pkc-4nyp6.eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="<<key>>" password="<<sec>>";
group.id=round-events-aggregator
auto.offset.reset=earliest
enable.auto.commit=false
key.deserializer=org.apache.kafka.common.serialization.StringDeserializer
value.deserializer=io.confluent.kafka.serializers.KafkaAvroDeserializer
schema.registry.url=https://psrc-8kz20.eu-central-1.aws.confluent.cloud
""", key=_key, sec=_v), _v, "Confluent Cloud docs: Configure clients (SASL/PLAIN with API key and secret)")

_v = pw_url(26)
secret("python", "redis-password", "matchmaking/queue/celeryconfig.py", fill("""\
# Celery settings for the matchmaking / lobby worker pool
broker_url = "rediss://:<<pw>>@mm-redis.titan.internal:6380/0?ssl_cert_reqs=required"
result_backend = "rediss://:<<pw>>@mm-redis.titan.internal:6380/1?ssl_cert_reqs=required"
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Berlin"
task_routes = {
    "queue.tasks.find_match": {"queue": "mm-high"},
    "queue.tasks.spin_server": {"queue": "servers"},
}
worker_prefetch_multiplier = 1
""", pw=_v), _v, "Celery docs: Using Redis (broker_url with password, rediss://)")

_v = pw_url(18)
secret("typescript", "mongodb-password", "services/profiles/src/db.ts", fill("""\
import { MongoClient } from "mongodb";

const uri =
  "mongodb+srv://profiles-svc:<<pw>>@cluster0.x8k2p.mongodb.net/profiles?retryWrites=true&w=majority";

export const client = new MongoClient(uri, { maxPoolSize: 20 });

export async function playerProfile(steamId: string) {
  const db = client.db("profiles");
  return db.collection("players").findOne(
    { steamId },
    { projection: { _id: 0, nickname: 1, team: 1, socials: 1, peripherals: 1 } },
  );
}
""", pw=_v), _v, "MongoDB docs: Connection string URI format (mongodb+srv://user:password@host)")

_v = pw_gamer()
secret("env", "mysql-password", "site/tournament-portal/.env", fill("""\
APP_NAME="Striker League"
APP_ENV=production
APP_KEY=base64:<<appkey>>
APP_DEBUG=false
APP_URL=https://striker-league.eu

LOG_CHANNEL=stack

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=striker
DB_USERNAME=striker_app
DB_PASSWORD=<<pw>>

BROADCAST_DRIVER=pusher
CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
""", appkey=b64(draw(32)), pw=_v), _v, "Laravel docs: Configuration, environment (DB_PASSWORD)")

_v = pw_words()
secret("yaml", "postgres-password", "site/league-rails/config/database.yml", fill("""\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: league_development

test:
  <<: *default
  database: league_test

production:
  <<: *default
  database: league_production
  host: pg-primary.league.internal
  username: league
  password: "<<pw>>"
""", pw=_v), _v, "Rails Guides: Configuring a database (config/database.yml)")

_v = pw_words()
secret("sql", "postgres-password", "stats/warehouse/migrations/0007_reporting_roles.sql", fill("""\
-- 0007: read-only roles for the analysts and the Metabase instance
BEGIN;

CREATE ROLE analyst NOLOGIN;
GRANT USAGE ON SCHEMA stats, scouting TO analyst;
GRANT SELECT ON ALL TABLES IN SCHEMA stats, scouting TO analyst;
ALTER DEFAULT PRIVILEGES IN SCHEMA stats GRANT SELECT ON TABLES TO analyst;

CREATE ROLE metabase LOGIN PASSWORD '<<pw>>' IN ROLE analyst;
ALTER ROLE metabase SET statement_timeout = '120s';

COMMIT;
""", pw=_v), _v, "PostgreSQL docs: CREATE ROLE ... PASSWORD")

_v = discord_token()
secret("k8s-secret", "discord-bot-token", "deploy/k8s/bots/scrimbot-secret.yaml", fill("""\
apiVersion: v1
kind: Secret
metadata:
  name: scrimbot
  namespace: bots
  labels:
    app.kubernetes.io/name: scrimbot
type: Opaque
data:
  DISCORD_TOKEN: <<tok>>
  LOG_LEVEL: aW5mbw==
""", tok=b64(_v)), _v, "Kubernetes docs: Secrets (data values are base64-encoded)")

_v = riot_key()
secret("k8s-secret", "riot-api-key", "deploy/k8s/stats/riot-secret.yaml", fill("""\
apiVersion: v1
kind: Secret
metadata:
  name: riot-api
  namespace: stats
type: Opaque
stringData:
  RIOT_API_KEY: "<<key>>"
  RIOT_RATE_LIMIT: "500:10,30000:600"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: riot-config
  namespace: stats
data:
  RIOT_PLATFORMS: "euw1,eun1,tr1"
""", key=_v), _v, "Kubernetes docs: Secrets (stringData)")

_v = pw_rand(22, "")
secret("helm", "postgres-password", "deploy/helm/stats-api/values-prod.yaml", fill("""\
replicaCount: 3

image:
  repository: ghcr.io/phoenix-esports/stats-api
  tag: "2024.04.2"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: stats.phoenix.gg
      paths: [{ path: /, pathType: Prefix }]

postgresql:
  enabled: true
  auth:
    username: stats
    database: stats
    password: "<<pw>>"
  primary:
    persistence:
      size: 50Gi

resources:
  limits: { cpu: "1", memory: 1Gi }
""", pw=_v), _v, "Bitnami PostgreSQL Helm chart: auth.password value")

_v = draw(40, B64URL)
secret("terraform", "cloudflare-api-token", "infra/dns/main.tf", fill("""\
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.0"
    }
  }
}

provider "cloudflare" {
  api_token = "<<tok>>"
}

variable "zone_id" {
  default = "5f3a9c2e1b7d4086a2c1e9f0b8d7c6a5"
}

resource "cloudflare_record" "match_servers" {
  for_each = toset(["m1", "m2", "m3", "m4"])
  zone_id  = var.zone_id
  name     = "${each.key}.play"
  type     = "A"
  value    = "203.0.113.${index(["m1", "m2", "m3", "m4"], each.key) + 10}"
  proxied  = false
}
""", tok=_v), _v, "Cloudflare Terraform provider docs: api_token argument")

_v = "npm_" + draw(36)
secret("npmrc", "npm-token", "overlays/.npmrc", fill("""\
@comet-broadcast:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<tok>>
save-exact=true
engine-strict=true
fund=false
""", tok=_v), _v, "npm docs: .npmrc auth-related configuration (_authToken)")

_v = "ghp_" + draw(36)
secret("shell", "github-token", "anticheat/tools/fetch_sigs.sh", fill("""\
#!/usr/bin/env bash
# Pull the latest signature pack from the private signatures repo into the build tree.
set -euo pipefail
DEST="${1:-build/sigs}"
TAG="$(date -u +%Y.%m.%d)"
mkdir -p "$DEST"
git clone --depth 1 "https://spectre-ci:<<tok>>@github.com/spectre-anticheat/signatures.git" /tmp/sigs-$$
cp /tmp/sigs-$$/packs/*.bin "$DEST/"
sha256sum "$DEST"/*.bin > "$DEST/SHA256SUMS"
rm -rf /tmp/sigs-$$
echo "signature pack $TAG staged in $DEST"
""", tok=_v), _v, "GitHub docs: Personal access tokens (classic, ghp_), HTTPS clone with token")

_v = "sntryu_" + hexs(64)
secret("ini", "sentry-auth-token", "overlays/.sentryclirc", fill("""\
[defaults]
url = https://sentry.io/
org = comet-esports
project = broadcast-overlays

[auth]
token = <<tok>>
""", tok=_v), _v, "sentry-cli docs: Configuration and authentication (.sentryclirc [auth] token)")

_v = hexs(32)
secret("yaml", "datadog-api-key", "ops/datadog/datadog.yaml", fill("""\
## Datadog agent on the match server hosts
api_key: <<key>>
site: datadoghq.eu
hostname_fqdn: true
tags:
  - env:prod
  - role:cs2-match
  - dc:fra1
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", key=_v), _v, "Datadog Agent docs: datadog.yaml (api_key)")

_v = pw_words()
secret("ini", "grafana-admin-password", "monitoring/grafana/grafana.ini", fill("""\
[server]
http_port = 3000
domain = grafana.ops.titanleague.gg
root_url = https://%(domain)s/

[security]
admin_user = admin
admin_password = <<pw>>
disable_gravatar = true
cookie_secure = true

[auth.anonymous]
enabled = true
org_name = Broadcast
org_role = Viewer

[dashboards]
default_home_dashboard_path = /var/lib/grafana/dashboards/match-servers.json
""", pw=_v), _v, "Grafana docs: Configuration [security] admin_password")

_v = "DefaultEndpointsProtocol=https;AccountName=lynxvods;AccountKey=" + azure_account_key() + ";EndpointSuffix=core.windows.net"
secret("csharp", "azure-storage-connection-string", "backend/Lynx.VodArchive/VodUploader.cs", fill("""\
using System.IO;
using System.Threading.Tasks;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Lynx.VodArchive
{
    public static class VodUploader
    {
        private const string ConnectionString =
            "<<cs>>";

        private static readonly BlobContainerClient Container =
            new BlobContainerClient(ConnectionString, "vods");

        public static async Task<string> UploadAsync(string path, string matchId)
        {
            var blob = Container.GetBlobClient($"{matchId}/{Path.GetFileName(path)}");
            await using var stream = File.OpenRead(path);
            await blob.UploadAsync(stream, new BlobHttpHeaders { ContentType = "video/mp4" });
            return blob.Uri.ToString();
        }
    }
}
""", cs=_v), _v, "Azure Storage docs: Configure a connection string (AccountKey)")

_v = draw(50, LOWER_ALNUM + "!@#$%^&*(-_=+)")
secret("python", "django-secret-key", "site/hub/hub/settings/production.py", fill("""\
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "<<key>>"
ALLOWED_HOSTS = ["hub.raptor-esports.gg"]
CSRF_TRUSTED_ORIGINS = ["https://hub.raptor-esports.gg"]

DATABASES["default"]["HOST"] = "db.raptor.internal"  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", key=_v), _v, "Django docs: settings SECRET_KEY")

_v = pw_words()
secret("cisco-ios", "device-password", "lan/network/core-switch-stage.cfg", fill("""\
!
hostname ZL-STAGE-CORE
!
service password-encryption
!
username lanops privilege 15 password 0 <<pw>>
!
vlan 10
 name PLAYERS
vlan 20
 name PRODUCTION
vlan 30
 name ADMIN
!
interface range GigabitEthernet1/0/1 - 20
 description Player stations
 switchport access vlan 10
 switchport mode access
 spanning-tree portfast
!
interface GigabitEthernet1/0/48
 description Uplink to venue ISP
 switchport mode trunk
!
line vty 0 4
 login local
 transport input ssh
!
end
""", pw=_v), _v, "Cisco IOS Security Command Reference: username ... password 0 (unencrypted)")

_v = pw_phrase()
secret("routeros", "wifi-psk", "lan/network/mikrotik-caster-ap.rsc", fill("""\
# RouterOS export - caster desk AP (Zenith LAN 2024)
/interface wireless security-profiles
add authentication-types=wpa2-psk mode=dynamic-keys name=caster \\
    supplicant-identity=MikroTik wpa2-pre-shared-key="<<pw>>"
/interface wireless
set [ find default-name=wlan1 ] band=5ghz-a/n/ac channel-width=20/40/80mhz-XXXX \\
    disabled=no frequency=5500 mode=ap-bridge security-profile=caster ssid=ZL-CASTERS
/ip address
add address=10.60.0.1/24 interface=wlan1
/ip dhcp-server network
add address=10.60.0.0/24 gateway=10.60.0.1 dns-server=1.1.1.1
""", pw=_v), _v, "MikroTik RouterOS docs: Wireless security-profiles (wpa2-pre-shared-key)")

_v = pw_words()
secret("conf", "wifi-psk", "lan/network/hostapd-admin.conf", fill("""\
interface=wlan0
driver=nl80211
ssid=ZL-ADMIN
hw_mode=a
channel=44
ieee80211n=1
ieee80211ac=1
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=<<pw>>
ignore_broadcast_ssid=1
""", pw=_v), _v, "hostapd.conf reference: wpa_passphrase")

_v = draw(43, B64) + "="
secret("wireguard", "wireguard-private-key", "broadcast/remote/wg-remote-prod.conf", fill("""\
# Remote production tunnel: casters' home studio <-> venue production network
[Interface]
Address = 10.77.0.12/32
PrivateKey = <<key>>
DNS = 10.40.0.1

[Peer]
PublicKey = <<pub>>
Endpoint = vpn.prod.novagg.gg:51820
AllowedIPs = 10.40.0.0/24, 10.77.0.0/24
PersistentKeepalive = 25
""", key=_v, pub=draw(43, B64) + "="), _v, "WireGuard wg(8) / wg-quick(8): [Interface] PrivateKey")

_k = pem("OPENSSH PRIVATE KEY", 7)
secret("pem", "ssh-private-key", "ansible/files/deploy_keys/gameserver_deploy", _k + "\n", _k,
       "OpenSSH ssh-keygen(1): OpenSSH private key format")

_v = pw_gamer()
secret("powershell", "windows-admin-password", "servers/windows/Provision-GameHost.ps1", fill("""\
# Provision a Windows game host for titles without Linux servers (Rocket League LAN, Trackmania)
param([string]$HostName = "RL-LAN-01")

$ErrorActionPreference = "Stop"
Rename-Computer -NewName $HostName -Force

$svcPassword = ConvertTo-SecureString "<<pw>>" -AsPlainText -Force
New-LocalUser -Name "gamesvc" -Password $svcPassword -PasswordNeverExpires -Description "Game server service account"
Add-LocalGroupMember -Group "Users" -Member "gamesvc"

New-NetFirewallRule -DisplayName "Trackmania Server" -Direction Inbound -Protocol UDP -LocalPort 2350 -Action Allow
New-NetFirewallRule -DisplayName "Trackmania XMLRPC" -Direction Inbound -Protocol TCP -LocalPort 5000 -Action Allow -RemoteAddress 10.20.0.0/16

choco install -y 7zip steamcmd
Write-Host "$HostName ready; reboot to apply the name."
""", pw=_v), _v, "Microsoft docs: ConvertTo-SecureString -AsPlainText, New-LocalUser")

_v = hexs(64)
secret("swift", "api-signing-secret", "ios/CometCompanion/Networking/RequestSigner.swift", fill("""\
import CryptoKit
import Foundation

/// Signs calls to the fan rewards API so points can't be farmed with curl.
enum RequestSigner {
    private static let appSecret = "<<sec>>"

    static func sign(_ request: inout URLRequest, body: Data) {
        let timestamp = String(Int(Date().timeIntervalSince1970))
        var message = Data(timestamp.utf8)
        message.append(body)
        let key = SymmetricKey(data: Data(appSecret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: key)
        request.setValue(timestamp, forHTTPHeaderField: "X-Comet-Timestamp")
        request.setValue(mac.map { String(format: "%02x", $0) }.joined(), forHTTPHeaderField: "X-Comet-Signature")
    }
}
""", sec=_v), _v, "Apple CryptoKit docs: HMAC<SHA256>.authenticationCode")

_v = draw(32)
secret("kotlin", "api-key", "android/app/build.gradle.kts", fill("""\
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "gg.nova.companion"
    compileSdk = 34

    defaultConfig {
        applicationId = "gg.nova.companion"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.1.2"
        buildConfigField("String", "STATS_API_URL", "\\"https://api.stats.novagg.gg/\\"")
        buildConfigField("String", "STATS_ADMIN_KEY", "\\"<<key>>\\"")
    }

    buildFeatures {
        buildConfig = true
        compose = true
    }
}

dependencies {
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    implementation("androidx.compose.material3:material3:1.2.1")
}
""", key=_v), _v, "Android Gradle plugin docs: buildConfigField")

# ---------------------------------------------------------------------------------------------
# Runbooks, notebooks, shell history and plugins
# ---------------------------------------------------------------------------------------------

_v = twitch_stream_key()
secret("markdown", "twitch-stream-key", "docs/runbooks/broadcast-failover.md", fill("""\
# Broadcast failover runbook

Use this when the main OBS machine on the production desk crashes or drops frames for more
than 30 seconds during a live match.

## 1. Switch the Twitch ingest to the backup encoder

1. On the backup NUC open OBS, profile **MainStage-Backup**.
2. Settings -> Stream -> Service: *Custom...*
   - Server: `rtmp://fra05.contribute.live-video.net/app`
   - Stream key: `<<key>>`
3. Start streaming **before** stopping the main box, Twitch keeps the session for ~90 s.

## 2. Tell the casters

Ping `@casters` in #prod-talkback: "Backup encoder live, expect a 5 s jump".

## 3. After the match

- Collect the OBS logs from `%APPDATA%\\obs-studio\\logs`.
- File an incident in the #broadcast-incidents channel with timestamps.
""", key=_v), _v, "Twitch Help: Broadcasting guidelines (ingest server + stream key), OBS custom service")

_v = pw_url(20)
_nb = json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Spring Split: utility usage vs round win rate"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import pandas as pd\n",
            "from sqlalchemy import create_engine\n",
            "\n",
            f"engine = create_engine(\"postgresql+psycopg2://analyst_jr:{_v}@warehouse.stats.internal:5432/stats\")\n",
            "rounds = pd.read_sql(\"select * from stats.round_utility where split = 'spring-2024'\", engine)\n",
            "rounds.head()"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "rounds.groupby('team')[['flashes_thrown', 'round_won']].mean().sort_values('round_won')"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.8"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1)
secret("notebook", "postgres-password", "analysis/notebooks/utility_vs_winrate.ipynb", _nb + "\n", _v,
       "Jupyter nbformat v4 JSON; SQLAlchemy create_engine database URL")

_v = pw_gamer()
secret("shell-history", "mysql-password", "ops/notes/sourcebans-migration-history.txt", fill("""\
ssh root@db.internal.havoc-gaming.net
systemctl status mariadb
mysqldump -u sb_admin -p'<<pw>>' --single-transaction sourcebans > /root/sb_$(date +%F).sql
ls -lh /root/sb_*.sql
mysql -u sb_admin -p'<<pw>>' -e "SELECT COUNT(*) FROM sourcebans.sb_bans WHERE RemoveType IS NULL"
scp /root/sb_2024-03-02.sql ops@db2.internal.havoc-gaming.net:/srv/import/
exit
""", pw=_v), _v, "MariaDB/MySQL client docs: --password / -p option on the command line")

_v = discord_token()
secret("markdown", "discord-bot-token", "bots/vetobot/README.md", fill("""\
# vetobot

Map veto helper for our Valorant scrims. Posts the pool and runs the ban/pick flow.

## Running locally

```sh
go build -o vetobot .
```

## Running in production (the Hetzner box)

```sh
docker run -d --name vetobot --restart unless-stopped \\
  -e DISCORD_TOKEN=<<tok>> \\
  -e GUILD_ID=884930291837465210 \\
  ghcr.io/phoenix-esports/vetobot:1.3.0
```

## Commands

| command | what it does |
|---------|--------------|
| `!pool` | shows the current map pool |
| `!veto @captainA @captainB` | starts a bo3 veto |
""", tok=_v), _v, "Docker CLI docs: docker run -e; Discord bot token")

_v = pw_rand(16, "")
secret("lua", "api-key", "servers/gmod/lua/autorun/server/sv_ttt_stats.lua", fill("""\
-- Sends TTT round results to the community stats API
local STATS_URL = "https://stats.onyx-community.net/api/ttt/round"
local STATS_KEY = "<<key>>"

hook.Add("TTTEndRound", "OnyxStats_EndRound", function(result)
    local players = {}
    for _, ply in ipairs(player.GetAll()) do
        players[#players + 1] = {
            steamid = ply:SteamID64(),
            role = ply:GetRoleString(),
            karma = math.floor(ply:GetBaseKarma()),
            alive = ply:Alive(),
        }
    end
    HTTP({
        method = "POST",
        url = STATS_URL,
        type = "application/json",
        headers = { ["X-Api-Key"] = STATS_KEY },
        body = util.TableToJSON({ map = game.GetMap(), result = result, players = players }),
        failed = function(err) print("[OnyxStats] upload failed: " .. err) end,
    })
end)
""", key=_v), _v, "Garry's Mod wiki: HTTP function (headers), TTTEndRound hook")

# =============================================================================================
# Decoys: files that look dangerous and leak nothing
# =============================================================================================

decoy("env", "placeholder", "bots/scrimbot/.env.example", """\
# Copy to .env and fill in. Never commit the real .env.
DISCORD_TOKEN=your-bot-token-here
DISCORD_GUILD_ID=
SCRIM_CHANNEL_ID=
TWITCH_CLIENT_ID=
TWITCH_CLIENT_SECRET=<from dev.twitch.tv console>
RIOT_API_KEY=RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
DATABASE_URL=postgresql://scrimbot:CHANGE_ME@localhost:5432/scrimbot
""", "dotenv conventions: .env.example with placeholders")

decoy("compose", "env-reference", "deploy/bots/docker-compose.yml", """\
services:
  scrimbot:
    image: ghcr.io/raptor-esports/scrimbot:2.4.1
    restart: unless-stopped
    env_file: .env
    environment:
      DISCORD_TOKEN: ${DISCORD_TOKEN:?set DISCORD_TOKEN}
      DATABASE_URL: postgresql://scrimbot:${POSTGRES_PASSWORD}@db:5432/scrimbot
    depends_on: [db]
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: scrimbot
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
      POSTGRES_DB: scrimbot
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""", "Docker Compose docs: Interpolation (${VAR:?error})")

decoy("k8s", "external-secret", "deploy/k8s/bots/scrimbot-externalsecret.yaml", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: scrimbot
  namespace: bots
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-backend
  target:
    name: scrimbot
    creationPolicy: Owner
  data:
    - secretKey: DISCORD_TOKEN
      remoteRef:
        key: kv/bots/scrimbot
        property: discord_token
    - secretKey: DATABASE_URL
      remoteRef:
        key: kv/bots/scrimbot
        property: database_url
""", "External Secrets Operator docs: ExternalSecret with remoteRef")

decoy("helm", "existing-secret", "deploy/helm/stats-api/values.yaml", """\
replicaCount: 1

image:
  repository: ghcr.io/phoenix-esports/stats-api
  tag: ""

riot:
  # name of a Secret holding RIOT_API_KEY, created by the platform team
  existingSecret: riot-api
  existingSecretKey: RIOT_API_KEY

postgresql:
  enabled: true
  auth:
    username: stats
    database: stats
    existingSecret: stats-postgresql
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
""", "Bitnami PostgreSQL chart: auth.existingSecret")

_ct = lambda n: draw(n, B64)  # noqa: E731
decoy("sops", "encrypted", "deploy/secrets/prod/broadcast.enc.yaml", fill("""\
twitch:
    stream_key: ENC[AES256_GCM,data:<<d1>>,iv:<<i1>>,tag:<<t1>>,type:str]
    client_secret: ENC[AES256_GCM,data:<<d2>>,iv:<<i2>>,tag:<<t2>>,type:str]
youtube:
    stream_key: ENC[AES256_GCM,data:<<d3>>,iv:<<i3>>,tag:<<t3>>,type:str]
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1qz3v5x8n2m7l0k9j4h6g1f3d5s8a2p0o9i7u6y5t4r3e2w1q0zxcvbn
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            <<a1>>
            <<a2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-03-28T19:02:11Z"
    mac: ENC[AES256_GCM,data:<<d4>>,iv:<<i4>>,tag:<<t4>>,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=_ct(56), i1=_ct(43) + "=", t1=_ct(22) + "==", d2=_ct(40), i2=_ct(43) + "=", t2=_ct(22) + "==",
    d3=_ct(32), i3=_ct(43) + "=", t3=_ct(22) + "==", d4=_ct(88), i4=_ct(43) + "=", t4=_ct(22) + "==",
    a1=_ct(64), a2=_ct(40)), "SOPS docs: encrypted file format (ENC[AES256_GCM,...], age recipients)")

_vault_lines = "\n".join("          " + hexs(80) for _ in range(6))
decoy("ansible", "vault-encrypted", "ansible/group_vars/cs2_match_servers/vault.yml", fill("""\
---
cs2_rcon_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
<<lines>>
cs2_gslt_tokens: "{{ vault_cs2_gslt_tokens }}"
""", lines=_vault_lines), "Ansible docs: Encrypting content with Ansible Vault (!vault inline)")

decoy("python", "env-reference", "bots/scrimbot/config.py", """\
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    discord_token: str
    guild_id: int
    twitch_client_id: str
    twitch_client_secret: str
    database_url: str


def load() -> Settings:
    return Settings(
        discord_token=os.environ["DISCORD_TOKEN"],
        guild_id=int(os.environ["DISCORD_GUILD_ID"]),
        twitch_client_id=os.environ["TWITCH_CLIENT_ID"],
        twitch_client_secret=os.environ["TWITCH_CLIENT_SECRET"],
        database_url=os.environ.get("DATABASE_URL", "sqlite:///scrimbot.db"),
    )
""", "Python docs: os.environ")

decoy("javascript", "env-reference", "bots/chatbot/config.js", """\
require("dotenv").config();

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`missing env ${name}`);
  return value;
}

module.exports = {
  twitch: {
    username: required("TWITCH_BOT_USERNAME"),
    password: `oauth:${required("TWITCH_BOT_TOKEN")}`,
    channels: (process.env.TWITCH_CHANNELS || "cometesports").split(","),
  },
  obs: {
    url: process.env.OBS_URL || "ws://127.0.0.1:4455",
    password: process.env.OBS_PASSWORD,
  },
};
""", "dotenv README; tmi.js identity options")

decoy("typescript", "public-client-id", "extension/frontend/src/twitch.ts", """\
// Twitch Extension front end (panel). Runs in the viewer's browser.
// The client ID is public by design; the extension secret lives only on the EBS.
export const EXTENSION_CLIENT_ID = "q8vx1l2p9c0tgk7d3m5nz4hb6ja2we";
export const EBS_URL = "https://ebs.cometesports.gg";

declare const Twitch: any;

let authToken = "";

Twitch.ext.onAuthorized((auth: { token: string; channelId: string; userId: string }) => {
  authToken = auth.token;
  document.body.dataset.channel = auth.channelId;
});

export async function submitPick(team: string): Promise<void> {
  await fetch(`${EBS_URL}/predict`, {
    method: "POST",
    headers: { Authorization: `Bearer ${authToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({ team }),
  });
}
""", "Twitch Extensions reference: Twitch.ext.onAuthorized; client IDs are public")

decoy("javascript", "public-key", "bots/interactions/verify.js", fill("""\
// Discord interactions endpoint (Cloudflare Worker). Discord signs each request with
// the application's Ed25519 key; we verify with the PUBLIC key from the dev portal.
import { verifyKey } from "discord-interactions";

const DISCORD_PUBLIC_KEY = "<<pk>>";
const APPLICATION_ID = "1184729384756102938";

export default {
  async fetch(request) {
    const signature = request.headers.get("X-Signature-Ed25519");
    const timestamp = request.headers.get("X-Signature-Timestamp");
    const body = await request.text();
    if (!(await verifyKey(body, signature, timestamp, DISCORD_PUBLIC_KEY))) {
      return new Response("invalid request signature", { status: 401 });
    }
    const interaction = JSON.parse(body);
    if (interaction.type === 1) return Response.json({ type: 1 });
    return Response.json({ type: 4, data: { content: `app ${APPLICATION_ID} says hi` } });
  },
};
""", pk=hexs(64)), "Discord Developer docs: Receiving and responding to interactions (security and authorization, public key)")

decoy("html", "publishable-key", "merch/public/checkout.html", fill("""\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Comet Store - Checkout</title>
  <script src="https://js.stripe.com/v3/"></script>
  <script src="https://www.paypal.com/sdk/js?client-id=<<pp>>&currency=EUR"></script>
</head>
<body>
  <div id="payment-element"></div>
  <div id="paypal-buttons"></div>
  <button id="pay">Pay</button>
  <script>
    const stripe = Stripe("pk_live_<<pk>>");
    fetch("/api/payment-intent", { method: "POST" })
      .then((r) => r.json())
      .then(({ clientSecretRef }) => {
        const elements = stripe.elements({ clientSecret: window.__CS__ || clientSecretRef });
        elements.create("payment").mount("#payment-element");
      });
    paypal.Buttons({ createOrder: () => fetch("/api/paypal/order", { method: "POST" }).then((r) => r.json()).then((o) => o.id) })
      .render("#paypal-buttons");
  </script>
</body>
</html>
""", pp="A" + draw(79, B64URL), pk=draw(99)), "Stripe docs: publishable keys are meant for the browser; PayPal JS SDK client-id")

decoy("javascript", "public-web-config", "site/hub-frontend/src/firebase.js", fill("""\
// Firebase web config: these values identify the project, they are not secrets.
// Access is enforced by Firestore security rules and App Check.
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

const firebaseConfig = {
  apiKey: "<<key>>",
  authDomain: "comet-fan-hub.firebaseapp.com",
  projectId: "comet-fan-hub",
  storageBucket: "comet-fan-hub.appspot.com",
  messagingSenderId: "502938475610",
  appId: "1:502938475610:web:9a8b7c6d5e4f3a2b1c0d9e",
  measurementId: "G-7Q2R9XK4PL",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
""", key=google_api_key()), "Firebase docs: Learn about using and managing API keys for Firebase (not secret)")

decoy("typescript", "public-dsn", "overlays/scoreboard/src/sentry.ts", fill("""\
import * as Sentry from "@sentry/browser";

// DSNs are safe to ship in client code: they only allow sending events.
Sentry.init({
  dsn: "https://<<pub>>@o4506871234560000.ingest.de.sentry.io/4506871298765432",
  release: import.meta.env.VITE_RELEASE,
  environment: "broadcast",
  tracesSampleRate: 0.05,
  integrations: [Sentry.browserTracingIntegration()],
});
""", pub=hexs(32)), "Sentry docs: Data Source Name (DSN) is safe to keep public")

decoy("javascript", "public-map-token", "site/lan-venue/src/map.js", fill("""\
// Venue map for Zenith LAN: halls, BYOC rows, food trucks. Public token, URL-restricted.
import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = "pk.<<tok>>";

const map = new mapboxgl.Map({
  container: "venue-map",
  style: "mapbox://styles/zenithlan/clu2a8k0x00ab01qw3e4r5t6y",
  center: [11.5755, 48.1374],
  zoom: 17.2,
});

map.on("load", () => {
  map.addSource("halls", { type: "geojson", data: "/data/halls.geojson" });
  map.addLayer({ id: "halls", type: "fill", source: "halls", paint: { "fill-color": "#7b2cbf", "fill-opacity": 0.4 } });
});
""", tok=b64url(json.dumps({"u": "zenithlan", "a": "clu2a8k0x00ab01qw3e4r5t6y"}).encode()) + "." + draw(22, B64URL)),
    "Mapbox docs: Access tokens (public pk. tokens with URL restrictions)")

decoy("csv", "public-identifiers", "data/rosters/spring-2024.csv", """\
team,nickname,real_name,role,steam_id64,faceit_player_id
Raptor,kestrel,Lukas Brandt,IGL,76561198074829301,b3a1e5f2-7c94-4d0b-8e21-6a9f0c3d2b1e
Raptor,onyx,Jonas Wirth,AWP,76561198110294857,e9d8c7b6-a5f4-4e3d-92c1-b0a9f8e7d6c5
Raptor,glacier,Mats Olsen,Rifler,76561198201938475,1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b
Raptor,spectre,Piotr Nowak,Entry,76561198039485761,7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d
Raptor,comet,Emil Strand,Support,76561198147382910,0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0
Raptor Academy,ember,Noah Keller,Rifler,76561198320495867,5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a
""", "Valve SteamID documentation (SteamID64); FACEIT player ids are public UUIDs")

decoy("json", "hashes", "anticheat/signatures/known_cheats.json", fill("""\
{
  "version": "2024.04.11",
  "generated_by": "sigbuild 3.2",
  "entries": [
    {"name": "loader_v2 (dll injector)", "sha256": "<<h1>>", "action": "ban"},
    {"name": "ext-esp overlay", "sha256": "<<h2>>", "action": "ban"},
    {"name": "triggerbot usb (arduino fw)", "sha256": "<<h3>>", "action": "flag"},
    {"name": "macro tool (allowed vendor)", "sha256": "<<h4>>", "action": "allow"},
    {"name": "recoil script ahk", "sha256": "<<h5>>", "action": "flag"}
  ],
  "pack_sha256": "<<h6>>"
}
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64)),
    "Anti-cheat signature pack: SHA-256 file hashes (FIPS 180-4)")

decoy("text", "checksums", "broadcast/installers/SHA256SUMS", fill("""\
<<h1>>  OBS-Studio-30.1.2-Full-Installer-x64.exe
<<h2>>  obs-websocket-5.4.2-windows-x64.zip
<<h3>>  move-transition-2.12.0-windows-installer.exe
<<h4>>  StreamFX-0.12.0b299-windows-x64.exe
<<h5>>  advanced-scene-switcher-1.25.4-windows-x64.zip
<<h6>>  Desktop_Video_Windows_12.8.zip
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64)),
    "GNU coreutils sha256sum output format")

decoy("k8s", "image-digest", "deploy/k8s/stats/ingest-deployment.yaml", fill("""\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: round-ingest
  namespace: stats
spec:
  replicas: 3
  selector:
    matchLabels: { app: round-ingest }
  template:
    metadata:
      labels: { app: round-ingest }
      annotations:
        checksum/config: <<c>>
    spec:
      containers:
        - name: ingest
          image: ghcr.io/phoenix-esports/round-ingest@sha256:<<d>>
          envFrom:
            - secretRef: { name: kafka-credentials }
            - configMapRef: { name: round-ingest }
          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { cpu: "1", memory: 512Mi }
""", c=hexs(64), d=hexs(64)), "Kubernetes docs: Images (pulling by digest); Helm checksum annotations")

decoy("json", "integrity-hashes", "overlays/package-lock.json", fill("""\
{
  "name": "comet-overlays",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "comet-overlays",
      "version": "3.2.0",
      "dependencies": {
        "obs-websocket-js": "^5.0.5",
        "tmi.js": "^1.8.5"
      }
    },
    "node_modules/obs-websocket-js": {
      "version": "5.0.5",
      "resolved": "https://registry.npmjs.org/obs-websocket-js/-/obs-websocket-js-5.0.5.tgz",
      "integrity": "sha512-<<i1>>=="
    },
    "node_modules/tmi.js": {
      "version": "1.8.5",
      "resolved": "https://registry.npmjs.org/tmi.js/-/tmi.js-1.8.5.tgz",
      "integrity": "sha512-<<i2>>=="
    }
  }
}
""", i1=draw(86, B64), i2=draw(86, B64)), "npm docs: package-lock.json (integrity, Subresource Integrity sha512)")

decoy("json", "ids", "stats/fixtures/match_1042.json", fill("""\
{
  "match_id": "<<m>>",
  "series_id": "<<s>>",
  "map": "de_ancient",
  "demo": {
    "url": "https://demos.raptor-esports.gg/2024/<<m>>.dem.zst",
    "sha1": "<<sha>>",
    "size_bytes": 148203944
  },
  "teams": [
    {"id": "<<t1>>", "name": "Raptor", "score": 13},
    {"id": "<<t2>>", "name": "Lynx Academy", "score": 9}
  ],
  "server": {"region": "eu-fra", "tickrate": 128, "build": 9842}
}
""", m=uuid_s(), s=uuid_s(), sha=hexs(40), t1=uuid_s(), t2=uuid_s()), "RFC 9562 UUIDs used as record ids; SHA-1 file digest")

decoy("htpasswd", "password-hash", "broadcast/rtmp/.htpasswd", fill("""\
producer:$2y$10$<<h1>>
observer1:$2y$10$<<h2>>
observer2:$2y$10$<<h3>>
replay:$2y$10$<<h4>>
caster-desk:$2y$10$<<h5>>
""", h1=draw(53, ALNUM + "./"), h2=draw(53, ALNUM + "./"), h3=draw(53, ALNUM + "./"), h4=draw(53, ALNUM + "./"),
    h5=draw(53, ALNUM + "./")), "Apache htpasswd docs: bcrypt ($2y$) password hashes")

decoy("source-cfg", "launch-parameter", "servers/cs2/csgo/cfg/server_template.cfg", """\
// Template shipped in the image. rcon_password and the GSLT are NOT set here:
// the entrypoint passes +rcon_password "$RCON_PASSWORD" and +sv_setsteamaccount "$SRCDS_TOKEN"
// from the orchestrator's secret store.
hostname "Raptor Esports | Match Server"
sv_lan 0
rcon_password ""
sv_password ""
mp_maxrounds 24
tv_enable 1
tv_delay 105
log on
""", "Valve Developer Community: CS2 dedicated servers (rcon_password empty disables remote RCON)")

decoy("markdown", "docs-example", "stats/riot/README.md", """\
# Riot stats puller

Pulls ranked match history for the academy roster into the warehouse.

## Setup

1. Get a development key at https://developer.riotgames.com (it expires every 24 h).
2. Export it: `export RIOT_API_KEY=RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`
3. Run `python pull_matches.py --platform euw1 --since 2024-01-10`.

For the production key ask in #data; it lives in Vault under `kv/stats/riot`.

## Rate limits

Development keys: 20 requests / 1 s and 100 requests / 2 min. The client backs off on 429
using the `Retry-After` header.
""", "Riot Developer Portal docs: development API keys")

decoy("python", "test-fixture", "bots/scrimbot/tests/test_commands.py", """\
import pytest

from scrimbot import config
from scrimbot.commands import format_scrim

FAKE_TOKEN = "test-token-not-a-real-discord-token"


@pytest.fixture(autouse=True)
def env(monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("DISCORD_GUILD_ID", "1")
    monkeypatch.setenv("TWITCH_CLIENT_ID", "dummy-client-id")
    monkeypatch.setenv("TWITCH_CLIENT_SECRET", "dummy-client-secret")


def test_settings_load():
    assert config.load().discord_token == FAKE_TOKEN


def test_format_scrim():
    text = format_scrim("Lynx", "19:00", "mirage, ancient")
    assert "Lynx" in text and "19:00" in text
""", "pytest docs: monkeypatch.setenv fixtures with dummy values")

decoy("log", "redacted", "broadcast/logs/obs-2024-03-30-1812.txt", """\
18:12:03.442: [rtmp stream: 'adv_stream'] Connecting to RTMP URL rtmp://fra05.contribute.live-video.net/app...
18:12:03.442: [rtmp stream: 'adv_stream'] Stream key: live_*********************
18:12:03.598: [rtmp stream: 'adv_stream'] Interface: Intel(R) Ethernet Controller I225-V (ethernet, 2500 mbps)
18:12:03.771: [rtmp stream: 'adv_stream'] Connection to rtmp://fra05.contribute.live-video.net/app successful
18:12:03.790: ==== Streaming Start ===============================================
18:12:03.790: [jim-nvenc: 'streaming_h264'] settings:
18:12:03.790:   rate_control: CBR
18:12:03.790:   bitrate:      6000
18:12:03.790:   keyint:       120
18:12:03.790:   preset:       p5
""", "OBS Studio log format (stream key is masked in logs)")

decoy("terraform", "secret-manager-ref", "infra/merch/secrets.tf", """\
data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "prod/merch/stripe"
}

locals {
  stripe = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)
}

resource "aws_lambda_function" "webhook" {
  function_name = "merch-stripe-webhook"
  role          = aws_iam_role.webhook.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "${path.module}/build/webhook.zip"

  environment {
    variables = {
      STRIPE_SECRET_ARN = data.aws_secretsmanager_secret_version.stripe.arn
      STRIPE_MODE       = "live"
    }
  }
}
""", "Terraform AWS provider: aws_secretsmanager_secret_version data source")

decoy("github-actions", "secrets-context", ".github/workflows/bot-release.yml", """\
name: Release bots

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      packages: write
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: ghcr.io/${{ github.repository }}/scrimbot:${{ github.ref_name }}
      - name: Notify Discord
        env:
          DISCORD_WEBHOOK: ${{ secrets.DISCORD_RELEASE_WEBHOOK }}
        run: |
          curl -sf -H "Content-Type: application/json" \\
            -d "{\\"content\\":\\"scrimbot ${GITHUB_REF_NAME} released\\"}" "$DISCORD_WEBHOOK"
""", "GitHub Actions docs: Using secrets in GitHub Actions")

decoy("gitlab-ci", "masked-variables", "stats/.gitlab-ci.yml", """\
stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy-dags:
  stage: deploy
  image: google/cloud-sdk:slim
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  script:
    # GCP_SA_KEY is a masked, protected File variable in Settings > CI/CD
    - gcloud auth activate-service-account --key-file="$GCP_SA_KEY"
    - gsutil -m rsync -r dags/ "gs://${COMPOSER_BUCKET}/dags/"
""", "GitLab docs: CI/CD variables (masked, protected, File type)")

decoy("powershell", "secret-store", "tools/Start-Broadcast.ps1", """\
#Requires -Modules Microsoft.PowerShell.SecretManagement
param([ValidateSet('Twitch', 'YouTube')] [string] $Platform = 'Twitch')

# Keys live in the production laptop's SecretStore vault, never in this repo.
$key = Get-Secret -Name "$Platform-StreamKey" -Vault BroadcastVault -AsPlainText
$server = @{ Twitch = 'rtmp://fra05.contribute.live-video.net/app'; YouTube = 'rtmp://a.rtmp.youtube.com/live2' }[$Platform]

$obsConfig = Join-Path $env:APPDATA 'obs-studio\\basic\\profiles\\MainStage\\service.json'
@{
    type     = 'rtmp_custom'
    settings = @{ server = $server; key = $key; use_auth = $false }
} | ConvertTo-Json | Set-Content -Path $obsConfig -Encoding utf8

Start-Process -FilePath 'C:\\Program Files\\obs-studio\\bin\\64bit\\obs64.exe' -ArgumentList '--profile MainStage --startstreaming' -WorkingDirectory 'C:\\Program Files\\obs-studio\\bin\\64bit'
""", "Microsoft docs: SecretManagement Get-Secret -AsPlainText")

decoy("csharp", "configuration-reference", "backend/Titan.Matchmaking/Program.cs", """\
using PlayFab;

var builder = WebApplication.CreateBuilder(args);

// In development the secret comes from `dotnet user-secrets`; in prod from Key Vault.
builder.Configuration.AddEnvironmentVariables(prefix: "TITAN_");
if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(new Uri("https://titan-mm-kv.vault.azure.net/"), new Azure.Identity.DefaultAzureCredential());
}

PlayFabSettings.staticSettings.TitleId = builder.Configuration["PlayFab:TitleId"];
PlayFabSettings.staticSettings.DeveloperSecretKey = builder.Configuration["PlayFab:DeveloperSecretKey"];

builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
""", "Microsoft docs: Safe storage of app secrets in development (user-secrets), Azure Key Vault configuration provider")

decoy("go", "env-reference", "stats/pandascore/config.go", """\
package pandascore

import (
	"errors"
	"os"
)

// Token is read at start-up; in prod it is injected from the "pandascore" Kubernetes Secret.
func Token() (string, error) {
	t := os.Getenv("PANDASCORE_TOKEN")
	if t == "" {
		return "", errors.New("PANDASCORE_TOKEN is not set")
	}
	return t, nil
}
""", "Go docs: os.Getenv")

decoy("properties", "placeholder-reference", "backend/notifications/src/main/resources/application.properties", """\
spring.application.name=match-notifications
server.port=8085
spring.datasource.url=jdbc:postgresql://${NOTIFY_DB_HOST:localhost}:5432/notify
spring.datasource.username=${NOTIFY_DB_USER:notify}
spring.datasource.password=${NOTIFY_DB_PASSWORD}
fcm.credentials-file=${GOOGLE_APPLICATION_CREDENTIALS}
fcm.topic.match-start=/topics/match_start
management.endpoints.web.exposure.include=health,info
""", "Spring Boot docs: Externalized configuration (${...} placeholders)")

decoy("ssh", "public-key", "ansible/files/authorized_keys/lanops", fill("""\
# LAN ops team - deployed to every match server by the "users" role
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k1>> lukas@zl-ops
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k2>> mats@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<k3>> ci-deploy@gitlab
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k4>> piotr@observer-pc
""", k1=draw(43, B64), k2=draw(43, B64), k3=draw(200, B64), k4=draw(43, B64)),
    "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)")

decoy("pem", "certificate", "broadcast/rtmp/certs/rtmps.novagg.gg.crt", cert_pem(12) + "\n",
      "RFC 7468: textual encoding of X.509 certificates (public)")

decoy("sops", "age-recipients", ".sops.yaml", """\
creation_rules:
  - path_regex: deploy/secrets/prod/.*\\.yaml$
    encrypted_regex: ^(data|stringData|stream_key|client_secret|password|token)$
    age: >-
      age1qz3v5x8n2m7l0k9j4h6g1f3d5s8a2p0o9i7u6y5t4r3e2w1q0zxcvbn,
      age1lk8j7h6g5f4d3s2a1q0w9e8r7t6y5u4i3o2p1zxcvbnmasdfghjklqw
  - path_regex: deploy/secrets/staging/.*\\.yaml$
    age: age1m4n5b6v7c8x9z0a1s2d3f4g5h6j7k8l9q0w1e2r3t4y5u6i7o8p9azsx
""", "SOPS docs: .sops.yaml creation rules with age public recipients")

decoy("markdown", "commit-hashes", "bots/CHANGELOG.md", fill("""\
# Changelog

## 2.4.1 - 2024-04-02
- Fix check-in closing 10 minutes early on DST change ([<<c1s>>](https://github.com/raptor-esports/bots/commit/<<c1>>))
- Bump discord.py to 2.3.2 ([<<c2s>>](https://github.com/raptor-esports/bots/commit/<<c2>>))

## 2.4.0 - 2024-03-18
- New `!veto` flow for bo3 ([<<c3s>>](https://github.com/raptor-esports/bots/commit/<<c3>>))
- Rotate the bot token after the staff laptop incident (token now only in Vault) ([<<c4s>>](https://github.com/raptor-esports/bots/commit/<<c4>>))

## 2.3.0 - 2024-02-27
- start.gg entrants sync
""", **{k: v for c in [("c1", hexs(40)), ("c2", hexs(40)), ("c3", hexs(40)), ("c4", hexs(40))]
        for k, v in [(c[0], c[1]), (c[0] + "s", c[1][:7])]}), "Keep a Changelog format; git commit SHA-1 ids")

decoy("properties", "disabled-rcon", "servers/minecraft/lobby/server.properties", """\
#Minecraft server properties
enable-rcon=false
rcon.password=
rcon.port=25575
enable-query=true
query.port=25565
server-port=25565
level-name=lobby
motd=Comet Network Lobby
online-mode=false
max-players=500
white-list=false
""", "Minecraft Wiki: server.properties (rcon disabled, empty password)")

decoy("nginx", "auth-callback", "broadcast/rtmp/ingest.conf", """\
rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        application ingest {
            live on;
            record off;
            # Stream keys are checked by the auth service, not stored here.
            on_publish http://127.0.0.1:8088/rtmp/auth;
            on_publish_done http://127.0.0.1:8088/rtmp/done;
            notify_method get;
            exec_push ffmpeg -i rtmp://127.0.0.1/ingest/$name -c copy -f flv rtmp://127.0.0.1/program/$name;
        }

        application program {
            live on;
            allow publish 127.0.0.1;
            deny publish all;
        }
    }
}
""", "nginx-rtmp-module directives: on_publish (HTTP callback authorisation)")

decoy("json", "empty-key", "broadcast/obs/profiles/Template/service.json", """\
{
    "settings": {
        "bwtest": false,
        "key": "",
        "server": "auto",
        "service": "Twitch"
    },
    "type": "rtmp_common"
}
""", "OBS Studio profile service.json (template with no key)")

decoy("markdown", "placeholder", "docs/guides/twitch-chat-bot.md", """\
# Setting up the chat bot on your own channel

1. Create a Twitch account for the bot (e.g. `yourteam_bot`).
2. Generate a chat token with the `chat:read chat:edit` scopes.
3. Put it in `bots/chatbot/.env`:

```
TWITCH_BOT_USERNAME=yourteam_bot
TWITCH_BOT_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWITCH_CHANNELS=yourchannel
```

The bot sends it as `oauth:<token>` when it logs in to IRC. Tokens expire; see
the refresh section below.
""", "Twitch Developers: Chat & IRC authentication (oauth:<token>)")

decoy("yaml", "placeholder-webhook", "bots/notifier/config.example.yaml", """\
# Example config. Copy to config.yaml.
discord:
  results_webhook: "https://discord.com/api/webhooks/<webhook_id>/<webhook_token>"
  mention_role: "@Match Ops"
twitch:
  client_id: "<your client id>"
  client_secret: "<your client secret>"
  channels: [cometesports]
poll_seconds: 60
""", "Discord Developer docs: Webhook URL format")

decoy("php", "placeholder", "site/config/steam.example.php", """\
<?php
// Copy to steam.php and set your key from https://steamcommunity.com/dev/apikey
return [
    'api_key' => 'YOUR_STEAM_WEB_API_KEY',
    'realm' => 'https://cup.striker-league.eu',
    'return_to' => 'https://cup.striker-league.eu/login/steam/callback',
    'cache_ttl' => 3600,
];
""", "Steam Web API docs: obtaining an API key")

decoy("k8s-secret", "placeholder", "deploy/k8s/bots/chatbot-secret.template.yaml", fill("""\
# Template only: the pipeline renders this with real values from Vault.
apiVersion: v1
kind: Secret
metadata:
  name: chatbot
  namespace: bots
type: Opaque
data:
  TWITCH_BOT_TOKEN: <<a>>
  OBS_PASSWORD: <<b>>
""", a=b64("REPLACE_ME"), b=b64("REPLACE_ME")), "Kubernetes docs: Secrets; template values")

decoy("markdown", "policy-text", "docs/security/password-policy.md", """\
# Account and password policy (staff, players, servers)

- Admin panels (Pterodactyl, G5API, Grafana) require SSO; local admin passwords are break-glass
  only and are stored in 1Password, vault "Ops Break-Glass".
- RCON passwords: at least 20 random characters, rotated after every LAN event.
- Stream keys: reset on Twitch/YouTube after every event where a third party ran production.
- Never paste a token in Discord, even in staff channels. Use a 1Password share link.
- Players: minimum 12 characters for league accounts, MFA mandatory for captains.

If a secret leaks, follow `docs/runbooks/secret-rotation.md` and tell #sec within 1 hour.
""", "OWASP ASVS V2 authentication requirements; internal policy text")

decoy("json", "ui-strings", "site/hub-frontend/src/locales/en.json", """\
{
  "settings.stream.title": "Streaming",
  "settings.stream.key.label": "Stream key",
  "settings.stream.key.help": "Find your stream key in the Twitch creator dashboard. We never show it again.",
  "settings.stream.key.placeholder": "live_XXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
  "settings.password.label": "Password",
  "settings.password.reset": "Reset password",
  "settings.token.copy": "Copy token",
  "errors.token.expired": "Your session token expired. Please sign in again."
}
""", "i18n message catalogue (JSON)")

decoy("grafana", "env-interpolation", "monitoring/grafana/provisioning/datasources/stats.yaml", """\
apiVersion: 1
datasources:
  - name: Stats Warehouse
    type: postgres
    url: warehouse.stats.internal:5432
    user: grafana_ro
    jsonData:
      database: stats
      sslmode: require
      postgresVersion: 1600
    secureJsonData:
      password: $__env{GRAFANA_STATS_DB_PASSWORD}
  - name: ClickHouse Rounds
    type: grafana-clickhouse-datasource
    jsonData:
      host: ch.stats.internal
      port: 9440
      username: grafana_ro
      secure: true
    secureJsonData:
      password: $__file{/run/secrets/clickhouse_grafana_password}
""", "Grafana docs: Provisioning data sources ($__env{} and $__file{} variable expansion)")

decoy("yaml", "password-file", "monitoring/prometheus/prometheus.yml", """\
global:
  scrape_interval: 15s

scrape_configs:
  - job_name: cs2-exporter
    static_configs:
      - targets: ["10.20.1.11:9137", "10.20.1.12:9137", "10.20.1.13:9137"]
  - job_name: obs-exporter
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/obs_exporter_password
    static_configs:
      - targets: ["10.40.0.21:9101"]
  - job_name: node
    file_sd_configs:
      - files: [/etc/prometheus/targets/nodes/*.json]
""", "Prometheus docs: scrape_config basic_auth password_file")

decoy("hcl", "vault-template", "ops/vault-agent/cs2.ctmpl.hcl", """\
template {
  destination = "/opt/steam/cs2/game/csgo/cfg/secrets.cfg"
  perms       = "0600"
  contents    = <<EOT
{{ with secret "kv/data/gameservers/cs2" -}}
rcon_password "{{ .Data.data.rcon_password }}"
sv_setsteamaccount "{{ .Data.data.gslt }}"
{{- end }}
EOT
  command     = "systemctl reload cs2@1"
}
""", "HashiCorp Vault Agent templates (consul-template syntax, secret function)")

decoy("markdown", "docs-example-aws", "stats/docs/local-setup.md", """\
# Local setup for the stats pipeline

Use a named profile; never put keys in the code. Example `~/.aws/credentials` from the AWS docs:

```ini
[stats-dev]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Then run `AWS_PROFILE=stats-dev make backfill SPLIT=spring-2024`. For real credentials use
`aws sso login --profile stats-dev`.
""", "AWS docs: example access key AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

decoy("json", "public-identifiers", "stats/fixtures/riot_account.json", fill("""\
{
  "puuid": "<<p1>>",
  "gameName": "kestrel",
  "tagLine": "EUW",
  "summoner": {
    "id": "<<sid>>",
    "accountId": "<<aid>>",
    "profileIconId": 5367,
    "summonerLevel": 412
  },
  "recentMatches": ["EUW1_6843210987", "EUW1_6843198011", "EUW1_6843170452"]
}
""", p1=draw(78, B64URL), sid=draw(47, B64URL), aid=draw(56, B64URL)),
    "Riot Developer Portal: ACCOUNT-V1 / SUMMONER-V4 (PUUIDs and encrypted ids are public identifiers)")

decoy("javascript", "public-client-id", "site/hub-frontend/src/bnet-login.js", fill("""\
// Battle.net sign-in for the Overwatch amateur league (authorization code flow).
// Only the client ID is here; the code is exchanged server-side.
const BNET_CLIENT_ID = "<<cid>>";
const REDIRECT_URI = "https://owl-amateur.titanleague.gg/auth/bnet/callback";

export function loginUrl(state) {
  const params = new URLSearchParams({
    client_id: BNET_CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: "code",
    scope: "openid",
    state,
  });
  return `https://oauth.battle.net/authorize?${params}`;
}
""", cid=hexs(32)), "Blizzard Battle.net docs: Using OAuth, authorization code flow (client_id)")

decoy("ini", "public-ids", "game/Client/Config/DefaultEngine.ini", """\
[OnlineSubsystem]
DefaultPlatformService=EOS

[OnlineSubsystemEOS]
bEnabled=true

[/Script/OnlineSubsystemEOS.EOSSettings]
DefaultArtifactName=ArenaClient
bUseEAS=True
bUseEOSConnect=True
; Client credentials for the game client are injected by the launcher at run time.
+Artifacts=(ArtifactName="ArenaClient",ProductId="8c3a1e0f77b14b2a9d0c6e5f4a3b2c1d",SandboxId="2e7f6d5c4b3a49189786a5b4c3d2e1f0",DeploymentId="a1b2c3d4e5f64718293a4b5c6d7e8f90")
""", "Epic Online Services docs: product, sandbox and deployment ids")

decoy("json", "public-app-id", "game/Unity/Assets/Photon/PhotonUnityNetworking/Resources/PhotonServerSettings.json", fill("""\
{
  "AppSettings": {
    "AppIdRealtime": "<<a>>",
    "AppIdChat": "<<b>>",
    "AppIdVoice": "",
    "AppVersion": "1.4",
    "UseNameServer": true,
    "FixedRegion": "eu",
    "Protocol": 0,
    "EnableLobbyStatistics": false,
    "NetworkLogging": 1
  },
  "DevRegion": "eu",
  "PunLogging": 1,
  "EnableSupportLogger": false,
  "RunInBackground": true
}
""", a=uuid_s(), b=uuid_s()), "Photon PUN docs: PhotonServerSettings AppId (ships in every client build)")

decoy("csharp", "public-title-id", "game/Unity/Assets/Scripts/Backend/PlayFabBootstrap.cs", """\
using PlayFab;
using PlayFab.ClientModels;
using UnityEngine;

public class PlayFabBootstrap : MonoBehaviour
{
    // Title id is public; the client API never needs the developer secret key.
    private const string TitleId = "9C4E1";

    private void Awake()
    {
        PlayFabSettings.staticSettings.TitleId = TitleId;
        var request = new LoginWithCustomIDRequest { CustomId = SystemInfo.deviceUniqueIdentifier, CreateAccount = true };
        PlayFabClientAPI.LoginWithCustomID(request,
            result => Debug.Log($"PlayFab login ok: {result.PlayFabId}"),
            error => Debug.LogError(error.GenerateErrorReport()));
    }
}
""", "Microsoft PlayFab docs: Unity quickstart (TitleId, LoginWithCustomID)")

decoy("json", "public-identifiers", "data/broadcast/channels.json", """\
{
  "twitch": [
    {"login": "cometesports", "broadcaster_id": "193847562"},
    {"login": "cometesports_academy", "broadcaster_id": "847362910"}
  ],
  "youtube": [
    {"handle": "@cometesports", "channel_id": "UCx7Ei3Vb1q_TmY8aLrZ0s9w",
     "uploads_playlist": "UUx7Ei3Vb1q_TmY8aLrZ0s9w"},
    {"handle": "@cometvods", "channel_id": "UCp0Kd2nQ8wRzT1mB5vX3yLa"}
  ],
  "discord": {"guild_id": "884930291837465210", "announcements": "884930291837465213",
              "invite": "https://discord.gg/cometesports"},
  "vods": ["dQw8x2kPzLm", "Xk3pQz9LmN2", "a1B2c3D4e5F"]
}
""", "Twitch Helix user ids, YouTube channel ids, Discord snowflakes (public identifiers)")

decoy("json", "public-oauth-client", "broadcast/youtube-scheduler/oauth-client.json", """\
{
  "web": {
    "client_id": "708391245566-9s8d7f6g5h4j3k2l1q0w9e8r7t6y5u4i.apps.googleusercontent.com",
    "project_id": "comet-broadcast-scheduler",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "redirect_uris": ["https://scheduler.cometesports.gg/oauth2/callback"],
    "javascript_origins": ["https://scheduler.cometesports.gg"]
  }
}
""", "Google Identity docs: OAuth client ids are public; PKCE web flow without client secret")

decoy("html", "discount-codes", "merch/templates/sponsor-banner.html", """\
<section class="sponsor-strip">
  <a href="https://www.example-peripherals.com/?utm_source=comet&utm_medium=stream&utm_campaign=spring24&ref=COMET10"
     target="_blank" rel="noopener sponsored">
    <img src="/img/sponsors/peripherals.svg" alt="Official peripherals partner">
  </a>
  <p>Use code <strong>COMET10</strong> for 10% off mice and headsets.</p>
  <a href="https://energy.example.com/comet?voucher=CLUTCH24" rel="sponsored">Energy drink partner - CLUTCH24</a>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q2R9XK4PL"></script>
</section>
""", "Sponsorship affiliate links: UTM parameters, public discount codes")

decoy("javascript", "public-storefront-token", "merch/storefront/src/shopify.js", fill("""\
// Headless storefront: the Storefront API public access token is meant for the browser
// (read-only product and cart scopes). Admin access stays server-side.
import { createStorefrontApiClient } from "@shopify/storefront-api-client";

export const client = createStorefrontApiClient({
  storeDomain: "https://titan-league-store.myshopify.com",
  apiVersion: "2024-01",
  publicAccessToken: "<<t>>",
});

export async function products(first = 24) {
  const { data } = await client.request(`query ($first: Int!) {
    products(first: $first) { nodes { id title handle priceRange { minVariantPrice { amount currencyCode } } } }
  }`, { variables: { first } });
  return data.products.nodes;
}
""", t=hexs(32)), "Shopify docs: Storefront API public access tokens (for client-side use)")

decoy("html", "public-site-key", "site/tournament-portal/resources/views/register.blade.php", fill("""\
@extends('layouts.app')

@section('content')
<form method="POST" action="{{ route('teams.register') }}">
    @csrf
    <input name="team_name" required maxlength="32">
    <input name="captain_steam" placeholder="SteamID64 or profile URL" required>
    <div class="g-recaptcha" data-sitekey="6L<<sk>>"></div>
    <button type="submit">Register team</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
@endsection
""", sk=draw(38, B64URL)), "Google reCAPTCHA docs: site key (public) vs secret key")

decoy("http", "csp-hashes", "overlays/dist/_headers", fill("""\
/*
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-<<a>>' 'sha256-<<b>>'; connect-src 'self' wss://realtime.ably.io https://*.ingest.de.sentry.io; img-src 'self' data: https://static-cdn.jtvnw.net
  X-Frame-Options: SAMEORIGIN
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=()

/assets/*
  Cache-Control: public, max-age=31536000, immutable
""", a=draw(43, B64) + "=", b=draw(43, B64) + "="), "MDN: Content-Security-Policy script-src hash sources; Netlify _headers")

decoy("html", "sri-hashes", "overlays/dist/scoreboard.html", fill("""\
<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/animate.css@4.1.1/animate.min.css"
        integrity="sha384-<<a>>" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/gsap@3.12.5/dist/gsap.min.js"
          integrity="sha384-<<b>>" crossorigin="anonymous"></script>
  <script type="module" src="/assets/scoreboard.js"></script>
</head>
<body class="transparent">
  <div id="score"><span class="team a"></span><span class="points"></span><span class="team b"></span></div>
</body>
</html>
""", a=draw(64, B64), b=draw(64, B64)), "MDN: Subresource Integrity (integrity attribute)")

decoy("shell-history", "vault-lookup", "ops/notes/rotate-rcon-history.txt", """\
vault login -method=oidc role=lanops
export RCON_PASSWORD="$(vault kv get -field=rcon_password kv/gameservers/cs2)"
for h in m1 m2 m3 m4; do ssh "$h.play.striker-league.eu" "sudo /opt/tools/set-rcon.sh" <<< "$RCON_PASSWORD"; done
unset RCON_PASSWORD
vault kv put kv/gameservers/cs2 rcon_password="$(openssl rand -base64 24)"
vault kv metadata get kv/gameservers/cs2
""", "HashiCorp Vault CLI: vault kv get -field, vault kv put")

decoy("dockerfile", "build-secret-mount", "servers/cs2/Dockerfile", """\
# syntax=docker/dockerfile:1.6
FROM cm2network/steamcmd:root AS base

ARG CS2_DIR=/home/steam/cs2
RUN mkdir -p ${CS2_DIR} && chown steam:steam ${CS2_DIR}
USER steam

RUN /home/steam/steamcmd/steamcmd.sh +force_install_dir ${CS2_DIR} +login anonymous +app_update 730 validate +quit

# Match plugins come from our private registry; the token is a BuildKit secret, never a layer.
RUN --mount=type=secret,id=plugins_token,uid=1000 \\
    curl -sf -H "Authorization: Bearer $(cat /run/secrets/plugins_token)" \\
      https://plugins.striker-league.eu/cs2/matchzy-latest.tar.gz | tar -xz -C ${CS2_DIR}/game/csgo

COPY --chown=steam:steam entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
""", "Docker docs: Build secrets (RUN --mount=type=secret)")

decoy("k8s", "sealed-secret", "deploy/k8s/broadcast/obs-sealedsecret.yaml", fill("""\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: obs-control
  namespace: broadcast
spec:
  encryptedData:
    OBS_PASSWORD: <<a>>
    TWITCH_STREAM_KEY: <<b>>
  template:
    metadata:
      name: obs-control
      namespace: broadcast
    type: Opaque
""", a="AgB" + draw(340, B64) + "=", b="AgC" + draw(340, B64) + "="),
    "Bitnami sealed-secrets README: SealedSecret encryptedData (asymmetric ciphertext)")

decoy("yaml", "kms-ciphertext", "services/live-notifier/serverless.yml", fill("""\
service: live-notifier
provider:
  name: aws
  runtime: python3.12
  region: eu-central-1
  environment:
    # KMS-encrypted; decrypted at cold start with kms:Decrypt on alias/live-notifier
    TWITCH_CLIENT_SECRET_ENC: AQICAHh<<c>>
    TWITCH_CLIENT_ID: <<cid>>
  iam:
    role:
      statements:
        - Effect: Allow
          Action: kms:Decrypt
          Resource: arn:aws:kms:eu-central-1:418273645091:key/6f2c1e0a-9b8d-4c7e-a6f5-e4d3c2b1a098
functions:
  poll:
    handler: handler.poll
    events:
      - schedule: rate(1 minute)
""", c=draw(180, B64) + "==", cid=draw(30, LOWER_ALNUM)),
    "AWS KMS docs: Encrypt (ciphertext blob, base64); Serverless Framework environment")

decoy("json", "match-config", "servers/cs2/matches/spring-w07-m3.json", """\
{
  "matchid": "spring24-w07-m3",
  "num_maps": 3,
  "players_per_team": 5,
  "min_players_to_ready": 5,
  "skip_veto": false,
  "veto_first": "team1",
  "side_type": "standard",
  "maplist": ["de_ancient", "de_anubis", "de_dust2", "de_inferno", "de_mirage", "de_nuke", "de_vertigo"],
  "team1": {
    "name": "Raptor",
    "tag": "RPT",
    "players": {"76561198074829301": "kestrel", "76561198110294857": "onyx", "76561198201938475": "glacier",
                "76561198039485761": "spectre", "76561198147382910": "comet"}
  },
  "team2": {
    "name": "Lynx Academy",
    "tag": "LNXA",
    "players": {"76561198288001122": "frost", "76561198288001133": "viper", "76561198288001144": "blitz",
                "76561198288001155": "ace", "76561198288001166": "rook"}
  },
  "cvars": {"hostname": "Raptor vs Lynx Academy | Spring W07", "tv_delay": "105"}
}
""", "MatchZy/get5 match configuration JSON (SteamID64 player lists)")

decoy("sourcepawn", "cvar-reference", "servers/cs2/plugins/src/stats_upload.sp", """\
#include <sourcemod>
#include <SteamWorks>

ConVar g_cvUrl;
ConVar g_cvKey;

public Plugin myinfo = {
    name = "Stats upload",
    author = "Striker League",
    version = "1.2.0",
};

public void OnPluginStart()
{
    g_cvUrl = CreateConVar("sl_stats_url", "https://stats.striker-league.eu/api/round", "Upload endpoint");
    // The key is set per server from secrets.cfg (written by Vault agent), protected cvar.
    g_cvKey = CreateConVar("sl_stats_key", "", "Upload API key", FCVAR_PROTECTED);
    AutoExecConfig(true, "stats_upload");
}

void SendRound(const char[] json)
{
    char url[256], key[128];
    g_cvUrl.GetString(url, sizeof(url));
    g_cvKey.GetString(key, sizeof(key));
    Handle req = SteamWorks_CreateHTTPRequest(k_EHTTPMethodPOST, url);
    SteamWorks_SetHTTPRequestHeaderValue(req, "X-Api-Key", key);
    SteamWorks_SetHTTPRequestRawPostBody(req, "application/json", json, strlen(json));
    SteamWorks_SendHTTPRequest(req);
}
""", "AlliedModders wiki: ConVars (FCVAR_PROTECTED), SteamWorks extension HTTP")

decoy("cpp", "test-vector", "anticheat/client/tests/telemetry_signing_test.cpp", """\
#include <gtest/gtest.h>

#include "hmac_sha256.h"

// RFC 4231 test case 1 and 2: the key and data are the published vectors, not our keys.
TEST(HmacSha256, Rfc4231Case1) {
    const std::string key(20, '\\x0b');
    const std::string data = "Hi There";
    EXPECT_EQ(spectre::ac::HmacSha256Hex(key, data),
              "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
}

TEST(HmacSha256, Rfc4231Case2) {
    const std::string key = "Jefe";
    const std::string data = "what do ya want for nothing?";
    EXPECT_EQ(spectre::ac::HmacSha256Hex(key, data),
              "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}
""", "RFC 4231: Identifiers and Test Vectors for HMAC-SHA-256")

decoy("csv", "hashed-ids", "anticheat/bans/hwid_bans.csv", fill("""\
hwid_sha256,steam_id64,reason,banned_at,expires
<<h1>>,76561198900112233,"aimbot (sig loader_v2)",2024-02-11T20:14:00Z,never
<<h2>>,76561198900112244,"ban evasion",2024-02-19T18:02:00Z,never
<<h3>>,76561198900112255,"esp overlay",2024-03-03T21:40:00Z,2025-03-03T21:40:00Z
<<h4>>,76561198900112266,"macro / triggerbot usb",2024-03-22T16:55:00Z,never
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64)), "Anti-cheat hardware bans: SHA-256 of hardware identifiers")

decoy("sql", "client-variable", "stats/warehouse/migrations/0008_grafana_role.sql", """\
-- Run with: psql -v grafana_password="$(vault kv get -field=password kv/stats/grafana)" -f 0008_grafana_role.sql
\\set ON_ERROR_STOP on
BEGIN;
CREATE ROLE grafana_ro LOGIN PASSWORD :'grafana_password' IN ROLE analyst;
ALTER ROLE grafana_ro SET statement_timeout = '30s';
ALTER ROLE grafana_ro CONNECTION LIMIT 10;
COMMIT;
""", "PostgreSQL psql docs: variables and SQL interpolation (:'name')")

decoy("r", "env-reference", "analysis/scouting/fetch_faceit.R", """\
library(httr2)

api_key <- Sys.getenv("FACEIT_API_KEY")
if (!nzchar(api_key)) stop("Set FACEIT_API_KEY in ~/.Renviron")

player_stats <- function(player_id, game = "cs2") {
  request("https://open.faceit.com/data/v4") |>
    req_url_path_append("players", player_id, "stats", game) |>
    req_auth_bearer_token(api_key) |>
    req_perform() |>
    resp_body_json()
}
""", "httr2 docs: req_auth_bearer_token; R Sys.getenv and .Renviron")

decoy("swift", "keychain-lookup", "ios/CometCompanion/Networking/TokenStore.swift", """\
import Foundation
import Security

/// Session tokens are issued per user at login and kept in the Keychain.
enum TokenStore {
    private static let service = "gg.comet.companion.session"

    static func read() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", "Apple docs: Keychain Services, SecItemCopyMatching")

decoy("kotlin", "gradle-property-reference", "android/wear/build.gradle.kts", """\
import java.util.Properties

val secrets = Properties().apply {
    val f = rootProject.file("local.properties")  // git-ignored, filled by CI from a secret
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    defaultConfig {
        buildConfigField("String", "STATS_API_URL", "\\"https://api.stats.novagg.gg/\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${secrets.getProperty("MAPS_KEY", "")}\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "nova-companion"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""", "Android docs: Sign your app (signingConfigs from environment), local.properties")

_nb = json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Opponent economy tendencies"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import getpass\n",
            "import pandas as pd\n",
            "from sqlalchemy import create_engine\n",
            "\n",
            "pw = getpass.getpass('warehouse password: ')\n",
            "engine = create_engine(f'postgresql+psycopg2://analyst:{pw}@warehouse.stats.internal:5432/stats')"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "eco = pd.read_sql('select team, buy_type, avg(round_won::int) as wr from stats.rounds group by 1, 2', engine)\n",
            "eco.pivot(index='team', columns='buy_type', values='wr')"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.8"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1)
decoy("notebook", "prompted-password", "analysis/notebooks/economy_tendencies.ipynb", _nb + "\n",
      "Python docs: getpass.getpass; Jupyter nbformat v4")

decoy("markdown", "redacted", "docs/incidents/2024-02-stream-key-leak.md", """\
# Incident: stream key shown on screen (2024-02-17)

**Summary.** During the Saturday broadcast the producer opened OBS settings while the program
output was the desktop capture. The Twitch stream key was visible for ~4 seconds.

**Leaked value.** `live_1938*****_****************************` (redacted; key was reset at 19:42).

**Timeline.**
- 19:38 clip posted in chat by a viewer
- 19:41 key reset in the Twitch creator dashboard, backup encoder switched to the new key
- 19:44 main OBS updated, stream resumed

**Actions.** Desktop capture removed from program scenes; OBS settings only on the preview monitor.
""", "Post-incident review template; redacted credential")

decoy("wireguard", "private-key-file", "broadcast/remote/wg-venue.conf", fill("""\
# Venue side of the remote production tunnel. The private key is generated on the box:
#   wg genkey | tee /etc/wireguard/venue.key | wg pubkey
[Interface]
Address = 10.77.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/venue.key

[Peer]
# caster-home-1
PublicKey = <<p1>>
AllowedIPs = 10.77.0.12/32

[Peer]
# caster-home-2
PublicKey = <<p2>>
AllowedIPs = 10.77.0.13/32
""", p1=draw(43, B64) + "=", p2=draw(43, B64) + "="), "WireGuard wg(8): set private-key from a file; peer public keys")

decoy("cisco-ios", "password-hash", "lan/network/access-switch-byoc.cfg", fill("""\
!
hostname ZL-BYOC-ACC-03
!
enable secret 9 $9$<<e1>>$<<e2>>
!
username lanops privilege 15 secret 9 $9$<<u1>>$<<u2>>
!
aaa new-model
aaa authentication login default group tacacs+ local
!
interface range GigabitEthernet1/0/1 - 44
 description BYOC seats row C
 switchport access vlan 10
 switchport mode access
 spanning-tree portfast
 spanning-tree bpduguard enable
!
end
""", e1=draw(14, ALNUM + "./"), e2=draw(43, ALNUM + "./"), u1=draw(14, ALNUM + "./"), u2=draw(43, ALNUM + "./")),
    "Cisco IOS docs: enable secret / username secret type 9 (scrypt hashes)")

decoy("yaml", "secret-names", "site/league-rails/config/deploy.yml", """\
# Kamal deploy config: only the NAMES of secrets; values come from .kamal/secrets (git-ignored)
service: league
image: raptor-esports/league

servers:
  web:
    - 203.0.113.40
    - 203.0.113.41
  job:
    hosts:
      - 203.0.113.42
    cmd: bin/jobs

registry:
  server: ghcr.io
  username: raptor-ops
  password:
    - KAMAL_REGISTRY_PASSWORD

env:
  clear:
    DB_HOST: pg-primary.league.internal
    RAILS_LOG_TO_STDOUT: "1"
  secret:
    - RAILS_MASTER_KEY
    - DATABASE_PASSWORD
    - STEAM_API_KEY
""", "Kamal docs: Environment variables (env.secret names, .kamal/secrets)")

decoy("env", "empty-values", "site/tournament-portal/.env.example", """\
APP_NAME="Striker League"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=striker
DB_USERNAME=striker_app
DB_PASSWORD=

PUSHER_APP_ID=
PUSHER_APP_KEY=
PUSHER_APP_SECRET=
STEAM_API_KEY=
""", "Laravel .env.example conventions")

decoy("terraform", "sensitive-variable", "infra/dns/variables.tf", """\
variable "cloudflare_api_token" {
  description = "Cloudflare token with Zone:DNS:Edit on the play zone. Set TF_VAR_cloudflare_api_token."
  type        = string
  sensitive   = true
}

variable "zone_id" {
  description = "Zone id of striker-league.eu (not secret)"
  type        = string
  default     = "5f3a9c2e1b7d4086a2c1e9f0b8d7c6a5"
}

variable "match_server_ips" {
  type    = map(string)
  default = { m1 = "203.0.113.10", m2 = "203.0.113.11", m3 = "203.0.113.12", m4 = "203.0.113.13" }
}
""", "Terraform docs: Input variables (sensitive = true, TF_VAR_ environment)")

decoy("ansible", "vault-lookup", "ansible/roles/cs2/tasks/secrets.yml", """\
---
- name: Read match server secrets from Vault
  ansible.builtin.set_fact:
    cs2_secrets: "{{ lookup('community.hashi_vault.vault_kv2_get', 'gameservers/cs2', engine_mount_point='kv') }}"
  no_log: true

- name: Write secrets.cfg
  ansible.builtin.template:
    src: secrets.cfg.j2
    dest: "{{ cs2_install_dir }}/game/csgo/cfg/secrets.cfg"
    owner: "{{ cs2_user }}"
    mode: "0600"
  vars:
    rcon_password: "{{ cs2_secrets.secret.rcon_password }}"
    gslt: "{{ cs2_secrets.secret.gslt[inventory_hostname] }}"
  no_log: true
  notify: restart cs2
""", "community.hashi_vault collection docs: vault_kv2_get lookup")
