"""Blind round 62 (Markdown pages in Wolof, Tatar, Quechua, Northern Sami, Corsican and Kazakh): a team's runbooks, wiki
pages, issue comments and onboarding notes give a password in their own words. Tatar calls it `серсүз` (a secret word,
Kyrgyz's `сырсөз`); Kazakh writes its `құпиясөз` apart as well, `құпия сөз`; Wolof says `baat bu kumpa` (a hidden word),
what it is for after it (`bu compte `backup``); Quechua `pakasqa simi` (a hidden word), its possessive `pakasqa siminqa`;
Northern Sami `beassansátni`, its value column `Árvu`; Corsican `parolla d'ordine` (an order's word), cut short to
`parolla` as Italian's `parola` is, its `is` `hè`. Read by the readers the other languages' words go through (a table's
password column, a settings table's row, a runbook's sentence and code span, a login's pair, a list item's bare value
in another script, a bold value after the word and what it is for). A word of the phrases alone (`baat`, `kumpa`,
`simi`, `сөз`) names none; placeholders, stock values and stores named stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Saloum", "Teranga", "Kazan", "Idel", "Inti", "Pacha", "Njuovvan", "Giisá", "Marina", "Muntagna", "Medeu", "Almaty")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Idel*Pacha4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@.") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


def _drawn(seed: int, length: int = 18) -> str:
    """A password a generator drew: letters of both cases and digits."""
    generator = random.Random(seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_CHOSEN = [_chosen(6700000 + step) for step in range(8)]
_DRAWN = [_drawn(6700100 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN + _DRAWN)
    assert len(set(_CHOSEN)) == len(_CHOSEN) and len(set(_DRAWN)) == len(_DRAWN)


@pytest.mark.parametrize("key", ["Серсүз", "серсүзе", "Құпия сөз", "Уақытша құпия сөз", "Baat bu kumpa", "pakasqa simi",
                                 "Pakasqa siminqa", "Beassansátni", "beassansatni", "parolla", "Parolla d'ordine",
                                 "parolla_d_ordine"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["baat", "kumpa", "pakasqa", "simi", "ordine", "сөз", "bu kumpa"])
def test_a_word_of_the_phrases_alone_names_none(key: str) -> None:
    assert not names_a_password(key)


# --- a table's password column; a settings table's row ----------------------------------------------------------------

@pytest.mark.parametrize("header", ["Серсүз", "Құпия сөз", "Baat bu kumpa", "Beassansátni", "Pakasqa simi"])
def test_a_tables_password_column_in_these_languages_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Network\n\n| Device | IP | Login | {header} |\n|---|---|---|---|\n"
            f"| MikroTik CCR | 10.44.0.1 | admin | `{password}` |\n| Switch | 10.44.0.2 | admin | RADIUS |\n")
    assert _secrets(engine, "docs/runbooks/depot-network.md", text) == [(5, password)]


@pytest.mark.parametrize("cell", ["Vault: `secret/coldstore/stage`", "`<серсүз>`", "RADIUS аша", "changeme"])
def test_a_password_column_in_these_languages_holding_no_password_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"# Network\n\n| Device | IP | Login | Серсүз |\n|---|---|---|---|\n| MikroTik CCR | 10.44.0.1 | admin | {cell} |\n"
    assert _blocked(engine, "docs/runbooks/depot-network.md", text) == []


@pytest.mark.parametrize("header, label", [
    ("| Heivehus | Árvu |", "Beassansátni (password)"),  # (Northern Sami's value column, its word glossed)
    ("| Heivehus | Árvu |", "Beassansátni"),
    ("| Heivehus | Arvu |", "Password"),  # (English's word under Sami's value column, its accent dropped)
    ("| Көйләү | Кыйммәт |", "Серсүз"),  # (Tatar's)
])
def test_a_settings_tables_password_row_under_these_value_columns_blocks(engine: Engine, header: str, label: str) -> None:
    password = _CHOSEN[1]
    text = (f"# Diehtovuođđu\n\n{header}\n|---|---|\n| Host | `mq.bierggut.internal` |\n| Port | `5672` |\n"
            f"| Geavaheaddji (user) | `ordersync` |\n| {label} | `{password}` |\n")
    assert _secrets(engine, "docs/diehtovuodu-rabbitmq.md", text) == [(8, password)]


@pytest.mark.parametrize("row", ["| Host | `db.bierggut.internal` |", "| Beassansátni (password) | `<password>` |",
                                 "| Beassansátni (password) | Vault: `kv/db` |"])
def test_a_sami_settings_table_over_no_password_is_not_blocked(engine: Engine, row: str) -> None:
    text = f"# Diehtovuođđu\n\n| Heivehus | Árvu |\n|---|---|\n{row}\n| Port | `5432` |\n"
    assert _blocked(engine, "docs/diehtovuodu-postgres.md", text) == []


# --- a runbook's sentence, a login's pair, a list item's value --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A parolla d'ordine hè `{pw}`",  # (Corsican's word and its `is`)
    "parolla d'ordine di u servore: `{pw}`",  # (what it is for after its preposition)
    "utente `break_glass`, parolla `{pw}`",  # (a login's pair, the word cut short)
    "- Серсүз: `{pw}`",  # (Tatar's)
    "- Beassansátni: `{pw}`",  # (Northern Sami's)
])
def test_a_runbooks_password_after_these_words_in_a_code_span_blocks(engine: Engine, sentence: str) -> None:
    password = _CHOSEN[2]
    text = (f"# Runbook\n\nSè Vault ùn risponde micca, l'utente `break_glass` pò cunnette si à `pg-prod.internal`.\n"
            f"{sentence.replace('{pw}', password)}\n(cambiata u 3 di ghjugnu)\n")
    assert _secrets(engine, "viaghji/docs/runbooks/basa-di-dati.md", text) == [(4, password)]


@pytest.mark.parametrize("sentence", [
    "A parolla d'ordine hè `<parolla>`",  # (a placeholder)
    "A parolla d'ordine hè `changeme`",  # (a stock one)
    "Ogni parolla `conta`",  # (a word of prose in a span: too plain)
    "A parolla d'ordine hè in `Vault`",  # (where it is kept)
])
def test_these_words_over_no_password_are_not_blocked(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "viaghji/docs/runbooks/basa-di-dati.md", f"# Runbook\n\n{sentence}\n") == []


@pytest.mark.parametrize("item", ["- Уақытша құпия сөз: {pw} (бірінші кіргенде өзгертпеңіз)", "- Құпия сөз: {pw}",
                                  "- Серсүз: {pw}"])
def test_a_list_items_bare_password_after_the_kazakh_or_tatar_word_blocks(engine: Engine, item: str) -> None:
    password = _DRAWN[0]
    text = (f"# Нұсқаулық\n\nДиспетчер панелі: https://dispatch.example.kz\n\n- Логин: `dispatch-shared`\n"
            f"{item.replace('{pw}', password)}\n")
    assert _secrets(engine, "docs/onboarding/new-admin.md", text) == [(6, password)]


@pytest.mark.parametrize("item", ["- Уақытша құпия сөз: бірінші кіргенде өзгертіңіз", "- Құпия сөз: <құпия сөз>",
                                  "- Уақытша құпия сөз: Vault-та сақталған"])
def test_a_list_items_kazakh_word_over_prose_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/onboarding/new-admin.md", f"# Нұсқаулық\n\n- Логин: `dispatch-shared`\n{item}\n") == []


@pytest.mark.parametrize("sentence", [
    "   pakasqa siminqa **{pw}** (Rosa-lla cambianqa).",  # (Quechua's possessive, its value in bold)
    "2. Baat bu kumpa bu compte `backup` (NAS Synology): **{pw}**",  # (Wolof's, what it is for and a note after it)
    "2. Baat bu kumpa bi: **{pw}**",  # (its article)
])
def test_a_runbooks_bold_password_after_these_words_blocks(engine: Engine, sentence: str) -> None:
    password = _CHOSEN[3]
    text = (f"# Runbook\n\n1. `ssh admin@nas.local`\n{sentence.replace('{pw}', password)}\n"
            "3. `rsync -av /volume1/pesage/ /volume1/archive/`\n")
    assert _secrets(engine, "docs/runbook-sauvegarde.md", text) == [(4, password)]


@pytest.mark.parametrize("sentence", [
    "2. Baat bu kumpa bu compte `backup`: **changeme**",  # (a stock one)
    "2. Baat bu kumpa bu compte `backup`: **Bitwarden**",  # (where it is kept)
    "   pakasqa siminqa **admin**",  # (a stock one)
    "2. **Baat bu kumpa** moo ngi ci Vault",  # (the word in bold, no value)
])
def test_a_bold_value_after_these_words_over_no_password_is_not_blocked(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "docs/runbook-sauvegarde.md", f"# Runbook\n\n{sentence}\n") == []


# --- a runbook's value given first, what it is after `as` -----------------------------------------------------------

_HEX_GENERATOR = random.Random(6700200)
_HEX_SECRET = "".join(_HEX_GENERATOR.choice("0123456789abcdef") for _ in range(64))


@pytest.mark.parametrize("sentence, value", [
    ("3. The integration uses `{v}` as its secret; put it in `JWT_SIGNING_SECRET` if it is missing.", _HEX_SECRET),
    ("Set `{v}` as the admin password for the NAS.", _DRAWN[1]),  # (what it is before the word, a connective after)
    ("Use `{v}` as our API token until the new one is issued.", _DRAWN[2]),
])
def test_a_runbooks_value_before_as_and_its_credentials_word_blocks(engine: Engine, sentence: str, value: str) -> None:
    text = f"# Runbook: jwt\n\n1. Check the status page.\n{sentence.replace('{v}', value)}\n"
    assert _secrets(engine, "docs/runbook-jwt.md", text) == [(4, value)]


@pytest.mark.parametrize("sentence", [
    "Use `ticket-sync` as the token name.",  # (a word after it: another thing's name)
    "Use `" + _DRAWN[3] + "` as the secret key file.",
    "Put `JWT_SIGNING_SECRET` as its secret in the unit file.",  # (a variable's name)
    "Pass `<secret>` as the secret.",  # (a placeholder)
    "Use `${JWT_SECRET}` as the secret.",  # (a reference)
    "Use `changeme` as the password until the first login.",  # (a stock one)
    "Use `" + _DRAWN[3] + "` as the session id.",  # (no credential's word)
])
def test_a_value_before_as_over_no_credential_is_not_blocked(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "docs/runbook-jwt.md", f"# Runbook: jwt\n\n{sentence}\n") == []


def test_a_guides_value_before_as_its_secret_stays_documentations_warning(engine: Engine) -> None:
    text = f"# Configuring\n\nThe sample uses `{_HEX_SECRET}` as its secret.\n"
    assert _blocked(engine, "docs/guide.md", text) == []


# --- an integrations table's key column, the other rows saying where theirs are kept ----------------------------------

_KEY = _drawn(6700300, 32)


@pytest.mark.parametrize("header, kept", [
    ("Chjave", "in `.env` nantu à buttega-01"),  # (Corsican's key; a server's dotenv file as where it is kept)
    ("Chiave", "in Vault"),  # (Italian's)
    ("API key", "in `.env` on shop-01"),  # (English's, the dotenv file named)
])
def test_an_integrations_tables_drawn_key_beside_rows_kept_elsewhere_blocks(engine: Engine, header: str, kept: str) -> None:
    text = (f"# Integrazioni\n\n| Serviziu | Cunto | {header} |\n|---|---|---|\n| Trasportadore (API v1) | mulinu | `{_KEY}` |\n"
            f"| Mailgun | mg.mulinu.example | {kept} |\n| Stripe | Mulinu SARL | dashboard |\n")
    assert _secrets(engine, "mulinu/docs/integrazioni.md", text) == [(5, _KEY)]


@pytest.mark.parametrize("kept", ["dashboard, solu Maria", "`.envrc`", "see the env docs", "`.env.example`"])
def test_an_integrations_tables_key_beside_no_store_named_is_not_blocked(engine: Engine, kept: str) -> None:
    text = (f"# Integrazioni\n\n| Serviziu | Cunto | Chjave |\n|---|---|---|\n| Trasportadore | mulinu | `{_KEY}` |\n"
            f"| Mailgun | mg.mulinu.example | {kept} |\n")
    assert _blocked(engine, "mulinu/docs/integrazioni.md", text) == []


# --- an incident's pasted log: an assignment with a note in brackets after its value ----------------------------------

_WEBHOOK_SECRET = "wave_sn_WHS_" + _drawn(6700400, 52)


def test_an_incidents_pasted_assignment_with_a_note_after_it_blocks(engine: Engine) -> None:
    text = ("# Incident 2025-06-01: payments stopped\n\n**Log:**\n\n```\nPOST /hooks/wave 401 signature mismatch\n"
            f"WAVE_WEBHOOK_SECRET={_WEBHOOK_SECRET} (env of pod api-7f9c)\n```\n\nRotated in the dashboard and in Vault.\n")
    assert _secrets(engine, "shop-web/docs/incidents/2025-06-01-payments.md", text) == [(7, _WEBHOOK_SECRET)]


def test_a_postmortems_noted_password_assignment_blocks(engine: Engine) -> None:
    password = _CHOSEN[4]
    text = f"# Post-mortem: db failover\n\n```\nNAS_ADMIN_PASSWORD={password} (prod, rotated in March)\n```\n"
    assert _secrets(engine, "docs/postmortems/2025-03-02-db-failover.md", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "WAVE_WEBHOOK_SECRET=<secret> (env of pod api-7f9c)",  # (a placeholder)
    "WAVE_WEBHOOK_SECRET=${WAVE_SECRET} (from the pod's env)",  # (a reference)
    "WAVE_WEBHOOK_SECRET=changeme (the chart's default)",  # (a stock one)
    "WAVE_WEBHOOK_SECRET_FILE=/run/secrets/wave (mounted)",  # (a file's path)
])
def test_an_incidents_noted_assignment_over_no_secret_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"# Incident 2025-06-01\n\n```\n{line}\n```\n"
    assert _blocked(engine, "shop-web/docs/incidents/2025-06-01-payments.md", text) == []


def test_a_guides_noted_assignment_stays_documentations_warning(engine: Engine) -> None:
    text = f"# Configuring webhooks\n\n```\nWAVE_WEBHOOK_SECRET={_WEBHOOK_SECRET} (your dashboard shows it)\n```\n"
    assert _blocked(engine, "docs/webhooks.md", text) == []
