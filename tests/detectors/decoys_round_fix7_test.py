"""Blind rounds BA-BE, through the engine: what a careful reviewer knows for no secret (an OpenPGP key's
fingerprint given to `--encrypt-key`, a SCRAM-SHA-512 verifier, a key its comment declares public,
DocSearch's search-only key, a `@name` reference, a scaffold's env default equal to its user, SealedSecret
ciphertext under a salt's name, documented test keys and counting stand-ins, a Firebase web config's
`apiKey`, Windows Setup's redaction marker) and, beside each, the secret of the same place that still
blocks. Generated fakes only."""
from __future__ import annotations

import base64
import random
from typing import List, Tuple

import pytest
from secretfence.engine import Engine
from secretfence.kinds._helpers import declared_public, is_placeholder

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_HEX_UPPER = "0123456789ABCDEF"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


def _b64(seed: int, size: int) -> str:
    return base64.b64encode(drawn(seed, size).encode()).decode()


def test_a_fingerprint_given_to_encrypt_key_is_no_secret(engine: Engine) -> None:
    fingerprint = drawn(7100, 40, _HEX_UPPER)
    chosen = drawn_mixed(7101, 18)
    text = (f'#!/bin/bash\nduplicity --encrypt-key "{fingerprint}" --sign-key 0x{drawn(7102, 16, _HEX_UPPER)} /srv '
            f'"boto3+s3://b/srv"\ngpg --batch --recipient {drawn(7103, 40, _HEX_UPPER)} -e dump.sql\n')
    assert _blocked(engine, "bin/backup", text) == []
    assert _blocked(engine, "bin/backup", text + f'export PASSPHRASE="{chosen}"\n') == [(4, chosen)]


def test_a_scram_sha512_verifier_is_no_password(engine: Engine) -> None:
    stored = base64.b64encode(random.Random(7110).randbytes(64)).decode()  # (digests: bytes, no text)
    server = base64.b64encode(random.Random(7111).randbytes(64)).decode()
    record = (f'{{"version":1,"config":{{"SCRAM-SHA-512":"salt={_b64(7112, 24)},stored_key={stored},'
              f'server_key={server},iterations=4096"}}}}')
    assert _blocked(engine, "docs/runbooks/kafka-users.md", f"# Users\n\n```\n{record}\n```\n") == []
    assert _blocked(engine, "kafka/users.json", record + "\n") == []


@pytest.mark.parametrize("comment", [
    "// Public API key: it is safe to commit it (search-only ACL)",
    "// The search-only key is meant to be public.",
    "// public access token: published content only",
])
def test_a_key_its_comment_declares_public_is_no_secret(engine: Engine, comment: str) -> None:
    key = drawn(7120, 32, "0123456789abcdef")
    text = f"const config = {{\n  search: {{\n    {comment}\n    apiKey: '{key}',\n    indexName: 'docs',\n  }},\n}}\n"
    assert _blocked(engine, "site/config.js", text) == []
    text = f"app.use(Cms, {{\n  {comment}\n  accessToken: \"{drawn_mixed(7121, 24)}\",\n}})\n"
    assert _blocked(engine, "src/main.js", text) == []


def test_a_comment_denying_or_a_private_name_keeps_the_key(engine: Engine) -> None:
    key = drawn(7130, 32, "0123456789abcdef")
    text = f"const config = {{\n  // not public: the admin key, keep it out of git\n  apiKey: '{key}',\n}}\n"
    assert _blocked(engine, "site/config.js", text) == [(3, key)]
    text = f"const config = {{\n  // public\n  adminApiKey: '{key}',\n}}\n"
    assert _blocked(engine, "site/config.js", text) == [(3, key)]
    assert not declared_public(["# public key below", "secret_key = x"], 1, "secret_key")


def test_a_comment_about_a_public_api_is_not_about_its_key(engine: Engine) -> None:
    key = drawn(7135, 32, "0123456789abcdef")
    for comment in ("// client for the public API", "// public endpoint, rate limited", "// client-side rendering"):
        text = f"const config = {{\n  {comment}\n  apiKey: '{key}',\n}}\n"
        assert _blocked(engine, "site/config.js", text) == [(3, key)], comment
    assert declared_public(["// the key is meant to be public", "apiKey: 'x'"], 1, "apiKey")
    assert declared_public(["// public API key (read only)", "apiKey: 'x'"], 1, "apiKey")


def test_docsearch_api_key_is_search_only_and_an_indexer_s_key_is_not(engine: Engine) -> None:
    key = drawn(7140, 32, "0123456789abcdef")
    docusaurus = (f"module.exports = {{\n  themeConfig: {{\n    algolia: {{\n      appId: '{drawn(7141, 10, _HEX_UPPER)}',\n"
                  f"      apiKey: '{key}',\n      indexName: 'docs',\n    }},\n  }},\n}}\n")
    assert _blocked(engine, "docusaurus.config.js", docusaurus) == []
    # (an indexing script's client: no `indexName` beside the key, no browser widget)
    indexer = f"const client = algoliasearch({{\n  algolia: {{\n    apiKey: '{key}',\n  }},\n}})\n"
    assert _blocked(engine, "scripts/index-docs.js", indexer) == [(3, key)]


def test_an_at_reference_is_no_value(engine: Engine) -> None:
    assert is_placeholder("@contentful-access-token") and is_placeholder("@sftp_ed25519")
    assert not is_placeholder("@" + drawn_mixed(7150, 16)) and not is_placeholder("@summer_2024")
    vercel = '{\n  "env": {\n    "CMS_ACCESS_TOKEN": "@cms-access-token"\n  }\n}\n'
    assert _blocked(engine, "vercel.json", vercel) == []
    token = drawn_mixed(7151, 32)
    assert _blocked(engine, "vercel.json", vercel.replace("@cms-access-token", token)) == [(3, token)]
    doc = "3. `vault kv put kv/treasury/sftp private_key=@sftp_ed25519`, then shred the local file.\n"
    assert _blocked(engine, "docs/runbooks/rotation.md", doc) == []


def test_a_scaffold_s_env_default_equal_to_its_user_is_a_stand_in(engine: Engine) -> None:
    template = ("export default ({{ env }}) => ({{\n  connection: {{\n    database: env('DATABASE_NAME', 'acmecms'),\n"
                "    user: env('DATABASE_USERNAME', 'acmecms'),\n    password: env('DATABASE_PASSWORD', '{password}'),\n  }},\n}});\n")
    assert _blocked(engine, "config/database.ts", template.format(password="acmecms")) == []
    chosen = drawn_mixed(7160, 16)
    assert (5, chosen) in _blocked(engine, "config/database.ts", template.format(password=chosen))


def test_sealed_ciphertext_under_a_salt_name_is_no_salt(engine: Engine) -> None:
    sealed = "AgB" + base64.b64encode(random.Random(7170).randbytes(300)).decode()[:340]
    text = (f"apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: cms\nspec:\n  encryptedData:\n"
            f"    API_TOKEN_SALT: {sealed}\n    JWT_SECRET: {sealed[::-1]}\n")
    assert _blocked(engine, "deploy/cms.sealed.yaml", text) == []


def test_documented_test_keys_and_counting_stand_ins(engine: Engine) -> None:
    assert is_placeholder("1x" + "0" * 31 + "AA") and is_placeholder("2x" + "0" * 20 + "AB")
    assert is_placeholder("re_123456789") and is_placeholder("sk_test_12345678")
    assert not is_placeholder("re_" + drawn_mixed(7180, 24)) and not is_placeholder("sk_test_1234")
    text = f'TURNSTILE_SECRET_KEY="1x{"0" * 31}AA"\nRESEND_API_KEY="re_123456789"\n'
    assert _blocked(engine, ".dev.vars.example", text) == []


def test_a_redaction_marker_is_no_password(engine: Engine) -> None:
    for marker in ("*SENSITIVE*DATA*DELETED*", "***REMOVED***", "[value omitted]", "HIDDEN_FOR_SECURITY"):
        assert is_placeholder(marker), marker
    assert not is_placeholder("Hidden*Valley42") and not is_placeholder("Deleted-Harbor")
    chosen = drawn_mixed(7190, 14)
    text = ("<Credentials>\n  <Domain>corp.example</Domain>\n  <Password>*SENSITIVE*DATA*DELETED*</Password>\n"
            "  <Username>svc-join</Username>\n</Credentials>\n<AdministratorPassword>\n  <Value>{value}</Value>\n"
            "  <PlainText>true</PlainText>\n</AdministratorPassword>\n")
    assert _blocked(engine, "Panther/unattend.xml", text.format(value="*SENSITIVE*DATA*DELETED*")) == []
    assert (7, chosen) in _blocked(engine, "Panther/unattend.xml", text.format(value=chosen))


def test_a_firebase_web_config_by_its_app_id_is_public(engine: Engine) -> None:
    key = "AIza" + drawn(7200, 35, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-")
    page = (f'<script>\n  window.APP_CONFIG = {{\n    apiKey: "{key}",\n    projectId: "guestbook",\n'
            f'    appId: "1:{drawn(7201, 12, "0123456789")}:web:{drawn(7202, 22, "0123456789abcdef")}"\n  }};\n</script>\n')
    assert _blocked(engine, "public/index.html", page) == []
    assert _blocked(engine, "public/index.html", f'<script>\n  const MAPS_KEY = "{key}";\n</script>\n') == [(2, key)]
