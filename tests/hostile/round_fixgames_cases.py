"""Hostile text for the game-server and studio-tooling reads after blind set AO (kinds/_game_servers.py,
and the general gaps: an option's value before a line continuation, a YAML list of tokens, a wrapper
opened at a line's end, Twitch's OAuth header, a URL cut inside its password): one 256 KB line repeating
each form, or thousands of lines of it, every value different and generated-looking, then a planted
Telegram token. The scan must reach it (and report it); each must finish in well under 3 s. Generated
fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_BCRYPT = "./" + _ALNUM


def _drawn(number: int, length: int, alphabet: str = _ALNUM) -> str:
    return drawn("fixgames", number, length, alphabet)


def _hex32(number: int) -> str:
    return _drawn(number, 32, "0123456789ABCDEF")


CASES: List[HostileCase] = [
    # start lines' cvars and options, continued
    fragment_line_case("fixgames-cvars", "start.sh", lambda n: f'+rcon.password "{_drawn(n, 20)}" +sv_setsteamaccount {_hex32(n)} '),
    fragment_line_case("fixgames-continued-options", "start.sh", lambda n: f"--rcon-password '{_drawn(n, 20)}' \\"),
    many_lines_case("fixgames-continued-lines", "start.sh", "./srcds_run -game tf \\\n",
                     lambda n: f"  --rcon-password '{_drawn(n, 20)}' \\\n  -authkey {_hex32(n)} \\\n", 800),
    fragment_line_case("fixgames-gslt-names", "tf2server.cfg", lambda n: f'gslt="{_hex32(n)}" steam_acc={_hex32(n + 1)} '),
    # KeyValues and glued names
    many_lines_case("fixgames-keyvalues", "addons/sourcemod/configs/databases.cfg", '"Databases"\n{\n',
                     lambda n: f'\t\t"pass"\t\t"{_drawn(n, 18)}!"\n', 2_000),
    many_lines_case("fixgames-glued-names", "lgsm/config-lgsm/x/x.cfg", "",
                     lambda n: f"steampass='{_drawn(n, 16)}%'\nicesecretwrite={_drawn(n, 24)}\n", 750),
    # steamcmd's login, RCON clients and tools
    fragment_line_case("fixgames-steam-login-lists", "upload.py", lambda n: f'"+login", "u{n}", "{_drawn(n, 14)}#", '),
    fragment_line_case("fixgames-steam-logins", "upload.bat", lambda n: f"+login u{n} {_drawn(n, 14)}# "),
    fragment_line_case("fixgames-rcon-clients", "backup.py", lambda n: f'MCRcon("10.0.{n % 250}.7", "{_drawn(n, 16)}*", port=1) '),
    fragment_line_case("fixgames-rcon-calls-unclosed", "backup.py", lambda n: f'RCONClient("{_drawn(n, 16)}", '),
    fragment_line_case("fixgames-rcon-tools", "backup.sh", lambda n: f"mcrcon -H h{n} -p {_drawn(n, 16)} "),
    # uMod's spaced keys, TeamSpeak, Nakama, CurseForge, altool
    many_lines_case("fixgames-spaced-keys", "oxide/config/Plugin.json", "{\n",
                     lambda n: f'  "Steam API Key {n}": "{_hex32(n)}",\n'),
    fragment_line_case("fixgames-query-logins", "ts3.py", lambda n: f'client_login_password="{_drawn(n, 8)}", '),
    fragment_line_case("fixgames-nakama-addresses", "compose.yml",
                       lambda n: f"--database.address u{n}:{_drawn(n, 20)}@db{n}:26257 "),
    fragment_line_case("fixgames-curseforge-keys", ".env",
                       lambda n: f"CF_API_KEY='$2a$10${_drawn(n, 53, _BCRYPT)}' "),
    fragment_line_case("fixgames-altool", "notarize.sh", lambda n: f'altool -p "{_drawn(n, 16)}" '),
    many_lines_case("fixgames-altool-continued", "notarize.sh", "xcrun altool --notarize-app \\\n",
                     lambda n: f'  -p "{_drawn(n, 16)}" \\\n'),
    # TShock's tokens, a list of tokens, an OAuth header, wrapped literals and URLs
    many_lines_case("fixgames-rest-tokens", "tshock/config.json", '{\n  "ApplicationRestTokens": {\n',
                     lambda n: f'    "{_drawn(n, 40)}": {{ "Username": "u{n}" }},\n'),
    many_lines_case("fixgames-listed-tokens", "config.yml", "allowed-tokens:\n", lambda n: f"- {_drawn(n, 64)}\n"),
    fragment_line_case("fixgames-oauth-headers", "config.twitch", lambda n: f"Authorization=OAuth {_drawn(n, 30)} "),
    many_lines_case("fixgames-wrapped-literals", "keys.py", "",
                     lambda n: f'KEY_{n} = bytes.fromhex(\n    "{_drawn(n, 64, "0123456789abcdef")}"\n)\n', 2_000),
    many_lines_case("fixgames-wrapped-urls", "db.py", "",
                     lambda n: f'U{n} = (\n    "postgresql://u{n}:{_drawn(n, 8)}"\n    "{_drawn(n + 1, 8)}@db{n}.internal/x"\n)\n', 1_000),
]
