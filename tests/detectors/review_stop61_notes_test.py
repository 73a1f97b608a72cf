"""Review of stop 61's decoy guards (fix61_html), and siblings of its readers (fab's host option, a chat's login pair): a password's stored hash, a note in brackets naming the store that keeps
the password, a secret store's name for a secret, each taken for no password where a client's password stands. Each guard
must take the decoy's shape whole, not a typed password that merely opens with it or holds its word. Generated fakes
only: every value is built here from a seeded generator (seeds 6261000-6261999)."""
from __future__ import annotations

import random
import string
from typing import List, Optional, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 6261000
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


_DB_ENV = "# the settings as deployed\nDB_PASSWORD={value}\nAPP_ENV=production\n"
_REDIS_PY = 'import logging\n\nDEBUG = False\nREDIS_PASSWORD = "{value}"\nlogging.basicConfig(level=logging.INFO)\n'
_HEX = "0123456789abcdef"

# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, Optional[str]]] = [
    # a hash scheme's head before a typed password is no stored hash: its digest is not written out
    ("ops/app.env", _DB_ENV.format(value="sha1$" + _chosen(1)), "sha1$" + _chosen(1)),
    ("shop/settings_local.py", _REDIS_PY.format(value="md5$" + _chosen(2)), "md5$" + _chosen(2)),
    ("ops/app2.env", _DB_ENV.format(value="$1$" + _chosen(3)), "$1$" + _chosen(3)),
    ("docker-compose.yml", "services:\n  app:\n    environment:\n"
                           f"      DATABASE_URL: postgres://app:sha1${_chosen(4)}@db:5432/app\n", "sha1$" + _chosen(4)),
]

SECRETS += [
    # a password in brackets among words, one of them a store's: no note, a typed password is among its words
    ("ops/note.env", _DB_ENV.format(value=f"(my vault {_chosen(10)})"), f"(my vault {_chosen(10)})"),
    ("shop/settings_note.py", _REDIS_PY.format(value=f"(Vault-Tec {fakes.drawn(_SEED + 11, 4, string.digits)}!)"),
     f"(Vault-Tec {fakes.drawn(_SEED + 11, 4, string.digits)}!)"),
]

SECRETS += [
    # a store's name, then a password after characters no store's name holds
    ("shop/settings_arn.py", _REDIS_PY.format(
        value=f"arn:aws:secretsmanager:eu-west-1:{fakes.drawn(_SEED + 20, 12, string.digits)}:secret:db;Password={_chosen(20)}"),
     None),
    ("ops/kv.env", _DB_ENV.format(value=f"https://shop-kv.vault.azure.net/secrets/db?pw={_chosen(21)}"), None),
]

SECRETS += [
    # siblings: Fabric 1's `-p` (its password option) beside the host option's user, as its `--password` blocks; a chat's
    # login pair in a code span, or with WhatsApp's edited note after it, as a pasted token is read
    ("ops/deploy.sh", f"fab -H deploy@web1.coffee-coop.rw -p '{_chosen(40)}' deploy\n", _chosen(40)),
    ("notes/chat.txt", "12/04/2024, 06:15 - Zarghun: log in to the orders portal\n"
                       f"12/04/2024, 06:16 - Zarghun: `workshop_kdh / {_chosen(41)}`\n", _chosen(41)),
    ("notes/chat2.txt", "[12/04/24, 06:15] Zarghun: log in to the orders portal\n"
                        f"[12/04/24, 06:16] Zarghun: workshop_kdh / {_chosen(42)} \u200e<This message was edited>\n", _chosen(42)),
]

SECRETS += [
    # the note's sentence reader's Germanic words with no `ass` in them, no colon on the line (Dutch's, Swedish's,
    # German's `Kennwort`, Finnish's): their lines reach the reader
    ("notes/router.txt", f"Wachtwoord van de router is nu {_chosen(50)}\n", _chosen(50)),
    ("notes/router2.txt", f"Lösenordet till routern är nu {_chosen(51)}\n", _chosen(51)),
    ("notes/nas.txt", f"Das Kennwort vom NAS ist jetzt {_chosen(52)}.\n", _chosen(52)),
    ("notes/wlan.txt", f"Salasana on nyt {_chosen(53)}\n", _chosen(53)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # stored hashes written out whole, and notes of words naming the store, and stores' names: as the fixes meant
    ("ops/hash.env", _DB_ENV.format(value="sha256:" + fakes.drawn(_SEED + 30, 64, _HEX))),
    ("shop/settings_hash.py", _REDIS_PY.format(value="$1$" + fakes.drawn(_SEED + 31, 8, string.ascii_letters) + "$"
                                               + fakes.drawn(_SEED + 32, 22, string.ascii_letters + string.digits + "./"))),
    ("ops/note.env", _DB_ENV.format(value="(in the team's KeePassXC, “Shop DB”)")),
    ("ops/note2.env", _DB_ENV.format(value="[see the ops vault]")),
    ("ops/kv2.env", _DB_ENV.format(value="https://shop-kv.vault.azure.net/secrets/db-password/" + fakes.drawn(_SEED + 33, 32, _HEX))),
    ("shop/settings_ecs.py", _REDIS_PY.format(
        value=f"arn:aws:secretsmanager:eu-west-1:{fakes.drawn(_SEED + 34, 12, string.digits)}:secret:shop-db:password::")),
    # a host option's `-p` that is a count or a port, a variable, a placeholder; ssh's `-p` after its destination, a port
    ("ops/pssh.sh", "pssh -H deploy@web1.coffee-coop.rw -p 4 -t 0 uptime\n"),
    ("ops/deploy2.sh", 'fab -H deploy@web1.coffee-coop.rw -p "$DEPLOY_PW" deploy\n'),
    ("ops/deploy3.sh", "fab -H deploy@web1.coffee-coop.rw -p changeme deploy\n"),
    ("ops/ssh.sh", "ssh deploy@web1.coffee-coop.rw -p 2222 uptime\n"),
    # the same sentences saying the password changed or expired: prose after the copula
    ("notes/router3.txt", "Het wachtwoord van de router is gewijzigd.\n"),
    ("notes/router4.txt", "Het wachtwoord is nu verlopen-en-geblokkeerd.\n"),
    # a chat's pair of versions in a code span below a message naming the login page
    ("notes/chat3.txt", "12/04/2024, 06:15 - Zarghun: login page\n12/04/2024, 06:16 - Zarghun: `v2.3.1 / v2.4.0-rc1`\n"),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[f"{index}-{case[0]}" for index, case in enumerate(SECRETS)])
def test_secrets_block(name: str, text: str, secret: Optional[str]) -> None:
    found = blocking(Engine().scan_text(name, text))
    if secret is None:  # (whatever part of the value a reader reports)
        assert found, name
    else:
        assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:8]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
