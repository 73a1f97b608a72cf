"""Stop 62's blocked decoys of the HTML share: an Elixir or Ruby function whose name ends in `!` or `?` reading the
environment (`System.fetch_env!("SECRET_KEY_BASE")`), a sentence's aside in brackets after a command's option naming a
password (`mvn --encrypt-password (settings-security.xml is not in git)`), a vendor's key head followed by words that say
what stands there (`AIza-PUBLIC-WEB-CONFIG-see-security-rules`), a secret store's path and field under a database
password's name (`app/prod/db#password`), Active Record Encryption's stored attribute (`{"p":…,"h":{"iv":…,"at":…}}`); and the true forms beside each that still block.
Generated fakes only: every value is built here from a seeded generator (seeds 6721000-6721999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 6721000
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@$") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


def _runtime(setting: str) -> str:
    return ("import Config\n\nif config_env() == :prod do\n  config :shop, ShopWeb.Endpoint,\n"
            f"    {setting}\nend\n")


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a literal in the same Elixir setting
    ("shop/config/runtime.exs", _runtime(f'secret_key_base: "{_alnum(1, 64)}"'), _alnum(1, 64)),
    # the option's password given, bare or in brackets a shell would need quoted
    ("ci/release.sh", f"mvn --encrypt-password {_chosen(2)}\n", _chosen(2)),
    # a database password's literal in a Java constant, and one holding `/` and `#` in mixed case
    ("core/src/main/java/shop/Config.java",
     f'public final class Config {{\n    public static final String DB_PASSWORD = "{_chosen(5)}";\n}}\n', _chosen(5)),
    ("core/src/main/java/shop/Config.java",
     f'public final class Config {{\n    public static final String DB_PASSWORD = "Kv/{_alnum(6, 14)}#x";\n}}\n',
     f"Kv/{_alnum(6, 14)}#x"),
    # an API key in a fixture as a plain literal, not Active Record's ciphertext
    ("admin/test/fixtures/partners.yml", f"kiosk:\n  code: KIOSK\n  api_key: '{_alnum(7, 40)}'\n", _alnum(7, 40)),
    # a Google key of its own shape under a key's name
    ("site/src/maps.json", '{\n  "apiKey": "AIzaSy' + _alnum(3, 33) + '"\n}\n', "AIzaSy" + _alnum(3, 33)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # an Elixir function reading the environment, its name ending in `!` (and Ruby's `?`)
    ("shop/config/runtime.exs", _runtime('secret_key_base: System.fetch_env!("SECRET_KEY_BASE")')),
    ("shop/config/runtime.exs", _runtime('password: System.fetch_env!("DB_PASSWORD")')),
    ("shop/config/prod.exs", 'config :shop, Shop.Mailer,\n  password: Env.present?("SMTP_PASSWORD")\n'),
    # a sentence's bracketed aside after an option's name, in a comment of a settings file and in a note
    ("java-labels/.mvn/settings.xml",
     "<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n"
     "      <!-- encrypted with mvn --encrypt-password (settings-security.xml is not in git) -->\n"
     "      <password>{" + _alnum(4, 44) + "=}</password>\n    </server>\n  </servers>\n</settings>\n"),
    ("docs/release.txt", "Encrypt it first: mvn --encrypt-password (the master password comes from the vault)\n"),
    # a secret store's path and field for each secret, as constants name them (a Vault path, `#` then the field)
    ("core/src/main/java/shop/config/SecretNames.java",
     "package shop.config;\n\n/** Names of the secrets in Vault (not the values). */\npublic final class SecretNames {\n"
     '    public static final String DB_PASSWORD = "shop/prod/db#password";\n'
     '    public static final String STRIPE_SECRET_KEY = "shop/prod/stripe#secret_key";\n'
     '    public static final String PARTNER_CLIENT_SECRET = "shop/prod/partner-api#client_secret";\n'
     "    private SecretNames() {}\n}\n"),
    # Active Record Encryption's stored attribute in a fixture: ciphertext, its key kept in credentials/test.key
    ("admin/test/fixtures/partners.yml",
     "# api_key encrypted with ActiveRecord::Encryption\nkiosk:\n  code: KIOSK\n"
     f"  api_key: '{{\"p\":\"{_alnum(8, 64)}\",\"h\":{{\"iv\":\"{_alnum(9, 16)}\",\"at\":\"{_alnum(10, 22)}==\"}}}}'\n"),
    # a vendor's key head, then words saying what stands there
    ("club/site/src/firebase-config.json",
     '{\n  "_note": "Firebase web config is public by design",\n  "apiKey": "AIza-PUBLIC-WEB-CONFIG-see-security-rules",\n'
     '  "projectId": "hwk-timing"\n}\n'),
    ("app/settings.json", '{\n  "stripe_key": "sk_live_use_the_dashboard_key"\n}\n'),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert secret in [finding.secret for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
