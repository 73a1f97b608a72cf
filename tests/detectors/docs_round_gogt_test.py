"""Blind rounds GO-GT, documentation and spreadsheets as teams write them: a README's command sending a key drawn in
hex to the service's own host (`curl "https://api.<vendor>/…?apiKey=<32 hex>"`; to an example's host it stays the docs'
example). A SIP trunk's account listed with its host and user in SIP's words (`- Registrar:`, `- Auth ID:`), and a
handover note's account list whatever host it names (a reserved name there is the writer's, no tutorial's). A Wi-Fi
network's passphrase under its SSID's line (`SSID: …` / `Passphrase: …` in a note's block), and a passphrase of words as a
generator draws one judged as the network's drawn keys are. A fleet page's Teltonika SMS commands (`<login> <password>
<command>` in a code span or a code block). A spreadsheet's notes cell giving a login's user and password after its
label (`web admin: admin / …`). A service's key set beside the service's own API address in a page's block of settings
(`HEARTH_API_BASE=https://api.<vendor>/v1` then `HEARTH_API_KEY=…`). Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine
from secretfence.kinds._config_forms import in_account_list, word_passphrase
from secretfence.kinds._helpers import generated_password

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"
_HEX_KEYS = [drawn(2620100 + step, 32, _HEX) for step in range(3)]
_HEX_KEY_40 = drawn(2620110, 40, _HEX)
_HEX_KEY_UPPER = drawn(2620111, 32, _HEX.upper()[:10] + "ABCDEF")
# (a provider's short generated password: letters and digits alternating, as generated_password reads one)
_GENERATED = [value for value in (drawn_mixed(2620200 + step, 14) for step in range(40)) if generated_password(value)][:3]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _fenced(*lines: str) -> str:
    return "# recipes\n\nTry the API by hand:\n\n```bash\n" + "".join(line + "\n" for line in lines) + "```\n"


# --- a documented command's hex key to the service's own host -------------------------------------------------------

@pytest.mark.parametrize("command", [
    'curl "https://api.spoonacular.com/food/ingredients/search?query=oats&apiKey={key}"',
    "curl -s 'https://newsapi.org/v2/top-headlines?country=gb&apiKey={key}' | jq .",
    'wget -qO- "https://api.nal.usda.gov/fdc/v1/foods/search?api_key={key}&query=oats"',
    'http GET "https://data.fixer.io/api/latest?access_key={key}"',
    'Invoke-RestMethod "https://api.vendor.co.uk/v2/orders?token={key}"',
    'curl "https://ops:$PW@api.vendor.co.uk:8443/v2/orders?token={key}"',
])
def test_a_documented_commands_hex_key_to_its_services_host_blocks(engine: Engine, command: str) -> None:
    for key in (_HEX_KEYS[0], _HEX_KEY_40, _HEX_KEY_UPPER):
        text = _fenced(command.replace("{key}", key))
        assert _secrets(engine, "recipes/README.md", text) == [(6, key)]


@pytest.mark.parametrize("command", [
    'curl "https://api.example.com/food/search?query=oats&apiKey={key}"',  # (RFC 2606's host: the docs' example)
    'curl "https://api.spoonacular.test/food/search?apiKey={key}"',
    'curl "http://localhost:8080/v1/search?api_key={key}"',
    'curl "http://127.0.0.1:8080/v1/search?api_key={key}"',
    'curl "https://192.0.2.10/v1/search?api_key={key}"',
    'curl "https://api.example-weather.io/v4/forecast?apikey={key}"',  # (a name saying it stands in)
    'curl "https://sample-api.dev/v1/search?api_key={key}"',
    'curl "https://demo.vendor.io/v1/search?api_key={key}"',
    'curl "https://api.your-domain.io/v1/search?api_key={key}"',
    'curl "https://api.vendor.io/v1/items?page_token={key}"',  # (a page's token: no key's name)
    'curl "https://api.vendor.io/v1/items?etag={key}"',
    'echo "https://api.vendor.io/v1/items?api_key={key}"',  # (no command sends it)
    'curl "https://api.vendor.io/v1/items" -d "x=1" # api_key={key}',  # (no URL's parameter)
])
def test_a_documented_hex_key_to_an_examples_host_or_under_no_keys_name_passes(engine: Engine, command: str) -> None:
    text = _fenced(command.replace("{key}", _HEX_KEYS[1]))
    assert _secrets(engine, "recipes/README.md", text) == []


@pytest.mark.parametrize("value", [_HEX * 2, "abcdef" * 5 + "ab", "0" * 32, _HEX_KEYS[2][:30],
                                   _HEX_KEYS[2][:16] + _HEX_KEYS[2][16:].upper()])
def test_a_documented_hex_run_of_no_drawn_keys_shape_passes(engine: Engine, value: str) -> None:
    # (an alphabet's run, letters only, one digit repeated, 30 digits, mixed case: no key a service draws in hex)
    text = _fenced(f'curl "https://api.spoonacular.com/food/ingredients/search?apiKey={value}"')
    assert _secrets(engine, "recipes/README.md", text) == []


# --- a SIP trunk's account list; a handover note's account list ----------------------------------------------------

def _trunk(host_label: str, host: str, user_label: str, password: str) -> str:
    return ("# Call centre\n\n## SIP trunk (Voiceco)\n\nRe-enter the trunk under Connectivity > Trunks:\n\n"
            f"- {host_label}: `{host}`\n- {user_label}: `30219874`\n- Password: `{password}`\n- Outbound CID: 01225960000\n")


@pytest.mark.parametrize("host_label", ["Registrar", "SIP registrar", "Registrar server", "SIP server", "Outbound proxy",
                                        "Proxy", "SIP domain", "Host"])
@pytest.mark.parametrize("user_label", ["Username", "Auth username", "Authentication user", "Auth ID", "SIP user",
                                        "Authorization name"])
def test_a_sip_trunks_account_list_blocks_its_generated_password(engine: Engine, host_label: str, user_label: str) -> None:
    text = _trunk(host_label, "sip.voiceco.co.uk", user_label, _GENERATED[0])
    assert _secrets(engine, "docs/it/call-centre.md", text) == [(9, _GENERATED[0])]


@pytest.mark.parametrize("host_label, user_label", [("Printer", "Username"), ("Registrar", "Colour"),
                                                    ("Domain", "Username"), ("Registrar", "Extension")])
def test_a_list_naming_no_host_or_no_user_stays_a_warning(engine: Engine, host_label: str, user_label: str) -> None:
    text = _trunk(host_label, "sip.voiceco.co.uk", user_label, _GENERATED[1])
    assert _secrets(engine, "docs/it/call-centre.md", text) == []


@pytest.mark.parametrize("host", ["sip.voiceco.example.net", "localhost", "pbx.test"])
def test_a_handover_notes_account_list_blocks_whatever_host_it_names(engine: Engine, host: str) -> None:
    text = _trunk("Registrar", host, "Username", _GENERATED[0])
    assert _secrets(engine, "it-handover/call-centre.md", text) == [(9, _GENERATED[0])]
    assert _secrets(engine, "docs/handover/phones.md", text.replace("Registrar", "Host")) == [(9, _GENERATED[0])]
    assert _secrets(engine, "docs/it/call-centre.md", text) == []  # (no handover note: a tutorial's host)


@pytest.mark.parametrize("value", ["changeme", "<trunk password>", "${TRUNK_PASSWORD}", "********", "Voiceco2024"])
def test_a_handover_notes_account_list_stand_in_does_not_block(engine: Engine, value: str) -> None:
    text = _trunk("Registrar", "sip.voiceco.example.net", "Username", value)
    assert _secrets(engine, "it-handover/call-centre.md", text) == []


def test_a_handover_notes_account_list_still_needs_its_host_and_user() -> None:
    lines = ["- Registrar: `sip.voiceco.example.net`", "- Password: `x`"]
    assert not in_account_list(lines, 1, own_note=True)
    lines = ["- Username: `30219874`", "- Password: `x`"]
    assert not in_account_list(lines, 1, own_note=True)
    lines = ["- Registrar: `sip.voiceco.example.net`", "- Username: `30219874`", "- Password: `x`"]
    assert in_account_list(lines, 2, own_note=True) and not in_account_list(lines, 2)


# --- a Wi-Fi network's passphrase under its SSID's line ----------------------------------------------------------------

_WORDS = ("pebble", "juniper", "basalt", "kestrel", "velvet", "orbit", "lantern", "quarry", "meadow", "copper", "harbor",
          "walnut", "glacier", "thistle", "marble", "falcon")


def _word_passphrase(seed: int, words: int = 4, separator: str = "-", number: bool = True) -> str:
    """A passphrase as Bitwarden's generator draws one: words joined, a digit on the last with `number`."""
    generator = random.Random(seed)
    drawn_words = [generator.choice(_WORDS) for _ in range(words)]
    if number:
        drawn_words[-1] += str(generator.randint(0, 9))
    return separator.join(drawn_words)


_PASSPHRASES = [_word_passphrase(2620300), _word_passphrase(2620301, 3), _word_passphrase(2620302, 5, "-", False),
                _word_passphrase(2620303, 4, "_"), _word_passphrase(2620304, 4, ".", False)]
_DRAWN_KEY = drawn_mixed(2620312, 14)  # (both cases, digits in two runs: a drawn key)


def _network_page(block: str) -> str:
    return ("# Head office network\n\n## Control room tablets\n\nThe tablets cannot do 802.1X, so the network uses a passphrase:"
            "\n\n" + block + "\nRotate it when a tablet is lost.\n")


_NETWORK_BLOCKS = [
    "    SSID: Depot-Handhelds\n    {label}: {value}\n",  # (an indented block)
    "```\nSSID: Depot-Handhelds\n{label}: {value}\n```\n",
    "- SSID: Depot-Handhelds\n- {label}: {value}\n",
    "SSID: Depot-Handhelds\n{label}: {value}\n",
    "    {label}: {value}\n    SSID: Depot-Handhelds\n",  # (the SSID below)
    "    SSID: Depot-Handhelds\n    Security: WPA3-Personal\n    {label}: {value}\n",
    "    Wi-Fi network: Depot-Handhelds\n    {label}: {value}\n",
    "    ESSID=Depot-Handhelds\n    {label}={value}\n",
]


@pytest.mark.parametrize("block", _NETWORK_BLOCKS)
@pytest.mark.parametrize("label", ["Passphrase", "Password", "Key", "PSK", "Pre-shared key", "Network key"])
def test_a_wifi_networks_passphrase_under_its_ssid_blocks(engine: Engine, block: str, label: str) -> None:
    for value in _PASSPHRASES + [_DRAWN_KEY]:
        text = _network_page(block.replace("{label}", label).replace("{value}", value))
        line = text.splitlines().index(next(row for row in text.splitlines() if value in row)) + 1
        assert _secrets(engine, "docs/it/office-network.md", text) == [(line, value)], value


@pytest.mark.parametrize("value", ["correct-horse-battery-staple", "my-secret-wifi-passphrase", "<passphrase>",
                                   "${WIFI_PSK}", "MyWifiKey123", "changeme", "pebble-juniper-basalt", "guest-network-access-2024",
                                   "see the MDM profile"])
def test_a_wifi_networks_example_or_stand_in_does_not_block(engine: Engine, value: str) -> None:
    # (a famous example, example words, a placeholder, a reference, words and a number run together, a stock password,
    # three words without a number, a guest network's words, prose)
    for block in _NETWORK_BLOCKS[:4]:
        text = _network_page(block.replace("{label}", "Passphrase").replace("{value}", value))
        assert _secrets(engine, "docs/it/office-network.md", text) == []


@pytest.mark.parametrize("above", ["    VLAN: 40\n", "    Model: Aruba AP-515\n", "    SSID: Depot-Handhelds\n\n"])
def test_a_passphrase_of_words_with_no_ssid_in_its_block_stays_as_it_was(engine: Engine, above: str) -> None:
    # (a code block's assignment blocks where a person chose it with care; words alone name no Wi-Fi network's key)
    text = _network_page(above + "    Passphrase: " + _PASSPHRASES[0] + "\n")
    assert _secrets(engine, "docs/it/office-network.md", text) == []


@pytest.mark.parametrize("value", ["org.apache.commons.lang", "Pebble-Juniper-Basalt-Kestrel6", "orbit walnut copper glacier"])
def test_a_word_passphrase_is_words_joined(value: str) -> None:
    assert word_passphrase(value)


@pytest.mark.parametrize("value", ["pebble-juniper-basalt", "this-is-a-test-42", "bcd-fgh-jkl-mnp-42", "CamelCase-words-here-7",
                                   "pebble-juniper_basalt-kestrel6", "correct horse battery staple", "short-a-b",
                                   "your-wifi-passphrase-here", "juniper-" * 11 + "kestrel6"])
def test_no_word_passphrase(value: str) -> None:
    # (three words without a number, short words, no vowels, camel case, two separators, a famous example, too short,
    # a placeholder, eleven words and more)
    assert not word_passphrase(value)


# --- a fleet page's Teltonika SMS commands ---------------------------------------------------------------------------

_SMS_PASSWORDS = [_DRAWN_KEY, drawn_mixed(2620400, 10), _GENERATED[2]]


@pytest.mark.parametrize("form, line", [
    ("| What for | SMS to send |\n|---|---|\n| Status | `{login} {pw} getstatus` |\n| Position | `{login} {pw} getgps` |\n", 7),
    ("- Reboot: `{login} {pw} cpureset`\n", 5),
    ("Send `{login} {pw} web_connect` from the on-call phone to force a reconnect.\n", 5),
    ("```\n{login} {pw} setparam 2001:m2m.vodafone.co.uk\n```\n", 6),
    ("    {login} {pw} getver\n", 5),
])
def test_a_fleet_pages_teltonika_sms_command_blocks_its_drawn_password(engine: Engine, form: str, line: int) -> None:
    for password in _SMS_PASSWORDS:
        for login in ("fleet", "ngadm"):
            text = ("# FMB920 trackers\n\nThe format is `<login> <password> <command>`:\n\n"
                    + form.replace("{login}", login).replace("{pw}", password))
            assert (line, password) in _secrets(engine, "docs/fleet/trackers-fmb920.md", text)
            assert {secret for _, secret in _secrets(engine, "docs/fleet/trackers-fmb920.md", text)} == {password}


@pytest.mark.parametrize("span", ["asd 123 getstatus", "login pass getgps", "  getver", "<login> <password> getinfo",
                                  "fleet changeme cpureset", "fleet ${SMS_PASSWORD} getgps", "user password getstatus",
                                  "fleet {pw} readstatus", "fleet {pw} get status"])
def test_an_example_sms_command_or_no_command_does_not_block(engine: Engine, span: str) -> None:
    # (Teltonika's manual's examples, no login set, stand-ins, a reference; no Teltonika command after the password)
    text = "# FMB920 trackers\n\n| SMS | What |\n|---|---|\n| `" + span.replace("{pw}", _DRAWN_KEY) + "` | status |\n"
    assert _secrets(engine, "docs/fleet/trackers-fmb920.md", text) == []


def test_an_sms_batch_outside_the_docs_is_read_as_its_own_data(engine: Engine) -> None:
    text = f"fleet {_DRAWN_KEY} getstatus\nfleet {_DRAWN_KEY} getgps\n"
    found = [(finding.line_number, finding.description) for finding in engine.scan_text("fleet/sms_batch.txt", text)]
    assert found == [(1, "literal SMS password of login fleet in a Teltonika SMS command"),
                     (2, "literal SMS password of login fleet in a Teltonika SMS command")]


# --- a spreadsheet's notes cell giving a login's user and password after its label ------------------------------------

def _chosen(seed: int) -> str:
    """A password a person chose with care (`Juniper!Kestrel7152`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS).capitalize() + generator.choice("!#*%") + generator.choice(_WORDS).capitalize() + str(
        generator.randint(1000, 9999))


_CELL_PASSWORDS = [_GENERATED[0], _chosen(2620510), drawn_mixed(2620501, 16)]


@pytest.mark.parametrize("cell", ["web admin: admin / {pw}", '"kiosk admin: kiosk.admin@yard-works.co.uk / {pw}"',
                                  "admin: admin/{pw}", "Portal login: ops@yard-works.co.uk / {pw}", "root: root / {pw}",
                                  '"web UI: admin / {pw} (changed 2024-05)"', "local administrator: .\\itadmin / {pw}",
                                  "creds: svc-scan / {pw}", "Console: admin / {pw}"])
def test_a_notes_cells_login_pair_blocks(engine: Engine, cell: str) -> None:
    for password in _CELL_PASSWORDS:
        text = ("asset_tag,type,model,ip,location,notes\nHQ-0101,laptop,Dell Latitude 5440,dhcp,estimating,BitLocker in Entra\n"
                f"HQ-0120,printer,Kyocera M3655,10.4.0.21,front office,{cell.replace('{pw}', password)}\n")
        assert _secrets(engine, "it/inventory/devices.csv", text) == [(3, password)]
        tab = text.replace(",", "\t").replace('"', "")
        assert _secrets(engine, "it/inventory/devices.tsv", tab) == [(3, password)]


@pytest.mark.parametrize("cell", ["web admin: admin / admin", "web admin: admin / changeme", "web admin: admin / ********",
                                  '"login: ops / see 1Password"', "admin: HR / Finance", "login: SSO / Okta",
                                  "creds: ops / ${ADMIN_PW}", "console: COM1 / 9600", "ratio: 3 / 4", "Schedule: Mon / Wed",
                                  "admin: admin / <password>", "login: admin / 5f4dcc3b5aa765d61d327deb882cf99b",
                                  "https://10.4.0.21/admin/", "model: M3655 / M3660", "VLAN: 20 / 40"])
def test_a_notes_cells_stand_in_or_no_login_pair_does_not_block(engine: Engine, cell: str) -> None:
    # (stock passwords, a mask, a reference, words, a variable, a setting's values, a placeholder, a digest, a URL)
    text = f"asset_tag,notes\nHQ-0120,{cell}\n"
    assert _secrets(engine, "it/inventory/devices.csv", text) == []


# --- a service's key set beside the service's own API address in a page's block ----------------------------------------

_SERVICE_KEYS = [drawn(2620600, 40, "abcdefghijklmnopqrstuvwxyz0123456789"), drawn_mixed(2620601, 32),
                 drawn(2620602, 32, _HEX)]


def _financing_page(block: str) -> str:
    return ("# Customer financing\n\nThe proposal app shows monthly payments from the partner's estimate API.\n\n"
            "## API (for the proposal app)\n" + block + "Rotate this if a developer leaves.\n")


@pytest.mark.parametrize("block", [
    "```\nHEARTH_API_BASE=https://api.gethearth.com/v1\nHEARTH_API_KEY={key}\n```\n",
    "```\nHEARTH_API_KEY={key}\nHEARTH_API_BASE=https://api.gethearth.com/v1\n```\n",  # (the address below)
    "```env\nFINANCE_BASE_URL=https://api.gethearth.com\nFINANCE_LOG_LEVEL=info\nFINANCE_API_TOKEN={key}\n```\n",
    "```yaml\nhearth:\n  api_base: https://api.gethearth.com/v1\n  api_key: {key}\n```\n",
    "```json\n{\n  \"apiUrl\": \"https://api.gethearth.com/v1\",\n  \"apiKey\": \"{key}\"\n}\n```\n",
    "    export HEARTH_ENDPOINT=\"https://partners.gethearth.com/api\"\n    export HEARTH_SECRET_KEY=\"{key}\"\n",
    "```\nHEARTH_HOST=https://api.gethearth.com:8443\nHEARTH_CLIENT_SECRET={key}\n```\n",
])
def test_a_services_key_beside_its_own_api_address_blocks(engine: Engine, block: str) -> None:
    for key in _SERVICE_KEYS:
        text = _financing_page(block.replace("{key}", key))
        line = text.splitlines().index(next(row for row in text.splitlines() if key in row)) + 1
        assert _secrets(engine, "docs/sales/financing.md", text) == [(line, key)]


@pytest.mark.parametrize("block", [
    "```\nHEARTH_API_BASE=https://api.example.com/v1\nHEARTH_API_KEY={key}\n```\n",  # (an example's host)
    "```\nHEARTH_API_BASE=http://localhost:8080/v1\nHEARTH_API_KEY={key}\n```\n",
    "```\nHEARTH_API_BASE=https://sandbox.example-lender.io/v1\nHEARTH_API_KEY={key}\n```\n",
    "```\nHEARTH_API_BASE=https://api.gethearth.com/v1\n\nHEARTH_API_KEY={key}\n```\n",  # (a blank line: another block)
    "```\nSTRIPE_API_BASE=https://api.gethearth.com/v1\nHEARTH_API_KEY={key}\n```\n",  # (another service's address)
    "```\nHEARTH_DOCS=https://docs.gethearth.com/v1\nHEARTH_API_KEY={key}\n```\n",  # (no address of its API)
    "```\nHEARTH_API_BASE=https://api.gethearth.com/v1\nHEARTH_ACCOUNT_ID={key}\n```\n",  # (an id, no key)
    "```\nHEARTH_API_BASE=https://api.gethearth.com/v1\nHEARTH_KEY_ID={key}\n```\n",
])
def test_a_key_beside_no_address_of_its_services_own_stays_the_docs_example(engine: Engine, block: str) -> None:
    text = _financing_page(block.replace("{key}", _SERVICE_KEYS[0]))
    assert _secrets(engine, "docs/sales/financing.md", text) == []


@pytest.mark.parametrize("value", ["your_api_key_here", "<hearth api key>", "${HEARTH_API_KEY}", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                                   _HEX * 2, "abcdefghijklmnopqrstuvwxyz0123", "hearth-api-key"])
def test_a_services_example_key_beside_its_address_stays_the_docs_example(engine: Engine, value: str) -> None:
    text = _financing_page(f"```\nHEARTH_API_BASE=https://api.gethearth.com/v1\nHEARTH_API_KEY={value}\n```\n")
    assert _secrets(engine, "docs/sales/financing.md", text) == []


