"""Stop 56, a vendor's credential on a team's own documentation page: the identifier and the secret a vendor's console
issued side by side, both drawn at random (a list's `- Client ID: `…`` and `- Client secret: `…``, a settings table's
`| client_id |` and `| client_secret |` rows, a code block's `X_CLIENT_ID=…` and `X_CLIENT_SECRET=…`, an application's
key and its secret, an account's id and its API key): the pair a team pasted, where a page teaching the setting writes
a stand-in for the identifier at least. A stand-in on either side, a blank line between them, an example's word on the
line, or an identifier that is a name leave the secret a warning. Through the engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine
from secretfence.kinds._config_forms import drawn_credential

from tests.accuracy.labelled import blocked_lines
from tests.fakes import drawn, drawn_mixed, uuid4

_HEX = "0123456789abcdef"
_LOWER_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789"
_ID = drawn_mixed(3800001, 32)
_SECRET = drawn_mixed(3800002, 32)
_SHORT_SECRET = drawn_mixed(3800003, 16)
_HEX_SECRET = drawn(3800004, 64, _HEX)
_HEX_ID = drawn(3800005, 20, _HEX)
_HEX_SHORT_SECRET = drawn(3800006, 20, _HEX)
_LOWER_ID = drawn(3800007, 32, _LOWER_DIGITS)
_LOWER_SECRET = drawn(3800008, 32, _LOWER_DIGITS)
_UUID_ID, _UUID_KEY = uuid4(3800009), uuid4(3800010)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in blocked_lines(engine, filename, text)]


def test_the_fakes_are_drawn() -> None:
    for value in (_ID, _SECRET, _SHORT_SECRET, _HEX_SECRET, _HEX_ID, _HEX_SHORT_SECRET, _LOWER_ID, _LOWER_SECRET,
                  _UUID_ID, _UUID_KEY):
        assert drawn_credential(value), value[:4]


@pytest.mark.parametrize("name, text, secret", [
    ("tools/model-derivative/README.md",
     "For local testing use the shared dev app:\n\n- Client ID: `" + _ID + "`\n- Client secret: `" + _SHORT_SECRET
     + "`\n- Bucket: `md-dev`\n", _SHORT_SECRET),
    ("docs/onboarding/weather.md", "## Stations\n- API key: `" + _LOWER_ID + "`\n- API secret: `" + _LOWER_SECRET + "`\n",
     _LOWER_SECRET),
    ("docs/pagos/datafonos.md", "| Campo | Valor |\n|---|---|\n| client_id | `" + _ID + "` |\n| client_secret | `"
     + _HEX_SECRET + "` |\n| Redirect URI | https://backoffice.shop.es/cb |\n", _HEX_SECRET),
    ("docs/centralita.md", "Credenciales de la API:\n\n```\nPBX_KEY=" + _HEX_ID + "\nPBX_SECRET=" + _HEX_SHORT_SECRET
     + "\n```\n", _HEX_SHORT_SECRET),
    ("docs/procedure-sms.md", "| Élément | Valeur |\n|---|---|\n| Application key | `" + _SHORT_SECRET
     + "` |\n| Application secret | `" + _SECRET + "` |\n", _SECRET),
    ("docs/lisboa/pagamentos.md", "- AccountId: `" + _UUID_ID + "`\n- ApiKey: `" + _UUID_KEY + "`\n", _UUID_KEY),
    ("docs/integrations/accounting.md", "App in the developer portal:\n\n    Client ID:     " + _ID
     + "\n    Client Secret: " + _SECRET + "\n", _SECRET),
    ("docs/wiki/streaming.md", "```\nVIDEO_ACCOUNT_ID=" + _LOWER_ID + "\nVIDEO_CLIENT_ID=" + _ID
     + "\nVIDEO_CLIENT_SECRET=" + _SECRET + "\n```\n", _SECRET),
    ("docs/uk/onboarding.md", "| Параметр | Значення |\n|---|---|\n| public_key | `" + _HEX_ID + "` |\n| private_key | `"
     + _SECRET + "` |\n", _SECRET),
])
def test_a_drawn_secret_beside_its_drawn_identifier_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    assert secret in _blocked(engine, name, text)


@pytest.mark.parametrize("name, text", [
    # (the identifier a stand-in: a page teaching the setting)
    ("docs/setup.md", "- Client ID: `your-client-id`\n- Client secret: `" + _SECRET + "`\n"),
    ("docs/setup.md", "- Client ID: `<client id>`\n- Client secret: `" + _SECRET + "`\n"),
    # (the secret a stand-in, or a name)
    ("docs/setup.md", "- Client ID: `" + _ID + "`\n- Client secret: `your-client-secret`\n"),
    ("docs/setup.md", "| client_id | `" + _ID + "` |\n| client_secret | `YOUR_CLIENT_SECRET` |\n"),
    # (a blank line or a fence between them: no pair of one list or block)
    ("docs/setup.md", "- Client ID: `" + _ID + "`\n\nLater:\n\n- Client secret: `" + _SECRET + "`\n"),
    ("docs/setup.md", "```\nAPP_CLIENT_ID=" + _ID + "\n```\n```\nAPP_CLIENT_SECRET=" + _SECRET + "\n```\n"),
    # (the identifier a name a person gave the app, no draw)
    ("docs/setup.md", "```\nclient_id:     KaihdinProSync\nclient_secret: " + _SECRET + "\n```\n"),
    # (an example's word on the line)
    ("docs/setup.md", "- Client ID: `" + _ID + "`\n- Client secret (example): `" + _SECRET + "`\n"),
    # (two identifiers: no secret)
    ("docs/setup.md", "- Client ID: `" + _ID + "`\n- Tenant ID: `" + _LOWER_ID + "`\n"),
])
def test_a_pair_with_a_stand_in_or_apart_stays_a_warning(engine: Engine, name: str, text: str) -> None:
    assert _blocked(engine, name, text) == []


@pytest.mark.parametrize("value", ["abcdefghijklmnop", "0123456789abcdef0123", "your-client-secret-here",
                                   "00000000-0000-4000-8000-000000000000", "Cache2Prefix", "aaaaaaaaaaaaaaaa1111",
                                   "ReplaceWithYourKey1", "process.env.CLIENT_SECRET"])
def test_a_stand_in_is_no_draw(value: str) -> None:
    assert not drawn_credential(value)


# A page saying which store keeps a credential of its (`- Drugi klucz (MD5): trzymamy w Vault`, `api_key: ks. 1Password
# (…)`, `mot de passe dans Bitwarden`): the team's own record, read as a handover note is.
@pytest.mark.parametrize("name, text, secret", [
    ("docs/finanse/integracja.md", "- Drugi klucz (MD5): trzymamy w Vault\n- Protokół OAuth - client_secret: " + _HEX_SECRET[:32]
     + "\n", _HEX_SECRET[:32]),
    ("docs/integraatiot/kirjanpito.md", "```\nclient_id:     KaihdinProSync\nclient_secret: " + _SECRET
     + "\napi_key:       ks. 1Password (Markiisi / api-key)\n```\n", _SECRET),
    ("docs/ops/providers.md", "- SMS gateway token: `" + _SECRET + "`\n- Mail relay password: in Bitwarden\n", _SECRET),
    ("docs/atadas.md", "- Onfleet API kulcs (még nincs a vaultban): lásd lent\n- Futár token: `" + _SECRET + "`\n", _SECRET),
])
def test_a_page_naming_its_credentials_store_is_the_teams_own(engine: Engine, name: str, text: str, secret: str) -> None:
    assert secret in _blocked(engine, name, text)


@pytest.mark.parametrize("name, text", [
    # (advice naming a kind of store, or the reader's own)
    ("docs/setup.md", "Keep the key in a secrets manager, never in the repository.\n\n- client_secret: " + _SECRET + "\n"),
    ("docs/setup.md", "Store your API key in 1Password.\n\n- client_secret: " + _SECRET + "\n"),
    ("docs/setup.md", "You should keep the token in Vault.\n\n- client_secret: " + _SECRET + "\n"),
    # (Ansible's vault: its password, its command)
    ("docs/network/getting_started.rst", "and type in the vault password for ``my_user``.\n\n- client_secret: " + _SECRET
     + "\n"),
    ("docs/setup.md", "Encrypt the key with ansible-vault.\n\n- client_secret: " + _SECRET + "\n"),
    # (a store named with no credential's word on its line)
    ("docs/setup.md", "The office uses 1Password for everything.\n\n- client_secret: " + _SECRET + "\n"),
])
def test_a_page_advising_a_store_stays_a_tutorial(engine: Engine, name: str, text: str) -> None:
    assert _blocked(engine, name, text) == []


# A key alone in a code span on the line below the list item naming it: on the team's own record (a handover note, a page
# naming its credentials' store, a working note or a TODO list), or below a note to rotate it (on any page).
@pytest.mark.parametrize("name, text, secret", [
    ("docs/handover/dispatch-2026-10.md", "## Hozzáférések\n- Onfleet API kulcs (a régi integrációé):\n  `" + _HEX_SECRET[:32]
     + "`\n- Stripe: Réka már admin\n", _HEX_SECRET[:32]),
    ("docs/ops/couriers.md", "- Courier API token (not in the vault yet):\n  `" + _SECRET + "`\n- Mail relay password: in Bitwarden\n",
     _SECRET),
    ("TODO.md", "# TODO\n\n- [ ] rotate the DNS token below after the migration!!\n      `" + _SECRET
     + "` (zone edit, shop.dev)\n- [ ] drop Python 3.8\n", _SECRET),
    ("docs/deploy.md", "1. Revoke the old deploy key below once the new one works\n   `" + _SECRET + "`\n", _SECRET),
    # (on the team's own record, the span opening the line below with its sentence running on: a sentence wrapped after
    # its credential's word, as the wrapped-sentence reader reads it; merged with the Asian-language pages' round)
    ("docs/handover/notes.md", "- API token:\n  `" + _SECRET + "` and then the rest of a sentence about it\n", _SECRET),
])
def test_a_key_below_its_item_on_the_teams_own_record_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    assert secret in _blocked(engine, name, text)


@pytest.mark.parametrize("name, text", [
    # (a tutorial's page: its item's key below it is the reader's example)
    ("docs/setup.md", "- API token:\n  `" + _SECRET + "`\n"),
    # (the item's value a stand-in)
    ("docs/handover/notes.md", "- API token:\n  `your-api-token-here`\n"),
    # (rotating a token a page names elsewhere, nothing below the note)
    ("TODO.md", "- [ ] rotate the DNS token below after the migration\n- [ ] drop Python 3.8\n"),
    ("docs/deploy.md", "1. Rotate the token shown below in the dashboard:\n\n   `" + _SECRET + "`\n"),
])
def test_a_key_below_an_item_elsewhere_stays_a_warning(engine: Engine, name: str, text: str) -> None:
    assert _blocked(engine, name, text) == []


_TOOL_KEY = drawn_mixed(3800020, 24) + "-" + drawn_mixed(3800021, 5)


# A tool's configuration a page writes (TestRail's trcli: `host:`, `username:`, `key:`): the bare `key:` is the account's
# API key where the account's user stands in its block and the address is the service's own.
def test_a_bare_key_beside_its_user_and_its_services_address_blocks(engine: Engine) -> None:
    text = ("```bash\ncat > ~/.trcli.yml <<'EOF'\nhost: https://northwind.testrail.io\nproject: Storefront\n"
            "username: qa-bot@northwind-retail.com\nkey: " + _TOOL_KEY + "\nEOF\n```\n")
    assert _TOOL_KEY in _blocked(engine, "docs/qa/testrail-reporting.md", text)


@pytest.mark.parametrize("text", [
    # (no user in its block: any mapping's `key:`)
    "```yaml\nhost: https://northwind.testrail.io\nproject: Storefront\nkey: " + _TOOL_KEY + "\n```\n",
    # (an example's host, or the key a stand-in)
    "```yaml\nhost: https://example.testrail.io\nusername: you@example.com\nkey: " + _TOOL_KEY + "\n```\n",
    "```yaml\nhost: https://northwind.testrail.io\nusername: qa-bot@northwind-retail.com\nkey: INSERT-API-KEY-HERE\n```\n",
])
def test_a_bare_key_without_its_user_or_its_service_stays_a_warning(engine: Engine, text: str) -> None:
    assert _blocked(engine, "docs/qa/testrail-reporting.md", text) == []


_LONG_KEY = drawn_mixed(3800030, 64)


# The account's own address on the vendor's domain beside its key (a tenant's name before the vendor's domain, bare), as
# a drawn identifier is; Japanese's token and key words in a table's row and a list's label (`API トークン`, `API キー`).
@pytest.mark.parametrize("name, text, secret", [
    ("docs/wiki/kintone連携.md", "| 項目 | 値 |\n|------|----|\n| サブドメイン | shop-members.cybozu.com |\n| アプリ ID | 142 |\n"
     "| API トークン (閲覧のみ) | " + _SECRET + " |\n", _SECRET),
    ("docs/wiki/Backlog連携.md", "- スペース: `facilities.backlog.jp`\n- API キー (ユーザー: ボット): `" + _LONG_KEY + "`\n",
     _LONG_KEY),
    ("docs/integrations/helpdesk.md", "- Instance: `northwind-retail.zendesk.com`\n- API token: `" + _SECRET + "`\n", _SECRET),
])
def test_a_key_beside_its_accounts_address_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    assert secret in _blocked(engine, name, text)


@pytest.mark.parametrize("text", [
    # (a stand-in tenant, the vendor's own service host, a callback's URL with its path)
    "- Instance: `example.zendesk.com`\n- API token: `" + _SECRET + "`\n",
    "- Instance: `yourcompany.zendesk.com`\n- API token: `" + _SECRET + "`\n",
    "- Space: `acme.backlog.jp`\n- API key: `" + _SECRET + "`\n",
    "- Endpoint: `api.zendesk.com`\n- API token: `" + _SECRET + "`\n",
    "- Callback: `https://shop.northwind.com/cb`\n- API token: `" + _SECRET + "`\n",
    # (the key a stand-in beside a real tenant)
    "- Instance: `northwind-retail.zendesk.com`\n- API token: `your-api-token`\n",
    # (a blank line between: another list)
    "- Instance: `northwind-retail.zendesk.com`\n\n- API token: `" + _SECRET + "`\n",
])
def test_a_key_beside_a_stand_in_address_stays_a_warning(engine: Engine, text: str) -> None:
    assert _blocked(engine, "docs/integrations/helpdesk.md", text) == []
