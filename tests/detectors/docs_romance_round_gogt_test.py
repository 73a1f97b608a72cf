"""Blind rounds GO-GT, Spanish documentation (and Portuguese's, French's and Italian's where the same rule serves): a
team's page and notes give a password in their own words and order (`- Contraseña del .p12: `…``, `- Senha do roteador:
…`, `- Mot de passe du NAS : `…``, `- Password del router: `…``; `la contraseña del router es `…``; `Clave de red`,
`Clave WPA2`; `Iniciar sesión como `ops` con `…``; `Credenciales: `ops` / `…``; a table's `Contraseña` column, a settings
table's `Valor`), and a tunnel's notes name its pre-shared key as the router's screen does (`Clave precompartida: …`):
each blocks where a person chose it or a generator drew it, as the English forms do. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Olivo", "Romero", "Tomillo", "Encina", "Sabina", "Vereda", "Ribera", "Solana", "Alcor", "Jara", "Retama", "Pinar")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Encina%Vereda3518`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _passphrase(seed: int) -> str:
    """A tunnel's pre-shared key a person chose: two chosen passwords joined (`Olivo*pinar322Sabina%retama585`)."""
    generator = random.Random(seed)
    parts = [generator.choice(_WORDS) + generator.choice("*%#") + generator.choice(_WORDS).lower() + str(generator.randint(100, 999))
             for _ in range(2)]
    return "".join(parts)


_CHOSEN = [_chosen(2630100 + step) for step in range(8)]
_PASSPHRASE = [_passphrase(2630200 + step) for step in range(2)]
_GENERATED = [drawn_mixed(2630300 + step, 16) for step in range(2)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a tunnel's pre-shared key, named as the router's screen names it ---------------------------------------------------

_TUNNEL_NOTE = ("RED OFICINA - notas\n==========\n\nTúnel IPsec con la central:\n  - Fase 1: IKEv2, AES256-SHA256, DH 14\n"
                "  - Peer remoto: 198.51.100.20\n{item}\n  - Redes: 192.168.50.0/24 <-> 192.168.10.0/24\n")


@pytest.mark.parametrize("item", [
    "  - Clave precompartida: {v}",
    "  - Clave pre-compartida: {v}",
    "  - Chave pré-compartilhada: {v}",
    "  - Chave pré-partilhada: {v}",
    "  - Clé pré-partagée : {v}",
    "  - Chiave pre-condivisa: {v}",
    "  - Vorinstallierter Schlüssel: {v}",
    "  - Pre-Shared-Key: {v}",
])
def test_a_tunnel_s_localized_pre_shared_key_blocks(engine: Engine, item: str) -> None:
    value = _PASSPHRASE[0]
    text = _TUNNEL_NOTE.format(item=item.replace("{v}", value))
    assert _secrets(engine, "notas/red-oficina.txt", text) == [(7, value)]


def test_a_localized_pre_shared_key_in_a_code_span_blocks_in_documentation(engine: Engine) -> None:
    value = _PASSPHRASE[1]
    text = f"# VPN\n\n- Peer remoto: `198.51.100.20`\n- Clave precompartida: `{value}`\n"
    assert _secrets(engine, "docs/red/vpn.md", text) == [(4, value)]


@pytest.mark.parametrize("item", [
    "  - Clave precompartida: ver KeePass",
    "  - Clave precompartida: <clave>",
    "  - Clave precompartida: ${VPN_PSK}",
    "  - Clave precompartida: la tiene Lucía",
])
def test_a_localized_pre_shared_key_s_label_over_no_key_does_not_block(engine: Engine, item: str) -> None:
    assert _secrets(engine, "notas/red-oficina.txt", _TUNNEL_NOTE.format(item=item)) == []
