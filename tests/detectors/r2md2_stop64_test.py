"""Blind round 64, part 2 (Markdown pages): a team's pages give a credential in forms no reader took. A VPN's settings
table names its tunnel's pre-shared key as the router's screen does, `IPsec secret` (MikroTik's L2TP server, RouterOS'
`ipsec-secret=`) or a bare `PSK` / `IPsec PSK`, and heads its value column in Nepali (`| सेटिङ | मान |`, Hindi's `मान`
and `मूल्य` too). Placeholders, stock values, stores named and a PSK's identity stay none. Through the engine.
Generated fakes only (seeds 7270000-7270099)."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_SEED = 7270000


def _drawn(seed: int, length: int = 20, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") -> str:
    """A value a generator drew: letters of both cases and digits."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_PSK = _drawn(_SEED + 1)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _vpn_page(row: str, value: str, header: str = "| Setting | Value |") -> str:
    return (f"# VPN between the factory and the office\n\nMikroTik L2TP/IPsec.\n\n{header}\n|-------|-----|\n"
            f"| Server | vpn.factory.example.net |\n| {row} | {value} |\n| User | your AD name |\n")


def test_the_fake_has_the_shape_it_stands_for() -> None:
    assert len(_PSK) == 20 and len(set(_PSK)) >= 12


# --- a tunnel's pre-shared key's row ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("row", ["IPsec secret", "IPsec Secret", "ipsec-secret", "IPsec PSK", "PSK", "L2TP PSK",
                                 "Pre-shared secret", "Pre-shared secret key"])
@pytest.mark.parametrize("header", ["| Setting | Value |", "| सेटिङ | मान |", "| सेटिंग | मूल्य |"])
def test_a_vpn_pages_pre_shared_key_row_blocks(engine: Engine, row: str, header: str) -> None:
    text = _vpn_page(row, f"`{_PSK}`", header)
    assert _secrets(engine, "ops/wiki/VPN-setup.md", text) == [(8, _PSK)]


@pytest.mark.parametrize("row, value", [
    ("IPsec secret", "`<ipsec-secret>`"),  # (a placeholder)
    ("IPsec PSK", "in Vault (`kv/vpn/factory`)"),  # (where it is kept)
    ("PSK", "`changeme`"),  # (a stock one)
    ("PSK", "`${VPN_PSK}`"),  # (a reference)
    ("PSK identity", f"`{_PSK}`"),  # (the identity a PSK is sent with: a name, no key)
    ("IPsec secret", "`Kolam2024`"),  # (short and plain: under documentation's bar)
])
def test_a_vpn_pages_row_over_no_pre_shared_key_is_not_blocked(engine: Engine, row: str, value: str) -> None:
    assert _blocked(engine, "ops/wiki/VPN-setup.md", _vpn_page(row, value)) == []


@pytest.mark.parametrize("header", ["| सेटिङ | विवरण |", "| Setting | Description |"])
def test_a_table_describing_its_settings_is_not_blocked(engine: Engine, header: str) -> None:
    assert _blocked(engine, "ops/wiki/VPN-setup.md", _vpn_page("IPsec secret", f"`{_PSK}`", header)) == []


# --- a runbook's sentence saying a login is a pair of code spans, on one line or wrapped before the pair -----------------

_WORDS = ("Romduol", "Rumdoul", "Kolam", "Vaigai", "Banyan", "Kaveri", "Neem", "Malli")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Kolam#Vaigai1880`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*+-.") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = _chosen(_SEED + 2)


def _runbook(step: str) -> str:
    return ("# Ledger DB failover\n\n1. Stop the workers: `systemctl stop repay-worker@*`\n"
            f"2. Promote the replica.\n{step}\n4. Start the workers again.\n")


@pytest.mark.parametrize("step", [
    "3. Point PgBouncer at the new primary and reload. The pgbouncer admin login is\n   `pgb_admin` / `{pw}` (change it after use).",
    "3. Reload PgBouncer; its admin login was\n   `pgb_admin` / `{pw}`.",
    "3. Reload PgBouncer. The pgbouncer admin login is `pgb_admin` / `{pw}` (change it after use).",
    "3. The console login is `pgb_admin` / `{pw}`.",
])
def test_a_runbooks_login_said_to_be_a_pair_blocks(engine: Engine, step: str) -> None:
    text = _runbook(step.replace("{pw}", _CHOSEN))
    line = 5 + step.count("\n")
    assert _secrets(engine, "docs/runbooks/ledger-failover.md", text) == [(line, _CHOSEN)]


@pytest.mark.parametrize("step", [
    "3. The pgbouncer admin login is\n   `pgb_admin` / `<password>`.",  # (a placeholder)
    "3. The pgbouncer admin login is\n   `admin` / `admin`.",  # (a stock pair)
    "3. The branches we deploy from are\n   `main` / `release-2026.05`.",  # (no login said)
    "3. The pgbouncer admin login is in Vault:\n   `kv/ledger/pgbouncer` / `admin`.",  # (a store's path)
    "3. The pgbouncer admin login is `pgb_admin` / `changeme`.",
    "| The admin login is |\n`pgb_admin` / `{pw}`",  # (a table's row above: no sentence carried on)
])
def test_a_runbooks_login_sentence_over_no_password_is_not_blocked(engine: Engine, step: str) -> None:
    assert _blocked(engine, "docs/runbooks/ledger-failover.md", _runbook(step.replace("{pw}", _CHOSEN))) == []


def test_a_tutorials_login_sentence_holds_documentations_bar(engine: Engine) -> None:
    text = "# Getting started\n\nThe default admin login is\n`admin` / `Welcome1`, change it on first sign-in.\n"
    assert _blocked(engine, "docs/getting-started.md", text) == []


# --- a meeting's minutes saying how a secret was handed over, before its colon and the value bare ---------------------------

_ASP_SECRET = _drawn(_SEED + 3, 40)
_MINUTES = "docs/meeting-notes/2026-02-18-gst-portal.md"


def _minutes(item: str) -> str:
    return ("# Minutes - 18 February 2026\n\nPresent: Murugan, Selvi, CA office (Ramesh)\n\n- GSTR-1 filed on time.\n"
            f"{item}\n- E-way bill auto-generation from next week.\n")


@pytest.mark.parametrize("item", [
    "- GSP sandbox ready; production access came today. Ramesh shared the production\n"
    "  ASP secret over phone: {v} - Murugan to move it into Vault before Friday.",  # (the item wrapped before its label)
    "- Ramesh shared the production ASP secret over phone: {v} - Murugan to move it into Vault.",
    "- Selvi sent the new API key by e-mail: {v} (rotate after the audit).",
    "- Client secret via Slack: {v}",
])
def test_a_minutes_secret_said_handed_over_blocks(engine: Engine, item: str) -> None:
    text = _minutes(item.replace("{v}", _ASP_SECRET))
    assert _secrets(engine, _MINUTES, text) == [(6 + item.count("\n"), _ASP_SECRET)]


@pytest.mark.parametrize("item", [
    "- Ramesh shared the production ASP secret over phone: <asp-secret>",  # (a placeholder)
    "- Ramesh shared the production ASP secret over phone: see-1password",  # (where it is kept)
    "- Ramesh shared the production ASP secret over phone: ${ASP_SECRET}",  # (a reference)
    "- Ramesh shared the production ASP secret over phone: yes - Murugan to move it into Vault.",  # (no value)
    "- Ramesh shared the production ASP secret over the fence: {v}",  # (no channel a secret is handed over by)
])
def test_a_minutes_sentence_over_no_secret_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, _MINUTES, _minutes(item.replace("{v}", _ASP_SECRET))) == []


def test_a_documentation_pages_secret_handed_over_is_a_warning(engine: Engine) -> None:
    text = "# Setup\n\nAsk the vendor for the client secret by e-mail: " + _ASP_SECRET + "\n"
    assert _blocked(engine, "docs/setup.md", text) == []
