"""Forms read after blind rounds DO-DT (kinds/_command_lines.py, kinds/_network_configs.py, kinds/_web_forms.py): an FTP
client's script whose `user <name>` stands alone, the password on the next line (a `.ftp` file, `ftp -n <<EOF`, cmd's
echoes); an FTP script a program writes a line at a time (VBScript's `f.WriteLine`, a
method's `write`/`WriteLine`/`println`, PHP's `fwrite`, Perl's `print $fh`, VB's `Print #1,`, PowerShell's
`Add-Content`/`Out-File`); a vendor CLI's `… user <name> password <value>` (Digi's `config auth user`, NVUE's `nv set
system aaa user`); curl's `-u` whose user is in parts about a variable (`svc;${APPID}`, Genetec's Web SDK; a domain's
`${DOMAIN}\\svc`) and whose password is a literal; a vendor's API key named for no key in its login's body (Fiery's
`accessrights`). Each beside the decoys of its form (a variable, a prompt, anonymous FTP, a hash, a placeholder), through
the engine. Every value here is generated."""
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
    # `user <name>` alone, the password alone on the next line (Windows' `ftp -n -s:`, a Unix client's -n)
    ("ami/handheld/pull.ftp", f"open 10.8.4.21\nuser routeadm\n{_FTP_PW}\nbinary\nlcd C:\\Routes\nget routes.dat\nbye\n", 3,
     _FTP_PW, LITERAL),
    ("jobs/pull.sh", f"#!/bin/sh\nftp -n -v files.example.net <<EOF\nuser feeds\n{_FTP_PW2}\nascii\nget manifest.csv\nbye\nEOF\n",
     4, _FTP_PW2, LITERAL),
    ("jobs/pull.cmd", "@echo off\necho open files.example.net> %TEMP%\\ftp.txt\necho user feeds>> %TEMP%\\ftp.txt\n"
     f"echo {_FTP_PW3}>> %TEMP%\\ftp.txt\necho get manifest.csv>> %TEMP%\\ftp.txt\nftp -n -s:%TEMP%\\ftp.txt\n", 4, _FTP_PW3,
     LITERAL),
    ("jobs/upload.ftp", f"OPEN files.example.net 2121\nUSER feeds\n{_FTP_PW2}\nBIN\nPUT out.dat\nQUIT\n", 3, _FTP_PW2, LITERAL),
    # an FTP script a program writes a line at a time
    ("legacy/Upload.vbs", 'Set f = fso.CreateTextFile("C:\\Temp\\ftp_out.txt", True)\nf.WriteLine "open files.example.net"\n'
     f'f.WriteLine "user feeds {_WRITTEN_PW}"\nf.WriteLine "binary"\nf.WriteLine "mput *.tif"\nf.Close\n', 3, _WRITTEN_PW, LITERAL),
    ("legacy/Pull.vbs", 'objFile.WriteLine("open 10.8.4.21")\n\' the route account\nobjFile.WriteLine("user routeadm")\n'
     f'objFile.WriteLine("{_WRITTEN_PW2}")\nobjFile.WriteLine("get routes.dat")\n', 4, _WRITTEN_PW2, LITERAL),
    ("tools/make_ftp.py", 'with open(script, "w") as f:\n    f.write("open files.example.net\\n")\n'
     f'    f.write("user feeds {_WRITTEN_PW3}\\n")\n    f.write("binary\\n")\n', 3, _WRITTEN_PW3, LITERAL),
    ("tools/make_ftp.py", 'with open(script, "w") as fh:\n'
     f'    fh.write("open files.example.net 21\\r\\nuser feeds\\r\\n{_WRITTEN_PW}\\r\\nbinary\\r\\nbye\\r\\n")\n', 2, _WRITTEN_PW,
     LITERAL),
    ("ops/Send-Plates.ps1", "$script = Join-Path $env:TEMP 'ftp.txt'\nSet-Content -Path $script -Value 'open files.example.net'\n"
     "Add-Content -Path $script -Value 'user feeds'\n"
     f"Add-Content -Path $script -Value '{_WRITTEN_PW2}'\nAdd-Content $script 'binary'\nftp.exe -n -s:$script\n", 4,
     _WRITTEN_PW2, LITERAL),
    ("ops/Send-Plates.ps1", '"open files.example.net" | Out-File $ftp -Encoding ascii\n'
     f'"user feeds {_WRITTEN_PW3}" | Out-File $ftp -Append -Encoding ascii\n"bye" | Out-File $ftp -Append -Encoding ascii\n', 2,
     _WRITTEN_PW3, LITERAL),
    ("src/FtpScript.cs", 'using (var sw = new StreamWriter(path))\n{\n    sw.WriteLine("open files.example.net");\n'
     f'    sw.WriteLine("user feeds {_WRITTEN_PW}");\n    sw.WriteLine("quit");\n}}\n', 4, _WRITTEN_PW, LITERAL),
    ("cron/ftp.php", "<?php\n$fp = fopen('ftp.txt', 'w');\nfwrite($fp, \"open files.example.net\\r\\n\");\n"
     f"fwrite($fp, \"user feeds {_WRITTEN_PW2}\\r\\n\");\nfclose($fp);\n", 4, _WRITTEN_PW2, LITERAL),
    ("bin/ftp_job.pl", "open(my $fh, '>', $script) or die;\nprint $fh \"open files.example.net\\n\";\nprint $fh \"user feeds\\n\";\n"
     f"print $fh \"{_WRITTEN_PW3}\\n\";\nclose $fh;\n", 4, _WRITTEN_PW3, LITERAL),
    ("legacy/Plates.bas", 'Open "C:\\ftp.txt" For Output As #1\nPrint #1, "open files.example.net"\n'
     f'Print #1, "user feeds {_WRITTEN_PW}"\nClose #1\n', 3, _WRITTEN_PW, LITERAL),
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
    # (FTP: the password line a variable, a client command, missing; anonymous FTP's e-mail address)
    ("jobs/pull.ftp", "open files.example.net\nuser %FTPUSER%\n%FTPPASS%\nbinary\nget a.dat\nbye\n"),
    ("jobs/pull.ftp", "open files.example.net\nuser feeds\nbinary\nget a.dat\nbye\n"),
    ("jobs/pull.ftp", "open files.example.net\nuser anonymous\nops@example.org\nget a.dat\nbye\n"),
    ("jobs/pull.ftp", "open files.example.net\nuser ftp\nguest\nget a.dat\nbye\n"),
    ("jobs/pull.ftp", "open files.example.net\nuser feeds\n"),
    ("jobs/pull.sh", "ftp -n files.example.net <<EOF\nuser $FTP_USER\n$FTP_PASS\nbinary\nbye\nEOF\n"
     "ftp -n files.example.net <<EOF\nuser feeds\n${FTP_PASS}\nbinary\nbye\nEOF\n"),
    ("jobs/pull.cmd", "echo open files.example.net> ftp.txt\necho user feeds>> ftp.txt\necho %FTP_PASS%>> ftp.txt\n"
     "echo binary>> ftp.txt\n"),
    ("docs/ftp.md", "Write the script:\n\n    open ftp.example.com\n    user myname\n    mypassword\n"),
    # (a program writing the script: the login joined from variables, a format, an f-string, anonymous FTP, another file)
    ("legacy/Upload.vbs", 'f.WriteLine "open files.example.net"\nf.WriteLine "user " & strUser & " " & strPass\nf.WriteLine "binary"\n'),
    ("legacy/Upload.vbs", 'f.WriteLine "open files.example.net"\nf.WriteLine "user anonymous"\nf.WriteLine "ops@example.org"\n'),
    ("legacy/Upload.vbs", 'f.WriteLine "open files.example.net"\nf.WriteLine "user feeds"\n'
     f'log.WriteLine "{_WRITTEN_PW}"\n'),
    ("tools/make_ftp.py", 'f.write("open files.example.net\\n")\nf.write("user %s %s\\n" % (user, password))\n'
     'f.write(f"user {user}\\n")\nf.write(password + "\\n")\n'),
    ("ops/Send.ps1", "Set-Content -Path $s -Value 'open files.example.net'\nAdd-Content -Path $s -Value \"user $FtpUser $FtpPass\"\n"
     "Set-Content -Path $t -Value 'open files.example.net'\nAdd-Content -Path $t -Value 'user feeds'\n"
     "Add-Content -Path $t -Value $FtpPass\n"),
    ("src/FtpScript.cs", 'sw.WriteLine("open files.example.net");\nsw.WriteLine("user " + user + " " + pass);\n'
     'sw.WriteLine("user {0} {1}", user, pass);\n'),
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
