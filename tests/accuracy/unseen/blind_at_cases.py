"""Blind set AT: identity and access-management engineering in Python shops.

Keycloak realm exports, adapters and admin scripts; Auth0 tenants and Management API clients; Okta
API tokens and OIDC apps; Azure AD / Entra app registrations (secrets and certificates); Google OAuth
clients; AWS Cognito app clients; SAML SP signing keys; JWT signing secrets and JWKS; LDAP / Active
Directory binds (python-ldap, ldap3, SSSD, FreeIPA); SCIM provisioning tokens; Vault AppRole;
Dex, oauth2-proxy, Authelia, Authentik; django-allauth, python-social-auth, Flask-Login; Terraform
for identity providers; and their decoys (public JWKS, discovery documents, client IDs alone,
password hashes, masked or placeholder realm exports, templates, env and secret-manager references).
Generated fakes only (seeds 390000-399999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
LOWER_ALNUM = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
_SEED = [390000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 400000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 400000
    return _SEED[0]


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Heron", "Cobalt", "Ember", "Fjord", "Alder", "Prairie"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "tulip", "cactus", "raven", "biscuit"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """How people pick them: a word, a year or a number, a symbol."""
    r = _rng()
    word = r.choice(LOWER + [w.lower() for w in WORDS])
    if r.random() < 0.5:
        word = word.capitalize()
    return word + str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, r.randint(1, 99)])) + r.choice("!#$.?*")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM + extra) if extra else mixed(n)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return draw(n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def rbytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.randrange(256) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64bytes(n: int) -> str:
    return base64.b64encode(rbytes(n)).decode()


def b64url(n: int) -> str:
    """base64url without padding of n random bytes (secrets.token_urlsafe, JWK members)."""
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def cookie_secret() -> str:
    """oauth2-proxy's documented recipe: 32 random bytes, URL-safe base64 with padding."""
    return base64.urlsafe_b64encode(rbytes(32)).decode()


def b64url_json(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


# -- identity-provider credential shapes -------------------------------------------------------

def kc_secret() -> str:
    """Keycloak 19+ generates 32 alphanumerics for a confidential client."""
    return mixed(32)


def auth0_client_id() -> str:
    return mixed(32)


def auth0_secret() -> str:
    return mixed(64, URLSAFE)


def okta_token() -> str:
    return "00" + mixed(40, URLSAFE)


def okta_client_id() -> str:
    return "0oa" + mixed(17)


def okta_secret() -> str:
    return mixed(40, URLSAFE)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_legacy_secret() -> str:
    """Pre-2021 portal secrets: 32 characters, some symbols."""
    r = _rng()
    chars = [r.choice(ALNUM) for _ in range(32)]
    for i in r.sample(range(1, 31), 5):
        chars[i] = r.choice("-_.[]@:?=")
    return "".join(chars)


def google_secret() -> str:
    return "GOCSPX-" + mixed(28, URLSAFE)


def google_legacy_secret() -> str:
    return mixed(24, URLSAFE)


def google_client_id() -> str:
    r = _rng()
    return str(r.randint(10**11, 10**12 - 1)) + "-" + "".join(r.choice(LOWER_ALNUM) for _ in range(32)) + ".apps.googleusercontent.com"


def google_refresh_token() -> str:
    return "1//0" + mixed(99, URLSAFE)


def cognito_client_id() -> str:
    return draw(26, LOWER_ALNUM)


def cognito_secret() -> str:
    return draw(52, LOWER_ALNUM)


def vault_token() -> str:
    return "hvs." + mixed(24)


def github_oauth_secret() -> str:
    return hexs(40)


def slack_user_token() -> str:
    r = _rng()
    return f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(HEX) for _ in range(32))


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def pem(kind: str = "", lines: int = 25) -> str:
    """A private key block of a real layout (PKCS#8 by default)."""
    heads = {"": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", "RSA ": "MIIEowIBAAKCAQEA",
             "EC ": "MHcCAQEEI", "ENCRYPTED ": "MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI"}
    r = _rng()
    body = heads[kind] + "".join(r.choice(B64) for _ in range(64 * lines - len(heads[kind]) - 12))
    if kind == "EC ":
        body = body[:64 * 3 - 12]
    body += "=" if kind != "EC " else ""
    wrapped = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {kind}PRIVATE KEY-----\n{wrapped}\n-----END {kind}PRIVATE KEY-----"


def pem_body_line(key: str) -> str:
    """The first body line of a key: what stays the same however the block is laid out or escaped."""
    return key.splitlines()[1]


def key_b64_oneline(lines: int = 25) -> str:
    """A PKCS#8 key's base64 without header, on one line (Keycloak components, python3-saml)."""
    r = _rng()
    head = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    return head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) - 4)) + "=="


def cert_b64(lines: int = 16) -> str:
    r = _rng()
    head = "MIIC" + r.choice("stuvwxyz") + "DCCAa" + r.choice("ABCDEFGH") + "gAwIBAgI"
    return head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) - 1)) + "="


def cert_pem(lines: int = 16) -> str:
    body = cert_b64(lines)
    wrapped = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN CERTIFICATE-----\n{wrapped}\n-----END CERTIFICATE-----"


def pubkey_pem() -> str:
    r = _rng()
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(B64) for _ in range(64 * 6 - 44 - 8)) + "IDAQAB"
    wrapped = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN PUBLIC KEY-----\n{wrapped}\n-----END PUBLIC KEY-----"


def ec_pubkey_pem() -> str:
    r = _rng()
    body = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + "".join(r.choice(B64) for _ in range(88))
    wrapped = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN PUBLIC KEY-----\n{wrapped}\n-----END PUBLIC KEY-----"


def rsa_jwk_public(kid: str) -> dict:
    return {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid, "n": b64url(256), "e": "AQAB"}


def rsa_jwk_private(kid: str) -> dict:
    key = rsa_jwk_public(kid)
    key.update(d=b64url(256), p=b64url(128), q=b64url(128), dp=b64url(128), dq=b64url(128), qi=b64url(128))
    return key


def jwt(claims: dict, alg: str = "RS256", kid: str = "") -> str:
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    sig = b64url(256 if alg.startswith("RS") else 32)
    return b64url_json(header) + "." + b64url_json(claims) + "." + sig


def bcrypt_hash() -> str:
    return "$2y$10$" + draw(53, "./" + ALNUM)


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64bytes(16).rstrip("=") + "$" + b64bytes(32).rstrip("=")


def pbkdf2_django() -> str:
    return "pbkdf2_sha256$870000$" + draw(22) + "$" + b64bytes(32)


def ssha_hash() -> str:
    return "{SSHA}" + b64bytes(24)


def indent(block: str, prefix: str) -> str:
    """A multi-line value laid into a template line that already carries the first indent."""
    return textwrap.indent(block, prefix).lstrip()


# -- case helpers ----------------------------------------------------------------------------

CASES: List[LabelledCase] = []
SET = "blind-at"


def T(template: str, **values: str) -> str:
    """Dedent a template, fill its @KEY@ slots; a template written with CRLF keeps CRLF."""
    crlf = "\r\n" in template
    text = textwrap.dedent(template.replace("\r\n", "\n")).lstrip("\n")
    for key, value in values.items():
        text = text.replace("@" + key + "@", value)
    assert "@S@" not in text
    return text.replace("\n", "\r\n") if crlf else text


def S(fmt: str, kind: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/decoy-{what}", path, text, None, source))


def SV(fmt: str, kind: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    """A secret case whose template holds the planted value at @S@."""
    S(fmt, kind, path, T(template, S=value, **kw), value, source)


def DV(fmt: str, what: str, path: str, template: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, **kw), source)


KC_SRC = "Keycloak Server Administration Guide: importing and exporting realms (keycloak.org/docs)"
AUTH0_SRC = "Auth0 docs: Management API access tokens, Deploy CLI configuration (auth0.com/docs)"
OKTA_SRC = "Okta Developer docs: API tokens, okta-sdk-python configuration (developer.okta.com)"
ENTRA_SRC = "Microsoft identity platform docs: app registration credentials, MSAL for Python (learn.microsoft.com)"
GOOGLE_SRC = "Google Identity docs: OAuth 2.0 client_secret.json, google-auth-oauthlib (developers.google.com)"
COGNITO_SRC = "Amazon Cognito Developer Guide: app clients and SECRET_HASH (docs.aws.amazon.com/cognito)"
SAML_SRC = "python3-saml README settings.json / pysaml2 configuration docs"
JWT_SRC = "RFC 7517 (JWK), PyJWT and python-jose usage docs"
LDAP_SRC = "python-ldap / ldap3 docs, sssd-ldap(5), FreeIPA client installation guide"
SCIM_SRC = "RFC 7644 SCIM protocol; Okta / Entra SCIM provisioning guides"
VAULT_SRC = "HashiCorp Vault docs: AppRole auth method, Vault Agent auto-auth"
PROXY_SRC = "oauth2-proxy configuration overview (oauth2-proxy.github.io)"
AUTHELIA_SRC = "Authelia configuration docs (authelia.com/configuration)"
AUTHENTIK_SRC = "authentik docs: Docker Compose installation, blueprints (docs.goauthentik.io)"
DEX_SRC = "Dex docs: configuration, LDAP connector, static clients (dexidp.io/docs)"
DJANGO_SRC = "django-allauth / python-social-auth / Django settings docs"
FLASK_SRC = "Flask and Flask-Login docs: configuration handling, SECRET_KEY"
TF_SRC = "Terraform Registry provider docs (auth0, okta, keycloak, azuread, vault)"


# =============================================================================================
# Keycloak
# =============================================================================================

SV("keycloak-realm-json", "client-secret", "keycloak/realms/acme-realm.json", """
    {
      "id": "@ID@",
      "realm": "acme",
      "displayName": "ACME Corp",
      "enabled": true,
      "sslRequired": "external",
      "registrationAllowed": false,
      "loginWithEmailAllowed": true,
      "bruteForceProtected": true,
      "accessTokenLifespan": 300,
      "ssoSessionIdleTimeout": 1800,
      "clients": [
        {
          "id": "@CID@",
          "clientId": "billing-api",
          "name": "Billing API",
          "enabled": true,
          "clientAuthenticatorType": "client-secret",
          "secret": "@S@",
          "redirectUris": ["https://billing.acme-corp.io/*"],
          "webOrigins": ["+"],
          "standardFlowEnabled": true,
          "directAccessGrantsEnabled": false,
          "serviceAccountsEnabled": true,
          "publicClient": false,
          "protocol": "openid-connect",
          "attributes": {
            "post.logout.redirect.uris": "+",
            "pkce.code.challenge.method": "S256"
          },
          "defaultClientScopes": ["web-origins", "profile", "roles", "email"],
          "optionalClientScopes": ["offline_access"]
        }
      ]
    }
    """, kc_secret(), KC_SRC, ID=uuid_s(), CID=uuid_s())

DV("keycloak-realm-json", "masked", "keycloak/export/partial-export-staging.json", """
    {
      "id": "staging",
      "realm": "staging",
      "enabled": true,
      "clients": [
        {
          "id": "@CID@",
          "clientId": "grafana",
          "enabled": true,
          "clientAuthenticatorType": "client-secret",
          "secret": "**********",
          "redirectUris": ["https://grafana.stg.brightwave.io/login/generic_oauth"],
          "publicClient": false,
          "protocol": "openid-connect"
        }
      ],
      "components": {
        "org.keycloak.storage.UserStorageProvider": [
          {
            "id": "@LID@",
            "name": "corp-ad",
            "providerId": "ldap",
            "config": {
              "vendor": ["ad"],
              "connectionUrl": ["ldaps://dc01.corp.brightwave.io:636"],
              "bindDn": ["CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=brightwave,DC=io"],
              "bindCredential": ["**********"],
              "usersDn": ["OU=Staff,DC=corp,DC=brightwave,DC=io"],
              "editMode": ["READ_ONLY"]
            }
          }
        ]
      }
    }
    """, KC_SRC + " (partial export masks secrets)", CID=uuid_s(), LID=uuid_s())

SV("keycloak-realm-json", "google-oauth-secret", "infra/keycloak/import/customers-realm.json", """
    {
      "realm": "customers",
      "enabled": true,
      "loginTheme": "larkfield",
      "identityProviders": [
        {
          "alias": "google",
          "displayName": "Sign in with Google",
          "providerId": "google",
          "enabled": true,
          "trustEmail": true,
          "storeToken": false,
          "firstBrokerLoginFlowAlias": "first broker login",
          "config": {
            "clientId": "@GID@",
            "clientSecret": "@S@",
            "hostedDomain": "larkfield.net",
            "syncMode": "IMPORT",
            "defaultScope": "openid profile email",
            "useJwksUrl": "true"
          }
        }
      ]
    }
    """, google_secret(), KC_SRC, GID=google_client_id())

SV("keycloak-realm-json", "user-password", "keycloak/seed/ops-realm.json", """
    {
      "realm": "ops",
      "enabled": true,
      "users": [
        {
          "username": "svc-grafana",
          "enabled": true,
          "email": "svc-grafana@ops.halcyonlabs.dev",
          "emailVerified": true,
          "serviceAccountClientId": null,
          "credentials": [
            {
              "type": "password",
              "value": "@S@",
              "temporary": false
            }
          ],
          "realmRoles": ["default-roles-ops", "metrics-reader"],
          "groups": ["/automation"]
        }
      ]
    }
    """, words_pw(), KC_SRC + " (users[].credentials in an import file)")

DV("keycloak-realm-json", "hashed", "backup/keycloak/master-users-0.json", r"""
    {
      "realm" : "master",
      "users" : [ {
        "id" : "@UID@",
        "createdTimestamp" : 1712045127331,
        "username" : "admin",
        "enabled" : true,
        "totp" : false,
        "emailVerified" : false,
        "credentials" : [ {
          "id" : "@CRID@",
          "type" : "password",
          "userLabel" : "My password",
          "createdDate" : 1712045127466,
          "secretData" : "{\"value\":\"@HASH@\",\"salt\":\"@SALT@\",\"additionalParameters\":{}}",
          "credentialData" : "{\"hashIterations\":27500,\"algorithm\":\"pbkdf2-sha256\",\"additionalParameters\":{}}"
        } ],
        "disableableCredentialTypes" : [ ],
        "requiredActions" : [ ],
        "realmRoles" : [ "default-roles-master", "admin" ],
        "notBefore" : 0,
        "groups" : [ ]
      } ]
    }
    """, KC_SRC + " (kc.sh export --users same_file: hashed credentials)",
   UID=uuid_s(), CRID=uuid_s(), HASH=b64bytes(64), SALT=b64bytes(16))

S("keycloak-realm-json", "private-key", "keycloak/exports/internal-realm.json", T("""
    {
      "realm": "internal",
      "enabled": true,
      "components": {
        "org.keycloak.keys.KeyProvider": [
          {
            "id": "@KID@",
            "name": "rsa-generated",
            "providerId": "rsa-generated",
            "subComponents": {},
            "config": {
              "privateKey": [ "@S@" ],
              "keyUse": [ "SIG" ],
              "certificate": [ "@CERT@" ],
              "priority": [ "100" ],
              "algorithm": [ "RS256" ]
            }
          },
          {
            "id": "@HID@",
            "name": "hmac-generated",
            "providerId": "hmac-generated",
            "config": {
              "kid": [ "@HKID@" ],
              "priority": [ "100" ],
              "algorithm": [ "HS512" ]
            }
          }
        ]
      }
    }
    """, S=(_kc_key := key_b64_oneline(22)), KID=uuid_s(), CERT=cert_b64(12), HID=uuid_s(), HKID=uuid_s()),
  _kc_key, KC_SRC + " (full export with realm keys)")

DV("keycloak-config-cli", "template", "config/keycloak/realms/portal.yaml", """
    # keycloak-config-cli realm definition; variables are substituted at import time
    # (import.var-substitution.enabled=true), values come from the CI job's environment.
    realm: portal
    enabled: true
    sslRequired: external
    clients:
      - clientId: portal-backend
        name: Portal backend
        enabled: true
        publicClient: false
        clientAuthenticatorType: client-secret
        secret: $(env:PORTAL_CLIENT_SECRET)
        serviceAccountsEnabled: true
        redirectUris:
          - "https://portal.$(env:BASE_DOMAIN)/oidc/callback/"
      - clientId: portal-spa
        publicClient: true
        redirectUris:
          - "https://portal.$(env:BASE_DOMAIN)/*"
    smtpServer:
      host: smtp.sendgrid.net
      port: "587"
      auth: "true"
      user: apikey
      password: $(env:SMTP_PASSWORD)
    """, "keycloak-config-cli README: variable substitution (adorsys/keycloak-config-cli)")

SV("python", "client-secret", "app/auth/keycloak_client.py", '''
    """Thin wrapper around python-keycloak for the orders service."""
    from functools import lru_cache

    from keycloak import KeycloakOpenID

    KEYCLOAK_URL = "https://sso.northwind-labs.com/"
    REALM = "northwind"
    CLIENT_ID = "orders-service"


    @lru_cache(maxsize=1)
    def get_oidc() -> KeycloakOpenID:
        return KeycloakOpenID(
            server_url=KEYCLOAK_URL,
            client_id=CLIENT_ID,
            realm_name=REALM,
            client_secret_key="@S@",
            verify=True,
        )


    def service_token() -> str:
        """Client-credentials token for calling the inventory API."""
        return get_oidc().token(grant_type="client_credentials")["access_token"]


    def introspect(token: str) -> dict:
        return get_oidc().introspect(token)
    ''', kc_secret(), "python-keycloak docs: KeycloakOpenID (python-keycloak.readthedocs.io)")

SV("python", "admin-password", "scripts/kc_sync_groups.py", '''
    #!/usr/bin/env python3
    """Mirror HR departments into Keycloak groups. Run nightly from the ops box."""
    import csv
    import sys

    from keycloak import KeycloakAdmin, KeycloakOpenIDConnection

    conn = KeycloakOpenIDConnection(
        server_url="https://keycloak.internal.quillstone.net/",
        username="automation-admin",
        password="@S@",
        realm_name="staff",
        user_realm_name="master",
        verify=True,
    )
    admin = KeycloakAdmin(connection=conn)


    def main(path: str) -> None:
        existing = {g["name"] for g in admin.get_groups()}
        with open(path, newline="") as fh:
            for row in csv.DictReader(fh):
                dept = row["department"].strip()
                if dept and dept not in existing:
                    admin.create_group({"name": dept})
                    existing.add(dept)
                    print(f"created group {dept}")


    if __name__ == "__main__":
        main(sys.argv[1] if len(sys.argv) > 1 else "departments.csv")
    ''', words_pw(), "python-keycloak docs: KeycloakAdmin with KeycloakOpenIDConnection")

SV("docker-compose", "db-password", "deploy/keycloak/docker-compose.yml", """
    services:
      postgres:
        image: postgres:16
        environment:
          POSTGRES_DB: keycloak
          POSTGRES_USER: keycloak
          POSTGRES_PASSWORD: "@S@"
        volumes:
          - pgdata:/var/lib/postgresql/data

      keycloak:
        image: quay.io/keycloak/keycloak:25.0
        command: start --optimized --hostname=sso.fernhill.org
        environment:
          KC_DB: postgres
          KC_DB_URL: jdbc:postgresql://postgres:5432/keycloak
          KC_DB_USERNAME: keycloak
          KC_DB_PASSWORD: "@S@"
          KC_PROXY_HEADERS: xforwarded
          KEYCLOAK_ADMIN: admin
          KEYCLOAK_ADMIN_PASSWORD: ${KEYCLOAK_ADMIN_PASSWORD}
        ports:
          - "8080:8080"
        depends_on:
          - postgres

    volumes:
      pgdata:
    """, rand_pw(24), "Keycloak docs: running in a container; configuring the database")

DV("docker-compose", "env-ref", "docker-compose.keycloak.yml", """
    # Local SSO for the team. Copy .env.example to .env and fill it in; never commit .env.
    services:
      keycloak:
        image: quay.io/keycloak/keycloak:24.0.5
        command: start-dev --import-realm
        env_file: .env
        environment:
          KC_DB: postgres
          KC_DB_URL_HOST: db
          KC_DB_USERNAME: ${KC_DB_USERNAME:-keycloak}
          KC_DB_PASSWORD: ${KC_DB_PASSWORD:?set KC_DB_PASSWORD in .env}
          KEYCLOAK_ADMIN: ${KEYCLOAK_ADMIN:-admin}
          KEYCLOAK_ADMIN_PASSWORD: ${KEYCLOAK_ADMIN_PASSWORD:?set it in .env}
        volumes:
          - ./keycloak/realms:/opt/keycloak/data/import:ro
        ports: ["8081:8080"]
      db:
        image: postgres:16-alpine
        environment:
          POSTGRES_USER: ${KC_DB_USERNAME:-keycloak}
          POSTGRES_PASSWORD_FILE: /run/secrets/kc_db_password
        secrets: [kc_db_password]
    secrets:
      kc_db_password:
        file: ./secrets/kc_db_password.txt
    """, "Docker Compose docs: interpolation and secrets")

SV("shell", "admin-password", "ops/keycloak/bootstrap-clients.sh", r"""
    #!/usr/bin/env bash
    # Creates the confidential clients every new environment needs.
    set -euo pipefail

    KCADM=/opt/keycloak/bin/kcadm.sh
    SERVER=https://auth.tidewater.systems
    REALM=${1:-tidewater}

    $KCADM config credentials --server "$SERVER" --realm master \
      --user admin --password '@S@'

    for client in reporting-api ledger-worker notifications; do
      $KCADM create clients -r "$REALM" \
        -s clientId="$client" \
        -s enabled=true \
        -s publicClient=false \
        -s serviceAccountsEnabled=true \
        -s 'redirectUris=["https://'"$client"'.tidewater.systems/*"]'
    done

    $KCADM get clients -r "$REALM" --fields clientId,enabled
    """, words_pw(), "Keycloak Server Administration Guide: Admin CLI (kcadm.sh)")

SV("helm-values", "admin-password", "charts/keycloak/values-prod.yaml", """
    # bitnami/keycloak overrides for production
    replicaCount: 2
    production: true
    proxy: edge

    auth:
      adminUser: kcadmin
      adminPassword: "@S@"

    postgresql:
      enabled: false
    externalDatabase:
      host: keycloak-db.cluster-cz1x.eu-west-1.rds.amazonaws.com
      port: 5432
      user: keycloak
      database: keycloak
      existingSecret: keycloak-db
      existingSecretPasswordKey: password

    ingress:
      enabled: true
      hostname: sso.orchardline.com
      tls: true
      annotations:
        cert-manager.io/cluster-issuer: letsencrypt-prod

    resources:
      requests:
        cpu: 500m
        memory: 1Gi
    """, rand_pw(20, "!#%"), "bitnami/keycloak Helm chart README: auth.adminPassword")

DV("helm-values", "existing-secret", "charts/keycloak/values-staging.yaml", """
    replicaCount: 1
    production: true
    proxy: edge

    auth:
      adminUser: kcadmin
      # password lives in the keycloak-admin Secret, synced from Vault by external-secrets
      existingSecret: keycloak-admin
      passwordSecretKey: admin-password

    externalDatabase:
      host: keycloak-db.staging.svc
      user: keycloak
      database: keycloak
      existingSecret: keycloak-db
      existingSecretPasswordKey: password

    extraEnvVars:
      - name: KC_SPI_EVENTS_LISTENER_JBOSS_LOGGING_SUCCESS_LEVEL
        value: info
      - name: KC_HOSTNAME_STRICT
        value: "false"

    ingress:
      enabled: true
      hostname: sso.staging.orchardline.com
    """, "bitnami/keycloak Helm chart README: auth.existingSecret")

SV("terraform", "client-secret", "terraform/keycloak/provider.tf", """
    terraform {
      required_providers {
        keycloak = {
          source  = "mrparkers/keycloak"
          version = ">= 4.4.0"
        }
      }
      backend "s3" {
        bucket = "pinecrest-tfstate"
        key    = "identity/keycloak.tfstate"
        region = "us-east-2"
      }
    }

    # service account client "terraform" in the master realm (realm-admin role)
    provider "keycloak" {
      client_id     = "terraform"
      client_secret = "@S@"
      url           = "https://id.pinecrest.health"
      realm         = "master"
    }
    """, kc_secret(), TF_SRC + ": mrparkers/keycloak provider, client credentials grant")

DV("terraform", "resource-ref", "terraform/keycloak/clients.tf", """
    resource "random_password" "reports_client" {
      length  = 32
      special = false
    }

    resource "keycloak_openid_client" "reports" {
      realm_id                 = keycloak_realm.staff.id
      client_id                = "reports"
      name                     = "Reporting portal"
      enabled                  = true
      access_type              = "CONFIDENTIAL"
      client_secret            = random_password.reports_client.result
      standard_flow_enabled    = true
      service_accounts_enabled = false
      valid_redirect_uris      = ["https://reports.pinecrest.health/oauth2/callback"]
      login_theme              = "keycloak"
    }

    resource "vault_kv_secret_v2" "reports_client" {
      mount = "apps"
      name  = "reports/oidc"
      data_json = jsonencode({
        client_id     = keycloak_openid_client.reports.client_id
        client_secret = keycloak_openid_client.reports.client_secret
      })
    }
    """, TF_SRC + ": keycloak_openid_client, random_password")

SV("keycloak-conf", "db-password", "conf/keycloak.conf", """
    # Keycloak server configuration (Quarkus distribution)
    # https://www.keycloak.org/server/all-config

    db=postgres
    db-url=jdbc:postgresql://pg-sso-01.dc2.ravenmoor.net:5432/keycloak
    db-username=keycloak_app
    db-password=@S@
    db-pool-max-size=40

    hostname=login.ravenmoor.net
    http-enabled=false
    https-certificate-file=/etc/keycloak/tls/tls.crt
    https-certificate-key-file=/etc/keycloak/tls/tls.key

    health-enabled=true
    metrics-enabled=true
    log=console,file
    log-level=INFO
    """, human_pw(), "Keycloak docs: configuring Keycloak, conf/keycloak.conf")

SV("django-settings", "client-secret", "portal/settings/production.py", '''
    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["portal.saltmarsh.io"]

    AUTHENTICATION_BACKENDS = [
        "portal.auth.KeycloakOIDCBackend",
        "django.contrib.auth.backends.ModelBackend",
    ]

    # mozilla-django-oidc against the Keycloak "saltmarsh" realm
    OIDC_OP_BASE = "https://sso.saltmarsh.io/realms/saltmarsh/protocol/openid-connect"
    OIDC_RP_CLIENT_ID = "portal"
    OIDC_RP_CLIENT_SECRET = "@S@"
    OIDC_RP_SIGN_ALGO = "RS256"
    OIDC_OP_AUTHORIZATION_ENDPOINT = f"{OIDC_OP_BASE}/auth"
    OIDC_OP_TOKEN_ENDPOINT = f"{OIDC_OP_BASE}/token"
    OIDC_OP_USER_ENDPOINT = f"{OIDC_OP_BASE}/userinfo"
    OIDC_OP_JWKS_ENDPOINT = f"{OIDC_OP_BASE}/certs"
    OIDC_RP_SCOPES = "openid email profile"
    LOGIN_REDIRECT_URL = "/dashboard/"
    LOGOUT_REDIRECT_URL = "/"

    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    ''', uuid_s(), "mozilla-django-oidc docs: settings (older Keycloak issues UUID client secrets)")

DV("keycloak-adapter-json", "client-id", "frontend/public/keycloak.json", """
    {
      "realm": "saltmarsh",
      "auth-server-url": "https://sso.saltmarsh.io/",
      "ssl-required": "external",
      "resource": "portal-spa",
      "public-client": true,
      "verify-token-audience": true,
      "use-resource-role-mappings": true,
      "confidential-port": 0
    }
    """, "Keycloak JavaScript adapter docs: keycloak.json for a public client")

SV("keycloak-adapter-json", "client-secret", "services/billing/keycloak.json", """
    {
      "realm": "saltmarsh",
      "auth-server-url": "https://sso.saltmarsh.io/",
      "ssl-required": "external",
      "resource": "billing-backend",
      "verify-token-audience": true,
      "credentials": {
        "secret": "@S@"
      },
      "confidential-port": 0,
      "policy-enforcer": {
        "credentials": {}
      }
    }
    """, kc_secret(), "Keycloak adapter configuration: keycloak.json with client credentials")

DV("keycloak-realm-json", "placeholder", "keycloak/templates/realm-template.json", """
    {
      "realm": "REALM_NAME",
      "enabled": true,
      "_comment": "Template for new tenants. scripts/new_tenant.py fills REALM_NAME and generates the secret.",
      "clients": [
        {
          "clientId": "tenant-api",
          "enabled": true,
          "publicClient": false,
          "clientAuthenticatorType": "client-secret",
          "secret": "CHANGE_ME",
          "redirectUris": ["https://REALM_NAME.apps.coralbay.cloud/*"],
          "serviceAccountsEnabled": true
        }
      ],
      "users": [
        {
          "username": "tenant-admin",
          "enabled": true,
          "credentials": [{"type": "password", "value": "<set-on-first-login>", "temporary": true}],
          "requiredActions": ["UPDATE_PASSWORD", "CONFIGURE_TOTP"]
        }
      ]
    }
    """, KC_SRC + " (realm template with placeholders)")


# =============================================================================================
# Auth0
# =============================================================================================

SV("python", "auth0-client-secret", "tools/auth0_export_users.py", '''
    """Dump every Auth0 user with their app_metadata to a JSONL file (for the CRM migration)."""
    import json

    from auth0.authentication import GetToken
    from auth0.management import Auth0

    DOMAIN = "kestrelpay.eu.auth0.com"
    CLIENT_ID = "@CID@"
    CLIENT_SECRET = "@S@"


    def management() -> Auth0:
        token = GetToken(DOMAIN, CLIENT_ID, client_secret=CLIENT_SECRET)
        access = token.client_credentials(f"https://{DOMAIN}/api/v2/")["access_token"]
        return Auth0(DOMAIN, access)


    def main() -> None:
        mgmt = management()
        page = 0
        with open("users.jsonl", "w") as out:
            while True:
                batch = mgmt.users.list(page=page, per_page=100, fields=["user_id", "email", "app_metadata"])
                for user in batch["users"]:
                    out.write(json.dumps(user) + "\\n")
                if len(batch["users"]) < 100:
                    break
                page += 1


    if __name__ == "__main__":
        main()
    ''', auth0_secret(), "auth0-python README: GetToken.client_credentials, Auth0 management client",
   CID=auth0_client_id())

SV("dotenv", "auth0-client-secret", ".env.production", """
    # Flask app (Auth0 Regular Web App "Kestrel Dashboard")
    FLASK_ENV=production
    APP_BASE_URL=https://dashboard.kestrelpay.com
    AUTH0_DOMAIN=login.kestrelpay.com
    AUTH0_CLIENT_ID=@CID@
    AUTH0_CLIENT_SECRET=@S@
    AUTH0_AUDIENCE=https://api.kestrelpay.com
    SESSION_COOKIE_NAME=kp_session
    LOG_LEVEL=info
    SENTRY_ENVIRONMENT=production
    """, auth0_secret(), "Auth0 Flask quickstart: .env with AUTH0_CLIENT_SECRET", CID=auth0_client_id())

DV("dotenv", "placeholder", ".env.example", """
    # Copy to .env and fill in from the Auth0 dashboard > Applications > Settings
    AUTH0_DOMAIN=your-tenant.us.auth0.com
    AUTH0_CLIENT_ID=your-client-id
    AUTH0_CLIENT_SECRET=your-client-secret
    AUTH0_AUDIENCE=https://api.example.com
    # python -c 'import secrets; print(secrets.token_hex())'
    APP_SECRET_KEY=
    OKTA_API_TOKEN=<okta-api-token>
    """, "Auth0 Python quickstart sample .env.example")

SV("terraform", "auth0-client-secret", "infra/auth0/main.tf", """
    terraform {
      required_providers {
        auth0 = {
          source  = "auth0/auth0"
          version = "~> 1.2"
        }
      }
    }

    provider "auth0" {
      domain        = "quillstone-prod.us.auth0.com"
      client_id     = "@CID@"
      client_secret = "@S@"
      debug         = false
    }

    resource "auth0_client" "admin_portal" {
      name            = "Admin Portal"
      app_type        = "regular_web"
      callbacks       = ["https://admin.quillstone.net/callback"]
      allowed_logout_urls = ["https://admin.quillstone.net"]
      oidc_conformant = true

      jwt_configuration {
        alg = "RS256"
      }
    }
    """, auth0_secret(), TF_SRC + ": auth0/auth0 provider configuration", CID=auth0_client_id())

DV("terraform", "sensitive-var", "infra/auth0/variables.tf", """
    variable "auth0_domain" {
      type        = string
      description = "Tenant domain, e.g. quillstone-prod.us.auth0.com"
    }

    variable "auth0_client_id" {
      type        = string
      description = "Client ID of the Terraform M2M application"
    }

    variable "auth0_client_secret" {
      type        = string
      sensitive   = true
      description = "Injected by the pipeline as TF_VAR_auth0_client_secret"
    }

    provider "auth0" {
      domain        = var.auth0_domain
      client_id     = var.auth0_client_id
      client_secret = var.auth0_client_secret
    }
    """, TF_SRC + ": sensitive input variables")

SV("json", "auth0-client-secret", "auth0/config.prod.json", """
    {
      "AUTH0_DOMAIN": "fernhill.eu.auth0.com",
      "AUTH0_CLIENT_ID": "@CID@",
      "AUTH0_CLIENT_SECRET": "@S@",
      "AUTH0_ALLOW_DELETE": false,
      "AUTH0_EXCLUDED": ["resourceServers", "rules"],
      "AUTH0_KEYWORD_REPLACE_MAPPINGS": {
        "ENV": "prod",
        "PORTAL_URL": "https://portal.fernhill.org",
        "CALLBACKS": ["https://portal.fernhill.org/callback", "https://portal.fernhill.org/silent"]
      },
      "INCLUDED_PROPS": {
        "clients": ["client_secret"]
      }
    }
    """, auth0_secret(), "Auth0 Deploy CLI docs: configuring the Deploy CLI (config.json)", CID=auth0_client_id())

DV("auth0-tenant-yaml", "template", "auth0/tenant.yaml", """
    tenant:
      friendly_name: 'Fernhill ##ENV##'
      support_email: it-support@fernhill.org
    clients:
      - name: Fernhill Portal
        app_type: regular_web
        callbacks: @@CALLBACKS@@
        allowed_logout_urls:
          - '##PORTAL_URL##'
        client_secret: '##PORTAL_CLIENT_SECRET##'
        grant_types:
          - authorization_code
          - refresh_token
        jwt_configuration:
          alg: RS256
          lifetime_in_seconds: 36000
    connections:
      - name: google-oauth2
        strategy: google-oauth2
        options:
          client_id: '##GOOGLE_CLIENT_ID##'
          client_secret: '##GOOGLE_CLIENT_SECRET##'
          scope: [email, profile]
    """, "Auth0 Deploy CLI docs: keyword replacement (##KEY## and @@KEY@@)")

SV("python", "auth0-client-secret", "webapp/auth.py", '''
    from authlib.integrations.flask_client import OAuth
    from flask import Blueprint, redirect, session, url_for

    bp = Blueprint("auth", __name__)
    oauth = OAuth()

    oauth.register(
        "auth0",
        client_id="@CID@",
        client_secret="@S@",
        client_kwargs={"scope": "openid profile email"},
        server_metadata_url="https://tidewater.us.auth0.com/.well-known/openid-configuration",
    )


    @bp.route("/login")
    def login():
        return oauth.auth0.authorize_redirect(redirect_uri=url_for("auth.callback", _external=True))


    @bp.route("/callback")
    def callback():
        token = oauth.auth0.authorize_access_token()
        session["user"] = token["userinfo"]
        return redirect("/")
    ''', auth0_secret(), "Auth0 Python Flask quickstart (Authlib)", CID=auth0_client_id())

_a0_cid = auth0_client_id()
_a0_jwt = jwt({"iss": "https://marlin-analytics.us.auth0.com/", "sub": f"{_a0_cid}@clients",
               "aud": "https://marlin-analytics.us.auth0.com/api/v2/", "iat": 1718003711, "exp": 1720595711,
               "scope": "read:users update:users read:users_app_metadata update:users_app_metadata",
               "gty": "client-credentials", "azp": _a0_cid}, kid=b64url(16))
SV("python", "auth0-mgmt-token", "scripts/backfill_app_metadata.py", '''
    """One-off: copy plan tier from Postgres into Auth0 app_metadata (ticket IAM-412)."""
    import psycopg2
    import requests

    DOMAIN = "marlin-analytics.us.auth0.com"
    # 30-day token from Dashboard > APIs > Management API > API Explorer
    MGMT_TOKEN = "@S@"

    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {MGMT_TOKEN}"

    conn = psycopg2.connect("dbname=marlin host=/var/run/postgresql")
    with conn, conn.cursor() as cur:
        cur.execute("SELECT auth0_id, plan FROM accounts WHERE auth0_id IS NOT NULL")
        for auth0_id, plan in cur:
            resp = session.patch(
                f"https://{DOMAIN}/api/v2/users/{auth0_id}",
                json={"app_metadata": {"plan": plan}},
                timeout=10,
            )
            resp.raise_for_status()
    ''', _a0_jwt, "Auth0 docs: Management API access tokens for testing")

DV("json", "client-id", "spa/src/auth_config.json", """
    {
      "domain": "login.marlin-analytics.com",
      "clientId": "@CID@",
      "audience": "https://api.marlin-analytics.com",
      "scope": "openid profile email read:reports",
      "useRefreshTokens": true,
      "cacheLocation": "localstorage"
    }
    """, "Auth0 SPA SDK quickstart: auth_config.json (public client, no secret)", CID=auth0_client_id())

SV("github-actions", "auth0-client-secret", ".github/workflows/e2e.yml", """
    name: e2e
    on:
      pull_request:
        branches: [main]

    jobs:
      playwright:
        runs-on: ubuntu-latest
        env:
          AUTH0_DOMAIN: heronworks-dev.us.auth0.com
          AUTH0_CLIENT_ID: @CID@
          AUTH0_CLIENT_SECRET: @S@
          E2E_USER: e2e-bot@heronworks.dev
          E2E_PASSWORD: ${{ secrets.E2E_PASSWORD }}
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements-dev.txt
          - run: playwright install --with-deps chromium
          - run: pytest tests/e2e -n 4
    """, auth0_secret(), "GitHub Actions docs: workflow env", CID=auth0_client_id())

DV("github-actions", "secrets-context", ".github/workflows/deploy-auth0.yml", """
    name: deploy-auth0-tenant
    on:
      push:
        branches: [main]
        paths: ["auth0/**"]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        environment: production
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
          - run: npm install -g auth0-deploy-cli
          - name: Import tenant
            env:
              AUTH0_DOMAIN: ${{ vars.AUTH0_DOMAIN }}
              AUTH0_CLIENT_ID: ${{ vars.AUTH0_DEPLOY_CLIENT_ID }}
              AUTH0_CLIENT_SECRET: ${{ secrets.AUTH0_DEPLOY_CLIENT_SECRET }}
            run: a0deploy import --config_file auth0/config.json --input_file auth0/tenant.yaml
    """, "GitHub Actions docs: using secrets in a workflow")

SV("django-settings", "auth0-client-secret", "mysite/settings/base.py", '''
    import os
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent.parent
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

    INSTALLED_APPS = [
        "django.contrib.admin",
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "social_django",
        "accounts",
    ]

    AUTHENTICATION_BACKENDS = {
        "social_core.backends.auth0.Auth0OAuth2",
        "django.contrib.auth.backends.ModelBackend",
    }

    SOCIAL_AUTH_TRAILING_SLASH = False
    SOCIAL_AUTH_AUTH0_DOMAIN = "copperline.auth0.com"
    SOCIAL_AUTH_AUTH0_KEY = "@CID@"
    SOCIAL_AUTH_AUTH0_SECRET = "@S@"
    SOCIAL_AUTH_AUTH0_SCOPE = ["openid", "profile", "email"]

    LOGIN_URL = "/login/auth0"
    LOGIN_REDIRECT_URL = "/"
    ''', auth0_secret(), "python-social-auth docs: Auth0 backend settings", CID=auth0_client_id())

SV("yaml", "auth0-client-secret", "config/auth.yaml", """
    # FastAPI gateway: token validation + Management API access for the user service
    auth:
      issuer: https://id.brightwave.io/
      audience: https://api.brightwave.io
      algorithms: [RS256]
      jwks_cache_ttl: 600

    management:
      domain: brightwave.eu.auth0.com
      client_id: @CID@
      client_secret: '@S@'
      audience: https://brightwave.eu.auth0.com/api/v2/
      rate_limit_per_second: 10

    cors:
      allow_origins:
        - https://app.brightwave.io
    """, auth0_secret(), AUTH0_SRC, CID=auth0_client_id())


# =============================================================================================
# Okta
# =============================================================================================

SV("okta-yaml", "okta-api-token", ".okta/okta.yaml", """
    okta:
      client:
        orgUrl: "https://harborline.okta.com"
        token: "@S@"
        connectionTimeout: 30
        rateLimit:
          maxRetries: 4
        proxy:
          host: proxy.harborline.corp
          port: 3128
    """, okta_token(), OKTA_SRC + " (okta.yaml in the home directory)")

SV("python", "okta-api-token", "sync/okta_groups.py", '''
    import asyncio
    import logging

    from okta.client import Client as OktaClient

    log = logging.getLogger(__name__)

    config = {
        "orgUrl": "https://quarry-labs.okta.com",
        "token": "@S@",
        "requestTimeout": 45,
        "rateLimit": {"maxRetries": 3},
    }


    async def group_members(name: str) -> list:
        client = OktaClient(config)
        groups, _, err = await client.list_groups(query_params={"q": name})
        if err or not groups:
            log.warning("group %s not found: %s", name, err)
            return []
        users, _, err = await client.list_group_users(groups[0].id)
        return [u.profile.login for u in users]


    if __name__ == "__main__":
        print(asyncio.run(group_members("Engineering")))
    ''', okta_token(), "okta-sdk-python README: configuring the client with a dict")

SV("shell", "okta-api-token", "scripts/okta_deactivate.sh", r"""
    #!/bin/sh
    # usage: okta_deactivate.sh user@cinderfield.com
    # Offboarding helper: deactivates the Okta user and clears their sessions.
    set -eu

    OKTA_ORG="https://cinderfield.okta.com"
    OKTA_TOKEN="@S@"
    LOGIN="$1"

    uid=$(curl -sf -H "Authorization: SSWS ${OKTA_TOKEN}" -H "Accept: application/json" \
      "${OKTA_ORG}/api/v1/users/${LOGIN}" | jq -r .id)

    curl -sf -X DELETE -H "Authorization: SSWS ${OKTA_TOKEN}" \
      "${OKTA_ORG}/api/v1/users/${uid}/sessions"
    curl -sf -X POST -H "Authorization: SSWS ${OKTA_TOKEN}" \
      "${OKTA_ORG}/api/v1/users/${uid}/lifecycle/deactivate?sendEmail=false"
    echo "deactivated ${LOGIN} (${uid})"
    """, okta_token(), "Okta Users API docs: lifecycle operations with SSWS auth")

SV("terraform", "okta-api-token", "terraform/okta/providers.tf", """
    terraform {
      required_providers {
        okta = {
          source  = "okta/okta"
          version = "~> 4.8"
        }
      }
    }

    provider "okta" {
      org_name  = "alderbank"
      base_url  = "okta.com"
      api_token = "@S@"
    }
    """, okta_token(), TF_SRC + ": okta/okta provider api_token")

DV("terraform", "env-ref", "terraform/okta/versions.tf", """
    terraform {
      required_version = ">= 1.6"
      required_providers {
        okta = {
          source  = "okta/okta"
          version = "~> 4.8"
        }
      }
    }

    # Credentials: OAuth service app with private_key_jwt. The pipeline exports
    # OKTA_API_CLIENT_ID, OKTA_API_PRIVATE_KEY_ID and OKTA_API_PRIVATE_KEY (from Vault).
    provider "okta" {
      org_name = "alderbank"
      base_url = "okta.com"
      scopes   = ["okta.groups.manage", "okta.apps.manage", "okta.policies.manage"]
    }
    """, TF_SRC + ": okta provider environment variables")

SV("client-secrets-json", "okta-client-secret", "client_secrets.json", """
    {
      "web": {
        "client_id": "@CID@",
        "client_secret": "@S@",
        "auth_uri": "https://coppervale.okta.com/oauth2/default/v1/authorize",
        "token_uri": "https://coppervale.okta.com/oauth2/default/v1/token",
        "issuer": "https://coppervale.okta.com/oauth2/default",
        "userinfo_uri": "https://coppervale.okta.com/oauth2/default/userinfo",
        "redirect_uris": [
          "https://intranet.coppervale.com/oidc/callback"
        ]
      }
    }
    """, okta_secret(), "Okta blog: Add user authentication to Flask with flask-oidc (client_secrets.json)",
   CID=okta_client_id())

SV("dotenv", "okta-client-secret", ".env.local", """
    OKTA_ISSUER=https://coppervale.okta.com/oauth2/aus1a2b3c4d5e6f7g8h9
    OKTA_CLIENT_ID=@CID@
    OKTA_CLIENT_SECRET=@S@
    OKTA_REDIRECT_URI=http://localhost:8000/authorization-code/callback
    OKTA_SCOPES="openid profile email groups"
    DATABASE_URL=postgres://localhost:5432/intranet_dev
    """, mixed(64, URLSAFE), "Okta Django sample: .env", CID=okta_client_id())

DV("okta-yaml", "key-path", "config/okta.yaml", """
    # Service app "group-sync" uses private_key_jwt; the key is mounted by the deployment.
    okta:
      client:
        connectionTimeout: 30
        orgUrl: "https://harborline.okta.com"
        authorizationMode: "PrivateKey"
        clientId: "@CID@"
        kid: "@KID@"
        scopes:
          - okta.users.read
          - okta.groups.manage
        privateKey: "/var/run/secrets/okta/group-sync.pem"
        requestTimeout: 0
        rateLimit:
          maxRetries: 4
    """, OKTA_SRC + " (OAuth 2.0 for service apps, key by path)", CID=okta_client_id(), KID=b64url(32))

SV("okta-yaml", "private-key", "deploy/okta-service/okta.yaml", """
    okta:
      client:
        orgUrl: "https://harborline.okta.com"
        authorizationMode: "PrivateKey"
        clientId: "@CID@"
        scopes:
          - okta.users.manage
        privateKey: |
          @KEY@
    """, (_okta_key := pem("RSA ", 25)), OKTA_SRC + " (inline PEM private key)",
   CID=okta_client_id(), KEY=indent(_okta_key, "      "))

DV("json", "discovery", "tests/fixtures/okta-openid-configuration.json", """
    {
      "issuer": "https://harborline.okta.com/oauth2/default",
      "authorization_endpoint": "https://harborline.okta.com/oauth2/default/v1/authorize",
      "token_endpoint": "https://harborline.okta.com/oauth2/default/v1/token",
      "userinfo_endpoint": "https://harborline.okta.com/oauth2/default/v1/userinfo",
      "registration_endpoint": "https://harborline.okta.com/oauth2/v1/clients",
      "jwks_uri": "https://harborline.okta.com/oauth2/default/v1/keys",
      "response_types_supported": ["code", "id_token", "code id_token", "code token", "id_token token"],
      "response_modes_supported": ["query", "fragment", "form_post", "okta_post_message"],
      "grant_types_supported": ["authorization_code", "implicit", "refresh_token", "password", "client_credentials"],
      "subject_types_supported": ["public"],
      "id_token_signing_alg_values_supported": ["RS256"],
      "scopes_supported": ["openid", "profile", "email", "address", "phone", "offline_access", "groups"],
      "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "client_secret_jwt", "private_key_jwt", "none"],
      "claims_supported": ["iss", "ver", "sub", "aud", "iat", "exp", "jti", "auth_time", "amr", "idp", "nonce", "name", "email"],
      "code_challenge_methods_supported": ["S256"],
      "introspection_endpoint": "https://harborline.okta.com/oauth2/default/v1/introspect",
      "revocation_endpoint": "https://harborline.okta.com/oauth2/default/v1/revoke",
      "end_session_endpoint": "https://harborline.okta.com/oauth2/default/v1/logout",
      "request_parameter_supported": true
    }
    """, "OpenID Connect Discovery 1.0; Okta /.well-known/openid-configuration")

SV("http", "okta-api-token", "api/okta.http", """
    @org = https://quarry-labs.okta.com
    @token = @S@

    ### list users in the Contractors group
    GET {{org}}/api/v1/groups/00g1abcd2efGhIJk3l4m/users?limit=200
    Accept: application/json
    Authorization: SSWS {{token}}

    ### app assignments for one user
    GET {{org}}/api/v1/apps?filter=user.id+eq+"00u2xyz9ABCdef8gh7i6"
    Accept: application/json
    Authorization: SSWS {{token}}
    """, okta_token(), "VS Code REST Client / JetBrains HTTP client file format; Okta API")

DV("python", "env-ref", "app/okta_client.py", '''
    import os

    from okta.client import Client as OktaClient


    def build_client() -> OktaClient:
        """Token comes from the environment (OKTA_CLIENT_TOKEN), injected from AWS Secrets Manager."""
        return OktaClient({
            "orgUrl": os.environ.get("OKTA_CLIENT_ORGURL", "https://quarry-labs.okta.com"),
            "token": os.environ["OKTA_CLIENT_TOKEN"],
            "raiseException": True,
        })


    def is_active(login: str) -> bool:
        import asyncio

        async def _check() -> bool:
            user, _, err = await build_client().get_user(login)
            return err is None and user.status == "ACTIVE"

        return asyncio.run(_check())
    ''', "okta-sdk-python README: environment variables")

SV("postman-environment", "okta-api-token", "postman/okta-prod.postman_environment.json", """
    {
      "id": "@ID@",
      "name": "Okta prod",
      "values": [
        {"key": "url", "value": "https://alderbank.okta.com", "type": "default", "enabled": true},
        {"key": "apikey", "value": "@S@", "type": "secret", "enabled": true},
        {"key": "email-suffix", "value": "alderbank.com", "type": "default", "enabled": true},
        {"key": "userId", "value": "", "type": "default", "enabled": true}
      ],
      "_postman_variable_scope": "environment",
      "_postman_exported_at": "2024-05-14T09:12:44.120Z",
      "_postman_exported_using": "Postman/11.1.0"
    }
    """, okta_token(), "Okta docs: Test the Okta REST APIs with Postman (environment file)", ID=uuid_s())


# =============================================================================================
# Azure AD / Entra ID
# =============================================================================================

SV("python", "azure-client-secret", "graph/client.py", '''
    """Microsoft Graph client for the HR provisioning job (app registration "hr-provisioner")."""
    import msal
    import requests

    TENANT_ID = "@TID@"
    CLIENT_ID = "@CID@"
    CLIENT_SECRET = "@S@"
    AUTHORITY = f"https://login.microsoftonline.com/{TENANT_ID}"
    SCOPES = ["https://graph.microsoft.com/.default"]

    _app = msal.ConfidentialClientApplication(
        CLIENT_ID, authority=AUTHORITY, client_credential=CLIENT_SECRET
    )


    def graph_get(path: str) -> dict:
        result = _app.acquire_token_for_client(scopes=SCOPES)
        if "access_token" not in result:
            raise RuntimeError(result.get("error_description"))
        resp = requests.get(
            f"https://graph.microsoft.com/v1.0{path}",
            headers={"Authorization": f"Bearer {result['access_token']}"},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()
    ''', azure_secret(), ENTRA_SRC, TID=uuid_s(), CID=uuid_s())

SV("json", "azure-client-secret", "sp-credentials.json", """
    {
      "appId": "@CID@",
      "displayName": "gh-actions-deployer",
      "password": "@S@",
      "tenant": "@TID@"
    }
    """, azure_secret(), "Azure CLI docs: az ad sp create-for-rbac output", CID=uuid_s(), TID=uuid_s())

SV("dotenv", "azure-client-secret", ".env.dev", """
    # azure-identity EnvironmentCredential picks these up
    AZURE_TENANT_ID=@TID@
    AZURE_CLIENT_ID=@CID@
    AZURE_CLIENT_SECRET=@S@
    AZURE_AUTHORITY_HOST=https://login.microsoftonline.com
    KEY_VAULT_URL=https://kv-idp-dev-weu.vault.azure.net/
    GRAPH_SCOPES=https://graph.microsoft.com/.default
    """, azure_secret(), "azure-identity docs: EnvironmentCredential variables", TID=uuid_s(), CID=uuid_s())

DV("dotenv", "placeholder", ".env.sample", """
    # Register an app in Entra ID (App registrations > New registration), then:
    AZURE_TENANT_ID=<tenant-id>
    AZURE_CLIENT_ID=<application-client-id>
    AZURE_CLIENT_SECRET=<client-secret-value>
    # Optional: certificate credential instead of a secret
    AZURE_CLIENT_CERTIFICATE_PATH=./certs/app.pem
    AZURE_CLIENT_CERTIFICATE_PASSWORD=
    """, "azure-identity samples: .env template")

SV("terraform", "azure-client-secret", "terraform/entra/provider.tf", """
    terraform {
      required_providers {
        azuread = {
          source  = "hashicorp/azuread"
          version = "~> 2.50"
        }
      }
    }

    provider "azuread" {
      tenant_id     = "@TID@"
      client_id     = "@CID@"
      client_secret = "@S@"
    }

    data "azuread_client_config" "current" {}
    """, azure_secret(), TF_SRC + ": hashicorp/azuread provider, client secret auth", TID=uuid_s(), CID=uuid_s())

DV("terraform", "resource-ref", "terraform/entra/app.tf", """
    resource "azuread_application" "intranet" {
      display_name     = "intranet-prod"
      sign_in_audience = "AzureADMyOrg"
      owners           = [data.azuread_client_config.current.object_id]

      web {
        redirect_uris = ["https://intranet.alderbank.com/auth/callback"]
        implicit_grant {
          id_token_issuance_enabled = false
        }
      }

      required_resource_access {
        resource_app_id = "00000003-0000-0000-c000-000000000000" # Microsoft Graph
        resource_access {
          id   = "e1fe6dd8-ba31-4d61-89e7-88639da4683d" # User.Read
          type = "Scope"
        }
      }
    }

    resource "azuread_application_password" "intranet" {
      application_id = azuread_application.intranet.id
      display_name   = "terraform-managed"
      end_date       = timeadd(timestamp(), "4320h")
    }

    resource "azurerm_key_vault_secret" "intranet_client_secret" {
      name         = "intranet-client-secret"
      value        = azuread_application_password.intranet.value
      key_vault_id = data.azurerm_key_vault.idp.id
    }

    output "intranet_client_id" {
      value = azuread_application.intranet.client_id
    }
    """, TF_SRC + ": azuread_application_password (value stored in Key Vault)")

SV("appsettings-json", "azure-client-secret", "api/appsettings.Production.json", """
    {
      "Logging": {
        "LogLevel": {
          "Default": "Information",
          "Microsoft.AspNetCore": "Warning"
        }
      },
      "AzureAd": {
        "Instance": "https://login.microsoftonline.com/",
        "Domain": "ravenmoor.onmicrosoft.com",
        "TenantId": "@TID@",
        "ClientId": "@CID@",
        "ClientSecret": "@S@",
        "CallbackPath": "/signin-oidc"
      },
      "DownstreamApi": {
        "BaseUrl": "https://graph.microsoft.com/v1.0",
        "Scopes": "User.Read"
      },
      "AllowedHosts": "*"
    }
    """, azure_legacy_secret(), "Microsoft.Identity.Web wiki: appsettings.json AzureAd section",
   TID=uuid_s(), CID=uuid_s())

DV("appsettings-json", "thumbprint", "api/appsettings.json", """
    {
      "AzureAd": {
        "Instance": "https://login.microsoftonline.com/",
        "TenantId": "@TID@",
        "ClientId": "@CID@",
        "ClientCertificates": [
          {
            "SourceType": "KeyVault",
            "KeyVaultUrl": "https://kv-ravenmoor-prod.vault.azure.net",
            "KeyVaultCertificateName": "api-signin"
          },
          {
            "SourceType": "StoreWithThumbprint",
            "CertificateStorePath": "CurrentUser/My",
            "CertificateThumbprint": "@TP@"
          }
        ],
        "CallbackPath": "/signin-oidc"
      }
    }
    """, "Microsoft.Identity.Web wiki: certificates (ClientCertificates)", TID=uuid_s(), CID=uuid_s(),
   TP=hexs(40).upper())

SV("django-settings", "azure-client-secret", "intranet/settings.py", '''
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent

    INSTALLED_APPS = [
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django_auth_adfs",
        "directory",
    ]

    AUTHENTICATION_BACKENDS = ("django_auth_adfs.backend.AdfsAuthCodeBackend",)

    AUTH_ADFS = {
        "AUDIENCE": "@CID@",
        "CLIENT_ID": "@CID@",
        "CLIENT_SECRET": "@S@",
        "CLAIM_MAPPING": {"first_name": "given_name", "last_name": "family_name", "email": "upn"},
        "GROUPS_CLAIM": "roles",
        "MIRROR_GROUPS": True,
        "USERNAME_CLAIM": "upn",
        "TENANT_ID": "@TID@",
        "RELYING_PARTY_ID": "@CID@",
    }

    LOGIN_URL = "django_auth_adfs:login"
    LOGIN_REDIRECT_URL = "/"
    ''', azure_legacy_secret(), "django-auth-adfs docs: Azure AD configuration", CID=uuid_s(), TID=uuid_s())

SV("python", "private-key", "graph/cert_auth.py", '''
    """Certificate credential for the mailbox-audit app (the secret was rotated out in 2023)."""
    import msal

    TENANT = "@TID@"
    CLIENT_ID = "@CID@"
    THUMBPRINT = "@TP@"

    PRIVATE_KEY = """@S@
    """

    app = msal.ConfidentialClientApplication(
        CLIENT_ID,
        authority=f"https://login.microsoftonline.com/{TENANT}",
        client_credential={"thumbprint": THUMBPRINT, "private_key": PRIVATE_KEY},
    )


    def token() -> str:
        return app.acquire_token_for_client(["https://graph.microsoft.com/.default"])["access_token"]
    ''', pem("", 26), "MSAL Python docs: ConfidentialClientApplication with a certificate",
   TID=uuid_s(), CID=uuid_s(), TP=hexs(40).upper())

D("pem", "certificate", "certs/entra-app-cert.pem", cert_pem(18) + "\n",
  "Entra ID docs: upload the public certificate (.cer/.pem) to the app registration")

SV("powershell", "azure-client-secret", "ops/Sync-EntraGroups.ps1", """
    <#
    .SYNOPSIS
      Adds members of the on-prem "VPN-Users" group to the Entra group used by the VPN app.
    #>
    Import-Module Microsoft.Graph.Groups
    Import-Module ActiveDirectory

    $TenantId = "@TID@"
    $AppId    = "@CID@"
    $Secret   = ConvertTo-SecureString "@S@" -AsPlainText -Force
    $Cred     = New-Object System.Management.Automation.PSCredential($AppId, $Secret)

    Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $Cred -NoWelcome

    $target = Get-MgGroup -Filter "displayName eq 'VPN Users (cloud)'"
    $current = Get-MgGroupMember -GroupId $target.Id -All | Select-Object -ExpandProperty Id

    foreach ($u in Get-ADGroupMember "VPN-Users" | Get-ADUser -Properties UserPrincipalName) {
        $mg = Get-MgUser -UserId $u.UserPrincipalName -ErrorAction SilentlyContinue
        if ($mg -and $current -notcontains $mg.Id) {
            New-MgGroupMember -GroupId $target.Id -DirectoryObjectId $mg.Id
            Write-Output "added $($u.UserPrincipalName)"
        }
    }
    """.replace("\n", "\r\n"), azure_secret(), "Microsoft Graph PowerShell docs: Connect-MgGraph -ClientSecretCredential",
   TID=uuid_s(), CID=uuid_s())

SV("k8s-secret", "azure-client-secret", "k8s/graph-sync/secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: graph-sync-credentials
      namespace: identity
      labels:
        app.kubernetes.io/name: graph-sync
    type: Opaque
    data:
      AZURE_TENANT_ID: @TID@
      AZURE_CLIENT_ID: @CID@
      AZURE_CLIENT_SECRET: @ENC@
    """, (_az_k8s := azure_secret()), "Kubernetes docs: Secret data is base64-encoded",
   TID=b64(uuid_s()), CID=b64(uuid_s()), ENC=b64(_az_k8s))

DV("k8s", "client-id", "k8s/graph-sync/serviceaccount.yaml", """
    apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: graph-sync
      namespace: identity
      annotations:
        azure.workload.identity/client-id: "@CID@"
        azure.workload.identity/tenant-id: "@TID@"
    ---
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: graph-sync
      namespace: identity
    spec:
      schedule: "*/30 * * * *"
      jobTemplate:
        spec:
          template:
            metadata:
              labels:
                azure.workload.identity/use: "true"
            spec:
              serviceAccountName: graph-sync
              restartPolicy: OnFailure
              containers:
                - name: sync
                  image: ghcr.io/alderbank/graph-sync:2.4.1
    """, "Azure Workload Identity docs: service account annotations (federated, no secret)",
   CID=uuid_s(), TID=uuid_s())

SV("streamlit-secrets-toml", "azure-client-secret", ".streamlit/secrets.toml", """
    # Streamlit app: Entra ID sign-in via msal
    [auth]
    redirect_uri = "https://access-review.fernhill.org/oauth2callback"
    cookie_name = "access_review"

    [auth.microsoft]
    client_id = "@CID@"
    client_secret = "@S@"
    server_metadata_url = "https://login.microsoftonline.com/@TID@/v2.0/.well-known/openid-configuration"

    [snowflake]
    account = "fernhill-eu1"
    authenticator = "externalbrowser"
    """, azure_secret(), "Streamlit docs: secrets.toml and st.login auth configuration", CID=uuid_s(), TID=uuid_s())

DV("python", "secret-manager-ref", "graph/secrets.py", '''
    """Client secret for Graph comes from Key Vault; nothing sensitive is stored here."""
    from functools import lru_cache

    from azure.identity import DefaultAzureCredential
    from azure.keyvault.secrets import SecretClient

    VAULT_URL = "https://kv-idp-prod-weu.vault.azure.net/"
    SECRET_NAME = "graph-client-secret"
    CLIENT_ID = "@CID@"


    @lru_cache(maxsize=1)
    def client_secret() -> str:
        client = SecretClient(vault_url=VAULT_URL, credential=DefaultAzureCredential())
        return client.get_secret(SECRET_NAME).value
    ''', "azure-keyvault-secrets docs: SecretClient.get_secret", CID=uuid_s())

SV("ini", "azure-client-secret", "config/azure.ini", """
    ; Settings for the licence-report job
    [entra]
    tenant_id = @TID@
    client_id = @CID@
    client_secret = @S@
    authority = https://login.microsoftonline.com

    [report]
    sku_filter = ENTERPRISEPACK,SPE_E5
    output_dir = /var/reports/licences
    mail_to = it-finance@ravenmoor.net
    """.replace("\n", "\r\n"), azure_secret(), "Python configparser docs; MSAL client credential flow",
   TID=uuid_s(), CID=uuid_s())

DV("json", "manifest", "entra/app-manifest.json", """
    {
      "id": "@OID@",
      "appId": "@CID@",
      "displayName": "hr-provisioner",
      "signInAudience": "AzureADMyOrg",
      "keyCredentials": [
        {
          "customKeyIdentifier": "@TP@",
          "displayName": "CN=hr-provisioner",
          "endDateTime": "2026-03-01T00:00:00Z",
          "keyId": "@KID@",
          "startDateTime": "2024-03-01T00:00:00Z",
          "type": "AsymmetricX509Cert",
          "usage": "Verify",
          "key": null
        }
      ],
      "passwordCredentials": [
        {
          "customKeyIdentifier": null,
          "displayName": "ci-2024",
          "endDateTime": "2025-06-30T00:00:00Z",
          "hint": "Xq7",
          "keyId": "@PKID@",
          "secretText": null,
          "startDateTime": "2024-06-30T00:00:00Z"
        }
      ],
      "requiredResourceAccess": [
        {
          "resourceAppId": "00000003-0000-0000-c000-000000000000",
          "resourceAccess": [{"id": "df021288-bdef-4463-88db-98f22de89214", "type": "Role"}]
        }
      ]
    }
    """, "Microsoft Graph application resource type: keyCredentials / passwordCredentials (values never returned)",
   OID=uuid_s(), CID=uuid_s(), TP=hexs(40).upper(), KID=uuid_s(), PKID=uuid_s())


# =============================================================================================
# Google OAuth
# =============================================================================================

_g_id = google_client_id()
_g_secret = google_secret()
S("google-client-secret-json", "google-oauth-secret", "client_secret.json", json.dumps({"web": {
    "client_id": _g_id, "project_id": "larkfield-intranet", "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs", "client_secret": _g_secret,
    "redirect_uris": ["https://intranet.larkfield.net/oauth2callback"],
    "javascript_origins": ["https://intranet.larkfield.net"]}}, indent=2) + "\n",
  _g_secret, GOOGLE_SRC + " (downloaded from the console, reformatted)")

_g_id2 = google_client_id()
SV("google-client-secret-json", "google-oauth-secret", f"credentials/client_secret_{_g_id2}.json", """
    {
      "installed": {
        "client_id": "@CID@",
        "project_id": "admin-reports-cli",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_secret": "@S@",
        "redirect_uris": ["http://localhost"]
      }
    }
    """, google_legacy_secret(), GOOGLE_SRC + " (installed app, pre-2021 secret shape)", CID=_g_id2)

DV("google-client-secret-json", "placeholder", "docs/examples/client_secret.json", """
    {
      "web": {
        "client_id": "YOUR_CLIENT_ID.apps.googleusercontent.com",
        "project_id": "your-project-id",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_secret": "YOUR_CLIENT_SECRET",
        "redirect_uris": ["http://localhost:8080/oauth2callback"]
      }
    }
    """, GOOGLE_SRC + " (documentation template)")

SV("django-settings", "google-oauth-secret", "config/settings/prod.py", '''
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = [".thistle-learning.com"]

    SOCIALACCOUNT_PROVIDERS = {
        "google": {
            "APPS": [
                {
                    "client_id": "@CID@",
                    "secret": "@S@",
                    "key": "",
                    "settings": {"scope": ["profile", "email"]},
                }
            ],
            "AUTH_PARAMS": {"access_type": "online", "hd": "thistle-learning.com"},
            "OAUTH_PKCE_ENABLED": True,
        }
    }
    SOCIALACCOUNT_ONLY = True
    ACCOUNT_EMAIL_VERIFICATION = "none"
    ''', google_secret(), "django-allauth docs: Google provider, APPS in settings", CID=google_client_id())

DV("django-settings", "env-ref", "config/settings/base.py", '''
    import environ

    env = environ.Env()
    environ.Env.read_env()

    SECRET_KEY = env("DJANGO_SECRET_KEY")

    SOCIALACCOUNT_PROVIDERS = {
        "google": {
            "APPS": [
                {
                    "client_id": env("GOOGLE_OAUTH_CLIENT_ID"),
                    "secret": env("GOOGLE_OAUTH_CLIENT_SECRET"),
                    "key": "",
                }
            ],
            "SCOPE": ["profile", "email"],
        },
        "microsoft": {
            "APPS": [
                {
                    "client_id": env("MS_CLIENT_ID"),
                    "secret": env("MS_CLIENT_SECRET"),
                    "settings": {"tenant": env("MS_TENANT_ID", default="organizations")},
                }
            ]
        },
    }
    ''', "django-allauth docs with django-environ")

SV("django-settings", "google-oauth-secret", "myproject/settings_local.py", '''
    # Local overrides for the staging box. Imported at the end of settings.py.
    DEBUG = False
    ALLOWED_HOSTS = ["staging.cedarloop.app"]

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "cedarloop",
            "HOST": "/var/run/postgresql",
        }
    }

    SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "@CID@"
    SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "@S@"
    SOCIAL_AUTH_GOOGLE_OAUTH2_WHITELISTED_DOMAINS = ["cedarloop.app"]
    ''', google_secret(), "python-social-auth docs: Google OAuth2 backend", CID=google_client_id())

_sa_key = pem("", 26)
SV("google-service-account-json", "private-key", "keys/directory-sync-sa.json", """
    {
      "type": "service_account",
      "project_id": "corp-directory-sync",
      "private_key_id": "@KID@",
      "private_key": "@KEY@\\n",
      "client_email": "directory-sync@corp-directory-sync.iam.gserviceaccount.com",
      "client_id": "@NUM@",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/directory-sync%40corp-directory-sync.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, pem_body_line(_sa_key), "Google Cloud docs: service account key file (domain-wide delegation for Admin SDK)",
   KID=hexs(40), KEY=_sa_key.replace("\n", "\\n"), NUM=str(_rng().randint(10**20, 10**21 - 1)))

DV("json", "public-jwks", "tests/fixtures/google_oauth2_v3_certs.json", """
    {
      "keys": [
        {
          "e": "AQAB",
          "kty": "RSA",
          "use": "sig",
          "alg": "RS256",
          "kid": "@K1@",
          "n": "@N1@"
        },
        {
          "alg": "RS256",
          "n": "@N2@",
          "kty": "RSA",
          "e": "AQAB",
          "kid": "@K2@",
          "use": "sig"
        }
      ]
    }
    """, "Google OAuth2 v3 certs endpoint (public signing keys)", K1=hexs(40), N1=b64url(256), K2=hexs(40), N2=b64url(256))

SV("oauth2-proxy-cfg", "google-oauth-secret", "oauth2-proxy/oauth2-proxy.cfg", """
    ## oauth2-proxy in front of the internal Jupyter and Airflow UIs
    http_address = "0.0.0.0:4180"
    reverse_proxy = true
    upstreams = ["http://127.0.0.1:8080/"]

    provider = "google"
    client_id = "@CID@"
    client_secret = "@S@"
    email_domains = ["larkfield.net"]
    google_group = ["data-team@larkfield.net"]
    google_admin_email = "admin@larkfield.net"
    google_service_account_json = "/etc/oauth2-proxy/sa.json"

    cookie_name = "_oauth2_proxy"
    cookie_secure = true
    cookie_domains = [".data.larkfield.net"]
    # cookie_secret is passed as OAUTH2_PROXY_COOKIE_SECRET by systemd (EnvironmentFile)
    """, google_secret(), PROXY_SRC + ": Google provider", CID=google_client_id())

_g_rt = google_refresh_token()
S("notebook", "google-refresh-token", "notebooks/admin_sdk_audit.ipynb", T("""
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": [
          "scopes: ['https://www.googleapis.com/auth/admin.directory.user.readonly']\\n",
          "refresh token: @RT@\\n"
         ]
        }
       ],
       "source": [
        "from google_auth_oauthlib.flow import InstalledAppFlow\\n",
        "flow = InstalledAppFlow.from_client_secrets_file('client_secret.json', SCOPES)\\n",
        "creds = flow.run_local_server(port=0)\\n",
        "print('scopes:', creds.scopes)\\n",
        "print('refresh token:', creds.refresh_token)"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": null,
       "metadata": {},
       "outputs": [],
       "source": [
        "service = build('admin', 'directory_v1', credentials=creds)"
       ]
      }
     ],
     "metadata": {
      "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
      "language_info": {"name": "python", "version": "3.11.6"}
     },
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, RT=_g_rt), _g_rt, "Jupyter nbformat; google-auth-oauthlib InstalledAppFlow")

DV("ansible", "ansible-vault", "ansible/group_vars/sso/vault.yml", """
    vault_google_oauth_client_secret: !vault |
              $ANSIBLE_VAULT;1.1;AES256
              @L1@
              @L2@
              @L3@
              @L4@
              @L5@
    vault_ldap_bind_password: !vault |
              $ANSIBLE_VAULT;1.1;AES256
              @L6@
              @L7@
              @L8@
              @L9@
              @L10@
    """, "Ansible docs: encrypting individual variables with ansible-vault encrypt_string",
   **{f"L{i}": hexs(80) for i in range(1, 11)})

SV("python", "google-oauth-secret", "dance_app.py", '''
    import os

    from flask import Flask, redirect, url_for
    from flask_dance.contrib.google import google, make_google_blueprint

    app = Flask(__name__)
    app.secret_key = os.environ["FLASK_SECRET_KEY"]
    app.config["GOOGLE_OAUTH_CLIENT_ID"] = "@CID@"
    app.config["GOOGLE_OAUTH_CLIENT_SECRET"] = "@S@"

    google_bp = make_google_blueprint(scope=["openid", "https://www.googleapis.com/auth/userinfo.email"])
    app.register_blueprint(google_bp, url_prefix="/login")


    @app.route("/")
    def index():
        if not google.authorized:
            return redirect(url_for("google.login"))
        resp = google.get("/oauth2/v2/userinfo")
        return f"Signed in as {resp.json()['email']}"
    ''', google_secret(), "Flask-Dance docs: Google quickstart (GOOGLE_OAUTH_CLIENT_SECRET config)",
   CID=google_client_id())


# =============================================================================================
# AWS Cognito
# =============================================================================================

SV("python", "cognito-client-secret", "auth/cognito.py", '''
    import base64
    import hashlib
    import hmac

    import boto3

    REGION = "eu-central-1"
    USER_POOL_ID = "eu-central-1_Qm3RtY8pX"
    CLIENT_ID = "@CID@"
    CLIENT_SECRET = "@S@"

    _idp = boto3.client("cognito-idp", region_name=REGION)


    def secret_hash(username: str) -> str:
        digest = hmac.new(CLIENT_SECRET.encode(), (username + CLIENT_ID).encode(), hashlib.sha256).digest()
        return base64.b64encode(digest).decode()


    def login(username: str, password: str) -> dict:
        resp = _idp.initiate_auth(
            ClientId=CLIENT_ID,
            AuthFlow="USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": username, "PASSWORD": password, "SECRET_HASH": secret_hash(username)},
        )
        return resp["AuthenticationResult"]
    ''', cognito_secret(), COGNITO_SRC, CID=cognito_client_id())

SV("serverless-yaml", "cognito-client-secret", "serverless.yml", """
    service: members-api
    frameworkVersion: "3"

    provider:
      name: aws
      runtime: python3.12
      region: us-west-2
      stage: ${opt:stage, 'dev'}
      environment:
        USER_POOL_ID: us-west-2_h7KpQ2wZs
        COGNITO_CLIENT_ID: @CID@
        COGNITO_CLIENT_SECRET: @S@
        TABLE_NAME: members-${self:provider.stage}

    functions:
      login:
        handler: handlers/auth.login
        events:
          - httpApi: "POST /login"
      refresh:
        handler: handlers/auth.refresh
        events:
          - httpApi: "POST /refresh"
    """, cognito_secret(), "Serverless Framework docs: provider.environment", CID=cognito_client_id())

DV("cloudformation", "resource-ref", "template.yaml", """
    AWSTemplateFormatVersion: "2010-09-09"
    Transform: AWS::Serverless-2016-10-31
    Description: Members API with a Cognito app client

    Resources:
      UserPool:
        Type: AWS::Cognito::UserPool
        Properties:
          UserPoolName: members
          UsernameAttributes: [email]
          AutoVerifiedAttributes: [email]

      UserPoolClient:
        Type: AWS::Cognito::UserPoolClient
        Properties:
          UserPoolId: !Ref UserPool
          GenerateSecret: true
          ExplicitAuthFlows: [ALLOW_USER_PASSWORD_AUTH, ALLOW_REFRESH_TOKEN_AUTH]

      ClientSecretParam:
        Type: AWS::SecretsManager::Secret
        Properties:
          Name: members/cognito-client-secret
          SecretString: !GetAtt UserPoolClient.ClientSecret

      LoginFunction:
        Type: AWS::Serverless::Function
        Properties:
          Runtime: python3.12
          Handler: app.login
          Environment:
            Variables:
              CLIENT_ID: !Ref UserPoolClient
              CLIENT_SECRET_ARN: !Ref ClientSecretParam
    """, "AWS CloudFormation docs: AWS::Cognito::UserPoolClient return values")

SV("tfvars", "cognito-client-secret", "envs/prod/terraform.tfvars", """
    environment          = "prod"
    aws_region           = "ap-southeast-2"
    user_pool_id         = "ap-southeast-2_Xy81bQwEr"
    alb_oidc_client_id   = "@CID@"
    alb_oidc_client_secret = "@S@"
    alb_certificate_arn  = "arn:aws:acm:ap-southeast-2:481276630114:certificate/@CERT@"
    allowed_cidrs        = ["10.40.0.0/16"]
    """, cognito_secret(), "Terraform docs: .tfvars; aws_lb_listener authenticate_cognito/oidc",
   CID=cognito_client_id(), CERT=uuid_s())

DV("javascript", "client-id", "src/aws-exports.js", """
    /* eslint-disable */
    // WARNING: DO NOT EDIT. This file is automatically generated by AWS Amplify. It will be overwritten.

    const awsmobile = {
        "aws_project_region": "us-west-2",
        "aws_cognito_identity_pool_id": "us-west-2:@IPID@",
        "aws_cognito_region": "us-west-2",
        "aws_user_pools_id": "us-west-2_h7KpQ2wZs",
        "aws_user_pools_web_client_id": "@CID@",
        "oauth": {
            "domain": "members-auth.auth.us-west-2.amazoncognito.com",
            "scope": ["email", "openid", "profile"],
            "redirectSignIn": "https://members.cedarloop.app/",
            "redirectSignOut": "https://members.cedarloop.app/",
            "responseType": "code"
        },
        "aws_cognito_username_attributes": ["EMAIL"],
        "aws_cognito_mfa_configuration": "OPTIONAL"
    };

    export default awsmobile;
    """, "AWS Amplify docs: aws-exports.js (public web client, no secret)", IPID=uuid_s(), CID=cognito_client_id())

SV("django-settings", "cognito-client-secret", "backend/settings/prod.py", '''
    from .common import *  # noqa

    COGNITO_AWS_REGION = "eu-west-1"
    COGNITO_USER_POOL = "eu-west-1_8aZrTq0Lm"
    COGNITO_AUDIENCE = "@CID@"
    COGNITO_APP_CLIENT_SECRET = "@S@"
    COGNITO_DOMAIN = "auth.heronworks.io"

    REST_FRAMEWORK = {
        "DEFAULT_AUTHENTICATION_CLASSES": [
            "django_cognito_jwt.JSONWebTokenAuthentication",
        ],
        "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    }
    ''', cognito_secret(), "django-cognito-jwt README: settings", CID=cognito_client_id())

DV("json", "public-jwks", "tests/data/cognito_jwks.json", """
    {
      "keys": [
        {
          "alg": "RS256",
          "e": "AQAB",
          "kid": "@K1@",
          "kty": "RSA",
          "n": "@N1@",
          "use": "sig"
        },
        {
          "alg": "RS256",
          "e": "AQAB",
          "kid": "@K2@",
          "kty": "RSA",
          "n": "@N2@",
          "use": "sig"
        }
      ]
    }
    """, "Amazon Cognito docs: user pool JWKS (/.well-known/jwks.json)",
   K1=b64(hexs(30))[:43] + "=", N1=b64url(256), K2=b64(hexs(30))[:43] + "=", N2=b64url(256))

SV("dotenv", "cognito-client-secret", "services/auth/.env", """
    AWS_REGION=us-east-1
    COGNITO_USER_POOL_ID=us-east-1_TbQ4xw9Lk
    COGNITO_CLIENT_ID=@CID@
    COGNITO_CLIENT_SECRET=@S@
    COGNITO_DOMAIN=https://auth.quarry-labs.io
    REDIRECT_URI=https://app.quarry-labs.io/auth/callback
    """, cognito_secret(), COGNITO_SRC, CID=cognito_client_id())

SV("python", "cognito-client-secret", "tests/integration/conftest.py", '''
    """Integration tests run against the real staging user pool (see docs/testing.md)."""
    import os

    import boto3
    import pytest

    STAGING_POOL = "us-east-1_TbQ4xw9Lk"
    STAGING_CLIENT_ID = "@CID@"
    STAGING_CLIENT_SECRET = "@S@"


    @pytest.fixture(scope="session")
    def cognito():
        return boto3.client("cognito-idp", region_name="us-east-1")


    @pytest.fixture(scope="session")
    def app_client():
        return {"id": STAGING_CLIENT_ID, "secret": STAGING_CLIENT_SECRET, "pool": STAGING_POOL}


    @pytest.fixture
    def test_user(cognito):
        email = f"it-{os.getpid()}@example.test"
        cognito.admin_create_user(UserPoolId=STAGING_POOL, Username=email, MessageAction="SUPPRESS")
        yield email
        cognito.admin_delete_user(UserPoolId=STAGING_POOL, Username=email)
    ''', cognito_secret(), "pytest docs: conftest fixtures; Cognito admin APIs", CID=cognito_client_id())

DV("python", "mock", "tests/unit/conftest.py", '''
    import boto3
    import pytest
    from moto import mock_aws


    @pytest.fixture
    def user_pool():
        """A moto user pool; moto generates its own client id and secret."""
        with mock_aws():
            idp = boto3.client("cognito-idp", region_name="us-east-1")
            pool = idp.create_user_pool(PoolName="test-pool")["UserPool"]
            client = idp.create_user_pool_client(
                UserPoolId=pool["Id"], ClientName="test-client", GenerateSecret=True
            )["UserPoolClient"]
            yield {
                "pool_id": pool["Id"],
                "client_id": client["ClientId"],
                "client_secret": client["ClientSecret"],
            }


    @pytest.fixture
    def settings(monkeypatch):
        monkeypatch.setenv("COGNITO_CLIENT_SECRET", "test-client-secret")
        monkeypatch.setenv("COGNITO_CLIENT_ID", "test-client-id")
    ''', "moto docs: mock_aws with cognito-idp")


# =============================================================================================
# SAML
# =============================================================================================

SV("saml-settings-json", "private-key", "saml/settings.json", """
    {
        "strict": true,
        "debug": false,
        "sp": {
            "entityId": "https://benefits.orchardline.com/saml/metadata/",
            "assertionConsumerService": {
                "url": "https://benefits.orchardline.com/saml/acs/",
                "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
            },
            "singleLogoutService": {
                "url": "https://benefits.orchardline.com/saml/sls/",
                "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
            },
            "NameIDFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
            "x509cert": "@SPCERT@",
            "privateKey": "@S@"
        },
        "idp": {
            "entityId": "http://www.okta.com/exk9q2bz1rT4sLm0x357",
            "singleSignOnService": {
                "url": "https://orchardline.okta.com/app/orchardline_benefits_1/exk9q2bz1rT4sLm0x357/sso/saml",
                "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
            },
            "x509cert": "@IDPCERT@"
        }
    }
    """, key_b64_oneline(25), SAML_SRC, SPCERT=cert_b64(14), IDPCERT=cert_b64(14))

DV("saml-settings-json", "no-secret", "saml/advanced_settings.json", """
    {
        "security": {
            "nameIdEncrypted": false,
            "authnRequestsSigned": true,
            "logoutRequestSigned": true,
            "logoutResponseSigned": true,
            "signMetadata": false,
            "wantMessagesSigned": false,
            "wantAssertionsSigned": true,
            "wantNameId": true,
            "wantNameIdEncrypted": false,
            "wantAssertionsEncrypted": false,
            "allowSingleLabelDomains": false,
            "signatureAlgorithm": "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "digestAlgorithm": "http://www.w3.org/2001/04/xmlenc#sha256",
            "rejectDeprecatedAlgorithm": true
        },
        "contactPerson": {
            "technical": {"givenName": "IAM team", "emailAddress": "iam@orchardline.com"},
            "support": {"givenName": "Service desk", "emailAddress": "help@orchardline.com"}
        },
        "organization": {
            "en-US": {"name": "orchardline", "displayname": "Orchardline Benefits", "url": "https://orchardline.com"}
        }
    }
    """, SAML_SRC + " (advanced_settings.json)")

DV("xml", "certificate", "saml/idp_metadata.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9q2bz1rT4sLm0x357">
      <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        <md:KeyDescriptor use="signing">
          <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
            <ds:X509Data>
              <ds:X509Certificate>@CERT@</ds:X509Certificate>
            </ds:X509Data>
          </ds:KeyInfo>
        </md:KeyDescriptor>
        <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified</md:NameIDFormat>
        <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
        <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://orchardline.okta.com/app/orchardline_benefits_1/exk9q2bz1rT4sLm0x357/sso/saml"/>
        <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://orchardline.okta.com/app/orchardline_benefits_1/exk9q2bz1rT4sLm0x357/sso/saml"/>
      </md:IDPSSODescriptor>
    </md:EntityDescriptor>
    """, "OASIS SAML 2.0 metadata; Okta IdP metadata download")

DV("python", "key-path", "saml2_config.py", '''
    """pysaml2 SP configuration for djangosaml2 (keys are provisioned by Ansible, not in git)."""
    from os import path

    import saml2
    from saml2.saml import NAMEID_FORMAT_EMAILADDRESS

    BASEDIR = path.dirname(path.abspath(__file__))
    KEYS = "/etc/pki/saml"

    SAML_CONFIG = {
        "xmlsec_binary": "/usr/bin/xmlsec1",
        "entityid": "https://wiki.ravenmoor.net/saml2/metadata/",
        "allow_unknown_attributes": True,
        "service": {
            "sp": {
                "name": "Ravenmoor Wiki",
                "name_id_format": NAMEID_FORMAT_EMAILADDRESS,
                "endpoints": {
                    "assertion_consumer_service": [
                        ("https://wiki.ravenmoor.net/saml2/acs/", saml2.BINDING_HTTP_POST),
                    ],
                },
                "want_assertions_signed": True,
                "authn_requests_signed": True,
            },
        },
        "metadata": {"remote": [{"url": "https://login.ravenmoor.net/idp/shibboleth"}]},
        "key_file": path.join(KEYS, "sp-signing.key"),
        "cert_file": path.join(KEYS, "sp-signing.crt"),
        "encryption_keypairs": [
            {"key_file": path.join(KEYS, "sp-enc.key"), "cert_file": path.join(KEYS, "sp-enc.crt")},
        ],
    }
    ''', "djangosaml2 docs: SAML_CONFIG (key_file / cert_file paths)")

_sp_key = pem("RSA ", 25)
S("pem", "private-key", "saml/certs/sp.key", _sp_key + "\n", _sp_key, "python3-saml README: SP certs folder (sp.key)")

SV("helm-values", "private-key", "deploy/helm/sso-gateway/values-prod.yaml", """
    image:
      repository: registry.orchardline.com/platform/sso-gateway
      tag: "3.2.0"

    saml:
      entityId: https://gateway.orchardline.com/saml/metadata
      idpMetadataUrl: https://orchardline.okta.com/app/exk1a2b3c4d5e6f7g8h9/sso/saml/metadata
      signRequests: true
      spCertificate: |
        @CERT@
      spPrivateKey: |
        @KEY@

    ingress:
      enabled: true
      host: gateway.orchardline.com
    """, (_helm_key := pem("", 25)), "Helm docs: multi-line values with YAML block scalars",
   CERT=indent(cert_pem(14), "    "), KEY=indent(_helm_key, "    "))

_tls_key = pem("RSA ", 25)
SV("k8s-secret", "private-key", "k8s/saml-sp-keys.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: saml-sp-keys
      namespace: benefits
    type: kubernetes.io/tls
    data:
      tls.crt: @CRT@
      tls.key: @KEY@
    """, _tls_key, "Kubernetes docs: TLS secrets (kubernetes.io/tls)",
   CRT=b64(cert_pem(14) + "\n"), KEY=b64(_tls_key + "\n"))

DV("k8s", "sealed", "k8s/saml-sp-keys.sealed.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: saml-sp-keys
      namespace: benefits
    spec:
      encryptedData:
        tls.crt: @E1@
        tls.key: @E2@
      template:
        metadata:
          name: saml-sp-keys
          namespace: benefits
        type: kubernetes.io/tls
    """, "Bitnami sealed-secrets README: SealedSecret manifest",
   E1="AgB" + draw(700, B64) + "==", E2="AgA" + draw(1100, B64) + "=")

DV("sops-yaml", "sops", "secrets/saml.enc.yaml", """
    saml:
        sp_private_key: ENC[AES256_GCM,data:@D1@,iv:@IV1@,tag:@TAG1@,type:str]
        sp_certificate: ENC[AES256_GCM,data:@D2@,iv:@IV2@,tag:@TAG2@,type:str]
    sops:
        kms: []
        gcp_kms: []
        azure_kv: []
        hc_vault: []
        age:
            - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                @AGE1@
                @AGE2@
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-08-02T10:14:51Z"
        mac: ENC[AES256_GCM,data:@MAC@,iv:@IV3@,tag:@TAG3@,type:str]
        pgp: []
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, "SOPS README: encrypted YAML with age recipients",
   D1=draw(900, B64), IV1=b64bytes(32), TAG1=b64bytes(16), D2=draw(600, B64), IV2=b64bytes(32), TAG2=b64bytes(16),
   AGE1=b64bytes(48), AGE2=b64bytes(30), MAC=draw(88, B64), IV3=b64bytes(32), TAG3=b64bytes(16))

DV("xml", "certificate", "static/saml/sp-metadata.xml", """
    <?xml version="1.0"?>
    <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" validUntil="2026-01-01T00:00:00Z" entityID="https://benefits.orchardline.com/saml/metadata/">
      <md:SPSSODescriptor AuthnRequestsSigned="true" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        <md:KeyDescriptor use="signing">
          <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
            <ds:X509Data>
              <ds:X509Certificate>@CERT@</ds:X509Certificate>
            </ds:X509Data>
          </ds:KeyInfo>
        </md:KeyDescriptor>
        <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://benefits.orchardline.com/saml/sls/"/>
        <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
        <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://benefits.orchardline.com/saml/acs/" index="1"/>
      </md:SPSSODescriptor>
    </md:EntityDescriptor>
    """, "python3-saml: OneLogin_Saml2_Settings.get_sp_metadata() output", CERT=cert_b64(14))

SV("shell", "private-key", "provision/shibboleth.sh", """
    #!/bin/bash
    # Provision the Shibboleth SP on the legacy reporting host.
    set -e

    install -d -m 0750 -o _shibd -g _shibd /etc/shibboleth/keys

    cat > /etc/shibboleth/keys/sp-key.pem <<'EOF'
    @KEY@
    EOF
    chmod 0400 /etc/shibboleth/keys/sp-key.pem

    cp files/sp-cert.pem /etc/shibboleth/keys/sp-cert.pem
    cp files/shibboleth2.xml /etc/shibboleth/shibboleth2.xml
    systemctl restart shibd apache2
    """, (_shib_key := pem("", 25)), "Shibboleth SP docs: key and certificate files",
   KEY=_shib_key)

SV("satosa-yaml", "state-encryption-key", "satosa/proxy_conf.yaml", """
    BASE: https://proxy.fernhill.org
    COOKIE_STATE_NAME: "SATOSA_STATE"
    CONTEXT_STATE_DELETE: yes
    STATE_ENCRYPTION_KEY: "@S@"
    cookies_samesite_compat:
      - ["SATOSA_STATE", "SATOSA_STATE_LEGACY"]

    INTERNAL_ATTRIBUTES: "internal_attributes.yaml"

    BACKEND_MODULES:
      - "plugins/saml2_backend.yaml"
      - "plugins/openid_backend.yaml"

    FRONTEND_MODULES:
      - "plugins/saml2_frontend.yaml"

    MICRO_SERVICES:
      - "plugins/microservices/static_attributes.yaml"

    LOGGING:
      version: 1
      handlers:
        stdout:
          class: logging.StreamHandler
          stream: "ext://sys.stdout"
      root:
        level: INFO
        handlers: [stdout]
    """, rand_pw(32), "SATOSA docs: proxy_conf.yaml (STATE_ENCRYPTION_KEY)")

DV("satosa-yaml", "env-ref", "satosa/plugins/saml2_backend.yaml", """
    module: satosa.backends.saml2.SAMLBackend
    name: Saml2
    config:
      idp_blacklist_file: /etc/satosa/blacklist.json
      disco_srv: https://service.seamlessaccess.org/ds/
      sp_config:
        key_file: !ENV SATOSA_SP_KEY_FILE
        cert_file: backend.crt
        encryption_keypairs:
          - {cert_file: backend.crt, key_file: !ENVFILE SATOSA_SP_KEY_PATH_FILE}
        metadata:
          mdq:
            - url: https://mdq.fernhill.org
        entityid: <base_url>/<name>/proxy_saml2_backend.xml
        service:
          sp:
            want_response_signed: true
            authn_requests_signed: true
            endpoints:
              assertion_consumer_service:
                - [<base_url>/<name>/acs/post, "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"]
    """, "SATOSA docs: SAML2 backend, !ENV / !ENVFILE tags")


# =============================================================================================
# JWT signing secrets and JWKS
# =============================================================================================

SV("python", "jwt-secret", "api/tokens.py", '''
    from datetime import datetime, timedelta, timezone

    import jwt

    JWT_SECRET = "@S@"
    JWT_ALGORITHM = "HS256"
    ACCESS_TTL = timedelta(minutes=15)


    def issue(user_id: int, roles: list[str]) -> str:
        now = datetime.now(timezone.utc)
        payload = {"sub": str(user_id), "roles": roles, "iat": now, "exp": now + ACCESS_TTL, "iss": "ledger-api"}
        return jwt.encode(payload, JWT_SECRET, algorithm=JWT_ALGORITHM)


    def verify(token: str) -> dict:
        return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALGORITHM], issuer="ledger-api")
    ''', b64url(32), "PyJWT docs: encoding and decoding with HS256")

SV("python", "jwt-secret", "app/core/config.py", '''
    from pydantic_settings import BaseSettings, SettingsConfigDict


    class Settings(BaseSettings):
        model_config = SettingsConfigDict(env_file=".env", extra="ignore")

        PROJECT_NAME: str = "identity-hub"
        API_V1_STR: str = "/api/v1"
        # openssl rand -hex 32
        SECRET_KEY: str = "@S@"
        ALGORITHM: str = "HS256"
        ACCESS_TOKEN_EXPIRE_MINUTES: int = 60 * 24 * 8
        BACKEND_CORS_ORIGINS: list[str] = ["https://hub.thistle-learning.com"]
        POSTGRES_SERVER: str = "db"
        POSTGRES_USER: str = "identity"


    settings = Settings()
    ''', hexs(64), "FastAPI docs: OAuth2 with Password (and hashing), Bearer with JWT tokens")

DV("python", "env-ref", "app/security.py", '''
    import os
    from datetime import datetime, timedelta, timezone

    from jose import jwt
    from passlib.context import CryptContext

    # to get a string like this run: openssl rand -hex 32
    SECRET_KEY = os.environ["JWT_SECRET_KEY"]
    ALGORITHM = "HS256"
    ACCESS_TOKEN_EXPIRE_MINUTES = 30

    pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")


    def create_access_token(data: dict, expires_delta: timedelta | None = None) -> str:
        to_encode = data.copy()
        expire = datetime.now(timezone.utc) + (expires_delta or timedelta(minutes=15))
        to_encode.update({"exp": expire})
        return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)
    ''', "FastAPI docs: JWT tokens (secret from the environment)")

_jwk_priv = rsa_jwk_private(b64url(24))
S("jwks-json", "jwk-private", "keys/jwks-private.json",
  json.dumps({"keys": [_jwk_priv]}, indent=2) + "\n", _jwk_priv["d"], JWT_SRC + " (RSA private JWK)")

_jwks_pub = {"keys": [rsa_jwk_public(b64url(24)), rsa_jwk_public(b64url(24))]}
D("jwks-json", "public-jwks", "static/.well-known/jwks.json", json.dumps(_jwks_pub, indent=2) + "\n",
  JWT_SRC + " (public JWK Set served by the authorization server)")

_ec_d = b64url(32)
SV("python", "jwk-private", "signing/keys.py", '''
    """ES256 key used to sign webhook callbacks to partners. Partners fetch the public half from /jwks."""
    from jwcrypto import jwk

    SIGNING_KID = "@KID@"

    _PRIVATE_JWK = {
        "kty": "EC",
        "crv": "P-256",
        "kid": SIGNING_KID,
        "use": "sig",
        "alg": "ES256",
        "x": "@X@",
        "y": "@Y@",
        "d": "@S@",
    }

    signing_key = jwk.JWK(**_PRIVATE_JWK)


    def public_jwks() -> dict:
        return {"keys": [signing_key.export_public(as_dict=True)]}
    ''', _ec_d, JWT_SRC + " (EC P-256 private JWK; jwcrypto)", KID=uuid_s(), X=b64url(32), Y=b64url(32))

_ec_pem = pem("EC ", 3)
S("pem", "private-key", "jwt/es256-private.pem", _ec_pem + "\n", _ec_pem, "OpenSSL: openssl ecparam -genkey -name prime256v1")

D("pem", "public-key", "jwt/es256-public.pem", ec_pubkey_pem() + "\n" + ec_pubkey_pem() + "\n",
  "OpenSSL: openssl ec -pubout (current and previous verification keys, for rotation)")

SV("django-settings", "jwt-secret", "backend/settings/jwt.py", '''
    from datetime import timedelta

    SIMPLE_JWT = {
        "ACCESS_TOKEN_LIFETIME": timedelta(minutes=10),
        "REFRESH_TOKEN_LIFETIME": timedelta(days=7),
        "ROTATE_REFRESH_TOKENS": True,
        "BLACKLIST_AFTER_ROTATION": True,
        "ALGORITHM": "HS512",
        "SIGNING_KEY": "@S@",
        "AUDIENCE": "mobile-app",
        "ISSUER": "https://api.cinderfield.com",
        "AUTH_HEADER_TYPES": ("Bearer",),
        "USER_ID_FIELD": "uuid",
        "USER_ID_CLAIM": "sub",
    }
    ''', rand_pw(48), "djangorestframework-simplejwt docs: settings (SIGNING_KEY)")

DV("django-settings", "settings-ref", "api/settings/simplejwt.py", '''
    from datetime import timedelta
    from pathlib import Path

    from django.conf import settings

    KEY_DIR = Path("/run/secrets")

    SIMPLE_JWT = {
        "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),
        "ALGORITHM": "RS256",
        "SIGNING_KEY": (KEY_DIR / "jwt-signing.pem").read_text() if (KEY_DIR / "jwt-signing.pem").exists() else settings.SECRET_KEY,
        "VERIFYING_KEY": (KEY_DIR / "jwt-verify.pub").read_text() if (KEY_DIR / "jwt-verify.pub").exists() else None,
        "JWK_URL": None,
        "LEEWAY": 10,
        "AUTH_HEADER_TYPES": ("Bearer",),
    }
    ''', "djangorestframework-simplejwt docs: RS256 signing keys read from files")

SV("python", "jwt-secret", "instance/config.py", '''
    # Instance config (loaded with app.config.from_pyfile). Deployed by hand to the VM.
    import datetime

    DEBUG = False
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://members@/members?host=/var/run/postgresql"
    JWT_SECRET_KEY = "@S@"
    JWT_ACCESS_TOKEN_EXPIRES = datetime.timedelta(hours=1)
    JWT_REFRESH_TOKEN_EXPIRES = datetime.timedelta(days=30)
    JWT_TOKEN_LOCATION = ["headers", "cookies"]
    JWT_COOKIE_SECURE = True
    JWT_COOKIE_CSRF_PROTECT = True
    ''', passphrase("_"), "Flask-JWT-Extended docs: configuration options (JWT_SECRET_KEY)")

_trunc = b64url_json({"alg": "RS256", "typ": "JWT", "kid": "sig-2024-06"})
DV("python", "truncated-token", "auth/verify.py", '''
    """Access-token verification for the internal APIs.

    Tokens look like ``@HDR@.eyJpc3MiOi...<claims>...<signature>``;
    the header's ``kid`` selects the key from the issuer's JWKS (cached for ten minutes).
    """
    import jwt
    from jwt import PyJWKClient

    ISSUER = "https://id.coralbay.cloud/realms/staff"
    _jwks = PyJWKClient(f"{ISSUER}/protocol/openid-connect/certs", cache_keys=True, lifespan=600)


    def verify(token: str, audience: str) -> dict:
        key = _jwks.get_signing_key_from_jwt(token)
        return jwt.decode(token, key.key, algorithms=["RS256"], audience=audience, issuer=ISSUER)
    ''', "PyJWT docs: retrieving RSA signing keys from a JWKS endpoint", HDR=_trunc)

SV("dynaconf-toml", "jwt-secret", "config/settings.toml", """
    [default]
    app_name = "entitlements"
    jwt_algorithm = "HS256"
    jwt_issuer = "entitlements"
    token_ttl_seconds = 900

    [development]
    debug = true
    jwt_secret = "@DEV@"

    [production]
    debug = false
    jwt_secret = "@S@"
    allowed_hosts = ["entitlements.saltmarsh.io"]
    """, rand_pw(40), "Dynaconf docs: settings.toml environments", DEV="dev-only-not-a-secret")

DV("dynaconf-toml", "template", "conf/settings.toml", """
    [default]
    app_name = "access-review"
    jwt_algorithm = "RS256"
    jwt_private_key_path = "@format {env[KEY_DIR]}/access-review.pem"
    jwt_secret = "@format {env[ACCESS_REVIEW_JWT_SECRET]}"
    ldap_bind_password = "@get LDAP_BIND_PASSWORD"

    [production]
    debug = false
    # real values live in .secrets.toml (gitignored) or DYNACONF_* env vars
    """, "Dynaconf docs: @format and @get lazy values")

SV("python", "jwt-secret", "tools/mint_token.py", '''
    #!/usr/bin/env python3
    """Mint a long-lived service token for the reporting cron (HS512, shared with gateway)."""
    import argparse
    import time

    from jose import jwt

    p = argparse.ArgumentParser()
    p.add_argument("--sub", default="svc-reporting")
    p.add_argument("--days", type=int, default=90)
    args = p.parse_args()

    now = int(time.time())
    claims = {"sub": args.sub, "scope": "reports:read", "iat": now, "exp": now + args.days * 86400}
    print(jwt.encode(claims, "@S@", algorithm="HS512"))
    ''', words_pw() + words_pw(), "python-jose docs: jwt.encode")

DV("yaml", "thumbprint", "auth/jwk_config.yaml", """
    # Public key registrations for the partner token exchange.
    # kid = RFC 7638 JWK thumbprint (SHA-256, base64url); x5t#S256 = cert thumbprint
    partners:
      - name: tidewater
        issuer: https://auth.tidewater.systems
        jwks_uri: https://auth.tidewater.systems/.well-known/jwks.json
        kid: @K1@
        x5t#S256: @X1@
      - name: quarry-labs
        issuer: https://quarry-labs.okta.com/oauth2/default
        jwks_uri: https://quarry-labs.okta.com/oauth2/default/v1/keys
        kid: @K2@
        x5t#S256: @X2@
    clock_skew_seconds: 60
    """, "RFC 7638 JWK Thumbprint; RFC 8705 x5t#S256",
   K1=b64url(32), X1=b64url(32), K2=b64url(32), X2=b64url(32))

_cm_jwk = rsa_jwk_private(b64url(16))
SV("k8s", "jwk-private", "k8s/auth-server/configmap.yaml", """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: auth-server-config
      namespace: auth
    data:
      ISSUER: https://auth.heronworks.io
      TOKEN_TTL: "900"
      jwks.json: |
        @JWKS@
    """, _cm_jwk["d"], "Kubernetes docs: ConfigMap holding a file (block scalar)",
   JWKS=indent(json.dumps({"keys": [_cm_jwk]}, indent=2), "    "))


# =============================================================================================
# LDAP / Active Directory / FreeIPA
# =============================================================================================

SV("python", "ldap-password", "scripts/ldap_export.py", '''
    #!/usr/bin/env python3
    """Export people and their groups from the OpenLDAP directory to CSV."""
    import csv
    import sys

    import ldap

    URI = "ldaps://ldap.cedarloop.app"
    BIND_DN = "cn=readonly,dc=cedarloop,dc=app"
    BASE = "ou=people,dc=cedarloop,dc=app"

    conn = ldap.initialize(URI)
    conn.set_option(ldap.OPT_REFERRALS, 0)
    conn.simple_bind_s(BIND_DN, "@S@")

    writer = csv.writer(sys.stdout)
    writer.writerow(["uid", "mail", "memberOf"])
    for dn, attrs in conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(objectClass=inetOrgPerson)", ["uid", "mail", "memberOf"]):
        uid = attrs.get("uid", [b""])[0].decode()
        mail = attrs.get("mail", [b""])[0].decode()
        groups = ";".join(g.decode().split(",")[0][3:] for g in attrs.get("memberOf", []))
        writer.writerow([uid, mail, groups])
    conn.unbind_s()
    ''', human_pw(), "python-ldap docs: LDAPObject.simple_bind_s")

SV("python", "ldap-password", "hr_sync/ad_client.py", '''
    from ldap3 import ALL, NTLM, SUBTREE, Connection, Server

    AD_SERVER = Server("dc02.corp.alderbank.com", use_ssl=True, get_info=ALL)
    AD_USER = "CORP\\\\svc-hrsync"
    AD_PASSWORD = "@S@"
    SEARCH_BASE = "OU=Employees,DC=corp,DC=alderbank,DC=com"


    def connect() -> Connection:
        return Connection(AD_SERVER, user=AD_USER, password=AD_PASSWORD, authentication=NTLM, auto_bind=True)


    def disabled_accounts() -> list[str]:
        conn = connect()
        conn.search(
            SEARCH_BASE,
            "(&(objectCategory=person)(userAccountControl:1.2.840.113556.1.4.803:=2))",
            SUBTREE,
            attributes=["sAMAccountName"],
        )
        return [str(e.sAMAccountName) for e in conn.entries]
    ''', words_pw(), "ldap3 docs: Connection with NTLM authentication")

SV("sssd-conf", "ldap-password", "etc/sssd/sssd.conf", """
    [sssd]
    config_file_version = 2
    services = nss, pam, ssh, sudo
    domains = corp.ravenmoor.net

    [nss]
    homedir_substring = /home

    [domain/corp.ravenmoor.net]
    id_provider = ldap
    auth_provider = ldap
    chpass_provider = ldap
    ldap_uri = ldaps://ldap1.corp.ravenmoor.net, ldaps://ldap2.corp.ravenmoor.net
    ldap_search_base = dc=corp,dc=ravenmoor,dc=net
    ldap_default_bind_dn = uid=sssd-bind,ou=system,dc=corp,dc=ravenmoor,dc=net
    ldap_default_authtok_type = password
    ldap_default_authtok = @S@
    ldap_tls_reqcert = demand
    ldap_tls_cacert = /etc/pki/tls/certs/corp-ca.pem
    cache_credentials = true
    enumerate = false
    access_provider = ldap
    ldap_access_filter = memberOf=cn=linux-users,ou=groups,dc=corp,dc=ravenmoor,dc=net
    """, rand_pw(22), "sssd-ldap(5) man page: ldap_default_authtok")

DV("sssd-conf", "key-path", "roles/sssd/files/sssd.conf", """
    [sssd]
    services = nss, pam
    domains = CORP.ALDERBANK.COM

    [domain/CORP.ALDERBANK.COM]
    id_provider = ldap
    auth_provider = krb5
    ldap_uri = ldap://dc01.corp.alderbank.com
    ldap_search_base = dc=corp,dc=alderbank,dc=com
    ldap_schema = ad
    ldap_sasl_mech = GSSAPI
    ldap_sasl_authid = host/linux-jump01.corp.alderbank.com@CORP.ALDERBANK.COM
    ldap_krb5_keytab = /etc/krb5.keytab
    krb5_realm = CORP.ALDERBANK.COM
    krb5_server = dc01.corp.alderbank.com
    ldap_id_mapping = true
    use_fully_qualified_names = false
    fallback_homedir = /home/%u
    """, "sssd-ldap(5): SASL/GSSAPI bind with a host keytab (no password)")

SV("django-settings", "ldap-password", "intranet/settings/ldap.py", '''
    import ldap
    from django_auth_ldap.config import GroupOfNamesType, LDAPSearch

    AUTH_LDAP_SERVER_URI = "ldaps://ipa.corp.fernhill.org"
    AUTH_LDAP_BIND_DN = "uid=django-intranet,cn=sysaccounts,cn=etc,dc=corp,dc=fernhill,dc=org"
    AUTH_LDAP_BIND_PASSWORD = "@S@"
    AUTH_LDAP_USER_SEARCH = LDAPSearch(
        "cn=users,cn=accounts,dc=corp,dc=fernhill,dc=org", ldap.SCOPE_SUBTREE, "(uid=%(user)s)"
    )
    AUTH_LDAP_GROUP_SEARCH = LDAPSearch(
        "cn=groups,cn=accounts,dc=corp,dc=fernhill,dc=org", ldap.SCOPE_SUBTREE, "(objectClass=groupOfNames)"
    )
    AUTH_LDAP_GROUP_TYPE = GroupOfNamesType()
    AUTH_LDAP_REQUIRE_GROUP = "cn=intranet-users,cn=groups,cn=accounts,dc=corp,dc=fernhill,dc=org"
    AUTH_LDAP_USER_ATTR_MAP = {"first_name": "givenName", "last_name": "sn", "email": "mail"}
    AUTH_LDAP_USER_FLAGS_BY_GROUP = {
        "is_staff": "cn=intranet-admins,cn=groups,cn=accounts,dc=corp,dc=fernhill,dc=org",
    }
    AUTH_LDAP_CACHE_TIMEOUT = 3600
    ''', human_pw(), "django-auth-ldap docs: example configuration")

DV("django-settings", "env-ref", "wiki/settings/auth.py", '''
    import os

    import ldap
    from django_auth_ldap.config import LDAPSearch

    AUTH_LDAP_SERVER_URI = os.environ.get("LDAP_URI", "ldaps://ipa.corp.fernhill.org")
    AUTH_LDAP_BIND_DN = os.environ.get("LDAP_BIND_DN", "")
    AUTH_LDAP_BIND_PASSWORD = os.environ.get("LDAP_BIND_PASSWORD", "")
    AUTH_LDAP_USER_SEARCH = LDAPSearch(
        "cn=users,cn=accounts,dc=corp,dc=fernhill,dc=org", ldap.SCOPE_SUBTREE, "(uid=%(user)s)"
    )
    AUTH_LDAP_START_TLS = False
    AUTH_LDAP_CONNECTION_OPTIONS = {ldap.OPT_X_TLS_REQUIRE_CERT: ldap.OPT_X_TLS_DEMAND}
    ''', "django-auth-ldap docs (bind credentials from the environment)")

SV("ldif", "ldap-password", "ldap/bootstrap/50-service-accounts.ldif", """
    # Service accounts used by applications to bind to the directory.
    dn: ou=services,dc=heronworks,dc=io
    objectClass: organizationalUnit
    ou: services

    dn: cn=gitlab-bind,ou=services,dc=heronworks,dc=io
    objectClass: simpleSecurityObject
    objectClass: organizationalRole
    cn: gitlab-bind
    description: GitLab LDAP sign-in
    userPassword: @S@

    dn: cn=nextcloud-bind,ou=services,dc=heronworks,dc=io
    objectClass: simpleSecurityObject
    objectClass: organizationalRole
    cn: nextcloud-bind
    description: Nextcloud user backend (password set by ops, see vault kv ldap/nextcloud)
    """, rand_pw(18), "RFC 2849 LDIF; OpenLDAP Admin Guide")

DV("ldif", "ssha", "ldap/bootstrap/60-users.ldif", """
    dn: uid=mpereira,ou=people,dc=heronworks,dc=io
    objectClass: inetOrgPerson
    objectClass: posixAccount
    uid: mpereira
    cn: Marta Pereira
    sn: Pereira
    mail: marta.pereira@heronworks.io
    uidNumber: 10041
    gidNumber: 10000
    homeDirectory: /home/mpereira
    loginShell: /bin/bash
    userPassword: @H1@

    dn: uid=jokafor,ou=people,dc=heronworks,dc=io
    objectClass: inetOrgPerson
    objectClass: posixAccount
    uid: jokafor
    cn: James Okafor
    sn: Okafor
    mail: james.okafor@heronworks.io
    uidNumber: 10042
    gidNumber: 10000
    homeDirectory: /home/jokafor
    userPassword: @H2@
    """, "OpenLDAP slappasswd(8): {SSHA} userPassword values", H1=ssha_hash(), H2=ssha_hash())

SV("makefile", "ldap-password", "Makefile", """
    LDAP_URI ?= ldap://localhost:1389
    BASE_DN  := dc=quillstone,dc=net
    ADMIN_DN := cn=admin,$(BASE_DN)

    .PHONY: up seed dump test

    up:
    \tdocker compose -f ldap/docker-compose.yml up -d

    seed:
    \tldapadd -x -H $(LDAP_URI) -D "$(ADMIN_DN)" -w '@S@' -f ldap/seed.ldif

    dump:
    \tldapsearch -x -H $(LDAP_URI) -D "$(ADMIN_DN)" -w '@S@' -b "$(BASE_DN)" "(objectClass=*)" > ldap/dump.ldif

    test:
    \tpytest -q tests/ldap
    """, words_pw(), "OpenLDAP ldapsearch(1)/ldapadd(1): -D/-w simple bind")

SV("shell", "ipa-admin-password", "provision/ipa-enroll.sh", r"""
    #!/usr/bin/env bash
    # Enroll a fresh VM into FreeIPA. Called from cloud-init runcmd.
    set -euo pipefail

    HOSTNAME_FQDN=$(hostname -f)

    dnf install -y ipa-client

    ipa-client-install --unattended \
      --domain=corp.tidewater.systems \
      --realm=CORP.TIDEWATER.SYSTEMS \
      --server=ipa01.corp.tidewater.systems \
      --hostname="${HOSTNAME_FQDN}" \
      --principal=admin \
      --password='@S@' \
      --mkhomedir --enable-dns-updates

    authselect select sssd with-mkhomedir --force
    systemctl enable --now oddjobd
    """, words_pw(), "FreeIPA docs: installing an IPA client (ipa-client-install --principal/--password)")

DV("shell", "env-ref", "provision/enroll-host.sh", r"""
    #!/usr/bin/env bash
    # One-time password enrollment: the host entry is pre-created with
    #   ipa host-add $FQDN --random
    # and the OTP is handed to cloud-init as IPA_OTP.
    set -euo pipefail

    : "${IPA_OTP:?IPA_OTP must be set}"

    ipa-client-install --unattended \
      --domain=corp.tidewater.systems \
      --server=ipa01.corp.tidewater.systems \
      --password="${IPA_OTP}" \
      --mkhomedir

    unset IPA_OTP
    """, "FreeIPA docs: client enrollment with a one-time password")

SV("ansible", "ipa-admin-password", "ansible/inventories/prod/group_vars/ipaserver.yml", """
    ---
    ipaserver_domain: corp.tidewater.systems
    ipaserver_realm: CORP.TIDEWATER.SYSTEMS
    ipaserver_setup_dns: true
    ipaserver_auto_forwarders: true
    ipaserver_no_host_dns: false
    ipaadmin_password: "@S@"
    ipadm_password: "{{ vault_ipadm_password }}"
    ipaserver_firewalld_zone: internal
    ipareplica_setup_ca: true
    """, words_pw(), "freeipa/ansible-freeipa README: ipaserver role variables")

DV("ansible", "template", "ansible/inventories/stage/group_vars/ipaclients.yml", """
    ---
    ipaclient_domain: stage.tidewater.systems
    ipaclient_realm: STAGE.TIDEWATER.SYSTEMS
    ipaclient_servers:
      - ipa01.stage.tidewater.systems
    ipaadmin_principal: admin
    ipaadmin_password: "{{ vault_ipaadmin_password }}"
    ipaclient_mkhomedir: true
    ipaclient_allow_repair: true
    ipasssd_enable_dns_updates: true
    """, "ansible-freeipa README: ipaclient role (password from Ansible Vault)")

SV("dex-yaml", "ldap-password", "dex/config.yaml", """
    issuer: https://dex.quarry-labs.io

    storage:
      type: kubernetes
      config:
        inCluster: true

    web:
      http: 0.0.0.0:5556

    connectors:
      - type: ldap
        id: ldap
        name: Corporate LDAP
        config:
          host: ldap.quarry-labs.io:636
          rootCA: /etc/dex/ldap-ca.pem
          bindDN: cn=dex,ou=services,dc=quarry-labs,dc=io
          bindPW: "@S@"
          usernamePrompt: Username
          userSearch:
            baseDN: ou=people,dc=quarry-labs,dc=io
            filter: "(objectClass=person)"
            username: uid
            idAttr: uid
            emailAttr: mail
            nameAttr: cn
          groupSearch:
            baseDN: ou=groups,dc=quarry-labs,dc=io
            filter: "(objectClass=groupOfNames)"
            userMatchers:
              - userAttr: DN
                groupAttr: member
            nameAttr: cn

    staticClients:
      - id: argo-cd
        name: Argo CD
        redirectURIs: ["https://argocd.quarry-labs.io/auth/callback"]
        secretEnv: ARGOCD_DEX_CLIENT_SECRET
    """, rand_pw(26), DEX_SRC)

DV("dex-yaml", "env-ref", "deploy/dex/config-staging.yaml", """
    issuer: https://dex.staging.quarry-labs.io
    storage:
      type: sqlite3
      config:
        file: /var/dex/dex.db
    web:
      http: 0.0.0.0:5556
    connectors:
      - type: ldap
        id: ldap
        name: Staging LDAP
        config:
          host: ldap.staging.quarry-labs.io:636
          insecureNoSSL: false
          bindDN: cn=dex,ou=services,dc=quarry-labs,dc=io
          bindPW: $LDAP_BIND_PW
          userSearch:
            baseDN: ou=people,dc=quarry-labs,dc=io
            username: uid
            idAttr: uid
            emailAttr: mail
            nameAttr: cn
    staticClients:
      - id: grafana
        name: Grafana
        redirectURIs: ["https://grafana.staging.quarry-labs.io/login/generic_oauth"]
        secretEnv: GRAFANA_CLIENT_SECRET
    """, DEX_SRC + " (environment variable expansion, secretEnv)")

SV("docker-compose", "ldap-password", "ldap/docker-compose.yml", """
    version: "3.8"
    services:
      openldap:
        image: osixia/openldap:1.5.0
        hostname: ldap.quillstone.net
        environment:
          LDAP_ORGANISATION: "Quillstone"
          LDAP_DOMAIN: "quillstone.net"
          LDAP_ADMIN_PASSWORD: "@S@"
          LDAP_CONFIG_PASSWORD_FILE: /run/secrets/ldap_config_pw
          LDAP_TLS_VERIFY_CLIENT: "try"
        volumes:
          - ldap_data:/var/lib/ldap
          - ldap_config:/etc/ldap/slapd.d
        ports:
          - "389:389"
          - "636:636"

      phpldapadmin:
        image: osixia/phpldapadmin:0.9.0
        environment:
          PHPLDAPADMIN_LDAP_HOSTS: openldap
        depends_on: [openldap]

    volumes:
      ldap_data:
      ldap_config:
    """, words_pw(), "osixia/docker-openldap README: environment variables")

SV("python", "ldap-password", "tools/ad_audit.py", '''
    """Report stale computer and user accounts in Active Directory.

    Usage (from the admin jump host)::

        python tools/ad_audit.py --server dc01.corp.alderbank.com \\
            --user "CORP\\\\svc-audit" --password "@S@" --days 90

    Output is a CSV on stdout; pipe it into the weekly report.
    """
    import argparse
    import csv
    import sys
    from datetime import datetime, timedelta, timezone

    from ldap3 import NTLM, Connection, Server


    def main() -> None:
        ap = argparse.ArgumentParser()
        ap.add_argument("--server", required=True)
        ap.add_argument("--user", required=True)
        ap.add_argument("--password", required=True)
        ap.add_argument("--days", type=int, default=90)
        args = ap.parse_args()
        cutoff = datetime.now(timezone.utc) - timedelta(days=args.days)
        conn = Connection(Server(args.server, use_ssl=True), args.user, args.password, authentication=NTLM, auto_bind=True)
        conn.search("DC=corp,DC=alderbank,DC=com", "(objectClass=computer)", attributes=["name", "lastLogonTimestamp"])
        out = csv.writer(sys.stdout)
        for e in conn.entries:
            if e.lastLogonTimestamp.value and e.lastLogonTimestamp.value < cutoff:
                out.writerow([e.name, e.lastLogonTimestamp])


    if __name__ == "__main__":
        main()
    ''', words_pw(), "ldap3 docs; docstring usage example with a real service password")

SV("nslcd-conf", "ldap-password", "etc/nslcd.conf", """
    # /etc/nslcd.conf
    # nslcd configuration file. See nslcd.conf(5) for details.

    uid nslcd
    gid nslcd

    uri ldaps://ldap.cedarloop.app/
    base dc=cedarloop,dc=app

    binddn cn=nslcd,ou=services,dc=cedarloop,dc=app
    bindpw @S@

    base passwd ou=people,dc=cedarloop,dc=app
    base group ou=groups,dc=cedarloop,dc=app

    ssl on
    tls_reqcert demand
    tls_cacertfile /etc/ssl/certs/ca-certificates.crt
    """, human_pw(), "nslcd.conf(5) man page: binddn / bindpw")

SV("grafana-ldap-toml", "ldap-password", "grafana/ldap.toml", """
    [[servers]]
    host = "dc01.corp.alderbank.com"
    port = 636
    use_ssl = true
    start_tls = false
    ssl_skip_verify = false

    bind_dn = "CN=svc-grafana,OU=Service Accounts,DC=corp,DC=alderbank,DC=com"
    bind_password = '@S@'
    timeout = 10
    search_filter = "(sAMAccountName=%s)"
    search_base_dns = ["OU=Staff,DC=corp,DC=alderbank,DC=com"]

    [servers.attributes]
    name = "givenName"
    surname = "sn"
    username = "sAMAccountName"
    member_of = "memberOf"
    email = "mail"

    [[servers.group_mappings]]
    group_dn = "CN=grafana-admins,OU=Groups,DC=corp,DC=alderbank,DC=com"
    org_role = "Admin"
    grafana_admin = true
    """, words_pw(), "Grafana docs: configure LDAP authentication (ldap.toml)")

DV("grafana-ldap-toml", "env-ref", "monitoring/grafana/ldap-staging.toml", """
    [[servers]]
    host = "dc01.stage.alderbank.com"
    port = 636
    use_ssl = true
    bind_dn = "CN=svc-grafana,OU=Service Accounts,DC=stage,DC=alderbank,DC=com"
    # expanded by Grafana at start-up
    bind_password = "${LDAP_BIND_PASSWORD}"
    search_filter = "(sAMAccountName=%s)"
    search_base_dns = ["OU=Staff,DC=stage,DC=alderbank,DC=com"]

    [servers.attributes]
    username = "sAMAccountName"
    member_of = "memberOf"
    email = "mail"
    """, "Grafana docs: LDAP bind_password from an environment variable")

SV("python", "ldap-password", "jupyterhub/jupyterhub_config.py", '''
    # JupyterHub for the analytics team
    c = get_config()  # noqa: F821

    c.JupyterHub.bind_url = "http://:8000"
    c.JupyterHub.authenticator_class = "ldapauthenticator.LDAPAuthenticator"

    c.LDAPAuthenticator.server_address = "ldap.quarry-labs.io"
    c.LDAPAuthenticator.server_port = 636
    c.LDAPAuthenticator.use_ssl = True
    c.LDAPAuthenticator.lookup_dn = True
    c.LDAPAuthenticator.lookup_dn_search_filter = "({login_attr}={login})"
    c.LDAPAuthenticator.lookup_dn_search_user = "cn=jupyterhub,ou=services,dc=quarry-labs,dc=io"
    c.LDAPAuthenticator.lookup_dn_search_password = "@S@"
    c.LDAPAuthenticator.user_search_base = "ou=people,dc=quarry-labs,dc=io"
    c.LDAPAuthenticator.user_attribute = "uid"
    c.LDAPAuthenticator.allowed_groups = ["cn=analytics,ou=groups,dc=quarry-labs,dc=io"]

    c.Spawner.default_url = "/lab"
    c.Spawner.mem_limit = "8G"
    ''', rand_pw(16), "jupyterhub-ldapauthenticator README: lookup_dn_search_password")

SV("powershell", "ad-password", "scripts/Reset-KioskPasswords.ps1", """
    # Resets the shared kiosk accounts every Monday (scheduled task on MGMT01).
    Import-Module ActiveDirectory

    $svcUser = "CORP\\svc-kioskreset"
    $svcPass = ConvertTo-SecureString '@S@' -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential ($svcUser, $svcPass)

    $kiosks = Get-ADUser -Filter 'Name -like "kiosk-*"' -SearchBase "OU=Kiosks,DC=corp,DC=alderbank,DC=com" -Credential $cred

    foreach ($k in $kiosks) {
        $new = -join ((48..57) + (65..90) + (97..122) | Get-Random -Count 16 | ForEach-Object { [char]$_ })
        Set-ADAccountPassword -Identity $k -Reset -NewPassword (ConvertTo-SecureString $new -AsPlainText -Force) -Credential $cred
        Write-Output "$($k.SamAccountName) reset"
    }
    """.replace("\n", "\r\n"), words_pw(), "ActiveDirectory PowerShell module: Set-ADAccountPassword -Credential")

SV("python", "ldap-password", "superset/superset_config.py", '''
    from flask_appbuilder.security.manager import AUTH_LDAP

    SECRET_KEY = open("/run/secrets/superset_secret_key").read().strip()
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset@pg-analytics/superset"

    AUTH_TYPE = AUTH_LDAP
    AUTH_LDAP_SERVER = "ldaps://dc01.corp.alderbank.com:636"
    AUTH_LDAP_USE_TLS = False
    AUTH_LDAP_SEARCH = "OU=Staff,DC=corp,DC=alderbank,DC=com"
    AUTH_LDAP_UID_FIELD = "sAMAccountName"
    AUTH_LDAP_BIND_USER = "CN=svc-superset,OU=Service Accounts,DC=corp,DC=alderbank,DC=com"
    AUTH_LDAP_BIND_PASSWORD = "@S@"
    AUTH_LDAP_FIRSTNAME_FIELD = "givenName"
    AUTH_LDAP_LASTNAME_FIELD = "sn"
    AUTH_LDAP_EMAIL_FIELD = "mail"
    AUTH_USER_REGISTRATION = True
    AUTH_USER_REGISTRATION_ROLE = "Gamma"
    AUTH_ROLES_SYNC_AT_LOGIN = True
    ''', human_pw(), "Flask-AppBuilder docs: LDAP authentication (AUTH_LDAP_BIND_PASSWORD)")


# =============================================================================================
# SCIM provisioning
# =============================================================================================

SV("python", "scim-token", "scim/push_users.py", '''
    """Push HR joiners to the ticketing tool's SCIM 2.0 endpoint until Okta provisioning is live."""
    import requests

    SCIM_BASE = "https://helpdesk.cinderfield.com/scim/v2"
    SCIM_TOKEN = "@S@"

    HEADERS = {
        "Authorization": f"Bearer {SCIM_TOKEN}",
        "Content-Type": "application/scim+json",
    }


    def create_user(login: str, given: str, family: str, email: str) -> str:
        body = {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": login,
            "name": {"givenName": given, "familyName": family},
            "emails": [{"value": email, "type": "work", "primary": True}],
            "active": True,
        }
        resp = requests.post(f"{SCIM_BASE}/Users", json=body, headers=HEADERS, timeout=20)
        resp.raise_for_status()
        return resp.json()["id"]
    ''', mixed(48), SCIM_SRC)

SV("yaml", "github-token", "config/scim.yaml", """
    # GitHub Enterprise Managed Users - SCIM provisioning from the HR sync job
    github:
      enterprise: larkfield
      scim_base_url: https://api.github.com/scim/v2/enterprises/larkfield
      # PAT of the larkfield_admin setup user, scope: scim:enterprise
      token: @S@
      page_size: 100
    mapping:
      userName: "{login}_larkfield"
      displayName: "{given} {family}"
      emails: [work]
    dry_run: false
    """, fakes.github_token(_seed()), "GitHub docs: provisioning users for Enterprise Managed Users with SCIM")

SV("dotenv", "slack-token", ".env.scim", """
    # Slack SCIM API (Enterprise Grid) - user token of the provisioning admin, scope admin
    SLACK_SCIM_URL=https://api.slack.com/scim/v2/
    SLACK_SCIM_TOKEN=@S@
    SOURCE=workday
    DEACTIVATE_LEAVERS=true
    """, slack_user_token(), "Slack API docs: SCIM API (user token with admin scope)")

SV("terraform", "scim-token", "terraform/entra/provisioning.tf", """
    resource "azuread_service_principal" "helpdesk" {
      client_id = azuread_application_from_template.helpdesk.application_id
      use_existing = true
    }

    resource "azuread_synchronization_secret" "helpdesk" {
      service_principal_id = azuread_service_principal.helpdesk.id

      credential {
        key   = "BaseAddress"
        value = "https://helpdesk.cinderfield.com/scim/v2"
      }
      credential {
        key   = "SecretToken"
        value = "@S@"
      }
    }

    resource "azuread_synchronization_job" "helpdesk" {
      service_principal_id = azuread_service_principal.helpdesk.id
      template_id          = "scim"
      enabled              = true
    }
    """, mixed(64), TF_SRC + ": azuread_synchronization_secret")

SV("django-settings", "scim-token", "scim_server/settings.py", '''
    """Settings for the in-house SCIM 2.0 server that Okta provisions into."""
    import os

    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
    DEBUG = False
    ALLOWED_HOSTS = ["scim.saltmarsh.io"]

    INSTALLED_APPS = [
        "django.contrib.contenttypes",
        "django.contrib.auth",
        "django_scim",
        "directory",
    ]

    MIDDLEWARE = [
        "directory.middleware.StaticBearerTokenMiddleware",
        "django_scim.middleware.SCIMAuthCheckMiddleware",
    ]

    # Okta app "Saltmarsh Directory" > Provisioning > Integration > API Token
    SCIM_BEARER_TOKEN = "@S@"

    SCIM_SERVICE_PROVIDER = {
        "NETLOC": "scim.saltmarsh.io",
        "AUTHENTICATION_SCHEMES": [
            {"type": "oauthbearertoken", "name": "OAuth Bearer Token", "description": "Static bearer token"},
        ],
        "USER_ADAPTER": "directory.adapters.SCIMUser",
    }
    ''', b64url(32), "django-scim2 docs: SCIM_SERVICE_PROVIDER settings")

SV("markdown", "scim-token", "docs/runbooks/scim-resync.md", """
    # Runbook: force a SCIM re-sync for one user

    When Okta shows "Push profile failed" for a user, push them by hand:

    ```bash
    curl -s -X PATCH https://scim.saltmarsh.io/scim/v2/Users/$SCIM_ID \\
      -H 'Authorization: Bearer @S@' \\
      -H 'Content-Type: application/scim+json' \\
      -d '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
           "Operations":[{"op":"replace","path":"active","value":true}]}'
    ```

    Then retry the push in Okta: Applications > Saltmarsh Directory > Push Groups.

    Escalate to #iam-oncall if the PATCH returns 401 (token rotated).
    """, b64url(32), "RFC 7644 section 3.5.2 (PATCH); internal runbook in Markdown")

DV("json", "uuid", "tests/fixtures/scim_user.json", """
    {
      "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
      "id": "@ID@",
      "externalId": "@EXT@",
      "meta": {
        "resourceType": "User",
        "created": "2024-02-19T08:14:33.000Z",
        "lastModified": "2024-06-02T17:40:12.000Z",
        "version": "W/\\"@VER@\\"",
        "location": "https://scim.saltmarsh.io/scim/v2/Users/@ID@"
      },
      "userName": "lena.fischer@saltmarsh.io",
      "name": {"givenName": "Lena", "familyName": "Fischer", "formatted": "Lena Fischer"},
      "emails": [{"value": "lena.fischer@saltmarsh.io", "type": "work", "primary": true}],
      "active": true,
      "groups": [{"value": "@GID@", "display": "Engineering"}]
    }
    """, "RFC 7643 section 8.2 (full user representation)", ID=uuid_s(), EXT="00u" + mixed(17),
   VER=hexs(15), GID=uuid_s())

DV("json", "hashed", "fixtures/scim_tokens.json", """
    [
      {
        "model": "directory.apitoken",
        "pk": 1,
        "fields": {
          "name": "okta-provisioning",
          "prefix": "@P1@",
          "token_hash": "@H1@",
          "created": "2024-03-11T10:02:00Z",
          "expires": "2025-03-11T10:02:00Z",
          "scopes": "scim:users scim:groups"
        }
      },
      {
        "model": "directory.apitoken",
        "pk": 2,
        "fields": {
          "name": "entra-provisioning",
          "prefix": "@P2@",
          "token_hash": "@H2@",
          "created": "2024-05-02T09:30:00Z",
          "expires": "2025-05-02T09:30:00Z",
          "scopes": "scim:users"
        }
      }
    ]
    """, "Django fixtures (dumpdata): only SHA-256 digests of API tokens are stored",
   P1=draw(8, LOWER_ALNUM), H1=hexs(64), P2=draw(8, LOWER_ALNUM), H2=hexs(64))

DV("jinja", "template", "templates/scim-connector.json.j2", """
    {
      "name": "{{ app_name }}",
      "provisioning": {
        "baseUrl": "https://{{ scim_host }}/scim/v2",
        "authMode": "HEADER",
        "authorization": "Bearer {{ lookup('community.hashi_vault.vault_kv2_get', 'scim/' ~ app_name).secret.token }}",
        "uniqueIdentifierField": "userName",
        "supportedActions": ["CREATE", "UPDATE", "DEACTIVATE", "PUSH_GROUPS"]
      },
      "attributeMapping": {
        "userName": "user.login",
        "givenName": "user.firstName",
        "familyName": "user.lastName"
      }
    }
    """, "Ansible template (Jinja2) with a HashiCorp Vault lookup")


# =============================================================================================
# Vault AppRole
# =============================================================================================

SV("python", "vault-secret-id", "ci/vault_login.py", '''
    """Log the deploy job into Vault with AppRole and fetch the IdP secrets it needs."""
    import hvac

    VAULT_ADDR = "https://vault.coralbay.cloud:8200"
    ROLE_ID = "@RID@"
    SECRET_ID = "@S@"

    client = hvac.Client(url=VAULT_ADDR)
    client.auth.approle.login(role_id=ROLE_ID, secret_id=SECRET_ID)
    assert client.is_authenticated()

    oidc = client.secrets.kv.v2.read_secret_version(mount_point="apps", path="portal/oidc")["data"]["data"]
    print(f"export PORTAL_CLIENT_ID={oidc['client_id']}")
    ''', uuid_s(), VAULT_SRC + "; hvac docs: AppRole login", RID=uuid_s())

SV("shell", "vault-secret-id", "deploy/scripts/fetch-secrets.sh", r"""
    #!/usr/bin/env bash
    set -euo pipefail
    export VAULT_ADDR=https://vault.pinecrest.health:8200

    VAULT_TOKEN=$(vault write -field=token auth/approle/login \
      role_id=@RID@ \
      secret_id=@S@)
    export VAULT_TOKEN

    vault kv get -format=json kv/identity/keycloak > /tmp/keycloak.json
    jq -r '.data.data | to_entries[] | "\(.key)=\(.value)"' /tmp/keycloak.json > .env.runtime
    rm -f /tmp/keycloak.json
    """, uuid_s(), VAULT_SRC + " (vault write auth/approle/login)", RID=uuid_s())

DV("hcl", "key-path", "vault/agent.hcl", """
    pid_file = "/run/vault-agent/pidfile"

    vault {
      address = "https://vault.pinecrest.health:8200"
      ca_cert = "/etc/vault-agent/ca.pem"
    }

    auto_auth {
      method "approle" {
        mount_path = "auth/approle"
        config = {
          role_id_file_path                   = "/etc/vault-agent/role-id"
          secret_id_file_path                 = "/etc/vault-agent/secret-id"
          remove_secret_id_file_after_reading = true
        }
      }

      sink "file" {
        config = {
          path = "/run/vault-agent/token"
          mode = 0640
        }
      }
    }

    template {
      source      = "/etc/vault-agent/keycloak.env.ctmpl"
      destination = "/run/keycloak/keycloak.env"
    }
    """, VAULT_SRC + ": Vault Agent auto-auth with AppRole (file paths)")

SV("envrc", "vault-token", ".envrc", """
    # direnv: local tooling for the identity repo
    export VAULT_ADDR=https://vault.coralbay.cloud:8200
    export VAULT_NAMESPACE=identity
    export VAULT_TOKEN=@S@
    export TF_VAR_keycloak_url=https://id.coralbay.cloud
    layout python3
    """, vault_token(), "direnv docs: .envrc; Vault docs: token format (hvs.)")

DV("terraform", "resource-ref", "terraform/vault/approle.tf", """
    resource "vault_auth_backend" "approle" {
      type = "approle"
    }

    resource "vault_approle_auth_backend_role" "keycloak_deployer" {
      backend        = vault_auth_backend.approle.path
      role_name      = "keycloak-deployer"
      token_policies = ["keycloak-read"]
      token_ttl      = 1200
      secret_id_ttl  = 86400
      secret_id_num_uses = 5
    }

    resource "vault_approle_auth_backend_role_secret_id" "ci" {
      backend   = vault_auth_backend.approle.path
      role_name = vault_approle_auth_backend_role.keycloak_deployer.role_name
      wrapping_ttl = "10m"
    }

    output "keycloak_deployer_role_id" {
      value = vault_approle_auth_backend_role.keycloak_deployer.role_id
    }

    output "ci_secret_id_wrapping_token" {
      value     = vault_approle_auth_backend_role_secret_id.ci.wrapping_token
      sensitive = true
    }
    """, TF_SRC + ": vault_approle_auth_backend_role_secret_id")

SV("gitlab-ci", "vault-secret-id", ".gitlab-ci.yml", """
    stages: [plan, apply]

    variables:
      VAULT_ADDR: https://vault.quillstone.net:8200
      VAULT_ROLE_ID: @RID@
      VAULT_SECRET_ID: @S@
      TF_ROOT: terraform/okta

    .vault_login: &vault_login
      - export VAULT_TOKEN=$(vault write -field=token auth/approle/login role_id=$VAULT_ROLE_ID secret_id=$VAULT_SECRET_ID)
      - export OKTA_API_TOKEN=$(vault kv get -field=api_token kv/okta/terraform)

    plan:
      stage: plan
      image: hashicorp/terraform:1.8
      script:
        - *vault_login
        - terraform -chdir=$TF_ROOT init
        - terraform -chdir=$TF_ROOT plan -out=plan.tfplan
      artifacts:
        paths: [terraform/okta/plan.tfplan]
    """, uuid_s(), "GitLab CI/CD YAML syntax reference: variables", RID=uuid_s())

DV("python", "env-ref", "ci/unwrap.py", '''
    """Unwrap the response-wrapped secret_id handed to this job, then log in.

    The orchestrator passes only a single-use wrapping token (VAULT_WRAPPED_SECRET_ID);
    the secret_id itself never touches disk or the job definition.
    """
    import os

    import hvac

    client = hvac.Client(url=os.environ["VAULT_ADDR"])
    unwrapped = client.sys.unwrap(token=os.environ["VAULT_WRAPPED_SECRET_ID"])
    secret_id = unwrapped["data"]["secret_id"]
    client.auth.approle.login(role_id=os.environ["VAULT_ROLE_ID"], secret_id=secret_id)
    print("authenticated:", client.is_authenticated())
    ''', VAULT_SRC + ": response wrapping for secret_id delivery")

SV("ansible", "vault-token", "ansible/playbooks/deploy-idp.yml", """
    ---
    - name: Deploy Keycloak configuration
      hosts: keycloak
      become: true
      vars:
        vault_addr: https://vault.coralbay.cloud:8200
        kc_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/keycloak:db_password', url=vault_addr, token='@S@') }}"
      tasks:
        - name: Render keycloak.conf
          ansible.builtin.template:
            src: keycloak.conf.j2
            dest: /opt/keycloak/conf/keycloak.conf
            owner: keycloak
            mode: "0600"
          notify: restart keycloak

      handlers:
        - name: restart keycloak
          ansible.builtin.systemd:
            name: keycloak
            state: restarted
    """, vault_token(), "community.hashi_vault collection docs: hashi_vault lookup (token option)")

SV("shell", "ldap-password", "scripts/seed_vault.sh", """
    #!/bin/sh
    # Seed the identity KV paths in a fresh Vault (run once per environment).
    set -e
    export VAULT_ADDR=${VAULT_ADDR:-https://vault.coralbay.cloud:8200}

    vault secrets enable -path=kv -version=2 kv || true

    vault kv put kv/identity/ldap \\
        bind_dn="cn=keycloak,ou=services,dc=coralbay,dc=cloud" \\
        bind_password='@S@'

    vault kv put kv/identity/keycloak admin_user=kcadmin
    vault policy write keycloak-read policies/keycloak-read.hcl
    """, words_pw(), VAULT_SRC + " (vault kv put)")

DV("hcl", "no-secret", "vault/policies/idp-read.hcl", """
    # Read-only access to identity secrets for the Keycloak and Dex deployments.
    path "kv/data/identity/*" {
      capabilities = ["read"]
    }

    path "kv/metadata/identity/*" {
      capabilities = ["list"]
    }

    path "auth/token/renew-self" {
      capabilities = ["update"]
    }

    path "sys/leases/renew" {
      capabilities = ["update"]
    }
    """, "Vault docs: policies (HCL)")


# =============================================================================================
# oauth2-proxy, Authelia, authentik, Dex
# =============================================================================================

SV("oauth2-proxy-cfg", "cookie-secret", "deploy/oauth2-proxy/oauth2_proxy.cfg", """
    http_address = "127.0.0.1:4180"
    upstreams = [
        "http://127.0.0.1:3000/"
    ]
    provider = "keycloak-oidc"
    oidc_issuer_url = "https://sso.northwind-labs.com/realms/northwind"
    client_id = "grafana-proxy"
    client_secret_file = "/etc/oauth2-proxy/client-secret"
    allowed_groups = ["/ops"]
    code_challenge_method = "S256"

    email_domains = ["*"]
    cookie_name = "_nw_proxy"
    cookie_secret = "@S@"
    cookie_secure = true
    cookie_expire = "12h0m0s"
    cookie_refresh = "1h0m0s"
    skip_provider_button = true
    """, cookie_secret(), PROXY_SRC + ": cookie_secret (32 random bytes, URL-safe base64)")

SV("helm-values", "client-secret", "helm/oauth2-proxy/values.yaml", """
    config:
      clientID: "kibana"
      clientSecret: "@S@"
      # cookie secret comes from the shared Secret below (extraEnv), rotated monthly
      configFile: |-
        provider = "oidc"
        oidc_issuer_url = "https://id.pinecrest.health/realms/staff"
        email_domains = [ "pinecrest.health" ]
        upstreams = [ "http://kibana-kibana:5601" ]
        pass_access_token = true

    extraEnv:
      - name: OAUTH2_PROXY_COOKIE_SECRET
        valueFrom:
          secretKeyRef:
            name: oauth2-proxy-cookie
            key: cookie-secret

    ingress:
      enabled: true
      className: nginx
      hosts:
        - kibana.pinecrest.health
    """, kc_secret(), "oauth2-proxy Helm chart README: config.clientSecret")

DV("helm-values", "existing-secret", "helm/oauth2-proxy/values-dev.yaml", """
    config:
      existingSecret: oauth2-proxy-credentials   # keys: client-id, client-secret, cookie-secret
      configFile: |-
        provider = "oidc"
        oidc_issuer_url = "https://id.dev.pinecrest.health/realms/staff"
        email_domains = [ "*" ]
        upstreams = [ "http://kibana-kibana:5601" ]

    sessionStorage:
      type: redis
      redis:
        existingSecret: oauth2-proxy-redis
        passwordKey: redis-password

    ingress:
      enabled: true
      hosts:
        - kibana.dev.pinecrest.health
    """, "oauth2-proxy Helm chart README: config.existingSecret")

SV("k8s-secret", "cookie-secret", "manifests/oauth2-proxy-secret.yaml", """
    # client-id / client-secret come from ExternalSecret "oauth2-proxy-oidc"
    apiVersion: v1
    kind: Secret
    metadata:
      name: oauth2-proxy-cookie
      namespace: ingress
      annotations:
        reloader.stakater.com/match: "true"
    type: Opaque
    stringData:
      cookie-secret: "@S@"
    """, cookie_secret(), "Kubernetes docs: Secret stringData; oauth2-proxy cookie secret")

SV("docker-compose", "client-secret", "compose/sso.yml", """
    services:
      oauth2-proxy:
        image: quay.io/oauth2-proxy/oauth2-proxy:v7.6.0
        command:
          - --provider=azure
          - --azure-tenant=@TID@
          - --oidc-issuer-url=https://login.microsoftonline.com/@TID@/v2.0
          - --email-domain=*
          - --upstream=http://app:8000
          - --http-address=0.0.0.0:4180
        environment:
          OAUTH2_PROXY_CLIENT_ID: "@CID@"
          OAUTH2_PROXY_CLIENT_SECRET: "@S@"
          OAUTH2_PROXY_COOKIE_SECRET_FILE: /run/secrets/cookie_secret
        secrets: [cookie_secret]
        ports: ["4180:4180"]
      app:
        build: .
        expose: ["8000"]
    secrets:
      cookie_secret:
        file: ./secrets/cookie_secret
    """, azure_secret(), PROXY_SRC + ": environment variables, Azure provider", TID=uuid_s(), CID=uuid_s())

DV("htpasswd", "bcrypt", "oauth2-proxy/htpasswd", """
    # htpasswd -B -C 10 ./htpasswd <user>   (oauth2-proxy --htpasswd-file, break-glass logins)
    breakglass-ops:@H1@
    breakglass-sec:@H2@
    auditor:@H3@
    ci-smoke:@H4@
    """, PROXY_SRC + ": --htpasswd-file (bcrypt hashes)", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash(),
   H4=bcrypt_hash())

SV("authelia-yaml", "session-secret", "authelia/configuration.yml", """
    ---
    # Authelia 4.38. jwt/storage/ldap/smtp secrets are passed as AUTHELIA_*_FILE env vars.
    theme: auto
    server:
      address: 'tcp://:9091'
    log:
      level: info

    totp:
      issuer: cedarloop.app

    authentication_backend:
      ldap:
        implementation: custom
        address: ldaps://ldap.cedarloop.app
        base_dn: dc=cedarloop,dc=app
        user: cn=authelia,ou=services,dc=cedarloop,dc=app

    access_control:
      default_policy: deny
      rules:
        - domain: '*.cedarloop.app'
          policy: two_factor

    session:
      name: authelia_session
      secret: '@S@'
      expiration: 1h
      inactivity: 5m
      cookies:
        - domain: cedarloop.app
          authelia_url: https://auth.cedarloop.app
      redis:
        host: redis
        port: 6379

    storage:
      postgres:
        address: tcp://postgres:5432
        database: authelia
        username: authelia

    notifier:
      smtp:
        address: submission://smtp.cedarloop.app:587
        sender: "Authelia <auth@cedarloop.app>"
    """, mixed(64), AUTHELIA_SRC + ": session.secret")

SV("authelia-yaml", "ldap-password", "homelab/authelia/configuration.yml", """
    # yamllint disable rule:line-length
    # X_AUTHELIA_CONFIG_FILTERS=template is set in the container env
    server:
      address: tcp://0.0.0.0:9091/
    identity_validation:
      reset_password:
        jwt_secret: '{{ secret "/config/secrets/JWT_SECRET" }}'
    authentication_backend:
      ldap:
        implementation: lldap
        address: ldap://lldap:3890
        base_dn: dc=home,dc=kestrel-nest,dc=net
        user: uid=authelia,ou=people,dc=home,dc=kestrel-nest,dc=net
        password: '@S@'
    session:
      secret: '{{ secret "/config/secrets/SESSION_SECRET" }}'
      cookies:
        - domain: kestrel-nest.net
          authelia_url: https://auth.kestrel-nest.net
    storage:
      encryption_key: '{{ secret "/config/secrets/STORAGE_ENCRYPTION_KEY" }}'
      local:
        path: /config/db.sqlite3
    notifier:
      filesystem:
        filename: /config/notification.txt
    access_control:
      default_policy: one_factor
    """, human_pw(), AUTHELIA_SRC + ": LDAP backend; template filter with the secret function")

DV("authelia-yaml", "argon2", "authelia/users_database.yml", """
    ---
    # authelia crypto hash generate argon2 --password '...'
    users:
      mwalsh:
        disabled: false
        displayname: "Maeve Walsh"
        password: "@H1@"
        email: maeve@kestrel-nest.net
        groups:
          - admins
          - family
      tkowalski:
        disabled: false
        displayname: "Tomasz Kowalski"
        password: "@H2@"
        email: tomasz@kestrel-nest.net
        groups:
          - family
    """, AUTHELIA_SRC + ": file authentication backend (argon2id hashes)", H1=argon2_hash(), H2=argon2_hash())

def pbkdf2_authelia() -> str:
    return ("$pbkdf2-sha512$310000$" + b64bytes(16).rstrip("=").replace("+", ".") + "$"
            + b64bytes(64).rstrip("=").replace("+", "."))


DV("authelia-yaml", "pbkdf2", "authelia/config/oidc-clients.yml", """
    identity_providers:
      oidc:
        clients:
          - client_id: grafana
            client_name: Grafana
            # digest of the secret; the plaintext is only in Grafana's own Secret
            client_secret: '@H1@'
            public: false
            authorization_policy: two_factor
            redirect_uris:
              - https://grafana.cedarloop.app/login/generic_oauth
            scopes: [openid, profile, groups, email]
            userinfo_signed_response_alg: none
          - client_id: outline
            client_name: Outline wiki
            client_secret: '@H2@'
            authorization_policy: one_factor
            redirect_uris:
              - https://wiki.cedarloop.app/auth/oidc.callback
            scopes: [openid, offline_access, profile, email]
    """, AUTHELIA_SRC + ": OpenID Connect clients (client_secret as a PBKDF2 digest)",
   H1=pbkdf2_authelia(), H2=pbkdf2_authelia())

SV("authelia-yaml", "private-key", "authelia/config/oidc.yml", """
    identity_providers:
      oidc:
        hmac_secret: '{{ secret "/config/secrets/OIDC_HMAC_SECRET" }}'
        lifespans:
          access_token: 1h
          refresh_token: 90m
        jwks:
          - key_id: main-2024
            algorithm: RS256
            use: sig
            key: |
              @KEY@
        cors:
          endpoints: [authorization, token, revocation, introspection, userinfo]
          allowed_origins_from_client_redirect_uris: true
    """, (_authelia_key := pem("RSA ", 25)), AUTHELIA_SRC + ": identity_providers.oidc.jwks",
   KEY=indent(_authelia_key, "          "))

DV("docker-compose", "secret-file", "authelia/docker-compose.yml", """
    services:
      authelia:
        image: authelia/authelia:4.38
        container_name: authelia
        volumes:
          - ./config:/config
          - ./secrets:/secrets:ro
        environment:
          TZ: Europe/Dublin
          AUTHELIA_IDENTITY_VALIDATION_RESET_PASSWORD_JWT_SECRET_FILE: /secrets/JWT_SECRET
          AUTHELIA_SESSION_SECRET_FILE: /secrets/SESSION_SECRET
          AUTHELIA_STORAGE_ENCRYPTION_KEY_FILE: /secrets/STORAGE_ENCRYPTION_KEY
          AUTHELIA_STORAGE_POSTGRES_PASSWORD_FILE: /secrets/STORAGE_PASSWORD
          AUTHELIA_AUTHENTICATION_BACKEND_LDAP_PASSWORD_FILE: /secrets/LDAP_PASSWORD
        restart: unless-stopped
        expose: [9091]
    """, AUTHELIA_SRC + ": secrets via *_FILE environment variables")

SV("dotenv", "secret-key", "authentik/.env", """
    # authentik 2024.6 - generated on install, see docs.goauthentik.io/docs/install-config/install/docker-compose
    AUTHENTIK_SECRET_KEY=@S@
    AUTHENTIK_POSTGRESQL__PASSWORD=file:///run/secrets/pg_pass
    AUTHENTIK_ERROR_REPORTING__ENABLED=false
    AUTHENTIK_EMAIL__HOST=smtp.fernhill.org
    AUTHENTIK_EMAIL__PORT=587
    AUTHENTIK_EMAIL__USE_TLS=true
    AUTHENTIK_EMAIL__FROM=sso@fernhill.org
    COMPOSE_PORT_HTTP=80
    COMPOSE_PORT_HTTPS=443
    """, b64bytes(60), AUTHENTIK_SRC + " (AUTHENTIK_SECRET_KEY from openssl rand -base64 60)")

DV("shell", "generator", "authentik/setup-env.sh", """
    #!/bin/sh
    # Generates the secrets authentik needs into .env (never committed; .env is in .gitignore).
    set -eu
    [ -f .env ] && { echo ".env exists, refusing to overwrite"; exit 1; }
    echo "PG_PASS=$(openssl rand -base64 36 | tr -d '\\n')" >> .env
    echo "AUTHENTIK_SECRET_KEY=$(openssl rand -base64 60 | tr -d '\\n')" >> .env
    echo "AUTHENTIK_ERROR_REPORTING__ENABLED=true" >> .env
    chmod 600 .env
    echo "wrote .env"
    """, AUTHENTIK_SRC + " (generating PG_PASS and AUTHENTIK_SECRET_KEY)")

SV("authentik-blueprint", "client-secret", "authentik/blueprints/grafana-oidc.yaml", """
    # yaml-language-server: $schema=https://goauthentik.io/blueprints/schema.json
    version: 1
    metadata:
      name: Grafana OIDC
    entries:
      - model: authentik_providers_oauth2.oauth2provider
        id: grafana-provider
        identifiers:
          name: grafana
        attrs:
          authorization_flow: !Find [authentik_flows.flow, [slug, default-provider-authorization-implicit-consent]]
          invalidation_flow: !Find [authentik_flows.flow, [slug, default-provider-invalidation-flow]]
          client_type: confidential
          client_id: grafana
          client_secret: @S@
          redirect_uris:
            - matching_mode: strict
              url: https://grafana.fernhill.org/login/generic_oauth
          signing_key: !Find [authentik_crypto.certificatekeypair, [name, authentik Self-signed Certificate]]
      - model: authentik_core.application
        identifiers:
          slug: grafana
        attrs:
          name: Grafana
          provider: !KeyOf grafana-provider
          meta_launch_url: https://grafana.fernhill.org
    """, mixed(128), AUTHENTIK_SRC + ": blueprints, OAuth2 provider model")

DV("authentik-blueprint", "env-ref", "authentik/blueprints/wiki-oidc.yaml", """
    version: 1
    metadata:
      name: Wiki OIDC
    entries:
      - model: authentik_providers_oauth2.oauth2provider
        id: wiki-provider
        identifiers:
          name: wiki
        attrs:
          authorization_flow: !Find [authentik_flows.flow, [slug, default-provider-authorization-explicit-consent]]
          client_type: confidential
          client_id: !Env [WIKI_CLIENT_ID, wiki]
          client_secret: !Env WIKI_CLIENT_SECRET
          redirect_uris:
            - matching_mode: strict
              url: https://wiki.fernhill.org/auth/oidc.callback
      - model: authentik_core.application
        identifiers:
          slug: wiki
        attrs:
          name: Wiki
          provider: !KeyOf wiki-provider
    """, AUTHENTIK_SRC + ": blueprint !Env tag")

SV("dex-yaml", "client-secret", "dex/config-prod.yaml", """
    issuer: https://dex.heronworks.io

    storage:
      type: postgres
      config:
        host: dex-db.heronworks.internal
        database: dex
        user: dex
        password: $DEX_DB_PASSWORD
        ssl:
          mode: verify-full

    oauth2:
      skipApprovalScreen: true

    staticClients:
      - id: kubernetes
        name: Kubernetes (kubelogin)
        redirectURIs:
          - http://localhost:8000
          - http://localhost:18000
        secret: @S@

    connectors:
      - type: oidc
        id: entra
        name: Microsoft
        config:
          issuer: https://login.microsoftonline.com/@TID@/v2.0
          clientID: @CID@
          clientSecret: $ENTRA_CLIENT_SECRET
          redirectURI: https://dex.heronworks.io/callback
    """, mixed(32), DEX_SRC + ": staticClients", TID=uuid_s(), CID=uuid_s())

SV("dex-yaml", "github-oauth-secret", "deploy/dex/connectors.yaml", """
    # mounted into dex as /etc/dex/cfg/connectors.yaml and merged by our entrypoint
    connectors:
      - type: github
        id: github
        name: GitHub
        config:
          clientID: Ov23li@GHID@
          clientSecret: @S@
          redirectURI: https://dex.heronworks.io/callback
          orgs:
            - name: heronworks
              teams:
                - platform
                - sre
          loadAllGroups: false
          teamNameField: slug
          useLoginAsID: true
    """, github_oauth_secret(), DEX_SRC + ": GitHub connector", GHID=mixed(14))


# =============================================================================================
# Flask / Django application secrets and social login
# =============================================================================================

SV("python", "flask-secret-key", "app/__init__.py", '''
    from flask import Flask
    from flask_login import LoginManager
    from flask_sqlalchemy import SQLAlchemy

    db = SQLAlchemy()
    login_manager = LoginManager()
    login_manager.login_view = "auth.login"


    def create_app() -> Flask:
        app = Flask(__name__)
        app.secret_key = "@S@"
        app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///members.db"
        app.config["REMEMBER_COOKIE_DURATION"] = 60 * 60 * 24 * 14
        app.config["SESSION_COOKIE_SAMESITE"] = "Lax"

        db.init_app(app)
        login_manager.init_app(app)

        from .auth import bp as auth_bp
        from .main import bp as main_bp

        app.register_blueprint(auth_bp)
        app.register_blueprint(main_bp)
        return app
    ''', hexs(64), FLASK_SRC + " (secrets.token_hex())")

SV("python", "flask-secret-key", "config.py", '''
    import os

    basedir = os.path.abspath(os.path.dirname(__file__))


    class Config:
        SECRET_KEY = os.environ.get("SECRET_KEY") or "@S@"
        SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL") or "sqlite:///" + os.path.join(basedir, "app.db")
        SQLALCHEMY_TRACK_MODIFICATIONS = False
        REMEMBER_COOKIE_SECURE = True
        SESSION_PROTECTION = "strong"
        LDAP_HOST = "ldap.cedarloop.app"
        LDAP_BASE_DN = "dc=cedarloop,dc=app"
        ADMINS = ["iam@cedarloop.app"]
    ''', passphrase(), FLASK_SRC + " (a hard-coded fallback that is a real key)")

DV("python", "doc-example", "flaskr/__init__.py", '''
    import os

    from flask import Flask


    def create_app(test_config=None):
        app = Flask(__name__, instance_relative_config=True)
        app.config.from_mapping(
            # "dev" is only used locally; production loads SECRET_KEY from instance/config.py
            SECRET_KEY="dev",
            DATABASE=os.path.join(app.instance_path, "flaskr.sqlite"),
        )

        if test_config is None:
            app.config.from_pyfile("config.py", silent=True)
        else:
            app.config.from_mapping(test_config)

        os.makedirs(app.instance_path, exist_ok=True)

        from . import auth
        app.register_blueprint(auth.bp)
        return app
    ''', "Flask tutorial: application setup (SECRET_KEY='dev')")

SV("django-settings", "django-secret-key", "backend/core/settings.py", '''
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent

    SECRET_KEY = "@S@"

    DEBUG = False
    ALLOWED_HOSTS = ["idm.cinderfield.com"]

    INSTALLED_APPS = [
        "django.contrib.admin",
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.messages",
        "django.contrib.staticfiles",
        "allauth",
        "allauth.account",
        "allauth.socialaccount",
        "allauth.socialaccount.providers.openid_connect",
        "accessreq",
    ]

    AUTHENTICATION_BACKENDS = [
        "django.contrib.auth.backends.ModelBackend",
        "allauth.account.auth_backends.AuthenticationBackend",
    ]
    ''', django_key(), "Django docs: settings (SECRET_KEY)")

DV("django-settings", "generated", "project/settings/test.py", '''
    from django.core.management.utils import get_random_secret_key

    from .base import *  # noqa

    # a fresh key per test run; nothing signed in tests outlives the process
    SECRET_KEY = get_random_secret_key()
    DEBUG = False
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
    SOCIALACCOUNT_PROVIDERS = {
        "okta": {"APPS": [{"client_id": "test-client", "secret": "test-secret", "settings": {"base_url": "example.okta.com"}}]},
    }
    ''', "Django docs: get_random_secret_key; test settings")

SV("dotenv", "flask-secret-key", ".flaskenv", """
    FLASK_APP=portal:create_app
    FLASK_RUN_PORT=5050
    FLASK_SECRET_KEY=@S@
    FLASK_OIDC_ISSUER=https://sso.northwind-labs.com/realms/northwind
    FLASK_OIDC_CLIENT_ID=portal-ui
    """, b64url(24), "Flask docs: .flaskenv with python-dotenv")

SV("django-settings", "github-oauth-secret", "sso/settings_local.py", '''
    # Not in git... except it is. Overrides for the build server.
    from .settings import *  # noqa

    DEBUG = False
    SOCIAL_AUTH_GITHUB_ORG_NAME = "heronworks"
    SOCIAL_AUTH_GITHUB_ORG_KEY = "Ov23li@GHID@"
    SOCIAL_AUTH_GITHUB_ORG_SECRET = "@S@"
    SOCIAL_AUTH_GITHUB_ORG_SCOPE = ["read:org", "user:email"]
    ''', github_oauth_secret(), "python-social-auth docs: GitHub organization backend", GHID=mixed(14))

DV("django-settings", "env-ref", "sso/settings.py", '''
    import os

    INSTALLED_APPS = ["social_django"]
    AUTHENTICATION_BACKENDS = ("social_core.backends.github.GithubOrganizationOAuth2",)

    SOCIAL_AUTH_GITHUB_ORG_NAME = "heronworks"
    SOCIAL_AUTH_GITHUB_ORG_KEY = "Ov23li@GHID@"
    SOCIAL_AUTH_GITHUB_ORG_SECRET = os.environ.get("SOCIAL_AUTH_GITHUB_ORG_SECRET", "")
    SOCIAL_AUTH_PIPELINE = (
        "social_core.pipeline.social_auth.social_details",
        "social_core.pipeline.social_auth.social_uid",
        "social_core.pipeline.social_auth.auth_allowed",
        "social_core.pipeline.user.get_username",
        "social_core.pipeline.user.create_user",
        "social_core.pipeline.social_auth.associate_user",
    )
    ''', "python-social-auth docs (secret from the environment; client id alone)", GHID=mixed(14))

SV("django-fixture-json", "okta-client-secret", "fixtures/socialapps.json", """
    [
      {
        "model": "sites.site",
        "pk": 1,
        "fields": {"domain": "idm.cinderfield.com", "name": "IDM"}
      },
      {
        "model": "socialaccount.socialapp",
        "pk": 1,
        "fields": {
          "provider": "okta",
          "name": "Cinderfield Okta",
          "client_id": "@CID@",
          "secret": "@S@",
          "key": "",
          "settings": {"base_url": "cinderfield.okta.com"},
          "sites": [1]
        }
      }
    ]
    """, okta_secret(), "django-allauth docs: SocialApp (dumpdata fixture)", CID=okta_client_id())

DV("django-fixture-json", "placeholder", "fixtures/socialapps.dev.json", """
    [
      {
        "model": "socialaccount.socialapp",
        "pk": 1,
        "fields": {
          "provider": "openid_connect",
          "provider_id": "keycloak-dev",
          "name": "Keycloak (docker-compose)",
          "client_id": "idm-local",
          "secret": "",
          "key": "",
          "settings": {"server_url": "http://localhost:8081/realms/dev/.well-known/openid-configuration"},
          "sites": [1]
        }
      }
    ]
    """, "django-allauth docs: OpenID Connect provider (public local client, empty secret)")

SV("python", "totp-secret", "webapp/config/security.py", '''
    """Flask-Security settings (two-factor with TOTP)."""

    SECURITY_TWO_FACTOR = True
    SECURITY_TWO_FACTOR_REQUIRED = True
    SECURITY_TWO_FACTOR_ENABLED_METHODS = ["authenticator"]
    SECURITY_TOTP_ISSUER = "Alderbank Access"
    # Key used to encrypt users' TOTP seeds at rest (passlib TotpFactory secrets).
    SECURITY_TOTP_SECRETS = {"1": "@S@"}
    SECURITY_PASSWORD_HASH = "argon2"
    SECURITY_TRACKABLE = True
    SECURITY_CHANGEABLE = True
    SECURITY_RECOVERABLE = False
    ''', mixed(43), "Flask-Security docs: SECURITY_TOTP_SECRETS")

SV("python", "okta-client-secret", "airflow/webserver_config.py", '''
    from flask_appbuilder.security.manager import AUTH_OAUTH

    AUTH_TYPE = AUTH_OAUTH
    AUTH_USER_REGISTRATION = True
    AUTH_ROLES_SYNC_AT_LOGIN = True
    AUTH_USER_REGISTRATION_ROLE = "Viewer"
    AUTH_ROLES_MAPPING = {"airflow-admins": ["Admin"], "data-eng": ["Op"], "analysts": ["Viewer"]}

    OAUTH_PROVIDERS = [
        {
            "name": "okta",
            "icon": "fa-circle-o",
            "token_key": "access_token",
            "remote_app": {
                "client_id": "@CID@",
                "client_secret": "@S@",
                "api_base_url": "https://quarry-labs.okta.com/oauth2/v1/",
                "client_kwargs": {"scope": "openid profile email groups"},
                "server_metadata_url": "https://quarry-labs.okta.com/.well-known/openid-configuration",
                "access_token_url": "https://quarry-labs.okta.com/oauth2/v1/token",
                "authorize_url": "https://quarry-labs.okta.com/oauth2/v1/authorize",
            },
        }
    ]
    ''', okta_secret(), "Airflow docs: webserver_config.py with Flask-AppBuilder OAuth", CID=okta_client_id())

SV("ini", "client-secret", "grafana/grafana.ini", """
    [server]
    domain = grafana.saltmarsh.io
    root_url = https://grafana.saltmarsh.io/

    [auth]
    disable_login_form = true

    [auth.generic_oauth]
    enabled = true
    name = Keycloak
    allow_sign_up = true
    client_id = grafana
    client_secret = @S@
    scopes = openid email profile offline_access roles
    email_attribute_path = email
    login_attribute_path = preferred_username
    name_attribute_path = name
    auth_url = https://sso.saltmarsh.io/realms/saltmarsh/protocol/openid-connect/auth
    token_url = https://sso.saltmarsh.io/realms/saltmarsh/protocol/openid-connect/token
    api_url = https://sso.saltmarsh.io/realms/saltmarsh/protocol/openid-connect/userinfo
    role_attribute_path = contains(roles[*], 'admin') && 'Admin' || contains(roles[*], 'editor') && 'Editor' || 'Viewer'
    """, kc_secret(), "Grafana docs: configure Keycloak OAuth2 authentication")

DV("ini", "file-ref", "grafana/grafana-staging.ini", """
    [server]
    root_url = https://grafana.stg.saltmarsh.io/

    [security]
    admin_user = admin
    admin_password = $__file{/run/secrets/grafana_admin_password}
    secret_key = $__env{GF_SECRET_KEY}

    [auth.generic_oauth]
    enabled = true
    name = Keycloak
    client_id = grafana
    client_secret = $__file{/run/secrets/grafana_oidc_secret}
    scopes = openid email profile roles
    auth_url = https://sso.stg.saltmarsh.io/realms/saltmarsh/protocol/openid-connect/auth
    token_url = https://sso.stg.saltmarsh.io/realms/saltmarsh/protocol/openid-connect/token
    """, "Grafana docs: variable expansion ($__file{}, $__env{})")


# =============================================================================================
# Look-alikes of the theme
# =============================================================================================

DV("tfvars", "uuid", "envs/dev/azure.auto.tfvars", """
    # Identifiers only; credentials come from OIDC federation in the pipeline (ARM_USE_OIDC=true)
    tenant_id          = "@T@"
    subscription_id    = "@SUB@"
    client_id          = "@C@"
    admin_group_object_id = "@G@"
    graph_app_id       = "00000003-0000-0000-c000-000000000000"
    location           = "westeurope"
    """, "Terraform azurerm/azuread: IDs in tfvars with OIDC authentication",
   T=uuid_s(), SUB=uuid_s(), C=uuid_s(), G=uuid_s())

DV("python", "doc-example", "tests/test_pkce.py", '''
    import base64
    import hashlib

    from myapp.oauth import make_code_challenge

    # Test vector from RFC 7636, Appendix B
    RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


    def test_rfc7636_vector():
        assert make_code_challenge(RFC_VERIFIER) == RFC_CHALLENGE


    def test_challenge_is_unpadded_base64url():
        digest = hashlib.sha256(b"x" * 43).digest()
        expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        assert make_code_challenge("x" * 43) == expected
    ''', "RFC 7636 Appendix B (PKCE example values)")

DV("requirements", "commit-sha", "requirements/auth.txt", """
    # pinned forks while upstream PRs are open
    python-keycloak @ git+https://github.com/marcospereirampj/python-keycloak@@SHA1@
    python3-saml==1.16.0
    xmlsec==1.3.14
    authlib==1.3.1
    django-allauth[socialaccount]==64.0.0
    social-auth-app-django @ git+https://github.com/python-social-auth/social-app-django@@SHA2@
    ldap3==2.9.1
    hvac==2.3.0
    """, "pip docs: VCS requirements pinned to a commit", SHA1=hexs(40), SHA2=hexs(40))

DV("requirements", "checksum", "requirements.lock", """
    # This file is autogenerated by pip-compile with Python 3.12
    #    pip-compile --generate-hashes requirements.in
    authlib==1.3.1 \\
        --hash=sha256:@H1@ \\
        --hash=sha256:@H2@
    msal==1.30.0 \\
        --hash=sha256:@H3@ \\
        --hash=sha256:@H4@
    pyjwt[crypto]==2.9.0 \\
        --hash=sha256:@H5@ \\
        --hash=sha256:@H6@
    """, "pip-tools docs: --generate-hashes", **{f"H{i}": hexs(64) for i in range(1, 7)})

DV("json", "discovery", "tests/fixtures/keycloak-oidc-config.json", """
    {
      "issuer": "https://sso.saltmarsh.io/realms/saltmarsh",
      "authorization_endpoint": "https://sso.saltmarsh.io/realms/saltmarsh/protocol/openid-connect/auth",
      "token_endpoint": "https://sso.saltmarsh.io/realms/saltmarsh/protocol/openid-connect/token",
      "introspection_endpoint": "https://sso.saltmarsh.io/realms/saltmarsh/protocol/openid-connect/token/introspect",
      "userinfo_endpoint": "https://sso.saltmarsh.io/realms/saltmarsh/protocol/openid-connect/userinfo",
      "end_session_endpoint": "https://sso.saltmarsh.io/realms/saltmarsh/protocol/openid-connect/logout",
      "jwks_uri": "https://sso.saltmarsh.io/realms/saltmarsh/protocol/openid-connect/certs",
      "check_session_iframe": "https://sso.saltmarsh.io/realms/saltmarsh/protocol/openid-connect/login-status-iframe.html",
      "grant_types_supported": ["authorization_code", "implicit", "refresh_token", "password", "client_credentials",
                                "urn:ietf:params:oauth:grant-type:device_code", "urn:openid:params:grant-type:ciba"],
      "response_types_supported": ["code", "none", "id_token", "token", "id_token token", "code id_token"],
      "subject_types_supported": ["public", "pairwise"],
      "id_token_signing_alg_values_supported": ["PS384", "ES384", "RS384", "HS256", "HS512", "ES256", "RS256"],
      "token_endpoint_auth_methods_supported": ["private_key_jwt", "client_secret_basic", "client_secret_post",
                                                "tls_client_auth", "client_secret_jwt"],
      "code_challenge_methods_supported": ["plain", "S256"],
      "tls_client_certificate_bound_access_tokens": true
    }
    """, "Keycloak realm OpenID configuration endpoint")

_saml_xml = T("""
    <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_@RID@" Version="2.0" IssueInstant="2024-06-11T09:01:12Z" Destination="https://benefits.orchardline.com/saml/acs/">
      <saml:Issuer>http://www.okta.com/exk9q2bz1rT4sLm0x357</saml:Issuer>
      <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
      <saml:Assertion ID="_@AID@" Version="2.0" IssueInstant="2024-06-11T09:01:12Z">
        <saml:Issuer>http://www.okta.com/exk9q2bz1rT4sLm0x357</saml:Issuer>
        <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/></ds:SignedInfo>
        <ds:SignatureValue>@SIG@</ds:SignatureValue>
        <ds:KeyInfo><ds:X509Data><ds:X509Certificate>@CERT@</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>
        <saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">test.user@orchardline.com</saml:NameID></saml:Subject>
        <saml:Conditions NotBefore="2024-06-11T08:56:12Z" NotOnOrAfter="2024-06-11T09:06:12Z"/>
      </saml:Assertion>
    </samlp:Response>
    """, RID=hexs(32), AID=hexs(32), SIG=b64bytes(256), CERT=cert_b64(12))
_saml_b64 = base64.b64encode(_saml_xml.encode()).decode()
D("saml-response", "signed-assertion", "tests/fixtures/saml_response.b64",
  "\n".join(_saml_b64[i:i + 76] for i in range(0, len(_saml_b64), 76)) + "\n",
  "SAML 2.0 HTTP-POST binding: base64 SAMLResponse captured for a replay test (expired, public cert only)")

DV("k8s", "secret-manager-ref", "k8s/externalsecret-idp.yaml", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: keycloak-clients
      namespace: identity
    spec:
      refreshInterval: 1h
      secretStoreRef:
        kind: ClusterSecretStore
        name: vault-identity
      target:
        name: keycloak-clients
        creationPolicy: Owner
      data:
        - secretKey: billing-client-secret
          remoteRef:
            key: kv/identity/keycloak/clients/billing
            property: client_secret
        - secretKey: portal-client-secret
          remoteRef:
            key: kv/identity/keycloak/clients/portal
            property: client_secret
    """, "External Secrets Operator docs: ExternalSecret with a Vault ClusterSecretStore")

DV("krb5-conf", "no-secret", "etc/krb5.conf", """
    [libdefaults]
        default_realm = CORP.TIDEWATER.SYSTEMS
        dns_lookup_realm = false
        dns_lookup_kdc = true
        rdns = false
        ticket_lifetime = 24h
        forwardable = true
        udp_preference_limit = 0
        default_ccache_name = KEYRING:persistent:%{uid}

    [realms]
        CORP.TIDEWATER.SYSTEMS = {
            kdc = ipa01.corp.tidewater.systems:88
            master_kdc = ipa01.corp.tidewater.systems:88
            admin_server = ipa01.corp.tidewater.systems:749
            pkinit_anchors = FILE:/var/lib/ipa-client/pki/kdc-ca-bundle.pem
        }

    [domain_realm]
        .corp.tidewater.systems = CORP.TIDEWATER.SYSTEMS
        corp.tidewater.systems = CORP.TIDEWATER.SYSTEMS
    """, "krb5.conf(5) as written by ipa-client-install")

DV("python", "mock", "tests/test_okta_webhook.py", '''
    import hashlib
    import hmac

    import pytest

    from hooks.okta import verify_event_hook

    FAKE_SECRET = "not-a-real-secret"  # the test signs with its own value
    USER_ID = "00u" + "x" * 17


    @pytest.fixture
    def signed_request():
        body = b'{"eventType":"user.lifecycle.deactivate","target":[{"id":"%s"}]}' % USER_ID.encode()
        sig = hmac.new(FAKE_SECRET.encode(), body, hashlib.sha256).hexdigest()
        return body, sig


    def test_valid_signature(signed_request):
        body, sig = signed_request
        assert verify_event_hook(body, sig, secret=FAKE_SECRET)


    def test_tampered_body(signed_request):
        body, sig = signed_request
        assert not verify_event_hook(body + b" ", sig, secret=FAKE_SECRET)
    ''', "pytest fixtures; Okta event hooks verification (test-only value)")
