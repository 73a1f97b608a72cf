"""Stop 58 (older misses), through the engine: an Authorization header line written whole as one string in code with
its credential raw, no scheme before it (PHP's curl header list, libcurl's `curl_slist_append`, pycurl's `HTTPHEADER`;
Qonto's `login:secret-key`); a variable, a format, a placeholder or a signing algorithm's name there stays none. A Google
Maps key named so in a file under a web app's public root (`public/config.json`, `wwwroot/`, `static/`) ships to every
browser as a bundled one does: a warning; under another name, or outside such a root, it blocks as before. A bare
`Network` table's key column (`| Network | Use | Key |`, no Wi-Fi word near it) blocks where its cell is a passphrase of
words as a generator draws one; a subnet, a VLAN, a chain's name or a stock phrase there stays none. A vendor's secret
on a page blocks beside the number it issued the app or the account with (`client_id` `18198`, LiqPay's `i98047885992`,
Netvisor's `KAIHP_8812`) as beside a drawn identifier; a typed number (`12345`, `98765`, `10000`) or a pair written to
the reader stays a warning. A setting's name in a code span of its own (`- `client_secret`: `…``) reads as a plain one.
An SNMP community on a page (`SNMP: community for towers is `…``, `- SNMP community: `…``) is judged as its password;
`public`, `private`, a BGP community or a community forum stays none. An integrations table's `Credential` cell naming its kind before its span
(`key `…``, `API token: `…``) blocks; a cell of words (a table of where credentials are kept) stays none. Icelandic's
`lykill` (key) names a key as `kulcs` and `clave` do, on a page (`- API lykill: `…`` beside its merchant id) and in code."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_TOKEN = drawn_mixed(4600001, 20)
_HEX_KEY = drawn(4600002, 32, "0123456789abcdef")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert len(_TOKEN) == 20 and not _TOKEN.isalpha() and len(_HEX_KEY) == 32


# --- a raw Authorization header line in code ------------------------------------------------------------------------------

@pytest.mark.parametrize("filename, text", [
    ("inc/wa-notif.php", "<?php\ncurl_setopt_array($curl, [\n    CURLOPT_HTTPHEADER => ['Authorization: {token}'],\n]);\n"),
    ("inc/notify.php", "<?php\ncurl_setopt($ch, CURLOPT_HTTPHEADER, array(\"Authorization: {token}\", 'Accept: */*'));\n"),
    ("src/client.c", "struct curl_slist *h = NULL;\nh = curl_slist_append(h, \"Authorization: {token}\");\n"),
    ("jobs/push.py", "import pycurl\nc = pycurl.Curl()\nc.setopt(pycurl.HTTPHEADER, [\"Authorization: {token}\"])\n"),
    ("net/raw.py", "import socket\nREQUEST = \"GET /send HTTP/1.1\\r\\nHost: api.example.net\\r\\n\"\n"
                   "AUTH = \"Authorization: {token}\\r\\n\"\n"),
])
def test_a_raw_authorization_header_line_in_code_blocks(engine: Engine, filename: str, text: str) -> None:
    source = text.format(token=_TOKEN)
    line = next(number for number, row in enumerate(source.splitlines(), 1) if _TOKEN in row)
    assert _secrets(engine, filename, source) == [(line, _TOKEN)]


def test_a_login_and_key_header_line_reports_the_key(engine: Engine) -> None:
    text = f"HEADERS = [\"Authorization: atelier-4821:{_HEX_KEY}\"]\n"
    assert _secrets(engine, "compta/qonto.py", text) == [(1, _HEX_KEY)]


@pytest.mark.parametrize("value", ["%s", "{token}", "$FONNTE_TOKEN", "AWS4-HMAC-SHA256", "GOOG4-RSA-SHA256",
                                   "your-api-key-here-xx", "xxxxxxxxxxxxxxxxxxxxxx", "YOUR_FONNTE_TOKEN_HERE",
                                   "application/json; charset=utf-8"])
def test_a_variable_a_placeholder_or_an_algorithm_stays_none(engine: Engine, value: str) -> None:
    text = f"<?php\n$headers = ['Authorization: {value}', 'Content-Type: application/json'];\n"
    assert _secrets(engine, "inc/notify.php", text) == []


def test_a_header_line_in_documentation_is_not_this_reading(engine: Engine) -> None:
    # (documentation's example headers are its own readers' to judge)
    text = f"Send the header as `\"Authorization: {_TOKEN}\"`.\n"
    assert _secrets(engine, "docs/api.md", text) == []


# --- a Maps key in a web app's public root ------------------------------------------------------------------------------

_MAPS_KEY = "AIza" + drawn_mixed(4600003, 35)


@pytest.mark.parametrize("filename", ["storefront/public/config.json", "public/env.js", "src/Web/wwwroot/js/maps-config.json",
                                      "app/static/js/settings.js"])
def test_a_maps_named_key_in_a_public_root_file_warns(engine: Engine, filename: str) -> None:
    text = f'{{\n  "googleMapsKey": "{_MAPS_KEY}",\n  "locale": "et"\n}}\n'
    assert _secrets(engine, filename, text) == []
    assert any(finding.secret == _MAPS_KEY for finding in engine.scan_text(filename, text))


# --- a network's passphrase in a bare `Network` table ---------------------------------------------------------------------

_WORDS = ("sprocket", "ladder", "lorry", "bucket", "harbor", "walnut", "copper", "glacier", "orbit", "thistle", "meadow")


def _passphrase(seed: int) -> str:
    """Four words and a number, as a generator draws a passphrase (`sprocket-ladder-lorry-bucket43`)."""
    generator = random.Random(seed)
    return "-".join(generator.sample(_WORDS, 4)) + str(generator.randint(10, 99))


_PASSPHRASE = _passphrase(4600004)


@pytest.mark.parametrize("header", ["| Network | Use | Key |", "| Network | Use | Passphrase |", "| Networks | Use | PSK |"])
def test_a_word_passphrase_under_a_bare_network_tables_key_blocks(engine: Engine, header: str) -> None:
    text = (f"# BHM03 depot\n\n## Network\n{header}\n|---|---|---|\n| Yard-Devices | kiosk, printers | `{_PASSPHRASE}` |\n"
            "| Customer | waiting area | printed on the counter sign |\n")
    assert _secrets(engine, "docs/depots/BHM03.md", text) == [(6, _PASSPHRASE)]


def test_tables_with_no_blank_line_between_them_judge_each_row_once(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    # (tables run together are one run of rows, which every header above a row within 64 rows read on into: each row was
    # judged again by each header, about twenty times, 50 ms a finding in a page of many small tables)
    from secretfence.kinds import _config_forms

    judged = []
    real = _config_forms.documented_password_judged

    def counted(lines, index, value, key="", own_note=False):  # type: ignore[no-untyped-def]
        judged.append(index)
        return real(lines, index, value, key, own_note)

    monkeypatch.setattr(_config_forms, "documented_password_judged", counted)
    passphrases = [_passphrase(4820000 + number) for number in range(30)]
    text = "## Network\n" + "".join(f"| Network | Use | Key |\n|---|---|---|\n| Yard {number} | kiosk | {passphrase} |\n"
                                    for number, passphrase in enumerate(passphrases))
    assert [secret for _, secret in _secrets(engine, "docs/depots/BHM03.md", text)] == passphrases
    assert sorted(judged) == sorted(set(judged)) and len(judged) == len(passphrases)


@pytest.mark.parametrize("cell", ["10.20.0.0/24", "`polygon-mainnet-rpc`", "VLAN 30", "`my-secret-wifi-passphrase-1`",
                                  "see 1Password", "`correct-horse-battery-staple`",
                                  "terraform-state-bucket-prod", "`office-printer-vlan-config`"])
def test_a_bare_network_tables_other_values_stay_none(engine: Engine, cell: str) -> None:
    text = f"## Network\n| Network | Use | Key |\n|---|---|---|\n| Yard | kiosk | {cell} |\n"
    assert _secrets(engine, "docs/depots/BHM03.md", text) == []


# --- a vendor's secret beside the number it issued the account or the app ------------------------------------------------

_SECRET = drawn_mixed(4600005, 32)
_KEY_40 = drawn_mixed(4600006, 40)
_HEX_UPPER = drawn(4600007, 32, "0123456789ABCDEF")


@pytest.mark.parametrize("identifier", ["`18198`", "`40713`", "`i98047885992`", "`KAIHP_8812`", "`M-20417`"])
def test_a_secret_beside_its_issued_number_blocks(engine: Engine, identifier: str) -> None:
    text = (f"# Online payments\n\n1. We registered the app in the bank's portal.\n2. The bank gave us:\n"
            f"   - client_id: {identifier}\n   - client_secret: `{_SECRET}`\n3. Callback: `https://shop.example.ge/cb`\n")
    assert _secrets(engine, "docs/payments-setup.md", text) == [(6, _SECRET)]


@pytest.mark.parametrize("identifier", ["`12345`", "`98765`", "`11111`", "`10000`", "`1234`", "`A1234`", "`your-client-id`",
                                        "`<client id>`"])
def test_a_secret_beside_a_typed_number_stays_a_warning(engine: Engine, identifier: str) -> None:
    text = (f"# Online payments\n\n2. The bank gave us:\n   - client_id: {identifier}\n   - client_secret: `{_SECRET}`\n")
    assert _secrets(engine, "docs/payments-setup.md", text) == []


def test_an_issued_number_shown_bare_in_a_settings_copy_stays_a_warning(engine: Engine) -> None:
    # (a README's copy of a sample's settings file: its numbers are not marked as values to copy)
    text = (f"# Companion computer\n\nCopy the activation settings into UserConfig.txt.\n\n"
            f"    app_id : 1069806\n    app_key : {_HEX_UPPER.lower()}\n    acm_port : /dev/ttyACM0\n")
    assert _secrets(engine, "docs/osdk.md", text) == []


def test_a_table_of_a_public_key_and_its_private_key_blocks(engine: Engine) -> None:
    text = (f"## Payments\nLive keys (release only!):\n\n| Parameter | Value |\n|---|---|\n| public_key | `i98047885992` |\n"
            f"| private_key | `{_KEY_40}` |\n")
    assert _secrets(engine, "docs/uk/onboarding.md", text) == [(7, _KEY_40)]


def test_a_customer_key_beside_its_customer_id_blocks(engine: Engine) -> None:
    text = f"# Netvisor\n\n- CustomerId: `KAIHP_8812`\n- CustomerKey: `{_HEX_UPPER}`\n- PartnerId: `Kai_4417`\n"
    assert _secrets(engine, "docs/integrations/netvisor.md", text) == [(4, _HEX_UPPER)]


@pytest.mark.parametrize("lead_in", ["Add these to your .env:", "Sandbox credentials:"])
def test_a_pair_written_to_the_reader_stays_a_warning(engine: Engine, lead_in: str) -> None:
    text = f"# Setup\n\n{lead_in}\n\n- client_id: `18198`\n- client_secret: `{_SECRET}`\n"
    assert _secrets(engine, "docs/setup.md", text) == []


# --- a setting's name in a code span before its value ---------------------------------------------------------------------

def test_a_label_in_a_code_span_reads_as_a_plain_one(engine: Engine) -> None:
    text = (f"# Payments\n\n2. The bank gave us:\n   - `client_id`: `18198`\n   - `client_secret`: `{_SECRET}`\n"
            "3. A test payment of 1 GEL went through.\n")
    assert _secrets(engine, "docs/payments-setup.md", text) == [(5, _SECRET)]


@pytest.mark.parametrize("value", ["`30`", "`secret`", "`changeme`", "`<your secret>`"])
def test_a_code_span_labels_stock_values_stay_none(engine: Engine, value: str) -> None:
    text = f"# Options\n\n- `timeout`: `30`\n- `client_id`: `18198`\n- `client_secret`: {value}\n"
    assert _secrets(engine, "docs/options.md", text) == []


# --- an SNMP community on a page ----------------------------------------------------------------------------------------

_COMMUNITY = "rcn-ro-" + drawn_mixed(4600009, 8)


@pytest.mark.parametrize("item", ["- [ ] SNMP: community for towers is `{c}`, allowed from 10.20.0.0/24 only",
                                  "- SNMP community: `{c}`", "- the SNMP community string is `{c}` (RO)",
                                  "- SNMPv2c community: `{c}`"])
def test_an_snmp_community_on_a_page_blocks(engine: Engine, item: str) -> None:
    text = f"# New tower checklist\n\n- [ ] Router from the template\n{item.format(c=_COMMUNITY)}\n- [ ] Add to LibreNMS\n"
    assert _secrets(engine, "docs/onboarding/new-tower-checklist.md", text) == [(4, _COMMUNITY)]


@pytest.mark.parametrize("item", ["- SNMP community: `public`", "- the SNMP community string is `private`",
                                  "- SNMP community: `<community>`", "- BGP community for transit is `65000:100`",
                                  "- the community forum is `discourse.example.org`"])
def test_stock_communities_and_other_communities_stay_none(engine: Engine, item: str) -> None:
    assert _secrets(engine, "docs/network.md", f"# Network\n\n{item}\n") == []


# --- an integrations table's credential column ---------------------------------------------------------------------------

_TABLE_HEX = drawn(4600010, 40, "0123456789abcdef")
_TABLE_TOKEN = drawn_mixed(4600011, 28)


@pytest.mark.parametrize("cell, value", [("key `{v}`", _TABLE_HEX), ("API token: `{v}`", _TABLE_TOKEN),
                                         ("token `{v}`", _TABLE_TOKEN)])
def test_a_worded_span_in_a_credential_column_blocks(engine: Engine, cell: str, value: str) -> None:
    text = ("# Integrations overview\n\n| Integration | Purpose | Endpoint | Credential |\n|---|---|---|---|\n"
            "| Samsara | lorry positions | api.eu.samsara.com | 1Password \"Samsara API\" |\n"
            f"| OptimoRoute | planning | api.optimoroute.com | {cell.format(v=value)} |\n")
    assert _secrets(engine, "docs/integrations/overview.md", text) == [(6, value)]


@pytest.mark.parametrize("cell", ["key `YOUR_API_KEY`", "password `changeme`", "key `<key>`", "OAuth client (finance)",
                                  "AWS SM `prod/permits`", "key in 1Password"])
def test_a_credential_columns_stand_ins_stay_none(engine: Engine, cell: str) -> None:
    text = f"# Integrations\n\n| Integration | Credential |\n|---|---|\n| Xero | {cell} |\n"
    assert _secrets(engine, "docs/integrations/overview.md", text) == []


def test_a_table_of_where_credentials_are_kept_stays_none(engine: Engine) -> None:
    text = ("# Where the secrets live\n\n| Credential | Store | Path / item |\n|---|---|---|\n"
            "| Store portal logins | 1Password, vault \"Compliance\" | `Portal - Store NN` |\n"
            "| POS SQL logins | HashiCorp Vault | `secret/stores/<NN>/pos-db` |\n"
            "| Partner API | Key Vault `kv-logistics/partner-api` | JH |\n")
    assert _secrets(engine, "docs/secrets.md", text) == []


# --- Icelandic's `lykill` -------------------------------------------------------------------------------------------------

_LYKILL_KEY = "tya_live_" + drawn_mixed(4600012, 40)


def test_an_icelandic_api_key_beside_its_merchant_id_blocks(engine: Engine) -> None:
    text = (f"# Posi\n\n3. Setja inn:\n   - Merchant ID: `11840293`\n   - Terminal ID: `T-FLUD-02`\n"
            f"   - API lykill: `{_LYKILL_KEY}`\n4. Prófa með 10 kr. færslu.\n")
    assert _secrets(engine, "docs/greidslur/posi-uppsetning.md", text) == [(6, _LYKILL_KEY)]


def test_an_icelandic_key_name_in_code_blocks(engine: Engine) -> None:
    assert _secrets(engine, "app/settings.py", f'TEYA_API_LYKILL = "{_LYKILL_KEY}"\n') == [(1, _LYKILL_KEY)]


@pytest.mark.parametrize("value", ["`YOUR_API_KEY`", "`<lykill>`", "`xxxxxxxxxxxxxxxxxxxx`"])
def test_an_icelandic_keys_stand_ins_stay_none(engine: Engine, value: str) -> None:
    text = f"# Posi\n\n- Merchant ID: `11840293`\n- API lykill: {value}\n"
    assert _secrets(engine, "docs/greidslur/posi.md", text) == []


@pytest.mark.parametrize("filename, name", [("storefront/config.json", "googleMapsKey"),
                                            ("storefront/public/config.json", "googleApiKey"),
                                            ("storefront/public/config.json", "googleMapsServerKey"),
                                            ("publicity/config.json", "googleMapsKey"),
                                            # (a web service no browser's Maps API calls: the key is a server's)
                                            ("storefront/public/config.json", "googleMapsTimezoneKey"),
                                            ("public/env.js", "GOOGLE_MAPS_TIME_ZONE_KEY"),
                                            ("app/static/config.json", "googleMapsGeolocationKey"),
                                            ("src/Web/wwwroot/config.json", "mapsRoadsApiKey")])
def test_a_key_of_another_name_or_outside_a_public_root_blocks(engine: Engine, filename: str, name: str) -> None:
    text = f'{{\n  "{name}": "{_MAPS_KEY}",\n  "locale": "et"\n}}\n'
    assert _secrets(engine, filename, text) == [(2, _MAPS_KEY)]
