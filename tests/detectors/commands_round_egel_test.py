"""Forms and decoys read after blind rounds EG-EL (command lines and documentation's forms): a credentials file's
lines quoted in a comment below a caption that opens with the file's name (`# /etc/rsyncd.secrets (chmod 600) - kept
here:`, no `holds`), a note after a quoted line; a Wi-Fi network listed with its security before its key (`- `Staff`
(VLAN 10, WPA2/WPA3): `…``), in documentation and in an operator's notes, and a notes page's bare `- WPA2 key: …`; a
list item's bold or verb-ending label before a bare password (`- **Password to use**: …`); a here-string given to a
login tool only where the tool is the command (not `grep kinit <<< …`); a literal echoed into a password file through
a numbered redirection (`1> …`, `&> …`). And the decoys of each form: a caption describing a format or
naming the file mid-sentence, a generic `secrets file:` caption, placeholders; a network listed with no security, a
tutorial's key, prose; a tutorial's password; a here-string to a search; stderr redirected. Through the engine.
Every value here is generated (seeds 1,475,000-1,475,099)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed


def _chosen(seed: int) -> str:
    """A password chosen with care: twelve characters and more, every class (letters of both cases, digits, symbols)."""
    value = drawn_mixed(seed, 11)
    return value[:4] + "*" + value[4:] + "%"


def _words(seed: int) -> str:
    """A passphrase of four words and a number, joined by dashes."""
    words = ("flint", "heron", "copper", "mallow", "quince", "sorrel", "tansy", "umber", "wicker", "yarrow", "basalt", "cobalt")
    picked = drawn(seed, 4, "".join(chr(ord("a") + number) for number in range(len(words))))
    return "-".join(words[ord(letter) - ord("a")] for letter in picked) + str(10 + seed % 89)


_RSYNC = drawn_mixed(1475000, 20)
_RSYNC_2 = _words(1475001)
_HTPASSWD = _chosen(1475002)
_SASL = drawn_mixed(1475003, 18)
_NOTED = drawn_mixed(1475004, 22)
_WIFI = _words(1475010)
_WIFI_2 = _chosen(1475011)
_WIFI_3 = drawn_mixed(1475012, 16) + "!"
_WIFI_4 = _words(1475013)
_NOTES_KEY = _chosen(1475014)
_BOLD = _chosen(1475020)
_TO_USE = _chosen(1475021)
_PLAIN = _words(1475022)
_KINIT = _chosen(1475030)
_KINIT_2 = _words(1475031)
_KINIT_3 = drawn_mixed(1475032, 18)
_ECHOED = _chosen(1475040)
_ECHOED_2 = _words(1475041)
_ECHOED_3 = drawn_mixed(1475042, 24)

TRUE_FORMS = [
    # a credentials file's lines quoted below a caption opening with the file's name
    ("nas/rsyncd.conf", "[media]\n    auth users = mirror\n    secrets file = /etc/rsyncd.secrets\n\n"
     f"# /etc/rsyncd.secrets (chmod 600) - kept here so the config is in one place:\n# mirror:{_RSYNC}\n", 6, _RSYNC,
     "Literal Credential"),
    ("backup/rsyncd.conf", f"; rsyncd.secrets, as deployed:\n;   pull:{_RSYNC_2}\n", 2, _RSYNC_2, "Literal Credential"),
    ("sites/stats.conf", f"AuthUserFile /srv/stats.htpasswd\n# /srv/stats.htpasswd (clear, the embedded server's):\n"
     f"#   reader:{_HTPASSWD}\n", 3, _HTPASSWD, "Literal Credential"),
    ("postfix/main.cf", "relayhost = [mail.relay.invalid]:587\n# /etc/postfix/sasl_passwd:\n"
     f"#   [mail.relay.invalid]:587 notices@relay.invalid:{_SASL}\n", 3, _SASL, "Literal Credential"),
    # a note after a quoted line
    ("backup/rsyncd.conf", f"# /etc/rsyncd.secrets holds:\n#   mirror:{_NOTED}   # rotated in March\n", 2, _NOTED,
     "Literal Credential"),
    ("backup/rsyncd.conf", f"# rsyncd.secrets contains:\n#   pull:{_RSYNC_2} (the NAS' pull job)\n", 2, _RSYNC_2,
     "Literal Credential"),
    # a Wi-Fi network listed with its security before its key
    ("docs/network.md", f"## Wi-Fi\n\n- `Loft-Staff` (VLAN 10, WPA2/WPA3): `{_WIFI}`\n", 3, _WIFI, "Literal Credential"),
    ("docs/it/wireless.md", f"* **Backroom** - WPA2-Personal: `{_WIFI_2}`\n", 1, _WIFI_2, "Literal Credential"),
    ("README.md", f"1. Studio net (WPA3-SAE): {_WIFI_3}\n", 1, _WIFI_3, "Literal Credential"),
    ("notes/site-visit.md", f"- `Warehouse-5G` (WPA2-PSK, 5 GHz): `{_WIFI_4}`\n", 1, _WIFI_4, "Literal Credential"),
    ("notes/site-visit.txt", f"- Warehouse (WPA2): {_WIFI_4}\n", 1, _WIFI_4, "Literal Credential"),
    # an operator's notes' bare Wi-Fi key after its label
    ("notes/office.md", f"# Office\n\n- SSID: Annex\n- WPA2 key: {_NOTES_KEY}\n", 4, _NOTES_KEY, "Literal Credential"),
    ("docs/runbooks/ap.md", f"- Guest Wi-Fi key: {_NOTES_KEY}\n", 1, _NOTES_KEY, "Literal Credential"),
    # a list item's bold or verb-ending label, then a bare password
    ("docs/ops/db.md", f"- **Password to use**: {_BOLD}\n", 1, _BOLD, "Literal Credential"),
    ("docs/ops/db.md", f"* **Password**: {_TO_USE}\n", 1, _TO_USE, "Literal Credential"),
    ("docs/ops/kiosk.md", f"3. Password to use: {_PLAIN}\n", 1, _PLAIN, "Literal Credential"),
    # a here-string given to a login tool in a command's place
    ("scripts/krb.sh", f"#!/bin/sh\nsudo -u svc kinit svc@LAB.INVALID <<< '{_KINIT}'\n", 2, _KINIT, "Literal Credential"),
    ("scripts/krb.sh", f"#!/bin/sh\nKRB5CCNAME=/tmp/cc_svc kinit svc <<< '{_KINIT_2}'\n", 2, _KINIT_2, "Literal Credential"),
    ("scripts/krb.sh", f"#!/bin/sh\nssh gw \"kinit svc <<< '{_KINIT_3}'\"\n", 2, _KINIT_3, "Literal Credential"),
    ("scripts/krb.sh", f"#!/bin/sh\nif ! klist -s; then kinit svc <<< '{_KINIT}'; fi\n", 2, _KINIT, "Literal Credential"),
    # a literal echoed into a password file through a numbered redirection
    ("scripts/setup.sh", f"#!/bin/sh\necho '{_ECHOED}' 1> /etc/app/password\n", 2, _ECHOED, "Literal Credential"),
    ("scripts/setup.sh", f"#!/bin/sh\nprintf '%s' '{_ECHOED_2}' 1>>/etc/app/db_password\n", 2, _ECHOED_2, "Literal Credential"),
    ("scripts/setup.sh", f"#!/bin/sh\necho \"{_ECHOED_3}\" &> /run/secrets/api_token\n", 2, _ECHOED_3, "Literal Credential"),
]

DECOYS = [
    # a caption describing the format, naming the file mid-sentence, a generic caption, placeholders
    ("backup/rsyncd.conf", f"# /etc/rsyncd.secrets format:\n#   mirror:{_RSYNC}\n"),
    ("backup/rsyncd.conf", f"# we moved off rsyncd.secrets; see:\n#   mirror:{_RSYNC}\n"),
    ("backup/rsyncd.conf", f"# the secrets file:\n#   mirror:{_RSYNC}\n"),
    ("backup/rsyncd.conf", "# /etc/rsyncd.secrets (chmod 600):\n#   mirror:changeme   # set at install\n#   pull:{{ rsync_pw }}\n"),
    ("sites/stats.conf", "# /srv/stats.htpasswd:\n#   reader:$apr1$Zt7qk2Lm$Pq8vWz3tKm6nRx2yBc4dE.\n"),
    # a network listed with no security, a tutorial's key, prose, an example
    ("docs/network.md", f"- `eth0` (VLAN 10): `{_WIFI}`\n- `uplink` (trunk): `{_WIFI_2}`\n"),
    ("docs/network.md", "- `Guest` (WPA2): `password123`\n- `Lab` (WPA2): `your-network-key`\n"),
    ("docs/network.md", "- `Guest` (VLAN 40, WPA2): password is on the card at the front desk.\n"),
    ("docs/network.md", f"- `Example-Net` (WPA2, for example): `{_WIFI}`\n"),
    ("notes/site-visit.md", "- `Warehouse` (WPA2): `<in the vault>`\n- WPA2 key: changeme\n"),
    # a tutorial's password after a bold label
    ("docs/ops/db.md", "- **Password to use**: changeme\n- **Password**: P@ssw0rd123!\n"),
    # a here-string given to a search, not to the login tool
    ("scripts/krb.sh", f"#!/bin/sh\ngrep kinit <<< '{_KINIT}'\n"),
    ("scripts/krb.sh", f"#!/bin/sh\ngrep -c kinit <<< '{_KINIT_2}'\nawk '/kinit/' <<< '{_KINIT_3}'\n"),
    # stderr redirected (nothing written), a variable, a placeholder
    ("scripts/setup.sh", f"#!/bin/sh\necho '{_ECHOED}' 2> /etc/app/password\n"),
    ("scripts/setup.sh", "#!/bin/sh\necho \"$DB_PASSWORD\" 1> /etc/app/password\necho 'changeme' 1> /etc/app/password\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
