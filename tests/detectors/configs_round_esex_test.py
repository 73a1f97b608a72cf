"""Forms and decoys read after blind rounds ES-EX (configurations and scripts, credential-named keys judged too
weakly): a short password a generator drew under a password's name, eight to fifteen letters and digits
(`password = <8 lower-case and digits>` in a weather station's upload section, a `*_pass <- "<mixed case>"` in an
R script, a YAML or JSON password of capitals and digits); an auth key of mixed case and a digit whose
lower-case head reads as no word (a POS terminal's `authkey=`); a server's key (`ServerKey`, `server_key`,
`SERVER_KEY`) holding a drawn value, the secret a server side holds. And the decoys of the same forms: a name, one
capitalised word, a word and a number, a product's default in leetspeak, hex (a digest's prefix), an alphabet's
run, a placeholder, a server's key file, its public key, a node's name, an identifier under a key. Through the
engine. Every value here is generated (seeds 1,660,000-1,660,199)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
CONSONANTS = "bcdfghjklmnpqrstvwxz"
VOWELS = "aeiou"

# short drawn passwords (seeds whose draw breaks into four runs or more: credential_keys.drawn_short_password)
_STATION = drawn(1660000, 8, LOWER + DIGITS)
_STATION_2 = drawn(1660003, 8, LOWER + DIGITS)
_STATION_3 = drawn(1660004, 8, LOWER + DIGITS)
_CASED = drawn(1660000, 10, LOWER + UPPER)
_CASED_2 = drawn(1660001, 10, LOWER + UPPER)
_CASED_3 = drawn(1660003, 10, LOWER + UPPER)
_CAPITALS = drawn(1660003, 9, UPPER + DIGITS)
_CAPITALS_2 = drawn(1660009, 9, UPPER + DIGITS)


def _terminal_key(seed: int) -> str:
    """A terminal's short auth key: three consonants, a capitalised run, a digit inside lower-case letters."""
    return (drawn(seed, 3, CONSONANTS) + drawn(seed + 1, 1, UPPER) + drawn(seed + 2, 1, VOWELS) + drawn(seed + 3, 1, LOWER)
            + drawn(seed + 4, 1, DIGITS) + drawn(seed + 5, 1, VOWELS) + drawn(seed + 6, 2, LOWER))


_TERMINAL = _terminal_key(1660100)
_TERMINAL_2 = _terminal_key(1660110)
_TERMINAL_3 = _terminal_key(1660120)
_SERVER_KEY = drawn_mixed(1660130, 12)
_SERVER_KEY_2 = drawn_mixed(1660131, 16)
_SERVER_KEY_3 = drawn_mixed(1660132, 14)
_PUBLIC = drawn_mixed(1660140, 43) + "="

TRUE_FORMS = [
    # a weather station's upload password in a configobj file's nested section, an INI's, a YAML's
    ("wx/weewx.conf", "[StdRESTful]\n    [[PWSweather]]\n        enable = true\n        station = KSTATION9\n"
     f"        password = {_STATION}\n", 5, _STATION, "Secret Keyword"),
    ("upload/station.ini", f"[awekas]\nusername = ridge\npassword = {_STATION_2}\n", 3, _STATION_2, "Secret Keyword"),
    ("config/uploader.yaml", f"cwop:\n  station: ridge-top\n  password: {_STATION_3}\n", 3, _STATION_3, "Secret Keyword"),
    # an R script's `<-` and `=` under a `*_pass` name, a Python constant: mixed case, no digit
    ("analysis/fetch_obs.R", f'api_user <- "ridge_analytics"\napi_pass <- "{_CASED}"\n', 2, _CASED, "Literal Credential"),
    ("analysis/pull.R", f'meteo_pass = "{_CASED_2}"\nresp <- GET(url, authenticate("ridge", meteo_pass))\n', 1, _CASED_2,
     "Literal Credential"),
    ("jobs/sync.py", f'SFTP_PASSWORD = "{_CASED_3}"\n', 1, _CASED_3, "Secret Keyword"),
    # capitals and digits, as a reservation system issues a password
    ("gds/settings.json", f'{{\n  "user": "WS1188",\n  "password": "{_CAPITALS}"\n}}\n', 3, _CAPITALS, "Secret Keyword"),
    ("gds/.env", f"GDS_PASSWORD={_CAPITALS_2}\n", 1, _CAPITALS_2, "Secret Keyword"),
    # a POS terminal's auth key (INI, YAML, JSON)
    ("pos/terminal.ini", f"[spin]\ntpn=406313521294\nauthkey={_TERMINAL}\n", 3, _TERMINAL, "Secret Keyword"),
    ("pos/lane.yaml", f"terminal:\n  auth_key: {_TERMINAL_2}\n", 2, _TERMINAL_2, "Secret Keyword"),
    ("pos/lane.json", f'{{"terminal": {{"authKey": "{_TERMINAL_3}"}}}}\n', 1, _TERMINAL_3, "Secret Keyword"),
    # a server's key: a player's settings element, a payment API's environment, a YAML setting
    ("signage/player.xml", "<ApplicationSettings>\n  <ServerUri>https://cms.signage.invalid</ServerUri>\n"
     f"  <ServerKey>{_SERVER_KEY}</ServerKey>\n</ApplicationSettings>\n", 3, _SERVER_KEY, "Literal Credential"),
    ("billing/.env", f"PAYMENTS_SERVER_KEY={_SERVER_KEY_2}\n", 1, _SERVER_KEY_2, "Literal Credential"),
    ("config/push.yml", f"push:\n  server_key: {_SERVER_KEY_3}\n", 2, _SERVER_KEY_3, "Literal Credential"),
]

DECOYS = [
    # a name, one capitalised word, a word and a number, a product's default in leetspeak, runs, placeholders
    ("wx/weewx.conf", "[StdRESTful]\n    [[Wunderground]]\n        password = replace_me\n"
     "    [[PWSweather]]\n        password = StationName\n"),
    ("upload/station.ini", "[a]\npassword = Meridian\n[b]\npassword = ubuntu22lts\n[c]\npassword = l1bret1me\n"
     f"[d]\npassword = {drawn(1660150, 8, '0123456789abcdef')}\n"),
    ("analysis/fetch_obs.R", 'api_pass <- "AbCdEfGhIj"\nalt_pass <- "QwErTyUiOp"\nold_pass <- Sys.getenv("API_PASS")\n'),
    ("config/uploader.yaml", "cwop:\n  password: xxxxxxxx\n  backup_password: ${CWOP_PASS}\n"),
    ("gds/settings.json", '{"password": "ReadFromVault", "alt_password": "sunnyday"}\n'),
    # a server's key file, its public key, a template, an identifier under a key
    ("config/tls.yml", "tls:\n  server_key: /etc/ssl/private/server.key\n  server_key_file: certs/server.key\n"
     "  server_key_path: server.pem\n"),
    ("vpn/wg.yaml", f"peer:\n  server_public_key: {_PUBLIC}\n"),
    ("signage/player.xml", "<ApplicationSettings>\n  <ServerKey>${CMS_SERVER_KEY}</ServerKey>\n</ApplicationSettings>\n"),
    ("config/cluster.yml", "nodes:\n  server_key: node-east-01\n  serverKey: PrimaryServer\n"),
    ("api/paging.yaml", "paging:\n  auth_key: md5HashKey\n  token: NextPageToken\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
