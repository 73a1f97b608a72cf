"""A keyword hit blocks when a credential-named key holds a literal credential (credential_keys)."""
from __future__ import annotations

from typing import List, Optional, Tuple

import pytest

from secretfence.compat.detect_secrets.credential_keys import (
    FALSE_SAMPLES,
    TRUE_SAMPLES,
    assigned_key,
    is_literal_credential,
    names_a_credential,
    names_a_credential_holding,
)
from secretfence.engine import Engine
from secretfence.findings import LOW, MEDIUM, Finding
from secretfence.kinds._spec import Sample
from secretfence.policy import blocks


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _keyword_findings(engine: Engine, sample: Sample) -> List[Finding]:
    return [f for f in engine.scan_text(sample.filename, sample.text) if f.type == "Secret Keyword"]


@pytest.mark.parametrize("sample", TRUE_SAMPLES, ids=lambda s: s.note)
def test_true_sample_blocks_as_a_keyword_finding(engine: Engine, sample: Sample) -> None:
    found = _keyword_findings(engine, sample)
    if not found:
        # A kind of its own claimed the value (a database password in Helm values, my.cnf, a
        # Terraform database resource): one finding a secret, and it must block all the same.
        claimed = [f for f in engine.scan_text(sample.filename, sample.text)
                   if blocks(f, MEDIUM) and f.secret in sample.text.split("\n")[f.line_number - 1]]
        assert [f.detector.startswith("Secretfence") for f in claimed] == [True], sample.note
        return
    assert [f.confidence for f in found] == [MEDIUM], sample.note
    finding = found[0]
    assert finding.detector == "KeywordDetector"
    assert finding.description.startswith("literal credential assigned to the credential-named key ")
    assert finding.secret in sample.text.split("\n")[finding.line_number - 1]


@pytest.mark.parametrize("sample", FALSE_SAMPLES, ids=lambda s: s.note)
def test_false_sample_does_not_block(engine: Engine, sample: Sample) -> None:
    findings = engine.scan_text(sample.filename, sample.text)
    assert [f for f in findings if blocks(f, MEDIUM)] == [], sample.note
    # The heuristic still speaks where it spoke: a warning, with detect-secrets' description.
    for finding in findings:
        if finding.type == "Secret Keyword":
            assert finding.confidence == LOW
            assert finding.description == "Secret Keyword (detect-secrets KeywordDetector)"


def test_samples_cover_both_ways() -> None:
    assert len(TRUE_SAMPLES) >= 10 and len(FALSE_SAMPLES) >= 20


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("password", True), ("DB_PASSWORD", True), ("AUTH_LDAP_BIND_PASSWORD", True), ("spring.mail.password", True),
        ("adminPassword", True), ("SECRET_KEY", True), ("DJANGO_SECRET_KEY", True), ("api_key", True),
        ("APIKey", True), ("client_secret", True), ("clientSecret", True), ("db_pass", True), ("SMTP_PASS", True),
        ("pwd", True), ("dbpassword", True), ("secret_key_base", True), ("password2", True), ("contraseña", True), ("secret_token", True),
        ("existingSecret", False), ("secret_name", False), ("secretName", False), ("password_file", False),
        ("PGPASSFILE", False), ("hashed_password", False), ("encrypted_password", False), ("password_length", False),
        ("secretKeyRef", False), ("test_password", False), ("example_secret", False), ("secrets", False),
        ("passwords", False), ("public_key", False), ("license_key", False), ("password_hash", False),
        ("bypass", False), ("secret_id", False),
        # (a value's form in clear after the name, the Wi-Fi mode between: Zebra MX's Wi-Fi CSP)
        ("PassphraseWPAClear", True), ("PasswordClear", True), ("HexKeyWep104Clear", True), ("HexKeyClear", True),
        ("password_plain", True), ("tokenPlaintext", True), ("PassphraseWPAEncrypted", False), ("CacheKeyClear", False),
        ("KeyClear", False), ("wpa_clear", False), ("plain_text", False),
        # (a point of sale's secret key in one word, as Barion's variables name it; two words name a position's key as often:
        # their value decides, see names_a_credential_holding)
        ("BARION_POSKEY", True), ("poskey", True), ("pos_key", False), ("barionPosKey", False),
        # (Finnish's and Hungarian's key after a qualifier: a secret key, an API key; not a public one, nor the word alone)
        ("salainen_avain", True), ("API_AVAIN", True), ("titkos_kulcs", True), ("api_kulcs", True),
        ("julkinen_avain", False), ("nyilvanos_kulcs", False), ("avain", False), ("kulcs", False),
        # (Kakao's JavaScript and native app keys ship in the page and the app; its REST API and admin keys are the server's)
        ("KAKAO_NATIVE_APP_KEY", False), ("KAKAO_APP_KEY", False), ("kakaoJavaScriptAppKey", False),
        ("KAKAO_REST_API_KEY", True), ("KAKAO_ADMIN_KEY", True), ("KAKAO_CLIENT_SECRET", True),
    ],
)
def test_names_a_credential(key: str, expected: bool) -> None:
    assert names_a_credential(key) is expected


_DRAWN_HEX = "e61c9b1f0a5d47a2b83c6d9e2f417a5c"  # (a generated value: the name alone decides)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        # Kakao's client keys by the names its SDKs and guides give them: public; the server's keys stay credentials
        ("KAKAO_JS_KEY", False), ("kakaoJavascriptKey", False), ("KAKAO_APP_KEY", False), ("kakao_app_key", False),
        ("KAKAO_REST_API_KEY", True), ("KAKAO_ADMIN_KEY", True), ("KAKAO_KEY", True),
        # a payment's key is its id (Toss Payments' `paymentKey`); a plugin's names the plugin or the widget it boots
        ("paymentKey", False), ("PAYMENT_SECRET_KEY", True), ("PAYMENT_API_KEY", True),
        # (a plugin's license or API key is a credential; `PLUGIN_KEY` holding a drawn key, not Channel Talk's UUID, is one)
        ("MY_PLUGIN_LICENSE_KEY", True), ("PLUGIN_KEY", True),
        ("PLUGIN_SECRET_KEY", True), ("TOSS_KEY", True),
    ],
)
def test_names_a_credential_holding_a_generated_value(key: str, expected: bool) -> None:
    assert names_a_credential_holding(key, _DRAWN_HEX) is expected


def test_a_payment_key_passes_as_a_payment_objects_field_only() -> None:
    """(review 56: `payment` before `key` passed every payment gateway's key a setting holds, `PAYMENT_KEY=` in a .env,
    `MERCHANT_PAYMENT_KEY`; Toss Payments' `paymentKey` is a payment object's field)"""
    assert not names_a_credential_holding("paymentKey", _DRAWN_HEX)
    assert not names_a_credential_holding('"payment_key"', _DRAWN_HEX)
    engine = Engine()
    for name, text in ((".env", "PAYMENT_KEY=q7Xk2mR9vLp4Wz8Tn3Hb6Yc1Fd0Gs\n"),
                       ("app/settings.py", 'MERCHANT_PAYMENT_KEY = "q7Xk2mR9vLp4Wz8Tn3Hb6Yc1"\n')):
        assert [finding.secret for finding in engine.scan_text(name, text) if blocks(finding, MEDIUM)] == [
            "q7Xk2mR9vLp4Wz8Tn3Hb6Yc1Fd0Gs"[:len(text.split('=')[1].strip(' "\n'))]], text


def test_a_plugin_key_passes_as_channel_talks_uuid_only() -> None:
    """(review 56: `plugin` as a word that names no secret let every key a plugin's name held through, its license's
    `MY_PLUGIN_LICENSE_KEY`, a .env's `PLUGIN_KEY`; Channel Talk's widget key is a UUID)"""
    assert not names_a_credential_holding("CHANNEL_PLUGIN_KEY", "3f9d0a51-7c2e-4b8a-9e61-0d5c7b2a4f18")
    assert not names_a_credential_holding("pluginKey", "3f9d0a51-7c2e-4b8a-9e61-0d5c7b2a4f18")
    engine = Engine()
    for name, text in (("wp-config.php", "define('MY_PLUGIN_LICENSE_KEY', 'q7Xk2mR9vLp4Wz8Tn3Hb6Yc1Fd0Gs');\n"),
                       (".env", "PLUGIN_KEY=q7Xk2mR9vLp4Wz8Tn3Hb6Yc1Fd0Gs\n")):
        assert [finding.secret for finding in engine.scan_text(name, text) if blocks(finding, MEDIUM)] == [
            "q7Xk2mR9vLp4Wz8Tn3Hb6Yc1Fd0Gs"], text


@pytest.mark.parametrize(
    ("line", "secret", "expected"),
    [
        ('password = "Kq7Lm2Xv9Tz4"', "Kq7Lm2Xv9Tz4", ("password", True)),
        ("password: Kq7Lm2Xv9Tz4", "Kq7Lm2Xv9Tz4", ("password", False)),
        ('"api_key": "Kq7Lm2Xv9Tz4",', "Kq7Lm2Xv9Tz4", ("api_key", True)),
        ("config['db_pass'] = 'Kq7Lm2Xv9Tz4'", "Kq7Lm2Xv9Tz4", ("db_pass", True)),
        ('secret := "Kq7Lm2Xv9Tz4"', "Kq7Lm2Xv9Tz4", ("secret", True)),
        ("'password' => 'Kq7Lm2Xv9Tz4',", "Kq7Lm2Xv9Tz4", ("password", True)),
        ("export DB_PASSWORD=Kq7Lm2Xv9Tz4", "Kq7Lm2Xv9Tz4", ("DB_PASSWORD", False)),
        ("mysqldump --password=Kq7Lm2Xv9Tz4 shop", "Kq7Lm2Xv9Tz4", ("password", False)),
        ('if password == "Kq7Lm2Xv9Tz4":', "Kq7Lm2Xv9Tz4", None),
        ('if password != "Kq7Lm2Xv9Tz4":', "Kq7Lm2Xv9Tz4", None),
        ('"Kq7Lm2Xv9Tz4" == password', "Kq7Lm2Xv9Tz4", None),
        ('private_key "Kq7Lm2Xv9Tz4";', "Kq7Lm2Xv9Tz4", None),
        # (a log record's logger, then the setting it dumps: the name after the colon is the key, no annotation's type)
        ("2024-09-30 06:00:02,410 1 DEBUG ? odoo.tools.config: admin_passwd = 'Kq7Lm2Xv9Tz4'", "Kq7Lm2Xv9Tz4",
         ("admin_passwd", True)),
        ("INFO:app.settings:db_password = Kq7Lm2Xv9Tz4", "Kq7Lm2Xv9Tz4", ("db_password", False)),
        # (Python's annotations keep their name: a type is no credential's name)
        ("redis_password: str = 'Kq7Lm2Xv9Tz4'", "Kq7Lm2Xv9Tz4", ("redis_password", True)),
        ("token: SecretStr = 'Kq7Lm2Xv9Tz4'", "Kq7Lm2Xv9Tz4", ("token", True)),
        ("api_key: Optional[str] = 'Kq7Lm2Xv9Tz4'", "Kq7Lm2Xv9Tz4", ("api_key", True)),
        ("greeting: message_text = 'Kq7Lm2Xv9Tz4'", "Kq7Lm2Xv9Tz4", ("greeting", True)),
    ],
)
def test_assigned_key(line: str, secret: str, expected: Optional[Tuple[str, bool]]) -> None:
    assert assigned_key(line, secret) == expected


@pytest.mark.parametrize(
    ("value", "quoted", "in_code", "expected"),
    [
        ("XWjKaDwrENT8OExqgF", False, False, True),
        ("copper-battery-canyon-58", False, False, True),
        ("Lantern2026+", True, True, True),
        ("Kq7Lm2Xv9Tz4  # rotated in May", False, False, True),
        ("Kq7Lm2Xv9Tz4", False, True, False),  # unquoted in code: an expression
        ("get_password()", False, False, False),
        ("settings.DB_PASSWORD", False, False, False),
        ("DB_PASSWORD", False, False, False),
        ("prefix-${DB_PASSWORD}", False, False, False),
        ("op://vault/db/password", False, False, False),
        ("arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf", False, False, False),
        ("$2b$12$KIXQJ8hTg1dXcUu9FvV4eO", False, False, False),
        ("md5d41d8cd98f00b204e9800998ecf8427e", False, False, False),
        ("postgres", False, False, False),
        ("Password123!", False, False, False),
        ("my-secret-value", False, False, False),
        ("not-a-real-key-9", False, False, False),
        ("Test-Only-Value-42", False, False, False),
        ("short1!", False, False, False),
        ("walnutcanyonstaplelantern", False, False, True),  # long enough: a passphrase
        ("correcthorsebatterystaple", False, False, False),  # xkcd's, every reader's example
        ("correct horse battery staple", True, False, False),
        ("hunter2", True, False, False),
        ("ThisIsMyVerySecretSigningKeyForTheShop", True, False, False),  # a tutorial's phrase
        ("ThisIsMyVerySecretSigningKeyForTheShop_Qm7vXk2LpT9w", True, False, True),  # made a key by a random tail
        ("pi_3NxQwErTyUiOp1234AbCdEf_secret_QwErTy1234UiOpAsDfGhJkLzX", True, False, False),  # Stripe's client secret
        ("correcthorse", False, False, False),
        ("Passwort", False, False, False),
        ("./secrets/db.pass", False, False, False),
        ("secrets/redis", False, False, False),
        ("Xk3/9Pq2Lm7v", False, False, True),  # a `/` in a password does not make it a path
        ("certs/client.key", False, False, False),
        # a Standard Webhooks secret is judged by the bytes its base64 holds: typed words are a test's fixture
        ("whsec_bG9jYWwtd2ViaG9vay1zZWNyZXQtZG8tbm90LXVzZQ==", True, False, False),
        ("whsec_mcEG0BwBlUxVFRLozaXUKgLpsDOgEWUGZACRXTcQM3Q=", True, False, True),
        ("whsec_Rm5GNDh6ekVSeVZscEk1ZGM1QU85R0VM", True, False, True),  # base64 of a drawn password
    ],
)
def test_is_literal_credential(value: str, quoted: bool, in_code: bool, expected: bool) -> None:
    assert is_literal_credential(value, quoted, in_code) is expected


@pytest.mark.parametrize(
    ("value", "key", "expected"),
    [
        # a bcrypt salt alone under a secret's name: Naver Commerce API's client secret, signing its token requests
        ("$2a$04$Jzmk2IhLsSeGwNPoXINJ7w", "CLIENT_SECRET", True),
        ("$2a$04$Jzmk2IhLsSeGwNPoXINJ7w", "naverCommerceSecret", True),
        # a password's bcrypt hash (salt and digest), the salt under no secret's name, a stand-in's
        ("$2b$12$t/QnyBTw22K3gVtPsDzd2EdGuB4SUjfzwGdZrfCvSe7pvDZuDek4i", "client_secret", False),
        ("$2a$04$Jzmk2IhLsSeGwNPoXINJ7w", "salt", False),
        ("$2a$04$xxxxxxxxxxxxxxxxxxxxxx", "CLIENT_SECRET", False),
    ],
)
def test_bcrypt_salt_held_as_a_secret(value: str, key: str, expected: bool) -> None:
    assert is_literal_credential(value, True, False, key=key) is expected
