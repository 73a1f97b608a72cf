"""Blind round of stop 70, notes share (handover notes, office and network notes, incident pages and SMM notes in French,
Russian, Indonesian and Minangkabau, Kapampangan, Hausa, Tuvan and Udmurt): the forms a team's own text gives a credential
in, in those languages and in others where the form was the same. Through the engine. Generated fakes only
(tests/fakes.py): seeds 9400000-9409999."""
from __future__ import annotations

import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, uuid4

_SEED = 9400000


def _chosen(step: int) -> str:
    """A password chosen with care: a word, a symbol, a word and four digits (`Qwmtz#Bkplq4821`)."""
    seed = _SEED + 10 * step
    return (drawn(seed, 1, string.ascii_uppercase) + drawn(seed + 1, 6, string.ascii_lowercase) + "#%@!"[step % 4]
            + drawn(seed + 2, 1, string.ascii_uppercase) + drawn(seed + 3, 5, string.ascii_lowercase)
            + drawn(seed + 4, 4, string.digits))


_VK_TOKEN = "vk1.a." + drawn(_SEED + 900, 214, string.ascii_letters + string.digits + "_-")
_SHA256 = drawn(_SEED + 901, 64, "0123456789abcdef")
_APP_PASSWORD = drawn(_SEED + 902, 16, string.ascii_lowercase)
_CLIENT_SECRET = drawn(_SEED + 903, 28)
_CLIENT_UUID = uuid4(_SEED + 904)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(_chosen(step)) == 18 and _chosen(step)[-4:].isdigit() for step in range(8))
    assert len(_VK_TOKEN) == 220 and len(set(_SHA256)) > 8 and _APP_PASSWORD.isalpha() and len(_CLIENT_UUID) == 36


# --- a VK access token, by its head -----------------------------------------------------------------------------------

@pytest.mark.parametrize("filename, text, line", [
    ("smm/notes.txt", "Ключ доступа сообщества (стена, фото):\n{token}\n", 2),
    ("bot/config.py", "GROUP = 218374650\nclient = vk_api.VkApi(token=\"{token}\")\n", 2),
    ("bot/settings.json", "{{\"group\": 218374650, \"t\": \"{token}\"}}\n", 1),
    ("docs/smm-handbook.md", "Community key:\n\n    {token}\n", 3),
])
def test_a_vk_access_token_blocks_by_its_head(engine: Engine, filename: str, text: str, line: int) -> None:
    assert _secrets(engine, filename, text.format(token=_VK_TOKEN)) == [(line, _VK_TOKEN)]


@pytest.mark.parametrize("text", [
    "token = \"vk1.a.\" + read_rest()\n",
    "TOKEN=vk1.a.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
    "# VK tokens look like vk1.a.<about 200 characters>\n",
])
def test_a_vk_head_without_a_token_stays_quiet(engine: Engine, text: str) -> None:
    assert _secrets(engine, "bot/config.py", text) == []


# --- a head-first password label opening a line's later clause ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "- Odoo : compte secretariat@cooperative.example, mot de passe : {pw}\n",
    "- Odoo : mot de passe : {pw}\n",
    "- Kasse: Konto kasse; Passwort für die Kasse: {pw}\n",
    "Portal G2: conta agente07, senha do agente: {pw} (trocar em maio)\n",
    "- ERP, kata sandi admin: {pw}\n",
])
def test_a_password_label_in_a_later_clause(engine: Engine, text: str) -> None:
    value = _chosen(1)
    assert _secrets(engine, "bureau/notes/passation.md", text.format(pw=value)) == [(1, value)]


@pytest.mark.parametrize("text", [
    "- Politique : mot de passe : 12 caractères minimum\n",
    "- Odoo : compte secretariat, mot de passe : voir Bitwarden\n",
    "- Odoo, mot de passe oublié : cliquer sur le lien\n",
    "- Odoo : compte x, mot de passe : changeme\n",
])
def test_a_later_clause_of_no_password_stays_quiet(engine: Engine, text: str) -> None:
    assert _secrets(engine, "bureau/notes/passation.md", text) == []


# --- a login's pair after a label naming an account or a portal, in other languages --------------------------------------

@pytest.mark.parametrize("label, user", [
    ("Личный кабинет ОФД", "buh@cooperative.example"),
    ("Особистий кабінет", "buh@cooperative.example"),
    ("compte M-Pesa agent (portail G2)", "8512-AG-07"),
    ("portail fournisseur", "achats07"),
    ("akun Tokopedia", "toko@cooperative.example"),
    ("Аккаунт Wildberries", "shop-17"),
])
def test_a_pair_after_an_account_label(engine: Engine, label: str, user: str) -> None:
    value = _chosen(2)
    assert _secrets(engine, "office/notes.txt", f"Касса и сайт\n{label}: {user} / {value}\n") == [(2, value)]


@pytest.mark.parametrize("text", [
    "Кабинет 204: Иванов / Петров\n",
    "Account: Billing / Invoices\n",
    "Portal: Chrome / Firefox\n",
    "compte : courant / épargne\n",
    "akun: WPA2-Personal / WPA3-Personal\n",
])
def test_an_account_label_before_no_login_stays_quiet(engine: Engine, text: str) -> None:
    assert _secrets(engine, "office/notes.txt", text) == []


# --- a login's pair below a line ending in the device's address ----------------------------------------------------------

@pytest.mark.parametrize("first", ["Box Orange 4G : 192.168.8.1", "- NVR caméras http://10.0.0.5:8000",
                                   "Routeur (bureau) 172.16.0.1", "NAS: https://nas.local:5001"])
def test_a_pair_below_a_device_address(engine: Engine, first: str) -> None:
    value = _chosen(3)
    assert _secrets(engine, "bureau/notes/reseau.txt", f"{first}\n  admin / {value}\nWi-Fi : BUREAU\n") == [(2, value)]


@pytest.mark.parametrize("text", [
    "Box : 192.168.8.1\n  2.4 GHz / 5 GHz\n",
    "Box : 192.168.8.1\n  admin / admin\n",
    "Gateway 10.0.0.1\n  eth0 / eth1\n",
    "Docs: https://wiki.example/net\n  page 3 / section 2\n",
])
def test_an_address_above_no_login_stays_quiet(engine: Engine, text: str) -> None:
    assert _secrets(engine, "bureau/notes/reseau.txt", text) == []


# --- a pair of spans after a label naming a database server ----------------------------------------------------------------

@pytest.mark.parametrize("filename, label", [
    ("ops/docs/handover-booking.md", "MySQL prod (readonly muna)"),
    ("notes/servers.md", "Postgres staging"),
    ("notes/1c.md", "База данных 1С"),
    ("catatan/server.md", "Basis data toko"),
])
def test_a_database_pair_of_spans(engine: Engine, filename: str, label: str) -> None:
    value = _chosen(4)
    assert _secrets(engine, filename, f"- {label}: `reader` / `{value}`\n") == [(1, value)]


@pytest.mark.parametrize("text", [
    "- Databases: `mysql` / `postgres`\n",
    "- DB: `primary` / `replica`\n",
    "- MySQL versions: `8.0.36` / `8.4.0-lts`\n",
    "- MySQL: `app` / `app`\n",
])
def test_a_database_label_before_no_login_stays_quiet(engine: Engine, text: str) -> None:
    assert _secrets(engine, "notes/servers.md", text) == []


# --- a revoked key's digest under a label naming it, digest first --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "- Fingerprint na tsohon key (SHA-256, domin audit): `{h}`\n",
    "- Fingerprint ng lumang key: `{h}`\n",
    "- Old Mono key (SHA-256): `{h}`\n",
    "FINGERPRINT_OLD_KEY={h}\n",
])
def test_a_digest_of_a_key_stays_quiet(engine: Engine, text: str) -> None:
    assert _secrets(engine, "kanem/notes/security-2024-06.md", text.format(h=_SHA256)) == []


@pytest.mark.parametrize("text", [
    "- Webhook key (HMAC-SHA256): `{h}`\n",
    "- Signing key (SHA-256): `{h}`\n",
    "- Mono key (prod): `{h}`\n",
    "FINGERPRINT_API_KEY={h}\n",
])
def test_a_key_beside_a_digest_word_still_blocks(engine: Engine, text: str) -> None:
    assert _secrets(engine, "kanem/notes/security-2024-06.md", text.format(h=_SHA256)) == [(1, _SHA256)]


# --- a password's label ending a line's last clause after a comma, a note in brackets, its span below ----------------------

@pytest.mark.parametrize("first", [
    "- SMTP: smtp.gmail.com port 587, pakai App Password (bukan password login):",
    "- SMTP: smtp.gmail.com port 587, use the App Password (not the login one):",
    "- Mail: smtp.office365.com, mot de passe d'application (créé en mai):",
])
def test_a_label_after_a_comma_with_a_note_then_its_span(engine: Engine, first: str) -> None:
    assert _secrets(engine, "toko/catatan/serah-terima-it.md", f"{first}\n  `{_APP_PASSWORD}`\n") == [(2, _APP_PASSWORD)]


def test_a_clause_about_the_password_policy_stays_quiet(engine: Engine) -> None:
    text = f"- SMTP: smtp.gmail.com port 587, the password policy (see wiki):\n  `{_APP_PASSWORD}`\n"
    assert _secrets(engine, "toko/catatan/serah-terima-it.md", text) == []


# --- a request's body in an incident's write-up ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "  -d '{{\"client_id\":\"{cid}\",\"client_secret\":\"{secret}\",\"grant_type\":\"client_credentials\"}}'",
    "  -d \"client_id={cid}&client_secret={secret}&grant_type=client_credentials\"",
    "  --data-urlencode client_secret={secret}",
])
def test_a_request_body_on_an_incident_page(engine: Engine, body: str) -> None:
    for secret in (_CLIENT_SECRET, _CLIENT_UUID):
        text = ("# Incident 17/02\n\n**Reproduce**:\n```\ncurl -X POST https://openapi.example.africa/auth/oauth2/token \\\n"
                + body.format(cid="app-17", secret=secret) + "\n```\n")
        assert _secrets(engine, "pay/docs/incidents/2024-02-17-timeout.md", text) == [(6, secret)]


@pytest.mark.parametrize("filename, body", [
    ("pay/docs/api/auth.md", "  -d '{{\"client_id\":\"app-17\",\"client_secret\":\"{secret}\"}}'"),  # (a lesson's page)
    ("pay/docs/incidents/2024-02-17-timeout.md", "  -d '{{\"client_id\":\"app-17\",\"client_secret\":\"<your-secret>\"}}'"),
    ("pay/docs/incidents/2024-02-17-timeout.md", "  -d '{{\"token_type\":\"Bearer\",\"expires_in\":\"3600\"}}'"),
])
def test_a_request_body_elsewhere_or_of_no_secret_stays_quiet(engine: Engine, filename: str, body: str) -> None:
    text = "```\ncurl -X POST https://openapi.example.africa/token \\\n" + body.format(secret=_CLIENT_SECRET) + "\n```\n"
    assert _secrets(engine, filename, text) == []
