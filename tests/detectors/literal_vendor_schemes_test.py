"""Forms read after blind rounds CK-CP (kinds/_web_forms.py, kinds/_key_material.py): an Authorization
header under a vendor's own scheme (`SSWS`, `GenieKey`, `Splunk`, `KISI-LOGIN`, GoDaddy's `sso-key
<key>:<secret>`; since CW-DB FDB's `SHAREDKEY <id>:<secret>`, under a name saying auth too), a name that says auth set to base64 of `user:password` with no `Basic` before it
(Maximo's `maxauth`), nginx's secure link secret (`secure_link_md5`'s expression, `secure_link_secret`),
a key constant a file sends as a request's `key` query parameter, and a key named with its base64
encoding (`KEY_B64`, `HMAC_SECRET_B64`). Each beside the decoys of its format, through the engine.
Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


TRUE_FORMS = [
    # a vendor's own scheme in an Authorization header: YAML, curl, a dict, a call, a header line
    ("homeassistant/packages/doors.yaml", "rest_command:\n  unlock_front:\n    url: https://api.doors.example/locks/7/unlock\n"
     "    method: post\n    headers:\n      Authorization: \"ACME-LOGIN 7c1e9a4b2d8f3e6a0b5c9d2e4f7a1b3c\"\n", 6,
     "7c1e9a4b2d8f3e6a0b5c9d2e4f7a1b3c"),
    ("ops/okta_users.sh", "curl -s -H 'Accept: application/json' -H \"Authorization: SSWS 00Tq7Lm2Xz9Kw4Rv8NpYb3Hc6Jd1Fg5As0CeWx\" "
     "https://acme.okta.com/api/v1/users\n", 1, "00Tq7Lm2Xz9Kw4Rv8NpYb3Hc6Jd1Fg5As0CeWx"),
    ("alerts/page.py", "import requests\n\nHEADERS = {\"Authorization\": \"GenieKey 3f1c9a7e-2b4d-4e8f-9a1c-6d2e8b4f0a3c\"}\n", 3,
     "3f1c9a7e-2b4d-4e8f-9a1c-6d2e8b4f0a3c"),
    ("src/main/java/acme/Hec.java", "HttpRequest req = HttpRequest.newBuilder(uri)\n"
     "    .header(\"Authorization\", \"Splunk 8d2e4f7a-1b3c-4c1e-9a4b-2d8f3e6a0b5c\").build();\n", 2,
     "8d2e4f7a-1b3c-4c1e-9a4b-2d8f3e6a0b5c"),
    ("dns/update.sh", "curl -X PUT -H 'Authorization: sso-key dLYkRN6X9aRx4ZbZJb2L1gD8f9Vxzp:4jP9hZbz1T1xY5fHYRnDk2' "
     "https://api.godaddy.com/v1/domains/acme.io/records\n", 1, "4jP9hZbz1T1xY5fHYRnDk2"),
    ("nginx/conf.d/okta.conf", "location /okta/ {\n    proxy_set_header Authorization \"SSWS 00Lk7Wz3Xp9MbHq4Vn8Rt2Tq7Lm2Xz9Kw4Rv8N\";\n}\n", 2,
     "00Lk7Wz3Xp9MbHq4Vn8Rt2Tq7Lm2Xz9Kw4Rv8N"),
    # FDB Cloud Connector's `SHAREDKEY <client id>:<secret>` under a name saying auth, and in a header set in code
    ("fdb/client.py", "import os\n\nAUTH = \"SHAREDKEY 2207:Tq8vRk3Wm9Lx2Np7Hb6Jd1Fg5Zc0Vy4sAe8Ku3Q\"\n", 3,
     "Tq8vRk3Wm9Lx2Np7Hb6Jd1Fg5Zc0Vy4sAe8Ku3Q"),
    ("Screening.cs", "http.DefaultRequestHeaders.Add(\"Authorization\", \"SHAREDKEY 2207:Zc0Vy4sAe8Ku3QTq8vRk3Wm9Lx2Np7Hb6Jd1Fg5\");\n",
     1, "Zc0Vy4sAe8Ku3QTq8vRk3Wm9Lx2Np7Hb6Jd1Fg5"),
    # a name that says auth, base64 of user:password: a shell variable sent as a header, a header, a map
    ("cmms/smoke.sh", "#!/bin/sh\nMAXAUTH=\"bXhzbW9rZTpRdWFycnk3TGFudGVybiE0\"\n"
     "curl -s -H \"maxauth: ${MAXAUTH}\" \"$MX/oslc/whoami\"\n", 2, "Quarry7Lantern!4"),
    ("cmms/assets.sh", "curl -s -H 'maxauth: c3ZjLWFwaTpUYW1hcmluZC1Pc3ByZXk4Mg==' https://mx.acme.io/maximo/oslc/os/mxasset\n", 1,
     "Tamarind-Osprey82"),
    ("cmms/client.py", "HEADERS = {\"maxauth\": \"b3BzOkhlcm9uI0Jhc2FsdDU1MzA=\", \"Accept\": \"application/json\"}\n", 1,
     "Heron#Basalt5530"),
    # nginx's secure link: the secret among secure_link_md5's variables, secure_link_secret's word
    ("nginx/sites-enabled/vod.conf", "location /vod/ {\n    secure_link $arg_md5,$arg_expires;\n"
     "    secure_link_md5 \"$secure_link_expires$uri$remote_addr Tq7Lm2Xz9Kw4Rv8Np\";\n}\n", 3, "Tq7Lm2Xz9Kw4Rv8Np"),
    ("nginx/conf.d/dl.conf", "location /dl/ {\n    secure_link_md5 \"copper-finch-marble-4471$uri$secure_link_expires\";\n}\n", 2,
     "copper-finch-marble-4471"),
    ("nginx/conf.d/p.conf", "location /p/ {\n    secure_link_secret Wz3Xp9Mb6Jd4Hq8Vn;\n}\n", 2, "Wz3Xp9Mb6Jd4Hq8Vn"),
    # a key constant sent as a request's key parameter: Java's concatenation, Python's f-string, JS' template, PHP's
    ("src/main/java/acme/TransitClient.java", "public final class TransitClient {\n"
     "    private static final String KEY = \"5e7a9c0b2d4f6a8c1e3b8e2c4a6f1b3d\";\n"
     "    URI feed(String op) { return URI.create(BASE + op + \"/feed.pb?key=\" + KEY); }\n}\n", 2, "5e7a9c0b2d4f6a8c1e3b8e2c4a6f1b3d"),
    ("weather/fetch.py", "KEY = \"Hq4Vn8Rt2Lk7Wz3Xp9Mb\"\n\ndef today(city):\n"
     "    return requests.get(f\"https://api.weather.example/v1/today?city={city}&key={KEY}\").json()\n", 1, "Hq4Vn8Rt2Lk7Wz3Xp9Mb"),
    ("web/maps.js", "const MAPS_KEY = 'Lk7Wz3Xp9MbHq4Vn8Rt2';\nfetch(`https://maps.example/geocode?address=${q}&key=${MAPS_KEY}`);\n", 1,
     "Lk7Wz3Xp9MbHq4Vn8Rt2"),
    ("lib/Client.php", "<?php\n$key = 'Rt2Lk7Wz3Xp9MbHq4Vn8';\n$json = file_get_contents(\"https://api.example/v2/stops?key=$key\");\n", 2,
     "Rt2Lk7Wz3Xp9MbHq4Vn8"),
    # a key named with its base64 encoding
    ("cdn/sign.py", "import hmac\n\nKEY_NAME = \"vod-key\"\nKEY_B64 = \"q8VtZrW9mK4pL7xN3sY6bA==\"\n", 4, "q8VtZrW9mK4pL7xN3sY6bA=="),
    (".env", "HMAC_SECRET_B64=Zt8Qm2Lx9Vw4Kr7Np3Yb6Hc1Jd5Fg0AsPe8Qm2Lx9Vw=\n", 1, "Zt8Qm2Lx9Vw4Kr7Np3Yb6Hc1Jd5Fg0AsPe8Qm2Lx9Vw="),
]

DECOYS = [
    # a vendor's scheme before a template, a variable, an environment read; a request's signature
    ("homeassistant/packages/doors.yaml", "rest_command:\n  unlock:\n    headers:\n      Authorization: !secret doors_login\n"
     "      X-Other: \"ACME-LOGIN {{ states('input_text.login') }}\"\n"),
    ("ops/okta.sh", "curl -H \"Authorization: SSWS ${OKTA_API_TOKEN}\" https://acme.okta.com/api/v1/users\n"
     "curl -H 'Authorization: GenieKey <your-api-key>' https://api.opsgenie.com/v2/alerts\n"),
    ("s3/sign.py", "h = {\"Authorization\": \"AWS4-HMAC-SHA256 Credential=Q7LM2XZ9KW4RV8NP/20240101/eu-west-1/s3/aws4_request, "
     "SignedHeaders=host, Signature=5e7a9c0b2d4f6a8c1e3b8e2c4a6f1b3d5e7a9c0b2d4f6a8c1e3b8e2c4a6f1b3d\"}\n"
     "legacy = {\"Authorization\": \"AWS Q7LM2XZ9KW4RV8NP:frJIUN8DYpKDtOLCwo//yllqDzg=\"}\n"
     "azure = {\"Authorization\": \"SharedKey acmestore:Xk9Qw2Lm7Vt4Rz8Np3Yb6Hc1Jd5Fg0As=\"}\n"),
    # FDB's scheme joined from a read, a template, a stand-in; Azure's SharedKey signature under a name saying auth;
    # names that say auth holding no credential (an error text, an issuer)
    ("fdb/client.py", "AUTH = \"SHAREDKEY 2207:\" + os.environ[\"FDB_SECRET\"]\nAUTH = \"SharedKey {account}:{signature}\"\n"
     "AUTH = \"SHAREDKEY 2207:YOUR_SHARED_SECRET_HERE\"\nauth_header = \"SharedKey acmestore:Xk9Qw2Lm7Vt4Rz8Np3Yb6Hc1Jd5Fg0As=\"\n"
     "AUTH_ERROR = \"Forbidden scope:repo-admin-write-delete2\"\nAUTH_MODE = \"oidc issuer:accounts-google-com-v2-2024\"\n"),
    ("docs-free/auth.yaml", "Authorization: Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnagMDAu\n"
     "Proxy-Authorization: NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw==\n"),
    # a name that says auth, base64 of a placeholder pair, of no pair, a variable; an author's id
    ("cmms/smoke.sh", "MAXAUTH=\"YWRtaW46cGFzc3dvcmQ=\"\nAUTH_B64=\"dXNlcjoke1BBU1N9\"\nAUTH_NONCE=\"Zt8Qm2Lx9Vw4Kr7Np3Yb6Hc1\"\n"
     "curl -H \"maxauth: $(printf '%s:%s' \"$U\" \"$P\" | base64)\" \"$MX\"\nAUTHOR_ID=\"bXhzbW9rZTpRdWFycnk3TGFudGVybiE0\"\n"),
    # nginx's documented stand-in, a variable holding the secret
    ("nginx/conf.d/vod.conf", "location /vod/ {\n    secure_link_md5 \"$secure_link_expires$uri$remote_addr secret\";\n"
     "    secure_link_md5 \"$secure_link_expires$uri $link_secret\";\n    secure_link_secret $secret_word;\n}\n"),
    # a key constant used as no request's key, a cache key, a key sent from the environment
    ("src/main/java/acme/Cache.java", "public final class Cache {\n"
     "    private static final String KEY = \"5e7a9c0b2d4f6a8c1e3b8e2c4a6f1b3d\";\n    Object get() { return map.get(KEY); }\n}\n"),
    ("web/cache.py", "CACHE_KEY = \"profile-v2-Hq4Vn8Rt2Lk7\"\nurl = f\"https://api.example/v1/profile?key={CACHE_KEY}\"\n"
     "KEY = os.environ[\"API_KEY\"]\nurl = f\"https://api.example/v1/x?key={KEY}\"\n"),
    ("web/maps.js", "const KEY = 'YOUR_API_KEY_HERE';\nfetch(`https://maps.example/geocode?key=${KEY}`);\n"),
    # a key named with its encoding: a made-up key, a public key's, an IV's
    ("cdn/sign.py", "KEY_B64 = \"AAAAAAAAAAAAAAAAAAAAAA==\"\nPUBLIC_KEY_B64 = \"q8VtZrW9mK4pL7xN3sY6bA==\"\nIV_B64 = \"Zt8Qm2Lx9Vw4Kr7Np3Yb6A==\"\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_vendor_scheme_in_documentation_does_not_block(engine: Engine) -> None:
    # (the same command blocks in a script: documentation, not a reader's miss, is why it passes; nothing is
    # reported there at all, not even a warning)
    command = "curl -H \"Authorization: SSWS 00Tq7Lm2Xz9Kw4Rv8NpYb3Hc6Jd1Fg5As0CeWx\" https://acme.okta.com/api/v1/users\n"
    assert _blocked(engine, "docs/okta.md", "Call the API:\n\n    " + command) == []
    assert (1, "00Tq7Lm2Xz9Kw4Rv8NpYb3Hc6Jd1Fg5As0CeWx") in [(line, secret) for line, _, secret in _blocked(engine, "ops/okta.sh", command)]



def test_a_name_saying_credentials_is_told_from_one_saying_auth_by_its_word() -> None:
    from secretfence.kinds._web_forms import _AUTH_WORD

    for name in ("SABRE_CREDENTIALS", "api_creds", "Cred", "userCredential"):
        found = _AUTH_WORD.search(name)
        assert found is not None and found.group("credentials") is not None, name
    for name in ("maxauth", "X-Auth", "BASIC_AUTH", "AuthHeader"):
        found = _AUTH_WORD.search(name)
        assert found is not None and found.group("credentials") is None, name
