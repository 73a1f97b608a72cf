"""Forms read after blind rounds CQ-CU (kinds/_key_material.py, kinds/_web_forms.py): a key's bytes written as
an array under a key's name (over lines, in the languages that write one so, its hex in a comment above), a
setter naming a key given its literal (dnsdist's console key), dnsdist's YAML console key, a SIM's K and OPc in
its subscriber record (Open5GS, UERANSIM, shell variables, open5gs-dbctl), tools' own credential files (Perforce's
tickets, Klocwork's ltoken, SmokePing's secrets) as files and as scripts write them, dnsdist's positional
webserver password. Each beside the decoys of its form. Every value here is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

TRUE_FORMS: List[Tuple[str, str, int, str]] = [
    ("fw/link/key.h", "/* signing secret, hex: 3d9a41c07be25f8e16a4d07c93b2e58f41c6a0d97e3b25f8c14a6d09e7b3c25f */\n"
     "static const uint8_t link_key[32] = {\n    0x3d, 0x9a, 0x41, 0xc0, 0x7b, 0xe2, 0x5f, 0x8e, 0x16, 0xa4, 0xd0, 0x7c, 0x93, 0xb2, 0xe5, 0x8f,\n"
     "    0x41, 0xc6, 0xa0, 0xd9, 0x7e, 0x3b, 0x25, 0xf8, 0xc1, 0x4a, 0x6d, 0x09, 0xe7, 0xb3, 0xc2, 0x5f\n};\n", 1,
     "3d9a41c07be25f8e16a4d07c93b2e58f41c6a0d97e3b25f8c14a6d09e7b3c25f"),
    ("fw/link/secret.c", "const unsigned char hmac_secret[16] = {\n    0x5c, 0xe1, 0x07, 0x9a, 0x3b, 0xd4, 0x62, 0xf8,\n"
     "    0x1e, 0xa7, 0x40, 0xc9, 0x8d, 0x36, 0xb5, 0x2f };\n", 2, "0x5c, 0xe1, 0x07, 0x9a, 0x3b, 0xd4, 0x62, 0xf8"),
    ("src/key.rs", "pub static SEAL_KEY: [u8; 16] = [0x5c, 0xe1, 0x07, 0x9a, 0x3b, 0xd4, 0x62, 0xf8, 0x1e, 0xa7, 0x40, 0xc9, 0x8d, 0x36,"
     " 0xb5, 0x2f];\n", 1, "0x5c, 0xe1, 0x07, 0x9a, 0x3b, 0xd4, 0x62, 0xf8, 0x1e, 0xa7, 0x40, 0xc9, 0x8d, 0x36, 0xb5, 0x2f"),
    ("app/mac.py", 'MAC_KEY = bytearray([92, 225, 7, 154, 59, 212, 98, 248, 30, 167, 64, 201, 141, 54, 181, 47])\n', 1,
     "92, 225, 7, 154, 59, 212, 98, 248, 30, 167, 64, 201, 141, 54, 181, 47"),
    ("dns/dnsdist.conf", 'controlSocket("10.0.0.53:5199")\nsetKey("sXq3bN0cL9v2Wd7yKe5Rt1Gh8Mz4Pa6Uj0Fi3Co9Ly4=")\n', 2,
     "sXq3bN0cL9v2Wd7yKe5Rt1Gh8Mz4Pa6Uj0Fi3Co9Ly4="),
    ("dns/dnsdist.yml", 'console:\n  listen_address: "10.0.0.53:5199"\n  key: "sXq3bN0cL9v2Wd7yKe5Rt1Gh8Mz4Pa6Uj0Fi3Co9Ly4="\n', 3,
     "sXq3bN0cL9v2Wd7yKe5Rt1Gh8Mz4Pa6Uj0Fi3Co9Ly4="),
    ("lte/add.js", 'db.subscribers.insertOne({ imsi: "315010000001777",\n  security: { k: "6C1D8E3A90F47B25D13E6A08C9F2B574", amf: "8000",'
     ' op: null, opc: "A71E3C5D09B84F62E13A7D0C58B96F24" } })\n', 2, "6C1D8E3A90F47B25D13E6A08C9F2B574"),
    ("lte/add.js", 'db.subscribers.insertOne({ imsi: "315010000001777",\n  security: { k: "6C1D8E3A90F47B25D13E6A08C9F2B574", amf: "8000",'
     ' op: null, opc: "A71E3C5D09B84F62E13A7D0C58B96F24" } })\n', 2, "A71E3C5D09B84F62E13A7D0C58B96F24"),
    ("ue/ue1.yaml", "supi: 'imsi-315010000001777'\nkey: '6C1D8E3A90F47B25D13E6A08C9F2B574'\nop: 'A71E3C5D09B84F62E13A7D0C58B96F24'\n"
     "opType: 'OPC'\n", 2, "6C1D8E3A90F47B25D13E6A08C9F2B574"),
    ("lte/seed.sh", "open5gs-dbctl add 315010000001777 10.45.0.7 6C1D8E3A90F47B25D13E6A08C9F2B574 A71E3C5D09B84F62E13A7D0C58B96F24\n", 1,
     "6C1D8E3A90F47B25D13E6A08C9F2B574"),
    ("build/agent.sh", "cat > \"$HOME/.p4tickets\" <<EOF\n10.20.0.9:1666=ci_build:E53A1C7B09D48F26A1E3C5D7B90F2A64\nEOF\n", 2,
     "E53A1C7B09D48F26A1E3C5D7B90F2A64"),
    ("ci/.p4tickets", "ssl:p4.corp.example:1666=ci_build:E53A1C7B09D48F26A1E3C5D7B90F2A64\n", 1, "E53A1C7B09D48F26A1E3C5D7B90F2A64"),
    ("ci/k8s/p4.yaml", "stringData:\n  .p4tickets: |\n    p4.corp.example:1666=ci_build:E53A1C7B09D48F26A1E3C5D7B90F2A64\n", 3,
     "E53A1C7B09D48F26A1E3C5D7B90F2A64"),
    ("ci/klocwork/ltoken", "kw.corp.example;8080;ci;9f3b7d1e5a2c48f6b0e4d9a7c3f5b1e82d6a0c4f8b3e7d1a5c9f2b6e0d4a8c3f\n", 1,
     "9f3b7d1e5a2c48f6b0e4d9a7c3f5b1e82d6a0c4f8b3e7d1a5c9f2b6e0d4a8c3f"),
    ("ci/kw.sh", "cat > ~/.klocwork/ltoken <<-'END'\n\tkw.corp.example;8080;ci;9f3b7d1e5a2c48f6b0e4d9a7c3f5b1e82d6a0c4f8b3e7d1a5c9f2b6e0d4a8c3f\n"
     "\tEND\n", 2, "9f3b7d1e5a2c48f6b0e4d9a7c3f5b1e82d6a0c4f8b3e7d1a5c9f2b6e0d4a8c3f"),
    ("etc/smokeping/smokeping_secrets", "# slave:secret\nedge-fra1:Tb4Xq9Lm2Vz7Kc1R\n", 2, "Tb4Xq9Lm2Vz7Kc1R"),
    ("roles/smokeping/tasks.sh", 'printf "edge-fra1:Tb4Xq9Lm2Vz7Kc1R\\n" > /etc/smokeping/smokeping_secrets\n', 1, "Tb4Xq9Lm2Vz7Kc1R"),
    ("dns/dnsdist.conf", 'webserver("10.0.0.53:8083", "Tb4Xq9Lm2Vz7Kc1R")\n', 1, "Tb4Xq9Lm2Vz7Kc1R"),
]

DECOYS: List[Tuple[str, str]] = [
    ("fw/link/pub.h", "static const uint8_t peer_public_key[16] = {\n    0x5c, 0xe1, 0x07, 0x9a, 0x3b, 0xd4, 0x62, 0xf8,\n"
     "    0x1e, 0xa7, 0x40, 0xc9, 0x8d, 0x36, 0xb5, 0x2f };\nstatic const uint8_t nonce[16] = {0x5c, 0xe1, 0x07, 0x9a, 0x3b, 0xd4, 0x62,"
     " 0xf8, 0x1e, 0xa7, 0x40, 0xc9, 0x8d, 0x36, 0xb5, 0x2f};\n"),
    ("fw/test/aes_vectors.c", "static const uint8_t key[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88,"
     " 0x09, 0xcf, 0x4f, 0x3c};\nuint8_t secret_key[16] = {0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11,"
     " 0x11, 0x11, 0x11};\nuint8_t key_buf[32] = {0};\nstatic const uint8_t key_lut[300] = {0x01, 0x02};\n"),
    ("dns/dnsdist.conf", 'setKey("ENCODED KEY")\nsetKey(os.getenv("DNSDIST_KEY"))\nitem.setKey("orders-cache-v2-primary")\n'
     'webserver("0.0.0.0:8083", "geheim2")\n'),
    ("dns/dnsdist.yml", 'cache:\n  key: "sXq3bN0cL9v2Wd7yKe5Rt1Gh8Mz4Pa6Uj0Fi3Co9Ly4="\nconsole:\n  key: "${DNSDIST_CONSOLE_KEY}"\n'),
    ("lte/add.py", 'sub = {"imsi": "001010000000001", "security": {"k": "465B5CE8B199B49FAA5F0A2EE238A6BC", "amf": "8000",\n'
     '       "op": None, "opc": "E8ED289DEBA952E4283B54E88E6183CA"}}\n'),
    ("ue/ue.yaml", "supi: 'imsi-208930000000003'\nkey: '8baf473f2f8fd09487cccbd7097c6862'\nop: '8e27b6af0e692e750f32667a3b14605d'\n"
     "opType: 'OPC'\n"),
    ("cache/entries.json", '{"k": "6C1D8E3A90F47B25D13E6A08C9F2B574", "v": 1, "op": "A71E3C5D09B84F62E13A7D0C58B96F24"}\n'),
    ("home/.p4tickets", "p4.corp.example:1666=ci_build:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF\n"),
    ("ci/p4.sh", 'export P4TICKETS="$HOME/.p4tickets"\necho "$P4_TICKET" | p4 login\necho "${TICKET_LINE}" > ~/.p4tickets\n'),
    ("etc/smokeping/smokeping_secrets.dist", "host1:mysercert\nhost2:yoursercert\nboomer:lkasdf93uhhfdfddf\n"),
    ("ci/klocwork/ltoken", "kw.corp.example;8080;ci;<token from kwauth>\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert any(number == line and found == secret for number, _, found in _blocked(engine, filename, text))


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_form_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
