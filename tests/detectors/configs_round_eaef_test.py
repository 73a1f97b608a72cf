"""Forms and decoys read after blind rounds EA-EF (configurations, documentation's forms, two precision leftovers):
a credentials file's lines quoted in a configuration's comment below a header naming the file and saying it holds
them (rsync's secrets file, an htpasswd file kept in clear, Postfix's `sasl_passwd`, pppd's `chap-secrets`); an XML
element named by its attribute whose text stands on the lines below its opening tag (INDI's driver configuration,
`<oneText name='PASSWORD_VALUE'>`); documentation's passwords in more of a runbook's forms, at stop 42's bar (a
table's `pw` column, a Wi-Fi network's `WPA2 key:`, a sign-in's bold pair, a bold label's verb before a code span).
And the decoys: a quoted file's format described, hashes and placeholders in its lines, a comment going on in prose;
an element holding an element or a reference; documentation's tutorial passwords in the same forms; a value type's
constructor given a random-looking string (`Color('…')` from `color`); and one finding for a C header's constant
whose literal stands on the next line (the INI view's quoted twin dropped). Through the engine. Every value here is
generated (seeds 1,415,000-1,415,099)."""
from __future__ import annotations

from typing import List

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

HEX = "0123456789abcdef"


def _chosen(seed: int) -> str:
    """A password chosen with care: twelve characters and more, every class (letters of both cases, digits, symbols)."""
    value = drawn_mixed(seed, 11)
    return value[:4] + "#" + value[4:] + "%"


def _words(seed: int) -> str:
    """A diceware-like passphrase of four words and a number."""
    words = ("tern", "sable", "quarry", "ember", "larch", "vellum", "gannet", "ochre", "brine", "thistle", "pewter", "cairn")
    picked = drawn(seed, 4, "".join(chr(ord("a") + number) for number in range(len(words))))
    return "-".join(words[ord(letter) - ord("a")] for letter in picked) + str(10 + seed % 89)


_RSYNC = _words(1415000)
_RSYNC_2 = drawn_mixed(1415001, 20)
_HTPASSWD = _chosen(1415002)
_SASL = drawn_mixed(1415003, 16)
_CHAP = _words(1415004)
_GENERIC = _chosen(1415005)
_INDI = drawn_mixed(1415006, 12)
_ENTRY = drawn_mixed(1415007, 24)
_WRAPPED = (drawn_mixed(1415008, 20), drawn_mixed(1415009, 12))
_ID_TEXT = drawn(1415010, 32, HEX)
_DOC_PW = _chosen(1415011)
_DOC_PW_2 = drawn_mixed(1415012, 18)
_WIFI = _chosen(1415013)
_WIFI_2 = _chosen(1415014)  # (a bare line is read as a note's assignment: a chosen value blocks, a drawn one is an example's)
_BOLD = _chosen(1415015)
_BOLD_2 = _chosen(1415016)
_TO_USE = _chosen(1415017)
_TO_USE_2 = drawn_mixed(1415018, 20)
_RANDOM = drawn_mixed(1415019, 20)
_RANDOM_2 = drawn_mixed(1415020, 24)
_HEADER_PW = _chosen(1415021)
_HEADER_TOKEN = drawn_mixed(1415022, 32)

TRUE_FORMS = [
    # a credentials file's lines quoted in a comment below a header naming the file and saying it holds them
    ("backup/rsyncd.conf", "[archive]\n    path = /srv/archive\n    auth users = mirror\n    secrets file = /etc/rsyncd.secrets\n\n"
     f"# /etc/rsyncd.secrets (mode 600) holds:\n#   mirror:{_RSYNC}\n#   pull:{_RSYNC_2}\n", 7, _RSYNC, "Literal Credential"),
    ("backup/rsyncd.conf", "# rsync.secrets contents, for the record:\n#\n"
     f"#   mirror:{_RSYNC}\n#   pull:{_RSYNC_2}\nuid = nobody\n", 4, _RSYNC_2, "Literal Credential"),
    ("sites/stats.conf", "AuthUserFile /etc/httpd/stats.htpasswd\n; stats.htpasswd has (in clear, the embedded server's):\n"
     f";   reader:{_HTPASSWD}\n", 3, _HTPASSWD, "Literal Credential"),
    ("postfix/main.cf", "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n# sasl_passwd contains:\n"
     f"#   [mail.relay.invalid]:587 notices@relay.invalid:{_SASL}\n", 3, _SASL, "Literal Credential"),
    ("ppp/peers/uplink", f"name uplink\n// chap-secrets on the router has these lines:\n//   uplink * \"{_CHAP}\" *\n",
     3, _CHAP, "Literal Credential"),
    ("svc/agent.ini", f"[agent]\nuser = collector\n# the credentials file now reads:\n#   collector:{_GENERIC}\n",
     4, _GENERIC, "Literal Credential"),
    # an element named by its attribute, its text alone on the lines below its opening tag
    ("observatory/indi/Relay_config.xml", "<INDIDriver>\n<newTextVector device='Relay' name='AUTH'>\n"
     "  <oneText name='LOGIN_VALUE'>\n      domectl\n  </oneText>\n"
     f"  <oneText name='PASSWORD_VALUE'>\n      {_INDI}\n  </oneText>\n</newTextVector>\n</INDIDriver>\n",
     7, _INDI, "Literal Credential"),
    ("conf/app-properties.xml", '<properties>\n  <entry key="mail.smtp.password">\n'
     f"    {_ENTRY}\n  </entry>\n</properties>\n", 3, _ENTRY, "Literal Credential"),
    ("conf/app-properties.xml", f'<properties>\n  <entry key="webhook.token">\n    {_WRAPPED[0]}\n    {_WRAPPED[1]}\n'
     "  </entry>\n</properties>\n", 3, _WRAPPED[0] + _WRAPPED[1], "Literal Credential"),
    # documentation's passwords in a runbook's forms
    ("docs/it/nas.md", f"# NAS\n\n| Host | User | pw |\n|------|------|----|\n| nas01 | admin | {_DOC_PW} |\n",
     5, _DOC_PW, "Literal Credential"),
    ("docs/lab/hosts.md", f"| host | PW | notes |\n|:--|:--|:--|\n| bench-3 | **{_DOC_PW_2}** | lab bench |\n",
     3, _DOC_PW_2, "Literal Credential"),
    ("docs/office/wifi.md", f"# Guest network\n\n- SSID: Lobby\n- WPA2 key: {_WIFI}\n", 4, _WIFI, "Literal Credential"),
    ("docs/office/wifi.md", f"Wi-Fi key: {_WIFI_2}\n", 1, _WIFI_2, "Literal Credential"),
    ("docs/ops/console.md", f"1. Open the console.\n2. Sign in as **admin** / **{_BOLD}**\n", 2, _BOLD, "Literal Credential"),
    ("docs/ops/console.md", f"- Console login: **operator** / **{_BOLD_2}**\n", 1, _BOLD_2, "Literal Credential"),
    ("docs/runbooks/console.md", f"Log in to the NVR as **ops** / **{_BOLD_2}**.\n", 1, _BOLD_2, "Literal Credential"),
    ("docs/ops/db.md", f"- **Password to use**: `{_TO_USE}`\n", 1, _TO_USE, "Literal Credential"),
    ("docs/ops/db.md", f"* __Passphrase is__: `{_TO_USE_2}`\n", 1, _TO_USE_2, "Literal Credential"),
    # an SDK named for its package, given its key alone, still blocks
    ("src/sms.js", f"import Telnyx from 'telnyx';\nconst client = new Telnyx('KEY{_RANDOM_2}');\n",
     2, f"KEY{_RANDOM_2}", "Literal Credential"),
]

DECOYS = [
    # a quoted file's format described; placeholders, templates, hashes in its lines; prose after the header
    ("backup/rsyncd.conf", f"# rsyncd.secrets format (example):\n#   mirror:{_RSYNC}\n"),
    ("backup/rsyncd.conf", "# /etc/rsyncd.secrets holds:\n#   mirror:password\n#   pull:changeme\n#   web:{{ rsync_pw }}\n"),
    ("sites/stats.conf", "# .htpasswd contains:\n#   reader:$apr1$Zt7qk2Lm$Pq8vWz3tKm6nRx2yBc4dE.\n"
     "#   audit:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\n"),
    ("backup/rsyncd.conf", f"# the secrets file holds:\n#   one user a line, then rotate it. mirror:{_RSYNC}\n"),
    ("backup/rsyncd.conf", f"# rsyncd.secrets holds:\nmotd file = /etc/motd\n# mirror:{_RSYNC}\n"),
    # an element holding an element, a reference, an empty one
    ("conf/app-properties.xml", '<properties>\n  <entry key="db.password">\n    <value>${DB_PASSWORD}</value>\n'
     '  </entry>\n  <entry key="smtp.password">\n    ${SMTP_PASSWORD}\n  </entry>\n  <entry key="api.token">\n  </entry>\n</properties>\n'),
    ("conf/ids.xml", f'<ids>\n  <item id="build">\n    {_ID_TEXT}\n  </item>\n</ids>\n'),
    # documentation's tutorial passwords in the same forms
    ("docs/it/nas.md", "| Host | User | pw |\n|------|------|----|\n| nas01 | admin | admin123 |\n"),
    ("docs/office/wifi.md", "- WPA2 key: password123\n- Wi-Fi key: your-network-key\n"),
    ("docs/ops/console.md", "Sign in as **admin** / **admin**, then change it.\n"),
    ("docs/ops/db.md", "- **Password to use**: `changeme`\n- **Password to use**: `P@ssw0rd123!`\n"),
    # a value type's constructor given a random-looking string
    ("src/theme.js", f"import Color from 'color';\nconst accent = Color('{_RANDOM}');\n"),
    ("src/ids.js", f"const Long = require('long');\nconst big = Long('{_RANDOM_2}');\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def _header(name: str, secret: str) -> str:
    return (f"#ifndef {name.upper()}_H\n#define {name.upper()}_H\n\n#include <stdint.h>\n\n"
            f"static const char MQTT_PASSWORD[] =\n    \"{secret}\";\n\nconst char *API_TOKEN =\n  \"{_HEADER_TOKEN}\";\n\n#endif\n")


@pytest.mark.parametrize("secret", [_HEADER_PW, _HEADER_PW.replace("#", "'"), _HEADER_PW.replace("#", ";")])
def test_a_header_constant_on_the_next_line_is_one_finding(engine: Engine, secret: str) -> None:
    found: List[str] = [finding.secret for finding in engine.scan_text("firmware/include/secrets.h", _header("secrets", secret))]
    assert found.count(secret) == 1 and found.count(_HEADER_TOKEN) == 1
    assert not [value for value in found if value.startswith('\\"')]  # (the INI view's quoted twin)
