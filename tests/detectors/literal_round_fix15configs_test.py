"""Forms read after blind rounds CW-DB (configs): an SSIS package configuration's (.dtsConfig) value of a
credential's property or variable; a secret store's Terraform resource (an SSM SecureString's `value`, a Key
Vault secret's, Secrets Manager's `secret_string`, Secret Manager's `secret_data`); an SSM SecureString in YAML
and JSON; a runbook's settings table. Each beside the decoys of its format, through the engine. Every value here
is generated."""
from __future__ import annotations


import pytest
from secretfence.engine import Engine

from tests import fakes
from tests.accuracy.labelled import blocked_lines as _blocked

_SYMBOLS = "#@!%*"


def _password(seed: int) -> str:
    """Twelve letters and digits, both cases, a symbol in the middle: a chosen password's shape."""
    return fakes.drawn_mixed(seed, 6) + fakes.drawn(seed + 1, 1, _SYMBOLS) + fakes.drawn_mixed(seed + 2, 5)


_SSIS = _password(15001)
_SSIS_VARIABLE = _password(15004)
_STORE = fakes.drawn_mixed(15007, 16)
_STRING = fakes.drawn_mixed(15008, 20)
_DATA = fakes.drawn_mixed(15009, 18)
_TABLE = _password(15010)


def _configuration(path: str, value: str, one_line: bool = False) -> str:
    opening = f'  <Configuration ConfiguredType="Property" Path="{path}" ValueType="String">'
    if one_line:
        return f"{opening}<ConfiguredValue>{value}</ConfiguredValue></Configuration>\n"
    return f"{opening}\n    <ConfiguredValue>{value}</ConfiguredValue>\n  </Configuration>\n"


_HEAD = '<?xml version="1.0"?>\n<DTSConfiguration>\n'
_TAIL = "</DTSConfiguration>\n"

TRUE_FORMS = [
    ("etl/ssis/Nightly.dtsConfig",
     _HEAD + _configuration("\\Package.Connections[Ora].Properties[ConnectionString]", "Data Source=ORA;User ID=RPT;")
     + _configuration("\\Package.Connections[Ora].Properties[Password]", _SSIS) + _TAIL, 7, _SSIS),
    ("etl/ssis/Ftp.dtsConfig",
     _HEAD + _configuration("\\Package.Connections[FTP].Properties[ServerPassword]", _SSIS, one_line=True) + _TAIL, 3, _SSIS),
    ("etl/ssis/Sftp.dtsConfig",
     _HEAD + _configuration("\\Package.Variables[User::SftpPassword].Properties[Value]", _SSIS_VARIABLE) + _TAIL, 4,
     _SSIS_VARIABLE),
    ("infra/secrets.tf",
     f'resource "aws_secretsmanager_secret_version" "api" {{\n  secret_id     = aws_secretsmanager_secret.api.id\n'
     f'  secret_string = "{_STRING}"\n}}\n', 3, _STRING),
    ("infra/secrets.tf",
     f'resource "google_secret_manager_secret_version" "api" {{\n  secret      = google_secret_manager_secret.api.id\n'
     f'  secret_data = "{_DATA}"\n}}\n', 3, _DATA),
    ("infra/ssm.tf",
     f'resource "aws_ssm_parameter" "p" {{\n  name  = "/app/prod/p"\n  # kept encrypted\n  type  = "SecureString"\n'
     f'  value = "{_STORE}"  # rotated by hand\n}}\n', 5, _STORE),
    ("scripts/create_secret.sh",
     f"aws secretsmanager create-secret --name app/api --secret-string '{_STRING}'\n", 1, _STRING),
    ("deploy/ssm.yaml", f"Parameters:\n  - Name: /app/prod/p\n    Type: SecureString\n    Value: {_STORE}\n", 4, _STORE),
    ("docs/runbooks/replica.md",
     f"| Item | Value | Notes |\n|:---|:---:|---|\n| Host | db01 | |\n| DB password | `{_TABLE}` | rotated yearly |\n", 4, _TABLE),
    ("notes/partner.md", f"| Field | Value |\n| --- | --- |\n| Client secret | {_STRING} |\n", 3, _STRING),
    # (a comment after the resource's brace)
    ("infra/kv.tf", f'resource "azurerm_key_vault_secret" "sql" {{ # admin login\n  name  = "sql-admin"\n  value = "{_STORE}"\n}}\n',
     3, _STORE),
    # (a bold value; a name with a colon, a double-backtick span)
    ("docs/runbooks/admin.md", f"| Setting | Value |\n|---|---|\n| Admin password | **{_TABLE}** |\n", 3, _TABLE),
    ("docs/runbooks/admin.md", f"| Setting | Value |\n|---|---|\n| Password: | ``{_TABLE}`` |\n", 3, _TABLE),
]

DECOYS = [
    ("etl/ssis/Nightly.dtsConfig",
     _HEAD + _configuration("\\Package.Connections[Ora].Properties[Password]", "$(ORA_PASSWORD)")
     + _configuration("\\Package.Connections[Ora].Properties[ServerName]", _SSIS)
     + _configuration("\\Package.Variables[User::RooftopList].Properties[Value]", _SSIS)
     + _configuration("\\Package.Variables[User::SftpPassword].Properties[Description]", _SSIS) + _TAIL),
    ("etl/ssis/Empty.dtsConfig",
     _HEAD + '  <Configuration ConfiguredType="Property" Path="\\Package.Connections[Ora].Properties[Password]" '
     'ValueType="String">\n  </Configuration>\n'
     + _configuration("\\Package.Connections[Ora].Properties[UserName]", _SSIS) + _TAIL),
    ("infra/secrets.tf",
     'resource "aws_secretsmanager_secret_version" "api" {\n  secret_id     = aws_secretsmanager_secret.api.id\n'
     "  secret_string = jsonencode({ user = \"api\", password = random_password.api.result })\n}\n"
     'resource "google_secret_manager_secret_version" "b" {\n  secret_data = var.api_key\n}\n'),
    ("backup/keycloak/realm-users-0.json",
     '{"credentials": [{"type": "password", "secretData": "{\\"value\\":\\"' + fakes.drawn_mixed(15020, 44)
     + '\\",\\"salt\\":\\"' + fakes.drawn_mixed(15021, 22) + '\\"}"}]}\n'),
    ("infra/ssm.tf",
     f'resource "aws_ssm_parameter" "p" {{\n  name  = "/app/prod/p"\n  type  = "StringList"\n  value = "{_STORE}"\n}}\n'),
    ("deploy/ssm.yaml", f"Parameters:\n  - Name: /app/prod/p\n    Type: String\n    Value: {_STORE}\n"),
    ("docs/runbooks/replica.md", f"| Name | Type |\n|---|---|\n| password | `{_TABLE}` |\n"),
    # (a second column describing the setting: its default, where it is kept)
    ("docs/runbooks/oncall.md", "| Setting | Default |\n|---|---|\n| Session token | HttpOnly;Secure |\n"
     f"\n| Secret | Vault path |\n|---|---|\n| DB password | `{_TABLE}` |\n"),
    ("docs/runbooks/replica.md", f"| Password | `{_TABLE}` |\n"),
    # (documentation's table with a tutorial's password: a warning; one chosen with care blocks since rounds DO-DT,
    # tests/detectors/configs_round_dodt_test.py)
    ("docs/setup/replica.md", "| Setting | Value |\n|---|---|\n| Password | `Harbor12345` |\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


HOSTILE = [
    ("flood.dtsConfig", '<Configuration Path="\\Package.' * 3000 + "\n"),
    ("flood.dtsConfig", ('<Configuration Path="\\Package.Connections[a].Properties[Password]">' + "\n") * 5000),
    ("flood.dtsConfig", '<Configuration Path="\\Package.' + ".Properties[Password]" * 3000 + '">\n'),
    ("flood.tf", 'resource "aws_ssm_parameter" "a" {\n' * 5000),
    ("flood.tf", 'resource "aws_ssm_parameter" "a" {\n' + '  type = "SecureString"\n  value = "' + "\\\"" * 30000 + "\n"),
    ("flood.yaml", "type: SecureString\n" * 5000),
    ("notes/flood.md", "|---|---|\n" + "| token | " * 6000 + "\n" + "| Password | `x` |\n" * 5000),
    ("notes/flood.md", "| token |" + "-|" * 30000 + "\n"),
]


@pytest.mark.parametrize(("filename", "text"), HOSTILE)
def test_floods_of_the_forms_block_nothing(engine: Engine, filename: str, text: str) -> None:
    # (floods of the forms' openings with one-letter or no values: none holds a credential; their cost is
    # the benchmarks' to measure, not timed here)
    assert _blocked(engine, filename, text) == []
