"""Blind set AZ: GIS, mapping, geospatial and public-sector open-data teams using Python.

ArcGIS (the arcgis API, portal tokens, ArcPy scripts, connection notes, Chef attributes), QGIS
projects and profiles, GeoServer data directories and REST scripts, PostGIS/GDAL connection
strings, MapServer, MapProxy and vector-tile servers, Mapbox, Google Maps Platform, HERE, TomTom
and the smaller geocoding/tile providers, Planet, Sentinel Hub, Copernicus, NASA Earthdata, USGS,
Earth Engine, CKAN, Socrata and other open-data portals, OGC WMS/WFS clients and Leaflet/OpenLayers
front ends, and their decoys (public Mapbox pk. tokens, item ids, EPSG codes, coordinates, GeoJSON
ids, tile hashes, GeoServer/MapServer ciphertext, verifiers). Generated fakes only (seeds
450000-459999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import string
import textwrap
from typing import Dict, List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
LOWALNUM = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
_SEED = [450000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 460000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 460000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Contour", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meridian", "Tundra", "Beacon", "Quartz", "Parcel", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Raster", "Estuary", "Ridge", "Prairie"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "delta", "contour"]
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "Fall"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice(["!", "#", "!!", "$"])


def human_pw() -> str:
    r = _rng()
    forms = [lambda: r.choice(WORDS) + str(r.randint(1, 99)) + r.choice("!#$"),
             lambda: r.choice(LOWER).capitalize() + r.choice(["Gis", "Map", "Geo"]) + str(r.randint(100, 999)) + "!",
             lambda: r.choice(["gis", "arc", "geo", "qgis"]) + r.choice(["Admin", "Editor", "4Life"]) + str(r.randint(10, 99)) + r.choice("!@#")]
    return r.choice(forms)()


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return draw(n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(header: Dict[str, object], payload: Dict[str, object], sig_len: int = 43) -> str:
    enc = lambda d: b64url(json.dumps(d, separators=(",", ":")).encode())  # noqa: E731
    return enc(header) + "." + enc(payload) + "." + draw(sig_len, URLSAFE)


def mapbox_token(kind: str = "sk", user: str = "cityofmidvale") -> str:
    r = _rng()
    ident = "c" + r.choice("lkm") + "".join(r.choice(LOWALNUM) for _ in range(23))
    payload = b64url(json.dumps({"u": user, "a": ident}, separators=(",", ":")).encode())
    return f"{kind}.{payload}." + "".join(r.choice(URLSAFE) for _ in range(22))


def mapbox_style_id() -> str:
    r = _rng()
    return "c" + r.choice("lkm") + "".join(r.choice(LOWALNUM) for _ in range(23))


def google_key() -> str:
    return "AIzaSy" + draw(33, URLSAFE)


def aapk() -> str:
    """A legacy ArcGIS location-platform API key: AAPK, 32 hex, then a long url-safe tail."""
    return "AAPK" + hexs(32) + draw(96, URLSAFE)


def arcgis_token() -> str:
    """A token as /sharing/rest/generateToken hands it out (url-safe, ending in two dots)."""
    return draw(150, URLSAFE) + ".."


def planet_key() -> str:
    return "PLAK" + hexs(32)


def sh_secret() -> str:
    """A Sentinel Hub OAuth client secret: 40 characters with punctuation."""
    return draw(40, ALNUM + "!#%()*+,-.:;<=>?@[]^_{|}~")


def earthdata_token(uid: str = "gis_ops") -> str:
    r = _rng()
    iat = r.randint(1_700_000_000, 1_730_000_000)
    return jwt({"typ": "JWT", "origin": "Earthdata Login", "sig": "edljwtpubkey_ops", "alg": "RS256"},
               {"type": "User", "uid": uid, "exp": iat + 5_184_000, "iat": iat, "iss": "https://urs.earthdata.nasa.gov"},
               342)


def ckan_token() -> str:
    r = _rng()
    return jwt({"typ": "JWT", "alg": "HS256"},
               {"jti": "".join(r.choice(URLSAFE) for _ in range(43)), "iat": r.randint(1_690_000_000, 1_730_000_000)})


def cesium_token() -> str:
    r = _rng()
    return jwt({"alg": "HS256", "typ": "JWT"},
               {"jti": fakes.uuid4(_seed()), "id": r.randint(100000, 299999), "iat": r.randint(1_690_000_000, 1_730_000_000)})


def pem(label: str = "PRIVATE KEY", lines: int = 14) -> str:
    r = _rng()
    head = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" if label == "PRIVATE KEY" else "MIIEpAIBAAKCAQEA"
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head)))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    rows.append("".join(r.choice(B64) for _ in range(r.randint(20, 60))) + "==")
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def cert_pem() -> str:
    r = _rng()
    body = "MIIDXTCCAkWgAwIBAgIJA" + "".join(r.choice(B64) for _ in range(64 * 12 - 21))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def geoserver_crypt(scheme: str = "crypt1") -> str:
    r = _rng()
    raw = bytes(r.randrange(256) for _ in range(r.choice([24, 32, 48])))
    return f"{scheme}:" + base64.b64encode(raw).decode()


def digest1() -> str:
    r = _rng()
    raw = bytes(r.randrange(256) for _ in range(48))
    return "digest1:" + base64.b64encode(raw).decode()


def bcrypt_hash() -> str:
    return "$2y$10$" + draw(53, ALNUM + "./")


def pbkdf2_sha512() -> str:
    return "$pbkdf2-sha512$25000$" + draw(22, ALNUM + "./") + "$" + draw(86, ALNUM + "./")


def scram_verifier() -> str:
    return ("SCRAM-SHA-256$4096:" + b64(draw(16)) + "$" + base64.b64encode(bytes(_rng().randrange(256) for _ in range(32))).decode()
            + ":" + base64.b64encode(bytes(_rng().randrange(256) for _ in range(32))).decode())


def vault_blob(lines: int = 6) -> str:
    r = _rng()
    return "\n".join("".join(r.choice(HEX) for _ in range(80)) for _ in range(lines))


def sha256_of(label: str) -> str:
    return hashlib.sha256((label + str(_seed())).encode()).hexdigest()


def commit_sha() -> str:
    return hexs(40)


CASES: List[LabelledCase] = []


def T(text: str) -> str:
    """A file's text written indented in this module."""
    return textwrap.dedent(text).lstrip("\n")


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-az/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-az/{fmt}/decoy-{what}", file_name, text, None, source))


def _fill(template: str, secret: Optional[str], values: Dict[str, str]) -> str:
    text = T(template)
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    if secret is not None:
        text = text.replace("@@", secret)
    return text


def SV(fmt: str, kind: str, file_name: str, template: str, secret: str, source: str, **values: str) -> None:
    """A secret case from a template: @@ is the secret, @name@ another value (filled after dedent,
    so a multi-line value keeps its own layout)."""
    S(fmt, kind, file_name, _fill(template, secret, values), secret, source)


def DV(fmt: str, what: str, file_name: str, template: str, source: str, **values: str) -> None:
    D(fmt, what, file_name, _fill(template, None, values), source)


# --------------------------------------------------------------------------------------------
# ArcGIS: the arcgis Python API, ArcPy, portal tokens, Enterprise install attributes, notes
# --------------------------------------------------------------------------------------------

SV("arcgis-python", "password", "scripts/arcgis/publish_parcels.py", '''
    """Nightly overwrite of the parcel fabric hosted layer (Task Scheduler on GIS-APP02)."""
    import logging
    from pathlib import Path

    from arcgis.gis import GIS
    from arcgis.features import FeatureLayerCollection

    log = logging.getLogger("publish_parcels")
    ORG_URL = "https://midvale.maps.arcgis.com"
    PARCELS_ITEM_ID = "@item@"
    EXPORT = Path(r"D:/gis/exports/parcels_fgdb.zip")


    def main() -> None:
        gis = GIS(ORG_URL, "gis_publisher", "@@")
        log.info("signed in as %s", gis.users.me.username)
        item = gis.content.get(PARCELS_ITEM_ID)
        flc = FeatureLayerCollection.fromitem(item)
        result = flc.manager.overwrite(str(EXPORT))
        log.info("overwrite: %s", result)


    if __name__ == "__main__":
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
        main()
    ''', words_pw(), "https://developers.arcgis.com/python/latest/guide/working-with-different-authentication-schemes/",
   item=hexs(32))

DV("arcgis-python", "profile-and-item-ids", "scripts/arcgis/refresh_hydrants.py", '''
    """Refresh the hydrant inspection view. Credentials come from the stored 'midvale_pub' profile
    (created once with GIS(url, username, profile="midvale_pub"); the password lives in the OS keyring)."""
    from arcgis.gis import GIS

    HYDRANTS_ITEM = "@a@"
    INSPECTIONS_VIEW = "@b@"
    WEBMAP_ID = "@c@"
    ORG_ID = "@org@"

    gis = GIS(profile="midvale_pub")
    layer = gis.content.get(HYDRANTS_ITEM).layers[0]
    print(layer.query(where="STATUS = 'OUT_OF_SERVICE'", return_count_only=True))
    view = gis.content.get(INSPECTIONS_VIEW)
    view.update(item_properties={"snippet": f"Refreshed from {HYDRANTS_ITEM} for org {ORG_ID}"})
    gis.content.get(WEBMAP_ID).share(groups=["@grp@"])
    ''', "https://developers.arcgis.com/python/latest/guide/working-with-different-authentication-schemes/",
   a=hexs(32), b=hexs(32), c=hexs(32), org=draw(16), grp=hexs(32))

SV("arcpy", "database-password", "tools/make_sde_connections.py", '''
    # Recreate the enterprise geodatabase connection files on a fresh GIS server build.
    # Run from the ArcGIS Pro python env:  propy tools/make_sde_connections.py
    import os
    import arcpy

    OUT = r"C:/gis/connections"
    os.makedirs(OUT, exist_ok=True)

    arcpy.management.CreateDatabaseConnection(
        OUT,
        "gisprod_sde.sde",
        "POSTGRESQL",
        "pg-gis-01.midvale.local",
        "DATABASE_AUTH",
        "sde",
        "@@",
        "SAVE_USERNAME",
        "gisprod",
    )
    arcpy.management.CreateDatabaseConnection(
        OUT, "gisprod_viewer.sde", "POSTGRESQL", "pg-gis-01.midvale.local",
        "OPERATING_SYSTEM_AUTH", database="gisprod",
    )
    print("connection files written to", OUT)
    ''', words_pw(), "https://pro.arcgis.com/en/pro-app/latest/tool-reference/data-management/create-database-connection.htm")

D("arcpy", "connection-file-path", "tools/reproject_zoning.py", T('''
    import arcpy

    # The .sde file holds the saved login; it is created on each server and never committed.
    arcpy.env.workspace = r"//gisfs01/connections/gisprod_editor.sde"
    arcpy.env.overwriteOutput = True

    STATE_PLANE = arcpy.SpatialReference(2277)   # NAD83 / Texas Central (ftUS)
    WEB_MERCATOR = arcpy.SpatialReference(3857)

    src = "gisprod.planning.zoning_districts"
    out = r"C:/gis/scratch/scratch.gdb/zoning_3857"
    arcpy.management.Project(src, out, WEB_MERCATOR, "WGS_1984_(ITRF00)_To_NAD_1983", STATE_PLANE)
    print(arcpy.management.GetCount(out)[0], "districts projected")
    '''), "https://pro.arcgis.com/en/pro-app/latest/arcpy/classes/spatialreference.htm")

SV("dotenv", "arcgis-api-key", ".env.geocoder", '''
    # Batch geocoder for the permits backlog (server side only)
    GEOCODER_URL=https://geocode-api.arcgis.com/arcgis/rest/services/World/GeocodeServer
    ARCGIS_API_KEY=@@
    GEOCODE_BATCH_SIZE=150
    GEOCODE_OUT_SR=4326
    PERMITS_CSV=data/permits_2024_q3.csv
    ''', aapk(), "https://developers.arcgis.com/documentation/security-and-authentication/api-key-authentication/")

SV("shell", "arcgis-token", "scripts/dump_work_orders.sh", '''
    #!/usr/bin/env bash
    # Pull open work orders from the Public Works feature service for the weekly report.
    set -euo pipefail
    SVC="https://gis.midvale.gov/server/rest/services/PublicWorks/WorkOrders/FeatureServer/0"
    TOKEN='@@'
    OUT="reports/work_orders_$(date +%Y%m%d).json"

    curl -sS --fail "${SVC}/query" \\
      --data-urlencode "where=STATUS <> 'CLOSED'" \\
      --data-urlencode "outFields=WO_ID,ASSET_ID,PRIORITY,CREATED" \\
      --data-urlencode "f=json" \\
      --data-urlencode "token=${TOKEN}" \\
      -o "$OUT"
    jq '.features | length' "$OUT"
    ''', arcgis_token(), "https://developers.arcgis.com/rest/services-reference/enterprise/query-feature-service-layer/")

_nb_pw = season_pw()
S("ipynb", "password", "notebooks/hosted_layer_audit.ipynb", T('''
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Hosted layer audit\\n", "Lists hosted feature layers nobody has opened in 12 months."]
      },
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": ["Logged in as gis_admin_jlee (Administrator)\\n"]
        }
       ],
       "source": [
        "from arcgis.gis import GIS\\n",
        "gis = GIS(\\"https://midvale.maps.arcgis.com\\", \\"gis_admin_jlee\\", \\"''' + _nb_pw + '''\\")\\n",
        "me = gis.users.me\\n",
        "print(f\\"Logged in as {me.username} ({me.role})\\")"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": [
        "stale = [i for i in gis.content.search('owner:*', item_type='Feature Layer', max_items=500)\\n",
        "         if i.numViews == 0]\\n",
        "len(stale)"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "ArcGIS Pro", "language": "python", "name": "arcgispro-py3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    '''), _nb_pw, "https://nbformat.readthedocs.io/en/latest/format_description.html")

DV("ipynb", "item-ids-and-extent", "notebooks/storm_drain_extent.ipynb", '''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [
        {
         "data": {"text/plain": ["{'xmin': -10889342.21, 'ymin': 3532117.48, 'xmax': -10861920.77, 'ymax': 3561004.93, 'spatialReference': {'wkid': 102100, 'latestWkid': 3857}}"]},
         "execution_count": 3,
         "metadata": {},
         "output_type": "execute_result"
        }
       ],
       "source": [
        "from arcgis.gis import GIS\\n",
        "gis = GIS(\\"home\\")\\n",
        "drains = gis.content.get(\\"@a@\\")\\n",
        "drains.layers[0].properties.extent"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 4,
       "metadata": {},
       "outputs": [
        {"name": "stdout", "output_type": "stream", "text": ["@b@ Storm Drain Inlets (view)\\n", "@c@ Storm Drain Outfalls\\n"]}
       ],
       "source": ["for it in drains.related_items('Service2Data'):\\n", "    print(it.id, it.title)"]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    ''', "https://developers.arcgis.com/python/latest/guide/working-with-different-authentication-schemes/",
   a=hexs(32), b=hexs(32), c=hexs(32))

SV("chef-json", "password", "arcgis-enterprise/server-primary.json", '''
    {
      "arcgis": {
        "version": "11.3",
        "run_as_user": "arcgis",
        "configure_windows_firewall": false,
        "server": {
          "url": "https://gisserver01.midvale.local:6443/arcgis",
          "wa_url": "https://gis.midvale.gov/server",
          "install_dir": "/opt",
          "admin_username": "siteadmin",
          "admin_password": "@@",
          "authorization_file": "/opt/software/authorization_files/11.3/server.prvc",
          "directories_root": "/net/gisfs01/arcgisserver/directories",
          "config_store_connection_string": "/net/gisfs01/arcgisserver/config-store",
          "log_level": "WARNING"
        }
      },
      "run_list": ["recipe[arcgis-enterprise::system]", "recipe[arcgis-enterprise::server]"]
    }
    ''', words_pw(), "https://github.com/Esri/arcgis-cookbook/tree/main/cookbooks/arcgis-enterprise")

DV("chef-json", "placeholder", "arcgis-enterprise/templates/portal.json", '''
    {
      "arcgis": {
        "version": "11.3",
        "run_as_user": "arcgis",
        "portal": {
          "hostname": "<portal_hostname>",
          "wa_url": "https://<web_adaptor_hostname>/portal",
          "admin_username": "<portal_admin_username>",
          "admin_password": "<portal_admin_password>",
          "admin_email": "<admin_email>",
          "security_question": "Your favorite ice cream flavor?",
          "security_question_answer": "<security_question_answer>",
          "authorization_file": "/opt/software/authorization_files/11.3/portal.json",
          "content_dir": "/arcgis/portal/usr/arcgisportal/content"
        }
      },
      "run_list": ["recipe[arcgis-enterprise::portal]"]
    }
    ''', "https://github.com/Esri/arcgis-cookbook/tree/main/cookbooks/arcgis-enterprise")

SV("markdown", "password", "docs/ags-connections.md", '''
    # ArcGIS Server connections (.ags) for ArcGIS Pro

    The `.ags` files in `\\\\gisfs01\\connections\\ags` are binary; recreate them from here when a
    workstation is rebuilt (Insert > Connections > Server > New ArcGIS Server).

    | Connection            | Server URL                                   | Type        |
    |-----------------------|----------------------------------------------|-------------|
    | gisserver01 (admin)   | https://gisserver01.midvale.local:6443/arcgis | Administer  |
    | gis.midvale.gov       | https://gis.midvale.gov/server               | Use (anon)  |

    Admin connection login:

    - user: `siteadmin`
    - password: `@@`
    - tick "Save Username/Password" only on the two publishing VMs.

    Publishing from Pro goes through the portal, not the .ags file, since federation (2022).
    ''', human_pw(), "https://pro.arcgis.com/en/pro-app/latest/help/projects/connect-to-a-gis-server.htm")

SV("yaml", "oauth-client-secret", "config/agol_app.yaml", '''
    # App credentials for the "Midvale Open Data Sync" OAuth app (Content > item @item@)
    arcgis:
      portal: https://midvale.maps.arcgis.com
      token_url: https://midvale.maps.arcgis.com/sharing/rest/oauth2/token
      client_id: @cid@
      client_secret: @@
      grant_type: client_credentials
      expiration_minutes: 120
    sync:
      datasets:
        - {item: @d1@, layer: 0, target: parcels}
        - {item: @d2@, layer: 2, target: zoning}
    ''', hexs(32), "https://developers.arcgis.com/documentation/security-and-authentication/app-authentication/",
   item=hexs(32), cid=draw(16), d1=hexs(32), d2=hexs(32))

DV("yaml", "env-reference", "config/agol_app.prod.yaml", '''
    # Same app as config/agol_app.yaml; the secret is injected by the runner.
    # client_id is public (it appears in every sign-in URL); client_secret never lives here.
    arcgis:
      portal: https://midvale.maps.arcgis.com
      token_url: https://midvale.maps.arcgis.com/sharing/rest/oauth2/token
      client_id: @cid@
      client_secret: ${ARCGIS_CLIENT_SECRET}
      grant_type: client_credentials
    sync:
      datasets:
        - {item: @d1@, layer: 0, target: parcels}
    ''', "https://developers.arcgis.com/documentation/security-and-authentication/app-authentication/",
   cid=draw(16), d1=hexs(32))

SV("makefile", "password", "Makefile", '''
    PORTAL ?= https://gis.midvale.gov/portal
    PY     ?= "C:/Program Files/ArcGIS/Pro/bin/Python/envs/arcgispro-py3/python.exe"
    SD_DIR := build/sd

    .PHONY: stage publish clean

    stage:
    \t$(PY) tools/stage_services.py --aprx maps/utilities.aprx --out $(SD_DIR)

    publish: stage
    \t$(PY) tools/publish_sd.py --portal $(PORTAL) --user portaladmin --password '@@' --folder Utilities $(SD_DIR)/*.sd

    clean:
    \trm -rf $(SD_DIR)
    ''', words_pw(), "https://www.gnu.org/software/make/manual/make.html")

SV("powershell", "password", "ops/Restart-GisServices.ps1", '''
    # Stops and starts the map services listed in services.txt through the ArcGIS Server admin API.
    param([string]$Server = "https://gisserver01.midvale.local:6443/arcgis")

    $user = "siteadmin"
    $pass = "@@"

    $body = @{ username = $user; password = $pass; client = "requestip"; f = "json" }
    $token = (Invoke-RestMethod -Method Post -Uri "$Server/admin/generateToken" -Body $body).token

    foreach ($svc in Get-Content "$PSScriptRoot/services.txt") {
        foreach ($op in "stop", "start") {
            Invoke-RestMethod -Method Post -Uri "$Server/admin/services/$svc.MapServer/$op" `
                -Body @{ f = "json"; token = $token } | Out-Null
        }
        Write-Host "restarted $svc"
    }
    ''', rand_pw(16, "!#"), "https://developers.arcgis.com/rest/enterprise-administration/server/generatetoken/")

SV("python-toolbox", "password", "toolboxes/FieldSync.pyt", '''
    # -*- coding: utf-8 -*-
    import arcpy


    class Toolbox(object):
        def __init__(self):
            self.label = "Field Sync"
            self.alias = "fieldsync"
            self.tools = [PullInspections]


    class PullInspections(object):
        def __init__(self):
            self.label = "Pull Field Maps inspections"
            self.canRunInBackground = False

        def getParameterInfo(self):
            out_fc = arcpy.Parameter(displayName="Output", name="out_fc", datatype="DEFeatureClass",
                                     parameterType="Required", direction="Output")
            return [out_fc]

        def execute(self, parameters, messages):
            arcpy.SignInToPortal("https://gis.midvale.gov/portal", "svc_fieldsync", "@@")
            src = "https://gis.midvale.gov/server/rest/services/Hosted/Inspections/FeatureServer/0"
            arcpy.conversion.ExportFeatures(src, parameters[0].valueAsText)
            messages.addMessage("inspections exported")
    ''', season_pw(), "https://pro.arcgis.com/en/pro-app/latest/arcpy/geoprocessing_and_python/a-quick-tour-of-python-toolboxes.htm")

D("python-toolbox", "keyring-lookup", "toolboxes/AssetExport.pyt", T('''
    # -*- coding: utf-8 -*-
    import arcpy
    import keyring

    PORTAL = "https://gis.midvale.gov/portal"


    class Toolbox(object):
        def __init__(self):
            self.label = "Asset Export"
            self.alias = "assetexport"
            self.tools = [ExportAssets]


    class ExportAssets(object):
        def __init__(self):
            self.label = "Export water assets"

        def execute(self, parameters, messages):
            user = "svc_assets"
            password = keyring.get_password("arcgis-portal", user)
            if password is None:
                raise arcpy.ExecuteError("run `keyring set arcgis-portal svc_assets` on this machine first")
            arcpy.SignInToPortal(PORTAL, user, password)
            arcpy.conversion.ExportFeatures("gisprod.water.mains", r"C:/gis/out/mains.shp")
    '''), "https://pro.arcgis.com/en/pro-app/latest/arcpy/functions/signintoportal.htm")

DV("json", "webmap-ids", "webmaps/snow_routes.webmap.json", '''
    {
      "operationalLayers": [
        {
          "id": "@l1@",
          "title": "Snow Routes",
          "url": "https://gis.midvale.gov/server/rest/services/Streets/SnowRoutes/MapServer/0",
          "itemId": "@i1@",
          "layerType": "ArcGISFeatureLayer",
          "visibility": true,
          "opacity": 1
        },
        {
          "id": "@l2@",
          "title": "Plow GPS (last 2h)",
          "url": "https://services7.arcgis.com/@org@/arcgis/rest/services/PlowAVL/FeatureServer/0",
          "itemId": "@i2@",
          "layerType": "ArcGISFeatureLayer"
        }
      ],
      "baseMap": {"baseMapLayers": [{"id": "VectorTile_2333", "layerType": "VectorTileLayer",
        "styleUrl": "https://cdn.arcgis.com/sharing/rest/content/items/@bm@/resources/styles/root.json"}],
        "title": "Streets (Night)"},
      "spatialReference": {"wkid": 102100, "latestWkid": 3857},
      "initialState": {"viewpoint": {"targetGeometry": {"xmin": -10889342.2, "ymin": 3532117.4, "xmax": -10861920.7, "ymax": 3561004.9,
        "spatialReference": {"wkid": 102100}}}},
      "version": "2.31"
    }
    ''', "https://developers.arcgis.com/web-map-specification/",
   l1="18f" + hexs(8) + "-layer-3", i1=hexs(32), l2="18f" + hexs(8) + "-layer-7", i2=hexs(32), org=draw(16), bm=hexs(32))

_bat_pw = human_pw()
S("batch", "password", "jobs/nightly_sync.bat", T('''
    @echo off
    REM Nightly: pull AVL points, append to the enterprise gdb, rebuild the tile cache
    set PROPY="C:\\Program Files\\ArcGIS\\Pro\\bin\\Python\\Scripts\\propy.bat"
    set LOG=D:\\gis\\logs\\nightly_%DATE:~-4%%DATE:~4,2%%DATE:~7,2%.log

    %PROPY% D:\\gis\\jobs\\append_avl.py --sde D:\\gis\\connections\\gisprod_editor.sde >> %LOG% 2>&1
    %PROPY% D:\\gis\\jobs\\rebuild_cache.py -s https://gisserver01.midvale.local:6443/arcgis -u siteadmin -p ''' + _bat_pw + ''' >> %LOG% 2>&1
    if errorlevel 1 echo CACHE FAILED >> %LOG%
    ''').replace("\n", "\r\n"), _bat_pw, "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/windows-commands")

SV("arcgis-python", "arcgis-api-key", "geocode/batch_geocode.py", '''
    import csv
    import sys

    from arcgis.gis import GIS
    from arcgis.geocoding import batch_geocode, get_geocoders

    # Location platform key scoped to geocoding (stored results) only.
    API_KEY = "@@"

    gis = GIS(api_key=API_KEY)
    geocoder = get_geocoders(gis)[0]

    with open(sys.argv[1], newline="") as fh:
        rows = list(csv.DictReader(fh))
    addresses = [f"{r['ADDR']}, Midvale, TX {r['ZIP']}" for r in rows]
    results = batch_geocode(addresses, geocoder=geocoder, out_sr=4326, for_storage=True)
    for row, hit in zip(rows, results):
        print(row["PERMIT_NO"], hit["location"]["x"], hit["location"]["y"], hit["score"])
    ''', aapk(), "https://developers.arcgis.com/python/latest/api-reference/arcgis.geocoding.html")

D("markdown", "placeholder", "docs/arcgis-auth.md", T('''
    # Signing in from scripts

    Use a stored profile on servers, never a password in the script:

    ```python
    from arcgis.gis import GIS
    gis = GIS("https://midvale.maps.arcgis.com", "your_username", "your_password", profile="midvale")  # once
    gis = GIS(profile="midvale")                                                                     # afterwards
    ```

    For location services use an API key from the developer dashboard:

    ```python
    gis = GIS(api_key="YOUR_API_KEY")
    ```

    Tokens in REST calls look like `&token=<token>`; get one with `gis._con.token` while debugging
    and never paste the value in an issue.
    '''), "https://developers.arcgis.com/python/latest/guide/working-with-different-authentication-schemes/")

# --------------------------------------------------------------------------------------------
# QGIS: project files, profile settings, PyQGIS, pg_service/.pgpass, auth notes
# --------------------------------------------------------------------------------------------


def qgis_layer_id(name: str) -> str:
    return name + "_" + uuid_s().replace("-", "_")


_zid = qgis_layer_id("zoning_districts")
_zpw = words_pw()
S("qgis-project", "database-password", "projects/zoning_review.qgs", T('''
    <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
    <qgis projectname="Zoning review" version="3.34.4-Prizren" saveUser="mkowalski" saveDateTime="2024-05-14T09:12:40">
      <homePath path=""/>
      <title>Zoning review</title>
      <projectCrs>
        <spatialrefsys nativeFormat="Wkt">
          <proj4>+proj=lcc +lat_0=29.6666666666667 +lon_0=-100.333333333333 +lat_1=31.8833333333333 +lat_2=30.1166666666667 +x_0=700000 +y_0=3000000 +datum=NAD83 +units=us-ft +no_defs</proj4>
          <srid>2277</srid>
          <authid>EPSG:2277</authid>
          <description>NAD83 / Texas Central (ftUS)</description>
        </spatialrefsys>
      </projectCrs>
      <layer-tree-group>
        <layer-tree-layer id="''' + _zid + '''" name="Zoning districts" providerKey="postgres" checked="Qt::Checked" expanded="1"/>
      </layer-tree-group>
      <projectlayers>
        <maplayer type="vector" geometry="Polygon" wkbType="MultiPolygon" autoRefreshMode="Disabled">
          <extent><xmin>2286214.25</xmin><ymin>13975310.5</ymin><xmax>2334902.75</xmax><ymax>14021876</ymax></extent>
          <id>''' + _zid + '''</id>
          <datasource>dbname='gisprod' host=pg-gis-01.midvale.local port=5432 user='qgis_editor' password=''' + "'" + _zpw + "'" + ''' sslmode=prefer key='objectid' srid=2277 type=MultiPolygon checkPrimaryKeyUnicity='1' table=&quot;planning&quot;.&quot;zoning_districts&quot; (shape)</datasource>
          <layername>Zoning districts</layername>
          <srs><spatialrefsys nativeFormat="Wkt"><authid>EPSG:2277</authid></spatialrefsys></srs>
          <provider encoding="UTF-8">postgres</provider>
        </maplayer>
      </projectlayers>
    </qgis>
    '''), _zpw, "https://docs.qgis.org/3.34/en/docs/user_manual/appendices/qgis_file_formats.html")

_wfs_id = qgis_layer_id("parcels")
SV("qgis-project", "password", "projects/county_parcels_wfs.qgs", '''
    <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
    <qgis projectname="County parcels (WFS)" version="3.28.15-Firenze">
      <title>County parcels (WFS)</title>
      <projectCrs><spatialrefsys nativeFormat="Wkt"><authid>EPSG:2277</authid></spatialrefsys></projectCrs>
      <projectlayers>
        <maplayer type="vector" geometry="Polygon" wkbType="MultiPolygon">
          <id>@lid@</id>
          <datasource>pagingEnabled='true' password='@@' preferCoordinatesForWfsT11='false' restrictToRequestBBOX='1' srsname='EPSG:2277' typename='cad:parcels_public' url='https://gis.traviscad.example.org/geoserver/cad/ows' user='midvale_city' version='2.0.0'</datasource>
          <layername>CAD parcels</layername>
          <provider encoding="">WFS</provider>
          <fieldConfiguration>
            <field name="prop_id" configurationFlags="None"/>
            <field name="situs_addr" configurationFlags="None"/>
          </fieldConfiguration>
        </maplayer>
      </projectlayers>
    </qgis>
    ''', rand_pw(14, "!$%"), "https://docs.qgis.org/3.28/en/docs/user_manual/working_with_ogc/ogc_client_support.html", lid=_wfs_id)

SV("qgis-project", "password", "projects/orthos_2023.qgs", '''
    <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
    <qgis projectname="Orthos 2023" version="3.34.4-Prizren">
      <title>Orthos 2023</title>
      <projectCrs><spatialrefsys nativeFormat="Wkt"><authid>EPSG:3857</authid></spatialrefsys></projectCrs>
      <projectlayers>
        <maplayer type="raster" autoRefreshMode="Disabled">
          <id>@lid@</id>
          <datasource>contextualWMSLegend=0&amp;crs=EPSG:3857&amp;dpiMode=7&amp;featureCount=10&amp;format=image/jpeg&amp;layers=ortho_2023_6in&amp;password=@@&amp;styles&amp;url=https://imagery.nearmap-like.example.com/wms/v1&amp;username=midvale-gis</datasource>
          <layername>2023 6-inch orthos</layername>
          <provider>wms</provider>
          <pipe><rasterrenderer type="singlebandcolordata" opacity="1" band="1"/></pipe>
        </maplayer>
      </projectlayers>
    </qgis>
    ''', mixed(18), "https://docs.qgis.org/3.34/en/docs/user_manual/working_with_ogc/ogc_client_support.html",
   lid=qgis_layer_id("ortho_2023_6in"))

SV("qgis-project", "database-password", "projects/stormwater_mssql.qgs", '''
    <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
    <qgis projectname="Stormwater assets" version="3.34.4-Prizren">
      <title>Stormwater assets</title>
      <projectCrs><spatialrefsys nativeFormat="Wkt"><authid>EPSG:2277</authid></spatialrefsys></projectCrs>
      <projectlayers>
        <maplayer type="vector" geometry="Line" wkbType="MultiLineString">
          <id>@lid@</id>
          <datasource>dbname='StormGIS' host=SQLGIS02\\GIS user='qgis_ro' password='@@' srid=2277 type=MultiLineString disableInvalidGeometryHandling='0' estimatedMetadata='true' table="dbo"."StormPipes" (Shape)</datasource>
          <layername>Storm pipes</layername>
          <provider encoding="UTF-8">mssql</provider>
        </maplayer>
      </projectlayers>
    </qgis>
    ''', human_pw(), "https://docs.qgis.org/3.34/en/docs/user_manual/managing_data_source/opening_data.html",
   lid=qgis_layer_id("StormPipes"))

DV("qgis-project", "authcfg-reference", "projects/utilities_editing.qgs", '''
    <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
    <qgis projectname="Utilities editing" version="3.34.4-Prizren">
      <title>Utilities editing</title>
      <projectCrs><spatialrefsys nativeFormat="Wkt"><authid>EPSG:2277</authid></spatialrefsys></projectCrs>
      <projectlayers>
        <maplayer type="vector" geometry="Point" wkbType="Point">
          <id>@l1@</id>
          <datasource>dbname='gisprod' host=pg-gis-01.midvale.local port=5432 sslmode=require authcfg=@ac@ key='objectid' srid=2277 type=Point checkPrimaryKeyUnicity='1' table="water"."hydrants" (shape)</datasource>
          <layername>Hydrants</layername>
          <provider encoding="UTF-8">postgres</provider>
        </maplayer>
        <maplayer type="vector" geometry="Line" wkbType="MultiLineString">
          <id>@l2@</id>
          <datasource>dbname='gisprod' host=pg-gis-01.midvale.local port=5432 sslmode=require authcfg=@ac@ key='objectid' srid=2277 type=MultiLineString table="water"."mains" (shape)</datasource>
          <layername>Water mains</layername>
          <provider encoding="UTF-8">postgres</provider>
        </maplayer>
      </projectlayers>
    </qgis>
    ''', "https://docs.qgis.org/3.34/en/docs/user_manual/auth_system/auth_overview.html",
   l1=qgis_layer_id("hydrants"), l2=qgis_layer_id("mains"), ac=draw(7, LOWALNUM))

DV("qgis-project", "pg-service-and-layer-ids", "projects/transit_stops.qgs", '''
    <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
    <qgis projectname="Transit stops" version="3.28.15-Firenze">
      <title>Transit stops</title>
      <projectCrs><spatialrefsys nativeFormat="Wkt"><authid>EPSG:4326</authid><srid>4326</srid></spatialrefsys></projectCrs>
      <layer-tree-group>
        <layer-tree-layer id="@l1@" name="Stops" providerKey="postgres" checked="Qt::Checked"/>
        <layer-tree-layer id="@l2@" name="OSM Standard" providerKey="wms" checked="Qt::Checked"/>
      </layer-tree-group>
      <projectlayers>
        <maplayer type="vector" geometry="Point" wkbType="Point">
          <id>@l1@</id>
          <datasource>service='gis_prod' sslmode=require key='stop_id' srid=4326 type=Point table="transit"."gtfs_stops" (geom)</datasource>
          <layername>Stops</layername>
          <provider encoding="UTF-8">postgres</provider>
        </maplayer>
        <maplayer type="raster">
          <id>@l2@</id>
          <datasource>crs=EPSG:3857&amp;format&amp;type=xyz&amp;url=https://tile.openstreetmap.org/%7Bz%7D/%7Bx%7D/%7By%7D.png&amp;zmax=19&amp;zmin=0</datasource>
          <layername>OSM Standard</layername>
          <provider>wms</provider>
        </maplayer>
      </projectlayers>
    </qgis>
    ''', "https://www.postgresql.org/docs/current/libpq-pgservice.html",
   l1=qgis_layer_id("gtfs_stops"), l2=qgis_layer_id("OSM_Standard"))

SV("qgis-profile", "database-password", "profiles/default/QGIS/QGIS3.ini", '''
    [General]
    locale/userLocale=en_US
    qgis/projOpenAtLaunch=2

    [PostgreSQL]
    connections\\selected=gisprod
    connections\\gisprod\\host=pg-gis-01.midvale.local
    connections\\gisprod\\port=5432
    connections\\gisprod\\database=gisprod
    connections\\gisprod\\service=
    connections\\gisprod\\sslmode=SslPrefer
    connections\\gisprod\\username=qgis_editor
    connections\\gisprod\\password=@@
    connections\\gisprod\\saveUsername=true
    connections\\gisprod\\savePassword=true
    connections\\gisprod\\authcfg=
    connections\\gisprod\\estimatedMetadata=true

    [qgis]
    digitizing\\default_snap_type=Vertex
    ''', season_pw(), "https://docs.qgis.org/3.34/en/docs/user_manual/introduction/qgis_configuration.html")

DV("qgis-profile", "authcfg-reference", "profiles/editor/QGIS/QGIS3.ini", '''
    [General]
    locale/userLocale=en_US

    [PostgreSQL]
    connections\\selected=gisprod
    connections\\gisprod\\host=pg-gis-01.midvale.local
    connections\\gisprod\\port=5432
    connections\\gisprod\\database=gisprod
    connections\\gisprod\\sslmode=SslRequire
    connections\\gisprod\\saveUsername=false
    connections\\gisprod\\savePassword=false
    connections\\gisprod\\authcfg=@ac@

    [qgis]
    connections-wms\\midvale-orthos\\url=https://gis.midvale.gov/geoserver/imagery/wms
    connections-wms\\midvale-orthos\\authcfg=@ac2@
    ''', "https://docs.qgis.org/3.34/en/docs/user_manual/auth_system/auth_workflows.html",
   ac=draw(7, LOWALNUM), ac2=draw(7, LOWALNUM))

SV("pyqgis", "database-password", "scripts/qgis/export_bike_lanes.py", '''
    """Run with: qgis_process run script:export_bike_lanes  (or python3 from the OSGeo4W shell)."""
    from qgis.core import (QgsApplication, QgsDataSourceUri, QgsVectorFileWriter, QgsVectorLayer,
                           QgsCoordinateReferenceSystem, QgsCoordinateTransformContext)

    QgsApplication.setPrefixPath("/usr", True)
    qgs = QgsApplication([], False)
    qgs.initQgis()

    uri = QgsDataSourceUri()
    uri.setConnection("pg-gis-01.midvale.local", "5432", "gisprod", "qgis_export", "@@")
    uri.setDataSource("transportation", "bike_facilities", "shape", "status = 'EXISTING'", "objectid")
    layer = QgsVectorLayer(uri.uri(False), "bike_facilities", "postgres")
    assert layer.isValid(), layer.error().summary()

    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GeoJSON"
    opts.ct = None
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, "out/bike_lanes.geojson",
                                              QgsCoordinateTransformContext(), opts)
    qgs.exitQgis()
    ''', words_pw(), "https://docs.qgis.org/3.34/en/docs/pyqgis_developer_cookbook/loadlayer.html")

D("pyqgis", "authcfg-reference", "scripts/qgis/load_sidewalks.py", T('''
    from qgis.core import QgsDataSourceUri, QgsProject, QgsVectorLayer

    # The login is in the QGIS authentication database (qgis-auth.db), config id below.
    AUTHCFG = "''' + draw(7, LOWALNUM) + '''"

    uri = QgsDataSourceUri()
    uri.setConnection("pg-gis-01.midvale.local", "5432", "gisprod", "", "", QgsDataSourceUri.SslRequire, AUTHCFG)
    uri.setDataSource("transportation", "sidewalks", "shape", "", "objectid")
    uri.setSrid("2277")
    layer = QgsVectorLayer(uri.uri(False), "Sidewalks", "postgres")
    if not layer.isValid():
        raise RuntimeError("sidewalks failed to load: check the auth config " + AUTHCFG)
    QgsProject.instance().addMapLayer(layer)
    '''), "https://docs.qgis.org/3.34/en/docs/pyqgis_developer_cookbook/authentication.html")

SV("markdown", "password", "docs/onboarding/qgis-setup.md", '''
    # QGIS setup for new GIS techs

    1. Install QGIS 3.34 LTR from the Software Center.
    2. Copy `\\\\gisfs01\\qgis\\profiles\\midvale` to `%APPDATA%\\QGIS\\QGIS3\\profiles\\`.
    3. Start QGIS with the `midvale` profile. It asks for the **authentication master password**
       the first time a layer needs a login. The shared master password for the team profile is:

           @@

       (yes, we know; ticket GIS-412 is about moving to per-user auth databases)
    4. Open `projects/utilities_editing.qgs` and check that hydrants draw.

    Projection for everything we publish: EPSG:2277. Web maps: EPSG:3857.
    ''', passphrase(), "https://docs.qgis.org/3.34/en/docs/user_manual/auth_system/auth_overview.html")

D("markdown", "secret-file-reference", "docs/qgis-server-auth.md", T('''
    # QGIS Server and the authentication database

    QGIS Server reads layer logins from `qgis-auth.db` instead of project files. The master password
    is not stored anywhere in this repository:

    - the container gets `QGIS_AUTH_DB_DIR_PATH=/etc/qgisserver/auth` and
      `QGIS_AUTH_PASSWORD_FILE=/run/secrets/qgis_auth_master`;
    - `/run/secrets/qgis_auth_master` is a Docker secret created by ops from the vault path
      `kv/gis/qgis-server/master`.

    To add a layer login, run `qgis_process` locally against a copy of the db, then ask ops to redeploy.
    Auth config ids (`authcfg=abc1234` in a datasource) are just keys into that db and are fine to commit.
    '''), "https://docs.qgis.org/3.34/en/docs/server_manual/config.html")

SV("pg-service", "database-password", "deploy/qgis-server/pg_service.conf", '''
    # Mounted at /etc/postgresql-common/pg_service.conf in the qgis-server container.
    [gis_prod]
    host=pg-gis-01.midvale.local
    port=5432
    dbname=gisprod
    user=qgis_server
    password=@@
    sslmode=require

    [gis_staging]
    host=pg-gis-stg.midvale.local
    port=5432
    dbname=gisstaging
    user=qgis_server
    sslmode=require
    ''', rand_pw(22), "https://www.postgresql.org/docs/current/libpq-pgservice.html")

D("pg-service", "no-password", "config/pg_service.conf", T('''
    # Connection services for QGIS and ogr2ogr. No passwords here: libpq reads them from
    # ~/.pgpass (chmod 600) or PGPASSFILE.
    [gis_prod]
    host=pg-gis-01.midvale.local
    port=5432
    dbname=gisprod
    sslmode=require

    [gis_dev]
    host=localhost
    port=5433
    dbname=gisdev
    user=postgres
    '''), "https://www.postgresql.org/docs/current/libpq-pgservice.html")

SV("pgpass", "database-password", "deploy/etl/.pgpass", '''
    # ~/.pgpass for the etl service account (chmod 0600, libpq ignores it otherwise)
    # written by hand on etl01 after the 2024-02 password rotation
    # hostname:port:database:username:password
    pg-gis-01.midvale.local:5432:gisprod:etl_loader:@@
    # staging and local dev use GSSAPI/peer auth and need no line here
    ''', rand_pw(24), "https://www.postgresql.org/docs/current/libpq-pgpass.html")

DV("qgis-layer-definition", "authcfg-reference", "layers/floodplain.qlr", '''
    <!DOCTYPE qgis-layer-definition>
    <qlr>
      <layer-tree-group expanded="1" checked="Qt::Checked" name="">
        <layer-tree-layer id="@lid@" name="FEMA floodplain (NFHL)" providerKey="postgres" checked="Qt::Checked"/>
      </layer-tree-group>
      <maplayers>
        <maplayer type="vector" geometry="Polygon" wkbType="MultiPolygon">
          <id>@lid@</id>
          <datasource>service='gis_prod' authcfg=@ac@ key='fld_ar_id' srid=4269 type=MultiPolygon table="hazards"."s_fld_haz_ar" (geom)</datasource>
          <layername>FEMA floodplain (NFHL)</layername>
          <srs><spatialrefsys nativeFormat="Wkt"><authid>EPSG:4269</authid></spatialrefsys></srs>
          <provider encoding="UTF-8">postgres</provider>
        </maplayer>
      </maplayers>
    </qlr>
    ''', "https://docs.qgis.org/3.34/en/docs/user_manual/appendices/qgis_file_formats.html",
   lid=qgis_layer_id("s_fld_haz_ar"), ac=draw(7, LOWALNUM))

# --------------------------------------------------------------------------------------------
# GeoServer: data directory, REST scripts, containers, Tomcat JNDI, GeoWebCache
# --------------------------------------------------------------------------------------------


def gs_id(kind: str) -> str:
    r = _rng()
    return f"{kind}--{''.join(r.choice(HEX) for _ in range(8))}:{''.join(r.choice(HEX) for _ in range(11))}:-{''.join(r.choice(HEX) for _ in range(4))}"


DATASTORE = '''
    <dataStore>
      <id>@dsid@</id>
      <name>@name@</name>
      <description>@desc@</description>
      <type>PostGIS</type>
      <enabled>true</enabled>
      <workspace>
        <id>@wsid@</id>
      </workspace>
      <connectionParameters>
        <entry key="schema">@schema@</entry>
        <entry key="Estimated extends">true</entry>
        <entry key="fetch size">1000</entry>
        <entry key="encode functions">true</entry>
        <entry key="Expose primary keys">false</entry>
        <entry key="validate connections">true</entry>
        <entry key="Support on the fly geometry simplification">true</entry>
        <entry key="Connection timeout">20</entry>
        <entry key="port">5432</entry>
        <entry key="passwd">@pw@</entry>
        <entry key="min connections">1</entry>
        <entry key="dbtype">postgis</entry>
        <entry key="host">@host@</entry>
        <entry key="Loose bbox">true</entry>
        <entry key="max connections">10</entry>
        <entry key="database">gisprod</entry>
        <entry key="namespace">http://gis.midvale.gov/@name@</entry>
        <entry key="user">geoserver</entry>
      </connectionParameters>
      <__default>false</__default>
    </dataStore>
    '''

_gs_plain = words_pw()
SV("geoserver-datastore", "database-password", "data_dir/workspaces/planning/planning_pg/datastore.xml", DATASTORE,
   _gs_plain, "https://docs.geoserver.org/stable/en/user/security/passwd.html",
   dsid=gs_id("DataStoreInfoImpl"), name="planning_pg", desc="Planning schema (zoning, FLU)", wsid=gs_id("WorkspaceInfoImpl"),
   schema="planning", host="pg-gis-01.midvale.local", pw="plain:" + _gs_plain)

SV("geoserver-datastore", "database-password", "geoserver/data_dir/workspaces/transport/osm/datastore.xml", DATASTORE,
   rand_pw(16), "https://docs.geoserver.org/stable/en/user/data/database/postgis.html",
   dsid=gs_id("DataStoreInfoImpl"), name="osm", desc="osm2pgsql import (planet extract, Texas)", wsid=gs_id("WorkspaceInfoImpl"),
   schema="public", host="postgis", pw="@@")

DV("geoserver-datastore", "encrypted-password", "data_dir/workspaces/utilities/water_pg/datastore.xml", DATASTORE,
   "https://docs.geoserver.org/stable/en/user/security/passwd.html",
   dsid=gs_id("DataStoreInfoImpl"), name="water_pg", desc="Water utility network", wsid=gs_id("WorkspaceInfoImpl"),
   schema="water", host="pg-gis-01.midvale.local", pw=geoserver_crypt("crypt1"))

DV("geoserver-datastore", "encrypted-password", "data_dir/workspaces/imagery/footprints/datastore.xml", DATASTORE,
   "https://docs.geoserver.org/stable/en/user/security/passwd.html",
   dsid=gs_id("DataStoreInfoImpl"), name="footprints", desc="Ortho and LiDAR tile footprints", wsid=gs_id("WorkspaceInfoImpl"),
   schema="imagery", host="pg-gis-01.midvale.local", pw=geoserver_crypt("crypt2"))

DV("geoserver-datastore", "jndi-reference", "data_dir/workspaces/public/parcels_jndi/datastore.xml", '''
    <dataStore>
      <id>@dsid@</id>
      <name>parcels_jndi</name>
      <type>PostGIS (JNDI)</type>
      <enabled>true</enabled>
      <workspace>
        <id>@wsid@</id>
      </workspace>
      <connectionParameters>
        <entry key="schema">public</entry>
        <entry key="Estimated extends">true</entry>
        <entry key="jndiReferenceName">java:comp/env/jdbc/gisprod</entry>
        <entry key="dbtype">postgis</entry>
        <entry key="Loose bbox">true</entry>
        <entry key="Expose primary keys">true</entry>
        <entry key="namespace">http://gis.midvale.gov/public</entry>
      </connectionParameters>
      <__default>true</__default>
    </dataStore>
    ''', "https://docs.geoserver.org/stable/en/user/tutorials/tomcat-jndi/tomcat-jndi.html",
   dsid=gs_id("DataStoreInfoImpl"), wsid=gs_id("WorkspaceInfoImpl"))

SV("tomcat-context", "database-password", "deploy/tomcat/conf/context.xml", '''
    <?xml version="1.0" encoding="UTF-8"?>
    <Context>
        <WatchedResource>WEB-INF/web.xml</WatchedResource>
        <WatchedResource>${catalina.base}/conf/web.xml</WatchedResource>

        <!-- GeoServer PostGIS stores use java:comp/env/jdbc/gisprod -->
        <Resource name="jdbc/gisprod"
                  auth="Container"
                  type="javax.sql.DataSource"
                  driverClassName="org.postgresql.Driver"
                  url="jdbc:postgresql://pg-gis-01.midvale.local:5432/gisprod"
                  username="geoserver"
                  password="@@"
                  maxTotal="40"
                  initialSize="2"
                  minIdle="2"
                  maxIdle="8"
                  maxWaitMillis="20000"
                  validationQuery="SELECT 1"
                  testOnBorrow="true"/>
    </Context>
    ''', words_pw(), "https://docs.geoserver.org/stable/en/user/tutorials/tomcat-jndi/tomcat-jndi.html")

SV("python", "password", "scripts/geoserver/publish_layers.py", '''
    """Publish every table of the `planning` schema as a layer in the `planning` workspace."""
    import sys

    import psycopg2
    import requests

    GS = "https://gis.midvale.gov/geoserver/rest"
    AUTH = ("admin", "@@")
    HEADERS = {"Content-Type": "application/json"}


    def publish(table: str) -> None:
        body = {"featureType": {"name": table, "nativeName": table, "srs": "EPSG:2277", "projectionPolicy": "FORCE_DECLARED"}}
        r = requests.post(f"{GS}/workspaces/planning/datastores/planning_pg/featuretypes",
                          json=body, auth=AUTH, headers=HEADERS, timeout=60)
        if r.status_code not in (201, 409):
            sys.exit(f"{table}: {r.status_code} {r.text}")


    if __name__ == "__main__":
        with psycopg2.connect(service="gis_prod") as conn, conn.cursor() as cur:
            cur.execute("SELECT f_table_name FROM geometry_columns WHERE f_table_schema = 'planning'")
            for (name,) in cur.fetchall():
                publish(name)
    ''', human_pw(), "https://docs.geoserver.org/stable/en/user/rest/index.html")

SV("shell", "password", "scripts/geoserver/reload_styles.sh", '''
    #!/bin/sh
    # Push every SLD under styles/ to GeoServer and reload the catalog.
    GS=http://localhost:8080/geoserver
    for sld in styles/*.sld; do
      name=$(basename "$sld" .sld)
      curl -s -u admin:@@ -X PUT -H "Content-type: application/vnd.ogc.sld+xml" \\
        --data-binary @"$sld" "$GS/rest/workspaces/planning/styles/$name" || echo "failed: $name"
    done
    curl -s -u admin:@@ -X POST "$GS/rest/reload"
    ''', rand_pw(12), "https://docs.geoserver.org/stable/en/user/rest/styles.html")

SV("python", "password", "etl/geoserver_sync.py", '''
    from geo.Geoserver import Geoserver

    geo = Geoserver("https://gis.midvale.gov/geoserver", username="gs_publisher", password="@@")

    geo.create_workspace(workspace="elections")
    geo.create_featurestore(store_name="elections_pg", workspace="elections", db="gisprod",
                            host="pg-gis-01.midvale.local", pg_user="geoserver", pg_password=None,
                            schema="elections")
    for table in ("precincts_2024", "polling_places_2024", "council_districts"):
        geo.publish_featurestore(workspace="elections", store_name="elections_pg", pg_table=table)
    geo.upload_style(path="styles/precincts.sld", workspace="elections")
    geo.publish_style(layer_name="precincts_2024", style_name="precincts", workspace="elections")
    ''', season_pw(), "https://geoserver-rest.readthedocs.io/en/latest/how_to_use.html")

SV("docker-compose", "password", "docker-compose.geoserver.yml", '''
    services:
      geoserver:
        image: kartoza/geoserver:2.25.2
        restart: unless-stopped
        ports:
          - "8600:8080"
        volumes:
          - geoserver-data:/opt/geoserver/data_dir
          - ./styles:/opt/geoserver/data_dir/styles/custom:ro
        environment:
          GEOSERVER_ADMIN_USER: gsadmin
          GEOSERVER_ADMIN_PASSWORD: "@@"
          INITIAL_MEMORY: 2G
          MAXIMUM_MEMORY: 4G
          STABLE_EXTENSIONS: "importer-plugin,vectortiles-plugin"
          COMMUNITY_EXTENSIONS: "ogcapi-features-plugin"
          GEOSERVER_CSRF_WHITELIST: gis.midvale.gov
        healthcheck:
          test: curl --fail -s http://localhost:8080/geoserver/web/ || exit 1
          interval: 1m
    volumes:
      geoserver-data:
    ''', words_pw(), "https://github.com/kartoza/docker-geoserver")

D("docker-compose", "env-reference", "deploy/geoserver/docker-compose.yml", T('''
    services:
      geoserver:
        image: docker.osgeo.org/geoserver:2.25.2
        ports: ["8080:8080"]
        env_file: .env            # not committed; see .env.example
        environment:
          GEOSERVER_ADMIN_USER: ${GEOSERVER_ADMIN_USER:-admin}
          GEOSERVER_ADMIN_PASSWORD: ${GEOSERVER_ADMIN_PASSWORD:?set GEOSERVER_ADMIN_PASSWORD}
          INSTALL_EXTENSIONS: "true"
          STABLE_EXTENSIONS: "wps,csw"
          CORS_ENABLED: "true"
          CORS_ALLOWED_ORIGINS: "https://maps.midvale.gov"
        volumes:
          - /srv/geoserver/data_dir:/opt/geoserver_data
    '''), "https://docs.geoserver.org/stable/en/user/installation/docker.html")

DV("geoserver-users", "password-digest", "data_dir/security/usergroup/default/users.xml", '''
    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <userRegistry xmlns="http://www.geoserver.org/security/users" version="1.0">
      <users>
        <user enabled="true" name="admin" password="@d1@"/>
        <user enabled="true" name="gs_publisher" password="@d2@"/>
        <user enabled="true" name="wms_viewer" password="@d3@">
          <property name="department">Public Works</property>
        </user>
        <user enabled="false" name="contractor_2022" password="@d4@"/>
      </users>
      <groups>
        <group enabled="true" name="publishers">
          <member username="gs_publisher"/>
        </group>
      </groups>
    </userRegistry>
    ''', "https://docs.geoserver.org/stable/en/user/security/usergrouprole/usergroupservices.html",
   d1=digest1(), d2=digest1(), d3=digest1(), d4=digest1())

SV("text", "password", "data_dir/security/masterpw.info", '''
    This file was created at 2024/03/02 14:07:51

    The generated master password is: @@

    Test the master password by logging in as user "root"

    This file should be removed after reading !!!.
    ''', rand_pw(8), "https://docs.geoserver.org/stable/en/user/security/root.html")

SV("geowebcache", "password", "data_dir/gwc/geowebcache.xml", '''
    <?xml version="1.0" encoding="utf-8"?>
    <gwcConfiguration xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                      xmlns="http://geowebcache.org/schema/1.15.0">
      <version>1.15.0</version>
      <backendTimeout>120</backendTimeout>
      <layers>
        <wmsLayer>
          <name>county:aerials_2022</name>
          <mimeFormats>
            <string>image/jpeg</string>
          </mimeFormats>
          <gridSubsets>
            <gridSubset><gridSetName>EPSG:900913</gridSetName></gridSubset>
          </gridSubsets>
          <wmsUrl><string>https://gis.county.example.gov/arcgis/services/Aerials/Aerials2022/ImageServer/WMSServer</string></wmsUrl>
          <wmsLayers>0</wmsLayers>
          <httpUsername>midvale_wms</httpUsername>
          <httpPassword>@@</httpPassword>
        </wmsLayer>
      </layers>
    </gwcConfiguration>
    ''', human_pw(), "https://www.geowebcache.org/docs/current/configuration/layers/howto.html")

DV("geoserver-store", "encrypted-password", "data_dir/workspaces/basemaps/state_wmts/wmtsstore.xml", '''
    <wmtsStore>
      <id>@sid@</id>
      <name>state_wmts</name>
      <type>WMTS</type>
      <enabled>true</enabled>
      <workspace>
        <id>@wsid@</id>
      </workspace>
      <metadata>
        <map/>
      </metadata>
      <__default>false</__default>
      <capabilitiesURL>https://imagery.tnris.example.org/wmts?SERVICE=WMTS&amp;REQUEST=GetCapabilities</capabilitiesURL>
      <user>midvale</user>
      <password>@pw@</password>
      <maxConnections>6</maxConnections>
      <readTimeout>60</readTimeout>
      <connectTimeout>30</connectTimeout>
    </wmtsStore>
    ''', "https://docs.geoserver.org/stable/en/user/data/cascaded/wmts.html",
   sid=gs_id("WMTSStoreInfoImpl"), wsid=gs_id("WorkspaceInfoImpl"), pw=geoserver_crypt("crypt2"))

_k8s_gs = words_pw()
S("k8s-secret", "password", "deploy/k8s/geoserver-admin-secret.yaml", T('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: geoserver-admin
      namespace: gis
      labels:
        app.kubernetes.io/name: geoserver
    type: Opaque
    data:
      GEOSERVER_ADMIN_USER: ''' + b64("admin") + '''
      GEOSERVER_ADMIN_PASSWORD: ''' + b64(_k8s_gs) + '''
    '''), _k8s_gs, "https://kubernetes.io/docs/concepts/configuration/secret/")

D("helm-template", "template-expression", "deploy/chart/templates/geoserver-secret.yaml", T('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "gis.fullname" . }}-geoserver
      labels:
        {{- include "gis.labels" . | nindent 4 }}
    type: Opaque
    data:
      GEOSERVER_ADMIN_USER: {{ .Values.geoserver.adminUser | default "admin" | b64enc | quote }}
      GEOSERVER_ADMIN_PASSWORD: {{ required "geoserver.adminPassword is required" .Values.geoserver.adminPassword | b64enc | quote }}
      POSTGRES_PASS: {{ .Values.postgis.password | b64enc | quote }}
    '''), "https://helm.sh/docs/chart_template_guide/function_list/")

DV("sealed-secret", "ciphertext", "deploy/k8s/geoserver-db-sealed.yaml", '''
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: geoserver-db
      namespace: gis
    spec:
      encryptedData:
        POSTGRES_PASS: @c1@
        POSTGRES_USER: @c2@
      template:
        metadata:
          name: geoserver-db
          namespace: gis
        type: Opaque
    ''', "https://github.com/bitnami-labs/sealed-secrets",
   c1="AgB" + draw(379, B64) + "==", c2="AgC" + draw(340, B64) + "=")

# --------------------------------------------------------------------------------------------
# PostGIS / GDAL / OGR, MapServer, MapProxy, vector tile servers, GeoDjango, GeoNode, ETL
# --------------------------------------------------------------------------------------------

SV("makefile", "database-password", "data/Makefile", '''
    # Load the county deliveries into the staging schema.
    PG := PG:"host=pg-gis-01.midvale.local dbname=gisprod user=etl_loader password=@@ active_schema=staging"
    OGR := ogr2ogr -overwrite -lco GEOMETRY_NAME=geom -lco FID=gid -t_srs EPSG:2277 -nlt PROMOTE_TO_MULTI

    .PHONY: all parcels roads addresses

    all: parcels roads addresses

    parcels: raw/parcels_2024.shp
    \t$(OGR) -f PostgreSQL $(PG) $< -nln parcels_2024

    roads: raw/tnris_roads.gpkg
    \t$(OGR) -f PostgreSQL $(PG) $< roads -nln roads

    addresses: raw/address_points.csv
    \t$(OGR) -f PostgreSQL $(PG) $< -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -s_srs EPSG:4326 -nln address_points
    ''', rand_pw(18), "https://gdal.org/drivers/vector/pg.html")

SV("python", "database-password", "etl/load_lidar_index.py", '''
    from osgeo import gdal, ogr

    gdal.UseExceptions()

    DST = "PG:host=pg-gis-01.midvale.local port=5432 dbname=gisprod user=etl_loader password='@@'"


    def main(index_path: str = "raw/lidar_2023_tile_index.shp") -> None:
        src = gdal.OpenEx(index_path, gdal.OF_VECTOR)
        gdal.VectorTranslate(
            DST,
            src,
            format="PostgreSQL",
            layerName="imagery.lidar_2023_tiles",
            dstSRS="EPSG:2277",
            accessMode="overwrite",
            layerCreationOptions=["GEOMETRY_NAME=geom", "SPATIAL_INDEX=GIST"],
        )
        ds = ogr.Open(DST)
        print(ds.GetLayerByName("imagery.lidar_2023_tiles").GetFeatureCount(), "tiles loaded")


    if __name__ == "__main__":
        main()
    ''', words_pw(), "https://gdal.org/api/python/utilities.html")

SV("shell", "database-password", "scripts/refresh_matviews.sh", '''
    #!/usr/bin/env bash
    # cron: 15 2 * * *  /opt/gis/scripts/refresh_matviews.sh >> /var/log/gis/matviews.log 2>&1
    set -e
    export PGHOST=pg-gis-01.midvale.local PGDATABASE=gisprod PGUSER=gis_maint
    export PGPASSWORD='@@'

    psql -v ON_ERROR_STOP=1 <<'SQL'
    REFRESH MATERIALIZED VIEW CONCURRENTLY planning.mv_parcel_zoning;
    REFRESH MATERIALIZED VIEW CONCURRENTLY transportation.mv_street_centerline_routable;
    ANALYZE planning.mv_parcel_zoning;
    SELECT now() AS refreshed_at, count(*) FROM planning.mv_parcel_zoning;
    SQL
    ''', rand_pw(20, "_-"), "https://www.postgresql.org/docs/current/libpq-envars.html")

SV("python", "database-password", "analysis/service_area_overlap.py", '''
    import geopandas as gpd
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg2://analyst:@@@pg-gis-01.midvale.local:5432/gisprod")

    stations = gpd.read_postgis("SELECT station_id, geom FROM fire.stations", engine, geom_col="geom")
    areas = stations.to_crs(2277).buffer(5280 * 1.5)  # 1.5 miles in US survey feet
    areas = gpd.GeoDataFrame(stations[["station_id"]], geometry=areas, crs=2277)

    parcels = gpd.read_postgis("SELECT pid, geom FROM planning.parcels", engine, geom_col="geom").to_crs(2277)
    covered = gpd.sjoin(parcels, areas, predicate="intersects").groupby("pid").station_id.nunique()
    print(covered.value_counts().sort_index())
    covered.rename("stations_within_1_5mi").to_frame().to_csv("out/parcel_station_coverage.csv")
    ''', mixed(16), "https://geopandas.org/en/stable/docs/reference/api/geopandas.GeoDataFrame.to_postgis.html")

SV("json", "database-password", "osm/imposm/config.json", '''
    {
      "cachedir": "/var/cache/imposm",
      "diffdir": "/var/lib/imposm/diff",
      "connection": "postgis://osm:@@@postgis-osm.internal/osm?prefix=osm_",
      "mapping": "mapping.yml",
      "replication_url": "https://download.geofabrik.de/north-america/us/texas-updates/",
      "replication_interval": "24h",
      "srid": 3857
    }
    ''', rand_pw(20), "https://imposm.org/docs/imposm3/latest/tutorial.html")

SV("crontab", "database-password", "deploy/cron/osm-update.cron", '''
    # m h dom mon dow  command
    MAILTO=gis-alerts@midvale.gov
    PATH=/usr/local/bin:/usr/bin:/bin

    # Apply the daily Geofabrik diff to the OSM rendering database
    30 3 * * * PGPASSWORD=@@ osm2pgsql-replication update -d osm -U osm -H postgis-osm.internal -- --number-processes 4 >> /var/log/osm/replication.log 2>&1
    # Re-render low zooms on Sunday
    0 5 * * 0 /opt/tiles/bin/render_list_geo.pl -z 0 -Z 10 -m default >> /var/log/osm/prerender.log 2>&1
    ''', rand_pw(16), "https://osm2pgsql.org/doc/manual.html#updating-an-existing-database")

SV("toml", "database-password", "deploy/pg_tileserv/pg_tileserv.toml", '''
    [Server]
    # Accept connections on this subnet (default accepts on all)
    HttpHost = "0.0.0.0"
    HttpPort = 7800
    UrlBase = "https://tiles.midvale.gov/"
    CORSOrigins = ["https://maps.midvale.gov"]

    [Database]
    DbConnection = "postgresql://tileserv:@@@pg-gis-01.midvale.local/gisprod?sslmode=require"
    DbPoolMaxConns = 8
    DbTimeout = 10

    [Paths]
    BasePath = "/"

    [Website]
    BasemapUrl = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    ''', words_pw().replace("@", "!").replace("#", "!").replace("%", "!"), "https://access.crunchydata.com/documentation/pg_tileserv/latest/usage/configuration/")

SV("yaml", "database-password", "deploy/martin/config.yaml", '''
    keep_alive: 75
    listen_addresses: '0.0.0.0:3000'
    worker_processes: 4
    cache_size_mb: 512

    postgres:
      connection_string: 'postgresql://martin:@@@pg-gis-01.midvale.local:5432/gisprod?sslmode=require'
      default_srid: 4326
      pool_size: 20
      auto_publish:
        tables:
          from_schemas: [transportation, planning]
          id_columns: gid

    pmtiles:
      sources:
        buildings: /data/tiles/buildings_2024.pmtiles
    ''', rand_pw(24), "https://maplibre.org/martin/config-file.html")

D("yaml", "env-reference", "deploy/martin/config.staging.yaml", T('''
    listen_addresses: '0.0.0.0:3000'
    worker_processes: 2

    postgres:
      # martin expands ${VAR} from the environment; DATABASE_URL comes from the k8s secret martin-db
      connection_string: ${DATABASE_URL}
      default_srid: 4326
      auto_publish:
        tables:
          from_schemas: [transportation]

    sprites:
      sources:
        icons: /data/sprites/icons
    fonts:
      - /data/fonts
    '''), "https://maplibre.org/martin/config-file.html")

SV("dotenv", "database-password", "deploy/titiler-pgstac/.env", '''
    # titiler-pgstac (mosaic tiles for the 2023 orthos)
    POSTGRES_USER=pgstac_read
    POSTGRES_PASS=@@
    POSTGRES_DBNAME=pgstac
    POSTGRES_HOST=pgstac.gis.internal
    POSTGRES_PORT=5432
    TITILER_PGSTAC_API_CORS_ORIGINS=https://maps.midvale.gov
    GDAL_CACHEMAX=512
    GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR
    CPL_VSIL_CURL_ALLOWED_EXTENSIONS=.tif,.TIF,.tiff
    ''', season_pw(), "https://stac-utils.github.io/titiler-pgstac/latest/")

_akid = fakes.aws_key_id(_seed())
SV("dotenv", "aws-secret-key", ".env.cog-reader", '''
    # Read-only access to the orthos bucket for rasterio/GDAL (/vsis3/)
    AWS_ACCESS_KEY_ID=@akid@
    AWS_SECRET_ACCESS_KEY=@@
    AWS_REGION=us-east-2
    AWS_REQUEST_PAYER=requester
    GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR
    VSI_CACHE=TRUE
    ORTHO_PREFIX=/vsis3/midvale-orthos/2023/cog/
    ''', fakes.aws_secret_key(_seed()), "https://gdal.org/user/virtual_file_systems.html#vsis3-aws-s3-files", akid=_akid)

SV("shell", "basic-auth", "scripts/pull_county_contours.sh", '''
    #!/usr/bin/env bash
    # Clip the county 2 ft contours to the city limits straight from the county's protected WFS.
    set -euo pipefail
    export GDAL_HTTP_AUTH=BASIC
    export GDAL_HTTP_USERPWD='midvale_gis:@@'

    ogr2ogr -f GPKG out/contours_2ft.gpkg \\
      "WFS:https://gis.county.example.gov/geoserver/elevation/wfs" elevation:contours_2ft \\
      -clipsrc data/city_limits.gpkg -t_srs EPSG:2277 -progress
    ''', human_pw(), "https://gdal.org/user/configoptions.html#networking-options")

SV("mapfile", "database-password", "mapserver/midvale.map", '''
    MAP
      NAME "midvale"
      EXTENT -97.95 30.10 -97.55 30.45
      UNITS DD
      PROJECTION
        "init=epsg:4326"
      END
      WEB
        METADATA
          "wms_title"          "Midvale public layers"
          "wms_onlineresource" "https://maps.midvale.gov/cgi-bin/mapserv?map=/etc/mapserver/midvale.map&"
          "wms_srs"            "EPSG:4326 EPSG:3857 EPSG:2277"
          "ows_enable_request" "*"
        END
      END

      LAYER
        NAME "parcels"
        TYPE POLYGON
        STATUS ON
        CONNECTIONTYPE POSTGIS
        CONNECTION "host=pg-gis-01.midvale.local dbname=gisprod user=mapserver password=@@ port=5432"
        DATA "geom from (select gid, pid, situs, geom from planning.parcels) as p using unique gid using srid=2277"
        PROJECTION
          "init=epsg:2277"
        END
        CLASS
          STYLE
            OUTLINECOLOR 120 120 120
          END
        END
      END
    END
    ''', rand_pw(14), "https://mapserver.org/input/vector/postgis.html")

DV("mapfile", "encrypted-password", "mapserver/utilities.map", '''
    MAP
      NAME "utilities"
      EXTENT 2286214 13975310 2334902 14021876
      UNITS FEET
      PROJECTION
        "init=epsg:2277"
      END
      # Key generated with `msencrypt -keygen /etc/mapserver/keys/ms.key`; the key file is not in git.
      CONFIG "MS_ENCRYPTION_KEY" "/etc/mapserver/keys/ms.key"

      LAYER
        NAME "water_mains"
        TYPE LINE
        STATUS ON
        CONNECTIONTYPE POSTGIS
        CONNECTION "host=pg-gis-01.midvale.local dbname=gisprod user=mapserver password={@enc@} port=5432"
        DATA "shape from water.mains using unique objectid using srid=2277"
        CLASS
          STYLE
            COLOR 30 90 200
            WIDTH 1.5
          END
        END
      END
    END
    ''', "https://mapserver.org/utilities/msencrypt.html", enc=draw(32, "0123456789ABCDEF"))

SV("mapproxy", "basic-auth-url", "mapproxy/mapproxy.yaml", '''
    services:
      demo:
      wms:
        srs: ['EPSG:3857', 'EPSG:2277', 'EPSG:4326']
        md:
          title: Midvale basemap proxy
      wmts:

    layers:
      - name: county_aerials
        title: County aerials 2022
        sources: [aerials_cache]

    caches:
      aerials_cache:
        grids: [webmercator]
        sources: [county_wms]
        cache:
          type: geopackage
          filename: /data/cache/aerials_2022.gpkg

    sources:
      county_wms:
        type: wms
        req:
          url: https://midvale_proxy:@@@gis.county.example.gov/arcgis/services/Aerials/Aerials2022/ImageServer/WMSServer
          layers: '0'
          transparent: false

    grids:
      webmercator:
        base: GLOBAL_WEBMERCATOR
    ''', rand_pw(16), "https://mapproxy.github.io/mapproxy/latest/sources.html#wms")

SV("django-settings", "database-password", "midvale_maps/settings/production.py", '''
    from .base import *  # noqa: F401,F403
    import os

    DEBUG = False
    ALLOWED_HOSTS = ["maps.midvale.gov"]
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

    DATABASES = {
        "default": {
            "ENGINE": "django.contrib.gis.db.backends.postgis",
            "NAME": "maps_app",
            "USER": "maps_app",
            "PASSWORD": "@@",
            "HOST": "pg-gis-01.midvale.local",
            "PORT": "5432",
            "OPTIONS": {"sslmode": "require"},
        }
    }
    GDAL_LIBRARY_PATH = "/usr/lib/libgdal.so.34"
    SERIALIZATION_MODULES = {"geojson": "django.contrib.gis.serializers.geojson"}
    LEAFLET_CONFIG = {"DEFAULT_CENTER": (30.27, -97.74), "DEFAULT_ZOOM": 12, "SRID": 3857}
    ''', words_pw(), "https://docs.djangoproject.com/en/5.0/ref/contrib/gis/tutorial/")

SV("dotenv", "database-password", "geonode/.env", '''
    COMPOSE_PROJECT_NAME=geonode
    DOCKER_ENV=production
    GEONODE_LB_HOST_IP=geo.midvale.gov
    SITEURL=https://geo.midvale.gov/
    DJANGO_SETTINGS_MODULE=geonode.settings

    # db
    GEONODE_DATABASE=geonode
    GEONODE_DATABASE_USER=geonode
    GEONODE_DATABASE_SCHEMA=public
    DATABASE_URL=postgis://geonode:@@@db:5432/geonode
    GEODATABASE_URL=postgis://geonode_data:${GEONODE_GEODATABASE_PASSWORD}@db:5432/geonode_data

    GEOSERVER_WEB_UI_LOCATION=https://geo.midvale.gov/geoserver/
    GEOSERVER_ADMIN_USER=admin
    GEOSERVER_ADMIN_PASSWORD=${GEOSERVER_ADMIN_PASSWORD}
    ADMIN_USERNAME=admin
    ADMIN_EMAIL=gis@midvale.gov
    ''', rand_pw(20), "https://docs.geonode.org/en/master/install/basic/index.html")

D("python", "env-reference", "etl/common/pg.py", T('''
    """One place that builds the OGR/psycopg connection strings from the environment."""
    import os


    def ogr_dsn(schema: str = "staging") -> str:
        return (
            "PG:host={host} port={port} dbname={db} user={user} password={pw} active_schema={schema}".format(
                host=os.environ.get("PGHOST", "pg-gis-01.midvale.local"),
                port=os.environ.get("PGPORT", "5432"),
                db=os.environ.get("PGDATABASE", "gisprod"),
                user=os.environ["ETL_PG_USER"],
                pw=os.environ["ETL_PG_PASSWORD"],
                schema=schema,
            )
        )


    def sqlalchemy_url() -> str:
        return f"postgresql+psycopg2://{os.environ['ETL_PG_USER']}:{os.environ['ETL_PG_PASSWORD']}@{os.environ.get('PGHOST', 'localhost')}/gisprod"
    '''), "https://gdal.org/drivers/vector/pg.html")

D("docker-compose", "secret-file-reference", "docker-compose.postgis.yml", T('''
    services:
      postgis:
        image: postgis/postgis:16-3.4
        environment:
          POSTGRES_DB: gisdev
          POSTGRES_USER: gis
          POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
        secrets:
          - pg_password
        ports:
          - "5433:5432"
        volumes:
          - pgdata:/var/lib/postgresql/data
          - ./sql/init:/docker-entrypoint-initdb.d:ro
    secrets:
      pg_password:
        file: ./secrets/pg_password.txt   # gitignored
    volumes:
      pgdata:
    '''), "https://hub.docker.com/r/postgis/postgis")

D("terraform", "variable-reference", "infra/rds_postgis.tf", T('''
    resource "random_password" "gis_master" {
      length  = 32
      special = false
    }

    resource "aws_db_instance" "gis" {
      identifier              = "midvale-gis-prod"
      engine                  = "postgres"
      engine_version          = "16.3"
      instance_class          = "db.r6g.large"
      allocated_storage       = 200
      db_name                 = "gisprod"
      username                = "gis_master"
      password                = random_password.gis_master.result
      parameter_group_name    = aws_db_parameter_group.postgis.name
      backup_retention_period = 14
      deletion_protection     = true
    }

    resource "aws_secretsmanager_secret_version" "gis_master" {
      secret_id     = aws_secretsmanager_secret.gis_master.id
      secret_string = jsonencode({ username = "gis_master", password = random_password.gis_master.result })
    }
    '''), "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance")

SV("dotenv", "database-password", "airflow/.env", '''
    AIRFLOW__CORE__EXECUTOR=LocalExecutor
    AIRFLOW__CORE__LOAD_EXAMPLES=False
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:${AIRFLOW_DB_PASSWORD}@airflow-db/airflow
    # target for the nightly GIS DAGs (parcels, addresses, 311 points)
    AIRFLOW_CONN_POSTGIS_GISPROD=postgres://airflow_etl:@@@pg-gis-01.midvale.local:5432/gisprod
    AIRFLOW_CONN_COUNTY_SFTP=sftp://midvale@sftp.county.example.gov:22?key_file=%2Fopt%2Fairflow%2Fkeys%2Fcounty_ed25519
    ''', rand_pw(22), "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html")

SV("yaml", "database-password", "dbt/profiles.yml", '''
    gis_marts:
      target: prod
      outputs:
        prod:
          type: postgres
          host: pg-gis-01.midvale.local
          port: 5432
          user: dbt_gis
          password: "@@"
          dbname: gisprod
          schema: marts
          threads: 4
          sslmode: require
        dev:
          type: postgres
          host: localhost
          port: 5433
          user: "{{ env_var('DBT_USER') }}"
          password: "{{ env_var('DBT_PASSWORD') }}"
          dbname: gisdev
          schema: "dbt_{{ env_var('DBT_USER') }}"
          threads: 2
    ''', season_pw(), "https://docs.getdbt.com/docs/core/connect-data-platform/postgres-setup")

DV("sql", "scram-verifier", "db/migrations/V042__tile_reader_role.sql", '''
    -- Read-only role for the vector tile servers (pg_tileserv, martin).
    -- The verifier below was produced by the DBA with `\\password tile_reader` and copied from
    -- pg_authid; the clear-text password is in the ops vault (kv/gis/postgis/tile_reader).
    CREATE ROLE tile_reader LOGIN PASSWORD '@v@';

    GRANT CONNECT ON DATABASE gisprod TO tile_reader;
    GRANT USAGE ON SCHEMA transportation, planning TO tile_reader;
    GRANT SELECT ON ALL TABLES IN SCHEMA transportation, planning TO tile_reader;
    ALTER DEFAULT PRIVILEGES IN SCHEMA transportation GRANT SELECT ON TABLES TO tile_reader;
    ''', "https://www.postgresql.org/docs/current/auth-password.html", v=scram_verifier())

SV("sql", "database-password", "db/migrations/V017__editor_roles.sql", '''
    -- Editor login used by the QGIS field laptops
    CREATE ROLE field_editor LOGIN PASSWORD '@@' VALID UNTIL '2025-12-31';
    GRANT gis_editors TO field_editor;
    ALTER ROLE field_editor SET search_path = water, public;
    COMMENT ON ROLE field_editor IS 'QGIS field laptops (Panasonic FZ-55 pool)';
    ''', human_pw(), "https://www.postgresql.org/docs/current/sql-createrole.html")

_edl_tok = earthdata_token()
S("gdal-config", "jwt-token", "config/gdalrc", T('''
    # GDAL >= 3.5 configuration file, used via GDAL_CONFIG_FILE in the raster workers
    [configoptions]
    GDAL_CACHEMAX=1024
    GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR
    CPL_VSIL_CURL_ALLOWED_EXTENSIONS=.tif,.h5,.nc
    GDAL_HTTP_MAX_RETRY=4
    GDAL_HTTP_RETRY_DELAY=2
    # NASA Earthdata (HLS, LP DAAC) bearer token, 60 days
    GDAL_HTTP_HEADERS=Authorization: Bearer ''' + _edl_tok + '''
    '''), _edl_tok, "https://gdal.org/user/configoptions.html#gdal-configuration-file")

DV("pip-requirements", "hashes", "requirements/gis.lock.txt", '''
    # pip-compile --generate-hashes requirements/gis.in
    fiona==1.9.6 \\
        --hash=sha256:@h1@ \\
        --hash=sha256:@h2@
    pyproj==3.6.1 \\
        --hash=sha256:@h3@
    rasterio==1.3.10 \\
        --hash=sha256:@h4@ \\
        --hash=sha256:@h5@
    shapely==2.0.4 \\
        --hash=sha256:@h6@
    ''', "https://pip.pypa.io/en/stable/topics/secure-installs/",
   h1=sha256_of("fiona"), h2=sha256_of("fiona2"), h3=sha256_of("pyproj"), h4=sha256_of("rio"), h5=sha256_of("rio2"), h6=sha256_of("shapely"))

DV("text", "lfs-oids", "data/lfs-inventory.txt", '''
    # git lfs ls-files --long --size  (run before the 2024 basemap refresh)
    @o1@ - data/basemap/buildings_2024.gpkg (418 MB)
    @o2@ - data/basemap/address_points.gpkg (96 MB)
    @o3@ * data/imagery/ortho_2023_index.fgb (12 MB)
    @o4@ - data/lidar/dem_2023_1m.tif (2.1 GB)
    ''', "https://github.com/git-lfs/git-lfs/blob/main/docs/man/git-lfs-ls-files.adoc",
   o1=sha256_of("buildings"), o2=sha256_of("addr"), o3=sha256_of("ortho"), o4=sha256_of("dem"))

# --------------------------------------------------------------------------------------------
# Mapbox (secret sk. tokens vs public pk. tokens), Google Maps Platform, HERE, TomTom, and the
# smaller geocoding / tile providers
# --------------------------------------------------------------------------------------------

SV("netrc", "mapbox-secret-token", "ios/ci/.netrc", '''
    machine api.mapbox.com
      login mapbox
      password @@

    machine github.com
      login midvale-gis-bot
    ''', mapbox_token("sk"), "https://docs.mapbox.com/ios/maps/guides/install/")

SV("gradle-properties", "mapbox-secret-token", "android/gradle.properties", '''
    org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
    android.useAndroidX=true
    android.nonTransitiveRClass=true
    kotlin.code.style=official
    # Mapbox Maps SDK download token (secret scope DOWNLOADS:READ), used by settings.gradle
    MAPBOX_DOWNLOADS_TOKEN=@@
    ''', mapbox_token("sk"), "https://docs.mapbox.com/android/maps/guides/install/")

SV("python", "mapbox-secret-token", "tiles/upload_tileset.py", '''
    """Upload the nightly parcels MBTiles to Mapbox as midvale.parcels-v3."""
    import sys

    import boto3
    import requests

    USER = "cityofmidvale"
    TOKEN = "@@"  # scopes: uploads:write, uploads:read, tilesets:write
    TILESET = f"{USER}.parcels-v3"


    def main(path: str) -> None:
        creds = requests.post(f"https://api.mapbox.com/uploads/v1/{USER}/credentials",
                              params={"access_token": TOKEN}, timeout=30).json()
        s3 = boto3.client("s3", aws_access_key_id=creds["accessKeyId"],
                          aws_secret_access_key=creds["secretAccessKey"], aws_session_token=creds["sessionToken"])
        s3.upload_file(path, creds["bucket"], creds["key"])
        r = requests.post(f"https://api.mapbox.com/uploads/v1/{USER}", params={"access_token": TOKEN},
                          json={"url": creds["url"], "tileset": TILESET, "name": "Parcels v3"}, timeout=30)
        print(r.json()["id"])


    if __name__ == "__main__":
        main(sys.argv[1])
    ''', mapbox_token("sk"), "https://docs.mapbox.com/api/maps/uploads/")

SV("shell", "mapbox-secret-token", "tiles/publish_mts.sh", '''
    #!/usr/bin/env bash
    # Mapbox Tiling Service: replace the source and republish the address points tileset.
    set -euo pipefail
    export MAPBOX_ACCESS_TOKEN=@@

    tilesets upload-source --replace cityofmidvale address-points out/address_points.ldgeojson
    tilesets update-recipe cityofmidvale.address-points tiles/recipes/address_points.json
    tilesets publish cityofmidvale.address-points
    tilesets status cityofmidvale.address-points
    ''', mapbox_token("sk"), "https://docs.mapbox.com/help/tutorials/get-started-mts-and-tilesets-cli/")

SV("github-actions", "mapbox-secret-token", ".github/workflows/tiles.yml", '''
    name: rebuild-tiles
    on:
      schedule:
        - cron: "0 7 * * 1"
      workflow_dispatch:

    jobs:
      tiles:
        runs-on: ubuntu-latest
        env:
          MAPBOX_ACCESS_TOKEN: @@
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install mapbox-tilesets geopandas
          - run: python tiles/export_ldgeojson.py
          - run: tilesets upload-source --replace cityofmidvale bike-network out/bike.ldgeojson
          - run: tilesets publish cityofmidvale.bike-network
    ''', mapbox_token("sk"), "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions")

D("github-actions", "secrets-reference", ".github/workflows/deploy-map.yml", T('''
    name: deploy-map
    on:
      push:
        branches: [main]

    jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
          - run: npm ci
          - run: npm run build
            env:
              VITE_MAPBOX_TOKEN: ${{ vars.MAPBOX_PUBLIC_TOKEN }}
              MAPBOX_DOWNLOADS_TOKEN: ${{ secrets.MAPBOX_DOWNLOADS_TOKEN }}
          - uses: actions/upload-pages-artifact@v3
            with:
              path: dist
    '''), "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

SV("r", "mapbox-secret-token", "analysis/isochrones.R", '''
    library(mapboxapi)
    library(sf)
    library(dplyr)

    # one-time on the analysis server; writes MAPBOX_PUBLIC_TOKEN to ~/.Renviron
    mb_access_token("@@", install = TRUE, overwrite = TRUE)

    libraries <- st_read("data/libraries.gpkg") |> st_transform(4326)
    iso <- mb_isochrone(libraries, profile = "walking", time = c(10, 20), id_column = "lib_id")
    st_write(iso, "out/library_walksheds.gpkg", delete_dsn = TRUE)
    ''', mapbox_token("sk"), "https://walker-data.com/mapboxapi/reference/mb_access_token.html")

DV("js", "public-token", "web/src/map/config.js", '''
    // Public map viewer. pk. tokens are public by design (Mapbox: "public tokens should be used in
    // client applications"); this one is additionally URL-restricted to *.midvale.gov.
    export const MAPBOX_TOKEN = "@tok@";

    export const BASEMAP = `https://api.mapbox.com/styles/v1/cityofmidvale/@style@/tiles/256/{z}/{x}/{y}@2x?access_token=${MAPBOX_TOKEN}`;

    export const VIEW = { center: [30.2672, -97.7431], zoom: 12, minZoom: 10, maxZoom: 19 };

    export const OVERLAYS = [
      { id: "parcels", url: "https://tiles.midvale.gov/planning.parcels/{z}/{x}/{y}.pbf", minzoom: 14 },
      { id: "zoning", url: "https://tiles.midvale.gov/planning.zoning_districts/{z}/{x}/{y}.pbf", minzoom: 11 },
    ];
    ''', "https://docs.mapbox.com/help/faq/what-is-the-difference-between-a-public-token-and-a-secret-token/",
   tok=mapbox_token("pk"), style=mapbox_style_id())

DV("dotenv", "public-token", "dashboard/.env.production", '''
    # Public values only: everything prefixed VITE_ is bundled into the browser build.
    VITE_API_BASE=https://data.midvale.gov/api
    VITE_MAPBOX_ACCESS_TOKEN=@tok@
    VITE_MAPBOX_STYLE=mapbox://styles/cityofmidvale/@style@
    VITE_DEFAULT_CENTER=-97.7431,30.2672
    VITE_DEFAULT_ZOOM=11.5
    ''', "https://docs.mapbox.com/help/getting-started/access-tokens/",
   tok=mapbox_token("pk"), style=mapbox_style_id())

DV("plist", "public-token", "ios/MidvaleReport/Info.plist", '''
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">
    <dict>
      <key>CFBundleDisplayName</key>
      <string>Midvale 311</string>
      <key>MBXAccessToken</key>
      <string>@tok@</string>
      <key>NSLocationWhenInUseUsageDescription</key>
      <string>Your location is used to place the pin for your report.</string>
      <key>CFBundleShortVersionString</key>
      <string>4.2.1</string>
    </dict>
    </plist>
    ''', "https://docs.mapbox.com/ios/maps/guides/install/", tok=mapbox_token("pk"))

DV("python", "public-token", "dashboard/app.py", '''
    import dash
    import geopandas as gpd
    import plotly.express as px
    from dash import dcc, html

    # Public (pk.) token, URL-restricted to dashboards.midvale.gov; it is shipped to every browser anyway.
    px.set_mapbox_access_token("@tok@")

    crashes = gpd.read_file("data/crashes_2024.geojson")
    fig = px.density_mapbox(crashes, lat=crashes.geometry.y, lon=crashes.geometry.x, z="severity",
                            radius=12, center={"lat": 30.2672, "lon": -97.7431}, zoom=11,
                            mapbox_style="mapbox://styles/cityofmidvale/@style@")

    app = dash.Dash(__name__)
    app.layout = html.Div([html.H2("Crash density 2024"), dcc.Graph(figure=fig, style={"height": "80vh"})])

    if __name__ == "__main__":
        app.run(debug=False, port=8050)
    ''', "https://plotly.com/python/mapbox-density-heatmaps/", tok=mapbox_token("pk"), style=mapbox_style_id())

DV("json", "style-ids", "web/public/styles/midvale-light.json", '''
    {
      "version": 8,
      "name": "Midvale Light",
      "metadata": {"mapbox:origin": "light-v11", "mapbox:autocomposite": true, "mapbox:type": "default"},
      "center": [-97.7431, 30.2672],
      "zoom": 11,
      "sources": {
        "composite": {"url": "mapbox://mapbox.mapbox-streets-v8,cityofmidvale.@ts1@,cityofmidvale.@ts2@", "type": "vector"}
      },
      "sprite": "mapbox://sprites/cityofmidvale/@style@/@rev@",
      "glyphs": "mapbox://fonts/cityofmidvale/{fontstack}/{range}.pbf",
      "layers": [
        {"id": "background", "type": "background", "paint": {"background-color": "#f8f4f0"}},
        {"id": "parcels-line", "type": "line", "source": "composite", "source-layer": "parcels", "minzoom": 14,
         "paint": {"line-color": "#b0a89c", "line-width": 0.5}}
      ],
      "created": "2024-02-11T18:03:22.118Z",
      "id": "@style@",
      "owner": "cityofmidvale"
    }
    ''', "https://docs.mapbox.com/style-spec/reference/root/",
   ts1=draw(8, LOWALNUM), ts2=draw(8, LOWALNUM), style=mapbox_style_id(), rev=draw(25, LOWALNUM))

D("markdown", "placeholder", "web/README.md", T('''
    # Midvale public map

    ## Local development

    ```bash
    cp .env.example .env.local
    # paste a *public* token from https://account.mapbox.com/access-tokens/
    echo "VITE_MAPBOX_ACCESS_TOKEN=pk.your_public_token_here" >> .env.local
    npm install && npm run dev
    ```

    Building the iOS/Android apps needs a **secret** downloads token in `~/.netrc` / `gradle.properties`:

        MAPBOX_DOWNLOADS_TOKEN=sk.YOUR_SECRET_DOWNLOADS_TOKEN

    Never commit an `sk.` token; CI reads it from the `MAPBOX_DOWNLOADS_TOKEN` secret.
    '''), "https://docs.mapbox.com/help/getting-started/access-tokens/")

SV("python", "google-maps-key", "geocode/google_geocode.py", '''
    import csv
    import time

    import googlemaps

    gmaps = googlemaps.Client(key="@@", timeout=10, queries_per_second=20)

    with open("data/ems_calls_missing_xy.csv", newline="") as src, open("out/ems_geocoded.csv", "w", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, fieldnames=reader.fieldnames + ["lat", "lon", "location_type"])
        writer.writeheader()
        for row in reader:
            hits = gmaps.geocode(f"{row['address']}, Midvale, TX", components={"country": "US"})
            if hits:
                loc = hits[0]["geometry"]
                row.update(lat=loc["location"]["lat"], lon=loc["location"]["lng"], location_type=loc["location_type"])
            writer.writerow(row)
            time.sleep(0.05)
    ''', google_key(), "https://github.com/googlemaps/google-maps-services-python")

SV("python", "google-maps-key", "instance/config.py", '''
    # Flask instance config for the address lookup service (not the public site)
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2:///addresses"
    SQLALCHEMY_TRACK_MODIFICATIONS = False

    GOOGLE_MAPS_API_KEY = "@@"
    GEOCODE_CACHE_DAYS = 30
    GEOCODE_BOUNDS = ((30.098, -97.938), (30.516, -97.561))
    ADDRESS_POINT_LAYER = "address_points"
    ''', google_key(), "https://flask.palletsprojects.com/en/3.0.x/config/#instance-folders")

SV("python", "url-signing-secret", "static_maps/make_thumbnails.py", '''
    """Static map thumbnails for the capital projects pages (Maps Static API, signed URLs)."""
    import googlemaps
    import requests

    # Premium plan credentials: client ID + URL signing secret
    gmaps = googlemaps.Client(client_id="gme-cityofmidvale", client_secret="@@", channel="capital-projects")

    def thumbnail(project_id: str, lat: float, lon: float) -> None:
        url = gmaps._generate_auth_url(
            "/maps/api/staticmap",
            {"center": f"{lat},{lon}", "zoom": 16, "size": "400x300", "maptype": "hybrid",
             "markers": f"color:red|{lat},{lon}"},
            accepts_clientid=True,
        )
        png = requests.get("https://maps.googleapis.com" + url, timeout=20).content
        with open(f"out/thumbs/{project_id}.png", "wb") as fh:
            fh.write(png)
    ''', draw(27, URLSAFE) + "=", "https://developers.google.com/maps/documentation/maps-static/digital-signature")

_gm_nb = google_key()
S("ipynb", "google-maps-key", "notebooks/school_walk_times.ipynb", T('''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 5,
       "metadata": {},
       "outputs": [
        {"name": "stdout", "output_type": "stream", "text": ["Travis Elementary: 14 mins\\n", "Oak Ridge Middle: 22 mins\\n"]}
       ],
       "source": [
        "import requests\\n",
        "KEY = \\"''' + _gm_nb + '''\\"\\n",
        "url = 'https://maps.googleapis.com/maps/api/distancematrix/json'\\n",
        "params = {'origins': '30.2581,-97.7512', 'destinations': '|'.join(schools.latlon),\\n",
        "          'mode': 'walking', 'key': KEY}\\n",
        "r = requests.get(url, params=params).json()\\n",
        "for name, el in zip(schools.name, r['rows'][0]['elements']):\\n",
        "    print(f\\"{name}: {el['duration']['text']}\\")"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    '''), _gm_nb, "https://developers.google.com/maps/documentation/distance-matrix/distance-matrix")

SV("properties", "google-maps-key", "android/local.properties", '''
    ## This file must *NOT* be checked into Version Control Systems,
    # as it contains information specific to your local configuration.
    #
    # Location of the SDK. This is only used by Gradle.
    sdk.dir=/Users/rnguyen/Library/Android/sdk
    MAPS_API_KEY=@@
    ''', google_key(), "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin")

D("python", "env-reference", "geocode/settings.py", T('''
    import os
    from functools import lru_cache

    import googlemaps


    @lru_cache(maxsize=1)
    def client() -> googlemaps.Client:
        key = os.environ.get("GOOGLE_MAPS_API_KEY")
        if not key:
            raise RuntimeError("export GOOGLE_MAPS_API_KEY (see 1Password: GIS / Google Maps server key)")
        return googlemaps.Client(key=key)


    BOUNDS = {"southwest": {"lat": 30.098, "lng": -97.938}, "northeast": {"lat": 30.516, "lng": -97.561}}
    '''), "https://github.com/googlemaps/google-maps-services-python")

D("markdown", "placeholder", "docs/geocoding.md", T('''
    # Geocoding options

    | Provider | Where the key lives | Example |
    |---|---|---|
    | Google | `GOOGLE_MAPS_API_KEY` | `https://maps.googleapis.com/maps/api/geocode/json?address=...&key=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` |
    | ArcGIS | `ARCGIS_API_KEY` | `...findAddressCandidates?SingleLine=...&token=<YOUR_ARCGIS_API_KEY>` |
    | OpenCage | `OPENCAGE_API_KEY` | `https://api.opencagedata.com/geocode/v1/json?q=...&key=YOUR-API-KEY` |
    | Nominatim | none (1 req/s, set a User-Agent) | `https://nominatim.openstreetmap.org/search?q=...&format=jsonv2` |

    Keys are per environment and come from the vault; do not paste real ones into tickets.
    '''), "https://developers.google.com/maps/documentation/geocoding/requests-geocoding")

SV("properties", "oauth-client-secret", "config/here/credentials.properties", '''
    here.user.id = HERE-@uid@
    here.client.id = @cid@
    here.access.key.id = @kid@
    here.access.key.secret = @@
    here.token.endpoint.url = https://account.api.here.com/oauth2/token
    ''', draw(86, URLSAFE), "https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/plat-token.html",
   uid=uuid_s(), cid=draw(20), kid=draw(22, URLSAFE))

DV("properties", "placeholder", "config/here/credentials.properties.example", '''
    # Download your own from platform.here.com > Access Manager > Apps > Credentials
    here.user.id = HERE-00000000-0000-0000-0000-000000000000
    here.client.id = <your client id>
    here.access.key.id = <your access key id>
    here.access.key.secret = <your access key secret>
    here.token.endpoint.url = https://account.api.here.com/oauth2/token
    ''', "https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/plat-token.html")

SV("python", "api-key", "routing/here_truck_routes.py", '''
    import requests

    HERE_API_KEY = "@@"
    ROUTER = "https://router.hereapi.com/v8/routes"


    def truck_route(origin: str, destination: str) -> dict:
        params = {
            "transportMode": "truck",
            "origin": origin,
            "destination": destination,
            "return": "polyline,summary",
            "truck[grossWeight]": 36000,
            "truck[height]": 410,
            "apiKey": HERE_API_KEY,
        }
        r = requests.get(ROUTER, params=params, timeout=30)
        r.raise_for_status()
        return r.json()


    if __name__ == "__main__":
        print(truck_route("30.2198,-97.7003", "30.3907,-97.6473")["routes"][0]["sections"][0]["summary"])
    ''', draw(43, URLSAFE), "https://www.here.com/docs/bundle/routing-api-v8-api-reference/page/index.html")

SV("yaml", "api-key", "config/traffic_feeds.yaml", '''
    # Incident and flow feeds for the traffic operations dashboard
    feeds:
      tomtom_incidents:
        url: https://api.tomtom.com/traffic/services/5/incidentDetails
        key: @@
        bbox: "-97.938,30.098,-97.561,30.516"
        fields: "{incidents{type,geometry{type,coordinates},properties{iconCategory,startTime,endTime}}}"
        poll_seconds: 120
      txdot_conditions:
        url: https://services.arcgis.com/KTcxiTD9dsQw4r7Z/arcgis/rest/services/TxDOT_Roadway_Conditions/FeatureServer/0/query?where=1%3D1&outFields=*&f=geojson
        poll_seconds: 300
    ''', draw(32), "https://developer.tomtom.com/traffic-api/documentation/traffic-incidents/incident-details")

SV("python", "api-key", "routing/tomtom_isochrones.py", '''
    import json

    import requests

    KEY = "@@"
    BASE = "https://api.tomtom.com/routing/1/calculateReachableRange"

    stations = json.load(open("data/fire_stations.geojson"))["features"]
    for st in stations:
        lon, lat = st["geometry"]["coordinates"]
        r = requests.get(f"{BASE}/{lat},{lon}/json", params={"key": KEY, "timeBudgetInSec": 240,
                                                             "traffic": "true", "travelMode": "car"}, timeout=30)
        ring = r.json()["reachableRange"]["boundary"]
        st["properties"]["reach_4min"] = [[p["longitude"], p["latitude"]] for p in ring]
    json.dump({"type": "FeatureCollection", "features": stations}, open("out/station_reach.geojson", "w"))
    ''', draw(32), "https://developer.tomtom.com/routing-api/documentation/tomtom-maps/calculate-reachable-range")

SV("python", "api-key", "geocode/opencage_batch.py", '''
    import pandas as pd
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import OpenCage

    geolocator = OpenCage("@@", user_agent="midvale-gis-batch/1.2")
    geocode = RateLimiter(geolocator.geocode, min_delay_seconds=1, max_retries=2)

    df = pd.read_csv("data/business_licenses.csv")
    df["loc"] = (df["street"] + ", " + df["city"] + ", TX " + df["zip"].astype(str)).apply(
        lambda a: geocode(a, country="us", bounds=[[30.098, -97.938], [30.516, -97.561]]))
    df["lat"] = df["loc"].apply(lambda l: l.latitude if l else None)
    df["lon"] = df["loc"].apply(lambda l: l.longitude if l else None)
    df.drop(columns="loc").to_csv("out/business_licenses_xy.csv", index=False)
    ''', hexs(32), "https://geopy.readthedocs.io/en/stable/#opencage")

SV("dotenv", "api-key", "services/address-autocomplete/.env", '''
    PORT=8088
    LOG_LEVEL=info
    GEOAPIFY_API_KEY=@@
    GEOAPIFY_FILTER=rect:-97.938,30.098,-97.561,30.516
    GEOAPIFY_BIAS=proximity:-97.7431,30.2672
    CACHE_TTL_SECONDS=86400
    ''', hexs(32), "https://apidocs.geoapify.com/docs/geocoding/address-autocomplete/")

SV("python", "api-key", "tiles/prefetch_maptiler.py", '''
    """Prefetch MapTiler satellite tiles for the offline field tablets (zoom 12-17, city extent)."""
    import math
    import os

    import requests

    MAPTILER_KEY = "@@"
    URL = "https://api.maptiler.com/tiles/satellite-v2/{z}/{x}/{y}.jpg?key=" + MAPTILER_KEY
    BBOX = (-97.938, 30.098, -97.561, 30.516)


    def tile(lon: float, lat: float, z: int) -> tuple:
        n = 2 ** z
        x = int((lon + 180) / 360 * n)
        y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
        return x, y


    for z in range(12, 18):
        (x0, y1), (x1, y0) = tile(BBOX[0], BBOX[1], z), tile(BBOX[2], BBOX[3], z)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                path = f"cache/{z}/{x}/{y}.jpg"
                if not os.path.exists(path):
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    open(path, "wb").write(requests.get(URL.format(z=z, x=x, y=y), timeout=30).content)
    ''', draw(20), "https://docs.maptiler.com/cloud/api/tiles/")

DV("html", "placeholder", "web/examples/maptiler.html", '''
    <!DOCTYPE html>
    <html>
    <head>
      <meta charset="utf-8">
      <title>Basemap sample</title>
      <script src="https://unpkg.com/maplibre-gl@4.5.0/dist/maplibre-gl.js"></script>
      <link href="https://unpkg.com/maplibre-gl@4.5.0/dist/maplibre-gl.css" rel="stylesheet">
    </head>
    <body>
      <div id="map" style="position:absolute;inset:0"></div>
      <script>
        // Sample from the MapTiler docs: replace get_your_own_... with your key before deploying.
        const map = new maplibregl.Map({
          container: "map",
          style: "https://api.maptiler.com/maps/streets-v2/style.json?key=get_your_own_@k@",
          center: [-97.7431, 30.2672],
          zoom: 11
        });
      </script>
    </body>
    </html>
    ''', "https://docs.maptiler.com/maplibre-gl-js/", k=draw(20))

SV("python", "api-key", "tiles/render_print_basemap.py", '''
    """Render the A0 wall map basemap from Thunderforest Outdoors tiles (server side, licensed)."""
    from io import BytesIO

    import requests
    from PIL import Image

    API_KEY = "@@"
    TILE = "https://tile.thunderforest.com/outdoors/{z}/{x}/{y}@2x.png?apikey={key}"

    def stitch(z: int, xs: range, ys: range) -> Image.Image:
        out = Image.new("RGB", (512 * len(xs), 512 * len(ys)))
        for i, x in enumerate(xs):
            for j, y in enumerate(ys):
                png = requests.get(TILE.format(z=z, x=x, y=y, key=API_KEY), timeout=30).content
                out.paste(Image.open(BytesIO(png)), (512 * i, 512 * j))
        return out

    stitch(14, range(3744, 3762), range(6755, 6772)).save("out/wallmap_basemap.png", dpi=(300, 300))
    ''', hexs(32), "https://www.thunderforest.com/docs/apikeys/")

SV("python", "api-key", "tiles/seed_stadia_cache.py", '''
    import concurrent.futures as cf
    import pathlib

    import requests

    # Stadia Maps property "midvale-kiosks" (server-side seeding for the lobby kiosks)
    STADIA_API_KEY = "@@"
    URL = "https://tiles.stadiamaps.com/tiles/alidade_smooth/{z}/{x}/{y}.png?api_key=" + STADIA_API_KEY
    TILES = [(z, x, y) for z in (13, 14) for x in range(1872 * 2 ** (z - 13), 1881 * 2 ** (z - 13))
             for y in range(3377 * 2 ** (z - 13), 3386 * 2 ** (z - 13))]

    def fetch(t):
        z, x, y = t
        p = pathlib.Path(f"kiosk_cache/{z}/{x}/{y}.png")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(requests.get(URL.format(z=z, x=x, y=y), timeout=30).content)

    with cf.ThreadPoolExecutor(8) as pool:
        list(pool.map(fetch, TILES))
    ''', uuid_s(), "https://docs.stadiamaps.com/authentication/")

SV("python", "api-key", "geocode/bing_fallback.py", '''
    from geopy.geocoders import Bing, Nominatim

    nominatim = Nominatim(user_agent="midvale-gis-batch/1.2 (gis@midvale.gov)")
    bing = Bing(api_key="@@")


    def geocode(address: str):
        hit = nominatim.geocode(address, country_codes="us", viewbox=[(30.516, -97.938), (30.098, -97.561)], bounded=True)
        if hit is None:
            hit = bing.geocode(address, user_location=None, culture="en-US")
        return hit


    if __name__ == "__main__":
        print(geocode("301 W 2nd St, Midvale, TX"))
    ''', draw(64, URLSAFE), "https://geopy.readthedocs.io/en/stable/#bing")

SV("python", "api-key", "geocode/azure_maps_search.py", '''
    import requests

    SUBSCRIPTION_KEY = "@@"


    def search(query: str) -> list:
        r = requests.get(
            "https://atlas.microsoft.com/search/address/json",
            params={"api-version": "1.0", "query": query, "countrySet": "US", "lat": 30.2672, "lon": -97.7431,
                    "radius": 30000, "subscription-key": SUBSCRIPTION_KEY},
            timeout=20,
        )
        r.raise_for_status()
        return [(res["address"]["freeformAddress"], res["position"]) for res in r.json()["results"]]


    print(search("1100 Congress Ave"))
    ''', draw(43, URLSAFE), "https://learn.microsoft.com/en-us/rest/api/maps/search/get-search-address")

SV("python", "api-key", "geocode/geocodio_voters.py", '''
    """Append census tract and council district to the voter file (Geocodio fields)."""
    import csv

    from geocodio import GeocodioClient

    client = GeocodioClient("@@")

    with open("data/voter_addresses.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))

    for chunk in (rows[i:i + 1000] for i in range(0, len(rows), 1000)):
        results = client.batch_geocode([r["full_address"] for r in chunk], fields=["census2020", "stateleg"])
        for row, res in zip(chunk, results):
            best = res.best_match or {}
            row["tract"] = best.get("fields", {}).get("census_2020", {}).get("tract_code", "")
    ''', hexs(39), "https://www.geocod.io/docs/#authentication")

SV("yaml", "api-key", "config/address_validation.yaml", '''
    # US address validation for the permit portal (Smarty US Street API)
    smarty:
      endpoint: https://us-street.api.smarty.com/street-address
      auth_id: @aid@
      auth_token: @@
      license: us-core-cloud
      candidates: 3
      match: enhanced
    fallback:
      provider: nominatim
      user_agent: midvale-permits/3.1
    ''', draw(20), "https://www.smarty.com/docs/cloud/authentication", aid=uuid_s())

# --------------------------------------------------------------------------------------------
# Imagery and earth observation: Planet, Sentinel Hub, Copernicus, NASA Earthdata, USGS, Earth
# Engine, Cesium ion, Mapillary, FIRMS/NOAA; field data collection and notification hooks
# --------------------------------------------------------------------------------------------

SV("dotenv", "api-key", "imagery/.env", '''
    # Planet basemaps + orders for the tree canopy project
    PL_API_KEY=@@
    PLANET_BASEMAP_SERIES=global_monthly
    AOI_GEOJSON=aoi/city_limits_buffer_1km.geojson
    ORDER_DELIVERY_BUCKET=gs://midvale-canopy-deliveries
    ''', planet_key(), "https://planet-sdk-for-python.readthedocs.io/en/latest/get-started/quick-start-guide/")

SV("python", "api-key", "imagery/order_planetscope.py", '''
    import asyncio
    import json

    from planet import Auth, Session, order_request

    auth = Auth.from_key("@@")
    AOI = json.load(open("aoi/city_limits_buffer_1km.geojson"))["features"][0]["geometry"]


    async def main(item_ids: list) -> None:
        request = order_request.build_request(
            name="canopy-leafon-2024",
            products=[order_request.product(item_ids=item_ids, product_bundle="analytic_sr_udm2", item_type="PSScene")],
            tools=[order_request.clip_tool(aoi=AOI), order_request.composite_tool()],
        )
        async with Session(auth=auth) as sess:
            order = await sess.client("orders").create_order(request)
            print(order["id"], order["state"])


    if __name__ == "__main__":
        asyncio.run(main(json.load(open("imagery/selected_items.json"))))
    ''', planet_key(), "https://planet-sdk-for-python.readthedocs.io/en/latest/python/sdk-guide/")

DV("json", "scene-and-order-ids", "imagery/selected_items.json", '''
    [
      "20240612_162514_57_24a1",
      "20240612_162516_88_24a1",
      "20240614_163102_14_2479",
      "20240614_163104_43_2479",
      "20240619_161855_02_24c7"
    ]
    ''', "https://developers.planet.com/docs/data/psscene/")

DV("json", "order-receipt", "imagery/orders/canopy-leafon-2024.json", '''
    {
      "_links": {"_self": "https://api.planet.com/compute/ops/orders/v2/@oid@"},
      "id": "@oid@",
      "name": "canopy-leafon-2024",
      "state": "success",
      "created_on": "2024-06-21T15:02:11.413Z",
      "last_modified": "2024-06-21T15:41:57.902Z",
      "products": [{"item_ids": ["20240612_162514_57_24a1", "20240614_163102_14_2479"], "item_type": "PSScene",
                    "product_bundle": "analytic_sr_udm2"}],
      "tools": [{"clip": {"aoi": {"type": "Polygon", "coordinates": [[[-97.95, 30.09], [-97.55, 30.09], [-97.55, 30.52], [-97.95, 30.52], [-97.95, 30.09]]]}}}],
      "delivery": {"archive_type": "zip", "single_archive": true},
      "results": [{"name": "@oid@/composite.tif", "md5": "@md5@", "expires_at": "2024-06-22T15:41:57.902Z"}]
    }
    ''', "https://developers.planet.com/apis/orders/", oid=uuid_s(), md5=hexs(32))

SV("toml", "oauth-client-secret", "config/sentinelhub/config.toml", '''
    [default-profile]
    instance_id = ""
    sh_client_id = "@cid@"
    sh_client_secret = '@@'
    sh_base_url = "https://services.sentinel-hub.com"
    sh_token_url = "https://services.sentinel-hub.com/auth/realms/main/protocol/openid-connect/token"
    max_download_attempts = 4
    download_sleep_time = 5.0

    [cdse]
    sh_base_url = "https://sh.dataspace.copernicus.eu"
    sh_token_url = "https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token"
    ''', sh_secret().replace("'", "!"), "https://sentinelhub-py.readthedocs.io/en/latest/configure.html", cid=uuid_s())

SV("python", "oauth-client-secret", "imagery/ndvi_stats.py", '''
    from sentinelhub import (CRS, BBox, DataCollection, MimeType, SentinelHubRequest, SHConfig,
                             bbox_to_dimensions)

    config = SHConfig()
    config.sh_client_id = "@cid@"
    config.sh_client_secret = "@@"

    EVALSCRIPT = """
    //VERSION=3
    function setup() { return { input: ["B04", "B08", "dataMask"], output: { bands: 2, sampleType: "FLOAT32" } }; }
    function evaluatePixel(s) { return [(s.B08 - s.B04) / (s.B08 + s.B04), s.dataMask]; }
    """

    bbox = BBox((-97.938, 30.098, -97.561, 30.516), crs=CRS.WGS84)
    request = SentinelHubRequest(
        evalscript=EVALSCRIPT,
        input_data=[SentinelHubRequest.input_data(DataCollection.SENTINEL2_L2A, time_interval=("2024-06-01", "2024-06-30"),
                                                  mosaicking_order="leastCC")],
        responses=[SentinelHubRequest.output_response("default", MimeType.TIFF)],
        bbox=bbox, size=bbox_to_dimensions(bbox, resolution=20), config=config,
    )
    ndvi = request.get_data()[0]
    ''', sh_secret().replace('"', "!").replace("\\\\", "!"), "https://sentinelhub-py.readthedocs.io/en/latest/examples/process_request.html",
   cid=uuid_s())

D("python", "env-reference", "imagery/sh_profiles.py", T('''
    """Sentinel Hub profiles: values come from SH_CLIENT_ID / SH_CLIENT_SECRET in the runner env."""
    import os

    from sentinelhub import SHConfig

    # Sentinel-2 tiles covering Midvale, for the catalog search filter
    S2_TILES = ["14RPU", "14RPV", "14RQU", "14RQV"]
    SAMPLE_PRODUCT = "S2B_MSIL2A_20240615T170849_N0510_R112_T14RPU_20240615T211430"


    def config() -> SHConfig:
        cfg = SHConfig(os.environ.get("SH_PROFILE", "default-profile"))
        cfg.sh_client_id = os.environ["SH_CLIENT_ID"]
        cfg.sh_client_secret = os.environ["SH_CLIENT_SECRET"]
        return cfg
    '''), "https://sentinelhub-py.readthedocs.io/en/latest/configure.html")

SV("python", "password", "imagery/cdse_download.py", '''
    """Download Sentinel-1 GRD scenes for the flood extent study from the Copernicus Data Space."""
    import requests

    TOKEN_URL = "https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token"
    CATALOG = "https://catalogue.dataspace.copernicus.eu/odata/v1/Products"


    def access_token() -> str:
        data = {"client_id": "cdse-public", "grant_type": "password",
                "username": "gis-imagery@midvale.gov", "password": "@@"}
        return requests.post(TOKEN_URL, data=data, timeout=30).json()["access_token"]


    def download(product_id: str, name: str) -> None:
        headers = {"Authorization": f"Bearer {access_token()}"}
        with requests.get(f"{CATALOG}({product_id})/$value", headers=headers, stream=True, timeout=600) as r:
            r.raise_for_status()
            with open(f"raw/s1/{name}.zip", "wb") as fh:
                for chunk in r.iter_content(1 << 20):
                    fh.write(chunk)
    ''', words_pw(), "https://documentation.dataspace.copernicus.eu/APIs/OData.html")

SV("s3cfg", "s3-secret-key", "imagery/.s3cfg", '''
    [default]
    access_key = @kid@
    secret_key = @@
    host_base = eodata.dataspace.copernicus.eu
    host_bucket = eodata.dataspace.copernicus.eu
    use_https = true
    check_ssl_certificate = true
    signature_v2 = False
    ''', draw(40), "https://documentation.dataspace.copernicus.eu/APIs/S3.html",
   kid=draw(20, string.ascii_uppercase + string.digits))

SV("netrc", "password", "deploy/hls-worker/netrc", '''
    machine urs.earthdata.nasa.gov
        login gis_ops_midvale
        password @@

    machine appeears.earthdatacloud.nasa.gov
        login gis_ops_midvale
    ''', season_pw(), "https://urs.earthdata.nasa.gov/documentation/for_users/data_access/curl_and_wget")

SV("dockerfile", "password", "deploy/hls-worker/Dockerfile", '''
    FROM ghcr.io/osgeo/gdal:ubuntu-small-3.9.1

    RUN apt-get update && apt-get install -y --no-install-recommends python3-pip && rm -rf /var/lib/apt/lists/*
    COPY requirements.txt /tmp/requirements.txt
    RUN pip3 install --no-cache-dir --break-system-packages -r /tmp/requirements.txt

    ENV EARTHDATA_USERNAME=gis_ops_midvale \\
        EARTHDATA_PASSWORD=@@ \\
        GDAL_HTTP_COOKIEFILE=/tmp/cookies.txt \\
        GDAL_HTTP_COOKIEJAR=/tmp/cookies.txt

    WORKDIR /app
    COPY hls/ /app/hls/
    CMD ["python3", "-m", "hls.monthly_composite"]
    ''', rand_pw(15, "!"), "https://earthaccess.readthedocs.io/en/latest/howto/authenticate/")

D("ipynb", "netrc-login", "notebooks/hls_ndvi_timeseries.ipynb", T('''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [
        {"name": "stdout", "output_type": "stream", "text": ["Authenticated: True (strategy=netrc)\\n"]}
       ],
       "source": [
        "import earthaccess\\n",
        "auth = earthaccess.login(strategy=\\"netrc\\")  # ~/.netrc, never in the notebook\\n",
        "print(f\\"Authenticated: {auth.authenticated} (strategy=netrc)\\")"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [
        {"name": "stdout", "output_type": "stream", "text": ["42 granules, e.g. HLS.S30.T14RPU.2024167T170849.v2.0\\n"]}
       ],
       "source": [
        "results = earthaccess.search_data(short_name=\\"HLSS30\\", bounding_box=(-97.938, 30.098, -97.561, 30.516),\\n",
        "                                  temporal=(\\"2024-05-01\\", \\"2024-09-30\\"), cloud_cover=(0, 20))\\n",
        "print(len(results), 'granules, e.g.', results[0]['umm']['GranuleUR'])"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    '''), "https://earthaccess.readthedocs.io/en/latest/howto/authenticate/")

SV("python", "api-token", "imagery/usgs_m2m.py", '''
    """Landsat Collection 2 scene search + download through the USGS M2M API (login-token flow)."""
    import requests

    M2M = "https://m2m.cr.usgs.gov/api/api/json/stable/"
    USERNAME = "midvale_gis"
    APP_TOKEN = "@@"


    def api_key() -> str:
        r = requests.post(M2M + "login-token", json={"username": USERNAME, "token": APP_TOKEN}, timeout=30)
        r.raise_for_status()
        return r.json()["data"]


    def scene_search(key: str) -> list:
        payload = {"datasetName": "landsat_ot_c2_l2", "maxResults": 50,
                   "sceneFilter": {"spatialFilter": {"filterType": "mbr",
                                                     "lowerLeft": {"latitude": 30.098, "longitude": -97.938},
                                                     "upperRight": {"latitude": 30.516, "longitude": -97.561}},
                                   "cloudCoverFilter": {"max": 15, "min": 0}}}
        return requests.post(M2M + "scene-search", json=payload, headers={"X-Auth-Token": key}, timeout=60).json()["data"]["results"]
    ''', draw(64, ALNUM + "_@!"), "https://m2m.cr.usgs.gov/api/docs/json/")

SV("shell", "password", "imagery/get_landsat.sh", '''
    #!/usr/bin/env bash
    # Landsat 8/9 L2 scenes over path 27 / row 39 for the urban heat island study
    set -euo pipefail

    landsatxplore search --dataset landsat_ot_c2_l2 --location 30.2672 -97.7431 \\
      --start 2024-06-01 --end 2024-08-31 --clouds 10 --output csv > scenes.csv

    cut -d, -f1 scenes.csv | tail -n +2 | xargs landsatxplore download \\
      --username midvale_gis --password '@@' --output raw/landsat
    ''', words_pw(), "https://github.com/yannforget/landsatxplore")

DV("csv", "scene-ids", "imagery/landsat_scenes_2024.csv", '''
    entity_id,display_id,acquisition_date,cloud_cover,wrs_path,wrs_row
    LC90270392024163LGN00,LC09_L2SP_027039_20240611_20240613_02_T1,2024-06-11,3.12,27,39
    LC80270392024171LGN00,LC08_L2SP_027039_20240619_20240628_02_T1,2024-06-19,7.48,27,39
    LC90270392024195LGN00,LC09_L2SP_027039_20240713_20240715_02_T1,2024-07-13,0.91,27,39
    LC80270392024203LGN00,LC08_L2SP_027039_20240721_20240801_02_T1,2024-07-21,5.06,27,39
    LC90270392024227LGN00,LC09_L2SP_027039_20240814_20240816_02_T1,2024-08-14,9.77,27,39
    ''', "https://www.usgs.gov/faqs/what-naming-convention-landsat-collections-level-1-scenes")

_ee_pem = pem("PRIVATE KEY", 24)
_ee_escaped = _ee_pem.replace("\n", "\\n")
_ee_email = "ee-runner@midvale-ee-2024.iam.gserviceaccount.com"
S("json", "private-key", "keys/ee-runner-midvale-ee-2024.json", json.dumps({
    "type": "service_account",
    "project_id": "midvale-ee-2024",
    "private_key_id": hexs(40),
    "private_key": _ee_pem + "\n",
    "client_email": _ee_email,
    "client_id": str(_rng().randint(10 ** 20, 10 ** 21 - 1)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ee-runner%40midvale-ee-2024.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}, indent=2) + "\n", _ee_escaped, "https://developers.google.com/earth-engine/guides/service_account")

_ee_pem2 = pem("PRIVATE KEY", 22)
S("yaml", "private-key", "deploy/ee-exporter/values.yaml", T('''
    image:
      repository: ghcr.io/midvale-gis/ee-exporter
      tag: "2024.06.2"

    schedule: "0 9 * * 1"

    earthengine:
      project: midvale-ee-2024
      serviceAccount: ee-exporter@midvale-ee-2024.iam.gserviceaccount.com
      exportBucket: midvale-ee-exports
      privateKey: |
    ''') + textwrap.indent(_ee_pem2, "    ") + "\n" + T('''
    resources:
      requests: {cpu: 100m, memory: 256Mi}
    '''), _ee_pem2, "https://developers.google.com/earth-engine/guides/service_account")

D("python", "key-file-path", "ee/export_lst.py", T('''
    import ee

    SERVICE_ACCOUNT = "ee-exporter@midvale-ee-2024.iam.gserviceaccount.com"
    KEY_FILE = "/var/run/secrets/ee/key.json"   # mounted from the ee-exporter k8s secret

    credentials = ee.ServiceAccountCredentials(SERVICE_ACCOUNT, KEY_FILE)
    ee.Initialize(credentials, project="midvale-ee-2024")

    aoi = ee.Geometry.Rectangle([-97.938, 30.098, -97.561, 30.516])
    lst = (ee.ImageCollection("LANDSAT/LC09/C02/T1_L2")
           .filterBounds(aoi).filterDate("2024-06-01", "2024-08-31")
           .filter(ee.Filter.lt("CLOUD_COVER", 10))
           .select("ST_B10").median().multiply(0.00341802).add(149.0).subtract(273.15))
    task = ee.batch.Export.image.toCloudStorage(image=lst.clip(aoi), description="lst_summer_2024",
                                                bucket="midvale-ee-exports", scale=30, crs="EPSG:32614")
    task.start()
    '''), "https://developers.google.com/earth-engine/guides/service_account")

DV("pem", "certificate", "keys/ee-exporter-public.pem", '''
    @cert@
    ''', "https://cloud.google.com/iam/docs/keys-upload", cert=cert_pem())

SV("python", "jwt-token", "tiles/upload_to_cesium_ion.py", '''
    """Upload the 2023 photogrammetry mesh (3D Tiles) to Cesium ion."""
    import boto3
    import requests

    ION_TOKEN = "@@"
    HEADERS = {"Authorization": f"Bearer {ION_TOKEN}"}

    asset = requests.post("https://api.cesium.com/v1/assets", headers=HEADERS, timeout=30, json={
        "name": "Downtown mesh 2023", "type": "3DTILES",
        "options": {"sourceType": "3D_MODEL", "position": [-97.7431, 30.2672, 150]},
    }).json()
    up = asset["uploadLocation"]
    s3 = boto3.client("s3", endpoint_url=up["endpoint"], aws_access_key_id=up["accessKey"],
                      aws_secret_access_key=up["secretAccessKey"], aws_session_token=up["sessionToken"])
    s3.upload_file("out/downtown_mesh.obj", up["bucket"], up["prefix"] + "downtown_mesh.obj")
    requests.post(asset["onComplete"]["url"], json=asset["onComplete"]["fields"], headers=HEADERS, timeout=30)
    ''', cesium_token(), "https://cesium.com/learn/ion/rest-api/")

SV("python", "api-token", "streetview/mapillary_signs.py", '''
    import requests

    TOKEN = "@@"
    GRAPH = "https://graph.mapillary.com"

    def traffic_signs(bbox: str) -> list:
        params = {"access_token": TOKEN, "fields": "id,object_value,geometry,first_seen_at",
                  "bbox": bbox, "object_type": "trafficsign", "limit": 2000}
        return requests.get(f"{GRAPH}/map_features", params=params, timeout=60).json()["data"]

    signs = traffic_signs("-97.76,30.25,-97.72,30.29")
    stop_signs = [s for s in signs if s["object_value"].startswith("regulatory--stop")]
    print(len(signs), "signs,", len(stop_signs), "stop signs")
    ''', f"MLY|{_rng().randint(10 ** 15, 10 ** 16)}|{hexs(32)}", "https://www.mapillary.com/developer/api-documentation")

SV("python", "api-key", "emergency/firms_hotspots.py", '''
    """Pull VIIRS active fire detections within 50 km for the EOC wildfire dashboard."""
    import io

    import geopandas as gpd
    import pandas as pd
    import requests

    MAP_KEY = "@@"
    AREA = "-98.4,29.7,-97.1,30.9"
    URL = f"https://firms.modaps.eosdis.nasa.gov/api/area/csv/{MAP_KEY}/VIIRS_SNPP_NRT/{AREA}/1"

    df = pd.read_csv(io.StringIO(requests.get(URL, timeout=60).text))
    gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df.longitude, df.latitude), crs=4326)
    gdf[gdf.confidence.isin(["n", "h"])].to_file("out/firms_24h.geojson", driver="GeoJSON")
    print(len(gdf), "detections")
    ''', hexs(32), "https://firms.modaps.eosdis.nasa.gov/api/map_key/")

SV("python", "api-token", "climate/noaa_precip.py", '''
    import requests

    CDO_TOKEN = "@@"
    BASE = "https://www.ncei.noaa.gov/cdo-web/api/v2/data"

    params = {"datasetid": "GHCND", "datatypeid": "PRCP", "stationid": "GHCND:USW00013904",
              "startdate": "2024-01-01", "enddate": "2024-12-31", "units": "standard", "limit": 1000}
    rows = requests.get(BASE, params=params, headers={"token": CDO_TOKEN}, timeout=60).json()["results"]
    total = sum(r["value"] for r in rows)
    print(f"2024 precipitation at Camp Mabry: {total:.2f} in")
    ''', draw(32, string.ascii_letters), "https://www.ncdc.noaa.gov/cdo-web/webservices/v2")

SV("python", "webhook-url", "survey123/notify_potholes.py", '''
    """Survey123 webhook receiver: post new pothole reports to the streets crew channel."""
    from flask import Flask, request
    import requests

    SLACK_WEBHOOK = "@@"
    app = Flask(__name__)


    @app.post("/survey123/potholes")
    def potholes():
        feature = request.get_json()["feature"]
        attrs, geom = feature["attributes"], feature["geometry"]
        text = (f":construction: Pothole #{attrs['objectid']} ({attrs['severity']}) at {attrs['address']}\\n"
                f"https://maps.midvale.gov/?x={geom['x']:.5f}&y={geom['y']:.5f}&z=19")
        requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10)
        return {"ok": True}
    ''', slack_webhook(), "https://doc.arcgis.com/en/survey123/browser/analyze-results/webhooks.htm")

SV("toml", "password", ".pyodk_config.toml", '''
    # ODK Central (tree inventory field forms) used by scripts/pull_tree_inventory.py
    [central]
    base_url = "https://odk.midvale.gov"
    username = "gis-sync@midvale.gov"
    password = "@@"
    default_project_id = 4
    ''', human_pw(), "https://getodk.github.io/pyodk/")

SV("python", "api-key", "analysis/carto_publish.py", '''
    from cartoframes import to_carto
    from cartoframes.auth import Credentials, set_default_credentials
    import geopandas as gpd

    set_default_credentials(Credentials(username="midvale-gis", api_key="@@"))

    tracts = gpd.read_file("out/tract_heat_vulnerability.gpkg")
    to_carto(tracts, "tract_heat_vulnerability_2024", if_exists="replace")
    ''', hexs(40), "https://carto.com/developers/cartoframes/reference/#heading-Auth")

SV("shell", "api-token", "fme/run_address_sync.sh", '''
    #!/usr/bin/env bash
    # Kick off the FME Flow workspace that syncs address points to the CAD/911 system.
    set -euo pipefail
    FME=https://fme.midvale.local/fmerest/v3
    curl -sS -X POST "$FME/transformations/submit/GIS_Sync/address_points_to_cad.fmw" \\
      -H "Authorization: fmetoken token=@@" \\
      -H "Content-Type: application/json" \\
      -d '{"publishedParameters":[{"name":"SINCE_DAYS","value":"1"}]}' | jq '.id'
    ''', hexs(40), "https://docs.safe.com/fme/html/FME-Flow/ReferenceManual/service_rest_v3.htm")

# --------------------------------------------------------------------------------------------
# Open-data portals: CKAN, Socrata (Tyler Data & Insights), OpenDataSoft, Census API
# --------------------------------------------------------------------------------------------

_ckan_pw = rand_pw(20)
S("ini", "database-password", "deploy/ckan/ckan.ini", T('''
    #
    # CKAN - Pylons configuration (data.midvale.gov)
    #
    [DEFAULT]
    debug = false

    [app:main]
    use = egg:ckan
    ckan.site_id = midvale
    ckan.site_url = https://data.midvale.gov

    ## Database Settings
    sqlalchemy.url = postgresql://ckan_default:''' + _ckan_pw + '''@ckan-db.midvale.local/ckan_default
    ckan.datastore.write_url = postgresql://ckan_default:''' + _ckan_pw + '''@ckan-db.midvale.local/datastore_default

    ## Session / token secrets: set from CKAN___BEAKER__SESSION__SECRET, CKAN___API_TOKEN__JWT__ENCODE__SECRET
    ## in the systemd unit environment

    ckan.plugins = activity datastore xloader spatial_metadata spatial_query scheming_datasets dcat
    ckanext.spatial.search_backend = solr-bbox
    ckan.spatial.srid = 4326
    solr_url = http://127.0.0.1:8983/solr/ckan
    ckan.redis.url = redis://localhost:6379/0
    ckan.storage_path = /var/lib/ckan/default
    who.config_file = %(here)s/who.ini
    '''), _ckan_pw, "https://docs.ckan.org/en/2.10/maintaining/configuration.html")

SV("ini", "jwt-secret", "deploy/ckan/staging.ini", '''
    [app:main]
    use = egg:ckan
    ckan.site_url = https://data-staging.midvale.gov
    # unix-socket peer auth, no password
    sqlalchemy.url = postgresql:///ckan_staging

    api_token.jwt.encode.secret = string:@@
    api_token.jwt.decode.secret = string:@@
    api_token.jwt.algorithm = HS256
    ckan.auth.create_user_via_web = false
    ckan.plugins = activity datastore xloader spatial_metadata spatial_query
    solr_url = http://solr:8983/solr/ckan
    ckan.storage_path = /var/lib/ckan/staging
    ''', draw(43, URLSAFE), "https://docs.ckan.org/en/2.10/maintaining/configuration.html#api-token-settings")

SV("python", "api-token", "opendata/publish_budget.py", '''
    """Push the adopted budget CSV and its GeoJSON of council districts to data.midvale.gov."""
    from ckanapi import RemoteCKAN

    ua = "midvale-opendata-publisher/2.0"
    portal = RemoteCKAN("https://data.midvale.gov", apikey="@@", user_agent=ua)

    pkg = portal.action.package_patch(id="adopted-budget-fy2025", notes="Adopted operating budget, FY2025.")
    for path, name, fmt in [("out/budget_fy2025.csv", "Budget FY2025 (CSV)", "CSV"),
                            ("out/council_districts.geojson", "Council districts", "GeoJSON")]:
        with open(path, "rb") as fh:
            portal.action.resource_create(package_id=pkg["id"], name=name, format=fmt, upload=fh)
    print("updated", pkg["name"], pkg["metadata_modified"])
    ''', ckan_token(), "https://github.com/ckan/ckanapi#remoteckan")

SV("makefile", "api-key", "opendata/Makefile", '''
    CKAN := https://data.midvale.gov
    APIKEY := @@
    DATASETS := parcels zoning-districts bike-facilities street-centerlines

    .PHONY: refresh $(DATASETS)

    refresh: $(DATASETS)

    $(DATASETS):
    \tckanapi action resource_patch -r $(CKAN) -a $(APIKEY) \\
    \t  id=$$(jq -r '.["$@"]' resources.json) upload@out/$@.geojson last_modified=$$(date -u +%Y-%m-%dT%H:%M:%S)
    ''', uuid_s(), "https://github.com/ckan/ckanapi#command-line-interface")

SV("dotenv", "password", "deploy/ckan-docker/.env", '''
    # docker-ckan (ckan/ckan-docker) settings for data.midvale.gov
    CKAN_VERSION=2.10.4
    CKAN_SITE_ID=midvale
    CKAN_SITE_URL=https://data.midvale.gov
    CKAN_PORT_HOST=5000
    CKAN_SYSADMIN_NAME=ckan_admin
    CKAN_SYSADMIN_PASSWORD=@@
    CKAN_SYSADMIN_EMAIL=opendata@midvale.gov
    CKAN_STORAGE_PATH=/var/lib/ckan
    CKAN__PLUGINS="envvars image_view text_view datatables_view datastore xloader spatial_metadata spatial_query"
    CKAN_SMTP_SERVER=smtp.midvale.local:25
    TZ=America/Chicago
    ''', words_pw(), "https://github.com/ckan/ckan-docker")

_xl_tok = ckan_token()
SV("k8s-configmap", "api-token", "deploy/k8s/ckan-configmap.yaml", '''
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: ckan-env
      namespace: opendata
    data:
      CKAN_SITE_URL: "https://data.midvale.gov"
      CKAN__PLUGINS: "envvars activity datastore xloader dcat spatial_metadata spatial_query"
      CKANEXT__XLOADER__JOB_TIMEOUT: "3600"
      CKANEXT__XLOADER__API_TOKEN: "@@"
      CKAN__DATASTORE__SQLSEARCH__ENABLED: "true"
      CKAN_SOLR_URL: "http://solr.opendata.svc:8983/solr/ckan"
      CKAN_REDIS_URL: "redis://redis.opendata.svc:6379/1"
    ''', _xl_tok, "https://github.com/ckan/ckanext-xloader#configuration")

D("ini", "env-reference", "deploy/ckan/ckan.docker.ini", T('''
    [app:main]
    use = egg:ckan
    # Everything secret is supplied by the envvars plugin from the container environment:
    #   CKAN_SQLALCHEMY_URL, CKAN_DATASTORE_WRITE_URL, CKAN_DATASTORE_READ_URL,
    #   CKAN___BEAKER__SESSION__SECRET, CKAN___API_TOKEN__JWT__ENCODE__SECRET
    sqlalchemy.url =
    ckan.site_url = https://data.midvale.gov
    ckan.plugins = envvars activity datastore xloader
    ckan.spatial.srid = 4326
    ckan.storage_path = /var/lib/ckan
    who.config_file = %(here)s/who.ini
    cache_dir = /tmp/%(ckan.site_id)s/
    '''), "https://docs.ckan.org/en/2.10/maintaining/configuration.html#environment-variables")

DV("yaml", "password-hash", "opendata/seed/users.yaml", '''
    # Seed users for the staging portal (loaded with `ckan seed-users`); hashes are passlib pbkdf2_sha512,
    # exported from the old portal. Owners reset their password on first login.
    - name: opendata_admin
      email: opendata@midvale.gov
      sysadmin: true
      password_hash: "@h1@"
    - name: gis_publisher
      email: gis@midvale.gov
      sysadmin: false
      password_hash: "@h2@"
    - name: finance_publisher
      email: budget@midvale.gov
      sysadmin: false
      password_hash: "@h3@"
    ''', "https://passlib.readthedocs.io/en/stable/lib/passlib.hash.pbkdf2_digest.html",
   h1=pbkdf2_sha512(), h2=pbkdf2_sha512(), h3=pbkdf2_sha512())

DV("json", "resource-ids-and-hashes", "opendata/snapshots/parcels.package.json", '''
    {
      "id": "@p@",
      "name": "parcels",
      "title": "Parcels",
      "owner_org": "@o@",
      "license_id": "odc-pddl",
      "metadata_modified": "2024-06-03T07:12:44.118302",
      "spatial": "{\\"type\\": \\"Polygon\\", \\"coordinates\\": [[[-97.938, 30.098], [-97.561, 30.098], [-97.561, 30.516], [-97.938, 30.516], [-97.938, 30.098]]]}",
      "resources": [
        {"id": "@r1@", "name": "Parcels (GeoJSON)", "format": "GeoJSON", "hash": "@h1@", "size": 84119223,
         "url": "https://data.midvale.gov/dataset/@p@/resource/@r1@/download/parcels.geojson"},
        {"id": "@r2@", "name": "Parcels (Shapefile)", "format": "SHP", "hash": "@h2@", "size": 40277118,
         "url": "https://data.midvale.gov/dataset/@p@/resource/@r2@/download/parcels.zip"}
      ],
      "tags": [{"name": "gis"}, {"name": "property"}]
    }
    ''', "https://docs.ckan.org/en/2.10/api/index.html#ckan.logic.action.get.package_show",
   p=uuid_s(), o=uuid_s(), r1=uuid_s(), r2=uuid_s(), h1=sha256_of("p1"), h2=sha256_of("p2"))

SV("python", "password", "opendata/socrata_upsert_311.py", '''
    """Upsert yesterday's 311 service requests (with lat/lon) to the Socrata portal."""
    import datetime as dt

    import pandas as pd
    from sodapy import Socrata

    DOMAIN = "data.midvale.gov"
    DATASET = "x7ua-4m9q"  # 311 Service Requests

    client = Socrata(DOMAIN, None, username="opendata-etl@midvale.gov", password="@@", timeout=120)

    since = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    df = pd.read_sql(f"SELECT * FROM sr.requests WHERE updated_at >= '{since}'", "postgresql:///crm")
    df["location"] = df.apply(lambda r: {"type": "Point", "coordinates": [r.lon, r.lat]}, axis=1)
    print(client.upsert(DATASET, df.drop(columns=["lat", "lon"]).to_dict("records")))
    client.close()
    ''', season_pw(), "https://github.com/xmunoz/sodapy#upsertdataset_identifier-payload-content_typejson")

SV("yaml", "api-key-secret", "opendata/socrata.yaml", '''
    # API key pair created under the opendata-etl service account (Developer Settings > API Keys)
    socrata:
      domain: data.midvale.gov
      api_key_id: @kid@
      api_key_secret: @@
      datasets:
        building_permits: 3syk-w9eu
        code_violations: wz9a-4v6c
        crash_reports: h8cm-2q9t
      chunk_size: 5000
    ''', draw(50, LOWALNUM), "https://dev.socrata.com/docs/authentication",
   kid=draw(25, LOWALNUM))

SV("json", "password", "opendata/datasync/config.json", '''
    {
      "domain": "https://data.midvale.gov",
      "username": "opendata-etl@midvale.gov",
      "password": "@@",
      "appToken": "",
      "adminEmail": "opendata@midvale.gov",
      "emailUponError": "true",
      "logDatasetID": "q2vk-88hd",
      "outgoingMailServer": "smtp.midvale.local",
      "smtpPort": "25",
      "filesizeChunkingCutoffMB": "10",
      "numRowsPerChunk": "10000"
    }
    ''', words_pw(), "https://socrata.github.io/datasync/resources/preferences-config.html")

D("python", "env-reference", "opendata/socrata_read.py", T('''
    import os

    from sodapy import Socrata

    # Socrata 4x4 dataset identifiers (public, part of every dataset URL)
    PERMITS = "3syk-w9eu"
    VIOLATIONS = "wz9a-4v6c"

    client = Socrata("data.midvale.gov", os.environ.get("SOCRATA_APP_TOKEN"), timeout=60)
    permits = client.get(PERMITS, where="issued_date > '2024-01-01'", select="permit_number, location", limit=50000)
    violations = client.get(VIOLATIONS, where="within_circle(location, 30.2672, -97.7431, 1500)")
    print(len(permits), "permits;", len(violations), "violations within 1.5 km of city hall")
    '''), "https://github.com/xmunoz/sodapy")

SV("python", "api-key", "opendata/ods_sync.py", '''
    """Mirror selected regional datasets from the COG OpenDataSoft portal."""
    import requests

    ODS = "https://opendata.capcog.example.org/api/explore/v2.1/catalog/datasets"
    HEADERS = {"Authorization": "Apikey @@"}

    for ds in ("regional-trails", "transit-stops-capmetro", "floodplain-atlas-14"):
        r = requests.get(f"{ODS}/{ds}/exports/geojson", headers=HEADERS, params={"lang": "en", "timezone": "America/Chicago"},
                         timeout=300)
        r.raise_for_status()
        open(f"raw/ods/{ds}.geojson", "wb").write(r.content)
    ''', hexs(56), "https://help.opendatasoft.com/apis/ods-explore-v2/#section/Authentication/API-key")

SV("python", "api-key", "census/acs_tracts.py", '''
    import geopandas as gpd
    import pandas as pd
    from census import Census
    from us import states

    c = Census("@@", year=2022)

    rows = c.acs5.state_county_tract(("NAME", "B19013_001E", "B25003_003E", "B01003_001E"),
                                     states.TX.fips, "453", Census.ALL)
    acs = pd.DataFrame(rows)
    acs["GEOID"] = acs.state + acs.county + acs.tract
    tracts = gpd.read_file("raw/tl_2022_48_tract.zip").merge(acs, on="GEOID")
    tracts.to_file("out/acs_tracts_travis.gpkg", layer="acs5_2022")
    ''', hexs(40), "https://github.com/datamade/census")

SV("r", "api-key", "census/tidycensus_setup.R", '''
    library(tidycensus)
    library(tigris)
    options(tigris_use_cache = TRUE)

    census_api_key("@@", install = TRUE, overwrite = TRUE)
    readRenviron("~/.Renviron")

    rent_burden <- get_acs(geography = "tract", variables = c(burden = "B25070_010"), summary_var = "B25070_001",
                           state = "TX", county = "Travis", year = 2022, geometry = TRUE)
    sf::st_write(rent_burden, "out/rent_burden_tracts.gpkg", delete_dsn = TRUE)
    ''', hexs(40), "https://walker-data.com/tidycensus/reference/census_api_key.html")

D("python", "fips-and-geoids", "census/block_groups.py", T('''
    import os

    from census import Census

    # Travis County, TX: state FIPS 48, county 453. GEOIDs below are block groups on the east side.
    STATE, COUNTY = "48", "453"
    FOCUS_BLOCK_GROUPS = ["484530008031", "484530008032", "484530009013", "484530021052", "484530021112"]

    c = Census(os.environ["CENSUS_API_KEY"], year=2022)
    rows = c.acs5.state_county_blockgroup(("B01003_001E", "B19013_001E"), STATE, COUNTY, Census.ALL)
    focus = [r for r in rows if r["state"] + r["county"] + r["tract"] + r["block group"] in FOCUS_BLOCK_GROUPS]
    for r in focus:
        print(r["tract"], r["block group"], r["B01003_001E"], r["B19013_001E"])
    '''), "https://www.census.gov/programs-surveys/geography/guidance/geo-identifiers.html")

# --------------------------------------------------------------------------------------------
# OGC clients (WMS/WFS/WMTS), tile servers, Leaflet/OpenLayers front ends
# --------------------------------------------------------------------------------------------

SV("python", "password", "ogc/county_wms_snapshot.py", '''
    from owslib.wms import WebMapService

    wms = WebMapService(
        "https://gis.county.example.gov/arcgis/services/Aerials/Aerials2022/ImageServer/WMSServer",
        version="1.3.0",
        username="midvale_wms",
        password="@@",
        timeout=60,
    )
    img = wms.getmap(layers=["0"], styles=[""], srs="EPSG:3857",
                     bbox=(-10902817.6, 3517993.4, -10860825.7, 3571147.2),
                     size=(2048, 2048), format="image/jpeg", transparent=False)
    with open("out/aerials_2022_overview.jpg", "wb") as fh:
        fh.write(img.read())
    ''', human_pw(), "https://owslib.readthedocs.io/en/latest/usage.html#wms")

SV("js", "basic-auth-url", "web/internal-viewer/src/layers.js", '''
    import L from "leaflet";

    // Internal viewer (intranet only). Sewer network is not public, GeoServer requires a login.
    export const sewer = L.tileLayer.wms("https://viewer:@@@gis.midvale.gov/geoserver/utilities/wms", {
      layers: "utilities:sewer_mains,utilities:manholes",
      format: "image/png",
      transparent: true,
      version: "1.1.1",
      attribution: "City of Midvale Public Works",
    });

    export const parcels = L.tileLayer.wms("https://gis.midvale.gov/geoserver/public/wms", {
      layers: "public:parcels",
      format: "image/png",
      transparent: true,
    });
    ''', rand_pw(14), "https://leafletjs.com/reference.html#tilelayer-wms")

_nginx_pw = rand_pw(16)
S("nginx", "basic-auth", "deploy/nginx/tiles-proxy.conf", T('''
    # Public tile endpoint that proxies the county's password-protected tile cache
    upstream county_tiles {
        server tiles.county.example.gov:443;
        keepalive 16;
    }

    server {
        listen 443 ssl http2;
        server_name tiles.midvale.gov;
        ssl_certificate     /etc/letsencrypt/live/tiles.midvale.gov/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/tiles.midvale.gov/privkey.pem;

        location /county/ {
            proxy_pass https://county_tiles/arcgis/rest/services/Basemap/MapServer/tile/;
            proxy_set_header Host tiles.county.example.gov;
            proxy_set_header Authorization "Basic ''' + b64("midvale_tiles:" + _nginx_pw) + '''";
            proxy_cache tiles;
            proxy_cache_valid 200 7d;
        }
    }
    '''), _nginx_pw, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header")

SV("js", "auth-key", "web/ops-dashboard/src/map.js", '''
    import Map from "ol/Map.js";
    import View from "ol/View.js";
    import TileLayer from "ol/layer/Tile.js";
    import TileWMS from "ol/source/TileWMS.js";
    import OSM from "ol/source/OSM.js";
    import { fromLonLat } from "ol/proj.js";

    // GeoServer authkey module: the key maps to the ops_dashboard user
    const AUTHKEY = "@@";

    const crews = new TileLayer({
      source: new TileWMS({
        url: `https://gis.midvale.gov/geoserver/ops/wms?authkey=${AUTHKEY}`,
        params: { LAYERS: "ops:crew_locations", TILED: true },
        serverType: "geoserver",
      }),
    });

    export const map = new Map({
      target: "map",
      layers: [new TileLayer({ source: new OSM() }), crews],
      view: new View({ center: fromLonLat([-97.7431, 30.2672]), zoom: 12 }),
    });
    ''', uuid_s(), "https://docs.geoserver.org/stable/en/user/extensions/authkey/index.html")

SV("python", "api-key", "ogc/state_clearinghouse_wfs.py", '''
    from owslib.wfs import WebFeatureService
    import geopandas as gpd

    # State GIS clearinghouse: the WFS wants the key as a header for bulk pulls
    wfs = WebFeatureService("https://wfs.stategis.example.gov/ows", version="2.0.0",
                            headers={"X-API-Key": "@@"}, timeout=120)

    resp = wfs.getfeature(typename=["sgis:address_points"], bbox=(-97.938, 30.098, -97.561, 30.516, "urn:ogc:def:crs:EPSG::4326"),
                          outputFormat="application/json")
    gdf = gpd.read_file(resp)
    gdf.to_file("raw/state_address_points.gpkg")
    print(len(gdf), "address points")
    ''', hexs(32), "https://owslib.readthedocs.io/en/latest/usage.html#wfs")

D("python", "ogc-request-params", "ogc/getmap_examples.py", T('''
    """Sample GetMap/GetFeature requests used in the OGC training session (public endpoints)."""
    from urllib.parse import urlencode

    WMS = "https://gis.midvale.gov/geoserver/public/wms?" + urlencode({
        "SERVICE": "WMS", "VERSION": "1.3.0", "REQUEST": "GetMap", "LAYERS": "public:parcels,public:zoning",
        "STYLES": "", "CRS": "EPSG:3857", "BBOX": "-10902817.6,3517993.4,-10860825.7,3571147.2",
        "WIDTH": 1024, "HEIGHT": 1024, "FORMAT": "image/png", "TRANSPARENT": "TRUE",
    })
    WFS = "https://gis.midvale.gov/geoserver/public/ows?" + urlencode({
        "service": "WFS", "version": "2.0.0", "request": "GetFeature", "typeNames": "public:parcels",
        "srsName": "EPSG:4326", "count": 10, "outputFormat": "application/json",
        "CQL_FILTER": "pid IN ('0215040103','0215040104')",
    })
    print(WMS)
    print(WFS)
    '''), "https://docs.ogc.org/is/06-042/06-042.html")

D("xml", "wmts-capabilities", "ogc/fixtures/wmts_capabilities_excerpt.xml", T('''
    <Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" version="1.0.0">
      <Contents>
        <Layer>
          <ows:Title>Orthoimagery 2023</ows:Title>
          <ows:Identifier>ortho_2023</ows:Identifier>
          <ows:WGS84BoundingBox><ows:LowerCorner>-97.938 30.098</ows:LowerCorner><ows:UpperCorner>-97.561 30.516</ows:UpperCorner></ows:WGS84BoundingBox>
          <Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style>
          <Format>image/jpeg</Format>
          <TileMatrixSetLink><TileMatrixSet>GoogleMapsCompatible</TileMatrixSet></TileMatrixSetLink>
          <ResourceURL format="image/jpeg" resourceType="tile"
            template="https://gis.midvale.gov/geoserver/gwc/service/wmts/rest/imagery:ortho_2023/default/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}?format=image/jpeg"/>
        </Layer>
        <TileMatrixSet>
          <ows:Identifier>GoogleMapsCompatible</ows:Identifier>
          <ows:SupportedCRS>urn:ogc:def:crs:EPSG::3857</ows:SupportedCRS>
          <WellKnownScaleSet>urn:ogc:def:wkss:OGC:1.0:GoogleMapsCompatible</WellKnownScaleSet>
        </TileMatrixSet>
      </Contents>
    </Capabilities>
    '''), "https://www.ogc.org/standard/wmts/")

_manifest = {"tileset": "parcels-v3", "minzoom": 12, "maxzoom": 16, "format": "pbf", "tiles": {}}
_mr = _rng()
for _i in range(10):
    _z = _mr.randint(12, 16)
    _lon, _lat = _mr.uniform(-97.938, -97.561), _mr.uniform(30.098, 30.516)
    _x = int((_lon + 180) / 360 * 2 ** _z)
    _y = int((1 - math.asinh(math.tan(math.radians(_lat))) / math.pi) / 2 * 2 ** _z)
    _manifest["tiles"][f"{_z}/{_x}/{_y}.pbf"] = sha256_of(f"tile{_i}")
D("json", "tile-hashes", "tiles/manifests/parcels-v3.json", json.dumps(_manifest, indent=2) + "\n",
  "https://github.com/mapbox/mbtiles-spec/blob/master/1.3/spec.md")

_gr = _rng()
_features = [{"type": "Feature", "id": uuid_s(),
              "properties": {"asset_id": f"HYD-{_gr.randint(10000, 99999)}", "status": _gr.choice(["IN_SERVICE", "OUT_OF_SERVICE"]),
                             "globalid": "{" + uuid_s().upper() + "}"},
              "geometry": {"type": "Point", "coordinates": [round(-97.7431 + _gr.uniform(-0.1, 0.1), 6),
                                                            round(30.2672 + _gr.uniform(-0.1, 0.1), 6)]}}
             for _ in range(4)]
D("geojson", "feature-ids", "data/samples/hydrants_sample.geojson",
  json.dumps({"type": "FeatureCollection", "name": "hydrants_sample",
              "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
              "features": _features}, indent=1) + "\n", "https://datatracker.ietf.org/doc/html/rfc7946")

D("json", "template-placeholder", "web/public/tilejson/basemap.json", T('''
    {
      "tilejson": "3.0.0",
      "name": "Midvale basemap",
      "attribution": "(c) OpenStreetMap contributors, (c) MapTiler",
      "tiles": ["https://api.maptiler.com/tiles/v3/{z}/{x}/{y}.pbf?key={key}"],
      "minzoom": 0,
      "maxzoom": 14,
      "bounds": [-97.938, 30.098, -97.561, 30.516],
      "center": [-97.7431, 30.2672, 11],
      "vector_layers": [{"id": "transportation", "fields": {"class": "String"}}]
    }
    '''), "https://github.com/mapbox/tilejson-spec/tree/master/3.0.0")

D("js", "env-reference", "web/planning-viewer/src/basemap.js", T('''
    import Map from "ol/Map.js";
    import View from "ol/View.js";
    import { apply } from "ol-mapbox-style";

    // The key is injected at build time from the CI variable MAPTILER_KEY (domain-restricted).
    const key = import.meta.env.VITE_MAPTILER_KEY;
    if (!key) {
      console.warn("VITE_MAPTILER_KEY is not set; falling back to OSM raster tiles");
    }

    export const map = new Map({ target: "map", view: new View({ center: [-10881000, 3540000], zoom: 12 }) });
    apply(map, `https://api.maptiler.com/maps/dataviz/style.json?key=${key}`);
    '''), "https://openlayers.org/en/latest/examples/mapbox-style.html")

DV("htpasswd", "bcrypt-verifiers", "deploy/nginx/tiles.htpasswd", '''
    # htpasswd -B for the staging tile server (users: qa, planning, pw_contractor, gis_ops, eoc)
    qa:@h1@
    planning:@h2@
    pw_contractor:@h3@
    gis_ops:@h4@
    eoc:@h5@
    ''', "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
   h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash(), h5=bcrypt_hash())

DV("authorized-keys", "public-key", "deploy/geoserver/authorized_keys", '''
    # deploy users allowed onto gisserver01 (managed by ansible role gis-base)
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@k1@ mkowalski@gis-ws-14
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@k2@ rnguyen@gis-ws-09
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@k3@ gitlab-runner@ci-02
    ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@k4@ geoserver-backup@nas01
    ''', "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
   k1="I" + draw(43, B64), k2="I" + draw(43, B64), k3="I" + draw(43, B64), k4=draw(342, B64))

# --------------------------------------------------------------------------------------------
# Deployment and tooling around the GIS stack: Streamlit, CI, cloud-init, Ansible, secret
# managers, STAC/VRT/CRS files, logs and notebooks
# --------------------------------------------------------------------------------------------

SV("toml", "database-password", ".streamlit/secrets.toml", '''
    # Streamlit Community Cloud secrets for the zoning lookup app
    [connections.postgis]
    dialect = "postgresql"
    host = "pg-gis-01.midvale.gov"
    port = "5432"
    database = "gisprod"
    username = "zoning_app_ro"
    password = "@@"
    ''', words_pw(), "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

D("toml", "placeholder", ".streamlit/secrets.toml.example", T('''
    # Copy to .streamlit/secrets.toml and fill in; the real file is gitignored.
    [connections.postgis]
    dialect = "postgresql"
    host = "localhost"
    port = "5433"
    database = "gisdev"
    username = "your_username"
    password = "your_password"
    '''), "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

_tok_out = arcgis_token()
S("ipynb", "arcgis-token", "notebooks/debug_feature_service.ipynb", T('''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 7,
       "metadata": {},
       "outputs": [
        {"name": "stdout", "output_type": "stream", "text": ["''' + _tok_out + '''\\n"]}
       ],
       "source": [
        "# why does the REST call 498? print the session token and try it in the browser\\n",
        "from arcgis.gis import GIS\\n",
        "gis = GIS(profile=\\"midvale_pub\\")\\n",
        "print(gis._con.token)"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "ArcGIS Pro", "language": "python", "name": "arcgispro-py3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    '''), _tok_out, "https://nbformat.readthedocs.io/en/latest/format_description.html")

SV("k8s-configmap", "database-password", "deploy/k8s/qgis-server-config.yaml", '''
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: qgis-server-config
      namespace: gis
    data:
      QGIS_SERVER_LOG_LEVEL: "1"
      QGIS_PROJECT_FILE: /projects/public_maps.qgs
      pg_service.conf: |
        [gis_prod]
        host=pg-gis-01.midvale.local
        port=5432
        dbname=gisprod
        user=qgis_server
        password=@@
        sslmode=require
    ''', rand_pw(20), "https://kubernetes.io/docs/concepts/configuration/configmap/")

SV("python", "database-password", "etl/common/connect.py", '''
    """Small helpers shared by the ETL jobs."""
    from osgeo import ogr


    def open_pg(dsn: str = "PG:host=pg-gis-stg.midvale.local dbname=gisstaging user=etl_loader password=@@"):
        """Open the staging PostGIS database with OGR.

        >>> ds = open_pg()
        >>> ds.GetLayerByName("staging.parcels_2024").GetFeatureCount() > 0
        True
        """
        ds = ogr.Open(dsn, update=1)
        if ds is None:
            raise RuntimeError("cannot open " + dsn.split(" password=")[0])
        return ds
    ''', rand_pw(18), "https://gdal.org/drivers/vector/pg.html")

SV("gitlab-ci", "database-password", ".gitlab-ci.yml", '''
    stages: [test, load]

    variables:
      PGHOST: pg-gis-stg.midvale.local
      PGDATABASE: gisstaging
      PGUSER: ci_loader
      PGPASSWORD: "@@"

    test:
      stage: test
      image: ghcr.io/osgeo/gdal:ubuntu-small-3.9.1
      script:
        - pip install -r requirements/gis.lock.txt
        - pytest -q tests/

    load-staging:
      stage: load
      image: ghcr.io/osgeo/gdal:ubuntu-small-3.9.1
      script:
        - make -C data all PG="PG:service=ci"
      rules:
        - if: $CI_COMMIT_BRANCH == "main"
    ''', season_pw(), "https://docs.gitlab.com/ee/ci/variables/")

SV("python", "api-key", "weather/radar_overlay.py", '''
    """Precipitation tiles for the EOC flood board (OpenWeatherMap, One Call 3.0 plan)."""
    import requests

    APPID = "@@"
    LAYER = "precipitation_new"

    def tile(z: int, x: int, y: int) -> bytes:
        url = f"https://tile.openweathermap.org/map/{LAYER}/{z}/{x}/{y}.png"
        return requests.get(url, params={"appid": APPID}, timeout=20).content

    def current(lat: float = 30.2672, lon: float = -97.7431) -> dict:
        return requests.get("https://api.openweathermap.org/data/3.0/onecall",
                            params={"lat": lat, "lon": lon, "appid": APPID, "units": "imperial", "exclude": "minutely"},
                            timeout=20).json()
    ''', hexs(32), "https://openweathermap.org/api/weathermaps")

SV("yaml", "password", "ansible/group_vars/geoserver.yml", '''
    ---
    geoserver_version: "2.25.2"
    geoserver_data_dir: /srv/geoserver/data_dir
    geoserver_java_opts: "-Xms2g -Xmx4g -XX:+UseG1GC"
    geoserver_admin_user: admin
    geoserver_admin_password: "@@"
    geoserver_extensions:
      - vectortiles
      - importer
      - css
    geoserver_csrf_whitelist: gis.midvale.gov
    ''', words_pw(), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html")

SV("cloud-init", "database-password", "infra/cloud-init/tileserver.yaml", '''
    #cloud-config
    package_update: true
    packages: [postgresql-client, nginx]

    write_files:
      - path: /etc/pg_tileserv/pg_tileserv.toml
        permissions: "0640"
        content: |
          [Server]
          HttpPort = 7800
          [Database]
          DbConnection = "postgresql://tileserv:@@@pg-gis-01.midvale.local/gisprod?sslmode=require"

    runcmd:
      - systemctl enable --now pg_tileserv
      - systemctl reload nginx
    ''', rand_pw(22), "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files")

SV("properties", "database-password", "data_dir/jdbcconfig/jdbcconfig.properties", '''
    # GeoServer JDBCConfig community module: catalog stored in PostgreSQL
    enabled=true
    initdb=false
    import=false
    jdbcUrl=jdbc:postgresql://pg-gis-01.midvale.local:5432/geoserver_catalog
    driverClassName=org.postgresql.Driver
    username=geoserver_catalog
    password=@@
    pool.minIdle=4
    pool.maxActive=10
    pool.poolPreparedStatements=true
    pool.testOnBorrow=true
    ''', human_pw(), "https://docs.geoserver.org/main/en/user/community/jdbcconfig/configuration.html")

DV("ansible-vault", "ciphertext", "ansible/group_vars/postgis/vault.yml", '''
    $ANSIBLE_VAULT;1.1;AES256
    @blob@
    ''', "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", blob=vault_blob(8))

DV("sops", "ciphertext", "deploy/secrets/tileserver.enc.yaml", '''
    tileserver:
        db_url: ENC[AES256_GCM,data:@d1@,iv:@iv1@,tag:@t1@,type:str]
        maptiler_key: ENC[AES256_GCM,data:@d2@,iv:@iv2@,tag:@t2@,type:str]
    sops:
        kms: []
        age:
            - recipient: age1@rcpt@
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                @age@
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-05-30T16:21:07Z"
        mac: ENC[AES256_GCM,data:@mac@,iv:@iv3@,tag:@t3@,type:str]
        version: 3.8.1
    ''', "https://github.com/getsops/sops",
   d1=draw(94, B64) + "==", iv1=draw(43, B64) + "=", t1=draw(22, B64) + "==",
   d2=draw(27, B64) + "=", iv2=draw(43, B64) + "=", t2=draw(22, B64) + "==",
   rcpt=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), age=draw(64, B64),
   mac=draw(86, B64) + "==", iv3=draw(43, B64) + "=", t3=draw(22, B64) + "==")

D("dotenv", "placeholder", ".env.example", T('''
    # Copy to .env and fill in. Never commit the filled-in file.
    PGHOST=localhost
    PGPORT=5433
    PGDATABASE=gisdev
    PGUSER=gis
    PGPASSWORD=
    GEOSERVER_URL=http://localhost:8080/geoserver
    GEOSERVER_ADMIN_PASSWORD=changeme
    MAPBOX_ACCESS_TOKEN=pk.<public token>
    MAPBOX_SECRET_TOKEN=sk.<only for tileset uploads>
    ARCGIS_API_KEY=<your api key>
    PL_API_KEY=
    SH_CLIENT_ID=
    SH_CLIENT_SECRET=
    '''), "https://12factor.net/config")

D("csv", "spatial-indexes", "analysis/out/h3_service_requests.csv", T('''
    h3_r9,geohash7,request_count,median_days_open,centroid_lon,centroid_lat
    8948e4d1b2bffff,9v6kpm3,41,3.5,-97.743118,30.267491
    8948e4d1b33ffff,9v6kpm9,37,2.0,-97.739902,30.270113
    8948e4d1a6fffff,9v6kpjx,29,6.0,-97.751446,30.262087
    8948e4d1e0bffff,9v6kpq2,22,4.5,-97.731774,30.274350
    8948e4d1a73ffff,9v6kpjr,19,11.0,-97.755209,30.259648
    '''), "https://h3geo.org/docs/core-library/h3Indexing/")

D("wkt", "crs-definition", "data/crs/EPSG_2277.wkt", T('''
    PROJCRS["NAD83 / Texas Central (ftUS)",
        BASEGEOGCRS["NAD83",
            DATUM["North American Datum 1983",
                ELLIPSOID["GRS 1980",6378137,298.257222101,LENGTHUNIT["metre",1]]],
            PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]],
            ID["EPSG",4269]],
        CONVERSION["SPCS83 Texas Central zone (US survey foot)",
            METHOD["Lambert Conic Conformal (2SP)",ID["EPSG",9802]],
            PARAMETER["Latitude of false origin",29.6666666666667,ANGLEUNIT["degree",0.0174532925199433]],
            PARAMETER["Longitude of false origin",-100.333333333333,ANGLEUNIT["degree",0.0174532925199433]],
            PARAMETER["Latitude of 1st standard parallel",31.8833333333333,ANGLEUNIT["degree",0.0174532925199433]],
            PARAMETER["Latitude of 2nd standard parallel",30.1166666666667,ANGLEUNIT["degree",0.0174532925199433]],
            PARAMETER["Easting at false origin",2296583.333,LENGTHUNIT["US survey foot",0.304800609601219]],
            PARAMETER["Northing at false origin",9842500,LENGTHUNIT["US survey foot",0.304800609601219]]],
        CS[Cartesian,2],
            AXIS["easting (X)",east,ORDER[1],LENGTHUNIT["US survey foot",0.304800609601219]],
            AXIS["northing (Y)",north,ORDER[2],LENGTHUNIT["US survey foot",0.304800609601219]],
        ID["EPSG",2277]]
    '''), "https://epsg.io/2277")

DV("json", "checksums-and-ids", "stac/items/ortho_2023_tile_3093-1452.json", '''
    {
      "type": "Feature",
      "stac_version": "1.0.0",
      "stac_extensions": ["https://stac-extensions.github.io/file/v2.1.0/schema.json",
                          "https://stac-extensions.github.io/projection/v1.1.0/schema.json"],
      "id": "ortho_2023_3093-1452",
      "collection": "midvale-ortho-2023",
      "bbox": [-97.7512, 30.2581, -97.7419, 30.2663],
      "geometry": {"type": "Polygon", "coordinates": [[[-97.7512, 30.2581], [-97.7419, 30.2581], [-97.7419, 30.2663], [-97.7512, 30.2663], [-97.7512, 30.2581]]]},
      "properties": {"datetime": "2023-02-11T17:20:00Z", "gsd": 0.1524, "proj:epsg": 2277},
      "assets": {
        "image": {"href": "s3://midvale-orthos/2023/cog/3093-1452.tif", "type": "image/tiff; application=geotiff; profile=cloud-optimized",
                  "file:checksum": "1220@c1@", "file:size": 187203584, "roles": ["data"]},
        "thumbnail": {"href": "https://orthos.midvale.gov/2023/thumbs/3093-1452.jpg", "type": "image/jpeg",
                      "file:checksum": "1220@c2@", "roles": ["thumbnail"]}
      },
      "links": [{"rel": "collection", "href": "../collection.json"}]
    }
    ''', "https://github.com/stac-extensions/file", c1=sha256_of("cog"), c2=sha256_of("thumb"))

DV("yaml", "commit-shas", ".pre-commit-config.yaml", '''
    repos:
      - repo: https://github.com/pre-commit/pre-commit-hooks
        rev: @s1@  # frozen: v4.6.0
        hooks:
          - id: check-yaml
          - id: check-added-large-files
            args: ["--maxkb=2048"]   # keep GeoPackages and tiffs in LFS
      - repo: https://github.com/astral-sh/ruff-pre-commit
        rev: @s2@  # frozen: v0.4.8
        hooks:
          - id: ruff
      - repo: https://github.com/nbQA-dev/nbQA
        rev: @s3@  # frozen: 1.8.5
        hooks:
          - id: nbqa-ruff
    ''', "https://pre-commit.com/#pre-commit-configyaml---repos", s1=commit_sha(), s2=commit_sha(), s3=commit_sha())

D("vault-template", "template-expression", "deploy/vault-agent/geoserver.env.ctmpl", T('''
    {{- with secret "kv/data/gis/geoserver" -}}
    GEOSERVER_ADMIN_USER={{ .Data.data.admin_user }}
    GEOSERVER_ADMIN_PASSWORD={{ .Data.data.admin_password }}
    {{- end }}
    {{ with secret "database/creds/gis-readonly" -}}
    POSTGRES_USER={{ .Data.username }}
    POSTGRES_PASS={{ .Data.password }}
    {{- end }}
    '''), "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

D("k8s-external-secret", "secret-manager-reference", "deploy/k8s/martin-externalsecret.yaml", T('''
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: martin-db
      namespace: gis
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: martin-db
      data:
        - secretKey: DATABASE_URL
          remoteRef:
            key: prod/gis/martin
            property: database_url
    '''), "https://external-secrets.io/latest/api/externalsecret/")

D("python", "connection-ids", "airflow/dags/parcels_nightly.py", T('''
    from datetime import datetime

    from airflow import DAG
    from airflow.models import Variable
    from airflow.providers.postgres.operators.postgres import PostgresOperator
    from airflow.providers.sftp.sensors.sftp import SFTPSensor

    with DAG("parcels_nightly", start_date=datetime(2024, 1, 1), schedule="0 4 * * *", catchup=False) as dag:
        wait = SFTPSensor(task_id="wait_for_cad_export", sftp_conn_id="county_sftp",
                          path="/outgoing/parcels_{{ ds_nodash }}.zip", poke_interval=600)
        load = PostgresOperator(task_id="swap_parcels", postgres_conn_id="postgis_gisprod",
                                sql="sql/swap_parcels.sql",
                                params={"srid": 2277, "notify": Variable.get("gis_notify_email")})
        wait >> load
    '''), "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html")

D("vrt", "file-references", "data/dem/dem_2023_mosaic.vrt", T('''
    <VRTDataset rasterXSize="40000" rasterYSize="42000">
      <SRS dataAxisToSRSAxisMapping="1,2">EPSG:2277</SRS>
      <GeoTransform>2286000.0, 1.0, 0.0, 14022000.0, 0.0, -1.0</GeoTransform>
      <VRTRasterBand dataType="Float32" band="1">
        <NoDataValue>-9999</NoDataValue>
        <ComplexSource>
          <SourceFilename relativeToVRT="0">/vsis3/midvale-lidar/2023/dem/3093-1452.tif</SourceFilename>
          <SourceBand>1</SourceBand>
          <SrcRect xOff="0" yOff="0" xSize="5000" ySize="5000"/>
          <DstRect xOff="0" yOff="0" xSize="5000" ySize="5000"/>
        </ComplexSource>
        <ComplexSource>
          <SourceFilename relativeToVRT="0">/vsicurl/https://prd-tnm.s3.amazonaws.com/StagedProducts/Elevation/1m/Projects/TX_Central_B1_2017/TIFF/USGS_1M_14_x62y335_TX_Central_B1_2017.tif</SourceFilename>
          <SourceBand>1</SourceBand>
          <DstRect xOff="5000" yOff="0" xSize="5000" ySize="5000"/>
        </ComplexSource>
      </VRTRasterBand>
    </VRTDataset>
    '''), "https://gdal.org/drivers/raster/vrt.html")

D("overpass", "osm-ids", "osm/queries/bus_stops.overpassql", T('''
    // Bus stops and shelters inside Midvale city limits (relation 113314)
    [out:json][timeout:120];
    area(3600113314)->.city;
    (
      node["highway"="bus_stop"](area.city);
      node["amenity"="shelter"]["shelter_type"="public_transport"](area.city);
      way(id:276391248,276391249,1042883571);
    );
    out body;
    >;
    out skel qt;
    '''), "https://wiki.openstreetmap.org/wiki/Overpass_API/Overpass_QL")

D("ipynb", "masked-output", "notebooks/reset_service_password.ipynb", T('''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [
        {"name": "stdin", "output_type": "stream", "text": ["New password for svc_fieldsync: ········\\n"]},
        {"name": "stdout", "output_type": "stream", "text": ["password for svc_fieldsync updated; stored as arcgis-portal/svc_fieldsync (password=********)\\n"]}
       ],
       "source": [
        "import getpass, keyring\\n",
        "from arcgis.gis import GIS\\n",
        "gis = GIS(profile=\\"midvale_admin\\")\\n",
        "new_pw = getpass.getpass(\\"New password for svc_fieldsync: \\")\\n",
        "gis.users.get(\\"svc_fieldsync\\").reset(new_password=new_pw)\\n",
        "keyring.set_password(\\"arcgis-portal\\", \\"svc_fieldsync\\", new_pw)\\n",
        "print(\\"password for svc_fieldsync updated; stored as arcgis-portal/svc_fieldsync (password=********)\\")"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "ArcGIS Pro", "language": "python", "name": "arcgispro-py3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    '''), "https://developers.arcgis.com/python/latest/api-reference/arcgis.gis.toc.html#user")

D("k8s-secret", "placeholder", "examples/k8s/postgis-secret.example.yaml", T('''
    # Example only: the real secret is created by `kubectl create secret generic postgis --from-env-file=...`
    # The value below is base64 of "changeme".
    apiVersion: v1
    kind: Secret
    metadata:
      name: postgis
      namespace: gis-dev
    type: Opaque
    data:
      POSTGRES_USER: Z2lz
      POSTGRES_PASSWORD: Y2hhbmdlbWU=
    '''), "https://kubernetes.io/docs/concepts/configuration/secret/")

DV("json", "public-client-id", "experience-builder/config.json", '''
    {
      "attributes": {"portalUrl": "https://midvale.maps.arcgis.com", "clientId": "@cid@"},
      "template": "full-screen",
      "pages": {"page_1": {"id": "page_1", "label": "Capital projects", "layout": {"LARGE": "layout_1"}}},
      "dataSources": {
        "dataSource_1": {
          "id": "dataSource_1",
          "type": "WEB_MAP",
          "sourceLabel": "Capital Projects 2024",
          "itemId": "@item@",
          "portalUrl": "https://midvale.maps.arcgis.com"
        }
      },
      "widgets": {"widget_2": {"uri": "widgets/arcgis/arcgis-map/", "config": {"initialMapDataSourceID": "dataSource_1"}}}
    }
    ''', "https://developers.arcgis.com/experience-builder/guide/add-custom-widgets/",
   cid=draw(16), item=hexs(32))

D("k8s-deployment", "secret-key-ref", "deploy/k8s/tile-renderer.yaml", T('''
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: tile-renderer
      namespace: gis
    spec:
      replicas: 2
      selector:
        matchLabels: {app: tile-renderer}
      template:
        metadata:
          labels: {app: tile-renderer}
        spec:
          containers:
            - name: renderer
              image: ghcr.io/midvale-gis/tile-renderer:1.9.3
              env:
                - name: MAPBOX_SECRET_TOKEN
                  valueFrom:
                    secretKeyRef: {name: mapbox, key: secret-token}
                - name: PGPASSWORD
                  valueFrom:
                    secretKeyRef: {name: postgis, key: password}
                - name: PGHOST
                  value: pg-gis-01.midvale.local
    '''), "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

D("log", "redacted-token", "logs/publish_parcels.log", T('''
    2024-06-03 04:00:02,114 INFO signed in as gis_publisher
    2024-06-03 04:00:02,980 DEBUG POST https://midvale.maps.arcgis.com/sharing/rest/content/users/gis_publisher/items/'''
    + hexs(32) + '''/update token=***REDACTED*** f=json
    2024-06-03 04:01:47,331 INFO overwrite: {'success': True}
    2024-06-03 04:01:47,333 INFO extent: -97.9381,30.0984,-97.5610,30.5162 (EPSG:4326)
    2024-06-03 04:01:47,333 INFO features: 291,442
    '''), "https://docs.python.org/3/library/logging.html")

D("qgis-project", "empty-password", "projects/local_dev.qgs", T('''
    <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
    <qgis projectname="Local dev" version="3.34.4-Prizren">
      <title>Local dev (docker postgis on :5433)</title>
      <projectCrs><spatialrefsys nativeFormat="Wkt"><authid>EPSG:2277</authid></spatialrefsys></projectCrs>
      <projectlayers>
        <maplayer type="vector" geometry="Polygon" wkbType="MultiPolygon">
          <id>''' + qgis_layer_id("parcels_2024") + '''</id>
          <datasource>dbname='gisdev' host=localhost port=5433 user='gis' password='' sslmode=disable key='gid' srid=2277 type=MultiPolygon table="staging"."parcels_2024" (geom)</datasource>
          <layername>parcels_2024 (staging)</layername>
          <provider encoding="UTF-8">postgres</provider>
        </maplayer>
      </projectlayers>
    </qgis>
    '''), "https://docs.qgis.org/3.34/en/docs/user_manual/appendices/qgis_file_formats.html")

D("markdown", "redacted-key-ids", "CHANGELOG.md", T('''
    # Changelog

    ## 2024.06.2
    - Rotated the Mapbox upload token (old token id ending `...k7m9p`, revoked 2024-06-14).
    - Google Maps server key restricted to the geocoder's egress IPs (key name `gis-geocoder-prod`).
    - GeoServer admin password moved to Vault (`kv/gis/geoserver`); data_dir now uses `crypt2:` for store passwords.

    ## 2024.06.1
    - Parcels layer item `''' + hexs(32) + '''` overwritten nightly instead of re-published.
    - New EPSG:2277 -> EPSG:3857 transformation: `WGS_1984_(ITRF00)_To_NAD_1983`.
    '''), "https://keepachangelog.com/en/1.1.0/")

