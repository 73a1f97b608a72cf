"""Forms and decoys read after blind rounds DI-DN (configuration values and their judgement): a run of x
inside a generated value (no stand-in, unlike `sk_live_xxxx`), a key of qualifiers glued before `key`
(LimeSurvey's `encryptionsecretboxkey`, libsodium's secretbox), Azure API Management's subscription key
(an SQL settings row's, a header's), a runbook's login as two code spans (`admin login: `user` / `…``);
and the decoys: R's `params$api_key`, Helm's `checksum/secret` annotation, a 1Password item named after
`1Password:`, a value that says how to generate the secret (`generate-with-openssl-rand-hex-32`), git's
`user.signingKey`. Through the engine. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine
from secretfence.kinds._helpers import is_placeholder

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

HEX = "0123456789abcdef"
# (a generated client secret holding four x between its letters: about one 64-character value in 15,000 does)
_WITH_X_RUN = drawn_mixed(17750, 24, "abcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPQRSTUVWYZ0123456789") + "hXxxxd" + drawn_mixed(
    17751, 34, "abcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPQRSTUVWYZ0123456789")
_SECRETBOX_KEY = drawn(17752, 64, HEX)
_PUBLIC_KEY = drawn(17753, 64, HEX)
_NONCE = drawn(17754, 48, HEX)
_SUBSCRIPTION_KEY = drawn(17755, 32, HEX)
_CHOSEN = drawn_mixed(17756, 12) + "#"
_CHECKSUM = drawn(17757, 64, HEX)
_CLIENT_ID = drawn(17758, 32, HEX)
_SESSION_SECRET = drawn_mixed(17759, 40)
_KEY_ID = drawn(17760, 16, "0123456789ABCDEF")
_API_KEY = drawn_mixed(17761, 40)


TRUE_FORMS = [
    # a generated client secret whose letters happen to hold `Xxxx`
    ("config/qualtrics.yaml", "qualtrics:\n  oauth:\n    grant_type: client_credentials\n"
     f"    client_id: {_CLIENT_ID}\n    client_secret: {_WITH_X_RUN}\n", 5, _WITH_X_RUN, "Secret Keyword"),
    ("settings.py", f'CLIENT_SECRET = "{_WITH_X_RUN}"\n', 1, _WITH_X_RUN, "Secret Keyword"),
    # LimeSurvey's security.php: the secretbox key, its name glued (as its `encryptionsecretkey` is)
    ("limesurvey/application/config/security.php", "<?php\n$config = array();\n"
     f"$config['encryptionpublickey'] = '{_PUBLIC_KEY}';\n$config['encryptionnonce'] = '{_NONCE}';\n"
     f"$config['encryptionsecretboxkey'] = '{_SECRETBOX_KEY}';\nreturn $config;\n", 5, _SECRETBOX_KEY, "Secret Keyword"),
    ("app/.env", f"SECRETBOX_KEY={_SECRETBOX_KEY}\n", 1, _SECRETBOX_KEY, "Secret Keyword"),
    ("conf/app.ini", f"[crypto]\nencryptionkey = {_SECRETBOX_KEY}\n", 2, _SECRETBOX_KEY, "Literal Credential"),
    # an SQL settings table's row, a provider's column first: Azure API Management's subscription key
    ("db/seed/integration_credentials.sql", "INSERT INTO integration_settings (provider, setting, value) VALUES\n"
     "  ('cnh', 'base_url', 'https://api.example-fieldops.com'),\n"
     f"  ('cnh', 'subscription_key', '{_SUBSCRIPTION_KEY}'),\n  ('cnh', 'poll_minutes', '30');\n",
     3, _SUBSCRIPTION_KEY, "Tabular Data Credential"),
    ("db/seed/settings.sql", "INSERT INTO settings (name, value) VALUES\n"
     f"  ('apim_subscription_key', '{_SUBSCRIPTION_KEY}');\n", 2, _SUBSCRIPTION_KEY, "Tabular Data Credential"),
    # a runbook's login, the user and the password as code spans after a label saying login
    ("docs/runbooks/avalanche-datalogger.md", "# Datalogger\n\n**Server:** `ln01`\n\n"
     f"LoggerNet admin login: `snowsafety` / `{_CHOSEN}`\n\nIf a logger drops off, check the repeater.\n",
     5, _CHOSEN, "Literal Credential"),
    ("ops/runbook.md", f"- **Console login** (staging): `deploy` / `{_CHOSEN}`.\n", 1, _CHOSEN, "Literal Credential"),
    ("runbooks/pbx.md", f"1. Web credentials: `admin` / `{_CHOSEN}`\n", 1, _CHOSEN, "Literal Credential"),
    ("notes/ops-runbook.md", f"Admin logon: `ops`/`{_CHOSEN}`\n", 1, _CHOSEN, "Literal Credential"),
    # (what each decoy rule reads beside: an R literal, an annotation that is no checksum, a generated value)
    ("reports/topline.Rmd", f'```{{r}}\nqualtrics_api_credentials(api_key = "{_API_KEY}", base_url = "fra1.qualtrics.com")\n```\n',
     2, _API_KEY, "Secret Keyword"),
    ("k8s/deploy.yaml", f"metadata:\n  annotations:\n    secret: {_CHECKSUM}\n", 3, _CHECKSUM, "Secret Keyword"),
    (".env.example", f"SESSION_SECRET={_SESSION_SECRET}\n", 1, _SESSION_SECRET, "Literal Credential"),
]

DECOYS = [
    # (stand-ins made of x: a part of its own, most of the value, a masked tail)
    ("config/app.yaml", "client_secret: xxxx-xxxx-xxxx-xxxx\napi_key: sk_live_xxxx\ntoken: abcd1234xxxx\n"
     "secret: XXXXXXXXXXXXXXXXXXXXXXXX\npassword: xxxxPassword\n"),
    # (LimeSurvey's public key and nonce; git's signing key, a GPG key's id or an SSH public key)
    ("limesurvey/application/config/security.php", "<?php\n$config = array();\n"
     f"$config['encryptionpublickey'] = '{_PUBLIC_KEY}';\n$config['encryptionnonce'] = '{_NONCE}';\nreturn $config;\n"),
    ("dotfiles/.gitconfig", f"[user]\n  name = Dana\n  signingkey = {_KEY_ID}\n[commit]\n  gpgsign = true\n"),
    ("dotfiles/git/config", "[user]\n  signingkey = ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKjV8Hr2xYpQf3Z9mN1bW7cT4sL6dE0gR5uA8oK2iJhM\n"),
    # (a settings row's key from a variable, empty, a subscription's id)
    ("db/seed/settings.sql", "INSERT INTO integration_settings (provider, setting, value) VALUES\n"
     "  ('cnh', 'subscription_key', '${CNH_SUBSCRIPTION_KEY}'),\n  ('cnh', 'subscription_key', NULL),\n"
     f"  ('cnh', 'subscription_id', '{_CLIENT_ID}');\n"),
    # (a login's password as a placeholder, a variable, a pointer to a store; two spans under no login's label;
    # documentation's example)
    ("docs/runbooks/pbx.md", "Admin login: `admin` / `<password>`\nPortal login: `ops` / `${OPS_PASSWORD}`\n"
     "Admin login: `admin` / `changeme`\nPaths: `/var/lib/app` / `/srv/app`\n"),
    # (documentation's login with a tutorial's password: a warning; one chosen with care blocks since rounds DO-DT,
    # tests/detectors/configs_round_dodt_test.py)
    ("docs/guide.md", "LoggerNet admin login: `snowsafety` / `Harbor12345`\n"),
    # R Markdown: the key read from the document's params (R's `$` accessor), set from the environment
    ("reports/client_topline.Rmd", '---\ntitle: "Topline"\nparams:\n  api_key: !r Sys.getenv("QUALTRICS_API_KEY")\n---\n\n'
     "```{r setup}\nlibrary(qualtRics)\n"
     'qualtrics_api_credentials(api_key = params$api_key, base_url = "fra1.qualtrics.com")\n'
     "db <- dbConnect(RPostgres::Postgres(), password = cfg$db$password)\n```\n"),
    # Helm's rollout annotations: the sha256 of the rendered ConfigMap and Secret
    ("k8s/router/deployment.yaml", "spec:\n  template:\n    metadata:\n      annotations:\n"
     f"        checksum/config: {drawn(17762, 64, HEX)}\n        checksum/secret: {_CHECKSUM}\n"),
    # a pointer to a password manager's item
    ("docs/runbooks/phone-system.md", "# Phone system\n\n- PBX: FreePBX 16 at `pbx.example.local` "
     "(admin login in 1Password: *FreePBX admin*)\n- SIP trunk: 1Password: Ops/SIP-trunk\n"),
    # a value that says how to make the secret
    (".env.example", "# Copy to .env.local and fill in.\nSESSION_SECRET=generate-with-openssl-rand-hex-32\n"
     "JWT_SECRET=run_openssl_rand_base64_32\nAPP_KEY=use-a-long-random-string\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize("value", ["sk_live_xxxx", "xxxx-xxxx-xxxx", "abcd1234xxxx", "xxxxab12cd34", "AKIAXXXXXXXXXXXXXXXX",
                                   "ab12xxxx34cd", "patXXXXXXXXXXXXXX.abc123def456"])
def test_a_run_of_x_standing_for_left_out_characters_is_a_placeholder(value: str) -> None:
    assert is_placeholder(value)


def test_four_x_inside_a_generated_value_is_no_placeholder() -> None:
    assert not is_placeholder(_WITH_X_RUN)
    assert not is_placeholder(drawn_mixed(17763, 20) + "QxXxXm" + drawn_mixed(17764, 20))
