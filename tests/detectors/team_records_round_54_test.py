"""Round 54, the team's own credentials in documentation's tables and lists: a payment gateway's table of environments
gives the production row's secret in its `Secret` column (`| Environment | Merchant | Secret | Note |`, Czech's `|
Prostředí | Merchant | Secret | Poznámka |`), the test row a note; a handover's sheet of integrations gives each system's
API key in a bare key column beside the system's and the account's (`system,purpose,account,key,owner`, Swedish's
`system,syfte,konto,nyckel,ansvarig`); a handover's list gives a device's address then its login's plain pair (`- Kennel
NVR (cameras): http://10.40.0.2  admin / …`, Turkish's `- Pansiyon NVR (kameralar): …`); a vendor's page of notes leads a
key in for the live environment, or says where it was generated, and gives it alone on the indented line below (`- API key
for the live environment (generated in …):`, Romanian's `- Cheia API pentru mediul live (generata in …):`). Through the
engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, password

_SECRET = [drawn_mixed(3210100 + step, 32) for step in range(4)]
_PASSWORD = [password(3210300 + step) for step in range(3)]
_KEY = [drawn(3210400 + step, 36) + "_" + drawn(3210410 + step, 12) for step in range(2)]
_HEX_TOKEN = [drawn(3210200 + step, 40, "0123456789abcdef") for step in range(2)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _environments(header: str, rows: str) -> str:
    return "# Payments\n\nCards are paid through the gateway.\n\n" + header + "\n|---|---|---|---|\n" + rows + "\nNotify URL below.\n"


# --- a table of environments: the production row's secret ----------------------------------------------------------------

@pytest.mark.parametrize("header, production", [
    ("| Environment | Merchant | Secret | Note |", "production"),
    ("| Env | Merchant | API key | Note |", "prod"),
    ("| Environment | Merchant | Secret key | Note |", "**Live**"),
    ("| Prostředí | Merchant | Secret | Poznámka |", "produkce"),
    ("| Środowisko | Merchant | Secret | Uwagi |", "produkcja"),
    ("| Umgebung | Händler | Schlüssel | Notiz |", "Produktion"),
    ("| Entorno | Comercio | Clave | Nota |", "producción"),
    ("| Miljö | Handlare | Token | Not |", "produktion"),
])
def test_a_production_rows_secret_in_a_table_of_environments_blocks(engine: Engine, header: str, production: str) -> None:
    text = _environments(header, f"| test | 471293 | (test, in the gateway's admin) | `test=true` |\n"
                                 f"| {production} | 471293 | `{_SECRET[0]}` | active since March |")
    assert _secrets(engine, "docs/payments-gateway.md", text) == [(8, _SECRET[0])]


@pytest.mark.parametrize("header", ["| Environment | Merchant | Secret |", "| Środowisko | Merchant | Token |",
                                    "| Env | API key |"])
def test_a_production_rows_secret_in_the_last_column_blocks(engine: Engine, header: str) -> None:
    # (review rev54_c: the secret's column the table's last, which the settings table's hint does not reach)
    cells = header.count("|") - 1
    text = (header + "\n|" + "---|" * cells + "\n| test |" + " 471293 |" * (cells - 2) + " (in the admin) |\n"
            "| production |" + " 471293 |" * (cells - 2) + f" `{_SECRET[0]}` |\n")
    assert _secrets(engine, "docs/payments-gateway.md", text) == [(4, _SECRET[0])]


@pytest.mark.parametrize("rows", [
    # (a test or sandbox row's key is the vendor's throwaway one)
    f"| test | 471293 | `{_SECRET[1]}` | sandbox |",
    f"| sandbox | 471293 | `{_SECRET[1]}` | |",
    # (the production row says where its secret is kept, or holds a placeholder)
    "| production | 471293 | in Vault | |\n| test | 471293 | (in the admin) | |",
    "| production | 471293 | `<your secret>` | |",
    "| production | 471293 | `YOUR_SECRET_KEY` | |",
])
def test_no_production_secret_in_a_table_of_environments_passes(engine: Engine, rows: str) -> None:
    text = _environments("| Environment | Merchant | Secret | Note |", rows)
    assert _secrets(engine, "docs/payments-gateway.md", text) == []


def test_a_public_keys_column_and_a_table_without_environments_pass(engine: Engine) -> None:
    public = _environments("| Environment | Merchant | Public key | Note |", f"| production | 471293 | `{_SECRET[2]}` | |")
    assert _secrets(engine, "docs/payments-gateway.md", public) == []
    # (a bare `Key` column, no environment's column: any key's)
    keys = _environments("| Shortcut | Action | Key | Note |", f"| production | 471293 | `{_SECRET[3]}` | |")
    assert _secrets(engine, "docs/payments-gateway.md", keys) == []


# --- a sheet of integrations: a bare key column beside the system's and the account's ----------------------------------

@pytest.mark.parametrize("header", ["system,purpose,account,key,owner", "system,syfte,konto,nyckel,ansvarig",
                                    "Dienst,Zweck,Konto,Schlüssel,Verantwortlich", "servicio,uso,cuenta,clave,responsable",
                                    "service,but,compte,clé,responsable", "sistem,amaç,hesap,anahtar,sorumlu"])
def test_an_integrations_sheets_key_column_blocks(engine: Engine, header: str) -> None:
    text = (header + f"\nPipedrive,Sales,ops@example.com,{_HEX_TOKEN[0]},Maria\nSMHI,Weather,-,ingen nyckel,Johan\n"
            "Fortnox,Billing,billing@example.com,se Vault,Lina\n")
    assert _secrets(engine, "docs/handover/integrations.csv", text) == [(2, _HEX_TOKEN[0])]


@pytest.mark.parametrize("text", [
    # (no account's column: a bare key column is any key's)
    f"system,purpose,key,owner\nPipedrive,Sales,{_HEX_TOKEN[1]},Maria\n",
    # (a translation table, a settings export: the key a message's or a setting's name)
    "key,en,sv\nlogin.password,Password,Lösenord\n",
    "system,account,key,value\ncrm,ops@example.com,PIPEDRIVE_API_TOKEN,see Vault\n",
    # (cells saying where the key is kept, that there is none, or who signs in with SSO)
    "system,purpose,account,key,owner\nFortnox,Billing,billing@example.com,se Vault,Lina\nSMHI,Weather,-,ingen nyckel,Johan\n"
    "Google,Mail,ops@example.com,SSO Google,Lina\nNetopia,Pay,ops@example.com,vezi 1Password,Ion\n",
])
def test_an_integrations_sheet_without_an_issued_key_passes(engine: Engine, text: str) -> None:
    assert _secrets(engine, "docs/handover/integrations.csv", text) == []


# --- a list item's device, its address, then its login's plain pair --------------------------------------------------

@pytest.mark.parametrize("item", [
    "- Kennel NVR (cameras): http://10.40.0.2  admin / {}",
    "- Pansiyon NVR (kameralar): http://10.40.0.2  admin / {}",
    "- Switch core: https://10.40.0.1:8443, admin / {}",
    "* **Kiosk router**: http://192.168.8.1 - root / {}",
    # (review rev54_c: a page's typographic dash between the address and the pair, en or em)
    "- Kennel NVR (cameras): http://10.40.0.2 – admin / {}",
    "* **Kiosk router**: http://192.168.8.1 — root / {}",
])
def test_a_devices_address_then_its_login_pair_blocks(engine: Engine, item: str) -> None:
    text = "# Handover\n\n## Access\n" + item.format(_PASSWORD[0]) + "\n- Kiosk tablet: PIN given in person.\n"
    assert _secrets(engine, "docs/handover/notes.md", text) == [(4, _PASSWORD[0])]


@pytest.mark.parametrize("item", [
    "- Docs: https://example.com  read / write",
    "- Grafana: https://grafana.local  SSO Google",
    "- Wiki: https://wiki.local  admin / vezi 1Password",
    "- NVR: http://10.40.0.2  admin / <password>",
    "- NVR: http://10.40.0.2  admin / admin",
    "- NVR: http://10.40.0.2  admin / ********",
])
def test_a_devices_address_without_a_password_passes(engine: Engine, item: str) -> None:
    assert _secrets(engine, "docs/handover/notes.md", "# Handover\n\n## Access\n" + item + "\n") == []


# --- a key alone on the indented line below its lead-in ---------------------------------------------------------------

@pytest.mark.parametrize("lead_in", [
    "- API key for the live environment (generated in admin.example.com > Profile > Security):",
    "- Cheia API pentru mediul live (generata in admin.example.ro > Profil > Securitate):",
    "- Production secret key:",
    "API token (generated in the dashboard, March 2025):",
])
def test_a_key_below_its_live_or_generated_lead_in_blocks(engine: Engine, lead_in: str) -> None:
    text = "# Vendor notes\n\n- Merchant account: Hostel SRL\n" + lead_in + "\n\n    " + _KEY[0] + "\n\n- IPN: https://example.ro/ipn\n"
    assert _secrets(engine, "docs/vendors/netopia.md", text) == [(6, _KEY[0])]


@pytest.mark.parametrize("lead_in, below", [
    # (a lead-in saying neither live nor where it was generated: a tutorial's)
    ("- API key:", "    " + _KEY[1]),
    # (a placeholder, a note where the key is kept, a block of several lines)
    ("- API key for the live environment:", "    YOUR_LIVE_API_KEY_HERE"),
    ("- Cheia API pentru mediul live:", "    vezi 1Password"),
    ("- Live API key:", "    " + _KEY[1] + "\n    curl -H 'X-Key: ...' https://api.example.com"),
])
def test_no_key_below_its_lead_in_passes(engine: Engine, lead_in: str, below: str) -> None:
    text = "# Vendor notes\n\n" + lead_in + "\n\n" + below + "\n\n- IPN: https://example.ro/ipn\n"
    assert _secrets(engine, "docs/vendors/netopia.md", text) == []
