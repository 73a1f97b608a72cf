"""Forms read after blind rounds BZ-CD (kinds/_key_material.py, and _device_configs.py's managed app
configurations): a key's hex or base64 behind a decoding call (its literals joined, over lines), in the
languages whose clients write it so, assigned to, set as or given to a key; a key named with its
encoding (`UPDATE_KEY_HEX`); a typed XML key element (a meter key transfer file's `<Key type="GUEK"
value=…/>`); an MDM's managed configuration property (`"key": …, "valueString": …`). Each beside the
decoys of its form: digests, ids, salts, GUIDs, public keys, system titles, DLMS' and FIPS-197's example
keys, wrapped keys, references. Every value here is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

TRUE_FORMS: List[Tuple[str, str, int, str]] = [
    ("rtu/master.py", '# SAv5 user 1\nUPDATE_KEY_HEX = "df4d9dca68e36ee2a39b9aaded58f6e3"\n', 2, "df4d9dca68e36ee2a39b9aaded58f6e3"),
    ("rtu/.env", "OUTSTATION=10.0.0.2\nSAV5_UPDATE_KEY_HEX=8800747e3d6f528207c6b4febeddcc90\n", 2, "8800747e3d6f528207c6b4febeddcc90"),
    ("meter/read.py", 'c.ciphering.authenticationKey = GXByteBuffer.hexToBytes("ea1f77bc0fba190e"\n'
     '                                                "de49509043d74bda")\n', 1, "ea1f77bc0fba190ede49509043d74bda"),
    ("meter/Read.java", 'client.getCiphering().setBlockCipherKey(GXCommon.hexToBytes("df3b3e6b945b1f6702e33efd59a10caf"));\n', 1,
     "df3b3e6b945b1f6702e33efd59a10caf"),
    ("meter/Read.cs", 'client.Ciphering.AuthenticationKey = GXCommon.HexToBytes("3dae41ba94a6e6b9f6b55545b3c8126f");\n', 1,
     "3dae41ba94a6e6b9f6b55545b3c8126f"),
    ("internal/sign.go", 'var barcodeKey, _ = base64.StdEncoding.DecodeString("UTaZ3s2bg/rVdF2kjDXrOHWc8kqB+dlUaV/na+loltQ=")\n', 1,
     "UTaZ3s2bg/rVdF2kjDXrOHWc8kqB+dlUaV/na+loltQ="),
    ("internal/seal.go", 'func init() {\n\tsealKey, err = hex.DecodeString("371a40d843ef16492f691511952933c5")\n}\n', 2,
     "371a40d843ef16492f691511952933c5"),
    ("src/Sign.java", 'private static final byte[] HMAC_KEY =\n    Base64.getDecoder().decode("2Sp4EVmcDSDXbcGBoaWoT7B62ANCXv+8OMHNSyvzmGs=");\n',
     2, "2Sp4EVmcDSDXbcGBoaWoT7B62ANCXv+8OMHNSyvzmGs="),
    ("src/sign.ts", 'const signingKey: Buffer = Buffer.from("ac3f7e1f2582c2c719fa52d4feb942ee", "hex");\n', 1,
     "ac3f7e1f2582c2c719fa52d4feb942ee"),
    ("src/hook.js", 'const mac = crypto.createHmac("sha256", Buffer.from("ZgEoEDKs4RJWffivwuGJ75rnbQwLnT7veuNW9wmG3so=", "base64"));\n',
     1, "ZgEoEDKs4RJWffivwuGJ75rnbQwLnT7veuNW9wmG3so="),
    ("src/keys.rs", 'const MASTER_KEY: [u8; 16] = hex!("88fc7675bb5e5263cf07f7a4ad8f6e5f");\n', 1, "88fc7675bb5e5263cf07f7a4ad8f6e5f"),
    ("lib/token.php", '<?php\n$encryptionKey = hex2bin("58710456d890f290e8cf0fa27b8842af");\n', 2, "58710456d890f290e8cf0fa27b8842af"),
    ("stack/build.py", 'stack = Stack(update_key=bytes.fromhex("263f 9c2f d664 553d 0fe4 6be8 b051 b8fb"))\n', 1,
     "263f 9c2f d664 553d 0fe4 6be8 b051 b8fb"),
    ("keys/RMA-7.xml", '<MeterKeys>\n  <Meter serial="X7" systemTitle="4C475A6704623A16">\n'
     '    <Key type="GUEK" securitySuite="0" value="DF4D9DCA68E36EE2A39B9AADED58F6E4"/>\n  </Meter>\n</MeterKeys>\n', 3,
     "DF4D9DCA68E36EE2A39B9AADED58F6E4"),
    ("keys/batch.xml", '<Keys>\n  <MasterKey value="tltwAIG7GR1+Bn2gcoXZ5y/VOQXFjO3MvVSK7xZ1wC0="/>\n</Keys>\n', 2,
     "tltwAIG7GR1+Bn2gcoXZ5y/VOQXFjO3MvVSK7xZ1wC0="),
    ("mdm/managed.json", '{\n  "managedProperty": [\n    { "key": "device_api_token", "valueString": "v9SwRkb21Knm6wmuBHjlQdqJ12sCQiROjJVAD58O" }\n'
     '  ]\n}\n', 3, "v9SwRkb21Knm6wmuBHjlQdqJ12sCQiROjJVAD58O"),
]

DECOYS: List[Tuple[str, str]] = [
    ("app/crypto.py", 'digest = bytes.fromhex("df4d9dca68e36ee2a39b9aaded58f6e3")\nkey_id = bytes.fromhex("8800747e3d6f528207c6b4febeddcc90")\n'
     'salt = base64.b64decode("UTaZ3s2bg/rVdF2kjDXrOHWc8kqB+dlUaV/na+loltQ=")\niv = bytes.fromhex("ea1f77bc0fba190ede49509043d74bda")\n'),
    ("app/verify.go", 'var publicKey, _ = base64.StdEncoding.DecodeString("2Sp4EVmcDSDXbcGBoaWoT7B62ANCXv+8OMHNSyvzmGs=")\n'
     'var cacheKey, _ = hex.DecodeString("371a40d843ef16492f691511952933c5")\n'),
    ("meter/defaults.py", 'client.ciphering.systemTitle = GXByteBuffer.hexToBytes("4D4D4D0000BC614E")\n'
     'client.ciphering.authenticationKey = GXByteBuffer.hexToBytes("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF")\n'
     'client.ciphering.blockCipherKey = GXByteBuffer.hexToBytes("000102030405060708090A0B0C0D0E0F")\n'
     'client.ciphering.blockCipherKey = GXByteBuffer.hexToBytes(keystore.guek(SERIAL))\n'),
    ("rtu/.env.example", "UPDATE_KEY_HEX=${UPDATE_KEY_HEX}\nUPDATE_KEY_HEX=<32 hex digits>\nUPDATE_KEY_HEX=00000000000000000000000000000000\n"
     "CERT_THUMBPRINT_HEX=ac3f7e1f2582c2c719fa52d4feb942ee\n"),
    ("keys/RMA-8.xml", '<Key type="GAK" ref="HSM:batch/E450/GAK"/>\n'
     '<Key type="GUEK" wrapped="true" value="88fc7675bb5e5263cf07f7a4ad8f6e5f88fc7675bb5e5264"/>\n'
     '<Key id="6F9619FF-8B86-D011-B42D-00C04FC964FF" value="6F9619FF-8B86-D011-B42D-00C04FC964FF"/>\n'
     '<PublicKey value="tltwAIG7GR1+Bn2gcoXZ5y/VOQXFjO3MvVSK7xZ1wC0="/>\n<Key id="3" value="58710456d890f290e8cf0fa27b8842af"/>\n'),
    ("jose/vectors.py", '# RFC 7515 appendix A.1\nJWS_KEY = base64.urlsafe_b64decode(\n'
     '    "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow==")\n'),
    ("mdm/managed.json", '[\n  { "key": "api_base_url", "valueString": "https://gate.example.io" },\n'
     '  { "key": "device_api_token", "valueString": "${DEVICE_API_TOKEN}" },\n  { "key": "gate_group", "valueString": "north" }\n]\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert any(number == line and found == secret for number, _, found in _blocked(engine, filename, text))


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_form_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
