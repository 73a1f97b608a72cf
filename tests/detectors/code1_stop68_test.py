"""Stop 68's misses in code and configuration (blind sets NY, OE, OF): credentials named in the team's language.

- Spanish's `clave` holding a chosen password, head first before what it opens (`CLAVE_CERT`, `clave_p12`) or after it
  in English's order (`WIFI_CLAVE`, `dbClave`), a literal or a concatenation of literals; French's and Portuguese's
  password word glued into one (`$motdepasse`, `palavrapasse`);
- a localized key word in the middle of a name, after the service's or app's name and before what it is for
  (`MAPAS_LLAVE_SUBIDA`, `mapas_llave_servidor`), holding a key's bytes in hex; and in an Android resource's
  `<string name="…">` element;
- a sheet's first-login password column named for what it opens (`clave_inicial_app`, `initial_app_password`);
- a Django secret key opening with `$` (`$gk_x$sun*…`: drawn so, not a variable); Lyra's (PayZen's) `prodpassword_`
  REST API password; a gateway's private merchant id (Kushki's, beside its public one); a key named qualifier first,
  what it is for after it (`ApiLlaveGuias`); a `user:password` pair under a `claves` name.

Their neighbours pass: a catalogue's `clave_producto`, an example's password, a digest, a hint column.
Generated fakes only: seeds 8850000-8859999.
"""
from __future__ import annotations

import re
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8850000


def _chosen(seed: int) -> str:
    """A password a person chose: two capitalised words, a symbol, four digits (`Tiger*Cedar9572`)."""
    first = fakes.drawn(seed, 1, string.ascii_uppercase) + fakes.drawn(seed + 1, 5, "aeioukmnprstlw")
    second = fakes.drawn(seed + 2, 1, string.ascii_uppercase) + fakes.drawn(seed + 3, 4, "aeioukmnprstlw")
    return first + fakes.drawn(seed + 4, 1, "*!?+#") + second + fakes.drawn(seed + 5, 4, string.digits)


def _hex_key(seed: int, length: int = 40) -> str:
    while True:
        value = fakes.drawn(seed, length, "0123456789abcdef")
        if len(set(value)) >= 12:
            return value
        seed += 1000


_CHOSEN = _chosen(_SEED + 10)
_CHOSEN_2 = _chosen(_SEED + 20)
_HEX40 = _hex_key(_SEED + 30)
_HEX32 = _hex_key(_SEED + 40, 32)

_SHEET = ("guia,telefono,correo,{column},certificacion\n"
          "Ana Pilco,+593 99 412 7730,ana@cooperativa.example.org,(ya cambió),guía\n"
          "Rumi Tituaña,+593 96 220 4418,rumi@cooperativa.example.org,{value},guía nacional\n")

# (file name, text, the secret the blocking finding holds)
SECRETS: List[Tuple[str, str, str]] = [
    # `clave` head first, what it opens after it
    ("facturacion/firmar.sh", f"CERT=/opt/firma/coop.p12\nCLAVE_CERT='{_CHOSEN}'\njava -jar firmador.jar --clave \"$CLAVE_CERT\"\n",
     _CHOSEN),
    ("config/correo.env", f"CLAVE_CORREO={_CHOSEN}\n", _CHOSEN),
    ("app/config.php", f"<?php\n$clave_p12 = '{_CHOSEN}';\n", _CHOSEN),
    # `clave` after what it opens, and split into literals
    ("caja/impresora.py", f'WIFI_RED = "Plaza-114"\nWIFI_CLAVE = "{_CHOSEN_2}"\n', _CHOSEN_2),
    ("caja/impresora.py", f'WIFI_CLAVE = "{_CHOSEN_2[:6]}" + "{_CHOSEN_2[6:]}"\n', _CHOSEN_2),
    ("src/db.js", f"const dbClave = '{_CHOSEN_2}';\n", _CHOSEN_2),
    # French's and Portuguese's password word glued
    ("legacy/connexion.php", f"<?php\n$utilisateur = 'fret';\n$motdepasse = '{_CHOSEN}';\n", _CHOSEN),
    ("bdd.py", f'MOTDEPASSE_BDD = "{_CHOSEN}"\n', _CHOSEN),
    ("app/Config.java", f'String palavraPasse = "{_CHOSEN}";\n', _CHOSEN),
    # a key's word in the middle: the service's name, the key, what it is for; in a here-doc, an env file, Android's XML
    ("scripts/nuevo.sh", f"cat > /etc/mapas.env <<EOT\nMAPAS_PUERTO=8081\nMAPAS_LLAVE_SUBIDA={_HEX40}\nEOT\n", _HEX40),
    ("tienda/.env", f"TIENDA_CLAVE_WEBHOOK={_HEX32}\n", _HEX32),
    ("app/src/main/res/values/secrets.xml",
     f'<resources>\n    <string name="mapas_llave_servidor" translatable="false">{_HEX32}</string>\n</resources>\n', _HEX32),
    ("app/src/main/res/values/secrets.xml", f'<resources>\n    <string name="llave_api">{_HEX32}</string>\n</resources>\n', _HEX32),
    # a sheet's first-login password column, named for what it opens
    ("oficina/cuentas.csv", _SHEET.format(column="clave_inicial_app", value=_CHOSEN), _CHOSEN),
    ("oficina/cuentas.csv", _SHEET.format(column="contrasena_temporal_vpn", value=_CHOSEN), _CHOSEN),
    ("office/accounts.csv", _SHEET.format(column="initial_app_password", value=_CHOSEN), _CHOSEN),
]

def _django_key(seed: int) -> str:
    """A Django secret key (fakes.django_secret_key) that opens with `$`, as one in some fifty does."""
    while True:
        value = fakes.django_secret_key(seed)
        if value[1:2].isalpha() and len({c for c in value if not c.isalnum()}) >= 5:
            return "$" + value[1:]
        seed += 1000


_DJANGO = _django_key(_SEED + 50)
_LYRA = "prodpassword_" + fakes.drawn_mixed(_SEED + 60, 45)
_KUSHKI = _hex_key(_SEED + 70, 32)
_PLIST_KEY = "app_live_" + fakes.drawn_mixed(_SEED + 80, 40)


def _drawn_sync(seed: int) -> str:
    """Eighteen letters and digits as a sync server draws them (its digits in two runs or more)."""
    while True:
        value = fakes.drawn_mixed(seed, 18)
        if len(re.findall(r"[0-9]+", value)) >= 2:
            return value
        seed += 1000


_SYNC = _drawn_sync(_SEED + 90)

SECRETS += [
    # a Django key that opens with `$` (or holds `$(`): a literal in Python, YAML, an env file
    ("reservas/settings/produccion.py", f'DEBUG = False\nSECRET_KEY = "{_DJANGO}"\n', _DJANGO),
    ("reservas/settings/produccion.py", f"SECRET_KEY = '{_DJANGO}'\n", _DJANGO),
    ("deploy/values.yaml", f'django:\n  secret_key: "{_DJANGO}"\n', _DJANGO),
    ("reservas/.env.production", f"DJANGO_SECRET_KEY={_DJANGO}\n", _DJANGO),
    # Lyra's (PayZen's) production REST API password, wherever it is
    ("Caisse/appsettings.Production.json", f'{{\n  "Paiement": {{\n    "BoutiqueId": "53578864",\n    "CleProduction": "{_LYRA}"\n  }}\n}}\n', _LYRA),
    ("shop/payzen.php", f"<?php\ndefine('PAYZEN_PASSWORD', getenv('X') ?: '{_LYRA}');\n", _LYRA),
    # a gateway's private merchant id beside its public one
    ("tienda/.env.production", f"KUSHKI_PUBLIC_MERCHANT_ID=10000003621937460123\nKUSHKI_PRIVATE_MERCHANT_ID={_KUSHKI}\n", _KUSHKI),
    ("src/pagos.ts", f"const kushki = {{ privateMerchantId: '{_KUSHKI}' }};\n", _KUSHKI),
    ("scripts/cobro.sh", f"curl -H 'Private-Merchant-Id: {_KUSHKI}' https://api-uat.kushkipagos.com/card/v1/charges\n", _KUSHKI),
    # a key's qualifier, the localized key's word, what it is for (`ApiLlaveGuias`)
    ("Purik/Configuracion.plist", f"<plist version=\"1.0\">\n<dict>\n\t<key>ApiLlaveGuias</key>\n\t<string>{_PLIST_KEY}</string>\n</dict>\n</plist>\n",
     _PLIST_KEY),
    ("config/app.py", f'API_CLAVE_RESERVAS = "{_PLIST_KEY}"\n', _PLIST_KEY),
    # a user and a password under a `claves` name
    ("lib/main.dart", f"const _clavesSync = 'app_sync:{_SYNC}';\n", f"app_sync:{_SYNC}"),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    ("catalogo/productos.py", 'clave_producto = "ABC-1234-XY"\n'),
    ("catalogo/productos.py", 'CLAVE_PRODUCTO = "Poncho-Azul-2024"\n'),
    ("docs/ejemplo.py", 'CLAVE_EJEMPLO = "Tullpu?Wasi14"\n'),
    ("config/correo.env", "CLAVE_CORREO=P@ssw0rd!2024\n"),
    ("config/correo.env", "CLAVE_CORREO=${SMTP_CLAVE}\n"),
    ("buscar.py", 'palabra_clave = "Poncho Azul"\n'),
    ("legacy/connexion.php", "<?php\n$motdepasse = getenv('DB_MOTDEPASSE');\n"),
    ("tienda/.env", "MAPAS_LLAVE_SUBIDA=cambiar-en-produccion\n"),
    ("tienda/.env", f"MAPAS_LLAVE_HASH={_HEX40}\n"),
    ("tienda/.env", "MAPAS_LLAVE_SUBIDA=0000000000000000000000000000000000000000\n"),
    ("app/src/main/res/values/strings.xml", '<resources>\n    <string name="clave_producto">Clave del producto</string>\n</resources>\n'),
    ("oficina/cuentas.csv", _SHEET.format(column="clave_inicial_app", value="CambiarAlIngresar")),
    ("oficina/cuentas.csv", _SHEET.format(column="clave_inicial_hash", value=_CHOSEN)),
    ("oficina/cuentas.csv", _SHEET.format(column="clave_inicial_app", value="(pedir a Diego)")),
    # a `$` reference stays one; Lyra's documented test password; a private resource's or a private key's id
    ("run.sh", 'export SECRET_KEY="$DJANGO_SECRET_KEY"\n'),
    ("run.sh", 'export SECRET_KEY="${DJANGO_SECRET_KEY:-}"\n'),
    ("settings.py", 'SECRET_KEY = "$DJANGO_SECRET_KEY"\n'),
    ("docs/payzen.py", 'KEY = "testpassword_DEMOPRIVATEKEY23G4475zXZQ2UA5x7M"\n'),
    ("tienda/.env", f"KUSHKI_PUBLIC_MERCHANT_ID={_KUSHKI}\n"),
    ("sa.env", f"PRIVATE_KEY_ID={_KUSHKI}\n"),
    ("infra/main.tf", 'private_subnet_id = "subnet-0a1b2c3d4e5f67890"\n'),
    ("tienda/.env", "KUSHKI_PRIVATE_MERCHANT_ID=00000000000000000000000000000000\n"),
    ("Purik/Configuracion.plist", "<dict>\n\t<key>ApiLlaveGuias</key>\n\t<string>REEMPLAZAR_CON_LA_LLAVE</string>\n</dict>\n"),
    ("Purik/Configuracion.plist", f"<dict>\n\t<key>ApiLlavePublica</key>\n\t<string>{_PLIST_KEY}</string>\n</dict>\n"),
    ("lib/main.dart", "const _clavesSync = 'app_sync:cambiar';\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:8]) for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:8]) for finding in found]
