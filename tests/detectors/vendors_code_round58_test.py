"""Forms read after stop 58's blind round (vendors' credentials in code): Lichess' personal and OAuth access tokens
(`lip_` / `lio_`, as lila issues them) wherever they stand; Poster POS' access token (`<account>:<32 hex>`) and
iiko's API login (a UUID under an apiLogin name) where the text says the service; a `psw` setting beside its login
(SMSC's pair); a Basic credential's `user:password` as .NET's bytes (`Encoding.UTF8.GetBytes("u:p")`, a `$` in it
the password's), named above the scheme; 1C:Enterprise's batch-mode `/N … /P …` password; a Jenkinsfile's `SSHPASS = credentials('id')` and a Go struct literal's `DBPass: os.Getenv(…)` pass. Each beside the decoys of its form, through the engine.
Every value here is generated (seeds 4750000-4759999)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

SERVICE = "Service API Token"
LITERAL = "Literal Credential"

_LICHESS_PERSONAL = "lip_" + drawn_mixed(4750000, 20)
_LICHESS_PERSONAL_2 = "lip_" + drawn_mixed(4750001, 20)
_LICHESS_OAUTH = "lio_" + drawn_mixed(4750002, 32)
_HEX = "0123456789abcdef"
_POSTER_TOKEN = "513" + drawn(4750020, 3, "0123456789") + ":" + drawn(4750021, 32, _HEX)
_POSTER_TOKEN_2 = "88" + drawn(4750022, 4, "0123456789") + ":" + drawn(4750023, 32, _HEX)
_IIKO_LOGIN = uuid4(4750030)
_IIKO_LOGIN_2 = uuid4(4750031)
_PASSWORD = drawn_mixed(4750040, 14)
_PASSWORD_2 = drawn_mixed(4750041, 14)
_DOLLAR_PASSWORD = drawn_mixed(4750042, 6) + "$" + drawn_mixed(4750043, 8)


TRUE_FORMS = [
    # --- Lichess' access tokens: a personal one given to berserk, in a page's code block, an OAuth one in a setting
    ("broadcast/push.py", f'import berserk\n\nsession = berserk.TokenSession("{_LICHESS_PERSONAL}")\n'
     "client = berserk.Client(session=session)\n", 3, _LICHESS_PERSONAL, SERVICE),
    ("docs/broadcast.md", "# Broadcast\n\n1. Paste the account's token:\n\n   ```\n"
     f"   {_LICHESS_PERSONAL_2}\n   ```\n", 6, _LICHESS_PERSONAL_2, SERVICE),
    ("bot/config.yml", f"token: \"{_LICHESS_OAUTH}\"\nurl: \"https://lichess.org/\"\n", 1, _LICHESS_OAUTH, SERVICE),
    ("scripts/export.sh", f"curl -H 'Authorization: Bearer {_LICHESS_PERSONAL}' https://lichess.org/api/account\n", 1,
     _LICHESS_PERSONAL, SERVICE),
    # --- Poster POS' access token (`<account>:<32 hex>`), where the text says its API
    ("src/poster.rs", f'const POSTER_TOKEN: &str = "{_POSTER_TOKEN}";\n\npub fn sales() -> String {{\n'
     '    format!("https://joinposter.com/api/dash.getProductsSales?token={}", POSTER_TOKEN)\n}\n', 1, _POSTER_TOKEN, SERVICE),
    ("app/Services/Poster.php", f"<?php\n$url = 'https://joinposter.com/api/menu.getProducts?token={_POSTER_TOKEN_2}';\n",
     2, _POSTER_TOKEN_2, SERVICE),
    ("config/settings.py", f'POSTER_API = {{"token": "{_POSTER_TOKEN_2}"}}\n', 1, _POSTER_TOKEN_2, SERVICE),
    # --- iiko's API login (a UUID under an apiLogin name, where the text says iiko)
    ("integrations/iiko.py", f'# iikoCloud\nAPI_LOGIN = "{_IIKO_LOGIN}"\nBASE = "https://api-ru.iiko.services/api/1"\n', 2,
     _IIKO_LOGIN, SERVICE),
    ("src/Delivery/IikoClient.cs", f'var body = new {{ apiLogin = "{_IIKO_LOGIN_2}" }};\n'
     'await _http.PostAsJsonAsync("https://api-ru.iiko.services/api/1/access_token", body);\n', 1, _IIKO_LOGIN_2, SERVICE),
    ("config/iiko.json", f'{{\n  "iiko": {{\n    "apiLogin": "{_IIKO_LOGIN}"\n  }}\n}}\n', 3, _IIKO_LOGIN, SERVICE),
    # --- a `psw` setting beside its login (SMSC's pair): a Ruby class's constants, a YAML section, an .env
    ("lib/notifier/smsc.rb", f'module Notifier\n  class Smsc\n    LOGIN = "acme_agro"\n    PSW = "{_PASSWORD}"\n\n'
     "    def deliver(phone, text)\n      URI.encode_www_form(login: LOGIN, psw: PSW, phones: phone, mes: text)\n"
     "    end\n  end\nend\n", 4, _PASSWORD, LITERAL),
    ("config/sms.yml", f"smsc:\n  login: acme\n  psw: \"{_PASSWORD_2}\"\n  sender: ACME\n", 3, _PASSWORD_2, LITERAL),
    (".env", f"SMSC_LOGIN=acme\nSMSC_PSW={_PASSWORD}\n", 2, _PASSWORD, LITERAL),
    # --- a Basic credential's `user:password` as .NET's bytes (a `$` in C#'s plain string is the password's), on the
    # scheme's line or named above it; Node's `Buffer.from("u:p")` named so
    ("src/Sync/OneCClient.cs", f'var raw = Encoding.UTF8.GetBytes("hs_sync:{_DOLLAR_PASSWORD}");\n'
     '_http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));\n',
     1, _DOLLAR_PASSWORD, LITERAL),
    ("src/Sync/Client.cs", 'var auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String('
     f'System.Text.Encoding.ASCII.GetBytes("hs_sync:{_DOLLAR_PASSWORD}")));\n', 1, _DOLLAR_PASSWORD, LITERAL),
    ("lib/client.js", f'const raw = Buffer.from("hs_sync:{_PASSWORD}");\n'
     'const headers = { Authorization: "Basic " + Buffer.from(raw).toString("base64") };\n', 1, _PASSWORD, LITERAL),
    # --- 1C:Enterprise's batch-mode command line: `/P` apart or glued, quoted, bare, in a Start-Process argument list
    ("scripts/1c/backup.ps1", '$exe = "C:\\Program Files\\1cv8\\8.3.24.1548\\bin\\1cv8.exe"\n'
     f'& $exe DESIGNER /S "1c-srv01\\buh" /N "Administrator" /P "{_PASSWORD}" /DumpIB $out /Out "D:\\Backup\\last.log"\n',
     2, _PASSWORD, LITERAL),
    ("backup.bat", f'"C:\\Program Files\\1cv8\\bin\\1cv8.exe" DESIGNER /F"D:\\Bases\\trade" /N"Admin" /P"{_PASSWORD_2}" '
     '/DumpIB "D:\\Backup\\trade.dt"\n', 1, _PASSWORD_2, LITERAL),
    ("update.cmd", f"1cv8.exe ENTERPRISE /S srv01\\zup /N Admin /P {_PASSWORD} /C UpdateDone\n", 1, _PASSWORD, LITERAL),
    ("scripts/update.ps1", 'Start-Process -FilePath $exe -ArgumentList "DESIGNER /S ""srv01\\zup"" /N ""Admin"" '
     f'/P ""{_PASSWORD_2}"" /UpdateDBCfg" -Wait\n', 1, _PASSWORD_2, LITERAL),
    # --- the literals beside the two blocked decoys' expressions still block (a Jenkinsfile's SSHPASS, a glued pass)
    ("ci/Jenkinsfile.deploy", f"pipeline {{\n    environment {{\n        SSHPASS = '{_PASSWORD}'\n    }}\n}}\n", 3, _PASSWORD,
     LITERAL),
    ("conf/mail.ini", f"[mail]\nsmtppass = {_PASSWORD_2}\n", 2, _PASSWORD_2, LITERAL),
    # (a glued pass given a conversion of its literal, no lookup: Go's `string("…")`, the AWS SDK's `aws.String("…")`)
    ("cmd/sync/config.go", f'\treturn Config{{\n\t\tDBPass:  aws.String("{_PASSWORD}"),\n\t}}\n', 2, _PASSWORD, LITERAL),
    ("cmd/mail/config.go", f'\treturn Config{{\n\t\tSMTPPass: string("{_PASSWORD_2}"),\n\t}}\n', 2, _PASSWORD_2, LITERAL),
]

DECOYS = [
    # (names run on after `lip_` / `lio_`: one case, or no digit; a `clip_` name; a run of another length; a stand-in)
    ("vision/lips.py", "lip_landmarksdetector = load('lip_landmarksdetector')\nclip_Ab3dEf5hIj7kLm9nOp1q = 1\n"),
    ("vision/model.py", "LIP_SYNC = lip_MouthShapeDetectorV = None\nx = 'lip_" + drawn(4750010, 20, "abcdefghij") + "'\n"),
    ("anim/frames.py", "lip_" + drawn_mixed(4750011, 24) + " = load_frames(12)\n"),
    ("bot/README.md", "token: lip_xxxxxxxxxxxxxxxxxxxx\n"),
    # (a number and an MD5 where no text says Poster's API: a cache's keys, a film's poster; a made-up hex)
    ("cache/keys.py", f'ENTRY = "{_POSTER_TOKEN}"\nSEEN = {{"{_POSTER_TOKEN_2}": True}}\n'),
    ("films/posters.py", f'poster_hash = "{_POSTER_TOKEN}"  # the poster image of the film\n'),
    ("src/poster.rs", 'const POSTER_TOKEN: &str = "513625:00000000000000000000000000000000"; // joinposter.com\n'),
    # (a UUID under another name in an iiko file: an organization's, a terminal group's; an apiLogin where no text
    # says iiko; the login read from the environment)
    ("integrations/iiko.py", f'# iikoCloud\nORGANIZATION_ID = "{_IIKO_LOGIN}"\nTERMINAL_GROUP = "{_IIKO_LOGIN_2}"\n'),
    ("payments/payu.py", f'API_LOGIN = "{_IIKO_LOGIN}"\n'),
    ("integrations/iiko.py", '# iikoCloud\nAPI_LOGIN = os.environ["IIKO_API_LOGIN"]\n'),
    # (the pair interpolated: C#'s `$"…"`, PowerShell's double quotes; joined from names)
    ("src/Sync/OneCClient.cs", 'var raw = Encoding.UTF8.GetBytes($"{user}:{password}");\n'
     'var header = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));\n'),
    ("scripts/sync.ps1", '$pw = Get-Secret -Name sync\n$raw = [Text.Encoding]::UTF8.GetBytes("hs_sync:$pw")\n'
     '$headers = @{ Authorization = "Basic " + [Convert]::ToBase64String($raw) }\n'),
    ("src/Sync/Client.cs", 'var raw = Encoding.UTF8.GetBytes(user + ":" + password);\n'
     'var header = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));\n'),
    # (1C's `/P` given a variable: PowerShell's, cmd's `%…%`; a launch with no password; a `/P` of no 1C launch)
    ("scripts/update.ps1", 'Start-Process -FilePath $exe -ArgumentList "DESIGNER /S ""srv01\\zup"" /N ""$user"" '
     '/P ""$password"" /UpdateDBCfg" -Wait\n& $exe ENTERPRISE /F $base /N $env:ONEC_USER /P $env:ONEC_PASSWORD\n'),
    ("backup.bat", '"%ONEC_EXE%" DESIGNER /F"D:\\Bases\\trade" /N"%ONEC_USER%" /P"%ONEC_PASS%" /DumpIB "D:\\trade.dt"\n'
     '1cv8.exe ENTERPRISE /F"D:\\Bases\\trade" /N"Reader" /C Report\n'),
    ("docs/deploy.md", "Run `xcopy /S /P build out` on the Enterprise edition.\n"),
    # (`psw` holding a number: a CPU's program status word; SMSC's psw read from the environment. A drawn value under
    # psw is a password since stop 60 (md1), as main's 286ae379 says of code_stop60's decoy)
    ("emu/cpu8080.rb", 'class Cpu\n  PSW = 0x02\n  SP = 0\nend\n'),
    ("lib/notifier/smsc.rb", 'class Smsc\n  LOGIN = "acme_agro"\n  PSW = ENV.fetch("SMSC_PSW")\nend\n'),
    # (a Jenkinsfile's environment bound to a stored credential: `credentials('id')` is Jenkins' lookup, no password)
    ("ci/Jenkinsfile.deploy", "pipeline {\n    agent any\n    environment {\n        SSHPASS = credentials('deploy-password')\n"
     "    }\n    stages {\n        stage('Deploy') {\n            steps {\n"
     "                sh 'sshpass -e scp app.jar deploy@10.0.0.5:/opt/app/'\n            }\n        }\n    }\n}\n"),
    ("Jenkinsfile", "pipeline {\n  environment {\n    SSHPASS = credentials(\"edge-ssh\")\n  }\n}\n"),
    # (an aligned Go struct literal's glued pass given a call: an environment or configuration read)
    ("cmd/sync/config.go", 'package main\n\nimport "os"\n\nfunc load() Config {\n\treturn Config{\n'
     '\t\tDBHost:  os.Getenv("SYNC_DB_HOST"),\n\t\tDBPass:  os.Getenv("SYNC_DB_PASS"),\n'
     '\t\tSMTPPass: viper.GetString("smtp.pass"),\n\t}\n}\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
