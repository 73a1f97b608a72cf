"""Forms read after blind rounds DO-DT (kinds/_network_configs.py, kinds/_command_lines.py, kinds/_web_forms.py): a
vendor CLI's `… user <name> password <value>` (Digi's `config auth user`, NVUE's `nv set system aaa user`); curl's `-u`
whose user is in parts about a variable (`svc;${APPID}`, Genetec's Web SDK; a domain's `${DOMAIN}\\svc`) and whose
password is a literal; a vendor's API key named for no key in its login's body (Fiery's `accessrights`). Each beside the
decoys of its form (a prompt, a variable, a placeholder, a hash), through the engine. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
_UPPER = "BCDFGHJKLMNPRSTVWXZ"
_LOWER = "aeioulnrst"


def _chosen(seed: int, mark: str) -> str:
    """A chosen password's shape, two words and digits about a mark (`Lynx#Heron7451`)."""
    return (drawn(seed, 1, _UPPER) + drawn(seed + 1, 5, _LOWER) + mark + drawn(seed + 2, 1, _UPPER) + drawn(seed + 3, 5, _LOWER)
            + drawn(seed + 4, 4, "0123456789"))


_FTP_PW = drawn_mixed(1190000, 10)
_FTP_PW2 = _chosen(1190010, "!")
_FTP_PW3 = drawn_mixed(1190020, 14, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789~")
_WRITTEN_PW = _chosen(1190030, "~")
_WRITTEN_PW2 = _chosen(1190040, "!")
_WRITTEN_PW3 = drawn_mixed(1190050, 12)
_DEVICE_PW = _chosen(1190060, "#")
_DEVICE_PW2 = _chosen(1190070, "-")
_CURL_PW = _chosen(1190080, "*")
_CURL_PW2 = _chosen(1190090, "!")
_APP_ID = drawn_mixed(1190100, 64)
_FIERY_KEY = drawn_mixed(1190110, 44)
_FIERY_KEY2 = drawn_mixed(1190120, 40)
_FIERY_KEY3 = drawn_mixed(1190130, 32)


TRUE_FORMS = [
    # a vendor CLI's `… user <name> [settings] password <value>`
    ("network/stations/ls04-digi.txt", "# Digi IX20 cellular router. Paste into the Digi CLI on first boot.\n"
     'config system name "LS04"\n' f'config auth user admin password "{_DEVICE_PW}"\nconfig auth user admin group/0 admin\n', 3,
     _DEVICE_PW, LITERAL),
    ("network/leaf01.cfg", f"nv set system hostname leaf01\nnv set system aaa user cumulus password {_DEVICE_PW2}\n"
     "nv set system aaa user cumulus role system-admin\nnv config apply\n", 2, _DEVICE_PW2, LITERAL),
    ("network/gw.conf", f'config auth user ops group/0 admin password "{_DEVICE_PW2}"\n', 1, _DEVICE_PW2, LITERAL),
    # curl's -u, its user in parts about a variable: Genetec's `<user>;<application id>`, a domain's user
    ("tools/genetec/doors.sh", f'#!/usr/bin/env bash\nAPPID="{_APP_ID}"\n'
     f'curl -sk -u "svc_foh;${{APPID}}:{_CURL_PW}" "$SC/report/EntityConfiguration?q=EntityTypes@Door"\n', 3, _CURL_PW, LITERAL),
    ("tools/genetec/doors.sh", f'curl -sk --user "svc_foh;$APPID:{_CURL_PW2}" "$SC/entity"\n', 1, _CURL_PW2, LITERAL),
    ("ops/sp.sh", f'curl --ntlm -u "${{DOMAIN}}\\\\svc_reports:{_CURL_PW}" https://intranet.example.net/_api/web\n', 1, _CURL_PW,
     LITERAL),
    ("ops/sp.sh", f"curl --ntlm -u 'CORP\\\\$SVC_USER:{_CURL_PW2}' https://intranet.example.net/_api/web\n", 1, _CURL_PW2, LITERAL),
    # a vendor's API key in its login's body, named for no key: Fiery's `accessrights` beside the user and password
    ("ops/notes/fiery_curl_history.txt", "  501  export FIERY=https://fiery.example.net\n"
     "  502  curl -k -X POST $FIERY/live/api/v5/login -H 'Content-Type: application/json' -d '{\"username\":\"operator\","
     f"\"password\":\"'\"$FIERY_OP_PW\"'\",\"accessrights\":\"{_FIERY_KEY}\"}}'\n  503  curl -k $FIERY/live/api/v5/jobs\n", 2,
     _FIERY_KEY, LITERAL),
    ("prepress/fiery.py", "LOGIN = {\n    \"username\": \"operator\",\n    \"password\": os.environ[\"FIERY_PW\"],\n"
     f"    \"accessrights\": \"{_FIERY_KEY2}\",\n}}\nsession.post(f\"{{BASE}}/live/api/v5/login\", json=LOGIN)\n", 4, _FIERY_KEY2,
     LITERAL),
    ("prepress/Fiery.ps1", f"$body = @{{ username = 'admin'; password = $pw; accessrights = '{_FIERY_KEY3}' }} | ConvertTo-Json\n"
     "Invoke-RestMethod -Method Post -Uri \"$fiery/live/api/v5/login\" -Body $body\n", 1, _FIERY_KEY3, LITERAL),
]

DECOYS = [
    # (a device CLI prompting for the password, given a variable, a placeholder, a hash; a user's other settings)
    ("network/stations/ls04.cfg", "config system name \"LS04\"\nconfig auth user admin password\n"
     "config auth user admin password \"$ADMIN_PW\"\nconfig auth user admin password \"<password>\"\n"
     "config auth user admin group/0 admin\n"),
    ("network/leaf01.cfg", "nv set system aaa user cumulus hashed-password '$6$rounds=5000$Zq1$Kd9'\n"
     "nv set system aaa user cumulus password $6$rounds=5000$Zq1$Kd9\nnv set system aaa user cumulus role system-admin\n"
     "nv unset system aaa user cumulus password\n"),
    ("scripts/bmc.sh", "ipmitool user set password 2\nipmitool user set name 2 operator\n"),
    # (curl's -u in parts: the password a variable, a stand-in, a placeholder)
    ("tools/genetec/doors.sh", 'curl -sk -u "svc_foh;${APPID}:${SC_PASSWORD}" "$SC/entity"\n'
     'curl -sk -u "svc_foh;$APPID:$SC_PASSWORD" "$SC/entity"\n'
     'curl -sk -u "${DOMAIN}\\\\${API_KEY}:x" "$SC/entity"\n'
     'curl -sk -u "svc_foh;${APPID}:<password>" "$SC/entity"\n'),
    # (Fiery's login given the key from a variable; `accessRights` a permission; a generated value with no login beside it)
    ("ops/notes/fiery_curl_history.txt", "  502  curl -k -X POST $FIERY/live/api/v5/login -d '{\"username\":\"operator\","
     "\"password\":\"'\"$PW\"'\",\"accessrights\":\"'\"$FIERY_KEY\"'\"}'\n"),
    ("app/perms.py", 'perms = {"user": "bob", "accessRights": "readOnly"}\ngrant = {"username": "bob", "accessrights": "READ_WRITE"}\n'
     'login = {"username": "admin", "password": pw, "accessrights": os.environ["FIERY_KEY"]}\n'
     'login = {"username": "admin", "password": pw, "accessrights": "<your-api-key>"}\n'),
    ("src/Acl.cs", f'var entry = new {{ AccessRights = "{_FIERY_KEY3}", Owner = "svc" }};\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_form_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
