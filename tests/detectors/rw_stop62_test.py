"""Blind rounds LE to LP (reStructuredText and wiki pages): a team's page gives a password under its language's word
(Tatar's `серсүз`, Kazakh's `құпия сөз` written apart, Maori's `kupuhipa`, Wolof's `baat bu kumpa`) in a code span, a
MediaWiki table's column or a list table's; an integrations table's key column headed by Northern Sami's `čoavddaš`, its
other rows saying where theirs are kept, and a MediaWiki table's header naming the key after its `!!`. Placeholders,
stores and a tutorial's table stay none. Through the engine."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Kamaz", "Tugai", "Aport", "Tulpar", "Makani", "Xaalis", "Nioro", "Ahurei")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four or five digits (`Kamaz!Tugai80879`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!*$") + generator.choice(_WORDS) + str(generator.randint(1000, 99999))


def _drawn(seed: int, length: int = 50) -> str:
    """A Django-style secret key a generator drew: letters, digits and symbols."""
    generator = random.Random(seed)
    alphabet = string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(character.isdigit() for character in value) and any(not character.isalnum() for character in value):
            return value


_CHOSEN = [_chosen(6710000 + step) for step in range(4)]
_DRAWN = _drawn(6710010)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and value[-4:].isdigit() for value in _CHOSEN)
    assert len(_DRAWN) == 50 and "|" not in _DRAWN


@pytest.mark.parametrize("word", ["Серсүз", "Құпия сөз", "Kupuhipa"])
def test_a_wiki_pages_password_word_before_its_code_blocks(engine: Engine, word: str) -> None:
    password = _CHOSEN[0]
    text = f"== Диспетчер Wi-Fi ==\nЧелтәр: '''DISP-4'''\n\n{word}: <code>{password}</code>\n"
    assert password in " ".join(_secrets(engine, "wiki/Depo-Wi-Fi.wiki", text))


@pytest.mark.parametrize("word", ["Құпия сөз", "Kupuhipa", "Серсүз"])
def test_a_wiki_tables_password_column_blocks(engine: Engine, word: str) -> None:
    password = _CHOSEN[1]
    text = ("== Интеграция ==\n{| class=\"wikitable\"\n! Орта !! Логин !! " + word + "\n|-\n| test || APP_TEST || "
            "(Vault: secret/app/test)\n|-\n| prod || APP_EXPORT_01 || " + password + "\n|}\n")
    assert _secrets(engine, "wiki/Integration.wiki", text) == [password]


def test_a_list_tables_wolof_password_column_blocks(engine: Engine) -> None:
    password = _CHOSEN[2]
    text = ("Bases\n=====\n\n.. list-table::\n   :header-rows: 1\n\n   * - Base\n     - Utilisateur\n     - Baat bu kumpa\n"
            "   * - pesage\n     - pesage_app\n     - voir Vault ``kv/pesage``\n   * - telemetrie\n     - grafana_ro\n"
            f"     - ``{password}``\n")
    assert _secrets(engine, "docs/source/exploitation/bases.rst", text) == [password]


@pytest.mark.parametrize("header", ["Kupuhipa / ki", "Kupuhipa"])
def test_a_markdown_tables_maori_column_blocks(engine: Engine, header: str) -> None:
    token = _drawn(6710011, 64).replace("|", "/")
    text = (f"# Ratonga\n\n| Ratonga | Kaitiaki | Ingoa | {header} |\n|---|---|---|---|\n| Vercel | Hemi | ops | SSO |\n"
            f"| Eventfinda | Aroha | events | kei 1Password |\n| Mux | Rawiri | token 7c1f... | `{token}` |\n")
    assert _secrets(engine, "ops/wiki/Ratonga.md", text) == [token]


@pytest.mark.parametrize("header", ["Čoavddaš", "Coavddas", "Key"])
def test_a_wiki_integrations_tables_key_column_blocks(engine: Engine, header: str) -> None:
    text = ("== Integrašuvnnat ==\n{| class=\"wikitable\"\n! Bálvalus !! Eaiggát !! " + header + "\n|-\n| django || Máret || "
            f"<code>{_DRAWN}</code>\n|-\n| Bring || Áilu || (vault)\n|}}\n")
    assert _secrets(engine, "wiki/Integrasuvnnat.wiki", text) == [_DRAWN]


@pytest.mark.parametrize("cell", ["<code>YOUR_DJANGO_SECRET_KEY</code>", "<code>${DJANGO_SECRET_KEY}</code>", "(vault)"])
def test_a_wiki_integrations_tables_placeholder_passes(engine: Engine, cell: str) -> None:
    text = ("== Integrašuvnnat ==\n{| class=\"wikitable\"\n! Bálvalus !! Eaiggát !! Čoavddaš\n|-\n| django || Máret || "
            f"{cell}\n|-\n| Bring || Áilu || (vault)\n|}}\n")
    assert _secrets(engine, "wiki/Integrasuvnnat.wiki", text) == []


def test_a_key_column_with_no_row_naming_a_store_passes(engine: Engine) -> None:
    # (a tutorial's table of keys: no row says where the team keeps its own, so the column is any key's)
    text = ("== Keys ==\n{| class=\"wikitable\"\n! Service !! Owner !! Čoavddaš\n|-\n| django || Máret || "
            f"<code>{_DRAWN}</code>\n|}}\n")
    assert _secrets(engine, "wiki/Integrasuvnnat.wiki", text) == []


@pytest.mark.parametrize("cell", ["(Vault: secret/app/prod)", "kei 1Password", "<code>your-password</code>"])
def test_a_wiki_tables_password_column_note_passes(engine: Engine, cell: str) -> None:
    text = ("== Интеграция ==\n{| class=\"wikitable\"\n! Орта !! Логин !! Құпия сөз\n|-\n| prod || APP_EXPORT_01 || "
            + cell + "\n|}\n")
    assert _secrets(engine, "wiki/Integration.wiki", text) == []


def _yandex_token(seed: int) -> str:
    """A Yandex OAuth token's shape: `y0_`, then base64url (`AgAAAAA…`, its letters, digits, `_` and `-`)."""
    generator = random.Random(seed)
    alphabet = string.ascii_letters + string.digits + "_-"
    return "y0_AgAAAAA" + "".join(generator.choice(alphabet) for _ in range(48))


@pytest.mark.parametrize("filename,opening", [
    ("docs/ops/yadisk_backup.rst", "Check::\n\n   "),
    ("docs/ops/yadisk_backup.md", "Check:\n\n```\n"),
    ("ops/yadisk_backup.sh", ""),
])
def test_an_oauth_schemes_base64url_token_blocks(engine: Engine, filename: str, opening: str) -> None:
    token = _yandex_token(6710020)
    text = (f"{opening}curl -H \"Authorization: OAuth {token}\" \\\n"
            "     \"https://cloud-api.yandex.net/v1/disk/resources?path=app:/dispatch\"\n")
    assert token in _secrets(engine, filename, text)


@pytest.mark.parametrize("value", ["y0_your_oauth_token_goes_here_xx", "<YANDEX_OAUTH_TOKEN_PLACEHOLDER>", "$YANDEX_TOKEN"])
def test_an_oauth_schemes_placeholder_passes(engine: Engine, value: str) -> None:
    text = f"Check::\n\n   curl -H \"Authorization: OAuth {value}\" https://cloud-api.yandex.net/v1/disk\n"
    assert _secrets(engine, "docs/ops/yadisk_backup.rst", text) == []


def _drawn_password(seed: int) -> str:
    """A password a generator drew: 14 letters of both cases and digits (`h9OoE8bVF0ECIt`)."""
    generator = random.Random(seed)
    alphabet = string.ascii_letters + string.digits
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(14))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def test_a_rst_pages_inline_literals_are_read_as_code_spans_line_for_line() -> None:
    from secretfence.engine.carriers import RST_PAGE, embedded

    text = "Title\n=====\n\n* User: ``ops``\n* Key: :code:`abc` and ``x y``\n\n.. code-block:: python\n\n   a = 1\n"
    items = [item for item in embedded("docs/a.rst", text) if item.carrier == RST_PAGE]
    assert len(items) == 1 and items[0].name == "docs/a.md"
    assert items[0].text.split("\n")[:5] == ["Title", "=====", "", "* User: `ops`", "* Key: `abc` and `x y`"]
    assert not [item for item in embedded("docs/a.md", text) if item.carrier == RST_PAGE]


def test_a_rst_pages_listed_password_in_an_inline_literal_blocks(engine: Engine) -> None:
    password = _drawn_password(6710030)
    text = ("Broker file exchange\n====================\n\nThe brokers drop the certificates on their FTPS server.\n\n"
            f"* Host: ``ftps.brokers.example.co.za``\n* User: ``certs``\n* Password: ``{password}``\n")
    assert _secrets(engine, "docs/source/broker_exchange.rst", text) == [password]


def test_a_rst_pages_sentence_giving_a_password_in_an_inline_literal_blocks(engine: Engine) -> None:
    password = _CHOSEN[3]
    text = ("Timing system\n=============\n\nThe finish-line laptop runs the timing app. Log in as ``finish`` with the\n"
            f"password ``{password}`` and press **Start heat** when the flag drops.\n")
    assert _secrets(engine, "club/docs/timing.rst", text) == [password]


@pytest.mark.parametrize("value", ["<your-password>", "changeme", "$FTP_PASSWORD", "${FTP_PASSWORD}", "your_password_here"])
def test_a_rst_pages_placeholder_in_an_inline_literal_passes(engine: Engine, value: str) -> None:
    text = f"Exchange\n========\n\n* Host: ``ftps.brokers.example.co.za``\n* User: ``certs``\n* Password: ``{value}``\n"
    assert _secrets(engine, "docs/source/broker_exchange.rst", text) == []


def test_a_rst_settings_reference_pages_default_passes(engine: Engine) -> None:
    # (Django's settings reference: a setting's default in an inline literal, no value of the team's)
    text = ("PASSWORD\n--------\n\nDefault: ``''`` (Empty string)\n\nThe password to use when connecting to the database.\n"
            "Not used with SQLite. Example: ``PASSWORD = 'mypassword'``.\n")
    assert _secrets(engine, "docs/ref/settings.rst", text) == []


def _sdk_key(seed: int, head: str) -> str:
    """A vendor's SDK key: its head (`vk_live_`, `hk_uat_`), then 40 drawn letters and digits."""
    generator = random.Random(seed)
    return head + "".join(generator.choice(string.ascii_letters + string.digits) for _ in range(40))


def _quickstart(key: str, comment: str = "", note: str = "") -> str:
    return ("Quickstart\n==========\n\nInstall: ``pip install koloa-sdk``\n\n.. code-block:: python\n\n"
            "   from koloa_sdk import Client\n\n" + (f"   # {comment}\n" if comment else "")
            + f"   client = Client(base_url=\"https://api.koloa.to\", api_key=\"{key}\")\n"
            "   print(client.stock(\"vanila-A\"))\n\n" + (f".. note:: {note}\n" if note else ""))


@pytest.mark.parametrize("comment,note", [
    ("key 'a e timi (sivi 'i he production) - TODO to'o kimu'a he release", ""),  # (Tongan: the team's, take out before release)
    ("TODO: remove before release", ""),
    ("", "He ki whakamatautau tenei mo te roopu whanake anake."),  # (Maori: a test key for the development team only)
    ("", "This is a test key for the development team only."),
    ("", "Internal use only."),
])
def test_a_code_blocks_key_its_comment_or_note_keeps_to_the_team_blocks(engine: Engine, comment: str, note: str) -> None:
    key = _sdk_key(6710040, "vk_live_")
    assert key in _secrets(engine, "koloa-sdk/docs/quickstart.rst", _quickstart(key, comment, note))


@pytest.mark.parametrize("comment,note", [
    ("TODO: replace with your key before release", ""),  # (addresses the reader)
    ("TODO: add retries", ""),  # (a to-do of no release)
    ("", "Get a test key from the dashboard."),
    ("", "Use your own key: this one is for the development team only."),
])
def test_a_code_blocks_key_its_note_does_not_keep_passes(engine: Engine, comment: str, note: str) -> None:
    key = _sdk_key(6710041, "vk_test_")
    assert _secrets(engine, "koloa-sdk/docs/quickstart.rst", _quickstart(key, comment, note)) == []


def test_a_code_blocks_placeholder_its_note_keeps_to_the_team_passes(engine: Engine) -> None:
    text = _quickstart("YOUR_API_KEY_GOES_HERE_0000", "", "For the development team only.")
    assert _secrets(engine, "koloa-sdk/docs/quickstart.rst", text) == []


@pytest.mark.parametrize("note", ["An example key, for internal use only.", "The public key, for the web team only."])
def test_a_code_blocks_example_or_public_key_kept_to_the_team_passes(engine: Engine, note: str) -> None:
    key = _sdk_key(6710042, "vk_live_")
    assert _secrets(engine, "koloa-sdk/docs/quickstart.rst", _quickstart(key, "", note)) == []
