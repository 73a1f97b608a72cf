"""Stop 66, round 2: siblings 1-4 of round 1's fixes, each beside its near misses.

1. A head-first password word, then a bare noun saying what it is for, then the value in a code span, no colon:
   `Contraseña Wi-Fi `…``, `Senha roteador `…``, `Mot de passe Wi-Fi `…``, Italian's `Password Wi-Fi `…`` (after
   `password`, English's word too, only a network's or a device's noun), `Пароль Wi-Fi `…``, `Пароль от Wi-Fi `…``,
   `Рамзи Wi-Fi `…``. A key's word (`Chave PIX `…``, a payment's public id) and a word saying the value is no password
   in clear (`Contraseña cifrada `…``) read nothing; nor does English prose (`Password field `…``).
2. Italian's preposition elided onto the user's noun: `Password dell'utente `admin`: `…``.
3. A settings table's row naming the password head first, what it is for after a preposition: `| Password della console
   di rete del negozio | `…` |`; a credential column's header with a note in brackets: `| Credential (API) |`,
   `| Credencial (API) |` (a note saying public or example keeps the column unread).
4. A Markdown table of integrations headed as the CSV reader reads a sheet's (`| servisc | account | ciaf |`,
   `| Service | Account | Key |`): each row's key cell. A table with no account's or owner's column stays unread.
Generated fakes only: seeds 7936200-7936499."""
from __future__ import annotations

import random
import string

import pytest

from secretfence.engine import Engine
from secretfence.kinds import _config_forms

from tests.accuracy.labelled import blocking

_SEED = 7936200
_ALNUM = string.ascii_letters + string.digits


def _drawn(seed: int, length: int, alphabet: str = _ALNUM) -> str:
    generator = random.Random(_SEED + seed)
    return "".join(generator.choice(alphabet) for _ in range(length))


def _password(seed: int) -> str:
    """A chosen-looking password: letters, digits and a mark, as a team picks one."""
    return _drawn(seed, 6, string.ascii_letters) + "-" + _drawn(seed + 1, 4, string.digits) + _drawn(seed + 2, 3, string.ascii_uppercase)


_PASSWORD = _password(0)
_KEY = _drawn(10, 28)


def _blocks(name: str, text: str, value: str) -> bool:
    return any(finding.secret == value for finding in blocking(Engine().scan_text(name, text)))


@pytest.fixture(scope="module")
def scan() -> Engine:
    return Engine()


@pytest.mark.parametrize("label", ["Password Wi-Fi", "Contraseña Wi-Fi", "Mot de passe Wi-Fi", "Senha Wi-Fi", "Пароль Wi-Fi",
                                   "Пароль от Wi-Fi", "Рамзи Wi-Fi", "Senha roteador", "Contraseña router", "password router",
                                   "Senha Wi-Fi:"])
@pytest.mark.parametrize("name", ["notes/ufficio.md", "docs/rete/ufficio.md"])
def test_a_head_first_word_then_a_bare_noun_blocks(scan: Engine, label: str, name: str) -> None:
    text = f"# Ufficio\n\n{label} `{_PASSWORD}`\n"
    findings = blocking(scan.scan_text(name, text))
    assert any(finding.secret == _PASSWORD for finding in findings)


@pytest.mark.parametrize("line", [f"Chave PIX `{_drawn(20, 8, '0123456789abcdef')}-{_drawn(21, 4, '0123456789abcdef')}-4a8e-9c61-"
                                  f"{_drawn(22, 12, '0123456789abcdef')}`",
                                  f"Clave elector `{_drawn(23, 6, string.ascii_uppercase)}85031209H400`",
                                  f"Contraseña cifrada `{_KEY}`", f"Senha criptografada `{_KEY}`",
                                  "Password field `user_password_input`", f"Password hash `{_KEY}`"])
def test_a_key_word_or_a_not_in_clear_noun_reads_no_bare_noun(scan: Engine, line: str) -> None:
    assert not [found for found in _config_forms._ROMANCE_SPOKEN_SPAN.finditer(line)
                if found.group("value") in line.rsplit("`", 2)[-2:-1]]
    value = line.rsplit("`", 2)[-2]
    findings = blocking(scan.scan_text("notes/pagos.md", f"# Pagos\n\n{line}\n"))
    assert not any(finding.secret == value for finding in findings)


@pytest.mark.parametrize("line", ["Password dell'utente `admin`: `{pw}`", "- Password dell’utente `admin`: `{pw}`",
                                  "Password dell'amministratore: `{pw}`"])
def test_an_elided_preposition_before_the_user_s_span_blocks(scan: Engine, line: str) -> None:
    findings = blocking(scan.scan_text("notes/accessi.md", "# Accessi\n\n" + line.format(pw=_PASSWORD) + "\n"))
    assert any(finding.secret == _PASSWORD for finding in findings)


def test_an_elided_preposition_reads_as_its_word() -> None:
    assert _config_forms._bare_key("Password dell'utente `admin`") == "Password"
    assert _config_forms._bare_key("Password dell’amministratore del negozio") == "Password"
    assert _config_forms._bare_key("Password quell'utente") != "Password"  # (`quell'`, that: no preposition)


def _settings_table(header: str, name: str, value: str) -> str:
    return f"# Negozio\n\n| {header} |\n|---|---|\n| {name} | `{value}` |\n"


@pytest.mark.parametrize("header, name", [("Voce | Valore", "Password della console di rete del negozio"),
                                          ("Impostazione | Valore", "Password della console"),
                                          ("Setting | Value", "Password for the shop's network console")])
@pytest.mark.parametrize("path", ["notes/negozio.md", "docs/negozio.md"])
def test_a_settings_row_named_head_first_blocks(scan: Engine, header: str, name: str, path: str) -> None:
    findings = blocking(scan.scan_text(path, _settings_table(header, name, _PASSWORD)))
    assert any(finding.secret == _PASSWORD for finding in findings)


@pytest.mark.parametrize("name", ["Console della rete del negozio", "Password policy del negozio"])
def test_a_settings_row_naming_no_password_passes(scan: Engine, name: str) -> None:
    findings = blocking(scan.scan_text("notes/negozio.md", _settings_table("Voce | Valore", name, "minimo-12-caratteri")))
    assert not findings


@pytest.mark.parametrize("header", ["Service | Credential (API)", "Servicio | Credencial (API)", "Service | Credential (prod)"])
def test_a_credential_column_with_a_note_blocks(scan: Engine, header: str) -> None:
    text = f"# Services\n\n| {header} |\n|---|---|\n| Billing | `{_KEY}` |\n"
    assert any(finding.secret == _KEY for finding in blocking(scan.scan_text("notes/services.md", text)))


@pytest.mark.parametrize("header", ["Service | Credential (public)", "Servicio | Credencial (ejemplo)",
                                    "Service | Notes (API)"])
def test_a_credential_column_noted_public_or_none_passes(scan: Engine, header: str) -> None:
    text = f"# Services\n\n| {header} |\n|---|---|\n| Billing | `{_KEY}` |\n"
    assert not any(finding.secret == _KEY for finding in blocking(scan.scan_text("notes/services.md", text)))


@pytest.mark.parametrize("header", ["servisc | account | ciaf", "Service | Account | Key", "servizio | account | chiave",
                                    "system | konto | nyckel", "Servicio | Cuenta | Clave"])
@pytest.mark.parametrize("ticked", [True, False])
def test_an_integrations_table_s_key_blocks(scan: Engine, header: str, ticked: bool) -> None:
    cell = f"`{_KEY}`" if ticked else _KEY
    text = f"# Integraziuns\n\n| {header} |\n|---|---|---|\n| Mailjet | ops@example.ch | {cell} |\n"
    assert any(finding.secret == _KEY for finding in blocking(scan.scan_text("notes/integraziuns.md", text)))


@pytest.mark.parametrize("header, cell", [("Message | Locale | Key", _KEY),  # (a translation table's: no system, no account)
                                          ("Service | Account | Key", "in Vault"),
                                          ("Service | Account | Key", "orders_topic_2024"),
                                          ("Service | Account | Key", "0x1f2e3d4c")])
def test_a_table_of_keys_that_are_none_passes(scan: Engine, header: str, cell: str) -> None:
    text = f"# Integrations\n\n| {header} |\n|---|---|---|\n| Mailjet | ops@example.ch | `{cell}` |\n"
    assert not any(finding.secret == cell for finding in blocking(scan.scan_text("notes/integrations.md", text)))


def test_an_integrations_row_whose_kind_says_public_passes(scan: Engine) -> None:
    text = (f"# Integrations\n\n| Service | Account | Key type | Key |\n|---|---|---|---|\n"
            f"| Stripe | shop@example.ch | publishable key | `{_KEY}` |\n")
    assert not any(finding.secret == _KEY for finding in blocking(scan.scan_text("notes/integrations.md", text)))


def test_a_chosen_password_under_a_bare_key_column_passes(scan: Engine) -> None:
    # (a Markdown page's bare key column over a chosen password: a key's drawn run only is read, as stop 64 left it)
    text = f"# Integrations\n\n| Service | Account | Key |\n|---|---|---|\n| Stock DB | stock | {_PASSWORD} |\n"
    assert not any(finding.secret == _PASSWORD for finding in blocking(scan.scan_text("notes/integrations.md", text)))
