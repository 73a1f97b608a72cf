"""Forms read after blind rounds GP-GS (SDK clients and settings given their secret in code, vendor formats): a token
led by its scheme on the line below its name (Dart's `static const routificToken =` then `'bearer <JWT>'`), a settings
read's literal default (Django's `getattr(settings, "X_SECRET", "…")`), and GoCardless' live access tokens where the
text says GoCardless. Each beside the decoys nearest to it, through the engine. Every value here is generated (seeds
2600000-2609999)."""
from __future__ import annotations

import base64
import json

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import ALNUM, drawn, drawn_mixed

LITERAL = "Literal Credential"
SERVICE = "Service API Token"
REDIS = "Redis Credentials"
DATABASE = "Database Credentials"
_HEX = "0123456789abcdef"
_BASE64URL = ALNUM + "-_"


def _b64url(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def _jwt(seed: int) -> str:
    """An HS256 token as a route optimiser issues its API tokens: a user's id and the time it was made, no expiry."""
    payload = {"_id": drawn(seed, 24, _HEX), "iat": 1712000000 + seed % 86400}
    return f"{_b64url({'alg': 'HS256', 'typ': 'JWT'})}.{_b64url(payload)}.{drawn_mixed(seed + 1, 43, _BASE64URL)}"


_JWT = _jwt(2600000)
_TOKEN = drawn_mixed(2600002, 40)
# (a reCAPTCHA key pair as Google issues it: `6L` and 38 characters of base64url, the site key and the secret alike)
_RECAPTCHA_HEAD = "6L"
_RECAPTCHA_SECRET = _RECAPTCHA_HEAD + drawn_mixed(2600003, 38, _BASE64URL)
_RECAPTCHA_SITE_KEY = _RECAPTCHA_HEAD + drawn_mixed(2600004, 38, _BASE64URL)
_API_KEY = drawn_mixed(2600005, 32)
_CHOSEN = drawn_mixed(2600008, 12) + "#"
_GOCARDLESS = "live_" + drawn_mixed(2600009, 40, _BASE64URL)
# (a MessageBird access key as its dashboard shows one: 25 letters and digits; a client's key of letters and digits)
_BIRD_KEY = drawn_mixed(2600010, 25)
_CLIENT_KEY = drawn_mixed(2600011, 32)
# (an Onfleet API key as its dashboard issues one: 32 lower-case hex)
_HEX_KEY = drawn(2600013, 32, _HEX)


# --- a token led by its scheme, its literal alone on the line below its name -----------------------------------------

SCHEMED_BELOW = [
    ("driver_app/lib/config/env.dart", "class Env {\n  static const routificToken =\n"
     f"      'bearer {_JWT}';\n}}\n", 3, _JWT),
    ("src/config.ts", f'export const DISPATCH_API_TOKEN =\n  "Bearer {_TOKEN}";\n', 2, _TOKEN),
    ("tools/sync.py", f'ROUTING_TOKEN = \\\n    "Token {_TOKEN}"\n', 2, _TOKEN),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), SCHEMED_BELOW, ids=[row[0] for row in SCHEMED_BELOW])
def test_a_schemed_token_below_its_name_blocks_as_the_token(engine: Engine, filename: str, text: str, line: int,
                                                           secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


def test_a_scheme_below_a_name_with_no_token_does_not_block(engine: Engine) -> None:
    text = ("class Env {\n  static const routificToken =\n      'bearer YOUR_ROUTIFIC_TOKEN';\n"
            "  static const tokenScheme =\n      'bearer';\n  static const authToken =\n      'Bearer ${token}';\n}\n")
    assert _blocked(engine, "lib/config/env.dart", text) == []


# --- a settings read's literal default -------------------------------------------------------------------------------

SETTINGS_DEFAULTS = [
    ("portal/forms/recaptcha.py", "from django.conf import settings\n\n"
     f'RECAPTCHA_SECRET = getattr(settings, "RECAPTCHA_SECRET", "{_RECAPTCHA_SECRET}")\n', 3, _RECAPTCHA_SECRET, LITERAL),
    ("shipping/client.py", f"api_key = getattr(settings, 'SHIPPING_API_KEY', '{_API_KEY}')\n", 1, _API_KEY, LITERAL),
    ("cache/conf.py", f'PASSWORD = getattr(django_settings, "REDIS_PASSWORD", "{_CHOSEN}")\n', 1, _CHOSEN, REDIS),
    ("reports/db.py", f'DB_PASSWORD = getattr(conf.settings, "DB_PASSWORD", "{_CHOSEN}")\n', 1, _CHOSEN, DATABASE),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), SETTINGS_DEFAULTS,
                         ids=[row[0] for row in SETTINGS_DEFAULTS])
def test_a_settings_reads_literal_default_blocks(engine: Engine, filename: str, text: str, line: int, secret: str,
                                                 kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


# (the same read as black and prettier break it, an argument a line: as `os.environ.get(` opened at its line's end is read)
@pytest.mark.parametrize("text", [
    'PAYMENTS_SECRET = getattr(\n    settings,\n    "PAYMENTS_SECRET",\n    "{v}",\n)\n',
    'PAYMENTS_SECRET = getattr(settings,\n    "PAYMENTS_SECRET",\n    "{v}")\n',
    'PAYMENTS_SECRET = getattr(settings, "PAYMENTS_SECRET",\n                          "{v}")\n',
])
def test_a_settings_reads_literal_default_over_lines_blocks(engine: Engine, text: str) -> None:
    value = drawn_mixed(2700500, 24)
    assert value in [secret for _, _, secret in _blocked(engine, "payments/conf.py", text.replace("{v}", value))]


def test_a_settings_read_of_no_secret_or_with_no_literal_does_not_block(engine: Engine) -> None:
    text = ("from django.conf import settings\n\n"
            f'RECAPTCHA_SITE_KEY = getattr(settings, "RECAPTCHA_SITE_KEY", "{_RECAPTCHA_SITE_KEY}")\n'
            'RECAPTCHA_SECRET = getattr(settings, "RECAPTCHA_SECRET", None)\n'
            'WEBHOOK_SECRET = getattr(settings, "WEBHOOK_SECRET", "")\n'
            'API_TOKEN = getattr(settings, "API_TOKEN", "changeme")\n'
            'TOKEN_HEADER = getattr(settings, "TOKEN_HEADER", "Authorization")\n'
            'secret = getattr(self, "secret", default_secret)\n')
    assert _blocked(engine, "portal/forms/recaptcha.py", text) == []


# --- GoCardless live access tokens where the text says GoCardless ----------------------------------------------------

GOCARDLESS_FORMS = [
    ("Billing/GoCardlessSetup.cs", "using GoCardless;\n\nvar client = GoCardlessClient.Create(\n"
     f'    "{_GOCARDLESS}",\n    GoCardlessClient.Environment.LIVE);\n', 4),
    ("app/services/billing.rb", f'@client = GoCardlessPro::Client.new(access_token: "{_GOCARDLESS}", environment: :live)\n', 1),
    ("src/Billing.php", f"<?php\n$client = new \\GoCardlessPro\\Client([\n    'access_token' => '{_GOCARDLESS}',\n"
     "    'environment' => \\GoCardlessPro\\Environment::LIVE,\n]);\n", 3),
    ("billing/.env", f"# GoCardless\nGC_TOKEN={_GOCARDLESS}\n", 2),
]


@pytest.mark.parametrize(("filename", "text", "line"), GOCARDLESS_FORMS, ids=[row[0] for row in GOCARDLESS_FORMS])
def test_a_gocardless_live_token_blocks_where_the_text_says_gocardless(engine: Engine, filename: str, text: str,
                                                                      line: int) -> None:
    assert (line, SERVICE, _GOCARDLESS) in _blocked(engine, filename, text)


def test_a_live_token_of_gocardless_shape_with_no_gocardless_or_a_stand_in_does_not_block(engine: Engine) -> None:
    assert _blocked(engine, "src/streams.js", f'const STREAM_ID = "{_GOCARDLESS}";\n') == []
    text = ('var client = GoCardlessClient.Create(\n    "live_' + "x" * 40 + '",\n    GoCardlessClient.Environment.LIVE);\n'
            'var other = GoCardlessClient.Create(Environment.GetEnvironmentVariable("GC_ACCESS_TOKEN"));\n')
    assert _blocked(engine, "Billing/GoCardlessSetup.cs", text) == []


# --- a client given its key by its language's constructor or factory ---------------------------------------------------

CLIENT_CONSTRUCTORS = [
    ("lib/sms/messagebird_gateway.rb", 'require "messagebird"\n\nmodule Sms\n  class Gateway\n    def initialize\n'
     f'      @client = MessageBird::Client.new("{_BIRD_KEY}")\n    end\n  end\nend\n', 6, _BIRD_KEY),
    ("lib/sms/gateway.rb", f'@client = MessageBird::Client.new(\n  "{_BIRD_KEY}"\n)\n', 2, _BIRD_KEY),
    ("lib/geo.rb", f'GEO = Geocodio::API.new("{_CLIENT_KEY}")\n', 1, _CLIENT_KEY),
    ("src/dispatch.rs", f'let client = Client::new("{_CLIENT_KEY}");\n', 1, _CLIENT_KEY),
    ("Billing/Setup.cs", f'var client = BillingClient.Create("{_CLIENT_KEY}", BillingClient.Environment.LIVE);\n', 1,
     _CLIENT_KEY),
    ("src/main/java/a/Search.java", f'SearchClient client = SearchClient.create("{_CLIENT_KEY}");\n', 1, _CLIENT_KEY),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), CLIENT_CONSTRUCTORS,
                         ids=[row[0] for row in CLIENT_CONSTRUCTORS])
def test_a_key_given_to_a_clients_constructor_or_factory_blocks(engine: Engine, filename: str, text: str, line: int,
                                                               secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


def test_a_clients_constructor_given_no_key_does_not_block(engine: Engine) -> None:
    text = ('a = MessageBird::Client.new(ENV["MESSAGEBIRD_ACCESS_KEY"])\nb = MessageBird::Client.new("YOUR_ACCESS_KEY")\n'
            'c = Octokit::Client.new(access_token: ENV.fetch("GITHUB_TOKEN"))\n'
            f'd = Vcs::GitClient.new("{drawn(2600012, 40, _HEX)}")\ne = Faraday::Client.new("https://api.example.com")\n')
    assert _blocked(engine, "lib/clients.rb", text) == []
    text = ('var w = WebClient.create("https://api.example.com/v1");\nvar t = TelemetryClient.Create("InstrumentationKey");\n'
            'let r = reqwest::Client::new();\n')
    assert _blocked(engine, "src/Clients.java", text) == []


# --- an SDK named for its package given a key of lower-case hex alone ------------------------------------------------

SDK_HEX_KEYS = [
    ("dispatch/src/onfleet.ts", "import Onfleet from '@onfleet/node-onfleet';\n\n"
     f"const onfleet = new Onfleet('{_HEX_KEY}');\n", 3),
    ("dispatch/onfleet.js", f"const Onfleet = require('@onfleet/node-onfleet');\nconst onfleet = new Onfleet('{_HEX_KEY}');\n", 2),
    ("server/errors.js", f"import Rollbar from 'rollbar';\n\nexport const rollbar = new Rollbar('{_HEX_KEY}');\n", 3),
    ("lib/dispatch.js", f"const onfleet = require('@onfleet/node-onfleet')('{_HEX_KEY}');\n", 1),
]


@pytest.mark.parametrize(("filename", "text", "line"), SDK_HEX_KEYS, ids=[row[0] for row in SDK_HEX_KEYS])
def test_a_hex_key_given_alone_to_an_sdk_named_for_its_package_blocks(engine: Engine, filename: str, text: str,
                                                                      line: int) -> None:
    assert (line, LITERAL, _HEX_KEY) in _blocked(engine, filename, text)


def test_a_hex_literal_given_to_a_revisions_class_or_a_browsers_ingest_sdk_does_not_block(engine: Engine) -> None:
    text = ("import GitRevision from 'git-revision';\nimport Amplitude from 'amplitude';\nimport bugsnag from '@bugsnag/js';\n"
            "import Onfleet from '@onfleet/node-onfleet';\nimport Store from './store';\n\n"
            f"const rev = new GitRevision('{drawn(2600014, 40, _HEX)}');\nconst amplitude = new Amplitude('{_HEX_KEY}');\n"
            f"const reporter = bugsnag('{_HEX_KEY}');\nconst store = new Store('{_HEX_KEY}');\n"
            "const onfleet = new Onfleet(process.env.ONFLEET_API_KEY);\n")
    assert _blocked(engine, "src/clients.ts", text) == []


# --- a StackExchange.Redis configuration string in a code string ------------------------------------------------------

_REDIS_KEY = drawn_mixed(2600015, 43) + "="
_HEAD = "using StackExchange.Redis;\n\nnamespace Pricing;\n\n"
REDIS_CONFIGURATIONS = [
    ("Pricing/Cache.cs", _HEAD + "public static class Cache\n{\n    static readonly Lazy<ConnectionMultiplexer> Lazy = new(() =>\n"
     "        ConnectionMultiplexer.Connect(\n"
     f'            "pcn-pricing.redis.cache.windows.net:6380,password={_REDIS_KEY},ssl=True,abortConnect=False"));\n}}\n', 9,
     _REDIS_KEY),
    ("Jobs/Queue.cs", f'var mux = ConnectionMultiplexer.Connect("cache01.corp.example:6379,password={_CHOSEN},ssl=False");\n', 1,
     _CHOSEN),
    ("Jobs/Options.cs", _HEAD + "// sentinels first, then the primary\n" + "// …\n" * 12
     + f'var options = ConfigurationOptions.Parse("10.0.4.7:6379,10.0.4.8:6379,ssl=true,password={_CHOSEN},abortConnect=false");\n',
     18, _CHOSEN),
    ("Jobs/Settings.cs", f'private const string RedisConnection = "[2001:db8::7]:6380,password={_CHOSEN}";\n', 1, _CHOSEN),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), REDIS_CONFIGURATIONS, ids=[row[0] for row in REDIS_CONFIGURATIONS])
def test_a_redis_configuration_strings_password_in_code_blocks(engine: Engine, filename: str, text: str, line: int,
                                                               secret: str) -> None:
    assert (line, REDIS, secret) in _blocked(engine, filename, text)


def test_a_redis_configuration_string_with_no_literal_password_does_not_block(engine: Engine) -> None:
    text = (_HEAD + 'var a = ConnectionMultiplexer.Connect("pricing.redis.cache.windows.net:6380,password=" + key + ",ssl=True");\n'
            'var b = ConnectionMultiplexer.Connect($"{host}:6380,password={key},ssl=True");\n'
            'var c = ConnectionMultiplexer.Connect("pricing.redis.cache.windows.net:6380,password=<your-access-key>,ssl=True");\n'
            'var d = ConnectionMultiplexer.Connect("localhost:6379,abortConnect=false");\n')
    assert _blocked(engine, "Pricing/Cache.cs", text) == []
    assert _blocked(engine, "cache.py", "import redis\n\nr = redis.Redis(host=HOST, port=6380, password=key, ssl=True)\n") == []


# --- a Spring bean's constructor-args, its class's call by position ----------------------------------------------------

_BEANS = ('<?xml version="1.0" encoding="UTF-8"?>\n<beans xmlns="http://www.springframework.org/schema/beans"\n'
          '       xmlns:c="http://www.springframework.org/schema/c">\n')
_SENDER = ('  <bean id="messageSender" class="org.springframework.ws.transport.http.HttpComponentsMessageSender">\n'
           '    <property name="credentials">\n')
_CHOSEN_2 = drawn_mixed(2600016, 10) + "!" + drawn(2600017, 3, "0123456789")
SPRING_BEANS = [
    ("src/main/resources/registry-client.xml", _BEANS + _SENDER
     + '      <bean class="org.apache.http.auth.UsernamePasswordCredentials">\n        <constructor-arg value="partner-0412"/>\n'
     f'        <constructor-arg value="{_CHOSEN_2}"/>\n      </bean>\n    </property>\n  </bean>\n</beans>\n', 8),
    ("src/main/resources/ntlm.xml", _BEANS + '  <bean id="ntlm"\n        class="org.apache.http.auth.NTCredentials">\n'
     f'    <constructor-arg index="1" value="{_CHOSEN_2}"/>\n    <constructor-arg index="0" value="svc-registry"/>\n'
     '    <constructor-arg index="2" value="WS01"/>\n    <constructor-arg index="3" value="CORP"/>\n  </bean>\n</beans>\n', 6),
    ("src/main/resources/rest.xml", _BEANS
     + '  <bean class="org.springframework.http.client.support.BasicAuthenticationInterceptor">\n'
     f'    <constructor-arg><value>svc-reports</value></constructor-arg>\n    <constructor-arg>\n      <value>{_CHOSEN_2}</value>\n'
     '    </constructor-arg>\n  </bean>\n</beans>\n', 7),
    ("src/main/resources/c-namespace.xml", _BEANS + '  <bean class="org.apache.http.auth.UsernamePasswordCredentials"'
     f' c:_0="partner-0412" c:_1="{_CHOSEN_2}"/>\n</beans>\n', 4),
]


@pytest.mark.parametrize(("filename", "text", "line"), SPRING_BEANS, ids=[row[0] for row in SPRING_BEANS])
def test_a_spring_beans_constructor_args_block_as_its_classs_call(engine: Engine, filename: str, text: str, line: int) -> None:
    assert (line, LITERAL, _CHOSEN_2) in _blocked(engine, filename, text)


def test_a_spring_beans_constructor_args_of_no_literal_or_of_no_login_do_not_block(engine: Engine) -> None:
    text = (_BEANS + '  <bean class="org.apache.http.auth.UsernamePasswordCredentials">\n'
            '    <constructor-arg value="${registry.user}"/>\n    <constructor-arg value="${registry.password}"/>\n  </bean>\n'
            '  <bean class="org.apache.http.auth.UsernamePasswordCredentials">\n    <constructor-arg ref="registryUser"/>\n'
            '    <constructor-arg ref="registryPassword"/>\n  </bean>\n'
            '  <bean class="org.apache.http.auth.UsernamePasswordCredentials">\n    <constructor-arg value="admin"/>\n'
            '    <constructor-arg value="changeme"/>\n  </bean>\n'
            '  <bean class="com.example.registry.RegistryClient">\n    <constructor-arg value="https://partners.example.net/ws"/>\n'
            '    <constructor-arg>\n      <bean class="org.apache.http.auth.UsernamePasswordCredentials">\n'
            '        <constructor-arg value="svc"/>\n        <constructor-arg value="#{systemEnvironment[\'REGISTRY_PW\']}"/>\n'
            '      </bean>\n    </constructor-arg>\n  </bean>\n'
            f'  <bean class="org.springframework.web.client.RestTemplate">\n    <constructor-arg value="{_CHOSEN_2}"/>\n  </bean>\n'
            '</beans>\n')
    assert _blocked(engine, "src/main/resources/registry-client.xml", text) == []
