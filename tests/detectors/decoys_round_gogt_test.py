"""Blind rounds GO-GT, through the engine: values a form or a vendor says are no secret the file holds (a test's
stand-in for a token, `refresh-123`; a password policy's denylist naming the firm's own rejected words; a 1Password
secret reference whose names hold blanks; SumUp's affiliate key as a UUID, given to its card reader's login) and,
beside each, the secret of the same place that still blocks. Generated fakes only (seeds 2630000-2639999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.compat.detect_secrets.credential_keys import counted_stand_in
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn_mixed, uuid4


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- a test's stand-in for a token: its kind and `123` ------------------------------------------------------------------

_WIREMOCK_TEST = (
    "@WireMockTest\nclass OpsCenterClientTest {{\n    @Test\n    void refreshes(WireMockRuntimeInfo wm) throws Exception {{\n"
    '        stubFor(post("/oauth2/token").willReturn(okJson("{{\\"access_token\\":\\"abc\\"}}")));\n'
    '        var client = new OpsCenterClient(wm.getHttpBaseUrl() + "/oauth2/token");\n'
    '        assertThat(client.accessToken("{value}")).contains("access_token");\n    }}\n}}\n')


@pytest.mark.parametrize("value", ["refresh-123", "access-token-1234", "bearer123", "refresh_token_456", "session-789"])
def test_a_token_s_kind_and_a_counting_run_is_a_stand_in(engine: Engine, value: str) -> None:
    assert counted_stand_in(value)
    assert _blocked(engine, "src/test/java/com/acme/OpsCenterClientTest.java", _WIREMOCK_TEST.format(value=value)) == []
    assert _blocked(engine, "tests/test_client.py", f'REFRESH_TOKEN = "{value}"\n') == []


@pytest.mark.parametrize("value", [drawn_mixed(2630000, 32), "harbor-123", "refresh-9f3k2", "Refresh-123", "access-2024",
                                   "refresh-124"])
def test_a_token_that_is_no_counted_stand_in_still_blocks(engine: Engine, value: str) -> None:
    # (a drawn token; a word that names no token's kind before `123`; a run that is no count; a capital a person typed)
    assert not counted_stand_in(value)
    assert _blocked(engine, "src/test/java/com/acme/OpsCenterClientTest.java", _WIREMOCK_TEST.format(value=value)) == [
        (7, value)]


# --- a password policy's denylist, the firm's own words in it --------------------------------------------------------------

@pytest.mark.parametrize(("filename", "line"), [
    ("rota/rota/accounts.py", 'BANNED = {"password123", "copperkettle1", "kitchen2024", "letmein!"}\n'),
    ("web/src/policy.ts", 'const REJECTED = new Set(["secret1234", "greenline2023", "mowing99", "qwerty123"]);\n'),
    ("src/main/java/auth/Policy.java", 'static final Set<String> WEAK = Set.of("Password123", "acmeroofs1", "shingle2024");\n'),
])
def test_a_denylist_led_by_a_common_password_does_not_block(engine: Engine, filename: str, line: str) -> None:
    assert _blocked(engine, filename, line) == []


@pytest.mark.parametrize(("filename", "line"), [
    ("scripts/get_data.m", "opts = weboptions('Username', 'svc_loader', 'Password', '{v}', 'Timeout', 120);\n"),
    ("src/test/java/SignupTest.java", 'Map<String, String> form = Map.of("password1", "{v}", "password2", "{v}", "email", "a@b.c");\n'),
    ("src/main/java/Client.java", 'Map<String, String> opts = Map.of("user", "admin1", "password", "{v}", "timeout", "30");\n'),
])
def test_an_option_s_password_beside_a_common_one_still_blocks(engine: Engine, filename: str, line: str) -> None:
    value = drawn_mixed(2630010, 16)
    assert value in [secret for _, secret in _blocked(engine, filename, line.replace("{v}", value))]


# (an option's name of words joined by `_` holds a common password's word, `secret`, `admin`, `login`, `passw`, and is no
# letters alone: it is still an option's name, not a denylist's entry; only a word and a run of digits is one)
@pytest.mark.parametrize(("filename", "line"), [
    ("src/main/java/Auth.java", 'var form = Map.of("client_id", "orders-svc", "client_secret", "{v}");\n'),
    ("src/main/java/Db.java", 'Map<String, String> p = ImmutableMap.of("db_user", "app", "db_password", "{v}");\n'),
    ("src/main/java/Ops.java", 'var form = Map.of("username", "ops", "admin_password", "{v}");\n'),
    ("scripts/fetch.m", "opts = weboptions('Username', 'svc', 'login_password', '{v}', 'Timeout', 60);\n"),
    ("cmd/main.go", 'md := metadata.Pairs("tenant", "north", "secret_key", "{v}")\n'),
])
def test_an_option_named_by_words_joined_with_a_common_word_still_blocks(engine: Engine, filename: str, line: str) -> None:
    value = drawn_mixed(2700002, 20)
    assert value in [secret for _, secret in _blocked(engine, filename, line.replace("{v}", value))]


# --- a 1Password secret reference whose names hold blanks ------------------------------------------------------------------

def _reference(*names: str, scheme: str = "op") -> str:
    """A password manager's secret reference (`op://Dispatch Prod/redis-jobs/password`), put together at run time (the
    project's own scan reads a literal one as a setting's value)."""
    return f"{scheme}://" + "/".join(names)


@pytest.mark.parametrize(("filename", "template", "references"), [
    ("deploy/prod.env.tpl", "REDIS_PASSWORD={0}\nDISPATCH_DB_PASSWORD={1}\n",
     (("Dispatch Prod", "redis-jobs", "password"), ("Dispatch Prod", "dispatch-db", "password"))),
    ("deploy/prod.env.tpl", "STRIPE_SECRET_KEY={0}\nTWILIO_AUTH_TOKEN={1}\n",
     (("Payments", "Stripe live", "secret key"), ("Call Centre", "Twilio", "auth token"))),
    ("config/cache.yml", 'redis:\n  host: cache.internal\n  password: "{0}"\n', (("Ops Team", "Redis cache", "password"),)),
])
def test_a_secret_reference_with_blanks_does_not_block(engine: Engine, filename: str, template: str, references: tuple) -> None:
    assert _blocked(engine, filename, template.format(*(_reference(*names) for names in references))) == []


def test_a_proton_pass_reference_with_blanks_does_not_block(engine: Engine) -> None:
    reference = _reference("Work Vault", "Redis jobs", "password", scheme="pass")
    assert _blocked(engine, "deploy/app.env", f"REDIS_PASSWORD={reference}\n") == []


def test_a_password_beside_the_references_still_blocks(engine: Engine) -> None:
    password = drawn_mixed(2630020, 20)
    text = f"REDIS_PASSWORD={_reference('Dispatch Prod', 'redis-jobs', 'password')}\nREDIS_CACHE_PASSWORD={password}\n"
    assert _blocked(engine, "deploy/prod.env", text) == [(2, password)]


# --- SumUp's affiliate key as a UUID, given to its card reader's login -----------------------------------------------------

_UUID_KEY = uuid4(2630030)


@pytest.mark.parametrize(("filename", "form"), [
    ("driver-app/app/src/main/java/uk/co/acme/driver/pay/CardReader.kt",
     'object CardReader {{\n    private const val AFFILIATE_KEY = "{key}"\n\n    fun login(activity: Activity) {{\n'
     '        SumUpAPI.openLoginActivity(activity, SumUpLogin.builder(AFFILIATE_KEY).build(), 1)\n    }}\n}}\n'),
    ("app/src/main/java/com/acme/pos/Pay.java",
     'private static final String SUMUP_AFFILIATE_KEY = "{key}";\n\nvoid login() {{\n'
     '    SumUpAPI.openLoginActivity(this, SumUpLogin.builder(SUMUP_AFFILIATE_KEY).build(), REQUEST_LOGIN);\n}}\n'),
    ("app/src/main/java/com/acme/pos/Pay.java", 'SumUpLogin login = SumUpLogin.builder("{key}").build();\n'),
    ("Pos/AppDelegate.swift", 'SMPSumUpSDK.setup(withAPIKey: "{key}")\n'),
    ("Pos/AppDelegate.swift", 'let affiliateKey = "{key}"\nSMPSumUpSDK.setup(withAPIKey: affiliateKey)\n'),
])
def test_sumup_s_uuid_affiliate_key_given_to_its_login_does_not_block(engine: Engine, filename: str, form: str) -> None:
    assert _blocked(engine, filename, form.format(key=_UUID_KEY)) == []


def test_sumup_s_secret_key_and_a_uuid_where_no_login_is_called_still_block(engine: Engine) -> None:
    issued = "sup_sk_" + drawn_mixed(2630031, 32)  # (SumUp's secret API key)
    text = (f'private const val AFFILIATE_KEY = "{_UUID_KEY}"\nprivate const val SUMUP_API_KEY = "{issued}"\n'
            "fun login(a: Activity) = SumUpAPI.openLoginActivity(a, SumUpLogin.builder(AFFILIATE_KEY).build(), 1)\n")
    assert _blocked(engine, "app/src/main/java/com/acme/Pay.kt", text) == [(2, issued)]
    # (a UUID under an affiliate key's name where no SumUp login is called: judged as any key)
    assert _blocked(engine, "app/src/main/java/com/acme/Pay.kt", f'private const val AFFILIATE_KEY = "{_UUID_KEY}"\n') == [
        (1, _UUID_KEY)]
