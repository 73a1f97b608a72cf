"""Adversarial review of round 7's readers (branch adv7): what a careless developer writes that slipped
through, what ordinary code they wrongly blocked, and a prefilter shape that made every `…_key:` line of
a file a candidate. Through the engine; every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine
from secretfence.kinds._helpers import declared_public
from secretfence.kinds._vendor_keys import FOLDED_PATTERNS, _FOLDED_TRCLI_KEY
from secretfence.prefilter.spec import fold_bytes

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
PASSWORD = "Xk9mQ2vLp7RtW"


# Samba's tools take the user and password as `-U user%password`, `--user=user%password` (the long
# option, as its man pages write it) and `-Uuser%password` (the value glued, as popt reads it).
@pytest.mark.parametrize("command", [
    f"smbclient //fs01/share --user=alice%{PASSWORD} -c ls",
    f"smbclient //fs01/share --user alice%{PASSWORD}",
    f"smbclient //fs01/share -Ualice%{PASSWORD}",
    f"net ads join --user=Administrator%{PASSWORD}",
    f"rpcclient -U'CORP\\alice%{PASSWORD}' 10.0.0.5",
])
def test_samba_s_long_and_glued_user_option_blocks(engine: Engine, command: str) -> None:
    assert (1, LITERAL, PASSWORD) in _blocked(engine, "scripts/backup.sh", command + "\n")


def test_samba_s_user_without_a_password_or_with_a_variable_does_not_block(engine: Engine) -> None:
    text = ("smbclient -L //nas -Uguest\nsmbclient //nas/pub --user=guest\nsmbclient //nas/pub -U%\n"
            "smbclient //nas/pub -Ualice%$SMB_PASS\nsmbclient //nas/pub --user=\"alice%${SMB_PASS}\"\n")
    assert _blocked(engine, "scripts/mount.sh", text) == []


# A login call's second literal that is a cloud region is a client's or a pool's region, no password.
@pytest.mark.parametrize("call", [
    'pool.getConnection("primary", "us-east-1");',
    'const creds = new Credentials("default", "eu-west-1");',
    'const c = awsCredentials("prod", "us-west-2");',
    'conn = db.connect("reports", "europe-west4")',
    'client = Credentials("my-project", "us-central1")',
])
def test_a_region_given_to_a_login_call_is_no_password(engine: Engine, call: str) -> None:
    assert _blocked(engine, "src/app.js", call + "\n") == []


def test_a_login_call_s_password_still_blocks_beside_the_region_rule(engine: Engine) -> None:
    assert (1, LITERAL, "Heron#Lattice5821") in _blocked(
        engine, "src/Job.java", 'Connection c = DriverManager.getConnection(URL, "ledger_rw", "Heron#Lattice5821");\n')


# A comment that sets another key apart, or doubts it, declares nothing of the value below it.
@pytest.mark.parametrize(("filename", "text"), [
    ("app/settings.py", "# Public key for the widget is in settings.js; this one is the real one\n"
                        "API_TOKEN = \"Kestrel-Harbor-2291\"\n"),
    ("app/settings.py", "TOKEN = \"Kestrel-Harbor-2291\"  # public token? ask ops before commit\n"),
    ("app/settings.py", "# publishable key goes to the browser, but this token does not\nAPI_TOKEN = \"Kestrel-Harbor-2291\"\n"),
])
def test_a_comment_setting_another_key_apart_keeps_the_value(engine: Engine, filename: str, text: str) -> None:
    assert any(secret == "Kestrel-Harbor-2291" for _, _, secret in _blocked(engine, filename, text))


def test_declared_public_still_takes_the_author_s_word() -> None:
    assert declared_public(["// Public API key: it is safe to commit it (search-only ACL)", "apiKey: 'x'"], 1, "apiKey")
    assert not declared_public(["# public key is elsewhere; this is the real one", "api_key = x"], 1, "api_key")
    assert not declared_public(["api_key = x  # public key?"], 0, "api_key")


# The prefilter's bare `key:` shape (trcli's YAML, a test runner's `key:`) is for a key named so, not for
# every `sort_key:`, `cache_key:` or `primary_key:` of a YAML file: each such line a candidate made the
# whole service-token kind read it (a 1 MB schema file of them ran seconds longer).
def _trcli_pattern():  # type: ignore[no-untyped-def]
    return next(headed for headed in FOLDED_PATTERNS if headed.regex.pattern == _FOLDED_TRCLI_KEY)


@pytest.mark.parametrize("line", [
    b"  sort_key: created_at_timestamp_12\n", b"cache_key: user_profile_cache_v2\n", b"primary_key: account_id_reference\n",
    b"  partition_key: tenant_region_bucket\n",
])
def test_the_bare_key_prefilter_skips_other_names_ending_in_key(line: bytes) -> None:
    assert _trcli_pattern().search(fold_bytes(line)) is None


@pytest.mark.parametrize("line", [
    b"key: Vq7Rk2LmX9pWz4TbN8cJ-sDh3Fg6Y\n", b"  key: 'Vq7Rk2LmX9pWz4TbN8cJ',\n", b"  accessKey: 'Vq7Rk2LmX9pWz4TbN8cJ',\n",
    b"  access_key: Vq7Rk2LmX9pWz4TbN8cJ\n",
])
def test_the_bare_key_prefilter_keeps_key_and_access_key(line: bytes) -> None:
    pattern = _trcli_pattern()
    found = pattern.search(fold_bytes(line))
    assert found is not None
    assert found.group(0).startswith(tuple(head.encode() for head in pattern.heads))  # (a match starts with a head)


def test_a_trcli_key_and_a_wdio_access_key_still_block(engine: Engine) -> None:
    trcli = "host: https://acme.testrail.io\nusername: qa@acme.example\nkey: Vq7Rk2LmX9pWz4TbN8cJ-sDh3Fg6Y\n"
    wdio = "exports.config = {\n  hostname: 'hub.browserstack.com',\n  user: 'qa_team',\n  accessKey: 'Vq7Rk2LmX9pWz4TbN8cJ',\n}\n"
    assert any(secret == "Vq7Rk2LmX9pWz4TbN8cJ-sDh3Fg6Y" for _, _, secret in _blocked(engine, ".trcli.yml", trcli))
    assert any(secret == "Vq7Rk2LmX9pWz4TbN8cJ" for _, _, secret in _blocked(engine, "wdio.conf.js", wdio))
