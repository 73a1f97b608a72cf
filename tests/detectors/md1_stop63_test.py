"""Blind round 63 (Markdown pages and wikis, part 1: Fijian, Occitan, Spanish among Aymara, a Kubernetes incident): a
team's wiki, handbook, onboarding and incident pages give a password or a secret in their own words. Fijian calls a
password `vosa vuni` (a hidden word), its copula `e` (`Na vosa vuni e …`); Occitan `senhal` (a table's `| Senhal |`
column, `lo senhal es …`); Spanish, Portuguese and French say the password is bare after their word and copula (`la
contraseña es … (la cambia …)`), as English's `password is …` is read on a page. A service account given as a mail address
on the team's own domain names the host its password is for (`the service account `kiosk@….com.fj`, password `…``).
Kubernetes' and OpenShift's `set env` and `create secret generic --from-literal=` set a deployment's secret as Heroku's
`config:set` does, read in documentation too. A word of the phrases alone (`vosa`, `vuni`), placeholders, stock values,
tutorial domains and variables stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import is_a_localized_password_word, names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Vatu", "Ika", "Uto", "Qio", "Estela", "Calanca", "Jach", "Wayna", "Dalo", "Masi", "Ventor", "Lausa")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Vatu$Ika7293`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@.") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _drawn(seed: int, length: int = 40) -> str:
    """A secret a generator drew: letters of both cases and digits."""
    generator = random.Random(seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def _short(seed: int) -> str:
    """A short password a person chose (eleven characters, `Uto*Qio5681`): under documentation's bar for a value alone."""
    generator = random.Random(seed)
    return generator.choice(("Uto", "Qio", "Ika", "Wai")) + generator.choice("#%!&*$@") + generator.choice(
        ("Uto", "Qio", "Ika", "Wai")) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(7000000 + step) for step in range(8)]
_SHORT = _short(7000200)
_DRAWN = [_drawn(7000100 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 11 and any(character.isdigit() for character in value) for value in _CHOSEN + _DRAWN)
    assert len(set(_CHOSEN)) == len(_CHOSEN) and len(set(_DRAWN)) == len(_DRAWN) and len(_SHORT) == 11


@pytest.mark.parametrize("key", ["Senhal", "senhals", "Vosa vuni", "vosa_vuni", "mot de passa"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key) and is_a_localized_password_word(key)


@pytest.mark.parametrize("key", ["vosa", "vuni", "mot", "vosa vakaviti"])
def test_a_word_of_the_phrases_alone_names_none(key: str) -> None:
    assert not is_a_localized_password_word(key)


# --- a table's Occitan password column ---------------------------------------------------------------------------------

@pytest.mark.parametrize("filename", ["docs/runbook-alambics.md", "docs/acces.md", "wiki/Acces.md"])
def test_an_occitan_password_column_blocks(engine: Engine, filename: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Runbook\n\n## Accèsses\n\n| Servici | Adreça | Utilizaire | Senhal |\n|---|---|---|---|\n"
            f"| Grafana | https://grafana.valensola.lan | admin | {password} |\n| MQTT | mqtt.valensola.lan:1883 | collector |"
            f" dins Bitwarden |\n")
    assert _secrets(engine, filename, text) == [(7, password)]


@pytest.mark.parametrize("cell", ["dins Bitwarden", "`<senhal>`", "changeme", "(demandar a Marius)"])
def test_an_occitan_password_column_holding_no_password_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"# Runbook\n\n| Servici | Utilizaire | Senhal |\n|---|---|---|\n| Grafana | admin | {cell} |\n"
    assert _blocked(engine, "docs/runbook-alambics.md", text) == []


# --- a page's sentence: the password bare after its word and copula ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Na vosa vuni e {pw} - kakua ni wasea vei ira tani.",  # (Fijian's, an aside set off by a dash after it)
    "Na vosa vuni ni kompiuta e {pw}.",  # (what it is for between: the computer's)
    "- la contraseña es {pw} (la cambia Marisol cada jallu pacha)",  # (Spanish's, a note in brackets after it)
    "- a senha do painel é {pw} (a Marisol muda)",  # (Portuguese's)
    "Le mot de passe est {pw}.",  # (French's)
    "Lo senhal es {pw}, cambiat en setembre.",  # (Occitan's)
    "Na kupuhipa ko {pw} - kaua e tohatoha.",  # (Māori's, read on notes before, now on pages too)
])
@pytest.mark.parametrize("filename", ["dovucoop/wiki/Labasa-Office.md", "docs/bienvenida.md"])
def test_a_pages_password_bare_after_its_word_and_copula_blocks(engine: Engine, sentence: str, filename: str) -> None:
    password = _CHOSEN[1]
    text = f"# Office\n\nCuru ena `DOVU\\wbclerk`.\n{sentence.replace('{pw}', password)}\n"
    assert _secrets(engine, filename, text) == [(4, password)]


@pytest.mark.parametrize("sentence", [
    "Na vosa vuni e tiko ena Bitwarden - kakua ni wasea.",  # (where it is kept: prose)
    "Na vosa vuni e `<vosa vuni>`.",  # (a placeholder)
    "Na vosa vuni e Password123! - kakua.",  # (a stock example)
    "- la contraseña es obligatoria para todos los usuarios",  # (prose after the copula)
    "- la contraseña es la-misma-de-siempre",  # (a prose compound)
    "Il nome utente e Marco#Rossi2024 sono scritti sotto.",  # (Italian's `e` is `and`: Fijian's copula only after its word)
    "The password you choose for the portal account is Vatu$Ika7293 in this example.",  # (English's: _SAID_BARE's bar)
])
def test_a_pages_sentence_giving_no_password_is_not_blocked(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "dovucoop/wiki/Labasa-Office.md", f"# Office\n\n{sentence}\n") == []


def test_a_fijian_sentence_in_a_note_blocks(engine: Engine) -> None:
    password = _CHOSEN[2]
    text = f"Labasa office\n\nNa vosa vuni ni kompiuta e {password} - kakua ni wasea.\n"
    assert _secrets(engine, "notes/labasa.txt", text) == [(3, password)]


# --- a service account's mail address names its host -------------------------------------------------------------------

def test_a_service_accounts_password_beside_its_mail_address_on_the_teams_domain_blocks(engine: Engine) -> None:
    password = _SHORT
    text = (f"# Front desk handbook\n\n## Booking API for the tablet kiosk\nThe kiosk uses the service account "
            f"`kiosk@cakaudive.com.fj`, password `{password}`.\nKakua ni tukuna vei ira na vulagi (never tell guests).\n")
    assert _secrets(engine, "cakau-ops/handbook/front-desk.md", text) == [(4, password)]


@pytest.mark.parametrize("account, value", [
    ("kiosk@example.com", _SHORT),  # (a reserved domain: a tutorial's)
    ("admin@yourcompany.com", _SHORT),  # (a stand-in domain)
    ("admin@acme.com", _SHORT),
    ("kiosk@cakaudive.com.fj", "Welcome1!"),  # (a stock password)
    ("kiosk", _SHORT),  # (no mail address: no host named, documentation's bar for a short value)
])
def test_a_service_accounts_password_without_the_teams_domain_is_not_blocked(engine: Engine, account: str, value: str) -> None:
    text = f"# Handbook\n\nThe kiosk uses the service account `{account}`, password `{value}`.\n"
    assert _blocked(engine, "cakau-ops/handbook/front-desk.md", text) == []


# --- Kubernetes' and OpenShift's environment and secret setters ---------------------------------------------------------

@pytest.mark.parametrize("command", [
    "kubectl set env deploy/validador QR_SIGNING_SECRET={v} -n thakhi-prod",
    "kubectl -n prod set env deployment/api LOG_LEVEL=debug STRIPE_KEY={v}",
    "oc set env dc/api API_TOKEN={v}",
    "kubectl create secret generic qr --from-literal=QR_SIGNING_SECRET={v}",
    "kubectl create secret generic qr --from-literal QR_SIGNING_SECRET={v} -n prod",
])
@pytest.mark.parametrize("filename", ["thakhi-pasaje/docs/incidentes/2025-01-torniquetes.md", "deploy/fix.sh"])
def test_a_cluster_clis_secret_setting_blocks(engine: Engine, command: str, filename: str) -> None:
    secret = _DRAWN[0]
    text = f"# Incidente\n\n**Arreglo temporal:**\n\n    {command.replace('{v}', secret)}\n"
    assert _secrets(engine, filename, text) == [(5, secret)]


@pytest.mark.parametrize("command", [
    "kubectl set env deploy/validador QR_SIGNING_SECRET=$QR_SECRET",  # (a variable)
    "kubectl set env deploy/validador --from=secret/qr",  # (from the cluster's own secret)
    "kubectl set env deploy/validador QR_SIGNING_SECRET=<secret>",  # (a placeholder)
    "kubectl set env deploy/validador LOG_LEVEL=debug REPLICAS=3",  # (no credential's name)
    "kubectl create secret generic qr --from-file=key=./qr.key",  # (from a file)
])
def test_a_cluster_clis_setting_of_no_secret_is_not_blocked(engine: Engine, command: str) -> None:
    assert _blocked(engine, "docs/incidentes/2025-01-torniquetes.md", f"# Incidente\n\n    {command}\n") == []


@pytest.mark.parametrize("command", ["kubectl set env deploy/validador QR_SIGNING_SECRET={v}",
                                     "heroku config:set QR_SIGNING_SECRET={v}"])
def test_a_cluster_clis_secret_setting_ending_a_pages_line_blocks(engine: Engine, command: str) -> None:
    # (the page's YAML reading rewrites `NAME=…` at a line's end as `NAME = "…"`: the keyword rule's hit, no longer a
    # warning standing in for the command's reading)
    secret = _DRAWN[1]
    text = f"# Incidente\n\nSe puso a mano:\n\n{command.replace('{v}', secret)}\n"
    assert _secrets(engine, "docs/incidentes/2025-01-torniquetes.md", text) == [(5, secret)]


def test_a_cluster_clis_weak_setting_ending_a_pages_line_is_not_blocked(engine: Engine) -> None:
    text = "# Ejemplo\n\n    kubectl set env deploy/api API_TOKEN=changeme123\n"
    assert _blocked(engine, "docs/ejemplo.md", text) == []


def test_openshifts_login_password_still_blocks(engine: Engine) -> None:
    password = _CHOSEN[4]
    text = f"    oc login -u dev -p '{password}' https://api.cluster.internal:6443\n"
    assert _secrets(engine, "deploy/login.sh", text) == [(1, password)]
