"""Hostile text for the identity forms read after blind rounds AR and AT (kinds/_identity_configs.py):
one 256 KB line repeating each form, or thousands of lines of it, every value different and
generated-looking, then a planted Telegram token. The scan must reach it (and report it); each case
walks what a reader walks (a dict's items, an object's members around a `kty` or a typed credential,
DER heads, JWTs, secret_ids, seeds, configuration commands). Generated fakes only.
"""
from __future__ import annotations

import base64
import json
from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_B64 = _ALNUM + "+/"
_URL = _ALNUM + "-_"
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fixidentity", number, length, alphabet)


def _uuid(number: int) -> str:
    hexed = _drawn(number, 32)
    return f"{hexed[:8]}-{hexed[8:12]}-4{hexed[13:16]}-a{hexed[17:20]}-{hexed[20:]}"


def _jwt(number: int) -> str:
    claims = {"sub": f"svc{number}@clients", "scope": "read:users", "exp": 2015576000}
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"eyJhbGciOiJSUzI1NiJ9.{payload}.{_drawn(number, 86, _URL)}"


CASES: List[HostileCase] = [
    # LTI consumers: a dict never closed on its line, items by the thousand
    fragment_line_case("fixidentity-lti-consumers", "jupyterhub_config.py",
                       lambda n: f'c.LTI11Authenticator.consumers = {{"{_drawn(n, 16)}": "{_drawn(n + 1, 40)}", '),
    many_lines_case("fixidentity-lti-consumer-lines", "values.yaml", "hub:\n  config:\n    LTI11Authenticator:\n      consumers:\n",
                     lambda n: f"        {_drawn(n, 16)}: {_drawn(n + 1, 40)}\n"),
    # typed credentials: one line of objects, and thousands of objects' lines
    fragment_line_case("fixidentity-typed-passwords", "realm.json",
                       lambda n: f'{{"type": "password", "value": "Pw#{_drawn(n, 12, _ALNUM)}", "temporary": false}}, '),
    many_lines_case("fixidentity-typed-password-lines", "realm.json", '{"credentials": [\n',
                     lambda n: f'  {{\n    "type" : "password",\n    "value" : "Pw#{_drawn(n, 12, _ALNUM)}"\n  }},\n'),
    # one-item lists under a credential's name, DER heads, JWK members
    fragment_line_case("fixidentity-listed-credentials", "export.json",
                       lambda n: f'"bindCredential" : [ "Bc#{_drawn(n, 14, _ALNUM)}" ], '),
    fragment_line_case("fixidentity-der-heads", "keys.env",
                       lambda n: f"K{n}=MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcw{_drawn(n, 90, _B64)} "),
    fragment_line_case("fixidentity-jwk-one-line", "jwks.json",
                       lambda n: f'{{"kty":"EC","crv":"P-256","d":"{_drawn(n, 43, _URL)}"}},'),
    # (YAML is parsed whole for its flattened entries, where no brace bounds an object: a thousand
    # items; JSON's three thousand objects are read as lines)
    many_lines_case("fixidentity-jwk-kty-yaml-lines", "keys.yaml", "keys:\n",
                     lambda n: f"  - kty: EC\n    crv: P-256\n    d: {_drawn(n, 43, _URL)}\n", count=1_000),
    many_lines_case("fixidentity-jwk-kty-json-lines", "keys.json", '{"keys": [\n',
                     lambda n: f'  {{\n    "crv": "P-256",\n    "d": "{_drawn(n, 43, _URL)}",\n    "kty": "EC"\n  }},\n'),
    # JWTs, secret_ids, seeds, settings' mappings, configuration commands
    fragment_line_case("fixidentity-written-jwts", "tokens.py", lambda n: f'TOKEN_{n} = "{_jwt(n)}"; '),
    fragment_line_case("fixidentity-secret-ids", "approle.env", lambda n: f"role_id={_uuid(n)} secret_id={_uuid(n + 1)} "),
    fragment_line_case("fixidentity-totp-seeds", "mfa.py", lambda n: f'TOTP_SEED_{n} = "{_drawn(n, 32, _B32)}"; '),
    fragment_line_case("fixidentity-secrets-mapping", "security.py",
                       lambda n: f'SECURITY_TOTP_SECRETS = {{"{n}": "{_drawn(n, 43, _ALNUM)}", '),
    fragment_line_case("fixidentity-config-commands", "setup.sh",
                       lambda n: f"tljh-config set auth.X{n}.client_secret {_drawn(n, 40)}; git-config "),
]
