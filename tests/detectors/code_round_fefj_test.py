"""Blind rounds FE-FJ, code and configuration: a key's visibility written after it (Mailjet's `MJ_APIKEY_PUBLIC` /
`MJ_APIKEY_PRIVATE`: the private one blocks, the public one does not); a credential named for what it opens
(`WEBHOOK_CREDENTIAL`, MSAL's `client_credential`) holding a generated value; and C#'s target-typed `new(…)` whose
type the declaration names on its left (`private readonly PostmarkClient _client = new("…");`), read as the
`new PostmarkClient("…")` it stands for by the readers of a client's constructor. The decoys of each form stay quiet:
a public key, a reference, a store's entry name, a UUID given to a type that is no client, a generic declaration.
Through the engine."""
from __future__ import annotations

import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

_HEX = "0123456789abcdef"

_MJ_PRIVATE = drawn(1865000, 32, _HEX)
_MJ_PUBLIC = drawn(1865010, 32, _HEX)
_PRIVATE_MIXED = drawn_mixed(1865020, 40)
_CREDENTIAL_HEX = drawn(1865030, 32, _HEX)
_CREDENTIAL_MIXED = drawn_mixed(1865040, 36, string.ascii_letters + string.digits + "-_")
_POSTMARK = uuid4(1865050)
_POSTMARK_2 = uuid4(1865060)
_SPARKPOST = drawn(1865070, 40, _HEX)
_GEOCODIO = drawn(1865080, 39, _HEX)


def _lines(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a key's visibility after it ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("filename", "template", "line"), [
    ("app.yaml", 'runtime: python312\nenv_variables:\n  MJ_APIKEY_PUBLIC: "{public}"\n  MJ_APIKEY_PRIVATE: "{value}"\n', 4),
    (".env", "MAILJET_API_KEY_PUBLIC={public}\nMAILJET_API_KEY_PRIVATE={value}\n", 2),
    ("settings.py", 'MAILER_APIKEY_PUBLIC = "{public}"\nMAILER_APIKEY_PRIVATE = "{value}"\n', 2),
    ("config/mail.json", '{{\n  "apiKeyPublic": "{public}",\n  "apiKeyPrivate": "{value}"\n}}\n', 3),
])
@pytest.mark.parametrize("value", [_MJ_PRIVATE, _PRIVATE_MIXED])
def test_a_keys_private_half_named_after_it_blocks(engine: Engine, filename: str, template: str, line: int,
                                                     value: str) -> None:
    found = _lines(engine, filename, template.format(public=_MJ_PUBLIC, value=value))
    assert (line, value) in found
    assert all(secret != _MJ_PUBLIC for _, secret in found)


@pytest.mark.parametrize("text", [
    f'env_variables:\n  MJ_APIKEY_PUBLIC: "{_MJ_PUBLIC}"\n',
    'env_variables:\n  MJ_APIKEY_PRIVATE: "${MJ_APIKEY_PRIVATE}"\n',
    'env_variables:\n  MJ_APIKEY_PRIVATE: "your-private-api-key"\n',
    f'env_variables:\n  MONKEY_PRIVATE: "{_MJ_PRIVATE[:12]}"\n',
])
def test_a_public_half_a_reference_or_a_placeholder_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "app.yaml", text) == []


# --- a credential named for what it opens ---------------------------------------------------------------------------

@pytest.mark.parametrize(("filename", "template"), [
    ("waivers/webhooks.py", '# sent back with each webhook\nWEBHOOK_CREDENTIAL = "{value}"\n'),
    ("src/hooks.ts", 'export const webhookCredential = "{value}";\n'),
    ("auth/msal_app.py", 'APP_CLIENT_CREDENTIAL = "{value}"\n'),
    ("config/api.rb", 'API_CREDENTIAL = "{value}"\n'),
])
@pytest.mark.parametrize("value", [_CREDENTIAL_HEX, _CREDENTIAL_MIXED])
def test_a_credential_named_for_what_it_opens_blocks(engine: Engine, filename: str, template: str, value: str) -> None:
    text = template.format(value=value)
    assert (text.count("\n"), value) in _lines(engine, filename, text)


@pytest.mark.parametrize("text", [
    'WEBHOOK_CREDENTIAL = os.environ["WEBHOOK_CREDENTIAL"]\n',
    'CREDENTIAL = "svc-reporting-prod-2024-readonly"\n',
    'AWS_CREDENTIAL = "prod-deployer"\n',
    'WEBHOOK_CREDENTIAL_NAME = "smartwaiver-webhook-credential-2024"\n',
    'WEBHOOK_CREDENTIAL = "webhook-credential-from-the-dashboard"\n',
])
def test_a_credentials_name_a_reference_or_an_entry_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "waivers/settings.py", text) == []


# --- C#'s target-typed new of a declared client -------------------------------------------------------------------

@pytest.mark.parametrize(("template", "value", "line"), [
    ("using PostmarkDotNet;\n\npublic class Mailer\n{{\n    private readonly PostmarkClient _client = new(\"{value}\");\n}}\n",
     _POSTMARK, 5),
    ("using PostmarkDotNet;\n\nstatic class Send\n{{\n    static PostmarkClient? client = new (\"{value}\");\n}}\n", _POSTMARK_2, 5),
    ("using PostmarkDotNet;\n\nPostmarkAdminClient admin = new(\"{value}\");\n", _POSTMARK, 3),
    ("using SparkPost;\n\nclass Mail\n{{\n    private static readonly SparkPost.Client spark = new(\"{value}\");\n}}\n"
     .replace("SparkPost.Client", "SparkPost"), _SPARKPOST, 5),
])
def test_a_client_given_its_key_by_a_target_typed_new_blocks(engine: Engine, template: str, value: str, line: int) -> None:
    assert (line, value) in _lines(engine, "src/Notifications/EmailSender.cs", template.format(value=value))


def test_a_target_typed_new_reads_as_the_explicit_call_for_the_constructors_readers(engine: Engine) -> None:
    explicit = f'var client = new GeocodioClient("{_GEOCODIO}");\n'
    typed = f'GeocodioClient client = new("{_GEOCODIO}");\n'
    assert _lines(engine, "Geo.cs", typed) == _lines(engine, "Geo.cs", explicit) != []


@pytest.mark.parametrize("text", [
    f'using PostmarkDotNet;\nprivate readonly Guid _templateId = new("{_POSTMARK}");\n',  # (a Guid, no client)
    'using PostmarkDotNet;\nprivate readonly PostmarkClient _client = new(config["Postmark:ServerToken"]);\n',
    'using PostmarkDotNet;\nPostmarkClient client = new("00000000-0000-0000-0000-000000000000");\n',
    f'Dictionary<string, string> ids = new() {{ ["postmark"] = "{_POSTMARK}" }};\n',
])
def test_a_target_typed_new_of_no_client_a_reference_or_a_placeholder_does_not_block(engine: Engine, text: str) -> None:
    found = _blocked(engine, "src/Mailer.cs", text)
    assert all(secret != _POSTMARK for _, _, secret in found) and not any(
        "00000000" in secret or "config[" in secret for _, _, secret in found)


# --- C#'s target-typed new of a credential's class (the review's left form, read since stop 49's end) ----------------

_NC_PASSWORDS = [drawn_mixed(1868000 + n, 16) for n in range(3)]


@pytest.mark.parametrize("password", _NC_PASSWORDS)
@pytest.mark.parametrize("template", [
    'NetworkCredential credential = new("svc-upload", "{pw}");\n',
    '    private readonly NetworkCredential _login = new("CORP\\\\svc", "{pw}", "CORP");\n',
    'System.Net.NetworkCredential c = new("svc", "{pw}");\n',
])
def test_a_target_typed_network_credential_blocks(password: str, template: str) -> None:
    text = template.replace("{pw}", password)
    assert password in [secret for _, _, secret in _blocked(Engine(), "src/Upload.cs", text)]


def test_a_target_typed_network_credential_from_configuration_stays_quiet() -> None:
    text = 'NetworkCredential c = new(config["User"], config["Password"]);\nNetworkCredential d = new("svc", "");\n'
    assert _blocked(Engine(), "src/Upload.cs", text) == []
