"""Forms read after blind rounds AR and AT (kinds/_identity_configs.py, and the key words of
compat/detect_secrets/credential_keys.py): JupyterHub's authenticators (LTI 1.1 consumers, an LDAP
search account's password, TLJH's `tljh-config set`), Keycloak's realm exports (a user's typed
credential, a component's listed settings, a key provider's unarmoured PKCS#8 key), JWKs' private
members (JSON, dicts, YAML, JS objects, escaped JSON), JWTs written whole, Vault AppRole's secret_id,
TOTP seeds, Shibboleth's LDAP bind credential and Duo's secret key. Each beside the decoys of its format,
through the engine. Every value here is generated."""
from __future__ import annotations

import base64
import json
import random
import string

import pytest
from secretfence.engine import Engine

from tests import fakes
from tests.accuracy.labelled import blocked_lines as _blocked

_B64 = string.ascii_letters + string.digits + "+/"
_URL = string.ascii_letters + string.digits + "-_"
_HEX = "0123456789abcdef"
_B32 = string.ascii_uppercase + "234567"


def _der(head: str, seed: int, length: int = 1600) -> str:
    """A key's DER head in base64, then random base64 to a key's length."""
    return head + fakes.drawn(seed, length - len(head) - 2, _B64) + "=="


def _b64url_json(claims: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).rstrip(b"=").decode()


def _jwt(claims: dict, seed: int, alg: str = "RS256") -> str:
    return f"{_b64url_json({'alg': alg, 'typ': 'JWT'})}.{_b64url_json(claims)}.{fakes.drawn(seed, 342, _URL)}"


_PKCS8_RSA = _der("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 4101)
_PKCS1_RSA = _der("MIIEpAIBAAKCAQEA", 4102)
_PKCS8_EC = _der("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 4103, 184)
_SEC1_EC = _der("MHcCAQEEI", 4104, 164)
_SPKI = _der("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 4105, 392)
_CERT = _der("MIIDdzCCAl+gAwIBAgIJA", 4106, 1200)
_EC_D = fakes.drawn(4107, 43, _URL)
_RSA_D = fakes.drawn(4108, 342, _URL)
_RSA_N = fakes.drawn(4109, 342, _URL)
_OCT_K = fakes.drawn(4110, 43, _URL)
_MGMT_JWT = _jwt({"iss": "https://tenant.id.example/", "sub": "m2m@clients", "aud": "https://tenant.id.example/api/v2/",
                  "scope": "read:users", "iat": 1700000000, "exp": 1702592000}, 4111)
_ANON_JWT = _jwt({"iss": "supabase", "ref": "qzkrtmvhwbxnplsdjfgc", "role": "anon", "exp": 2015576000}, 4112, "HS256")
_JWTIO_SAMPLE = _jwt({"sub": "1234567890", "name": "John Doe", "iat": 1516239022}, 4113, "HS256")
_UNSIGNED_JWT = f"{_b64url_json({'alg': 'none'})}.{_b64url_json({'sub': 'ops', 'exp': 2015576000})}.{fakes.drawn(4114, 20, _URL)}"
_LTI_KEY, _LTI_SECRET = fakes.drawn(4115, 16, _HEX), fakes.drawn(4116, 64, _HEX)
_ROLE_ID, _SECRET_ID = fakes.uuid4(4117), fakes.uuid4(4118)
_SEED = fakes.drawn(4119, 32, _B32)
_DUO_SKEY = fakes.drawn_mixed(4120, 40)
_CLIENT_SECRET = fakes.drawn(4121, 40, _HEX)
_GENERATED = fakes.drawn_mixed(4122, 43)


TRUE_FORMS = [
    # JupyterHub
    ("jupyterhub_config.py", f'c = get_config()  # noqa\nc.LTI11Authenticator.consumers = {{"{_LTI_KEY}": "{_LTI_SECRET}"}}\n',
     2, _LTI_SECRET),
    ("jupyterhub_config.py", f'c.LTI11Authenticator.consumers = {{\n    "{_LTI_KEY}": "{_LTI_SECRET}",\n}}\n', 2, _LTI_SECRET),
    ("deploy/jhub/values.yaml", f"hub:\n  config:\n    LTI11Authenticator:\n      consumers:\n        {_LTI_KEY}: {_LTI_SECRET}\n",
     5, _LTI_SECRET),
    ("opt/tljh/config/config.yaml", f'auth:\n  LTI11Authenticator:\n    consumers: {{"{_LTI_KEY}": "{_LTI_SECRET}"}}\n', 3, _LTI_SECRET),
    ("jupyterhub_config.py", "c.LDAPAuthenticator.lookup_dn_search_password = 'Mica&Heron4470'\n", 1, "Mica&Heron4470"),
    ("hub/values.yaml", "hub:\n  config:\n    LDAPAuthenticator:\n      lookup_dn_search_password: 'autumn2023$'\n", 4,
     "autumn2023$"),
    ("scripts/tljh.sh", f"sudo tljh-config set auth.GitHubOAuthenticator.client_secret '{_CLIENT_SECRET}'\n", 1, _CLIENT_SECRET),
    ("scripts/tljh.sh", "tljh-config set auth.LDAPAuthenticator.lookup_dn_search_password Pewter#Violet2281\n", 1,
     "Pewter#Violet2281"),
    ("bootstrap.sh", f"git config --global github.token {_CLIENT_SECRET}\n", 1, _CLIENT_SECRET),
    # Keycloak
    ("keycloak/ops-realm.json", '{\n  "users": [ {\n    "username": "svc",\n    "credentials": [ {\n      "type" : "password",\n'
     '      "value" : "Prairie&Walnut5127",\n      "temporary" : false\n    } ]\n  } ]\n}\n', 6, "Prairie&Walnut5127"),
    ("keycloak/seed.json", '{"credentials": [{"value": "Lumen#Cobalt3388", "type": "password", "temporary": false}]}\n', 1,
     "Lumen#Cobalt3388"),
    ("realms/ops.yaml", "users:\n  - username: bot\n    credentials:\n      - type: password\n        value: 'Quill!Marsh6604'\n", 5,
     "Quill!Marsh6604"),
    ("provision.py", 'admin.create_user({"username": "a", "credentials": [{"type": "password", "value": "Slate%Fern8841"}]})\n', 1,
     "Slate%Fern8841"),
    ("keycloak/export.json", '{\n  "config" : {\n    "bindCredential" : [ "Thistle!Harbor5590" ],\n    "vendor" : [ "ad" ]\n  }\n}\n',
     3, "Thistle!Harbor5590"),
    ("keycloak/export.json", f'{{\n  "config" : {{\n    "privateKey" : [ "{_PKCS8_RSA}" ],\n    "priority" : [ "100" ]\n  }}\n}}\n',
     3, _PKCS8_RSA),
    # base64 DER private keys, whatever their name
    ("saml/settings.py", f'SP = {{"x509cert": "", "signing": "{_PKCS1_RSA}"}}\n', 1, _PKCS1_RSA),
    ("config/app.yml", f"jwt:\n  signer: {_PKCS8_EC}\n", 2, _PKCS8_EC),
    (".env", f"SIGNER={_SEC1_EC}\n", 1, _SEC1_EC),
    # JWKs
    ("keys/jwks-private.json", '{\n  "keys": [\n    {\n      "kty": "RSA",\n      "e": "AQAB",\n'
     f'      "n": "{_RSA_N}",\n      "d": "{_RSA_D}"\n    }}\n  ]\n}}\n', 7, _RSA_D),
    ("keys/ec.json", f'{{\n  "crv": "P-256",\n  "d": "{_EC_D}",\n  "kty": "EC"\n}}\n', 3, _EC_D),
    ("signing/keys.py", f'_JWK = {{\n    "kty": "EC",\n    "crv": "P-256",\n    "d": "{_EC_D}",\n}}\n', 4, _EC_D),
    ("src/sign.js", f"const jwk = {{ kty: 'EC', crv: 'P-256', d: '{_EC_D}' }};\n", 1, _EC_D),
    ("src/Sign.java", f'String jwk = "{{\\"kty\\":\\"EC\\",\\"crv\\":\\"P-256\\",\\"d\\":\\"{_EC_D}\\"}}";\n', 1, _EC_D),
    ("auth/keys.yaml", f"keys:\n  - kid: k1\n    kty: EC\n    d: {_EC_D}\n", 4, _EC_D),
    ("k8s/configmap.yaml", "data:\n  jwks.json: |\n    {\"keys\": [\n      {\n        \"kty\": \"RSA\",\n"
     f"        \"n\": \"{_RSA_N}\",\n        \"d\": \"{_RSA_D}\"\n      }}\n    ]}}\n", 7, _RSA_D),
    ("auth/hmac.json", f'{{"keys":[{{"kty":"oct","kid":"h1","k":"{_OCT_K}"}}]}}\n', 1, _OCT_K),
    # JWTs written whole (an expired one outside a test's fixtures too)
    ("scripts/backfill.py", f'MGMT_TOKEN = "{_MGMT_JWT}"\n', 1, _MGMT_JWT),
    ("scripts/call.py", f'HEADERS = {{"Authorization": "Bearer {_MGMT_JWT}"}}\n', 1, _MGMT_JWT),
    # Vault AppRole
    ("ci/vault_login.py", f'import hvac\nROLE_ID = "{_ROLE_ID}"\nSECRET_ID = "{_SECRET_ID}"\n', 3, _SECRET_ID),
    ("ci/.env", f"VAULT_SECRET_ID={_SECRET_ID}\n", 1, _SECRET_ID),
    ("roles/app/vars/main.yml", f"approle:\n  role_id: {_ROLE_ID}\n  secret_id: {_SECRET_ID}\n", 3, _SECRET_ID),
    # TOTP seeds
    ("app/settings.py", f'TOTP_SEED = "{_SEED}"\n', 1, _SEED),
    ("ops/otp.py", f'totp = pyotp.TOTP("{_SEED}")\n', 1, _SEED),
    ("webapp/config/security.py", f'SECURITY_TOTP_SECRETS = {{"1": "{_GENERATED}"}}\n', 1, _GENERATED),
    ("webapp/config/security.py", f'SECURITY_TOTP_SECRETS = {{\n    "1": "{_GENERATED}",\n}}\n', 2, _GENERATED),
    ("src/config.js", f'export const API_KEYS = {{ billing: "{_GENERATED}" }};\n', 1, _GENERATED),
    ("keys/jwk.json", f'{{ "kty": "EC", "crv": "P-256",\n  "d": "{_EC_D}" }}\n', 2, _EC_D),
    # LDAP bind credentials and Duo
    ("idp/conf/ldap.properties", "idp.authn.LDAP.bindDN = uid=idp,ou=svc,dc=u,dc=edu\nidp.authn.LDAP.bindDNCredential = Lantern&Sorrel904\n",
     2, "Lantern&Sorrel904"),
    ("duoauthproxy/conf/authproxy.cfg", f"[radius_server_auto]\nikey=DIZUZDDELTEFUUNAX7NE\nskey={_DUO_SKEY}\n", 3, _DUO_SKEY),
    ("/etc/duo/login_duo.conf", f"[duo]\nikey = DIZUZDDELTEFUUNAX7NE\nskey = {_DUO_SKEY}\nhost = api-1a2b.duosecurity.com\n", 3,
     _DUO_SKEY),
    # directory servers: an OpenLDAP bind's credentials=, LDIF's base64 password, a keytab in a Secret
    ("ldap/consumer/slapd.conf", 'syncrepl rid=004\n  provider=ldaps://ldap0.corp.example\n  bindmethod=simple\n'
     '  binddn="cn=repl,dc=corp,dc=example"\n  credentials="Tq9#Lx2Wm7Zk4Vr"\n  searchbase="dc=corp,dc=example"\n', 5, "Tq9#Lx2Wm7Zk4Vr"),
    ("ldap/20-proxy.ldif", "olcDbIDAssertBind:: YmluZG1ldGhvZD1zaW1wbGUgYmluZGRuPSJjbj1wcm94eSxkYz1jb3JwLGRjPWV4YW1wbGUiIGNyZWRlbnRpYWxzPSJWcTMh"
     "TGs4WnQyV205WHIiIG1vZGU9c2VsZg==\n", 1, "Vq3!Lk8Zt2Wm9Xr"),
    ("ansible/files/rootpw.ldif", "dn: olcDatabase={0}config,cn=config\nreplace: olcRootPW\nolcRootPW:: SGVyb24jUXVhcnR6NDQ3MQ==\n",
     3, "Heron#Quartz4471"),
    ("k8s/keytab.yaml", "kind: Secret\ndata:\n  svc.keytab: BQJ0iSdsYts8g1FqHwiqwSjhsW0c95YRcdryLSK5V4aKlghOcfnbaM7qpH3Sy+JNNw/"
     "lnCCesugGCcrpeFbD7Qj404HnqsBBO/pfY6vOtv3BlGrs5R3Ods3Y\n", 3,
     "BQJ0iSdsYts8g1FqHwiqwSjhsW0c95YRcdryLSK5V4aKlghOcfnbaM7qpH3Sy+JNNw/lnCCesugGCcrpeFbD7Qj404HnqsBBO/pfY6vOtv3BlGrs5R3Ods3Y"),
]

DECOYS = [
    ("jupyterhub_config.py", 'c.LTI11Authenticator.consumers = {os.environ["LTI_KEY"]: os.environ["LTI_SECRET"]}\n'),
    ("jupyterhub_config.py", 'c.LTI13Authenticator.client_id = ["170000000001544"]\nc.LTI11Authenticator.consumers = {}\n'),
    ("setup.sh", "tljh-config set auth.GitHubOAuthenticator.client_id Ov23liffkuz1Px5ATCgU\ntljh-config reload\n"),
    ("setup.sh", "git config --global user.name 'Dana Whitfield'\ngit config --global credential.helper store\n"),
    ("setup.sh", 'tljh-config set auth.GitHubOAuthenticator.client_secret "$GITHUB_CLIENT_SECRET"\n'),
    ("keycloak/users-0.json", '{\n  "credentials" : [ {\n    "type" : "password",\n    "userLabel" : "My password",\n'
     '    "secretData" : "{\\"value\\":\\"le6InmtvpY/6d7wyt5vG2LKp96fsjq==\\",\\"salt\\":\\"zSevH3vJ+cr==\\"}"\n  } ]\n}\n'),
    ("keycloak/realm-template.json", '{"credentials": [{"type": "password", "value": "<set-on-first-login>", "temporary": true}]}\n'),
    ("keycloak/export.json", '"bindCredential" : [ "**********" ],\n"secret" : [ "${env.HMAC_SECRET}" ]\n'),
    ("botocore/data/svc/service-2.json", '{"metadata":{"auth":["aws.auth#sigv4"],"signatureVersion":"v4"}}\n'),
    ("templates/login.html", '<input type="password" name="pw" value="{{ form.password.data }}">\n'),
    ("forms.json", '{"fields": [{"type": "password", "value": "", "label": "Password"}]}\n'),
    ("keys.json", f'{{"publicKey": ["{_SPKI}"], "certificate": ["{_CERT}"]}}\n'),
    ("static/jwks.json", f'{{\n  "keys": [\n    {{\n      "kty": "RSA",\n      "e": "AQAB",\n      "n": "{_RSA_N}"\n    }}\n  ]\n}}\n'),
    ("auth/jwk_config.yaml", f"partners:\n  - name: a\n    kid: {_EC_D}\n    kty: EC\n"),
    ("app/supabase.py", f'SUPABASE_ANON_KEY = "{_ANON_JWT}"\n'),
    ("app/demo.py", f'TOKEN = "{_JWTIO_SAMPLE}"\n'),
    ("app/demo.py", f'ACCESS_TOKEN = "{_UNSIGNED_JWT}"\n'),
    ("tests/fixtures/expired.py", f'EXPIRED_TOKEN = "{_MGMT_JWT}"\n'),
    ("ci/unwrap.py", f'ROLE_ID = "{_ROLE_ID}"\nsecret_id = unwrapped["data"]["secret_id"]\n'),
    ("sync.py", f'BWS_SECRET_ID = "{_SECRET_ID}"\nvalue = client.secrets().get(BWS_SECRET_ID)\n'),
    ("rbac/seed.py", f'role_id = "{_ROLE_ID}"\nsecret_id = "{_SECRET_ID}"\ngrant(role_id, secret_id)\n'),
    ("app/settings.py", 'TOTP_SEED = "JBSWY3DPEHPK3PXP"\nTOTP_ISSUER = "Acme"\n'),
    ("abi/tokens.py", 'TOKENS = {\n    "USDC": "0x5f3A9c1E7b2D8e4F6a0C9b3E1d7F5a2C8e6B4d0A",\n}\n'),
    ("settings.py", 'SOCIAL_AUTH_GITHUB_ORG_KEY = "Ov23liffkuz1Px5ATCgU"\nSOCIAL_AUTH_TWITTER_KEY = "q8Zt2Lx9Vw4Kp7Nm3Rb6Yc"\n'),
    ("settings.py", 'ALGOLIA_SEARCH_KEY = "b2c7e9a41f0d3865c7a2e4f9b1d6c3a8"\n'),
    ("idp/conf/ldap.properties.dist", "idp.attribute.resolver.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}\n"),
    ("authproxy.cfg", "[radius_server_auto]\nskey_protected=ngHRlUY/tL7AyZLOoSUmQZnthCg3JDkdVadMUF0rfmJSq1xvqf==\n"),
    ("app/sort.py", "skey = sorted(items, key=lambda x: x.name)\n"),
    ("app/gcs.py", "client = storage.Client(project=PROJECT, credentials=service_account_credentials)\n"),
    ("ldap/slapd.conf", 'syncrepl rid=005\n  bindmethod=sasl\n  saslmech=external\n  credentials=${LDAP_SYNC_PASSWORD}\n'),
    ("ldap/rootpw.ldif", "olcRootPW:: e1NTSEF9ZF/jacQVEgugjYjjFO311OkET0U=\n"),
    ("k8s/keytab.yaml", "kind: Secret\ndata:\n  svc.keytab: U29tZSBvdGhlciBmaWxlIGVudGlyZWx5LCBub3QgYSBrZXl0YWIgYXQgYWxsLCBqdXN0IHRleHQ=\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_every_der_head_of_a_private_key_is_read_and_no_other() -> None:
    """The DER heads of the keys `cryptography` writes (PKCS#8 of each algorithm, PKCS#1, SEC1) are
    private keys; a public key's and a certificate's are not."""
    from secretfence.kinds._identity_configs import der_private_key

    heads = {
        "MIIJQgIBADANBgkqhkiG9w0BAQEFAASCCSwwggkoAgEAAoIC": 3100,  # RSA 4096, PKCS#8
        "MIIJKAIBAAKCAgEA": 3100,  # RSA 4096, PKCS#1
        "MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDCp": 244,  # P-384, PKCS#8
        "MIGkAgEBBDCp": 220,  # P-384, SEC1
        "MC4CAQAwBQYDK2VwBCIEI": 64,  # Ed25519
        "MIICZAIBADCCAjkGByqGSM44BAEwggIsAoIBAQ": 820,  # DSA, PKCS#8
    }
    for head, length in heads.items():
        assert der_private_key(_der(head, random.Random(head).randint(0, 1 << 30), length)) is not None, head
    assert der_private_key(_SPKI) is None
    assert der_private_key(_CERT) is None
    assert der_private_key(_der("MIIKYQIBAzCCCicGCSqGSIb3DQEHAaCCChgEggoUMIIKEDCC", 4123, 3600)) is None  # PKCS#12
    assert der_private_key(_PKCS8_RSA[:80]) is None  # cut far short of its length


def test_a_pem_block_s_first_line_is_left_to_the_private_key_detector() -> None:
    """A PEM body's first line opens with the DER head too: the key's header above is the other detector's."""
    from secretfence.kinds._identity_configs import identity_secrets

    lines = ["-----BEGIN PRIVATE KEY-----", _PKCS8_RSA[:64], _PKCS8_RSA[64:128]]
    assert list(identity_secrets(lines, 1, "certs/sp.pem", False)) == []
    assert [what for _, what, _, _, _ in identity_secrets([f"key = {_PKCS8_RSA}"], 0, "app.ini", False)] == [
        "RSA private key (PKCS#8 DER in base64, no PEM armour)"]
