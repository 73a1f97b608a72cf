"""Forms read after blind rounds EA-EF (kinds/_command_lines.py, kinds/literal_credential.py): Windows' `net use`
whose share is a server's variable and a path (`"$nas\\data"`, `%NAS%\\data`) and whose user is a variable, its
password after `/user:`; a literal a tool reads its password from its standard input is given, piped (iRODS' iinit,
openssl's `-passin stdin`, gpg's `--passphrase-fd 0`, OpenConnect's `--passwd-on-stdin`, `zfs load-key`) or as a
here-string (`kinit … <<< '…'`); a PowerShell cmdlet's secret-named parameter in a script whose value ends its command
(a pipeline, `;`, a closing parenthesis or brace) or holds blanks before the next parameter; an FTP client's script
saved as `.txt` (`ftp -s:upload.txt`), read as commands, not prose; and a program's message naming an API key's secret
(`print('FOO_API_SECRET=missing')`), which sets no secret kept elsewhere and leaves the key beside it blocking. Each
beside the decoys of its form (a variable, a prompt, a placeholder, prose, a secret that is kept elsewhere). Every
value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
KEYWORD = "Secret Keyword"
_UPPER = "BCDFGHJKLMNPRSTVWXZ"
_LOWER = "aeioulnrst"
_SYMBOLS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#*?"


def _chosen(seed: int, mark: str) -> str:
    """A chosen password's shape, two words and digits about a mark (`Lynx*Heron74`)."""
    return (drawn(seed, 1, _UPPER) + drawn(seed + 1, 5, _LOWER) + mark + drawn(seed + 2, 1, _UPPER) + drawn(seed + 3, 4, _LOWER)
            + drawn(seed + 4, 2, "0123456789"))


_NET_PW = _chosen(1410000, "*")
_NET_PW2 = _chosen(1410010, "!")
_NET_PW3 = drawn_mixed(1410020, 14)
_STDIN_PW = drawn_mixed(1410030, 16)
_STDIN_PW2 = _chosen(1410040, "#")
_STDIN_PW3 = drawn_mixed(1410050, 20)
_STDIN_PW4 = _chosen(1410060, "-")
_STDIN_PW5 = drawn_mixed(1410070, 24)
_HERE_PW = _chosen(1410080, "!")
_HERE_PW2 = drawn_mixed(1410090, 18)
_PS_PW = drawn_mixed(1410100, 14, _SYMBOLS)
_PS_KEY = drawn_mixed(1410110, 40)
_PS_SECRET = drawn_mixed(1410120, 32)
_PS_PW2 = _chosen(1410130, "?")
_PS_TOKEN = drawn_mixed(1410140, 28)
_FTP_PW = drawn_mixed(1410150, 12)
_FTP_PW2 = _chosen(1410160, "~")
_API_KEY = drawn_mixed(1410170, 32)
_API_KEY2 = drawn_mixed(1410180, 40)

TRUE_FORMS = [
    # `net use` of a server's variable and a path, the user a variable, the password after `/user:`
    ("scripts/Map-Drives.ps1", '$nas = "\\\\files01.corp.example"\n$user = "CORP\\svc_maps"\n'
     f'net use T: "$nas\\team" /user:$user {_NET_PW} /persistent:no\n', 3, _NET_PW, LITERAL),
    ("scripts/map.cmd", "@echo off\nset NAS=\\\\files01\nset SVC=CORP\\svc_maps\n"
     f"net use Q: %NAS%\\quality /user:%SVC% {_NET_PW2} /persistent:yes\n", 4, _NET_PW2, LITERAL),
    ("scripts/map2.cmd", f"net use * %NAS%\\scans\\inbox {_NET_PW3} /user:CORP\\scanner\n", 1, _NET_PW3, LITERAL),
    # a literal piped into a tool reading its password on its standard input
    ("archive/irods/push.sh", f"#!/bin/bash\nset -e\necho '{_STDIN_PW}' | iinit\nirsync -r out/ i:/zone/home/x\n", 3,
     _STDIN_PW, LITERAL),
    ("archive/irods/pull.sh", f"printf '%s\\n' \"{_STDIN_PW2}\" | /usr/bin/iinit\n", 1, _STDIN_PW2, LITERAL),
    ("pki/export.sh", f"echo -n '{_STDIN_PW3}' | openssl pkcs12 -in bundle.p12 -passin stdin -nodes -out all.pem\n", 1,
     _STDIN_PW3, LITERAL),
    ("backup/decrypt.sh", f"echo \"{_STDIN_PW4}\" | gpg --batch --yes --passphrase-fd 0 -o db.sql -d db.sql.gpg\n", 1,
     _STDIN_PW4, LITERAL),
    ("vpn/up.sh", f"echo {_STDIN_PW5} | sudo openconnect --user=svc_vpn --passwd-on-stdin vpn.example.net\n", 1,
     _STDIN_PW5, LITERAL),
    ("storage/unlock.sh", f"echo '{_STDIN_PW2}' | zfs load-key tank/secure && zfs mount tank/secure\n", 1, _STDIN_PW2,
     LITERAL),
    # a here-string given to one
    ("jobs/kerberos.sh", f"kinit svc_etl@CORP.EXAMPLE <<< '{_HERE_PW}'\nklist\n", 1, _HERE_PW, LITERAL),
    ("jobs/irods.sh", f"iinit <<< \"{_HERE_PW2}\"; ils\n", 1, _HERE_PW2, LITERAL),
    # a cmdlet's secret-named parameter in a script, its value ending the command or holding blanks
    ("ops/vmware/Backup-Vms.ps1", "Import-Module VMware.PowerCLI\n"
     f"Connect-VIServer -Server vc01.corp.example -User svc_bk -Password '{_PS_PW}' | Out-Null\n", 2, _PS_PW, LITERAL),
    # (its value then `;`: the keyword rules' hit on `'…';` judges the parameter, as the literal kind does)
    ("ops/storage/Sync.ps1", f"Set-VendorAuth -Tenant corp -ApiSecret '{_PS_KEY}'; Sync-VendorData -All\n", 1, _PS_KEY,
     KEYWORD),
    ("ops/storage/Blob.ps1", "$ctx = New-AzStorageContext -StorageAccountName arch01 "
     f"-StorageAccountKey \"{_PS_KEY}\"; Get-AzStorageBlob -Context $ctx\n", 1, _PS_KEY, KEYWORD),
    ("ops/api/Call.ps1", f"$session = (Connect-Vendor -Tenant corp -ClientSecret '{_PS_SECRET}')\n", 1, _PS_SECRET, LITERAL),
    ("ops/api/Jobs.ps1", "Invoke-Command -ComputerName app01 -ScriptBlock { "
     f"Connect-Queue -Host mq01 -Token '{_PS_TOKEN}' }}\n", 1, _PS_TOKEN, LITERAL),
    ("ops/keys/Open.ps1", f"Unlock-Vault -Name hr -Passphrase \"{_PS_PW2}\" | Out-Null\n", 1, _PS_PW2, LITERAL),
    # an FTP client's script saved as `.txt`
    ("jobs/ftp/upload_orders.txt", f"open ftp.partner.example\nuser orders {_FTP_PW}\nbinary\nlcd C:\\out\n"
     "mput *.edi\nbye\n", 2, _FTP_PW, LITERAL),
    ("jobs/ftp/pull.txt", f"\nopen 10.20.30.40 2121\nscanner\n{_FTP_PW2}\nascii\nget manifest.csv\nquit\n", 4, _FTP_PW2,
     LITERAL),
    # an API key whose secret a program's message names (no secret kept elsewhere)
    ("app/client.py", f'import os\n\nFOO_API_KEY = "{_API_KEY}"\nif not os.environ.get("FOO_API_SECRET"):\n'
     "    print('FOO_API_SECRET=missing')\n", 3, _API_KEY, KEYWORD),
    ("app/check.js", f'const ACME_API_KEY = "{_API_KEY2}";\n'
     'console.error("ACME_API_SECRET=unset, see the wiki");\n', 1, _API_KEY2, KEYWORD),
]

DECOYS = [
    # (`net use`'s password a variable, a prompt; no password at all)
    ("scripts/Map-Drives.ps1", '$nas = "\\\\files01"\nnet use T: "$nas\\team" /user:$user $password /persistent:no\n'
     'net use T: "$nas\\team" /user:$user * /persistent:no\nnet use P: "$nas\\products" /persistent:no\n'),
    ("scripts/map.cmd", "net use Q: %NAS%\\quality /user:%SVC% %SVC_PW%\nnet use Q: %NAS%\\quality /delete\n"),
    # (a variable, a placeholder piped; a tool that reads no password there; a variable's here-string)
    ("archive/irods/push.sh", 'echo "$IRODS_PASSWORD" | iinit\necho \'<password>\' | iinit\necho "${PW}" | kinit svc\n'
     "echo 'yes' | ssh-keygen -t ed25519 -f id\necho 'kt_Reports2024' | tee -a log.txt\n"),
    ("pki/export.sh", "openssl pkcs12 -in b.p12 -passin env:P12_PASS -nodes\necho \"$P12\" | openssl pkcs12 -passin stdin\n"
     "gpg --batch --passphrase-fd 0 -d x.gpg < /run/secrets/gpg\n"),
    ("jobs/kerberos.sh", 'kinit svc@CORP.EXAMPLE <<< "$KRB_PASSWORD"\ncat <<< "not a password here"\n'),
    # (a cmdlet's parameter a variable, a subexpression, $env:, a placeholder, before a pipeline)
    ("ops/vmware/Backup-Vms.ps1", "Connect-VIServer -Server vc01 -User svc -Password $pw | Out-Null\n"
     "Connect-VIServer -Server vc01 -Password (Get-Secret vc) | Out-Null\n"
     "Connect-VIServer -Server vc01 -Password $env:VC_PASSWORD; Get-VM\n"
     "Connect-VIServer -Server vc01 -Password '<password>' | Out-Null\n"
     "Set-VendorAuth -Tenant corp -ApiSecret \"$secret\"; Set-VendorAuth -ApiSecret 'changeme';\n"),
    # (prose in a text file that opens with `open`; an FTP script whose user is anonymous)
    ("docs/notes.txt", "open the firewall\nThe password is stored in the vault; put the file in the share.\n"),
    ("jobs/ftp/mirror.txt", "open ftp.gnu.example\nuser anonymous guest@example.net\nbinary\nget README\nbye\n"),
    # (a public API key whose secret is read from elsewhere, in a compose list or a config written from a variable)
    ("deploy/compose.yml", "services:\n  app:\n    environment:\n"
     f'      - "FOO_API_KEY={drawn(1410190, 20, "abcdef0123456789")}"\n      - "FOO_API_SECRET=${{FOO_API_SECRET}}"\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_form_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
