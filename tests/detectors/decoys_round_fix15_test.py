"""Blind rounds CX-DB, through the engine: values a form or a vendor says are no secret the file holds (a
release pipeline's `__name__` tokens, RESO records' keys, OAuth specifications' worked examples, base64's
padding read as an assignment, Mixpanel's project token, FortiOS' FortiToken serial) and, beside each, the
secret of the same place that still blocks. Generated fakes only."""
from __future__ import annotations

import base64
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"
_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


@pytest.mark.parametrize("token", ["__DmsSqlPassword__", "__db.readonly-password__", "__Sql_Password__", "__SQL_PASSWORD__"])
@pytest.mark.parametrize("filename", ["src/Portal/Web.Release.config", "src/Portal/appsettings.Production.json"])
def test_a_release_pipeline_s_token_is_replaced_at_deployment(engine: Engine, token: str, filename: str) -> None:
    text = f'{{"Db": "Data Source=__DbServer__;Initial Catalog=Dms;User ID=__DbUser__;Password={token};Application Name=Portal"}}\n'
    assert _blocked(engine, filename, text) == []
    password = drawn_mixed(15000, 14)
    real = text.replace(token, password)
    assert _blocked(engine, filename, real) == [(1, password)]


def test_a_token_shaped_password_is_no_pipeline_token(engine: Engine) -> None:
    # (a run drawn between underscores, or a name with a blank or a symbol, is no variable's name)
    password = "__" + drawn_mixed(15001, 12) + "#__"
    text = f'{{"Db": "Server=sql01;Database=app;User ID=app;Password={password};"}}\n'
    assert _blocked(engine, "src/Portal/appsettings.json", text) == [(1, password)]


def _reso_record(keys: List[Tuple[str, str]]) -> str:
    fields = "".join(f'      "{name}": "{value}",\n' for name, value in keys)
    return ('{\n  "@odata.context": "https://api.mls.example/OData/Property",\n  "value": [\n    {\n'
            + fields + '      "ModificationTimestamp": "2024-09-10T14:00:11.000Z"\n    }\n  ]\n}\n')


@pytest.mark.parametrize(("name", "alone"), [("OriginatingSystemKey", True), ("SourceSystemKey", True), ("ResourceRecordKey", True),
                                             ("ListAgentKey", True), ("BuyerOfficeKey", False)])
def test_a_reso_record_s_keys_are_its_identifiers(engine: Engine, name: str, alone: bool) -> None:
    text = _reso_record([("ListingKey", drawn(15010, 32, _HEX)), (name, drawn(15011, 40, _HEX))])
    assert _blocked(engine, "feeds/property_page.json", text) == []
    # (a credential's name among the record's fields, and the same key where no RESO record stands, still block)
    secret = drawn(15012, 32, _HEX)
    assert _blocked(engine, "feeds/property_page.json", _reso_record([("ListingKey", drawn(15010, 32, _HEX)), ("ApiKey", secret)])) == [(6, secret)]
    # (a `…Key` the Data Dictionary does not define, a service's key beside the record's fields, is judged as any key)
    service = drawn(15014, 24, _BASE64.replace("+", "").replace("/", ""))
    assert _blocked(engine, "feeds/property_page.json", _reso_record([("ListingKey", drawn(15010, 32, _HEX)),
                                                                       ("GreatSchoolsKey", service)])) == [(6, service)]
    lone = drawn(15013, 40, _HEX)
    # (an office's key names a record wherever it stands: credential_keys' qualifiers)
    assert _blocked(engine, "feeds/settings.json", f'{{\n  "{name}": "{lone}"\n}}\n') == ([(2, lone)] if alone else [])


@pytest.mark.parametrize("value", ["7Fjfp0ZBr1KtDRbnfVdmIw", "2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA",
                                   "cf136dc3c1fc93f31185e5885805d", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"])
def test_oauth_specifications_worked_examples_are_no_held_secret(engine: Engine, value: str) -> None:
    text = f'CLIENT_ID = "s6BhdRkqt3"\nCLIENT_SECRET = "{value}"\nREFRESH_TOKEN = "{value}"\n'
    assert _blocked(engine, "src/oauth/conformance.py", text) == []
    secret = drawn_mixed(15020, 22)
    assert _blocked(engine, "src/oauth/conformance.py", text.replace(value, secret)) == [(2, secret), (3, secret)]


def test_the_rfc_s_basic_header_and_one_of_the_project_s_own(engine: Engine) -> None:
    header = 'assert req.headers["Authorization"] == "Basic " + base64.b64encode(b"s6BhdRkqt3:{}").decode()\n'
    assert _blocked(engine, "src/oauth/check.py", header.format("7Fjfp0ZBr1KtDRbnfVdmIw")) == []
    assert _blocked(engine, "src/oauth/check.py", 'H = {"Authorization": "Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW"}\n') == []
    secret = drawn_mixed(15021, 22)
    assert _blocked(engine, "src/oauth/check.py", header.format(secret)) == [(1, secret)]
    encoded = base64.b64encode(f"s6BhdRkqt3:{secret}".encode()).decode()
    assert _blocked(engine, "src/oauth/check.py", f'H = {{"Authorization": "Basic {encoded}"}}\n') == [(1, secret)]


@pytest.mark.parametrize("word", ["PW", "pass", "token", "Key", "secret"])
def test_base64_padding_after_a_credential_s_word_is_no_assignment(engine: Engine, word: str) -> None:
    salt = drawn(15030, 27, _BASE64) + "="
    hashed = drawn(15031, 22, _BASE64) + "/7" + word + "="
    key = "AAAAC3NzaC1lZDI1NTE5AAAAI" + drawn(15032, 43, _BASE64)
    text = f"|1|{salt}|{hashed} ssh-ed25519 {key}\n"
    assert _blocked(engine, "deploy/known_hosts", text) == []
    assert _blocked(engine, "deploy/ssh/config.txt", text) == []
    # (a name opening its line, a blank after its `=`, still assigns)
    password = drawn_mixed(15033, 20)
    assert _blocked(engine, "deploy/app.env", f"SMTP_PW= {password}\n") == [(1, password)]


@pytest.mark.parametrize("form", [
    '{{\n  "mixpanel": {{\n    "projectToken": "{token}",\n    "serverUrl": "https://api-eu.mixpanel.com"\n  }}\n}}\n',
    'MIXPANEL_TOKEN={token}\n',
    'mixpanel.init(TOKEN);\nconst TOKEN = "{token}";\n',
    'MonoBehaviour:\n  m_Name: MixpanelSettings\n  RuntimeToken: {token}\n  DebugToken: {token}\n',
])
def test_mixpanel_s_project_token_is_shipped_in_every_client(engine: Engine, form: str) -> None:
    token = drawn(15040, 32, _HEX)
    assert _blocked(engine, "app/analytics.json", form.format(token=token)) == []


def test_a_project_token_of_no_mixpanel_and_mixpanel_s_secret_still_block(engine: Engine) -> None:
    token = drawn(15041, 32, _HEX)
    assert _blocked(engine, "config/ci.json", f'{{\n  "projectToken": "{token}"\n}}\n') == [(2, token)]
    secret = drawn_mixed(15042, 32)
    text = f'{{\n  "mixpanel": {{\n    "projectToken": "{token}",\n    "serviceAccountSecret": "{secret}"\n  }}\n}}\n'
    assert _blocked(engine, "app/analytics.json", text) == [(4, secret)]


def test_fortios_fortitoken_names_the_token_by_its_serial(engine: Engine) -> None:
    serial = "FTKMOB" + drawn(15050, 10, "0123456789ABCDEF")
    password = drawn_mixed(15051, 16)
    text = (f'config user local\n    edit "jdoe"\n        set type password\n        set two-factor fortitoken\n'
            f'        set fortitoken "{serial}"\n        set passwd "{password}"\n    next\nend\n')
    assert _blocked(engine, "network/fortigate/fw01-users.conf", text) == [(6, password)]
    assert _blocked(engine, "api/fortios_admin.json", f'{{\n  "two-factor": "fortitoken",\n  "fortitoken": "{serial}"\n}}\n') == []
