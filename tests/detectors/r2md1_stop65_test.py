"""Blind round 65 (Markdown runbooks, READMEs and tables, round 2, part 1): a runbook's step giving a password after its
Spanish-family word and whose it is, the user's name in a code span before the colon (`Contraseña del usuariu `guarda`:
`…``, Asturian's `usuariu` as Spanish's `usuario`), a Walloon accounts table's `Mot d' passe` column (French's `mot de
passe` with its `de` elided). Near misses: a qualifier's span with no value after it, the words of the phrase alone, a
sentence naming a password manager's entry. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import is_a_localized_password_word, names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Urriellu", "Cabrales", "Bulnes", "Remouchamps", "Meuse", "Hamoir", "Ourthe", "Ambleve", "Tilff", "Sotres")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Bulnes#Urriellu7894`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(
        generator.randint(1000, 9999))


_CHOSEN = [_chosen(7710000 + step) for step in range(6)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert len(set(_CHOSEN)) == len(_CHOSEN)


# --- a runbook's step: the password's word, whose it is with the user's span, then the value's span --------------------

@pytest.mark.parametrize("label", [
    "Contraseña del usuariu `guarda`:",  # (Asturian)
    "Contraseña del usuario `guarda`:",
    "La contraseña del usuario `guarda` es",
    "Senha do utilizador `guarda`:",
    "Mot de passe de l'utilisateur `guarda` :",
    "Password per l'utente `guarda`:",
])
def test_a_password_after_whose_span_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[0]
    text = ("# Runbook: pasarela satelital\n\n1. Entrar per SSH: `ssh guarda@10.44.0.1`\n"
            f"2. {label} `{password}`\n3. Reaniciar el serviciu: `sudo systemctl restart sync`\n")
    assert _secrets(engine, "docs/runbook-pasarela.md", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "2. Contraseña del usuariu `guarda`: ver `1Password`, entrada `pasarela`",
    "2. Contraseña del usuario `guarda`: `ver-bitwarden`",
    "2. La contraseña del usuario `guarda` se cambia cada mes.",
])
def test_a_whose_span_without_a_chosen_value_passes(engine: Engine, line: str) -> None:
    text = f"# Runbook\n\n1. Entrar per SSH: `ssh guarda@10.44.0.1`\n{line}\n"
    assert _secrets(engine, "docs/runbook-pasarela.md", text) == []


# --- a Walloon accounts table: its `Mot d' passe` column ---------------------------------------------------------------

@pytest.mark.parametrize("key", ["Mot d' passe", "mot d'passe", "MOT D' PASSE", "Mot d’ passe", "mot d' passe secours"])
def test_the_elided_french_word_names_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["mot", "passe", "mot d'", "d' passe"])
def test_a_word_of_the_elided_phrase_alone_names_none(key: str) -> None:
    assert not is_a_localized_password_word(key) and not names_a_password(key)


@pytest.mark.parametrize("header", ["Mot d' passe", "Mot d'passe", "mot d' passe"])
def test_an_elided_password_column_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[1]
    text = ("# Kassa e panne\n\n1. Rilancî l' Raspberry.\n2. Sayîz l' uzeu di secoûrs:\n\n"
            f"| Botike   | Uzeu       | {header} |\n|----------|------------|--------------|\n"
            f"| LIDJE-01 | secours01  | {password} |\n\n3. Houkîz Djåke si ça n' va todi nén.\n")
    assert _secrets(engine, "docs/runbooks/kassa-panne.md", text) == [(8, password)]


def test_an_elided_password_column_alone_blocks(engine: Engine) -> None:
    # (the table's lines alone: the header's hint, not another line of the file, brings the rows to the reader)
    password = _CHOSEN[2]
    text = f"| Uzeu | Mot d' passe |\n|---|---|\n| secours01 | {password} |\n"
    assert _secrets(engine, "docs/kassa.md", text) == [(3, password)]


@pytest.mark.parametrize("cell", ["dins 1Password", "`<mot d' passe>`", "changeme", "(vey Bitwarden)"])
def test_an_elided_password_column_of_stand_ins_passes(engine: Engine, cell: str) -> None:
    text = f"| Botike | Uzeu | Mot d' passe |\n|---|---|---|\n| LIDJE-01 | secours01 | {cell} |\n"
    assert _secrets(engine, "docs/runbooks/kassa-panne.md", text) == []


# --- an integrations table's key column headed by the key's word alone in the team's language --------------------------

def _uuid(seed: int) -> str:
    """A server token as Postmark issues them: a version-4 UUID."""
    import uuid

    return str(uuid.UUID(int=random.Random(seed).getrandbits(128), version=4))


_UUIDS = [_uuid(7710100 + step) for step in range(3)]


@pytest.mark.parametrize("header", ["Clé", "Cle", "Clave", "Chave", "Clau", "Schlüssel", "Sleutel"])
def test_a_localized_key_column_kept_elsewhere_blocks(engine: Engine, header: str) -> None:
    token = _UUIDS[0]
    text = (f"# Mails transactionels (kayaks)\n\n| Service  | Eployî po | {header} |\n|----------|-----------|-----|\n"
            f"| Postmark | confirmåcions, factures | `{token}` |\n| Mailgun  | vîs mails (a ritirer) | dins Vault |\n\n"
            "Li server token Postmark est po l' sierveu \"kayaks-prod\".\n")
    assert _secrets(engine, "docs/services/mails-transactionels.md", text) == [(5, token)]


def test_a_localized_key_table_alone_blocks(engine: Engine) -> None:
    # (no other line of the file names a credential: the header's own hint brings the rows to the reader)
    token = _UUIDS[1]
    text = f"| Service | Clé |\n|---|---|\n| Postmark | `{token}` |\n| Brevo | dans Bitwarden |\n"
    assert _secrets(engine, "docs/mails.md", text) == [(3, token)]


@pytest.mark.parametrize("rows", [
    "| Postmark | `{token}` |\n",  # (no other row says where the team keeps its keys: a reader's example)
    "| Postmark | `{token}` |\n| Brevo | `xkeysib-…` |\n",
])
def test_a_localized_key_column_no_row_says_kept_passes(engine: Engine, rows: str) -> None:
    text = "| Service | Clé |\n|---|---|\n" + rows.format(token=_UUIDS[2])
    assert _secrets(engine, "docs/mails.md", text) == []


@pytest.mark.parametrize("header", ["Clés publiques", "Clavier", "Classe", "Chaves SSH públicas"])
def test_a_column_not_naming_a_key_alone_passes(engine: Engine, header: str) -> None:
    text = f"| Service | {header} |\n|---|---|\n| Postmark | `{_UUIDS[2]}` |\n| Brevo | dans Vault |\n"
    assert _secrets(engine, "docs/mails.md", text) == []


# --- a README's code block giving a call a drawn key by its keyword -----------------------------------------------------

def _drawn_key(seed: int, head: str) -> str:
    """A key a vendor's console drew: a short head, `_`, 32 letters of both cases and digits."""
    import string

    generator = random.Random(seed)
    while True:
        body = "".join(generator.choice(string.ascii_letters + string.digits) for _ in range(32))
        if sum(character.isdigit() for character in body) >= 4 and not body.isdigit():
            return f"{head}_{body}"


_KEYS = [_drawn_key(7710200 + step, head) for step, head in enumerate(("kyo", "mtx", "riv"))]


@pytest.mark.parametrize("call", [
    'c = Client(api_key="{key}")',
    "client = oute_meteo.Client('https://api.example.org', token='{key}')",
    'c = Client(\n    base="hamoir",\n    api_key="{key}",\n)',
    'c = Client(\n    base="hamoir",\n    secret_key="{key}"\n)',
])
def test_a_readme_block_giving_a_call_a_drawn_key_blocks(engine: Engine, call: str) -> None:
    key = _KEYS[0]
    text = ("# oute-meteo-client\n\nClî po lére li livea d' l' Oûte (nosse API).\n\n## Eployî\n\n```python\n"
            f"from oute_meteo import Client\n{call.format(key=key)}\nprint(c.livea(\"hamoir\"))\n```\n")
    found = _secrets(engine, "kayaks/meteo-client/README.md", text)
    assert [secret for _, secret in found] == [key]


@pytest.mark.parametrize("value", [
    "YOUR_API_KEY_HERE_PLEASE",
    "kyo_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "kyo_0123456789abcdef0123456789abcdef",
    "correct-horse-battery-staple",  # (a word, no drawn key)
])
def test_a_readme_block_with_a_stand_in_passes(engine: Engine, value: str) -> None:
    text = f'# client\n\n```python\nc = Client(api_key="{value}")\n```\n'
    assert _secrets(engine, "README.md", text) == []


def test_a_drawn_value_under_no_credential_keyword_passes(engine: Engine) -> None:
    text = f'# client\n\n```python\nc = Client(request_id="{_KEYS[1]}", region="eu")\n```\n'
    assert _secrets(engine, "README.md", text) == []


@pytest.mark.parametrize("name, text", [
    # (a docs tree's page is a lesson: documentation's policy)
    ("docs/quickstart.md", '```python\nc = Client(api_key="{key}")\n```\n'),
    # (outside a fenced block: prose quoting the call)
    ("README.md", 'Call it as Client(api_key="{key}") once you have a key.\n'),
    # (an assignment at the line's start: the keyword rule's, a warning in documentation)
    ("README.md", '```python\napi_key = "{key}"\n```\n'),
])
def test_a_keyword_outside_a_readme_block_call_passes(engine: Engine, name: str, text: str) -> None:
    assert _secrets(engine, name, text.format(key=_KEYS[2])) == []
