"""Blind set BQ: legal tech, e-signature and document management.

E-signature integrations (DocuSign, Adobe Acrobat Sign, Dropbox Sign), practice and document
management (Clio, iManage Work, NetDocuments, Box, Dropbox, SharePoint), OCR and e-discovery
pipelines (Relativity, Nuix, ABBYY, Azure Document Intelligence, Google Document AI, Textract,
load files), contract-lifecycle tools, court e-filing clients (PACER, CM/ECF, Tyler EFM,
CourtListener), document assembly (docassemble, HotDocs) and records-retention jobs, with the
decoys such teams write. Generated fakes only (seeds 620000-629999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
_SEED = [620000]


def _rng() -> random.Random:
    _SEED[0] += 13
    assert _SEED[0] < 630000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 13
    assert _SEED[0] < 630000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Docket", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Gavel", "Ledger", "Osprey", "Birch"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "brief", "motion"]
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "Welcome", "Discovery", "Counsel", "Paralegal", "Firm", "Closing"]


def words_pw() -> str:
    """Two words, a symbol and digits, as people choose them."""
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def url_pw() -> str:
    """A human password that needs no escaping in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice(LOWER) + str(r.randint(10, 999)) + r.choice("-_.")


def season_pw() -> str:
    """The `Summer2024!` kind."""
    r = _rng()
    return r.choice(SEASONS) + str(r.randint(2016, 2025)) + r.choice("!#$.")


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def lower_alnum(n: int) -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(n))


def age_recipient() -> str:
    r = _rng()
    return "age1" + "".join(r.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64_lines(head: str, total: int, width: int = 64) -> List[str]:
    r = _rng()
    body = head + "".join(r.choice(B64) for _ in range(total - len(head)))
    return [body[i:i + width] for i in range(0, len(body), width)]


def pem(kind: str = "RSA", lines: int = 12) -> str:
    """A private key block of the given kind ("RSA", "EC", "OPENSSH", "" for PKCS#8, "ENCRYPTED")."""
    head = {"RSA": "MIIEowIBAAKCAQEA", "EC": "MHcCAQEEI", "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ",
            "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", "ENCRYPTED": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI"}[kind]
    body = b64_lines(head, 64 * lines - 20) + []
    body[-1] = body[-1][:-2] + "=="
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def cert_pem(lines: int = 14) -> str:
    body = b64_lines("MIID" + "".join(_rng().choice("xyzBCD") for _ in range(2)) + "CCA", 64 * lines - 30)
    body[-1] = body[-1] + "="
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    body = b64_lines("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 64 * 6 + 8)
    body[-1] = body[-1][:-6] + "IDAQAB"
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body) + "\n-----END PUBLIC KEY-----"


def ssh_rsa_pub() -> str:
    r = _rng()
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + "".join(r.choice(B64) for _ in range(338)) + "="


def ssh_ed_pub() -> str:
    r = _rng()
    return "AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(B64) for _ in range(43))


def bcrypt_hash(prefix: str = "$2b$12$") -> str:
    r = _rng()
    return prefix + "".join(r.choice("./" + ALNUM) for _ in range(53))


def argon2_hash() -> str:
    r = _rng()
    salt = "".join(r.choice(B64) for _ in range(22))
    digest = "".join(r.choice(B64) for _ in range(43))
    return f"$argon2id$v=19$m=65536,t=3,p=4${salt}${digest}"


def pbkdf2_hash() -> str:
    r = _rng()
    salt = "".join(r.choice(ALNUM) for _ in range(22))
    return f"pbkdf2_sha256$600000${salt}$" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def ansible_vault(lines: int = 5) -> str:
    r = _rng()
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("".join(r.choice("0123456789abcdef") for _ in range(80)) for _ in range(lines))


def sops_enc(length: int = 24, kind: str = "str") -> str:
    r = _rng()
    data = base64.b64encode(bytes(r.getrandbits(8) for _ in range(length))).decode()
    iv = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    tag = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()
    return f"ENC[AES256_GCM,data:{data},iv:{iv},tag:{tag},type:{kind}]"


def sealed_blob() -> str:
    r = _rng()
    return "AgB" + "".join(r.choice(B64) for _ in range(r.randint(360, 520))) + "=="


def jwt_token(claims: dict) -> str:
    def enc(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    r = _rng()
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(342))
    return enc({"alg": "RS256", "kid": hexs(40).upper(), "typ": "JWT"}) + "." + enc(claims) + "." + sig


def adobe_token() -> str:
    """An Acrobat Sign integration key / OAuth token: 3AAABLblqZh... and ~120 url-safe characters."""
    r = _rng()
    return "3AAABLblqZh" + r.choice("ABCD") + "".join(r.choice(ALNUM + "-_") for _ in range(r.randint(100, 130)))


def adobe_agreement_id() -> str:
    r = _rng()
    return "CBJCHBCAABAA" + "".join(r.choice(ALNUM + "-_") for _ in range(32))


def dropbox_token() -> str:
    r = _rng()
    return "sl.B" + "".join(r.choice(ALNUM + "-_") for _ in range(r.randint(128, 136)))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return b64_bytes(64)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook() -> str:
    return (f"https://firmcloud.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if kind.startswith("sk") else 99, _seed())


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "Sy" + "".join(r.choice(ALNUM + "-_") for _ in range(33))


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "-_") for _ in range(93)) + "AA"


def vault_token() -> str:
    r = _rng()
    return "hvs.CAESI" + "".join(r.choice(ALNUM + "_-") for _ in range(82))


def azure_devops_pat() -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_lowercase + "234567") for _ in range(52))


def indent(text: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line if line else line for line in text.splitlines())


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bq/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bq/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    """Dedent a template and fill its <<NAME>> slots (no clash with ${x}, {{ x }} or %(x)s)."""
    text = textwrap.dedent(template).lstrip("\n")
    for key, value in values.items():
        text = text.replace(f"<<{key}>>", value)
    assert not re.search(r"<<[A-Z0-9_]+>>", text), text
    return text


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    S(fmt, what, path, T(template, V=value, **kw), value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, V=value, **kw), source)


# ---------------------------------------------------------------------------------------------
# E-signature: DocuSign, Adobe Acrobat Sign, Dropbox Sign (HelloSign)
# ---------------------------------------------------------------------------------------------
DS_JWT = "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/"
DS_CONNECT = "https://developers.docusign.com/platform/webhooks/connect/hmac/"
ADOBE = "https://opensource.adobe.com/acrobat-sign/developer_guide/gstarted.html"
DBX_SIGN = "https://developers.hellosign.com/docs/sdks/overview/"

SV("dotenv", "private-key", "services/engagement-letters/.env", """
    # DocuSign eSignature - JWT grant for the engagement-letter service
    # (consent granted once by the firm admin; see docs/docusign.md)
    DOCUSIGN_ENV=production
    DOCUSIGN_BASE_PATH=https://na3.docusign.net/restapi
    DOCUSIGN_OAUTH_HOST=account.docusign.com
    DOCUSIGN_INTEGRATION_KEY=<<IK>>
    DOCUSIGN_USER_ID=<<UID>>
    DOCUSIGN_ACCOUNT_ID=<<AID>>
    DOCUSIGN_PRIVATE_KEY="<<V>>"
    ENGAGEMENT_TEMPLATE_ID=<<TID>>
    ENVELOPE_EMAIL_SUBJECT="Engagement letter - please sign"
    """, pem("RSA", 12), DS_JWT, IK=uuid_s(), UID=uuid_s(), AID=uuid_s(), TID=uuid_s())

SV("python", "private-key", "intake/esign/docusign_jwt.py", '''
    """JWT grant for the intake bot: impersonates the intake@ user to send retainer agreements."""
    from docusign_esign import ApiClient

    INTEGRATION_KEY = "<<IK>>"
    IMPERSONATED_USER_ID = "<<UID>>"
    OAUTH_HOST = "account-d.docusign.com"
    SCOPES = ["signature", "impersonation"]

    # TODO(jm): move to the key vault before go-live
    PRIVATE_KEY = """<<V>>
    """


    def get_api_client() -> ApiClient:
        client = ApiClient()
        client.set_oauth_host_name(OAUTH_HOST)
        token = client.request_jwt_user_token(
            client_id=INTEGRATION_KEY,
            user_id=IMPERSONATED_USER_ID,
            oauth_host_name=OAUTH_HOST,
            private_key_bytes=PRIVATE_KEY.encode("ascii"),
            expires_in=3600,
            scopes=SCOPES,
        )
        client.set_default_header("Authorization", f"Bearer {token.access_token}")
        return client
    ''', pem("RSA", 10), DS_JWT, IK=uuid_s(), UID=uuid_s())

SV("csharp", "private-key", "src/Firm.ESign/DocuSignJwtAuth.cs", '''
    using System;
    using System.Collections.Generic;
    using System.Text;
    using DocuSign.eSign.Client;

    namespace Firm.ESign
    {
        public static class DocuSignJwtAuth
        {
            private const string ClientId = "<<IK>>";
            private const string UserId = "<<UID>>";
            private const string AuthServer = "account.docusign.com";

            private const string RsaKey = @"<<V>>";

            public static string GetAccessToken(DocuSignClient client)
            {
                var scopes = new List<string> { "signature", "impersonation" };
                var token = client.RequestJWTUserToken(ClientId, UserId, AuthServer,
                    Encoding.UTF8.GetBytes(RsaKey), 1, scopes);
                return token.access_token;
            }
        }
    }
    ''', pem("RSA", 9), DS_JWT, IK=uuid_s(), UID=uuid_s())

KEY_DS_YML = pem("RSA", 10)
S("yaml", "private-key", "config/docusign.yml", T("""
    # Loaded by config/initializers/docusign.rb
    default: &default
      oauth_base_path: account-d.docusign.com
      rest_base_path: https://demo.docusign.net/restapi
      integration_key: <<IK>>
      impersonated_user_guid: <<UID>>
      expires_in_seconds: 3600

    production:
      <<: *default
      oauth_base_path: account.docusign.com
      rest_base_path: https://na4.docusign.net/restapi
      private_key: |
    <<KEY>>
    """, IK=uuid_s(), UID=uuid_s(), KEY=indent(KEY_DS_YML, 4)), KEY_DS_YML, DS_JWT)

SV("ruby", "docusign-secret", "config/initializers/docusign.rb", """
    # Authorization Code Grant for attorneys sending from the matter page.
    DocuSignConfig = ActiveSupport::OrderedOptions.new.tap do |c|
      c.integration_key = "<<IK>>"
      c.secret_key      = "<<V>>"
      c.redirect_uri    = "https://portal.hartleymoss.com/auth/docusign/callback"
      c.authorization_server = Rails.env.production? ? "https://account.docusign.com" : "https://account-d.docusign.com"
      c.scopes = %w[signature extended]
    end

    Rails.application.config.middleware.use OmniAuth::Builder do
      provider :docusign, DocuSignConfig.integration_key, DocuSignConfig.secret_key,
               setup: ->(env) { env["omniauth.strategy"].options[:client_options].site = DocuSignConfig.authorization_server }
    end
    """, uuid_s(), "https://developers.docusign.com/platform/auth/authcode/authcode-get-token/", IK=uuid_s())

SV("javascript", "docusign-connect-hmac", "server/webhooks/docusignConnect.js", """
    'use strict';
    const crypto = require('crypto');
    const express = require('express');

    const router = express.Router();

    // Connect HMAC key #1 (Settings > Connect > Connect Keys). Rotated 2024-03.
    const CONNECT_HMAC_KEY = '<<V>>';

    function isValid(rawBody, signature) {
      const digest = crypto.createHmac('sha256', CONNECT_HMAC_KEY).update(rawBody).digest('base64');
      return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(signature || ''));
    }

    router.post('/docusign/connect', express.raw({ type: '*/*' }), (req, res) => {
      if (!isValid(req.body, req.get('X-DocuSign-Signature-1'))) {
        return res.status(401).end();
      }
      const event = JSON.parse(req.body.toString('utf8'));
      req.app.locals.queue.publish('envelope-events', event);
      res.status(200).end();
    });

    module.exports = router;
    """, b64_bytes(32), DS_CONNECT)

SV("properties", "adobe-sign-client-secret", "clm-sign-bridge/src/main/resources/application.properties", """
    spring.application.name=clm-sign-bridge
    server.port=8085
    management.endpoints.web.exposure.include=health,info

    # Acrobat Sign OAuth app "CLM Bridge" (na1 shard)
    adobe.sign.api-base=https://api.na1.adobesign.com/api/rest/v6
    adobe.sign.client-id=<<CID>>
    adobe.sign.client-secret=<<V>>
    adobe.sign.redirect-uri=https://clm.internal.firm.net/oauth/adobe/callback
    adobe.sign.scopes=agreement_read:account agreement_write:account agreement_send:account

    spring.datasource.url=jdbc:postgresql://clm-db:5432/clm
    spring.datasource.username=${CLM_DB_USER}
    spring.datasource.password=${CLM_DB_PASSWORD}
    """, rand_pw(32, "-_"), ADOBE, CID="CBJCHBCAABAA" + rand_pw(32))

SV("envrc", "adobe-sign-integration-key", ".envrc", """
    # direnv: local tooling for the agreements-sync scripts
    export ADOBE_SIGN_API_BASE=https://api.na2.adobesign.com/api/rest/v6
    export ADOBE_SIGN_INTEGRATION_KEY=<<V>>
    export ADOBE_SIGN_SENDER=contracts@lindqvist-law.com
    layout python3
    export PYTHONPATH=$PWD/src
    """, adobe_token(), "https://helpx.adobe.com/sign/developer/integration-key.html")

SV("json", "adobe-sign-refresh-token", "scripts/adobe_sign/token_store.json", """
    {
      "token_type": "Bearer",
      "api_access_point": "https://api.na1.adobesign.com/",
      "web_access_point": "https://secure.na1.adobesign.com/",
      "refresh_token": "<<V>>",
      "expires_in": 3600,
      "obtained_by": "svc-agreements@northgate-legal.com",
      "obtained_at": "2024-05-02T14:11:09Z"
    }
    """, adobe_token(), "https://opensource.adobe.com/acrobat-sign/developer_guide/oauth.html")

SV("dotenv", "dropbox-sign-api-key", ".env.staging", """
    NODE_ENV=staging
    APP_URL=https://staging.signdesk.brightwater.legal
    # Dropbox Sign (HelloSign) - staging app, test_mode is forced on below
    HELLOSIGN_API_KEY=<<V>>
    HELLOSIGN_CLIENT_ID=<<CID>>
    HELLOSIGN_TEST_MODE=1
    CALLBACK_PATH=/hooks/hellosign
    LOG_LEVEL=debug
    """, hexs(64), DBX_SIGN, CID=hexs(32))

SV("typescript", "dropbox-sign-api-key", "src/lib/dropboxSign.ts", """
    import * as DropboxSign from '@dropbox/sign';

    const signatureRequestApi = new DropboxSign.SignatureRequestApi();
    // key of the "NDA Desk" API app
    signatureRequestApi.username = '<<V>>';

    export async function sendNda(signerEmail: string, signerName: string, fileUrl: string) {
      const data: DropboxSign.SignatureRequestSendRequest = {
        title: 'Mutual NDA',
        subject: 'Mutual NDA for your signature',
        signers: [{ emailAddress: signerEmail, name: signerName, order: 0 }],
        fileUrls: [fileUrl],
        testMode: process.env.NODE_ENV !== 'production',
      };
      const result = await signatureRequestApi.signatureRequestSend(data);
      return result.body.signatureRequest?.signatureRequestId;
    }
    """, hexs(64), DBX_SIGN)

SV("php", "dropbox-sign-api-key", "config/services.php", """
    <?php

    return [

        'mailgun' => [
            'domain' => env('MAILGUN_DOMAIN'),
            'secret' => env('MAILGUN_SECRET'),
            'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
        ],

        'hellosign' => [
            'key' => env('HELLOSIGN_KEY', '<<V>>'),
            'client_id' => env('HELLOSIGN_CLIENT_ID'),
            'test_mode' => env('HELLOSIGN_TEST_MODE', false),
        ],

        'clio' => [
            'client_id' => env('CLIO_CLIENT_ID'),
            'client_secret' => env('CLIO_CLIENT_SECRET'),
            'redirect' => env('APP_URL').'/oauth/clio/callback',
        ],
    ];
    """, hexs(64), "https://laravel.com/docs/11.x/configuration#environment-configuration")

# --- e-signature decoys ---
D("dotenv", "placeholder", "services/engagement-letters/.env.example", T("""
    # Copy to .env and fill in. Never commit the real .env.
    DOCUSIGN_ENV=demo
    DOCUSIGN_BASE_PATH=https://demo.docusign.net/restapi
    DOCUSIGN_OAUTH_HOST=account-d.docusign.com
    DOCUSIGN_INTEGRATION_KEY=00000000-0000-0000-0000-000000000000
    DOCUSIGN_USER_ID=<your-api-username-guid>
    DOCUSIGN_ACCOUNT_ID=<your-account-guid>
    # path to the RSA key you generated under Apps and Keys
    DOCUSIGN_PRIVATE_KEY_PATH=./secrets/docusign_private.key
    ENGAGEMENT_TEMPLATE_ID=
    """), DS_JWT)

D("python", "ids", "esign/docusign_ids.py", T('''
    """Identifiers of the firm's DocuSign objects (not credentials: the integration key is the
    public OAuth client id, it appears in every consent URL)."""

    INTEGRATION_KEY = "<<IK>>"
    ACCOUNT_ID = "<<AID>>"
    BRAND_ID = "<<BID>>"

    TEMPLATES = {
        "engagement_letter": "<<T1>>",
        "conflict_waiver": "<<T2>>",
        "settlement_release": "<<T3>>",
        "w9_request": "<<T4>>",
    }

    CONSENT_URL = (
        "https://account.docusign.com/oauth/auth?response_type=code"
        "&scope=signature%20impersonation&client_id=" + INTEGRATION_KEY
        + "&redirect_uri=https://portal.firm.example/ds/consent"
    )
    ''', IK=uuid_s(), AID=uuid_s(), BID=uuid_s(),
    T1=uuid_s(), T2=uuid_s(), T3=uuid_s(), T4=uuid_s()), "https://developers.docusign.com/platform/auth/consent/obtaining-individual-consent/")

D("json", "hmac-digest", "tests/fixtures/hellosign/signature_request_all_signed.json", T("""
    {
      "event": {
        "event_type": "signature_request_all_signed",
        "event_time": "1716301442",
        "event_hash": "<<EH>>",
        "event_metadata": {
          "related_signature_id": "<<RS>>",
          "reported_for_account_id": "<<AC>>",
          "reported_for_app_id": "<<APP>>"
        }
      },
      "signature_request": {
        "signature_request_id": "<<SR>>",
        "test_mode": true,
        "title": "Settlement Agreement - Okafor v. Brandt Logistics",
        "is_complete": true,
        "files_url": "https://api.hellosign.com/v3/signature_request/files/<<SR>>",
        "signatures": [
          {"signature_id": "<<RS>>", "signer_email_address": "client@example.com", "status_code": "signed"}
        ]
      }
    }
    """, EH=hexs(64), RS=hexs(32), AC=hexs(40), APP=hexs(32), SR=hexs(40)),
    "https://help.dropbox.com/integrations/example-of-a-dropbox-sign-callback-event")

D("json", "ids", "tests/fixtures/adobe_sign/agreement_workflow_completed.json", T("""
    {
      "webhookId": "<<WH>>",
      "webhookName": "agreements-to-imanage",
      "webhookNotificationId": "<<WN>>",
      "webhookUrlInfo": {"url": "https://hooks.firm.example/adobe-sign"},
      "webhookScope": "ACCOUNT",
      "event": "AGREEMENT_WORKFLOW_COMPLETED",
      "eventDate": "2024-06-11T17:40:02Z",
      "eventResourceType": "agreement",
      "participantRole": "SIGNER",
      "actionType": "ESIGNED",
      "participantUserId": "<<PU>>",
      "participantUserEmail": "j.alvarez@example.com",
      "actingUserId": "<<PU>>",
      "initiatingUserId": "<<IU>>",
      "agreement": {
        "id": "<<AG>>",
        "name": "Master Services Agreement - Halvorsen Freight",
        "status": "SIGNED",
        "documentsInfo": {"documents": [{"id": "<<DOC>>", "label": "MSA", "numPages": 14}]}
      }
    }
    """, WH=adobe_agreement_id(), WN=adobe_agreement_id(), PU=adobe_agreement_id(), IU=adobe_agreement_id(),
       AG=adobe_agreement_id(), DOC=adobe_agreement_id()),
  "https://opensource.adobe.com/acrobat-sign/acrobat_sign_events/webhookeventsagreements.html")

D("python", "test-fake", "tests/test_connect_hmac.py", T('''
    import base64
    import hashlib
    import hmac

    from app.webhooks.docusign import verify_connect_signature

    # A key made up for this test; the real keys live in the vault (see ops/runbook.md).
    TEST_KEY = "test-connect-key-not-real"
    BODY = b'{"event":"envelope-completed","data":{"envelopeId":"<<ENV>>"}}'


    def _sign(key: str, body: bytes) -> str:
        return base64.b64encode(hmac.new(key.encode(), body, hashlib.sha256).digest()).decode()


    def test_valid_signature_is_accepted():
        assert verify_connect_signature(TEST_KEY, BODY, _sign(TEST_KEY, BODY))


    def test_tampered_body_is_rejected():
        assert not verify_connect_signature(TEST_KEY, BODY + b" ", _sign(TEST_KEY, BODY))


    def test_recorded_signature_from_demo_account():
        # header captured from a demo-account delivery, body above
        assert not verify_connect_signature(TEST_KEY, BODY, "<<SIG>>")
    ''', ENV=uuid_s(), SIG=b64_bytes(32)), DS_CONNECT)

D("pem", "certificate", "certs/docusign-connect-mtls.pem", T("""
    # DocuSign Connect client certificate (public). Used by nginx to verify mutual TLS from Connect.
    # Downloaded from the DocuSign trust center; expires 2025-10-14.
    <<C>>
    """, C=cert_pem(16)), "https://developers.docusign.com/platform/webhooks/connect/mutual-tls/")

D("json", "key-path", "config/docusign.json", T("""
    {
      "dsJWTClientId": "<<IK>>",
      "impersonatedUserGuid": "<<UID>>",
      "privateKeyLocation": "../secrets/docusign/private.key",
      "dsOauthServer": "https://account.docusign.com",
      "appUrl": "https://sign.bergmann-partners.de",
      "signerEmail": "",
      "signerName": "",
      "targetAccountId": false,
      "demoDocsPath": "demo_documents",
      "docDocx": "Engagement_Letter.docx",
      "docPdf": "Conflict_Waiver.pdf"
    }
    """, IK=uuid_s(), UID=uuid_s()), "https://github.com/docusign/code-examples-node/blob/master/config/appsettings.example.json")

D("helm", "template", "charts/esign-gateway/templates/secret.yaml", T("""
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "esign-gateway.fullname" . }}-docusign
      labels:
        {{- include "esign-gateway.labels" . | nindent 4 }}
    type: Opaque
    data:
      integration-key: {{ .Values.docusign.integrationKey | b64enc | quote }}
      private-key: {{ .Values.docusign.privateKey | b64enc | quote }}
      connect-hmac-key: {{ required "docusign.connectHmacKey is required" .Values.docusign.connectHmacKey | b64enc | quote }}
      {{- if .Values.adobeSign.enabled }}
      adobe-sign-client-secret: {{ .Values.adobeSign.clientSecret | b64enc | quote }}
      {{- end }}
    """), "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

D("html", "public-client-id", "public/viewer/index.html", T("""
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Signed agreement viewer</title>
      <script src="https://acrobatservices.adobe.com/view-sdk/viewer.js"></script>
    </head>
    <body>
      <div id="adobe-dc-view" style="height: 100vh;"></div>
      <script>
        // PDF Embed API client id: public by design, locked to the portal.firm.example domain.
        document.addEventListener("adobe_dc_view_sdk.ready", function () {
          var view = new AdobeDC.View({ clientId: "<<CID>>", divId: "adobe-dc-view" });
          view.previewFile({
            content: { location: { url: window.__AGREEMENT_URL__ } },
            metaData: { fileName: "agreement.pdf" }
          }, { embedMode: "SIZED_CONTAINER", showDownloadPDF: false });
        });
      </script>
    </body>
    </html>
    """, CID=hexs(32)), "https://developer.adobe.com/document-services/docs/overview/pdf-embed-api/")

D("github-actions", "ci-secret-ref", ".github/workflows/esign-e2e.yml", T("""
    name: esign e2e (DocuSign demo)
    on:
      schedule:
        - cron: "30 5 * * 1-5"
      workflow_dispatch:

    jobs:
      e2e:
        runs-on: ubuntu-latest
        environment: docusign-demo
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements-dev.txt
          - name: Write JWT key
            run: |
              mkdir -p secrets
              printf '%s' "${{ secrets.DOCUSIGN_PRIVATE_KEY }}" > secrets/docusign_private.key
          - name: Run envelope round-trip
            env:
              DOCUSIGN_INTEGRATION_KEY: ${{ vars.DOCUSIGN_INTEGRATION_KEY }}
              DOCUSIGN_USER_ID: ${{ vars.DOCUSIGN_USER_ID }}
              DOCUSIGN_PRIVATE_KEY_PATH: secrets/docusign_private.key
              HELLOSIGN_API_KEY: ${{ secrets.HELLOSIGN_API_KEY }}
            run: pytest -m e2e tests/e2e
    """), "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

D("ruby", "env-ref", "app/services/signature_requests/dropbox_sign_client.rb", T("""
    require "dropbox-sign"

    module SignatureRequests
      class DropboxSignClient
        def initialize(api_key: ENV.fetch("DROPBOX_SIGN_API_KEY"), test_mode: !Rails.env.production?)
          Dropbox::Sign.configure { |config| config.username = api_key }
          @api = Dropbox::Sign::SignatureRequestApi.new
          @test_mode = test_mode
        end

        def send_for_signature(matter, signer)
          data = Dropbox::Sign::SignatureRequestSendRequest.new
          data.title = "#{matter.number} - #{matter.document_title}"
          data.signers = [Dropbox::Sign::SubSignatureRequestSigner.new(email_address: signer.email, name: signer.name)]
          data.file_urls = [matter.document_url]
          data.test_mode = @test_mode
          @api.signature_request_send(data).signature_request.signature_request_id
        end
      end
    end
    """), "https://github.com/hellosign/dropbox-sign-ruby")

D("pem", "public-key", "keys/docusign_rsa_public.pem", T("""
    <<K>>
    """, K=public_pem()) + "\n# public half of the JWT keypair registered under Apps and Keys (kid 2024-02)\n# the private half is in Key Vault: kv-esign-prod/docusign-jwt-private\n",
  "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/")

# ---------------------------------------------------------------------------------------------
# Practice and document management: Clio, iManage Work, NetDocuments, Box, Dropbox, SharePoint
# ---------------------------------------------------------------------------------------------
CLIO = "https://docs.developers.clio.com/api-docs/clio-manage/authorization/"
IMANAGE = "https://help.imanage.com/hc/en-us/articles/360048046292-iManage-Work-Universal-API"
NETDOCS = "https://support.netdocuments.com/s/article/REST-API-Authentication"

SV("dotenv", "clio-client-secret", ".env.production", """
    RAILS_ENV=production
    RAILS_LOG_TO_STDOUT=1
    DATABASE_URL=${DATABASE_URL}
    # Clio Manage developer app "Matter Intake Sync" (region: US)
    CLIO_BASE_URL=https://app.clio.com
    CLIO_CLIENT_ID=<<CID>>
    CLIO_CLIENT_SECRET=<<V>>
    CLIO_REDIRECT_URI=https://intake.prescott-hale.com/oauth/clio/callback
    SIDEKIQ_CONCURRENCY=5
    """, rand_pw(40), CLIO, CID=rand_pw(40))

SV("http", "clio-access-token", "dev/clio.http", """
    @host = https://app.clio.com/api/v4
    @accessToken = <<V>>

    ### Who am I
    GET {{host}}/users/who_am_i.json?fields=id,name,email
    Authorization: Bearer {{accessToken}}

    ### Open matters for the litigation practice group
    GET {{host}}/matters.json?status=open&practice_area_id=3812&fields=id,display_number,description,client{name}
    Authorization: Bearer {{accessToken}}

    ### Create a time entry
    POST {{host}}/activities.json
    Authorization: Bearer {{accessToken}}
    Content-Type: application/json

    {"data": {"type": "TimeEntry", "date": "2024-04-18", "quantity": 3600, "matter": {"id": 1189342}, "note": "Review production"}}
    """, rand_pw(40, "-"), "https://marketplace.visualstudio.com/items?itemName=humao.rest-client")

SV("postman", "clio-access-token", "postman/Clio-Prod.postman_environment.json", """
    {
      "id": "<<ID>>",
      "name": "Clio - Prod",
      "values": [
        {"key": "baseUrl", "value": "https://app.clio.com/api/v4", "type": "default", "enabled": true},
        {"key": "clio_access_token", "value": "<<V>>", "type": "secret", "enabled": true},
        {"key": "matter_id", "value": "1189342", "type": "default", "enabled": true},
        {"key": "contact_id", "value": "2290571", "type": "default", "enabled": true}
      ],
      "_postman_variable_scope": "environment",
      "_postman_exported_at": "2024-02-27T09:14:51.118Z",
      "_postman_exported_using": "Postman/10.23.5"
    }
    """, rand_pw(40, "-"), "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", ID=uuid_s())

SV("appsettings", "imanage-client-secret", "src/Firm.DmsBridge/appsettings.Production.json", """
    {
      "Logging": {
        "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
      },
      "iManage": {
        "ServerUrl": "https://cloudimanage.com",
        "CustomerId": 1422,
        "Library": "ACTIVE",
        "ClientId": "<<CID>>",
        "ClientSecret": "<<V>>",
        "Scope": "user",
        "DefaultClass": "DOC"
      },
      "Sync": {
        "PollSeconds": 120,
        "Workspaces": [ "ACTIVE!1884512", "ACTIVE!1884533" ]
      }
    }
    """, uuid_s(), IMANAGE, CID=uuid_s())

SV("powershell", "imanage-password", "ops/imanage/Export-WorkspaceProfiles.ps1", r"""
    <#
      Exports workspace profiles from iManage Work 10 for the quarterly conflicts audit.
      Runs on IMWORKER02 as a scheduled task.
    #>
    param(
        [string]$Server = "https://dms.whitcombe.local",
        [string]$Library = "WLLP",
        [string]$OutDir = "D:\Exports\Workspaces"
    )

    $user = "svc_dmsaudit"
    $password = "<<V>>"

    $body = @{ username = $user; password = $password; client_id = "dms-audit"; grant_type = "password" }
    $token = Invoke-RestMethod -Method Post -Uri "$Server/auth/oauth2/token" -Body $body
    $headers = @{ "X-Auth-Token" = $token.access_token }

    $workspaces = Invoke-RestMethod -Uri "$Server/work/api/v2/customers/1/libraries/$Library/workspaces/search" `
        -Method Post -Headers $headers -ContentType "application/json" -Body '{"limit": 500}'

    $workspaces.data | Select-Object id, name, custom1, custom2, owner |
        Export-Csv -Path (Join-Path $OutDir ("workspaces_{0:yyyyMMdd}.csv" -f (Get-Date))) -NoTypeInformation
    """, season_pw(), IMANAGE)

SV("ansible", "imanage-password", "ansible/group_vars/imanage_workers.yml", """
    ---
    # iManage Work indexer / preview workers
    imanage_server: dms.harrowgate.local
    imanage_library: HGLIB
    imanage_svc_user: HG\\svc-imanage
    imanage_svc_password: '<<V>>'
    imanage_indexer_threads: 6
    imanage_preview_cache_gb: 40
    windows_features:
      - Web-Server
      - NET-Framework-45-Core
    """, words_pw(), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables")

SV("python", "netdocuments-client-secret", "netdocs/client.py", '''
    """Thin NetDocuments REST client used by the matter-closing job."""
    import requests

    ND_HOST = "https://api.vault.netvoyage.com"
    ND_REPOSITORY = "CA-8K2Q7PZR"
    ND_CLIENT_ID = "AP-QW3LS0RB"
    ND_CLIENT_SECRET = "<<V>>"


    def token() -> str:
        resp = requests.post(
            f"{ND_HOST}/v1/OAuth",
            data={"grant_type": "client_credentials", "scope": f"full|{ND_REPOSITORY}"},
            auth=(f"{ND_CLIENT_ID}|{ND_REPOSITORY}", ND_CLIENT_SECRET),
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["access_token"]


    def cabinet_folders(cabinet_id: str, access_token: str):
        resp = requests.get(f"{ND_HOST}/v2/cabinet/{cabinet_id}/folders",
                            headers={"Authorization": f"Bearer {access_token}"}, timeout=30)
        resp.raise_for_status()
        return resp.json()
    ''', rand_pw(48), NETDOCS)

SV("xml", "netdocuments-client-secret", "NdProfileSync/App.config", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <startup>
        <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
      </startup>
      <appSettings>
        <add key="NdApiBase" value="https://api.eu.netdocuments.com" />
        <add key="NdRepository" value="CA-3XK9M2LD" />
        <add key="NdClientId" value="AP-7HDR2QAN" />
        <add key="NdClientSecret" value="<<V>>" />
        <add key="ProfileAttribute.Client" value="1" />
        <add key="ProfileAttribute.Matter" value="2" />
        <add key="BatchSize" value="250" />
      </appSettings>
    </configuration>
    """, rand_pw(48), NETDOCS)

SV("yaml", "box-client-secret", "dms-archiver/src/main/resources/application.yml", """
    server:
      port: 8090

    archiver:
      source: box
      closed-matter-folder-id: "187733240912"
      dry-run: false

    box:
      auth: client-credentials
      client-id: <<CID>>
      client-secret: <<V>>
      enterprise-id: "918273"
      max-retries: 5

    logging:
      level:
        com.box.sdk: WARN
        net.firm.archiver: INFO
    """, rand_pw(32), "https://developer.box.com/guides/authentication/client-credentials/", CID=lower_alnum(32))

SV("dotenv", "dropbox-access-token", "apps/intake/.env.development", """
    # local dev - Dropbox team folder used for client uploads
    PORT=3001
    DROPBOX_APP_KEY=<<AK>>
    DROPBOX_ACCESS_TOKEN=<<V>>
    DROPBOX_UPLOAD_ROOT=/Client Uploads/_inbox
    MAX_UPLOAD_MB=250
    """, dropbox_token(), "https://developers.dropbox.com/oauth-guide", AK=lower_alnum(15))

SV("python", "dropbox-app-secret", "sync/dropbox_to_dms.py", '''
    import os

    import dropbox
    from dropbox.files import FolderMetadata

    APP_KEY = "<<AK>>"
    APP_SECRET = "<<V>>"


    def client() -> dropbox.Dropbox:
        return dropbox.Dropbox(
            app_key=APP_KEY,
            app_secret=APP_SECRET,
            oauth2_refresh_token=os.environ["DROPBOX_REFRESH_TOKEN"],
        )


    def walk(dbx: dropbox.Dropbox, path: str):
        result = dbx.files_list_folder(path, recursive=True)
        while True:
            for entry in result.entries:
                if not isinstance(entry, FolderMetadata):
                    yield entry
            if not result.has_more:
                break
            result = dbx.files_list_folder_continue(result.cursor)
    ''', lower_alnum(15), "https://dropbox-sdk-python.readthedocs.io/en/latest/api/dropbox.html", AK=lower_alnum(15))

SV("python", "azure-client-secret", "records/sharepoint_holds.py", '''
    """Applies litigation-hold retention labels to SharePoint matter sites via Microsoft Graph."""
    import msal
    import requests

    TENANT_ID = "<<TEN>>"
    CLIENT_ID = "<<CID>>"
    CLIENT_SECRET = "<<V>>"
    GRAPH = "https://graph.microsoft.com/v1.0"

    app = msal.ConfidentialClientApplication(
        CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=CLIENT_SECRET
    )


    def graph_token() -> str:
        result = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
        return result["access_token"]


    def label_drive_item(drive_id: str, item_id: str, label: str) -> None:
        requests.patch(
            f"{GRAPH}/drives/{drive_id}/items/{item_id}/retentionLabel",
            headers={"Authorization": f"Bearer {graph_token()}"},
            json={"name": label},
            timeout=30,
        ).raise_for_status()
    ''', azure_secret(), "https://learn.microsoft.com/en-us/entra/msal/python/", TEN=uuid_s(), CID=uuid_s())

SV("rclone", "azure-storage-key", "ops/rclone/rclone.conf", """
    [matters-archive]
    type = azureblob
    account = hgmattersarchive
    key = <<V>>
    access_tier = Archive

    [local-exports]
    type = local
    copy_links = true
    """, azure_storage_key(), "https://rclone.org/azureblob/")

# --- DMS decoys ---
D("appsettings", "empty", "src/Firm.DmsBridge/appsettings.json", T("""
    {
      // Secrets come from dotnet user-secrets locally and from Key Vault in Azure.
      "Logging": {
        "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
      },
      "iManage": {
        "ServerUrl": "https://cloudimanage.com",
        "CustomerId": 1422,
        "Library": "ACTIVE",
        "ClientId": "",
        "ClientSecret": "",
        "Scope": "user"
      },
      "AllowedHosts": "*"
    }
    """), "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets")

D("appsettings", "keyvault-ref", "functions/matter-closing/appsettings.Production.json", T("""
    {
      "IsEncrypted": false,
      "Values": {
        "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
        "AzureWebJobsStorage__accountName": "stmatterclosingprod",
        "iManage__ClientId": "<<CID>>",
        "iManage__ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-dms-prod.vault.azure.net/secrets/imanage-client-secret/)",
        "NetDocs__ClientSecret": "@Microsoft.KeyVault(VaultName=kv-dms-prod;SecretName=netdocs-client-secret)",
        "Sql__ConnectionString": "@Microsoft.KeyVault(SecretUri=https://kv-dms-prod.vault.azure.net/secrets/sql-records/7c1e0b5f2d8a4c33b1f0e6d2a9c4b871)"
      }
    }
    """, CID=uuid_s()), "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

D("yaml", "env-ref", "nd-sync/src/main/resources/application-prod.yml", T("""
    netdocuments:
      api-base: https://api.vault.netvoyage.com
      repository: ${ND_REPOSITORY}
      client-id: ${ND_CLIENT_ID}
      client-secret: ${ND_CLIENT_SECRET}
      page-size: 500

    spring:
      datasource:
        url: jdbc:sqlserver://${SQL_HOST}:1433;databaseName=NdSync;encrypt=true
        username: ${SQL_USER}
        password: ${SQL_PASSWORD:}
      jpa:
        open-in-view: false
    """), "https://docs.spring.io/spring-boot/reference/features/external-config.html")

D("javascript", "public-client-id", "web/src/dropboxChooser.js", T("""
    import { DropboxAuth, Dropbox } from 'dropbox';

    // PKCE flow in the browser: the app key is public, there is no app secret in this bundle.
    const APP_KEY = '<<AK>>';
    const REDIRECT_URI = `${window.location.origin}/dropbox/callback`;

    const auth = new DropboxAuth({ clientId: APP_KEY });

    export async function startLogin() {
      const url = await auth.getAuthenticationUrl(REDIRECT_URI, undefined, 'code', 'offline', undefined, undefined, true);
      sessionStorage.setItem('dbx_verifier', auth.codeVerifier);
      window.location.href = url;
    }

    export async function finishLogin(code) {
      auth.setCodeVerifier(sessionStorage.getItem('dbx_verifier'));
      const { result } = await auth.getAccessTokenFromCode(REDIRECT_URI, code);
      return new Dropbox({ auth, accessToken: result.access_token });
    }
    """, AK=lower_alnum(15)), "https://github.com/dropbox/dropbox-sdk-js/tree/main/examples/javascript/pkce-browser")

D("powershell", "thumbprint", "ops/sharepoint/Connect-MatterSites.ps1", T(r"""
    # Connects with the app-only certificate installed in LocalMachine\My (no secret in this script).
    $tenant     = "whitcombellp.onmicrosoft.com"
    $clientId   = "<<CID>>"
    $thumbprint = "<<TP>>"

    Connect-PnPOnline -Url "https://whitcombellp.sharepoint.com/sites/matters" `
        -ClientId $clientId -Thumbprint $thumbprint -Tenant $tenant

    Get-PnPList | Where-Object { $_.Title -like "M-*" } | ForEach-Object {
        Set-PnPLabel -List $_.Title -Label "Client Matter - 7 years" -SyncToItems $true
    }
    """, CID=uuid_s(), TP=hexs(40).upper()), "https://pnp.github.io/powershell/cmdlets/Connect-PnPOnline.html")

D("typescript", "env-ref", "packages/clio-client/src/auth.ts", T("""
    import axios from 'axios';

    const CLIO_BASE = process.env.CLIO_BASE_URL ?? 'https://app.clio.com';

    export interface ClioTokens { access_token: string; refresh_token: string; expires_in: number; }

    export async function exchangeCode(code: string): Promise<ClioTokens> {
      const params = new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        client_id: requireEnv('CLIO_CLIENT_ID'),
        client_secret: requireEnv('CLIO_CLIENT_SECRET'),
        redirect_uri: requireEnv('CLIO_REDIRECT_URI'),
      });
      const { data } = await axios.post<ClioTokens>(`${CLIO_BASE}/oauth/token`, params);
      return data;
    }

    function requireEnv(name: string): string {
      const value = process.env[name];
      if (!value) throw new Error(`${name} is not set`);
      return value;
    }
    """), CLIO)

D("postman", "template", "postman/Clio-Template.postman_environment.json", T("""
    {
      "id": "<<ID>>",
      "name": "Clio - Template (fill locally, do not export with values)",
      "values": [
        {"key": "baseUrl", "value": "https://app.clio.com/api/v4", "type": "default", "enabled": true},
        {"key": "clio_client_id", "value": "", "type": "default", "enabled": true},
        {"key": "clio_client_secret", "value": "", "type": "secret", "enabled": true},
        {"key": "clio_access_token", "value": "{{oauth_access_token}}", "type": "secret", "enabled": true},
        {"key": "matter_id", "value": "", "type": "default", "enabled": true}
      ],
      "_postman_variable_scope": "environment"
    }
    """, ID=uuid_s()), "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

# ---------------------------------------------------------------------------------------------
# E-discovery and OCR: Relativity, Nuix, Elasticsearch review analytics, ABBYY, Azure Document
# Intelligence, Google Document AI, Textract, productions and load files
# ---------------------------------------------------------------------------------------------
REL = "https://platform.relativity.com/RelativityOne/Content/REST_API/REST_API_authentication.htm"

SV("appsettings", "mssql-password", "src/Ediscovery.ProductionTracker/appsettings.json", """
    {
      "ConnectionStrings": {
        "EDDS": "Server=tcp:relsql01.lit.firm.local,1433;Database=EDDS;User Id=EDDSDBO;Password=<<V>>;TrustServerCertificate=True;",
        "Tracker": "Server=tcp:relsql01.lit.firm.local,1433;Database=ProductionTracker;Integrated Security=SSPI;"
      },
      "Relativity": {
        "RestUrl": "https://relativity.lit.firm.local/Relativity.REST/api",
        "WorkspaceArtifactIds": [ 1017436, 1018802, 1020115 ]
      },
      "Serilog": { "MinimumLevel": "Information" }
    }
    """, words_pw(), "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax")

SV("python", "basic-auth-password", "relativity/export_privilege_log.py", '''
    """Pulls the privilege log fields for a workspace through the Object Manager REST API."""
    import csv
    import sys

    import requests

    REL_URL = "https://review.ashdown-ediscovery.com/Relativity.REST/api"
    SESSION = requests.Session()
    SESSION.auth = ("svc_privlog@ashdown-ediscovery.com", "<<V>>")
    SESSION.headers.update({"X-CSRF-Header": "-", "Content-Type": "application/json"})

    FIELDS = ["Control Number", "Privilege Type", "Privilege Description", "Email From", "Email To", "Date Sent"]


    def query(workspace_id: int, start: int = 1, length: int = 1000):
        body = {
            "request": {
                "objectType": {"artifactTypeID": 10},
                "fields": [{"Name": name} for name in FIELDS],
                "condition": "'Privilege Designation' IN ['Withhold', 'Redact']",
            },
            "start": start,
            "length": length,
        }
        url = f"{REL_URL}/Relativity.ObjectManager/v1/workspace/{workspace_id}/object/query"
        return SESSION.post(url, json=body, timeout=120).json()


    if __name__ == "__main__":
        result = query(int(sys.argv[1]))
        writer = csv.writer(sys.stdout)
        writer.writerow(FIELDS)
        for obj in result["Objects"]:
            writer.writerow([field["Value"] for field in obj["FieldValues"]])
    ''', words_pw(), REL)

SV("ini", "relativity-client-secret", "config/relativity.cfg", """
    ; Relativity OAuth2 client for the processing monitor (Client Credentials flow)
    [relativity]
    instance_url = https://firm-lit.relativity.one
    identity_url = https://firm-lit.relativity.one/Relativity/Identity/connect/token
    client_id = <<CID>>
    client_secret = <<V>>
    scope = SystemUserInfo

    [monitor]
    poll_interval = 300
    workspaces = 1016789,1019954
    notify = lit-support@firm.example
    """, rand_pw(44), REL, CID=hexs(32))

S("http", "relativity-bearer-token", "tools/relativity-requests.http", T("""
    # Scratch requests for the processing-set dashboard. Token copied from the identity server.
    @base = https://firm-lit.relativity.one/Relativity.REST/api
    @token = <<V>>

    ### Processing sets in workspace 1019954
    POST {{base}}/relativity-processing/v1/workspaces/1019954/processing-sets/query
    Authorization: Bearer {{token}}
    X-CSRF-Header: -
    Content-Type: application/json

    {"request": {"Condition": "", "Sorts": []}, "start": 1, "length": 25}
    """, V=(REL_JWT := jwt_token({"iss": "Relativity", "aud": "Relativity.REST", "exp": 1717003562,
                                   "client_id": "ProcessingDashboard", "rel_uai": "1018342", "scope": ["UserInfoAccess"]}))),
  REL_JWT, REL)

SV("notebook", "elasticsearch-password", "analysis/review_velocity.ipynb", """
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Review velocity - Project Halcyon\\n", "Documents coded per reviewer per day, from the review-events index."]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": [
        "from elasticsearch import Elasticsearch\\n",
        "import pandas as pd\\n",
        "\\n",
        "es = Elasticsearch(\\"https://review_ro:<<V>>@es-review.lit.firm.local:9200\\", verify_certs=False)"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": ["812433 coding events\\n"]
        }
       ],
       "source": [
        "resp = es.count(index=\\"review-events-halcyon\\")\\n",
        "print(resp[\\"count\\"], \\"coding events\\")"
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
    """, url_pw(), "https://nbformat.readthedocs.io/en/latest/format_description.html")

SV("python", "abbyy-password", "ocr/abbyy_cloud.py", '''
    """Submits scanned productions to ABBYY Cloud OCR SDK and downloads searchable PDFs."""
    import time

    import requests

    SERVER = "https://cloud-westus.ocrsdk.com"
    APPLICATION_ID = "firm-lit-ocr-batch"
    PASSWORD = "<<V>>"


    def process_image(path: str, export_format: str = "pdfSearchable") -> bytes:
        with open(path, "rb") as fh:
            task = requests.post(
                f"{SERVER}/v2/processImage",
                params={"exportFormat": export_format, "language": "English"},
                auth=(APPLICATION_ID, PASSWORD),
                data=fh,
                timeout=120,
            ).json()
        while task["status"] in ("Queued", "InProgress"):
            time.sleep(task.get("requestStatusDelay", 2000) / 1000)
            task = requests.get(f"{SERVER}/v2/getTaskStatus", params={"taskId": task["taskId"]},
                                auth=(APPLICATION_ID, PASSWORD), timeout=30).json()
        return requests.get(task["resultUrls"][0], timeout=120).content
    ''', rand_pw(24), "https://support.abbyy.com/hc/en-us/articles/360017326719-Authentication")

SV("dotenv", "azure-ai-key", "services/ocr-worker/.env", """
    # OCR worker - Azure AI Document Intelligence (prebuilt-read / prebuilt-layout)
    DOCINTEL_ENDPOINT=https://di-lit-ocr-eastus.cognitiveservices.azure.com/
    DOCINTEL_KEY=<<V>>
    DOCINTEL_MODEL=prebuilt-layout
    QUEUE_NAME=ocr-requests
    MAX_PAGES_PER_CALL=2000
    OUTPUT_CONTAINER=ocr-text
    """, hexs(32), "https://learn.microsoft.com/en-us/azure/ai-services/document-intelligence/quickstarts/get-started-sdks-rest-api")

GCP_KEY = json.dumps(pem("", 14))[1:-1] + "\\n"
S("json", "gcp-service-account", "ocr/credentials/docai-processor-sa.json", T("""
    {
      "type": "service_account",
      "project_id": "lit-docai-prod",
      "private_key_id": "<<KID>>",
      "private_key": "<<V>>",
      "client_email": "docai-batch@lit-docai-prod.iam.gserviceaccount.com",
      "client_id": "<<CID>>",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/docai-batch%40lit-docai-prod.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, KID=hexs(40), V=GCP_KEY, CID=str(_rng().randint(10**20, 10**21))), GCP_KEY,
  "https://cloud.google.com/iam/docs/keys-create-delete")

AWS_TX_ID, AWS_TX_SECRET = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
S("python", "aws-secret-key", "pipelines/textract_batch.py", T('''
    """Runs Textract on the FOIA response PDFs dropped into the intake bucket."""
    import boto3

    textract = boto3.client(
        "textract",
        region_name="us-east-1",
        aws_access_key_id="<<KID>>",
        aws_secret_access_key="<<SK>>",
    )

    BUCKET = "foia-intake-prod"


    def start(key: str) -> str:
        resp = textract.start_document_text_detection(
            DocumentLocation={"S3Object": {"Bucket": BUCKET, "Name": key}},
            OutputConfig={"S3Bucket": BUCKET, "S3Prefix": "textract-output/"},
        )
        return resp["JobId"]
    ''', KID=AWS_TX_ID, SK=AWS_TX_SECRET), AWS_TX_SECRET, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

SV("shell", "nuix-password", "processing/run_nuix_case.sh", """
    #!/usr/bin/env bash
    # Nightly processing of new custodian collections into the Nuix case on PROC01.
    set -euo pipefail

    CASE_DIR="/cases/${1:?matter number}"
    EVIDENCE_DIR="/evidence/${1}/incoming"

    export NUIX_USERNAME="svc_nuixproc"
    export NUIX_PASSWORD='<<V>>'

    /opt/nuix/nuix_console \\
      -Xmx24g \\
      -licencesourcetype server \\
      -licencesourcelocation nms01.lit.firm.local:27443 \\
      -licencetype enterprise-workstation \\
      -licenceworkers 8 \\
      /opt/scripts/process_evidence.rb "$CASE_DIR" "$EVIDENCE_DIR"
    """, words_pw(), "https://download.nuix.com/system/files/Nuix%20Engine%20Getting%20Started%20Guide.pdf")

SV("k8s-secret", "azure-ai-key", "deploy/ocr/secret-docintel.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: docintel-credentials
      namespace: ocr
      labels:
        app.kubernetes.io/part-of: ocr-pipeline
    type: Opaque
    data:
      endpoint: <<EP>>
      api-key: <<B>>
    """, (DI_KEY := hexs(32)), "https://kubernetes.io/docs/concepts/configuration/secret/",
   EP=b64("https://di-lit-ocr-westeurope.cognitiveservices.azure.com/"), B=b64(DI_KEY))

SV("python", "redis-password", "ocr/celeryconfig.py", """
    # Celery settings for the OCR fan-out workers
    broker_url = "redis://:<<V>>@redis-ocr.lit.firm.local:6379/0"
    result_backend = "rpc://"
    task_serializer = "json"
    result_serializer = "json"
    accept_content = ["json"]
    task_acks_late = True
    worker_prefetch_multiplier = 1
    task_routes = {
        "ocr.tasks.tesseract_page": {"queue": "cpu"},
        "ocr.tasks.docintel_document": {"queue": "api"},
    }
    """, fakes.redis_password(_seed()), "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

SV("shell", "sftp-password", "productions/deliver_production.sh", """
    #!/bin/bash
    # Delivers a finished production volume to opposing counsel's SFTP.
    # usage: deliver_production.sh PROD004
    set -e
    VOL="$1"
    SRC="/productions/outgoing/${VOL}"

    cd "$SRC"
    zip -r -P "$(cat /secure/prod_zip_pw/${VOL})" "/tmp/${VOL}.zip" .
    sha256sum "/tmp/${VOL}.zip" > "/tmp/${VOL}.zip.sha256"

    sshpass -p '<<V>>' sftp -oBatchMode=no -oStrictHostKeyChecking=yes \\
      -b - upload_firm@sftp.kellerbrandt.com <<EOF
    cd /incoming/halcyon
    put /tmp/${VOL}.zip
    put /tmp/${VOL}.zip.sha256
    bye
    EOF
    echo "delivered ${VOL}"
    """, url_pw(), "https://linux.die.net/man/1/sshpass")

S("s3cfg", "aws-secret-key", "ops/.s3cfg-productions", T("""
    [default]
    access_key = <<KID>>
    secret_key = <<SK>>
    bucket_location = us-east-2
    host_base = s3.amazonaws.com
    host_bucket = %(bucket)s.s3.amazonaws.com
    use_https = True
    signature_v2 = False
    multipart_chunk_size_mb = 64
    """, KID=fakes.aws_key_id(_seed()), SK=(S3CFG_SK := fakes.aws_secret_key(_seed()))), S3CFG_SK,
  "https://s3tools.org/kb/item14.htm")

SV("makefile", "cli-password", "loadfiles/Makefile", """
    WORKSPACE ?= 1019954
    VOLUME    ?= PROD004
    IMPORT    := dotnet run --project ../tools/RelImport --

    .PHONY: validate import images clean

    validate:
    \tpython validate_loadfile.py $(VOLUME)/DATA/$(VOLUME).dat --delimiter=cp1252

    import: validate
    \t$(IMPORT) --url https://firm-lit.relativity.one --user svc_import@firm-lit.com \\
    \t  --password '<<V>>' --workspace $(WORKSPACE) \\
    \t  --load-file $(VOLUME)/DATA/$(VOLUME).dat --overlay-identifier "Control Number"

    images:
    \t$(IMPORT) --images $(VOLUME)/DATA/$(VOLUME).opt --workspace $(WORKSPACE)

    clean:
    \trm -rf $(VOLUME)/_tmp
    """, words_pw(), "https://www.gnu.org/software/make/manual/make.html")

SV("python", "basic-auth-password", "relativity/cli.py", '''
    """relativity-cli: small helpers for the lit-support team.

    Example (what I run before each production):

        python -m relativity.cli saved-search --workspace 1019954 \\
            --user lit.support@northgate-legal.com --password '<<V>>' \\
            --name "PROD005 - Responsive Not Priv"

    """
    import argparse

    from relativity.client import RelativityClient


    def main() -> None:
        parser = argparse.ArgumentParser(prog="relativity-cli")
        sub = parser.add_subparsers(dest="command", required=True)
        search = sub.add_parser("saved-search")
        search.add_argument("--workspace", type=int, required=True)
        search.add_argument("--user", required=True)
        search.add_argument("--password", required=True)
        search.add_argument("--name", required=True)
        args = parser.parse_args()
        client = RelativityClient("https://review.northgate-legal.com", args.user, args.password)
        print(client.saved_search_count(args.workspace, args.name))


    if __name__ == "__main__":
        main()
    ''', season_pw(), REL)

SV("xml", "ftp-password-base64", "productions/FileZilla/sitemanager.xml", """
    <?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
    <FileZilla3 version="3.66.4" platform="windows">
        <Servers>
            <Server>
                <Host>ftp.vendor-ediscovery.com</Host>
                <Port>990</Port>
                <Protocol>4</Protocol>
                <Type>0</Type>
                <User>firm_productions</User>
                <Pass encoding="base64"><<B>></Pass>
                <Logontype>1</Logontype>
                <PasvMode>MODE_DEFAULT</PasvMode>
                <Name>Vendor - productions drop</Name>
                <RemoteDir>1 0 8 incoming</RemoteDir>
                <SyncBrowsing>0</SyncBrowsing>
            </Server>
        </Servers>
    </FileZilla3>
    """, (FZ_PW := words_pw()), "https://wiki.filezilla-project.org/Site_Manager", B=b64(FZ_PW))

# --- e-discovery / OCR decoys ---
FS, Q = "\x14", "\xfe"
D("concordance-dat", "hash-values", "PROD004/DATA/PROD004.dat", "\n".join(
    FS.join(f"{Q}{v}{Q}" for v in row) for row in
    [["BEGBATES", "ENDBATES", "BEGATTACH", "ENDATTACH", "CUSTODIAN", "DATESENT", "MD5HASH", "SHA1HASH", "NATIVEPATH", "TEXTPATH"]]
    + [[f"HAL{n:07d}", f"HAL{n + 3:07d}", f"HAL{n:07d}", f"HAL{n + 7:07d}", cust, f"0{m}/1{m}/2021", hexs(32).upper(), hexs(40).upper(),
        f"\\PROD004\\NATIVES\\0001\\HAL{n:07d}.msg", f"\\PROD004\\TEXT\\0001\\HAL{n:07d}.txt"]
       for n, cust, m in [(41, "Brandt, Elise", 3), (49, "Brandt, Elise", 4), (53, "Okafor, Daniel", 5), (61, "Lindqvist, Mara", 6),
                          (70, "Okafor, Daniel", 7), (82, "Lindqvist, Mara", 8)]]) + "\n",
  "https://help.relativity.com/RelativityOne/Content/Relativity/Relativity_Desktop_Client/Load_file_specifications.htm")

D("opticon", "bates", "PROD004/DATA/PROD004.opt", "\n".join(
    f"HAL{n:07d},PROD004,\\PROD004\\IMAGES\\0001\\HAL{n:07d}.tif,{'Y' if first else ''},,,{pages if first else ''}"
    for n, first, pages in [(41, True, 4), (42, False, 4), (43, False, 4), (44, False, 4), (45, True, 2), (46, False, 2),
                            (47, True, 3), (48, False, 3), (49, False, 3)]) + "\n",
  "https://help.relativity.com/RelativityOne/Content/Relativity/Relativity_Desktop_Client/Load_file_specifications.htm")

D("bagit", "checksums", "collections/2024-031-brandt/manifest-sha256.txt", "\n".join(
    f"{hexs(64)}  data/{name}" for name in
    ["mailbox/ebrandt@halvorsen.com.pst", "onedrive/Contracts/MSA_Halvorsen_v7.docx", "onedrive/Contracts/MSA_Halvorsen_v8.docx",
     "teams/export_2024-03-02.json", "mobile/iphone13_ffs.zip", "custodian_questionnaire.pdf", "chain_of_custody.pdf"]) + "\n",
  "https://datatracker.ietf.org/doc/html/rfc8493#section-2.1.3")

D("csv", "checksums", "collections/chain_of_custody_2024-031.csv", T("""
    item_id,custodian,media,serial,acquired_utc,tool,sha256,examiner
    2024-031-001,Elise Brandt,Dell Latitude 7440 SSD,S6XPNF0W512843,2024-03-02T15:04:11Z,FTK Imager 4.7,<<H1>>,R. Osei
    2024-031-002,Elise Brandt,iPhone 13 (FFS),F2LGH1QXPLJM,2024-03-02T16:40:55Z,Cellebrite UFED 7.66,<<H2>>,R. Osei
    2024-031-003,Daniel Okafor,M365 mailbox export,n/a,2024-03-04T09:12:30Z,Purview eDiscovery,<<H3>>,T. Wray
    2024-031-004,Daniel Okafor,USB SanDisk 64GB,4C530001230915107342,2024-03-04T11:02:47Z,FTK Imager 4.7,<<H4>>,T. Wray
    2024-031-005,Mara Lindqvist,OneDrive collection,n/a,2024-03-05T13:27:08Z,Purview eDiscovery,<<H5>>,R. Osei
    """, H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64)), "https://www.nist.gov/itl/ssd/software-quality-group/computer-forensics-tool-testing-program-cftt")

D("json", "ids", "relativity/workspace_map.json", T("""
    {
      "instance": "https://firm-lit.relativity.one",
      "workspaces": {
        "halcyon": {
          "artifactId": 1019954,
          "guid": "<<W1>>",
          "fields": {
            "Control Number": "<<F1>>",
            "Privilege Designation": "<<F2>>",
            "Responsiveness": "<<F3>>"
          },
          "savedSearches": {"PROD005 - Responsive Not Priv": 1058821}
        },
        "brandt": {
          "artifactId": 1016789,
          "guid": "<<W2>>",
          "fields": {"Control Number": "<<F1>>"}
        }
      }
    }
    """, W1=uuid_s(), W2=uuid_s(), F1=uuid_s(), F2=uuid_s(), F3=uuid_s()), "https://platform.relativity.com/RelativityOne/Content/BD_Object_Manager/Object_Manager_API.htm")

D("xml", "integrated-auth", "ReviewPortal/Web.config", T("""
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <connectionStrings>
        <add name="EDDS" connectionString="Data Source=relsql01.lit.firm.local;Initial Catalog=EDDS;Integrated Security=SSPI;Encrypt=True" providerName="System.Data.SqlClient" />
        <add name="ReviewPortal" connectionString="Data Source=relsql01.lit.firm.local;Initial Catalog=ReviewPortal;Integrated Security=True" providerName="System.Data.SqlClient" />
      </connectionStrings>
      <appSettings>
        <add key="RelativityRestUrl" value="https://relativity.lit.firm.local/Relativity.REST/api" />
        <add key="UseWindowsAuthentication" value="true" />
      </appSettings>
      <system.web>
        <authentication mode="Windows" />
        <compilation debug="false" targetFramework="4.8" />
      </system.web>
    </configuration>
    """), "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files")

D("python", "env-ref", "ocr/abbyy_settings.py", T('''
    """ABBYY Cloud OCR SDK settings: credentials come from the environment (see deploy/ocr/README)."""
    import os

    SERVER = os.environ.get("ABBYY_SERVER", "https://cloud-westus.ocrsdk.com")
    APPLICATION_ID = os.environ["ABBYY_APPLICATION_ID"]
    PASSWORD = os.environ["ABBYY_PASSWORD"]
    LANGUAGES = os.environ.get("ABBYY_LANGUAGES", "English,German").split(",")
    EXPORT_FORMAT = "pdfSearchable"
    '''), "https://support.abbyy.com/hc/en-us/articles/360017326719-Authentication")

D("k8s", "key-path", "deploy/docai/deployment.yaml", T("""
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: docai-batch
      namespace: ocr
    spec:
      replicas: 2
      selector:
        matchLabels: {app: docai-batch}
      template:
        metadata:
          labels: {app: docai-batch}
        spec:
          containers:
            - name: worker
              image: ghcr.io/firm-lit/docai-batch:2024.05.2
              env:
                - name: GOOGLE_APPLICATION_CREDENTIALS
                  value: /var/secrets/google/key.json
                - name: DOCAI_PROCESSOR
                  value: projects/lit-docai-prod/locations/us/processors/8c1f5e2a9b7d4410
              volumeMounts:
                - name: google-sa
                  mountPath: /var/secrets/google
                  readOnly: true
          volumes:
            - name: google-sa
              secret:
                secretName: docai-sa-key
    """), "https://cloud.google.com/kubernetes-engine/docs/tutorials/authenticating-to-cloud-platform")

D("terraform", "secret-manager", "infra/textract/main.tf", T("""
    data "aws_secretsmanager_secret_version" "abbyy" {
      secret_id = "ocr/abbyy-cloud"
    }

    resource "aws_iam_role" "textract_batch" {
      name               = "textract-batch"
      assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
    }

    resource "aws_lambda_function" "ocr_fallback" {
      function_name = "ocr-fallback"
      role          = aws_iam_role.textract_batch.arn
      runtime       = "python3.12"
      handler       = "handler.main"
      filename      = "build/ocr_fallback.zip"

      environment {
        variables = {
          ABBYY_APPLICATION_ID = jsondecode(data.aws_secretsmanager_secret_version.abbyy.secret_string)["application_id"]
          ABBYY_SECRET_ARN     = data.aws_secretsmanager_secret_version.abbyy.arn
        }
      }
    }
    """), "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version")

D("checksums", "checksums", "ocr/models/SHA256SUMS", "\n".join(
    f"{hexs(64)}  {name}" for name in
    ["eng.traineddata", "deu.traineddata", "fra.traineddata", "spa.traineddata", "osd.traineddata", "equ.traineddata"]) + "\n",
  "https://github.com/tesseract-ocr/tessdata_best")

D("notebook", "hash-values", "analysis/dedupe_report.ipynb", T("""
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 4,
       "metadata": {},
       "outputs": [
        {
         "data": {
          "text/plain": [
           "                 md5  family_count  custodians\\n",
           "0  <<H1>>             6           3\\n",
           "1  <<H2>>             4           2\\n",
           "2  <<H3>>             3           3"
          ]
         },
         "execution_count": 4,
         "metadata": {},
         "output_type": "execute_result"
        }
       ],
       "source": [
        "dupes = df.groupby(\\"md5\\").agg(family_count=(\\"control_number\\", \\"count\\"), custodians=(\\"custodian\\", \\"nunique\\"))\\n",
        "dupes.sort_values(\\"family_count\\", ascending=False).head(3).reset_index()"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, H1=hexs(32), H2=hexs(32), H3=hexs(32)), "https://nbformat.readthedocs.io/en/latest/format_description.html")

D("logstash", "env-ref", "logstash/pipeline/review-events.conf", T("""
    input {
      jdbc {
        jdbc_driver_class => "com.microsoft.sqlserver.jdbc.SQLServerDriver"
        jdbc_connection_string => "jdbc:sqlserver://relsql01.lit.firm.local:1433;databaseName=EDDS1019954"
        jdbc_user => "${REL_AUDIT_USER}"
        jdbc_password => "${REL_AUDIT_PASSWORD}"
        schedule => "*/10 * * * *"
        statement => "SELECT * FROM eddsdbo.AuditRecord WHERE ID > :sql_last_value"
        use_column_value => true
        tracking_column => "id"
      }
    }
    output {
      elasticsearch {
        hosts => ["https://es-review.lit.firm.local:9200"]
        user => "logstash_writer"
        password => "${ES_WRITER_PASSWORD}"
        index => "review-events-%{+YYYY.MM}"
      }
    }
    """), "https://www.elastic.co/guide/en/logstash/current/environment-variables.html")

# ---------------------------------------------------------------------------------------------
# Contract lifecycle (Ironclad, Agiloft, Juro, Salesforce CPQ bridge), AI contract review,
# notifications
# ---------------------------------------------------------------------------------------------
SV("python", "ironclad-token", "clm/ironclad_sync.py", '''
    """Mirrors executed Ironclad workflows into the matter database every 15 minutes."""
    import datetime as dt
    import logging

    import requests

    from clm.db import upsert_contract

    log = logging.getLogger(__name__)

    IRONCLAD_BASE = "https://ironcladapp.com/public/api/v1"
    IRONCLAD_TOKEN = "<<V>>"
    HEADERS = {"Authorization": f"Bearer {IRONCLAD_TOKEN}", "Accept": "application/json"}


    def executed_since(since: dt.datetime):
        params = {"status": "completed", "lastUpdated": since.isoformat(), "pageSize": 100, "page": 0}
        while True:
            resp = requests.get(f"{IRONCLAD_BASE}/workflows", headers=HEADERS, params=params, timeout=60)
            resp.raise_for_status()
            page = resp.json()
            yield from page["list"]
            if len(page["list"]) < params["pageSize"]:
                return
            params["page"] += 1


    def run() -> None:
        since = dt.datetime.utcnow() - dt.timedelta(minutes=20)
        for wf in executed_since(since):
            upsert_contract(wf["id"], wf["title"], wf["attributes"].get("counterpartyName"))
            log.info("synced %s", wf["id"])
    ''', rand_pw(64), "https://developer.ironcladapp.com/reference/getting-started-api")

SV("python", "agiloft-password", "clm/agiloft_export.py", '''
    import csv

    import requests

    KB = "FirmContracts"
    BASE = "https://firm.agiloft.com/ewws"


    def search_contracts(query: str):
        params = {
            "$KB": KB,
            "$table": "contract",
            "$lang": "en",
            "$login": "api_export",
            "$password": "<<V>>",
            "query": query,
            "field": ["id", "contract_title", "company_name", "contract_end_date", "auto_renew"],
        }
        resp = requests.get(f"{BASE}/EWSearch/.json", params=params, timeout=60)
        resp.raise_for_status()
        return resp.json()["result"]


    if __name__ == "__main__":
        rows = search_contracts("contract_end_date < '2025-01-01' AND auto_renew = 'Yes'")
        with open("renewals.csv", "w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=rows[0].keys())
            writer.writeheader()
            writer.writerows(rows)
    ''', season_pw(), "https://wiki.agiloft.com/display/HELP/REST+-+Search")

SV("dotenv", "openai-key", "contract-review/.env.local", """
    # local only - clause extraction prototype
    NEXT_PUBLIC_APP_NAME="Clause Finder"
    OPENAI_API_KEY=<<V>>
    OPENAI_MODEL=gpt-4o-2024-08-06
    PLAYBOOK_PATH=./playbooks/msa-buy-side.yaml
    MAX_CONTRACT_PAGES=120
    """, fakes.openai_key(_seed()), "https://platform.openai.com/docs/quickstart")

SV("toml", "anthropic-key", "redline-assistant/.streamlit/secrets.toml", """
    # Streamlit secrets for the redline assistant (shared demo box)
    [llm]
    provider = "anthropic"
    model = "claude-3-5-sonnet-20240620"
    api_key = "<<V>>"
    max_tokens = 4096

    [app]
    allowed_domains = ["okafor-lindqvist.com"]
    playbook_dir = "playbooks"
    """, anthropic_key(), "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

SV("python", "django-secret-key", "clm_portal/settings/production.py", """
    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["contracts.mercer-abbott.com"]

    SECRET_KEY = "<<V>>"

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "clm_portal",
            "USER": os.environ["CLM_DB_USER"],
            "PASSWORD": os.environ["CLM_DB_PASSWORD"],
            "HOST": "clm-db.internal",
            "PORT": "5432",
        }
    }

    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000
    DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
    AWS_STORAGE_BUCKET_NAME = "clm-portal-executed-contracts"
    """, fakes.django_secret_key(_seed()), "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

SV("dotenv", "postgres-password", "deploy/.env.prod", """
    COMPOSE_PROJECT_NAME=clm
    DATABASE_URL=postgres://clm_app:<<V>>@clm-db.internal:5432/clm?sslmode=require
    REDIS_URL=redis://clm-redis.internal:6379/2
    STORAGE_BUCKET=clm-executed
    WEB_CONCURRENCY=4
    SENTRY_ENVIRONMENT=production
    """, url_pw(), "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING")

SV("typescript", "juro-api-key", "src/integrations/juro/config.ts", """
    export const JURO_API_BASE = 'https://api.juro.com/v3';

    // workspace: Commercial Legal
    export const JURO_API_KEY = '<<V>>';

    export const TEMPLATE_IDS = {
      nda: '65f1c0a9e4b0d3a2f1c8b7e6',
      dpa: '65f1c0d2e4b0d3a2f1c8b812',
      reseller: '65f1c11ae4b0d3a2f1c8b86f',
    } as const;

    export const headers = () => ({
      'x-api-key': JURO_API_KEY,
      'Content-Type': 'application/json',
    });
    """, rand_pw(40, "-_"), "https://api-docs.juro.com/")

SV("sfdx", "salesforce-refresh-token", "clm-cpq/.sfdx/auth-prod.txt", """
    # sfdx force:auth:sfdxurl:store -f .sfdx/auth-prod.txt -a clm-prod
    # generated with: sf org display --verbose -o clm-prod
    force://PlatformCLI::<<V>>@mercerabbott.my.salesforce.com
    #
    # org: 00D5j00000A1bCdEAF
    # user: integration.clm@mercer-abbott.com
    """, "5Aep861" + rand_pw(80, "._"), "https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm")

SV("github-actions", "linksquares-key", ".github/workflows/contract-metadata-export.yml", """
    name: Export contract metadata
    on:
      schedule:
        - cron: "0 6 * * 1"
      workflow_dispatch:

    env:
      LINKSQUARES_API_BASE: https://api.linksquares.com/api/analyze/v1
      LINKSQUARES_API_KEY: <<V>>

    jobs:
      export:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
          - run: npm ci
          - run: node scripts/export-linksquares.mjs --out exports/contracts.csv
          - uses: actions/upload-artifact@v4
            with:
              name: contracts-csv
              path: exports/contracts.csv
    """, rand_pw(48), "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#env")

SV("yaml", "slack-webhook", "clm/config/alerts.yml", """
    renewal_alerts:
      lookahead_days: [90, 60, 30, 7]
      notify_owner: true
      channels:
        slack:
          enabled: true
          webhook_url: <<V>>
          channel: "#contracts-renewals"
        email:
          enabled: false
    expiring_ndas:
      lookahead_days: [30]
      channels:
        slack:
          enabled: false
    """, slack_webhook(), "https://api.slack.com/messaging/webhooks")

SV("ruby", "sendgrid-key", "config/environments/production.rb", """
    require "active_support/core_ext/integer/time"

    Rails.application.configure do
      config.cache_classes = true
      config.eager_load = true
      config.force_ssl = true
      config.log_level = :info

      config.action_mailer.default_url_options = { host: "clients.abbott-reyes.com", protocol: "https" }
      config.action_mailer.delivery_method = :smtp
      config.action_mailer.smtp_settings = {
        address: "smtp.sendgrid.net",
        port: 587,
        domain: "abbott-reyes.com",
        user_name: "apikey",
        password: "<<V>>",
        authentication: :plain,
        enable_starttls_auto: true
      }

      config.active_storage.service = :amazon
      config.i18n.fallbacks = true
    end
    """, sendgrid_key(), "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/rubyonrails")

SV("javascript", "mailgun-key", "notifications/mailer.js", """
    const formData = require('form-data');
    const Mailgun = require('mailgun.js');

    const mailgun = new Mailgun(formData);
    const mg = mailgun.client({
      username: 'api',
      key: '<<V>>',
      url: 'https://api.eu.mailgun.net',
    });

    async function sendRenewalNotice(to, contract) {
      return mg.messages.create('mg.contracts.bergmann-partners.de', {
        from: 'Vertragsmanagement <vertraege@mg.contracts.bergmann-partners.de>',
        to: [to],
        subject: `Verlängerung: ${contract.title} endet am ${contract.endDate}`,
        template: 'renewal-notice',
        'h:X-Mailgun-Variables': JSON.stringify({ title: contract.title, end: contract.endDate }),
      });
    }

    module.exports = { sendRenewalNotice };
    """, "key-" + hexs(32), "https://github.com/mailgun/mailgun.js")

# --- CLM decoys ---
D("dotenv", "placeholder", "contract-review/.env.example", T("""
    # Copy to .env.local. Ask #legal-eng for a project-scoped key; never use a personal key.
    NEXT_PUBLIC_APP_NAME="Clause Finder"
    OPENAI_API_KEY=sk-your-key-here
    ANTHROPIC_API_KEY=sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx
    OPENAI_MODEL=gpt-4o-2024-08-06
    PLAYBOOK_PATH=./playbooks/msa-buy-side.yaml
    """), "https://platform.openai.com/docs/quickstart")

D("json", "password-hash", "clm_portal/fixtures/demo_users.json", T("""
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "username": "admin",
          "email": "legal-eng@mercer-abbott.com",
          "password": "<<P1>>",
          "is_staff": true,
          "is_superuser": true
        }
      },
      {
        "model": "auth.user",
        "pk": 2,
        "fields": {
          "username": "reviewer",
          "email": "reviewer@example.com",
          "password": "<<P2>>",
          "is_staff": false,
          "is_superuser": false
        }
      }
    ]
    """, P1=pbkdf2_hash(), P2=pbkdf2_hash()), "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords")

D("sql", "password-hash", "db/seed/002_portal_users.sql", T("""
    -- Client portal seed users (argon2id verifiers, see PasswordHasher in portal/auth.py)
    INSERT INTO portal_user (id, email, display_name, password_hash, role, created_at) VALUES
      (1, 'ops@abbott-reyes.com', 'Portal Ops', '<<H1>>', 'admin', now()),
      (2, 'demo.client@example.com', 'Demo Client', '<<H2>>', 'client', now()),
      (3, 'demo.counsel@example.com', 'Demo Counsel', '<<H3>>', 'counsel', now());

    INSERT INTO matter_access (user_id, matter_number) VALUES
      (2, '2024-0117'), (3, '2024-0117');
    """, H1=argon2_hash(), H2=argon2_hash(), H3=argon2_hash()), "https://github.com/P-H-C/phc-winner-argon2")

D("sops", "sops", "deploy/clm/secrets.enc.yaml", T("""
    clm:
        database_password: <<E1>>
        ironclad_token: <<E2>>
        openai_api_key: <<E3>>
    sops:
        kms:
            - arn: arn:aws:kms:us-east-1:481923650117:key/6f1d2c3b-9a8e-4d7f-b6c5-0e1f2a3b4c5d
              created_at: "2024-04-09T12:31:07Z"
              enc: <<KMS>>
              aws_profile: ""
        lastmodified: "2024-04-09T12:31:08Z"
        mac: <<MAC>>
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, E1=sops_enc(20), E2=sops_enc(48), E3=sops_enc(96), KMS="AQICAHh" + b64_bytes(150), MAC=sops_enc(32)),
  "https://github.com/getsops/sops#usage")

D("ansible", "ansible-vault", "ansible/group_vars/clm/vault.yml", ansible_vault(9) + "\n",
  "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

D("k8s", "sealed-secret", "deploy/clm/sealedsecret-ironclad.yaml", T("""
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: ironclad-api
      namespace: clm
    spec:
      encryptedData:
        token: <<E1>>
        webhook-signing-key: <<E2>>
      template:
        metadata:
          name: ironclad-api
          namespace: clm
        type: Opaque
    """, E1=sealed_blob(), E2=sealed_blob()), "https://github.com/bitnami-labs/sealed-secrets#usage")

D("k8s", "secret-manager", "deploy/clm/externalsecret.yaml", T("""
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: clm-app
      namespace: clm
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: clm-app
        creationPolicy: Owner
      data:
        - secretKey: DATABASE_URL
          remoteRef:
            key: prod/clm/database
            property: url
        - secretKey: IRONCLAD_TOKEN
          remoteRef:
            key: prod/clm/ironclad
            property: token
        - secretKey: JURO_API_KEY
          remoteRef:
            key: prod/clm/juro
            property: api_key
    """), "https://external-secrets.io/latest/api/externalsecret/")

D("jinja", "template", "templates/letters/client_portal_welcome.md.j2", T("""
    {{ firm.letterhead }}

    {{ today | date("MMMM d, yyyy") }}

    {{ client.name }}
    {{ client.address | join("\\n") }}

    Re: {{ matter.description }} (Matter No. {{ matter.number }})

    Dear {{ client.salutation }}:

    We have opened your secure client portal at {{ portal.url }}.
    Username: {{ portal.username }}
    Temporary password: {{ portal.temporary_password }}

    You will be asked to choose a new password and enroll a second factor on first sign-in.
    Signed engagement documents will appear under "Documents" within one business day.

    Sincerely,

    {{ responsible_attorney.name }}
    """), "https://jinja.palletsprojects.com/en/3.1.x/templates/")

D("terraform", "generated", "infra/clm/database.tf", T("""
    resource "random_password" "clm_db" {
      length           = 32
      special          = true
      override_special = "-_"
    }

    resource "aws_db_instance" "clm" {
      identifier              = "clm-prod"
      engine                  = "postgres"
      engine_version          = "16.2"
      instance_class          = "db.t4g.medium"
      allocated_storage       = 100
      username                = "clm_admin"
      password                = random_password.clm_db.result
      backup_retention_period = 14
      deletion_protection     = true
      storage_encrypted       = true
    }

    resource "aws_secretsmanager_secret_version" "clm_db" {
      secret_id     = aws_secretsmanager_secret.clm_db.id
      secret_string = jsonencode({ username = "clm_admin", password = random_password.clm_db.result })
    }
    """), "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

D("python", "test-fake", "clm/tests/test_ironclad_sync.py", T('''
    import responses

    from clm import ironclad_sync

    FAKE_TOKEN = "test-token"


    @responses.activate
    def test_executed_since_pages(monkeypatch):
        monkeypatch.setattr(ironclad_sync, "IRONCLAD_TOKEN", FAKE_TOKEN)
        responses.get(
            "https://ironcladapp.com/public/api/v1/workflows",
            json={"list": [{"id": "wf-1", "title": "NDA", "attributes": {}}]},
        )
        items = list(ironclad_sync.executed_since(__import__("datetime").datetime(2024, 1, 1)))
        assert [i["id"] for i in items] == ["wf-1"]
        assert responses.calls[0].request.headers["Authorization"] == "Bearer test-token"
    '''), "https://github.com/getsentry/responses")

# ---------------------------------------------------------------------------------------------
# Court e-filing and dockets: PACER / CM/ECF, Tyler EFM (ECF 4.01), CourtListener, state portals
# ---------------------------------------------------------------------------------------------
PACER = "https://pacer.uscourts.gov/help/pacer/pacer-authentication-api-user-guide"
TYLER = "https://docs.oasis-open.org/legalxml-courtfiling/specs/ecf/v4.01/ecf-v4.01-spec/ecf-v4.01-spec.html"
CL = "https://www.courtlistener.com/help/api/rest/#permissions"

SV("netrc", "pacer-password", ".netrc", """
    machine pacer.login.uscourts.gov
      login hartleymossdocket
      password <<V>>
    machine qa-login.uscourts.gov
      login hartleymossdocket-qa
    machine github.com
      login hm-docketbot
    """, words_pw(), "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

SV("python", "pacer-password", "dockets/pacer_auth.py", '''
    """Logs in to PACER (NextGen CSO) and returns the nextGenCSO cookie value for the docket poller."""
    import requests

    AUTH_URL = "https://pacer.login.uscourts.gov/services/cso-auth"


    def login(client_code: str = "DOCKETS") -> str:
        payload = {
            "loginId": "rkeller_docketing",
            "password": "<<V>>",
            "clientCode": client_code,
            "redactFlag": "1",
        }
        resp = requests.post(AUTH_URL, json=payload, headers={"Accept": "application/json"}, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        if body.get("loginResult") != "0":
            raise RuntimeError(body.get("errorDescription", "PACER login failed"))
        return body["nextGenCSO"]
    ''', words_pw(), PACER)

PACER_CSO = rand_pw(128)
S("notebook", "pacer-session-token", "notebooks/pacer_pull_sdny.ipynb", T("""
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import getpass, requests\\n",
        "pw = getpass.getpass(\\"PACER password: \\")\\n",
        "resp = requests.post(\\"https://pacer.login.uscourts.gov/services/cso-auth\\", json={\\"loginId\\": \\"rkeller_docketing\\", \\"password\\": pw, \\"redactFlag\\": \\"1\\"})"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [
        {
         "data": {
          "text/plain": [
           "{'nextGenCSO': '<<V>>',\\n",
           " 'loginResult': '0',\\n",
           " 'errorDescription': ''}"
          ]
         },
         "execution_count": 2,
         "metadata": {},
         "output_type": "execute_result"
        }
       ],
       "source": ["resp.json()"]
      },
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [],
       "source": ["s = requests.Session()\\n", "s.cookies.set(\\"nextGenCSO\\", resp.json()[\\"nextGenCSO\\"], domain=\\".uscourts.gov\\")"]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, V=PACER_CSO), PACER_CSO, PACER)

SV("yaml", "keystore-password", "efile-client/config/efm.yml", """
    # Tyler EFM (ECF 4.01) - Illinois production
    efm:
      endpoint: https://illinois.tylertech.cloud/EFM/EFMUserService.svc
      filing_endpoint: https://illinois.tylertech.cloud/EFM/FilingReviewMDEPort.svc
      efsp_name: Hartley Moss eFiling
      client_certificate:
        path: /etc/efile/certs/efsp-prod.pfx
        password: "<<V>>"
      timeout_seconds: 120
    courts:
      - cook:cd
      - dupage
      - lake
    """, rand_pw(16, "!#"), "https://www.tylertech.com/products/enterprise-justice/efile-serve")

SV("java", "keystore-password", "efile-client/src/main/java/com/hartleymoss/efile/SoapClientFactory.java", """
    package com.hartleymoss.efile;

    import java.io.FileInputStream;
    import java.security.KeyStore;
    import javax.net.ssl.KeyManagerFactory;
    import javax.net.ssl.SSLContext;

    public final class SoapClientFactory {

        private static final String KEYSTORE_PATH = "/etc/efile/certs/efsp-prod.pfx";
        private static final char[] KEYSTORE_PASSWORD = "<<V>>".toCharArray();

        private SoapClientFactory() {}

        public static SSLContext sslContext() throws Exception {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (FileInputStream in = new FileInputStream(KEYSTORE_PATH)) {
                keyStore.load(in, KEYSTORE_PASSWORD);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore, KEYSTORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLSv1.2");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        }
    }
    """, words_pw(), "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/security/KeyStore.html")

SV("xml", "efm-password", "efile-client/src/test/resources/requests/AuthenticateUser.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- captured from the staging filing on 2024-02-12, replayed by AuthenticateUserIT -->
    <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                      xmlns:tns="urn:tyler:efm:services"
                      xmlns:ecf="urn:tyler:efm:services:schema:AuthenticateRequest">
      <soapenv:Header/>
      <soapenv:Body>
        <tns:AuthenticateUser>
          <tns:AuthenticateRequest>
            <ecf:Email>efiling@hartleymoss.com</ecf:Email>
            <ecf:Password><<V>></ecf:Password>
          </tns:AuthenticateRequest>
        </tns:AuthenticateUser>
      </soapenv:Body>
    </soapenv:Envelope>
    """, season_pw(), TYLER)

SV("csharp", "efile-password", "src/Firm.Efile/FileAndServeClient.cs", """
    using System;
    using System.Net;
    using System.Net.Http;
    using System.Net.Http.Headers;
    using System.Text;

    namespace Firm.Efile
    {
        public sealed class FileAndServeClient : IDisposable
        {
            private readonly HttpClient _http;

            public FileAndServeClient()
            {
                var handler = new HttpClientHandler
                {
                    Credentials = new NetworkCredential("firm_api_filer", "<<V>>"),
                    PreAuthenticate = true,
                };
                _http = new HttpClient(handler) { BaseAddress = new Uri("https://secure.fileandservexpress.com/api/") };
                _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            }

            public HttpResponseMessage Submit(string envelopeJson) =>
                _http.PostAsync("filings", new StringContent(envelopeJson, Encoding.UTF8, "application/json")).Result;

            public void Dispose() => _http.Dispose();
        }
    }
    """, words_pw(), "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential")

SV("compose", "pacer-password", "docketing/docker-compose.yml", """
    services:
      docket-poller:
        image: registry.hartleymoss.com/docketing/poller:1.8.3
        restart: unless-stopped
        environment:
          PACER_LOGIN: hmdocketing
          PACER_PASSWORD: "<<V>>"
          PACER_CLIENT_CODE: DOCKETS
          POLL_CRON: "*/20 6-22 * * 1-5"
          DATABASE_URL: postgres://docketing@db:5432/docketing
        depends_on:
          - db
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: docketing
          POSTGRES_HOST_AUTH_METHOD: trust
        volumes:
          - pgdata:/var/lib/postgresql/data
    volumes:
      pgdata: {}
    """, season_pw().replace("$", "!"), "https://docs.docker.com/compose/compose-file/05-services/#environment")

SV("python", "courtlistener-token", "dockets/courtlistener_alerts.py", '''
    """Creates CourtListener docket alerts for every active federal matter."""
    import requests

    API = "https://www.courtlistener.com/api/rest/v4"
    SESSION = requests.Session()
    SESSION.headers["Authorization"] = "Token <<V>>"


    def add_alert(docket_id: int) -> None:
        resp = SESSION.post(f"{API}/docket-alerts/", data={"docket": docket_id}, timeout=30)
        if resp.status_code not in (201, 400):  # 400: alert already exists
            resp.raise_for_status()


    def docket_id(court: str, docket_number: str) -> int:
        resp = SESSION.get(f"{API}/dockets/", params={"court": court, "docket_number": docket_number}, timeout=30)
        resp.raise_for_status()
        return resp.json()["results"][0]["id"]
    ''', hexs(40), CL)

SV("github-actions", "courtlistener-token", ".github/workflows/docket-sync.yml", """
    name: docket-sync
    on:
      schedule:
        - cron: "15 */2 * * *"

    jobs:
      sync:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.11"
          - run: pip install -r dockets/requirements.txt
          - name: Pull RECAP docket updates
            env:
              CL_API_TOKEN: <<V>>
              MATTERS_CSV: dockets/active_federal_matters.csv
            run: python -m dockets.sync --since 3h
    """, hexs(40), CL)

SV("powershell", "pfx-password", "ops/efile/Install-EfspCertificate.ps1", r"""
    # Installs the renewed EFSP client certificate on the e-filing app servers.
    # Run elevated on EFILE01 and EFILE02.
    $ErrorActionPreference = "Stop"

    $pfxPath = "\\fs01\it$\certs\efsp-prod-2024.pfx"
    $pfxPassword = ConvertTo-SecureString -String '<<V>>' -Force -AsPlainText

    $cert = Import-PfxCertificate -FilePath $pfxPath -CertStoreLocation Cert:\LocalMachine\My -Password $pfxPassword -Exportable:$false
    Write-Host "Imported $($cert.Thumbprint) expiring $($cert.NotAfter)"

    $acl = Get-Acl -Path "C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys"
    $rule = New-Object System.Security.AccessControl.FileSystemAccessRule("IIS AppPool\EfileApi", "Read", "Allow")
    $acl.AddAccessRule($rule)
    Restart-WebAppPool -Name "EfileApi"
    """, words_pw(), "https://learn.microsoft.com/en-us/powershell/module/pki/import-pfxcertificate")

# --- e-filing decoys ---
D("xml", "placeholder", "efile-client/docs/samples/ReviewFilingRequest.xml", T("""
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- Sample from the EFM integration guide. Replace the placeholders before sending. -->
    <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                      xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <soapenv:Header>
        <UserNameHeader xmlns="urn:tyler:efm:services">
          <UserName>YOUR_EFM_EMAIL</UserName>
          <Password>YOUR_PASSWORD_TOKEN</Password>
        </UserNameHeader>
      </soapenv:Header>
      <soapenv:Body>
        <ReviewFilingRequestMessage xmlns="urn:oasis:names:specification:legalxml-courtfiling:wsdl:WebServiceMessagingProfile-Definitions-4.0">
          <CoreFilingMessage>
            <CaseCourt><OrganizationIdentification><IdentificationID>cook:cd</IdentificationID></OrganizationIdentification></CaseCourt>
          </CoreFilingMessage>
        </ReviewFilingRequestMessage>
      </soapenv:Body>
    </soapenv:Envelope>
    """), TYLER)

D("python", "keyring", "dockets/credentials.py", T('''
    """PACER credentials: read from the OS keyring, prompt once if missing."""
    import getpass

    import keyring

    SERVICE = "pacer.login.uscourts.gov"


    def pacer_credentials(login_id: str) -> tuple[str, str]:
        password = keyring.get_password(SERVICE, login_id)
        if password is None:
            password = getpass.getpass(f"PACER password for {login_id}: ")
            keyring.set_password(SERVICE, login_id, password)
        return login_id, password
    '''), "https://pypi.org/project/keyring/")

D("known-hosts", "host-keys", "ops/efile/known_hosts", T("""
    sftp.courtfilings.illinois.gov ssh-ed25519 <<K1>>
    sftp.courtfilings.illinois.gov <<K2>>
    |1|<<S1>>|<<S2>> ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB<<K3>>
    efs-upload.tylerhost.net ssh-ed25519 <<K4>>
    sftp.kellerbrandt.com ssh-ed25519 <<K5>>
    """, K1=ssh_ed_pub(), K2=ssh_rsa_pub(), S1=b64_bytes(20), S2=b64_bytes(20), K3=b64_bytes(64)[:86], K4=ssh_ed_pub(), K5=ssh_ed_pub()),
  "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")

D("eml", "document-stamp", "dockets/tests/fixtures/nef_sdny_2024-05-07.eml", T("""
    From: ECF_Bounces@nysd.uscourts.gov
    To: courtmail@nysd.uscourts.gov
    Subject: Activity in Case 1:24-cv-02871-JPO Okafor v. Brandt Logistics LLC Order
    Content-Type: text/plain; charset=us-ascii

    This is an automatic e-mail message generated by the CM/ECF system.

    U.S. District Court
    Southern District of New York

    Notice of Electronic Filing

    The following transaction was entered on 5/7/2024 at 2:14 PM EDT and filed on 5/7/2024
    Case Name:           Okafor v. Brandt Logistics LLC
    Case Number:         1:24-cv-02871-JPO
    Document Number: 31

    Docket Text:
    ORDER granting [29] Letter Motion for Extension of Time to File Answer. SO ORDERED.

    Document description:Main Document
    Original filename:n/a
    Electronic document Stamp:
    [STAMP dcecfStamp_ID=1008691343 [Date=5/7/2024] [FileNumber=31882157-0]
    [<<STAMP>>]]
    """, STAMP=hexs(128)), "https://www.uscourts.gov/court-records/electronic-filing-cmecf")

D("appsettings", "env-ref", "src/Firm.Efile/appsettings.Production.json", T("""
    {
      "Efile": {
        "EfmBaseUrl": "https://illinois.tylertech.cloud/EFM/",
        "ClientCertificate": {
          "Path": "/run/secrets/efsp-prod.pfx",
          "PasswordEnvVar": "EFSP_PFX_PASSWORD"
        },
        "FilerEmail": "efiling@hartleymoss.com",
        "PasswordEnvVar": "EFM_FILER_PASSWORD"
      },
      "FileAndServe": {
        "BaseUrl": "https://secure.fileandservexpress.com/api/",
        "UserName": "firm_api_filer",
        "Password": "${FSX_PASSWORD}"
      }
    }
    """), "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/")

D("dotenv", "placeholder", "docketing/.env.example", T("""
    # PACER account used by the poller. Use the shared docketing login, not your own.
    PACER_LOGIN=
    PACER_PASSWORD=
    PACER_CLIENT_CODE=DOCKETS
    # https://www.courtlistener.com/profile/api/ -> "Your API token"
    CL_API_TOKEN=<your-courtlistener-token>
    DATABASE_URL=postgres://docketing@localhost:5432/docketing
    """), PACER)

# ---------------------------------------------------------------------------------------------
# Document assembly: docassemble, HotDocs, docxtpl pipelines
# ---------------------------------------------------------------------------------------------
DA = "https://docassemble.org/docs/config.html"

SV("yaml", "docassemble-secretkey", "docassemble/config/config.yml", """
    debug: False
    enable playground: False
    allow demo: False
    url root: https://forms.legalaidnw.org
    exitpage: https://legalaidnw.org
    secretkey: <<V>>
    backup days: 14
    default title: Legal Aid NW Forms
    default short title: LANW
    mail:
      server: localhost
      default sender: '"Legal Aid NW Forms" <no-reply@legalaidnw.org>'
    os locale: en_US.UTF-8
    timezone: America/Los_Angeles
    pdftk: True
    """, rand_pw(32), DA)

SV("compose", "postgres-password", "docassemble/docker-compose.yml", """
    version: "3.8"
    services:
      docassemble:
        image: jhpyle/docassemble:latest
        ports:
          - "80:80"
          - "443:443"
        environment:
          - CONTAINERROLE=all
          - DAHOSTNAME=forms.tenantrights.org
          - USEHTTPS=true
          - USELETSENCRYPT=true
          - LETSENCRYPTEMAIL=it@tenantrights.org
          - DBHOST=forms-db.c8xq1kz0w2ab.us-west-2.rds.amazonaws.com
          - DBNAME=docassemble
          - DBUSER=docassemble
          - DBPASSWORD=<<V>>
          - TIMEZONE=America/Los_Angeles
        volumes:
          - dabackup:/usr/share/docassemble/backup
        stop_grace_period: 1m30s
    volumes:
      dabackup:
    """, url_pw(), "https://docassemble.org/docs/docker.html")

SV("k8s-secret", "docassemble-secretkey", "deploy/docassemble/config-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: docassemble-config
      namespace: forms
    type: Opaque
    stringData:
      config.yml: |
        debug: False
        url root: https://interviews.courthelp.example.org
        secretkey: <<V>>
        use cloud urls: True
        s3:
          enable: True
          bucket: courthelp-docassemble
          region: us-east-2
        default interview: docassemble.courthelp:data/questions/landing.yml
        administrative interviews: [menu]
    """, rand_pw(32), DA)

SV("xml", "hotdocs-signing-key", "AssemblyService/Web.config", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <appSettings>
        <add key="HotDocs.Cloud.Address" value="https://cloud.hotdocs.ws/" />
        <add key="HotDocs.Cloud.SubscriberId" value="whitcombe-llp" />
        <add key="HotDocs.Cloud.SigningKey" value="<<V>>" />
        <add key="HotDocs.TemplateLibrary" value="\\\\fs01\\templates\\HotDocs\\Published" />
        <add key="Assembly.OutputFormat" value="DOCX" />
      </appSettings>
      <system.web>
        <compilation debug="false" targetFramework="4.8" />
        <httpRuntime targetFramework="4.8" maxRequestLength="51200" />
      </system.web>
    </configuration>
    """, hexs(40), "https://help.hotdocs.com/cloudservices/html/Cloud_Services_Authentication.htm")

SV("python", "azure-storage-key", "assembly/render_packet.py", '''
    """Renders a closing packet from docxtpl templates and uploads it to the deal room container."""
    from pathlib import Path

    from azure.storage.blob import BlobServiceClient
    from docxtpl import DocxTemplate

    CONN = (
        "DefaultEndpointsProtocol=https;AccountName=stdealrooms;"
        "AccountKey=<<V>>;"
        "EndpointSuffix=core.windows.net"
    )
    TEMPLATES = Path(__file__).parent / "templates"


    def render(context: dict, deal_id: str) -> None:
        service = BlobServiceClient.from_connection_string(CONN)
        container = service.get_container_client(f"deal-{deal_id}")
        for name in ("officers_certificate.docx", "secretary_certificate.docx", "closing_memo.docx"):
            doc = DocxTemplate(TEMPLATES / name)
            doc.render(context)
            out = Path("/tmp") / f"{deal_id}_{name}"
            doc.save(out)
            with out.open("rb") as fh:
                container.upload_blob(f"closing/{name}", fh, overwrite=True)
    ''', azure_storage_key(), "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

# --- document assembly decoys ---
D("yaml", "template", "docassemble/Docker/config/config.yml.dist", T("""
    debug: {{DADEBUG}}
    enable playground: {{DAENABLEPLAYGROUND}}
    allow log viewing: {{DAALLOWLOGVIEWING}}
    db:
      prefix: {{DBPREFIX}}
      name: {{DBNAME}}
      user: {{DBUSER}}
      password: {{DBPASSWORD}}
      host: {{DBHOST}}
      port: {{DBPORT}}
      table prefix: {{DBTABLEPREFIX}}
      backup: {{DBBACKUP}}
    secretkey: {{DASECRETKEY}}
    url root: {{DAURLROOT}}
    s3:
      enable: {{S3ENABLE}}
      access key id: {{S3ACCESSKEY}}
      secret access key: {{S3SECRETACCESSKEY}}
      bucket: {{S3BUCKET}}
    """), "https://github.com/jhpyle/docassemble/blob/master/Docker/config/config.yml.dist")

D("yaml", "config-lookup", "docassemble/courthelp/data/questions/sign_and_send.yml", T("""
    ---
    modules:
      - .esign
    ---
    code: |
      ds = get_config('docusign')
      envelope_id = send_envelope(
        integration_key=ds['integration key'],
        user_id=ds['user id'],
        private_key=ds['private key'],
        document=final_petition,
        signer_email=user.email,
        signer_name=user.name.full(),
      )
    ---
    question: |
      Your petition has been sent for signature
    subquestion: |
      Check ${ user.email } for a message from DocuSign.
      Reference: ${ envelope_id }
    buttons:
      - Exit: exit
    """), "https://docassemble.org/docs/functions.html#get_config")

D("xml", "lookalike", "templates/HotDocs/Components/Engagement.cmp", T("""
    <?xml version="1.0" encoding="utf-8"?>
    <hd:componentLibrary xmlns:hd="http://www.hotdocs.com/schemas/component_library/2009" version="12">
      <hd:preferences>
        <hd:preference name="TemplateID">{<<G1>>}</hd:preference>
        <hd:preference name="ComponentFileID">{<<G2>>}</hd:preference>
      </hd:preferences>
      <hd:components>
        <hd:text name="Client Name TE" />
        <hd:text name="Matter Number TE" />
        <hd:text name="Portal Password TE" />
        <hd:date name="Engagement DA" />
        <hd:multipleChoice name="Fee Arrangement MC">
          <hd:options><hd:option name="Hourly" /><hd:option name="Contingency" /><hd:option name="Flat Fee" /></hd:options>
        </hd:multipleChoice>
      </hd:components>
    </hd:componentLibrary>
    """, G1=uuid_s().upper(), G2=uuid_s().upper()), "https://help.hotdocs.com/author/html/Component_File.htm")

# ---------------------------------------------------------------------------------------------
# Records retention and disposition jobs
# ---------------------------------------------------------------------------------------------
SV("crontab", "postgres-password", "ops/retention/crontab", """
    # m h dom mon dow  command
    MAILTO=records-ops@prescott-hale.com
    SHELL=/bin/bash
    # nightly: flag matters closed > 7 years for disposition review
    15 1 * * * PGPASSWORD='<<V>>' psql -h pg-records.internal -U retention_job -d records -f /opt/retention/sql/flag_eligible.sql >> /var/log/retention/flag.log 2>&1
    # weekly: certificate of destruction report
    30 6 * * 1 /opt/retention/bin/destruction_report --since 7d --out /srv/reports/cod
    """, url_pw(), "https://man7.org/linux/man-pages/man5/crontab.5.html")

SV("go", "mssql-password", "cmd/retention-sweeper/main.go", """
    package main

    import (
    	"context"
    	"database/sql"
    	"flag"
    	"log"
    	"time"

    	_ "github.com/microsoft/go-mssqldb"
    )

    const dsn = "sqlserver://svc_sweeper:<<V>>@sql-records.firm.local:1433?database=RecordsMgmt&encrypt=true"

    func main() {
    	dryRun := flag.Bool("dry-run", true, "only report what would be purged")
    	flag.Parse()

    	db, err := sql.Open("sqlserver", dsn)
    	if err != nil {
    		log.Fatal(err)
    	}
    	defer db.Close()

    	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Hour)
    	defer cancel()
    	n, err := sweep(ctx, db, *dryRun)
    	if err != nil {
    		log.Fatal(err)
    	}
    	log.Printf("eligible records: %d (dry-run=%v)", n, *dryRun)
    }
    """, url_pw(), "https://github.com/microsoft/go-mssqldb#connection-parameters-and-dsn")

SV("powershell", "sharepoint-password", "ops/retention/Invoke-DispositionReview.ps1", r"""
    Import-Module PnP.PowerShell

    $siteUrl = "https://abbottreyes.sharepoint.com/sites/RecordsCenter"
    $user = "svc-records@abbottreyes.onmicrosoft.com"
    $securePassword = ConvertTo-SecureString "<<V>>" -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential ($user, $securePassword)

    Connect-PnPOnline -Url $siteUrl -Credentials $cred

    $cutoff = (Get-Date).AddYears(-7)
    $items = Get-PnPListItem -List "Closed Matters" -PageSize 500 |
        Where-Object { $_["ClosedDate"] -lt $cutoff -and -not $_["LegalHold"] }

    foreach ($item in $items) {
        Set-PnPListItem -List "Closed Matters" -Identity $item.Id -Values @{ "DispositionStatus" = "Pending Review" } | Out-Null
    }
    Write-Output "$($items.Count) matters queued for disposition review"
    """, season_pw(), "https://pnp.github.io/powershell/cmdlets/Connect-PnPOnline.html")

SV("shell", "mssql-password", "ops/retention/bootstrap_worker.sh", """
    #!/usr/bin/env bash
    # Bootstraps a retention worker VM (run once by cloud-init).
    set -euo pipefail

    apt-get update && ACCEPT_EULA=Y apt-get install -y msodbcsql18 unixodbc python3-venv

    install -d -m 0750 /etc/retention
    cat > /etc/retention/odbc.ini <<EOF
    [RecordsDB]
    Driver=ODBC Driver 18 for SQL Server
    Server=tcp:sql-records.firm.local,1433
    Database=RecordsMgmt
    UID=svc_retention
    PWD=<<V>>
    Encrypt=yes
    EOF
    chmod 0640 /etc/retention/odbc.ini

    python3 -m venv /opt/retention/venv
    /opt/retention/venv/bin/pip install -r /opt/retention/requirements.txt
    systemctl enable --now retention-worker.timer
    """, words_pw(), "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns")

SV("python", "slack-webhook", "airflow/dags/retention_disposition.py", '''
    from datetime import datetime, timedelta

    from airflow import DAG
    from airflow.operators.python import PythonOperator
    from airflow.providers.slack.operators.slack_webhook import SlackWebhookOperator

    from retention.jobs import flag_eligible, hold_check, build_destruction_certificate

    SLACK_WEBHOOK = "<<V>>"

    default_args = {"owner": "records", "retries": 1, "retry_delay": timedelta(minutes=10)}

    with DAG(
        dag_id="retention_disposition",
        start_date=datetime(2024, 1, 1),
        schedule="0 2 * * *",
        catchup=False,
        default_args=default_args,
    ) as dag:
        flag = PythonOperator(task_id="flag_eligible", python_callable=flag_eligible)
        holds = PythonOperator(task_id="hold_check", python_callable=hold_check)
        cert = PythonOperator(task_id="destruction_certificate", python_callable=build_destruction_certificate)
        notify = SlackWebhookOperator(
            task_id="notify_records",
            slack_webhook_conn_id=None,
            webhook_token=SLACK_WEBHOOK,
            message="Retention run {{ ds }} finished: see the destruction certificate in the Records Center.",
        )
        flag >> holds >> cert >> notify
    ''', slack_webhook(), "https://airflow.apache.org/docs/apache-airflow-providers-slack/stable/operators/slack_webhook.html")

SV("k8s", "mysql-password", "deploy/retention/cronjob.yaml", """
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: retention-purge
      namespace: records
    spec:
      schedule: "0 3 * * 6"
      concurrencyPolicy: Forbid
      jobTemplate:
        spec:
          backoffLimit: 0
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: purge
                  image: registry.internal/records/retention:3.2.0
                  args: ["purge", "--policy", "/etc/retention/policy.yaml", "--commit"]
                  env:
                    - name: RECORDS_DB_HOST
                      value: mysql-records.records.svc
                    - name: RECORDS_DB_USER
                      value: retention
                    - name: RECORDS_DB_PASSWORD
                      value: "<<V>>"
    """, words_pw(), "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/")

SV("json", "azure-storage-key", "functions/retention-archiver/local.settings.json", """
    {
      "IsEncrypted": false,
      "Values": {
        "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stretentionarch;AccountKey=<<V>>;EndpointSuffix=core.windows.net",
        "FUNCTIONS_WORKER_RUNTIME": "python",
        "ARCHIVE_CONTAINER": "closed-matters",
        "ARCHIVE_TIER": "Archive",
        "RETENTION_POLICY_URL": "https://records.firm.example/api/policies/current"
      }
    }
    """, azure_storage_key(), "https://learn.microsoft.com/en-us/azure/azure-functions/functions-develop-local#local-settings-file")

SV("pgpass", "postgres-password", "ops/retention/.pgpass", """
    # ~retention/.pgpass (chmod 0600)
    # hostname:port:database:username:password
    # retention jobs connect as retention_job; reporting uses peer auth locally
    pg-records.internal:5432:records:retention_job:<<V>>
    # replica is read by the weekly destruction report under the same login
    """, rand_pw(22), "https://www.postgresql.org/docs/current/libpq-pgpass.html")

SV("tfvars", "database-password", "infra/records/prod.tfvars", """
    environment      = "prod"
    region           = "westeurope"
    records_sql_sku  = "GP_Gen5_4"
    records_sql_admin_login    = "recordsadmin"
    records_sql_admin_password = "<<V>>"
    archive_tier_after_days    = 30
    delete_after_days          = 2555
    legal_hold_container       = "holds"
    tags = {
      owner       = "records-management"
      cost-centre = "RM-014"
    }
    """, words_pw(), "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

AWS_GL_ID, AWS_GL_SECRET = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
S("ini", "aws-secret-key", "ops/retention/aws_credentials", T("""
    [default]
    region = eu-west-1

    [records-archive]
    aws_access_key_id = <<KID>>
    aws_secret_access_key = <<SK>>
    region = eu-west-1
    # used by the glacier restore runbook (restore_matter.sh)
    """, KID=AWS_GL_ID, SK=AWS_GL_SECRET), AWS_GL_SECRET, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

SV("batch", "smb-password", "ops/backup/backup_closed_matters.bat", r"""
    @echo off
    REM Copies closed matter folders to the offsite archive share every Sunday.
    setlocal
    set SRC=D:\Matters\Closed
    set LOG=D:\Logs\backup_closed_%DATE:~-4%%DATE:~4,2%%DATE:~7,2%.log

    net use Z: \\archive01.hq.local\ClosedMatters /user:HQ\svc_archive <<V>> /persistent:no
    if errorlevel 1 goto :fail

    robocopy "%SRC%" Z:\ /E /Z /COPY:DAT /R:2 /W:5 /NP /LOG+:"%LOG%"
    net use Z: /delete /y
    exit /b 0

    :fail
    echo Could not map archive share >> "%LOG%"
    exit /b 1
    """, season_pw().replace("!", "#"), "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use")
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name, crlf(CASES[-1].text), CASES[-1].secret, CASES[-1].source)

SV("sql", "mssql-password", "db/migrations/V42__retention_service_login.sql", """
    -- V42: dedicated login for the retention sweeper (replaces the shared app login)
    USE [master];
    GO
    CREATE LOGIN [svc_sweeper] WITH PASSWORD = N'<<V>>', CHECK_POLICY = ON, DEFAULT_DATABASE = [RecordsMgmt];
    GO
    USE [RecordsMgmt];
    GO
    CREATE USER [svc_sweeper] FOR LOGIN [svc_sweeper];
    ALTER ROLE [retention_executor] ADD MEMBER [svc_sweeper];
    GRANT EXECUTE ON SCHEMA::disposition TO [svc_sweeper];
    GO
    """, words_pw(), "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql")

RET_PW = words_pw()
_cut = next(i for i, ch in enumerate(RET_PW) if not ch.isalnum())
S("python", "mssql-password", "retention/db.py", T('''
    import pyodbc

    CONN_STR = (
        "DRIVER={ODBC Driver 18 for SQL Server};"
        "SERVER=sql-records.firm.local;DATABASE=RecordsMgmt;"
        "UID=svc_retention;PWD=<<A>>"
        "<<B>>;Encrypt=yes;TrustServerCertificate=no"
    )


    def connect() -> pyodbc.Connection:
        return pyodbc.connect(CONN_STR, timeout=30)


    def eligible_matters(cursor, years: int = 7):
        cursor.execute(
            "SELECT matter_id, closed_on FROM disposition.closed_matters "
            "WHERE closed_on < DATEADD(year, ?, GETDATE()) AND legal_hold = 0",
            -years,
        )
        return cursor.fetchall()
    ''', A=RET_PW[:_cut], B=RET_PW[_cut:]), RET_PW, "https://github.com/mkleehammer/pyodbc/wiki/Connecting-to-SQL-Server-from-Windows")

SV("ruby", "sftp-password", "lib/tasks/offsite_archive.rake", """
    require "net/sftp"

    namespace :archive do
      desc "Push sealed closed-matter bundles to the offsite vendor"
      task push: :environment do
        Net::SFTP.start("sftp.ironvault-records.com", "hm_archive", password: "<<V>>", port: 2222) do |sftp|
          ClosedMatterBundle.sealed.unsent.find_each do |bundle|
            remote = "/inbound/#{bundle.year}/#{bundle.filename}"
            sftp.upload!(bundle.path, remote)
            bundle.update!(sent_at: Time.current, remote_path: remote)
          end
        end
      end
    end
    """, url_pw(), "https://github.com/net-ssh/net-sftp")

# --- retention decoys ---
D("yaml", "lookalike", "retention/policy.yaml", T("""
    # Firm records retention schedule (approved by GC 2024-01-15). Codes follow ARMA-style series.
    version: 2024.1
    series:
      - code: LIT-100
        title: Litigation matter files
        trigger: matter_closed
        retain_years: 7
        disposition: destroy
      - code: TRX-200
        title: Transactional closing sets
        trigger: matter_closed
        retain_years: 10
        disposition: review
      - code: TRU-300
        title: Trust account records
        trigger: fiscal_year_end
        retain_years: 6
        disposition: destroy
    holds:
      source: https://records.firm.example/api/holds
      policy_fingerprint: sha256:<<FP>>
    """, FP=hexs(64)), "https://www.arma.org/page/Retention_Schedules")

D("crontab", "env-ref", "ops/retention/crontab.d/retention", T("""
    # /etc/cron.d/retention - credentials are in /etc/retention/env (root:retention 0640)
    SHELL=/bin/bash
    MAILTO=records-ops@prescott-hale.com
    15 1 * * * retention set -a; . /etc/retention/env; set +a; psql "$RECORDS_DSN" -f /opt/retention/sql/flag_eligible.sql
    45 1 * * * retention . /etc/retention/env && /opt/retention/bin/hold_check --db "$RECORDS_DSN"
    """), "https://man7.org/linux/man-pages/man5/crontab.5.html")

D("shell", "secret-manager", "ops/retention/run_purge.sh", T("""
    #!/usr/bin/env bash
    set -euo pipefail
    export VAULT_ADDR=https://vault.firm.local:8200
    vault login -method=approle role_id="$(cat /etc/retention/role_id)" secret_id="$(cat /run/retention/secret_id)" >/dev/null

    DB_PASSWORD="$(vault kv get -field=password kv/records/retention-db)"
    export PGPASSWORD="$DB_PASSWORD"

    psql -h pg-records.internal -U retention_job -d records -v commit="${COMMIT:-false}" \\
      -f /opt/retention/sql/purge_eligible.sql
    unset PGPASSWORD DB_PASSWORD
    """), "https://developer.hashicorp.com/vault/docs/commands/kv/get")

D("powershell", "secret-manager", "ops/retention/Invoke-Purge.ps1", T(r"""
    #Requires -Modules Microsoft.PowerShell.SecretManagement, PnP.PowerShell
    param([switch]$Commit)

    $cred = Get-Secret -Vault RecordsVault -Name "svc-records-sharepoint"
    Connect-PnPOnline -Url "https://abbottreyes.sharepoint.com/sites/RecordsCenter" -Credentials $cred

    $items = Get-PnPListItem -List "Closed Matters" -PageSize 500 |
        Where-Object { $_["DispositionStatus"] -eq "Approved" -and -not $_["LegalHold"] }

    foreach ($item in $items) {
        if ($Commit) { Remove-PnPListItem -List "Closed Matters" -Identity $item.Id -Recycle -Force }
        else { Write-Output "would remove $($item.Id) $($item['Title'])" }
    }
    """), "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

D("csv", "checksums", "retention/reports/certificate_of_destruction_2024-06.csv", T("""
    matter_number,series,closed_on,approved_by,destroyed_at,object_count,manifest_sha256,run_id
    2014-0311,LIT-100,2016-11-30,ckim,2024-06-08T03:12:44Z,1842,<<H1>>,<<R>>
    2015-0097,LIT-100,2017-02-14,ckim,2024-06-08T03:14:02Z,377,<<H2>>,<<R>>
    2013-0520,TRX-200,2014-01-31,jdoyle,2024-06-08T03:19:51Z,6120,<<H3>>,<<R>>
    2016-0044,TRU-300,2017-12-31,jdoyle,2024-06-08T03:20:37Z,58,<<H4>>,<<R>>
    """, H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), R=uuid_s()), "https://www.arma.org/page/Retention_Schedules")

D("k8s", "secret-ref", "deploy/retention/cronjob-holdcheck.yaml", T("""
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: retention-hold-check
      namespace: records
    spec:
      schedule: "30 2 * * *"
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers:
                - name: hold-check
                  image: registry.internal/records/retention:3.2.0
                  args: ["hold-check"]
                  env:
                    - name: RECORDS_DB_PASSWORD
                      valueFrom:
                        secretKeyRef:
                          name: records-db
                          key: password
                    - name: HOLDS_API_TOKEN
                      valueFrom:
                        secretKeyRef:
                          name: holds-api
                          key: token
    """), "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

D("json", "lookalike", "infra/records/s3-lifecycle.json", T("""
    {
      "Rules": [
        {
          "ID": "closed-matters-to-glacier",
          "Filter": {"Prefix": "closed/"},
          "Status": "Enabled",
          "Transitions": [{"Days": 30, "StorageClass": "GLACIER_IR"}, {"Days": 365, "StorageClass": "DEEP_ARCHIVE"}]
        },
        {
          "ID": "expire-after-retention",
          "Filter": {"Tag": {"Key": "retention-series", "Value": "LIT-100"}},
          "Status": "Enabled",
          "Expiration": {"Days": 2555}
        }
      ],
      "_applied": {"etag": "\\"<<ET>>\\"", "version": "<<VER>>"}
    }
    """, ET=hexs(32), VER=rand_pw(32)), "https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html")

# ---------------------------------------------------------------------------------------------
# Build, packaging, CI and infrastructure of the legal-tech teams
# ---------------------------------------------------------------------------------------------
SV("npmrc", "npm-token", "packages/clause-library/.npmrc", """
    @lindqvist-legal:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=<<V>>
    save-exact=true
    engine-strict=true
    fund=false
    """, fakes.fake("npm_", 36, _seed()), "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

SV("shell", "github-token", "ops/buildagent/setup_git.sh", """
    #!/bin/sh
    # Provision the build agent's git identity (runs from the agent image's entrypoint).
    set -e
    git config --global user.name "hm-buildbot"
    git config --global user.email "buildbot@hartleymoss.com"
    git config --global credential.helper store
    echo "https://hm-buildbot:<<V>>@github.com" > "$HOME/.git-credentials"
    chmod 600 "$HOME/.git-credentials"
    git clone --depth 1 https://github.com/hartleymoss/precedent-templates.git /workspace/templates
    """, fakes.github_token(_seed()), "https://git-scm.com/docs/git-credential-store#_storage_format")

SV("pypirc", "pypi-token", "docassemble-packages/.pypirc", """
    [distutils]
    index-servers =
        pypi
        testpypi

    [pypi]
    username = __token__
    password = <<V>>

    [testpypi]
    repository = https://test.pypi.org/legacy/
    username = __token__
    """, fakes.pypi_token(_seed()), "https://packaging.python.org/en/latest/specifications/pypirc/")

SV("xml", "maven-password", "efile-client/.mvn/settings.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
      <servers>
        <server>
          <id>hm-nexus</id>
          <username>ci-efile</username>
          <password><<V>></password>
        </server>
      </servers>
      <mirrors>
        <mirror>
          <id>hm-nexus</id>
          <mirrorOf>*</mirrorOf>
          <url>https://nexus.hartleymoss.com/repository/maven-public/</url>
        </mirror>
      </mirrors>
    </settings>
    """, rand_pw(20), "https://maven.apache.org/settings.html#servers")

SV("xml", "azure-devops-pat", "NuGet.config", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <packageSources>
        <clear />
        <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
        <add key="FirmLegalTech" value="https://pkgs.dev.azure.com/whitcombellp/_packaging/legaltech/nuget/v3/index.json" />
      </packageSources>
      <packageSourceCredentials>
        <FirmLegalTech>
          <add key="Username" value="build" />
          <add key="ClearTextPassword" value="<<V>>" />
        </FirmLegalTech>
      </packageSourceCredentials>
    </configuration>
    """, azure_devops_pat(), "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials")

SV("pip-conf", "basic-auth-password", "ocr/pip.conf", """
    [global]
    index-url = https://pypi.org/simple
    extra-index-url = https://ocr-ci:<<V>>@artifacts.ashdown-ediscovery.com/repository/pypi-internal/simple
    timeout = 60
    disable-pip-version-check = true
    """, url_pw(), "https://pip.pypa.io/en/stable/topics/configuration/")

DOCKER_PW = rand_pw(24)
S("json", "registry-password", "ops/buildagent/.docker/config.json", T("""
    {
      "auths": {
        "registry.hartleymoss.com": {
          "auth": "<<A>>"
        },
        "ghcr.io": {}
      },
      "credHelpers": {
        "123456789012.dkr.ecr.us-east-1.amazonaws.com": "ecr-login"
      },
      "currentContext": "default"
    }
    """, A=b64("ci-docketing:" + DOCKER_PW)), DOCKER_PW, "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

SV("gitlab-ci", "gitlab-token", ".gitlab-ci.yml", """
    stages: [test, package]

    variables:
      PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

    test:
      stage: test
      image: python:3.12-slim
      script:
        - pip install -r requirements-dev.txt
        - pytest -q

    package-templates:
      stage: package
      image: alpine/git
      script:
        - git clone https://oauth2:<<V>>@gitlab.lindqvist-law.com/knowledge/precedent-templates.git templates
        - tar czf templates.tgz templates/published
      artifacts:
        paths: [templates.tgz]
      only: [main]
    """, fakes.fake("glpat-", 20, _seed()), "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

SFTP_KEY = pem("OPENSSH", 7)
S("ssh-key", "private-key", "deploy/keys/efile_sftp_ed25519", SFTP_KEY + "\n", SFTP_KEY,
  "https://man.openbsd.org/ssh-keygen.1")

SV("ini", "winrm-password", "ansible/inventory/prod.ini", """
    [imanage_servers]
    imweb01.hq.local
    imweb02.hq.local
    imidx01.hq.local

    [imanage_servers:vars]
    ansible_connection=winrm
    ansible_winrm_transport=ntlm
    ansible_port=5986
    ansible_user=HQ\\svc-ansible
    ansible_password=<<V>>
    ansible_winrm_server_cert_validation=ignore
    """, words_pw(), "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html")

SV("groovy", "basic-auth-password", "Jenkinsfile", """
    pipeline {
      agent { label 'linux' }
      options { timestamps() }
      stages {
        stage('Build') {
          steps {
            sh './gradlew clean build'
          }
        }
        stage('Publish templates') {
          when { branch 'main' }
          steps {
            sh 'curl -fsS -u deploy:<<V>> -T build/templates.zip https://nexus.whitcombe.local/repository/raw-templates/templates-${BUILD_NUMBER}.zip'
          }
        }
      }
      post {
        failure { mail to: 'legaltech@whitcombe.local', subject: "Build failed: ${env.JOB_NAME}", body: env.BUILD_URL }
      }
    }
    """, url_pw(), "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/")

SV("bitbucket-pipelines", "slack-webhook", "bitbucket-pipelines.yml", """
    image: node:20

    pipelines:
      branches:
        main:
          - step:
              name: Test and deploy client portal
              caches: [node]
              script:
                - npm ci
                - npm test
                - npm run build
                - pipe: atlassian/aws-s3-deploy:1.6.0
                  variables:
                    S3_BUCKET: clientportal-prod
                    LOCAL_PATH: dist
                - >
                  curl -s -X POST -H 'Content-type: application/json'
                  --data '{"text":"client portal deployed from main"}'
                  <<V>>
    """, slack_webhook(), "https://support.atlassian.com/bitbucket-cloud/docs/configure-bitbucketpipelinesyml/")

SV("dockerfile", "abbyy-password", "ocr/Dockerfile", """
    FROM python:3.12-slim

    RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr poppler-utils \\
        && rm -rf /var/lib/apt/lists/*

    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY . .

    ENV ABBYY_SERVER=https://cloud-eu.ocrsdk.com \\
        ABBYY_APPLICATION_ID=ashdown-ocr-prod \\
        ABBYY_PASSWORD=<<V>>

    USER 10001
    CMD ["python", "-m", "ocr.worker"]
    """, rand_pw(24), "https://docs.docker.com/reference/dockerfile/#env")

# --- more services the theme uses ---
SV("python", "twilio-auth-token", "reminders/court_date_sms.py", '''
    """Texts clients a reminder 48 hours before each court date on their matter."""
    from twilio.rest import Client

    ACCOUNT_SID = "AC<<SID>>"
    AUTH_TOKEN = "<<V>>"
    FROM_NUMBER = "+13125550148"

    client = Client(ACCOUNT_SID, AUTH_TOKEN)


    def send_reminder(phone: str, client_name: str, hearing) -> str:
        body = (f"Hi {client_name}, reminder: your hearing in {hearing.courtroom} at "
                f"{hearing.starts_at:%I:%M %p on %b %d} ({hearing.court_name}). Reply STOP to opt out.")
        message = client.messages.create(to=phone, from_=FROM_NUMBER, body=body)
        return message.sid
    ''', hexs(32), "https://www.twilio.com/docs/iam/credentials/api", SID=hexs(32))

SV("dotenv", "stripe-key", "billing/.env.billing", """
    # Flat-fee services checkout (Stripe). Trust deposits go through LawPay, not here.
    STRIPE_PUBLISHABLE_KEY=<<PK>>
    STRIPE_SECRET_KEY=<<V>>
    STRIPE_PRICE_WILL_PACKAGE=price_1OqT8JK3vL2mN9xY0aBcD4eF
    SUCCESS_URL=https://estates.mercer-abbott.com/checkout/success
    CANCEL_URL=https://estates.mercer-abbott.com/checkout/cancel
    """, stripe_key("sk_live_"), "https://docs.stripe.com/keys", PK=stripe_key("pk_live_"))

SV("dotenv", "postmark-token", "client-portal/.env", """
    APP_ENV=production
    APP_URL=https://clients.okafor-lindqvist.com
    SESSION_LIFETIME=30
    MAIL_MAILER=postmark
    POSTMARK_TOKEN=<<V>>
    MAIL_FROM_ADDRESS=portal@okafor-lindqvist.com
    MAIL_FROM_NAME="Okafor Lindqvist Client Portal"
    """, uuid_s(), "https://postmarkapp.com/developer/api/overview#authentication")

SV("yaml", "slack-bot-token", "docket-bot/config.yaml", """
    bot:
      name: docketbot
      slack:
        bot_token: <<V>>
        signing_secret_env: SLACK_SIGNING_SECRET
        channels:
          deadlines: C05QK2H8L1M
          new_filings: C05QK2J0ZPA
    rules:
      - match: "ORDER"
        post_to: deadlines
      - match: "MOTION"
        post_to: new_filings
    """, slack_bot(), "https://api.slack.com/authentication/token-types#bot")

SV("json", "teams-webhook", "efile-monitor/alerts.json", """
    {
      "rejections": {
        "enabled": true,
        "teamsWebhook": "<<V>>",
        "mention": "efiling-team@hartleymoss.com"
      },
      "stuckFilings": {
        "enabled": true,
        "thresholdMinutes": 90
      },
      "quietHours": {"start": "22:00", "end": "06:00", "tz": "America/Chicago"}
    }
    """, teams_webhook(), "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook")

SV("dotenv", "google-api-key", "summarizer/.env", """
    # deposition transcript summarizer
    GEMINI_API_KEY=<<V>>
    GEMINI_MODEL=gemini-1.5-pro
    TRANSCRIPTS_DIR=/data/transcripts
    CHUNK_PAGES=40
    """, google_api_key(), "https://ai.google.dev/gemini-api/docs/api-key")

SV("shell", "github-fine-grained-token", "scripts/release_templates.sh", """
    #!/usr/bin/env bash
    # Tags the precedent-templates repo and publishes a GitHub release with the packaged .dotx files.
    set -euo pipefail
    VERSION="${1:?usage: release_templates.sh vX.Y.Z}"

    export GH_TOKEN=<<V>>

    git tag -a "$VERSION" -m "Precedent templates $VERSION"
    git push origin "$VERSION"
    gh release create "$VERSION" dist/*.dotx --repo whitcombe-llp/precedent-templates \\
      --title "Templates $VERSION" --notes-file CHANGELOG.md
    """, fakes.github_fine_grained_token(_seed()), "https://cli.github.com/manual/gh_help_environment")

SV("yaml", "rails-secret-key-base", "config/secrets.yml", """
    # Be sure to restart your server when you modify this file.
    development:
      secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

    test:
      secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

    production:
      secret_key_base: <<V>>
      clio_redirect_uri: https://intake.prescott-hale.com/oauth/clio/callback
    """, hexs(128), "https://guides.rubyonrails.org/v5.1/security.html#custom-credentials")

SV("dotenv", "jwt-secret", "client-portal-api/.env.production", """
    NODE_ENV=production
    PORT=8080
    JWT_SECRET=<<V>>
    JWT_EXPIRES_IN=15m
    REFRESH_EXPIRES_IN=7d
    DOCUMENT_BUCKET=client-portal-docs
    CLAMAV_HOST=clamav.internal
    """, rand_pw(48), "https://github.com/auth0/node-jsonwebtoken#usage")

SV("toml", "redis-password", "ocr-router/config.toml", """
    [server]
    listen = "0.0.0.0:8088"
    max_body_mb = 512

    [queue]
    url = "redis://default:<<V>>@redis-ocr.lit.firm.local:6379/3"
    stream = "ocr:jobs"
    group = "router"

    [engines]
    default = "tesseract"
    handwriting = "docintel"
    """, fakes.redis_password(_seed()), "https://redis.io/docs/latest/develop/connect/clients/")

SV("json", "mongodb-password", "intake-service/config/production.json", """
    {
      "port": 8080,
      "mongo": {
        "uri": "mongodb+srv://intake_svc:<<V>>@intake-prod.x7k2q.mongodb.net/intake?retryWrites=true&w=majority",
        "poolSize": 20
      },
      "conflicts": {
        "endpoint": "https://conflicts.internal/api/v2/search",
        "fuzzyThreshold": 0.86
      },
      "uploads": {"maxMb": 50, "allowed": ["pdf", "docx", "msg", "eml"]}
    }
    """, url_pw(), "https://www.mongodb.com/docs/manual/reference/connection-string/")

SV("compose", "rabbitmq-password", "ocr/docker-compose.override.yml", """
    services:
      worker:
        environment:
          CELERY_BROKER_URL: amqp://ocr:<<V>>@rabbitmq.lit.firm.local:5672/ocr
          OCR_ENGINE: tesseract
          OCR_LANGS: eng+deu
        deploy:
          replicas: 6
      flower:
        image: mher/flower:2.0
        command: celery flower --port=5555
        ports: ["5555:5555"]
    """, rand_pw(24), "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/rabbitmq.html")

SV("yaml", "ldap-password", "dms-provisioner/config/ldap.yml", """
    ldap:
      url: ldaps://dc01.hq.local:636
      base_dn: DC=hq,DC=local
      bind_dn: CN=svc-dmsprov,OU=Service Accounts,DC=hq,DC=local
      bind_password: "<<V>>"
      user_filter: "(&(objectClass=user)(memberOf=CN=DMS Users,OU=Groups,DC=hq,DC=local))"
      attributes: [sAMAccountName, mail, department, title]
    provisioning:
      imanage_library: HGLIB
      default_groups: [ALL_USERS, LIT_READ]
      dry_run: false
    """, words_pw(), "https://ldap.com/the-ldap-bind-operation/")

SV("dotenv", "smtp-password", "efile-portal/.env", """
    APP_NAME="Court Filing Portal"
    APP_ENV=production
    APP_KEY=${LARAVEL_APP_KEY}
    APP_URL=https://filings.brightwater.legal

    MAIL_MAILER=smtp
    MAIL_HOST=smtp.office365.com
    MAIL_PORT=587
    MAIL_USERNAME=filings@brightwater.legal
    MAIL_PASSWORD=<<V>>
    MAIL_ENCRYPTION=tls
    """, "Brightwater" + season_pw()[-5:], "https://laravel.com/docs/11.x/mail#configuration")

SV("php", "mysql-password", "config/database.php", """
    <?php

    return [
        'default' => env('DB_CONNECTION', 'mysql'),

        'connections' => [
            'mysql' => [
                'driver' => 'mysql',
                'host' => env('DB_HOST', 'mysql-filings.internal'),
                'port' => env('DB_PORT', '3306'),
                'database' => env('DB_DATABASE', 'filings'),
                'username' => env('DB_USERNAME', 'filings_app'),
                'password' => env('DB_PASSWORD', '<<V>>'),
                'charset' => 'utf8mb4',
                'collation' => 'utf8mb4_unicode_ci',
                'strict' => true,
            ],
        ],

        'migrations' => 'migrations',
    ];
    """, words_pw(), "https://laravel.com/docs/11.x/database#configuration")

SV("xml", "oracle-password", "docket-archive/src/main/resources/META-INF/persistence.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <persistence version="2.2" xmlns="http://xmlns.jcp.org/xml/ns/persistence">
      <persistence-unit name="docketArchive" transaction-type="RESOURCE_LOCAL">
        <class>com.hartleymoss.docket.DocketEntry</class>
        <class>com.hartleymoss.docket.FiledDocument</class>
        <properties>
          <property name="javax.persistence.jdbc.driver" value="oracle.jdbc.OracleDriver"/>
          <property name="javax.persistence.jdbc.url" value="jdbc:oracle:thin:@//ora-dockets.hq.local:1521/DOCKETS"/>
          <property name="javax.persistence.jdbc.user" value="DOCKET_APP"/>
          <property name="javax.persistence.jdbc.password" value="<<V>>"/>
          <property name="hibernate.dialect" value="org.hibernate.dialect.Oracle12cDialect"/>
          <property name="hibernate.hbm2ddl.auto" value="validate"/>
        </properties>
      </persistence-unit>
    </persistence>
    """, rand_pw(14), "https://jakarta.ee/specifications/persistence/2.2/")

SV("ini", "splunk-hec-token", "splunk/etc/apps/dms_audit/local/outputs.conf", """
    # Forward iManage audit logs to Splunk Cloud over HEC
    [httpout]
    httpEventCollectorToken = <<V>>
    uri = https://http-inputs-whitcombe.splunkcloud.com:443
    batchSize = 65536
    batchTimeout = 30

    [tcpout]
    disabled = true
    """, uuid_s(), "https://docs.splunk.com/Documentation/Forwarder/latest/Forwarder/Configureforwardingwithoutputs.conf")

SV("yaml", "datadog-api-key", "deploy/datadog/datadog.yaml", """
    # Datadog agent on the e-filing app servers
    api_key: <<V>>
    site: datadoghq.com
    hostname_fqdn: true
    tags:
      - team:efiling
      - env:prod
    logs_enabled: true
    process_config:
      process_collection:
        enabled: false
    """, hexs(32), "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/")

SV("shell", "vault-token", "ops/dms/rotate_imanage_secret.sh", """
    #!/usr/bin/env bash
    # Rotates the iManage client secret in Vault after it was re-issued in the iManage Control Center.
    set -euo pipefail
    export VAULT_ADDR=https://vault.hq.local:8200
    export VAULT_TOKEN=<<V>>

    read -r -s -p "New iManage client secret: " NEW_SECRET; echo
    vault kv put kv/dms/imanage client_id="$IMANAGE_CLIENT_ID" client_secret="$NEW_SECRET"
    vault kv get -field=client_id kv/dms/imanage
    kubectl -n dms rollout restart deploy/dms-bridge
    """, vault_token(), "https://developer.hashicorp.com/vault/docs/concepts/tokens")

SAS_SIG = b64_bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
S("python", "azure-sas-signature", "productions/share_production.py", T('''
    """Emails opposing counsel a read-only link to a production volume in blob storage."""
    from email.message import EmailMessage
    import smtplib

    PROD_URL = (
        "https://stproductions.blob.core.windows.net/outgoing/PROD004.zip"
        "?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-07-31T23:59:59Z&st=2024-06-01T00:00:00Z"
        "&spr=https&sig=<<SIG>>"
    )


    def send(to: str) -> None:
        msg = EmailMessage()
        msg["From"] = "lit-support@firm.example"
        msg["To"] = to
        msg["Subject"] = "Production volume PROD004"
        msg.set_content(f"Production PROD004 is available until July 31:\\n{PROD_URL}\\n")
        with smtplib.SMTP("smtp.firm.example", 25) as smtp:
            smtp.send_message(msg)
    ''', SIG=SAS_SIG), SAS_SIG, "https://learn.microsoft.com/en-us/rest/api/storageservices/create-account-sas")

SV("yaml", "basic-auth-password", "assembly/webhooks.yaml", """
    # Where the document-assembly service posts "packet ready" events
    webhooks:
      - name: matter-portal
        url: https://assembly-hook:<<V>>@portal.whitcombe.local/hooks/assembly
        events: [packet.ready, packet.failed]
        timeout_seconds: 10
      - name: audit
        url: https://audit.whitcombe.local/ingest/assembly
        events: ["*"]
    """, url_pw(), "https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1")

# --- a few more carriers ---
REC_DB_PW = words_pw()
S("k8s-secret", "mysql-password", "deploy/retention/secret-records-db.yaml", T("""
    apiVersion: v1
    kind: Secret
    metadata:
      name: records-db
      namespace: records
      annotations:
        records.firm.example/owner: records-management
    type: Opaque
    data:
      host: <<H>>
      username: <<U>>
      password: <<P>>
    """, H=b64("mysql-records.records.svc"), U=b64("retention"), P=b64(REC_DB_PW)), REC_DB_PW,
  "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets")

SV("helm-values", "relativity-password", "deploy/review-sync/values-prod.yaml", """
    image:
      repository: ghcr.io/firm-lit/review-sync
      tag: 2.4.1
    replicaCount: 1

    relativity:
      url: https://firm-lit.relativity.one
      username: svc_reviewsync@firm-lit.com
      password: "<<V>>"
      workspaces: [1019954, 1016789]

    resources:
      requests: {cpu: 100m, memory: 256Mi}
      limits: {memory: 512Mi}
    nodeSelector:
      kubernetes.io/os: linux
    """, season_pw(), "https://helm.sh/docs/chart_template_guide/values_files/")

SV("azure-pipelines", "azure-storage-key", "azure-pipelines.yml", """
    trigger:
      branches:
        include: [main]

    pool:
      vmImage: ubuntu-latest

    variables:
      storageAccount: stdealrooms
      storageKey: <<V>>

    steps:
      - task: UsePythonVersion@0
        inputs: {versionSpec: "3.12"}
      - script: pip install -r assembly/requirements.txt && pytest assembly/tests
        displayName: Test assembly
      - script: |
          az storage blob upload-batch --account-name $(storageAccount) --account-key $(storageKey) \\
            -d templates -s assembly/templates --overwrite
        displayName: Publish templates
    """, azure_storage_key(), "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables")

SV("kotlin", "clio-client-secret", "app/src/main/kotlin/com/prescotthale/intake/ClioConfig.kt", """
    package com.prescotthale.intake

    object ClioConfig {
        const val BASE_URL = "https://eu.app.clio.com"
        const val CLIENT_ID = "<<CID>>"
        const val CLIENT_SECRET = "<<V>>"
        const val REDIRECT_URI = "prescotthale-intake://oauth/clio"

        val scopes = listOf("matters", "contacts", "documents")

        fun authorizeUrl(state: String) =
            "$BASE_URL/oauth/authorize?response_type=code&client_id=$CLIENT_ID" +
                "&redirect_uri=$REDIRECT_URI&state=$state"
    }
    """, rand_pw(40), CLIO, CID=rand_pw(40))

SV("notebook", "box-developer-token", "notebooks/box_folder_inventory.ipynb", """
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["## Closed-matter folder inventory (Box)\\n", "Developer token from the Box console, valid 60 minutes."]
      },
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "from boxsdk import Client, OAuth2\\n",
        "oauth = OAuth2(client_id=None, client_secret=None, access_token=\\"<<V>>\\")\\n",
        "client = Client(oauth)"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [{"name": "stdout", "output_type": "stream", "text": ["1,204 folders under Closed Matters\\n"]}],
       "source": ["items = list(client.folder(\\"187733240912\\").get_items(limit=1000))\\n", "print(f\\"{len(items):,} folders under Closed Matters\\")"]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, rand_pw(32), "https://developer.box.com/guides/authentication/tokens/developer-tokens/")

SV("terraform", "docusign-connect-hmac", "infra/esign/keyvault.tf", """
    resource "azurerm_key_vault" "esign" {
      name                = "kv-esign-prod"
      location            = var.location
      resource_group_name = azurerm_resource_group.esign.name
      tenant_id           = data.azurerm_client_config.current.tenant_id
      sku_name            = "standard"
    }

    resource "azurerm_key_vault_secret" "connect_hmac" {
      name         = "docusign-connect-hmac-key"
      value        = "<<V>>"
      key_vault_id = azurerm_key_vault.esign.id
      content_type = "text/plain"
    }
    """, b64_bytes(32), "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_secret")

# ---------------------------------------------------------------------------------------------
# More decoys: lock files, manifests, public material, documentation values, references
# ---------------------------------------------------------------------------------------------
D("requirements", "checksums", "ocr/requirements.txt", T("""
    # This file is autogenerated by pip-compile with Python 3.12
    #    pip-compile --generate-hashes requirements.in
    azure-ai-documentintelligence==1.0.0b3 \\
        --hash=sha256:<<H1>> \\
        --hash=sha256:<<H2>>
    pytesseract==0.3.10 \\
        --hash=sha256:<<H3>>
    pdf2image==1.17.0 \\
        --hash=sha256:<<H4>> \\
        --hash=sha256:<<H5>>
    redis==5.0.4 \\
        --hash=sha256:<<H6>>
    """, H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64), H6=hexs(64)),
  "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

D("yaml", "commit-sha", ".pre-commit-config.yaml", T("""
    repos:
      - repo: https://github.com/pre-commit/pre-commit-hooks
        rev: <<C1>>  # frozen: v4.6.0
        hooks:
          - id: check-yaml
          - id: end-of-file-fixer
          - id: detect-private-key
      - repo: https://github.com/astral-sh/ruff-pre-commit
        rev: <<C2>>  # frozen: v0.4.4
        hooks:
          - id: ruff
          - id: ruff-format
      - repo: https://github.com/pre-commit/mirrors-mypy
        rev: <<C3>>  # frozen: v1.10.0
        hooks:
          - id: mypy
    """, C1=hexs(40), C2=hexs(40), C3=hexs(40)), "https://pre-commit.com/#pre-commit-configyaml---repos")

D("json", "integrity", "web/package-lock.json", T("""
    {
      "name": "client-portal",
      "version": "3.2.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": {"name": "client-portal", "version": "3.2.0", "dependencies": {"@dropbox/sign": "^1.5.0", "pdfjs-dist": "^4.2.67"}},
        "node_modules/@dropbox/sign": {
          "version": "1.5.0",
          "resolved": "https://registry.npmjs.org/@dropbox/sign/-/sign-1.5.0.tgz",
          "integrity": "sha512-<<I1>>"
        },
        "node_modules/pdfjs-dist": {
          "version": "4.2.67",
          "resolved": "https://registry.npmjs.org/pdfjs-dist/-/pdfjs-dist-4.2.67.tgz",
          "integrity": "sha512-<<I2>>"
        }
      }
    }
    """, I1=b64_bytes(64), I2=b64_bytes(64)), "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

D("go-sum", "checksums", "go.sum", "\n".join(
    f"{mod} {ver}{suffix} h1:{b64_bytes(32)}" for mod, ver in
    [("github.com/microsoft/go-mssqldb", "v1.7.1"), ("github.com/golang-sql/civil", "v0.0.0-20220223132316-b832511892a9"),
     ("github.com/golang-sql/sqlexp", "v0.1.0"), ("golang.org/x/crypto", "v0.23.0")]
    for suffix in ("", "/go.mod")) + "\n", "https://go.dev/ref/mod#go-sum-files")

D("yaml", "public-key", ".sops.yaml", T("""
    creation_rules:
      - path_regex: deploy/clm/.*\\.enc\\.yaml$
        kms: arn:aws:kms:us-east-1:481923650117:key/6f1d2c3b-9a8e-4d7f-b6c5-0e1f2a3b4c5d
        age: >-
          <<A1>>,
          <<A2>>
      - path_regex: deploy/ocr/.*\\.enc\\.yaml$
        age: <<A3>>
    """, A1=age_recipient(), A2=age_recipient(), A3=age_recipient()),
  "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files")

D("markdown", "doc-example", "docs/textract-setup.md", T("""
    # Textract batch: local setup

    The batch job uses the default AWS credential chain. For local testing, configure a profile:

    ```ini
    [foia-dev]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    region = us-east-1
    ```

    (These are the example values from the AWS documentation. Request your own keys through the
    IT portal; production runs use the `textract-batch` IAM role and never static keys.)

    Then run:

    ```bash
    AWS_PROFILE=foia-dev python -m pipelines.textract_batch --dry-run intake/2024-05/
    ```
    """), "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html")

D("markdown", "placeholder", "docs/clio-api.md", T("""
    ## Calling the Clio API by hand

    1. Create a token in the Developer Portal sandbox app.
    2. Export it and call the API:

    ```bash
    export CLIO_TOKEN=YOUR_ACCESS_TOKEN
    curl -s -H "Authorization: Bearer $CLIO_TOKEN" \\
      "https://app.clio.com/api/v4/matters.json?fields=id,display_number&limit=5"
    ```

    Client credentials look like `client_id=<APP_KEY>` and `client_secret=<APP_SECRET>`; they
    belong in 1Password ("Clio - Matter Intake Sync"), never in this repo.
    """), CLIO)

D("xml", "certificate", "sso/netdocuments-idp-metadata.xml", T("""
    <?xml version="1.0" encoding="UTF-8"?>
    <EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/<<TEN>>/">
      <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        <KeyDescriptor use="signing">
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
            <X509Data>
              <X509Certificate><<CERT>></X509Certificate>
            </X509Data>
          </KeyInfo>
        </KeyDescriptor>
        <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
        <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                             Location="https://login.microsoftonline.com/<<TEN>>/saml2"/>
      </IDPSSODescriptor>
    </EntityDescriptor>
    """, TEN=uuid_s(), CERT="".join(cert_pem(10).splitlines()[1:-1])), "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf")

D("json", "public-key", "client-portal-api/public/.well-known/jwks.json", T("""
    {
      "keys": [
        {
          "kty": "RSA",
          "use": "sig",
          "alg": "RS256",
          "kid": "<<KID>>",
          "n": "<<N>>",
          "e": "AQAB"
        }
      ]
    }
    """, KID=hexs(16), N=base64.urlsafe_b64encode(bytes(_rng().getrandbits(8) for _ in range(256))).decode().rstrip("=")),
  "https://datatracker.ietf.org/doc/html/rfc7517#section-5")

D("htpasswd", "password-hash", "ops/staging/.htpasswd", "\n".join(
    f"{user}:{bcrypt_hash('$2y$10$')}" for user in ["partner-review", "lit-support", "clm-demo", "ediscovery-vendor", "qa"]) + "\n",
  "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

D("dockerfile", "secret-mount", "assembly/Dockerfile", T("""
    # syntax=docker/dockerfile:1.7
    FROM python:3.12-slim AS build
    WORKDIR /src
    COPY requirements.txt .
    # private index credentials come in as a BuildKit secret, never as ARG/ENV
    RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf \\
        pip wheel --wheel-dir /wheels -r requirements.txt

    FROM python:3.12-slim
    COPY --from=build /wheels /wheels
    RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
    COPY assembly/ /app/assembly/
    USER 10001
    CMD ["python", "-m", "assembly.server"]
    """), "https://docs.docker.com/build/building/secrets/")

D("html", "publishable-key", "estates-site/checkout.html", T("""
    <!doctype html>
    <html>
    <head>
      <meta charset="utf-8">
      <title>Will &amp; Estate Package - Checkout</title>
      <script src="https://js.stripe.com/v3/"></script>
      <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.13.10/dist/cdn.min.js"
              integrity="sha384-<<SRI>>" crossorigin="anonymous" defer></script>
    </head>
    <body>
      <button id="pay">Pay flat fee</button>
      <script>
        const stripe = Stripe("<<PK>>");
        document.getElementById("pay").addEventListener("click", async () => {
          const res = await fetch("/api/checkout-session", { method: "POST" });
          const { id } = await res.json();
          stripe.redirectToCheckout({ sessionId: id });
        });
      </script>
    </body>
    </html>
    """, SRI=b64_bytes(48), PK=stripe_key("pk_live_")), "https://docs.stripe.com/keys#obtain-api-keys")

D("github-actions", "oidc", ".github/workflows/deploy-ocr.yml", T("""
    name: deploy ocr workers
    on:
      push:
        branches: [main]
        paths: ["ocr/**"]

    permissions:
      id-token: write
      contents: read

    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: aws-actions/configure-aws-credentials@v4
            with:
              role-to-assume: arn:aws:iam::481923650117:role/gha-ocr-deploy
              aws-region: us-east-1
          - run: |
              aws ecr get-login-password | docker login --username AWS --password-stdin 481923650117.dkr.ecr.us-east-1.amazonaws.com
              docker build -t 481923650117.dkr.ecr.us-east-1.amazonaws.com/ocr-worker:${GITHUB_SHA} ocr
              docker push 481923650117.dkr.ecr.us-east-1.amazonaws.com/ocr-worker:${GITHUB_SHA}
    """), "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services")

D("markdown", "doc-example", "docs/alerts.md", T("""
    # Renewal alerts

    Alerts post to Slack through an incoming webhook. The URL looks like the example in Slack's docs:

        https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX

    Put the real one in the `CLM_SLACK_WEBHOOK` secret of the deployment, then set

    ```yaml
    channels:
      slack:
        enabled: true
        webhook_url: ${CLM_SLACK_WEBHOOK}
    ```
    """), "https://api.slack.com/messaging/webhooks")

D("compose", "env-ref", "clm/docker-compose.yml", T("""
    services:
      web:
        build: .
        env_file: .env
        environment:
          DATABASE_URL: postgres://clm_app:${CLM_DB_PASSWORD:?set CLM_DB_PASSWORD}@db:5432/clm
          IRONCLAD_TOKEN: ${IRONCLAD_TOKEN:-}
          DJANGO_SECRET_KEY: ${DJANGO_SECRET_KEY:?set DJANGO_SECRET_KEY}
        ports: ["8000:8000"]
        depends_on: [db]
      db:
        image: postgres:16
        environment:
          POSTGRES_DB: clm
          POSTGRES_USER: clm_app
          POSTGRES_PASSWORD: ${CLM_DB_PASSWORD:?set CLM_DB_PASSWORD}
    """), "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

D("dotenv", "test-fake", "client-portal-api/.env.test", T("""
    # used by `npm test` only; every value here is fake
    NODE_ENV=test
    JWT_SECRET=test-jwt-secret
    DROPBOX_SIGN_API_KEY=fake-dropbox-sign-key
    DOCUSIGN_INTEGRATION_KEY=00000000-0000-0000-0000-000000000000
    DATABASE_URL=postgres://postgres:postgres@localhost:5432/portal_test
    """), "https://github.com/motdotla/dotenv#should-i-have-multiple-env-files")

D("k8s-secret", "placeholder", "deploy/base/secret-template.yaml", T("""
    # Overwritten by the pipeline from Key Vault; values below are placeholders (base64 "REPLACE_ME").
    apiVersion: v1
    kind: Secret
    metadata:
      name: dms-bridge
      namespace: dms
    type: Opaque
    data:
      IMANAGE_CLIENT_SECRET: <<P>>
      NETDOCS_CLIENT_SECRET: <<P>>
    """, P=b64("REPLACE_ME")), "https://kubernetes.io/docs/concepts/configuration/secret/")

D("xml", "prompt", "productions/FileZilla/sitemanager-court.xml", T("""
    <?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
    <FileZilla3 version="3.66.4" platform="windows">
        <Servers>
            <Server>
                <Host>sftp.courtfilings.illinois.gov</Host>
                <Port>22</Port>
                <Protocol>1</Protocol>
                <Type>0</Type>
                <User>hartleymoss_efsp</User>
                <Logontype>2</Logontype>
                <Name>Court SFTP (asks for password)</Name>
                <RemoteDir>1 0 6 outbox</RemoteDir>
            </Server>
        </Servers>
    </FileZilla3>
    """), "https://wiki.filezilla-project.org/Site_Manager")

D("go", "env-ref", "cmd/hold-check/main.go", T("""
    package main

    import (
    	"database/sql"
    	"fmt"
    	"log"
    	"os"

    	_ "github.com/microsoft/go-mssqldb"
    )

    func main() {
    	dsn := fmt.Sprintf("sqlserver://%s:%s@%s?database=RecordsMgmt&encrypt=true",
    		os.Getenv("RECORDS_DB_USER"), os.Getenv("RECORDS_DB_PASSWORD"), os.Getenv("RECORDS_DB_HOST"))
    	db, err := sql.Open("sqlserver", dsn)
    	if err != nil {
    		log.Fatal(err)
    	}
    	defer db.Close()
    	if err := checkHolds(db); err != nil {
    		log.Fatal(err)
    	}
    }
    """), "https://pkg.go.dev/os#Getenv")

D("csharp", "key-path", "src/Firm.ESign/DocuSignOptions.cs", T("""
    using Microsoft.Extensions.Configuration;

    namespace Firm.ESign
    {
        public sealed class DocuSignOptions
        {
            public string ClientId { get; init; } = "";
            public string UserId { get; init; } = "";
            public string AuthServer { get; init; } = "account-d.docusign.com";
            public string PrivateKeyPath { get; init; } = "/run/secrets/docusign_private.key";

            public static DocuSignOptions From(IConfiguration config) => new()
            {
                ClientId = config["DocuSign:ClientId"] ?? "",
                UserId = config["DocuSign:UserId"] ?? "",
                AuthServer = config["DocuSign:AuthServer"] ?? "account-d.docusign.com",
                PrivateKeyPath = config["DocuSign:PrivateKeyPath"] ?? "/run/secrets/docusign_private.key",
            };

            public byte[] ReadPrivateKey() => System.IO.File.ReadAllBytes(PrivateKeyPath);
        }
    }
    """), "https://developers.docusign.com/docs/esign-rest-api/sdks/csharp/")

D("vault-template", "template", "deploy/vault-agent/clio.env.ctmpl", T("""
    {{- with secret "kv/data/integrations/clio" -}}
    CLIO_CLIENT_ID={{ .Data.data.client_id }}
    CLIO_CLIENT_SECRET={{ .Data.data.client_secret }}
    {{- end }}
    {{ with secret "database/creds/intake-rw" -}}
    DATABASE_URL=postgres://{{ .Data.username }}:{{ .Data.password }}@pg-intake.internal:5432/intake
    {{- end }}
    """), "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

D("json", "secret-manager", "deploy/ecs/docketing-taskdef.json", T("""
    {
      "family": "docket-poller",
      "networkMode": "awsvpc",
      "requiresCompatibilities": ["FARGATE"],
      "cpu": "512",
      "memory": "1024",
      "executionRoleArn": "arn:aws:iam::481923650117:role/docket-poller-exec",
      "containerDefinitions": [
        {
          "name": "poller",
          "image": "481923650117.dkr.ecr.us-east-1.amazonaws.com/docket-poller:1.8.3",
          "environment": [{"name": "PACER_CLIENT_CODE", "value": "DOCKETS"}],
          "secrets": [
            {"name": "PACER_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:481923650117:parameter/docketing/pacer/password"},
            {"name": "CL_API_TOKEN", "valueFrom": "arn:aws:secretsmanager:us-east-1:481923650117:secret:docketing/courtlistener-Qx81Zp"}
          ]
        }
      ]
    }
    """), "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html")

D("bicep", "keyvault-ref", "infra/efile/main.bicep", T("""
    param location string = resourceGroup().location

    resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
      name: 'kv-efile-prod'
    }

    module app 'modules/webapp.bicep' = {
      name: 'efile-api'
      params: {
        location: location
        appName: 'app-efile-api-prod'
        efmFilerPassword: kv.getSecret('efm-filer-password')
        pfxPassword: kv.getSecret('efsp-pfx-password')
      }
    }
    """), "https://learn.microsoft.com/en-us/azure/azure-resource-manager/bicep/bicep-functions-resource#getsecret")

D("ini", "doc-example", "retention/alembic.ini", T("""
    # A generic, single database configuration.

    [alembic]
    script_location = migrations
    prepend_sys_path = .
    # overridden in migrations/env.py from RECORDS_DATABASE_URL
    sqlalchemy.url = driver://user:pass@localhost/dbname

    [loggers]
    keys = root,sqlalchemy,alembic

    [logger_root]
    level = WARN
    handlers = console
    """), "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

D("ini", "template", "retention/etl.ini", T("""
    ; Values in %(...)s come from the environment (ConfigParser defaults=os.environ)
    [records]
    url = mssql+pyodbc://svc_retention:%(RECORDS_DB_PASSWORD)s@sql-records.firm.local/RecordsMgmt?driver=ODBC+Driver+18+for+SQL+Server

    [sharepoint]
    site = https://abbottreyes.sharepoint.com/sites/RecordsCenter
    client_id = %(SP_CLIENT_ID)s
    client_secret = %(SP_CLIENT_SECRET)s

    [run]
    batch_size = 500
    """), "https://docs.python.org/3/library/configparser.html#configparser.BasicInterpolation")

D("makefile", "env-ref", "db/Makefile", T("""
    DB_HOST ?= sql-records.firm.local
    DB_USER ?= svc_migrate
    # DB_PASSWORD must come from the environment (make migrate DB_PASSWORD=...)

    .PHONY: migrate info

    migrate:
    \tflyway -url="jdbc:sqlserver://$(DB_HOST):1433;databaseName=RecordsMgmt;encrypt=true" \\
    \t  -user=$(DB_USER) -password="$(DB_PASSWORD)" -locations=filesystem:migrations migrate

    info:
    \tflyway -url="jdbc:sqlserver://$(DB_HOST):1433;databaseName=RecordsMgmt" -user=$(DB_USER) -password="$$DB_PASSWORD" info
    """), "https://documentation.red-gate.com/fd/parameters-184127474.html")

D("json", "commit-sha", "deploy/releases/efile-api-2024.06.3.json", T("""
    {
      "service": "efile-api",
      "version": "2024.06.3",
      "git": {
        "commit": "<<C1>>",
        "previous": "<<C2>>",
        "branch": "main"
      },
      "image": "registry.hartleymoss.com/efiling/efile-api@sha256:<<D1>>",
      "migrations": ["V41__filing_status_index", "V42__retention_service_login"],
      "approved_by": "m.reyes",
      "deployed_at": "2024-06-14T21:07:33Z"
    }
    """, C1=hexs(40), C2=hexs(40), D1=hexs(64)), "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier")

D("notebook", "env-ref", "notebooks/envelope_status.ipynb", T("""
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import os\\n",
        "from esign.docusign_jwt import get_api_client\\n",
        "from docusign_esign import EnvelopesApi\\n",
        "api = EnvelopesApi(get_api_client())\\n",
        "account_id = os.environ[\\"DOCUSIGN_ACCOUNT_ID\\"]"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": [
          "<<E1>>  completed  Engagement letter - Halvorsen Freight\\n",
          "<<E2>>  sent       Conflict waiver - Brandt Logistics\\n",
          "<<E3>>  declined   Settlement release - Okafor\\n"
         ]
        }
       ],
       "source": [
        "res = api.list_status_changes(account_id, from_date=\\"2024-06-01\\")\\n",
        "for e in res.envelopes:\\n",
        "    print(e.envelope_id, f\\"{e.status:<10}\\", e.email_subject)"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, E1=uuid_s(), E2=uuid_s(), E3=uuid_s()), "https://developers.docusign.com/docs/esign-rest-api/reference/envelopes/envelopes/liststatuschanges/")

D("pgp", "public-key", "productions/keys/opposing-counsel-kellerbrandt.asc", T("""
    -----BEGIN PGP PUBLIC KEY BLOCK-----
    Comment: Keller Brandt LLP productions <productions@kellerbrandt.com>

    <<BODY>>
    =<<CRC>>
    -----END PGP PUBLIC KEY BLOCK-----
    """, BODY="\n".join(b64_lines("mQINBGX", 64 * 14)), CRC=b64_bytes(3)), "https://datatracker.ietf.org/doc/html/rfc4880#section-6.2")

D("terraform", "variable", "infra/records/variables.tf", T("""
    variable "environment" {
      type = string
    }

    variable "records_sql_admin_login" {
      type    = string
      default = "recordsadmin"
    }

    variable "records_sql_admin_password" {
      type        = string
      sensitive   = true
      description = "Set through TF_VAR_records_sql_admin_password in the pipeline (from Key Vault)."
    }

    variable "delete_after_days" {
      type    = number
      default = 2555
    }
    """), "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

