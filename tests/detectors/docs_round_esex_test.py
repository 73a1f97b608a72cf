"""Blind rounds ES-EX: documentation's own passwords where the password's word is followed by what it is for. A
runbook step's label (`Password for unattended access: `…``, `- **Password for the kiosk**: …`), a sentence that
states one (`Our standard local admin password for the site's NVRs is `…``, `The password for `svc` is `…``), and a
Wi-Fi network's key said after its security on a network page's list item (`- **Staff** (VLAN 10): WPA2-Personal,
key `…` — phones`), a key drawn from an alphabet blocking there as a generated one does. A tutorial's stock
password, a placeholder, a redacted value, a vault path or a secret store's reference, a line introduced as an
example, a password policy and a Wi-Fi security mode stay quiet. Through the engine."""
from __future__ import annotations

import random
import re

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Harbor", "Cedar", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Tundra", "Willow", "Copper", "Meadow",
          "Summit", "Basalt", "Juniper", "Heron", "Garnet")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol, digits (`Tundra%Cedar8884`)."""
    generator = random.Random(seed)
    return (generator.choice(_WORDS) + generator.choice("#*!%&@$") + generator.choice(_WORDS)
            + str(generator.randint(10, 9999)))


def _drawn_key(seed: int) -> str:
    """A Wi-Fi key a controller draws: 12 to 14 letters and digits, both cases, the digits in two runs or more."""
    while True:
        value = drawn_mixed(seed, 12 + seed % 3)
        if len(re.findall(r"[0-9]+", value)) >= 2 and len(set(value)) >= 8:
            return value
        seed += 1


_CHOSEN = _chosen(1650000)
_GENERATED = drawn_mixed(1650001, 18)
_USER = "svc_" + drawn_mixed(1650002, 6, "abcdefghijklmnopqrstuvwxyz")
_WIFI_KEY = _drawn_key(1650010)
_WIFI_KEY_2 = _drawn_key(1650020)
_WIFI_KEY_LOWER = "".join(a + b for a, b in zip(drawn_mixed(1650030, 6, "abcdefghjkmnpqrstuvwxyz"),
                                                 drawn_mixed(1650031, 6, "23456789")))  # (`k3j9x8m2p4q7`)
_TUTORIAL = ["P@ssw0rd123!", "YourStrong!Passw0rd", "Admin@12345678", "changeme", "Welcome1"]
_NOT_A_VALUE = ["<password>", "REDACTED", "********", "${NVR_ADMIN_PASSWORD}", "{{ vault_nvr_password }}",
                "op://IT/NVR/password", "secret/data/nvr/admin", "vault:secret/nvr#password", "SA_PASSWORD"]


def _lines(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a password's word, what it is for, then its colon: a runbook step's label --------------------------------------

_LABELLED_FORMS = [
    ("docs/runbooks/remote-support.md",
     "2. Open AnyDesk from the taskbar.\n3. Unattended access is enabled.\n   Password for unattended access: `{pw}`\n", 3),
    ("docs/guide/kiosk.md", "- **Password for the lobby kiosk**: `{pw}`\n", 1),
    ("docs/guide/kiosk.md", "1. **Admin password for the label printers:** `{pw}` (same on all three)\n", 1),
    ("docs/setup/backup.md", "* Passphrase of the offsite repository: `{pw}`\n", 1),
    ("docs/guide/mailbox.md", "- Password for the shared scanner mailbox: {pw}\n", 1),
]


@pytest.mark.parametrize("password", [_CHOSEN, _GENERATED])
@pytest.mark.parametrize(("filename", "template", "line"), _LABELLED_FORMS, ids=[f"{row[0]}:{n}" for n, row in enumerate(_LABELLED_FORMS)])
def test_a_password_labelled_with_what_it_is_for_blocks(engine: Engine, filename: str, template: str, line: int,
                                                        password: str) -> None:
    assert _lines(engine, filename, template.format(pw=password)) == [(line, password)]


@pytest.mark.parametrize("password", _TUTORIAL + _NOT_A_VALUE)
@pytest.mark.parametrize(("filename", "template", "line"), _LABELLED_FORMS[1:], ids=[f"{row[0]}:{n}" for n, row in enumerate(_LABELLED_FORMS[1:])])
def test_a_labelled_tutorial_password_or_reference_does_not_block(engine: Engine, filename: str, template: str, line: int,
                                                                  password: str) -> None:
    assert _blocked(engine, filename, template.format(pw=password)) == []


def test_a_labelled_line_that_gives_no_value_does_not_block(engine: Engine) -> None:
    text = ("- Password for the lobby kiosk: see 1Password (IT vault)\n"
            "- Password for unattended access: `set in AnyDesk`, never written here\n"
            "- Key for the reporting API: `your-api-key`\n")
    assert _blocked(engine, "docs/guide/kiosk.md", text) == []


# --- a sentence stating a password, its word then what it is for and `is` -------------------------------------------

_SENTENCE_FORMS = [
    ("docs/runbooks/nvr-locked-out.md",
     "2. At the login screen pick user `admin`.\n3. Our standard local admin password for the TX NVRs is `{pw}`\n", 2),
    ("docs/guide/backup.md", "The password for `{user}` is `{pw}` (rotated after each audit).\n", 1),
    ("docs/guide/vpn.md", "The pre-shared passphrase of the site-to-site tunnel was: `{pw}`.\n", 1),
    ("docs/guide/jump-host.md", "Note: the root password on the jump host is `{pw}` until the LDAP cut-over.\n", 1),
]


@pytest.mark.parametrize("password", [_CHOSEN, _GENERATED])
@pytest.mark.parametrize(("filename", "template", "line"), _SENTENCE_FORMS, ids=[f"{row[0]}:{n}" for n, row in enumerate(_SENTENCE_FORMS)])
def test_a_sentence_stating_what_a_password_is_for_blocks(engine: Engine, filename: str, template: str, line: int,
                                                          password: str) -> None:
    assert _lines(engine, filename, template.format(user=_USER, pw=password)) == [(line, password)]


@pytest.mark.parametrize("password", _TUTORIAL + _NOT_A_VALUE)
@pytest.mark.parametrize(("filename", "template", "line"), _SENTENCE_FORMS[1:], ids=[f"{row[0]}:{n}" for n, row in enumerate(_SENTENCE_FORMS[1:])])
def test_a_sentences_tutorial_password_or_reference_does_not_block(engine: Engine, filename: str, template: str,
                                                                   line: int, password: str) -> None:
    assert _blocked(engine, filename, template.format(user=_USER, pw=password)) == []


def test_prose_about_a_password_for_something_does_not_block(engine: Engine) -> None:
    text = ("Our standard local admin password for the NVRs is in 1Password under `NVR / admin`.\n"
            "The minimum length for a password on the NVRs is `14`.\n"
            f"The password for `admin` is stored in `kv/nvr/admin` and read by `{_USER}`.\n"
            "The password policy for all accounts is `MinLength=14;Complexity=On`.\n"
            "The password for Grafana is set via `GF_SECURITY_ADMIN_PASSWORD`.\n"
            f"For example, the password for the demo user is `{_CHOSEN}`.\n"
            f"The password for the sandbox is `{_GENERATED}` (an example; use your own).\n")
    assert _blocked(engine, "docs/guide/accounts.md", text) == []


# --- a Wi-Fi network's key after its security in a notes list item --------------------------------------------------

_WIFI_FORMS = [
    ("docs/it/network.md",
     "## Wi-Fi\n\n- **PR-Staff** (VLAN 10): WPA2-Personal, key `{pw}` — staff phones and tablets.\n- **Guest**: open.\n", 3),
    ("docs/it/wireless.md", "- SSID `Clinic-Staff`, WPA3-SAE, passphrase `{pw}` (printers too)\n", 1),
    ("docs/site/office.md", "The key for the SSID `Office-5G` is `{pw}`.\n", 1),
    ("docs/site/office.md", "* Staff Wi-Fi (VLAN 20) uses WPA2/WPA3, network key `{pw}`\n", 1),
]


@pytest.mark.parametrize("password", [_WIFI_KEY, _WIFI_KEY_2, _WIFI_KEY_LOWER, _CHOSEN])
@pytest.mark.parametrize(("filename", "template", "line"), _WIFI_FORMS, ids=[f"{row[0]}:{n}" for n, row in enumerate(_WIFI_FORMS)])
def test_a_wifi_networks_key_after_its_security_blocks(engine: Engine, filename: str, template: str, line: int,
                                                       password: str) -> None:
    assert _lines(engine, filename, template.format(pw=password)) == [(line, password)]


@pytest.mark.parametrize("password", ["MyWifiKey2024", "GuestWifi123", "wifi2guest4u", "<wifi key>", "********", "WPA3-SAE-Transition",
                                      "WPA2-Personal", "wifi_staff_key", "{{ wifi_psk }}"])
@pytest.mark.parametrize(("filename", "template", "line"), _WIFI_FORMS, ids=[f"{row[0]}:{n}" for n, row in enumerate(_WIFI_FORMS)])
def test_a_wifi_networks_example_key_or_mode_does_not_block(engine: Engine, filename: str, template: str, line: int,
                                                            password: str) -> None:
    assert _blocked(engine, filename, template.format(pw=password)) == []


def test_a_drawn_key_on_a_line_naming_no_wifi_network_does_not_block(engine: Engine) -> None:
    text = (f"- **Build cache** (VLAN 10): S3-compatible, key `{_WIFI_KEY}` for the lab runners.\n"
            f"The key for the license server is `{_WIFI_KEY_2}`.\n"
            f"Set the WPA2 key, e.g. `{_WIFI_KEY}`.\n")
    assert _blocked(engine, "docs/guide/lab.md", text) == []
