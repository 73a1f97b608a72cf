"""Adversarial review of round 9's readers (branch adv9): variants a team writes that slipped through
(cfg.php's --set before --name or below a continued --name, curl -u of a CI expression's user, flespi
tokens given to other MQTT clients' credentials calls, Dropbox Sign's SDK named by its PHP or Ruby
namespace), clean code the round blocked (an AES test vector's input/output, a format head before a
counting run) and a reader that gave up on a sibling named like a vector's field. Through the engine;
every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
SERVICE = "Service API Token"
PASSWORD = "Wq7!Ln2Xr9Tz"
FLESPI = "Rv8Kq2Lm7Xw4Tz9Bn3Hc6Jd1Fs5Ga0PeYu2Wi8Oq4Zx7Cv1Bn5Mk9Lj3Hg6Fd0Sa"
HEX64 = "7d1e9a3c5b2f8e4061a9c7f3b5d2e8a0c4f6b1d9e3a7c5f2b8d0e6a4c1f9b7d3"


# Moodle's cfg.php reads its options in any order, and a provisioning script continues a long command.
@pytest.mark.parametrize(("text", "line"), [
    (f"php admin/cli/cfg.php --set='{PASSWORD}' --name=smtppass\n", 1),
    (f"php admin/cli/cfg.php --set=\"{PASSWORD}\" --component=auth_ldap --name=bind_pw\n", 1),
    (f"php admin/cli/cfg.php --name=smtppass \\\n    --set='{PASSWORD}'\n", 2),
    (f"sudo -u www-data php admin/cli/cfg.php --component=auth_ldap \\\n  --name=bind_pw \\\n  --set={PASSWORD}\n", 3),
])
def test_cfg_php_value_before_its_name_or_below_a_continued_name_blocks(engine: Engine, text: str, line: int) -> None:
    assert (line, LITERAL, PASSWORD) in _blocked(engine, "scripts/provision-lms.sh", text)


def test_cfg_php_settings_that_are_no_secret_or_a_variable_and_helm_s_values_do_not_block(engine: Engine) -> None:
    text = ("php admin/cli/cfg.php --name=smtppass \\\n    --set=\"$SMTP_PASS\"\n"
            "php admin/cli/cfg.php --name=passwordpolicy \\\n    --set=1\n"
            "php admin/cli/cfg.php --set=12 --name=minpasswordlength\n"
            "helm install ./chart --set image.tag=1.4.2 --name app-secret-svc\n"
            "helm install ./chart \\\n  --name app-token-svc \\\n  --set replicas=3\n")
    assert _blocked(engine, "scripts/lms.sh", text) == []


@pytest.mark.parametrize("filename", ["scripts/publish.sh", ".github/workflows/publish.yml"])
def test_curl_user_of_a_ci_expression_with_a_literal_password_blocks(engine: Engine, filename: str) -> None:
    text = f"      - run: curl -u ${{{{ secrets.ART_USER }}}}:{PASSWORD} -T dist.zip https://repo.acme.io/libs/\n"
    assert (1, LITERAL, PASSWORD) in _blocked(engine, filename, text)


def test_curl_user_of_a_ci_token_with_github_s_filler_or_of_two_secrets_does_not_block(engine: Engine) -> None:
    text = ("      - run: curl -u ${{ secrets.GH_TOKEN }}:x-oauth-basic https://api.github.com/user\n"
            "      - run: curl -u ${{ secrets.ART_USER }}:${{ secrets.ART_PASS }} https://repo.acme.io/\n")
    assert _blocked(engine, ".github/workflows/ci.yml", text) == []


# flespi's examples give the token as the MQTT user name through each client's credentials call.
@pytest.mark.parametrize(("filename", "text"), [
    ("ingest/sub.py", f"# flespi\nclient.set_auth_credentials('{FLESPI}', None)\n"),
    ("src/Flespi.cs", f'// mqtt.flespi.io\nvar o = new MqttClientOptionsBuilder().WithCredentials("{FLESPI}", "").Build();\n'),
])
def test_a_flespi_token_given_to_an_mqtt_credentials_call_blocks(engine: Engine, filename: str, text: str) -> None:
    assert (2, SERVICE, FLESPI) in _blocked(engine, filename, text)


def test_a_64_character_credentials_user_where_nothing_says_flespi_does_not_block(engine: Engine) -> None:
    text = f'var o = new MqttClientOptionsBuilder().WithTcpServer("broker.internal").WithCredentials("{FLESPI}", "").Build();\n'
    assert _blocked(engine, "src/Mqtt.cs", text) == []


@pytest.mark.parametrize(("filename", "text"), [
    ("app/Esign.php", f"<?php\n$config = Dropbox\\Sign\\Configuration::getDefaultConfiguration();\n$config->setUsername('{HEX64}');\n"),
    ("config/initializers/dropbox_sign.rb", f"Dropbox::Sign.configure do |config|\n  config.username = '{HEX64}'\nend\n"),
])
def test_a_dropbox_sign_key_given_to_its_php_or_ruby_sdk_blocks(engine: Engine, filename: str, text: str) -> None:
    assert any(found[2] == HEX64 for found in _blocked(engine, filename, text))


# A test's made-up token: a format's head, then a run counting up through the alphabet.
def test_a_format_head_before_a_counting_run_does_not_block(engine: Engine) -> None:
    text = ("DUFFEL_TOKEN = 'duffel_test_abcdefghijklmnopqrstuvwxyz0123456789abcdefg'\n"
            'NETLIFY = "nfp_0123456789abcdefghijklmnopqrstuvwxyz"\n')
    assert _blocked(engine, "tests/test_booking.py", text) == []


def test_a_generated_duffel_token_still_blocks(engine: Engine) -> None:
    token = "duffel_live_Hq7Zt2Vw9Xk4Rm8Pn3Hb6Jc1Ds5Fg0AyLq7Zt2Vw9Xk4Rm8P"
    assert (1, SERVICE, token) in _blocked(engine, "src/duffel.ts", f"const duffel = new Duffel({{ token: '{token}' }})\n")


# An AES key's object: a library's test vectors name their fields input, output, aad; a config's siblings
# whose names merely end like a vector's field (`account`, `encrypt`) say nothing.
@pytest.mark.parametrize(("filename", "text"), [
    ("tests/vectors/aes_cbc.json", '[\n  {\n    "alg": "AES-128-CBC",\n    "key": "9c4e1a7f3b2d8e60a5c1f7b394d2e8a1",\n'
                                   '    "input": "6bc1bee22e409f96e93d7e117393172a",\n    "output": "c3a7f91e5b2d8e40a6c1f7b394d2e8a5"\n  }\n]\n'),
    ("tests/data/gcm.json", '{"algorithm": "AES-128-GCM", "key": "9c4e1a7f3b2d8e60a5c1f7b394d2e8a1", "aad": "feedfacedeadbeef"}\n'),
])
def test_an_aes_test_vector_s_key_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_an_aes_key_beside_fields_named_like_a_vector_s_still_blocks(engine: Engine) -> None:
    text = ('{\n  "vault": {\n    "algorithm": "AES-256-GCM",\n    "account": "payments",\n    "encrypt": true,\n'
            f'    "key": "{HEX64}"\n  }}\n}}\n')
    assert (6, LITERAL, HEX64) in _blocked(engine, "config/vault.json", text)


def test_lti_passports_opened_line_after_line_are_each_reported_once(engine: Engine) -> None:
    text = "".join(f'"lti_passports": [ "t{n}:k{n}:Lq7Zt2Vw9Xk4Rm8Pn3Hb{n:02d}",\n' for n in range(20))
    found = _blocked(engine, "course/policy.json", "{\n" + text + "}\n")
    assert len(found) == len(set(found)) == 20
