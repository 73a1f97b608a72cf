"""Decoys of stop 57's blind round that blocked, each beside the secret nearest to it, which still blocks:
- a messaging API's message id under `message_token` (Viber's callback events: a 64-bit number); a token of letters
  and digits under the name, or digits under an `auth_token`, are judged as before;
- a Mapbox public token by its `pk.` head, whatever its payload's shape, under Mapbox's names or Mapbox GL's
  `accessToken`; its `sk.` and `tk.` siblings, and a `pk.` value under another service's name, still block;
- a Windows password's NT (or LM) hash under a key naming it (FreeRADIUS's `NT-Password`, an Ansible role's
  `nt_password`, Samba's `sambaNTPassword`); a plain password there, or 32 hex digits under another password key,
  still block;
- a PowerShell expression assigned to a database's password setting (`$cred.GetNetworkCredential().Password`,
  `(Get-Secret … -AsPlainText)`); a literal there still blocks.
Generated fakes only (seeds 4200000-4209999)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed, password

_BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_UPPER_HEX = "0123456789ABCDEF"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, filename: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(filename, text))]


# --- a message's token -------------------------------------------------------------------------------------------

def test_a_messages_numeric_token_is_its_id(engine: Engine) -> None:
    number = drawn(4200201, 19, "0123456789").lstrip("0") or "7"
    event = ('{\n  "event": "message",\n  "timestamp": 1712300000000,\n  "message_token": ' + number + ',\n'
             '  "sender": {"id": "01234567890A==", "name": "Ana", "api_version": 10},\n'
             '  "message": {"text": "Is it ready?", "type": "text"}\n}\n')
    assert _blocked(engine, "bots/viber/tests/fixtures/message_event.json", event) == []
    delivered = '{"event": "delivered", "timestamp": 1712300000100, "message_token": "' + number + '"}\n'
    assert _blocked(engine, "bots/viber/tests/fixtures/delivered.json", delivered) == []
    assert _blocked(engine, "bots/viber/fixtures.yml", f"send_reply:\n  status: 0\n  messageToken: {number}\n") == []


def test_a_token_under_a_messages_name_that_is_drawn_still_blocks(engine: Engine) -> None:
    token = drawn_mixed(4200202, 40)
    assert _blocked(engine, "bots/config.json", '{\n  "message_token": "' + token + '"\n}\n') == [token]
    digits = drawn(4200203, 19, "0123456789").lstrip("0") or "7"
    # (digits under another token's name: judged as before)
    assert _blocked(engine, "bots/config.json", '{\n  "auth_token": "' + digits + '"\n}\n') == [digits]


# --- Mapbox's public tokens ----------------------------------------------------------------------------------------

def _mapbox(head: str, seed: int) -> str:
    return f"{head}.{drawn(seed, 60, _BASE64URL)}.{drawn(seed + 1, 22, _BASE64URL)}"


def test_a_mapbox_public_token_passes_by_its_head(engine: Engine) -> None:
    token = _mapbox("pk", 4200210)
    for filename, text in (
            ("kiosk-ui/src/map.ts", f'import mapboxgl from "mapbox-gl";\n\nmapboxgl.accessToken = "{token}";\n'),
            ("web/map.js", f'const map = new mapboxgl.Map({{\n  accessToken: "{token}",\n  container: "map",\n}});\n'),
            ("web/legacy.js", f"L.mapbox.accessToken = '{token}';\n"),
            ("config/maps.yml", f"mapbox:\n  access_token: {token}\n"),
            (".env", f"MAPBOX_ACCESS_TOKEN={token}\n")):
        assert _blocked(engine, filename, text) == [], text


def test_mapbox_secret_and_temporary_tokens_and_other_services_still_block(engine: Engine) -> None:
    secret = _mapbox("sk", 4200212)
    assert _blocked(engine, "src/map.ts", f'mapboxgl.accessToken = "{secret}";\n') == [secret]
    temporary = _mapbox("tk", 4200214)
    assert _blocked(engine, "src/map.ts", f'mapboxgl.accessToken = "{temporary}";\n') == [temporary]
    # (a `pk.` value under a name that is no Mapbox's nor an access token's: judged as any token)
    other = _mapbox("pk", 4200216)
    assert _blocked(engine, "app.py", f'API_TOKEN = "{other}"\n') == [other]


# --- NT password hashes --------------------------------------------------------------------------------------------

def test_nt_password_hashes_are_no_passwords(engine: Engine) -> None:
    first, second = drawn(4200220, 32, _UPPER_HEX), drawn(4200221, 32, _UPPER_HEX)
    role = (f"# staff VLAN 802.1X accounts\nradius_users:\n  - username: ana\n    nt_password: \"{first}\"\n    vlan: 20\n"
            f"  - username: bo\n    nt_password: \"{second}\"\n    vlan: 20\n")
    assert _blocked(engine, "ops/unifi/radius-users.yml", role) == []
    users = f'ana  NT-Password := "0x{first}"\n     Reply-Message := "Hello"\n'
    assert _blocked(engine, "raddb/mods-config/files/authorize", users) == []
    ldif = f"dn: uid=ana,ou=people,dc=example,dc=org\nsambaNTPassword: {first}\nsambaLMPassword: {second.lower()}\n"
    assert _blocked(engine, "ldap/users.ldif", ldif) == []
    assert _blocked(engine, "users.json", '{"users": [{"name": "ana", "ntPassword": "' + first + '"}]}\n') == []


def test_a_plain_password_or_another_keys_hex_still_blocks(engine: Engine) -> None:
    plain = password(4200222)
    assert _blocked(engine, "ops/radius-users.yml", f'radius_users:\n  - username: ana\n    nt_password: "{plain}"\n') == [plain]
    hexed = drawn(4200223, 32, _UPPER_HEX)
    for key in ("password", "ntp_password", "mgmt_password", "client_password"):
        text = f'radius_users:\n  - username: ana\n    {key}: "{hexed}"\n'
        assert _blocked(engine, "ops/radius-users.yml", text) == [hexed], key
    # (no NT hash's length: 40 hex digits under the name)
    longer = drawn(4200224, 40, _UPPER_HEX)
    assert _blocked(engine, "ops/radius-users.yml", f'users:\n  - name: ana\n    nt_password: "{longer}"\n') == [longer]


# --- PowerShell's expressions --------------------------------------------------------------------------------------

def test_powershell_reading_a_credential_object_is_no_password(engine: Engine) -> None:
    script = ("# the password comes from the SecretStore, never the script\nImport-Module Microsoft.PowerShell.SecretManagement\n\n"
              "$cred = Get-Secret -Name 'BillingDb' -Vault 'Ops'\n$env:PGPASSWORD = $cred.GetNetworkCredential().Password\n"
              "& pg_dump -h pg-billing -U $cred.UserName -F c -f billing.dump billing\nRemove-Item Env:PGPASSWORD\n")
    assert _blocked(engine, "it/scripts/Backup-BillingDb.ps1", script) == []
    for line in ("$env:MYSQL_PWD = $secrets.Billing.Password\n", "$env:DB_PASSWORD = $Credential.Password\n",
                 "$env:PGPASSWORD = (Get-Secret -Name 'BillingDb' -AsPlainText)\n",
                 "$env:PGPASSWORD = ($vault.Read('BillingDb'))\n"):
        assert _blocked(engine, "scripts/Restore.ps1", line) == [], line
    step = "steps:\n  - powershell: |\n      $env:PGPASSWORD = $cred.GetNetworkCredential().Password\n      pg_dump billing\n"
    assert _blocked(engine, "azure-pipelines.yml", step) == []


def test_a_powershell_literal_password_still_blocks(engine: Engine) -> None:
    secret = password(4200230)
    for line in (f"$env:PGPASSWORD = '{secret}'\n", f'$env:PGPASSWORD = "{secret}"\n', f"$env:PGPASSWORD = {secret}\n"):
        assert _blocked(engine, "scripts/Restore.ps1", line) == [secret], line
    step = f"steps:\n  - powershell: |\n      $env:PGPASSWORD = '{secret}'\n      pg_dump billing\n"
    assert _blocked(engine, "azure-pipelines.yml", step) == [secret]
    # (a YAML setting's value opening with `$` and a dot is no PowerShell: a password there)
    chosen = "$" + drawn_mixed(4200231, 8) + "." + drawn_mixed(4200232, 8)
    assert _blocked(engine, "config/app.yml", f"database:\n  password: {chosen}\n") == [chosen]


def test_a_literal_handed_to_a_powershell_command_still_blocks(engine: Engine) -> None:
    # (review 57: a subexpression's command is no credential object when the script hands it the password itself)
    secret = password(4300001)
    for line in (f"$env:PGPASSWORD = (Write-Output '{secret}')\n",
                 f'$env:DB_PASSWORD = (Invoke-Decrypt -Text "{secret}")\n',
                 f"$env:PGPASSWORD = (Get-Secret -Name 'BillingDb' -Default '{secret}')\n"):
        assert _blocked(engine, "scripts/Restore.ps1", line) == [secret], line
    # (the names a vault is read by stay names)
    for line in ("$env:PGPASSWORD = (Get-Secret 'BillingDb' -AsPlainText)\n",
                 "$env:PGPASSWORD = (Get-Secret -Name \"BillingDb\" -Vault 'Ops' -AsPlainText)\n"):
        assert _blocked(engine, "scripts/Restore.ps1", line) == [], line
