"""Round 56's configs, logs and documentation forms: each form beside the decoys nearest to it,
through the engine. Fakes are drawn from seeds 3890000-3899999."""
from __future__ import annotations

import base64
import random
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn

_WORDS = ("harbor", "walnut", "cobalt", "lagoon", "pepper", "quartz", "maple", "tundra", "falcon", "ember")


def _phrase(seed: int) -> str:
    """A diceware-like password: four words and two digits, drawn from the seed."""
    rng = random.Random(seed)
    return "-".join(rng.sample(_WORDS, 4)) + str(rng.randint(10, 99))


def _password(seed: int) -> str:
    """A person's password: a capitalised word, a symbol, another word and four digits."""
    rng = random.Random(seed)
    first, second = rng.sample(_WORDS, 2)
    return first.capitalize() + rng.choice("!*$#") + second.capitalize() + str(rng.randint(1000, 9999))


_VAULT = _phrase(3890001)
_EINVOICE = _password(3890004)
_SPLIT = _password(3890005)
_CONTROLLER = _password(3890006)
_WIFI = _phrase(3890007)
_DOLLAR = _password(3890008).replace("!", "$").replace("*", "$").replace("#", "$")  # (a `$` inside it)
_SITES_HEAD = "INSERT INTO sites (code, name, controller_ip, controller_user, controller_pass)\nVALUES\n"
_SPLIT_AT = _SPLIT.index(next(symbol for symbol in "!*$#" if symbol in _SPLIT))  # (split before its symbol)
# A SendGrid API key (`SG.` 22 `.` 43), the password SendGrid's SMTP relay takes from the user `apikey`.
_SENDGRID = "SG." + drawn(3890002, 22) + "." + drawn(3890003, 43)
_SENDGRID_STAND_IN = "SG." + "x" * 22 + "." + "y" * 43


def _sasl_plain(user: str, password: str) -> str:
    """SASL PLAIN's message (RFC 4616: authzid NUL authcid NUL password) in base64, as a session sends it."""
    return base64.b64encode(f"\0{user}\0{password}".encode()).decode()


def _postfix_session(message: str) -> str:
    return ("Jun 12 07:01:14 relay01 postfix/smtp[4411]: < 250-AUTH PLAIN LOGIN\n"
            f"Jun 12 07:01:14 relay01 postfix/smtp[4411]: > AUTH PLAIN {message}\n"
            "Jun 12 07:01:15 relay01 postfix/smtp[4411]: < 235 Authentication successful\n")


TRUE_FORMS = [
    # an Ansible vault password file's line, comments after it
    ("ansible/.vault_pass", f"{_VAULT}\n# vault password for group_vars/*/vault.yml\n# owner: ops\n", 1, _VAULT),
    ("deploy/vault_password.txt", f"{_VAULT}\n\n# rotate yearly\n", 1, _VAULT),
    # an SMTP session's AUTH PLAIN whose password is a vendor's key (the base64 hides it from the vendor's detector)
    ("logs/mail-relay-debug.log", _postfix_session(_sasl_plain("apikey", _SENDGRID)), 2, _SENDGRID),
    ("logs/smtp.log", f" -> AUTH LOGIN\n<-  334 VXNlcm5hbWU6\n -> YXBpa2V5\n<-  334 UGFzc3dvcmQ6\n"
     f" -> {base64.b64encode(_SENDGRID.encode()).decode()}\n", 5, _SENDGRID),
    # an account's acronym glued to a lowercase password's word (VNPT e-invoice's `ACpass`)
    ("einvoice/vnpt.config.xml", f'<appSettings>\n  <add key="Account" value="shopadmin" />\n'
     f'  <add key="ACpass" value="{_EINVOICE}" />\n</appSettings>\n', 3, _EINVOICE),
    ("config/ftp.ini", f"[upload]\nFTPpass = {_EINVOICE}\n", 2, _EINVOICE),
    # an SQL seed's row of a table of logins (a user and a password column for the same thing, a host's): a chosen password
    ("db/seed/002_sites.sql", _SITES_HEAD + f"  ('S-21', 'North', '10.21.0.10', 'admin', '{_CONTROLLER}'),\n"
     "  ('S-22', 'South', '10.22.0.10', 'admin', NULL);\n", 3, _CONTROLLER),
    ("db/seed/devices.sql", f"INSERT INTO kiosks (hostname, serial, admin_password) VALUES ('k-01', 'SN3890', '{_CONTROLLER}');\n",
     1, _CONTROLLER),
    # a Home Assistant / ESPHome secrets file's Wi-Fi password named for the network alone, beside its SSID
    ("esphome/secrets.yaml", f'# ESPHome secrets\nattic_ssid: "Props"\nattic_wifi: "{_WIFI}"\nmqtt_broker: "10.40.0.2"\n',
     3, _WIFI),
    ("homeassistant/secrets.yaml", f"wifi_ssid: HomeNet\nwlan_iot: {_WIFI}\n", 2, _WIFI),
    # a PowerShell Basic pair in single quotes, a `$` in its password (single quotes interpolate nothing)
    ("ops/Set-Prices.ps1", f"$pair = 'techadmin:{_DOLLAR}'\n$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))\n"
     '$headers = @{ Authorization = "Basic $auth" }\n', 1, _DOLLAR),
    ("ops/push.ps1", f"$b = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('techadmin:{_DOLLAR}'))\n", 1, _DOLLAR),
    # a password split at its symbol where its name is given it (Python's implicit concatenation, a `+`)
    ("scripts/fix.py", f'conn = psycopg2.connect(\n    host="db-01.internal",\n    user="maint",\n'
     f'    password="{_SPLIT[:_SPLIT_AT]}"\n             "{_SPLIT[_SPLIT_AT:]}",\n)\n', 4, _SPLIT),
    ("src/db.js", f'const DB_PASSWORD = "{_SPLIT[:_SPLIT_AT + 1]}" +\n  "{_SPLIT[_SPLIT_AT + 1:]}";\n', 1, _SPLIT),
]

DECOYS = [
    # a vault password file whose lines after the first are not comments: not one password
    ("ansible/.vault_pass", f"{_VAULT}\nsecond-line-of-notes here\n"),
    # a capital run before a word that only ends in `pass`: no password's name
    ("app.config", f'<appSettings>\n  <add key="SSLbypass" value="{_EINVOICE}" />\n  <add key="COMPASS" value="{_EINVOICE}" />\n</appSettings>\n'),
    # a secrets file's Wi-Fi-named value with no SSID named, or naming the network; a Wi-Fi-named key elsewhere
    ("esphome/secrets.yaml", f'home_wifi: "{_WIFI}"\n'),
    ("esphome/secrets.yaml", 'wifi_ssid: "HomeNet"\nwifi_network: "HomeNet5G-Upstairs"\nwifi_ip: "10.40.0.9"\n'),
    ("esphome/config.yaml", f'wifi_ssid: "Props"\nattic_wifi: "{_WIFI}"\n'),
    # a Basic pair whose `$` its double quotes interpolate: a reference
    ("ops/push.ps1", '$b = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("techadmin:pre$Suffix"))\n'),
    # a table of logins' stand-in and digest passwords
    ("db/seed/002_sites.sql", _SITES_HEAD + "  ('S-21', 'North', '10.21.0.10', 'admin', 'changeme'),\n"
     "  ('S-22', 'South', '10.22.0.10', 'admin', '5f4dcc3b5aa765d61d8327deb882cf99');\n"),
    # literals joined where no credential's name is given them: a label, a prompt
    ("scripts/fix.py", f'label = ("{_SPLIT[:_SPLIT_AT]}"\n         "{_SPLIT[_SPLIT_AT:]}")\n'),
    ("scripts/ask.py", 'password = input("Password for " "*admin* " "(blank to skip): ")\n'),
    # (a shell's array of variables' values: its double quotes interpolate `$NAME`, no password split at its `$`)
    ("scripts/rotate.sh", 'DB_PASSWORDS=("$PROD_DB_PASSWORD" "$STAGE_DB_PASSWORD")\n'),
    ("scripts/rotate.sh", 'for pw in "$OLD_PASSWORD" "$NEW_PASSWORD"; do check "$pw"; done\nADMIN_PASSWORDS=("$A_PW" "${B_PW}")\n'),
    # a session's AUTH PLAIN sending a stand-in of the vendor's key
    ("logs/mail-relay-debug.log", _postfix_session(_sasl_plain("apikey", _SENDGRID_STAND_IN))),
]


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_the_fakes_are_drawn() -> None:
    assert len(drawn(3890000, 8)) == 8


@pytest.mark.parametrize("name, text", [
    ("src/main/java/Conn.java", '    private static final String PASSWORD = "Saffron" +\n            "!Quarry4410";\n'),
    ("Conn.cs", '    private const string Password = "Saffron"\n        + "!Quarry4410";\n'),
])
def test_a_password_constant_joined_at_its_symbol_over_two_lines_blocks_whole(name: str, text: str) -> None:
    """(the literal kind's samples until the junction at a symbol joined them first: the whole value now reaches the
    keyword rule, which reports it; it blocks as before)"""
    assert "Saffron!Quarry4410" in [finding.secret for finding in blocking(Engine().scan_text(name, text))]
