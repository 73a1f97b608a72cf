"""The literal-credential kind: what it leaves to detect-secrets' keyword plugin and to the
sharper detectors, checked through the engine."""
from __future__ import annotations

from typing import List

import pytest
from secretfence.engine import Engine
from secretfence.findings import Finding


def _types(findings: List[Finding], secret: str) -> List[str]:
    return sorted(f.type for f in findings if f.secret == secret)


def test_where_the_keyword_plugin_reports_the_value_its_finding_stands(engine: Engine) -> None:
    findings = engine.scan_text("settings.py", 'SMTP_PASSWORD = "Kx7mQ2vLr9Tz4WpN"\n')
    assert _types(findings, "Kx7mQ2vLr9Tz4WpN") == ["Secret Keyword"]


def test_a_value_opening_with_a_symbol_is_ours_where_the_keyword_plugin_reads_nothing(engine: Engine) -> None:
    findings = engine.scan_text("settings.py", 'SMTP_PASSWORD = "!Kx7mQ2vLr9Tz4WpN"\n')
    assert _types(findings, "!Kx7mQ2vLr9Tz4WpN") == ["Literal Credential"]


def test_a_format_plugin_s_token_under_a_token_key_stays_that_plugin_s(engine: Engine) -> None:
    token = "xoxb-" + "1234567890-1234567890123-" + "Zq8Lk2Vw9Xr4Tm7Bn1PdQz7W"
    findings = engine.scan_text("bot.py", f'SLACK_BOT_TOKEN = "{token}"\n')
    assert "Slack Token" in _types(findings, token) and "Literal Credential" not in _types(findings, token)


def test_a_redis_password_under_pass_stays_the_redis_kind_s(engine: Engine) -> None:
    text = "redis:\n  host: cache.internal\n  pass: Vq8LmN2xTz5RkW3p\n"
    found = engine.scan_text("values.yaml", text)
    assert _types(found, "Vq8LmN2xTz5RkW3p") == ["Redis Credentials"]


def test_a_basic_header_reports_the_decoded_password_on_the_header_s_line(engine: Engine) -> None:
    text = 'import requests\nHEADERS = {"Authorization": "Basic YWRtaW46S2tzdm1EQlVWY1lxVE9mSQ=="}\n'
    found = [f for f in engine.scan_text("client.py", text) if f.type == "Literal Credential"]
    assert [(f.line_number, f.secret, f.confidence) for f in found] == [(2, "KksvmDBUVcYqTOfI", "medium")]
    assert "of user admin" in found[0].description


def test_in_a_dockerfile_the_keyword_plugin_reads_nothing_and_ours_stands(engine: Engine) -> None:
    text = "FROM python:3.12-slim\nENV APP_ENV=prod \\\n    DD_API_KEY=56e28b74a4c1ff7e0f2e1e9fa6b3404d \\\n    PORT=8000\n"
    # (a Datadog key by its name: the service-token kind's finding, which the literal kind gives way to)
    assert _types(engine.scan_text("Dockerfile", text), "56e28b74a4c1ff7e0f2e1e9fa6b3404d") == ["Service API Token"]


@pytest.mark.parametrize(("text", "secret"), [
    ('AUTH = ("northwind", "C3UnGJX6tSVZQHcl6Ma5wK")\n', "C3UnGJX6tSVZQHcl6Ma5wK"),
    ('es = Elasticsearch(hosts, basic_auth=("elastic", "Falcon*Nectar6334"))\n', "Falcon*Nectar6334"),
    ('basic_auth = ["ops:XwMUIrkGd8cJUdZr20"]\n', "XwMUIrkGd8cJUdZr20"),
    ('@click.option("--password", default="summit-granite-pylon-marble89", hide_input=True)\n',
     "summit-granite-pylon-marble89"),
    ("command=/srv/venv/bin/worker --redis-host r.prod --redis-password Hiixu9Lu96lZFm7zC --concurrency 8\n",
     "Hiixu9Lu96lZFm7zC"),
    ('FERNET_KEY = b"03IYy7L7cAl9psLVQ26f6R4ISSN6lTxcZe_0LG6_9R0="\n', "03IYy7L7cAl9psLVQ26f6R4ISSN6lTxcZe_0LG6_9R0="),
])
def test_pairs_options_and_byte_literals(engine: Engine, text: str, secret: str) -> None:
    found = [f for f in engine.scan_text("app/module.py", text) if f.secret == secret]
    assert [(f.type, f.confidence) for f in found] == [("Literal Credential", "medium")]


@pytest.mark.parametrize("text", [
    'AUTH = ("northwind", os.environ["PW"])\n',
    'basic_auth = ["ops:changeme"]\n',
    '@click.option("--password", default=None, hide_input=True)\n',
    "worker --redis-password $REDIS_PASSWORD\n",
    'parser.add_argument("--token-file", default="~/.config/app/token")\n',
])
def test_pairs_and_options_that_hold_no_credential(engine: Engine, text: str) -> None:
    assert [f for f in engine.scan_text("app/module.py", text) if f.type == "Literal Credential"] == []


@pytest.mark.parametrize(("file_name", "text", "secret", "line"), [
    ("scrapers/cookies.txt", "# Netscape HTTP Cookie File\n.members.example-club.org\tTRUE\t/\tTRUE\t1767225600\t"
     "sessionid\t1tky40fvhytx8ebhsspsixg9ho1gxp\n", "1tky40fvhytx8ebhsspsixg9ho1gxp", 2),
    ("bentofile.yaml", "envs:\n  - name: BENTOCLOUD_API_TOKEN\n    value: \"txB7ETUu2gJDigP2Tpef\"\n",
     "txB7ETUu2gJDigP2Tpef", 3),
])
def test_values_a_line_or_two_from_their_name_are_reported_where_they_stand(
        engine: Engine, file_name: str, text: str, secret: str, line: int) -> None:
    found = [f for f in engine.scan_text(file_name, text) if f.secret == secret]
    assert [(f.type, f.line_number, f.confidence) for f in found] == [("Literal Credential", line, "medium")]


@pytest.mark.parametrize(("filename", "text"), [
    # docker/podman's -p publishes a port outside `login`, -P publishes them all; pdm's -p is its project
    (".github/workflows/ci.yml", "      - run: docker run -d -p 127.0.0.1:5000:5000 registry:2\n"),
    ("Makefile", "\tpodman run --rm -p 0.0.0.0:5432:5432 postgres:16\n"),
    ("run.sh", "docker run -P myorg/Web-App2\n"),
    ("release.sh", "pdm -p ../Sub-Project2 publish\n"),
    # `date -u +FORMAT`: a format, not curl's user:password
    (".github/workflows/ci.yml", '      - run: date -u "+%Y-%m-%dT%H:%M:%S.%3N"\n'),
    # in code an unquoted pair member is a variable
    ("client.py", "r = requests.get(url, auth=(admin_user, admin_pass1))\n"),
    # IAM's statement ids, Twilio's resource ids under `sid`: no session
    ("policy.json", '{"Sid": "Stmt1457389371000", "Effect": "Allow"}\n'),
    ("policy.json", '{"Sid":"AllowListActionsForRoute53"}\n'),
    # AWS's idempotency and concurrency tokens
    ("examples-1.json", '{"ClientToken": "Xq8Lk2Vw9Xr4Tm7Bn1Pd76", "UpdateToken": "Zq8Lk2Vw9Xr4Tm7Bn1Pd77"}\n'),
    ("models.py", 'self.update_token = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"\n'),
    # a message's correlation value the reply echoes (OpenTravel's EchoToken), not a credential
    ("ota/res.xml", '<OTA_HotelResNotifRQ Version="1.0" EchoToken="c3a81f0e-6b2d-4e97-a5c4-0d8e2f7b1a96">\n'),
    ("bus.py", 'msg = {"correlation_token": "Rq7Wm2Xk9Tz4Lv8Np3Bd"}\n'),
    # a namespaced type name's last part is no key (cfn-lint's schema hashes)
    ("us-west-1.json", ' "AWS::IAM::AccessKey": "bf29289b78d371e3",\n "AWS::Glue::Session": "dbe8a2f2b4977508",\n'),
])
def test_decoys_of_real_projects_hold_no_literal_credential(engine: Engine, filename: str, text: str) -> None:
    assert [f.secret for f in engine.scan_text(filename, text) if f.type == "Literal Credential"] == []


@pytest.mark.parametrize(("filename", "text", "secret"), [
    ("login.sh", "docker login -u ci -p Tundra@river7686 registry.acme.io\n", "Tundra@river7686"),
    ("release.sh", "pdm publish -u ci -P Tundra@river7686\n", "Tundra@river7686"),
    ("values.yaml", "credentials: [ops, Xk9Qw2Lm7Vt4Rz8]\n", "Xk9Qw2Lm7Vt4Rz8"),
    ("client.py", 'r = requests.get(url, auth=("ops", "Xk9Qw2Lm7Vt4Rz8"))\n', "Xk9Qw2Lm7Vt4Rz8"),
    ("mapping.json", '{"AccessKey": "bf29289b78d371e3"}\n', "bf29289b78d371e3"),
])
def test_the_same_forms_with_a_credential_still_block(engine: Engine, filename: str, text: str, secret: str) -> None:
    found = [(f.type, f.confidence) for f in engine.scan_text(filename, text) if f.secret == secret]
    assert found == [("Literal Credential", "medium")]


def test_a_token_given_as_a_url_s_user_is_the_credential_not_github_s_fixed_password(engine: Engine) -> None:
    token = "Qm8xZt2Lk9Vw4Xr7Tm1Bn3PdQz6WxYb"
    text = f"git clone https://{token}:x-oauth-basic@git.acme.io/org/repo.git\n"
    found = [(f.type, f.confidence, f.secret) for f in engine.scan_text("clone.sh", text) if f.confidence != "low"]
    assert found == [("Literal Credential", "medium", token)]


@pytest.mark.parametrize(("text", "secret"), [
    # GitHub's documented header (`Authorization: token <PAT>`), and schemes in lower case (RFC 7235:
    # case-insensitive)
    ("curl -H 'Authorization: token 3f1c9a7e2b8d4f6a0c5e9b1d7a3f8c2e6b4d0a9f' https://api.github.com/user\n",
     "3f1c9a7e2b8d4f6a0c5e9b1d7a3f8c2e6b4d0a9f"),
    ("curl -H 'authorization: bearer Xk9Qw2Lm7Vt4Rz8Np3Yb6Hc1J' https://api.acme.io\n", "Xk9Qw2Lm7Vt4Rz8Np3Yb6Hc1J"),
])
def test_an_authorization_scheme_in_any_case(engine: Engine, text: str, secret: str) -> None:
    found = [(f.type, f.confidence) for f in engine.scan_text("api.sh", text) if f.secret == secret]
    assert found == [("Literal Credential", "medium")]


@pytest.mark.parametrize(("file_name", "text", "secret"), [
    ("setup_creds.py", 'config.set("auth", "token", "Nf6Yq2Hv9Tz4Wx7Kp3Ld")\n', "Nf6Yq2Hv9Tz4Wx7Kp3Ld"),
    ("deps.sh", "git clone https://8f3c2a9b7d1e4f6a0c5b9e2d7a4f1c8b3e6d9a2f@github.com/acme/tools.git\n",
     "8f3c2a9b7d1e4f6a0c5b9e2d7a4f1c8b3e6d9a2f"),
])
def test_a_configparser_setter_and_a_token_as_a_url_s_whole_userinfo(engine: Engine, file_name: str, text: str,
                                                                      secret: str) -> None:
    found = [f for f in engine.scan_text(file_name, text) if f.secret == secret]
    assert [(f.type, f.confidence) for f in found] == [("Literal Credential", "medium")]


@pytest.mark.parametrize("text", [
    "git clone https://git@github.com/acme/tools.git\n",
    "pip install git+https://12345678901234567890123456789012@example.org/x\n",
    'config.set("auth", "token_url", "https://auth.acme.io/oauth/token")\n',
    "VITE_SENTRY_DSN=https://3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c@o450123.ingest.sentry.io/5501234\n",
])
def test_a_url_s_user_name_and_a_setter_of_a_url_are_no_credential(engine: Engine, text: str) -> None:
    assert [f for f in engine.scan_text("setup.sh", text) if f.type == "Literal Credential"] == []


@pytest.mark.parametrize("prefix", ["", "# İstanbul: ", "name = 'DİLEK'; ", "K" * 3 + " "])
def test_keys_are_found_on_the_lowered_line_whatever_its_letters_lower_to(engine: Engine, prefix: str) -> None:
    # The key hints are searched on the lowered line; `İ` lowers to two characters, so such a
    # line is searched as it is: both ways find the same key where it stands.
    text = prefix + 'Mail_Pass = "!Kx7mQ2vLr9Tz4WpN"\nsetenv("API_TOKEN", "#Qz8Lm2Vw9Xr4Tn")\n'
    findings = engine.scan_text("settings.ini", text)
    assert [(f.line_number, f.secret) for f in findings if f.type == "Literal Credential"] == [
        (1, "!Kx7mQ2vLr9Tz4WpN"), (2, "#Qz8Lm2Vw9Xr4Tn")]


@pytest.mark.parametrize("text, secret", [
    ('import redis\n_POOL = redis.ConnectionPool(\n    host="cache-01.internal",\n    password=("O4igv3"\n'
     '              "fTRVYtWi" "RORCZFiVrdBKDMZDh"),\n)\n', "O4igv3fTRVYtWiRORCZFiVrdBKDMZDh"),
    ('import redis\n_PW = ("q3cGGP92-"\n       "9xGx1kYxJHydbB1tMu.h")\n'
     'cache = redis.StrictRedis(host="reco-cache.internal", password=_PW)\n', "q3cGGP92-9xGx1kYxJHydbB1tMu.h"),
    ('SMTP_PASSWORD = ("Lantern-Moss8840$pQ2x")\n', "Lantern-Moss8840$pQ2x"),
])
def test_one_literal_in_parentheses_is_the_value(engine: Engine, text: str, secret: str) -> None:
    # black wraps a long literal so; a value split over literals is assembled into one first
    found = [f for f in engine.scan_text("src/app/cache.py", text) if f.confidence != "low"]
    assert any(f.secret == secret for f in found), [(f.type, f.secret) for f in found]


@pytest.mark.parametrize("text", [
    'HELP_PASSWORD = ("Your password needs at least twelve characters.")\n',
    'auth=("admin", "changeme")\n',
    'TOKEN_NAME = ("github-release-token")\n',
])
def test_a_parenthesized_literal_that_is_no_credential(engine: Engine, text: str) -> None:
    assert [f for f in engine.scan_text("src/app/forms.py", text) if f.confidence != "low"] == []


# A bare value longer than most (a long API token, a key in base64 with no armour) is reported whole:
# a prefix would be a second finding beside the whole one, and its hash would match no other tool's.
@pytest.mark.parametrize("length", [600, 3000])
def test_a_long_bare_value_is_reported_whole(engine: Engine, length: int) -> None:
    import random
    import string

    drawn = random.Random(length)
    token = "".join(drawn.choice(string.ascii_letters + string.digits) for _ in range(length))
    findings = [f for f in engine.scan_text(".env", f"API_TOKEN={token}\n") if f.type == "Literal Credential"]
    assert [f.secret for f in findings] == [token]


# An element whose `name` names its text is read after others on one line too (a resources file
# written without line breaks), as it is on its own line; a public name's is not.
def test_named_elements_on_one_line_are_read_each(engine: Engine) -> None:
    text = ('<resources><item name="app_name">Demo</item><item name="db_password">Qx7LmVt9Rz4KwPn</item>'
            '<string name="api_token">Zt8Kq2Lm9Wx4Vr7NpY</string></resources>\n')
    found = sorted(f.secret for f in engine.scan_text("res/values/strings.xml", text))
    assert found == ["Qx7LmVt9Rz4KwPn", "Zt8Kq2Lm9Wx4Vr7NpY"]


@pytest.mark.parametrize("filename, line", [
    ("upload.sh", 'curl "https://rtupdate.example-weather.net/update.php?ID=KXYZ12&PASSWORD={}&dateutc=now&tempf=70"\n'),
    ("notify.py", 'URL = "https://hooks.example-alerts.io/send?user=ops&password={}&channel=7#top"\n'),
])
def test_a_password_in_a_query_string_ends_at_the_next_parameter(engine: Engine, filename: str, line: str) -> None:
    # (the bare `PASSWORD=` assignment read on to the next blank: `x&dateutc=now&…` was reported,
    # the same password twice, so that a baseline entry could not match the parameter's own value)
    password = "Zq7Lm2Vx9Tw"  # generated
    found = engine.scan_text(filename, line.format(password))
    assert found and all(not f.secret or "&" not in f.secret for f in found), [f.secret for f in found]
    assert any(f.secret == password for f in found)
