"""Blind rounds BY-CD, through the engine: what a form says is no secret it holds (a translation
catalogue's message under `token`, SQL Server's login SID, Flux's `secrets.get(…)`, a SAS macro reference
in a form body, Oracle's `IDENTIFIED BY VALUES` verifiers, a call's `password=password` keyword argument,
Application Insights' instrumentation key, a CDISC ODM subject's key, an OAuth client id a vendor or a
comment calls an API key, External Secrets Operator's `secretKey` name, Zoom's URL-validation
`plainToken`) and, beside each, the secret of the same place that still blocks. Generated fakes only."""
from __future__ import annotations

import uuid
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_HEX_UPPER = "0123456789ABCDEF"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


@pytest.mark.parametrize("filename", ["web/src/locales/en/loyalty.json", "config/locales/de.json",
                                      "app/i18n/fr-FR.json", "lib/l10n/app_en.arb"])
def test_a_catalogue_message_under_a_credential_key_is_a_label(engine: Engine, filename: str) -> None:
    text = ('{\n  "password": "Password",\n  "token": "Gift card PIN",\n  "apiSecret": "Shared secret from the dashboard",\n'
            '  "pin": "Voucher security code"\n}\n')
    assert _blocked(engine, filename, text) == []
    token = drawn_mixed(11100, 24)
    assert _blocked(engine, filename, text.replace('"Gift card PIN"', f'"{token}"')) == [(3, token)]


def test_a_message_outside_a_catalogue_is_judged_as_any_value(engine: Engine) -> None:
    # (a passphrase of words under a token's name in a config stays a passphrase)
    assert _blocked(engine, "config/app.json", '{\n  "token": "Gift card PIN"\n}\n') == [(2, "Gift card PIN")]


def test_a_sql_server_login_sid_is_no_session(engine: Engine) -> None:
    digest = drawn(11110, 140, _HEX_UPPER)
    sid = drawn(11111, 32, _HEX_UPPER)
    text = (f"CREATE LOGIN [hist] WITH PASSWORD = 0x{digest} HASHED,\n    SID = 0x{sid}, DEFAULT_DATABASE = [Hist], "
            "CHECK_POLICY = ON;\nGO\n")
    assert _blocked(engine, "db/004_migrate_logins.sql", text) == []
    cookie = drawn_mixed(11112, 26)
    assert _blocked(engine, "scrape.py", f'cookies = {{"sid": "{cookie}"}}\n') == [(1, cookie)]


def test_a_flux_secret_store_read_is_no_password(engine: Engine) -> None:
    text = ('import "influxdata/influxdb/secrets"\nimport "sql"\n\npg_password = secrets.get(key: "TSDB_WRITER_PASSWORD")\n'
            'sql.to(driverName: "postgres", dataSourceName: "postgresql://w:${pg_password}@tsdb:5432/t", table: "m")\n')
    assert _blocked(engine, "ops/influx/tasks/downsample.flux", text) == []
    assert _blocked(engine, "ops/influx/tasks/one.flux", 'pg_password = secrets.get(key: "TSDB_WRITER_PASSWORD")\n') == []
    password = drawn_mixed(11120, 18)
    assert _blocked(engine, "ops/influx/tasks/downsample.flux",
                    text.replace('secrets.get(key: "TSDB_WRITER_PASSWORD")', f'"{password}"')) == [(4, password)]


@pytest.mark.parametrize("body", ["token=&token.&content=record&format=csv&type=flat", "token=&content=record&format=csv",
                                  "token=&&api_token_&site..&content=record"])
def test_a_form_body_parameter_ends_at_the_next_parameter(engine: Engine, body: str) -> None:
    text = f'data _null_;\n  file body;\n  put "{body}";\nrun;\n'
    assert _blocked(engine, "programs/import/export.sas", text) == []
    token = drawn(11130, 32, _HEX_UPPER)
    literal = text.replace(f'"{body}"', f'"token={token}&content=record&format=csv"')
    assert _blocked(engine, "programs/import/export.sas", literal) == [(3, token)]


def test_oracle_identified_by_values_gives_verifiers(engine: Engine) -> None:
    text = (f"CREATE USER \"APP\" IDENTIFIED BY VALUES 'S:{drawn(11140, 60, _HEX_UPPER)};T:{drawn(11141, 160, _HEX_UPPER)}'\n"
            "  DEFAULT TABLESPACE \"DATA\";\n"
            f"ALTER USER \"RPT\" IDENTIFIED BY VALUES '{drawn(11142, 16, _HEX_UPPER)}';\n")
    assert _blocked(engine, "db/export/users_ddl.sql", text) == []
    password = drawn_mixed(11143, 16)
    assert _blocked(engine, "db/export/users_ddl.sql", f'CREATE USER "APP" IDENTIFIED BY "{password}";\n') == [(1, password)]


def test_a_calls_keyword_arguments_are_no_conninfo(engine: Engine) -> None:
    line = ("engine = sa.create_engine(sa.engine.URL.create('postgresql+psycopg2', username='analyst', password=password, "
            "host='dw.internal', database='clinical'))\n")
    assert _blocked(engine, "notebooks/overview.py", "password = getpass.getpass()\n" + line) == []
    password = drawn_mixed(11150, 18)
    conninfo = f'conn = psycopg2.connect("host=db1.internal,db2.internal dbname=app user=app password={password}")\n'
    assert [secret for _, secret in _blocked(engine, "app/db.py", conninfo)] == [password]


@pytest.mark.parametrize(("filename", "template"), [
    ("src/config.js", "  appInsights: 'InstrumentationKey={};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/',\n"),
    ("appsettings.json", '{{\n  "ApplicationInsights": {{\n    "InstrumentationKey": "{}"\n  }}\n}}\n'),
    ("infra/main.tf", '  instrumentation_key = "{}"\n'),
    ("rave/testdata/sample_odm.xml", '<SubjectData SubjectKey="{}" mdsol:SubjectKeyType="SubjectUUID">\n'),
])
def test_an_instrumentation_key_and_a_subject_key_are_identifiers(engine: Engine, filename: str, template: str) -> None:
    assert _blocked(engine, filename, template.format(uuid.UUID(int=11160 * 7919 ** 5, version=4))) == []


def test_a_uuid_api_key_still_blocks(engine: Engine) -> None:
    key = str(uuid.UUID(int=11161 * 7919 ** 5, version=4))
    assert _blocked(engine, "settings.py", f'HEROKU_API_KEY = "{key}"\n') == [(1, key)]


@pytest.mark.parametrize("head", [
    "# SuccessFactors OAuth client (Admin Center > Manage OAuth2 Client Applications).\n",
    '# The "API Key" below is the OAuth client_id; the assertion is signed with the private key\n',
    "# HR connector: its api key is the client id of the registration\n",
])
def test_an_oauth_client_id_called_an_api_key_is_public(engine: Engine, head: str) -> None:
    key = drawn_mixed(11170, 40)
    text = f"{head}hr:\n  token_url: https://api.example.net/oauth/token\n  company_id: ACME\n  api_key: {key}\n"
    assert _blocked(engine, "config/hr.yaml", text) == []


@pytest.mark.parametrize("head", ["# The API key below is not the OAuth client id\n", "# Our client id is in Vault\n", ""])
def test_an_api_key_no_comment_calls_a_client_id_blocks(engine: Engine, head: str) -> None:
    key = drawn_mixed(11171, 40)
    text = f"{head}hr:\n  company_id: ACME\n  api_key: {key}\n"
    assert any(secret == key for _, secret in _blocked(engine, "config/hr.yaml", text))


def test_a_comment_on_the_client_id_says_nothing_of_the_secret_beside_it(engine: Engine) -> None:
    secret = drawn_mixed(11172, 32)
    text = f"# the app key is the client id\napp:\n  app_key: abc\n  client_secret: {secret}\n  api_key: {secret}\n"
    assert (5, secret) in _blocked(engine, "config/app.yaml", text) or (4, secret) in _blocked(engine, "config/app.yaml", text)


def test_an_external_secrets_key_is_a_name(engine: Engine) -> None:
    text = ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: db\nspec:\n  data:\n"
            "    - secretKey: ConnectionStrings__Vista\n      remoteRef:\n        key: vista-connection-string\n")
    assert _blocked(engine, "deploy/k8s/externalsecret.yaml", text) == []
    password = drawn_mixed(11180, 18)
    plain = f"---\napiVersion: v1\nkind: Secret\nstringData:\n  secretKey: {password}\n"
    assert _blocked(engine, "deploy/k8s/externalsecret.yaml", text + plain) == [(14, password)]


def test_a_url_validation_plain_token_is_a_challenge(engine: Engine) -> None:
    challenge = drawn_mixed(11190, 22)
    text = (f"const body = {{ event: 'endpoint.url_validation', payload: {{ plainToken: '{challenge}' }} }};\n"
            f"expect(res.body.plainToken).toBe('{challenge}');\n"
            f"expect(res.body.encryptedToken).toBe('{drawn(11191, 64, '0123456789abcdef')}');\n")
    assert _blocked(engine, "server/webhook.test.js", text) == []
    token = drawn_mixed(11192, 22)
    assert _blocked(engine, "server/app.js", f"const plainToken = '{token}';\n") == [(1, token)]
