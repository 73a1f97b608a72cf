"""Review 69: near forms of stop 68's fixes that still gave nothing or only warned.

- The lead's head-first English password names (`PASSWORD_ADMIN`, `password_root`) read a closed list of owners: a
  service a settings file names as often (`PASSWORD_JENKINS`, `PASSWORD_KEYCLOAK`, `PASSWORD_SMTP_RELAY`) only warned, and
  the abbreviations head first (`PW_ROOT`, `PASS_DB`, `pass.admin`) gave nothing. The services are owners now; the
  abbreviations name a password where the value is drawn or chosen as one is (`pass` is a verb and a flag too).
- A chat's export named as WhatsApp names it in Russian and Ukrainian (`Чат WhatsApp с Командой.txt`) was read as prose
  (stop 68 read the French, Spanish, Portuguese and Italian names).
- A login URL percent-encoded inside a query encoded whole (`?next=%2Fgo%3Furl%3Dhttps%3A%2F%2Fuser%3A…%40host`, after an
  encoded `=`) or encoded twice (`https%253A%252F%252Fuser%253A…%2540host`) gave nothing (stop 68 read one encoded once
  after a literal `=`).
- French's `mdp` was read in chats (stop 68) and after a qualifier (`DB_MDP`), but not alone nor head first (`$mdp = …`,
  `MDP_ADMIN`), French PHP's commonest spelling: read where the value is a drawn or chosen password (`mdp` alone is a
  Markov decision process too, which holds no such string).

Generated fakes only (seeds 9002000-9002099)."""
from __future__ import annotations

import string
from typing import List

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_SEED = 9002000


def _chosen(step: int) -> str:
    """A password chosen with care: a capital, letters, a symbol, a capital, letters, four digits."""
    seed = _SEED + 10 * step
    return (drawn(seed, 1, string.ascii_uppercase) + drawn(seed + 1, 5, string.ascii_lowercase) + "*#$+"[step % 4]
            + drawn(seed + 2, 1, string.ascii_uppercase) + drawn(seed + 3, 4, string.ascii_lowercase)
            + drawn(seed + 4, 4, string.digits))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name,template", [
    ("deploy/.env", "PASSWORD_JENKINS={value}"),
    ("deploy/.env", "PASSWORD_KEYCLOAK={value}"),
    ("deploy/app.properties", "password.smtp.relay={value}"),
    ("deploy/.env", "PW_ROOT={value}"),
    ("deploy/.env", "PASS_DB={value}"),
    ("deploy/app.properties", "pass.admin={value}"),
    ("site/config.php", '$mdp = "{value}";'),
    ("deploy/.env", "MDP_ADMIN={value}"),
])
def test_a_head_first_password_name_blocks(engine: Engine, name: str, template: str) -> None:
    for value in (_chosen(0), drawn_mixed(_SEED + 500, 20)):
        assert value in _blocked(engine, name, template.format(value=value) + "\n")


@pytest.mark.parametrize("name,line", [
    ("agents/mdp.py", 'mdp = "gridworld-v0"'),
    ("agents/mdp.py", 'mdp = "FrozenLake8x8"'),
    ("app/settings.py", "PASS_USER = True"),
    ("app/settings.py", 'pass_through = "Tiger-Cedar"'),
    ("deploy/.env", "PASSWORD_POLICY=Strong*Policy2024"),
    ("deploy/.env", "PW_ADMIN=changeme"),
])
def test_other_values_under_such_names_pass(engine: Engine, name: str, line: str) -> None:
    assert _blocked(engine, name, line + "\n") == []


# --- a chat's export by the name the messenger gives it in the phone's language (stop 68, chats) -----------------------

def _chat(password: str) -> str:
    return f"12/06/24, 09:14 - Ana: what's the wifi password?\n12/06/24, 09:15 - Budi: {password}\n"


@pytest.mark.parametrize("name", ["Чат WhatsApp с Командой.txt", "офис/Чат WhatsApp з Командою.txt"])
def test_a_chat_export_named_in_russian_or_ukrainian_is_read_as_a_chat(engine: Engine, name: str) -> None:
    password = _chosen(1)
    assert password in _blocked(engine, name, _chat(password))


@pytest.mark.parametrize("name", ["docs/whatsapp/setup.txt", "docs/чат/настройка.txt"])
def test_a_page_about_a_messenger_is_no_chat_export(engine: Engine, name: str) -> None:
    assert _blocked(engine, name, _chat(_chosen(2))) == []


# --- a login URL percent-encoded inside an encoded query (stop 68, pages) ----------------------------------------------

_ACCESS = '203.0.113.4 - - [11/Nov/2024:09:04:52 -0500] "GET /sso?next={query} HTTP/1.1" 302 0\n'


@pytest.mark.parametrize("query", [
    "%2Fgo%3Furl%3Dhttps%3A%2F%2Fmapadmin%3A{pw}%40tiles.acme-maps.net%2Fexport",  # (after an encoded `=`)
    "%2Fgo%3Furl%3Dhttps%253A%252F%252Fmapadmin%253A{pw}%2540tiles.acme-maps.net%252Fexport",  # (encoded twice)
])
def test_a_login_url_encoded_inside_an_encoded_query_blocks(engine: Engine, query: str) -> None:
    password = drawn_mixed(_SEED + 600, 16)
    assert password in _blocked(engine, "logs/access.log.1", _ACCESS.format(query=query.format(pw=password)))


@pytest.mark.parametrize("query", [
    "%2Fgo%3Furl%3Dhttps%253A%252F%252Fmapadmin%253A{pw}%2540tiles.example.com%252Fexport",  # (an example's host)
    "%2Fgo%3Furl%3Dhttps%253A%252F%252Fmapadmin%253A%2524%257BTILES_PW%257D%2540tiles.acme-maps.net",  # (a reference)
])
def test_an_encoded_login_to_an_example_host_or_a_reference_passes(engine: Engine, query: str) -> None:
    password = drawn_mixed(_SEED + 601, 16)
    assert _blocked(engine, "logs/access.log.1", _ACCESS.format(query=query.format(pw=password))) == []
