"""Blind rounds T-W, the carriers' and the shared value judgment's part (issue 14):

- Visual Basic (VBA modules, VBScript, VB.NET) joins literals with `&` or `+` and goes on after
  ` _`: a password so split is read whole, on the line its assignment opens; a password split in
  two shorter than a token (`FtpPass = "<half>" + "<half>"`) is joined where a credential-named
  name is assigned the concatenation (in every language the carriers join).
- Azure App Service's `@Microsoft.KeyVault(…)` and `@Microsoft.AppConfiguration(…)` references
  name a secret kept elsewhere: no kind reports one (a database setting, a Redis password, a
  secret key, a connection string's password), while a literal password beside them blocks.
- BuildKit's secret specification (`--secret id=…,env=…`, `--mount=type=secret,id=…,src=…`)
  names the secret, never holds it; a literal password on the same build line still blocks.
- Tomcat's stored credential `salt$iterations$digest` (tomcat-users.xml under a digest
  CredentialHandler) is the password's hash; a plain password beside it blocks.
"""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine, carriers
from secretfence.findings import Finding
from tests import fakes
from tests.accuracy.labelled import blocking, reports

ASSEMBLED = "split string literals"
LONG = fakes.password(401)  # 18 characters: a token-long run
SHORT = fakes.password(402)[:12]  # shorter than a token: joined only under a credential's name
OTHER = fakes.password(403)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocking_for(engine: Engine, filename: str, text: str, secret: str) -> List[Finding]:
    return [finding for finding in blocking(engine.scan_text(filename, text)) if reports(finding, secret)]


# --- Visual Basic concatenation, and short splits under a credential's name ------------------------

# (file, text, secret, the line it blocks at)
SPLIT_FORMS = [
    ("office/macros/modUpload.bas",
     'Attribute VB_Name = "modUpload"\nOption Explicit\n\nPrivate Function FtpPass() As String\n'
     f'    FtpPass = "{SHORT[:5]}" + "{SHORT[5:]}"\nEnd Function\n', SHORT, 5),
    ("office/macros/modMail.bas",
     f'Public Sub Send()\n    Dim smtpPassword As String\n    smtpPassword = "{LONG[:6]}" & _\n'
     f'        "{LONG[6:12]}" & _\n        "{LONG[12:]}"\n    Mailer.Login "reports", smtpPassword\nEnd Sub\n', LONG, 3),
    # Exported from the VBA editor: CRLF line ends.
    ("Workbook/ThisWorkbook.cls",
     f'Private Sub Workbook_Open()\r\n    apiToken = "{LONG[:9]}" & _\r\n        "{LONG[9:]}"\r\nEnd Sub\r\n', LONG, 2),
    ("scripts/backup.vbs",
     f'Dim dbPassword\ndbPassword = "{SHORT[:4]}" & "{SHORT[4:]}"\n'
     'WScript.Echo "backing up"\n', SHORT, 2),
    ("src/Settings.vb",
     f'Module Settings\n    Public ServicePassword As String = "{LONG[:10]}" &\n'
     f'        "{LONG[10:]}"\nEnd Module\n', LONG, 2),
    # The short split under a credential's name, outside Visual Basic too.
    ("deploy/upload.py", f'FTP_PASSWORD = "{SHORT[:6]}" + "{SHORT[6:]}"\n', SHORT, 1),
    ("src/client.js", f"const apiSecret = '{SHORT[:7]}' + '{SHORT[7:]}';\n", SHORT, 1),
]


@pytest.mark.parametrize("filename, text, secret, line", SPLIT_FORMS,
                         ids=[form[0].rsplit("/", 1)[-1] for form in SPLIT_FORMS])
def test_a_split_password_blocks_where_its_assignment_opens(
        engine: Engine, filename: str, text: str, secret: str, line: int) -> None:
    found = _blocking_for(engine, filename, text, secret)
    assert {finding.line_number for finding in found} == {line}
    # (a piece long enough may block on its own too: the whole is read where it was assembled)
    assert {finding.details.get("carrier") for finding in found if finding.secret == secret} == {ASSEMBLED}
    # The file's lines as they are show nothing of it: the join is the point.
    assert not [finding for finding in engine._scan_lines(filename, text) if finding.secret == secret]


# (file, text): concatenations that are no credential, taken from the forms real modules hold.
SPLIT_DECOYS = [
    # Prose and messages joined with `&`, across ` _` too.
    ("modReport.bas", 'Private Const APP_TITLE As String = "Price " & _\n    "Uploader v2"\n'
     'Public Sub Done()\n    MsgBox "Finished: " & count & " rows" & vbCrLf & "See the log.", vbInformation\nEnd Sub\n'),
    # A connection string split around a value read at run time.
    ("modDb.bas", 'Public Sub OpenDb()\n    conn.Open "Provider=SQLOLEDB;Data Source=sql01;Initial Catalog=Prices;" & _\n'
     '        "User ID=prices;Password=" & GetSetting("Prices", "Db", "Password")\nEnd Sub\n'),
    # A path and an address built from words: assembled, and still no credential.
    ("Module1.bas", 'Public Const TOKEN_URL As String = "https://login.microsoftonline" & _\n'
     '    ".com/common/oauth2/v2.0/token"\nscript = Environ("TEMP") & "\\ftp_prices.txt"\n'),
    # A short split that no credential-named name is assigned: never joined.
    ("build.py", f'greeting = "{SHORT[:5]}" + "{SHORT[5:]}"\nlabel = "Release" + "Notes"\n'),
    ("modKeys.bas", 'passwordHint = "Your" & "Pin"\nsecretLabel = "Ente" & "rPIN"\n'),
]


@pytest.mark.parametrize("filename, text", SPLIT_DECOYS, ids=[decoy[0] for decoy in SPLIT_DECOYS])
def test_concatenations_of_no_secret_do_not_block(engine: Engine, filename: str, text: str) -> None:
    assert blocking(engine.scan_text(filename, text)) == []


def test_a_short_split_is_joined_only_under_a_credentials_name() -> None:
    named, _ = carriers.view(f'FTP_PASSWORD = "{SHORT[:6]}" + "{SHORT[6:]}"\n', "upload.py")
    assert named is not None and named.lines[0] == f'FTP_PASSWORD = "{SHORT}"'
    unnamed, _ = carriers.view(f'greeting = "{SHORT[:6]}" + "{SHORT[6:]}"\n', "upload.py")
    assert unnamed is None


def test_visual_basic_joins_only_in_visual_basic_files() -> None:
    text = f'apiToken = "{LONG[:9]}" & _\n    "{LONG[9:]}"\n'
    joined, _ = carriers.view(text, "Module1.bas")
    assert joined is not None and joined.lines[:2] == [f'apiToken = "{LONG}"', ""]
    assert carriers.view(text, "notes.sh")[0] is None  # `&` and ` _` join nothing in a shell script


# --- references to a secret store (Azure App Service) --------------------------------------------

KEYVAULT_SETTINGS = """[
  {
    "name": "DATABASE_PASSWORD",
    "slotSetting": true,
    "value": "@Microsoft.KeyVault(SecretUri=https://acme-kv-stg.vault.azure.net/secrets/db-password/)"
  },
  {
    "name": "REDIS_PASSWORD",
    "value": "@Microsoft.KeyVault(VaultName=acme-kv-stg;SecretName=redis-password)"
  },
  {
    "name": "DJANGO_SECRET_KEY",
    "value": "@Microsoft.KeyVault(VaultName=acme-kv-stg;SecretName=django-secret-key;SecretVersion=ec96f02080254f109c51a1f14cdb1931)"
  },
  {
    "name": "SMTP_PASSWORD",
    "value": "@Microsoft.AppConfiguration(Endpoint=https://acme-cfg.azconfig.io; Key=smtp-password)"
  },
  {
    "name": "ConnectionStrings__Orders",
    "value": "Server=tcp:acme-sql.database.windows.net,1433;Database=orders;User ID=orders_app;Password=@Microsoft.KeyVault(VaultName=acme-kv-stg;SecretName=sql-password);Encrypt=True"
  }
]
"""
KEYVAULT_YAML = """appSettings:
  DB_PASSWORD: "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db-password/ec96f02080254f109c51a1f14cdb1931)"
  redis_password: '@Microsoft.KeyVault(VaultName=acme-kv;SecretName=redis-password)'
  API_TOKEN: "@Microsoft.KeyVault(VaultName=acme-kv;SecretName=api-token)"
"""


@pytest.mark.parametrize("filename, text", [
    ("ops/azure/appsettings-staging.json", KEYVAULT_SETTINGS),
    ("infra/webapp-settings.yaml", KEYVAULT_YAML),
    (".env.azure", "DATABASE_PASSWORD=@Microsoft.KeyVault(VaultName=acme-kv;SecretName=db-password)\n"
                   "SECRET_KEY=@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/secret-key/)\n"),
], ids=["app-settings-json", "yaml", "env"])
def test_key_vault_references_do_not_block(engine: Engine, filename: str, text: str) -> None:
    assert blocking(engine.scan_text(filename, text)) == []


def test_a_literal_password_beside_key_vault_references_blocks(engine: Engine) -> None:
    text = KEYVAULT_SETTINGS.replace("\n]\n", ',\n  {\n    "name": "ConnectionStrings__Legacy",\n    "value": '
                                     '"Server=tcp:acme-sql.database.windows.net,1433;Database=legacy;'
                                     f'User ID=legacy_app;Password={OTHER};Encrypt=True"\n  }}\n]\n')
    found = blocking(engine.scan_text("ops/azure/appsettings-staging.json", text))
    assert found and all(reports(finding, OTHER) for finding in found)
    assert "Database Credentials" in {finding.type for finding in found}


# --- BuildKit's secret specifications ------------------------------------------------------------

BUILD_SECRETS = """# syntax=docker/dockerfile:1.6
FROM public.ecr.aws/lambda/python:3.12
# docker build --secret id=pip_index,env=PIP_INDEX_URL --secret id=npmrc,src=$HOME/.npmrc .
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url,required=true \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install -r requirements.txt --no-cache-dir
RUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://acme-models/model.bin /opt/
RUN --mount=type=secret,id=gh_token,env=GH_TOKEN make release
"""


def test_build_secret_specifications_do_not_block(engine: Engine) -> None:
    assert blocking(engine.scan_text("services/scraper/Dockerfile", BUILD_SECRETS)) == []
    ci = ("docker buildx build --secret id=npmrc,src=$HOME/.npmrc --secret id=aws,src=/root/.aws/credentials \\\n"
          "  --secret=id=pip_token,env=PIP_TOKEN -t acme/api .\n")
    assert blocking(engine.scan_text("scripts/build.sh", ci)) == []


def test_a_literal_password_beside_a_build_secret_blocks(engine: Engine) -> None:
    text = BUILD_SECRETS + f"ARG DEPLOY_PASSWORD={OTHER}\n"
    found = blocking(engine.scan_text("Dockerfile", text))
    assert found and {finding.line_number for finding in found} == {9}
    assert all(reports(finding, OTHER) for finding in found)


# --- Tomcat's stored credentials --------------------------------------------------------------------

TOMCAT_USERS = """<?xml version="1.0" encoding="UTF-8"?>
<!-- server.xml: <CredentialHandler className="org.apache.catalina.realm.MessageDigestCredentialHandler" algorithm="sha-256"/> -->
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <user username="opsadmin" password="4f1c9a0be27d5388c1e06b7a92f4d3e1$1$5d2e8f0a9b7c6d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e" roles="manager-gui"/>
  <user username="deployer" password="0a1b2c3d4e5f6a7b$20000$c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5" roles="manager-script"/>
</tomcat-users>
"""


def test_tomcat_stored_credentials_do_not_block(engine: Engine) -> None:
    assert blocking(engine.scan_text("conf/tomcat-users.xml", TOMCAT_USERS)) == []


def test_a_plain_password_in_tomcat_users_blocks(engine: Engine) -> None:
    text = TOMCAT_USERS.replace("</tomcat-users>", f'  <user username="nagios" password="{OTHER}" roles="manager-status"/>\n'
                                "</tomcat-users>")
    found = blocking(engine.scan_text("conf/tomcat-users.xml", text))
    assert found and {finding.line_number for finding in found} == {7}
    assert all(reports(finding, OTHER) for finding in found)
