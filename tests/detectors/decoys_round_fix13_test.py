"""Blind rounds CK-CP, through the engine: values a form or a vendor says are no secret the file holds (an
application note's counting test key, a Socrata application token, the Widevine test signer's published
key, a template's self-declared stand-ins, a 1Password reference whose names hold blanks, a sample
file's weak documented database password) and, beside each, the secret of the same place that still
blocks. Generated fakes only."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine
from secretfence.findings import LOW

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


@pytest.mark.parametrize("stepped", ["00112233445566778899AABBCCDDEEFF", "ffeeddccbbaa99887766554433221100",
                                     "0011223344556677", "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff",
                                     "000111222333444555666777", "8899aabbccddeeff0011223344556677"])
def test_a_counting_run_of_repeated_symbols_is_a_test_vector(engine: Engine, stepped: str) -> None:
    text = f'MASTER_KEY = bytes.fromhex("{stepped}")\nAPP_KEY = "{stepped}"\n'
    assert _blocked(engine, "cardinit/diversify.py", text) == []
    key = drawn(13000, 32, _HEX)
    assert _blocked(engine, "cardinit/diversify.py", f'MASTER_KEY = bytes.fromhex("{key}")\n') == [(1, key)]


@pytest.mark.parametrize("near", ['  const res = await fetch(url, { headers: { "X-App-Token": APP_TOKEN } });\n',
                                  "  const q = `${URL}?$$app_token=${APP_TOKEN}&$limit=50`;\n",
                                  "// Socrata Open Data API (SODA) client\n"])
def test_a_socrata_application_token_is_a_public_identifier(engine: Engine, near: str) -> None:
    token = drawn_mixed(13010, 25)
    text = f'const APP_TOKEN = "{token}";\nconst URL = "https://data.city.example/resource/ab12-cd34.json";\n{near}'
    assert _blocked(engine, "site/js/chart.js", text) == []
    # (Socrata's secret token, and an app token of a file that speaks to no SODA API, still block)
    secret = drawn_mixed(13011, 28)
    assert _blocked(engine, "site/js/chart.js", text + f'const SOCRATA_SECRET_TOKEN = "{secret}";\n') == [(4, secret)]
    assert _blocked(engine, "site/js/chart.js", f'const APP_TOKEN = "{token}";\n') == [(1, token)]


def test_sodapy_app_token_and_header_literal(engine: Engine) -> None:
    token = drawn_mixed(13012, 25)
    text = f'from sodapy import Socrata\n\nclient = Socrata("data.city.example", app_token="{token}")\n'
    assert _blocked(engine, "etl/ridership.py", text) == []
    text = f'r = requests.get(URL, headers={{"X-App-Token": "{token}"}})\n'
    assert _blocked(engine, "etl/ridership.py", text) == []


def test_the_widevine_test_signer_is_published(engine: Engine) -> None:
    test_key = "1ae8ccd0e7985cc0b6203a55855a1034afc252980e970ca90e5202689f947ab9"
    test_iv = "d58ce954203b7c9a9a9d467f59839249"
    text = ("packager in=a.mp4,stream=video,output=v.mp4 \\\n  --enable_widevine_encryption \\\n"
            "  --key_server_url https://license.uat.widevine.com/cenc/getcontentkey/widevine_test \\\n"
            f"  --signer widevine_test \\\n  --aes_signing_key {test_key} \\\n  --aes_signing_iv {test_iv}\n")
    assert _blocked(engine, "packaging/package.sh", text) == []
    assert _blocked(engine, "drm/settings.py", f'aes_signing_iv = "{test_iv}"\nsigner = "widevine_test"\n') == []
    key = drawn(13020, 64, _HEX)
    assert _blocked(engine, "packaging/package.sh", text.replace(test_key, key)) == [(5, key)]


@pytest.mark.parametrize("stand_in", ["TEMPORARY_32byte_negotiation_key", "TEMPORARY__32byte_ctrl_plane_key",
                                      "temp-signing-secret", "INSERT_API_TOKEN", "placeholder.auth.token",
                                      "REPLACE_WITH_32_CHAR_SECRET"])
def test_a_value_declaring_itself_a_stand_in(engine: Engine, stand_in: str) -> None:
    text = f'{{\n    "zone_name": "tempZone",\n    "negotiation_key": "{stand_in}",\n    "zone_port": 1247\n}}\n'
    assert _blocked(engine, "irods/server_config.json", text) == []
    key = drawn_mixed(13030, 32)
    assert _blocked(engine, "irods/server_config.json", text.replace(stand_in, key)) == [(3, key)]


@pytest.mark.parametrize("chosen", ["Temp_Horse_Battery_key9x", "tmpQ7zLw9Rt2Vx4Kp8Nb_key"])
def test_a_chosen_value_with_a_stand_in_word_is_still_judged(engine: Engine, chosen: str) -> None:
    # (a head word glued to generated characters, or a tail that is no credential's word alone, is no declaration)
    assert _blocked(engine, "irods/server_config.json", f'{{\n    "negotiation_key": "{chosen}"\n}}\n') == [(2, chosen)]


@pytest.mark.parametrize("reference", ["op://Pulse Gyms/RDS booking/password", "op://Ops Team/Billing DB/admin login/password",
                                       "op://prod/db/password?attribute=password", "pass://Work Vault/Billing DB/password"])
def test_a_password_manager_reference_with_blanks_is_no_password(engine: Engine, reference: str) -> None:
    text = f"# op inject -i .env.tpl -o .env\nDATABASE_PASSWORD={reference}\nPOSTGRES_PASSWORD={reference}\n"
    assert _blocked(engine, ".env.tpl", text) == []
    assert _blocked(engine, ".env", text) == []
    password = drawn_mixed(13040, 18)
    assert _blocked(engine, ".env", f"DATABASE_PASSWORD={password}\n") == [(1, password)]


@pytest.mark.parametrize("filename", ["azuracast/azuracast.sample.env", ".env.example", "deploy/.env.sample", "sample.env",
                                      "config/database.yml.dist", "conf/rd.conf-sample", "app/.env.template"])
def test_a_sample_file_s_weak_database_password_is_a_warning(engine: Engine, filename: str) -> None:
    text = "MYSQL_HOST=localhost\nMYSQL_USER=radio\nMYSQL_PASSWORD=harb0r7x\nMYSQL_DATABASE=radio\n"
    findings = [f for f in engine.scan_text(filename, text) if f.type == "Database Credentials"]
    assert findings and all(f.confidence == LOW for f in findings)
    assert _blocked(engine, filename, text) == []
    # (a password the value judgement takes, or a generated one, pasted into the sample is someone's own;
    # the weak one outside a sample blocks)
    for seed, password in enumerate(("kettle4harbor", drawn_mixed(13050, 20))):
        assert _blocked(engine, filename, text.replace("harb0r7x", password)) == [(3, password)], seed
    assert _blocked(engine, "deploy/.env", text) == [(3, "harb0r7x")]


@pytest.mark.parametrize("filename", ["template.yaml", "infra/db.template.yaml", "k8s/example.com.yaml",
                                      "scripts/copy_prod_sample.py", "fastlane/.env.default"])
def test_a_file_not_named_a_sample_keeps_its_weak_password(engine: Engine, filename: str) -> None:
    stack = "Resources:\n  Db:\n    Properties:\n      MYSQL_PASSWORD: harb0r7x\n"
    text = {"template.yaml": stack, "infra/db.template.yaml": stack, "k8s/example.com.yaml": stack,
            "scripts/copy_prod_sample.py": 'MYSQL_PASSWORD = "harb0r7x"\n'}.get(filename, "MYSQL_PASSWORD=harb0r7x\n")
    assert [secret for _, secret in _blocked(engine, filename, text)] == ["harb0r7x"]
