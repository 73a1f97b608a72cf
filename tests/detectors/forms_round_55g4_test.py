"""Blind round 55b (the share of English and Indonesian documentation, CSVs, Ansible and code): a sheet of logins whose
user column is named in Norwegian, Danish, Swedish or Indonesian (`bruker`, `brugernavn`, `användare`, `pengguna`); a
Wi-Fi list whose key column is Indonesian's `sandi`, its notes in brackets (`(Bitwarden)`) no key; an Ansible vars file's
network key named head first before the network it is for (`psk_guest`), beside its SSID named the same way
(`ssid_guest`); what3words' SDKs given their 8-character key (`what3words("…")`, `what3words.Geocoder("…")`).
Decoys: the same forms without their sheet's or network's other half, notes, references, placeholders. Through the
engine. Generated fakes only (seeds 3590000-3599999)."""
from __future__ import annotations

import random
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_WORDS = ("anchor", "basalt", "copper", "delta", "ember", "fennel", "garnet", "harbor", "indigo", "juniper", "kestrel",
          "lantern", "meadow", "nectar", "orchid", "pebble", "quartz", "raven", "saffron", "timber", "umber", "violet")

_SHORT_WORDS = ("rosa", "lakk", "mint", "fern", "dune", "opal", "sage", "teal", "wren", "kelp", "moss", "reed")


def _passphrase(seed: int) -> str:
    """Four words a generator drew, and a number: a Wi-Fi passphrase as teams set them."""
    generator = random.Random(seed)
    return "-".join(generator.sample(_WORDS, 4)) + str(generator.randint(10, 99))


def _password(seed: int) -> str:
    """A chosen password: a capitalised word, a symbol, another word and digits."""
    generator = random.Random(seed)
    first, second = generator.sample(_SHORT_WORDS, 2)
    return f"{first.title()}{generator.choice('%#!*')}{second.title()}{generator.randint(1000, 9999)}"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- a sheet of logins, its user column named in the team's language ---------------------------------------------------

_PORTAL_PASSWORD = _password(3590000)


@pytest.mark.parametrize("header", [
    "leverandor,kundenr,portal,bruker,passord,kontakt",  # (Norwegian)
    "leverandor,portal,brukernavn,passord",
    "leverandør,portal,bruger,adgangskode",  # (Danish)
    "leverantör,portal,användare,lösenord",  # (Swedish)
    "pemasok,portal,nama pengguna,kata sandi",  # (Indonesian)
])
def test_a_login_list_with_its_user_column_in_the_teams_language_blocks(engine: Engine, header: str) -> None:
    text = f"{header}\nNordic Supply,https://b2b.nordic-supply.example.com,buyer@shop.example.com,{_PORTAL_PASSWORD}\n"
    text = text if header.count(",") == 3 else (
        f"{header}\nNordic Supply,NS-20418,https://b2b.nordic-supply.example.com,buyer@shop.example.com,{_PORTAL_PASSWORD},"
        "orders@nordic-supply.example.com\n")
    assert [secret for _, secret in _blocked(engine, "purchasing/suppliers.csv", text)] == [_PORTAL_PASSWORD]


@pytest.mark.parametrize("text", [
    # (the password kept elsewhere)
    "leverandor,portal,bruker,passord\nNordic Supply,https://b2b.nordic-supply.example.com,innkjop,se 1Password\n",
    "leverandor,portal,bruker,passord\nNordic Supply,https://b2b.nordic-supply.example.com,innkjop,\n",
])
def test_a_login_list_without_its_login_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "purchasing/suppliers.csv", text) == []


# --- a Wi-Fi list's key column in Indonesian: `sandi` -------------------------------------------------------------------

_SHEET_PASSPHRASE = _passphrase(3590010)


@pytest.mark.parametrize("header", [
    "lokasi,ssid,keamanan,sandi,vlan,keterangan",
    "lokasi,ssid,keamanan,wifi_sandi,vlan,keterangan",
    "lokasi,ssid,keamanan,kata sandi,vlan,keterangan",
])
def test_a_wifi_list_under_indonesian_sandi_blocks_its_key_not_its_notes(engine: Engine, header: str) -> None:
    text = (f"{header}\nBengkel,KJ-Produksi,WPA2-PSK,{_SHEET_PASSPHRASE},10,PC laser\n"
            "Bengkel,KJ-Tamu,WPA2-PSK,(Bitwarden),30,tamu\nGudang,KJ-Gudang,WPA2-PSK,[lihat vault],10,printer\n")
    assert _blocked(engine, "it/daftar-jaringan.csv", text) == [(2, _SHEET_PASSPHRASE)]


@pytest.mark.parametrize("text", [
    # (no SSID column: a bare `sandi` is any code's, a cipher's name)
    f"lokasi,sandi,keterangan\nBengkel,{_SHEET_PASSPHRASE},x\n",
    "lokasi,ssid,keamanan,sandi\nBengkel,KJ-Produksi,WPA2-PSK,(Bitwarden)\nGudang,KJ-Gudang,WPA2-PSK,(minta ke IT)\n",
    "lokasi,ssid,keamanan,sandi\nBengkel,KJ-Produksi,WPA2-Enterprise,\n",
])
def test_a_wifi_list_without_its_key_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "it/daftar-jaringan.csv", text) == []


def test_a_password_column_of_a_wifi_list_still_blocks_a_bracketed_drawn_key(engine: Engine) -> None:
    key = f"({drawn_mixed(3590020, 14)})"  # (brackets around a drawn value: no note of words)
    text = f"site,ssid,password\nHQ,HQ-Staff,{key}\n"
    assert [secret for _, secret in _blocked(engine, "it/wifi.csv", text)] == [key]


# --- an Ansible vars file's network key named head first, beside its SSID named the same way ---------------------------

_VARS_PASSPHRASE = _passphrase(3590030)


@pytest.mark.parametrize("filename, text", [
    ("ansible/roles/salon-router/defaults/main.yml",
     '---\nsalon_ssid_staff: "Gloss-Staff"\nsalon_psk_staff: "{psk}"\nsalon_vlan_pos: 20\n'),
    ("ansible/group_vars/workshop.yml",
     "wifi:\n  ssid_production: WS-Production\n  psk_production: \"{psk}\"\n  ssid_guest: WS-Guest\n"
     '  psk_guest: "{{{{ vault_psk_guest }}}}"\n'),
    ("ansible/group_vars/office.yml", "WIFI_PSK_OFFICE: '{psk}'\nWIFI_SSID_OFFICE: HQ-Office\n"),
    ("inventory/host_vars/ap1.yml", "pskGuest: {psk}\nssidGuest: HQ-Guest\n"),
])
def test_a_network_key_beside_its_ssid_named_the_same_way_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [secret for _, secret in _blocked(engine, filename, text.format(psk=_VARS_PASSPHRASE))] == [_VARS_PASSPHRASE]


@pytest.mark.parametrize("text", [
    # (no SSID named the same way: `psk_` before another word is a protocol's or a setting's too)
    'psk_production: "{psk}"\nntp_server: pool.ntp.org\n',
    'ssid_guest: HQ-Guest\npsk_staff: "{psk}"\n',
    # (what is not the key: its identity, its mode, a reference to a vault)
    'ssid_client: HQ-Guest\npsk_identity_client: "{psk}"\n',
    'ssid_guest: HQ-Guest\npsk_mode_guest: "wpa2-personal"\n',
    'ssid_guest: HQ-Guest\npsk_guest: "{{{{ vault_psk_guest }}}}"\n',
    'ssid_guest: HQ-Guest\npsk_guest: "<set-in-vault>"\n',
])
def test_a_network_key_without_its_ssid_twin_or_value_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "ansible/group_vars/all.yml", text.format(psk=_VARS_PASSPHRASE)) == []


# --- what3words' SDKs given their key: 8 capitals and digits ------------------------------------------------------------

_W3W_KEY = drawn_mixed(3590040, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
while not (any(c.isdigit() for c in _W3W_KEY) and any(c.isalpha() for c in _W3W_KEY)):
    _W3W_KEY = drawn_mixed(3590041, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@pytest.mark.parametrize("filename, text", [
    ("server/w3w.ts", 'import what3words from "@what3words/api";\n'
                      'const w3w = what3words("{key}", {{ host: "https://api.what3words.com" }});\n'),
    ("server/w3w.js", "const w3w = what3words('{key}');\n"),
    ("sites/locate.py", 'import what3words\ngeocoder = what3words.Geocoder("{key}")\n'),
    ("sites/locate.py", 'from geopy.geocoders import What3WordsV3\ngeolocator = What3WordsV3("{key}")\n'),
])
def test_what3words_sdk_given_its_key_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [secret for _, secret in _blocked(engine, filename, text.format(key=_W3W_KEY))] == [_W3W_KEY]


@pytest.mark.parametrize("text", [
    'const w3w = what3words(process.env.W3W_API_KEY!, { host: "https://api.what3words.com" });\n',
    'const w3w = what3words("YOUR_API_KEY");\n',
    'const w3w = what3words("XXXXXXXX");\n',
    'const w3w = what3words("ABCDEFGH");\n',
    'const w3w = what3words("12345678");\n',
    # (three words, what what3words' SDK converts: no key)
    'const res = await w3w.convertToCoordinates({ words: "filled.count.soap" });\n',
    # (another function whose name ends so, given a code of the same shape)
    'lookup_what3words("AB12CD34");\n',
])
def test_what3words_sdk_without_its_key_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "server/w3w.ts", text) == []


# --- OpenWeather's key under a constant named for its `appid` parameter: `APP_ID` -------------------------------------

_OWM_KEY = drawn(3590050, 32, "0123456789abcdef")
_OWM_URL = '"https://api.openweathermap.org/data/3.0/onecall?lat=" + lat + "&lon=" + lon + "&appid=" + APP_ID'


@pytest.mark.parametrize("filename, text", [
    ("src/main/java/com/acme/weather/WeatherClient.java",
     f'    private static final String APP_ID = "{_OWM_KEY}";\n    URI uri = URI.create({_OWM_URL});\n'),
    ("weather/client.ts", f'const APP_ID = "{_OWM_KEY}";\nconst url = `https://api.openweathermap.org/data/2.5/weather?q=Oslo&appid=${{APP_ID}}`;\n'),
    ("weather/client.py", f'OWM_APP_ID = "{_OWM_KEY}"\n'),
])
def test_openweather_key_under_app_id_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [secret for _, secret in _blocked(engine, filename, text)] == [_OWM_KEY]


@pytest.mark.parametrize("text", [
    # (no OpenWeather in the text: another service's app id, Agora's 32 hex, is an id)
    f'    private static final String APP_ID = "{_OWM_KEY}";\n    engine = RtcEngine.create(context, APP_ID, handler);\n',
    # (a key no generator drew)
    f'    private static final String APP_ID = "{"0123456789abcdef" * 2}";\n    URI uri = URI.create({_OWM_URL});\n',
    '    private static final String APP_ID = System.getenv("OWM_APP_ID");\n'
    f'    URI uri = URI.create({_OWM_URL});\n',
])
def test_an_app_id_that_is_no_openweather_key_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "src/main/java/com/acme/weather/WeatherClient.java", text) == []
