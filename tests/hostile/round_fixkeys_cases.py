"""Hostile text for the fixkeys round's reads (service formats: Google OAuth access tokens, Seqera
tokens, HubSpot tokens; automation webhooks; short-named service keys; ArcGIS tokens; environment
defaults given after the call opens; `id`-named records): one 256 KB line repeating each form, or
thousands of lines of it, every value different and generated-looking, then a planted Telegram
token. The scan must reach it (and report it). Generated fakes only.
"""
from __future__ import annotations

import base64
from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"
_URLSAFE = _ALNUM + "-_"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fixkeys", number, length, alphabet)


def _seqera(number: int) -> str:
    return base64.b64encode(f'{{"tid": {number}}}.{_drawn(number, 40)}'.encode()).decode()


CASES: List[HostileCase] = [
    fragment_line_case("fixkeys-ya29-tokens", "cloudbuild.yaml", lambda n: f"echo 'ya29.{_drawn(n, 120, _URLSAFE)}' "),
    fragment_line_case("fixkeys-seqera-tokens", "nextflow.config", lambda n: f"accessToken = '{_seqera(n)}' "),
    fragment_line_case("fixkeys-hubspot-tokens", ".env", lambda n: f"pat-na1-{_drawn(n, 8)}-{_drawn(n + 1, 4)}-4{_drawn(n, 3)}-"
                                                                     f"8{_drawn(n + 2, 3)}-{_drawn(n + 3, 12)} "),
    fragment_line_case("fixkeys-logic-apps-urls", "flows.py",
                       lambda n: f"https://prod-{n % 90 + 10}.eastus.logic.azure.com:443/workflows/{_drawn(n, 32)}/triggers/manual/"
                                 f"paths/invoke?api-version=2016-06-01&sp=%2Ftriggers&sv=1.0&sig={_drawn(n, 43, _URLSAFE)} "),
    fragment_line_case("fixkeys-logic-apps-no-sig", "flows.py",
                       lambda n: f"https://prod-1.eastus.logic.azure.com/workflows/{_drawn(n, 32)}/triggers/manual/paths/invoke?a=&"),
    fragment_line_case("fixkeys-make-and-zapier", "hooks.yaml",
                       lambda n: f"https://hook.eu1.make.com/{_drawn(n, 32, _LOWER)} https://hooks.zapier.com/hooks/catch/"
                                 f"{n + 1000}/{_drawn(n, 7, _LOWER)}/ "),
    fragment_line_case("fixkeys-short-named-keys", "tomtom.py", lambda n: f'KEY = "{_drawn(n, 32, _ALNUM)}"; APPID="{_drawn(n, 32)}" '),
    fragment_line_case("fixkeys-arcgis-runs", "arcgis.sh", lambda n: f"{_drawn(n, 120, _URLSAFE)}.. "),
    fragment_line_case("fixkeys-arcgis-one-run", "arcgis.ipynb", lambda n: _drawn(n, 64, _URLSAFE)),
    fragment_line_case("fixkeys-id-records", "job_conf.xml", lambda n: f'<param id="private_token">{_drawn(n, 32, _ALNUM)}</param>'),
    many_lines_case("fixkeys-env-defaults-open", "settings.py", "import os\n",
                    lambda n: f'TOKEN_{n} = os.environ.get(\n    "TOKEN_{n}",\n    "{_drawn(n, 20, _ALNUM)}"\n    "{_drawn(n + 1, 20, _ALNUM)}",\n)\n'),
    many_lines_case("fixkeys-env-opens-only", "settings.py", "import os\n", lambda n: "X = os.getenv(\n"),
    many_lines_case("fixkeys-odoo-params", "data/params.xml", "<odoo>\n",
                    lambda n: f'<record id="p{n}" model="ir.config_parameter">\n  <field name="key">m{n}.api_token</field>\n'
                              f'  <field name="value">{_drawn(n, 24, _ALNUM)}</field>\n</record>\n'),
    fragment_line_case("fixkeys-value-fields-one-line", "params.xml", lambda n: f'<field name="value">{_drawn(n, 24, _ALNUM)}</field>'),
    many_lines_case("fixkeys-boomi-fields", "prod-update.json", '{"field": [\n',
                    lambda n: f'  {{\n    "id": "password",\n    "value": "{_drawn(n, 14, _ALNUM)}#"\n  }},\n'),
]
