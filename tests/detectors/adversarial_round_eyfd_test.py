"""Adversarial review of blind rounds EY-FD (issue 14). Variations of the round's new forms a real file takes:

- a CloudFormation parameter's bare `Default:` holding a `#` after no blank (YAML reads it as the value's, only
  ` #` opens a comment), blocks as the quoted `Default: "…#…"` does, under a credential's name and under `NoEcho`
  alike (before, neither bare form did); a template saved with CRLF line ends blocks as its LF copy does (before,
  the parameter's name and `NoEcho: true` were matched with their CR and missed);
- an INI section's bare key written `Key =` (INI readers fold a name's case), with a comment after its value
  (`key = … ; prod`), or in a CRLF file, blocks as `key = …` does (before, none did);
- a (name, literal) pair built by a pair's factory (.NET's `KeyValuePair.Create(…)`, Commons Lang's `Pair.of(…)`,
  `ImmutablePair.of(…)`, Android's `Pair.create(…)`) or given C#'s verbatim `@"…"` blocks as `new KeyValuePair<…>(…)`
  does (before, none did);
- a constant given by name to a key-taking call, its literal assigned as its bytes (`"…".encode()`, `bytes("…",
  "utf-8")`, `"…".toByteArray()`, `Buffer.from("…")`, Go's `[]byte("…")`), blocks at its assignment as the bare
  literal's assignment does (before, none did);
- Z-Wave's and OSDP's 32-hex keys of one group repeated (`A1B2C3D4` four times) are stand-ins, not blocked.

Decoys of the same forms stay clean. Through the engine. Every value here is generated (seeds 1,780,000-1,780,099)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


_PASSWORD = drawn_mixed(1780000, 7) + "#" + drawn_mixed(1780001, 8)
_KEY = drawn_mixed(1780002, 28)
_INI_KEY = drawn_mixed(1780003, 30)
_PAIR_SECRET = drawn_mixed(1780004, 12) + "#" + drawn_mixed(1780005, 5)
_CLIENT_SECRET = drawn_mixed(1780006, 32)
_SIGNER = drawn_mixed(1780007, 32)
_GROUP = drawn(1780008, 8, "0123456789ABCDEF")
_HALF = drawn(1780010, 16, "0123456789ABCDEF")


# --- a CloudFormation parameter's Default ------------------------------------------------------------------------

@pytest.mark.parametrize(("filename", "text", "line"), [
    ("cfn/db.yaml", f"Parameters:\n  DBPassword:\n    Type: String\n    Default: {_PASSWORD}\n", 4),
    ("cfn/db.yaml", f"Parameters:\n  DBPassword:\n    Type: String\n    Default: {_PASSWORD}  # rotate\n", 4),
    ("cfn/db.yaml", f"Parameters:\n  Master:\n    Type: String\n    NoEcho: true\n    Default: {_PASSWORD}\n", 5),
    ("cfn/db.yaml", f"Parameters:\r\n  DBPassword:\r\n    Type: String\r\n    Default: {_KEY}\r\n", 4),
    ("cfn/db.yaml", f"Parameters:\r\n  Master:\r\n    Type: String\r\n    NoEcho: true\r\n    Default: {_KEY}\r\n", 5),
    ("cfn/db.template", '{\r\n  "Parameters": {\r\n    "ApiToken": {\r\n      "Type": "String",\r\n'
     f'      "Default": "{_KEY}"\r\n    }}\r\n  }}\r\n}}\r\n', 5),
])
def test_a_parameters_default_in_a_users_spelling_blocks(engine: Engine, filename: str, text: str, line: int) -> None:
    value = _PASSWORD if _PASSWORD in text else _KEY
    assert (line, value) in _secrets(engine, filename, text)


@pytest.mark.parametrize("text", [
    "Parameters:\n  DBPassword:\n    Type: String\n    Default: change#me\n",
    "Parameters:\n  ApiKeyParam:\n    Type: AWS::SSM::Parameter::Value<String>\n    Default: /app/prod/api#key\n",
    "Parameters:\r\n  KeyPairName:\r\n    Type: AWS::EC2::KeyPair::KeyName\r\n    Default: ops-keypair-2024\r\n",
    "Parameters:\n  DBPassword:\n    Type: String\n    Default: '' # set at deploy\n",
])
def test_parameter_decoys_of_those_spellings_stay_clean(engine: Engine, text: str) -> None:
    assert _blocked(engine, "cfn/db.yaml", text) == []


# --- an INI section's bare key -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"[api]\nKey = {_INI_KEY}\n",
    f"[API]\nKey={_INI_KEY}\n",
    f"[api]\nkey = {_INI_KEY} ; production\n",
    f"[account]\nkey: {_INI_KEY}  # issued 2024\n",
    f"[api]\r\nkey = {_INI_KEY}\r\ntimeout = 30\r\n",
])
def test_a_sections_bare_key_in_a_users_spelling_blocks(engine: Engine, text: str) -> None:
    assert (2, _INI_KEY) in _secrets(engine, "client/settings.ini", text)


@pytest.mark.parametrize("text", [
    f"[cache]\nKey = {_INI_KEY}\n",
    f"[sort]\nKey = LastModifiedDate ; newest first\n",
    "[api]\nKey = ${API_KEY} ; from the environment\n",
    f"[api]\nkey = {_INI_KEY[:12]}\nKey = {_INI_KEY}\n",
])
def test_section_key_decoys_stay_clean(engine: Engine, text: str) -> None:
    assert _blocked(engine, "client/settings.ini", text) == []


# --- a pair's factory --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("filename", "text", "value"), [
    ("Api/Client.cs", f'var field = KeyValuePair.Create("password", "{_PAIR_SECRET}");\n', _PAIR_SECRET),
    ("Api/Client.cs", f'var field = new KeyValuePair<string, string>("password", @"{_PAIR_SECRET}");\n', _PAIR_SECRET),
    ("src/Auth.java", f'var field = Pair.of("password", "{_PAIR_SECRET}");\n', _PAIR_SECRET),
    ("src/Auth.java", f'form.add(ImmutablePair.of("client_secret", "{_CLIENT_SECRET}"));\n', _CLIENT_SECRET),
    ("app/Auth.kt", f'val field = Pair.create("client_secret", "{_CLIENT_SECRET}")\n', _CLIENT_SECRET),
])
def test_a_pairs_factory_given_a_credential_blocks(engine: Engine, filename: str, text: str, value: str) -> None:
    assert (1, value) in _secrets(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), [
    ("Api/Client.cs", 'var field = KeyValuePair.Create("grant_type", "password");\n'),
    ("Api/Client.cs", 'var field = KeyValuePair.Create("password", password);\n'),
    ("src/Auth.java", 'var field = Pair.of("username", "operator");\n'),
    ("src/Auth.java", 'var field = Pair.of("token_type", "Bearer");\n'),
])
def test_pair_factory_decoys_stay_clean(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a constant's bytes given by name to a key-taking call -------------------------------------------------------

@pytest.mark.parametrize(("filename", "text"), [
    ("app/sign.py", f'SIGNER = "{_SIGNER}".encode()\n\n\ndef sign(body):\n    return hmac.new(SIGNER, body, hashlib.sha256)\n'),
    ("app/sign.py", f'SIGNER = "{_SIGNER}".encode("utf-8")\nsig = hmac.new(SIGNER, body, hashlib.sha256).hexdigest()\n'),
    ("app/sign.py", f'SIGNER = bytes("{_SIGNER}", "utf-8")\nsig = hmac.new(SIGNER, body, hashlib.sha256).hexdigest()\n'),
    ("app/Sign.kt", f'private val SIGNER = "{_SIGNER}".toByteArray()\nval spec = SecretKeySpec(SIGNER, "HmacSHA256")\n'),
    ("app/sign.js", f'const SIGNER = Buffer.from("{_SIGNER}");\nconst mac = crypto.createHmac("sha256", SIGNER);\n'),
    ("app/sign.go", f'var signer = []byte("{_SIGNER}")\n\nfunc sign() {{\n\tmac := hmac.New(sha256.New, signer)\n}}\n'),
])
def test_a_constants_bytes_given_to_a_key_call_block_at_the_assignment(engine: Engine, filename: str, text: str) -> None:
    assert (1, _SIGNER) in _secrets(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), [
    ("app/sign.py", f'MESSAGE = "{_SIGNER}".encode()\nsig = hmac.new(key, MESSAGE, hashlib.sha256)\n'),
    ("app/sign.py", 'SIGNER = "test-key".encode()\nsig = hmac.new(SIGNER, body, hashlib.sha256)\n'),
    ("app/sign.js", f'const SIGNER = Buffer.from(process.env.SIGNER);\nconst mac = crypto.createHmac("sha256", SIGNER);\n'),
])
def test_constant_bytes_decoys_stay_clean(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a protocol key of one group repeated ------------------------------------------------------------------------

@pytest.mark.parametrize(("filename", "text"), [
    ("zwave/settings.json", f'{{\n  "securityKeys": {{\n    "S2_AccessControl": "{_GROUP * 4}"\n  }}\n}}\n'),
    ("osdp/readers.yaml", f"secure_channel:\n  scbk: {_GROUP * 4}\n"),
    ("osdp/readers.yaml", f"secure_channel:\n  scbk: {_HALF * 2}\n"),
])
def test_a_protocol_key_of_one_group_repeated_stays_clean(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_drawn_protocol_key_still_blocks(engine: Engine) -> None:
    key = drawn(1780009, 32, "0123456789ABCDEF")
    assert _secrets(engine, "osdp/readers.yaml", f"secure_channel:\n  scbk: {key}\n") == [(2, key)]
