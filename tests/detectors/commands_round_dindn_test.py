"""Forms read after blind rounds DI-DN (kinds/_command_lines.py, kinds/_web_forms.py): a double-quoted literal echoed
into a tool reading its password on standard input (or into a file or a secret store) whose `$` its writer meant as a
character (`echo "Bosun$Slipway8216" | docker login … --password-stdin`); mosquitto_passwd's batch mode (`-b <file>
<user> <password>`); an Authorization header in Rails' token form (`Token token="<key>"`); base64 of `user:password`
under a name saying Basic (`XPO_BASIC`, sent as `Basic ${XPO_BASIC}`); (kinds/literal_credential.py) documentation's curl
command whose Authorization header stands on a line continuing it, and a Basic header's password in a WordPress
application password's six groups of four. Each beside the decoys of its form, through the engine. Every value here is
generated."""
from __future__ import annotations

import base64

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
# (a chosen password's shape with a `$` between two words, as the sets' authors write them: `Bosun$Slipway8216`)
_DOLLAR_PASSWORD = drawn(17500, 1, "BCDFGHJKLMNPRSTVW") + drawn(17501, 5, "aeioulnrst") + "$" + drawn(
    17502, 1, "BCDFGHJKLMNPRSTVW") + drawn(17503, 6, "aeioulnrst") + drawn(17504, 4, "0123456789")
_PASSWORD = drawn_mixed(17505, 16)
_CHOSEN = drawn(17506, 1, "BCDFGHJKLMNPRSTVW") + drawn(17507, 6, "aeioulnrst") + "-" + drawn(17508, 1, "BCDFGHJKLMNPRSTVW") \
    + drawn(17509, 7, "aeioulnrst") + drawn(17510, 2, "0123456789")
_HEX_KEY = drawn(17511, 32, "0123456789abcdef")
_KEY = drawn_mixed(17512, 28)
_SECRET = drawn_mixed(17513, 28)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


_BASIC = _b64(f"{_KEY}:{_SECRET}")
_BEARER = drawn_mixed(17514, 48)
# (WordPress shows an application password in six groups of four; this author's draw of lower case and digits too)
_GROUPED = " ".join(drawn_mixed(17515, 24)[at:at + 4] for at in range(0, 24, 4))
_GROUPED_LOWER = " ".join(drawn(17516, 24, "abcdefghijklmnopqrstuvwxyz0123456789")[at:at + 4] for at in range(0, 24, 4))


TRUE_FORMS = [
    # a registry login's --password-stdin: the echoed literal's `$` before a mixed-case word, in a Jenkinsfile's sh step
    ("crew-portal/Jenkinsfile", "pipeline {\n  agent any\n  stages {\n    stage('Push') {\n      steps {\n"
     f"        sh 'echo \"{_DOLLAR_PASSWORD}\" | docker login registry.example.net -u jenkins-crew --password-stdin'\n"
     "      }\n    }\n  }\n}\n", 6, _DOLLAR_PASSWORD, LITERAL),
    ("ci/push.sh", f'printf \'%s\' "{_DOLLAR_PASSWORD}" | helm registry login reg.example.net -u ci --password-stdin\n', 1,
     _DOLLAR_PASSWORD, LITERAL),
    ("ci/push.sh", f'echo "{_DOLLAR_PASSWORD}" | podman login quay.io -u bot --password-stdin\n', 1, _DOLLAR_PASSWORD, LITERAL),
    # the same `$` in a literal echoed into a file named for a password, and into a secret store
    ("ops/restic.sh", f'echo "{_DOLLAR_PASSWORD}" > /etc/restic/password\n', 1, _DOLLAR_PASSWORD, LITERAL),
    ("ops/secrets.sh", f'echo -n "{_DOLLAR_PASSWORD}" | gh secret set DB_PASSWORD\n', 1, _DOLLAR_PASSWORD, LITERAL),
    # mosquitto_passwd -b <file> <user> <password>: flags apart, joined, with -H's value; the file a variable
    ("ops/mosquitto-users.sh", "#!/bin/sh\nPWFILE=/etc/mosquitto/passwd\n"
     f"mosquitto_passwd -b \"$PWFILE\" pivot-controller '{_CHOSEN}'\nsystemctl reload mosquitto\n", 3, _CHOSEN, LITERAL),
    ("ops/mqtt.sh", f"sudo mosquitto_passwd -c -b /etc/mosquitto/passwd sensor01 {_PASSWORD}\n", 1, _PASSWORD, LITERAL),
    ("ops/mqtt.sh", f'mosquitto_passwd -H sha512-pbkdf2 -cb /etc/mosquitto/passwd sensor01 "{_PASSWORD}"\n', 1, _PASSWORD,
     LITERAL),
    ("Dockerfile", f"FROM eclipse-mosquitto:2\nRUN mosquitto_passwd -c -b /mosquitto/config/passwd app '{_CHOSEN}'\n", 2, _CHOSEN,
     LITERAL),
    # Rails' token scheme: quoted inside another string, escaped, bare in curl's -H
    ("telephony/callrail_leads.py", "import requests\n\n"
     f"HEADERS = {{\"Authorization\": 'Token token=\"{_HEX_KEY}\"'}}\n", 3, _HEX_KEY, LITERAL),
    ("telephony/leads.py", f'HEADERS = {{"Authorization": "Token token=\\"{_HEX_KEY}\\""}}\n', 1, _HEX_KEY, LITERAL),
    ("lib/client.rb", f"req['Authorization'] = 'Token token=\"{_KEY}\", nonce=\"abc\"'\n", 1, _KEY, LITERAL),
    ("scripts/calls.sh", f"curl -H 'Authorization: Token token={_HEX_KEY}' https://api.callrail.com/v3/a.json\n", 1, _HEX_KEY,
     LITERAL),
    # base64 of `<key>:<secret>` under a name saying Basic, sent as `Basic ${NAME}`: the secret
    ("rating-service/src/carriers/xpo.js", "// the token endpoint takes the consumer key and secret as HTTP Basic\n"
     f"const XPO_BASIC = '{_BASIC}';\n\nasync function token() {{\n"
     "  return fetch(URL, { method: 'POST', headers: { Authorization: `Basic ${XPO_BASIC}` } });\n}\n", 2, _SECRET, LITERAL),
    ("app/client.py", f'BASIC_HEADER = "{_b64("svc-rating:" + _PASSWORD)}"\n', 1, _PASSWORD, LITERAL),
    ("src/Api.java", f'private static final String basicValue = "{_BASIC}";\n', 1, _SECRET, LITERAL),
    # documentation: curl's Authorization header on a line continuing the command (as on curl's own line)
    ("telephony/dialpad-sync/README.md", "## Check the API by hand\n\n```bash\n"
     'curl -s "https://dialpad.com/api/v2/call?started_after=1714521600000" \\\n'
     f'  -H "Authorization: Bearer {_BEARER}" | jq \'.items | length\'\n```\n', 5, _BEARER, LITERAL),
    ("docs/api.md", "```sh\ncurl -X POST https://api.example.net/v1/jobs \\\n  -H 'Content-Type: application/json' \\\n"
     f"  -H 'Authorization: Bearer {_BEARER}' \\\n  -d @job.json\n```\n", 4, _BEARER, LITERAL),
    # a WordPress application password as a Basic header's password (the REST API's), in its groups
    ("scripts/Publish-CashBids.ps1", "$bids = Import-Csv $CsvPath\n"
     f"$headers = @{{ Authorization = 'Basic {_b64('bids-bot:' + _GROUPED_LOWER)}' }}\n"
     "Invoke-RestMethod -Method Post -Uri 'https://www.example.org/wp-json/wp/v2/pages/118' -Headers $headers\n", 2,
     _GROUPED_LOWER, LITERAL),
    ("wp/publish.py", f'HEADERS = {{"Authorization": "Basic {_b64("editor:" + _GROUPED)}"}}\n', 1, _GROUPED, LITERAL),
]

DECOYS = [
    # (a variable's value echoed: `$NAME`, `${NAME}`, `$(…)`, a CI expression, a word then a lower-case variable)
    ("ci/push.sh", 'echo "$REGISTRY_PASSWORD" | docker login registry.example.net -u ci --password-stdin\n'
     'echo "${REGISTRY_PASSWORD}" | docker login registry.example.net -u ci --password-stdin\n'
     'echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin "$CI_REGISTRY"\n'
     'echo "${{ secrets.GHCR_TOKEN }}" | docker login ghcr.io -u bot --password-stdin\n'
     'echo "$(cat /run/secrets/registry)" | docker login ghcr.io -u bot --password-stdin\n'
     'echo "prefix$pw" | docker login ghcr.io -u bot --password-stdin\n'
     'echo "prefix${pw}" | docker login ghcr.io -u bot --password-stdin\n'
     'echo "$RESTIC_PASSWORD" > /etc/restic/password\n'
     'echo -n "$DBPW" | gh secret set DB_PASSWORD\n'),
    ("Jenkinsfile", "pipeline {\n  stages {\n    stage('Push') {\n      steps {\n"
     "        withCredentials([usernamePassword(credentialsId: 'reg', usernameVariable: 'U', passwordVariable: 'P')]) {\n"
     "          sh 'echo \"$P\" | docker login registry.example.net -u \"$U\" --password-stdin'\n"
     "        }\n      }\n    }\n  }\n}\n"),
    # (mosquitto_passwd prompting, deleting, updating; the password a command's output, a variable, a placeholder)
    ("ops/mosquitto-users.sh", "mosquitto_passwd -c /etc/mosquitto/passwd sensor01\n"
     f"mosquitto_passwd -D /etc/mosquitto/passwd sensor01 {_PASSWORD}\n"
     "mosquitto_passwd -U /etc/mosquitto/passwd\n"
     'mosquitto_passwd -b "$PWFILE" chirpstack "$(cat /etc/mosquitto/chirpstack.pw)"\n'
     'mosquitto_passwd -b "$PWFILE" chirpstack "$MQTT_PASSWORD"\n'
     "mosquitto_passwd -b /etc/mosquitto/passwd sensor01 ${MQTT_PASSWORD}\n"
     "mosquitto_passwd -b /etc/mosquitto/passwd sensor01 <password>\n"
     "mosquitto_passwd -b /etc/mosquitto/passwd sensor01 changeme\n"),
    # (Rails' token scheme given an interpolation, an environment read, a placeholder, a filler)
    ("lib/client.rb", "req['Authorization'] = \"Token token=\\\"#{ENV['CALLRAIL_KEY']}\\\"\"\n"
     "req['Authorization'] = \"Token token=#{api_key}\"\n"),
    ("src/calls.js", "const headers = { Authorization: `Token token=\"${process.env.CALLRAIL_KEY}\"` };\n"),
    ("telephony/leads.py", 'HEADERS = {"Authorization": f\'Token token="{api_key}"\'}\n'
     "HEADERS = {\"Authorization\": 'Token token=\"YOUR_API_KEY_HERE\"'}\n"
     "HEADERS = {\"Authorization\": 'Token token=\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"'}\n"),
    # (a name saying Basic given base64 of documentation's pairs, a placeholder, a URL, JSON, an environment read)
    ("src/carriers/xpo.js", f"const BASIC_EXAMPLE = '{_b64('user:password')}';\n"
     f"const basic = '{_b64('Aladdin:open sesame')}';\n"
     f"const BASIC_DOC = '{_b64('username:your-password-here')}';\n"
     f"const BASIC_TOKEN = '{_b64('client_id:client_secret')}';\n"
     f"const basicDemo = '{_b64('demo:demo')}';\n"
     f"const BASIC_URL = '{_b64('https://example.net/path')}';\n"
     f"const basic_payload = '{_b64(chr(123) + chr(34) + 'a' + chr(34) + ': ' + chr(34) + 'b:c' + chr(34) + chr(125))}';\n"
     "const XPO_BASIC = process.env.XPO_BASIC;\n"
     "const BASIC = '${XPO_BASIC}';\n"
     "const basic_block = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAA';\n"),
    # (documentation's continued curl header given a variable, a placeholder, a short example token)
    ("README.md", "```bash\ncurl -s https://api.example.net/v2/call \\\n  -H \"Authorization: Bearer $DIALPAD_API_KEY\"\n```\n"
     "```bash\ncurl -s https://api.example.net/v2/call \\\n  -H \"Authorization: Bearer YOUR_API_KEY\"\n```\n"
     "```bash\ncurl -s https://api.example.net/v2/call \\\n  -H 'Authorization: Bearer <token>'\n```\n"
     "```bash\ncurl -s https://api.example.net/v2/call \\\n  -H 'Authorization: Bearer mF_9.B5f-4.1JqM'\n```\n"
     f"```bash\ncurl -s https://api.example.net/v2/call \\\n  -H 'Authorization: Basic {_b64('user:password')}'\n```\n"),
    # (a Basic header's groups of documentation: WordPress's `xxxx …`, groups counting up, a few letters repeated)
    ("wp/publish.ps1", f"$h = @{{ Authorization = 'Basic {_b64('admin:xxxx xxxx xxxx xxxx xxxx xxxx')}' }}\n"
     f"$h = @{{ Authorization = 'Basic {_b64('admin:XXXX XXXX XXXX XXXX XXXX XXXX')}' }}\n"
     f"$h = @{{ Authorization = 'Basic {_b64('admin:abcd efgh ijkl mnop qrst uvwx')}' }}\n"
     f"$h = @{{ Authorization = 'Basic {_b64('admin:ABCD 1234 EFGH 5678 IJKL 9012')}' }}\n"
     f"$h = @{{ Authorization = 'Basic {_b64('admin:aaaa bbbb cccc dddd eeee ffff')}' }}\n"
     f"$h = @{{ Authorization = 'Basic {_b64('admin:1234 5678 9012 3456 7890 1234')}' }}\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_form_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
