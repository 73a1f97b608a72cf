"""Stop 66's pages (round 2): Igbo's borrowed password word `paswọọdụ` (`paswọdụ`, `paswoodu` without its dots), head
first before what it is for and its colon, a verb before it (`Tinye paswọọdụ MQTT: <code>…</code>`, put in the MQTT
password), read in an HTML page's list item and a Markdown note as Kinyarwanda's and Breton's far words are; its near
misses pass (a stand-in, a template's expression, a reset page's address, the word itself as the value). And a
documentation code block whose lead-in says where it is set on the team's own server, in any language's words: a
configuration file's absolute path under `/etc`, `/srv` or `/opt` and the server by its own name in a code span (`web02`,
a private address), its environment file's or INI section's bare `NAME=value` line drawn (NG 56: Tigrinya's `ኣብ ሰርቨር
``web02`` ነዚ ኣብ ``/etc/harnet/portal.env`` ኣቐምጥ::`); a tutorial's (a relative path, no host, `your server`, an example's
lead-in) and a stand-in or a reference pass. And a runbook's step naming a tunnel's pre-shared key and giving its value
last after a colon in a code span, in any language's words (NG 82: Tigrinya's `እንተ ዘይሰሪሑ፡ PSK ኣረጋግጽ — ሕጂ ዘሎ: `…``,
if it fails check the PSK, the current one); a Wi-Fi mode's `WPA2-PSK`, a file's path, an identity, an example's and the
reader's key and a stand-in pass. And a notes table's row for the whole fleet (NK 21: `| all boats | administrator |
`…` |`, `| every till |`, `| todas las tiendas |`): the one password in use on every device, a person's choice (a word
repeated, a symbol, digits) blocking as `same for all tills` does; a row for one device, a stock or common password and a
row saying its value is the factory's default stay warnings. Generated fakes only: every value is built here from a seeded generator
(seeds 7932000-7932999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7932000
_WORDS = ("Niger", "Benue", "Afor", "Nkwo", "Orie", "Udoka", "Obiora", "Adaeze", "Ikenga", "Nsukka")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*%$") + generator.choice(_WORDS)
            + str(generator.randint(1000, 9999)))


def _drawn(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, string.ascii_letters + string.digits)


def _django_key(seed: int) -> str:
    """A Django secret key as `get_random_secret_key()` draws it (50 of lower case, digits and `!@#$%^&*(-_=+)`)."""
    return fakes.drawn(_SEED + seed, 50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")


def _deploy_rst(lead_in: str, line: str) -> str:
    return (f"Deployment\n==========\n\n{lead_in}::\n\n    DJANGO_SETTINGS_MODULE=portal.settings.prod\n    {line}\n"
            "    ALLOWED_HOSTS=members.portal.test\n\nThen ``systemctl restart portal``.\n")


def _psk(seed: int) -> str:
    """A pre-shared key as `openssl rand -base64 21` draws it."""
    return fakes.drawn(_SEED + seed, 28, string.ascii_letters + string.digits + "+/")


def _vpn_runbook(step: str) -> str:
    return ("# VPN መቐለ ↔ ዓዲግራት\n\n1. ኣብ ራውተር `ipsec restart` ኣሂብ።\n2. ምስ ሰርቨር መቐለ ይራኸብ።\n"
            f"{step}\n4. `ipsec statusall | grep ESTABLISHED` ርአ።\n")


def _repeated(seed: int) -> str:
    """A password a person made of one word twice, a symbol between, digits after (`Kayal*Kayal2535`'s form)."""
    generator = random.Random(_SEED + seed)
    word = generator.choice(_WORDS)
    return f"{word}{generator.choice('*#@!')}{word}{generator.randint(1000, 9999)}"


def _fleet_table(scope: str, value: str) -> str:
    return ("# ബോട്ടിലെ Wi-Fi router - crew notes\n\nRouter admin page (192.168.1.1) login ചെയ്യാൻ:\n\n"
            "| boat | admin user | admin password |\n|------|-----------|----------------|\n"
            f"| {scope} | administrator | `{value}` |\n\nPassword മാറ്റിയാൽ ഈ page update ചെയ്യുക.\n")


def _igbo_page(item: str) -> str:
    return ('<!doctype html>\n<html lang="ig">\n<head><meta charset="utf-8"><title>Ịhazi ụlọ oyi</title></head>\n<body>\n'
            '<h1>Ịhazi ụlọ oyi ọhụrụ</h1>\n<ol>\n  <li>Jikọọ Raspberry Pi na sensọ.</li>\n'
            f'  <li>{item}</li>\n  <li>Malite ọrụ: <code>sudo systemctl enable --now coldroom-agent</code></li>\n'
            '</ol>\n</body>\n</html>\n')


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # Igbo's `paswọọdụ`, a verb before it and what it is for after it, its value in an HTML page's `<code>`, a note after
    ("ops/wiki/coldroom.html", _igbo_page(f"Tinye paswọọdụ MQTT: <code>{_chosen(1)}</code> (otu maka ụlọ oyi niile)."),
     _chosen(1)),
    # ... its `ọ` once, a drawn value
    ("ops/wiki/coldroom.html", _igbo_page(f"Tinye paswọdụ broker: <code>{_drawn(2, 20)}</code>"), _drawn(2, 20)),
    # ... spelled without its dots, in a Markdown note's list item
    ("docs/coldroom.md", f"# Ụlọ oyi\n\n1. Tinye paswoodu MQTT: `{_chosen(3)}`\n", _chosen(3)),
    # ... in upper case, alone before its colon
    ("ops/wiki/coldroom.html", _igbo_page(f"PASWỌỌDỤ: <code>{_chosen(4)}</code>"), _chosen(4)),
    # an rst literal block's environment line under a Tigrinya lead-in naming the server and the file on it
    ("docs/source/deployment.rst", _deploy_rst("ኣብ ሰርቨር ``web02`` ነዚ ኣብ ``/etc/harnet/portal.env`` ኣቐምጥ",
                                               f"DJANGO_SECRET_KEY={_django_key(31)}"), _django_key(31)),
    # ... in English, the host by its private address and a user, the file under /srv
    ("docs/source/deployment.rst", _deploy_rst("The service on ``deploy@10.20.0.5`` reads ``/srv/portal/shared/.env``",
                                               f"DJANGO_SECRET_KEY={_django_key(32)}"), _django_key(32)),
    # a Markdown fence's environment file under such a lead-in, its key bare after `=`
    ("docs/deploy.md", f"# Deploy\n\nOn `app03` this lives in `/opt/kiln/kiln.env`:\n\n```\nKILN_SHOP_ID=30418842\n"
                       f"KILN_SECRET_KEY={_django_key(33)}\n```\n", _django_key(33)),
    # a runbook's step naming the tunnel's PSK, its value last after a colon (Tigrinya: check the PSK, the current one)
    ("docs/runbooks/vpn.md", _vpn_runbook(f"3. እንተ ዘይሰሪሑ፡ PSK ኣረጋግጽ — ሕጂ ዘሎ: `{_psk(51)}`"), _psk(51)),
    # ... Spanish's words, `pre-shared key` written out, its Ethiopic colon `፦` in Amharic
    ("docs/runbooks/vpn.md", _vpn_runbook(f"3. Si no conecta, revisa la PSK – la actual: `{_psk(52)}`"), _psk(52)),
    ("docs/runbooks/vpn.md", _vpn_runbook(f"- ካልሰራ pre-shared key ይፈትሹ፤ አሁን ያለው፦ `{_psk(53)}`"), _psk(53)),
    # a notes table's row for the whole fleet, a person's password of one word twice
    ("docs/boats/onboard-wifi.md", _fleet_table("all boats", _repeated(66)), _repeated(66)),
    ("docs/shops/tills.md", _fleet_table("every till", _repeated(67)), _repeated(67)),
    ("docs/tiendas/routers.md", _fleet_table("todas las tiendas", _repeated(68)), _repeated(68)),
]

# (file, text): each must pass.
DECOYS: List[Tuple[str, str]] = [
    # a stand-in and a template's expression after the word
    ("ops/wiki/coldroom.html", _igbo_page("Tinye paswọọdụ MQTT: <code>changeme</code>")),
    ("docs/coldroom.md", "# Ụlọ oyi\n\n1. Tinye paswọọdụ MQTT: `{{ mqtt_password }}`\n"),
    # the word itself as the value, and a reset page's address
    ("ops/wiki/coldroom.html", _igbo_page("Tinye paswọọdụ MQTT: <code>paswoodu</code>")),
    ("ops/wiki/coldroom.html", _igbo_page("Chefuru paswọọdụ: <code>https://mqtt.coldroom.test/reset</code>")),
    # a tutorial's block: its path relative to the reader's project (Flask's tutorial), or absolute with no host named
    ("docs/tutorial/deploy.rst", _deploy_rst("Copy the generated value into ``.venv/var/portal-instance/config.py``",
                                             f"DJANGO_SECRET_KEY={_django_key(41)}")),
    ("docs/source/deployment.rst", _deploy_rst("Put the settings into ``/etc/portal/portal.env``",
                                               f"DJANGO_SECRET_KEY={_django_key(42)}")),
    # ... a host and a path, but the reader's server, or the lead-in calls it an example
    ("docs/source/deployment.rst", _deploy_rst("On your server (say ``web02``) put this in ``/etc/portal/portal.env``",
                                               f"DJANGO_SECRET_KEY={_django_key(43)}")),
    ("docs/source/deployment.rst", _deploy_rst("An example for ``web02``'s ``/etc/portal/portal.env``",
                                               f"DJANGO_SECRET_KEY={_django_key(44)}")),
    # ... the team's server and file, the value a stand-in or a reference
    ("docs/source/deployment.rst", _deploy_rst("ኣብ ሰርቨር ``web02`` ነዚ ኣብ ``/etc/harnet/portal.env`` ኣቐምጥ",
                                               "DJANGO_SECRET_KEY=change-me-to-a-long-random-string")),
    ("docs/source/deployment.rst", _deploy_rst("ኣብ ሰርቨር ``web02`` ነዚ ኣብ ``/etc/harnet/portal.env`` ኣቐምጥ",
                                               "DJANGO_SECRET_KEY=${PORTAL_SECRET_KEY_FROM_VAULT}")),
    # a step naming the PSK whose span is its file, a Wi-Fi mode's `WPA2-PSK` before a network's name, the PSK's identity
    ("docs/runbooks/vpn.md", _vpn_runbook("3. እንተ ዘይሰሪሑ፡ PSK ኣረጋግጽ ኣብ: `/etc/ipsec.secrets`")),
    ("docs/runbooks/wifi.md", _vpn_runbook("- WPA2-PSK, hidden network: `StudioNet5GHz2024`")),
    ("docs/runbooks/vpn.md", _vpn_runbook("- PSK identity: `client1.vpn.lan`")),
    # ... an example's or the reader's key, a stand-in
    ("docs/guide/vpn.md", _vpn_runbook(f"- PSK example: `{_psk(54)}`")),
    ("docs/guide/vpn.md", _vpn_runbook(f"3. Generate the PSK for your tunnel, for instance: `{_psk(55)}`")),
    ("docs/runbooks/vpn.md", _vpn_runbook("3. እንተ ዘይሰሪሑ፡ PSK ኣረጋግጽ — ሕጂ ዘሎ: `changeme123`")),
    # a row for one boat (its repeated word stays at documentation's bar), a common password for the fleet, a factory's
    ("docs/boats/onboard-wifi.md", _fleet_table("boat 3", _repeated(69))),
    ("docs/boats/onboard-wifi.md", _fleet_table("all boats", "Admin@123")),
    ("docs/guide/routers.md", _fleet_table("all models (factory default)", _repeated(65))),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
