"""Forms read after blind set AO (game servers and game-studio tooling, kinds/_game_servers.py, and the
general gaps its cases showed): Steam's GSLTs and Web API keys, start lines' RCON cvars and options (a
value before a line continuation or a quoted argument), glued names (`passwordAdmin`, `icesecretwrite`),
TeamSpeak's query login, Terraria's serverconfig.txt, TShock's REST tokens, a YAML list of tokens, Twitch's
`OAuth` header, a wrapped literal on the line below its key, a URL cut inside its password; each beside
the decoys of its format (Nakama's documented defaults, a GameAnalytics game key, empty and default
settings, bcrypt hashes, steamcmd's anonymous login). Every value here is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
KEYWORD = "Secret Keyword"
DATABASE = "Database Credentials"

TRUE_FORMS: List[Tuple[str, str, int, str, str]] = [
    # a glued name holding a credential's word: the keyword hit blocks (kinds/_game_servers.keyword_verdict)
    ("arma3/server.cfg", 'hostname = "Ops";\npassword = "";\npasswordAdmin = "Kestrel*Harbor4471";\n', 3, KEYWORD,
     "Kestrel*Harbor4471"),
    ("mumble/murmur.ini", "ice=\"tcp -h 127.0.0.1 -p 6502\"\nicesecretread=\nicesecretwrite=BPlez3XmOONK2Nl1Eewrm0Rd\n", 3,
     KEYWORD, "BPlez3XmOONK2Nl1Eewrm0Rd"),
    ("lgsm/config-lgsm/arma3server/arma3server.cfg", "steamuser=\"ops\"\nsteampass='Walnut%Quarry5518'\n", 2, LITERAL,
     "Walnut%Quarry5518"),
    # TeamSpeak generates eight characters
    ("ts3/sync.py", 'conn.exec_("login", client_login_name="serveradmin", client_login_password="DQmbTUfG")\n', 1, KEYWORD,
     "DQmbTUfG"),
    # Terraria's serverconfig.txt is a configuration, no documentation
    ("terraria/serverconfig.txt", "#Set the server password\npassword=Heron71!\nmotd=Boss rush at 9\n", 2, KEYWORD, "Heron71!"),
    # Steam: a GSLT in server.cfg, on a start line, under LinuxGSM's name; a Web API key given to -authkey
    ("tf/cfg/server.cfg", 'hostname "Pub"\nsv_setsteamaccount 571A6DBBB5F0E0BA08F69B483E516C98\nsv_pure 1\n', 2, LITERAL,
     "571A6DBBB5F0E0BA08F69B483E516C98"),
    ("lgsm/config-lgsm/tf2server/tf2server.cfg", 'gslt="571A6DBBB5F0E0BA08F69B483E516C98"\n'
     'startparameters="-game tf +sv_setsteamaccount ${gslt}"\n', 1, LITERAL, "571A6DBBB5F0E0BA08F69B483E516C98"),
    ("start_gmod.sh", "exec ./srcds_run -game garrysmod \\\n  -authkey 571A6DBBB5F0E0BA08F69B483E516C98 \\\n  -tickrate 33\n",
     2, LITERAL, "571A6DBBB5F0E0BA08F69B483E516C98"),
    ("oxide/config/SteamChecks.json", '{\n  "Steam API Key": "571A6DBBB5F0E0BA08F69B483E516C98",\n  "Maximum VAC bans": 0\n}\n',
     2, LITERAL, "571A6DBBB5F0E0BA08F69B483E516C98"),
    # RCON: Rust's cvar and Factorio's option before a line continuation, a docstring's usage line
    ("rust/start.sh", "./RustDedicated -batchmode \\\n  +rcon.port 28016 \\\n  +rcon.password \"EzYiwb3BtAxzZ5ewoxOJ\" \\\n"
     "  +rcon.web 1\n", 3, LITERAL, "EzYiwb3BtAxzZ5ewoxOJ"),
    ("factorio/start.sh", "exec ./bin/x64/factorio \\\n  --rcon-bind 0.0.0.0:27015 \\\n  --rcon-password 'EzYiwb3BtAxzZ5ewoxOJ' \\\n"
     "  --mod-directory ./mods\n", 3, LITERAL, "EzYiwb3BtAxzZ5ewoxOJ"),
    ("tools/rcon_cli.py", '"""Usage:\n    python tools/rcon_cli.py --host 10.0.0.5 --password \'Otter2021_\' "list"\n"""\n', 2,
     LITERAL, "Otter2021_"),
    ("scripts/backup.sh", "mcrcon -H 127.0.0.1 -P 25575 -p 'Otter2021_' \"save-all\"\n", 1, LITERAL, "Otter2021_"),
    # Apple's app-specific password before a continuation
    ("scripts/notarize.sh", 'xcrun notarytool submit "$ZIP" \\\n  --apple-id "release@studio.example" \\\n'
     '  --password "psaj-jcee-vbav-evpt" \\\n  --wait\n', 3, LITERAL, "psaj-jcee-vbav-evpt"),
    # Twitch's OAuth scheme (Streamlink's config)
    ("streamlink/config.twitch", "# archiver\ntwitch-api-header=Authorization=OAuth dnimizvsuity9j0bgcu0kxklqorisb\n", 2, LITERAL,
     "dnimizvsuity9j0bgcu0kxklqorisb"),
    # a wrapper opened at the line's end, its literal below
    ("auth/ticket.py", 'TICKET_KEY = bytes.fromhex(\n    "c5b47864d67bc52dbd59025f375dea405ac831f03a7058fdf2a0faead3bdeec6"\n)\n',
     2, LITERAL, "c5b47864d67bc52dbd59025f375dea405ac831f03a7058fdf2a0faead3bdeec6"),
    # a YAML list of tokens (BungeeGuard's backend)
    ("plugins/BungeeGuard/config.yml", "allowed-tokens:\n- 2sLhtUdLTSQGs4Qi63fBXtDpWJ4YyjrK1qLlki0MApopRO2hM94tshzdfI7FamhP\n",
     2, LITERAL, "2sLhtUdLTSQGs4Qi63fBXtDpWJ4YyjrK1qLlki0MApopRO2hM94tshzdfI7FamhP"),
    # TShock's REST tokens are the keys of their users' objects
    ("tshock/config.json", '{\n  "Settings": {\n    "ApplicationRestTokens": {\n'
     '      "yczom4ArA8Xpx8Wl5JFwrnruoFOs4my1wTlbwn78": {\n        "Username": "bridge"\n      }\n    }\n  }\n}\n', 4, LITERAL,
     "yczom4ArA8Xpx8Wl5JFwrnruoFOs4my1wTlbwn78"),
    # a URL wrapped inside its password
    ("leaderboard/db.py", 'URL = (\n    "postgresql+psycopg2://lb:Garnet*"\n    "Lantern3390@pg.acme.internal:5432/lb"\n)\n', 2, LITERAL,
     "Garnet*Lantern3390"),
    # steamcmd's login as an argument list over lines, and behind a cmd variable
    ("ci/upload.py", 'cmd = [\n    STEAMCMD,\n    "+login", "ci_bot",\n    "Quarry#Walnut7781",\n    "+quit",\n]\n', 4, LITERAL,
     "Quarry#Walnut7781"),
    ("tools/upload.bat", '"%STEAMCMD%" +login release_bot Quarry#Walnut7781 +run_app_build "%SCRIPT%" +quit\n', 1, LITERAL,
     "Quarry#Walnut7781"),
]

DECOYS: List[Tuple[str, str]] = [
    # Nakama's documented default keys
    ("nakama/local.yml", 'socket:\n  server_key: "defaultkey"\nsession:\n  encryption_key: "defaultencryptionkey"\n'
     '  refresh_encryption_key: "defaultrefreshencryptionkey"\nruntime:\n  http_key: "defaulthttpkey"\n'),
    # a GameAnalytics game key is public (its secret key is read from the environment)
    ("telemetry/ga.py", 'GA_GAME_KEY = "c5b47864d67bc52dbd59025f375dea40"\nGA_SECRET_KEY = os.getenv("GA_SECRET_KEY")\n'),
    ("mumble/murmur.default.ini", ";icesecretread=\nicesecretwrite=\nserverpassword=\n"),
    ("lgsm/config-default/config-lgsm/rustserver/_default.cfg", 'rconpassword="CHANGE_ME"\nsteampass=""\ngslt=""\n'),
    ("tf/cfg/server_public.cfg", '// rcon_password and sv_setsteamaccount live in secrets.cfg\nrcon_password ""\nexec secrets.cfg\n'),
    ("install_server.sh", '"$STEAMCMD" +force_install_dir "$DIR" \\\n  +login anonymous \\\n  +app_update 896660 validate \\\n  +quit\n'),
    ("start.sh", "./srcds_run -game tf +sv_setsteamaccount $GSLT +rcon_password \"$RCON_PASSWORD\" +map ctf_2fort\n"),
    ("addons/sourcemod/configs/databases.cfg", '"Databases"\n{\n\t"default"\n\t{\n\t\t"user"\t\t"root"\n\t\t"pass"\t\t""\n\t}\n}\n'),
    ("nginx/.htpasswd", "ops:$2y$05$Xq1Wm8Zt3Lk9Vr2Np7Yb4.Hc6Jd1Fg0As5Ce8Ti3Uw7Zk2Lp8Mq4Vx6\n"),
    ("modpack/.env", "# bcrypt of the admin password (console.curseforge.com is the pack's source)\n"
     "ADMIN_PASSWORD_HASH='$2a$10$Xq1Wm8Zt3Lk9Vr2Np7Yb4.Hc6Jd1Fg0As5Ce8Ti3Uw7Zk2Lp8Mq4Vx6'\n"),
    ("plugins/BungeeGuard/config.yml", "allowed-tokens:\n- ${BUNGEEGUARD_TOKEN}\n- changeme\n"),
    ("apt/keys.yml", "keys:\n  - 5B8E3F1A2C4D6E8F0A1B3C5D7E9F1A2B3C4D5E6F\n"),
    ("oauth1.py", 'h = {"Authorization": \'OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_version="1.0"\'}\n'),
    ("labels.py", 'TOKEN_LABEL = (\n    "Personal access token"\n)\n'),
    ("web/locales/de.json", '{\n  "API Key": "API-Schluessel",\n  "Steam API Key": "Steam-API-Schluessel"\n}\n'),
    ("notarize.sh", 'xcrun notarytool submit Game.zip -p "notary-profile" --wait\n'
     'xcrun altool --upload-app -f Game.ipa -u "$APPLE_ID" -p "@keychain:AC_PASSWORD"\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "kind", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, kind: str, secret: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
