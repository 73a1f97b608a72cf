"""CSV exports' password and key columns in the teams' own words (stop 66, blind sets NA, NB, NE): an integrations
sheet's service and key in the smaller Romance languages (Ladin's `servisc`, `ciaf`; Romansh's `servetsch`, `clav`;
Friulian's `clâf`; Catalan's and Aragonese's `clau`); a till's or counter's logins (`sportel`, `guichet`) under Ladin's
user, `utënt`, or French's, `utilisateur`; a host's address alone as the site a login opens (`ip`); a Romance key's
word alone as the password column beside a user's (`usuario,clau`) or head first before what it opens in a device
inventory (`clau_mdm`, `clave_admin`); a key's or a password's word head first before the first login's word
(`clave_temporal`, `contraseña_inicial`). Near misses: stand-ins, a catalogue's or an inventory's codes under a key's
word (`clave_producto`, `clave_inventario`, `clave_licencia`), a key's word with no user beside it (a translation
table's `clau`), an account's name under a key column. Generated fakes only (seeds 7940000-7940099)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.kinds.tabular import login_list
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7940000
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789"


def _chosen(seed: int) -> str:
    """A person's chosen password: two capitalised words, a symbol, four digits (`Word#Wor1234`)."""
    return (fakes.drawn(seed, 6, _LOWER).capitalize() + "#" + fakes.drawn(seed + 1, 4, _LOWER).capitalize()
            + fakes.drawn(seed + 2, 4, _DIGITS))


_PASSWORD = _chosen(_SEED + 1)
_OTHER = _chosen(_SEED + 11)
_KEY = fakes.drawn_mixed(_SEED + 21, 32)
_DEVICE_KEY = fakes.drawn_mixed(_SEED + 22, 16)
_IMEI = "35" + fakes.drawn(_SEED + 23, 13, _DIGITS)

# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # an integrations sheet headed in Ladin: the service, its account, its key (`ciaf`)
    ("ops/integrazions.csv", f"servisc,account,ciaf,nota\nCorier,6240000,{_KEY},etichetes\nBanca,ORT-01,(ver portal),\n",
     _KEY),
    # ... in Romansh (`servetsch`, `clav`), `;`-separated
    ("ops/integraziuns.csv", f"servetsch;account;clav\nPajament;acct_ops;{_KEY}\n", _KEY),
    # ... in Catalan, its key `clau` beside the service's account
    ("ops/integracions.csv", f"servei,compte,clau,notes\nMissatgeria,ops-bcn,{_KEY},\n", _KEY),
    # a counter's logins under Ladin's user (`utënt`) and password (`parola`)
    ("notes/kassa-utenc.csv", f"sportel,utënt,parola,nota\nPlaza,kassa-plaza,{_PASSWORD},PC\nPonte,kassa-ponte,(muda),\n",
     _PASSWORD),
    # ... a French office's counters
    ("exports/guichets.csv", f"guichet,utilisateur,mot de passe\nG1,guichet1,{_PASSWORD}\n", _PASSWORD),
    # a Romance key's word alone beside a user's: the login's password (Aragonese's `clau`, no site named)
    ("inventario/pantallas.csv", f"estacion,ip,usuario,clau,pantalla\nNorte,10.40.1.31,pi,,LG 32\n"
                                 f"Sur,10.40.2.31,pi,{_PASSWORD},LG 32\n", _PASSWORD),
    # ... Portuguese's `chave` beside `utilizador` and the system each login opens
    ("exports/acessos.csv", f"sistema,utilizador,chave\nERP,loja01,{_OTHER}\n", _OTHER),
    # a device inventory's key head first before what it opens (`clau_mdm`)
    ("inventario/tabletas.csv", f"bus;matricula;tableta;imei;android;clau_mdm\nB07;1234-KLM;Samsung A9;{_IMEI};14;\n"
                                f"B14;9012-MNP;Samsung A9;{_IMEI};14;{_DEVICE_KEY}\n", _DEVICE_KEY),
    # ... a Spanish team's router admin's (`clave_admin`), a chosen password
    ("inventario/routers.csv", f"equipo,serie,clave_admin\nrouter-1,5CD1234XYZ,{_PASSWORD}\n", _PASSWORD),
    # the first login's password named with a key's word head first (`clave_temporal`) beside the user's and a role
    ("exports/cuentas_panel.csv", f"usuario,rol,clave_temporal,creada\nana.perez,socia,{_OTHER},2026-10-01\n"
                                  "luis.rey,socia,(cambiada),2026-10-01\n", _OTHER),
    # ... Spanish's own password word head first, the sheet naming no role, no site
    ("exports/terminales.csv", f"terminal,contacto,contraseña_inicial\nT-01,compras,{_PASSWORD}\n", _PASSWORD),
]

# (file name, text): near misses that must pass
DECOYS: List[Tuple[str, str]] = [
    # an integrations sheet's stand-ins and an account's name under the key column
    ("ops/integrazions.csv", "servisc,account,ciaf,nota\nCorier,6240000,(ver portal),\nShop,ops,(ver .env.production),\n"
                             "Banca,ORT-01,bulegra_2024,\n"),
    # a translation table's key column: no user beside it
    ("i18n/textos.csv", "clau,ca,es\nlogin.title,Entrada,Entrada\nmenu.usuari,Usuari,Usuario\n"),
    # a key's word alone beside a user's, its passwords changed or blank
    ("exports/usuaris.csv", "usuari,clau\nmaria,(canviada)\njordi,\n"),
    # a school's codes under a key's word beside a user's
    ("escuelas.csv", "clave,nombre,usuario\n09DPR1234K,Primaria Juarez,director01\n"),
    # an inventory's own codes and a licence under a key's word head first
    ("inventario/equipos.csv", f"equipo,imei,clave_inventario,clave_producto\nTablet 1,{_IMEI},INV-2024-0012,43211503\n"),
    ("inventario/equipos.csv", "equipo,serie,clave_licencia\nPC1,5CD1234XYZ,VK7JG-NPHTM-C97JM-9MPGT-3V66T\n"),
    # a device's key head first with no device named: a catalogue's `clau_mdm` is no device's
    ("catalogo/perfils.csv", f"perfil,descripcio,clau_mdm\nbasic,perfil basic,{fakes.drawn(_SEED + 31, 12, _LOWER)}\n"),
    # a device inventory's stock, noted and kept-elsewhere passwords
    ("inventario/routers.csv", "equipo,serie,clave_admin\nrouter-1,5CD1234XYZ,changeme\nrouter-2,5CD1234XY2,(ver KeePass)\n"),
    # a counter's sheet whose passwords are changed
    ("notes/kassa-utenc.csv", "sportel,utënt,parola,nota\nPlaza,kassa-plaza,(muda ai 1.12.),\n"),
    # a vocabulary list: Italian's `parola`, a word, beside no user
    ("didattica/vocaboli.csv", "parola,traduzione\ncasa,house\nfinestra,window\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", FORMS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(FORMS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []


@pytest.mark.parametrize("header,listed", [
    ("estacion,ip,usuario,clau", True),  # (the host's address: the site each login opens)
    ("host,ip_address,username,password", True),
    ("username,password,last_login_ip", False),  # (a users table's record of the last login: no site)
    ("usuario,clau", False),  # (a user and a password alone, as `username,password` alone is none)
])
def test_login_list_by_address(header: str, listed: bool) -> None:
    assert login_list(header, ",") is listed
