"""Stop 66's blocked decoys: three kinds of stand-in that blocked, each beside the nearest real credential of its shape.

- A masking tool's note in the team's own language where a log or a support copy took the value out (`token=eyJ***masqué***`,
  `whsec_[REDACTADO]`, `[GESCHWÄRZT]`): the English verbs were read (`***masked***`, `[hidden]`), their translations not.
  A password with more after the word (`Tr3e***oculto***Path9`) and a whole key before it stay credentials.
- A connection string's password left to a developer's own store in a note (`Password=(dotnet user-secrets);` in an
  appsettings.json, `(in the keychain)`): a note naming a password manager was read, .NET's Secret Manager tool and the
  system's keychain not. A password in brackets without a blank (`(Keychain!Harbor4821)`) stays one.
- A template's password that is the credential's own name in another language (`postgresql://usuario:contraseña@…`,
  `Passwort`, `hasło`, `пароль`), as English's `user:password` is. A password holding the word beside others
  (`Contraseña#Olivo2024`) stays one.
Generated fakes only: seeds 7980000-7980999."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.kinds._helpers import is_placeholder
from tests.accuracy.labelled import blocking

_SEED = 7980000
ALNUM = string.ascii_letters + string.digits
_WORDS = ("Olivo", "Harbor", "Quill", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _drawn(seed: int, length: int, alphabet: str = ALNUM) -> str:
    generator = random.Random(_SEED + seed)
    return "".join(generator.choice(alphabet) for _ in range(length))


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@$") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


def _log(value: str) -> str:
    return ("2024-05-25T06:01:58Z INFO  livraison démarrage v1.4.1\n"
            f"2024-05-25T06:01:59Z INFO  token={value}\n2024-05-25T06:40:12Z INFO  arrêt\n")


def _env(value: str) -> str:
    return f"# copia para soporte (valores tapados)\nPORT=8080\nSTRIPE_WEBHOOK_SECRET={value}\n"


def _appsettings(password: str) -> str:
    return ('{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ConnectionStrings": {\n'
            f'    "Kassa": "Server=sql.kassa.internal;Database=kassa;User Id=kassa;Password={password};"\n'
            '  },\n  "AllowedHosts": "*"\n}\n')


def _dsn_config(user: str, password: str, host: str = "localhost") -> str:
    return ('"""Ejemplo de configuración; copiar a config.py."""\n'
            f'DATABASE_URL = "postgresql://{user}:{password}@{host}:5432/cooperativa"\nIDIOMA = "es"\n')


_DRAWN_JWT = "eyJ" + _drawn(1, 33) + "." + _drawn(2, 40) + "." + _drawn(3, 43)
_DRAWN_WHSEC = "whsec_" + _drawn(4, 32)

# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a masked note's words inside a typed password, more after them
    ("logs/livraison.log", _log("Tr3e***oculto***Path9"), "Tr3e***oculto***Path9"),
    (".env", _env("Gx7[oculto]Quill42"), "Gx7[oculto]Quill42"),
    # a whole key, the note's word after it (a masking tool keeps a short head only)
    ("logs/livraison.log", _log(_DRAWN_JWT), _DRAWN_JWT),
    (".env", _env(_DRAWN_WHSEC), _DRAWN_WHSEC),
    # a connection string's password in brackets without a blank, or plain
    ("Kassa/appsettings.json", _appsettings("(Keychain!Harbor4821)"), "(Keychain!Harbor4821)"),
    ("Kassa/appsettings.json", _appsettings(_chosen(10)), _chosen(10)),
    # a template's password holding the credential's word beside others, or drawn
    ("sync/config_ejemplo.py", _dsn_config("usuario", "Contraseña#Olivo2024", "db.cooperativa.lan"),
     "Contraseña#Olivo2024"),
    ("sync/config_ejemplo.py", _dsn_config("usuario", _drawn(20, 20)), _drawn(20, 20)),
]

# (file, text): nothing may block.
DECOYS: List[Tuple[str, str]] = [
    # a masking tool's note in French, Spanish, German, Polish, Chinese, between runs or in brackets
    ("logs/livraison.log", _log("eyJ***masqué***")),
    ("logs/livraison.log", _log("eyJ***masque***")),
    ("logs/livraison.log", _log("eyJ...oculto...")),
    ("logs/livraison.log", _log("eyJhbG\u2026geschwärzt")),
    (".env", _env("whsec_[REDACTADO]")),
    (".env", _env("whsec_[OCULTO]")),
    (".env", _env("[GESCHWÄRZT]")),
    (".env", _env("whsec_(usunięte)")),
    (".env", _env("whsec_<caviardé>")),
    (".env", _env("whsec_[已脱敏]")),
    # a connection string's password left to .NET's Secret Manager or the system's keychain
    ("Kassa/appsettings.json", _appsettings("(dotnet user-secrets)")),
    ("Kassa/appsettings.json", _appsettings("(set with dotnet user-secrets)")),
    ("Kassa/appsettings.json", _appsettings("(in the macOS keychain)")),
    ("Kassa/appsettings.json", _appsettings("(AWS Parameter Store)")),
    # a template's password that is the credential's name in Spanish, German, Polish, Turkish, Russian, Portuguese
    ("sync/config_ejemplo.py", _dsn_config("usuario", "contraseña")),
    ("sync/config_ejemplo.py", _dsn_config("usuario", "contrasena")),
    ("sync/config_ejemplo.py", _dsn_config("benutzer", "Passwort")),
    ("sync/config_ejemplo.py", _dsn_config("uzytkownik", "hasło")),
    ("sync/config_ejemplo.py", _dsn_config("kullanici", "şifre")),
    ("sync/config_ejemplo.py", _dsn_config("polzovatel", "пароль")),
    ("sync/config_ejemplo.py", _dsn_config("usuario", "senha")),
]


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert secret in [finding.secret for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []


@pytest.mark.parametrize("value", ["eyJ***masqué***", "sk_live_...oculto", "whsec_[REDACTADO]", "[GESCHWÄRZT]",
                                   "(dotnet user-secrets)", "(in the keychain)", "contraseña", "PASSWORT", "jelszó"])
def test_the_stand_in_is_a_placeholder(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("value", ["Tr3e***oculto***Path9", "Gx7[oculto]Quill42", "(Keychain!Harbor4821)",
                                   "Contraseña#Olivo2024", "Passwort-Eiche-7", "sk_live_" + _drawn(30, 24) + "***masqué***"])
def test_a_value_holding_the_words_is_no_placeholder(value: str) -> None:
    assert not is_placeholder(value)
