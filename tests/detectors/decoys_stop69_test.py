"""Blind round of stop 69 (decoys that blocked): a public client key sent as a page's header or attribute by its
constant's name (Midtrans' `Mid-client-…` as Snap.js' `data-client-key`); a Mapbox public token split over a
concatenation; a Windows DPAPI blob (base64 or PowerShell's hex); a value whose own words say, in another language, it
is a test's, a fake's or one to replace (`tes-palsu-…`, `{noop}kasir-tes`, `123456789:REMPLACER`); a note of accented
words where a key goes (`key-à-demander-à-Coumba`); a one-time link's token in a mailed reset or confirmation link.
Their secret neighbours still block. Through the engine. Generated fakes only: seeds 9050000-9050999."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_DRAWN = [drawn_mixed(9050000 + step, 24) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a public client key sent by its constant's name ------------------------------------------------------------------

@pytest.mark.parametrize("head", ["Mid-client-", "SB-Mid-client-", "VT-client-"])
@pytest.mark.parametrize("sent", ['s.setAttribute("data-client-key", CLIENT_KEY);\n',
                                  'fetch(url, { headers: { "X-Client-Key": CLIENT_KEY } });\n'])
def test_a_public_client_key_sent_by_its_name_is_none(engine: Engine, head: str, sent: str) -> None:
    text = f'const CLIENT_KEY = "{head}{drawn_mixed(9050010, 16)}";\n' + sent
    assert _secrets(engine, "shop/resources/js/checkout.js", text) == []


def test_a_server_key_sent_by_its_name_still_blocks(engine: Engine) -> None:
    key = "Mid-server-" + drawn_mixed(9050011, 24)
    text = f'const SERVER_KEY = "{key}";\nfetch(url, {{ headers: {{ "X-Server-Key": SERVER_KEY }} }});\n'
    assert key in [secret for _, secret in _secrets(engine, "shop/server/pay.js", text)]


# --- a Mapbox public token split over a concatenation -----------------------------------------------------------------

_MAPBOX_PAYLOAD = "eyJ1IjoiYWNtZS1rb3BlcmFzaSIsImEiOiJ" + drawn_mixed(9050020, 20)


@pytest.mark.parametrize("name, text", [
    ("web/peta.js", 'mapboxgl.accessToken = "pk.{p}"+\n  ".{s}";\n'),
    ("web/peta.ts", 'const MAPBOX_TOKEN: string = "pk.{p}" +\n    ".{s}";\n'),
    ("app/map.py", 'MAPBOX_ACCESS_TOKEN = ("pk.{p}"\n                       ".{s}")\n'),
])
def test_a_split_mapbox_public_token_is_none(engine: Engine, name: str, text: str) -> None:
    assert _secrets(engine, name, text.format(p=_MAPBOX_PAYLOAD, s=drawn_mixed(9050021, 22))) == []


def test_a_split_mapbox_secret_token_still_blocks(engine: Engine) -> None:
    text = 'mapboxgl.accessToken = "sk.{p}"+\n  ".{s}";\n'.format(p=_MAPBOX_PAYLOAD, s=drawn_mixed(9050022, 22))
    assert _secrets(engine, "web/upload.js", text) != []


# --- a DPAPI blob ---------------------------------------------------------------------------------------------------------

_DPAPI_B64 = "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + drawn(9050030, 180, _B64) + "=="
_DPAPI_HEX = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + drawn(9050031, 200, "0123456789abcdef")


@pytest.mark.parametrize("name, text", [
    ("legacy/Printer/Config.cs", '    const string ProtectedSharePassword =\n        "{b64}";\n'),
    ("legacy/Printer/App.config", '<add key="SmtpPassword" value="{b64}" />\n'),
    ("ops/scripts/creds.ps1", '$EncryptedPassword = "{hex}"\n'),
    ("ops/conf/service.json", '{{"db_password": "{hex_upper}"}}\n'),
])
def test_a_dpapi_blob_is_none(engine: Engine, name: str, text: str) -> None:
    assert _secrets(engine, name, text.format(b64=_DPAPI_B64, hex=_DPAPI_HEX, hex_upper=_DPAPI_HEX.upper())) == []


def test_base64_under_a_password_name_without_dpapi_s_head_still_blocks(engine: Engine) -> None:
    value = "AQAB" + drawn(9050032, 40, _B64)
    assert _secrets(engine, "legacy/Printer/Config.cs", f'    const string SharePassword = "{value}";\n') != []


# --- a value whose own words say test, fake or replace in another language ------------------------------------------

@pytest.mark.parametrize("name, text", [
    ("lib/tests/test_mqtt.py", '    monkeypatch.setenv("MQTT_PASSWORD", "tes-palsu-jangan-dipakai")\n'),
    ("lib/tests/test_mqtt.py", '    monkeypatch.setenv("MQTT_PASSWORD", "clave-prueba-no-usar")\n'),
    ("app/src/test/resources/data-test.sql",
     "INSERT INTO pengguna (id, username, password, peran) VALUES\n  (1, 'kasir_tes', '{noop}kasir-tes', 'KASIR');\n"),
    ("monitoring/config.sample.toml", '[telegram]\ntoken = "123456789:REMPLACER"\n'),
    ("bot/.env.example", "TELEGRAM_TOKEN=123456789:GANTI\n"),
    ("deploy/config.yml", 'db:\n  password: "senha_falsa_substituir"\n'),
])
def test_a_value_saying_test_fake_or_replace_abroad_is_none(engine: Engine, name: str, text: str) -> None:
    assert _secrets(engine, name, text) == []


@pytest.mark.parametrize("value", ["Tesla-Roadster-2019!", "Protesta-Lluvia-88", "Kopi-Tubruk-Gunung-Salak"])
def test_a_chosen_password_holding_such_letters_still_blocks(engine: Engine, value: str) -> None:
    assert _secrets(engine, "app/settings.py", f'MQTT_PASSWORD = "{value}"\n') == [(1, value)]


def test_a_drawn_password_in_a_test_seed_still_blocks(engine: Engine) -> None:
    password = _DRAWN[0]
    text = f"INSERT INTO pengguna (id, username, password) VALUES\n  (1, 'kasir', '{{noop}}{password}');\n"
    assert [secret for _, secret in _secrets(engine, "app/src/main/resources/data.sql", text)] == ["{noop}" + password]


# --- accented words where a key goes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["key-à-demander-à-Coumba", "clé-à-générer-avec-rails"])
def test_a_note_of_accented_words_under_a_key_does_not_block(engine: Engine, value: str) -> None:
    assert _secrets(engine, "site-rails/config/application.yml.sample", f'MAILGUN_API_KEY: "{value}"\n') == []


def test_accented_words_under_a_password_name_still_block(engine: Engine) -> None:
    assert _secrets(engine, "site-rails/config/application.yml", 'DB_PASSWORD: "Maçã-à-Beira-Mar-Azul"\n') != []


# --- a one-time link's token -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, url", [
    ("archive/2024-03-reset.eml", "https://zoom.us/reset_password?token={t}&e=1710211262"),
    ("archive/welcome.eml", "https://shop.acme.io/accounts/confirm-email?token={t}"),
    ("archive/forgot.mbox", "https://app.acme.io/password/reset?token={t}"),
    ("logs/mailer.log", "sent https://app.acme.io/users/verify_email?code={t} to ana@acme.io"),
    ("archive/signin.eml", "https://notion.acme.io/magic-link?token={t}"),
])
def test_a_one_time_link_s_token_is_none(engine: Engine, name: str, url: str) -> None:
    assert _secrets(engine, name, "This link expires in 1 hour:\n" + url.format(t=_DRAWN[1]) + "\n") == []


@pytest.mark.parametrize("url", ["https://api.acme.io/v1/token/verify?token={t}", "https://api.acme.io/v1/orders?token={t}",
                                 "https://api.acme.io/reset-cache?api_key={t}"])
def test_an_api_s_token_in_a_url_still_blocks(engine: Engine, url: str) -> None:
    token = _DRAWN[2]
    assert (2, token) in _secrets(engine, "src/client.js", "// call\nfetch(\"" + url.format(t=token) + "\");\n")


# --- a session id recorded in a sample of the server's answer ------------------------------------------------------

_SOAP_ANSWER = ('<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">\n  <soap:Body>\n    <c:LoginResponse>\n'
                '      <c:Status>OK</c:Status>\n      <c:SessionId>{u}</c:SessionId>\n    </c:LoginResponse>\n  </soap:Body>\n'
                '</soap:Envelope>\n')


@pytest.mark.parametrize("name", ["cargo/samples/login_response.xml", "cargo/docs/api/LoginResponse.xml",
                                  "cargo/test/resources/auth-reply.xml"])
def test_a_session_id_in_a_recorded_answer_is_none(engine: Engine, name: str) -> None:
    assert _secrets(engine, name, _SOAP_ANSWER.format(u=uuid4(9050040))) == []


def test_a_session_id_in_a_request_and_a_password_in_an_answer_still_block(engine: Engine) -> None:
    session = uuid4(9050041)
    request = f'<c:Login>\n  <c:SessionId>{session}</c:SessionId>\n</c:Login>\n'
    assert _secrets(engine, "cargo/samples/login_request.xml", request) == [(2, session)]
    password = _DRAWN[3]
    answer = f'<c:LoginResponse>\n  <c:Password>{password}</c:Password>\n</c:LoginResponse>\n'
    assert password in [secret for _, secret in _secrets(engine, "cargo/samples/login_response.xml", answer)]
