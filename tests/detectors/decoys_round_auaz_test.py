"""Blind rounds AU-AZ, through the engine: what a careful reviewer knows for no secret (GeoServer's encoded
passwords, password verifiers: Galaxy's PBKDF2, PgBouncer's SCRAM, a SCRAM StoredKey/ServerKey pair; a `<…>`
stand-in cut at its first blank; an OpenPGP fingerprint under `GPG_KEY`; a signed webhook's nonce; the head
of a longer base64 value IBM's rule takes for a key; Roundcube's published default `des_key`) and what is
one (a tool's `password is: …` notice, a MongoDB keyfile, an encrypted private key block, a Kubernetes
Secret's `<name>.password`, a team's shared password its own document states). Beside each decoy, the
secret of the same place that still blocks. Generated fakes only."""
from __future__ import annotations

import base64
import string
from typing import List, Tuple

import pytest
from secretfence.compat.detect_secrets.credential_keys import declared_digest, is_literal_credential
from secretfence.engine import Engine
from secretfence.kinds._helpers import is_placeholder, signed_webhook_nonce, stated_team_password

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_B64 = string.ascii_letters + string.digits + "+/"
_HEX = "0123456789abcdef"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


def _b64(seed: int, size: int) -> str:
    return base64.b64encode(drawn(seed, size).encode()).decode()


@pytest.mark.parametrize("scheme", ["crypt1", "crypt2", "digest1"])
def test_geoserver_encoded_passwords_are_no_password(engine: Engine, scheme: str) -> None:
    encoded = f"{scheme}:{_b64(9100, 33)}"
    store = f'<dataStore>\n  <connectionParameters>\n    <entry key="passwd">{encoded}</entry>\n  </connectionParameters>\n</dataStore>\n'
    assert _blocked(engine, "data_dir/workspaces/w/s/datastore.xml", store) == []
    users = f'<users>\n  <user enabled="true" name="admin" password="{encoded}"/>\n</users>\n'
    assert _blocked(engine, "data_dir/security/usergroup/default/users.xml", users) == []
    wmts = f"<wmtsStore>\n  <user>gis</user>\n  <password>{encoded}</password>\n</wmtsStore>\n"
    assert _blocked(engine, "data_dir/workspaces/w/s/wmtsstore.xml", wmts) == []
    plain = drawn_mixed(9101, 16)
    assert any(plain in secret for _, secret in _blocked(engine, "datastore.xml", store.replace(encoded, f"plain:{plain}")))


def test_password_verifiers_are_no_password(engine: Engine) -> None:
    pbkdf2 = f"PBKDF2$sha256$100000${drawn(9200, 16)}${_b64(9201, 24)}"
    assert not is_literal_credential(pbkdf2, True, False, key="password")
    assert _blocked(engine, "users.yml", f'users:\n  - username: ana\n    password: "{pbkdf2}"\n') == []
    scram = f"SCRAM-SHA-256$4096:{_b64(9202, 16)}${_b64(9203, 32)}:{_b64(9204, 32)}"
    chosen = drawn_mixed(9205, 14)
    userlist = f'"app" "{scram}"\n"admin" "{chosen}"\n'
    assert _blocked(engine, "deploy/pgbouncer/userlist.txt", userlist) == [(2, chosen)]


def test_a_scram_pair_is_a_verifier_and_a_lone_server_key_is_not() -> None:
    stored, server = drawn(9300, 40, _HEX), drawn(9301, 40, _HEX)
    lines = ["return {", f'\t["stored_key"] = "{stored}";', f'\t["server_key"] = "{server}";', "};"]
    assert declared_digest(lines, 1, stored, "stored_key") and declared_digest(lines, 2, server, "server_key")
    assert not declared_digest(["[payment]", f"server_key = {server}"], 1, server, "server_key")


def test_prosody_account_store_does_not_block(engine: Engine) -> None:
    text = (f'return {{\n\t["iteration_count"] = 10000;\n\t["stored_key"] = "{drawn(9310, 40, _HEX)}";\n'
            f'\t["server_key"] = "{drawn(9311, 40, _HEX)}";\n\t["salt"] = "{drawn(9312, 36, _HEX)}";\n}};\n')
    assert _blocked(engine, "var/lib/prosody/host/accounts/ana.dat", text) == []


def test_an_angle_stand_in_cut_at_a_blank_is_a_placeholder(engine: Engine) -> None:
    assert is_placeholder("<32-character") and is_placeholder("<your")
    assert not is_placeholder("<" + drawn_mixed(9400, 12) + "#!")
    token = drawn_mixed(9401, 32)
    text = f"REDCAP_API_TOKEN=<32-character project token>\nNS_TOKEN_SECRET=<64-character token secret>\nAPI_TOKEN={token}\n"
    assert _blocked(engine, ".env.example", text) == [(3, token)]


def test_a_pgp_fingerprint_is_no_key(engine: Engine) -> None:
    fingerprint = drawn(9500, 40, "0123456789ABCDEF")
    assert _blocked(engine, "inspect.json", f'  "Env": [\n    "GPG_KEY={fingerprint}",\n    "X=1"\n  ]\n') == []
    assert _blocked(engine, ".env", f"GPG_PASSPHRASE={fingerprint}\n") == [(1, fingerprint)]


def test_a_signed_webhooks_nonce_is_no_token(engine: Engine) -> None:
    nonce, signature = drawn(9600, 50, _HEX), drawn(9601, 64, _HEX)
    text = (f'{{\n  "signature": {{\n    "timestamp": "1717411200",\n    "token": "{nonce}",\n'
            f'    "signature": "{signature}"\n  }}\n}}\n')
    assert signed_webhook_nonce(text.split("\n"), 3)
    assert _blocked(engine, "tests/fixtures/mailgun/event.json", text) == []
    assert _blocked(engine, "config.json", f'{{\n  "token": "{nonce}"\n}}\n') == [(2, nonce)]


def test_the_head_of_a_longer_base64_value_is_no_ibm_key(engine: Engine) -> None:
    value = drawn(9700, 44) + "==" + drawn(9701, 16)
    found = engine.scan_text("event.json", f'{{\n  "storage": {{\n    "key": "{value}"\n  }}\n}}\n')
    assert not [f for f in blocking(found) if f.type == "IBM Cloud IAM Key"]


def test_roundcubes_published_default_is_no_secret(engine: Engine) -> None:
    assert _blocked(engine, "config/config.inc.php", "$config['des_key'] = 'rcmail-!24ByteDESkey*Str';\n") == []
    own = drawn_mixed(9800, 20) + "*-"
    assert _blocked(engine, "config/config.inc.php", f"$config['des_key'] = '{own}';\n") == [(1, own)]


def test_a_tools_notice_of_its_password(engine: Engine) -> None:
    password = drawn_mixed(9900, 8)
    notice = f"This file was created at 2025/01/07\n\nThe generated master password is: {password}\n\nRemove this file.\n"
    assert _blocked(engine, "data_dir/security/masterpw.info", notice) == [(3, password)]
    assert _blocked(engine, "deploy/NOTES", "The password is: stored-in-vault\nThe password is in the vault.\n") == []


def test_a_mongodb_keyfile(engine: Engine) -> None:
    lines = [drawn(9950 + n, 64, _B64) for n in range(3)]
    found = _blocked(engine, "deploy/mongodb/files/mongodb-keyfile", "\n".join(lines) + "\n")
    assert found == [(1, lines[0])]
    assert _blocked(engine, "mongo/keyfile", "changeme\n") == []
    assert _blocked(engine, "etc/mongod.conf", "security:\n  keyFile: /etc/mongodb/keyfile\n") == []


@pytest.mark.parametrize("header", ["ENCRYPTED PRIVATE KEY", "ENCRYPTED SIGSTORE PRIVATE KEY", "ENCRYPTED COSIGN PRIVATE KEY"])
def test_an_encrypted_private_key_block_is_reported(engine: Engine, header: str) -> None:
    body = "\n".join(drawn(9960 + n, 64, _B64) for n in range(5))
    found = _blocked(engine, "cosign.key", f"-----BEGIN {header}-----\n{body}\n-----END {header}-----\n")
    assert [line for line, _ in found] == [1]
    assert _blocked(engine, "README.md", f"-----BEGIN {header}-----\n...\n-----END {header}-----\n") == []


def test_a_secrets_password_file_is_read_as_its_value(engine: Engine) -> None:
    password = f"harbor-plume-{drawn(9970, 8).lower()}-tundra7"
    encoded = base64.b64encode(password.encode()).decode()
    text = f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: signing\ntype: Opaque\ndata:\n  cosign.password: {encoded}\n"
    assert (7, password) in _blocked(engine, "cosign-secret.yaml", text)


def test_a_team_password_its_document_states(engine: Engine) -> None:
    password = f"tundra-wicket-{drawn(9980, 6).lower()}-glacier4"
    text = f"3. Start QGIS.\n   The shared master password for the team profile is:\n\n       {password}\n\n   (yes, we know)\n"
    assert list(stated_team_password(text.split("\n"), 1)) == [(2, password)]
    assert _blocked(engine, "docs/onboarding/qgis-setup.md", text) == [(4, password)]
    example = f"For example, the password is:\n\n    {password}\n\n- password: `{drawn_mixed(9981, 10)}#`\n"
    assert _blocked(engine, "docs/onboarding/setup.md", example) == []
