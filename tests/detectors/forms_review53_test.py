"""Forms an adversarial review found missing after stop 53's fixes: a Twilio client's secret literal on the line below
its SID's name, a Markdown table of Wi-Fi networks headed `| Network | Key |` (or `| Wi-Fi | Key |`), and a phone
system's provisioning sheet of extensions (`extension,user,password`, Asterisk's `secret`) whose passwords are drawn
numbers. Each beside the decoys nearest to it. Generated fakes only (seeds 2930000-2939999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"
_DIGITS = "0123456789"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


def _secrets(engine: Engine, filename: str, text: str) -> List[str]:
    return [secret for _, secret in _blocked(engine, filename, text)]


# --- a Twilio client's secret on the line below its SID's name ----------------------------------------------------------

_AUTH_TOKEN = drawn_mixed(2930001, 32, _HEX)
_API_SECRET = drawn_mixed(2930002, 32)


@pytest.mark.parametrize("filename, text, secret", [
    ("alerts/sms.py", f"client = Client(settings.TWILIO_ACCOUNT_SID,\n                '{_AUTH_TOKEN}')\n", _AUTH_TOKEN),
    ("sms.py", f"client = Client(os.environ['TWILIO_ACCOUNT_SID'],\n    '{_AUTH_TOKEN}')\n", _AUTH_TOKEN),
    ("sms.py", f"client = Client(account_sid,\n                '{_API_SECRET}')\n", _API_SECRET),
    ("sms.js", f'const client = twilio(accountSid,\n  "{_AUTH_TOKEN}");\n', _AUTH_TOKEN),
    # (a formatter's wrapping: the call opened, the SID's name first on its own line, the secret beside it or below)
    ("sms.py", f'client = Client(\n    settings.TWILIO_ACCOUNT_SID,\n    "{_AUTH_TOKEN}",\n)\n', _AUTH_TOKEN),
    ("sms.py", f'client = Client(\n    os.environ["TWILIO_ACCOUNT_SID"], "{_API_SECRET}"\n)\n', _API_SECRET),
])
def test_a_twilio_secret_below_a_named_sid_blocks(engine: Engine, filename: str, text: str, secret: str) -> None:
    assert secret in _secrets(engine, filename, text)


@pytest.mark.parametrize("filename, text", [
    # a stand-in below the SID's name, the secret from the environment below it, a Windows SID's call given a domain
    ("sms.py", "client = Client(account_sid,\n    'your_twilio_auth_token_goes_here')\n"),
    ("sms.py", "client = Client(settings.TWILIO_ACCOUNT_SID,\n    os.environ['TWILIO_AUTH_TOKEN'])\n"),
    ("acl.py", "name = LookupAccountSid(user_sid,\n    'CORP')\n"),
    ("sms.py", 'client = Client(\n    settings.TWILIO_ACCOUNT_SID,\n    "your_twilio_auth_token_goes_here",\n)\n'),
])
def test_a_named_sid_above_no_twilio_secret_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a table of Wi-Fi networks headed `Network` ------------------------------------------------------------------------

_PASSPHRASE = drawn_mixed(2930011, 16)
_GUEST_KEY = drawn_mixed(2930012, 12)


@pytest.mark.parametrize("filename, text, secret", [
    ("README.md", f"## Wi-Fi\n\n| Network | Key |\n|---|---|\n| HomeNet-5G | {_PASSPHRASE} |\n| Guest | {_GUEST_KEY} |\n",
     _PASSPHRASE),
    ("network.md", f"| Network | Security | Key |\n|---|---|---|\n| Office | WPA2 | `{_PASSPHRASE}` |\n", _PASSPHRASE),
    ("README.md", f"| Wi-Fi | Key |\n|---|---|\n| HomeNet-5G | {_PASSPHRASE} |\n", _PASSPHRASE),
    ("README.md", f"| Wireless network | Passphrase |\n|---|---|\n| HomeNet-5G | {_PASSPHRASE} |\n", _PASSPHRASE),
])
def test_a_wifi_key_in_a_table_of_networks_blocks(engine: Engine, filename: str, text: str, secret: str) -> None:
    assert secret in _secrets(engine, filename, text)


_FINGERPRINT = ":".join(drawn(2930013, 32, _HEX)[at:at + 2] for at in range(0, 32, 2))


@pytest.mark.parametrize("filename, text", [
    # a table of other networks (no Wi-Fi said): subnets, VLANs, a key's name, a cluster's
    ("NETWORKS.md", "| Network | Key |\n|---|---|\n| Office LAN | 10.20.0.0/16 |\n| Guest | VLAN 30 |\n"
                    "| prod | k8s-prod-cluster |\n"),
    # Wi-Fi said, but the cells a security mode, words, a host key's fingerprint
    ("README.md", "## Wi-Fi\n\n| Network | Key |\n|---|---|\n| HomeNet | WPA2-PSK |\n| Guest | ask the front desk |\n"),
    ("README.md", f"## Wi-Fi\n\n| Network | Key |\n|---|---|\n| mgmt | MD5:{_FINGERPRINT} |\n| core | {_FINGERPRINT} |\n"),
])
def test_a_network_table_holding_no_wifi_key_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a provisioning sheet of extensions ---------------------------------------------------------------------------------

_PIN_A = drawn(2930021, 8, _DIGITS)
_PIN_B = drawn(2930022, 10, _DIGITS)


@pytest.mark.parametrize("filename, text", [
    ("phones.csv", f"extension,user,password\n101,alice,{_PIN_A}\n102,bob,{_PIN_B}\n"),
    ("phones.csv", f"ext,username,secret\n101,alice,{_PIN_A}\n102,bob,{_PIN_B}\n"),
    ("freepbx_bulk.csv", f"extension,name,tech,secret\n101,Front Desk,pjsip,{_PIN_A}\n102,Lab,pjsip,{_PIN_B}\n"),
])
def test_a_drawn_number_password_of_an_extension_blocks(engine: Engine, filename: str, text: str) -> None:
    assert _secrets(engine, filename, text) == [_PIN_A, _PIN_B]


@pytest.mark.parametrize("filename, text", [
    # a count, a repeated digit, a date; the passwords of no extension sheet (a user's id column)
    ("phones.csv", "extension,user,password\n101,alice,12345678\n102,bob,11111111\n103,carol,20240115\n"),
    ("people.csv", f"id,user,password\n101,alice,{_PIN_A}\n"),
    # a table of file extensions: no password there
    ("types.csv", "extension,mime_type,secret_scan\n.env,text/plain,yes\n.pem,application/x-pem-file,yes\n"),
])
def test_a_sheet_of_no_drawn_extension_password_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
