"""Adversarial review of round 11: decoy rules kept to their forms (another vendor's key in a file naming
SuccessFactors, a comment joining a secret to the client id, an app's plainToken beside the encryptedToken it
stores, a settings file kept in a translation tree, a Secret after an ExternalSecret's document or a Helm
value beside an `apiVersion:` setting), and npm's `_auth` given after a blank decoded to any password.
Generated fakes only."""
from __future__ import annotations

import base64
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


def test_another_vendors_key_beside_successfactors_blocks(engine: Engine) -> None:
    client_id, key = drawn_mixed(11501, 24), drawn(11502, 32, _HEX)
    text = f'# Pull employees from SuccessFactors\nSF_API_KEY = "{client_id}"\nWEATHER_API_KEY = "{key}"\n'
    assert _blocked(engine, "sync/hr_sync.py", text) == [(3, key)]
    assert _blocked(engine, "scripts/successfactors_export.py", f'WEATHER_API_KEY = "{key}"\n') == [(1, key)]


@pytest.mark.parametrize("comment", ["# api_key is the client id + secret, base64",
                                     "# api key is the client id with the secret appended",
                                     "# api_key = the client id:password pair"])
def test_a_comment_joining_a_secret_to_the_client_id(engine: Engine, comment: str) -> None:
    value = drawn_mixed(11510, 26)
    assert _blocked(engine, "config/hr.yaml", f"{comment}\napi_key: {value}\n") == [(2, value)]
    assert _blocked(engine, "config/hr.yaml", f"# api_key is the OAuth client id, no secret\napi_key: {value}\n") == []


def test_a_plain_token_beside_its_stored_ciphertext_blocks(engine: Engine) -> None:
    token = drawn_mixed(11520, 24)
    assert _blocked(engine, "src/app.js", f"const plainToken = '{token}';\nconst encryptedToken = encrypt(plainToken);\n") \
        == [(1, token)]
    challenge = drawn_mixed(11521, 22)
    zoom = (f"const body = {{ payload: {{ plainToken: '{challenge}' }} }};\n"
            f"expect(res.body.encryptedToken).toBe('{drawn(11522, 64, _HEX)}');\n")
    assert _blocked(engine, "server/test/zoom.test.js", zoom) == []


def test_a_settings_file_in_a_translation_tree_is_read_as_settings(engine: Engine) -> None:
    assert _blocked(engine, "src/i18n/config.json", '{\n  "token": "Gift card PIN"\n}\n') == [(2, "Gift card PIN")]
    assert _blocked(engine, "src/i18n/en.json", '{\n  "token": "Gift card PIN"\n}\n') == []


_EXTERNAL_SECRET = ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: db\nspec:\n  data:\n"
                    "    - secretKey: db\n      remoteRef:\n        key: db-pass\n")


def test_an_external_secrets_names_end_with_its_manifest(engine: Engine) -> None:
    assert _blocked(engine, "deploy/all.yaml", _EXTERNAL_SECRET) == []
    value = drawn_mixed(11530, 24)
    after = _EXTERNAL_SECRET + f"---\napiVersion: v1\nkind: Secret\nstringData:\n  secretKey: {value}\n"
    assert _blocked(engine, "deploy/all.yaml", after) == [(14, value)]
    bare = _EXTERNAL_SECRET + f"---\nkind: Secret\nstringData:\n  secretKey: {value}\n"
    assert _blocked(engine, "deploy/all.yaml", bare) == [(13, value)]
    values = f"externalSecret:\n  apiVersion: external-secrets.io/v1beta1\n  enabled: false\nminio:\n  secretKey: {value}\n"
    assert _blocked(engine, "charts/app/values.yaml", values) == [(5, value)]


@pytest.mark.parametrize("password", [drawn_mixed(11540, 16), "Xq7#Lm2Vn9Rt4Kp8"])
def test_npm_auth_after_a_blank_decodes_any_password(engine: Engine, password: str) -> None:
    pair = base64.b64encode(f"ci-npm:{password}".encode()).decode()
    text = f"FROM node:20\nRUN npm config set //registry.acme.example/:_auth {pair}\n"
    assert any(password in secret for _, secret in _blocked(engine, "Dockerfile", text))
    assert _blocked(engine, "Dockerfile", "RUN npm config set //registry.acme.example/:_auth ${NPM_AUTH}\n") == []
