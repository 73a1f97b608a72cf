"""Blind rounds of stop 65 (CSV sheets, code, shell and php.ini, round two): credentials their readers missed, each
beside the decoys nearest to it: a sheet of logins whose user column is headed in one of the smaller Romance languages
(Friulian's `utent`, Asturian's `usuariu`, Occitan's `utilizaire`); an owner's sheet of integrations whose key is drawn in
one case of the whole alphabet (SolarEdge's capitals and digits), not hex; a key's word head first before whose key it is
(`CLAVE_SERVIDOR`, `chave_cliente`, `CHIAVE_SERVIZIO`), as English's `SERVER_KEY`; a vendor's test-mode key with a drawn body
(`<head>_test_…`), which blocks by policy; a mail password command's bare literal holding a chosen `$` (`Word$Word1234`).
Generated fakes only (seeds 7750000-7750049)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7750000


_WORDS = ("Cjase", "Frico", "Sidra", "Molin", "Ostal", "Vigne", "Borc", "Prat", "Vega", "Cjamp", "Mont", "Riu")


def _chosen(seed: int, symbol: str) -> str:
    """A password as people choose one: two capitalised words, a symbol between them, four digits."""
    first, second = random.Random(seed).sample(_WORDS, 2)
    return f"{first}{symbol}{second}{fakes.drawn(seed + 2, 4, string.digits)}"


_FTP_PASSWORD = _chosen(_SEED + 1, "*")
_PORTAL_PASSWORD = _chosen(_SEED + 4, "!")
_SITE_PASSWORD = _chosen(_SEED + 7, "#")
_UPPER_KEY = fakes.drawn(_SEED + 10, 32, string.ascii_uppercase + string.digits)
_LOWER_KEY = fakes.drawn(_SEED + 11, 32, string.ascii_lowercase + string.digits)
_SERVER_KEY = "psh_" + fakes.drawn_mixed(_SEED + 12, 44)
_CLIENT_KEY = fakes.drawn_mixed(_SEED + 13, 32)
_TEST_MODE_TOKEN = "rfx_test_" + fakes.drawn_mixed(_SEED + 14, 32)
_TEST_MODE_KEY = "pay_test_" + fakes.drawn_mixed(_SEED + 15, 28)
_MAIL_PASSWORD = _chosen(_SEED + 16, "$")


def _friulian_sheet(password: str) -> str:
    return ("fornidor,servizi,url,utent,password,note\n"
            f"Salumificio Borc,salam,sftp://sftp.borc.example.it,cjasefurlane,{password},ordins setemanâi\n"
            "Trasporti Friul,spedizions,https://portal.trasporti.example.it,ordini,vie SSO,\n")


def _asturian_sheet(password: str) -> str:
    return ("proveedor,servicio,usuariu,contrasena,notes\n"
            "Imprenta Xixón,portal etiquetes,coop_sidra,(ver caxa fuerte),\n"
            f"Transportes Cares,portal envíos,llagar.nava,{password},cambiar en setiembre\n")


def _occitan_sheet(password: str) -> str:
    return f"site,utilizaire,senhal,nòtas\nhttps://b2b.moulin.example.fr,ostal,{password},\n"


def _owner_sheet(key: str) -> str:
    return ("vendor,endpoint,auth,key,owner\nItron,https://ami.itron.example/api,header,(in vault),Ella\n"
            f"SolarEdge monitoring,https://monitoringapi.solaredge.com,query,{key},Jimmy\n")


def _java(name: str, value: str) -> str:
    return ("package es.refuxos.app;\n\npublic final class Pushes {\n"
            f'    private static final String {name} = "{value}";\n'
            '    static String header() { return "key=" + ' + name + "; }\n}\n")


def _msmtp_ini(command: str) -> str:
    return (f'sendmail_path = "/usr/bin/msmtp -t --host=smtp.zoho.com --port=587 --auth=on --user=shop@bunabet.example'
            f" --passwordeval='{command}' --tls=on\"\nmail.add_x_header = Off\n")


FORMS: List[Tuple[str, str, str]] = [
    # a sheet of logins whose user column is headed in Friulian, Asturian or Occitan
    ("docs/fornidors.csv", _friulian_sheet(_FTP_PASSWORD), _FTP_PASSWORD),
    ("docs/soporte/accesos-proveedores.csv", _asturian_sheet(_PORTAL_PASSWORD), _PORTAL_PASSWORD),
    ("docs/acces.csv", _occitan_sheet(_SITE_PASSWORD).replace("senhal", "password"), _SITE_PASSWORD),
    # an owner's sheet of integrations: a key drawn in one case of the whole alphabet
    ("grid/metering/ami_vendors.csv", _owner_sheet(_UPPER_KEY), _UPPER_KEY),
    ("grid/metering/ami_vendors.csv", _owner_sheet(_LOWER_KEY), _LOWER_KEY),
    # a key's word head first, then whose key it is
    ("app/src/main/java/es/refuxos/app/Pushes.java", _java("CLAVE_SERVIDOR", _SERVER_KEY), _SERVER_KEY),
    ("app/config.py", f'chave_cliente = "{_CLIENT_KEY}"\n', _CLIENT_KEY),
    ("app/config.py", f'CHIAVE_SERVIZIO = "{_CLIENT_KEY}"\n', _CLIENT_KEY),
    # a vendor's test-mode key with a drawn body
    ("scripts/entornu-dev.sh", f"#!/usr/bin/env bash\nexport REFUXOS_API=https://api.staging.example\n"
                               f"export REFUXOS_TOKEN={_TEST_MODE_TOKEN}\n", _TEST_MODE_TOKEN),
    ("config/pagos.yaml", f"pagos:\n  api_url: https://api.pagos.example\n  api_token: {_TEST_MODE_KEY}\n", _TEST_MODE_KEY),
    # a mail password command's bare literal holding a chosen `$`
    ("docker/php/conf.d/mail.ini", _msmtp_ini(f"echo {_MAIL_PASSWORD}"), _MAIL_PASSWORD),
    (".msmtprc", f"account shop\nhost smtp.zoho.com\nuser shop@bunabet.example\npasswordeval echo {_MAIL_PASSWORD}\n",
     _MAIL_PASSWORD),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # the same sheets' passwords kept elsewhere, or given as a note
    ("docs/fornidors.csv", _friulian_sheet("cjale KeePass")),
    ("docs/fornidors.csv", _friulian_sheet("(KeePass)")),
    ("docs/soporte/accesos-proveedores.csv", _asturian_sheet("(ver caxa fuerte)")),
    ("docs/soporte/accesos-proveedores.csv", _asturian_sheet("********")),
    # an owner's sheet: one case of hex (an id's, a digest's), a run of one character, digits alone
    ("grid/metering/ami_vendors.csv", _owner_sheet(fakes.drawn(_SEED + 20, 32, "0123456789ABCDEF"))),
    ("grid/metering/ami_vendors.csv", _owner_sheet(fakes.drawn(_SEED + 21, 32, "0123456789abcdef"))),
    ("grid/metering/ami_vendors.csv", _owner_sheet("X" * 32)),
    ("grid/metering/ami_vendors.csv", _owner_sheet(fakes.drawn(_SEED + 22, 24, string.digits))),
    # a key's word before whose key it is, holding a name, a variable's read, a host
    ("app/src/main/java/es/refuxos/app/Pushes.java", _java("CLAVE_SERVIDOR", "servidor-madrid-01")),
    ("app/config.py", 'chave_cliente = os.environ["CHAVE_CLIENTE"]\n'),
    ("app/config.py", 'CHIAVE_SERVIZIO = "servizio.interno.example.it"\n'),
    # a test-mode key's stand-ins: a count, words
    ("scripts/entornu-dev.sh", "export REFUXOS_TOKEN=rfx_test_123\n"),
    ("scripts/entornu-dev.sh", "export REFUXOS_TOKEN=rfx_test_yourtokenherepleasefillin\n"),
    # a password command printing a variable, or a word run into one
    ("docker/php/conf.d/mail.ini", _msmtp_ini("echo $MAIL_PASSWORD")),
    (".msmtprc", "account shop\nhost smtp.zoho.com\npasswordeval echo mail$HOME\n"),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
