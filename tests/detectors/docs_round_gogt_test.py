"""Blind rounds GO-GT, documentation and spreadsheets as teams write them: a README's command sending a key drawn in
hex to the service's own host (`curl "https://api.<vendor>/…?apiKey=<32 hex>"`; to an example's host it stays the docs'
example). A SIP trunk's account listed with its host and user in SIP's words (`- Registrar:`, `- Auth ID:`), and a
handover note's account list whatever host it names (a reserved name there is the writer's, no tutorial's). Through the
engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine
from secretfence.kinds._config_forms import in_account_list
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
    return "# menu-planner\n\nTry the API by hand:\n\n```bash\n" + "".join(line + "\n" for line in lines) + "```\n"


# --- a documented command's hex key to the service's own host -------------------------------------------------------

@pytest.mark.parametrize("command", [
    'curl "https://api.spoonacular.com/food/ingredients/search?query=tahini&apiKey={key}"',
    "curl -s 'https://newsapi.org/v2/top-headlines?country=gb&apiKey={key}' | jq .",
    'wget -qO- "https://api.nal.usda.gov/fdc/v1/foods/search?api_key={key}&query=oats"',
    'http GET "https://data.fixer.io/api/latest?access_key={key}"',
    'Invoke-RestMethod "https://api.vendor.co.uk/v2/orders?token={key}"',
    'curl "https://ops:$PW@api.vendor.co.uk:8443/v2/orders?token={key}"',
])
def test_a_documented_commands_hex_key_to_its_services_host_blocks(engine: Engine, command: str) -> None:
    for key in (_HEX_KEYS[0], _HEX_KEY_40, _HEX_KEY_UPPER):
        text = _fenced(command.replace("{key}", key))
        assert _secrets(engine, "menu-planner/README.md", text) == [(6, key)]


@pytest.mark.parametrize("command", [
    'curl "https://api.example.com/food/search?query=tahini&apiKey={key}"',  # (RFC 2606's host: the docs' example)
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
    assert _secrets(engine, "menu-planner/README.md", text) == []


@pytest.mark.parametrize("value", ["0123456789abcdef0123456789abcdef", "abcdefabcdefabcdefabcdefabcdefab",
                                   "00000000000000000000000000000000", "1e80a54ffd6a9f6c04fb5ebc0ff7a3",
                                   "1e80a54ffd6a9f6C04fb5ebc0ff7a381"])
def test_a_documented_hex_run_of_no_drawn_keys_shape_passes(engine: Engine, value: str) -> None:
    # (an alphabet's run, letters only, one digit repeated, 30 digits, mixed case: no key a service draws in hex)
    text = _fenced(f'curl "https://api.spoonacular.com/food/ingredients/search?apiKey={value}"')
    assert _secrets(engine, "menu-planner/README.md", text) == []


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


