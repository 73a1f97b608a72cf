"""Blind set BF: API testing and QA tooling as teams commit it.

Postman collections, environments and globals and their Newman runs; Insomnia, Bruno, HTTPie,
VS Code REST Client / JetBrains HTTP Client and Hoppscotch files; load tests (k6, JMeter, Locust,
Gatling); browser tests (Cypress, Playwright, Selenium Grid, BrowserStack, Sauce Labs,
LambdaTest); pytest fixtures and VCR cassettes; WireMock and MockServer stubs; Pact; Karate;
Robot Framework; the CI files, dotenv files and QA runbooks around them, and their decoys.
Generated fakes only (seeds 510000-519999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
_SEED = [510000]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 520000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Pelican", "Birch", "Comet", "Harbor", "Nimbus", "Cobalt", "Orchard", "Pioneer", "Raven", "Sequoia",
         "Tango", "Velvet", "Walrus", "Zephyr", "Anvil", "Bramble", "Cactus", "Dynamo", "Ember", "Fjord"]
LOWER = ["kettle", "rocket", "meadow", "button", "glider", "sparrow", "lantern", "biscuit", "canyon", "domino",
         "falcon", "harpoon", "igloo", "jigsaw", "marble", "noodle", "oyster", "parsnip"]
FIRST = ["anna", "bram", "carla", "deepak", "elif", "femi", "greta", "hiro", "ines", "jonas", "kofi", "lena",
         "marek", "nora", "omar", "priya", "quinn", "rosa", "sven", "tariq"]


def words_pw(syms: str = "!#%@*") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(syms) + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw(syms: str = "!#*") -> str:
    r = _rng()
    return (r.choice(["Summer", "Winter", "Spring", "Autumn", "Welcome", "Qatest", "Staging", "Testing"])
            + str(r.choice([2022, 2023, 2024, 2025])) + r.choice(syms) * r.randint(1, 2))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def urlsafe(n: int) -> str:
    return fakes.drawn(_seed(), n, URLSAFE)


def lower_alnum(n: int) -> str:
    return fakes.drawn(_seed(), n, string.ascii_lowercase + string.digits)


def uuid4() -> str:
    return fakes.uuid4(_seed())


def user() -> str:
    r = _rng()
    return r.choice(FIRST) + r.choice([".", "_", ""]) + r.choice(["qa", "test", "perf", "e2e", "auto"]) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(alg: str = "HS256", iss: str = "https://auth.staging.example-corp.io/", scope: str = "orders:read orders:write") -> str:
    r = _rng()
    header = {"alg": alg, "typ": "JWT"}
    if alg.startswith("RS"):
        header["kid"] = "".join(r.choice(ALNUM) for _ in range(22))
    now = 1_690_000_000 + r.randint(0, 60_000_000)
    claims = {"iss": iss, "sub": "".join(r.choice(HEX) for _ in range(24)), "aud": "api",
              "iat": now, "exp": now + 3600 * r.choice([1, 8, 24, 720, 8760]), "scope": scope}
    sig_len = 342 if alg.startswith("RS") else 43
    signature = "".join(r.choice(URLSAFE) for _ in range(sig_len))
    return (_b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
            + _b64url(json.dumps(claims, separators=(",", ":")).encode()) + "." + signature)


def pmak() -> str:
    return "PMAK-" + hexs(24) + "-" + hexs(34)


def github_token() -> str:
    return fakes.github_token(_seed())


def github_pat() -> str:
    return fakes.github_fine_grained_token(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook() -> str:
    return (f"https://acmecorp.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid4()}/V2{urlsafe(44)}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def openai_key() -> str:
    return fakes.openai_key(_seed())


def google_api_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, URLSAFE)


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def browserstack_user() -> str:
    r = _rng()
    return r.choice(FIRST) + r.choice(["", "_"]) + "".join(r.choice(string.ascii_lowercase) for _ in range(r.randint(4, 7))) + "_" + "".join(r.choice(ALNUM) for _ in range(6))


def browserstack_key() -> str:
    return alnum(20)


def lambdatest_key() -> str:
    return "LT_" + alnum(47)


def pact_token() -> str:
    return fakes.drawn_mixed(_seed(), 22, URLSAFE)


def k6_cloud_token() -> str:
    return hexs(64)


def influx_token() -> str:
    return fakes.drawn(_seed(), 86, URLSAFE) + "=="


def datadog_key() -> str:
    return hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailslurp_key() -> str:
    return hexs(64)


def mailosaur_key() -> str:
    return alnum(24)


def testrail_key() -> str:
    return alnum(20) + "-" + alnum(9)


def percy_token() -> str:
    return "web_" + hexs(64)


def chromatic_token() -> str:
    return "chpt_" + hexs(15)


def applitools_key() -> str:
    return alnum(43) + "110"


def azure_function_key() -> str:
    return fakes.drawn(_seed(), 54, ALNUM + "/+") + "=="


def auth0_secret() -> str:
    return fakes.drawn_mixed(_seed(), 64, URLSAFE)


def okta_secret() -> str:
    return fakes.drawn_mixed(_seed(), 40, URLSAFE)


def hubspot_token() -> str:
    return "pat-na1-" + uuid4()


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def private_pem(kind: str = "RSA") -> str:
    r = _rng()
    head = {"RSA": "MIIEow", "EC": "MHcCAQEEI", "": "MIIEvQ", "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAA"}[kind]
    body = [head + "".join(r.choice(ALNUM + "+/") for _ in range(64 - len(head)))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(r.randint(7, 11))]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(4 * r.randint(4, 14))))
    label = (kind + " PRIVATE KEY") if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def cert_pem() -> str:
    r = _rng()
    body = ["MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(60))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(r.randint(8, 12))]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(4 * r.randint(3, 10))) + "==")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, "./" + ALNUM)


def argon2_hash() -> str:
    return ("$argon2id$v=19$m=65536,t=3,p=4$" + fakes.drawn(_seed(), 22, ALNUM + "+/") + "$"
            + fakes.drawn(_seed(), 43, ALNUM + "+/"))


def sha1() -> str:
    return hexs(40)


def sha256() -> str:
    return hexs(64)


def indent(text: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line if line else line for line in text.splitlines())


def tabs(text: str) -> str:
    """Postman and Insomnia export JSON indented with tabs: four leading spaces become one tab."""
    out = []
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        out.append("\t" * ((len(line) - len(stripped)) // 4) + stripped)
    return "\n".join(out) + "\n"


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bf/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bf/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    text = template[1:] if template.startswith("\n") else template
    for key, value in values.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, text[:120]
    return text


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    S(fmt, what, path, T(template, v=value, **kw), value, source)


def DV(fmt: str, what: str, path: str, template: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, **kw), source)


SRC_POSTMAN = "schema.getpostman.com/json/collection/v2.1.0/collection.json (Postman collection export)"
SRC_POSTMAN_ENV = "learning.postman.com/docs/sending-requests/variables/managing-environments (environment export)"
SRC_POSTMAN_AUTH = "learning.postman.com/docs/sending-requests/authorization/authorization-types"
SRC_NEWMAN = "github.com/postmanlabs/newman README (newman run options --env-var, --global-var)"
SRC_INSOMNIA = "docs.insomnia.rest/insomnia/import-export-data (Insomnia v4/v5 export)"
SRC_BRUNO = "docs.usebruno.com/bru-lang/overview and docs.usebruno.com/secrets-management"
SRC_HTTPIE = "httpie.io/docs/cli/sessions (session file format)"
SRC_RESTCLIENT = "github.com/Huachao/vscode-restclient README (file, environment and system variables)"
SRC_JBHTTP = "jetbrains.com/help/idea/exploring-http-syntax.html (http-client.env.json, private env)"
SRC_HOPP = "docs.hoppscotch.io/documentation/features/collections (collection and environment export)"
SRC_K6 = "grafana.com/docs/k6/latest (options, HTTP params, environment variables, tlsAuth)"
SRC_JMETER = "jmeter.apache.org/usermanual/component_reference.html (Header/Auth Manager, CSV Data Set)"
SRC_LOCUST = "docs.locust.io/en/stable/writing-a-locustfile.html and configuration.html"
SRC_GATLING = "docs.gatling.io/reference/script/protocols/http (Scala, Java and Kotlin DSL)"
SRC_CYPRESS = "docs.cypress.io/guides/guides/environment-variables and cloud record key"
SRC_PLAYWRIGHT = "playwright.dev/docs/auth (storageState) and playwright.dev/docs/test-use-options"
SRC_BS = "browserstack.com/docs/automate (browserstack.yml, WebdriverIO service, Cypress CLI)"
SRC_SAUCE = "docs.saucelabs.com/basics/data-center-endpoints and sauce:options capabilities"
SRC_LT = "lambdatest.com/support/docs (hub URL, lambdatest-config.json)"
SRC_GRID = "selenium.dev/documentation/grid/configuration/toml_options and docker-selenium README"
SRC_PYTEST = "docs.pytest.org/en/stable/how-to/fixtures.html (conftest.py) and pytest-env"
SRC_VCR = "vcrpy.readthedocs.io/en/latest/advanced.html (cassettes, filter_headers)"
SRC_WIREMOCK = "wiremock.org/docs/stubbing, proxying and record-playback (mapping JSON)"
SRC_MOCKSERVER = "mock-server.com/mock_server/creating_expectations.html (initializer JSON)"
SRC_PACT = "docs.pact.io/pact_broker/client_cli and docs.pactflow.io (API tokens)"
SRC_KARATE = "github.com/karatelabs/karate README (karate-config.js, environment switching)"
SRC_ROBOT = "robotframework.org/robotframework/latest/RobotFrameworkUserGuide.html (variable files)"
SRC_RUNBOOK = "QA team runbooks as kept in a repository's docs/ folder"
SRC_GHA = "docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions"
SRC_GITLAB = "docs.gitlab.com/ee/ci/yaml (.gitlab-ci.yml)"
SRC_JENKINS = "jenkins.io/doc/book/pipeline/jenkinsfile"
SRC_DOTENV = "github.com/motdotla/dotenv README (.env files)"


# ---------------------------------------------------------------- Postman collections / environments

SV("postman-collection", "bearer-jwt", "postman/Orders API.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "Orders API",
        "description": "Smoke and regression requests for the orders service. Use the Staging environment.",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
        "_exporter_id": "24710583"
    },
    "item": [
        {
            "name": "List orders",
            "event": [
                {
                    "listen": "test",
                    "script": {
                        "exec": [
                            "pm.test(\"status is 200\", function () {",
                            "    pm.response.to.have.status(200);",
                            "});"
                        ],
                        "type": "text/javascript"
                    }
                }
            ],
            "request": {
                "method": "GET",
                "header": [],
                "url": {
                    "raw": "{{baseUrl}}/v2/orders?limit=20",
                    "host": ["{{baseUrl}}"],
                    "path": ["v2", "orders"],
                    "query": [{"key": "limit", "value": "20"}]
                }
            },
            "response": []
        },
        {
            "name": "Get order",
            "request": {
                "method": "GET",
                "header": [],
                "url": {
                    "raw": "{{baseUrl}}/v2/orders/{{orderId}}",
                    "host": ["{{baseUrl}}"],
                    "path": ["v2", "orders", "{{orderId}}"]
                }
            },
            "response": []
        }
    ],
    "auth": {
        "type": "bearer",
        "bearer": [
            {
                "key": "token",
                "value": "@@v@@",
                "type": "string"
            }
        ]
    },
    "variable": [
        {"key": "orderId", "value": "ord_1042"}
    ]
}"""), jwt("RS256"), SRC_POSTMAN, pid=uuid4())

SV("postman-collection", "password", "api-tests/collections/billing.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "Billing - internal admin",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    },
    "item": [
        {
            "name": "Refund invoice",
            "request": {
                "auth": {
                    "type": "basic",
                    "basic": [
                        {"key": "password", "value": "@@v@@", "type": "string"},
                        {"key": "username", "value": "billing-admin", "type": "string"}
                    ]
                },
                "method": "POST",
                "header": [{"key": "Content-Type", "value": "application/json"}],
                "body": {
                    "mode": "raw",
                    "raw": "{\n    \"invoiceId\": \"{{invoiceId}}\",\n    \"reason\": \"duplicate\"\n}"
                },
                "url": {
                    "raw": "https://billing.staging.internal/admin/refunds",
                    "protocol": "https",
                    "host": ["billing", "staging", "internal"],
                    "path": ["admin", "refunds"]
                }
            },
            "response": []
        }
    ]
}"""), words_pw(), SRC_POSTMAN_AUTH, pid=uuid4())

SV("postman-collection", "api-key", "partner-gateway.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "Partner Gateway v3",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
        "_exporter_id": "9913027"
    },
    "auth": {
        "type": "apikey",
        "apikey": [
            {"key": "value", "value": "@@v@@", "type": "string"},
            {"key": "key", "value": "x-api-key", "type": "string"},
            {"key": "in", "value": "header", "type": "string"}
        ]
    },
    "item": [
        {
            "name": "Search shipments",
            "request": {
                "method": "GET",
                "header": [],
                "url": {
                    "raw": "https://gw.partner-logistics.example/v3/shipments?status=in_transit",
                    "protocol": "https",
                    "host": ["gw", "partner-logistics", "example"],
                    "path": ["v3", "shipments"],
                    "query": [{"key": "status", "value": "in_transit"}]
                }
            },
            "response": []
        }
    ]
}"""), alnum(40), SRC_POSTMAN_AUTH, pid=uuid4())

SV("postman-collection", "oauth-client-secret", "postman/collections/Payments Sandbox.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "Payments Sandbox",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    },
    "auth": {
        "type": "oauth2",
        "oauth2": [
            {"key": "clientSecret", "value": "@@v@@", "type": "string"},
            {"key": "clientId", "value": "0oa8k2qz1vXyQaB7d5d7", "type": "string"},
            {"key": "accessTokenUrl", "value": "https://login.example-idp.com/oauth2/default/v1/token", "type": "string"},
            {"key": "grant_type", "value": "client_credentials", "type": "string"},
            {"key": "scope", "value": "payments.read payments.write", "type": "string"},
            {"key": "tokenName", "value": "sandbox-cc", "type": "string"},
            {"key": "addTokenTo", "value": "header", "type": "string"}
        ]
    },
    "item": [
        {
            "name": "Create payment intent",
            "request": {
                "method": "POST",
                "header": [],
                "body": {"mode": "raw", "raw": "{\n  \"amount\": 1299,\n  \"currency\": \"EUR\"\n}", "options": {"raw": {"language": "json"}}},
                "url": {"raw": "{{paymentsUrl}}/v1/intents", "host": ["{{paymentsUrl}}"], "path": ["v1", "intents"]}
            },
            "response": []
        }
    ]
}"""), okta_secret(), SRC_POSTMAN_AUTH, pid=uuid4())

SV("postman-collection", "password", "tests/postman/auth-flows.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "Auth flows",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    },
    "item": [
        {
            "name": "Login as QA lead",
            "event": [
                {
                    "listen": "test",
                    "script": {
                        "exec": [
                            "const body = pm.response.json();",
                            "pm.environment.set(\"accessToken\", body.access_token);"
                        ],
                        "type": "text/javascript"
                    }
                }
            ],
            "request": {
                "method": "POST",
                "header": [{"key": "Content-Type", "value": "application/json"}],
                "body": {
                    "mode": "raw",
                    "raw": "{\n    \"email\": \"qa.lead@northwind-retail.com\",\n    \"password\": \"@@v@@\"\n}"
                },
                "url": {"raw": "{{authUrl}}/api/login", "host": ["{{authUrl}}"], "path": ["api", "login"]}
            },
            "response": []
        }
    ]
}"""), season_pw(), SRC_POSTMAN, pid=uuid4())

SV("postman-collection", "api-key", "postman/weather-widget.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "Weather widget",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    },
    "item": [
        {
            "name": "Current weather - Lisbon",
            "request": {
                "method": "GET",
                "header": [],
                "url": {
                    "raw": "https://api.openweathermap.org/data/2.5/weather?q=Lisbon&units=metric&appid=@@v@@",
                    "protocol": "https",
                    "host": ["api", "openweathermap", "org"],
                    "path": ["data", "2.5", "weather"],
                    "query": [
                        {"key": "q", "value": "Lisbon"},
                        {"key": "units", "value": "metric"},
                        {"key": "appid", "value": "@@v@@"}
                    ]
                }
            },
            "response": []
        }
    ]
}"""), hexs(32), SRC_POSTMAN, pid=uuid4())

_k, _s = aws_pair()
SV("postman-collection", "aws-secret-key", "postman/s3-fixtures.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "S3 test fixtures",
        "description": "Uploads the golden files the contract tests read.",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    },
    "auth": {
        "type": "awsv4",
        "awsv4": [
            {"key": "secretKey", "value": "@@v@@", "type": "string"},
            {"key": "accessKey", "value": "@@k@@", "type": "string"},
            {"key": "region", "value": "eu-west-1", "type": "string"},
            {"key": "service", "value": "s3", "type": "string"}
        ]
    },
    "item": [
        {
            "name": "Put golden order",
            "request": {
                "method": "PUT",
                "header": [],
                "body": {"mode": "file", "file": {"src": "fixtures/order-1042.json"}},
                "url": {"raw": "https://qa-golden-files.s3.eu-west-1.amazonaws.com/orders/order-1042.json"}
            },
            "response": []
        }
    ]
}"""), _s, SRC_POSTMAN_AUTH, pid=uuid4(), k=_k)

SV("postman-collection", "oauth-client-secret", "collections/identity.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "Identity - token helper",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    },
    "event": [
        {
            "listen": "prerequest",
            "script": {
                "type": "text/javascript",
                "exec": [
                    "// fetch a token once per run and cache it",
                    "if (!pm.collectionVariables.get('token')) {",
                    "    pm.sendRequest({",
                    "        url: pm.environment.get('authUrl') + '/oauth/token',",
                    "        method: 'POST',",
                    "        header: { 'Content-Type': 'application/x-www-form-urlencoded' },",
                    "        body: { mode: 'urlencoded', urlencoded: [",
                    "            { key: 'grant_type', value: 'client_credentials' },",
                    "            { key: 'client_id', value: 'qa-automation' },",
                    "            { key: 'client_secret', value: '@@v@@' }",
                    "        ]}",
                    "    }, (err, res) => pm.collectionVariables.set('token', res.json().access_token));",
                    "}"
                ]
            }
        }
    ],
    "item": [],
    "variable": [{"key": "token", "value": ""}]
}"""), auth0_secret(), SRC_POSTMAN, pid=uuid4())

SV("postman-env", "password", "postman/environments/staging.postman_environment.json", tabs(r"""
{
    "id": "@@id@@",
    "name": "Staging",
    "values": [
        {
            "key": "baseUrl",
            "value": "https://api.staging.northwind-retail.com",
            "type": "default",
            "enabled": true
        },
        {
            "key": "adminUser",
            "value": "qa-admin@northwind-retail.com",
            "type": "default",
            "enabled": true
        },
        {
            "key": "adminPassword",
            "value": "@@v@@",
            "type": "secret",
            "enabled": true
        }
    ],
    "_postman_variable_scope": "environment",
    "_postman_exported_at": "2024-05-14T08:22:41.913Z",
    "_postman_exported_using": "Postman/10.24.16"
}"""), words_pw(), SRC_POSTMAN_ENV, id=uuid4())

SV("postman-env", "github-token", "postman/env/github-automation.postman_environment.json", tabs(r"""
{
    "id": "@@id@@",
    "name": "GitHub automation",
    "values": [
        {"key": "ghApi", "value": "https://api.github.com", "type": "default", "enabled": true},
        {"key": "org", "value": "northwind-retail", "type": "default", "enabled": true},
        {"key": "ghToken", "value": "@@v@@", "type": "default", "enabled": true},
        {"key": "repo", "value": "storefront", "type": "default", "enabled": true}
    ],
    "_postman_variable_scope": "environment",
    "_postman_exported_at": "2023-11-02T15:03:17.004Z",
    "_postman_exported_using": "Postman/10.19.7"
}"""), github_token(), SRC_POSTMAN_ENV, id=uuid4())

SV("postman-env", "postman-api-key", "postman/globals.postman_globals.json", tabs(r"""
{
    "id": "@@id@@",
    "values": [
        {
            "key": "postmanApiKey",
            "value": "@@v@@",
            "enabled": true
        },
        {
            "key": "workspaceId",
            "value": "@@ws@@",
            "enabled": true
        }
    ],
    "name": "Globals",
    "_postman_variable_scope": "globals",
    "_postman_exported_at": "2024-02-20T10:51:09.337Z",
    "_postman_exported_using": "Postman/10.23.5"
}"""), pmak(), SRC_POSTMAN_ENV, id=uuid4(), ws=uuid4())

SV("postman-env", "slack-webhook", "postman/environments/ci.postman_environment.json", tabs(r"""
{
    "id": "@@id@@",
    "name": "CI",
    "values": [
        {"key": "baseUrl", "value": "http://localhost:8080", "type": "default", "enabled": true},
        {"key": "retries", "value": "3", "type": "default", "enabled": true},
        {"key": "slackWebhook", "value": "@@v@@", "type": "default", "enabled": true},
        {"key": "notifyOnPass", "value": "false", "type": "default", "enabled": true}
    ],
    "_postman_variable_scope": "environment"
}"""), slack_webhook(), SRC_POSTMAN_ENV, id=uuid4())

SV("postman-env", "sendgrid-key", "qa/postman/notifications-prod.postman_environment.json", tabs(r"""
{
    "id": "@@id@@",
    "name": "Notifications (prod smoke)",
    "values": [
        {"key": "sgBase", "value": "https://api.sendgrid.com/v3", "type": "default", "enabled": true},
        {"key": "sgApiKey", "value": "@@v@@", "type": "secret", "enabled": true},
        {"key": "templateId", "value": "d-4f1c0b2a9e7d4c61b8a3e5f7a9c1d3e5", "type": "default", "enabled": true},
        {"key": "toAddress", "value": "qa-inbox@northwind-retail.com", "type": "default", "enabled": true}
    ],
    "_postman_variable_scope": "environment",
    "_postman_exported_at": "2024-07-30T12:40:55.120Z",
    "_postman_exported_using": "Postman/11.5.0"
}"""), sendgrid_key(), SRC_POSTMAN_ENV, id=uuid4())

DV("postman-collection", "variable-refs", "postman/Catalog.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "Catalog",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
        "_exporter_id": "31190544"
    },
    "auth": {
        "type": "bearer",
        "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]
    },
    "item": [
        {
            "name": "Get product",
            "request": {
                "method": "GET",
                "header": [{"key": "X-Tenant", "value": "{{tenantId}}"}],
                "url": {"raw": "{{baseUrl}}/products/{{sku}}", "host": ["{{baseUrl}}"], "path": ["products", "{{sku}}"]}
            },
            "response": []
        },
        {
            "name": "Admin - reindex",
            "request": {
                "auth": {
                    "type": "basic",
                    "basic": [
                        {"key": "username", "value": "{{adminUser}}", "type": "string"},
                        {"key": "password", "value": "{{adminPassword}}", "type": "string"}
                    ]
                },
                "method": "POST",
                "url": {"raw": "{{baseUrl}}/admin/reindex", "host": ["{{baseUrl}}"], "path": ["admin", "reindex"]}
            },
            "response": []
        }
    ]
}"""), SRC_POSTMAN_AUTH, pid=uuid4())

DV("postman-env", "empty-secret-values", "postman/environments/production.postman_environment.json", tabs(r"""
{
    "id": "@@id@@",
    "name": "Production",
    "values": [
        {"key": "baseUrl", "value": "https://api.northwind-retail.com", "type": "default", "enabled": true},
        {"key": "clientId", "value": "storefront-smoke", "type": "default", "enabled": true},
        {"key": "clientSecret", "value": "", "type": "secret", "enabled": true},
        {"key": "accessToken", "value": "", "type": "secret", "enabled": true},
        {"key": "refreshToken", "value": "", "type": "secret", "enabled": true}
    ],
    "_postman_variable_scope": "environment",
    "_postman_exported_at": "2024-06-03T07:15:28.661Z",
    "_postman_exported_using": "Postman/11.0.9"
}"""), SRC_POSTMAN_ENV, id=uuid4())

DV("postman-env", "placeholder", "postman/environments/local.template.postman_environment.json", tabs(r"""
{
    "id": "@@id@@",
    "name": "Local (copy me)",
    "values": [
        {"key": "baseUrl", "value": "http://localhost:3000", "type": "default", "enabled": true},
        {"key": "apiKey", "value": "<your-api-key>", "type": "secret", "enabled": true},
        {"key": "password", "value": "REPLACE_ME", "type": "secret", "enabled": true},
        {"key": "webhookUrl", "value": "https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX", "type": "default", "enabled": false}
    ],
    "_postman_variable_scope": "environment"
}"""), SRC_POSTMAN_ENV, id=uuid4())

DV("postman-collection", "script-env-lookup", "postman/signed-requests.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "Signed webhooks",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    },
    "event": [
        {
            "listen": "prerequest",
            "script": {
                "type": "text/javascript",
                "exec": [
                    "const secret = pm.environment.get('hmacSecret');",
                    "const ts = Math.floor(Date.now() / 1000).toString();",
                    "const body = pm.request.body ? pm.request.body.raw : '';",
                    "const sig = CryptoJS.HmacSHA256(ts + '.' + body, secret).toString(CryptoJS.enc.Hex);",
                    "pm.request.headers.upsert({ key: 'X-Signature', value: 't=' + ts + ',v1=' + sig });"
                ]
            }
        }
    ],
    "item": [
        {
            "name": "Deliver order.created",
            "request": {
                "method": "POST",
                "body": {"mode": "raw", "raw": "{\"type\":\"order.created\",\"id\":\"evt_0001\"}"},
                "url": {"raw": "{{webhookTarget}}/hooks/orders"}
            },
            "response": []
        }
    ]
}"""), SRC_POSTMAN, pid=uuid4())

DV("postman-collection", "docs-example-jwt", "docs/postman/Auth examples.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "Auth examples (docs)",
        "description": "Saved example responses for the developer portal. Tokens are the jwt.io sample.",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    },
    "item": [
        {
            "name": "Token",
            "request": {"method": "POST", "url": {"raw": "{{baseUrl}}/oauth/token"}},
            "response": [
                {
                    "name": "200 OK",
                    "originalRequest": {"method": "POST", "url": {"raw": "{{baseUrl}}/oauth/token"}},
                    "status": "OK",
                    "code": 200,
                    "_postman_previewlanguage": "json",
                    "header": [{"key": "Content-Type", "value": "application/json"}],
                    "body": "{\n  \"access_token\": \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\",\n  \"token_type\": \"Bearer\",\n  \"expires_in\": 3600\n}"
                }
            ]
        }
    ]
}"""), SRC_POSTMAN, pid=uuid4())

DV("postman-collection", "oauth2-variables", "postman/collections/partner-oauth.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "Partner OAuth",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    },
    "auth": {
        "type": "oauth2",
        "oauth2": [
            {"key": "clientSecret", "value": "{{partnerClientSecret}}", "type": "string"},
            {"key": "clientId", "value": "{{partnerClientId}}", "type": "string"},
            {"key": "accessTokenUrl", "value": "https://auth.partner.example/oauth/token", "type": "string"},
            {"key": "grant_type", "value": "client_credentials", "type": "string"},
            {"key": "client_authentication", "value": "header", "type": "string"},
            {"key": "addTokenTo", "value": "header", "type": "string"}
        ]
    },
    "item": [],
    "variable": [
        {"key": "collectionRunId", "value": "@@rid@@"}
    ]
}"""), SRC_POSTMAN_AUTH, pid=uuid4(), rid=uuid4())


# ---------------------------------------------------------------- Newman runs

SV("package-json", "api-key", "api-tests/package.json", r"""
{
  "name": "storefront-api-tests",
  "version": "1.4.0",
  "private": true,
  "scripts": {
    "test:smoke": "newman run collections/smoke.postman_collection.json -e environments/staging.postman_environment.json --reporters cli,junit --reporter-junit-export results/smoke.xml",
    "test:partner": "newman run collections/partner.postman_collection.json --env-var \"baseUrl=https://gw.partner-logistics.example\" --env-var \"apiKey=@@v@@\" --bail",
    "report": "newman run collections/regression.postman_collection.json -r htmlextra"
  },
  "devDependencies": {
    "newman": "^6.1.2",
    "newman-reporter-htmlextra": "^1.23.1"
  }
}
""", alnum(32), SRC_NEWMAN)

SV("jenkinsfile", "password", "ci/Jenkinsfile.api-regression", r"""
pipeline {
    agent { docker { image 'postman/newman:6-alpine' } }
    options { timeout(time: 30, unit: 'MINUTES') }
    stages {
        stage('Checkout') {
            steps { checkout scm }
        }
        stage('API regression') {
            steps {
                sh '''
                  newman run postman/regression.postman_collection.json \
                    -e postman/environments/uat.postman_environment.json \
                    --env-var "username=svc-regression" \
                    --env-var "password=@@v@@" \
                    --reporters cli,junit --reporter-junit-export newman/results.xml
                '''
            }
        }
    }
    post {
        always { junit 'newman/*.xml' }
    }
}
""", words_pw("!%*"), SRC_NEWMAN)

SV("gitlab-ci", "api-key", ".gitlab-ci.yml", r"""
stages:
  - build
  - api-test

variables:
  NEWMAN_IMAGE: postman/newman:6.1.2-alpine

api_contract:
  stage: api-test
  image:
    name: $NEWMAN_IMAGE
    entrypoint: [""]
  script:
    - newman run tests/api/contract.postman_collection.json
        --global-var "base_url=https://review-$CI_COMMIT_REF_SLUG.apps.example-corp.io"
        --global-var "service_token=@@v@@"
        --reporters cli,junit --reporter-junit-export report.xml
  artifacts:
    when: always
    reports:
      junit: report.xml
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
""", urlsafe(43), SRC_GITLAB)

S("batch", "oauth-client-secret", "scripts/run-api-tests.bat", crlf(T(r"""
@echo off
REM Runs the Postman suite against UAT from a tester's machine
setlocal
set COLLECTION=%~dp0..\postman\uat-suite.postman_collection.json
set ENVFILE=%~dp0..\postman\environments\uat.postman_environment.json

call newman run "%COLLECTION%" -e "%ENVFILE%" ^
  --env-var "client_id=uat-test-runner" ^
  --env-var "client_secret=@@v@@" ^
  --reporters cli,htmlextra ^
  --reporter-htmlextra-export "%~dp0..\reports\uat.html"

if errorlevel 1 (
  echo Newman reported failures
  exit /b 1
)
endlocal
""", v=(_bat := okta_secret()))), _bat, SRC_NEWMAN)

SV("shell", "postman-api-key", "scripts/nightly-newman.sh", r"""
#!/usr/bin/env bash
# Nightly run straight from the Postman API so the latest saved version of the collection is used.
set -euo pipefail

COLLECTION_UID="24710583-@@cid@@"
ENV_UID="24710583-@@eid@@"

newman run "https://api.getpostman.com/collections/${COLLECTION_UID}?apikey=@@v@@" \
  --environment "https://api.getpostman.com/environments/${ENV_UID}?apikey=@@v@@" \
  --reporters cli,json --reporter-json-export "out/nightly-$(date +%F).json" \
  --timeout-request 15000
""", pmak(), SRC_NEWMAN, cid=uuid4(), eid=uuid4())

DV("github-actions", "secrets-context", ".github/workflows/api-tests.yml", r"""
name: API tests
on:
  pull_request:
  schedule:
    - cron: "0 3 * * 1-5"

jobs:
  newman:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install -g newman newman-reporter-htmlextra
      - name: Run collection
        run: >
          newman run postman/regression.postman_collection.json
          -e postman/environments/staging.postman_environment.json
          --env-var "apiKey=${{ secrets.STAGING_API_KEY }}"
          --env-var "adminPassword=${{ secrets.STAGING_ADMIN_PASSWORD }}"
          -r cli,htmlextra --reporter-htmlextra-export report.html
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: newman-report
          path: report.html
""", SRC_GHA)

DV("makefile", "env-reference", "api-tests/Makefile", r"""
COLLECTION ?= collections/regression.postman_collection.json
ENVIRONMENT ?= environments/qa.postman_environment.json
REPORT_DIR := reports

.PHONY: api-test clean

api-test:
	mkdir -p $(REPORT_DIR)
	newman run $(COLLECTION) -e $(ENVIRONMENT) \
	  --env-var "password=$(QA_PASSWORD)" \
	  --env-var "apiKey=$${QA_API_KEY}" \
	  -r cli,junit --reporter-junit-export $(REPORT_DIR)/junit.xml

clean:
	rm -rf $(REPORT_DIR)
""", SRC_NEWMAN)

DV("docker-compose", "env-reference", "docker-compose.newman.yml", r"""
services:
  api:
    build: .
    ports: ["8080:8080"]
    environment:
      SPRING_PROFILES_ACTIVE: test

  newman:
    image: postman/newman:6-alpine
    depends_on: [api]
    volumes:
      - ./postman:/etc/newman
    environment:
      API_KEY: ${API_KEY:?set API_KEY in your shell}
    command: >
      run smoke.postman_collection.json
      --env-var baseUrl=http://api:8080
      --env-var apiKey=$${API_KEY}
      --delay-request 100
""", SRC_NEWMAN)


# ---------------------------------------------------------------- Insomnia

SV("insomnia", "sendgrid-key", "insomnia/Insomnia_2024-03-18.json", r"""
{"_type":"export","__export_format":4,"__export_date":"2024-03-18T09:12:44.201Z","__export_source":"insomnia.desktop.app:v8.6.1","resources":[
{"_id":"req_@@r1@@","parentId":"wrk_@@w@@","modified":1710752512000,"created":1710750011000,"url":"{{ _.sg_base }}/mail/send","name":"Send test mail","description":"","method":"POST","body":{"mimeType":"application/json","text":"{\"personalizations\":[{\"to\":[{\"email\":\"qa-inbox@northwind-retail.com\"}]}],\"from\":{\"email\":\"noreply@northwind-retail.com\"},\"subject\":\"smoke\",\"content\":[{\"type\":\"text/plain\",\"value\":\"hi\"}]}"},"parameters":[],"headers":[{"name":"Content-Type","value":"application/json"}],"authentication":{"type":"bearer","token":"{{ _.sg_key }}"},"_type":"request"},
{"_id":"wrk_@@w@@","parentId":null,"modified":1710750000000,"created":1710750000000,"name":"Notifications","description":"","scope":"collection","_type":"workspace"},
{"_id":"env_@@e@@","parentId":"wrk_@@w@@","modified":1710752400000,"created":1710750000000,"name":"Base Environment","data":{"sg_base":"https://api.sendgrid.com/v3","sg_key":"@@v@@"},"dataPropertyOrder":{"&":["sg_base","sg_key"]},"color":null,"isPrivate":false,"metaSortKey":1710750000000,"_type":"environment"}
]}
""", sendgrid_key(), SRC_INSOMNIA, r1=hexs(32), w=hexs(32), e=hexs(32))

SV("insomnia", "gitlab-token", "tools/insomnia/gitlab-ops.json", r"""
{
  "_type": "export",
  "__export_format": 4,
  "__export_date": "2023-12-05T16:40:02.118Z",
  "__export_source": "insomnia.desktop.app:v2023.5.8",
  "resources": [
    {
      "_id": "req_@@r@@",
      "parentId": "wrk_@@w@@",
      "url": "https://gitlab.example-corp.io/api/v4/projects/412/pipelines",
      "name": "Trigger QA pipeline",
      "method": "POST",
      "body": {"mimeType": "application/json", "text": "{\"ref\": \"main\"}"},
      "parameters": [],
      "headers": [],
      "authentication": {"type": "bearer", "token": "@@v@@", "prefix": ""},
      "_type": "request"
    },
    {
      "_id": "wrk_@@w@@",
      "parentId": null,
      "name": "GitLab ops",
      "scope": "collection",
      "_type": "workspace"
    }
  ]
}
""", gitlab_token(), SRC_INSOMNIA, r=hexs(32), w=hexs(32))

SV("insomnia", "password", "insomnia/collection.yaml", r"""
type: collection.insomnia.rest/5.0
name: Warehouse API
meta:
  id: wrk_@@w@@
  created: 1718000000000
  modified: 1718600000000
collection:
  - url: "{{ _.base_url }}/stock/levels"
    name: Stock levels
    meta:
      id: req_@@r@@
      created: 1718000100000
      modified: 1718600000000
    method: GET
    authentication:
      type: basic
      useISO88591: false
      disabled: false
      username: warehouse-qa
      password: "@@v@@"
environments:
  name: Base Environment
  meta:
    id: env_@@e@@
  data:
    base_url: https://wms.staging.example-corp.io
""", words_pw(), SRC_INSOMNIA, w=hexs(32), r=hexs(32), e=hexs(32))

SV("insomnia", "password", ".insomnia/Environment/env_@@x@@.json".replace("@@x@@", hexs(32)), r"""
{
  "_id": "env_@@id@@",
  "type": "Environment",
  "parentId": "env_@@parent@@",
  "modified": 1699541022331,
  "created": 1699540011002,
  "name": "QA",
  "data": {
    "host": "https://qa.crm.example-corp.io",
    "login": "crm_tester",
    "pwd": "@@v@@"
  },
  "dataPropertyOrder": {"&": ["host", "login", "pwd"]},
  "color": "#7d69cb",
  "isPrivate": false,
  "metaSortKey": 1699540011002
}
""", passphrase(), SRC_INSOMNIA, id=hexs(32), parent=hexs(32))

DV("insomnia", "template-tags", "insomnia/export-orders.json", r"""
{"_type":"export","__export_format":4,"__export_date":"2024-04-09T11:02:19.552Z","__export_source":"insomnia.desktop.app:v8.6.1","resources":[
{"_id":"req_@@r1@@","parentId":"wrk_@@w@@","url":"{{ _.base_url }}/oauth/token","name":"Get token","method":"POST","body":{"mimeType":"application/x-www-form-urlencoded","params":[{"name":"grant_type","value":"client_credentials"},{"name":"client_id","value":"{{ _.client_id }}"},{"name":"client_secret","value":"{{ _.client_secret }}"}]},"headers":[],"authentication":{},"_type":"request"},
{"_id":"req_@@r2@@","parentId":"wrk_@@w@@","url":"{{ _.base_url }}/orders","name":"List orders","method":"GET","headers":[],"authentication":{"type":"bearer","token":"{% response 'body', 'req_@@r1@@', 'b64::JC5hY2Nlc3NfdG9rZW4=::46b', 'when-expired', 300 %}"},"_type":"request"},
{"_id":"env_@@e@@","parentId":"wrk_@@w@@","name":"Base Environment","data":{"base_url":"https://api.staging.example-corp.io","client_id":"orders-e2e","client_secret":"{% prompt 'Client secret', '', '', '', true, true %}"},"_type":"environment"},
{"_id":"wrk_@@w@@","parentId":null,"name":"Orders","scope":"collection","_type":"workspace"}
]}
""", SRC_INSOMNIA, r1=hexs(32), r2=hexs(32), e=hexs(32), w=hexs(32))

DV("insomnia", "vault-reference", "insomnia/environments/production.yaml", r"""
# Insomnia sub-environment for prod smoke checks.
# Secrets come from the team vault (Insomnia "vault" environment values are not exported).
name: Production
meta:
  id: env_@@e@@
  isPrivate: true
data:
  base_url: https://api.northwind-retail.com
  client_id: storefront-smoke
  client_secret: "{{ vault.client_secret }}"
  api_key: "{{ _.env_vault.api_key }}"
""", SRC_INSOMNIA, e=hexs(32))


# ---------------------------------------------------------------- Bruno

SV("bruno", "openai-key", "bruno/llm-gateway/Chat completion.bru", r"""
meta {
  name: Chat completion
  type: http
  seq: 2
}

post {
  url: https://api.openai.com/v1/chat/completions
  body: json
  auth: bearer
}

auth:bearer {
  token: @@v@@
}

body:json {
  {
    "model": "gpt-4o-mini",
    "messages": [{"role": "user", "content": "Say OK"}],
    "max_tokens": 5
  }
}

assert {
  res.status: eq 200
}
""", openai_key(), SRC_BRUNO)

SV("bruno", "password", "api-collection/admin/Disable user.bru", r"""
meta {
  name: Disable user
  type: http
  seq: 4
}

patch {
  url: {{baseUrl}}/admin/users/{{userId}}
  body: json
  auth: basic
}

auth:basic {
  username: ops-admin
  password: @@v@@
}

body:json {
  { "active": false }
}
""", season_pw(), SRC_BRUNO)

SV("bruno", "api-key", "bruno/environments/Production.bru", r"""
vars {
  baseUrl: https://api.fleetlink.example
  tenant: acme-logistics
  apiKey: @@v@@
  timeoutMs: 8000
}
vars:secret [
  adminPassword
]
""", alnum(48), SRC_BRUNO)

SV("dotenv", "hubspot-token", "bruno/crm-sync/.env", r"""
# Bruno reads this via {{process.env.HUBSPOT_TOKEN}} (collection root .env)
HUBSPOT_BASE=https://api.hubapi.com
HUBSPOT_TOKEN=@@v@@
HUBSPOT_PORTAL_ID=24718830
SYNC_BATCH_SIZE=50
""", hubspot_token(), SRC_BRUNO)

SV("bruno", "oauth-client-secret", "bruno/collection.bru", r"""
meta {
  name: Claims Service
}

auth {
  mode: oauth2
}

auth:oauth2 {
  grant_type: client_credentials
  access_token_url: https://login.microsoftonline.com/4f9a1c02-7d3b-4e55-9a10-2b8c6f0e1d77/oauth2/v2.0/token
  client_id: 8c1e2f3a-5b6d-47e8-9f01-a2b3c4d5e6f7
  client_secret: @@v@@
  scope: api://claims-service/.default
}

script:pre-request {
  req.setHeader("X-Correlation-Id", require("crypto").randomUUID());
}
""", (lambda r: "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34)))(_rng()), SRC_BRUNO)

_k, _s = aws_pair()
SV("bruno", "aws-secret-key", "bruno/s3-ops/List bucket.bru", r"""
meta {
  name: List bucket
  type: http
  seq: 1
}

get {
  url: https://qa-artifacts.s3.us-east-2.amazonaws.com/?list-type=2&prefix=screenshots/
  body: none
  auth: awsv4
}

auth:awsv4 {
  accessKeyId: @@k@@
  secretAccessKey: @@v@@
  sessionToken:
  service: s3
  region: us-east-2
  profileName:
}
""", _s, SRC_BRUNO, k=_k)

SV("bruno", "api-key", "bruno/folder.bru", r"""
meta {
  name: Search
}

headers {
  X-Algolia-Application-Id: 7QK2L9XW4M
  X-Algolia-API-Key: @@v@@
  Content-Type: application/json
}

auth {
  mode: none
}
""", hexs(32), SRC_BRUNO)

DV("bruno", "secret-var-names", "bruno/environments/Staging.bru", r"""
vars {
  baseUrl: https://api.staging.fleetlink.example
  tenant: acme-logistics
  username: qa-bot@fleetlink.example
}
vars:secret [
  password,
  apiKey,
  clientSecret
]
""", SRC_BRUNO)

DV("bruno", "process-env", "bruno/crm-sync/Create contact.bru", r"""
meta {
  name: Create contact
  type: http
  seq: 3
}

post {
  url: {{process.env.HUBSPOT_BASE}}/crm/v3/objects/contacts
  body: json
  auth: bearer
}

auth:bearer {
  token: {{process.env.HUBSPOT_TOKEN}}
}

body:json {
  { "properties": { "email": "qa+{{$randomInt}}@northwind-retail.com", "firstname": "Bruno" } }
}
""", SRC_BRUNO)

DV("dotenv", "placeholder", "bruno/crm-sync/.env.sample", r"""
# copy to .env (which is gitignored) and fill in
HUBSPOT_BASE=https://api.hubapi.com
HUBSPOT_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
HUBSPOT_PORTAL_ID=
SYNC_BATCH_SIZE=50
""", SRC_BRUNO)


# ---------------------------------------------------------------- HTTPie sessions

_u, _p = "release-bot", words_pw("!%*-")
S("httpie-session", "password", ".httpie/sessions/staging.example-corp.io/release.json", T(r"""
{
    "__meta__": {
        "about": "HTTPie session file",
        "help": "https://httpie.io/docs#sessions",
        "httpie": "3.2.2"
    },
    "auth": {
        "raw_auth": "@@u@@:@@p@@",
        "type": "basic"
    },
    "cookies": [],
    "headers": [
        {
            "name": "Accept",
            "value": "application/json"
        }
    ]
}
""", u=_u, p=_p), _p, SRC_HTTPIE)

SV("httpie-session", "github-token", "tools/httpie/sessions/api.github.com/ops.json", r"""
{
    "__meta__": {
        "about": "HTTPie session file",
        "help": "https://httpie.io/docs#sessions",
        "httpie": "3.2.1"
    },
    "auth": {
        "raw_auth": null,
        "type": null
    },
    "cookies": [],
    "headers": [
        {
            "name": "Authorization",
            "value": "Bearer @@v@@"
        },
        {
            "name": "X-GitHub-Api-Version",
            "value": "2022-11-28"
        }
    ]
}
""", github_pat(), SRC_HTTPIE)

SV("httpie-session", "session-cookie", "scripts/httpie/admin-session.json", r"""
{
    "__meta__": {
        "about": "HTTPie session file",
        "help": "https://httpie.io/docs#sessions",
        "httpie": "3.2.2"
    },
    "auth": {
        "raw_auth": null,
        "type": null
    },
    "cookies": [
        {
            "domain": "admin.staging.northwind-retail.com",
            "expires": 1735689600,
            "name": "sessionid",
            "path": "/",
            "secure": true,
            "value": "@@v@@"
        },
        {
            "domain": "admin.staging.northwind-retail.com",
            "expires": null,
            "name": "django_language",
            "path": "/",
            "secure": false,
            "value": "en"
        }
    ],
    "headers": []
}
""", lower_alnum(32), SRC_HTTPIE)

DV("httpie-session", "no-auth", ".httpie/sessions/localhost_8000/dev.json", r"""
{
    "__meta__": {
        "about": "HTTPie session file",
        "help": "https://httpie.io/docs#sessions",
        "httpie": "3.2.2"
    },
    "auth": {
        "raw_auth": null,
        "type": null
    },
    "cookies": [
        {
            "domain": "localhost.local",
            "expires": null,
            "name": "cookie_consent",
            "path": "/",
            "secure": false,
            "value": "accepted"
        }
    ],
    "headers": [
        {
            "name": "Accept",
            "value": "application/json"
        },
        {
            "name": "X-Request-Source",
            "value": "httpie-dev"
        }
    ]
}
""", SRC_HTTPIE)


# ---------------------------------------------------------------- VS Code REST Client / JetBrains HTTP Client

SV("rest-client", "bearer-jwt", "http/orders.http", r"""
@baseUrl = https://api.staging.northwind-retail.com
@token = @@v@@

### list orders
GET {{baseUrl}}/v2/orders?limit=10
Authorization: Bearer {{token}}
Accept: application/json

### create order
POST {{baseUrl}}/v2/orders
Authorization: Bearer {{token}}
Content-Type: application/json

{
  "sku": "TSHIRT-RED-M",
  "quantity": 2
}
""", jwt(), SRC_RESTCLIENT)

SV("rest-client", "password", "requests/admin.http", r"""
# Admin endpoints on UAT - REST Client accepts "Basic user password" and encodes it itself
@host = https://uat.claims.example-corp.io

### health (no auth)
GET {{host}}/actuator/health

### list pending claims
GET {{host}}/admin/claims?status=PENDING
Authorization: Basic claims_admin @@v@@

### re-run nightly job
POST {{host}}/admin/jobs/nightly-recalc/run
Authorization: Basic claims_admin @@v@@
""", season_pw("!*"), SRC_RESTCLIENT)

SV("rest-client", "api-key", "api/search.http", r"""
@appId = 7QK2L9XW4M
@adminKey = @@v@@

### rebuild index settings
PUT https://{{appId}}.algolia.net/1/indexes/products_staging/settings
X-Algolia-Application-Id: {{appId}}
X-Algolia-API-Key: {{adminKey}}
Content-Type: application/json

{
  "searchableAttributes": ["name", "brand", "description"],
  "customRanking": ["desc(popularity)"]
}
""", hexs(32), SRC_RESTCLIENT)

SV("vscode-settings", "password", ".vscode/settings.json", r"""
{
  "editor.formatOnSave": true,
  "files.exclude": { "**/node_modules": true },
  "rest-client.environmentVariables": {
    "$shared": {
      "apiVersion": "v2"
    },
    "local": {
      "host": "http://localhost:8080",
      "user": "admin",
      "password": "admin"
    },
    "staging": {
      "host": "https://api.staging.northwind-retail.com",
      "user": "qa-admin",
      "password": "@@v@@"
    }
  },
  "rest-client.previewOption": "exchange"
}
""", words_pw(), SRC_RESTCLIENT)

SV("rest-client", "password", "http/auth.http", r"""
@authUrl = https://auth.staging.example-corp.io

# @name login
POST {{authUrl}}/api/v1/login
Content-Type: application/json

{
  "username": "e2e.runner@example-corp.io",
  "password": "@@v@@"
}

###
@accessToken = {{login.response.body.$.access_token}}

GET {{authUrl}}/api/v1/me
Authorization: Bearer {{accessToken}}
""", rand_pw(16, "!#%"), SRC_RESTCLIENT)

SV("rest-client", "google-api-key", "scratch/geocoding.http", r"""
### geocode a store address (used to seed the store-locator fixtures)
GET https://maps.googleapis.com/maps/api/geocode/json?address=Rua+Augusta+120,+Lisboa&key=@@v@@

### reverse
GET https://maps.googleapis.com/maps/api/geocode/json?latlng=38.7104,-9.1376&key=@@v@@
""", google_api_key(), SRC_RESTCLIENT)

SV("rest-client", "azure-function-key", "functions/test-requests.http", r"""
@fnHost = https://fn-invoice-render-qa.azurewebsites.net

### render invoice PDF
POST {{fnHost}}/api/render
x-functions-key: @@v@@
Content-Type: application/json

{ "invoiceId": "INV-2024-00042", "locale": "de-DE" }
""", azure_function_key(), SRC_RESTCLIENT)

SV("jetbrains-http", "password", "http-client.private.env.json", r"""
{
  "dev": {
    "username": "dev-admin",
    "password": "dev-admin"
  },
  "staging": {
    "username": "svc-api-tests",
    "password": "@@v@@"
  }
}
""", words_pw("!%*.-"), SRC_JBHTTP)

DV("jetbrains-http", "public-env", "http-client.env.json", r"""
{
  "dev": {
    "host": "http://localhost:8080",
    "tenant": "dev"
  },
  "staging": {
    "host": "https://api.staging.northwind-retail.com",
    "tenant": "acme",
    "requestTimeout": 15000
  }
}
""", SRC_JBHTTP)

DV("rest-client", "dotenv-reference", "http/partner.http", r"""
# Keys live in .env (gitignored); REST Client reads them with $dotenv
@baseUrl = https://gw.partner-logistics.example
@apiKey = {{$dotenv PARTNER_API_KEY}}
@token = {{$processEnv PARTNER_TOKEN}}

### shipments
GET {{baseUrl}}/v3/shipments?status=delivered
x-api-key: {{apiKey}}
Authorization: Bearer {{token}}
""", SRC_RESTCLIENT)

DV("rest-client", "request-variable", "http/graph.http", r"""
### Azure AD token via REST Client's built-in system variable
GET https://graph.microsoft.com/v1.0/me
Authorization: {{$aadToken new public tenantId:contoso.onmicrosoft.com}}

### chained request
# @name createUser
POST https://api.staging.example-corp.io/users
Content-Type: application/json

{ "name": "qa-{{$guid}}", "createdAt": "{{$datetime iso8601}}" }

###
GET https://api.staging.example-corp.io/users/{{createUser.response.body.$.id}}
""", SRC_RESTCLIENT)

DV("rest-client", "placeholder", "docs/api-examples.http", r"""
# Example requests for the public developer docs.
# Replace YOUR_API_KEY with the key from your dashboard.

@baseUrl = https://api.fleetlink.example

### vehicles
GET {{baseUrl}}/v1/vehicles
x-api-key: YOUR_API_KEY

### basic auth example
GET {{baseUrl}}/v1/account
Authorization: Basic username password
""", SRC_RESTCLIENT)


# ---------------------------------------------------------------- Hoppscotch

SV("hoppscotch", "bearer-token", "hoppscotch/inventory.collection.json", r"""
{
  "v": 2,
  "name": "Inventory",
  "folders": [],
  "requests": [
    {
      "v": "4",
      "name": "Reserve stock",
      "method": "POST",
      "endpoint": "<<baseUrl>>/stock/reserve",
      "params": [],
      "headers": [{"key": "Content-Type", "value": "application/json", "active": true}],
      "preRequestScript": "",
      "testScript": "pw.test(\"ok\", () => pw.expect(pw.response.status).toBe(200));",
      "auth": {
        "authType": "bearer",
        "authActive": true,
        "token": "@@v@@"
      },
      "body": {"contentType": "application/json", "body": "{\"sku\":\"MUG-001\",\"qty\":1}"}
    }
  ],
  "auth": {"authType": "inherit", "authActive": true},
  "headers": []
}
""", "inv_live_" + alnum(40), SRC_HOPP)

SV("hoppscotch", "api-key", "hoppscotch/environments/staging.json", r"""
[
  {
    "v": 1,
    "id": "@@id@@",
    "name": "Staging",
    "variables": [
      {"key": "baseUrl", "value": "https://inventory.staging.example-corp.io", "secret": false},
      {"key": "apiKey", "value": "@@v@@", "secret": false},
      {"key": "warehouse", "value": "LIS-01", "secret": false}
    ]
  }
]
""", urlsafe(40), SRC_HOPP, id=lower_alnum(25))

DV("hoppscotch", "secret-marked-empty", "hoppscotch/environments/production.json", r"""
[
  {
    "v": 1,
    "id": "@@id@@",
    "name": "Production",
    "variables": [
      {"key": "baseUrl", "value": "https://inventory.example-corp.io", "secret": false},
      {"key": "apiKey", "secret": true},
      {"key": "adminPassword", "secret": true}
    ]
  }
]
""", SRC_HOPP, id=lower_alnum(25))

DV("hoppscotch", "variable-refs", "hoppscotch/orders.collection.json", r"""
{
  "v": 2,
  "name": "Orders",
  "folders": [],
  "requests": [
    {
      "v": "4",
      "name": "Get order",
      "method": "GET",
      "endpoint": "<<baseUrl>>/orders/<<orderId>>",
      "params": [],
      "headers": [],
      "preRequestScript": "",
      "testScript": "",
      "auth": {"authType": "basic", "authActive": true, "username": "<<user>>", "password": "<<password>>"},
      "body": {"contentType": null, "body": null}
    }
  ],
  "auth": {"authType": "none", "authActive": true},
  "headers": []
}
""", SRC_HOPP)


# ---------------------------------------------------------------- k6

SV("k6", "bearer-token", "load/checkout.js", r"""
import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  stages: [
    { duration: '2m', target: 50 },
    { duration: '5m', target: 50 },
    { duration: '1m', target: 0 },
  ],
  thresholds: {
    http_req_failed: ['rate<0.01'],
    http_req_duration: ['p(95)<400'],
  },
};

const BASE = 'https://api.staging.northwind-retail.com';
const params = {
  headers: {
    'Content-Type': 'application/json',
    Authorization: 'Bearer @@v@@',
  },
};

export default function () {
  const cart = http.post(`${BASE}/v2/carts`, JSON.stringify({ sku: 'MUG-001', qty: 1 }), params);
  check(cart, { 'cart created': (r) => r.status === 201 });
  const res = http.post(`${BASE}/v2/carts/${cart.json('id')}/checkout`, null, params);
  check(res, { 'checkout ok': (r) => r.status === 200 });
  sleep(1);
}
""", "nw_svc_" + urlsafe(48), SRC_K6)

SV("k6", "password", "perf/scenarios/login-storm.js", r"""
import http from 'k6/http';
import { check } from 'k6';

export const options = {
  scenarios: {
    login_storm: {
      executor: 'constant-arrival-rate',
      rate: 30,
      timeUnit: '1s',
      duration: '3m',
      preAllocatedVUs: 40,
    },
  },
};

export default function () {
  const payload = JSON.stringify({
    email: 'loadtest.user01@northwind-retail.com',
    password: '@@v@@',
  });
  const res = http.post('https://auth.perf.northwind-retail.com/api/login', payload, {
    headers: { 'Content-Type': 'application/json' },
    tags: { name: 'login' },
  });
  check(res, { 'got token': (r) => !!r.json('access_token') });
}
""", words_pw(), SRC_K6)

SV("shell", "k6-cloud-token", "perf/run-cloud.sh", r"""
#!/bin/sh
# Kick off the soak test on Grafana Cloud k6 (project 3718204)
set -e
cd "$(dirname "$0")"

export K6_CLOUD_TOKEN=@@v@@
export K6_CLOUD_PROJECT_ID=3718204

k6 cloud run --env BASE_URL=https://api.perf.northwind-retail.com scenarios/soak.js
""", k6_cloud_token(), SRC_K6)

SV("k6", "private-key", "perf/mtls-partner.js", r"""
import http from 'k6/http';
import { check } from 'k6';

// partner gateway requires mutual TLS; key pasted here so the script runs on the cloud agents
const CLIENT_CERT = open('./certs/partner-client.crt');
const CLIENT_KEY = `@@v@@`;

export const options = {
  vus: 10,
  duration: '2m',
  tlsAuth: [
    { domains: ['gw.partner-logistics.example'], cert: CLIENT_CERT, key: CLIENT_KEY },
  ],
};

export default function () {
  const res = http.get('https://gw.partner-logistics.example/v3/ping');
  check(res, { 'mtls ok': (r) => r.status === 200 });
}
""", private_pem("RSA"), SRC_K6)

SV("docker-compose", "influxdb-token", "perf/docker-compose.yml", r"""
services:
  influxdb:
    image: influxdb:2.7
    ports: ["8086:8086"]
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: k6
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_INIT_PASSWORD}
      DOCKER_INFLUXDB_INIT_ORG: perf
      DOCKER_INFLUXDB_INIT_BUCKET: k6

  k6:
    image: grafana/xk6-output-influxdb:latest
    depends_on: [influxdb]
    volumes: ["./scenarios:/scripts"]
    environment:
      K6_OUT: xk6-influxdb=http://influxdb:8086
      K6_INFLUXDB_ORGANIZATION: perf
      K6_INFLUXDB_BUCKET: k6
      K6_INFLUXDB_TOKEN: @@v@@
    command: run /scripts/soak.js
""", influx_token(), SRC_K6)

SV("docker-compose", "password", "loadtest/grafana-stack.yml", r"""
version: "3.8"
services:
  grafana:
    image: grafana/grafana:10.4.2
    ports:
      - "3000:3000"
    environment:
      - GF_SECURITY_ADMIN_USER=perfadmin
      - GF_SECURITY_ADMIN_PASSWORD=@@v@@
      - GF_AUTH_ANONYMOUS_ENABLED=false
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning
      - ./grafana/dashboards:/var/lib/grafana/dashboards

  prometheus:
    image: prom/prometheus:v2.51.0
    command: ["--web.enable-remote-write-receiver", "--config.file=/etc/prometheus/prometheus.yml"]
""", words_pw("!%*-"), SRC_K6)

SV("k6", "basic-auth-url", "perf/admin-api.js", r"""
import http from 'k6/http';
import { check, group } from 'k6';

export const options = { vus: 5, iterations: 200 };

// basic auth the k6 way: credentials in the URL
const url = 'https://perf-admin:@@v@@@admin.perf.northwind-retail.com';

export default function () {
  group('admin reports', () => {
    const res = http.get(`${url}/reports/daily?date=2024-05-01`);
    check(res, { 'report 200': (r) => r.status === 200 });
  });
}
""", rand_pw(18), SRC_K6)

SV("github-actions", "datadog-key", ".github/workflows/load-test.yml", r"""
name: load-test
on:
  workflow_dispatch:
    inputs:
      vus:
        default: "20"

jobs:
  k6:
    runs-on: ubuntu-latest
    services:
      datadog:
        image: datadog/agent:7
        env:
          DD_API_KEY: @@v@@
          DD_SITE: datadoghq.eu
          DD_DOGSTATSD_NON_LOCAL_TRAFFIC: "1"
        ports: ["8125:8125/udp"]
    steps:
      - uses: actions/checkout@v4
      - uses: grafana/setup-k6-action@v1
      - run: k6 run --out statsd --vus ${{ inputs.vus }} perf/scenarios/browse.js
        env:
          K6_STATSD_ADDR: localhost:8125
          K6_STATSD_ENABLE_TAGS: "true"
""", datadog_key(), SRC_K6)

DV("k6", "env-reference", "load/search.js", r"""
import http from 'k6/http';
import { check, sleep } from 'k6';

const BASE = __ENV.BASE_URL || 'http://localhost:8080';
const TOKEN = __ENV.API_TOKEN; // k6 run -e API_TOKEN=... (never commit it)

export const options = {
  vus: 20,
  duration: '1m',
  thresholds: { http_req_duration: ['p(99)<800'] },
};

export default function () {
  const res = http.get(`${BASE}/search?q=mug`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  check(res, { ok: (r) => r.status === 200 });
  sleep(0.5);
}
""", SRC_K6)

DV("k6", "shared-array-fixture", "load/browse-users.js", r"""
import http from 'k6/http';
import { SharedArray } from 'k6/data';
import exec from 'k6/execution';

// users.json holds generated test accounts created by the seed job; passwords come from the env
const users = new SharedArray('users', () => JSON.parse(open('./data/users.json')));

export const options = {
  vus: 25,
  duration: '10m',
  cloud: { projectID: 3718204, name: 'browse with login' },
};

export default function () {
  const u = users[exec.vu.idInTest % users.length];
  http.post(`${__ENV.BASE_URL}/api/login`, JSON.stringify({ email: u.email, password: __ENV.SEED_USER_PASSWORD }));
}
""", SRC_K6)

DV("k6", "key-file-path", "perf/mtls-internal.js", r"""
import http from 'k6/http';

export const options = {
  vus: 2,
  duration: '30s',
  tlsAuth: [
    {
      domains: ['ledger.internal.example-corp.io'],
      cert: open('../certs/perf-client.pem'),
      key: open('../certs/perf-client-key.pem'),
    },
  ],
  tlsVersion: { min: 'tls1.2' },
};

export default function () {
  http.get('https://ledger.internal.example-corp.io/health');
}
""", SRC_K6)

DV("dockerfile", "checksum", "perf/Dockerfile", r"""
FROM debian:bookworm-slim
ARG K6_VERSION=0.50.0
ARG K6_SHA256=@@sum@@

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
 && curl -fsSL -o /tmp/k6.tgz https://github.com/grafana/k6/releases/download/v${K6_VERSION}/k6-v${K6_VERSION}-linux-amd64.tar.gz \
 && echo "${K6_SHA256}  /tmp/k6.tgz" | sha256sum -c - \
 && tar -xzf /tmp/k6.tgz -C /tmp && mv /tmp/k6-v${K6_VERSION}-linux-amd64/k6 /usr/local/bin/k6 \
 && rm -rf /tmp/k6* /var/lib/apt/lists/*

COPY scenarios/ /scenarios/
ENTRYPOINT ["k6"]
""", SRC_K6, sum=sha256())


# ---------------------------------------------------------------- JMeter

SV("jmeter", "bearer-jwt", "jmeter/plans/catalog-load.jmx", r"""
<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Catalog load">
      <boolProp name="TestPlan.functional_mode">false</boolProp>
    </TestPlan>
    <hashTree>
      <HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="HTTP Header Manager">
        <collectionProp name="HeaderManager.headers">
          <elementProp name="" elementType="Header">
            <stringProp name="Header.name">Authorization</stringProp>
            <stringProp name="Header.value">Bearer @@v@@</stringProp>
          </elementProp>
          <elementProp name="" elementType="Header">
            <stringProp name="Header.name">Accept</stringProp>
            <stringProp name="Header.value">application/json</stringProp>
          </elementProp>
        </collectionProp>
      </HeaderManager>
      <hashTree/>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Browse">
        <intProp name="ThreadGroup.num_threads">100</intProp>
        <intProp name="ThreadGroup.ramp_time">60</intProp>
      </ThreadGroup>
      <hashTree/>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
""", jwt("RS256", scope="catalog:read"), SRC_JMETER)

SV("jmeter", "password", "perf/jmeter/intranet-portal.jmx", r"""
<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.2">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Intranet portal"/>
    <hashTree>
      <AuthManager guiclass="AuthPanel" testclass="AuthManager" testname="HTTP Authorization Manager">
        <collectionProp name="AuthManager.auth_list">
          <elementProp name="" elementType="Authorization">
            <stringProp name="Authorization.url">https://portal.perf.example-corp.io/</stringProp>
            <stringProp name="Authorization.username">perf_portal</stringProp>
            <stringProp name="Authorization.password">@@v@@</stringProp>
            <stringProp name="Authorization.domain"></stringProp>
            <stringProp name="Authorization.realm"></stringProp>
          </elementProp>
        </collectionProp>
        <boolProp name="AuthManager.controlledByThreadGroup">false</boolProp>
      </AuthManager>
      <hashTree/>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
""", season_pw(), SRC_JMETER)

SV("jmeter", "password", "perf/jmeter/sharepoint-ntlm.jmx", crlf(r"""
<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.5">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="SharePoint document library"/>
    <hashTree>
      <AuthManager guiclass="AuthPanel" testclass="AuthManager" testname="NTLM credentials">
        <collectionProp name="AuthManager.auth_list">
          <elementProp name="" elementType="Authorization">
            <stringProp name="Authorization.url">https://sp.corp.example-corp.local/sites/qa</stringProp>
            <stringProp name="Authorization.username">svc_jmeter</stringProp>
            <stringProp name="Authorization.password">@@v@@</stringProp>
            <stringProp name="Authorization.domain">CORP</stringProp>
            <stringProp name="Authorization.realm"></stringProp>
            <stringProp name="Authorization.mechanism">KERBEROS</stringProp>
          </elementProp>
        </collectionProp>
      </AuthManager>
      <hashTree/>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
"""), words_pw(), SRC_JMETER)

SV("jmeter", "database-password", "perf/jmeter/db-soak.jmx", r"""
<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Reporting DB soak"/>
    <hashTree>
      <JDBCDataSource guiclass="TestBeanGUI" testclass="JDBCDataSource" testname="JDBC Connection Configuration">
        <stringProp name="dataSource">reportingPool</stringProp>
        <stringProp name="dbUrl">jdbc:postgresql://reporting-db.perf.internal:5432/reporting</stringProp>
        <stringProp name="driver">org.postgresql.Driver</stringProp>
        <stringProp name="username">jmeter_ro</stringProp>
        <stringProp name="password">@@v@@</stringProp>
        <stringProp name="poolMax">20</stringProp>
        <stringProp name="timeout">10000</stringProp>
        <boolProp name="autocommit">true</boolProp>
      </JDBCDataSource>
      <hashTree/>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
""", rand_pw(24), SRC_JMETER)

SV("jmeter", "oauth-client-secret", "jmeter/token-then-load.jmx", r"""
<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <SetupThreadGroup guiclass="SetupThreadGroupGui" testclass="SetupThreadGroup" testname="get token">
      <intProp name="ThreadGroup.num_threads">1</intProp>
    </SetupThreadGroup>
    <hashTree>
      <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="POST /oauth2/token">
        <boolProp name="HTTPSampler.postBodyRaw">true</boolProp>
        <elementProp name="HTTPsampler.Arguments" elementType="Arguments">
          <collectionProp name="Arguments.arguments">
            <elementProp name="" elementType="HTTPArgument">
              <stringProp name="Argument.value">grant_type=client_credentials&amp;client_id=perf-harness&amp;client_secret=@@v@@&amp;scope=orders</stringProp>
            </elementProp>
          </collectionProp>
        </elementProp>
        <stringProp name="HTTPSampler.domain">auth.perf.northwind-retail.com</stringProp>
        <stringProp name="HTTPSampler.protocol">https</stringProp>
        <stringProp name="HTTPSampler.path">/oauth2/token</stringProp>
        <stringProp name="HTTPSampler.method">POST</stringProp>
      </HTTPSamplerProxy>
      <hashTree/>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
""", urlsafe(40), SRC_JMETER)

SV("properties", "api-key", "jmeter/user.properties", r"""
# Local overrides loaded by jmeter -q / user.properties
# target environment
target.host=api.perf.northwind-retail.com
target.port=443
target.protocol=https

# partner gateway key used by the shipments thread group
partner.api.key=@@v@@

summariser.interval=30
jmeter.save.saveservice.output_format=csv
""", alnum(36), SRC_JMETER)

SV("makefile", "password", "perf/Makefile", r"""
JMETER ?= jmeter
PLAN ?= plans/checkout.jmx
RESULTS := results/$(shell date +%Y%m%d-%H%M)

.PHONY: load report

load:
	mkdir -p $(RESULTS)
	$(JMETER) -n -t $(PLAN) -l $(RESULTS)/run.jtl \
	  -Jhost=api.perf.northwind-retail.com -Jthreads=200 -Jrampup=120 \
	  -Juser=perf-checkout -Jpassword=@@v@@ \
	  -e -o $(RESULTS)/html

report:
	open $(RESULTS)/html/index.html
""", passphrase(), SRC_JMETER)

DV("jmeter", "property-functions", "jmeter/plans/orders-api.jmx", r"""
<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Orders API"/>
    <hashTree>
      <HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="HTTP Header Manager">
        <collectionProp name="HeaderManager.headers">
          <elementProp name="" elementType="Header">
            <stringProp name="Header.name">Authorization</stringProp>
            <stringProp name="Header.value">Bearer ${__P(api.token,)}</stringProp>
          </elementProp>
          <elementProp name="" elementType="Header">
            <stringProp name="Header.name">X-Api-Key</stringProp>
            <stringProp name="Header.value">${__env(PARTNER_API_KEY)}</stringProp>
          </elementProp>
        </collectionProp>
      </HeaderManager>
      <hashTree/>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
""", SRC_JMETER)

DV("jmeter", "csv-dataset-vars", "jmeter/plans/login-mix.jmx", r"""
<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Login mix"/>
    <hashTree>
      <CSVDataSet guiclass="TestBeanGUI" testclass="CSVDataSet" testname="CSV Data Set Config - users">
        <stringProp name="filename">data/users.csv</stringProp>
        <stringProp name="variableNames">USERNAME,USER_ID,LOCALE</stringProp>
        <stringProp name="delimiter">,</stringProp>
        <boolProp name="ignoreFirstLine">true</boolProp>
        <boolProp name="recycle">true</boolProp>
        <stringProp name="shareMode">shareMode.all</stringProp>
      </CSVDataSet>
      <hashTree/>
      <AuthManager guiclass="AuthPanel" testclass="AuthManager" testname="HTTP Authorization Manager">
        <collectionProp name="AuthManager.auth_list">
          <elementProp name="" elementType="Authorization">
            <stringProp name="Authorization.url">${BASE_URL}</stringProp>
            <stringProp name="Authorization.username">${USERNAME}</stringProp>
            <stringProp name="Authorization.password">${__P(seed.password)}</stringProp>
          </elementProp>
        </collectionProp>
      </AuthManager>
      <hashTree/>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
""", SRC_JMETER)

DV("csv", "user-ids", "jmeter/data/users.csv", "username,user_id,locale\n" + "".join(
    f"{n}@loadtest.northwind-retail.com,{uuid4()},{loc}\n" for n, loc in
    [("lt-user-0001", "en-GB"), ("lt-user-0002", "de-DE"), ("lt-user-0003", "pt-PT"), ("lt-user-0004", "fr-FR"),
     ("lt-user-0005", "en-US"), ("lt-user-0006", "es-ES")]), SRC_JMETER)

DV("properties", "settings-only", "jmeter/bin/jmeter-custom.properties", r"""
# Custom JMeter properties for the perf runners
server.rmi.ssl.disable=true
httpclient4.retrycount=1
httpclient4.time_to_live=60000
jmeter.reportgenerator.overall_granularity=60000
jmeter.reportgenerator.apdex_satisfied_threshold=500
jmeter.reportgenerator.apdex_tolerated_threshold=1500
# credentials are passed per run: -Jpassword=... from the CI secret store
api.token=
""", SRC_JMETER)


# ---------------------------------------------------------------- Locust

SV("locust", "password", "loadtests/locustfile.py", r'''
"""Storefront user journey: login, browse, add to cart."""
from locust import HttpUser, between, task


class Shopper(HttpUser):
    wait_time = between(1, 3)
    host = "https://shop.perf.northwind-retail.com"

    def on_start(self):
        resp = self.client.post("/api/login", json={
            "email": "locust.shopper@northwind-retail.com",
            "password": "@@v@@",
        })
        self.client.headers["Authorization"] = "Bearer " + resp.json()["access_token"]

    @task(5)
    def browse(self):
        self.client.get("/api/products?category=mugs", name="/api/products")

    @task(1)
    def add_to_cart(self):
        self.client.post("/api/cart/items", json={"sku": "MUG-001", "qty": 1})
''', words_pw(), SRC_LOCUST)

SV("locust", "api-key", "perf/locust/search_load.py", r'''
import random

from locust import FastHttpUser, constant_pacing, task

TERMS = ["mug", "tshirt", "poster", "sticker", "hoodie"]
API_KEY = "@@v@@"  # staging search key, rotate after the perf window


class SearchUser(FastHttpUser):
    wait_time = constant_pacing(1)

    @task
    def search(self):
        self.client.get(
            f"/v1/search?q={random.choice(TERMS)}",
            headers={"x-api-key": API_KEY},
            name="/v1/search",
        )
''', alnum(32), SRC_LOCUST)

SV("locust-conf", "basic-auth-url", "perf/locust.conf", r"""
# locust --config perf/locust.conf
locustfile = perf/locust/admin_reports.py
host = https://reports:@@v@@@reports.perf.example-corp.io
users = 40
spawn-rate = 4
run-time = 15m
headless = true
csv = results/admin-reports
""", rand_pw(20), SRC_LOCUST)

SV("locust", "oauth-client-secret", "locust/token_user.py", r'''
from locust import HttpUser, between, task

TOKEN_URL = "https://auth.perf.example-corp.io/oauth2/token"


class ApiClient(HttpUser):
    wait_time = between(0.5, 1.5)

    def on_start(self):
        r = self.client.post(TOKEN_URL, data={
            "grant_type": "client_credentials",
            "client_id": "locust-harness",
            "client_secret": "@@v@@",
        }, name="token")
        self.token = r.json()["access_token"]

    @task
    def ledger(self):
        self.client.get("/ledger/entries?limit=50", headers={"Authorization": f"Bearer {self.token}"})
''', auth0_secret(), SRC_LOCUST)

DV("locust", "env-reference", "loadtests/checkout_locustfile.py", r'''
import os

from locust import HttpUser, between, task


class Checkout(HttpUser):
    wait_time = between(2, 5)

    def on_start(self):
        self.client.post("/api/login", json={
            "email": os.environ["LOCUST_USER"],
            "password": os.environ["LOCUST_PASSWORD"],
        })

    @task
    def checkout(self):
        self.client.post("/api/checkout", json={"cart": "default"})
''', SRC_LOCUST)

DV("locust-conf", "settings-only", "locust/locust.conf", r"""
locustfile = locust/token_user.py
host = https://api.perf.example-corp.io
users = 100
spawn-rate = 10
run-time = 20m
headless = true
only-summary = true
html = results/report.html
""", SRC_LOCUST)


# ---------------------------------------------------------------- Gatling

SV("gatling-scala", "password", "src/test/scala/perf/BackofficeSimulation.scala", r"""
package perf

import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class BackofficeSimulation extends Simulation {

  val httpProtocol = http
    .baseUrl("https://backoffice.perf.northwind-retail.com")
    .acceptHeader("application/json")
    .basicAuth("perf_backoffice", "@@v@@")

  val scn = scenario("Backoffice reports")
    .exec(http("daily sales").get("/api/reports/sales?period=day"))
    .pause(2)
    .exec(http("stock report").get("/api/reports/stock"))

  setUp(scn.inject(rampUsers(50).during(2.minutes))).protocols(httpProtocol)
}
""", season_pw(), SRC_GATLING)

SV("gatling-java", "bearer-token", "src/test/java/simulations/CatalogSimulation.java", r"""
package simulations;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;
import io.gatling.javaapi.http.*;

public class CatalogSimulation extends Simulation {

    private static final String SERVICE_TOKEN = "@@v@@";

    HttpProtocolBuilder httpProtocol = http
        .baseUrl("https://catalog.perf.northwind-retail.com")
        .header("Authorization", "Bearer " + SERVICE_TOKEN)
        .acceptHeader("application/json");

    ScenarioBuilder scn = scenario("Browse catalog")
        .exec(http("categories").get("/v1/categories"))
        .pause(1)
        .exec(http("products").get("/v1/products?category=mugs"));

    {
        setUp(scn.injectOpen(constantUsersPerSec(20).during(300))).protocols(httpProtocol);
    }
}
""", "cat_" + alnum(44), SRC_GATLING)

SV("gatling-kotlin", "api-key", "src/gatling/kotlin/perf/PartnerSimulation.kt", r"""
package perf

import io.gatling.javaapi.core.CoreDsl.*
import io.gatling.javaapi.http.HttpDsl.*
import io.gatling.javaapi.core.Simulation

class PartnerSimulation : Simulation() {

    private val apiKey = "@@v@@"

    private val protocol = http
        .baseUrl("https://gw.partner-logistics.example")
        .header("x-api-key", apiKey)

    private val scn = scenario("Track shipments")
        .exec(http("track").get("/v3/shipments/#{trackingId}"))

    init {
        setUp(scn.injectOpen(rampUsers(30).during(60))).protocols(protocol)
    }
}
""", alnum(40), SRC_GATLING)

SV("gatling-scala", "password", "gatling/simulations/LoginSimulation.scala", r'''
import io.gatling.core.Predef._
import io.gatling.http.Predef._

class LoginSimulation extends Simulation {

  // one shared perf account; the IdP rate limits new sign-ups
  val account = Array(Map("email" -> "gatling.perf@northwind-retail.com", "password" -> "@@v@@")).circular

  val scn = scenario("login")
    .feed(account)
    .exec(
      http("login")
        .post("https://auth.perf.northwind-retail.com/api/login")
        .body(StringBody("""{"email":"#{email}","password":"#{password}"}""")).asJson
        .check(jsonPath("$.access_token").saveAs("token"))
    )

  setUp(scn.inject(constantUsersPerSec(5).during(120)))
}
''', words_pw("!%*"), SRC_GATLING)

DV("gatling-scala", "env-reference", "src/test/scala/perf/OrdersSimulation.scala", r"""
package perf

import io.gatling.core.Predef._
import io.gatling.http.Predef._

class OrdersSimulation extends Simulation {

  val token: String = sys.env.getOrElse("GATLING_API_TOKEN", "")

  val httpProtocol = http
    .baseUrl(System.getProperty("baseUrl", "http://localhost:8080"))
    .authorizationHeader(s"Bearer $token")

  val scn = scenario("orders")
    .exec(http("list").get("/v2/orders").check(status.is(200)))

  setUp(scn.inject(atOnceUsers(10))).protocols(httpProtocol)
}
""", SRC_GATLING)

DV("gatling-java", "feeder-session", "src/test/java/simulations/CheckoutSimulation.java", r"""
package simulations;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;

public class CheckoutSimulation extends Simulation {

    FeederBuilder<String> users = csv("data/checkout-users.csv").circular();

    ScenarioBuilder scn = scenario("checkout")
        .feed(users)
        .exec(http("login").post("/api/login")
            .body(StringBody("{\"email\":\"#{email}\",\"password\":\"#{password}\"}")).asJson()
            .check(jsonPath("$.access_token").saveAs("token")))
        .exec(http("checkout").post("/api/checkout").header("Authorization", "Bearer #{token}"));

    {
        setUp(scn.injectOpen(rampUsers(100).during(120)))
            .protocols(http.baseUrl(System.getenv("BASE_URL")));
    }
}
""", SRC_GATLING)


# ---------------------------------------------------------------- Cypress

SV("cypress-env", "password", "cypress.env.json", r"""
{
  "apiUrl": "https://api.staging.northwind-retail.com",
  "adminEmail": "cypress.admin@northwind-retail.com",
  "adminPassword": "@@v@@",
  "featureFlags": {
    "newCheckout": true
  }
}
""", words_pw(), SRC_CYPRESS)

SV("cypress-config", "api-key", "cypress.config.ts", r"""
import { defineConfig } from 'cypress';

export default defineConfig({
  projectId: 'x4k9qa',
  viewportWidth: 1366,
  viewportHeight: 768,
  retries: { runMode: 2, openMode: 0 },
  env: {
    apiUrl: 'https://api.staging.fleetlink.example',
    seedApiKey: '@@v@@',
    grepFilterSpecs: true,
  },
  e2e: {
    baseUrl: 'https://app.staging.fleetlink.example',
    specPattern: 'cypress/e2e/**/*.cy.ts',
    setupNodeEvents(on, config) {
      require('@cypress/grep/src/plugin')(config);
      return config;
    },
  },
});
""", "fl_seed_" + alnum(32), SRC_CYPRESS)

SV("github-actions", "cypress-record-key", ".github/workflows/e2e.yml", r"""
name: e2e
on: [push]

jobs:
  cypress-run:
    runs-on: ubuntu-22.04
    strategy:
      fail-fast: false
      matrix:
        containers: [1, 2, 3]
    steps:
      - uses: actions/checkout@v4
      - uses: cypress-io/github-action@v6
        with:
          build: npm run build
          start: npm start
          wait-on: "http://localhost:3000"
          record: true
          parallel: true
          group: "UI - Chrome"
        env:
          CYPRESS_RECORD_KEY: @@v@@
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
""", uuid4(), SRC_CYPRESS)

SV("cypress-fixture", "password", "cypress/fixtures/accounts/admin.json", r"""
{
  "role": "admin",
  "email": "e2e-admin@fleetlink.example",
  "password": "@@v@@",
  "displayName": "E2E Admin",
  "tenant": "acme-logistics"
}
""", season_pw(), SRC_CYPRESS)

SV("cypress-support", "oauth-client-secret", "cypress/support/commands.ts", r"""
/// <reference types="cypress" />

Cypress.Commands.add('apiLogin', () => {
  cy.request({
    method: 'POST',
    url: 'https://login.example-idp.com/oauth2/default/v1/token',
    form: true,
    body: {
      grant_type: 'client_credentials',
      client_id: '0oa9z1e2e3cyPRESS5d7',
      client_secret: '@@v@@',
      scope: 'fleet.read fleet.write',
    },
  }).then(({ body }) => {
    window.localStorage.setItem('access_token', body.access_token);
  });
});

Cypress.Commands.add('dataCy', (value: string) => cy.get(`[data-cy=${value}]`));
""", okta_secret(), SRC_CYPRESS)

SV("package-json", "cypress-record-key", "e2e/package.json", r"""
{
  "name": "fleetlink-e2e",
  "private": true,
  "scripts": {
    "cy:open": "cypress open",
    "cy:run": "cypress run --browser chrome",
    "cy:ci": "cypress run --record --key @@v@@ --parallel --ci-build-id $BUILD_TAG",
    "lint": "eslint cypress --ext .ts"
  },
  "devDependencies": {
    "cypress": "^13.8.1",
    "@cypress/grep": "^4.0.1",
    "typescript": "^5.4.5"
  }
}
""", uuid4(), SRC_CYPRESS)

SV("cypress-env", "mailosaur-key", "e2e/cypress.env.json", r"""
{
  "MAILOSAUR_API_KEY": "@@v@@",
  "MAILOSAUR_SERVER_ID": "k3xq9f1z",
  "signupDomain": "k3xq9f1z.mailosaur.net",
  "otpTimeoutMs": 60000
}
""", mailosaur_key(), SRC_CYPRESS)

SV("cypress-config", "password", "cypress.config.js", r"""
const { defineConfig } = require('cypress');

module.exports = defineConfig({
  e2e: {
    // staging sits behind nginx basic auth
    baseUrl: 'https://preview.staging.northwind-retail.com',
    env: {
      basicAuth: { username: 'preview', password: '@@v@@' },
    },
    defaultCommandTimeout: 8000,
    video: false,
  },
});
""", words_pw("!%*-"), SRC_CYPRESS)

DV("cypress-env", "placeholder", "cypress.env.example.json", r"""
{
  "apiUrl": "http://localhost:4000",
  "adminEmail": "admin@example.com",
  "adminPassword": "changeme",
  "MAILOSAUR_API_KEY": "your-mailosaur-api-key",
  "MAILOSAUR_SERVER_ID": "your-server-id"
}
""", SRC_CYPRESS)

DV("cypress-config", "env-reference", "e2e/cypress.config.ts", r"""
import { defineConfig } from 'cypress';
import * as dotenv from 'dotenv';

dotenv.config({ path: '.env.e2e' });

export default defineConfig({
  projectId: 'a7bq2k',
  e2e: {
    baseUrl: process.env.E2E_BASE_URL ?? 'http://localhost:3000',
    env: {
      adminEmail: process.env.E2E_ADMIN_EMAIL,
      adminPassword: process.env.E2E_ADMIN_PASSWORD,
      apiKey: process.env.CYPRESS_API_KEY,
    },
  },
});
""", SRC_CYPRESS)

DV("cypress-fixture", "password-hashes", "cypress/fixtures/seed/users.json", r"""
[
  {
    "id": "@@i1@@",
    "email": "reader@fleetlink.example",
    "password_hash": "@@h1@@",
    "role": "reader"
  },
  {
    "id": "@@i2@@",
    "email": "editor@fleetlink.example",
    "password_hash": "@@h2@@",
    "role": "editor"
  }
]
""", SRC_CYPRESS, i1=uuid4(), h1=bcrypt_hash(), i2=uuid4(), h2=bcrypt_hash())

DV("github-actions", "secrets-context", ".github/workflows/cypress-nightly.yml", r"""
name: cypress-nightly
on:
  schedule:
    - cron: "30 1 * * *"

jobs:
  run:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: cypress-io/github-action@v6
        with:
          record: true
          config: baseUrl=https://app.staging.fleetlink.example
        env:
          CYPRESS_RECORD_KEY: ${{ secrets.CYPRESS_RECORD_KEY }}
          CYPRESS_adminPassword: ${{ secrets.E2E_ADMIN_PASSWORD }}
          CYPRESS_PROJECT_ID: a7bq2k
""", SRC_CYPRESS)


# ---------------------------------------------------------------- Playwright

_tok = jwt("RS256", iss="https://login.fleetlink.example/", scope="openid profile fleet.admin")
SV("playwright-state", "bearer-jwt", "e2e/.auth/admin.json", r"""
{
  "cookies": [
    {
      "name": "ajs_anonymous_id",
      "value": "@@anon@@",
      "domain": ".fleetlink.example",
      "path": "/",
      "expires": 1767225600,
      "httpOnly": false,
      "secure": false,
      "sameSite": "Lax"
    }
  ],
  "origins": [
    {
      "origin": "https://app.staging.fleetlink.example",
      "localStorage": [
        {
          "name": "auth.accessToken",
          "value": "@@v@@"
        },
        {
          "name": "ui.theme",
          "value": "dark"
        }
      ]
    }
  ]
}
""", _tok, SRC_PLAYWRIGHT, anon=uuid4())

SV("playwright-state", "session-cookie", "tests/playwright/.auth/user.json", r"""
{
  "cookies": [
    {
      "name": "_storefront_session",
      "value": "@@v@@",
      "domain": "shop.staging.northwind-retail.com",
      "path": "/",
      "expires": -1,
      "httpOnly": true,
      "secure": true,
      "sameSite": "Lax"
    },
    {
      "name": "locale",
      "value": "en-GB",
      "domain": "shop.staging.northwind-retail.com",
      "path": "/",
      "expires": 1767225600,
      "httpOnly": false,
      "secure": false,
      "sameSite": "Lax"
    }
  ],
  "origins": []
}
""", fakes.drawn(_seed(), 96, ALNUM + "%") + "--" + hexs(40), SRC_PLAYWRIGHT)

SV("playwright-config", "password", "playwright.config.ts", r"""
import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  retries: process.env.CI ? 2 : 0,
  reporter: [['html', { open: 'never' }], ['junit', { outputFile: 'results/junit.xml' }]],
  use: {
    baseURL: 'https://preview.staging.northwind-retail.com',
    httpCredentials: {
      username: 'preview',
      password: '@@v@@',
    },
    trace: 'on-first-retry',
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] } },
    { name: 'webkit', use: { ...devices['Desktop Safari'] } },
  ],
});
""", passphrase(), SRC_PLAYWRIGHT)

SV("dotenv", "password", "e2e/.env", r"""
BASE_URL=https://app.staging.fleetlink.example
E2E_ADMIN_EMAIL=e2e-admin@fleetlink.example
E2E_ADMIN_PASSWORD=@@v@@
E2E_HEADLESS=true
PWDEBUG=0
""", words_pw("!%*-_"), SRC_PLAYWRIGHT)

SV("playwright-setup", "password", "tests/auth.setup.ts", r"""
import { test as setup, expect } from '@playwright/test';

const authFile = 'playwright/.auth/user.json';

setup('authenticate', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('pw.runner@northwind-retail.com');
  await page.getByLabel('Password').fill('@@v@@');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('/account');
  await expect(page.getByRole('heading', { name: 'My account' })).toBeVisible();
  await page.context().storageState({ path: authFile });
});
""", season_pw(), SRC_PLAYWRIGHT)

SV("playwright-config", "api-key", "api-tests/playwright.config.js", r"""
// @ts-check
const { defineConfig } = require('@playwright/test');

module.exports = defineConfig({
  testDir: './specs',
  timeout: 30_000,
  use: {
    baseURL: 'https://gw.partner-logistics.example',
    extraHTTPHeaders: {
      Accept: 'application/json',
      'x-api-key': '@@v@@',
    },
  },
});
""", alnum(32), SRC_PLAYWRIGHT)

_rt = "v1." + fakes.drawn(_seed(), 70, URLSAFE)
S("playwright-state", "refresh-token", "playwright/.auth/sso-user.json", T(r"""
{
  "cookies": [],
  "origins": [
    {
      "origin": "https://portal.staging.example-corp.io",
      "localStorage": [
        {
          "name": "AUTH0SPAKEY",
          "value": "{\"body\":{\"refresh_token\":\"@@v@@\",\"token_type\":\"Bearer\",\"expires_in\":86400,\"scope\":\"openid profile offline_access\"},\"expiresAt\":1717171717}"
        }
      ]
    }
  ]
}
""", v=_rt).replace("AUTH0SPAKEY", "@@auth0spajs@@::Zx81kq2LmP0aTq7w9BcYd3nVf4Rs6GhJ::https://portal.staging.example-corp.io::openid profile offline_access"),
  _rt, SRC_PLAYWRIGHT)

DV("playwright-state", "analytics-cookies", "e2e/.auth/guest.json", r"""
{
  "cookies": [
    {
      "name": "_ga",
      "value": "GA1.1.1837465120.1715342211",
      "domain": ".northwind-retail.com",
      "path": "/",
      "expires": 1749902211,
      "httpOnly": false,
      "secure": false,
      "sameSite": "Lax"
    },
    {
      "name": "cookie_consent",
      "value": "necessary,analytics",
      "domain": "shop.staging.northwind-retail.com",
      "path": "/",
      "expires": 1747000000,
      "httpOnly": false,
      "secure": true,
      "sameSite": "Lax"
    }
  ],
  "origins": []
}
""", SRC_PLAYWRIGHT)

DV("playwright-state", "no-credentials", "playwright/.auth/anonymous.json", r"""
{
  "cookies": [],
  "origins": [
    {
      "origin": "https://shop.staging.northwind-retail.com",
      "localStorage": [
        { "name": "onboarding.dismissed", "value": "true" },
        { "name": "recentlyViewed", "value": "[\"MUG-001\",\"TSHIRT-RED-M\"]" }
      ]
    }
  ]
}
""", SRC_PLAYWRIGHT)

DV("playwright-setup", "env-reference", "e2e/global-setup.ts", r"""
import { chromium, FullConfig } from '@playwright/test';

async function globalSetup(config: FullConfig) {
  const { baseURL, storageState } = config.projects[0].use;
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto(baseURL + '/login');
  await page.fill('#email', process.env.E2E_ADMIN_EMAIL!);
  await page.fill('#password', process.env.E2E_ADMIN_PASSWORD!);
  await page.click('button[type=submit]');
  await page.context().storageState({ path: storageState as string });
  await browser.close();
}

export default globalSetup;
""", SRC_PLAYWRIGHT)

DV("playwright-config", "env-reference", "playwright.staging.config.ts", r"""
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  use: {
    ...base.use,
    baseURL: process.env.STAGING_URL,
    httpCredentials: {
      username: process.env.PREVIEW_USER ?? '',
      password: process.env.PREVIEW_PASSWORD ?? '',
    },
  },
});
""", SRC_PLAYWRIGHT)


# ---------------------------------------------------------------- BrowserStack / Sauce Labs / LambdaTest / Selenium Grid

SV("browserstack-yml", "browserstack-key", "browserstack.yml", r"""
# =============================
# Set BrowserStack Credentials
# =============================
userName: @@u@@
accessKey: @@v@@

# ======================
# BrowserStack Reporting
# ======================
projectName: Storefront
buildName: storefront-web
buildIdentifier: '#${BUILD_NUMBER}'

platforms:
  - os: Windows
    osVersion: 11
    browserName: Chrome
    browserVersion: latest
  - os: OS X
    osVersion: Sonoma
    browserName: Safari
    browserVersion: 17.3
parallelsPerPlatform: 2
browserstackLocal: true
debug: false
networkLogs: true
""", browserstack_key(), SRC_BS, u=browserstack_user())

SV("wdio-config", "browserstack-key", "wdio.browserstack.conf.js", r"""
const { config: base } = require('./wdio.conf');

exports.config = {
  ...base,
  user: '@@u@@',
  key: '@@v@@',
  hostname: 'hub.browserstack.com',
  services: [
    ['browserstack', { browserstackLocal: true, testObservability: true }],
  ],
  capabilities: [{
    browserName: 'chrome',
    'bstack:options': { os: 'Windows', osVersion: '11', projectName: 'Fleetlink', buildName: 'nightly' },
  }],
  maxInstances: 5,
};
""", browserstack_key(), SRC_BS, u=browserstack_user())

SV("java", "sauce-key", "src/test/java/com/northwind/e2e/DriverFactory.java", r"""
package com.northwind.e2e;

import java.net.MalformedURLException;
import java.net.URL;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

public final class DriverFactory {

    private static final String SAUCE_URL =
        "https://northwind-qa:@@v@@@ondemand.eu-central-1.saucelabs.com:443/wd/hub";

    public static WebDriver remote(String testName) throws MalformedURLException {
        ChromeOptions options = new ChromeOptions();
        options.setPlatformName("Windows 11");
        options.setBrowserVersion("latest");
        MutableCapabilities sauce = new MutableCapabilities();
        sauce.setCapability("name", testName);
        sauce.setCapability("build", System.getenv().getOrDefault("BUILD_TAG", "local"));
        options.setCapability("sauce:options", sauce);
        return new RemoteWebDriver(new URL(SAUCE_URL), options);
    }
}
""", uuid4(), SRC_SAUCE)

SV("pytest", "sauce-key", "tests/ui/conftest.py", r'''
import pytest
from selenium import webdriver

SAUCE_USERNAME = "oauth-qa.team-4f2a1"
SAUCE_ACCESS_KEY = "@@v@@"
SAUCE_URL = "https://ondemand.us-west-1.saucelabs.com/wd/hub"


@pytest.fixture
def driver(request):
    options = webdriver.FirefoxOptions()
    options.browser_version = "latest"
    options.platform_name = "macOS 13"
    options.set_capability("sauce:options", {
        "username": SAUCE_USERNAME,
        "accessKey": SAUCE_ACCESS_KEY,
        "name": request.node.name,
        "build": "ui-regression",
    })
    drv = webdriver.Remote(command_executor=SAUCE_URL, options=options)
    yield drv
    drv.quit()
''', uuid4(), SRC_SAUCE)

SV("pytest", "lambdatest-key", "tests/cross_browser/conftest.py", r'''
import os

import pytest
from selenium import webdriver

LT_USERNAME = os.getenv("LT_USERNAME", "priyaqa")
LT_ACCESS_KEY = os.getenv("LT_ACCESS_KEY", "@@v@@")
HUB = f"https://{LT_USERNAME}:{LT_ACCESS_KEY}@hub.lambdatest.com/wd/hub"


@pytest.fixture(params=["Chrome", "MicrosoftEdge"])
def browser(request):
    options = webdriver.ChromeOptions() if request.param == "Chrome" else webdriver.EdgeOptions()
    options.set_capability("LT:Options", {"platformName": "Windows 10", "build": "cross-browser", "w3c": True})
    drv = webdriver.Remote(command_executor=HUB, options=options)
    yield drv
    drv.quit()
''', lambdatest_key(), SRC_LT)

SV("lambdatest-config", "lambdatest-key", "lambdatest-config.json", r"""
{
  "lambdatest_auth": {
    "username": "carla.e2e",
    "access_key": "@@v@@"
  },
  "browsers": [
    { "browser": "Chrome", "platform": "Windows 11", "versions": ["latest-1"] },
    { "browser": "Firefox", "platform": "macOS Ventura", "versions": ["latest"] }
  ],
  "run_settings": {
    "build_name": "cypress-regression",
    "parallels": 4,
    "specs": "./cypress/e2e/**/*.cy.js",
    "ignore_files": "",
    "npm_dependencies": { "cypress": "13.8.1" }
  },
  "tunnel_settings": { "tunnel": false, "tunnel_name": null }
}
""", alnum(50), SRC_LT)

SV("browserstack-json", "browserstack-key", "browserstack.json", r"""
{
  "auth": {
    "username": "@@u@@",
    "access_key": "@@v@@"
  },
  "browsers": [
    { "browser": "chrome", "os": "Windows 10", "versions": ["latest", "latest - 1"] },
    { "browser": "edge", "os": "Windows 11", "versions": ["latest"] }
  ],
  "run_settings": {
    "cypress_config_file": "./cypress.config.js",
    "project_name": "Fleetlink",
    "build_name": "e2e",
    "parallels": 5,
    "npm_dependencies": { "cypress-grep": "^3.0.0" }
  },
  "connection_settings": { "local": false }
}
""", browserstack_key(), SRC_BS, u=browserstack_user())

SV("selenium-grid-toml", "password", "grid/config.toml", r"""
# Selenium Grid 4 hub configuration (docker host qa-grid-01)
[server]
port = 4444
host = "0.0.0.0"

[router]
username = "grid-admin"
password = "@@v@@"

[distributor]
slot-selector = "org.openqa.selenium.grid.distributor.selector.DefaultSlotSelector"
healthcheck-interval = 120

[sessionqueue]
session-request-timeout = 300
""", words_pw(), SRC_GRID)

SV("docker-compose", "password", "grid/docker-compose.yml", r"""
version: "3"
services:
  selenium-hub:
    image: selenium/hub:4.21.0
    ports: ["4442:4442", "4443:4443", "4444:4444"]
    environment:
      - SE_ROUTER_USERNAME=qa
      - SE_ROUTER_PASSWORD=@@v@@

  chrome:
    image: selenium/node-chrome:4.21.0
    shm_size: 2gb
    depends_on: [selenium-hub]
    environment:
      - SE_EVENT_BUS_HOST=selenium-hub
      - SE_EVENT_BUS_PUBLISH_PORT=4442
      - SE_EVENT_BUS_SUBSCRIBE_PORT=4443
      - SE_NODE_MAX_SESSIONS=4
""", season_pw("!*"), SRC_GRID)

SV("k8s-secret", "password", "deploy/selenium-grid/registration-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: selenium-grid-secrets
  namespace: qa-grid
  labels:
    app.kubernetes.io/part-of: selenium-grid
type: Opaque
data:
  SE_REGISTRATION_SECRET: @@b@@
  SE_ROUTER_USERNAME: @@bu@@
""", (_reg := rand_pw(28)), SRC_GRID, b=b64(_reg), bu=b64("grid"))

SV("appsettings", "browserstack-key", "tests/UiTests/appsettings.Test.json", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Ui": {
    "BaseUrl": "https://portal.staging.example-corp.io",
    "Remote": "BrowserStack",
    "BrowserStack": {
      "HubUrl": "https://hub-cloud.browserstack.com/wd/hub",
      "UserName": "@@u@@",
      "AccessKey": "@@v@@",
      "Local": false
    },
    "DefaultTimeoutSeconds": 20
  }
}
""", browserstack_key(), SRC_BS, u=browserstack_user())

SV("github-actions", "lambdatest-key", ".github/workflows/hyperexecute.yml", r"""
name: hyperexecute
on:
  push:
    branches: [main]

jobs:
  he:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Download HyperExecute CLI
        run: curl -sO https://downloads.lambdatest.com/hyperexecute/linux/hyperexecute && chmod +x hyperexecute
      - name: Run
        run: ./hyperexecute --user tariq.auto --key @@v@@ --config he-testng.yaml
""", lambdatest_key(), SRC_LT)

DV("browserstack-yml", "env-reference", "e2e/browserstack.yml", r"""
userName: ${BROWSERSTACK_USERNAME}
accessKey: ${BROWSERSTACK_ACCESS_KEY}
projectName: Fleetlink
buildName: fleetlink-e2e
platforms:
  - os: Windows
    osVersion: 10
    browserName: Edge
    browserVersion: latest
  - deviceName: iPhone 15
    osVersion: 17
    browserName: safari
parallelsPerPlatform: 1
testObservability: true
""", SRC_BS)

DV("wdio-config", "env-reference", "wdio.sauce.conf.ts", r"""
import type { Options } from '@wdio/types';
import { config as base } from './wdio.conf';

export const config: Options.Testrunner = {
  ...base,
  user: process.env.SAUCE_USERNAME,
  key: process.env.SAUCE_ACCESS_KEY,
  region: 'eu',
  services: [['sauce', { sauceConnect: true, sauceConnectOpts: { tunnelName: 'qa-tunnel' } }]],
  capabilities: [{
    browserName: 'firefox',
    platformName: 'Windows 11',
    'sauce:options': { build: `wdio-${process.env.GITHUB_RUN_ID}` },
  }],
};
""", SRC_SAUCE)

DV("lambdatest-config", "placeholder", "lambdatest-config.sample.json", r"""
{
  "lambdatest_auth": {
    "username": "<Your LambdaTest username>",
    "access_key": "<Your LambdaTest access key>"
  },
  "browsers": [
    { "browser": "Chrome", "platform": "Windows 10", "versions": ["latest"] }
  ],
  "run_settings": {
    "build_name": "build-name",
    "parallels": 1,
    "specs": "./cypress/e2e/*.cy.js"
  }
}
""", SRC_LT)

DV("selenium-grid-toml", "image-digests", "grid/node-docker.toml", r"""
[docker]
# Pinned browser images (digests from the release notes)
configs = [
    "selenium/standalone-chrome:4.21.0@sha256:@@d1@@", '{"browserName": "chrome"}',
    "selenium/standalone-firefox:4.21.0@sha256:@@d2@@", '{"browserName": "firefox"}'
]
url = "http://127.0.0.1:2375"
video-image = "selenium/video:ffmpeg-6.1.1-20240522"

[node]
session-timeout = 300
override-max-sessions = true
max-sessions = 4
""", SRC_GRID, d1=sha256(), d2=sha256())


# ---------------------------------------------------------------- pytest fixtures and VCR cassettes

SV("pytest", "twilio-token", "tests/integration/conftest.py", r'''
import pytest
from twilio.rest import Client

TWILIO_ACCOUNT_SID = "@@sid@@"
TWILIO_AUTH_TOKEN = "@@v@@"
OTP_FROM = "+15005550006"


@pytest.fixture(scope="session")
def twilio_client():
    return Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)


@pytest.fixture
def otp_sender(twilio_client):
    def send(to, code):
        return twilio_client.messages.create(to=to, from_=OTP_FROM, body=f"Your code is {code}")
    return send
''', hexs(32), SRC_PYTEST, sid=twilio_sid())

SV("pytest", "password", "tests/api/conftest.py", r'''
import pytest
import requests

BASE_URL = "https://api.uat.claims.example-corp.io"


@pytest.fixture(scope="session")
def api():
    s = requests.Session()
    s.auth = ("claims_api_tester", "@@v@@")
    s.headers.update({"Accept": "application/json"})
    s.verify = "/etc/ssl/certs/corp-root-ca.pem"
    yield s
    s.close()


@pytest.fixture
def new_claim(api):
    r = api.post(f"{BASE_URL}/claims", json={"policy": "POL-0042", "amount": 120.5})
    r.raise_for_status()
    yield r.json()
    api.delete(f"{BASE_URL}/claims/{r.json()['id']}")
''', words_pw(), SRC_PYTEST)

SV("pytest-ini", "bearer-token", "pytest.ini", r"""
[pytest]
testpaths = tests
addopts = -ra --strict-markers --junitxml=reports/junit.xml
markers =
    smoke: quick checks run on every deploy
    contract: provider contract checks
env =
    API_BASE_URL=https://api.staging.northwind-retail.com
    API_TOKEN=@@v@@
    D:REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt
""", "nwr_" + urlsafe(40), SRC_PYTEST)

SV("pytest", "database-password", "tests/db/conftest.py", r'''
import pytest
from sqlalchemy import create_engine, text

# shared QA database (read/write), reset nightly by the data team
QA_DB_URL = "postgresql+psycopg2://qa_writer:@@v@@@qa-db.internal.example-corp.io:5432/claims_qa"


@pytest.fixture(scope="session")
def engine():
    eng = create_engine(QA_DB_URL, pool_pre_ping=True)
    yield eng
    eng.dispose()


@pytest.fixture
def clean_claims(engine):
    yield
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM claims WHERE created_by = 'pytest'"))
''', rand_pw(22), SRC_PYTEST)

SV("vcr-cassette", "github-token", "tests/cassettes/test_list_pull_requests.yaml", r"""
interactions:
- request:
    body: null
    headers:
      Accept:
      - application/vnd.github+json
      Accept-Encoding:
      - gzip, deflate
      Authorization:
      - token @@v@@
      Connection:
      - keep-alive
      User-Agent:
      - python-requests/2.31.0
    method: GET
    uri: https://api.github.com/repos/northwind-retail/storefront/pulls?state=open&per_page=5
  response:
    body:
      string: '[]'
    headers:
      Content-Type:
      - application/json; charset=utf-8
      X-RateLimit-Remaining:
      - '4987'
    status:
      code: 200
      message: OK
version: 1
""", github_token(), SRC_VCR)

_u, _p = "svc-contracts", words_pw("!%*-_.")
S("vcr-cassette", "basic-auth-header", "tests/fixtures/vcr_cassettes/test_fetch_policy.yaml", T(r"""
interactions:
- request:
    body: null
    headers:
      Accept:
      - '*/*'
      Authorization:
      - Basic @@b@@
      User-Agent:
      - python-requests/2.32.3
    method: GET
    uri: https://policies.uat.example-corp.io/api/v1/policies/POL-0042
  response:
    body:
      string: '{"id":"POL-0042","holder":"Jane Tester","status":"ACTIVE"}'
    headers:
      Content-Type:
      - application/json
    status:
      code: 200
      message: OK
version: 1
""", b=b64(f"{_u}:{_p}")), _p, SRC_VCR)

SV("vcr-cassette", "oauth-client-secret", "tests/cassettes/auth/test_client_credentials.yaml", r"""
interactions:
- request:
    body: grant_type=client_credentials&client_id=billing-sync&client_secret=@@v@@&scope=invoices.read
    headers:
      Content-Type:
      - application/x-www-form-urlencoded
      Content-Length:
      - '131'
    method: POST
    uri: https://login.example-idp.com/oauth2/aus1a2b3c4/v1/token
  response:
    body:
      string: '{"token_type":"Bearer","expires_in":3600,"access_token":"REDACTED","scope":"invoices.read"}'
    headers:
      Content-Type:
      - application/json
    status:
      code: 200
      message: OK
version: 1
""", okta_secret(), SRC_VCR)

SV("vcr-cassette", "slack-bot-token", "tests/cassettes/test_slack_oauth_exchange.yaml", r"""
interactions:
- request:
    body: code=REDACTED&client_id=REDACTED&client_secret=REDACTED
    headers:
      Content-Type:
      - application/x-www-form-urlencoded
    method: POST
    uri: https://slack.com/api/oauth.v2.access
  response:
    body:
      string: '{"ok":true,"app_id":"A05R7QK2L9X","authed_user":{"id":"U04PQ1Z8H2K"},"scope":"chat:write,channels:read","token_type":"bot","access_token":"@@v@@","bot_user_id":"U05R7TB0T11","team":{"id":"T02AB3CD4EF","name":"Northwind QA"}}'
    headers:
      Content-Type:
      - application/json; charset=utf-8
    status:
      code: 200
      message: OK
version: 1
""", slack_bot(), SRC_VCR)

SV("betamax-cassette", "bearer-token", "tests/cassettes/StripeSync_test_refund.json", r"""
{
  "http_interactions": [
    {
      "recorded_at": "2024-04-11T10:22:31",
      "request": {
        "body": {"encoding": "utf-8", "string": "amount=500&charge=ch_3P4kqA2eZvKYlo2C1x8Qm0Zz"},
        "headers": {
          "Authorization": ["Bearer @@v@@"],
          "Content-Type": ["application/x-www-form-urlencoded"],
          "Stripe-Version": ["2023-10-16"]
        },
        "method": "POST",
        "uri": "https://api.stripe.com/v1/refunds"
      },
      "response": {
        "body": {"encoding": "utf-8", "string": "{\"id\":\"re_3P4kqA2eZvKYlo2C0nQ1\",\"status\":\"succeeded\"}"},
        "headers": {"Content-Type": ["application/json"]},
        "status": {"code": 200, "message": "OK"},
        "url": "https://api.stripe.com/v1/refunds"
      }
    }
  ],
  "recorded_with": "betamax/0.8.1"
}
""", fakes.fake("rk_live_", 99, _seed()), "betamax.readthedocs.io (cassette JSON format)")

SV("vcr-cassette", "api-key", "spec/fixtures/vcr_cassettes/shipping_rates.yml", r"""
---
http_interactions:
- request:
    method: post
    uri: https://api.shipengine.com/v1/rates
    body:
      encoding: UTF-8
      string: '{"shipment":{"ship_to":{"postal_code":"1100-148","country_code":"PT"}},"rate_options":{"carrier_ids":["se-123890"]}}'
    headers:
      Api-Key:
      - @@v@@
      Content-Type:
      - application/json
  response:
    status:
      code: 200
      message: OK
    headers:
      Content-Type:
      - application/json
    body:
      encoding: UTF-8
      string: '{"rate_response":{"rates":[]}}'
  recorded_at: Tue, 14 May 2024 09:41:12 GMT
recorded_with: VCR 6.2.0
""", fakes.drawn(_seed(), 43, ALNUM + "/+"), "relishapp.com/vcr/vcr (Ruby VCR cassette format)")

DV("vcr-cassette", "filtered-headers", "tests/cassettes/test_create_shipment.yaml", r"""
interactions:
- request:
    body: '{"carrier":"dhl","weight_kg":1.2}'
    headers:
      Authorization:
      - <AUTH_TOKEN>
      Content-Type:
      - application/json
      X-Api-Key:
      - DUMMY
    method: POST
    uri: https://gw.partner-logistics.example/v3/shipments
  response:
    body:
      string: '{"id":"shp_0000000001","status":"created","label_url":"https://labels.example/shp_0000000001.pdf"}'
    headers:
      Content-Type:
      - application/json
    status:
      code: 201
      message: Created
version: 1
""", SRC_VCR)

DV("pytest", "vcr-config", "tests/conftest.py", r'''
import os

import pytest


@pytest.fixture(scope="module")
def vcr_config():
    return {
        "filter_headers": [("authorization", "<AUTH_TOKEN>"), ("x-api-key", "DUMMY")],
        "filter_query_parameters": ["api_key", "appid"],
        "filter_post_data_parameters": ["client_secret", "password"],
        "record_mode": os.getenv("VCR_RECORD_MODE", "none"),
        "decode_compressed_response": True,
    }


@pytest.fixture
def api_token():
    return os.environ.get("PARTNER_API_TOKEN", "not-a-real-token")
''', SRC_VCR)

DV("vcr-cassette", "redacted-body", "tests/cassettes/test_refresh_token.yaml", r"""
interactions:
- request:
    body: grant_type=refresh_token&refresh_token=REDACTED&client_id=mobile-app
    headers:
      Content-Type:
      - application/x-www-form-urlencoded
    method: POST
    uri: https://auth.staging.example-corp.io/oauth2/token
  response:
    body:
      string: '{"access_token":"FILTERED","refresh_token":"FILTERED","token_type":"Bearer","expires_in":900}'
    headers:
      Content-Type:
      - application/json
    status:
      code: 200
      message: OK
version: 1
""", SRC_VCR)

DV("pytest", "fake-test-values", "tests/unit/conftest.py", r'''
import pytest

from claims.client import ClaimsClient


@pytest.fixture
def fake_settings(monkeypatch):
    monkeypatch.setenv("CLAIMS_API_KEY", "test-api-key")
    monkeypatch.setenv("CLAIMS_PASSWORD", "dummy-password")
    monkeypatch.setenv("CLAIMS_BASE_URL", "http://claims.test")


@pytest.fixture
def client(fake_settings, responses):
    responses.add(responses.POST, "http://claims.test/oauth/token",
                  json={"access_token": "fake-access-token", "expires_in": 60})
    return ClaimsClient.from_env()
''', SRC_PYTEST)


# ---------------------------------------------------------------- WireMock / MockServer

SV("wiremock", "gitlab-token", "wiremock/mappings/proxy-gitlab.json", r"""
{
  "priority": 10,
  "request": {
    "urlPathPattern": "/api/v4/projects/.*"
  },
  "response": {
    "proxyBaseUrl": "https://gitlab.example-corp.io",
    "additionalProxyRequestHeaders": {
      "PRIVATE-TOKEN": "@@v@@"
    },
    "removeProxyRequestHeaders": ["Authorization"]
  },
  "metadata": {
    "note": "passes unmatched calls to the real GitLab so the pipeline-status widget works in dev"
  }
}
""", gitlab_token(), SRC_WIREMOCK)

SV("wiremock", "api-key", "src/test/resources/wiremock/mappings/recorded-geocode-1.json", r"""
{
  "id": "@@id@@",
  "name": "maps_api_geocode_json",
  "request": {
    "url": "/maps/api/geocode/json?address=Rua+Augusta+120&key=@@v@@",
    "method": "GET"
  },
  "response": {
    "status": 200,
    "bodyFileName": "maps_api_geocode_json-@@id@@.json",
    "headers": {
      "Content-Type": "application/json; charset=UTF-8"
    }
  },
  "uuid": "@@id@@",
  "persistent": true,
  "insertionIndex": 3
}
""", google_api_key(), SRC_WIREMOCK, id=uuid4())

_u, _p = "ledger-mock", rand_pw(20)
S("mockserver", "basic-auth-header", "mockserver/initializer.json", T(r"""
[
  {
    "httpRequest": {
      "path": "/ledger/.*"
    },
    "httpOverrideForwardedRequest": {
      "requestOverride": {
        "headers": {
          "Host": ["ledger.uat.example-corp.io"],
          "Authorization": ["Basic @@b@@"]
        },
        "secure": true
      }
    },
    "times": { "unlimited": true }
  },
  {
    "httpRequest": { "method": "GET", "path": "/health" },
    "httpResponse": { "statusCode": 200, "body": "ok" }
  }
]
""", b=b64(f"{_u}:{_p}")), _p, SRC_MOCKSERVER)

SV("docker-compose", "password", "docker-compose.mocks.yml", r"""
services:
  wiremock:
    image: wiremock/wiremock:3.5.4
    ports: ["8089:8080", "8443:8443"]
    volumes:
      - ./wiremock:/home/wiremock
    command:
      - --https-port=8443
      - --https-keystore=/home/wiremock/certs/mock-keystore.jks
      - --keystore-password=@@v@@
      - --key-manager-password=@@v@@
      - --global-response-templating
      - --verbose
""", words_pw("!%*-"), SRC_WIREMOCK)

DV("wiremock", "fake-tokens", "wiremock/mappings/auth-token.json", r"""
{
  "request": {
    "method": "POST",
    "url": "/oauth2/token",
    "headers": {
      "Authorization": { "equalTo": "Basic dGVzdC1jbGllbnQ6dGVzdC1zZWNyZXQ=" }
    }
  },
  "response": {
    "status": 200,
    "headers": { "Content-Type": "application/json" },
    "jsonBody": {
      "access_token": "stub-access-token-0001",
      "refresh_token": "stub-refresh-token-0001",
      "token_type": "Bearer",
      "expires_in": 3600
    }
  }
}
""", SRC_WIREMOCK)

DV("wiremock", "jwks-public-key", "wiremock/mappings/jwks.json", r"""
{
  "request": { "method": "GET", "url": "/.well-known/jwks.json" },
  "response": {
    "status": 200,
    "headers": { "Content-Type": "application/json", "Cache-Control": "max-age=300" },
    "jsonBody": {
      "keys": [
        {
          "kty": "RSA",
          "use": "sig",
          "alg": "RS256",
          "kid": "@@kid@@",
          "n": "@@n@@",
          "e": "AQAB"
        }
      ]
    }
  }
}
""", SRC_WIREMOCK, kid=urlsafe(22), n=urlsafe(342))

DV("wiremock", "docs-example-jwt", "src/test/resources/mappings/userinfo.json", r"""
{
  "request": {
    "method": "GET",
    "urlPath": "/userinfo",
    "headers": {
      "Authorization": { "matches": "Bearer .+" }
    }
  },
  "response": {
    "status": 200,
    "jsonBody": {
      "sub": "1234567890",
      "name": "John Doe",
      "id_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    }
  }
}
""", SRC_WIREMOCK)

DV("mockserver", "fake-login", "mockserver/expectations/login.json", r"""
{
  "httpRequest": {
    "method": "POST",
    "path": "/api/login",
    "body": {
      "type": "JSON",
      "json": { "email": "someone@example.test", "password": "fake-password" },
      "matchType": "ONLY_MATCHING_FIELDS"
    }
  },
  "httpResponse": {
    "statusCode": 200,
    "headers": { "Content-Type": ["application/json"] },
    "body": { "access_token": "mock-token", "expires_in": 900 }
  }
}
""", SRC_MOCKSERVER)

DV("wiremock", "public-certificate", "wiremock/__files/partner-ca.json", r"""
{
  "issuer": "Partner Logistics Test CA",
  "validFrom": "2024-01-01T00:00:00Z",
  "validTo": "2026-01-01T00:00:00Z",
  "pem": "@@pem@@"
}
""", SRC_WIREMOCK, pem=cert_pem().replace("\n", "\\n"))

DV("wiremock", "response-template", "wiremock/mappings/echo-session.json", r"""
{
  "request": { "method": "POST", "url": "/sessions" },
  "response": {
    "status": 201,
    "headers": { "Content-Type": "application/json" },
    "body": "{\"sessionId\": \"{{randomValue length=32 type='ALPHANUMERIC'}}\", \"user\": \"{{jsonPath request.body '$.username'}}\", \"expires\": \"{{now offset='15 minutes'}}\"}",
    "transformers": ["response-template"]
  }
}
""", SRC_WIREMOCK)


# ---------------------------------------------------------------- Pact

SV("github-actions", "pact-token", ".github/workflows/contract.yml", r"""
name: contract
on: [push]

jobs:
  can-i-deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Publish pacts
        run: |
          docker run --rm -v "$PWD/pacts:/pacts" pactfoundation/pact-cli:latest \
            pact-broker publish /pacts \
            --consumer-app-version "${GITHUB_SHA}" --branch "${GITHUB_REF_NAME}" \
            --broker-base-url https://northwind.pactflow.io --broker-token @@v@@
      - name: Can I deploy?
        run: |
          docker run --rm pactfoundation/pact-cli:latest pact-broker can-i-deploy \
            --pacticipant storefront-web --version "${GITHUB_SHA}" --to-environment production \
            --broker-base-url https://northwind.pactflow.io --broker-token @@v@@
""", pact_token(), SRC_PACT)

SV("makefile", "pact-token", "contracts/Makefile", r"""
PACT_BROKER_BASE_URL ?= https://northwind.pactflow.io
PACT_BROKER_TOKEN ?= @@v@@
GIT_COMMIT := $(shell git rev-parse HEAD)
GIT_BRANCH := $(shell git rev-parse --abbrev-ref HEAD)

.PHONY: publish verify

publish:
	pact-broker publish ./pacts --consumer-app-version $(GIT_COMMIT) --branch $(GIT_BRANCH) \
	  --broker-base-url $(PACT_BROKER_BASE_URL) --broker-token $(PACT_BROKER_TOKEN)

verify:
	npm run test:pact:verify
""", pact_token(), SRC_PACT)

SV("pact-js", "pact-token", "test/pact/provider.verify.spec.js", r"""
const { Verifier } = require('@pact-foundation/pact');
const { startServer } = require('../../src/server');

describe('Pact verification - orders-api', () => {
  let server;
  beforeAll(async () => { server = await startServer(8081); });
  afterAll(() => server.close());

  it('satisfies all consumers', () => new Verifier({
    provider: 'orders-api',
    providerBaseUrl: 'http://localhost:8081',
    pactBrokerUrl: 'https://northwind.pactflow.io',
    pactBrokerToken: '@@v@@',
    providerVersion: process.env.GIT_COMMIT,
    providerVersionBranch: process.env.GIT_BRANCH,
    publishVerificationResult: !!process.env.CI,
    consumerVersionSelectors: [{ mainBranch: true }, { deployedOrReleased: true }],
  }).verifyProvider());
});
""", pact_token(), SRC_PACT)

SV("docker-compose", "password", "pact-broker/docker-compose.yml", r"""
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: pact
      POSTGRES_PASSWORD: ${PACT_DB_PASSWORD}
      POSTGRES_DB: pact_broker

  broker:
    image: pactfoundation/pact-broker:2.110.0
    ports: ["9292:9292"]
    depends_on: [postgres]
    environment:
      PACT_BROKER_DATABASE_URL: postgres://pact:${PACT_DB_PASSWORD}@postgres/pact_broker
      PACT_BROKER_BASIC_AUTH_USERNAME: broker-admin
      PACT_BROKER_BASIC_AUTH_PASSWORD: @@v@@
      PACT_BROKER_ALLOW_PUBLIC_READ: "true"
      PACT_BROKER_LOG_LEVEL: INFO
""", words_pw("!%*-"), "docs.pact.io/pact_broker/docker_images/pactfoundation (environment variables)")

DV("pact-contract", "example-values", "pacts/storefront-web-orders-api.json", r"""
{
  "consumer": { "name": "storefront-web" },
  "provider": { "name": "orders-api" },
  "interactions": [
    {
      "description": "a request for an order",
      "providerState": "order ord_1042 exists",
      "request": {
        "method": "GET",
        "path": "/v2/orders/ord_1042",
        "headers": { "Authorization": "Bearer some-token" },
        "matchingRules": {
          "$.headers.Authorization": { "match": "regex", "regex": "^Bearer [A-Za-z0-9\\-._~+/]+=*$" }
        }
      },
      "response": {
        "status": 200,
        "headers": { "Content-Type": "application/json" },
        "body": { "id": "ord_1042", "status": "PAID", "total": 25.98 }
      }
    }
  ],
  "metadata": { "pactSpecification": { "version": "2.0.0" } }
}
""", SRC_PACT)

DV("pact-js", "env-reference", "test/pact/consumer.publish.js", r"""
const { Publisher } = require('@pact-foundation/pact-core');
const path = require('path');

// consumer version pinned to the commit that produced the pacts
const opts = {
  pactFilesOrDirs: [path.resolve(__dirname, '../../pacts')],
  pactBroker: process.env.PACT_BROKER_BASE_URL,
  pactBrokerToken: process.env.PACT_BROKER_TOKEN,
  consumerVersion: process.env.GIT_COMMIT || '@@sha@@',
  branch: process.env.GIT_BRANCH || 'main',
};

new Publisher(opts).publish().then(() => console.log('published'));
""", SRC_PACT, sha=sha1())


# ---------------------------------------------------------------- Karate

SV("karate-config", "api-key", "src/test/java/karate-config.js", r"""
function fn() {
  var env = karate.env; // get system property 'karate.env'
  karate.log('karate.env system property was:', env);
  if (!env) {
    env = 'dev';
  }
  var config = {
    env: env,
    baseUrl: 'http://localhost:8080'
  };
  if (env == 'qa') {
    config.baseUrl = 'https://api.qa.fleetlink.example';
    config.apiKey = '@@v@@';
  } else if (env == 'e2e') {
    config.baseUrl = 'https://api.e2e.fleetlink.example';
  }
  karate.configure('connectTimeout', 5000);
  karate.configure('readTimeout', 10000);
  return config;
}
""", alnum(40), SRC_KARATE)

SV("karate-feature", "password", "src/test/java/fleet/auth/login.feature", r"""
@ignore
Feature: obtain an access token for the QA tenant

  Background:
    * url authUrl
    * def credentials = { username: 'karate.runner@fleetlink.example', password: '@@v@@' }

  Scenario: login
    Given path 'oauth', 'token'
    And form field grant_type = 'password'
    And form field username = credentials.username
    And form field password = credentials.password
    When method post
    Then status 200
    * def accessToken = response.access_token
""", season_pw(), SRC_KARATE)

SV("karate-config", "oauth-client-secret", "src/test/resources/karate-config-staging.js", r"""
function fn() {
  // loaded after karate-config.js when -Dkarate.env=staging
  return {
    baseUrl: 'https://api.staging.fleetlink.example',
    authUrl: 'https://login.staging.fleetlink.example',
    clientId: 'karate-staging',
    clientSecret: '@@v@@',
    tenant: 'acme-logistics'
  };
}
""", auth0_secret(), SRC_KARATE)

DV("karate-config", "properties-reference", "src/test/resources/karate-config.js", r"""
function fn() {
  var env = karate.env || 'dev';
  var config = {
    env: env,
    baseUrl: karate.properties['base.url'] || 'http://localhost:8080',
    apiKey: karate.properties['api.key'],
    clientSecret: java.lang.System.getenv('KARATE_CLIENT_SECRET')
  };
  var auth = karate.callSingle('classpath:auth/token.feature', config);
  config.authToken = auth.accessToken;
  return config;
}
""", SRC_KARATE)

DV("karate-feature", "variable-refs", "src/test/java/fleet/vehicles/vehicles.feature", r"""
Feature: vehicles API

  Background:
    * url baseUrl
    * def auth = callonce read('classpath:fleet/auth/login.feature')
    * header Authorization = 'Bearer ' + auth.accessToken
    * header x-api-key = apiKey

  Scenario: list vehicles for tenant
    Given path 'v1', 'vehicles'
    And param tenant = 'acme-logistics'
    When method get
    Then status 200
    And match each response.items contains { id: '#uuid', plate: '#string' }
""", SRC_KARATE)


# ---------------------------------------------------------------- Robot Framework

S("robot", "password", "resources/variables.robot", crlf(T(r"""
*** Settings ***
Documentation     Shared variables for the back-office UI suite.

*** Variables ***
${BROWSER}            headlesschrome
${BASE_URL}           https://backoffice.uat.northwind-retail.com
${ADMIN_USER}         robot.admin
${ADMIN_PASSWORD}     @@v@@
${TIMEOUT}            15s
@{LOCALES}            en-GB    de-DE    pt-PT
""", v=(_rb := words_pw("!%*-")))), _rb, SRC_ROBOT)

SV("robot-python", "api-key", "variables/staging.py", r'''
"""Robot Framework variable file: robot --variablefile variables/staging.py tests/"""

BASE_URL = "https://api.staging.fleetlink.example"
TENANT = "acme-logistics"
API_KEY = "@@v@@"
DEFAULT_HEADERS = {"Accept": "application/json", "x-api-key": API_KEY}
RETRY_COUNT = 3
''', alnum(40), SRC_ROBOT)

SV("robot-yaml", "password", "variables/uat.yaml", r"""
# robot --variablefile variables/uat.yaml
BASE_URL: https://claims.uat.example-corp.io
DB:
  host: claims-db.uat.internal
  port: 5432
  name: claims
  user: robot_ro
  password: "@@v@@"
BROWSER: firefox
""", rand_pw(18, "-_"), SRC_ROBOT)

SV("robot", "password", "tests/api/claims_api.robot", r"""
*** Settings ***
Library           RequestsLibrary
Suite Setup       Open Claims Session

*** Variables ***
${CLAIMS_URL}     https://claims.uat.example-corp.io/api
@{AUTH}           svc_robot    @@v@@

*** Test Cases ***
Pending Claims Are Listed
    ${resp}=    GET On Session    claims    /claims    params=status=PENDING
    Should Be Equal As Integers    ${resp.status_code}    200

*** Keywords ***
Open Claims Session
    Create Session    claims    ${CLAIMS_URL}    auth=${AUTH}    verify=${True}
""", words_pw("!%*."), SRC_ROBOT)

DV("robot", "env-reference", "resources/common.robot", r"""
*** Settings ***
Library           SeleniumLibrary

*** Variables ***
${BASE_URL}         %{ROBOT_BASE_URL=https://backoffice.uat.northwind-retail.com}
${ADMIN_USER}       %{ROBOT_ADMIN_USER}
${ADMIN_PASSWORD}   %{ROBOT_ADMIN_PASSWORD}

*** Keywords ***
Login As Admin
    Go To                ${BASE_URL}/login
    Input Text           id:username    ${ADMIN_USER}
    Input Password       id:password    ${ADMIN_PASSWORD}
    Click Button         Sign in
""", SRC_ROBOT)

DV("robot-python", "env-reference", "variables/ci.py", r'''
"""Variable file for CI runs; the pipeline injects credentials as environment variables."""
import os

BASE_URL = os.environ.get("ROBOT_BASE_URL", "https://api.staging.fleetlink.example")
API_KEY = os.environ["ROBOT_API_KEY"]
DB_PASSWORD = os.environ.get("ROBOT_DB_PASSWORD", "")
BROWSER = "headlesschrome"
''', SRC_ROBOT)


# ---------------------------------------------------------------- QA runbooks

SV("runbook", "password", "docs/qa/staging-smoke-runbook.md", r"""
# Staging smoke - runbook

Run after every deploy to staging (takes ~5 minutes).

1. Check the health endpoint:

   ```bash
   curl -s https://api.staging.northwind-retail.com/actuator/health | jq .status
   ```

2. Check the admin API answers with the smoke account:

   ```bash
   curl -s -u smoke-admin:@@v@@ \
     https://api.staging.northwind-retail.com/admin/ping
   ```

3. Run the Postman smoke folder:

   ```bash
   newman run postman/smoke.postman_collection.json -e postman/environments/staging.postman_environment.json
   ```

If step 2 returns 401, ping #qa-platform before re-running.
""", words_pw("!%*-_."), SRC_RUNBOOK)

SV("runbook", "browserstack-key", "docs/qa/running-ui-tests-locally.md", r"""
# Running the UI suite against BrowserStack from your laptop

```sh
export BROWSERSTACK_USERNAME=@@u@@
export BROWSERSTACK_ACCESS_KEY=@@v@@
npx wdio run wdio.browserstack.conf.js --spec tests/checkout/*.e2e.ts
```

- Use the `qa-shared` account above, not your own, so runs show up on the team dashboard.
- Local testing needs the BrowserStack Local binary: `npx browserstack-local --force-local`.
- Keep parallels at 2; the plan has 5 for the whole team.
""", browserstack_key(), SRC_RUNBOOK, u=browserstack_user())

SV("runbook", "password", "docs/testing/uat-accounts.md", r"""
# UAT test accounts

| Role        | Login                              | Password           | Notes                      |
|-------------|------------------------------------|--------------------|----------------------------|
| Customer    | any `qa+<n>@northwind-retail.com`  | (self sign-up)     | create with the signup page |
| Support     | support.uat@northwind-retail.com   | SSO                | uses Okta QA tenant         |
| Super admin | superadmin.uat@northwind-retail.com | `@@v@@`   | do not change, shared       |

The super admin can impersonate customers; only use it for the refund and impersonation suites.
Accounts reset every Sunday 02:00 UTC.
""", season_pw(), SRC_RUNBOOK)

S("runbook", "testrail-key", "docs/qa/testrail-reporting.md", T(r"""
# Publishing results to TestRail

The nightly job posts JUnit results with `trcli`. To reproduce locally:

```bash
cat > ~/.trcli.yml <<'EOF'
host: https://northwind.testrail.io
project: Storefront
username: qa-bot@northwind-retail.com
key: @@v@@
EOF

trcli -c ~/.trcli.yml parse_junit -f reports/junit.xml \
  --title "Nightly regression $(date +%F)" --run-description "local reproduction"
```

Runs are closed automatically after 7 days.
""", v=(_tr := testrail_key())), _tr, SRC_RUNBOOK)

SV("runbook", "k6-cloud-token", "perf/README.md", r"""
# Performance tests

Scenarios live in `scenarios/`. Thresholds are in each script's `options`.

## Local run

```bash
k6 run -e BASE_URL=https://api.perf.northwind-retail.com scenarios/browse.js
```

## Cloud run

```bash
k6 login cloud --token @@v@@
k6 cloud run scenarios/soak.js
```

Results: Grafana Cloud k6, project "storefront-perf".
""", k6_cloud_token(), SRC_RUNBOOK)

SV("runbook", "private-key", "docs/qa/device-lab-access.md", r"""
# Device lab (on-prem Appium grid) access

The lab host only accepts key auth. Save the shared key below as `~/.ssh/device-lab` and `chmod 600` it.

```
@@v@@
```

Then:

```bash
ssh -i ~/.ssh/device-lab qa@device-lab.office.example-corp.local
appium driver list --installed
```
""", private_pem("OPENSSH"), SRC_RUNBOOK)

DV("runbook", "secret-manager-refs", "docs/qa/secrets.md", r"""
# Where the QA credentials live

Nothing below is stored in git. Fetch values when you need them:

```bash
# 1Password (QA vault)
export E2E_ADMIN_PASSWORD="$(op read 'op://QA/e2e-admin/password')"
export BROWSERSTACK_ACCESS_KEY="$(op read 'op://QA/browserstack/credential')"

# HashiCorp Vault (CI uses the same paths)
vault kv get -field=token secret/qa/pactflow
vault kv get -field=api_key secret/qa/partner-gateway
```

Rotate after anyone leaves the team: see the access-review checklist.
""", SRC_RUNBOOK)

DV("runbook", "placeholder", "docs/qa/newman-quickstart.md", r"""
# Newman quick start

```bash
npm install -g newman
newman run postman/regression.postman_collection.json \
  --env-var "baseUrl=https://api.staging.northwind-retail.com" \
  --env-var "apiKey=<YOUR_API_KEY>" \
  --env-var "password=********"
```

Ask in #qa-platform for a personal staging key. Never paste real keys in this file.
""", SRC_RUNBOOK)

DV("runbook", "example-credentials", "docs/qa/local-stack.md", r"""
# Local test stack

`docker compose -f docker-compose.local.yml up` starts the API, Postgres and WireMock.

The local seed creates these users (local only, the database is thrown away):

- `admin@example.com` / `changeme`
- `reader@example.com` / `password`

Point Postman at the `Local` environment; its `apiKey` is `local-dev-key`.
""", SRC_RUNBOOK)


# ---------------------------------------------------------------- CI, dotenv, reporting and secret stores around the test suites

SV("dotenv", "testrail-key", ".env.qa", r"""
# QA reporting integration
TESTRAIL_URL=https://northwind.testrail.io
TESTRAIL_USER=qa-bot@northwind-retail.com
TESTRAIL_API_KEY=@@v@@
TESTRAIL_PROJECT_ID=7
TESTRAIL_SUITE_ID=31
""", testrail_key(), SRC_DOTENV)

SV("dotenv", "mailslurp-key", "e2e/.env.e2e", r"""
E2E_BASE_URL=https://app.staging.fleetlink.example
MAILSLURP_API_KEY=@@v@@
MAILSLURP_INBOX_TIMEOUT=60000
E2E_ADMIN_EMAIL=e2e-admin@fleetlink.example
E2E_ADMIN_PASSWORD=
""", mailslurp_key(), SRC_DOTENV)

SV("github-actions", "percy-token", ".github/workflows/visual.yml", r"""
name: visual-regression
on:
  pull_request:

jobs:
  percy:
    runs-on: ubuntu-latest
    env:
      PERCY_TOKEN: @@v@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, cache: npm }
      - run: npm ci
      - run: npx percy exec -- cypress run --spec "cypress/e2e/visual/**"
""", percy_token(), SRC_GHA)

SV("applitools-config", "applitools-key", "applitools.config.js", r"""
module.exports = {
  apiKey: '@@v@@',
  serverUrl: 'https://eyes.applitools.com',
  appName: 'Storefront',
  batchName: 'storefront-visual',
  testConcurrency: 5,
  browser: [
    { width: 1280, height: 800, name: 'chrome' },
    { width: 1280, height: 800, name: 'firefox' },
    { deviceName: 'iPhone X', screenOrientation: 'portrait' },
  ],
};
""", applitools_key(), "applitools.com/docs (applitools.config.js for the Cypress / Playwright SDKs)")

SV("package-json", "chromatic-token", "web/package.json", r"""
{
  "name": "storefront-web",
  "private": true,
  "scripts": {
    "storybook": "storybook dev -p 6006",
    "build-storybook": "storybook build",
    "chromatic": "chromatic --project-token=@@v@@ --exit-zero-on-changes",
    "test": "vitest run"
  },
  "devDependencies": {
    "chromatic": "^11.3.0",
    "storybook": "^8.0.9"
  }
}
""", chromatic_token(), "chromatic.com/docs/cli (project token)")

SV("properties", "reportportal-key", "src/test/resources/reportportal.properties", r"""
rp.endpoint = https://reportportal.qa.example-corp.io
rp.api.key = @@v@@
rp.launch = claims-regression
rp.project = claims
rp.enable = true
rp.attributes = env:uat; suite:regression
""", "ci-bot_" + urlsafe(43), "reportportal.io/docs/log-data-in-reportportal/test-framework-integration (reportportal.properties)")

SV("json", "xray-client-secret", "tools/xray/xray-cloud.json", r"""
{
  "xray": {
    "authUrl": "https://xray.cloud.getxray.app/api/v2/authenticate",
    "client_id": "@@cid@@",
    "client_secret": "@@v@@"
  },
  "jira": {
    "projectKey": "CLM",
    "testPlanKey": "CLM-1204"
  },
  "import": { "format": "junit", "path": "reports/junit.xml" }
}
""", hexs(64), "docs.getxray.app (Xray cloud REST API authentication)", cid=hexs(32).upper())

SV("jenkinsfile", "slack-webhook", "Jenkinsfile", r"""
pipeline {
    agent any
    stages {
        stage('E2E') {
            steps {
                sh 'npm ci && npx playwright install --with-deps && npx playwright test'
            }
        }
    }
    post {
        failure {
            sh '''
              curl -s -X POST -H 'Content-type: application/json' \
                --data "{\\"text\\": \\"E2E failed: ${BUILD_URL}\\"}" \
                @@v@@
            '''
        }
    }
}
""", slack_webhook(), SRC_JENKINS)

SV("gitlab-ci", "teams-webhook", "ci/notify-results.gitlab-ci.yml", r"""
notify_qa_channel:
  stage: .post
  image: curlimages/curl:8.7.1
  when: always
  variables:
    TEAMS_WEBHOOK: "@@v@@"
  script:
    - >
      curl -sS -H "Content-Type: application/json"
      -d "{\"text\": \"Regression ${CI_PIPELINE_STATUS} on ${CI_COMMIT_REF_NAME}: ${CI_PIPELINE_URL}\"}"
      "$TEAMS_WEBHOOK"
""", teams_webhook(), SRC_GITLAB)

SV("npmrc", "npm-token", "e2e/.npmrc", r"""
# private test helpers (@northwind/test-utils)
@northwind:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@v@@
save-exact=true
fund=false
""", npm_token(), "docs.npmjs.com/cli/configuring-npm/npmrc")

SV("jupyter", "influxdb-token", "perf/analysis/soak-results.ipynb", r"""
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
      "InfluxDBClient(url='https://influx.perf.internal:8086', org='perf')\n",
      "token: @@v@@\n"
     ]
    }
   ],
   "source": [
    "import os\n",
    "from influxdb_client import InfluxDBClient\n",
    "client = InfluxDBClient(url=os.environ['INFLUX_URL'], token=os.environ['INFLUX_TOKEN'], org='perf')\n",
    "print(client)\n",
    "print('token:', client.token)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" },
  "language_info": { "name": "python", "version": "3.11.8" }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", influx_token(), "nbformat.readthedocs.io (notebook JSON with stream outputs)")

SV("k8s-secret", "api-key", "deploy/qa-runner/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: api-test-runner
  namespace: qa
type: Opaque
stringData:
  BASE_URL: https://api.staging.northwind-retail.com
  PARTNER_API_KEY: |
    @@v@@
""", alnum(48), "kubernetes.io/docs/concepts/configuration/secret (stringData)")

DV("sops", "encrypted", "deploy/qa-runner/secrets.enc.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: api-test-runner
  namespace: qa
type: Opaque
stringData:
  PARTNER_API_KEY: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
  E2E_ADMIN_PASSWORD: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  kms: []
  age:
    - recipient: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        @@age@@
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-05-02T09:14:27Z"
  mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
  unencrypted_suffix: _unencrypted
  version: 3.8.1
""", "github.com/getsops/sops README (encrypted YAML)",
   d1=fakes.drawn(_seed(), 64, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
   t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 24, ALNUM + "+/"),
   iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
   age=fakes.drawn(_seed(), 64, ALNUM + "+/"), mac=fakes.drawn(_seed(), 88, ALNUM + "+/"),
   iv3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t3=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

DV("ansible-vault", "encrypted", "ansible/group_vars/qa/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(
    hexs(80) for _ in range(12)) + "\n", "docs.ansible.com/ansible/latest/vault_guide (encrypted variable files)")

DV("sealed-secret", "encrypted", "deploy/selenium-grid/sealed-registration.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: selenium-grid-secrets
  namespace: qa-grid
spec:
  encryptedData:
    SE_REGISTRATION_SECRET: @@e1@@
    SE_ROUTER_PASSWORD: @@e2@@
  template:
    metadata:
      name: selenium-grid-secrets
      namespace: qa-grid
    type: Opaque
""", "github.com/bitnami-labs/sealed-secrets README (SealedSecret)",
   e1="AgB" + fakes.drawn(_seed(), 600, ALNUM + "+/") + "==", e2="AgC" + fakes.drawn(_seed(), 600, ALNUM + "+/") + "==")

DV("dotenv", "placeholder", ".env.example", r"""
# Copy to .env and fill in. Never commit .env.
BASE_URL=http://localhost:3000
E2E_ADMIN_EMAIL=admin@example.com
E2E_ADMIN_PASSWORD=
BROWSERSTACK_USERNAME=your_username
BROWSERSTACK_ACCESS_KEY=your_access_key
CYPRESS_RECORD_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
TESTRAIL_API_KEY=<testrail api key>
PERCY_TOKEN=
""", SRC_DOTENV)

DV("github-actions", "secrets-context", ".github/workflows/contract-verify.yml", r"""
name: contract-verify
on:
  repository_dispatch:
    types: [contract_requiring_verification_published]

env:
  PACT_BROKER_BASE_URL: https://northwind.pactflow.io
  PACT_BROKER_TOKEN: ${{ secrets.PACTFLOW_TOKEN }}
  PACT_URL: ${{ github.event.client_payload.pact_url }}

jobs:
  verify:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.client_payload.sha }}
      - run: npm ci
      - run: npm run test:pact:verify
        env:
          GIT_COMMIT: ${{ github.event.client_payload.sha }}
""", SRC_GHA)

DV("properties", "reportportal-placeholder", "src/test/resources/reportportal.example.properties", r"""
rp.endpoint = https://reportportal.qa.example-corp.io
# personal key from Profile > API keys; keep it in ~/.reportportal or RP_API_KEY
rp.api.key = ${RP_API_KEY}
rp.launch = claims-regression
rp.project = claims
rp.enable = false
""", "reportportal.io/docs/log-data-in-reportportal/test-framework-integration (reportportal.properties)")

DV("gitlab-ci", "masked-variables", ".gitlab/ci/ui-tests.yml", r"""
ui_tests:
  stage: test
  image: mcr.microsoft.com/playwright:v1.44.0-jammy
  variables:
    BASE_URL: https://review-$CI_COMMIT_REF_SLUG.apps.example-corp.io
    # E2E_ADMIN_PASSWORD and LT_ACCESS_KEY are masked CI/CD variables (Settings > CI/CD)
  script:
    - npm ci
    - npx playwright test --project=chromium
  artifacts:
    when: always
    paths: [playwright-report/]
    expire_in: 7 days
  cache:
    key:
      files: [package-lock.json]
    paths: [.npm/]
""", SRC_GITLAB)


# ---------------------------------------------------------------- more look-alikes around the suites

DV("postman-env", "dynamic-variables", "postman/environments/perf-seed.postman_environment.json", tabs(r"""
{
    "id": "@@id@@",
    "name": "Perf seed",
    "values": [
        {"key": "baseUrl", "value": "https://api.perf.northwind-retail.com", "type": "default", "enabled": true},
        {"key": "customerEmail", "value": "perf+{{$randomInt}}@northwind-retail.com", "type": "default", "enabled": true},
        {"key": "idempotencyKey", "value": "{{$guid}}", "type": "default", "enabled": true},
        {"key": "correlationId", "value": "@@cid@@", "type": "default", "enabled": true},
        {"key": "accessToken", "value": "{{$oauth2.perf.access_token}}", "type": "any", "enabled": false}
    ],
    "_postman_variable_scope": "environment",
    "_postman_exported_at": "2024-08-19T14:02:51.448Z",
    "_postman_exported_using": "Postman/11.8.2"
}"""), SRC_POSTMAN_ENV, id=uuid4(), cid=uuid4())

DV("postman-collection", "test-assertions", "postman/token-contract.postman_collection.json", tabs(r"""
{
    "info": {
        "_postman_id": "@@pid@@",
        "name": "Token contract",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    },
    "item": [
        {
            "name": "Token shape",
            "event": [
                {
                    "listen": "test",
                    "script": {
                        "exec": [
                            "const json = pm.response.json();",
                            "pm.test('token is a JWT', () => pm.expect(json.access_token).to.match(/^eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+$/));",
                            "pm.test('expires in 15 min', () => pm.expect(json.expires_in).to.eql(900));",
                            "pm.test('no refresh token for client_credentials', () => pm.expect(json).to.not.have.property('refresh_token'));"
                        ],
                        "type": "text/javascript"
                    }
                }
            ],
            "request": {"method": "POST", "url": {"raw": "{{authUrl}}/oauth2/token"}},
            "response": []
        }
    ]
}"""), SRC_POSTMAN, pid=uuid4())

DV("k6-summary", "run-summary", "perf/results/soak-summary.json", r"""
{
  "root_group": { "name": "", "path": "", "id": "@@gid@@", "groups": [], "checks": [
    { "name": "checkout ok", "path": "::checkout ok", "id": "@@cid@@", "passes": 17934, "fails": 12 }
  ] },
  "options": { "summaryTrendStats": ["avg", "min", "med", "max", "p(90)", "p(95)"], "summaryTimeUnit": "", "noColor": false },
  "state": { "isStdOutTTY": false, "isStdErrTTY": false, "testRunDurationMs": 1800412.6 },
  "metrics": {
    "http_req_duration": { "type": "trend", "contains": "time", "values": { "avg": 182.4, "med": 141.2, "p(95)": 388.7, "max": 2210.3 } },
    "http_req_failed": { "type": "rate", "contains": "default", "values": { "rate": 0.00067, "passes": 12, "fails": 17934 } },
    "iterations": { "type": "counter", "contains": "default", "values": { "count": 17946, "rate": 9.97 } }
  },
  "cloud": { "testRunId": "2318845", "url": "https://app.k6.io/runs/2318845" }
}
""", "grafana.com/docs/k6/latest/results-output/end-of-test/custom-summary (handleSummary data)", gid=hexs(32), cid=hexs(32))

DV("jmeter-results", "jtl-csv", "perf/results/checkout-20240512.jtl", "timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect\n" + "".join(
    f"17155{i:02d}4{n:06d},{e},{lab},200,OK,Checkout 1-{i + 1},text,true,,{b},{sb},{i + 40},{i + 40},https://api.perf.northwind-retail.com{path},{e - 7},0,{c}\n"
    for i, (n, e, lab, b, sb, path, c) in enumerate([
        (118233, 142, "GET /products", 5321, 611, "/v2/products?category=mugs", 22),
        (118391, 88, "POST /carts", 412, 803, "/v2/carts", 0),
        (118503, 211, "POST /checkout", 1290, 822, "/v2/carts/c_81/checkout", 0),
        (118742, 97, "GET /orders", 2044, 598, "/v2/orders?limit=10", 0),
        (118861, 133, "GET /products", 5321, 611, "/v2/products?category=posters", 19)])),
    "jmeter.apache.org/usermanual/listeners.html (CSV results file)")

DV("gatling-conf", "env-substitution", "src/test/resources/gatling.conf", r"""
gatling {
  core {
    encoding = "utf-8"
  }
  ssl {
    keyStore {
      type = "PKCS12"
      file = ${?GATLING_KEYSTORE_FILE}
      password = ${?GATLING_KEYSTORE_PASSWORD}
    }
    trustStore {
      file = "truststore/perf-ca.p12"
      password = ${?GATLING_TRUSTSTORE_PASSWORD}
    }
  }
  http {
    enableGA = false
  }
}
""", "docs.gatling.io/reference/script/core/configuration (gatling.conf, HOCON)")

DV("cypress-spec", "env-reference", "cypress/e2e/admin/refunds.cy.ts", r"""
describe('admin refunds', () => {
  beforeEach(() => {
    cy.session('admin', () => {
      cy.visit('/login');
      cy.get('[data-cy=email]').type(Cypress.env('adminEmail'));
      cy.get('[data-cy=password]').type(Cypress.env('adminPassword'), { log: false });
      cy.get('[data-cy=submit]').click();
      cy.url().should('include', '/dashboard');
    });
  });

  it('refunds a paid order', () => {
    cy.visit('/admin/orders/ord_1042');
    cy.dataCy('refund').click();
    cy.contains('Refund issued').should('be.visible');
  });
});
""", SRC_CYPRESS)

DV("cypress-env", "publishable-key", "storefront/cypress.env.json", r"""
{
  "apiUrl": "http://localhost:4000",
  "stripePublishableKey": "pk_test_@@pk@@",
  "paymentElementLocale": "en",
  "testCard": "4242424242424242",
  "testCardExpiry": "12/34"
}
""", "docs.stripe.com/keys (publishable keys are meant for client code) and docs.stripe.com/testing (test cards)",
   pk=alnum(99))

DV("java", "env-reference", "src/test/java/com/fleetlink/ui/RemoteDriver.java", r"""
package com.fleetlink.ui;

import java.net.URL;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.edge.EdgeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

public final class RemoteDriver {
    public static WebDriver create(String name) throws Exception {
        EdgeOptions options = new EdgeOptions();
        MutableCapabilities sauce = new MutableCapabilities();
        sauce.setCapability("username", System.getenv("SAUCE_USERNAME"));
        sauce.setCapability("accessKey", System.getenv("SAUCE_ACCESS_KEY"));
        sauce.setCapability("name", name);
        options.setCapability("sauce:options", sauce);
        return new RemoteWebDriver(new URL("https://ondemand.eu-central-1.saucelabs.com/wd/hub"), options);
    }
}
""", SRC_SAUCE)

DV("ruby", "vcr-filter-config", "spec/support/vcr.rb", r"""
require 'vcr'

VCR.configure do |config|
  config.cassette_library_dir = 'spec/fixtures/vcr_cassettes'
  config.hook_into :webmock
  config.configure_rspec_metadata!
  config.filter_sensitive_data('<SHIPENGINE_API_KEY>') { ENV.fetch('SHIPENGINE_API_KEY', 'dummy') }
  config.filter_sensitive_data('<BEARER_TOKEN>') do |interaction|
    interaction.request.headers['Authorization']&.first
  end
  config.default_cassette_options = { record: :once, match_requests_on: %i[method uri body] }
end
""", "benoittgt.github.io/vcr (filter_sensitive_data)")

DV("vcr-cassette", "filtered-placeholder", "spec/fixtures/vcr_cassettes/label_purchase.yml", r"""
---
http_interactions:
- request:
    method: post
    uri: https://api.shipengine.com/v1/labels
    body:
      encoding: UTF-8
      string: '{"shipment":{"service_code":"dhl_express_worldwide"}}'
    headers:
      Api-Key:
      - "<SHIPENGINE_API_KEY>"
      Authorization:
      - "<BEARER_TOKEN>"
  response:
    status:
      code: 200
      message: OK
    body:
      encoding: UTF-8
      string: '{"label_id":"se-label-000001","tracking_number":"9405511899223197428490"}'
  recorded_at: Wed, 15 May 2024 11:02:09 GMT
recorded_with: VCR 6.2.0
""", "benoittgt.github.io/vcr (cassette YAML with filtered data)")

DV("robot", "password-hash", "resources/seed_users.robot", r"""
*** Settings ***
Library           DatabaseLibrary

*** Variables ***
${SEED_EMAIL}           robot.seed@northwind-retail.com
${SEED_PASSWORD_HASH}   @@h@@

*** Keywords ***
Seed Robot User
    Execute Sql String    INSERT INTO users (email, password_hash) VALUES ('${SEED_EMAIL}', '${SEED_PASSWORD_HASH}') ON CONFLICT DO NOTHING
""", SRC_ROBOT, h=argon2_hash())

DV("httpie-config", "settings-only", ".config/httpie/config.json", r"""
{
    "default_options": [
        "--style=monokai",
        "--timeout=20",
        "--session-read-only=~/.config/httpie/sessions/staging.json"
    ],
    "disable_update_warnings": true
}
""", "httpie.io/docs/cli/config-file-directory")

DV("runbook", "public-key", "docs/qa/device-lab-keys.md", r"""
# Device lab - authorised keys

Add your **public** key to `ansible/roles/device-lab/files/authorized_keys` via a PR.
Current entries:

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ anna.qa@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ ci-runner@device-lab
```

Never send private keys over chat; generate one with `ssh-keygen -t ed25519`.
""", SRC_RUNBOOK, k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

DV("properties", "allure-environment", "allure-results/environment.properties", r"""
Browser=chromium
Browser.Version=124.0.6367.29
Stand=staging
BaseUrl=https://app.staging.fleetlink.example
Commit=@@sha@@
Build=nightly-1842
""", "allurereport.org/docs/how-it-works-environment-file", sha=sha1())
