"""Forms read after blind rounds CK-CP (kinds/_code_calls.py): a call given a Twilio
SID first, its secret next (one argument a line too), in the helper libraries' languages; a credentials
namespace's `Basic(key, secret)` (Vonage's, Nexmo's) and a factory named for a key and its secret; an HTTP
Basic credential base64-encoded from a literal `user:password` in each language's idiom; a PowerShell
variable set to a literal and given to `ConvertTo-SecureString` or a password parameter; a default assigned
where none is (`ENV["…"] ||= "…"`, `??=`, Perl's `//=`, Ruby's `ENV.fetch("…") { "…" }`); Perl's hash
elements set to a literal. Each beside the decoys of its form, through the
engine. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, password

LITERAL = "Literal Credential"
_HEX = "0123456789abcdef"
_SID = "AC" + drawn(13101, 32, _HEX)
_KEY_SID = "SK" + drawn(13102, 32, _HEX)
_AUTH = drawn(13103, 32, _HEX)
_KEY_SECRET = drawn_mixed(13104, 32)
_API_KEY = drawn(13105, 8, _HEX)
_API_SECRET = drawn_mixed(13106, 16)
_PASSWORD = password(13107) + "#q"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


TRUE_FORMS = [
    ("functions/notify.js", f'const twilio = require("twilio");\n\nconst client = twilio(\n  "{_SID}",\n  "{_AUTH}"\n);\n',
     5, _AUTH),
    ("src/sms.js", f"const client = require('twilio')(\n  '{_KEY_SID}',  // api key\n  '{_KEY_SECRET}',\n"
     f"  {{ accountSid: '{_SID}' }}\n);\n", 3, _KEY_SECRET),
    ("Services/Sms.cs", f'TwilioClient.Init(\n    "{_SID}",\n    "{_AUTH}");\n', 3, _AUTH),
    ("notify.py", f'from twilio.rest import Client\nclient = Client(\n    "{_SID}",\n    "{_AUTH}",\n)\n', 4, _AUTH),
    ("includes/sms.php", "<?php\nuse Vonage\\Client;\nuse Vonage\\Client\\Credentials\\Basic;\n\n"
     f"$basic = new Basic('{_API_KEY}', '{_API_SECRET}');\n$client = new Client($basic);\n", 5, _API_SECRET),
    ("lib/sms.php", f"<?php\n$c = new \\Nexmo\\Client\\Credentials\\Basic('{_API_KEY}', '{_API_SECRET}');\n", 2, _API_SECRET),
    ("sms/main.go", f'auth := vonage.CreateAuthFromKeySecret("{_API_KEY}", "{_API_SECRET}")\n', 1, _API_SECRET),
    ("Carriers/Client.cs", f'var creds = Convert.ToBase64String(Encoding.ASCII.GetBytes("clinic-sync:{_PASSWORD}"));\n',
     1, _PASSWORD),
    ("client.py", f'auth = base64.b64encode(b"clinic-sync:{_PASSWORD}").decode()\n', 1, _PASSWORD),
    ("web/api.js", f'const auth = btoa("clinic-sync:{_PASSWORD}");\n', 1, _PASSWORD),
    ("server/api.js", f'const auth = Buffer.from("clinic-sync:{_PASSWORD}").toString("base64");\n', 1, _PASSWORD),
    ("src/main/java/Api.java",
     f'String auth = Base64.getEncoder().encodeToString("clinic-sync:{_PASSWORD}".getBytes(StandardCharsets.UTF_8));\n',
     1, _PASSWORD),
    ("lib/api.rb", f'auth = Base64.strict_encode64("clinic-sync:{_PASSWORD}")\n', 1, _PASSWORD),
    ("api/client.go", f'auth := base64.StdEncoding.EncodeToString([]byte("clinic-sync:{_PASSWORD}"))\n', 1, _PASSWORD),
    ("backup/Set-Key.ps1", f"$plain = '{_PASSWORD}'\n$secure = ConvertTo-SecureString $plain -AsPlainText -Force\n"
     "Add-VBREncryptionKey -Password $secure -Description 'offsite'\n", 1, _PASSWORD),
    ("db/Export.ps1", f'$pw = "{_PASSWORD}"\nInvoke-Sqlcmd -ServerInstance db01 -Username sa -Password $pw -Query "select 1"\n',
     1, _PASSWORD),
    ("fastlane/Fastfile", f'default_platform(:ios)\n\nENV["MATCH_PASSWORD"] ||= "{_PASSWORD}"\n', 3, _PASSWORD),
    ("config/boot.rb", f'DB_PASSWORD = ENV.fetch("DB_PASSWORD") {{ "{_PASSWORD}" }}\n', 1, _PASSWORD),
    ("scripts/seed.js", f"process.env.DB_PASSWORD ??= '{_PASSWORD}';\n", 1, _PASSWORD),
    ("bin/sync.pl", f"$ENV{{DB_PASS}} //= '{_PASSWORD}';\n", 1, _PASSWORD),
    ("cfg/cfg.d/database.pl", f"$c->{{dbname}} = 'research';\n$c->{{dbuser}} = 'eprints';\n$c->{{dbpass}} = '{_PASSWORD}';\n",
     3, _PASSWORD),
    ("lib/Acme/Client.pm", f'$self->{{api}}->{{password}} = "{_PASSWORD}";\n', 1, _PASSWORD),
]

DECOYS = [
    ("functions/notify.js", f'const client = twilio(\n  "{_SID}",\n  process.env.TWILIO_AUTH_TOKEN\n);\n'
     f'const other = twilio(\n  "{_SID}",\n  "your_auth_token"\n);\n'),
    ("includes/sms.php", "<?php\nuse Vonage\\Client\\Credentials\\Basic;\n$b = new Basic(getenv('VONAGE_KEY'), getenv('VONAGE_SECRET'));\n"
     "$c = new Basic('your-api-key', 'your-api-secret');\n"),
    ("includes/layout.php", f"<?php\nuse Acme\\Ui\\Layouts\\Basic;\n$l = new Basic('{_API_KEY}', '{_API_SECRET}');\n"),
    ("sms/main.go", 'auth := vonage.CreateAuthFromKeySecret(os.Getenv("VONAGE_KEY"), os.Getenv("VONAGE_SECRET"))\n'
     f'ok := validateKeySecret("{_API_KEY}", "{_API_SECRET}")\n'),
    ("client.py", 'auth = base64.b64encode(f"{user}:{password}".encode())\nhost = base64.b64encode(b"localhost:8080")\n'
     'example = base64.b64encode(b"username:password")\n'),
    ("lib/api.rb", 'auth = Base64.strict_encode64("#{user}:#{password}")\nlog("base64 of host:port")\n'),
    ("web/api.js", "const auth = btoa(`${user}:${pass}`);\nconst t = btoa(\"12:30\");\n"),
    ("backup/Set-Key.ps1", "$plain = Read-Host 'Password'\n$secure = ConvertTo-SecureString $plain -AsPlainText -Force\n"
     "$pw = $env:SQL_PASSWORD\nInvoke-Sqlcmd -Password $pw -Query 'select 1'\n"
     "$p2 = '<your password>'\n$s2 = ConvertTo-SecureString $p2 -AsPlainText -Force\n"),
    ("backup/Rotate.ps1", f"$plain = '{_PASSWORD}'\n$plain = Get-Secret -Name backup -AsPlainText\n"
     "$s = ConvertTo-SecureString $plain -AsPlainText -Force\n"),
    ("fastlane/Fastfile", 'ENV["MATCH_PASSWORD"] ||= ENV["FALLBACK_MATCH_PASSWORD"]\nENV["APP_ENV"] ||= "production"\n'
     'ENV["MATCH_PASSWORD"] ||= "changeme"\npw = ENV.fetch("MATCH_PASSWORD") { raise "missing" }\n'),
    ("cfg/cfg.d/database.pl", "$c->{dbpass} = $ENV{DB_PASS};\n$c->{dbuser} = 'eprints';\n$c->{dbpass} = \"pw$suffix\";\n"
     "$c->{dbpass} = 'changeme';\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_form_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
